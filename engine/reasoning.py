"""Splitting a streamed reply into reasoning and answer, live and deterministically."""

from __future__ import annotations

REASONING = "reasoning"
ANSWER = "answer"

Piece = tuple[str, str]


class ReasoningSplitter:
    """Feed text as it streams; get ("reasoning"|"answer", text) pieces in order.

    - `opened=True`: the prompt already opened the reasoning (a prefilled
      `<think>`), so the reply starts inside it; a start tag the model (or a
      server) writes again at its very beginning is dropped.
    - Otherwise the reply may open reasoning with `start_tag`, after optional
      whitespace, at its very beginning; a reply that starts with anything else
      is all answer.
    - Whitespace right after either tag is dropped.
    - Text that may be the start of a tag is held back, never more than the
      tag's length minus one character; `finish()` releases it.
    - A reply that never closes its reasoning is all reasoning, and
      `unfinished` is true after `finish()`.

    The pieces of each kind concatenate to the same text however the input is
    chunked.
    """

    def __init__(self, start_tag: str = "<think>", end_tag: str = "</think>", opened: bool = False):
        self.start_tag, self.end_tag = start_tag, end_tag
        self._state = "reasoning" if opened else "start"
        self._strip = True  # drop whitespace at the start of the next section
        self._repeated_tag = opened  # an opened reply may still begin with the start tag
        self._held = ""
        self.unfinished = False

    @classmethod
    def continuing(cls, start_tag: str, end_tag: str, in_reasoning: bool) -> ReasoningSplitter:
        """A splitter for text that continues a reply already under way (inside its reasoning, or
        past it): nothing is stripped or looked for at its start."""
        splitter = cls(start_tag, end_tag, opened=in_reasoning)
        splitter._state = "reasoning" if in_reasoning else "answer"
        splitter._strip = splitter._repeated_tag = False
        return splitter

    @property
    def in_reasoning(self) -> bool:
        return self._state == "reasoning"

    @property
    def reasoning_closed(self) -> bool:
        return self._state == "answer"

    def feed(self, text: str) -> list[Piece]:
        pieces: list[Piece] = []
        buf = self._held + text
        self._held = ""
        while buf:
            if self._strip:
                buf = buf.lstrip()
                if not buf:
                    break
                self._strip = False
            if self._state == "start":
                tag = self.start_tag
                if buf.startswith(tag):
                    buf = buf[len(tag):]
                    self._state, self._strip = "reasoning", True
                elif tag.startswith(buf):
                    self._held = buf  # could still become the start tag
                    break
                else:
                    self._state = "answer"
            elif self._state == "reasoning" and self._repeated_tag:
                tag = self.start_tag
                if buf.startswith(tag):
                    buf = buf[len(tag):]
                    self._strip = True
                elif tag.startswith(buf):
                    self._held = buf  # could still be the repeated start tag
                    break
                self._repeated_tag = False
            elif self._state == "reasoning":
                at = buf.find(self.end_tag)
                if at >= 0:
                    _add(pieces, REASONING, buf[:at])
                    buf = buf[at + len(self.end_tag):]
                    self._state, self._strip = "answer", True
                else:
                    keep = _partial_tag_suffix(buf, self.end_tag)
                    _add(pieces, REASONING, buf[: len(buf) - keep])
                    self._held = buf[len(buf) - keep:]
                    break
            else:
                _add(pieces, ANSWER, buf)
                break
        return pieces

    def finish(self) -> list[Piece]:
        """End of the reply: release what was held back."""
        held, self._held = self._held, ""
        pieces: list[Piece] = []
        if self._state == "reasoning":
            self.unfinished = True
            _add(pieces, REASONING, held)
        elif self._state in ("start", "answer"):
            _add(pieces, ANSWER, held)
        return pieces


def _add(pieces: list[Piece], kind: str, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1][0] == kind:
        pieces[-1] = (kind, pieces[-1][1] + text)
    else:
        pieces.append((kind, text))


def _partial_tag_suffix(buf: str, tag: str) -> int:
    """Length of the longest end of buf that is a proper start of tag."""
    for n in range(min(len(tag) - 1, len(buf)), 0, -1):
        if buf.endswith(tag[:n]):
            return n
    return 0
