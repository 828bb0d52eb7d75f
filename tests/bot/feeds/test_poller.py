"""Polling sources end to end, against feeds and pages served from 127.0.0.1 and a real store (SQLite
file and PostgreSQL): what is stored, what is put in the outbox, and the health on the source's row."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from bot.feeds.fetch import Fetcher
from bot.feeds.poller import MAX_BACKOFF, POLL_LEASE, Poller
from bot.store import NewSubscription, Store, Subscriber
from extraction import extract
from extraction.models import Extraction
from tests.bot.feeds.articles import article, company, headline, html_page
from tests.bot.feeds.conftest import Clock
from tests.bot.feeds.server import FeedServer, Route, atom, rss

EVERY = timedelta(minutes=15)
CHANNEL = Subscriber(kind="channel", id="C0DEALS")


def serve_articles(web: FeedServer, numbers: range) -> list[dict[str, str]]:
    items = []
    for n in numbers:
        link = web.set(f"/news/{n}", Route(html_page(n).encode(), content_type="text/html; charset=utf-8"))
        items.append({"guid": f"tag:news.example,2026:{n}", "link": link, "title": headline(n),
                      "description": f"{headline(n)}. Read more.", "pubDate": "Mon, 02 Mar 2026 08:00:00 GMT"})
    return items


def subscribe(store: Store, clock: Clock) -> None:
    store.add_subscription(NewSubscription(subscriber=CHANNEL), clock())


def test_first_poll_stores_the_backlog_and_alerts_nobody(store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock):
    subscribe(store, clock)
    url = web.set("/feed", Route(rss(serve_articles(web, range(3))), etag='"v1"'))
    source = store.add_source(url, EVERY, clock())
    report = Poller(store, fetcher, clock).poll(source)
    assert (report.ok, report.backlog, report.items, report.new_items, report.new_deals) == (True, True, 3, 3, 3)
    assert report.alerted_deals == ()
    assert len(store.deals().items) == 3
    assert store.deliveries() == []
    row = store.get_source(source.id)
    assert row is not None
    assert (row.last_success, row.items_seen, row.etag, row.next_attempt) == (clock(), 3, '"v1"', clock() + EVERY)
    assert row.last_error is None and row.consecutive_failures == 0


def test_only_really_new_items_alert(store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock):
    subscribe(store, clock)
    items = serve_articles(web, range(3))
    url = web.set("/feed", Route(rss(items), etag='"v1"'))
    source = store.add_source(url, EVERY, clock())
    poller = Poller(store, fetcher, clock)
    poller.poll(source)

    clock.advance(EVERY)
    fresh = serve_articles(web, range(3, 4))[0]
    republished = dict(items[0], guid="tag:news.example,2026:0-updated")  # same URL, new guid
    tracked = dict(items[1], guid="tag:other", link=items[1]["link"] + "?utm_source=rss&utm_medium=feed")
    wrapped = dict(items[2], guid="alert-1", link="https://www.google.com/url?rct=j&sa=t&url=" + items[2]["link"])
    web.set("/copy/2", Route(html_page(2).encode(), content_type="text/html"))  # same article, other URL
    copied = dict(items[2], guid="copy-2", link=web.url("/copy/2"))
    web.set("/feed", Route(rss([fresh, republished, tracked, wrapped, copied, *items]), etag='"v2"'))
    source = store.get_source(source.id)
    assert source is not None
    report = poller.poll(source)
    assert report.ok and not report.backlog
    assert report.new_deals == 1 and len(report.alerted_deals) == 1
    assert len(store.deals().items) == 4
    deliveries = store.deliveries()
    assert [(d.deal_id, d.subscriber) for d in deliveries] == [(report.alerted_deals[0], CHANNEL)]
    stored = store.get_deal(report.alerted_deals[0])
    assert stored is not None and stored.headline == headline(3)
    assert web.hits("/news/0") == web.hits("/news/0")[:1]  # a re-published item's article is not fetched again

    clock.advance(EVERY)
    source = store.get_source(source.id)
    assert source is not None
    again = poller.poll(source)
    assert (again.ok, again.new_items, again.alerted_deals) == (True, 0, ())
    assert len(store.deliveries()) == 1


def test_conditional_get_304(store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock):
    url = web.set("/feed", Route(rss(serve_articles(web, range(1))), etag='"v1"'))
    poller = Poller(store, fetcher, clock)
    poller.poll(store.add_source(url, EVERY, clock()))
    clock.advance(EVERY)
    source = store.get_source(url)
    assert source is not None
    report = poller.poll(source)
    assert report.ok and report.not_modified
    assert web.hits("/feed")[-1].headers["if-none-match"] == '"v1"'
    row = store.get_source(url)
    assert row is not None
    assert (row.last_success, row.next_attempt, row.items_seen) == (clock(), clock() + EVERY, 1)


@pytest.mark.parametrize(
    ("route", "error"),
    [
        (Route(b"this is not a feed { }", content_type="application/xml"), "not an RSS or Atom feed"),
        (Route(b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Deal</ti'), "broken XML"),
        (Route(b"Internal Server Error", status=500, content_type="text/plain"), "HTTP 500"),
        (Route(hold=True), "timed out"),
        (Route(b"x", declared_length=50_000_000), "too large"),
    ],
    ids=["malformed", "broken-xml", "500", "slow", "huge"],
)
def test_failures_back_off_and_show_on_the_row(
    store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock, route: Route, error: str
):
    url = web.set("/feed", route)
    source = store.add_source(url, EVERY, clock())
    poller = Poller(store, fetcher, clock)
    waits = []
    for _ in range(7):
        report = poller.poll(source)
        assert not report.ok and report.error is not None and error in report.error
        row = store.get_source(url)
        assert row is not None
        assert row.last_error is not None and error in row.last_error and row.last_error_at == clock()
        assert row.next_attempt is not None
        waits.append(row.next_attempt - clock())
        clock.now = row.next_attempt
        source = row
    assert waits[:3] == [EVERY * 2, EVERY * 4, EVERY * 8]
    assert waits[-1] == MAX_BACKOFF
    assert source.consecutive_failures == 7 and source.last_success is None

    web.set("/feed", Route(rss(serve_articles(web, range(1)))))  # the source recovers
    report = poller.poll(source)
    assert report.ok and report.backlog
    row = store.get_source(url)
    assert row is not None
    assert (row.consecutive_failures, row.last_success, row.next_attempt) == (0, clock(), clock() + EVERY)


def test_retry_after_is_honoured(store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock):
    url = web.set("/feed", Route(b"busy", status=503, content_type="text/plain", headers={"Retry-After": "7200"}))
    Poller(store, fetcher, clock).poll(store.add_source(url, EVERY, clock()))
    row = store.get_source(url)
    assert row is not None and row.next_attempt == clock() + timedelta(hours=2)


def test_a_failing_source_does_not_stop_the_others(store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock):
    subscribe(store, clock)
    good = web.set("/good", Route(rss(serve_articles(web, range(2)))))
    bad = web.set("/bad", Route(b"<html>gateway</html>", status=502, content_type="text/html"))
    atom_url = web.set("/atom", Route(atom(serve_articles(web, range(2, 4))), content_type="application/atom+xml"))
    for url in (bad, good, atom_url):
        store.add_source(url, EVERY, clock())
    reports = Poller(store, fetcher, clock).poll_due()
    assert sorted((r.ok, r.new_deals) for r in reports) == [(False, 0), (True, 2), (True, 2)]
    assert len(store.deals().items) == 4
    assert Poller(store, fetcher, clock).poll_due() == []  # nothing due until their next attempt
    health = {s.url: (s.last_success is not None, s.consecutive_failures) for s in store.sources()}
    assert health == {good: (True, 0), bad: (False, 1), atom_url: (True, 0)}


def test_a_press_release_page_is_polled_for_its_links(
    store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock
):
    subscribe(store, clock)
    for n in range(6):
        web.set(f"/press/{n}", Route(html_page(n).encode(), content_type="text/html"))

    def index(numbers: range) -> bytes:
        links = "".join(f'<li><a href="/press/{n}">{headline(n)}</a></li>' for n in numbers)
        return (
            "<html><head><title>Press releases</title></head><body><nav><a href='/'>Home</a>"
            f"<a href='https://elsewhere.example/x'>{'An external story with a long title'}</a></nav>"
            f"<ul>{links}</ul></body></html>"
        ).encode()

    url = web.set("/press", Route(index(range(3)), content_type="text/html; charset=utf-8"))
    source = store.add_source(url, EVERY, clock())
    poller = Poller(store, fetcher, clock)
    first = poller.poll(source)
    assert (first.ok, first.items, first.new_deals, first.alerted_deals) == (True, 3, 3, ())
    clock.advance(EVERY)
    web.set("/press", Route(index(range(5)), content_type="text/html"))
    row = store.get_source(url)
    assert row is not None
    second = poller.poll(row)
    assert second.new_deals == 2 and len(second.alerted_deals) == 2
    assert sorted(d.deal_id for d in store.deliveries()) == sorted(second.alerted_deals)


def test_full_text_entries_need_no_article_fetch(store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock):
    items = [
        {"guid": f"full-{n}", "link": web.url(f"/never/{n}"), "title": headline(n), "content": f"<p>{article(n)}</p>"}
        for n in range(2)
    ]
    url = web.set("/feed", Route(rss(items)))
    report = Poller(store, fetcher, clock).poll(store.add_source(url, EVERY, clock()))
    assert report.new_deals == 2
    assert [r.path for r in web.requests] == ["/feed"]


def test_an_article_failing_for_now_is_tried_on_the_next_poll(
    store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock
):
    subscribe(store, clock)
    url = web.set("/feed", Route(rss(serve_articles(web, range(1))), etag='"v1"'))
    poller = Poller(store, fetcher, clock)
    poller.poll(store.add_source(url, EVERY, clock()))
    items = serve_articles(web, range(2))
    web.set("/news/1", Route(b"down", status=503, content_type="text/plain"))
    web.set("/feed", Route(rss(items), etag='"v2"'))
    clock.advance(EVERY)
    row = store.get_source(url)
    assert row is not None
    report = poller.poll(row)
    assert (report.ok, report.deferred, report.new_deals) == (True, 1, 0)
    row = store.get_source(url)
    assert row is not None and row.etag == '"v1"'  # so the next poll reads the feed again
    web.set("/news/1", Route(html_page(1).encode(), content_type="text/html"))
    clock.advance(EVERY)
    report = poller.poll(row)
    assert (report.deferred, report.new_deals, len(report.alerted_deals)) == (0, 1, 1)


def test_claims_lease_a_source_to_one_poller(store: Store, clock: Clock):
    source = store.add_source("https://news.example/feed", EVERY, clock())
    claimed = store.claim_due_source(clock(), POLL_LEASE)
    assert claimed is not None and claimed.id == source.id
    assert claimed.next_attempt == clock() + POLL_LEASE
    assert store.claim_due_source(clock(), POLL_LEASE) is None
    clock.advance(POLL_LEASE + timedelta(seconds=1))  # the poller died: the source is due again
    assert store.claim_due_source(clock(), POLL_LEASE) is not None
    store.set_source_paused(source.id, True)
    clock.advance(POLL_LEASE * 2)
    assert store.claim_due_source(clock(), POLL_LEASE) is None


class Ticking:
    """A monotonic clock that moves `step` seconds each time it is read."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def test_a_poll_stops_at_its_budget_and_leaves_the_rest_for_the_next(
    store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock
):
    subscribe(store, clock)
    url = web.set("/feed", Route(rss(serve_articles(web, range(1)))))
    budget = timedelta(seconds=10)
    Poller(store, fetcher, clock).poll(store.add_source(url, EVERY, clock()))
    web.set("/feed", Route(rss(serve_articles(web, range(6)))))
    clock.advance(EVERY)
    row = store.get_source(url)
    assert row is not None
    report = Poller(store, fetcher, clock, budget=budget, monotonic=Ticking(4)).poll(row)
    # five new items; the budget ends at 4 + 10 s: items read at 8 s and 12 s, the clock says 16 s at the third
    assert (report.ok, report.new_deals, report.deferred) == (True, 2, 3)
    clock.advance(EVERY)
    row = store.get_source(url)
    assert row is not None
    report = Poller(store, fetcher, clock).poll(row)
    assert (report.new_deals, report.deferred, len(store.deliveries())) == (3, 0, 5)


