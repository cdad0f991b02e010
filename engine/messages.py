"""Messages for people, from an engine that has no Qt: English text that remembers how it was made.

A message is written once, in English, as a template with named fields:

    raise EngineError(Text(translate("Engine", "{name} is not a GGUF model file."), name=path.name))

`translate` only marks the template for Qt's lupdate (the engine cannot translate: it has no
Qt and runs in its own process). `Text` is a `str` — the English sentence, so logs, the CLI
and every caller that treats it as text see exactly what they saw before — which also carries
its template and fields. Events carry both across the pipe (`text_payload`), and the window
shows the template translated with the fields put in, numbers in the user's locale
(`ui/l10n.py`). Fields are plain JSON values: numbers stay numbers, so they can be formatted
for the locale; a format spec in the template (`{size:.1f}`) says how.
"""

from __future__ import annotations

from typing import Any

ENGINE_CONTEXT = "Engine"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Mark `text` for translation (lupdate finds it by this name); returns it unchanged."""
    return text


class Text(str):
    """An English message that keeps its template and fields, so it can be shown translated."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Text:
        obj = super().__new__(cls, template.format(**fields) if fields else template)
        obj.template = template
        obj.fields = fields
        return obj

    def payload(self) -> dict[str, Any]:
        """JSON for the pipe; a field that is itself a Text (a server's error inside "the reply broke
        off: …") is nested, so it is translated too."""
        return {"template": self.template,
                "fields": {k: {"text": v.payload()} if isinstance(v, Text) else v for k, v in self.fields.items()}}

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (process pools) keep the template
        return (_rebuild, (self.template, self.fields))


def _rebuild(template: str, fields: dict[str, Any]) -> Text:
    return Text(template, **fields)


def text_payload(message: str) -> dict[str, Any] | None:
    """The template and fields of a Text (None for plain text): what events carry beside the English."""
    return message.payload() if isinstance(message, Text) else None


def message_of(exc: BaseException) -> str:
    """An exception's message, keeping its Text (str(exc) would return plain text)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Text) else str(exc)


def from_payload(english: str, payload: Any) -> str:
    """The Text an event describes, or `english` when the payload is missing or malformed."""
    if not isinstance(payload, dict) or not isinstance(payload.get("template"), str):
        return english
    fields = payload.get("fields")
    fields = dict(fields) if isinstance(fields, dict) else {}
    for key, value in fields.items():
        if isinstance(value, dict) and isinstance(value.get("text"), dict):
            fields[key] = from_payload("", value["text"])
    try:
        return Text(payload["template"], **fields)
    except (KeyError, IndexError, ValueError, TypeError, RecursionError):
        return english
