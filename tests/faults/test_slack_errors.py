"""Slack failing for some targets in the middle of a fan-out to 35: a long and a short 429 Retry-After, a
5xx on a card and on a thread reply, a post that times out, `channel_not_found`. Every other target still
gets its alert in the same pass; what the outbox keeps (state, `failed_reason`) and what each target sees
are checked, then again after the retries. Against the fake Slack Web API on 127.0.0.1, on a real SQLite
file and on PostgreSQL. (Pacing and the Retry-After arithmetic on their own: tests/bot/test_delivery.py.)"""

from __future__ import annotations

from bot.delivery import ChannelPacer, DeliveryWorker, PacedClient
from bot.store import NewSubscription, Store, Subscriber
from tests.bot.slack.fake_slack import HANG, FakeSlack, Scripted
from tests.bot.test_delivery import Clock, FakeTime, new_deal

TARGETS = [Subscriber(kind="channel", id=f"C{n:04d}") for n in range(35)]
CLIENT_TIMEOUT_SECONDS = 0.5
"""The sender's Slack timeout here: a post that gets no answer fails after this, not after 30 s."""


def _refused(status: int, error: str, **headers: str) -> Scripted:
    return Scripted(status, {"ok": False, "error": error}, headers)


# target: (Slack's answers to its posts, None = answered as usual; (state, failed_reason) after the first
# pass; the (cards, thread replies) it sees then)
FAULTS: dict[str, tuple[tuple[Scripted | None, ...], tuple[str, str | None], tuple[int, int]]] = {
    "C0003": ((_refused(429, "ratelimited", **{"Retry-After": "600"}),), ("pending", "ratelimited"), (0, 0)),
    "C0005": ((_refused(429, "ratelimited", **{"Retry-After": "3"}),), ("sent", None), (1, 1)),  # waited out
    "C0007": ((_refused(500, "internal_error"),), ("pending", "internal_error"), (0, 0)),
    "C0009": ((None, _refused(503, "service_unavailable")), ("pending", "service_unavailable"), (1, 0)),
    "C0011": ((HANG,), ("pending", "timeout"), (0, 0)),
    "C0013": ((_refused(200, "channel_not_found"),), ("failed", "channel_not_found"), (0, 0)),
}


def _seen(slack: FakeSlack, channel: str) -> tuple[int, int]:
    messages = slack.conversation(channel)
    return sum("thread_ts" not in m for m in messages), sum("thread_ts" in m for m in messages)


def _posts_to(slack: FakeSlack, channel: str) -> int:
    return sum(c.params["channel"] == channel for c in slack.of("chat.postMessage"))


def test_slack_failing_for_some_targets_mid_fan_out_holds_back_no_one_else(database_url: str, slack: FakeSlack):
    fake, clock = FakeTime(), Clock()
    with Store.open(database_url) as store:
        for target in TARGETS:
            store.add_subscription(NewSubscription(subscriber=target), clock())
        new_deal(store, 0, clock())
        for channel, (answers, _stored, _seen_then) in FAULTS.items():
            slack.script_posts(channel, *answers)
        pacer = ChannelPacer(1.0, 3, monotonic=fake.monotonic, sleep=fake.sleep)
        client = PacedClient(
            pacer=pacer, sleep=fake.sleep, token="xoxb-test", base_url=slack.api_url, timeout=CLIENT_TIMEOUT_SECONDS
        )
        worker = DeliveryWorker(store, client, clock)

        assert worker.send_due() == len(TARGETS) - 5
        assert fake.slept == [3.0]  # the short Retry-After, waited out; the long one was not
        outbox = {d.subscriber.id: d for d in store.deliveries(limit=100)}
        for target in TARGETS:
            _answers, stored, seen = FAULTS.get(target.id, ((), ("sent", None), (1, 1)))
            assert (outbox[target.id].state, outbox[target.id].failed_reason) == stored, target.id
            assert _seen(slack, target.id) == seen, target.id
        assert outbox["C0013"].next_attempt is None  # given up at once
        retries = [d.next_attempt for d in outbox.values() if d.state == "pending"]
        assert len(retries) == 4 and all(t is not None and t > clock() for t in retries)

        clock.now = max(t for t in retries if t is not None)
        fake.now += 601  # Slack's 600 s hold on C0003 is over
        posts = {t.id: _posts_to(slack, t.id) for t in TARGETS}
        assert worker.send_due() == 4
        outbox = {d.subscriber.id: d for d in store.deliveries(limit=100)}
        for target in TARGETS:
            gone = target.id == "C0013"
            assert outbox[target.id].state == ("failed" if gone else "sent"), target.id
            assert _seen(slack, target.id) == ((0, 0) if gone else (1, 1)), target.id
        assert outbox["C0013"].failed_reason == "channel_not_found"
        resent = {t.id: _posts_to(slack, t.id) - posts[t.id] for t in TARGETS if _posts_to(slack, t.id) > posts[t.id]}
        assert resent == {"C0003": 2, "C0007": 2, "C0009": 1, "C0011": 2}  # C0009's card was in: only its reply
        # Read back only where a post's answer never came (a 5xx, a timeout); never after a refusal.
        assert sorted(c.params["channel"] for c in slack.of("conversations.history")) == ["C0007", "C0011"]
        assert [c.params["channel"] for c in slack.of("conversations.replies")] == ["C0009"]
