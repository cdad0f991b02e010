"""Model families: detection from metadata and exact prompts in both reasoning modes."""

from __future__ import annotations

import pytest

from engine import profiles
from engine.gguf_meta import ModelInfo
from engine.templates import ChatTemplate
from tests.conftest import REFERENCE_TEMPLATES

NANO_V2 = (REFERENCE_TEMPLATES / "NVIDIA-Nemotron-Nano-v2.jinja").read_text()
NEMO3 = (REFERENCE_TEMPLATES / "NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.jinja").read_text()
LLAMA31 = (REFERENCE_TEMPLATES / "meta-llama-Llama-3.1-8B-Instruct.jinja").read_text()
QWEN25 = (REFERENCE_TEMPLATES / "Qwen-Qwen2.5-7B-Instruct.jinja").read_text()
QWEN3 = (REFERENCE_TEMPLATES / "Qwen-Qwen3-0.6B.jinja").read_text()
R1 = (REFERENCE_TEMPLATES / "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B.jinja").read_text()
CHATML = "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"


def info(arch: str, name: str, template: str, basename: str = "", finetune: str = "") -> ModelInfo:
    return ModelInfo(path="/models/x.gguf", file_size=1, architecture=arch, name=name,
                     basename=basename, finetune=finetune, chat_template=template)


@pytest.mark.parametrize("model, family, reasoning", [
    (info("nemotron_h", "NVIDIA Nemotron Nano 9B v2", NANO_V2), "nemotron-nano-v2", "switchable"),
    (info("nemotron_h", "Nemotron Nano 9B v2", ""), "nemotron-nano-v2", "switchable"),
    (info("nemotron_h", "NVIDIA Nemotron 3 Nano 4B", NEMO3), "nemotron-3-nano", "switchable"),
    (info("nemotron_h_moe", "Nemotron 3 Nano 30B A3B", NEMO3), "nemotron-3-nano", "switchable"),
    (info("nemotron_h_moe", "Some MoE", ""), "nemotron-3-nano", "switchable"),
    (info("llama", "Llama 3.1 Nemotron Nano 8B v1", LLAMA31), "llama-nemotron", "switchable"),
    (info("deci", "Llama 3_3 Nemotron Super 49B v1", LLAMA31), "llama-nemotron", "switchable"),
    (info("qwen2", "OpenReasoning Nemotron 7B", QWEN25, basename="OpenReasoning-Nemotron"),
     "openreasoning-nemotron", "always"),
    (info("qwen3", "Qwen3 0.6B", QWEN3), "generic-thinking", "switchable"),
    (info("qwen2", "DeepSeek R1 Distill Qwen 32B", R1), "generic-thinking", "switchable"),
    (info("qwen2", "Some distill", "<|Assistant|><think>\n"), "generic-thinking-always", "always"),
    (info("qwen2", "Qwen2.5 7B Instruct", QWEN25), "plain", "none"),
    (info("llama", "Meta Llama 3.1 8B Instruct", LLAMA31), "plain", "none"),
    # SmolLM2 carrying the Nemotron 3 template: the template decides, not the architecture
    (info("llama", "NVIDIA-Nemotron-3-Nano-4B test double", NEMO3), "nemotron-3-nano", "switchable"),
])
def test_detection(model: ModelInfo, family: str, reasoning: str) -> None:
    profile = profiles.detect(model)
    assert (profile.family, profile.reasoning) == (family, reasoning)


def test_file_name_alone_decides_nothing() -> None:
    model = ModelInfo(path="/models/NVIDIA-Nemotron-Nano-9B-v2-Q4_K_M.gguf", file_size=1,
                      architecture="llama", name="tiny", chat_template=CHATML)
    assert profiles.detect(model).family == "plain"


MSGS = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]


def render(template: str, family: str, mode: str, budget: int = -1, msgs=MSGS) -> str:
    prepared = profiles.by_family(family).prepare(msgs, mode, budget)
    return ChatTemplate(template, "<s>", "</s>").render(
        prepared.messages, **prepared.template_kwargs) + prepared.prefill


def test_nemotron_nano_v2_system_flag() -> None:
    head = "<SPECIAL_10>System\nBe brief.\n\n<SPECIAL_11>User\nHi\n<SPECIAL_11>Assistant\n"
    assert render(NANO_V2, "nemotron-nano-v2", "on") == head + "<think>\n"
    assert render(NANO_V2, "nemotron-nano-v2", "off") == head + "<think></think>"
    assert render(NANO_V2, "nemotron-nano-v2", "auto", budget=0) == head + "<think></think>"
    # without a system message one is added for the flag, and the keyword never shows
    bare = render(NANO_V2, "nemotron-nano-v2", "off", msgs=MSGS[1:])
    assert bare == "<SPECIAL_10>System\n\n\n<SPECIAL_11>User\nHi\n<SPECIAL_11>Assistant\n<think></think>"


def test_nemotron_3_kwarg() -> None:
    head = ("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n"
            "<|im_start|>assistant\n")
    assert render(NEMO3, "nemotron-3-nano", "auto") == head + "<think>\n"
    assert render(NEMO3, "nemotron-3-nano", "off") == head + "<think></think>"
    assert render(NEMO3, "nemotron-3-nano", "on", budget=0) == head + "<think></think>"


