"""Ponder as an OpenAI-compatible server: the ASGI app (Starlette) and its three endpoints.

GET /v1/models, POST /v1/chat/completions (SSE streaming or one JSON answer) and
POST /v1/completions. Requests are read and answers written with the one
definition of the wire format (engine/openai_wire.py, which the remote backend
reads as a client). Each generation is an EngineJob queued on the lane that owns
the model (the window's bridge, or the headless lane of `ponder serve`); a
client that goes away cancels its job at once. The guards in front of this app
(app/server_security.py) and the uvicorn that serves it (app/server_runner.py)
are added by `build_app`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from sse_starlette import EventSourceResponse
from sse_starlette.sse import SendTimeoutError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from engine import profiles
from engine import protocol as P
from engine.openai_wire import (
    DONE_SENTINEL,
    AssistantMessage,
    ChatCompletion,
    Completion,
    Delta,
    ModelList,
    ReasoningOutput,
    Usage,
    WireError,
    chat_chunk,
    error_body,
    finish_to_wire,
    new_id,
    now,
    read_messages,
    read_reasoning_control,
    read_sampling,
    reasoning_fields,
    text_chunk,
    usage,
    usage_chunk,
)
from engine.protocol import Event, FinishReason

from .engine_jobs import ENDED_EARLY, NO_MODEL, SHUTTING_DOWN, EngineJob, JobFailure, interrupted
from .server_lane import EngineLane
from .server_security import KeyThrottle, guarded

log = logging.getLogger(__name__)
logging.getLogger("sse_starlette").setLevel(logging.INFO)  # its DEBUG level logs every chunk sent

MAX_BODY_BYTES = 8 * 2**20
MAX_WAITING = 64  # generations queued or running at once; more get 429
SSE_PING_S = 10  # a comment line keeps a queued stream's connection alive
SEND_TIMEOUT_S = 30.0  # a stream whose client reads nothing for this long is ended (its job cancelled)
SHUTDOWN_GRACE_S = 2.0  # streams told the server is stopping get this long to say so (uvicorn waits 3 s)
ABORT_CONNECTION = "ponder.abort_connection"  # scope["extensions"]: closes the connection now (server_runner)
INTERNAL = JobFailure("Ponder's server failed on this request (a bug); its log says where.", 500, "internal_error")


def _json_error(status: int, message: str, kind: str = "invalid_request_error",
                param: str | None = None, code: str | None = None) -> JSONResponse:
    return JSONResponse(error_body(message, kind, param, code), status_code=status)


def _failure_response(failure: JobFailure) -> JSONResponse:
    return _json_error(failure.status, failure.message, failure.kind, None, failure.code)


def _failure_event(failure: JobFailure) -> dict[str, str]:
    """A failure in a stream: the same error body (type and code) a whole reply would carry."""
    return _sse(error_body(failure.message, failure.kind, None, failure.code))


class JobFeed:
    """A job's events, from the lane's thread to the server's event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop):
        self._loop = loop
        self._queue: asyncio.Queue[P.EngineEvent] = asyncio.Queue()
        self.failure: JobFailure | None = None  # set by `fail`: why the server ended the request

    def put(self, event: P.EngineEvent) -> None:
        """From any thread (the job's sink)."""
        try:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, event)
        except RuntimeError:
            return  # the server's loop has closed: nobody is listening any more

    def fail(self, failure: JobFailure) -> None:
        """From any thread: the request ends now with this error, before anything its job says later."""
        self.failure = failure
        self.put(P.error_event(failure.message))

    async def events(self) -> AsyncIterator[P.EngineEvent]:
        """Until the job's end (done or error), included."""
        while True:
            event = await self._queue.get()
            yield event
            if event["event"] == Event.DONE or event["event"] == Event.ERROR:
                return


class JobStream(EventSourceResponse):
    """A job's SSE stream; when it is over, however (the end, the client gone: then at once, even before
    the first event; or a client that stopped reading), `release` runs."""

    def __init__(self, events: AsyncIterator[dict[str, str]], release: Callable[[], None],
                 send_timeout: float = SEND_TIMEOUT_S):
        super().__init__(events, ping=SSE_PING_S, sep="\n", headers={"cache-control": "no-store"},
                         send_timeout=send_timeout, shutdown_grace_period=SHUTDOWN_GRACE_S)
        self._release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        except SendTimeoutError:  # its client reads nothing: nothing more can be sent, not even the end
            log.info("a client read nothing of its stream for %g s; the stream was ended", self.send_timeout)
            abort = (scope.get("extensions") or {}).get(ABORT_CONNECTION, {}).get("abort")
            if abort is not None:
                abort()
                with contextlib.suppress(TimeoutError):  # until the server has seen it gone (at once)
                    await asyncio.wait_for(receive(), 1.0)
        finally:
            self._release()


