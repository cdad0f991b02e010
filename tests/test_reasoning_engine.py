"""Reasoning with real models: the live split, the thinking budget, answer-now."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from engine import protocol as P
from engine.client import EngineClient
from engine.protocol import Event
from tests.test_cli import events_of, ponder
from tests.test_engine_host import load, stats_of

STORY = "Write a long story about a dragon."


def texts(events: list[dict[str, Any]]) -> tuple[str, str]:
    return ("".join(e["text"] for e in events if e["event"] == Event.REASONING),
            "".join(e["text"] for e in events if e["event"] == Event.ANSWER))


def assert_no_reevaluation(s: dict[str, Any]) -> None:
    expected = (s["prompt_tokens_evaluated"] + s["reasoning_tokens"] + s["forced_tokens"]
                + s["answer_tokens"])
    assert abs(s["evaluated_tokens"] - expected) <= 2, s


def test_budget_ends_reasoning_then_answers(nemotron3_double: Path) -> None:
    proc = ponder("chat", "--model", str(nemotron3_double), "--prompt", STORY, "--budget", "32",
                  "--temperature", "0", "--max-tokens", "160", "--json")
    assert proc.returncode == 0, proc.stderr
    events = events_of(proc.stdout)
    loaded = events[0]
    assert (loaded["family"], loaded["reasoning"]) == ("nemotron-3-nano", "switchable")
    kinds = [e["event"] for e in events if e["event"] in (Event.REASONING, Event.ANSWER)]
    first_answer = kinds.index(Event.ANSWER)
    assert first_answer > 0 and Event.REASONING not in kinds[first_answer:]  # reasoning, then answer
    s = stats_of(events)
    assert s["budget"] == 32 and s["budget_exhausted"] is True
    assert 32 <= s["reasoning_tokens"] <= 32 + 16
    assert s["forced_tokens"] > 0 and s["answer_tokens"] > 0
    assert s["prompt_tokens_evaluated"] == s["prompt_tokens"]  # evaluated once, not again
    assert_no_reevaluation(s)
    reasoning, answer = texts(events)
    assert reasoning.rstrip().endswith("based on my thinking so far.")  # the wrap-up sentence
    assert "</think>" not in reasoning and answer.strip()
    assert s["thinking_s"] > 0


def test_budget_zero_gives_no_reasoning(nemotron3_double: Path) -> None:
    proc = ponder("chat", "--model", str(nemotron3_double), "--prompt", STORY, "--budget", "0",
                  "--temperature", "0", "--max-tokens", "40", "--json")
    assert proc.returncode == 0, proc.stderr
    events = events_of(proc.stdout)
    assert not any(e["event"] == Event.REASONING for e in events)
    s = stats_of(events)
    assert s["reasoning_tokens"] == 0 and s["answer_tokens"] == 40


def test_reasoning_off_and_wrap_up_setting(nemotron3_double: Path) -> None:
    off = ponder("chat", "--model", str(nemotron3_double), "-p", STORY, "--reasoning", "off",
                 "--temperature", "0", "--max-tokens", "20", "--json")
    assert not any(e["event"] == Event.REASONING for e in events_of(off.stdout))
    quiet = ponder("chat", "--model", str(nemotron3_double), "-p", STORY, "--budget", "20",
                   "--wrap-up", "", "--temperature", "0", "--max-tokens", "80", "--json")
    reasoning, _ = texts(events_of(quiet.stdout))
    assert "thinking so far" not in reasoning
    assert stats_of(events_of(quiet.stdout))["forced_tokens"] <= 5  # just the closing sequence


def test_answer_now_during_thinking(nemotron3_double: Path) -> None:
    client = EngineClient()
    try:
        load(client, nemotron3_double)
        client.generate(P.GenerateRequest([{"role": "user", "content": STORY}],
                                          P.Sampling(temperature=0.0, max_tokens=400)))
        events: list[dict[str, Any]] = []
        asked = False
        for event in client.events_until(Event.DONE):
            events.append(event)
            if event["event"] == Event.REASONING and not asked:
                client.answer_now()
                asked = True
        s = stats_of(events)
        reasoning, answer = texts(events)
        assert s["forced_tokens"] > 0 and not s["budget_exhausted"]
        assert s["reasoning_tokens"] < 60 and answer.strip()
        assert_no_reevaluation(s)
    finally:
        client.close()


def test_model_ending_inside_reasoning_still_answers(nemotron3_double: Path) -> None:
    """SmolLM2 stops inside the opened <think> on short questions: Ponder closes it and the
    model answers, instead of leaving a reply with no answer."""
    proc = ponder("chat", "--model", str(nemotron3_double), "-p", "What is 2+2?",
                  "--temperature", "0", "--max-tokens", "60", "--json")
    events = events_of(proc.stdout)
    reasoning, answer = texts(events)
    s = stats_of(events)
    assert reasoning and answer.strip() and s["forced_tokens"] > 0
    assert not s["budget_exhausted"]


def test_budget_on_a_hybrid_model_continues_in_the_same_cache(nemotron_h_path: Path) -> None:
    proc = ponder("chat", "--model", str(nemotron_h_path), "-p", "Think about colours.",
                  "--budget", "16", "--temperature", "0", "--max-tokens", "120", "--json")
    assert proc.returncode == 0, proc.stderr
    events = events_of(proc.stdout)
    assert events[0]["recurrent"] is True and events[0]["family"] == "nemotron-3-nano"
    s = stats_of(events)
    assert s["forced_tokens"] > 0
    assert s["reasoning_tokens"] <= 16 + 16
    assert s["prompt_tokens_evaluated"] == s["prompt_tokens"]
    assert_no_reevaluation(s)


def test_family_override_and_models_listing(ponder_home: Path, nemotron3_double: Path) -> None:
    (ponder_home / "models").mkdir(parents=True, exist_ok=True)
    (ponder_home / "models" / "nemo.gguf").symlink_to(nemotron3_double)
    listed = {m["name"]: m for m in events_of(ponder("models", "--json").stdout)}
    assert (listed["nemo"]["family"], listed["nemo"]["reasoning"]) == ("nemotron-3-nano", "switchable")
    assert listed["SmolLM2-135M-Instruct"]["family"] == "plain"
    proc = ponder("chat", "-m", "nemo", "--family", "plain", "-p", STORY, "--max-tokens", "8", "--json")
    loaded = json.loads(proc.stdout.splitlines()[0])
    assert loaded["family"] == "plain" and loaded["reasoning"] == "none"
    bad = ponder("chat", "--family", "nope", "-p", "hi", "--json")
    assert bad.returncode != 0 and "unknown model family" in bad.stdout


def test_think_tags_as_special_tokens_are_known_by_id(nemotron3_special_tags: Path) -> None:
    """On the Nemotron-H tokenizer <think>/</think> are control tokens, which llama.cpp
    hides when detokenizing: Ponder recognises them by id."""
    import llama_cpp

    from engine.llama_backend import LlamaBackend

    backend = LlamaBackend()
    backend.load(P.LoadOptions(path=str(nemotron3_special_tags), n_ctx=1024))
    llm = backend.llm
    assert llm is not None
    end_ids = llm.tokenize(b"</think>", add_bos=False, special=True)
    assert end_ids == [4]
    assert llama_cpp.llama_vocab_get_attr(backend._vocab, 4) & llama_cpp.LLAMA_TOKEN_ATTR_CONTROL
    assert llm.detokenize([4]) == b""  # what a naive detokenizer would show
    assert backend.piece(4) == b"</think>"
    events: list[dict[str, Any]] = []
    backend.generate(P.GenerateRequest([{"role": "user", "content": STORY}],
                                       P.Sampling(temperature=0.0, max_tokens=120), budget=24),
                     events.append)
    backend.unload()
    s = stats_of(events)
    reasoning, answer = texts(events)
    # SmolLM2 ends its turn at once after the special <think>: the engine closes the
    # reasoning with the special </think> id and the model answers
    assert s["forced_tokens"] > 0 and answer.strip()
    assert "</think>" not in reasoning + answer and "<think>" not in reasoning + answer
    assert_no_reevaluation(s)
