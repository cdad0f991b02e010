"""Model downloads you can trust: resumable, stall-proof, checksum-verified.

huggingface_hub builds the URLs and knows the endpoint (HF_ENDPOINT); the
transfer loop is ours, because huggingface_hub >= 1.18 no longer resumes an
interrupted download. Bytes go to `<name>.part` and continue with an HTTP
Range request after a dropped connection, a stall or a restart of the app.
The whole file's SHA-256 must equal the hub's LFS checksum before the
`.part` becomes the model; a mismatch deletes it.
"""

from __future__ import annotations

import email.utils
import errno
import hashlib
import http.client
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
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, TypedDict

from huggingface_hub import constants, hf_hub_url

from .hub_http import (
    MAX_REDIRECTS,
    HTTPHandler,
    HTTPSHandler,
    NoRedirect,
    Redirects,
    Refused,
    Sockets,
    origin,
)
from .messages import Text, translate
from .safe_paths import UnsafeName, check_repo_id, check_revision, inside, relative_name

CHUNK = 1 << 20
STALL_S = 30.0  # no bytes for this long is a stall
MIN_RATE = 1024  # bytes/s: a transfer slower than this over STALL_S is a stall too
MAX_SIZE = 1 << 41  # 2 TiB: a declared size above this is a broken or hostile server
MAX_JSON = 32 << 20  # bytes of a hub API answer
RETRIES = 10
BACKOFF = (2.0, 60.0)
DISK_MARGIN = 0.05

Progress = Callable[["DownloadEvent"], None]
_SPLIT = re.compile(r"-\d{5}-of-\d{5}(?=\.gguf$)")


def pick_file(files: list[tuple[str, int]], quant: str) -> str:
    """The file of a repository listing that carries this quantization (e.g. Q4_K_M)."""
    wanted = quant.upper()
    matches = [name for name, _ in files if wanted in name.upper().replace("-", "_")]
    if not matches:
        offered = ", ".join(name for name, _ in files) or "none"
        raise DownloadError("not_found", f"No {quant} file in this repository (files: {offered}).")
    return min(matches, key=len)


class ErrorKind(StrEnum):
    """Why a download or a hub request failed."""

    AUTH = "auth"  # a token (or an accepted licence) is needed
    NOT_FOUND = "not_found"
    OFFLINE = "offline"  # the offline setting is on: no request was made
    NETWORK = "network"  # the hub could not be reached or the transfer kept failing
    DISK = "disk"
    CHECKSUM = "checksum"
    CANCELLED = "cancelled"
    SERVER = "server"  # the hub answered, but not with something usable
    INVALID = "invalid"  # refused before any request (an unsafe name, a bad HF_ENDPOINT)
    INTERNAL = "internal"  # a bug of ours


class DownloadError(Exception):
    """A download that cannot go on; `kind` says why, the message says what to do.

    offline: there is no way to the hub right now (the offline setting, or no network:
    the name does not resolve, the connection is refused or unreachable, or times out).
    """

    def __init__(self, kind: str, message: str, *, offline: bool = False):
        super().__init__(message)
        self.kind = ErrorKind(kind)
        self.offline = offline or self.kind is ErrorKind.OFFLINE


class ProgressEvent(TypedDict):
    event: Literal["progress"]
    downloaded: int
    total: int
    speed: int  # bytes per second
    eta_s: float | None


class RetryEvent(TypedDict):
    """The transfer stalled or failed and is tried again after retry_in seconds."""

    event: Literal["stalled", "retrying"]
    retry_in: float
    attempt: int
    message: str


class VerifiedEvent(TypedDict):
    event: Literal["done"]
    path: str
    sha256: str


DownloadEvent = ProgressEvent | RetryEvent | VerifiedEvent


def _checked(check: Callable[[Any], Any], value: Any) -> Any:
    try:
        return check(value)
    except UnsafeName as exc:
        raise DownloadError("invalid", exc.refused) from None


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
    """The hub's base URL (HF_ENDPOINT or huggingface.co); a clear error if it is not http(s)."""
    url = os.environ.get("HF_ENDPOINT", "").strip() or constants.ENDPOINT
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DownloadError("invalid", Text(translate("Engine", "HF_ENDPOINT {url} is not an http(s) address."),
                                            url=repr(url)))
    return url.rstrip("/")