class Shaper:
    """The engine's reasoning and answer text as the wire carries it: in reasoning fields (one or
    both names), or inside the content between the model's think tags (raw)."""

    def __init__(self, output: ReasoningOutput, start_tag: str, end_tag: str):
        self.output, self.start_tag, self.end_tag = output, start_tag, end_tag
        self._reasoning: list[str] = []
        self._answer: list[str] = []
        self._open = False  # raw: a think tag is open in the content

    @property
    def raw(self) -> bool:
        return self.output is ReasoningOutput.RAW

    def reasoning(self, text: str) -> Delta:
        self._reasoning.append(text)
        if not self.raw:
            return cast(Delta, reasoning_fields(text, self.output))
        opening = "" if self._open else self.start_tag + "\n"
        self._open = True
        return {"content": opening + text}

    def answer(self, text: str) -> Delta:
        self._answer.append(text)
        return {"content": self._close() + text}

    def closing(self) -> str:
        """What is still owed at the end (raw: the closing tag of unfinished reasoning)."""
        return self._close()

    def _close(self) -> str:
        if self._open:
            self._open = False
            return self.end_tag + "\n\n"
        return ""

    def text(self) -> str:
        """The whole content (raw: with the reasoning in think tags)."""
        answer = "".join(self._answer)
        reasoning = "".join(self._reasoning)
        if self.raw and reasoning:
            return f"{self.start_tag}\n{reasoning}{self.end_tag}\n\n{answer}"
        return answer

    def reasoning_fields(self) -> dict[str, str]:
        reasoning = "".join(self._reasoning)
        return reasoning_fields(reasoning, self.output) if reasoning and not self.raw else {}


def wire_usage(stats: P.StatsEvent | None) -> Usage:
    """Counts of one reply. completion_tokens: every token of the reply, the budget's forced closing
    sequence included; reasoning_tokens: those the model wrote while reasoning."""
    if stats is None:
        return usage(0, 0, 0)
    return usage(stats["prompt_tokens"], stats["generated_tokens"] + stats["forced_tokens"],
                 stats["reasoning_tokens"])


@dataclass
class Call:
    """One generation request, read and checked."""

    kind: str  # "chat" or "text"
    ident: str
    model: str
    created: int
    request: P.GenerateRequest
    stream: bool
    include_usage: bool
    shaper: Shaper


