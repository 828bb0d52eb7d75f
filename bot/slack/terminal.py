"""Slack messages drawn readably in a terminal (for `dealbot demo`): Block Kit JSON back to plain lines."""

from __future__ import annotations

import re
from typing import Any

_LINK = re.compile(r"<([^|>]+)\|([^>]+)>")
_BARE = re.compile(r"<([^|>]+)>")
_WIDTH = 78


def render(text: str, blocks: list[dict[str, Any]] | None, indent: str = "  │ ") -> str:
    if not blocks:
        return "\n".join(indent + line for line in _plain(text).splitlines())
    lines: list[str] = []
    # one column for the labels of every section, so rows split across sections line up
    labels = [_plain(f["text"]).split("\n", 1)[0] for b in blocks for f in b.get("fields") or []]
    width = max((len(label) for label in labels), default=0)
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = _plain(block["text"]["text"])
            lines += [title, "═" * min(_WIDTH, len(title))]
        elif kind == "section":
            if block.get("text"):
                lines += _plain(block["text"]["text"]).splitlines()
            fields = [_plain(f["text"]).split("\n", 1) for f in block.get("fields") or []]
            lines += [f"{f[0].ljust(width)}  {f[1] if len(f) > 1 else ''}" for f in fields]
            accessory = block.get("accessory")
            if accessory:
                lines.append(f"[{_element(accessory)}]")
        elif kind == "context":
            lines += ["  " + _plain(e.get("text", "")) for e in block.get("elements") or []]
        elif kind == "divider":
            lines.append("─" * 40)
        elif kind == "actions":
            lines.append("  ".join(f"[ {_element(e)} ]" for e in block.get("elements") or []))
    return "\n".join(indent + line for line in lines)


def _element(element: dict[str, Any]) -> str:
    if element.get("type") == "button":
        return _plain(element["text"]["text"])
    options = element.get("options") or []
    chosen = {o["value"] for o in element.get("initial_options") or []}
    return " ".join(("☑ " if o["value"] in chosen else "☐ ") + _plain(o["text"]["text"]) for o in options)


def _plain(mrkdwn: str) -> str:
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", mrkdwn)
    text = _BARE.sub(lambda m: m.group(1).lstrip("#@"), text)
    text = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_([^_\n]+)_(?![\w_])", r"\1", text)
    text = text.replace("`", "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
