"""Sending alerts from the outbox. A deal's deliveries are recorded (`Store.enqueue_deliveries`) before
anything is sent; a sender claims them (`claim_deliveries`), posts the compact card and then the full
summary as the first reply in its thread, and marks them sent.

Claims: a claim lasts `CLAIM_LEASE` (30 s). While a sender works through what it claimed, a heartbeat
thread renews its claims every `HEARTBEAT_SECONDS`, so a slow Slack (a Retry-After waited out, a post
that takes long) or a long fan-out never lets another sender take them; the claims of a sender that died
run out within the lease, and a sender started after a crash sends them within the lease and its next
send: well within a minute. A claim lost anyway (the process stalled past its lease, and another sender
took the delivery over) is dropped: nothing more is posted or recorded for it.

Exactly once: each post of an instant alert is recorded as begun (`Store.begin_post`) before it is sent
and, once Slack answers, with its conversation and ts, in the transaction that marks that step done (the
thread reply's also marks the delivery sent). A delivery claimed again (after a crash, or a retry) posts
only the steps not recorded: a card recorded gets only its thread reply. Nothing is read back from Slack
for them. Only a post begun and never recorded (Slack's answer was lost, or the sender died waiting for
it) may be in Slack without our knowing: that post alone is looked for in its conversation, the card in
conversations.history and the reply in conversations.replies, by the metadata naming its delivery or, when
the Web API returns no metadata, as a bot message with the same text posted since it was begun. Found, it
is recorded and not posted again; not found, or the conversation cannot be read, it is posted (a possible
repeat rather than a lost alert). A post Slack refused (its `ok: false` answer, a 429) is forgotten, so
that its retry is not looked for.

Later reports: once the due alerts are out, what later reports added to deals already alerted is told in
those alerts' threads (`bot.slack.followups`).

Errors: a permanent one (`PERMANENT_ERRORS`) ends the delivery with the error as its `failed_reason`; any
other (a 5xx, a rate limit, a timeout, Slack unreachable) sends it back to the outbox with a backoff, and
the sender goes on with the next delivery.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack import cards, followups, messages
from bot.store import Delivery, DeliveryPost, PostStep, Store, StoredDeal
from bot.store.deliveries import CLAIM_LEASE

ALERT_EVENT = "dealbot_alert"
DETAIL_EVENT = "dealbot_alert_detail"
HEARTBEAT_SECONDS = CLAIM_LEASE.total_seconds() / 3
"""How often a working sender renews its claims: three beats per lease, so one late or failed renewal
(a database busy for a moment) still leaves the claims held."""
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found", "not_in_channel", "is_archived", "user_not_found", "cannot_dm_bot",
        "user_disabled", "restricted_action", "messages_tab_disabled", "invalid_blocks", "msg_blocks_too_long",
    }
)
MAX_ATTEMPTS = 8
"""Claims of one delivery before a transient error gives it up (retries after 2, 4, ... 64 minutes)."""
HISTORY_MARGIN = timedelta(minutes=1)
"""How far before a post was begun its conversation is read back: the sender's clock and Slack's differ."""
_log = logging.getLogger("dealbot.slack.alerts")


class AlertSender:
    def __init__(
        self,
        store: Store,
        client: WebClient,
        clock: Callable[[], datetime],
        *,
        heartbeat_every: float = HEARTBEAT_SECONDS,
    ) -> None:
        self._store = store
        self._client = client
        self._clock = clock
        self._heartbeat_every = heartbeat_every

    def enqueue(self, deal_id: int) -> int:
        """Record the deal's deliveries in the outbox; returns how many are new."""
        return len(self._store.enqueue_deliveries(deal_id, self._clock()))

    def send_due(self, limit: int = 50) -> int:
        """Send the instant alerts that are due (new, retried, or left by a stopped process)."""
        sent = 0
        while True:
            claimed = self._store.claim_deliveries(self._clock(), limit=limit, mode="instant", lease=CLAIM_LEASE)
            made: dict[int, _Alert | None] = {}
            with _Heartbeat(self._store, self._clock, claimed, self._heartbeat_every) as beat:
                for delivery in claimed:
                    if beat.holds(delivery.id):
                        sent += self._deliver(delivery, beat, made)
                    beat.done(delivery.id)
            if len(claimed) < limit:
                followups.tell(self._store, self._client, self._clock)
                return sent

    def send_digests(self, limit: int = 500) -> int:
        """One digest message per subscriber for the digest deliveries due; returns the deals covered."""
        claimed = self._store.claim_deliveries(self._clock(), limit=limit, mode="digest", lease=CLAIM_LEASE)
        with _Heartbeat(self._store, self._clock, claimed, self._heartbeat_every) as beat:
            return self._send_digests(claimed, beat)

    def _send_digests(self, claimed: Sequence[Delivery], beat: _Heartbeat) -> int:
        by_target: dict[tuple[str, str], list[Delivery]] = {}
        for delivery in claimed:
            by_target.setdefault((delivery.subscriber.kind, delivery.subscriber.id), []).append(delivery)
        covered = 0
        for (_kind, target), group in by_target.items():
            deliveries = [d for d in group if beat.holds(d.id)]
            if not deliveries:
                continue
            deals = [d for d in (self._store.get_deal(x.deal_id) for x in deliveries) if d is not None]
            deals.sort(key=lambda d: (d.first_seen, d.id), reverse=True)  # newest first, as its title says
            count = len(deals)
            subject = messages.DIGEST_TITLE.format(count=count, plural="s" if count != 1 else "")
            card = cards.deal_list(subject, deals, None)
            try:
                response = self._client.chat_postMessage(
                    channel=target, text=subject, blocks=card.blocks_json(), unfurl_links=False
                )
            except (SlackApiError, OSError) as error:
                for delivery in deliveries:
                    self._failed(delivery, error)
                continue
            for delivery in deliveries:
                self._store.mark_sent(delivery.id, self._clock(), _ref(response), attempt=delivery.attempts)
                beat.done(delivery.id)
            covered += len(deliveries)
        return covered

    def _deliver(self, delivery: Delivery, beat: _Heartbeat, made: dict[int, _Alert | None]) -> int:
        alert = self._alert(delivery.deal_id, made)
        if alert is None:
            self._store.mark_failed(delivery.id, "deal no longer stored", attempt=delivery.attempts)
            return 0
        card, full = alert
        recorded = delivery.post("card")
        card_known = recorded is not None and recorded.ts is not None
        try:
            posted = self._post_once(
                delivery, "card", beat,
                lambda: self._client.chat_postMessage(
                    channel=delivery.subscriber.id, text=card.text, blocks=card.blocks_json(),
                    metadata=_metadata(ALERT_EVENT, delivery), unfurl_links=False, unfurl_media=False,
                ),
                lambda begun: self._find_card(delivery, begun, card.text),
                then="thread_reply",
            )  # fmt: skip
            if posted is None:
                return 0
            channel, ts = posted
            replied = self._post_once(
                delivery, "thread_reply", beat,
                lambda: self._client.chat_postMessage(
                    channel=channel, thread_ts=ts, text=full.text, blocks=full.blocks_json(),
                    metadata=_metadata(DETAIL_EVENT, delivery), unfurl_links=False, unfurl_media=False,
                ),
                lambda begun: self._find_reply(delivery, begun, channel, ts, full.text),
                begun_now=not card_known, sent_as=f"{channel}/{ts}",
            )  # fmt: skip
        except (SlackApiError, OSError) as error:
            self._failed(delivery, error)
            return 0
        if replied is None:
            return 0
        _log.info("alert sent", extra={"delivery_id": delivery.id, "deal_id": delivery.deal_id, "channel": channel})
        return 1

    def _alert(self, deal_id: int, made: dict[int, _Alert | None]) -> _Alert | None:
        """The deal's card and thread reply, made once per batch (a fan-out sends one deal to many)."""
        if deal_id not in made:
            stored = self._store.get_deal(deal_id)
            made[deal_id] = None if stored is None else _cards_of(stored)
        return made[deal_id]

    def _post_once(
        self,
        delivery: Delivery,
        step: PostStep,
        beat: _Heartbeat,
        post: Callable[[], Any],
        find: Callable[[DeliveryPost], tuple[str, str] | None],
        *,
        begun_now: bool = False,
        then: PostStep | None = None,
        sent_as: str | None = None,
    ) -> tuple[str, str] | None:
        """The step's post as (channel, ts): the one recorded, else the one begun and found in Slack, else a
        new one; recorded done, with the step `then` begun (or with `sent_as`, the delivery sent) in the same
        transaction. `begun_now`: the step was begun just now, with the one before, so Slack cannot have it.
        None when the claim was lost."""
        recorded = None if begun_now else delivery.post(step)
        if recorded is not None and recorded.channel is not None and recorded.ts is not None:
            if sent_as is None:
                return recorded.channel, recorded.ts
            posted = (recorded.channel, recorded.ts)
        else:
            found = find(recorded) if recorded is not None else None
            if found is None:
                if not beat.holds(delivery.id) or not (
                    begun_now or self._store.begin_post(delivery, step, self._clock())
                ):
                    self._lost(delivery, step)
                    return None
                response = post()
                found = (str(response["channel"]), str(response["ts"]))
            posted = found
        now = self._clock()
        if not self._store.record_post(delivery, step, posted[0], posted[1], now, then=then, sent_as=sent_as):
            self._lost(delivery, step)
            return None
        return posted

    def _find_card(self, delivery: Delivery, begun: DeliveryPost, text: str) -> tuple[str, str] | None:
        """The card of this delivery already in its conversation, as (channel, ts), or None."""
        try:
            channel = delivery.subscriber.id
            if delivery.subscriber.kind == "user":
                opened = self._client.conversations_open(users=delivery.subscriber.id)
                channel = str(opened["channel"]["id"])
            oldest = f"{(begun.started - HISTORY_MARGIN).timestamp():.6f}"
            history = self._client.conversations_history(
                channel=channel, oldest=oldest, include_all_metadata=True, limit=200
            )
        except (SlackApiError, OSError) as error:
            self._unreadable(delivery, "card", error)
            return None
        for message in _messages(history.get("messages")):
            top_level = message.get("thread_ts") in (None, message.get("ts"))  # not a reply sent to the channel
            if top_level and _is_post_of(message, delivery, ALERT_EVENT, text):
                return channel, str(message.get("ts"))
        return None

    def _find_reply(
        self, delivery: Delivery, begun: DeliveryPost, channel: str, ts: str, text: str
    ) -> tuple[str, str] | None:
        """The thread reply of this delivery already under its card, as (channel, ts), or None."""
        try:
            replies = self._client.conversations_replies(channel=channel, ts=ts, include_all_metadata=True, limit=50)
        except (SlackApiError, OSError) as error:
            self._unreadable(delivery, "thread_reply", error)
            return None
        for message in _messages(replies.get("messages")):
            if message.get("ts") != ts and _is_post_of(message, delivery, DETAIL_EVENT, text):
                return channel, str(message.get("ts"))
        return None

    def _unreadable(self, delivery: Delivery, step: PostStep, error: SlackApiError | OSError) -> None:
        _log.warning(
            "conversation not readable: posting, though an earlier post may be there",
            extra={"delivery_id": delivery.id, "step": step, "error": _code(error)},
        )

    def _lost(self, delivery: Delivery, step: PostStep) -> None:
        _log.warning(
            "claim lost to another sender: leaving the delivery to it",
            extra={"delivery_id": delivery.id, "step": step, "attempt": delivery.attempts},
        )

    def _failed(self, delivery: Delivery, error: SlackApiError | OSError) -> None:
        code = _code(error)
        retry_at = None
        if code not in PERMANENT_ERRORS and delivery.attempts < MAX_ATTEMPTS:
            retry_at = self._clock() + timedelta(minutes=2 ** min(delivery.attempts, 6))
        refused = isinstance(error, SlackApiError) and error.response.status_code < 500
        self._store.mark_failed(delivery.id, code, retry_at, attempt=delivery.attempts, refused=refused)
        _log.warning("alert not sent", extra={"delivery_id": delivery.id, "error": code, "retry": bool(retry_at)})


