"""GenSelect's pure part: which candidates are judged, the judge's prompt (byte-identical to NeMo-Skills'),
reading the verdict, and the majority vote that replaces NeMo-Skills' random pick."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from engine.genselect import (
    MAX_CANDIDATE_CHARS,
    Candidate,
    Method,
    final_answer,
    judge_prompt,
    judged,
    read_verdict,
    select,
)

NEMO_SKILLS = Path(__file__).parent / "data" / "nemo_skills"
PROBLEM = "What is 6 * 7?"


def cand(number: int, answer: str, finished: bool = True) -> Candidate:
    return Candidate(number, answer, finished)


@pytest.mark.parametrize(("config", "math"), [("generic-genselect.yaml", False), ("openmath-genselect.yaml", True)])
def test_the_judge_prompt_is_byte_identical_to_nemo_skills(config: str, math: bool) -> None:
    shown = [cand(2, "It is \\boxed{42}."), cand(1, "6*7 = 41, so \\boxed{41}"), cand(3, "Forty-two {braces}")]
    template = yaml.safe_load((NEMO_SKILLS / config).read_text())["user"]
    solutions = "\n\n".join(f"Solution {i}: {c.answer}" for i, c in enumerate(shown))
    expected = template.format(problem=PROBLEM, solutions=solutions, num_solutions=3, max_idx=2)
    assert judge_prompt(PROBLEM, shown, math=math) == expected
    assert expected.endswith("where IDX is the index 0-2 of the best solution.")
    assert "Solution 0: It is \\boxed{42}.\n\nSolution 1: 6*7 = 41" in expected


def test_empty_unfinished_and_overlong_candidates_are_not_judged() -> None:
    candidates = [cand(1, "  "), cand(2, "cut off", finished=False), cand(3, "x" * (MAX_CANDIDATE_CHARS + 1)),
                  cand(4, "fine"), cand(5, "x" * MAX_CANDIDATE_CHARS)]
    assert [c.problem for c in candidates] == ["empty", "unfinished", "longer than 16,384 characters", "", ""]
    assert sorted(c.number for c in judged(candidates, random.Random(0))) == [4, 5]


def test_candidates_are_shuffled_reproducibly() -> None:
    candidates = [cand(i, f"answer {i}") for i in range(1, 9)]
    orders = {tuple(c.number for c in judged(candidates, random.Random(seed))) for seed in range(5)}
    assert len(orders) > 1  # the order changes with the seed
    assert [c.number for c in judged(candidates, random.Random(3))] == \
        [c.number for c in judged(candidates, random.Random(3))]


@pytest.mark.parametrize(("answer", "index", "parsed", "line"), [
    ("Solution 1 is right.\nJudgment: 1", 1, 1, "Judgment: 1"),  # clean
    ("Judgment: 0 at first… on reflection\nJudgement: 2\n", 2, 2, "Judgement: 2"),  # several: the last wins
    ("They all look the same to me.", None, None, ""),  # none
    ("Judgment: 7", None, 7, "Judgment: 7"),  # out of range
    ("Judgment: [IDX]", None, None, ""),  # the placeholder copied, not a number
])
def test_reading_the_verdict(answer: str, index: int | None, parsed: int | None, line: str) -> None:
    verdict = read_verdict(answer, max_idx=2)
    assert (verdict.index, verdict.parsed, verdict.line) == (index, parsed, line)


def test_a_judgment_only_inside_the_judges_reasoning_is_not_a_verdict() -> None:
    """The engine hands select() the judge's answer only: a verdict it merely considered while
    reasoning is not one, so the majority decides."""
    shown = [cand(1, "\\boxed{41}"), cand(2, "\\boxed{42}"), cand(3, "so \\boxed{42}.")]
    reasoning, answer = "Maybe Judgment: 0 … no.", "I cannot decide."
    assert read_verdict(reasoning, 2).index == 0
    picked = select(shown, answer, math=True)
    assert picked.method is Method.MAJORITY and picked.pick is not None and picked.pick.number == 2
    assert picked.votes == 2 and picked.describe(4) == "picked 2 of 4 · by majority vote (2 agree)"


def test_a_valid_verdict_picks_that_candidate() -> None:
    shown = [cand(3, "a"), cand(1, "b"), cand(2, "c")]
    picked = select(shown, "Analysis…\nJudgment: 1")
    assert picked.method is Method.JUDGMENT and picked.pick is not None and picked.pick.number == 1
    assert picked.describe(3) == "picked 1 of 3 · by judgment"


def test_majority_vote_ties_and_edge_cases() -> None:
    tie = [cand(1, "Paris."), cand(2, "Lyon"), cand(3, "paris"), cand(4, "Lyon")]
    picked = select(tie, "no verdict")
    assert picked.pick is not None and picked.pick.number == 1  # the answer shown first wins a tie
    only = select([cand(5, "x")], "Judgment: 0")
    assert only.method is Method.ONLY and only.pick is not None and only.pick.number == 5
    nothing = select([], "Judgment: 0")
    assert nothing.method is Method.NONE and nothing.pick is None
    unboxed = select([cand(1, "no box"), cand(2, "none either")], "", math=True)
    assert unboxed.method is Method.MAJORITY and unboxed.votes == 0 and unboxed.pick is not None
    assert unboxed.describe(2) == "picked 1 of 2 · no verdict and no comparable final answers: the first one shown"


def test_final_answers() -> None:
    assert final_answer("so \\boxed{\\frac{1}{2}} and then \\boxed{ 3 }.", math=True) == "3"
    assert final_answer("\\boxed{\\frac{1}{2}}", math=True) == "\\frac{1}{2}"
    assert final_answer("\\boxed{unclosed", math=True) is None
    assert final_answer("  The answer is   Paris! ", math=False) == "the answer is paris"
