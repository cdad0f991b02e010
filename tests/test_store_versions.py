"""Regenerate keeps the earlier replies as versions at one position (‹ 1/3 ›); the shown one is the history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.chat_controller import ChatController
from app.engine_bridge import EngineBridge
from engine import protocol as P
from engine import store as S
from engine.store import ChatStore
from tests.test_chat_controller import LONG, FakeEngineBridge, Recorder


@pytest.fixture
def db(tmp_path: Path) -> Iterator[ChatStore]:
    s = ChatStore(tmp_path / "chats.sqlite3")
    yield s
    s.close()


def turn(store: ChatStore, conv: int, question: str, answer: str) -> S.Message:
    store.add_message(conv, "user", question)
    reply = store.add_message(conv, "assistant", state=S.STREAMING)
    store.save_reply(reply.id, answer, "", S.COMPLETE)
    return store.message(reply.id)


def shown_per_position(store: ChatStore) -> list[tuple[int, int]]:
    return store.db.execute("SELECT position, COUNT(*) FROM messages WHERE shown=1 AND deleted IS NULL"
                            " GROUP BY conversation_id, position HAVING COUNT(*) != 1").fetchall()


# -- the store -------------------------------------------------------------------------
def test_a_new_version_is_shown_and_the_earlier_one_kept(db: ChatStore) -> None:
    conv = db.create_conversation().id
    first = turn(db, conv, "Name a colour.", "Blue.")
    second = db.add_version(first.id, model="m2", budget=64)
    assert (second.position, second.version, second.versions, second.state) == (1, 1, 2, S.STREAMING)
    assert (second.model, second.budget, second.content) == ("m2", 64, "")
    db.save_reply(second.id, "Green.", "", S.COMPLETE)
    third = db.add_version(first.id)
    db.save_reply(third.id, "Red.", "", S.COMPLETE)
    msgs = db.messages(conv)
    assert [(m.content, m.version, m.versions) for m in msgs] == [("Name a colour.", 0, 1), ("Red.", 2, 3)]
    assert db.message_count(conv) == 2
    assert [(v.content, v.version) for v in (db.message(first.id), db.message(second.id))] == [
        ("Blue.", 0), ("Green.", 1)]
    assert db.message(first.id).versions == 3 and shown_per_position(db) == []


def test_show_version_switches_what_every_read_returns(db: ChatStore) -> None:
    conv = db.create_conversation().id
    first = turn(db, conv, "Q", "one")
    second = db.add_version(first.id)
    db.save_reply(second.id, "two", "", S.COMPLETE)
    db.add_message(conv, "user", "Q2")
    shown = db.show_version(second.id, 0)
    assert (shown.id, shown.content, shown.version, shown.versions) == (first.id, "one", 0, 2)
    assert [m.content for m in db.messages(conv)] == ["Q", "one", "Q2"]
    assert [m.content for m in db.messages_page(conv, None, 2)] == ["one", "Q2"]
    assert db.show_version(first.id, 1).content == "two"
    assert [m.content for m in db.messages(conv)] == ["Q", "two", "Q2"] and shown_per_position(db) == []
    for wrong in (-1, 2):
        with pytest.raises(IndexError):
            db.show_version(first.id, wrong)


def test_deleting_and_truncating_take_every_version(db: ChatStore) -> None:
    conv = db.create_conversation().id
    question = db.add_message(conv, "user", "Q")
    first = db.add_message(conv, "assistant", "one")
    db.add_version(first.id)
    db.delete_message(first.id)
    assert [m.content for m in db.messages(conv)] == ["Q"] and db.message_count(conv) == 1
    with pytest.raises(KeyError):
        db.message(first.id)
    restored = db.undo_delete_message(first.id)
    assert restored.versions == 2 and [m.version for m in db.messages(conv)] == [0, 1]
    assert db.truncate_after(question.id) == 2  # both versions
    assert db.messages(conv)[-1].id == question.id


def test_a_deleted_message_is_purged_later_not_at_once(db: ChatStore) -> None:
    conv = db.create_conversation().id
    m = db.add_message(conv, "user", "bye")
    db.delete_message(m.id)
    assert db.purge_deleted(older_than_s=3600) == 0
    assert db.undo_delete_message(m.id).content == "bye"
    db.delete_message(m.id)
    assert db.purge_deleted() == 1
    with pytest.raises(KeyError):
        db.undo_delete_message(m.id)


# -- the controller ----------------------------------------------------------------------
@pytest.fixture
def chat(qapp, db: ChatStore) -> Iterator[tuple[ChatController, FakeEngineBridge]]:
    bridge = FakeEngineBridge()
    bridge.ready()
    controller = ChatController(db, bridge)
    yield controller, bridge
    controller.close()


def answer(bridge: FakeEngineBridge, text: str) -> None:
    bridge.answer_received.emit(text)
    bridge.done()


def test_regenerate_streams_a_new_version_into_the_same_place(chat: tuple[ChatController, FakeEngineBridge],
                                                              db: ChatStore) -> None:
    controller, bridge = chat
    controller.send("Name a colour.")
    answer(bridge, "Blue.")
    seen = Recorder(controller)
    controller.regenerate()
    [new] = seen.replaced
    assert (new.position, new.version, new.versions, new.state) == (1, 1, 2, S.STREAMING)
    assert seen.added == [] and controller.busy
    assert bridge.requests[-1].messages == [{"role": "user", "content": "Name a colour."}]  # not "Blue."
    answer(bridge, "Green.")
    assert seen.finished[-1].id == new.id and seen.finished[-1].content == "Green."
    controller.writer.flush()
    assert [(m.content, m.version, m.versions) for m in db.messages(1)] == [
        ("Name a colour.", 0, 1), ("Green.", 1, 2)]


def test_the_shown_version_is_the_history_of_what_follows(chat: tuple[ChatController, FakeEngineBridge],
                                                          db: ChatStore) -> None:
    controller, bridge = chat
    controller.send("Name a colour.")
    answer(bridge, "Blue.")
    controller.regenerate()
    answer(bridge, "Green.")
    controller.writer.flush()
    first = db.messages(1)[1]
    seen = Recorder(controller)
    controller.show_version(first.id, 0)
    assert [(m.content, m.version, m.versions) for m in seen.replaced] == [("Blue.", 0, 2)]
    controller.send("Why that one?")
    assert bridge.requests[-1].messages == [
        {"role": "user", "content": "Name a colour."}, {"role": "assistant", "content": "Blue."},
        {"role": "user", "content": "Why that one?"}]


def test_regenerate_without_a_reply_answers_the_last_message(chat: tuple[ChatController, FakeEngineBridge],
                                                             db: ChatStore) -> None:
    controller, bridge = chat
    conv = db.create_conversation("Unanswered")
    db.add_message(conv.id, "user", "Still there?")
    controller.open_conversation(conv.id)
    seen = Recorder(controller)
    controller.regenerate()
    assert [m.version for m in seen.added] == [0] and seen.replaced == []
    controller.regenerate()  # busy: nothing
    assert len(bridge.requests) == 1
    answer(bridge, "Yes.")
    controller.writer.flush()
    assert [m.content for m in db.messages(conv.id)] == ["Still there?", "Yes."]


def test_edit_and_resend_replaces_later_turns_with_their_versions(chat: tuple[ChatController, FakeEngineBridge],
                                                                  db: ChatStore) -> None:
    controller, bridge = chat
    controller.send("Capital of France?")
    answer(bridge, "Paris.")
    controller.regenerate()
    answer(bridge, "It is Paris.")
    controller.send("And Spain?")
    answer(bridge, "Madrid.")
    controller.writer.flush()
    first = db.messages(1)[0]
    controller.edit_and_resend(first.id, "Capital of Italy?")
    answer(bridge, "Rome.")
    controller.writer.flush()
    assert [(m.content, m.versions) for m in db.messages(1)] == [("Capital of Italy?", 1), ("Rome.", 1)]
    assert db.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 2  # gone for good


def test_regenerate_with_the_real_engine_keeps_both_replies(qtbot, db: ChatStore,
                                                            starter_path: Path) -> None:
    bridge = EngineBridge()
    sent: list[list[dict[str, str]]] = []
    generate = bridge.generate

    def recording(request: P.GenerateRequest) -> None:
        sent.append(request.messages)
        generate(request)

    bridge.generate = recording  # type: ignore[method-assign]
    controller = ChatController(db, bridge)
    controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 16}
    try:
        with qtbot.waitSignal(bridge.loaded, timeout=LONG):
            controller.load_model(P.LoadOptions(path=str(starter_path)))
        with qtbot.waitSignal(controller.reply_finished, timeout=LONG) as first:
            controller.send("Say hello.")
        with qtbot.waitSignal(controller.reply_finished, timeout=LONG) as second:
            controller.regenerate()
        a, b = first.args[0], second.args[0]
        assert (a.position, a.version) == (b.position, 0) and (b.version, b.versions) == (1, 2)
        assert a.state == b.state == S.COMPLETE and a.content.strip() and b.content.strip()
        assert sent == [[{"role": "user", "content": "Say hello."}]] * 2  # asked again, without the first
        controller.writer.flush()
        assert [m.id for m in db.messages(a.conversation_id)][-1] == b.id
        assert db.message(a.id).content == a.content
    finally:
        controller.finish()
        controller.close()
        bridge.shutdown()
