"""Heavy mode in a reply: one foldable line per candidate, then the judge's, above the chosen answer.

The candidates stream one after another: the one being written is unfolded with
its reasoning live, and folds to its line ("Candidate 2 · 312 tokens  ✓ picked")
when it ends. Every candidate stays readable afterwards. A reopened chat
rebuilds the same view from the stored reply (`HeavyView.from_stored`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.genselect import MAX_CANDIDATE_CHARS, MAX_CANDIDATES, Candidate, Method
from engine.protocol import FinishReason

from . import l10n
from .answer_view import CopyButton, PlainTextView
from .reasoning_pane import ReasoningPane

# The English; shown translated (QCoreApplication.translate("HeavyView", …)).
PICKED = str(QT_TRANSLATE_NOOP("HeavyView", "✓ picked"))  # the judge's (or the vote's) choice
KEPT = str(QT_TRANSLATE_NOOP("HeavyView", "✓ kept"))  # the reply was stopped: the engine kept this candidate unjudged
VERDICT_CHARS = 60  # a longer verdict line is cut in the judge's status (whole in its tooltip)
_AGREE = re.compile(r"\((\d+) agree\)")  # a majority vote's count, in the engine's summary (English)
_ENDED = {FinishReason.STOP: str(QT_TRANSLATE_NOOP("HeavyView", "ended on its own")),
          FinishReason.LENGTH: str(QT_TRANSLATE_NOOP("HeavyView", "hit the length limit")),
          FinishReason.CANCELLED: str(QT_TRANSLATE_NOOP("HeavyView", "stopped")),
          FinishReason.INTERRUPTED: str(QT_TRANSLATE_NOOP("HeavyView", "interrupted"))}


# -- words said in several places, translated in one ------------------------------------------
def _starting() -> str:
    return QCoreApplication.translate("HeavyView", "starting…", "heavy mode, or one candidate, is starting")


def _stopped() -> str:
    return QCoreApplication.translate("HeavyView", "stopped", "a candidate's or the judge's state: the reply was stopped")


def _not_run() -> str:
    return QCoreApplication.translate("HeavyView", "not run", "a candidate's or the judge's state: it never ran")


def _done() -> str:
    return QCoreApplication.translate("HeavyView", "done", "a candidate's or the judge's state: it ended")


class PartState(Enum):
    """Where one candidate (or the judge) is in a heavy reply's life; it ends once, in one of the last three."""

    WAITING = "waiting"  # not started yet
    STREAMING = "streaming"  # its text is arriving
    DONE = "done"  # it ended, by any finish reason; the engine's figures are known
    STOPPED = "stopped"  # the reply was stopped while it ran (no figures came)
    NOT_RUN = "not run"  # the reply ended before it started, or it was not needed


def _muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted colour
    return label


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _method(judgment: Mapping[str, Any]) -> Method:
    try:
        return Method(str(judgment.get("method") or Method.NONE))
    except ValueError:  # a method this view does not know: shown as no judgment, the summary still says it
        return Method.NONE


def _ended(finish_reason: str) -> str:
    try:
        return QCoreApplication.translate("HeavyView", _ENDED[FinishReason(finish_reason)])
    except (ValueError, KeyError):  # a reason this view does not know: said as it came
        return finish_reason


def _problem_text(problem: str) -> str:
    """Why a candidate was not judged (genselect.Candidate.problem), in the interface's language.

    A problem that came as plain text (an event, a stored reply) is matched with the engine's own
    messages, which l10n translates; one it does not know is shown as it came.
    """
    known = next((text for text in _engine_problems() if text == problem), problem)
    return l10n.localized(known)


def _engine_problems() -> list[str]:
    """Every problem genselect.Candidate can have, as the engine says it (messages with templates)."""
    if not _ENGINE_PROBLEMS:
        _ENGINE_PROBLEMS.extend((Candidate(0, "", False).problem, Candidate(0, " ", True).problem,
                                 Candidate(0, "x" * (MAX_CANDIDATE_CHARS + 1), True).problem))
    return _ENGINE_PROBLEMS


_ENGINE_PROBLEMS: list[str] = []


