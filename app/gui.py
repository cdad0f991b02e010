"""The desktop app: builds the window, the store, the engine bridge and the controller, and wires them."""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
)

from engine import protocol as P
from engine import store as S
from engine.local_models import LocalModel, list_local_models
from engine.paths import DataFolderError, chats_db_path, models_dir, ponder_home
from engine.profiles import by_family
from engine.safe_paths import safe_filename
from engine.store import ChatStore, Message, StoreError, move_aside
from ui.about_dialog import AboutDialog
from ui.main_window import MainWindow
from ui.model_manager import ModelManager
from ui.settings_dialog import SettingsDialog
from ui.theme import apply_theme

from . import export
from .chat_controller import ChatController
from .components import components, ponder_version
from .engine_bridge import EngineBridge
from .model_library import ModelLibrary
from .questions import Ask, Question, ask_with_dialog
from .settings import Settings

_STARTED = time.monotonic()
UNDO_MS = 10_000
LOCK_NAME = "ponder.lock"

# What the user may answer when the chats cannot be opened (or saved at the end).
QUIT = "Quit"
START_FRESH = "Move it aside and start fresh"
NO_SAVING = "Continue without saving"
RETRY = "Try again"
_WAYS_OUT = {
    S.DAMAGED: (START_FRESH, NO_SAVING, QUIT),
    S.NOT_A_FILE: (START_FRESH, NO_SAVING, QUIT),
    S.NEWER: (QUIT,),
}
_HINTS = {
    START_FRESH: "Ponder can move it aside (renamed, nothing is deleted) and start with no chats.",
    NO_SAVING: "Ponder can run without saving: chats then last until you quit.",
}


def _store_errors_told(method: Callable[..., None]) -> Callable[..., None]:
    """A slot that reads or writes chats: a store failure (full disk, …) is told, never a traceback."""
    @functools.wraps(method)
    def slot(self: PonderApp, *args: object, **kwargs: object) -> None:
        try:
            method(self, *args, **kwargs)
        except StoreError as exc:
            self.window.show_error(f"Your chats could not be read or saved: {exc}")

    return slot


class StartupCancelled(Exception):
    """Ponder did not start; the user was told why (the message says it again)."""


