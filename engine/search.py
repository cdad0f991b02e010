"""Finding chats by their text: an FTS5 trigram index over messages and titles, with snippets and match spans.

The trigram tokenizer finds any piece of text of three or more characters, in
any script (Japanese has no spaces between its words). Shorter words need more:
a two-character word (東京, "py") is looked up as every indexed trigram that
begins with it, so it is found wherever a character follows it (not as the very
last two characters of a message); a one-character word narrows what the other
words found, and on its own matches titles and the newest SHORT_SCAN messages
(a bounded scan). A SQLite without FTS5 searches with LIKE instead.

The index follows the tables through triggers. A reply is indexed once it has
ended (its one-second checkpoints leave the index alone); every query leaves
out deleted conversations and messages, and replies replaced by a newer version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

MATCH_LIMIT = 100  # conversations found, at most: those whose matching messages are newest
SHORT_SCAN = 2000  # messages a query of only one-character words reads, newest first
MAX_EXPANSION = 200  # trigrams a two-character word may stand for (more: it narrows like a short one)
SEARCH_CACHE_KIB = 32 * 1024  # page cache of a connection that searches (the index is read widely)
SNIPPET_CHARS = 120  # the snippet's width around the first match
TRIGRAM = 3  # the shortest word the index can look up

INDEX_TABLES = ("message_index", "title_index")
_INDEX = (
    "CREATE VIRTUAL TABLE message_index USING fts5(content, reasoning, content='messages', "
    "content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE title_index USING fts5(title, content='conversations', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE VIRTUAL TABLE message_index_terms USING fts5vocab(message_index, row)",  # the trigrams indexed
    # a row is in message_index exactly while its state is not 'streaming', with its current text
    """CREATE TRIGGER message_index_insert AFTER INSERT ON messages WHEN new.state != 'streaming' BEGIN
        INSERT INTO message_index (rowid, content, reasoning) VALUES (new.id, new.content, new.reasoning);
    END""",
    """CREATE TRIGGER message_index_delete AFTER DELETE ON messages WHEN old.state != 'streaming' BEGIN
        INSERT INTO message_index (message_index, rowid, content, reasoning)
            VALUES ('delete', old.id, old.content, old.reasoning);
    END""",
    """CREATE TRIGGER message_index_update AFTER UPDATE OF content, reasoning, state ON messages BEGIN
        INSERT INTO message_index (message_index, rowid, content, reasoning)
            SELECT 'delete', old.id, old.content, old.reasoning WHERE old.state != 'streaming';
        INSERT INTO message_index (rowid, content, reasoning)
            SELECT new.id, new.content, new.reasoning WHERE new.state != 'streaming';
    END""",
    """CREATE TRIGGER title_index_insert AFTER INSERT ON conversations BEGIN
        INSERT INTO title_index (rowid, title) VALUES (new.id, new.title);
    END""",
    """CREATE TRIGGER title_index_delete AFTER DELETE ON conversations BEGIN
        INSERT INTO title_index (title_index, rowid, title) VALUES ('delete', old.id, old.title);
    END""",
    """CREATE TRIGGER title_index_update AFTER UPDATE OF title ON conversations BEGIN
        INSERT INTO title_index (title_index, rowid, title) VALUES ('delete', old.id, old.title);
        INSERT INTO title_index (rowid, title) VALUES (new.id, new.title);
    END""",
    "INSERT INTO message_index (rowid, content, reasoning) "
    "SELECT id, content, reasoning FROM messages WHERE state != 'streaming'",
    "INSERT INTO title_index (rowid, title) SELECT id, title FROM conversations",
)
_LIVE = "m.shown=1 AND m.deleted IS NULL AND c.deleted IS NULL"

Span = tuple[int, int]


@dataclass(frozen=True)
class Found:
    """What a search found in one conversation; the store adds the Conversation (a SearchHit)."""

    conversation_id: int
    snippet: str = ""  # plain text around the first match in a message ("" when only the title matched)
    spans: tuple[Span, ...] = ()  # (start, end) of each match in `snippet`
    message_id: int | None = None  # the newest matching message
    title_spans: tuple[Span, ...] = ()  # each match in the conversation's title


def fts5_available(db: sqlite3.Connection) -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (3.34 or newer)."""
    try:
        db.execute("CREATE VIRTUAL TABLE temp.ponder_fts5_probe USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError:
        return False
    db.execute("DROP TABLE temp.ponder_fts5_probe")
    return True


def create_index(db: sqlite3.Connection) -> bool:
    """Build the index of every message and title (part of a migration); False without FTS5."""
    if not fts5_available(db):
        return False
    for statement in _INDEX:
        db.execute(statement)
    return True


def has_index(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name='message_index'").fetchone() is not None


def terms_of(query: str) -> list[str]:
    """The query's words (split at spaces), each once; a conversation matches when it has them all."""
    seen: dict[str, None] = {}
    for word in query.split():
        seen.setdefault(word, None)
    return list(seen)


def search(db: sqlite3.Connection, query: str, indexed: bool, limit: int | None = MATCH_LIMIT) -> list[Found]:
    """Conversations whose title, or one message, has every word of `query`; newest match first.

    `indexed`: use the FTS5 index (else LIKE). At most `limit` conversations (None: all).
    """
    terms = terms_of(query)
    if not terms:
        return []
    groups: list[list[str]] = []  # each word as the trigrams that find it; all words required
    narrow: list[str] = []  # words checked by LIKE on what the index found (or on a scan)
    for term in terms:
        trigrams = ([term] if len(term) >= TRIGRAM else _expand(db, term)) if indexed else None
        if trigrams is None:
            narrow.append(term)
        elif not trigrams:  # in no message: only a title can have it
            groups = [[]]
            break
        else:
            groups.append(trigrams)
    like, like_args = _like(narrow, ("m.content", "m.reasoning"))
    if groups == [[]]:
        rows = None
    elif groups:
        rows = db.execute(
            "SELECT m.id, m.conversation_id FROM message_index CROSS JOIN messages m ON m.id = message_index.rowid"
            f" JOIN conversations c ON c.id = m.conversation_id WHERE message_index MATCH ? AND {_LIVE}{like}"
            " ORDER BY message_index.rowid DESC", (_match(groups), *like_args))
    else:  # only one-character words: a scan, newest first (bounded when the index exists)
        floor = db.execute("SELECT COALESCE(MAX(id), 0) FROM messages").fetchone()[0] - SHORT_SCAN if indexed else -1
        rows = db.execute(
            "SELECT m.id, m.conversation_id FROM messages m JOIN conversations c ON c.id = m.conversation_id"
            f" WHERE m.id > ? AND {_LIVE}{like} ORDER BY m.id DESC", (floor, *like_args))
    newest: dict[int, int] = {}  # conversation -> its newest matching message
    if rows is not None:
        try:
            for message_id, conversation_id in rows:
                newest.setdefault(conversation_id, message_id)
                if limit is not None and len(newest) >= limit:
                    break
        finally:
            rows.close()
    titles = _titles(db, [t for t in terms if len(t) >= TRIGRAM] if indexed else [],
                     [t for t in terms if len(t) < TRIGRAM or not indexed])
    needles = [_fold(t) for t in terms]
    texts = _texts(db, newest.values())
    found = []
    for conversation_id in {**newest, **titles}:
        message_id = newest.get(conversation_id)
        snippet, spans = "", ()  # type: tuple[str, tuple[Span, ...]]
        if message_id is not None:
            content, reasoning = texts[message_id]
            text = content if any(n in _fold(content) for n in needles) else reasoning
            snippet, spans = make_snippet(text, needles)
        title = titles.get(conversation_id)
        found.append(Found(conversation_id, snippet, spans, message_id,
                           spans_of(_fold(title), needles) if title is not None else ()))
    return found


def _expand(db: sqlite3.Connection, pair: str) -> list[str] | None:
    """The indexed trigrams a word of two characters begins (None: one character, or too many)."""
    if len(pair) != TRIGRAM - 1:
        return None
    folded = _fold(pair)
    found = [row[0] for row in db.execute(
        "SELECT term FROM message_index_terms WHERE term >= ? AND term < ? LIMIT ?",
        (folded, folded + "\U0010ffff", MAX_EXPANSION + 1))]
    return None if len(found) > MAX_EXPANSION else found


def _titles(db: sqlite3.Connection, long: list[str], short: list[str]) -> dict[int, str]:
    like, like_args = _like(short, ("c.title",))
    if long:
        rows = db.execute("SELECT c.id, c.title FROM title_index CROSS JOIN conversations c ON c.id = title_index.rowid"
                          f" WHERE title_index MATCH ? AND c.deleted IS NULL{like}",
                          (_match([[t] for t in long]), *like_args))
    else:
        rows = db.execute(f"SELECT c.id, c.title FROM conversations c WHERE c.deleted IS NULL{like}", like_args)
    return dict(rows.fetchall())


def _texts(db: sqlite3.Connection, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    ids = list(ids)
    texts: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):  # SQLite's limit on parameters is far above, but finite
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for message_id, content, reasoning in db.execute(
                f"SELECT id, content, reasoning FROM messages WHERE id IN ({marks})", chunk):
            texts[message_id] = (content, reasoning)
    return texts


def _match(groups: list[list[str]]) -> str:
    """An FTS5 query: each group required, any string of a group, each quoted (its own quotes doubled)."""
    return " AND ".join("(" + " OR ".join('"' + t.replace('"', '""') + '"' for t in group) + ")"
                        for group in groups)


def _like(terms: list[str], columns: tuple[str, ...]) -> tuple[str, list[str]]:
    """SQL requiring each term in one of `columns` (LIKE: case-insensitive for ASCII, as is the index)."""
    sql, args = "", []
    for term in terms:
        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql += " AND (" + " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in columns) + ")"
        args += [pattern] * len(columns)
    return sql, args


def _fold(text: str) -> str:
    """Lower case of the same length (so positions in it are positions in `text`)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # e.g. "İ" lowers to two


def spans_of(folded: str, needles: list[str]) -> tuple[Span, ...]:
    """Where the needles occur in `folded`, overlapping matches merged, in order."""
    found: list[Span] = []
    for needle in needles:
        at = folded.find(needle)
        while needle and at >= 0:
            found.append((at, at + len(needle)))
            at = folded.find(needle, at + 1)
    merged: list[Span] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def make_snippet(text: str, needles: list[str], width: int = SNIPPET_CHARS) -> tuple[str, tuple[Span, ...]]:
    """One line of `text` around the first match, "…" where it was cut, and the matches' spans in it."""
    folded = _fold(text)
    hits = [at for at in (folded.find(n) for n in needles if n) if at >= 0]
    first = min(hits, default=0)
    start = max(0, first - width // 3)
    if start > 0:  # begin at a word when one starts close by
        space = text.find(" ", start, first)
        start = space + 1 if 0 <= space < start + 15 else start
    end = min(len(text), start + width)
    window = _one_line(text[start:end])
    spans = spans_of(_fold(window), needles)
    prefix = "…" if start > 0 else ""
    shift = len(prefix)
    return (prefix + window + ("…" if end < len(text) else ""),
            tuple((a + shift, b + shift) for a, b in spans))


def _one_line(text: str) -> str:
    """Line breaks and tabs as spaces, one for one (positions stay the same)."""
    return text.translate(_SPACES)


_SPACES = {ord(c): " " for c in "\n\r\t\v\f\u2028\u2029\x85"}
