"""Model families: how each one switches reasoning on and off, and how it likes to be sampled.

Detected from GGUF metadata (architecture, name fields, the chat template's own
features), never from the file name; the user can override the family.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .gguf_meta import ModelInfo
from .messages import Text, translate
from .protocol import BUDGET_UNLIMITED, SAMPLING_NAMES, ReasoningMode, thinking_allowed

ON, OFF, AUTO = ReasoningMode.ON, ReasoningMode.OFF, ReasoningMode.AUTO

# How reasoning is switched.
SWITCH_SYSTEM_FLAG = "system_flag"  # /think or /no_think in the system message
SWITCH_KWARG = "kwarg"  # the template's enable_thinking
SWITCH_SYSTEM_PROMPT = "system_prompt"  # "detailed thinking on|off"
SWITCH_NONE = "none"



class ReasoningKind(StrEnum):
    """Whether a family reasons: it can be switched, it always does, or it does not."""

    SWITCHABLE = "switchable"
    ALWAYS = "always"
    NONE = "none"


SWITCHABLE, ALWAYS, NONE = ReasoningKind.SWITCHABLE, ReasoningKind.ALWAYS, ReasoningKind.NONE

DEFAULT_WRAP_UP = "Considering the limited time, I have to give the answer based on my thinking so far."


@dataclass(frozen=True)
class PreparedChat:
    """What a profile makes of a conversation for one reply."""

    messages: list[dict[str, Any]]
    template_kwargs: dict[str, Any]
    prefill: str = ""  # text appended after the generation prompt
    reasoning_on: bool = False


@dataclass(frozen=True)
class Profile:
    family: str
    label: str
    reasoning: ReasoningKind
    switch: str = SWITCH_NONE
    default_on: bool = True
    sampling_on: dict[str, Any] = field(default_factory=dict)
    sampling_off: dict[str, Any] = field(default_factory=dict)
    min_max_tokens: int = 0
    start_tag: str = "<think>"
    end_tag: str = "</think>"
    close_sequence: str = "\n</think>\n\n"
    presets: dict[str, str] = field(default_factory=dict)
    note: str = ""

    def __post_init__(self) -> None:
        unknown = (set(self.sampling_on) | set(self.sampling_off)) - SAMPLING_NAMES
        if unknown:
            raise ValueError(f"profile {self.family}: {sorted(unknown)} are not sampling fields")

    @property
    def can_reason(self) -> bool:
        return self.reasoning != NONE

    def wants_reasoning(self, mode: str) -> bool:
        if self.reasoning == NONE:
            return False
        if self.reasoning == ALWAYS:
            return True
        if mode == ON:
            return True
        return False if mode == OFF else self.default_on

    def sampling(self, reasoning_on: bool) -> dict[str, Any]:
        """Recommended sampling for this family in this mode (before user overrides): Sampling's
        field names and values."""
        values = dict(self.sampling_on if reasoning_on else self.sampling_off)
        if self.min_max_tokens:
            values["max_tokens"] = max(values.get("max_tokens", 0), self.min_max_tokens)
        return values

    def reasoning_on(self, mode: str, budget: int) -> bool:
        """Whether a reply in this mode with this budget reasons (BUDGET_OFF switches it off)."""
        return self.wants_reasoning(mode) and thinking_allowed(budget)

    def prepare(self, messages: list[dict[str, Any]], mode: str = AUTO,
                budget: int = BUDGET_UNLIMITED) -> PreparedChat:
        """Switch reasoning through this family's own control; BUDGET_OFF switches it off."""
        on = self.reasoning_on(mode, budget)
        msgs = [dict(m) for m in messages]
        kwargs: dict[str, Any] = {}
        prefill = ""
        if self.reasoning == SWITCHABLE:
            if self.switch == SWITCH_KWARG:
                kwargs["enable_thinking"] = on
            elif self.switch == SWITCH_SYSTEM_FLAG:
                _set_system(msgs, "/think" if on else "/no_think", keep_user=True)
            elif self.switch == SWITCH_SYSTEM_PROMPT:
                _set_system(msgs, "detailed thinking on" if on else "detailed thinking off",
                            keep_user=True, separator="\n\n")
                if not on:
                    prefill = "<think>\n</think>\n\n"
        # An always-on family still answers with budget 0: the engine closes
        # the reasoning as soon as it opens.
        return PreparedChat(msgs, kwargs, prefill, self.wants_reasoning(mode) and
                            (thinking_allowed(budget) or self.reasoning == ALWAYS))

    def with_task(self, messages: list[dict[str, Any]], task: str) -> list[dict[str, Any]]:
        """The conversation with a task preset (math, code, science) put before the last question,
        as the family's model card prompts it; ValueError for a task the family has no preset for."""
        if not task:
            return messages
        if task not in self.presets:
            if not self.presets:
                raise ValueError(Text(translate("Engine", "the task {task} has no preset for {label} models "
                                                          "(presets: none)"), task=repr(task), label=self.label))
            raise ValueError(Text(translate("Engine", "the task {task} has no preset for {label} models "
                                                      "(presets: {known})"),
                                  task=repr(task), label=self.label, known=", ".join(self.presets)))
        out = [dict(m) for m in messages]
        out[-1]["content"] = f"{self.presets[task]}\n\n{out[-1].get('content', '')}"
        return out

    def closing_text(self, wrap_up: str | None = None) -> str:
        """What ends a thought early (a budget, Answer now): the wrap-up sentence (None: the default,
        "": none) then the family's closing sequence."""
        sentence = (DEFAULT_WRAP_UP if wrap_up is None else wrap_up).strip()
        return ("\n" + sentence if sentence else "") + self.close_sequence

    def to_json(self) -> dict[str, Any]:
        return {"family": self.family, "label": self.label, "reasoning": self.reasoning,
                "switch": self.switch, "default_on": self.default_on, "note": self.note}


