"""Read a GGUF file's header and metadata without loading the model."""

from __future__ import annotations

import math
import mmap
import os
import stat
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gguf.constants import GGML_QUANT_SIZES, LlamaFileType

from .messages import Text, translate

GGUF_MAGIC = b"GGUF"

# GGUF value types (gguf spec).
_SCALARS = {
    0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i",
    6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d",
}
_UINT32, _STRING, _ARRAY = 4, 8, 9
# Arrays up to this length are decoded (per-layer values of the largest models fit);
# longer ones keep only their type, length and place in the file.
_MAX_DECODED_ARRAY = 512
# Limits llama.cpp itself enforces, or beyond any real model.
MAX_LAYERS = 512  # LLAMA_MAX_LAYERS
MAX_CONTEXT = 1 << 24
_MAX_DIMS = 4  # GGML_MAX_DIMS
_MAX_ENTRIES = 1 << 24  # tensors or metadata keys
_MAX_KEY = 65535  # bytes, as the GGUF spec says
_MAX_STRING = 1 << 30
_MAX_STRING_ARRAY = 1 << 21  # strings in one array (vocabularies, merges)
_MAX_NAME = 1024  # name fields shown to the user
_MAX_TEMPLATE = 1 << 20
_MAX_WIDTH = 1 << 20  # embedding length
_MAX_HEADS = 1 << 16
_INT64_MAX = 2**63 - 1
_UINT32_MAX = 2**32 - 1


class GGUFError(ValueError):
    """The file is not a usable GGUF model; the message says why in plain words."""


class _Corrupt(Exception):
    """A problem found while parsing: a template that starts with "{name}: " and its other fields;
    read_model_info fills in the file's name."""

    def __init__(self, template: str, **fields: Any):
        super().__init__(template)
        self.template, self.fields = template, fields

    def message(self, name: str) -> Text:
        return Text(self.template, name=name, **self.fields)


def _bad_value(value: Any, scalar: str, listed: str, **fields: Any) -> _Corrupt:
    """A wrongly typed value: the `scalar` template shows it (short), the `listed` one a list's length."""
    if isinstance(value, (list, _LazyArray)):
        return _Corrupt(listed, count=len(value), **fields)
    return _Corrupt(scalar, value=_clip(value) if isinstance(value, str) else repr(value), **fields)


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
    attention_layers: int = 0  # layers with a KV cache (fewer than block_count on hybrids)
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
    def __init__(self, buf: mmap.mmap, size: int):
        self.buf, self.size, self.pos = buf, size, 0

    def need(self, n: int) -> None:
        if n < 0 or self.pos + n > self.size:
            raise _Corrupt(translate("Engine", "{name}: the file is truncated (its header ends early)"))

    def take(self, n: int) -> int:
        self.need(n)
        start, self.pos = self.pos, self.pos + n
        return start

    def scalar(self, fmt: str) -> Any:
        start = self.take(struct.calcsize(fmt))
        return struct.unpack_from(fmt, self.buf, start)[0]

    def string(self, limit: int = _MAX_STRING) -> str:
        n = self.scalar("<Q")
        if n > limit:
            raise _Corrupt(translate("Engine", "{name}: its header is corrupt (a string of {size:,} bytes)"), size=n)
        start = self.take(n)
        return bytes(self.buf[start:start + n]).decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        self.take(self.scalar("<Q"))

    def value(self, vtype: int, key: str) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            return self._array(key)
        raise _Corrupt(translate("Engine", "{name}: malformed metadata: {key} has an unknown value type ({type})"),
                       key=_clip(key), type=str(vtype))

    def _array(self, key: str) -> Any:
        etype, count = self.scalar("<I"), self.scalar("<Q")
        if etype == _ARRAY:
            raise _Corrupt(translate("Engine", "{name}: malformed metadata: {key} is an array of arrays, "
                                               "which GGUF does not allow"), key=_clip(key))
        if etype not in _SCALARS and etype != _STRING:
            raise _Corrupt(translate("Engine", "{name}: malformed metadata: {key} is an array of an unknown "
                                               "type ({type})"), key=_clip(key), type=str(etype))
        item = struct.calcsize(_SCALARS[etype]) if etype in _SCALARS else 8  # a string's length alone
        self.need(count * item)
        if etype == _STRING and count > _MAX_STRING_ARRAY:  # each one is walked: bound the work
            raise _Corrupt(translate("Engine", "{name}: malformed metadata: {key} lists {count:,} strings "
                                               "(at most {limit:,}; real vocabularies have under {real:,})"),
                           key=_clip(key), count=count, limit=_MAX_STRING_ARRAY, real=300_000)
        if count <= _MAX_DECODED_ARRAY:
            return [self.value(etype, key) for _ in range(count)]
        start = self.pos
        if etype in _SCALARS:
            self.take(item * count)
        else:
            for _ in range(count):
                self.skip_string()
        return _LazyArray(etype, count, start)


