"""The About box: the version from pyproject and every bundled component with its licence."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app.components import components, ponder_version
from app.gui import PonderApp

ROOT = Path(__file__).resolve().parent.parent


def test_version_comes_from_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert ponder_version() == project["version"]


def test_components_name_their_licences() -> None:
    by_name = {c.name: c for c in components()}
    assert by_name["Qt"].licence == "LGPL-3.0" and "replace" in by_name["Qt"].note
    assert by_name["llama.cpp / ggml"].licence == "MIT"
    assert by_name["SmolLM2-135M-Instruct"].licence == "Apache-2.0"
    assert all(c.version and c.version != "not installed" for c in by_name.values())


def test_about_box_lists_them(qtbot, ponder_home: Path) -> None:  # type: ignore[no-untyped-def]
    app = PonderApp(theme="light")
    qtbot.addWidget(app.window)
    try:
        dialog = app.open_about()  # what Help ▸ About Ponder opens
        assert dialog.isVisible() and app.window.about_action.text() == "About Ponder"
        text = dialog.components.toPlainText()
        assert "LGPL-3.0" in text and "Apache-2.0" in text and "NVIDIA Open Model License" in text
        dialog.close()
    finally:
        app.shutdown()
