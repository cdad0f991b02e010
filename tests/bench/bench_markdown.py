"""GUI-thread time of the Markdown renderer on pathological replies of growing size.

Each family repeats a shape python-markdown handles badly (unclosed link
openers, emphasis runs, deep nesting, headings splitting one block...) to
the size asked. Two ways the window renders a reply are timed, and the worst
single call of IncrementalMarkdown.update() is reported, in ms:

- full: a saved chat reopened, all text at once, updated until nothing is pending;
- stream: the text appended in --updates chunks, one update() after each, as
  the chat view does at ~30 Hz, then updated until nothing is pending.

    python -m tests.bench.bench_markdown [--sizes 1,4,16,64] [--updates 100] [--family NAME]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from tests.bench.bench_gui_stream import PARAGRAPHS
from ui.markdown_render import IncrementalMarkdown, MarkdownRenderer


def fit(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def grow(line: Callable[[int], str], size: int) -> str:
    out, total = [], 0
    while total < size:
        out.append(line(len(out)))
        total += len(out[-1])
    return "".join(out)[:size]


FAMILIES: dict[str, Callable[[int], str]] = {
    "normal reply": lambda n: fit("".join(PARAGRAPHS), n),
    "long prose line": lambda n: fit("Some *normal* prose with a [link](https://e.org) and `code`. ", n),
    "[ unclosed": lambda n: fit("[", n),
    "![ unclosed": lambda n: fit("![", n),
    "[a]( unclosed": lambda n: fit("[a](", n),
    "[( mixed": lambda n: fit("[(", n),
    "*[ mixed": lambda n: fit("*[", n),
    "[` mixed": lambda n: fit("[`", n),
    "[ per line": lambda n: fit("[\n", n),
    "[[[a]]]((( nested": lambda n: fit("[", n // 4) + "a" + fit("]", n // 4) + fit("(", n // 2),
    "*_ alternating": lambda n: fit("*_", n),
    "***a runs": lambda n: fit("***a", n),
    "_a words": lambda n: fit("_a", n),
    "> deeper each line": lambda n: grow(lambda i: ">" * (i + 1) + " x\n", n),
    "> > one line": lambda n: fit("> ", n) + "x",
    "- - one line": lambda n: fit("- ", n) + "x",
    "list indent": lambda n: grow(lambda i: "  " * i + "- x\n", n),
    "backtick runs": lambda n: grow(lambda i: "`" * (i + 1) + " ", n),
    "``` lines": lambda n: fit("```\n", n),
    "``` growing fences": lambda n: grow(lambda i: "`" * (i + 3) + "\n", n),
    "```{style=x} fences": lambda n: fit("```{style=x}\nx\n```\n", n),
    "# heading per line": lambda n: fit("a\n# b\n", n),
    "setext per line": lambda n: fit("a\n=\n", n),
    "*** rule per line": lambda n: fit("a\n***\n", n),
    "table rows": lambda n: "| a | b |\n|---|---|\n" + fit("| x | y |\n", n),
    "< and & runs": lambda n: fit("<&", n),
    "\\ escapes": lambda n: fit("\\", n),
    "tiny blocks": lambda n: fit("a\n\n", n),
}


def drain(inc: IncrementalMarkdown, worst: float) -> tuple[float, int]:
    """Update until nothing is pending; the worst call and how many calls it took."""
    calls = 0
    while True:
        start = time.perf_counter()
        inc.update()
        worst = max(worst, time.perf_counter() - start)
        calls += 1
        if not inc.pending:
            return worst, calls


def full_render(text: str) -> tuple[float, int]:
    inc = IncrementalMarkdown(MarkdownRenderer())
    inc.append(text)
    return drain(inc, 0.0)


def stream(text: str, updates: int) -> float:
    inc = IncrementalMarkdown(MarkdownRenderer())
    step = -(-len(text) // updates)
    worst = 0.0
    for pos in range(0, len(text), step):
        inc.append(text[pos:pos + step])
        start = time.perf_counter()
        inc.update()
        worst = max(worst, time.perf_counter() - start)
    return drain(inc, worst)[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,4,16,64", help="KB, comma-separated")
    parser.add_argument("--updates", type=int, default=100, help="chunks a streamed reply arrives in")
    parser.add_argument("--family", action="append", help="only these families (repeatable)")
    args = parser.parse_args()
    sizes = [int(float(s) * 1024) for s in args.sizes.split(",")]
    families = {name: FAMILIES[name] for name in args.family or FAMILIES}
    full_render("".join(PARAGRAPHS))  # import Pygments' lexers before timing

    print("worst GUI-thread call of IncrementalMarkdown.update(), ms: full render (updates) | streamed")
    print(f"{'family':22}" + "".join(f"{s // 1024:>19} KB" for s in sizes))
    worst = 0.0
    for name, make in families.items():
        cells = []
        for size in sizes:
            text = make(size)
            full, calls = full_render(text)
            streamed = stream(text, args.updates)
            worst = max(worst, full, streamed)
            cells.append(f"{full * 1000:7.1f} ({calls:4}) |{streamed * 1000:6.1f}")
        print(f"{name:22}" + "".join(f"{c:>22}" for c in cells), flush=True)
    print(f"worst single GUI-thread call: {worst * 1000:.1f} ms (goal: 50 ms)")


if __name__ == "__main__":
    main()
