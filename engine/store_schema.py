"""The chat database's tables: the migrations that build them, and the check that a file has them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from . import search


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


def _v2(db: sqlite3.Connection) -> None:
    """Versions of a reply at one position, soft-deleted messages, and the full-text index.

    The table is rebuilt (a UNIQUE constraint cannot be changed in place), ids
    kept; its short columns come first so that filters never read the long text.
    """
    _run(db, """
        CREATE TABLE messages_v2 (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            version INTEGER NOT NULL DEFAULT 0,
            shown INTEGER NOT NULL DEFAULT 1,
            deleted REAL,
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
            state TEXT NOT NULL DEFAULT 'complete',
            model TEXT NOT NULL DEFAULT '',
            budget INTEGER,
            created REAL NOT NULL,
            updated REAL NOT NULL,
            stats TEXT NOT NULL DEFAULT '{}',
            content TEXT NOT NULL DEFAULT '',
            reasoning TEXT NOT NULL DEFAULT '',
            UNIQUE (conversation_id, position, version)
        );
        INSERT INTO messages_v2 (id, conversation_id, position, role, state, model, budget, created, updated,
                                 stats, content, reasoning)
            SELECT id, conversation_id, position, role, state, model, budget, created, updated,
                   stats, content, reasoning FROM messages;
        DROP TABLE messages;
        ALTER TABLE messages_v2 RENAME TO messages;
        CREATE UNIQUE INDEX messages_shown ON messages(conversation_id, position) WHERE shown=1 AND deleted IS NULL
    """)
    search.create_index(db)  # none without FTS5: search then uses LIKE


def _v3(db: sqlite3.Connection) -> None:
    """Each chat's answer language ('' = automatic) and whether its reasoning is asked in English."""
    _run(db, """
        ALTER TABLE conversations ADD COLUMN answer_language TEXT NOT NULL DEFAULT '';
        ALTER TABLE conversations ADD COLUMN reason_in_english INTEGER NOT NULL DEFAULT 0
    """)


# Each entry moves the schema one version up; never edit a released one.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)
SEARCH_INDEX_VERSION = 2  # the long step: messages rebuilt and indexed


def schema_of(version: int) -> dict[str, frozenset[str]]:
    """Tables and their columns at a schema version, as the migrations build them."""
    db = sqlite3.connect(":memory:")
    try:
        for migration in MIGRATIONS[:version]:
            migration(db)
        return tables(db)
    finally:
        db.close()


def tables(db: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """Ordinary tables and their columns (not the search index: it exists only where SQLite has FTS5)."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
    found = {name: sql or "" for name, sql in rows}
    virtual = [name for name, sql in found.items() if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    names = [name for name in found
             if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)]
    return {name: frozenset(r[1] for r in db.execute(f"PRAGMA table_info('{name}')")) for name in names}


def schema_problems(db: sqlite3.Connection, version: int) -> list[str]:
    """Why the file is not Ponder's chat database at its stated version ([] when it is)."""
    found = tables(db)
    if version == 0:
        return [f"it holds other tables ({', '.join(sorted(found))}), not Ponder's chats"] if found else []
    missing = [f"{table}.{column}" for table, columns in schema_of(version).items()
               for column in sorted(columns - found.get(table, frozenset()))]
    return [f"its tables lack {', '.join(missing[:5])}"] if missing else []


def pending_upgrade(path: Path) -> int:
    """Bytes of chats an older schema holds at `path` (0: nothing to upgrade, or not readable).

    Read-only and quick, so the app can say "updating your chats" before a long migration.
    """
    try:
        size = path.stat().st_size
        db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except (OSError, sqlite3.Error):
        return 0
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        db.close()
    return size if 0 < version < SEARCH_INDEX_VERSION else 0  # later steps add columns: instant
