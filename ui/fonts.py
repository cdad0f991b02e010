"""Fonts that cover Japanese, in the Japanese style, wherever the system has them.

Chinese, Japanese and Korean share code points for most kanji but draw many of them differently;
a fallback that lands on a Chinese font shows Japanese text with Chinese glyph shapes, which
Japanese readers notice at once. So the app's font names, after the system's own UI font, the
Japanese fonts each platform ships (Windows: Yu Gothic UI, Meiryo; macOS: Hiragino; Linux: Noto
Sans CJK JP / IPA / Takao / VL Gothic as the distributions package them), then the other CJK
fonts, and Qt falls back glyph by glyph through that list (`QFont.setFamilies`). Fonts that are
not installed are skipped by Qt at no cost. Code blocks get the monospaced equivalents.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

JAPANESE_UI = (
    "Yu Gothic UI", "Meiryo UI", "Meiryo",  # Windows
    "Hiragino Sans", "Hiragino Kaku Gothic ProN",  # macOS
    "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "IPAexGothic", "IPAPGothic",
    "TakaoPGothic", "VL PGothic",  # Linux
)
OTHER_CJK = ("Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK KR", "Microsoft YaHei UI", "PingFang SC",
             "WenQuanYi Micro Hei", "Droid Sans Fallback")
JAPANESE_MONO = ("BIZ UDGothic", "MS Gothic", "Osaka-Mono", "Noto Sans Mono CJK JP", "IPAGothic",
                 "TakaoGothic", "VL Gothic")


def ui_families(base: str) -> list[str]:
    """The UI font's family list: the system's font first, then Japanese, then other CJK fonts."""
    return [base, *[f for f in (*JAPANESE_UI, *OTHER_CJK) if f != base]]


def mono_families() -> list[str]:
    """Code's family list: the system's fixed font, then Japanese monospaced fonts, then the UI's."""
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    return [fixed, "monospace", *JAPANESE_MONO, *JAPANESE_UI]


def css_mono_stack() -> str:
    """The monospaced list as a CSS font-family value (for rendered Markdown)."""
    return ", ".join(f"'{name}'" if " " in name else name for name in mono_families())


def apply_cjk_fallback(app: QApplication) -> QFont:
    """Give the application's font the Japanese-first fallback list; returns the font set."""
    font = QFont(app.font())
    base = font.families()[0] if font.families() else font.family()
    families = ui_families(base)
    if font.families() != families:  # setting it again would re-lay out every widget for nothing
        font.setFamilies(families)
        app.setFont(font)
    return font


def installed_japanese_fonts() -> list[str]:
    """The Japanese-capable families this computer has (for the About box and tests)."""
    have = set(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))
    return [f for f in (*JAPANESE_UI, *JAPANESE_MONO) if f in have]
