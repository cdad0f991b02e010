"""Chats on disk: conversations and messages in SQLite (WAL), with schema migrations.

Nothing is lost: a user's message is committed before generation starts, a
streaming reply is checkpointed while it grows, and a reply still marked
`streaming` when the store opens (the app was killed) becomes `interrupted`.
Deleting a conversation is soft until purged, so it can be undone.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Reply states.
COMPLETE = "complete"
STREAMING = "streaming"
INTERRUPTED = "interrupted"  # the engine or the app died mid-reply
CANCELLED = "cancelled"  # the user stopped it
FAILED = "failed"


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    created: float
    updated: float
    system_prompt: str = ""
    reasoning: str = "auto"
    budget: int = -1
    model: str = ""


@dataclass(frozen=True)
class Message:
    id: int
    conversation_id: int
    position: int
    role: str
    content: str
    reasoning: str = ""
    model: str = ""
    budget: int | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    state: str = COMPLETE
    created: float = 0.0
    updated: float = 0.0


def _run(db: sqlite3.Connection, script: str) -> None:
    # statement by statement: executescript() would commit the migration's transaction
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1(db: sqlite3.Connection) -> None:
    _run(db, """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            created REAL NOT NULL,
            updated REAL NOT NULL,
            system_prompt TEXT NOT NULL DEFAULT '',
            reasoning TEXT NOT NULL DEFAULT 'auto',
            budget INTEGER NOT NULL DEFAULT -1,
            model TEXT NOT NULL DEFAULT '',
            deleted REAL
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
            content TEXT NOT NULL DEFAULT '',
            reasoning TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            budget INTEGER,
            stats TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL DEFAULT 'complete',
            created REAL NOT NULL,
            updated REAL NOT NULL,
            UNIQUE (conversation_id, position)
        );
        CREATE INDEX conversations_by_update ON conversations(deleted, updated DESC);
    """)


# Each entry moves the schema one version up; never edit a released one.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """The chat database cannot be used; the message says why."""


class ChatStore:
    """One SQLite database of conversations. Use from one thread."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"the chat database {self.path} cannot be opened: {exc}") from exc
        self.recovered = self._recover_streaming()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the chat database was written by a newer Ponder (schema {version}, "
                f"this one knows {SCHEMA_VERSION}); update Ponder to open it"
            )
        for number in range(version, SCHEMA_VERSION):
            with self._transaction():
                MIGRATIONS[number](self.db)
                self.db.execute(f"PRAGMA user_version={number + 1}")

    def _transaction(self):  # type: ignore[no-untyped-def]
        return _Transaction(self.db)

    def _recover_streaming(self) -> int:
        """Replies cut off by a crash of the app: keep them, marked interrupted."""
        cur = self.db.execute("UPDATE messages SET state=? WHERE state=?", (INTERRUPTED, STREAMING))
        return cur.rowcount

    # -- conversations -------------------------------------------------------
    def create_conversation(self, title: str = "New chat", system_prompt: str = "",
                            reasoning: str = "auto", budget: int = -1, model: str = "") -> Conversation:
        now = time.time()
        cur = self.db.execute(
            "INSERT INTO conversations (title, created, updated, system_prompt, reasoning, budget, model)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (title, now, now, system_prompt, reasoning, budget, model),
        )
        return self.conversation(cur.lastrowid)  # type: ignore[arg-type]

    def conversation(self, conversation_id: int) -> Conversation:
        row = self.db.execute(
            "SELECT * FROM conversations WHERE id=? AND deleted IS NULL", (conversation_id,)
        ).fetchone()
        if row is None:
            raise KeyError(conversation_id)
        return _conversation(row)

    def conversations(self, search: str = "") -> list[Conversation]:
        """Newest first; `search` matches titles and message text."""
        if not search.strip():
            rows = self.db.execute(
                "SELECT * FROM conversations WHERE deleted IS NULL ORDER BY updated DESC, id DESC"
            )
        else:
            pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            rows = self.db.execute(
                "SELECT * FROM conversations c WHERE deleted IS NULL AND (title LIKE ?1 ESCAPE '\\' "
                "OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id "
                "AND (m.content LIKE ?1 ESCAPE '\\' OR m.reasoning LIKE ?1 ESCAPE '\\'))) "
                "ORDER BY updated DESC, id DESC",
                (pattern,),
            )
        return [_conversation(r) for r in rows]

    def update_conversation(self, conversation_id: int, **values: Any) -> Conversation:
        allowed = {"title", "system_prompt", "reasoning", "budget", "model"}
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"unknown conversation fields: {', '.join(sorted(unknown))}")
        if values:
            columns = ", ".join(f"{k}=?" for k in values)
            self.db.execute(f"UPDATE conversations SET {columns}, updated=? WHERE id=?",
                            (*values.values(), time.time(), conversation_id))
        return self.conversation(conversation_id)

    def delete_conversation(self, conversation_id: int) -> None:
        """Hidden at once; `undo_delete` brings it back until `purge_deleted`."""
        self.db.execute("UPDATE conversations SET deleted=? WHERE id=?", (time.time(), conversation_id))

    def undo_delete(self, conversation_id: int) -> Conversation:
        self.db.execute("UPDATE conversations SET deleted=NULL WHERE id=?", (conversation_id,))
        return self.conversation(conversation_id)

    def purge_deleted(self, older_than_s: float = 0.0) -> int:
        cutoff = time.time() - older_than_s
        cur = self.db.execute("DELETE FROM conversations WHERE deleted IS NOT NULL AND deleted <= ?",
                              (cutoff,))
        return cur.rowcount

    # -- messages ------------------------------------------------------------
    def messages(self, conversation_id: int) -> list[Message]:
        rows = self.db.execute(
            "SELECT * FROM messages WHERE conversation_id=? ORDER BY position", (conversation_id,)
        )
        return [_message(r) for r in rows]

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
        return self.message(cur.lastrowid)  # type: ignore[arg-type]

    def message(self, message_id: int) -> Message:
        row = self.db.execute("SELECT * FROM messages WHERE id=?", (message_id,)).fetchone()
        if row is None:
            raise KeyError(message_id)
        return _message(row)

    def save_reply(self, message_id: int, content: str, reasoning: str, state: str,
                   stats: dict[str, Any] | None = None) -> None:
        """Checkpoint (state streaming) or finish a reply."""
        self.db.execute(
            "UPDATE messages SET content=?, reasoning=?, state=?, stats=?, updated=? WHERE id=?",
            (content, reasoning, state, json.dumps(stats or {}), time.time(), message_id),
        )

    def edit_message(self, message_id: int, content: str) -> Message:
        self.db.execute("UPDATE messages SET content=?, updated=? WHERE id=?",
                        (content, time.time(), message_id))
        return self.message(message_id)

    def truncate_after(self, message_id: int) -> int:
        """Delete every later message of the conversation (edit and resend, regenerate)."""
        m = self.message(message_id)
        cur = self.db.execute("DELETE FROM messages WHERE conversation_id=? AND position>?",
                              (m.conversation_id, m.position))
        return cur.rowcount

    def delete_message(self, message_id: int) -> None:
        self.db.execute("DELETE FROM messages WHERE id=?", (message_id,))


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def _conversation(row: sqlite3.Row) -> Conversation:
    return Conversation(row["id"], row["title"], row["created"], row["updated"],
                        row["system_prompt"], row["reasoning"], row["budget"], row["model"])


def _message(row: sqlite3.Row) -> Message:
    return Message(row["id"], row["conversation_id"], row["position"], row["role"], row["content"],
                   row["reasoning"], row["model"], row["budget"], json.loads(row["stats"] or "{}"),
                   row["state"], row["created"], row["updated"])
