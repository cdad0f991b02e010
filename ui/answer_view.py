"""An answer rendered as Markdown: finished blocks are appended once, only the tail is redrawn.

Each refresh does a bounded amount of rendering; what is left is rendered on
later turns of the event loop, so a long or hostile reply never freezes the window.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, QSizeF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from .fonts import css_mono_stack
from .markdown_render import COPY_SCHEME, IncrementalMarkdown, MarkdownRenderer, copy_code_label

COPIED_MS = 1500  # how long a copy control says "Copied"
_EXTRA = 4  # pixels under the document, so descenders are never cut
_GUESS_WIDTH = 400  # the width a browser says it wants before it has one
_STYLE = """
table {{ border-collapse: collapse; border-width: 1px; border-style: solid; border-color: {line}; }}
th, td {{ padding: 4px 8px; border-width: 1px; border-style: solid; border-color: {line}; }}
p.copy {{ margin-top: 6px; margin-bottom: 2px; }}
span.language {{ color: {muted}; }}
pre, code {{ font-family: {mono}; }}
"""


def copy_label() -> str:
    """What a copy button says."""
    return QCoreApplication.translate("CopyButton", "Copy", "button: copy text to the clipboard")


def copied_label() -> str:
    """What a copy button or a code block's copy link says for a moment after copying."""
    return QCoreApplication.translate("CopyButton", "Copied", "said for a moment after copying to the clipboard")


def document_style(dark: bool = False) -> str:
    """The style sheet answers are rendered with: table lines and the code header."""
    return _STYLE.format(line="#3a404b" if dark else "#c9ced6", muted="#9aa1ad" if dark else "#6b7280",
                         mono=css_mono_stack())  # Japanese in code in a Japanese monospaced font


class CopyButton(QToolButton):
    """Copies what `source()` returns and says "Copied" for COPIED_MS."""

    def __init__(self, source: Callable[[], str], accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._source = source
        self.setText(copy_label())
        self.setAccessibleName(accessible_name)
        self._timer: QTimer | None = None
        self.clicked.connect(self.copy)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._source())
        self.setText(copied_label())
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(lambda: self.setText(copy_label()))
        self._timer.start(COPIED_MS)


class AutoHeightBrowser(QTextBrowser):
    """A browser exactly as tall as its document at its width: the chat view scrolls, not each text.

    Long words and URLs wrap anywhere rather than widen the view.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._on_document_resized)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._last_height = -1

    def _on_document_resized(self, size: QSizeF) -> None:
        height = math.ceil(size.height())
        if height != self._last_height:
            self._last_height = height
            self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's API)
        document = self.document()
        if width == _GUESS_WIDTH and document.textWidth() <= 0:
            return self.fontMetrics().lineSpacing()  # a layout's first question, before any width is known
        if document.textWidth() != width:
            document.setTextWidth(width)
        return math.ceil(document.size().height()) + _EXTRA

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's API)
        # the width it is laid out at: layouts ask the height for it, and nothing is laid out again
        width = int(self.document().textWidth())
        return QSize(width if width > 0 else _GUESS_WIDTH, math.ceil(self.document().size().height()) + _EXTRA)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's API)
        return QSize(60, 0)


class PlainTextView(AutoHeightBrowser):
    """Plain text, selectable, wrapped anywhere: a user's message."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setPlainText(text)

    def text(self) -> str:
        return self.toPlainText()