class OpenAIApi:
    """The endpoints. Each generation becomes an EngineJob on `lane`; `shutdown` ends them all."""

    def __init__(self, lane: EngineLane, output: ReasoningOutput = ReasoningOutput.BOTH,
                 max_waiting: int = MAX_WAITING, send_timeout: float = SEND_TIMEOUT_S):
        self.lane, self.output, self.max_waiting, self.send_timeout = lane, output, max_waiting, send_timeout
        self._lock = threading.Lock()
        self._live: dict[EngineJob, JobFeed] = {}
        self._closed = False

    def routes(self) -> list[Route]:
        return [Route("/v1/models", self.models, methods=["GET"]),
                Route("/v1/chat/completions", self.chat_completions, methods=["POST"]),
                Route("/v1/completions", self.completions, methods=["POST"])]

    def shutdown(self) -> None:
        """From any thread: every request in flight ends now, told so (503), and its job is ended."""
        with self._lock:
            self._closed = True
            live = list(self._live.items())
        for job, feed in live:
            feed.fail(SHUTTING_DOWN)  # first: the job's own end, which follows, is not its client's answer
            self.lane.cancel_job(job, SHUTTING_DOWN)

    # -- endpoints -------------------------------------------------------------------
    async def models(self, _request: Request) -> Response:
        loaded = self.lane.loaded_model()
        listing: ModelList = {"object": "list", "data": []}
        if loaded is not None:
            listing["data"].append({"id": loaded["model"], "object": "model", "created": now(),
                                    "owned_by": "ponder"})
        return JSONResponse(listing)

    async def chat_completions(self, request: Request) -> Response:
        return await self._generate(request, "chat")

    async def completions(self, request: Request) -> Response:
        return await self._generate(request, "text")

    # -- one generation -------------------------------------------------------------
    async def _generate(self, request: Request, kind: str) -> Response:
        try:
            body = await _json_body(request)
        except ClientDisconnect:
            return Response(status_code=499)  # the client left while sending its request: nobody reads this
        except WireError as exc:
            return _json_error(400, str(exc), param=exc.param, code=exc.code)
        loaded = self.lane.loaded_model()
        if loaded is None:
            return _failure_response(NO_MODEL)
        try:
            call = self._read(body, kind, loaded)
        except WireError as exc:
            return _json_error(400, str(exc), param=exc.param, code=exc.code)
        feed = JobFeed(asyncio.get_running_loop())
        client = request.client
        job = EngineJob(call.request, feed.put, f"{client.host}:{client.port}" if client else "")
        with self._lock:
            if self._closed:
                return _failure_response(SHUTTING_DOWN)
            if len(self._live) >= self.max_waiting:
                return _json_error(429, f"{len(self._live)} requests are waiting for the model already; "
                                        "try again later.", "rate_limit_error", None, "too_many_waiting")
            self._live[job] = feed
        try:
            self.lane.submit_job(job)
        except BaseException:
            self._release(job)
            raise
        if call.stream:
            return JobStream(self._stream(call, job, feed), lambda: self._release(job), self.send_timeout)
        return await self._answer_whole(request, call, job, feed)

    def _read(self, body: dict[str, Any], kind: str, loaded: P.LoadedEvent) -> Call:
        """The request in Ponder's terms, or WireError saying which value is wrong. A value sent as
        null counts as not sent."""
        stream = body.get("stream")
        if stream is None:
            stream = False
        if not isinstance(stream, bool):
            raise WireError("stream must be true or false", "stream")
        options = body.get("stream_options")
        include_usage = options.get("include_usage") if isinstance(options, dict) else None
        if options is not None and (not isinstance(options, dict)
                                    or include_usage is not None and not isinstance(include_usage, bool)):
            raise WireError("stream_options must be an object whose include_usage is true or false",
                            "stream_options")
        n = body.get("n")
        if n is not None and (n != 1 or isinstance(n, bool)):
            raise WireError("only n = 1 is supported (one choice per request)", "n")
        prompt: str | None = None
        if kind == "chat":
            messages = read_messages(body)
            if not str(messages[-1]["content"]).strip():
                raise WireError("the last message is empty", "messages")
        else:  # the prompt is continued as it is, no chat template around it
            prompt = _prompt(body)
            messages = [{"role": "user", "content": prompt}]  # for an engine that takes no raw prompt
        control = read_reasoning_control(body)
        profile = profiles.PROFILES.get(loaded.get("family", ""), profiles.PROFILES["plain"])
        base = P.Sampling()
        for name, value in profile.sampling(profile.reasoning_on(control.mode, control.budget)).items():
            setattr(base, name, value)
        sampling = read_sampling(body, base)
        request = P.GenerateRequest(messages, sampling, reasoning=control.mode, budget=control.budget,
                                    prompt=prompt)
        return Call(kind, new_id("chatcmpl" if kind == "chat" else "cmpl"), loaded["model"], now(),
                    request, stream, bool(include_usage),
                    Shaper(self.output, profile.start_tag, profile.end_tag))

    def _release(self, job: EngineJob) -> None:
        """The request is over: its job is cancelled unless it has ended (the client went away)."""
        self.lane.cancel_job(job)
        with self._lock:
            self._live.pop(job, None)

    async def _stream(self, call: Call, job: EngineJob, feed: JobFeed) -> AsyncIterator[dict[str, str]]:
        """The SSE events of one streamed reply, up to `[DONE]`; a reply that did not end whole ends
        with an error event instead of a finish reason."""
        shaper, stats = call.shaper, None
        if call.kind == "chat":
            yield _sse(chat_chunk(call.ident, call.model, call.created, {"role": "assistant", "content": ""}))
        async for event in feed.events():
            if event["event"] == Event.REASONING or event["event"] == Event.ANSWER:
                delta = (shaper.reasoning if event["event"] == Event.REASONING else shaper.answer)(event["text"])
                yield _sse(self._chunk(call, delta))
            elif event["event"] == Event.STATS:
                stats = event
            elif (failure := _failure_of(event, job, feed)) is not None:
                yield _failure_event(failure)
                yield {"data": DONE_SENTINEL}
            elif event["event"] == Event.DONE:
                owed = shaper.closing()
                yield _sse(self._chunk(call, {"content": owed} if owed else {},
                                       finish_to_wire(event["finish_reason"])))
                if call.include_usage:
                    yield _sse(self._usage_chunk(call, wire_usage(stats)))
                yield {"data": DONE_SENTINEL}

    def _chunk(self, call: Call, delta: Delta, finish: str | None = None) -> Any:
        if call.kind == "chat":
            return chat_chunk(call.ident, call.model, call.created, delta, finish)
        chunk = text_chunk(call.ident, call.model, call.created, delta.get("content", ""), finish)
        extra = {k: v for k, v in delta.items() if k in ("reasoning", "reasoning_content")}
        cast(dict[str, Any], chunk["choices"][0]).update(extra)
        return chunk

    def _usage_chunk(self, call: Call, counts: Usage) -> Any:
        if call.kind == "chat":
            return usage_chunk(call.ident, call.model, call.created, counts)
        last: Completion = {"id": call.ident, "object": "text_completion", "created": call.created,
                            "model": call.model, "choices": [], "usage": counts}
        return last

    async def _answer_whole(self, request: Request, call: Call, job: EngineJob, feed: JobFeed) -> Response:
        """A reply in one JSON answer; a client that goes away first cancels the job."""
        collect = asyncio.create_task(self._collect(call, job, feed))
        gone = asyncio.create_task(_disconnected(request))
        try:
            await asyncio.wait({collect, gone}, return_when=asyncio.FIRST_COMPLETED)
            if not collect.done():
                return Response(status_code=499)  # the client has gone: nobody reads this
            return collect.result()
        finally:
            for task in (collect, gone):
                task.cancel()
            self._release(job)

    async def _collect(self, call: Call, job: EngineJob, feed: JobFeed) -> Response:
        shaper, stats = call.shaper, None
        async for event in feed.events():
            if event["event"] == Event.REASONING:
                shaper.reasoning(event["text"])
            elif event["event"] == Event.ANSWER:
                shaper.answer(event["text"])
            elif event["event"] == Event.STATS:
                stats = event
            elif (failure := _failure_of(event, job, feed)) is not None:
                return _failure_response(failure)
            elif event["event"] == Event.DONE:
                return JSONResponse(self._whole(call, finish_to_wire(event["finish_reason"]), wire_usage(stats)))
        return _failure_response(INTERNAL)

    def _whole(self, call: Call, finish: str, counts: Usage) -> ChatCompletion | Completion:
        shaper = call.shaper
        if call.kind == "chat":
            message: AssistantMessage = {"role": "assistant", "content": shaper.text()}
            message.update(cast(AssistantMessage, shaper.reasoning_fields()))
            return {"id": call.ident, "object": "chat.completion", "created": call.created,
                    "model": call.model, "usage": counts,
                    "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}]}
        whole = text_chunk(call.ident, call.model, call.created, shaper.text(), finish, counts)
        cast(dict[str, Any], whole["choices"][0]).update(shaper.reasoning_fields())
        return whole


def _failure_of(event: P.EngineEvent, job: EngineJob, feed: JobFeed) -> JobFailure | None:
    """Why a request ends without a whole reply: its error, or an end that is not a reply's (a
    cancelled or interrupted `done` never reaches a client as a finish reason); None otherwise."""
    if event["event"] == Event.ERROR:
        return feed.failure or job.failure or INTERNAL
    if event["event"] == Event.DONE and event["finish_reason"] is FinishReason.CANCELLED:
        return ENDED_EARLY
    if event["event"] == Event.DONE and event["finish_reason"] is FinishReason.INTERRUPTED:
        return interrupted("")
    return None


def _sse(data: Any) -> dict[str, str]:
    return {"data": json.dumps(data, ensure_ascii=False, separators=(",", ":"))}


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        raise WireError("the request body is not valid JSON", None, "invalid_json") from None
    if not isinstance(body, dict):
        raise WireError("the request body must be a JSON object", None, "invalid_json")
    return body


def _prompt(body: dict[str, Any]) -> str:
    prompt = body.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1:
        prompt = prompt[0]
    if not isinstance(prompt, str) or not prompt:
        raise WireError("prompt must be a non-empty string (one prompt per request)", "prompt")
    return prompt


async def _disconnected(request: Request) -> None:
    """Returns when the client has gone (the body has been read already)."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    messages = {404: "There is nothing at this address. Ponder serves /v1/models, "
                     "/v1/chat/completions and /v1/completions.",
                405: "This address does not take that method."}
    return _json_error(exc.status_code, messages.get(exc.status_code, exc.detail),
                       code="not_found" if exc.status_code == 404 else None)


async def _internal_error(_request: Request, _exc: Exception) -> Response:
    # the client learns only that it failed; the guards' ErrorBarrier logs the exception's type and place
    return _failure_response(INTERNAL)


def build_app(api: OpenAIApi, *, key: str, hosts: frozenset[str], port: int,
              origins: Iterable[str] = (), max_body_bytes: int = MAX_BODY_BYTES,
              throttle: KeyThrottle | None = None) -> ASGIApp:
    """The API behind its guards (app/server_security.py)."""
    app = Starlette(routes=api.routes(), exception_handlers={
        HTTPException: _http_error, Exception: _internal_error})
    return guarded(app, key=key, hosts=hosts, port=port, origins=origins, max_body_bytes=max_body_bytes,
                   throttle=throttle)
