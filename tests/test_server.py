"""`ponder serve`: the real server on 127.0.0.1, the real engine and models, the official `openai` client.

The headless lane and the server run in this process (a thread); a few tests run
the `ponder serve` command itself.
"""

from __future__ import annotations

import http.client
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import openai
import pytest

from app.engine_jobs import LANE_FAILED, SHUTTING_DOWN, EngineJob, JobFailure, JobState
from app.server_lane import HeadlessLane
from app.server_runner import LocalServer, ServerOptions
from app.server_security import KeyThrottle
from engine import protocol as P
from engine.budget import grace_for
from engine.openai_wire import ReasoningOutput
from engine.protocol import Event
from tests.test_engine_host import raw_continuation

KEY = "test-key-0123456789abcdef-0123456789"  # long enough for a server on the network too
STORY = "Write a long story about a dragon."
FRANCE = "What is the capital of France? Answer in one sentence."
OPENING = "The capital of France is"  # a text to continue (/v1/completions)
GREEDY: dict[str, Any] = {"temperature": 0, "seed": 1}


def wait_until(done: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    """A bounded wait (a guard against a hang, not a timing): fails saying what never happened."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, f"{what}: not within {timeout:g} s"
        time.sleep(0.01)


def job_ended(job: EngineJob) -> None:
    wait_until(lambda: job.state.ended, f"the end of the job of {job.client}")


class Caller(threading.Thread):
    """Another app's request, on its own thread."""

    def __init__(self, call: Callable[[], Any]):
        super().__init__(daemon=True)
        self.call, self.result, self.error = call, None, None  # type: tuple[Callable[[], Any], Any, Exception | None]
        self.start()

    def run(self) -> None:
        try:
            self.result = self.call()
        except Exception as exc:  # the test reads it
            self.error = exc

    def outcome(self, timeout: float = 120.0) -> Any:
        self.join(timeout)
        assert not self.is_alive(), "the request did not end"
        return self.result if self.error is None else self.error

    @property
    def done(self) -> bool:
        return not self.is_alive()


class RecordingLane(HeadlessLane):
    """The real headless lane; it also keeps every job it was given, for the test to look at."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[EngineJob] = []

    def submit_job(self, job: EngineJob) -> None:
        self.jobs.append(job)
        super().submit_job(job)


class Served:
    """A lane with a model and a server in front of it."""

    def __init__(self, path: Path | None, lane: RecordingLane | None = None, load: P.LoadOptions | None = None,
                 **options: Any):
        self.lane = lane or RecordingLane()
        self.lane.load(load or P.LoadOptions(path=str(path), name=path.stem if path else ""))
        # wrong keys are many here (each test of a refusal sends some): not slowed down but in their own test
        self.server = LocalServer(self.lane, ServerOptions(port=0, **options), KEY, KeyThrottle(free=1000))
        self.server.start()

    @property
    def url(self) -> str:
        return self.server.url

    def client(self, key: str = KEY) -> openai.OpenAI:
        return openai.OpenAI(base_url=f"{self.url}/v1", api_key=key, max_retries=0, timeout=120)

    def close(self) -> None:
        self.server.stop()
        self.lane.close()


@pytest.fixture(scope="module")
def starter_server(starter_path: Path) -> Iterator[Served]:
    served = Served(starter_path)
    yield served
    served.close()


@pytest.fixture(scope="module")
def nemotron_server(nemotron3_double: Path) -> Iterator[Served]:
    served = Served(nemotron3_double)
    yield served
    served.close()


def raw(url: str, method: str, path: str, body: Any = None,
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """One plain HTTP request (any Host, Origin or body), as (status, lower-cased headers, body)."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=120)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def authorized(**extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json", **extra}


def chat_body(**fields: Any) -> bytes:
    return json.dumps({"model": "any", "messages": [{"role": "user", "content": FRANCE}],
                       "max_tokens": 16, **fields}).encode()


def error_of(body: bytes) -> dict[str, Any]:
    error = json.loads(body)["error"]
    assert set(error) == {"message", "type", "param", "code"} and error["message"]
    return error


# -- what clients use ------------------------------------------------------------------------------
def test_models_and_a_whole_chat_completion(starter_server: Served) -> None:
    client = starter_server.client()
    [model] = client.models.list().data
    assert model.id == starter_server.lane.loaded_model()["model"] and model.object == "model"
    reply = client.chat.completions.create(model=model.id, messages=[{"role": "user", "content": FRANCE}],
                                           max_tokens=40, **GREEDY)
    assert reply.id.startswith("chatcmpl-") and reply.object == "chat.completion" and reply.model == model.id
    [choice] = reply.choices
    assert choice.message.role == "assistant" and choice.message.content.strip()
    assert choice.finish_reason in ("stop", "length")
    assert getattr(choice.message, "reasoning_content", None) is None  # the starter model does not reason
    usage = reply.usage
    assert usage is not None and usage.prompt_tokens > 0 and 0 < usage.completion_tokens <= 40
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    assert usage.completion_tokens_details is not None and usage.completion_tokens_details.reasoning_tokens == 0


