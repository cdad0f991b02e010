"""Downloads against a real local server speaking the hub's protocol (HF_ENDPOINT)."""

from __future__ import annotations

import errno
import http.client
import os
import socket
import subprocess
import sys
import urllib.error
from pathlib import Path

import pytest

from engine import downloads
from engine.downloads import Downloader, DownloadError, ErrorKind
from tests.hub_server import COMMIT, HubServer, fast

REPO, NAME = "nvidia/Tiny-GGUF", "tiny-Q4_K_M.gguf"
SIZE = 5 * 2**20 + 12345


@pytest.fixture
def payload(hub: HubServer) -> bytes:
    data = os.urandom(SIZE)
    hub.add(REPO, NAME, data)
    return data


def test_resolve_reads_the_hub_headers(hub: HubServer, payload: bytes) -> None:
    import hashlib

    remote = fast().resolve(REPO, NAME)
    assert remote.size == SIZE and remote.sha256 == hashlib.sha256(payload).hexdigest()
    assert remote.commit == COMMIT and remote.url.startswith(hub.url)


def test_download_verifies_and_reports_progress(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    events: list[dict] = []
    d = fast()
    path = d.download(d.resolve(REPO, NAME), tmp_path, events.append)
    assert path.read_bytes() == payload and not (tmp_path / f"{NAME}.part").exists()
    progress = [e for e in events if e["event"] == "progress"]
    assert progress[-1]["downloaded"] == SIZE == progress[-1]["total"]
    assert events[-1]["event"] == "done" and events[-1]["sha256"] == d.resolve(REPO, NAME).sha256


def test_dropped_connection_resumes_without_refetching(hub: HubServer, payload: bytes,
                                                       tmp_path: Path) -> None:
    hub.switches.drop_after = 3 * 2**20
    d = fast()
    events: list[dict] = []
    path = d.download(d.resolve(REPO, NAME), tmp_path, events.append)
    assert path.read_bytes() == payload
    (first_start, first_sent), (second_start, _) = hub.switches.served[:2]
    assert first_start == 0 and second_start > 0
    refetched = first_sent - second_start  # bytes sent twice
    assert refetched < 2**20
    assert any(e["event"] == "retrying" for e in events) and d.waits == [2.0]


def test_resume_after_the_process_restarts(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    hub.switches.drop_after = 2 * 2**20
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from engine.downloads import Downloader\n"
        "d = Downloader(retries=0, sleep=lambda s: None)\n"
        f"try:\n    d.download(d.resolve({REPO!r}, {NAME!r}), Path({str(tmp_path)!r}))\n"
        "except Exception as exc:\n    print(type(exc).__name__, exc); sys.exit(7)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ))
    assert proc.returncode == 7 and "DownloadError" in proc.stdout
    partial = (tmp_path / f"{NAME}.part").stat().st_size
    assert 0 < partial <= 2 * 2**20
    d = fast()
    path = d.download(d.resolve(REPO, NAME), tmp_path)
    assert path.read_bytes() == payload
    assert hub.switches.served[-1][0] == partial  # continued where the last run stopped


def test_checksum_mismatch_is_rejected_and_deleted(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    hub.switches.corrupt = True
    d = fast()
    with pytest.raises(DownloadError, match="failed verification") as info:
        d.download(d.resolve(REPO, NAME), tmp_path)
    assert info.value.kind == "checksum"
    assert list(tmp_path.iterdir()) == []


def test_stall_is_detected_and_retried(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    hub.switches.stall_after, hub.switches.stall_s = 2**20, 3.0
    d = fast(stall_s=0.5)
    events: list[dict] = []
    path = d.download(d.resolve(REPO, NAME), tmp_path, events.append)
    assert path.read_bytes() == payload
    stalled = [e for e in events if e["event"] == "stalled"]
    assert stalled and "retrying in 2 s" in stalled[0]["message"]


def test_backoff_grows_to_a_minute_and_gives_up_after_ten(hub: HubServer, payload: bytes,
                                                          tmp_path: Path) -> None:
    d = fast()
    remote = d.resolve(REPO, NAME)
    hub.switches.status = 500
    with pytest.raises(DownloadError, match="kept failing") as info:
        d.download(remote, tmp_path)
    assert info.value.kind == "network"
    assert d.waits == [2, 4, 8, 16, 32, 60, 60, 60, 60, 60]


def test_unauthorised_asks_for_a_token(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    hub.switches.token = "hf_secret_token_value"
    with pytest.raises(DownloadError, match="needs a Hugging Face token") as info:
        fast().resolve(REPO, NAME)
    assert info.value.kind == "auth" and f"{hub.url}/{REPO}" in str(info.value)
    d = fast(token="hf_secret_token_value")
    assert d.download(d.resolve(REPO, NAME), tmp_path).read_bytes() == payload


def test_missing_file(hub: HubServer, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="not found") as info:
        fast().resolve(REPO, "nope.gguf")
    assert info.value.kind == "not_found"


def test_not_enough_disk_space_refuses_to_start(hub: HubServer, payload: bytes, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage",
                        lambda p: real(p)._replace(free=SIZE))  # < size + 5 %
    d = fast()
    with pytest.raises(DownloadError, match="Not enough disk space") as info:
        d.download(d.resolve(REPO, NAME), tmp_path)
    assert info.value.kind == "disk" and hub.switches.served == []


def test_full_disk_mid_download_keeps_the_partial_file(hub: HubServer, payload: bytes, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins
    import errno

    real_open = builtins.open

    class Filling:
        def __init__(self, fh):  # type: ignore[no-untyped-def]
            self.fh, self.n = fh, 0

        def write(self, data):  # type: ignore[no-untyped-def]
            if self.n > 2**20:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.n += len(data)
            return self.fh.write(data)

        def __getattr__(self, name):  # type: ignore[no-untyped-def]
            return getattr(self.fh, name)

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *a):  # type: ignore[no-untyped-def]
            return self.fh.__exit__(*a)

    def fake_open(path, mode="r", *a, **k):  # type: ignore[no-untyped-def]
        fh = real_open(path, mode, *a, **k)
        return Filling(fh) if str(path).endswith(".part") and "a" in mode else fh

    monkeypatch.setattr(builtins, "open", fake_open)
    d = fast()
    with pytest.raises(DownloadError, match="disk is full") as info:
        d.download(d.resolve(REPO, NAME), tmp_path)
    assert info.value.kind == "disk"
    assert (tmp_path / f"{NAME}.part").stat().st_size > 0


def test_offline_mode_makes_no_connection(hub: HubServer, payload: bytes, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("a socket was opened in offline mode")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    d = Downloader(offline=True)
    for call in (lambda: d.resolve(REPO, NAME),):
        with pytest.raises(DownloadError, match="Offline mode") as info:
            call()
        assert info.value.kind == "offline"
    assert hub.switches.auth_seen == []


def test_dead_network_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    with pytest.raises(DownloadError, match="Cannot reach") as info:
        fast().resolve(REPO, NAME)
    assert info.value.kind is ErrorKind.NETWORK and info.value.offline
    assert "the connection was refused" in str(info.value) and "Errno" not in str(info.value)


def test_a_name_that_does_not_resolve_is_offline_in_plain_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://hub.invalid")  # never resolves (RFC 6761)
    for call in (lambda: fast().search("nemotron"), lambda: fast().resolve(REPO, NAME)):
        with pytest.raises(DownloadError) as info:
            call()
        assert info.value.offline and "could not be looked up" in str(info.value)
        assert "Errno" not in str(info.value) and "Name or service" not in str(info.value)


@pytest.mark.parametrize(("failure", "offline"), [
    (urllib.error.URLError(socket.gaierror(-3, "Temporary failure in name resolution")), True),
    (urllib.error.URLError(ConnectionRefusedError(111, "Connection refused")), True),
    (urllib.error.URLError(OSError(errno.ENETUNREACH, "Network is unreachable")), True),
    (urllib.error.URLError(OSError(errno.EHOSTUNREACH, "No route to host")), True),
    (TimeoutError("timed out"), True),
    (urllib.error.URLError(ConnectionResetError(104, "Connection reset by peer")), False),
    (http.client.RemoteDisconnected("Remote end closed connection"), False),
])
def test_which_failures_mean_no_internet(failure: BaseException, offline: bool) -> None:
    assert (downloads._no_way_to(failure) is not None) is offline


def test_a_network_that_goes_away_mid_download_ends_as_offline(hub: HubServer, payload: bytes,
                                                                 tmp_path: Path) -> None:
    d = fast(retries=2)
    remote = d.resolve(REPO, NAME)
    hub.close()  # the connection is gone for every retry
    with pytest.raises(DownloadError, match="kept failing") as info:
        d.download(remote, tmp_path)
    assert info.value.offline and "connection was refused" in str(info.value)
    assert d.waits == [2.0, 4.0]  # type: ignore[attr-defined]


def test_listing_a_gated_repository_names_it(hub: HubServer, payload: bytes) -> None:
    hub.switches.token = "hf_x"
    with pytest.raises(DownloadError, match=f"{REPO} needs a Hugging Face token") as info:
        fast().list_gguf(REPO)
    assert info.value.kind == "auth"
