"""The server's jobs and their queue without a model: each ends once, and says why when it is not a reply.

The queue is driven here as the window's bridge and the headless lane drive it;
the engine is a recorder of what it was sent (the real one is in test_server.py
and test_server_window.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from app.engine_jobs import (
    ENDED_EARLY,
    RESTARTS,
    SHUTTING_DOWN,
    EngineJob,
    JobFailure,
    JobQueue,
    JobState,
    RestartPolicy,
    engine_failure,
)
from engine import protocol as P
from engine.client import EngineCrashed
from engine.protocol import Event, FinishReason


class Engine:
    """What the queue sends, in order; `gone` makes it behave as a dead engine process."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.gone = False

    def generate(self, request: P.GenerateRequest) -> None:
        if self.gone:
            raise EngineCrashed("the engine process is not running")
        self.sent.append(f"generate {request.messages[-1]['content']}")

    def stop(self) -> None:
        self.sent.append("stop")


def job(name: str, seen: list[tuple[str, dict[str, Any]]]) -> EngineJob:
    request = P.GenerateRequest([{"role": "user", "content": name}])
    return EngineJob(request, lambda event: seen.append((name, dict(event))), client=name)


@pytest.fixture
def seen() -> list[tuple[str, dict[str, Any]]]:
    return []


def queue_with(engine: Engine, ended: list[EngineJob] | None = None) -> JobQueue:
    return JobQueue(engine, on_ended=(ended.append if ended is not None else None))  # type: ignore[arg-type]


def test_jobs_run_in_turn_and_each_ends_once(seen: list[tuple[str, dict[str, Any]]]) -> None:
    engine, ended = Engine(), []  # type: tuple[Engine, list[EngineJob]]
    queue = queue_with(engine, ended)
    a, b = job("a", seen), job("b", seen)
    assert queue.submit(a) and queue.submit(b) and queue.waiting == 2
    assert queue.start_next() is a and queue.start_next() is None  # one at a time
    a.deliver({"event": Event.ANSWER, "text": "hi"})
    assert queue.end_current(P.done_event(FinishReason.STOP), remote=False) is a
    assert a.state is JobState.COMPLETE and not a.finish(FinishReason.STOP)  # ended once
    assert queue.start_next() is b and engine.sent == ["generate a", "generate b"]
    assert seen == [("a", {"event": Event.ANSWER, "text": "hi"}), ("a", P.done_event(FinishReason.STOP))]
    assert ended == [a]


def test_a_cancel_ends_a_waiting_job_now_and_stops_the_running_one(seen: list[tuple[str, dict[str, Any]]]) -> None:
    engine = Engine()
    queue = queue_with(engine)
    a, b = job("a", seen), job("b", seen)
    queue.submit(a)
    queue.submit(b)
    queue.start_next()
    assert not queue.cancel(b) and b.state is JobState.CANCELLED and queue.waiting == 0  # never ran
    assert queue.cancel(a) and engine.sent[-1] == "stop" and a.state is JobState.RUNNING  # the engine ends it
    queue.end_current(P.done_event(FinishReason.CANCELLED), remote=False)
    assert a.state is JobState.CANCELLED and seen[-1] == ("a", P.done_event(FinishReason.CANCELLED))


def test_a_job_ended_by_another_than_its_client_fails_saying_why(seen: list[tuple[str, dict[str, Any]]]) -> None:
    queue = queue_with(Engine())
    running, waiting, stray = job("running", seen), job("waiting", seen), job("stray", seen)
    for j in (running, waiting, stray):
        queue.submit(j)
    queue.start_next()
    queue.cancel(waiting, SHUTTING_DOWN)
    queue.cancel(running, SHUTTING_DOWN)
    queue.end_current(P.done_event(FinishReason.CANCELLED), remote=False)  # the engine's end of a stop
    assert [j.failure for j in (running, waiting)] == [SHUTTING_DOWN, SHUTTING_DOWN]
    assert [e for name, e in seen if name in ("running", "waiting")] == [P.error_event(SHUTTING_DOWN.message)] * 2
    queue.start_next()  # nobody asked this one to stop, yet the engine says it was cancelled
    queue.end_current(P.done_event(FinishReason.CANCELLED), remote=False)
    assert stray.state is JobState.FAILED and stray.failure == ENDED_EARLY


