"""The delivery worker against the fake Slack Web API on 127.0.0.1 and a real SQLite file: pacing per
channel, 429 Retry-After, and digests at the subscriber's local time. (Retries and giving up, amid a
fan-out: tests/faults/test_slack_errors.py.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.delivery import ChannelPacer, DeliveryWorker, PacedClient, next_digest
from bot.store import NewSubscription, SourceRef, Store, Subscriber
from bot.store.digests import DigestSchedule
from extraction import extract
from tests.bot.feeds.articles import article, company
from tests.bot.slack.fake_slack import FakeSlack, Scripted

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday; 05:00 in New York (EST)
CHANNEL = Subscriber(kind="channel", id="C0DEALS")


class FakeTime:
    """A monotonic clock whose sleep advances it, recording every wait."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'dealbot.sqlite3'}") as opened:
        yield opened


def client(slack: FakeSlack, fake: FakeTime, interval: float = 1.0) -> PacedClient:
    pacer = ChannelPacer(interval, 3, monotonic=fake.monotonic, sleep=fake.sleep)
    return PacedClient(pacer=pacer, sleep=fake.sleep, token="xoxb-test", base_url=slack.api_url)


def new_deal(store: Store, n: int, now: datetime) -> int:
    result = store.ingest(extract(article(n)), SourceRef(kind="url", ref=f"https://news.example/{n}"), now)
    assert result.kind == "new" and result.deal_id is not None
    store.enqueue_deliveries(result.deal_id, now)
    return result.deal_id


def test_pacer_allows_a_burst_then_one_per_interval_per_channel():
    fake = FakeTime()
    pacer = ChannelPacer(1.0, 3, monotonic=fake.monotonic, sleep=fake.sleep)
    waits = [pacer.wait_turn("C1") for _ in range(5)]
    assert waits == [0, 0, 0, 1.0, 1.0]
    assert pacer.wait_turn("C2") == 0  # another channel is not slowed
    fake.now += 10
    assert [pacer.wait_turn("C1") for _ in range(3)] == [0, 0, 0]


def test_posts_to_one_channel_are_paced(slack: FakeSlack, store: Store):
    fake, clock = FakeTime(), Clock()
    store.add_subscription(NewSubscription(subscriber=CHANNEL), clock())
    for n in range(3):
        new_deal(store, n, clock())
    sent = DeliveryWorker(store, client(slack, fake), clock).send_due()
    assert sent == 3
    posts = slack.of("chat.postMessage")
    assert len(posts) == 6 and {p.params["channel"] for p in posts} == {CHANNEL.id}
    assert fake.slept == [1.0, 1.0, 1.0]  # six posts: a burst of three, then one a second
    assert all(d.state == "sent" for d in store.deliveries())


def test_a_short_retry_after_is_waited_out(slack: FakeSlack, store: Store):
    fake, clock = FakeTime(), Clock()
    store.add_subscription(NewSubscription(subscriber=CHANNEL), clock())
    new_deal(store, 0, clock())
    limited = Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "7"})
    slack.script("chat.postMessage", limited)
    assert DeliveryWorker(store, client(slack, fake), clock).send_due() == 1
    assert fake.slept == [7.0]
    assert len(slack.of("chat.postMessage")) == 3  # refused card, card, thread reply
    assert [d.state for d in store.deliveries()] == ["sent"]


def test_a_long_retry_after_puts_the_alert_back_and_holds_the_channel(slack: FakeSlack, store: Store):
    fake, clock = FakeTime(), Clock()
    store.add_subscription(NewSubscription(subscriber=CHANNEL), clock())
    new_deal(store, 0, clock())
    slack.script("chat.postMessage", Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "600"}))
    worker = DeliveryWorker(store, client(slack, fake), clock)
    assert worker.send_due() == 0
    [delivery] = store.deliveries()
    assert (delivery.state, delivery.failed_reason) == ("pending", "ratelimited")
    assert delivery.next_attempt is not None and delivery.next_attempt > clock()
    clock.now = delivery.next_attempt  # due again in the outbox, but Slack asked for 600 s
    fake.now += 300
    assert worker.send_due() == 0
    assert len(slack.of("chat.postMessage")) == 1  # Slack was not called while the channel is held
    [delivery] = store.deliveries()
    assert delivery.state == "pending" and delivery.next_attempt is not None
    clock.now = delivery.next_attempt
    fake.now += 301
    assert worker.send_due() == 1
    assert [d.state for d in store.deliveries()] == ["sent"]