def test_a_backlog_cut_short_by_the_budget_is_still_recorded_whole(
    store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock
):
    subscribe(store, clock)
    url = web.set("/feed", Route(rss(serve_articles(web, range(5)))))
    first = Poller(store, fetcher, clock, budget=timedelta(seconds=10), monotonic=Ticking(4))
    report = first.poll(store.add_source(url, EVERY, clock()))
    assert (report.backlog, report.new_deals, report.new_items) == (True, 2, 5)
    clock.advance(EVERY)
    row = store.get_source(url)
    assert row is not None
    again = Poller(store, fetcher, clock).poll(row)
    assert (again.new_items, again.alerted_deals) == (0, ())
    assert store.deliveries() == []


class Poisoned:
    """The real extractor, except that it raises on the articles of the companies named in `poisoned`."""

    def __init__(self, *numbers: int) -> None:
        self.poisoned = {company(n, 0) for n in numbers}
        self.calls: list[str] = []

    def __call__(self, text: str, **kwargs: Any) -> Extraction:
        hit = next((name for name in self.poisoned if name in text), None)
        if hit is not None:
            self.calls.append(hit)
            raise ValueError(f"cannot read {hit}")
        return extract(text, **kwargs)


def test_an_item_that_fails_is_recorded_and_blocks_neither_the_feed_nor_its_health(
    store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock
):
    subscribe(store, clock)
    url = web.set("/feed", Route(rss(serve_articles(web, range(1))), etag='"v1"'))
    extractor = Poisoned(2)
    poller = Poller(store, fetcher, clock, extractor=extractor)
    source = store.add_source(url, EVERY, clock())
    poller.poll(source)
    web.set("/feed", Route(rss(serve_articles(web, range(1, 4))), etag='"v2"'))  # good, poisoned, good

    clock.advance(EVERY)
    row = store.get_source(source.id)
    assert row is not None
    report = poller.poll(row)
    assert (report.ok, report.failed, report.new_deals) == (True, 1, 2)
    assert sorted(store.get_deal(d).headline or "" for d in report.alerted_deals) == sorted([headline(1), headline(3)])
    assert sorted(d.deal_id for d in store.deliveries()) == sorted(report.alerted_deals)
    (failure,) = store.feed_item_failures(source.id)
    assert (failure.url, failure.attempts, failure.given_up) == (web.url("/news/2"), 1, None)
    assert failure.error == f"ValueError: cannot read {company(2, 0)}"
    row = store.get_source(source.id)
    assert row is not None
    assert (row.last_success, row.last_error, row.consecutive_failures) == (clock(), None, 0)
    assert row.next_attempt == clock() + EVERY and row.etag == '"v1"'  # the feed is read again for the item

    for attempt in (2, 3):  # retried on the next polls, then given up and marked seen with its error
        clock.advance(EVERY)
        row = store.get_source(source.id)
        assert row is not None
        report = poller.poll(row)
        assert (report.ok, report.failed, report.new_deals) == (True, 1, 0)
        (failure,) = store.feed_item_failures(source.id)
        assert failure.attempts == attempt
    assert failure.given_up == clock() and failure.error.startswith("ValueError")
    row = store.get_source(source.id)
    assert row is not None and row.etag == '"v2"' and row.consecutive_failures == 0

    clock.advance(EVERY)
    web.set("/feed", Route(rss(serve_articles(web, range(1, 4))), etag='"v3"'))
    report = poller.poll(row)
    assert (report.ok, report.failed, report.new_items) == (True, 0, 0)
    assert extractor.calls == [company(2, 0)] * 3


