"""The curated catalog of Nemotron GGUFs, and what fits on this computer."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from .hardware import Hardware
from .messages import Text, translate

# Fit labels: Text equals its English, so comparisons and dict keys work as with plain strings.
FITS_GPU = Text(translate("Engine", "fits on GPU"))
PARTIAL = Text(translate("Engine", "partial offload"))
CPU_ONLY = Text(translate("Engine", "CPU only (slow)"))
NO_FIT = Text(translate("Engine", "does not fit"))

OVERHEAD_BYTES = 400 * 2**20  # compute buffers and the runtime, beyond weights and KV cache
KV_BYTES = 2  # f16 keys and values


def kv_bytes_per_token(attention_layers: int, kv_heads: int, head_dim: int) -> int:
    """KV cache bytes one token of context takes: a key and a value per head in every attention layer."""
    return 2 * attention_layers * kv_heads * head_dim * KV_BYTES


@dataclass(frozen=True)
class CatalogFile:
    quant: str
    file: str
    size: int
    size_checked: bool = False


@dataclass(frozen=True)
class CatalogModel:
    id: str
    name: str
    repo_id: str
    family: str
    architecture: str
    parameters: int
    context_length: int
    licence: str
    attention_layers: int
    kv_heads: int
    head_dim: int
    files: tuple[CatalogFile, ...]
    alternatives: tuple[str, ...] = field(default=())

    def kv_bytes_per_token(self) -> int:
        return kv_bytes_per_token(self.attention_layers, self.kv_heads, self.head_dim)


@dataclass(frozen=True)
class Fit:
    label: str
    need_bytes: int  # weights + KV cache + overhead at the chosen context
    kv_bytes: int
    detail: str  # a Text: the numbers behind the label, shown translated


def load_catalog() -> list[CatalogModel]:
    data = json.loads(resources.files("assets").joinpath("catalog.json").read_text(encoding="utf-8"))
    models = []
    for m in data["models"]:
        files = tuple(CatalogFile(**f) for f in m.pop("files"))
        models.append(CatalogModel(files=files, alternatives=tuple(m.pop("alternatives", ())), **m))
    return models


def estimate(model: CatalogModel, file: CatalogFile, hw: Hardware, context: int = 8192) -> Fit:
    """Memory needed at this context and where it can run, with the numbers behind the label."""
    ctx = min(context, model.context_length)
    kv = model.kv_bytes_per_token() * ctx
    need = file.size + kv + OVERHEAD_BYTES
    gib = 2**30
    vram = hw.best_gpu_free
    # The numbers behind the label, in every sentence: weights, KV cache and overhead in GiB.
    numbers = {"need": need / gib, "weights": file.size / gib, "kv": kv / gib, "ctx": ctx,
               "overhead": OVERHEAD_BYTES / gib}
    if vram and need <= vram * 0.95:
        return Fit(FITS_GPU, need, kv, Text(translate(
            "Engine", "needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + "
                      "{overhead:.1f} overhead); {free:.1f} GiB free on {gpu}"),
            **numbers, free=vram / gib, gpu=hw.best_gpu_name))
    if vram and need <= vram + hw.ram_available * 0.8:
        share = max(0.0, min(1.0, (vram * 0.95 - kv - OVERHEAD_BYTES) / file.size))
        return Fit(PARTIAL, need, kv, Text(translate(
            "Engine", "needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + "
                      "{overhead:.1f} overhead); about {share:.0%} of the layers fit in {free:.1f} GiB of "
                      "GPU memory"),
            **numbers, share=share, free=vram / gib))
    if need <= hw.ram_available * 0.8:
        if not vram:
            return Fit(CPU_ONLY, need, kv, Text(translate(
                "Engine", "needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + "
                          "{overhead:.1f} overhead); no NVIDIA GPU found, {ram:.1f} GiB RAM free"),
                **numbers, ram=hw.ram_available / gib))
        return Fit(CPU_ONLY, need, kv, Text(translate(
            "Engine", "needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + "
                      "{overhead:.1f} overhead); too big for the GPU, {ram:.1f} GiB RAM free"),
            **numbers, ram=hw.ram_available / gib))
    return Fit(NO_FIT, need, kv, Text(translate(
        "Engine", "needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + "
                  "{overhead:.1f} overhead); only {free:.1f} GiB GPU + {ram:.1f} GiB RAM free"),
        **numbers, free=vram / gib, ram=hw.ram_available / gib))


def recommend(model: CatalogModel, hw: Hardware, context: int = 8192) -> CatalogFile | None:
    """The best quantization for this machine: the largest that fits on the GPU, else the
    smallest that runs at all."""
    fits = [(f, estimate(model, f, hw, context)) for f in model.files]
    on_gpu = [f for f, fit in fits if fit.label == FITS_GPU]
    if on_gpu:
        return max(on_gpu, key=lambda f: f.size)
    runnable = [f for f, fit in fits if fit.label in (PARTIAL, CPU_ONLY)]
    return min(runnable, key=lambda f: f.size) if runnable else None


def with_hub_sizes(model: CatalogModel, listing: list[tuple[str, int]]) -> CatalogModel:
    """The model with file sizes as the hub reports them now (files the hub lacks are dropped)."""
    sizes = dict(listing)
    files = tuple(CatalogFile(f.quant, f.file, sizes[f.file], True) for f in model.files if f.file in sizes)
    return replace(model, files=files) if files else model


def families() -> set[str]:
    return {m.family for m in load_catalog()}


def as_json(model: CatalogModel, hw: Hardware, context: int = 8192) -> dict[str, Any]:
    best = recommend(model, hw, context)
    return {
        "id": model.id, "name": model.name, "repo_id": model.repo_id, "family": model.family,
        "licence": model.licence, "context_length": model.context_length,
        "recommended": best.quant if best else None,
        "files": [{"quant": f.quant, "file": f.file, "size": f.size,
                   "fit": (fit := estimate(model, f, hw, context)).label, "detail": fit.detail}
                  for f in model.files],
    }


NVIDIA_OPEN_MODEL_LICENSE = "NVIDIA Open Model License"
NVIDIA_OPEN_MODEL_LICENSE_URL = ("https://www.nvidia.com/en-us/agreements/enterprise-software/"
                                 "nvidia-open-model-license/")
LLAMA_LICENSE_URL = "https://www.llama.com/llama3_1/license/"


def model_for(repo_id: str, models: list[CatalogModel]) -> CatalogModel | None:
    """The catalog entry a repository belongs to (its main repo or an alternative)."""
    return next((m for m in models if repo_id in (m.repo_id, *m.alternatives)), None)


def licence_of(repo_id: str, models: list[CatalogModel]) -> str:
    """The licence a repository's models come under: the catalog's, else NVIDIA's for Nemotron repos."""
    model = model_for(repo_id, models)
    if model is not None:
        return model.licence
    lowered = repo_id.lower()
    return NVIDIA_OPEN_MODEL_LICENSE if "nemotron" in lowered or lowered.startswith("nvidia/") else ""


def licence_notice(repo_id: str, models: list[CatalogModel]) -> tuple[str, str]:
    """(licence, what to tell the user before the first download) — ("", "") when nothing needs saying.

    The licence is its name as given (settings remember it); the notice is a Text.
    """
    licence = licence_of(repo_id, models)
    if "NVIDIA" not in licence:
        return "", ""
    model = model_for(repo_id, models)
    name = model.name if model else repo_id
    if "Llama" in licence:
        return licence, Text(translate(
            "Engine", "{model} is released by NVIDIA under the {licence}. Read it at {url} and {llama_url}. "
                      "Downloading the model means you accept its terms."),
            model=name, licence=licence, url=NVIDIA_OPEN_MODEL_LICENSE_URL, llama_url=LLAMA_LICENSE_URL)
    return licence, Text(translate(
        "Engine", "{model} is released by NVIDIA under the {licence}. Read it at {url}. "
                  "Downloading the model means you accept its terms."),
        model=name, licence=licence, url=NVIDIA_OPEN_MODEL_LICENSE_URL)