def test_nemotron_3_drops_earlier_reasoning() -> None:
    msgs = [{"role": "user", "content": "A"},
            {"role": "assistant", "content": "<think>secret</think>Answer A"},
            {"role": "user", "content": "B"}]
    text = render(NEMO3, "nemotron-3-nano", "on", msgs=msgs)
    assert "secret" not in text
    assert "<|im_start|>assistant\n<think></think>Answer A<|im_end|>" in text


def test_llama_nemotron_system_prompt() -> None:
    date = "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n"
    tail = ("<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>"
            "<|start_header_id|>assistant<|end_header_id|>\n\n")
    on = render(LLAMA31, "llama-nemotron", "on")
    off = render(LLAMA31, "llama-nemotron", "off")
    assert on == ("<s><|start_header_id|>system<|end_header_id|>\n\n" + date +
                  "detailed thinking on\n\nBe brief." + tail)
    assert off == ("<s><|start_header_id|>system<|end_header_id|>\n\n" + date +
                   "detailed thinking off\n\nBe brief." + tail + "<think>\n</think>\n\n")


def test_openreasoning_always_reasons() -> None:
    expected = ("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n"
                "<|im_start|>assistant\n")
    profile = profiles.by_family("openreasoning-nemotron")
    assert render(QWEN25, "openreasoning-nemotron", "off") == expected
    assert profile.prepare(MSGS, "off", 0).reasoning_on  # closed by the engine instead
    assert profile.sampling(True)["temperature"] == 0.6
    assert "\\boxed{}" in profile.presets["math"] and "```python" in profile.presets["code"]


def test_generic_thinking_kwarg_and_prefill() -> None:
    assert render(QWEN3, "generic-thinking", "off").endswith(
        "<|im_start|>assistant\n<think>\n\n</think>\n\n")
    assert render(QWEN3, "generic-thinking", "on").endswith("<|im_start|>assistant\n")
    assert render(R1, "generic-thinking", "on").endswith("<｜Assistant｜><think>\n")
    assert render(R1, "generic-thinking", "off").endswith("<｜Assistant｜><think>\n</think>")


def test_plain_models_cannot_reason() -> None:
    plain = profiles.by_family("plain")
    assert not plain.can_reason
    prepared = plain.prepare(MSGS, "on")
    assert prepared.messages == MSGS and not prepared.template_kwargs and not prepared.reasoning_on


def test_recommended_sampling_per_mode() -> None:
    v2 = profiles.by_family("nemotron-nano-v2")
    assert v2.sampling(True)["temperature"] == 0.6 and v2.sampling(True)["top_p"] == 0.95
    assert v2.sampling(False)["temperature"] == 0.0
    assert v2.sampling(False)["max_tokens"] >= 1024
    assert profiles.by_family("nemotron-3-nano").sampling(True)["temperature"] == 1.0


def test_unknown_family() -> None:
    with pytest.raises(ValueError, match="unknown model family"):
        profiles.by_family("gpt-9")


@pytest.mark.parametrize(("model_id", "family"), [
    ("nvidia/NVIDIA-Nemotron-Nano-9B-v2", "nemotron-nano-v2"),
    ("nvidia/NVIDIA-Nemotron-3-Nano-4B", "nemotron-3-nano"),
    ("nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-FP8", "nemotron-3-nano"),
    ("nvidia/Llama-3.1-Nemotron-Nano-8B-v1", "llama-nemotron"),
    ("nvidia/Llama-3_1-Nemotron-Nano-8B-v1", "llama-nemotron"),
    ("nvidia/OpenReasoning-Nemotron-1.5B", "openreasoning-nemotron"),
    ("nvidia/OpenReasoning-Nemotron-7B", "openreasoning-nemotron"),
    ("nvidia/OpenReasoning-Nemotron-14B", "openreasoning-nemotron"),
    ("OpenReasoning-Nemotron-32B", "openreasoning-nemotron"),
    ("Qwen/Qwen3-8B", "generic-thinking"),
    ("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "generic-thinking-always"),
    ("meta-llama/Llama-3.1-8B-Instruct", "plain"),
])
def test_a_remote_model_is_known_by_its_name(model_id: str, family: str) -> None:
    assert profiles.detect_from_name(model_id).family == family


def test_task_presets_go_before_the_last_question() -> None:
    profile = profiles.PROFILES["openreasoning-nemotron"]
    messages = [{"role": "user", "content": "old"}, {"role": "assistant", "content": "a"},
                {"role": "user", "content": "What is 2+2?"}]
    out = profile.with_task(messages, "math")
    assert out[:2] == messages[:2] and messages[-1]["content"] == "What is 2+2?"  # the input is not changed
    assert out[-1]["content"] == profile.presets["math"] + "\n\nWhat is 2+2?"
    assert set(profile.presets) == {"math", "code", "science"}
    assert profile.with_task(messages, "") is messages
    with pytest.raises(ValueError, match="no preset for Chat model"):
        profiles.PROFILES["plain"].with_task(messages, "math")
