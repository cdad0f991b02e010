"""The engine host with the real llama.cpp and real models: streaming, stop, crash, multi-turn."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engine import protocol as P
from engine.client import EngineClient
from engine.protocol import Event, FinishReason

FRANCE = "What is the capital of France? Answer in one sentence."
GREEDY = P.Sampling(temperature=0.0, max_tokens=48)


@pytest.fixture
def client() -> Iterator[EngineClient]:
    c = EngineClient()
    yield c
    c.close()


def load(client: EngineClient, path: Path, **options: Any) -> dict[str, Any]:
    client.load(P.LoadOptions(path=str(path), **options))
    events = list(client.events_until(Event.LOADED))
    assert events[-1]["event"] == Event.LOADED, events
    return events[-1]


def reply(client: EngineClient, messages: list[dict], sampling: P.Sampling = GREEDY,
          **kwargs: Any) -> tuple[str, list[dict[str, Any]]]:
    client.generate(P.GenerateRequest(messages, sampling, kwargs))
    events = list(client.events_until(Event.DONE))
    text = "".join(e["text"] for e in events if e["event"] == Event.ANSWER)
    return text, events


def count_tokens(path: Path, messages: list[dict], **kwargs: Any) -> int:
    """Tokens of a rendered conversation, counted by llama.cpp's own tokenizer."""
    import llama_cpp

    from engine.gguf_meta import read_model_info
    from engine.templates import ChatTemplate

    info = read_model_info(path)
    text = ChatTemplate.for_model(info.chat_template, info.bos_token, info.eos_token).render(
        messages, **kwargs)
    vocab = llama_cpp.Llama(model_path=str(path), vocab_only=True, verbose=False)
    return len(vocab.tokenize(text.encode(), add_bos=info.add_bos_token, special=True))


def stats_of(events: list[dict[str, Any]]) -> dict[str, Any]:
    return next(e for e in events if e["event"] == Event.STATS)


def test_multi_token_prompt_evaluates_in_a_separate_process(starter_path: Path) -> None:
    """A native (host-CPU-tuned) llama.cpp build on AMX Xeons segfaults here; fail loudly."""
    code = (
        "import llama_cpp, sys\n"
        f"llm = llama_cpp.Llama(model_path={str(starter_path)!r}, n_ctx=256, verbose=False)\n"
        "toks = llm.tokenize(b'The quick brown fox jumps over the lazy dog. ' * 4)\n"
        "assert len(toks) > 30\n"
        "llm.eval(toks)\n"
        "print('evaluated', len(toks))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, (
        f"llama-cpp-python crashed (exit {proc.returncode}) evaluating a multi-token prompt: "
        f"is it a native (host-CPU-tuned) build? Rebuild with `make clean test`.\n{proc.stderr[-2000:]}"
    )
    assert "evaluated" in proc.stdout


def test_load_reports_model_and_placement(client: EngineClient, starter_path: Path) -> None:
    loaded = load(client, starter_path, n_ctx=2048, threads=2)
    assert loaded["architecture"] == "llama"
    assert loaded["n_ctx"] == 2048
    assert loaded["threads"] == 2
    assert loaded["recurrent"] is False
    assert loaded["gpu_layers"] >= 0 and loaded["offload"] in ("gpu", "cpu")
    assert loaded["backend"] in ("cpu", "cuda", "metal", "vulkan", "gpu") and loaded["backend_reason"]
    assert (loaded["backend"] == "cpu") == (loaded["offload"] == "cpu")
    required = {k for k, v in P.LoadedEvent.__annotations__.items() if "NotRequired" not in str(v)}
    # the shape protocol declares (the remote-only keys absent; `texts`: its messages' templates)
    assert set(loaded) - {"texts"} == required


def test_greedy_reply_streams_with_stats(client: EngineClient, starter_path: Path) -> None:
    load(client, starter_path)
    text, events = reply(client, [{"role": "user", "content": FRANCE}])
    kinds = [e["event"] for e in events]
    assert kinds[-2:] == [Event.STATS, Event.DONE]
    assert kinds.count(Event.ANSWER) >= 2  # streamed, not delivered at once
    required = {k for k, v in P.StatsEvent.__annotations__.items() if "NotRequired" not in str(v)}
    assert set(stats_of(events)) == required  # the shape protocol declares (the remote-only keys absent)
    assert events[-1]["finish_reason"] is FinishReason.STOP  # typed as it arrives
    assert "Paris" in text
    s = stats_of(events)
    assert s["prompt_tokens"] == s["prompt_tokens_evaluated"] > 10
    assert s["answer_tokens"] == s["generated_tokens"] > 0
    assert s["evaluated_tokens"] >= s["prompt_tokens_evaluated"] + s["generated_tokens"] - 1
    assert s["ttft_s"] > 0 and s["decode_tokens_per_s"] > 0 and s["prompt_tokens_per_s"] > 0
    assert events[-1]["finish_reason"] == FinishReason.STOP


