"""Tokens live in the OS keyring, never in a file, a log or the chat database.

Without a secure keyring backend (headless Linux without a Secret Service, or
only a plain-text 'keyrings.alt' backend), a token is kept in memory for this
session only and `problem` says so plainly.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from .messages import Text, translate

SERVICE = "Ponder"
HF_TOKEN = "huggingface-token"
SERVER_API_KEY = "local-server-api-key"  # the bearer key of `ponder serve` and the window's local server


def _is_secure(backend: KeyringBackend) -> bool:
    name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    if "fail" in name or "null" in name or "plaintext" in name or "keyrings.alt" in name:
        return False
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return any(_is_secure(b) for b in chained)
    return True


class SecretStore:
    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        backend = keyring.get_keyring()
        self.secure = _is_secure(backend)
        self.problem = "" if self.secure else Text(translate(
            "Engine", "No secure keyring is available on this system (for example no Secret Service on "
                      "Linux). Tokens are kept in memory for this session only and are never written to disk."))

    def get(self, name: str) -> str | None:
        if name in self._memory:
            return self._memory[name]
        if not self.secure:
            return None
        try:
            return keyring.get_password(SERVICE, name)
        except Exception as exc:  # a broken backend must not break downloads: say so, go on
            self._fail(exc)
            return None

    def set(self, name: str, value: str) -> None:
        if self.secure:
            try:
                keyring.set_password(SERVICE, name, value)
                self._memory.pop(name, None)
                return
            except keyring.errors.KeyringError as exc:
                self._fail(exc)
        self._memory[name] = value

    def delete(self, name: str) -> None:
        self._memory.pop(name, None)
        if self.secure:
            try:
                keyring.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: already the wanted state
            except keyring.errors.KeyringError as exc:
                self._fail(exc)

    def _fail(self, exc: Exception) -> None:
        self.secure = False
        self.problem = Text(translate("Engine", "The system keyring failed ({error}); tokens are kept in "
                                                "memory for this session only."), error=type(exc).__name__)
