"""Handled Slack event ids (or any delivery key): the first record of a key wins, retries are no-ops."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.store.schema import SlackEventRow


def record_once(session: Session, event_key: str, now: datetime) -> bool:
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(SlackEventRow)
        .values(event_key=event_key[:200], seen_at=now)
        .on_conflict_do_nothing(index_elements=["event_key"])
        .returning(SlackEventRow.event_key)
    )
    return session.execute(statement).first() is not None


def forget_before(session: Session, cutoff: datetime) -> int:
    result = session.execute(sa.delete(SlackEventRow).where(SlackEventRow.seen_at < cutoff))
    return int(getattr(result, "rowcount", 0))
