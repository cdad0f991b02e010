"""The remote backend against a real OpenAI-compatible server: llama-cpp-python's own.

The starter model (and SmolLM2 carrying the Nemotron Nano v2 template) served by
`python -m llama_cpp.server` on 127.0.0.1: the CLI's events are the local
engine's, stop strings and Stop work, the two-phase budget closes the thought
and continues with /v1/completions, and a server killed mid-reply leaves the
partial reply, marked interrupted.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engine import protocol as P
from engine.client import EngineClient
from engine.protocol import Event, FinishReason
from tests.doubles import with_template
from tests.llama_server import LlamaServer, free_port
from tests.test_cli import events_of, ponder, stats

pytestmark = pytest.mark.slow
NANO_V2 = "nvidia/NVIDIA-Nemotron-Nano-9B-v2"
TEMPLATES = Path(__file__).parent / "data" / "templates"


@pytest.fixture(scope="module")
def smol_server(starter_path: Path) -> Iterator[LlamaServer]:
    server = LlamaServer(starter_path, "smollm2-135m").start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def nano_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    template = (TEMPLATES / "NVIDIA-Nemotron-Nano-v2.jinja").read_text()
    model = with_template(tmp_path_factory.mktemp("remote") / "nano-v2.gguf", template, "Nano v2 double")
    server = LlamaServer(model, NANO_V2).start()
    yield server
    server.stop()


def kinds(events: list[dict[str, Any]]) -> list[str]:
    """The event kinds in order, consecutive repeats folded."""
    out: list[str] = []
    for e in events:
        if not out or out[-1] != e["event"]:
            out.append(e["event"])
    return out


def test_cli_remote_prints_the_same_event_kinds_as_a_local_run(smol_server: LlamaServer,
                                                              starter_path: Path) -> None:
    common = ("--prompt", "What is the capital of France?", "--json", "--temperature", "0", "--seed", "1",
              "--max-tokens", "24")
    remote = ponder("chat", "--remote", smol_server.url, "--model", "smollm2-135m", *common)
    assert remote.returncode == 0, remote.stderr
    local = ponder("chat", "--model", str(starter_path), *common)
    assert local.returncode == 0, local.stderr
    r, l_ = events_of(remote.stdout), events_of(local.stdout)
    assert kinds(r) == kinds(l_) == ["loaded", "answer", "stats", "done"]
    loaded = r[0]
    assert loaded["endpoint"] == smol_server.url and loaded["offload"] == "remote"
    assert loaded["capabilities"]["models"] == ["smollm2-135m"]
    assert set(stats(r)) >= set(stats(l_)) - {"event"}  # every local stats field, plus the remote ones
    assert stats(r)["endpoint"] == smol_server.url and stats(r)["answer_tokens"] == 24
    assert r[-1]["finish_reason"] == "length"


def test_cli_remote_without_a_model_uses_the_servers_only_one(smol_server: LlamaServer) -> None:
    proc = ponder("chat", "--remote", smol_server.url, "--prompt", "Hi", "--json", "--max-tokens", "4")
    assert proc.returncode == 0, proc.stderr
    assert events_of(proc.stdout)[0]["model"] == "smollm2-135m"


def test_an_unknown_model_is_refused_with_the_servers_list(smol_server: LlamaServer) -> None:
    proc = ponder("chat", "--remote", smol_server.url, "--model", "gpt-5", "--prompt", "Hi", "--json")
    assert proc.returncode == 1
    error = events_of(proc.stdout)[-1]
    assert error["event"] == "error" and "gpt-5" in error["message"] and "smollm2-135m" in error["message"]


def test_unreachable_server_says_so() -> None:
    proc = ponder("chat", "--remote", f"http://127.0.0.1:{free_port()}/v1", "--prompt", "Hi", "--json")
    assert proc.returncode == 1
    error = events_of(proc.stdout)[-1]
    assert error["event"] == "error" and "Could not reach 127.0.0.1" in error["message"]
    assert "refused" in error["message"]


def _client(server: LlamaServer, model: str, family: str = "") -> EngineClient:
    client = EngineClient()
    client.load(P.LoadOptions(path="", family=family, remote={"url": server.url, "model": model}))
    loaded = list(client.events_until(Event.LOADED))
    assert loaded[-1]["event"] == Event.LOADED, loaded
    return client


def _reply(client: EngineClient, text: str, **sampling: Any) -> list[P.EngineEvent]:
    budget = sampling.pop("budget", P.BUDGET_UNLIMITED)
    client.generate(P.GenerateRequest([{"role": "user", "content": text}],
                                      P.Sampling(temperature=0.0, seed=3, **sampling), budget=budget))
    return list(client.events_until(Event.DONE))


def test_stop_strings_reach_the_server(smol_server: LlamaServer) -> None:
    client = _client(smol_server, "smollm2-135m")
    try:
        free = "".join(e["text"] for e in _reply(client, "Count to ten.", max_tokens=24)
                       if e["event"] == Event.ANSWER)
        stop = free.split()[3]  # a word from the middle of the greedy reply
        events = _reply(client, "Count to ten.", max_tokens=24, stop=[stop])
        answer = "".join(e["text"] for e in events if e["event"] == Event.ANSWER)
        assert answer == free[: free.index(stop)]
        assert events[-1] == {"event": Event.DONE, "finish_reason": FinishReason.STOP}
    finally:
        client.close()


def test_stop_ends_a_remote_reply_cancelled(smol_server: LlamaServer) -> None:
    client = _client(smol_server, "smollm2-135m")
    try:
        client.generate(P.GenerateRequest([{"role": "user", "content": "Write a long story."}],
                                          P.Sampling(temperature=0.0, max_tokens=1500)))
        first = client.next_event(30)
        assert first is not None and first["event"] == Event.ANSWER
        client.stop()
        rest = list(client.events_until(Event.DONE))
        assert rest[-1] == {"event": Event.DONE, "finish_reason": FinishReason.CANCELLED}
        assert next(e for e in rest if e["event"] == Event.STATS)["answer_tokens"] < 1500
        # the host is free for the next reply at once
        assert _reply(client, "Hi", max_tokens=4)[-1]["event"] == Event.DONE
    finally:
        client.close()


def test_two_phase_budget_closes_the_thought_and_continues(nano_server: LlamaServer) -> None:
    """llama-cpp-python takes no budget field: the first request is capped at the budget, the thought
    is closed with the family's closing text and /v1/completions continues the rendered prompt."""
    proc = ponder("chat", "--remote", nano_server.url, "--model", NANO_V2, "--prompt", "What is 2+2?",
                  "--json", "--budget", "8", "--temperature", "0", "--seed", "1", "--max-tokens", "40")
    assert proc.returncode == 0, proc.stderr
    events = events_of(proc.stdout)
    assert events[0]["family"] == "nemotron-nano-v2"
    assert kinds(events) == ["loaded", "reasoning", "answer", "stats", "done"]
    s = stats(events)
    assert s["budget_method"] == "two_phase" and s["budget_exhausted"] is True
    assert s["reasoning_tokens"] == 8  # the first request's tokens, all reasoning
    assert s["reasoning_field"] == "raw"  # think tags in content, split by Ponder
    reasoning = "".join(e["text"] for e in events if e["event"] == "reasoning")
    assert reasoning.rstrip().endswith("based on my thinking so far.")  # the wrap-up, as locally
    # the answer is what the server wrote after the closing sequence (the model's own words)
    answer = "".join(e["text"] for e in events if e["event"] == "answer")
    assert answer.strip() and not answer.startswith(("</think>", "\n"))
    assert s["answer_tokens"] == 40 - 8


