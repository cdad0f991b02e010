"""A queue of model downloads run one at a time off the GUI thread, reported as signals.

Each DownloadJob belongs to the GUI thread: only it changes a job. The worker
thread never touches jobs or widgets; it gets an immutable order and posts
immutable messages back (started, progress, outcome) through queued signals.
Whatever goes wrong in a job fails that job with a message; the queue goes on.
"""

from __future__ import annotations

import itertools
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from engine.downloads import Downloader, DownloadError, DownloadEvent, ErrorKind
from engine.messages import message_of
from engine.paths import models_dir
from engine.protocol import JobState
from engine.safe_paths import UnsafeName, relative_name, repo_folder
from ui import l10n

# Older names, kept while callers move to JobState.
QUEUED, RUNNING, PAUSED, DONE, FAILED, CANCELLED = (
    JobState.QUEUED, JobState.DOWNLOADING, JobState.PAUSED, JobState.DONE, JobState.FAILED,
    JobState.CANCELLED)


@dataclass
class DownloadJob:
    """One download as the GUI shows it; changed on the GUI thread only."""

    id: int
    repo_id: str
    filename: str
    state: JobState = JobState.QUEUED
    downloaded: int = 0
    total: int = 0
    speed: float = 0.0
    eta_s: float | None = None
    message: str = ""  # what happened, in words (a stall, the reason of a failure), in the interface's language
    path: str = ""
    kind: ErrorKind | None = None  # why it failed
    offline: bool = False  # it failed because there is no way to the hub
    folder: Path = field(default_factory=models_dir)
    ticket: int = 0  # the order the worker runs for it now (0: none)
    discard_part: bool = False

    @property
    def part(self) -> Path:
        return self.folder / (self.filename + ".part")


@dataclass(frozen=True)
class _Order:
    """What the worker is asked to do: a snapshot, so it never reads a job."""

    ticket: int
    job_id: int
    repo_id: str
    filename: str
    folder: Path


@dataclass(frozen=True)
class _Started:
    ticket: int


@dataclass(frozen=True)
class _Progress:
    ticket: int
    downloaded: int
    total: int
    speed: float
    eta_s: float | None


@dataclass(frozen=True)
class _Retrying:
    ticket: int
    message: str


@dataclass(frozen=True)
class _Outcome:
    ticket: int
    state: JobState  # DONE or FAILED (a cancel or pause was decided by the GUI thread)
    message: str
    path: str = ""
    kind: ErrorKind | None = None
    offline: bool = False


@dataclass
class _Running:
    ticket: int
    downloader: Downloader


