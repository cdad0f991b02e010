"""The answer's language: the instruction goes where each family takes instructions, the family's
reasoning switch stays exactly as it was — checked on the prompts the reference templates render,
and through `ponder chat --answer-language` on the real engine."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from engine import answer_language as A
from engine import profiles
from engine.templates import ChatTemplate
from tests.conftest import REFERENCE_TEMPLATES
from tests.test_profiles import LLAMA31, MSGS, NANO_V2, NEMO3, QWEN3, QWEN25, R1

FR_THINK_EN = "Think in English, then write your final answer in French."
FR_THINK_FR = "Think and write your answer in French."


def render(template: str, family: str, mode: str, language: str, english: bool, budget: int = -1,
           msgs: list[dict] = MSGS, bos: str = "<s>", eos: str = "</s>") -> str:
    """The prompt as the engine makes it: task, answer language, then the family's switch."""
    profile = profiles.by_family(family)
    asked = A.with_answer_language(profile, msgs, language, english, profile.reasoning_on(mode, budget))
    prepared = profile.prepare(asked, mode, budget)
    return ChatTemplate(template, bos, eos).render(
        prepared.messages, **prepared.template_kwargs) + prepared.prefill


def test_instruction_words() -> None:
    assert A.instruction("fr", True, reasoning_on=True) == FR_THINK_EN
    assert A.instruction("fr", False, reasoning_on=True) == FR_THINK_FR
    assert A.instruction("ja", True, reasoning_on=False) == "Answer in Japanese."  # nothing to think
    assert A.instruction("", True, reasoning_on=True) == (
        "Think in English, then write your final answer in the language of the user's message.")
    assert A.instruction("", False, reasoning_on=True) == ""  # automatic: the model follows the user
    assert A.instruction("", True, reasoning_on=False) == ""
    with pytest.raises(ValueError, match="answer_language"):
        A.instruction("xx", False, True)


def test_automatic_changes_no_prompt() -> None:
    for template, family in ((NANO_V2, "nemotron-nano-v2"), (LLAMA31, "llama-nemotron"),
                             (NEMO3, "nemotron-3-nano"), (QWEN25, "openreasoning-nemotron")):
        plain = profiles.by_family(family).prepare(MSGS, "on")
        assert render(template, family, "on", "", False) == ChatTemplate(template, "<s>", "</s>").render(
            plain.messages, **plain.template_kwargs) + plain.prefill


def test_nemotron_nano_v2_in_the_system_message_before_the_flag() -> None:
    on = render(NANO_V2, "nemotron-nano-v2", "on", "fr", True)
    off = render(NANO_V2, "nemotron-nano-v2", "off", "fr", True)
    system = "<SPECIAL_10>System\nBe brief.\n\n"
    assert on == f"{system}{FR_THINK_EN}\n\n<SPECIAL_11>User\nHi\n<SPECIAL_11>Assistant\n<think>\n"
    # reasoning off: the flag still switches it off, and the instruction asks only for the answer
    assert off == f"{system}Answer in French.\n\n<SPECIAL_11>User\nHi\n<SPECIAL_11>Assistant\n<think></think>"
    bare = render(NANO_V2, "nemotron-nano-v2", "on", "de", False, msgs=MSGS[1:])
    assert bare.startswith("<SPECIAL_10>System\nThink and write your answer in German.\n\n<SPECIAL_11>User\nHi")
    assert "/think" not in on and "/no_think" not in off  # the template consumed the flags


def test_nemotron_3_in_the_system_message_kwarg_untouched() -> None:
    on = render(NEMO3, "nemotron-3-nano", "on", "ja", True)
    assert on == ("<|im_start|>system\nBe brief.\n\nThink in English, then write your final answer in "
                  "Japanese.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n<think>\n")
    off = render(NEMO3, "nemotron-3-nano", "on", "ja", True, budget=0)
    assert off.endswith("<|im_start|>assistant\n<think></think>") and "Answer in Japanese." in off


def test_llama_nemotron_keeps_its_system_prompt_and_asks_in_the_user_turn() -> None:
    on = render(LLAMA31, "llama-nemotron", "on", "it", True)
    off = render(LLAMA31, "llama-nemotron", "off", "it", True)
    assert "detailed thinking on\n\nBe brief.<|eot_id|>" in on  # the switch as before
    assert on.endswith("<|start_header_id|>user<|end_header_id|>\n\nHi\n\n"
                       "Think in English, then write your final answer in Italian.<|eot_id|>"
                       "<|start_header_id|>assistant<|end_header_id|>\n\n")
    assert "detailed thinking off\n\nBe brief.<|eot_id|>" in off
    assert "Hi\n\nAnswer in Italian.<|eot_id|>" in off and off.endswith("<think>\n</think>\n\n")