def _set_system(msgs: list[dict[str, Any]], flag: str, keep_user: bool, separator: str = " ") -> None:
    if msgs and msgs[0].get("role") == "system":
        own = str(msgs[0].get("content", "")).strip()
        if flag.startswith("detailed"):
            msgs[0]["content"] = flag + (separator + own if own and keep_user else "")
        else:
            msgs[0]["content"] = (own + separator if own else "") + flag
    else:
        msgs.insert(0, {"role": "system", "content": flag})


# Family labels: the Nemotron families' are proper names; the generic ones are translated.
# Notes are for developers (ponder models --json), except the one the window shows.
THINKING_MODEL = Text(translate("Engine", "Thinking model"))
_REASONING_ON = {"temperature": 0.6, "top_p": 0.95, "top_k": 0, "min_p": 0.0}
_GREEDY = {"temperature": 0.0}

PROFILES: dict[str, Profile] = {p.family: p for p in (
    Profile(
        "nemotron-nano-v2", "NVIDIA Nemotron Nano v2", SWITCHABLE, SWITCH_SYSTEM_FLAG, True,
        sampling_on=_REASONING_ON, sampling_off=_GREEDY, min_max_tokens=1024,
        note="/think or /no_think in the system message; the template prefills <think>",
    ),
    Profile(
        "nemotron-3-nano", "NVIDIA Nemotron 3 Nano", SWITCHABLE, SWITCH_KWARG, True,
        sampling_on={"temperature": 1.0, "top_p": 0.95, "top_k": 0, "min_p": 0.0},
        sampling_off={"temperature": 0.6, "top_p": 0.95, "top_k": 0, "min_p": 0.0},
        note="template kwarg enable_thinking; earlier reasoning is dropped from the history",
    ),
    Profile(
        "llama-nemotron", "Llama Nemotron", SWITCHABLE, SWITCH_SYSTEM_PROMPT, True,
        sampling_on=_REASONING_ON, sampling_off=_GREEDY,
        note="system prompt 'detailed thinking on|off'; the model writes <think> itself",
    ),
    Profile(
        "openreasoning-nemotron", "OpenReasoning Nemotron", ALWAYS,
        sampling_on={**_REASONING_ON, "max_tokens": 65536},
        presets={
            "math": "Solve the following math problem. Make sure to put the answer (and only "
                    "answer) inside \\boxed{}.",
            "code": "You are a helpful and harmless assistant. You should think step-by-step "
                    "before responding to the instruction below. Please use python programming "
                    "language only. You must use ```python for just the final solution code "
                    "block with the following format:\n```python\n# Your code here\n```",
            # NeMo-Skills' boxed multiple-choice instruction (generic/mcq-boxed): GPQA-style questions
            "science": "Solve the following problem. Make sure to put the final answer (should be a single "
                       "letter) into a \\boxed{}.",
        },
        note="always reasons; budget 0 closes the reasoning as soon as it opens",
    ),
    Profile(
        "generic-thinking", THINKING_MODEL, SWITCHABLE, SWITCH_KWARG, True,
        sampling_on=_REASONING_ON, sampling_off={"temperature": 0.7, "top_p": 0.8},
        note="template kwarg enable_thinking",
    ),
    Profile(
        "generic-thinking-always", THINKING_MODEL, ALWAYS,
        sampling_on=_REASONING_ON,
        note="the template opens <think> itself",
    ),
    Profile(
        "plain", Text(translate("Engine", "Chat model")), NONE,
        sampling_on={"temperature": 0.7, "top_p": 0.95}, sampling_off={"temperature": 0.7, "top_p": 0.95},
        # shown in the window (the reasoning control says why it is off)
        note=Text(translate("Engine", "this model does not reason: the reasoning controls are off")),
    ),
)}


