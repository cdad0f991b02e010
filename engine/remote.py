"""The remote backend: a model on an OpenAI-compatible server, yielding the local engine's events.

Runs inside the engine host like the local backend, so the window, the CLI and
`stop`/`answer now` do not know the difference. For each reply it:

- switches reasoning through the family's own control (the same profiles as
  locally: template kwargs, /think or /no_think, "detailed thinking on|off");
- reads reasoning from `reasoning` or `reasoning_content`, or splits think tags
  out of raw text with the same ReasoningSplitter (a prompt that already opened
  the reasoning is known by rendering the family's template);
- applies a thinking budget by the best mechanism the server has: its own
  request field (vLLM, NIM, llama.cpp server), or NVIDIA's two-phase method
  (the first request capped at the budget; if the reasoning did not end, the
  thought is closed and `/v1/completions` continues the rendered prompt). A
  server that ignores its budget field is caught and finished the second way.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import httpx2

from . import profiles
from . import protocol as P
from .budget import grace_for
from .limits import check_generate
from .openai_wire import (
    DONE_SENTINEL,
    BudgetMethod,
    ReasoningField,
    UsageCounts,
    content_of,
    finish_from_wire,
    put_budget,
    read_usage,
    reasoning_delta,
)
from .protocol import EngineError, Event, FinishReason, budget_is_capped, thinking_allowed
from .reasoning import REASONING, ReasoningSplitter
from .remote_endpoints import Capabilities, normalize_url
from .remote_http import (
    READ_TIMEOUT_S,
    RemoteError,
    list_models,
    make_client,
    open_stream,
    probe,
    transport_error,
)
from .template_worker import RenderCancelled, TemplateWorker
from .templates import ChatTemplate, TemplateError

Emit = Callable[[P.EngineEvent], None]
# How far past its budget (and grace) a server may reason before Ponder decides it ignored the field.
IGNORED_BUDGET_SLACK = 32
DEFAULT_CONTEXT = 32768  # a server that does not say how long its context is
_EOS = {"llama-nemotron": "<|eot_id|>", "generic-thinking-always": "<｜end▁of▁sentence｜>"}


def family_template(family: str) -> ChatTemplate | None:
    """The published chat template of a known family (assets/templates), or None."""
    try:
        source = resources.files("assets").joinpath("templates", f"{family}.jinja").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    # no BOS in the text: servers add it when they tokenize a /v1/completions prompt
    return ChatTemplate(source, "", _EOS.get(family, "<|im_end|>"), f"{family} (published)")


class _Interrupted(Exception):
    """The stream broke off after part of the reply arrived; the part is kept."""


class _Switch(Exception):
    """Stop reading this stream: the reasoning must be closed by Ponder (budget or answer now)."""


@dataclass
class _Reply:
    """The text side of one remote reply: deltas in, events out, with counts and times."""

    emit: Emit
    splitter: ReasoningSplitter
    server_split: bool = False  # the server separates reasoning (a reasoning field was seen)
    field_seen: ReasoningField = ReasoningField.UNKNOWN
    reasoning: list[str] = field(default_factory=list)  # as generated, for a second phase
    answer: list[str] = field(default_factory=list)
    reasoning_chunks: int = 0
    answer_chunks: int = 0
    thinking_started: float | None = None
    thinking_s: float = 0.0
    first_at: float | None = None

    @property
    def in_reasoning(self) -> bool:
        return self.splitter.in_reasoning if not self.server_split else not self.answer_chunks

    def reasoning_delta(self, text: str, name: ReasoningField) -> None:
        if not self.server_split:
            self.server_split, self.field_seen = True, name
            self.splitter = ReasoningSplitter(opened=True)  # what follows the reasoning is answer
        self._mark_first()
        self.reasoning_chunks += 1
        self._send([(REASONING, text)])

    def content_delta(self, text: str) -> None:
        self._mark_first()
        if self.server_split:
            if self.splitter.in_reasoning:  # the reasoning field ended: everything else is answer
                self.splitter = ReasoningSplitter.continuing(self.splitter.start_tag, self.splitter.end_tag,
                                                             in_reasoning=False)
            before = False
        else:
            before = self.splitter.in_reasoning
        self._send(self.splitter.feed(text))
        if before or self.splitter.in_reasoning:
            self.reasoning_chunks += 1
            if not self.server_split:
                self.field_seen = ReasoningField.RAW
        else:
            self.answer_chunks += 1

    def forced(self, text: str) -> None:
        """Ponder's own closing text (a wrap-up sentence and the end tag), shown as reasoning."""
        if self.server_split:  # the reasoning came in its field: only the closing text is split
            self.splitter = ReasoningSplitter.continuing(self.splitter.start_tag, self.splitter.end_tag,
                                                         in_reasoning=True)
        self._send(self.splitter.feed(text))

    def finish(self) -> None:
        self._send(self.splitter.finish())
        self._close_thinking()

    def _mark_first(self) -> None:
        if self.first_at is None:
            self.first_at = time.perf_counter()

    def _send(self, pieces: list[tuple[str, str]]) -> None:
        for kind, text in pieces:
            if kind == REASONING:
                self.reasoning.append(text)
                if self.thinking_started is None:
                    self.thinking_started = time.perf_counter()
                self.emit({"event": Event.REASONING, "text": text})
            else:
                self.answer.append(text)
                self._close_thinking()
                self.emit({"event": Event.ANSWER, "text": text})

    def _close_thinking(self) -> None:
        if self.thinking_started is not None and not self.thinking_s:
            self.thinking_s = max(time.perf_counter() - self.thinking_started, 1e-6)


