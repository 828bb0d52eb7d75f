"""Watched channels: deal news gets the summary card in its thread; everything else gets nothing."""

from __future__ import annotations

import copy
import json

from bot.slack import dedupe
from tests.bot.slack.fake_slack import FakeSlack, Scripted
from tests.bot.slack.harness import Bot, seed_text, shared_payload


def _news_event(text: str, ts: str = "1355517523.000005", channel: str = "C123ABC456") -> dict:
    event = copy.deepcopy(shared_payload("event_message_channels.json")["body_json"]["event"])
    event.update(text=text, ts=ts, event_ts=ts, channel=channel)
    return event


def _message(text: str, ts: str = "1355517523.000005", channel: str = "C123ABC456") -> dict:
    """A person's message in a channel, as Slack's `message.channels` event carries it."""
    return {"type": "message", "channel": channel, "user": "U2147483697", "text": text, "ts": ts, "event_ts": ts,
            "channel_type": "channel"}


def _replies(slack: FakeSlack) -> list:
    return [c for c in slack.of("chat.postMessage") if c.params.get("thread_ts")]


def test_pasted_news_gets_the_card_in_its_thread_and_is_stored(bot: Bot) -> None:
    assert bot.event(_news_event(seed_text("000"))).status == 200
    bot.slack.wait_for(lambda: bool(_replies(bot.slack)))
    (reply,) = _replies(bot.slack)
    assert reply.params["channel"] == "C123ABC456"
    assert reply.params["thread_ts"] == "1355517523.000005"
    assert "Cellectis" in reply.params["text"] and "Servier" in reply.params["text"]
    blocks = json.dumps(reply.params["blocks"], ensure_ascii=False)
    assert "$10m" in blocks and "$850m" in blocks and "upfront payment of $10m" in blocks
    (stored,) = bot.store.deals().items
    assert stored.sources[0].kind == "slack" and stored.sources[0].ref == "C123ABC456/1355517523.000005"


def test_amounts_in_their_currency_with_usd_beside(bot: Bot) -> None:
    bot.event(_news_event(seed_text("001")))
    bot.slack.wait_for(lambda: bool(_replies(bot.slack)))
    blocks = json.dumps(_replies(bot.slack)[0].params["blocks"], ensure_ascii=False)
    assert "€25m (≈$" in blocks


