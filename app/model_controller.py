"""Which model runs: the models on this computer, loading one, remembering it, and the engine's restarts.

It tells the window in intents (the model list, the status line, what the
reasoning control may offer) and the chat controller what to load.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from engine import protocol as P
from engine.local_models import LocalModel, list_local_models
from engine.messages import message_of
from engine.paths import models_dir
from engine.profiles import Profile, ReasoningKind, by_family, detect
from ui import l10n
from ui.main_window import MainWindow

from .chat_controller import ChatController
from .engine_bridge import EngineBridge
from .engine_jobs import RESTART_WINDOW_S, RESTARTS
from .servers_controller import ServersController
from .settings import Settings

log = logging.getLogger(__name__)
REMOTE_PREFIX = "remote:"  # a remembered last model that runs on a server: remote:NAME


def reasoning_kind(profile: Profile) -> ReasoningKind:
    return ReasoningKind(profile.reasoning) if profile.can_reason else ReasoningKind.NONE


def model_label(model: LocalModel) -> str:
    assert model.info is not None
    family = l10n.localized(detect(model.info).label)
    return f"{model.name} — {family} · {model.info.display_size} {model.info.quantization}"  # names only


class ModelController(QObject):
    """Owns the list of local models and which one is loaded (or loading)."""

    ready = Signal(object)  # the loaded model's Profile

    def __init__(self, window: MainWindow, settings: Settings, chats: ChatController,
                 bridge: EngineBridge, parent: QObject | None = None, servers: ServersController | None = None):
        super().__init__(parent)
        self.window, self.settings, self.chats, self.bridge = window, settings, chats, bridge
        self.servers = servers or ServersController(self)
        self.models: list[LocalModel] = []
        self.remotes: list[str] = []  # the servers offered after the local models (their names)
        self.options: P.LoadOptions | None = None
        self._reported_unusable: set[str] = set()
        self._restarting = False
        self._loaded = False  # the current model loaded at least once (a crash while loading is not retried)
        self._crashes: list[float] = []  # when the engine died lately
        bridge.loaded.connect(self._on_loaded)
        bridge.load_failed.connect(self._on_load_failed)
        bridge.engine_crashed.connect(self._on_crashed)
        bridge.stats_received.connect(self._on_stats)
        window.model_chosen.connect(self.load)
        self.servers.changed.connect(self.refresh)
        self.servers.use_requested.connect(self.load_remote)

    # -- the models on this computer -------------------------------------------
    def refresh(self) -> None:
        found = list_local_models()
        extra = self.settings.get("models_folder")
        if extra and os.path.isdir(extra):
            found += [m for m in list_local_models(Path(extra)) if not m.builtin]
        self.models = [m for m in found if m.info is not None]
        unusable = {str(m.path): m.problem for m in found if m.info is None}
        if unusable.keys() - self._reported_unusable:  # each bad file is reported once, not hidden
            self.window.show_error(self.tr("%n file(s) in the models folder cannot be used and were skipped: "
                                           "{problems}", "", len(unusable))
                                   .format(problems="; ".join(l10n.localized(p) for p in unusable.values())))
        self._reported_unusable = set(unusable)
        self.remotes = [e.name for e in self.servers.endpoints]
        labels = [model_label(m) for m in self.models] + [
            self.tr("{model} — on {server} · {engine}", "model picker: a model on a server").format(
                model=e.model, server=e.name, engine=l10n.localized(e.capabilities.kind.label))
            for e in self.servers.endpoints]
        self.window.set_models(labels, max(self.current_index(), 0))
        if not self.models and not self.remotes:
            self.window.set_empty_hint(
                self.tr("No model found. Put a GGUF model in the models folder\n"
                        "({folder}) or reinstall with the starter model.").format(folder=os.fspath(models_dir())))
            self.window.set_model_status(self.tr("No model", "status bar: none found"))

    def current_index(self) -> int:
        """The picker's row of the model loaded (or loading), -1 if none."""
        if self.options is None:
            return -1
        if self.options.remote:
            server = str(self.options.remote.get("server", ""))
            return len(self.models) + self.remotes.index(server) if server in self.remotes else -1
        return self.index_of(self.options.path)

    def index_of(self, path: str) -> int:
        return next((i for i, m in enumerate(self.models) if str(m.path) == path), -1)

    def index_named(self, name: str) -> int:
        """The picker's row of a model by the name its replies are stored under (see P.model_label)."""
        found = next((i for i, m in enumerate(self.models) if m.name == name), -1)
        if found < 0:
            remote = [f"{e.model} on {e.name}" for e in self.servers.endpoints]
            found = len(self.models) + remote.index(name) if name in remote else -1
        return found

    # -- loading ---------------------------------------------------------------
    def load_last(self) -> None:
        """The model used last time, else the first one."""
        last = str(self.settings.get("last_model") or "")
        if last.startswith(REMOTE_PREFIX) and last[len(REMOTE_PREFIX):] in self.remotes:
            self.load(len(self.models) + self.remotes.index(last[len(REMOTE_PREFIX):]))
            return
        index = self.index_of(last)
        self.load(max(index, 0))

    def load_path(self, path: str) -> None:
        index = self.index_of(path)
        if index >= 0:
            self.load(index)

    def load_remote(self, name: str) -> None:
        """Load the model of an added server (the Servers dialog's Use)."""
        self.refresh()
        if name in self.remotes:
            self.load(len(self.models) + self.remotes.index(name))

    def load(self, index: int) -> None:
        if len(self.models) <= index < len(self.models) + len(self.remotes):
            self._load_remote(self.remotes[index - len(self.models)], index)
            return
        if not 0 <= index < len(self.models):
            return
        model = self.models[index]
        self.window.set_current_model(index)
        st = self.settings
        self.options = P.LoadOptions(path=str(model.path), name=model.name, n_ctx=st.get("context_size"),
                                     gpu_layers=st.get("gpu_layers"), threads=st.get("threads"))
        self._restarting = self._loaded = False
        self.window.set_model_status(self.tr("Loading {model}…").format(model=model.name))
        self.chats.load_model(self.options)  # a reply still running ends first (cancelled)

    def _load_remote(self, name: str, index: int) -> None:
        self.window.set_current_model(index)
        try:
            self.options = self.servers.load_options(name)
        except (ValueError, P.EngineError) as exc:
            self.window.show_error(self.tr("Could not use {server}: {error}").format(
                server=name, error=l10n.localized(message_of(exc))))
            return
        self._restarting = self._loaded = False
        self.window.set_model_status(self.tr("Connecting to {server}…").format(server=name))
        self.chats.load_model(self.options)

    def reload(self) -> None:
        """Load the current model again (its settings changed)."""
        if self.options is not None:
            self.load(max(self.current_index(), 0))

    @property
    def loaded_name(self) -> str:
        model = self.bridge.model
        return P.model_label(model) if model else ""

    def _on_loaded(self, event: dict[str, Any]) -> None:
        profile = by_family(event.get("family", "plain"))
        family = l10n.localized(profile.label)
        if event.get("offload") == "remote":  # which server, which engine, how reasoning and budget work
            where = self.tr("on {server} · {engine}", "status bar: where the model runs").format(
                server=event.get("server"), engine=l10n.event_text(event, "backend"))
            self.window.set_model_status(self.tr("{model} on {server} ({family})").format(
                model=event.get("model"), server=event.get("server"), family=family))
            self.servers.learn(str(event.get("server", "")), event)
        else:
            self.window.set_model_status(self.tr("{model} ({family})", "status bar: the loaded model").format(
                model=event.get("model"), family=family))
            if event.get("offload") == "gpu":
                where = self.tr("GPU, %n layer(s)", "status bar: where the model runs",
                                int(event.get("gpu_layers", 0)))
            else:
                where = self.tr("CPU, %n thread(s)", "status bar: where the model runs",
                                int(event.get("threads", 0)))
        # which backend, and why
        self.window.set_placement(where, l10n.event_text(event, "backend_reason"))
        if self._restarting:
            self.window.show_notice(
                self.tr("The engine was restarted; the reply it was writing is kept as it was."))
        self._restarting, self._loaded = False, True
        remembered = (REMOTE_PREFIX + str(self.options.remote.get("server", "")) if self.options and
                      self.options.remote else self.options.path if self.options else "")
        if self.options is not None and self.settings.get("last_model") != remembered:
            self.settings.set("last_model", remembered)
            self._save_settings()
        for notice in l10n.event_texts(event, "notices"):
            self.window.show_notice(notice)
        self.ready.emit(profile)

    def _on_stats(self, stats: dict[str, Any]) -> None:
        if stats.get("server") and self.options is not None and self.options.remote:
            self.servers.learn(str(self.options.remote.get("server", "")), stats)

    def _on_load_failed(self, message: str) -> None:
        self._restarting = False
        self._show_unloaded()
        if self.chats.take_unanswered():
            self.window.show_error(self.tr("Could not load the model: {problem} Your message was not answered: "
                                           "choose a model and press Regenerate.").format(problem=message))
        else:
            self.window.show_error(self.tr("Could not load the model: {problem}").format(problem=message))

    def _on_crashed(self, message: str) -> None:
        """One message for the whole story: what happened, then (on reload) that it is over.

        The engine is restarted with the same model, unless the model itself brought it
        down (a crash while loading) or it keeps dying (RESTARTS within RESTART_WINDOW_S).
        """
        now = time.monotonic()
        self._crashes = [t for t in self._crashes if now - t < RESTART_WINDOW_S] + [now]
        if self.options is None:
            return
        if not self._loaded:
            self._restarting = False  # it died loading this model: load_failed has told it, once
            return
        if len(self._crashes) > RESTARTS:
            self._restarting = False
            self.chats.engine_unavailable(message)
            self._show_unloaded()
            self.window.show_error(self.tr("{problem} Ponder did not restart it: it stopped %n time(s) in a minute. "
                                           "Choose a model to try again.", "", len(self._crashes))
                                   .format(problem=message))
            return
        self.window.show_notice(self.tr("{problem} Restarting the engine…").format(problem=message), 0)
        self._restarting = True
        self.chats.load_model(self.options)

    def _show_unloaded(self) -> None:
        self.window.set_model_status(self.tr("No model loaded", "status bar"))

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:  # remembering the last model is a convenience: the next save keeps it
            log.info("the last model could not be remembered: %s", exc)
