"""The text side of one reply: tokens become reasoning and answer events, with counts."""

from __future__ import annotations

import time
from collections.abc import Callable

from . import protocol as P
from .protocol import Event
from .reasoning import REASONING, ReasoningSplitter
from .streaming import IncrementalDetokenizer, StopMatcher

Emit = Callable[[P.EngineEvent], None]


class ReplyText:
    """Detokenizes, watches stop strings, splits reasoning from answer, emits deltas.

    Stop strings apply to what the model writes; forced text (a budget's
    closing sequence) goes straight to the splitter.
    """

    def __init__(self, piece: Callable[[int], bytes], stops: list[str],
                 splitter: ReasoningSplitter, emit: Emit):
        self._detok = IncrementalDetokenizer(piece)
        self._stops = StopMatcher(stops)
        self.splitter = splitter
        self._emit = emit
        self.reasoning_tokens = 0
        self.answer_tokens = 0
        self.forced_tokens = 0
        self._thinking_started: float | None = time.perf_counter() if splitter.in_reasoning else None
        self.thinking_s = 0.0

    @property
    def utf8_pending(self) -> bool:
        return self._detok.pending

    def token(self, token: int) -> tuple[bool, bool, str, bool]:
        """One sampled token: (reasoning before it, reasoning after it, its text, stop hit).

        A token counts as reasoning if the reasoning was open before or after it
        (the tags themselves included).
        """
        before = self.splitter.in_reasoning
        text = self._detok.push(token)
        shown, hit = self._stops.feed(text)
        self._send(self.splitter.feed(shown))
        after = self.splitter.in_reasoning
        if before or after:
            self.reasoning_tokens += 1
        else:
            self.answer_tokens += 1
        return before, after, text, hit

    def forced(self, text: str, n_tokens: int) -> None:
        self._send(self.splitter.feed(self._stops.flush() + text))
        self.forced_tokens += n_tokens

    def finish(self, stopped_by_string: bool) -> None:
        self._detok.flush()
        tail = "" if stopped_by_string else self._stops.flush()
        self._send(self.splitter.feed(tail) + self.splitter.finish())
        self._close_thinking()

    def _send(self, pieces: list[tuple[str, str]]) -> None:
        for kind, text in pieces:
            self._emit({"event": Event.REASONING if kind == REASONING else Event.ANSWER, "text": text})
        if self.splitter.in_reasoning and self._thinking_started is None:
            self._thinking_started = time.perf_counter()
        if self.splitter.reasoning_closed:
            self._close_thinking()

    def _close_thinking(self) -> None:
        if self._thinking_started is not None and not self.thinking_s:
            self.thinking_s = max(time.perf_counter() - self._thinking_started, 1e-6)
