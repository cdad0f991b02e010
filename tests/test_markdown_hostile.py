"""Pathological Markdown renders in bounded work, shows its text, and nothing in it comes alive."""

from __future__ import annotations

import pytest

import ui.markdown_render as md
from tests.bench.bench_markdown import FAMILIES, fit
from tests.test_markdown_render import ALLOWED_TAGS, SAMPLE, audit
from ui.answer_view import AnswerView
from ui.markdown_render import (
    BUDGET,
    COPY_SCHEME,
    MAX_BLOCK,
    IncrementalMarkdown,
    MarkdownRenderer,
    markdown_cost,
    text_of,
)

PLAIN = 'class="plain"'
HOSTILE_FAMILIES = [name for name in FAMILIES if name not in ("normal reply", "long prose line")]
# shapes python-markdown is super-linear on: the estimate must refuse them at 2 KB already
SUPERLINEAR = ["[ unclosed", "![ unclosed", "[a]( unclosed", "[( mixed", "*[ mixed", "[` mixed", "[ per line",
               "[[[a]]]((( nested", "> > one line", "- - one line", "``` lines", "# heading per line",
               "setext per line", "*** rule per line"]
PYTHON = "".join(f"def f{i}(x):\n    # step {i}\n    return x * {i} < 2\n\n" for i in range(60))
TYPICAL = {
    "sample": SAMPLE,
    "table": "| name | value |\n|---|---|\n" + "".join(f"| item {i} | *{i}* |\n" for i in range(150)),
    "list": "".join(f"{i + 1}. step with `code`, **bold** and a [link](https://example.org/{i})\n" for i in range(60)),
    "nested list": "".join("    " * (i % 4) + f"- level {i % 4}\n" for i in range(80)),
    "code": f"```python\n{PYTHON}```\n",
    "quote": "> A quoted remark (with a parenthesis) that goes on.\n" * 40,
    "headings": "".join(f"## Part {i}\n\nSome text about part {i}, with _emphasis_.\n\n" for i in range(30)),
    "reply": FAMILIES["normal reply"](16_384),
}




def assert_inert(html_text: str) -> None:
    a = audit(html_text)
    assert a.tags <= ALLOWED_TAGS, a.tags - ALLOWED_TAGS
    assert not a.bad_attrs
    assert all(href.startswith(("http://", "https://", COPY_SCHEME)) for href in a.hrefs), a.hrefs


class MarkdownWork:
    """Records the estimated cost of every text python-markdown is given."""

    def __init__(self, renderer: MarkdownRenderer, monkeypatch: pytest.MonkeyPatch):
        self.costs: list[float] = []
        self.longest = 0
        convert = renderer._md.convert

        def spy(text: str) -> str:
            self.costs.append(markdown_cost(text))
            self.longest = max(self.longest, len(text))
            return convert(text)

        monkeypatch.setattr(renderer._md, "convert", spy)

    def take(self) -> float:
        total, self.costs = sum(self.costs), []
        return total


def stream(text: str, step: int, work: MarkdownWork, inc: IncrementalMarkdown) -> str:
    """Append text in steps, updating after each and then until nothing is pending; the final HTML."""
    done: list[str] = []
    tail = ""
    for pos in range(0, len(text), step):
        inc.append(text[pos:pos + step])
        finished, tail = inc.update()
        done += finished
        assert work.take() <= BUDGET
    while inc.pending:
        finished, tail = inc.update()
        done += finished
        assert work.take() <= BUDGET
    return "".join(done) + tail


