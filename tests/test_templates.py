"""Chat templates render in a sandbox, exactly, with arbitrary keyword arguments."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.gguf_meta import read_model_info
from engine.templates import FALLBACK_TEMPLATE_NAME, ChatTemplate, TemplateError
from tests.conftest import REFERENCE_TEMPLATES


def test_starter_template_renders_exactly(starter_path: Path) -> None:
    info = read_model_info(starter_path)
    t = ChatTemplate.for_model(info.chat_template, info.bos_token, info.eos_token)
    text = t.render([{"role": "user", "content": "Hi"}])
    assert text == (
        "<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face"
        "<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
    )
    assert t.render([{"role": "user", "content": "Hi"}], add_generation_prompt=False).endswith(
        "Hi<|im_end|>\n"
    )


def test_keyword_arguments_reach_the_template() -> None:
    source = (REFERENCE_TEMPLATES / "Qwen-Qwen3-0.6B.jinja").read_text()
    t = ChatTemplate(source, "", "<|im_end|>")
    msgs = [{"role": "user", "content": "2+2?"}]
    assert t.render(msgs, enable_thinking=False).endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    assert t.render(msgs).endswith("<|im_start|>assistant\n")


def test_sandbox_blocks_python_internals() -> None:
    t = ChatTemplate("{{ messages.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(TemplateError, match="unsafe"):
        t.render([{"role": "user", "content": "x"}])


def test_sandbox_is_immutable() -> None:
    t = ChatTemplate("{% set _ = messages.append({'role': 'system'}) %}{{ messages | length }}")
    msgs = [{"role": "user", "content": "x"}]
    with pytest.raises(TemplateError):
        t.render(msgs)
    assert len(msgs) == 1


def test_raise_exception_becomes_a_clear_error() -> None:
    t = ChatTemplate("{{ raise_exception('Conversation roles must alternate') }}")
    with pytest.raises(TemplateError, match="roles must alternate"):
        t.render([{"role": "user", "content": "x"}])


def test_broken_template_is_reported() -> None:
    with pytest.raises(TemplateError, match="invalid"):
        ChatTemplate("{% for m in messages %}").render([])


def test_fallback_when_the_model_has_no_template() -> None:
    t = ChatTemplate.for_model("", "<s>", "</s>")
    assert t.name == FALLBACK_TEMPLATE_NAME
    assert t.render([{"role": "user", "content": "Hi"}]) == (
        "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
    )
