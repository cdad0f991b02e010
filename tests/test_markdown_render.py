"""Untrusted model output renders inert, and streaming re-renders only the tail."""

from __future__ import annotations

import random
from html.parser import HTMLParser

import pytest

from ui.markdown_render import COPY_SCHEME, IncrementalMarkdown, MarkdownRenderer

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=file:///etc/passwd>",
    "![passwd](file:///etc/passwd)",
    "![remote](https://evil.example/track.png)",
    "![ref][r]\n\n[r]: http://evil.example/pixel.gif",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click]( javascript:alert(1) )",
    "[file](file:///etc/passwd)",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[vb](vbscript:msgbox(1))",
    "[ref link][x]\n\n[x]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "<ftp://old.example/file>",
    "<mailto:someone@example.com>",
    "<a href=\"javascript:alert(1)\">a</a>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<style>body{display:none}</style>",
    "<div onclick=\"alert(1)\">click</div>",
    "<svg onload=alert(1)><circle r=10/></svg>",
    "<object data=x.swf></object><embed src=x>",
    "<form action=https://evil.example><input name=p></form>",
    "<meta http-equiv=refresh content=0;url=https://evil.example>",
    "<base href=https://evil.example/>",
    "<!-- comment --><p>raw paragraph</p>",
    "&lt;script&gt; entity-encoded &#60;img src=x&#62;",
    "[x](https://ok.example \"title\" onmouseover=alert(1))",
    "```html\n<script>alert('in code')</script>\n```",
    "```\nunclosed fence with <b>html</b>",
    "`<img src=x onerror=alert(1)>` inline code",
    "| a | b |\n|---|---|\n" + "| <img src=x> | [j](javascript:x) |\n" * 2000,
    "".join("  " * i + "- item\n" for i in range(300)),
    ">" * 500 + " deep quote",
    "x" * 100_000,
    "*" * 20_000 + "_" * 20_000,
    "[" * 5000 + "]" * 5000 + "(" * 5000,
    "<" * 10_000,
]

ALLOWED_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "div",
                "span", "a", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
                "blockquote", "hr", "br", "i"}


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.bad_attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            if name == "href":
                self.hrefs.append(value or "")
            elif name.startswith("on") or name in ("src", "srcset", "action", "formaction", "data"):
                self.bad_attrs.append((name, value or ""))
            elif name == "style" and tag not in ("div", "pre", "span"):
                self.bad_attrs.append((name, value or ""))


def audit(html_text: str) -> _Audit:
    a = _Audit()
    a.feed(html_text)
    a.close()
    return a


@pytest.mark.parametrize("text", HOSTILE, ids=[f"hostile-{i}" for i in range(len(HOSTILE))])
def test_hostile_output_renders_inert(text: str) -> None:
    assert len(HOSTILE) >= 30
    out = MarkdownRenderer().render(text).html
    a = audit(out)
    assert a.tags <= ALLOWED_TAGS, a.tags - ALLOWED_TAGS
    assert not a.bad_attrs
    for href in a.hrefs:
        assert href.startswith(("http://", "https://", COPY_SCHEME)), href
    lowered = out.lower()
    assert "<script" not in lowered and "<img" not in lowered and "javascript:" not in "".join(a.hrefs)


def test_raw_html_is_shown_as_text() -> None:
    out = MarkdownRenderer().render("Use <b>bold</b> & <script>x</script>").html
    assert "&lt;b&gt;bold&lt;/b&gt;" in out and "&lt;script&gt;" in out and "<b>" not in out


def test_safe_links_and_images_become_text() -> None:
    out = MarkdownRenderer().render("[docs](https://example.org/a?b=1) ![cat](https://x/cat.png)").html
    assert '<a href="https://example.org/a?b=1">docs</a>' in out
    assert "[image: cat]" in out and "cat.png" not in out


def test_code_is_highlighted_with_a_copy_link() -> None:
    r = MarkdownRenderer().render("Try:\n\n```python\ndef f(x):\n    return x < 2\n```\n\nand\n\n```\nplain\n```")
    assert r.code_blocks == ["def f(x):\n    return x < 2", "plain"]
    assert f'href="{COPY_SCHEME}0"' in r.html and f'href="{COPY_SCHEME}1"' in r.html
    assert "style=" in r.html  # pygments inline colours (QTextBrowser has no stylesheet classes)


