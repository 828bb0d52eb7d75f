"""What a watched message holds, through Slack events: one card per article of a newsletter or per link,
HTML pasted as text read as its text, a reply for articles not in English, and old news stored without
alerts, its card saying when it was announced."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.feeds.articles import ArticleReader
from bot.feeds.fetch import Fetcher
from bot.slack import messages
from bot.slack.articles import MIN_NEWS_CHARS
from extraction.documents import Document
from tests.bot.binary_files import pdf
from tests.bot.feeds.server import FeedServer, Route
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import Bot, Clock, seed_text
from tests.extraction.test_language import FRENCH, GERMAN, SPANISH
from tests.extraction.test_stories import HALVORSEN, KESTREL, OSTRANDER, STORIES, newsletter, story_text

CHANNEL = "C123ABC456"
TS = "1772442000.000100"


def _slack_text(text: str) -> str:
    """Text as a message event carries it: Slack's three control characters escaped, URLs linked."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"https?://[^\s\"'&]+", lambda m: f"<{m.group(0)}>", escaped)


def _message(text: str, ts: str = TS, channel: str = CHANNEL) -> dict[str, Any]:
    return {"type": "message", "channel": channel, "user": "U2147483697", "text": _slack_text(text), "ts": ts,
            "event_ts": ts, "channel_type": "channel"}  # fmt: skip


def _replies(slack: FakeSlack, ts: str = TS) -> list:
    return [c for c in slack.of("chat.postMessage") if c.params.get("thread_ts") == ts]


def _alerts(slack: FakeSlack, user: str = "U111") -> list:
    return [c for c in slack.of("chat.postMessage") if c.params["channel"] == user and not c.params.get("thread_ts")]


def _marker(bot: Bot) -> None:
    """A message handled after the one under test: once its card is posted, the one before is done."""
    bot.event(_message(seed_text("003"), ts="1772442999.000001"))
    bot.slack.wait_for(lambda: bool(_replies(bot.slack, "1772442999.000001")))


def _blocks(call: Any) -> str:
    return json.dumps(call.params.get("blocks"), ensure_ascii=False)


# --- a newsletter, several links: one card per article ------------------------------------------------

_PARTIES = {
    KESTREL[0]: ("Kestrel Therapeutics", "Norvane Pharma"),
    HALVORSEN[0]: ("Halvorsen Bio", "Quillon Therapeutics"),
    OSTRANDER[0]: ("Ostrander Biologics", "Pelham Pharma"),
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(newsletter(), id="headlines"),
        pytest.param(newsletter(joiner="\n\n---\n\n"), id="separators"),
        pytest.param(
            "\n\n".join(story_text(s, f"BOSTON, Feb. {20 + n}, 2026 /PRNewswire/ -- ") for n, s in enumerate(STORIES)),
            id="datelines",
        ),
    ],
)
def test_a_newsletter_gets_one_card_per_article(bot: Bot, text: str) -> None:
    assert bot.event(_message(text)).status == 200
    bot.slack.wait_for(lambda: len(_replies(bot.slack)) >= 3)
    _marker(bot)
    cards = _replies(bot.slack)
    assert len(cards) == 3
    for card, (first, second) in zip(cards, _PARTIES.values(), strict=True):
        others = {name for pair in _PARTIES.values() if pair != (first, second) for name in pair}
        shown = _blocks(card)
        assert first in shown and second in shown
        assert not any(name in shown for name in others)  # never one card mixing them
    refs = {d.sources[0].ref for d in bot.store.deals().items}
    assert refs == {f"{CHANNEL}/1772442999.000001", *(f"{CHANNEL}/{TS}#{n}" for n in (1, 2, 3))}


