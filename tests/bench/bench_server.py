"""The local server under load, in window mode: 16 streaming clients at once, and clients that leave.

The real window (offscreen) loads the starter model and switches its server on;
the clients run in another process (as other apps would), with the official
`openai` client. Each prompt is first answered alone (greedy), then all at once
as streams: each streamed reply must equal its solo answer, so none is lost or
mixed. Reported: throughput (completion tokens/s over the concurrent phase),
the queueing delay per client (time to the first byte and to the first token:
min/median/max), the window's 5 ms heartbeat lateness while it serves, and the
time from a client's disconnect to the engine being free (window and headless).

    QT_QPA_PLATFORM=offscreen python -m tests.bench.bench_server [--clients N] [--max-tokens T]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEY = "bench-key-0123456789"
STORY = "Write a long story about a dragon."


def prompts(n: int) -> list[str]:
    return [f"Tell me one fact about the number {i}." for i in range(n)]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def spread(values: list[float]) -> str:
    return (f"min {min(values) * 1000:.0f} ms, median {statistics.median(values) * 1000:.0f} ms, "
            f"max {max(values) * 1000:.0f} ms")


# -- the clients' process ---------------------------------------------------------------------------
def drive(url: str, clients: int, max_tokens: int, leaves: int) -> None:
    """Solo greedy answers, then every prompt at once as a stream; then clients that leave mid-stream.
    Prints one JSON object."""
    import openai

    def client() -> openai.OpenAI:
        return openai.OpenAI(base_url=f"{url}/v1", api_key=KEY, max_retries=0, timeout=600)

    greedy: dict[str, Any] = {"temperature": 0, "seed": 1, "max_tokens": max_tokens}
    asks = prompts(clients)
    solo = [client().chat.completions.create(model="x", messages=[{"role": "user", "content": p}],
                                             **greedy).choices[0].message.content for p in asks]
    results: list[dict[str, Any]] = [{} for _ in asks]
    gate = threading.Barrier(clients)

    def stream(i: int) -> None:
        own = client()
        gate.wait()
        sent = time.monotonic()
        first_byte = first_token = None
        texts, tokens = [], 0
        for chunk in own.chat.completions.create(
                model="x", messages=[{"role": "user", "content": asks[i]}], stream=True,
                stream_options={"include_usage": True}, **greedy):
            now = time.monotonic()
            first_byte = first_byte or now
            if chunk.choices and chunk.choices[0].delta.content:
                first_token = first_token or now
                texts.append(chunk.choices[0].delta.content)
            if chunk.usage is not None:
                tokens = chunk.usage.completion_tokens
        results[i] = {"sent": sent, "first_byte": first_byte, "first_token": first_token,
                      "ended": time.monotonic(), "text": "".join(texts), "tokens": tokens}

    threads = [threading.Thread(target=stream, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    closes = []
    for _ in range(leaves):
        received = 0
        reader = client().chat.completions.create(
            model="x", messages=[{"role": "user", "content": STORY}], stream=True,
            **{**greedy, "max_tokens": 2000})
        for chunk in reader:
            received += bool(chunk.choices and chunk.choices[0].delta.content)
            if received == 5:
                break
        closes.append(time.monotonic())
        reader.close()
        time.sleep(0.3)
    print(json.dumps({"solo": solo, "results": results, "closes": closes}))


# -- the window's process ---------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--leaves", type=int, default=5, help="clients that disconnect mid-stream")
    parser.add_argument("--drive", help=argparse.SUPPRESS)  # the clients' process: the server's URL
    args = parser.parse_args()
    if args.drive:
        drive(args.drive, args.clients, args.max_tokens, args.leaves)
        return
    os.environ["PONDER_HOME"] = tempfile.mkdtemp(prefix="ponder-bench-")
    os.environ["PONDER_API_KEY"] = KEY

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.engine_jobs import EngineJob, JobState
    from app.gui import PonderApp

    app = QApplication.instance() or QApplication([])
    ponder = PonderApp(theme="light")
    ponder.window.resize(1180, 780)
    ponder.window.show()
    ponder.settings.set("server_port", 0)
    loaded = threading.Event()
    ponder.bridge.loaded.connect(lambda _event: (loaded.set(), app.quit()))
    ponder.load_model(0)
    app.exec()
    assert loaded.is_set(), "the starter model did not load"
    assert ponder.server.start()
    assert ponder.server.server is not None
    url = ponder.server.server.url

    jobs: list[EngineJob] = []
    ponder.bridge.job_ended.connect(jobs.append)
    beats: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def beat() -> None:  # counts from the clients' start to their end: the server is busy throughout
        now = clock.nsecsElapsed()
        beats.append((now - last[0]) / 1e6)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    driver = subprocess.Popen([sys.executable, "-m", "tests.bench.bench_server", "--drive", url,
                               "--clients", str(args.clients), "--max-tokens", str(args.max_tokens),
                               "--leaves", str(args.leaves)], stdout=subprocess.PIPE, text=True)
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.append(driver.stdout.read() if driver.stdout else ""))
    reader.start()

    def watch() -> None:
        if driver.poll() is not None:
            app.quit()

    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(watch)
    heartbeat.start()
    poll.start()
    app.exec()
    heartbeat.stop()
    reader.join()
    data = json.loads(output[0])
    ponder.shutdown()

    results = data["results"]
    solo = data["solo"]
    same = sum(r["text"] == s for r, s in zip(results, solo, strict=True))
    start = min(r["sent"] for r in results)
    end = max(r["ended"] for r in results)
    tokens = sum(r["tokens"] for r in results)
    print(f"{args.clients} concurrent streaming clients, {args.max_tokens} tokens each at most, starter model, "
          f"window mode:")
    print(f"  complete and equal to its greedy solo run: {same} of {args.clients} "
          f"({sum(bool(r['text']) for r in results)} non-empty)")
    print(f"  throughput: {tokens} completion tokens in {end - start:.2f} s = {tokens / (end - start):.1f} tokens/s")
    print(f"  time to first byte: {spread([r['first_byte'] - r['sent'] for r in results])}")
    print(f"  time to first token (queueing delay): {spread([r['first_token'] - r['sent'] for r in results])}")
    lateness = [b - 5.0 for b in beats]
    print(f"  window heartbeat (5 ms) lateness while serving: p50 {percentile(lateness, 50):.2f} ms, "
          f"p99 {percentile(lateness, 99):.2f} ms, max {max(lateness):.2f} ms over {len(beats)} beats")
    left = [j for j in jobs if j.state is JobState.CANCELLED and j.started_at is not None]
    report_leaves("window", left, data["closes"])
    headless_leaves(args.leaves)


def report_leaves(mode: str, jobs: list[Any], closes: list[float]) -> None:
    if not jobs:
        print(f"  {mode}: no disconnected job was seen")
        return
    noticed = [j.ended_at - j.cancel_requested_at for j in jobs]
    line = f"  {mode}: disconnect noticed -> engine free: {spread(noticed)} ({len(jobs)} clients)"
    if len(closes) == len(jobs):  # CLOCK_MONOTONIC is shared by the processes of one machine
        line += f"; client's close -> engine free: {spread([j.ended_at - c for j, c in zip(jobs, closes, strict=True)])}"
    print(line)


def headless_leaves(leaves: int) -> None:
    """The same disconnects against `ponder serve`'s lane (no window)."""
    from app.engine_jobs import EngineJob, JobState
    from app.server_lane import HeadlessLane
    from app.server_runner import LocalServer, ServerOptions
    from engine import protocol as P
    from engine.local_models import starter_model_path

    path = starter_model_path()
    assert path is not None
    seen: list[EngineJob] = []

    class Lane(HeadlessLane):
        def submit_job(self, job: EngineJob) -> None:
            seen.append(job)
            super().submit_job(job)

    lane = Lane()
    lane.load(P.LoadOptions(path=str(path)))
    server = LocalServer(lane, ServerOptions(port=0), KEY)
    server.start()
    try:
        out = subprocess.run([sys.executable, "-m", "tests.bench.bench_server", "--drive", server.url,
                              "--clients", "1", "--max-tokens", "8", "--leaves", str(leaves)],
                             capture_output=True, text=True, check=True).stdout
    finally:
        server.stop()
        lane.close()
    left = [j for j in seen if j.state is JobState.CANCELLED and j.started_at is not None]
    report_leaves("headless", left, json.loads(out)["closes"])


if __name__ == "__main__":
    main()
