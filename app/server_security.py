"""The local server's guards and its key.

Every HTTP request passes these ASGI layers, outermost first:

1. AccessLog: method, path, status and duration, nothing else (never a body, a
   header or the query string; a path that is not one of the API's is quoted,
   without any user:password@);
2. ErrorBarrier: an unexpected exception is logged as its type and place only
   (its message could quote the request) and answered 500 with an OpenAI error
   body; a client that left is not an error;
3. HostGuard: the Host header must name this computer as the server knows it
   (localhost, 127.0.0.1, [::1], the bound address), else 403 — against DNS
   rebinding, before anything else looks at the request;
4. OriginGuard: a request carrying an Origin that is not allowed gets 403 and no
   CORS headers, a preflight from it no Access-Control-Allow-*; an allowed origin
   (none by default) is echoed, never `*`, and credentials are never allowed;
5. KeyGuard: `Authorization: Bearer <key>`, compared in constant time, else 401;
   an address that keeps sending wrong keys is slowed down, then refused (429);
6. BodyLimit: a body over the limit gets 413 (read and thrown away up to a point,
   so the client sees the answer rather than a broken pipe).
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import logging
import math
import os
import re
import secrets
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from starlette.requests import ClientDisconnect
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from engine.messages import Text, translate
from engine.openai_wire import error_body
from engine.secrets import SERVER_API_KEY, SecretStore

from .server_lane import where

log = logging.getLogger(__name__)
access_log = logging.getLogger("ponder.server.access")

KEY_ENV = "PONDER_API_KEY"
MIN_KEY_LENGTH = 16  # a key the user chooses, for a server on this computer only
MIN_LAN_KEY_LENGTH = 32  # ... for one other computers reach
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
DRAIN_FACTOR = 4  # a body over the limit is read and dropped up to this many times the limit
API_PATHS = frozenset({"/v1/models", "/v1/chat/completions", "/v1/completions"})
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@")  # an absolute-form target's user:pass@
LOGGED_PATH_CHARS = 120


# -- the key -----------------------------------------------------------------------------------
class BadKey(ValueError):
    """A key given by the user cannot be used (the message says why)."""


@dataclass(frozen=True)
class ApiKey:
    value: str
    source: str  # "--api-key", "PONDER_API_KEY", "keyring" or "session" (no secure keyring)
    note: str = ""  # for the user when the key lasts for this session only

    def __repr__(self) -> str:  # never shown by accident
        return f"ApiKey(source={self.source!r})"


def check_key(value: str, source: str, lan: bool = False) -> str:
    """A key the user chose, if it is long enough to resist guessing (longer when the network reaches
    the server); BadKey says why not."""
    key, least = value.strip(), MIN_LAN_KEY_LENGTH if lan else MIN_KEY_LENGTH
    if len(key) < least or not key.isascii() or not key.isprintable() or " " in key:
        reach = " for a server other computers can reach" if lan else ""
        raise BadKey(f"the API key from {source} must be at least {least} printable ASCII characters "
                     f"without spaces{reach} (`python -c \"import secrets; print(secrets.token_urlsafe(32))\"` "
                     "makes one)")
    return key


def resolve_key(explicit: str | None = None, store: SecretStore | None = None, *, lan: bool = False) -> ApiKey:
    """The server's bearer key: --api-key, else $PONDER_API_KEY, else the keyring's (made on first use).
    `lan`: the server is open to the network, so a key the user chose must be longer."""
    if explicit:
        return ApiKey(check_key(explicit, "--api-key", lan), "--api-key")
    from_env = os.environ.get(KEY_ENV, "")
    if from_env.strip():
        return ApiKey(check_key(from_env, KEY_ENV, lan), KEY_ENV)
    store = store or SecretStore()
    stored = store.get(SERVER_API_KEY)
    if stored:
        return ApiKey(stored, "keyring" if store.secure else "session", store.problem)
    key = secrets.token_urlsafe(32)
    store.set(SERVER_API_KEY, key)
    if store.secure:
        return ApiKey(key, "keyring")
    return ApiKey(key, "session", Text(translate("Engine", "{problem} The server's key lasts until Ponder quits; "
                                                           "set {variable} to keep one."),
                                       problem=store.problem, variable=KEY_ENV))


# -- names this computer answers to ---------------------------------------------------------
def is_loopback(host: str) -> bool:
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_wildcard(host: str) -> bool:
    return host.strip("[]") in ("0.0.0.0", "::", "")


def bracketed(host: str) -> str:
    """An address as a URL or a Host header writes it (an IPv6 one in brackets)."""
    bare = host.strip("[]")
    return f"[{bare}]" if ":" in bare else bare


def own_addresses() -> set[str]:
    """This computer's names and addresses, for a server bound to every interface (LAN mode)."""
    names: set[str] = set()
    hostname = socket.gethostname()
    if hostname:
        names.update({hostname.lower(), f"{hostname.lower()}.local"})
        try:
            for info in socket.getaddrinfo(hostname, None):
                names.add(bracketed(str(info[4][0]).split("%")[0]))
        except OSError:
            pass  # an unresolvable host name: the route-based address below still counts
    for family, probe in ((socket.AF_INET, "192.0.2.1"), (socket.AF_INET6, "2001:db8::1")):
        try:  # the address this computer would use to reach the network (nothing is sent)
            with socket.socket(family, socket.SOCK_DGRAM) as s:
                s.connect((probe, 9))
                names.add(bracketed(s.getsockname()[0].split("%")[0]))
        except OSError:
            continue  # no route of that family
    return names


