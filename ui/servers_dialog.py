"""The Servers dialog: add, check and remove OpenAI-compatible servers (vLLM, SGLang, NIM, llama.cpp…).

Plain values in, intents out: the app probes a server in the background and
answers with `show_probe` or `show_probe_error`; it keeps keys in the keyring.
Nothing is sent to a server until the user presses Connect.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import l10n


@dataclass(frozen=True)
class ServerRow:
    """A server as the list shows it."""

    name: str
    url: str
    model: str
    description: str  # what the probe found, one line


@dataclass(frozen=True)
class NewServer:
    """What the user filled in to add a server."""

    name: str
    url: str
    api_key: str
    ca_file: str
    model: str
    family: str  # "" = detect from the model's name


class ServersDialog(QDialog):
    probe_requested = Signal(str, str, str)  # url, api key, CA file
    add_requested = Signal(object)  # NewServer
    remove_requested = Signal(str)  # name
    reprobe_requested = Signal(str)  # name
    use_requested = Signal(str)  # name: load its model

    def __init__(self, families: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Servers"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Use a model that runs on another computer: a vLLM, SGLang, NVIDIA NIM, "
                               "TensorRT-LLM or llama.cpp server speaking the OpenAI-compatible API. "
                               "Conversations are sent only to servers you add here."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Servers"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self._use())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No servers yet. Add one below."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.use_button = QPushButton(self.tr("&Use this model"))
        self.use_button.clicked.connect(self._use)
        self.reprobe_button = QPushButton(self.tr("&Check again", "button: probe the server again"))
        self.reprobe_button.clicked.connect(lambda: self._with_current(self.reprobe_requested.emit))
        self.remove_button = QPushButton(self.tr("&Remove", "button: remove the chosen server"))
        self.remove_button.clicked.connect(lambda: self._with_current(self.remove_requested.emit))
        row.addWidget(self.use_button)
        row.addWidget(self.reprobe_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

        add = QGroupBox(self.tr("Add a server"))
        form = QFormLayout(add)
        self.name = QLineEdit()
        self.name.setPlaceholderText("gpu-box")
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://gpu-box:8000/v1")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("optional; kept in the system keyring"))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("optional: a CA bundle for a private certificate"))
        browse = QPushButton(self.tr("Browse…", "button: choose a file"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.connect_button = QPushButton(self.tr("C&onnect", "button: probe a new server"))
        self.connect_button.clicked.connect(self._probe)
        self.found = QLabel("")
        self.found.setWordWrap(True)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = QComboBox()
        self.model.setEnabled(False)
        self.family = QComboBox()
        self.family.addItem(self.tr("Detect from the model's name"), "")
        for family, label in families:
            self.family.addItem(l10n.localized(label), family)
        self.add_button = QPushButton(self.tr("&Add", "button: add this server"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add)
        for label, widget in ((self.tr("Name", "a server's name"), self.name),
                              (self.tr("Address", "a server's URL"), self.url), (self.tr("API key"), self.key)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(self.tr("CA file"), ca_row)
        form.addRow("", self.connect_button)
        form.addRow("", self.found)
        model, family = self.tr("Model", "the server's model to use"), self.tr("Family", "a model's family")
        self.model.setAccessibleName(model)
        self.family.setAccessibleName(family)
        form.addRow(model, self.model)
        form.addRow(family, self.family)
        form.addRow("", self.add_button)
        layout.addWidget(add)
        for edit in (self.url, self.key, self.ca_file):
            edit.textChanged.connect(self._forget_probe)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_servers([])

    # -- from the app ------------------------------------------------------------
    def set_servers(self, rows: list[ServerRow]) -> None:
        current = self.current_name()
        self.list.clear()
        for row in rows:
            model = row.model or self.tr("(no model chosen)")
            item = QListWidgetItem(self.tr("{name} — {url}\n{model} · {description}", "a server in the list").format(
                name=row.name, url=row.url, model=model, description=l10n.localized(row.description)))
            item.setData(Qt.ItemDataRole.UserRole, row.name)
            self.list.addItem(item)
            if row.name == current:
                self.list.setCurrentItem(item)
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        self._update_buttons()

    def show_probe(self, description: str, models: list[str]) -> None:
        self.connect_button.setEnabled(True)
        found = self.tr("Found: {description}").format(description=l10n.localized(description))
        if not models:
            found = self.tr("{found}\nThe server lists no models.").format(found=found)
        self.found.setText(found)
        self.model.clear()
        self.model.addItems(models)
        self.model.setEnabled(bool(models))
        self.add_button.setEnabled(bool(models))

    def show_probe_error(self, message: str) -> None:
        self.connect_button.setEnabled(True)
        self.found.setText(l10n.localized(message))
        self.add_button.setEnabled(False)

    def show_added(self) -> None:
        for edit in (self.name, self.url, self.key, self.ca_file):
            edit.clear()
        self._forget_probe()

    # -- the user's intents ---------------------------------------------------------
    def current_name(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _with_current(self, action: object) -> None:
        name = self.current_name()
        if name and callable(action):
            action(name)

    def _use(self) -> None:
        self._with_current(self.use_requested.emit)

    def _update_buttons(self) -> None:
        chosen = bool(self.current_name())
        for button in (self.use_button, self.reprobe_button, self.remove_button):
            button.setEnabled(chosen)

    def _probe(self) -> None:
        if not self.url.text().strip():
            self.show_probe_error(self.tr("Type the server's address first, e.g. {example}").format(
                example="http://gpu-box:8000/v1"))
            return
        self.connect_button.setEnabled(False)
        self.found.setText(self.tr("Connecting…"))
        self.probe_requested.emit(self.url.text().strip(), self.key.text().strip(), self.ca_file.text().strip())

    def _forget_probe(self) -> None:
        self.model.clear()
        self.model.setEnabled(False)
        self.add_button.setEnabled(False)
        self.found.setText("")

    def _add(self) -> None:
        self.add_requested.emit(NewServer(
            name=self.name.text().strip() or _name_from(self.url.text()), url=self.url.text().strip(),
            api_key=self.key.text().strip(), ca_file=self.ca_file.text().strip(),
            model=self.model.currentText(), family=str(self.family.currentData() or "")))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA file"), "",
            self.tr("Certificates ({patterns})").format(patterns="*.pem *.crt *.cer") + ";;"
            + self.tr("All files ({patterns})").format(patterns="*"))
        if path:
            self.ca_file.setText(path)


def _name_from(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return host or QCoreApplication.translate("ServersDialog", "server", "a server's name when its address has none")
