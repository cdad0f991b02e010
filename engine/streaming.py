"""Turning generated tokens into text as they come: UTF-8-safe pieces and stop strings."""

from __future__ import annotations

import codecs
from collections.abc import Callable


class IncrementalDetokenizer:
    """Token ids in, text out, one token at a time, at constant cost per token.

    A token can end in the middle of a multi-byte character; those bytes wait
    for the next token instead of coming out as replacement characters.
    """

    def __init__(self, piece: Callable[[int], bytes]):
        self._piece = piece
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def push(self, token: int) -> str:
        return self._decoder.decode(self._piece(token))

    @property
    def pending(self) -> bool:
        """Bytes of a half-written character are waiting."""
        return bool(self._decoder.getstate()[0])

    def flush(self) -> str:
        """End of the reply: bytes of a character that never completed are dropped."""
        self._decoder.reset()
        return ""


class StopMatcher:
    """Holds back text that might be the start of a stop string.

    feed() returns (text safe to show, whether a stop string was hit). On a hit
    the text before the stop string is returned and the rest is dropped.
    """

    def __init__(self, stops: list[str]):
        self._stops = [s for s in stops if s]
        self._held = ""

    def feed(self, text: str) -> tuple[str, bool]:
        if not self._stops:
            return text, False
        buf = self._held + text
        hits = [i for i in (buf.find(s) for s in self._stops) if i >= 0]
        if hits:
            self._held = ""
            return buf[: min(hits)], True
        keep = self._partial_suffix(buf)
        self._held = buf[len(buf) - keep:] if keep else ""
        return buf[: len(buf) - keep], False

    def flush(self) -> str:
        held, self._held = self._held, ""
        return held

    def _partial_suffix(self, buf: str) -> int:
        """Length of the longest end of buf that begins some stop string."""
        best = 0
        for stop in self._stops:
            for n in range(min(len(stop) - 1, len(buf)), best, -1):
                if buf.endswith(stop[:n]):
                    best = n
                    break
        return best