@dataclass
class _Phase:
    """What one streamed request returned besides its text."""

    finish: FinishReason | None = None
    usage: UsageCounts | None = None
    chunks: int = 0


class RemoteBackend:
    """One model on one server; the same interface as LlamaBackend for the engine host."""

    read_timeout = READ_TIMEOUT_S  # the longest silence tolerated mid-reply

    def __init__(self) -> None:
        self.url = ""
        self.model = ""
        self.server = ""
        self.api_key = ""
        self.ca_file = ""
        self.caps = Capabilities()
        self.profile = profiles.PROFILES["plain"]
        self.template: ChatTemplate | None = None
        self.renderer = TemplateWorker()
        self.client: httpx2.Client | None = None
        self._stop = threading.Event()
        self._answer_now = threading.Event()
        self._lock = threading.Lock()
        self._response: httpx2.Response | None = None

    # -- control from the host's reader thread -------------------------------
    def request_stop(self) -> None:
        self._stop.set()
        self._abort_stream()

    def request_answer_now(self) -> None:
        self._answer_now.set()

    def clear_stop(self) -> None:
        self._stop.clear()
        self._answer_now.clear()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    @property
    def answer_now_requested(self) -> bool:
        return self._answer_now.is_set()

    def _abort_stream(self) -> None:
        with self._lock:
            response = self._response
        if response is not None:
            try:
                response.close()  # unblocks the reading thread at once
            except (httpx2.HTTPError, OSError, RuntimeError):
                pass  # already closed or closing: the reader sees the stop flag either way

    def reset_context(self) -> None:
        """Nothing is cached here: the server holds its own."""

    def unload(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        self.renderer.close()

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc or self.url

    # -- loading -------------------------------------------------------------
    def load(self, opts: P.LoadOptions) -> P.LoadedEvent:
        started = time.perf_counter()
        remote = opts.remote or {}
        try:
            url = normalize_url(str(remote.get("url", "")))
        except ValueError as exc:
            raise EngineError(str(exc)) from None
        model, self.api_key = str(remote.get("model") or ""), str(remote.get("api_key") or "")
        self.ca_file, self.server = str(remote.get("ca_file") or ""), str(remote.get("server") or "")
        self.unload()
        self.url = url
        caps_data = remote.get("capabilities")
        self.caps = (Capabilities.from_json(caps_data) if isinstance(caps_data, dict) and caps_data.get("probed_at")
                     else probe(url, self.api_key, self.ca_file))
        self.client = make_client(self.api_key, self.ca_file, self.read_timeout)
        models, _cards = list_models(self.client, url, self.host)  # the server is there, the key works
        if not model:
            if len(models) != 1:
                raise EngineError(f"{self.host} serves {len(models)} models; choose one with --model: "
                                  + ", ".join(models[:20]))
            model = models[0]
        elif model not in models:
            listed = ", ".join(models[:20]) or "none"
            raise EngineError(f"{self.host} does not serve the model {model!r}. Its models: {listed}.")
        self.model = model
        try:
            self.profile = profiles.by_family(opts.family) if opts.family else profiles.detect_from_name(model)
        except ValueError as exc:
            raise EngineError(str(exc)) from None
        if self.caps.chat_template:
            self.template = ChatTemplate(self.caps.chat_template, "", "", "the server's")
        else:
            self.template = family_template(self.profile.family)
        if self.template is not None:
            self.renderer.start()
        notices = []
        if self.profile.can_reason and self.template is None:
            notices.append(f"No chat template is known for {model}: a thinking budget will be sent to the "
                           "server but cannot be enforced by Ponder if the server ignores it.")
        return {
            "event": Event.LOADED, "model": model, "path": url, "architecture": "remote",
            "n_ctx": self.caps.context_length or DEFAULT_CONTEXT, "gpu_layers": 0, "offload": "remote",
            "backend": self.caps.kind.label, "backend_reason": self.caps.describe(), "threads": 0,
            "template": self.template.name if self.template else "the server's", "recurrent": False,
            "family": self.profile.family, "reasoning": self.profile.reasoning,
            "load_s": round(time.perf_counter() - started, 3), "notices": notices,
            "endpoint": url, "server": self.server or self.host, "capabilities": self.caps.to_json(),
        }

    # -- generation ----------------------------------------------------------
    def generate(self, request: P.GenerateRequest, emit: Emit) -> None:
        """Stream one reply as events; always ends with `done` or raises EngineError."""
        if self.client is None:
            raise EngineError("no model is loaded")
        try:
            max_tokens = check_generate(request, self.caps.context_length or DEFAULT_CONTEXT)
        except ValueError as exc:
            raise EngineError(str(exc)) from None
        messages = request.messages
        if not messages or messages[-1].get("role") != "user":
            raise EngineError("the conversation must end with a user message")
        if not str(messages[-1].get("content", "")).strip():
            raise EngineError("the message is empty")
        _Generation(self, request, emit, max_tokens).run()

    def render(self, messages: list[dict[str, Any]], kwargs: dict[str, Any]) -> str | None:
        """The prompt the server will build (its template or the family's), None if unknown."""
        if self.template is None:
            return None
        try:
            return self.renderer.render(self.template, messages, True, kwargs, should_stop=self._stop.is_set)
        except TemplateError:
            return None

    def stream(self, path: str, body: dict[str, Any],
               on_notice: Callable[[str], None]) -> AbstractContextManager[httpx2.Response]:
        assert self.client is not None
        return open_stream(self.client, f"{self.url}{path}", body, self.host, self.model,
                           on_notice, self._stop.is_set)

    def hold(self, response: httpx2.Response | None) -> None:
        with self._lock:
            self._response = response
        if response is not None and self._stop.is_set():
            self._abort_stream()


class _Generation:
    """One reply: the first request, and if the reasoning must be closed by Ponder, the second."""

    def __init__(self, backend: RemoteBackend, request: P.GenerateRequest, emit: Emit, max_tokens: int):
        self.b, self.request, self.emit, self.max_tokens = backend, request, emit, max_tokens
        self.profile = backend.profile
        self.rendered: str | None = None  # the prompt as the server builds it, when a template is known
        self.started = time.perf_counter()
        self.budget = request.budget
        self.method = BudgetMethod.NONE
        self.exhausted = False
        self.fallback = False
        self.phases: list[_Phase] = []

    def notice(self, message: str) -> None:
        self.emit(P.notice_event(message))

    def run(self) -> None:
        b, profile, request = self.b, self.profile, self.request
        prepared = profile.prepare(request.messages, request.reasoning, self.budget)
        kwargs = {**prepared.template_kwargs, **request.template_kwargs}
        messages = [{k: v for k, v in m.items() if k != "reasoning_content"} for m in prepared.messages]
        try:
            rendered = b.render(messages, kwargs)
        except RenderCancelled:
            return self._finish(None, FinishReason.CANCELLED)
        if rendered is not None:
            rendered += prepared.prefill
        self.rendered = rendered
        opened = bool(rendered and profile.can_reason and rendered.rstrip().endswith(profile.start_tag))
        reply = _Reply(self.emit, ReasoningSplitter(profile.start_tag, profile.end_tag, opened=opened))
        reasons = prepared.reasoning_on and profile.can_reason
        capped = reasons and budget_is_capped(self.budget)
        closes_at_once = reasons and not thinking_allowed(self.budget)  # an always-reasoning family, budget 0
        if capped or closes_at_once:
            self.method = b.caps.budget_method
            if not self.method.server_side and rendered is None:
                self.method = BudgetMethod.NONE
                self.notice(f"The budget cannot be applied: {b.caps.kind.label} takes no budget field and "
                            f"no chat template is known for {b.model}. Choose the model's family for this server.")
        body = self._chat_body(messages, kwargs)
        if self.method.server_side:
            put_budget(body, self.method, self.budget)
        elif self.method is BudgetMethod.TWO_PHASE:
            body["max_tokens"] = min(self.max_tokens, max(self.budget, 1))
        cut_by_us = self.method is BudgetMethod.TWO_PHASE and body["max_tokens"] < self.max_tokens
        try:
            finish = self._requests(body, reply, opened, cut_by_us, closes_at_once)
        except _Interrupted as exc:
            reply.finish()
            self.notice(str(exc))
            return self._finish(reply, FinishReason.INTERRUPTED)
        if b.stopping:
            finish = FinishReason.CANCELLED
        reply.finish()
        self._finish(reply, finish or FinishReason.STOP)

    def _requests(self, body: dict[str, Any], reply: _Reply, opened: bool, cut_by_us: bool,
                  closes_at_once: bool) -> FinishReason | None:
        """The first request, then the second phase when Ponder must close the reasoning."""
        rendered = self.rendered
        try:
            if self.method is BudgetMethod.TWO_PHASE and closes_at_once:
                finish: FinishReason | None = FinishReason.LENGTH  # nothing to think: straight to the answer
                self.phases.append(_Phase(FinishReason.LENGTH))
            else:
                finish = self._read("/chat/completions", body, reply, chat=True)
        except _Switch:  # answer now, or a server that ignored its budget field
            assert rendered is not None
            return self._second_phase(rendered, reply, opened)
        if finish is FinishReason.LENGTH and rendered is not None and (cut_by_us or closes_at_once):
            finish = self._second_phase(rendered, reply, opened)
        return finish

    def _chat_body(self, messages: list[dict[str, Any]], kwargs: dict[str, Any]) -> dict[str, Any]:
        s = self.request.sampling
        body: dict[str, Any] = {
            "model": self.b.model, "messages": messages, "stream": True,
            "stream_options": {"include_usage": True}, "max_tokens": self.max_tokens,
            "temperature": s.temperature, "top_p": s.top_p,
        }
        if s.top_k:
            body["top_k"] = s.top_k
        if s.min_p:
            body["min_p"] = s.min_p
        if s.repeat_penalty != 1.0:
            body["repeat_penalty"] = s.repeat_penalty
        if s.seed is not None:
            body["seed"] = s.seed
        if s.stop:
            body["stop"] = list(s.stop)
        if kwargs:
            body["chat_template_kwargs"] = kwargs
        return body

    def _watching_budget(self, reply: _Reply) -> bool:
        """Whether Ponder must close the reasoning now (answer now, or a server ignoring its budget)."""
        if not reply.in_reasoning or self.rendered is None:
            return False  # without the prompt's text there is no second phase to go to
        if self.b.answer_now_requested:
            return True
        if self.method.server_side and budget_is_capped(self.budget):
            limit = self.budget + grace_for(self.budget) + IGNORED_BUDGET_SLACK
            if reply.reasoning_chunks > limit:
                self.fallback = True
                return True
        return False

    def _read(self, path: str, body: dict[str, Any], reply: _Reply, chat: bool) -> FinishReason | None:
        """Stream one request into reply; the finish reason the server gave (None if it gave none)."""
        phase = _Phase()
        self.phases.append(phase)
        b = self.b
        received = False
        try:
            with b.stream(path, body, self.notice) as response:
                b.hold(response)
                try:
                    for sse in httpx2.EventSource(response):
                        if b.stopping:
                            return FinishReason.CANCELLED
                        if sse.data.strip() == DONE_SENTINEL:
                            break
                        if not sse.data.strip():
                            continue
                        chunk = _decode_chunk(sse.data, b.host)
                        phase.usage = read_usage(chunk.get("usage")) or phase.usage
                        for choice in chunk.get("choices") or []:
                            if not isinstance(choice, dict):
                                continue
                            delta = choice.get("delta") if chat else {"content": choice.get("text")}
                            if isinstance(delta, dict):
                                text, name = reasoning_delta(delta)
                                if text and name is not None:
                                    reply.reasoning_delta(text, name)
                                    received = True
                                content = content_of(delta)
                                if content:
                                    reply.content_delta(content)
                                    received = True
                                phase.chunks += bool(text or content)
                            phase.finish = finish_from_wire(choice.get("finish_reason")) or phase.finish
                        if chat and self._watching_budget(reply):
                            raise _Switch
                finally:
                    b.hold(None)
        except RemoteError as exc:
            if b.stopping:
                return FinishReason.CANCELLED
            if received or reply.reasoning or reply.answer:
                raise _Interrupted(f"The reply from {b.host} broke off: {exc} What arrived is kept.") from None
            raise
        except httpx2.HTTPError as exc:
            if b.stopping:
                return FinishReason.CANCELLED
            error = transport_error(exc, b.host)
            if isinstance(exc, httpx2.SSEError):
                error = RemoteError(f"{b.host} did not answer with a stream: {exc}", "malformed")
            if received or reply.reasoning or reply.answer:
                raise _Interrupted(f"The reply from {b.host} broke off: {error} What arrived is kept.") from None
            raise error from None
        if b.stopping:
            return FinishReason.CANCELLED
        if phase.finish is None and not b.stopping:
            raise _Interrupted(f"The reply from {b.host} ended without finishing (the stream was cut). "
                               "What arrived is kept.")
        return phase.finish

    def _second_phase(self, rendered: str, reply: _Reply, opened: bool) -> FinishReason | None:
        """Close the reasoning as the local engine would and let the server continue the prompt."""
        if self.b.stopping:
            return FinishReason.CANCELLED
        answer_now = self.b.answer_now_requested
        if self.fallback:
            self.method = BudgetMethod.TWO_PHASE
            self.notice(f"{self.b.host} ignored the thinking budget field; Ponder ended the reasoning itself.")
        generated = "".join(reply.reasoning)
        profile = self.profile
        wrap_up = profiles.DEFAULT_WRAP_UP if self.request.wrap_up is None else self.request.wrap_up
        close = profile.close_sequence
        if reply.in_reasoning:
            self.exhausted = not answer_now
            forced = (("\n" + wrap_up.strip()) if wrap_up.strip() and generated else "") + close
            so_far = ("" if opened else profile.start_tag + "\n") + generated
            reply.forced(forced)
        else:  # the reasoning ended inside the first request: only the answer was cut
            forced = ""
            so_far = ("" if opened else profile.start_tag + "\n") + generated + close + "".join(reply.answer)
        used = sum(p.usage.completion_tokens if p.usage else p.chunks for p in self.phases)
        remaining = max(1, self.request.sampling.max_tokens - used)
        s = self.request.sampling
        body: dict[str, Any] = {"model": self.b.model, "prompt": rendered + so_far + forced, "stream": True,
                                "stream_options": {"include_usage": True}, "max_tokens": remaining,
                                "temperature": s.temperature, "top_p": s.top_p}
        if s.seed is not None:
            body["seed"] = s.seed
        if s.stop:
            body["stop"] = list(s.stop)
        return self._read("/completions", body, reply, chat=False)

    def _finish(self, reply: _Reply | None, finish: FinishReason) -> None:
        now = time.perf_counter()
        first = reply.first_at if reply else None
        usages = [p.usage for p in self.phases if p.usage is not None]
        prompt = usages[0].prompt_tokens if usages else 0
        counted_reasoning = reply.reasoning_chunks if reply else 0
        counted_answer = reply.answer_chunks if reply else 0
        if usages and len(usages) == len(self.phases):
            completion = sum(u.completion_tokens for u in usages)
            told = [u.reasoning_tokens for u in usages if u.reasoning_tokens is not None]
            reasoning = sum(told) if told else min(counted_reasoning, completion)
            if self.method is BudgetMethod.TWO_PHASE and len(self.phases) == 2 and not told:
                reasoning = usages[0].completion_tokens if self.exhausted else reasoning
            answer = max(0, completion - reasoning)
        else:
            reasoning, answer = counted_reasoning, counted_answer
        decode_s = now - first if first else 0.0
        stats: P.StatsEvent = {
            "event": Event.STATS, "prompt_tokens": prompt, "prompt_tokens_evaluated": prompt,
            "budget": self.budget, "evaluated_tokens": prompt + reasoning + answer,
            "generated_tokens": reasoning + answer, "reasoning_tokens": reasoning, "answer_tokens": answer,
            "forced_tokens": 0, "budget_exhausted": self.exhausted,
            "reasoning_unfinished": bool(reply and reply.splitter.unfinished),
            "thinking_s": round(reply.thinking_s, 4) if reply else 0.0,
            "ttft_s": round((first or now) - self.started, 4), "prompt_tokens_per_s": 0.0,
            "decode_tokens_per_s": round((reasoning + answer) / decode_s, 2) if decode_s > 0 else 0.0,
            "total_s": round(now - self.started, 4), "checkpoints": 0,
            "endpoint": self.b.url, "server": self.b.server or self.b.host, "budget_method": str(self.method),
            "reasoning_field": str(reply.field_seen if reply else ReasoningField.UNKNOWN),
            "budget_fallback": self.fallback,
        }
        self.emit(stats)
        self.emit(P.done_event(finish))


def _decode_chunk(data: str, host: str) -> dict[str, Any]:
    try:
        chunk = json.loads(data)
    except ValueError:
        raise RemoteError(f"{host} sent a stream event Ponder cannot read: {data[:80]!r}", "malformed") from None
    if not isinstance(chunk, dict):
        raise RemoteError(f"{host} sent a stream event that is not an object: {data[:80]!r}", "malformed")
    if isinstance(chunk.get("error"), dict | str):  # an error reported inside the stream
        error = chunk["error"]
        message = error.get("message", "") if isinstance(error, dict) else error
        raise RemoteError(f"{host} reported an error mid-reply: {str(message)[:300]}", "server")
    return chunk