def test_a_streamed_chat_completion(starter_server: Served) -> None:
    stream = starter_server.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=40, stream=True,
        stream_options={"include_usage": True}, **GREEDY)
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert len({c.id for c in chunks}) == 1 and all(c.object == "chat.completion.chunk" for c in chunks)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes in (["stop"], ["length"])
    last = chunks[-1]
    assert last.choices == [] and last.usage is not None and 0 < last.usage.completion_tokens <= 40


def test_max_tokens_and_stop_are_honoured(starter_server: Served) -> None:
    client = starter_server.client()
    short = client.chat.completions.create(model="x", messages=[{"role": "user", "content": STORY}],
                                           max_tokens=5, **GREEDY)
    assert short.choices[0].finish_reason == "length" and short.usage is not None
    assert short.usage.completion_tokens == 5
    whole = client.chat.completions.create(model="x", messages=[{"role": "user", "content": STORY}],
                                           max_tokens=60, **GREEDY)
    word = whole.choices[0].message.content.split()[3]
    stopped = client.chat.completions.create(model="x", messages=[{"role": "user", "content": STORY}],
                                             max_tokens=60, stop=[word], **GREEDY)
    assert word not in stopped.choices[0].message.content and stopped.choices[0].finish_reason == "stop"


def test_text_completions_continue_the_prompt_as_it_is(starter_server: Served, starter_path: Path) -> None:
    client = starter_server.client()
    whole = client.completions.create(model="x", prompt=OPENING, max_tokens=24, **GREEDY)
    assert whole.object == "text_completion" and whole.id.startswith("cmpl-")
    assert whole.usage is not None and whole.usage.completion_tokens > 0
    assert whole.choices[0].text == raw_continuation(starter_path, OPENING, 24)  # no chat template around it
    assert "Paris" in whole.choices[0].text
    job = starter_server.lane.jobs[-1]
    assert job.request.prompt == OPENING
    chunks = list(client.completions.create(model="x", prompt=OPENING, max_tokens=24, stream=True,
                                            stream_options={"include_usage": True}, **GREEDY))
    assert "".join(c.choices[0].text for c in chunks if c.choices) == whole.choices[0].text
    assert chunks[-1].usage is not None and chunks[-1].choices == []


def test_a_prompt_that_opens_the_reasoning_is_split_and_budgeted(nemotron_server: Served,
                                                                 nemotron3_double: Path) -> None:
    from engine.gguf_meta import read_model_info
    from engine.templates import ChatTemplate

    info = read_model_info(nemotron3_double)
    rendered = ChatTemplate.for_model(info.chat_template, info.bos_token, info.eos_token).render(
        [{"role": "user", "content": STORY}])
    assert rendered.rstrip().endswith("<think>")  # what Ponder's own remote second phase sends, too
    reply = nemotron_server.client().completions.create(
        model="x", prompt=rendered, max_tokens=120, extra_body={"thinking_token_budget": 16}, **GREEDY)
    choice = reply.choices[0]
    reasoning = (choice.model_extra or {})["reasoning_content"]
    assert reasoning.strip() and "<think>" not in reasoning and "</think>" not in choice.text
    assert reply.usage is not None and reply.usage.completion_tokens_details is not None
    assert 16 <= reply.usage.completion_tokens_details.reasoning_tokens <= 16 + grace_for(16)


def test_requests_at_once_are_answered_in_turn(starter_server: Served) -> None:
    client = starter_server.client()

    def ask(i: int) -> str:
        reply = client.chat.completions.create(
            model="x", messages=[{"role": "user", "content": f"Count from {i} to {i + 5}."}], max_tokens=20,
            **GREEDY)
        return str(reply.choices[0].message.content)

    solo = [ask(i) for i in range(4)]
    callers = [Caller(lambda i=i: ask(i)) for i in range(4)]  # type: ignore[misc]  # bound per caller
    together = [c.outcome() for c in callers]
    assert together == solo and all(a.strip() for a in solo)  # each its own, none lost or mixed


# -- reasoning and the thinking budget ------------------------------------------------------------
def test_reasoning_streams_apart_and_a_budget_of_32_ends_it(nemotron_server: Served) -> None:
    stream = nemotron_server.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": STORY}], max_tokens=200, stream=True,
        stream_options={"include_usage": True}, extra_body={"thinking_token_budget": 32}, **GREEDY)
    kinds: list[str] = []
    reasoning: list[str] = []
    for chunk in stream:
        if not chunk.choices:
            usage = chunk.usage
            continue
        delta = chunk.choices[0].delta
        extra = delta.model_extra or {}
        if extra.get("reasoning_content"):
            assert extra["reasoning"] == extra["reasoning_content"]  # both names, the same text
            assert not delta.content  # never mixed into the answer
            reasoning.append(extra["reasoning_content"])
            kinds.append("reasoning")
        elif delta.content:
            kinds.append("answer")
    assert "reasoning" in kinds and "answer" in kinds
    assert kinds.index("answer") > len(kinds) - 1 - kinds[::-1].index("reasoning")  # answer after it
    assert "<think>" not in "".join(reasoning)
    assert usage is not None and usage.completion_tokens_details is not None
    thought = usage.completion_tokens_details.reasoning_tokens
    assert 32 <= thought <= 32 + grace_for(32)
    assert usage.completion_tokens > thought  # the forced closing and the answer come after it
    job = nemotron_server.lane.jobs[-1]
    assert job.request.budget == 32 and job.state is JobState.COMPLETE


