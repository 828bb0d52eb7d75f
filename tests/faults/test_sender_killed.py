"""A sender killed (SIGKILL) in the middle of a fan-out to 35 targets, then a sender started again: every
target gets exactly one card and one thread reply, and what the dead sender held goes out within a minute
of the restart.

The killed sender is `dealbot run` itself, in a subprocess, against the fake Slack Web API on 127.0.0.1 and
a real SQLite file or PostgreSQL's scratch schema. The kill point is exact: the fake Slack holds the post
after the n-th and signals when it arrives, and the test kills the process then. The restarted sender runs
the same delivery job on a controlled clock, at `dealbot run`'s pace (at once, then every
`SEND_EVERY_SECONDS`), so that the time it takes is measured without waiting for it. Slack's history returns
no message metadata here: exactly-once must not rest on it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.delivery import SEND_EVERY_SECONDS, ChannelPacer, DeliveryWorker, PacedClient
from bot.store import Delivery, NewSubscription, Store, Subscriber
from bot.store.deliveries import CLAIM_LEASE
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import Clock
from tests.bot.test_delivery import new_deal

TARGETS = [Subscriber(kind="channel", id=f"C{n:04d}") for n in range(25)] + [
    Subscriber(kind="user", id=f"U{n:04d}") for n in range(25, 35)
]
POSTS = 2 * len(TARGETS)  # a card and its thread reply each
HALF = len(TARGETS)
REDELIVERY_BOUND = timedelta(minutes=1)


def _conversation(target: Subscriber) -> str:
    return "D" + target.id[1:] if target.kind == "user" else target.id  # a user's alerts go to their DM


def _start_sender(database_url: str, slack: FakeSlack, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-kill-test",
        "SLACK_SIGNING_SECRET": "kill-test-secret",
        "SLACK_API_URL": slack.api_url,
        "DELIVERY_CHANNEL_INTERVAL_SECONDS": "0.001",
    }
    env.pop("SLACK_APP_TOKEN", None)
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", "--no-poll", "--port", "0"], env=env, stderr=out
        )


def _until(check: Callable[[], bool], process: subprocess.Popen[bytes], log: Path) -> None:
    """Until `check` holds, while the sender runs (bounded: a sender that never gets there fails the test)."""
    deadline = time.monotonic() + 120
    while not check():
        assert process.poll() is None, f"the sender stopped, status {process.returncode}: {log.read_text()[-2000:]}"
        assert time.monotonic() < deadline, f"the sender did not get there: {log.read_text()[-2000:]}"
        time.sleep(0.02)  # polling the condition, not waiting for a time


def _everything_sent(store: Store) -> bool:
    return all(d.state == "sent" for d in store.deliveries(limit=100))


@pytest.mark.parametrize(
    ("sent_before", "held_post_reached_slack"),
    [
        (0, False),  # nothing sent yet: the first card was on its way
        (0, True),  # the first card reached Slack, its answer did not: found again, not repeated
        (1, False),  # one card sent, its thread reply on its way: that target gets only its reply
        (HALF, False),
        (HALF, True),  # a thread reply reached Slack, its answer did not
        (POSTS - 1, False),  # all but the last thread reply
        (POSTS, False),  # everything sent and recorded
    ],
    ids=[
        "after-0", "after-0-answer-lost", "after-1", "after-half", "after-half-answer-lost", "after-all-but-one",
        "after-all",
    ],
)
def test_a_sender_killed_mid_fan_out_leaves_one_card_and_one_reply_per_target_within_a_minute(
    database_url: str, slack: FakeSlack, tmp_path: Path, sent_before: int, held_post_reached_slack: bool
) -> None:
    slack.returns_metadata = False
    store = Store.open(database_url)
    log = tmp_path / "sender.log"
    process = None
    try:
        now = datetime.now(UTC)
        for target in TARGETS:
            store.add_subscription(NewSubscription(subscriber=target), now)
        new_deal(store, 0, now)
        held = slack.hold_post(sent_before + 1, store=held_post_reached_slack) if sent_before < POSTS else None

        process = _start_sender(database_url, slack, log)
        if held is not None:
            _until(held.is_set, process, log)
        else:
            _until(lambda: _everything_sent(store), process, log)
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
        restart = datetime.now(UTC)
        slack.release()
        posted_by_killed = len(slack.of("chat.postMessage"))
        assert posted_by_killed == sent_before + (held is not None)
        left: list[Delivery] = [d for d in store.deliveries(limit=100) if d.state != "sent"]
        assert all(d.state == "claimed" for d in left)  # the killed sender held them when it died
        assert all(d.claimed_until is not None and d.claimed_until <= restart + CLAIM_LEASE for d in left)

        # A sender starts again: it runs its job at once, then every SEND_EVERY_SECONDS, on a controlled clock.
        clock = Clock(restart)
        client = PacedClient(pacer=ChannelPacer(0.001), token="xoxb-restarted", base_url=slack.api_url)
        worker = DeliveryWorker(store, client, clock)
        while True:
            worker.send_due()
            if _everything_sent(store):
                break
            assert clock() - restart < REDELIVERY_BOUND, "not redelivered within a minute of the restart"
            if clock() == restart:
                assert len(slack.of("chat.postMessage")) == posted_by_killed  # a live claim is not taken
            clock.advance(timedelta(seconds=SEND_EVERY_SECONDS))
        took = clock() - restart
        assert took <= CLAIM_LEASE + timedelta(seconds=SEND_EVERY_SECONDS) <= REDELIVERY_BOUND

        deliveries = {d.subscriber: d for d in store.deliveries(limit=100)}
        assert set(deliveries) == set(TARGETS)
        for target in TARGETS:
            shown = slack.conversation(_conversation(target))
            cards = [m for m in shown if "thread_ts" not in m]
            replies = [m for m in shown if "thread_ts" in m]
            assert len(cards) == 1 and len(replies) == 1, f"{target.id} sees {len(cards)} cards, {len(replies)} replies"
            assert replies[0]["thread_ts"] == cards[0]["ts"]
            stored = deliveries[target]
            assert stored.message_ref == f"{_conversation(target)}/{cards[0]['ts']}"
            recorded = [(p.step, p.ts) for p in stored.posts]
            assert recorded == [("card", cards[0]["ts"]), ("thread_reply", replies[0]["ts"])]
        reposted = len(slack.of("chat.postMessage")) - posted_by_killed
        assert reposted == POSTS - sent_before - held_post_reached_slack  # exactly what was missing
        read_back = len(slack.of("conversations.history")) + len(slack.of("conversations.replies"))
        assert read_back == (held is not None)  # only the post whose answer never came was looked for
    finally:
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        store.close()
