"""What the window tells the user, each in its place.

- An error stays in a banner above the message box until it is dismissed or
  replaced, so one never hides behind the next notice.
- A notice (something that went as planned, or is being taken care of) is a
  passing status-bar line.
- An offer (undo a delete, switch to a chat's model) is a banner with one
  action that goes away after a while.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

OFFER_MS = 10_000


def button_text(text: str) -> str:
    """Text shown literally on a button: '&' would otherwise mark a keyboard mnemonic."""
    return text.replace("&", "&&")


class Banner(QFrame):
    """One line (wrapped when long) with an optional action and a close button."""

    shown = Signal(str)  # each text as it is shown

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{kind}Banner")
        self.kind = kind
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.setVisible(False)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(self.tr("Dismiss"))
        close.setToolTip(close.accessibleName())
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignVCenter)
        self._callback: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.action.clicked.connect(self._act)
        self.setVisible(False)

    def show_text(self, text: str, action: str = "", callback: Callable[[], None] | None = None,
                  timeout_ms: int = 0) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self._callback = callback
        self.action.setText(button_text(action))
        self.action.setAccessibleName(action)
        self.action.setVisible(bool(action))
        self._timer.stop()
        if timeout_ms:
            self._timer.start(timeout_ms)
        self.setVisible(True)
        self.shown.emit(text)

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()  # shown, even in a window not on screen yet

    def dismiss(self) -> None:
        self._timer.stop()
        self._callback = None
        self.setVisible(False)

    def _act(self) -> None:
        callback = self._callback
        self.dismiss()
        if callback is not None:
            callback()
