"""Talking HTTP to an OpenAI-compatible server: the client, readable errors, and the capability probe.

Every failure becomes a RemoteError whose message says what happened in plain
words (unreachable, a certificate problem, a refused key, an unknown model, a
busy server and when to come back). Redirects are never followed: a
conversation goes only to the address the user added.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx2

from .messages import Text, translate
from .openai_wire import BudgetMethod, ReasoningField, read_error
from .protocol import EngineError
from .remote_endpoints import Capabilities, ServerKind, root_url

CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 300.0  # a long prompt on a busy server can take minutes to its first token
PROBE_TIMEOUT_S = 5.0
MAX_RETRY_WAIT_S = 30.0  # a Retry-After longer than this is told, not waited for
RETRIES = 2


class RemoteError(EngineError):
    """A server could not be used; `kind` says why (for tests and the UI's choice of words).

    waiting: for a busy server that said when to come back, the notice shown while Ponder waits
    to ask again (the message, and for how long).
    """

    def __init__(self, message: str, kind: str, retry_after: float | None = None, waiting: str = ""):
        super().__init__(message)
        self.kind, self.retry_after, self.waiting = kind, retry_after, waiting


def make_client(api_key: str = "", ca_file: str = "", read_timeout: float = READ_TIMEOUT_S) -> httpx2.Client:
    """An HTTP client for one server: TLS verified (against ca_file when given), no redirects."""
    verify: ssl.SSLContext | bool = True
    if ca_file:
        try:
            verify = ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise RemoteError(Text(translate("Engine", "the CA file {path} could not be read: {reason}"),
                                   path=ca_file, reason=str(exc)), "tls") from None
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    # trust_env off: conversations and keys go to the address the user added, never through a proxy
    # named by the environment; no kept-alive connections: each request's own socket is the one Stop
    # shuts down (see RemoteBackend.request_stop)
    return httpx2.Client(
        verify=verify, headers=headers, follow_redirects=False, trust_env=False,
        limits=httpx2.Limits(max_keepalive_connections=0),
        timeout=httpx2.Timeout(read_timeout, connect=CONNECT_TIMEOUT_S, write=30.0, pool=CONNECT_TIMEOUT_S))


def transport_error(exc: Exception, host: str) -> RemoteError:
    """A network failure, in words: unreachable, a certificate problem, or a timeout."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return RemoteError(Text(translate(
                "Engine", "The certificate of {host} could not be verified ({reason}). If the server uses a "
                          "private certificate authority, name its CA file in the server's settings."),
                host=host, reason=str(cause.verify_message or cause)), "tls")
        if isinstance(cause, ssl.SSLError):
            return RemoteError(Text(translate(
                "Engine", "A secure connection to {host} failed: {reason}. Check that the address starts "
                          "with the right scheme (http or https)."),
                host=host, reason=str(cause.reason or cause)), "tls")
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, httpx2.ConnectTimeout):
        return RemoteError(Text(translate(
            "Engine", "{host} did not answer within {seconds:.0f} s. Check the address and that the server "
                      "is running."), host=host, seconds=CONNECT_TIMEOUT_S), "timeout")
    if isinstance(exc, httpx2.ReadTimeout):
        return RemoteError(Text(translate(
            "Engine", "{host} stopped sending (nothing arrived for too long)."), host=host), "timeout")
    if isinstance(exc, httpx2.TimeoutException):
        return RemoteError(Text(translate("Engine", "{host} took too long to answer."), host=host), "timeout")
    if isinstance(exc, httpx2.ConnectError):
        text = str(exc).lower()
        if "name or service" in text or "nodename" in text or "getaddrinfo" in text or "resolve" in text:
            message = Text(translate("Engine", "Could not reach {host}: its name could not be resolved."),
                           host=host)
        elif "refused" in text:
            message = Text(translate("Engine", "Could not reach {host}: the connection was refused (is the "
                                               "server running on that port?)."), host=host)
        else:
            message = Text(translate("Engine", "Could not reach {host}: {reason}."),
                           host=host, reason=str(exc) or type(exc).__name__)
        return RemoteError(message, "unreachable")
    if isinstance(exc, httpx2.RemoteProtocolError):
        return RemoteError(Text(translate("Engine", "{host} closed the connection unexpectedly."), host=host), "cut")
    return RemoteError(Text(translate("Engine", "The connection to {host} failed: {reason}."),
                            host=host, reason=str(exc or type(exc).__name__)), "network")


