"""`ponder remote add | list | probe | rm` and `ponder chat --remote NAME` as a user runs them, against
llama-cpp-python's server with an API key (kept in the keyring, never in a file)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.llama_server import LlamaServer
from tests.test_cli import events_of, ponder, stats

pytestmark = pytest.mark.slow
KEY = "sk-cli-TOPSECRET-9876543210"


@pytest.fixture(scope="module")
def keyed_server(starter_path: Path) -> Iterator[LlamaServer]:
    server = LlamaServer(starter_path, "smollm2-135m", api_key=KEY).start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def file_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    path = tmp_path / "test-keyring.json"
    monkeypatch.setenv("PONDER_TEST_KEYRING", str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyringForTests")
    return path


def test_add_list_chat_and_remove_a_server(keyed_server: LlamaServer, ponder_home: Path,
                                           file_keyring: Path) -> None:
    added = ponder("remote", "add", "lab", keyed_server.url.removesuffix("/v1"), "--key-stdin", stdin=KEY + "\n")
    assert added.returncode == 0, added.stderr
    assert f"added lab: {keyed_server.url}" in added.stdout  # /v1 added to a bare address
    assert "OpenAI-compatible server" in added.stdout and "using smollm2-135m" in added.stdout
    listed = ponder("remote", "list", "--json")
    entry = json.loads(listed.stdout.splitlines()[0])
    assert entry["name"] == "lab" and entry["model"] == "smollm2-135m"
    assert entry["capabilities"]["kind"] == "other" and entry["capabilities"]["budget_method"] == "two_phase"
    assert KEY in file_keyring.read_text()
    for f in ponder_home.rglob("*"):
        if f.is_file():
            assert KEY.encode() not in f.read_bytes(), f
    chat = ponder("chat", "--remote", "lab", "--prompt", "Hi", "--json", "--max-tokens", "6", "--temperature", "0")
    assert chat.returncode == 0, chat.stderr
    events = events_of(chat.stdout)
    assert events[0]["server"] == "lab" and stats(events)["server"] == "lab"
    assert KEY not in chat.stdout + chat.stderr
    removed = ponder("remote", "rm", "lab")
    assert removed.returncode == 0 and "and its key" in removed.stdout
    assert KEY not in file_keyring.read_text()
    assert ponder("remote", "list").stdout.startswith("No servers")


def test_add_refuses_a_wrong_key_and_a_bad_address(keyed_server: LlamaServer) -> None:
    wrong = ponder("remote", "add", "lab", keyed_server.url, "--key-stdin", stdin="nope\n")
    assert wrong.returncode == 1 and "401" in wrong.stderr and "API key" in wrong.stderr
    bad = ponder("remote", "add", "lab", "ftp://example.org")
    assert bad.returncode == 1 and "only http:// and https://" in bad.stderr
    assert ponder("remote", "list").stdout.startswith("No servers")


def test_chat_with_an_unknown_server_name_says_how_to_add_it() -> None:
    proc = ponder("chat", "--remote", "nowhere", "--prompt", "Hi", "--json")
    assert proc.returncode == 1
    assert "ponder remote add nowhere URL" in events_of(proc.stdout)[-1]["message"]
