"""Chats on disk: conversations and messages in SQLite (WAL), with schema migrations.

Nothing is lost: a user's message is committed before generation starts, a
streaming reply is checkpointed while it grows, and the app that owns the data
folder marks a reply still `streaming` from a killed run as `interrupted`.
Deleting a conversation or a message is soft until purged, so it can be undone.
Regenerating keeps the replaced reply as an earlier version at the same
position; reads return the version shown. Every failure of the world (damage,
full disk, permissions) is a StoreError. The records it reads and writes
(Conversation, Message, SearchHit) live in engine.records, re-exported here.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import search as _search
from .messages import Text, translate
from .records import (  # noqa: F401 (re-exported: `from engine.store import Message` keeps working)
    CANCELLED,
    COMPLETE,
    CONVERSATION_FIELDS,
    FAILED,
    INTERRUPTED,
    STREAMING,
    Conversation,
    Message,
    SearchHit,
)
from .store_schema import MIGRATIONS, SCHEMA_VERSION, schema_problems

# A message row with how many versions its position has; the rows a chat shows.
_MESSAGE = ("m.*, (SELECT COUNT(*) FROM messages v WHERE v.conversation_id=m.conversation_id"
            " AND v.position=m.position) AS versions")
_SHOWN = "shown=1 AND deleted IS NULL"  # written as the partial index messages_shown says it


# Kinds of StoreError: what went wrong, so the app can offer the right way out.
DAMAGED = "damaged"  # not a database, or a corrupt one: left untouched, may be moved aside
NEWER = "newer"  # written by a newer Ponder
NOT_A_FILE = "not_a_file"  # a folder (or a device, a pipe) where the database should be
NOT_A_FOLDER = "not_a_folder"  # a file where its folder should be
UNWRITABLE = "unwritable"  # read-only file or folder, missing permissions, disk errors
FULL = "full"  # the disk is full
BUSY = "busy"  # another program holds the database locked

BUSY_TIMEOUT_S = 10.0  # how long a write waits for another process's write to finish
_SIDE_FILES = ("-wal", "-shm", "-journal")

_KINDS = {3: UNWRITABLE, 5: BUSY, 6: BUSY, 8: UNWRITABLE, 10: UNWRITABLE, 11: DAMAGED,
          13: FULL, 14: UNWRITABLE, 23: UNWRITABLE, 26: DAMAGED}  # by SQLite's primary result code


class StoreError(RuntimeError):
    """The chat database cannot be used; `kind` says why, the message says it plainly."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def _kind(exc: sqlite3.Error) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else _KINDS.get(code & 0xFF)


def _explain(kind: str, path: Path, detail: str) -> str:
    detail = " ".join(detail.split())[:200]  # one line, whatever SQLite said
    return Text(_EXPLAIN.get(kind, _CANNOT_WRITE), path=str(path), detail=detail)


_CANNOT_WRITE = translate("Engine", "The chat database {path} cannot be written ({detail}). "
                                    "Check that it and its folder are writable.")
