"""One place where a message travels: store, engine, back to the view.

The user's message is committed before anything else; the reply is
checkpointed about once a second while it streams; when the engine crashes
the partial reply is kept, marked interrupted. When the store cannot write (a
full disk), a finished reply stays in memory and is saved by a later try; a
message that cannot be saved is not sent and goes back to the composer.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from engine import profiles
from engine import protocol as P
from engine import store as S
from engine.store import ChatStore, Conversation, Message, StoreError

from .engine_bridge import EngineBridge

CHECKPOINT_MS = 1000
KEPT = "The reply is kept in memory and will be saved as soon as that works again."
NOT_SENT = "Your message was not sent; it is back in the message box."


class ChatController(QObject):
    conversations_changed = Signal()
    conversation_opened = Signal(object, list)  # Conversation, [Message]
    message_added = Signal(object)  # Message (the user's, or a new reply)
    reasoning_received = Signal(str)
    answer_received = Signal(str)
    reply_finished = Signal(object)  # the stored reply Message
    busy_changed = Signal(bool)
    error = Signal(str)
    notice = Signal(str)
    send_failed = Signal(str)  # the user's text, not sent (it could not be saved)
    model_changed = Signal(dict)

    def __init__(self, store: ChatStore, bridge: EngineBridge, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.bridge = store, bridge
        self.conversation: Conversation | None = None
        self.reply: Message | None = None
        self._reasoning: list[str] = []
        self._answer: list[str] = []
        self._stats: dict[str, Any] = {}
        self.mode_sampling: dict[bool, dict[str, Any]] = {True: {}, False: {}}  # from settings
        self.sampling_overrides: dict[str, Any] = {}  # applied last (scripts, tests)
        self.wrap_up: str | None = None
        self._waiting_for_model: int | None = None  # a chat whose message waits for the model to load
        self._unsaved: dict[int, Message] = {}  # finished replies the store has not taken yet
        self.store_problem = ""  # the last failure to write, "" once writing works again
        self._told = ""  # the store failure last told, so a repeated one is told once
        self._checkpoint = QTimer(self)  # checkpoints a live reply, retries unsaved ones
        self._checkpoint.setInterval(CHECKPOINT_MS)
        self._checkpoint.timeout.connect(self._on_checkpoint_timeout)
        bridge.reasoning_received.connect(self._on_reasoning)
        bridge.answer_received.connect(self._on_answer)
        bridge.stats_received.connect(self._on_stats)
        bridge.reply_finished.connect(self._on_finished)
        bridge.reply_failed.connect(self._on_failed)
        bridge.notice_received.connect(self.notice)
        bridge.loaded.connect(self.model_changed)
        bridge.loaded.connect(self._on_model_ready)
        bridge.load_failed.connect(self._on_model_failed)

    # -- model ---------------------------------------------------------------
    @property
    def profile(self) -> profiles.Profile:
        family = (self.bridge.model or {}).get("family", "plain")
        return profiles.by_family(family)

    def load_model(self, options: P.LoadOptions) -> None:
        """Load a model; a reply still running ends now (cancelled, its text kept), since the engine
        it came from is replaced and its last events are never delivered."""
        if self.reply is not None:
            self.bridge.stop()
            self._end_reply(S.CANCELLED, {**self._stats, "finish_reason": P.FINISH_CANCELLED,
                                          "note": "the model was changed"})
        self.bridge.load(options)

    # -- conversations -------------------------------------------------------
    def new_conversation(self) -> Conversation | None:
        return self._new_conversation("No new chat was started.")

    def _new_conversation(self, consequence: str) -> Conversation | None:
        try:
            conv = self.store.create_conversation()
        except StoreError as exc:
            self._store_failed(exc, consequence, always=True)
            return None
        self.conversations_changed.emit()
        self.open_conversation(conv.id)
        return conv

    def open_conversation(self, conversation_id: int) -> None:
        if self.busy:
            self.stop()
        try:
            conversation = self.store.conversation(conversation_id)
            messages = self._with_unsaved(self.store.messages(conversation_id))
        except StoreError as exc:
            self._store_failed(exc, "The chat could not be opened.", always=True)
            return
        self.conversation = conversation
        self.conversation_opened.emit(conversation, messages)

    def update_conversation(self, **values: Any) -> None:
        if self.conversation is None:
            return
        try:
            self.conversation = self.store.update_conversation(self.conversation.id, **values)
        except StoreError as exc:
            self._store_failed(exc, "The change to this chat was not saved.")

    def delete_conversation(self, conversation_id: int) -> None:
        try:
            self.store.delete_conversation(conversation_id)
        except StoreError as exc:
            self._store_failed(exc, "The chat was not deleted.", always=True)
            return
        if self.conversation is not None and self.conversation.id == conversation_id:
            self.conversation = None
        self.conversations_changed.emit()

    def undo_delete(self, conversation_id: int) -> None:
        try:
            self.store.undo_delete(conversation_id)
        except StoreError as exc:
            self._store_failed(exc, "The chat was not brought back.", always=True)
            return
        self.conversations_changed.emit()

    # -- replies -------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.reply is not None

    def send(self, text: str) -> None:
        if not text.strip():
            return
        if self.busy:
            self.error.emit("Wait for the current reply to finish, or stop it first.")
            self.send_failed.emit(text)
            return
        self.save_unsaved()  # earlier replies first, so the stored history stays in order
        if self.conversation is None and self._new_conversation(NOT_SENT) is None:
            self.send_failed.emit(text)
            return
        assert self.conversation is not None
        try:
            user = self.store.add_message(self.conversation.id, "user", text)  # committed first
        except StoreError as exc:
            self._store_failed(exc, NOT_SENT, always=True)
            self.send_failed.emit(text)
            return
        self._store_works()
        if user.position == 0:
            self.update_conversation(title=_title_from(text))
            self.conversations_changed.emit()
        self.message_added.emit(user)
        self._start_reply()

    def regenerate(self) -> None:
        """Replace the last reply with a new one."""
        if self.busy or self.conversation is None:
            return
        try:
            msgs = self.store.messages(self.conversation.id)
            last_user = next((m for m in reversed(msgs) if m.role == "user"), None)
            if last_user is None:
                return
            self.store.truncate_after(last_user.id)
        except StoreError as exc:
            self._store_failed(exc, "Nothing was regenerated.", always=True)
            return
        self.open_conversation(self.conversation.id)
        self._start_reply()

    def edit_and_resend(self, message_id: int, text: str) -> None:
        """Change a user message and answer it again; later turns are replaced."""
        if self.busy or self.conversation is None or not text.strip():
            return
        try:
            self.store.edit_message(message_id, text)
            self.store.truncate_after(message_id)
        except StoreError as exc:
            self._store_failed(exc, "The edited message was not saved or sent.", always=True)
            return
        self.open_conversation(self.conversation.id)
        self._start_reply()

    def delete_message(self, message_id: int) -> None:
        if self.busy or self.conversation is None:
            return
        try:
            self.store.delete_message(message_id)
        except StoreError as exc:
            self._store_failed(exc, "The message was not deleted.", always=True)
            return
        self.open_conversation(self.conversation.id)

    def stop(self) -> None:
        if self.busy:
            self.bridge.stop()

    def answer_now(self) -> None:
        if self.busy:
            self.bridge.answer_now()

    def _start_reply(self) -> None:
        conv = self.conversation
        assert conv is not None
        if self.bridge.model is None:
            if self.bridge.busy:  # loading: answer once it is ready
                self._waiting_for_model = conv.id
                self.notice.emit("The model is still loading; your message will be answered when it is ready.")
                return
            self.error.emit("No model is loaded yet. Choose a model in the toolbar.")
            return
        self._waiting_for_model = None
        profile = self.profile
        on = profile.wants_reasoning(conv.reasoning) and conv.budget != 0
        sampling = P.Sampling()
        chosen = {**profile.sampling(on), **self.mode_sampling.get(on, {}), **self.sampling_overrides}
        for key, value in chosen.items():
            setattr(sampling, key, value)
        try:
            history = self._history(conv)
            self.reply = self.store.add_message(
                conv.id, "assistant", state=S.STREAMING, model=str(self.bridge.model.get("model", "")),
                budget=conv.budget)
        except StoreError as exc:
            self._store_failed(exc, "The reply was not started; Regenerate asks again.", always=True)
            return
        self._reasoning, self._answer, self._stats = [], [], {}
        self.message_added.emit(self.reply)
        self.busy_changed.emit(True)
        self._checkpoint.start()
        self.bridge.generate(P.GenerateRequest(
            history, sampling, reasoning=conv.reasoning, budget=conv.budget, wrap_up=self.wrap_up))

    def _on_model_ready(self, _model: dict[str, Any]) -> None:
        """A message sent while the model was loading is answered now (if its chat is still open)."""
        waiting, self._waiting_for_model = self._waiting_for_model, None
        if waiting is not None and self.reply is None and self.conversation is not None \
                and self.conversation.id == waiting:
            self._start_reply()

    def _on_model_failed(self, _message: str) -> None:
        if self._waiting_for_model is not None:
            self._waiting_for_model = None
            self.error.emit("The model could not be loaded, so your message was not answered; choose a "
                            "model and press Regenerate.")

    def _history(self, conv: Conversation) -> list[dict[str, Any]]:
        history: list[dict[str, Any]] = []
        if conv.system_prompt.strip():
            history.append({"role": "system", "content": conv.system_prompt})
        for m in self._with_unsaved(self.store.messages(conv.id)):
            if m.role == "assistant" and not m.content.strip():
                continue  # a reply that produced nothing is not part of the conversation
            history.append({"role": m.role, "content": m.content})
        return history

    def _on_reasoning(self, text: str) -> None:
        if self.reply is not None:
            self._reasoning.append(text)
            self.reasoning_received.emit(text)

    def _on_answer(self, text: str) -> None:
        if self.reply is not None:
            self._answer.append(text)
            self.answer_received.emit(text)

    def _on_stats(self, stats: dict[str, Any]) -> None:
        self._stats = stats

    def _on_checkpoint_timeout(self) -> None:
        if not self.save_unsaved():
            return
        if self.reply is None:
            self._checkpoint.stop()
            return
        try:
            self.store.save_reply(self.reply.id, "".join(self._answer), "".join(self._reasoning),
                                  S.STREAMING, self._stats)
        except StoreError as exc:
            self._store_failed(exc, KEPT)
            return
        self._store_works()

    def _on_finished(self, finish_reason: str) -> None:
        state = S.CANCELLED if finish_reason == P.FINISH_CANCELLED else S.COMPLETE
        self._end_reply(state, {**self._stats, "finish_reason": finish_reason})

    def _on_failed(self, message: str) -> None:
        if self.reply is None:
            self.error.emit(message)
            return
        self._end_reply(S.INTERRUPTED, {**self._stats, "error": message})
        self.error.emit(message)

    def _end_reply(self, state: str, stats: dict[str, Any]) -> None:
        reply, self.reply = self.reply, None
        if reply is None:
            return
        final = dataclasses.replace(reply, content="".join(self._answer), reasoning="".join(self._reasoning),
                                    state=state, stats=stats, updated=time.time())
        self._unsaved[final.id] = final  # until the store has it
        if self.save_unsaved():
            self._checkpoint.stop()
        else:
            self._checkpoint.start()  # retried about once a second
        self.busy_changed.emit(False)
        self.reply_finished.emit(final)
        self.conversations_changed.emit()

    def finish(self) -> bool:
        """Before quitting: end a live reply (kept, marked interrupted) and save what memory holds.

        True when everything is stored.
        """
        if self.reply is not None:
            self._end_reply(S.INTERRUPTED, {**self._stats, "error": "Ponder was closed during the reply."})
        return self.save_unsaved()

    @property
    def unsaved(self) -> list[Message]:
        """Finished replies the store could not take yet (a full disk); kept here until it can."""
        return list(self._unsaved.values())

    def save_unsaved(self) -> bool:
        """Store the finished replies kept in memory; True when none is left."""
        while self._unsaved:
            m = next(iter(self._unsaved.values()))
            try:
                self.store.save_reply(m.id, m.content, m.reasoning, m.state, m.stats)
            except StoreError as exc:
                self._store_failed(exc, KEPT)
                return False
            del self._unsaved[m.id]
            self._store_works()
        return True

    def _with_unsaved(self, messages: list[Message]) -> list[Message]:
        return [self._unsaved.get(m.id, m) for m in messages]

    def _store_failed(self, exc: StoreError, consequence: str, always: bool = False) -> None:
        """Tell the user; a failure that repeats (each checkpoint of a full disk) is told once."""
        self.store_problem = str(exc)
        text = f"{exc} {consequence}"
        if always or text != self._told:
            self.error.emit(text)
        self._told = text

    def _store_works(self) -> None:
        if self.store_problem:
            self.store_problem = self._told = ""
            self.notice.emit("Chats are being saved again.")


def _title_from(text: str) -> str:
    line = " ".join(text.split())
    return line[:60] + ("…" if len(line) > 60 else "") or "New chat"