def test_an_item_that_recovers_is_stored_and_alerted(store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock):
    subscribe(store, clock)
    url = web.set("/feed", Route(rss(serve_articles(web, range(1)))))
    extractor = Poisoned(1)
    poller = Poller(store, fetcher, clock, extractor=extractor)
    source = store.add_source(url, EVERY, clock())
    poller.poll(source)
    web.set("/feed", Route(rss(serve_articles(web, range(2)))))
    clock.advance(EVERY)
    row = store.get_source(source.id)
    assert row is not None
    assert poller.poll(row).failed == 1
    extractor.poisoned.clear()
    clock.advance(EVERY)
    report = poller.poll(row)
    assert (report.failed, report.new_deals, len(report.alerted_deals)) == (0, 1, 1)
    assert store.feed_item_failures(source.id) == []


def test_a_backlog_item_that_fails_is_given_up_at_once(
    store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock
):
    subscribe(store, clock)
    url = web.set("/feed", Route(rss(serve_articles(web, range(3)))))
    poller = Poller(store, fetcher, clock, extractor=Poisoned(1))
    source = store.add_source(url, EVERY, clock())
    report = poller.poll(source)
    assert (report.ok, report.backlog, report.new_deals, report.failed) == (True, True, 2, 1)
    (failure,) = store.feed_item_failures(source.id)
    assert failure.given_up == clock() and failure.attempts == 1
    clock.advance(EVERY)
    row = store.get_source(source.id)
    assert row is not None
    again = poller.poll(row)
    assert (again.failed, again.new_items, again.alerted_deals) == (0, 0, ())
    assert store.deliveries() == []


