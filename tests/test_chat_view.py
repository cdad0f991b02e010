"""The real chat view, offscreen, with messages made by hand: lazy opening, scrolling, cards and their actions."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextTable
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from engine.store import CANCELLED, COMPLETE, INTERRUPTED, STREAMING, Message
from ui import answer_view, l10n, reasoning_pane
from ui.answer_view import AnswerView
from ui.chat_view import MARGIN_X, MAX_COLUMN, PAGE, ChatView
from ui.markdown_render import MarkdownRenderer
from ui.message_cards import AssistantMessage, UserMessage

ANSWER = ("Here is **an answer** with `code` and a list:\n\n1. one\n2. two\n\n"
          "```python\ndef f(x):\n    return x * 2\n```\n\nAnd a closing paragraph that wraps a little.")


def message(i: int, role: str | None = None, content: str | None = None, **fields: object) -> Message:
    role = role or ("user" if i % 2 == 0 else "assistant")
    text = content if content is not None else (f"Question number {i}?" if role == "user" else f"Reply {i}. {ANSWER}")
    return Message(id=i + 1, conversation_id=1, position=i, role=role, content=text, **fields)  # type: ignore[arg-type]


def chat_of(n: int) -> list[Message]:
    return [message(i) for i in range(n)]


class Store:
    """What the controller hands the view: the newest messages and a way to fetch older ones."""

    def __init__(self, messages: list[Message]):
        self.messages = messages
        self.calls: list[tuple[int, int]] = []

    def fetch_older(self, before: int, limit: int) -> list[Message]:
        self.calls.append((before, limit))
        return self.messages[max(before - limit, 0):before]


def settle(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not chat.busy(), timeout=10_000)
    QApplication.processEvents()


def cards(chat: ChatView) -> list[UserMessage | AssistantMessage]:
    return [w for w in chat.messages() if isinstance(w, (UserMessage, AssistantMessage))]


def on_screen(chat: ChatView) -> list[UserMessage | AssistantMessage]:
    view = chat.viewport().rect()
    return [c for c in cards(chat) if c.isVisible() and c.geometry().intersects(view)]


def y_of(chat: ChatView, message_id: int) -> int:
    card = next(c for c in cards(chat) if c.message.id == message_id)
    return card.geometry().top()


def at_bottom(chat: ChatView) -> bool:
    bar = chat.verticalScrollBar()
    return bar.value() == bar.maximum()


def streaming_reply(chat: ChatView, i: int = 1, **fields: object) -> AssistantMessage:
    card = chat.add_message(message(i, "assistant", "", state=STREAMING, **fields))
    assert isinstance(card, AssistantMessage)
    return card


# -- opening and scrolling ---------------------------------------------------------


def test_a_10000_message_chat_shows_its_end_with_a_few_cards(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    store = Store(chat_of(10_000))
    chat.show_conversation(store.messages[-PAGE:], total=10_000, fetch_older=store.fetch_older)
    settle(qtbot, chat)
    built = cards(chat)
    assert built[-1].message.id == 10_000 and at_bottom(chat)
    assert built[-1] in on_screen(chat)
    assert 3 <= len(built) <= 25  # the screen and about a screen around it, not the chat
    assert store.calls == []  # nothing older was needed yet
    assert chat.message_count() == PAGE and chat.has_older


def test_a_whole_list_still_opens_lazily(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    messages = chat_of(10_000)
    chat.show_conversation(messages)
    settle(qtbot, chat)
    assert cards(chat)[-1].message.id == 10_000 and at_bottom(chat)
    assert len(cards(chat)) <= 25 and chat.message_count() == PAGE and chat.has_older
    chat.verticalScrollBar().setValue(0)
    settle(qtbot, chat)
    assert chat.message_count() > PAGE  # the rest comes page by page, as with fetch_older


def test_scrolling_up_loads_older_pages_and_keeps_the_view_still(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    store = Store(chat_of(400))
    chat.show_conversation(store.messages[-PAGE:], total=400, fetch_older=store.fetch_older)
    settle(qtbot, chat)
    bar = chat.verticalScrollBar()
    bar.setValue(chat.viewport().height())  # close to the top of what is loaded
    assert store.calls == []
    top_card = on_screen(chat)[0]
    mark, where = top_card.message.id, y_of(chat, top_card.message.id)
    settle(qtbot, chat)
    assert store.calls and store.calls[0] == (400 - PAGE, PAGE)
    assert chat.message_count() > PAGE
    assert abs(y_of(chat, mark) - where) <= 1  # what the user looks at did not move
    most = 0
    for _ in range(2000):  # on to the very first message
        bar.setValue(bar.value() - 400)
        QApplication.processEvents()
        most = max(most, len(cards(chat)))
        if bar.value() == 0 and not chat.has_older and not chat.busy():
            break
    settle(qtbot, chat)
    assert not chat.has_older and chat.message_count() == 400
    assert on_screen(chat)[0].message.position == 0
    assert most <= 40  # cards far from the screen were let go on the way up
    assert all(limit == PAGE for _, limit in store.calls)


def test_sending_while_scrolled_up_scrolls_to_the_new_message(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation(chat_of(60))
    settle(qtbot, chat)
    chat.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    assert not at_bottom(chat)
    sent = chat.add_message(message(60, "user", "A new question"))
    QApplication.processEvents()
    assert at_bottom(chat) and sent in on_screen(chat)


def test_a_streaming_reply_is_followed_unless_the_user_scrolls_away(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation(chat_of(20))
    chat.add_message(message(20, "user", "Tell me a long story"))
    streaming_reply(chat, 21)
    bar = chat.verticalScrollBar()
    for n in range(30):
        chat.add_answer(f"Line {n} of a long story that goes on.\n\n")
    qtbot.waitUntil(lambda: "Line 29" in cards(chat)[-1].answer.plain_text())
    qtbot.waitUntil(lambda: at_bottom(chat))
    bar.setValue(bar.value() - 300)  # the user scrolls up to read
    QApplication.processEvents()
    reply = cards(chat)[-1]
    kept, before_max = reply.y(), bar.maximum()
    for n in range(30, 60):
        chat.add_answer(f"Line {n} of a long story that goes on.\n\n")
    qtbot.waitUntil(lambda: bar.maximum() > before_max + 200)
    QApplication.processEvents()
    # left where the user put it: the text on screen does not move (the scroll value itself may,
    # when cards above are built in idle time and turn out taller or shorter than guessed)
    assert reply.y() == kept and not at_bottom(chat)
    bar.setValue(bar.maximum())  # back at the bottom: following again
    QApplication.processEvents()
    chat.add_answer("The very end.")
    qtbot.waitUntil(lambda: "The very end." in cards(chat)[-1].answer.plain_text())
    qtbot.waitUntil(lambda: at_bottom(chat))


def test_never_a_horizontal_scrollbar_long_lines_wrap(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    long_word = "x" * 3000
    url = "https://example.org/" + "a" * 800
    code = "```python\nvalue = '" + "y" * 900 + "'\n```"
    chat.show_conversation([message(0, "user", long_word), message(1, "assistant", f"{long_word}\n\n{url}\n\n{code}")])
    settle(qtbot, chat)
    assert chat.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    for card in cards(chat):
        assert card.geometry().right() < chat.viewport().width()
    user, reply = cards(chat)
    assert isinstance(user, UserMessage) and isinstance(reply, AssistantMessage)
    for browser in (user.label, reply.answer.done, reply.answer.tail):
        if browser.isVisible():
            assert browser.document().size().width() <= browser.viewport().width() + 1
            assert browser.horizontalScrollBar().maximum() == 0


def test_cards_fit_when_the_scroll_bar_appears(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation(chat_of(1))
    settle(qtbot, chat)
    assert not chat.verticalScrollBar().isVisible()
    wide = chat.viewport().width()
    for i in range(1, 8):
        chat.add_message(message(i))
    settle(qtbot, chat)
    assert chat.verticalScrollBar().isVisible() and chat.viewport().width() < wide
    for card in cards(chat):
        assert card.x() >= MARGIN_X - 1 and card.geometry().right() <= chat.viewport().width() - MARGIN_X
        assert card.width() == min(MAX_COLUMN, chat.viewport().width() - 2 * MARGIN_X)


def test_the_text_column_is_centred_and_readable_on_a_wide_window(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation(chat_of(6))
    chat.resize(1800, 700)
    settle(qtbot, chat)
    width = chat.viewport().width()
    for card in cards(chat):
        assert card.width() == MAX_COLUMN
        assert abs(card.x() - (width - card.geometry().right() - 1)) <= 1  # as much room left as right
    chat.resize(500, 600)
    settle(qtbot, chat)
    assert all(card.width() < 500 for card in cards(chat))


@pytest.mark.parametrize("width", [480, 800])
def test_message_buttons_are_never_clipped(qtbot, chat: ChatView, width: int) -> None:  # type: ignore[no-untyped-def]
    messages = [message(0, "user", "Hello there"),
                message(1, "assistant", ANSWER, reasoning="Some thought.", versions=3, version=2,
                        stats={"generated_tokens": 1234, "decode_tokens_per_s": 12.5, "ttft_s": 0.5,
                               "reasoning_tokens": 321, "thinking_s": 12.0, "budget_exhausted": True},
                        state=CANCELLED)]
    chat.resize(width, 600)
    chat.show_conversation(messages)
    settle(qtbot, chat)
    buttons = [b for card in cards(chat) for b in card.findChildren(QToolButton) if b.isVisibleTo(card)]
    assert len(buttons) >= 9
    for button in buttons:
        card = next(c for c in cards(chat) if c.isAncestorOf(button))
        left = button.mapTo(card, QPoint(0, 0))
        right = button.mapTo(card, QPoint(button.width() - 1, button.height() - 1))
        assert card.rect().contains(left) and card.rect().contains(right), button.accessibleName()
        assert button.width() >= button.minimumSizeHint().width(), button.accessibleName()


def test_a_button_reached_with_tab_is_scrolled_into_view(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation(chat_of(30))
    settle(qtbot, chat)
    bar = chat.verticalScrollBar()
    bar.setValue(bar.maximum() - chat.viewport().height() // 2)  # the last card's buttons are below the screen
    settle(qtbot, chat)
    last = cards(chat)[-1]
    assert isinstance(last, AssistantMessage)
    below = last.delete_button.mapTo(chat.viewport(), QPoint(0, 0)).y()
    assert below > chat.viewport().height()
    last.delete_button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    shown = last.delete_button.mapTo(chat.viewport(), QPoint(0, 0)).y()
    assert 0 <= shown and shown + last.delete_button.height() <= chat.viewport().height()


# -- cards --------------------------------------------------------------------------


def test_every_action_has_a_name_and_takes_the_keyboard_focus(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation([message(0), message(1, reasoning="thought", versions=2)])
    settle(qtbot, chat)
    buttons = [b for card in cards(chat) for b in card.findChildren(QToolButton)]
    assert buttons
    for button in buttons:
        assert button.accessibleName(), button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.accessibleName()


def test_the_header_stops_counting_when_the_answer_starts(qtbot, chat: ChatView,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(reasoning_pane, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    card = streaming_reply(chat, budget=512)
    chat.add_reasoning("Let me think about this carefully. " * 4)
    qtbot.waitUntil(lambda: card.reasoning is not None)
    pane = card.reasoning
    assert pane is not None and pane.header_text().startswith("Thinking… 0 s")
    clock[0] += 3
    qtbot.waitUntil(lambda: pane.header_text().startswith("Thinking… 3 s"))
    clock[0] += 2
    qtbot.waitUntil(lambda: pane.header_text().startswith("Thinking… 5 s"))  # still counting
    chat.add_answer("The answer")
    qtbot.waitUntil(lambda: pane.header_text().startswith(f"Thought for {l10n.seconds(5)}"))
    assert "token" in pane.header_text() and "cut short" not in pane.header_text()
    clock[0] += 7
    chat.add_answer(" goes on")
    qtbot.waitUntil(lambda: "goes on" in card.answer.plain_text())
    assert pane.header_text().startswith(f"Thought for {l10n.seconds(5)}")  # the answer's time is not thinking
    assert not pane.expanded  # folded away once the answer started
    chat.finish_reply(message(1, "assistant", "The answer goes on", reasoning=pane.text, budget=512,
                              stats={"reasoning_tokens": 37, "thinking_s": 5.2}))
    assert pane.header_text() == f"Thought for {l10n.seconds(5.2)} · {l10n.tokens(37)}"


def test_answer_now_and_the_budget_say_cut_short(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    card = streaming_reply(chat)
    chat.add_reasoning("Thinking hard")
    qtbot.waitUntil(lambda: card.reasoning is not None)
    pane = card.reasoning
    assert pane is not None and pane.header_text().startswith("Thinking…")
    chat.mark_cut_short()  # the user pressed Answer now: said at once, before any answer arrives
    assert "cut short" in pane.header_text() and pane.header_text().startswith("Thought for")
    chat.finish_reply(message(1, "assistant", "Done", reasoning="Thinking hard",
                              stats={"reasoning_tokens": 3, "thinking_s": 1.0}))
    assert pane.header_text() == f"Thought for {l10n.seconds(1.0)} · {l10n.tokens(3)} · cut short"
    chat.show_conversation([message(1, "assistant", "Done", reasoning="Thinking hard",
                                    stats={"reasoning_tokens": 9, "thinking_s": 2.0, "budget_exhausted": True})])
    reopened = cards(chat)[0]
    assert isinstance(reopened, AssistantMessage) and reopened.reasoning is not None
    assert reopened.reasoning.header_text() == (f"Thought for {l10n.seconds(2.0)} · {l10n.tokens(9)} · "
                                                "cut short: budget reached")


@pytest.mark.parametrize("first", ["reasoning", "answer"])
def test_an_empty_reply_waits_with_dots_until_the_first_token(qtbot, chat: ChatView, first: str) -> None:  # type: ignore[no-untyped-def]
    card = streaming_reply(chat)
    assert card.waiting.isVisible() and card.waiting.animating
    assert card.waiting.accessibleName() == "Waiting for the first token"
    frames = {card.waiting.text()}
    qtbot.waitUntil(lambda: frames.add(card.waiting.text()) or len(frames) > 1)  # it moves
    (chat.add_reasoning if first == "reasoning" else chat.add_answer)("Hi")
    qtbot.waitUntil(lambda: not card.waiting.isVisible())
    assert not card.waiting.animating
    finished = AssistantMessage(message(3, "assistant", ""), MarkdownRenderer())
    qtbot.addWidget(finished)
    finished.show()
    assert not finished.waiting.isVisible()  # a finished empty reply does not wait


def test_copy_says_copied_for_a_moment(qtbot, chat: ChatView, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(answer_view, "COPIED_MS", 200)
    chat.show_conversation([message(0, "user", "Question?"), message(1, "assistant", ANSWER)])
    settle(qtbot, chat)
    user, reply = cards(chat)
    assert isinstance(user, UserMessage) and isinstance(reply, AssistantMessage)
    qtbot.mouseClick(reply.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == ANSWER
    assert reply.copy_button.text() == "Copied"
    qtbot.waitUntil(lambda: reply.copy_button.text() == "Copy", timeout=2000)
    qtbot.mouseClick(user.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Question?" and user.copy_button.text() == "Copied"


def test_the_versions_navigator_asks_for_another_version(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation([message(0), message(1, versions=3, version=1), message(2), message(3)])
    settle(qtbot, chat)
    navigated, single = cards(chat)[1], cards(chat)[3]
    assert isinstance(navigated, AssistantMessage) and isinstance(single, AssistantMessage)
    assert navigated.versions is not None and navigated.versions.isVisibleTo(navigated)
    assert navigated.versions.label.text() == "2/3" and navigated.versions.label.accessibleName() == "Version 2 of 3"
    assert single.versions is None or not single.versions.isVisibleTo(single)
    with qtbot.waitSignal(chat.version_requested) as blocker:
        qtbot.mouseClick(navigated.versions.previous, Qt.MouseButton.LeftButton)
    assert blocker.args == [2, 0]
    with qtbot.waitSignal(chat.version_requested) as blocker:
        qtbot.mouseClick(navigated.versions.next, Qt.MouseButton.LeftButton)
    assert blocker.args == [2, 2]
    other = chat.replace_message(message(1, content="A different version", versions=3, version=0))
    assert isinstance(other, AssistantMessage) and other.answer.text == "A different version"
    assert other.versions is not None
    assert not other.versions.previous.isEnabled() and other.versions.next.isEnabled()
    assert [c.message.position for c in cards(chat)] == [0, 1, 2, 3]


def test_regenerate_is_offered_on_the_last_reply_only(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation(chat_of(4))
    settle(qtbot, chat)
    replies = [c for c in cards(chat) if isinstance(c, AssistantMessage)]
    assert [r.regenerate_button.isVisibleTo(r) for r in replies] == [False, True]
    with qtbot.waitSignal(chat.regenerate_requested):
        qtbot.mouseClick(replies[-1].regenerate_button, Qt.MouseButton.LeftButton)
    chat.add_message(message(4, "user", "More?"))
    streaming = streaming_reply(chat, 5)
    assert not replies[-1].regenerate_button.isVisibleTo(replies[-1])
    assert not streaming.action_bar.isVisibleTo(streaming)  # no actions while it is written
    chat.finish_reply(message(5, "assistant", "Sure."))
    assert streaming.regenerate_button.isVisibleTo(streaming)


def test_delete_asks_and_the_view_removes_the_card(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation(chat_of(4))
    settle(qtbot, chat)
    user = cards(chat)[2]
    with qtbot.waitSignal(chat.delete_requested) as blocker:
        qtbot.mouseClick(user.delete_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [3]
    chat.remove_message(3)
    QApplication.processEvents()
    assert [c.message.id for c in cards(chat)] == [1, 2, 4]
    assert cards(chat)[1].geometry().bottom() < cards(chat)[2].geometry().top()  # closed up


def test_edit_in_place_sends_with_ctrl_enter_and_cancels_with_esc(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation(chat_of(4))
    settle(qtbot, chat)
    user = cards(chat)[2]
    assert isinstance(user, UserMessage)
    qtbot.mouseClick(user.edit_button, Qt.MouseButton.LeftButton)
    editor = user.editor
    assert editor is not None and editor.toPlainText() == "Question number 2?"
    assert editor.hasFocus() and not user.label.isVisible()
    short = editor.height()
    editor.setPlainText("\n".join(f"line {n}" for n in range(8)))
    assert editor.height() > short  # it grows with the text
    qtbot.waitUntil(lambda: user.height() > user.heightForWidth(user.width()) - 2)  # the card grew too
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert user.editor is None and user.label.text() == "Question number 2?"
    qtbot.mouseClick(user.edit_button, Qt.MouseButton.LeftButton)
    editor = user.editor
    assert editor is not None
    editor.setPlainText("A better question?")
    with qtbot.assertNotEmitted(chat.edit_submitted):
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # a plain Enter is a new line
    editor.setPlainText("A better question?")
    with qtbot.waitSignal(chat.edit_submitted) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [3, "A better question?"]
    assert user.editor is None and user.label.text() == "A better question?"


def test_esc_in_the_editor_is_not_the_window_s_stop_shortcut(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    stop = QAction("Stop", window)
    stop.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    window.addAction(stop)  # as the main window's Stop is
    stops: list[bool] = []
    stop.triggered.connect(lambda: stops.append(True))
    view = ChatView(window)
    view.resize(700, 500)
    window.show()
    qtbot.waitExposed(window)
    view.show_conversation(chat_of(2))
    user = cards(view)[0]
    assert isinstance(user, UserMessage)
    user.edit()
    assert user.editor is not None
    qtbot.keyClick(user.editor, Qt.Key.Key_Escape)
    assert user.editor is None and stops == []
    view.clear()


def test_an_edited_card_is_kept_while_it_is_scrolled_away(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation(chat_of(200))
    settle(qtbot, chat)
    user = cards(chat)[-2]
    assert isinstance(user, UserMessage)
    user.edit()
    chat.verticalScrollBar().setValue(0)
    settle(qtbot, chat)
    assert user in cards(chat) and user.editing  # the text being written is not lost


# -- answers --------------------------------------------------------------------------


def answer(qtbot, text: str, width: int = 600) -> AnswerView:  # type: ignore[no-untyped-def]
    view = AnswerView(MarkdownRenderer())
    qtbot.addWidget(view)
    view.resize(width, 400)
    view.show()
    view.set_text(text)
    QApplication.processEvents()
    return view


def test_tables_have_borders_and_padding(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = answer(qtbot, "Intro.\n\n| name | value |\n|---|---|\n| a | 1 |")
    tables = [f for b in (view.done, view.tail) for f in b.document().rootFrame().childFrames()
              if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    assert table.format().border() >= 1 and table.format().borderCollapse()
    cell = table.cellAt(1, 0).format().toTableCellFormat()
    assert cell.leftPadding() >= 4 and cell.topPadding() >= 2


def test_code_blocks_name_their_language_and_their_copy_link_says_copied(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answer_view, "COPIED_MS", 200)
    view = answer(qtbot, "Try:\n\n```python\nprint('hi')\n```\n\nand\n\n```\nplain\n```\n\nDone.")
    shown = view.plain_text()
    assert "python" in shown and "code" in shown and "print('hi')\nplain" not in shown
    assert view.link_text(0) == "Copy code"
    view.done.anchorClicked.emit(QUrl("ponder-copy:0"))
    assert QGuiApplication.clipboard().text() == "print('hi')"
    assert view.link_text(0) == "Copied" and view.link_text(1) == "Copy code"
    qtbot.waitUntil(lambda: view.link_text(0) == "Copy code", timeout=2000)
    assert not view.copy_code(7)


def test_no_blank_line_at_the_end_of_an_answer(qtbot) -> None:  # type: ignore[no-untyped-def]
    line = answer(qtbot, "Hello").fontMetrics().lineSpacing()
    for text in ("Hello", "Hello\n\n", "First.\n\nHello\n\n\n"):
        view = answer(qtbot, text)
        last = view.tail if view.tail.isVisible() else view.done
        assert last.toPlainText().rstrip("\n") == last.toPlainText(), repr(text)
        assert last.heightForWidth(last.width()) < 2 * line + 12, repr(text)
    code = answer(qtbot, "```python\nx = 1\n```")
    assert code.plain_text().endswith("x = 1")


def test_a_streamed_answer_keeps_its_blocks_apart(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = answer(qtbot, "")
    for part in ["Para one.\n\n", "- a\n- b\n\n", "```py\nx=1\n```\n\n", "| a |\n|---|\n| 1 |\n\n", "End"]:
        view.append(part)
        view.refresh()
    text = view.plain_text()
    assert "bpy" not in text and "\nb\n" in text  # the list's last item is not glued to the next block
    assert text.endswith("End") and "x=1\n\n" not in text


def test_a_reopened_streaming_reply_goes_on_streaming(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation([message(0), message(1, "assistant", "Half an ans", state=STREAMING)])
    assert chat.current is not None and chat.current.answer.plain_text() == "Half an ans"
    chat.add_answer("wer.")
    qtbot.waitUntil(lambda: cards(chat)[-1].answer.plain_text() == "Half an answer.")
    chat.finish_reply(message(1, "assistant", "Half an answer.", state=COMPLETE))
    assert chat.current is None


def test_an_empty_chat_says_what_to_do(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    assert chat.placeholder.isVisible()
    chat.set_placeholder("No model found.")
    assert chat.placeholder.text() == "No model found."
    chat.show_conversation(chat_of(2))
    assert not chat.placeholder.isVisible() and len(cards(chat)) == 2
    chat.clear()
    assert chat.placeholder.isVisible() and cards(chat) == []


def test_a_remote_replys_footer_says_which_server_answered_and_why_it_broke_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    stats = {"server": "gpu-box", "budget_method": "two_phase", "finish_reason": "interrupted",
             "error": "The reply from gpu-box:8000 broke off: it closed the connection."}
    card = AssistantMessage(message(1, "assistant", "Half"), MarkdownRenderer())
    qtbot.addWidget(card)
    card.show_final(message(1, "assistant", "Half", state=INTERRUPTED, stats=stats))
    text = card.footer.text()
    assert text.startswith("Interrupted: The reply from gpu-box:8000 broke off")
    assert "answered by gpu-box" in text and "budget: two-phase" in text
    local = AssistantMessage(message(3, "assistant", "Done"), MarkdownRenderer())
    qtbot.addWidget(local)
    local.show_final(message(3, "assistant", "Done", stats={"budget_method": "none"}))
    assert "answered by" not in local.footer.text()  # a local reply names no server