@pytest.mark.parametrize("control", [{"reasoning_effort": "none"},
                                     {"chat_template_kwargs": {"enable_thinking": False}},
                                     {"nvext": {"max_thinking_tokens": 0}}])
def test_reasoning_can_be_switched_off_in_each_form(nemotron_server: Served, control: dict[str, Any]) -> None:
    reply = nemotron_server.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=24, extra_body=control, **GREEDY)
    message = reply.choices[0].message
    assert "reasoning_content" not in (message.model_extra or {}) and message.content.strip()
    assert reply.usage is not None and reply.usage.completion_tokens_details is not None
    assert reply.usage.completion_tokens_details.reasoning_tokens == 0


def test_a_whole_reply_carries_its_reasoning_in_the_message(nemotron_server: Served) -> None:
    reply = nemotron_server.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": STORY}], max_tokens=120, reasoning_effort="high",
        extra_body={"reasoning_budget": 24}, **GREEDY)
    extra = reply.choices[0].message.model_extra or {}
    assert extra["reasoning_content"].strip() and extra["reasoning"] == extra["reasoning_content"]
    assert "<think>" not in reply.choices[0].message.content


def test_raw_output_puts_think_tags_in_the_content(nemotron3_double: Path) -> None:
    served = Served(nemotron3_double, reasoning_output=ReasoningOutput.RAW)
    try:
        reply = served.client().chat.completions.create(
            model="x", messages=[{"role": "user", "content": STORY}], max_tokens=120,
            extra_body={"thinking_token_budget": 16}, **GREEDY)
    finally:
        served.close()
    content = reply.choices[0].message.content
    assert content.startswith("<think>\n") and "</think>" in content
    assert "reasoning_content" not in (reply.choices[0].message.model_extra or {})


# -- bad input: a clear 400, and nothing lost -------------------------------------------------------
@pytest.mark.parametrize(("fields", "param"), [
    ({"temperature": -1}, "temperature"),
    ({"temperature": "hot"}, "temperature"),
    ({"top_p": 0}, "top_p"),
    ({"max_tokens": 0}, "max_tokens"),
    ({"thinking_token_budget": -5}, "thinking_token_budget"),
    ({"nvext": {"max_thinking_tokens": "lots"}}, "nvext.max_thinking_tokens"),
    ({"thinking_token_budget": 10, "reasoning_budget": 20}, "reasoning_budget"),
    ({"reasoning_effort": "extreme"}, "reasoning_effort"),
    ({"messages": []}, "messages"),
    ({"messages": [{"role": "user"}, {"role": "assistant", "content": "hi"}]}, "messages"),
    ({"messages": [{"role": "wizard", "content": "hi"}]}, "messages[0].role"),
    ({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]}, "messages[0].content"),
    ({"messages": [{"role": "user", "content": "   "}]}, "messages"),
    ({"stream": "yes"}, "stream"),
    ({"n": 3}, "n"),
    ({"n": True}, "n"),
    ({"stream_options": {"include_usage": 0}}, "stream_options"),
    ({"stop": [1, 2]}, "stop"),
])
def test_invalid_values_get_400_with_the_openai_error_body(starter_server: Served, fields: dict[str, Any],
                                                          param: str) -> None:
    status, _headers, body = raw(starter_server.url, "POST", "/v1/chat/completions", chat_body(**fields),
                                 authorized())
    assert status == 400
    error = error_of(body)
    assert error["type"] == "invalid_request_error" and error["param"] == param


def test_bodies_that_are_not_requests_get_400_and_the_server_goes_on(starter_server: Served) -> None:
    for body in (b"{not json", b"[1, 2]", b""):
        status, _headers, answer = raw(starter_server.url, "POST", "/v1/chat/completions", body, authorized())
        assert status == 400 and error_of(answer)["type"] == "invalid_request_error"
    status, _headers, answer = raw(starter_server.url, "POST", "/v1/completions",
                                   json.dumps({"prompt": ""}).encode(), authorized())
    assert status == 400 and error_of(answer)["param"] == "prompt"
    status, _headers, answer = raw(starter_server.url, "GET", "/v1/nothing-here", None, authorized())
    assert status == 404 and error_of(answer)["code"] == "not_found"
    status, _headers, answer = raw(starter_server.url, "POST", "/v1/chat/completions",
                                   chat_body(unknown_field={"a": 1}, logit_bias={}), authorized())
    assert status == 200 and json.loads(answer)["choices"][0]["message"]["content"]  # unknown fields ignored


def test_null_means_not_sent(starter_server: Served) -> None:
    body = json.dumps({"messages": [{"role": "user", "content": STORY}], "max_completion_tokens": None,
                       "max_tokens": 3, "stream": None, "n": None, "stream_options": None, "temperature": None,
                       "seed": None, "stop": None, "reasoning_effort": None, "thinking_token_budget": None}).encode()
    status, _headers, answer = raw(starter_server.url, "POST", "/v1/chat/completions", body, authorized())
    assert status == 200, answer
    reply = json.loads(answer)
    assert reply["object"] == "chat.completion" and reply["usage"]["completion_tokens"] == 3
    assert reply["choices"][0]["finish_reason"] == "length"


