"""Heavy mode's widgets, offscreen: the candidates' strip live, stopped and reopened, and the top bar's switch."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QSpinBox, QToolButton, QVBoxLayout, QWidget

from ui import l10n
from ui.heavy_control import HeavyControl
from ui.heavy_view import KEPT, PICKED, HeavyView, PartState
from ui.theme import DARK, LIGHT, apply_theme

LONG_WORD = "∑" + "x" * 2500  # no break anywhere: it must wrap, not widen the view


def done(k: int, reasoning_tokens: int = 40, answer_tokens: int = 10, finish: str = "stop",
         usable: bool = True, problem: str = "", thinking_s: float = 2.0) -> dict[str, Any]:
    return {"candidate": k, "finish_reason": finish, "reasoning_tokens": reasoning_tokens,
            "answer_tokens": answer_tokens, "seed": 1000 + k, "usable": usable, "problem": problem,
            "thinking_s": thinking_s}


CANDIDATES = [  # (reasoning, answer, candidate_done)
    ("First I add 2 and 2.", "The answer is \\boxed{4}.", done(1, 40, 10)),
    ("Two plus two, carefully.", "So it is \\boxed{4}.", done(2, 55, 12)),
    ("Hmm, let me think about this for a very long", "", done(3, 500, 0, "length", False, "unfinished")),
]
JUDGE: dict[str, Any] = {"reasoning": "Solution 0 and Solution 1 agree; Solution 1 is clearer.",
         "answer": "Both are right; the second explains better.\nJudgment: 1",
         "reasoning_tokens": 30, "answer_tokens": 14, "prompt_tokens": 200, "thinking_s": 1.0}
def thought() -> str:
    """Candidate 1's thought, folded, in the locale's words (at test time, once the translator is in)."""
    return f"Thought for {l10n.seconds(2)} · {l10n.tokens(40)}"
JUDGMENT: dict[str, Any] = {"pick": 2, "method": "judgment", "parsed": 1, "verdict": "Judgment: 1", "shown": [1, 2],
            "summary": "picked 2 of 3 · by judgment"}


@pytest.fixture
def view(qtbot) -> Iterator[HeavyView]:  # type: ignore[no-untyped-def]
    widget = HeavyView(3)
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def stream(view: HeavyView, k: int, reasoning: str, answer: str, pieces: int = 3) -> None:
    """Deltas as the chat view hands them over: a few merged pieces of each text."""
    for text, add in ((reasoning, view.add_reasoning), (answer, view.add_answer)):
        step = max(len(text) // pieces, 1)
        for i in range(0, len(text), step):
            add(k, text[i:i + step])


def run_all(view: HeavyView) -> None:
    for k, (reasoning, answer, info) in enumerate(CANDIDATES, 1):
        view.start_candidate(k)
        stream(view, k, reasoning, answer)
        view.finish_candidate(info)
    view.start_judge()
    view.add_judge_reasoning(JUDGE["reasoning"])
    view.add_judge_answer(JUDGE["answer"])
    view.set_judgment(JUDGMENT)
    view.finish_judge(JUDGE)


def stored(judgment: dict[str, Any] | None = JUDGMENT, judge: dict[str, Any] | None = JUDGE,
           candidates: list[tuple[str, str, dict[str, Any]]] = CANDIDATES, n: int = 3) -> dict[str, Any]:
    """What the engine stores in stats["heavy"] for the same reply."""
    return {"n": n, "task": "math",
            "candidates": [{**info, "reasoning": reasoning, "answer": answer}
                           for reasoning, answer, info in candidates],
            "judge": judge, "judgment": judgment}


def look(view: HeavyView) -> list[Any]:
    """Everything a user sees without unfolding anything."""
    return [view.header_text(), view.summary(), view.pick] + [
        (row.title_text(), row.status(), row.state, row.expanded, row.fold.isEnabled(), row.reasoning, row.answer,
         row.fold.toolTip(), row.fold.accessibleName(), row.note(), row.status_label.font().bold())
        for row in (*view.candidates, view.judge)]


def unfolded(view: HeavyView) -> list[Any]:
    """Every row unfolded: each one's reasoning pane (folded) and answer."""
    seen: list[Any] = []
    for row in (*view.candidates, view.judge):
        if not row.fold.isEnabled():
            seen.append(None)
            continue
        row.set_expanded(True)
        assert row.answer_view is not None
        pane = row.pane
        seen.append((pane.header_text() if pane else None, pane.expanded if pane else None,
                     pane.text if pane else None, row.answer_view.text()))
    return seen


