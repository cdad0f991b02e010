"""Heavy mode in the engine host: N candidates from one evaluated prompt, then the model judges them.

The prompt is evaluated once; every candidate continues from that state (its
KV cache cut back to the prompt, or for a recurrent model the saved sequence
state restored, and the prompt's last logits put back), so N candidates cost
N × reply tokens. Each candidate has its own seed, sampler, thinking budget and
Stop. Their deltas go out tagged with the candidate's number, then the judge's
tagged as the judge; then `judgment`, the chosen candidate's reasoning and
answer as the reply itself, `stats` and `done`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from . import genselect
from . import protocol as P
from .messages import Text, translate
from .protocol import Event, FinishReason

if TYPE_CHECKING:
    from .llama_backend import LlamaBackend, _Turn

Emit = Callable[[P.EngineEvent], None]
JUDGE = "judge"


@dataclass
class _Part:
    """What one candidate (or the judge) wrote, and how it ended."""

    reasoning: list[str] = field(default_factory=list)
    answer: list[str] = field(default_factory=list)
    finish: FinishReason = FinishReason.LENGTH
    reasoning_tokens: int = 0
    answer_tokens: int = 0
    unfinished: bool = False  # its reasoning never closed
    thinking_s: float = 0.0

    @property
    def answer_text(self) -> str:
        return "".join(self.answer).strip()

    def candidate(self, number: int) -> genselect.Candidate:
        """As GenSelect sees it: its answer, and whether it ended on its own with its reasoning closed."""
        return genselect.Candidate(number, self.answer_text, self.finish is FinishReason.STOP and not self.unfinished)

    def ended(self, turn: _Turn) -> None:
        reply = turn.reply
        self.finish = turn.finish
        self.reasoning_tokens, self.answer_tokens = reply.reasoning_tokens, reply.answer_tokens
        self.unfinished, self.thinking_s = reply.splitter.unfinished, reply.thinking_s


def _tagged(emit: Emit, part: _Part, tag: dict[str, Any]) -> Emit:
    """An emitter that records a part's text and sends its deltas tagged; other events pass."""

    def send(event: P.EngineEvent) -> None:
        if event["event"] == Event.REASONING or event["event"] == Event.ANSWER:
            (part.reasoning if event["event"] == Event.REASONING else part.answer).append(event["text"])
            tagged: P.TextEvent = {"event": event["event"], "text": event["text"], **tag}  # type: ignore[typeddict-item]
            emit(tagged)
        elif event["event"] == Event.NOTICE:
            emit(event)

    return send


