"""Searching the chats: the FTS5 trigram index, its snippets, its upkeep, and the search thread."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.search_worker import SearchWorker
from engine import search, store_schema
from engine import store as S
from engine.store import ChatStore


@pytest.fixture
def db(tmp_path: Path) -> Iterator[ChatStore]:
    s = ChatStore(tmp_path / "chats.sqlite3")
    yield s
    s.close()


def chat(store: ChatStore, title: str, *texts: str) -> S.Conversation:
    conv = store.create_conversation(title)
    for i, text in enumerate(texts):
        store.add_message(conv.id, "user" if i % 2 == 0 else "assistant", text)
    return store.conversation(conv.id)


def titles(hits: list[S.SearchHit]) -> list[str]:
    return [h.conversation.title for h in hits]


def marked(hit: S.SearchHit) -> list[str]:
    return [hit.snippet[a:b] for a, b in hit.spans]


def index_matches_the_tables(store: ChatStore) -> None:
    """FTS5's own check of the index against the messages and titles (valid while no reply streams)."""
    for table in search.INDEX_TABLES:
        store.db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def test_words_are_found_in_text_reasoning_and_titles_with_snippets(db: ChatStore) -> None:
    chat(db, "Tides", "What causes the tides?", "The Moon's gravity pulls the oceans.")
    reasoning = db.create_conversation("Thinking")
    reply = db.add_message(reasoning.id, "assistant", state=S.STREAMING)
    db.save_reply(reply.id, "Yes.", "Let me recall the lunar cycle first.", S.COMPLETE)
    chat(db, "Gravity notes", "nothing else here")
    assert db.indexed

    [hit] = db.search("MOON'S")
    assert hit.conversation.title == "Tides" and marked(hit) == ["Moon's"]
    assert hit.message_id == db.messages(hit.conversation.id)[1].id
    [hit] = db.search("lunar")
    assert hit.conversation.title == "Thinking" and marked(hit) == ["lunar"]  # from the reasoning
    assert titles(db.search("gravity")) == ["Gravity notes", "Tides"]  # newest first
    by_title = db.search("gravity")[0]
    assert by_title.snippet == "" and by_title.message_id is None
    assert [by_title.conversation.title[a:b] for a, b in by_title.title_spans] == ["Gravity"]


def test_every_word_is_required_in_any_order(db: ChatStore) -> None:
    chat(db, "A", "the quick brown fox")
    chat(db, "B", "a brown dog, not quick")
    chat(db, "C", "quick thinking")
    assert titles(db.search("quick brown")) == ["B", "A"]
    assert titles(db.search("brown   quick  ")) == ["B", "A"]
    assert titles(db.search("fox quick brown")) == ["A"]
    assert db.search("fox dog") == []  # both words, but in two chats


def test_snippet_is_one_plain_line_around_the_first_match(db: ChatStore) -> None:
    long = ("word " * 100) + "<b>needle</b> & <script>\n" + ("tail " * 100)
    chat(db, "Long", long)
    [hit] = db.search("needle")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…") and "\n" not in hit.snippet
    assert len(hit.snippet) <= search.SNIPPET_CHARS + 2
    assert "<b>needle</b> & <script>" in hit.snippet  # plain text: the view escapes it
    assert marked(hit) == ["needle"]


def test_spans_cover_every_occurrence_and_merge_overlaps(db: ChatStore) -> None:
    chat(db, "Spans", "Abcabc and ABC again, then bcab")
    [hit] = db.search("abc bca")
    assert [hit.snippet[a:b].lower() for a, b in hit.spans] == ["abcabc", "abc", "bca"]


