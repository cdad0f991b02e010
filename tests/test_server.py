"""`ponder serve`: the real server on 127.0.0.1, the real engine and models, the official `openai` client.

The headless lane and the server run in this process (a thread); one test runs
the `ponder serve` command itself.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from app.server_lane import EngineJob, HeadlessLane, JobState
from app.server_runner import LocalServer, ServerOptions
from engine import protocol as P
from engine.budget import grace_for
from engine.openai_wire import ReasoningOutput

KEY = "test-key-0123456789abcdef"
STORY = "Write a long story about a dragon."
FRANCE = "What is the capital of France? Answer in one sentence."
GREEDY: dict[str, Any] = {"temperature": 0, "seed": 1}


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

    def __init__(self, path: Path, **options: Any):
        self.lane = RecordingLane()
        self.lane.load(P.LoadOptions(path=str(path), name=path.stem))
        self.server = LocalServer(self.lane, ServerOptions(port=0, **options), KEY)
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


def raw(url: str, method: str, path: str, body: bytes | None = None,
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


def test_text_completions(starter_server: Served) -> None:
    client = starter_server.client()
    whole = client.completions.create(model="x", prompt=FRANCE, max_tokens=24, **GREEDY)
    assert whole.object == "text_completion" and whole.id.startswith("cmpl-")
    assert whole.choices[0].text.strip() and whole.usage is not None and whole.usage.completion_tokens > 0
    chunks = list(client.completions.create(model="x", prompt=FRANCE, max_tokens=24, stream=True,
                                            stream_options={"include_usage": True}, **GREEDY))
    assert "".join(c.choices[0].text for c in chunks if c.choices).strip()
    assert chunks[-1].usage is not None and chunks[-1].choices == []


def test_requests_at_once_are_answered_in_turn(starter_server: Served) -> None:
    client = starter_server.client()
    answers: dict[int, str] = {}

    def ask(i: int) -> None:
        reply = client.chat.completions.create(
            model="x", messages=[{"role": "user", "content": f"Count from {i} to {i + 5}."}], max_tokens=20,
            **GREEDY)
        answers[i] = reply.choices[0].message.content

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(answers) == [0, 1, 2, 3] and all(a.strip() for a in answers.values())


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


def test_a_body_over_the_limit_gets_413(starter_server: Served) -> None:
    huge = json.dumps({"messages": [{"role": "user", "content": "x" * (9 * 2**20)}]}).encode()
    status, _headers, body = raw(starter_server.url, "POST", "/v1/chat/completions", huge, authorized())
    assert status == 413 and error_of(body)["code"] == "request_too_large"
    status, _headers, body = raw(starter_server.url, "POST", "/v1/chat/completions", chat_body(), authorized())
    assert status == 200  # served as before


# -- safe by default ----------------------------------------------------------------------------------
def test_without_the_key_401(starter_server: Served) -> None:
    status, headers, body = raw(starter_server.url, "GET", "/v1/models")
    assert status == 401 and headers["www-authenticate"] == "Bearer"
    assert error_of(body)["code"] == "invalid_api_key"
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


def test_no_key_and_no_body_in_any_log(starter_server: Served, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    secret_text = "my-private-question-7f3a"
    raw(starter_server.url, "POST", "/v1/chat/completions",
        json.dumps({"messages": [{"role": "user", "content": secret_text}], "max_tokens": 4}).encode(),
        authorized())
    raw(starter_server.url, "POST", "/v1/chat/completions", json.dumps({"temperature": secret_text}).encode(),
        authorized())
    raw(starter_server.url, "GET", "/v1/models?key=" + secret_text, None, {"Authorization": f"Bearer {secret_text}"})
    def logged() -> str:
        return "\n".join(r.getMessage() for r in caplog.records)

    while "GET /v1/models 401" not in logged():  # written once the answer has gone
        threading.Event().wait(0.01)
    assert "POST /v1/chat/completions 200" in logged() and "POST /v1/chat/completions 400" in logged()
    assert secret_text not in logged() and KEY not in logged()


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
    ended = threading.Event()
    threading.Thread(target=lambda: (job_ended(job), ended.set()), daemon=True).start()
    assert ended.wait(60)
    assert job.state is JobState.CANCELLED and job.cancel_requested
    reply = starter_server.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=16, **GREEDY)
    assert reply.choices[0].message.content.strip()  # the engine serves the next request
    assert lane.jobs[-1].state is JobState.COMPLETE


def job_ended(job: EngineJob) -> None:
    while not job.state.ended:
        threading.Event().wait(0.01)


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
def serve(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "app.main", "serve", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env or os.environ.copy())


@pytest.mark.parametrize("ending", [signal.SIGINT, signal.SIGTERM])
def test_ponder_serve_serves_until_ctrl_c_or_sigterm(starter_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     ending: signal.Signals) -> None:
    monkeypatch.setenv("PONDER_API_KEY", KEY)
    proc = serve("--port", "0", "--model", str(starter_path))
    try:
        assert proc.stderr is not None
        lines = []
        while not any("serving" in line for line in lines):
            line = proc.stderr.readline()
            assert line, "".join(lines)
            lines.append(line)
        url = lines[-1].split(" at ")[1].split("/v1")[0]
        assert url.startswith("http://127.0.0.1:")
        client = openai.OpenAI(base_url=f"{url}/v1", api_key=KEY, max_retries=0, timeout=60)
        reply = client.chat.completions.create(model="x", messages=[{"role": "user", "content": FRANCE}],
                                               max_tokens=8, **GREEDY)
        assert reply.choices[0].message.content
        proc.send_signal(ending)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err  # as after Ctrl-C in `ponder chat`
    assert KEY not in out + err + "".join(lines) and FRANCE not in err


def test_ponder_serve_refuses_the_network_without_lan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PONDER_API_KEY", KEY)
    proc = serve("--host", "0.0.0.0", "--port", "0")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "--lan" in err


def test_print_key_makes_one_key_and_keeps_it_in_the_keyring(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PONDER_API_KEY", raising=False)
    monkeypatch.setenv("PONDER_TEST_KEYRING", str(tmp_path / "test-keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyringForTests")
    first = serve("--print-key").communicate(timeout=60)[0].strip()
    second = serve("--print-key").communicate(timeout=60)[0].strip()
    assert len(first) >= 40 and first == second
    stored = json.loads((tmp_path / "test-keyring.json").read_text())
    assert stored == {"Ponder/local-server-api-key": first}
    monkeypatch.setenv("PONDER_API_KEY", "from-the-environment")
    assert serve("--print-key").communicate(timeout=60)[0].strip() == "from-the-environment"
    proc = serve("--print-key", "--api-key", "short")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "at least 8" in err


def test_an_engine_that_dies_mid_reply_fails_that_request_and_is_restarted(starter_path: Path) -> None:
    served = Served(starter_path)
    try:
        stream = served.client().chat.completions.create(
            model="x", messages=[{"role": "user", "content": STORY}], max_tokens=2000, stream=True, **GREEDY)
        with pytest.raises(openai.APIError, match="stopped unexpectedly"):
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    served.lane.client.kill()  # as a llama.cpp abort would
        assert served.lane.jobs[-1].state is JobState.FAILED
        reply = served.client().chat.completions.create(
            model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=8, **GREEDY)
        assert reply.choices[0].message.content  # a new engine, the same model
    finally:
        served.close()