class Downloader:
    """One download at a time; safe to call from a worker thread."""

    def __init__(self, token: str | None = None, offline: bool = False, stall_s: float = STALL_S,
                 retries: int = RETRIES, backoff: tuple[float, float] = BACKOFF,
                 sleep: Callable[[float], None] = time.sleep):
        self.token, self.offline = token, offline
        self.stall_s, self.retries, self.backoff, self._sleep = stall_s, retries, backoff, sleep
        self.min_rate = MIN_RATE
        self.cancelled = False
        self._trees: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._sockets = Sockets()
        handlers = (HTTPHandler(self._sockets), HTTPSHandler(self._sockets))
        self._opener = urllib.request.build_opener(Redirects(token, endpoint), *handlers)
        self._head_opener = urllib.request.build_opener(NoRedirect, *handlers)

    def cancel(self) -> None:
        """Stop now, from any thread: a transfer or a request waiting for an answer ends at once."""
        self.cancelled = True
        self._sockets.cut()

    def _deadline_error(self, filename: str | None = None) -> DownloadError:
        """No answer in time: about `filename`'s headers, or (None) to an API request."""
        if self.cancelled:
            return _cancelled()
        if filename is not None:
            return DownloadError("network", Text(translate(
                "Engine", "{hub} did not answer about {file} within {seconds:.0f} s; try again later."),
                hub=endpoint(), file=filename, seconds=self._answer_s))
        return DownloadError("network", Text(translate(
            "Engine", "{hub} did not answer the request within {seconds:.0f} s; try again later."),
            hub=endpoint(), seconds=self._answer_s))

    @property
    def _answer_s(self) -> float:
        """The most a request may take to answer (headers, or a whole API answer)."""
        return 2 * self.stall_s

    def _request(self, url: str, method: str = "GET", extra: dict[str, str] | None = None
                 ) -> urllib.request.Request:
        """A request to the hub; the token goes only to the hub's own origin."""
        request = urllib.request.Request(url, method=method, headers={"User-Agent": "ponder/0.1",
                                                                      **(extra or {})})
        if self.token and origin(url) == origin(endpoint()):
            request.add_unredirected_header("Authorization", f"Bearer {self.token}")
        return request

    def _check_online(self) -> None:
        if self.offline:
            raise DownloadError("offline", Text(translate(
                "Engine", "Offline mode is on: Ponder makes no network calls.")))

    # -- metadata -------------------------------------------------------------
    def resolve(self, repo_id: str, filename: str, revision: str = "main") -> RemoteFile:
        """Size, checksum and commit of a file, from the hub's resolve headers."""
        self._check_online()
        _checked(check_repo_id, repo_id)
        _checked(relative_name, filename)
        _checked(check_revision, revision)
        url = hf_hub_url(repo_id, filename, revision=revision, endpoint=endpoint())
        request = self._request(url, method="HEAD")
        with self._sockets.deadline(self._answer_s) as expired:
            try:
                response = self._head_opener.open(request, timeout=self.stall_s)
                headers = response.headers
                response.close()
            except urllib.error.HTTPError as exc:
                if exc.code in (301, 302, 303, 307, 308):
                    headers = exc.headers
                else:
                    raise self._http_error(exc.code, repo_id, filename, exc.headers) from None
            except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                if expired.is_set() or self.cancelled:
                    raise self._deadline_error(filename) from None
                raise _unreachable(exc) from None
            if expired.is_set() or self.cancelled:
                raise self._deadline_error(filename)
        etag = (headers.get("X-Linked-Etag") or headers.get("ETag") or "").strip('"').removeprefix("W/")
        size = _declared_size(headers.get("X-Linked-Size") or headers.get("Content-Length"), filename)
        if not re.fullmatch(r"[0-9a-fA-F]{64}", etag):
            raise DownloadError("server", Text(translate(
                "Engine", "{file} has no SHA-256 checksum on the hub, so it cannot be verified; "
                          "Ponder does not use unverified models."), file=filename))
        return RemoteFile(repo_id, filename, revision, url, size, etag.lower(),
                          headers.get("X-Repo-Commit", "")[:64])

    def _http_error(self, code: int, repo_id: str, filename: str | None, headers: Any = None) -> DownloadError:
        """The hub's error status for `filename` (None: for the repository's file list), in words."""
        if code in (401, 403):
            return DownloadError("auth", Text(translate(
                "Engine", "{repo} needs a Hugging Face token with access, and its licence may have to be "
                          "accepted first at {page}."), repo=repo_id, page=f"{endpoint()}/{repo_id}"))
        if code == 404:
            if filename is None:
                return DownloadError("not_found", Text(translate(
                    "Engine", "the file list was not found in {repo}."), repo=repo_id))
            return _not_found(filename, repo_id)
        wait = _retry_after(headers)
        if code in (429, 503):
            if wait:
                return DownloadError("server", Text(translate(
                    "Engine", "The hub is busy (HTTP {code}); try again in {seconds:.0f} s."), code=code, seconds=wait))
            return DownloadError("server", Text(translate(
                "Engine", "The hub is busy (HTTP {code}); try again later."), code=code))
        if filename is None:
            return DownloadError("server", Text(translate(
                "Engine", "The hub answered HTTP {code} for the file list."), code=code))
        return DownloadError("server", Text(translate(
            "Engine", "The hub answered HTTP {code} for {file}."), code=code, file=filename))

    def _get_json(self, path: str, repo_id: str = "") -> Any:
        self._check_online()
        request = self._request(endpoint() + path)
        with self._sockets.deadline(self._answer_s) as expired:
            try:
                with self._opener.open(request, timeout=self.stall_s) as response:
                    body = response.read(MAX_JSON + 1)
            except urllib.error.HTTPError as exc:
                raise self._http_error(exc.code, repo_id, None, exc.headers) from None
            except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
                if expired.is_set() or self.cancelled:
                    raise self._deadline_error() from None
                raise _unreachable(exc) from None
            if expired.is_set() or self.cancelled:  # cut mid-answer: what arrived is not the answer
                raise self._deadline_error()
        if len(body) > MAX_JSON:
            raise DownloadError("server", Text(translate(
                "Engine", "The hub's answer was larger than {mib} MiB; it was not read."), mib=MAX_JSON >> 20))
        try:
            return json.loads(body)
        except ValueError:
            raise DownloadError("server", Text(translate(
                "Engine", "The hub sent an answer that is not valid JSON."))) from None

    def _tree(self, repo_id: str, revision: str) -> list[dict[str, Any]]:
        """The repository's files, fetched once per downloader; names that could escape are left out."""
        _checked(check_repo_id, repo_id)
        _checked(check_revision, revision)
        key = (repo_id, revision)
        if key not in self._trees:
            tree = self._get_json(f"/api/models/{repo_id}/tree/{urllib.parse.quote(revision, safe='')}"
                                  "?recursive=true", repo_id)
            if not isinstance(tree, list):
                raise DownloadError("server", Text(translate(
                    "Engine", "The hub sent an unreadable file list for {repo}."), repo=repo_id))
            self._trees[key] = [entry for entry in tree if _usable_entry(entry)]
        return self._trees[key]

    def list_gguf(self, repo_id: str, revision: str = "main") -> list[tuple[str, int]]:
        """The repository's .gguf files with sizes (split parts listed once, summed)."""
        tree = self._tree(repo_id, revision)
        sizes: dict[str, int] = {}
        for entry in tree:
            path = entry["path"]
            if not path.endswith(".gguf"):
                continue
            key = _SPLIT.sub("", path)
            sizes[key] = sizes.get(key, 0) + _entry_size(entry)
        return sorted(sizes.items())

    def parts_of(self, repo_id: str, name: str, revision: str = "main") -> list[str]:
        """The real file names behind a listed model: itself, or all parts of a split GGUF."""
        _checked(relative_name, name)
        tree = self._tree(repo_id, revision)
        paths = sorted(e["path"] for e in tree)
        if name in paths:
            return [name]
        parts = [p for p in paths if _SPLIT.sub("", p) == name]
        if not parts:
            raise _not_found(name, repo_id)
        return parts

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """GGUF repositories matching text; entries with invalid repository ids are left out."""
        query = urllib.parse.urlencode({"search": text, "filter": "gguf", "limit": limit})
        found = self._get_json(f"/api/models?{query}")
        hits = []
        for m in found if isinstance(found, list) else []:
            repo = (m.get("id") or m.get("modelId")) if isinstance(m, dict) else None
            try:
                check_repo_id(repo)
            except UnsafeName:
                continue
            hits.append({"repo_id": repo, "downloads": _count(m.get("downloads")),
                         "likes": _count(m.get("likes"))})
        return hits

    # -- transfer ---------------------------------------------------------------
    def download(self, remote: RemoteFile, folder: Path, progress: Progress | None = None) -> Path:
        """Fetch into folder/filename, resuming any .part there; returns the verified file.

        The file name must stay inside folder (UnsafeName becomes a DownloadError).
        """
        self._check_online()
        target = _checked(lambda name: inside(folder, name), remote.filename)
        if remote.size <= 0:
            raise DownloadError("server", Text(translate(
                "Engine", "{file} is empty on the hub; it is not a model."), file=remote.filename))
        part = target.with_name(target.name + ".part")
        try:
            return self._download(remote, target, part, progress)
        except OSError as exc:  # the models folder itself: permissions, a folder where a file goes, …
            raise _cannot_write(exc.filename or part, exc) from None

    def _download(self, remote: RemoteFile, target: Path, part: Path, progress: Progress | None) -> Path:
        folder = target.parent
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
                raise _cancelled()
            try:
                self._fetch(remote, part, state, emit)
                failures = 0
            except _Transient as exc:
                failures += 1
                if failures > self.retries:
                    raise DownloadError("network", Text(_KEPT_FAILING[exc.why], **exc.fields),
                                        offline=exc.offline) from None
                wait = min(self.backoff[0] * 2 ** (failures - 1), self.backoff[1])
                if exc.retry_after is not None:  # the server said when; within the backoff cap
                    wait = min(max(exc.retry_after, 0.0), self.backoff[1])
                emit({"event": "stalled" if exc.stalled else "retrying", "retry_in": wait,
                      "attempt": failures, "message": Text(_RETRYING[exc.why], wait=wait, **exc.fields)})
                self._sleep(wait)
        digest = state.digest
        if digest.hexdigest() != remote.sha256:
            part.unlink(missing_ok=True)
            raise DownloadError("checksum", Text(translate(
                "Engine", "{file} failed verification (SHA-256 mismatch); the download was deleted. Try again."),
                file=remote.filename))
        try:
            os.replace(part, target)
        except OSError as exc:
            raise DownloadError("disk", Text(translate(
                "Engine", "Cannot move the verified download to {target}: {reason}; the verified file is kept "
                          "as {part}."), target=str(target), reason=str(exc.strerror or exc), part=str(part))) from None
        emit({"event": "done", "path": str(target), "sha256": remote.sha256})
        return target

    def _check_space(self, folder: Path, remaining: int) -> None:
        try:
            free = shutil.disk_usage(folder).free
        except OSError as exc:
            raise DownloadError("disk", Text(translate(
                "Engine", "Cannot check the free space in {folder}: {reason}."),
                folder=str(folder), reason=str(exc))) from None
        need = int(remaining * (1 + DISK_MARGIN))
        if free < need:
            raise DownloadError("disk", Text(translate(
                "Engine", "Not enough disk space: {need:.2f} GiB needed, {free:.2f} GiB free in {folder}."),
                need=need / 2**30, free=free / 2**30, folder=str(folder)))

    def _fetch(self, remote: RemoteFile, part: Path, state: _State, emit: Progress) -> None:
        """Append from state.have up to the declared size; the digest covers exactly the bytes on disk.

        Never writes past remote.size, whatever the server sends. A transfer
        slower than min_rate bytes/s over stall_s seconds counts as a stall.
        """
        have = state.have
        request = self._request(remote.url, extra={"Range": f"bytes={have}-"})
        try:
            with self._sockets.deadline(self._answer_s) as expired:
                try:
                    response = self._opener.open(request, timeout=self.stall_s)
                except (urllib.error.URLError, OSError, http.client.HTTPException):
                    if expired.is_set() and not self.cancelled:
                        raise _Transient("no_answer", stalled=True, seconds=self._answer_s) from None
                    raise
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403, 404):
                raise self._http_error(exc.code, remote.repo_id, remote.filename) from None
            if 300 <= exc.code < 400:
                raise DownloadError("server", Text(translate(
                    "Engine", "{file}: Ponder does not follow the server's redirects (a loop, more than "
                              "{max}, or not to an http(s) address)."),
                    file=remote.filename, max=MAX_REDIRECTS)) from None
            raise _Transient("http", retry_after=_retry_after(exc.headers), code=exc.code) from None
        except Refused as exc:
            raise DownloadError("server", _refused_redirect(exc, remote.filename)) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            if self.cancelled:
                return
            why = _no_way_to(exc)
            if why is None:
                raise _Transient("other", stalled=isinstance(exc, socket.timeout), reason=_reason(exc)) from None
            raise _Transient(why, stalled=isinstance(exc, socket.timeout), offline=True) from None
        with response:
            if have and (response.status != 206 or _range_start(response.headers) != have):
                raise _Transient("wrong_resume")
            self._copy(response, part, state, emit, remote)

    def _copy(self, response: Any, part: Path, state: _State, emit: Progress, remote: RemoteFile) -> None:
        have = state.have
        last_emit = 0.0
        window_start, window_bytes = time.monotonic(), 0
        with open(part, "ab") as out:
            while have < remote.size:
                if self.cancelled:
                    return
                try:
                    chunk = response.read1(min(CHUNK, remote.size - have))
                except TimeoutError:
                    raise _Transient("no_data", stalled=True, seconds=self.stall_s) from None
                except (OSError, http.client.HTTPException) as exc:
                    if self.cancelled:
                        return
                    raise _Transient("other", reason=_reason(exc)) from None
                if not chunk:
                    break
                try:
                    out.write(chunk)
                    out.flush()
                except OSError as exc:
                    if exc.errno == errno.ENOSPC:
                        raise DownloadError("disk", Text(translate(
                            "Engine", "The disk is full; the partial file is kept and the download resumes "
                                      "when space is free."))) from None
                    raise _cannot_write(part, exc) from None
                state.digest.update(chunk)
                have = state.have = have + len(chunk)
                now = time.monotonic()
                window_bytes += len(chunk)
                if now - window_start >= self.stall_s:
                    if window_bytes < self.min_rate * (now - window_start):
                        raise _Transient("slow", stalled=True, rate=self.min_rate / 1024,
                                         seconds=now - window_start)
                    window_start, window_bytes = now, 0
                if now - last_emit >= 0.25 or have == remote.size:
                    last_emit = now
                    elapsed = max(now - state.started, 1e-6)
                    speed = (have - state.resumed_from) / elapsed
                    emit({"event": "progress", "downloaded": have, "total": remote.size,
                          "speed": round(speed), "eta_s": round((remote.size - have) / speed, 1)
                          if speed > 0 else None})
        if have < remote.size:
            raise _Transient("closed_early")


