"""A conversation as a Markdown or JSON file, with or without the reasoning."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from engine.protocol import ReplyState
from engine.safe_paths import safe_filename
from engine.store import Conversation, Message


def to_markdown(conversation: Conversation, messages: list[Message], reasoning: bool) -> str:
    lines = [f"# {conversation.title}", ""]
    if conversation.system_prompt.strip():
        lines += ["**System:** " + conversation.system_prompt.strip(), ""]
    for m in messages:
        if m.role == "user":
            lines += ["## You", "", m.content, ""]
            continue
        lines += [f"## Assistant{f' ({m.model})' if m.model else ''}", ""]
        if reasoning and m.reasoning.strip():
            quoted = "\n".join("> " + line if line else ">" for line in m.reasoning.strip().splitlines())
            lines += ["<details><summary>Reasoning</summary>", "", quoted, "", "</details>", ""]
        lines += [m.content, ""]
        if m.state != ReplyState.COMPLETE:
            lines += [f"*({m.state})*", ""]
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
