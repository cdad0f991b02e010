"""Load and generation options checked against the model and this computer before anything runs."""

from __future__ import annotations

import os
from dataclasses import dataclass

from . import answer_language
from . import protocol as P
from .catalog import kv_bytes_per_token
from .genselect import MAX_CANDIDATES, MIN_CANDIDATES
from .gguf_meta import MAX_CONTEXT, MAX_LAYERS, ModelInfo
from .hardware import physical_cores
from .messages import Text, translate

MAX_BUDGET = 1 << 20
MAX_WRAP_UP = 1000
MAX_CHARS_PER_TOKEN = 64  # no tokenizer's tokens are this long on average
_GIB = 2**30


@dataclass(frozen=True)
class ResolvedLoad:
    """Load options made concrete: what llama.cpp is asked for."""

    n_ctx: int
    threads: int
    gpu_layers: int  # -1: every layer ('auto'); where llama.cpp cannot offload, load with 0


def check_load(opts: P.LoadOptions, info: ModelInfo, ram_available: int, vram_free: int) -> ResolvedLoad:
    """Resolve and check the load options; ValueError says in plain words what cannot work.

    ram_available and vram_free are in bytes, 0 when unknown or absent: the KV cache of
    the context must fit in their sum (not checked when both are 0).
    """
    return ResolvedLoad(
        n_ctx=_context(opts.n_ctx, info, ram_available + vram_free),
        threads=_threads(opts.threads),
        gpu_layers=_gpu_layers(opts.gpu_layers, info),
    )


def check_generate(request: P.GenerateRequest, n_ctx: int) -> int:
    """Check a generation request; returns the most tokens the reply may take (at most n_ctx).

    Raises ValueError saying which value is wrong and what is allowed.
    """
    request.sampling.validate()
    P.require_number("budget", request.budget, -1, MAX_BUDGET, whole=True)
    if request.heavy != 0:
        P.require_number("heavy", request.heavy, MIN_CANDIDATES, MAX_CANDIDATES, whole=True)
    wrap_up = request.wrap_up
    if wrap_up is not None and not (isinstance(wrap_up, str) and len(wrap_up) <= MAX_WRAP_UP):
        raise ValueError(Text(translate("Engine", "{setting} must be a sentence of at most {limit} characters"),
                              setting="wrap_up", limit=MAX_WRAP_UP))
    answer_language.check(request.answer_language, request.reason_in_english)
    prompt = request.prompt
    if prompt is not None:
        if not isinstance(prompt, str) or not prompt:
            raise ValueError("prompt must be a non-empty string")
        if len(prompt) > n_ctx * MAX_CHARS_PER_TOKEN:  # far longer than the context: not even tokenized
            raise ValueError(f"the prompt is far longer than a context of {n_ctx:,} tokens holds")
        if request.heavy:
            raise ValueError("heavy mode answers a conversation, not a prompt to continue")
    return min(request.sampling.max_tokens, n_ctx)


def kv_cache_bytes(info: ModelInfo, n_ctx: int) -> int:
    """Estimated KV cache size for n_ctx tokens of context (0 when the header lacks the geometry)."""
    head_dim = info.embedding_length // info.head_count if info.head_count else 0
    heads = info.head_count_kv or info.head_count  # no head_count_kv: one KV head per head
    return kv_bytes_per_token(info.attention_layers, heads, head_dim) * n_ctx


def _context(n_ctx: int, info: ModelInfo, memory: int) -> int:
    P.require_number("the context size", n_ctx, 0, MAX_CONTEXT, whole=True)
    trained = info.context_length
    if n_ctx == 0:
        n_ctx = min(trained or 4096, P.LoadOptions.DEFAULT_CTX)
    elif trained and n_ctx > trained:
        raise ValueError(Text(translate("Engine", "a context of {n_ctx:,} tokens is more than {model} was trained "
                                                  "for ({trained:,} tokens)"),
                              n_ctx=n_ctx, model=info.name, trained=trained))
    need = kv_cache_bytes(info, n_ctx)
    if memory and need > memory:
        fits = memory // kv_cache_bytes(info, 1)
        raise ValueError(Text(translate("Engine", "a context of {n_ctx:,} tokens needs about {need:.1f} GiB for its "
                                                  "KV cache, but only {memory:.1f} GiB of memory is free (RAM and "
                                                  "GPU together); the largest context that fits is {fits:,} tokens"),
                              n_ctx=n_ctx, need=need / _GIB, memory=memory / _GIB, fits=fits))
    return n_ctx


def _threads(threads: int) -> int:
    cpus = os.cpu_count() or 1
    try:
        P.require_number("threads", threads, 0, cpus, whole=True)
    except ValueError:  # require_number's words, as one sentence with what this computer has
        shown = repr(threads)
        raise ValueError(Text(translate("Engine", "threads must be a whole number from 0 to {cpus:,}, not {value} "
                                                  "(this computer has {cpus} CPUs; 0 uses one thread per physical "
                                                  "core)"),
                              cpus=cpus, value=shown if len(shown) <= 40 else shown[:40] + "…")) from None
    return threads or physical_cores()


def _gpu_layers(setting: int | str | None, info: ModelInfo) -> int:
    layers = setting
    if setting is None or isinstance(setting, str) and setting.strip().lower() in ("auto", ""):
        return -1
    if isinstance(setting, str):
        try:
            layers = int(setting)
        except ValueError:
            pass
    if isinstance(layers, bool) or not isinstance(layers, int) or layers < -1:
        raise ValueError(Text(translate("Engine", "GPU layers must be 'auto', -1 (all) or a number of layers, "
                                                  "not {value}"), value=repr(setting)))
    return min(layers, (info.block_count or MAX_LAYERS) + 1)
