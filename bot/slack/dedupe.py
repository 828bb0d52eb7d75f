"""Handling each Slack event once. Slack retries an event it thinks we missed (`X-Slack-Retry-Num`), and
sometimes sends the same message again under a new event id; Bolt does neither check. We record both
the event id and the message's channel + ts in the store (`record_event_once`), so this holds across
restarts and across several processes sharing a database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_bolt import BoltResponse

from bot.store import Store


def event_key(event_id: str) -> str:
    return f"slack-event:{event_id}"


def message_key(channel: str, ts: str) -> str:
    return f"slack-message:{channel}:{ts}"


def first_time_message(store: Store, channel: str, ts: str, now: datetime) -> bool:
    return store.record_event_once(message_key(channel, ts), now)


def event_middleware(store: Store, clock: Callable[[], datetime]) -> Callable[..., Any]:
    """Bolt middleware: an event callback whose `event_id` was handled before is acknowledged, and dropped."""

    def _once(body: dict[str, Any], next: Callable[[], BoltResponse]) -> BoltResponse | None:
        if body.get("type") == "event_callback":
            event_id = body.get("event_id")
            if isinstance(event_id, str) and event_id and not store.record_event_once(event_key(event_id), clock()):
                return BoltResponse(status=200, body="")
        return next()

    return _once
