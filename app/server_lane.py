"""The server's way to the one model: jobs that queue for the engine, and the headless lane that runs them.

An EngineJob is one request's generation: it waits (queued), runs, and ends
exactly once (complete, cancelled or failed), whatever happens to the engine or
the client. Its events go to its `sink`, a thread-safe callable the server gives
it; the lane that runs it is either the window's EngineBridge (app/engine_bridge.py:
the window's own replies and server jobs take turns) or, for `ponder serve`, the
HeadlessLane below (an engine client and one worker thread, no Qt).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from engine import protocol as P
from engine.client import EngineClient, EngineCrashed
from engine.protocol import Event, FinishReason

log = logging.getLogger(__name__)

EventSink = Callable[[P.EngineEvent], None]
RESTARTS, RESTART_WINDOW_S = 3, 60.0
MODEL_CHANGED = "The model was changed in Ponder's window; this request was ended. Send it again."
SHUTTING_DOWN = "Ponder's server is shutting down; this request was ended."
NO_MODEL = ("No model is loaded in Ponder right now: choose one in Ponder's window (or start `ponder serve` "
            "again), then send the request again.")


class JobState(StrEnum):
    """A server request's generation: queued, running, then ended once in one of the last three."""

    QUEUED = "queued"
    RUNNING = "running"
    COMPLETE = "complete"
    CANCELLED = "cancelled"  # the client went away (or stopped it)
    FAILED = "failed"

    @property
    def ended(self) -> bool:
        return self in (JobState.COMPLETE, JobState.CANCELLED, JobState.FAILED)


@dataclass(eq=False)
class EngineJob:
    """One generation asked for by a server client. Thread-safe: the server's thread cancels it,
    the lane's thread runs it; `sink` is called on the lane's thread and must only hand events on."""

    request: P.GenerateRequest
    sink: EventSink
    client: str = ""  # who asked ("127.0.0.1:53122"), shown in the window's status bar
    state: JobState = JobState.QUEUED
    submitted_at: float = field(default_factory=time.monotonic)
    started_at: float | None = None
    cancel_requested_at: float | None = None
    ended_at: float | None = None
    error: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def cancel_requested(self) -> bool:
        return self.cancel_requested_at is not None

    def request_cancel(self) -> bool:
        """Mark it to be cancelled; False when it has ended already (nothing to do)."""
        with self._lock:
            if self.state.ended:
                return False
            if self.cancel_requested_at is None:
                self.cancel_requested_at = time.monotonic()
            return True

    def start(self) -> bool:
        """QUEUED -> RUNNING; False (and nothing changes) when it was cancelled or has ended."""
        with self._lock:
            if self.state is not JobState.QUEUED or self.cancel_requested_at is not None:
                return False
            self.state, self.started_at = JobState.RUNNING, time.monotonic()
            return True

    def deliver(self, event: P.EngineEvent) -> None:
        """A text delta, the stats or a notice, while it runs (late events of an ended job are dropped)."""
        if self.state is JobState.RUNNING:
            self.sink(event)

    def end(self, event: P.DoneEvent | P.ErrorEvent) -> bool:
        """End it, once: the last event goes to the sink. False when it had ended already."""
        with self._lock:
            if self.state.ended:
                return False
            if event["event"] == Event.ERROR:
                self.state, self.error = JobState.FAILED, event["message"]
            elif event["finish_reason"] == FinishReason.CANCELLED:
                self.state = JobState.CANCELLED
            else:
                self.state = JobState.COMPLETE
            self.ended_at = time.monotonic()
        self.sink(event)
        return True

    def cancel_now(self) -> bool:
        """End it cancelled (it never reached the engine, or the engine is gone)."""
        return self.end(P.done_event(FinishReason.CANCELLED))

    def fail(self, message: str) -> bool:
        return self.end(P.error_event(message))


class EngineLane(Protocol):
    """What the server needs of whoever runs the model (the window's bridge, or HeadlessLane)."""

    def loaded_model(self) -> P.LoadedEvent | None:
        """The model loaded now (None while none is); safe from any thread."""
        ...

    def submit_job(self, job: EngineJob) -> None:
        """Queue a job for the engine; safe from any thread."""
        ...

    def cancel_job(self, job: EngineJob) -> None:
        """Cancel it at once: a queued job ends now, a running one when the engine has stopped."""
        ...


class LaneError(RuntimeError):
    """The model could not be loaded (the message says why, for the user)."""