def test_several_links_get_one_card_each(slack: FakeSlack, database_url: str, clock: Clock) -> None:
    pages = {
        "https://news.example/kestrel": Document(text=story_text(KESTREL), published=date(2026, 2, 27)),
        "https://news.example/halvorsen": story_text(HALVORSEN),
    }
    bot = Bot(slack, database_url, clock, fetch=pages.get)
    try:
        bot.event(_message("two for today: https://news.example/kestrel and https://news.example/halvorsen"))
        slack.wait_for(lambda: len(_replies(slack)) >= 2)
        _marker(bot)
        first, second = _replies(slack)
        assert "Kestrel Therapeutics" in _blocks(first) and "Halvorsen" not in _blocks(first)
        assert "Halvorsen Bio" in _blocks(second) and "Kestrel" not in _blocks(second)
        assert "Announced 27 February 2026" in _blocks(first)  # the page's date
        by_ref = {d.sources[0].ref: d for d in bot.store.deals().items}
        assert set(by_ref) == {*pages, f"{CHANNEL}/1772442999.000001"}
        assert by_ref["https://news.example/kestrel"].reported_on == date(2026, 2, 27)
        assert by_ref["https://news.example/halvorsen"].reported_on == clock().date()  # undated: when stored
    finally:
        bot.stop()


def test_a_newsletter_with_links_gets_a_card_per_story_and_link_and_one_line_per_link_not_read(
    slack: FakeSlack, database_url: str, clock: Clock
) -> None:
    web = FeedServer().start()
    with Fetcher(user_agent="dealbot-test", timeout=2, max_bytes=1_000_000, allow_private=True) as fetcher:
        bot = Bot(slack, database_url, clock, fetch=ArticleReader(fetcher))
        try:
            gone = web.set("/gone", Route(b"gone", status=404, content_type="text/plain"))
            report = web.set("/report.pdf", Route(pdf(seed_text("002")[:1500]), content_type="application/pdf"))
            good = web.set("/news/carsgen", Route(seed_text("002").encode(), content_type="text/plain"))
            bot.event(_message(newsletter(preamble=f"Biotech Deals Daily, and more: {gone} {report} {good}")))
            slack.wait_for(lambda: len(_replies(slack)) >= 5)
            _marker(bot)
            *cards, notices = _replies(slack)
        finally:
            bot.stop()
            web.stop()
    assert len(cards) == 4 and all(card.params.get("blocks") for card in cards)
    for card, (first, second) in zip(cards, _PARTIES.values(), strict=False):
        assert first in _blocks(card) and second in _blocks(card)
    assert "CARsgen" in _blocks(cards[3])
    assert notices.params["text"].split("\n") == [
        f"I couldn't read the link `{gone}`: the site answered HTTP 404. Paste the article's text here instead.",
        f"I couldn't read the link `{report}`: it is a PDF file, and I read only text or HTML. Paste the"
        " article's text here instead.",
    ]
    permalinks = [c for c in slack.of("chat.getPermalink") if c.params["message_ts"] == TS]
    assert len(permalinks) == 1  # asked once for the message's three stories
    link = f"https://test.slack.com/archives/{CHANNEL}/p{TS.replace('.', '')}"
    assert all(f"<{link}|a Slack message>" in _blocks(card) for card in cards[:3])


# --- HTML pasted as text: read as its text -----------------------------------------------------------


def _as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in text.split("\n\n") if p.strip())
    return (
        "<!DOCTYPE html>\n<html><head><title>Deal news</title><style>p { margin: 0 }</style>"
        "<script>var tracker = 'https://ads.example/t.js';</script></head>\n<body>\n"
        '<nav><a href="https://news.example/">Home</a> | <a href="https://news.example/deals">Deals</a></nav>\n'
        f"<article>\n{paragraphs}</article>\n<footer>Copyright Example News</footer>\n</body></html>"
    )


def test_html_pasted_as_text_gets_the_same_terms_as_the_text(
    slack: FakeSlack, database_url: str, clock: Clock, tmp_path: Path
) -> None:
    fetched: list[str] = []

    def fetch(url: str) -> str | None:
        fetched.append(url)
        return None

    text = seed_text("000")
    cards = []
    for n, paste in enumerate((_as_html(text), text)):
        bot = Bot(slack, f"sqlite:///{tmp_path / f'paste{n}.sqlite3'}", clock, fetch=fetch)
        try:
            ts = f"177244200{n}.000100"
            bot.event(_message(paste, ts=ts))
            slack.wait_for(lambda ts=ts: bool(_replies(slack, ts)))
            (card,) = _replies(slack, ts)
            cards.append({**card.params, "blocks": _blocks(card).replace(ts.replace(".", ""), "TS")})  # own permalink
            (stored,) = bot.store.deals().items
            assert "$9bn" not in json.dumps(stored.deal.model_dump(mode="json"))
        finally:
            bot.stop()
    html_card, text_card = cards
    assert "Cellectis" in html_card["text"] and "$850m" in html_card["blocks"]
    assert html_card["blocks"] == text_card["blocks"] and html_card["text"] == text_card["text"]
    assert fetched == []  # the links in the page's markup are not links to read


