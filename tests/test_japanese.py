"""Japanese in the window: text without spaces wraps inside the answer and the reasoning pane,
Japanese fonts come first in the fallback, and search finds words in a Japanese chat."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from app.gui import PonderApp
from tests.test_chat_view import message, settle, streaming_reply
from ui import fonts
from ui.chat_view import ChatView
from ui.conversation_list import Roles

# One long paragraph without a single space, as Japanese is written, plus a long kana run.
SENTENCE = "東京は日本の首都であり、政治・経済・文化の中心地として多くの人々が暮らしています。"
PARAGRAPH = SENTENCE * 12
KANA = "あ" * 400


def _blocks(document):  # type: ignore[no-untyped-def]
    block = document.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def test_japanese_wraps_in_the_answer_and_the_reasoning(qtbot, chat: ChatView) -> None:  # type: ignore[no-untyped-def]
    chat.show_conversation([message(0, "user", "東京について教えてください。"),
                            message(1, "assistant", f"{PARAGRAPH}\n\n{KANA}", reasoning=PARAGRAPH)])
    settle(qtbot, chat)
    card = [c for c in chat.messages() if hasattr(c, "answer")][-1]
    for browser in (card.answer.done, card.answer.tail):
        if browser.isVisible():
            assert browser.horizontalScrollBar().maximum() == 0
            assert browser.document().size().width() <= browser.viewport().width() + 1
            lines = sum(block.layout().lineCount() for block in _blocks(browser.document()))
            assert lines > 12  # two paragraphs without a space, wrapped into many lines
    assert card.geometry().right() < chat.viewport().width()
    streaming = streaming_reply(chat, 3)
    chat.add_reasoning(PARAGRAPH)
    qtbot.waitUntil(lambda: streaming.reasoning is not None)
    pane = streaming.reasoning
    pane.set_expanded(True)
    settle(qtbot, chat)
    body = pane.body
    assert body is not None and body.toPlainText() == PARAGRAPH
    assert body.horizontalScrollBar().maximum() == 0  # wraps: never a sideways scroll
    assert body.document().firstBlock().layout().lineCount() > 3  # one paragraph, wrapped into lines


def test_japanese_fonts_come_first_in_the_fallback(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = fonts.apply_cjk_fallback(app)
    families = font.families()
    assert len(families) > len(fonts.JAPANESE_UI)
    japanese = [families.index(f) for f in fonts.JAPANESE_UI]
    other = [families.index(f) for f in fonts.OTHER_CJK]
    assert max(japanese) < min(other)  # Japanese glyph shapes before Chinese ones
    assert "Noto Sans Mono CJK JP" in fonts.css_mono_stack()
    installed = fonts.installed_japanese_fonts()
    if installed:  # where the system has one, kanji resolve to it, not a Chinese font
        probe = QFont(font)
        probe.setFamilies([installed[0]])
        assert QFontMetrics(probe).inFontUcs4(ord("東"))


@pytest.fixture
def japanese_app(qtbot, ponder_home: Path) -> Iterator[PonderApp]:  # type: ignore[no-untyped-def]
    ponder = PonderApp(theme="light", language="ja")
    qtbot.addWidget(ponder.window)
    ponder.window.show()
    yield ponder
    ponder.shutdown()


def test_search_finds_words_in_japanese_chats(qtbot, japanese_app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    app = japanese_app
    tokyo, _ = app.store.start_conversation(SENTENCE, "東京の話")
    kyoto, _ = app.store.start_conversation("京都には古いお寺がたくさんあります。", "京都の話")
    app.store.start_conversation("Paris is the capital of France.", "Paris")
    app.refresh_conversations()
    search = app.window.conversations.search
    found: list[list[int]] = []

    def shown() -> list[int]:
        model = app.window.conversations.view.model()
        return [model.index(r, 0).data(Roles.ID) for r in range(model.rowCount())]

    for query, expected in (("首都", [tokyo.id]), ("お寺", [kyoto.id]), ("経済・文化", [tokyo.id]),
                            ("京", [kyoto.id, tokyo.id])):
        search.setText(query)
        qtbot.waitUntil(lambda: sorted(shown()) == sorted(expected), timeout=5000)  # noqa: B023
        found.append(shown())
    assert len(found) == 4
