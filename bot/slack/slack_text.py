"""Slack's message markup read back into plain text: links pulled out, mentions dropped, entities decoded.
https://docs.slack.dev/messaging/formatting-message-text#advanced"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<[@#!][^>]*>")


class PlainMessage(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    urls: tuple[str, ...] = ()


def plain(markup: str) -> PlainMessage:
    urls: list[str] = []

    def _link(match: re.Match[str]) -> str:
        if match.group(1).startswith("http"):
            urls.append(match.group(1))
        return match.group(2) or ""

    text = _LINK.sub(_link, markup)
    text = _SPECIAL.sub("", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return PlainMessage(text=text.strip(), urls=tuple(dict.fromkeys(urls)))
