"""Saving replies off the GUI thread: one writer thread with its own connection, fed by a queue, in order.

The chat controller hands it the one-second checkpoints of a streaming reply
and the final save of each reply; the GUI thread never waits on the disk except
in `flush` (before quitting), and never for ever. The writer thread never
touches widgets or models: what became of each save comes back as a signal on
the GUI thread. A job that fails in a way nobody foresaw (a bug) is logged with
its traceback and reported like any failure; the thread goes on with the next.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from engine.messages import Text, translate
from engine.store import STREAMING, UNWRITABLE, ChatStore, StoreError

log = logging.getLogger(__name__)

FLUSH_TIMEOUT_S = 60.0  # `flush` and `close` give up when no job has ended for this long (a hung disk)


@dataclass(frozen=True)
class Save:
    """A reply's text and state to write: a checkpoint (state streaming) or its final save."""

    message_id: int
    content: str
    reasoning: str
    state: str
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def final(self) -> bool:
        return self.state != STREAMING


@dataclass(frozen=True)
class _Purge:
    older_than_s: float


@dataclass
class _Call:
    run: Callable[[ChatStore], Any]
    done: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: BaseException | None = None


_Job = Save | _Purge | _Call


class StoreWriter(QObject):
    """Writes saves in the order given, on its own thread and connection.

    Ordering: a pending checkpoint of a reply is replaced by a newer one (the
    newest text is what counts) and dropped once the reply's final save is
    queued, so a checkpoint never overwrites a final save; the store itself also
    refuses a checkpoint over a reply that has ended. `flush` waits until all
    that was queued is written and reports it at once.

    A ":memory:" store cannot be reached from a second connection, so for one
    each save is written at once on the calling thread; it is reported the same
    way (by the event loop, or by `flush`).
    """

    saved = Signal(object)  # the Save, now on disk
    # the Save, the StoreError (a full disk, …; a bug, logged, is one too): nothing was written
    failed = Signal(object, object)
    _finished_one = Signal()  # writer thread -> this object's thread

    def __init__(self, store: ChatStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.threaded = not store.in_memory
        self._jobs: deque[_Job] = deque()
        self._outcomes: deque[tuple[Save, StoreError | None]] = deque()
        self._working = False
        self._ended = 0  # jobs ended so far: how `flush` tells a slow writer from a stuck one
        self._closing = False
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._finished_one.connect(self.deliver, Qt.ConnectionType.QueuedConnection)
        if self.threaded:
            atexit.register(_close_at_exit, weakref.ref(self))  # what is queued is written before exit

    # -- the GUI thread's side -------------------------------------------------
    def checkpoint(self, message_id: int, content: str, reasoning: str, stats: dict[str, Any]) -> None:
        """A streaming reply's text so far."""
        self._submit(Save(message_id, content, reasoning, STREAMING, dict(stats)))

    def save(self, save: Save) -> None:
        self._submit(save)

    def purge_deleted(self, older_than_s: float) -> None:
        """Purge what was deleted longer ago than that (failures are left for the next time)."""
        self._submit(_Purge(older_than_s))

    def call(self, run: Callable[[ChatStore], Any]) -> Any:
        """Run `run(store)` on the writer's connection, after what is queued, and wait for its result.

        For tests (a full disk is a property of a connection) and for maintenance.
        RuntimeError when the writer's thread stops before running it.
        """
        job = _Call(run)
        self._submit(job)
        with self._cond:
            if not self._wait_for(job.done.is_set, None):
                self._jobs = deque(j for j in self._jobs if j is not job)  # nobody waits for it any more
                raise RuntimeError("the store writer stopped before running the call")
        if job.error is not None:
            raise job.error
        return job.result

    def flush(self, timeout_s: float = FLUSH_TIMEOUT_S) -> bool:
        """Wait until everything queued is written, then report it now (`saved`, `failed`).

        False when that did not happen: the writer's thread stopped (it is started
        again once, for what is queued) or no job ended for `timeout_s` seconds.
        What is left stays queued; the reports that came are delivered all the same.
        """
        with self._cond:
            done = self._wait_for(lambda: not self._jobs and not self._working, timeout_s)
        if not done:
            log.error("the store writer did not finish: %d job(s) still queued", len(self._jobs))
        self.deliver()
        return done

    def deliver(self) -> None:
        """Emit `saved` or `failed` for each save written since the last delivery (this thread)."""
        while True:
            with self._cond:
                if not self._outcomes:
                    return
                save, error = self._outcomes.popleft()
            if error is None:
                self.saved.emit(save)
            else:
                self.failed.emit(save, error)

    def close(self) -> None:
        """Write what is queued, then end the thread and its connection (later saves: RuntimeError).

        Waits as `flush` does, never for ever: what a stuck writer still holds is logged, not written.
        """
        with self._cond:
            self._closing = True
            self._cond.notify_all()
            written = self._wait_for(lambda: not self._jobs and not self._working, FLUSH_TIMEOUT_S)
            if not written:
                log.error("the store writer was closed with %d job(s) not written", len(self._jobs))
            thread, self._thread = self._thread, None
        if thread is not None and written:
            thread.join(FLUSH_TIMEOUT_S)  # it has nothing left to do: it ends at once
        if shiboken6.isValid(self):  # at exit, Qt may have deleted it already: nobody is listening
            self.deliver()

    def _submit(self, job: _Job) -> None:
        if self._closing:
            raise RuntimeError("the store writer is closed")
        if not self.threaded:
            self._run(self.store, job)
            self._finished_one.emit()
            return
        with self._cond:
            if isinstance(job, Save):
                self._merge(job)
            else:
                self._jobs.append(job)
            self._cond.notify_all()
            if not self._alive():  # the first job, or the last thread died (it reported why)
                self._start()

    def _alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _start(self) -> bool:
        """A new writer thread (with `_cond` held); False when none can be started (at interpreter exit)."""
        thread = threading.Thread(target=self._work, name="ponder-store-writer", daemon=True)
        try:
            thread.start()
        except RuntimeError:
            log.exception("the store writer's thread could not be started")
            return False
        self._thread = thread
        return True

    def _wait_for(self, ready: Callable[[], bool], timeout_s: float | None) -> bool:
        """Wait (with `_cond` held) until `ready()`; False when it will not be.

        A dead thread with jobs left is started again once; when that one dies
        too, or no job ends for `timeout_s` seconds (None: no limit), False.
        """
        restarted = False
        ended, deadline = self._ended, _deadline(timeout_s)
        while not ready():
            if self.threaded and not self._alive():
                if restarted or not self._jobs or not self._start():
                    return False
                restarted = True
            if self._ended != ended:  # progress: the time starts again
                ended, deadline = self._ended, _deadline(timeout_s)
            left = 1.0 if deadline is None else deadline - time.monotonic()
            if left <= 0:
                return False
            self._cond.wait(min(left, 1.0))  # woken by each job's end; the poll is a safety net
        return True

    def _merge(self, save: Save) -> None:
        """Queue `save`; the reply's pending checkpoint is replaced or, by a final save, dropped."""
        for i, job in enumerate(self._jobs):
            if isinstance(job, Save) and job.message_id == save.message_id and not job.final:
                if save.final:
                    del self._jobs[i]
                    break
                self._jobs[i] = save
                return
        self._jobs.append(save)

    # -- the writer thread -------------------------------------------------------
    def _work(self) -> None:
        store: ChatStore | None = None
        opening: StoreError | None = None
        try:
            while True:
                with self._cond:
                    self._cond.wait_for(lambda: self._jobs or self._closing)
                    if not self._jobs:
                        return
                    job = self._jobs.popleft()
                    self._working = True
                try:
                    if store is None:
                        store, opening = self._open()
                    self._run(store, job, opening)
                except BaseException as exc:  # not a job's failure (those are caught): the thread ends
                    self._abandon(job, exc)
                    raise
                finally:
                    with self._cond:
                        self._working = False
                        self._ended += 1
                        self._cond.notify_all()
                    if isinstance(job, Save) and shiboken6.isValid(self):
                        self._finished_one.emit()
        except BaseException:  # logged here, not lost: the next save or `flush` starts a new thread
            log.critical("the store writer's thread stopped", exc_info=True)
        finally:
            if store is not None:
                try:
                    store.close()
                except Exception:
                    log.exception("the store writer's connection did not close")
            with self._cond:
                if self._thread is threading.current_thread():
                    self._thread = None
                self._cond.notify_all()  # a `flush` waiting on this thread learns that it ended

    def _open(self) -> tuple[ChatStore | None, StoreError | None]:
        """The writer's own connection, or why there is none (tried again with the next job)."""
        try:
            return self.store.reopen(), None
        except StoreError as exc:
            return None, exc
        except Exception as exc:  # a bug: reported like a failure, the reply stays in memory
            log.exception("the store writer could not open the chat database")
            return None, StoreError(UNWRITABLE, Text(translate(
                "Engine", "The chat database could not be opened for writing ({error})."), error=str(exc)))

    def _abandon(self, job: _Job, exc: BaseException) -> None:
        """The thread dies during `job`: whoever waits for it hears so."""
        if isinstance(job, _Call):
            if not job.done.is_set():
                job.error = RuntimeError(f"the store writer stopped ({exc!r})")
                job.done.set()
        elif isinstance(job, Save):
            with self._cond:
                error = StoreError(UNWRITABLE, _not_saved(repr(exc)))
                self._outcomes.append((job, error))

    def _run(self, store: ChatStore | None, job: _Job, opening: StoreError | None = None) -> None:
        """Do one job (on whichever thread owns `store`); a save's outcome is queued for `deliver`.

        Every failure is caught here: a save's is reported by `failed`, a call's raised by
        `call`, a purge's logged (purging is tried again at the next start).
        """
        if isinstance(job, _Call):
            try:
                if store is None:
                    raise opening or RuntimeError("the store writer has no connection")
                job.result = job.run(store)
            except BaseException as exc:  # handed to the waiting caller, raised there
                job.error = exc
            job.done.set()
            return
        if isinstance(job, _Purge):
            try:
                if store is not None:
                    store.purge_deleted(job.older_than_s)
            except StoreError as exc:  # housekeeping: tried again at the next start
                log.info("deleted chats and messages were not purged: %s", exc)
            except Exception:  # a bug: logged, and the writer goes on
                log.exception("purging deleted chats and messages failed")
            return
        error = opening
        try:
            if store is not None:
                store.save_reply(job.message_id, job.content, job.reasoning, job.state, job.stats)
        except StoreError as exc:
            error = exc
        except Exception as exc:  # a bug: the reply stays in memory and the user is told, not a dead thread
            log.exception("saving reply %s failed", job.message_id)
            error = StoreError(UNWRITABLE, _not_saved(str(exc)))
        if store is None and error is None:
            error = StoreError(UNWRITABLE, Text(translate("Engine", "The chat database could not be opened for "
                                                                     "writing.")))
        with self._cond:
            self._outcomes.append((job, error))


def _deadline(timeout_s: float | None) -> float | None:
    return None if timeout_s is None else time.monotonic() + timeout_s


def _close_at_exit(ref: weakref.ref[StoreWriter]) -> None:
    writer = ref()
    if writer is not None:
        writer.close()


def _not_saved(error: str) -> Text:
    return Text(translate("Engine", "The reply could not be saved ({error})."), error=error)