class PonderApp(QObject):
    """Owns the parts; nothing outside app/ sees more than one of them.

    `ask` answers the questions startup (and quitting with unsaved replies) may
    have; by default a dialog. Raises StartupCancelled when the answer is to quit.
    """

    def __init__(self, theme: str | None = None, ask: Ask | None = None):
        super().__init__()
        self.ask = ask or ask_with_dialog
        self.saving = True  # False: an in-memory store, chats last until quitting
        self._lock: QLockFile | None = None
        self._notes: list[str] = []  # told once the window is up
        try:
            self.store = self._open_store()
        except StartupCancelled:
            self._release_lock()
            raise
        self.settings = Settings()
        self.bridge = EngineBridge(self)
        self.controller = ChatController(self.store, self.bridge, self)
        self.window = MainWindow()
        self.models: list[LocalModel] = []
        self.library = ModelLibrary(self.window, self.settings, self, ask=self.ask)
        self._load_options: P.LoadOptions | None = None
        self._search = ""
        self._reported_unusable: set[str] = set()
        self.apply_settings(theme)
        self._wire()
        if not self.saving:
            self.window.setWindowTitle(f"{self.window.windowTitle()} — not saving")
        notes = [note for note in (self.settings.problem, *self._notes) if note]
        if notes:
            self.window.show_error(" ".join(notes))
        self.refresh_models()
        self.refresh_conversations()

    # -- startup: the data folder and the chats ------------------------------
    def _open_store(self) -> ChatStore:
        try:
            home = ponder_home()
            models_dir()
        except DataFolderError as exc:
            self._refuse(str(exc))
        why = self._lock_data_folder(home)
        if why:
            store = self._way_out(StoreError(S.UNWRITABLE, why))
            assert store is not None  # an unwritable folder offers no fresh start
            return store
        return self._open_chats(chats_db_path())

    def _lock_data_folder(self, home: Path) -> str:
        """One window per data folder (a second would take the first's live reply for a dead one).

        Returns "" when this window owns the folder, else why it cannot.
        """
        lock = QLockFile(os.fspath(home / LOCK_NAME))
        if lock.tryLock(0):
            self._lock = lock
            return ""
        if lock.error() == QLockFile.LockError.LockFailedError:
            pid = (lock.getLockInfo() or (0,))[0]
            self._refuse(f"Ponder is already open with the data folder {home}"
                         + (f" (process {pid})" if pid else "")
                         + ". Use that window, or close it and start Ponder again.")
        return (f"Ponder cannot write in its data folder {home} (the lock file {LOCK_NAME} cannot be "
                "created). Check the folder's permissions.")

    def _open_chats(self, path: Path) -> ChatStore:
        """Open the chats; on a problem, ask. A damaged file is moved aside only when the user says so."""
        while True:
            try:
                return self._owned(ChatStore(path))
            except StoreError as exc:
                store = self._way_out(exc)
            if store is not None:
                return store
            try:
                moved = move_aside(path)
            except StoreError as exc:
                store = self._way_out(exc)
                assert store is not None  # a failed move offers no fresh start
                return store
            self._notes.append(f"The damaged chat database was moved to {moved}; "
                               "Ponder started with no chats.")

    def _way_out(self, error: StoreError) -> ChatStore | None:
        """Ask: an in-memory store to go on without saving, or None to move the file aside and start fresh.

        Quitting raises StartupCancelled.
        """
        choices = _WAYS_OUT.get(error.kind, (NO_SAVING, QUIT))
        hints = " ".join(_HINTS[c] for c in choices if c in _HINTS)
        answer = self.ask(Question("Ponder cannot open your chats", f"{error} {hints}".strip(), choices))
        if answer == START_FRESH and answer in choices:
            return None
        if answer == NO_SAVING and answer in choices:
            self.saving = False
            self._notes.append("Chats are not saved in this session; they last until you quit.")
            return ChatStore(":memory:")
        raise StartupCancelled(str(error))

    def _owned(self, store: ChatStore) -> ChatStore:
        """This window owns the data folder: replies left streaming by a killed run become interrupted."""
        try:
            count = store.recover_streaming()
        except StoreError:
            store.close()
            raise
        if count:
            self._notes.append(f"{count} reply(ies) were cut off when Ponder last closed; they are kept, "
                               "marked interrupted.")
        return store

    def _refuse(self, text: str) -> NoReturn:
        self.ask(Question("Ponder cannot start", text, (QUIT,)))
        raise StartupCancelled(text)

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- wiring --------------------------------------------------------------
    def _wire(self) -> None:
        w, c, b = self.window, self.controller, self.bridge
        w.composer.submitted.connect(c.send)
        w.composer.stop_requested.connect(c.stop)
        w.composer.answer_now_requested.connect(c.answer_now)
        w.stop_action.triggered.connect(c.stop)
        w.new_chat_action.triggered.connect(c.new_conversation)
        w.conversations.new_requested.connect(c.new_conversation)
        w.conversations.selected.connect(c.open_conversation)
        w.conversations.search_changed.connect(self._on_search)
        w.conversations.rename_requested.connect(self._on_rename)
        w.conversations.delete_requested.connect(self._on_delete)
        w.chat.edit_requested.connect(self._on_edit)
        w.chat.delete_requested.connect(c.delete_message)
        w.model_chosen.connect(self._on_model_chosen)
        w.reasoning_toggled.connect(lambda on: c.update_conversation(reasoning="on" if on else "off"))
        w.preset_chosen.connect(self._on_preset)
        w.settings_action.triggered.connect(self.open_settings)
        w.export_action.triggered.connect(self.export_chat)
        w.regenerate_action.triggered.connect(c.regenerate)
        w.models_action.triggered.connect(self.open_model_manager)
        w.about_action.triggered.connect(self.open_about)
        self.library.models_changed.connect(self._on_models_changed)
        self.library.use_requested.connect(self._use_model_path)
        w.budget.budget_changed.connect(lambda n: c.update_conversation(budget=n))
        c.conversations_changed.connect(self.refresh_conversations)
        c.conversation_opened.connect(self._on_opened)
        c.message_added.connect(w.chat.add_message)
        c.reasoning_received.connect(self._on_reasoning)
        c.answer_received.connect(self._on_answer)
        c.reply_finished.connect(self._on_reply_finished)
        c.busy_changed.connect(w.composer.set_busy)
        c.send_failed.connect(w.composer.restore_text)
        c.error.connect(w.show_error)
        c.notice.connect(w.show_error)
        b.loaded.connect(self._on_loaded)
        b.load_failed.connect(lambda m: self._set_model_status(f"Could not load the model: {m}"))
        b.engine_crashed.connect(self._on_crashed)

    # -- settings ------------------------------------------------------------
    def apply_settings(self, theme: str | None = None) -> None:
        st = self.settings
        dark = apply_theme(QApplication.instance(), theme or st.get("theme"))  # type: ignore[arg-type]
        self.window.chat.set_dark(dark)
        self.window.chat.keep_reasoning_open = st.get("keep_reasoning_open")
        self.controller.wrap_up = st.get("wrap_up")
        self.controller.mode_sampling = {True: st.get("sampling_reasoning"), False: st.get("sampling_plain")}
        self._refresh_presets()

    def open_settings(self) -> None:
        profile = self.controller.profile
        dialog = SettingsDialog(self.settings.values(), profile.sampling(True), profile.sampling(False),
                                self.window)
        if not dialog.exec():
            return
        before = self._engine_settings()
        for name, value in dialog.values().items():
            self.settings.set(name, value)
        try:
            self.settings.save()
        except OSError as exc:
            self.window.show_error(f"Settings could not be saved: {exc}")
        self.apply_settings()
        if self._engine_settings() != before:
            self.refresh_models()
            self.load_model(max(self.window.model_picker.currentIndex(), 0))

    def _engine_settings(self) -> tuple:
        st = self.settings
        return (st.get("context_size"), st.get("gpu_layers"), st.get("threads"), st.get("models_folder"))

    def _refresh_presets(self) -> None:
        presets = self.settings.get("system_prompt_presets")
        current = self.controller.conversation.system_prompt if self.controller.conversation else ""
        index = next((i for i, p in enumerate(presets) if p["text"] == current), 0)
        self.window.set_presets([p["name"] for p in presets], index)

    def _on_preset(self, index: int) -> None:
        presets = self.settings.get("system_prompt_presets")
        if self.controller.conversation is None:
            self.controller.new_conversation()
        if 0 <= index < len(presets):
            self.controller.update_conversation(system_prompt=presets[index]["text"])

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(ponder_version(), components(), app_icon(), self.window)
        dialog.show()
        return dialog

    def export_chat(self) -> None:
        conv = self.controller.conversation
        if conv is None:
            self.window.show_error("Open a chat to export it.")
            return
        path, chosen = QFileDialog.getSaveFileName(
            self.window, "Export chat", safe_filename(conv.title, ".md", limit=40),
            "Markdown (*.md);;JSON (*.json)")
        if not path:
            return
        with_reasoning = QMessageBox.question(
            self.window, "Export chat", "Include the model's reasoning?") == QMessageBox.StandardButton.Yes
        self.write_export(Path(path), with_reasoning, json_format="json" in chosen.lower()
                          or path.lower().endswith(".json"))

    @_store_errors_told
    def write_export(self, path: Path, reasoning: bool, json_format: bool) -> None:
        conv = self.controller.conversation
        assert conv is not None
        messages = self.store.messages(conv.id)
        text = (export.to_json if json_format else export.to_markdown)(conv, messages, reasoning)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.window.show_error(f"The chat could not be exported: {exc}")

    # -- model manager ---------------------------------------------------------
    def open_model_manager(self) -> ModelManager:
        return self.library.open([m.to_json() for m in self.models])

    def _on_models_changed(self) -> None:
        self.refresh_models()
        self.library.show_local([m.to_json() for m in self.models])

    def _use_model_path(self, path: str) -> None:
        index = next((i for i, m in enumerate(self.models) if str(m.path) == path), -1)
        if index >= 0:
            self.load_model(index)

    # -- models --------------------------------------------------------------
    def refresh_models(self) -> None:
        found = list_local_models()
        extra = self.settings.get("models_folder")
        if extra and os.path.isdir(extra):
            found += [m for m in list_local_models(Path(extra)) if not m.builtin]
        self.models = [m for m in found if m.info is not None]
        unusable = {str(m.path): m.problem for m in found if m.info is None}
        if unusable.keys() - self._reported_unusable:  # each bad file is reported once, not hidden
            self.window.show_error(f"{len(unusable)} file(s) in the models folder cannot be used and were "
                                   f"skipped: " + "; ".join(unusable.values()))
        self._reported_unusable = set(unusable)
        picker = self.window.model_picker
        picker.clear()
        for m in self.models:
            family = by_family(_family(m)).label
            picker.addItem(f"{m.name} — {family} · {m.info.display_size} {m.info.quantization}")
        if not self.models:
            self.window.chat.placeholder.setText(
                "No model found. Put a GGUF model in the models folder\n"
                f"({os.fspath(chats_db_path().parent / 'models')}) or reinstall with the starter model.")
            self._set_model_status("No model")

    def load_model(self, index: int = 0) -> None:
        if not 0 <= index < len(self.models):
            return
        model = self.models[index]
        self.window.model_picker.setCurrentIndex(index)
        st = self.settings
        self._load_options = P.LoadOptions(path=str(model.path), name=model.name,
                                           n_ctx=st.get("context_size"), gpu_layers=st.get("gpu_layers"),
                                           threads=st.get("threads"))
        self._set_model_status(f"Loading {model.name}…")
        self.controller.load_model(self._load_options)

    def _on_model_chosen(self, index: int) -> None:
        if self.controller.busy:
            self.controller.stop()
        self.load_model(index)

    def _on_loaded(self, event: dict) -> None:
        profile = by_family(event.get("family", "plain"))
        self._set_model_status(f"{event.get('model')} ({profile.label})")
        where = "GPU" if event.get("offload") == "gpu" else "CPU"
        layers = f", {event.get('gpu_layers')} layers" if where == "GPU" else f", {event.get('threads')} threads"
        self.window.placement_status.setText(where + layers)
        self.window.placement_status.setToolTip(event.get("backend_reason", ""))  # which backend, and why
        self.window.context_status.setText(f"context {event.get('n_ctx', 0):,}")
        self.window.set_reasoning_available(profile.can_reason, profile.note)
        for notice in event.get("notices", []):
            self.window.show_error(notice)

    def _on_crashed(self, message: str) -> None:
        self.window.show_error(message + " Restarting the engine…")
        if self._load_options is not None:
            self.controller.load_model(self._load_options)

    def _set_model_status(self, text: str) -> None:
        self.window.model_status.setText(text)

    # -- conversations -------------------------------------------------------
    @_store_errors_told
    def refresh_conversations(self) -> None:
        current = self.controller.conversation.id if self.controller.conversation else None
        self.window.conversations.set_conversations(self.store.conversations(self._search), current)

    def _on_search(self, text: str) -> None:
        self._search = text
        self.refresh_conversations()

    def _on_opened(self, conversation, messages: list[Message]) -> None:  # type: ignore[no-untyped-def]
        self.window.chat.show_conversation(messages)
        self.window.budget.set_budget(conversation.budget)
        self.window.reasoning_box.blockSignals(True)
        self.window.reasoning_box.setChecked(conversation.reasoning != "off")
        self.window.reasoning_box.blockSignals(False)
        self._refresh_presets()
        self.refresh_conversations()

    @_store_errors_told
    def _on_rename(self, conversation_id: int, title: str) -> None:
        self.store.update_conversation(conversation_id, title=title)
        self.refresh_conversations()

    @_store_errors_told
    def _on_delete(self, conversation_id: int) -> None:
        title = self.store.conversation(conversation_id).title
        self.controller.delete_conversation(conversation_id)
        if self.controller.conversation is None:
            self.window.chat.clear()
        undo = QPushButton(f"Deleted “{title}” — Undo")
        undo.setAccessibleName("Undo delete")
        bar = self.window.statusBar()
        bar.addWidget(undo)
        undo.clicked.connect(lambda: (self.controller.undo_delete(conversation_id), undo.deleteLater()))
        QTimer.singleShot(UNDO_MS, undo.deleteLater)

    @_store_errors_told
    def _on_edit(self, message_id: int) -> None:
        message = self.store.message(message_id)
        text, ok = QInputDialog.getMultiLineText(self.window, "Edit message",
                                                 "Edit and resend (later turns are replaced):",
                                                 message.content)
        if ok and text.strip():
            self.controller.edit_and_resend(message_id, text)

    # -- replies -------------------------------------------------------------
    def _on_reasoning(self, text: str) -> None:
        self.window.chat.add_reasoning(text)
        self.window.composer.set_thinking(True)

    def _on_answer(self, text: str) -> None:
        self.window.chat.add_answer(text)
        self.window.composer.set_thinking(False)

    def _on_reply_finished(self, message: Message) -> None:
        self.window.chat.finish_reply(message)
        self.window.composer.set_thinking(False)
        s = message.stats
        if s.get("decode_tokens_per_s"):
            self.window.speed_status.setText(
                f"{s['decode_tokens_per_s']:.1f} tok/s · first token {s.get('ttft_s', 0):.2f} s")
        if s.get("prompt_tokens") is not None and self.bridge.model:
            used = s.get("prompt_tokens", 0) + s.get("generated_tokens", 0)
            self.window.context_status.setText(f"context {used:,} / {self.bridge.model.get('n_ctx', 0):,}")

    def shutdown(self) -> None:
        self._save_before_quitting()
        self.library.shutdown()
        self.bridge.shutdown()
        self.store.close()
        self._release_lock()

    def _save_before_quitting(self) -> None:
        """A live reply is kept (interrupted); one the store cannot take yet is not dropped unasked."""
        while not self.controller.finish():
            count = len(self.controller.unsaved)
            text = (f"{count} reply(ies) could not be saved. {self.controller.store_problem} "
                    f"Free some space and try again, or quit without them.")
            if self.ask(Question("Ponder could not save everything", text, (RETRY, QUIT))) != RETRY:
                return


