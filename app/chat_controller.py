"""One place where a message travels: store, engine, back to the view.

The user's message is committed before anything else; the reply's life is a
Reply (app/reply.py) that ends exactly once whatever happens to the engine; the
reply is checkpointed about once a second while it streams, by the store writer
(off the GUI thread); when the engine crashes the partial reply is kept, marked
interrupted. When the store cannot write (a full disk), a finished reply stays
in memory and is saved by a later try; a message that cannot be saved is not
sent and goes back to the composer. A new chat is a draft until its first
message: nothing is stored for it before.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from engine import profiles
from engine import protocol as P
from engine.messages import message_of
from engine.protocol import FinishReason, ReplyState
from engine.store import (
    CONVERSATION_FIELDS,
    UNWRITABLE,
    ChatStore,
    Conversation,
    Message,
    StoreError,
)
from ui import l10n

from .engine_bridge import EngineBridge
from .reply import Phase, Reply
from .store_writer import Save, StoreWriter

CHECKPOINT_MS = 1000
PAGE = 40  # messages shown when a chat opens; older ones are fetched as the view scrolls up
PURGE_AFTER_S = 24 * 3600  # deleted chats and messages can be undone for a day, then are purged
DRAFT_ID = 0  # the id of a new chat not stored yet (stored ones count from 1)
# What follows a store failure, said after it (translated where shown, in the ChatController context).
KEPT = str(QT_TRANSLATE_NOOP("ChatController",
                             "The reply is kept in memory and will be saved as soon as that works again."))
NOT_SENT = str(QT_TRANSLATE_NOOP("ChatController", "Your message was not sent; it is back in the message box."))


class ChatController(QObject):
    conversations_changed = Signal()
    conversation_opened = Signal(object, list, int)  # Conversation (a draft: id DRAFT_ID), newest PAGE
    #                                                  messages (oldest first), how many it has in all
    message_added = Signal(object)  # Message (the user's, or a new reply)
    message_replaced = Signal(object)  # Message: show it instead of the one at its position (another
    #                                    version; a regenerated reply then streams into it)
    message_deleted = Signal(object)  # the Message to take out of the view (undo_delete_message brings
    #                                   it back: the chat is shown again)
    reasoning_received = Signal(str)
    answer_received = Signal(str)
    reply_finished = Signal(object)  # the final reply Message: once for each reply that streamed
    reply_ended = Signal(object)  # the Reply, once for each, whatever its outcome (also one never streamed)
    busy_changed = Signal(bool)  # a reply is live (waiting for the model, or streaming) / none is
    error = Signal(str)
    heavy_received = Signal(dict, int)  # heavy mode's event for the live reply, and its number of candidates
    notice = Signal(str)
    send_failed = Signal(str)  # the user's text, not sent (it could not be saved)

    def __init__(self, store: ChatStore, bridge: EngineBridge, parent: QObject | None = None,
                 writer: StoreWriter | None = None):
        super().__init__(parent)
        self.store, self.bridge = store, bridge
        self.writer = writer or StoreWriter(store, self)
        self.conversation: Conversation | None = None
        self.reply: Reply | None = None  # the live reply (busy)
        self._in_engine: Reply | None = None  # the reply the engine is writing (it may have ended here)
        self.mode_sampling: dict[bool, dict[str, Any]] = {True: {}, False: {}}  # from settings
        self.sampling_overrides: dict[str, Any] = {}  # applied last (scripts, tests)
        self.wrap_up: str | None = None
        self.heavy = 0  # heavy mode: candidates per reply (0: off)
        self.task = ""  # the family's task preset (math, code, science) or none
        self.answer_defaults: tuple[str, bool] = ("", False)  # a new chat's "Answer in" (the last chosen)
        self._unsaved: dict[int, Message] = {}  # finished replies the store has not taken yet
        self._saving: set[int] = set()  # of those, the ones whose save is queued
        self.store_problem = ""  # the last failure to write (as the user reads it), "" once writing works again
        self._told = ""  # the store failure last told, so a repeated one is told once
        self._checkpoint = QTimer(self)  # checkpoints a live reply, retries unsaved ones
        self._checkpoint.setInterval(CHECKPOINT_MS)
        self._checkpoint.timeout.connect(self._on_checkpoint_timeout)
        self.writer.saved.connect(self._on_saved)
        self.writer.failed.connect(self._on_save_failed)
        bridge.reasoning_received.connect(self._on_reasoning)
        bridge.answer_received.connect(self._on_answer)
        bridge.heavy_received.connect(self._on_heavy)
        bridge.stats_received.connect(self._on_stats)
        bridge.reply_finished.connect(self._on_finished)
        bridge.reply_failed.connect(self._on_failed)
        bridge.engine_crashed.connect(self._on_crashed)
        bridge.notice_received.connect(self._on_notice)
        bridge.loaded.connect(self._on_model_ready)
        bridge.load_failed.connect(self._on_model_failed)
        self._unanswered = False  # a waiting message ended unanswered; see take_unanswered
        self._reply_notice = ""  # the engine's last notice during the live reply (why it broke off)
        self.writer.purge_deleted(PURGE_AFTER_S)

    # -- model ---------------------------------------------------------------
    @property
    def profile(self) -> profiles.Profile:
        return profiles.by_family(self.bridge.model["family"] if self.bridge.model else "plain")

    def load_model(self, options: P.LoadOptions) -> None:
        """Load a model. The engine it replaces takes its events with it: a reply streaming now ends
        (cancelled, its text kept); one waiting for a model is answered by the new one."""
        if self.reply is not None and self.reply.streaming:
            self.bridge.stop()
            self._end(ReplyState.CANCELLED, finish_reason=FinishReason.CANCELLED, note="the model was changed")
        self._in_engine = None
        self.bridge.load(options)

    # -- conversations -------------------------------------------------------
    @property
    def draft(self) -> bool:
        """The open chat is new: it is stored with its first message."""
        return self.conversation is not None and self.conversation.id == DRAFT_ID

    def new_conversation(self) -> Conversation:
        """Open a blank new chat; nothing is stored until its first message is sent."""
        self._leave_reply("a new chat was opened")
        language, english = self.answer_defaults
        self.conversation = dataclasses.replace(_draft(time.time()), answer_language=language,
                                                reason_in_english=english)
        self.conversation_opened.emit(self.conversation, [], 0)
        return self.conversation

    def open_conversation(self, conversation_id: int) -> None:
        if self.reply is not None and self.reply.conversation_id != conversation_id:
            self._leave_reply("another chat was opened")
        try:
            conversation = self.store.conversation(conversation_id)
            total = self.store.message_count(conversation_id)
            tail = self._with_unsaved(self.store.messages_page(conversation_id, None, PAGE))
        except StoreError as exc:
            self._store_failed(exc, self.tr("The chat could not be opened."), always=True)
            return
        self.conversation = conversation
        self.conversation_opened.emit(conversation, tail, total)

    def older_messages(self, before_position: int, limit: int = PAGE) -> list[Message]:
        """The open chat's shown messages before that position, oldest first (for the view's scrolling)."""
        if self.conversation is None or self.draft:
            return []
        try:
            return self._with_unsaved(self.store.messages_page(self.conversation.id, before_position, limit))
        except StoreError as exc:
            self._store_failed(exc, self.tr("Older messages could not be read."))
            return []

    def messages(self) -> list[Message]:
        """The open chat's every message as shown, replies not stored yet included (for export)."""
        if self.conversation is None or self.draft:
            return []
        return self._with_unsaved(self.store.messages(self.conversation.id))

    def update_conversation(self, **values: Any) -> None:
        """Change the open chat's settings (a draft keeps them until it is stored)."""
        if self.conversation is None:
            return
        if self.draft:
            unknown = set(values) - CONVERSATION_FIELDS
            if unknown:
                raise ValueError(f"unknown conversation fields: {', '.join(sorted(unknown))}")
            self.conversation = dataclasses.replace(self.conversation, **values)
            return
        try:
            self.conversation = self.store.update_conversation(self.conversation.id, **values)
        except StoreError as exc:
            self._store_failed(exc, self.tr("The change to this chat was not saved."))

    def delete_conversation(self, conversation_id: int) -> None:
        if self.reply is not None and self.reply.conversation_id == conversation_id:
            self._leave_reply("the chat was deleted")
        try:
            self.store.delete_conversation(conversation_id)
        except StoreError as exc:
            self._store_failed(exc, self.tr("The chat was not deleted."), always=True)
            return
        if self.conversation is not None and self.conversation.id == conversation_id:
            self.conversation = None
        self.conversations_changed.emit()

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        """A chat's new title (a draft's is kept until it is stored)."""
        if self.draft and self.conversation is not None and self.conversation.id == conversation_id:
            self.update_conversation(title=title)
            return
        try:
            renamed = self.store.update_conversation(conversation_id, title=title)
        except StoreError as exc:
            self._store_failed(exc, self.tr("The chat was not renamed."), always=True)
            self.conversations_changed.emit()  # the list shows the title the store still has
            return
        if self.conversation is not None and self.conversation.id == conversation_id:
            self.conversation = renamed
        self.conversations_changed.emit()

    def undo_delete(self, conversation_id: int) -> None:
        try:
            self.store.undo_delete(conversation_id)
        except StoreError as exc:
            self._store_failed(exc, self.tr("The chat was not brought back."), always=True)
            return
        self.conversations_changed.emit()

    # -- messages --------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.reply is not None

    def send(self, text: str) -> None:
        """Store the user's message (committed before anything else: it must be durable before the
        model is asked) and ask for a reply. A draft is stored now, with its settings."""
        if not text.strip():
            return
        if self.busy:
            self.error.emit(self.tr("Wait for the current reply to finish, or stop it first."))
            self.send_failed.emit(text)
            return
        self._save_unsaved_later()
        conv = self.conversation
        try:
            if conv is None or conv.id == DRAFT_ID:
                draft = conv or _draft(0.0)
                conv, user = self.store.start_conversation(
                    text, _title_from(text), draft.system_prompt, draft.reasoning, draft.budget, draft.model,
                    draft.answer_language, draft.reason_in_english)
            else:
                user = self.store.add_message(conv.id, "user", text)
                if user.position == 0:
                    conv = self.store.update_conversation(conv.id, title=_title_from(text))
        except StoreError as exc:
            self._store_failed(exc, QCoreApplication.translate("ChatController", NOT_SENT), always=True)
            self.send_failed.emit(text)
            return
        self._store_works()
        changed = user.position == 0
        self.conversation = conv
        if changed:
            self.conversations_changed.emit()
        self.message_added.emit(user)
        self._begin(None)

    def regenerate(self) -> None:
        """Answer the last message again; the reply it replaces stays as an earlier version (‹ 1/2 ›)."""
        if self.busy or self.conversation is None or self.draft:
            return
        try:
            last = self._with_unsaved(self.store.messages_page(self.conversation.id, None, 1))
        except StoreError as exc:
            self._store_failed(exc, self.tr("Nothing was regenerated."), always=True)
            return
        if not last or last[-1].role not in ("user", "assistant"):
            return
        self._begin(last[-1] if last[-1].role == "assistant" else None)

    def show_version(self, message_id: int, index: int) -> None:
        """Show another version of a reply (0-based); the history sent later uses the one shown."""
        if self.busy:
            return
        try:
            shown = self.store.show_version(message_id, index)
        except StoreError as exc:
            self._store_failed(exc, self.tr("The other version could not be shown."), always=True)
            return
        self.message_replaced.emit(self._unsaved.get(shown.id, shown))

    def edit_and_resend(self, message_id: int, text: str) -> None:
        """Change a user message and answer it again. Later turns are replaced: deleted for good,
        every version of them (they answered the text as it was)."""
        if self.busy or self.conversation is None or self.draft or not text.strip():
            return
        try:
            self.store.edit_message(message_id, text)
            self.store.truncate_after(message_id)
        except StoreError as exc:
            self._store_failed(exc, self.tr("The edited message was not saved or sent."), always=True)
            return
        self.open_conversation(self.conversation.id)
        self._begin(None)

    def delete_message(self, message_id: int) -> None:
        """Remove a message (with its versions); `undo_delete_message` brings it back."""
        if self.busy or self.conversation is None or self.draft:
            return
        try:
            message = self.store.message(message_id)
            self.store.delete_message(message_id)
        except KeyError:
            return  # deleted already
        except StoreError as exc:
            self._store_failed(exc, self.tr("The message was not deleted."), always=True)
            return
        self.message_deleted.emit(message)

    def undo_delete_message(self, message_id: int) -> None:
        """Bring a deleted message back; its chat, if open, is shown again (with it in its place)."""
        try:
            message = self.store.undo_delete_message(message_id)
        except StoreError as exc:
            self._store_failed(exc, self.tr("The message was not brought back."), always=True)
            return
        except KeyError:
            self.notice.emit(self.tr("That message can no longer be brought back."))
            return
        if self.conversation is not None and self.conversation.id == message.conversation_id:
            self.open_conversation(message.conversation_id)

    # -- the reply's life --------------------------------------------------------
    def stop(self) -> None:
        """Stop the live reply: one streaming ends when the engine has stopped (cancelled), one waiting
        for the model ends now."""
        if self.reply is None:
            return
        if self.reply.streaming:
            self.bridge.stop()
        else:
            self._end(ReplyState.CANCELLED)

    def answer_now(self) -> None:
        if self.reply is not None and self.reply.streaming:
            self.bridge.answer_now()

    def _leave_reply(self, why: str) -> None:
        """The user turns to another chat: the live reply ends now (cancelled, its text kept)."""
        if self.reply is None:
            return
        if self.reply.streaming:
            self.bridge.stop()  # its late events are dropped: see _owns_events
            self._end(ReplyState.CANCELLED, finish_reason=FinishReason.CANCELLED, note=why)
        else:
            self._end(ReplyState.CANCELLED)

    def _begin(self, replaces: Message | None) -> None:
        conv = self.conversation
        assert conv is not None and conv.id != DRAFT_ID
        if self.bridge.model is None and not self.bridge.busy:
            self.error.emit(self.tr("No model is loaded yet. Choose a model in the toolbar."))
            return
        self.reply = Reply(conv.id, replaces)
        self.busy_changed.emit(True)
        if self.bridge.model is None:
            self.notice.emit(self.tr("The model is still loading; your message will be answered when it is ready."))
        elif self._in_engine is None:
            self._stream()
        # else: the engine is still ending a reply left behind; its end starts this one

    def _stream(self) -> None:
        """WAITING_FOR_MODEL -> STREAMING: store the reply (a new version of the one it replaces) and ask."""
        reply, conv = self.reply, self.conversation
        assert reply is not None and reply.phase is Phase.WAITING_FOR_MODEL and self.bridge.model is not None
        assert conv is not None and conv.id == reply.conversation_id
        profile = self.profile
        on = profile.reasoning_on(conv.reasoning, conv.budget)
        sampling = P.Sampling()
        chosen = {**profile.sampling(on), **self.mode_sampling.get(on, {}), **self.sampling_overrides}
        for key, value in chosen.items():
            setattr(sampling, key, value)
        model = P.model_label(self.bridge.model)
        self._reply_notice = ""
        try:
            if reply.replaces is not None:
                history = self._history(conv, reply.replaces.position)
                message = self.store.add_version(reply.replaces.id, model=model, budget=conv.budget)
            else:
                history = self._history(conv, None)
                message = self.store.add_message(conv.id, "assistant", state=ReplyState.STREAMING,
                                                 model=model, budget=conv.budget)
        except StoreError as exc:
            self._end(ReplyState.FAILED, error=_said(exc))
            self._store_failed(exc, self.tr("The reply was not started; Regenerate asks again."), always=True)
            return
        reply.stream(message)
        self._in_engine = reply
        (self.message_replaced if reply.replaces is not None else self.message_added).emit(message)
        self._checkpoint.start()
        heavy = self.heavy if profile.can_reason and self.bridge.model.get("offload") != "remote" else 0
        task = self.task if self.task in profile.presets else ""
        reply.heavy = heavy
        self.bridge.generate(P.GenerateRequest(
            history, sampling, reasoning=conv.reasoning, budget=conv.budget, wrap_up=self.wrap_up,
            heavy=heavy, task=task, answer_language=conv.answer_language, reason_in_english=conv.reason_in_english))

    def _end(self, outcome: ReplyState, **stats: Any) -> None:
        """The live reply ends (once): stored by the writer, told to the view, the composer freed."""
        reply, self.reply = self.reply, None
        if reply is None:
            return
        final = reply.end(outcome, **stats)
        if final is not None:
            self._unsaved[final.id] = final  # until the store has it
            self._save_unsaved_later()
        self.busy_changed.emit(False)
        if final is not None:
            self.reply_finished.emit(final)
            self.conversations_changed.emit()
        self.reply_ended.emit(reply)

    def _owns_events(self) -> Reply | None:
        """The live reply, when the engine's events are its own. They are while it streams: a reply
        left behind (another chat opened) has ended, and the next one waits, not streaming, until
        the engine has ended that one too; a replaced engine's events never arrive."""
        reply = self.reply
        return reply if reply is not None and reply.streaming else None

    def _engine_ended(self) -> None:
        """The engine ended what it was writing; a reply waiting for it starts now."""
        self._in_engine = None
        if self.reply is not None and self.reply.phase is Phase.WAITING_FOR_MODEL \
                and self.bridge.model is not None:
            self._stream()

    def _on_model_ready(self, _model: dict[str, Any]) -> None:
        """A message sent while the model was loading is answered now."""
        self._in_engine = None
        if self.reply is not None and self.reply.phase is Phase.WAITING_FOR_MODEL:
            self._stream()

    def _on_model_failed(self, message: str) -> None:
        """The model did not load: a message waiting for it is not answered (the app tells it once,
        with why the model did not load: see take_unanswered)."""
        self.engine_unavailable(message)

    def engine_unavailable(self, message: str) -> None:
        """No engine will come (the load failed, or the app stopped restarting a dying one): a reply
        waiting for it ends now, failed, so the chat is never left busy."""
        if self.reply is not None and self.reply.phase is Phase.WAITING_FOR_MODEL:
            self._end(ReplyState.FAILED, error=message)
            self._unanswered = True

    def take_unanswered(self) -> bool:
        """Whether a message was left unanswered since the last call (for the app's one message)."""
        unanswered, self._unanswered = self._unanswered, False
        return unanswered

    def _history(self, conv: Conversation, before_position: int | None) -> list[dict[str, Any]]:
        history: list[dict[str, Any]] = []
        if conv.system_prompt.strip():
            history.append({"role": "system", "content": conv.system_prompt})
        for m in self._with_unsaved(self.store.messages(conv.id)):
            if before_position is not None and m.position >= before_position:
                break
            if m.role == "assistant" and not m.content.strip():
                continue  # a reply that produced nothing is not part of the conversation
            history.append({"role": m.role, "content": m.content})
        return history

    def _on_reasoning(self, text: str) -> None:
        if (reply := self._owns_events()) is not None:
            reply.add_reasoning(text)
            self.reasoning_received.emit(text)

    def _on_answer(self, text: str) -> None:
        if (reply := self._owns_events()) is not None:
            reply.add_answer(text)
            self.answer_received.emit(text)

    def _on_heavy(self, event: dict[str, Any]) -> None:
        if (reply := self._owns_events()) is not None:
            self.heavy_received.emit(event, reply.heavy)

    def _on_stats(self, stats: dict[str, Any]) -> None:
        if (reply := self._owns_events()) is not None:
            reply.set_stats(stats)

    def _on_finished(self, finish_reason: str) -> None:
        owned = self._owns_events()
        if owned is not None:
            if finish_reason == FinishReason.INTERRUPTED:  # a server's stream broke off: what came is kept
                self._end(ReplyState.INTERRUPTED, finish_reason=finish_reason,
                          error=self._reply_notice or self.tr("the server's stream broke off"))
            else:
                cancelled = finish_reason == FinishReason.CANCELLED
                self._end(ReplyState.CANCELLED if cancelled else ReplyState.COMPLETE,
                          finish_reason=finish_reason)
        self._engine_ended()

    def _on_notice(self, message: str) -> None:
        if self._owns_events() is not None:
            self._reply_notice = message
        self.notice.emit(message)

    def _on_failed(self, message: str) -> None:
        """The engine refused or failed the reply (it is still running): the reply ends failed, and
        its card says why; an error outside any reply is told as an error."""
        owned = self._owns_events()
        if owned is not None:
            self._end(ReplyState.FAILED, error=message)
        else:
            self.error.emit(message)
        self._engine_ended()

    def _on_crashed(self, message: str) -> None:
        """The engine died: whatever it was writing has ended (the bridge may not have said so)."""
        if self._owns_events() is not None:
            self._end(ReplyState.INTERRUPTED, error=message)
        self._in_engine = None

    def finish(self) -> bool:
        """Before quitting: end a live reply (kept, marked interrupted) and save what memory holds.

        True when everything is stored.
        """
        if self.reply is not None:
            if self.reply.streaming:
                self._end(ReplyState.INTERRUPTED, error=self.tr("Ponder was closed during the reply."))
            else:
                self._end(ReplyState.CANCELLED)
        return self.save_unsaved()

    def close(self) -> None:
        """After `finish`: the writer's thread and connection end."""
        self._checkpoint.stop()
        self.writer.close()

    # -- saving ------------------------------------------------------------------
    @property
    def unsaved(self) -> list[Message]:
        """Finished replies the store could not take yet (a full disk); kept here until it can.

        Reads the writer's news first, so a reply it has just saved is not listed.
        """
        self.writer.deliver()
        return list(self._unsaved.values())

    def save_unsaved(self) -> bool:
        """Store the finished replies kept in memory, waiting for the writer; True when none is left."""
        self._save_unsaved_later()
        if not self.writer.flush() and self._unsaved:
            self._store_failed(StoreError(UNWRITABLE, self.tr("The chat database did not finish saving in time.")),
                               QCoreApplication.translate("ChatController", KEPT))
        return not self._unsaved

    def _save_unsaved_later(self) -> None:
        """Queue a save of each finished reply in memory that is not queued yet."""
        for m in list(self._unsaved.values()):
            if m.id not in self._saving:
                self._saving.add(m.id)
                self.writer.save(Save(m.id, m.content, m.reasoning, m.state, m.stats))
        if self._unsaved or self.reply is not None:
            self._checkpoint.start()

    def _on_checkpoint_timeout(self) -> None:
        """Once a second: the streaming reply's text so far, and another try for replies kept in memory."""
        self._save_unsaved_later()
        reply = self._owns_events()
        if reply is not None and reply.message is not None:
            self.writer.checkpoint(reply.message.id, reply.answer, reply.reasoning, reply.stats)
        elif not self._unsaved:
            self._checkpoint.stop()

    def _on_saved(self, save: Save) -> None:
        if save.final:
            self._saving.discard(save.message_id)
            self._unsaved.pop(save.message_id, None)
        self._store_works()

    def _on_save_failed(self, save: Save, exc: StoreError) -> None:
        if save.final:
            self._saving.discard(save.message_id)  # tried again by the next checkpoint tick
        self._store_failed(exc, QCoreApplication.translate("ChatController", KEPT))

    def _with_unsaved(self, messages: list[Message]) -> list[Message]:
        """What the store read, with what only memory has: finished replies not stored yet, and the
        streaming reply's text so far."""
        memory = dict(self._unsaved)
        reply = self.reply
        if reply is not None and reply.streaming and reply.message is not None:
            memory[reply.message.id] = dataclasses.replace(reply.message, content=reply.answer,
                                                           reasoning=reply.reasoning)
        return [memory.get(m.id, m) for m in messages]

    def _store_failed(self, exc: StoreError, consequence: str, always: bool = False) -> None:
        """Tell the user; a failure that repeats (each checkpoint of a full disk) is told once."""
        self.store_problem = _said(exc)
        text = self.tr("{problem} {consequence}", "what went wrong, then what it means").format(
            problem=self.store_problem, consequence=consequence)
        if always or text != self._told:
            self.error.emit(text)
        self._told = text

    def _store_works(self) -> None:
        if self.store_problem:
            self.store_problem = self._told = ""
            self.notice.emit(self.tr("Chats are being saved again."))


def _draft(created: float) -> Conversation:
    """A new chat not stored yet (its id is DRAFT_ID until its first message stores it)."""
    return Conversation(DRAFT_ID, _untitled(), created, created)


def _untitled() -> str:
    return QCoreApplication.translate("ChatController", "New chat", "the title of a chat that has none yet")


def _title_from(text: str) -> str:
    line = " ".join(text.split())
    return line[:60] + ("…" if len(line) > 60 else "") or _untitled()


def _said(exc: StoreError) -> str:
    """A store failure's message, in the interface's language."""
    return l10n.localized(message_of(exc))
