"""The catalog, hardware detection (a real nvidia-smi stand-in on PATH) and fit labels."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from engine import catalog as C
from engine.hardware import Gpu, Hardware, detect_hardware, nvidia_gpus
from engine.profiles import PROFILES

GIB = 2**30


def fake_smi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    exe = tmp_path / "bin" / "nvidia-smi"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n" + body)
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{exe.parent}{os.pathsep}{os.environ['PATH']}")


def test_catalog_lists_the_seed_models() -> None:
    models = {m.id: m for m in C.load_catalog()}
    for wanted in ("nemotron-3-nano-4b", "nemotron-nano-9b-v2", "nemotron-3-nano-30b-a3b",
                   "llama-3.1-nemotron-nano-8b-v1", "openreasoning-nemotron-1.5b",
                   "openreasoning-nemotron-7b", "openreasoning-nemotron-14b"):
        m = models[wanted]
        assert m.family in PROFILES and m.files and all(f.size > 0 for f in m.files)
        assert {"Q4_K_M"} <= {f.quant for f in m.files}
    assert models["nemotron-3-nano-4b"].files[0].size == 2_840_000_000


def test_nvidia_smi_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_smi(tmp_path, monkeypatch, 'echo "NVIDIA GeForce RTX 4090, 24564, 23010"\n'
                                    'echo "NVIDIA GeForce RTX 3060, 12288, [N/A]"\n')
    gpus, problem = nvidia_gpus()
    assert problem == "" and gpus == (Gpu("NVIDIA GeForce RTX 4090", 24564 * 2**20, 23010 * 2**20),)
    hw = detect_hardware()
    assert hw.best_gpu_name == "NVIDIA GeForce RTX 4090" and hw.ram_total > 0


def test_broken_driver_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_smi(tmp_path, monkeypatch, 'echo "NVIDIA-SMI has failed because it could not communicate '
                                    'with the NVIDIA driver." >&2\nexit 9\n')
    gpus, problem = nvidia_gpus()
    assert gpus == () and "could not communicate" in problem


def test_no_gpu_is_normal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    assert nvidia_gpus() == ((), "")


def hw(vram_gib: float, ram_gib: float) -> Hardware:
    gpus = (Gpu("RTX", int(vram_gib * GIB), int(vram_gib * GIB)),) if vram_gib else ()
    return Hardware(gpus, int(ram_gib * GIB), int(ram_gib * GIB))


def model(mid: str) -> C.CatalogModel:
    return next(m for m in C.load_catalog() if m.id == mid)


def test_fit_labels_with_the_numbers() -> None:
    nano4b = model("nemotron-3-nano-4b")
    q4 = nano4b.files[0]
    fit = C.estimate(nano4b, q4, hw(12, 32))
    assert fit.label == C.FITS_GPU and "2.6 weights" in fit.detail and "8,192 tokens" in fit.detail
    assert C.estimate(nano4b, q4, hw(2, 32)).label == C.PARTIAL
    assert C.estimate(nano4b, q4, hw(0, 32)).label == C.CPU_ONLY
    assert C.estimate(nano4b, q4, hw(0, 2)).label == C.NO_FIT


def test_hybrid_models_have_a_small_kv_cache() -> None:
    hybrid, dense = model("nemotron-nano-9b-v2"), model("llama-3.1-nemotron-nano-8b-v1")
    machine = hw(24, 64)
    assert C.estimate(hybrid, hybrid.files[0], machine, 131072).kv_bytes * 4 < \
        C.estimate(dense, dense.files[0], machine, 131072).kv_bytes


def test_recommendation_per_machine() -> None:
    nano9 = model("nemotron-nano-9b-v2")
    assert C.recommend(nano9, hw(24, 64)).quant == "Q8_0"  # the best that fits on the GPU
    assert C.recommend(nano9, hw(8, 32)).quant == "Q6_K"
    assert C.recommend(nano9, hw(4, 32)).quant == "Q4_K_M"  # partial offload: smallest
    assert C.recommend(model("nemotron-3-nano-30b-a3b"), hw(0, 8)) is None


def test_catalog_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import json
    import subprocess
    import sys

    monkeypatch.setenv("PATH", "/nonexistent")  # no GPU on this machine
    proc = subprocess.run([sys.executable, "-m", "app.main", "models", "catalog", "--json"],
                          capture_output=True, text=True, timeout=60, env=dict(os.environ))
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 0 and len(rows) == 7
    assert all(f["fit"] in (C.CPU_ONLY, C.NO_FIT) for r in rows for f in r["files"])
