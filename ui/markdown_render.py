"""Model output as safe HTML: Markdown with highlighted code, nothing live in it, in bounded time.

Model output is untrusted. Raw HTML in it is shown as text (python-markdown's
HTML processors are removed, so it is escaped), links keep an address only if
it is http(s), images never load (they become their alt text), every code
block gets a header naming its language with a `ponder-copy:N` link the view
turns into a copy action.

python-markdown is super-linear on some inputs (runs of unclosed `[`, many
headings in one block, deep nesting...): a few KB could hold the GUI thread
for minutes. `markdown_cost` estimates, in linear time, an upper bound of
the time a text would take; a text over BUDGET, or one the renderer fails
on, is shown as plain text instead. IncrementalMarkdown renders at most
BUDGET of that estimate per update and reports the rest pending.
"""

from __future__ import annotations

import html
import math
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from xml.etree import ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.treeprocessors import Treeprocessor
from pygments.formatters.html import HtmlFormatter
from PySide6.QtCore import QCoreApplication

COPY_SCHEME = "ponder-copy:"
SAFE_SCHEMES = ("http://", "https://")
BUDGET = 20_000  # estimated µs of rendering one GUI-thread call may do (see markdown_cost)
MAX_BLOCK = 4096  # characters: a block outside code grown past this ends at the next line
SCAN_LINES = 4096  # lines IncrementalMarkdown scans for block ends per update
MAX_DEPTH = 16  # quote and list markers opening one line
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CONTINUES = re.compile(r"^(\s*([-*+]|\d{1,9}[.)])\s|\s{2,}\S|\s*\|)")
_CODE_BLOCK = re.compile(r'<div class="codehilite"[^>]*>.*?</div>|<pre><code[^>]*>.*?</code></pre>', re.S)
_SPLITS_BLOCK = re.compile(r"^ {0,3}(?:#|[-=]+[ \t]*$|(?:[-*_][ \t]*){3,}$)", re.M)  # heading, setext, rule
_NESTING = re.compile(r"^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t\n])))+", re.M)
_LIST_MARK = re.compile(r"[-+*]|\d{1,9}[.)]")
_TABLE_RULE = re.compile(r"[ \t:-]*\|[ \t|:-]*")
_BRACKET = re.compile(r"[\[\]()]")
_CODE_LANGUAGE = re.compile(r'<code class="language-([^"]*)"')


def markdown_cost(text: str) -> float:
    """Estimated µs python-markdown and Pygments take on text, an upper bound; linear time.

    Calibrated on a 2-core machine with tests/bench/bench_markdown.py. It
    stops counting once over BUDGET, so it is cheap on any length.
    """
    cost = (100 + 2.5 * len(text) + 20 * text.count("\n") + 600 * (text.count("```") + text.count("~~~"))
            + 5 * (text.count("*") + text.count("_") + text.count("\\")))
    if cost > BUDGET or _lone_fence(text) is not None:  # code is stashed before parsing: Pygments only
        return cost
    # each heading, setext underline or rule splits its block: python-markdown re-reads the rest
    cost += 0.06 * len(text) * len(_SPLITS_BLOCK.findall(text))
    if cost > BUDGET:
        return cost
    if max((_depth(m.group()) for m in _NESTING.finditer(text) if len(m.group()) > MAX_DEPTH), default=0) > MAX_DEPTH:
        return math.inf
    return cost + 0.5 * _bracket_reach(text)


def _depth(prefix: str) -> int:
    return prefix.count(">") + len(_LIST_MARK.findall(prefix))


def _bracket_reach(text: str) -> int:
    """Characters scanned by link parsing: each `[` to its `]`, each `](` to its `)`, or to the end."""
    total, brackets, parens = 0, [], []
    for match in _BRACKET.finditer(text):
        char, at = match.group(), match.start()
        if char == "[":
            brackets.append(at)
        elif char == "(":
            parens.append(at if text[at - 1:at] == "]" else -1)
        elif char == "]" and brackets:
            total += at - brackets.pop()
        elif char == ")" and parens and (start := parens.pop()) >= 0:
            total += at - start
    return total + sum(len(text) - at for at in brackets) + sum(len(text) - at for at in parens if at >= 0)


