"""What the chat store reads and writes, as plain values: conversations, messages, search hits.

No SQLite here (engine.store reads and writes them): the views and the app's
wiring use these without touching the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .protocol import ReplyState

# Reply states (one definition: engine.protocol.ReplyState).
COMPLETE = ReplyState.COMPLETE
STREAMING = ReplyState.STREAMING
INTERRUPTED = ReplyState.INTERRUPTED
CANCELLED = ReplyState.CANCELLED
FAILED = ReplyState.FAILED


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    created: float
    updated: float
    system_prompt: str = ""
    reasoning: str = "auto"
    budget: int = -1
    model: str = ""
    answer_language: str = ""  # "" automatic, else a code of engine.answer_language.ANSWER_LANGUAGES
    reason_in_english: bool = False


CONVERSATION_FIELDS = frozenset({"title", "system_prompt", "reasoning", "budget", "model",  # changeable
                                 "answer_language", "reason_in_english"})


@dataclass(frozen=True)
class Message:
    id: int
    conversation_id: int
    position: int
    role: str
    content: str
    reasoning: str = ""
    model: str = ""
    budget: int | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    state: str = COMPLETE
    created: float = 0.0
    updated: float = 0.0
    version: int = 0  # which of the reply's versions this is (regenerate keeps the earlier ones), 0-based
    versions: int = 1  # how many versions the reply has at this position


@dataclass(frozen=True)
class SearchHit:
    """A conversation a search found, with where: plain text and spans (the view escapes and marks them)."""

    conversation: Conversation
    snippet: str = ""  # the text around the first match in a message ("" when only the title matched)
    spans: tuple[tuple[int, int], ...] = ()  # (start, end) of each match in `snippet`
    message_id: int | None = None  # the newest matching message
    title_spans: tuple[tuple[int, int], ...] = ()  # each match in the conversation's title
