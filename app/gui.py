"""The desktop app: builds the window, the store, the engine bridge and the controller, and wires them."""

from __future__ import annotations

import functools
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from engine.local_models import LocalModel
from engine.messages import message_of
from engine.paths import DataFolderError, chats_db_path
from engine.profiles import Profile
from engine.protocol import ReasoningMode, ReplyState, thinking_allowed
from engine.store import Conversation, Message, SearchHit, StoreError
from engine.store_schema import pending_upgrade
from ui import l10n
from ui.about_dialog import AboutDialog
from ui.chat_view import AssistantMessage
from ui.main_window import MainWindow
from ui.model_manager import ModelManager
from ui.reasoning_control import OFF, UNLIMITED, ReasoningState
from ui.servers_dialog import ServersDialog
from ui.settings_dialog import SettingsDialog
from ui.theme import apply_theme

from . import export, i18n
from .chat_controller import ChatController
from .components import components, ponder_version
from .engine_bridge import EngineBridge
from .gc_pacer import GcPacer
from .model_controller import ModelController, reasoning_kind
from .model_library import ModelLibrary, settings_not_saved
from .questions import Ask, Question, ask_with_dialog
from .search_worker import SearchWorker
from .server_switch import ServerSwitch
from .settings import Settings, preset_label
from .startup import NO_SAVING, QUIT, RETRY, START_FRESH, DataFolder, StartupCancelled

__all__ = ["NO_SAVING", "QUIT", "RETRY", "START_FRESH", "PonderApp", "Question", "StartupCancelled",
           "ask_with_dialog", "run_gui", "self_test"]
log = logging.getLogger(__name__)
UPGRADE_NOTICE_BYTES = 20_000_000  # about a second of upgrading on a slow machine
_STARTED = time.monotonic()

def _store_errors_told(method: Callable[..., None]) -> Callable[..., None]:
    """A slot that reads or writes chats: a store failure (full disk, …) is told, never a traceback."""
    @functools.wraps(method)
    def slot(self: PonderApp, *args: object, **kwargs: object) -> None:
        try:
            method(self, *args, **kwargs)
        except StoreError as exc:
            self.window.show_error(QCoreApplication.translate(
                "PonderApp", "Your chats could not be read or saved: {error}").format(
                error=l10n.localized(message_of(exc))))

    return slot


