"""Where the user writes: Enter sends, Shift+Enter breaks the line, Esc stops."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .answer_language_control import AnswerLanguageControl
from .heavy_control import HeavyControl
from .ime import InputMethodGuard

MIN_LINES, MAX_LINES = 2, 8


class _Editor(QPlainTextEdit):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.input_method = InputMethodGuard()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        self.input_method.input_method_event(event)
        super().inputMethodEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.input_method.reset()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self.input_method.overrides_shortcut(event):
            event.accept()  # Esc during a conversion cancels the conversion, not the reply
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.input_method.swallows(event):  # the Enter that commits a conversion (Japanese input)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


TASKS = (  # (label, translated where shown; task)
    (str(QT_TRANSLATE_NOOP("Composer", "No task preset")), ""),
    (str(QT_TRANSLATE_NOOP("Composer", "Task: math")), "math"),
    (str(QT_TRANSLATE_NOOP("Composer", "Task: code")), "code"),
    (str(QT_TRANSLATE_NOOP("Composer", "Task: science")), "science"),
)


class Composer(QWidget):
    submitted = Signal(str)
    stop_requested = Signal()
    answer_now_requested = Signal()
    task_chosen = Signal(str)  # "" (none), math, code or science

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("composer")
        self.editor = _Editor()
        self.editor.setPlaceholderText(self.tr("Message Ponder…  (Shift+Enter: new line)"))
        self.editor.setToolTip(self.tr("Enter sends, Shift+Enter starts a new line, Tab leaves the box"))
        self.editor.setAccessibleName(self.tr("Message", "accessible name of the box where the user writes"))
        self.editor.setTabChangesFocus(True)  # Tab leaves the box (a tab character is rarely wanted here)
        self.editor.textChanged.connect(self._fit)
        self.send_button = QPushButton(self.tr("Send", "button: send the message"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(self.tr("Send message"))
        self.stop_button = QPushButton(self.tr("Stop", "button: stop the reply"))
        self.stop_button.setAccessibleName(self.tr("Stop the reply (Esc)"))
        self.stop_button.setToolTip(self.stop_button.accessibleName())
        self.answer_now_button = QPushButton(self.tr("Answer now"))
        self.answer_now_button.setAccessibleName(self.tr("Stop thinking and answer now"))
        self.answer_now_button.setToolTip(self.tr("Stop thinking and answer now (Ctrl+Shift+A)"))
        buttons = QVBoxLayout()
        for b in (self.send_button, self.stop_button, self.answer_now_button):
            buttons.addWidget(b)
        buttons.addStretch()
        self.heavy = HeavyControl()
        self.task_picker = QComboBox()
        self.task_picker.setAccessibleName(self.tr("Task preset"))
        self.task_picker.setToolTip(self.tr("The model card's instruction for this kind of task, put before your "
                                            "question (Heavy mode's judge uses its math prompt for math and science)"))
        self.task_picker.activated.connect(lambda i: self.task_chosen.emit(str(self.task_picker.itemData(i))))
        options = QHBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.heavy)
        options.addWidget(self.task_picker)
        self.answer_language = AnswerLanguageControl()
        options.addWidget(self.answer_language)
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
                self.task_picker.addItem(QCoreApplication.translate("Composer", label), task)
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
