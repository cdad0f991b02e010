"""The local backend: a GGUF model run by llama-cpp-python, token by token.

Runs inside the engine host process. It never touches the GUI: it only calls
`emit` with protocol events.
"""

from __future__ import annotations

import ctypes
import random
import re
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import llama_cpp
import llama_cpp.llama_chat_format
import numpy as np

from . import answer_language, profiles
from . import protocol as P
from .backend_info import describe as describe_backend
from .budget import ThinkingBudget
from .generation import ReplyText
from .gguf_meta import ModelInfo, read_model_info
from .hardware import detect_hardware, nvidia_gpus, system_memory
from .limits import check_generate, check_load
from .messages import Text, message_of, translate
from .prompt_cache import Checkpoint, CheckpointStore
from .protocol import EngineError, Event, FinishReason
from .reasoning import ReasoningSplitter
from .template_worker import RenderCancelled, TemplateWorker
from .templates import MAX_OUTPUT, ChatTemplate, TemplateTooLong

Emit = Callable[[P.EngineEvent], None]
_OFFLOADED = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")
_ABORTED = "llama_decode returned 2"


class _TemplatesRenderedByPonder:
    """Stands in for llama-cpp-python's Jinja2ChatFormatter.

    `Llama()` compiles every chat template in the model file with it at load,
    in this process and without limits: a hostile template (a constant
    expression like `9**9**9**9` is evaluated while compiling) would hang or
    exhaust the engine before Ponder renders anything. Ponder never uses
    llama-cpp-python's chat handlers; it renders templates in its own limited
    worker (engine/template_worker.py).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def to_chat_handler(self) -> Callable[..., Any]:
        def unavailable(**_kwargs: Any) -> Any:
            raise RuntimeError("Ponder renders chat templates itself (engine/template_worker.py)")

        return unavailable


# type: ignore: a deliberate stand-in of another class, see its docstring
llama_cpp.llama_chat_format.Jinja2ChatFormatter = _TemplatesRenderedByPonder  # type: ignore[misc, assignment]


def kept_log_line(level: int, text: bytes) -> str:
    """The llama.cpp log lines worth keeping ("" for the rest).

    ggml's levels: 1 debug, 2 info, 3 warn, 4 error, 5 continued line. Warnings and errors
    explain failures; the info line "offloaded N/M layers to GPU" says where the model went.
    """
    if level in (3, 4) or (level == 2 and b"offloaded" in text):
        return text.decode("utf-8", errors="replace").strip()
    return ""


# llama.cpp keeps the log callback for the life of the process, so it is one module-level function
# (never freed) that hands each line to the newest backend, held weakly (a backend can still go away).
_log_sink: weakref.WeakMethod | None = None


def _on_llama_log(level: int, text: bytes, _data: ctypes.c_void_p) -> None:
    sink = _log_sink() if _log_sink is not None else None
    if sink is not None:
        sink(level, text)


_LLAMA_LOG = llama_cpp.llama_log_callback(_on_llama_log)


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class LlamaBackend:
    """One loaded model, its KV cache and its saved turn states."""

    def __init__(self) -> None:
        self.llm: llama_cpp.Llama | None = None
        self.info: ModelInfo | None = None
        self.template: ChatTemplate | None = None
        self.recurrent = False
        self.checkpoints = CheckpointStore()
        self.profile = profiles.PROFILES["plain"]
        self.renderer = TemplateWorker()
        self._stop = threading.Event()
        self._answer_now = threading.Event()
        self._abort_armed = False
        self._abort_cb = llama_cpp.ggml_abort_callback(self._should_abort)
        self._no_abort_cb = llama_cpp.ggml_abort_callback()
        self._log: deque[str] = deque(maxlen=40)
        global _log_sink
        _log_sink = weakref.WeakMethod(self._on_log)
        llama_cpp.llama_log_set(_LLAMA_LOG, ctypes.c_void_p(0))
        self._pieces: dict[int, bytes] = {}

    # -- control from the host's reader thread -------------------------------
    def request_stop(self) -> None:
        self._stop.set()

    def request_answer_now(self) -> None:
        self._answer_now.set()

    def clear_stop(self) -> None:
        self._stop.clear()
        self._answer_now.clear()

    def _should_abort(self, _data: ctypes.c_void_p) -> bool:
        return self._stop.is_set()

    def _on_log(self, level: int, text: bytes) -> None:
        line = kept_log_line(level, text)
        if line:
            self._log.append(line)

    def _recent_log(self) -> str:
        errors = [line for line in self._log if "error" in line.lower() or "failed" in line.lower()]
        return "; ".join(errors[-3:])

    # -- loading -------------------------------------------------------------
    def load(self, opts: P.LoadOptions) -> P.LoadedEvent:
        info = read_model_info(opts.path)  # GGUFError names the problem
        try:
            profile = profiles.by_family(opts.family) if opts.family else profiles.detect(info)
        except ValueError as exc:
            raise EngineError(message_of(exc)) from None
        try:
            opts.path.encode("utf-8")
        except UnicodeEncodeError:
            raise EngineError(Text(translate("Engine", "the model's file name {path} is not valid UTF-8, which "
                                                       "llama.cpp cannot open; rename the file"),
                                   path=repr(opts.path))) from None
        self.unload()  # before measuring free memory: the old model's cache is freed
        self.renderer.start()  # ready by the first message; starts while the model loads
        supports_gpu = bool(llama_cpp.llama_supports_gpu_offload())
        hw = detect_hardware() if supports_gpu else None
        ram = hw.ram_available if hw else system_memory()[1]
        try:  # every option against the model and this computer, before llama.cpp sees it
            resolved = check_load(opts, info, ram, hw.best_gpu_free if hw else 0)
        except ValueError as exc:
            raise EngineError(message_of(exc)) from None
        layers = resolved.gpu_layers if supports_gpu else 0
        attempts = [layers]
        if layers != 0:
            n = info.block_count or 32
            attempts += [x for x in (n // 2, n // 4, 0) if x != layers]
        threads, n_ctx = resolved.threads, resolved.n_ctx
        notices: list[str] = []
        started = time.perf_counter()
        for n_layers in attempts:
            self._log.clear()
            try:
                self.llm = llama_cpp.Llama(
                    model_path=opts.path,
                    n_ctx=n_ctx,
                    n_gpu_layers=n_layers,
                    n_threads=threads,
                    n_threads_batch=threads,
                    n_batch=512,
                    verbose=False,
                )
                break
            except (ValueError, RuntimeError) as exc:
                reason = self._recent_log() or str(exc)
                if n_layers == attempts[-1]:
                    raise EngineError(Text(translate("Engine", "could not load {name}: {reason}"),
                                           name=Path(opts.path).name, reason=reason)) from exc
                notices.append(
                    Text(translate("Engine", "loading with all GPU layers failed ({reason}); retrying with fewer"),
                         reason=reason) if n_layers < 0 else
                    Text(translate("Engine", "loading with {layers} GPU layers failed ({reason}); retrying with "
                                             "fewer"), layers=n_layers, reason=reason)
                )
        assert self.llm is not None
        self.info = info
        self.template = ChatTemplate.for_model(info.chat_template, info.bos_token, info.eos_token)
        model = self.llm.model
        self.recurrent = bool(llama_cpp.llama_model_is_recurrent(model) or llama_cpp.llama_model_is_hybrid(model))
        self._vocab = llama_cpp.llama_model_get_vocab(self.llm.model)
        self.profile = profile
        self._tag_tokens()
        used_layers = (info.block_count + 1 if n_layers < 0 else n_layers) if supports_gpu else 0
        offloaded = [m for line in self._log if (m := _OFFLOADED.search(line))]
        if supports_gpu and offloaded:  # what llama.cpp really did (it falls back to the CPU quietly)
            used_layers = int(offloaded[-1].group(1))
        placement = describe_backend(
            gpu_build=supports_gpu, system_info=llama_cpp.llama_print_system_info().decode(errors="replace"),
            requested_layers=layers, used_layers=used_layers, total_layers=info.block_count + 1,
            gpus=hw.gpus if hw else nvidia_gpus()[0], log=self._log, fell_back=bool(notices))
        return {
            "event": Event.LOADED,
            "model": opts.name or info.name,
            "path": info.path,
            "architecture": info.architecture,
            "n_ctx": self.llm.n_ctx(),
            "gpu_layers": used_layers,
            "offload": "gpu" if used_layers else "cpu",
            "backend": placement.backend,
            "backend_reason": placement.reason,
            "threads": threads,
            "template": self.template.name,
            "recurrent": self.recurrent,
            "family": profile.family,
            "reasoning": profile.reasoning,
            "load_s": round(time.perf_counter() - started, 3),
            "notices": notices,
        }

    def _tag_tokens(self) -> None:
        """Reasoning tags that are single special tokens (Nemotron-H) are known by id.

        llama.cpp hides control tokens when detokenizing; these ids render as
        their tag text so the splitter sees them.
        """
        assert self.llm is not None
        for tag in (self.profile.start_tag, self.profile.end_tag):
            ids = self.llm.tokenize(tag.encode(), add_bos=False, special=True)
            if len(ids) == 1 and self.piece(ids[0]) != tag.encode():
                self._pieces[ids[0]] = tag.encode()

    def reset_context(self) -> None:
        """Forget what the context holds (after an unexpected failure mid-reply)."""
        if self.llm is not None:
            self.llm.reset()
            self.llm.n_tokens = 0

    def unload(self) -> None:
        if self.llm is not None:
            self.llm.close()
        self.llm, self.info, self.template = None, None, None
        self.checkpoints.clear()
        self._pieces.clear()

    # -- prompts -------------------------------------------------------------
    def tokenize(self, text: str) -> list[int]:
        assert self.llm is not None and self.info is not None
        data = text.encode("utf-8")
        bos = self.info.add_bos_token and not (
            self.info.bos_token and text.startswith(self.info.bos_token)
        )
        return self.llm.tokenize(data, add_bos=bos, special=True)

    def render(self, messages: list[dict[str, Any]], kwargs: dict[str, Any], gen: bool) -> str:
        """The model's template in the limited worker; Stop ends a render at once (RenderCancelled)."""
        assert self.template is not None and self.llm is not None
        return self.renderer.render(self.template, messages, gen, kwargs,
                                    max_chars=max(MAX_OUTPUT, self.llm.n_ctx() * 64),
                                    should_stop=self._stop.is_set)

    def build_prompt(
        self, messages: list[dict[str, Any]], kwargs: dict[str, Any], reserve: int,
        prefill: str = "",
    ) -> tuple[list[int], str, int, int]:
        """The prompt's tokens and text, where the last user turn ends, how many messages were dropped.

        When the conversation does not fit, the oldest turns go first; the
        system message and the newest user message always stay.
        """
        assert self.llm is not None
        n_ctx = self.llm.n_ctx()
        system = [m for m in messages[:1] if m.get("role") == "system"]
        rest = messages[len(system):]
        dropped = 0
        while True:
            convo = system + rest[dropped:]
            try:
                text = self.render(convo, kwargs, gen=True) + prefill
                prompt = self.tokenize(text)
                too_long = False
            except TemplateTooLong:  # far longer than any context: leave out older turns
                text, prompt, too_long = "", [], True
            if not too_long and not (text.strip() and prompt):
                raise EngineError(Text(translate(
                    "Engine", "the model's chat template produced an empty prompt, so there is nothing to "
                              "answer; the template in the model file is broken")))
            if prompt and len(prompt) + reserve <= n_ctx:
                break
            if dropped >= len(rest) - 1:
                if too_long:
                    raise EngineError(Text(translate(
                        "Engine", "the message is too long: the prompt needs more characters than any context "
                                  "holds but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). "
                                  "Shorten it or raise the context size."), n_ctx=n_ctx, reserve=reserve))
                raise EngineError(Text(translate(
                    "Engine", "the message is too long: the prompt needs {tokens:,} tokens but the context holds "
                              "{n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context "
                              "size."), tokens=len(prompt), n_ctx=n_ctx, reserve=reserve))
            dropped += 1
            while dropped < len(rest) - 1 and rest[dropped].get("role") != "user":
                dropped += 1
        turn_end = common_prefix(prompt, self.tokenize(self.render(convo, kwargs, gen=False)))
        return prompt, text, min(turn_end, len(prompt) - 1), dropped

    def raw_prompt(self, text: str, reserve: int) -> list[int]:
        """A prompt to continue as it is (special tokens written in it count as such), checked to fit."""
        assert self.llm is not None
        prompt = self.tokenize(text)
        if not prompt:
            raise EngineError("the prompt is empty")
        n_ctx = self.llm.n_ctx()
        if len(prompt) + reserve > n_ctx:
            raise EngineError(f"the prompt is too long: it needs {len(prompt):,} tokens but the context "
                              f"holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise "
                              "the context size.")
        return prompt

    def _reuse_cache(self, prompt: list[int]) -> None:
        """Keep the longest usable prefix of what the context already holds."""
        llm = self.llm
        assert llm is not None
        keep = min(common_prefix(llm.input_ids[: llm.n_tokens].tolist(), prompt), len(prompt) - 1)
        if keep == llm.n_tokens:
            return
        if not self.recurrent and llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(llm.ctx), 0, keep, -1):
            llm.n_tokens = keep
            return
        checkpoint = self.checkpoints.best_for(prompt[: keep + 1])
        if checkpoint is not None and self.checkpoints.restore(llm.ctx, checkpoint):
            n = len(checkpoint.tokens)
            llm.input_ids[:n] = checkpoint.tokens
            llm.n_tokens = n
            return
        llm.reset()

    def _set_abort(self, armed: bool) -> None:
        # Armed only while a prompt is evaluated: llama.cpp calls it for every
        # graph node, which would slow token-by-token decoding.
        assert self.llm is not None
        if armed != self._abort_armed:
            cb = self._abort_cb if armed else self._no_abort_cb
            llama_cpp.llama_set_abort_callback(self.llm.ctx, cb, None)
            self._abort_armed = armed

    def _eval_prompt(self, prompt: list[int], turn_end: int) -> None:
        llm = self.llm
        assert llm is not None
        self._set_abort(True)
        try:
            if self.recurrent and llm.n_tokens <= turn_end:
                if llm.n_tokens < turn_end:
                    llm.eval(prompt[llm.n_tokens:turn_end])
                self.checkpoints.save(llm.ctx, prompt[:turn_end])
            llm.eval(prompt[llm.n_tokens:])
        except RuntimeError as exc:
            if _ABORTED not in str(exc):
                raise EngineError(Text(translate("Engine", "llama.cpp failed to evaluate the prompt: {error}"),
                                       error=str(exc))) from exc
            if self.recurrent:  # a half-evaluated recurrent state is unusable
                llm.reset()
            raise _Cancelled from None
        finally:
            self._set_abort(False)

    def piece(self, token: int) -> bytes:
        cached = self._pieces.get(token)
        if cached is None:
            buf = ctypes.create_string_buffer(64)
            n = llama_cpp.llama_token_to_piece(self._vocab, token, buf, 64, 0, False)
            if n < 0:
                buf = ctypes.create_string_buffer(-n)
                n = llama_cpp.llama_token_to_piece(self._vocab, token, buf, -n, 0, False)
            cached = self._pieces[token] = buf.raw[: max(n, 0)]
        return cached

    # -- generation: prepare, decode, finish ----------------------------------
    def generate(self, request: P.GenerateRequest, emit: Emit) -> None:
        """Stream one reply as events; always ends with `done` or raises EngineError."""
        if request.heavy:
            from .heavy import HeavyReply

            self._checked(request)  # a bad request is refused before any candidate
            HeavyReply(self, request, emit).run()
            return
        turn = self._prepare(request, emit)
        if turn.finish is not FinishReason.CANCELLED:
            self._decode(turn)
        self._finish(turn)

    def _checked(self, request: P.GenerateRequest) -> tuple[int, ThinkingBudget, list[dict[str, Any]]]:
        """The request's token limit, budget and messages, or an EngineError saying what is wrong."""
        if self.llm is None or self.template is None:
            raise EngineError(Text(translate("Engine", "no model is loaded")))
        try:
            max_tokens = check_generate(request, self.llm.n_ctx())
            budget = ThinkingBudget(request.budget)
        except ValueError as exc:
            raise EngineError(message_of(exc)) from None
        messages = request.messages
        if request.prompt is not None:  # continued as it is: no conversation to check
            return max_tokens, budget, messages
        if not messages or messages[-1].get("role") != "user":
            raise EngineError("the conversation must end with a user message")
        if not str(messages[-1].get("content", "")).strip():
            raise EngineError(Text(translate("Engine", "the message is empty")))
        try:
            messages = self.profile.with_task(messages, request.task)
            messages = answer_language.for_request(self.profile, messages, request)
        except ValueError as exc:
            raise EngineError(message_of(exc)) from None
        if "reasoning_content" not in self.template.source:
            messages = [{k: v for k, v in m.items() if k != "reasoning_content"} for m in messages]
        return max_tokens, budget, messages

    def _prepare(self, request: P.GenerateRequest, emit: Emit) -> _Turn:
        """Render and evaluate the prompt (reusing the cache) and set up sampling.

        A stop during the render or the prompt's evaluation gives a turn already cancelled.
        """
        max_tokens, budget, messages = self._checked(request)
        llm, profile = self.llm, self.profile
        assert llm is not None
        reserve = min(max_tokens, max(16, llm.n_ctx() // 4))
        unopened = ReasoningSplitter(profile.start_tag, profile.end_tag)
        turn = _Turn(emit, ReplyText(self.piece, [], unopened, emit), budget, request.budget)
        if request.prompt is not None:
            text, dropped = request.prompt, 0
            prompt = self.raw_prompt(text, reserve)
            turn_end = len(prompt) - 1
        else:
            prepared = profile.prepare(messages, request.reasoning, request.budget)
            kwargs = {**prepared.template_kwargs, **request.template_kwargs}
            try:
                prompt, text, turn_end, dropped = self.build_prompt(
                    prepared.messages, kwargs, reserve, prepared.prefill)
            except RenderCancelled:
                turn.finish = FinishReason.CANCELLED
                return turn
        if dropped:
            emit(P.notice_event(Text(translate("Engine", "the conversation no longer fits the context: the oldest "
                                                         "{dropped} message(s) were left out"), dropped=dropped),
                                kind="context_trimmed", dropped_messages=dropped))
        if request.show_prompt:
            turn.prompt_text = text
        self._reuse_cache(prompt)
        reused, turn.prompt_tokens = llm.n_tokens, len(prompt)
        opened = profile.can_reason and text.rstrip().endswith(profile.start_tag)
        turn.opened = opened
        if request.prompt is not None and not opened:  # a continuation: the text as it comes, all answer
            splitter = ReasoningSplitter.continuing(profile.start_tag, profile.end_tag, in_reasoning=False)
        else:
            splitter = ReasoningSplitter(profile.start_tag, profile.end_tag, opened=opened)
        try:
            self._eval_prompt(prompt, turn_end)
        except _Cancelled:
            turn.finish = FinishReason.CANCELLED
            return turn
        turn.prompt_evaluated = len(prompt) - reused
        turn.prompt_s = time.perf_counter() - turn.started
        turn.reply = ReplyText(self.piece, request.sampling.stop, splitter, emit)  # thinking time starts now
        self._start_sampling(turn, request, max_tokens)
        return turn

    # -- heavy mode: several replies from one evaluated prompt ------------------------
    def fork_point(self, turn: _Turn) -> _ForkPoint:
        """What lets more replies start where this turn's prompt ends: the prompt's last logits,
        and for a recurrent model its sequence state (an attention cache is simply cut back)."""
        llm = self.llm
        assert llm is not None
        logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(llm.ctx, -1),
                                       shape=(llama_cpp.llama_vocab_n_tokens(self._vocab),)).copy()
        state = CheckpointStore(max_count=1).save(llm.ctx, llm.input_ids[: llm.n_tokens].tolist()) \
            if self.recurrent else None
        return _ForkPoint(llm.n_tokens, logits, state)

    def fork(self, base: _Turn, point: _ForkPoint, request: P.GenerateRequest, emit: Emit) -> _Turn:
        """A new reply from the fork point: nothing of the prompt is evaluated again."""
        llm = self.llm
        assert llm is not None
        max_tokens, budget, _messages = self._checked(request)
        if point.state is not None:
            if not CheckpointStore.restore(llm.ctx, point.state):
                raise EngineError(Text(translate("Engine", "llama.cpp could not restore the prompt's state for the "
                                                           "next candidate")))
        elif not llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(llm.ctx), 0, point.n_tokens, -1):
            raise EngineError(Text(translate("Engine", "llama.cpp could not cut the cache back to the prompt for the "
                                                       "next candidate")))
        llm.n_tokens = point.n_tokens
        ctypes.memmove(llama_cpp.llama_get_logits_ith(llm.ctx, -1), point.logits.ctypes.data,
                       point.logits.nbytes)  # the prompt's last logits: the first token is sampled from them
        profile = self.profile
        splitter = ReasoningSplitter(profile.start_tag, profile.end_tag, opened=base.opened)
        turn = _Turn(emit, ReplyText(self.piece, request.sampling.stop, splitter, emit), budget, request.budget)
        turn.opened, turn.prompt_tokens, turn.prompt_s = base.opened, base.prompt_tokens, 0.0
        self._start_sampling(turn, request, max_tokens)
        return turn

    def _start_sampling(self, turn: _Turn, request: P.GenerateRequest, max_tokens: int) -> None:
        """The sampler, the reply's room and the closing sequence a budget forces."""
        llm, profile, s = self.llm, self.profile, request.sampling
        assert llm is not None
        llm.set_seed(s.seed if s.seed is not None else random.getrandbits(31))
        turn.sample = self._sampler(s)
        turn.max_new = min(max_tokens, llm.n_ctx() - turn.prompt_tokens)
        turn.close = self._close_tokens(profile.closing_text(request.wrap_up))
        if profile.can_reason:  # keep room for an answer after the reasoning
            turn.budget.hard_cap = max(1, turn.max_new - len(turn.close) - min(256, turn.max_new // 4))

    def _sampler(self, s: P.Sampling) -> Callable[[], int]:
        """Sample the next token from the last logits.

        llama-cpp-python has no public sampler for token-by-token use: `_init_sampler` and
        `_ctx` are its own internals, which is why pyproject pins its version exactly.
        """
        llm = self.llm
        assert llm is not None
        sampler = llm._init_sampler(top_k=s.top_k, top_p=s.top_p, min_p=s.min_p, temp=s.temperature,
                                    repeat_penalty=s.repeat_penalty)
        ctx = llm._ctx
        return lambda: int(sampler.sample(ctx, -1))

    def _decode(self, turn: _Turn) -> None:
        """Sample token by token until the end of turn, a stop string, the length limit or Stop."""
        llm, splitter, reply, budget = self.llm, turn.reply.splitter, turn.reply, turn.budget
        assert llm is not None
        generated = 0
        while True:
            if self._stop.is_set():
                turn.finish = FinishReason.CANCELLED
                break
            if self._answer_now.is_set():
                budget.answer_now()
            if budget.force_before_sampling(splitter.in_reasoning):
                self._force(turn.close if budget.count else self._close_tokens(self.profile.close_sequence),
                            reply, budget)
            token = turn.sample()
            if turn.first_token_at is None:
                turn.first_token_at = time.perf_counter()
            if llama_cpp.llama_vocab_is_eog(self._vocab, token):
                if splitter.in_reasoning and not budget.finished:
                    # the model ended its turn inside the reasoning: close it and
                    # let it answer, rather than leave the user without one
                    budget.close_now()
                    self._force(self._close_tokens(self.profile.close_sequence), reply, budget)
                    continue
                turn.finish = FinishReason.STOP
                break
            generated += 1
            before, after, piece, turn.stopped_by_string = reply.token(token)
            if turn.stopped_by_string:
                turn.finish = FinishReason.STOP
                break
            if generated + reply.forced_tokens >= turn.max_new:
                break
            llm.eval([token])
            turn.decode_evals += 1
            if budget.after_token(before, after, piece, reply.utf8_pending):
                self._force(turn.close, reply, budget)
        reply.finish(stopped_by_string=turn.stopped_by_string)

    def _close_tokens(self, text: str) -> list[int]:
        assert self.llm is not None
        return self.llm.tokenize(text.encode(), add_bos=False, special=True)

    def _force(self, tokens: list[int], reply: ReplyText, budget: ThinkingBudget) -> None:
        """Put the closing sequence into the same KV cache; the prompt is not evaluated again."""
        assert self.llm is not None
        self.llm.eval(tokens)
        reply.forced(b"".join(self.piece(t) for t in tokens).decode("utf-8", "replace"), len(tokens))
        budget.forced()

    def _finish(self, turn: _Turn) -> None:
        """The reply's stats, then its `done`."""
        now = time.perf_counter()
        reply, started, first = turn.reply, turn.started, turn.first_token_at
        prompt_s = turn.prompt_s if turn.prompt_s is not None else now - started
        decode_s = now - first if first else 0.0
        evaluated = turn.prompt_evaluated
        stats: P.StatsEvent = {
            "event": Event.STATS,
            "prompt_tokens": turn.prompt_tokens,
            "prompt_tokens_evaluated": evaluated,
            "budget": turn.budget_asked,
            "evaluated_tokens": evaluated + turn.decode_evals + reply.forced_tokens,
            "generated_tokens": reply.reasoning_tokens + reply.answer_tokens,
            "reasoning_tokens": reply.reasoning_tokens,
            "answer_tokens": reply.answer_tokens,
            "forced_tokens": reply.forced_tokens,
            "budget_exhausted": turn.budget.exhausted,
            "reasoning_unfinished": reply.splitter.unfinished,
            "thinking_s": round(reply.thinking_s, 4),
            "ttft_s": round((first or now) - started, 4),
            "prompt_tokens_per_s": round(evaluated / prompt_s, 2) if prompt_s > 0 else 0.0,
            "decode_tokens_per_s": round(turn.decode_evals / decode_s, 2) if decode_s > 0 else 0.0,
            "total_s": round(now - started, 4),
            "checkpoints": len(self.checkpoints),
        }
        if turn.prompt_text is not None:
            stats["prompt_text"] = turn.prompt_text
        turn.emit(stats)
        turn.emit(P.done_event(turn.finish))


@dataclass
class _Turn:
    """One reply in progress: set up by _prepare, advanced by _decode, reported by _finish."""

    emit: Emit
    reply: ReplyText
    budget: ThinkingBudget
    budget_asked: int  # as the request said (stats report it)
    started: float = field(default_factory=time.perf_counter)
    sample: Callable[[], int] = lambda: -1
    max_new: int = 0
    close: list[int] = field(default_factory=list)  # the budget's closing sequence, as tokens
    prompt_tokens: int = 0
    prompt_evaluated: int = 0
    prompt_s: float | None = None
    first_token_at: float | None = None
    decode_evals: int = 0
    finish: FinishReason = FinishReason.LENGTH
    stopped_by_string: bool = False
    opened: bool = False  # the prompt opened the reasoning
    prompt_text: str | None = None  # the prompt as rendered, when the request asked to see it


@dataclass(frozen=True)
class _ForkPoint:
    """Where a prompt's evaluation ended, kept to start more replies from it (heavy mode)."""

    n_tokens: int
    logits: np.ndarray  # the prompt's last logits
    state: Checkpoint | None  # a recurrent model's sequence state (None: the cache is cut back)


class _Cancelled(Exception):
    """A stop request arrived while the prompt was being evaluated."""