def test_max_tokens_ends_with_length(client: EngineClient, starter_path: Path) -> None:
    load(client, starter_path)
    _, events = reply(client, [{"role": "user", "content": "Write a long story about a dragon."}],
                      P.Sampling(temperature=0.0, max_tokens=5))
    assert stats_of(events)["generated_tokens"] == 5
    assert events[-1]["finish_reason"] == FinishReason.LENGTH


def test_stop_strings_end_the_reply(client: EngineClient, starter_path: Path) -> None:
    load(client, starter_path)
    msgs = [{"role": "user", "content": FRANCE}]
    full, _ = reply(client, msgs)
    word = full.split()[2]
    text, events = reply(client, msgs, P.Sampling(temperature=0.0, max_tokens=48, stop=[word]))
    assert text == full[: full.index(word)]
    assert events[-1]["finish_reason"] == FinishReason.STOP


def test_stop_through_the_host_ends_the_reply(client: EngineClient, starter_path: Path) -> None:
    load(client, starter_path)
    client.generate(P.GenerateRequest(
        [{"role": "user", "content": "Count from 1 to 500, one number per line."}],
        P.Sampling(temperature=0.0, max_tokens=1000)))
    events, sent = [], False
    for event in client.events_until(Event.DONE):
        events.append(event)
        if event["event"] == Event.ANSWER and not sent:  # the first delta is sent alone, at once
            client.stop()
            sent = True
    assert events[-1] == {"event": Event.DONE, "finish_reason": FinishReason.CANCELLED}
    # only the tokens decoded while the request crossed the pipe (exactly-one-token
    # semantics inside the host are tested below, without the pipe)
    assert stats_of(events)["generated_tokens"] <= 8
    # the engine is usable again at once
    text, events = reply(client, [{"role": "user", "content": "Say hi"}])
    assert events[-1]["finish_reason"] == FinishReason.STOP and text


def test_stop_aborts_a_long_prompt_evaluation(client: EngineClient, starter_path: Path) -> None:
    load(client, starter_path, n_ctx=8192)
    long_text = "Here is a sentence about the weather and the sea. " * 600  # ~6600 tokens
    client.generate(P.GenerateRequest([{"role": "user", "content": long_text}],
                                      P.Sampling(temperature=0.0, max_tokens=8)))
    time.sleep(0.5)
    sent = time.monotonic()
    client.stop()
    events = list(client.events_until(Event.DONE))
    elapsed = time.monotonic() - sent
    assert events[-1] == {"event": Event.DONE, "finish_reason": FinishReason.CANCELLED}
    assert elapsed < 1.5, f"abort took {elapsed:.2f} s"
    assert stats_of(events)["generated_tokens"] == 0
    # the partial prompt left in the cache does not corrupt the next reply
    text, events = reply(client, [{"role": "user", "content": FRANCE}])
    assert "Paris" in text


def test_killed_host_reports_within_two_seconds_and_restarts(
    client: EngineClient, starter_path: Path
) -> None:
    load(client, starter_path)
    client.generate(P.GenerateRequest([{"role": "user", "content": "Tell me a long story."}],
                                      P.Sampling(temperature=0.0, max_tokens=2000)))
    partial = []
    for event in client.events_until(Event.DONE):
        partial.append(event)
        if len(partial) == 3:
            killed_at = time.monotonic()
            os.kill(client.pid, signal.SIGABRT)  # what a llama.cpp GGML_ASSERT does
            break
    error = None
    while error is None:
        event = client.next_event(3.0)
        assert event is not None, "no error after the host died"
        if event["event"] == Event.ERROR:
            error = event
    assert time.monotonic() - killed_at < 2.0
    assert error["crashed"] is True
    assert "stopped unexpectedly" in error["message"] and "SIGABRT" in error["message"]
    assert not client.running
    load(client, starter_path)
    text, _ = reply(client, [{"role": "user", "content": FRANCE}])
    assert "Paris" in text


