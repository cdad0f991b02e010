"""The thinking-budget state machine, without a model."""

from __future__ import annotations

import pytest

from engine.budget import BudgetState, ThinkingBudget, grace_for


def run(budget: ThinkingBudget, texts: list[str], pending: list[bool] | None = None) -> int | None:
    """Feed reasoning tokens; the index of the token after which the close is forced."""
    for i, text in enumerate(texts):
        if budget.after_token(True, True, text, (pending or [False] * len(texts))[i]):
            return i
    return None


def test_grace_is_a_tenth_but_at_least_16() -> None:
    assert grace_for(32) == 16 and grace_for(1000) == 100 and grace_for(0) == 0


def test_ends_at_the_next_newline_after_the_budget() -> None:
    b = ThinkingBudget(32)
    texts = ["w"] * 40
    texts[35] = "end of line\n"
    assert run(b, texts) == 35
    assert b.exhausted and b.state is BudgetState.FORCING
    b.forced()
    assert b.state is BudgetState.DONE
    assert b.after_token(True, True, "x") is False  # never forces twice


def test_cuts_after_the_grace_without_a_newline() -> None:
    b = ThinkingBudget(32)
    assert run(b, ["w"] * 100) == 32 + 16 - 1
    assert b.count == 48


def test_newline_before_the_budget_does_not_end_it() -> None:
    b = ThinkingBudget(10)
    # lines ended before the budget do not count; after it none comes, so the grace runs out
    assert run(b, ["line\n"] * 9 + ["x"] * 30) == 10 + 16 - 1


def test_waits_for_a_half_written_character() -> None:
    b = ThinkingBudget(20)  # cut due after token 36 (20 + grace 16), index 35
    pending = [False] * 35 + [True, True] + [False] * 13
    assert run(b, ["w"] * 50, pending) == 37
    assert b.exhausted


def test_unlimited_never_forces_but_the_hard_cap_does() -> None:
    assert run(ThinkingBudget(-1), ["w"] * 500) is None
    capped = ThinkingBudget(-1, hard_cap=100)
    assert run(capped, ["w"] * 500) == 99
    assert capped.exhausted


def test_model_closing_its_reasoning_ends_the_budget() -> None:
    b = ThinkingBudget(5)
    assert b.after_token(True, True, "a") is False
    assert b.after_token(True, False, "</think>") is False
    assert b.state is BudgetState.DONE and not b.exhausted
    assert b.after_token(False, False, "answer " * 10) is False


def test_counting_starts_when_the_model_opens_reasoning() -> None:
    b = ThinkingBudget(3)
    assert b.after_token(False, False, "  ") is False
    assert b.state is BudgetState.IDLE
    assert b.after_token(False, True, "<think>") is False
    assert b.state is BudgetState.COUNTING and b.count == 0


def test_budget_zero_and_answer_now_force_before_sampling() -> None:
    assert ThinkingBudget(0).force_before_sampling(in_reasoning=True)
    assert not ThinkingBudget(0).force_before_sampling(in_reasoning=False)
    b = ThinkingBudget(-1)
    assert not b.force_before_sampling(True)
    b.answer_now()
    assert b.force_before_sampling(True)
    assert not b.exhausted  # the user, not the budget, ended it


def test_answer_now_while_counting() -> None:
    b = ThinkingBudget(1000)
    b.after_token(True, True, "a")
    b.answer_now()
    assert b.after_token(True, True, "b") is True
    assert not b.exhausted


def test_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        ThinkingBudget(-2)