# -- streaming --------------------------------------------------------------------------

def test_candidates_stream_one_after_another_then_the_judge_picks(qtbot, view: HeavyView) -> None:  # type: ignore[no-untyped-def]
    one, two, three = view.candidates
    assert view.header_text() == "Heavy · 3 candidates · starting…"
    assert [row.status() for row in view.candidates] == ["waiting"] * 3 and view.judge.status() == "waiting"
    assert not any(row.fold.isEnabled() for row in (*view.candidates, view.judge))  # nothing to show yet

    view.start_candidate(1)
    view.add_reasoning(1, "First I add ")
    view.add_reasoning(1, "2 and 2.")
    assert view.summary() == "candidate 1 of 3…"
    assert one.expanded and one.status() == "thinking…" and one.pane is not None
    assert one.pane.expanded and one.pane.thinking and one.pane.text == "First I add 2 and 2."
    assert one.title_text().startswith("Candidate 1 · ~") and not two.expanded
    assert one.fold.accessibleName() == "Candidate 1, thinking…"  # no estimate changing under a screen reader
    view.add_answer(1, "The answer is \\boxed{4}.")
    assert one.status() == "answering…" and not one.pane.expanded and not one.pane.thinking  # the thought folds
    assert one.answer_view is not None and one.answer_view.text() == "The answer is \\boxed{4}."
    view.finish_candidate(CANDIDATES[0][2])
    assert not one.expanded and one.title_text() == f"Candidate 1 · {l10n.tokens(50)}" and one.status() == "done"
    assert one.pane.header_text() == thought()

    stream(view, 2, *CANDIDATES[1][:2])  # no start_candidate: its first delta starts it
    assert view.summary() == "candidate 2 of 3…" and two.expanded and not one.expanded
    view.finish_candidate(CANDIDATES[1][2])
    view.start_candidate(3)
    stream(view, 3, *CANDIDATES[2][:2])
    assert three.expanded and three.status() == "thinking…"  # it never answered
    view.finish_candidate(CANDIDATES[2][2])
    assert [row.expanded for row in view.candidates] == [False, False, False]
    assert three.status() == "not usable: unfinished" and view.summary() == "all 3 candidates finished"

    view.start_judge()
    view.add_judge_reasoning(JUDGE["reasoning"])
    assert view.summary() == "judging…" and view.judge.expanded and view.judge.status() == "thinking…"
    view.add_judge_answer(JUDGE["answer"])
    view.set_judgment(JUDGMENT)
    assert view.summary() == "picked 2 of 3 · by judgment" and view.pick == 2
    assert view.header_text() == "Heavy · 3 candidates · picked 2 of 3 · by judgment"
    assert [row.status() for row in view.candidates] == ["not picked", PICKED, "not usable: unfinished"]
    assert two.status_label.font().bold() and not one.status_label.font().bold()
    assert two.fold.accessibleName() == f"Candidate 2, {l10n.tokens(67)}, picked"
    assert not view.judge.expanded and view.judge.status() == "Judgment: 1 → candidate 2"
    assert view.judge.note() == ("The judge saw the usable candidates shuffled: "
                                 "Solution 0 is candidate 1 · Solution 1 is candidate 2")
    assert "shown to the judge as Solution 1" in two.fold.toolTip() and "seed 1002" in two.fold.toolTip()
    assert "Solution" not in three.fold.toolTip() and "hit the length limit" in three.fold.toolTip()
    assert view.judge.title_text().startswith("Judge · ~")  # estimated until the reply's stats come
    view.finish_judge(JUDGE)
    assert view.judge.title_text() == f"Judge · {l10n.tokens(44)}"

    one.set_expanded(True)  # every candidate stays readable
    assert one.pane is not None and one.pane.text == CANDIDATES[0][0] and not one.pane.expanded
    assert one.answer_view is not None and one.answer_view.isVisibleTo(view)
    assert one.answer_view.text() == CANDIDATES[0][1]