@dataclass
class _State:
    have: int
    digest: Any
    resumed_from: int
    started: float


class _Transient(Exception):
    """A failure the transfer tries again after: `why` is a key of _RETRYING and _KEPT_FAILING,
    `fields` fill in their sentences."""

    def __init__(self, why: str, stalled: bool = False, retry_after: float | None = None,
                 offline: bool = False, **fields: Any):
        super().__init__(why)
        self.why, self.fields = why, fields
        self.stalled, self.retry_after, self.offline = stalled, retry_after, offline


# Why a transfer is tried again (_Transient.why), in the two sentences that tell it: while Ponder
# waits to try again (with {wait}), and when it gives up. Whole sentences, each translated as one.
_RETRYING = {
    "no_answer": translate("Engine", "no answer within {seconds:.0f} s; retrying in {wait:.0f} s"),
    "no_data": translate("Engine", "no data for {seconds:.0f} s; retrying in {wait:.0f} s"),
    "slow": translate("Engine", "slower than {rate:.0f} KiB/s for {seconds:.0f} s; retrying in {wait:.0f} s"),
    "http": translate("Engine", "HTTP {code}; retrying in {wait:.0f} s"),
    "wrong_resume": translate("Engine", "the server did not resume at the right place; retrying in {wait:.0f} s"),
    "closed_early": translate("Engine", "the connection closed early; retrying in {wait:.0f} s"),
    "name": translate("Engine", "its name could not be looked up; retrying in {wait:.0f} s"),
    "refused": translate("Engine", "the connection was refused; retrying in {wait:.0f} s"),
    "silent": translate("Engine", "it did not answer; retrying in {wait:.0f} s"),
    "no_route": translate("Engine", "the network is unreachable; retrying in {wait:.0f} s"),
    "other": translate("Engine", "{reason}; retrying in {wait:.0f} s"),  # the system's own words
}
_KEPT_FAILING = {
    "no_answer": translate("Engine", "The download kept failing (no answer within {seconds:.0f} s); the "
                                     "partial file is kept and will resume next time."),
    "no_data": translate("Engine", "The download kept failing (no data for {seconds:.0f} s); the partial "
                                   "file is kept and will resume next time."),
    "slow": translate("Engine", "The download kept failing (slower than {rate:.0f} KiB/s for {seconds:.0f} s); "
                                "the partial file is kept and will resume next time."),
    "http": translate("Engine", "The download kept failing (HTTP {code}); the partial file is kept and will "
                                "resume next time."),
    "wrong_resume": translate("Engine", "The download kept failing (the server did not resume at the right "
                                        "place); the partial file is kept and will resume next time."),
    "closed_early": translate("Engine", "The download kept failing (the connection closed early); the partial "
                                        "file is kept and will resume next time."),
    "name": translate("Engine", "The download kept failing (its name could not be looked up); the partial "
                                "file is kept and will resume next time."),
    "refused": translate("Engine", "The download kept failing (the connection was refused); the partial file "
                                   "is kept and will resume next time."),
    "silent": translate("Engine", "The download kept failing (it did not answer); the partial file is kept "
                                  "and will resume next time."),
    "no_route": translate("Engine", "The download kept failing (the network is unreachable); the partial file "
                                    "is kept and will resume next time."),
    "other": translate("Engine", "The download kept failing ({reason}); the partial file is kept and will "
                                 "resume next time."),
}
# No way to the hub at all (_no_way_to), when a request fails before the hub answered.
_CANNOT_REACH = {
    "name": translate("Engine", "Cannot reach {hub}: its name could not be looked up. Check the internet "
                                "connection; models on this computer still work."),
    "refused": translate("Engine", "Cannot reach {hub}: the connection was refused. Check the internet "
                                   "connection; models on this computer still work."),
    "silent": translate("Engine", "Cannot reach {hub}: it did not answer. Check the internet connection; "
                                  "models on this computer still work."),
    "no_route": translate("Engine", "Cannot reach {hub}: the network is unreachable. Check the internet "
                                    "connection; models on this computer still work."),
}


