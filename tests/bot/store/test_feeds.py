"""Polled sources and their health."""

from datetime import timedelta

import pytest

from bot.store import DuplicateSource, PollOutcome, Store
from tests.bot.store.conftest import NOW

FEED = "https://news.example/feed.xml"


def test_add_list_remove(store: Store):
    source = store.add_source(FEED, timedelta(minutes=15), NOW, title="Example news")
    assert (source.url, source.every_seconds, source.items_seen, source.paused) == (FEED, 900, 0, False)
    assert source.next_attempt == NOW
    with pytest.raises(DuplicateSource):
        store.add_source(FEED, timedelta(minutes=5), NOW)
    assert store.sources() == [source]
    assert store.get_source(FEED) == source
    assert store.get_source(source.id) == source
    assert store.remove_source(FEED) is True
    assert store.remove_source(FEED) is False
    assert store.sources() == []


def test_health_after_success_and_failure(store: Store):
    source = store.add_source(FEED, timedelta(minutes=15), NOW)
    later = NOW + timedelta(minutes=15)
    ok = store.record_poll(
        source.id,
        PollOutcome(ok=True, new_items=4, etag='"v1"', last_modified="Mon, 02 Mar 2026", next_attempt=later),
        NOW,
    )
    assert ok is not None
    assert (ok.last_success, ok.items_seen, ok.etag, ok.next_attempt) == (NOW, 4, '"v1"', later)
    bad = store.record_poll(FEED, PollOutcome(ok=False, error="HTTP 503", next_attempt=later), later)
    assert bad is not None
    assert (bad.last_error, bad.last_error_at, bad.consecutive_failures) == ("HTTP 503", later, 1)
    assert (bad.last_success, bad.items_seen, bad.etag) == (NOW, 4, '"v1"')
    assert store.record_poll(999, PollOutcome(ok=True, next_attempt=later), NOW) is None


def test_due_sources_skip_paused_and_future(store: Store):
    a = store.add_source(FEED, timedelta(minutes=15), NOW)
    b = store.add_source(FEED + "?b", timedelta(minutes=15), NOW)
    store.record_poll(b.id, PollOutcome(ok=True, next_attempt=NOW + timedelta(hours=1)), NOW)
    assert [s.id for s in store.due_sources(NOW)] == [a.id]
    assert store.set_source_paused(a.id, True)
    assert store.due_sources(NOW + timedelta(hours=2)) == [store.get_source(b.id)]