_OLD_META = '<meta property="article:published_time" content="2026-01-08T07:00:00Z">'


@pytest.mark.parametrize(
    ("pub_date", "meta", "dateline", "published", "alerted"),
    [
        pytest.param("Thu, 08 Jan 2026 08:00:00 GMT", "", "", "2026-01-08", False, id="old-by-the-entry"),
        pytest.param(None, _OLD_META, "", "2026-01-08", False, id="old-by-the-page-metadata"),
        pytest.param(None, "", "<p>January 8, 2026</p>", "2026-01-08", False, id="old-by-the-dateline"),
        pytest.param("Mon, 02 Mar 2026 08:00:00 GMT", _OLD_META, "", "2026-03-02", True, id="the-entry-date-first"),
        pytest.param("Tue, 10 Feb 2026 08:00:00 GMT", "", "", "2026-02-10", True, id="fresh-within-the-limit"),
        pytest.param(None, "", "", None, True, id="undated-is-as-new-as-today"),
    ],
)  # fmt: skip
def test_an_old_article_is_stored_with_its_date_and_alerts_nobody(
    store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock,
    pub_date: str | None, meta: str, dateline: str, published: str | None, alerted: bool,
):  # fmt: skip
    subscribe(store, clock)
    url = web.set("/feed", Route(rss([])))
    poller = Poller(store, fetcher, clock, max_age=timedelta(days=30))
    source = poller.poll(store.add_source(url, EVERY, clock()))  # the (empty) backlog
    page = html_page(5).replace("<head>", f"<head>{meta}").replace("</h1>", f"</h1>{dateline}")
    link = web.set("/news/5", Route(page.encode(), content_type="text/html"))
    item = {"guid": "tag:news.example,2026:5", "link": link, "title": headline(5), "description": headline(5)}
    if pub_date is not None:
        item["pubDate"] = pub_date
    web.set("/feed", Route(rss([item])))
    clock.advance(EVERY)
    row = store.get_source(source.source_id)
    assert row is not None
    report = poller.poll(row)
    assert report.ok and report.new_deals == 1
    (stored,) = store.deals().items
    assert str(stored.sources[0].published) == str(published)
    assert stored.reported_on.isoformat() == (published or clock().date().isoformat())
    assert bool(report.alerted_deals) is alerted
    assert bool(store.deliveries()) is alerted