def status_error(response: httpx2.Response, host: str, model: str = "", body: bytes = b"") -> RemoteError:
    """An HTTP error status, in words (the server's own message added when it sent one)."""
    code = response.status_code
    said = read_error(body) if body else ""
    retry = _retry_after(response.headers.get("retry-after"))

    def error(kind: str, plain: str, with_said: str, **fields: Any) -> RemoteError:
        """The error in words; `with_said` is the sentence with the server's own message added."""
        return RemoteError(Text(with_said, said=said, **fields) if said else Text(plain, **fields), kind)

    if 300 <= code < 400:
        where = response.headers.get("location")
        if where is None:
            return RemoteError(Text(translate(
                "Engine", "{host} redirected the request to another address. Ponder does not follow redirects: "
                          "add the final address as the server instead."), host=host), "redirect")
        return RemoteError(Text(translate(
            "Engine", "{host} redirected the request to {where}. Ponder does not follow redirects: add the "
                      "final address as the server instead."), host=host, where=where), "redirect")
    if code == 401:
        return error("auth", translate("Engine", "{host} refused the request: an API key is needed or the key "
                                                 "is wrong (401 Unauthorized)."),
                     translate("Engine", "{host} refused the request: an API key is needed or the key is wrong "
                                         "(401 Unauthorized). The server said: {said}"), host=host)
    if code == 403:
        return error("auth", translate("Engine", "{host} denied access with this key (403 Forbidden)."),
                     translate("Engine", "{host} denied access with this key (403 Forbidden). The server said: "
                                         "{said}"), host=host)
    if code == 404 and model:
        return error("model", translate("Engine", "{host} does not serve the model {model} (404). Choose one of "
                                                  "the server's models."),
                     translate("Engine", "{host} does not serve the model {model} (404). The server said: {said} "
                                         "Choose one of the server's models."), host=host, model=repr(model))
    if code == 404:
        return error("not_found", translate("Engine", "{host} has no OpenAI-compatible API at this address (404). "
                                                      "Check the address (most servers end in /v1)."),
                     translate("Engine", "{host} has no OpenAI-compatible API at this address (404). Check the "
                                         "address (most servers end in /v1). The server said: {said}"), host=host)
    if code in (429, 503):
        fields: dict[str, Any] = {"host": host, **({"said": said} if said else {})}
        if retry is None:
            return RemoteError(Text(_BUSY[code, "later", bool(said)], **fields), "busy")
        return RemoteError(Text(_BUSY[code, "in", bool(said)], seconds=retry, **fields), "busy", retry,
                           waiting=Text(_BUSY[code, "waiting", bool(said)], seconds=retry, **fields))
    if 400 <= code < 500:
        return error("rejected", translate("Engine", "{host} rejected the request ({code})."),
                     translate("Engine", "{host} rejected the request ({code}). The server said: {said}"),
                     host=host, code=code)
    return error("server", translate("Engine", "{host} failed with a server error ({code})."),
                 translate("Engine", "{host} failed with a server error ({code}). The server said: {said}"),
                 host=host, code=code)


# A busy server (429 or 503): when to come back ("in" {seconds}, or "later"), with the server's own
# message ({said}) or without, and "waiting": the notice while Ponder waits to ask again. Whole sentences.
_BUSY = {
    (429, "later", False): translate("Engine", "{host} is rate-limiting requests (429). Try again later."),
    (429, "later", True): translate("Engine", "{host} is rate-limiting requests (429). Try again later. The "
                                              "server said: {said}"),
    (429, "in", False): translate("Engine", "{host} is rate-limiting requests (429). Try again in {seconds:.0f} s."),
    (429, "in", True): translate("Engine", "{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. "
                                           "The server said: {said}"),
    (429, "waiting", False): translate("Engine", "{host} is rate-limiting requests (429). Try again in "
                                                 "{seconds:.0f} s. Waiting {seconds:.0f} s before asking again…"),
    (429, "waiting", True): translate("Engine", "{host} is rate-limiting requests (429). Try again in "
                                                "{seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s "
                                                "before asking again…"),
    (503, "later", False): translate("Engine", "{host} is busy or still loading (503). Try again later."),
    (503, "later", True): translate("Engine", "{host} is busy or still loading (503). Try again later. The "
                                              "server said: {said}"),
    (503, "in", False): translate("Engine", "{host} is busy or still loading (503). Try again in {seconds:.0f} s."),
    (503, "in", True): translate("Engine", "{host} is busy or still loading (503). Try again in {seconds:.0f} s. "
                                           "The server said: {said}"),
    (503, "waiting", False): translate("Engine", "{host} is busy or still loading (503). Try again in "
                                                 "{seconds:.0f} s. Waiting {seconds:.0f} s before asking again…"),
    (503, "waiting", True): translate("Engine", "{host} is busy or still loading (503). Try again in "
                                                "{seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s "
                                                "before asking again…"),
}


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


