"""Every setting, declared once: its type, default and meaning; read typed, saved as JSON."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine import protocol as P
from engine.answer_language import ANSWER_LANGUAGES
from engine.messages import Text, translate
from engine.paths import settings_path
from engine.profiles import DEFAULT_WRAP_UP

# The names are stored in English and shown translated (preset_label; `translate` only marks them, so
# the command line, which reads these settings too, does not load Qt); the texts are what the model is
# told, so they stay as they are.
DEFAULT_PRESETS = [
    {"name": translate("Settings", "None", "a system prompt preset"), "text": ""},
    {"name": translate("Settings", "Concise", "a system prompt preset"),
     "text": "You are a helpful assistant. Answer concisely."},
    {"name": translate("Settings", "Teacher", "a system prompt preset"),
     "text": "You are a patient teacher. Explain step by step, with examples."},
    {"name": translate("Settings", "Coder", "a system prompt preset"),
     "text": "You are an expert programmer. Give correct, idiomatic code and explain it briefly."},
]
_DEFAULT_PRESET_NAMES = frozenset(p["name"] for p in DEFAULT_PRESETS)


def preset_label(name: str) -> str:
    """A system-prompt preset's name as shown: a default one's in the interface's language, a name
    the user gave as written."""
    from PySide6.QtCore import QCoreApplication

    if name not in _DEFAULT_PRESET_NAMES:
        return name
    return QCoreApplication.translate("Settings", name, "a system prompt preset")


SAMPLING_KEYS = P.TUNABLE_NAMES
DEFAULT_SERVER_PORT = 7177
REASONING_OUTPUTS = ("both", "reasoning_content", "reasoning", "raw")  # engine.openai_wire.ReasoningOutput


def _presets_ok(value: list) -> bool:
    return all(isinstance(p, dict) and isinstance(p.get("name"), str) and p["name"].strip()
               and isinstance(p.get("text"), str) for p in value)


def _sampling_ok(value: dict) -> bool:
    """Only known keys, each a value the engine accepts (its own rules, so NaN or "hot" never pass)."""
    if not set(value) <= set(SAMPLING_KEYS):
        return False
    try:
        P.Sampling(**value).validate()
    except ValueError:
        return False
    return True


def _whole(high: int) -> Callable[[int], bool]:
    return lambda value: 0 <= value <= high


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    check: Callable[[Any], bool] | None = None  # the shape within the type


SETTINGS: dict[str, Setting] = {s.name: s for s in (
    Setting("theme", str, "system", "Colours: follow the system, light or dark",
            ("system", "light", "dark")),
    Setting("language", str, "", "The interface's language ('' = the system's); applied at the next start",
            ("", *ANSWER_LANGUAGES)),
    Setting("keep_reasoning_open", bool, False, "Keep the reasoning pane open when the answer starts"),
    Setting("context_size", int, 0, "Context size in tokens (0: the model's, at most 8192)",
            check=_whole(1 << 24)),
    Setting("gpu_layers", str, "auto", "Layers to put on the GPU: 'auto' or a number",
            check=lambda v: v == "auto" or (v.isascii() and v.isdigit())),
    Setting("threads", int, 0, "CPU threads (0: one per physical core)", check=_whole(4096)),
    Setting("wrap_up", str, DEFAULT_WRAP_UP, "Sentence added when the thinking budget ends the reasoning"),
    Setting("offline", bool, False, "Offline mode: make no network calls at all"),
    Setting("heavy", bool, False, "Heavy mode: several candidate replies, then the model picks the best"),
    Setting("heavy_candidates", int, 4, "Heavy mode's number of candidates (2 to 8)",
            check=lambda v: 2 <= v <= 8),
    Setting("answer_language", str, "", "A new chat's answer language ('' = the message's); each chat keeps its own",
            ("", *ANSWER_LANGUAGES)),
    Setting("reason_in_english", bool, False, "A new chat asks the model to reason in English, then answer"),
    Setting("task", str, "", "The model's task preset put before each question (OpenReasoning)",
            ("", "math", "code", "science")),
    Setting("models_folder", str, "", "Extra folder with GGUF models (besides the one in Ponder's data folder)",
            check=lambda v: "\0" not in v),
    Setting("accepted_licences", list, [], "Model licences accepted before a download",
            check=lambda v: all(isinstance(x, str) for x in v)),
    Setting("system_prompt_presets", list, DEFAULT_PRESETS, "System prompts to pick per conversation",
            check=_presets_ok),
    Setting("sampling_reasoning", dict, {}, "Sampling with reasoning on; empty: the model's recommended",
            check=_sampling_ok),
    Setting("last_model", str, "", "The model loaded last (loaded again at start)",
            check=lambda v: "\0" not in v),
    Setting("last_chat", int, 0, "The chat open last (opened again at start; 0: none)",
            check=_whole(1 << 62)),
    Setting("sampling_plain", dict, {}, "Sampling with reasoning off; empty: the model's recommended",
            check=_sampling_ok),
    Setting("server_enabled", bool, False, "Run the local OpenAI-compatible server while Ponder is open"),
    Setting("server_port", int, DEFAULT_SERVER_PORT, "The local server's TCP port (0: any free one)",
            check=_whole(65535)),
    Setting("server_lan", bool, False, "Let other computers on the network use the local server"),
    Setting("server_origins", list, [], "Web pages (scheme://host:port) allowed to call the local server",
            check=lambda v: all(isinstance(x, str) and "://" in x for x in v)),
    Setting("server_reasoning_output", str, "both", "Where the local server returns reasoning: both "
            "fields, reasoning_content, reasoning, or raw think tags in the content", REASONING_OUTPUTS),
)}


class Settings:
    """Typed access to the settings file.

    A value of the wrong shape falls back to its default and `problem` names it;
    unknown names (a newer Ponder's) are ignored.
    """

    def __init__(self, path: Path | None = None):
        self.path = path or settings_path()
        self._values: dict[str, Any] = {}
        self.problem = ""
        if self.path.exists():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                if not isinstance(data, dict):
                    raise ValueError("not a JSON object")
                bad = []
                for name, value in data.items():
                    if name not in SETTINGS:
                        continue
                    if self._valid(SETTINGS[name], value):
                        self._values[name] = value
                    else:
                        bad.append(name)
                if bad:
                    self.problem = Text(translate("Engine", "The settings file has values that cannot be used "
                                                            "({names}); their defaults are used."),
                                        names=", ".join(bad))
            except (OSError, ValueError, RecursionError) as exc:
                self.problem = Text(translate("Engine", "The settings file could not be read ({error}); "
                                                        "defaults are used."), error=str(exc))

    @staticmethod
    def _valid(setting: Setting, value: Any) -> bool:
        if setting.type is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, setting.type)
        return (ok and (not setting.choices or value in setting.choices)
                and (setting.check is None or setting.check(value)))

    def get(self, name: str) -> Any:
        setting = SETTINGS[name]
        value = self._values.get(name, setting.default)
        return json.loads(json.dumps(value))  # a copy: callers may change it freely

    def set(self, name: str, value: Any) -> None:
        setting = SETTINGS[name]
        if not self._valid(setting, value):
            raise ValueError(f"{name} must be a {setting.type.__name__}"
                             + (f" in {setting.choices}" if setting.choices else ""))
        self._values[name] = value

    def values(self) -> dict[str, Any]:
        return {name: self.get(name) for name in SETTINGS}

    def save(self) -> None:
        """Write atomically: a crash never leaves half a settings file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)
