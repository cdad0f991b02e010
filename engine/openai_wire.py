"""The OpenAI-compatible wire format, defined once.

The remote backend (engine/remote.py) speaks it as a client of vLLM, SGLang,
NIM, TensorRT-LLM and llama.cpp servers; `ponder serve` (app/server.py) speaks
it as a server to other apps. Both map it onto the same engine events and the
same thinking budget, through the functions here:

- the shapes of requests, chunks, responses and errors (TypedDicts);
- where reasoning travels (`reasoning`, `reasoning_content`, or raw think tags);
- every name clients and servers use for reasoning on/off and for a budget.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, NotRequired, TypedDict

from .limits import MAX_BUDGET
from .messages import Text, translate
from .protocol import (
    BUDGET_OFF,
    BUDGET_UNLIMITED,
    FinishReason,
    ReasoningMode,
    Sampling,
    require_number,
)


# -- messages and requests -------------------------------------------------------------------
class WireMessage(TypedDict, total=False):
    role: str
    content: str | list[dict[str, Any]] | None
    reasoning_content: str
    reasoning: str
    name: str


class _Generation(TypedDict, total=False):
    """What both endpoints take: the model, streaming and sampling."""

    model: str
    stream: bool
    stream_options: dict[str, Any]
    max_tokens: int
    temperature: float
    top_p: float
    top_k: int
    min_p: float
    repeat_penalty: float
    seed: int
    stop: str | list[str]


class ChatRequest(_Generation, total=False):
    """POST /v1/chat/completions: the fields Ponder reads or sends (servers ignore unknown ones)."""

    messages: list[WireMessage]
    max_completion_tokens: int
    # reasoning on/off, in the forms clients use
    reasoning_effort: str
    chat_template_kwargs: dict[str, Any]
    # a thinking budget, under each server's name
    thinking_token_budget: int  # vLLM
    nvext: dict[str, Any]  # NIM: {"max_thinking_tokens": N}
    thinking_budget_tokens: int  # llama.cpp server
    reasoning_budget: int  # other clients


class CompletionRequest(_Generation, total=False):
    """POST /v1/completions: a prompt continued as written (and the budget's second phase)."""

    prompt: str


# -- responses ---------------------------------------------------------------------------------
class TokenDetails(TypedDict):
    reasoning_tokens: int


class Usage(TypedDict):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    completion_tokens_details: NotRequired[TokenDetails]


class Delta(TypedDict, total=False):
    role: Literal["assistant"]
    content: str
    reasoning_content: str
    reasoning: str


class ChunkChoice(TypedDict):
    index: int
    delta: Delta
    finish_reason: str | None
    logprobs: None


class ChatChunk(TypedDict):
    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: list[ChunkChoice]
    usage: NotRequired[Usage | None]


class AssistantMessage(TypedDict, total=False):
    role: Literal["assistant"]
    content: str
    reasoning_content: str
    reasoning: str


class ChatChoice(TypedDict):
    index: int
    message: AssistantMessage
    finish_reason: str
    logprobs: None


class ChatCompletion(TypedDict):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[ChatChoice]
    usage: Usage


class TextChoice(TypedDict):
    index: int
    text: str
    finish_reason: str | None
    logprobs: None


class Completion(TypedDict):
    """A /v1/completions response, or one of its stream chunks (object "text_completion" either way)."""

    id: str
    object: Literal["text_completion"]
    created: int
    model: str
    choices: list[TextChoice]
    usage: NotRequired[Usage | None]


class ModelCard(TypedDict):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str


class ModelList(TypedDict):
    object: Literal["list"]
    data: list[ModelCard]


class ErrorDetail(TypedDict):
    message: str
    type: str
    param: str | None
    code: str | None


class ErrorBody(TypedDict):
    error: ErrorDetail


DONE_SENTINEL = "[DONE]"  # the data of the last SSE event of a stream


# -- where reasoning travels -------------------------------------------------------------------
class ReasoningField(StrEnum):
    """How a server streams reasoning apart from the answer."""

    REASONING = "reasoning"  # current vLLM
    REASONING_CONTENT = "reasoning_content"  # older vLLM, SGLang, NIM, llama.cpp server (DeepSeek style)
    RAW = "raw"  # think tags inside `content`: split by the client
    UNKNOWN = "unknown"  # not seen yet


def reasoning_delta(delta: dict[str, Any]) -> tuple[str, ReasoningField | None]:
    """The reasoning text of a delta (or message) and the field it came in; ("", None) if none."""
    for name in (ReasoningField.REASONING, ReasoningField.REASONING_CONTENT):
        value = delta.get(name)
        if isinstance(value, str) and value:
            return value, name
    return "", None


def content_of(delta: dict[str, Any]) -> str:
    value = delta.get("content")
    return value if isinstance(value, str) else ""


class ReasoningOutput(StrEnum):
    """How Ponder's server returns reasoning to its clients (a setting)."""

    BOTH = "both"  # `reasoning_content` and `reasoning`, the same text
    REASONING_CONTENT = "reasoning_content"
    REASONING = "reasoning"
    RAW = "raw"  # inside `content`, between think tags


def reasoning_fields(text: str, output: ReasoningOutput) -> dict[str, str]:
    """A reasoning delta as a server sends it (RAW is the caller's: it goes into content)."""
    if output is ReasoningOutput.BOTH:
        return {"reasoning_content": text, "reasoning": text}
    if output is ReasoningOutput.RAW:
        return {}
    return {str(output): text}


# -- thinking budgets: every name in use ---------------------------------------------------------
class BudgetMethod(StrEnum):
    """How a thinking budget reaches a server; the first four are request fields."""

    VLLM = "thinking_token_budget"  # vLLM (with the server's reasoning config)
    NIM = "nvext.max_thinking_tokens"  # NVIDIA NIM
    LLAMA_CPP = "thinking_budget_tokens"  # llama.cpp server
    GENERIC = "reasoning_budget"  # other clients' name (read by Ponder's server)
    TWO_PHASE = "two_phase"  # NVIDIA's client method: cap, close the thought, continue
    NONE = "none"  # no budget asked, or the model does not reason

    @property
    def server_side(self) -> bool:
        return self in (BudgetMethod.VLLM, BudgetMethod.NIM, BudgetMethod.LLAMA_CPP, BudgetMethod.GENERIC)

    @property
    def label(self) -> str:
        return _BUDGET_LABELS[self]


_SERVER_BUDGET = translate("Engine", "server budget ({engine} {field})")  # the server ends the thought
_BUDGET_LABELS = {  # Text: shown in the window translated, the names kept
    BudgetMethod.VLLM: Text(_SERVER_BUDGET, engine="vLLM", field="thinking_token_budget"),
    BudgetMethod.NIM: Text(_SERVER_BUDGET, engine="NIM", field="nvext.max_thinking_tokens"),
    BudgetMethod.LLAMA_CPP: Text(_SERVER_BUDGET, engine="llama.cpp", field="thinking_budget_tokens"),
    BudgetMethod.GENERIC: Text(translate("Engine", "server budget ({field})"), field="reasoning_budget"),
    BudgetMethod.TWO_PHASE: Text(translate("Engine", "two-phase (capped, closed and continued by Ponder)")),
    BudgetMethod.NONE: Text(translate("Engine", "no budget")),
}


def put_budget(body: dict[str, Any], method: BudgetMethod, budget: int) -> None:
    """Write a budget into a request under the method's field name."""
    if not method.server_side:
        return
    if method is BudgetMethod.NIM:
        body.setdefault("nvext", {})["max_thinking_tokens"] = budget
    else:
        body[str(method)] = budget


class WireError(ValueError):
    """A request a server must refuse with 400: the message says which value and why."""

    def __init__(self, message: str, param: str | None = None, code: str = "invalid_value"):
        super().__init__(message)
        self.param, self.code = param, code


@dataclass(frozen=True)
class ReasoningControl:
    """What a request asks of the reasoning, in Ponder's terms."""

    mode: ReasoningMode = ReasoningMode.AUTO
    budget: int = BUDGET_UNLIMITED
    budget_field: str = ""  # the name it came under ("" when none)


REASONING_EFFORTS = ("none", "minimal", "low", "medium", "high")


def read_reasoning_control(body: dict[str, Any]) -> ReasoningControl:
    """Reasoning on/off and a budget, in whatever form the client sent them (WireError if invalid).

    `reasoning_effort: none` and `chat_template_kwargs.enable_thinking: false` switch it off;
    another effort or `enable_thinking: true` switch it on. A budget may come as
    `thinking_token_budget`, `nvext.max_thinking_tokens`, `reasoning_budget` or
    `thinking_budget_tokens`: -1 unlimited, 0 off, N tokens.
    """
    mode = ReasoningMode.AUTO
    effort = body.get("reasoning_effort")
    if effort is not None:
        if effort not in REASONING_EFFORTS:
            raise WireError(f"reasoning_effort must be one of {', '.join(REASONING_EFFORTS)}, "
                            f"not {_shown(effort)}", "reasoning_effort")
        mode = ReasoningMode.OFF if effort == "none" else ReasoningMode.ON
    kwargs = body.get("chat_template_kwargs")
    if kwargs is not None:
        if not isinstance(kwargs, dict):
            raise WireError("chat_template_kwargs must be an object", "chat_template_kwargs")
        thinking = kwargs.get("enable_thinking", kwargs.get("thinking"))
        if thinking is not None:
            if not isinstance(thinking, bool):
                raise WireError("chat_template_kwargs.enable_thinking must be true or false",
                                "chat_template_kwargs.enable_thinking")
            mode = ReasoningMode.ON if thinking else ReasoningMode.OFF
    budget, field = BUDGET_UNLIMITED, ""
    nvext = body.get("nvext")
    if nvext is not None and not isinstance(nvext, dict):
        raise WireError("nvext must be an object", "nvext")
    candidates = [(name, body.get(name)) for name in (
        BudgetMethod.VLLM, BudgetMethod.GENERIC, BudgetMethod.LLAMA_CPP)]
    candidates.append((BudgetMethod.NIM, (nvext or {}).get("max_thinking_tokens")))
    for name, value in candidates:
        if value is None:
            continue
        try:
            require_number(str(name), value, -1, MAX_BUDGET, whole=True)
        except ValueError as exc:
            raise WireError(f"{exc} (-1: unlimited, 0: no reasoning)", str(name)) from None
        if field and value != budget:
            raise WireError(f"{field} and {name} disagree ({budget} and {value})", str(name))
        budget, field = value, str(name)
    if mode is ReasoningMode.OFF and field and budget != BUDGET_OFF:
        budget = BUDGET_OFF  # reasoning switched off: no budget to spend
    return ReasoningControl(mode, budget, field)


def read_sampling(body: dict[str, Any], base: Sampling) -> Sampling:
    """The sampling a request asks for over `base` (the family's recommendation); WireError if invalid."""
    s = Sampling(**base.to_dict())
    s.stop = list(base.stop)
    for name in ("temperature", "top_p", "top_k", "min_p", "seed"):
        if body.get(name) is not None:
            setattr(s, name, body[name])
    if body.get("repeat_penalty") is not None:
        s.repeat_penalty = body["repeat_penalty"]
    limit = body.get("max_completion_tokens")
    if limit is None:  # absent or null: the older name
        limit = body.get("max_tokens")
    if limit is not None:
        s.max_tokens = limit
    stop = body.get("stop")
    if stop is not None:
        s.stop = [stop] if isinstance(stop, str) else stop
    if isinstance(s.seed, int) and not isinstance(s.seed, bool) and s.seed < 0:
        s.seed = s.seed % 2**32  # OpenAI allows any 64-bit seed
    try:
        s.validate()
    except ValueError as exc:
        param = str(exc).split(" ", 1)[0]
        raise WireError(str(exc), "max_tokens" if param == "max_tokens" else param) from None
    return s


MAX_MESSAGES = 4096
MAX_CONTENT_CHARS = 4 * 1024 * 1024


def read_messages(body: dict[str, Any]) -> list[dict[str, Any]]:
    """A chat request's messages as the engine takes them (text parts joined); WireError if invalid."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise WireError("messages must be a non-empty list", "messages")
    if len(messages) > MAX_MESSAGES:
        raise WireError(f"at most {MAX_MESSAGES} messages are accepted", "messages")
    out: list[dict[str, Any]] = []
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise WireError(f"messages[{i}] must be an object", f"messages[{i}]")
        role = message.get("role")
        if role == "developer":
            role = "system"
        if role not in ("system", "user", "assistant", "tool"):
            raise WireError(f"messages[{i}].role must be system, developer, user, assistant or tool, "
                            f"not {_shown(role)}", f"messages[{i}].role")
        content = _text_of(message.get("content"), i)
        entry: dict[str, Any] = {"role": role, "content": content}
        reasoning, _ = reasoning_delta(message)
        if role == "assistant" and reasoning:
            entry["reasoning_content"] = reasoning
        out.append(entry)
    if out[-1]["role"] != "user":
        raise WireError("the last message must come from the user", "messages")
    return out


def _text_of(content: Any, i: int) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        text = content
    elif isinstance(content, list):
        parts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                raise WireError(f"messages[{i}].content: only text parts are supported",
                                f"messages[{i}].content")
            parts.append(part["text"])
        text = "".join(parts)
    else:
        raise WireError(f"messages[{i}].content must be a string or a list of text parts",
                        f"messages[{i}].content")
    if len(text) > MAX_CONTENT_CHARS:
        raise WireError(f"messages[{i}].content is longer than {MAX_CONTENT_CHARS:,} characters",
                        f"messages[{i}].content")
    return text


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


# -- finish reasons and usage ----------------------------------------------------------------
def finish_to_wire(reason: FinishReason) -> str:
    """OpenAI has stop and length; a cancelled reply ended early, which clients read as stop."""
    return "length" if reason is FinishReason.LENGTH else "stop"


def finish_from_wire(reason: Any) -> FinishReason | None:
    """A chunk's finish_reason as Ponder's (None while the stream goes on)."""
    if reason is None:
        return None
    if reason == "abort":  # vLLM: the server gave up on the request (it was preempted or cancelled)
        return FinishReason.INTERRUPTED
    return FinishReason.LENGTH if reason == "length" else FinishReason.STOP


def usage(prompt_tokens: int, completion_tokens: int, reasoning_tokens: int) -> Usage:
    return {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "completion_tokens_details": {"reasoning_tokens": reasoning_tokens}}


@dataclass(frozen=True)
class UsageCounts:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasoning_tokens: int | None = None  # None: the server did not say


def read_usage(data: Any) -> UsageCounts | None:
    """The counts of a `usage` object, or None when it is missing or malformed."""
    if not isinstance(data, dict):
        return None

    def count(value: Any) -> int:
        return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0

    details = data.get("completion_tokens_details")
    reasoning = details.get("reasoning_tokens") if isinstance(details, dict) else None
    return UsageCounts(count(data.get("prompt_tokens")), count(data.get("completion_tokens")),
                       count(reasoning) if reasoning is not None else None)


# -- building responses (server) -------------------------------------------------------------
def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


def now() -> int:
    return int(time.time())


def chat_chunk(ident: str, model: str, created: int, delta: Delta,
               finish_reason: str | None = None) -> ChatChunk:
    return {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}]}


def usage_chunk(ident: str, model: str, created: int, counts: Usage) -> ChatChunk:
    """The last chunk of a stream asked with stream_options.include_usage: no choices, the usage."""
    return {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [], "usage": counts}


def text_chunk(ident: str, model: str, created: int, text: str,
               finish_reason: str | None = None, counts: Usage | None = None) -> Completion:
    chunk: Completion = {"id": ident, "object": "text_completion", "created": created, "model": model,
                         "choices": [{"index": 0, "text": text, "finish_reason": finish_reason,
                                      "logprobs": None}]}
    if counts is not None:
        chunk["usage"] = counts
    return chunk


def error_body(message: str, kind: str = "invalid_request_error", param: str | None = None,
               code: str | None = None) -> ErrorBody:
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def read_error(body: bytes | str) -> str:
    """The readable message of an error response from a server ("" if it has none)."""
    try:
        data = json.loads(body)
    except ValueError:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        return " ".join(text.split())[:300]
    if isinstance(data, dict):
        error = data.get("error", data)
        if isinstance(error, dict):
            message = error.get("message") or error.get("detail") or ""
            return str(message)[:300]
        if isinstance(error, str):
            return error[:300]
        detail = data.get("detail")
        if detail:
            return str(detail)[:300]
    return ""
