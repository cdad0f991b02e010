"""Help → Keyboard shortcuts: every key the window answers to, read from its actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Keys that belong to a widget rather than to an action of the window.
# (What it does, translated where shown; the keys, portable text shown as the platform writes them.)
WIDGET_KEYS = [
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Send the message")), "Enter"),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "New line in the message")), "Shift+Enter"),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Leave the message box")), "Tab"),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the chat chosen with Up/Down")), "Enter"),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Send an edited message")), "Ctrl+Enter"),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Cancel editing a message")), "Esc"),
]


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for each action with a shortcut, then the widgets' own keys."""
    rows = []
    for action in actions:
        keys = action.shortcut()
        if keys.isEmpty():
            continue
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        rows.append((what, keys.toString(QKeySequence.SequenceFormat.NativeText)))
    native = QKeySequence.SequenceFormat.NativeText
    return rows + [(QCoreApplication.translate("ShortcutsDialog", what),
                    QKeySequence.fromString(keys, QKeySequence.SequenceFormat.PortableText).toString(native))
                   for what, keys in WIDGET_KEYS]


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.windowTitle())
        self.table.setHorizontalHeaderLabels([self.tr("Action", "column: what a shortcut does"),
                                              self.tr("Keys", "column: the keys of a shortcut")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 520)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]
