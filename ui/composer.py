"""Where the user writes: Enter sends, Shift+Enter breaks the line, Esc stops."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .heavy_control import HeavyControl

MIN_LINES, MAX_LINES = 2, 8


class _Editor(QPlainTextEdit):
    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


TASKS = (("No task preset", ""), ("Task: math", "math"), ("Task: code", "code"), ("Task: science", "science"))


class Composer(QWidget):
    submitted = Signal(str)
    stop_requested = Signal()
    answer_now_requested = Signal()
    task_chosen = Signal(str)  # "" (none), math, code or science

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("composer")
        self.editor = _Editor()
        self.editor.setPlaceholderText("Message Ponder…  (Shift+Enter: new line)")
        self.editor.setToolTip("Enter sends, Shift+Enter starts a new line, Tab leaves the box")
        self.editor.setAccessibleName("Message")
        self.editor.setTabChangesFocus(True)  # Tab leaves the box (a tab character is rarely wanted here)
        self.editor.textChanged.connect(self._fit)
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName("Send message")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setAccessibleName("Stop the reply (Esc)")
        self.stop_button.setToolTip("Stop the reply (Esc)")
        self.answer_now_button = QPushButton("Answer now")
        self.answer_now_button.setAccessibleName("Stop thinking and answer now")
        self.answer_now_button.setToolTip("Stop thinking and answer now (Ctrl+Shift+A)")
        buttons = QVBoxLayout()
        for b in (self.send_button, self.stop_button, self.answer_now_button):
            buttons.addWidget(b)
        buttons.addStretch()
        self.heavy = HeavyControl()
        self.task_picker = QComboBox()
        self.task_picker.setAccessibleName("Task preset")
        self.task_picker.setToolTip("The model card's instruction for this kind of task, put before your "
                                    "question (Heavy mode's judge uses its math prompt for math and science)")
        self.task_picker.activated.connect(lambda i: self.task_chosen.emit(str(self.task_picker.itemData(i))))
        options = QHBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.heavy)
        options.addWidget(self.task_picker)
        options.addStretch(1)
        typing = QHBoxLayout()
        typing.addWidget(self.editor, 1)
        typing.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.setSpacing(4)
        layout.addLayout(typing)
        layout.addLayout(options)
        self.set_tasks([], "")
        self.editor.submitted.connect(self._submit)
        self.send_button.clicked.connect(self._submit)
        self.stop_button.clicked.connect(self.stop_requested)
        self.answer_now_button.clicked.connect(self.answer_now_requested)
        self.set_busy(False)
        self._fit()

    def set_tasks(self, tasks: list[str], current: str) -> None:
        """The task presets the loaded model has (the picker is hidden when it has none)."""
        self.task_picker.clear()
        for label, task in TASKS:
            if not task or task in tasks:
                self.task_picker.addItem(label, task)
        index = self.task_picker.findData(current if current in tasks else "")
        self.task_picker.setCurrentIndex(max(index, 0))
        self.task_picker.setVisible(bool(tasks))

    def _fit(self) -> None:
        """As tall as its text, from MIN_LINES to MAX_LINES lines (then it scrolls)."""
        doc = self.editor.document()
        line = self.editor.fontMetrics().lineSpacing()
        lines = max(MIN_LINES, min(MAX_LINES, int(doc.size().height())))
        margins = self.editor.contentsMargins()
        self.editor.setFixedHeight(lines * line + int(doc.documentMargin() * 2) + margins.top()
                                   + margins.bottom() + 4)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.send_button.setVisible(not busy)
        self.stop_button.setVisible(busy)
        self.answer_now_button.setVisible(False)

    def set_thinking(self, thinking: bool) -> None:
        self.answer_now_button.setVisible(self._busy and thinking)

    def restore_text(self, text: str) -> None:
        """Put back a message that was not sent, ahead of anything typed since."""
        typed = self.editor.toPlainText()
        self.editor.setPlainText(text + ("\n" + typed if typed.strip() else ""))
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def _submit(self) -> None:
        text = self.editor.toPlainText()
        if self._busy or not text.strip():
            return
        self.editor.clear()
        self.submitted.emit(text)
