"""The interface's language: which one (the command line, else the setting, else the system's),
and loading its translations — Ponder's own `.qm` from assets/translations and Qt's `qtbase`
(standard buttons and dialogs) — with the locale that formats numbers, dates and sizes.

The language is chosen once, at start: a change in Settings applies at the next start (the
Settings dialog says so), as most desktop apps do; the command line's `--lang` wins for one run.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from engine.answer_language import NATIVE_NAMES
from ui.fonts import apply_cjk_fallback

LANGUAGES = NATIVE_NAMES  # the interface's languages, each named in itself
SOURCE_LANGUAGE = "en"


class LanguageError(ValueError):
    """A language Ponder has no translation for."""


def normalise(code: str) -> str:
    """ "fr", "fr_CA", "fr-FR" → "fr"; LanguageError for a language Ponder does not have."""
    base = code.strip().replace("-", "_").split("_")[0].lower()
    if base not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise LanguageError(f"Ponder has no '{code}' interface; languages: {known}")
    return base


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred UI languages that Ponder has, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        try:
            return normalise(name)
        except LanguageError:
            continue
    return SOURCE_LANGUAGE


def choose(command_line: str | None, setting: str) -> str:
    """The language for this run: --lang, else the setting ("" = the system's), else English."""
    if command_line:
        return normalise(command_line)
    if setting:
        try:
            return normalise(setting)
        except LanguageError:
            pass
    return system_language()


def translations_folder() -> Path:
    """assets/translations, inside the bundle in the installed app."""
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return root / "assets" / "translations"


def _qt_translations_folder() -> Path:
    """Qt's own translations: inside the bundle (where PyInstaller puts PySide6's), else where Qt says."""
    bundled = Path(getattr(sys, "_MEIPASS", "")) / "PySide6" / "Qt" / "translations"
    if hasattr(sys, "_MEIPASS") and bundled.is_dir():
        return bundled
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


@dataclass
class Installed:
    """The language in use and its translators (kept: a collected QTranslator stops translating)."""

    language: str
    translators: list[QTranslator]
    missing: list[str]  # translation files that could not be loaded


def install(app: QCoreApplication, language: str) -> Installed:
    """Load `language`'s translations into `app` and make its locale the default (once: the same
    language installed again, as at start — the upgrade notice, then the app —, is already there)."""
    installed = getattr(app, "_ponder_installed", None)
    if isinstance(installed, Installed) and installed.language == language:
        return installed
    for old in getattr(app, "_ponder_translators", []):
        app.removeTranslator(old)
    locale = _locale_for(language)
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    missing: list[str] = []
    files = [(translations_folder(), f"ponder_{language}")]
    if language != SOURCE_LANGUAGE:
        files.append((_qt_translations_folder(), f"qtbase_{language}"))
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            missing.append(name)
    app._ponder_translators = translators  # type: ignore[attr-defined]
    app._ponder_language = language  # type: ignore[attr-defined]
    if isinstance(app, QApplication):
        apply_cjk_fallback(app)  # Japanese text in Japanese glyphs, whatever the interface's language
    app._ponder_installed = Installed(language, translators, missing)  # type: ignore[attr-defined]
    return app._ponder_installed  # type: ignore[attr-defined]


def _locale_for(language: str) -> QLocale:
    """The system's locale when it speaks this language (keeping its country's formats), else the
    language's own (French chosen on an English system writes numbers the French way)."""
    system = QLocale.system()
    if system.language() == QLocale(language).language():
        return system
    return QLocale(language)


def take_lang_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """A leading `--lang CODE` or `--lang=CODE`: (the code or None, the other arguments)."""
    if argv[:1] == ["--lang"]:
        if len(argv) < 2:
            raise LanguageError(f"--lang needs a language: {', '.join(LANGUAGES)}")
        return argv[1], argv[2:]
    if argv and argv[0].startswith("--lang="):
        return argv[0].split("=", 1)[1], argv[1:]
    return None, argv
