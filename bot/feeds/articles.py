"""Reading one article from its URL, for the Slack app's `Fetch` hook (`create_app(..., fetch=...)`):
links pasted in watched channels and link unfurls get the same fetching rules (limits, no private
addresses), the same main-text reduction and the same dating (page metadata, else dateline) as polled
feeds."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime

from bot.feeds.fetch import PAGE_ACCEPT, Fetcher, FetchError
from bot.feeds.links import canonical_url
from bot.feeds.parse import page_article
from extraction.documents import Document

_log = logging.getLogger("dealbot.feeds.articles")


def _today() -> date:
    return datetime.now(UTC).date()


class ArticleReader:
    """`reader(url)`: the article's main text and date, or None when it cannot be fetched or holds no text."""

    def __init__(self, fetcher: Fetcher, today: Callable[[], date] = _today) -> None:
        self._fetcher = fetcher
        self._today = today

    def __call__(self, url: str) -> Document | None:
        try:
            page = self._fetcher.fetch(canonical_url(url), accept=PAGE_ACCEPT)
        except FetchError as error:
            _log.info("article not fetched", extra={"error": error.reason})
            return None
        article = page_article(page.body, page.url, self._today())
        return article if article.text.strip() else None