def test_multi_turn_reuses_the_shared_prefix(client: EngineClient, starter_path: Path) -> None:
    load(client, starter_path)
    msgs = [{"role": "user", "content": FRANCE}]
    first, events = reply(client, msgs)
    s1 = stats_of(events)
    msgs += [{"role": "assistant", "content": first}, {"role": "user", "content": "And Germany?"}]
    _, events = reply(client, msgs)
    s2 = stats_of(events)
    assert s2["prompt_tokens"] > s1["prompt_tokens"]
    # only the new turn is evaluated: the previous prompt and reply are still in the cache
    assert s2["prompt_tokens_evaluated"] <= s2["prompt_tokens"] - s1["prompt_tokens"]


def test_hybrid_model_later_turns_evaluate_only_new_tokens(
    client: EngineClient, nemotron_h_path: Path
) -> None:
    """Nemotron-H cannot roll back its recurrent state, and the Nemotron 3 template
    rewrites earlier assistant turns, so turn 2 is no pure extension of turn 1:
    the engine restores the state saved at the end of the last user turn."""
    loaded = load(client, nemotron_h_path)
    assert loaded["recurrent"] is True
    sampling = P.Sampling(temperature=0.0, max_tokens=12)
    msgs = [{"role": "system", "content": "You are terse."},
            {"role": "user", "content": "Name three colours."}]
    first, events = reply(client, msgs, sampling)
    s1 = stats_of(events)
    msgs += [{"role": "assistant", "content": first},
             {"role": "user", "content": "Now three animals, please."}]
    second, events = reply(client, msgs, sampling)
    s2 = stats_of(events)
    # turn 1 up to the end of its user message is reused; everything after is new
    turn1_end = count_tokens(nemotron_h_path, msgs[:2], add_generation_prompt=False)
    assert 0 < turn1_end < s1["prompt_tokens"]
    assert s2["prompt_tokens_evaluated"] == s2["prompt_tokens"] - turn1_end

    # and the restored state is exact: a fresh host gives the same greedy reply
    fresh = EngineClient()
    try:
        load(fresh, nemotron_h_path)
        again, events = reply(fresh, msgs, sampling)
        assert stats_of(events)["prompt_tokens_evaluated"] == s2["prompt_tokens"]
    finally:
        fresh.close()
    assert again == second


def test_conversation_too_long_drops_oldest_turns(client: EngineClient, starter_path: Path) -> None:
    load(client, starter_path, n_ctx=512)
    filler = "This is an older message that fills up the context window. " * 12
    msgs = [{"role": "system", "content": "Be brief."}]
    for i in range(6):
        msgs += [{"role": "user", "content": f"{i}: {filler}"}, {"role": "assistant", "content": "OK."}]
    msgs.append({"role": "user", "content": FRANCE})
    text, events = reply(client, msgs, P.Sampling(temperature=0.0, max_tokens=32))
    notice = next(e for e in events if e["event"] == Event.NOTICE)
    assert notice["kind"] == "context_trimmed" and notice["dropped_messages"] >= 2
    assert stats_of(events)["prompt_tokens"] + 32 <= 512
    assert events[-1]["event"] == Event.DONE


@pytest.mark.parametrize("messages, expected", [
    ([{"role": "user", "content": "   \n"}], "the message is empty"),
    ([], "must end with a user message"),
    ([{"role": "user", "content": "word " * 20000}], "too long"),
])
def test_bad_requests_give_one_clear_error(
    client: EngineClient, starter_path: Path, messages: list, expected: str
) -> None:
    load(client, starter_path, n_ctx=2048)
    client.generate(P.GenerateRequest(messages, GREEDY))
    events = list(client.events_until(Event.DONE))
    assert [e["event"] for e in events] == [Event.ERROR]
    assert expected in events[0]["message"]
    assert client.running  # the host survives bad input


def test_stop_is_checked_before_every_token(starter_path: Path) -> None:
    """In the host's own loop: a stop raised while token N is shown means no token N+1."""
    from engine.llama_backend import LlamaBackend

    backend = LlamaBackend()
    backend.load(P.LoadOptions(path=str(starter_path), n_ctx=1024))
    events: list[dict[str, Any]] = []

    def emit(event: dict[str, Any]) -> None:
        events.append(event)
        if sum(e["event"] == Event.ANSWER for e in events) == 3:
            backend.request_stop()

    backend.generate(P.GenerateRequest(
        [{"role": "user", "content": "Count from 1 to 100, one number per line."}],
        P.Sampling(temperature=0.0, max_tokens=200)), emit)
    assert stats_of(events)["generated_tokens"] == 3
    assert events[-1] == {"event": Event.DONE, "finish_reason": FinishReason.CANCELLED}
    backend.unload()