class AnswerView(QWidget):
    """Markdown answer; emits link_requested(url) for http(s) links.

    A code block's "Copy code" link copies the block and says "Copied" for COPIED_MS.
    """

    link_requested = Signal(QUrl)

    def __init__(self, renderer: MarkdownRenderer, parent: QWidget | None = None):
        super().__init__(parent)
        self.markdown = IncrementalMarkdown(renderer)
        self._more_queued = False
        self.done = AutoHeightBrowser()
        self.tail = AutoHeightBrowser()
        style = document_style(renderer.dark)
        for browser in (self.done, self.tail):
            browser.document().setDefaultStyleSheet(style)
            browser.anchorClicked.connect(self._on_anchor)
        self.done.setAccessibleName(self.tr("Answer", "accessible name of a reply's text"))
        self.tail.setAccessibleName(self.tr("Answer, still being written"))
        self.done.setVisible(False)
        self.tail.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.done)
        layout.addWidget(self.tail)
        self._copied: dict[str, QTimer] = {}

    @property
    def text(self) -> str:
        return self.markdown.text

    def append(self, text: str) -> None:
        """Queue text; call refresh() to show it (the view batches refreshes)."""
        self.markdown.append(text)

    def refresh(self) -> None:
        finished, tail_html = self.markdown.update()
        if finished:
            document = self.done.document()
            cursor = QTextCursor(document)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            for block in finished:
                if cursor.block().length() > 1 and not block.startswith("<table"):
                    cursor.insertBlock()  # its own block, not glued to the last one (a table is a frame anyway)
                cursor.insertHtml(block)
            self.done.setVisible(not document.isEmpty())
        self.tail.setHtml(tail_html)
        self.tail.setVisible(bool(tail_html.strip()))  # nothing left to write: no blank line at the end
        if self.markdown.pending and not self._more_queued:
            self._more_queued = True
            QTimer.singleShot(0, self, self._refresh_more)

    def _refresh_more(self) -> None:
        self._more_queued = False
        self.refresh()

    def set_text(self, text: str) -> None:
        markdown = IncrementalMarkdown(self.markdown.renderer)
        markdown.append(text)
        self.show_markdown(markdown)

    def show_markdown(self, markdown: IncrementalMarkdown) -> None:
        """Show a text whose rendering may have begun elsewhere (update() called, nothing shown yet).

        What is rendered already is parsed in one go; the rest comes as refresh() does it.
        """
        self.markdown = markdown
        if not markdown.started:
            markdown.update()
        blocks, tail_html = markdown.rendered()
        self.done.setHtml("".join(blocks))
        self.done.setVisible(bool(blocks))
        self.tail.setHtml(tail_html)
        self.tail.setVisible(bool(tail_html.strip()))
        if markdown.pending and not self._more_queued:
            self._more_queued = True
            QTimer.singleShot(0, self, self._refresh_more)

    def plain_text(self) -> str:
        return self.done.toPlainText() + self.tail.toPlainText()

    def copy_code(self, index: int) -> bool:
        """Copy code block `index` and say "Copied" on its link; False if there is no such block."""
        blocks = self.markdown.all_code_blocks()
        if not 0 <= index < len(blocks):
            return False
        QGuiApplication.clipboard().setText(blocks[index])
        href = f"{COPY_SCHEME}{index}"
        self._relabel(href, copied_label())
        timer = self._copied.get(href)
        if timer is None:
            timer = self._copied[href] = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(COPIED_MS)
            timer.timeout.connect(lambda: self._relabel(href, copy_code_label()))
        timer.start()
        return True

    def link_text(self, index: int) -> str:
        """What code block `index`'s copy link says now ("" if it is not shown)."""
        href = f"{COPY_SCHEME}{index}"
        for document in (self.done.document(), self.tail.document()):
            for start, end in _anchor_spans(document, href):
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                return cursor.selectedText()
        return ""

    def _relabel(self, href: str, label: str) -> None:
        for document in (self.done.document(), self.tail.document()):
            for start, end in reversed(_anchor_spans(document, href)):
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(label, cursor.charFormat())

    def _on_anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(COPY_SCHEME):
            number = target[len(COPY_SCHEME):]
            self.copy_code(int(number) if number.isdigit() else -1)
        elif url.scheme() in ("http", "https"):
            self.link_requested.emit(url)


def _anchor_spans(document: QTextDocument, href: str) -> list[tuple[int, int]]:
    """Document positions of the text linked to href."""
    spans: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().anchorHref() == href:
                start, end = fragment.position(), fragment.position() + fragment.length()
                if spans and spans[-1][1] == start:
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((start, end))
            it += 1
        block = block.next()
    return spans