def by_family(family: str) -> Profile:
    try:
        return PROFILES[family]
    except KeyError:
        raise ValueError(Text(translate("Engine", "unknown model family {family} (known: {names})"),
                              family=repr(family), names=", ".join(PROFILES))) from None


def detect(info: ModelInfo) -> Profile:
    """The family of a model, from its metadata and its chat template's features."""
    template = info.chat_template
    names = " ".join((info.name, info.basename, info.finetune)).casefold().replace("_", "-")
    arch = info.architecture
    if "enable_thinking" in template and "truncate_history_thinking" in template:
        return PROFILES["nemotron-3-nano"]
    if "/no_think" in template and "<SPECIAL_1" in template:
        return PROFILES["nemotron-nano-v2"]
    if arch in ("nemotron_h", "nemotron_h_moe"):
        if "nemotron-3" in names or "nemotron 3" in names or arch == "nemotron_h_moe":
            return PROFILES["nemotron-3-nano"]
        return PROFILES["nemotron-nano-v2"]
    if "detailed thinking" in template or (arch in ("llama", "deci") and "nemotron" in names):
        return PROFILES["llama-nemotron"]
    if "openreasoning" in names:
        return PROFILES["openreasoning-nemotron"]
    if "enable_thinking" in template:
        return PROFILES["generic-thinking"]
    if "<think>" in template:
        return PROFILES["generic-thinking-always"]
    return PROFILES["plain"]


# A remote model is known only by the id its server gives it ("nvidia/NVIDIA-Nemotron-Nano-9B-v2").
_NAME_FAMILIES = (  # first match wins: "openreasoning-nemotron-32b" must not read as Nemotron 3
    ("openreasoning-nemotron", "openreasoning-nemotron"),
    ("nemotron-3-", "nemotron-3-nano"),
    ("nemotron-nano-9b-v2", "nemotron-nano-v2"),
    ("nemotron-nano-12b-v2", "nemotron-nano-v2"),
    ("nemotron-h", "nemotron-nano-v2"),
    ("nano-v2", "nemotron-nano-v2"),
    ("llama-3.1-nemotron", "llama-nemotron"),
    ("llama-3.3-nemotron", "llama-nemotron"),
    ("llama-nemotron", "llama-nemotron"),
    ("qwen3", "generic-thinking"),
    ("deepseek-r1", "generic-thinking-always"),
    ("qwq", "generic-thinking-always"),
)


def detect_from_name(model_id: str) -> Profile:
    """The family of a model known only by its name (a remote server's model id)."""
    name = model_id.casefold().replace("_", "-").replace(" ", "-")
    name = name.replace("llama-3-1", "llama-3.1").replace("llama-3-3", "llama-3.3")
    for needle, family in _NAME_FAMILIES:
        if needle in name:
            return PROFILES[family]
    return PROFILES["plain"]

