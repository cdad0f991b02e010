"""Python's cycle collector, paced so it never pauses the window while the user scrolls or types.

Measured (tests/bench/bench_chat_open.py, wheeling up a 10 000-message chat,
about 6 000 steps on 2 busy cores): the worst step was 64–77 ms with the
automatic collector, 53 ms with this pacer, 21–38 ms with no collection at all
(p99 16–20 ms in every case). So the automatic collector is off in the window's
process, and this pacer runs it instead:

- the young generations, often (a few ms at most: only objects made since);
- a full pass only when the user has been idle a while (no input for IDLE_S);
- what startup built is frozen (gc.freeze), so a full pass never walks it again.

Reference counting frees almost everything as before; only cycles wait for
the pacer, and a young pass still runs during long activity.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 250
YOUNG = 700  # new container objects before a young pass (CPython's own default threshold)
IDLE_S = 2.0  # no input for this long: a full pass may run
FULL_EVERY_S = 30.0  # at most one full pass this often
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.MouseMove,
          QEvent.Type.TouchUpdate}


class GcPacer(QObject):
    """Owns the cycle collector while it runs (start); stop hands it back to Python."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last_input = time.monotonic()
        self._last_full = time.monotonic()
        self._young_passes = 0
        self.full_passes = 0
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        gc.collect()
        gc.freeze()  # what exists now (startup, the first chat) is never walked again
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self._was_enabled:
            gc.enable()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT:
            self.note_input()
        return False

    def note_input(self) -> None:
        """The user did something (a benchmark that scrolls by hand says so too)."""
        self._last_input = time.monotonic()

    def _tick(self) -> None:
        now = time.monotonic()
        if now - self._last_input >= IDLE_S and now - self._last_full >= FULL_EVERY_S:
            gc.collect(2)
            self._last_full = now
            self.full_passes += 1
        elif gc.get_count()[0] >= YOUNG:
            self._young_passes += 1
            gc.collect(1 if self._young_passes % 10 == 0 else 0)
