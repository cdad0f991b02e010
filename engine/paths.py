"""Where Ponder keeps settings, chats and models (PONDER_HOME overrides)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import platformdirs

from .messages import Text, translate

# kinds of DataFolderError
NOT_A_FOLDER = "not_a_folder"
UNWRITABLE = "unwritable"

_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)


class DataFolderError(OSError):
    """The data folder cannot be used; `kind` says why, the message says it plainly."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind

    def __str__(self) -> str:
        return str(self.args[0])


def home_path() -> Path:
    """The data folder's path, not created: $PONDER_HOME, else the platform's user data folder."""
    env = os.environ.get("PONDER_HOME", "").strip()
    return Path(env).expanduser() if env else Path(platformdirs.user_data_dir("Ponder", False))


def ponder_home() -> Path:
    """The data folder, created if missing; DataFolderError when that is impossible."""
    home = home_path()
    try:
        home.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise DataFolderError(NOT_A_FOLDER, Text(translate(
            "Engine", "Ponder's data folder {folder} cannot be used: {blocker} is a file, not a folder. "
                      "Move that file away, or set PONDER_HOME to another folder."),
            folder=str(home), blocker=str(_blocker(home)))) from exc
    except OSError as exc:
        raise DataFolderError(UNWRITABLE, Text(translate(
            "Engine", "Ponder's data folder {folder} cannot be created ({reason}). "
                      "Check its permissions, or set PONDER_HOME to another folder."),
            folder=str(home), reason=str(exc.strerror or exc))) from exc
    return home


def models_dir() -> Path:
    """The models folder, created when the data folder can be written.

    In a read-only data folder a missing models folder stays missing: it lists
    as empty, and whoever writes into it reports why that fails.
    """
    path = ponder_home() / "models"
    try:
        path.mkdir(exist_ok=True)
    except FileExistsError as exc:
        raise DataFolderError(NOT_A_FOLDER, Text(translate(
            "Engine", "Ponder's models folder {folder} is a file, not a folder. Move that file away."),
            folder=str(path))) from exc
    except OSError as exc:
        if exc.errno not in _READ_ONLY:
            raise DataFolderError(UNWRITABLE, Text(translate(
                "Engine", "Ponder's models folder {folder} cannot be created ({reason})."),
                folder=str(path), reason=str(exc.strerror or exc))) from exc
    return path


def settings_path() -> Path:
    return home_path() / "settings.json"


def chats_db_path() -> Path:
    return home_path() / "chats.sqlite3"


def _blocker(path: Path) -> Path:
    """The file that stands where a folder of `path` should be."""
    for candidate in (path, *path.parents):
        if candidate.exists() and not candidate.is_dir():
            return candidate
    return path
