"""Who may change a channel's subscriptions, driven as Slack would: signed `/deals` over HTTP, with the fake
Slack Web API answering users.info and conversations.info."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from bot.store import NewSubscription, Subscriber
from tests.bot.slack.fake_slack import FakeSlack, Scripted
from tests.bot.slack.harness import Bot

ALERTS = "<#C777|alerts>"
MAKER, OTHER, MANAGER, ADMIN, OWNER = "U111", "U222", "U333", "U444", "U555"


@pytest.fixture(autouse=True)
def workspace(slack: FakeSlack) -> None:
    for user in (MAKER, OTHER, MANAGER):
        slack.add_user(user)
    slack.add_user(ADMIN, is_admin=True)
    slack.add_user(OWNER, is_owner=True)
    slack.add_channel("C777", creator=MANAGER)


def _say(bot: Bot, text: str, user: str, channel: str = "C888") -> str:
    reply = bot.command(text, user=user, channel=channel)
    assert reply.status == 200
    answer = reply.json()
    assert answer["response_type"] == "ephemeral"
    return str(answer["text"])


def _channel_subs(bot: Bot) -> list[int]:
    return [s.id for s in bot.store.subscriptions(Subscriber(kind="channel", id="C777"))]


def test_someone_else_cannot_remove_a_channels_subscription_and_is_told_who_can(bot: Bot) -> None:
    _say(bot, f"subscribe adc {ALERTS}", MAKER)
    (sub,) = bot.store.subscriptions()
    assert sub.created_by == MAKER
    answer = _say(bot, f"unsubscribe all {ALERTS}", OTHER)
    assert f"1 subscription of <#C777> (#{sub.id}) was not removed" in answer
    assert "only by whoever made it, the channel's manager (whoever created the channel) or a workspace admin" in answer
    assert f"You can ask <@{MAKER}> or the channel's manager, or mute the channel for yourself" in answer
    assert "Unsubscribed" not in answer and "Nothing to unsubscribe" not in answer
    assert _channel_subs(bot) == [sub.id]
    assert [c.params["user"] for c in bot.slack.of("users.info")] == [OTHER]
    assert [c.params["channel"] for c in bot.slack.of("conversations.info")] == ["C777"]
    assert "Unsubscribed from 1 subscription" in _say(bot, f"unsubscribe all {ALERTS}", MAKER)
    assert _channel_subs(bot) == []
    assert len(bot.slack.of("users.info")) == 1  # its maker needs no lookup


def test_the_channels_creator_an_admin_and_an_owner_may_change_it(bot: Bot) -> None:
    _say(bot, f"subscribe adc {ALERTS}", MAKER)
    _say(bot, f"follow sanofi {ALERTS}", MAKER)
    assert "Paused 2 subscriptions of <#C777>" in _say(bot, f"pause 3d {ALERTS}", MANAGER)
    until = bot.clock() + timedelta(days=3)
    assert [s.paused_until for s in bot.store.subscriptions()] == [until, until]
    assert "Resumed 2 subscriptions of <#C777>" in _say(bot, f"resume {ALERTS}", ADMIN)
    assert all(s.paused_until is None for s in bot.store.subscriptions())
    assert _say(bot, f"unsubscribe sanofi {ALERTS}", OWNER) == "Unsubscribed from 1 subscription."
    assert _say(bot, f"unsubscribe all {ALERTS}", MANAGER) == "Unsubscribed from 1 subscription."
    assert bot.store.subscriptions() == []


def test_of_a_channels_subscriptions_only_ones_own_are_changed(bot: Bot) -> None:
    _say(bot, f"subscribe adc {ALERTS}", MAKER)
    _say(bot, f"subscribe car-t {ALERTS}", OTHER)
    theirs, mine = _channel_subs(bot)
    answer = _say(bot, f"pause 1w {ALERTS}", OTHER)
    first, second = answer.splitlines()
    assert first.startswith("Paused 1 subscription of <#C777> until")
    assert second.startswith(f"1 subscription of <#C777> (#{theirs}) was not paused")
    paused = {s.id: s.paused_until for s in bot.store.subscriptions()}
    assert paused == {theirs: None, mine: bot.clock() + timedelta(weeks=1)}
    answer = _say(bot, f"resume {ALERTS}", OTHER)
    assert answer.startswith("Resumed 1 subscription of <#C777>.\n")
    assert "have such alerts sent to you by DM: `/deals subscribe adc`." in answer
    answer = _say(bot, f"unsubscribe all {ALERTS}", OTHER)
    assert answer.startswith("Unsubscribed from 1 subscription.\n") and f"(#{theirs}) was not removed" in answer
    assert _channel_subs(bot) == [theirs]


def test_a_modality_is_not_taken_out_of_someone_elses_channel_subscription(bot: Bot) -> None:
    _say(bot, f"subscribe adc car-t {ALERTS} min $100m", MAKER)
    (before,) = bot.store.subscriptions()
    assert "was not removed" in _say(bot, f"unsubscribe adc {ALERTS}", OTHER)
    assert bot.store.subscriptions() == [before]
    assert _say(bot, f"unsubscribe adc {ALERTS}", MAKER) == "Unsubscribed from 1 subscription."
    (left,) = bot.store.subscriptions()
    assert (left.modalities, left.min_usd, left.created_by) == (("car-t",), before.min_usd, MAKER)
    assert left.id > before.id


def test_a_subscription_made_before_makers_were_recorded_is_the_managers(bot: Bot) -> None:
    old = bot.store.add_subscription(NewSubscription(subscriber=Subscriber(kind="channel", id="C777")), bot.clock())
    assert old.created_by is None
    answer = _say(bot, f"pause {ALERTS}", MAKER)
    assert "was not paused" in answer and "You can ask the channel's manager or an admin" in answer
    assert "<@" not in answer
    assert _say(bot, "subscriptions", OTHER, channel="C777").endswith("to <#C777> — maker not recorded")
    assert "Paused 1 subscription of <#C777>" in _say(bot, f"pause {ALERTS}", MANAGER)


def test_when_slack_cannot_say_who_the_user_is_nothing_is_changed_and_the_answer_says_so(bot: Bot) -> None:
    _say(bot, f"subscribe adc {ALERTS}", MAKER)
    limited = Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "30"})
    bot.slack.script("users.info", limited)
    answer = _say(bot, f"unsubscribe all {ALERTS}", ADMIN)
    assert "was not removed" in answer
    assert "I could not check with Slack whether you are one of them (`ratelimited`); try again in a minute." in answer
    assert len(bot.slack.of("users.info")) == 1  # answered at once: the rate limit is not waited out
    assert len(_channel_subs(bot)) == 1
    assert _say(bot, f"unsubscribe all {ALERTS}", ADMIN) == "Unsubscribed from 1 subscription."
    _say(bot, f"subscribe adc {ALERTS}", MAKER)
    bot.slack.script("users.info", limited)  # the channel's creator is still known from conversations.info
    assert _say(bot, f"unsubscribe all {ALERTS}", MANAGER) == "Unsubscribed from 1 subscription."


def test_a_private_channel_the_bot_cannot_see_leaves_only_its_makers_and_admins(bot: Bot) -> None:
    _say(bot, "subscribe adc <#G900|secret>", MAKER)
    answer = _say(bot, "unsubscribe all <#G900|secret>", OTHER)
    assert "was not removed" in answer and "(`channel_not_found`)" in answer
    assert _say(bot, "unsubscribe all <#G900|secret>", ADMIN) == "Unsubscribed from 1 subscription."


def test_its_maker_removes_a_channels_subscription_by_id_from_anywhere(bot: Bot) -> None:
    _say(bot, f"subscribe adc {ALERTS}", MAKER)
    (sub,) = bot.store.subscriptions()
    assert "Nothing to unsubscribe from" in _say(bot, f"unsubscribe {sub.id}", OTHER, channel="D222")
    assert _say(bot, f"unsubscribe {sub.id}", MAKER, channel="D111") == "Unsubscribed from 1 subscription."
    assert bot.store.subscriptions() == []


def test_anyone_may_add_a_subscription_to_a_channel(bot: Bot) -> None:
    assert "Subscribed" in _say(bot, f"subscribe adc {ALERTS}", OTHER)
    assert "Following Sanofi" in _say(bot, f"follow sanofi {ALERTS}", MAKER)
    assert [s.created_by for s in bot.store.subscriptions()] == [OTHER, MAKER]
    assert bot.slack.of("users.info") == [] and bot.slack.of("conversations.info") == []


def test_subscriptions_lists_the_channel_ones_you_made_from_anywhere(bot: Bot) -> None:
    _say(bot, "subscribe bispecific", MAKER)
    _say(bot, f"subscribe adc {ALERTS}", MAKER)
    _say(bot, "follow sanofi <#C778|news>", MAKER)
    _say(bot, f"subscribe car-t {ALERTS}", OTHER)
    dm, adc, sanofi, car_t = (s.id for s in bot.store.subscriptions())
    assert _say(bot, "subscriptions", MAKER, channel="D111").splitlines() == [
        f"#{dm} — bispecific; each deal — to you by direct message",
        f"#{adc} — adc; each deal — to <#C777>",
        f"#{sanofi} — deals of Sanofi; each deal — to <#C778>",
    ]
    in_alerts = _say(bot, "subscriptions", MAKER, channel="C777").splitlines()
    assert in_alerts[1:] == [
        f"#{adc} — adc; each deal — to <#C777>",
        f"#{sanofi} — deals of Sanofi; each deal — to <#C778>",
        f"#{car_t} — car-t; each deal — to <#C777> — made by <@{OTHER}>",
    ]
    assert _say(bot, "subscriptions", OTHER, channel="D222") == f"#{car_t} — car-t; each deal — to <#C777>"


def test_a_refusal_is_logged_with_its_fields_and_no_token(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    _say(bot, f"subscribe adc {ALERTS}", MAKER)
    (sub,) = bot.store.subscriptions()
    with caplog.at_level(logging.INFO, logger="dealbot.slack"):
        _say(bot, f"pause {ALERTS}", OTHER)
    (record,) = [r for r in caplog.records if r.getMessage() == "channel subscriptions left to their makers"]
    fields = {k: getattr(record, k) for k in ("user", "action", "subscriptions", "channels", "unchecked")}
    assert fields == {"user": OTHER, "action": "pause", "subscriptions": [sub.id], "channels": ["C777"],
                      "unchecked": None}  # fmt: skip
    assert not any("xoxb-" in str(r.__dict__) for r in caplog.records)


def test_an_id_removed_is_not_given_to_the_next_subscription(bot: Bot) -> None:
    _say(bot, "subscribe bispecific", MAKER)
    _say(bot, f"subscribe adc {ALERTS}", MAKER)
    first, last = (s.id for s in bot.store.subscriptions())
    assert _say(bot, f"unsubscribe {last}", MAKER) == "Unsubscribed from 1 subscription."
    again = _say(bot, f"subscribe adc {ALERTS}", MAKER)
    assert again == f"Subscribed (#{last + 1}): adc; each deal, to <#C777>."
    assert [s.id for s in bot.store.subscriptions()] == [first, last + 1]
