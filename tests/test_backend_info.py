"""Which backend runs and why: every case the status bar and the `loaded` event can report."""

from __future__ import annotations

from engine.backend_info import describe, gpu_kind
from engine.hardware import Gpu

RTX = Gpu("NVIDIA GeForce RTX 4070", 12 * 2**30, 11 * 2**30)
CPU_INFO = "CPU : SSE3 = 1 | AVX2 = 1 | OPENMP = 1 |"
CUDA_INFO = "CUDA : ARCHS = 890 | USE_GRAPHS = 1 | CPU : AVX2 = 1 |"


def case(**changes):  # type: ignore[no-untyped-def]
    args = dict(gpu_build=True, system_info=CUDA_INFO, requested_layers=-1, used_layers=33, total_layers=33,
                gpus=[RTX], log=[], fell_back=False)
    args.update(changes)
    return describe(**args)


def test_cpu_build_with_and_without_an_nvidia_gpu() -> None:
    with_gpu = case(gpu_build=False, system_info=CPU_INFO, used_layers=0)
    assert with_gpu.backend == "cpu" and "CUDA build" in with_gpu.reason and "RTX 4070" in with_gpu.reason
    without = case(gpu_build=False, system_info=CPU_INFO, used_layers=0, gpus=[])
    assert without.backend == "cpu" and "no NVIDIA GPU or driver" in without.reason


def test_all_layers_on_the_gpu() -> None:
    placed = case()
    assert placed.backend == "cuda" and placed.reason == "CUDA: all 33 layers on NVIDIA GeForce RTX 4070"
    assert placed.to_json() == {"backend": "cuda", "backend_reason": placed.reason}


def test_partial_offload_says_why() -> None:
    assert "did not fit" in case(used_layers=16, fell_back=True).reason
    assert "16 of 33" in case(used_layers=16).reason and "Settings" in case(used_layers=16).reason


def test_cuda_build_that_cannot_use_the_gpu() -> None:
    old = case(used_layers=0, log=["ggml_cuda_init: failed: CUDA driver version is insufficient for CUDA runtime"])
    assert old.backend == "cpu" and "driver is too old" in old.reason
    missing = case(used_layers=0, gpus=[], log=["ggml_cuda_init: no CUDA-capable device is detected"])
    assert "no NVIDIA GPU or driver" in missing.reason
    oom = case(used_layers=0, fell_back=True)
    assert "did not fit in GPU memory" in oom.reason
    off = case(used_layers=0, requested_layers=0)
    assert "set to 0" in off.reason


def test_gpu_kind_from_the_build() -> None:
    assert gpu_kind(CUDA_INFO) == "cuda"
    assert gpu_kind("Metal : EMBED_LIBRARY = 1 | CPU : NEON = 1") == "metal"
    assert gpu_kind(CPU_INFO) == "gpu"


def test_the_engine_keeps_errors_and_the_offload_line_from_llama_cpp_s_log() -> None:
    from engine.llama_backend import kept_log_line

    lines = [(1, b"debug noise"), (2, b"llama_kv_cache: size = 5 MiB"),
             (2, b"load_tensors: offloaded 20/33 layers to GPU\n"), (3, b"a warning"),
             (4, b"ggml_cuda_init: failed to initialize CUDA: no CUDA-capable device is detected")]
    kept = [kept_log_line(level, text) for level, text in lines]
    assert [k for k in kept if k] == ["load_tensors: offloaded 20/33 layers to GPU", "a warning",
                                      "ggml_cuda_init: failed to initialize CUDA: no CUDA-capable device is detected"]


def test_licences_of_repositories_outside_the_catalog() -> None:
    from engine.catalog import NVIDIA_OPEN_MODEL_LICENSE, licence_of, load_catalog

    models = load_catalog()
    assert licence_of("someone/OpenReasoning-Nemotron-7B-GGUF", models) == NVIDIA_OPEN_MODEL_LICENSE
    assert licence_of("nvidia/Some-Model", models) == NVIDIA_OPEN_MODEL_LICENSE
    assert licence_of("bartowski/SmolLM2-135M-Instruct-GGUF", models) == ""
    assert licence_of(models[0].repo_id, models) == models[0].licence
