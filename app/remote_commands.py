"""Servers on the command line: `ponder remote add | list | rm | probe`, and `ponder chat --remote`.

A server is added once, with a name; its API key goes to the keyring (asked
without echo, or read from standard input with --key-stdin), never to a file.
`ponder chat --remote NAME_OR_URL` uses an added server by name, or an address
given on the command line for this run only (its key from PONDER_REMOTE_API_KEY).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any
from urllib.parse import urlsplit

from engine import protocol as P
from engine.messages import Text, translate
from engine.openai_wire import BudgetMethod, ReasoningField
from engine.remote_endpoints import Capabilities, Endpoint, EndpointStore, normalize_url
from engine.secrets import SecretStore

KEY_ENV = "PONDER_REMOTE_API_KEY"


def add_remote_parser(sub: argparse._SubParsersAction) -> None:
    remote = sub.add_parser("remote", help="add, list, probe and remove OpenAI-compatible servers")
    remote.add_argument("action", choices=["add", "list", "rm", "probe"])
    remote.add_argument("name", nargs="?", help="add/rm/probe: the server's name")
    remote.add_argument("url", nargs="?", help="add: the server's address, e.g. http://gpu-box:8000/v1")
    remote.add_argument("--model", default="", help="add: the model to use (default: ask the server)")
    remote.add_argument("--family", default="", help="add: the model family, if its name does not tell")
    remote.add_argument("--ca-file", default="", help="add: a CA bundle for a private certificate")
    key = remote.add_mutually_exclusive_group()
    key.add_argument("--ask-key", action="store_true", help="add: ask for an API key (not echoed)")
    key.add_argument("--key-stdin", action="store_true", help="add: read the API key from standard input")
    remote.add_argument("--no-probe", action="store_true", help="add: do not contact the server now")
    remote.add_argument("--json", action="store_true")


class RemoteCommandError(Exception):
    pass


def run_remote_command(args: argparse.Namespace) -> int:
    store = EndpointStore()
    try:
        if args.action == "list":
            return _list(store, args)
        if not args.name:
            raise RemoteCommandError(f"ponder remote {args.action} needs a server name")
        if args.action == "add":
            return _add(store, args)
        if args.action == "rm":
            endpoint = store.remove(args.name)
            SecretStore().delete(endpoint.key_name)
            print(f"removed {endpoint.name} ({endpoint.url}) and its key")
            return 0
        endpoint = _named(store, args.name)
        return _probe(store, endpoint, args)
    except KeyError:
        sys.stderr.write(f"ponder: error: no server named {args.name!r} (see `ponder remote list`)\n")
        return 1
    except (RemoteCommandError, ValueError, P.EngineError, OSError) as exc:
        sys.stderr.write(f"ponder: error: {exc}\n")
        return 1


def _named(store: EndpointStore, name: str) -> Endpoint:
    endpoint = store.get(name)
    if endpoint is None:
        raise KeyError(name)
    return endpoint


def _add(store: EndpointStore, args: argparse.Namespace) -> int:
    if not args.url:
        raise RemoteCommandError("ponder remote add NAME URL: the server's address is missing")
    endpoint = Endpoint(args.name, normalize_url(args.url), model=args.model, ca_file=args.ca_file,
                        family=args.family)
    key = ""
    if args.ask_key:
        key = getpass.getpass(f"API key for {endpoint.name} (not shown): ").strip()
    elif args.key_stdin:
        key = sys.stdin.readline().strip()
    if key and plain_http_elsewhere(endpoint.url):
        sys.stderr.write(f"ponder: warning: {PLAIN_HTTP_WARNING}\n")
    if not args.no_probe:
        from engine.remote_http import probe

        endpoint.capabilities = probe(endpoint.url, key, endpoint.ca_file)
        if endpoint.model and endpoint.model not in endpoint.capabilities.models:
            raise RemoteCommandError(f"{endpoint.host} does not serve {endpoint.model!r}; it serves: "
                                     + ", ".join(endpoint.capabilities.models[:20]))
        if not endpoint.model and len(endpoint.capabilities.models) == 1:
            endpoint.model = endpoint.capabilities.models[0]
    endpoint = store.add(endpoint)
    secrets = SecretStore()
    if key:
        secrets.set(endpoint.key_name, key)
        if secrets.problem:
            sys.stderr.write(f"ponder: note: {secrets.problem}\n")
    print(f"added {endpoint.name}: {endpoint.url}")
    if endpoint.capabilities.probed_at:
        _describe(endpoint)
    return 0


def _probe(store: EndpointStore, endpoint: Endpoint, args: argparse.Namespace) -> int:
    from engine.remote_http import probe

    endpoint.capabilities = probe(endpoint.url, SecretStore().get(endpoint.key_name) or "", endpoint.ca_file)
    store.update(endpoint)
    if args.json:
        print(json.dumps(endpoint.to_json(), ensure_ascii=False))
    else:
        _describe(endpoint)
    return 0


def _describe(endpoint: Endpoint) -> None:
    caps = endpoint.capabilities
    print(f"  {caps.describe()}")
    models = ", ".join(caps.models[:10]) + (" …" if len(caps.models) > 10 else "")
    print(f"  models: {models or 'none'}" + (f" (using {endpoint.model})" if endpoint.model else ""))


def _list(store: EndpointStore, args: argparse.Namespace) -> int:
    if store.problem:
        sys.stderr.write(f"ponder: note: {store.problem}\n")
    if args.json:
        for endpoint in store.endpoints:
            print(json.dumps(endpoint.to_json(), ensure_ascii=False))
        return 0
    if not store.endpoints:
        print("No servers. Add one with: ponder remote add NAME http://HOST:PORT/v1")
        return 0
    for endpoint in store.endpoints:
        print(f"{endpoint.name:20} {endpoint.url:40} {endpoint.model or '(model not chosen)'}")
        if endpoint.capabilities.probed_at:
            print(f"{'':20} {endpoint.capabilities.describe()}")
    return 0


PLAIN_HTTP_WARNING = Text(translate("Engine", "the key will travel unencrypted (http://) to another computer; "
                                              "anyone on the network path can read it. Use https:// if the server "
                                              "offers it."))


def plain_http_elsewhere(url: str) -> bool:
    """An http:// address that is not this computer: a key sent there can be read on the way."""
    parts = urlsplit(url)
    return parts.scheme == "http" and parts.hostname not in ("localhost", "127.0.0.1", "::1")


