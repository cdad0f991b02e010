"""The `ponder` command as a user runs it: real processes, real model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

PONDER = [sys.executable, "-m", "app.main"]
FRANCE = "What is the capital of France? Answer in one sentence."


def ponder(*args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*PONDER, *args], input=stdin, capture_output=True, text=True,
                          timeout=timeout, env=os.environ.copy())


def events_of(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_greedy_output_equals_raw_llama_cpp_python(starter_path: Path) -> None:
    proc = ponder("chat", "--model", str(starter_path), "--prompt", FRANCE, "--temperature", "0",
                  "--max-tokens", "64", "--json")
    assert proc.returncode == 0, proc.stderr
    events = events_of(proc.stdout)
    assert events[0]["event"] == "loaded"
    ours = "".join(e["text"] for e in events if e["event"] == "answer")

    import llama_cpp

    from engine.gguf_meta import read_model_info
    from engine.templates import ChatTemplate

    info = read_model_info(starter_path)
    prompt = ChatTemplate.for_model(info.chat_template, info.bos_token, info.eos_token).render(
        [{"role": "user", "content": FRANCE}])
    llm = llama_cpp.Llama(model_path=str(starter_path), n_ctx=2048, verbose=False)
    tokens = llm.tokenize(prompt.encode(), add_bos=info.add_bos_token, special=True)
    out = []
    for token in llm.generate(tokens, temp=0.0):
        if llama_cpp.llama_vocab_is_eog(llm._model.vocab, token) or len(out) == 64:
            break
        out.append(token)
    raw = llm.detokenize(out).decode("utf-8", errors="ignore")
    assert ours == raw
    assert "Paris" in ours


def test_plain_output_streams_the_answer(starter_path: Path) -> None:
    proc = ponder("chat", "-p", FRANCE, "--temperature", "0")
    assert proc.returncode == 0, proc.stderr
    assert "Paris" in proc.stdout
    assert "tok/s" in proc.stderr and "{" not in proc.stdout


def test_prompt_from_stdin_and_system_message(starter_path: Path) -> None:
    def run(*extra: str) -> list[dict[str, Any]]:
        proc = ponder("chat", *extra, "--temperature", "0", "--json", "--max-tokens", "24",
                      stdin=FRANCE)
        assert proc.returncode == 0, proc.stderr
        return events_of(proc.stdout)

    with_system, without = run("--system", "Answer in French."), run()
    # SmolLM2's template adds its own long default system prompt only when none is sent
    assert stats(with_system)["prompt_tokens"] < stats(without)["prompt_tokens"]
    assert any(e["event"] == "answer" for e in with_system)


def stats(events: list[dict[str, Any]]) -> dict[str, Any]:
    return next(e for e in events if e["event"] == "stats")


def test_each_line_is_one_conversation(starter_path: Path) -> None:
    proc = ponder("chat", "--each-line", "--temperature", "0", "--max-tokens", "16", "--json",
                  stdin=f"{FRANCE}\nAnd of Germany?\nAnd of Italy?\n")
    assert proc.returncode == 0, proc.stderr
    stats = [e for e in events_of(proc.stdout) if e["event"] == "stats"]
    dones = [e for e in events_of(proc.stdout) if e["event"] == "done"]
    assert len(stats) == len(dones) == 3
    assert stats[1]["prompt_tokens"] > stats[0]["prompt_tokens"]
    for s in stats[1:]:  # later turns evaluate only their new tokens
        assert s["prompt_tokens_evaluated"] < s["prompt_tokens"] // 2


def test_models_lists_the_starter_model(ponder_home: Path) -> None:
    proc = ponder("models", "--json")
    assert proc.returncode == 0, proc.stderr
    models = events_of(proc.stdout)
    starter = next(m for m in models if m["builtin"])
    assert starter["name"] == "SmolLM2-135M-Instruct"
    assert starter["architecture"] == "llama" and starter["quantization"] == "Q4_1"
    plain = ponder("models")
    assert "SmolLM2-135M-Instruct (built-in)" in plain.stdout


def test_models_folder_is_scanned(ponder_home: Path, starter_path: Path) -> None:
    folder = ponder_home / "models" / "someone"
    folder.mkdir(parents=True)
    (folder / "mine.gguf").symlink_to(starter_path)
    (folder / "broken.gguf").write_text("not a model")
    names = {m["name"]: m for m in events_of(ponder("models", "--json").stdout)}
    assert names["mine"]["architecture"] == "llama"
    assert "not a GGUF" in names["broken"]["problem"]
    proc = ponder("chat", "-m", "mine", "-p", "Hi", "--max-tokens", "4", "--json")
    assert proc.returncode == 0, proc.stderr


def _bad_inputs(tmp: Path, starter: Path) -> dict[str, tuple[list[str], str, str]]:
    text = tmp / "renamed.gguf"
    text.write_text("just some text\n" * 100)
    cut = tmp / "cut.gguf"
    with open(starter, "rb") as src:
        cut.write_bytes(src.read(30_000_000))
    return {
        "missing": (["-m", str(tmp / "absent.gguf"), "-p", "hi"], "", "no such file"),
        "text file": (["-m", str(text), "-p", "hi"], "", "not a GGUF model file"),
        "truncated": (["-m", str(cut), "-p", "hi"], "", "truncated"),
        "directory": (["-m", str(tmp), "-p", "hi"], "", "is a folder"),
        "unknown name": (["-m", "no-such-model", "-p", "hi"], "", "no model named"),
        "empty prompt": (["-p", "  "], "", "the message is empty"),
        "empty stdin": ([], "", "the message is empty"),
        "huge prompt": (["--ctx", "4096"], "x " * 50_000 + "\n", "too long"),
        "bad sampling": (["-p", "hi", "--top-p", "0"], "", "top_p"),
    }


@pytest.mark.parametrize("case", ["missing", "text file", "truncated", "directory", "unknown name",
                                  "empty prompt", "empty stdin", "huge prompt", "bad sampling"])
@pytest.mark.parametrize("as_json", [True, False])
def test_bad_input_gives_one_clear_error(
    case: str, as_json: bool, tmp_path: Path, starter_path: Path
) -> None:
    args, stdin, expected = _bad_inputs(tmp_path, starter_path)[case]
    proc = ponder("chat", *args, *(["--json"] if as_json else []), stdin=stdin, timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr + proc.stdout
    if as_json:
        errors = [e for e in events_of(proc.stdout) if e["event"] == "error"]
        assert len(errors) == 1 and expected in errors[0]["message"]
    else:
        assert "ponder: error: " in proc.stderr and expected in proc.stderr


def test_ctrl_c_stops_cleanly(starter_path: Path) -> None:
    proc = subprocess.Popen(
        [*PONDER, "chat", "-p", "Count from 1 to 1000, one number per line.", "--temperature", "0",
         "--max-tokens", "3000", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    lines = []
    for line in proc.stdout:
        lines.append(json.loads(line))
        if lines[-1]["event"] == "answer" and len(lines) > 5:
            break
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=10)
    elapsed = time.monotonic() - sent
    events = lines + events_of(rest)
    assert elapsed < 1.0, f"exit took {elapsed:.2f} s"
    assert events[-1] == {"event": "done", "finish_reason": "cancelled"}
    assert proc.returncode == 130
    assert "Traceback" not in err


def test_split_model_parts_are_one_model(ponder_home: Path, starter_path: Path) -> None:
    folder = ponder_home / "models"
    folder.mkdir(parents=True)
    for part in ("big-00001-of-00003", "big-00002-of-00003", "big-00003-of-00003"):
        (folder / f"{part}.gguf").symlink_to(starter_path)
    names = [m["name"] for m in events_of(ponder("models", "--json").stdout)]
    assert names.count("big-00001-of-00003") == 1
    assert not any(n.startswith("big-0000") and n != "big-00001-of-00003" for n in names)