@contextmanager
def open_stream(client: httpx2.Client, url: str, body: dict[str, Any], host: str, model: str,
                on_wait: Callable[[str], None], should_stop: Callable[[], bool],
                trace: Callable[[str, dict[str, Any]], None] | None = None) -> Iterator[httpx2.Response]:
    """POST and yield the streaming response once its status is 200; waits out a short Retry-After.

    Raises RemoteError for a failure before the response (errors while the caller reads it
    are the caller's). A busy server (429/503) is asked again up to RETRIES times when it says to
    come back within MAX_RETRY_WAIT_S; on_wait tells the user. trace: httpcore's trace hook, to
    learn the connection's socket (so that Stop can shut it down, even before any byte came).
    """
    extensions = {"trace": trace} if trace is not None else None
    for attempt in range(RETRIES + 1):
        with ExitStack() as stack:
            try:
                response = stack.enter_context(client.stream(
                    "POST", url, json=body, headers={"Accept": "text/event-stream"}, extensions=extensions))
                if response.status_code != 200:
                    error = status_error(response, host, model, response.read()[:65536])
            except httpx2.HTTPError as exc:
                raise transport_error(exc, host) from None
            if response.status_code == 200:
                yield response
                return
        wait = error.retry_after
        if error.kind != "busy" or wait is None or wait > MAX_RETRY_WAIT_S or attempt == RETRIES:
            raise error
        on_wait(error.waiting)  # the error, and "Waiting {wait} s before asking again…"
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if should_stop():
                raise error
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
    raise AssertionError("unreachable")


# -- the capability probe ------------------------------------------------------------------------
def _get_json(client: httpx2.Client, url: str, host: str, timeout: float = PROBE_TIMEOUT_S,
              required: bool = False) -> Any:
    """GET a JSON document; None when the server has no such page (or, unless required, refuses it:
    a gateway may expose /v1 only); RemoteError on a failure of a required page or of the network."""
    try:
        response = client.get(url, timeout=timeout)
    except httpx2.HTTPError as exc:
        raise transport_error(exc, host) from None
    if response.status_code in (404, 405, 400, 501) or (response.status_code != 200 and not required):
        return None
    if response.status_code != 200:
        raise status_error(response, host, body=response.content[:65536])
    try:
        return response.json()
    except ValueError:
        return None