def test_retried_and_duplicated_events_are_handled_once(bot: Bot) -> None:
    event = _news_event(seed_text("000"))
    assert bot.event(event, event_id="EvSAME").status == 200
    bot.slack.wait_for(lambda: bool(_replies(bot.slack)))
    retry = bot.event(
        event, event_id="EvSAME", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert retry.status == 200
    assert bot.event(event, event_id="EvOTHER").status == 200  # the same message under a new event id
    bot.event(_news_event(seed_text("003"), ts="1355517999.000001"))  # a marker handled after the duplicates
    bot.slack.wait_for(lambda: len(_replies(bot.slack)) >= 2)
    threads = [c.params["thread_ts"] for c in _replies(bot.slack)]
    assert threads == ["1355517523.000005", "1355517999.000001"]
    assert len(bot.store.deals().items) == 2


def test_bot_messages_edits_and_small_talk_get_nothing(bot: Bot) -> None:
    bot_message = shared_payload("event_message_from_bot_no_subtype.json")["body_json"]["event"]
    bot_message = {**bot_message, "text": seed_text("000")}
    classic = shared_payload("event_message_bot_message.json")
    classic_event = classic.get("body_json", {}).get("event") or classic["event_only"]
    changed = shared_payload("event_message_changed.json")
    changed_event = changed.get("body_json", {}).get("event") or changed["event_only"]
    own = _news_event(seed_text("002"), ts="1355517523.000099")
    own["user"] = "UBOT"
    for event in (bot_message, {**classic_event, "text": seed_text("000")}, changed_event, own,
                  _news_event("morning all, coffee?", ts="1355517523.000007")):
        assert bot.event(event).status == 200
    marker = _news_event(seed_text("003"), ts="1355517999.000001")
    bot.event(marker)
    bot.slack.wait_for(lambda: bool(_replies(bot.slack)))
    (reply,) = _replies(bot.slack)
    assert reply.params["thread_ts"] == "1355517999.000001"


def test_a_retry_after_a_failed_handling_is_handled_again_and_one_after_success_is_not(bot: Bot) -> None:
    event = _message(seed_text("000"))
    key = dedupe.message_key(event["channel"], event["ts"])
    bot.slack.script("chat.postMessage", Scripted(500, {"ok": False, "error": "internal_error"}))
    assert bot.event(event, event_id="EvFAIL").status == 200
    # the failure leaves both keys free: the message's, then the event's
    bot.slack.wait_for(
        lambda: len(bot.slack.of("chat.postMessage")) == 1
        and bot.store.event_state(key) is None
        and bot.store.event_state(dedupe.event_key("EvFAIL")) is None
    )
    (stored,) = bot.store.deals().items  # the deal was stored before the reply failed

    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert bot.event(event, event_id="EvFAIL", headers=retry).status == 200
    bot.slack.wait_for(lambda: bool(_replies(bot.slack)) and bot.store.event_state(key) == "handled")
    (_, reply) = _replies(bot.slack)
    assert reply.params["thread_ts"] == event["ts"] and "Cellectis" in reply.params["text"]
    assert "New deal stored." in json.dumps(reply.params["blocks"])  # the retry's own deal, not "already known"
    assert [d.id for d in bot.store.deals().items] == [stored.id]

    again = {"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_timeout"}
    assert bot.event(event, event_id="EvFAIL", headers=again).status == 200
    bot.event(_message(seed_text("003"), ts="1355517999.000001"))  # a marker handled after the retry
    bot.slack.wait_for(lambda: len(_replies(bot.slack)) >= 3)
    assert [c.params["thread_ts"] for c in _replies(bot.slack)] == [event["ts"], event["ts"], "1355517999.000001"]


def test_a_permanent_reply_error_ends_the_handling(bot: Bot) -> None:
    event = _message(seed_text("000"))
    bot.slack.script("chat.postMessage", Scripted(200, {"ok": False, "error": "not_in_channel"}))
    bot.event(event, event_id="EvGONE")
    key = dedupe.message_key(event["channel"], event["ts"])
    bot.slack.wait_for(lambda: bot.store.event_state(key) == "handled")
    bot.event(event, event_id="EvGONE", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    bot.event(_message(seed_text("003"), ts="1355517999.000001"))
    bot.slack.wait_for(lambda: len(bot.slack.of("chat.postMessage")) >= 2)
    assert [c.params["thread_ts"] for c in bot.slack.of("chat.postMessage")] == [event["ts"], "1355517999.000001"]


PERMALINK = "https://test.slack.com/archives/C123ABC456/p1355517523000005"


def _sources_line(call) -> str:  # type: ignore[no-untyped-def]
    texts = [e["text"] for b in call.params["blocks"] if b["type"] == "context" for e in b["elements"]]
    return next(t for t in texts if t.startswith("Sources: "))


def test_a_pasted_message_source_links_to_its_permalink_in_the_thread_and_later_alerts(bot: Bot) -> None:
    assert bot.event(_news_event(seed_text("000"))).status == 200
    bot.slack.wait_for(lambda: bool(_replies(bot.slack)))
    (asked,) = bot.slack.of("chat.getPermalink")
    assert (asked.params["channel"], asked.params["message_ts"]) == ("C123ABC456", "1355517523.000005")
    assert _sources_line(_replies(bot.slack)[0]) == f"Sources: <{PERMALINK}|a Slack message>"
    (stored,) = bot.store.deals().items
    assert [(s.kind, s.ref, s.url) for s in stored.sources] == [("slack", "C123ABC456/1355517523.000005", PERMALINK)]

    # a second report of the same deal, later: its alert's full summary links the first message too
    bot.command("subscribe car-t")
    bot.event(_news_event(seed_text("000").replace("Servier", "Servier SAS"), ts="1355517600.000001"))
    bot.slack.wait_for(lambda: len(bot.store.deliveries(state="sent")) >= 1)
    posts = bot.slack.of("chat.postMessage")
    detail = [c for c in posts if c.params["channel"] == "D111" and c.params.get("thread_ts")]
    assert f"<{PERMALINK}|a Slack message>" in _sources_line(detail[0])


def test_without_a_permalink_the_source_is_stored_and_shown_unlinked(bot: Bot) -> None:
    bot.slack.script("chat.getPermalink", Scripted(200, {"ok": False, "error": "message_not_found"}))
    bot.event(_news_event(seed_text("000")))
    bot.slack.wait_for(lambda: bool(_replies(bot.slack)))
    assert _sources_line(_replies(bot.slack)[0]) == "Sources: a Slack message"
    (stored,) = bot.store.deals().items
    assert stored.sources[0].url is None
