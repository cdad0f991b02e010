"""Render a model's own chat template in a sandboxed Jinja environment with size limits.

The sandbox keeps template code from reaching Python internals; `_Sandbox`
also refuses operations whose result would be huge (`"a" * 10**10`,
`9**9**9**9`, a width of a billion) before computing them, and `render`
stops once the output passes `max_chars`. Time and memory are bounded by
running templates in a separate process (engine/template_worker.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

import jinja2
import jinja2.filters
from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .messages import Text, translate

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
    """A chat template failed to render; the message (a Text) is meant for the user."""


class TemplateTooLong(TemplateError):
    """The rendered prompt passed the output limit (a conversation too long, or a template bomb)."""


def _raise_exception(message: str) -> None:
    raise TemplateError(Text(translate("Engine", "the chat template refused the conversation: {message}"),
                             message=str(message)))


def _tojson(value: Any, indent: int | None = None, ensure_ascii: bool = False) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=ensure_ascii)


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


MAX_ITEMS = 1 << 20  # characters of a string, items of a list, built by one operation
MAX_INT_BITS = 4096  # bits of an integer built by one operation
MAX_ARGUMENT = 100_000  # an integer passed to a function or filter (widths, counts, repeats)
MAX_OUTPUT = 4 << 20  # characters of a rendered prompt, unless the caller says otherwise
# A printf width or precision of 6+ digits or '*', or a str.format spec with such a number or a nested field.
_HUGE_FORMAT = re.compile(r"%[#0 +-]*(?:\*|\d{6,})|%[#0 +-]*\d*\.(?:\*|\d{6,})|\{[^{}]*:[^{}]*(?:\d{6,}|\{)")


# What a template was stopped from building: each a whole sentence.
_TOO_BIG = {
    "format": translate("Engine", "the chat template tried to build a huge formatted string; it was stopped"),
    "string": translate("Engine", "the chat template tried to build a huge string; it was stopped"),
    "number": translate("Engine", "the chat template tried to build a huge number; it was stopped"),
    "sequence": translate("Engine", "the chat template tried to build a huge string or list; it was stopped"),
    "argument": translate("Engine", "the chat template tried to build something with the number {number:.3g}; "
                                    "it was stopped"),
}
NEEDED_TOO_MUCH_MEMORY = Text(translate("Engine", "the chat template needed more memory than allowed; it was stopped"))


def _check_format(text: Any) -> None:
    if isinstance(text, str) and _HUGE_FORMAT.search(text):
        raise _too_big("format")


def _format(value: Any, *args: Any, **kwargs: Any) -> str:
    """Jinja's `format` filter, refusing huge widths."""
    _check_format(value)
    return jinja2.filters.do_format(value, *args, **kwargs)


def _bounded_join(parts: Any) -> str:
    """Jinja's `~` operator, refusing results over MAX_ITEMS characters."""
    texts = [str(p) for p in parts]
    if sum(map(len, texts)) > MAX_ITEMS:
        raise _too_big("string")
    return "".join(texts)


def _too_big(what: str, **fields: Any) -> TemplateError:
    return TemplateError(Text(_TOO_BIG[what], **fields))


def _size(value: Any) -> int | None:
    return len(value) if isinstance(value, (str, bytes, list, tuple)) else None


def _check_argument(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_ARGUMENT:
        raise _too_big("argument", number=float(value))


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, plus limits on what one operation may build.

    Intercepting these operators also stops Jinja from folding constant
    expressions such as `9**9**9**9` while compiling.
    """

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "**" and isinstance(left, int) and isinstance(right, int):
            if abs(left) > 1 and right * max(left.bit_length(), 1) > MAX_INT_BITS:
                raise _too_big("number")
        elif op == "*":
            for seq, n in ((left, right), (right, left)):
                size = _size(seq)
                if size is not None and isinstance(n, int) and size * n > MAX_ITEMS:
                    raise _too_big("sequence")
            if isinstance(left, int) and isinstance(right, int) and \
                    left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise _too_big("number")
        elif op == "+":
            a, b = _size(left), _size(right)
            if a is not None and b is not None and a + b > MAX_ITEMS:
                raise _too_big("sequence")
        elif op == "%":
            _check_format(left)
        return super().call_binop(context, op, left, right)

    def wrap_str_format(self, value: Any) -> Any:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_format(value.__self__)
        return wrapped

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        for value in (*args, *kwargs.values()):
            _check_argument(value)
        result = super().call(__context, __obj, *args, **kwargs)
        if (_size(result) or 0) > MAX_ITEMS:
            raise _too_big("sequence")
        return result


def _guarded(f: Any) -> Any:
    """A filter whose numeric arguments (widths, counts) are bounded; the filtered value is not."""
    passed = hasattr(f, "jinja_pass_arg")  # @pass_context / @pass_environment: one more leading argument
    first = 2 if passed else 1

    def guarded(*args: Any, **kwargs: Any) -> Any:
        for value in (*args[first:], *kwargs.values()):
            _check_argument(value)
        return f(*args, **kwargs)

    if passed:
        guarded.jinja_pass_arg = f.jinja_pass_arg  # type: ignore[attr-defined]
    return guarded


@lru_cache(maxsize=16)
def _compile(source: str) -> jinja2.Template:
    # The same settings as Hugging Face transformers, so prompts match the
    # model card byte for byte.
    env = _Sandbox(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols])
    env.filters = {name: _guarded(f) for name, f in {**env.filters, "format": _format}.items()}
    env.filters["tojson"] = _tojson
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    try:
        template = env.from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(Text(translate("Engine", "the model's chat template is invalid: {error}"),
                                 error=str(exc))) from exc
    # `~` compiles to a call of the module-level str_join; all blocks and macros share these globals
    template.root_render_func.__globals__["str_join"] = _bounded_join
    return template


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
        max_chars: int = MAX_OUTPUT,
        **kwargs: Any,
    ) -> str:
        """The prompt text; TemplateError if the template fails or writes more than max_chars."""
        try:
            template = _compile(self.source)
            parts, size = [], 0
            for chunk in template.generate(
                messages=messages,
                add_generation_prompt=add_generation_prompt,
                bos_token=self.bos_token,
                eos_token=self.eos_token,
                **kwargs,
            ):
                size += len(chunk)
                if size > max_chars:
                    raise TemplateTooLong(Text(translate("Engine", "the chat template wrote more than {limit:,} "
                                                                   "characters; it was stopped"), limit=max_chars))
                parts.append(chunk)
            return "".join(parts)
        except TemplateError:
            raise
        except jinja2.exceptions.SecurityError as exc:
            raise TemplateError(Text(translate("Engine", "the chat template tried an unsafe operation: {error}"),
                                     error=str(exc))) from exc
        except MemoryError:
            raise TemplateError(NEEDED_TOO_MUCH_MEMORY) from None
        except RecursionError:
            raise TemplateError(Text(translate("Engine", "the chat template recursed too deeply; it was stopped"))) \
                from None
        except Exception as exc:  # a template bug must not kill the engine
            raise TemplateError(Text(translate("Engine", "the chat template failed: {error}"),
                                     error=f"{type(exc).__name__}: {exc}")) from exc
