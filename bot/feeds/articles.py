"""Reading one article from its URL, for the Slack app's `Fetch` hook (`create_app(..., fetch=...)`):
links pasted in watched channels and link unfurls get the same fetching rules (limits, no private
addresses), the same main-text reduction and the same dating (page metadata, else dateline) as polled
feeds.

A link that cannot be read raises `ArticleUnreadable`, whose `problem` says why in a way a person can act
on: the host is not a public address, the site could not be reached or answered an error, the page is too
large, or it is a PDF (or another binary file) rather than a page of text. A page that is read but holds no
text gives None.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime

from bot.feeds.fetch import PAGE_ACCEPT, Fetcher, FetchError, FetchProblem
from bot.feeds.links import canonical_url
from bot.feeds.parse import page_article
from extraction.documents import BinaryFormat, Document, binary_format, format_name

LinkProblem = FetchProblem | BinaryFormat
"""Why a link gave no article: a `FetchProblem`, or the binary format of what it served."""
_log = logging.getLogger("dealbot.feeds.articles")


def _today() -> date:
    return datetime.now(UTC).date()


class ArticleUnreadable(Exception):
    def __init__(self, url: str, problem: LinkProblem, reason: str) -> None:
        super().__init__(reason)
        self.url = url
        self.problem: LinkProblem = problem
        self.reason = reason


class ArticleReader:
    """`reader(url)`: the article's main text and date, None when the page holds no text, `ArticleUnreadable`
    when it cannot be had."""

    def __init__(self, fetcher: Fetcher, today: Callable[[], date] = _today) -> None:
        self._fetcher = fetcher
        self._today = today

    def __call__(self, url: str) -> Document | None:
        try:
            page = self._fetcher.fetch(canonical_url(url), accept=PAGE_ACCEPT)
        except FetchError as error:
            _log.info("article not fetched", extra={"error": error.reason, "problem": error.problem})
            raise ArticleUnreadable(url, error.problem, error.reason) from None
        kind = binary_format(page.body)
        if kind is not None:
            raise ArticleUnreadable(url, kind, f"the page is {format_name(kind)}, not text")
        article = page_article(page.body, page.url, self._today())
        return article if article.text.strip() else None
