"""Messages between the app and the engine host: requests in, events out, one JSON object a line."""

from __future__ import annotations

import json
import math
from dataclasses import Field, asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, Literal, NotRequired, TypedDict, TypeVar, cast

from .messages import Text, text_payload, translate


class EngineError(Exception):
    """A failure the user should read: the message says what and, if possible, why."""


class Event(StrEnum):
    """Events the host emits. The CLI's --json stream uses the same shapes."""

    LOADED = "loaded"
    REASONING = "reasoning"
    ANSWER = "answer"
    STATS = "stats"
    DONE = "done"
    ERROR = "error"
    NOTICE = "notice"
    PONG = "pong"
    CANDIDATE_DONE = "candidate_done"  # heavy mode: one candidate ended
    JUDGMENT = "judgment"  # heavy mode: which candidate was picked, and how


class FinishReason(StrEnum):
    """Why the engine ended a reply (the `done` event's `finish_reason`)."""

    STOP = "stop"
    LENGTH = "length"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"  # a remote server's stream broke off: what came is kept


class ReplyState(StrEnum):
    """A stored reply's state: streaming until it ends, exactly once, in one of the others."""

    STREAMING = "streaming"
    COMPLETE = "complete"
    CANCELLED = "cancelled"  # the user stopped it (or changed the model under it)
    INTERRUPTED = "interrupted"  # the engine or the app died mid-reply
    FAILED = "failed"


class ReasoningMode(StrEnum):
    """What a request asks of the model's reasoning; AUTO: the family's default."""

    ON = "on"
    OFF = "off"
    AUTO = "auto"


class JobState(StrEnum):
    """A model download's life: queued, downloading, then paused or ended in one of the others."""

    QUEUED = "queued"
    DOWNLOADING = "downloading"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def active(self) -> bool:
        return self in (JobState.QUEUED, JobState.DOWNLOADING)

    @property
    def retryable(self) -> bool:
        return self in (JobState.FAILED, JobState.CANCELLED)


# The thinking budget, in reasoning tokens: a positive number caps it; these two are special.
BUDGET_UNLIMITED = -1
BUDGET_OFF = 0


def thinking_allowed(budget: int) -> bool:
    """Whether a budget lets the model reason at all (BUDGET_OFF closes the reasoning at once)."""
    return budget != BUDGET_OFF


def budget_is_capped(budget: int) -> bool:
    """Whether a budget is a number of tokens (neither off nor unlimited)."""
    return budget > 0


# Older names, kept while callers move to the enums.
LOADED, REASONING, ANSWER, STATS, DONE, ERROR, NOTICE = (
    Event.LOADED, Event.REASONING, Event.ANSWER, Event.STATS, Event.DONE, Event.ERROR, Event.NOTICE)
FINISH_STOP, FINISH_LENGTH, FINISH_CANCELLED = FinishReason.STOP, FinishReason.LENGTH, FinishReason.CANCELLED


# -- events: the shape of each, as it travels (JSON) -----------------------------------
class LoadedEvent(TypedDict):
    event: Literal[Event.LOADED]
    model: str  # the name shown to the user
    path: str
    architecture: str
    n_ctx: int
    gpu_layers: int
    offload: Literal["gpu", "cpu", "remote"]
    backend: str
    backend_reason: str
    threads: int
    template: str
    recurrent: bool
    family: str
    reasoning: str  # the family's capability: switchable | always | none
    load_s: float
    notices: list[str]
    endpoint: NotRequired[str]  # a remote model: the server's base URL
    server: NotRequired[str]  # a remote model: the name the user gave the server
    capabilities: NotRequired[dict[str, Any]]  # a remote model: what the probe found


def model_label(loaded: LoadedEvent | dict[str, Any]) -> str:
    """The name a reply is stored and shown under: a remote model says which server runs it."""
    model, server = str(loaded.get("model", "")), str(loaded.get("server") or "")
    return f"{model} on {server}" if server and loaded.get("offload") == "remote" else model


class TextEvent(TypedDict):
    """A delta of reasoning or answer text (consecutive ones may arrive merged)."""

    event: Literal[Event.REASONING, Event.ANSWER]
    text: str
    candidate: NotRequired[int]  # heavy mode: the candidate (1…N) this delta belongs to
    judge: NotRequired[bool]  # heavy mode: the judge's delta


