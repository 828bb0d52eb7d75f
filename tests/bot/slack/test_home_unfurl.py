"""App Home (checkboxes by modality, saved on change) and link unfurls (in a channel and in the composer)."""

from __future__ import annotations

import copy
from datetime import date, timedelta

from bot.store import SourceRef
from extraction import extract
from extraction.documents import Document
from tests.bot.slack.harness import Bot, seed_text, shared_payload


def _home_opened(bot: Bot, user: str = "U111") -> dict:
    event = copy.deepcopy(shared_payload("event_app_home_opened.json"))
    inner = event.get("body_json", {}).get("event") or event["event_only"]
    return {**inner, "user": user, "tab": "home"}


def test_home_shows_modalities_and_saves_checked_ones(bot: Bot) -> None:
    bot.store.ingest(extract(seed_text("000")), SourceRef(kind="file", ref="a"), bot.clock())
    bot.command("subscribe adc")
    assert bot.event(_home_opened(bot)).status == 200
    bot.slack.wait_for(lambda: bool(bot.slack.of("views.publish")))
    view = bot.slack.of("views.publish")[0].params["view"]
    assert bot.slack.of("views.publish")[0].params["user_id"] == "U111"
    groups = [b["elements"][0] for b in view["blocks"] if b["type"] == "actions"]
    assert sum(len(g["options"]) for g in groups) == 17 and all(len(g["options"]) <= 10 for g in groups)
    assert [o["value"] for g in groups for o in g.get("initial_options", [])] == ["adc"]
    assert "Cellectis" in str(view["blocks"])
    state = {
        "home_modalities_block_0": {"home_modalities_0": {"type": "checkboxes", "selected_options": [
            {"value": "car-t", "text": {"type": "plain_text", "text": "car-t"}},
            {"value": "adc", "text": {"type": "plain_text", "text": "adc"}}]}},
        "home_min_block": {"home_min": {"type": "static_select", "selected_option": {"value": "100000000"}}},
    }
    payload = {
        "type": "block_actions", "user": {"id": "U111"}, "team": {"id": "T1"}, "api_app_id": "A1", "token": "x",
        "trigger_id": "1.2", "container": {"type": "view", "view_id": "V1"},
        "view": {"id": "V1", "type": "home", "state": {"values": state}},
        "actions": [{"type": "checkboxes", "action_id": "home_modalities_0", "block_id": "home_modalities_block_0",
                     "selected_options": state["home_modalities_block_0"]["home_modalities_0"]["selected_options"],
                     "action_ts": "1.3"}],
    }
    assert bot.action(payload).status == 200
    bot.slack.wait_for(lambda: len(bot.slack.of("views.publish")) >= 2)
    (sub,) = bot.store.subscriptions()
    assert set(sub.modalities) == {"car-t", "adc"}
    assert sub.min_usd == 100_000_000


def test_stored_link_unfurls_with_the_card_in_a_channel_and_the_composer(bot: Bot) -> None:
    composer = copy.deepcopy(shared_payload("event_link_shared_composer.json")["event_only"])
    url = composer["links"][0]["url"]
    bot.store.ingest(extract(seed_text("000")), SourceRef(kind="url", ref=url), bot.clock())
    assert bot.event(composer).status == 200
    bot.slack.wait_for(lambda: bool(bot.slack.of("chat.unfurl")))
    call = bot.slack.of("chat.unfurl")[0].params
    assert call["unfurl_id"] == composer["unfurl_id"] and call["source"] == "composer"
    assert list(call["unfurls"]) == [url]  # the other links are not deal news we know
    assert "Cellectis" in str(call["unfurls"][url]["blocks"])
    bot.clock.advance(timedelta(minutes=1))
    in_channel = {**composer, "channel": "C1", "message_ts": "1700000000.000001", "source": "conversations_history"}
    in_channel.pop("unfurl_id")
    bot.event(in_channel)
    bot.slack.wait_for(lambda: len(bot.slack.of("chat.unfurl")) >= 2)
    call = bot.slack.of("chat.unfurl")[1].params
    assert call["channel"] == "C1" and call["ts"] == "1700000000.000001"


def test_fetched_link_is_summarized_in_thread(slack, database_url, clock) -> None:  # type: ignore[no-untyped-def]
    pages = {"https://news.example/deal": seed_text("002")}
    bot = Bot(slack, database_url, clock, fetch=pages.get)
    try:
        event = {"type": "message", "channel": "C5", "user": "U9", "ts": "1700000001.000001",
                 "text": "big one <https://news.example/deal|CARsgen deal>", "channel_type": "channel"}
        bot.event(event)
        slack.wait_for(lambda: bool(slack.of("chat.postMessage")))
        reply = slack.of("chat.postMessage")[0].params
        assert reply["thread_ts"] == "1700000001.000001" and "CARsgen" in reply["text"]
        assert bot.store.deals().items[0].sources[0].ref == "https://news.example/deal"
    finally:
        bot.stop()


def test_an_unfurled_link_is_stored_with_its_articles_date(slack, database_url, clock) -> None:  # type: ignore[no-untyped-def]
    composer = copy.deepcopy(shared_payload("event_link_shared_composer.json")["event_only"])
    url = composer["links"][0]["url"]
    pages = {url: Document(text=seed_text("000"), published=date(2026, 2, 20))}
    bot = Bot(slack, database_url, clock, fetch=pages.get)
    try:
        bot.event(composer)
        slack.wait_for(lambda: bool(slack.of("chat.unfurl")))
        (stored,) = bot.store.deals().items
        assert stored.sources[0].ref == url and stored.sources[0].published == date(2026, 2, 20)
        assert stored.reported_on == date(2026, 2, 20)
    finally:
        bot.stop()
