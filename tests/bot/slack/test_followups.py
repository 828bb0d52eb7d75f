"""Later reports told in the threads of the alerts already sent: "Endpoints News adds: $35m upfront",
once per alert, never for an alert that already showed the figure, and only for what a card shows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from slack_sdk import WebClient

from bot.slack.alerts import AlertSender
from bot.slack.followups import additions, outlet
from bot.store import NewSubscription, SourceRef, Store, Subscriber
from tests.bot.slack.fake_slack import FakeSlack, Scripted
from tests.bot.slack.harness import Clock
from tests.bot.store.builders import deal, report, usd


def _subscribe(store: Store, clock: Clock, *channels: str) -> None:
    for channel in channels:
        store.add_subscription(
            NewSubscription(subscriber=Subscriber(kind="channel", id=channel), modalities=("adc",)), clock()
        )


def _ingest(store: Store, clock: Clock, ref: str, **terms: object) -> int:
    result = store.ingest(report(deal("Orrin Bio", "Pellway Pharma", modalities=["adc"], **terms)),
                          SourceRef(kind="url", ref=ref), clock())  # fmt: skip
    assert result.deal_id is not None
    store.enqueue_deliveries(result.deal_id, clock())  # as the bot does after each report
    return result.deal_id


def _replies(slack: FakeSlack, channel: str) -> list[dict]:
    conversation = slack.conversation(channel)
    (card,) = [m for m in conversation if "thread_ts" not in m]
    return [m for m in conversation if m.get("thread_ts") == card["ts"]]


def test_a_later_report_that_adds_a_figure_is_told_once_in_each_alert_sent_before_it(
    slack: FakeSlack, database_url: str, clock: Clock
) -> None:
    with Store.open(database_url) as store:
        _subscribe(store, clock, "C1", "C2")
        first = _ingest(store, clock, "https://www.fiercebiotech.com/deals/orrin", milestones=usd(901))
        sender = AlertSender(store, WebClient(token="xoxb-test", base_url=slack.api_url), clock)
        assert sender.send_due() == 2
        clock.advance(timedelta(hours=3))
        again = _ingest(store, clock, "https://endpts.com/orrin-pellway", upfront=usd(35), milestones=usd(900))
        assert again == first
        _subscribe(store, clock, "C3")  # subscribes later: its card will show the upfront already
        store.enqueue_deliveries(first, clock())
        assert sender.send_due() == 1
        assert sender.send_due() == 0  # told once
        told = "Endpoints News adds: $35m upfront"
        for channel in ("C1", "C2"):
            assert [m["text"] for m in _replies(slack, channel)][1:] == [told]
        assert len(_replies(slack, "C3")) == 1  # its summary only
        assert "$35m upfront" in next(m["text"] for m in slack.conversation("C3") if "thread_ts" not in m)


def test_a_later_report_that_adds_nothing_a_card_shows_is_not_told(
    slack: FakeSlack, database_url: str, clock: Clock
) -> None:
    with Store.open(database_url) as store:
        _subscribe(store, clock, "C1")
        _ingest(store, clock, "https://news.example/1", upfront=usd(35))
        sender = AlertSender(store, WebClient(token="xoxb-test", base_url=slack.api_url), clock)
        assert sender.send_due() == 1
        clock.advance(timedelta(hours=1))
        _ingest(store, clock, "https://news.example/2", upfront=usd(35), indications=["gastric cancer"])
        sender.send_due()
        assert len(_replies(slack, "C1")) == 1


def test_a_follow_up_slack_refuses_is_not_posted_again(slack: FakeSlack, database_url: str, clock: Clock) -> None:
    with Store.open(database_url) as store:
        _subscribe(store, clock, "C1")
        _ingest(store, clock, "https://news.example/1", milestones=usd(901))
        sender = AlertSender(store, WebClient(token="xoxb-test", base_url=slack.api_url), clock)
        assert sender.send_due() == 1
        clock.advance(timedelta(hours=1))
        _ingest(store, clock, "https://news.example/2", upfront=usd(35))
        slack.script("chat.postMessage", Scripted(200, {"ok": False, "error": "channel_not_found"}))
        sender.send_due()
        sender.send_due()
        assert len(_replies(slack, "C1")) == 1
        assert len([c for c in slack.of("chat.postMessage") if c.params.get("thread_ts")]) == 2  # reply, one try


@pytest.mark.parametrize(
    ("kind", "ref", "title", "named"),
    [
        ("url", "https://www.fiercebiotech.com/biotech/x", None, "Fierce Biotech"),
        ("url", "https://endpts.com/x", None, "Endpoints News"),
        ("url", "https://news.biotechwire.example/story", None, "news.biotechwire.example"),
        ("slack", "C1/1700000000.000100", None, "A Slack message"),
        ("file", "/archive/2026/orrin.txt", None, "orrin.txt"),
    ],
)
def test_a_report_is_named_by_its_outlet(kind: str, ref: str, title: str | None, named: str) -> None:
    assert outlet(kind, ref, title) == named


def test_the_additions_are_what_the_deal_shows_for_the_fields_added() -> None:
    d = deal("A", "B", upfront=usd(35), total_value=usd(936), territory="Greater China")
    assert additions(d, ("upfront", "total_value", "territory", "milestones")) == [
        "$35m upfront", "a total of up to $936m", "territory: Greater China",
    ]  # fmt: skip