def allowed_hosts(bind_host: str) -> frozenset[str]:
    """The Host names the server accepts (without port): loopback names, the bound address, and
    this computer's addresses when bound to every interface."""
    names = set(LOOPBACK_NAMES)
    if not is_wildcard(bind_host):
        names.add(bracketed(bind_host.lower()))
    else:
        names |= own_addresses()
    return frozenset(names)


def host_allowed(header: str, names: frozenset[str], port: int) -> bool:
    """Whether a Host header names this server: an allowed name, with no port or the bound one."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return False
        name, rest = value[:end + 1], value[end + 1:]
    else:
        name, colon, port_text = value.partition(":")
        rest = colon + port_text
    if rest and rest != f":{port}":
        return False
    return name in names


def normal_origin(origin: str) -> str:
    """An origin as browsers send it: scheme://host[:port], lower case, no trailing slash."""
    return origin.strip().rstrip("/").lower()


# -- the layers ----------------------------------------------------------------------------------
def _error(status: int, message: str, kind: str, code: str | None = None,
           headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(error_body(message, kind, None, code), status_code=status, headers=headers)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def logged_path(scope: Scope) -> str:
    """The request's path as the access log may show it: one of the API's as it is; any other quoted as
    sent (percent-encoded, control characters escaped: it cannot forge a line), without user:password@,
    cut short."""
    path = scope.get("path", "")
    if path in API_PATHS:
        return str(path)
    raw = scope.get("raw_path") or path.encode("utf-8", "replace")
    text = _USERINFO.sub(r"\1", raw.decode("latin-1"))
    shown = ascii(text[:LOGGED_PATH_CHARS])
    return shown + ("…" if len(text) > LOGGED_PATH_CHARS else "")


class AccessLog:
    """Logs each request as method, path, status and duration, and nothing else."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), [0]

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            access_log.info("%s %s %s %.3f s", scope["method"], logged_path(scope), status[0] or "-",
                            time.perf_counter() - started)


class ErrorBarrier:
    """No exception leaves the app: a client that left ends quietly; anything else is logged as its type
    and place only (its message may quote the request) and answered 500 with an OpenAI error body."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = [False]

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                started[0] = True
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except ClientDisconnect:
            log.debug("a client left before its request was read")
        except Exception as exc:  # a bug of ours: told without any value of the request
            log.error("a request failed in Ponder's server: %s at %s", type(exc).__name__, where(exc))
            if not started[0] and scope["type"] == "http":
                await _error(500, "Ponder's server failed on this request (a bug); its log says where.",
                             "server_error", "internal_error")(scope, receive, send)


class HostGuard:
    """403 unless the Host header names this server (DNS rebinding)."""

    def __init__(self, app: ASGIApp, names: frozenset[str], port: int):
        self.app, self.names, self.port = app, names, port

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = _header(scope, b"host")
            if host is None or not host_allowed(host, self.names, self.port):
                await _error(403, "This server only answers requests addressed to this computer "
                                  "(the Host header names another).", "permission_error",
                             "host_not_allowed")(scope, receive, send)
                return
        await self.app(scope, receive, send)


class OriginGuard:
    """Browsers: a foreign Origin gets 403 and no CORS permission; an allowed one is echoed."""

    def __init__(self, app: ASGIApp, origins: Iterable[str]):
        self.app = app
        self.origins = frozenset(normal_origin(o) for o in origins if o.strip())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        origin = _header(scope, b"origin") if scope["type"] == "http" else None
        if origin is None:
            await self.app(scope, receive, send)
            return
        if normal_origin(origin) not in self.origins:
            await _error(403, "Requests from web pages are not allowed by this server (their Origin "
                              "is not on its list).", "permission_error",
                         "origin_not_allowed")(scope, receive, send)
            return
        allow = {"access-control-allow-origin": origin, "vary": "Origin"}
        if scope["method"] == "OPTIONS" and _header(scope, b"access-control-request-method"):
            asked = _header(scope, b"access-control-request-headers") or "authorization, content-type"
            await Response(status_code=204, headers={
                **allow, "access-control-allow-methods": "GET, POST, OPTIONS",
                "access-control-allow-headers": asked, "access-control-max-age": "600",
            })(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []),
                                      *((k.encode(), v.encode("latin-1")) for k, v in allow.items())]
            await send(message)

        await self.app(scope, receive, sending)


