import logging
from datetime import date

import pytest

from bot.feeds.articles import ArticleReader, ArticleUnreadable
from bot.feeds.fetch import Fetcher
from tests.bot.binary_files import pdf
from tests.bot.feeds.articles import article, headline, html_page
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


def test_none_when_the_page_holds_no_text(web: FeedServer, fetcher: Fetcher):
    empty = Route(b"<html><body><script>x()</script></body></html>", content_type="text/html")
    assert ArticleReader(fetcher)(web.set("/empty", empty)) is None


def test_a_page_that_cannot_be_had_says_why(web: FeedServer, fetcher: Fetcher):
    reader = ArticleReader(fetcher)
    cases = {
        web.set("/gone", Route(b"gone", status=410, content_type="text/plain")): ("http_status", "HTTP 410"),
        web.set("/report.pdf", Route(pdf(article(1)), content_type="application/pdf")): ("pdf", "a PDF file"),
        "http://127.0.0.1:9/closed-port": ("unreachable", "network error"),
    }
    for url, (problem, reason) in cases.items():
        with pytest.raises(ArticleUnreadable) as error:
            reader(url)
        assert (error.value.url, error.value.problem) == (url, problem) and reason in error.value.reason
    good = web.set("/news/1", Route(html_page(1).encode(), content_type="text/html"))
    assert reader(good) is not None
    with Fetcher(user_agent="t", timeout=1, max_bytes=100_000) as strict:  # private addresses refused by default
        with pytest.raises(ArticleUnreadable) as refused:
            ArticleReader(strict)(good)
        assert refused.value.problem == "private_address"
    assert len(web.hits("/news/1")) == 1


@pytest.mark.parametrize(
    "url",
    ["http://[::ffff:127.0.0.1]/x", "http://[::ffff:7f00:1]:8080/x", "http://[::ffff:169.254.169.254]/latest/",
     "http://[::ffff:10.0.0.1]/x", "http://[::1]/x"],
)  # fmt: skip
def test_an_ipv4_mapped_address_is_refused_as_private_without_a_traceback(url: str, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    with Fetcher(user_agent="t", timeout=1, max_bytes=100_000) as strict, pytest.raises(ArticleUnreadable) as error:
        ArticleReader(strict)(url)
    assert error.value.problem == "private_address", error.value.reason
    assert not any(record.exc_info for record in caplog.records)
