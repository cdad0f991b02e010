"""The servers a user added: named OpenAI-compatible endpoints and what each was found to support.

Kept in `servers.json` in Ponder's data folder: name, base URL, an optional CA
file, the model last chosen, an optional family override and the capability
probe's findings. API keys never go there: they live in the OS keyring
(engine/secrets.py), under `remote-key:NAME`.

Nothing is ever sent to a server that is not in this list (or named on the
command line by the user for one run).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .messages import Text, translate
from .openai_wire import BudgetMethod, ReasoningField
from .paths import ponder_home

MAX_NAME = 60
_NAME = re.compile(r"^[\w][\w .@()+-]*$")


class ServerKind(StrEnum):
    """Which serving engine answers at an endpoint."""

    VLLM = "vllm"
    SGLANG = "sglang"
    NIM = "nim"
    TRTLLM = "trtllm"
    LLAMA_CPP = "llamacpp"
    OTHER = "other"

    @property
    def label(self) -> str:
        if self is ServerKind.LLAMA_CPP:
            return Text(translate("Engine", "llama.cpp server"))
        if self is ServerKind.OTHER:
            return Text(translate("Engine", "OpenAI-compatible server"))
        return {"vllm": "vLLM", "sglang": "SGLang", "nim": "NVIDIA NIM", "trtllm": "TensorRT-LLM"}[self.value]


@dataclass
class Capabilities:
    """What the probe found at an endpoint (and what replies later showed)."""

    kind: ServerKind = ServerKind.OTHER
    version: str = ""
    models: list[str] = field(default_factory=list)
    reasoning_field: ReasoningField = ReasoningField.UNKNOWN
    budget_method: BudgetMethod = BudgetMethod.TWO_PHASE
    chat_template: str = ""  # the server's own, when it publishes it (llama.cpp's /props)
    context_length: int = 0
    probed_at: float = 0.0

    def describe(self) -> str:
        """One line for the UI: which engine, which reasoning field, which budget mechanism."""
        engine = (Text(translate("Engine", "{engine} {version}"), engine=self.kind.label, version=self.version)
                  if self.version else self.kind.label)
        line = {
            ReasoningField.REASONING: translate("Engine", "{engine} · reasoning in `reasoning` · budget: {budget}"),
            ReasoningField.REASONING_CONTENT: translate(
                "Engine", "{engine} · reasoning in `reasoning_content` · budget: {budget}"),
            ReasoningField.RAW: translate("Engine", "{engine} · reasoning as think tags in the answer · "
                                                    "budget: {budget}"),
            ReasoningField.UNKNOWN: translate("Engine", "{engine} · reasoning field not seen yet · budget: {budget}"),
        }[self.reasoning_field]
        return Text(line, engine=engine, budget=self.budget_method.label)  # both translated inside the line

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"], data["reasoning_field"] = str(self.kind), str(self.reasoning_field)
        data["budget_method"] = str(self.budget_method)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Capabilities:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        try:
            values["kind"] = ServerKind(values.get("kind", "other"))
            values["reasoning_field"] = ReasoningField(values.get("reasoning_field", "unknown"))
            values["budget_method"] = BudgetMethod(values.get("budget_method", "two_phase"))
        except ValueError:
            return cls()
        caps = cls(**values)
        if not isinstance(caps.models, list):
            caps.models = []
        return caps


@dataclass
class Endpoint:
    """A server the user added."""

    name: str
    url: str  # the API's base URL, ending in /v1 for most servers
    model: str = ""  # the model chosen from the server's /v1/models
    ca_file: str = ""  # a CA bundle for a server with a private certificate ("" = the system's)
    family: str = ""  # "" = detected from the model's name
    capabilities: Capabilities = field(default_factory=Capabilities)

    @property
    def key_name(self) -> str:
        return key_name(self.name)

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url, "model": self.model, "ca_file": self.ca_file,
                "family": self.family, "capabilities": self.capabilities.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Endpoint:
        caps = data.get("capabilities")
        return cls(name=str(data["name"]), url=normalize_url(str(data["url"])),
                   model=str(data.get("model") or ""), ca_file=str(data.get("ca_file") or ""),
                   family=str(data.get("family") or ""),
                   capabilities=Capabilities.from_json(caps) if isinstance(caps, dict) else Capabilities())


def key_name(endpoint_name: str) -> str:
    """The keyring entry of an endpoint's API key."""
    return f"remote-key:{endpoint_name}"


