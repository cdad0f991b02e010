"""Where Ponder keeps settings, chats and models (PONDER_HOME overrides)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def ponder_home() -> Path:
    """The data folder: $PONDER_HOME, else the platform's user data folder."""
    env = os.environ.get("PONDER_HOME", "").strip()
    home = Path(env).expanduser() if env else Path(platformdirs.user_data_dir("Ponder", False))
    home.mkdir(parents=True, exist_ok=True)
    return home


def models_dir() -> Path:
    path = ponder_home() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_path() -> Path:
    return ponder_home() / "settings.json"


def chats_db_path() -> Path:
    return ponder_home() / "chats.sqlite3"
