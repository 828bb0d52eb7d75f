"""Polling one source end to end: fetch, read its items, drop those seen, extract, store, and alert.

For each poll of a source:
1. The feed or page is fetched with the source's ETag / Last-Modified; 304 ends the poll as a success.
2. Its items are read (`bot.feeds.parse`); each item's URL is unwrapped and cleaned (`canonical_url`).
3. Items seen before are dropped without fetching anything: by guid (or URL) among the items this source
   recorded, and by URL among every item ever ingested, from any source.
4. The text of each new item is its article page's main text, fetched (`ARTICLE_FETCHES` at once, ahead
   of the items being extracted and stored, in feed order); or the entry's own text when the
   feed carries the full article (`FULL_CONTENT_CHARS`, `FULL_TEXT_CHARS`), or when the article cannot
   be had for good (4xx, too large). An article that fails for now (timeout, 5xx) leaves its item for the next poll.
5. The text is extracted and stored (`Store.ingest`) with a hash of the text as its digest, so the same
   article under another URL is `already_seen`, and with the article's date: the entry's (published,
   else updated), else the page metadata's, else the text's dateline.
6. A new deal is put in the outbox (`enqueue_deliveries`), except on the source's first successful
   poll: that poll records the backlog (deals stored, items marked seen) and alerts nobody; nor does an
   old article (`bot.freshness`: dated more than the news age limit ago).
7. The outcome goes to the source's health columns (`record_poll`): next attempt after `every` on
   success; on failure after an exponential backoff (`backoff`), or the server's Retry-After if longer.

An item whose own processing raises (its page cannot be reduced, the extractor or the store fails on it)
is that item's failure, not the source's: its error is recorded (`record_feed_item_failure`), the other
items go on, and the source stays ok. It is tried again on the next polls (the feed's validators are kept,
so the feed is read again) and given up after `ITEM_ATTEMPTS` attempts: marked seen, with its error. A
backlog item is given up at its first failure, since a later success would alert on an old item.

A poll works on its items for at most `POLL_BUDGET`, well inside the lease that keeps other processes
off the source (`POLL_LEASE`); items left wait for the next poll (a backlog is recorded whole).
Nothing raised while polling one source escapes `poll`: it is that source's error, and the other
sources keep being polled. A storage fault (`StorageUnavailable`: the database read-only, its file gone) is
neither the item's nor the source's: it ends the poll and nothing about it is recorded, so the items stay
unseen and are read again by a poll the store can take (once the lease runs out).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

from pydantic import BaseModel, ConfigDict

from bot.feeds.fetch import PAGE_ACCEPT, Fetcher, FetchError
from bot.feeds.links import canonical_url
from bot.feeds.parse import Item, MalformedSource, page_article, parse
from bot.freshness import is_old
from bot.store import FeedSource, PollOutcome, SourceRef, StorageUnavailable, Store
from extraction import extract
from extraction.dates import dateline
from extraction.documents import Document
from extraction.models import Extraction

FULL_TEXT_CHARS = 1500
"""An entry summary at least this long is the article; shorter ones are teasers."""
FULL_CONTENT_CHARS = 400
"""Full content (content:encoded, Atom content) at least this long is the article."""
MAX_BACKOFF = timedelta(hours=12)
ARTICLE_FETCHES = 4
"""Article pages fetched at once while earlier items are extracted and stored (one site, politely few)."""
POLL_LEASE = timedelta(minutes=10)
"""How long a claimed source stays with its poller before another process may take it."""
POLL_BUDGET = timedelta(minutes=5)
"""Longest one poll works on its items (well inside `POLL_LEASE`); items left wait for the next poll."""
ITEM_ATTEMPTS = 3
"""Attempts at an item whose processing fails before it is given up (marked seen, with its error)."""
_RECORD_EVERY = 20
_log = logging.getLogger("dealbot.feeds.poller")

Extract = Callable[..., Extraction]


class PollReport(BaseModel):
    """What one poll did, for logs and tests."""

    model_config = ConfigDict(frozen=True)

    source_id: int
    ok: bool
    error: str | None = None
    not_modified: bool = False
    backlog: bool = False
    items: int = 0
    new_items: int = 0
    new_deals: int = 0
    alerted_deals: tuple[int, ...] = ()
    deferred: int = 0
    failed: int = 0
    """Items whose processing failed on this poll (recorded with their error; retried or given up)."""


class _ItemError(BaseModel):
    model_config = ConfigDict(frozen=True)

    error: str


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def backoff(source: FeedSource, retry_after: float | None = None) -> timedelta:
    """Wait before the next attempt after a failure: `every` doubled per consecutive failure, at most
    `MAX_BACKOFF`, and never less than the server's Retry-After."""
    failures = source.consecutive_failures + 1
    delay = min(timedelta(seconds=source.every_seconds) * (2 ** min(failures, 16)), MAX_BACKOFF)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=min(retry_after, MAX_BACKOFF.total_seconds())))
    return delay


