"""The cycle collector as the window runs it: off while the user acts, caught up when idle."""

from __future__ import annotations

import gc

import pytest

from app import gc_pacer
from app.gc_pacer import GcPacer


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_pacer_owns_the_collector_and_gives_it_back(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert gc.isenabled()
    pacer = GcPacer()
    pacer.start()
    try:
        assert not gc.isenabled()  # no automatic pass in the middle of a scroll
        monkeypatch.setattr(gc_pacer, "FULL_EVERY_S", 0.0)
        monkeypatch.setattr(gc_pacer, "IDLE_S", 3600.0)
        pacer.note_input()
        for _ in range(50):
            Cycle()
        pacer._tick()
        assert pacer.full_passes == 0  # the user is active: no full pass
        monkeypatch.setattr(gc_pacer, "IDLE_S", 0.0)
        qtbot.waitUntil(lambda: pacer.full_passes >= 1, timeout=3000)  # idle: the timer catches up
        assert gc.get_count()[0] < gc_pacer.YOUNG
    finally:
        pacer.stop()
        gc.unfreeze()
    assert gc.isenabled()


def test_young_passes_run_during_long_activity(monkeypatch: pytest.MonkeyPatch) -> None:
    pacer = GcPacer()
    pacer.start()
    try:
        monkeypatch.setattr(gc_pacer, "IDLE_S", 3600.0)
        pacer.note_input()
        garbage = [Cycle() for _ in range(gc_pacer.YOUNG * 2)]
        del garbage
        assert gc.get_count()[0] >= gc_pacer.YOUNG
        pacer._tick()
        assert gc.get_count()[0] < gc_pacer.YOUNG and pacer.full_passes == 0
    finally:
        pacer.stop()
        gc.unfreeze()
