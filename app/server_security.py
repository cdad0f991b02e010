"""The local server's guards and its key.

Every HTTP request passes these ASGI layers, outermost first:

1. AccessLog: method, path, status and duration, nothing else (never a body, a
   header or the query string);
2. HostGuard: the Host header must name this computer as the server knows it
   (localhost, 127.0.0.1, [::1], the bound address), else 403 — against DNS
   rebinding, before anything else looks at the request;
3. OriginGuard: a request carrying an Origin that is not allowed gets 403 and no
   CORS headers, a preflight from it no Access-Control-Allow-*; an allowed origin
   (none by default) is echoed, never `*`, and credentials are never allowed;
4. KeyGuard: `Authorization: Bearer <key>`, compared in constant time, else 401;
5. BodyLimit: a body over the limit gets 413 (read and thrown away up to a point,
   so the client sees the answer rather than a broken pipe).
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import secrets
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from engine.openai_wire import error_body
from engine.secrets import SERVER_API_KEY, SecretStore

access_log = logging.getLogger("ponder.server.access")

KEY_ENV = "PONDER_API_KEY"
MIN_KEY_LENGTH = 8
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
DRAIN_FACTOR = 4  # a body over the limit is read and dropped up to this many times the limit


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


def check_key(value: str, where: str) -> str:
    key = value.strip()
    if len(key) < MIN_KEY_LENGTH or not key.isascii() or not key.isprintable() or " " in key:
        raise BadKey(f"the API key from {where} must be at least {MIN_KEY_LENGTH} printable ASCII "
                        "characters without spaces")
    return key


def resolve_key(explicit: str | None = None, store: SecretStore | None = None) -> ApiKey:
    """The server's bearer key: --api-key, else $PONDER_API_KEY, else the keyring's (made on first use)."""
    if explicit:
        return ApiKey(check_key(explicit, "--api-key"), "--api-key")
    from_env = os.environ.get(KEY_ENV, "")
    if from_env.strip():
        return ApiKey(check_key(from_env, KEY_ENV), KEY_ENV)
    store = store or SecretStore()
    stored = store.get(SERVER_API_KEY)
    if stored:
        return ApiKey(stored, "keyring" if store.secure else "session", store.problem)
    key = secrets.token_urlsafe(32)
    store.set(SERVER_API_KEY, key)
    if store.secure:
        return ApiKey(key, "keyring")
    return ApiKey(key, "session", f"{store.problem} The server's key lasts until Ponder quits; set "
                                  f"{KEY_ENV} to keep one.")


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


def _bracketed(host: str) -> str:
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
                names.add(_bracketed(str(info[4][0]).split("%")[0]))
        except OSError:
            pass  # an unresolvable host name: the route-based address below still counts
    for family, probe in ((socket.AF_INET, "192.0.2.1"), (socket.AF_INET6, "2001:db8::1")):
        try:  # the address this computer would use to reach the network (nothing is sent)
            with socket.socket(family, socket.SOCK_DGRAM) as s:
                s.connect((probe, 9))
                names.add(_bracketed(s.getsockname()[0].split("%")[0]))
        except OSError:
            continue  # no route of that family
    return names


def allowed_hosts(bind_host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names the server accepts (without port): loopback names, the bound address, and
    this computer's addresses when bound to every interface."""
    names = set(LOOPBACK_NAMES)
    if not is_wildcard(bind_host):
        names.add(_bracketed(bind_host.lower()))
    else:
        names |= own_addresses()
    names.update(_bracketed(h.lower()) for h in extra if h.strip())
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
            access_log.info("%s %s %s %.3f s", scope["method"], scope["path"], status[0] or "-",
                            time.perf_counter() - started)


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


class KeyGuard:
    """401 unless the request carries the server's key as a bearer token."""

    def __init__(self, app: ASGIApp, key: str):
        self.app, self._key = app, key.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            problem = self._problem(_header(scope, b"authorization"))
            if problem:
                await _error(401, problem, "invalid_request_error", "invalid_api_key",
                             {"www-authenticate": "Bearer"})(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _problem(self, header: str | None) -> str:
        if not header:
            return ("This server needs its API key: send the header 'Authorization: Bearer <key>'. "
                    "The key: Server > Copy API key in Ponder's window, or `ponder serve --print-key`.")
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
        body, read, more, last = bytearray(), 0, True, None
        while more and read <= self.limit * DRAIN_FACTOR:
            message = await receive()
            if message["type"] != "http.request":
                last = message  # the client went away
                break
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
                if last is not None:
                    return last
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await _error(413, f"The request body is larger than {self.limit / 2**20:g} MiB.",
                     "invalid_request_error", "request_too_large")(scope, receive, send)


def guarded(app: ASGIApp, *, key: str, hosts: frozenset[str], port: int, origins: Iterable[str],
            max_body_bytes: int) -> ASGIApp:
    """The app behind every guard, in the order the module docstring gives."""
    inner: Any = BodyLimit(app, max_body_bytes)
    inner = KeyGuard(inner, key)
    inner = OriginGuard(inner, origins)
    inner = HostGuard(inner, hosts, port)
    return AccessLog(inner)
