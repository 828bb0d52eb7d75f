"""A Slack message's permalink, kept with the deal sources that are Slack messages so that every card
links "a Slack message" to it.

The permalink comes from `chat.getPermalink` (no scope needed; "special" rate limits of hundreds of calls a
minute: https://docs.slack.dev/reference/methods/chat.getPermalink). It is asked once, when the message
is stored as a deal's source; when Slack cannot give it (the message deleted meanwhile, an error), the
source is stored without one and shown unlinked, and nothing else changes.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

_log = logging.getLogger("dealbot.slack.permalinks")


def permalink(client: WebClient, channel: str, ts: str) -> str | None:
    """The https permalink of the message `ts` in `channel`, or None when Slack gives none."""
    try:
        answer = client.chat_getPermalink(channel=channel, message_ts=ts)
    except SlackApiError as error:
        _log.warning("no permalink", extra={"channel": channel, "ts": ts, "error": error.response.get("error")})
        return None
    link = answer.get("permalink")
    return link if isinstance(link, str) and link.startswith("https://") else None
