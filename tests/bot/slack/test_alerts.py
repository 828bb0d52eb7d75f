"""Alerts: a new deal reaches its subscribers through the outbox — the compact card, then the full
summary in its thread — exactly once, across rate limits and restarts."""

from __future__ import annotations

import json
from datetime import timedelta

from tests.bot.slack.fake_slack import FakeSlack, Scripted
from tests.bot.slack.harness import Bot, Clock, seed_text, shared_response
from tests.bot.slack.test_watch import _news_event


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


def test_restart_mid_delivery_sends_nothing_twice_and_loses_nothing(
    slack: FakeSlack, database_url: str, clock: Clock
) -> None:
    first = Bot(slack, database_url, clock)
    for user in ("U1", "U2", "U3"):
        first.command("subscribe car-t", user=user)
    # Mid-delivery the sends fail; U1's card did reach Slack but its answer was lost, so it is not
    # recorded as sent. Then the process stops.
    slack.script("chat.postMessage", Scripted(200, {"ok": True, "channel": "C123ABC456", "ts": "1.1"}))
    slack.script("chat.postMessage", *[Scripted(500, {"ok": False, "error": "fatal_error"})] * 3)
    first.event(_news_event(seed_text("000")))
    slack.wait_for(lambda: len(first.store.deliveries()) == 3)
    slack.wait_for(lambda: all(d.state == "pending" and d.attempts == 1 for d in first.store.deliveries()))
    (u1,) = [d for d in first.store.deliveries() if d.subscriber.id == "U1"]
    slack.seed_message(
        "D1",
        {"type": "message", "user": "UBOT", "text": "card", "ts": "1700000500.000100",
         "metadata": {"event_type": "dealbot_alert", "event_payload": {"delivery_id": u1.id, "deal_id": 1}}},
    )
    first.stop()
    slack.calls.clear()

    second = Bot(slack, database_url, clock)
    try:
        from bot.slack.alerts import AlertSender

        clock.advance(timedelta(hours=1))  # every lease and retry time has passed
        sender = AlertSender(second.store, second.app.client, clock)
        sender.send_due()
        cards = [c for c in slack.of("chat.postMessage") if not c.params.get("thread_ts")]
        assert sorted(c.params["channel"] for c in cards) == ["U2", "U3"]
        details = [c for c in slack.of("chat.postMessage") if c.params.get("thread_ts")]
        assert sorted(c.params["channel"] for c in details) == ["D1", "D2", "D3"]
        assert {d.state for d in second.store.deliveries()} == {"sent"}
        slack.calls.clear()
        assert sender.send_due() == 0
        assert not slack.of("chat.postMessage")
    finally:
        second.stop()