def item_key(item: Item, url: str | None) -> str:
    """The item's identity within its source: its guid, else its URL, hashed to a fixed length."""
    basis = item.guid or url or item.title or ""
    return hashlib.sha256(basis.encode()).hexdigest()[:64]


def text_digest(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).lower().encode()).hexdigest()


class Poller:
    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        clock: Callable[[], datetime],
        *,
        extractor: Extract = extract,
        budget: timedelta = POLL_BUDGET,
        monotonic: Callable[[], float] = time.monotonic,
        max_age: timedelta | None = None,
    ) -> None:
        """`max_age`: the news age limit (`bot.freshness`); None alerts articles of any age."""
        self._store = store
        self._fetcher = fetcher
        self._clock = clock
        self._extract = extractor
        self._budget = budget
        self._monotonic = monotonic
        self._max_age = max_age

    def poll_due(self, limit: int = 100) -> list[PollReport]:
        """Claim and poll due sources, one at a time, until none is due or `limit` were polled."""
        reports = []
        for _ in range(limit):
            source = self._store.claim_due_source(self._clock(), POLL_LEASE)
            if source is None:
                break
            reports.append(self.poll(source))
        return reports

    def poll(self, source: FeedSource) -> PollReport:
        """Poll one source and record the outcome on its row; never raises."""
        try:
            report, etag, last_modified = self._poll(source)
        except FetchError as error:
            return self._failed(source, error.reason, error.retry_after)
        except MalformedSource as error:
            return self._failed(source, str(error), None)
        except StorageUnavailable:  # the database's fault, not the source's: nothing of this poll is recorded
            raise
        except Exception as error:  # one source's bug must not stop the others
            _log.exception("poll failed", extra={"source_id": source.id})
            return self._failed(source, f"internal error: {type(error).__name__}: {error}", None)
        now = self._clock()
        outcome = PollOutcome(
            ok=True,
            new_items=report.new_items,
            etag=etag,
            last_modified=last_modified,
            next_attempt=now + timedelta(seconds=source.every_seconds),
        )
        self._store.record_poll(source.id, outcome, now)
        _log.info(
            "source polled",
            extra={**report.model_dump(exclude={"alerted_deals"}), "alerted": len(report.alerted_deals)},
        )
        return report

    def _failed(self, source: FeedSource, reason: str, retry_after: float | None) -> PollReport:
        now = self._clock()
        delay = backoff(source, retry_after)
        self._store.record_poll(source.id, PollOutcome(ok=False, error=reason, next_attempt=now + delay), now)
        _log.warning(
            "source poll failed",
            extra={"source_id": source.id, "error": reason, "retry_in_s": int(delay.total_seconds())},
        )
        return PollReport(source_id=source.id, ok=False, error=reason)

    def _poll(self, source: FeedSource) -> tuple[PollReport, str | None, str | None]:
        fetched = self._fetcher.fetch(source.url, etag=source.etag, last_modified=source.last_modified)
        if fetched.not_modified:
            return PollReport(source_id=source.id, ok=True, not_modified=True), fetched.etag, fetched.last_modified
        parsed = parse(fetched)
        backlog = source.last_success is None
        items = [(item, canonical_url(item.url) if item.url else None) for item in parsed.items]
        keyed = [(item_key(item, url), item, url) for item, url in items]
        seen = self._store.seen_feed_items(source.id, [key for key, _, _ in keyed])
        done = self._store.processed_refs("url", [url for _, _, url in keyed if url])
        handled: list[tuple[str, str | None]] = []
        flushed, new_items = 0, 0
        new_deals: list[int] = []
        alerted: list[int] = []
        deferred, failed, retry = 0, 0, False
        pending: dict[str, tuple[Item, str | None]] = {}
        for key, item, url in keyed:
            if key in seen or key in pending:
                continue
            if url is not None and url in done:
                handled.append((key, url))  # another source, or this one under another guid, brought it
                continue
            pending[key] = (item, url)
        articles = ThreadPoolExecutor(ARTICLE_FETCHES, thread_name_prefix="dealbot-article")
        deadline = self._monotonic() + self._budget.total_seconds()
        try:
            # fetched ahead, in feed order; the poll ends within its budget, well inside its lease
            budget = self._budget.total_seconds()
            texts = articles.map(lambda entry: self._safe_text(*entry), pending.values(), timeout=budget)
            entries = list(pending.items())
            for n, (key, (item, url)) in enumerate(entries):
                try:
                    if self._monotonic() > deadline:
                        raise TimeoutError
                    text = next(texts)
                except TimeoutError:
                    left = entries[n:]
                    if backlog:  # the backlog is recorded whole, or its rest would alert on the next poll
                        handled.extend((k, u) for k, (_, u) in left)
                    else:
                        deferred += len(left)
                    _log.warning("poll budget spent", extra={"source_id": source.id, "items_left": len(left)})
                    break
                if text is None and not backlog:
                    deferred += 1
                    continue
                try:
                    if isinstance(text, _ItemError):
                        raise _Failed(text.error)
                    if text and text.text.strip():
                        deal_id, published = self._store_item(item, url or f"{source.url}#{key}", text)
                        if deal_id is not None:
                            new_deals.append(deal_id)
                            if not backlog and not is_old(published, self._clock(), self._max_age):
                                self._store.enqueue_deliveries(deal_id, self._clock())
                                alerted.append(deal_id)
                except StorageUnavailable:  # nor the item's: it stays unseen, for a poll the store can take
                    raise
                except Exception as error:  # this item's failure: the others, and the source, go on
                    failed += 1
                    reason = error.reason if isinstance(error, _Failed) else _describe(error)
                    retry |= not self._item_failed(source, key, url, reason, backlog)
                    continue
                handled.append((key, url))
                if len(handled) - flushed >= _RECORD_EVERY:  # keep progress if this process stops mid-feed
                    new_items += self._store.record_feed_items(source.id, handled[flushed:], self._clock())
                    flushed = len(handled)
        finally:
            articles.shutdown(wait=True, cancel_futures=True)
        new_items += self._store.record_feed_items(source.id, handled[flushed:], self._clock())
        self._store.clear_feed_item_failures(source.id, [key for key, _ in handled])
        report = PollReport(
            source_id=source.id,
            ok=True,
            backlog=backlog,
            items=len(parsed.items),
            new_items=new_items,
            new_deals=len(new_deals),
            alerted_deals=tuple(alerted),
            deferred=deferred,
            failed=failed,
        )
        if deferred or retry:  # keep the old validators, so the next poll reads the feed again for the items left
            return report, None, None
        return report, fetched.etag, fetched.last_modified

    def _item_failed(self, source: FeedSource, key: str, url: str | None, error: str, backlog: bool) -> bool:
        """Record a failed attempt at an item; True when it is given up (marked seen with its error)."""
        failure = self._store.record_feed_item_failure(
            source.id, key, url, error, self._clock(), max_attempts=1 if backlog else ITEM_ATTEMPTS
        )
        _log.warning(
            "feed item failed",
            extra={
                "source_id": source.id,
                "item_url": url,
                "error": failure.error,
                "attempts": failure.attempts,
                "given_up": failure.given_up is not None,
            },
        )
        return failure.given_up is not None

    def _safe_text(self, item: Item, url: str | None) -> Document | _ItemError | None:
        try:
            return self._text(item, url)
        except Exception as error:  # e.g. a page the reducer cannot read: the item's failure
            return _ItemError(error=_describe(error))

    def _store_item(self, item: Item, ref: str, article: Document) -> tuple[int | None, date | None]:
        """Extract and store one item: the id of the deal when it is a new one, and the article's date."""
        text = article.text
        published = item.published or article.published or dateline(text, self._clock().date())
        extraction = self._extract(text, url=ref if ref.startswith("http") else None, published=published)
        digest = text_digest(text)
        ref = ref[:2000]
        result = self._store.ingest(
            extraction,
            SourceRef(kind="url", ref=ref, title=item.title, published=published, digest=digest),
            self._clock(),
            text=text,
        )
        return (result.deal_id if result.kind == "new" else None), published

    def _text(self, item: Item, url: str | None) -> Document | None:
        """The item's article (its page's, with the page's date); None when it should be tried again later."""
        if url is None or len(item.text) >= (FULL_CONTENT_CHARS if item.full else FULL_TEXT_CHARS):
            return Document(text=_with_title(item, item.text))
        try:
            page = self._fetcher.fetch(url, accept=PAGE_ACCEPT)
        except FetchError as error:
            if error.transient:
                return None
            return Document(text=_with_title(item, item.text))
        main = page_article(page.body, page.url, self._clock().date())
        return main if main.text.strip() else Document(text=_with_title(item, item.text))


class _Failed(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _with_title(item: Item, text: str) -> str:
    if item.title and item.title not in text[:500]:
        return f"{item.title}\n\n{text}" if text else item.title
    return text
