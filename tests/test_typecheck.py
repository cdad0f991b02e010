"""Static checks that CI runs with the tests: mypy is clean, and llama-cpp-python is the pinned one."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_mypy_is_clean_on_app_ui_and_engine() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "app", "ui", "engine"],
        cwd=ROOT, capture_output=True, text=True, timeout=280)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found")


def test_llama_cpp_python_is_the_version_the_makefile_builds_and_pyproject_pins() -> None:
    """The engine uses two internals of llama-cpp-python (see LlamaBackend._sampler)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in project["project"]["dependencies"] if d.startswith("llama-cpp-python")]
    # the whole line: make keeps anything after the value (a trailing comment's spaces too) in it
    made = re.search(r"^LLAMA_VERSION := (\S+)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert made is not None
    assert pins == [f"llama-cpp-python=={made.group(1)}"]
    assert version("llama-cpp-python") == made.group(1)
