"""A reply's life: waiting for the model, streaming, ended (exactly once, with its outcome).

    WAITING_FOR_MODEL ──> STREAMING ──> ENDED (complete | cancelled | interrupted | failed)
            └─────────────────────────────^  (cancelled or failed: it never streamed)

The chat controller holds at most one live Reply. Each transition is checked:
text arrives only while the reply streams, and a reply ends once; a second end,
or any other step out of order, is a bug and raises ReplyError. (The engine's
events for a reply that has already ended are the controller's to drop.)
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from engine.protocol import ReplyState
from engine.store import Message


class Phase(Enum):
    WAITING_FOR_MODEL = "waiting for the model"  # sent while the model loads (or the engine ends a reply)
    STREAMING = "streaming"  # stored, and the engine is writing it
    ENDED = "ended"


_NEXT = {
    Phase.WAITING_FOR_MODEL: {Phase.STREAMING, Phase.ENDED},
    Phase.STREAMING: {Phase.ENDED},
    Phase.ENDED: set(),
}
# How a reply may end, by the phase it ends in: one that never streamed has nothing to be complete.
_OUTCOMES = {
    Phase.WAITING_FOR_MODEL: {ReplyState.CANCELLED, ReplyState.FAILED},
    Phase.STREAMING: {ReplyState.COMPLETE, ReplyState.CANCELLED, ReplyState.INTERRUPTED, ReplyState.FAILED},
}


class ReplyError(RuntimeError):
    """A reply was asked to do something its phase does not allow (a bug, never the world)."""


@dataclass(eq=False)
class Reply:
    """One answer to a conversation, from the moment it is asked for until it has ended."""

    conversation_id: int
    replaces: Message | None = None  # the reply this one becomes a new version of (regenerate)
    phase: Phase = Phase.WAITING_FOR_MODEL
    message: Message | None = None  # the stored reply, once it streams
    outcome: ReplyState | None = None  # once ended
    stats: dict[str, Any] = field(default_factory=dict)
    heavy: int = 0  # heavy mode: its number of candidates (0: one reply)
    _reasoning: list[str] = field(default_factory=list)
    _answer: list[str] = field(default_factory=list)

    @property
    def ended(self) -> bool:
        return self.phase is Phase.ENDED

    @property
    def streaming(self) -> bool:
        return self.phase is Phase.STREAMING

    @property
    def reasoning(self) -> str:
        return "".join(self._reasoning)

    @property
    def answer(self) -> str:
        return "".join(self._answer)

    def _move(self, phase: Phase) -> None:
        if phase not in _NEXT[self.phase]:
            raise ReplyError(f"a reply cannot go from {self.phase.value} to {phase.value}")
        self.phase = phase

    def stream(self, message: Message) -> None:
        """Stored as `message` and handed to the engine: its events are this reply's from now on."""
        self._move(Phase.STREAMING)
        self.message = message

    def add_reasoning(self, text: str) -> None:
        self._require_streaming()
        self._reasoning.append(text)

    def add_answer(self, text: str) -> None:
        self._require_streaming()
        self._answer.append(text)

    def set_stats(self, stats: dict[str, Any]) -> None:
        self._require_streaming()
        self.stats = dict(stats)

    def _require_streaming(self) -> None:
        if self.phase is not Phase.STREAMING:
            raise ReplyError(f"a reply that is {self.phase.value} takes no text")

    def end(self, outcome: ReplyState, **stats: Any) -> Message | None:
        """End it, once; returns the final message to store (None when it never streamed).

        `stats` are added to the engine's (a finish reason, an error, a note).
        """
        allowed = _OUTCOMES.get(self.phase, set())
        if outcome not in allowed:
            raise ReplyError(f"a reply that is {self.phase.value} cannot end {outcome.value}")
        self._move(Phase.ENDED)
        self.outcome = outcome
        self.stats = {**self.stats, **stats}
        if self.message is None:
            return None
        self.message = dataclasses.replace(self.message, content=self.answer, reasoning=self.reasoning,
                                           state=outcome, stats=self.stats, updated=time.time())
        return self.message
