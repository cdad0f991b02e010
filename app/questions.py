"""Questions only the user can answer, asked through one injectable function (a dialog by default)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

CHOICE_CONTEXT = "Question"  # the choices' translation context (each marked QT_TRANSLATE_NOOP("Question", …))
CANCEL = str(QT_TRANSLATE_NOOP("Question", "Cancel"))  # the safe choice of many questions


@dataclass(frozen=True)
class Question:
    """Something only the user can decide; the answer is one of `choices`, the last being the safe one.

    The title and text are shown as given (already in the interface's language); the choices are
    English names, also the answer, shown translated in the CHOICE_CONTEXT context.
    """

    title: str
    text: str
    choices: tuple[str, ...]


Ask = Callable[[Question], str]


def ask_with_dialog(question: Question) -> str:
    """A modal message box with one button per choice; closing it picks the last choice."""
    box = QMessageBox(QMessageBox.Icon.Warning, question.title, question.text)
    buttons = [(box.addButton(_shown(choice), QMessageBox.ButtonRole.AcceptRole), choice)
               for choice in question.choices[:-1]]
    safe = box.addButton(_shown(question.choices[-1]), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(safe)
    box.exec()
    return next((choice for button, choice in buttons if button is box.clickedButton()), question.choices[-1])


def _shown(choice: str) -> str:
    return QCoreApplication.translate(CHOICE_CONTEXT, choice)