def test_what_the_engine_refuses_is_a_400_streamed_or_not(starter_server: Served) -> None:
    too_long = [{"role": "user", "content": "word " * 12000 + STORY}]  # more than the context holds
    whole = starter_server.client().chat.completions
    with pytest.raises(openai.BadRequestError) as refused:
        whole.create(model="x", messages=too_long, max_tokens=16)  # type: ignore[arg-type]
    error = cast(dict[str, Any], refused.value.body)
    assert "too long" in error["message"] and error["code"] == "invalid_request"
    assert error["type"] == "invalid_request_error"
    status, _headers, body = raw(starter_server.url, "POST", "/v1/chat/completions",
                                 chat_body(messages=too_long, stream=True), authorized())
    assert status == 200  # a stream has begun before the engine looks at the request
    events = [json.loads(line[6:]) for line in body.decode().splitlines() if line.startswith("data: {")]
    streamed = events[-1]["error"]
    assert {k: streamed[k] for k in ("type", "code")} == {k: error[k] for k in ("type", "code")}
    assert body.decode().rstrip().endswith("data: [DONE]")
    with pytest.raises(openai.BadRequestError, match="too long"):  # a raw prompt, as well
        starter_server.client().completions.create(model="x", prompt="word " * 12000, max_tokens=16)


def test_a_body_over_the_limit_gets_413(starter_server: Served) -> None:
    huge = json.dumps({"messages": [{"role": "user", "content": "x" * (9 * 2**20)}]}).encode()
    status, _headers, body = raw(starter_server.url, "POST", "/v1/chat/completions", huge, authorized())
    assert status == 413 and error_of(body)["code"] == "request_too_large"
    pieces = (b"x" * 2**20 for _ in range(12))  # no Content-Length: sent chunked, 12 MiB in all
    status, _headers, body = raw(starter_server.url, "POST", "/v1/chat/completions", pieces, authorized())
    assert status == 413 and error_of(body)["code"] == "request_too_large"
    status, _headers, body = raw(starter_server.url, "POST", "/v1/chat/completions", chat_body(), authorized())
    assert status == 200  # served as before


# -- safe by default ----------------------------------------------------------------------------------
def test_without_the_key_401(starter_server: Served) -> None:
    status, headers, body = raw(starter_server.url, "GET", "/v1/models")
    assert status == 401 and headers["www-authenticate"] == "Bearer"
    assert error_of(body)["code"] == "invalid_api_key" and "Local server > Show API key" in error_of(body)["message"]
    for method in ("HEAD", "OPTIONS"):  # no method passes without it (a preflight is a page's: see Origin)
        status, headers, _body = raw(starter_server.url, method, "/v1/models")
        assert status == 401 and headers["www-authenticate"] == "Bearer", method
    with pytest.raises(openai.AuthenticationError):
        starter_server.client(key="not-the-key-at-all").models.list()
    status, _headers, _body = raw(starter_server.url, "POST", "/v1/chat/completions", chat_body(),
                                  {"Authorization": f"Basic {KEY}"})
    assert status == 401


def test_a_foreign_host_gets_403_even_with_the_key(starter_server: Served) -> None:
    port = starter_server.server.port
    for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.evil.example", f"127.0.0.1:{port + 1}"):
        status, _headers, body = raw(starter_server.url, "GET", "/v1/models", None, authorized(Host=host))
        assert status == 403, host
        assert error_of(body)["code"] == "host_not_allowed"
    for host in (f"127.0.0.1:{port}", "localhost", f"localhost:{port}", f"[::1]:{port}", "LOCALHOST"):
        status, _headers, _body = raw(starter_server.url, "GET", "/v1/models", None, authorized(Host=host))
        assert status == 200, host
    # checked before the key: a rebinding page learns nothing about it
    status, _headers, _body = raw(starter_server.url, "GET", "/v1/models", None, {"Host": "evil.example"})
    assert status == 403


