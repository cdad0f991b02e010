"""Settings declared once and persisted; chats exported with or without reasoning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import export
from app.settings import SETTINGS, Settings
from engine.store import ChatStore
from ui.settings_dialog import SettingsDialog


def test_defaults_typed_and_saved(ponder_home: Path) -> None:
    s = Settings()
    assert s.get("theme") == "system" and s.get("gpu_layers") == "auto" and s.get("threads") == 0
    assert all(setting.description for setting in SETTINGS.values())
    s.set("theme", "dark")
    s.set("context_size", 4096)
    s.save()
    again = Settings()
    assert again.get("theme") == "dark" and again.get("context_size") == 4096
    with pytest.raises(ValueError):
        s.set("theme", "purple")
    with pytest.raises(ValueError):
        s.set("threads", "four")


def test_broken_or_mistyped_file_falls_back(ponder_home: Path) -> None:
    ponder_home.mkdir(parents=True, exist_ok=True)
    path = ponder_home / "settings.json"
    path.write_text('{"theme": "dark", "threads": "lots", "unknown": 1}')
    s = Settings()
    assert s.get("theme") == "dark" and s.get("threads") == 0
    assert "threads" in s.problem and "theme" not in s.problem and "unknown" not in s.problem
    path.write_text("{not json")
    s = Settings()
    assert s.get("theme") == "system" and "could not be read" in s.problem


@pytest.mark.parametrize("name, value", [
    ("system_prompt_presets", "[1, \"x\"]"),
    ("system_prompt_presets", "[{\"name\": 3}]"),
    ("system_prompt_presets", "[{\"name\": \"No text\"}]"),
    ("system_prompt_presets", "[{\"name\": \"  \", \"text\": \"blank name\"}]"),
    ("sampling_reasoning", "{\"temperature\": \"hot\"}"),
    ("sampling_reasoning", "{\"temperature\": NaN}"),
    ("sampling_plain", "{\"top_p\": Infinity}"),
    ("sampling_plain", "{\"top_k\": 1.5}"),
    ("sampling_plain", "{\"max_tokens\": true}"),
    ("sampling_plain", "{\"temperature\": -1}"),
    ("sampling_plain", "{\"seed\": 1, \"stop\": [\"x\"]}"),
    ("sampling_plain", "[0.7]"),
    ("context_size", "-5"),
    ("threads", "1e9"),
    ("gpu_layers", "\"lots\""),
    ("gpu_layers", "\"\u00b2\""),
    ("models_folder", "\"/tmp/a\\u0000b\""),
    ("theme", "\"purple\""),
    ("offline", "\"yes\""),
])
def test_each_mistyped_setting_falls_back_and_is_named(ponder_home: Path, name: str, value: str) -> None:
    ponder_home.mkdir(parents=True, exist_ok=True)
    (ponder_home / "settings.json").write_text(f'{{"{name}": {value}, "wrap_up": "Fine."}}')
    s = Settings()
    assert s.get(name) == SETTINGS[name].default
    assert s.get("wrap_up") == "Fine."  # the good ones are kept
    assert name in s.problem and "defaults are used" in s.problem


@pytest.mark.parametrize("content", [b"[" * 100_000, b"\xff\xfe not utf-8", b"[1, 2]", b"", b"{\"threads\": 1" + b"0" * 5000 + b"}"])
def test_unreadable_settings_file_falls_back(ponder_home: Path, content: bytes) -> None:
    ponder_home.mkdir(parents=True, exist_ok=True)
    (ponder_home / "settings.json").write_bytes(content)
    s = Settings()
    assert s.values() == {name: setting.default for name, setting in SETTINGS.items()}
    assert "could not be read" in s.problem


def test_settings_file_that_is_a_folder_falls_back(ponder_home: Path) -> None:
    (ponder_home / "settings.json").mkdir(parents=True)
    s = Settings()
    assert s.get("theme") == "system" and "could not be read" in s.problem


def test_get_returns_a_copy(ponder_home: Path) -> None:
    s = Settings()
    presets = s.get("system_prompt_presets")
    presets.clear()
    assert s.get("system_prompt_presets")


def test_dialog_round_trip_and_reset(qtbot) -> None:  # type: ignore[no-untyped-def]
    values = {name: setting.default for name, setting in SETTINGS.items()}
    values["sampling_reasoning"] = {"temperature": 0.3}
    dialog = SettingsDialog(values, {"temperature": 0.6, "top_p": 0.95}, {"temperature": 0.0})
    qtbot.addWidget(dialog)
    assert dialog.sampling_on.fields["temperature"].value() == pytest.approx(0.3)
    dialog.theme.setCurrentText("dark")
    dialog.threads.setValue(3)
    dialog.gpu_layers.setText("12")
    out = dialog.values()
    assert out["theme"] == "dark" and out["threads"] == 3 and out["gpu_layers"] == "12"
    assert out["sampling_reasoning"] == {"temperature": pytest.approx(0.3)}
    dialog.reset_sampling()
    assert dialog.values()["sampling_reasoning"] == {}  # back to the model's recommendation
    dialog.gpu_layers.setText("lots")
    assert dialog.values()["gpu_layers"] == "auto"
    assert dialog.values()["offline"] is False and not dialog.offline.isChecked()
    dialog.offline.setChecked(True)  # the README's offline setting is in the dialog
    assert dialog.values()["offline"] is True


def test_dialog_chooses_the_interface_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    values = {name: setting.default for name, setting in SETTINGS.items()}
    dialog = SettingsDialog({**values, "language": "fr"}, {}, {})
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Français" and dialog.values()["language"] == "fr"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == list(SETTINGS["language"].choices)
    dialog.language.setCurrentIndex(0)  # the system's language
    assert dialog.language.currentText() == "System default" and dialog.values()["language"] == ""


def _chat(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = ChatStore(tmp_path / "c.sqlite3")
    conv = store.create_conversation("Tides", system_prompt="Be brief.")
    store.add_message(conv.id, "user", "Why are there tides?")
    reply = store.add_message(conv.id, "assistant", model="m")
    store.save_reply(reply.id, "The **moon**.", "Gravity of the moon\npulls water.", "complete",
                     {"decode_tokens_per_s": 42.0})
    return store, store.conversation(conv.id)


def test_export_markdown(tmp_path: Path) -> None:
    store, conv = _chat(tmp_path)
    with_r = export.to_markdown(conv, store.messages(conv.id), reasoning=True)
    without = export.to_markdown(conv, store.messages(conv.id), reasoning=False)
    assert with_r.startswith("# Tides\n") and "**System:** Be brief." in with_r
    assert "## You\n\nWhy are there tides?" in with_r and "The **moon**." in with_r
    assert "> Gravity of the moon\n> pulls water." in with_r
    assert "Gravity" not in without and "The **moon**." in without


def test_export_json(tmp_path: Path) -> None:
    store, conv = _chat(tmp_path)
    data = json.loads(export.to_json(conv, store.messages(conv.id), reasoning=True))
    assert data["title"] == "Tides" and data["system_prompt"] == "Be brief."
    assert data["messages"][1]["reasoning"].startswith("Gravity")
    assert data["messages"][1]["stats"] == {"decode_tokens_per_s": 42.0}
    plain = json.loads(export.to_json(conv, store.messages(conv.id), reasoning=False))
    assert "reasoning" not in plain["messages"][1]
