"""Messages between the app and the engine host: requests in, events out, one JSON object a line."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any


class Event(StrEnum):
    """Events the host emits. The CLI's --json stream uses the same shapes."""

    LOADED = "loaded"
    REASONING = "reasoning"
    ANSWER = "answer"
    STATS = "stats"
    DONE = "done"
    ERROR = "error"
    NOTICE = "notice"


class FinishReason(StrEnum):
    """Why the engine ended a reply (the `done` event's `finish_reason`)."""

    STOP = "stop"
    LENGTH = "length"
    CANCELLED = "cancelled"


class ReplyState(StrEnum):
    """A stored reply's state: streaming until it ends, exactly once, in one of the others."""

    STREAMING = "streaming"
    COMPLETE = "complete"
    CANCELLED = "cancelled"  # the user stopped it (or changed the model under it)
    INTERRUPTED = "interrupted"  # the engine or the app died mid-reply
    FAILED = "failed"


# Older names, kept while callers move to the enums.
LOADED, REASONING, ANSWER, STATS, DONE, ERROR, NOTICE = (
    Event.LOADED, Event.REASONING, Event.ANSWER, Event.STATS, Event.DONE, Event.ERROR, Event.NOTICE)
FINISH_STOP, FINISH_LENGTH, FINISH_CANCELLED = FinishReason.STOP, FinishReason.LENGTH, FinishReason.CANCELLED


def encode(message: dict[str, Any]) -> bytes:
    # a lone surrogate (an undecodable file name) travels as its JSON escape \udcxx
    return (json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n").encode(
        "utf-8", "backslashreplace")


def decode(line: bytes | str) -> dict[str, Any]:
    message = json.loads(line)
    if not isinstance(message, dict):
        raise ValueError("a protocol message must be a JSON object")
    return message


def error_event(message: str, **extra: Any) -> dict[str, Any]:
    return {"event": ERROR, "message": message, **extra}


class _FromDict:
    @classmethod
    def from_dict(cls, data: dict[str, Any]):  # type: ignore[no-untyped-def]
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass
class Sampling(_FromDict):
    """How to pick tokens. temperature 0 means greedy."""

    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.0
    seed: int | None = None
    max_tokens: int = 2048
    stop: list[str] = field(default_factory=list)

    MAX_TEMPERATURE = 100
    MAX_REPEAT_PENALTY = 100
    MAX_TOP_K = 1 << 20
    MAX_TOKENS = 1 << 20
    MAX_STOPS = 16
    MAX_STOP_LENGTH = 256

    def validate(self) -> None:
        """Raise ValueError, saying which value and what is allowed, unless every value is usable."""
        require_number("temperature", self.temperature, 0, self.MAX_TEMPERATURE)
        require_number("top_p", self.top_p, 0, 1, above_low=True)
        require_number("min_p", self.min_p, 0, 1)
        require_number("top_k", self.top_k, 0, self.MAX_TOP_K, whole=True)
        require_number("repeat_penalty", self.repeat_penalty, 0, self.MAX_REPEAT_PENALTY, above_low=True)
        require_number("max_tokens", self.max_tokens, 1, self.MAX_TOKENS, whole=True)
        if self.seed is not None:
            require_number("seed", self.seed, 0, 2**32 - 1, whole=True)
        stop = self.stop
        if not isinstance(stop, list) or len(stop) > self.MAX_STOPS or not all(
                isinstance(s, str) and len(s) <= self.MAX_STOP_LENGTH for s in stop):
            raise ValueError(f"stop must be a list of at most {self.MAX_STOPS} strings of at most "
                             f"{self.MAX_STOP_LENGTH} characters each")


def require_number(name: str, value: Any, low: float, high: float, *,
                   above_low: bool = False, whole: bool = False) -> None:
    """Raise ValueError unless value is a finite number (an int if whole) from low to high.

    above_low: low itself is not allowed.
    """
    usable = (isinstance(value, int if whole else (int, float)) and not isinstance(value, bool)
              and (isinstance(value, int) or math.isfinite(value))
              and (low < value if above_low else low <= value) and value <= high)
    if not usable:
        kind = "a whole number" if whole else "a number"
        span = f"{'above' if above_low else 'from'} {low:,} {'up ' if above_low else ''}to {high:,}"
        shown = repr(value)
        shown = shown if len(shown) <= 40 else shown[:40] + "…"
        raise ValueError(f"{name} must be {kind} {span}, not {shown}")


@dataclass
class LoadOptions(_FromDict):
    """Which model to load and how."""

    path: str
    name: str = ""  # shown to the user; default: the name in the file's header
    n_ctx: int = 0  # 0: the model's own context length, capped by DEFAULT_CTX
    gpu_layers: int | str = "auto"
    threads: int = 0  # 0: the number of physical cores
    family: str = ""  # "": detect from the model's metadata

    DEFAULT_CTX = 8192


@dataclass
class GenerateRequest(_FromDict):
    """One reply to a conversation."""

    messages: list[dict[str, Any]]
    sampling: Sampling = field(default_factory=Sampling)
    template_kwargs: dict[str, Any] = field(default_factory=dict)
    reasoning: str = "auto"  # on | off | auto (the family's default)
    budget: int = -1  # thinking tokens: -1 unlimited, 0 off, N
    wrap_up: str | None = None  # said before a budget cut; None: the default sentence

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GenerateRequest:
        sampling = Sampling.from_dict(data.get("sampling") or {})
        return cls(
            messages=list(data.get("messages") or []),
            sampling=sampling,
            template_kwargs=dict(data.get("template_kwargs") or {}),
            reasoning=str(data.get("reasoning", "auto")),
            budget=data.get("budget", -1),  # checked by limits.check_generate, not coerced
            wrap_up=data.get("wrap_up"),
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sampling"] = self.sampling.to_dict()
        return data
