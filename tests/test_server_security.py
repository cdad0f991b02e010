"""The local server's rules without a model: which Host names pass, where it may listen, whose key it is,
how wrong keys are slowed down and what the access log may say."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from app.server_runner import EVERY_INTERFACE, LocalServer, ServerError, ServerOptions, bind_address
from app.server_security import (
    BadKey,
    KeyThrottle,
    allowed_hosts,
    bracketed,
    host_allowed,
    logged_path,
    own_addresses,
    resolve_key,
)
from engine.secrets import SERVER_API_KEY, SecretStore
from tests.keyring_backend import FileKeyringForTests, PlaintextKeyring


@pytest.fixture(autouse=True)
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "test-keyring.json"
    monkeypatch.setenv("PONDER_TEST_KEYRING", str(path))
    monkeypatch.delenv("PONDER_API_KEY", raising=False)
    keyring.set_keyring(FileKeyringForTests())
    return path


def test_host_names_this_computer_with_no_port_or_the_servers() -> None:
    names = allowed_hosts("127.0.0.1")
    for header in ("localhost", "LocalHost:7177", "127.0.0.1", "127.0.0.1:7177", "[::1]", "[::1]:7177"):
        assert host_allowed(header, names, 7177), header
    for header in ("evil.example", "evil.example:7177", "localhost:8080", "127.0.0.1:7177.evil.example",
                   "localhost.", "127.0.0.2", "[::1", "::1", "", "localhost:", "user@localhost"):
        assert not host_allowed(header, names, 7177), header


def test_the_bound_address_is_allowed_and_every_own_address_when_bound_to_all() -> None:
    assert host_allowed("[fe80::1]:80", allowed_hosts("fe80::1"), 80)
    assert host_allowed("192.168.1.20", allowed_hosts("192.168.1.20"), 80)
    assert not host_allowed("192.168.1.20", allowed_hosts("127.0.0.1"), 80)
    everywhere = allowed_hosts(EVERY_INTERFACE)
    assert "0.0.0.0" not in everywhere and "localhost" in everywhere
    assert not host_allowed("evil.example", everywhere, 80)
    # this computer's name, and the address it reaches the network from (found here on its own)
    assert host_allowed(socket.gethostname(), everywhere, 80) and own_addresses() <= everywhere
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # nothing is sent
            address = probe.getsockname()[0]
    except OSError:  # no IPv4 route on this machine: nothing more to check
        return
    assert host_allowed(f"{bracketed(address)}:80", everywhere, 80)


def test_only_an_explicit_lan_switch_listens_beyond_this_computer() -> None:
    assert bind_address(ServerOptions()) == "127.0.0.1"
    assert bind_address(ServerOptions(host="::1")) == "::1"
    for host in ("0.0.0.0", "::", "192.168.1.20", "example.org"):
        with pytest.raises(ServerError, match="--lan"):
            bind_address(ServerOptions(host=host))
    assert bind_address(ServerOptions(lan=True)) == EVERY_INTERFACE
    assert bind_address(ServerOptions(host="192.168.1.20", lan=True)) == "192.168.1.20"


def test_a_port_in_use_is_said_plainly() -> None:
    first = LocalServer(lane=None, options=ServerOptions(port=0), key="k" * 16)  # type: ignore[arg-type]
    first.bind()
    try:
        second = LocalServer(lane=None, options=ServerOptions(port=first.port), key="k" * 16)  # type: ignore[arg-type]
        with pytest.raises(ServerError, match=f"Port {first.port} is in use"):
            second.bind()
    finally:
        first.stop()


def test_the_key_is_made_once_and_kept_in_the_keyring(file_keyring: Path) -> None:
    made = resolve_key()
    assert made.source == "keyring" and len(made.value) >= 40 and made.value not in repr(made)
    assert resolve_key().value == made.value
    assert SecretStore().get(SERVER_API_KEY) == made.value
    assert made.value in file_keyring.read_text()  # (the test keyring is a file; the real one is not)


def test_an_option_or_the_environment_comes_before_the_keyring(file_keyring: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    stored = resolve_key().value
    monkeypatch.setenv("PONDER_API_KEY", "from-the-environment")
    assert resolve_key().value == "from-the-environment"
    assert resolve_key("from-the-option-1").value == "from-the-option-1"
    for weak in ("short", "fifteen-chars-x", "has a space in it, long enough", "naïve-key-123-456789"):
        with pytest.raises(BadKey, match="at least 16"):
            resolve_key(weak)
    with pytest.raises(BadKey, match="at least 32 .* other computers"):  # the network reaches the server
        resolve_key(lan=True)
    with pytest.raises(BadKey, match="at least 32"):
        resolve_key("x" * 31, lan=True)
    assert resolve_key("x" * 32, lan=True).value == "x" * 32
    monkeypatch.delenv("PONDER_API_KEY")
    assert resolve_key().value == resolve_key(lan=True).value == stored  # made by Ponder: long enough


def test_without_a_secure_keyring_the_key_lasts_the_session(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PONDER_TEST_KEYRING", str(tmp_path / "plain.json"))
    monkeypatch.delenv("PONDER_API_KEY", raising=False)
    keyring.set_keyring(PlaintextKeyring())
    store = SecretStore()
    key = resolve_key(None, store)
    assert key.source == "session" and "PONDER_API_KEY" in key.note
    assert resolve_key(None, store).value == key.value  # the same store: the same key
    assert not (tmp_path / "plain.json").exists()  # never written to a plain-text keyring


def test_wrong_keys_are_free_at_first_then_checked_one_a_second_then_refused() -> None:
    now = [100.0]
    throttle = KeyThrottle(free=3, window_s=60.0, delay_s=1.0, max_wait_s=2.0, clock=lambda: now[0])
    for _ in range(3):
        assert throttle.admit("10.0.0.9") == 0.0
        throttle.failed("10.0.0.9")
    assert throttle.admit("10.0.0.7") == 0.0  # another address is not slowed
    assert [throttle.admit("10.0.0.9") for _ in range(3)] == [0.0, 1.0, 2.0]  # one check a second
    assert throttle.admit("10.0.0.9") is None and throttle.retry_after("10.0.0.9") >= 1  # refused: 429
    now[0] += 3.0
    assert throttle.admit("10.0.0.9") == 0.0  # its turn again (the slots before have passed)
    now[0] += 60.0
    assert throttle.admit("10.0.0.9") == 0.0 and throttle.admit("10.0.0.9") == 0.0  # the wrong keys are old


def test_the_access_log_quotes_odd_paths_and_drops_passwords() -> None:
    def scope(raw: bytes) -> dict[str, object]:
        from urllib.parse import unquote

        return {"path": unquote(raw.decode("latin-1")), "raw_path": raw}

    assert logged_path(scope(b"/v1/chat/completions")) == "/v1/chat/completions"
    forged = logged_path(scope(b"/v1/models%0aPOST /v1/completions 200"))
    assert "\n" not in forged and "%0a" in forged and forged.startswith("'")
    absolute = logged_path(scope(b"http://someone:hunter2@127.0.0.1:7177/v1/models"))
    assert "hunter2" not in absolute and "someone" not in absolute and "127.0.0.1:7177/v1/models" in absolute
    assert "\x1b" not in logged_path(scope(b"/\x1b[31mred"))  # no terminal escapes either
    assert len(logged_path(scope(b"/" + b"a" * 5000))) < 200
