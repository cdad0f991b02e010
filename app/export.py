"""A conversation as a Markdown or JSON file, with or without the reasoning.

The Markdown's headings and notes are in the interface's language; the JSON's keys and values stay as
stored (it is for programs).
"""

from __future__ import annotations

import html
import json
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths

from engine.protocol import ReplyState
from engine.safe_paths import safe_filename
from engine.store import Conversation, Message

# How an unfinished reply ended, under it (translated where written, in the Export context).
_STATES: dict[str, str] = {
    ReplyState.STREAMING: str(QT_TRANSLATE_NOOP("Export", "streaming")),
    ReplyState.CANCELLED: str(QT_TRANSLATE_NOOP("Export", "cancelled")),
    ReplyState.INTERRUPTED: str(QT_TRANSLATE_NOOP("Export", "interrupted")),
    ReplyState.FAILED: str(QT_TRANSLATE_NOOP("Export", "failed")),
}


def to_markdown(conversation: Conversation, messages: list[Message], reasoning: bool) -> str:
    lines = [f"# {conversation.title}", ""]
    if conversation.system_prompt.strip():
        system = QCoreApplication.translate("Export", "System:", "exported chat: before the system prompt")
        lines += [f"**{system}** " + conversation.system_prompt.strip(), ""]
    for m in messages:
        if m.role == "user":
            you = QCoreApplication.translate("Export", "You", "exported chat: heading of the user's message")
            lines += ["## " + you, "", m.content, ""]
            continue
        heading = (QCoreApplication.translate("Export", "Assistant ({model})", "exported chat: heading of a reply")
                   .format(model=m.model) if m.model else
                   QCoreApplication.translate("Export", "Assistant", "exported chat: heading of a reply"))
        lines += ["## " + heading, ""]
        if reasoning and m.reasoning.strip():
            quoted = "\n".join("> " + line if line else ">" for line in m.reasoning.strip().splitlines())
            summary = QCoreApplication.translate("Export", "Reasoning", "exported chat: the model's reasoning, folded")
            lines += [f"<details><summary>{html.escape(summary)}</summary>", "", quoted, "", "</details>", ""]
        lines += [m.content, ""]
        if m.state != ReplyState.COMPLETE:
            state = _STATES.get(m.state)
            ended = QCoreApplication.translate("Export", state) if state is not None else str(m.state)
            lines += [f"*({ended})*", ""]
    return "\n".join(lines).rstrip() + "\n"


def to_json(conversation: Conversation, messages: list[Message], reasoning: bool) -> str:
    def stamp(t: float) -> str:
        return datetime.fromtimestamp(t).astimezone().isoformat(timespec="seconds")

    data = {
        "title": conversation.title,
        "created": stamp(conversation.created),
        "system_prompt": conversation.system_prompt,
        "messages": [
            {
                "role": m.role,
                "content": m.content,
                **({"reasoning": m.reasoning} if reasoning and m.reasoning else {}),
                **({"model": m.model, "state": m.state, "stats": m.stats} if m.role == "assistant" else {}),
                "created": stamp(m.created),
            }
            for m in messages
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def default_path(title: str, suffix: str = ".md") -> Path:
    """Where an export is offered first: the user's Documents folder, named after the chat.

    The name has one dot (a title cut with "…" or ending in "." does not give "title..md").
    """
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder / safe_filename(title.rstrip(" .…"), suffix, fallback="chat", limit=60)
