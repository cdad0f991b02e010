"""Text for people in their own language: numbers, sizes, durations and rates as the locale
writes them, and the engine's messages translated.

Every number the window shows goes through here, so "12,5 jetons/s" and "5,0 Gio" follow
`QLocale()` (the default locale, which the app sets to the chosen language). The engine's
messages (`engine/messages.py`) come as English plus their template and fields; `localized`
shows the template in the interface's language with the fields formatted for the locale.
"""

from __future__ import annotations

import string
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject

from engine.messages import ENGINE_CONTEXT, Text, from_payload


class Units(QObject):
    """The context of the units' words (lupdate marks plurals only in a class's tr())."""

    def tokens(self, count: int) -> str:
        return self.tr("%Ln token(s)", "", count)

    def approx_tokens(self, count: int) -> str:
        return self.tr("~{tokens}", "about this many tokens (an estimate)").format(tokens=self.tokens(count))


_UNITS = Units()


def number(value: float, decimals: int | None = None) -> str:
    """A number as the locale writes it: group separators, its decimal mark."""
    if isinstance(value, int) and not -(2**63) <= value < 2**63:  # beyond Qt's integers (a hostile file's)
        return f"{value:,}"
    if decimals is None and (isinstance(value, int) or float(value).is_integer()):
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1 if decimals is None else decimals)


def size(n_bytes: int, decimals: int = 1) -> str:
    """A file or memory size: "5,0 Gio", "812 MiB" (binary units, translated by Qt)."""
    return QLocale().formattedDataSize(max(0, int(n_bytes)), decimals, QLocale.DataSizeFormat.DataSizeIecFormat)


def seconds(value: float, whole: bool = False) -> str:
    """A short duration: "0,42 s", "12 s", "3 min 05 s", "1 h 02 min" (`whole`: never a fraction,
    as a clock ticking once a second shows it)."""
    value = max(0.0, float(value))
    if value < 10:
        shown = number(int(value)) if whole else number(value, 2 if value < 1 else 1)
        return QCoreApplication.translate("Units", "{seconds} s").format(seconds=shown)
    rounded = int(round(value))
    if rounded < 60:
        return QCoreApplication.translate("Units", "{seconds} s").format(seconds=number(rounded))
    if rounded < 3600:
        return QCoreApplication.translate("Units", "{minutes} min {seconds} s").format(minutes=number(rounded // 60),
                                                       seconds=f"{rounded % 60:02d}")
    return QCoreApplication.translate("Units", "{hours} h {minutes} min").format(hours=number(rounded // 3600),
                                                 minutes=f"{rounded // 60 % 60:02d}")


def tokens(count: int) -> str:
    """ "340 tokens", with the language's plural form."""
    return _UNITS.tokens(count)


def approx_tokens(count: int) -> str:
    """An estimate of a count of tokens: "~340 tokens"."""
    return _UNITS.approx_tokens(count)


def rate(tokens_per_second: float) -> str:
    """A decoding speed: "12,5 tok/s"."""
    return QCoreApplication.translate("Units", "{rate} tok/s").format(rate=number(tokens_per_second, 1))


def percent(fraction: float, decimals: int = 0) -> str:
    """ "42 %" or "42%", as the locale writes a percentage."""
    locale = QLocale()
    return QCoreApplication.translate("Units", "{value}%").format(value=locale.toString(fraction * 100, "f", decimals))


def date_time(epoch_seconds: float, long: bool = False) -> str:
    """A moment, in the locale's short (or long) date and time format."""
    moment = QDateTime.fromSecsSinceEpoch(int(epoch_seconds))
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(moment, fmt)


class _LocaleFormatter(string.Formatter):
    """str.format, with numbers written as the locale writes them ({x:.1f}, {x:,}, {x:.0%}, {x})."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Text):  # a message inside a message: translated too
            return super().format_field(localized(value), format_spec)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return super().format_field(value, format_spec)
        spec = format_spec.replace(",", "").replace("_", "")
        if spec.endswith("%"):
            return percent(float(value), int(spec[1:-1] or 0) if spec.startswith(".") else 0)
        if spec.startswith(".") and spec.endswith("f") and spec[1:-1].isdigit():
            return number(float(value), int(spec[1:-1]))
        if spec in ("", "d"):
            return number(value) if isinstance(value, int) or spec == "" else super().format_field(value, format_spec)
        return super().format_field(value, format_spec)


_FORMATTER = _LocaleFormatter()


def localized(message: str, payload: Any = None) -> str:
    """An engine message in the interface's language: `message` may be a Text, or the English of
    an event with its `text` payload. Plain text (a server's own words) is shown as it came."""
    text = message if isinstance(message, Text) else from_payload(message, payload)
    if not isinstance(text, Text):
        return message
    template = QCoreApplication.translate(ENGINE_CONTEXT, text.template)
    try:
        return _FORMATTER.format(template, **text.fields)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):  # a wrong translation: the English
        return _FORMATTER.format(text.template, **text.fields)


def event_text(event: Any, key: str) -> str:
    """A text field of an engine event in the interface's language: from its template in the
    event's `texts` (engine/protocol.py with_texts), or the field itself (a Text in this process,
    or plain text)."""
    value = event.get(key)
    if isinstance(value, Text):
        return localized(value)
    payload = (event.get("texts") or {}).get(key) if isinstance(event.get("texts"), dict) else None
    return localized(str(value or ""), payload)


def event_texts(event: Any, key: str) -> list[str]:
    """A list-of-texts field of an engine event (a loaded model's notices), each in the interface's language."""
    values = event.get(key) or []
    texts = event.get("texts") if isinstance(event.get("texts"), dict) else {}
    found = texts.get(key)
    payloads: list[Any] = found if isinstance(found, list) else []
    return [localized(str(v), payloads[i] if i < len(payloads) else None) if not isinstance(v, Text)
            else localized(v) for i, v in enumerate(values)]


def event_message(event: Any) -> str:
    """The message of an engine event (error or notice), in the interface's language."""
    return event_text(event, "message")
