"""The chat store: nothing is lost, deletes can be undone, the schema migrates."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from engine import store as S
from engine.store import ChatStore, StoreError


@pytest.fixture
def db(tmp_path: Path) -> Iterator[ChatStore]:
    s = ChatStore(tmp_path / "chats.sqlite3")
    yield s
    s.close()


def test_conversation_round_trip(db: ChatStore) -> None:
    c = db.create_conversation("Trip plans", system_prompt="Be brief.", budget=512)
    user = db.add_message(c.id, "user", "Where should I go?")
    reply = db.add_message(c.id, "assistant", state=S.STREAMING, model="m", budget=512)
    db.save_reply(reply.id, "Lisbon.", "The user wants...", S.COMPLETE, {"decode_tokens_per_s": 50.0})
    msgs = db.messages(c.id)
    assert [(m.role, m.content, m.position) for m in msgs] == [
        ("user", "Where should I go?", 0), ("assistant", "Lisbon.", 1)]
    assert msgs[1].reasoning == "The user wants..." and msgs[1].stats == {"decode_tokens_per_s": 50.0}
    assert msgs[1].budget == 512 and msgs[1].state == S.COMPLETE
    assert db.conversation(c.id).system_prompt == "Be brief."
    assert user.id == msgs[0].id


def test_newest_first_and_search(db: ChatStore) -> None:
    a = db.create_conversation("Alpha")
    b = db.create_conversation("Beta")
    db.add_message(a.id, "user", "tell me about 100% juice_boxes")
    assert [c.title for c in db.conversations()] == ["Alpha", "Beta"]  # a was updated last
    assert [c.title for c in db.conversations("beta")] == ["Beta"]
    assert [c.title for c in db.conversations("100% juice_")] == ["Alpha"]
    assert db.conversations("0%% nothing") == []
    assert db.conversations("juice") and not db.conversations("_x_")
    db.update_conversation(b.id, title="Renamed", budget=0)
    assert db.conversations()[0].title == "Renamed" and db.conversations()[0].budget == 0


def test_delete_can_be_undone_until_purged(db: ChatStore) -> None:
    c = db.create_conversation("Keep me")
    db.add_message(c.id, "user", "hello")
    db.delete_conversation(c.id)
    assert db.conversations() == []
    with pytest.raises(KeyError):
        db.conversation(c.id)
    assert db.undo_delete(c.id).title == "Keep me"
    assert len(db.messages(c.id)) == 1
    db.delete_conversation(c.id)
    assert db.purge_deleted() == 1
    assert db.messages(c.id) == []  # cascaded


def test_truncate_for_edit_and_regenerate(db: ChatStore) -> None:
    c = db.create_conversation()
    ids = [db.add_message(c.id, r, t).id for r, t in
           [("user", "q1"), ("assistant", "a1"), ("user", "q2"), ("assistant", "a2")]]
    assert db.truncate_after(ids[0]) == 3
    assert db.edit_message(ids[0], "q1 edited").content == "q1 edited"
    assert [m.content for m in db.messages(c.id)] == ["q1 edited"]
    assert db.add_message(c.id, "assistant", "new").position == 1


def test_streaming_reply_survives_a_killed_app(tmp_path: Path) -> None:
    """A separate process commits a user message and a checkpoint, then dies hard."""
    path = tmp_path / "chats.sqlite3"
    code = (
        "import os, sys\n"
        "from engine.store import ChatStore, STREAMING\n"
        f"s = ChatStore({str(path)!r})\n"
        "c = s.create_conversation('Crashy')\n"
        "s.add_message(c.id, 'user', 'Explain tides.')\n"
        "r = s.add_message(c.id, 'assistant', state=STREAMING)\n"
        "s.save_reply(r.id, 'Tides are caused', 'The moon...', STREAMING)\n"
        "os._exit(9)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    db = ChatStore(path)
    try:
        assert db.recovered == 0  # opening alone changes nothing: another instance may be live
        assert db.messages(1)[-1].state == S.STREAMING
        assert db.recover_streaming() == 1 and db.recovered == 1
        [conv] = db.conversations()
        user, reply = db.messages(conv.id)
        assert user.content == "Explain tides."
        assert (reply.content, reply.reasoning, reply.state) == ("Tides are caused", "The moon...",
                                                                 S.INTERRUPTED)
    finally:
        db.close()


def test_wal_mode_and_schema_version(db: ChatStore) -> None:
    assert db.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.db.execute("PRAGMA user_version").fetchone()[0] == S.SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "chats.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version={S.SCHEMA_VERSION + 5}")
    raw.close()
    with pytest.raises(StoreError, match="newer Ponder"):
        ChatStore(path)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "chats.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot be opened"):
        ChatStore(path)


def test_migration_runs_each_step_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    following = S.SCHEMA_VERSION + 1

    def step(db: sqlite3.Connection) -> None:
        if db.execute("PRAGMA database_list").fetchone()[2]:  # the file (the store also builds
            calls.append(following)                           # each schema in memory to check files)
        db.execute("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")

    path = tmp_path / "chats.sqlite3"
    ChatStore(path).close()  # at today's version
    monkeypatch.setattr(S, "MIGRATIONS", [*S.MIGRATIONS, step])
    monkeypatch.setattr(S, "SCHEMA_VERSION", following)
    for _ in range(2):
        s = ChatStore(path)
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == following
        s.close()
    assert calls == [following]


def test_long_paste_is_kept_whole(db: ChatStore) -> None:
    text = "x" * 100_000 + "\nend"
    c = db.create_conversation()
    m = db.add_message(c.id, "user", text)
    assert db.message(m.id).content == text
    t0 = time.perf_counter()
    db.conversations("end")
    assert time.perf_counter() - t0 < 5


def test_pages_of_a_long_chat_come_oldest_first(db: ChatStore) -> None:
    c = db.create_conversation()
    for i in range(25):
        db.add_message(c.id, "user", f"m{i}")
    assert db.message_count(c.id) == 25
    newest = db.messages_page(c.id, None, 10)
    assert [m.content for m in newest] == [f"m{i}" for i in range(15, 25)]
    assert [m.position for m in db.messages_page(c.id, newest[0].position, 10)] == list(range(5, 15))
    assert [m.position for m in db.messages_page(c.id, 5, 10)] == list(range(5))
    assert db.messages_page(c.id, 0, 10) == [] and db.messages_page(c.id, None, 0) == []
    db.delete_message(newest[-1].id)  # a deleted message is neither counted nor paged
    assert db.message_count(c.id) == 24 and db.messages_page(c.id, None, 1)[0].content == "m23"


def test_a_new_chat_and_its_first_message_are_stored_together(db: ChatStore) -> None:
    conv, first = db.start_conversation("Hello there", title="Hello", reasoning="off", budget=0)
    assert (conv.title, conv.reasoning, conv.budget) == ("Hello", "off", 0)
    assert (first.conversation_id, first.position, first.role, first.content) == (conv.id, 0, "user",
                                                                                   "Hello there")
    pages = db.db.execute("PRAGMA page_count").fetchone()[0]
    db.db.execute(f"PRAGMA max_page_count={pages}")  # the disk is full
    with pytest.raises(StoreError):
        db.start_conversation("x" * 50_000)
    db.db.execute("PRAGMA max_page_count=1073741823")
    assert [c.id for c in db.conversations()] == [conv.id]  # no empty chat was left behind


def test_a_checkpoint_never_overwrites_an_ended_reply(db: ChatStore) -> None:
    c = db.create_conversation()
    reply = db.add_message(c.id, "assistant", state=S.STREAMING)
    db.save_reply(reply.id, "so far", "", S.STREAMING)
    db.save_reply(reply.id, "the end", "", S.CANCELLED)
    db.save_reply(reply.id, "so far, late", "", S.STREAMING)
    assert (db.message(reply.id).content, db.message(reply.id).state) == ("the end", S.CANCELLED)
    db.save_reply(reply.id, "the end, saved again", "", S.CANCELLED)  # a final save always applies
    assert db.message(reply.id).content == "the end, saved again"


def test_reopen_gives_another_thread_its_own_connection(db: ChatStore) -> None:
    import threading

    c = db.create_conversation("Shared")
    seen: list[object] = []

    def other() -> None:
        mine = db.reopen(cache_kib=4096)
        try:
            seen.append(mine.conversation(c.id).title)
            seen.append(mine.db.execute("PRAGMA cache_size").fetchone()[0])
            mine.add_message(c.id, "user", "written on another thread")
        finally:
            mine.close()

    worker = threading.Thread(target=other)
    worker.start()
    worker.join()
    assert seen == ["Shared", -4096]
    assert [m.content for m in db.messages(c.id)] == ["written on another thread"]
    with pytest.raises(ValueError):
        ChatStore(":memory:").reopen()


def test_pending_upgrade_tells_an_older_database_before_opening_it(tmp_path: Path) -> None:
    from engine.store_schema import pending_upgrade

    old = tmp_path / "old.sqlite3"
    db = sqlite3.connect(old)
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    assert pending_upgrade(old) == old.stat().st_size > 0
    assert pending_upgrade(tmp_path / "missing.sqlite3") == 0
    ChatStore(tmp_path / "new.sqlite3").close()
    assert pending_upgrade(tmp_path / "new.sqlite3") == 0  # current: nothing to tell
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all" * 100)
    assert pending_upgrade(tmp_path / "junk.sqlite3") == 0
