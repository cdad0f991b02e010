"""The local server's generations and their one queue for the engine; no Qt.

An EngineJob is one request's generation: it waits (queued), runs, and ends
exactly once (complete, cancelled or failed), whatever happens to the engine or
the client. Its events go to its `sink`, a thread-safe callable the server gives
it. A failed job carries a JobFailure: the words for the client and the HTTP
status and error code the server answers with, set by whoever ended it.

A JobQueue holds the jobs waiting for the engine, in order, and the one it
writes. The window's EngineBridge (app/engine_bridge.py, on the GUI thread,
where the window's replies take turns with the jobs) and `ponder serve`'s
HeadlessLane (app/server_lane.py, on its worker thread) each drive one in the
same way; the server's threads submit and cancel through it. RestartPolicy is
the one rule for an engine that dies: restarted at most RESTARTS times in
RESTART_WINDOW_S seconds.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from engine import protocol as P
from engine.client import EngineClient, EngineCrashed
from engine.protocol import Event, FinishReason

EventSink = Callable[[P.EngineEvent], None]
RESTARTS, RESTART_WINDOW_S = 3, 60.0
# the engine host's words for a bug of its own (engine/host.py): the one error it tells apart by text
_HOST_INTERNAL_ERROR = "internal engine error"


@dataclass(frozen=True)
class JobFailure:
    """Why a job failed, as the server answers it: the words, an HTTP status and an OpenAI error code."""

    message: str
    status: int
    code: str

    @property
    def kind(self) -> str:
        """The OpenAI error type."""
        return "server_error" if self.status >= 500 else "invalid_request_error"

    def because(self, why: str) -> JobFailure:
        """The same failure, saying what happened first."""
        return JobFailure(f"{why} {self.message}", self.status, self.code)


SHUTTING_DOWN = JobFailure("Ponder's server is shutting down; this request was ended.", 503, "server_shutting_down")
PONDER_CLOSING = JobFailure("Ponder is closing; this request was ended.", 503, "server_shutting_down")
MODEL_CHANGED = JobFailure("The model was changed in Ponder's window; this request was ended. Send it again.",
                           503, "model_changed")
NO_MODEL = JobFailure("No model is loaded in Ponder right now: choose one in Ponder's window (or start "
                      "`ponder serve` again), then send the request again.", 503, "model_not_loaded")
NOT_RESTARTED = JobFailure("The engine was not restarted, so no model is loaded now; send the request again "
                           "once one is.", 503, "model_not_loaded")
ENDED_EARLY = JobFailure("The engine ended this request before its reply was complete; send it again.",
                         503, "request_ended")
LANE_FAILED = JobFailure("Ponder's server failed (a bug; its log says where) and stopped taking requests; "
                         "start it again.", 500, "internal_error")


def is_remote(model: P.LoadedEvent | None) -> bool:
    """Whether a model runs on another server (its errors are that server's)."""
    return model is not None and model.get("offload") == "remote"


def engine_failure(event: P.ErrorEvent, remote: bool) -> JobFailure:
    """An error the engine sent during a job, as the server answers it."""
    message = event["message"] or "the engine failed without saying why"
    if event.get("crashed"):
        return JobFailure(message, 500, "engine_stopped")
    if message.startswith(_HOST_INTERNAL_ERROR):
        return JobFailure(message, 500, "internal_error")
    if remote:  # the server the model runs on refused or failed it
        return JobFailure(message, 502, "upstream_error")
    return JobFailure(message, 400, "invalid_request")  # the engine refused the request as given


def interrupted(notice: str) -> JobFailure:
    """A remote model's reply that broke off (FinishReason.INTERRUPTED); the notice before it says why."""
    return JobFailure(notice or "The server the model runs on stopped sending the reply before its end.",
                      502, "upstream_interrupted")


class JobState(StrEnum):
    """A server request's generation: queued, running, then ended once in one of the last three."""

    QUEUED = "queued"
    RUNNING = "running"
    COMPLETE = "complete"
    CANCELLED = "cancelled"  # its client went away
    FAILED = "failed"  # `failure` says why (the engine, a crash, the server closing, a model change...)

    @property
    def ended(self) -> bool:
        return self in (JobState.COMPLETE, JobState.CANCELLED, JobState.FAILED)


@dataclass(eq=False)
class EngineJob:
    """One generation asked for by a server client. Thread-safe: the server's thread cancels it, the
    queue's driver runs it; `sink` is called on whichever thread ends or feeds it and must only hand
    events on."""

    request: P.GenerateRequest
    sink: EventSink
    client: str = ""  # who asked ("127.0.0.1:53122"), shown in the window's status bar
    state: JobState = JobState.QUEUED
    started_at: float | None = None
    cancel_requested_at: float | None = None
    ended_at: float | None = None
    failure: JobFailure | None = None
    _cancelled_for: JobFailure | None = field(default=None, repr=False)  # ended by another than its client
    _notice: str = field(default="", repr=False)  # the engine's last notice (why a reply broke off)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def cancel_requested(self) -> bool:
        return self.cancel_requested_at is not None

    def request_cancel(self, why: JobFailure | None = None) -> bool:
        """Mark it to be cancelled: by its client (why None), else ended failed with `why`. False when it
        has ended already (nothing to do)."""
        with self._lock:
            if self.state.ended:
                return False
            if self.cancel_requested_at is None:
                self.cancel_requested_at = time.monotonic()
            if why is not None and self._cancelled_for is None:
                self._cancelled_for = why
            return True

    def start(self) -> bool:
        """QUEUED -> RUNNING; False (and nothing changes) when it was cancelled or has ended."""
        with self._lock:
            if self.state is not JobState.QUEUED or self.cancel_requested_at is not None:
                return False
            self.state, self.started_at = JobState.RUNNING, time.monotonic()
            return True

    def unstart(self) -> None:
        """RUNNING -> QUEUED: the engine it was sent to had gone; it waits for the next one."""
        with self._lock:
            if self.state is JobState.RUNNING:
                self.state, self.started_at = JobState.QUEUED, None

    def deliver(self, event: P.EngineEvent) -> None:
        """A text delta, the stats or a notice, while it runs (late events of an ended job are dropped)."""
        if event["event"] == Event.NOTICE:
            self._notice = event["message"]
        if self.state is JobState.RUNNING:
            self.sink(event)

    def finish(self, reason: FinishReason) -> bool:
        """The engine's `done`. Cancelled: by its client (CANCELLED), else failed as its canceller said;
        a remote reply that broke off (INTERRUPTED) fails: a client must never take it for a whole one."""
        if reason is FinishReason.CANCELLED:
            return self.cancel_now()
        if reason is FinishReason.INTERRUPTED:
            return self.fail(interrupted(self._notice))
        return self._end(JobState.COMPLETE, P.done_event(reason), None)

    def cancel_now(self) -> bool:
        """End it cancelled (it never reached the engine, or the engine has stopped it)."""
        why = self._cancelled_for
        if why is not None:
            return self.fail(why)
        if not self.cancel_requested:  # stopped, but not for its client: nobody asked for a short reply
            return self.fail(ENDED_EARLY)
        return self._end(JobState.CANCELLED, P.done_event(FinishReason.CANCELLED), None)

    def fail(self, failure: JobFailure) -> bool:
        return self._end(JobState.FAILED, P.error_event(failure.message), failure)

    def _end(self, state: JobState, event: P.DoneEvent | P.ErrorEvent, failure: JobFailure | None) -> bool:
        """End it, once: the last event goes to the sink. False when it had ended already."""
        with self._lock:
            if self.state.ended:
                return False
            self.state, self.failure, self.ended_at = state, failure, time.monotonic()
        self.sink(event)
        return True


class RestartPolicy:
    """Whether an engine that died is started again: at most RESTARTS times in RESTART_WINDOW_S."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._deaths: list[float] = []

    def died(self) -> bool:
        """Count a death; True when the engine may be restarted."""
        now = self._clock()
        self._deaths = [t for t in self._deaths if now - t < RESTART_WINDOW_S] + [now]
        return len(self._deaths) <= RESTARTS

    @property
    def deaths(self) -> int:
        """Deaths counted within the window."""
        return len(self._deaths)


class JobQueue:
    """The jobs waiting for the one engine, in order, and the one it writes.

    Thread-safe: `submit` and `cancel` come from the server's threads, the rest from the thread that
    drives the engine (the driver). A job is sent to the engine under the queue's lock, and a cancel's
    `stop` too, so a stop always follows the `generate` it is meant for. `on_ended` hears of every job
    the queue ends, on the thread that ended it.
    """

    def __init__(self, engine: EngineClient, on_ended: Callable[[EngineJob], None] | None = None):
        self._engine = engine
        self._on_ended = on_ended or (lambda _job: None)
        self._lock = threading.Lock()
        self._waiting: deque[EngineJob] = deque()
        self._current: EngineJob | None = None
        self._refusing: JobFailure | None = None  # set: new jobs fail with it at once

    # -- from any thread ------------------------------------------------------------
    def submit(self, job: EngineJob) -> bool:
        """Queue a job; False when the queue refuses it (it has ended failed, saying why)."""
        with self._lock:
            refused = self._refusing
            if refused is None:
                self._waiting.append(job)
                return True
        self._ended(job, job.fail(refused))
        return False

    def cancel(self, job: EngineJob, why: JobFailure | None = None) -> bool:
        """End a job: its client has gone (why None), or someone else ends it (failed with why). A waiting
        one ends now; for the running one the engine is told to stop (True), and its end comes with the
        engine's `done`."""
        if not job.request_cancel(why):
            return False
        with self._lock:
            if job is self._current:
                try:
                    self._engine.stop()  # under the lock: the engine is still writing this job
                except EngineCrashed:
                    return False  # the engine has gone: its crash ends the job
                return True
            if job not in self._waiting:
                return False  # the driver is starting it: start() sees the mark and ends it
            self._waiting.remove(job)
        self._ended(job, job.cancel_now())
        return False

    @property
    def current(self) -> EngineJob | None:
        """The job the engine writes now."""
        with self._lock:
            return self._current

    @property
    def waiting(self) -> int:
        with self._lock:
            return len(self._waiting)

    # -- from the driver's thread ----------------------------------------------------
    def start_next(self) -> EngineJob | None:
        """The engine is free: send it the next waiting job and return it (None: none waits, or one runs).
        Jobs cancelled while they waited are ended on the way. EngineCrashed when the engine has gone:
        the job goes back to the head of the queue, to wait for the next engine."""
        while True:
            with self._lock:
                if self._current is not None or not self._waiting:
                    return None
                job = self._waiting.popleft()
                if job.start():
                    try:
                        self._engine.generate(job.request)
                    except EngineCrashed:
                        job.unstart()
                        self._waiting.appendleft(job)
                        raise
                    self._current = job
                    return job
            self._ended(job, job.cancel_now())

    def end_current(self, event: P.DoneEvent | P.ErrorEvent, remote: bool) -> EngineJob | None:
        """The engine's `done` or `error` for the running job: it ends, and the engine is free."""
        with self._lock:
            job, self._current = self._current, None
        if job is not None:
            ended = job.finish(event["finish_reason"]) if event["event"] == Event.DONE else job.fail(
                engine_failure(event, remote))
            self._ended(job, ended)
        return job

    def fail_current(self, failure: JobFailure) -> EngineJob | None:
        """The running job fails (the engine died under it, or stopped answering); the waiting wait on."""
        with self._lock:
            job, self._current = self._current, None
        if job is not None:
            self._ended(job, job.fail(failure))
        return job

    def fail_waiting(self, failure: JobFailure) -> None:
        """Every waiting job fails (no engine will come for them)."""
        with self._lock:
            jobs, self._waiting = list(self._waiting), deque()
        for job in jobs:
            self._ended(job, job.fail(failure))

    def fail_all(self, failure: JobFailure) -> None:
        """The running job and every waiting one fail (the engine they were meant for has gone)."""
        self.fail_current(failure)
        self.fail_waiting(failure)

    def refuse(self, failure: JobFailure) -> None:
        """From now on every job fails with `failure`: the waiting ones now, new ones when submitted;
        the running one is stopped (it fails with `failure` when the engine has ended it)."""
        with self._lock:
            self._refusing = failure
            current = self._current
        if current is not None:
            self.cancel(current, failure)
        self.fail_waiting(failure)

    def _ended(self, job: EngineJob, ended: bool) -> None:
        if ended:
            self._on_ended(job)
