"""The engine host: a worker process that owns the model and speaks JSON lines.

Requests arrive on stdin, events leave on the original stdout. Anything native
code prints goes to stderr, so it can never corrupt the protocol. A reader
thread handles `stop` at once (between tokens, or through llama.cpp's abort
callback during a prompt) while the main thread generates.
"""

from __future__ import annotations

import os
import queue
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, BinaryIO, Protocol

from . import protocol as P
from .messages import message_of
from .protocol import Event

# Text deltas are written at most this often (the rest are merged): fewer
# wake-ups of the parent leave the CPU to decoding, and no screen redraws faster.
DELTA_INTERVAL_S = 0.016
# Once the parent has gone (stdin closed), the host ends within this long, whatever it was doing.
ORPHAN_GRACE_S = 5.0


class Host:
    def __init__(self, out: BinaryIO):
        self._out = out
        self._lock = threading.Lock()
        self._pending: P.TextEvent | None = None
        self._last_write = 0.0
        self._requests: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.backend: Backend = _NoModel()

    def _backend_for(self, request: dict[str, Any]) -> Backend:
        """The backend a load asks for: a model file (llama.cpp) or a model on a server."""
        remote = bool(request.get("remote"))
        if remote and type(self.backend).__name__ != "RemoteBackend":
            self.backend.unload()
            from .remote import RemoteBackend  # the HTTP client, only for a server

            self.backend = RemoteBackend()
        elif not remote and not _is_local(self.backend):
            self.backend.unload()
            from .llama_backend import LlamaBackend  # imports llama.cpp: after the pipes are safe

            self.backend = LlamaBackend()
        return self.backend

    def emit(self, event: P.EngineEvent) -> None:
        """Send an event; consecutive text deltas of one kind may be merged."""
        with self._lock:
            pending = self._pending
            if event["event"] == Event.ANSWER or event["event"] == Event.REASONING:  # a text delta
                if pending is not None and pending["event"] == event["event"] \
                        and pending.get("candidate") == event.get("candidate") \
                        and pending.get("judge") == event.get("judge"):  # one heavy-mode part's deltas
                    pending["text"] += event["text"]
                else:
                    self._flush()
                    self._pending = dict(event)  # type: ignore[assignment]
                if time.monotonic() - self._last_write >= DELTA_INTERVAL_S:
                    self._flush()
                return
            self._flush()
            self._write(event)

    def _flush(self) -> None:
        if self._pending is not None:
            self._write(self._pending)
            self._pending = None

    def _write(self, event: P.EngineEvent) -> None:
        self._out.write(P.encode(P.with_texts(event)))  # messages keep their templates across the pipe
        self._last_write = time.monotonic()

    def read_requests(self, stream: BinaryIO) -> None:
        """Reader thread: stop acts now; everything else is queued in order."""
        for line in stream:
            if not line.strip():
                continue
            try:
                request = P.decode(line)
            except ValueError as exc:
                self.emit(P.error_event(f"bad request: {exc}"))
                continue
            op = request.get("op")
            if op == "stop":
                self.backend.request_stop()
            elif op == "answer_now":
                self.backend.request_answer_now()
            elif op == "shutdown":
                break
            else:
                if op == "generate":  # a stop sent after this generate must reach it
                    self.backend.clear_stop()
                self._requests.put(request)
        self.backend.request_stop()
        self._requests.put(None)
        # The parent is gone or said shutdown: never outlive it, even if the main
        # thread is stuck in native code that the stop flag cannot reach.
        threading.Timer(ORPHAN_GRACE_S, os._exit, args=(0,)).start()

    def serve(self) -> None:
        while (request := self._requests.get()) is not None:
            self.handle(request)

    def handle(self, request: dict[str, Any]) -> None:
        from .gguf_meta import GGUFError
        from .templates import TemplateError

        op = request.get("op")
        try:
            if op == "load":
                self.emit(self._backend_for(request).load(P.LoadOptions.from_dict(request)))
            elif op == "generate":
                self.backend.generate(P.GenerateRequest.from_dict(request), self.emit)
            elif op == "ping":
                self.emit({"event": Event.PONG})
            else:
                self.emit(P.error_event(f"unknown request {op!r}"))
        except (P.EngineError, GGUFError, TemplateError) as exc:
            self.emit(P.error_event(message_of(exc)))
        except (TypeError, ValueError) as exc:
            self.emit(P.error_event(f"bad {op} request: {exc}"))
        except Exception as exc:  # a bug of ours: report it, keep the host alive
            traceback.print_exc()  # to stderr, which the parent keeps for crash reports
            self.backend.reset_context()
            self.emit(P.error_event(f"internal engine error during {op}: {type(exc).__name__}: {exc}"))


class Backend(Protocol):
    """What the host needs of a backend: LlamaBackend (a model file) or RemoteBackend (a server)."""

    def load(self, opts: P.LoadOptions) -> P.LoadedEvent: ...
    def generate(self, request: P.GenerateRequest, emit: Callable[[P.EngineEvent], None]) -> None: ...
    def request_stop(self) -> None: ...
    def request_answer_now(self) -> None: ...
    def clear_stop(self) -> None: ...
    def reset_context(self) -> None: ...
    def unload(self) -> None: ...


class _NoModel:
    """The backend before the first load: every request is told there is no model."""

    def load(self, opts: P.LoadOptions) -> P.LoadedEvent:
        raise P.EngineError("no backend")

    def generate(self, request: P.GenerateRequest, emit: Callable[[P.EngineEvent], None]) -> None:
        raise P.EngineError("no model is loaded")

    def request_stop(self) -> None:
        """Nothing runs."""

    def request_answer_now(self) -> None:
        """Nothing runs."""

    def clear_stop(self) -> None:
        """Nothing to clear."""

    def reset_context(self) -> None:
        """Nothing is held."""

    def unload(self) -> None:
        """Nothing is loaded."""


def _is_local(backend: Backend) -> bool:
    return type(backend).__name__ == "LlamaBackend"  # without importing llama.cpp to ask


def main() -> int:
    # Ctrl-C in a terminal reaches the whole process group; the parent decides
    # what a Ctrl-C means and tells the host with a `stop` request.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    host = Host(protocol_out)
    reader = threading.Thread(target=host.read_requests, args=(sys.stdin.buffer,), daemon=True)
    reader.start()
    host.serve()
    # Skip interpreter teardown: freeing a model from a daemon thread's
    # shutdown can hang in native code, and the OS frees everything anyway.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