def test_text_is_appended_never_set_again(qtbot, view: HeavyView, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    view.add_reasoning(1, "a")
    view.add_answer(1, "b")
    row = view.row(1)
    assert row.pane is not None and row.pane.body is not None and row.answer_view is not None

    def refuse(*_args: object) -> None:
        raise AssertionError("a whole text was set again")

    for target in (row.pane.body, row.answer_view):
        for name in ("setPlainText", "setHtml", "setMarkdown", "setText", "clear"):
            monkeypatch.setattr(target, name, refuse, raising=False)
    view.add_reasoning(1, "more thought")  # (after the answer began: still appended to the thought)
    for i in range(300):
        view.add_answer(1, f" {i}")
    assert row.answer_view.toPlainText() == "b" + "".join(f" {i}" for i in range(300))
    assert row.pane.body.toPlainText() == "amore thought"


def test_the_thinking_clock_moves_while_a_candidate_thinks(qtbot, view: HeavyView) -> None:  # type: ignore[no-untyped-def]
    view.add_reasoning(1, "thinking")
    pane = view.row(1).pane
    assert pane is not None and pane.header_text().startswith("Thinking… 0 s")
    pane._started -= 5  # five seconds later
    view.tick()
    assert pane.header_text().startswith("Thinking… 5 s")


# -- stop ---------------------------------------------------------------------------------

@pytest.mark.parametrize("engine_ends_it", [False, True], ids=["stop-only", "candidate_done-judgment-stop"])
def test_stop_during_candidate_2_keeps_candidate_1(qtbot, view: HeavyView, engine_ends_it: bool) -> None:  # type: ignore[no-untyped-def]
    stream(view, 1, *CANDIDATES[0][:2])
    view.finish_candidate(CANDIDATES[0][2])
    stream(view, 2, "Two plus", "")
    if engine_ends_it:  # the engine tells how candidate 2 ended and what it kept, then the card says stop
        view.finish_candidate(done(2, 3, 0, "cancelled", False, "unfinished"))
        view.set_judgment({"pick": 1, "method": "none", "parsed": None, "verdict": "", "shown": [1],
                           "summary": "stopped after 1 usable candidate(s); candidate 1 kept"})
    view.stop()
    one, two, three = view.candidates
    assert one.state is PartState.DONE and one.status() == (KEPT if engine_ends_it else "done")
    assert two.status() == "stopped" and two.state in (PartState.STOPPED, PartState.DONE) and not two.expanded
    assert three.status() == "not run" and three.state is PartState.NOT_RUN and not three.fold.isEnabled()
    assert view.judge.status() == "not run" and not view.judge.fold.isEnabled()
    assert view.summary() == ("stopped after 1 usable candidate; candidate 1 kept" if engine_ends_it
                              else "stopped · 1 of 3 candidates finished")
    assert two.pane is not None and not two.pane.thinking  # its clock stopped
    for row, text in ((one, CANDIDATES[0][0]), (two, "Two plus")):  # both still readable
        assert row.fold.isEnabled()
        row.set_expanded(True)
        assert row.pane is not None and row.pane.text == text
    assert one.answer_view is not None and one.answer_view.text() == CANDIDATES[0][1]
    view.stop()  # twice: nothing changes
    assert two.status() == "stopped" and three.status() == "not run"


def test_stop_while_judging(qtbot, view: HeavyView) -> None:  # type: ignore[no-untyped-def]
    for k, (reasoning, answer, info) in enumerate(CANDIDATES, 1):
        stream(view, k, reasoning, answer)
        view.finish_candidate(info)
    view.add_judge_reasoning("Solution 0 looks")
    view.stop()
    assert view.judge.status() == "stopped" and view.judge.fold.isEnabled() and not view.judge.expanded
    assert [row.status() for row in view.candidates] == ["done", "done", "not usable: unfinished"]
    assert view.summary() == "stopped · 3 of 3 candidates finished"


# -- a reopened chat ------------------------------------------------------------------------

def test_from_stored_looks_as_the_live_reply_ended(qtbot, view: HeavyView) -> None:  # type: ignore[no-untyped-def]
    run_all(view)
    again = HeavyView.from_stored(stored())
    qtbot.addWidget(again)
    assert look(again) == look(view)
    assert not any(row.expanded for row in again.candidates) and again.candidates[1].status() == PICKED
    assert unfolded(again) == unfolded(view)
    assert unfolded(view)[0] == (thought(), False, CANDIDATES[0][0], CANDIDATES[0][1])


def test_from_stored_after_stop_looks_as_the_live_stop(qtbot, view: HeavyView) -> None:  # type: ignore[no-untyped-def]
    stream(view, 1, *CANDIDATES[0][:2])
    view.finish_candidate(CANDIDATES[0][2])
    stream(view, 2, "Two plus", "")
    cancelled = done(2, 3, 0, "cancelled", False, "unfinished")
    judgment = {"pick": 1, "method": "none", "parsed": None, "verdict": "", "shown": [1],
                "summary": "stopped after 1 usable candidate(s); candidate 1 kept"}
    view.finish_candidate(cancelled)
    view.set_judgment(judgment)
    view.stop()
    again = HeavyView.from_stored(stored(judgment, None, [CANDIDATES[0], ("Two plus", "", cancelled)]))
    qtbot.addWidget(again)
    assert look(again) == look(view)
    assert [row.status() for row in again.candidates] == [KEPT, "stopped", "not run"]
    assert unfolded(again) == unfolded(view)


def test_from_stored_without_a_judgment_reads_as_stopped(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = HeavyView.from_stored(stored(None, None, CANDIDATES[:1], n=4))
    qtbot.addWidget(view)
    assert view.n == 4 and view.summary() == "stopped · 1 of 4 candidates finished"
    assert [row.status() for row in view.candidates] == ["done", "not run", "not run", "not run"]
    assert view.judge.status() == "not run" and view.pick is None


def test_a_damaged_record_still_opens(qtbot) -> None:  # type: ignore[no-untyped-def]
    record = {"n": 10**9, "candidates": [{**CANDIDATES[0][2], "reasoning": "r", "answer": "a"},
                                         {"candidate": "x"}, {"candidate": 0}, "junk",
                                         {**CANDIDATES[1][2], "candidate": 99}],
              "judge": None, "judgment": None}
    view = HeavyView.from_stored(record)
    qtbot.addWidget(view)
    assert view.n == 8 and view.row(1).status() == "done" and view.row(1).answer == "a"
    assert [row.status() for row in view.candidates[1:]] == ["not run"] * 7


# -- why a candidate was not judged ------------------------------------------------------------

@pytest.mark.parametrize("problem", ["empty", "unfinished", "longer than 16,384 characters"])
def test_an_unusable_candidate_says_why(qtbot, view: HeavyView, problem: str) -> None:  # type: ignore[no-untyped-def]
    stream(view, 1, "thought", "" if problem == "empty" else "an answer")
    view.finish_candidate(done(1, usable=False, problem=problem))
    shown = problem.replace("16,384", l10n.number(16384))  # the number as the locale writes it
    assert view.row(1).status() == f"not usable: {shown}"
    view.set_judgment({"pick": None, "method": "none", "parsed": None, "verdict": "", "shown": [],
                       "summary": "no usable candidate"})
    assert view.row(1).status() == f"not usable: {shown}" and view.pick is None


@pytest.mark.parametrize(("finish", "answer", "reason"), [
    ("length", "cut off", "unfinished"), ("stop", "   ", "empty"), ("stop", "y" * 16385, "longer than 16,384 characters"),
    ("stop", "fine, yet its reasoning never closed", "unfinished")])
def test_a_stored_candidate_says_why_without_its_problem(qtbot, finish: str, answer: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    record = {"candidate": 1, "seed": 7, "reasoning": "r", "answer": answer, "finish_reason": finish,
              "reasoning_tokens": 1, "answer_tokens": 1, "usable": False}  # no "problem" stored
    view = HeavyView.from_stored({"n": 2, "candidates": [record], "judge": None, "judgment": None})
    qtbot.addWidget(view)
    assert view.row(1).status() == f"not usable: {reason.replace('16,384', l10n.number(16384))}"


@pytest.mark.parametrize(("judgment", "judge_status"), [
    ({"pick": 1, "method": "majority", "parsed": 7, "verdict": "Judgment: 7",
      "summary": "picked 1 of 3 · by majority vote (2 agree)"}, "Judgment: 7 · not a valid choice"),
    ({"pick": 1, "method": "majority", "parsed": None, "verdict": "",
      "summary": "picked 1 of 3 · by majority vote (2 agree)"}, "no verdict"),
])
def test_a_judge_without_a_valid_verdict(qtbot, view: HeavyView, judgment: dict[str, Any], judge_status: str) -> None:  # type: ignore[no-untyped-def]
    for k, (reasoning, answer, info) in enumerate(CANDIDATES, 1):
        stream(view, k, reasoning, answer)
        view.finish_candidate(info)
    view.add_judge_answer("I cannot decide.")
    view.set_judgment({**judgment, "shown": [2, 1]})
    assert view.judge.status() == judge_status
    assert view.summary() == "picked 1 of 3 · by majority vote (2 agree)"
    assert view.row(1).status() == PICKED and view.row(2).status() == "not picked"
    assert view.judge.note().endswith("Solution 0 is candidate 2 · Solution 1 is candidate 1")


def test_one_usable_candidate_needs_no_judge(qtbot, view: HeavyView) -> None:  # type: ignore[no-untyped-def]
    stream(view, 1, "r", "a")
    view.finish_candidate(done(1))
    for k in (2, 3):
        stream(view, k, "r", "")
        view.finish_candidate(done(k, finish="length", usable=False, problem="unfinished"))
    view.set_judgment({"pick": 1, "method": "only", "parsed": None, "verdict": "", "shown": [1],
                       "summary": "picked 1 of 3 · the only usable one"})
    assert view.judge.status() == "not needed: only one usable candidate" and view.row(1).status() == PICKED


def test_a_candidate_outside_the_reply_is_refused(view: HeavyView) -> None:
    with pytest.raises(ValueError, match="no candidate 4"):
        view.add_reasoning(4, "x")
    with pytest.raises(ValueError):
        HeavyView(0)


# -- keyboard, names, width ----------------------------------------------------------------------

def test_fold_buttons_are_reached_with_tab_and_toggled_with_space(qtbot, view: HeavyView) -> None:  # type: ignore[no-untyped-def]
    run_all(view)
    before = QToolButton()  # something to start tabbing from
    layout = view.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, before)
    before.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    first = view.row(1).fold
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert view.row(1).expanded
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert not view.row(1).expanded
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert view.row(2).fold.hasFocus()
    for row in (*view.candidates, view.judge):
        assert row.fold.accessibleName().startswith(row.title) and row.status().replace("✓ ", "") \
            in row.fold.accessibleName()
    view.row(1).set_expanded(True)
    for widget in view.row(1).findChildren(QWidget):
        if isinstance(widget, QToolButton) and widget.isVisibleTo(view):
            assert widget.accessibleName(), widget.text()


@pytest.mark.parametrize("width", [800, 480])
def test_no_horizontal_scrolling_long_text_wraps(qtbot, width: int) -> None:  # type: ignore[no-untyped-def]
    long_judgment = {**JUDGMENT, "verdict": "After a long comparison " + LONG_WORD + " Judgment: 1"}
    candidates = [(LONG_WORD, LONG_WORD + " " + LONG_WORD, info) for _r, _a, info in CANDIDATES]
    view = HeavyView.from_stored(stored(long_judgment, {**JUDGE, "answer": LONG_WORD}, candidates))
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(view)
    qtbot.addWidget(area)
    area.resize(width, 700)
    area.show()
    qtbot.waitExposed(area)
    for row in (*view.candidates, view.judge):
        row.set_expanded(True)
        if row.pane is not None:
            row.pane.set_expanded(True)
    QApplication.processEvents()
    assert area.horizontalScrollBar().maximum() == 0
    assert view.width() <= area.viewport().width()
    for widget in view.findChildren(QWidget):
        if widget.isVisibleTo(view):
            right = widget.mapTo(view, QPoint(widget.width() - 1, 0)).x()
            assert right < view.width(), (type(widget).__name__, widget.objectName(), right, view.width())
    for row in (*view.candidates, view.judge):
        assert row.answer_view is not None
        assert row.answer_view.horizontalScrollBar().maximum() == 0
        assert row.answer_view.document().size().width() <= row.answer_view.viewport().width() + 1
    assert len(view.judge.status()) < 80 and "…" in view.judge.status()  # a long verdict is cut in its line


@pytest.mark.parametrize("look", ["light", "dark"])
def test_the_strip_takes_its_colours_from_the_theme(qtbot, view: HeavyView, look: str) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet = app.palette(), app.styleSheet()
    try:
        apply_theme(app, look)
        run_all(view)
        colours = DARK if look == "dark" else LIGHT
        picked, other = view.row(2).status_label, view.row(1).status_label
        assert other.palette().color(other.foregroundRole()).name() == colours["muted"]
        assert picked.palette().color(picked.foregroundRole()).name() == colours["text"]
        assert view.header_text().startswith("Heavy · 3 candidates")
        assert not any(w.styleSheet() for w in (view, *view.findChildren(QWidget)))  # no colours of its own
    finally:
        app.setPalette(palette)
        app.setStyleSheet(sheet)


# -- the top bar's switch ------------------------------------------------------------------------

@pytest.fixture
def control(qtbot) -> Iterator[HeavyControl]:  # type: ignore[no-untyped-def]
    widget = HeavyControl()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def parts(control: HeavyControl) -> tuple[QToolButton, QSpinBox, QWidget]:
    button = control.findChild(QToolButton, "heavyButton")
    count = control.findChild(QSpinBox, "heavyCount")
    cost = control.findChild(QWidget, "heavyCost")
    assert button is not None and count is not None and cost is not None
    return button, count, cost


def test_the_switch_says_what_it_costs(qtbot, control: HeavyControl) -> None:  # type: ignore[no-untyped-def]
    button, count, cost = parts(control)
    assert not control.is_on() and control.candidates() == 4 and not cost.isVisibleTo(control)
    assert control.cost_text() == ""
    assert control.explanation() == ("Generates 4 solutions, then the model compares them and picks the best "
                                     "(NVIDIA's GenSelect). Costs about 5 replies.")
    with qtbot.waitSignal(control.changed) as on:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert on.args == [True, 4] and control.is_on() and cost.isVisibleTo(control)
    assert control.cost_text() == "5 generations" and cost.accessibleName().startswith("Costs 5 generations")
    control.resize(control.sizeHint())
    qtbot.waitUntil(lambda: cost.text() == "5 generations")  # type: ignore[attr-defined]
    with qtbot.waitSignal(control.changed) as more:
        count.setValue(6)
    assert more.args == [True, 6] and control.cost_text() == "7 generations"
    assert "Generates 6 solutions" in control.explanation() and "about 7 replies" in button.toolTip()
    with qtbot.waitSignal(control.changed) as off:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert off.args == [False, 6] and not cost.isVisibleTo(control) and not control.is_on()


def test_the_number_of_candidates_stays_between_2_and_8(qtbot, control: HeavyControl) -> None:  # type: ignore[no-untyped-def]
    _button, count, _cost = parts(control)
    assert (count.minimum(), count.maximum(), count.value()) == (2, 8, 4)
    count.setValue(1)
    assert control.candidates() == 2
    count.setValue(12)
    assert control.candidates() == 8
    with qtbot.assertNotEmitted(control.changed):
        control.set_state(True, 20)
        control.set_state(True, 3)
    assert control.is_on() and control.candidates() == 3 and control.cost_text() == "4 generations"
    with qtbot.assertNotEmitted(control.changed):
        control.set_state(False, 0)
    assert not control.is_on() and control.candidates() == 2


def test_unavailable_greys_it_with_the_reason(qtbot, control: HeavyControl) -> None:  # type: ignore[no-untyped-def]
    button, count, cost = parts(control)
    control.set_state(True, 5)
    with qtbot.assertNotEmitted(control.changed):
        control.set_available(False, "This model does not reason.")
    assert not button.isEnabled() and not count.isEnabled() and not control.available
    assert not control.is_on() and not cost.isVisibleTo(control) and control.cost_text() == ""
    assert control.toolTip() == button.toolTip() == "Not available: This model does not reason."
    control.set_available(True, "")
    assert button.isEnabled() and control.is_on() and control.candidates() == 5  # the choice was kept
    assert control.explanation().startswith("Generates 5 solutions")


def test_the_switch_fits_the_top_bar(qtbot, control: HeavyControl) -> None:  # type: ignore[no-untyped-def]
    _button, _count, cost = parts(control)
    assert control.minimumSizeHint().width() <= 170
    control.set_state(True, 8)
    assert control.minimumSizeHint().width() <= 170
    control.resize(control.minimumSizeHint().width(), control.sizeHint().height())
    QApplication.processEvents()
    assert cost.isVisible() and cost.text() == "×9"  # type: ignore[attr-defined]
    assert cost.geometry().right() < control.width()
    control.resize(control.sizeHint())
    QApplication.processEvents()
    assert cost.text() == "9 generations"  # type: ignore[attr-defined]

