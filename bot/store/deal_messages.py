"""The messages the bot posted that show a deal outside the outbox (rows of `deal_messages`): recorded
once per conversation + ts (recording one again changes nothing), listed by deal, oldest first. A deal
merged into another keeps its messages: they show the deal it was merged into once updated."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.store.models import DealMessage, DealMessageKind
from bot.store.schema import DealMessageRow


def record(session: Session, deal_id: int, channel: str, ts: str, kind: DealMessageKind, now: datetime) -> bool:
    """Record the message; False when it was recorded already."""
    if session.get(DealMessageRow, (channel, ts)) is not None:
        return False
    session.add(DealMessageRow(channel=channel, ts=ts, deal_id=deal_id, kind=kind, posted_at=now))
    session.flush()
    return True


def listing(session: Session, deal_id: int) -> list[DealMessage]:
    rows = session.scalars(
        sa.select(DealMessageRow).where(DealMessageRow.deal_id == deal_id).order_by(DealMessageRow.posted_at)
    )
    return [
        DealMessage.model_validate(
            {"deal_id": r.deal_id, "channel": r.channel, "ts": r.ts, "kind": r.kind, "posted": r.posted_at}
        )
        for r in rows
    ]
