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
import socket
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import httpx2

from . import answer_language, profiles
from . import protocol as P
from .budget import grace_for
from .limits import check_generate
from .messages import Text, message_of, translate
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
        source = resources.files("assets").joinpath("templates").joinpath(f"{family}.jinja").read_text(
            encoding="utf-8")
    except OSError:  # (FileNotFoundError included)
        return None
    # no BOS in the text: servers add it when they tokenize a /v1/completions prompt
    return ChatTemplate(source, "", _EOS.get(family, "<|im_end|>"), f"{family} (published)")


class _Interrupted(Exception):
    """The stream broke off after part of the reply arrived; the part is kept."""


class _NoContinuation(Exception):
    """The server refused the second phase's /v1/completions request."""


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
        self._socket: socket.socket | None = None  # the connection of the request under way

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
        """Shut the request's connection down: a read blocked on it (before the response's headers
        or in a silent stream) fails at once, and the generating thread sees the stop flag."""
        with self._lock:
            sock = self._socket
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the generating thread: nothing is left to unblock

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: remember each new connection's socket (for Stop)."""
        if event == "connection.connect_tcp.complete":
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            with self._lock:
                self._socket = sock if isinstance(sock, socket.socket) else None
            if self._stop.is_set():
                self._abort_stream()

    def request_done(self) -> None:
        """The request under way has ended: its socket is no longer Stop's to shut down."""
        with self._lock:
            self._socket = None

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
            raise EngineError(message_of(exc)) from None
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
            if not models:
                raise EngineError(Text(translate("Engine", "{host} does not serve the model {model}. Its models: "
                                                           "none."), host=self.host, model=repr(model)))
            raise EngineError(Text(translate("Engine", "{host} does not serve the model {model}. Its models: "
                                                       "{models}."),
                                   host=self.host, model=repr(model), models=", ".join(models[:20])))
        self.model = model
        try:
            self.profile = profiles.by_family(opts.family) if opts.family else profiles.detect_from_name(model)
        except ValueError as exc:
            raise EngineError(message_of(exc)) from None
        if self.caps.chat_template:
            self.template = ChatTemplate(self.caps.chat_template, "", "", "the server's")
        else:
            self.template = family_template(self.profile.family)
        if self.template is not None:
            self.renderer.start()
        notices: list[str] = []
        if self.profile.can_reason and self.template is None:
            notices.append(Text(translate("Engine", "No chat template is known for {model}: a thinking budget "
                                                    "will be sent to the server but cannot be enforced by Ponder "
                                                    "if the server ignores it."), model=model))
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
            raise EngineError(message_of(exc)) from None
        if request.prompt is not None:  # a prompt to continue as it is: the server's /v1/completions
            _Generation(self, request, emit, max_tokens).run_raw(request.prompt)
            return
        messages = request.messages
        if not messages or messages[-1].get("role") != "user":
            raise EngineError("the conversation must end with a user message")
        if not str(messages[-1].get("content", "")).strip():
            raise EngineError("the message is empty")
        if request.heavy:
            raise EngineError(Text(translate("Engine", "Heavy mode runs on a local model only: it continues every "
                                                       "candidate from one evaluated prompt, which a server does not "
                                                       "share. Turn Heavy off or choose a local model.")))
        try:
            messages = self.profile.with_task(messages, request.task)
            request = replace(request, messages=answer_language.for_request(self.profile, messages, request))
        except ValueError as exc:
            raise EngineError(message_of(exc)) from None
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
                           on_notice, self._stop.is_set, trace=self._trace)


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
        self.told_no_answer_now = False
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
        self._fit_context(rendered, messages)
        opened = bool(rendered and profile.can_reason and rendered.rstrip().endswith(profile.start_tag))
        reply = _Reply(self.emit, ReasoningSplitter(profile.start_tag, profile.end_tag, opened=opened))
        reasons = prepared.reasoning_on and profile.can_reason
        capped = reasons and budget_is_capped(self.budget)
        closes_at_once = reasons and not thinking_allowed(self.budget)  # an always-reasoning family, budget 0
        if capped or closes_at_once:
            self.method = b.caps.budget_method
            if not self.method.server_side and rendered is None:
                self.method = BudgetMethod.NONE
                self.notice(Text(translate("Engine", "The budget cannot be applied: {server} takes no budget field "
                                                     "and no chat template is known for {model}. Choose the model's "
                                                     "family for this server."),
                                 server=b.caps.kind.label, model=b.model))
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
            self.notice(message_of(exc))
            return self._finish(reply, FinishReason.INTERRUPTED)
        if b.stopping:
            finish = FinishReason.CANCELLED
        reply.finish()
        self._finish(reply, finish or FinishReason.STOP)

    def run_raw(self, prompt: str) -> None:
        """Continue a prompt as written (no chat template); one that ends with the family's start tag
        has opened the reasoning, which is split off as in a chat."""
        profile = self.profile
        self._fit_context(prompt, [])
        opened = profile.can_reason and prompt.rstrip().endswith(profile.start_tag)
        splitter = ReasoningSplitter(profile.start_tag, profile.end_tag, opened=opened) if opened else \
            ReasoningSplitter.continuing(profile.start_tag, profile.end_tag, in_reasoning=False)
        reply = _Reply(self.emit, splitter)
        body: dict[str, Any] = {"model": self.b.model, "prompt": prompt, "stream": True,
                                "stream_options": {"include_usage": True}, "max_tokens": self.max_tokens,
                                **self._sampling()}
        try:
            finish = self._read("/completions", body, reply, chat=False)
        except _Interrupted as exc:
            reply.finish()
            self.notice(message_of(exc))
            return self._finish(reply, FinishReason.INTERRUPTED)
        except _NoContinuation as exc:
            raise EngineError(Text(translate("Engine", "{host} offers no usable /v1/completions: {error}"),
                                   host=self.b.host, error=message_of(exc))) from None
        reply.finish()
        self._finish(reply, FinishReason.CANCELLED if self.b.stopping else finish or FinishReason.STOP)

    def _fit_context(self, rendered: str | None, messages: list[dict[str, Any]]) -> None:
        """Keep prompt + max_tokens within the server's context (servers refuse requests that do not
        fit): the prompt's length is estimated at 3 characters a token, on the safe side."""
        context = self.b.caps.context_length
        if not context:
            return
        chars = len(rendered) if rendered is not None else sum(len(str(m.get("content", ""))) for m in messages)
        room = context - chars // 3 - 16
        if room < 16:
            raise EngineError(Text(translate("Engine", "the conversation is too long for {model} on {host}: its "
                                                       "context holds {context:,} tokens. Start a new chat or "
                                                       "shorten the message."),
                                   model=self.b.model, host=self.b.host, context=context))
        self.max_tokens = min(self.max_tokens, room)

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
        if rendered is None or self.b.stopping:
            return finish
        if finish is FinishReason.LENGTH and (cut_by_us or closes_at_once):
            return self._second_phase(rendered, reply, opened)
        if finish is FinishReason.STOP and reply.in_reasoning and reply.reasoning:
            # the model ended its turn inside the reasoning: close it and let it answer, as locally
            return self._second_phase(rendered, reply, opened, budget_closed=False)
        return finish

    def _sampling(self) -> dict[str, Any]:
        """The request's sampling as both endpoints take it (0 for top_k or min_p: left to the server)."""
        s = self.request.sampling
        fields: dict[str, Any] = {"temperature": s.temperature, "top_p": s.top_p}
        if s.top_k:
            fields["top_k"] = s.top_k
        if s.min_p:
            fields["min_p"] = s.min_p
        if s.repeat_penalty != 1.0:
            fields["repeat_penalty"] = s.repeat_penalty
        if s.seed is not None:
            fields["seed"] = s.seed
        if s.stop:
            fields["stop"] = list(s.stop)
        return fields

    def _chat_body(self, messages: list[dict[str, Any]], kwargs: dict[str, Any]) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.b.model, "messages": messages, "stream": True,
                                "stream_options": {"include_usage": True}, "max_tokens": self.max_tokens,
                                **self._sampling()}
        if kwargs:
            body["chat_template_kwargs"] = kwargs
        return body

    def _watching_budget(self, reply: _Reply) -> bool:
        """Whether Ponder must close the reasoning now (answer now, or a server ignoring its budget)."""
        if not reply.in_reasoning:
            return False
        if self.b.answer_now_requested:
            if self.rendered is not None:
                return True
            if not self.told_no_answer_now:  # without the prompt's text there is no second phase
                self.told_no_answer_now = True
                self.notice(Text(translate("Engine", "Answer now is not possible here: no chat template is known for "
                                                     "{model}. Choose the model's family for this server."),
                                 model=self.b.model))
            return False
        if self.rendered is not None and self.method.server_side and self.budget >= 0:
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
        if b.stopping:
            return FinishReason.CANCELLED
        received = False
        try:
            with b.stream(path, body, self.notice) as response:
                for sse in httpx2.EventSource(response):
                    if b.stopping:
                        return FinishReason.CANCELLED
                    if sse.data.strip() == DONE_SENTINEL:
                        break
                    if not sse.data.strip():
                        continue
                    chunk = _decode_chunk(sse.data, b.host)
                    phase.usage = read_usage(chunk.get("usage")) or phase.usage
                    for choice in chunk["choices"]:
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
        except (RemoteError, httpx2.HTTPError, httpx2.StreamError) as exc:
            if b.stopping:
                return FinishReason.CANCELLED
            error = exc if isinstance(exc, RemoteError) else _reading_error(exc, b.host)
            if not chat and not received and error.kind in ("model", "not_found", "rejected"):
                raise _NoContinuation(message_of(error)) from None
            if received or reply.reasoning or reply.answer:
                raise _Interrupted(Text(translate("Engine", "The reply from {host} broke off: {error} What arrived "
                                                            "is kept."), host=b.host, error=message_of(error))) from None
            raise error from None
        finally:
            b.request_done()
        if b.stopping:
            return FinishReason.CANCELLED
        if phase.finish is None:
            raise _Interrupted(Text(translate("Engine", "The reply from {host} ended without finishing (the stream "
                                                        "was cut). What arrived is kept."), host=b.host))
        if phase.finish is FinishReason.INTERRUPTED:
            raise _Interrupted(Text(translate("Engine", "{host} aborted the reply. What arrived is kept."), host=b.host))
        return phase.finish

    def _second_phase(self, rendered: str, reply: _Reply, opened: bool,
                      budget_closed: bool = True) -> FinishReason | None:
        """Close the reasoning as the local engine would and let the server continue the prompt.

        budget_closed: the budget or Answer now closes it (the wrap-up sentence is said), not the
        model's own end of turn inside the reasoning.
        """
        if self.b.stopping:
            return FinishReason.CANCELLED
        answer_now = self.b.answer_now_requested
        if self.fallback:
            self.method = BudgetMethod.TWO_PHASE
            self.b.caps.budget_method = BudgetMethod.TWO_PHASE  # for the next replies of this load too
            self.notice(Text(translate("Engine", "{host} ignored the thinking budget field; Ponder ended the "
                                                 "reasoning itself."), host=self.b.host))
        generated = "".join(reply.reasoning)
        profile = self.profile
        start = "" if opened else profile.start_tag + "\n"
        if reply.in_reasoning:
            self.exhausted = budget_closed and not answer_now
            wrap_up = self.request.wrap_up if budget_closed and generated else ""
            forced = profile.closing_text(wrap_up)
            so_far = start + generated
            reply.forced(forced)
        else:  # the reasoning ended inside the first request: only the answer was cut
            forced = ""
            so_far = start + generated + profile.close_sequence + "".join(reply.answer)
        used = sum(p.usage.completion_tokens if p.usage else p.chunks for p in self.phases)
        body: dict[str, Any] = {"model": self.b.model, "prompt": rendered + so_far + forced, "stream": True,
                                "stream_options": {"include_usage": True},
                                "max_tokens": max(1, self.max_tokens - used), **self._sampling()}
        try:
            return self._read("/completions", body, reply, chat=False)
        except _NoContinuation as exc:
            self.notice(Text(translate("Engine", "The reasoning was closed but {host} could not continue it: it "
                                                 "offers no usable /v1/completions ({error}). The budget cannot give "
                                                 "an answer on this server."), host=self.b.host, error=message_of(exc)))
            return FinishReason.LENGTH

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
        if self.method.server_side and budget_is_capped(self.budget) and reasoning >= self.budget \
                and reply is not None and reply.answer_chunks:
            self.exhausted = True  # the server's budget, not the model, ended the reasoning
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


