"""The polling jobs on a real APScheduler scheduler: due sources get polled, failing ones too, and
nothing a source does stops the jobs."""

from __future__ import annotations

import time
from datetime import timedelta

from apscheduler.schedulers.background import BackgroundScheduler

from bot.feeds.fetch import Fetcher
from bot.feeds.schedule import start_polling
from bot.settings import Settings
from bot.store import Store
from tests.bot.feeds.articles import headline, html_page
from tests.bot.feeds.conftest import Clock
from tests.bot.feeds.server import FeedServer, Route, rss


def wait_until(check, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.02)


def test_jobs_poll_due_sources_and_survive_failures(store: Store, web: FeedServer, fetcher: Fetcher, clock: Clock):
    link = web.set("/news/1", Route(html_page(1).encode(), content_type="text/html"))
    good = web.set("/good", Route(rss([{"guid": "1", "link": link, "title": headline(1)}])))
    broken = web.set("/broken", Route(b"\x00\x01 not xml", content_type="application/xml"))
    slow = web.set("/slow", Route(hold=True))
    for url in (good, broken, slow):
        store.add_source(url, timedelta(minutes=15), clock())
    scheduler = BackgroundScheduler(timezone="UTC")
    polling = start_polling(Settings(poll_workers=2), store, scheduler, clock=clock, fetcher=fetcher, tick_seconds=0.05)
    scheduler.start()
    try:
        wait_until(lambda: all(s.last_success or s.last_error for s in store.sources()))
        health = {s.url: (s.last_success is not None, s.consecutive_failures) for s in store.sources()}
        assert health == {good: (True, 0), broken: (False, 1), slow: (False, 1)}
        assert len(store.deals().items) == 1
        clock.advance(timedelta(minutes=15))  # the good one is due again; the failing ones back off
        wait_until(lambda: len(web.hits("/good")) == 2)
        assert len(web.hits("/broken")) == 1 and len(web.hits("/slow")) == 1
        assert {j.id for j in scheduler.get_jobs()} == set(polling.job_ids)
    finally:
        scheduler.shutdown(wait=True)
        polling.close()
