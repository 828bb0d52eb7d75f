"""Reading fetched bodies: feeds, pages of links, and article pages reduced to their main text."""

from __future__ import annotations

from datetime import date

import pytest

from bot.feeds.fetch import Fetched
from bot.feeds.parse import MalformedSource, article_text, parse
from tests.bot.feeds.articles import article, headline, html_page
from tests.bot.feeds.server import atom, rss

URL = "https://news.example/feed"


def fetched(body: bytes, content_type: str | None = "application/rss+xml") -> Fetched:
    return Fetched(url=URL, status=200, body=body, content_type=content_type)


def test_rss_items_with_guid_link_date_and_text():
    body = rss([{"guid": "g1", "link": "/story/1", "title": "  Orrina   licenses ",
                 "pubDate": "Mon, 02 Mar 2026 08:00:00 GMT", "description": "<p>Short <b>teaser</b></p>"}])  # fmt: skip
    parsed = parse(fetched(body))
    assert parsed.kind == "feed" and parsed.title == "Example biopharma news"
    [item] = parsed.items
    assert (item.guid, item.url, item.title, item.published) == (
        "g1", "https://news.example/story/1", "Orrina licenses", date(2026, 3, 2)
    )
    assert item.text == "Short teaser" and not item.full


def test_atom_entries():
    parsed = parse(fetched(atom([{"guid": "urn:1", "link": "https://x.example/a", "title": "A"}]), None))
    assert parsed.kind == "feed" and [(i.guid, i.url) for i in parsed.items] == [("urn:1", "https://x.example/a")]


def test_full_content_is_marked_as_the_article():
    [item] = parse(fetched(rss([{"guid": "1", "link": "https://x.example/1", "title": "T",
                                 "content": f"<p>{article(1)}</p>"}]))).items  # fmt: skip
    assert item.full and headline(1) in item.text


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"json": true}', "not an RSS or Atom feed"),
        (b"<rss version='2.0'><channel><item><title>x</ti", "broken XML"),
    ],
)
def test_malformed_feeds(body: bytes, message: str):
    with pytest.raises(MalformedSource, match=message):
        parse(fetched(body, "application/xml"))


def test_an_html_body_is_a_page_of_headline_links():
    page = (
        b"<html><head><title>News</title></head><body><a href='/'>Home</a>"
        b"<a href='/press/1#top'>Orrina Bio signs licensing pact with Bexrix</a>"
        b"<a href='https://other.example/x'>A story on another site with a long title</a>"
        b"<a href='mailto:press@news.example'>Write to the press office please</a></body></html>"
    )
    parsed = parse(Fetched(url="https://news.example/press", status=200, body=page, content_type="text/html"))
    assert parsed.kind == "page" and parsed.title == "News"
    assert [(i.url, i.title) for i in parsed.items] == [
        ("https://news.example/press/1", "Orrina Bio signs licensing pact with Bexrix")
    ]


def test_article_main_text_leaves_out_navigation_and_related_stories():
    related = "".join(
        f"<div class='related'><a href='/n/{i}'>Related story {i} about markets</a><p>{'Teaser words. ' * 20}</p></div>"
        for i in range(100)
    )
    page = html_page(4).replace("<footer>", related + "<footer>").encode()
    text = article_text(page, "https://news.example/news/4")
    assert text.startswith(headline(4))
    assert "upfront payment" in text
    assert "Related story" not in text and "Teaser words" not in text and "Copyright" not in text
    assert "\n\n" in text  # paragraphs kept apart


def test_plain_text_articles_are_read_as_they_are():
    assert article_text(article(2).encode()).startswith(headline(2))
