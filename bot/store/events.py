"""Handled Slack event ids (or any delivery key): the first record of a key wins, retries are no-ops.

A key is either recorded at once (`record_once`), or claimed while it is handled and recorded when the
handling is committed: `claim` takes the key for a lease (False when it was handled, or is being handled
under a live lease); `finish` records it as handled; `release` gives it up after a failure, so that a
retry is handled again. A claim whose lease ran out (its handler died) may be taken by the next delivery.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.store.engine import dialect_insert
from bot.store.schema import SlackEventRow

EventState = Literal["claimed", "handled"]


def record_once(session: Session, event_key: str, now: datetime) -> bool:
    insert = dialect_insert(session)
    statement = (
        insert(SlackEventRow)
        .values(event_key=event_key[:200], seen_at=now)
        .on_conflict_do_nothing(index_elements=["event_key"])
        .returning(SlackEventRow.event_key)
    )
    return session.execute(statement).first() is not None


def claim(session: Session, event_key: str, now: datetime, lease: timedelta) -> bool:
    insert = dialect_insert(session)
    statement = (
        insert(SlackEventRow)
        .values(event_key=event_key[:200], seen_at=now, claimed_until=now + lease)
        .on_conflict_do_update(
            index_elements=["event_key"],
            set_={"seen_at": now, "claimed_until": now + lease},
            where=sa.and_(SlackEventRow.claimed_until.is_not(None), SlackEventRow.claimed_until <= now),
        )
        .returning(SlackEventRow.event_key)
    )
    return session.execute(statement).first() is not None


def finish(session: Session, event_key: str, now: datetime) -> None:
    session.execute(
        sa.update(SlackEventRow)
        .where(SlackEventRow.event_key == event_key[:200])
        .values(seen_at=now, claimed_until=None)
    )


def release(session: Session, event_key: str) -> None:
    session.execute(
        sa.delete(SlackEventRow).where(
            SlackEventRow.event_key == event_key[:200], SlackEventRow.claimed_until.is_not(None)
        )
    )


def state(session: Session, event_key: str) -> EventState | None:
    row = session.get(SlackEventRow, event_key[:200])
    if row is None:
        return None
    return "claimed" if row.claimed_until is not None else "handled"


def forget_before(session: Session, cutoff: datetime) -> int:
    result = session.execute(sa.delete(SlackEventRow).where(SlackEventRow.seen_at < cutoff))
    return int(getattr(result, "rowcount", 0))
