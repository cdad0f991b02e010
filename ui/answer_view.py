"""An answer rendered as Markdown: finished blocks are appended once, only the tail is redrawn.

Each refresh does a bounded amount of rendering; what is left is rendered on
later turns of the event loop, so a long or hostile reply never freezes the window.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from .markdown_render import COPY_SCHEME, IncrementalMarkdown, MarkdownRenderer


class _AutoHeightBrowser(QTextBrowser):
    """A browser as tall as its document: the chat view scrolls, not each answer."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def _fit(self, size) -> None:  # type: ignore[no-untyped-def]
        self.setFixedHeight(int(size.height()) + 6)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self.document().setTextWidth(self.viewport().width())

    def sizeHint(self) -> QSize:
        return QSize(400, int(self.document().size().height()) + 6)


class AnswerView(QWidget):
    """Markdown answer; emits link_requested(url) for http(s) links."""

    link_requested = Signal(QUrl)

    def __init__(self, renderer: MarkdownRenderer, parent: QWidget | None = None):
        super().__init__(parent)
        self.markdown = IncrementalMarkdown(renderer)
        self._more_queued = False
        self.done = _AutoHeightBrowser()
        self.tail = _AutoHeightBrowser()
        self.done.setAccessibleName("Answer")
        self.tail.setAccessibleName("Answer, still being written")
        self.done.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.done)
        layout.addWidget(self.tail)
        for browser in (self.done, self.tail):
            browser.anchorClicked.connect(self._on_anchor)

    @property
    def text(self) -> str:
        return self.markdown.text

    def append(self, text: str) -> None:
        """Queue text; call refresh() to show it (the view batches refreshes)."""
        self.markdown.append(text)

    def refresh(self) -> None:
        finished, tail_html = self.markdown.update()
        if finished:
            cursor = QTextCursor(self.done.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            for block in finished:
                cursor.insertHtml(block)
            self.done.setVisible(True)
        self.tail.setHtml(tail_html)
        if self.markdown.pending and not self._more_queued:
            self._more_queued = True
            QTimer.singleShot(0, self, self._refresh_more)

    def _refresh_more(self) -> None:
        self._more_queued = False
        self.refresh()

    def set_text(self, text: str) -> None:
        self.markdown = IncrementalMarkdown(self.markdown.renderer)
        self.done.clear()
        self.done.setVisible(False)
        self.markdown.append(text)
        self.refresh()

    def plain_text(self) -> str:
        return self.done.toPlainText() + self.tail.toPlainText()

    def _on_anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(COPY_SCHEME):
            blocks = self.markdown.all_code_blocks()
            index = int(target[len(COPY_SCHEME):] or -1)
            if 0 <= index < len(blocks):
                QGuiApplication.clipboard().setText(blocks[index])
        elif url.scheme() in ("http", "https"):
            self.link_requested.emit(url)
