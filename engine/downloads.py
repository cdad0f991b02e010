"""Model downloads you can trust: resumable, stall-proof, checksum-verified.

huggingface_hub builds the URLs and knows the endpoint (HF_ENDPOINT); the
transfer loop is ours, because huggingface_hub >= 1.18 no longer resumes an
interrupted download. Bytes go to `<name>.part` and continue with an HTTP
Range request after a dropped connection, a stall or a restart of the app.
The whole file's SHA-256 must equal the hub's LFS checksum before the
`.part` becomes the model; a mismatch deletes it.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from huggingface_hub import constants, hf_hub_url

CHUNK = 1 << 20
STALL_S = 30.0  # no bytes for this long is a stall
RETRIES = 10
BACKOFF = (2.0, 60.0)
DISK_MARGIN = 0.05

Progress = Callable[[dict[str, Any]], None]
_SPLIT = re.compile(r"-\d{5}-of-\d{5}(?=\.gguf$)")


def pick_file(files: list[tuple[str, int]], quant: str) -> str:
    """The file of a repository listing that carries this quantization (e.g. Q4_K_M)."""
    wanted = quant.upper()
    matches = [name for name, _ in files if wanted in name.upper().replace("-", "_")]
    if not matches:
        offered = ", ".join(name for name, _ in files) or "none"
        raise DownloadError("not_found", f"No {quant} file in this repository (files: {offered}).")
    return min(matches, key=len)


class DownloadError(Exception):
    """A download that cannot go on; `kind` says why, the message says what to do."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind  # auth | not_found | offline | network | disk | checksum | cancelled | server


@dataclass(frozen=True)
class RemoteFile:
    repo_id: str
    filename: str
    revision: str
    url: str
    size: int
    sha256: str  # the hub's LFS oid
    commit: str = ""

    @property
    def page(self) -> str:
        return f"{endpoint()}/{self.repo_id}"


def endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", constants.ENDPOINT).rstrip("/")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class Downloader:
    """One download at a time; safe to call from a worker thread."""

    def __init__(self, token: str | None = None, offline: bool = False, stall_s: float = STALL_S,
                 retries: int = RETRIES, backoff: tuple[float, float] = BACKOFF,
                 sleep: Callable[[float], None] = time.sleep):
        self.token, self.offline = token, offline
        self.stall_s, self.retries, self.backoff, self._sleep = stall_s, retries, backoff, sleep
        self.cancelled = False
        self._trees: dict[tuple[str, str], list[dict[str, Any]]] = {}

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"User-Agent": "ponder/0.1"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return {**headers, **(extra or {})}

    def _check_online(self) -> None:
        if self.offline:
            raise DownloadError("offline", "Offline mode is on: Ponder makes no network calls.")

    # -- metadata -------------------------------------------------------------
    def resolve(self, repo_id: str, filename: str, revision: str = "main") -> RemoteFile:
        """Size, checksum and commit of a file, from the hub's resolve headers."""
        self._check_online()
        url = hf_hub_url(repo_id, filename, revision=revision, endpoint=endpoint())
        request = urllib.request.Request(url, method="HEAD", headers=self._headers())
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            response = opener.open(request, timeout=self.stall_s)
            headers = response.headers
        except urllib.error.HTTPError as exc:
            if exc.code in (301, 302, 303, 307, 308):
                headers = exc.headers
            else:
                raise self._http_error(exc.code, repo_id, filename) from None
        except (urllib.error.URLError, OSError) as exc:
            raise DownloadError("network", f"Cannot reach {endpoint()}: {_reason(exc)}") from None
        etag = (headers.get("X-Linked-Etag") or headers.get("ETag") or "").strip('"').removeprefix("W/")
        size = headers.get("X-Linked-Size") or headers.get("Content-Length") or "0"
        if len(etag) != 64:
            raise DownloadError("server", f"{filename} has no SHA-256 checksum on the hub, so it "
                                          "cannot be verified; Ponder does not use unverified models.")
        return RemoteFile(repo_id, filename, revision, url, int(size), etag.lower(),
                          headers.get("X-Repo-Commit", ""))

    def _http_error(self, code: int, repo_id: str, filename: str) -> DownloadError:
        if code in (401, 403):
            return DownloadError("auth", f"{repo_id} needs a Hugging Face token with access, and its "
                                         f"licence may have to be accepted first at {endpoint()}/{repo_id}.")
        if code == 404:
            return DownloadError("not_found", f"{filename} was not found in {repo_id}.")
        return DownloadError("server", f"The hub answered HTTP {code} for {filename}.")

    def _get_json(self, path: str, repo_id: str = "") -> Any:
        self._check_online()
        request = urllib.request.Request(endpoint() + path, headers=self._headers())
        try:
            with urllib.request.urlopen(request, timeout=self.stall_s) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            raise self._http_error(exc.code, repo_id, "the file list") from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise DownloadError("network", f"Cannot reach {endpoint()}: {_reason(exc)}") from None

    def _tree(self, repo_id: str, revision: str) -> list[dict[str, Any]]:
        """The repository's file tree, fetched once per downloader."""
        key = (repo_id, revision)
        if key not in self._trees:
            self._trees[key] = self._get_json(f"/api/models/{repo_id}/tree/{revision}?recursive=true",
                                              repo_id)
        return self._trees[key]

    def list_gguf(self, repo_id: str, revision: str = "main") -> list[tuple[str, int]]:
        """The repository's .gguf files with sizes (split parts listed once, summed)."""
        tree = self._tree(repo_id, revision)
        sizes: dict[str, int] = {}
        for entry in tree:
            path = entry.get("path", "")
            if entry.get("type") != "file" or not path.endswith(".gguf"):
                continue
            size = int((entry.get("lfs") or {}).get("size") or entry.get("size") or 0)
            key = _SPLIT.sub("", path)
            sizes[key] = sizes.get(key, 0) + size
        return sorted(sizes.items())

    def parts_of(self, repo_id: str, name: str, revision: str = "main") -> list[str]:
        """The real file names behind a listed model: itself, or all parts of a split GGUF."""
        tree = self._tree(repo_id, revision)
        paths = sorted(e.get("path", "") for e in tree if e.get("type") == "file")
        if name in paths:
            return [name]
        parts = [p for p in paths if _SPLIT.sub("", p) == name]
        if not parts:
            raise DownloadError("not_found", f"{name} was not found in {repo_id}.")
        return parts

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        query = urllib.parse.urlencode({"search": text, "filter": "gguf", "limit": limit})
        return [{"repo_id": m.get("id") or m.get("modelId"), "downloads": m.get("downloads", 0),
                 "likes": m.get("likes", 0)} for m in self._get_json(f"/api/models?{query}")]

    # -- transfer ---------------------------------------------------------------
    def download(self, remote: RemoteFile, folder: Path, progress: Progress | None = None) -> Path:
        """Fetch into folder/filename, resuming any .part there; returns the verified file."""
        self._check_online()
        target = folder / remote.filename
        part = target.with_name(target.name + ".part")
        part.parent.mkdir(parents=True, exist_ok=True)
        have = part.stat().st_size if part.exists() else 0
        if have > remote.size:
            part.unlink()
            have = 0
        self._check_space(folder, remote.size - have)
        state = _State(have, _hash_file(part) if have else hashlib.sha256(), have, time.monotonic())
        emit = progress or (lambda _e: None)
        failures = 0
        while state.have < remote.size:
            if self.cancelled:
                raise DownloadError("cancelled", "The download was cancelled; the partial file is kept.")
            try:
                self._fetch(remote, part, state, emit)
                failures = 0
            except _Transient as exc:
                failures += 1
                if failures > self.retries:
                    raise DownloadError("network", f"The download kept failing ({exc}); the partial "
                                                   "file is kept and will resume next time.") from None
                wait = min(self.backoff[0] * 2 ** (failures - 1), self.backoff[1])
                emit({"event": "stalled" if exc.stalled else "retrying", "retry_in": wait,
                      "attempt": failures, "message": f"{exc}; retrying in {wait:.0f} s"})
                self._sleep(wait)
        digest = state.digest
        if digest.hexdigest() != remote.sha256:
            part.unlink(missing_ok=True)
            raise DownloadError("checksum", f"{remote.filename} failed verification (SHA-256 mismatch); "
                                            "the download was deleted. Try again.")
        os.replace(part, target)
        emit({"event": "done", "path": str(target), "sha256": remote.sha256})
        return target

    def _check_space(self, folder: Path, remaining: int) -> None:
        free = shutil.disk_usage(folder).free
        need = int(remaining * (1 + DISK_MARGIN))
        if free < need:
            raise DownloadError("disk", f"Not enough disk space: {need / 2**30:.2f} GiB needed, "
                                        f"{free / 2**30:.2f} GiB free in {folder}.")

    def _fetch(self, remote: RemoteFile, part: Path, state: _State, emit: Progress) -> None:
        """Append from state.have on; the digest always covers exactly the bytes on disk."""
        have = state.have
        request = urllib.request.Request(remote.url, headers=self._headers({"Range": f"bytes={have}-"}))
        try:
            response = urllib.request.urlopen(request, timeout=self.stall_s)
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403, 404):
                raise self._http_error(exc.code, remote.repo_id, remote.filename) from None
            raise _Transient(f"HTTP {exc.code}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise _Transient(_reason(exc), stalled=isinstance(exc, socket.timeout)) from None
        if have and response.status != 206:
            raise _Transient("the server ignored the resume request")
        last_emit = 0.0
        with response, open(part, "ab") as out:
            while True:
                if self.cancelled:
                    return
                try:
                    chunk = response.read(CHUNK)
                except TimeoutError:
                    raise _Transient(f"no data for {self.stall_s:.0f} s", stalled=True) from None
                except OSError as exc:
                    raise _Transient(_reason(exc)) from None
                if not chunk:
                    break
                try:
                    out.write(chunk)
                    out.flush()
                except OSError as exc:
                    if exc.errno == errno.ENOSPC:
                        raise DownloadError("disk", "The disk is full; the partial file is kept and "
                                                    "the download resumes when space is free.") from None
                    raise
                state.digest.update(chunk)
                have = state.have = have + len(chunk)
                now = time.monotonic()
                if now - last_emit >= 0.25 or have == remote.size:
                    last_emit = now
                    elapsed = max(now - state.started, 1e-6)
                    speed = (have - state.resumed_from) / elapsed
                    emit({"event": "progress", "downloaded": have, "total": remote.size,
                          "speed": round(speed), "eta_s": round((remote.size - have) / speed, 1)
                          if speed > 0 else None})
        if have < remote.size:
            raise _Transient("the connection closed early")


@dataclass
class _State:
    have: int
    digest: Any
    resumed_from: int
    started: float


class _Transient(Exception):
    def __init__(self, message: str, stalled: bool = False):
        super().__init__(message)
        self.stalled = stalled


def _hash_file(path: Path) -> Any:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None)
    return str(reason or exc)
