"""The uvicorn that serves Ponder's API: the socket is bound here (so a port in use is said plainly),
then served in the foreground (`ponder serve`) or on a background thread (the window's switch).

Connections are not capped (uvicorn's cap counts idle ones, so silent sockets
would lock every client out); the generations waiting are (OpenAIApi, 429), and
a connection that has not sent a whole request's headers within
HEADER_TIMEOUT_S is closed. When the server stops, every request in flight is
told so before the connections close.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from engine.messages import Text, translate
from engine.openai_wire import ReasoningOutput

from .server import (
    ABORT_CONNECTION,
    MAX_BODY_BYTES,
    MAX_WAITING,
    SEND_TIMEOUT_S,
    OpenAIApi,
    build_app,
)
from .server_lane import EngineLane
from .server_security import KeyThrottle, allowed_hosts, bracketed, is_loopback, is_wildcard
from .settings import DEFAULT_SERVER_PORT

LOOPBACK = "127.0.0.1"
EVERY_INTERFACE = "0.0.0.0"
BACKLOG = 128
HEADER_TIMEOUT_S = 10.0  # a connection that has not sent a whole request's headers by then is closed
LAN_WARNING = ("The server is open to other computers on your network. Anyone there who has the key can "
               "use your model, and the traffic is not encrypted: do this only on a network you trust.")


class ServerError(RuntimeError):
    """The server cannot start (the message says why, for the user)."""


@dataclass(frozen=True)
class ServerOptions:
    host: str = LOOPBACK
    port: int = DEFAULT_SERVER_PORT
    lan: bool = False  # the explicit switch that allows an address other computers reach
    origins: tuple[str, ...] = ()  # web pages (scheme://host:port) allowed to call the API; none by default
    reasoning_output: ReasoningOutput = ReasoningOutput.BOTH
    max_body_bytes: int = MAX_BODY_BYTES
    max_waiting: int = MAX_WAITING
    header_timeout_s: float = HEADER_TIMEOUT_S
    send_timeout_s: float = SEND_TIMEOUT_S  # a stream whose client reads nothing this long is ended


def bind_address(options: ServerOptions) -> str:
    """Where to listen: loopback unless LAN is switched on (then every interface, unless an address
    is named); an address other computers reach without the LAN switch is refused."""
    host = options.host.strip() or LOOPBACK
    if options.lan:
        return EVERY_INTERFACE if is_loopback(host) else host
    if not is_loopback(host):
        raise ServerError(Text(translate("Engine", "{host} is reachable from other computers. Ponder listens on "
                                                   "this computer only (127.0.0.1) unless you switch on LAN access "
                                                   "on purpose (--lan)."), host=host))
    return host


def _protocol(header_timeout_s: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol, closing connections that are slow to send their request's headers (at
    the start, or between keep-alive requests), and letting a response close its connection at once."""

    class HeaderTimedProtocol(H11Protocol):
        _header_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # as uvicorn's
            super().connection_made(transport)
            self._wait_for_headers()

        def connection_lost(self, exc: Exception | None) -> None:
            self._headers_came()
            super().connection_lost(exc)

        def handle_events(self) -> None:
            super().handle_events()
            if self.conn.their_state is not h11.IDLE:  # a request's headers have come whole
                self._headers_came()
                if self.scope is not None:  # its response may close the connection (a client not reading)
                    extensions = self.scope.setdefault("extensions", {})
                    extensions[ABORT_CONNECTION] = {"abort": self.transport.abort}

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._wait_for_headers()  # the next request's

        def _wait_for_headers(self) -> None:
            self._headers_came()
            self._header_timer = self.loop.call_later(header_timeout_s, self._headers_late)

        def _headers_came(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _headers_late(self) -> None:
            self._header_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()

    return HeaderTimedProtocol


class _Uvicorn(uvicorn.Server):
    """uvicorn, telling every request in flight that the server stops before its connection closes."""

    def __init__(self, config: uvicorn.Config, api: OpenAIApi):
        super().__init__(config)
        self.api = api

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.api.shutdown()  # streams end with an error event and [DONE], waiting requests with 503
        await super().shutdown(sockets)


class LocalServer:
    """One API server on one socket; `run` blocks (Ctrl-C ends it), `start`/`stop` use a thread."""

    def __init__(self, lane: EngineLane, options: ServerOptions, key: str, throttle: KeyThrottle | None = None):
        self.options = options
        self.host = bind_address(options)
        self.api = OpenAIApi(lane, options.reasoning_output, options.max_waiting, options.send_timeout_s)
        self._key = key
        self._throttle = throttle
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = options.port

    @property
    def url(self) -> str:
        """The address to use on this computer (http://127.0.0.1:PORT when every interface listens)."""
        host = LOOPBACK if is_wildcard(self.host) else self.host
        return f"http://{bracketed(host)}:{self.port}"

    @property
    def exposed(self) -> bool:
        return not is_loopback(self.host)

    def bind(self) -> None:
        """Take the port now (ServerError if it cannot be had)."""
        if self._socket is not None:
            return
        try:
            family, kind, proto, _, address = socket.getaddrinfo(
                self.host, self.options.port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        except socket.gaierror as exc:
            raise ServerError(Text(translate("Engine", "{host} is not an address of this computer ({error})."),
                                   host=self.host, error=str(exc.strerror))) from None
        sock = socket.socket(family, kind, proto)
        try:
            if os.name != "nt":  # a port left in TIME_WAIT by a previous run can be taken again
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(BACKLOG)  # the port is ours from now on
        except OSError as exc:
            sock.close()
            if exc.errno == errno.EADDRINUSE:
                raise ServerError(Text(translate("Engine", "Port {port} is in use by another program; choose "
                                                           "another port."), port=str(self.options.port))) from None
            if exc.errno in (errno.EACCES, errno.EPERM):
                raise ServerError(Text(translate("Engine", "Port {port} needs special rights; choose one above "
                                                           "1023."), port=str(self.options.port))) from None
            raise ServerError(Text(translate("Engine", "Cannot listen on {host} port {port}: {error}."),
                                   host=self.host, port=str(self.options.port),
                                   error=str(exc.strerror or exc))) from None
        sock.setblocking(False)
        self._socket, self.port = sock, sock.getsockname()[1]

    def _uvicorn(self) -> uvicorn.Server:
        self.bind()
        # uvicorn's own access log quotes the query string; ours (AccessLog) says only what is safe.
        # access_log=False below is not enough: uvicorn logs whenever its logger has a handler, and
        # logging setups (pytest's capture, for one) add handlers to non-propagating loggers.
        logging.getLogger("uvicorn.access").disabled = True
        app = build_app(self.api, key=self._key, hosts=allowed_hosts(self.host), port=self.port,
                        origins=self.options.origins, max_body_bytes=self.options.max_body_bytes,
                        throttle=self._throttle)
        http: Any = _protocol(self.options.header_timeout_s)
        config = uvicorn.Config(
            app, log_config=None, access_log=False,  # our AccessLog: method, path, status, duration
            proxy_headers=False,  # no proxy in front: the client's address is the connection's
            server_header=False, lifespan="off", ws="none", http=http, timeout_graceful_shutdown=3)
        return _Uvicorn(config, self.api)

    def run(self) -> None:
        """Serve in this (main) thread until Ctrl-C or SIGTERM."""
        server = self._server = self._uvicorn()
        assert self._socket is not None
        try:
            server.run(sockets=[self._socket])
        finally:
            self.api.shutdown()
            self.close()

    def start(self, timeout: float = 10.0) -> None:
        """Serve on a background thread; returns once it accepts connections (ServerError if not)."""
        server = self._server = self._uvicorn()
        sock = self._socket
        assert sock is not None
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                        name="ponder-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise ServerError(Text(translate("Engine", "The server did not start.")))
            time.sleep(0.01)

    def stop(self, timeout: float = 5.0) -> None:
        """End every request in flight, then the server (its thread is joined)."""
        self.api.shutdown()
        server, thread = self._server, self._thread
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(timeout)
        self._thread = None
        self.close()

    def close(self) -> None:
        """Free the port (the server has stopped, or never ran)."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None