# --- not in English: a short reply, no card -------------------------------------------------------------


@pytest.mark.parametrize("text", [FRENCH, GERMAN, SPANISH], ids=["french", "german", "spanish"])
def test_an_article_not_in_english_gets_a_reply_and_no_card(bot: Bot, text: str) -> None:
    bot.command("subscribe car-t")
    bot.event(_message(text))
    bot.slack.wait_for(lambda: bool(_replies(bot.slack)))
    _marker(bot)
    (reply,) = _replies(bot.slack)
    assert reply.params["text"] == messages.NOT_ENGLISH
    assert not reply.params.get("blocks")
    assert [d.sources[0].ref for d in bot.store.deals().items] == [f"{CHANNEL}/1772442999.000001"]  # the marker's


GERMAN_CHAT = (
    "Hallo zusammen, wir treffen uns morgen früh wie besprochen im großen Raum, bitte bringt die Unterlagen "
    "vom letzten Treffen mit. Wer nicht kommen kann, sagt bitte kurz Bescheid, dann schicke ich die Notizen "
    "hinterher per Mail an alle, die heute nicht dabei waren. Danke und bis morgen!"
)


def test_conversation_not_in_english_is_left_alone(bot: Bot) -> None:
    assert len(GERMAN_CHAT) >= MIN_NEWS_CHARS
    bot.event(_message(GERMAN_CHAT))
    _marker(bot)
    assert [c for c in _replies(bot.slack) if c.params.get("text") == messages.NOT_ENGLISH] == []


# --- old news: summarised in its thread, alerting nobody ---------------------------------------------------


def _dated(day: str) -> str:
    """The Kestrel story as a press release dated `day` (`Jan. 8, 2024`)."""
    return story_text(KESTREL, f"BOSTON, {day} /PRNewswire/ -- ")


@pytest.mark.parametrize(
    ("text", "max_age_days", "announced", "alerted"),
    [
        pytest.param(_dated("Jan. 8, 2024"), None, "Announced 8 January 2024", False, id="a-dateline-of-2024"),
        pytest.param(story_text(KESTREL) + "\n\n8 January 2024", None, "Announced 8 January 2024", False,
                     id="a-date-line"),
        pytest.param(_dated("Feb. 10, 2026"), None, "Announced 10 February 2026", True, id="fresh-within-30-days"),
        pytest.param(_dated("Feb. 10, 2026"), 10, "Announced 10 February 2026", False, id="older-than-a-set-limit"),
        pytest.param(story_text(KESTREL), None, None, True, id="undated-is-new"),
    ],
)  # fmt: skip
def test_an_old_article_is_summarised_and_alerts_nobody(
    slack: FakeSlack, database_url: str, clock: Clock,
    text: str, max_age_days: int | None, announced: str | None, alerted: bool,
) -> None:  # fmt: skip
    bot = Bot(slack, database_url, clock, news_max_age_days=max_age_days)
    try:
        bot.command("subscribe car-t")  # U111, by DM
        bot.event(_message(text))
        slack.wait_for(lambda: bool(_replies(slack)))
        _marker(bot)
        (card,) = _replies(slack)
        shown = _blocks(card)
        assert "Kestrel Therapeutics" in shown and "$25m" in shown
        assert (announced in shown) if announced else ("Announced" not in shown)
        assert ("nobody was alerted" in shown) is not alerted
        (stored,) = [d for d in bot.store.deals().items if d.sources[0].ref == f"{CHANNEL}/{TS}"]
        if alerted:
            slack.wait_for(lambda: len(_alerts(slack)) >= 1)
        assert [d.deal_id for d in bot.store.deliveries(deal_id=stored.id)] == ([stored.id] if alerted else [])
        assert bool(_alerts(slack)) is alerted
    finally:
        bot.stop()
