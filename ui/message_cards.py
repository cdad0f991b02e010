"""The cards of a conversation: a user's message (edited in place) and a reply, with their actions.

Every action is a keyboard-reachable button with an accessible name. Cards
only say what the user asked for (signals); the chat view and the app decide.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QRect,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QHideEvent,
    QInputMethodEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.openai_wire import BudgetMethod
from engine.protocol import Event, FinishReason, ReplyState
from engine.records import COMPLETE, STREAMING, Message

from . import l10n
from .answer_view import AnswerView, CopyButton, PlainTextView
from .heavy_view import HeavyView
from .ime import InputMethodGuard
from .markdown_render import IncrementalMarkdown, MarkdownRenderer
from .reasoning_pane import ReasoningPane

DOTS_MS = 350
EDITOR_LINES = (2, 14)  # the inline editor grows between these many lines, then scrolls
_STATE_NOTES: dict[str, str] = {  # translated where shown, in the AssistantMessage context
    ReplyState.INTERRUPTED: str(QT_TRANSLATE_NOOP("AssistantMessage",
                                                  "Interrupted: the engine stopped before the reply was complete.")),
    ReplyState.CANCELLED: str(QT_TRANSLATE_NOOP("AssistantMessage", "Stopped.")),
}


def _button(text: str, accessible_name: str, tip: str = "") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setAccessibleName(accessible_name)
    button.setToolTip(tip or accessible_name)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


def _localized(value: Any) -> str:
    """Engine text kept in a reply's stats (a summary, an error), in the interface's language."""
    return l10n.localized(value if isinstance(value, str) else str(value))  # str() would drop a Text's template


def _row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    if stretch_first:
        row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    if not stretch_first:
        row.addStretch(1)
    return row


class WaitingDots(QLabel):
    """Three dots that pulse while a reply has produced nothing yet."""

    FRAMES = ("●  ·  ·", "·  ●  ·", "·  ·  ●")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.FRAMES[0], parent)
        self.setObjectName("waitingDots")
        self.setAccessibleName(self.tr("Waiting for the first token"))
        self.setToolTip(self.accessibleName())
        self._frame = 0
        self._timer = QTimer(self)
        self._timer.setInterval(DOTS_MS)
        self._timer.timeout.connect(self._next)

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    def _next(self) -> None:
        self._frame = (self._frame + 1) % len(self.FRAMES)
        self.setText(self.FRAMES[self._frame])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's API)
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's API)
        super().hideEvent(event)
        self._timer.stop()


class VersionNavigator(QWidget):
    """‹ 2/3 ›: which of a reply's regenerated versions is shown; chosen(index) asks for another."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.previous = _button("‹", self.tr("Previous version"))
        self.next = _button("›", self.tr("Next version"))
        self.label = QLabel()
        self.label.setObjectName("versionLabel")
        self._index, self._count = 0, 1
        self.previous.clicked.connect(lambda: self.chosen.emit(self._index - 1))
        self.next.clicked.connect(lambda: self.chosen.emit(self._index + 1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.previous, self.label, self.next):
            layout.addWidget(widget)

    def set_version(self, index: int, count: int) -> None:
        self._index, self._count = index, count
        shown, total = l10n.number(index + 1), l10n.number(count)
        self.label.setText(self.tr("{shown}/{total}", "the version of a reply shown, of how many").format(
            shown=shown, total=total))
        self.label.setAccessibleName(self.tr("Version {shown} of {total}").format(shown=shown, total=total))
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < count - 1)
        self.setVisible(count > 1)


