"""The chat store at scale: search, opening a long chat, a checkpoint write; before and after.

A database of realistic size is built at schema 1 (as Ponder wrote it before
the full-text index): 100 000 messages in chats of 10 to 90 messages, one chat
of 10 000, replies of a few paragraphs, reasoning on half of them, a few
Japanese chats. Then:

- before: the old search (a LIKE scan over every message, on the GUI thread as
  the user typed), kept here word for word;
- the migration to schema 2 (the table rebuilt and every message indexed, once);
- after: the FTS5 search for common, rare, two-word, Japanese, short and
  missing words, on a connection set up as the search thread's;
- opening the 10 000-message chat: every message (before) against its count
  and newest page (after);
- saving a reply: the checkpoint and the final save themselves (what the GUI
  thread paid before) against handing them to the store writer (what it pays
  now; the writer thread does the rest).

Times are medians of several runs, in milliseconds.

    python -m tests.bench.bench_store [--messages 100000] [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from engine import store_schema
from engine.search import MATCH_LIMIT, SEARCH_CACHE_KIB
from engine.store import ChatStore

SEED = 10
LONG_CHAT = 10_000
PAGE = 40

# The search of commit 4c04480 (ChatStore.conversations(search)), the "before".
OLD_SEARCH = (
    "SELECT * FROM conversations c WHERE deleted IS NULL AND (title LIKE ?1 ESCAPE '\\' "
    "OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id "
    "AND (m.content LIKE ?1 ESCAPE '\\' OR m.reasoning LIKE ?1 ESCAPE '\\'))) "
    "ORDER BY updated DESC, id DESC")

QUERIES = [
    ("very common word", "the"),
    ("common word", "python"),
    ("rare word", "zephyrine"),
    ("two words", "mutex example"),
    ("words of a title", "Trip plans"),
    ("Japanese, 3 characters", "東京都"),
    ("Japanese, 2 characters", "東京"),
    ("Japanese, two words", "東京 天気"),
    ("two letters", "py"),
    ("one letter", "q"),
    ("no match", "xylophonist"),
]

_SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sa", "ve", "dor", "pli", "un", "gra", "si", "mo", "tek", "ba"]
_COMMON = ("the of and to a in is it you that for on with as are this be at or by from an "
           "python function file code value list example error mutex thread lock data").split()
_JAPANESE = ["東京都の天気は晴れです。", "日本語の文章を書きます。", "大阪と京都を旅行しました。",
             "東京で会議があります。", "この関数はリストを返します。", "ありがとうございます。"]


def _vocabulary(rng: random.Random) -> list[str]:
    made = {"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(8000)}
    return _COMMON + sorted(made)


def _text(rng: random.Random, words: list[str], weights: list[float], count: int) -> str:
    picked = rng.choices(words, weights, k=count)
    lines = [" ".join(picked[i:i + 14]) for i in range(0, len(picked), 14)]
    return ".\n".join(lines) + "."


def build_v1(path: Path, messages: int) -> int:
    """A schema-1 database of `messages` messages; returns the id of the long chat (10 000 messages,
    fewer when the whole database is smaller)."""
    rng = random.Random(SEED)
    words = _vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    rare_left = 12  # "zephyrine" appears in a dozen messages
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("BEGIN")
    store_schema.MIGRATIONS[0](db)
    db.execute("PRAGMA user_version=1")
    now = time.time() - messages * 60
    made = 0
    long_chat = 0
    chat = 0
    while made < messages:
        size = LONG_CHAT if chat == 3 else rng.randint(10, 90)
        size = min(size, messages - made)
        japanese = chat % 40 == 7
        title = "Trip plans" if chat % 97 == 5 else f"Chat {chat}: " + " ".join(rng.choices(words[:200], k=4))
        cur = db.execute("INSERT INTO conversations (title, created, updated) VALUES (?, ?, ?)",
                         (title, now, now + size * 60))
        conversation = cur.lastrowid
        if chat == 3:
            long_chat = conversation  # type: ignore[assignment]
        rows = []
        for position in range(size):
            user = position % 2 == 0
            content = _text(rng, words, weights, rng.randint(8, 40) if user else rng.randint(150, 450))
            reasoning = "" if user or rng.random() < 0.5 else _text(rng, words, weights, rng.randint(100, 400))
            if japanese:
                content = "".join(rng.choices(_JAPANESE, k=rng.randint(2, 12 if user else 60)))
            if rare_left and rng.random() < 0.0002:
                content += " zephyrine"
                rare_left -= 1
            rows.append((conversation, position, "user" if user else "assistant", content, reasoning,
                         now, now))
            now += 60
        db.executemany("INSERT INTO messages (conversation_id, position, role, content, reasoning, created,"
                       " updated) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        made += size
        chat += 1
    db.execute("COMMIT")
    db.close()
    return long_chat


def median_ms(run: Callable[[], object], runs: int) -> tuple[float, object]:
    result: object = None
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def _size_mb(path: Path) -> float:
    return sum(os.path.getsize(f"{path}{suffix}") for suffix in ("", "-wal")
               if os.path.exists(f"{path}{suffix}")) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, {args.messages:,} messages")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chats.sqlite3"
        started = time.perf_counter()
        long_chat = build_v1(path, args.messages)
        sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
        print(f"built at schema 1 in {time.perf_counter() - started:.1f} s: {_size_mb(path):.0f} MB")

        raw = sqlite3.connect(path)
        print("\nbefore: the LIKE search, schema 1")
        for label, query in QUERIES:
            pattern = "%" + query + "%"
            ms, rows = median_ms(lambda p=pattern: raw.execute(OLD_SEARCH, (p,)).fetchall(),  # type: ignore[misc]
                                 max(3, args.runs // 5))
            print(f"  {label:28} {query!r:16} {ms:8.1f} ms  {len(rows):5} chats")  # type: ignore[arg-type]
        old_open, _ = median_ms(lambda: raw.execute(
            "SELECT * FROM messages WHERE conversation_id=? ORDER BY position", (long_chat,)).fetchall(),
            args.runs)
        raw.close()

        started = time.perf_counter()
        store = ChatStore(path)
        migrated = time.perf_counter() - started
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"\nmigration to schema 2 (rebuild and index, once): {migrated:.1f} s, {_size_mb(path):.0f} MB after")
        searcher = store.reopen(SEARCH_CACHE_KIB)  # as the search thread opens its connection

        print(f"\nafter: the FTS5 trigram search (at most {MATCH_LIMIT} chats, with snippets)")
        for label, query in QUERIES:
            ms, hits = median_ms(lambda q=query: searcher.search(q), args.runs)  # type: ignore[misc]
            print(f"  {label:28} {query!r:16} {ms:8.1f} ms  {len(hits):5} chats")  # type: ignore[arg-type]
        searcher.close()

        print(f"\nopening the {LONG_CHAT:,}-message chat")
        new_open, _ = median_ms(lambda: (store.message_count(long_chat),
                                         store.messages_page(long_chat, None, PAGE)), args.runs)
        print(f"  before: every message               {old_open:8.1f} ms")
        print(f"  after: count and newest {PAGE} messages  {new_open:8.1f} ms")
        _bench_writes(store, long_chat, args.runs)
        store.close()
    return 0


def _bench_writes(store: ChatStore, conversation: int, runs: int) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.store_writer import Save, StoreWriter
    from engine.store import COMPLETE, STREAMING

    app = QCoreApplication.instance() or QCoreApplication([])
    text = "A reply that grows by a few hundred words a second. " * 80
    print(f"\nsaving a {len(text):,}-character reply (GUI-thread time)")
    reply = store.add_message(conversation, "assistant", state=STREAMING)
    checkpoint, _ = median_ms(lambda: store.save_reply(reply.id, text, "", STREAMING, {}), runs)
    finals = iter([store.add_message(conversation, "assistant", state=STREAMING).id for _ in range(runs)])
    final, _ = median_ms(lambda: store.save_reply(next(finals), text, "", COMPLETE, {}), runs)
    writer = StoreWriter(store)
    writer.call(lambda s: None)  # its thread and connection are up
    handed, _ = median_ms(lambda: writer.checkpoint(reply.id, text, "", {}), runs)
    finals = iter([store.add_message(conversation, "assistant", state=STREAMING).id for _ in range(runs)])
    handed_final, _ = median_ms(lambda: writer.save(Save(next(finals), text, "", COMPLETE)), runs)
    growing = store.add_message(conversation, "assistant", state=STREAMING)
    worst_direct = _worst(lambda n: store.save_reply(growing.id, text[:40] * n, "", STREAMING, {}))
    growing = store.add_message(conversation, "assistant", state=STREAMING)
    worst_handed = _worst(lambda n: writer.checkpoint(growing.id, text[:40] * n, "", {}))
    writer.close()
    app.processEvents()
    print(f"  before: checkpoint written on the GUI thread   {checkpoint:8.2f} ms, worst of {GROWTH} {worst_direct:6.2f} ms")
    print(f"  before: final save (and its indexing)          {final:8.2f} ms")
    print(f"  after: checkpoint handed to the writer         {handed:8.3f} ms, worst of {GROWTH} {worst_handed:6.2f} ms")
    print(f"  after: final save handed to the writer         {handed_final:8.3f} ms")


GROWTH = 600  # checkpoints of one reply growing to 24 KB (ten minutes of streaming)


def _worst(checkpoint: Callable[[int], object]) -> float:
    """The longest of GROWTH checkpoints of a growing reply (WAL checkpoints of SQLite included)."""
    worst = 0.0
    for n in range(1, GROWTH + 1):
        started = time.perf_counter()
        checkpoint(n)
        worst = max(worst, (time.perf_counter() - started) * 1000)
    return worst


if __name__ == "__main__":
    sys.exit(main())
