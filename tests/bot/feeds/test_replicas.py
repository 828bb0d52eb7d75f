"""Two `dealbot run` processes on one PostgreSQL database: a feed of 50 new deals, 30 subscribed
channels; one process is killed half-way through sending. The source is polled once, by one process,
and every alert reaches every channel exactly once (card and thread reply)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.delivery import ChannelPacer, DeliveryWorker, PacedClient
from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller
from bot.slack.alerts import ALERT_EVENT, DETAIL_EVENT
from bot.store import DealQuery, NewSubscription, PollOutcome, Store, Subscriber
from bot.store.deliveries import CLAIM_LEASE
from bot.store.engine import scratch_schema
from tests.bot.feeds.articles import headline, html_page
from tests.bot.feeds.server import FeedServer, Route, rss
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.store.conftest import POSTGRES_URL, require_postgres

DEALS = 50
CHANNELS = 30
pytestmark = pytest.mark.postgres


@pytest.fixture
def postgres_url() -> Iterator[str]:
    require_postgres()
    with scratch_schema(POSTGRES_URL, "test") as url:
        yield url


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


def start_bot(database_url: str, slack: FakeSlack, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-replica-test",
        "SLACK_SIGNING_SECRET": "replica-test-secret",
        "SLACK_API_URL": slack.api_url,
        "DELIVERY_CHANNEL_INTERVAL_SECONDS": "0.001",
        "POLL_WORKERS": "2",
        "FEED_ALLOW_PRIVATE_ADDRESSES": "true",
    }
    env.pop("SLACK_APP_TOKEN", None)
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "bot.cli", "run", "--port", "0"], env=env, stderr=out)


def wait_for(check, timeout: float, what: str, processes=()) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        for process in processes:
            assert process.poll() is None, f"dealbot run stopped with status {process.returncode}"
        assert time.monotonic() < deadline, f"{what}: not within {timeout}s"
        time.sleep(0.05)


def cards(slack: FakeSlack, event: str) -> Counter[tuple[str, int]]:
    found: Counter[tuple[str, int]] = Counter()
    for call in slack.of("chat.postMessage"):
        metadata = call.params.get("metadata") or {}
        if metadata.get("event_type") == event:
            found[(str(call.params["channel"]), int(metadata["event_payload"]["delivery_id"]))] += 1
    return found


def test_two_processes_send_every_alert_once_while_one_is_killed(
    postgres_url: str, slack: FakeSlack, tmp_path: Path
):
    web = FeedServer().start()
    store = Store.open(postgres_url)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        now = datetime.now(UTC)
        channels = [Subscriber(kind="channel", id=f"C{n:04d}") for n in range(CHANNELS)]
        for channel in channels:
            store.add_subscription(NewSubscription(subscriber=channel), now)
        url = web.set("/feed", Route(rss([])))
        source = store.add_source(url, timedelta(hours=1), now)
        with Fetcher(user_agent="test", timeout=5, max_bytes=1_000_000, allow_private=True) as fetcher:
            assert Poller(store, fetcher, lambda: now).poll(source).backlog  # the (empty) backlog
        items = []
        for n in range(DEALS):
            link = web.set(f"/news/{n}", Route(html_page(n).encode(), content_type="text/html"))
            items.append({"guid": f"deal-{n}", "link": link, "title": headline(n)})
        web.set("/feed", Route(rss(items)))
        store.record_poll(source.id, PollOutcome(ok=True, next_attempt=now), now)  # due now

        processes = [start_bot(postgres_url, slack, tmp_path / f"bot{n}.log") for n in range(2)]
        expected = DEALS * CHANNELS
        wait_for(lambda: sum(cards(slack, ALERT_EVENT).values()) >= expected // 2, 120, "half the alerts", processes)
        processes[0].send_signal(signal.SIGKILL)
        processes[0].wait(timeout=10)

        posts: list[int] = []

        def settled() -> bool:  # nothing left pending, and the survivor has stopped posting
            rows = store.deliveries(limit=expected + 10)
            posts.append(len(slack.of("chat.postMessage")))
            idle = len(posts) > 20 and posts[-1] == posts[-21]
            return len(rows) == expected and not any(d.state == "pending" for d in rows) and idle

        wait_for(settled, 120, "the surviving process sends the rest", processes[1:])
        processes[1].send_signal(signal.SIGINT)
        assert processes[1].wait(timeout=30) == 0
        # What the killed process had claimed comes back when its lease runs out: a sender then finds
        # the cards it had already posted and posts only what is missing.
        left = [d for d in store.deliveries(limit=expected + 10) if d.state == "claimed"]
        assert len(left) <= 50  # one claim of the sender at most
        later = datetime.now(UTC) + CLAIM_LEASE + timedelta(seconds=1)
        client = PacedClient(pacer=ChannelPacer(0.001), token="xoxb-sweep", base_url=slack.api_url)
        DeliveryWorker(store, client, lambda: later).send_due()

        deliveries = store.deliveries(limit=expected + 10)
        assert len(deliveries) == expected
        assert Counter(d.state for d in deliveries) == {"sent": expected}
        deals = store.deals(DealQuery(limit=DEALS + 10)).items
        assert len(deals) == DEALS
        wanted = {(deal.id, c.id) for deal in deals for c in channels}
        assert {(d.deal_id, d.subscriber.id) for d in deliveries} == wanted
        posted = cards(slack, ALERT_EVENT)
        assert len(posted) == expected and set(posted.values()) == {1}, "an alert card posted twice or never"
        details = cards(slack, DETAIL_EVENT)
        assert len(details) == expected and set(details.values()) == {1}, "a thread reply posted twice or never"
        assert {delivery for _, delivery in posted} == {d.id for d in deliveries}
        assert len(web.hits("/feed")) == 2  # the backlog poll, then one poll by one of the processes
        assert all(len(web.hits(f"/news/{n}")) == 1 for n in range(DEALS))
    finally:
        for process in processes:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=10)
        store.close()
        web.stop()
