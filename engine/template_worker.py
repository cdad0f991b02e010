"""Chat templates rendered in a child process, so no template can hang, exhaust or crash the engine.

A chat template is code from the model file. The sandbox (engine/templates.py)
keeps it from reaching Python internals and refuses huge single operations;
this process bounds the rest: its address space is limited (where the system
supports it), each render has a deadline, and the parent kills it at once on
Stop, on a timeout, or when it dies itself (Linux: the kernel kills it with
its parent). A killed worker is restarted for the next render.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from .child_process import child_command, child_environment
from .messages import Text, from_payload, message_of, text_payload, translate
from .templates import (
    MAX_OUTPUT,
    NEEDED_TOO_MUCH_MEMORY,
    ChatTemplate,
    TemplateError,
    TemplateTooLong,
)

RENDER_TIMEOUT_S = 5.0  # a real template renders in milliseconds
MEMORY_LIMIT = 1 << 30  # bytes of address space for the worker
WATCHDOG_MARGIN_S = 2.0  # the worker ends itself this long after the parent's deadline
_POLL_S = 0.02


class RenderCancelled(Exception):
    """Stop was requested while a template was being rendered."""


class TemplateWorker:
    """The parent's side: one worker process, started on demand, killed and restarted after trouble."""

    def __init__(self, timeout_s: float = RENDER_TIMEOUT_S):
        self.timeout_s = timeout_s
        self._proc: subprocess.Popen[bytes] | None = None
        self._replies: queue.Queue[dict[str, Any] | None] = queue.Queue()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def start(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        self._replies = queue.Queue()
        self._proc = subprocess.Popen(
            child_command("engine.template_worker", "--template-worker"),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=child_environment(PONDER_PARENT_PID=str(os.getpid())),
        )
        threading.Thread(target=self._read, args=(self._proc, self._replies), daemon=True,
                         name="template-replies").start()

    @staticmethod
    def _read(proc: subprocess.Popen[bytes], replies: queue.Queue) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            try:
                replies.put(json.loads(line))
            except ValueError:
                continue
        replies.put(None)  # the worker ended

    def render(self, template: ChatTemplate, messages: list[dict[str, Any]], add_generation_prompt: bool,
               kwargs: dict[str, Any], max_chars: int = MAX_OUTPUT,
               should_stop: Callable[[], bool] = lambda: False) -> str:
        """The rendered prompt; TemplateError on any failure, RenderCancelled if should_stop() turns true."""
        self.start()
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        request = {"source": template.source, "bos_token": template.bos_token,
                   "eos_token": template.eos_token, "messages": messages, "kwargs": kwargs,
                   "add_generation_prompt": add_generation_prompt, "max_chars": max_chars,
                   "deadline_s": self.timeout_s + WATCHDOG_MARGIN_S}
        try:
            proc.stdin.write(json.dumps(request).encode() + b"\n")  # ASCII: lone surrogates survive
            proc.stdin.flush()
        except (TypeError, ValueError) as exc:
            raise TemplateError(Text(translate("Engine", "the conversation cannot be passed to the chat template: "
                                                         "{error}"), error=str(exc))) from None
        except OSError:
            self.kill()
            raise TemplateError(Text(translate("Engine", "the chat template renderer could not be started"))) \
                from None
        deadline = time.monotonic() + self.timeout_s
        while True:
            try:
                reply = self._replies.get(timeout=_POLL_S)
                break
            except queue.Empty:
                pass
            if should_stop():
                self.kill()
                raise RenderCancelled
            if time.monotonic() > deadline:
                self.kill()
                raise TemplateError(Text(translate("Engine", "the chat template took longer than {seconds:g} s to "
                                                             "render; it was stopped (the model file's template is "
                                                             "broken or hostile)"), seconds=self.timeout_s))
        if reply is None:
            code = self.kill()
            if code is None:
                raise TemplateError(Text(translate("Engine", "the chat template crashed its renderer; the model file's "
                                                             "template is broken or hostile")))
            raise TemplateError(Text(translate("Engine", "the chat template crashed its renderer (exit {code}); the "
                                                         "model file's template is broken or hostile"),
                                     code=str(code)))
        if "error" in reply:  # the worker's message, with its template when it has one
            message = from_payload(str(reply["error"]), reply.get("text"))
            raise (TemplateTooLong if reply.get("too_long") else TemplateError)(message)
        return str(reply.get("text", ""))

    def kill(self) -> int | None:
        """End the worker now; returns its exit code."""
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            proc.kill()
        return proc.wait()

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(1.0)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()


# -- the worker process -----------------------------------------------------------
def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the deadline and the sandbox's size limits still apply
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ValueError, OSError):  # macOS does not enforce an address-space limit
        pass


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the engine host ends, however it ends."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.environ.get("PONDER_PARENT_PID") not in (None, str(os.getppid())):
        os._exit(0)  # the parent was already gone before the line above took effect


def _watchdog(deadline_s: float) -> threading.Timer:
    """Ends this process if one render outlives its deadline: a worker whose parent died
    without killing it (on systems without Linux's parent-death signal) cannot spin forever."""
    timer = threading.Timer(deadline_s, os._exit, args=(3,))
    timer.daemon = True
    timer.start()
    return timer


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides about Ctrl-C
    _die_with_parent()
    _limit_memory()
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        watchdog: threading.Timer | None = None
        try:
            request = json.loads(line)
            watchdog = _watchdog(float(request.get("deadline_s", RENDER_TIMEOUT_S + WATCHDOG_MARGIN_S)))
            template = ChatTemplate(request["source"], request["bos_token"], request["eos_token"])
            text = template.render(request["messages"], request["add_generation_prompt"],
                                   max_chars=int(request["max_chars"]), **request["kwargs"])
            reply: dict[str, Any] = {"text": text}
        except TemplateError as exc:
            message = message_of(exc)
            reply = {"error": message, "too_long": isinstance(exc, TemplateTooLong)}
            if (payload := text_payload(message)) is not None:
                reply["text"] = payload
        except MemoryError:
            reply = {"error": NEEDED_TOO_MUCH_MEMORY, "text": NEEDED_TOO_MUCH_MEMORY.payload()}
        except (ValueError, KeyError, TypeError) as exc:
            reply = {"error": f"bad render request: {exc}"}
        finally:
            if watchdog is not None:
                watchdog.cancel()
        out.write(json.dumps(reply).encode() + b"\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