class KeyThrottle:
    """Wrong keys, counted per client address: the first `free` in `window_s` seconds are answered at
    once; after them the address's requests are checked one every `delay_s` seconds, and one that would
    wait longer than `max_wait_s` is refused (429). Guessing a key takes time, whatever the number of
    connections. Every request from such an address waits its turn, a right key too, until the wrong
    ones are older than the window."""

    def __init__(self, free: int = 10, window_s: float = 60.0, delay_s: float = 1.0, max_wait_s: float = 10.0,
                 clock: Callable[[], float] = time.monotonic):
        self.free, self.window_s, self.delay_s, self.max_wait_s = free, window_s, delay_s, max_wait_s
        self._clock = clock
        self._failures: dict[str, list[float]] = {}
        self._next_check: dict[str, float] = {}

    def admit(self, peer: str) -> float | None:
        """How long this request must wait before its key is checked; None: refuse it (429)."""
        now = self._clock()
        recent = [t for t in self._failures.get(peer, ()) if now - t < self.window_s]
        if not recent:
            self._failures.pop(peer, None)
            self._next_check.pop(peer, None)
            return 0.0
        self._failures[peer] = recent
        if len(recent) < self.free:
            return 0.0
        slot = max(now, self._next_check.get(peer, now))
        if slot - now > self.max_wait_s:
            return None
        self._next_check[peer] = slot + self.delay_s
        return slot - now

    def failed(self, peer: str) -> None:
        now = self._clock()
        if len(self._failures) > 4096:  # forget addresses whose wrong keys are old
            self._failures = {p: ts for p, ts in self._failures.items() if now - ts[-1] < self.window_s}
        self._failures.setdefault(peer, []).append(now)

    def retry_after(self, peer: str) -> int:
        """Seconds until this address's requests are checked again without waiting long."""
        wait = self._next_check.get(peer, 0.0) - self._clock() - self.max_wait_s
        return max(1, math.ceil(wait))


class KeyGuard:
    """401 unless the request carries the server's key as a bearer token; wrong keys are throttled."""

    def __init__(self, app: ASGIApp, key: str, throttle: KeyThrottle | None = None):
        self.app, self._key = app, key.encode()
        self.throttle = throttle or KeyThrottle()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            peer = str((scope.get("client") or ("",))[0])
            wait = self.throttle.admit(peer)
            if wait is None:
                await _error(429, "Too many requests with a wrong API key came from this address; wait a "
                                  "minute, then use the right key.", "rate_limit_error", "too_many_wrong_keys",
                             {"retry-after": str(self.throttle.retry_after(peer))})(scope, receive, send)
                return
            if wait > 0:
                await asyncio.sleep(wait)
            problem = self._problem(_header(scope, b"authorization"))
            if problem:
                self.throttle.failed(peer)
                await _error(401, problem, "invalid_request_error", "invalid_api_key",
                             {"www-authenticate": "Bearer"})(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _problem(self, header: str | None) -> str:
        if not header:
            return ("This server needs its API key: send the header 'Authorization: Bearer <key>'. "
                    "The key: Local server > Show API key… in Ponder's window, or `ponder serve --print-key`.")
        scheme, _, given = header.strip().partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            return "The Authorization header must be 'Bearer <key>'."
        if not hmac.compare_digest(given.strip().encode("utf-8", "replace"), self._key):
            return "The API key is not this server's key."
        return ""


class BodyLimit:
    """413 for a request body over `limit` bytes; the body is read here and handed on whole."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        length = _header(scope, b"content-length")
        if length is not None and (not length.strip().isdigit()):
            await _error(400, "The Content-Length header is not a number.", "invalid_request_error")(
                scope, receive, send)
            return
        if length is not None and int(length) > self.limit * DRAIN_FACTOR:
            await self._too_large(scope, receive, send)  # not read: the connection is closed after it
            return
        body, read, more = bytearray(), 0, True
        while more and read <= self.limit * DRAIN_FACTOR:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away before its request was whole: there is nobody to answer
            chunk = message.get("body", b"")
            more, read = bool(message.get("more_body", False)), read + len(chunk)
            if read <= self.limit:
                body += chunk
        if read > self.limit:  # read (and dropped) to the end, so the client sees the answer
            await self._too_large(scope, receive, send)
            return
        delivered = [False]

        async def replay() -> Message:
            if not delivered[0]:
                delivered[0] = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await _error(413, f"The request body is larger than {self.limit / 2**20:g} MiB.",
                     "invalid_request_error", "request_too_large")(scope, receive, send)


def guarded(app: ASGIApp, *, key: str, hosts: frozenset[str], port: int, origins: Iterable[str],
            max_body_bytes: int, throttle: KeyThrottle | None = None) -> ASGIApp:
    """The app behind every guard, in the order the module docstring gives."""
    inner: Any = BodyLimit(app, max_body_bytes)
    inner = KeyGuard(inner, key, throttle)
    inner = OriginGuard(inner, origins)
    inner = HostGuard(inner, hosts, port)
    inner = ErrorBarrier(inner)
    return AccessLog(inner)
