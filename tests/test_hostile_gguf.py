"""Hostile files in place of models: each is one clear GGUFError, and the app keeps working."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import engine.gguf_meta as gguf_meta
from engine.gguf_meta import GGUFError, read_model_info
from engine.local_models import list_local_models, resolve_model

U8, I32, U32, F32, BOOL, STR, ARR, U64, I64 = 0, 5, 4, 6, 7, 8, 9, 10, 11


def _str(text: str) -> bytes:
    data = text.encode()
    return struct.pack("<Q", len(data)) + data


def string(text: str) -> tuple[int, bytes]:
    return STR, _str(text)


def num(vtype: int, value: float) -> tuple[int, bytes]:
    return vtype, struct.pack(gguf_meta._SCALARS[vtype], value)


def array(etype: int, items: list[bytes]) -> tuple[int, bytes]:
    return ARR, struct.pack("<IQ", etype, len(items)) + b"".join(items)


def strings(*texts: str) -> tuple[int, bytes]:
    return array(STR, [_str(t) for t in texts])


def ints(vtype: int, *values: int) -> tuple[int, bytes]:
    return array(vtype, [struct.pack(gguf_meta._SCALARS[vtype], v) for v in values])


GOOD: dict[str, tuple[int, bytes]] = {
    "general.architecture": string("llama"),
    "general.name": string("Hostile Test"),
    "general.alignment": num(U32, 32),
    "general.file_type": num(U32, 2),
    "llama.context_length": num(U32, 2048),
    "llama.block_count": num(U32, 2),
    "llama.embedding_length": num(U32, 64),
    "llama.attention.head_count": num(U32, 4),
    "llama.attention.head_count_kv": num(U32, 2),
    "tokenizer.ggml.tokens": strings("<s>", "</s>", "hi"),
    "tokenizer.ggml.bos_token_id": num(U32, 0),
    "tokenizer.ggml.eos_token_id": num(U32, 1),
    "tokenizer.ggml.add_bos_token": num(BOOL, True),
    "tokenizer.chat_template": string("{{ messages }}"),
}


def tensor(name: str, dims: list[int], ttype: int = 0, offset: int = 0) -> bytes:
    return _str(name) + struct.pack(f"<I{len(dims)}QIQ", len(dims), *dims, ttype, offset)


def gguf(fields: dict[str, tuple[int, bytes]], *, n_kv: int | None = None, n_tensors: int = 1,
         tensors: bytes = tensor("w", [4]), extra: bytes = b"") -> bytes:
    """A GGUF file's bytes: these metadata fields (then `extra`, raw), the tensor table given
    and 16 bytes of weights."""
    head = b"GGUF" + struct.pack("<IQQ", 3, n_tensors, len(fields) if n_kv is None else n_kv)
    body = b"".join(_str(k) + struct.pack("<I", t) + v for k, (t, v) in fields.items())
    data = head + body + extra + tensors
    return data + b"\0" * (-len(data) % 32) + b"\0" * 16


def with_fields(**changes: tuple[int, bytes] | None) -> bytes:
    """The good file with keys changed (None removes one); `__` in a name stands for `.`."""
    fields = dict(GOOD)
    for key, value in changes.items():
        key = key.replace("__", ".")
        if value is None:
            fields.pop(key)
        else:
            fields[key] = value
    return gguf(fields)


HOSTILE: dict[str, tuple[bytes, str]] = {
    # nested arrays, shallow and very deep
    "nested array": (with_fields(x__nested=(ARR, struct.pack("<IQ", ARR, 1) + struct.pack("<IQ", U8, 0))),
                     "array of arrays"),
    "deeply nested array": (with_fields(x__deep=(ARR, struct.pack("<IQ", ARR, 1) * 200_000)),
                            "array of arrays"),
    # millions of empty strings: walking them would stall the model list for minutes
    "string array too long": (with_fields(x__many=(ARR, struct.pack("<IQ", STR, 3_000_000) + bytes(8 * 3_000_000))),
                              "strings"),
    # general.alignment
    "alignment as text": (with_fields(general__alignment=string("32")), "general.alignment"),
    "alignment as list": (with_fields(general__alignment=ints(U32, 32)), "general.alignment"),
    "alignment zero": (with_fields(general__alignment=num(U32, 0)), "general.alignment"),
    "alignment not a power of two": (with_fields(general__alignment=num(U32, 48)), "general.alignment"),
    "alignment as uint64": (with_fields(general__alignment=num(U64, 32)), "general.alignment"),
    # general.architecture
    "architecture as number": (with_fields(general__architecture=num(U32, 7)), "general.architecture"),
    "architecture as list": (with_fields(general__architecture=strings("llama")), "general.architecture"),
    "architecture missing": (with_fields(general__architecture=None), "architecture"),
    "architecture empty": (with_fields(general__architecture=string("")), "architecture"),
    "architecture huge": (with_fields(general__architecture=string("x" * 5000)), "general.architecture"),
    # model geometry
    "context length as text": (with_fields(llama__context_length=string("2048")), "llama.context_length"),
    "context length as float": (with_fields(llama__context_length=num(F32, 2048.0)), "llama.context_length"),
    "context length negative": (with_fields(llama__context_length=num(I32, -5)), "llama.context_length"),
    "context length huge": (with_fields(llama__context_length=num(U64, 2**40)), "llama.context_length"),
    "context length as bool": (with_fields(llama__context_length=num(BOOL, True)), "llama.context_length"),
    "block count as text": (with_fields(llama__block_count=string("2")), "llama.block_count"),
    "block count huge": (with_fields(llama__block_count=num(U32, 100_000)), "llama.block_count"),
    "embedding length as float": (with_fields(llama__embedding_length=num(F32, 64.5)),
                                  "llama.embedding_length"),
    "head count negative": (with_fields(llama__attention__head_count=num(I64, -4)),
                            "llama.attention.head_count"),
    "per-layer kv heads negative": (with_fields(llama__attention__head_count_kv=ints(I32, 2, -1)),
                                    "llama.attention.head_count_kv"),
    "per-layer kv heads too many": (with_fields(llama__attention__head_count_kv=ints(U32, *[2] * 600)),
                                    "llama.attention.head_count_kv"),
    "per-layer kv heads as text": (with_fields(llama__attention__head_count_kv=strings("2", "2")),
                                   "llama.attention.head_count_kv"),
    # tokenizer
    "tokens as text": (with_fields(tokenizer__ggml__tokens=string("<s> </s>")), "tokenizer.ggml.tokens"),
    "tokens as numbers": (with_fields(tokenizer__ggml__tokens=ints(U32, 1, 2, 3)), "tokenizer.ggml.tokens"),
    "long tokens as numbers": (with_fields(tokenizer__ggml__tokens=ints(U32, *range(1000))),
                               "tokenizer.ggml.tokens"),
    "bos id out of range": (with_fields(tokenizer__ggml__bos_token_id=num(U32, 3)), "bos_token_id is 3"),
    "eos id out of range of a long vocabulary": (
        with_fields(tokenizer__ggml__tokens=strings(*map(str, range(600))),
                    tokenizer__ggml__eos_token_id=num(U32, 600)), "eos_token_id is 600"),
    "bos id negative": (with_fields(tokenizer__ggml__bos_token_id=num(I32, -1)), "bos_token_id"),
    "bos id as text": (with_fields(tokenizer__ggml__bos_token_id=string("0")), "bos_token_id"),
    "eos id as float": (with_fields(tokenizer__ggml__eos_token_id=num(F32, 1.0)), "eos_token_id"),
    "add_bos as number": (with_fields(tokenizer__ggml__add_bos_token=num(U32, 1)), "add_bos_token"),
    "chat template as number": (with_fields(tokenizer__chat_template=num(U32, 1)), "tokenizer.chat_template"),
    "chat template as list": (with_fields(tokenizer__chat_template=strings("a", "b")),
                              "tokenizer.chat_template"),
    "file type as text": (with_fields(general__file_type=string("Q4_0")), "general.file_type"),
    "file type negative": (with_fields(general__file_type=num(I32, -2)), "general.file_type"),
    "name as list": (with_fields(general__name=strings("a")), "general.name"),
    # absurd counts and lengths
    "key count huge": (gguf(GOOD, n_kv=2**63), "corrupt"),
    "key count beyond the file": (gguf(GOOD, n_kv=2**20), "truncated"),
    "tensor count huge": (gguf(GOOD, n_tensors=2**40), "corrupt"),
    "string length huge": (with_fields(general__name=(STR, struct.pack("<Q", 2**62) + b"abc")), "corrupt"),
    "array length huge": (with_fields(x__big=(ARR, struct.pack("<IQ", U32, 2**62))), "truncated"),
    "string array length huge": (with_fields(x__big=(ARR, struct.pack("<IQ", STR, 2**61))), "truncated"),
    "key too long": (gguf({"k" * 70_000: num(U32, 1)}), "70,000"),
    "empty key": (gguf({**GOOD, "": num(U32, 1)}), "empty or repeated key"),
    "unknown value type": (with_fields(x__odd=(99, b"\0" * 8)), "unknown value type"),
    "unknown array type": (with_fields(x__odd=(ARR, struct.pack("<IQ", 77, 1) + b"\0" * 8)),
                           "unknown type"),
    "tensor with many dimensions": (gguf(GOOD, n_tensors=1, tensors=tensor("w", [2] * 9)), "dimensions"),
    "tensor larger than int64": (gguf(GOOD, n_tensors=1, tensors=tensor("w", [2**62, 2**62])), "tensor"),
    "tensor offset overflowing": (gguf(GOOD, n_tensors=1, tensors=tensor("w", [4], offset=2**64 - 1)),
                                  "truncated"),
    "truncated weights": (with_fields()[:-5], "5 bytes of weights are missing"),
    "truncated inside a value": (with_fields()[:200], "truncated"),
}


def test_the_good_file_reads(tmp_path: Path) -> None:
    path = tmp_path / "good.gguf"
    path.write_bytes(with_fields())
    info = read_model_info(path)
    assert (info.architecture, info.context_length, info.block_count) == ("llama", 2048, 2)
    assert (info.bos_token, info.eos_token, info.head_count_kv, info.attention_layers) == ("<s>", "</s>", 2, 2)
    assert info.quantization == "Q4_0" and info.chat_template == "{{ messages }}"


def test_duplicate_key(tmp_path: Path) -> None:
    path = tmp_path / "dup.gguf"
    again = _str("general.name") + struct.pack("<I", STR) + _str("again")
    path.write_bytes(gguf(GOOD, n_kv=len(GOOD) + 1, extra=again))
    with pytest.raises(GGUFError, match=r"dup.gguf: .*repeated key \('general.name'\)"):
        read_model_info(path)


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_metadata_is_one_clear_error(case: str, tmp_path: Path) -> None:
    data, fact = HOSTILE[case]
    path = tmp_path / "hostile.gguf"
    path.write_bytes(data)
    with pytest.raises(GGUFError) as caught:
        read_model_info(path)
    message = str(caught.value)
    assert message.startswith("hostile.gguf"), message
    assert fact in message, message
    assert len(message) < 300, message


def test_unexpected_parser_failures_become_gguf_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "odd.gguf"
    path.write_bytes(with_fields())

    def broken(*_args: object) -> str:
        raise RuntimeError("a case nobody foresaw")

    monkeypatch.setattr(gguf_meta, "_quantization", broken)
    with pytest.raises(GGUFError, match="odd.gguf: malformed metadata .*a case nobody foresaw"):
        read_model_info(path)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.gguf"
    path.write_bytes(with_fields())

    def denied(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(GGUFError, match="cannot read locked.gguf: Permission denied"):
        read_model_info(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.gguf"
    path.write_bytes(with_fields())
    path.chmod(0)
    with pytest.raises(GGUFError, match="cannot read locked.gguf"):
        read_model_info(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.gguf"
    os.mkfifo(fifo)
    with pytest.raises(GGUFError, match="pipe.gguf is a pipe, socket or device"):
        read_model_info(fifo)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.gguf"
    link.symlink_to("/dev/zero")
    for path in (Path("/dev/null"), link):
        with pytest.raises(GGUFError, match="pipe, socket or device"):
            read_model_info(path)


def test_odd_paths(tmp_path: Path) -> None:
    loop = tmp_path / "loop.gguf"
    loop.symlink_to(loop)
    dangling = tmp_path / "dangling.gguf"
    dangling.symlink_to(tmp_path / "gone.gguf")
    with pytest.raises(GGUFError, match="cannot read .*loop.gguf"):
        read_model_info(loop)
    with pytest.raises(GGUFError, match="no such file"):
        read_model_info(dangling)
    with pytest.raises(GGUFError, match="cannot read"):
        read_model_info(str(tmp_path / "nul\0.gguf"))


def _fill_with_bad_files(folder: Path, starter: Path) -> set[str]:
    """A models folder with one good model and many bad entries; returns the bad entries' names."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.gguf").symlink_to(starter)
    for name in ("nested array", "alignment as text", "context length as text", "tokens as text",
                 "bos id out of range", "key count huge", "chat template as number"):
        (folder / f"{name.replace(' ', '-')}.gguf").write_bytes(HOSTILE[name][0])
    (folder / "notes.gguf").write_text("not a model")
    (folder / "dangling.gguf").symlink_to(folder / "gone.gguf")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.gguf")
    (folder / "folder.gguf").mkdir()
    return {p.stem for p in folder.iterdir() if p.stem not in ("good", "folder")}