def test_malformed_requests_do_not_kill_the_host(client: EngineClient, starter_path: Path) -> None:
    load(client, starter_path)
    client.send({"op": "generate", "messages": ["not a message"]})
    errors = list(client.events_until(Event.DONE))
    assert [e["event"] for e in errors] == [Event.ERROR]
    assert "internal engine error" in errors[0]["message"]
    client.send({"op": "teleport"})
    assert "unknown request" in list(client.events_until(Event.DONE))[0]["message"]
    assert client.running
    text, _ = reply(client, [{"role": "user", "content": FRANCE}])
    assert "Paris" in text


# -- a raw prompt (what /v1/completions continues) -----------------------------------------------------
def raw_continuation(path: Path, prompt: str, max_tokens: int) -> str:
    """What llama-cpp-python itself continues a text with, greedy (no chat template)."""
    import llama_cpp

    from engine.gguf_meta import read_model_info

    info = read_model_info(path)
    llm = llama_cpp.Llama(model_path=str(path), n_ctx=2048, verbose=False)
    tokens = llm.tokenize(prompt.encode(), add_bos=info.add_bos_token, special=True)
    out: list[int] = []
    for token in llm.generate(tokens, temp=0.0):
        if llama_cpp.llama_vocab_is_eog(llm._model.vocab, token) or len(out) == max_tokens:
            break
        out.append(token)
    return llm.detokenize(out).decode("utf-8", errors="ignore")


def raw_reply(client: EngineClient, prompt: str, **request: Any) -> tuple[str, list[dict[str, Any]]]:
    client.generate(P.GenerateRequest([], P.Sampling(temperature=0.0, max_tokens=24), prompt=prompt, **request))
    events = list(client.events_until(Event.DONE))
    return "".join(e["text"] for e in events if e["event"] == Event.ANSWER), events


def test_a_raw_prompt_is_continued_exactly_as_llama_cpp_continues_it(client: EngineClient,
                                                                     starter_path: Path) -> None:
    load(client, starter_path)
    opening = "The capital of France is"
    text, events = raw_reply(client, opening)
    assert events[-1]["event"] == Event.DONE
    assert text == raw_continuation(starter_path, opening, 24) and text.startswith(" Paris")  # its space too
    assert stats_of(events)["prompt_tokens"] < 10  # the text alone, no template around it
    again, _events = raw_reply(client, opening)
    assert again == text  # the cache it left is reused rightly


@pytest.mark.parametrize(("prompt", "expected"), [("", "non-empty"), ("word " * 3000, "too long"),
                                                  ("x" * 200_000, "far longer")])
def test_a_raw_prompt_that_cannot_be_continued_is_one_clear_error(
        client: EngineClient, starter_path: Path, prompt: str, expected: str) -> None:
    load(client, starter_path, n_ctx=2048)
    _text, events = raw_reply(client, prompt)
    assert [e["event"] for e in events] == [Event.ERROR] and expected in events[0]["message"]
    assert client.running


def test_a_raw_prompt_that_opens_the_reasoning_is_split_and_budgeted(client: EngineClient,
                                                                    nemotron3_double: Path) -> None:
    from engine.budget import grace_for
    from engine.gguf_meta import read_model_info
    from engine.templates import ChatTemplate

    load(client, nemotron3_double)
    info = read_model_info(nemotron3_double)
    prompt = ChatTemplate.for_model(info.chat_template, info.bos_token, info.eos_token).render(
        [{"role": "user", "content": "Write a long story about a dragon."}])
    assert prompt.rstrip().endswith("<think>")
    client.generate(P.GenerateRequest([], P.Sampling(temperature=0.0, max_tokens=120), prompt=prompt, budget=12))
    events = list(client.events_until(Event.DONE))
    kinds = [e["event"] for e in events if e["event"] in (Event.REASONING, Event.ANSWER)]
    assert kinds[0] == Event.REASONING and Event.ANSWER in kinds
    assert 12 <= stats_of(events)["reasoning_tokens"] <= 12 + grace_for(12)


def test_a_raw_prompt_on_a_hybrid_model(client: EngineClient, nemotron_h_path: Path) -> None:
    load(client, nemotron_h_path)
    first, events = raw_reply(client, "Once upon a time")
    assert events[-1]["event"] == Event.DONE
    second, _events = raw_reply(client, "Once upon a time")
    assert first == second  # the saved state it starts from is the prompt's
