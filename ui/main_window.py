"""The main window: chats on the left, the conversation in the middle, controls on top."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .budget_slider import BudgetSlider
from .chat_view import ChatView
from .composer import Composer
from .conversation_list import ConversationPanel


class MainWindow(QMainWindow):
    model_chosen = Signal(int)  # index in the model picker
    reasoning_toggled = Signal(bool)
    preset_chosen = Signal(int)  # index in the system-prompt picker

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Ponder")
        self.resize(1180, 780)
        self.conversations = ConversationPanel()
        self.chat = ChatView()
        self.composer = Composer()
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.chat, 1)
        column.addWidget(self.composer)
        split = QSplitter()
        split.addWidget(self.conversations)
        split.addWidget(centre)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 930])
        self.setCentralWidget(split)

        bar = QToolBar("Model")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.model_picker = QComboBox()
        self.model_picker.setAccessibleName("Model")
        self.model_picker.setMinimumWidth(280)
        self.reasoning_box = QCheckBox("Reasoning")
        self.reasoning_box.setAccessibleName("Reasoning on or off")
        self.budget = BudgetSlider()
        self.preset_picker = QComboBox()
        self.preset_picker.setAccessibleName("System prompt for this chat")
        self.preset_picker.setToolTip("System prompt for this chat")
        bar.addWidget(QLabel(" Model "))
        bar.addWidget(self.model_picker)
        self.models_action = QAction("Models…", self, shortcut=QKeySequence("Ctrl+M"))
        self.models_action.setToolTip("Find, download and manage models (Ctrl+M)")
        bar.addAction(self.models_action)
        bar.addSeparator()
        bar.addWidget(self.reasoning_box)
        bar.addSeparator()
        bar.addWidget(self.budget)
        bar.addSeparator()
        bar.addWidget(QLabel(" System prompt "))
        bar.addWidget(self.preset_picker)
        self.model_picker.activated.connect(self.model_chosen)
        self.preset_picker.activated.connect(self.preset_chosen)
        self.reasoning_box.toggled.connect(self.reasoning_toggled)

        self.model_status = QLabel("No model")
        self.placement_status = QLabel("")
        self.context_status = QLabel("")
        self.speed_status = QLabel("")
        for label in (self.model_status, self.placement_status, self.context_status, self.speed_status):
            self.statusBar().addPermanentWidget(label)
        self.new_chat_action = QAction("New chat", self, shortcut=QKeySequence("Ctrl+N"))
        self.search_action = QAction("Search chats", self, shortcut=QKeySequence("Ctrl+F"))
        self.stop_action = QAction("Stop", self, shortcut=QKeySequence(Qt.Key.Key_Escape))
        self.regenerate_action = QAction("Regenerate last reply", self, shortcut=QKeySequence("Ctrl+R"))
        self.settings_action = QAction("Settings…", self, shortcut=QKeySequence("Ctrl+,"))
        self.export_action = QAction("Export chat…", self, shortcut=QKeySequence("Ctrl+E"))
        self.quit_action = QAction("Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        self.about_action = QAction("About Ponder", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.search_action.triggered.connect(lambda: self.conversations.search.setFocus())
        self.quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu("&File")
        for action in (self.new_chat_action, self.models_action, self.export_action,
                       self.settings_action, self.quit_action):
            file_menu.addAction(action)
        chat_menu = self.menuBar().addMenu("&Chat")
        for action in (self.regenerate_action, self.stop_action, self.search_action):
            chat_menu.addAction(action)
        self.menuBar().addMenu("&Help").addAction(self.about_action)
        self.chat.link_requested.connect(self.confirm_link)

    def set_reasoning_available(self, available: bool, reason: str = "") -> None:
        self.reasoning_box.setEnabled(available)
        self.reasoning_box.setToolTip("" if available else reason)
        self.budget.set_available(available, reason)

    def confirm_link(self, url: QUrl) -> None:
        if url.scheme() not in ("http", "https"):
            return
        answer = QMessageBox.question(
            self, "Open link?", f"Open this address in your browser?\n\n{url.toString()}")
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

    def set_presets(self, names: list[str], current: int) -> None:
        self.preset_picker.clear()
        self.preset_picker.addItems(names)
        self.preset_picker.setCurrentIndex(max(current, 0))

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