def test_digests_go_out_at_the_subscribers_local_hour(slack: FakeSlack, store: Store):
    fake, clock = FakeTime(), Clock()
    user = Subscriber(kind="user", id="U0NY")
    paris = Subscriber(kind="channel", id="C0WEEKLY")
    store.add_subscription(NewSubscription(subscriber=user, mode="digest"), clock())
    store.add_subscription(NewSubscription(subscriber=paris, mode="digest", cadence="weekly"), clock())
    fridays = DigestSchedule(weekday=4, hour=9, timezone="Europe/Paris")
    store.set_digest_schedule(paris, fridays, START)
    slack.script("users.info", Scripted(200, {"ok": True, "user": {"id": user.id, "tz": "America/New_York"}}))
    for n in range(2):
        new_deal(store, n, clock())
    worker = DeliveryWorker(store, client(slack, fake), clock)
    assert worker.send_digests() == 0
    held = {d.subscriber.id: d.next_attempt for d in store.deliveries()}
    assert held == {
        user.id: datetime(2026, 3, 2, 13, 0, tzinfo=UTC),  # 08:00 in New York
        paris.id: datetime(2026, 3, 6, 8, 0, tzinfo=UTC),  # Friday 09:00 in Paris
    }
    clock.now = datetime(2026, 3, 2, 12, 59, tzinfo=UTC)
    assert worker.send_digests() == 0 and slack.of("chat.postMessage") == []
    clock.now = datetime(2026, 3, 2, 13, 0, tzinfo=UTC)
    new_deal(store, 2, clock())  # arrives at digest time: it waits for the next one
    assert worker.send_digests() == 2
    [post] = slack.of("chat.postMessage")
    assert post.params["channel"] == user.id
    clock.now = datetime(2026, 3, 6, 8, 0, tzinfo=UTC)
    assert worker.send_digests() == 4  # New York's second digest (1 deal) and Paris's weekly one (3)
    assert sorted(p.params["channel"] for p in slack.of("chat.postMessage")) == [paris.id, user.id, user.id]
    assert len(slack.of("users.info")) == 1


def test_next_digest_across_a_daylight_saving_change():
    new_york = ZoneInfo("America/New_York")
    at_8 = DigestSchedule(weekday=0, hour=8)
    before = datetime(2026, 3, 7, 14, 0, tzinfo=UTC)  # Saturday 09:00 EST; clocks go forward on Sunday
    assert next_digest(before, at_8, new_york, "daily") == datetime(2026, 3, 8, 12, 0, tzinfo=UTC)  # 08:00 EDT
    assert next_digest(before, at_8, new_york, "weekly") == datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    monday_8 = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    assert next_digest(monday_8, at_8, new_york, "weekly") == datetime(2026, 3, 16, 12, 0, tzinfo=UTC)


def test_each_subscription_keeps_its_digest_cadence(slack: FakeSlack, store: Store):
    fake, clock = FakeTime(), Clock()
    daily = NewSubscription(subscriber=CHANNEL, mode="digest", cadence="daily", companies=(company(0, 0),))
    weekly = NewSubscription(subscriber=CHANNEL, mode="digest", cadence="weekly", companies=(company(1, 0),))
    store.add_subscription(daily, clock())
    store.add_subscription(weekly, clock())
    first, second = new_deal(store, 0, clock()), new_deal(store, 1, clock())
    worker = DeliveryWorker(store, client(slack, fake), clock)
    assert worker.send_digests() == 0
    held = {(d.deal_id, d.cadence): d.next_attempt for d in store.deliveries()}
    assert held == {
        (first, "daily"): datetime(2026, 3, 3, 8, 0, tzinfo=UTC),  # the next 08:00
        (second, "weekly"): datetime(2026, 3, 9, 8, 0, tzinfo=UTC),  # the next Monday 08:00
    }
    clock.now = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    assert worker.send_digests() == 1
    [post] = slack.of("chat.postMessage")
    blocks = json.dumps(post.params["blocks"])
    assert company(0, 0) in blocks and company(1, 0) not in blocks


def test_a_digest_lists_its_deals_newest_first(slack: FakeSlack, store: Store):
    fake, clock = FakeTime(), Clock()
    store.add_subscription(NewSubscription(subscriber=CHANNEL, mode="digest"), clock())
    for n in range(3):
        clock.now = START + timedelta(minutes=n)
        new_deal(store, n, clock())
    worker = DeliveryWorker(store, client(slack, fake), clock)
    worker.send_digests()
    clock.now = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    assert worker.send_digests() == 3
    [post] = slack.of("chat.postMessage")
    sections = [b["text"]["text"] for b in post.params["blocks"] if b["type"] == "section"]
    assert "newest first" in sections[0]
    order = [next(n for n in range(3) if company(n, 0) in text) for text in sections[1:]]
    assert order == [2, 1, 0]
