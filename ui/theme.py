"""Light and dark looks: a palette and one style sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = {"window": "#f6f7f9", "base": "#ffffff", "text": "#1d2330", "muted": "#6b7280",
         "accent": "#76b900", "user": "#e8f0fe", "assistant": "#ffffff", "border": "#dde1e7",
         "reasoning": "#f2f3f5"}
DARK = {"window": "#16181d", "base": "#1e2128", "text": "#e6e8ec", "muted": "#9aa1ad",
        "accent": "#76b900", "user": "#243047", "assistant": "#1e2128", "border": "#2c313a",
        "reasoning": "#23262d"}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str = "system") -> bool:
    """Apply 'light', 'dark' or 'system'; returns whether the dark look is on."""
    dark = system_is_dark() if theme == "system" else theme == "dark"
    c = DARK if dark else LIGHT
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(c["window"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(c["base"]))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(c["window"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(c["base"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(c["accent"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(c["muted"]))
    palette.setColor(QPalette.ColorRole.Link, QColor("#3b82f6" if not dark else "#7fb2ff"))
    app.setPalette(palette)
    app.setStyleSheet(f"""
        QWidget {{ font-size: 10.5pt; }}
        #conversationPanel {{ background: {c['window']}; }}
        #chatContent {{ background: {c['base']}; }}
        #userMessage {{ background: {c['user']}; border-radius: 10px; }}
        #assistantMessage {{ background: {c['assistant']}; border: 1px solid {c['border']};
                             border-radius: 10px; }}
        #reasoningPane {{ background: {c['reasoning']}; border-radius: 8px; }}
        #userMessage QToolButton, #assistantMessage QToolButton {{
            border: 1px solid transparent; border-radius: 5px; padding: 2px 7px; color: {c['muted']}; }}
        #userMessage QToolButton:hover, #assistantMessage QToolButton:hover {{
            border-color: {c['border']}; color: {c['text']}; }}
        #userMessage QToolButton:focus, #assistantMessage QToolButton:focus {{ border-color: {c['accent']}; }}
        #userMessage QToolButton:disabled, #assistantMessage QToolButton:disabled {{ color: {c['border']}; }}
        #assistantMessage #reasoningHeader {{ border: none; color: {c['muted']}; font-style: italic;
                                              padding: 2px; text-align: left; }}
        #assistantMessage #reasoningHeader:focus {{ border: 1px solid {c['accent']}; }}
        #userMessage #editSendButton {{ background: {c['accent']}; color: white; font-weight: bold; }}
        #waitingDots, #versionLabel {{ color: {c['muted']}; }}
        #waitingDots {{ font-size: 13pt; padding: 2px 0; }}
        #reasoningBody {{ background: transparent; border: none; color: {c['muted']}; }}
        #replyFooter, #placeholder {{ color: {c['muted']}; }}
        QTextBrowser {{ background: transparent; }}
        #sendButton {{ background: {c['accent']}; color: white; border-radius: 6px;
                      padding: 6px 16px; font-weight: bold; }}
        #budgetMeter::chunk {{ background: {c['accent']}; }}
        QPlainTextEdit, QLineEdit {{ border: 1px solid {c['border']}; border-radius: 8px;
                                     padding: 6px; background: {c['base']}; }}
    """)
    return dark
