"""The replay server behaves as documented: each flavor's shapes, endpoints, budgets and switches."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx2
import openai
import pytest

from tests.replay_server import (
    ANSWER,
    CONTINUATION,
    FLAVORS,
    MODEL,
    REASONING,
    Flavor,
    ReplayServer,
    pieces,
)

FIELD = {"vllm": "reasoning", "vllm-old": "reasoning_content", "sglang": "reasoning_content",
         "nim": "reasoning_content", "llamacpp": "reasoning_content", "raw": None}
RAW_REPLY = "<think>\n" + REASONING + "</think>\n\n" + ANSWER


def chat(**extra: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": "Hi"}], "stream": True, **extra}


def events(server: ReplayServer, body: dict[str, Any], path: str = "/chat/completions") -> list[str]:
    with httpx2.Client(timeout=10) as client, client.sse(
            server.base_url + path, method="POST", json=body) as source:
        return [event.data for event in source]


def chunks(datas: list[str]) -> list[dict[str, Any]]:
    assert datas[-1] == "[DONE]"
    return [json.loads(d) for d in datas[:-1]]


def texts(datas: list[str], name: str | None) -> tuple[str, str]:
    """(reasoning, content) joined from a chat stream's deltas."""
    reasoning = content = ""
    for chunk in chunks(datas):
        for choice in chunk["choices"]:
            reasoning += (choice["delta"].get(name) or "") if name else ""
            content += choice["delta"].get("content") or ""
    return reasoning, content


def test_pieces_keep_every_character() -> None:
    text = "Hello, world!\n\n  It's 4.5 — fine.\n"
    assert "".join(pieces(text)) == text
    assert pieces("Hi there.") == ["Hi", " there", "."]


