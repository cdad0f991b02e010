"""The About box: Ponder's version and every bundled component with its licence."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

NOTICE = str(QT_TRANSLATE_NOOP("AboutDialog", "Models you download come with their own licences, shown before the "
                               "first download: NVIDIA's Nemotron models are under the NVIDIA Open Model License."))


class AboutDialog(QDialog):
    """Shows name, version and components (objects with name, version, licence and note)."""

    def __init__(self, version: str, components: list[Any], icon: QIcon | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Ponder"))
        tagline = self.tr("Private chat with reasoning models, on your own computer.")
        title = QLabel(f"<h2>Ponder {html.escape(version)}</h2><p>{html.escape(tagline)}</p>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.components = QTextBrowser()
        self.components.setOpenLinks(False)
        self.components.setAccessibleName(self.tr("Bundled components and their licences"))
        rows = "".join(
            f"<tr><td><b>{html.escape(c.name)}</b></td><td>{html.escape(c.version)}</td>"
            f"<td>{html.escape(c.licence)}</td><td>{html.escape(c.note)}</td></tr>" for c in components)
        headers = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in (
            self.tr("Component"), self.tr("Version", "of a bundled component"), self.tr("Licence")))
        notice = QCoreApplication.translate("AboutDialog", NOTICE)
        self.components.setHtml(
            f"<table cellpadding='3'><tr>{headers}<th></th></tr>{rows}</table><p>{html.escape(notice)}</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if icon is not None and not icon.isNull():
            logo = QLabel()
            logo.setPixmap(icon.pixmap(64, 64))
            layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(self.components, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
