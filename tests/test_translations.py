"""Ponder in French, Spanish, German, Italian and Japanese: every .ts entry finished, and the real
window and each dialog, walked in each language, show no English left (names aside)."""

from __future__ import annotations

import gc
import html
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app import i18n
from app.gui import PonderApp
from installers import translations as T
from tests.test_gui import add_model, load, send
from ui.settings_dialog import SettingsDialog

LANGUAGES = T.LANGUAGES
ROOT = Path(__file__).resolve().parent.parent

# Names stay as they are in every language: the app, companies, formats, engines, units.
NAMES = {
    "ponder", "nvidia", "nemotron", "gguf", "hugging", "face", "smollm", "openai", "vllm", "llama", "cpp",
    "sglang", "nim", "tensorrt", "llm", "api", "url", "http", "https", "json", "markdown", "cuda", "metal",
    "qwen", "deepseek", "genselect", "nemo", "skills", "github", "pyside", "python", "jinja", "sqlite",
    "keyring", "windows", "macos", "linux", "gib", "mib", "kib", "sse", "tls", "ssl", "bearer", "lan",
    "cpu", "gpu", "vram", "ram", "kv", "mmap", "bos", "eos", "think", "no_think", "openreasoning",
    "english", "français", "español", "deutsch", "italiano", "xvfb", "ngc", "bf16", "q4_k_m", "mit",
    "apache", "lgpl", "gpl", "bsd", "qt", "pygments", "httpx", "uvicorn", "starlette",
}


def _words(text: str) -> set[str]:
    text = re.sub(r"<[^>]+>", " ", text)  # markup
    text = re.sub(r"\S+://\S+", " ", text)  # addresses
    text = re.sub(r"\{[a-z_]+(:[^}]*)?\}", " ", text)  # {fields}
    text = re.sub(r"%L?n|%\d", " ", text)
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z']+", html.unescape(text)) if len(w) >= 3}


