"""The Qt side of the engine host: requests go out, events come back as signals.

The client's reader thread queues events; a timer on the GUI thread drains the
queue about 30 times a second, so text deltas arrive merged and the GUI thread
never waits on the engine.

The one engine is shared by the window's reply and the local server's jobs
(app/engine_jobs.py JobQueue, the same queue `ponder serve` drives), one at a
time: a job runs when the engine is free, the window's reply goes before the
jobs still waiting (never before the one running), and each job's events go to
the job's own thread-safe sink, never to the window's signals. Stop and "answer
now" act on the window's reply only.

When the engine dies, the job or reply it was writing ends with it and the
waiting jobs wait for the restart. A crash under the window's reply is the
window's to handle (`engine_crashed`: the model controller restarts the same
model, or not); a crash under a server job is restarted here, by its own
RestartPolicy, so it neither interrupts a window reply waiting for its turn nor
counts against the window's restarts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from engine import protocol as P
from engine.client import EngineClient, EngineCrashed
from engine.messages import message_of
from engine.protocol import Event, FinishReason
from ui import l10n

from .engine_jobs import (
    MODEL_CHANGED,
    NO_MODEL,
    NOT_RESTARTED,
    PONDER_CLOSING,
    EngineJob,
    JobFailure,
    JobQueue,
    RestartPolicy,
    is_remote,
)

DRAIN_INTERVAL_MS = 33
STOPPING_INTERVAL_MS = 2  # while a cancelled job's end is awaited: the engine is free within a few ms
STOPPING_LIMIT_MS = 2000  # ... for at most this long, then the usual pace again


class EngineBridge(QObject):
    """The window's signals carry messages in the interface's language; server jobs get the engine's
    events as they came (the local server answers in English)."""

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
    engine_restarting = Signal(str)  # a server job brought the engine down; the bridge restarts it (what happened)
    reply_queued = Signal()  # the window's reply waits for a server job (or the engine's restart) to end
    job_started = Signal(object)  # an EngineJob the engine now writes
    job_ended = Signal(object)  # an EngineJob that has ended (its state says how); always on the GUI thread
    _jobs_arrived = Signal()  # from any thread: jobs to look at
    _ended_elsewhere = Signal(object)  # from any thread: a job the queue ended
    _stop_sent = Signal()  # from any thread: the running job was told to stop

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.client = EngineClient()
        self.queue = JobQueue(self.client, on_ended=self._ended_elsewhere.emit)
        self._loading = False
        self._generating = False  # the window's reply is asked for (waiting for its turn, or in the engine)
        self._window_request: P.GenerateRequest | None = None  # the window's reply, waiting for its turn
        self._window_cancelled = False  # a waiting reply was stopped: its end is told at the next drain
        self._engine = 0  # which engine process the events come from (each load starts another)
        self._model: P.LoadedEvent | None = None
        self._options: P.LoadOptions | None = None  # what the engine runs, or is loading
        self._restarting: P.LoadedEvent | None = None  # the model the engine is being restarted with
        self._restarting_here = False  # ... by this bridge (a server job's crash)
        self._server_restarts = RestartPolicy()
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_INTERVAL_MS)
        self._timer.timeout.connect(self._drain)
        self._stopping = QTimer(self)  # ends the fast pace if the engine never answers the stop
        self._stopping.setSingleShot(True)
        self._stopping.setInterval(STOPPING_LIMIT_MS)
        self._stopping.timeout.connect(self._usual_pace)
        self._jobs_arrived.connect(self._take_jobs)  # queued when emitted from another thread
        self._ended_elsewhere.connect(self._on_job_ended)
        self._stop_sent.connect(self._on_stop_sent)

    @property
    def model(self) -> P.LoadedEvent | None:
        return self._model

    @model.setter
    def model(self, value: P.LoadedEvent | None) -> None:
        self._model = value  # one reference, read whole by other threads (loaded_model)

    @property
    def busy(self) -> bool:
        """Loading, or the window's reply is asked for."""
        return self._loading or self._generating

    @property
    def restarting(self) -> bool:
        """The engine is being started again with the same model (it died)."""
        return self._restarting is not None and self._loading

    @property
    def _window_in_engine(self) -> bool:
        return self._generating and self._window_request is None

    @property
    def serving(self) -> bool:
        """A server job runs, or waits."""
        return self.queue.current is not None or bool(self.queue.waiting)

    @property
    def waiting_jobs(self) -> int:
        """Server jobs waiting for the engine."""
        return self.queue.waiting

    def load(self, options: P.LoadOptions) -> None:
        """Replace the engine: what the old one was doing is over, its last events are never delivered.

        Server jobs end with an error saying the model was changed, unless this starts the same model
        again after a crash: then they wait for it.
        """
        again = self._restarting is not None and options == self._options
        self._engine += 1
        self._loading, self._generating, self.model = True, False, None
        self._window_request, self._window_cancelled = None, False
        self._options, self._restarting_here = options, False
        if not again:
            self._restarting = None
            self.queue.fail_all(MODEL_CHANGED)
        if self.client.running:
            self.client.close()
        self.client.load(options)
        self._timer.start()

    def generate(self, request: P.GenerateRequest) -> None:
        """Ask for the window's reply: now, or after the server job the engine is writing (or the
        engine's restart)."""
        if self.queue.current is not None or self._restarting_here:
            self._window_request, self._window_cancelled, self._generating = request, False, True
            self.reply_queued.emit()
            return
        try:
            self.client.generate(request)
        except EngineCrashed as exc:
            self.reply_failed.emit(l10n.localized(message_of(exc)))
            return
        self._generating = True
        self._timer.start()

    def stop(self) -> None:
        """Stop the window's reply (a server job the engine writes goes on)."""
        if self._window_request is not None:  # never reached the engine: it ends cancelled, soon
            self._window_request, self._window_cancelled = None, True
            return
        if self.queue.current is None:
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
        self.queue.refuse(PONDER_CLOSING)
        self.queue.fail_all(PONDER_CLOSING)  # the running one too: its engine goes now
        self.client.close()

    # -- server jobs (EngineLane) -----------------------------------------------------
    def loaded_model(self) -> P.LoadedEvent | None:
        """The model server requests are for: the loaded one, or the one being restarted; from any thread."""
        return self._model or self._restarting

    def submit_job(self, job: EngineJob) -> None:
        """Queue a server job; from any thread."""
        if self.queue.submit(job):
            self._jobs_arrived.emit()

    def cancel_job(self, job: EngineJob, why: JobFailure | None = None) -> None:
        """From any thread: a waiting job ends now, a running one is stopped at once and its end is
        drained at a fast pace."""
        if self.queue.cancel(job, why):
            self._stop_sent.emit()

    def _take_jobs(self) -> None:
        if self._model is None and self._restarting is None:  # asked of a model that is gone (or never came)
            self.queue.fail_waiting(MODEL_CHANGED if self._loading else NO_MODEL)
            return
        self._next()

    def _next(self) -> None:
        """The engine is free: the window's waiting reply first, else the next server job."""
        if self._loading or self._model is None or self.queue.current is not None or self._window_in_engine:
            return
        if self._window_request is not None:
            request, self._window_request = self._window_request, None
            try:
                self.client.generate(request)
            except EngineCrashed as exc:
                self._generating = False
                self.reply_failed.emit(l10n.localized(message_of(exc)))
            return
        try:
            job = self.queue.start_next()
        except EngineCrashed:
            return  # the engine has gone: the job waits at the head of the queue, the crash is drained next
        if job is not None:
            self.job_started.emit(job)
            self._timer.start()

    def _on_job_ended(self, job: EngineJob) -> None:
        if self.queue.current is None:
            self._usual_pace()
        self.job_ended.emit(job)

    def _on_stop_sent(self) -> None:
        if self.queue.current is not None:
            self._timer.start(STOPPING_INTERVAL_MS)
            self._stopping.start()

    def _usual_pace(self) -> None:
        self._stopping.stop()
        if self._timer.interval() != DRAIN_INTERVAL_MS:
            self._timer.setInterval(DRAIN_INTERVAL_MS)  # an active timer goes on at this pace

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
                if self.queue.current is None:
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
        job = self.queue.current
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
        if self.queue.current is not None and self._dispatch_to_job(event):
            return
        if event["event"] == Event.LOADED:
            self._loading, self.model = False, event
            self._restarting, self._restarting_here = None, False
            self.loaded.emit(event)
            self._next()
        elif event["event"] == Event.STATS:
            self.stats_received.emit(event)
        elif event["event"] == Event.NOTICE:
            self.notice_received.emit(l10n.event_message(event))
        elif event["event"] == Event.DONE:
            self._generating = self._window_request is not None
            self.reply_finished.emit(event["finish_reason"])
            self._next()
        elif event["event"] == Event.ERROR:
            if event.get("crashed"):
                self._on_crash(event)
            else:
                self._on_error(event)

    def _on_error(self, event: P.ErrorEvent) -> None:
        """The engine refused or failed what it was asked (it goes on running)."""
        english = event["message"] or "unknown error"  # for the server's requests
        message = l10n.event_message(event) or self.tr("unknown error")  # for the window
        was_loading, was_generating = self._loading, self._generating
        waiting = self._window_request is not None
        self._loading = self._generating = False
        self._window_request = None
        if was_loading:
            self._restarting = None
            self._restarting_here = False
            self.queue.fail_waiting(NO_MODEL.because(f"The model could not be loaded: {english}"))
            self.load_failed.emit(message)
            if waiting:  # the window's reply waited for this engine
                self.reply_failed.emit(message)
        elif was_generating:
            self.reply_failed.emit(message)
        self._next()

    def _on_crash(self, event: P.ErrorEvent) -> None:
        """The engine process died: what it was writing ends with it, the waiting jobs wait for the
        restart (this bridge's, after a server job; the window's, after anything else)."""
        english = event["message"] or "The engine process stopped unexpectedly."  # for the server's requests
        message = l10n.event_message(event) or self.tr("The engine process stopped unexpectedly.")
        remote = is_remote(self._model)
        job = self.queue.current
        if job is not None:
            self.queue.end_current(event, remote)
        previous = self._model or self._restarting
        self._restarting = previous  # requests for it keep waiting while it is started again (or not)
        self.model = None
        was_loading, restarting_here = self._loading, self._restarting_here
        if job is not None and not was_loading and previous is not None and self._options is not None:
            self._restart_here(english, message, previous, job)  # the window's reply, if it waits, waits on
            return
        window_waited = self._window_request is not None
        self._loading = self._generating = False
        self._window_request = None
        if restarting_here:  # this bridge's restart died while loading: not tried again
            self._restarting, self._restarting_here = None, False
            self.queue.fail_waiting(NOT_RESTARTED.because(english))
            self.load_failed.emit(message)
            if window_waited:
                self.reply_failed.emit(message)
            return
        if was_loading:
            self.load_failed.emit(message)
        # one signal tells the window: the reply it was writing ends (interrupted) with it, and the
        # model controller starts the same model again (load) or decides not to
        self.engine_crashed.emit(message)
        if not self._loading:  # nobody restarts it
            self._restarting = None
            self.queue.fail_waiting(NOT_RESTARTED.because(english))
        self._next()

    def _restart_here(self, english: str, message: str, model: P.LoadedEvent, job: EngineJob) -> None:
        """A server job brought the engine down: start the same model again here, unless it keeps dying.

        `english` is what the server's requests are told, `message` what the window says.
        """
        assert self._options is not None
        if not self._server_restarts.died():
            deaths = self._server_restarts.deaths
            why = (self.tr("{problem} It stopped %n time(s) in a minute while answering local-server requests "
                           "(the last from {client}), so it was not restarted. Choose a model to try again.",
                           "", deaths) if job.client else
                   self.tr("{problem} It stopped %n time(s) in a minute while answering local-server requests, "
                           "so it was not restarted. Choose a model to try again.", "", deaths)
                   ).format(problem=message, client=job.client)
            window_waited = self._window_request is not None
            self._loading = self._generating = False
            self._window_request, self._restarting = None, None
            self.queue.fail_waiting(NOT_RESTARTED.because(english))
            self.load_failed.emit(why)
            if window_waited:
                self.reply_failed.emit(why)
            return
        self._engine += 1
        self._loading, self._restarting, self._restarting_here = True, model, True
        self.engine_restarting.emit(
            (self.tr("{problem} It was answering a local-server request from {client}; that request failed, and "
                     "the engine is starting again with the same model.") if job.client else
             self.tr("{problem} It was answering a local-server request; that request failed, and the engine is "
                     "starting again with the same model.")).format(problem=message, client=job.client))
        self.client.close()
        self.client.load(self._options)
        self._timer.start()

    def _dispatch_to_job(self, event: P.EngineEvent) -> bool:
        """An event of the running server job (True), or one the window's path tells (a crash)."""
        if event["event"] == Event.ERROR and event.get("crashed"):
            return False  # _on_crash ends the job and restarts the engine
        if event["event"] == Event.DONE or event["event"] == Event.ERROR:
            self.queue.end_current(event, is_remote(self._model))
            self._next()
            return True
        if event["event"] in (Event.STATS, Event.NOTICE):
            job = self.queue.current
            assert job is not None
            job.deliver(event)
            return True
        return False


def _heavy_part(event: P.EngineEvent) -> bool:
    """A heavy-mode event: a candidate's or the judge's delta, a candidate's end, or the judgment."""
    kind = event["event"]
    if kind == Event.CANDIDATE_DONE or kind == Event.JUDGMENT:
        return True
    return (kind == Event.REASONING or kind == Event.ANSWER) and ("candidate" in event or "judge" in event)

