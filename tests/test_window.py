"""The window as a new user meets it: focus, keyboard, the one reasoning control, small windows,
remembering where they were. The real app offscreen, with the real engine and models."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolBar, QWidget

from app import export
from app.gui import PonderApp
from engine import store as S
from tests.test_gui import FRANCE, LONG, add_model, load, send
from ui.chat_view import AssistantMessage, UserMessage
from ui.conversation_list import Roles
from ui.reasoning_control import ReasoningControl, ReasoningKind, ReasoningState


@pytest.fixture
def app(qtbot, ponder_home: Path) -> Iterator[PonderApp]:  # type: ignore[no-untyped-def]
    ponder = PonderApp(theme="light")
    qtbot.addWidget(ponder.window)
    ponder.window.show()
    ponder.window.activateWindow()
    qtbot.waitExposed(ponder.window)
    yield ponder
    ponder.shutdown()


def listed_chat(app: PonderApp, title: str) -> S.Conversation:
    """A stored chat with one message, shown in the chat list."""
    conv, _message = app.store.start_conversation("hello", title)
    app.refresh_conversations()
    return conv


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_typing_right_after_launch_lands_in_the_message_box_and_is_answered_once_loaded(  # type: ignore[no-untyped-def]
    qtbot, app: PonderApp
) -> None:
    editor = app.window.composer.editor
    qtbot.waitUntil(lambda: focused() is editor)
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 32}
    app.model_control.load_last()  # as the app does right after showing the window; not waited for
    qtbot.keyClicks(focused(), "What is the capital of France?")
    assert editor.toPlainText() == "What is the capital of France?"
    assert app.store.conversations() == []  # a space typed never pressed "New chat"
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    reply = blocker.args[0]
    assert reply.state == S.COMPLETE and reply.content.strip()
    assert len(app.store.conversations()) == 1
    assert [m.role for m in app.store.messages(reply.conversation_id)] == ["user", "assistant"]
    assert focused() is editor  # still there after sending


def test_new_chat_and_choosing_a_chat_give_the_message_box_the_focus(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    conv = listed_chat(app, "Earlier chat")
    view = app.window.conversations.view
    view.setFocus()
    qtbot.waitUntil(lambda: focused() is view)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # Up/Down choose, Enter opens
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert app.controller.conversation is not None and app.controller.conversation.id == conv.id
    assert focused() is app.window.composer.editor
    app.window.conversations.search.setFocus()
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is app.window.composer.editor
    for _ in range(5):  # Ctrl+N pressed again and again
        app.window.new_chat_action.trigger()
    assert [c.id for c in app.store.conversations()] == [conv.id]  # empty chats are not stored


def test_tab_leaves_the_message_box_and_ctrl_l_comes_back(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    editor = app.window.composer.editor
    qtbot.waitUntil(lambda: focused() is editor)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert focused() is not editor and "\t" not in editor.toPlainText()
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert focused() is editor


def test_f2_renames_in_place_and_delete_deletes_with_undo(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    conv = listed_chat(app, "Tom & Jerry")
    panel = app.window.conversations
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.view.setFocus()
    qtbot.waitUntil(lambda: focused() is panel.view)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit) and editor.text() == "Tom & Jerry"
    editor.selectAll()
    qtbot.keyClicks(editor, "Cats & dogs")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits it a moment later
    qtbot.waitUntil(lambda: app.store.conversation(conv.id).title == "Cats & dogs")
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert app.store.conversations() == [] and panel.model.rowCount() == 0
    banner = app.window.offer_banner
    assert banner.isVisible() and "Cats & dogs" in banner.text()
    assert banner.action.text() == "Undo"
    banner.action.click()
    assert [c.title for c in app.store.conversations()] == ["Cats & dogs"]
    assert panel.model.rowCount() == 1 and not banner.isVisible()


def test_delete_in_the_search_box_edits_text_and_deletes_no_chat(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    conv = listed_chat(app, "Keep me")
    search = app.window.conversations.search
    search.setFocus()
    qtbot.waitUntil(lambda: focused() is search)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert [c.id for c in app.store.conversations()] == [conv.id]


def test_help_lists_every_shortcut(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    dialog = app.window.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    keys = set(rows.values())
    for action in app.window.shortcut_actions():
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in keys, action.text()
    for key in ("F2", "Del", "Ctrl+L", "Ctrl+Shift+A", "Ctrl+N", "Esc", "F1", "Ctrl+Enter", "Shift+Enter"):
        assert key in keys, key
    menus = [a.text() for a in app.window.menuBar().actions()]
    assert "&Help" in menus


def test_reasoning_control_states(qtbot) -> None:  # type: ignore[no-untyped-def]
    control = ReasoningControl()
    qtbot.addWidget(control)
    control.set_state(ReasoningState(ReasoningKind.NONE, -1, "this model does not reason"))
    assert not control.available and control.value_text() == "n/a"
    assert "does not reason" in control.toolTip()
    assert not control.findChild(type(control._slider)).isEnabled()
    control.set_state(ReasoningState(ReasoningKind.ALWAYS, 0))
    assert control.available and control.value_text() == "Off"
    assert "closed as soon as it opens" in control.toolTip()
    control.set_state(ReasoningState(ReasoningKind.SWITCHABLE, 0))
    assert "without thinking" in control.toolTip()
    seen: list[int] = []
    control.budget_changed.connect(seen.append)
    control._slider.setValue(3)  # the user moves it
    assert seen == [1024] and control.value_text() == "1k"
    control._slider.setValue(control._slider.maximum())
    assert seen[-1] == -1 and control.value_text() == "Unlimited"


def test_one_control_switches_reasoning_and_is_remembered_per_chat(  # type: ignore[no-untyped-def]
    qtbot, app: PonderApp, ponder_home: Path, nemotron3_double: Path
) -> None:
    add_model(ponder_home, nemotron3_double, "nemo3")
    load(qtbot, app, "nemo3")
    control = app.window.reasoning
    assert control.available and control.state.kind == ReasoningKind.SWITCHABLE
    app.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 24}
    control._slider.setValue(0)  # Off
    assert control.budget() == 0 and control.value_text() == "Off"  # the control shows what was chosen
    reply = send(qtbot, app, FRANCE)
    conv = app.store.conversation(reply.conversation_id)
    assert conv.budget == 0 and conv.reasoning == "off" and reply.reasoning == ""
    app.window.new_chat_action.trigger()
    assert control.budget() == -1  # a new chat starts with the default
    app.controller.open_conversation(conv.id)
    assert control.budget() == 0 and control.value_text() == "Off"


def test_small_window_shows_every_control(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    w = app.window
    w.resize(800, 600)
    qtbot.waitUntil(lambda: w.width() == 800)
    QApplication.processEvents()
    assert not w.findChildren(QToolBar)  # nothing can hide behind a "»" overflow
    bar = w.top_bar
    assert bar.minimumSizeHint().width() <= 800
    for child in (w.model_picker, w.reasoning, w.preset_picker):
        rect = child.geometry()
        assert child.isVisible() and rect.right() <= bar.width() and rect.width() > 40, child
    send_button = w.composer.send_button
    top_left = send_button.mapTo(w, send_button.rect().topLeft())
    assert send_button.isVisible() and top_left.x() + send_button.width() <= 800
    assert top_left.y() + send_button.height() <= 600


def test_export_is_offered_in_documents_with_one_dot() -> None:
    path = export.default_path("What is the capital of France? Answer in one sentence…")
    assert path.name.endswith(".md") and ".." not in path.name and "…" not in path.name
    assert path.parent.name == "Documents" or path.parent == Path.home()
    assert export.default_path("...").name == "chat.md"


def test_remembers_the_last_model_and_chat(qtbot, ponder_home: Path, nemotron3_double: Path) -> None:  # type: ignore[no-untyped-def]
    add_model(ponder_home, nemotron3_double, "nemo3")
    first = PonderApp(theme="light")
    qtbot.addWidget(first.window)
    load(qtbot, first, "nemo3")
    conv = first.store.create_conversation("Second chat")
    first.store.add_message(conv.id, "user", "hello")
    first.store.create_conversation("Other chat")
    first.controller.open_conversation(conv.id)
    first.shutdown()
    again = PonderApp(theme="light")
    qtbot.addWidget(again.window)
    try:
        assert again.controller.conversation is not None and again.controller.conversation.id == conv.id
        assert [m.content for m in again.store.messages(conv.id)] == ["hello"]
        with qtbot.waitSignal(again.bridge.loaded, timeout=LONG) as blocker:
            again.model_control.load_last()
        assert blocker.args[0]["model"] == "nemo3"
        assert "nemo3" in again.window.model_picker.currentText()
    finally:
        again.shutdown()


def test_a_chat_written_with_another_model_offers_to_switch(  # type: ignore[no-untyped-def]
    qtbot, app: PonderApp, ponder_home: Path, nemotron3_double: Path
) -> None:
    add_model(ponder_home, nemotron3_double, "nemo3")
    load(qtbot, app, "SmolLM2-135M-Instruct")
    conv = app.store.create_conversation("With nemo3")
    app.store.add_message(conv.id, "user", "hello")
    app.store.add_message(conv.id, "assistant", "hi", model="nemo3")
    app.controller.open_conversation(conv.id)
    banner = app.window.offer_banner
    assert banner.isVisible() and "nemo3" in banner.text()
    with qtbot.waitSignal(app.bridge.loaded, timeout=LONG) as blocker:
        banner.action.click()
    assert blocker.args[0]["model"] == "nemo3"
    offers: list[str] = []
    banner.shown.connect(offers.append)
    app.controller.open_conversation(conv.id)  # the chat's model is loaded now: nothing to offer
    assert offers == []


def test_status_bar_shows_the_open_chats_numbers(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, app)
    fast = app.store.create_conversation("fast")
    app.store.add_message(fast.id, "user", "hi")
    reply = app.store.add_message(fast.id, "assistant", state=S.STREAMING)
    app.store.save_reply(reply.id, "hello", "", S.COMPLETE,
                         {"decode_tokens_per_s": 42.0, "ttft_s": 0.1, "prompt_tokens": 100,
                          "generated_tokens": 20})
    quiet = app.store.create_conversation("quiet")
    app.store.add_message(quiet.id, "user", "no reply yet")
    app.controller.open_conversation(fast.id)
    assert "42.0 tok/s" in app.window.speed_status.text()
    assert "120" in app.window.context_status.text()
    app.controller.open_conversation(quiet.id)
    assert app.window.speed_status.text() == ""  # not the other chat's numbers
    assert "120" not in app.window.context_status.text()


def _replies(app: PonderApp) -> list[AssistantMessage]:
    return [w for w in app.window.chat.messages() if isinstance(w, AssistantMessage)]


def test_regenerate_keeps_versions_and_the_navigator_switches_them(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, app)
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 24}
    first = send(qtbot, app, FRANCE)
    card = _replies(app)[-1]
    assert card.regenerate_button.isVisibleTo(card)  # on the last reply
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG) as blocker:
        card.regenerate_button.click()
    second = blocker.args[0]
    assert second.id != first.id and second.state == S.COMPLETE
    card = _replies(app)[-1]
    assert card.versions is not None and card.versions.label.text() == "2/2"
    assert card.answer.text == second.content
    card.versions.previous.click()  # back to the first version
    card = _replies(app)[-1]
    assert card.versions is not None and card.versions.label.text() == "1/2"
    assert card.answer.text == first.content
    app.controller.writer.flush()
    conv_id = first.conversation_id
    assert [m.id for m in app.store.messages(conv_id) if m.role == "assistant"] == [first.id]


def test_deleting_a_message_can_be_undone(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    conv, first = app.store.start_conversation("keep me")
    second = app.store.add_message(conv.id, "user", "delete me")
    app.controller.open_conversation(conv.id)
    cards = [w for w in app.window.chat.messages() if isinstance(w, UserMessage)]
    assert [c.message.id for c in cards] == [first.id, second.id]
    app.window.chat.delete_requested.emit(second.id)  # the card's Delete button
    assert [m.id for m in app.store.messages(conv.id)] == [first.id]
    assert [w.message.id for w in app.window.chat.messages()] == [first.id]
    banner = app.window.offer_banner
    assert banner.isVisible() and banner.action.text() == "Undo"
    banner.action.click()
    assert [m.id for m in app.store.messages(conv.id)] == [first.id, second.id]
    assert [w.message.id for w in app.window.chat.messages()] == [first.id, second.id]


def test_search_finds_chats_off_the_gui_thread_with_a_snippet(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    tokyo, _ = app.store.start_conversation("東京の天気はどうですか", title="Weather")
    other, _ = app.store.start_conversation("Tell me about tides", title="Tides")
    app.refresh_conversations()
    panel = app.window.conversations
    assert panel.model.rowCount() == 2
    with qtbot.waitSignal(app.search.results, timeout=5000):
        panel.search.setText("天気")  # (typed through an input method: QTest types only ASCII)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    index = panel.model.index(0)
    assert index.data(Roles.ID) == tokyo.id
    assert "<b>天気</b>" in index.data(Roles.MARKED)  # the match, highlighted in its snippet
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    with qtbot.waitSignal(app.search.results, timeout=5000):
        qtbot.keyClicks(panel.search, "<b>tides")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)  # markup in a query is text, found nowhere
    assert other.id != tokyo.id


def test_an_engine_crash_is_told_once_then_its_outcome(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, app)
    app.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 3000}
    notices: list[str] = []
    app.window.statusBar().messageChanged.connect(lambda text: text and notices.append(text))
    errors: list[str] = []
    app.window.error_banner.shown.connect(errors.append)

    def kill(_text: str) -> None:
        app.controller.answer_received.disconnect(kill)
        os.kill(app.bridge.client.pid, signal.SIGABRT)

    app.controller.answer_received.connect(kill)
    with qtbot.waitSignal(app.bridge.loaded, timeout=LONG):  # the engine comes back by itself
        reply = send(qtbot, app, "Tell me a very long story about the sea.")
    assert reply.state == S.INTERRUPTED
    assert errors == []  # the reply's own card says it was interrupted; no second message
    assert any("Restarting the engine" in n for n in notices)
    qtbot.waitUntil(lambda: "restarted" in app.window.statusBar().currentMessage())


def test_an_engine_dying_while_loading_is_told_once_and_not_restarted(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    app.refresh_models()
    errors: list[str] = []
    app.window.error_banner.shown.connect(errors.append)
    loads: list[object] = []
    app.bridge.loaded.connect(loads.append)
    with qtbot.waitSignal(app.bridge.load_failed, timeout=LONG):
        app.load_model(0)
        os.kill(app.bridge.client.pid, signal.SIGKILL)  # dies before the model is ready
    qtbot.wait(1500)  # time for a restart, were one (wrongly) started
    assert len(errors) == 1 and "Could not load the model" in errors[0]
    assert loads == [] and not app.bridge.busy and app.bridge.model is None


def test_a_message_waiting_for_a_model_that_fails_to_load_is_told_once(  # type: ignore[no-untyped-def]
    qtbot, app: PonderApp, ponder_home: Path, starter_path: Path
) -> None:
    (ponder_home / "models").mkdir(parents=True, exist_ok=True)
    broken = ponder_home / "models" / "broken.gguf"
    broken.write_bytes(starter_path.read_bytes())
    app.refresh_models()
    index = [m.name for m in app.models].index("broken")
    errors: list[str] = []
    app.window.error_banner.shown.connect(errors.append)
    broken.write_bytes(broken.read_bytes()[: 4096])  # listed, then cut short before it loads
    with qtbot.waitSignal(app.bridge.load_failed, timeout=LONG):
        app.load_model(index)
        app.window.composer.editor.setPlainText("Hello?")
        app.window.composer.send_button.click()
    assert len(errors) == 1 and "Could not load the model" in errors[0] and "not answered" in errors[0]
    assert not app.controller.busy and app.window.composer.send_button.isVisible()


def test_a_chat_started_by_sending_is_reopened_at_the_next_start(qtbot, ponder_home: Path) -> None:  # type: ignore[no-untyped-def]
    first = PonderApp(theme="light")
    qtbot.addWidget(first.window)
    load(qtbot, first)
    first.controller.sampling_overrides = {"temperature": 0.0, "max_tokens": 8}
    reply = send(qtbot, first, FRANCE)  # from the blank new chat a first launch shows
    first.shutdown()
    again = PonderApp(theme="light")
    qtbot.addWidget(again.window)
    try:
        assert again.controller.conversation is not None
        assert again.controller.conversation.id == reply.conversation_id
    finally:
        again.shutdown()


def test_actions_that_change_the_chat_wait_while_a_reply_runs(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    conv, first = app.store.start_conversation("hello")
    app.controller.open_conversation(conv.id)
    [card] = app.window.chat.messages()
    assert isinstance(card, UserMessage) and card.edit_button.isEnabled()
    card.edit()
    assert card.editor is not None
    card.editor.setPlainText("changed")
    app.window.set_busy(True)  # a reply starts
    assert not card.edit_button.isEnabled() and not card.delete_button.isEnabled()
    assert card.copy_button.isEnabled()
    edits: list[tuple[int, str]] = []
    app.window.chat.edit_submitted.connect(lambda i, t: edits.append((i, t)))
    card.submit()  # Ctrl+Enter meanwhile: nothing is sent, nothing looks sent
    assert edits == [] and card.editing and card.editor.toPlainText() == "changed"
    app.window.set_busy(False)
    card.submit()
    assert edits == [(first.id, "changed")]