def test_a_foreign_origin_gets_no_cors_permission(starter_server: Served) -> None:
    evil = {"Origin": "http://evil.example"}
    status, headers, body = raw(starter_server.url, "POST", "/v1/chat/completions", chat_body(),
                                authorized(**evil))
    assert status == 403 and error_of(body)["code"] == "origin_not_allowed"
    assert not any(name.startswith("access-control-") for name in headers)
    preflight = {**evil, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization, content-type"}
    status, headers, _body = raw(starter_server.url, "OPTIONS", "/v1/chat/completions", None, preflight)
    assert status == 403 and not any(name.startswith("access-control-") for name in headers)
    status, headers, _body = raw(starter_server.url, "GET", "/v1/models", None, authorized(Origin="null"))
    assert status == 403 and not any(name.startswith("access-control-") for name in headers)


def test_an_allowed_origin_is_echoed_never_a_wildcard(starter_server: Served) -> None:
    app = "http://localhost:5173"
    server = LocalServer(starter_server.lane, ServerOptions(port=0, origins=(app,)), KEY)
    server.start()
    try:
        status, headers, _body = raw(server.url, "OPTIONS", "/v1/chat/completions", None, {
            "Origin": app, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type"})
        assert status == 204 and headers["access-control-allow-origin"] == app
        assert "access-control-allow-credentials" not in headers
        assert "authorization" in headers["access-control-allow-headers"]
        status, headers, _body = raw(server.url, "GET", "/v1/models", None, authorized(Origin=app))
        assert status == 200 and headers["access-control-allow-origin"] == app and headers["vary"] == "Origin"
        status, headers, _body = raw(server.url, "GET", "/v1/models", None, {"Origin": app})
        assert status == 401  # an allowed page still needs the key
        status, headers, _body = raw(server.url, "GET", "/v1/models", None,
                                     authorized(Origin="http://localhost:5174"))
        assert status == 403 and "access-control-allow-origin" not in headers
    finally:
        server.stop()


def logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records)


def test_no_key_and_no_body_in_any_log(starter_server: Served, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    secret_text = "my-private-question-7f3a"
    raw(starter_server.url, "POST", "/v1/chat/completions",
        json.dumps({"messages": [{"role": "user", "content": secret_text}], "max_tokens": 4}).encode(),
        authorized())
    raw(starter_server.url, "POST", "/v1/chat/completions", json.dumps({"temperature": secret_text}).encode(),
        authorized())
    raw(starter_server.url, "GET", "/v1/models?key=" + secret_text, None, {"Authorization": f"Bearer {secret_text}"})
    wait_until(lambda: "GET /v1/models 401" in logged(caplog), "the access log line")  # written once answered
    assert "POST /v1/chat/completions 200" in logged(caplog) and "POST /v1/chat/completions 400" in logged(caplog)
    assert secret_text not in logged(caplog) and KEY not in logged(caplog)


def send_raw(url: str, data: bytes, read: bool = True) -> bytes:
    """Bytes as a client might send them (any request line), and what comes back until the server closes."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=60) as conn:
        conn.sendall(data)
        received = b""
        while read and (chunk := conn.recv(65536)):
            received += chunk
        return received


def test_a_request_line_cannot_forge_log_lines_or_log_a_password(starter_server: Served,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO")
    port = starter_server.server.port
    forged = send_raw(starter_server.url, b"GET /v1/models%0aPOST%20/v1/completions%20200%200.001%20s HTTP/1.1\r\n"
                                          b"Host: localhost\r\nConnection: close\r\n\r\n")
    assert forged.startswith(b"HTTP/1.1 401")
    absolute = send_raw(starter_server.url, f"GET http://someone:hunter2@127.0.0.1:{port}/v1/models HTTP/1.1\r\n"
                                            f"Host: localhost\r\nConnection: close\r\n\r\n".encode())
    assert absolute.startswith(b"HTTP/1.1 401")
    wait_until(lambda: len([r for r in caplog.records if r.name == "ponder.server.access"]) >= 2, "the log lines")
    access = [r.getMessage() for r in caplog.records if r.name == "ponder.server.access"]
    assert all("\n" not in line and "\r" not in line for line in access)
    assert any("%0a" in line for line in access) and not any(line.startswith("POST") for line in access)
    assert "hunter2" not in logged(caplog) and "someone" not in logged(caplog)
    assert any("http://127.0.0.1" in line for line in access)  # the target, less its user:password@


def test_a_client_that_leaves_while_sending_is_no_error(starter_server: Served,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    send_raw(starter_server.url, f"POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
                                 f"Authorization: Bearer {KEY}\r\nContent-Length: 1000\r\n\r\n"
                                 '{"messages": [{"role": "user", "content": "half-sent-7f3a'.encode(), read=False)
    wait_until(lambda: "POST /v1/chat/completions -" in logged(caplog), "the access log line")
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR") or r.exc_info]
    assert "half-sent-7f3a" not in logged(caplog) and "Traceback" not in caplog.text


def test_a_failure_of_ours_is_a_500_logged_without_the_request(starter_server: Served, caplog: pytest.LogCaptureFixture,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level("DEBUG")
    secret_text = "private-question-9e1b"

    def broken(job: EngineJob) -> None:
        raise RuntimeError(f"could not queue {job.request.messages[-1]['content']}")  # as a bug might

    monkeypatch.setattr(starter_server.lane, "submit_job", broken)
    status, _headers, body = raw(starter_server.url, "POST", "/v1/chat/completions",
                                 chat_body(messages=[{"role": "user", "content": secret_text}]), authorized())
    assert status == 500
    error = error_of(body)
    assert error["type"] == "server_error" and error["code"] == "internal_error"
    wait_until(lambda: "POST /v1/chat/completions 500" in logged(caplog), "the access log line")
    [told] = [r for r in caplog.records if r.levelname == "ERROR"]
    assert "RuntimeError" in told.getMessage() and "test_server.py" in told.getMessage()
    assert told.exc_info is None and "Traceback" not in caplog.text
    assert secret_text not in logged(caplog) and secret_text not in caplog.text


def test_silent_connections_lock_nobody_out_and_are_closed(starter_server: Served) -> None:
    host, port = starter_server.url.removeprefix("http://").rsplit(":", 1)
    silent = [socket.create_connection((host, int(port)), timeout=60) for _ in range(140)]  # no key, no request
    try:
        status, _headers, _body = raw(starter_server.url, "GET", "/v1/models", None, authorized())
        assert status == 200
    finally:
        for conn in silent:
            conn.close()
    quick = LocalServer(starter_server.lane, ServerOptions(port=0, header_timeout_s=0.5), KEY)
    quick.start()
    try:
        with socket.create_connection((host, quick.port), timeout=60) as idle, \
                socket.create_connection((host, quick.port), timeout=60) as slow:
            slow.sendall(b"GET /v1/models HTTP/1.1\r\nHost: local")  # headers begun, never ended
            assert idle.recv(1) == b"" and slow.recv(1) == b""  # closed by the server, without a word
        status, _headers, _body = raw(quick.url, "GET", "/v1/models", None, authorized())
        assert status == 200
    finally:
        quick.stop()


def test_wrong_keys_from_one_address_are_slowed_then_refused(starter_server: Served) -> None:
    server = LocalServer(starter_server.lane, ServerOptions(port=0), KEY,
                         throttle=KeyThrottle(free=2, delay_s=30.0, max_wait_s=1.0))
    server.start()
    try:
        wrong = {"Authorization": "Bearer not-the-key-at-all"}
        statuses = [raw(server.url, "GET", "/v1/models", None, wrong)[0] for _ in range(3)]
        assert statuses == [401, 401, 401]  # the third is checked at once, the next not for 30 s
        status, headers, body = raw(server.url, "GET", "/v1/models", None, authorized())
        assert status == 429 and int(headers["retry-after"]) > 0
        assert error_of(body)["code"] == "too_many_wrong_keys"
    finally:
        server.stop()


# -- a client that goes away ------------------------------------------------------------------------
def test_a_client_that_disconnects_mid_stream_frees_the_engine(starter_server: Served) -> None:
    lane = starter_server.lane
    stream = starter_server.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": STORY}], max_tokens=2000, stream=True, **GREEDY)
    received = 0
    for chunk in stream:
        received += bool(chunk.choices and chunk.choices[0].delta.content)
        if received == 3:
            break
    job = lane.jobs[-1]
    assert job.state is JobState.RUNNING
    stream.close()  # the connection goes
    job_ended(job)
    assert job.state is JobState.CANCELLED and job.cancel_requested
    reply = starter_server.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=16, **GREEDY)
    assert reply.choices[0].message.content.strip()  # the engine serves the next request
    assert lane.jobs[-1].state is JobState.COMPLETE


def test_a_whole_reply_is_cancelled_when_its_client_goes(starter_server: Served) -> None:
    lane = starter_server.lane
    before = len(lane.jobs)
    client = openai.OpenAI(base_url=f"{starter_server.url}/v1", api_key=KEY, max_retries=0, timeout=1.0)
    with pytest.raises(openai.APITimeoutError):  # the client gives up, and goes
        client.chat.completions.create(model="x", messages=[{"role": "user", "content": STORY}],
                                       max_tokens=2000, **GREEDY)
    job = lane.jobs[before]
    job_ended(job)
    assert job.state is JobState.CANCELLED


# -- `ponder serve` ---------------------------------------------------------------------------------------
def serve(*args: str, env: dict[str, str] | None = None, stderr: Any = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "app.main", "serve", *args], stdout=subprocess.PIPE,
                            stderr=stderr, text=True, env=env or os.environ.copy())


def keyring_holding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str | None) -> None:
    """`ponder serve` children use the test's file keyring (holding `key`), and no key from the environment."""
    monkeypatch.delenv("PONDER_API_KEY", raising=False)
    monkeypatch.setenv("PONDER_TEST_KEYRING", str(tmp_path / "test-keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyringForTests")
    if key is not None:
        (tmp_path / "test-keyring.json").write_text(json.dumps({"Ponder/local-server-api-key": key}))


def serving_url(proc: subprocess.Popen[str]) -> tuple[str, list[str]]:
    assert proc.stderr is not None
    lines: list[str] = []
    while not any("serving" in line for line in lines):
        line = proc.stderr.readline()
        assert line, "".join(lines)
        lines.append(line)
    return lines[-1].split(" at ")[1].split("/v1")[0], lines


@pytest.mark.parametrize("ending", [signal.SIGINT, signal.SIGTERM])
def test_ponder_serve_serves_until_ctrl_c_or_sigterm_and_tells_open_streams(
        starter_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: signal.Signals) -> None:
    keyring_holding(tmp_path, monkeypatch, KEY)  # the key the keyring keeps is never printed
    proc = serve("--port", "0", "--model", str(starter_path))
    try:
        url, lines = serving_url(proc)
        assert url.startswith("http://127.0.0.1:") and "from keyring" in lines[-1] + proc.stderr.readline()  # type: ignore[union-attr]
        client = openai.OpenAI(base_url=f"{url}/v1", api_key=KEY, max_retries=0, timeout=60)
        reply = client.chat.completions.create(model="x", messages=[{"role": "user", "content": FRANCE}],
                                               max_tokens=8, **GREEDY)
        assert reply.choices[0].message.content
        stream = iter(client.chat.completions.create(model="x", messages=[{"role": "user", "content": STORY}],
                                                     max_tokens=2000, stream=True, **GREEDY))
        while not (chunk := next(stream)).choices or not chunk.choices[0].delta.content:
            continue
        proc.send_signal(ending)
        with pytest.raises(openai.APIError) as ended:  # an error event, then [DONE]: never cut off silently
            for _chunk in stream:
                continue
        assert not isinstance(ended.value, openai.APIConnectionError)
        assert SHUTTING_DOWN.message in str(ended.value)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err  # as after Ctrl-C in `ponder chat`
    assert KEY not in out + err + "".join(lines) and FRANCE not in err


def test_ponder_serve_says_a_port_in_use_before_loading_the_model(starter_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PONDER_API_KEY", KEY)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        proc = serve("--port", str(taken.getsockname()[1]), "--model", str(starter_path))
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1 and "is in use" in err and "loading" not in err


def read_terminal(fd: int, until: str, timeout: float = 60.0) -> str:
    """What a program wrote to a terminal (a pty) up to `until`."""
    seen, deadline = "", time.monotonic() + timeout
    while until not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"{until!r} never came: {seen}"
        if select.select([fd], [], [], left)[0]:
            try:
                data = os.read(fd, 4096)
            except OSError:  # the program ended and closed the terminal
                data = b""
            assert data, f"{until!r} never came: {seen}"
            seen += data.decode("utf-8", "replace")
    return seen


def test_without_a_keyring_the_key_is_shown_on_a_terminal_never_in_a_log(
        starter_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pty

    monkeypatch.delenv("PONDER_API_KEY", raising=False)
    monkeypatch.setenv("PONDER_TEST_KEYRING", str(tmp_path / "plain.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.PlaintextKeyring")  # not secure
    proc = serve("--port", "0", "--model", str(starter_path))  # stderr to a pipe: a service's log
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "PONDER_API_KEY" in err and "The key for this run" not in err
    assert "no secure keyring" in err and not out.strip()
    proc = serve("--print-key")  # a key made now would not be the next run's
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and not out.strip() and "PONDER_API_KEY" in err
    terminal, far_end = pty.openpty()
    proc = serve("--port", "0", "--model", str(starter_path), stderr=far_end)
    os.close(far_end)
    try:
        said = read_terminal(terminal, "The key for this run: ")
        while "\n" not in said.split("The key for this run: ")[1]:
            said += read_terminal(terminal, "\n")
        key = said.split("The key for this run: ")[1].split()[0]
        assert len(key) >= 40 and "serving" in said
        client = openai.OpenAI(base_url=said.split(" at ")[1].split("/v1")[0] + "/v1", api_key=key,
                               max_retries=0, timeout=60)
        assert client.models.list().data  # the key shown is the key
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(terminal)
    assert proc.returncode == 130


def test_ponder_serve_refuses_the_network_without_lan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PONDER_API_KEY", KEY)
    proc = serve("--host", "0.0.0.0", "--port", "0")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "--lan" in err


def test_print_key_makes_one_key_and_keeps_it_in_the_keyring(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    keyring_holding(tmp_path, monkeypatch, None)
    first = serve("--print-key").communicate(timeout=60)[0].strip()
    second = serve("--print-key").communicate(timeout=60)[0].strip()
    assert len(first) >= 40 and first == second
    stored = json.loads((tmp_path / "test-keyring.json").read_text())
    assert stored == {"Ponder/local-server-api-key": first}
    monkeypatch.setenv("PONDER_API_KEY", "from-the-environment")
    assert serve("--print-key").communicate(timeout=60)[0].strip() == "from-the-environment"
    for args, least in ((["--api-key", "short-key-123"], "16"),  # on this computer only
                        (["--api-key", "from-the-environment", "--lan"], "32")):  # other computers reach it
        proc = serve("--print-key", *args)
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode == 2 and f"at least {least}" in err and "from-the-environment" not in err


# -- what ends a request besides its reply ----------------------------------------------------------
def streaming_and_waiting(served: Served) -> tuple[Iterator[Any], Caller, EngineJob, EngineJob]:
    """A long streamed request under way (its first words arrived) and a second one waiting behind it."""
    stream = iter(served.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": STORY}], max_tokens=2000, stream=True, **GREEDY))
    while not (chunk := next(stream)).choices or not chunk.choices[0].delta.content:
        continue
    waiting = Caller(lambda: served.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=8, **GREEDY))
    wait_until(lambda: len(served.lane.jobs) == 2, "the second request")
    running, queued = served.lane.jobs
    return stream, waiting, running, queued


def test_an_engine_that_dies_fails_the_request_it_wrote_and_answers_the_waiting_after_a_restart(
        starter_path: Path) -> None:
    served = Served(starter_path)
    try:
        stream, waiting, running, queued = streaming_and_waiting(served)
        served.lane.client.kill()  # as a llama.cpp abort would
        with pytest.raises(openai.APIError, match="stopped unexpectedly"):
            for _chunk in stream:
                continue
        assert running.state is JobState.FAILED and running.failure is not None
        assert running.failure.code == "engine_stopped"
        reply = waiting.outcome()
        assert not isinstance(reply, Exception), reply
        assert reply.choices[0].message.content and queued.state is JobState.COMPLETE  # by the new engine
        again = served.client().chat.completions.create(
            model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=8, **GREEDY)
        assert again.choices[0].message.content
    finally:
        served.close()


def test_stopping_the_server_tells_the_running_and_the_waiting_request(starter_path: Path) -> None:
    served = Served(starter_path)
    try:
        stream, waiting, running, queued = streaming_and_waiting(served)
        assert running.state is JobState.RUNNING and queued.state is JobState.QUEUED
        served.server.stop()
        with pytest.raises(openai.APIError) as streamed:  # an error, never a finish reason
            for _chunk in stream:
                continue
        assert SHUTTING_DOWN.message in str(streamed.value)
        answer = waiting.outcome()
        assert isinstance(answer, openai.InternalServerError) and answer.status_code == 503
        assert SHUTTING_DOWN.message in str(answer)
        job_ended(running)
        assert [j.failure for j in (running, queued)] == [SHUTTING_DOWN, SHUTTING_DOWN]
    finally:
        served.close()


def test_a_remote_reply_that_broke_off_is_an_error_never_a_stop() -> None:
    from tests.replay_server import MODEL, ReplayServer

    with ReplayServer("vllm", cut_after=6) as upstream:
        served = Served(None, load=P.LoadOptions(path="", remote={
            "url": upstream.base_url, "model": MODEL, "api_key": "", "ca_file": ""}))
        try:
            hello = [{"role": "user", "content": "Hello"}]
            stream = served.client().chat.completions.create(model=MODEL, messages=hello, stream=True)  # type: ignore[arg-type]
            with pytest.raises(openai.APIError, match="broke off") as streamed:
                for _chunk in stream:
                    continue
            assert not isinstance(streamed.value, openai.APIConnectionError)
            with pytest.raises(openai.InternalServerError, match="broke off") as whole:
                served.client().chat.completions.create(model=MODEL, messages=hello)  # type: ignore[arg-type]
            assert whole.value.status_code == 502
            assert [j.failure.code if j.failure else None for j in served.lane.jobs] == ["upstream_interrupted"] * 2
        finally:
            served.close()


class BrokenLane(RecordingLane):
    """The real lane with a bug in the worker thread."""

    def _follow(self, job: EngineJob) -> None:
        raise RuntimeError(f"a bug while following the request of {job.client}")


def test_a_bug_in_the_lane_fails_its_requests_and_then_the_server_says_503(
        starter_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO")
    served = Served(starter_path, lane=BrokenLane())
    try:
        with pytest.raises(openai.InternalServerError) as failed:
            served.client().chat.completions.create(model="x", messages=[{"role": "user", "content": FRANCE}],
                                                    max_tokens=8)
        assert failed.value.status_code == 500 and LANE_FAILED.message in str(failed.value)
        assert served.lane.jobs[-1].failure == LANE_FAILED and served.lane.loaded_model() is None
        with pytest.raises(openai.InternalServerError) as refused:
            served.client().chat.completions.create(model="x", messages=[{"role": "user", "content": FRANCE}],
                                                    max_tokens=8)
        assert refused.value.status_code == 503
        [told] = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
        assert "RuntimeError" in told and "test_server.py" in told and "a bug while" not in caplog.text
    finally:
        served.close()


class FloodLane:
    """A lane whose jobs write 256 KiB answers quickly until they are cancelled: the engine is not what
    this exercises, only a client that reads nothing."""

    def __init__(self) -> None:
        self.jobs: list[EngineJob] = []

    def loaded_model(self) -> P.LoadedEvent:
        return cast(P.LoadedEvent, {"event": Event.LOADED, "model": "flood", "family": "plain"})

    def submit_job(self, job: EngineJob) -> None:
        self.jobs.append(job)
        assert job.start()

        def write() -> None:
            for _ in range(64):
                if job.cancel_requested:
                    return
                job.deliver({"event": Event.ANSWER, "text": "x" * 2**18})
                time.sleep(0.01)

        threading.Thread(target=write, daemon=True).start()

    def cancel_job(self, job: EngineJob, why: JobFailure | None = None) -> None:
        if job.request_cancel(why):
            job.cancel_now()


def test_a_stream_whose_client_reads_nothing_is_ended(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO")
    lane = FloodLane()
    server = LocalServer(lane, ServerOptions(port=0, send_timeout_s=0.5), KEY)
    server.start()
    try:
        body = chat_body(stream=True)
        with socket.socket() as reader:
            reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            reader.connect(("127.0.0.1", server.port))
            reader.sendall(f"POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {KEY}"
                           f"\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)  # and never reads
            wait_until(lambda: bool(lane.jobs) and lane.jobs[0].state.ended, "the end of the unread stream")
        assert lane.jobs[0].state is JobState.CANCELLED
        assert "read nothing" in logged(caplog)
        assert not [r for r in caplog.records if r.levelname == "ERROR"]
    finally:
        server.stop()
