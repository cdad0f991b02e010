"""GUI-thread time to open a saved chat, and stalls while scrolling a long one to its top.

Chats of realistic replies (paragraphs, lists, code blocks, a table now and
then, reasoning on a third of them) are shown in the real chat view,
offscreen, with the app's style sheet. "open" is the time from the call to
show_conversation until the first frame is painted; "idle" adds the work the
view leaves for later turns of the event loop. Then the view is scrolled to
the very top 120 px at a time, as a mouse wheel does, and the longest single
turn of the event loop is reported (a frame is 16.7 ms).

The view is given the newest PAGE messages (the chat controller's page size)
and a fetch_older callback over the rest, as the chat controller does; a view that only takes a whole list
(the old API) is given the whole list.

    QT_QPA_PLATFORM=offscreen python -m tests.bench.bench_chat_open [--sizes 10,200,1000,10000]
"""

from __future__ import annotations

import argparse
import inspect
import os
import random
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.chat_controller import PAGE  # noqa: E402  (the newest messages a chat opens with)
from app.gc_pacer import GcPacer  # noqa: E402
from engine.store import Message  # noqa: E402

# Measured with the chat view of commit 4c04480 (every card built at once, in one
# QVBoxLayout), on the 2-core development machine, 1000x700, with this script:
# messages -> (open ms, worst event-loop turn ms while scrolling to the top).
BEFORE = {10: (34.2, 2.7), 200: (523.7, 4.7), 1000: (3044.8, 7.0), 10000: (415356.3, 22.8)}

QUESTIONS = [
    "How do I read a file line by line in Python?",
    "Can you explain what a mutex is, with an example?",
    "Compare lists and tuples.",
    "Why does my loop never end?\n\n```python\nwhile i < 10:\n    print(i)\n```",
    "Summarise the plot of Hamlet in three sentences.",
]
ANSWER_PARTS = [
    "Here is a **detailed** answer with `inline code`, a [link](https://example.org) and some "
    "*emphasis* that keeps going for a while so that the paragraph wraps several lines on a "
    "normal window.\n\n",
    "1. First point with a little text\n2. Second point, which is longer and explains more\n"
    "3. Third point\n\n",
    "```python\ndef read_lines(path):\n    with open(path, encoding='utf-8') as f:\n"
    "        for line in f:\n            yield line.rstrip('\\n')\n```\n\n",
    "| name | value | note |\n|------|-------|------|\n| alpha | 1 | first |\n| beta | 2 | second |\n\n",
    "> A quoted remark that stands out from the rest of the answer.\n\n",
    "- a bullet\n- another bullet with `code`\n- a last one\n\n",
]
REASONING = ("The user asks about this. Let me think step by step: first the basics, then an "
             "example, then the pitfalls they are likely to meet. ") * 4


def conversation(n: int, seed: int = 7) -> list[Message]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if i % 2 == 0:
            out.append(Message(id=i + 1, conversation_id=1, position=i, role="user",
                               content=QUESTIONS[rng.randrange(len(QUESTIONS))]))
        else:
            parts = [ANSWER_PARTS[0]] + rng.sample(ANSWER_PARTS[1:], rng.randint(1, 3))
            out.append(Message(id=i + 1, conversation_id=1, position=i, role="assistant",
                               content="".join(parts).rstrip("\n"),
                               reasoning=REASONING if rng.random() < 0.33 else "", budget=-1,
                               stats={"generated_tokens": 180, "decode_tokens_per_s": 21.5, "ttft_s": 0.31,
                                      "reasoning_tokens": 90, "thinking_s": 4.2}))
    return out


