"""The delivery outbox: one row per deal and subscriber, claimed by senders, then sent or failed.

- `enqueue` adds a pending row for each subscriber (user or channel) whose subscriptions match the deal;
  a subscriber already holding a row for the deal gets none, so a deal is never announced twice, however
  often it is enqueued (after a merge, say). When several of a subscriber's subscriptions match, an
  instant one wins over a daily digest, a daily over a weekly one, then the oldest; a digest row keeps
  its subscription's cadence.
- `claim` hands out due rows (pending, and past `next_attempt`; or claimed by a sender whose lease ran
  out) and leases them; on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so concurrent senders never take the
  same row; on SQLite the claim is a single UPDATE, which SQLite runs alone.
- `mark_sent` / `mark_failed` end a claim; a failure with a retry time makes the row pending again.
- `cancel` ends the deal's rows not yet sent (pending, or claimed) as `cancelled`, when a person said it is
  not a deal or is another deal: they are never claimed again. A send already under way when they were
  cancelled may still be marked sent (it was posted); a failure never makes a cancelled row pending again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.store.models import Delivery, DeliveryMode, DeliveryState, Subscription
from bot.store.schema import DeliveryRow


def enqueue(
    session: Session, deal_id: int, matching: Sequence[Subscription], now: datetime
) -> list[Delivery]:
    chosen: dict[tuple[str, str], Subscription] = {}
    for sub in sorted(matching, key=lambda s: (s.mode != "instant", s.cadence == "weekly", s.id)):
        chosen.setdefault((sub.subscriber.kind, sub.subscriber.id), sub)
    if not chosen:
        return []
    values = [
        {
            "deal_id": deal_id,
            "subscription_id": sub.id,
            "target_kind": kind,
            "target_id": target,
            "mode": sub.mode,
            "digest_cadence": sub.cadence if sub.mode == "digest" else None,
            "state": "pending",
            "attempts": 0,
            "created_at": now,
        }
        for (kind, target), sub in chosen.items()
    ]
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(DeliveryRow)
        .values(values)
        .on_conflict_do_nothing(index_elements=["deal_id", "target_kind", "target_id"])
        .returning(DeliveryRow.id)
    )
    ids = list(session.scalars(statement))
    return by_ids(session, ids)


def claim(
    session: Session, now: datetime, limit: int, mode: DeliveryMode | None, lease: timedelta
) -> list[Delivery]:
    due = sa.select(DeliveryRow.id).where(
        sa.or_(
            sa.and_(
                DeliveryRow.state == "pending",
                sa.or_(DeliveryRow.next_attempt.is_(None), DeliveryRow.next_attempt <= now),
            ),
            sa.and_(DeliveryRow.state == "claimed", DeliveryRow.claimed_until < now),
        )
    )
    if mode is not None:
        due = due.where(DeliveryRow.mode == mode)
    due = due.order_by(DeliveryRow.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    statement = (
        sa.update(DeliveryRow)
        .where(DeliveryRow.id.in_(due.scalar_subquery()))
        .values(state="claimed", claimed_until=now + lease, attempts=DeliveryRow.attempts + 1)
        .returning(DeliveryRow.id)
    )
    ids = list(session.execute(statement).scalars())
    return by_ids(session, ids)


def finish(
    session: Session,
    delivery_id: int,
    state: DeliveryState,
    *,
    sent_at: datetime | None = None,
    reason: str | None = None,
    next_attempt: datetime | None = None,
    message_ref: str | None = None,
) -> bool:
    values: dict[str, object] = {"state": state, "claimed_until": None}
    if sent_at is not None:
        values["sent_at"] = sent_at
    if message_ref is not None:
        values["message_ref"] = message_ref[:200]
    if reason is not None:
        values["failed_reason"] = reason[:1000]
    values["next_attempt"] = next_attempt
    statement = sa.update(DeliveryRow).where(DeliveryRow.id == delivery_id)
    if state != "sent":
        statement = statement.where(DeliveryRow.state != "cancelled")
    result = session.execute(statement.values(**values))
    return bool(getattr(result, "rowcount", 0))


def cancel(session: Session, deal_id: int, reason: str) -> list[Delivery]:
    """Cancel the deal's deliveries not yet sent; the cancelled rows are returned."""
    statement = (
        sa.update(DeliveryRow)
        .where(DeliveryRow.deal_id == deal_id, DeliveryRow.state.in_(("pending", "claimed")))
        .values(state="cancelled", claimed_until=None, next_attempt=None, failed_reason=reason[:1000])
        .returning(DeliveryRow.id)
    )
    ids = list(session.execute(statement).scalars())
    return by_ids(session, ids)


def sent_to(session: Session, deal_id: int) -> set[tuple[str, str]]:
    """The subscribers (kind, id) the deal was announced to."""
    query = sa.select(DeliveryRow.target_kind, DeliveryRow.target_id).where(
        DeliveryRow.deal_id == deal_id, DeliveryRow.state == "sent"
    )
    return {(kind, target) for kind, target in session.execute(query)}


def listing(session: Session, deal_id: int | None, state: DeliveryState | None, limit: int) -> list[Delivery]:
    statement = sa.select(DeliveryRow).order_by(DeliveryRow.id).limit(limit)
    if deal_id is not None:
        statement = statement.where(DeliveryRow.deal_id == deal_id)
    if state is not None:
        statement = statement.where(DeliveryRow.state == state)
    return [_model(row) for row in session.scalars(statement)]


def by_ids(session: Session, ids: Sequence[int]) -> list[Delivery]:
    if not ids:
        return []
    rows = session.scalars(
        sa.select(DeliveryRow)
        .where(DeliveryRow.id.in_(ids))
        .order_by(DeliveryRow.id)
        .execution_options(populate_existing=True)
    )
    return [_model(row) for row in rows]


def _model(row: DeliveryRow) -> Delivery:
    return Delivery.model_validate(
        {
            "id": row.id,
            "deal_id": row.deal_id,
            "subscription_id": row.subscription_id,
            "subscriber": {"kind": row.target_kind, "id": row.target_id},
            "mode": row.mode,
            "cadence": (row.digest_cadence or "daily") if row.mode == "digest" else None,
            "state": row.state,
            "attempts": row.attempts,
            "created": row.created_at,
            "next_attempt": row.next_attempt,
            "claimed_until": row.claimed_until,
            "sent_at": row.sent_at,
            "failed_reason": row.failed_reason,
            "message_ref": row.message_ref,
        }
    )
