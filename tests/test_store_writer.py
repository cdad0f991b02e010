"""The store writer survives what nobody foresaw: a job that raises is reported, the thread goes on,
a thread that dies is started again, and `flush` and `close` never wait for ever.

Each test has its own timeout: a writer that hangs fails the test instead of the run.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import store_writer
from app.store_writer import Save, StoreWriter
from engine import store as S
from engine.store import ChatStore, StoreError

pytestmark = pytest.mark.timeout(60)
WAIT_S = 30.0  # how long a gate waits before giving up (never reached when the writer works)


class ThreadKiller(BaseException):
    """Escapes every `except Exception`: ends the writer's thread as a bug in its loop would."""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ChatStore]:
    store = ChatStore(tmp_path / "chats.sqlite3")
    yield store
    store.close()


@pytest.fixture
def writer(qtbot, store: ChatStore) -> Iterator[StoreWriter]:  # type: ignore[no-untyped-def]
    writer = StoreWriter(store)
    yield writer
    writer.close()


class Outcomes:
    def __init__(self, writer: StoreWriter):
        self.saved: list[Save] = []
        self.failed: list[tuple[Save, Any]] = []
        writer.saved.connect(self.saved.append)
        writer.failed.connect(lambda save, exc: self.failed.append((save, exc)))


def replies(store: ChatStore, n: int) -> list[int]:
    conv = store.create_conversation()
    return [store.add_message(conv.id, "assistant", state=S.STREAMING).id for _ in range(n)]


def final(message_id: int, text: str) -> Save:
    return Save(message_id, text, "", S.COMPLETE)


def tracebacks(caplog: pytest.LogCaptureFixture, of: type[BaseException]) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.exc_info and isinstance(r.exc_info[1], of)]


