"""Heavy mode in the real window: the control under the message box, candidates streaming into the
reply's strip, the pick as the reply, the same strip when the chat is opened again, and Stop during
candidate 2 keeping candidate 1. SmolLM2 carrying the OpenReasoning template, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.gui import PonderApp
from engine import store as S
from tests.doubles import with_template
from tests.test_gui import LONG, add_model
from ui.chat_view import AssistantMessage
from ui.heavy_view import PartState

pytestmark = pytest.mark.slow
TEMPLATES = Path(__file__).parent / "data" / "templates"


@pytest.fixture(scope="module")
def openreasoning(tmp_path_factory: pytest.TempPathFactory) -> Path:
    template = (TEMPLATES / "Qwen-Qwen2.5-7B-Instruct.jinja").read_text()
    # named so its family is found from its metadata, as for the real models
    return with_template(tmp_path_factory.mktemp("models") / "or.gguf", template, "OpenReasoning Heavy Double")


@pytest.fixture
def app(qtbot, ponder_home: Path, openreasoning: Path) -> Iterator[PonderApp]:  # type: ignore[no-untyped-def]
    add_model(ponder_home, openreasoning, "OpenReasoning-Nemotron-Heavy")
    ponder = PonderApp(theme="light")
    qtbot.addWidget(ponder.window)
    ponder.window.show()
    ponder.refresh_models()
    index = [m.name for m in ponder.models].index("OpenReasoning-Nemotron-Heavy")
    with qtbot.waitSignal(ponder.bridge.loaded, timeout=LONG) as blocker:
        ponder.load_model(index)
    assert blocker.args[0]["family"] == "openreasoning-nemotron"
    yield ponder
    ponder.shutdown()


def last_card(app: PonderApp) -> AssistantMessage:
    return [w for w in app.window.chat.messages() if isinstance(w, AssistantMessage)][-1]


def test_heavy_mode_streams_candidates_and_shows_the_pick(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    heavy = app.window.composer.heavy
    assert heavy.available  # a reasoning model on this computer
    assert app.window.composer.task_picker.isVisibleTo(app.window)  # OpenReasoning has task presets
    heavy.set_state(True, 3)
    heavy.changed.emit(True, 3)  # as the user's click does
    assert heavy.cost_text() == "4 generations" and app.settings.get("heavy_candidates") == 3
    app.controller.sampling_overrides = {"seed": 5, "max_tokens": 160}  # all three end on their own
    seen: list[tuple[str, int]] = []
    app.controller.heavy_received.connect(lambda event, n: seen.append((event["event"], n)))
    with qtbot.waitSignal(app.controller.reply_finished, timeout=3 * LONG) as blocker:
        app.window.composer.editor.setPlainText("What is 2 + 3?")
        app.window.composer.send_button.click()
    reply = blocker.args[0]
    assert reply.state == S.COMPLETE
    assert [k for k, n in seen if k == "candidate_done"] == ["candidate_done"] * 3 and {n for _, n in seen} == {3}
    heavy_stats = reply.stats["heavy"]
    assert [c["candidate"] for c in heavy_stats["candidates"]] == [1, 2, 3]
    pick = heavy_stats["judgment"]["pick"]
    card = last_card(app)
    assert card.heavy is not None and len(card.heavy.candidates) == 3
    assert pick is not None and heavy_stats["judge"] is not None  # three usable candidates: judged
    assert reply.content == heavy_stats["candidates"][pick - 1]["answer"]  # the pick is the reply
    assert card.heavy.row(pick).status() == "✓ picked"
    assert card.heavy.summary().startswith(f"picked {pick} of 3 · by ")  # the judgment, in the window's words
    assert card.heavy.summary() in card.footer.text()
    assert all(row.state in (PartState.DONE,) for row in card.heavy.candidates)
    # opened again, the strip is rebuilt from what was stored
    conv = reply.conversation_id
    app.controller.new_conversation()
    app.controller.open_conversation(conv)
    qtbot.waitUntil(lambda: last_card(app).heavy is not None, timeout=5000)
    reopened = last_card(app).heavy
    assert reopened is not None and [r.title_text() for r in reopened.candidates] == \
        [r.title_text() for r in card.heavy.candidates]


def test_stop_during_candidate_two_keeps_candidate_one(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    app.window.composer.heavy.changed.emit(True, 4)
    app.controller.sampling_overrides = {"seed": 3, "max_tokens": 400}

    def stop_at_candidate_two(event: dict, _n: int) -> None:
        if event.get("candidate") == 2 and app.controller.busy:
            app.controller.stop()

    app.controller.heavy_received.connect(stop_at_candidate_two)
    with qtbot.waitSignal(app.controller.reply_finished, timeout=3 * LONG) as blocker:
        app.window.composer.editor.setPlainText("Write a long story.")
        qtbot.keyClick(app.window.composer.editor, Qt.Key.Key_Return)
    reply = blocker.args[0]
    assert reply.state == S.CANCELLED
    candidates = reply.stats["heavy"]["candidates"]
    assert [c["candidate"] for c in candidates] == [1, 2] and candidates[1]["finish_reason"] == "cancelled"
    card = last_card(app)
    assert card.heavy is not None
    assert card.heavy.row(1).state is PartState.DONE and card.heavy.row(1).answer  # kept, viewable
    assert card.heavy.row(2).state is PartState.STOPPED
    assert card.heavy.row(3).state is PartState.NOT_RUN and card.heavy.row(4).state is PartState.NOT_RUN
    assert not app.controller.busy and app.window.composer.send_button.isEnabled()