def _catalog_names() -> set[str]:
    data = json.loads((ROOT / "assets" / "catalog.json").read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update(_words(value.replace("-", " ").replace("_", " ").replace("/", " ")))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(data)
    return found


# Common English words, so that a string never marked for translation is caught even when its
# words appear in no source text.
COMMON = {
    "the", "and", "for", "with", "your", "you", "this", "that", "from", "not", "are", "can", "has", "have",
    "will", "was", "were", "been", "into", "out", "when", "what", "which", "there", "here", "all", "any",
    "one", "two", "new", "open", "save", "close", "cancel", "file", "edit", "view", "help", "name", "size",
    "error", "failed", "loading", "please", "wait", "done", "yes", "off", "none", "more", "less", "show",
    "hide", "copy", "delete", "remove", "add", "stop", "send", "chat", "model", "models", "settings",
    "answer", "thinking", "reasoning", "download", "server", "search", "tokens", "token", "penalty",
    "repeat", "temperature", "max", "min", "top", "default", "system", "prompt", "language",
}


def english_vocabulary(language: str) -> set[str]:
    """Words of Ponder's English texts that the language's translations never use (so a visible
    string with one of them was left in English), names aside."""
    root = ET.parse(T.FOLDER / f"ponder_{language}.ts").getroot()
    source: set[str] = set()
    translated: set[str] = set()
    for message in root.iter("message"):
        source |= _words(message.findtext("source") or "")
        translation = message.find("translation")
        if translation is not None:
            for text in [translation.text or "", *(f.text or "" for f in translation.findall("numerusform"))]:
                translated |= _words(text)
    return (source | COMMON) - translated - NAMES - _catalog_names()


def visible_texts(root: QWidget, with_cells: bool = True) -> list[tuple[str, str]]:
    """Every text a person can read in `root` and its children: titles, labels, buttons, tips,
    placeholders, combo items, tabs, menus, table headers (and cells, unless user data)."""
    out: list[tuple[str, str]] = []

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text.strip() and not _data(text):
            out.append((where, text))

    def actions(where: str, widget: QWidget) -> None:
        for action in widget.actions():
            add(f"{where} action", action.text())
            if action.toolTip() != action.text().replace("&", ""):
                add(f"{where} action tip", action.toolTip())
            add(f"{where} action status", action.statusTip())
            if action.menu() is not None:
                add(f"{where} menu", action.menu().title())
                actions(f"{where}/{action.text()}", action.menu())

    for widget in [root, *root.findChildren(QWidget)]:
        where = type(widget).__name__
        if widget.isWindow():
            add(f"{where} title", widget.windowTitle())
        add(f"{where} tip", widget.toolTip())
        add(f"{where} status tip", widget.statusTip())
        add(f"{where} accessible name", widget.accessibleName())
        add(f"{where} accessible description", widget.accessibleDescription())
        actions(where, widget)
        if isinstance(widget, QLabel):
            add(where, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(where, widget.text())
        elif isinstance(widget, QLineEdit):
            add(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            add(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{where} item", widget.itemText(i))
                add(f"{where} item tip", widget.itemData(i, Qt.ItemDataRole.ToolTipRole))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{where} tab", widget.tabText(i))
                add(f"{where} tab tip", widget.tabToolTip(i))
        elif isinstance(widget, QGroupBox):
            add(f"{where} group", widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column (its columnCount is private in PySide)
                columns = 1
            rows = model.rowCount(QModelIndex())
            for i in range(columns):
                add(f"{where} header", model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            if with_cells:
                for row in range(rows):
                    for column in range(columns):
                        index = model.index(row, column)
                        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                            value = model.data(index, role)
                            add(f"{where} cell", value)
    return out


def _data(text: str) -> bool:
    """A single token that is an address, a path, a file or host name (an example or the user's data)."""
    token = text.strip()
    return not any(c.isspace() for c in token) and any(c in token for c in "/.:-_\\")


def english_left(texts: list[tuple[str, str]], vocabulary: set[str], skip: set[str] = frozenset()) -> list[str]:
    """The texts with a word of the English vocabulary (`skip`: texts that are data, not the app's)."""
    return sorted({f"{where}: {text!r} ({', '.join(sorted(_words(text) & vocabulary))})"
                   for where, text in texts if text not in skip and _words(text) & vocabulary})


# -- the .ts files ------------------------------------------------------------------------------

@pytest.mark.parametrize("language", [*LANGUAGES, T.SOURCE])
def test_every_entry_is_finished(language: str) -> None:
    ts = T.FOLDER / f"ponder_{language}.ts"
    assert ts.exists()
    assert T.unfinished(ts) == []


def test_the_ts_files_hold_every_string_of_the_sources() -> None:
    assert T.check() == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_fields_and_plural_forms(language: str) -> None:
    root = ET.parse(T.FOLDER / f"ponder_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        fields = sorted(re.findall(r"\{[a-z_]+(?::[^}]*)?\}", source))
        for text in texts:
            assert sorted(re.findall(r"\{[a-z_]+(?::[^}]*)?\}", text)) == fields, (source, text)
            if "%n" in source or "%Ln" in source:
                # Japanese has one form and may leave the number to the context ("%n" optional)
                assert "%n" in text or "%Ln" in text or language == "ja", (source, text)


# -- the window and its dialogs, in each language ------------------------------------------------

@pytest.fixture
def reasoning_model(ponder_home: Path, nemotron3_double: Path) -> str:
    add_model(ponder_home, nemotron3_double, "Nemotron3-double")
    return "Nemotron3-double"


def _open(app: PonderApp) -> Iterator[tuple[str, QWidget]]:
    """The window, then each dialog as the user opens it (closed after it is walked)."""
    yield "main window", app.window
    about = app.open_about()
    yield "About", about
    about.close()
    shortcuts = app.window.show_shortcuts()
    yield "Keyboard shortcuts", shortcuts
    shortcuts.close()
    profile = app.controller.profile
    settings = SettingsDialog(app.settings.values(), profile.sampling(True), profile.sampling(False), app.window)
    settings.show()
    yield "Settings", settings
    settings.close()
    servers = app.open_servers()
    yield "Remote servers", servers
    servers.close()
    manager = app.open_model_manager()
    yield "Model manager", manager
    manager.close()


def _modal(qtbot, trigger: Callable[[], object]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """What a modal box the trigger opens shows (its texts read, then the box is cancelled)."""
    seen: list[tuple[str, str]] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, read)
            return
        seen.extend(visible_texts(box))
        box.close() if not isinstance(box, QDialog) else box.reject()

    QTimer.singleShot(0, read)
    trigger()
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None)
    return seen


def _boxes(qtbot, app: PonderApp) -> Iterator[tuple[str, list[tuple[str, str]]]]:  # type: ignore[no-untyped-def]
    """The questions and message boxes, each as the user meets it."""
    yield "Open link?", _modal(qtbot, lambda: app.window.confirm_link(QUrl("https://example.org/")))
    yield "Model licence", _modal(qtbot, lambda: app.library.request_download(
        "nvidia/NVIDIA-Nemotron-Nano-9B-v2-GGUF", "model.gguf"))
    yield "Allow other computers?", _modal(qtbot, lambda: app.server._on_lan(True))
    app.window.show_server_key("x" * 43)
    box = QApplication.topLevelWidgets()
    key_box = next(w for w in box if isinstance(w, QMessageBox) and w.isVisible())
    yield "Local server API key", visible_texts(key_box)
    key_box.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_and_dialog_is_in_the_language(  # type: ignore[no-untyped-def]
        qtbot, ponder_home: Path, reasoning_model: str, language: str) -> None:
    vocabulary = english_vocabulary(language)
    assert len(vocabulary) > 300 and {"answer", "thinking", "settings"} <= vocabulary  # it sees English
    app = PonderApp(theme="light", language=language)
    app.window.show()
    try:
        assert app.language.language == language and app.language.missing == []
        assert QLocale().language() == QLocale(language).language()
        load(qtbot, app, reasoning_model)
        app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 24}
        reply = send(qtbot, app, "Hi")
        assert reply.reasoning  # the card has its reasoning header and footer
        user_data = {reply.content, reply.reasoning, "Hi", reasoning_model, "Nemotron3-double.gguf"}
        problems: list[str] = []
        for name, window in _open(app):
            qtbot.waitExposed(window) if window.isVisible() else None
            problems += [f"[{name}] {p}" for p in english_left(visible_texts(window), vocabulary, user_data)]
        for name, texts in _boxes(qtbot, app):
            assert texts, name
            problems += [f"[{name}] {p}" for p in english_left(texts, vocabulary, user_data)]
        assert not problems, "English left:\n" + "\n".join(problems)
    finally:
        app.shutdown()
        _delete_window(app.window)


def _delete_window(window: QWidget) -> None:
    """Delete the window (with every dialog the walk opened in it) now, not at some later
    collection: no half-destroyed window is left for the next test's style change to touch."""
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_standard_dialogs_are_translated_too(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    installed = i18n.install(QApplication.instance(), language)
    try:
        assert installed.missing == []
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # qtbase's buttons
    finally:
        i18n.install(QApplication.instance(), "en")


# -- choosing the language ----------------------------------------------------------------------

def test_the_language_comes_from_the_command_line_then_the_setting_then_the_system() -> None:
    system = i18n.system_language()
    assert i18n.choose("de", "fr") == "de"
    assert i18n.choose(None, "fr") == "fr"
    assert i18n.choose(None, "") == system
    assert i18n.choose("ja_JP", "") == "ja" and i18n.choose("es-MX", "") == "es"
    with pytest.raises(i18n.LanguageError, match="languages: en, fr, es, de, it, ja"):
        i18n.choose("xx", "")
    assert i18n.system_language(QLocale("it_IT")) == "it"
    assert i18n.system_language(QLocale("pt_BR")) == "en"  # no Portuguese: English


def test_ponder_lang_refuses_an_unknown_language() -> None:
    run = subprocess.run([sys.executable, "-m", "app.main", "--lang", "xx"], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 2 and "no 'xx' interface" in run.stderr
    run = subprocess.run([sys.executable, "-m", "app.main", "--lang", "fr", "chat"], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 2 and "--lang is for the window" in run.stderr


def test_the_walk_sees_english_when_it_is_there(qtbot, ponder_home: Path) -> None:  # type: ignore[no-untyped-def]
    """The check itself can fail: the English window, read with the French check, is full of English."""
    app = PonderApp(theme="light", language="en")
    qtbot.addWidget(app.window)
    app.window.show()
    try:
        found = english_left(visible_texts(app.window), english_vocabulary("fr"))
        assert len(found) > 40
        assert any("New chat" in line for line in found)
    finally:
        app.shutdown()


@pytest.mark.parametrize("language, header, speed", [
    ("fr", "Réflexion pendant 12 s · 340 jetons", "93,8 jetons/s"),
    ("de", "Nachgedacht für 12 s · 1.340 Tokens", "93,8 Token/s"),
    ("ja", "思考時間 12 秒 · 340 トークン", "93.8 トークン/秒"),
])
def test_numbers_and_durations_follow_the_language(qtbot, language: str, header: str, speed: str) -> None:  # type: ignore[no-untyped-def]
    from ui import l10n
    from ui.reasoning_pane import ReasoningPane

    i18n.install(QApplication.instance(), language)
    pane = ReasoningPane(budget=-1)
    qtbot.addWidget(pane)
    pane.append("…")
    tokens = 1340 if language == "de" else 340
    pane.finish(tokens, 12.3, budget_reached=False)
    assert pane.header_text().replace("\u00a0", " ").replace("\u202f", " ") == header
    assert l10n.rate(93.8).replace("\u00a0", " ") == speed
    assert l10n.tokens(1) != l10n.tokens(2) or language == "ja"  # the language's plural forms
