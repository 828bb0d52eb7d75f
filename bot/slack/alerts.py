"""Sending alerts from the outbox. A deal's deliveries are recorded (`Store.enqueue_deliveries`) before
anything is sent; a sender leases them (`claim_deliveries`), posts the compact card and then the full
summary as the first reply in its thread, and marks them sent.

Restart safety: every alert carries Slack message metadata naming its delivery. A delivery claimed again
(its earlier lease ran out: the process stopped between posting and recording) is first looked for in
the conversation's recent history; when the card is there it is not posted again — only a missing
thread reply is — so a crash or restart sends nothing twice and loses nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack import cards, messages
from bot.store import Delivery, Store, StoredDeal

ALERT_EVENT = "dealbot_alert"
DETAIL_EVENT = "dealbot_alert_detail"
LEASE = timedelta(minutes=5)
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found", "not_in_channel", "is_archived", "user_not_found", "cannot_dm_bot",
        "user_disabled", "restricted_action", "messages_tab_disabled", "invalid_blocks", "msg_blocks_too_long",
    }
)
_log = logging.getLogger("dealbot.slack.alerts")


class AlertSender:
    def __init__(self, store: Store, client: WebClient, clock: Callable[[], datetime]) -> None:
        self._store = store
        self._client = client
        self._clock = clock

    def enqueue(self, deal_id: int) -> int:
        """Record the deal's deliveries in the outbox; returns how many are new."""
        return len(self._store.enqueue_deliveries(deal_id, self._clock()))

    def send_due(self, limit: int = 50) -> int:
        """Send the instant alerts that are due (new, retried, or left by a stopped process)."""
        sent = 0
        while True:
            claimed = self._store.claim_deliveries(self._clock(), limit=limit, mode="instant", lease=LEASE)
            for delivery in claimed:
                sent += self._deliver(delivery)
            if len(claimed) < limit:
                return sent

    def send_digests(self, limit: int = 500) -> int:
        """One digest message per subscriber for the digest deliveries due; returns the deals covered."""
        claimed = self._store.claim_deliveries(self._clock(), limit=limit, mode="digest", lease=LEASE)
        by_target: dict[tuple[str, str], list[Delivery]] = {}
        for delivery in claimed:
            by_target.setdefault((delivery.subscriber.kind, delivery.subscriber.id), []).append(delivery)
        covered = 0
        for (_kind, target), deliveries in by_target.items():
            deals = [d for d in (self._store.get_deal(x.deal_id) for x in deliveries) if d is not None]
            deals.sort(key=lambda d: (d.first_seen, d.id), reverse=True)  # newest first, as its title says
            count = len(deals)
            subject = messages.DIGEST_TITLE.format(count=count, plural="s" if count != 1 else "")
            card = cards.deal_list(subject, deals, None)
            try:
                response = self._client.chat_postMessage(
                    channel=target, text=subject, blocks=card.blocks_json(), unfurl_links=False
                )
            except SlackApiError as error:
                self._failed(deliveries, error)
                continue
            for delivery in deliveries:
                self._store.mark_sent(delivery.id, self._clock(), message_ref=_ref(response))
            covered += len(deliveries)
        return covered

    def _deliver(self, delivery: Delivery) -> int:
        stored = self._store.get_deal(delivery.deal_id)
        if stored is None:
            self._store.mark_failed(delivery.id, "deal no longer stored")
            return 0
        try:
            if delivery.attempts > 1:
                earlier = self._posted_before(delivery)
                if earlier is not None:
                    channel, ts = earlier
                    if not self._detail_posted(channel, ts):
                        self._post_detail(stored, delivery, channel, ts)
                    self._store.mark_sent(delivery.id, self._clock(), message_ref=f"{channel}/{ts}")
                    return 0
            card = cards.compact_card(stored)
            response = self._client.chat_postMessage(
                channel=delivery.subscriber.id,
                text=card.text,
                blocks=card.blocks_json(),
                metadata=_metadata(ALERT_EVENT, delivery),
                unfurl_links=False,
                unfurl_media=False,
            )
            channel, ts = str(response["channel"]), str(response["ts"])
            self._post_detail(stored, delivery, channel, ts)
        except SlackApiError as error:
            self._failed([delivery], error)
            return 0
        self._store.mark_sent(delivery.id, self._clock(), message_ref=f"{channel}/{ts}")
        _log.info("alert sent", extra={"delivery_id": delivery.id, "deal_id": delivery.deal_id, "channel": channel})
        return 1

    def _post_detail(self, stored: StoredDeal, delivery: Delivery, channel: str, ts: str) -> None:
        full = cards.summary_card(stored)
        self._client.chat_postMessage(
            channel=channel,
            thread_ts=ts,
            text=full.text,
            blocks=full.blocks_json(),
            metadata=_metadata(DETAIL_EVENT, delivery),
            unfurl_links=False,
            unfurl_media=False,
        )

    def _posted_before(self, delivery: Delivery) -> tuple[str, str] | None:
        """The alert card of this delivery already in its conversation, as (channel, ts), or None."""
        channel = delivery.subscriber.id
        if delivery.subscriber.kind == "user":
            opened = self._client.conversations_open(users=delivery.subscriber.id)
            channel = str(opened["channel"]["id"])
        oldest = f"{(delivery.created - timedelta(minutes=1)).timestamp():.6f}"
        history = self._client.conversations_history(
            channel=channel, oldest=oldest, include_all_metadata=True, limit=200
        )
        for message in _messages(history.get("messages")):
            if _delivery_of(message, ALERT_EVENT) == delivery.id:
                return channel, str(message.get("ts"))
        return None

    def _detail_posted(self, channel: str, ts: str) -> bool:
        replies = self._client.conversations_replies(channel=channel, ts=ts, include_all_metadata=True, limit=50)
        return any(_delivery_of(m, DETAIL_EVENT) is not None for m in _messages(replies.get("messages")))

    def _failed(self, deliveries: Sequence[Delivery], error: SlackApiError) -> None:
        code = str(error.response.get("error") or error.response.status_code)
        for delivery in deliveries:
            retry_at = None
            if code not in PERMANENT_ERRORS and delivery.attempts < 8:
                retry_at = self._clock() + timedelta(minutes=2 ** min(delivery.attempts, 6))
            self._store.mark_failed(delivery.id, code, retry_at)
            _log.warning("alert not sent", extra={"delivery_id": delivery.id, "error": code, "retry": bool(retry_at)})


def _metadata(event_type: str, delivery: Delivery) -> dict[str, Any]:
    return {"event_type": event_type, "event_payload": {"delivery_id": delivery.id, "deal_id": delivery.deal_id}}


def _messages(value: object) -> list[dict[str, Any]]:
    return [m for m in value if isinstance(m, dict)] if isinstance(value, list) else []


def _delivery_of(message: dict[str, Any], event_type: str) -> int | None:
    metadata = message.get("metadata")
    if not isinstance(metadata, dict) or metadata.get("event_type") != event_type:
        return None
    payload = metadata.get("event_payload")
    found = payload.get("delivery_id") if isinstance(payload, dict) else None
    return found if isinstance(found, int) else None


def _ref(response: Any) -> str:
    return f"{response.get('channel')}/{response.get('ts')}"
