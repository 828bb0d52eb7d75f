from bot.feeds.articles import ArticleReader
from bot.feeds.fetch import Fetcher
from tests.bot.feeds.articles import headline, html_page
from tests.bot.feeds.server import FeedServer, Route


def test_reads_an_article_through_a_wrapper_link(web: FeedServer, fetcher: Fetcher):
    link = web.set("/news/3", Route(html_page(3).encode(), content_type="text/html"))
    text = ArticleReader(fetcher)("https://www.google.com/url?rct=j&sa=t&url=" + link + "&ct=ga")
    assert text is not None and text.startswith(headline(3)) and "upfront payment" in text
    assert len(web.hits("/news/3")) == 1


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