def _cancelled() -> DownloadError:
    return DownloadError("cancelled", Text(translate(
        "Engine", "The download was cancelled; the partial file is kept.")))


def _not_found(filename: str, repo_id: str) -> DownloadError:
    return DownloadError("not_found", Text(translate(
        "Engine", "{file} was not found in {repo}."), file=filename, repo=repo_id))


def _cannot_write(path: str | Path, exc: OSError) -> DownloadError:
    return DownloadError("disk", Text(translate(
        "Engine", "Cannot write {path}: {reason}."), path=str(path), reason=str(exc.strerror or exc)))


def _refused_redirect(exc: Refused, filename: str) -> Text:
    """A redirect Ponder does not follow, while `filename` was being fetched."""
    if exc.downgrade:
        return Text(translate("Engine", "{file}: the server redirected from https to plain http, which Ponder "
                                        "does not follow."), file=filename)
    if exc.scheme:
        return Text(translate("Engine", "{file}: the server redirected to a {scheme}: address, which Ponder "
                                        "does not follow."), file=filename, scheme=exc.scheme)
    return Text(translate("Engine", "{file}: the server redirected to a relative: address, which Ponder "
                                    "does not follow."), file=filename)


def _declared_size(value: str | None, filename: str) -> int:
    text = (value or "").strip()
    if not text.isascii() or not text.isdigit() or not 0 <= int(text) <= MAX_SIZE:
        raise DownloadError("server", Text(translate(
            "Engine", "The hub declared no valid size for {file} ({value}); it cannot be downloaded safely."),
            file=filename, value=repr((value or 'none')[:40])))
    return int(text)