def _family(model: LocalModel) -> str:
    from engine.profiles import detect

    return detect(model.info).family if model.info is not None else "plain"


def process_age() -> float:
    """Seconds since this process started (Linux: from the kernel's start time; else since Python began)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _STARTED


def app_icon() -> QIcon:
    """The app's icon from assets/icons (inside the bundle in the installed app)."""
    icon = QIcon()
    folder = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent)) / "assets" / "icons"
    for png in sorted(folder.glob("ponder-*.png")):
        icon.addFile(str(png))
    return icon


def run_gui(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Ponder")
    app.setApplicationVersion(ponder_version())
    app.setDesktopFileName("ponder")  # Wayland: matches ponder.desktop, so the dock shows the icon
    app.setWindowIcon(app_icon())
    try:
        ponder = PonderApp()
    except StartupCancelled as exc:
        print(f"ponder: {exc}", file=sys.stderr)
        return 1
    ponder.window.show()
    ponder.load_model(0)
    code = app.exec()
    ponder.shutdown()
    return code


def self_test(timeout_s: float = 180.0) -> int:
    """Open the window offscreen, answer one prompt through the user's path, check the reply."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    try:
        ponder = PonderApp(theme="light", ask=lambda question: QUIT)  # a self-test decides nothing
    except StartupCancelled as exc:
        print(f"ponder self-test: FAILED: {exc}", file=sys.stderr)
        return 1
    ponder.window.show()
    app.processEvents()  # painted
    shown_after = process_age()
    result: dict[str, str] = {}
    c = ponder.controller

    def fail(reason: str) -> None:
        result.setdefault("error", reason)
        app.quit()

    def on_loaded(_event: dict) -> None:
        c.new_conversation()
        c.update_conversation(budget=0)
        c.send("Say hello in one short sentence.")

    def on_finished(message: Message) -> None:
        shown = ponder.window.chat.messages()[-1]
        text = shown.answer.plain_text().strip()  # the rendered reply
        if message.state != "complete":
            fail(f"the reply ended as {message.state}: {message.stats.get('error', '')}")
        elif not text:
            fail("the reply was empty")
        else:
            result["answer"] = text
            result["reply_after"] = f"{process_age():.2f}"
            app.quit()

    ponder.bridge.loaded.connect(on_loaded)
    ponder.bridge.load_failed.connect(fail)
    c.error.connect(fail)
    c.reply_finished.connect(on_finished)
    QTimer.singleShot(int(timeout_s * 1000), lambda: fail(f"no reply within {timeout_s:.0f} s"))
    if not ponder.models:
        fail("no model is installed (the starter model comes with `make run`)")
    else:
        ponder.load_model(0)
        app.exec()
    ponder.shutdown()
    if "error" in result:
        print(f"ponder self-test: FAILED: {result['error']}", file=sys.stderr)
        return 1
    print(f"ponder self-test: ok: {result['answer'][:80]!r} (window shown {shown_after:.2f} s and first "
          f"reply {result['reply_after']} s after the process started)")
    return 0
