"""Servers in the window: added in the Servers dialog (key in the keyring only), offered in the model
picker beside local models, and each reply says which server answered. A real llama-cpp-python server
on 127.0.0.1 and the real window offscreen."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from app.gui import PonderApp
from engine import store as S
from tests.keyring_backend import FileKeyringForTests
from tests.llama_server import LlamaServer
from tests.test_gui import LONG, send
from ui.chat_view import AssistantMessage

pytestmark = pytest.mark.slow
KEY = "sk-lab-TOPSECRET-0123456789"


@pytest.fixture(scope="module")
def keyed_server(starter_path: Path) -> Iterator[LlamaServer]:
    server = LlamaServer(starter_path, "smollm2-135m", api_key=KEY).start()
    yield server
    server.stop()


@pytest.fixture
def test_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "test-keyring.json"
    monkeypatch.setenv("PONDER_TEST_KEYRING", str(path))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyringForTests())
    yield path
    keyring.set_keyring(before)


@pytest.fixture
def app(qtbot, ponder_home: Path, test_keyring: Path) -> Iterator[PonderApp]:  # type: ignore[no-untyped-def]
    ponder = PonderApp(theme="light")
    qtbot.addWidget(ponder.window)
    ponder.window.show()
    yield ponder
    ponder.shutdown()


def add_server(qtbot, app: PonderApp, url: str, key: str, name: str = "lab") -> None:  # type: ignore[no-untyped-def]
    app.window.servers_action.trigger()  # File → Remote servers…
    dialog = app.model_control.servers.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.url.setText(url)
    dialog.key.setText(key)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled() or "refused" in dialog.found.text(), timeout=LONG)
    dialog.name.setText(name)
    dialog.add_button.click()


def test_a_wrong_key_is_refused_in_the_dialog_and_nothing_is_added(  # type: ignore[no-untyped-def]
        qtbot, app: PonderApp, keyed_server: LlamaServer) -> None:
    add_server(qtbot, app, keyed_server.url, "wrong-key")
    dialog = app.model_control.servers.dialog
    assert dialog is not None and "401" in dialog.found.text() and not dialog.add_button.isEnabled()
    assert app.model_control.servers.store.endpoints == []


def test_a_server_added_in_the_dialog_answers_in_the_window(  # type: ignore[no-untyped-def]
        qtbot, app: PonderApp, keyed_server: LlamaServer, ponder_home: Path, test_keyring: Path) -> None:
    app.refresh_models()
    local = app.window.model_picker.count()
    add_server(qtbot, app, keyed_server.url, KEY)
    dialog = app.model_control.servers.dialog
    assert dialog is not None and dialog.list.count() == 1
    assert "OpenAI-compatible server" in dialog.list.item(0).text()
    # offered beside the local models, marked with where it runs
    picker = app.window.model_picker
    assert picker.count() == local + 1
    assert picker.itemText(local) == "smollm2-135m — on lab · OpenAI-compatible server"
    # the key is in the keyring only: never under PONDER_HOME
    assert KEY in test_keyring.read_text()
    saved = json.loads((ponder_home / "servers.json").read_text())
    assert saved["servers"][0]["url"] == keyed_server.url
    for f in ponder_home.rglob("*"):
        if f.is_file():
            assert KEY.encode() not in f.read_bytes(), f
    with qtbot.waitSignal(app.bridge.loaded, timeout=LONG) as blocker:
        picker.setCurrentIndex(local)
        picker.activated.emit(local)
    loaded = blocker.args[0]
    assert loaded["offload"] == "remote" and loaded["server"] == "lab"
    assert "on lab" in app.window.placement_status.text()
    assert "smollm2-135m on lab" in app.window.model_status.text()
    app.controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 8}
    reply = send(qtbot, app, "Say hi")
    assert reply.state == S.COMPLETE and reply.content.strip()
    assert reply.model == "smollm2-135m on lab"  # which server answered, kept with the reply
    assert reply.stats["server"] == "lab"
    card = [w for w in app.window.chat.messages() if isinstance(w, AssistantMessage)][-1]
    assert "answered by lab" in card.footer.text()
    assert app.settings.get("last_model") == "remote:lab"  # reopened at the next start


def test_the_dialog_answers_a_connect_even_when_another_server_is_checked_meanwhile(  # type: ignore[no-untyped-def]
        qtbot, ponder_home: Path, test_keyring: Path) -> None:
    from app.servers_controller import ServersController
    from engine.remote_endpoints import Endpoint
    from tests.replay_server import MODEL, ReplayServer

    with ReplayServer("vllm") as vllm, ReplayServer("sglang") as sglang:
        controller = ServersController()
        controller.store.add(Endpoint("old", sglang.base_url, model=MODEL))
        dialog = controller.open_dialog()
        qtbot.addWidget(dialog)
        dialog.url.setText(vllm.url)  # no /v1: added for the user
        dialog.connect_button.click()
        controller.reprobe("old")  # "Check again" on another server while connecting
        qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=LONG)
        assert dialog.found.text().startswith("Found: vLLM 0.12.0")
        assert dialog.model.currentText() == MODEL
        qtbot.waitUntil(lambda: "SGLang" in dialog.list.item(0).text(), timeout=LONG)
        dialog.url.setText("http://exämple..com")  # not a host name any server has
        dialog.connect_button.click()
        assert "not a valid host name" in dialog.found.text() and dialog.connect_button.isEnabled()
