"""Keyring backends for tests only (the real app never stores secrets in a file).

`FileKeyringForTests` keeps secrets in a JSON file named by $PONDER_TEST_KEYRING so
that a child process sees what the test stored; `InsecureKeyring` looks like a
plain-text backend, which Ponder must refuse to use.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyringForTests(KeyringBackend):
    # below zero: never picked by keyring's own detection, only when a test names it
    priority = -1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["PONDER_TEST_KEYRING"])

    def _load(self) -> dict:
        p = self._path()
        return json.loads(p.read_text()) if p.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._path().write_text(json.dumps(data))


class PlaintextKeyring(FileKeyringForTests):
    """Named like keyrings.alt's plain-text backend."""
