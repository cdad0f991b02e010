"""Opening the data folder at startup: one window per folder, the chats, and what to do when they fail.

Every problem ends in a question with its ways out (move a damaged file aside,
go on without saving, quit); nothing is deleted and nothing is decided unasked.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLockFile

from engine import store as S
from engine.messages import message_of
from engine.paths import DataFolderError, chats_db_path, models_dir, ponder_home
from engine.store import ChatStore, StoreError, move_aside
from ui import l10n

from .questions import Ask, Question

LOCK_NAME = "ponder.lock"

# What the user may answer when the chats cannot be opened (or saved at the end): English names,
# shown translated by the question's dialog.
QUIT = str(QT_TRANSLATE_NOOP("Question", "Quit"))
START_FRESH = str(QT_TRANSLATE_NOOP("Question", "Move it aside and start fresh"))
NO_SAVING = str(QT_TRANSLATE_NOOP("Question", "Continue without saving"))
RETRY = str(QT_TRANSLATE_NOOP("Question", "Try again"))
_WAYS_OUT = {
    S.DAMAGED: (START_FRESH, NO_SAVING, QUIT),
    S.NOT_A_FILE: (START_FRESH, NO_SAVING, QUIT),
    S.NEWER: (QUIT,),
}
_HINTS = {  # translated where shown, in the DataFolder context
    START_FRESH: str(QT_TRANSLATE_NOOP(
        "DataFolder", "Ponder can move it aside (renamed, nothing is deleted) and start with no chats.")),
    NO_SAVING: str(QT_TRANSLATE_NOOP(
        "DataFolder", "Ponder can run without saving: chats then last until you quit.")),
}


class StartupCancelled(Exception):
    """Ponder did not start; the user was told why (the message says it again)."""


class DataFolder:
    """Opens the chats of the data folder, holding its lock until `release`.

    `saving` is False when the user chose to go on without saving (an in-memory
    store); `notes` are told once the window is up.
    """

    def __init__(self, ask: Ask):
        self.ask = ask
        self.saving = True
        self.notes: list[str] = []
        self._lock: QLockFile | None = None

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Text for the user, in the DataFolder context (lupdate files `self.tr` under the class's name)."""
        return QCoreApplication.translate("DataFolder", text, disambiguation, n)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def open(self) -> ChatStore:
        try:
            home = ponder_home()
            models_dir()
        except DataFolderError as exc:
            self._refuse(l10n.localized(message_of(exc)))
        why = self._lock_data_folder(home)
        if why:
            store = self._way_out(StoreError(S.UNWRITABLE, why))
            assert store is not None  # an unwritable folder offers no fresh start
            return store
        return self._open_chats(chats_db_path())

    def _lock_data_folder(self, home: Path) -> str:
        """One window per data folder (a second would take the first's live reply for a dead one).

        Returns "" when this window owns the folder, else why it cannot.
        """
        lock = QLockFile(os.fspath(home / LOCK_NAME))
        if lock.tryLock(0):
            self._lock = lock
            return ""
        if lock.error() == QLockFile.LockError.LockFailedError:
            pid = (lock.getLockInfo() or (0,))[0]
            if pid:
                self._refuse(self.tr("Ponder is already open with the data folder {folder} (process {pid}). "
                                     "Use that window, or close it and start Ponder again.")
                             .format(folder=home, pid=pid))
            self._refuse(self.tr("Ponder is already open with the data folder {folder}. Use that window, or "
                                 "close it and start Ponder again.").format(folder=home))
        return self.tr("Ponder cannot write in its data folder {folder} (the lock file {file} cannot be "
                       "created). Check the folder's permissions.").format(folder=home, file=LOCK_NAME)

    def _open_chats(self, path: Path) -> ChatStore:
        """Open the chats; on a problem, ask. A damaged file is moved aside only when the user says so."""
        while True:
            try:
                return self._owned(ChatStore(path))
            except StoreError as exc:
                store = self._way_out(exc)
            if store is not None:
                return store
            try:
                moved = move_aside(path)
            except StoreError as exc:
                store = self._way_out(exc)
                assert store is not None  # a failed move offers no fresh start
                return store
            self.notes.append(self.tr("The damaged chat database was moved to {path}; "
                                      "Ponder started with no chats.").format(path=moved))

    def _way_out(self, error: StoreError) -> ChatStore | None:
        """Ask: an in-memory store to go on without saving, or None to move the file aside and start fresh.

        Quitting raises StartupCancelled.
        """
        choices = _WAYS_OUT.get(error.kind, (NO_SAVING, QUIT))
        sentences = [l10n.localized(message_of(error))]  # what went wrong, then each way out
        sentences += [QCoreApplication.translate("DataFolder", _HINTS[c]) for c in choices if c in _HINTS]
        answer = self.ask(Question(self.tr("Ponder cannot open your chats"), " ".join(sentences).strip(), choices))
        if answer == START_FRESH and answer in choices:
            return None
        if answer == NO_SAVING and answer in choices:
            self.saving = False
            self.notes.append(self.tr("Chats are not saved in this session; they last until you quit."))
            return ChatStore(":memory:")
        raise StartupCancelled(str(error))

    def _owned(self, store: ChatStore) -> ChatStore:
        """This window owns the data folder: replies left streaming by a killed run become interrupted."""
        try:
            count = store.recover_streaming()
        except StoreError:
            store.close()
            raise
        if count:
            self.notes.append(self.tr("%n reply(ies) were cut off when Ponder last closed; they are kept, "
                                      "marked interrupted.", "", count))
        return store

    def _refuse(self, text: str) -> NoReturn:
        self.ask(Question(self.tr("Ponder cannot start"), text, (QUIT,)))
        raise StartupCancelled(text)

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
