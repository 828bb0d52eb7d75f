"""Feeds and pages to poll, with their health: last success, last error, next attempt, items seen."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.store.errors import DuplicateSource
from bot.store.models import FeedSource, PollOutcome
from bot.store.schema import FeedSourceRow


def add(session: Session, url: str, every: timedelta, title: str | None, now: datetime) -> FeedSource:
    if find(session, url) is not None:
        raise DuplicateSource(f"{url} is already a source")
    row = FeedSourceRow(
        url=url,
        title=title,
        every_seconds=max(1, int(every.total_seconds())),
        added_at=now,
        paused=False,
        consecutive_failures=0,
        items_seen=0,
        next_attempt=now,
    )
    session.add(row)
    session.flush()
    return model(row)


def find(session: Session, key: int | str) -> FeedSourceRow | None:
    if isinstance(key, int):
        return session.get(FeedSourceRow, key)
    return session.scalars(sa.select(FeedSourceRow).where(FeedSourceRow.url == key)).first()


def listing(session: Session) -> list[FeedSource]:
    return [model(row) for row in session.scalars(sa.select(FeedSourceRow).order_by(FeedSourceRow.id))]


def due(session: Session, now: datetime) -> list[FeedSource]:
    statement = (
        sa.select(FeedSourceRow)
        .where(
            FeedSourceRow.paused.is_(False),
            sa.or_(FeedSourceRow.next_attempt.is_(None), FeedSourceRow.next_attempt <= now),
        )
        .order_by(FeedSourceRow.next_attempt, FeedSourceRow.id)
    )
    return [model(row) for row in session.scalars(statement)]


def record(session: Session, row: FeedSourceRow, outcome: PollOutcome, now: datetime) -> FeedSource:
    if outcome.ok:
        row.last_success = now
        row.consecutive_failures = 0
        row.items_seen += outcome.new_items
        row.etag = outcome.etag if outcome.etag is not None else row.etag
        row.last_modified = outcome.last_modified if outcome.last_modified is not None else row.last_modified
    else:
        row.last_error = (outcome.error or "unknown error")[:1000]
        row.last_error_at = now
        row.consecutive_failures += 1
    row.next_attempt = outcome.next_attempt
    session.flush()
    return model(row)


def model(row: FeedSourceRow) -> FeedSource:
    return FeedSource(
        id=row.id,
        url=row.url,
        title=row.title,
        every_seconds=row.every_seconds,
        added=row.added_at,
        paused=row.paused,
        last_success=row.last_success,
        last_error=row.last_error,
        last_error_at=row.last_error_at,
        consecutive_failures=row.consecutive_failures,
        next_attempt=row.next_attempt,
        items_seen=row.items_seen,
        etag=row.etag,
        last_modified=row.last_modified,
    )
