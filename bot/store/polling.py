"""Polling sources from several processes: claiming a due source, and the items each source has shown.

- `claim_due` hands one due source (not paused, `next_attempt` passed) to one poller and moves its
  `next_attempt` to the end of a lease, in one transaction; on PostgreSQL the row is chosen with
  `FOR UPDATE SKIP LOCKED`, so replicas never poll the same source at once; on SQLite the claim is a
  single UPDATE, which SQLite runs alone. `record_poll` then sets the real next attempt. A poller that
  dies mid-poll leaves the source due again when the lease runs out, where polling resumes.
- `feed_items` keeps, per source, the key (a hash of the item's guid, or of its URL when it has none) of
  every item recorded, so an item is handled once however often the feed lists it again.
- `feed_item_failures` keeps, per source, the items whose processing raised: the last error and the
  number of attempts. `record_failure` counts one more attempt; at `max_attempts` the item is given up:
  it is recorded in `feed_items` too (seen, never tried again) and its failure row keeps the error.
  An item that succeeds on a later attempt loses its failure row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.store.engine import dialect_insert
from bot.store.feeds import model
from bot.store.models import FeedItemFailure, FeedSource
from bot.store.schema import Base, FeedSourceRow, ProcessedItemRow


class FeedItemRow(Base):
    """An item a source has shown and that was handled (stored, or recorded as backlog)."""

    __tablename__ = "feed_items"
    __table_args__ = (sa.UniqueConstraint("source_id", "item_key", name="uq_feed_items_source_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(sa.ForeignKey("feed_sources.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(sa.String(64))
    url: Mapped[str | None] = mapped_column(sa.String(2000))
    seen_at: Mapped[datetime]


class FeedItemFailureRow(Base):
    """An item whose processing failed: its last error, how many attempts, and whether it was given up."""

    __tablename__ = "feed_item_failures"
    __table_args__ = (sa.UniqueConstraint("source_id", "item_key", name="uq_feed_item_failures_source_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(sa.ForeignKey("feed_sources.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(sa.String(64))
    url: Mapped[str | None] = mapped_column(sa.String(2000))
    attempts: Mapped[int]
    error: Mapped[str] = mapped_column(sa.String(1000))
    first_failed_at: Mapped[datetime]
    last_failed_at: Mapped[datetime]
    given_up_at: Mapped[datetime | None]


def claim_due(session: Session, now: datetime, lease: timedelta) -> FeedSource | None:
    due = (
        sa.select(FeedSourceRow.id)
        .where(
            FeedSourceRow.paused.is_(False),
            sa.or_(FeedSourceRow.next_attempt.is_(None), FeedSourceRow.next_attempt <= now),
        )
        .order_by(FeedSourceRow.next_attempt, FeedSourceRow.id)
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    statement = (
        sa.update(FeedSourceRow)
        .where(FeedSourceRow.id.in_(due.scalar_subquery()))
        .values(next_attempt=now + lease)
        .returning(FeedSourceRow.id)
    )
    claimed = session.execute(statement).scalar()
    if claimed is None:
        return None
    row = session.get(FeedSourceRow, claimed, populate_existing=True)
    return model(row) if row is not None else None


def seen_keys(session: Session, source_id: int, keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(keys):
        found.update(
            session.scalars(
                sa.select(FeedItemRow.item_key).where(
                    FeedItemRow.source_id == source_id, FeedItemRow.item_key.in_(chunk)
                )
            )
        )
    return found


def processed_refs(session: Session, kind: str, refs: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(refs):
        found.update(
            session.scalars(
                sa.select(ProcessedItemRow.ref).where(ProcessedItemRow.kind == kind, ProcessedItemRow.ref.in_(chunk))
            )
        )
    return found


def record_items(
    session: Session, source_id: int, items: Iterable[tuple[str, str | None]], now: datetime
) -> int:
    values = [{"source_id": source_id, "item_key": key, "url": url, "seen_at": now} for key, url in items]
    if not values:
        return 0
    insert = dialect_insert(session)
    statement = (
        insert(FeedItemRow)
        .values(values)
        .on_conflict_do_nothing(index_elements=["source_id", "item_key"])
        .returning(FeedItemRow.id)
    )
    return len(list(session.scalars(statement)))


def record_failure(
    session: Session,
    source_id: int,
    key: str,
    url: str | None,
    error: str,
    now: datetime,
    max_attempts: int,
) -> FeedItemFailure:
    row = session.scalars(
        sa.select(FeedItemFailureRow)
        .where(FeedItemFailureRow.source_id == source_id, FeedItemFailureRow.item_key == key)
        .with_for_update()
    ).first()
    if row is None:
        row = FeedItemFailureRow(
            source_id=source_id, item_key=key, url=url, attempts=0, error="", first_failed_at=now, last_failed_at=now
        )
        session.add(row)
    row.attempts += 1
    row.error = error[:1000]
    row.last_failed_at = now
    if row.attempts >= max_attempts and row.given_up_at is None:
        row.given_up_at = now
        record_items(session, source_id, [(key, url)], now)
    session.flush()
    return failure_model(row)


def clear_failures(session: Session, source_id: int, keys: Sequence[str]) -> None:
    for chunk in _chunks(keys):
        session.execute(
            sa.delete(FeedItemFailureRow).where(
                FeedItemFailureRow.source_id == source_id,
                FeedItemFailureRow.item_key.in_(chunk),
                FeedItemFailureRow.given_up_at.is_(None),
            )
        )


def failures(session: Session, source_id: int) -> list[FeedItemFailure]:
    rows = session.scalars(
        sa.select(FeedItemFailureRow).where(FeedItemFailureRow.source_id == source_id).order_by(FeedItemFailureRow.id)
    )
    return [failure_model(row) for row in rows]


def failure_model(row: FeedItemFailureRow) -> FeedItemFailure:
    return FeedItemFailure(
        source_id=row.source_id,
        item_key=row.item_key,
        url=row.url,
        attempts=row.attempts,
        error=row.error,
        first_failed=row.first_failed_at,
        last_failed=row.last_failed_at,
        given_up=row.given_up_at,
    )


def _chunks(values: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
