"""The chat's "Answer in" in the real window: kept with each chat, sent with each reply, the
choice for the next new chat, and the instruction in the prompt the engine renders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.gui import PonderApp
from engine import protocol as P
from tests.test_gui import add_model, load, send


@pytest.fixture
def app(qtbot, ponder_home: Path, nemotron3_double: Path) -> Iterator[PonderApp]:  # type: ignore[no-untyped-def]
    add_model(ponder_home, nemotron3_double, "Nemotron3-double")
    ponder = PonderApp(theme="light", language="en")
    qtbot.addWidget(ponder.window)
    ponder.window.show()
    yield ponder
    ponder.shutdown()


def test_answer_in_is_kept_per_chat_and_reaches_the_prompt(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, app, "Nemotron3-double")
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 8}
    requests: list[P.GenerateRequest] = []
    original = app.bridge.generate

    def spy(request: P.GenerateRequest) -> None:
        request.show_prompt = True  # the engine reports the prompt it rendered
        requests.append(request)
        original(request)

    app.bridge.generate = spy  # type: ignore[method-assign]
    stats: list[dict] = []
    app.bridge.stats_received.connect(stats.append)
    control = app.window.composer.answer_language
    app.controller.new_conversation()
    control.picker.setCurrentIndex(control.picker.findData("fr"))
    control.picker.activated.emit(control.picker.currentIndex())  # as the user picks it
    control.english.click()
    first = send(qtbot, app, "Bonjour")
    assert (requests[-1].answer_language, requests[-1].reason_in_english) == ("fr", True)
    assert "Think in English, then write your final answer in French.<|im_end|>" in stats[-1]["prompt_text"]
    stored = app.store.conversation(first.conversation_id)
    assert (stored.answer_language, stored.reason_in_english) == ("fr", True)

    app.controller.new_conversation()  # a new chat starts with the last choice
    assert (control.language(), control.reason_in_english()) == ("fr", True)
    control.picker.setCurrentIndex(0)
    control.picker.activated.emit(0)
    control.english.click()
    second = send(qtbot, app, "Hi")
    assert (requests[-1].answer_language, requests[-1].reason_in_english) == ("", False)
    assert "Think" not in stats[-1]["prompt_text"] and "French" not in stats[-1]["prompt_text"]

    app.controller.open_conversation(first.conversation_id)  # each chat shows its own
    assert (control.language(), control.reason_in_english()) == ("fr", True)
    app.controller.open_conversation(second.conversation_id)
    assert (control.language(), control.reason_in_english()) == ("", False)
    assert (app.settings.get("answer_language"), app.settings.get("reason_in_english")) == ("", False)