class HeavyReply:
    """One heavy reply on a loaded LlamaBackend."""

    def __init__(self, backend: LlamaBackend, request: P.GenerateRequest, emit: Emit):
        self.b, self.request, self.emit = backend, request, emit
        self.n = request.heavy
        self.math = request.task in ("math", "science")  # both end in \boxed{}: NeMo-Skills' math prompt
        self.started = time.perf_counter()
        base_seed = request.sampling.seed if request.sampling.seed is not None else random.getrandbits(32)
        self.rng = random.Random(base_seed)  # NeMo-Skills: one generator for the seeds and the shuffle
        self.parts: list[_Part] = []
        self.seeds: list[int] = []
        self.judge: _Part | None = None
        self.judge_prompt_tokens = 0
        self.judge_prompt = ""  # the judge's user message, as NeMo-Skills writes it
        self.shown: list[int] = []  # the candidates in the order the judge saw them
        self.prompt_tokens = self.prompt_evaluated = 0
        self.first_token_at: float | None = None

    def _sampling(self, seed: int) -> P.Sampling:
        s = P.Sampling(**self.request.sampling.to_dict())
        s.stop = list(self.request.sampling.stop)
        s.seed = seed
        if s.temperature <= 0:  # greedy candidates would all be the same
            s.temperature = genselect.SAMPLING_TEMPERATURE
        return s

    def _request(self, seed: int, messages: list[dict[str, Any]] | None = None) -> P.GenerateRequest:
        r = self.request  # everything the user asked (task, answer language…), one reply at a time
        return replace(r, messages=list(messages if messages is not None else r.messages), sampling=self._sampling(seed),
                       template_kwargs=dict(r.template_kwargs), heavy=0, prompt=None, show_prompt=False)

    # -- the run ---------------------------------------------------------------------
    def run(self) -> None:
        if self.request.sampling.temperature <= 0:
            self.emit(P.notice_event(Text(translate("Engine", "Heavy mode samples its candidates: temperature "
                                                              "{temperature} is used instead of greedy decoding."),
                                          temperature=genselect.SAMPLING_TEMPERATURE)))
        stopped = self._candidates()
        candidates = [p.candidate(k + 1) for k, p in enumerate(self.parts)]
        if stopped:
            return self._end_stopped(candidates)
        shown = genselect.judged(candidates, self.rng)
        judge_answer = ""
        if len(shown) >= 2:
            judge_answer = self._judge(shown)
            if self.judge is not None and self.judge.finish is FinishReason.CANCELLED:
                return self._end_stopped(candidates, judging=True)
        selection = genselect.select(shown, judge_answer, self.math)
        self._end(selection, shown, FinishReason.STOP)

    def _candidates(self) -> bool:
        """Generate the candidates one after another; True if Stop ended them early."""
        b = self.b
        base: _Turn | None = None
        fork = None
        for k in range(1, self.n + 1):
            seed = self.rng.getrandbits(32)
            part = _Part()
            emit = _tagged(self.emit, part, {"candidate": k})
            if base is None:
                turn = b._prepare(self._request(seed), emit)
                self.prompt_tokens, self.prompt_evaluated = turn.prompt_tokens, turn.prompt_evaluated
                if turn.finish is FinishReason.CANCELLED:  # stopped while the prompt was evaluated
                    return True
                base, fork = turn, b.fork_point(turn)
            else:
                assert fork is not None
                turn = b.fork(base, fork, self._request(seed), emit)
            self.parts.append(part)
            self.seeds.append(seed)
            b._decode(turn)
            if turn.first_token_at is not None and self.first_token_at is None:
                self.first_token_at = turn.first_token_at
            part.ended(turn)
            self._candidate_done(k, part, seed)
            if turn.finish is FinishReason.CANCELLED:
                return True
        return False

    def _candidate_done(self, k: int, part: _Part, seed: int) -> None:
        candidate = part.candidate(k)
        self.emit({"event": Event.CANDIDATE_DONE, "candidate": k, "finish_reason": part.finish, "seed": seed,
                   "reasoning_tokens": part.reasoning_tokens, "answer_tokens": part.answer_tokens,
                   "thinking_s": round(part.thinking_s, 4), "usable": not candidate.problem,
                   "problem": candidate.problem})

    def _judge(self, shown: list[genselect.Candidate]) -> str:
        """The judge: NeMo-Skills' prompt as a new user turn; its answer (not its reasoning) is read."""
        problem = str(self.request.messages[-1].get("content", ""))
        prompt = self.judge_prompt = genselect.judge_prompt(problem, shown, self.math)
        judge = self.judge = _Part()
        emit = _tagged(self.emit, judge, {JUDGE: True})
        request = self._request(self.rng.getrandbits(32), [{"role": "user", "content": prompt}])
        request.task = ""  # the judge's prompt is complete as NeMo-Skills writes it
        request.answer_language, request.reason_in_english = "", False  # its verdict line is parsed as written
        turn = self.b._prepare(request, emit)
        self.judge_prompt_tokens = turn.prompt_evaluated
        if turn.finish is not FinishReason.CANCELLED:
            self.b._decode(turn)
        judge.ended(turn)
        return judge.answer_text

    # -- the end -------------------------------------------------------------------------
    def _end_stopped(self, candidates: list[genselect.Candidate], judging: bool = False) -> None:
        """Stop: what was generated is kept; the first usable candidate stands as the reply."""
        usable = [c for c in candidates if not c.problem]
        pick = usable[0] if usable else None
        selection = genselect.Selection(pick, genselect.Method.NONE, genselect.Verdict(None, "", None))
        self._end(selection, usable, FinishReason.CANCELLED, summary=_stopped_summary(judging, len(usable), pick))

    def _end(self, selection: genselect.Selection, shown: list[genselect.Candidate], finish: FinishReason,
             summary: str = "") -> None:  # summary: a Text (the footer shows it translated)
        pick = selection.pick
        summary = summary or selection.describe(self.n)
        verdict = selection.verdict
        self.shown = [c.number for c in shown]
        self.emit({"event": Event.JUDGMENT, "pick": pick.number if pick else None, "method": selection.method,
                   "parsed": verdict.parsed, "verdict": verdict.line, "shown": [c.number for c in shown],
                   "votes": selection.votes, "summary": summary})
        chosen = self.parts[pick.number - 1] if pick else None
        if chosen is not None:  # the reply itself: what later turns see
            if chosen.reasoning:
                self.emit({"event": Event.REASONING, "text": "".join(chosen.reasoning)})
            self.emit({"event": Event.ANSWER, "text": "".join(chosen.answer)})
        self._stats(selection, summary, chosen)
        self.emit(P.done_event(finish))

    def _stats(self, selection: genselect.Selection, summary: str, chosen: _Part | None) -> None:
        now = time.perf_counter()
        parts = self.parts + ([self.judge] if self.judge is not None else [])
        reasoning = sum(p.reasoning_tokens for p in parts)
        answer = sum(p.answer_tokens for p in parts)
        decode_s = now - self.first_token_at if self.first_token_at else 0.0
        candidates = []
        for k, p in enumerate(self.parts):
            problem = p.candidate(k + 1).problem
            candidates.append({"candidate": k + 1, "seed": self.seeds[k], "reasoning": "".join(p.reasoning),
                               "answer": "".join(p.answer), "finish_reason": str(p.finish),
                               "reasoning_tokens": p.reasoning_tokens, "answer_tokens": p.answer_tokens,
                               "thinking_s": round(p.thinking_s, 4), "usable": not problem, "problem": problem})
        judge = None if self.judge is None else {
            "reasoning": "".join(self.judge.reasoning), "answer": "".join(self.judge.answer),
            "reasoning_tokens": self.judge.reasoning_tokens, "answer_tokens": self.judge.answer_tokens,
            "thinking_s": round(self.judge.thinking_s, 4), "prompt_tokens": self.judge_prompt_tokens,
            "prompt": self.judge_prompt}
        stats: P.StatsEvent = {
            "event": Event.STATS, "prompt_tokens": self.prompt_tokens,
            "prompt_tokens_evaluated": self.prompt_evaluated, "budget": self.request.budget,
            "evaluated_tokens": self.prompt_evaluated + self.judge_prompt_tokens + reasoning + answer,
            "generated_tokens": reasoning + answer, "reasoning_tokens": reasoning, "answer_tokens": answer,
            "forced_tokens": 0, "budget_exhausted": False,
            "reasoning_unfinished": bool(chosen and chosen.unfinished),
            "thinking_s": round(chosen.thinking_s, 4) if chosen else 0.0,
            "ttft_s": round((self.first_token_at or now) - self.started, 4), "prompt_tokens_per_s": 0.0,
            "decode_tokens_per_s": round((reasoning + answer) / decode_s, 2) if decode_s > 0 else 0.0,
            "total_s": round(now - self.started, 4), "checkpoints": len(self.b.checkpoints),
            "heavy": {"n": self.n, "task": self.request.task, "candidates": candidates, "judge": judge,
                      "judgment": {"pick": selection.pick.number if selection.pick else None,
                                   "method": str(selection.method), "parsed": selection.verdict.parsed,
                                   "verdict": selection.verdict.line, "shown": self.shown, "votes": selection.votes,
                                   "summary": summary}},
        }
        self.emit(stats)


def _stopped_summary(judging: bool, usable: int, pick: genselect.Candidate | None) -> Text:
    """What a heavy reply stopped by the user says in its footer."""
    if judging:
        if pick is None:
            return Text(translate("Engine", "stopped while judging; no answer"))
        return Text(translate("Engine", "stopped while judging; candidate {number} kept"), number=pick.number)
    if pick is None:
        return Text(translate("Engine", "stopped after {usable} usable candidate(s); no answer"), usable=usable)
    return Text(translate("Engine", "stopped after {usable} usable candidate(s); candidate {number} kept"),
                usable=usable, number=pick.number)
