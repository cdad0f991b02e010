"""The server's way to the one model: what it needs of a lane, and `ponder serve`'s headless lane.

A lane owns the engine and runs the server's EngineJobs (app/engine_jobs.py) in
turn through a JobQueue: the window's EngineBridge (app/engine_bridge.py, where
the window's own replies take turns with them) or, for `ponder serve`, the
HeadlessLane below (an engine client and one worker thread, no Qt). Both treat a
job the same way: a crash fails the job the engine was writing, the others wait
for the restart; a model that keeps dying is not restarted (RestartPolicy).
"""

from __future__ import annotations

import logging
import threading
import traceback
from pathlib import Path
from typing import Protocol

from engine import protocol as P
from engine.client import EngineClient, EngineCrashed
from engine.protocol import Event

from .engine_jobs import (
    LANE_FAILED,
    NOT_RESTARTED,
    SHUTTING_DOWN,
    EngineJob,
    JobFailure,
    JobQueue,
    RestartPolicy,
    is_remote,
)

log = logging.getLogger(__name__)


class EngineLane(Protocol):
    """What the server needs of whoever runs the model (the window's bridge, or HeadlessLane)."""

    def loaded_model(self) -> P.LoadedEvent | None:
        """The model requests are for now (None while none is); safe from any thread."""
        ...

    def submit_job(self, job: EngineJob) -> None:
        """Queue a job for the engine; safe from any thread."""
        ...

    def cancel_job(self, job: EngineJob, why: JobFailure | None = None) -> None:
        """End it at once, from any thread: its client has gone (why None), or it fails with `why`. A
        waiting job ends now, a running one when the engine has stopped it."""
        ...


class LaneError(RuntimeError):
    """The model could not be loaded (the message says why, for the user)."""


def where(exc: BaseException) -> str:
    """Where an exception was raised (file:line in function), without its message or any value."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "an unknown place"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno} in {last.name}"


class HeadlessLane:
    """`ponder serve`'s engine: one host process, one worker thread that runs the jobs in turn.

    Cancelling a running job sends `stop` straight from the caller's thread, so
    the engine is free as soon as it acts on it. When the host dies, the job it
    was writing fails and the host is started again with the same model while
    the other jobs wait (RestartPolicy); a bug in the worker ends every job and
    the server answers 503 from then on, never silently.
    """

    def __init__(self, client: EngineClient | None = None):
        self.client = client or EngineClient()
        self.queue = JobQueue(self.client)
        self._wake = threading.Condition()  # the worker waits on it for jobs, or for the end
        self._model: P.LoadedEvent | None = None
        self._options: P.LoadOptions | None = None
        self._closed = False
        self._restarts = RestartPolicy()
        self._worker = threading.Thread(target=self._run, name="ponder-server-lane", daemon=True)

    # -- the model -----------------------------------------------------------------
    def load(self, options: P.LoadOptions) -> P.LoadedEvent:
        """Start the engine with this model (blocking); LaneError says why it did not load."""
        self._options = options
        self.client.load(options)
        for event in self.client.events_until(Event.LOADED):
            if event["event"] == Event.LOADED:
                with self._wake:
                    self._model = event
                if not self._worker.is_alive():
                    self._worker.start()
                return event
            if event["event"] == Event.ERROR:
                raise LaneError(event["message"])
        raise LaneError("the engine ended before the model was loaded")

    def loaded_model(self) -> P.LoadedEvent | None:
        with self._wake:
            return self._model

    # -- jobs --------------------------------------------------------------------------
    def submit_job(self, job: EngineJob) -> None:
        if self.queue.submit(job):
            with self._wake:
                self._wake.notify()

    def cancel_job(self, job: EngineJob, why: JobFailure | None = None) -> None:
        self.queue.cancel(job, why)

    def close(self) -> None:
        """End every job (failed: shutting down) and the engine host."""
        self.queue.refuse(SHUTTING_DOWN)
        with self._wake:
            self._closed = True
            self._wake.notify_all()
        if self._worker.is_alive():
            self._worker.join(timeout=5.0)
        self.queue.fail_all(SHUTTING_DOWN)  # a job the engine did not end in time
        self.client.close()

    # -- the worker ------------------------------------------------------------------
    def _run(self) -> None:
        try:
            while self._next():
                pass
        except Exception as exc:  # a bug of ours: said once, every request ends, none is left waiting
            log.error("the server's engine lane stopped: %s at %s", type(exc).__name__, where(exc))
            with self._wake:
                self._model = None
            self.queue.refuse(LANE_FAILED)
            self.queue.fail_all(LANE_FAILED)

    def _next(self) -> bool:
        """Run the next job to its end; False once the lane is closed."""
        with self._wake:
            while not self._closed and not self.queue.waiting:
                self._wake.wait()
            if self._closed:
                return False
        try:
            job = self.queue.start_next()
        except EngineCrashed as exc:  # the host had died before the job reached it: the job waits
            self._restart(str(exc))
            return True
        if job is not None:
            self._follow(job)
        return True

    def _follow(self, job: EngineJob) -> None:
        """The job's events, up to its end."""
        remote = is_remote(self._model)
        for event in self.client.events_until(Event.DONE):
            if event["event"] == Event.DONE or event["event"] == Event.ERROR:
                self.queue.end_current(event, remote)
                if event["event"] == Event.ERROR and event.get("crashed"):
                    self._restart(event["message"])
                return
            if event["event"] != Event.LOADED and event["event"] != Event.PONG:
                job.deliver(event)  # reasoning, answer, stats, notice
        self.queue.fail_current(JobFailure("the engine stopped answering", 500, "engine_stopped"))

    def _restart(self, why: str) -> None:
        """The host died: load the same model again while the waiting jobs wait, unless it keeps dying;
        then no model is loaded, the waiting jobs fail and new requests get 503."""
        if self._closed or self._options is None:
            return
        if not self._restarts.died():
            log.error("the engine stopped %d times in a minute; not restarted: %s", self._restarts.deaths, why)
        else:
            log.warning("the engine stopped (%s); restarting it", why)
            try:
                self.load(self._options)
                return
            except (LaneError, EngineCrashed) as exc:
                log.error("the engine could not be restarted: %s", exc)
        with self._wake:
            self._model = None
        self.queue.refuse(NOT_RESTARTED.because(why))
