"""Japanese typed through an input method: the Enter that commits a conversion never sends the
message (the real composer, offscreen; the input method's events as Qt delivers them)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from ui.composer import Composer
from ui.ime import COMMIT_GRACE_S


def preedit(editor, text: str) -> None:  # type: ignore[no-untyped-def]
    """The input method shows `text` underlined, not yet part of the message."""
    QApplication.sendEvent(editor, QInputMethodEvent(text, []))


def commit(editor, text: str) -> None:  # type: ignore[no-untyped-def]
    """The input method replaces its pre-edit by the converted text."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def test_the_enter_that_commits_a_conversion_does_not_send(qtbot) -> None:  # type: ignore[no-untyped-def]
    composer = Composer()
    qtbot.addWidget(composer)
    sent: list[str] = []
    composer.submitted.connect(sent.append)
    editor = composer.editor
    editor.setFocus()
    preedit(editor, "にほんご")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter while composing: the input method's
    assert sent == []
    commit(editor, "日本語")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the commit's Enter, delivered to the widget too
    assert sent == [] and editor.toPlainText() == "日本語"
    preedit(editor, "です")
    commit(editor, "です")
    assert editor.toPlainText() == "日本語です"
    time.sleep(COMMIT_GRACE_S + 0.05)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a later Enter is the user's: it sends
    assert sent == ["日本語です"]


def test_enter_without_an_input_method_sends_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    composer = Composer()
    qtbot.addWidget(composer)
    sent: list[str] = []
    composer.submitted.connect(sent.append)
    commit(composer.editor, "ok")  # a direct commit (no pre-edit was open) is just typing
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return)
    assert sent == ["ok"]


def test_shift_enter_during_a_conversion_inserts_nothing_and_sends_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    composer = Composer()
    qtbot.addWidget(composer)
    sent: list[str] = []
    composer.submitted.connect(sent.append)
    preedit(composer.editor, "とうきょう")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    commit(composer.editor, "東京")
    assert sent == [] and composer.editor.toPlainText() == "東京"


def test_esc_during_a_conversion_cancels_the_conversion_not_the_edit(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.message_cards import InlineEditor

    editor = InlineEditor("元の文")
    qtbot.addWidget(editor)
    cancelled: list[bool] = []
    editor.cancelled.connect(lambda: cancelled.append(True))
    preedit(editor, "へんしゅう")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # the input method's: the edit stays open
    assert cancelled == []
    QApplication.sendEvent(editor, QInputMethodEvent("", []))  # the conversion was cancelled
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # now it is the user's
    assert cancelled == [True]


def test_losing_the_focus_ends_a_conversion_left_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    composer = Composer()
    qtbot.addWidget(composer)
    sent: list[str] = []
    composer.submitted.connect(sent.append)
    composer.editor.setPlainText("ok")
    preedit(composer.editor, "か")  # the input method never says the pre-edit ended
    QApplication.sendEvent(composer.editor, QFocusEvent(QEvent.Type.FocusOut))
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return)  # Enter sends again: never swallowed forever
    assert sent and sent[0].startswith("ok")
