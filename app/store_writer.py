"""Saving replies off the GUI thread: one writer thread with its own connection, fed by a queue, in order.

The chat controller hands it the one-second checkpoints of a streaming reply
and the final save of each reply; the GUI thread never waits on the disk except
in `flush` (before quitting). The writer thread never touches widgets or
models: what became of each save comes back as a signal on the GUI thread.
"""

from __future__ import annotations

import atexit
import logging
import threading
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from engine.store import STREAMING, UNWRITABLE, ChatStore, StoreError

log = logging.getLogger(__name__)


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
    failed = Signal(object, object)  # the Save, the StoreError (a full disk, …): nothing was written
    _finished_one = Signal()  # writer thread -> this object's thread

    def __init__(self, store: ChatStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.threaded = not store.in_memory
        self._jobs: deque[_Job] = deque()
        self._outcomes: deque[tuple[Save, StoreError | None]] = deque()
        self._working = False
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
        """
        job = _Call(run)
        self._submit(job)
        job.done.wait()
        if job.error is not None:
            raise job.error
        return job.result

    def flush(self, timeout_s: float | None = None) -> bool:
        """Wait until everything queued is written, then report it now; False if the time ran out."""
        with self._cond:
            done = self._cond.wait_for(lambda: not self._jobs and not self._working, timeout_s)
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
        """Write what is queued, then end the thread and its connection (later saves: RuntimeError)."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
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
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="ponder-store-writer", daemon=True)
                self._thread.start()

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
                        try:
                            store = self.store.reopen()
                            opening = None
                        except StoreError as exc:  # tried again with the next job
                            opening = exc
                    self._run(store, job, opening)
                finally:
                    with self._cond:
                        self._working = False
                        self._cond.notify_all()
                if isinstance(job, Save) and shiboken6.isValid(self):
                    self._finished_one.emit()
        finally:
            if store is not None:
                store.close()

    def _run(self, store: ChatStore | None, job: _Job, opening: StoreError | None = None) -> None:
        """Do one job (on whichever thread owns `store`); a save's outcome is queued for `deliver`."""
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
            return
        error = opening
        try:
            if store is not None:
                store.save_reply(job.message_id, job.content, job.reasoning, job.state, job.stats)
        except StoreError as exc:
            error = exc
        except Exception as exc:  # a bug: the reply stays in memory and the user is told, not a dead thread
            log.exception("saving reply %s failed", job.message_id)
            error = StoreError(UNWRITABLE, f"The reply could not be saved ({exc}).")
        if store is None and error is None:
            error = StoreError(UNWRITABLE, "The chat database could not be opened for writing.")
        with self._cond:
            self._outcomes.append((job, error))


def _close_at_exit(ref: weakref.ref[StoreWriter]) -> None:
    writer = ref()
    if writer is not None:
        writer.close()