def test_openreasoning_asks_in_the_user_turn_after_the_task_preset() -> None:
    profile = profiles.by_family("openreasoning-nemotron")
    msgs = profile.with_task([{"role": "user", "content": "2+2?"}], "math")
    text = render(QWEN25, "openreasoning-nemotron", "auto", "es", True, msgs=msgs)
    assert "<|im_start|>system" in text  # Qwen2.5's own default system message, nothing of ours
    assert "Solve the following math problem. Make sure to put the answer (and only answer) inside " \
           "\\boxed{}.\n\n2+2?\n\nThink in English, then write your final answer in Spanish.<|im_end|>" in text
    assert "Spanish" not in text.split("<|im_start|>user")[0]


def test_generic_and_plain_models_in_the_system_message() -> None:
    qwen3 = render(QWEN3, "generic-thinking", "off", "fr", False)
    assert "Be brief.\n\nAnswer in French.<|im_end|>" in qwen3 and qwen3.endswith("<think>\n\n</think>\n\n")
    r1 = render(R1, "generic-thinking-always", "on", "fr", True)  # R1 distills: the user turn
    assert "Hi\n\nThink in English, then write your final answer in French." in r1
    plain = render(QWEN25, "plain", "on", "de", True)
    assert "Be brief.\n\nAnswer in German.<|im_end|>" in plain  # a plain model does not think


def test_only_the_last_user_message_is_asked_and_the_input_is_not_changed() -> None:
    msgs = [{"role": "user", "content": "A"}, {"role": "assistant", "content": "B"},
            {"role": "user", "content": "C"}]
    out = A.with_answer_language(profiles.by_family("openreasoning-nemotron"), msgs, "fr", True, True)
    assert [m["content"] for m in out] == ["A", "B", f"C\n\n{FR_THINK_EN}"]
    assert msgs[2]["content"] == "C"


# -- ponder chat --answer-language: the real engine renders the family's template --------------

FAMILIES = [  # (reference template, name in the file, family override or "", where it must be)
    ("NVIDIA-Nemotron-Nano-v2.jinja", "NVIDIA Nemotron Nano 9B v2 double", "nemotron-nano-v2", "system"),
    ("NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.jinja", "NVIDIA-Nemotron-3-Nano-4B test double", "", "system"),
    ("meta-llama-Llama-3.1-8B-Instruct.jinja", "Llama 3.1 Nemotron Nano 8B v1 double", "llama-nemotron", "user"),
    ("Qwen-Qwen2.5-7B-Instruct.jinja", "OpenReasoning Nemotron 7B double", "openreasoning-nemotron", "user"),
]


@pytest.mark.parametrize("template_file, name, family, where", FAMILIES)
def test_cli_answer_language_puts_the_instruction_in_the_familys_place(  # type: ignore[no-untyped-def]
        tmp_path_factory, template_file: str, name: str, family: str, where: str) -> None:
    from tests.doubles import with_template

    template = (REFERENCE_TEMPLATES / template_file).read_text()
    model = with_template(tmp_path_factory.mktemp("models") / "double.gguf", template, name)
    args = [sys.executable, "-m", "app.main", "chat", "--model", str(model), "--prompt", "Hi",
            "--system", "Be brief.", "--answer-language", "fr", "--reason-in-english", "--show-prompt",
            "--max-tokens", "1", "--temperature", "0", "--json"]
    if family:
        args += ["--family", family]
    run = subprocess.run(args, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    events = [json.loads(line) for line in run.stdout.splitlines()]
    prompt = next(e for e in events if e["event"] == "stats")["prompt_text"]
    loaded = next(e for e in events if e["event"] == "loaded")
    profile = profiles.by_family(family or "nemotron-3-nano")
    assert loaded["family"] == profile.family
    # exactly the prompt the template renders with the instruction in the family's place
    expected = render(template, profile.family, "auto", "fr", True, bos="<|im_start|>", eos="<|im_end|>")  # SmolLM2's
    assert prompt == expected
    system_part, user_part = prompt.split("Be brief.", 1)[1].split("Hi", 1)
    assert (FR_THINK_EN in system_part) == (where == "system")
    assert (FR_THINK_EN in user_part) == (where == "user")
    assert prompt.count(FR_THINK_EN) == 1
    if profile.family == "llama-nemotron":
        assert "detailed thinking on\n\nBe brief." in prompt


def test_heavy_mode_candidates_are_asked_the_language_and_the_judge_is_not() -> None:
    from engine import protocol as P
    from engine.heavy import HeavyReply

    request = P.GenerateRequest([{"role": "user", "content": "2+2?"}], P.Sampling(seed=3), heavy=3, task="math",
                                answer_language="fr", reason_in_english=True)
    heavy = HeavyReply(backend=None, request=request, emit=lambda event: None)  # type: ignore[arg-type]
    candidate = heavy._request(7)
    assert (candidate.answer_language, candidate.reason_in_english, candidate.task) == ("fr", True, "math")
    assert candidate.heavy == 0 and candidate.sampling.seed == 7 and request.sampling.seed == 3
    assert candidate.messages == request.messages and candidate.messages is not request.messages