def settle(app: QApplication, ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def lazy_api(chat: object) -> bool:
    return "fetch_older" in inspect.signature(chat.show_conversation).parameters  # type: ignore[attr-defined]


def open_chat(app: QApplication, chat, messages: list[Message],  # type: ignore[no-untyped-def]
              whole: bool = False) -> tuple[float, float]:
    """ms to the first painted frame, and ms until the view has nothing left to do."""
    chat.clear()
    settle(app)
    start = time.perf_counter()
    if lazy_api(chat) and not whole:
        def fetch_older(before: int, limit: int) -> list[Message]:
            older = [m for m in messages[:before] if m.position < before]
            return older[-limit:]
        chat.show_conversation(messages[-PAGE:], total=len(messages), fetch_older=fetch_older)
    else:
        chat.show_conversation(messages)
    app.processEvents()  # layout and the first paint
    chat.viewport().repaint()
    first = (time.perf_counter() - start) * 1000
    while getattr(chat, "busy", lambda: False)():
        app.processEvents()
    app.processEvents()
    return first, (time.perf_counter() - start) * 1000


def scroll_to_top(app: QApplication, chat, limit_s: float = 60.0,  # type: ignore[no-untyped-def]
                  pacer: GcPacer | None = None) -> tuple[float, float, int, int]:
    """Worst and 99th-percentile event-loop turn (ms) while wheeling to the top; steps; widgets at the end."""
    bar = chat.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(app)
    clock = QElapsedTimer()
    clock.start()
    turns: list[float] = []
    steps = 0
    deadline = time.perf_counter() + limit_s
    while time.perf_counter() < deadline:
        start = clock.nsecsElapsed()
        if pacer is not None:
            pacer.note_input()  # a wheel notch, as the window's event filter sees it
        bar.setValue(bar.value() - 120)  # one wheel notch
        app.processEvents()
        chat.viewport().repaint()
        turns.append((clock.nsecsElapsed() - start) / 1e6)
        steps += 1
        at_top = bar.value() == bar.minimum()
        if at_top and not getattr(chat, "busy", lambda: False)() and not getattr(chat, "has_older", False):
            break
    turns.sort()
    p99 = turns[min(len(turns) - 1, int(0.99 * (len(turns) - 1)))]
    return turns[-1], p99, steps, len(chat.messages())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10,200,1000,10000")
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=700)
    parser.add_argument("--collector", choices=("pacer", "python"), default="pacer",
                        help="pacer: the cycle collector as the app runs it (app/gc_pacer.py); python: automatic")
    args = parser.parse_args()

    from ui.chat_view import ChatView
    from ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app, "light")  # type: ignore[arg-type]
    chat = ChatView()
    chat.resize(args.width, args.height)
    chat.show()
    settle(app, 200)
    lazy = lazy_api(chat)
    open_chat(app, chat, conversation(10, seed=1))  # warm up: first Markdown, Pygments lexers, fonts
    pacer = GcPacer() if args.collector == "pacer" else None
    if pacer is not None:
        pacer.start()
    print(f"chat view {args.width}x{args.height}, {'lazy (tail + fetch_older)' if lazy else 'whole list'}; "
          f"cycle collector: {args.collector}; times in ms on the GUI thread")
    print(f"{'messages':>9} {'open':>9} {'idle':>9} {'widgets':>8} {'scroll worst':>13} {'p99':>7} "
          f"{'steps':>6} {'widgets':>8} | before: open, scroll worst")
    for size in (int(s) for s in args.sizes.split(",")):
        messages = conversation(size)
        first, idle = open_chat(app, chat, messages)
        built = len(chat.messages())
        worst, p99, steps, after = scroll_to_top(app, chat, pacer=pacer)
        before = BEFORE.get(size)
        then = f"{before[0]:>6}, {before[1] if before[1] is not None else '-':>4}" if before else ""
        print(f"{size:>9} {first:>9.1f} {idle:>9.1f} {built:>8} {worst:>13.1f} {p99:>7.1f} {steps:>6} "
              f"{after:>8} | {then}")
        if lazy and size <= 10000:  # the old call, a whole list at once, on the lazy view
            first, idle = open_chat(app, chat, messages, whole=True)
            print(f"{'  (list)':>9} {first:>9.1f} {idle:>9.1f} {len(chat.messages()):>8}")
    chat.clear()
    if pacer is not None:
        pacer.stop()


if __name__ == "__main__":
    main()