class InlineEditor(QPlainTextEdit):
    """A message being edited: grows with its text; Ctrl+Enter submits, Esc cancels."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inlineEditor")
        self.setAccessibleName(self.tr("Edit your message"))
        self.setTabChangesFocus(True)
        self.setPlainText(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit)
        self._fit()
        self.input_method = InputMethodGuard()  # Esc or Enter during a conversion are the input method's

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt's API)
        self.input_method.input_method_event(event)
        super().inputMethodEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's API)
        self.input_method.reset()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                self._ours(event) or self.input_method.overrides_shortcut(event)):
            event.accept()  # Esc and Ctrl+Enter are the editor's here, not the window's shortcuts
            return True
        return super().event(event)

    @staticmethod
    def _ours(event: QKeyEvent) -> bool:
        return event.key() == Qt.Key.Key_Escape or (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's API)
        key = event.key()
        if self.input_method.swallows(event):
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        width = max(self.viewport().width() - 8, 40)
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        text = self.toPlainText() or " "
        lines = max(metrics.boundingRect(QRect(0, 0, width, 1 << 20), int(flags), text).height()
                    // max(metrics.lineSpacing(), 1), 1)
        low, high = EDITOR_LINES
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        height = min(max(lines, low), high) * metrics.lineSpacing() + 2 * int(self.document().documentMargin()) \
            + margins + 4
        if height != self.height():
            self.setFixedHeight(height)


class UserMessage(QFrame):
    """A user's message; Edit turns it into an inline editor (Send with Ctrl+Enter, Cancel with Esc)."""

    edit_submitted = Signal(int, str)
    delete_requested = Signal(int)

    def __init__(self, message: Message, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("userMessage")
        self.message = message
        self.label = PlainTextView(message.content)
        self.label.setAccessibleName(self.tr("Your message"))
        self.copy_button = CopyButton(lambda: self.message.content, self.tr("Copy this message"))
        self.edit_button = _button(self.tr("Edit", "button: edit a message"), self.tr("Edit and resend this message"))
        self.delete_button = _button(self.tr("Delete", "button: delete a message"), self.tr("Delete this message"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.message.id))
        self.action_bar = QWidget()
        self.action_bar.setLayout(_row(self.copy_button, self.edit_button, self.delete_button, stretch_first=True))
        self.editor: InlineEditor | None = None
        self._edit_box: QWidget | None = None
        self._send_button: QToolButton | None = None
        self._actions_enabled = True
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 6)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.label)
        self._layout.addWidget(self.action_bar)

    @property
    def editing(self) -> bool:
        return self.editor is not None

    def set_actions_enabled(self, enabled: bool) -> None:
        """Edit and Delete (Copy always works); an open editor keeps its text but cannot send meanwhile."""
        self._actions_enabled = enabled
        for button in (self.edit_button, self.delete_button, self._send_button):
            if button is not None:
                button.setEnabled(enabled)

    def edit(self) -> None:
        """Show the inline editor with the message's text, focused."""
        if self.editor is not None:
            self.editor.setFocus()
            return
        self.editor = InlineEditor(self.message.content)
        self.editor.submitted.connect(self.submit)
        self.editor.cancelled.connect(self.cancel)
        send = _button(self.tr("Send", "button: send a message"), self.tr("Send the edited message"),
                       self.tr("Send (Ctrl+Enter); later turns are replaced"))
        send.setObjectName("editSendButton")
        cancel = _button(self.tr("Cancel", "button: cancel editing"), self.tr("Cancel editing"),
                         self.tr("Cancel (Esc)"))
        send.clicked.connect(self.submit)
        send.setEnabled(self._actions_enabled)
        self._send_button = send
        cancel.clicked.connect(self.cancel)
        self._edit_box = QWidget()
        box = QVBoxLayout(self._edit_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.editor)
        box.addLayout(_row(cancel, send, stretch_first=True))
        self.label.hide()
        self.action_bar.hide()
        self._layout.insertWidget(0, self._edit_box)
        self.editor.setFocus()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def submit(self) -> None:
        """Send the edited text (nothing happens while it is blank)."""
        if self.editor is None or not self._actions_enabled:
            return  # (while a reply runs: the text stays in the editor, nothing looks sent)
        text = self.editor.toPlainText()
        if not text.strip():
            return
        self._close_editor()
        self.message = dataclasses.replace(self.message, content=text)
        self.label.setPlainText(text)
        self.edit_submitted.emit(self.message.id, text)

    def cancel(self) -> None:
        self._close_editor()

    def _close_editor(self) -> None:
        if self._edit_box is not None:
            self._edit_box.hide()
            self._edit_box.deleteLater()
        self.editor, self._edit_box, self._send_button = None, None, None
        self.label.show()
        self.action_bar.show()
        self.edit_button.setFocus()


BUDGET_LABELS = {str(m): m.label for m in BudgetMethod if m is not BudgetMethod.NONE}


