"""GUI-thread stalls while a long reply streams into the real window.

A scripted token source (no model: this measures the window alone) feeds 300
reasoning tokens and then answer tokens, 2 000 in all, at 100 tokens/s into
the real main window, the way the engine bridge delivers them. A 5 ms QTimer
heartbeat records how late the GUI thread is; each redraw of the reply is
timed and grouped by the answer's length.

    QT_QPA_PLATFORM=offscreen python -m tests.bench.bench_gui_stream [--tokens N] [--rate R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PARAGRAPHS = [
    "Here is a **detailed** answer with `inline code`, a [link](https://example.org) and some "
    "*emphasis* that keeps going for a while so that the paragraph wraps several lines. ",
    "\n\n1. First point with a little text\n2. Second point\n3. Third point\n\n",
    "```python\ndef fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n"
    "    return a\n```\n\n",
    "| name | value |\n|------|-------|\n| alpha | 1 |\n| beta | 2 |\n\n",
    "> A quoted remark that stands out from the rest.\n\n",
]


def tokens(n: int) -> list[str]:
    text = "".join(PARAGRAPHS[i % len(PARAGRAPHS)] for i in range(n))
    out, i = [], 0
    while len(out) < n:
        out.append(text[i:i + 5])  # about 5 characters a token, as in English prose
        i += 5
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=100.0, help="tokens per second")
    parser.add_argument("--reasoning", type=int, default=300, help="reasoning tokens first")
    args = parser.parse_args()
    os.environ["PONDER_HOME"] = tempfile.mkdtemp(prefix="ponder-bench-")

    from app.gui import PonderApp
    from engine.store import STREAMING, Message
    from ui.chat_view import AssistantMessage

    app = QApplication.instance() or QApplication([])
    ponder = PonderApp(theme="light")
    ponder.window.resize(1180, 780)
    ponder.window.show()
    chat = ponder.window.chat
    reply = Message(id=1, conversation_id=1, position=1, role="assistant", content="",
                    budget=-1, state=STREAMING)
    widget = chat.add_message(reply)
    assert isinstance(widget, AssistantMessage)

    costs: list[tuple[int, float]] = []
    original_flush = widget.flush

    def timed_flush() -> None:
        start = time.perf_counter()
        original_flush()
        if widget.answer.text:
            costs.append((len(widget.answer.text), time.perf_counter() - start))

    widget.flush = timed_flush  # type: ignore[method-assign]
    stream = tokens(args.tokens)
    beats: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def beat() -> None:
        now = clock.nsecsElapsed()
        beats.append((now - last[0]) / 1e6)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    position = [0]
    started = time.perf_counter()

    def feed() -> None:
        # deliver what is due by now, as the bridge delivers merged deltas
        due = min(len(stream), int((time.perf_counter() - started) * args.rate))
        while position[0] < due:
            piece = stream[position[0]]
            if position[0] < args.reasoning:
                chat.add_reasoning(piece)
            else:
                chat.add_answer(piece)
            position[0] += 1
        if position[0] >= len(stream):
            source.stop()
            QTimer.singleShot(300, app.quit)

    source = QTimer()
    source.setInterval(10)
    source.timeout.connect(feed)
    heartbeat.start()
    source.start()
    app.exec()
    heartbeat.stop()
    ponder.shutdown()

    lateness = [b - 5.0 for b in beats]
    print(f"streamed {len(stream)} tokens ({args.reasoning} reasoning) at {args.rate:.0f} tok/s, "
          f"answer {len(widget.answer.text):,} chars, {len(costs)} redraws")
    print(f"GUI-thread heartbeat (5 ms) lateness: p50 {percentile(lateness, 50):.2f} ms, "
          f"p99 {percentile(lateness, 99):.2f} ms, max {max(lateness):.2f} ms over {len(beats)} beats")
    for size in (1000, 8000):
        near = [c * 1000 for n, c in costs if abs(n - size) <= size * 0.15]
        if near:
            print(f"render cost per update near {size:,} chars: mean {statistics.mean(near):.2f} ms, "
                  f"max {max(near):.2f} ms ({len(near)} updates)")


if __name__ == "__main__":
    main()
