"""A real HTTP server on 127.0.0.1 replaying chat streams shaped as vLLM, SGLang, NIM and llama.cpp send them.

`ReplayServer(flavor, reasoning=..., answer=..., continuation=...)` answers
`POST /v1/chat/completions` with the scripted reasoning then answer, one word
piece per SSE event, and `POST /v1/completions` with `continuation` (the second
phase of a client-side budget). Each flavor frames its chunks, usage, finish
and errors as that engine does, serves that engine's identification endpoints
(everything else is a 404 with a JSON body) and honours its own budget field:

| flavor   | reasoning in          | budget field                | identification (GET)              |
| vllm     | `reasoning`           | `thinking_token_budget`     | /version 0.12.0, /health (empty)  |
| vllm-old | `reasoning_content`   | `thinking_token_budget`     | /version 0.10.2, /health (empty)  |
| sglang   | `reasoning_content`   | none                        | /get_server_info, /health (empty) |
| nim      | `reasoning_content`   | `nvext.max_thinking_tokens` | /v1/metadata, /v1/health/ready    |
| llamacpp | `reasoning_content`   | `thinking_budget_tokens`    | /props, /health                   |
| raw      | think tags in content | none                        | none                              |

(vLLM renamed `reasoning_content` to `reasoning` after 0.11.0, hence the versions.)

Reasoning is switched off by `chat_template_kwargs.enable_thinking: false` or a
system message with `/no_think` or `detailed thinking off`. `max_tokens`
(`max_completion_tokens`) cuts any reply with finish_reason "length". Every
request is kept in `requests`. `switches` (also constructor keywords) make it
misbehave: error statuses with Retry-After, failing the first N POSTs, an API
key, a stream cut or stalled or made malformed mid-way, slow chunks, and the
budget or unknown models handled against the flavor's habit.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

Flavor = Literal["vllm", "vllm-old", "sglang", "nim", "llamacpp", "raw"]
FLAVORS: tuple[Flavor, ...] = ("vllm", "vllm-old", "sglang", "nim", "llamacpp", "raw")
MODEL = "nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16"
REASONING = "The user greets me. A short, friendly reply is enough; no tools needed.\n"
ANSWER = "Hello! How can I help you today?"
CONTINUATION = "So the answer is 42."
TEMPLATE = "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
BUILD = "b6500-abc"
SGLANG_EOS = 11  # `matched_stop` of a reply that ended on the end-of-turn token (any id will do)


@dataclass(frozen=True)
class FlavorSpec:
    owned_by: str
    field: str | None  # the delta field reasoning travels in; None: think tags in content
    budget: str | None  # the request field it honours by default (dotted: nested)
    version: str
    rejects_unknown_model: bool
    reasoning_tokens: bool  # usage.completion_tokens_details.reasoning_tokens


SPECS: dict[str, FlavorSpec] = {
    "vllm": FlavorSpec("vllm", "reasoning", "thinking_token_budget", "0.12.0", True, True),
    "vllm-old": FlavorSpec("vllm", "reasoning_content", "thinking_token_budget", "0.10.2", True, True),
    "sglang": FlavorSpec("sglang", "reasoning_content", None, "0.5.2", True, False),
    "nim": FlavorSpec("system", "reasoning_content", "nvext.max_thinking_tokens", "1.13.0", True, False),
    "llamacpp": FlavorSpec("llamacpp", "reasoning_content", "thinking_budget_tokens", BUILD, False, False),
    "raw": FlavorSpec("organization-owner", None, None, "", True, False),
}
BUDGET_FIELDS = ("thinking_token_budget", "nvext.max_thinking_tokens", "thinking_budget_tokens",
                 "reasoning_budget")
ERRORS = {400: ("BadRequestError", "Bad request"), 401: ("AuthenticationError", "Unauthorized"),
          403: ("PermissionDeniedError", "Forbidden"), 404: ("NotFoundError", "Not found"),
          429: ("RateLimitError", "Too many requests, please retry later"),
          500: ("InternalServerError", "Internal server error"),
          503: ("ServiceUnavailableError", "The server is overloaded, please retry later")}
PIECE = re.compile(r"\s*[\w'’]+|\s*[^\w\s]|\s+")


def pieces(text: str) -> list[str]:
    """Text as the server streams it: one word (with its leading spaces) or punctuation mark a chunk."""
    return PIECE.findall(text)


@dataclass
class Switches:
    status: int | None = None  # answer POSTs with this status and an OpenAI error body
    error_message: str | None = None  # that body's message (a default per status otherwise)
    retry_after: str | None = None  # Retry-After header sent with that status
    fail_times: int | None = None  # only the first N POSTs get `status`; None: all of them
    require_key: str | None = None  # 401 without "Authorization: Bearer KEY"
    wrong_key_status: int = 403  # ... and this with another key (real vLLM/llama.cpp: 401)
    cut_after: int | None = None  # close the connection after N SSE events (no finish, no [DONE])
    malformed_after: int | None = None  # after N good events send `data: {not json`
    malformed_continue: bool = True  # then go on; False: end the body there (no finish, no [DONE])
    stall_after: int | None = None  # after N events send nothing for stall_s, then go on
    stall_s: float = 2.0
    delay_s: float = 0.0  # before every event
    header_delay_s: float = 0.0  # before answering a POST at all (a queued or slow prompt)
    location: str | None = None  # with a 3xx status: the Location header (a redirect elsewhere)
    completions_status: int | None = None  # answer /v1/completions with this status (no such endpoint)
    honours_budget: bool | None = None  # None: the flavor's habit (SGLang and raw ignore budgets)
    unknown_model: Literal["reject", "ignore"] | None = None  # None: the flavor's habit


@dataclass
class Recorded:
    method: str
    path: str  # without the query
    headers: dict[str, str]  # names in lower case
    body: Any  # parsed JSON, the raw text when it is not JSON, None when empty


@dataclass
class Reply:
    parts: list[tuple[str, str]]  # ("reasoning" | "content", text), one per chunk
    finish: str  # "stop" | "length"
    prompt_tokens: int
    reasoning_tokens: int = 0

    @property
    def completion_tokens(self) -> int:
        return len(self.parts)

    def text(self, kind: str) -> str:
        return "".join(t for k, t in self.parts if k == kind)


class ReplayServer:
    def __init__(self, flavor: Flavor = "vllm", *, models: list[str] | tuple[str, ...] = (MODEL,),
                 reasoning: str = REASONING, answer: str = ANSWER, continuation: str = CONTINUATION,
                 opened: bool = False, chat_template: str = TEMPLATE, context_length: int = 8192,
                 version: str | None = None, **switches: Any) -> None:
        if flavor not in SPECS:
            raise ValueError(f"flavor must be one of {', '.join(FLAVORS)}, not {flavor!r}")
        self.flavor, self.spec = flavor, SPECS[flavor]
        self.models = list(models)
        self.reasoning, self.answer, self.continuation = reasoning, answer, continuation
        self.opened = opened  # raw: the prompt opened the thought, so the reply starts inside it
        self.chat_template, self.context_length = chat_template, context_length
        self.version = version or self.spec.version
        self.switches = Switches(**switches)
        self.requests: list[Recorded] = []
        self.posts = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive and chunked streams, as uvicorn and llama-server

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                server._handle(self, "GET")

            def do_POST(self) -> None:  # noqa: N802
                server._handle(self, "POST")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.base_url = self.url + "/v1"
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def __enter__(self) -> ReplayServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def bodies(self, path: str) -> list[Any]:
        """The JSON bodies of the POSTs to a path ("/v1/chat/completions"), oldest first."""
        return [r.body for r in self.requests if r.method == "POST" and r.path == path]

    @property
    def prompts(self) -> list[Any]:
        """The prompts /v1/completions received (the rendered conversation a client continued)."""
        return [b.get("prompt") for b in self.bodies("/v1/completions") if isinstance(b, dict)]

    # -- requests ----------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:
        path = h.path.split("?")[0]
        raw = h.rfile.read(int(h.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw
        headers = {name.lower(): value for name, value in h.headers.items()}
        self.requests.append(Recorded(method, path, headers, body))
        sw = self.switches
        if sw.require_key is not None and self._guarded(path):
            given = h.headers.get("Authorization", "")
            if not given.startswith("Bearer "):
                return self._unauthorised(h)
            if given != f"Bearer {sw.require_key}":
                return self._error(h, sw.wrong_key_status, "Invalid API key")
        if method == "POST":
            if sw.header_delay_s:
                time.sleep(sw.header_delay_s)
            if path == "/v1/completions" and sw.completions_status is not None:
                return self._error(h, sw.completions_status, "Not Found")
            with self._lock:
                self.posts += 1
                failing = sw.status is not None and (sw.fail_times is None or self.posts <= sw.fail_times)
            if failing and sw.status is not None:
                message = sw.error_message or ERRORS.get(sw.status, ("", f"Error {sw.status}"))[1]
                extra = {"Retry-After": sw.retry_after} if sw.retry_after is not None else {}
                if sw.location is not None:
                    extra["Location"] = sw.location
                return self._error(h, sw.status, message, extra)
            if path in ("/v1/chat/completions", "/v1/completions"):
                return self._generate(h, path, body)
        elif (found := self._identify(path)) is not None:
            return self._send(h, 200, found[0])
        if self.flavor == "llamacpp":
            return self._send(h, 404, {"error": {"code": 404, "message": "File Not Found",
                                                 "type": "not_found_error"}})
        self._send(h, 404, {"detail": "Not Found"})  # FastAPI's

    def _guarded(self, path: str) -> bool:
        """Which paths the API key protects: /v1 ones (llama-server leaves health and models public)."""
        if self.flavor == "llamacpp":
            return path not in ("/health", "/v1/health", "/models", "/v1/models")
        return path.startswith("/v1/")

    def _identify(self, path: str) -> tuple[Any] | None:
        """(body,) of a GET this flavor serves (a None body: an empty 200), None when it serves none."""
        f, first, ctx, created = self.flavor, self.models[0], self.context_length, int(time.time())
        cards = [{"id": m, "object": "model", "created": created, "owned_by": self.spec.owned_by}
                 | self._card_extra(m, created) for m in self.models]
        routes: dict[str, Any] = {"/v1/models": {"object": "list", "data": cards}}
        if f in ("vllm", "vllm-old"):
            routes |= {"/version": {"version": self.version}, "/health": None}
        elif f == "sglang":  # the server args, flattened, and the version
            routes |= {"/health": None, "/get_model_info": {
                "model_path": first, "tokenizer_path": first, "is_generation": True},
                "/get_server_info": {
                    "model_path": first, "tokenizer_path": first, "served_model_name": first,
                    "host": "127.0.0.1", "port": self.port, "context_length": ctx,
                    "reasoning_parser": "nano_v3", "tool_call_parser": None, "tp_size": 1,
                    "mem_fraction_static": 0.85, "chat_template": None, "api_key": None,
                    "internal_states": [{"last_gen_throughput": 0.0}], "version": self.version}}
        elif f == "nim":
            ready = {"object": "health.response", "message": "Service is ready."}
            routes |= {"/v1/health/ready": ready, "/v1/health/live": ready,
                       "/v1/version": {"release": self.version, "api": "1.0.0"},
                       "/v1/metadata": {"version": self.version, "modelInfo": [
                           {"shortName": m, "modelUrl": f"ngc://nim/{m}"} for m in self.models],
                           "repository_override": ""}}
        elif f == "llamacpp":
            routes["/v1/models"] = {"models": [{"name": m, "model": m, "type": "model"} for m in self.models],
                                    "object": "list", "data": cards}
            routes |= {"/health": {"status": "ok"}, "/props": {
                "default_generation_settings": {
                    "id": 0, "id_task": -1, "n_ctx": ctx, "speculative": False, "is_processing": False,
                    "params": {"n_predict": -1, "temperature": 0.8, "top_k": 40, "top_p": 0.95}},
                "total_slots": 1, "model_path": f"/models/{first.split('/')[-1]}.gguf",
                "modalities": {"vision": False, "audio": False}, "chat_template": self.chat_template,
                "bos_token": "<s>", "eos_token": "<|im_end|>", "build_info": BUILD}}
        return (routes[path],) if path in routes else None

    def _card_extra(self, model: str, created: int) -> dict[str, Any]:
        if self.flavor in ("vllm", "vllm-old", "nim"):
            return {"root": model, "parent": None, "max_model_len": self.context_length, "permission": [{
                "id": f"modelperm-{uuid.uuid4().hex}", "object": "model_permission", "created": created,
                "allow_create_engine": False, "allow_sampling": True, "allow_logprobs": True,
                "allow_search_indices": False, "allow_view": True, "allow_fine_tuning": False,
                "organization": "*", "group": None, "is_blocking": False}]}
        if self.flavor == "sglang":
            return {"root": model, "max_model_len": self.context_length}
        if self.flavor == "llamacpp":
            return {"meta": {"vocab_type": 2, "n_vocab": 131072, "n_ctx_train": 262144, "n_embd": 2688,
                             "n_params": 31_577_940_000, "size": 17_800_000_000}}
        return {}

    # -- replies -----------------------------------------------------------------------------
    def _generate(self, h: BaseHTTPRequestHandler, path: str, body: Any) -> None:
        if not isinstance(body, dict):
            return self._error(h, 400, "The request body is not a JSON object")
        model = body.get("model")
        reject = self.switches.unknown_model or ("reject" if self.spec.rejects_unknown_model else "ignore")
        if reject == "reject" and model not in self.models:
            return self._error(h, 404, f"The model `{model}` does not exist.")
        model = model if isinstance(model, str) and model else self.models[0]
        chat = path == "/v1/chat/completions"
        reply = self._chat_reply(body) if chat else self._text_reply(body)
        if not body.get("stream"):
            return self._send(h, 200, self._whole(chat, reply, model))
        usage = bool((body.get("stream_options") or {}).get("include_usage"))
        self._stream(h, chat, reply, model, usage)

    def _chat_reply(self, body: dict[str, Any]) -> Reply:
        messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
        prompt = sum(len(pieces(str(m.get("content") or ""))) + 4 for m in messages)
        thought = [] if self._thinking_off(body, messages) else pieces(self.reasoning)
        budget = self._budget(body)
        if budget is not None and budget >= 0:
            thought = thought[:budget]
        answer = pieces(self.answer)
        if self.spec.field is not None:
            parts = [("reasoning", t) for t in thought] + [("content", t) for t in answer]
        elif thought:
            tags = [] if self.opened else ["<think>", "\n"]
            parts = [("content", t) for t in [*tags, *thought, "</think>", "\n\n", *answer]]
        else:
            parts = [("content", t) for t in answer]
        return self._capped(Reply(parts, "stop", prompt, len(thought)), body)

    def _text_reply(self, body: dict[str, Any]) -> Reply:
        prompt = body.get("prompt")
        count = len(pieces(prompt)) if isinstance(prompt, str) else 0
        return self._capped(Reply([("content", t) for t in pieces(self.continuation)], "stop", count), body)

    @staticmethod
    def _capped(reply: Reply, body: dict[str, Any]) -> Reply:
        limit = body.get("max_completion_tokens", body.get("max_tokens"))
        if isinstance(limit, int) and 0 <= limit < len(reply.parts):
            reply.parts, reply.finish = reply.parts[:limit], "length"
            reply.reasoning_tokens = min(reply.reasoning_tokens, limit)
        return reply

    @staticmethod
    def _thinking_off(body: dict[str, Any], messages: list[dict[str, Any]]) -> bool:
        kwargs = body.get("chat_template_kwargs")
        if isinstance(kwargs, dict) and kwargs.get("enable_thinking") is False:
            return True
        system = " ".join(str(m.get("content") or "") for m in messages if m.get("role") == "system")
        return "/no_think" in system or "detailed thinking off" in system

    def _budget(self, body: dict[str, Any]) -> int | None:
        honours = self.switches.honours_budget
        if honours is False or (honours is None and self.spec.budget is None):
            return None
        for name in [self.spec.budget] if self.spec.budget else BUDGET_FIELDS:
            value: Any = body
            for key in name.split("."):
                value = value.get(key) if isinstance(value, dict) else None
            if isinstance(value, int) and not isinstance(value, bool):
                return value
        return None

    # -- framing, per flavor -----------------------------------------------------------------
    def _usage(self, reply: Reply, stream: bool) -> dict[str, Any]:
        p, c = reply.prompt_tokens, reply.completion_tokens
        if self.flavor == "llamacpp":
            return {"completion_tokens": c, "prompt_tokens": p, "total_tokens": p + c}
        usage: dict[str, Any] = {"prompt_tokens": p, "total_tokens": p + c, "completion_tokens": c}
        if self.flavor == "sglang" or not stream:  # vLLM's stream usage leaves out its nulls
            usage["prompt_tokens_details"] = None
        if self.spec.reasoning_tokens:
            usage["completion_tokens_details"] = {"reasoning_tokens": reply.reasoning_tokens}
        return usage

    @staticmethod
    def _timings(reply: Reply) -> dict[str, Any]:
        p, c = reply.prompt_tokens, reply.completion_tokens
        return {"cache_n": 0, "prompt_n": p, "prompt_ms": 12.5, "prompt_per_token_ms": 12.5 / max(p, 1),
                "prompt_per_second": p / 0.0125, "predicted_n": c, "predicted_ms": 40.0 * c,
                "predicted_per_token_ms": 40.0, "predicted_per_second": 25.0}

    def _delta(self, kind: str | None, text: str) -> dict[str, Any]:
        """A chunk's delta; kind None: the finish chunk's."""
        name = (self.spec.field or "content") if kind == "reasoning" else "content"
        if self.flavor == "sglang":  # pydantic dump with every field, nulls included
            return {"role": None, "content": None, "reasoning_content": None, "tool_calls": None} | (
                {name: text} if kind else {})
        if kind is None:
            return {} if self.flavor == "llamacpp" else {"content": ""}
        return {name: text}

    def _choice(self, body: dict[str, Any], finish: str | None, stream: bool) -> dict[str, Any]:
        """A choice around its delta, message or text, with each engine's extra keys."""
        if self.flavor == "llamacpp":
            extra = {} if "text" not in body else {"logprobs": None}
            return {"finish_reason": finish, "index": 0, **body, **extra}
        choice = {"index": 0, **body, "logprobs": None, "finish_reason": finish}
        if self.flavor == "sglang":
            choice["matched_stop"] = SGLANG_EOS if finish == "stop" else None
        elif finish or "text" in body or not stream:
            choice["stop_reason"] = None
        return choice

    def _envelope(self, chat: bool, stream: bool, reply_id: tuple[str, int], model: str,
                  choices: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        kind = "text_completion" if not chat else "chat.completion.chunk" if stream else "chat.completion"
        ident, created = reply_id
        if self.flavor == "llamacpp":
            return {"choices": choices, "created": created, "id": ident, "model": model,
                    "system_fingerprint": BUILD, "object": kind, **extra}
        out = {"id": ident, "object": kind, "created": created, "model": model, "choices": choices}
        return out | ({"usage": None} if self.flavor == "sglang" and stream else {}) | extra

    def _stream(self, h: BaseHTTPRequestHandler, chat: bool, reply: Reply, model: str,
                include_usage: bool) -> None:
        ident = self._ident(chat)

        def chunk(kind: str | None, text: str, finish: str | None = None) -> dict[str, Any]:
            body = {"delta": self._delta(kind, text)} if chat else {"text": text}
            return self._envelope(chat, True, ident, model, [self._choice(body, finish, True)])

        events: list[dict[str, Any]] = []
        if chat:  # the role first (llama-server with a null content, the others with "")
            events.append(first := chunk("content", ""))
            opening = {"role": "assistant", "content": None if self.flavor == "llamacpp" else ""}
            delta = first["choices"][0]["delta"]
            first["choices"][0]["delta"] = delta | opening if self.flavor == "sglang" else opening
        parts = list(reply.parts)
        # vLLM-style servers put the last token on the finish chunk when max_tokens cut it
        last = parts.pop() if reply.finish == "length" and parts and self.flavor not in (
            "sglang", "llamacpp") else None
        events += [chunk(kind, text) for kind, text in parts]
        events.append(chunk(last[0], last[1], reply.finish) if last else chunk(None, "", reply.finish))
        if self.flavor == "llamacpp":  # usage and timings ride on the last chunk, always
            events[-1] |= {"usage": self._usage(reply, True), "timings": self._timings(reply)}
        elif include_usage:
            events.append(self._envelope(chat, True, ident, model, [], usage=self._usage(reply, True)))
        out = _Stream(h, self.switches)
        out.start()
        for event in events:
            if not out.event(json.dumps(event, separators=(",", ":"), ensure_ascii=False)):
                return
        if out.event("[DONE]"):
            out.end()

    def _whole(self, chat: bool, reply: Reply, model: str) -> dict[str, Any]:
        reasoning, content = reply.text("reasoning"), reply.text("content")
        if not chat:
            body: dict[str, Any] = {"text": content}
        elif self.flavor == "llamacpp":
            body = {"message": {"role": "assistant", "content": content}
                    | ({"reasoning_content": reasoning} if reasoning else {})}
        elif self.flavor == "sglang":
            body = {"message": {"role": "assistant", "content": content or None,
                                "reasoning_content": reasoning or None, "tool_calls": None}}
        else:
            body = {"message": {"role": "assistant", "content": content or None, "refusal": None,
                                "annotations": None, "audio": None, "function_call": None,
                                "tool_calls": []}
                    | ({self.spec.field: reasoning or None} if self.spec.field else {})}
        extra: dict[str, Any] = {"usage": self._usage(reply, False)}
        if self.flavor == "llamacpp":
            extra["timings"] = self._timings(reply)
        choices = [self._choice(body, reply.finish, False)]
        return self._envelope(chat, False, self._ident(chat), model, choices, **extra)

    def _ident(self, chat: bool) -> tuple[str, int]:
        """A reply's id and creation time, the same on all its chunks."""
        prefix = "" if self.flavor == "sglang" else "chatcmpl-" if chat or self.flavor == "llamacpp" else "cmpl-"
        return prefix + uuid.uuid4().hex, int(time.time())

    # -- plain answers -----------------------------------------------------------------------
    def _unauthorised(self, h: BaseHTTPRequestHandler) -> None:
        if self.flavor == "llamacpp":
            return self._send(h, 401, {"error": {"code": 401, "message": "Invalid API Key",
                                                 "type": "authentication_error"}})
        self._send(h, 401, {"error": "Unauthorized"})  # vLLM's (and SGLang's) API-key middleware

    def _error(self, h: BaseHTTPRequestHandler, status: int, message: str,
               headers: dict[str, str] | None = None) -> None:
        kind = ERRORS.get(status, ("Error", ""))[0]
        body = {"error": {"message": message, "type": kind, "param": None, "code": status}}
        self._send(h, status, body, headers)

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: Any,
              headers: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        try:
            h.send_response(status)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                h.send_header(name, value)
            h.end_headers()
            h.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            h.close_connection = True


class _Stream:
    """One SSE response body, chunked as uvicorn and llama-server send it, with the stream switches."""

    def __init__(self, h: BaseHTTPRequestHandler, switches: Switches) -> None:
        self.h, self.sw = h, switches
        self.sent = 0
        self._malformed = self._stalled = False

    def start(self) -> None:
        self.h.send_response(200)
        self.h.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.h.send_header("Cache-Control", "no-cache")
        self.h.send_header("Transfer-Encoding", "chunked")
        self.h.end_headers()

    def event(self, data: str) -> bool:
        """Send `data: ...`; False once the stream is over (cut, ended after garbage, client gone)."""
        sw = self.sw
        try:
            if sw.cut_after is not None and self.sent >= sw.cut_after:
                self._cut()
                return False
            if sw.malformed_after is not None and self.sent >= sw.malformed_after and not self._malformed:
                self._malformed = True
                self._write(b"data: {not json\n\n")
                if not sw.malformed_continue:
                    self.end()
                    return False
            if sw.stall_after is not None and self.sent >= sw.stall_after and not self._stalled:
                self._stalled = True
                time.sleep(sw.stall_s)
            if sw.delay_s:
                time.sleep(sw.delay_s)
            self._write(f"data: {data}\n\n".encode())
            self.sent += 1
            return True
        except (BrokenPipeError, ConnectionResetError):
            self.h.close_connection = True
            return False

    def end(self) -> None:
        self._write(b"")  # the zero-length chunk ends the body

    def _write(self, data: bytes) -> None:
        self.h.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.h.wfile.flush()

    def _cut(self) -> None:
        self.h.close_connection = True
        try:
            self.h.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
