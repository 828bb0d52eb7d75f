"""Handling each Slack event once. Slack retries an event it thinks we missed (`X-Slack-Retry-Num`), and
sometimes sends the same message again under a new event id; Bolt does neither check. We key both the
event id and the message's channel + ts in the store, so this holds across restarts and across several
processes sharing a database.

A key is claimed while its event is handled and recorded as handled only once the handling is
committed (`handling`): a delivery of it while it is handled, or after it was, is dropped; a handling
that fails gives the key up, so Slack's retry is handled again. A claim is a lease (`LEASE`), so a
process that dies mid-handling leaves the event to a later retry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from bot.store import Store

LEASE = timedelta(minutes=3)
"""Longest one event is expected to take (three linked articles fetched, extracted, stored, answered)."""


def event_key(event_id: str) -> str:
    return f"slack-event:{event_id}"


def message_key(channel: str, ts: str) -> str:
    return f"slack-message:{channel}:{ts}"


@contextmanager
def handling(store: Store, key: str, clock: Callable[[], datetime]) -> Iterator[bool]:
    """Yields True when this delivery is to handle `key` (then recorded as handled when the block ends,
    or given up when it raises), False when the key is handled, or being handled, elsewhere."""
    if not store.claim_event(key, clock(), LEASE):
        yield False
        return
    try:
        yield True
    except BaseException:
        store.release_event(key)
        raise
    store.finish_event(key, clock())


def once(store: Store, body: dict[str, Any], clock: Callable[[], datetime], handle: Callable[[], object]) -> None:
    """Run `handle` for an event callback unless its `event_id` was handled, or is being handled."""
    event_id = body.get("event_id")
    if not isinstance(event_id, str) or not event_id:
        handle()
        return
    with handling(store, event_key(event_id), clock) as first:
        if first:
            handle()
