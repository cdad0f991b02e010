"""Render a model's own chat template in a sandboxed Jinja environment."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

import jinja2
from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment

# Used when a GGUF carries no chat template. ChatML is the most common
# convention among GGUF chat models; the name says plainly that it is a guess.
FALLBACK_TEMPLATE_NAME = "chatml (fallback: the model has no chat template)"
FALLBACK_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


class TemplateError(ValueError):
    """A chat template failed to render; the message is meant for the user."""


def _raise_exception(message: str) -> None:
    raise TemplateError(f"the chat template refused the conversation: {message}")


def _tojson(value: Any, indent: int | None = None, ensure_ascii: bool = False) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=ensure_ascii)


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


@lru_cache(maxsize=16)
def _compile(source: str) -> jinja2.Template:
    # The same settings as Hugging Face transformers, so prompts match the
    # model card byte for byte; the sandbox keeps template code from reaching
    # Python internals.
    env = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols]
    )
    env.filters["tojson"] = _tojson
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    try:
        return env.from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"the model's chat template is invalid: {exc}") from exc


@dataclass(frozen=True)
class ChatTemplate:
    """A chat template and the special tokens it may refer to."""

    source: str
    bos_token: str = ""
    eos_token: str = ""
    name: str = "model"

    @classmethod
    def for_model(cls, template: str, bos_token: str, eos_token: str) -> ChatTemplate:
        if template.strip():
            return cls(template, bos_token, eos_token, "model")
        return cls(FALLBACK_TEMPLATE, bos_token, eos_token, FALLBACK_TEMPLATE_NAME)

    def render(
        self,
        messages: list[dict[str, Any]],
        add_generation_prompt: bool = True,
        **kwargs: Any,
    ) -> str:
        template = _compile(self.source)
        try:
            return template.render(
                messages=messages,
                add_generation_prompt=add_generation_prompt,
                bos_token=self.bos_token,
                eos_token=self.eos_token,
                **kwargs,
            )
        except TemplateError:
            raise
        except jinja2.exceptions.SecurityError as exc:
            raise TemplateError(f"the chat template tried an unsafe operation: {exc}") from exc
        except Exception as exc:  # a template bug must not kill the engine
            raise TemplateError(f"the chat template failed: {type(exc).__name__}: {exc}") from exc