_Alert = tuple[cards.Card, cards.Card]
"""A deal's compact card and its full summary, the thread reply."""


def _cards_of(stored: StoredDeal) -> _Alert:
    """The alert's card and thread reply, each with the deal's menu (fix a term, not a deal, same deal as)."""
    return cards.compact_card(stored, menu=True), cards.summary_card(stored, menu=True)


class _Heartbeat:
    """Renews the claims a sender is working on, every `every` seconds from its own thread, until the
    `with` block ends; `holds` says whether a claim is still the sender's (a renewal finding a delivery
    taken over drops it). Renewal errors are logged: the next beat tries again."""

    def __init__(
        self, store: Store, clock: Callable[[], datetime], claimed: Sequence[Delivery], every: float
    ) -> None:
        self._store = store
        self._clock = clock
        self._every = every
        self._working = {d.id: d for d in claimed}
        self._lost: set[int] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="delivery-heartbeat", daemon=True)

    def __enter__(self) -> _Heartbeat:
        if self._working:
            self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def holds(self, delivery_id: int) -> bool:
        with self._lock:
            return delivery_id not in self._lost

    def done(self, delivery_id: int) -> None:
        with self._lock:
            self._working.pop(delivery_id, None)

    def beat(self) -> None:
        with self._lock:
            claims = list(self._working.values())
        if not claims:
            return
        try:
            held = self._store.renew_deliveries(claims, self._clock(), CLAIM_LEASE)
        except Exception as error:
            _log.warning("claims not renewed", extra={"deliveries": len(claims), "error": type(error).__name__})
            return
        with self._lock:
            for claim in claims:
                if claim.id not in held and claim.id in self._working:
                    self._working.pop(claim.id)
                    self._lost.add(claim.id)

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            self.beat()


