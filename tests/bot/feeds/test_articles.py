from datetime import date

import pytest

from bot.feeds.articles import ArticleReader
from bot.feeds.fetch import Fetcher
from tests.bot.feeds.articles import headline, html_page
from tests.bot.feeds.server import FeedServer, Route


def test_reads_an_article_through_a_wrapper_link(web: FeedServer, fetcher: Fetcher):
    link = web.set("/news/3", Route(html_page(3).encode(), content_type="text/html"))
    article = ArticleReader(fetcher)("https://www.google.com/url?rct=j&sa=t&url=" + link + "&ct=ga")
    assert article is not None and article.text.startswith(headline(3)) and "upfront payment" in article.text
    assert len(web.hits("/news/3")) == 1


def _dated(meta: str, dateline: str) -> bytes:
    page = html_page(4).replace("<head>", f"<head>{meta}").replace("</h1>", f"</h1>{dateline}")
    return page.encode()


@pytest.mark.parametrize(
    ("page", "today", "published"),
    [
        pytest.param(_dated('<meta property="article:published_time" content="2024-01-08T07:00:00Z">', ""),
                     date(2026, 3, 2), date(2024, 1, 8), id="page-metadata"),
        pytest.param(_dated("", "<p>January 8, 2024</p>"), date(2026, 3, 2), date(2024, 1, 8), id="dateline"),
        pytest.param(_dated('<meta property="article:published_time" content="2024-01-08T07:00:00Z">',
                            "<p>March 3, 2024</p>"), date(2026, 3, 2), date(2024, 1, 8), id="metadata-first"),
        pytest.param(_dated("", "<p>January 8, 2024</p>"), date(2024, 1, 1), None, id="not-after-today"),
        pytest.param(html_page(4).encode(), date(2026, 3, 2), None, id="undated"),
    ],
)  # fmt: skip
def test_the_article_comes_with_its_date(
    web: FeedServer, fetcher: Fetcher, page: bytes, today: date, published: date | None
):
    link = web.set("/news/4", Route(page, content_type="text/html"))
    article = ArticleReader(fetcher, today=lambda: today)(link)
    assert article is not None and article.text.startswith(headline(4))
    assert article.published == published


def test_none_when_the_page_cannot_be_had(web: FeedServer, fetcher: Fetcher):
    reader = ArticleReader(fetcher)
    assert reader(web.set("/gone", Route(b"gone", status=410, content_type="text/plain"))) is None
    empty = Route(b"<html><body><script>x()</script></body></html>", content_type="text/html")
    assert reader(web.set("/empty", empty)) is None
    good = web.set("/news/1", Route(html_page(1).encode(), content_type="text/html"))
    assert reader(good) is not None
    with Fetcher(user_agent="t", timeout=1, max_bytes=100_000) as strict:  # private addresses refused by default
        assert ArticleReader(strict)(good) is None
    assert len(web.hits("/news/1")) == 1
