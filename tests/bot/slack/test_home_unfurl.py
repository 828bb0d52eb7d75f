"""App Home (checkboxes by modality, saved on change) and link unfurls (in a channel and in the composer)."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta

from bot.store import SourceRef
from extraction import extract
from extraction.documents import Document
from tests.bot.slack.harness import Bot, seed_text, shared_payload


def _home_opened(bot: Bot, user: str = "U111") -> dict:
    event = copy.deepcopy(shared_payload("event_app_home_opened.json"))
    inner = event.get("body_json", {}).get("event") or event["event_only"]
    return {**inner, "user": user, "tab": "home"}


def _option(modality: str) -> dict:
    return {"value": modality, "text": {"type": "plain_text", "text": modality}}


def _tick(bot: Bot, group: int, ticked: list[str], min_value: str | None = None, user: str = "U111") -> None:
    """A click on one of the Home tab's checkbox groups (or, with `group` -1, on the minimum select), as Slack
    sends it: the action acted on, and the tab's whole state."""
    state: dict = {f"home_modalities_block_{group}": {f"home_modalities_{group}": {
        "type": "checkboxes", "selected_options": [_option(m) for m in ticked]}}}  # fmt: skip
    if min_value is not None:
        state["home_min_block"] = {"home_min": {"type": "static_select", "selected_option": {"value": min_value}}}
    if group < 0:
        action = {"type": "static_select", "action_id": "home_min", "block_id": "home_min_block",
                  "selected_option": {"value": min_value}, "action_ts": "1.3"}  # fmt: skip
    else:
        action = {"type": "checkboxes", "action_id": f"home_modalities_{group}", "block_id":
                  f"home_modalities_block_{group}", "selected_options": [_option(m) for m in ticked],
                  "action_ts": "1.3"}  # fmt: skip
    payload = {
        "type": "block_actions", "user": {"id": user}, "team": {"id": "T1"}, "api_app_id": "A1", "token": "x",
        "trigger_id": "1.2", "container": {"type": "view", "view_id": "V1"},
        "view": {"id": "V1", "type": "home", "state": {"values": state}}, "actions": [action],
    }  # fmt: skip
    published = len(bot.slack.of("views.publish"))
    assert bot.action(payload).status == 200
    bot.slack.wait_for(lambda: len(bot.slack.of("views.publish")) > published)


def _ticked(view: dict) -> list[str]:
    groups = [b["elements"][0] for b in view["blocks"] if b["type"] == "actions"]
    return [o["value"] for g in groups for o in g.get("initial_options", [])]


def _min_shown(view: dict) -> str:
    select = next(b for b in view["blocks"] if b.get("block_id") == "home_min_block")["accessory"]
    return select["initial_option"]["text"]["text"] if "initial_option" in select else select["placeholder"]["text"]


def test_home_shows_modalities_and_saves_a_ticked_one(bot: Bot) -> None:
    bot.store.ingest(extract(seed_text("000")), SourceRef(kind="file", ref="a"), bot.clock())
    bot.command("subscribe adc")
    assert bot.event(_home_opened(bot)).status == 200
    bot.slack.wait_for(lambda: bool(bot.slack.of("views.publish")))
    view = bot.slack.of("views.publish")[0].params["view"]
    assert bot.slack.of("views.publish")[0].params["user_id"] == "U111"
    groups = [b["elements"][0] for b in view["blocks"] if b["type"] == "actions"]
    assert sum(len(g["options"]) for g in groups) == 17 and all(len(g["options"]) <= 10 for g in groups)
    assert _ticked(view) == ["adc"]
    assert "Cellectis" in str(view["blocks"])
    _tick(bot, 0, ["car-t", "adc"], min_value="100000000")
    adc, car_t = bot.store.subscriptions()
    assert (adc.modalities, adc.min_usd) == (("adc",), None)
    assert (car_t.modalities, car_t.min_usd, car_t.created_by) == (("car-t",), 100_000_000, "U111")
    assert _ticked(bot.slack.of("views.publish")[-1].params["view"]) == ["car-t", "adc"]


def test_home_shows_every_modality_subscription_and_a_tick_changes_only_its_own(bot: Bot) -> None:
    bot.command("subscribe car-t adc min $100m")
    bot.command("subscribe bispecific digest weekly")
    bot.command("subscribe mrna")  # group 1: the second checkbox group
    bot.command("follow sanofi")  # not a modality subscription: listed, never changed by the boxes
    before = {s.id: s for s in bot.store.subscriptions()}
    bot.event(_home_opened(bot))
    bot.slack.wait_for(lambda: bool(bot.slack.of("views.publish")))
    view = bot.slack.of("views.publish")[0].params["view"]
    assert _ticked(view) == ["car-t", "bispecific", "adc", "mrna"]
    listed = json.dumps(view["blocks"])
    assert all(f"#{sub_id} " in listed for sub_id in before)

    _tick(bot, 0, ["car-t", "bispecific"])  # adc unticked: out of #1, which keeps its id and its minimum
    after = {s.id: s for s in bot.store.subscriptions()}
    assert after.keys() == before.keys()
    first = min(before)
    assert (after[first].modalities, after[first].min_usd) == (("car-t",), 100_000_000)
    assert {k: v for k, v in after.items() if k != first} == {k: v for k, v in before.items() if k != first}

    _tick(bot, 0, ["car-t", "bispecific", "antibody"])  # antibody ticked: one new subscription, alone
    added = [s for s in bot.store.subscriptions() if s.id not in before]
    assert [(s.modalities, s.mode) for s in added] == [(("antibody",), "instant")]
    assert {s.id: s for s in bot.store.subscriptions() if s.id in before} == after

    _tick(bot, 0, ["car-t", "antibody"])  # bispecific unticked: its only modality, so its subscription goes
    left = {s.id: s.modalities for s in bot.store.subscriptions()}
    assert ("bispecific",) not in left.values() and first in left and len(left) == len(after)
    assert _ticked(bot.slack.of("views.publish")[-1].params["view"]) == ["car-t", "antibody", "mrna"]


def test_the_minimum_is_set_on_all_modality_subscriptions_and_shown_when_shared(bot: Bot) -> None:
    bot.command("subscribe car-t min $100m")
    bot.command("subscribe adc")
    bot.event(_home_opened(bot))
    bot.slack.wait_for(lambda: bool(bot.slack.of("views.publish")))
    assert _min_shown(bot.slack.of("views.publish")[0].params["view"]) == "differs by subscription"
    ids = [s.id for s in bot.store.subscriptions()]
    _tick(bot, -1, [], min_value="500000000")
    assert [(s.id, s.min_usd) for s in bot.store.subscriptions()] == [(i, 500_000_000) for i in ids]
    assert _min_shown(bot.slack.of("views.publish")[-1].params["view"]) == "$500m"
    _tick(bot, -1, [], min_value="any")
    assert [s.min_usd for s in bot.store.subscriptions()] == [None, None]


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
