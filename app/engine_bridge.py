"""The Qt side of the engine host: requests go out, events come back as signals.

The client's reader thread queues events; a timer on the GUI thread drains the
queue about 30 times a second, so text deltas arrive merged and the GUI thread
never waits on the engine.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from engine import protocol as P
from engine.client import EngineClient, EngineCrashed
from engine.protocol import Event

DRAIN_INTERVAL_MS = 33


class EngineBridge(QObject):
    loaded = Signal(dict)  # P.LoadedEvent
    load_failed = Signal(str)
    reasoning_received = Signal(str)
    answer_received = Signal(str)
    stats_received = Signal(dict)  # P.StatsEvent
    notice_received = Signal(str)
    reply_finished = Signal(str)  # a P.FinishReason
    reply_failed = Signal(str)
    engine_crashed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.client = EngineClient()
        self._loading = False
        self._generating = False
        self._engine = 0  # which engine process the events come from (each load starts another)
        self.model: P.LoadedEvent | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_INTERVAL_MS)
        self._timer.timeout.connect(self._drain)

    @property
    def busy(self) -> bool:
        return self._loading or self._generating

    def load(self, options: P.LoadOptions) -> None:
        """Replace the engine: what the old one was doing is over, its last events are never delivered."""
        self._engine += 1
        self._loading, self._generating, self.model = True, False, None
        if self.client.running:
            self.client.close()
        self.client.load(options)
        self._timer.start()

    def generate(self, request: P.GenerateRequest) -> None:
        try:
            self.client.generate(request)
        except EngineCrashed as exc:
            self.reply_failed.emit(str(exc))
            return
        self._generating = True
        self._timer.start()

    def stop(self) -> None:
        self.client.stop()

    def answer_now(self) -> None:
        try:
            self.client.answer_now()
        except EngineCrashed:
            pass  # the crash itself is reported by _drain

    def shutdown(self) -> None:
        self._timer.stop()
        self.client.close()

    def _drain(self) -> None:
        reasoning: list[str] = []
        answer: list[str] = []
        engine = self._engine
        while (event := self.client.next_event(0)) is not None:
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
        if not self.busy and not self.client.running:
            self._timer.stop()

    def _flush(self, reasoning: list[str], answer: list[str]) -> None:
        if reasoning:
            self.reasoning_received.emit("".join(reasoning))
            reasoning.clear()
        if answer:
            self.answer_received.emit("".join(answer))
            answer.clear()

    def _dispatch(self, event: P.EngineEvent) -> None:
        if event["event"] == Event.LOADED:
            self._loading, self.model = False, event
            self.loaded.emit(event)
        elif event["event"] == Event.STATS:
            self.stats_received.emit(event)
        elif event["event"] == Event.NOTICE:
            self.notice_received.emit(event["message"])
        elif event["event"] == Event.DONE:
            self._generating = False
            self.reply_finished.emit(event["finish_reason"])
        elif event["event"] == Event.ERROR:
            message = event["message"] or "unknown error"
            crashed = event.get("crashed", False)
            was_loading, was_generating = self._loading, self._generating
            self._loading = self._generating = False
            if crashed:
                self.model = None
            if was_loading:  # what was running ends first, then the engine restarts
                self.load_failed.emit(message)
            elif was_generating and not crashed:
                self.reply_failed.emit(message)
            if crashed:  # one signal tells it: the reply it was writing ends (interrupted) with it
                self.engine_crashed.emit(message)
