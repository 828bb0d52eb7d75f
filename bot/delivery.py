"""Delivering the outbox from `dealbot run`: instant alerts every few seconds, digests at each
subscriber's local time, posts paced per channel, Slack's rate limits honoured.

What `bot.slack.alerts.AlertSender` already does, and this module builds on: claiming due deliveries
from the outbox with a short lease that it renews while it works (`FOR UPDATE SKIP LOCKED` on PostgreSQL,
so replicas never send one alert twice; a stopped sender's alerts are free again within `CLAIM_LEASE`),
posting the card and its thread reply, each recorded with its ts as it is made so that a resend posts
only what is missing, retrying transient errors (5xx, timeouts) with an exponential backoff, and giving
up at once on permanent ones (`channel_not_found`, `not_in_channel`, `is_archived`, ...) with the error
as the delivery's `failed_reason`.

What this module adds:
- `PacedClient`: a Slack `WebClient` that spaces posts to one channel (`CHANNEL_INTERVAL_SECONDS`, after
  a burst of `CHANNEL_BURST`), and on HTTP 429 waits the `Retry-After` Slack gives before trying again
  when that is short (`MAX_INLINE_WAIT_SECONDS`); a longer one holds the channel, and the delivery goes
  back to the outbox as `ratelimited`, to be retried later.
- `DeliveryWorker`: gives new digest deliveries the time of their subscriber's next digest (daily or
  weekly, as their subscription says, at an hour of their local day: the zone of their schedule, else
  their Slack profile's, else the default), then lets the sender claim what is due.
- `start_delivery`: the two jobs on the APScheduler scheduler of `dealbot run`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.web.slack_response import SlackResponse

from bot.settings import Settings
from bot.slack.alerts import AlertSender
from bot.store import DigestCadence, Store, Subscriber
from bot.store.digests import DigestSchedule

CHANNEL_INTERVAL_SECONDS = 1.0
"""chat.postMessage allows about one message per second to one channel, with short bursts above it.
https://docs.slack.dev/reference/methods/chat.postMessage#rate_limiting"""
CHANNEL_BURST = 3
"""Posts sent to one channel back to back before pacing starts (a card and its thread reply, say)."""
MAX_INLINE_WAIT_SECONDS = 30.0
"""A Retry-After up to this long is waited out by the sender; a longer one sends the delivery back to
the outbox. https://docs.slack.dev/apis/web-api/rate-limits"""
MAX_RATE_LIMIT_RETRIES = 3
SEND_EVERY_SECONDS = 5.0
DIGEST_CHECK_SECONDS = 60.0
_PACED_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral", "chat.update"})
_log = logging.getLogger("dealbot.delivery")