# -- chat --remote ---------------------------------------------------------------------------------
def remote_load_options(target: str, model: str = "", family: str = "", store: EndpointStore | None = None,
                        secrets: SecretStore | None = None) -> tuple[P.LoadOptions, Endpoint | None]:
    """Load options for a model on an added server (by name) or an address given for this run."""
    store = store or EndpointStore()
    endpoint = store.get(target)
    if endpoint is not None:
        key = (secrets or SecretStore()).get(endpoint.key_name) or ""  # its own key only, never another's
        url, model, family = endpoint.url, model or endpoint.model, family or endpoint.family
        caps = endpoint.capabilities.to_json() if endpoint.capabilities.probed_at else None
        ca_file, name = endpoint.ca_file, endpoint.name
    elif "://" in target:
        url, key, caps, ca_file, name = normalize_url(target), os.environ.get(KEY_ENV, ""), None, "", ""
    else:
        raise RemoteCommandError(f"no server named {target!r}: add it with `ponder remote add {target} URL`, "
                                 "or give an address such as http://host:8000/v1")
    remote = {"url": url, "model": model, "api_key": key, "ca_file": ca_file, "server": name,
              "capabilities": caps}
    return P.LoadOptions(path="", name=model, family=family, remote=remote), endpoint


def learn(store: EndpointStore, endpoint: Endpoint | None, event: dict[str, Any]) -> None:
    """Remember what a load or a reply showed about a server (its probe, the field it streams)."""
    if endpoint is None:
        return
    changed = False
    caps_data = event.get("capabilities")
    if isinstance(caps_data, dict) and not endpoint.capabilities.probed_at:
        endpoint.capabilities, changed = Capabilities.from_json(caps_data), True
    seen = event.get("reasoning_field")
    if seen in (ReasoningField.REASONING, ReasoningField.REASONING_CONTENT, ReasoningField.RAW) \
            and endpoint.capabilities.reasoning_field != seen:
        endpoint.capabilities.reasoning_field, changed = ReasoningField(seen), True
    if event.get("budget_fallback") and endpoint.capabilities.budget_method is not BudgetMethod.TWO_PHASE:
        endpoint.capabilities.budget_method, changed = BudgetMethod.TWO_PHASE, True
    if changed:
        try:
            store.update(endpoint)
        except (KeyError, OSError):
            return  # removed meanwhile, or the folder is read-only: the next probe finds it again
