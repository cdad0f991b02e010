"""The chat's "Answer in" choice: Automatic (the language of the message) or a named language,
and whether the model should reason in English first (how NVIDIA's multilingual data was made)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from engine.answer_language import ANSWER_LANGUAGES, AUTOMATIC, NATIVE_NAMES


class AnswerLanguageControl(QWidget):
    """A combo box and a check box; `changed(language, reason_in_english)` when the user picks."""

    changed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Answer language"))
        self.picker.setToolTip(self.tr("The language the model answers in, for this chat. Automatic: "
                                       "the language of your message."))
        self.picker.addItem(self.tr("Answer in: automatic"), AUTOMATIC)
        for code in ANSWER_LANGUAGES:
            self.picker.addItem(self.tr("Answer in: {language}").format(language=NATIVE_NAMES[code]), code)
        self.english = QCheckBox(self.tr("Reason in English"))
        self.english.setToolTip(self.tr("Ask the model to think in English and answer in the chosen language. "
                                        "NVIDIA trained its multilingual reasoning this way, so it is often "
                                        "the more accurate choice."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.picker)
        layout.addWidget(self.english)
        self.picker.activated.connect(self._emit)
        self.english.clicked.connect(self._emit)

    def set_choice(self, language: str, reason_in_english: bool) -> None:
        """Show a chat's choice (no signal)."""
        index = self.picker.findData(language if language in ANSWER_LANGUAGES else AUTOMATIC)
        self.picker.setCurrentIndex(max(0, index))
        self.english.setChecked(reason_in_english)

    def language(self) -> str:
        return str(self.picker.currentData() or AUTOMATIC)

    def reason_in_english(self) -> bool:
        return self.english.isChecked()

    def _emit(self, *_: object) -> None:
        self.changed.emit(self.language(), self.reason_in_english())
