"""Which compute backend a loaded model runs on, and why, in words a user can act on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .hardware import Gpu
from .messages import Text, translate

# What llama.cpp's CUDA backend logs when it cannot start
_DRIVER_TOO_OLD = ("driver version is insufficient", "cuda driver is a stub", "cudaerrorinsufficientdriver")
_NO_DEVICE = ("no cuda-capable device", "cudaerrornodevice", "failed to initialize cuda")


@dataclass(frozen=True)
class Placement:
    backend: str  # cpu | cuda | metal | vulkan | gpu
    reason: str  # one sentence: what runs where, and why not on the GPU when it could

    def to_json(self) -> dict[str, str]:
        return {"backend": self.backend, "backend_reason": self.reason}


def gpu_kind(system_info: str) -> str:
    """The GPU backend this llama.cpp was built with, from llama_print_system_info()."""
    info = system_info.upper()
    for name in ("CUDA", "METAL", "VULKAN"):
        if f"{name} :" in info or f"{name} =" in info or f"{name}:" in info:
            return name.lower()
    return "gpu"


def describe(*, gpu_build: bool, system_info: str, requested_layers: int, used_layers: int,
             total_layers: int, gpus: Iterable[Gpu], log: Iterable[str], fell_back: bool) -> Placement:
    """Where the model runs and why.

    gpu_build: llama.cpp can offload here; requested_layers: -1 for all; used_layers: what loaded;
    gpus: NVIDIA GPUs that nvidia-smi reports; log: llama.cpp's warnings and errors during the load;
    fell_back: a load with more GPU layers failed first (out of GPU memory).
    """
    gpus = tuple(gpus)
    text = " ".join(log).lower()
    names = ", ".join(g.name for g in gpus)
    if not gpu_build:
        if gpus:
            return Placement("cpu", Text(translate("Engine", "CPU: this build of Ponder has no GPU support; "
                                                             "install the CUDA build to use the {gpus}"), gpus=names))
        return _no_gpu()
    kind = gpu_kind(system_info)
    if used_layers > 0:
        backend, where = kind.upper(), names or kind.upper()
        if used_layers >= total_layers:
            return Placement(kind, Text(translate("Engine", "{backend}: all {layers} layers on {where}"),
                                        backend=backend, layers=used_layers, where=where))
        if fell_back:
            return Placement(kind, Text(translate("Engine", "{backend} and CPU: {layers} of {total} layers on "
                                                            "{where}; the rest did not fit in GPU memory"),
                                        backend=backend, layers=used_layers, total=total_layers, where=where))
        return Placement(kind, Text(translate("Engine", "{backend} and CPU: {layers} of {total} layers on {where}; "
                                                        "as set in Settings"),
                                    backend=backend, layers=used_layers, total=total_layers, where=where))
    if any(marker in text for marker in _DRIVER_TOO_OLD):
        return Placement("cpu", Text(translate("Engine", "CPU: the NVIDIA driver is too old for this build's CUDA; "
                                                         "update the driver")))
    if any(marker in text for marker in _NO_DEVICE) or (kind == "cuda" and not gpus):
        return _no_gpu()
    if fell_back:
        return Placement("cpu", Text(translate("Engine", "CPU: the model did not fit in GPU memory")))
    if requested_layers == 0:
        return Placement("cpu", Text(translate("Engine", "CPU: GPU layers are set to 0 in Settings")))
    return Placement("cpu", Text(translate("Engine", "CPU")))


def _no_gpu() -> Placement:
    return Placement("cpu", Text(translate("Engine", "CPU: no NVIDIA GPU or driver was found")))
