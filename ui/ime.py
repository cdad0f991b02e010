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

    def swallows(self, event: QKeyEvent) -> bool:
        """Whether this key press is the input method's (an Enter while composing, or the commit's)."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if self.composing:
            return True
        if time.monotonic() - self._committed_at < COMMIT_GRACE_S:
            self._committed_at = float("-inf")  # one Enter per commit: the next one sends
            return True
        return False
