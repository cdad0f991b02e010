"""The language a reply is written in, asked of the model the way its family takes instructions.

NVIDIA's multilingual post-training data (Nemotron-Post-Training-Dataset-v2: French, Spanish,
German, Italian, Japanese) translated prompts and answers and kept the reasoning in English, so
"think in English, answer in mine" is a natural request for these models, and the default.

The instruction is one English sentence (the models follow English instructions best) put where
the family's model card puts instructions, never touching its reasoning switch:

- Llama-3.1-Nemotron (switch: the whole system prompt is "detailed thinking on|off", "all
  instructions should be put into the user prompt") and OpenReasoning-Nemotron and other
  always-reasoning distills (no system prompt: "all instructions in the user prompt"): after
  the last user message.
- Nemotron Nano v2 (the `/think` flag in the system message), Nemotron 3 Nano (the template's
  `enable_thinking`), other thinking and plain models: in the system message, after the user's
  own system prompt; the family's flag is added after it by `Profile.prepare` as before.

Automatic (no language named) adds nothing, unless English reasoning is asked for: the models
answer in the language they are asked in.
"""

from __future__ import annotations

from typing import Any

from .profiles import ALWAYS, SWITCH_SYSTEM_PROMPT, Profile
from .protocol import GenerateRequest

# The languages a reply can be asked in: code → the language's English name (used in the instruction).
ANSWER_LANGUAGES: dict[str, str] = {
    "en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "ja": "Japanese",
}
AUTOMATIC = ""
# Each language named in itself, never translated (a reader finds their own): the interface
# languages and the answer languages are the same six.
NATIVE_NAMES: dict[str, str] = {
    "en": "English", "fr": "Français", "es": "Español", "de": "Deutsch", "it": "Italiano", "ja": "日本語",
}


def check(language: str, reason_in_english: Any = False) -> None:
    """ValueError for a language (or flag) the engine cannot ask for."""
    if language != AUTOMATIC and language not in ANSWER_LANGUAGES:
        raise ValueError(f"answer_language must be one of {', '.join(ANSWER_LANGUAGES)} or empty "
                         f"(automatic), not {language!r}")
    if not isinstance(reason_in_english, bool):
        raise ValueError("reason_in_english must be true or false")


def instruction(language: str, reason_in_english: bool, reasoning_on: bool) -> str:
    """The sentence that asks for the language ("" when nothing needs asking)."""
    check(language, reason_in_english)
    name = ANSWER_LANGUAGES.get(language, "")
    if not reasoning_on:
        return f"Answer in {name}." if name else ""
    if reason_in_english:
        target = name or "the language of the user's message"
        return f"Think in English, then write your final answer in {target}."
    return f"Think and write your answer in {name}." if name else ""


def in_user_message(profile: Profile) -> bool:
    """Whether the family takes instructions in the user's message rather than the system's."""
    return profile.switch == SWITCH_SYSTEM_PROMPT or profile.reasoning == ALWAYS


def with_answer_language(profile: Profile, messages: list[dict[str, Any]], language: str,
                         reason_in_english: bool, reasoning_on: bool) -> list[dict[str, Any]]:
    """The conversation with the instruction in the family's place (unchanged when none is needed).
    Only this reply's request changes: the stored chat keeps what the user wrote."""
    sentence = instruction(language, reason_in_english, reasoning_on)
    if not sentence or not messages:
        return messages
    out = [dict(m) for m in messages]
    if in_user_message(profile):
        last = max((i for i, m in enumerate(out) if m.get("role") == "user"), default=None)
        if last is None:
            return messages
        own = str(out[last].get("content") or "")
        out[last]["content"] = f"{own}\n\n{sentence}" if own else sentence
    elif out[0].get("role") == "system":
        own = str(out[0].get("content") or "").strip()
        out[0]["content"] = f"{own}\n\n{sentence}" if own else sentence
    else:
        out.insert(0, {"role": "system", "content": sentence})
    return out


def for_request(profile: Profile, messages: list[dict[str, Any]], request: GenerateRequest) -> list[dict[str, Any]]:
    """`with_answer_language` with the request's choice, for its reasoning mode and budget."""
    return with_answer_language(profile, messages, request.answer_language, request.reason_in_english,
                                profile.reasoning_on(request.reasoning, request.budget))
