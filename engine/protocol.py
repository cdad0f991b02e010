"""Messages between the app and the engine host: requests in, events out, one JSON object a line."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

# Events the host emits. The CLI's --json stream uses the same shapes.
LOADED = "loaded"
REASONING = "reasoning"
ANSWER = "answer"
STATS = "stats"
DONE = "done"
ERROR = "error"
NOTICE = "notice"

# Reasons a reply ends.
FINISH_STOP = "stop"
FINISH_LENGTH = "length"
FINISH_CANCELLED = "cancelled"


def encode(message: dict[str, Any]) -> bytes:
    return (json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


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

    def validate(self) -> None:
        if self.temperature < 0:
            raise ValueError("temperature must be 0 or more")
        if not 0 < self.top_p <= 1:
            raise ValueError("top_p must be in (0, 1]")
        if not 0 <= self.min_p <= 1:
            raise ValueError("min_p must be in [0, 1]")
        if self.top_k < 0:
            raise ValueError("top_k must be 0 (off) or more")
        if self.max_tokens < 1:
            raise ValueError("max_tokens must be at least 1")


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
            budget=int(data.get("budget", -1)),
            wrap_up=data.get("wrap_up"),
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sampling"] = self.sampling.to_dict()
        return data