def test_budget_off_switches_nano_v2_reasoning_off_with_no_think(nano_server: LlamaServer) -> None:
    proc = ponder("chat", "--remote", nano_server.url, "--model", NANO_V2, "--prompt", "What is 2+2?",
                  "--json", "--budget", "0", "--temperature", "0", "--max-tokens", "12")
    assert proc.returncode == 0, proc.stderr
    events = events_of(proc.stdout)
    # /no_think makes the template close the reasoning before the reply: all of it is answer
    assert "reasoning" not in kinds(events)
    assert stats(events)["budget_method"] == "none"


def test_a_server_killed_mid_reply_keeps_the_partial_reply_marked_interrupted(starter_path: Path) -> None:
    server = LlamaServer(starter_path, "smol").start()
    client = EngineClient()
    try:
        client.load(P.LoadOptions(path="", remote={"url": server.url, "model": "smol"}))
        assert list(client.events_until(Event.LOADED))[-1]["event"] == Event.LOADED
        client.generate(P.GenerateRequest([{"role": "user", "content": "Write a long story."}],
                                          P.Sampling(temperature=0.0, max_tokens=1500)))
        received: list[P.EngineEvent] = []
        while not any(e["event"] == Event.ANSWER for e in received):
            event = client.next_event(30)
            assert event is not None
            received.append(event)
        server.kill()
        started = time.monotonic()
        received += list(client.events_until(Event.DONE))
        assert time.monotonic() - started < 30
        assert received[-1] == {"event": Event.DONE, "finish_reason": FinishReason.INTERRUPTED}
        notice = next(e for e in received if e["event"] == Event.NOTICE)
        assert "broke off" in notice["message"] and "What arrived is kept" in notice["message"]
        s = next(e for e in received if e["event"] == Event.STATS)
        assert s["answer_tokens"] >= 1
        assert "".join(e["text"] for e in received if e["event"] == Event.ANSWER)
    finally:
        client.close()
        server.stop()