def test_an_interrupted_reply_fails_with_the_engines_notice(seen: list[tuple[str, dict[str, Any]]]) -> None:
    queue = queue_with(Engine())
    j = job("a", seen)
    queue.submit(j)
    queue.start_next()
    j.deliver(P.notice_event("the server's stream broke off: it closed the connection"))
    queue.end_current(P.done_event(FinishReason.INTERRUPTED), remote=True)
    assert j.state is JobState.FAILED and j.failure is not None
    assert (j.failure.status, j.failure.code) == (502, "upstream_interrupted") and "broke off" in j.failure.message
    assert seen[-1][1]["event"] == Event.ERROR  # never a `done` a client would read as stop


def test_a_job_sent_to_a_dead_engine_waits_for_the_next(seen: list[tuple[str, dict[str, Any]]]) -> None:
    engine = Engine()
    queue = queue_with(engine)
    a, b = job("a", seen), job("b", seen)
    queue.submit(a)
    queue.submit(b)
    engine.gone = True
    with pytest.raises(EngineCrashed):
        queue.start_next()
    assert a.state is JobState.QUEUED and a.started_at is None and queue.waiting == 2
    engine.gone = False  # restarted
    assert queue.start_next() is a


def test_a_crash_fails_the_running_job_and_the_waiting_wait(seen: list[tuple[str, dict[str, Any]]]) -> None:
    queue = queue_with(Engine())
    a, b = job("a", seen), job("b", seen)
    queue.submit(a)
    queue.submit(b)
    queue.start_next()
    crash = P.error_event("The engine process stopped unexpectedly: it was killed by SIGKILL.", crashed=True)
    queue.end_current(crash, remote=False)
    assert a.failure is not None and (a.failure.status, a.failure.code) == (500, "engine_stopped")
    assert b.state is JobState.QUEUED and queue.waiting == 1


def test_a_refusing_queue_fails_what_waits_and_what_comes(seen: list[tuple[str, dict[str, Any]]]) -> None:
    engine = Engine()
    queue = queue_with(engine)
    running, waiting, late = job("running", seen), job("waiting", seen), job("late", seen)
    queue.submit(running)
    queue.submit(waiting)
    queue.start_next()
    queue.refuse(SHUTTING_DOWN)
    assert waiting.failure == SHUTTING_DOWN and engine.sent[-1] == "stop" and running.state is JobState.RUNNING
    assert not queue.submit(late) and late.failure == SHUTTING_DOWN
    queue.fail_all(SHUTTING_DOWN)  # the engine did not end it in time
    assert running.failure == SHUTTING_DOWN


@pytest.mark.parametrize(("event", "remote", "status", "code"), [
    (P.error_event("The engine process stopped unexpectedly.", crashed=True), False, 500, "engine_stopped"),
    (P.error_event("internal engine error during generate: KeyError: 'x'"), False, 500, "internal_error"),
    (P.error_event("the server answered 400: bad request"), True, 502, "upstream_error"),
    (P.error_event("the message is too long: the prompt needs 9,000 tokens"), False, 400, "invalid_request"),
])
def test_an_engine_error_carries_its_status(event: P.ErrorEvent, remote: bool, status: int, code: str) -> None:
    failure = engine_failure(event, remote)
    assert (failure.status, failure.code, failure.message) == (status, code, event["message"])
    assert failure.kind == ("server_error" if status >= 500 else "invalid_request_error")


def test_an_engine_is_restarted_a_few_times_a_minute_at_most() -> None:
    now = [0.0]
    policy = RestartPolicy(clock=lambda: now[0])
    assert all(policy.died() for _ in range(RESTARTS))
    assert not policy.died() and policy.deaths == RESTARTS + 1
    now[0] += 61.0
    assert policy.died()  # the old deaths are forgotten


def test_a_failure_can_say_what_happened_first() -> None:
    failure = JobFailure("Send it again.", 503, "model_not_loaded").because("The engine stopped.")
    assert failure == JobFailure("The engine stopped. Send it again.", 503, "model_not_loaded")
