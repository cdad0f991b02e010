"""The download queue against a real loopback hub: any failure fails its job, the queue goes on."""

from __future__ import annotations

import errno
import os
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.downloads_controller import DownloadJob, DownloadsController
from engine.downloads import Downloader, ErrorKind
from engine.paths import models_dir
from engine.protocol import JobState
from tests.hub_server import HubServer, fast

REPO = "nvidia/Queue-GGUF"
FIRST, SECOND = "first-Q4_K_M.gguf", "second-Q4_K_M.gguf"
LONG = 30_000


@pytest.fixture
def files(hub: HubServer) -> dict[str, bytes]:
    data = {FIRST: os.urandom(300_000), SECOND: os.urandom(200_000)}
    for name, payload in data.items():
        hub.add(REPO, name, payload)
    return data


@pytest.fixture
def start(qtbot: Any) -> Iterator[Callable[[Callable[[], Downloader]], DownloadsController]]:
    """Start a download queue with this downloader factory (shut down after the test)."""
    started: list[DownloadsController] = []

    def make(factory: Callable[[], Downloader]) -> DownloadsController:
        started.append(DownloadsController(factory))
        return started[-1]

    yield make
    for c in started:
        c.shutdown()


@pytest.fixture
def writers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the threads that change any DownloadJob (only the GUI thread may)."""
    seen: list[str] = []
    plain = DownloadJob.__setattr__

    def recording(job: DownloadJob, name: str, value: Any) -> None:
        seen.append(threading.current_thread().name)
        plain(job, name, value)

    monkeypatch.setattr(DownloadJob, "__setattr__", recording)
    return seen


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unexpected_oserror_fails_its_job_and_the_next_job_completes(
        qtbot: Any, start: Any, files: dict[str, bytes], writers: list[str]) -> None:
    made: list[int] = []

    def make() -> Downloader:
        made.append(1)
        if len(made) == 1:  # e.g. the models folder or the keyring refusing access
            raise PermissionError(errno.EACCES, "Permission denied", str(models_dir()))
        return fast()

    c = start(make)
    with qtbot.waitSignal(c.model_ready, timeout=LONG) as ready:
        first = c.enqueue(REPO, FIRST)
        second = c.enqueue(REPO, SECOND)
    assert first.state is JobState.FAILED and first.kind is ErrorKind.INTERNAL
    assert first.message == f"The download failed (PermissionError): Permission denied: {models_dir()}."
    assert second.state is JobState.DONE and Path(ready.args[0]).read_bytes() == files[SECOND]
    third = c.enqueue(REPO, FIRST)  # the queue is still alive after both
    qtbot.waitUntil(lambda: third.state is JobState.DONE, timeout=LONG)
    assert Path(third.path).read_bytes() == files[FIRST]
    assert writers and set(writers) == {threading.main_thread().name}


def test_any_exception_in_a_job_fails_it_with_its_message(qtbot: Any, start: Any,
                                                          files: dict[str, bytes]) -> None:
    class Broken(Downloader):
        def resolve(self, repo_id: str, filename: str, revision: str = "main") -> Any:
            raise ValueError("Invalid endpoint: ''")

    downloaders = [Broken(), fast()]
    c = start(lambda: downloaders.pop(0))
    broken = c.enqueue(REPO, FIRST)
    fine = c.enqueue(REPO, SECOND)
    qtbot.waitUntil(lambda: fine.state is JobState.DONE, timeout=LONG)
    assert broken.state is JobState.FAILED
    assert broken.message == "The download failed unexpectedly: ValueError: Invalid endpoint: ''"


def test_no_way_to_the_hub_fails_the_job_as_offline_and_the_queue_goes_on(
        qtbot: Any, start: Any, hub: HubServer, files: dict[str, bytes],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{closed_port()}")
    c = start(fast)
    job = c.enqueue(REPO, FIRST)
    qtbot.waitUntil(lambda: job.state is JobState.FAILED, timeout=LONG)
    assert job.offline and job.kind is ErrorKind.NETWORK
    assert "connection was refused" in job.message and "Errno" not in job.message
    monkeypatch.setenv("HF_ENDPOINT", hub.url)  # back online
    with qtbot.waitSignal(c.model_ready, timeout=LONG):
        c.resume(job.id)  # Retry
    assert job.state is JobState.DONE and not job.offline and job.message == "Verified."


def test_a_paused_queued_job_never_starts_and_resumes_later(qtbot: Any, start: Any, hub: HubServer,
                                                             files: dict[str, bytes]) -> None:
    hub.switches.stall_after, hub.switches.stall_s = 100_000, 1.5  # the first one takes a while
    c = start(fast)
    running = c.enqueue(REPO, FIRST)
    waiting = c.enqueue(REPO, SECOND)
    qtbot.waitUntil(lambda: running.downloaded > 0, timeout=LONG)
    c.pause(waiting.id)
    assert waiting.state is JobState.PAUSED
    qtbot.waitUntil(lambda: running.state is JobState.DONE, timeout=LONG)
    qtbot.wait(300)
    assert waiting.state is JobState.PAUSED and waiting.downloaded == 0
    assert not (waiting.part.exists() or (waiting.folder / SECOND).exists())
    with qtbot.waitSignal(c.model_ready, timeout=LONG):
        c.resume(waiting.id)
    assert waiting.state is JobState.DONE


def test_a_cancel_while_running_wins_over_what_the_worker_reports(qtbot: Any, start: Any, hub: HubServer,
                                                                   files: dict[str, bytes]) -> None:
    hub.switches.stall_after, hub.switches.stall_s = 100_000, 2.0
    c = start(fast)
    job = c.enqueue(REPO, FIRST)
    qtbot.waitUntil(lambda: job.downloaded > 0, timeout=LONG)
    c.cancel(job.id, keep_partial=False)
    qtbot.waitUntil(lambda: c._current is None, timeout=LONG)
    qtbot.wait(200)  # whatever the worker posted after the cancel has arrived
    assert job.state is JobState.CANCELLED and not job.part.exists()
    c.resume(job.id)  # Retry starts again from nothing
    qtbot.waitUntil(lambda: job.state is JobState.DONE, timeout=LONG)
    assert Path(job.path).read_bytes() == files[FIRST]
