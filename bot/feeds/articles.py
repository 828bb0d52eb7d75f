"""Reading one article from its URL, for the Slack app's `Fetch` hook (`create_app(..., fetch=...)`):
links pasted in watched channels and link unfurls get the same fetching rules (limits, no private
addresses) and the same main-text reduction as polled feeds."""

from __future__ import annotations

import logging

from bot.feeds.fetch import PAGE_ACCEPT, Fetcher, FetchError
from bot.feeds.links import canonical_url
from bot.feeds.parse import article_text

_log = logging.getLogger("dealbot.feeds.articles")


class ArticleReader:
    """`reader(url)`: the article's main text, or None when it cannot be fetched or holds no text."""

    def __init__(self, fetcher: Fetcher) -> None:
        self._fetcher = fetcher

    def __call__(self, url: str) -> str | None:
        try:
            page = self._fetcher.fetch(canonical_url(url), accept=PAGE_ACCEPT)
        except FetchError as error:
            _log.info("article not fetched", extra={"error": error.reason})
            return None
        text = article_text(page.body, page.url)
        return text if text.strip() else None
