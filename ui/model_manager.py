"""The model manager: recommended models that fit, hub search, downloads, models on this computer.

Plain data in (dicts), requests out (signals); the app does the work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine import profiles
from engine.protocol import JobState

from . import l10n

# Shown translated (QCoreApplication.translate("ModelManager", …)); the constants are the English.
OFFLINE_TEXT = str(QT_TRANSLATE_NOOP("ModelManager", "You are offline — downloads and search need the internet; "
                                                     "models on this computer still work"))
OFFLINE_MODE_TEXT = str(QT_TRANSLATE_NOOP("ModelManager", "Offline mode is on — downloads and search are off "
                                                          "(Settings); models on this computer still work"))
STATE_WORDS = {JobState.QUEUED: str(QT_TRANSLATE_NOOP("ModelManager", "Waiting")),
               JobState.DOWNLOADING: str(QT_TRANSLATE_NOOP("ModelManager", "Downloading")),
               JobState.PAUSED: str(QT_TRANSLATE_NOOP("ModelManager", "Paused")),
               JobState.DONE: str(QT_TRANSLATE_NOOP("ModelManager", "Done")),
               JobState.FAILED: str(QT_TRANSLATE_NOOP("ModelManager", "Failed")),
               JobState.CANCELLED: str(QT_TRANSLATE_NOOP("ModelManager", "Cancelled"))}
NAME_MIN_WIDTH = 160  # the stretching name column never gets narrower than this


def literal(text: str) -> str:
    """Text for a button or tab shown as written: a single & would be a keyboard mnemonic."""
    return text.replace("&", "&&")


class JobRow(Protocol):
    """What a row of the Downloads tab shows of a download job."""

    id: int
    repo_id: str
    filename: str
    state: JobState
    downloaded: int
    total: int
    speed: float
    eta_s: float | None
    message: str
    offline: bool


def _table(headers: list[str], capped: dict[int, int] | None = None) -> QTableWidget:
    """The first column (names) takes the room left and elides; the others fit their contents.

    capped: column -> the most width free text there may take (it elides beyond that, with the
    whole text in the tooltip), so the names keep room however long a family name is.
    """
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends of a repository / file name say most
    t.setWordWrap(False)
    header = t.horizontalHeader()
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in capped or {}:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(48)
    t.setProperty("capped", capped or {})
    t.setMinimumWidth(NAME_MIN_WIDTH + 2 * t.frameWidth())
    return t


def _fit_capped(t: QTableWidget) -> None:
    """Size the capped columns to their contents, up to their caps (after the rows changed)."""
    header = t.horizontalHeader()
    capped: dict[int, int] = t.property("capped") or {}
    for column, cap in capped.items():
        header.resizeSection(column, max(header.sectionSizeHint(column),
                                         min(t.sizeHintForColumn(column), cap)))


def _family_label(family: str) -> str:
    """A family as people read it ("Chat model", "NVIDIA Nemotron Nano v2"), not its id."""
    try:
        return l10n.localized(profiles.by_family(family).label)
    except ValueError:
        return family


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    """A cell; its whole text is in the tooltip, since a narrow column elides it."""
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip or text)
    return item


def _button(text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
    b = QPushButton(literal(text))
    b.setAccessibleName(accessible)
    b.clicked.connect(lambda _checked=False: slot())
    return b


class _Actions(QWidget):
    """A cell of buttons, some hidden by state, whose column is always wide enough.

    widest: the largest set of buttons ever shown at once (default: all of them).
    """

    def __init__(self, buttons: Sequence[QPushButton], widest: Sequence[QPushButton] = ()):
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        for b in buttons:
            layout.addWidget(b)
            b.setVisible(not widest or b in widest)
        self._widest = super().sizeHint()
        for b in buttons:
            b.setVisible(True)

    def sizeHint(self) -> QSize:
        return self._widest.expandedTo(super().sizeHint())


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names from the hub are never markup
    label.setWordWrap(True)
    return label


def _ask(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes


class ModelManager(QDialog):
    download_requested = Signal(str, str)  # repo_id, filename
    use_requested = Signal(str)  # path
    delete_requested = Signal(str)  # path
    import_requested = Signal()
    search_requested = Signal(str)
    pause_requested = Signal(int)
    resume_requested = Signal(int)  # resume a paused job, or retry a failed or cancelled one
    cancel_requested = Signal(int, bool)  # job id, keep the partial file

    DEFAULT_SIZE = QSize(980, 560)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        self.resize(self.DEFAULT_SIZE)
        self.tabs = QTabWidget()
        self.hardware = _plain_label()
        self.hardware.setObjectName("placeholder")
        self.offline_banner = _plain_label()
        self.offline_banner.setObjectName("offline_banner")
        self.offline_banner.setAccessibleName(self.tr("Offline", "the offline banner's name"))
        self.offline_banner.setStyleSheet("QLabel#offline_banner { padding: 6px; border-radius: 4px;"
                                          " background: palette(alternate-base); }")
        self.offline_banner.hide()
        model, size = self.tr("Model", "column: a model's name"), self.tr("Size", "column: a file's size")
        self.recommended = _table([model, self.tr("Quantization"), size, self.tr("Fit on this computer"), ""],
                                  capped={3: 180})
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search the Hugging Face hub for GGUF models"))
        self.search_box.setAccessibleName(self.tr("Search the hub"))
        self.search_status = _plain_label()
        self.results = _table([self.tr("Repository / file"), size, ""])
        self.downloads = _table([self.tr("File", "column: the file being downloaded"), self.tr("Progress"),
                                 self.tr("Status", "column: a download's state"), ""])
        self.local = _table([model, self.tr("Architecture · family"), self.tr("Quantization · size"),
                             self.tr("Context", "column: a model's context length in tokens"), ""],
                            capped={1: 200, 2: 150})
        search_tab = QWidget()
        s = QVBoxLayout(search_tab)
        s.addWidget(self.search_box)
        s.addWidget(self.search_status)
        s.addWidget(self.results)
        local_tab = QWidget()
        lo = QVBoxLayout(local_tab)
        lo.addWidget(self.local)
        lo.addWidget(_button(self.tr("Import a GGUF file…"), self.tr("Import a GGUF file"),
                             self.import_requested.emit),
                     0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(self.recommended, self.tr("Recommended", "tab: the recommended models"))
        self.tabs.addTab(search_tab, self.tr("Search", "tab: search the hub"))
        self.tabs.addTab(self.downloads, self.tr("Downloads", "tab"))
        self.tabs.addTab(local_tab, self.tr("On this computer", "tab: the models on this computer"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.hardware)
        layout.addWidget(self.tabs)
        self.search_box.returnPressed.connect(self._search)
        self._job_rows: dict[int, int] = {}
        self._job_buttons: dict[int, dict[str, QPushButton]] = {}
        self._offline_by_setting = False

    # -- offline ------------------------------------------------------------------
    def show_offline(self, offline: bool, by_setting: bool = False) -> None:
        """The banner that says search and downloads need the internet (or are off by choice)."""
        self._offline_by_setting = offline and by_setting
        self.offline_banner.setText(QCoreApplication.translate(
            "ModelManager", OFFLINE_MODE_TEXT if self._offline_by_setting else OFFLINE_TEXT))
        self.offline_banner.setVisible(offline)

    def set_offline_mode(self, on: bool) -> None:
        """The offline setting: its banner while it is on (a lost connection says so by itself)."""
        if on:
            self.show_offline(True, by_setting=True)
        elif self._offline_by_setting:
            self.show_offline(False)

    @property
    def offline_shown(self) -> bool:
        return not self.offline_banner.isHidden()

    # -- recommended ----------------------------------------------------------
    def show_catalog(self, entries: list[dict[str, Any]], hardware_text: str) -> None:
        self.hardware.setText(hardware_text)
        t = self.recommended
        t.setRowCount(0)
        for entry in entries:
            for f in entry["files"]:
                row = t.rowCount()
                t.insertRow(row)
                shown = (self.tr("{name}  ★ recommended").format(name=entry["name"])
                         if f["quant"] == entry["recommended"] else entry["name"])
                t.setItem(row, 0, _item(shown, f"{entry['repo_id']} / {f['file']}"))
                t.setItem(row, 1, _item(f["quant"]))
                t.setItem(row, 2, _item(l10n.size(f["size"])))
                t.setItem(row, 3, _item(l10n.localized(f["fit"]), l10n.localized(f["detail"])))
                repo, name = entry["repo_id"], f["file"]
                t.setCellWidget(row, 4, self._download_button(repo, name))
        _fit_capped(t)

    # -- search -------------------------------------------------------------------
    def _search(self) -> None:
        text = self.search_box.text().strip()
        if text:
            self.search_status.setText(self.tr("Searching for “{text}”…").format(text=text))
            self.search_requested.emit(text)

    def show_results(self, hits: list[dict[str, Any]]) -> None:
        if not self._offline_by_setting:
            self.show_offline(False)  # the hub answered
        self.search_status.setText(self.tr("%n repository(ies)", "search results", len(hits)) if hits
                                   else self.tr("Nothing found."))
        t = self.results
        t.setRowCount(0)
        for hit in hits:
            for name, size in hit["files"]:
                row = t.rowCount()
                t.insertRow(row)
                t.setItem(row, 0, _item(f"{hit['repo_id']} / {name}"))
                t.setItem(row, 1, _item(l10n.size(size)))
                t.setCellWidget(row, 2, self._download_button(hit["repo_id"], name))

    def _download_button(self, repo: str, name: str) -> QPushButton:
        return _button(self.tr("Download", "button: download this file"),
                       self.tr("Download {name}").format(name=name),
                       partial(self.download_requested.emit, repo, name))

    def show_search_error(self, message: str, offline: bool = False) -> None:
        """A failed search: offline, the banner says why; otherwise the message does."""
        if offline:
            self.show_offline(True, self._offline_by_setting)
            self.search_status.setText(self.tr("Not searched: search needs the internet."))
        else:
            self.search_status.setText(l10n.localized(message))

    # -- downloads ----------------------------------------------------------------
    def update_job(self, job: JobRow) -> None:
        t = self.downloads
        row = self._job_rows.get(job.id)
        if row is None:
            row = self._add_job_row(job)
        bar = t.cellWidget(row, 1)
        assert isinstance(bar, QProgressBar)
        bar.setRange(0, 1000)
        bar.setValue(int(1000 * job.downloaded / job.total) if job.total else 0)
        bar.setFormat(self.tr("{downloaded} / {total}", "download progress: sizes").format(
            downloaded=l10n.size(job.downloaded), total=l10n.size(job.total)) if job.total else "")
        status, detail = self._job_status(job)
        item = t.item(row, 2)
        assert item is not None
        item.setText(status)
        item.setToolTip(detail)
        buttons = self._job_buttons[job.id]
        buttons["pause"].setVisible(job.state.active)
        buttons["resume"].setVisible(job.state is JobState.PAUSED)
        buttons["retry"].setVisible(job.state.retryable)
        buttons["cancel"].setVisible(job.state.active or job.state is JobState.PAUSED)
        if job.state is JobState.FAILED and job.offline:
            self.show_offline(True, self._offline_by_setting)
        elif job.state is JobState.DOWNLOADING and job.downloaded and not self._offline_by_setting:
            self.show_offline(False)  # bytes arrive: online again

    def _add_job_row(self, job: JobRow) -> int:
        t = self.downloads
        row = self._job_rows[job.id] = t.rowCount()
        t.insertRow(row)
        t.setItem(row, 0, _item(f"{job.repo_id} / {job.filename}"))
        bar = QProgressBar()
        bar.setAccessibleName(self.tr("Progress of {file}").format(file=job.filename))
        t.setCellWidget(row, 1, bar)
        t.setItem(row, 2, _item(""))
        job_id = job.id
        buttons = self._job_buttons[job_id] = {
            "pause": _button(self.tr("Pause", "button: pause a download"), self.tr("Pause download"),
                             lambda: self.pause_requested.emit(job_id)),
            "resume": _button(self.tr("Resume", "button: resume a download"), self.tr("Resume download"),
                              lambda: self.resume_requested.emit(job_id)),
            "retry": _button(self.tr("Retry", "button: retry a download"), self.tr("Retry download"),
                             lambda: self.resume_requested.emit(job_id)),
            "cancel": _button(self.tr("Cancel", "button: cancel a download"), self.tr("Cancel download"),
                              lambda: self._cancel(job_id)),
        }
        t.setCellWidget(row, 3, _Actions(list(buttons.values()), widest=(buttons["resume"], buttons["cancel"])))
        self.tabs.setCurrentWidget(self.downloads)
        return row

    @staticmethod
    def _job_status(job: JobRow) -> tuple[str, str]:
        """The status cell's text and its tooltip (the whole message)."""
        words = QCoreApplication.translate("ModelManager", STATE_WORDS[job.state])
        message = l10n.localized(job.message)
        if job.state is JobState.DOWNLOADING and job.speed:
            speed = QCoreApplication.translate("ModelManager", "{size}/s", "a download's speed").format(
                size=l10n.size(int(job.speed)))
            words = speed if job.eta_s is None else QCoreApplication.translate(
                "ModelManager", "{speed}, {time} left", "a download's speed and time left").format(
                speed=speed, time=l10n.seconds(round(job.eta_s)))
        if job.state is JobState.FAILED and job.offline:
            return QCoreApplication.translate("ModelManager", "{status} — you are offline").format(
                status=words), message
        if not message:
            return words, message
        return QCoreApplication.translate("ModelManager", "{status} — {message}", "a download's state and why").format(
            status=words, message=message), message

    def _cancel(self, job_id: int) -> None:
        keep = _ask(self, self.tr("Cancel download"),
                    self.tr("Keep the partial file so the download can resume later?"))
        self.cancel_requested.emit(job_id, keep)

    # -- local -----------------------------------------------------------------------
    def show_local(self, models: list[dict[str, Any]]) -> None:
        t = self.local
        t.setRowCount(0)
        for m in models:
            row = t.rowCount()
            t.insertRow(row)
            shown = self.tr("{name} (built-in)").format(name=m["name"]) if m.get("builtin") else m["name"]
            t.setItem(row, 0, _item(shown, m["path"]))
            kind = f"{m.get('architecture', '?')} · {_family_label(str(m.get('family', '?')))}"
            t.setItem(row, 1, _item(kind, self.tr("{kind} · reasoning: {reasoning}").format(
                kind=kind, reasoning=self._reasoning_word(str(m.get("reasoning", "none"))))))
            size = f"{m.get('quantization', '')} · {l10n.size(m.get('file_size', 0))}"
            t.setItem(row, 2, _item(size, self.tr("{parameters} parameters · {size}").format(
                parameters=m.get("size_label", ""), size=size)))
            t.setItem(row, 3, _item(l10n.number(int(m.get("context_length", 0)))))
            path, name = m["path"], m["name"]
            buttons = [_button(self.tr("Use", "button: use this model"), self.tr("Use {name}").format(name=name),
                               partial(self.use_requested.emit, path))]
            if not m.get("builtin"):
                buttons.append(_button(self.tr("Delete", "button: delete this model"),
                                       self.tr("Delete {name}").format(name=name),
                                       partial(self._delete, path, name)))
            t.setCellWidget(row, 4, _Actions(buttons))
        _fit_capped(t)

    def _reasoning_word(self, kind: str) -> str:
        """How a model reasons (engine.profiles.ReasoningKind), in words."""
        if kind == "switchable":
            return self.tr("switchable", "a model's reasoning: it can be switched on and off")
        if kind == "always":
            return self.tr("always", "a model's reasoning: it always reasons")
        if kind == "none":
            return self.tr("none", "a model's reasoning: it does not reason")
        return kind

    def _delete(self, path: str, name: str) -> None:
        if _ask(self, self.tr("Delete model"),
                self.tr("Delete {name} from this computer?\n\n{path}").format(name=name, path=Path(path))):
            self.delete_requested.emit(path)