class AssistantMessage(QFrame):
    """A reply: reasoning pane, answer, stats, and actions (versions, Copy, Regenerate, Delete)."""

    link_requested = Signal(QUrl)
    delete_requested = Signal(int)
    regenerate_requested = Signal()
    version_requested = Signal(int, int)  # message id, version index

    def __init__(self, message: Message, renderer: MarkdownRenderer, keep_open: bool = False,
                 parent: QWidget | None = None, markdown: IncrementalMarkdown | None = None):
        """markdown: the answer's text, its rendering perhaps begun already (the chat view prepares it)."""
        super().__init__(parent)
        self.setObjectName("assistantMessage")
        self.message = message
        self.keep_open = keep_open
        self.reasoning: ReasoningPane | None = None
        self.heavy: HeavyView | None = None  # heavy mode: the candidates and the judge
        self._usable = 0  # heavy mode: candidates that will be judged, so far
        self._cut_short = False
        self._last = False
        self._actions_enabled = True
        self.waiting = WaitingDots()
        self.answer = AnswerView(renderer)
        self.answer.link_requested.connect(self.link_requested)
        self.footer = QLabel()
        self.footer.setObjectName("replyFooter")
        self.footer.setWordWrap(True)
        self.versions: VersionNavigator | None = None  # made for a reply with several versions
        self.copy_button = CopyButton(lambda: self.answer.text, self.tr("Copy this reply"))
        self.regenerate_button = _button(self.tr("Regenerate"), self.tr("Regenerate this reply"),
                                         self.tr("Write this reply again (the current one is kept as a version)"))
        self.regenerate_button.clicked.connect(self.regenerate_requested)
        self.delete_button = _button(self.tr("Delete", "button: delete a reply"), self.tr("Delete this reply"))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.message.id))
        self.action_bar = QWidget()
        self.action_bar.setLayout(_row(self.copy_button, self.regenerate_button, self.delete_button))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 6)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.waiting)
        self._layout.addWidget(self.answer)
        self._layout.addWidget(self.footer)
        self._layout.addWidget(self.action_bar)
        self._pending_reasoning: list[str] = []
        self._pending_answer = False
        stored = message.stats.get("heavy") if isinstance(message.stats, dict) else None
        if isinstance(stored, dict):  # a heavy reply: its reasoning is the picked candidate's, in the strip
            self._show_heavy(HeavyView.from_stored(stored, self._budget))
        elif message.reasoning:
            self._ensure_reasoning().append(message.reasoning)
        if markdown is not None:
            self.answer.show_markdown(markdown)
        elif message.content:
            self.answer.set_text(message.content)
        self.waiting.setVisible(self.streaming and not message.content and not message.reasoning)
        self.footer.hide()
        if self.streaming:
            self.action_bar.hide()
        else:
            self.show_final(message)

    def set_actions_enabled(self, enabled: bool) -> None:
        """Regenerate, Delete and the versions (Copy always works)."""
        self._actions_enabled = enabled
        for button in (self.regenerate_button, self.delete_button):
            button.setEnabled(enabled)
        if self.versions is not None:
            self.versions.setEnabled(enabled)

    @property
    def streaming(self) -> bool:
        return self.message.state == STREAMING

    def set_last(self, last: bool) -> None:
        """Only the last reply of a chat offers Regenerate."""
        self._last = last
        self.regenerate_button.setVisible(last)

    def _ensure_reasoning(self) -> ReasoningPane:
        if self.reasoning is None:
            self.reasoning = ReasoningPane(self.message.budget if self.message.budget is not None else -1,
                                           expanded=self.streaming or self.keep_open)
            if self._cut_short:
                self.reasoning.mark_cut_short()
            self._layout.insertWidget(0, self.reasoning)
        return self.reasoning

    @property
    def _budget(self) -> int:
        return self.message.budget if self.message.budget is not None else -1

    def _show_heavy(self, view: HeavyView) -> None:
        self.heavy = view
        self._layout.insertWidget(0, view)

    def add_heavy(self, event: dict[str, Any], n: int) -> None:
        """Heavy mode's events: tagged deltas, a candidate's end, the judgment."""
        if self.heavy is None:
            self._show_heavy(HeavyView(n, self._budget))
        view = self.heavy
        assert view is not None
        self.waiting.hide()
        kind = event.get("event")
        if kind in (Event.REASONING, Event.ANSWER):
            reasoning = kind == Event.REASONING
            if event.get("judge"):
                (view.add_judge_reasoning if reasoning else view.add_judge_answer)(event["text"])
            else:
                (view.add_reasoning if reasoning else view.add_answer)(int(event["candidate"]), event["text"])
        elif kind == Event.CANDIDATE_DONE:
            view.finish_candidate(event)
            self._usable += bool(event.get("usable"))
            if event.get("candidate") == view.n and event.get("finish_reason") != FinishReason.CANCELLED \
                    and self._usable >= 2:
                view.start_judge()  # the judge's prompt is being read: say so before its first word
        elif kind == Event.JUDGMENT:
            view.set_judgment(event)

    def add_reasoning(self, text: str) -> None:
        if self.heavy is not None:
            return  # the chosen candidate's reasoning: already in the strip
        self._pending_reasoning.append(text)

    def add_answer(self, text: str) -> None:
        self.answer.append(text)
        self._pending_answer = True

    def mark_cut_short(self) -> None:
        """Answer now was pressed: the thought is over and its header says "cut short" at once."""
        self._cut_short = True
        if self.reasoning is not None:
            self.reasoning.mark_cut_short()

    def flush(self) -> None:
        if self._pending_reasoning:
            self.waiting.hide()
            self._ensure_reasoning().append("".join(self._pending_reasoning))
            self._pending_reasoning.clear()
        if self._pending_answer:
            self.waiting.hide()
            if self.reasoning is not None and self.reasoning.thinking:
                self.reasoning.end_thinking()  # the answer started: the thought is over
                if self.reasoning.expanded and not self.keep_open:
                    self.reasoning.set_expanded(False)  # fold it away
            self.answer.refresh()
            self._pending_answer = False
        if self.reasoning is not None:
            self.reasoning.tick()
        if self.heavy is not None:
            self.heavy.tick()

    def show_final(self, message: Message) -> None:
        self.message = message
        self.flush()
        self.waiting.hide()
        stats: dict[str, Any] = message.stats
        if self.reasoning is not None:
            self.reasoning.finish(int(stats.get("reasoning_tokens", self.reasoning.approx_tokens)),
                                  float(stats.get("thinking_s", 0.0)),
                                  bool(stats.get("budget_exhausted")))
            self.reasoning.set_expanded(self.keep_open)
        parts = []
        heavy = stats.get("heavy")
        if isinstance(heavy, dict):
            if self.heavy is None:
                self._show_heavy(HeavyView.from_stored(heavy, self._budget))
            else:
                if isinstance(heavy.get("judge"), dict):
                    self.heavy.finish_judge(heavy["judge"])
                if message.state != COMPLETE:
                    self.heavy.stop()
            judgment = heavy.get("judgment")
            if isinstance(judgment, dict) and judgment.get("summary") and self.heavy is not None:
                parts.append(self.heavy.summary())  # built from the judgment's fields, translated
        elif self.heavy is not None:  # the reply ended before any stats (failed, interrupted)
            self.heavy.stop()
        if message.state != COMPLETE:
            parts.append(self._state_note(message.state, stats))
        if stats.get("decode_tokens_per_s"):
            parts.append(self.tr("{tokens} · {rate} · first token {seconds}").format(
                tokens=l10n.tokens(int(stats.get("generated_tokens", 0))),
                rate=l10n.rate(float(stats["decode_tokens_per_s"])),
                seconds=l10n.seconds(float(stats.get("ttft_s", 0)))))
        if stats.get("server"):  # a model on a server: which one answered, and how its budget was kept
            parts.append(self.tr("answered by {server}").format(server=stats["server"]))
            method = stats.get("budget_method")
            if method in BUDGET_LABELS:
                parts.append(self.tr("budget: {method}", "how a server kept the thinking budget").format(
                    method=l10n.localized(BUDGET_LABELS[method])))
        self.footer.setText("  ·  ".join(parts))
        self.footer.setVisible(bool(parts))
        if message.versions > 1 and self.versions is None:
            self.versions = VersionNavigator()
            self.versions.setEnabled(self._actions_enabled)
            self.versions.chosen.connect(lambda index: self.version_requested.emit(self.message.id, index))
            layout = self.action_bar.layout()
            assert isinstance(layout, QHBoxLayout)
            layout.insertWidget(0, self.versions)
        if self.versions is not None:
            self.versions.set_version(message.version, message.versions)
        self.regenerate_button.setVisible(self._last)
        self.action_bar.show()

    def _state_note(self, state: str, stats: dict[str, Any]) -> str:
        """What the footer says of a reply that did not complete (the card is where a failure is told)."""
        error = _localized(stats["error"]) if stats.get("error") else ""
        if state == ReplyState.FAILED:
            return self.tr("Failed: {error}").format(error=error) if error else self.tr("Failed.")
        if state == ReplyState.INTERRUPTED and stats.get("finish_reason") == "interrupted":
            return (self.tr("Interrupted: {error}").format(error=error) if error
                    else self.tr("Interrupted: the server stopped sending."))
        note = _STATE_NOTES.get(state)
        return QCoreApplication.translate("AssistantMessage", note) if note is not None else str(state)
