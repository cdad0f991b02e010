"""A queue of model downloads run one at a time off the GUI thread, reported as signals.

The worker thread never touches widgets: it only emits signals, which Qt
delivers on the GUI thread.
"""

from __future__ import annotations

import itertools
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from engine.downloads import Downloader, DownloadError
from engine.paths import models_dir
from engine.safe_paths import UnsafeName, relative_name, repo_folder

QUEUED, RUNNING, PAUSED, STALLED, DONE, FAILED, CANCELLED = (
    "queued", "downloading", "paused", "stalled", "done", "failed", "cancelled")


@dataclass
class DownloadJob:
    id: int
    repo_id: str
    filename: str
    state: str = QUEUED
    downloaded: int = 0
    total: int = 0
    speed: float = 0.0
    eta_s: float | None = None
    message: str = ""
    path: str = ""
    kind: str = ""  # the error kind when failed (auth, disk, network, checksum, …)
    folder: Path = field(default_factory=models_dir)

    @property
    def part(self) -> Path:
        return self.folder / (self.filename + ".part")


class DownloadsController(QObject):
    job_changed = Signal(object)  # DownloadJob
    model_ready = Signal(str)  # path of a verified model
    search_finished = Signal(str, list)  # text, [{"repo_id", "files": [(name, size)]}]
    search_failed = Signal(str)
    listings_ready = Signal(dict)  # repo_id -> [(file, size)] as the hub lists them now

    def __init__(self, make_downloader: Callable[[], Downloader], parent: QObject | None = None):
        super().__init__(parent)
        self._make = make_downloader
        self.jobs: dict[int, DownloadJob] = {}
        self._ids = itertools.count(1)
        self._queue: queue.Queue[int | None] = queue.Queue()
        self._current: tuple[DownloadJob, Downloader] | None = None
        self._lock = threading.Lock()
        self._worker = threading.Thread(target=self._run, daemon=True, name="downloads")
        self._worker.start()

    def enqueue(self, repo_id: str, filename: str) -> DownloadJob:
        """Queue a download; a name that could leave the models folder fails the job at once."""
        try:
            folder = repo_folder(models_dir(), repo_id)
            relative_name(filename)
            problem = ""
        except (UnsafeName, OSError) as exc:
            folder, problem = models_dir(), f"Refused: {exc}."
        job = DownloadJob(next(self._ids), repo_id, filename, folder=folder)
        self.jobs[job.id] = job
        if problem:
            job.state, job.message, job.kind = FAILED, problem, "invalid"
            self.job_changed.emit(job)
            return job
        self.job_changed.emit(job)
        self._queue.put(job.id)
        return job

    def pause(self, job_id: int) -> None:
        self._stop(job_id, PAUSED, "Paused; the partial file is kept.")

    def resume(self, job_id: int) -> None:
        job = self.jobs[job_id]
        if job.state in (PAUSED, FAILED, CANCELLED):
            job.state, job.message = QUEUED, ""
            self.job_changed.emit(job)
            self._queue.put(job_id)

    def cancel(self, job_id: int, keep_partial: bool) -> None:
        job = self.jobs[job_id]
        self._stop(job_id, CANCELLED, "Cancelled." + (" The partial file is kept." if keep_partial else ""))
        if not keep_partial:
            self._discard_part(job)

    def _discard_part(self, job: DownloadJob) -> None:
        def remove() -> None:
            job.part.unlink(missing_ok=True)

        with self._lock:
            running = self._current is not None and self._current[0] is job
        if running:
            self._after_stop = remove  # the worker removes it once the transfer has stopped
        else:
            remove()

    def _stop(self, job_id: int, state: str, message: str) -> None:
        job = self.jobs[job_id]
        with self._lock:
            if self._current is not None and self._current[0] is job:
                self._current[1].cancel()
        job.state, job.message = state, message
        self.job_changed.emit(job)

    def search(self, text: str) -> None:
        def work() -> None:
            try:
                d = self._make()
                hits = [{**hit, "files": d.list_gguf(hit["repo_id"])} for hit in d.search(text)]
                self.search_finished.emit(text, hits)
            except DownloadError as exc:
                self.search_failed.emit(str(exc))
            except Exception as exc:  # reported, never a dead thread with a silent UI
                traceback.print_exc()
                self.search_failed.emit(f"The search failed: {type(exc).__name__}: {exc}")

        threading.Thread(target=work, daemon=True, name="hub-search").start()

    def refresh_listings(self, repo_ids: list[str]) -> None:
        """Ask the hub for current file lists and sizes, off the GUI thread; failures are quiet
        (the catalog's own sizes stay)."""
        def work() -> None:
            found = {}
            try:
                d = self._make()
            except DownloadError:
                return
            for repo in repo_ids:
                try:
                    found[repo] = d.list_gguf(repo)
                except DownloadError as exc:
                    if exc.kind in ("offline", "network", "invalid"):
                        break  # no network: don't try the others
            if found:
                self.listings_ready.emit(found)

        threading.Thread(target=work, daemon=True, name="hub-sizes").start()

    def shutdown(self) -> None:
        with self._lock:
            if self._current is not None:
                self._current[1].cancel()
        self._queue.put(None)

    # -- worker thread ---------------------------------------------------------
    _after_stop: Callable[[], None] | None = None

    def _run(self) -> None:
        while (job_id := self._queue.get()) is not None:
            job = self.jobs[job_id]
            if job.state != QUEUED:
                continue
            job.state, job.message = RUNNING, ""
            self.job_changed.emit(job)
            try:
                downloader = self._make()
                with self._lock:
                    self._current = (job, downloader)
                remote = downloader.resolve(job.repo_id, job.filename)
                job.total = remote.size
                path = downloader.download(remote, job.folder, lambda e, j=job: self._on_event(j, e))
                job.state, job.path, job.message = DONE, str(path), "Verified."
                self.job_changed.emit(job)
                self.model_ready.emit(str(path))
            except DownloadError as exc:
                if exc.kind != "cancelled":
                    job.state, job.message, job.kind = FAILED, str(exc), exc.kind
                    self.job_changed.emit(job)
            except Exception as exc:  # any failure fails this job; the queue goes on
                traceback.print_exc()
                job.state, job.kind = FAILED, "internal"
                job.message = f"The download failed unexpectedly: {type(exc).__name__}: {exc}"
                self.job_changed.emit(job)
            finally:
                with self._lock:
                    self._current = None
                if self._after_stop is not None:
                    self._after_stop()
                    self._after_stop = None

    def _on_event(self, job: DownloadJob, event: dict[str, Any]) -> None:
        kind = event.get("event")
        active = job.state in (RUNNING, STALLED)  # a pause or cancel from the GUI wins
        if kind == "progress":
            job.downloaded, job.total = event["downloaded"], event["total"]
            job.speed, job.eta_s = event.get("speed") or 0.0, event.get("eta_s")
            if active:
                job.state, job.message = RUNNING, ""
        elif kind in ("stalled", "retrying") and active:
            job.state, job.message = STALLED, event.get("message", "")
        self.job_changed.emit(job)
