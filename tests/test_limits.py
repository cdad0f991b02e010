"""Load and sampling options are checked against the model and the computer before anything runs."""

from __future__ import annotations

import math
import os

import pytest

from engine import protocol as P
from engine.catalog import KV_BYTES
from engine.gguf_meta import ModelInfo
from engine.hardware import physical_cores
from engine.limits import MAX_BUDGET, ResolvedLoad, check_generate, check_load, kv_cache_bytes

GIB = 2**30
PLENTY = 64 * GIB
CPUS = os.cpu_count() or 1


def model(context_length: int = 32768, **geometry: int) -> ModelInfo:
    """An 8B-like model: 32 attention layers, 8 KV heads of 128 dimensions (128 KiB a token)."""
    shape = dict(block_count=32, attention_layers=32, embedding_length=4096, head_count=32,
                 head_count_kv=8)
    return ModelInfo(path="/models/m.gguf", file_size=1, architecture="llama", name="Test-8B",
                     context_length=context_length, **{**shape, **geometry})


def load(info: ModelInfo | None = None, ram: int = PLENTY, vram: int = 0, **opts: object) -> ResolvedLoad:
    return check_load(P.LoadOptions(path="/models/m.gguf", **opts), info or model(), ram, vram)


def refused(call: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(ValueError) as caught:
        call(*args, **kwargs)  # type: ignore[operator]
    return str(caught.value)


# -- sampling ---------------------------------------------------------------

BAD_SAMPLING = {
    "temperature": [math.nan, math.inf, -math.inf, -0.1, 101, "0.7", True, None],
    "top_p": [math.nan, math.inf, 0, -0.5, 1.01, "1", False],
    "min_p": [math.nan, -math.inf, -0.01, 1.5, "0", True],
    "top_k": [-1, 2**20 + 1, 40.0, math.nan, "40", True],
    "repeat_penalty": [0, -1, math.nan, math.inf, 101, "1.1", True],
    "max_tokens": [0, -5, 2**20 + 1, 1.5, math.inf, "100", True],
    "seed": [-1, 2**32, 1.0, "7", True, math.nan],
}


@pytest.mark.parametrize("name,value", [(n, v) for n, vs in BAD_SAMPLING.items() for v in vs])
def test_bad_sampling_values_are_refused(name: str, value: object) -> None:
    message = refused(P.Sampling(**{name: value}).validate)
    assert message.startswith(f"{name} must be"), message
    assert message.endswith(f"not {value!r}"), message


def test_sampling_messages_state_the_limits() -> None:
    assert refused(P.Sampling(temperature=math.nan).validate) == \
        "temperature must be a number from 0 to 100, not nan"
    assert refused(P.Sampling(top_p=0).validate) == "top_p must be a number above 0 up to 1, not 0"
    assert refused(P.Sampling(max_tokens=0).validate) == \
        "max_tokens must be a whole number from 1 to 1,048,576, not 0"
    assert refused(P.Sampling(seed=2**32).validate) == \
        "seed must be a whole number from 0 to 4,294,967,295, not 4294967296"
    assert "…" in refused(P.Sampling(temperature=10**400).validate)  # a huge number is cut short


@pytest.mark.parametrize("stop", ["###", [1], ["x" * 257], ["s"] * 17, None])
def test_bad_stop_lists_are_refused(stop: object) -> None:
    assert "stop must be a list of at most 16 strings" in refused(P.Sampling(stop=stop).validate)


def test_usable_sampling_passes() -> None:
    P.Sampling().validate()
    P.Sampling(temperature=0, top_p=1, min_p=0, top_k=0, repeat_penalty=1, seed=0, max_tokens=1).validate()
    P.Sampling(temperature=100, top_p=1e-9, min_p=1, top_k=2**20, repeat_penalty=100,
               seed=2**32 - 1, max_tokens=2**20, stop=["x" * 256] * 16).validate()
    P.Sampling(temperature=1, top_p=1, repeat_penalty=2).validate()  # ints where floats are usual


# -- generation -------------------------------------------------------------

def request(**fields: object) -> P.GenerateRequest:
    return P.GenerateRequest([{"role": "user", "content": "hi"}], **fields)  # type: ignore[arg-type]


def test_max_tokens_is_capped_by_the_context() -> None:
    assert check_generate(request(sampling=P.Sampling(max_tokens=65536)), 8192) == 8192
    assert check_generate(request(sampling=P.Sampling(max_tokens=100)), 8192) == 100


@pytest.mark.parametrize("budget", [-2, MAX_BUDGET + 1, 1.5, "512", True, math.nan])
def test_bad_budgets_are_refused(budget: object) -> None:
    message = refused(check_generate, request(budget=budget), 8192)
    assert message == f"budget must be a whole number from -1 to 1,048,576, not {budget!r}"


@pytest.mark.parametrize("budget", [-1, 0, 1, MAX_BUDGET])
def test_usable_budgets_pass(budget: int) -> None:
    check_generate(request(budget=budget), 8192)


def test_generation_checks_sampling_and_wrap_up() -> None:
    assert "temperature" in refused(check_generate, request(sampling=P.Sampling(temperature=math.inf)), 8192)
    assert "wrap_up" in refused(check_generate, request(wrap_up=5), 8192)
    assert "wrap_up" in refused(check_generate, request(wrap_up="x" * 1001), 8192)
    check_generate(request(wrap_up=""), 8192)


# -- context size -----------------------------------------------------------

def test_kv_estimate_uses_the_model_geometry() -> None:
    per_token = 2 * 32 * 8 * 128 * KV_BYTES  # keys and values, 32 layers, 8 heads of 128
    assert kv_cache_bytes(model(), 1) == per_token == 128 * 2**10
    assert kv_cache_bytes(model(), 8192) == GIB
    assert kv_cache_bytes(model(head_count_kv=0), 1) == 4 * per_token  # one KV head per head
    assert kv_cache_bytes(model(attention_layers=4), 1) == per_token // 8  # a hybrid's few attention layers
    assert kv_cache_bytes(model(head_count=0), 8192) == 0  # geometry unknown


def test_default_context_is_the_models_capped() -> None:
    assert load().n_ctx == P.LoadOptions.DEFAULT_CTX
    assert load(model(context_length=2048)).n_ctx == 2048
    assert load(model(context_length=0)).n_ctx == 4096


def test_context_above_the_trained_context_is_refused() -> None:
    message = refused(load, n_ctx=1_000_000)
    assert message == "a context of 1,000,000 tokens is more than Test-8B was trained for (32,768 tokens)"
    assert load(n_ctx=32768).n_ctx == 32768
    assert load(model(context_length=0), n_ctx=100_000).n_ctx == 100_000  # the model states no limit


def test_context_whose_kv_cache_does_not_fit_is_refused() -> None:
    # 128 KiB a token: 32,768 tokens need 4 GiB
    message = refused(load, ram=3 * GIB, vram=0, n_ctx=32768)
    assert "32,768 tokens needs about 4.0 GiB" in message
    assert "only 3.0 GiB of memory is free" in message
    assert "the largest context that fits is 24,576 tokens" in message
    assert load(ram=3 * GIB, vram=2 * GIB, n_ctx=32768).n_ctx == 32768  # GPU memory counts too
    assert "the largest context that fits is 8,192 tokens" in refused(load, ram=GIB, n_ctx=32768)
    assert "fits" in refused(load, ram=GIB // 2)  # the default context must fit as well
    assert load(ram=0, vram=0, n_ctx=32768).n_ctx == 32768  # memory unknown: not checked


@pytest.mark.parametrize("n_ctx", [-1, 1.5, "4096", True, 2**24 + 1, math.inf])
def test_bad_context_values_are_refused(n_ctx: object) -> None:
    message = refused(load, model(context_length=0), n_ctx=n_ctx)
    assert message == f"the context size must be a whole number from 0 to 16,777,216, not {n_ctx!r}"


# -- threads ----------------------------------------------------------------

def test_threads() -> None:
    assert load(threads=0).threads == physical_cores()
    assert load(threads=1).threads == 1
    assert load(threads=CPUS).threads == CPUS


@pytest.mark.parametrize("threads", [100_000, -1, CPUS + 1, 2.0, "4", True])
def test_bad_threads_are_refused(threads: object) -> None:
    message = refused(load, threads=threads)
    assert f"not {threads!r}" in message
    assert f"from 0 to {CPUS}" in message and f"this computer has {CPUS} CPUs" in message


# -- GPU layers -------------------------------------------------------------

@pytest.mark.parametrize("setting,layers", [
    ("auto", -1), ("AUTO", -1), ("", -1), (None, -1), (-1, -1), ("-1", -1), (0, 0), ("0", 0),
    (12, 12), (" 12 ", 12), (33, 33), (1000, 33), ("99999999999999999999", 33),
])
def test_gpu_layers_forms(setting: object, layers: int) -> None:
    assert load(gpu_layers=setting).gpu_layers == layers  # 32 blocks + the output layer


def test_gpu_layers_without_a_block_count_are_capped_at_llama_cpp_s_limit() -> None:
    assert load(model(block_count=0), gpu_layers=10**9).gpu_layers == 513


@pytest.mark.parametrize("setting", ["all", "12 layers", "1.5", -2, "-2", 1.5, True, [3]])
def test_bad_gpu_layers_are_refused(setting: object) -> None:
    assert refused(load, gpu_layers=setting) == \
        f"GPU layers must be 'auto', -1 (all) or a number of layers, not {setting!r}"


def test_a_budget_from_json_is_checked_as_sent() -> None:
    sent = P.GenerateRequest.from_dict({"messages": [], "budget": 1.9})
    assert "not 1.9" in refused(check_generate, sent, 8192)