def _range_start(headers: Any) -> int | None:
    match = re.fullmatch(r"bytes (\d+)-\d+/(\d+|\*)", (headers.get("Content-Range") or "").strip())
    return int(match.group(1)) if match else None


def _retry_after(headers: Any) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); None if absent or bad."""
    value = (headers.get("Retry-After") if headers is not None else None) or ""
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(min(int(value), 86400))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time()) if when.tzinfo else None


def _usable_entry(entry: Any) -> bool:
    """A tree entry that is a file with a safe relative name (others are left out of listings)."""
    if not isinstance(entry, dict) or entry.get("type") != "file":
        return False
    try:
        relative_name(entry.get("path"))
    except UnsafeName:
        return False
    return True


def _entry_size(entry: dict[str, Any]) -> int:
    lfs = entry.get("lfs")
    return _count((lfs.get("size") if isinstance(lfs, dict) else None) or entry.get("size"))


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _hash_file(path: Path) -> Any:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None)
    return str(reason or exc)


_NO_ROUTE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN}


def _no_way_to(exc: BaseException) -> str | None:
    """Why there is no way to the server at all, as a key of _CANNOT_REACH (None: a failure of another kind).

    A name that does not resolve, a refused or unreachable connection and a connection that
    times out all mean the same to the user: no internet (or no hub) right now.
    """
    reason = getattr(exc, "reason", None)
    cause = reason if isinstance(reason, BaseException) else exc
    if isinstance(cause, socket.gaierror):
        return "name"  # its name could not be looked up
    if isinstance(cause, ConnectionRefusedError):
        return "refused"
    if isinstance(cause, TimeoutError):
        return "silent"  # it did not answer
    if isinstance(cause, OSError) and cause.errno in _NO_ROUTE:
        return "no_route"  # the network is unreachable
    return None


def _unreachable(exc: BaseException) -> DownloadError:
    """The error for a request that failed before the hub answered."""
    if isinstance(exc, Refused):  # a redirect of an API request
        if exc.downgrade:
            message = Text(translate("Engine", "Cannot reach {hub}: the server redirected from https to plain "
                                               "http, which Ponder does not follow"), hub=endpoint())
        elif exc.scheme:
            message = Text(translate("Engine", "Cannot reach {hub}: the server redirected to a {scheme}: "
                                               "address, which Ponder does not follow"),
                           hub=endpoint(), scheme=exc.scheme)
        else:
            message = Text(translate("Engine", "Cannot reach {hub}: the server redirected to a relative: "
                                               "address, which Ponder does not follow"), hub=endpoint())
        return DownloadError("network", message)
    why = _no_way_to(exc)
    if why is None:
        return DownloadError("network", Text(translate("Engine", "Cannot reach {hub}: {reason}"),
                                             hub=endpoint(), reason=_reason(exc)))
    return DownloadError("network", Text(_CANNOT_REACH[why], hub=endpoint()), offline=True)