def normalize_url(url: str) -> str:
    """A server's base URL: http(s), no query or fragment, `/v1` added when the path is empty.

    ValueError in plain words for anything else (a typo must not send a conversation elsewhere).
    """
    text = url.strip()
    if not text:
        raise ValueError(Text(translate("Engine", "the server's address is empty")))
    if "://" not in text:
        raise ValueError(Text(translate("Engine", "{address} is not a web address: start it with http:// or "
                                                  "https://"), address=repr(text)))
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise ValueError(Text(translate("Engine", "only http:// and https:// servers are supported, not "
                                                  "{scheme}://"), scheme=parts.scheme))
    if not parts.hostname:
        raise ValueError(Text(translate("Engine", "{address} names no host"), address=repr(text)))
    try:
        parts.hostname.encode("idna")  # an empty or overlong label: not a name any server has
    except UnicodeError:
        raise ValueError(Text(translate("Engine", "{host} is not a valid host name"),
                              host=repr(parts.hostname))) from None
    if parts.username or parts.password:
        raise ValueError(Text(translate("Engine", "put the API key in the key field, not in the address")))
    try:
        parts.port  # noqa: B018  (raises ValueError for a bad port)
    except ValueError:
        raise ValueError(Text(translate("Engine", "{address} has an invalid port"), address=repr(text))) from None
    path = parts.path.rstrip("/")
    for suffix in ("/chat/completions", "/completions", "/models"):  # a pasted endpoint, not the base
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    if not path:
        path = "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def root_url(url: str) -> str:
    """The server's root (the base URL without a trailing /v1), where engines publish their info."""
    return url[: -len("/v1")] if url.endswith("/v1") else url


def check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME or not _NAME.match(name):
        raise ValueError(Text(translate("Engine", "a server's name is 1 to {max} letters, digits, spaces or "
                                                  ". @ ( ) + - _, starting with a letter or digit; not {name}"),
                              max=MAX_NAME, name=repr(name)))
    return name


def servers_path() -> Path:
    return ponder_home() / "servers.json"


class EndpointStore:
    """The added servers, in the order they were added; saved atomically after each change."""

    def __init__(self, path: Path | None = None):
        self.path = path or servers_path()
        self.endpoints: list[Endpoint] = []
        self.problem = ""
        self.load()

    def load(self) -> None:
        self.endpoints, self.problem = [], ""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            self.problem = Text(translate("Engine", "The list of servers ({path}) could not be read: {reason}"),
                                path=str(self.path), reason=str(exc))
            return
        items = data.get("servers") if isinstance(data, dict) else None
        for item in items if isinstance(items, list) else []:
            try:
                self.endpoints.append(Endpoint.from_json(item))
            except (KeyError, TypeError, ValueError):
                continue  # one damaged entry does not lose the others
        if not isinstance(items, list):
            self.problem = Text(translate("Engine", "The list of servers ({path}) is damaged; it was not read."),
                                path=str(self.path))

    def save(self) -> None:
        data = {"version": 1, "servers": [e.to_json() for e in self.endpoints]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)

    def get(self, name: str) -> Endpoint | None:
        return next((e for e in self.endpoints if e.name.casefold() == name.casefold()), None)

    def add(self, endpoint: Endpoint) -> Endpoint:
        endpoint = replace(endpoint, name=check_name(endpoint.name), url=normalize_url(endpoint.url))
        if endpoint.ca_file and not Path(endpoint.ca_file).is_file():
            raise ValueError(Text(translate("Engine", "the CA file {path} does not exist"), path=endpoint.ca_file))
        if self.get(endpoint.name) is not None:
            raise ValueError(Text(translate("Engine", "a server named {name} already exists"),
                                  name=repr(endpoint.name)))
        self.endpoints.append(endpoint)
        self.save()
        return endpoint

    def update(self, endpoint: Endpoint) -> None:
        for i, existing in enumerate(self.endpoints):
            if existing.name.casefold() == endpoint.name.casefold():
                self.endpoints[i] = endpoint
                self.save()
                return
        raise KeyError(endpoint.name)

    def remove(self, name: str) -> Endpoint:
        endpoint = self.get(name)
        if endpoint is None:
            raise KeyError(name)
        self.endpoints.remove(endpoint)
        self.save()
        return endpoint
