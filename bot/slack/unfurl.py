"""`link_shared`: links to deal news get the deal's card as their unfurl, in a channel or in the composer.

A link already stored (as a deal's source) is answered from the store; otherwise, when a fetcher is
configured, the article is read, extracted and stored. Links that are not deal news, or that cannot be read,
are left to Slack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_sdk import WebClient

from bot.feeds.articles import ArticleUnreadable
from bot.slack import cards, limits
from bot.slack.watch import Fetch
from bot.store import SourceRef, Store
from extraction import extract
from extraction.dates import dateline
from extraction.documents import Document


class Unfurler:
    def __init__(
        self, store: Store, client: WebClient, clock: Callable[[], datetime], fetch: Fetch | None = None
    ) -> None:
        self._store = store
        self._client = client
        self._clock = clock
        self._fetch = fetch

    def handle(self, event: dict[str, Any]) -> int:
        links = [link.get("url") for link in event.get("links") or [] if isinstance(link, dict)]
        unfurls: dict[str, dict[str, Any]] = {}
        for url in links[: limits.UNFURL_URLS]:
            if not isinstance(url, str):
                continue
            deal_id = self._deal_of(url)
            stored = self._store.get_deal(deal_id) if deal_id is not None else None
            if stored is not None:
                unfurls[url] = {"blocks": cards.compact_card(stored).blocks_json()}
        if not unfurls:
            return 0
        if event.get("channel") == limits.COMPOSER_CHANNEL or event.get("source") == "composer":
            self._client.chat_unfurl(unfurl_id=event.get("unfurl_id"), source="composer", unfurls=unfurls)
        else:
            self._client.chat_unfurl(channel=event.get("channel"), ts=event.get("message_ts"), unfurls=unfurls)
        return len(unfurls)

    def _deal_of(self, url: str) -> int | None:
        source = SourceRef(kind="url", ref=url[:2000])
        seen = self._store.previous_outcome(source)
        if seen is not None:
            return seen.deal_id
        if self._fetch is None:
            return None
        try:
            fetched = self._fetch(url)
        except ArticleUnreadable:
            return None
        article = Document(text=fetched) if isinstance(fetched, str) else fetched
        if article is None or not article.text:
            return None
        published = article.published or dateline(article.text, self._clock().date())
        extraction = extract(article.text, url=url, published=published)
        if not extraction.is_deal:
            return None
        dated = source.model_copy(update={"published": published})
        return self._store.ingest(extraction, dated, self._clock(), text=article.text).deal_id
