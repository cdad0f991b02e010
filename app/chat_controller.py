"""One place where a message travels: store, engine, back to the view.

The user's message is committed before anything else; the reply is
checkpointed about once a second while it streams; when the engine crashes
the partial reply is kept, marked interrupted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from engine import profiles
from engine import protocol as P
from engine import store as S
from engine.store import ChatStore, Conversation, Message

from .engine_bridge import EngineBridge

CHECKPOINT_MS = 1000


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
        self._checkpoint = QTimer(self)
        self._checkpoint.setInterval(CHECKPOINT_MS)
        self._checkpoint.timeout.connect(self._save_checkpoint)
        bridge.reasoning_received.connect(self._on_reasoning)
        bridge.answer_received.connect(self._on_answer)
        bridge.stats_received.connect(self._on_stats)
        bridge.reply_finished.connect(self._on_finished)
        bridge.reply_failed.connect(self._on_failed)
        bridge.notice_received.connect(self.notice)
        bridge.loaded.connect(self.model_changed)

    # -- model ---------------------------------------------------------------
    @property
    def profile(self) -> profiles.Profile:
        family = (self.bridge.model or {}).get("family", "plain")
        return profiles.by_family(family)

    def load_model(self, options: P.LoadOptions) -> None:
        self.bridge.load(options)

    # -- conversations -------------------------------------------------------
    def new_conversation(self) -> Conversation:
        conv = self.store.create_conversation()
        self.conversations_changed.emit()
        self.open_conversation(conv.id)
        return conv

    def open_conversation(self, conversation_id: int) -> None:
        if self.busy:
            self.stop()
        self.conversation = self.store.conversation(conversation_id)
        self.conversation_opened.emit(self.conversation, self.store.messages(conversation_id))

    def update_conversation(self, **values: Any) -> None:
        if self.conversation is not None:
            self.conversation = self.store.update_conversation(self.conversation.id, **values)

    def delete_conversation(self, conversation_id: int) -> None:
        self.store.delete_conversation(conversation_id)
        if self.conversation is not None and self.conversation.id == conversation_id:
            self.conversation = None
        self.conversations_changed.emit()

    def undo_delete(self, conversation_id: int) -> None:
        self.store.undo_delete(conversation_id)
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
            return
        if self.conversation is None:
            self.new_conversation()
        assert self.conversation is not None
        user = self.store.add_message(self.conversation.id, "user", text)  # committed first
        if user.position == 0:
            self.update_conversation(title=_title_from(text))
            self.conversations_changed.emit()
        self.message_added.emit(user)
        self._start_reply()

    def regenerate(self) -> None:
        """Replace the last reply with a new one."""
        if self.busy or self.conversation is None:
            return
        msgs = self.store.messages(self.conversation.id)
        last_user = next((m for m in reversed(msgs) if m.role == "user"), None)
        if last_user is None:
            return
        self.store.truncate_after(last_user.id)
        self.open_conversation(self.conversation.id)
        self._start_reply()

    def edit_and_resend(self, message_id: int, text: str) -> None:
        """Change a user message and answer it again; later turns are replaced."""
        if self.busy or self.conversation is None or not text.strip():
            return
        self.store.edit_message(message_id, text)
        self.store.truncate_after(message_id)
        self.open_conversation(self.conversation.id)
        self._start_reply()

    def delete_message(self, message_id: int) -> None:
        if self.busy or self.conversation is None:
            return
        self.store.delete_message(message_id)
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
            self.error.emit("No model is loaded yet. Choose a model in the toolbar.")
            return
        history = self._history(conv)
        profile = self.profile
        on = profile.wants_reasoning(conv.reasoning) and conv.budget != 0
        sampling = P.Sampling()
        chosen = {**profile.sampling(on), **self.mode_sampling.get(on, {}), **self.sampling_overrides}
        for key, value in chosen.items():
            setattr(sampling, key, value)
        self.reply = self.store.add_message(
            conv.id, "assistant", state=S.STREAMING, model=str(self.bridge.model.get("model", "")),
            budget=conv.budget)
        self._reasoning, self._answer, self._stats = [], [], {}
        self.message_added.emit(self.reply)
        self.busy_changed.emit(True)
        self._checkpoint.start()
        self.bridge.generate(P.GenerateRequest(
            history, sampling, reasoning=conv.reasoning, budget=conv.budget, wrap_up=self.wrap_up))

    def _history(self, conv: Conversation) -> list[dict[str, Any]]:
        history: list[dict[str, Any]] = []
        if conv.system_prompt.strip():
            history.append({"role": "system", "content": conv.system_prompt})
        for m in self.store.messages(conv.id):
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

    def _save_checkpoint(self) -> None:
        if self.reply is not None:
            self.store.save_reply(self.reply.id, "".join(self._answer), "".join(self._reasoning),
                                  S.STREAMING, self._stats)

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
        self._checkpoint.stop()
        if reply is None:
            return
        self.store.save_reply(reply.id, "".join(self._answer), "".join(self._reasoning), state, stats)
        self.busy_changed.emit(False)
        self.reply_finished.emit(self.store.message(reply.id))
        self.conversations_changed.emit()


def _title_from(text: str) -> str:
    line = " ".join(text.split())
    return line[:60] + ("…" if len(line) > 60 else "") or "New chat"
