"""Searching the chats off the GUI thread, answering only the newest query."""

from __future__ import annotations

import atexit
import threading

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from engine.messages import message_of
from engine.search import MATCH_LIMIT, SEARCH_CACHE_KIB
from engine.store import ChatStore, SearchHit, StoreError
from ui import l10n

# Search threads still running, with their searchers: a QThread destroyed while it runs aborts the
# process, so none is left to the garbage collector (a worker dropped without close, say).
_RUNNING: dict[QThread, QObject] = {}


class _Latest:
    """The newest query and its number, shared by the two threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.number, self.query = 0, ""

    def set(self, query: str) -> int:
        with self._lock:
            self.number += 1
            self.query = query
            return self.number

    def get(self) -> tuple[int, str]:
        with self._lock:
            return self.number, self.query


class _Searcher(QObject):
    """Lives on the search thread, with its own read connection (opened there, closed there)."""

    found = Signal(int, str, list)  # query number, query, [SearchHit]
    failed = Signal(int, str, str)  # query number, query, what went wrong

    def __init__(self, store: ChatStore, latest: _Latest, limit: int):
        super().__init__()
        self._source, self._latest, self._limit = store, latest, limit
        self._store: ChatStore | None = None
        self._answered = 0

    @Slot()
    def run(self) -> None:
        number, query = self._latest.get()
        if number <= self._answered:
            return  # a request typed over by a newer one, already answered
        self._answered = number
        try:
            if self._store is None:
                self._store = self._source.reopen(SEARCH_CACHE_KIB)
            hits = self._store.search(query, self._limit)
        except StoreError as exc:
            self.failed.emit(number, query, l10n.localized(message_of(exc)))
            return
        self.found.emit(number, query, hits)

    @Slot()
    def stop(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        thread = self.thread()
        if thread is not None:
            thread.quit()


class SearchWorker(QObject):
    """Runs `ChatStore.search` on its own QThread and connection; the GUI thread only asks and hears.

    `search(query)` returns at once. `results(query, hits)` comes back on the GUI
    thread for the newest query only: queries typed over before they ran are
    never run, and the answer to one overtaken while it ran is dropped. The
    search thread never touches widgets or models. A ":memory:" store cannot be
    reached from a second connection, so its searches run at once on the calling
    thread (such a store only holds this session's chats). Call `close` when done.
    """

    results = Signal(str, list)  # query, [SearchHit] newest first (see ChatStore.search)
    failed = Signal(str)  # what went wrong (the chats could not be read), in the interface's language
    _requested = Signal()  # GUI thread -> search thread
    _stop_requested = Signal()

    def __init__(self, store: ChatStore, limit: int = MATCH_LIMIT, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.limit = store, limit
        self._latest = _Latest()
        self._thread: QThread | None = None
        self._searcher: _Searcher | None = None
        self._closed = False

    @property
    def query(self) -> str:
        """The newest query asked for."""
        return self._latest.get()[1]

    def search(self, query: str) -> None:
        """Find the chats matching `query` (again, if it was asked before: the chats may have changed)."""
        if self._closed:
            return
        self._latest.set(query)
        if self.store.in_memory:
            try:
                hits = self.store.search(query, self.limit)
            except StoreError as exc:
                self.failed.emit(l10n.localized(message_of(exc)))
                return
            self.results.emit(query, hits)
            return
        self._start()
        self._requested.emit()

    def close(self) -> None:
        """End the search thread and its connection; later searches are ignored."""
        self._closed = True
        thread, self._thread = self._thread, None
        if thread is not None:
            if shiboken6.isValid(self):
                self._stop_requested.emit()  # closes the connection, after any search already queued
            else:  # Qt deleted this worker (its parent went first): the thread can still be ended
                thread.quit()
            thread.wait()
            _RUNNING.pop(thread, None)
        self._searcher = None

    def _start(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread()
        self._thread.setObjectName("ponder-search")
        self._searcher = _Searcher(self.store, self._latest, self.limit)
        self._searcher.moveToThread(self._thread)
        self._requested.connect(self._searcher.run)
        self._stop_requested.connect(self._searcher.stop)
        self._searcher.found.connect(self._on_found)
        self._searcher.failed.connect(self._on_failed)
        self._thread.start()
        _RUNNING[self._thread] = self._searcher

    def _on_found(self, number: int, query: str, hits: list[SearchHit]) -> None:
        if number == self._latest.get()[0]:
            self.results.emit(query, hits)

    def _on_failed(self, number: int, _query: str, message: str) -> None:
        if number == self._latest.get()[0]:
            self.failed.emit(message)


@atexit.register
def _stop_at_exit() -> None:
    for thread in list(_RUNNING):
        thread.quit()
        thread.wait()
    _RUNNING.clear()
