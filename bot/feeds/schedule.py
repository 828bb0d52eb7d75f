"""Polling on APScheduler inside `dealbot run`.

The schedule itself lives in the database, on each source's row (`next_attempt`), not in APScheduler:
`poll_workers` identical jobs tick every `POLL_TICK_SECONDS`, and each tick claims due sources one at a
time (`Store.claim_due_source`: a lease on the row, `SKIP LOCKED` on PostgreSQL) and polls them. So
several `dealbot run` processes on one database share the sources without polling one twice at once,
a restarted process resumes where the rows say, and APScheduler needs no job store of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict

from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller
from bot.settings import Settings
from bot.store import StorageUnavailable, Store

POLL_TICK_SECONDS = 10.0
"""How often each polling job looks for due sources."""
SOURCES_PER_TICK = 20
"""Sources one job polls per tick before giving the thread back to the scheduler."""
_log = logging.getLogger("dealbot.feeds.schedule")


class Polling(BaseModel):
    """What `start_polling` set up; `close` it when the scheduler has stopped."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    poller: Poller
    fetcher: Fetcher
    job_ids: tuple[str, ...]

    def close(self) -> None:
        self.fetcher.close()


def fetcher_for(settings: Settings) -> Fetcher:
    return Fetcher(
        user_agent=settings.feed_user_agent,
        timeout=settings.feed_timeout_seconds,
        max_bytes=settings.feed_max_bytes,
        allow_private=settings.feed_allow_private_addresses,
    )


def start_polling(
    settings: Settings,
    store: Store,
    scheduler: Any,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    fetcher: Fetcher | None = None,
    tick_seconds: float = POLL_TICK_SECONDS,
) -> Polling:
    """Add the polling jobs to an APScheduler scheduler (started or not). Its executor should have at
    least `settings.poll_workers` threads."""
    fetcher = fetcher or fetcher_for(settings)
    poller = Poller(store, fetcher, clock, max_age=timedelta(days=settings.news_max_age_days))
    job_ids = []
    for n in range(max(1, settings.poll_workers)):
        job_id = f"poll-sources-{n}"
        scheduler.add_job(
            _tick, "interval", seconds=tick_seconds, args=(poller,), id=job_id, max_instances=1,
            coalesce=True, next_run_time=datetime.now(UTC), replace_existing=True,
        )  # fmt: skip
        job_ids.append(job_id)
    _log.info("polling started", extra={"workers": len(job_ids), "tick_s": tick_seconds})
    return Polling(poller=poller, fetcher=fetcher, job_ids=tuple(job_ids))


def _tick(poller: Poller) -> None:
    try:
        poller.poll_due(SOURCES_PER_TICK)
    except StorageUnavailable as fault:
        _log.error("polling tick stopped: storage unavailable", extra={"storage_fault": fault.reason})
    except Exception:  # the database went away, say: the next tick tries again
        _log.exception("polling tick failed")