class StatsEvent(TypedDict):
    """Counts and timings of one reply, sent just before its `done`."""

    event: Literal[Event.STATS]
    prompt_tokens: int
    prompt_tokens_evaluated: int
    budget: int
    evaluated_tokens: int
    generated_tokens: int
    reasoning_tokens: int
    answer_tokens: int
    forced_tokens: int
    budget_exhausted: bool
    reasoning_unfinished: bool
    thinking_s: float
    ttft_s: float
    prompt_tokens_per_s: float
    decode_tokens_per_s: float
    total_s: float
    checkpoints: int
    endpoint: NotRequired[str]  # a remote model: which server answered
    server: NotRequired[str]  # a remote model: that server's name
    budget_method: NotRequired[str]  # a remote model: how the budget was applied (openai_wire.BudgetMethod)
    reasoning_field: NotRequired[str]  # a remote model: where the reasoning came (openai_wire.ReasoningField)
    budget_fallback: NotRequired[bool]  # a remote model: the server ignored its budget field
    heavy: NotRequired[dict[str, Any]]  # heavy mode: n, task, each candidate, the judge, the judgment
    prompt_text: NotRequired[str]  # the prompt as the model read it (asked by show_prompt)


class DoneEvent(TypedDict):
    """The end of a reply; every generate request ends with exactly one (or an error)."""

    event: Literal[Event.DONE]
    finish_reason: FinishReason


class ErrorEvent(TypedDict):
    event: Literal[Event.ERROR]
    message: str
    crashed: NotRequired[bool]  # the host process died (sent by the client, not the host)
    exit_code: NotRequired[int]


class NoticeEvent(TypedDict):
    """Something the user should know that is not an error."""

    event: Literal[Event.NOTICE]
    message: str
    kind: NotRequired[str]  # context_trimmed
    dropped_messages: NotRequired[int]


class PongEvent(TypedDict):
    event: Literal[Event.PONG]


class CandidateDoneEvent(TypedDict):
    """Heavy mode: a candidate ended (its deltas carried its number)."""

    event: Literal[Event.CANDIDATE_DONE]
    candidate: int
    finish_reason: FinishReason
    seed: int
    reasoning_tokens: int
    answer_tokens: int
    thinking_s: float
    usable: bool  # judged (finished, not empty, not over-long)
    problem: str  # why not, "" when usable


class JudgmentEvent(TypedDict):
    """Heavy mode: the pick, before the chosen answer is sent as the reply."""

    event: Literal[Event.JUDGMENT]
    pick: int | None  # the candidate's number (1…N), None when none was usable
    method: str  # engine.genselect.Method: judgment | majority | only | none
    parsed: int | None  # the index the judge wrote (valid or not)
    verdict: str  # the judge's verdict line as written
    shown: list[int]  # the candidates in the order the judge saw them
    votes: int  # a majority vote: how many candidates gave the winning answer (0 otherwise)
    summary: str  # "picked 3 of 4 · by judgment"


EngineEvent = (LoadedEvent | TextEvent | StatsEvent | DoneEvent | ErrorEvent | NoticeEvent | PongEvent
               | CandidateDoneEvent | JudgmentEvent)


def encode(message: dict[str, Any] | EngineEvent) -> bytes:
    # a lone surrogate (an undecodable file name) travels as its JSON escape \udcxx
    return (json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n").encode(
        "utf-8", "backslashreplace")


def decode(line: bytes | str) -> dict[str, Any]:
    message = json.loads(line)
    if not isinstance(message, dict):
        raise ValueError("a protocol message must be a JSON object")
    return message


def decode_event(line: bytes | str) -> EngineEvent:
    """An event from the host: a JSON object whose `event` is one of Event (ValueError otherwise)."""
    message = decode(line)
    message["event"] = Event(str(message.get("event")))  # ValueError for an unknown kind
    if message["event"] is Event.DONE:
        message["finish_reason"] = FinishReason(str(message.get("finish_reason")))
    return cast(EngineEvent, message)


def error_event(message: str, *, crashed: bool | None = None, exit_code: int | None = None) -> ErrorEvent:
    event: ErrorEvent = {"event": Event.ERROR, "message": message}
    if crashed is not None:
        event["crashed"] = crashed
    if exit_code is not None:
        event["exit_code"] = exit_code
    return event


def notice_event(message: str, **extra: Any) -> NoticeEvent:
    return cast(NoticeEvent, {"event": Event.NOTICE, "message": message, **extra})


def with_texts(event: EngineEvent) -> EngineEvent:
    """The event with `texts`: for each field that is a message for people (engine/messages.Text,
    or a list of them), its template and fields, so the window can show it in the user's language
    (the field itself stays the English text). An event without such fields is returned as is."""
    texts: dict[str, Any] = {}
    for key, value in event.items():
        if isinstance(value, Text):
            texts[key] = value.payload()
        elif isinstance(value, list) and any(isinstance(v, Text) for v in value):
            texts[key] = [text_payload(v) for v in value]
    return cast(EngineEvent, {**event, "texts": texts}) if texts else event


def done_event(finish_reason: FinishReason) -> DoneEvent:
    return {"event": Event.DONE, "finish_reason": finish_reason}


_T = TypeVar("_T", bound="_FromDict")


