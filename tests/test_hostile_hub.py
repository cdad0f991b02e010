"""A hostile hub: names that escape the models folder, lying sizes, drips, redirects elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email.utils import formatdate
from pathlib import Path

import pytest

from engine.downloads import Downloader, DownloadError, RemoteFile
from engine.safe_paths import UnsafeName, check_repo_id, inside, relative_name, safe_filename
from tests.hub_server import HubServer, fast

REPO, NAME = "nvidia/Tiny-GGUF", "tiny-Q4_K_M.gguf"
TOKEN = "hf_TOPSECRETtoken1234567890"
ESCAPES = ["../../../../outside.gguf", "/tmp/ponder-abs-outside.gguf", "sub/../../outside.gguf",
           "..\\..\\outside.gguf", "C:\\Windows\\outside.gguf", "c:outside.gguf", "ok\x00.gguf",
           "new\nline.gguf", "./x.gguf", "a//b.gguf", "", "NUL.gguf", "trailing.gguf.", "x" * 300 + ".gguf"]
BAD_REPOS = ["../etc", "nvidia/../../x", "nvidia", "a/b/c", "/abs/repo", "nvidia/x?y=1", "nvidia/x#f",
             "nvidia/x\x00", "nvidia/x\n", "nvidia/..", "nvidia/.hidden", "nvidia/ space", ""]


@pytest.fixture
def payload(hub: HubServer) -> bytes:
    data = os.urandom(256 * 1024 + 17)
    hub.add(REPO, NAME, data)
    return data


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def ponder(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.main", *args], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ))


# -- names -------------------------------------------------------------------
@pytest.mark.parametrize("name", ESCAPES)
def test_unsafe_file_names_are_refused(name: str, tmp_path: Path) -> None:
    with pytest.raises(UnsafeName):
        inside(tmp_path, name)


@pytest.mark.parametrize("repo", BAD_REPOS)
def test_invalid_repo_ids_are_refused(repo: str) -> None:
    with pytest.raises(UnsafeName):
        check_repo_id(repo)


def test_ordinary_names_pass(tmp_path: Path) -> None:
    assert check_repo_id("bartowski/nvidia_NVIDIA-Nemotron-Nano-9B-v2-GGUF")
    assert inside(tmp_path, "Q4_K_M/model-00001-of-00002.gguf") == tmp_path / "Q4_K_M" / "model-00001-of-00002.gguf"
    assert str(relative_name("Nemotron.gguf")) == "Nemotron.gguf"


def test_a_link_inside_the_folder_cannot_lead_out(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    models = tmp_path / "models"
    models.mkdir()
    (models / "nvidia__Tiny-GGUF").symlink_to(outside)
    with pytest.raises(UnsafeName, match="link"):
        inside(models, "nvidia__Tiny-GGUF/x.gguf")


def test_a_linked_repository_folder_cannot_lead_out(hub: HubServer, payload: bytes, ponder_home: Path,
                                                    tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    models = ponder_home / "models"
    models.mkdir(parents=True)
    (models / "nvidia__Tiny-GGUF").symlink_to(outside)
    run = ponder("models", "pull", REPO, "--file", NAME, "--json")
    assert run.returncode == 1 and "through a link" in json.loads(run.stdout.splitlines()[-1])["message"]
    assert files_under(outside) == set()


def test_export_names_from_titles_stay_one_file_name() -> None:
    assert safe_filename("../../etc/passwd", ".md") == "etc passwd.md"
    assert safe_filename("a/b\\c:d*e?f\x00g", ".json") == "a b c d e f g.json"
    assert safe_filename("...", ".md") == "chat.md"
    assert safe_filename("CON", ".md") == "chat.md"


def test_hostile_tree_entries_are_left_out_of_listings(hub: HubServer, payload: bytes) -> None:
    hub.switches.tree_extra = [{"type": "file", "path": name, "size": 5} for name in ESCAPES] + [
        {"type": "file", "path": "fine/other.gguf", "size": 7}, {"type": "file", "path": 5},
        {"type": "file"}, "not an entry", {"type": "file", "path": "x.gguf", "size": "huge"}]
    listing = fast().list_gguf(REPO)
    assert listing == [("fine/other.gguf", 7), (NAME, len(payload)), ("x.gguf", 0)]


def test_hostile_search_results_are_left_out(hub: HubServer, payload: bytes) -> None:
    hub.switches.search_extra = [{"id": repo} for repo in BAD_REPOS] + [{"id": None}, "junk"]
    assert [h["repo_id"] for h in fast().search("tiny")] == [REPO]


def test_download_refuses_a_name_that_escapes(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    remote = fast().resolve(REPO, NAME)
    folder = tmp_path / "models"
    for name in ("../../escaped.gguf", "/tmp/ponder-escaped.gguf"):
        evil = RemoteFile(REPO, name, "main", remote.url, remote.size, remote.sha256)
        with pytest.raises(DownloadError) as err:
            fast().download(evil, folder)
        assert err.value.kind == "invalid" and "Refused" in str(err.value)
    assert files_under(tmp_path) == set()
    assert not Path("/tmp/ponder-escaped.gguf").exists()


def test_cli_pull_with_an_escaping_file_writes_nothing_outside(hub: HubServer, payload: bytes,
                                                               ponder_home: Path, tmp_path: Path) -> None:
    hub.add(REPO, "../../../../pwned.gguf", payload)  # a hub that serves the escaping name too
    before = files_under(tmp_path)
    for name in ("../../../../pwned.gguf", str(tmp_path / "abs.gguf")):
        run = ponder("models", "pull", REPO, "--file", name, "--json")
        assert run.returncode == 1 and "Traceback" not in run.stderr
        event = json.loads(run.stdout.splitlines()[-1])
        assert event["event"] == "error" and event["kind"] == "invalid"
    assert {p for p in files_under(tmp_path) - before if not p.is_relative_to(ponder_home)} == set()
    assert not (tmp_path / "abs.gguf").exists()


@pytest.mark.parametrize("repo", ["../../etc", "nvidia/x?y=../../", "a/b/c", "nvidia/x\x01"])
def test_cli_refuses_bad_repo_ids_before_any_request(hub: HubServer, repo: str) -> None:
    run = ponder("models", "pull", repo, "--json")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    event = json.loads(run.stdout.splitlines()[-1])
    assert event["kind"] == "invalid" and "repository id" in event["message"]
    assert hub.switches.auth_seen == []  # no request reached the hub


# -- redirects and the token -------------------------------------------------
def test_token_never_follows_a_redirect_to_another_host(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    cdn = HubServer()
    try:
        cdn.add(REPO, NAME, payload)
        hub.switches.token = TOKEN
        hub.switches.redirect_to = cdn.url
        d = fast(token=TOKEN)
        path = d.download(d.resolve(REPO, NAME), tmp_path)
        assert path.read_bytes() == payload
        assert f"Bearer {TOKEN}" in hub.switches.auth_seen  # the hub's own origin gets it
        assert cdn.switches.auth_seen and set(cdn.switches.auth_seen) == {""}  # the CDN never does
    finally:
        cdn.close()


def test_search_and_listing_send_the_token_only_to_the_hub(hub: HubServer, payload: bytes) -> None:
    hub.switches.token = TOKEN
    assert fast(token=TOKEN).list_gguf(REPO) == [(NAME, len(payload))]
    assert hub.switches.auth_seen == [f"Bearer {TOKEN}"]


def test_redirect_loops_end_with_a_clear_error(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    d = fast()
    remote = d.resolve(REPO, NAME)
    hub.switches.redirect_location = remote.url  # 302 to itself, forever
    with pytest.raises(DownloadError, match="redirects") as err:
        d.download(remote, tmp_path)
    assert err.value.kind == "server"
    assert len(hub.switches.auth_seen) <= 1 + 1 + 5  # HEAD, GET, at most 5 redirects followed


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1/x.gguf"])
def test_redirects_to_other_schemes_are_refused(hub: HubServer, payload: bytes, tmp_path: Path,
                                                location: str) -> None:
    d = fast()
    remote = d.resolve(REPO, NAME)
    hub.switches.redirect_location = location
    with pytest.raises(DownloadError, match="does not follow"):
        d.download(remote, tmp_path)
    assert files_under(tmp_path) == set()


# -- sizes -------------------------------------------------------------------
def test_writes_stop_at_the_declared_size(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    hub.switches.extra_bytes = 20 * 2**20  # 20 MiB more than declared
    d = fast()
    path = d.download(d.resolve(REPO, NAME), tmp_path)
    assert path.stat().st_size == len(payload) and path.read_bytes() == payload


def test_a_body_longer_than_the_declared_size_is_never_written(hub: HubServer, payload: bytes,
                                                                tmp_path: Path) -> None:
    hub.switches.size_header = "1000"  # declares 1 000 bytes, serves 256 KiB
    events: list[dict] = []
    d = fast()
    with pytest.raises(DownloadError) as err:
        d.download(d.resolve(REPO, NAME), tmp_path, events.append)
    assert err.value.kind == "checksum"
    assert max(e["downloaded"] for e in events if e["event"] == "progress") == 1000
    assert files_under(tmp_path) == set()


@pytest.mark.parametrize("header", ["abc", "-5", "1e9", "0x10", "99999999999999999999999"])
def test_invalid_declared_sizes_are_one_clear_error(hub: HubServer, payload: bytes, header: str) -> None:
    hub.switches.size_header = header
    with pytest.raises(DownloadError, match="no valid size") as err:
        fast().resolve(REPO, NAME)
    assert err.value.kind == "server"


def test_an_empty_file_is_not_a_model(hub: HubServer, tmp_path: Path) -> None:
    hub.add(REPO, "empty.gguf", b"")
    d = fast()
    with pytest.raises(DownloadError, match="empty"):
        d.download(d.resolve(REPO, "empty.gguf"), tmp_path)
    assert files_under(tmp_path) == set()


@pytest.mark.parametrize("header", ["abc", "-5", "0"])
def test_cli_reports_bad_sizes_without_a_traceback(hub: HubServer, payload: bytes, header: str) -> None:
    hub.switches.size_header = header
    run = ponder("models", "pull", REPO, "--file", NAME, "--json")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert json.loads(run.stdout.splitlines()[-1])["event"] == "error"


# -- slow and busy servers -----------------------------------------------------
def test_a_drip_counts_as_a_stall(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    hub.switches.drip_s = 0.05  # 20 bytes/s: never silent long enough to time out
    events: list[dict] = []
    d = fast(stall_s=0.6, retries=1)
    with pytest.raises(DownloadError, match="kept failing") as err:
        d.download(d.resolve(REPO, NAME), tmp_path, events.append)
    stalls = [e for e in events if e["event"] == "stalled"]
    assert stalls and "slower than" in stalls[0]["message"]
    assert err.value.kind == "network" and (tmp_path / f"{NAME}.part").exists()  # kept for later


def test_a_drip_before_the_body_cannot_hold_a_request(hub: HubServer, payload: bytes) -> None:
    hub.switches.drip_answers_s = 0.05  # headers and API answers trickle in, never a timeout
    d = fast(stall_s=0.5)
    for call in (lambda: d.list_gguf(REPO), lambda: d.resolve(REPO, NAME), lambda: d.search("tiny")):
        with pytest.raises(DownloadError, match="did not answer") as err:
            call()
        assert err.value.kind == "network"


def test_cancel_ends_a_request_that_is_waiting_for_an_answer(hub: HubServer, payload: bytes) -> None:
    import threading

    hub.switches.drip_answers_s = 0.05
    d = fast(stall_s=30.0)  # the deadline is far away: only the cancel can end it
    threading.Timer(0.3, d.cancel).start()
    with pytest.raises(DownloadError) as err:
        d.list_gguf(REPO)
    assert err.value.kind == "cancelled"


def test_names_that_would_collide_with_partial_downloads_are_refused(hub: HubServer, payload: bytes,
                                                                     tmp_path: Path) -> None:
    hub.switches.tree_extra = [{"type": "file", "path": "b.gguf.part/c.gguf", "size": 5},
                               {"type": "file", "path": "a" * 246 + ".gguf", "size": 5}]
    assert fast().list_gguf(REPO) == [(NAME, len(payload))]
    for name in ("b.gguf.part/c.gguf", "x.gguf.PART", "a" * 246 + ".gguf"):
        with pytest.raises(UnsafeName):
            inside(tmp_path, name)


def test_an_unwritable_models_folder_is_one_clear_error(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    blocker = tmp_path / "models"
    blocker.write_text("a file where the models folder should be")
    d = fast()
    with pytest.raises(DownloadError) as err:
        d.download(d.resolve(REPO, NAME), blocker / "sub")
    assert err.value.kind == "disk" and "Cannot write" in str(err.value)


@pytest.mark.parametrize(("header", "expected"), [("7", 7.0), ("100000", 60.0), ("soon", 2.0)])
def test_retry_after_is_honoured_within_the_cap(hub: HubServer, payload: bytes, tmp_path: Path,
                                                header: str, expected: float) -> None:
    hub.switches.busy, hub.switches.retry_after = 2, header
    d = fast()
    path = d.download(d.resolve(REPO, NAME), tmp_path)
    assert path.read_bytes() == payload
    assert d.waits == [expected, expected if header != "soon" else 4.0]  # type: ignore[attr-defined]


def test_retry_after_as_a_date(hub: HubServer, payload: bytes, tmp_path: Path) -> None:
    import time

    hub.switches.busy, hub.switches.retry_after = 1, formatdate(time.time() + 30, usegmt=True)
    d = fast()
    d.download(d.resolve(REPO, NAME), tmp_path)
    assert 25 <= d.waits[0] <= 31  # type: ignore[attr-defined]


@pytest.mark.parametrize("endpoint", ["", "ftp://example.invalid", "not a url", "file:///etc"])
def test_a_bad_hub_address_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, endpoint: str) -> None:
    monkeypatch.setenv("HF_ENDPOINT", endpoint)
    if not endpoint:  # empty means the default hub; here it must not be reached: offline
        with pytest.raises(DownloadError, match="Offline"):
            Downloader(offline=True).list_gguf(REPO)
        return
    with pytest.raises(DownloadError, match="HF_ENDPOINT") as err:
        Downloader().list_gguf(REPO)
    assert err.value.kind == "invalid"



# -- the window's download queue ---------------------------------------------------
def test_the_download_queue_refuses_escapes_and_survives_any_failure(qtbot, hub: HubServer, payload: bytes,
                                                                     ponder_home: Path) -> None:  # type: ignore[no-untyped-def]
    from app.downloads_controller import DONE, FAILED, DownloadsController

    broken = {"on": True}

    def make() -> Downloader:
        if broken["on"]:
            broken["on"] = False
            raise PermissionError(13, "Permission denied", str(ponder_home / "models"))
        return fast()

    queue = DownloadsController(make)
    try:
        escaping = queue.enqueue(REPO, "../../../outside.gguf")
        assert escaping.state == FAILED and "Refused" in escaping.message  # at once, nothing queued
        bad_repo = queue.enqueue("../evil", NAME)
        assert bad_repo.state == FAILED and "repository id" in bad_repo.message
        first = queue.enqueue(REPO, NAME)  # fails with an unexpected error …
        qtbot.waitUntil(lambda: first.state == FAILED, timeout=10_000)
        assert "PermissionError" in first.message
        second = queue.enqueue(REPO, NAME)  # … and the queue still runs
        qtbot.waitUntil(lambda: second.state == DONE, timeout=20_000)
        assert Path(second.path).read_bytes() == payload
        assert Path(second.path).is_relative_to(ponder_home / "models")
    finally:
        queue.shutdown()
