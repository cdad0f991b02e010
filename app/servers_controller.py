"""The servers a user added, for the window: the Servers dialog, probes in the background, keys in the keyring.

Probing a server is network work: it runs on a worker thread and comes back
as a signal, so a slow or unreachable server never freezes the window.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from engine import profiles
from engine import protocol as P
from engine.messages import message_of
from engine.remote_endpoints import Capabilities, Endpoint, EndpointStore, normalize_url
from engine.secrets import SecretStore
from ui import l10n
from ui.servers_dialog import NewServer, ServerRow, ServersDialog

from .remote_commands import PLAIN_HTTP_WARNING, learn, plain_http_elsewhere, remote_load_options

log = logging.getLogger(__name__)


def probe_in_background(url: str, key: str, ca_file: str) -> Capabilities:
    from engine.remote_http import probe  # the HTTP client, only when a server is used

    return probe(url, key, ca_file)


class ServersController(QObject):
    changed = Signal()  # servers were added, removed or re-probed
    use_requested = Signal(str)  # a server's name: load its model
    error = Signal(str)
    _probed = Signal(int, object)  # ticket, Capabilities or the error's message (from a worker thread)

    def __init__(self, parent: QObject | None = None, store: EndpointStore | None = None,
                 secrets: SecretStore | None = None):
        super().__init__(parent)
        self.store = store or EndpointStore()
        self.secrets = secrets or SecretStore()
        self.dialog: ServersDialog | None = None
        self._ticket = 0
        self._new_ticket = 0  # the probe of the server being added (the only one the dialog waits for)
        self._pending: dict[int, str] = {}  # ticket -> what it probes: "" for a new server, else a name
        self._found: Capabilities | None = None  # the last probe of the server being added
        self._probed.connect(self._on_probed)

    @property
    def endpoints(self) -> list[Endpoint]:
        """The servers with a model chosen: the ones the model picker offers."""
        return [e for e in self.store.endpoints if e.model]

    def rows(self) -> list[ServerRow]:
        return [ServerRow(e.name, e.url, e.model,
                          l10n.localized(e.capabilities.describe()) if e.capabilities.probed_at
                          else self.tr("not checked yet", "a server's capabilities")) for e in self.store.endpoints]

    def open_dialog(self, parent: QWidget | None = None) -> ServersDialog:
        if self.dialog is None:
            families = [(p.family, l10n.localized(p.label)) for p in profiles.PROFILES.values()]
            self.dialog = ServersDialog(families, parent)
            self.dialog.probe_requested.connect(self._probe_new)
            self.dialog.add_requested.connect(self.add)
            self.dialog.remove_requested.connect(self.remove)
            self.dialog.reprobe_requested.connect(self.reprobe)
            self.dialog.use_requested.connect(self.use_requested)
        if self.store.problem:
            self.error.emit(l10n.localized(self.store.problem))
        self.dialog.set_servers(self.rows())
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    # -- probing ---------------------------------------------------------------------
    def _start_probe(self, what: str, url: str, key: str, ca_file: str) -> int:
        self._ticket += 1
        ticket = self._ticket
        self._pending[ticket] = what

        def work() -> None:
            try:
                result: Capabilities | str = probe_in_background(url, key, ca_file)
            except (P.EngineError, ValueError, OSError) as exc:
                result = l10n.localized(message_of(exc))
            except Exception as exc:  # a bug of ours must not leave the dialog waiting forever
                log.exception("probing %s failed", url)
                result = self.tr("Checking the server failed unexpectedly ({kind}: {error}).").format(
                    kind=type(exc).__name__, error=exc)
            self._probed.emit(ticket, result)

        threading.Thread(target=work, name="server-probe", daemon=True).start()
        return ticket

    def _probe_new(self, url: str, key: str, ca_file: str) -> None:
        self._found = None
        try:
            url = normalize_url(url)
        except ValueError as exc:
            if self.dialog is not None:
                self.dialog.show_probe_error(l10n.localized(message_of(exc)))
            return
        self._new_ticket = self._start_probe("", url, key, ca_file)

    def reprobe(self, name: str) -> None:
        endpoint = self.store.get(name)
        if endpoint is not None:
            self._start_probe(endpoint.name, endpoint.url, self.secrets.get(endpoint.key_name) or "",
                              endpoint.ca_file)

    def _on_probed(self, ticket: int, result: object) -> None:
        what = self._pending.pop(ticket, None)
        if what == "":
            if ticket != self._new_ticket or self.dialog is None:
                return  # the user pressed Connect again since: an older answer
            if isinstance(result, Capabilities):
                self._found = result
                self.dialog.show_probe(l10n.localized(result.describe()), result.models)
            else:
                self.dialog.show_probe_error(str(result))
            return
        if what is None:
            return
        endpoint = self.store.get(what)
        if endpoint is None:
            return
        if isinstance(result, Capabilities):
            endpoint.capabilities = result
            self._save(endpoint)
        else:
            self.error.emit(self.tr("{server}: {problem}").format(server=endpoint.name, problem=result))

    # -- changes -----------------------------------------------------------------------
    def add(self, new: NewServer) -> Endpoint | None:
        caps = self._found or Capabilities()
        endpoint = Endpoint(new.name, new.url, model=new.model, ca_file=new.ca_file, family=new.family,
                            capabilities=caps)
        try:
            endpoint = self.store.add(endpoint)
        except (ValueError, OSError) as exc:
            if self.dialog is not None:
                self.dialog.show_probe_error(l10n.localized(message_of(exc)))
            return None
        if new.api_key:
            self.secrets.set(endpoint.key_name, new.api_key)
            if self.secrets.problem:
                self.error.emit(l10n.localized(self.secrets.problem))
            if plain_http_elsewhere(endpoint.url):
                self.error.emit(self.tr("{server}: {warning}", "a server's name, then what is wrong with it").format(
                    server=endpoint.name, warning=l10n.localized(PLAIN_HTTP_WARNING)))
        self._found = None
        if self.dialog is not None:
            self.dialog.show_added()
        self._changed()
        return endpoint

    def remove(self, name: str) -> None:
        try:
            endpoint = self.store.remove(name)
        except KeyError:
            return
        except OSError as exc:
            self.error.emit(self._not_saved(exc))
            return
        self.secrets.delete(endpoint.key_name)
        self._changed()

    def _save(self, endpoint: Endpoint) -> None:
        try:
            self.store.update(endpoint)
        except (KeyError, OSError) as exc:
            self.error.emit(self._not_saved(exc))
            return
        self._changed()

    def _not_saved(self, exc: Exception) -> str:
        return self.tr("The list of servers could not be saved: {error}").format(
            error=l10n.localized(message_of(exc)))

    def _changed(self) -> None:
        if self.dialog is not None:
            self.dialog.set_servers(self.rows())
        self.changed.emit()

    # -- using one ---------------------------------------------------------------------
    def load_options(self, name: str) -> P.LoadOptions:
        options, _endpoint = remote_load_options(name, store=self.store, secrets=self.secrets)
        return options

    def learn(self, name: str, event: dict[str, Any]) -> None:
        """What a load or a reply showed about a server (its probe, the reasoning field it streams)."""
        endpoint = self.store.get(name)
        if endpoint is not None:
            before = endpoint.capabilities.to_json()
            learn(self.store, endpoint, event)
            if endpoint.capabilities.to_json() != before:
                self._changed()
