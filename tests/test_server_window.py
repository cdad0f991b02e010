"""The window's "Local server" switch: the real window offscreen, the real engine, the real server and
the official `openai` client (on its own thread, as another app would be)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from app.engine_jobs import MODEL_CHANGED, SHUTTING_DOWN, EngineJob, JobState
from app.gui import PonderApp
from engine import store as S
from tests.test_gui import FRANCE, LONG, load
from tests.test_server import GREEDY, KEY, STORY, Caller


@pytest.fixture
def app(qtbot, ponder_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PonderApp]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PONDER_API_KEY", KEY)
    ponder = PonderApp(theme="light")
    qtbot.addWidget(ponder.window)
    ponder.window.show()
    ponder.settings.set("server_port", 0)  # any free port
    yield ponder
    ponder.shutdown()


def client(app: PonderApp) -> openai.OpenAI:
    assert app.server.server is not None
    return openai.OpenAI(base_url=f"{app.server.server.url}/v1", api_key=KEY, max_retries=0, timeout=120)




class Streamer(threading.Thread):
    """A streamed request that reads every chunk, or leaves when told to (at its next chunk; `hold`:
    right after the first, which comes at once, even while the request waits for the engine)."""

    def __init__(self, app: PonderApp, content: str, max_tokens: int, hold: bool = False):
        super().__init__(daemon=True)
        self.openai, self.content, self.max_tokens, self.hold = client(app), content, max_tokens, hold
        self.texts: list[str] = []
        self.finish: str | None = None
        self.error: Exception | None = None
        self.leave = threading.Event()
        self.start()

    def run(self) -> None:
        try:
            stream = self.openai.chat.completions.create(
                model="x", messages=[{"role": "user", "content": self.content}], max_tokens=self.max_tokens,
                stream=True, **GREEDY)
            for chunk in stream:
                choice = chunk.choices[0]
                self.texts.append(choice.delta.content or "")
                self.finish = choice.finish_reason or self.finish
                if self.hold:
                    self.leave.wait()
                if self.leave.is_set():
                    stream.close()  # the connection goes
                    return
        except Exception as exc:  # the test reads it
            self.error = exc


def serve(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, app)
    app.window.server_action.trigger()  # the user's click on the switch
    assert app.server.running and app.window.server_action.isChecked()


def send(app: PonderApp, text: str) -> None:
    app.window.composer.editor.setPlainText(text)
    app.window.composer.send_button.click()


def test_the_switch_serves_and_the_status_bar_says_so(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    serve(qtbot, app)
    server = app.server.server
    assert server is not None and server.url.startswith("http://127.0.0.1:")
    status = app.window.server_status
    assert server.url in status.text() and "0 served" in status.text()
    shown_while_answering: list[str] = []
    app.bridge.job_started.connect(lambda _job: shown_while_answering.append(status.text()))
    call = Caller(lambda: client(app).chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=24, **GREEDY))
    qtbot.waitUntil(lambda: call.done, timeout=LONG)
    assert call.error is None and call.result.choices[0].message.content.strip()
    [answering] = shown_while_answering
    assert "answering 127.0.0.1:" in answering  # the window shows the server generating, and for whom
    qtbot.waitUntil(lambda: "1 served" in status.text())
    assert "answering" not in status.text()
    assert app.settings.get("server_enabled")  # on again at the next launch
    app.window.server_action.trigger()  # off
    assert not app.server.running and not app.window.server_action.isChecked() and status.text() == ""
    with pytest.raises(openai.APIConnectionError):  # the port is closed
        openai.OpenAI(base_url=f"{server.url}/v1", api_key=KEY, max_retries=0, timeout=10).models.list()
    assert not app.settings.get("server_enabled")


def test_a_window_reply_sent_while_the_server_generates_is_answered_after_it(  # type: ignore[no-untyped-def]
    qtbot, app: PonderApp
) -> None:
    serve(qtbot, app)
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 24}
    order: list[str] = []
    app.bridge.job_ended.connect(lambda job: order.append(f"server {job.state}"))
    app.controller.reply_finished.connect(lambda message: order.append(f"window {message.state}"))
    with qtbot.waitSignal(app.bridge.job_started, timeout=LONG):
        stream = Streamer(app, STORY, max_tokens=2000)  # far longer than the test: it ends when it leaves
    with qtbot.waitSignal(app.bridge.reply_queued):
        send(app, FRANCE)
    assert app.controller.busy and "answering" in app.window.server_status.text()
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG) as finished:
        stream.leave.set()  # the server's client goes: the window's reply is next
    reply = finished.args[0]
    stream.join(LONG / 1000)
    assert order == ["server cancelled", "window complete"]
    assert reply.state == S.COMPLETE and reply.content.strip()
    assert stream.error is None and "".join(stream.texts).strip()
    assert reply.content.strip() not in "".join(stream.texts)  # nothing of one went to the other


def test_stop_in_the_window_stops_only_the_window_reply(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    serve(qtbot, app)
    jobs: list[EngineJob] = []
    app.bridge.job_started.connect(jobs.append)
    with qtbot.waitSignal(app.bridge.job_started, timeout=LONG):
        stream = Streamer(app, STORY, max_tokens=2000)  # far longer than the test: it ends when it leaves
    with qtbot.waitSignal(app.bridge.reply_queued):
        send(app, FRANCE)
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG) as finished:
        app.window.stop_action.trigger()  # Esc
    assert finished.args[0].state == S.CANCELLED and not app.controller.busy
    assert jobs[0].state is JobState.RUNNING  # the server's request goes on
    texts = len(stream.texts)
    qtbot.waitUntil(lambda: len(stream.texts) > texts, timeout=LONG)  # and its text keeps coming
    stream.leave.set()
    qtbot.waitUntil(lambda: not stream.is_alive(), timeout=LONG)
    assert stream.error is None and stream.finish is None
    qtbot.waitUntil(lambda: jobs[0].state is JobState.CANCELLED, timeout=LONG)


def test_clients_that_go_away_free_the_engine_for_the_window(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    serve(qtbot, app)
    jobs: list[EngineJob] = []
    app.bridge.job_ended.connect(jobs.append)
    with qtbot.waitSignal(app.bridge.job_started, timeout=LONG):
        running = Streamer(app, STORY, max_tokens=2000)
    waiting = Streamer(app, STORY, max_tokens=2000, hold=True)
    qtbot.waitUntil(lambda: app.bridge.waiting_jobs == 1, timeout=LONG)
    waiting.leave.set()  # it goes before it ever ran
    qtbot.waitUntil(lambda: len(jobs) == 1, timeout=LONG)
    assert jobs[0].state is JobState.CANCELLED and jobs[0].started_at is None
    assert app.bridge.serving  # the running one goes on
    running.leave.set()  # it goes mid-stream
    qtbot.waitUntil(lambda: len(jobs) == 2, timeout=LONG)
    assert jobs[1].state is JobState.CANCELLED and jobs[1].started_at is not None
    assert running.error is None and waiting.error is None
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 16}
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG) as finished:
        send(app, FRANCE)
    assert finished.args[0].state == S.COMPLETE and finished.args[0].content.strip()


def test_loading_another_model_ends_server_requests_with_a_clear_error(  # type: ignore[no-untyped-def]
    qtbot, app: PonderApp
) -> None:
    serve(qtbot, app)
    with qtbot.waitSignal(app.bridge.job_started, timeout=LONG):
        stream = Streamer(app, STORY, max_tokens=2000)
    with qtbot.waitSignal(app.bridge.loaded, timeout=LONG):
        app.load_model(0)
    qtbot.waitUntil(lambda: not stream.is_alive(), timeout=LONG)
    assert isinstance(stream.error, openai.APIError) and MODEL_CHANGED.message in str(stream.error)
    call = Caller(lambda: client(app).chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=8, **GREEDY))
    qtbot.waitUntil(lambda: call.done, timeout=LONG)
    assert call.error is None and call.result.choices[0].message.content  # served by the new engine


def test_lan_access_is_asked_for_and_the_key_is_shown(qtbot, ponder_home: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from app.server_switch import ALLOW, CANCEL

    monkeypatch.setenv("PONDER_API_KEY", KEY)
    answers = [CANCEL, ALLOW]
    asked: list[str] = []

    def ask(question: Any) -> str:
        asked.append(question.text)
        return answers.pop(0)

    ponder = PonderApp(theme="light", ask=ask)
    qtbot.addWidget(ponder.window)
    try:
        ponder.settings.set("server_port", 0)
        ponder.window.server_lan_action.trigger()  # asked, and refused
        assert "network" in asked[0] and not ponder.settings.get("server_lan")
        assert not ponder.window.server_lan_action.isChecked()
        ponder.window.server_action.trigger()
        assert ponder.server.server is not None and not ponder.server.server.exposed
        ponder.window.server_lan_action.trigger()  # asked, and allowed: it listens again, on the network
        server = ponder.server.server
        assert ponder.settings.get("server_lan") and server is not None and server.exposed
        assert "not encrypted" in ponder.window.server_status.toolTip()
        assert server.url in ponder.window.server_status.text()  # used here through 127.0.0.1
        ponder.window.server_key_action.trigger()
        assert QGuiApplication.clipboard().text() == KEY
        boxes = [w for w in ponder.window.findChildren(QMessageBox) if w.isVisible()]
        assert len(boxes) == 1 and boxes[0].informativeText() == KEY
        boxes[0].close()
    finally:
        ponder.shutdown()


def test_an_engine_that_dies_under_a_server_request_fails_it_and_everything_waiting_is_answered(  # type: ignore[no-untyped-def]
    qtbot, app: PonderApp
) -> None:
    serve(qtbot, app)
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 16}
    jobs: list[EngineJob] = []
    app.bridge.job_ended.connect(jobs.append)
    restarting: list[str] = []
    app.bridge.engine_restarting.connect(restarting.append)
    with qtbot.waitSignal(app.bridge.job_started, timeout=LONG):
        stream = Streamer(app, STORY, max_tokens=2000)
    waiting = Caller(lambda: client(app).chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=8, **GREEDY))
    qtbot.waitUntil(lambda: app.bridge.waiting_jobs == 1, timeout=LONG)
    with qtbot.waitSignal(app.bridge.reply_queued):
        send(app, FRANCE)  # the window's message waits for its turn too
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG) as finished:
        app.bridge.client.kill()  # as a llama.cpp abort under the server's request would
    qtbot.waitUntil(lambda: not stream.is_alive(), timeout=LONG)
    assert isinstance(stream.error, openai.APIError) and "stopped unexpectedly" in str(stream.error)
    assert jobs[0].state is JobState.FAILED and jobs[0].failure is not None
    assert jobs[0].failure.code == "engine_stopped"
    assert finished.args[0].state == S.COMPLETE and finished.args[0].content.strip()  # not interrupted
    qtbot.waitUntil(lambda: waiting.done, timeout=LONG)
    assert waiting.error is None and waiting.result.choices[0].message.content  # served after the restart
    assert len(restarting) == 1 and "local-server request from 127.0.0.1:" in restarting[0]
    assert app.model_control._crashes == []  # the window's own restarts are not spent on the server's
    call = Caller(lambda: client(app).chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=8, **GREEDY))
    qtbot.waitUntil(lambda: call.done, timeout=LONG)
    assert call.error is None and call.result.choices[0].message.content


def test_an_engine_that_dies_under_the_windows_reply_keeps_the_server_requests_waiting(  # type: ignore[no-untyped-def]
    qtbot, app: PonderApp
) -> None:
    serve(qtbot, app)
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 2000}
    with qtbot.waitSignal(app.controller.answer_received, timeout=LONG):
        send(app, STORY)
    waiting = Caller(lambda: client(app).chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=8, **GREEDY))
    qtbot.waitUntil(lambda: app.bridge.waiting_jobs == 1, timeout=LONG)
    with qtbot.waitSignal(app.bridge.loaded, timeout=LONG):  # the window restarts the engine
        app.bridge.client.kill()
    qtbot.waitUntil(lambda: waiting.done, timeout=LONG)
    assert waiting.error is None and waiting.result.choices[0].message.content  # not "the model was changed"


def test_switching_off_tells_the_running_and_the_waiting_request(qtbot, app: PonderApp) -> None:  # type: ignore[no-untyped-def]
    serve(qtbot, app)
    jobs: list[EngineJob] = []
    app.bridge.job_ended.connect(jobs.append)
    with qtbot.waitSignal(app.bridge.job_started, timeout=LONG):
        stream = Streamer(app, STORY, max_tokens=2000)
    waiting = Caller(lambda: client(app).chat.completions.create(
        model="x", messages=[{"role": "user", "content": FRANCE}], max_tokens=8, **GREEDY))
    qtbot.waitUntil(lambda: app.bridge.waiting_jobs == 1, timeout=LONG)
    app.window.server_action.trigger()  # off
    qtbot.waitUntil(lambda: not stream.is_alive() and waiting.done, timeout=LONG)
    assert isinstance(stream.error, openai.APIError) and SHUTTING_DOWN.message in str(stream.error)
    assert stream.finish is None  # an error, never a finish reason
    assert isinstance(waiting.error, openai.InternalServerError) and waiting.error.status_code == 503
    qtbot.waitUntil(lambda: len(jobs) == 2, timeout=LONG)
    assert [j.failure for j in jobs] == [SHUTTING_DOWN, SHUTTING_DOWN]
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 16}
    with qtbot.waitSignal(app.controller.reply_finished, timeout=LONG) as finished:
        send(app, FRANCE)  # the engine is the window's again
    assert finished.args[0].state == S.COMPLETE
