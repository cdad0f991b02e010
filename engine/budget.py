"""The thinking budget: when to end a model's reasoning, decided token by token.

A pure state machine, like llama.cpp's reasoning-budget sampler:
IDLE -> COUNTING -> (GRACE) -> WAITING_UTF8 -> FORCING -> DONE. The engine asks
it after every token whether to force the family's closing sequence into the
same KV cache now.
"""

from __future__ import annotations

from enum import Enum

from .protocol import BUDGET_UNLIMITED, budget_is_capped, thinking_allowed


class BudgetState(Enum):
    IDLE = "idle"  # reasoning has not started
    COUNTING = "counting"
    GRACE = "grace"  # over budget: waiting for the end of a line
    WAITING_UTF8 = "waiting_utf8"  # a character is half-written: force after it
    FORCING = "forcing"
    DONE = "done"


def grace_for(budget: int) -> int:
    """Tokens allowed past the budget to finish the current line."""
    return max(16, budget // 10) if budget_is_capped(budget) else 0


class ThinkingBudget:
    """Counts reasoning tokens and says when the reasoning must be closed.

    budget: BUDGET_UNLIMITED, BUDGET_OFF or N > 0 tokens. hard_cap: reasoning tokens after
    which the close is forced whatever the budget (room kept for the answer).
    """

    def __init__(self, budget: int = BUDGET_UNLIMITED, hard_cap: int | None = None):
        if budget < BUDGET_UNLIMITED:
            raise ValueError("budget must be -1 (unlimited), 0 (off) or a number of tokens")
        self.budget, self.hard_cap = budget, hard_cap
        self.grace = grace_for(budget)
        self.state = BudgetState.IDLE
        self.count = 0
        self.exhausted = False  # the budget (or the cap), not the model, ended the reasoning
        self._answer_now = False

    def answer_now(self) -> None:
        self._answer_now = True

    @property
    def finished(self) -> bool:
        return self.state in (BudgetState.FORCING, BudgetState.DONE)

    def force_before_sampling(self, in_reasoning: bool) -> bool:
        """Close at once, before another token is sampled (budget 0, answer now)?"""
        if self.finished or not in_reasoning:
            return False
        if not thinking_allowed(self.budget) or self._answer_now:
            self.state = BudgetState.FORCING
            return True
        return False

    def after_token(self, was_reasoning: bool, still_reasoning: bool, text: str,
                    utf8_pending: bool = False) -> bool:
        """Account for one generated token; True means: force the close now."""
        if self.finished:
            return False
        if not was_reasoning:
            if self.state is not BudgetState.IDLE or not still_reasoning:
                return False
            self.state = BudgetState.COUNTING  # this token opened the reasoning
            return False
        if not still_reasoning:  # the model closed it by itself
            self.state = BudgetState.DONE
            return False
        if self.state is BudgetState.IDLE:
            self.state = BudgetState.COUNTING
        self.count += 1
        want = self._answer_now
        if self.hard_cap is not None and self.count >= self.hard_cap:
            want = True
        if self.budget != BUDGET_UNLIMITED and self.count >= self.budget:
            if self.state is BudgetState.COUNTING:
                self.state = BudgetState.GRACE
            if "\n" in text or self.count >= self.budget + self.grace:
                want = True
        if not want and self.state is not BudgetState.WAITING_UTF8:
            return False
        if utf8_pending:
            self.state = BudgetState.WAITING_UTF8
            return False
        self.state = BudgetState.FORCING
        self.exhausted = not self._answer_now
        return True

    def close_now(self) -> None:
        """Force the close at once without counting it as the budget's doing (the model
        ended its turn inside the reasoning)."""
        self.state = BudgetState.FORCING

    def forced(self) -> None:
        """The closing sequence is in the cache."""
        self.state = BudgetState.DONE
