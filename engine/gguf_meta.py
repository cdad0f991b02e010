"""Read a GGUF file's header and metadata without loading the model."""

from __future__ import annotations

import mmap
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gguf.constants import GGML_QUANT_SIZES, LlamaFileType

GGUF_MAGIC = b"GGUF"

# GGUF value types (gguf spec).
_SCALARS = {
    0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i",
    6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d",
}
_STRING, _ARRAY = 8, 9
# Arrays longer than this are not decoded, only their length is kept.
_MAX_DECODED_ARRAY = 64


class GGUFError(ValueError):
    """The file is not a usable GGUF model; the message says why in plain words."""


@dataclass(frozen=True)
class ModelInfo:
    """What a GGUF file says about the model inside it."""

    path: str
    file_size: int
    architecture: str
    name: str
    basename: str = ""
    finetune: str = ""
    size_label: str = ""
    parameters: int = 0
    quantization: str = ""
    context_length: int = 0
    block_count: int = 0
    embedding_length: int = 0
    head_count: int = 0
    head_count_kv: int = 0
    chat_template: str = ""
    bos_token: str = ""
    eos_token: str = ""
    bos_token_id: int | None = None
    eos_token_id: int | None = None
    add_bos_token: bool = True
    metadata: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def is_hybrid_or_recurrent(self) -> bool:
        return any(k.startswith(f"{self.architecture}.ssm.") for k in self.metadata)

    @property
    def display_size(self) -> str:
        if self.size_label:
            return self.size_label
        p = self.parameters
        if p >= 1e9:
            return f"{p / 1e9:.1f}B"
        return f"{p / 1e6:.0f}M"

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "name": self.name,
            "architecture": self.architecture,
            "parameters": self.parameters,
            "size_label": self.display_size,
            "quantization": self.quantization,
            "context_length": self.context_length,
            "file_size": self.file_size,
            "has_chat_template": bool(self.chat_template),
        }


class _Cursor:
    def __init__(self, buf: mmap.mmap | bytes, size: int):
        self.buf, self.size, self.pos = buf, size, 0

    def take(self, n: int) -> int:
        start = self.pos
        if n < 0 or start + n > self.size:
            raise GGUFError("the file is truncated (its header ends early)")
        self.pos += n
        return start

    def scalar(self, fmt: str) -> Any:
        start = self.take(struct.calcsize(fmt))
        return struct.unpack_from(fmt, self.buf, start)[0]

    def string(self) -> str:
        n = self.scalar("<Q")
        if n > 1 << 30:
            raise GGUFError("the file's header is corrupt (impossible string length)")
        start = self.take(n)
        return bytes(self.buf[start:start + n]).decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        self.take(self.scalar("<Q"))

    def value(self, vtype: int) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            etype, count = self.scalar("<I"), self.scalar("<Q")
            if count <= _MAX_DECODED_ARRAY:
                return [self.value(etype) for _ in range(count)]
            if etype in _SCALARS:
                size = struct.calcsize(_SCALARS[etype])
                start = self.take(size * count)
                return _LazyArray(etype, count, start)
            if etype == _STRING:
                return _LazyArray(etype, count, self._skip_strings(count))
            raise GGUFError(f"the file's header is corrupt (array of type {etype})")
        raise GGUFError(f"the file's header is corrupt (unknown value type {vtype})")

    def _skip_strings(self, count: int) -> int:
        start = self.pos
        for _ in range(count):
            self.skip_string()
        return start


@dataclass(frozen=True)
class _LazyArray:
    """A long array left in the file: its type, length and where it starts."""

    etype: int
    count: int
    offset: int

    def __len__(self) -> int:
        return self.count


def _string_at(cur: _Cursor, array: _LazyArray, index: int) -> str:
    if not 0 <= index < array.count:
        return ""
    cur.pos = array.offset
    for _ in range(index):
        cur.skip_string()
    return cur.string()


def _quantization(meta: dict[str, Any], tensor_types: dict[int, int]) -> str:
    file_type = meta.get("general.file_type")
    if isinstance(file_type, int):
        try:
            return LlamaFileType(file_type).name.removeprefix("MOSTLY_").removeprefix("ALL_")
        except ValueError:
            pass
    if tensor_types:  # the type holding most bytes
        from gguf.constants import GGMLQuantizationType

        commonest = max(tensor_types, key=tensor_types.__getitem__)
        try:
            return GGMLQuantizationType(commonest).name
        except ValueError:
            return f"type {commonest}"
    return ""


