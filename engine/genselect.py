"""GenSelect, as NVIDIA's NeMo-Skills does it: several solutions, then the model judges which is best.

The pure part of Heavy mode (no model here): which candidates are judged, the
judge's prompt (byte for byte NeMo-Skills' `generic/genselect` and, for math,
`openmath/genselect`), reading the verdict, and what to do without one. Where
NeMo-Skills picks at random on a missing or invalid judgment, Ponder falls back
to a majority vote over the candidates' final answers and says so.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from .messages import Text, translate

# The user messages of NeMo-Skills' prompt configs (nemo_skills/prompt/config/generic/genselect.yaml
# and openmath/genselect.yaml), filled with str.format like its Prompt.fill: {{}} is a literal {}.
GENERIC_PROMPT = (
    "You will be given a problem followed by an enumerated list of {num_solutions} candidate solutions. "
    "Your task is to systematically analyze these solutions to identify the best approach.\n"
    "\n"
    "Problem: {problem}\n"
    "\n"
    "Solutions:\n"
    "{solutions}\n"
    "\n"
    "End your evaluation with exactly:\n"
    "Judgment: [IDX]\n"
    "where IDX is the index 0-{max_idx} of the best solution."
)
MATH_PROMPT = (
    "You will be given a challenging math problem followed by {num_solutions} solutions. Your task is to "
    "systematically analyze these solutions to identify the most mathematically sound approach.\n"
    "\n"
    "Input Format:\n"
    "Problem: A complex mathematical word problem at advanced high school or college level\n"
    "Solutions: Detailed solutions indexed 0-{max_idx}, each concluding with an answer in \\boxed{{}} notation\n"
    "\n"
    "YOUR TASK\n"
    "\n"
    "Problem: {problem}\n"
    "\n"
    "Solutions:\n"
    "{solutions}\n"
    "\n"
    "Evaluation Process:\n"
    "\n"
    "1. Initial Screening\n"
    "  - Group solutions by their final answers\n"
    "  - Identify and explain mathematical contradictions between different answers\n"
    "  - Eliminate solutions with clear mathematical errors\n"
    "\n"
    "2. Detailed Analysis\n"
    "  For remaining solutions, evaluate:\n"
    "  - Mathematical precision and accuracy\n"
    "  - Logical progression of steps\n"
    "  - Completeness of mathematical reasoning\n"
    "  - Proper use of mathematical notation, including \\boxed{{}}\n"
    "  - Handling of edge cases or special conditions\n"
    "  - For solutions containing and addressing errors, evaluate the error identification and correction "
    "methodology.\n"
    "\n"
    "3. Solution Comparison\n"
    "  Compare viable solutions based on:\n"
    "  - Efficiency of approach\n"
    "  - Clarity of mathematical reasoning\n"
    "  - Sophistication of method\n"
    "  - Robustness of solution (works for all cases)\n"
    "\n"
    "Your response should include:\n"
    "1. Brief analysis of conflicting answers\n"
    "2. Detailed evaluation of mathematically sound solutions\n"
    "3. Justification for eliminating incorrect solutions\n"
    "4. Clear explanation for selecting the best approach\n"
    "\n"
    "End your evaluation with exactly:\n"
    "Judgment: [IDX]\n"
    "where IDX is the index 0-{max_idx} of the best solution."
)
JUDGMENT = re.compile(r"Judg[e]?ment: (\d+)")  # NeMo-Skills' GenSelect regex
MAX_CANDIDATE_CHARS = 16384  # a longer solution is dropped, not judged
MIN_CANDIDATES, MAX_CANDIDATES, DEFAULT_CANDIDATES = 2, 8, 4
SAMPLING_TEMPERATURE = 0.6  # NeMo-Skills' parallel-thinking default, and OpenReasoning's recommendation


class Method(StrEnum):
    """How the pick was made."""

    JUDGMENT = "judgment"  # the judge's verdict
    MAJORITY = "majority"  # no valid verdict: the most common final answer
    ONLY = "only"  # one usable candidate: nothing to choose between
    NONE = "none"  # no usable candidate at all


@dataclass(frozen=True)
class Candidate:
    """One solution as generated (its reasoning already split off by the engine)."""

    number: int  # 1-based, in the order they were generated (what the user sees)
    answer: str  # the text after the reasoning: the only part that is judged
    finished: bool  # ended on its own (not cut by length, Stop or an unclosed reasoning)

    @property
    def problem(self) -> str:
        """Why it is not judged ("" when it is)."""
        if not self.finished:
            return Text(translate("Engine", "unfinished"))
        if not self.answer.strip():
            return Text(translate("Engine", "empty"))
        if len(self.answer) > MAX_CANDIDATE_CHARS:
            return Text(translate("Engine", "longer than {limit:,} characters"), limit=MAX_CANDIDATE_CHARS)
        return ""


def judged(candidates: list[Candidate], rng: random.Random) -> list[Candidate]:
    """The usable candidates, shuffled (the judge must not learn anything from their order)."""
    usable = [c for c in candidates if not c.problem]
    rng.shuffle(usable)
    return usable


def judge_prompt(problem: str, shown: list[Candidate], math: bool = False) -> str:
    """The judge's user message, exactly as NeMo-Skills fills it for these candidates in this order."""
    solutions = "\n\n".join(f"Solution {i}: {c.answer}" for i, c in enumerate(shown))
    template = MATH_PROMPT if math else GENERIC_PROMPT
    return template.format(problem=problem, solutions=solutions, num_solutions=len(shown),
                           max_idx=len(shown) - 1)