class _FromDict:
    @classmethod
    def from_dict(cls: type[_T], data: dict[str, Any]) -> _T:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]  # every subclass is a dataclass
        return cls(**{k: v for k, v in data.items() if k in names})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]  # every subclass is a dataclass


def _tunable(default: float, label: str, low: float, high: float, step: float) -> Any:
    """A sampling field the user sets in Settings, with the range the dialog offers."""
    return field(default=default, metadata={"label": label, "range": (low, high), "step": step})


@dataclass
class Sampling(_FromDict):
    """How to pick tokens. temperature 0 means greedy.

    The one definition of the sampling fields: settings, the settings dialog and the
    model profiles derive theirs from it (`tunable_fields`).
    """

    temperature: float = _tunable(0.7, Text(translate("Engine", "Temperature")), 0.0, 2.0, 0.05)
    top_p: float = _tunable(0.95, Text(translate("Engine", "Top P")), 0.01, 1.0, 0.01)
    top_k: int = _tunable(40, Text(translate("Engine", "Top K (0: off)")), 0, 1000, 1)
    min_p: float = _tunable(0.05, Text(translate("Engine", "Min P")), 0.0, 1.0, 0.01)
    repeat_penalty: float = _tunable(1.0, Text(translate("Engine", "Repeat penalty")), 0.5, 2.0, 0.01)
    seed: int | None = None
    max_tokens: int = _tunable(2048, Text(translate("Engine", "Max new tokens")), 16, 262144, 256)
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


@dataclass(frozen=True)
class TunableField:
    """A sampling field the user can set, as the settings dialog shows it."""

    name: str
    label: str
    kind: type[int] | type[float]
    low: float
    high: float
    step: float
    default: float


def tunable_fields() -> tuple[TunableField, ...]:
    """The sampling fields a user sets (not seed or stop), in Sampling's order."""
    return tuple(_tunable_field(f) for f in fields(Sampling) if "label" in f.metadata)


def _tunable_field(f: Field[Any]) -> TunableField:
    low, high = f.metadata["range"]
    default = cast(float, f.default)
    kind = int if isinstance(default, int) else float
    return TunableField(f.name, f.metadata["label"], kind, low, high, f.metadata["step"], default)


SAMPLING_NAMES = frozenset(f.name for f in fields(Sampling))
TUNABLE_NAMES = tuple(f.name for f in tunable_fields())


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
    # A model on a server instead of a file: url, model, api_key (from the keyring, never stored
    # by the host), ca_file, server (its name), capabilities (the probe's, as JSON).
    remote: dict[str, Any] | None = field(default=None, repr=False)  # never printed: it holds the key

    DEFAULT_CTX = 8192


@dataclass
class GenerateRequest(_FromDict):
    """One reply to a conversation."""

    messages: list[dict[str, Any]]
    sampling: Sampling = field(default_factory=Sampling)
    template_kwargs: dict[str, Any] = field(default_factory=dict)
    reasoning: str = ReasoningMode.AUTO  # on | off | auto (the family's default)
    budget: int = BUDGET_UNLIMITED  # thinking tokens: BUDGET_UNLIMITED, BUDGET_OFF or N
    wrap_up: str | None = None  # said before a budget cut; None: the default sentence
    heavy: int = 0  # heavy mode: this many candidates, then GenSelect (0: one reply)
    task: str = ""  # a task preset of the family (math, code, science), put before the question
    answer_language: str = ""  # the reply's language (engine/answer_language.py); "": automatic
    reason_in_english: bool = False  # ask for English reasoning before the answer in that language
    show_prompt: bool = False  # the stats event carries the prompt as the model read it (prompt_text)
    # Text to continue as it is (a /v1/completions prompt): tokenized without the chat template, in
    # place of `messages`. The reasoning split and budget still apply: a prompt that ends with the
    # family's start tag has opened the reasoning. A backend without raw prompts (remote) uses messages.
    prompt: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GenerateRequest:
        sampling = Sampling.from_dict(data.get("sampling") or {})
        return cls(
            messages=list(data.get("messages") or []),
            sampling=sampling,
            template_kwargs=dict(data.get("template_kwargs") or {}),
            reasoning=str(data.get("reasoning", ReasoningMode.AUTO)),
            budget=data.get("budget", BUDGET_UNLIMITED),  # checked by limits.check_generate, not coerced
            wrap_up=data.get("wrap_up"),
            heavy=data.get("heavy", 0),  # checked by limits.check_generate
            task=str(data.get("task") or ""),
            answer_language=str(data.get("answer_language") or ""),  # checked by limits.check_generate
            reason_in_english=data.get("reason_in_english", False),
            show_prompt=bool(data.get("show_prompt", False)),
            prompt=data.get("prompt"),  # checked by limits.check_generate, not coerced
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sampling"] = self.sampling.to_dict()
        return data