def read_model_info(path: str | os.PathLike[str]) -> ModelInfo:
    """Read and check a GGUF file's header. Raises GGUFError with a plain reason."""
    p = Path(path)
    if not p.exists():
        raise GGUFError(f"no such file: {p}")
    if p.is_dir():
        raise GGUFError(f"{p} is a folder, not a GGUF model file")
    size = p.stat().st_size
    if size < 24:
        raise GGUFError(f"{p.name} is not a GGUF model (only {size} bytes)")
    with open(p, "rb") as fh:
        if fh.read(4) != GGUF_MAGIC:
            raise GGUFError(f"{p.name} is not a GGUF model file (wrong magic bytes)")
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
            return _parse(p, buf, size)


def _parse(p: Path, buf: mmap.mmap, size: int) -> ModelInfo:
    cur = _Cursor(buf, size)
    cur.take(4)
    version = cur.scalar("<I")
    if version not in (2, 3):
        raise GGUFError(f"{p.name} uses GGUF version {version}, which is not supported")
    n_tensors, n_kv = cur.scalar("<Q"), cur.scalar("<Q")
    if n_tensors > 1 << 24 or n_kv > 1 << 24:
        raise GGUFError(f"{p.name} has a corrupt header")
    meta: dict[str, Any] = {}
    for _ in range(n_kv):
        key = cur.string()
        meta[key] = cur.value(cur.scalar("<I"))

    params, data_end = 0, 0
    tensor_bytes: dict[int, int] = {}
    for _ in range(n_tensors):
        cur.skip_string()
        n_dims = cur.scalar("<I")
        if n_dims > 8:
            raise GGUFError(f"{p.name} has a corrupt tensor table")
        n_el = 1
        for _ in range(n_dims):
            n_el *= cur.scalar("<Q")
        ttype, offset = cur.scalar("<I"), cur.scalar("<Q")
        params += n_el
        block, type_size = GGML_QUANT_SIZES.get(ttype, (0, 0))  # type: ignore[call-overload]
        if block:
            nbytes = n_el // block * type_size
            tensor_bytes[ttype] = tensor_bytes.get(ttype, 0) + nbytes
            data_end = max(data_end, offset + nbytes)
    align = meta.get("general.alignment", 32) or 32
    data_start = (cur.pos + align - 1) // align * align
    if data_start + data_end > size:
        missing = data_start + data_end - size
        raise GGUFError(
            f"{p.name} is truncated: {missing:,} bytes of weights are missing "
            f"(an interrupted download?)"
        )

    arch = str(meta.get("general.architecture", ""))
    if not arch:
        raise GGUFError(f"{p.name} does not name its architecture")
    tokens = meta.get("tokenizer.ggml.tokens")

    def token(key: str) -> tuple[int | None, str]:
        tid = meta.get(key)
        if not isinstance(tid, int) or tokens is None:
            return None, ""
        if isinstance(tokens, _LazyArray):
            return tid, _string_at(cur, tokens, tid)
        return tid, tokens[tid] if 0 <= tid < len(tokens) else ""

    bos_id, bos = token("tokenizer.ggml.bos_token_id")
    eos_id, eos = token("tokenizer.ggml.eos_token_id")

    def num(key: str) -> int:
        v = meta.get(f"{arch}.{key}", 0)
        if isinstance(v, list):  # per-layer values (hybrid models)
            return max(v) if v else 0
        return int(v) if isinstance(v, (int, float)) else 0

    basename = str(meta.get("general.basename", ""))
    name = str(meta.get("general.name", "")) or basename or p.stem
    return ModelInfo(
        path=str(p.resolve()),
        file_size=size,
        architecture=arch,
        name=name,
        basename=basename,
        finetune=str(meta.get("general.finetune", "")),
        size_label=str(meta.get("general.size_label", "")),
        parameters=params,
        quantization=_quantization(meta, tensor_bytes),
        context_length=num("context_length"),
        block_count=num("block_count"),
        embedding_length=num("embedding_length"),
        head_count=num("attention.head_count"),
        head_count_kv=num("attention.head_count_kv"),
        chat_template=str(meta.get("tokenizer.chat_template", "")),
        bos_token=bos,
        eos_token=eos,
        bos_token_id=bos_id,
        eos_token_id=eos_id,
        add_bos_token=bool(meta.get("tokenizer.ggml.add_bos_token", True)),
        metadata={k: v for k, v in meta.items() if not isinstance(v, _LazyArray)},
    )
