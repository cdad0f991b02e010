"""Ponder's translations, Qt's way: `.ts` sources in assets/translations (what translators edit,
with Qt Linguist or any text editor), compiled to the `.qm` files the app loads.

    python installers/translations.py build    # .ts → .qm (make run/test and the installers do this)
    python installers/translations.py update   # the sources' strings → .ts (after changing strings)
    python installers/translations.py check    # fail when a .ts is unfinished or out of date

`update` runs PySide6's lupdate over app/, ui/ and engine/ (the engine marks its messages with
`translate("Engine", …)`, see engine/messages.py); English gets only its plural forms
(`-pluralonly`), as Qt recommends for a source language that has plurals.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "assets" / "translations"
LANGUAGES = ("fr", "es", "de", "it", "ja")
SOURCE = "en"  # plural forms only
SOURCES = ("app", "ui", "engine")


def _tool(name: str) -> str:
    """PySide6's wrapper for a Qt tool, beside this Python (the venv's) or on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install -e .)")
    return found


def ts_files() -> list[Path]:
    return [FOLDER / f"ponder_{code}.ts" for code in (*LANGUAGES, SOURCE)]


def source_files() -> list[Path]:
    return sorted(p for folder in SOURCES for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def update(files: list[Path] | None = None) -> None:
    """Refresh the .ts files from the sources (new strings added unfinished, vanished ones dropped)."""
    for ts in files or ts_files():
        update_one(ts, locations="relative")


def build(folder: Path = FOLDER) -> list[Path]:
    """Compile every .ts in `folder` to a .qm beside it; returns the .qm files."""
    built = []
    for ts in sorted(folder.glob("ponder_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def unfinished(ts: Path) -> list[str]:
    """The source texts of a .ts whose translation is missing, unfinished or empty."""
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if message.get("numerus") == "yes" else [translation.text or ""]
        if not texts or not all(t.strip() for t in texts):
            problems.append(source)
    return problems


def check() -> list[str]:
    """What is wrong with the translations: unfinished entries, and strings in the sources that a
    .ts lacks (update was not run) — [] when all is well."""
    problems = [f"{ts.name}: unfinished: {source!r}" for ts in ts_files() if ts.exists() for source in unfinished(ts)]
    problems += [f"{ts.name}: missing" for ts in ts_files() if not ts.exists()]
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files():
            if not ts.exists():
                continue
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            before = _entries(fresh)
            update_one(fresh)
            new = _entries(fresh) - before
            problems += [f"{ts.name}: not in the file (run `update`): {source!r}" for _, source in sorted(new)]
    return problems


def update_one(ts: Path, locations: str = "none") -> None:
    """lupdate over the sources into one .ts anywhere (the check runs it on a copy, without the
    source lines, which only the files in the repository keep for translators)."""
    sources = [str(p.relative_to(ROOT)) for p in source_files()]
    target = ts.resolve()
    extra = ["-pluralonly"] if ts.stem.endswith(f"_{SOURCE}") else []
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", locations, *extra, *sources, "-ts", str(target)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def _entries(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["build", "update", "check"])
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
        return 0
    if args.action == "build":
        for qm in build():
            print(qm.relative_to(ROOT))
        return 0
    problems = check()
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
