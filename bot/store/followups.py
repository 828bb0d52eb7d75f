"""Follow-ups: a later report that adds to a deal already alerted is told once in each alert's thread.

- `add` records one when a merged report fills figures or terms a card shows (`TOLD_FIELDS`) of a deal that
  has alerts out; a report that only adds what a card does not show is not told.
- `due` lists, for each follow-up, the instant alerts of its deal whose card was sent before it (the
  subscribers who saw the deal without the new figure) and that have not been told; alerts sent after it
  carry the figure already. Follow-ups older than `TELL_WITHIN` are no longer told.
- `begin` takes one (follow-up, alert) pair before posting: a row that a second sender cannot insert
  again, so no reply is posted twice; `record` keeps the reply's ts. A pair begun and never recorded (the
  sender died, Slack refused) is not posted again: a missing follow-up is better than a repeated one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.store.engine import dialect_insert
from bot.store.models import Followup, SourceRef
from bot.store.schema import DeliveryPostRow, DeliveryRow, FollowupPostRow, FollowupRow
from extraction.models import MONEY_FIELDS

TOLD_FIELDS: tuple[str, ...] = (*MONEY_FIELDS, "royalties", "territory", "stage")
"""Fields a later report fills that are told in the thread: what a card shows of the terms."""
TELL_WITHIN = timedelta(days=14)
"""A follow-up older than this is no longer told: a thread that old is no longer read."""


def add(session: Session, deal_id: int, source: SourceRef, filled: Sequence[str], now: datetime) -> int | None:
    """Record that `source` added `filled` to the deal, when it adds a told field and the deal was alerted."""
    told = [f for f in TOLD_FIELDS if f in filled]
    if not told:
        return None
    alerted = session.scalar(
        sa.select(sa.func.count()).select_from(DeliveryRow).where(
            DeliveryRow.deal_id == deal_id, DeliveryRow.state == "sent", DeliveryRow.mode == "instant"
        )
    )
    if not alerted:
        return None
    row = FollowupRow(
        deal_id=deal_id,
        source_kind=source.kind,
        source_ref=source.ref,
        source_title=source.title[:1000] if source.title else None,
        fields=",".join(told),
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


def due(session: Session, now: datetime, limit: int) -> list[Followup]:
    card = sa.and_(DeliveryPostRow.delivery_id == DeliveryRow.id, DeliveryPostRow.step == "card")
    told = sa.and_(FollowupPostRow.followup_id == FollowupRow.id, FollowupPostRow.delivery_id == DeliveryRow.id)
    statement = (
        sa.select(FollowupRow, DeliveryRow.id, DeliveryPostRow.channel, DeliveryPostRow.ts)
        .join(DeliveryRow, DeliveryRow.deal_id == FollowupRow.deal_id)
        .join(DeliveryPostRow, card)
        .outerjoin(FollowupPostRow, told)
        .where(
            FollowupRow.created_at >= now - TELL_WITHIN,
            DeliveryRow.mode == "instant",
            DeliveryRow.state == "sent",
            DeliveryRow.sent_at < FollowupRow.created_at,  # one sent since shows the figure in its card
            DeliveryPostRow.ts.is_not(None),
            DeliveryPostRow.channel.is_not(None),
            FollowupPostRow.followup_id.is_(None),
        )
        .order_by(FollowupRow.id, DeliveryRow.id)
        .limit(limit)
    )
    return [
        Followup(
            id=row.id,
            deal_id=row.deal_id,
            delivery_id=delivery_id,
            source=SourceRef(kind=row.source_kind, ref=row.source_ref, title=row.source_title),
            fields=tuple(row.fields.split(",")),
            channel=channel,
            thread_ts=ts,
        )
        for row, delivery_id, channel, ts in session.execute(statement)
    ]


def begin(session: Session, followup_id: int, delivery_id: int, now: datetime) -> bool:
    """Take the pair for this sender; False when another sender took it first, or it was begun before."""
    statement = (
        dialect_insert(session)(FollowupPostRow)
        .values(followup_id=followup_id, delivery_id=delivery_id, started_at=now)
        .on_conflict_do_nothing(index_elements=["followup_id", "delivery_id"])
    )
    return bool(getattr(session.execute(statement), "rowcount", 0))


def record(session: Session, followup_id: int, delivery_id: int, ts: str | None, now: datetime) -> None:
    session.execute(
        sa.update(FollowupPostRow)
        .where(FollowupPostRow.followup_id == followup_id, FollowupPostRow.delivery_id == delivery_id)
        .values(ts=ts, posted_at=now)
    )

