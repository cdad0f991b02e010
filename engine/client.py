"""The parent's side of the engine host: start it, send requests, receive events.

Plain Python with threads, no Qt: the CLI uses it directly and the GUI's bridge
wraps it. If the host dies (a llama.cpp assert aborts the whole process), the
event stream ends with an `error` event carrying `crashed: true` as soon as its
pipe closes, and a new host can be started.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
from collections import deque
from collections.abc import Iterator
from typing import Any

from . import protocol as P
from .child_process import child_command, child_environment
from .messages import Text, translate


def host_command() -> list[str]:
    """How to start the host: this interpreter, or the frozen app with a flag."""
    return child_command("engine.host", "--engine-host")


class EngineCrashed(RuntimeError):
    pass


NOT_RUNNING = Text(translate("Engine", "the engine process is not running"))  # EngineCrashed's message


class EngineClient:
    """One engine host process and the stream of its events."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._events: queue.Queue[P.EngineEvent] = queue.Queue()
        self._stderr: deque[str] = deque(maxlen=60)
        self._write_lock = threading.Lock()

    # -- process -------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def start(self) -> None:
        if self.running:
            return
        self._events = queue.Queue()
        self._stderr.clear()
        kwargs: dict[str, Any] = {}
        if os.name == "nt":
            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
        else:
            kwargs["start_new_session"] = True  # Ctrl-C goes to the parent only
        env = child_environment(PYTHONUNBUFFERED="1")  # no tokens: the engine never needs them
        self._proc = subprocess.Popen(
            host_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=env, **kwargs,
        )
        proc, events = self._proc, self._events
        threading.Thread(target=self._read_stderr, args=(proc,), daemon=True).start()
        threading.Thread(target=self._read_events, args=(proc, events), daemon=True).start()

    def _read_stderr(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            line = raw.decode("utf-8", errors="replace").rstrip()
            if line:
                self._stderr.append(line)

    def _read_events(self, proc: subprocess.Popen[bytes], events: queue.Queue[P.EngineEvent]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            try:
                events.put(P.decode_event(line))
            except ValueError:
                self._stderr.append(f"(unreadable engine output: {line[:200]!r})")
        code = proc.wait()
        events.put(P.error_event(self._crash_message(code), crashed=True, exit_code=code))

    def _crash_message(self, code: int) -> Text:
        """What the window says when the host dies: how it ended, and its last lines of stderr if any.

        Exit codes and signal numbers go in as text: they are identifiers, not amounts to write
        in the user's locale."""
        detail = [ln for ln in self._stderr if ln.strip()][-3:]
        words = " | ".join(detail)
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                if detail:
                    return Text(translate("Engine", "The engine process stopped unexpectedly: it was killed by "
                                                    "signal {signal}. Last words: {words}"),
                                signal=str(-code), words=words)
                return Text(translate("Engine", "The engine process stopped unexpectedly: it was killed by "
                                                "signal {signal}."), signal=str(-code))
            if detail:
                return Text(translate("Engine", "The engine process stopped unexpectedly: it was killed by "
                                                "{signal}. Last words: {words}"), signal=name, words=words)
            return Text(translate("Engine", "The engine process stopped unexpectedly: it was killed by {signal}."),
                        signal=name)
        if detail:
            return Text(translate("Engine", "The engine process stopped unexpectedly: it exited with code {code}. "
                                            "Last words: {words}"), code=str(code), words=words)
        return Text(translate("Engine", "The engine process stopped unexpectedly: it exited with code {code}."),
                    code=str(code))

    def send(self, request: dict[str, Any]) -> None:
        proc = self._proc
        if proc is None or proc.stdin is None or proc.poll() is not None:
            raise EngineCrashed(NOT_RUNNING)
        try:
            with self._write_lock:
                proc.stdin.write(P.encode(request))
                proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise EngineCrashed(NOT_RUNNING) from exc

    def close(self, timeout: float = 3.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.poll() is None and proc.stdin:
                proc.stdin.write(P.encode({"op": "shutdown"}))
                proc.stdin.close()
            proc.wait(timeout)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()

    def kill(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()

    # -- requests ------------------------------------------------------------
    def load(self, options: P.LoadOptions) -> None:
        self.start()
        self.send({"op": "load", **options.to_dict()})

    def generate(self, request: P.GenerateRequest) -> None:
        self.send({"op": "generate", **request.to_dict()})

    def answer_now(self) -> None:
        """End the reasoning now and answer (the same path as a thinking budget)."""
        if self.running:
            self.send({"op": "answer_now"})

    def stop(self) -> None:
        if self.running:
            try:
                self.send({"op": "stop"})
            except EngineCrashed:
                pass  # already gone: its reader thread reports the crash

    # -- events --------------------------------------------------------------
    def next_event(self, timeout: float | None = None) -> P.EngineEvent | None:
        try:
            return self._events.get(timeout=timeout)
        except queue.Empty:
            return None

    def events_until(self, *final: P.Event, poll: float = 0.1) -> Iterator[P.EngineEvent]:
        """Events up to and including one of `final` (or an error)."""
        while True:
            event = self.next_event(poll)
            if event is None:
                if not self.running and self._events.empty():
                    # the reader thread is about to report how the host ended
                    event = self.next_event(2.0)
                    if event is None:
                        return
                else:
                    continue
            yield event
            if event["event"] in final or event["event"] == P.Event.ERROR:
                return
