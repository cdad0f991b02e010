"""llama-cpp-python's own OpenAI-compatible server (`python -m llama_cpp.server`) on 127.0.0.1.

A real remote engine for the remote-backend tests: it serves a GGUF under a
model id of the test's choosing, streams SSE as llama-cpp-python does (no
reasoning parser: think tags, if any, arrive inside `content`), and can be
killed mid-stream.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LlamaServer:
    def __init__(self, model: Path, alias: str, n_ctx: int = 2048, api_key: str = ""):
        self.model, self.alias, self.n_ctx, self.api_key = model, alias, n_ctx, api_key
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self._log = tempfile.TemporaryFile()  # llama.cpp logs a lot: a pipe nobody reads would block it

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout: float = 60.0) -> LlamaServer:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(self.model), "--model_alias", self.alias,
             "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(self.n_ctx), "--n_threads", "2",
             *(["--api_key", self.api_key] if self.api_key else [])],
            stdout=subprocess.DEVNULL, stderr=self._log, env=os.environ.copy())
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self._log.seek(0)
                raise RuntimeError(f"llama_cpp.server exited: {self._log.read()[-2000:]!r}")
            try:
                headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
                if httpx2.get(f"{self.url}/models", headers=headers, timeout=1.0).status_code == 200:
                    return self
            except httpx2.HTTPError:
                pass  # not listening yet
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("llama_cpp.server did not start within 60 s")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None:
            self.kill()
            self.proc = None
        self._log.close()