class ChannelPacer:
    """Spaces calls per channel: a burst of `burst`, then one per `interval` (GCRA); and holds a channel
    for the Retry-After Slack gave. Thread-safe; the clock and the sleep are injectable."""

    def __init__(
        self,
        interval: float = CHANNEL_INTERVAL_SECONDS,
        burst: int = CHANNEL_BURST,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._interval = interval
        self._burst = max(1, burst)
        self._monotonic = monotonic
        self._sleep = sleep
        self._lock = threading.Lock()
        self._arrival: dict[str, float] = {}
        self._held: dict[str, float] = {}

    def wait_turn(self, channel: str) -> float:
        """Wait until `channel` may get a call; returns the seconds waited."""
        with self._lock:
            now = self._monotonic()
            arrival = max(self._arrival.get(channel, now), now)
            start = max(arrival - (self._burst - 1) * self._interval, self._held.get(channel, now), now)
            self._arrival[channel] = max(arrival, start) + self._interval
        wait = start - now
        if wait > 0:
            self._sleep(wait)
        return max(wait, 0.0)

    def hold(self, channel: str, seconds: float) -> None:
        with self._lock:
            until = self._monotonic() + seconds
            self._held[channel] = max(self._held.get(channel, until), until)

    def held_for(self, channel: str) -> float:
        with self._lock:
            return max(0.0, self._held.get(channel, 0.0) - self._monotonic())


class PacedClient(WebClient):
    """A WebClient whose posts are paced per channel and whose 429s are waited out (see module doc)."""

    def __init__(
        self,
        *,
        pacer: ChannelPacer,
        sleep: Callable[[float], None] = time.sleep,
        max_inline_wait: float = MAX_INLINE_WAIT_SECONDS,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._pacer = pacer
        self._sleep = sleep
        self._max_inline_wait = max_inline_wait

    def api_call(self, api_method: str, **kwargs: Any) -> SlackResponse:
        channel = _channel_of(api_method, kwargs)
        for attempt in range(MAX_RATE_LIMIT_RETRIES + 1):
            if channel is not None:
                held = self._pacer.held_for(channel)
                if held > self._max_inline_wait:
                    raise SlackApiError("rate limited: channel on hold", self._rate_limited(api_method, held))
                self._pacer.wait_turn(channel)
            try:
                return super().api_call(api_method, **kwargs)
            except SlackApiError as error:
                if error.response.status_code != 429 or attempt == MAX_RATE_LIMIT_RETRIES:
                    raise
                seconds = _retry_after(error.response.headers)
                _log.warning(
                    "rate limited", extra={"method": api_method, "channel": channel, "retry_after_s": seconds}
                )
                if channel is not None:
                    self._pacer.hold(channel, seconds)
                if seconds > self._max_inline_wait:
                    raise
                if channel is None:
                    self._sleep(seconds)
        raise AssertionError("unreachable")

    def _rate_limited(self, api_method: str, seconds: float) -> SlackResponse:
        return SlackResponse(
            client=self,
            http_verb="POST",
            api_url=self.base_url + api_method,
            req_args={},
            data={"ok": False, "error": "ratelimited"},
            headers={"Retry-After": str(int(seconds) + 1)},
            status_code=429,
        )


def paced_client(settings: Settings, pacer: ChannelPacer | None = None) -> PacedClient:
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return PacedClient(
        pacer=pacer or ChannelPacer(settings.delivery_channel_interval_seconds),
        token=token,
        base_url=settings.slack_api_url or WebClient.BASE_URL,
    )


def next_digest(now: datetime, schedule: DigestSchedule, zone: ZoneInfo, cadence: DigestCadence) -> datetime:
    """The first daily or weekly digest time of `schedule` after `now`, in UTC."""
    local = now.astimezone(zone)
    candidate = local.replace(hour=schedule.hour, minute=0, second=0, microsecond=0)
    if cadence == "weekly":
        candidate += timedelta(days=(schedule.weekday - local.weekday()) % 7)
        step = timedelta(days=7)
    else:
        step = timedelta(days=1)
    while candidate <= local:
        candidate += step
    return candidate.astimezone(UTC)


class DeliveryWorker:
    def __init__(
        self,
        store: Store,
        client: WebClient,
        clock: Callable[[], datetime],
        *,
        default_zone: str = "UTC",
    ) -> None:
        self._store = store
        self._client = client
        self._clock = clock
        self._sender = AlertSender(store, client, clock)
        self._default_zone = _zone(default_zone) or ZoneInfo("UTC")
        self._zones: dict[str, ZoneInfo] = {}

    def send_due(self) -> int:
        """Send the instant alerts that are due; returns how many were sent."""
        return self._sender.send_due()

    def send_digests(self) -> int:
        """Give new digest deliveries their time, then send the digests that are due."""
        self.hold_new_digests()
        return self._sender.send_digests()

    def hold_new_digests(self) -> int:
        held = 0
        for subscriber, cadence in self._store.digests_waiting():
            schedule = self._store.digest_schedule(subscriber) or DigestSchedule()
            when = next_digest(self._clock(), schedule, self._zone_of(subscriber, schedule), cadence)
            held += self._store.hold_digests(subscriber, cadence, when)
        return held

    def _zone_of(self, subscriber: Subscriber, schedule: DigestSchedule) -> ZoneInfo:
        if schedule.timezone and (zone := _zone(schedule.timezone)) is not None:
            return zone
        if subscriber.kind != "user":
            return self._default_zone
        if subscriber.id not in self._zones:
            zone = None
            try:
                profile = self._client.users_info(user=subscriber.id).get("user")
                zone = _zone(profile.get("tz")) if isinstance(profile, dict) else None
            except SlackApiError as error:
                reason = error.response.get("error")
                _log.warning("no time zone for user", extra={"user": subscriber.id, "error": reason})
            self._zones[subscriber.id] = zone or self._default_zone
        return self._zones[subscriber.id]


def start_delivery(
    scheduler: Any,
    worker: DeliveryWorker,
    *,
    send_every: float = SEND_EVERY_SECONDS,
    digest_every: float = DIGEST_CHECK_SECONDS,
) -> None:
    """Add the sender's jobs to an APScheduler scheduler (started or not)."""
    scheduler.add_job(
        _guarded(worker.send_due, "alerts"), "interval", seconds=send_every, id="deliver-alerts",
        max_instances=1, coalesce=True, next_run_time=datetime.now(UTC), replace_existing=True,
    )  # fmt: skip
    scheduler.add_job(
        _guarded(worker.send_digests, "digests"), "interval", seconds=digest_every, id="deliver-digests",
        max_instances=1, coalesce=True, next_run_time=datetime.now(UTC), replace_existing=True,
    )  # fmt: skip


def _guarded(job: Callable[[], int], name: str) -> Callable[[], None]:
    def run() -> None:
        try:
            job()
        except Exception:
            _log.exception("delivery job failed; it runs again at its next time", extra={"job": name})

    return run


def _channel_of(api_method: str, kwargs: Mapping[str, Any]) -> str | None:
    if api_method not in _PACED_METHODS:
        return None
    for key in ("json", "params", "data"):
        body = kwargs.get(key)
        if isinstance(body, Mapping) and isinstance(body.get("channel"), str):
            return str(body["channel"])
    return None


def _retry_after(headers: Mapping[str, Any]) -> float:
    for name, value in headers.items():
        if name.lower() == "retry-after":
            text = value[0] if isinstance(value, list) and value else value
            try:
                return max(0.0, float(str(text)))
            except ValueError:
                break
    return 1.0


def _zone(name: object) -> ZoneInfo | None:
    if not isinstance(name, str) or not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