@dataclass(frozen=True)
class Verdict:
    """What the judge's answer says."""

    index: int | None  # the parsed index if valid (0 … max_idx), else None
    line: str  # the judge's verdict line as written ("" when there is none)
    parsed: int | None  # the number it gave, valid or not


def read_verdict(answer: str, max_idx: int) -> Verdict:
    """The last `Judg(e)ment: N` of the judge's answer (its reasoning is never read for a verdict)."""
    matches = list(JUDGMENT.finditer(answer))
    if not matches:
        return Verdict(None, "", None)
    last = matches[-1]
    start = answer.rfind("\n", 0, last.start()) + 1
    end = answer.find("\n", last.end())
    line = answer[start: end if end >= 0 else len(answer)].strip()
    number = int(last.group(1))
    return Verdict(number if number <= max_idx else None, line, number)


def final_answer(text: str, math: bool) -> str | None:
    """What a candidate concluded: its last \\boxed{…} for math, else its normalised text."""
    if math:
        boxed = _last_boxed(text)
        return _normalise(boxed) if boxed is not None else None
    normalised = _normalise(text)
    return normalised or None


def _last_boxed(text: str) -> str | None:
    at = text.rfind("\\boxed{")
    if at < 0:
        return None
    depth, start = 0, at + len("\\boxed{")
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            if depth == 0:
                return text[start:i]
            depth -= 1
    return None  # never closed


def _normalise(text: str) -> str:
    text = " ".join(text.split()).casefold()
    return text.rstrip(" .!").replace("$", "").strip()


@dataclass(frozen=True)
class Selection:
    """The pick and how it was made."""

    pick: Candidate | None
    method: Method
    verdict: Verdict
    votes: int = 0  # with MAJORITY: how many candidates gave the winning answer

    def describe(self, total: int) -> str:
        """For the reply's footer: "picked 3 of 4 · by judgment" (a Text, shown translated)."""
        if self.pick is None:
            return Text(translate("Engine", "no usable candidate"))
        number = self.pick.number
        if self.method is Method.JUDGMENT:
            return Text(translate("Engine", "picked {number} of {total} · by judgment"), number=number, total=total)
        if self.method is Method.MAJORITY and self.votes:
            return Text(translate("Engine", "picked {number} of {total} · by majority vote ({votes} agree)"),
                        number=number, total=total, votes=self.votes)
        if self.method is Method.MAJORITY:
            return Text(translate("Engine", "picked {number} of {total} · no verdict and no comparable final "
                                            "answers: the first one shown"), number=number, total=total)
        if self.method is Method.ONLY:
            return Text(translate("Engine", "picked {number} of {total} · the only usable one"),
                        number=number, total=total)
        # NONE with a pick: only a stopped reply makes one, and it gives its own summary
        # (HeavyReply._end_stopped), so this plain text is never shown
        return f"picked {number} of {total} · "


def select(shown: list[Candidate], judge_answer: str, math: bool = False) -> Selection:
    """The judge's pick among the shown candidates, or, without a valid verdict, the majority answer.

    A tie in the vote goes to the answer given first in the shown order.
    """
    if not shown:
        return Selection(None, Method.NONE, Verdict(None, "", None))
    verdict = read_verdict(judge_answer, len(shown) - 1)
    if len(shown) == 1:
        return Selection(shown[0], Method.ONLY, verdict)
    if verdict.index is not None:
        return Selection(shown[verdict.index], Method.JUDGMENT, verdict)
    answers = [final_answer(c.answer, math) for c in shown]
    counted = Counter(a for a in answers if a is not None)
    if not counted:
        return Selection(shown[0], Method.MAJORITY, verdict, 0)
    best = max(counted.values())
    winner = next(a for a in answers if a is not None and counted[a] == best)
    return Selection(shown[answers.index(winner)], Method.MAJORITY, verdict, best)
