"""Decode speed through Ponder's engine host versus a raw llama-cpp-python generate loop.

Same model, threads, prompt and greedy sampling. The host's rate is measured
where the user sees it: from the first to the last answer event arriving in the
parent process, so the pipe and JSON costs are included (later deltas are
merged by the host, so the count comes from the reply's stats).

    python -m tests.bench.bench_decode [--model PATH] [--tokens N] [--runs N] [--threads N]
"""

from __future__ import annotations

import argparse
import statistics
import time

import llama_cpp

from engine import protocol as P
from engine.client import EngineClient
from engine.gguf_meta import read_model_info
from engine.hardware import physical_cores
from engine.local_models import starter_model_path
from engine.templates import ChatTemplate

PROMPT = "Count from 1 to 400, separated by commas."


def raw_rate(path: str, threads: int, tokens: int) -> tuple[float, int]:
    info = read_model_info(path)
    text = ChatTemplate.for_model(info.chat_template, info.bos_token, info.eos_token).render(
        [{"role": "user", "content": PROMPT}])
    llm = llama_cpp.Llama(model_path=path, n_ctx=2048, n_threads=threads,
                          n_threads_batch=threads, verbose=False)
    prompt = llm.tokenize(text.encode(), add_bos=info.add_bos_token, special=True)
    stamps = []
    vocab = llm._model.vocab
    for token in llm.generate(prompt, temp=0.0):
        stamps.append(time.perf_counter())
        if llama_cpp.llama_vocab_is_eog(vocab, token) or len(stamps) == tokens:
            break
        llm.detokenize([token])  # a real loop turns tokens into text too
    llm.close()
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]), len(stamps)


def host_rate(client: EngineClient, threads: int, tokens: int) -> tuple[float, float, int]:
    client.generate(P.GenerateRequest([{"role": "user", "content": PROMPT}],
                                      P.Sampling(temperature=0.0, max_tokens=tokens)))
    first = last = 0.0
    stats: dict = {}
    for event in client.events_until(P.DONE):
        now = time.perf_counter()
        if event["event"] in (P.ANSWER, P.REASONING):
            first = first or now  # the first delta is sent alone, at once
            last = now
        elif event["event"] == P.STATS:
            stats = event
    n = stats["generated_tokens"] + stats["forced_tokens"]
    return (n - 1) / (last - first), stats["decode_tokens_per_s"], n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=str(starter_model_path()))
    parser.add_argument("--tokens", type=int, default=256)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--threads", type=int, default=physical_cores())
    args = parser.parse_args()

    client = EngineClient()
    client.load(P.LoadOptions(path=args.model, n_ctx=2048, threads=args.threads))
    list(client.events_until(P.LOADED))
    raw, host, inner = [], [], []
    for _ in range(args.runs):  # interleaved, so drift hits both alike
        r, n_raw = raw_rate(args.model, args.threads, args.tokens)
        h, i, n_host = host_rate(client, args.threads, args.tokens)
        raw.append(r)
        host.append(h)
        inner.append(i)
    client.close()
    med_raw, med_host = statistics.median(raw), statistics.median(host)
    print(f"model: {args.model}")
    print(f"threads: {args.threads}, tokens per run: raw {n_raw}, host {n_host}, runs: {args.runs}")
    print(f"raw Llama.generate loop : median {med_raw:7.2f} tok/s  (runs: {', '.join(f'{x:.1f}' for x in raw)})")
    print(f"Ponder host, as received: median {med_host:7.2f} tok/s  (runs: {', '.join(f'{x:.1f}' for x in host)})")
    print(f"Ponder host, its own stats: median {statistics.median(inner):7.2f} tok/s")
    pairs = [h / r for h, r in zip(host, raw)]
    print(f"ratio host/raw: {statistics.median(pairs):.3f} (median of {len(pairs)} back-to-back "
          f"pairs; ratio of medians {med_host / med_raw:.3f})")


if __name__ == "__main__":
    main()
