"""Alerts: a new deal reaches its subscribers through the outbox — the compact card, then the full
summary in its thread — exactly once, across rate limits and restarts; a sender keeps its claims while it
works, and one that lost them changes nothing. (Killed senders and Slack faults mid-fan-out: tests/faults.)"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from slack_sdk import WebClient

from bot.slack import cards
from bot.slack.alerts import AlertSender
from bot.store import NewSubscription, Store, Subscriber
from bot.store.deliveries import CLAIM_LEASE
from tests.bot.slack.fake_slack import FakeSlack, Scripted
from tests.bot.slack.harness import Bot, Clock, seed_text, shared_response
from tests.bot.slack.test_watch import _news_event
from tests.bot.test_delivery import new_deal


def _top_level(slack: FakeSlack, channel: str) -> list:
    return [c for c in slack.of("chat.postMessage") if c.params["channel"] == channel and not c.params.get("thread_ts")]


def test_new_deal_alerts_matching_subscribers_with_the_summary_in_thread(bot: Bot) -> None:
    bot.command("subscribe car-t")  # U111, by DM
    bot.command("subscribe adc <#C900|adc-news>")  # not CAR-T: nothing
    bot.command("subscribe car-t min $1bn", user="U222")  # too small: nothing
    bot.command("follow servier", user="U333")
    bot.event(_news_event(seed_text("000")))
    bot.slack.wait_for(lambda: len(bot.slack.of("chat.postMessage")) >= 5)
    alert = _top_level(bot.slack, "U111")
    assert len(alert) == 1
    assert alert[0].params["text"] == "Cellectis ⇄ Servier · CAR-T · $10m upfront, up to $850m"
    assert alert[0].params["metadata"]["event_type"] == "dealbot_alert"
    posts = bot.slack.of("chat.postMessage")
    detail = [c for c in posts if c.params.get("thread_ts") and c.params["channel"] == "D111"]
    assert len(detail) == 1
    blocks = json.dumps(detail[0].params["blocks"], ensure_ascii=False)
    assert "Milestones" in blocks and "$840m" in blocks and "upfront payment of $10m" in blocks
    assert len(_top_level(bot.slack, "U333")) == 1
    assert not _top_level(bot.slack, "C900") and not _top_level(bot.slack, "U222")
    # a delivery is marked sent just after its posts: wait for the last mark, not only for the posts
    bot.slack.wait_for(lambda: len(bot.store.deliveries(state="sent")) >= 2)
    sent = bot.store.deliveries(state="sent")
    assert {d.subscriber.id for d in sent} == {"U111", "U333"}
    assert all(c.params.get("text") for c in posts)  # notifications show only the top-level text


def test_paused_subscribers_get_nothing_until_resumed(bot: Bot) -> None:
    bot.command("subscribe car-t")
    bot.command("pause 1w")
    bot.event(_news_event(seed_text("000")))
    bot.slack.wait_for(lambda: len(bot.slack.of("chat.postMessage")) >= 1)
    bot.event(_news_event(seed_text("003"), ts="1355517999.000001"))
    bot.slack.wait_for(lambda: len(bot.slack.of("chat.postMessage")) >= 2)
    assert not _top_level(bot.slack, "U111")


def test_rate_limited_send_is_retried_after_retry_after(bot: Bot) -> None:
    sample = shared_response("ratelimited_429.json")
    bot.command("subscribe car-t")
    bot.slack.script(
        "chat.postMessage",
        Scripted(200, {"ok": True, "channel": "C123ABC456", "ts": "1.1"}),  # the thread reply in the channel
        Scripted(sample["status"], sample["body"], {"Retry-After": "0"}),
    )
    bot.event(_news_event(seed_text("000")))
    bot.slack.wait_for(lambda: len(_top_level(bot.slack, "U111")) >= 2)
    bot.slack.wait_for(lambda: bool(bot.store.deliveries(state="sent")))
    assert len(bot.store.deliveries(state="sent")) == 1


@pytest.mark.parametrize("returns_metadata", [True, False], ids=["metadata", "no-metadata"])
def test_restart_mid_delivery_sends_nothing_twice_and_loses_nothing(
    slack: FakeSlack, database_url: str, clock: Clock, returns_metadata: bool
) -> None:
    first = Bot(slack, database_url, clock)
    for user in ("U1", "U2", "U3"):
        first.command("subscribe car-t", user=user)
    # Mid-delivery the sends fail; U1's card did reach Slack but its answer was lost, so only its start
    # is recorded. Then the process stops. Whether Slack's history returns the card's metadata or not,
    # the card is found (by its metadata, else as the bot's message with its text) and not posted again.
    slack.returns_metadata = returns_metadata
    slack.script("chat.postMessage", Scripted(200, {"ok": True, "channel": "C123ABC456", "ts": "1.1"}))
    slack.script("chat.postMessage", *[Scripted(500, {"ok": False, "error": "fatal_error"})] * 3)
    first.event(_news_event(seed_text("000")))
    slack.wait_for(lambda: len(first.store.deliveries()) == 3)
    slack.wait_for(lambda: all(d.state == "pending" and d.attempts == 1 for d in first.store.deliveries()))
    (u1,) = [d for d in first.store.deliveries() if d.subscriber.id == "U1"]
    assert [(p.step, p.ts) for p in u1.posts] == [("card", None)]
    deal = first.store.get_deal(u1.deal_id)
    assert deal is not None
    posted = f"{clock().timestamp() + 1:.6f}"
    slack.seed_message(
        "D1",
        {"type": "message", "user": "UBOT", "bot_id": "BBOT", "text": cards.compact_card(deal).text, "ts": posted,
         "thread_ts": posted, "reply_count": 1,  # someone has answered in its thread already
         "metadata": {"event_type": "dealbot_alert", "event_payload": {"delivery_id": u1.id, "deal_id": deal.id}}},
    )  # fmt: skip
    first.stop()
    slack.calls.clear()

    second = Bot(slack, database_url, clock)
    try:
        clock.advance(timedelta(hours=1))  # every lease and retry time has passed
        sender = AlertSender(second.store, second.app.client, clock)
        sender.send_due()
        cards_sent = [c for c in slack.of("chat.postMessage") if not c.params.get("thread_ts")]
        assert sorted(c.params["channel"] for c in cards_sent) == ["U2", "U3"]
        details = [c for c in slack.of("chat.postMessage") if c.params.get("thread_ts")]
        assert sorted(c.params["channel"] for c in details) == ["D1", "D2", "D3"]
        assert {d.state for d in second.store.deliveries()} == {"sent"}
        slack.calls.clear()
        assert sender.send_due() == 0
        assert not slack.of("chat.postMessage")
    finally:
        second.stop()


def _channels(store: Store, clock: Clock, count: int) -> list[Subscriber]:
    targets = [Subscriber(kind="channel", id=f"C{n:04d}") for n in range(count)]
    for target in targets:
        store.add_subscription(NewSubscription(subscriber=target), clock())
    new_deal(store, 0, clock())
    return targets


def _seen(slack: FakeSlack, channel: str) -> tuple[int, int]:
    """(cards, thread replies) the conversation shows."""
    messages = slack.conversation(channel)
    return sum("thread_ts" not in m for m in messages), sum("thread_ts" in m for m in messages)


def test_a_live_sender_keeps_its_claims_while_slack_is_slow(slack: FakeSlack, database_url: str, clock: Clock):
    with Store.open(database_url) as store:
        targets = _channels(store, clock, 3)
        reached = slack.hold_post(1, answer=True)  # Slack takes its time over the first card
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        sender = AlertSender(store, client, clock, heartbeat_every=0.01)
        with ThreadPoolExecutor(1) as pool:
            sending = pool.submit(sender.send_due)
            assert reached.wait(10)
            for _ in range(3):  # a minute in all, twice the lease, while the post waits
                clock.advance(timedelta(seconds=20))
                renewed = clock() + CLAIM_LEASE
                slack.wait_for(lambda renewed=renewed: all(d.claimed_until == renewed for d in store.deliveries()))
                assert store.claim_deliveries(clock()) == []  # no other sender can take them
            slack.release()
            assert sending.result(timeout=30) == 3
        assert [_seen(slack, t.id) for t in targets] == [(1, 1)] * 3
        assert {d.attempts for d in store.deliveries()} == {1}


def test_a_sender_that_lost_its_claims_posts_and_records_nothing_more(
    slack: FakeSlack, database_url: str, clock: Clock
):
    with Store.open(database_url) as store:
        targets = _channels(store, clock, 3)
        reached = slack.hold_post(1, answer=True)
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        stalled = AlertSender(store, client, clock, heartbeat_every=3600)  # its heartbeat never comes
        with ThreadPoolExecutor(1) as pool:
            sending = pool.submit(stalled.send_due)
            assert reached.wait(10)
            clock.advance(CLAIM_LEASE + timedelta(seconds=1))
            assert AlertSender(store, client, clock).send_due() == 3  # another sender takes them all over
            assert [_seen(slack, t.id) for t in targets] == [(1, 1)] * 3
            posts = len(slack.of("chat.postMessage"))
            slack.script_posts(targets[0].id, Scripted(500, {"ok": False, "error": "internal_error"}))
            slack.release()  # the stalled sender's post is answered at last, with an error
            assert sending.result(timeout=30) == 0
        assert len(slack.of("chat.postMessage")) == posts  # it posted nothing more
        assert [(d.state, d.attempts, d.failed_reason) for d in store.deliveries()] == [("sent", 2, None)] * 3
        assert [_seen(slack, t.id) for t in targets] == [(1, 1)] * 3