def test_listing_reports_bad_files_and_keeps_the_good_one(ponder_home: Path, starter_path: Path) -> None:
    bad = _fill_with_bad_files(ponder_home / "models", starter_path)
    models = {m.name: m for m in list_local_models()}
    assert models["good"].info is not None and not models["good"].problem
    assert models["SmolLM2-135M-Instruct"].builtin and models["SmolLM2-135M-Instruct"].info is not None
    for name in bad:
        assert models[name].info is None and models[name].problem, name
    assert "context_length" in models["context-length-as-text"].problem
    assert resolve_model("starter").builtin
    assert resolve_model("good").info is not None


def test_unreadable_subfolder_is_reported(ponder_home: Path, starter_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    models_dir = ponder_home / "models"
    locked = models_dir / "locked"
    locked.mkdir(parents=True)
    (models_dir / "good.gguf").symlink_to(starter_path)
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    models = {m.name: m for m in list_local_models()}
    assert models["good"].info is not None
    assert models["locked"].problem == "cannot read this folder: Permission denied"
    assert resolve_model("starter").builtin


def test_a_broken_file_named_like_the_starter_does_not_hide_it(ponder_home: Path) -> None:
    folder = ponder_home / "models"
    folder.mkdir(parents=True)
    (folder / "starter.gguf").write_bytes(HOSTILE["nested array"][0])
    assert resolve_model("starter").builtin


def test_no_models_folder_yet(ponder_home: Path) -> None:
    assert [m.name for m in list_local_models()] == ["SmolLM2-135M-Instruct"]


def ponder(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app.main", *args], capture_output=True, text=True,
                          timeout=300, env=env)


def test_commands_work_with_bad_files_present(ponder_home: Path, starter_path: Path) -> None:
    bad = _fill_with_bad_files(ponder_home / "models", starter_path)
    locked = ponder_home / "models" / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        listing = ponder("models")
        as_json = ponder("models", "--json")
        chat = ponder("chat", "--prompt", "hi", "--json", "--max-tokens", "4")
        self_test = ponder("--self-test")
    finally:
        locked.chmod(0o755)
    for proc in (listing, as_json, chat, self_test):
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr, proc.stderr
    assert "good" in listing.stdout and "unusable" in listing.stdout
    rows = {row["name"]: row for row in map(json.loads, as_json.stdout.splitlines())}
    assert rows["good"]["architecture"] == "llama"
    assert all(rows[name]["problem"] for name in bad)
    events = [json.loads(line) for line in chat.stdout.splitlines()]
    assert events[0]["event"] == "loaded" and events[-1]["event"] == "done"
    assert "self-test: ok" in self_test.stdout


def test_the_window_starts_and_reports_bad_files_once(qtbot, ponder_home: Path, starter_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.gui import PonderApp

    bad = _fill_with_bad_files(ponder_home / "models", starter_path)
    app = PonderApp(theme="light")
    qtbot.addWidget(app.window)
    try:
        assert {m.name for m in app.models} == {"SmolLM2-135M-Instruct", "good"}
        message = app.window.error_banner.text()
        assert f"{len(bad)} files in the models folder cannot be used" in message
        app.window.clear_error()
        app.refresh_models()  # the same files again: said once, not at every refresh
        assert app.window.error_banner.text() == ""
    finally:
        app.shutdown()
