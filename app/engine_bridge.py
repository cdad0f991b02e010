"""The Qt side of the engine host: requests go out, events come back as signals.

The client's reader thread queues events; a timer on the GUI thread drains the
queue about 30 times a second, so text deltas arrive merged and the GUI thread
never waits on the engine.

The one engine is shared by the window's reply and the local server's jobs
(app/server_lane.py), one at a time: a job runs when the engine is free, the
window's reply goes before the jobs still waiting (never before the one
running), and each job's events go to the job's own thread-safe sink, never to
the window's signals. Stop and "answer now" act on the window's reply only.
"""

from __future__ import annotations

import queue
import threading
from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal

from engine import protocol as P
from engine.client import EngineClient, EngineCrashed
from engine.protocol import Event, FinishReason

from .server_lane import MODEL_CHANGED, NO_MODEL, EngineJob

DRAIN_INTERVAL_MS = 33


class EngineBridge(QObject):
    loaded = Signal(dict)  # P.LoadedEvent
    load_failed = Signal(str)
    reasoning_received = Signal(str)
    answer_received = Signal(str)
    heavy_received = Signal(dict)  # heavy mode: a tagged delta, a candidate_done or the judgment
    stats_received = Signal(dict)  # P.StatsEvent
    notice_received = Signal(str)
    reply_finished = Signal(str)  # a P.FinishReason
    reply_failed = Signal(str)
    engine_crashed = Signal(str)
    reply_queued = Signal()  # the window's reply waits for a server job to end
    job_started = Signal(object)  # an EngineJob the engine now writes
    job_ended = Signal(object)  # an EngineJob that has ended (its state says how)
    _jobs_arrived = Signal()  # from any thread: submitted or cancelled jobs to look at

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.client = EngineClient()
        self._loading = False
        self._generating = False  # the window's reply is asked for (waiting for its turn, or in the engine)
        self._window_request: P.GenerateRequest | None = None  # the window's reply, waiting for its turn
        self._window_cancelled = False  # a waiting reply was stopped: its end is told at the next drain
        self._engine = 0  # which engine process the events come from (each load starts another)
        self._lock = threading.Lock()  # guards _model and _job for other threads
        self._model: P.LoadedEvent | None = None
        self._job: EngineJob | None = None  # the server job the engine writes
        self._jobs: deque[EngineJob] = deque()  # server jobs waiting (GUI thread only)
        self._inbox: queue.SimpleQueue[EngineJob] = queue.SimpleQueue()  # submitted from any thread
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_INTERVAL_MS)
        self._timer.timeout.connect(self._drain)
        self._jobs_arrived.connect(self._take_jobs)  # queued when emitted from another thread

    @property
    def model(self) -> P.LoadedEvent | None:
        return self._model

    @model.setter
    def model(self, value: P.LoadedEvent | None) -> None:
        with self._lock:
            self._model = value

    @property
    def busy(self) -> bool:
        """Loading, or the window's reply is asked for."""
        return self._loading or self._generating

    @property
    def _window_in_engine(self) -> bool:
        return self._generating and self._window_request is None

    @property
    def serving(self) -> bool:
        """A server job runs, or waits."""
        return self._job is not None or bool(self._jobs)

    @property
    def waiting_jobs(self) -> int:
        """Server jobs waiting for the engine (GUI thread)."""
        return len(self._jobs)

    def load(self, options: P.LoadOptions) -> None:
        """Replace the engine: what the old one was doing is over, its last events are never delivered.

        Server jobs end with an error saying the model was changed.
        """
        self._engine += 1
        self._loading, self._generating, self.model = True, False, None
        self._window_request, self._window_cancelled = None, False
        self._end_jobs(MODEL_CHANGED)
        if self.client.running:
            self.client.close()
        self.client.load(options)
        self._timer.start()

    def generate(self, request: P.GenerateRequest) -> None:
        """Ask for the window's reply: now, or after the server job the engine is writing."""
        if self._job is not None:
            self._window_request, self._window_cancelled, self._generating = request, False, True
            self.reply_queued.emit()
            return
        try:
            self.client.generate(request)
        except EngineCrashed as exc:
            self.reply_failed.emit(str(exc))
            return
        self._generating = True
        self._timer.start()

    def stop(self) -> None:
        """Stop the window's reply (a server job the engine writes goes on)."""
        if self._window_request is not None:  # never reached the engine: it ends cancelled, soon
            self._window_request, self._window_cancelled = None, True
            return
        if self._job is None:
            self.client.stop()

    def answer_now(self) -> None:
        if not self._window_in_engine:
            return
        try:
            self.client.answer_now()
        except EngineCrashed:
            pass  # the crash itself is reported by _drain

    def shutdown(self) -> None:
        self._timer.stop()
        self._end_jobs("Ponder is closing; this request was ended.")
        self.client.close()

    # -- server jobs (EngineLane) -----------------------------------------------------
    def loaded_model(self) -> P.LoadedEvent | None:
        """The model loaded now; from any thread."""
        with self._lock:
            return self._model

    def submit_job(self, job: EngineJob) -> None:
        """Queue a server job; from any thread."""
        self._inbox.put(job)
        self._jobs_arrived.emit()

    def cancel_job(self, job: EngineJob) -> None:
        """From any thread: a running job is stopped at once, a waiting one ends at the next look."""
        if not job.request_cancel():
            return
        with self._lock:
            if job is self._job:
                self.client.stop()  # under the lock: the engine is still writing this job
                return
        self._jobs_arrived.emit()

    def _take_jobs(self) -> None:
        while True:
            try:
                self._jobs.append(self._inbox.get_nowait())
            except queue.Empty:
                break
        for job in [j for j in self._jobs if j.cancel_requested]:
            self._jobs.remove(job)
            self._end_job(job, P.done_event(FinishReason.CANCELLED))
        if self._loading or self._model is None:  # asked of a model that is gone (or never came)
            self._end_jobs(NO_MODEL if not self._loading else MODEL_CHANGED)
            return
        self._next()
        if self._jobs:
            self._timer.start()

    def _next(self) -> None:
        """The engine is free: the window's waiting reply first, else the next server job."""
        if self._loading or self._model is None or self._job is not None or self._window_in_engine:
            return
        if self._window_request is not None:
            request, self._window_request = self._window_request, None
            try:
                self.client.generate(request)
            except EngineCrashed as exc:
                self._generating = False
                self.reply_failed.emit(str(exc))
            return
        while self._jobs:
            job = self._jobs.popleft()
            if not job.start():
                self._end_job(job, P.done_event(FinishReason.CANCELLED))
                continue
            with self._lock:
                self._job = job
                try:
                    self.client.generate(job.request)
                except EngineCrashed as exc:
                    self._job = None
                    failed: str | None = str(exc)
                else:
                    failed = None
                    if job.cancel_requested:  # cancelled while it was being started
                        self.client.stop()
            if failed is not None:
                self._end_job(job, P.error_event(failed))
                continue
            self.job_started.emit(job)
            return

    def _end_job(self, job: EngineJob, event: P.DoneEvent | P.ErrorEvent) -> None:
        if job.end(event):
            self.job_ended.emit(job)

    def _end_jobs(self, message: str) -> None:
        """Every server job ends failed (the engine they were meant for is going)."""
        with self._lock:
            running, self._job = self._job, None
        while True:
            try:
                self._jobs.append(self._inbox.get_nowait())
            except queue.Empty:
                break
        jobs, self._jobs = ([running] if running else []) + list(self._jobs), deque()
        for job in jobs:
            self._end_job(job, P.error_event(message))

    # -- events --------------------------------------------------------------------------
    def _drain(self) -> None:
        reasoning: list[str] = []
        answer: list[str] = []
        engine = self._engine
        if self._window_cancelled:
            self._window_cancelled, self._generating = False, False
            self.reply_finished.emit(FinishReason.CANCELLED)
            if self._engine != engine:
                return
        while (event := self.client.next_event(0)) is not None:
            if _heavy_part(event):  # heavy mode: a candidate's or the judge's, never the reply's own text
                self._flush(reasoning, answer)
                if self._job is None:  # a server job never asks for heavy mode
                    self.heavy_received.emit(dict(event))
                continue
            if event["event"] == Event.REASONING:
                reasoning.append(event["text"])
                continue
            if event["event"] == Event.ANSWER:
                answer.append(event["text"])
                continue
            self._flush(reasoning, answer)
            if self._engine != engine:
                return  # a slot replaced the engine: this event is the old one's, dropped with it
            self._dispatch(event)
            if self._engine != engine:
                return
        self._flush(reasoning, answer)
        if not self.busy and not self.client.running and not self.serving:
            self._timer.stop()

    def _flush(self, reasoning: list[str], answer: list[str]) -> None:
        job = self._job
        if reasoning:
            text = "".join(reasoning)
            if job is not None:
                job.deliver({"event": Event.REASONING, "text": text})
            else:
                self.reasoning_received.emit(text)
            reasoning.clear()
        if answer:
            text = "".join(answer)
            if job is not None:
                job.deliver({"event": Event.ANSWER, "text": text})
            else:
                self.answer_received.emit(text)
            answer.clear()

    def _dispatch(self, event: P.EngineEvent) -> None:
        if self._job is not None and self._dispatch_to_job(event):
            return
        if event["event"] == Event.LOADED:
            self._loading, self.model = False, event
            self.loaded.emit(event)
            self._next()
        elif event["event"] == Event.STATS:
            self.stats_received.emit(event)
        elif event["event"] == Event.NOTICE:
            self.notice_received.emit(event["message"])
        elif event["event"] == Event.DONE:
            self._generating = self._window_request is not None
            self.reply_finished.emit(event["finish_reason"])
            self._next()
        elif event["event"] == Event.ERROR:
            message = event["message"] or "unknown error"
            crashed = event.get("crashed", False)
            was_loading, was_generating = self._loading, self._generating
            self._loading = self._generating = False
            self._window_request = None
            if crashed:
                self.model = None
                self._end_jobs(message)
            if was_loading:  # what was running ends first, then the engine restarts
                self.load_failed.emit(message)
            elif was_generating and not crashed:
                self.reply_failed.emit(message)
            if crashed:  # one signal tells it: the reply it was writing ends (interrupted) with it
                self.engine_crashed.emit(message)
            self._next()

    def _dispatch_to_job(self, event: P.EngineEvent) -> bool:
        """An event of the running server job (True), or one the window's path tells (a crash)."""
        job = self._job
        assert job is not None
        if event["event"] == Event.ERROR and event.get("crashed"):
            return False  # the window's path ends every job, and tells the window
        if event["event"] == Event.DONE or event["event"] == Event.ERROR:
            with self._lock:
                self._job = None
            self._end_job(job, event if event["event"] == Event.DONE
                          else P.error_event(event["message"] or "the engine failed without saying why"))
            self._next()
            return True
        if event["event"] in (Event.STATS, Event.NOTICE):
            job.deliver(event)
            return True
        return False


def _heavy_part(event: P.EngineEvent) -> bool:
    """A heavy-mode event: a candidate's or the judge's delta, a candidate's end, or the judgment."""
    kind = event["event"]
    if kind == Event.CANDIDATE_DONE or kind == Event.JUDGMENT:
        return True
    return (kind == Event.REASONING or kind == Event.ANSWER) and ("candidate" in event or "judge" in event)

