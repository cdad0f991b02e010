"""The main window: chats on the left, the conversation in the middle, controls on top.

The app talks to it in intents (show this model list, offer an undo, say this
error), never by reaching into its widgets; user actions come out as signals
and QActions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import l10n
from .chat_view import ChatView
from .composer import Composer
from .conversation_list import ConversationPanel
from .notices import OFFER_MS, Banner
from .reasoning_control import ReasoningControl, ReasoningState
from .shortcuts_dialog import ShortcutsDialog

NOTICE_MS = 8000
MIN_WIDTH, MIN_HEIGHT = 760, 560


class ElidedLabel(QLabel):
    """A one-line label that gives up width before the others do, ending in "…" (all of it on hover)."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setToolTip(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self.text()) + 8, super().sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class MainWindow(QMainWindow):
    model_chosen = Signal(int)  # index in the model picker
    budget_changed = Signal(int)  # the reasoning control: 0 off, -1 unlimited, N tokens
    preset_chosen = Signal(int)  # index in the system-prompt picker

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Ponder")
        self.resize(1180, 780)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.conversations = ConversationPanel()
        self.chat = ChatView()
        self.composer = Composer()
        self.error_banner = Banner("error")
        self.offer_banner = Banner("offer")
        self._build_actions()
        self._build_top_bar()
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.offer_banner)
        column.addWidget(self.chat, 1)
        column.addWidget(self.error_banner)
        column.addWidget(self.composer)
        self.split = QSplitter()
        self.split.addWidget(self.conversations)
        self.split.addWidget(centre)
        self.split.setStretchFactor(1, 1)
        self.split.setCollapsible(1, False)
        self.split.setSizes([240, 940])
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.top_bar)
        outer.addWidget(self.split, 1)
        self.setCentralWidget(body)
        self._build_status_bar()
        self._build_menus()
        self.chat.link_requested.connect(self.confirm_link)
        self.setTabOrder(self.composer.editor, self.conversations.search)

    # -- construction ----------------------------------------------------------
    def _action(self, text: str, keys: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setToolTip(tip)
        self.addAction(action)  # its shortcut works wherever the focus is in the window
        return action

    def _build_actions(self) -> None:
        self.new_chat_action = self._action(self.tr("New chat"), "Ctrl+N")
        self.focus_message_action = self._action(self.tr("Go to the message box"), "Ctrl+L")
        self.search_action = self._action(self.tr("Search chats"), "Ctrl+F")
        self.stop_action = self._action(self.tr("Stop the reply"), QKeySequence(Qt.Key.Key_Escape))
        self.answer_now_action = self._action(self.tr("Answer now (stop thinking)"), "Ctrl+Shift+A")
        self.regenerate_action = self._action(self.tr("Regenerate last reply"), "Ctrl+R")
        self.models_action = self._action(self.tr("Models…"), "Ctrl+M",
                                          self.tr("Find, download and manage models (Ctrl+M)"))
        self.servers_action = self._action(self.tr("Remote servers…"), None, self.tr(
            "Use models that run on a vLLM, SGLang, NIM, TensorRT-LLM or llama.cpp server"))
        self.settings_action = self._action(self.tr("Settings…"), "Ctrl+,")
        self.export_action = self._action(self.tr("Export chat…"), "Ctrl+E")
        self.quit_action = self._action(self.tr("Quit"), QKeySequence(QKeySequence.StandardKey.Quit))
        self.shortcuts_action = self._action(self.tr("Keyboard shortcuts"), QKeySequence(Qt.Key.Key_F1))
        self.server_action = self._action(self.tr("Local server"), tip=self.tr(
            "Let other apps use the loaded model through an OpenAI-compatible API on this computer"))
        self.server_action.setCheckable(True)
        self.server_lan_action = QAction(self.tr("Allow other computers (LAN)"), self, checkable=True)
        self.server_address_action = QAction(self.tr("Copy server address"), self)
        self.server_key_action = QAction(self.tr("Show API key…"), self)
        self.about_action = QAction(self.tr("About Ponder"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        # F2 and Delete act on the chat list only (Delete in a text box deletes text)
        self.rename_chat_action = QAction(self.tr("Rename chat"), self, shortcut=QKeySequence(Qt.Key.Key_F2))
        self.delete_chat_action = QAction(self.tr("Delete chat"), self,
                                         shortcut=QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.rename_chat_action, self.delete_chat_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.conversations.view.addAction(action)
        self.stop_action.setEnabled(False)  # until a reply runs: Esc then cancels edits and dialogs
        self.answer_now_action.setEnabled(False)
        self.new_chat_action.triggered.connect(self.focus_composer)
        self.focus_message_action.triggered.connect(self.focus_composer)
        self.search_action.triggered.connect(self.conversations.focus_search)
        self.rename_chat_action.triggered.connect(self.conversations.rename_current)
        self.delete_chat_action.triggered.connect(self.conversations.delete_current)
        self.quit_action.triggered.connect(self.close)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.composer.stop_requested.connect(self.stop_action.trigger)
        self.composer.answer_now_requested.connect(self.answer_now_action.trigger)

    def _build_top_bar(self) -> None:
        self.top_bar = QWidget()
        self.top_bar.setObjectName("topBar")
        self.model_picker = QComboBox()
        self.model_picker.setAccessibleName(self.tr("Model", "the language model in use"))
        self.model_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_picker.setMinimumContentsLength(11)
        self.model_picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        models = QToolButton()
        models.setDefaultAction(self.models_action)
        self.reasoning = ReasoningControl()
        self.preset_picker = QComboBox()
        preset_name = self.tr("System prompt for this chat")
        self.preset_picker.setAccessibleName(preset_name)
        self.preset_picker.setToolTip(preset_name)
        self.preset_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_picker.setMinimumContentsLength(6)
        model_label = QLabel(self.tr("Model", "the language model in use"))
        model_label.setBuddy(self.model_picker)
        row = QHBoxLayout(self.top_bar)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(model_label)
        row.addWidget(self.model_picker, 3)
        row.addWidget(models)
        row.addWidget(_separator())
        row.addWidget(self.reasoning, 2)
        row.addWidget(_separator())
        row.addWidget(QLabel(self.tr("System prompt")))
        row.addWidget(self.preset_picker, 1)
        self.model_picker.activated.connect(self.model_chosen)
        self.preset_picker.activated.connect(self.preset_chosen)
        self.reasoning.budget_changed.connect(self.budget_changed)

    def _build_status_bar(self) -> None:
        self.model_status = ElidedLabel(self.tr("No model"))
        self.placement_status = QLabel("")
        self.context_status = QLabel("")
        self.speed_status = QLabel("")
        self.statusBar().addPermanentWidget(self.model_status, 1)  # shrinks first (elided) in a small window
        for label in (self.placement_status, self.context_status, self.speed_status):
            self.statusBar().addPermanentWidget(label)
        self.server_status = QLabel("")
        self.server_status.setAccessibleName(self.tr("Local server"))
        self.server_button = QToolButton()
        self.server_button.setDefaultAction(self.server_action)
        self.server_button.setAutoRaise(True)
        self.statusBar().addPermanentWidget(self.server_status)
        self.statusBar().addPermanentWidget(self.server_button)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_chat_action, self.models_action, self.servers_action, self.export_action,
                       self.settings_action, self.quit_action):
            file_menu.addAction(action)
        chat_menu = self.menuBar().addMenu(self.tr("&Chat"))
        for action in (self.regenerate_action, self.stop_action, self.answer_now_action,
                       self.focus_message_action, self.search_action, self.rename_chat_action,
                       self.delete_chat_action):
            chat_menu.addAction(action)
        server_menu = self.menuBar().addMenu(self.tr("&Local server"))
        for action in (self.server_action, self.server_lan_action, self.server_address_action,
                       self.server_key_action):
            server_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    # -- intents: what the app asks of the window -------------------------------
    def set_models(self, labels: list[str], current: int) -> None:
        self.model_picker.clear()
        self.model_picker.addItems(labels)
        for i, label in enumerate(labels):
            self.model_picker.setItemData(i, label, Qt.ItemDataRole.ToolTipRole)
        if labels:
            self.model_picker.setCurrentIndex(max(0, min(current, len(labels) - 1)))

    def set_current_model(self, index: int) -> None:
        self.model_picker.setCurrentIndex(index)
        self.model_picker.setToolTip(self.model_picker.currentText())

    def set_model_status(self, text: str) -> None:
        self.model_status.setText(text)

    def set_placement(self, text: str, why: str = "") -> None:
        self.placement_status.setText(text)
        self.placement_status.setToolTip(why)

    def set_chat_stats(self, context: str, speed: str) -> None:
        """The open chat's context use and last speed ('' hides either)."""
        self.context_status.setText(context)
        self.speed_status.setText(speed)

    def set_server_status(self, running: bool, text: str = "", tip: str = "", lan: bool = False) -> None:
        """The local server's switch and line: its address, requests served, whom it answers now."""
        self.server_action.setChecked(running)  # not `triggered`: only the user's click asks for a change
        self.server_lan_action.setChecked(lan)
        self.server_address_action.setEnabled(running)
        self.server_status.setText(text)
        self.server_status.setToolTip(tip)

    def show_server_key(self, key: str) -> None:
        """The API key, selectable, in a box that does not block the window."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Local server API key"),
                          self.tr("Apps send this key as 'Authorization: Bearer <key>':"), parent=self)
        box.setInformativeText(key)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def set_reasoning_control(self, state: ReasoningState) -> None:
        self.reasoning.set_state(state)

    def set_presets(self, names: list[str], current: int) -> None:
        self.preset_picker.clear()
        self.preset_picker.addItems(names)
        self.preset_picker.setCurrentIndex(max(current, 0))

    def set_empty_hint(self, text: str) -> None:
        self.chat.set_placeholder(text)

    def set_busy(self, busy: bool) -> None:
        self.composer.set_busy(busy)
        self.chat.set_busy(busy)
        self.stop_action.setEnabled(busy)
        if not busy:
            self.set_thinking(False)

    def set_thinking(self, thinking: bool) -> None:
        self.composer.set_thinking(thinking)
        self.answer_now_action.setEnabled(thinking and self.stop_action.isEnabled())

    def focus_composer(self) -> None:
        self.composer.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str) -> None:
        """An error stays in view until dismissed or replaced by the next one."""
        self.error_banner.show_text(l10n.localized(message))

    def clear_error(self) -> None:
        self.error_banner.dismiss()

    def show_notice(self, message: str, timeout_ms: int = NOTICE_MS) -> None:
        self.statusBar().showMessage(l10n.localized(message), timeout_ms)

    def offer(self, text: str, action: str, callback: Callable[[], None], timeout_ms: int = OFFER_MS) -> None:
        """One action offered for a while: Undo a delete, switch to a chat's model."""
        self.offer_banner.show_text(text, action, callback, timeout_ms)

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        self.offer(text, self.tr("Undo"), undo)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.shortcut_actions(), self)
        dialog.show()
        return dialog

    def shortcut_actions(self) -> list[QAction]:
        return [*self.actions(), self.rename_chat_action, self.delete_chat_action]

    def confirm_link(self, url: QUrl) -> None:
        if url.scheme() not in ("http", "https"):
            return
        answer = QMessageBox.question(
            self, self.tr("Open link?"),
            self.tr("Open this address in your browser?\n\n{address}").format(address=url.toString()))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)