def test_tables_lists_emphasis() -> None:
    out = MarkdownRenderer().render("1. one\n2. *two*\n\n| h |\n|---|\n| c |").html
    assert "<ol>" in out and "<em>two</em>" in out and "<table>" in out


SAMPLE = """# Plan

Here is **the** answer with `code` and a [link](https://example.org).

1. First step
2. Second step

   continued paragraph in the item

3. Third step

```python
for i in range(3):

    print(i)
```

| col | val |
|-----|-----|
| a   | 1   |

- bullet
- another

Final paragraph.
"""


def test_incremental_render_matches_full_render() -> None:
    renderer = MarkdownRenderer()
    full = renderer.render(SAMPLE).html
    rng = random.Random(5)
    for _ in range(20):
        inc = IncrementalMarkdown(MarkdownRenderer())
        pos = 0
        while pos < len(SAMPLE):
            step = rng.randint(1, 12)
            inc.append(SAMPLE[pos:pos + step])
            pos += step
            inc.html()
        assert _normalise(inc.html()) == _normalise(full)


def _normalise(h: str) -> str:
    return "".join(h.split())


def test_incremental_render_caches_finished_blocks() -> None:
    inc = IncrementalMarkdown(MarkdownRenderer())
    paragraph = "A sentence that is part of a long reply. " * 5 + "\n\n"
    for _ in range(50):
        inc.append(paragraph)
        inc.html()
    inc.append("The tail is still growing")
    assert len(inc.text) - inc._done_upto < len(paragraph) * 2  # only the tail is re-rendered
    assert inc.html().count("<p>") == 51


def test_open_fence_while_streaming_renders_as_code() -> None:
    inc = IncrementalMarkdown(MarkdownRenderer())
    inc.append("Code:\n\n```python\nx = '<b>'\n")
    out = inc.html()
    assert "codehilite" in out and "&lt;b&gt;" in out and "```" not in out
    assert inc.all_code_blocks() == ["x = '<b>'"]


def test_a_code_fence_closes_the_block_before_it() -> None:
    inc = IncrementalMarkdown(MarkdownRenderer())
    inc.append("Intro paragraph.\n\n```python\nx = 1\n")
    finished, tail = inc.update()
    assert len(finished) == 1 and "Intro paragraph." in finished[0]
    assert "Intro" not in tail and "codehilite" in tail


def test_code_blocks_are_headed_by_their_language() -> None:
    r = MarkdownRenderer().render("```rust\nfn main() {}\n```\n\n```\nplain\n```\n\n```{.py}\nx\n```")
    assert r.html.count('class="copy"') == 3
    headers = [part.split("</p>")[0] for part in r.html.split('<p class="copy">')[1:]]
    assert [h.split('<span class="language">')[1].split("</span>")[0] for h in headers] == ["rust", "code", "py"]
    assert all(f'href="{COPY_SCHEME}{n}"' in h for n, h in enumerate(headers))


def test_a_fence_naming_a_hostile_language_stays_text() -> None:
    out = MarkdownRenderer().render('```{.x"><b>bold</b>}\nx\n```').html
    assert "<b>" not in out and audit(out).tags <= ALLOWED_TAGS


def test_a_code_block_ends_without_a_blank_line() -> None:
    out = MarkdownRenderer().render("```python\nx = 1\n```").html
    assert "\n</code>" not in out and "1</span></code></pre>" in out


def test_an_answer_ending_on_its_closing_fence_shows_no_fence() -> None:
    for text in ("Intro.\n\n```python\nx = 1\n```", "```\ny\n```"):
        inc = IncrementalMarkdown(MarkdownRenderer())
        inc.append(text)
        assert "```" not in inc.html()
    inc = IncrementalMarkdown(MarkdownRenderer())
    inc.append("```\nstill open\n``")  # not a fence yet: shown as code
    assert "``" in inc.html() and "codehilite" in inc.html()
