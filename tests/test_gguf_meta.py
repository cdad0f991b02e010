"""GGUF headers are read before loading, and bad files are named clearly."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from engine.gguf_meta import GGUFError, read_model_info


def test_starter_model_metadata(starter_path: Path) -> None:
    info = read_model_info(starter_path)
    assert info.architecture == "llama"
    assert info.parameters == 134_515_008
    assert info.display_size == "135M"
    assert info.quantization == "Q4_1"
    assert info.context_length == 8192
    assert info.block_count == 30
    assert info.head_count_kv == 3
    assert info.bos_token == "<|im_start|>" and info.eos_token == "<|im_end|>"
    assert info.eos_token_id == 2
    assert "<|im_start|>assistant" in info.chat_template
    assert not info.is_hybrid_or_recurrent
    assert info.file_size == starter_path.stat().st_size


def test_hybrid_model_is_recognised(nemotron_h_path: Path) -> None:
    info = read_model_info(nemotron_h_path)
    assert info.architecture == "nemotron_h"
    assert info.is_hybrid_or_recurrent
    assert info.block_count == 6
    assert info.head_count_kv == 2  # the largest of the per-layer values
    assert "enable_thinking" in info.chat_template


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GGUFError, match="no such file"):
        read_model_info(tmp_path / "absent.gguf")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(GGUFError, match="is a folder"):
        read_model_info(tmp_path)


def test_text_file_renamed(tmp_path: Path) -> None:
    fake = tmp_path / "notes.gguf"
    fake.write_text("These are my notes, not a model. " * 10)
    with pytest.raises(GGUFError, match="not a GGUF model file"):
        read_model_info(fake)


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.gguf"
    empty.write_bytes(b"")
    with pytest.raises(GGUFError, match="not a GGUF model"):
        read_model_info(empty)


def test_truncated_weights(tmp_path: Path, starter_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    with open(starter_path, "rb") as src:
        cut.write_bytes(src.read(starter_path.stat().st_size // 2))
    with pytest.raises(GGUFError, match="truncated.*bytes of weights are missing"):
        read_model_info(cut)


def test_truncated_header(tmp_path: Path, starter_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    with open(starter_path, "rb") as src:
        cut.write_bytes(src.read(5000))
    with pytest.raises(GGUFError, match="truncated"):
        read_model_info(cut)


def test_unsupported_version(tmp_path: Path) -> None:
    old = tmp_path / "old.gguf"
    old.write_bytes(b"GGUF" + struct.pack("<IQQ", 1, 0, 0) + b"\0" * 16)
    with pytest.raises(GGUFError, match="version 1"):
        read_model_info(old)
