"""The conversation: a lazily built column of message cards, updated in place while a reply streams.

Opening a chat costs the same at 10 or 10 000 messages: the view keeps a row
for each message it was given (its height measured, or estimated from the
text) but builds cards only for the rows on screen and a little around it,
lets far ones go, and fetches older messages page by page as the user scrolls
up, keeping what is on screen where it is. Work beyond the screen is done in
short slices on later turns of the event loop.

Deltas are buffered and drawn at most about 30 times a second; only the last
reply changes. The view follows a streaming reply unless the user scrolled away.
"""

from __future__ import annotations

import bisect
import itertools
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QLabel, QWidget

from engine.records import STREAMING, Message

from .markdown_render import IncrementalMarkdown, MarkdownRenderer
from .message_cards import AssistantMessage, UserMessage

__all__ = ["AssistantMessage", "ChatView", "FetchOlder", "UserMessage"]

FLUSH_MS = 33
MAX_COLUMN = 820  # px: a readable line length on wide windows; the column is centred
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM, SPACING = 20, 16, 16, 14
LOADER_HEIGHT = 28  # the "earlier messages" line above the oldest loaded message
PAGE = 40  # messages asked of fetch_older at a time
AHEAD = 1.0  # viewport heights of cards built beyond the screen, above and below
KEEP = 3.0  # cards further than this many viewport heights from the screen are let go
SLICE_S = 0.006  # seconds of work beyond the screen one turn of the event loop may start
RENDERED_KEPT = 200  # answers whose rendered HTML is kept after their card was let go
FOLLOW_SLACK = 8  # px from the bottom that still counts as "at the bottom"

Card = UserMessage | AssistantMessage
FetchOlder = Callable[[int, int], list[Message]]  # (before_position, limit) -> older messages, oldest first


class _Row:
    """One message of the conversation and where it goes; `card` only while it is built."""

    __slots__ = ("message", "height", "width", "top", "card", "chars", "lines")

    def __init__(self, message: Message):
        self.message = message
        self.card: Card | None = None
        self.height = 0
        self.width = 0  # the column width the height is for; 0: not known
        self.top = 0
        self.chars = len(message.content)
        self.lines = message.content.count("\n")

    def estimate(self, width: int) -> int:
        """A cheap guess of the card's height, replaced by the real one once it is built."""
        per_line = max(width - 40, 100) // 8
        lines = self.lines + 1 + self.chars // per_line
        if self.message.role == "user":
            return 58 + 20 * lines
        return 92 + 19 * lines + (34 if self.message.reasoning else 0)


def _pages_of(messages: list[Message]) -> FetchOlder:
    """fetch_older over a list of messages in order."""
    def fetch_older(before: int, limit: int) -> list[Message]:
        end = bisect.bisect_left(messages, before, key=lambda m: m.position)
        return messages[max(end - limit, 0):end]
    return fetch_older