@dataclass(frozen=True)
class _LazyArray:
    """A long array left in the file: its type, length and where it starts."""

    etype: int
    count: int
    offset: int

    def __len__(self) -> int:
        return self.count


def _string_at(cur: _Cursor, array: _LazyArray, index: int) -> str:
    cur.pos = array.offset
    for _ in range(index):
        cur.skip_string()
    return cur.string()


def _clip(text: str, n: int = 80) -> str:
    return repr(text if len(text) <= n else text[:n] + "…")


def _whole(key: str, value: Any, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise _bad_value(
            value,
            translate("Engine", "{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, "
                                "not {value}"),
            translate("Engine", "{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, "
                                "not a list ({count:,} items)"),
            key=key, high=high)
    return value


class _Fields:
    """Typed reading of well-known keys: a wrongly typed value is an error, never a crash later."""

    def __init__(self, meta: dict[str, Any], types: dict[str, int]):
        self.meta, self.types = meta, types

    def text(self, key: str, limit: int = _MAX_NAME) -> str:
        value = self.meta.get(key, "")
        if not isinstance(value, str):
            raise _bad_value(
                value, translate("Engine", "{name}: malformed metadata: {key} must be text, not {value}"),
                translate("Engine", "{name}: malformed metadata: {key} must be text, not a list ({count:,} items)"),
                key=key)
        if len(value) > limit:
            raise _Corrupt(translate("Engine", "{name}: malformed metadata: {key} is {length:,} characters long "
                                               "(at most {limit:,})"), key=key, length=len(value), limit=limit)
        return value

    def whole(self, key: str, high: int) -> int:
        return _whole(key, self.meta.get(key, 0), high)

    def per_layer(self, key: str, high: int) -> list[int]:
        """A value given once for all layers, or one per layer (hybrid models)."""
        value = self.meta.get(key, 0)
        if isinstance(value, _LazyArray):
            raise _Corrupt(translate("Engine", "{name}: malformed metadata: {key} has {count:,} per-layer values "
                                               "(at most {limit})"), key=key, count=len(value), limit=MAX_LAYERS)
        if isinstance(value, list):
            return [_whole(key, v, high) for v in value]
        return [_whole(key, value, high)]

    def flag(self, key: str, default: bool) -> bool:
        value = self.meta.get(key, default)
        if not isinstance(value, bool):
            raise _bad_value(
                value, translate("Engine", "{name}: malformed metadata: {key} must be true or false, not {value}"),
                translate("Engine", "{name}: malformed metadata: {key} must be true or false, not a list "
                                    "({count:,} items)"),
                key=key)
        return value

    def alignment(self) -> int:
        key = "general.alignment"
        if key not in self.meta:
            return 32
        value, vtype = self.meta[key], self.types[key]
        if vtype != _UINT32:
            raise _Corrupt(translate("Engine", "{name}: malformed metadata: {key} must be stored as uint32 "
                                               "(GGUF type {expected}), not as type {type}"),
                           key=key, expected=str(_UINT32), type=str(vtype))
        if value <= 0 or value & (value - 1):
            raise _Corrupt(translate("Engine", "{name}: malformed metadata: {key} must be a power of two, "
                                               "not {value}"), key=key, value=value)
        return value

    def tokens(self) -> list[str] | _LazyArray | None:
        key = "tokenizer.ggml.tokens"
        value = self.meta.get(key)
        if value is None:
            return None
        if isinstance(value, _LazyArray) and value.etype == _STRING:
            return value
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
        raise _bad_value(
            value, translate("Engine", "{name}: malformed metadata: {key} must be a list of strings, not {value}"),
            translate("Engine", "{name}: malformed metadata: {key} must be a list of strings, not a list "
                                "({count:,} items)"),
            key=key)


def _quantization(file_type: int | None, tensor_types: dict[int, int]) -> str:
    if file_type is not None:
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
    """Read and check a GGUF file's header.

    Raises GGUFError, naming the file and the reason in plain words, for anything that
    is not a readable, well-formed GGUF model; never any other exception.
    """
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise GGUFError(Text(translate("Engine", "no such file: {path}"), path=str(p))) from None
    except (OSError, ValueError) as exc:
        raise GGUFError(Text(translate("Engine", "cannot read {path}: {reason}"), path=str(p),
                             reason=_reason(exc))) from None
    if stat.S_ISDIR(st.st_mode):
        raise GGUFError(Text(translate("Engine", "{path} is a folder, not a GGUF model file"), path=str(p)))
    special = GGUFError(Text(translate("Engine", "{path} is a pipe, socket or device, not a GGUF model file"),
                             path=str(p)))
    if not stat.S_ISREG(st.st_mode):
        raise special
    try:
        # O_NONBLOCK: if the file was swapped for a pipe since stat, opening it does not wait
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as fh:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise special
            if st.st_size < 24:
                raise GGUFError(Text(translate("Engine", "{name} is not a GGUF model (only {size} bytes)"),
                                     name=p.name, size=st.st_size))
            if fh.read(4) != GGUF_MAGIC:
                raise GGUFError(Text(translate("Engine", "{name} is not a GGUF model file (wrong magic bytes)"),
                                     name=p.name))
            with mmap.mmap(fd, 0, access=mmap.ACCESS_READ) as buf:
                return _checked_parse(p, buf, st.st_size)
    except OSError as exc:
        raise GGUFError(Text(translate("Engine", "cannot read {path}: {reason}"), path=p.name,
                             reason=_reason(exc))) from None


def _reason(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def _checked_parse(p: Path, buf: mmap.mmap, size: int) -> ModelInfo:
    try:
        return _parse(p, buf, size)
    except _Corrupt as exc:
        raise GGUFError(exc.message(p.name)) from None
    except Exception as exc:  # a case the checks above missed: still only a bad file
        raise GGUFError(Text(translate("Engine", "{name}: malformed metadata ({error})"), name=p.name,
                             error=f"{type(exc).__name__}: {exc}")) from None


def _parse(p: Path, buf: mmap.mmap, size: int) -> ModelInfo:
    cur = _Cursor(buf, size)
    cur.take(4)
    version = cur.scalar("<I")
    if version not in (2, 3):
        raise _Corrupt(translate("Engine", "{name}: GGUF version {version} is not supported"), version=str(version))
    n_tensors, n_kv = cur.scalar("<Q"), cur.scalar("<Q")
    if n_tensors > _MAX_ENTRIES or n_kv > _MAX_ENTRIES:
        raise _Corrupt(translate("Engine", "{name}: its header is corrupt ({tensors:,} tensors, "
                                           "{keys:,} metadata keys)"), tensors=n_tensors, keys=n_kv)
    cur.need(n_kv * 13)  # each key: its length, a type and at least one byte of value
    meta: dict[str, Any] = {}
    types: dict[str, int] = {}
    for _ in range(n_kv):
        key = cur.string(_MAX_KEY)
        if not key or key in meta:
            raise _Corrupt(translate("Engine", "{name}: malformed metadata: an empty or repeated key ({key})"),
                           key=_clip(key))
        types[key] = cur.scalar("<I")
        meta[key] = cur.value(types[key], key)
    f = _Fields(meta, types)
    align = f.alignment()

    params, data_end = 0, 0
    tensor_bytes: dict[int, int] = {}
    cur.need(n_tensors * 24)  # each tensor: name length, dimensions, type, offset
    for _ in range(n_tensors):
        cur.skip_string()
        n_dims = cur.scalar("<I")
        if n_dims > _MAX_DIMS:
            raise _Corrupt(translate("Engine", "{name}: its tensor table is corrupt (a tensor with {dims:,} "
                                               "dimensions)"), dims=n_dims)
        dims = [cur.scalar("<Q") for _ in range(n_dims)]
        n_el = math.prod(dims)
        if any(d > _INT64_MAX for d in dims) or n_el > _INT64_MAX:
            raise _Corrupt(translate("Engine", "{name}: its tensor table is corrupt (a tensor larger than any "
                                               "computer can hold)"))
        ttype, offset = cur.scalar("<I"), cur.scalar("<Q")
        params += n_el
        block, type_size = GGML_QUANT_SIZES.get(ttype, (0, 0))
        if block:
            nbytes = n_el // block * type_size
            tensor_bytes[ttype] = tensor_bytes.get(ttype, 0) + nbytes
            data_end = max(data_end, offset + nbytes)
    data_start = (cur.pos + align - 1) // align * align
    if n_tensors and data_start + data_end > size:
        missing = data_start + data_end - size
        raise _Corrupt(translate("Engine", "{name}: the file is truncated: {missing:,} bytes of weights are "
                                           "missing (an interrupted download?)"), missing=missing)

    arch = f.text("general.architecture")
    if not arch:
        raise _Corrupt(translate("Engine", "{name}: it does not name its architecture ({key})"),
                       key="general.architecture")
    tokens = f.tokens()

    def token(key: str) -> tuple[int | None, str]:
        if key not in meta:
            return None, ""
        tid = f.whole(key, _UINT32_MAX)
        if tokens is None:
            return tid, ""
        if tid >= len(tokens):
            raise _Corrupt(translate("Engine", "{name}: malformed metadata: {key} is {id:,}, but the vocabulary "
                                               "has only {count:,} tokens"), key=key, id=tid, count=len(tokens))
        if isinstance(tokens, _LazyArray):
            return tid, _string_at(cur, tokens, tid)
        return tid, tokens[tid]

    bos_id, bos = token("tokenizer.ggml.bos_token_id")
    eos_id, eos = token("tokenizer.ggml.eos_token_id")
    file_type = f.whole("general.file_type", _UINT32_MAX) if "general.file_type" in meta else None
    block_count = f.whole(f"{arch}.block_count", MAX_LAYERS)
    kv_heads = f.per_layer(f"{arch}.attention.head_count_kv", _MAX_HEADS)
    basename = f.text("general.basename")
    name = f.text("general.name") or basename or p.stem
    return ModelInfo(
        path=str(p.resolve()),
        file_size=size,
        architecture=arch,
        name=name,
        basename=basename,
        finetune=f.text("general.finetune"),
        size_label=f.text("general.size_label"),
        parameters=params,
        quantization=_quantization(file_type, tensor_bytes),
        context_length=f.whole(f"{arch}.context_length", MAX_CONTEXT),
        block_count=block_count,
        embedding_length=f.whole(f"{arch}.embedding_length", _MAX_WIDTH),
        head_count=max(f.per_layer(f"{arch}.attention.head_count", _MAX_HEADS), default=0),
        head_count_kv=max(kv_heads, default=0),
        attention_layers=sum(1 for n in kv_heads if n) if len(kv_heads) > 1 else block_count,
        chat_template=f.text("tokenizer.chat_template", _MAX_TEMPLATE),
        bos_token=bos,
        eos_token=eos,
        bos_token_id=bos_id,
        eos_token_id=eos_id,
        add_bos_token=f.flag("tokenizer.ggml.add_bos_token", True),
        metadata={k: v for k, v in meta.items() if not isinstance(v, _LazyArray)},
    )