def test_a_save_that_raises_unexpectedly_fails_visibly_and_the_next_save_lands(
        writer: StoreWriter, store: ChatStore, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    bad, good = replies(store, 2)
    real = ChatStore.save_reply

    def buggy(self: ChatStore, message_id: int, *args: Any, **kwargs: Any) -> None:
        if message_id == bad:
            raise RuntimeError("a bug in saving")
        real(self, message_id, *args, **kwargs)

    monkeypatch.setattr(ChatStore, "save_reply", buggy)
    seen = Outcomes(writer)
    writer.save(final(bad, "lost to a bug"))
    writer.save(final(good, "written all the same"))
    assert writer.flush()
    assert [(s.message_id, type(e), e.kind) for s, e in seen.failed] == [(bad, StoreError, S.UNWRITABLE)]
    assert "a bug in saving" in str(seen.failed[0][1])
    assert [s.message_id for s in seen.saved] == [good]
    assert store.message(good).content == "written all the same" and store.message(bad).state == S.STREAMING
    assert tracebacks(caplog, RuntimeError)  # logged with its traceback, not lost


def test_a_purge_that_raises_unexpectedly_is_logged_and_the_writer_goes_on(
        writer: StoreWriter, store: ChatStore, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    (reply,) = replies(store, 1)

    def buggy(self: ChatStore, older_than_s: float = 0.0) -> int:
        raise RuntimeError("a bug in purging")

    monkeypatch.setattr(ChatStore, "purge_deleted", buggy)
    seen = Outcomes(writer)
    writer.purge_deleted(0.0)
    writer.save(final(reply, "after the purge"))
    assert writer.flush()
    assert [s.message_id for s in seen.saved] == [reply] and seen.failed == []
    assert store.message(reply).content == "after the purge"
    assert [r.levelno for r in tracebacks(caplog, RuntimeError)] == [logging.ERROR]


def test_a_connection_that_fails_unexpectedly_fails_the_save_and_is_tried_again(
        writer: StoreWriter, store: ChatStore, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    first, second = replies(store, 2)
    real = ChatStore.reopen
    tries: list[int] = []

    def buggy_once(self: ChatStore, *args: Any, **kwargs: Any) -> ChatStore:
        tries.append(1)
        if len(tries) == 1:
            raise RuntimeError("a bug in opening")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ChatStore, "reopen", buggy_once)
    seen = Outcomes(writer)
    writer.save(final(first, "no connection for this one"))
    writer.save(final(second, "the connection works again"))
    assert writer.flush()
    assert [(s.message_id, e.kind) for s, e in seen.failed] == [(first, S.UNWRITABLE)]
    assert [s.message_id for s in seen.saved] == [second] and len(tries) == 2
    assert store.message(second).content == "the connection works again"
    assert tracebacks(caplog, RuntimeError)


def test_a_call_that_raises_is_raised_to_its_caller_and_the_writer_goes_on(
        writer: StoreWriter, store: ChatStore) -> None:
    (reply,) = replies(store, 1)

    def buggy(_: ChatStore) -> None:
        raise RuntimeError("a bug in maintenance")

    with pytest.raises(RuntimeError, match="a bug in maintenance"):
        writer.call(buggy)
    writer.save(final(reply, "after the call"))
    assert writer.flush()
    assert store.message(reply).content == "after the call"


def test_a_dead_writer_thread_makes_flush_return_false_and_the_next_save_starts_a_new_one(
        writer: StoreWriter, store: ChatStore, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    ids = replies(store, 4)
    gate = threading.Event()

    def dying(store: ChatStore | None, job: Any, opening: Any = None) -> None:
        gate.wait(WAIT_S)
        raise ThreadKiller()

    monkeypatch.setattr(writer, "_run", dying)
    seen = Outcomes(writer)
    for message_id in ids[:3]:
        writer.save(final(message_id, f"reply {message_id}"))  # the first holds the thread at the gate
    thread = writer._thread
    assert thread is not None
    gate.set()
    thread.join(WAIT_S)
    assert not thread.is_alive()  # it died on the first save; two are still queued

    assert writer.flush() is False  # started again once for them, it died again: no hang
    assert [s.message_id for s, _ in seen.failed] == ids[:2]  # each save it died on is reported
    assert all(isinstance(e, StoreError) for _, e in seen.failed)
    assert len(tracebacks(caplog, ThreadKiller)) == 2  # each death logged with its traceback

    monkeypatch.undo()  # the bug is gone: the next save starts a thread that works
    writer.save(final(ids[3], f"reply {ids[3]}"))
    assert writer.flush() is True
    assert [s.message_id for s in seen.saved] == ids[2:]  # the one left queued, then the new one
    assert [store.message(i).content for i in ids[2:]] == [f"reply {i}" for i in ids[2:]]


def test_flush_gives_up_on_a_writer_that_makes_no_progress(
        writer: StoreWriter, store: ChatStore, monkeypatch: pytest.MonkeyPatch) -> None:
    (reply,) = replies(store, 1)
    gate = threading.Event()
    real = writer._run

    def stuck(store: ChatStore | None, job: Any, opening: Any = None) -> None:
        gate.wait(WAIT_S)  # a disk that does not answer
        real(store, job, opening)

    monkeypatch.setattr(writer, "_run", stuck)
    seen = Outcomes(writer)
    writer.save(final(reply, "written late"))
    assert writer.flush(timeout_s=0.2) is False
    assert seen.saved == seen.failed == []
    gate.set()
    assert writer.flush() is True  # still queued, written once the disk answers
    assert [s.message_id for s in seen.saved] == [reply] and store.message(reply).content == "written late"


def test_close_gives_up_on_a_writer_that_makes_no_progress(
        qtbot, store: ChatStore, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    (reply,) = replies(store, 1)
    writer = StoreWriter(store)
    gate = threading.Event()
    real = writer._run

    def stuck(store: ChatStore | None, job: Any, opening: Any = None) -> None:
        gate.wait(WAIT_S)
        real(store, job, opening)

    monkeypatch.setattr(writer, "_run", stuck)
    monkeypatch.setattr(store_writer, "FLUSH_TIMEOUT_S", 0.2)
    writer.save(final(reply, "written after close returned"))
    thread = writer._thread
    assert thread is not None
    writer.close()  # returns although the save is still being written
    with pytest.raises(RuntimeError):
        writer.save(final(reply, "too late"))
    gate.set()
    thread.join(WAIT_S)
    assert not thread.is_alive() and store.message(reply).content == "written after close returned"