def test_vllm_stream_is_framed_as_vllm() -> None:
    with ReplayServer("vllm") as server:
        got = chunks(events(server, chat(stream_options={"include_usage": True})))
        assert got[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
        assert got[0]["id"].startswith("chatcmpl-") and got[0]["object"] == "chat.completion.chunk"
        assert got[1]["choices"][0] == {"index": 0, "delta": {"reasoning": pieces(REASONING)[0]},
                                        "logprobs": None, "finish_reason": None}
        assert "usage" not in got[1]
        finish = got[-2]["choices"][0]
        assert finish["finish_reason"] == "stop" and finish["delta"] == {"content": ""}
        assert got[-1]["choices"] == []
        n_thought, n_answer = len(pieces(REASONING)), len(pieces(ANSWER))
        assert got[-1]["usage"]["completion_tokens"] == n_thought + n_answer
        assert got[-1]["usage"]["completion_tokens_details"] == {"reasoning_tokens": n_thought}
        assert len(got) == 1 + n_thought + n_answer + 1 + 1
        # without include_usage: no usage chunk
        assert all(c["choices"] for c in chunks(events(server, chat())))


@pytest.mark.parametrize("flavor", FLAVORS)
def test_each_flavor_streams_reasoning_in_its_field(flavor: Flavor) -> None:
    with ReplayServer(flavor) as server:
        datas = events(server, chat(stream_options={"include_usage": True}))
        reasoning, content = texts(datas, FIELD[flavor])
        if flavor == "raw":
            assert (reasoning, content) == ("", RAW_REPLY)
        else:
            assert (reasoning, content) == (REASONING, ANSWER)
        for chunk in chunks(datas):  # the other field never carries anything
            for choice in chunk["choices"]:
                other = {"reasoning", "reasoning_content"} - {FIELD[flavor]}
                assert not any(choice["delta"].get(name) for name in other)
        usage = [c for c in chunks(datas) if c.get("usage")]
        assert len(usage) == 1 and usage[0]["usage"]["total_tokens"] > 0


def test_sglang_and_llamacpp_frame_their_own_way() -> None:
    with ReplayServer("sglang") as server:
        got = chunks(events(server, chat(stream_options={"include_usage": True})))
        assert got[1]["choices"][0]["delta"] == {"role": None, "content": None,
                                                 "reasoning_content": pieces(REASONING)[0], "tool_calls": None}
        assert got[1]["usage"] is None and "matched_stop" in got[1]["choices"][0]
        assert got[-2]["choices"][0]["finish_reason"] == "stop"
        assert got[-2]["choices"][0]["delta"]["content"] is None
        assert got[-1]["choices"] == [] and "completion_tokens_details" not in got[-1]["usage"]
    with ReplayServer("llamacpp") as server:
        got = chunks(events(server, chat()))  # no include_usage: usage comes anyway
        assert got[0]["choices"][0]["delta"] == {"role": "assistant", "content": None}
        assert got[0]["system_fingerprint"] == "b6500-abc"
        last = got[-1]
        assert last["choices"][0] == {"finish_reason": "stop", "index": 0, "delta": {}}
        assert set(last["usage"]) == {"completion_tokens", "prompt_tokens", "total_tokens"}
        assert last["timings"]["predicted_n"] == last["usage"]["completion_tokens"]
        assert not any(c.get("usage") for c in got[:-1])


IDENTIFICATION: dict[str, dict[str, Any]] = {
    "vllm": {"/version": {"version": "0.12.0"}, "/health": None},
    "vllm-old": {"/version": {"version": "0.10.2"}, "/health": None},
    "sglang": {"/get_server_info": "0.5.2", "/health": None},
    "nim": {"/v1/metadata": "1.13.0", "/v1/health/ready": "ready"},
    "llamacpp": {"/props": "props", "/health": {"status": "ok"}},
    "raw": {},
}
OWNERS = {"vllm": "vllm", "vllm-old": "vllm", "sglang": "sglang", "nim": "system",
          "llamacpp": "llamacpp", "raw": "organization-owner"}


@pytest.mark.parametrize("flavor", FLAVORS)
def test_identification_endpoints(flavor: Flavor) -> None:
    every = {path for paths in IDENTIFICATION.values() for path in paths}
    with ReplayServer(flavor, models=[MODEL, "other"], chat_template="{{ tpl }}") as server, \
            httpx2.Client(base_url=server.url, timeout=5) as client:
        models = client.get("/v1/models").json()
        assert models["object"] == "list"
        assert [(m["id"], m["object"], m["owned_by"]) for m in models["data"]] == [
            (MODEL, "model", OWNERS[flavor]), ("other", "model", OWNERS[flavor])]
        for path in sorted(every):
            answer = client.get(path)
            if path not in IDENTIFICATION[flavor]:
                assert answer.status_code == 404 and isinstance(answer.json(), dict), path
                continue
            assert answer.status_code == 200, path
            expected = IDENTIFICATION[flavor][path]
            if expected is None:
                assert answer.content == b""
            elif expected == "props":
                props = answer.json()
                assert props["chat_template"] == "{{ tpl }}" and props["total_slots"] == 1
                assert props["default_generation_settings"]["n_ctx"] == 8192
                assert props["build_info"] == "b6500-abc" and props["model_path"]
            elif path == "/get_server_info":
                assert answer.json()["version"] == expected
            elif path == "/v1/metadata":
                data = answer.json()
                assert data["version"] == expected and data["repository_override"] == ""
                assert data["modelInfo"][0]["shortName"] == MODEL
                assert data["modelInfo"][0]["modelUrl"].startswith("ngc://")
            elif expected != "ready":
                assert answer.json() == expected
        if flavor in ("vllm", "vllm-old", "nim", "sglang"):
            assert models["data"][0]["max_model_len"] == 8192


NIM_BUDGET = {"nvext": {"max_thinking_tokens": 3}}


@pytest.mark.parametrize(("flavor", "extra", "honours", "cut"), [
    ("vllm", {"thinking_token_budget": 3}, None, True),
    ("vllm-old", {"thinking_token_budget": 0}, None, True),
    ("vllm", NIM_BUDGET, None, False),  # another server's field: ignored
    ("nim", NIM_BUDGET, None, True),
    ("nim", {"thinking_token_budget": 3}, None, False),
    ("llamacpp", {"thinking_budget_tokens": 3}, None, True),
    ("llamacpp", {"thinking_budget_tokens": -1}, None, False),
    ("sglang", {"thinking_token_budget": 3, "reasoning_budget": 3, **NIM_BUDGET}, None, False),
    ("raw", {"thinking_token_budget": 3}, None, False),
    ("vllm", {"thinking_token_budget": 3}, False, False),
    ("sglang", {"reasoning_budget": 3}, True, True),
    ("raw", {"thinking_token_budget": 3}, True, True),
])
def test_server_side_budget(flavor: Flavor, extra: dict[str, Any], honours: bool | None, cut: bool) -> None:
    budget = next(iter(v for v in extra.values() if isinstance(v, int)), 3)
    with ReplayServer(flavor, honours_budget=honours) as server:
        reasoning, content = texts(events(server, chat(**extra)), FIELD[flavor])
        thought = "".join(pieces(REASONING)[:budget]) if cut else REASONING
        if flavor == "raw":
            assert content == "<think>\n" + thought + "</think>\n\n" + ANSWER
        else:
            assert (reasoning, content) == (thought, ANSWER)
        assert server.bodies("/v1/chat/completions")[0] == chat(**extra)


@pytest.mark.parametrize("switch", [
    {"chat_template_kwargs": {"enable_thinking": False}},
    {"messages": [{"role": "system", "content": "/no_think"}, {"role": "user", "content": "Hi"}]},
    {"messages": [{"role": "system", "content": "detailed thinking off"}, {"role": "user", "content": "Hi"}]},
])
@pytest.mark.parametrize("flavor", ["vllm", "raw"])
def test_reasoning_switched_off(flavor: Flavor, switch: dict[str, Any]) -> None:
    with ReplayServer(flavor) as server:
        assert texts(events(server, chat(**switch)), FIELD[flavor]) == ("", ANSWER)


def test_raw_with_an_opened_thought_starts_inside_it() -> None:
    with ReplayServer("raw", opened=True) as server:
        assert texts(events(server, chat()), None) == ("", REASONING + "</think>\n\n" + ANSWER)
        whole = httpx2.post(server.base_url + "/chat/completions", json=chat(stream=False)).json()
        message = whole["choices"][0]["message"]
        assert message["content"] == REASONING + "</think>\n\n" + ANSWER
        assert "reasoning" not in message and "reasoning_content" not in message


def test_max_tokens_cuts_with_length() -> None:
    with ReplayServer("vllm") as server:
        got = chunks(events(server, chat(max_tokens=4)))
        # vLLM puts the last token on the finish chunk
        assert got[-1]["choices"][0] == {"index": 0, "delta": {"reasoning": pieces(REASONING)[3]},
                                         "logprobs": None, "finish_reason": "length", "stop_reason": None}
        assert len(got) == 1 + 4
        whole = httpx2.post(server.base_url + "/chat/completions",
                            json=chat(stream=False, max_completion_tokens=2)).json()
        assert whole["choices"][0]["finish_reason"] == "length"
        assert whole["choices"][0]["message"]["content"] is None
        assert whole["choices"][0]["message"]["reasoning"] == "".join(pieces(REASONING)[:2])


@pytest.mark.parametrize("flavor", ["vllm", "llamacpp", "sglang"])
def test_completions_continue_the_prompt(flavor: Flavor) -> None:
    prompt = "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n<think>\nHmm.\n</think>\n\n"
    with ReplayServer(flavor) as server:
        body = {"model": MODEL, "prompt": prompt, "stream": True, "stream_options": {"include_usage": True}}
        got = chunks(events(server, body, "/completions"))
        assert all(c["object"] == "text_completion" for c in got)
        assert "".join(c["choices"][0]["text"] for c in got if c["choices"]) == CONTINUATION
        assert [c for c in got if c.get("usage")][-1]["usage"]["completion_tokens"] == len(pieces(CONTINUATION))
        cut = httpx2.post(server.base_url + "/completions", json={**body, "stream": False, "max_tokens": 2})
        choice = cut.json()["choices"][0]
        assert (choice["text"], choice["finish_reason"]) == ("".join(pieces(CONTINUATION)[:2]), "length")
        assert server.prompts == [prompt, prompt]


@pytest.mark.parametrize("flavor", FLAVORS)
def test_non_stream_message(flavor: Flavor) -> None:
    with ReplayServer(flavor) as server:
        whole = httpx2.post(server.base_url + "/chat/completions", json=chat(stream=False)).json()
        assert whole["object"] == "chat.completion" and whole["usage"]["completion_tokens"] > 0
        message = whole["choices"][0]["message"]
        if flavor == "raw":
            assert message["content"] == RAW_REPLY
        else:
            assert (message["content"], message[FIELD[flavor]]) == (ANSWER, REASONING)


def test_error_switches() -> None:
    with ReplayServer("vllm", status=503, retry_after="7", fail_times=2) as server, \
            httpx2.Client(base_url=server.base_url, timeout=5) as client:
        for _ in range(2):
            answer = client.post("/chat/completions", json=chat(stream=False))
            assert answer.status_code == 503 and answer.headers["Retry-After"] == "7"
            error = answer.json()["error"]
            assert error["type"] == "ServiceUnavailableError" and error["code"] == 503 and error["message"]
        assert client.post("/chat/completions", json=chat(stream=False)).status_code == 200
        assert httpx2.get(server.url + "/version").status_code == 200 and server.posts == 3
        missing = client.post("/chat/completions", json={**chat(), "model": "nope"})
        assert missing.status_code == 404
        assert missing.json() == {"error": {"message": "The model `nope` does not exist.",
                                            "type": "NotFoundError", "param": None, "code": 404}}
    with ReplayServer("llamacpp") as server:  # llama-server serves one model, whatever the name
        assert texts(events(server, {**chat(), "model": "nope"}), "reasoning_content")[1] == ANSWER


def test_api_key() -> None:
    with ReplayServer("vllm", require_key="sekrit") as server, \
            httpx2.Client(base_url=server.url, timeout=5) as client:
        assert client.post("/v1/chat/completions", json=chat()).status_code == 401
        wrong = client.post("/v1/chat/completions", json=chat(), headers={"Authorization": "Bearer x"})
        assert wrong.status_code == 403 and wrong.json()["error"]["message"]
        assert client.get("/v1/models").status_code == 401 and client.get("/version").status_code == 200
        good = client.get("/v1/models", headers={"Authorization": "Bearer sekrit"})
        assert good.status_code == 200
        assert server.requests[-1].headers["authorization"] == "Bearer sekrit"


def test_stream_faults() -> None:
    with ReplayServer("vllm", cut_after=3) as server:
        with pytest.raises(httpx2.RemoteProtocolError):
            events(server, chat())
    with ReplayServer("vllm", malformed_after=2) as server:
        datas = events(server, chat())
        assert datas[2] == "{not json" and datas[-1] == "[DONE]"
        server.switches.malformed_continue = False
        assert events(server, chat())[2:] == ["{not json"]
    with ReplayServer("vllm", stall_after=2, stall_s=0.4) as server:
        began = time.monotonic()
        assert events(server, chat())[-1] == "[DONE]"
        assert time.monotonic() - began >= 0.4


def test_the_openai_sdk_accepts_the_shapes() -> None:
    with ReplayServer("vllm") as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="none", max_retries=0)
        assert [m.id for m in client.models.list()] == [MODEL]
        reasoning = content = ""
        usage = None
        for chunk in client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": "Hi"}], stream=True,
                stream_options={"include_usage": True}, extra_body={"thinking_token_budget": 5}):
            if chunk.usage is not None:
                usage = chunk.usage
            for choice in chunk.choices:
                reasoning += (choice.delta.model_extra or {}).get("reasoning") or ""
                content += choice.delta.content or ""
        assert (reasoning, content) == ("".join(pieces(REASONING)[:5]), ANSWER)
        assert usage is not None and usage.completion_tokens_details is not None
        assert usage.completion_tokens_details.reasoning_tokens == 5
        whole = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Hi"}])
        assert whole.choices[0].message.content == ANSWER
        assert (whole.choices[0].message.model_extra or {})["reasoning"] == REASONING
        text = client.completions.create(model=MODEL, prompt="Hi", max_tokens=3)
        assert text.choices[0].finish_reason == "length"
        with pytest.raises(openai.NotFoundError, match="does not exist"):
            client.chat.completions.create(model="nope", messages=[{"role": "user", "content": "Hi"}])
        server.switches.status, server.switches.retry_after = 429, "1"
        with pytest.raises(openai.RateLimitError):
            client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Hi"}])


@pytest.mark.parametrize("flavor", FLAVORS)
def test_the_shared_wire_helpers_read_every_flavor(flavor: Flavor) -> None:
    from engine import openai_wire as wire

    with ReplayServer(flavor) as server:
        reasoning = content = ""
        fields, counts, finish = set(), None, None
        for chunk in chunks(events(server, chat(stream_options={"include_usage": True}))):
            counts = wire.read_usage(chunk.get("usage")) or counts
            for choice in chunk["choices"]:
                text, name = wire.reasoning_delta(choice["delta"])
                reasoning, fields = reasoning + text, fields | ({name} if name else set())
                content += wire.content_of(choice["delta"])
                finish = wire.finish_from_wire(choice["finish_reason"]) or finish
        assert fields == ({FIELD[flavor]} if FIELD[flavor] else set())
        assert (reasoning + content) == (RAW_REPLY if flavor == "raw" else REASONING + ANSWER)
        assert finish is not None and finish.value == "stop"
        assert counts is not None and counts.completion_tokens > 0
        expected = len(pieces(REASONING)) if flavor in ("vllm", "vllm-old") else None
        assert counts.reasoning_tokens == expected
