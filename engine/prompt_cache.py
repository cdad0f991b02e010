"""Saved model states at turn boundaries, so a new turn evaluates only its new tokens.

Recurrent and hybrid models (Mamba, Nemotron-H) cannot cut their state back to
an earlier position the way an attention KV cache can. Before each reply the
engine saves the sequence state at the end of the last user turn; the next turn
restores the longest saved state that is a prefix of its prompt.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from dataclasses import dataclass

import llama_cpp

SEQ_ID = 0


@dataclass(frozen=True)
class Checkpoint:
    tokens: tuple[int, ...]
    data: bytes


class CheckpointStore:
    """A few recent checkpoints, newest last, bounded by count and bytes."""

    def __init__(self, max_count: int = 8, max_bytes: int = 2 << 30):
        self.max_count, self.max_bytes = max_count, max_bytes
        self._items: list[Checkpoint] = []

    def __len__(self) -> int:
        return len(self._items)

    @property
    def nbytes(self) -> int:
        return sum(len(c.data) for c in self._items)

    def clear(self) -> None:
        self._items.clear()

    def save(self, ctx: llama_cpp.llama_context_p, tokens: Sequence[int]) -> Checkpoint:
        key = tuple(tokens)
        self._items = [c for c in self._items if c.tokens != key]
        size = llama_cpp.llama_state_seq_get_size(ctx, SEQ_ID)
        buf = (ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_seq_get_data(ctx, buf, size, SEQ_ID)
        if written == 0:
            raise RuntimeError("llama.cpp could not save the sequence state")
        checkpoint = Checkpoint(key, bytes(buf)[:written])
        self._items.append(checkpoint)
        while len(self._items) > self.max_count or (
            len(self._items) > 1 and self.nbytes > self.max_bytes
        ):
            self._items.pop(0)
        return checkpoint

    def best_for(self, prompt: Sequence[int]) -> Checkpoint | None:
        """The longest checkpoint whose tokens begin the prompt (and leave one to evaluate)."""
        best = None
        for c in self._items:
            n = len(c.tokens)
            if n < len(prompt) and (best is None or n > len(best.tokens)):
                if tuple(prompt[:n]) == c.tokens:
                    best = c
        return best

    @staticmethod
    def restore(ctx: llama_cpp.llama_context_p, checkpoint: Checkpoint) -> bool:
        size = len(checkpoint.data)
        buf = (ctypes.c_uint8 * size).from_buffer_copy(checkpoint.data)
        return llama_cpp.llama_state_seq_set_data(ctx, buf, size, SEQ_ID) == size
