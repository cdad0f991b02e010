"""A real HTTP server on 127.0.0.1 that speaks the parts of the Hugging Face hub protocol Ponder uses.

`/{repo}/resolve/{revision}/{file}`: HEAD answers 302 with X-Linked-Etag
(SHA-256), X-Linked-Size and X-Repo-Commit; GET serves the bytes with Range
support. Switches make it misbehave: drop the connection after N bytes, stall,
corrupt a byte, demand a token, or answer an error status. Hostile switches
list names that escape the folder, lie about sizes, send more than they
declare, drip bytes, ask to retry later, and redirect elsewhere.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

from engine.downloads import Downloader

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class Switches:
    drop_after: int | None = None  # close the connection after sending this many bytes (once)
    stall_after: int | None = None  # stop sending after this many bytes, for stall_s (once)
    stall_s: float = 2.0
    corrupt: bool = False  # flip one byte of the served data
    status: int | None = None  # answer every request with this status
    token: str | None = None  # require "Authorization: Bearer <token>"
    served: list[tuple[int, int]] = field(default_factory=list)  # (offset, bytes sent) per GET
    auth_seen: list[str] = field(default_factory=list)
    # hostile
    tree_extra: list[dict] = field(default_factory=list)  # more entries for every tree listing
    search_extra: list[dict] = field(default_factory=list)  # more entries for every search
    size_header: str | None = None  # X-Linked-Size to declare instead of the real size
    extra_bytes: int = 0  # bytes sent beyond the file (and declared in Content-Length)
    drip_s: float | None = None  # send one byte every drip_s seconds
    busy: int = 0  # answer this many GETs with 503
    retry_after: str | None = None  # Retry-After header sent with those 503s
    redirect_to: str | None = None  # GET of a file: 302 to this base URL + the same path
    redirect_location: str | None = None  # GET of a file: 302 to exactly this address
    drip_answers_s: float | None = None  # API answers and HEAD headers: one byte every drip_answers_s


class HubServer:
    def __init__(self) -> None:
        self.files: dict[tuple[str, str], bytes] = {}
        self.switches = Switches()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_HEAD(self) -> None:  # noqa: N802
                server._handle(self, head=True)

            def do_GET(self) -> None:  # noqa: N802
                server._handle(self, head=False)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def add(self, repo: str, name: str, data: bytes) -> str:
        self.files[(repo, name)] = data
        return hashlib.sha256(data).hexdigest()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _api(self, h: BaseHTTPRequestHandler, path: str) -> None:
        import json
        from urllib.parse import parse_qs, urlparse

        if m := re.fullmatch(r"/api/models/(.+?/.+?)/tree/([^/]+)", path):
            body = [{"type": "file", "path": name, "size": len(data),
                     "lfs": {"oid": hashlib.sha256(data).hexdigest(), "size": len(data)}}
                    for (repo, name), data in self.files.items() if repo == m.group(1)]
            body += self.switches.tree_extra if body else []
            if not body:
                h.send_response(404)
                h.send_header("Content-Length", "0")
                h.end_headers()
                return
        elif path == "/api/models":
            text = parse_qs(urlparse(h.path).query).get("search", [""])[0].lower()
            body = [{"id": repo, "downloads": 10, "likes": 1}
                    for repo in sorted({r for r, _ in self.files}) if text in repo.lower()]
            body += self.switches.search_extra
        else:
            body = {"error": "unknown"}
        data = json.dumps(body).encode()
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        if self.switches.drip_answers_s is not None:
            self._drip(h, data, self.switches.drip_answers_s)
            return
        h.wfile.write(data)

    @staticmethod
    def _drip(h: BaseHTTPRequestHandler, data: bytes, every_s: float) -> None:
        try:
            for i in range(len(data)):
                h.wfile.write(data[i:i + 1])
                time.sleep(every_s)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass
        h.close_connection = True

    def _handle(self, h: BaseHTTPRequestHandler, head: bool) -> None:
        sw = self.switches
        sw.auth_seen.append(h.headers.get("Authorization", ""))
        if sw.status:
            h.send_response(sw.status)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if sw.token and h.headers.get("Authorization") != f"Bearer {sw.token}":
            h.send_response(401)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        path = h.path.split("?")[0]
        if path.startswith("/api/"):
            self._api(h, path)
            return
        match = re.fullmatch(r"/(.+?/.+?)/resolve/([^/]+)/(.+)", path)
        data = self.files.get((match.group(1), unquote(match.group(3)))) if match else None
        if data is None:
            h.send_response(404)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if head and sw.drip_answers_s is not None:  # headers that never end
            self._drip(h, b"HTTP/1.1 302 Found\r\n" + b"X-Pad: " + b"a" * 100_000, sw.drip_answers_s)
            return
        if head:
            h.send_response(302)
            h.send_header("Location", h.path)
            h.send_header("X-Linked-Etag", f'"{hashlib.sha256(data).hexdigest()}"')
            h.send_header("X-Linked-Size", str(len(data)) if sw.size_header is None else sw.size_header)
            h.send_header("X-Repo-Commit", COMMIT)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if sw.busy:
            sw.busy -= 1
            h.send_response(503)
            if sw.retry_after is not None:
                h.send_header("Retry-After", sw.retry_after)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if sw.redirect_to or sw.redirect_location:
            h.send_response(302)
            h.send_header("Location", sw.redirect_location or sw.redirect_to + h.path)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        start = 0
        rng = h.headers.get("Range")
        if rng and (m := re.fullmatch(r"bytes=(\d+)-", rng)):
            start = int(m.group(1))
        body = bytearray(data[start:]) + bytes(sw.extra_bytes)
        if sw.corrupt and body:
            body[len(body) // 2] ^= 0xFF
        h.send_response(206 if start else 200)
        if start:
            h.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        sent = 0
        limit = None
        if sw.drop_after is not None:
            limit, sw.drop_after = sw.drop_after, None
        stall = None
        if sw.stall_after is not None:
            stall, sw.stall_after = sw.stall_after, None
        try:
            while sent < len(body):
                step = 64 * 1024
                if limit is not None:
                    step = min(step, limit - sent)
                    if step <= 0:
                        break  # drop the connection mid-body
                if stall is not None and sent >= stall:
                    time.sleep(sw.stall_s)
                    break
                if sw.drip_s is not None:
                    step = 1
                    time.sleep(sw.drip_s)
                h.wfile.write(body[sent:sent + step])
                sent += step
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            sw.served.append((start, sent))
            h.close_connection = True


def fast(**kwargs: Any) -> Downloader:
    """A downloader that records its waits instead of sleeping (backoff is asserted, not waited for)."""
    waits: list[float] = []
    d = Downloader(stall_s=kwargs.pop("stall_s", 5.0), sleep=waits.append, **kwargs)
    d.waits = waits  # type: ignore[attr-defined]
    return d
