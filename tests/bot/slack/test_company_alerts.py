"""End to end over signed HTTP: followers of Merck & Co., by any of its names, get every Merck & Co. deal
posted in a channel and none of Merck KGaA's, nor one whose article does not say which Merck it is."""

from __future__ import annotations

from tests.bot.slack.company_news import MERCK_CO, MERCK_KGAA, MERCK_UNSAID, buttons, click, slack_escaped
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import Bot

NEWS_CHANNEL = "C123ABC456"


def _posted(bot: Bot, text: str, ts: str) -> None:
    """A person pastes an article in a channel the bot is in, as Slack's `message.channels` event carries it."""
    event = {"type": "message", "channel": NEWS_CHANNEL, "user": "U2147483697", "text": slack_escaped(text),
             "ts": ts, "event_ts": ts, "channel_type": "channel"}  # fmt: skip
    assert bot.event(event).status == 200


def _alerts(slack: FakeSlack, user: str) -> list[str]:
    """The top-level alert texts sent to `user` by direct message."""
    return [
        c.params["text"]
        for c in slack.of("chat.postMessage")
        if c.params["channel"] == user and not c.params.get("thread_ts")
    ]


def _partners(texts: list[str], partners: dict[str, str]) -> set[str]:
    return {p for p in partners if any(p in t for t in texts)}


def test_followers_of_merck_and_co_by_any_name_get_its_deals_only(bot: Bot) -> None:
    assert "Following Merck & Co." in bot.command("follow MSD", user="U1").json()["text"]
    assert "Following Merck & Co." in bot.command(f"follow {slack_escaped('Merck & Co.')}", user="U2").json()["text"]
    choice = bot.command("follow merck", user="U3")
    assert "Following Merck & Co." in click(bot, buttons(choice)["Merck & Co."], user="U3")["text"]
    other = bot.command("follow Merck", user="U4")
    assert "Following Merck KGaA" in click(bot, buttons(other)["Merck KGaA"], user="U4")["text"]

    articles = [*MERCK_CO.values(), *MERCK_KGAA.values(), *MERCK_UNSAID.values()]
    for i, text in enumerate(articles):
        _posted(bot, text, ts=f"1700001{i:03d}.000100")
    # every article gets its summary in its thread; then every delivery is marked sent
    bot.slack.wait_for(
        lambda: len([c for c in bot.slack.of("chat.postMessage") if c.params["channel"] == NEWS_CHANNEL])
        == len(articles)
    )
    expected = 3 * len(MERCK_CO) + len(MERCK_KGAA)
    bot.slack.wait_for(lambda: len(bot.store.deliveries(state="sent")) >= expected, timeout=30)

    for follower in ("U1", "U2", "U3"):
        got = _alerts(bot.slack, follower)
        assert len(got) == len(MERCK_CO), (follower, got)
        assert _partners(got, MERCK_CO) == set(MERCK_CO), follower
        assert not _partners(got, MERCK_KGAA) and not _partners(got, MERCK_UNSAID), follower
    kgaa = _alerts(bot.slack, "U4")
    assert _partners(kgaa, MERCK_KGAA) == set(MERCK_KGAA) and len(kgaa) == len(MERCK_KGAA)
    assert len(bot.store.deliveries(state="sent")) == expected

    # the deal that does not say which Merck is stored, for neither company, and no company "Merck" was made
    assert bot.store.find_company("Merck") is None
    listed = bot.command("Merck KGaA").json()["text"] + bot.command("MSD").json()["text"]
    assert not any(partner in listed for partner in MERCK_UNSAID)
    latest = bot.command("latest").json()["text"]
    assert all(partner in latest for partner in MERCK_UNSAID)
