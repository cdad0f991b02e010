"""The HTTP plumbing of model downloads: redirects Ponder follows, and sockets it can cut at once."""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

MAX_REDIRECTS = 5


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, to http(s) only, never from https to http.

    The token is an unredirected header: urllib drops it on every redirect, and
    it is put back only when the new address is the hub's own origin (the CDN
    the hub redirects to never sees it).
    """

    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def __init__(self, token: str | None, hub: Callable[[], str]):
        super().__init__()
        self.token, self._hub = token, hub

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Any, newurl: str) -> urllib.request.Request | None:
        new_scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if new_scheme not in ("http", "https"):
            raise Refused(f"the server redirected to a {new_scheme or 'relative'}: address, "
                          "which Ponder does not follow", scheme=new_scheme)
        if urllib.parse.urlsplit(req.full_url).scheme == "https" and new_scheme == "http":
            raise Refused("the server redirected from https to plain http, which Ponder does not follow",
                          scheme=new_scheme, downgrade=True)
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and self.token and origin(newurl) == origin(self._hub()):
            new.add_unredirected_header("Authorization", f"Bearer {self.token}")
        return new


class Refused(urllib.error.URLError):
    """A redirect Ponder will not follow: to an address that is not http(s) (`scheme`, "" for a
    relative one), or from https down to plain http (`downgrade`).

    The reason stays English (it is only for logs): the downloader tells the user in whole
    sentences of its own, from `scheme` and `downgrade`.
    """

    def __init__(self, reason: str, scheme: str = "", downgrade: bool = False):
        super().__init__(reason)
        self.scheme, self.downgrade = scheme, downgrade


class Sockets:
    """The sockets a downloader has open, so a deadline or a cancel can cut them at once.

    A socket timeout only bounds each single read: a server that drips a byte
    every few seconds would otherwise hold a request (and the download queue)
    forever while it sends headers or a JSON answer. Sockets are recorded when
    they connect (urllib drops the connection's own reference once the headers
    are in, while the response still reads from the socket).
    """

    def __init__(self) -> None:
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()

    def connection_class(self, base: type[http.client.HTTPConnection]) -> Callable[..., Any]:
        def make(*args: Any, **kwargs: Any) -> http.client.HTTPConnection:
            connection = base(*args, **kwargs)
            connect = connection.connect

            def connect_and_record() -> None:
                connect()
                with self._lock:
                    self._open = [s for s in self._open if s.fileno() != -1] + [connection.sock]

            connection.connect = connect_and_record  # type: ignore[method-assign]
            return connection

        return make

    def cut(self) -> None:
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed

    @contextlib.contextmanager
    def deadline(self, seconds: float) -> Iterator[threading.Event]:
        """Cut every connection if the block takes longer than seconds; the event says it happened."""
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            self.cut()

        timer = threading.Timer(seconds, expire)
        timer.daemon = True
        timer.start()
        try:
            yield expired
        finally:
            timer.cancel()


class HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, sockets: Sockets):
        super().__init__()
        self._sockets = sockets

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(self._sockets.connection_class(http.client.HTTPConnection), req)


class HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, sockets: Sockets):
        self._tls = ssl.create_default_context()  # certificates and host names verified
        super().__init__(context=self._tls)
        self._sockets = sockets

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(self._sockets.connection_class(http.client.HTTPSConnection), req,
                            context=self._tls)
