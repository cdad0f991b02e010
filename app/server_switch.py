"""The window's "Local server" switch: starts and stops the API server, keeps its status line.

The server runs on its own thread (uvicorn, app/server_runner.py); its
generations go through the window's EngineBridge, which takes turns between
them and the window's replies and tells this object, on the GUI thread, when a
server job starts and ends.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QGuiApplication

from engine.messages import message_of
from engine.openai_wire import ReasoningOutput
from engine.secrets import SecretStore
from ui import l10n
from ui.main_window import MainWindow

from .engine_bridge import EngineBridge
from .questions import CANCEL, Ask, Question
from .server_lane import EngineJob
from .settings import Settings

if TYPE_CHECKING:
    from .server_runner import LocalServer

log = logging.getLogger(__name__)
# The network question's choices: English names, shown translated by the question's dialog.
ALLOW = str(QT_TRANSLATE_NOOP("Question", "Allow other computers"))


class ServerSwitch(QObject):
    def __init__(self, window: MainWindow, settings: Settings, bridge: EngineBridge, ask: Ask,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.window, self.settings, self.bridge, self.ask = window, settings, bridge, ask
        self.server: LocalServer | None = None
        self.served = 0  # generations ended since the switch went on
        self.current: EngineJob | None = None  # the one the engine writes now
        self._secrets = SecretStore()  # one for the app's life: a key kept in memory stays the same
        self._key_note = ""
        window.server_action.triggered.connect(self._on_switch)
        window.server_lan_action.triggered.connect(self._on_lan)
        window.server_address_action.triggered.connect(self._copy_address)
        window.server_key_action.triggered.connect(self._show_key)
        bridge.job_started.connect(self._on_job_started)
        bridge.job_ended.connect(self._on_job_ended)
        bridge.reply_queued.connect(self._on_reply_queued)
        bridge.engine_restarting.connect(self._on_engine_restarting)
        self._show()

    @property
    def running(self) -> bool:
        return self.server is not None

    def restore(self) -> None:
        """At launch: the server is on again if it was on when Ponder closed."""
        if self.settings.get("server_enabled"):
            self.start()

    def start(self) -> bool:
        """Switch the server on (a failure is told, and the switch stays off)."""
        if self.server is not None:
            return True
        # the ASGI stack (uvicorn, Starlette) is imported when the server is first switched on: it would
        # add about 0.35 s to every start of the window
        from .server_runner import LocalServer, ServerError, ServerOptions
        from .server_security import BadKey, resolve_key

        st = self.settings
        options = ServerOptions(port=st.get("server_port"), lan=st.get("server_lan"),
                                origins=tuple(st.get("server_origins")),
                                reasoning_output=ReasoningOutput(st.get("server_reasoning_output")))
        try:
            key = resolve_key(None, self._secrets, lan=options.lan)
            server = LocalServer(self.bridge, options, key.value)
            server.start()
        except (ServerError, BadKey) as exc:
            self.window.show_error(self.tr("The local server did not start: {error}").format(
                error=l10n.localized(message_of(exc))))
            self._show()
            return False
        self.server, self.served, self._key_note = server, 0, key.note
        self._remember(True)
        self._show()
        if server.exposed:
            self.window.show_notice(self._lan_warning())
        return True

    def stop(self) -> None:
        """Switch it off: requests in flight end, the port is freed."""
        self.shutdown()
        self._remember(False)

    def shutdown(self) -> None:
        """Stop serving (Ponder quits, or the switch goes off); the setting is left as it is."""
        server, self.server = self.server, None
        if server is not None:
            server.stop()
        self.current = None
        self._show()

    # -- the user's intents -----------------------------------------------------------
    def _on_switch(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def _on_lan(self, on: bool) -> None:
        question = Question(self.tr("Allow other computers?"), self._lan_warning(), (ALLOW, CANCEL))
        if on and self.ask(question) != ALLOW:
            self._show()
            return
        self.settings.set("server_lan", on)
        self._save()
        if self.server is not None:  # listen again, where the setting now says
            self.shutdown()
            self.start()
        self._show()

    def _copy_address(self) -> None:
        if self.server is not None:
            QGuiApplication.clipboard().setText(f"{self.server.url}/v1")
            self.window.show_notice(self.tr("The local server's address was copied."))

    def _show_key(self) -> None:
        from .server_security import BadKey, resolve_key

        try:
            key = resolve_key(None, self._secrets)
        except BadKey as exc:
            self.window.show_error(l10n.localized(message_of(exc)))
            return
        QGuiApplication.clipboard().setText(key.value)
        self.window.show_server_key(key.value)
        copied = self.tr("The API key was copied to the clipboard.")
        self.window.show_notice(" ".join(sentence for sentence in (copied, l10n.localized(key.note)) if sentence))

    # -- what the bridge tells -----------------------------------------------------------
    def _on_job_started(self, job: EngineJob) -> None:
        self.current = job
        self._show()

    def _on_job_ended(self, job: EngineJob) -> None:
        if job is self.current:
            self.current = None
        if job.started_at is not None:
            self.served += 1
        self._show()

    def _on_reply_queued(self) -> None:
        if self.bridge.restarting:
            self.window.show_notice(
                self.tr("The engine is starting again; your message is answered once it is back."))
            return
        client = self.current.client if self.current is not None else ""
        self.window.show_notice(
            self.tr("The local server is answering a request for {client}; your message is answered right after "
                    "it.").format(client=client) if client else
            self.tr("The local server is answering a request; your message is answered right after it."))

    def _on_engine_restarting(self, message: str) -> None:
        """A local-server request brought the engine down: said here (the window's reply was not hurt)."""
        self.window.show_notice(message)

    def _show(self) -> None:
        server = self.server
        if server is None:
            self.window.set_server_status(False, "", "", self.settings.get("server_lan"))
            return
        parts = [server.url, self.tr("%n served", "local server: requests answered", self.served)]
        if self.current is not None:
            parts.append(self._answering(self.current.client, self.bridge.waiting_jobs))
        tip = [self.tr("OpenAI-compatible API at {url}/v1. Every request needs the API key (Local server > Show "
                       "API key…).").format(url=server.url)]
        if server.exposed:
            tip.append(self._lan_warning())
        if self._key_note:
            tip.append(l10n.localized(self._key_note))
        self.window.set_server_status(True, " · ".join(parts), " ".join(tip), self.settings.get("server_lan"))

    def _answering(self, client: str, waiting: int) -> str:
        """The status line's part for the request the engine writes now, and how many wait."""
        if waiting:
            return (self.tr("answering {client} (+%n waiting)", "local server", waiting).format(client=client)
                    if client else self.tr("answering a client (+%n waiting)", "local server", waiting))
        return (self.tr("answering {client}", "local server").format(client=client) if client
                else self.tr("answering a client", "local server"))

    def _lan_warning(self) -> str:
        """What opening the server to the network means (the window's words for server_runner's
        LAN_WARNING, which the command line prints in English)."""
        return self.tr("The server is open to other computers on your network. Anyone there who has the key can "
                       "use your model, and the traffic is not encrypted: do this only on a network you trust.")

    def _remember(self, on: bool) -> None:
        if self.settings.get("server_enabled") != on:
            self.settings.set("server_enabled", on)
            self._save()

    def _save(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:  # the switch works for this session; the next save keeps the setting
            log.info("the settings could not be saved: %s", exc)
