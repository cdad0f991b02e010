"""Model output as safe HTML: Markdown with highlighted code, nothing live in it.

Model output is untrusted. Raw HTML in it is shown as text (python-markdown's
HTML processors are removed, so it is escaped), links keep an address only if
it is http(s), images never load (they become their alt text), and every code
block gets a `ponder-copy:N` link the view turns into a copy action.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from xml.etree import ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

COPY_SCHEME = "ponder-copy:"
SAFE_SCHEMES = ("http://", "https://")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CONTINUES = re.compile(r"^(\s*([-*+]|\d{1,9}[.)])\s|\s{2,}\S|\s*\|)")
_CODE_BLOCK = re.compile(r'<div class="codehilite"[^>]*>.*?</div>|<pre><code[^>]*>.*?</code></pre>', re.S)


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


class _SafeExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (markdown's API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
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


def _code_text(block_html: str) -> str:
    parser = _TextOf()
    parser.feed(block_html)
    return "".join(parser.parts).rstrip("\n")


class MarkdownRenderer:
    """Markdown to safe HTML. One instance per thread (python-markdown is stateful)."""

    def __init__(self, dark: bool = False):
        self.dark = dark
        self._md = markdown.Markdown(
            extensions=["fenced_code", "tables", "sane_lists", "codehilite", _SafeExtension()],
            extension_configs={"codehilite": {
                "noclasses": True, "guess_lang": False,
                "pygments_style": "monokai" if dark else "friendly",
            }},
            output_format="html",
        )

    def render(self, text: str, copy_offset: int = 0) -> Rendered:
        """Render text; code blocks are numbered from copy_offset for their copy links."""
        self._md.reset()
        try:
            body = self._md.convert(text)
        except (RecursionError, ValueError, IndexError) as exc:  # pathological input
            body = f'<pre>{html.escape(text)}</pre><p><i>(shown as plain text: {type(exc).__name__})</i></p>'
            return Rendered(body)
        blocks: list[str] = []

        def add_copy(match: re.Match[str]) -> str:
            block = match.group(0)
            blocks.append(_code_text(block))
            n = copy_offset + len(blocks) - 1
            # long lines wrap instead of widening the answer
            block = block.replace('<pre style="', '<pre style="white-space: pre-wrap; ', 1)
            block = block.replace("<pre><code", '<pre style="white-space: pre-wrap"><code', 1)
            return f'<p class="copy"><a href="{COPY_SCHEME}{n}">Copy code</a></p>{block}'

        return Rendered(_CODE_BLOCK.sub(add_copy, body), blocks)


class IncrementalMarkdown:
    """A growing Markdown text rendered so that each update costs only its tail.

    Text up to the last blank line outside a code fence, followed by a line
    that does not continue a list, indented block or table, is finished: it
    is rendered once and cached. Only the rest is rendered again, with an open
    code fence closed so partial code already looks like code.
    """

    def __init__(self, renderer: MarkdownRenderer):
        self.renderer = renderer
        self.text = ""
        self._done_html: list[str] = []
        self.code_blocks: list[str] = []
        self._done_upto = 0
        self._scan_pos = 0  # start of the first line not yet scanned
        self._fence: str | None = None
        self._blank_at: int | None = None  # a candidate boundary after a blank line
        self._tail_blocks: list[str] = []

    def append(self, delta: str) -> None:
        self.text += delta

    def update(self) -> tuple[list[str], str]:
        """HTML of blocks finished since the last call, and of the current tail."""
        known = len(self._done_html)
        self._advance()
        return self._done_html[known:], self._tail_html()

    def html(self) -> str:
        self._advance()
        return "".join(self._done_html) + self._tail_html()

    def _tail_html(self) -> str:
        tail = self.text[self._done_upto:]
        if self._fence is not None:
            tail += "\n" + self._fence
        rendered = self.renderer.render(tail, len(self.code_blocks))
        self._tail_blocks = rendered.code_blocks
        return rendered.html

    def all_code_blocks(self) -> list[str]:
        """Code of every block, by copy-link number, as of the last html()."""
        return self.code_blocks + self._tail_blocks

    def _advance(self) -> None:
        text = self.text
        while True:
            end = text.find("\n", self._scan_pos)
            if end < 0:
                return
            line = text[self._scan_pos:end]
            self._scan_pos = end + 1
            match = _FENCE.match(line)
            if self._fence is not None:
                if match and match.group(1)[0] == self._fence[0] and len(match.group(1)) >= len(self._fence):
                    self._fence = None
                continue
            if match:
                if self._blank_at is not None:  # a code block starts a new block
                    self._finish_block(self._blank_at)
                self._fence, self._blank_at = match.group(1), None
                continue
            if not line.strip():
                self._blank_at = self._scan_pos
                continue
            if self._blank_at is not None and not _CONTINUES.match(line):
                self._finish_block(self._blank_at)
            self._blank_at = None

    def _finish_block(self, upto: int) -> None:
        chunk = self.text[self._done_upto:upto]
        if chunk.strip():
            rendered = self.renderer.render(chunk, len(self.code_blocks))
            self._done_html.append(rendered.html)
            self.code_blocks.extend(rendered.code_blocks)
        self._done_upto = upto