def _number(value: Any) -> int | None:
    """A candidate's number as stored (None unless a positive whole number)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else None


def _int_or_none(value: Any) -> int | None:
    return int(value) if value is not None else None


def _stored_problem(candidate: Mapping[str, Any]) -> str:
    """Why a stored candidate was not judged, where the record does not say."""
    if candidate.get("problem") is not None:
        return str(candidate["problem"])
    if candidate.get("usable", True):
        return ""
    finished = candidate.get("finish_reason") == FinishReason.STOP
    answer = str(candidate.get("answer") or "").strip()
    problem = Candidate(int(candidate.get("candidate", 0)), answer, finished).problem
    return problem or "unfinished"  # it ended, yet was not usable: its reasoning never closed (shown translated)


class PartRow(QWidget):
    """One candidate, or the judge: a fold button with its size, a status, and unfolded, its texts.

    Texts are appended, never set again. The widgets that show them are made the
    first time the row unfolds, so a reopened chat's folded candidates cost little.
    """

    def __init__(self, title: str, answer_name: str, copy_name: str, budget: int = -1,
                 parent: QWidget | None = None):
        """title: "Candidate 2" or "Judge"; answer_name, copy_name: its answer's and its copy button's
        accessible names ("Candidate 2's answer", "Copy candidate 2's answer")."""
        super().__init__(parent)
        self.setObjectName("heavyPart")
        self.title = title
        self.budget = budget
        self.state = PartState.WAITING
        self.reasoning_tokens: int | None = None
        self.answer_tokens: int | None = None
        self.thinking_s = 0.0
        self._answer_name = answer_name
        self._copy_name = copy_name
        self._reasoning: list[str] = []
        self._answer: list[str] = []
        self._chars = 0
        self._user_toggled = False  # unfolded or folded by the user while it streamed: left as they chose
        self._note = ""
        self.pane: ReasoningPane | None = None
        self.answer_view: PlainTextView | None = None
        self._answer_box: QWidget | None = None
        self._note_label: QLabel | None = None
        self._body: QWidget | None = None
        self.fold = QToolButton()
        self.fold.setObjectName("heavyFold")
        self.fold.setCheckable(True)
        self.fold.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold.setArrowType(Qt.ArrowType.RightArrow)
        self.fold.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fold.setAccessibleDescription(self.tr("Shows or hides its reasoning and answer"))
        self.fold.setEnabled(False)  # nothing to show yet
        self.fold.toggled.connect(self._on_fold_toggled)
        self.fold.clicked.connect(self._on_fold_clicked)
        self.status_label = _muted(QLabel())
        self.status_label.setObjectName("heavyStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status_label.setMinimumWidth(40)  # an unbreakable word in a verdict must not widen the reply
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(self.fold, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.status_label, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(top)
        self.set_status(self.tr("waiting", "a candidate's or the judge's state: not started yet"))

    # -- what it holds -----------------------------------------------------------------
    @property
    def reasoning(self) -> str:
        return "".join(self._reasoning)

    @property
    def answer(self) -> str:
        return "".join(self._answer)

    @property
    def has_text(self) -> bool:
        return self._chars > 0

    @property
    def expanded(self) -> bool:
        return self.fold.isChecked()

    @property
    def tokens(self) -> int | None:
        """The engine's count (reasoning + answer) once it ended, else None."""
        if self.reasoning_tokens is None or self.answer_tokens is None:
            return None
        return self.reasoning_tokens + self.answer_tokens

    def title_text(self) -> str:
        return self.fold.text()

    def status(self) -> str:
        return self.status_label.text()

    def note(self) -> str:
        return self._note

    # -- its life ----------------------------------------------------------------------
    def start(self) -> None:
        """It begins: unfolded, its thought shown live as it comes."""
        if self.state is not PartState.WAITING:
            return
        self.state = PartState.STREAMING
        self.fold.setEnabled(True)
        self.set_status(_starting())
        self.set_expanded(True)

    def add_reasoning(self, text: str) -> None:
        self.start()
        self._add_reasoning(text)
        if self.state is PartState.STREAMING and not self._answer:
            self.set_status(self.tr("thinking…", "a candidate's or the judge's state"))

    def add_answer(self, text: str) -> None:
        self.start()
        if text and self.pane is not None and self.pane.thinking:
            self.pane.end_thinking()  # the thought is over: fold it, as a reply's own pane does
            if self.pane.expanded:
                self.pane.set_expanded(False)
        self._add_answer(text)
        if self.state is PartState.STREAMING and text:
            self.set_status(self.tr("answering…", "a candidate's or the judge's state"))

    def restore(self, reasoning: str, answer: str) -> None:
        """A stored part's texts (then finish() says how it ended)."""
        self._add_reasoning(reasoning)
        self._add_answer(answer)

    def tick(self) -> None:
        if self.pane is not None and self.state is PartState.STREAMING:
            self.pane.tick()

    def finish(self, reasoning_tokens: int | None, answer_tokens: int | None, thinking_s: float = 0.0) -> None:
        """It ended (by any finish reason): the engine's figures (None: not known yet); it folds away."""
        was_streaming = self.state is PartState.STREAMING
        self.state = PartState.DONE
        if reasoning_tokens is not None:
            self.reasoning_tokens = reasoning_tokens
        if answer_tokens is not None:
            self.answer_tokens = answer_tokens
        if thinking_s > 0:
            self.thinking_s = thinking_s
        self._finish_pane(fold=was_streaming)
        self.fold.setEnabled(self.has_text)
        if was_streaming and not self._user_toggled:
            self.set_expanded(False)
        self._refresh_title()

    def halt(self) -> None:
        """The reply was stopped while this part ran: what it wrote stays readable."""
        if self.state is not PartState.STREAMING:
            return
        self.state = PartState.STOPPED
        self._finish_pane(fold=True)
        self.set_status(_stopped())
        self.fold.setEnabled(self.has_text)
        if not self._user_toggled:
            self.set_expanded(False)

    def skip(self, status: str) -> None:
        """It never ran: the reply ended before it, or it was not needed."""
        if self.state is not PartState.WAITING:
            return
        self.state = PartState.NOT_RUN
        self.set_status(status)

    # -- what it shows -----------------------------------------------------------------
    def set_status(self, text: str, bold: bool = False) -> None:
        if text != self.status_label.text():
            self.status_label.setText(text)
            self.status_label.setToolTip(text)  # whole, if a long word is cut
        font = self.status_label.font()
        if font.bold() != bold:
            font.setBold(bold)
            self.status_label.setFont(font)
        role = QPalette.ColorRole.WindowText if bold else QPalette.ColorRole.PlaceholderText
        if self.status_label.foregroundRole() != role:
            self.status_label.setForegroundRole(role)
        self._refresh_title()

    def set_details(self, text: str) -> None:
        """The fold button's tooltip: figures, seed, how it ended."""
        self.fold.setToolTip(text)

    def set_note(self, text: str) -> None:
        """A line under its texts (the judge's: which solution was which candidate)."""
        self._note = text
        if self._note_label is not None:
            self._note_label.setText(text)
            self._note_label.setVisible(bool(text))

    def set_expanded(self, expanded: bool) -> None:
        self.fold.setChecked(expanded)

    def _on_fold_clicked(self) -> None:
        if self.state is PartState.STREAMING:
            self._user_toggled = True

    def _on_fold_toggled(self, expanded: bool) -> None:
        self.fold.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if expanded:
            self._ensure_body().setVisible(True)
        elif self._body is not None:
            self._body.setVisible(False)

    def _refresh_title(self) -> None:
        tokens = self.tokens
        if tokens is not None:
            size = l10n.tokens(tokens)
        elif self._chars:  # about four characters a token, as the reasoning pane says (and in its words)
            size = l10n.approx_tokens(max(self._chars // 4, 1))
        else:
            size = ""
        text = self.tr("{title} · {tokens}", "a candidate's line: its name, its size").format(
            title=self.title, tokens=size) if size else self.title
        if text != self.fold.text():
            self.fold.setText(text)
        # said to screen readers: no estimate that changes with every delta, only what ended or changed state
        status = self.status_label.text().replace("✓ ", "")
        if tokens is not None:
            name = self.tr("{title}, {tokens}, {status}", "accessible name: a candidate, its size, its state").format(
                title=self.title, tokens=l10n.tokens(tokens), status=status)
        else:
            name = self.tr("{title}, {status}", "accessible name: a candidate, its state").format(
                title=self.title, status=status)
        if name != self.fold.accessibleName():
            self.fold.setAccessibleName(name)

    # -- its widgets, made when first unfolded -------------------------------------------
    def _ensure_body(self) -> QWidget:
        if self._body is not None:
            return self._body
        self._body = QWidget()
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(18, 0, 0, 4)  # under the fold button's arrow
        layout.setSpacing(4)
        self.answer_view = PlainTextView(self.answer)
        self.answer_view.setAccessibleName(self._answer_name)
        copy = CopyButton(lambda: self.answer, self._copy_name)
        copy.setToolTip(self._copy_name)
        copy_row = QHBoxLayout()
        copy_row.setContentsMargins(0, 0, 0, 0)
        copy_row.addStretch(1)
        copy_row.addWidget(copy)
        self._answer_box = QWidget()
        box = QVBoxLayout(self._answer_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.answer_view)
        box.addLayout(copy_row)
        self._answer_box.setVisible(bool(self._answer))
        self._note_label = _muted(QLabel(self._note))
        self._note_label.setObjectName("heavyNote")
        self._note_label.setWordWrap(True)
        self._note_label.setTextFormat(Qt.TextFormat.PlainText)
        self._note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._note_label.setVisible(bool(self._note))
        layout.addWidget(self._answer_box)
        layout.addWidget(self._note_label)
        self._layout.addWidget(self._body)
        if self._reasoning:
            self._make_pane()
        return self._body

    def _make_pane(self) -> ReasoningPane:
        assert self._body is not None and self.pane is None
        live = self.state is PartState.STREAMING and not self._answer
        self.pane = ReasoningPane(self.budget, expanded=live)
        self.pane.append(self.reasoning)
        if not live:
            self.pane.end_thinking()
        self._finish_pane()
        layout = self._body.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.pane)
        return self.pane

    def _finish_pane(self, fold: bool = False) -> None:
        if self.pane is None or self.state not in (PartState.DONE, PartState.STOPPED):
            return
        tokens = self.reasoning_tokens if self.reasoning_tokens is not None else self.pane.approx_tokens
        self.pane.finish(tokens, self.thinking_s, False)
        if fold and self.pane.expanded:
            self.pane.set_expanded(False)  # an ended thought is folded, as a reply's own is

    def _add_reasoning(self, text: str) -> None:
        if not text:
            return
        self._reasoning.append(text)
        self._chars += len(text)
        if self.pane is not None:
            self.pane.append(text)
        elif self._body is not None:
            self._make_pane()
        self.fold.setEnabled(True)
        self._refresh_title()

    def _add_answer(self, text: str) -> None:
        if not text:
            return
        self._answer.append(text)
        self._chars += len(text)
        if self.answer_view is not None and self._answer_box is not None:
            cursor = QTextCursor(self.answer_view.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text)
            self._answer_box.setVisible(True)
        self.fold.setEnabled(True)
        self._refresh_title()


class HeavyView(QFrame):
    """A heavy reply's candidates and judge, above the chosen answer (which the card shows).

    Fed live (start_candidate, add_reasoning, add_answer, finish_candidate,
    start_judge, add_judge_*, set_judgment, finish_judge, stop; tick() moves
    the running thought's clock on), or rebuilt finished with from_stored():
    both end in the same look. Deltas are appended as they come (the chat view
    merges them, about 30 times a second); nothing is rendered as Markdown here.
    """

    def __init__(self, n: int, budget: int = -1, parent: QWidget | None = None):
        super().__init__(parent)
        if n < 1:
            raise ValueError(f"heavy mode needs at least one candidate, not {n}")
        self.setObjectName("heavyView")
        self.n = n
        self.budget = budget
        self._judgment: dict[str, Any] | None = None
        self._outcomes: dict[int, dict[str, Any]] = {}  # candidate_done, by candidate
        self._progress = _starting()
        # n is 2 to 8 (a damaged stored record may make it 1): the English source says the plural
        self._title = QLabel(self.tr("Heavy · %n candidates", "heavy mode's title in a reply", n))
        self._title.setObjectName("heavyTitle")
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._progress_label = _muted(QLabel())
        self._progress_label.setObjectName("heavyProgress")
        self._progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self._progress_label.setWordWrap(True)
        self._progress_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(8)
        header.addWidget(self._title, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._progress_label, 1)
        self.candidates = [PartRow(self.tr("Candidate {number}").format(number=k),
                                   self.tr("Candidate {number}'s answer").format(number=k),
                                   self.tr("Copy candidate {number}'s answer").format(number=k), budget)
                           for k in range(1, n + 1)]
        self.judge = PartRow(self.tr("Judge", "heavy mode: the model's turn that compares the candidates"),
                             self.tr("The judge's answer"), self.tr("Copy the judge's answer"), budget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(header)
        for row in (*self.candidates, self.judge):
            layout.addWidget(row)
        self._refresh_header()

    @classmethod
    def from_stored(cls, heavy: Mapping[str, Any], budget: int = -1) -> HeavyView:
        """The finished view of a stored reply's `stats["heavy"]`, as it looked when the reply ended."""
        candidates = [c for c in heavy.get("candidates") or []
                      if isinstance(c, Mapping) and _number(c.get("candidate")) is not None]
        wanted = max([_number(heavy.get("n")) or 1, *(_number(c.get("candidate")) or 1 for c in candidates)])
        view = cls(min(wanted, MAX_CANDIDATES), budget)  # a damaged record makes no thousand rows
        for candidate in candidates:
            k = _number(candidate.get("candidate"))
            if k is None or k > view.n:
                continue
            row = view._candidate(k)
            row.restore(str(candidate.get("reasoning") or ""), str(candidate.get("answer") or ""))
            view.finish_candidate({**candidate, "problem": _stored_problem(candidate)})
        judge = heavy.get("judge")
        if isinstance(judge, Mapping):
            view.judge.restore(str(judge.get("reasoning") or ""), str(judge.get("answer") or ""))
            view.finish_judge(judge)
        judgment = heavy.get("judgment")
        if isinstance(judgment, Mapping):
            view.set_judgment(judgment)
        else:
            view.stop()  # the reply ended before a judgment: it was stopped
        return view

    # -- the candidates ------------------------------------------------------------------
    def _candidate(self, k: int) -> PartRow:
        if not 1 <= k <= self.n:
            raise ValueError(f"no candidate {k} in a heavy reply of {self.n}")
        return self.candidates[k - 1]

    def start_candidate(self, k: int) -> None:
        """Candidate k begins: it unfolds (its first text starts it too)."""
        self._candidate(k).start()
        self._set_progress(self.tr("candidate {number} of {total}…").format(number=k, total=self.n))

    def add_reasoning(self, k: int, text: str) -> None:
        if self._candidate(k).state is PartState.WAITING:
            self.start_candidate(k)
        self._candidate(k).add_reasoning(text)

    def add_answer(self, k: int, text: str) -> None:
        if self._candidate(k).state is PartState.WAITING:
            self.start_candidate(k)
        self._candidate(k).add_answer(text)

    def finish_candidate(self, info: Mapping[str, Any]) -> None:
        """A `candidate_done` event: its figures, and whether it can be judged (and if not, why)."""
        k = int(info["candidate"])
        row = self._candidate(k)
        self._outcomes[k] = dict(info)
        if info.get("finish_reason") == FinishReason.CANCELLED:  # Stop ended it: what it wrote stays
            row.reasoning_tokens = int(info.get("reasoning_tokens") or 0)
            row.answer_tokens = int(info.get("answer_tokens") or 0)
            row.thinking_s = float(info.get("thinking_s") or 0.0) or row.thinking_s  # the engine's, not the clock's
            if row.state is PartState.WAITING:
                row.start()
            row.halt()
            return
        row.finish(int(info.get("reasoning_tokens") or 0), int(info.get("answer_tokens") or 0),
                   float(info.get("thinking_s") or 0.0))
        self._refresh_candidate(k)
        if self._judgment is None and all(row.state is PartState.DONE for row in self.candidates):
            self._set_progress(self.tr("all %n candidates finished", "", self.n))

    # -- the judge -----------------------------------------------------------------------
    def start_judge(self) -> None:
        self.judge.start()
        self._set_progress(self.tr("judging…"))

    def add_judge_reasoning(self, text: str) -> None:
        if self.judge.state is PartState.WAITING:
            self.start_judge()
        self.judge.add_reasoning(text)

    def add_judge_answer(self, text: str) -> None:
        if self.judge.state is PartState.WAITING:
            self.start_judge()
        self.judge.add_answer(text)

    def finish_judge(self, info: Mapping[str, Any]) -> None:
        """The judge's figures (`stats["heavy"]["judge"]`): exact tokens instead of the estimate."""
        self.judge.finish(_int_or_none(info.get("reasoning_tokens")), _int_or_none(info.get("answer_tokens")),
                          float(info.get("thinking_s") or 0.0))
        self._refresh_judge()

    def set_judgment(self, info: Mapping[str, Any]) -> None:
        """The `judgment` event: the pick is marked; whatever had not run by now never will."""
        self._judgment = dict(info)
        method = _method(info)
        judging = self.judge.state is not PartState.WAITING  # for a stopped reply's summary
        for row in self.candidates:
            row.halt()
            row.skip(_not_run())
        if self.judge.state is PartState.STREAMING:
            if method in (Method.JUDGMENT, Method.MAJORITY):
                self.judge.finish(None, None)  # its exact figures come with the reply's stats
            else:
                self.judge.halt()  # stopped while judging
        self.judge.skip(self.tr("not needed: only one usable candidate") if method is Method.ONLY else _not_run())
        self._set_progress(self._summary(info, judging))
        for k in range(1, self.n + 1):
            self._refresh_candidate(k)
        self._refresh_judge()

    # -- the reply as a whole --------------------------------------------------------------
    def stop(self) -> None:
        """The reply was stopped: the running part says "stopped", the parts not begun "not run"."""
        for row in (*self.candidates, self.judge):
            row.halt()
            row.skip(_not_run())
        for k in range(1, self.n + 1):
            self._refresh_candidate(k)
        if self._judgment is None:
            finished = sum(1 for k, outcome in self._outcomes.items()
                           if outcome.get("finish_reason") != FinishReason.CANCELLED)
            self._set_progress(self.tr("stopped · {finished} of %n candidates finished", "", self.n).format(
                finished=finished))

    def tick(self) -> None:
        """Called while the reply streams (the card's flush): the running thought's clock moves on."""
        for row in (*self.candidates, self.judge):
            row.tick()

    @property
    def pick(self) -> int | None:
        """The chosen candidate's number (None before the judgment, or with nothing usable)."""
        return _int_or_none(self._judgment.get("pick")) if self._judgment is not None else None

    def summary(self) -> str:
        """Where the heavy reply is: "candidate 2 of 4…", "judging…", then "picked 3 of 4 · by judgment"."""
        return self._progress

    def header_text(self) -> str:
        return self.tr("{title} · {progress}", "heavy mode's title, then where it is").format(
            title=self._title.text(), progress=self._progress)

    def row(self, k: int) -> PartRow:
        """Candidate k's row."""
        return self._candidate(k)

    # -- keeping it told -------------------------------------------------------------------
    def _set_progress(self, text: str) -> None:
        self._progress = text
        self._refresh_header()

    def _refresh_header(self) -> None:
        self._progress_label.setText(self._progress)
        self.setAccessibleName(self.header_text())
        self._progress_label.setAccessibleName(self.tr("Heavy mode: {progress}").format(progress=self._progress))

    def _summary(self, info: Mapping[str, Any], judging: bool) -> str:
        """The judgment in words, made here from its fields, so that it is said in the interface's
        language (the engine's `summary` is English).

        Whether a stopped reply was judging comes from this view (`judging`: the judge had started
        here); a reply stored before the judgment carried `votes` says it in its English summary.
        """
        pick, method, total = _int_or_none(info.get("pick")), _method(info), self.n
        usable = len(info.get("shown") or [])  # a stopped reply's `shown`: the candidates it found usable
        english = str(info.get("summary") or "")
        if pick is None:
            if any(outcome.get("finish_reason") == FinishReason.CANCELLED for outcome in self._outcomes.values()):
                return self.tr("stopped after %n usable candidate(s); no answer", "heavy mode, stopped by the user",
                               usable)
            return self.tr("no usable candidate")
        if method is Method.JUDGMENT:
            return self.tr("picked {number} of {total} · by judgment").format(number=pick, total=total)
        if method is Method.ONLY:
            return self.tr("picked {number} of {total} · the only usable one").format(number=pick, total=total)
        if method is Method.MAJORITY:
            votes = info.get("votes") if isinstance(info.get("votes"), int) else None
            if votes is None:  # stored by an earlier Ponder: the count is in its English summary
                found = _AGREE.search(english)
                votes = int(found.group(1)) if found is not None else None
            if votes:
                return self.tr("picked {number} of {total} · by majority vote (%n agree)",
                               "no valid verdict: the most common final answer won; %n: how many gave it",
                               votes).format(number=pick, total=total)
            if english:  # the engine's other majority summary: no final answer could be compared
                return self.tr("picked {number} of {total} · no verdict and no comparable final answers: "
                               "the first one shown").format(number=pick, total=total)
            return self.tr("picked {number} of {total} · by majority vote").format(number=pick, total=total)
        if judging:  # Method.NONE with a pick: the reply was stopped, and the first usable candidate kept
            return self.tr("stopped while judging; candidate {number} kept").format(number=pick)
        return self.tr("stopped after %n usable candidate(s); candidate {number} kept", "heavy mode, stopped by the user",
                       usable).format(number=pick)

    def _judged_order(self) -> list[int]:
        """The candidates in the order the judge saw them ([] when no judge read them)."""
        if self._judgment is None or _method(self._judgment) not in (Method.JUDGMENT, Method.MAJORITY):
            return []
        return [int(k) for k in self._judgment.get("shown") or []]

    def _refresh_candidate(self, k: int) -> None:
        row, outcome = self._candidate(k), self._outcomes.get(k)
        if row.state is not PartState.DONE or outcome is None:
            return
        finish = str(outcome.get("finish_reason") or "")
        usable = bool(outcome.get("usable", not outcome.get("problem")))
        shown = self._judged_order()
        if self.pick == k:
            kept = self._judgment and _method(self._judgment) is Method.NONE
            row.set_status(QCoreApplication.translate("HeavyView", KEPT if kept else PICKED), bold=True)
        elif finish == FinishReason.CANCELLED:
            row.set_status(_stopped())
        elif not usable:
            row.set_status(self.tr("not usable: {problem}", "a candidate the judge did not see, and why").format(
                problem=_problem_text(str(outcome.get("problem") or "unfinished"))))
        else:
            row.set_status(self.tr("not picked") if self._judgment is not None else _done())
        details = [self._token_split(row)]
        if outcome.get("seed") is not None:
            details.append(self.tr("seed {seed}", "the random seed a candidate was sampled with").format(
                seed=outcome["seed"]))
        if finish:
            details.append(_ended(finish))
        if k in shown:
            details.append(self.tr("shown to the judge as Solution {index}",
                                   "'Solution N' is how the judge's prompt, in English, names the candidate"
                                   ).format(index=shown.index(k)))
        row.set_details(self.tr("{title}: {details}", "a candidate's name, then its figures").format(
            title=row.title, details=" · ".join(details)))

    def _token_split(self, row: PartRow) -> str:
        return self.tr("{reasoning} reasoning + {answer} answer tokens").format(
            reasoning=l10n.number(row.reasoning_tokens or 0), answer=l10n.number(row.answer_tokens or 0))

    def _refresh_judge(self) -> None:
        judge, judgment = self.judge, self._judgment
        if judge.state is not PartState.DONE:
            return
        if judgment is None:
            judge.set_status(_done())
            return
        verdict = str(judgment.get("verdict") or "")
        parsed, pick = _int_or_none(judgment.get("parsed")), self.pick
        method = _method(judgment)
        # the judge's own line as it wrote it (the prompt asks for "Judgment: N", in English)
        line = _clip(verdict, VERDICT_CHARS) or f"Judgment: {parsed}"
        if method is Method.NONE:  # the judge ran, yet nothing was judged: the reply was stopped meanwhile
            judge.set_status(_stopped())
        elif method is Method.JUDGMENT and pick is not None:
            judge.set_status(self.tr("{verdict} → candidate {number}", "the judge's verdict line, then its pick"
                                     ).format(verdict=line, number=pick))
        elif parsed is not None:
            judge.set_status(self.tr("{verdict} · not a valid choice", "the judge's verdict line").format(verdict=line))
        else:
            judge.set_status(self.tr("no verdict", "the judge's state: it gave no verdict"))
        shown = self._judged_order()
        if shown:
            order = " · ".join(self.tr("Solution {index} is candidate {number}",
                                       "'Solution N' is how the judge's prompt, in English, names the candidate"
                                       ).format(index=i, number=k) for i, k in enumerate(shown))
            judge.set_note(self.tr("The judge saw the usable candidates shuffled: {order}").format(order=order))
        if verdict:
            judge.set_details(self.tr("Judge: {tokens} · its verdict: {verdict}").format(
                tokens=self._token_split(judge), verdict=verdict))
        else:
            judge.set_details(self.tr("Judge: {tokens}").format(tokens=self._token_split(judge)))
