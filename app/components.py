"""Ponder's version (from pyproject, one place) and what ships inside it, with licences, for the About box."""

from __future__ import annotations

import importlib
import importlib.metadata
import platform
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, qVersion


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    note: str = ""


def ponder_version() -> str:
    """pyproject's version, as installed (the frozen app carries the same metadata)."""
    try:
        return importlib.metadata.version("ponder")
    except importlib.metadata.PackageNotFoundError:
        return "development"


def _version(distribution: str, module: str = "") -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        version = getattr(importlib.import_module(module or distribution), "__version__", None)
    except ImportError:
        return QCoreApplication.translate("Components", "not installed", "a component's version")
    if version is None:
        return QCoreApplication.translate("Components", "bundled", "a component's version")
    return str(version)


def components() -> list[Component]:
    """The parts that ship with Ponder, the licence each is under, and what that means here (for the
    About box: the notes are in the interface's language)."""
    from engine.local_models import STARTER_NAME

    return [
        Component("Qt", qVersion(), "LGPL-3.0", QCoreApplication.translate(
            "Components", "used unmodified as separate shared libraries, which you may replace with your own build")),
        Component("PySide6 (Qt for Python)", _version("PySide6-Essentials", "PySide6"), "LGPL-3.0"),
        Component("llama.cpp / ggml", QCoreApplication.translate(
            "Components", "via {package}", "a component's version: it comes inside that package").format(
            package="llama-cpp-python"), "MIT"),
        Component("llama-cpp-python", _version("llama-cpp-python", "llama_cpp"), "MIT"),
        Component(STARTER_NAME, "Q4_1 GGUF", "Apache-2.0",
                  QCoreApplication.translate("Components", "the starter model, by Hugging Face")),
        Component("Python", platform.python_version(), "PSF-2.0"),
        Component("NumPy", _version("numpy"), "BSD-3-Clause"),
        Component("huggingface_hub", _version("huggingface-hub", "huggingface_hub"), "Apache-2.0"),
        Component("Jinja2", _version("jinja2"), "BSD-3-Clause"),
        Component("Python-Markdown", _version("markdown"), "BSD-3-Clause"),
        Component("Pygments", _version("pygments"), "BSD-2-Clause"),
        Component("keyring", _version("keyring"), "MIT"),
        Component("gguf", _version("gguf"), "MIT"),
        Component("platformdirs", _version("platformdirs"), "MIT"),
    ]