def _reading_error(exc: Exception, host: str) -> RemoteError:
    """A failure while a stream is read, in words."""
    if isinstance(exc, httpx2.SSEError):
        return RemoteError(Text(translate("Engine", "{host} did not answer with a stream ({reason})"),
                                host=host, reason=str(exc)), "malformed")
    if isinstance(exc, httpx2.StreamError):
        return RemoteError(Text(translate("Engine", "the stream from {host} was closed"), host=host), "cut")
    return transport_error(exc, host)


def _decode_chunk(data: str, host: str) -> dict[str, Any]:
    try:
        chunk = json.loads(data)
    except ValueError:
        raise RemoteError(Text(translate("Engine", "{host} sent a stream event Ponder cannot read: {data}"),
                               host=host, data=repr(data[:80])), "malformed") from None
    if not isinstance(chunk, dict):
        raise RemoteError(Text(translate("Engine", "{host} sent a stream event that is not an object: {data}"),
                               host=host, data=repr(data[:80])), "malformed")
    choices = chunk.get("choices")
    if choices is None:
        chunk["choices"] = []
    elif not isinstance(choices, list) or not all(isinstance(c, dict) for c in choices):
        raise RemoteError(Text(translate("Engine", "{host} sent a stream event Ponder cannot read (choices is not "
                                                   "a list of objects)."), host=host), "malformed")
    if isinstance(chunk.get("error"), dict | str):  # an error reported inside the stream
        error = chunk["error"]
        message = error.get("message", "") if isinstance(error, dict) else error
        raise RemoteError(Text(translate("Engine", "{host} reported an error mid-reply: {said}"),
                               host=host, said=str(message)[:300]), "server")
    return chunk