class DownloadsController(QObject):
    job_changed = Signal(object)  # DownloadJob
    model_ready = Signal(str)  # path of a verified model
    search_finished = Signal(str, list)  # text, [{"repo_id", "files": [(name, size)]}]
    search_failed = Signal(str, bool)  # message, offline (no way to the hub)
    listings_ready = Signal(dict)  # repo_id -> [(file, size)] as the hub lists them now
    _posted = Signal(object)  # worker -> GUI thread: _Started | _Progress | _Retrying | _Outcome

    def __init__(self, make_downloader: Callable[[], Downloader], parent: QObject | None = None):
        super().__init__(parent)
        self._make = make_downloader
        self.jobs: dict[int, DownloadJob] = {}
        self._ids = itertools.count(1)
        self._tickets = itertools.count(1)
        self._by_ticket: dict[int, DownloadJob] = {}  # GUI thread only
        self._queue: queue.Queue[_Order | None] = queue.Queue()
        self._lock = threading.Lock()  # guards the three below, shared with the worker
        self._wanted: set[int] = set()  # tickets not paused or cancelled since they were queued
        self._discard: set[int] = set()  # tickets whose .part goes once the transfer stops
        self._current: _Running | None = None
        self._posted.connect(self._on_posted)  # queued: delivered on this object's (GUI) thread
        self._worker = threading.Thread(target=self._run, daemon=True, name="downloads")
        self._worker.start()

    # -- GUI thread ------------------------------------------------------------
    def enqueue(self, repo_id: str, filename: str) -> DownloadJob:
        """Queue a download; a name that could leave the models folder fails the job at once."""
        try:
            folder = repo_folder(models_dir(), repo_id)
            relative_name(filename)
            problem = ""
        except (UnsafeName, OSError) as exc:
            folder, problem = models_dir(), self.tr("Refused: {reason}.").format(reason=_said(exc))
        job = DownloadJob(next(self._ids), repo_id, filename, folder=folder)
        self.jobs[job.id] = job
        if problem:
            job.state, job.message, job.kind = JobState.FAILED, problem, ErrorKind.INVALID
            self.job_changed.emit(job)
            return job
        self._order(job)
        return job

    def _order(self, job: DownloadJob) -> None:
        job.ticket = next(self._tickets)
        job.state, job.message, job.kind, job.offline = JobState.QUEUED, "", None, False
        job.speed, job.eta_s, job.discard_part = 0.0, None, False
        self._by_ticket[job.ticket] = job
        with self._lock:
            self._wanted.add(job.ticket)
        self._queue.put(_Order(job.ticket, job.id, job.repo_id, job.filename, job.folder))
        self.job_changed.emit(job)

    def pause(self, job_id: int) -> None:
        job = self.jobs[job_id]
        if job.state.active:
            self._stop(job, JobState.PAUSED, self.tr("Paused; the partial file is kept."))

    def resume(self, job_id: int) -> None:
        """Resume a paused job, or retry a failed or cancelled one (from its partial file)."""
        job = self.jobs[job_id]
        if job.state is JobState.PAUSED or job.state.retryable:
            self._order(job)

    def cancel(self, job_id: int, keep_partial: bool) -> None:
        job = self.jobs[job_id]
        if job.state in (JobState.DONE, JobState.CANCELLED):
            return
        running = self._stop(job, JobState.CANCELLED, self.tr("Cancelled. The partial file is kept.")
                             if keep_partial else self.tr("Cancelled."))
        if not keep_partial and not running:
            try:
                job.part.unlink(missing_ok=True)
            except OSError as exc:
                job.message = self.tr("Cancelled. The partial file could not be removed: {error}.").format(
                    error=exc.strerror or exc)
                self.job_changed.emit(job)

    def _stop(self, job: DownloadJob, state: JobState, message: str) -> bool:
        """Pause or cancel a job; True if its transfer was running (it stops at once)."""
        ticket, keep = job.ticket, state is JobState.PAUSED
        with self._lock:
            self._wanted.discard(ticket)
            running = self._current is not None and self._current.ticket == ticket
            if running:
                assert self._current is not None
                self._current.downloader.cancel()
                if not keep:
                    self._discard.add(ticket)  # the worker removes it once the transfer has stopped
        job.state, job.message, job.ticket = state, message, 0
        job.speed, job.eta_s = 0.0, None
        self.job_changed.emit(job)
        return running

    def _on_posted(self, message: _Started | _Progress | _Retrying | _Outcome) -> None:
        job = self._by_ticket.get(message.ticket)
        if isinstance(message, _Outcome):
            self._by_ticket.pop(message.ticket, None)
        if job is None or job.ticket != message.ticket:
            return  # paused or cancelled since: the GUI's decision stands
        if isinstance(message, _Started):
            job.state = JobState.DOWNLOADING
        elif isinstance(message, _Progress):
            job.downloaded, job.total = message.downloaded, message.total
            job.speed, job.eta_s, job.message = message.speed, message.eta_s, ""
        elif isinstance(message, _Retrying):
            job.speed, job.eta_s, job.message = 0.0, None, message.message
        else:
            job.state, job.message, job.path = message.state, message.message, message.path
            job.kind, job.offline, job.ticket = message.kind, message.offline, 0
            job.speed, job.eta_s = 0.0, None
        self.job_changed.emit(job)
        if isinstance(message, _Outcome) and message.state is JobState.DONE:
            self.model_ready.emit(message.path)

    def search(self, text: str) -> None:
        def work() -> None:
            try:
                d = self._make()
                hits = [{**hit, "files": d.list_gguf(hit["repo_id"])} for hit in d.search(text)]
                self.search_finished.emit(text, hits)
            except DownloadError as exc:
                self.search_failed.emit(_said(exc), exc.offline)
            except Exception as exc:  # reported, never a dead thread with a silent UI
                traceback.print_exc()
                self.search_failed.emit(self.tr("The search failed: {kind}: {error}").format(
                    kind=type(exc).__name__, error=exc), False)

        threading.Thread(target=work, daemon=True, name="hub-search").start()

    def refresh_listings(self, repo_ids: list[str]) -> None:
        """Ask the hub for current file lists and sizes, off the GUI thread; failures are quiet
        (the catalog's own sizes stay)."""
        def work() -> None:
            found = {}
            try:
                d = self._make()
                for repo in repo_ids:
                    try:
                        found[repo] = d.list_gguf(repo)
                    except DownloadError as exc:
                        if exc.offline or exc.kind in (ErrorKind.NETWORK, ErrorKind.INVALID):
                            break  # no network: don't try the others
            except Exception:  # quiet by design, but never a silent bug
                traceback.print_exc()
            if found:
                self.listings_ready.emit(found)

        threading.Thread(target=work, daemon=True, name="hub-sizes").start()

    def shutdown(self) -> None:
        with self._lock:
            self._wanted.clear()
            if self._current is not None:
                self._current.downloader.cancel()
        self._queue.put(None)

    # -- worker thread: never touches a job --------------------------------------
    def _run(self) -> None:
        while (order := self._queue.get()) is not None:
            try:
                self._work(order)
            except Exception:  # not even a bug of ours may end the queue
                traceback.print_exc()

    def _work(self, order: _Order) -> None:
        with self._lock:
            if order.ticket not in self._wanted:
                return  # paused or cancelled while it waited
        try:
            outcome = self._download(order)
        except DownloadError as exc:
            outcome = _Outcome(order.ticket, JobState.FAILED, _said(exc), kind=exc.kind, offline=exc.offline)
        except Exception as exc:  # any failure fails this job; the queue goes on
            traceback.print_exc()  # the details, for a bug report
            outcome = _Outcome(order.ticket, JobState.FAILED, _unexpected(exc), kind=ErrorKind.INTERNAL)
        finally:
            with self._lock:
                if order.ticket in self._discard:
                    self._discard.discard(order.ticket)
                    _remove_part(order)
                self._current = None
        self._posted.emit(outcome)

    def _download(self, order: _Order) -> _Outcome:
        downloader = self._make()
        with self._lock:
            if order.ticket not in self._wanted:
                return _Outcome(order.ticket, JobState.FAILED, self.tr("Stopped before it started."),
                                kind=ErrorKind.CANCELLED)
            self._current = _Running(order.ticket, downloader)
        self._posted.emit(_Started(order.ticket))
        remote = downloader.resolve(order.repo_id, order.filename)
        self._posted.emit(_Progress(order.ticket, 0, remote.size, 0.0, None))
        path = downloader.download(remote, order.folder, lambda e: self._on_event(order.ticket, e))
        return _Outcome(order.ticket, JobState.DONE, self.tr("Verified.", "a downloaded model's checksum"),
                        path=str(path))

    def _on_event(self, ticket: int, event: DownloadEvent) -> None:
        if event["event"] == "progress":
            self._posted.emit(_Progress(ticket, event["downloaded"], event["total"],
                                        float(event["speed"]), event["eta_s"]))
        elif event["event"] == "stalled" or event["event"] == "retrying":
            self._posted.emit(_Retrying(ticket, l10n.localized(event["message"])))


def _said(exc: Exception) -> str:
    """An engine failure's message, in the interface's language (Qt's translate is thread-safe)."""
    return l10n.localized(message_of(exc))


def _unexpected(exc: Exception) -> str:
    """A readable message for a failure nobody foresaw (a PermissionError, a ValueError …)."""
    kind = type(exc).__name__
    if isinstance(exc, OSError):
        if exc.filename:
            return QCoreApplication.translate(
                "DownloadsController", "The download failed ({kind}): {error}: {file}.").format(
                kind=kind, error=exc.strerror or exc, file=exc.filename)
        return QCoreApplication.translate("DownloadsController", "The download failed ({kind}): {error}.").format(
            kind=kind, error=exc.strerror or exc)
    return QCoreApplication.translate("DownloadsController", "The download failed unexpectedly: {kind}: {error}") \
        .format(kind=kind, error=exc)


def _remove_part(order: _Order) -> None:
    try:
        (order.folder / (order.filename + ".part")).unlink(missing_ok=True)
    except OSError:
        traceback.print_exc()  # the cancel itself stands; a stray .part is resumed or replaced later