_EXPLAIN = {
    DAMAGED: translate("Engine", "The chat database {path} cannot be opened: it is damaged ({detail}). "
                                 "It has been left as it is."),
    FULL: translate("Engine", "The disk holding the chat database {path} is full ({detail})."),
    BUSY: translate("Engine", "The chat database {path} is locked by another program ({detail})."),
}


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    """SQLite failures of the world (full disk, damage, permissions) become StoreError."""

    @functools.wraps(method)
    def wrapper(self: ChatStore, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            kind = _kind(exc)
            if kind is None:
                raise  # a bug, not the world: stay loud
            raise StoreError(kind, _explain(kind, self.path, str(exc))) from exc

    return wrapper


class ChatStore:
    """One SQLite database of conversations (":memory:" keeps them only in memory). Use from one thread;
    `reopen` gives another thread its own connection.

    Opening never changes a damaged or newer database: it is read first, read-only.
    """

    def __init__(self, path: str | Path, timeout_s: float = BUSY_TIMEOUT_S):
        self.path = Path(path)
        self.in_memory = str(path) == ":memory:"
        self.recovered = 0
        self.timeout_s = timeout_s
        if not self.in_memory:
            self._check_place()
            if self.path.exists():
                self._probe(timeout_s)
        self._connect(migrate=True)

    def _connect(self, migrate: bool) -> None:
        try:
            self.db = sqlite3.connect(":memory:" if self.in_memory else self.path, timeout=self.timeout_s,
                                      isolation_level=None)
        except sqlite3.Error as exc:
            raise self._open_error(exc) from exc
        try:
            self.db.row_factory = sqlite3.Row
            self._use_wal(self.timeout_s)
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            if migrate:
                self._migrate()
            self.indexed = _search.has_index(self.db)  # else search uses LIKE
        except StoreError:
            self.db.close()
            raise
        except sqlite3.Error as exc:
            self.db.close()
            raise self._open_error(exc) from exc

    def reopen(self, cache_kib: int = 0) -> ChatStore:
        """Another connection to this database, for another thread (a connection stays on its thread).

        This store has checked and migrated the file, so the new one does neither.
        `cache_kib`: a larger page cache (searching reads the index widely; see
        engine.search.SEARCH_CACHE_KIB). An in-memory database cannot be shared: ValueError.
        """
        if self.in_memory:
            raise ValueError("an in-memory chat store has no second connection")
        other = ChatStore.__new__(ChatStore)
        other.path, other.in_memory, other.recovered, other.timeout_s = self.path, False, 0, self.timeout_s
        other._connect(migrate=False)
        if cache_kib > 0:
            other.db.execute(f"PRAGMA cache_size={-int(cache_kib)}")
        return other

    def close(self) -> None:
        self.db.close()

    def _open_error(self, exc: sqlite3.Error) -> StoreError:
        kind = _kind(exc) or UNWRITABLE
        return StoreError(kind, _explain(kind, self.path, str(exc)))

    def _check_place(self) -> None:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError) as exc:
            raise StoreError(NOT_A_FOLDER, Text(translate(
                "Engine", "The chat database {path} cannot be kept there: {folder} is not a folder."),
                path=str(self.path), folder=str(folder))) from exc
        except OSError as exc:
            raise StoreError(UNWRITABLE, Text(translate(
                "Engine", "The folder {folder} for the chat database cannot be created ({reason})."),
                folder=str(folder), reason=str(exc.strerror or exc))) from exc
        for path in (self.path, *(Path(f"{self.path}{suffix}") for suffix in _SIDE_FILES)):
            if path.exists() and not path.is_file():
                template = {  # (the database itself, a folder)
                    (True, True): translate("Engine", "{path} should be the chat database, but it is a folder."),
                    (True, False): translate("Engine", "{path} should be the chat database, but it is not a "
                                                       "regular file."),
                    (False, True): translate("Engine", "{path} should be one of its files, but it is a folder."),
                    (False, False): translate("Engine", "{path} should be one of its files, but it is not a "
                                                        "regular file."),
                }[path == self.path, path.is_dir()]
                raise StoreError(NOT_A_FILE, Text(template, path=str(path)))

    def _probe(self, timeout_s: float) -> None:
        """Look before writing, read-only: is it a database, whole, of a schema this Ponder knows?"""
        try:
            db = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, timeout=timeout_s,
                                 isolation_level=None)
        except sqlite3.Error as exc:
            raise self._open_error(exc) from exc
        try:
            db.execute("BEGIN")  # one snapshot: another process may be creating the schema right now
            version = db.execute("PRAGMA user_version").fetchone()[0]
            problems = [] if version > SCHEMA_VERSION else [r[0] for r in db.execute("PRAGMA quick_check(3)")]
            if problems == ["ok"]:
                problems = schema_problems(db, version) or ["ok"]
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self._open_error(exc) from exc
        finally:
            db.close()
        if version > SCHEMA_VERSION:
            raise self._newer(version)
        if problems != ["ok"]:
            raise StoreError(DAMAGED, _explain(DAMAGED, self.path, "; ".join(problems)))

    def _newer(self, version: int) -> StoreError:
        return StoreError(NEWER, Text(translate(
            "Engine", "The chat database {path} was written by a newer Ponder (schema {version}, this one knows "
                      "{known}); update Ponder to open it. It has been left as it is."),
            path=str(self.path), version=version, known=SCHEMA_VERSION))

    def _use_wal(self, timeout_s: float) -> None:
        """Switch to WAL. SQLite answers "busy" at once here rather than risk a deadlock, so retry."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if _kind(exc) != BUSY or time.monotonic() > deadline:
                    raise
            time.sleep(0.02)

    def _migrate(self) -> None:
        """Check and raise the schema version in one write transaction.

        Two processes creating a fresh database at once: the second waits for the
        first's transaction, then reads the version again and finds nothing to do.
        """
        with self._transaction():
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise self._newer(version)
            for number in range(version, SCHEMA_VERSION):
                MIGRATIONS[number](self.db)
            # written even when unchanged: a read-only file or folder shows here, not at the first reply
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _transaction(self):
        return _Transaction(self.db)

    @_guarded
    def recover_streaming(self) -> int:
        """Replies left `streaming` by a killed app: keep them, marked interrupted.

        Only the app that owns the data folder may call this: a reply of another
        running instance is still streaming for real.
        """
        cur = self.db.execute("UPDATE messages SET state=? WHERE state=?", (INTERRUPTED, STREAMING))
        self.recovered = cur.rowcount
        return self.recovered

    # -- conversations -------------------------------------------------------
    @_guarded
    def create_conversation(self, title: str = "New chat", system_prompt: str = "",
                            reasoning: str = "auto", budget: int = -1, model: str = "") -> Conversation:
        now = time.time()
        cur = self.db.execute(
            "INSERT INTO conversations (title, created, updated, system_prompt, reasoning, budget, model)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (title, now, now, system_prompt, reasoning, budget, model),
        )
        return self.conversation(cur.lastrowid)

    @_guarded
    def start_conversation(self, text: str, title: str = "New chat", system_prompt: str = "",
                           reasoning: str = "auto", budget: int = -1, model: str = "", answer_language: str = "",
                           reason_in_english: bool = False) -> tuple[Conversation, Message]:
        """A new conversation with its first message (the user's `text`), in one transaction, so that no
        chat is ever stored empty; committed when this returns."""
        now = time.time()
        with self._transaction():
            conversation_id = self.db.execute(
                "INSERT INTO conversations (title, created, updated, system_prompt, reasoning, budget, model, "
                "answer_language, reason_in_english) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (title, now, now, system_prompt, reasoning, budget, model, answer_language, int(reason_in_english)),
            ).lastrowid
            message_id = self.db.execute(
                "INSERT INTO messages (conversation_id, position, role, content, created, updated)"
                " VALUES (?, 0, 'user', ?, ?, ?)", (conversation_id, text, now, now)).lastrowid
        return self.conversation(conversation_id), self.message(message_id)

    @_guarded
    def conversation(self, conversation_id: int) -> Conversation:
        row = self.db.execute(
            "SELECT * FROM conversations WHERE id=? AND deleted IS NULL", (conversation_id,)
        ).fetchone()
        if row is None:
            raise KeyError(conversation_id)
        return _conversation(row)

    @_guarded
    def conversations(self, search: str = "") -> list[Conversation]:
        """Newest first; `search` keeps those whose title or one message has all its words (see `search`)."""
        if not search.split():
            rows = self.db.execute(
                "SELECT * FROM conversations WHERE deleted IS NULL ORDER BY updated DESC, id DESC"
            )
            return [_conversation(r) for r in rows]
        return [hit.conversation for hit in self.search(search, limit=None)]

    @_guarded
    def search(self, query: str, limit: int | None = _search.MATCH_LIMIT) -> list[SearchHit]:
        """Conversations whose title or one message (its text or reasoning) has every word of `query`,
        newest first, each with a snippet of the match: plain text and the matches' spans in it.

        Words are matched anywhere, case-insensitively (for ASCII and most scripts' capitals);
        see engine.search for words shorter than three characters. At most `limit` conversations
        (None: all): those with the newest matching messages. An empty query finds every conversation.
        """
        if not query.split():
            return [SearchHit(c) for c in self.conversations()]
        found = _search.search(self.db, query, self.indexed, limit)
        if not found:
            return []
        ids = [f.conversation_id for f in found]
        rows = (self.db.execute(f"SELECT * FROM conversations WHERE id IN ({','.join('?' * len(ids))})"
                                " AND deleted IS NULL", ids) if len(ids) <= 500  # SQLite's limit is far above
                else self.db.execute("SELECT * FROM conversations WHERE deleted IS NULL"))
        conversations = {r["id"]: _conversation(r) for r in rows}
        hits = [SearchHit(conversations[f.conversation_id], f.snippet, f.spans, f.message_id, f.title_spans)
                for f in found if f.conversation_id in conversations]
        hits.sort(key=lambda h: (h.conversation.updated, h.conversation.id), reverse=True)
        return hits if limit is None else hits[:limit]

    @_guarded
    def update_conversation(self, conversation_id: int, **values: Any) -> Conversation:
        unknown = set(values) - CONVERSATION_FIELDS
        if unknown:
            raise ValueError(f"unknown conversation fields: {', '.join(sorted(unknown))}")
        if values:
            columns = ", ".join(f"{k}=?" for k in values)
            self.db.execute(f"UPDATE conversations SET {columns}, updated=? WHERE id=?",
                            (*values.values(), time.time(), conversation_id))
        return self.conversation(conversation_id)

    @_guarded
    def delete_conversation(self, conversation_id: int) -> None:
        """Hidden at once; `undo_delete` brings it back until `purge_deleted`."""
        self.db.execute("UPDATE conversations SET deleted=? WHERE id=?", (time.time(), conversation_id))

    @_guarded
    def undo_delete(self, conversation_id: int) -> Conversation:
        self.db.execute("UPDATE conversations SET deleted=NULL WHERE id=?", (conversation_id,))
        return self.conversation(conversation_id)

    @_guarded
    def purge_deleted(self, older_than_s: float = 0.0) -> int:
        """Delete for good what was deleted (conversations and messages) more than `older_than_s` ago.

        Returns how many conversations and messages were purged (a purged conversation's messages
        go with it, uncounted).
        """
        cutoff = time.time() - older_than_s
        with self._transaction():
            purged = self.db.execute("DELETE FROM conversations WHERE deleted IS NOT NULL AND deleted <= ?",
                                     (cutoff,)).rowcount
            purged += self.db.execute("DELETE FROM messages WHERE deleted IS NOT NULL AND deleted <= ?",
                                      (cutoff,)).rowcount
        return purged

    # -- messages ------------------------------------------------------------
    @_guarded
    def messages(self, conversation_id: int) -> list[Message]:
        """The conversation as shown: oldest first, the shown version of each reply, none deleted."""
        rows = self.db.execute(
            f"SELECT {_MESSAGE} FROM messages m WHERE conversation_id=? AND {_SHOWN} ORDER BY position",
            (conversation_id,))
        return [_message(r) for r in rows]

    @_guarded
    def message_count(self, conversation_id: int) -> int:
        """How many messages `messages` returns, without reading them."""
        return self.db.execute(f"SELECT COUNT(*) FROM messages m WHERE conversation_id=? AND {_SHOWN}",
                               (conversation_id,)).fetchone()[0]

    @_guarded
    def messages_page(self, conversation_id: int, before_position: int | None, limit: int) -> list[Message]:
        """Up to `limit` shown messages before `before_position` (None: the newest), oldest first."""
        rows = self.db.execute(
            f"SELECT {_MESSAGE} FROM messages m WHERE conversation_id=? AND {_SHOWN} AND position < ?"
            " ORDER BY position DESC LIMIT ?",
            (conversation_id, (1 << 62) if before_position is None else before_position, max(limit, 0)))
        return [_message(r) for r in reversed(rows.fetchall())]

    @_guarded
    def add_message(self, conversation_id: int, role: str, content: str = "", *,
                    reasoning: str = "", model: str = "", budget: int | None = None,
                    state: str = COMPLETE) -> Message:
        """Append a message; committed when this returns."""
        now = time.time()
        with self._transaction():
            position = self.db.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM messages WHERE conversation_id=?",
                (conversation_id,),
            ).fetchone()[0]
            cur = self.db.execute(
                "INSERT INTO messages (conversation_id, position, role, content, reasoning, model,"
                " budget, state, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, position, role, content, reasoning, model, budget, state, now, now),
            )
            self.db.execute("UPDATE conversations SET updated=? WHERE id=?", (now, conversation_id))
        return self.message(cur.lastrowid)

    @_guarded
    def add_version(self, message_id: int, *, model: str = "", budget: int | None = None,
                    state: str = STREAMING) -> Message:
        """A new, empty version of the reply `message_id`, at its position, shown from now on.

        The earlier versions are kept (`show_version` brings one back); committed when this returns.
        """
        now = time.time()
        old = self.message(message_id)
        with self._transaction():
            version = self.db.execute(
                "SELECT MAX(version) + 1 FROM messages WHERE conversation_id=? AND position=?",
                (old.conversation_id, old.position)).fetchone()[0]
            self.db.execute("UPDATE messages SET shown=0 WHERE conversation_id=? AND position=?",
                            (old.conversation_id, old.position))
            cur = self.db.execute(
                "INSERT INTO messages (conversation_id, position, version, role, model, budget, state,"
                " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (old.conversation_id, old.position, version, old.role, model, budget, state, now, now))
            self.db.execute("UPDATE conversations SET updated=? WHERE id=?", (now, old.conversation_id))
        return self.message(cur.lastrowid)

    @_guarded
    def show_version(self, message_id: int, index: int) -> Message:
        """Show version `index` (0-based) of the message at `message_id`'s position; later history uses it.

        IndexError when there is no such version.
        """
        m = self.message(message_id)
        if not 0 <= index < m.versions:
            raise IndexError(f"message {message_id} has {m.versions} version(s), not a version {index}")
        with self._transaction():  # hidden first: one shown version per position, checked row by row
            self.db.execute("UPDATE messages SET shown=0 WHERE conversation_id=? AND position=?",
                            (m.conversation_id, m.position))
            self.db.execute("UPDATE messages SET shown=1 WHERE conversation_id=? AND position=? AND version=?",
                            (m.conversation_id, m.position, index))
        row = self.db.execute(f"SELECT {_MESSAGE} FROM messages m WHERE conversation_id=? AND position=?"
                              " AND version=?", (m.conversation_id, m.position, index)).fetchone()
        return _message(row)

    @_guarded
    def message(self, message_id: int) -> Message:
        """Any version of a message, by id; KeyError when there is none or it is deleted."""
        row = self.db.execute(f"SELECT {_MESSAGE} FROM messages m WHERE id=? AND deleted IS NULL",
                              (message_id,)).fetchone()
        if row is None:
            raise KeyError(message_id)
        return _message(row)

    @_guarded
    def save_reply(self, message_id: int, content: str, reasoning: str, state: str,
                   stats: dict[str, Any] | None = None) -> None:
        """Checkpoint (state streaming) or finish a reply.

        A checkpoint changes only a reply still streaming: it never overwrites one that has ended.
        """
        self.db.execute(
            "UPDATE messages SET content=?, reasoning=?, state=?, stats=?, updated=? WHERE id=?"
            + (" AND state=?" if state == STREAMING else ""),
            (content, reasoning, state, json.dumps(stats or {}), time.time(), message_id,
             *((STREAMING,) if state == STREAMING else ())),
        )

    @_guarded
    def edit_message(self, message_id: int, content: str) -> Message:
        self.db.execute("UPDATE messages SET content=?, updated=? WHERE id=?",
                        (content, time.time(), message_id))
        return self.message(message_id)

    @_guarded
    def truncate_after(self, message_id: int) -> int:
        """Delete for good every later message of the conversation, every version (edit and resend)."""
        m = self.message(message_id)
        cur = self.db.execute("DELETE FROM messages WHERE conversation_id=? AND position>?",
                              (m.conversation_id, m.position))
        return cur.rowcount

    @_guarded
    def delete_message(self, message_id: int) -> None:
        """Hide the message (every version at its position); `undo_delete_message` brings it back
        until `purge_deleted`."""
        m = self.message(message_id)
        self.db.execute("UPDATE messages SET deleted=? WHERE conversation_id=? AND position=?"
                        " AND deleted IS NULL", (time.time(), m.conversation_id, m.position))

    @_guarded
    def undo_delete_message(self, message_id: int) -> Message:
        """Bring back a deleted message (with its versions); KeyError once it has been purged."""
        row = self.db.execute("SELECT conversation_id, position FROM messages WHERE id=?",
                              (message_id,)).fetchone()
        if row is None:
            raise KeyError(message_id)
        self.db.execute("UPDATE messages SET deleted=NULL WHERE conversation_id=? AND position=?",
                        (row["conversation_id"], row["position"]))
        return self.message(message_id)


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            try:
                self.db.execute("COMMIT")
                return
            except sqlite3.Error:
                self._rollback()
                raise
        self._rollback()

    def _rollback(self) -> None:
        if self.db.in_transaction:  # SQLite may have rolled back by itself (a full disk)
            self.db.execute("ROLLBACK")


def move_aside(path: str | Path) -> Path:
    """Rename a damaged database, with its -wal, -shm and -journal files, to `<name>.damaged-<time>`.

    Nothing is deleted; returns the database's new path. The side files go
    first, so a fresh database never meets the old one's write-ahead log.
    """
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target, n = path.with_name(f"{path.name}.damaged-{stamp}"), 1
    while any(_present(Path(f"{target}{suffix}")) for suffix in ("", *_SIDE_FILES)):
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    try:
        for suffix in (*_SIDE_FILES, ""):
            source = Path(f"{path}{suffix}")
            if _present(source):
                os.rename(source, f"{target}{suffix}")
    except OSError as exc:
        raise StoreError(UNWRITABLE, Text(translate(
            "Engine", "The chat database {path} could not be moved aside ({reason}); nothing was deleted."),
            path=str(path), reason=str(exc.strerror or exc))) from exc
    return target


def _present(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _stats(text: str | None) -> dict[str, Any]:
    """A reply's stats; a damaged value costs the stats, never the reply."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _conversation(row: sqlite3.Row) -> Conversation:
    return Conversation(row["id"], row["title"], row["created"], row["updated"],
                        row["system_prompt"], row["reasoning"], row["budget"], row["model"],
                        row["answer_language"], bool(row["reason_in_english"]))


def _message(row: sqlite3.Row) -> Message:
    return Message(row["id"], row["conversation_id"], row["position"], row["role"], row["content"],
                   row["reasoning"], row["model"], row["budget"], _stats(row["stats"]),
                   row["state"], row["created"], row["updated"], row["version"], row["versions"])