@pytest.mark.parametrize("name", HOSTILE_FAMILIES)
def test_a_saved_hostile_reply_renders_inert_in_bounded_updates(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    renderer = MarkdownRenderer()
    work = MarkdownWork(renderer, monkeypatch)
    text = f"BEGINMARK\n\n{FAMILIES[name](16_384)}\n\nENDMARK\n"
    out = stream(text, len(text), work, IncrementalMarkdown(renderer))
    shown = text_of(out)
    assert shown.index("BEGINMARK") < shown.index("ENDMARK")
    assert_inert(out)


@pytest.mark.parametrize("name", HOSTILE_FAMILIES)
def test_a_streamed_hostile_reply_ends_as_when_reopened(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = FAMILIES[name](4096) + "\n\nENDMARK"
    renderer = MarkdownRenderer()
    streamed = stream(text, 97, MarkdownWork(renderer, monkeypatch), IncrementalMarkdown(renderer))
    reopened = IncrementalMarkdown(MarkdownRenderer())
    reopened.append(text)
    assert streamed == reopened.html()
    assert "ENDMARK" in text_of(streamed)


@pytest.mark.parametrize("name", SUPERLINEAR)
def test_superlinear_shapes_are_shown_as_plain_text(name: str) -> None:
    text = FAMILIES[name](2048)
    assert markdown_cost(text) > BUDGET
    out = MarkdownRenderer().render(text).html
    assert PLAIN in out and text_of(out) == text.strip("\n")


def rendered(text: str) -> str:
    inc = IncrementalMarkdown(MarkdownRenderer())
    inc.append(text)
    return inc.html()


@pytest.mark.parametrize("name", TYPICAL)
def test_typical_answers_are_rendered_not_plain(name: str) -> None:
    html_text = rendered(TYPICAL[name])
    assert PLAIN not in html_text
    assert any(tag in html_text for tag in ("<p>", "<table>", "<ol>", "<ul>", "<blockquote>", "codehilite"))


def test_typical_markup_survives() -> None:
    out = {name: rendered(text) for name, text in TYPICAL.items()}
    assert out["table"].count("<tr>") == 151 and "<em>149</em>" in out["table"]
    assert out["list"].count("<li>") == 60 and out["list"].count('href="https://example.org/') == 60
    assert "codehilite" in out["code"] and "<span style=" in out["code"]
    assert out["headings"].count("<h2>") == 30 and "<blockquote>" in out["quote"]


def test_a_hostile_block_among_normal_ones_is_the_only_plain_one() -> None:
    hostile = "[" * 3000 + "MIDDLE"
    out = rendered(f"# Title\n\n- a list\n- of two\n\n{hostile}\n\nSome **bold** text.\n")
    assert out.count(PLAIN) == 1 and hostile in text_of(out)
    assert "<h1>Title</h1>" in out and "<ul>" in out and "<strong>bold</strong>" in out


def test_a_long_table_is_split_and_keeps_its_head() -> None:
    table = "| name | value |\n|---|---|\n" + "".join(f"| item {i} | {i} |\n" for i in range(600))
    out = rendered(table)
    tables = out.count("<table>")
    assert tables > 1 and out.count("<th>") == 2 * tables and out.count("<tr>") == 600 + tables
    assert PLAIN not in out


def test_a_tail_that_never_ends_a_block_is_split(monkeypatch: pytest.MonkeyPatch) -> None:
    renderer = MarkdownRenderer()
    work = MarkdownWork(renderer, monkeypatch)
    line = "Words on a line of a paragraph that has no blank line at all.\n"
    out = stream(fit(line, 65_536), 500, work, IncrementalMarkdown(renderer))
    assert work.longest <= MAX_BLOCK + 2 * len(line) + 500
    assert PLAIN not in out and out.count("<p>") >= 65_536 // MAX_BLOCK


def test_a_long_line_is_plain_text_and_cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    renderer = MarkdownRenderer()
    work = MarkdownWork(renderer, monkeypatch)
    text = fit("*_[<b>x</b>](javascript:alert(1)) ", 100_000)
    out = stream(text, 1000, work, IncrementalMarkdown(renderer))
    assert work.longest < 10_000
    assert text.strip() in text_of(out) and "<b>" not in out
    assert_inert(out)


def test_an_oversized_code_block_keeps_its_copy_link() -> None:
    code = "x = '<b>'\n" * 3000
    for text in (f"Intro.\n\n```python\n{code}```\n\nAfter.", f"```python\n{code}"):
        inc = IncrementalMarkdown(MarkdownRenderer())
        inc.append(text)
        out = inc.html()
        assert f'href="{COPY_SCHEME}0"' in out and "&lt;b&gt;" in out and "<b>" not in out
        assert inc.all_code_blocks() == [code.rstrip("\n")]


@pytest.mark.parametrize("fence", [
    "```{style=x}", "```{.python style=x}", "~~~{.python pygments_style=nope}", "``` {.python}",
    "```{.python linenos=table lineanchors=evil anchorlinenos=1}", "```{.python .extra css_class=y}",
    "```{.python noclasses=x linenostart=x tabsize=x}", "```{.python encoding=xx tagsfile=t}",
    "```{python}", "```{#id}", "```{.}", "```{=}", "```{ }", "```python hl_lines=\"1 x\"",
])
def test_fence_attributes_name_only_the_language(fence: str) -> None:
    result = MarkdownRenderer().render(f"{fence}\nx = 1\n{fence[:3]}")
    assert result.code_blocks == ["x = 1"]
    assert audit(result.html).hrefs == [f"{COPY_SCHEME}0"]
    assert PLAIN not in result.html and "codehilite" in result.html
    if ".python" in fence:
        assert '<span style="color' in result.html


@pytest.mark.parametrize("text", [
    "```\n" + "[" * 3000, " ```\n" + "[" * 3000 + "\n ```", "```\n" + "[" * 3000 + "\n````",
    "```python extra\n" + "[" * 3000 + "\n```", "```\n" + "[" * 3000 + "\n```\nafter",
])
def test_what_only_looks_like_a_code_block_is_costed_as_markdown(text: str) -> None:
    assert markdown_cost(text) > BUDGET  # python-markdown parses these as Markdown, [ runs and all
    assert PLAIN in MarkdownRenderer().render(text).html


def test_a_real_code_block_is_costed_as_code() -> None:
    text = "```\n" + "[" * 3000 + "\n```\n\n"
    assert markdown_cost(text) <= BUDGET
    assert MarkdownRenderer().render(text).code_blocks == ["[" * 3000]


def test_a_shebang_does_not_add_line_numbers_to_the_copied_code() -> None:
    result = MarkdownRenderer().render("Run:\n\n    #!/usr/bin/env python\n    print(1)\n")
    assert result.code_blocks == ["#!/usr/bin/env python\nprint(1)"]


class _Odd(Exception):
    pass


@pytest.mark.parametrize("error", [TypeError("x"), KeyError("x"), RecursionError(), MemoryError(), _Odd()])
def test_any_failure_of_python_markdown_shows_the_text(error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    renderer = MarkdownRenderer()

    def fail(text: str) -> str:
        raise error

    monkeypatch.setattr(renderer._md, "convert", fail)
    out = renderer.render("Some <b>bold</b> [x](javascript:y)").html
    assert PLAIN in out and text_of(out) == "Some <b>bold</b> [x](javascript:y)"
    assert_inert(out)


def test_a_failure_after_python_markdown_shows_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(block_html: str) -> str:
        raise ValueError(block_html)

    monkeypatch.setattr(md, "_code_text", fail)
    result = MarkdownRenderer().render("Text\n\n```\n<i>code</i>\n```\n")
    assert PLAIN in result.html and "&lt;i&gt;code&lt;/i&gt;" in result.html


def test_deep_nesting_is_plain_and_shallow_nesting_renders() -> None:
    assert PLAIN in MarkdownRenderer().render("> " * 20 + "deep").html
    assert PLAIN in MarkdownRenderer().render("- " * 20 + "deep").html
    shallow = MarkdownRenderer().render("> > > quoted\n\n- a\n    - b\n        - c\n").html
    assert PLAIN not in shallow and shallow.count("<blockquote>") == 3 and shallow.count("<ul>") == 3


def test_the_view_finishes_a_long_reply_over_several_event_loop_turns(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = AnswerView(MarkdownRenderer())
    qtbot.addWidget(view)
    view.set_text(FAMILIES["normal reply"](65_536) + "\n\nENDMARK")
    assert view.markdown.pending and "ENDMARK" not in view.plain_text()
    qtbot.waitUntil(lambda: not view.markdown.pending, timeout=30_000)
    assert "ENDMARK" in view.plain_text()