class PonderApp(QObject):
    """Owns the parts and coordinates the controllers; the window is told intents, never poked.

    `ask` answers the questions startup (and quitting with unsaved replies) may
    have; by default a dialog. Raises StartupCancelled when the answer is to quit.
    """

    def __init__(self, theme: str | None = None, ask: Ask | None = None, language: str | None = None):
        super().__init__()
        # First, before any widget or question: the interface's language (--lang, else the setting).
        qt_app = QCoreApplication.instance()
        assert qt_app is not None, "PonderApp needs a QApplication"
        self.language = i18n.install(qt_app, i18n.choose(language, Settings().get("language")))
        self.ask = ask or ask_with_dialog
        self.data = DataFolder(self.ask)
        try:
            self.store = self.data.open()
        except StartupCancelled:
            self.data.release()
            raise
        self.saving = self.data.saving
        self.settings = Settings()
        self.bridge = EngineBridge(self)
        self.controller = ChatController(self.store, self.bridge, self)
        self.search = SearchWorker(self.store, parent=self)  # its own thread and connection
        self.window = MainWindow()
        self.model_control = ModelController(self.window, self.settings, self.controller, self.bridge, self)
        self.library = ModelLibrary(self.window, self.settings, self, ask=self.ask)
        self.server = ServerSwitch(self.window, self.settings, self.bridge, self.ask, self)  # off until asked
        self._last_reply: Message | None = None  # the open chat's newest reply (its numbers, its model)
        self._search = ""
        self.apply_settings(theme)
        self._wire()
        if not self.saving:
            self.window.setWindowTitle(self.tr("{title} — not saving", "window title: chats are not saved")
                                       .format(title=self.window.windowTitle()))
        notes = [note for note in (self.settings.problem, *self.data.notes) if note]
        if notes:
            self.window.show_error(" ".join(l10n.localized(note) for note in notes))
        self.model_control.refresh()
        self.refresh_conversations()
        self._reopen_last_chat()
        self.window.focus_composer()

    # -- wiring --------------------------------------------------------------
    def _wire(self) -> None:
        w, c = self.window, self.controller
        w.composer.submitted.connect(c.send)
        w.composer.submitted.connect(lambda _text: w.focus_composer())
        w.stop_action.triggered.connect(c.stop)
        w.answer_now_action.triggered.connect(self._answer_now)
        w.new_chat_action.triggered.connect(c.new_conversation)
        w.conversations.new_requested.connect(c.new_conversation)
        w.conversations.new_requested.connect(w.focus_composer)
        w.conversations.selected.connect(c.open_conversation)
        w.conversations.search_changed.connect(self._on_search)
        w.conversations.rename_requested.connect(self._on_rename)
        w.conversations.delete_requested.connect(self._on_delete)
        w.chat.edit_submitted.connect(c.edit_and_resend)
        w.chat.regenerate_requested.connect(c.regenerate)
        w.chat.delete_requested.connect(c.delete_message)
        w.chat.version_requested.connect(c.show_version)
        w.budget_changed.connect(self._on_budget)
        w.preset_chosen.connect(self._on_preset)
        w.settings_action.triggered.connect(self.open_settings)
        w.export_action.triggered.connect(self.export_chat)
        w.regenerate_action.triggered.connect(c.regenerate)
        w.models_action.triggered.connect(self.open_model_manager)
        w.servers_action.triggered.connect(self.open_servers)
        self.model_control.servers.error.connect(self.window.show_error)
        w.about_action.triggered.connect(self.open_about)
        self.library.models_changed.connect(self._on_models_changed)
        self.library.use_requested.connect(self.model_control.load_path)
        self.model_control.ready.connect(self._on_model_ready)
        c.conversations_changed.connect(self.refresh_conversations)
        c.conversation_opened.connect(self._on_opened)
        c.message_added.connect(w.chat.add_message)
        c.message_added.connect(self._remember_chat)
        c.message_replaced.connect(w.chat.replace_message)
        c.message_deleted.connect(self._on_message_deleted)
        self.search.results.connect(self._on_search_results)
        self.search.failed.connect(w.show_error)
        c.reasoning_received.connect(self._on_reasoning)
        c.answer_received.connect(self._on_answer)
        c.heavy_received.connect(w.chat.add_heavy)
        w.composer.heavy.changed.connect(self._on_heavy)
        w.composer.task_chosen.connect(self._on_task)
        w.composer.answer_language.changed.connect(self._on_answer_language)
        c.reply_finished.connect(self._on_reply_finished)
        c.busy_changed.connect(w.set_busy)
        c.send_failed.connect(w.composer.restore_text)
        c.error.connect(w.show_error)
        c.notice.connect(w.show_notice)

    # -- settings ------------------------------------------------------------
    def apply_settings(self, theme: str | None = None) -> None:
        st = self.settings
        dark = apply_theme(QApplication.instance(), theme or st.get("theme"))  # type: ignore[arg-type]
        self.window.chat.set_dark(dark)
        self.window.chat.keep_reasoning_open = st.get("keep_reasoning_open")
        self.controller.wrap_up = st.get("wrap_up")
        self.controller.mode_sampling = {True: st.get("sampling_reasoning"), False: st.get("sampling_plain")}
        self.controller.heavy = st.get("heavy_candidates") if st.get("heavy") else 0
        self.controller.task = st.get("task")
        self.controller.answer_defaults = (st.get("answer_language"), st.get("reason_in_english"))
        self.window.composer.heavy.set_state(st.get("heavy"), st.get("heavy_candidates"))
        self._refresh_presets()
        self.library.apply_settings()  # the model manager's offline banner follows the setting

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
            self.window.show_error(settings_not_saved(exc))
        self.apply_settings()
        if self._engine_settings() != before:
            self.model_control.refresh()
            self.model_control.reload()

    def _engine_settings(self) -> tuple:
        st = self.settings
        return (st.get("context_size"), st.get("gpu_layers"), st.get("threads"), st.get("models_folder"))

    def _refresh_presets(self) -> None:
        presets = self.settings.get("system_prompt_presets")
        current = self.controller.conversation.system_prompt if self.controller.conversation else ""
        index = next((i for i, p in enumerate(presets) if p["text"] == current), 0)
        self.window.set_presets([preset_label(p["name"]) for p in presets], index)

    def _on_preset(self, index: int) -> None:
        presets = self.settings.get("system_prompt_presets")
        if 0 <= index < len(presets):
            self.controller.update_conversation(system_prompt=presets[index]["text"])

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(ponder_version(), components(), app_icon(), self.window)
        dialog.show()
        return dialog

    # -- export --------------------------------------------------------------
    def export_chat(self) -> None:
        conv = self.controller.conversation
        if conv is None or self.controller.draft:
            self.window.show_notice(self.tr("Open a chat to export it."))
            return
        title = self.tr("Export chat", "dialog title")
        path, chosen = QFileDialog.getSaveFileName(
            self.window, title, os.fspath(export.default_path(conv.title)),
            "Markdown (*.md);;JSON (*.json)")  # the formats' own names
        if not path:
            return
        with_reasoning = QMessageBox.question(
            self.window, title, self.tr("Include the model's reasoning?")) == QMessageBox.StandardButton.Yes
        self.write_export(Path(path), with_reasoning, json_format="json" in chosen.lower()
                          or path.lower().endswith(".json"))

    @_store_errors_told
    def write_export(self, path: Path, reasoning: bool, json_format: bool) -> None:
        conv = self.controller.conversation
        assert conv is not None
        messages = self.controller.messages()  # with replies the writer has not stored yet
        text = (export.to_json if json_format else export.to_markdown)(conv, messages, reasoning)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.window.show_error(self.tr("The chat could not be exported: {error}").format(error=exc))
            return
        self.window.show_notice(self.tr("Exported to {path}").format(path=path))

    # -- models --------------------------------------------------------------
    def open_servers(self) -> ServersDialog:
        return self.model_control.servers.open_dialog(self.window)

    def open_model_manager(self) -> ModelManager:
        return self.library.open([m.to_json() for m in self.models])

    def _on_models_changed(self) -> None:
        self.model_control.refresh()
        self.library.show_local([m.to_json() for m in self.models])

    @property
    def models(self) -> list[LocalModel]:
        """The usable models on this computer, in the picker's order."""
        return self.model_control.models

    def refresh_models(self) -> None:
        self.model_control.refresh()

    def load_model(self, index: int = 0) -> None:
        self.model_control.load(index)

    def _on_model_ready(self, _profile: Profile) -> None:
        self._show_reasoning_control()
        self._show_chat_stats()
        self._offer_chat_model()

    def _show_reasoning_control(self) -> None:
        conv, profile = self.controller.conversation, self.controller.profile
        budget = conv_budget(conv) if conv is not None else UNLIMITED
        self.window.set_reasoning_control(ReasoningState(reasoning_kind(profile), budget,
                                                         l10n.localized(profile.note)))
        remote = bool(self.bridge.model and self.bridge.model.get("offload") == "remote")
        why = (self.tr("this model does not reason", "why heavy mode is off") if not profile.can_reason else
               self.tr("it runs on a server, which does not share the prompt's state", "why heavy mode is off")
               if remote else "")
        self.window.composer.heavy.set_available(not why, why)
        self.window.composer.set_tasks(list(profile.presets), self.settings.get("task"))

    def _on_heavy(self, enabled: bool, n: int) -> None:
        """Heavy mode and its number of candidates: for the next replies, remembered."""
        self.settings.set("heavy", enabled)
        self.settings.set("heavy_candidates", n)
        self.controller.heavy = n if enabled else 0
        self._save_quietly()

    def _on_answer_language(self, language: str, reason_in_english: bool) -> None:
        """The chat's "Answer in": kept with the chat, and the choice for the next new chats."""
        self.controller.update_conversation(answer_language=language, reason_in_english=reason_in_english)
        self.controller.answer_defaults = (language, reason_in_english)
        self.settings.set("answer_language", language)
        self.settings.set("reason_in_english", reason_in_english)
        self._save_quietly()

    def _on_task(self, task: str) -> None:
        self.settings.set("task", task)
        self.controller.task = task
        self._save_quietly()

    # -- conversations -------------------------------------------------------
    @_store_errors_told
    def refresh_conversations(self) -> None:
        if self._search.split():
            self.search.search(self._search)  # off the GUI thread: the hits come to _on_search_results
            return
        self.window.conversations.set_conversations(self.store.conversations(), self._current_chat())

    def _on_search_results(self, query: str, hits: list[SearchHit]) -> None:
        if query == self._search:
            self.window.conversations.set_conversations(hits, self._current_chat())

    def _current_chat(self) -> int | None:
        conv = self.controller.conversation
        return conv.id if conv is not None and not self.controller.draft else None

    def _on_search(self, text: str) -> None:
        self._search = text
        self.refresh_conversations()

    def _reopen_last_chat(self) -> None:
        """The chat open last time, else a blank new one (so there always is an open chat)."""
        last = self.settings.get("last_chat")
        if last and self._still_there(last):
            self.controller.open_conversation(last)
        else:
            self.controller.new_conversation()

    def _still_there(self, conversation_id: int) -> bool:
        try:
            self.store.conversation(conversation_id)
        except KeyError:  # deleted since
            return False
        return True

    def _on_opened(self, conversation: Conversation, messages: list[Message], total: int) -> None:
        self._last_reply = next((m for m in reversed(messages) if m.role == "assistant"), None)
        self.window.chat.show_conversation(messages, total, self.controller.older_messages)
        self.window.composer.answer_language.set_choice(conversation.answer_language, conversation.reason_in_english)
        self._show_reasoning_control()
        self._refresh_presets()
        self.window.conversations.set_current(self._current_chat())  # the list itself is unchanged
        self._show_chat_stats()
        self._offer_chat_model()
        self.window.focus_composer()
        self._remember_chat()

    def _remember_chat(self, _message: Message | None = None) -> None:
        """The open chat is the one to reopen at the next start (once it is stored)."""
        conv = self.controller.conversation
        if conv is not None and not self.controller.draft and self.settings.get("last_chat") != conv.id:
            self.settings.set("last_chat", conv.id)
            self._save_quietly()

    def _offer_chat_model(self) -> None:
        """A chat written with another model (one on this computer): offer to switch to it."""
        wanted = self._last_reply.model if self._last_reply is not None else ""
        loaded = self.model_control.loaded_name
        if not wanted or not loaded or wanted == loaded or self.controller.busy:
            return
        index = self.model_control.index_named(wanted)
        if index >= 0:
            self.window.offer(self.tr("This chat was written with {wanted}; {loaded} is loaded.")
                              .format(wanted=wanted, loaded=loaded),
                              self.tr("Switch to {model}").format(model=wanted),
                              lambda: self.model_control.load(index))

    def _show_chat_stats(self) -> None:
        """The status bar's context use and speed are the open chat's (blank for a new chat)."""
        last = self._last_reply if self._last_reply is not None and self._last_reply.stats else None
        n_ctx = self.bridge.model["n_ctx"] if self.bridge.model else 0
        context = speed = ""
        if last is not None:
            s = last.stats
            if s.get("prompt_tokens") is not None and n_ctx:
                used = s.get("prompt_tokens", 0) + s.get("generated_tokens", 0)
                context = self.tr("context {used} / {size}", "status bar: tokens of the context in use") \
                    .format(used=l10n.number(used), size=l10n.number(n_ctx))
            if s.get("decode_tokens_per_s"):
                speed = self.tr("{rate} · first token {time}", "status bar: the last reply's speed").format(
                    rate=l10n.rate(s["decode_tokens_per_s"]), time=l10n.seconds(s.get("ttft_s", 0)))
        elif n_ctx:
            context = self.tr("context {size}", "status bar: the context's size in tokens").format(
                size=l10n.number(n_ctx))
        self.window.set_chat_stats(context, speed)

    def _on_budget(self, budget: int) -> None:
        """The one reasoning control: 0 turns reasoning off, anything else on with that budget."""
        mode = ReasoningMode.ON if thinking_allowed(budget) else ReasoningMode.OFF
        self.controller.update_conversation(budget=budget, reasoning=mode)

    def _on_rename(self, conversation_id: int, title: str) -> None:
        self.controller.rename_conversation(conversation_id, title)

    @_store_errors_told
    def _on_delete(self, conversation_id: int) -> None:
        title = self.store.conversation(conversation_id).title
        self.controller.delete_conversation(conversation_id)
        if self.controller.conversation is None:  # the open chat went: a blank new one takes its place
            self.controller.new_conversation()
        self.window.offer_undo(self.tr("Deleted “{title}”.").format(title=title),
                               lambda: self.controller.undo_delete(conversation_id))

    # -- replies -------------------------------------------------------------
    def _answer_now(self) -> None:
        if self.controller.busy:
            self.window.chat.mark_cut_short()  # the header says so at once, before the engine answers
        self.controller.answer_now()

    def _on_reasoning(self, text: str) -> None:
        self.window.chat.add_reasoning(text)
        self.window.set_thinking(True)

    def _on_answer(self, text: str) -> None:
        self.window.chat.add_answer(text)
        self.window.set_thinking(False)

    def _on_reply_finished(self, message: Message) -> None:
        self.window.chat.finish_reply(message)
        self.window.set_thinking(False)
        self._last_reply = message
        self._show_chat_stats()

    def _save_quietly(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:  # remembering the last chat is a convenience: the next save keeps it
            log.info("the settings could not be saved: %s", exc)

    def _on_message_deleted(self, message: Message) -> None:
        self.window.chat.remove_message(message.id)
        self.window.offer_undo(self.tr("Message deleted."),
                               lambda: self.controller.undo_delete_message(message.id))

    def shutdown(self) -> None:
        self._save_before_quitting()
        self.controller.close()  # the store writer's thread and connection
        self.search.close()
        self.library.shutdown()
        self.server.shutdown()  # its requests end before the engine does
        self.bridge.shutdown()
        self.store.close()
        self.data.release()

    def _save_before_quitting(self) -> None:
        """A live reply is kept (interrupted); one the store cannot take yet is not dropped unasked."""
        while not self.controller.finish():
            count = len(self.controller.unsaved)
            text = self.tr("%n reply(ies) could not be saved. {problem} Free some space and try again, or quit "
                           "without them.", "", count).format(problem=self.controller.store_problem)
            if self.ask(Question(self.tr("Ponder could not save everything"), text, (RETRY, QUIT))) != RETRY:
                return


def conv_budget(conversation: Conversation) -> int:
    """The budget the reasoning control shows: a chat with reasoning switched off shows Off."""
    return OFF if conversation.reasoning == ReasoningMode.OFF else conversation.budget


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


def run_gui(argv: list[str], language: str | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName("Ponder")
    app.setApplicationVersion(ponder_version())
    app.setDesktopFileName("ponder")  # Wayland: matches ponder.desktop, so the dock shows the icon
    app.setWindowIcon(app_icon())
    i18n.install(app, i18n.choose(language, Settings().get("language")))  # for the upgrade notice
    notice = _upgrade_notice()
    try:
        ponder = PonderApp(language=language)
    except StartupCancelled as exc:
        print(f"ponder: {exc}", file=sys.stderr)
        return 1
    finally:
        if notice is not None:
            notice.close()
    ponder.window.show()
    ponder.model_control.load_last()
    ponder.server.restore()  # the local server, if it was on when Ponder closed
    pacer = GcPacer(ponder)  # the cycle collector runs when it cannot pause scrolling or typing
    pacer.start()
    code = app.exec()
    pacer.stop()
    ponder.shutdown()
    return code


def _upgrade_notice() -> QLabel | None:
    """A large chat database from an older Ponder is upgraded once (the search index is built):
    say so while it runs, rather than show nothing for many seconds."""
    try:
        size = pending_upgrade(chats_db_path())
    except DataFolderError:
        return None
    if size < UPGRADE_NOTICE_BYTES:
        return None
    label = QLabel(QCoreApplication.translate("PonderApp", "Updating your chats ({size}) for fast search. This "
                                              "happens once and may take a minute…").format(size=l10n.size(size)))
    label.setWindowTitle("Ponder")
    label.setMargin(24)
    label.show()
    for _ in range(3):  # painted before the upgrade takes the thread
        QApplication.processEvents()
    return label


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
        text = shown.answer.plain_text().strip() if isinstance(shown, AssistantMessage) else ""
        if message.state != ReplyState.COMPLETE:
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
    language = ponder.language
    if "error" not in result and language.missing and language.language != i18n.SOURCE_LANGUAGE:
        result["error"] = f"the {language.language} interface lacks {', '.join(language.missing)}"
    if "error" in result:
        print(f"ponder self-test: FAILED: {result['error']}", file=sys.stderr)
        return 1
    print(f"ponder self-test: ok: {result['answer'][:80]!r} (window shown {shown_after:.2f} s and first "
          f"reply {result['reply_after']} s after the process started; interface: {language.language})")
    return 0