class HeadlessLane:
    """`ponder serve`'s engine: one host process, one worker thread that runs the jobs in turn.

    Cancelling a running job sends `stop` straight from the caller's thread (the
    client's writes are locked), so the engine is free as soon as it acts on it.
    The host is restarted with the same model when it dies, at most RESTARTS
    times a minute.
    """

    def __init__(self, client: EngineClient | None = None):
        self.client = client or EngineClient()
        self._cond = threading.Condition()
        self._queue: deque[EngineJob] = deque()
        self._current: EngineJob | None = None
        self._model: P.LoadedEvent | None = None
        self._options: P.LoadOptions | None = None
        self._closed = False
        self._crashes: list[float] = []
        self._worker = threading.Thread(target=self._run, name="ponder-server-lane", daemon=True)

    # -- the model -----------------------------------------------------------------
    def load(self, options: P.LoadOptions) -> P.LoadedEvent:
        """Start the engine with this model (blocking); LaneError says why it did not load."""
        self._options = options
        self.client.load(options)
        for event in self.client.events_until(Event.LOADED):
            if event["event"] == Event.LOADED:
                with self._cond:
                    self._model = event
                if not self._worker.is_alive():
                    self._worker.start()
                return event
            if event["event"] == Event.ERROR:
                raise LaneError(event["message"])
        raise LaneError("the engine ended before the model was loaded")

    def loaded_model(self) -> P.LoadedEvent | None:
        with self._cond:
            return self._model

    # -- jobs --------------------------------------------------------------------------
    def submit_job(self, job: EngineJob) -> None:
        with self._cond:
            if not self._closed:
                self._queue.append(job)
                self._cond.notify()
                return
        job.fail(SHUTTING_DOWN)

    def cancel_job(self, job: EngineJob) -> None:
        if not job.request_cancel():
            return
        with self._cond:
            if job in self._queue:
                self._queue.remove(job)
            elif job is self._current:
                self.client.stop()  # under the lock: the engine is still writing this job
                return
            else:
                return  # being started by the worker right now: it sees the mark and skips it
        job.cancel_now()

    @property
    def waiting(self) -> int:
        with self._cond:
            return len(self._queue)

    def close(self) -> None:
        """End every job (failed: shutting down) and the engine host."""
        with self._cond:
            self._closed = True
            pending, self._queue = list(self._queue), deque()
            current = self._current
            self._cond.notify_all()
        for job in pending:
            job.fail(SHUTTING_DOWN)
        if current is not None:
            self.client.stop()
        if self._worker.is_alive():
            self._worker.join(timeout=5.0)
        if current is not None:
            current.fail(SHUTTING_DOWN)  # if the engine did not end it in time
        self.client.close()

    # -- the worker ------------------------------------------------------------------
    def _next_job(self) -> tuple[EngineJob, str] | None:
        """The next job, sent to the engine ("" or why it could not be); None once closed.

        Sent under the lock, so a cancel's `stop` always follows the job's `generate` (a stop
        before it would be cleared by it)."""
        with self._cond:
            while not self._queue and not self._closed:
                self._cond.wait()
            if self._closed:
                return None
            job = self._queue.popleft()
            if not job.start():
                return job, ""  # cancelled while queued: ended by the caller, outside the lock
            try:
                self.client.generate(job.request)
            except EngineCrashed as exc:
                return job, str(exc)
            self._current = job
            return job, ""

    def _run(self) -> None:
        while (taken := self._next_job()) is not None:
            job, failed = taken
            if job.state is not JobState.RUNNING:
                job.cancel_now()
            elif failed:
                job.fail(failed)
                self._restart(failed)
            else:
                try:
                    self._follow(job)
                finally:
                    with self._cond:
                        self._current = None

    def _follow(self, job: EngineJob) -> None:
        """The job's events, up to its end."""
        for event in self.client.events_until(Event.DONE):
            if event["event"] == Event.DONE:
                job.end(event)
            elif event["event"] == Event.ERROR:
                job.fail(event["message"] or "the engine failed without saying why")
                if event.get("crashed"):
                    self._restart(event["message"])
            elif event["event"] != Event.LOADED and event["event"] != Event.PONG:
                job.deliver(event)  # reasoning, answer, stats, notice
        if not job.state.ended:  # the event stream ended without a word
            job.fail("the engine stopped answering")

    def _restart(self, why: str) -> None:
        """The host died: load the same model again (requests meanwhile wait in the queue), unless it
        keeps dying; then no model is loaded and requests get 503."""
        now = time.monotonic()
        self._crashes = [t for t in self._crashes if now - t < RESTART_WINDOW_S] + [now]
        if self._closed or self._options is None:
            return
        if len(self._crashes) > RESTARTS:
            log.error("the engine stopped %d times in a minute; not restarted: %s", len(self._crashes), why)
        else:
            log.warning("the engine stopped (%s); restarting it", why)
            try:
                self.load(self._options)
                return
            except (LaneError, EngineCrashed) as exc:
                log.error("the engine could not be restarted: %s", exc)
        with self._cond:
            self._model = None
