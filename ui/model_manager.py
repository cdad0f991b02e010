"""The model manager: recommended models that fit, hub search, downloads, models on this computer.

Plain data in (dicts), requests out (signals); the app does the work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
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

GIB = 2**30


def _size(n: int) -> str:
    return f"{n / GIB:.2f} GB" if n >= GIB // 10 else f"{n / 2**20:.0f} MB"


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    header = t.horizontalHeader()
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return t


def _button(text: str, accessible: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
    b = QPushButton(text)
    b.setAccessibleName(accessible)
    b.clicked.connect(slot)
    return b


class ModelManager(QDialog):
    download_requested = Signal(str, str)  # repo_id, filename
    use_requested = Signal(str)  # path
    delete_requested = Signal(str)  # path
    import_requested = Signal()
    search_requested = Signal(str)
    pause_requested = Signal(int)
    resume_requested = Signal(int)
    cancel_requested = Signal(int, bool)  # job id, keep the partial file

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Models")
        self.resize(980, 560)
        self.tabs = QTabWidget()
        self.hardware = QLabel()
        self.hardware.setObjectName("placeholder")
        self.recommended = _table(["Model", "Quantization", "Size", "Fit on this computer", ""])
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search the Hugging Face hub for GGUF models")
        self.search_box.setAccessibleName("Search the hub")
        self.search_status = QLabel()
        self.results = _table(["Repository / file", "Size", ""])
        self.downloads = _table(["File", "Progress", "Status", ""])
        self.local = _table(["Model", "Architecture · family", "Size · quantization", "Context", ""])
        search_tab = QWidget()
        s = QVBoxLayout(search_tab)
        s.addWidget(self.search_box)
        s.addWidget(self.search_status)
        s.addWidget(self.results)
        local_tab = QWidget()
        lo = QVBoxLayout(local_tab)
        lo.addWidget(self.local)
        lo.addWidget(_button("Import a GGUF file…", "Import a GGUF file", self.import_requested.emit),
                     0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(self.recommended, "Recommended")
        self.tabs.addTab(search_tab, "Search")
        self.tabs.addTab(self.downloads, "Downloads")
        self.tabs.addTab(local_tab, "On this computer")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hardware)
        layout.addWidget(self.tabs)
        self.search_box.returnPressed.connect(self._search)
        self._job_rows: dict[int, int] = {}

    # -- recommended ----------------------------------------------------------
    def show_catalog(self, entries: list[dict[str, Any]], hardware_text: str) -> None:
        self.hardware.setText(hardware_text)
        t = self.recommended
        t.setRowCount(0)
        for entry in entries:
            for f in entry["files"]:
                row = t.rowCount()
                t.insertRow(row)
                star = "  ★ recommended" if f["quant"] == entry["recommended"] else ""
                t.setItem(row, 0, QTableWidgetItem(f"{entry['name']}{star}"))
                t.setItem(row, 1, QTableWidgetItem(f["quant"]))
                t.setItem(row, 2, QTableWidgetItem(_size(f["size"])))
                fit = QTableWidgetItem(f["fit"])
                fit.setToolTip(f["detail"])
                t.setItem(row, 3, fit)
                repo, name = entry["repo_id"], f["file"]
                t.setCellWidget(row, 4, _button("Download", f"Download {name}",
                                                lambda _=False, r=repo, n=name: self.download_requested.emit(r, n)))

    # -- search -------------------------------------------------------------------
    def _search(self) -> None:
        text = self.search_box.text().strip()
        if text:
            self.search_status.setText(f"Searching for “{text}”…")
            self.search_requested.emit(text)

    def show_results(self, hits: list[dict[str, Any]]) -> None:
        self.search_status.setText(f"{len(hits)} repositories" if hits else "Nothing found.")
        t = self.results
        t.setRowCount(0)
        for hit in hits:
            for name, size in hit["files"]:
                row = t.rowCount()
                t.insertRow(row)
                t.setItem(row, 0, QTableWidgetItem(f"{hit['repo_id']} / {name}"))
                t.setItem(row, 1, QTableWidgetItem(_size(size)))
                repo = hit["repo_id"]
                t.setCellWidget(row, 2, _button("Download", f"Download {name}",
                                                lambda _=False, r=repo, n=name: self.download_requested.emit(r, n)))

    def show_search_error(self, message: str) -> None:
        self.search_status.setText(message)

    # -- downloads ----------------------------------------------------------------
    def update_job(self, job: Any) -> None:
        t = self.downloads
        row = self._job_rows.get(job.id)
        if row is None:
            row = self._job_rows[job.id] = t.rowCount()
            t.insertRow(row)
            t.setItem(row, 0, QTableWidgetItem(f"{job.repo_id} / {job.filename}"))
            bar = QProgressBar()
            bar.setAccessibleName(f"Progress of {job.filename}")
            t.setCellWidget(row, 1, bar)
            t.setItem(row, 2, QTableWidgetItem())
            actions = QWidget()
            h = QHBoxLayout(actions)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(_button("Pause", "Pause download", lambda: self.pause_requested.emit(job.id)))
            h.addWidget(_button("Resume", "Resume download", lambda: self.resume_requested.emit(job.id)))
            h.addWidget(_button("Cancel", "Cancel download", lambda: self._cancel(job.id)))
            t.setCellWidget(row, 3, actions)
            self.tabs.setCurrentWidget(self.downloads)
        bar = t.cellWidget(row, 1)
        bar.setRange(0, 1000)
        bar.setValue(int(1000 * job.downloaded / job.total) if job.total else 0)
        bar.setFormat(f"{_size(job.downloaded)} / {_size(job.total)}" if job.total else "")
        status = job.state
        if job.state == "downloading" and job.speed:
            eta = f", {job.eta_s:.0f} s left" if job.eta_s is not None else ""
            status = f"{job.speed / 2**20:.1f} MB/s{eta}"
        if job.message:
            status += f" — {job.message}"
        t.item(row, 2).setText(status)
        t.item(row, 2).setToolTip(job.message)

    def _cancel(self, job_id: int) -> None:
        keep = QMessageBox.question(self, "Cancel download",
                                    "Keep the partial file so the download can resume later?")
        self.cancel_requested.emit(job_id, keep == QMessageBox.StandardButton.Yes)

    # -- local -----------------------------------------------------------------------
    def show_local(self, models: list[dict[str, Any]]) -> None:
        t = self.local
        t.setRowCount(0)
        for m in models:
            row = t.rowCount()
            t.insertRow(row)
            t.setItem(row, 0, QTableWidgetItem(m["name"] + (" (built-in)" if m.get("builtin") else "")))
            t.setItem(row, 1, QTableWidgetItem(f"{m.get('architecture', '?')} · {m.get('family', '?')}"
                                               f" · reasoning: {m.get('reasoning', 'none')}"))
            t.setItem(row, 2, QTableWidgetItem(f"{m.get('size_label', '')} · {m.get('quantization', '')}"
                                               f" · {_size(m.get('file_size', 0))}"))
            t.setItem(row, 3, QTableWidgetItem(f"{m.get('context_length', 0):,}"))
            actions = QWidget()
            h = QHBoxLayout(actions)
            h.setContentsMargins(0, 0, 0, 0)
            path = m["path"]
            h.addWidget(_button("Use", f"Use {m['name']}", lambda _=False, p=path: self.use_requested.emit(p)))
            if not m.get("builtin"):
                h.addWidget(_button("Delete", f"Delete {m['name']}",
                                    lambda _=False, p=path, n=m["name"]: self._delete(p, n)))
            t.setCellWidget(row, 4, actions)

    def _delete(self, path: str, name: str) -> None:
        answer = QMessageBox.question(self, "Delete model", f"Delete {name} from this computer?\n\n{path}")
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(path)
