"""The real window, offscreen, with the real engine host and real models."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextImageFormat

from app.gui import PonderApp
from engine import store as S
from tests.test_markdown_render import HOSTILE
from ui import l10n
from ui.chat_view import AssistantMessage, UserMessage
from ui.conversation_list import ConversationListModel

FRANCE = "What is the capital of France? Answer in one sentence."
STORY = "Write a long story about a dragon."
LONG = 60_000  # ms: generous, real model runs on a 2-core machine


@pytest.fixture
def app(qtbot, ponder_home: Path) -> Iterator[PonderApp]:  # type: ignore[no-untyped-def]
    ponder = PonderApp(theme="light")
    qtbot.addWidget(ponder.window)
    ponder.window.show()
    yield ponder
    ponder.shutdown()


def load(qtbot, app: PonderApp, name: str | None = None) -> dict:  # type: ignore[no-untyped-def]
    app.refresh_models()
    index = 0 if name is None else [m.name for m in app.models].index(name)
    with qtbot.waitSignal(app.bridge.loaded, timeout=LONG) as blocker:
        app.load_model(index)
    return blocker.args[0]


def send(qtbot, app: PonderApp, text: str) -> S.Message:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG) as blocker:
        app.window.composer.editor.setPlainText(text)
        app.window.composer.send_button.click()
    return blocker.args[0]


def replies(app: PonderApp) -> list[AssistantMessage]:
    return [w for w in app.window.chat.messages() if isinstance(w, AssistantMessage)]


def add_model(home: Path, source: Path, name: str) -> None:
    (home / "models").mkdir(parents=True, exist_ok=True)
    (home / "models" / f"{name}.gguf").symlink_to(source)


def test_first_run_chats_with_the_starter_model(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    loaded = load(qtbot, app)
    assert loaded["model"] == "SmolLM2-135M-Instruct"
    assert "SmolLM2-135M-Instruct" in app.window.model_status.text()
    control = app.window.reasoning
    assert not control.available
    assert "does not reason" in control.toolTip() and control.value_text() == "n/a"
    answers: list[str] = []
    app.controller.answer_received.connect(answers.append)
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1}  # what the model says is checked
    reply = send(qtbot, app, FRANCE)
    assert reply.state == S.COMPLETE and "Paris" in reply.content
    assert answers, "the answer was streamed"
    shown = replies(app)[-1]
    assert "Paris" in shown.answer.plain_text()
    assert shown.reasoning is None  # no pane for a reply without reasoning
    assert "tok/s" in app.window.speed_status.text()
    conv = app.store.conversations()[0]
    assert conv.title.startswith("What is the capital")
    assert [m.role for m in app.store.messages(conv.id)] == ["user", "assistant"]


def test_reasoning_pane_streams_collapses_and_summarises(  # type: ignore[no-untyped-def]
    qtbot, app: PonderApp, ponder_home: Path, nemotron3_double: Path
) -> None:
    add_model(ponder_home, nemotron3_double, "nemo3")
    loaded = load(qtbot, app, "nemo3")
    assert loaded["family"] == "nemotron-3-nano"
    assert app.window.reasoning.available
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 200}
    app.controller.new_conversation()
    app.window.budget_changed.emit(32)  # as the reasoning control does when the user moves it
    seen_open_while_thinking = []

    def on_reasoning(_text: str) -> None:
        pane = replies(app)[-1].reasoning
        if pane is not None:
            seen_open_while_thinking.append(pane.expanded)

    app.controller.reasoning_received.connect(on_reasoning)
    reply = send(qtbot, app, STORY)
    assert reply.budget == 32 and reply.stats["budget"] == 32  # the slider reached the request
    assert reply.stats["budget_exhausted"] and reply.reasoning and reply.content
    pane = replies(app)[-1].reasoning
    assert pane is not None and seen_open_while_thinking and all(seen_open_while_thinking)
    assert not pane.expanded  # folded once the answer started
    assert pane.header_text().startswith("Thought for") and "budget reached" in pane.header_text()
    assert l10n.tokens(reply.stats["reasoning_tokens"]) in pane.header_text()
    assert pane.text.strip() == reply.reasoning.strip()


def test_budget_off_sends_no_reasoning(qtbot, app: PonderApp, ponder_home: Path,  # type: ignore[no-untyped-def]
                                       nemotron3_double: Path) -> None:
    add_model(ponder_home, nemotron3_double, "nemo3")
    load(qtbot, app, "nemo3")
    app.controller.new_conversation()
    app.window.budget_changed.emit(0)
    app.controller.sampling_overrides = {"max_tokens": 24}
    reply = send(qtbot, app, STORY)
    assert reply.reasoning == "" and replies(app)[-1].reasoning is None
    assert app.store.conversation(app.controller.conversation.id).budget == 0  # remembered


def test_answer_now_and_stop(qtbot, app: PonderApp, ponder_home: Path,  # type: ignore[no-untyped-def]
                             nemotron3_double: Path) -> None:
    add_model(ponder_home, nemotron3_double, "nemo3")
    load(qtbot, app, "nemo3")
    app.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 300}
    clicked = []

    def press_answer_now(_text: str) -> None:
        if not clicked and app.window.composer.answer_now_button.isVisible():
            clicked.append(True)
            app.window.composer.answer_now_button.click()

    app.controller.reasoning_received.connect(press_answer_now)
    reply = send(qtbot, app, STORY)
    app.controller.reasoning_received.disconnect(press_answer_now)
    assert clicked and reply.stats["forced_tokens"] > 0 and not reply.stats["budget_exhausted"]
    assert reply.content.strip()

    # room for the answer is kept below max_tokens, so 400 ends the reasoning soon and the answer starts
    app.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 400}
    app.controller.answer_received.connect(lambda _t: app.window.stop_action.trigger())
    reply = send(qtbot, app, "Count from 1 to 500.")
    assert reply.state == S.CANCELLED and reply.stats["finish_reason"] == "cancelled"
    assert "Stopped" in replies(app)[-1].footer.text()


def test_regenerate_and_edit(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, app)
    app.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 32}
    first = send(qtbot, app, FRANCE)
    conv_id = app.controller.conversation.id
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG):
        app.controller.regenerate()
    app.controller.writer.flush()  # replies are stored by the writer thread, after reply_finished
    msgs = app.store.messages(conv_id)
    assert [m.role for m in msgs] == ["user", "assistant"] and msgs[1].created > first.created
    assert (msgs[1].version, msgs[1].versions) == (1, 2)  # shown: the new reply, the second of two (the first is kept)
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG):
        app.controller.edit_and_resend(msgs[0].id, "What is the capital of Germany? Answer in one sentence.")
    app.controller.writer.flush()
    msgs = app.store.messages(conv_id)
    assert msgs[0].content.startswith("What is the capital of Germany")
    assert len(msgs) == 2 and "Berlin" in msgs[1].content
    shown = [w for w in app.window.chat.messages() if isinstance(w, UserMessage)]
    assert len(shown) == 1 and "Germany" in shown[0].label.text()


def test_restart_restores_history(qtbot, ponder_home: Path) -> None:  # type: ignore[no-untyped-def]
    first = PonderApp(theme="light")
    qtbot.addWidget(first.window)
    load(qtbot, first)
    first.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 32}
    reply = send(qtbot, first, FRANCE)
    first.shutdown()
    second = PonderApp(theme="dark")
    qtbot.addWidget(second.window)
    try:
        convs = second.store.conversations()
        assert len(convs) == 1
        second.controller.open_conversation(convs[0].id)
        shown = second.window.chat.messages()
        assert isinstance(shown[0], UserMessage) and shown[0].label.text() == FRANCE
        assert isinstance(shown[1], AssistantMessage)
        assert shown[1].answer.text == reply.content
        assert second.window.conversations.model.rowCount() == 1
    finally:
        second.shutdown()


def test_engine_crash_keeps_the_partial_reply(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, app)
    app.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 3000}
    chunks: list[str] = []

    def kill_after_some(text: str) -> None:
        chunks.append(text)
        if len(chunks) == 3:
            os.kill(app.bridge.client.pid, signal.SIGABRT)

    app.controller.answer_received.connect(kill_after_some)
    with qtbot.waitSignal(app.bridge.loaded, timeout=LONG):  # the engine comes back by itself
        reply = send(qtbot, app, "Tell me a very long story about the sea.")
    assert reply.state == S.INTERRUPTED
    assert reply.content == "".join(chunks) and reply.content
    assert "stopped unexpectedly" in reply.stats["error"]
    assert "Interrupted" in replies(app)[-1].footer.text()
    app.controller.answer_received.disconnect(kill_after_some)
    app.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 32}
    assert "Paris" in send(qtbot, app, FRANCE).content


def test_app_killed_mid_reply_keeps_the_checkpoint(ponder_home: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.gui import PonderApp\n"
        "qapp = QApplication([])\n"
        "p = PonderApp()\n"
        "p.controller.sampling_overrides = {'temperature': 0.0, 'max_tokens': 3000}\n"
        "p.bridge.loaded.connect(lambda e: p.controller.send('Tell me a very long story about the sea.'))\n"
        "n = []\n"
        "def on_answer(t):\n"
        "    n.append(t)\n"
        "    if len(n) == 60: os._exit(3)\n"
        "p.controller.answer_received.connect(on_answer)\n"
        "p.load_model(0)\n"
        "qapp.exec()\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ))
    assert proc.returncode == 3, proc.stderr[-2000:]
    reopened = PonderApp(theme="light")
    qtbot.addWidget(reopened.window)
    try:
        assert reopened.store.recovered == 1
        conv = reopened.store.conversations()[0]
        reply = reopened.store.messages(conv.id)[-1]
        assert reply.state == S.INTERRUPTED and len(reply.content) > 20  # at least one checkpoint
    finally:
        reopened.shutdown()


def test_hostile_output_is_inert_in_the_view(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    message = S.Message(id=1, conversation_id=1, position=1, role="assistant", content="")
    widget = app.window.chat.add_message(message)
    assert isinstance(widget, AssistantMessage)
    for text in HOSTILE[:36]:
        widget.answer.set_text(text)
        for browser in (widget.answer.done, widget.answer.tail):
            doc = browser.document()
            block = doc.begin()
            while block.isValid():
                it = block.begin()
                while not it.atEnd():
                    fmt = it.fragment().charFormat()
                    assert not fmt.isImageFormat() or not QTextImageFormat(fmt).name(), text[:40]
                    if fmt.isAnchor():
                        assert fmt.anchorHref().startswith(("http://", "https://", "ponder-copy:")), text[:40]
                    it += 1
                block = block.next()


def test_conversation_list_model(qtmodeltester, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    for title in ("one", "two", "three"):
        app.store.create_conversation(title)
    model = ConversationListModel()
    model.set_conversations(app.store.conversations())
    qtmodeltester.check(model)
    assert [model.index(i).data() for i in range(3)] == ["three", "two", "one"]


def test_delete_and_undo(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    conv, _first = app.store.start_conversation("hello")
    app.refresh_conversations()
    app.window.conversations.delete_requested.emit(conv.id)
    assert app.window.conversations.model.rowCount() == 0
    assert app.window.offer_banner.isVisible() and "Deleted" in app.window.offer_banner.text()
    app.window.offer_banner.action.click()  # Undo
    assert app.window.conversations.model.rowCount() == 1


def test_self_test_command(ponder_home: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "app.main", "--self-test"], capture_output=True,
                          text=True, timeout=180, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stderr
    assert "self-test: ok" in proc.stdout
    assert (ponder_home / "chats.sqlite3").exists()


def test_system_prompt_preset_and_export(qtbot, app: PonderApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, app)
    app.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 24}
    app.window.preset_chosen.emit(1)  # "Concise"
    conv = app.controller.conversation
    assert conv is not None and conv.system_prompt.startswith("You are a helpful assistant")
    reply = send(qtbot, app, FRANCE)
    assert reply.content
    target = tmp_path / "chat.json"
    app.write_export(target, reasoning=False, json_format=True)
    import json

    data = json.loads(target.read_text())
    assert data["system_prompt"] == conv.system_prompt and len(data["messages"]) == 2


def test_huge_paste_gives_a_clear_error_and_loses_nothing(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, app)
    paste = "word " * 20_000  # 100 000 characters
    errors: list[str] = []
    app.window.error_banner.shown.connect(errors.append)
    reply = send(qtbot, app, paste)
    assert reply.state == S.FAILED and reply.content == "" and "too long" in reply.stats["error"]
    conv = app.controller.conversation
    assert app.store.messages(conv.id)[0].content == paste  # the user's text is kept whole
    assert "too long" in replies(app)[-1].footer.text()  # told once, on the reply it stopped
    assert errors == []


def test_delete_a_message(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    conv = app.store.create_conversation()
    first = app.store.add_message(conv.id, "user", "keep me")
    second = app.store.add_message(conv.id, "user", "delete me")
    app.controller.open_conversation(conv.id)
    app.window.chat.delete_requested.emit(second.id)
    assert [m.id for m in app.store.messages(conv.id)] == [first.id]
    assert len(app.window.chat.messages()) == 1
    assert app.window.offer_banner.isVisible()
    app.window.offer_banner.action.click()  # Undo
    assert [m.id for m in app.store.messages(conv.id)] == [first.id, second.id]
    assert len(app.window.chat.messages()) == 2


def test_switching_models_mid_reply_ends_the_reply_and_the_next_one_is_answered(  # type: ignore[no-untyped-def]
    qtbot, app: PonderApp, ponder_home: Path, nemotron3_double: Path
) -> None:
    add_model(ponder_home, nemotron3_double, "nemo3")
    load(qtbot, app)
    app.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 400}
    switch_to = [m.name for m in app.models].index("nemo3")

    def switch(_text: str) -> None:
        app.controller.answer_received.disconnect(switch)
        app.window.model_picker.activated.emit(switch_to)  # the user picks another model, mid-reply

    app.controller.answer_received.connect(switch)
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG) as blocker:
        app.window.composer.editor.setPlainText("Count from 1 to 300.")
        app.window.composer.send_button.click()
    cut = blocker.args[0]
    assert cut.state == S.CANCELLED and cut.content  # ended once, with what had arrived
    assert app.window.composer.send_button.isVisible()  # not busy
    qtbot.waitUntil(lambda: app.bridge.model is not None and app.bridge.model["model"] == "nemo3",
                    timeout=LONG)
    app.controller.update_conversation(budget=0)
    reply = send(qtbot, app, FRANCE)
    assert reply.state == S.COMPLETE and reply.content.strip()
    app.controller.writer.flush()
    assert [m.state for m in app.store.messages(cut.conversation_id) if m.role == "assistant"] == [
        S.CANCELLED, S.COMPLETE]


def test_a_message_sent_while_the_model_loads_is_answered_when_it_is_ready(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    app.refresh_models()
    app.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 32}
    app.load_model(0)  # not waited for
    assert app.bridge.model is None and app.bridge.busy
    reply = send(qtbot, app, FRANCE)  # waits for reply_finished
    assert reply.state == S.COMPLETE and "Paris" in reply.content
    assert [m.role for m in app.store.messages(reply.conversation_id)] == ["user", "assistant"]
