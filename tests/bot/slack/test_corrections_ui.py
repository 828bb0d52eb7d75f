"""Corrections from Slack, driven as Slack does: a signed `block_actions` for a choice of a deal's menu,
the modal Slack was asked to open, then a signed `view_submission` of it; the messages that showed the deal
are updated with chat.update, on the fake Web API."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from bot.slack import messages
from bot.store import StoredDeal
from tests.bot.slack.fake_slack import Call, FakeSlack
from tests.bot.slack.harness import Bot, Clock, seed_text, shared_payload
from tests.bot.slack.test_watch import _news_event

NEWS_CHANNEL = "C123ABC456"
ALERTS = "C900"


def _posted_deal(bot: Bot) -> StoredDeal:
    """Seed 000 (Cellectis ⇄ Servier, $10m upfront) posted in a watched channel, alerted to U111 by DM and to
    C900, each alert a card and its thread reply."""
    bot.command("subscribe car-t")
    bot.command(f"subscribe car-t <#{ALERTS}|deals>")
    bot.event(_news_event(seed_text("000"), channel=NEWS_CHANNEL))
    bot.slack.wait_for(lambda: len(bot.store.deliveries(state="sent")) == 2)
    (stored,) = bot.store.deals().items
    return stored


def _menu(bot: Bot, deal_id: int, action: str, *, user: str = "U111", channel: str = ALERTS, number: int = 1) -> int:
    """Choose `action` in the deal's menu, as Slack's block_actions payload says it; returns the status."""
    payload = copy.deepcopy(shared_payload("block_actions_button_message.json")["payload_json"])
    payload["team"] = {"id": "T1", "domain": "test"}
    payload["user"] = {"id": user, "username": user.lower(), "team_id": "T1"}
    payload["container"] = {"type": "message", "message_ts": "1700000001.000100", "channel_id": channel,
                            "is_ephemeral": False}  # fmt: skip
    payload["channel"] = {"id": channel, "name": "deals"}
    payload["trigger_id"] = f"trigger-{number}"
    payload["response_url"] = f"{bot.slack.url}/response/{user}"
    payload["actions"] = [{
        "type": "overflow", "action_id": "deal_menu", "block_id": "menu",
        "selected_option": {"text": {"type": "plain_text", "text": action}, "value": f"{action}:{deal_id}"},
        "action_ts": f"1700000100.{number:06d}",
    }]  # fmt: skip
    return bot.action(payload).status


def _opened(slack: FakeSlack, count: int = 1) -> dict[str, Any]:
    call = slack.wait_for_call("views.open", count=count)[count - 1]
    view = call.params["view"]
    return view if isinstance(view, dict) else json.loads(view)


def _state(view: dict[str, Any], given: dict[str, str]) -> dict[str, Any]:
    """The state Slack sends for the opened view: each input as prefilled, except those in `given`."""
    values: dict[str, Any] = {}
    for block in view["blocks"]:
        if block.get("type") != "input":
            continue
        element = block["element"]
        if element["type"] == "multi_static_select":
            state = {"type": element["type"], "selected_options": element.get("initial_options", [])}
        elif element["type"] == "static_select":
            state = {"type": element["type"], "selected_option": None}
        else:
            state = {"type": element["type"], "value": element.get("initial_value")}
        if block["block_id"] in given:
            state = {"type": element["type"], "value": given[block["block_id"]]}
        values[block["block_id"]] = {element["action_id"]: state}
    return values


def _submit(bot: Bot, view: dict[str, Any], values: dict[str, Any], *, user: str = "U111", view_id: str = "V1") -> Any:
    payload = copy.deepcopy(shared_payload("view_submission.json")["payload_json"])
    payload["team"] = {"id": "T1", "domain": "test"}
    payload["user"] = {"id": user, "username": user.lower(), "name": user.lower(), "team_id": "T1"}
    payload["view"].update(
        id=view_id, callback_id=view["callback_id"], private_metadata=view.get("private_metadata", ""),
        blocks=view["blocks"], state={"values": values},
    )  # fmt: skip
    reply = bot.action(payload)
    assert reply.status == 200
    return reply.json() if reply.body else {}


def _fix(bot: Bot, deal_id: int, given: dict[str, str], *, view_id: str = "V1") -> Any:
    assert _menu(bot, deal_id, "fix") == 200
    view = _opened(bot.slack)
    return _submit(bot, view, _state(view, given), view_id=view_id)


def _updates(slack: FakeSlack) -> list[Call]:
    return slack.of("chat.update")


def _where(calls: list[Call]) -> set[tuple[str, str]]:
    return {(str(c.params["channel"]), str(c.params["ts"])) for c in calls}


def _shown_posts(bot: Bot, deal_id: int) -> set[tuple[str, str]]:
    posts = {(str(p.channel), str(p.ts)) for d in bot.store.deliveries(deal_id=deal_id) for p in d.posts}
    return posts | {(m.channel, m.ts) for m in bot.store.deal_messages(deal_id)}


def test_the_menu_opens_the_fix_form_prefilled_with_the_shown_terms(bot: Bot) -> None:
    stored = _posted_deal(bot)
    card = next(c for c in bot.slack.of("chat.postMessage") if c.params["channel"] == ALERTS)
    assert "deal_menu" in json.dumps(card.params["blocks"])  # the card carries the menu
    assert _menu(bot, stored.id, "fix") == 200
    view = _opened(bot.slack)
    assert bot.slack.of("views.open")[0].params["trigger_id"] == "trigger-1"
    prefilled = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert prefilled["upfront"]["initial_value"] == "USD 10,000,000"
    assert prefilled["parties"]["initial_value"] == "Cellectis (licensor)\nServier (licensee)"
    assert [o["value"] for o in prefilled["modalities"]["initial_options"]] == ["car-t"]


def test_fixing_the_upfront_updates_the_deal_and_every_message_that_showed_it(bot: Bot) -> None:
    stored = _posted_deal(bot)
    assert _fix(bot, stored.id, {"upfront": "USD 25 million"}) == {"response_action": "clear"}
    fixed = bot.store.get_deal(stored.id)
    assert fixed is not None and fixed.deal.upfront is not None and fixed.deal.upfront.amount == 25_000_000
    (correction,) = bot.store.corrections(deal_id=stored.id)
    assert (correction.field, correction.by.user_id, correction.by.team_id) == ("upfront", "U111", "T1")
    shown = _shown_posts(bot, stored.id)
    assert len(shown) == 5  # C900's card and reply, the DM's card and reply, the summary in the news thread
    bot.slack.wait_for(lambda: len(_updates(bot.slack)) >= 5)
    updates = _updates(bot.slack)
    assert _where(updates) == shown
    for update in updates:
        blocks = json.dumps(update.params["blocks"], ensure_ascii=False)
        assert "$25m" in blocks and "corrected by <@U111>" in blocks
    assert any(c.params["channel"] == "D111" for c in updates)  # the DM card
    assert (NEWS_CHANNEL, bot.store.deal_messages(stored.id)[0].ts) in _where(updates)
    listing = bot.command("cellectis").json()
    assert "$25m" in json.dumps(listing, ensure_ascii=False)
    bot.slack.wait_for(lambda: bool(bot.slack.of("views.publish")))  # the corrector's App Home
    assert bot.slack.of("views.publish")[-1].params["user_id"] == "U111"


def test_an_update_slack_refuses_is_logged_and_the_others_still_go(bot: Bot) -> None:
    from tests.bot.slack.fake_slack import Scripted

    stored = _posted_deal(bot)
    bot.slack.script("chat.update", Scripted(200, {"ok": False, "error": "cant_update_message"}))
    assert _fix(bot, stored.id, {"territory": "Europe"}) == {"response_action": "clear"}
    bot.slack.wait_for(lambda: len(_updates(bot.slack)) >= 5)
    assert len(_updates(bot.slack)) == 5


@pytest.mark.parametrize("amount", ["12,5 million", "abc"])
def test_an_amount_the_terms_cannot_hold_is_told_on_its_field_and_nothing_is_recorded(bot: Bot, amount: str) -> None:
    stored = _posted_deal(bot)
    answer = _fix(bot, stored.id, {"upfront": amount, "territory": "Europe"})
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"upfront"}
    assert "not an amount" in answer["errors"]["upfront"] and "12.5 million" in answer["errors"]["upfront"]
    assert bot.store.corrections(deal_id=stored.id) == []  # not even the valid territory: the form is kept
    again = _submit(bot, _opened(bot.slack), _state(_opened(bot.slack), {"upfront": "$12.5m"}))
    assert again == {"response_action": "clear"}  # the same view, sent again corrected, is handled
    assert [c.field for c in bot.store.corrections(deal_id=stored.id)] == ["upfront"]


def test_a_form_sent_with_nothing_changed_stays_open_and_says_so(bot: Bot) -> None:
    stored = _posted_deal(bot)
    answer = _fix(bot, stored.id, {})
    assert answer == {"response_action": "errors", "errors": {"parties": messages.NOTHING_CHANGED}}
    assert bot.store.corrections(deal_id=stored.id) == []
    assert _updates(bot.slack) == []


def test_a_retried_submission_does_nothing_twice(bot: Bot) -> None:
    stored = _posted_deal(bot)
    assert _menu(bot, stored.id, "fix") == 200
    view = _opened(bot.slack)
    values = _state(view, {"upfront": "USD 25 million", "territory": "Europe"})
    assert _submit(bot, view, values) == {"response_action": "clear"}
    bot.slack.wait_for(lambda: len(_updates(bot.slack)) >= 5)
    assert _submit(bot, view, values) == {}  # Slack's retry of the same view: closed, nothing redone
    bot.command("latest")  # a marker handled after the retry
    assert len(bot.store.corrections(deal_id=stored.id)) == 2
    assert len(_updates(bot.slack)) == 5


def test_not_a_deal_cancels_the_queued_alerts_and_updates_the_cards(bot: Bot) -> None:
    bot.command("subscribe car-t digest daily", user="U222")  # queued until its digest time
    stored = _posted_deal(bot)
    (queued,) = bot.store.deliveries(deal_id=stored.id, state="pending")
    assert _menu(bot, stored.id, "retract") == 200
    bot.slack.wait_for(lambda: len(_updates(bot.slack)) >= 5)
    assert [d.id for d in bot.store.deliveries(deal_id=stored.id, state="cancelled")] == [queued.id]
    retracted = bot.store.get_deal(stored.id)
    assert retracted is not None and retracted.retracted is not None
    assert retracted.retracted.by.user_id == "U111"
    for update in _updates(bot.slack):
        blocks = json.dumps(update.params["blocks"], ensure_ascii=False)
        assert "withdrawn by <@U111>: not a deal" in blocks and "deal_menu" not in blocks
    assert "Cellectis" not in json.dumps(bot.command("latest").json())


def test_same_deal_as_merges_into_the_chosen_recent_deal_of_its_companies(bot: Bot) -> None:
    stored = _posted_deal(bot)
    bot.event(_news_event(seed_text("003"), ts="1355517999.000001"))  # another deal, of other companies
    bot.slack.wait_for(lambda: len(bot.store.deals().items) == 2)
    other = next(d for d in bot.store.deals().items if d.id != stored.id)
    assert _menu(bot, other.id, "merge") == 200
    assert messages.MERGE_NONE in json.dumps(_opened(bot.slack))  # no deal of its companies: nothing offered
    first = other.deal.parties[0]
    parties = f"{first.name} ({first.role})\nServier (licensee)"  # now a deal of Servier's too
    assert _menu(bot, other.id, "fix", number=2) == 200
    view = _opened(bot.slack, 2)
    assert _submit(bot, view, _state(view, {"parties": parties}), view_id="V7") == {"response_action": "clear"}
    assert _menu(bot, other.id, "merge", number=3) == 200
    view = _opened(bot.slack, 3)
    (select,) = [b for b in view["blocks"] if b["type"] == "input"]
    assert [o["value"] for o in select["element"]["options"]] == [str(stored.id)]
    values = {"into": {"deal": {"type": "static_select", "selected_option": select["element"]["options"][0]}}}
    before = len(_updates(bot.slack))
    assert _submit(bot, view, values, view_id="V8") == {"response_action": "clear"}
    merged = bot.store.get_deal(other.id)
    assert merged is not None and merged.merged_into == stored.id
    shown = _shown_posts(bot, stored.id) | _shown_posts(bot, other.id)
    bot.slack.wait_for(lambda: len(_updates(bot.slack)) >= before + len(shown))
    latest = _updates(bot.slack)[before:]
    assert _where(latest) == shown
    assert all(f"same deal as #{stored.id}, merged by <@U111>" in json.dumps(c.params["blocks"]) for c in latest)


@pytest.fixture
def guarded(slack: FakeSlack, database_url: str, clock: Clock) -> Iterator[Bot]:
    slack.add_usergroup("S100", ["U555"])
    running = Bot(slack, database_url, clock, correctors="U999,S100")
    yield running
    running.stop()


def test_only_the_named_correctors_may_correct_and_others_are_told_why(guarded: Bot) -> None:
    stored = _posted_deal(guarded)
    assert _menu(guarded, stored.id, "fix", user="U111") == 200
    (told,) = guarded.slack.wait_for_call("chat.postEphemeral")
    assert told.params["user"] == "U111" and told.params["text"] == messages.NOT_A_CORRECTOR
    assert not guarded.slack.of("views.open")
    assert _menu(guarded, stored.id, "retract", user="U111", number=2) == 200
    guarded.slack.wait_for_call("chat.postEphemeral", count=2)
    assert (guarded.store.get_deal(stored.id) or stored).retracted is None
    assert _menu(guarded, stored.id, "fix", user="U555", number=3) == 200  # a member of the group S100
    view = _opened(guarded.slack)
    refused = _submit(guarded, view, _state(view, {"territory": "Europe"}), user="U111")
    assert refused["response_action"] == "errors" and messages.NOT_A_CORRECTOR in refused["errors"].values()
    assert _submit(guarded, view, _state(view, {"territory": "Europe"}), user="U555", view_id="V2") == {
        "response_action": "clear"
    }
    assert [c.by.user_id for c in guarded.store.corrections(deal_id=stored.id)] == ["U555"]
