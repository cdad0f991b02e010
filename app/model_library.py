"""The model library behind the manager window: catalog, hub listings, downloads, tokens, import."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from engine.catalog import as_json as catalog_json
from engine.catalog import licence_notice, load_catalog, with_hub_sizes
from engine.downloads import Downloader, ErrorKind
from engine.gguf_meta import GGUFError, read_model_info
from engine.hardware import Hardware, detect_hardware
from engine.messages import message_of
from engine.paths import models_dir
from engine.protocol import JobState
from engine.safe_paths import UnsafeName, inside
from engine.secrets import HF_TOKEN, SecretStore
from ui import l10n
from ui.main_window import MainWindow
from ui.model_manager import ModelManager

from .downloads_controller import DownloadJob, DownloadsController
from .questions import CANCEL, Ask, Question, ask_with_dialog
from .settings import Settings

# The licence question's choices: English names, shown translated by the question's dialog.
ACCEPT = str(QT_TRANSLATE_NOOP("Question", "Accept and download"))


def settings_not_saved(exc: OSError) -> str:
    """What the window says when the settings file could not be written."""
    return QCoreApplication.translate("Settings", "Settings could not be saved: {error}").format(error=exc)


class ModelLibrary(QObject):
    models_changed = Signal()  # a model was downloaded, imported or deleted
    use_requested = Signal(str)  # path of the model to load
    import_failed = Signal(str)

    def __init__(self, window: MainWindow, settings: Settings, parent: QObject | None = None,
                 ask: Ask = ask_with_dialog):
        super().__init__(parent)
        self.window, self.settings, self.ask = window, settings, ask
        self.secrets = SecretStore()
        self.downloads = DownloadsController(self._make_downloader, self)
        self.manager: ModelManager | None = None
        self.catalog = load_catalog()
        self.hardware: Hardware | None = None
        self._hardware_text = ""
        self.downloads.job_changed.connect(self._on_job_changed)
        self.downloads.model_ready.connect(lambda _path: self.models_changed.emit())
        self.import_failed.connect(window.show_error)

    def show_local(self, local_models: list[dict]) -> None:
        if self.manager is not None:
            self.manager.show_local(local_models)

    def shutdown(self) -> None:
        self.downloads.shutdown()

    @property
    def offline_mode(self) -> bool:
        """The offline setting: no network calls at all (search and downloads are off)."""
        return bool(self.settings.get("offline"))

    def apply_settings(self) -> None:
        """After the settings changed: the banner says whether offline mode is on."""
        if self.manager is not None:
            self.manager.set_offline_mode(self.offline_mode)

    def _make_downloader(self) -> Downloader:
        token = os.environ.get("HF_TOKEN") or self.secrets.get(HF_TOKEN)
        return Downloader(token=token, offline=self.offline_mode)

    def open(self, local_models: list[dict]) -> ModelManager:
        """Show the manager (created once), with fresh hardware facts and local models."""
        if self.manager is None:
            m = self.manager = ModelManager(self.window)
            m.download_requested.connect(self.request_download)
            m.search_requested.connect(self.downloads.search)
            m.pause_requested.connect(self.downloads.pause)
            m.resume_requested.connect(self.downloads.resume)
            m.cancel_requested.connect(self.downloads.cancel)
            m.use_requested.connect(self.use_requested)
            m.delete_requested.connect(self._delete_model_path)
            m.import_requested.connect(self._import_model)
            self.downloads.search_finished.connect(lambda _t, hits: m.show_results(hits))
            self.downloads.search_failed.connect(m.show_search_error)
            self.downloads.listings_ready.connect(self._on_listings)
            if not self.offline_mode:
                self.downloads.refresh_listings([c.repo_id for c in self.catalog])
        self.manager.set_offline_mode(self.offline_mode)
        hw = self.hardware = detect_hardware()
        self._hardware_text = self._describe(hw)
        self.manager.show_catalog([catalog_json(m, hw) for m in self.catalog], self._hardware_text)
        self.manager.show_local(local_models)
        self.manager.show()
        self.manager.raise_()
        return self.manager

    def _describe(self, hw: Hardware) -> str:
        """The manager's line about this computer: its GPUs and free memory."""
        gpus = ", ".join(self.tr("{name} ({free} of {total} free)", "a GPU and its free memory").format(
            name=g.name, free=l10n.size(g.free), total=l10n.size(g.total)) for g in hw.gpus)
        if not gpus:
            gpus = (self.tr("no NVIDIA GPU found ({problem})").format(problem=l10n.localized(hw.problem))
                    if hw.problem else self.tr("no NVIDIA GPU found"))
        return self.tr("This computer: {gpus}; {ram} of RAM free.").format(
            gpus=gpus, ram=l10n.size(hw.ram_available))

    def request_download(self, repo_id: str, filename: str) -> None:
        """Queue a download, once the user has accepted the model's licence where it asks for that."""
        licence, text = licence_notice(repo_id, self.catalog)  # hub search results too, not only the catalog
        accepted = self.settings.get("accepted_licences")
        if text and licence not in accepted:
            if self.ask(Question(self.tr("Model licence"), l10n.localized(text), (ACCEPT, CANCEL))) != ACCEPT:
                return
            self.settings.set("accepted_licences", [*accepted, licence])
            try:
                self.settings.save()
            except OSError as exc:
                self.window.show_error(settings_not_saved(exc))
        self.downloads.enqueue(repo_id, filename)

    def _on_listings(self, listings: dict) -> None:
        self.catalog = [with_hub_sizes(m, listings[m.repo_id]) if m.repo_id in listings else m
                        for m in self.catalog]
        if self.manager is not None and self.hardware is not None:
            hw = self.hardware
            self.manager.show_catalog([catalog_json(m, hw) for m in self.catalog], self._hardware_text)

    def _on_job_changed(self, job: DownloadJob) -> None:
        if self.manager is not None:
            self.manager.update_job(job)
        if job.state is JobState.FAILED and job.kind is ErrorKind.AUTH and self.manager is not None:
            token, ok = QInputDialog.getText(
                self.manager, self.tr("Hugging Face token"),
                self.tr("{problem}\n\nPaste a token with read access (kept in the system keyring):")
                .format(problem=job.message),
                QLineEdit.EchoMode.Password)
            if ok and token.strip():
                self.secrets.set(HF_TOKEN, token.strip())
                if self.secrets.problem:
                    self.window.show_error(l10n.localized(self.secrets.problem))
                self.downloads.resume(job.id)

    def _delete_model_path(self, path: str) -> None:
        try:
            Path(path).unlink()
        except OSError as exc:
            self.window.show_error(self.tr("Could not delete {path}: {error}").format(path=path, error=exc))
        self.models_changed.emit()

    def _import_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a GGUF model"), "",
                                              self.tr("GGUF models (*.gguf)", "file filter: keep (*.gguf)"))
        if path:
            link = QMessageBox.question(
                self.window, self.tr("Import model"), self.tr("Link to the file where it is (Yes), or copy it "
                                                              "into Ponder's models folder (No)?")
            ) == QMessageBox.StandardButton.Yes
            self.import_model(Path(path), link)

    def import_model(self, source: Path, link: bool) -> None:
        try:
            read_model_info(source)
        except GGUFError as exc:
            self.window.show_error(self._not_imported(exc))
            return
        try:  # the name comes from outside: it must stay inside the models folder
            target = inside(models_dir(), f"imported/{source.name}")
        except (UnsafeName, OSError) as exc:  # OSError: the data folder itself is unusable
            self.window.show_error(self._not_imported(exc))
            return
        if target.exists() or target.is_symlink():
            self.window.show_error(self.tr("Not imported: {name} is already in the models folder.")
                                   .format(name=source.name))
            return
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if link:
                target.symlink_to(source.resolve())
        except OSError as exc:
            self.window.show_error(self.tr("Not imported: {error} ({folder})")
                                   .format(error=exc.strerror or exc, folder=target.parent))
            return
        if link:
            self.models_changed.emit()
            return

        def copy() -> None:  # off the GUI thread: models are gigabytes
            part = target.with_suffix(".gguf.part")
            try:
                shutil.copyfile(source, part)
                os.replace(part, target)
            except OSError as exc:
                part.unlink(missing_ok=True)
                self.import_failed.emit(self.tr("Could not copy {name}: {error}").format(
                    name=source.name, error=exc))
                return
            self.downloads.model_ready.emit(str(target))

        threading.Thread(target=copy, daemon=True, name="import").start()

    def _not_imported(self, exc: Exception) -> str:
        return self.tr("Not imported: {error}").format(error=l10n.localized(message_of(exc)))
