"""How Ponder starts its own child processes: the command line and an environment without secrets."""

from __future__ import annotations

import os
import re
import sys

# Environment variables a child never needs and must never see (tokens, keys, passwords).
_SECRET = re.compile(r"TOKEN|SECRET|PASSW|API_?KEY|CREDENTIAL", re.IGNORECASE)


def child_command(module: str, flag: str) -> list[str]:
    """This interpreter running `module`, or the frozen app with `flag` (main.py dispatches it)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, flag]
    return [sys.executable, "-m", module]


def child_environment(**extra: str) -> dict[str, str]:
    """The parent's environment less anything that looks like a secret."""
    env = {k: v for k, v in os.environ.items() if not _SECRET.search(k)}
    env.update(extra)
    return env
