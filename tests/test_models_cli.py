"""`ponder models pull/search/rm` against a local hub server; tokens only in the keyring."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from engine.secrets import HF_TOKEN, SecretStore
from tests.hub_server import HubServer
from tests.keyring_backend import FileKeyringForTests, PlaintextKeyring

REPO = "bartowski/nvidia_Tiny-GGUF"
TOKEN = "hf_TOPSECRETtoken1234567890"


@pytest.fixture(autouse=True)
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[HubServer]:
    server = HubServer()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.setenv("PONDER_TEST_KEYRING", str(tmp_path / "test-keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyringForTests")
    monkeypatch.delenv("HF_TOKEN", raising=False)
    server.add(REPO, "tiny-Q4_K_M.gguf", os.urandom(3 * 2**20 + 7))
    server.add(REPO, "tiny-Q8_0.gguf", os.urandom(2**20))
    yield server
    server.close()


def ponder(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.main", *args], capture_output=True, text=True,
                          timeout=120, input=stdin, env=dict(os.environ))


def events(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_pull_verifies_and_resumes_after_a_forced_drop(hub: HubServer, ponder_home: Path) -> None:
    hub.switches.drop_after = 2**20
    proc = ponder("models", "pull", REPO, "--quant", "Q4_K_M", "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    evs = events(proc.stdout)
    assert any(e["event"] == "retrying" for e in evs)
    assert [e for e in evs if e["event"] == "progress"][-1]["downloaded"] == 3 * 2**20 + 7
    done = evs[-1]
    assert done["event"] == "done" and len(done["sha256"]) == 64
    path = Path(done["path"])
    assert path.name == "tiny-Q4_K_M.gguf" and path.is_relative_to(ponder_home / "models")
    assert hub.switches.served[1][0] > 0  # the second request resumed


def test_search_lists_gguf_files(hub: HubServer) -> None:
    proc = ponder("models", "search", "tiny", "--json")
    hit = events(proc.stdout)[0]
    assert hit["repo_id"] == REPO
    assert {f["name"] for f in hit["files"]} == {"tiny-Q4_K_M.gguf", "tiny-Q8_0.gguf"}


def test_missing_quant_and_repo_are_clear_errors(hub: HubServer) -> None:
    proc = ponder("models", "pull", REPO, "--quant", "IQ1_S", "--json")
    assert proc.returncode == 1 and "No IQ1_S file" in events(proc.stdout)[-1]["message"]
    proc = ponder("models", "pull", "nobody/none", "--json")
    assert proc.returncode == 1 and events(proc.stdout)[-1]["event"] == "error"
    assert "Traceback" not in proc.stderr


def test_gated_repo_uses_the_token_from_the_keyring(hub: HubServer, ponder_home: Path,
                                                    tmp_path: Path) -> None:
    hub.switches.token = TOKEN
    proc = ponder("models", "pull", REPO, "--file", "tiny-Q8_0.gguf", "--json")
    err = events(proc.stdout)[-1]
    assert proc.returncode == 1 and err["kind"] == "auth" and "token" in err["message"]
    keyring.set_keyring(FileKeyringForTests())
    SecretStore().set(HF_TOKEN, TOKEN)
    proc = ponder("models", "pull", REPO, "--file", "tiny-Q8_0.gguf", "--json")
    assert proc.returncode == 0, proc.stdout
    assert f"Bearer {TOKEN}" in hub.switches.auth_seen
    # the token is in the keyring only: never under PONDER_HOME, never in output
    for f in ponder_home.rglob("*"):
        if f.is_file():
            assert TOKEN.encode() not in f.read_bytes(), f
    assert TOKEN not in proc.stdout + proc.stderr


def test_insecure_keyring_keeps_the_token_in_memory_only(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PONDER_TEST_KEYRING", str(tmp_path / "plain.json"))
    keyring.set_keyring(PlaintextKeyring())
    store = SecretStore()
    assert not store.secure and "memory for this session only" in store.problem
    store.set(HF_TOKEN, TOKEN)
    assert store.get(HF_TOKEN) == TOKEN
    assert not (tmp_path / "plain.json").exists()  # nothing written
    assert SecretStore().get(HF_TOKEN) is None  # gone with the session


def test_rm_removes_a_downloaded_model(hub: HubServer, ponder_home: Path) -> None:
    assert ponder("models", "pull", REPO, "--quant", "Q8_0", "--json").returncode == 0
    target = ponder_home / "models" / REPO.replace("/", "__") / "tiny-Q8_0.gguf"
    assert target.exists()
    proc = ponder("models", "rm", "tiny-Q8_0", "--yes")
    assert proc.returncode == 0 and not target.exists()
    proc = ponder("models", "rm", "SmolLM2-135M-Instruct", "--yes", "--json")
    assert proc.returncode == 1 and "cannot be removed" in events(proc.stdout)[-1]["message"]


def test_offline_setting_blocks_the_network(hub: HubServer, ponder_home: Path) -> None:
    ponder_home.mkdir(parents=True, exist_ok=True)
    (ponder_home / "settings.json").write_text('{"offline": true}')
    proc = ponder("models", "pull", REPO, "--json")
    assert proc.returncode == 1 and events(proc.stdout)[-1]["kind"] == "offline"
    assert hub.switches.auth_seen == []  # no request reached the server