def test_japanese_is_found_by_three_two_and_one_characters(db: ChatStore) -> None:
    chat(db, "日本の旅", "東京都の天気は晴れです。", "大阪と京都を旅行しました。")
    chat(db, "Other", "nothing in Japanese")
    [hit] = db.search("東京都")
    assert marked(hit) == ["東京都"] and hit.conversation.title == "日本の旅"
    [hit] = db.search("大阪")  # two characters: the trigrams that begin with them
    assert marked(hit) == ["大阪"]
    assert titles(db.search("旅行 大阪")) == ["日本の旅"]
    assert titles(db.search("晴")) == ["日本の旅"]  # one character: a scan of the newest messages
    assert titles(db.search("旅")) == ["日本の旅"]  # … and the titles
    assert db.search("名古屋") == []


def test_short_words_narrow_what_the_index_found(db: ChatStore) -> None:
    chat(db, "One", "python is a language")
    chat(db, "Two", "python snakes")
    assert titles(db.search("python a")) == ["Two", "One"]  # "a" is in "snakes" too
    assert titles(db.search("python is")) == ["One"]
    assert titles(db.search("py")) == ["Two", "One"]


def test_one_character_alone_reads_only_the_newest_messages(db: ChatStore,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    old = chat(db, "Old", "a rare letter: ẞ")
    chat(db, "New", *["filler"] * 4)
    monkeypatch.setattr(search, "SHORT_SCAN", 3)
    assert db.search("ẞ") == []  # out of reach of the bounded scan …
    assert titles(db.search("ẞ filler")) == []
    db.update_conversation(old.id, title="Old ẞ")
    assert titles(db.search("ẞ")) == ["Old ẞ"]  # … titles are always searched


def test_query_syntax_is_taken_literally(db: ChatStore) -> None:
    chat(db, "Syntax", 'say "hi" AND NOT (this) OR that* -x NEAR(y) col:z ^start')
    for query in ('"hi"', "AND", "NOT (this)", "that*", "-x", "NEAR(y)", "col:z", "^start", '"'):
        assert titles(db.search(query)) == ["Syntax"], query
    assert db.search('"nope"') == [] and db.search("%") == [] and db.search("_") == []  # LIKE's own


def test_deleted_replaced_and_streaming_text_is_not_found(db: ChatStore) -> None:
    gone = chat(db, "Gone", "the secret word is marmalade")
    db.delete_conversation(gone.id)
    assert db.search("marmalade") == [] and db.search("Gone") == []
    db.undo_delete(gone.id)
    assert titles(db.search("marmalade")) == ["Gone"]

    kept = chat(db, "Kept", "hello", "first answer: quince")
    reply = db.messages(kept.id)[1]
    new = db.add_version(reply.id)
    db.save_reply(new.id, "second answer: rhubarb", "", S.COMPLETE)
    assert db.search("quince") == [] and titles(db.search("rhubarb")) == ["Kept"]
    db.show_version(reply.id, 0)
    assert titles(db.search("quince")) == ["Kept"] and db.search("rhubarb") == []

    message = db.add_message(kept.id, "user", "a deleted gooseberry")
    db.delete_message(message.id)
    assert db.search("gooseberry") == []
    db.undo_delete_message(message.id)
    assert titles(db.search("gooseberry")) == ["Kept"]

    live = db.add_message(kept.id, "assistant", state=S.STREAMING)
    db.save_reply(live.id, "streaming elderberry", "", S.STREAMING)
    assert db.search("elderberry") == []  # indexed once it has ended
    db.save_reply(live.id, "streaming elderberry, done", "", S.COMPLETE)
    assert titles(db.search("elderberry")) == ["Kept"]
    index_matches_the_tables(db)


def test_the_index_follows_every_change(db: ChatStore) -> None:
    conv = chat(db, "Edits", "original text", "a reply")
    first = db.messages(conv.id)[0]
    db.edit_message(first.id, "edited words")
    assert db.search("original") == [] and titles(db.search("edited")) == ["Edits"]
    db.update_conversation(conv.id, title="Renamed")
    assert db.search("Edits") == [] and titles(db.search("Renamed")) == ["Renamed"]
    cut = db.add_message(conv.id, "assistant", state=S.STREAMING)
    db.save_reply(cut.id, "cut short", "", S.STREAMING)
    assert db.recover_streaming() == 1  # marked interrupted: indexed now
    assert titles(db.search("short")) == ["Renamed"]
    db.truncate_after(first.id)
    assert db.search("reply") == [] and db.search("short") == []
    index_matches_the_tables(db)
    db.delete_conversation(conv.id)
    db.purge_deleted()
    count = db.db.execute("SELECT COUNT(*) FROM message_index WHERE message_index MATCH '\"edited\"'")
    assert count.fetchone()[0] == 0
    index_matches_the_tables(db)


def test_at_most_limit_chats_those_with_the_newest_matches(db: ChatStore) -> None:
    for i in range(12):
        chat(db, f"Chat {i:02}", f"common word number {i}")
    hits = db.search("common", limit=5)
    assert titles(hits) == [f"Chat {i:02}" for i in (11, 10, 9, 8, 7)]
    assert len(db.search("common", limit=None)) == 12
    assert len(db.conversations("common")) == 12
    assert len(db.search("")) == 12 and db.search("")[0].snippet == ""


def test_without_fts5_search_falls_back_to_like(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "fts5_available", lambda db: False)
    store = ChatStore(tmp_path / "chats.sqlite3")
    try:
        assert not store.indexed
        chat(store, "Fallback", "東京都の天気", "Quick Brown fox")
        chat(store, "Other", "nothing")
        assert titles(store.search("quick fox")) == ["Fallback"]
        assert marked(store.search("東京")[0]) == ["東京"]
        assert titles(store.search("fall")) == ["Fallback"]
        assert store.search("zebra") == []
    finally:
        store.close()
    reopened = ChatStore(tmp_path / "chats.sqlite3")  # the schema check is content without the index
    assert not reopened.indexed and titles(reopened.search("fox")) == ["Fallback"]
    reopened.close()


def test_a_schema_1_database_is_indexed_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "chats.sqlite3"
    raw = sqlite3.connect(path)
    store_schema.MIGRATIONS[0](raw)
    raw.execute("PRAGMA user_version=1")
    raw.execute("INSERT INTO conversations (id, title, created, updated) VALUES (1, 'Old chat', 1, 5)")
    raw.execute("INSERT INTO conversations (id, title, created, updated, deleted) VALUES (2, 'Binned', 1, 6, 9)")
    for i, (conv, role, content, state) in enumerate([
            (1, "user", "Tell me about walruses", "complete"),
            (1, "assistant", "Walruses have tusks", "complete"),
            (1, "user", "And seals?", "complete"),
            (1, "assistant", "Seals were cut", "streaming"),
            (2, "user", "walruses again", "complete")]):
        raw.execute("INSERT INTO messages (id, conversation_id, position, role, content, state, created,"
                    " updated) VALUES (?, ?, ?, ?, ?, ?, 1, 1)", (10 + i, conv, i, role, content, state))
    raw.commit()
    raw.close()
    store = ChatStore(path)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == S.SCHEMA_VERSION
        msgs = store.messages(1)
        assert [m.id for m in msgs] == [10, 11, 12, 13]  # ids kept: the view's references hold
        assert all(m.version == 0 and m.versions == 1 for m in msgs)
        [hit] = store.search("walruses")
        assert hit.conversation.id == 1 and hit.message_id == 11  # the newest match, not the binned chat
        assert store.search("cut") == []  # a reply left streaming is indexed once recovered
        assert store.recover_streaming() == 1 and store.search("cut")[0].message_id == 13
        index_matches_the_tables(store)
    finally:
        store.close()
    again = ChatStore(path)  # the index's own tables do not look like damage
    assert again.search("walruses")[0].conversation.title == "Old chat"
    again.close()


def test_a_schema_2_file_without_its_new_columns_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "chats.sqlite3"
    raw = sqlite3.connect(path)
    store_schema.MIGRATIONS[0](raw)
    raw.execute(f"PRAGMA user_version={S.SCHEMA_VERSION}")
    raw.commit()
    raw.close()
    with pytest.raises(S.StoreError) as caught:
        ChatStore(path)
    assert caught.value.kind == S.DAMAGED and "messages.deleted" in str(caught.value)


# -- the search thread ------------------------------------------------------------
def test_search_worker_answers_off_the_gui_thread(qtbot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    store = ChatStore(tmp_path / "chats.sqlite3")
    chat(store, "Found", "a needle in a haystack")
    threads: list[int] = []
    real = ChatStore.search

    def recording(self: ChatStore, query: str, limit: int | None = search.MATCH_LIMIT) -> list[S.SearchHit]:
        threads.append(threading.get_ident())
        return real(self, query, limit)

    monkeypatch.setattr(ChatStore, "search", recording)
    worker = SearchWorker(store)
    try:
        with qtbot.waitSignal(worker.results, timeout=5000) as blocker:
            worker.search("needle")
        query, hits = blocker.args
        assert query == "needle" and titles(hits) == ["Found"] and marked(hits[0]) == ["needle"]
        assert threads and threading.get_ident() not in threads
        chat(store, "Later", "another needle")  # asked again: the chats changed
        with qtbot.waitSignal(worker.results, timeout=5000) as blocker:
            worker.search("needle")
        assert titles(blocker.args[1]) == ["Later", "Found"]
    finally:
        worker.close()
        store.close()


def test_search_worker_answers_only_the_newest_query(qtbot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    store = ChatStore(tmp_path / "chats.sqlite3")
    chat(store, "Typed", "typing a long word: encyclopedia")
    ran: list[str] = []
    real = ChatStore.search
    typing = threading.Event()

    def slow(self: ChatStore, query: str, limit: int | None = search.MATCH_LIMIT) -> list[S.SearchHit]:
        ran.append(query)
        typing.wait(30)  # a search that started holds the thread until the typing is over
        return real(self, query, limit)

    monkeypatch.setattr(ChatStore, "search", slow)
    worker = SearchWorker(store)
    answers: list[str] = []
    worker.results.connect(lambda query, hits: answers.append(query))
    try:
        typed = [word[:n] for word in ["encyclopedia"] for n in range(3, 13)]
        with qtbot.waitSignal(worker.results, timeout=10000, check_params_cb=lambda q, h: q == typed[-1]):
            for prefix in typed:
                worker.search(prefix)
            typing.set()
        worker.close()  # every search asked for has run or been skipped, and sent what it found
        QCoreApplication.sendPostedEvents()  # so any stale answer has arrived now
        assert answers == [typed[-1]]
        # the newest query ran last; those typed over while one ran were never run
        assert ran[-1] == typed[-1] and len(ran) <= 2
    finally:
        worker.close()
        store.close()


def test_search_worker_on_an_in_memory_store_answers_at_once(qtbot) -> None:
    store = ChatStore(":memory:")
    chat(store, "Memory", "kept only in memory")
    worker = SearchWorker(store)
    answers: list[tuple[str, list[S.SearchHit]]] = []
    worker.results.connect(lambda query, hits: answers.append((query, hits)))
    worker.search("memory")
    assert [(q, titles(h)) for q, h in answers] == [("memory", ["Memory"])]
    worker.close()
    store.close()


def test_a_search_worker_dropped_without_close_does_not_take_the_app_down(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    import gc

    from app import search_worker

    running = len(search_worker._RUNNING)  # earlier tests' workers may still be listed
    store = ChatStore(tmp_path / "chats.sqlite3")
    chat(store, "Dropped", "forgotten worker")
    worker = SearchWorker(store)
    with qtbot.waitSignal(worker.results, timeout=5000):
        worker.search("forgotten")
    del worker
    gc.collect()  # a running QThread destroyed here would abort the process
    qtbot.wait(50)
    assert len(search_worker._RUNNING) == running + 1
    search_worker._stop_at_exit()  # what the interpreter does at exit
    assert search_worker._RUNNING == {}
    store.close()
