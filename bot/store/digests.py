"""When each subscriber gets their digest, and holding digest deliveries until then.

- `digest_schedules` keeps a subscriber's choice: daily or weekly (on a weekday), at an hour of their
  local day, in a time zone (None: the zone Slack gives for the user, or the default zone). A subscriber
  without a row gets the default: daily at `DEFAULT_HOUR`.
- Digest deliveries enter the outbox with no next attempt; `hold_digests` gives every such row of one
  subscriber the time of their next digest, so that the sender claims them all together then.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.store.models import Subscriber
from bot.store.schema import Base, DeliveryRow

DEFAULT_HOUR = 8


class DigestSchedule(BaseModel):
    """A subscriber's digest: daily, or weekly on `weekday` (0 Monday), at `hour` local time."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadence: Literal["daily", "weekly"] = "daily"
    hour: int = Field(default=DEFAULT_HOUR, ge=0, le=23)
    weekday: int = Field(default=0, ge=0, le=6)
    timezone: str | None = Field(default=None, max_length=64, description="IANA zone; None: the user's own")


class DigestScheduleRow(Base):
    __tablename__ = "digest_schedules"

    target_kind: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    target_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    cadence: Mapped[str] = mapped_column(sa.String(16))
    hour: Mapped[int]
    weekday: Mapped[int]
    timezone: Mapped[str | None] = mapped_column(sa.String(64))
    updated_at: Mapped[datetime]


def set_schedule(session: Session, subscriber: Subscriber, schedule: DigestSchedule, now: datetime) -> None:
    row = session.get(DigestScheduleRow, (subscriber.kind, subscriber.id))
    if row is None:
        row = DigestScheduleRow(target_kind=subscriber.kind, target_id=subscriber.id)
        session.add(row)
    row.cadence, row.hour, row.weekday = schedule.cadence, schedule.hour, schedule.weekday
    row.timezone, row.updated_at = schedule.timezone, now
    session.flush()


def schedule_of(session: Session, subscriber: Subscriber) -> DigestSchedule | None:
    row = session.get(DigestScheduleRow, (subscriber.kind, subscriber.id))
    if row is None:
        return None
    return DigestSchedule.model_validate(
        {"cadence": row.cadence, "hour": row.hour, "weekday": row.weekday, "timezone": row.timezone}
    )


def unscheduled(session: Session) -> list[Subscriber]:
    """Subscribers with digest deliveries that wait for a time."""
    rows = session.execute(
        sa.select(DeliveryRow.target_kind, DeliveryRow.target_id)
        .where(DeliveryRow.mode == "digest", DeliveryRow.state == "pending", DeliveryRow.next_attempt.is_(None))
        .distinct()
        .order_by(DeliveryRow.target_kind, DeliveryRow.target_id)
    )
    return [Subscriber(kind=kind, id=target) for kind, target in rows]


def hold(session: Session, subscriber: Subscriber, until: datetime) -> int:
    result = session.execute(
        sa.update(DeliveryRow)
        .where(
            DeliveryRow.mode == "digest",
            DeliveryRow.state == "pending",
            DeliveryRow.next_attempt.is_(None),
            DeliveryRow.target_kind == subscriber.kind,
            DeliveryRow.target_id == subscriber.id,
        )
        .values(next_attempt=until)
    )
    return int(getattr(result, "rowcount", 0) or 0)
