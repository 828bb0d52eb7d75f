"""A name of several companies ("merck") over signed HTTP: `/deals merck` and `/deals follow merck` ask which
company, with buttons; the button runs the query or the follow for the company chosen."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.store import SourceRef, Subscriber
from extraction import extract
from tests.bot.slack.company_news import MERCK_CO, MERCK_KGAA, MERCK_UNSAID, buttons, click, slack_escaped
from tests.bot.slack.harness import Bot


def _ingest(bot: Bot, articles: dict[str, str]) -> None:
    for partner, text in articles.items():
        bot.clock.advance(timedelta(minutes=1))
        result = bot.store.ingest(extract(text), SourceRef(kind="file", ref=f"{partner}.txt"), bot.clock())
        assert result.kind == "new", (partner, result)


def _text(answer: dict) -> str:
    return answer["text"] + json.dumps(answer.get("blocks", []), ensure_ascii=False)


@pytest.fixture
def merck_deals(bot: Bot) -> Bot:
    _ingest(bot, {**MERCK_CO, **MERCK_KGAA, **MERCK_UNSAID})
    return bot


def test_deals_of_a_shared_name_ask_which_company_and_mix_nothing(merck_deals: Bot) -> None:
    reply = merck_deals.command("merck")
    answer = reply.json()
    assert answer["response_type"] == "ephemeral"
    assert list(buttons(reply)) == ["Merck & Co.", "Merck KGaA", "Only “merck”, not said which"]
    assert "`/deals Merck & Co.`" in answer["text"] and "`/deals Merck KGaA`" in answer["text"]
    assert not any(partner in _text(answer) for partner in [*MERCK_CO, *MERCK_KGAA, *MERCK_UNSAID])

    listing = click(merck_deals, buttons(reply)["Merck & Co."])
    assert listing["replace_original"] is True  # the answer takes the question's place
    assert all(partner in _text(listing) for partner in MERCK_CO)
    assert not any(partner in _text(listing) for partner in [*MERCK_KGAA, *MERCK_UNSAID])

    other = click(merck_deals, buttons(merck_deals.command("MERCK"))["Merck KGaA"])
    assert all(partner in _text(other) for partner in MERCK_KGAA)
    assert not any(partner in _text(other) for partner in [*MERCK_CO, *MERCK_UNSAID])

    unsettled = click(merck_deals, buttons(merck_deals.command("merck"))["Only “merck”, not said which"])
    assert all(partner in _text(unsettled) for partner in MERCK_UNSAID)
    assert not any(partner in _text(unsettled) for partner in [*MERCK_CO, *MERCK_KGAA])


def test_without_deals_that_leave_it_open_the_choice_has_the_companies_only(bot: Bot) -> None:
    _ingest(bot, MERCK_KGAA)
    assert list(buttons(bot.command("merck"))) == ["Merck & Co.", "Merck KGaA"]


@pytest.mark.parametrize("spelling", ["MSD", "Merck &amp; Co.", "Merck Sharp &amp; Dohme", "merck & co., inc."])
def test_other_names_of_one_merck_find_its_deals(merck_deals: Bot, spelling: str) -> None:
    answer = merck_deals.command(spelling).json()
    assert "actions" not in [b["type"] for b in answer["blocks"]]
    assert all(partner in _text(answer) for partner in MERCK_CO)
    assert not any(partner in _text(answer) for partner in [*MERCK_KGAA, *MERCK_UNSAID])


def test_follow_of_a_shared_name_asks_and_the_button_follows(bot: Bot) -> None:
    reply = bot.command("follow merck")
    assert set(buttons(reply)) == {"Merck & Co.", "Merck KGaA"}
    assert "`/deals follow Merck & Co.`" in reply.json()["text"]
    assert bot.store.subscriptions() == []  # nothing followed before the choice

    done = click(bot, buttons(reply)["Merck KGaA"])
    assert "Following Merck KGaA" in done["text"]
    (sub,) = bot.store.subscriptions(Subscriber(kind="user", id="U111"))
    assert sub.companies == ("Merck KGaA",)
    again = click(bot, buttons(bot.command("follow merck"))["Merck KGaA"])
    assert "already follow Merck KGaA" in again["text"]
    assert len(bot.store.subscriptions()) == 1


def test_the_button_follows_for_the_channel_the_command_named(bot: Bot) -> None:
    reply = bot.command("follow merck <#C777|alerts>")
    assert "<#C777>" in reply.json()["text"]
    done = click(bot, buttons(reply)["Merck & Co."])
    assert "Following Merck & Co." in done["text"] and "<#C777>" in done["text"]
    (sub,) = bot.store.subscriptions(Subscriber(kind="channel", id="C777"))
    assert (sub.companies, sub.created_by) == (("Merck & Co.",), "U111")


def test_unsubscribe_of_a_shared_name_removes_the_follows_of_either(bot: Bot) -> None:
    bot.command("follow MSD")
    bot.command("follow emd serono")
    bot.command("follow Kelun")
    assert "Unsubscribed from 2" in bot.command("unsubscribe merck").json()["text"]
    assert [s.companies for s in bot.store.subscriptions()] == [("Kelun-Biotech",)]


def test_a_button_whose_value_cannot_be_read_says_what_to_do(bot: Bot) -> None:
    answer = click(bot, {"action_id": "deals_choose_0", "value": "{not json"})
    assert "type the command again" in answer["text"]
    assert bot.store.subscriptions() == []


def test_a_legal_form_alone_is_no_company_to_follow(bot: Bot) -> None:
    answer = bot.command(f"follow {slack_escaped('S.A.')}").json()
    assert "I know no company or modality called `S.A.`" in answer["text"]
    assert bot.store.subscriptions() == []