def _metadata(event_type: str, delivery: Delivery) -> dict[str, Any]:
    return {"event_type": event_type, "event_payload": {"delivery_id": delivery.id, "deal_id": delivery.deal_id}}


def _messages(value: object) -> list[dict[str, Any]]:
    return [m for m in value if isinstance(m, dict)] if isinstance(value, list) else []


def _is_post_of(message: dict[str, Any], delivery: Delivery, event_type: str, text: str) -> bool:
    """Whether a message read back is this delivery's post: its metadata names the delivery, or it has no
    metadata (a Web API that does not return it) and is a bot's message with the post's text."""
    metadata = message.get("metadata")
    if isinstance(metadata, dict):
        payload = metadata.get("event_payload")
        found = payload.get("delivery_id") if isinstance(payload, dict) else None
        return metadata.get("event_type") == event_type and found == delivery.id
    return bool(message.get("bot_id")) and message.get("text") in (text, cards.escape(text))


def _code(error: SlackApiError | OSError) -> str:
    if isinstance(error, SlackApiError):
        return str(error.response.get("error") or error.response.status_code)
    reason = error.reason if isinstance(error, URLError) else error
    return "timeout" if isinstance(reason, TimeoutError) else "unreachable"


def _ref(response: Any) -> str:
    return f"{response.get('channel')}/{response.get('ts')}"