def list_models(client: httpx2.Client, base_url: str, host: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The ids of the models a server serves, and their cards."""
    data = _get_json(client, f"{base_url}/models", host, timeout=CONNECT_TIMEOUT_S, required=True)
    if data is None:
        raise RemoteError(Text(translate(
            "Engine", "{host} has no model list at {url}: it does not look like an OpenAI-compatible server. "
                      "Check the address (most end in /v1)."), host=host, url=f"{base_url}/models"), "not_found")
    cards = data.get("data") if isinstance(data, dict) else None
    if not isinstance(cards, list):
        raise RemoteError(Text(translate("Engine", "{host} sent a model list Ponder cannot read."), host=host),
                          "malformed")
    cards = [c for c in cards if isinstance(c, dict) and isinstance(c.get("id"), str)]
    return [c["id"] for c in cards], cards


def probe(base_url: str, api_key: str = "", ca_file: str = "") -> Capabilities:
    """Which engine serves base_url, which reasoning field it streams and how it takes a budget.

    Reads the model list and the pages each engine publishes about itself (vLLM's /version,
    SGLang's /get_server_info, NIM's /v1/metadata, llama.cpp's /props); nothing is generated.
    """
    host = httpx2.URL(base_url).host or base_url
    with make_client(api_key, ca_file, read_timeout=PROBE_TIMEOUT_S) as client:
        models, cards = list_models(client, base_url, host)
        owners = {str(c.get("owned_by", "")).lower() for c in cards}
        caps = Capabilities(models=models, probed_at=time.time())
        context = [c["max_model_len"] for c in cards if isinstance(c.get("max_model_len"), int)]
        caps.context_length = context[0] if context else 0
        _identify(client, caps, base_url, owners, host)
    caps.reasoning_field, caps.budget_method = expected_behaviour(caps.kind, caps.version)
    return caps


def _identify(client: httpx2.Client, caps: Capabilities, base_url: str, owners: set[str], host: str) -> None:
    """Set caps.kind and version from the model cards' owner, else from each engine's own page.

    The order matters where engines share pages: NIM and SGLang may also answer /version.
    """
    root = root_url(base_url)

    def page(url: str) -> dict[str, Any] | None:
        data = _get_json(client, url, host)
        return data if isinstance(data, dict) else None

    hinted = next((kind for owner, kind in _OWNERS.items() if owner in owners), None)
    if hinted in (None, ServerKind.LLAMA_CPP):
        props = page(f"{root}/props")
        if props is not None and ("default_generation_settings" in props or "build_info" in props):
            caps.kind, caps.version = ServerKind.LLAMA_CPP, str(props.get("build_info", ""))
            template = props.get("chat_template")
            caps.chat_template = template if isinstance(template, str) else ""
            settings = props.get("default_generation_settings")
            if isinstance(settings, dict) and isinstance(settings.get("n_ctx"), int):
                caps.context_length = settings["n_ctx"]
            return
    if hinted in (None, ServerKind.NIM):
        meta = page(f"{base_url}/metadata")
        if meta is not None and ("modelInfo" in meta or hinted is ServerKind.NIM):
            caps.kind, caps.version = ServerKind.NIM, str(meta.get("version", ""))
            return
    if hinted in (None, ServerKind.SGLANG):
        info = page(f"{root}/get_server_info")
        if info is not None:
            caps.kind, caps.version = ServerKind.SGLANG, str(info.get("version", ""))
            return
    if hinted in (None, ServerKind.VLLM):
        version = page(f"{root}/version")
        if version is not None and "version" in version:
            caps.kind, caps.version = ServerKind.VLLM, str(version["version"])
            return
    caps.kind = hinted or ServerKind.OTHER


_OWNERS = {"vllm": ServerKind.VLLM, "sglang": ServerKind.SGLANG, "llamacpp": ServerKind.LLAMA_CPP,
           "nim": ServerKind.NIM, "nvidia": ServerKind.NIM, "tensorrt_llm": ServerKind.TRTLLM,
           "trtllm": ServerKind.TRTLLM}


def expected_behaviour(kind: ServerKind, version: str) -> tuple[ReasoningField, BudgetMethod]:
    """What each engine is documented to do (the first reasoning reply confirms the field)."""
    if kind is ServerKind.VLLM:
        field = ReasoningField.REASONING if _version_at_least(version, (0, 11)) else ReasoningField.REASONING_CONTENT
        return field, BudgetMethod.VLLM
    if kind is ServerKind.NIM:
        return ReasoningField.REASONING_CONTENT, BudgetMethod.NIM
    if kind is ServerKind.LLAMA_CPP:
        return ReasoningField.REASONING_CONTENT, BudgetMethod.LLAMA_CPP
    if kind in (ServerKind.SGLANG, ServerKind.TRTLLM):
        return ReasoningField.REASONING_CONTENT, BudgetMethod.TWO_PHASE
    return ReasoningField.UNKNOWN, BudgetMethod.TWO_PHASE


def _version_at_least(version: str, wanted: tuple[int, int]) -> bool:
    numbers = []
    for part in version.lstrip("v").split(".")[:2]:
        digits = "".join(ch for ch in part if ch.isdigit())
        if not digits:
            return False
        numbers.append(int(digits))
    return tuple(numbers) >= wanted
