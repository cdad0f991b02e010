"""Typing through an input method (Japanese, Chinese, Korean): Enter that commits a conversion
must never also send the message.

An input method composes text in a pre-edit (「にほんご」 underlined) and the user presses Enter to
commit the conversion (「日本語」). Qt normally gives that Enter to the input method only, but
some platforms and input methods (fcitx5 and IBus on some setups, Wayland's text-input, Windows
TSF with some IMEs) also deliver it to the widget, right after the commit: a chat box that sends
on Enter then sends half a sentence. The guard watches the input-method events of the editor and
swallows an Enter while a pre-edit is open or just after a pre-edit was committed.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent

COMMIT_GRACE_S = 0.15  # an Enter this soon after a commit is the commit's own key
_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)


class InputMethodGuard:
    """Tracks the editor's pre-edit; `swallows(key)` says whether an Enter belongs to the input method."""

    def __init__(self) -> None:
        self.composing = False  # a pre-edit is open
        self._committed_at = float("-inf")

    def input_method_event(self, event: QInputMethodEvent) -> None:
        """Call from the editor's inputMethodEvent, before handing it on."""
        was_composing = self.composing
        self.composing = bool(event.preeditString())
        if was_composing and not self.composing:  # the conversion was committed (or cancelled)
            self._committed_at = time.monotonic()

    def reset(self) -> None:
        """The editor lost the focus: an unfinished pre-edit is gone (never swallow Enter forever)."""
        self.composing = False
        self._committed_at = float("-inf")

    def overrides_shortcut(self, event: QKeyEvent) -> bool:
        """While composing, Esc and Enter belong to the input method, not to the window's shortcuts
        (Esc cancels the conversion; it must not stop the reply or cancel an edit)."""
        return self.composing and event.key() in _KEYS

    def swallows(self, event: QKeyEvent) -> bool:
        """Whether this key press is the input method's (Enter or Esc while composing, or the commit's Enter)."""
        if event.key() not in _KEYS:
            return False
        if self.composing:
            return True
        if event.key() == Qt.Key.Key_Escape:
            return False
        if time.monotonic() - self._committed_at < COMMIT_GRACE_S:
            self._committed_at = float("-inf")  # one Enter per commit: the next one sends
            return True
        return False
