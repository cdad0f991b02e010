"""The list of conversations on the left: newest first, searchable."""

from __future__ import annotations

import dataclasses
import html
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from engine.records import Conversation, SearchHit

from . import l10n

Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    MARKED = Qt.ItemDataRole.UserRole + 2  # a search hit: escaped HTML of title and snippet, matches bold


def marked(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """`text` as HTML with each span in bold; everything else escaped (chat text is untrusted)."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at or end <= start:
            continue
        out += [html.escape(text[at:start]), "<b>", html.escape(text[start:end]), "</b>"]
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def _hit_html(hit: SearchHit) -> str:
    title = marked(hit.conversation.title, hit.title_spans)
    if not hit.snippet:
        return title
    snippet = marked(" ".join(hit.snippet.split()), _collapsed_spans(hit.snippet, hit.spans))
    return f"{title}<br><span style='color: gray'>{snippet}</span>"


def _collapsed_spans(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Spans moved to the text with its runs of white space made single spaces (one line)."""
    mapping, out_pos, prev_space = [], 0, True
    for ch in text:
        mapping.append(out_pos)
        space = ch.isspace()
        if not (space and prev_space):
            out_pos += 1
        prev_space = space
    mapping.append(out_pos)
    return [(mapping[a], mapping[b]) for a, b in spans if 0 <= a < b <= len(text)]


class HitDelegate(QStyledItemDelegate):
    """Draws a search hit as its title and the matching snippet, matches in bold (plain rows as usual)."""

    LINES = 3

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(Roles.MARKED)
        if not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setHtml(text)
        doc.setTextWidth(opt.rect.width() - 8)
        painter.save()
        painter.translate(opt.rect.left() + 4, opt.rect.top() + 2)
        painter.setClipRect(0, 0, opt.rect.width() - 8, opt.rect.height() - 4)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if index.data(Roles.MARKED):
            size.setHeight(option.fontMetrics.lineSpacing() * self.LINES + 8)
        return size


class ConversationListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[Conversation] = []
        self._hits: dict[int, SearchHit] = {}  # conversation id -> what a search found in it

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    renamed = Signal(int, str)  # conversation id, new title (edited in place, F2)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole title, and when the chat last changed (locale's format)
            return self.tr("{title}\nLast changed {when}", "a chat in the list").format(
                title=item.title, when=l10n.date_time(item.updated))
        if role == Roles.ID:
            return item.id
        if role == Roles.MARKED and item.id in self._hits:
            return _hit_html(self._hits[item.id])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, str):
            return False
        title = " ".join(value.split())
        item = self._items[index.row()]
        if not title or title == item.title:
            return False
        self._items[index.row()] = dataclasses.replace(item, title=title)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.renamed.emit(item.id, title)
        return True

    def set_conversations(self, items: list[Conversation] | list[SearchHit]) -> None:
        """Chats, or a search's hits (shown with their snippets)."""
        self.beginResetModel()
        self._hits = {i.conversation.id: i for i in items if isinstance(i, SearchHit)}
        self._items = [i.conversation if isinstance(i, SearchHit) else i for i in items]
        self.endResetModel()

    def row_of(self, conversation_id: int) -> int:
        return next((i for i, c in enumerate(self._items) if c.id == conversation_id), -1)


class ConversationPanel(QWidget):
    selected = Signal(int)
    new_requested = Signal()
    rename_requested = Signal(int, str)
    delete_requested = Signal(int)
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conversationPanel")
        self.model = ConversationListModel(self)
        self._current: int | None = None  # the open chat's id
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search chats"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setAccessibleName(self.tr("New chat (Ctrl+N)"))
        self.new_button.setToolTip(self.new_button.accessibleName())
        self.new_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus where it was
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Chats"))
        self.view.setToolTip(self.tr("Enter opens the chat, F2 renames it, Delete deletes it"))
        self.view.setEditTriggers(QListView.EditTrigger.EditKeyPressed)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long titles elide
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self.new_button.clicked.connect(self.new_requested)
        self.search.textChanged.connect(self.search_changed)
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)  # Enter (or a double click)
        self.view.customContextMenuRequested.connect(self._menu)
        self.model.renamed.connect(self.rename_requested)

    def _open(self, index: QModelIndex) -> None:
        """A click, Enter or a double click (which is a click, then an activation) opens a chat once."""
        if index.isValid() and index.data(Roles.ID) != self._current:
            self._current = index.data(Roles.ID)
            self.selected.emit(self._current)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(Roles.ID) if index.isValid() else None

    def rename_current(self) -> None:
        """Rename the chosen chat in place (F2)."""
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def delete_current(self) -> None:
        conv_id = self.current_id()
        if conv_id is not None:
            self.delete_requested.emit(conv_id)

    def set_conversations(self, items: list[Conversation] | list[SearchHit], current: int | None) -> None:
        """The chats to list, and which one is open (None: a new chat not stored yet)."""
        self._current = current
        self.model.set_conversations(items)
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def set_current(self, current: int | None) -> None:
        """Which chat is open (None: a new chat not stored yet); the list stays as it is."""
        self._current = current
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        else:
            self.view.clearSelection()

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        conv_id, kept = index.data(Roles.ID), QPersistentModelIndex(index)
        menu = QMenu(self)
        rename_keys = QKeySequence(Qt.Key.Key_F2).toString(QKeySequence.SequenceFormat.NativeText)
        delete_keys = QKeySequence(Qt.Key.Key_Delete).toString(QKeySequence.SequenceFormat.NativeText)
        menu.addAction(self.tr("Rename", "menu: rename a chat") + "\t" + rename_keys,
                       lambda: kept.isValid() and self.view.edit(self.model.index(kept.row())))
        menu.addAction(self.tr("Delete", "menu: delete a chat") + "\t" + delete_keys,
                       lambda: self.delete_requested.emit(conv_id))
        menu.exec(self.view.viewport().mapToGlobal(pos))