class _Neutralise(Treeprocessor):
    """Runs after the inline patterns: only http(s) links, no images."""

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    alt = child.get("alt", "")
                    span = etree.Element("span")
                    span.text = f"[image: {alt}]" if alt else "[image]"
                    span.tail = child.tail
                    parent.remove(child)
                    parent.insert(index, span)
                elif child.tag == "a":
                    href = (child.get("href") or "").strip()
                    child.attrib.clear()
                    if href.lower().startswith(SAFE_SCHEMES):
                        child.set("href", href)
                    else:
                        child.tag = "span"


class _LanguageOnlyFences(FencedBlockPreprocessor):
    """Fence attributes (```` ```{.py style=x} ````) name the language only.

    python-markdown hands every key=value to Pygments: `style=x` raised a
    TypeError, others add line-number links or change the class the copy
    links look for.
    """

    def handle_attrs(self, attrs: Iterable[tuple[str, str | None]]) -> tuple[str, list[str], dict[str, Any]]:
        return "", [value for key, value in attrs if key == "." and value][:1], {}


class _SafeExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (markdown's API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        fences = md.preprocessors["fenced_code_block"]
        md.preprocessors.register(_LanguageOnlyFences(md, fences.config), "fenced_code_block", 25)
        md.treeprocessors.register(_Neutralise(md), "ponder_neutralise", 1)


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of(html_text: str) -> str:
    """The text an HTML fragment shows (entities decoded, tags dropped)."""
    parser = _TextOf()
    parser.feed(html_text)
    parser.close()
    return "".join(parser.parts)


def _code_text(block_html: str) -> str:
    return text_of(block_html).rstrip("\n")


def copy_code_label() -> str:
    """What a code block's copy link says (until it says "Copied")."""
    return QCoreApplication.translate("CodeBlock", "Copy code")


def _copy_link(n: int, language: str = "") -> str:
    """The line above a code block: its language and the copy link."""
    name = html.escape(language or QCoreApplication.translate("CodeBlock", "code",
                                                              "header of a code block whose language is not named"))
    return (f'<p class="copy"><span class="language">{name}</span>&nbsp;&nbsp;·&nbsp;&nbsp;'
            f'<a href="{COPY_SCHEME}{n}">{html.escape(copy_code_label())}</a></p>')


class _LanguageFormatter(HtmlFormatter):
    """Pygments' HTML with the fence's language on the code tag, where the copy header finds it."""

    def __init__(self, lang_str: str = "", **options: Any) -> None:
        super().__init__(**options)
        self.lang_str = lang_str

    def _wrap_code(self, inner: Iterable[tuple[int, str]]) -> Iterable[tuple[int, str]]:
        yield 0, f'<code class="{html.escape(self.lang_str)}">' if self.lang_str else "<code>"
        yield from inner
        yield 0, "</code>"


def _lone_fence(text: str) -> str | None:
    """The code, if python-markdown reads text as one fenced code block (no attributes), else None."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4).strip("\n")  # as python-markdown does
    match = FencedBlockPreprocessor.FENCED_BLOCK_RE.match(text)
    if match is None or match.group("attrs") is not None or text[match.end():].strip():
        return None
    return match.group("code").rstrip("\n")


def _fence_language(text: str) -> str:
    match = FencedBlockPreprocessor.FENCED_BLOCK_RE.match(text.lstrip("\n"))
    return (match.group("lang") or "") if match is not None else ""


def plain(text: str, copy_offset: int = 0) -> Rendered:
    """Text as it is, escaped, in a `pre class="plain"`; one fenced code block keeps its copy link."""
    code = _lone_fence(text)
    if code is not None:
        return Rendered(f'{_copy_link(copy_offset, _fence_language(text))}<pre class="plain" style="white-space: pre-wrap"><code>'
                        f"{html.escape(code)}</code></pre>", [code])
    return Rendered('<pre class="plain" style="white-space: pre-wrap">' + html.escape(text.strip("\n")) + "</pre>")


class MarkdownRenderer:
    """Markdown to safe HTML. One instance per thread (python-markdown is stateful)."""

    def __init__(self, dark: bool = False):
        self.dark = dark
        self._md = markdown.Markdown(
            extensions=["fenced_code", "tables", "sane_lists", "codehilite", _SafeExtension()],
            extension_configs={"codehilite": {
                "noclasses": True, "guess_lang": False, "linenums": False,
                "pygments_style": "monokai" if dark else "friendly",
                "pygments_formatter": _LanguageFormatter,
            }},
            output_format="html",
        )

    def render(self, text: str, copy_offset: int = 0) -> Rendered:
        """Render text; code blocks are numbered from copy_offset for their copy links.

        Text estimated to take over BUDGET, or that python-markdown or
        Pygments fail on, is shown as plain text.
        """
        if markdown_cost(text) > BUDGET:
            return plain(text, copy_offset)
        blocks: list[str] = []

        def add_copy(match: re.Match[str]) -> str:
            block = match.group(0)
            blocks.append(_code_text(block))
            block = block.replace("\n</code></pre>", "</code></pre>", 1)  # no blank last line in the box
            block = block.replace("line-height: 125%;", "", 1)  # Qt would shade each line apart
            # long lines wrap instead of widening the answer
            block = block.replace('<pre style="', '<pre style="white-space: pre-wrap; ', 1)
            block = block.replace("<pre><code", '<pre style="white-space: pre-wrap"><code', 1)
            found = _CODE_LANGUAGE.search(block)
            language = html.unescape(found.group(1)) if found else ""
            return _copy_link(copy_offset + len(blocks) - 1, "" if language == "text" else language) + block

        try:
            self._md.reset()
            return Rendered(_CODE_BLOCK.sub(add_copy, self._md.convert(text)), blocks)
        except Exception:  # any failure on untrusted text shows the text
            return plain(text, copy_offset)


class IncrementalMarkdown:
    """A growing Markdown text rendered so that each update costs only its tail, within a budget.

    Text up to the last blank line outside a code fence, followed by a line
    that does not continue a list, indented block or table, is finished; so
    is a code fence, and a block grown past MAX_BLOCK characters ends before
    its next line. Finished blocks are rendered once and cached. Only the
    rest is rendered again, with an open code fence closed so partial code
    already looks like code. One update scans at most SCAN_LINES lines and
    renders at most BUDGET of estimated work; while work is left,
    `pending` is true, the tail is left out and the caller updates again.
    """

    def __init__(self, renderer: MarkdownRenderer):
        self.renderer = renderer
        self.text = ""
        self.pending = False
        self._done_html: list[str] = []
        self.code_blocks: list[str] = []
        self._done_upto = 0
        self._finished: deque[tuple[int, str]] = deque()  # (end, table head) of blocks not rendered yet
        self._block_start = 0  # start of the block being scanned
        self._head = ""  # the table head it repeats, if a long table was split before it
        self._scan_pos = 0  # start of the first line not yet scanned
        self._fence: str | None = None
        self._blank_at: int | None = None  # a candidate boundary after a blank line
        self._tail_blocks: list[str] = []
        self.started = False  # update() was called
        self.tail_html = ""  # the tail's HTML as of the last update ("" while pending)

    def append(self, delta: str) -> None:
        self.text += delta

    def update(self) -> tuple[list[str], str]:
        """HTML of blocks finished since the last call, and of the current tail ("" while pending)."""
        known = len(self._done_html)
        self.started = True
        scanned = not self._finished and self._advance()  # rendering what was found comes first
        spent = self._render_finished()
        if scanned and not self._finished:
            tail = self._head + self.text[self._done_upto:] + self._closing_fence()
            if not spent or spent + min(markdown_cost(tail), BUDGET) <= BUDGET:
                self.pending = False
                rendered = self.renderer.render(tail, len(self.code_blocks))
                self._tail_blocks, self.tail_html = rendered.code_blocks, rendered.html
                return self._done_html[known:], rendered.html
        self.pending, self._tail_blocks, self.tail_html = True, [], ""
        return self._done_html[known:], ""

    def rendered(self) -> tuple[list[str], str]:
        """HTML of every finished block so far, and of the tail, as of the last update."""
        return self._done_html, self.tail_html

    def html(self) -> str:
        """All of it, however many updates that takes: not for the GUI thread."""
        tail = self.update()[1]
        while self.pending:
            tail = self.update()[1]
        return "".join(self._done_html) + tail

    def all_code_blocks(self) -> list[str]:
        """Code of every block, by copy-link number, as of the last update."""
        return self.code_blocks + self._tail_blocks

    def _render_finished(self) -> float:
        spent = 0.0
        while self._finished:
            end, head = self._finished[0]
            chunk = head + self.text[self._done_upto:end]
            cost = min(markdown_cost(chunk), BUDGET)
            if spent and spent + cost > BUDGET:
                break
            rendered = self.renderer.render(chunk, len(self.code_blocks))
            self._done_html.append(rendered.html)
            self.code_blocks.extend(rendered.code_blocks)
            self._done_upto = self._finished.popleft()[0]
            spent += cost
        return spent

    def _advance(self) -> bool:
        """Find the blocks finished so far; False if SCAN_LINES ran out first."""
        text = self.text
        for _ in range(SCAN_LINES):
            end = text.find("\n", self._scan_pos)
            if end < 0:
                return True
            start, self._scan_pos = self._scan_pos, end + 1
            line = text[start:end]
            match = _FENCE.match(line)
            if self._fence is not None:
                if match and match.group(1)[0] == self._fence[0] and len(match.group(1)) >= len(self._fence):
                    self._fence = None
                    self._finish_block(self._scan_pos)  # a code block is a block of its own
                continue
            if match:  # a code block starts a new block
                self._finish_block(start)
                self._fence = match.group(1)
            elif not line.strip():
                self._blank_at = self._scan_pos
            elif self._blank_at is not None and not _CONTINUES.match(line):
                self._finish_block(start)
            elif start - self._block_start > MAX_BLOCK:  # a long block ends here; a table keeps its head
                self._finish_block(start, self._table_head(start))
            else:
                self._blank_at = None
        return text.find("\n", self._scan_pos) < 0

    def _closing_fence(self) -> str:
        """What closes an open code fence for rendering: nothing if the last, unfinished line does."""
        if self._fence is None:
            return ""
        last = self.text[self._scan_pos:]
        match = _FENCE.match(last)
        if match and match.group(1)[0] == self._fence[0] and len(match.group(1)) >= len(self._fence) \
                and not last[match.end():].strip():
            return ""
        return "\n" + self._fence

    def _finish_block(self, upto: int, head: str = "") -> None:
        if self.text[self._block_start:upto].strip():
            self._finished.append((upto, self._head))
        elif self._finished:
            self._finished[-1] = (upto, self._finished[-1][1])  # blank lines join the block before them
        self._block_start, self._blank_at, self._head = upto, None, head

    def _table_head(self, upto: int) -> str:
        """The header and rule lines if the block being scanned is a table, else ""."""
        lines = (self._head + self.text[self._block_start:upto]).split("\n", 2)
        if len(lines) == 3 and "|" in lines[0] and "-" in lines[1] and _TABLE_RULE.fullmatch(lines[1]):
            return f"{lines[0]}\n{lines[1]}\n"
        return ""
