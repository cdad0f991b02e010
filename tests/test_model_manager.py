"""The model-manager window with a real hub server on loopback and the real engine."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget

from app.gui import PonderApp
from app.model_library import ModelLibrary
from app.settings import Settings
from engine import catalog as C
from engine.protocol import JobState
from tests.hub_server import HubServer
from ui import l10n
from ui.main_window import MainWindow
from ui.model_manager import NAME_MIN_WIDTH, OFFLINE_MODE_TEXT, OFFLINE_TEXT, ModelManager
from ui.theme import apply_theme

LONG = 60_000
REPO = "bartowski/SmolLM2-135M-Instruct-GGUF"
NAME = "SmolLM2-135M-Instruct-Q4_1.gguf"


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, starter_path: Path) -> Iterator[HubServer]:
    server = HubServer()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    server.add(REPO, NAME, starter_path.read_bytes())
    yield server
    server.close()


@pytest.fixture
def app(qtbot, ponder_home: Path) -> Iterator[PonderApp]:  # type: ignore[no-untyped-def]
    ponder = PonderApp(theme="light")
    qtbot.addWidget(ponder.window)
    ponder.refresh_models()
    yield ponder
    ponder.shutdown()


def test_recommended_tab_shows_fit_labels(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    manager = app.open_model_manager()
    t = manager.recommended
    assert t.rowCount() == sum(len(m.files) for m in C.load_catalog())
    labels = {t.item(r, 3).text() for r in range(t.rowCount())}
    assert labels <= {C.FITS_GPU, C.PARTIAL, C.CPU_ONLY, C.NO_FIT}
    assert "needs" in t.item(0, 3).toolTip() and "GiB" in t.item(0, 3).toolTip()
    assert any("recommended" in t.item(r, 0).text() for r in range(t.rowCount()))
    assert "This computer:" in manager.hardware.text()
    local = manager.local
    assert local.rowCount() == 1 and "built-in" in local.item(0, 0).text()


def test_download_verify_and_use(qtbot, app: PonderApp, hub: HubServer) -> None:  # type: ignore[no-untyped-def]
    manager = app.open_model_manager()
    hub.switches.drop_after = 10 * 2**20  # a dropped connection on the way
    with qtbot.waitSignal(app.library.downloads.model_ready, timeout=LONG) as ready:
        manager.download_requested.emit(REPO, NAME)
    path = Path(ready.args[0])
    assert path.name == NAME and path.exists()
    job = next(iter(app.library.downloads.jobs.values()))
    assert job.state is JobState.DONE and "Verified" in manager.downloads.item(0, 2).text()
    assert manager.local.rowCount() == 2
    with qtbot.waitSignal(app.bridge.loaded, timeout=LONG) as loaded:
        manager.use_requested.emit(str(path))
    assert loaded.args[0]["path"] == str(path.resolve())


def test_search_tab(qtbot, app: PonderApp, hub: HubServer) -> None:  # type: ignore[no-untyped-def]
    manager = app.open_model_manager()
    with qtbot.waitSignal(app.library.downloads.search_finished, timeout=LONG):
        manager.search_box.setText("smollm2")
        manager.search_box.returnPressed.emit()
    assert manager.results.rowCount() == 1
    assert NAME in manager.results.item(0, 0).text()


def test_pause_and_resume(qtbot, app: PonderApp, hub: HubServer) -> None:  # type: ignore[no-untyped-def]
    hub.switches.stall_after, hub.switches.stall_s = 4 * 2**20, 2.0
    job = app.library.downloads.enqueue(REPO, NAME)
    qtbot.waitUntil(lambda: job.downloaded >= 2**20, timeout=LONG)
    app.library.downloads.pause(job.id)
    assert job.state is JobState.PAUSED
    qtbot.waitUntil(lambda: app.library.downloads._current is None, timeout=LONG)
    assert job.part.exists() and 0 < job.part.stat().st_size < job.total
    with qtbot.waitSignal(app.library.downloads.model_ready, timeout=LONG):
        app.library.downloads.resume(job.id)
    assert job.state is JobState.DONE and not job.part.exists()


def test_cancel_can_discard_the_partial_file(qtbot, app: PonderApp, hub: HubServer) -> None:  # type: ignore[no-untyped-def]
    hub.switches.stall_after, hub.switches.stall_s = 2**20, 3.0
    job = app.library.downloads.enqueue(REPO, NAME)
    qtbot.waitUntil(lambda: job.downloaded >= 2**19, timeout=LONG)
    app.library.downloads.cancel(job.id, keep_partial=False)
    qtbot.waitUntil(lambda: app.library.downloads._current is None, timeout=LONG)
    assert not job.part.exists() and job.state is JobState.CANCELLED


def test_import_links_or_copies(qtbot, app: PonderApp, starter_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app.library.import_model(starter_path, link=True)
    assert any(m.path.name == starter_path.name and not m.builtin for m in app.models)
    app.library.import_model(starter_path, link=True)
    assert "already in the models folder" in app.window.error_banner.label.text()
    copy_source = tmp_path / "copy-me.gguf"
    copy_source.write_bytes(starter_path.read_bytes())
    with qtbot.waitSignal(app.library.models_changed, timeout=LONG):
        app.library.import_model(copy_source, link=False)
    assert any(m.path.name == "copy-me.gguf" and not m.path.is_symlink() for m in app.models)
    bad = tmp_path / "bad.gguf"
    bad.write_text("no")
    app.library.import_model(bad, link=False)
    assert "Not imported" in app.window.error_banner.label.text()


def test_catalog_sizes_refresh_from_the_hub(qtbot, app: PonderApp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    server = HubServer()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    try:
        nano = next(m for m in C.load_catalog() if m.id == "nemotron-3-nano-4b")
        server.add(nano.repo_id, nano.files[0].file, b"x" * 1234)  # the hub now lists one file
        with qtbot.waitSignal(app.library.downloads.listings_ready, timeout=LONG):
            manager = app.open_model_manager()

        def listed() -> list[tuple[str, int, bool]]:
            refreshed = next(m for m in app.library.catalog if m.id == "nemotron-3-nano-4b")
            return [(f.file, f.size, f.size_checked) for f in refreshed.files]
        # the library's own slot for the signal may run just after the test's (it comes from a thread)
        qtbot.waitUntil(lambda: listed() == [(nano.files[0].file, 1234, True)], timeout=LONG)
        t = manager.recommended
        assert any(t.item(r, 2).text() == l10n.size(1234) for r in range(t.rowCount()))
    finally:
        server.close()


def test_nvidia_licence_is_shown_once_before_a_download(qtbot, ponder_home: Path) -> None:  # type: ignore[no-untyped-def]
    from app.model_library import ACCEPT, CANCEL
    from app.questions import Question
    from engine.catalog import NVIDIA_OPEN_MODEL_LICENSE_URL

    asked: list[Question] = []
    answers = [CANCEL, ACCEPT]

    def ask(question: Question) -> str:
        asked.append(question)
        return answers.pop(0)

    ponder = PonderApp(theme="light", ask=ask)
    qtbot.addWidget(ponder.window)
    try:
        lib = ponder.library
        nemotron = next(m for m in lib.catalog if m.licence == "NVIDIA Open Model License")
        name = nemotron.files[0].file
        lib.request_download(nemotron.repo_id, name)  # cancelled: nothing queued
        assert len(asked) == 1 and NVIDIA_OPEN_MODEL_LICENSE_URL in asked[0].text and not lib.downloads.jobs
        lib.request_download(nemotron.repo_id, name)  # accepted: queued, and remembered
        assert len(asked) == 2 and len(lib.downloads.jobs) == 1
        assert "NVIDIA Open Model License" in json.loads((ponder_home / "settings.json").read_text())[
            "accepted_licences"]
        lib.request_download(nemotron.repo_id, name)
        other = next(m for m in lib.catalog if "NVIDIA" not in m.licence)
        lib.request_download(other.repo_id, other.files[0].file)
        assert len(asked) == 2 and len(lib.downloads.jobs) == 3  # no question again, none for CC-BY
    finally:
        ponder.shutdown()


@pytest.fixture
def library(qtbot, ponder_home: Path) -> Iterator[ModelLibrary]:  # type: ignore[no-untyped-def]
    """The model library behind the manager, with a real main window and settings (no engine)."""
    apply_theme(QApplication.instance(), "light")  # the app's fonts: they decide the widths
    window = MainWindow()
    qtbot.addWidget(window)
    lib = ModelLibrary(window, Settings())
    yield lib
    lib.shutdown()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_offline_search_and_download_show_the_banner_not_the_errno(  # type: ignore[no-untyped-def]
        qtbot, library: ModelLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{closed_port()}")
    manager = library.open([])
    assert not manager.offline_shown
    with qtbot.waitSignal(library.downloads.search_failed, timeout=LONG):
        manager.search_box.setText("smollm2")
        manager.search_box.returnPressed.emit()
    assert manager.offline_shown and manager.offline_banner.text() == OFFLINE_TEXT
    assert "Errno" not in manager.search_status.text() and "internet" in manager.search_status.text()
    job = library.downloads.enqueue(REPO, NAME)
    qtbot.waitUntil(lambda: job.state is JobState.FAILED, timeout=LONG)
    status = manager.downloads.item(0, 2)
    assert status.text() == "Failed — you are offline" and "connection was refused" in status.toolTip()
    actions = manager.downloads.cellWidget(0, 3)
    assert [b.text() for b in actions.findChildren(QPushButton) if b.isVisibleTo(actions)] == ["Retry"]


def test_retry_after_the_connection_is_back_hides_the_banner(  # type: ignore[no-untyped-def]
        qtbot, library: ModelLibrary, hub: HubServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{closed_port()}")
    manager = library.open([])
    job = library.downloads.enqueue(REPO, NAME)
    qtbot.waitUntil(lambda: job.state is JobState.FAILED, timeout=LONG)
    assert manager.offline_shown
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    with qtbot.waitSignal(library.downloads.model_ready, timeout=LONG):
        manager.resume_requested.emit(job.id)  # the Retry button
    assert not manager.offline_shown and job.state is JobState.DONE
    actions = manager.downloads.cellWidget(0, 3)
    assert [b.text() for b in actions.findChildren(QPushButton) if b.isVisibleTo(actions)] == []


def test_offline_setting_shows_its_own_banner_and_asks_nothing(  # type: ignore[no-untyped-def]
        qtbot, library: ModelLibrary, hub: HubServer) -> None:
    library.settings.set("offline", True)
    manager = library.open([])
    assert manager.offline_shown and manager.offline_banner.text() == OFFLINE_MODE_TEXT
    job = library.downloads.enqueue(REPO, NAME)
    qtbot.waitUntil(lambda: job.state is JobState.FAILED, timeout=LONG)
    assert job.offline and hub.switches.served == [] and hub.switches.auth_seen == []
    assert manager.offline_banner.text() == OFFLINE_MODE_TEXT  # still the setting's reason
    library.settings.set("offline", False)
    library.apply_settings()
    assert not manager.offline_shown


def _clipped(table: QTableWidget) -> list[str]:
    """What a table clips: a column narrower than its header or its buttons, or a scrollbar."""
    header, problems = table.horizontalHeader(), []
    if table.horizontalScrollBar().maximum() > 0:
        problems.append("a horizontal scrollbar")
    if header.sectionSize(0) < NAME_MIN_WIDTH:
        problems.append(f"the name column is {header.sectionSize(0)} px")
    for column in range(1, table.columnCount()):
        need = header.sectionSizeHint(column)
        for row in range(table.rowCount()):
            widget = table.cellWidget(row, column)
            if widget is not None:
                need = max(need, widget.sizeHint().width())
        if header.sectionSize(column) < need:
            problems.append(f"column {column} is {header.sectionSize(column)} px of {need}")
    return problems


@pytest.mark.parametrize("width", [ModelManager.DEFAULT_SIZE.width(), 800])
def test_columns_never_clip(qtbot, library: ModelLibrary, hub: HubServer, starter_path: Path,  # type: ignore[no-untyped-def]
                            width: int) -> None:
    hub.add(REPO, NAME, starter_path.read_bytes())
    manager = library.open([{"name": "SmolLM2 135M Instruct", "path": str(starter_path), "builtin": False,
                             "architecture": "nemotron_h_moe", "family": "openreasoning-nemotron",
                             "reasoning": "always", "size_label": "135M", "quantization": "IQ4_XS",
                             "file_size": 145 * 2**30, "context_length": 131072}])
    manager.show_results([{"repo_id": "someone/a-rather-long-repository-name-GGUF",
                           "files": [("a-rather-long-file-name-Q4_K_M.gguf", 3 * 2**30)]}])
    hub.switches.stall_after, hub.switches.stall_s = 2**20, 3.0
    job = library.downloads.enqueue(REPO, NAME)
    qtbot.waitUntil(lambda: job.downloaded > 0, timeout=LONG)
    library.downloads.pause(job.id)  # Resume and Cancel: the widest set of buttons
    manager.resize(width, manager.DEFAULT_SIZE.height())
    qtbot.waitExposed(manager)
    assert manager.width() == width
    for index, table in enumerate((manager.recommended, manager.results, manager.downloads, manager.local)):
        manager.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        assert _clipped(table) == [], f"the {manager.tabs.tabText(index)} tab at {width} px"


def test_names_with_ampersands_and_markup_are_shown_as_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.model_manager import _button, literal

    manager = ModelManager()
    qtbot.addWidget(manager)
    name = "R&D <b>bold</b> model"
    manager.show_local([{"name": name, "path": f"/models/{name}.gguf", "builtin": False}])
    assert manager.local.item(0, 0).text() == name
    manager.search_box.setText(name)
    manager.search_box.returnPressed.emit()
    label = manager.search_status
    assert name in label.text() and label.textFormat() == Qt.TextFormat.PlainText
    button = _button(f"Use {name}", "Use", lambda: None)
    assert button.text() == literal(f"Use {name}") == "Use R&&D <b>bold</b> model"
    assert QKeySequence.mnemonic(button.text()).isEmpty()  # no Alt+D taken from the name
