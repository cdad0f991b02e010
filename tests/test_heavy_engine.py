"""Heavy mode in the real engine: SmolLM2 carrying the OpenReasoning (Qwen2.5) template.

Candidates continue from one evaluated prompt (each exactly the reply a fresh engine would give
with its seed), the judge gets NeMo-Skills' prompt for the candidates in the order it saw them,
and Stop during a candidate keeps the ones before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from engine import protocol as P
from engine.client import EngineClient
from engine.protocol import Event, FinishReason
from tests.doubles import with_template

pytestmark = pytest.mark.slow
TEMPLATES = Path(__file__).parent / "data" / "templates"
NEMO_SKILLS = Path(__file__).parent / "data" / "nemo_skills"
QUESTION = "What is 2 + 3?"


@pytest.fixture(scope="module")
def openreasoning(tmp_path_factory: pytest.TempPathFactory) -> Path:
    template = (TEMPLATES / "Qwen-Qwen2.5-7B-Instruct.jinja").read_text()
    return with_template(tmp_path_factory.mktemp("models") / "openreasoning.gguf", template, "Heavy double")


@pytest.fixture
def client(openreasoning: Path) -> Iterator[EngineClient]:
    c = EngineClient()
    c.load(P.LoadOptions(path=str(openreasoning), n_ctx=4096, threads=2, family="openreasoning-nemotron"))
    assert list(c.events_until(Event.LOADED))[-1]["event"] == Event.LOADED
    yield c
    c.close()


def heavy(client: EngineClient, n: int = 3, task: str = "math", max_tokens: int = 40,
          seed: int = 11) -> list[dict[str, Any]]:
    client.generate(P.GenerateRequest([{"role": "user", "content": QUESTION}],
                                      P.Sampling(temperature=0.6, top_p=0.95, top_k=0, min_p=0.0, seed=seed,
                                                 max_tokens=max_tokens), heavy=n, task=task))
    return [dict(e) for e in client.events_until(Event.DONE)]


def part(events: list[dict[str, Any]], kind: str, **tag: Any) -> str:
    return "".join(e["text"] for e in events if e["event"] == kind
                   and all(e.get(k) == v for k, v in tag.items()) and ("candidate" in e) == ("candidate" in tag)
                   and ("judge" in e) == ("judge" in tag))


def test_three_candidates_from_one_evaluated_prompt(client: EngineClient, openreasoning: Path) -> None:
    events = heavy(client)
    done = [e for e in events if e["event"] == Event.CANDIDATE_DONE]
    assert [d["candidate"] for d in done] == [1, 2, 3]
    assert len({d["seed"] for d in done}) == 3  # three seeds
    stats = next(e for e in events if e["event"] == Event.STATS)
    # the whole heavy reply evaluated the prompt once (the judge's own prompt is counted apart)
    single = EngineClient()
    try:
        single.load(P.LoadOptions(path=str(openreasoning), n_ctx=4096, threads=2, family="openreasoning-nemotron"))
        list(single.events_until(Event.LOADED))
        alone = []
        for d in done[:2]:  # each candidate is exactly what a fresh engine writes with its seed
            single.close()
            single.load(P.LoadOptions(path=str(openreasoning), n_ctx=4096, threads=2,
                                      family="openreasoning-nemotron"))
            list(single.events_until(Event.LOADED))
            single.generate(P.GenerateRequest([{"role": "user", "content": QUESTION}],
                                              P.Sampling(temperature=0.6, top_p=0.95, top_k=0, min_p=0.0,
                                                         seed=d["seed"], max_tokens=40), task="math"))
            reply = [dict(e) for e in single.events_until(Event.DONE)]
            alone.append(reply)
    finally:
        single.close()
    first_stats = next(e for e in alone[0] if e["event"] == Event.STATS)
    assert stats["prompt_tokens"] == first_stats["prompt_tokens"]
    assert stats["prompt_tokens_evaluated"] == first_stats["prompt_tokens_evaluated"] == stats["prompt_tokens"]
    for k, reply in enumerate(alone, start=1):
        assert part(events, "answer", candidate=k) == part(reply, "answer")
    heavy_stats = stats["heavy"]
    assert [c["candidate"] for c in heavy_stats["candidates"]] == [1, 2, 3]
    assert stats["generated_tokens"] == sum(c["reasoning_tokens"] + c["answer_tokens"]
                                            for c in heavy_stats["candidates"]) + (
        heavy_stats["judge"]["reasoning_tokens"] + heavy_stats["judge"]["answer_tokens"]
        if heavy_stats["judge"] else 0)


def test_the_judge_gets_nemo_skills_prompt_and_the_pick_is_the_reply(client: EngineClient) -> None:
    events = heavy(client, max_tokens=64)
    judgment = next(e for e in events if e["event"] == Event.JUDGMENT)
    stats = next(e for e in events if e["event"] == Event.STATS)["heavy"]
    usable = [d["candidate"] for d in events if d["event"] == Event.CANDIDATE_DONE and d["usable"]]
    assert sorted(judgment["shown"]) == usable
    assert len(usable) >= 2, "this seed gives at least two finished candidates: the judge must run"
    template = yaml.safe_load((NEMO_SKILLS / "openmath-genselect.yaml").read_text())["user"]
    solutions = "\n\n".join(f"Solution {i}: {part(events, 'answer', candidate=k).strip()}"
                            for i, k in enumerate(judgment["shown"]))
    expected = template.format(problem=QUESTION, solutions=solutions, num_solutions=len(usable),
                               max_idx=len(usable) - 1)
    assert stats["judge"]["prompt"] == expected  # byte for byte, for these candidates in this order
    assert part(events, "answer", judge=True) == stats["judge"]["answer"]
    assert judgment["method"] in ("judgment", "majority", "only")
    pick = judgment["pick"]
    assert pick in usable
    # the reply (untagged) is the chosen candidate's answer
    assert part(events, "answer") == part(events, "answer", candidate=pick)
    assert events[-1] == {"event": Event.DONE, "finish_reason": FinishReason.STOP}


def test_stop_during_candidate_two_keeps_candidate_one(client: EngineClient) -> None:
    client.generate(P.GenerateRequest([{"role": "user", "content": QUESTION}],
                                      P.Sampling(temperature=0.6, seed=3, max_tokens=400), heavy=4))
    events: list[dict[str, Any]] = []
    while True:
        event = client.next_event(60)
        assert event is not None
        events.append(dict(event))
        if event["event"] == Event.ANSWER and event.get("candidate") == 2:
            client.stop()
            break
    events += [dict(e) for e in client.events_until(Event.DONE)]
    done = [e for e in events if e["event"] == Event.CANDIDATE_DONE]
    assert [d["candidate"] for d in done] == [1, 2] and done[1]["finish_reason"] == "cancelled"
    assert done[0]["finish_reason"] in ("stop", "length")  # candidate 1 ran to its end
    judgment = next(e for e in events if e["event"] == Event.JUDGMENT)
    assert not any(e.get("judge") for e in events)  # no judge after Stop
    assert events[-1] == {"event": Event.DONE, "finish_reason": FinishReason.CANCELLED}
    assert done[0]["usable"]  # this seed's first candidate ends on its own
    assert judgment["pick"] == 1 and "candidate 1 kept" in judgment["summary"]
    assert part(events, "answer") == part(events, "answer", candidate=1)
    # the engine is free for the next reply
    client.generate(P.GenerateRequest([{"role": "user", "content": "Hi"}], P.Sampling(max_tokens=4)))
    assert list(client.events_until(Event.DONE))[-1]["event"] == Event.DONE


def test_heavy_mode_on_a_recurrent_model_restores_its_state(nemotron_h_path: Path) -> None:
    c = EngineClient()
    try:
        c.load(P.LoadOptions(path=str(nemotron_h_path), n_ctx=1024, threads=2))
        assert list(c.events_until(Event.LOADED))[-1]["recurrent"] is True
        events = heavy(c, n=2, task="", max_tokens=12)
        assert [e["candidate"] for e in events if e["event"] == Event.CANDIDATE_DONE] == [1, 2]
        stats = next(e for e in events if e["event"] == Event.STATS)
        assert stats["prompt_tokens_evaluated"] == stats["prompt_tokens"]
        assert events[-1]["event"] == Event.DONE
    finally:
        c.close()


def test_bad_heavy_requests_are_refused(client: EngineClient) -> None:
    for n, task, message in ((1, "", "heavy must be"), (9, "", "heavy must be"), (3, "poetry", "no preset")):
        client.generate(P.GenerateRequest([{"role": "user", "content": QUESTION}], P.Sampling(max_tokens=4),
                                          heavy=n, task=task))
        error = list(client.events_until(Event.DONE))[-1]
        assert error["event"] == Event.ERROR and message in error["message"], error


def test_the_thinking_budget_applies_to_each_candidate_and_the_judge(nemotron3_double: Path) -> None:
    """SmolLM2 with the Nemotron 3 template reasons into an opened <think> and rarely closes it:
    the budget ends each candidate's thought, and the judge's, in the same cache."""
    from engine.budget import grace_for

    c = EngineClient()
    try:
        c.load(P.LoadOptions(path=str(nemotron3_double), n_ctx=4096, threads=2))
        assert list(c.events_until(Event.LOADED))[-1]["event"] == Event.LOADED
        c.generate(P.GenerateRequest([{"role": "user", "content": QUESTION}],
                                     P.Sampling(temperature=0.6, seed=9, max_tokens=80), heavy=2, budget=16))
        events = [dict(e) for e in c.events_until(Event.DONE)]
    finally:
        c.close()
    heavy_stats = next(e for e in events if e["event"] == Event.STATS)["heavy"]
    limit = 16 + grace_for(16) + 40  # the budget, its grace, and the wrap-up sentence with the closing tag
    for candidate in heavy_stats["candidates"]:
        assert 0 < candidate["reasoning_tokens"] <= limit, candidate
        assert candidate["answer_tokens"] > 0  # the thought was closed and the candidate answered
    judge = heavy_stats["judge"]
    if judge is not None:
        assert judge["reasoning_tokens"] <= limit
    assert events[-1]["event"] == Event.DONE
