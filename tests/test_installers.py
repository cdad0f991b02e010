"""The Linux packages as a user gets them: built, unpacked or installed, run with no Python around."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux packages"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb"),
    pytest.mark.timeout(900),
]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    out = tmp_path_factory.mktemp("dist")
    run = subprocess.run([sys.executable, str(ROOT / "installers" / "build.py"), "linux", "--out", str(out)],
                         capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    print(run.stdout)  # the sizes and times, in the test log
    found = {p.suffix: p for p in out.iterdir() if p.suffix in (".gz", ".deb")}
    assert set(found) == {".gz", ".deb"}
    yield found
    shutil.rmtree(out / "build", ignore_errors=True)


def bare_env(home: Path) -> dict[str, str]:
    """No virtual environment, no Python path, a fresh data folder: as on a user's machine."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "PONDER_HOME": str(home / "data"),
            "QT_QPA_PLATFORM": "offscreen"}


def run_bundled(executable: Path, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run([str(executable), *args], capture_output=True, text=True, timeout=300,
                          env={**bare_env(home), **env}, cwd=home)


def check_app(executable: Path, home: Path) -> None:
    test = run_bundled(executable, "--self-test", home=home)
    assert test.returncode == 0, test.stdout + test.stderr
    assert test.stdout.startswith("ponder self-test: ok") and "interface: en" in test.stdout
    bundle = executable.resolve().parent / "_internal"
    for language in ("fr", "es", "de", "it", "ja"):  # Ponder's and Qt's translations travel with the app
        assert (bundle / "assets" / "translations" / f"ponder_{language}.qm").is_file()
        assert list(bundle.rglob(f"qtbase_{language}.qm"))
    french = run_bundled(executable, "--self-test", home=home, LANG="fr_FR.UTF-8")  # a French desktop
    assert french.returncode == 0, french.stdout + french.stderr
    assert "interface: fr" in french.stdout
    chat = run_bundled(executable, "chat", "--prompt", "Name three colours.", "--json", "--max-tokens", "24",
                       "--temperature", "0", home=home)
    assert chat.returncode == 0, chat.stderr
    events = [json.loads(line) for line in chat.stdout.splitlines()]
    assert events[0]["event"] == "loaded" and events[0]["model"] == "SmolLM2-135M-Instruct"
    answer = "".join(e["text"] for e in events if e["event"] == "answer")
    stats = next(e for e in events if e["event"] == "stats")
    assert answer.strip() and stats["prompt_tokens_evaluated"] > 1  # a multi-token prompt, bundled llama.cpp
    from tests.replay_server import ANSWER, ReplayServer

    with ReplayServer("vllm") as server:  # a remote engine: the bundled HTTP client and remote backend
        remote = run_bundled(executable, "chat", "--remote", server.base_url, "--prompt", "Hi", "--json",
                             "--budget", "16", home=home)
    assert remote.returncode == 0, remote.stderr
    events = [json.loads(line) for line in remote.stdout.splitlines()]
    assert "".join(e["text"] for e in events if e["event"] == "answer") == ANSWER
    assert next(e for e in events if e["event"] == "stats")["budget_method"] == "thinking_token_budget"
    assert events[-1]["event"] == "done"


def test_the_tarball_runs_where_it_is_unpacked(packages: dict[str, Path], tmp_path: Path) -> None:
    with tarfile.open(packages[".gz"]) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    app = tmp_path / "unpacked" / "ponder"
    assert (app / "ponder.png").is_file()
    check_app(app / "ponder", tmp_path / "user")


def test_the_deb_installs_runs_and_uninstalls_cleanly(packages: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "root"
    admin = root / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True)
    (admin / "status").touch()
    dpkg = ["dpkg", f"--root={root}", "--force-not-root", "--force-script-chrootless", "--log=/dev/null"]
    install = subprocess.run([*dpkg, "--force-depends", "-i", str(packages[".deb"])], capture_output=True,
                             text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    assert os.readlink(root / "usr" / "bin" / "ponder") == "/opt/ponder/ponder"
    desktop = (root / "usr" / "share" / "applications" / "ponder.desktop").read_text()
    assert "Exec=/opt/ponder/ponder" in desktop and "Icon=ponder" in desktop
    assert (root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "ponder.png").is_file()
    control = subprocess.run(["dpkg-deb", "-f", str(packages[".deb"])], capture_output=True, text=True).stdout
    floor = re.search(r"libc6 \(>= (\d+)\.(\d+)\)", control)
    assert "Package: ponder" in control and floor
    needed = subprocess.run(["objdump", "-T", str(root / "opt" / "ponder" / "_internal" / "libpython3.11.so.1.0")],
                            capture_output=True, text=True).stdout
    assert all((int(a), int(b)) <= (int(floor[1]), int(floor[2]))
               for a, b in re.findall(r"GLIBC_(\d+)\.(\d+)", needed))  # the floor covers what it links
    assert (root / "usr" / "share" / "doc" / "ponder" / "copyright").read_text().count("License:") > 10
    check_app(root / "opt" / "ponder" / "ponder", tmp_path / "user")
    remove = subprocess.run([*dpkg, "-r", "ponder"], capture_output=True, text=True, timeout=300)
    assert remove.returncode == 0, remove.stderr
    left = [p for p in root.rglob("*") if not p.is_relative_to(admin) and not p.is_dir()]
    assert left == []
    assert not (root / "opt" / "ponder").exists()