class ChatView(QAbstractScrollArea):
    """The conversation; messages() are the cards built now (the ones on and near the screen)."""

    edit_submitted = Signal(int, str)  # message id, new text: resend from there
    delete_requested = Signal(int)  # message id
    regenerate_requested = Signal()  # the last reply, again
    version_requested = Signal(int, int)  # reply id, index of the version to show
    link_requested = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setObjectName("chatContent")
        self.viewport().setAutoFillBackground(True)
        self.verticalScrollBar().setSingleStep(40)
        self.renderer = MarkdownRenderer()
        self.keep_reasoning_open = False
        self.placeholder = QLabel(self.tr("Type a message below to start."), self.viewport())
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.loader = QLabel(self.tr("Loading earlier messages…"), self.viewport())
        self.loader.setObjectName("placeholder")
        self.loader.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loader.hide()
        self.current: AssistantMessage | None = None
        self._busy = False
        self._rows: list[_Row] = []
        self._built: set[_Row] = set()  # rows with a card
        self._rendered: OrderedDict[_Row, IncrementalMarkdown] = OrderedDict()  # answers rendered ahead
        self._fetch_older: FetchOlder | None = None
        self._total: int | None = None
        self._has_older = False
        self._width = 0
        self._dirty = 0  # rows from this index on need placing again
        self._follow = True
        self._anchor: tuple[_Row, int] | None = None  # the row at the top of the screen, and how far into it
        self._adjusting = False
        self._laying_out = self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self._flush)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._on_idle)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # -- what the app uses -----------------------------------------------------
    def set_dark(self, dark: bool) -> None:
        self.renderer = MarkdownRenderer(dark=dark)

    def set_placeholder(self, text: str) -> None:
        """What an empty chat says."""
        self.placeholder.setText(text)

    @property
    def has_older(self) -> bool:
        """Whether older messages exist that were not fetched yet."""
        return self._has_older

    def busy(self) -> bool:
        """Whether work is left for later turns of the event loop (building cards, fetching)."""
        return self._idle.isActive()

    def messages(self) -> list[QWidget]:
        return [row.card for row in self._rows if row.card is not None]

    def message_count(self) -> int:
        """Messages the view holds (fetched), built or not."""
        return len(self._rows)

    def clear(self) -> None:
        self._timer.stop()
        self._idle.stop()
        self.current = None
        for row in list(self._built):
            self._release(row)
        self._rows = []
        self._rendered.clear()
        self._fetch_older, self._has_older, self._total = None, False, None
        self._anchor, self._follow = None, True
        self._dirty = 0
        self._relayout()

    def show_conversation(self, tail: list[Message], total: int | None = None,
                          fetch_older: FetchOlder | None = None) -> None:
        """Show a chat from its newest messages (oldest first), at the bottom.

        total is how many messages the chat has; fetch_older(before_position,
        limit) returns up to limit messages before that position, oldest
        first, and is called as the user scrolls up (it reports its own
        failures: one that raises ends the paging). Without it, tail is the
        whole chat, paged the same way.
        """
        self.clear()
        if fetch_older is None and len(tail) > PAGE:  # a whole chat: kept as it is, paged the same way
            whole, tail = tail, tail[-PAGE:]
            fetch_older, total = _pages_of(whole), len(whole)
        self._rows = [_Row(m) for m in tail]
        self._fetch_older, self._total = fetch_older, total
        self._has_older = bool(tail) and fetch_older is not None and (total is None or total > len(tail))
        self._dirty = 0
        for row in self._rows:
            if row.message.state == STREAMING and row.message.role == "assistant":
                card = self._build(row)
                assert isinstance(card, AssistantMessage)
                self.current = card
                self._timer.start()
        self._relayout()

    def add_message(self, message: Message) -> QWidget:
        """Append a message (the user's, or a reply starting) and scroll to it."""
        row = _Row(message)
        self._dirty = min(self._dirty, len(self._rows))
        if self._total is not None:
            self._total += 1
        self._rows.append(row)
        card = self._build(row)
        if isinstance(card, AssistantMessage) and message.state == STREAMING:
            self.current = card
            self._timer.start()
        self._follow = True
        self._mark_last()
        self._relayout()
        return card

    def set_busy(self, busy: bool) -> None:
        """While a reply runs, the actions that would change the chat (edit, delete, regenerate,
        another version) are off: the controller could not act on them, and nothing a user does
        may look done when it is not."""
        self._busy = busy
        for row in self._built:
            if row.card is not None:
                row.card.set_actions_enabled(not busy)

    def replace_message(self, message: Message) -> QWidget | None:
        """Show another version of a message (same id, or same position): its card is built again."""
        row = next((r for r in self._rows if r.message.id == message.id), None) \
            or next((r for r in self._rows if r.message.position == message.position), None)
        if row is None:
            return None
        self._release(row)
        self._rendered.pop(row, None)
        row.message, row.width = message, 0
        row.chars, row.lines = len(message.content), message.content.count("\n")
        card = self._build(row)
        if isinstance(card, AssistantMessage) and message.state == STREAMING:
            self.current = card  # a regenerated reply streams into its new card
            self._timer.start()
            self._follow = True
        self._relayout()
        return card

    def remove_message(self, message_id: int) -> None:
        """Take a message out of the view (the app deleted it)."""
        for index, row in enumerate(self._rows):
            if row.message.id == message_id:
                if self._anchor is not None and self._anchor[0] is row:
                    following = self._rows[index + 1] if index + 1 < len(self._rows) else None
                    self._anchor = (following, 0) if following is not None else None
                self._release(row)
                self._rendered.pop(row, None)
                del self._rows[index]
                if self._total is not None:
                    self._total -= 1
                self._dirty = min(self._dirty, index)
                self._mark_last()
                self._relayout()
                return

    def scroll_to_bottom(self) -> None:
        self._follow = True
        self._relayout()

    def add_reasoning(self, text: str) -> None:
        if self.current is not None:
            self.current.add_reasoning(text)

    def add_answer(self, text: str) -> None:
        if self.current is not None:
            self.current.add_answer(text)

    def add_heavy(self, event: dict[str, Any], n: int) -> None:
        """Heavy mode: a candidate's or the judge's delta, a candidate's end, or the judgment."""
        if self.current is not None:
            self.current.add_heavy(event, n)
            self._relayout()

    def mark_cut_short(self) -> None:
        """The user pressed Answer now: the streaming reply's thought says "cut short" at once."""
        if self.current is not None:
            self.current.mark_cut_short()

    def finish_reply(self, message: Message) -> None:
        self._timer.stop()
        if self.current is not None and self.current.message.id == message.id:
            self.current.show_final(message)
        for row in reversed(self._rows):
            if row.message.id == message.id:
                row.message = message
                break
        self.current = None
        self._mark_last()

    # -- cards -----------------------------------------------------------------
    def _build(self, row: _Row) -> Card:
        if row.card is not None:
            return row.card
        message = row.message
        card: Card
        if message.role == "user":
            card = UserMessage(message, self.viewport())
            card.edit_submitted.connect(self.edit_submitted)
        else:
            rendered = self._rendered.pop(row, None) if message.state != STREAMING else None
            card = AssistantMessage(message, self.renderer, self.keep_reasoning_open, self.viewport(), rendered)
            card.link_requested.connect(self.link_requested)
            card.regenerate_requested.connect(self.regenerate_requested)
            card.version_requested.connect(self.version_requested)
            card.set_last(bool(self._rows) and row is self._rows[-1])
        card.delete_requested.connect(self.delete_requested)
        card.set_actions_enabled(not self._busy)
        row.card = card
        self._built.add(row)
        self._measure(row)
        width = self._column_width()  # its final width before it shows: its text is laid out once
        card.setGeometry((self.viewport().width() - width) // 2, row.top - self.verticalScrollBar().value(),
                         width, row.height)
        card.show()
        return card

    def _release(self, row: _Row) -> None:
        card = row.card
        if card is None:
            return
        if card is self.current:
            self._timer.stop()
            self.current = None
        elif isinstance(card, AssistantMessage) and not card.streaming and not card.answer.markdown.pending:
            self._keep_rendered(row, card.answer.markdown)  # built again later without rendering again
        card.hide()
        card.deleteLater()
        row.card = None
        self._built.discard(row)

    def _keep_rendered(self, row: _Row, markdown: IncrementalMarkdown) -> None:
        self._rendered[row] = markdown
        self._rendered.move_to_end(row)
        while len(self._rendered) > RENDERED_KEPT:
            self._rendered.popitem(last=False)

    def _render_ahead(self, row: _Row) -> None:
        """Render an answer before its card is built (one bounded update; the card does the rest)."""
        markdown = IncrementalMarkdown(self.renderer)
        markdown.append(row.message.content)
        markdown.update()
        self._keep_rendered(row, markdown)

    def _pinned(self, row: _Row) -> bool:
        card = row.card
        return card is self.current or (isinstance(card, UserMessage) and card.editing) \
            or (card is not None and card.isAncestorOf(self.focusWidget() or self))

    def _measure(self, row: _Row) -> bool:
        """Height of the row's card at the column width; True if it changed."""
        assert row.card is not None
        width = self._column_width()
        height = row.card.heightForWidth(width)
        if height < 0:
            height = row.card.sizeHint().height()
        changed = height != row.height or row.width != width
        if changed:
            self._dirty = min(self._dirty, self._index_of(row))
        row.height, row.width = height, width
        return changed

    def _index_of(self, row: _Row) -> int:
        """The row's index, found by its top (0 when the tops are not current: all are placed again)."""
        index = bisect.bisect_left(self._rows, row.top, key=lambda r: r.top)
        while index < len(self._rows) and self._rows[index].top == row.top:
            if self._rows[index] is row:
                return index
            index += 1
        return 0

    def _mark_last(self) -> None:
        for row in self._built:
            if isinstance(row.card, AssistantMessage):
                row.card.set_last(row is self._rows[-1])

    # -- geometry --------------------------------------------------------------
    def _column_width(self) -> int:
        return max(min(MAX_COLUMN, self.viewport().width() - 2 * MARGIN_X), 160)

    def _content_top(self) -> int:
        return MARGIN_TOP + (LOADER_HEIGHT if self._has_older else 0)

    def _update_tops(self) -> int:
        """Place the rows one under the other; returns the content height."""
        width = self._column_width()
        if width != self._width:  # a new width: built cards are measured again, others guessed
            self._width = width
            for row in self._built:
                self._measure(row)
            self._dirty = 0
        rows, start = self._rows, self._dirty
        if start < len(rows):
            before = rows[start - 1] if start else None
            y = before.top + before.height + SPACING if before is not None else self._content_top()
            for row in itertools.islice(rows, start, None):
                if row.width != width:
                    row.height, row.width = row.estimate(width), width
                row.top = y
                y += row.height + SPACING
        self._dirty = len(rows)
        if not rows:
            return self._content_top() + MARGIN_BOTTOM
        return rows[-1].top + rows[-1].height + MARGIN_BOTTOM

    def _row_at(self, y: int) -> int:
        """Index of the row at content height y (the nearest one above it)."""
        return max(bisect.bisect_right(self._rows, y, key=lambda r: r.top) - 1, 0)

    def _visible(self, low: int, high: int) -> range:
        if not self._rows:
            return range(0)
        return range(self._row_at(low), self._row_at(high) + 1)

    def _relayout(self) -> None:
        """Lay the rows out, keep the anchored row where it is (or follow the bottom), build what shows.

        Showing or hiding the scroll bar resizes the viewport, which asks again: that is done after.
        """
        if self._laying_out:
            self._again = True
            return
        self._laying_out = True
        try:
            for _ in range(3):  # a scroll bar that comes and goes with the width it takes settles here
                self._again = False
                self._lay_out()
                if not self._again:
                    break
        finally:
            self._laying_out = False

    def _lay_out(self) -> None:
        bar = self.verticalScrollBar()
        view = max(self.viewport().height(), 1)
        for _ in range(6):  # built cards can turn out taller or shorter than guessed: settle
            height = self._update_tops()
            top = max(height - view, 0)
            if self._follow or self._anchor is None:
                value = top if self._follow else 0
            else:
                row, offset = self._anchor
                value = min(max(row.top + offset, 0), top)
            self._adjusting = True
            bar.setRange(0, top)
            bar.setPageStep(view)
            bar.setValue(value)
            self._adjusting = False
            changed = False
            for index in self._visible(value, value + view):
                row = self._rows[index]
                if row.card is None:
                    self._build(row)
                    changed = True
            if not changed:
                break
        self._remember_anchor()
        self._place()
        self._let_go_far()
        self._update_placeholder()
        if self._work_left():
            self._idle.start()

    def _place(self) -> None:
        value = self.verticalScrollBar().value()
        width = self._column_width()
        x = (self.viewport().width() - width) // 2
        for row in self._built:
            if row.card is not None:
                row.card.setGeometry(x, row.top - value, width, row.height)
        if self._has_older:
            self.loader.setGeometry(x, MARGIN_TOP - value, width, LOADER_HEIGHT)
        self.loader.setVisible(self._has_older)

    def _update_placeholder(self) -> None:
        empty = not self._rows
        self.placeholder.setVisible(empty)
        if empty:
            self.placeholder.setGeometry(self.viewport().rect().adjusted(MARGIN_X, 0, -MARGIN_X, 0))

    def _remember_anchor(self) -> None:
        if not self._rows:
            self._anchor = None
            return
        value = self.verticalScrollBar().value()
        row = self._rows[self._row_at(value)]
        self._anchor = (row, value - row.top)

    def _let_go_far(self) -> None:
        value, view = self.verticalScrollBar().value(), max(self.viewport().height(), 1)
        low, high = value - KEEP * view, value + view + KEEP * view
        for row in list(self._built):
            if (row.top + row.height < low or row.top > high) and not self._pinned(row):
                self._release(row)

    # -- work on later turns of the event loop ---------------------------------------
    def _wanted(self) -> list[_Row]:
        """Rows without a card within AHEAD screens of the view, nearest first."""
        if not self._rows:
            return []
        value, view = self.verticalScrollBar().value(), max(self.viewport().height(), 1)
        middle = value + view // 2
        rows = [self._rows[i] for i in self._visible(int(value - AHEAD * view), int(value + view + AHEAD * view))]
        return sorted((r for r in rows if r.card is None), key=lambda r: abs(r.top + r.height // 2 - middle))

    def _wants_older(self) -> bool:
        view = max(self.viewport().height(), 1)
        return self._has_older and self.verticalScrollBar().value() < 2 * view

    def _work_left(self) -> bool:
        return self._wants_older() or bool(self._wanted())

    def _on_idle(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        if self._wants_older():
            self._load_older()
        for row in self._wanted():
            if time.perf_counter() > deadline:
                break
            if row.message.role != "user" and row.message.content and row.message.state != STREAMING \
                    and row not in self._rendered:
                self._render_ahead(row)  # this turn the text, a later one the card
            else:
                self._build(row)
        self._relayout()

    def _load_older(self) -> None:
        assert self._fetch_older is not None
        oldest = self._rows[0].message.position
        self._has_older = False  # a fetch that fails is not tried again on every turn
        older = [m for m in self._fetch_older(oldest, PAGE) if m.position < oldest]
        known = len(self._rows) + len(older)
        self._has_older = len(older) >= PAGE and (self._total is None or known < self._total)
        self._dirty = 0
        if self._anchor is None and self._rows:
            self._remember_anchor()
        self._rows[:0] = [_Row(m) for m in older]

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tab reached a button of a card partly off the screen: bring it into view."""
        if new is None or not self.viewport().isAncestorOf(new):
            return
        row = next((r for r in self._built if r.card is not None and r.card.isAncestorOf(new)), None)
        if row is None or row.card is None:
            return
        bar = self.verticalScrollBar()
        top = row.top + new.mapTo(row.card, QPoint(0, 0)).y()
        bottom = top + new.height()
        view = self.viewport().height()
        if top < bar.value() or bottom > bar.value() + view:
            bar.setValue(top - 8 if top < bar.value() else bottom - view + 8)

    # -- streaming ---------------------------------------------------------------
    def _flush(self) -> None:
        if self.current is not None:
            self.current.flush()

    # -- Qt ------------------------------------------------------------------------
    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt's API)
        if self._adjusting:
            return
        bar = self.verticalScrollBar()
        self._follow = bar.value() >= bar.maximum() - FOLLOW_SLACK
        self.viewport().scroll(0, dy)
        self._remember_anchor()
        value, view = bar.value(), max(self.viewport().height(), 1)
        if any(self._rows[i].card is None for i in self._visible(value, value + view)) or self._wants_older():
            self._relayout()
        elif self._work_left():
            self._idle.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's API)
        super().resizeEvent(event)
        self._relayout()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's API)
        if event.type() == QEvent.Type.LayoutRequest:  # a card's content changed its height
            changed = [self._measure(row) for row in self._built]
            if any(changed):
                self._relayout()
            return True
        return super().viewportEvent(event)
