"""The command line under hostile input: bad bytes, closed pipes, absurd options, secrets in the environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from engine import protocol as P
from engine.client import EngineClient

PONDER = [sys.executable, "-m", "app.main"]


def ponder(*args: str | bytes, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*PONDER, *args], input=stdin, capture_output=True, timeout=timeout,
                          env=os.environ.copy())


def events_of(stdout: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]


@pytest.mark.slow
def test_invalid_utf8_on_stdin_is_replaced_not_a_crash(starter_path: Path) -> None:
    run = ponder("chat", "--model", str(starter_path), "--json", "--max-tokens", "4", "--temperature", "0",
                 stdin=b"Say hi \xff\xfe\xc3 please")
    assert run.returncode == 0, run.stderr
    assert b"Traceback" not in run.stderr
    assert events_of(run.stdout)[-1] == {"event": "done", "finish_reason": "length"}


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_a_model_path_that_is_not_utf8_is_one_clear_error(starter_path: Path, tmp_path: Path,
                                                          ponder_home: Path) -> None:
    odd = os.path.join(os.fsencode(tmp_path), b"model-\xff.gguf")
    os.symlink(starter_path, odd)
    run = ponder("chat", "--model", odd, "--prompt", "hi", "--json", "--max-tokens", "4")
    assert run.returncode == 1 and b"Traceback" not in run.stderr
    last = events_of(run.stdout)[-1]
    assert last["event"] == "error" and "not valid UTF-8" in last["message"]
    models = ponder_home / "models"
    models.mkdir(parents=True, exist_ok=True)
    os.symlink(starter_path, os.path.join(os.fsencode(models), b"listed-\xff.gguf"))
    for args in (("models",), ("models", "--json")):
        listed = ponder(*args)
        assert listed.returncode == 0 and b"Traceback" not in listed.stderr
        assert b"listed-\\udcff" in listed.stdout  # shown escaped, not a crash


@pytest.mark.slow
def test_a_closed_pipe_ends_quietly(starter_path: Path) -> None:
    command = " ".join([*map(str, PONDER), "chat", "--model", str(starter_path), "--prompt", "'Count to 50.'",
                        "--json", "--max-tokens", "64", "--temperature", "0", "| head -c 10"])
    run = subprocess.run(["bash", "-c", command], capture_output=True, timeout=120, env=os.environ.copy())
    assert len(run.stdout) == 10
    assert b"Traceback" not in run.stderr and b"BrokenPipe" not in run.stderr


@pytest.mark.slow
def test_empty_lines_do_not_end_an_each_line_session(starter_path: Path) -> None:
    run = ponder("chat", "--model", str(starter_path), "--each-line", "--json", "--max-tokens", "4",
                 "--temperature", "0", stdin=b"Hi!\n\n   \nWhat did I say?\n")
    assert run.returncode == 0, run.stderr
    done = [e for e in events_of(run.stdout) if e["event"] == "done"]
    assert len(done) == 2 and not [e for e in events_of(run.stdout) if e["event"] == "error"]


@pytest.mark.slow
@pytest.mark.parametrize(("option", "value", "message"), [
    ("--ctx", "10000000", "trained"),
    ("--ctx", "-5", "context size"),
    ("--threads", "100000", "CPU"),
    ("--threads", "-1", "threads"),
    ("--gpu-layers", "lots", "gpu"),
    ("--temperature", "nan", "temperature"),
    ("--top-p", "inf", "top_p"),
    ("--min-p", "-inf", "min_p"),
    ("--max-tokens", "0", "max_tokens"),
    ("--budget", "-7", "budget"),
])
def test_absurd_options_are_refused_before_loading(starter_path: Path, option: str, value: str,
                                                   message: str) -> None:
    run = ponder("chat", "--model", str(starter_path), "--prompt", "hi", "--json", f"{option}={value}")
    assert run.returncode in (1, 2) and b"Traceback" not in run.stderr
    last = events_of(run.stdout)[-1]
    assert last["event"] == "error" and message.lower() in last["message"].lower()
    assert not last.get("crashed")  # refused with a message; the worker was never at risk


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_engine_never_sees_tokens(starter_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_never_in_the_engine_1234")
    monkeypatch.setenv("HUGGING_FACE_HUB_TOKEN", "hf_never_in_the_engine_5678")
    client = EngineClient()
    try:
        client.load(P.LoadOptions(path=str(starter_path)))
        assert [e["event"] for e in client.events_until(P.LOADED)][-1] == P.LOADED
        assert client.pid is not None
        environ = Path(f"/proc/{client.pid}/environ").read_bytes()
        assert b"hf_never_in_the_engine" not in environ and b"PONDER_HOME" in environ
    finally:
        client.close()


@pytest.mark.parametrize("args", [("models",), ("models", "--json"), ("models", "pull", "a/b", "--json"),
                                  ("models", "rm", "x", "--yes"), ("chat", "--prompt", "hi", "--json")])
def test_a_data_folder_that_is_a_file_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         args: tuple[str, ...]) -> None:
    home = tmp_path / "home-is-a-file"
    home.write_text("not a folder")
    monkeypatch.setenv("PONDER_HOME", str(home))
    run = ponder(*args)
    assert run.returncode in (1, 2) and b"Traceback" not in run.stderr
    said = run.stdout + run.stderr
    assert str(home).encode() in said and b"folder" in said.lower()
    assert home.read_text() == "not a folder"


def test_removing_a_dangling_imported_link_works(ponder_home: Path) -> None:
    imported = ponder_home / "models" / "imported"
    imported.mkdir(parents=True)
    (imported / "gone.gguf").symlink_to(ponder_home / "nowhere.gguf")
    run = ponder("models", "rm", "gone", stdin=b"y\n")
    assert run.returncode == 0 and b"Traceback" not in run.stderr
    assert not (imported / "gone.gguf").is_symlink()
