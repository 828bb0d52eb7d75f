"""When each subscriber gets their digest, and holding digest deliveries until then.

- How often is each subscription's own choice (`subscriptions.digest_cadence`: daily or weekly), carried
  by its digest deliveries; `digest_schedules` keeps when, for a subscriber: the weekday of weekly
  digests, the hour of their local day, the time zone (None: the zone Slack gives for the user, or the
  default zone). A subscriber without a row gets the default: Mondays, at `DEFAULT_HOUR`.
- Digest deliveries enter the outbox with no next attempt; `hold_digests` gives every such row of one
  subscriber and cadence the time of their next digest, so that the sender claims them together then.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.store.models import DigestCadence, Subscriber
from bot.store.schema import Base, DeliveryRow

DEFAULT_HOUR = 8


class DigestSchedule(BaseModel):
    """When a subscriber's digests go out: at `hour` local time; weekly ones on `weekday` (0 Monday)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    hour: int = Field(default=DEFAULT_HOUR, ge=0, le=23)
    weekday: int = Field(default=0, ge=0, le=6)
    timezone: str | None = Field(default=None, max_length=64, description="IANA zone; None: the user's own")


class DigestScheduleRow(Base):
    __tablename__ = "digest_schedules"

    target_kind: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    target_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    hour: Mapped[int]
    weekday: Mapped[int]
    timezone: Mapped[str | None] = mapped_column(sa.String(64))
    updated_at: Mapped[datetime]


def set_schedule(session: Session, subscriber: Subscriber, schedule: DigestSchedule, now: datetime) -> None:
    row = session.get(DigestScheduleRow, (subscriber.kind, subscriber.id))
    if row is None:
        row = DigestScheduleRow(target_kind=subscriber.kind, target_id=subscriber.id)
        session.add(row)
    row.hour, row.weekday = schedule.hour, schedule.weekday
    row.timezone, row.updated_at = schedule.timezone, now
    session.flush()


def schedule_of(session: Session, subscriber: Subscriber) -> DigestSchedule | None:
    row = session.get(DigestScheduleRow, (subscriber.kind, subscriber.id))
    if row is None:
        return None
    return DigestSchedule.model_validate(
        {"hour": row.hour, "weekday": row.weekday, "timezone": row.timezone}
    )


def unscheduled(session: Session) -> list[tuple[Subscriber, DigestCadence]]:
    """Subscribers, with a cadence, whose digest deliveries of that cadence wait for a time."""
    cadence = sa.func.coalesce(DeliveryRow.digest_cadence, "daily")
    rows = session.execute(
        sa.select(DeliveryRow.target_kind, DeliveryRow.target_id, cadence)
        .where(DeliveryRow.mode == "digest", DeliveryRow.state == "pending", DeliveryRow.next_attempt.is_(None))
        .distinct()
        .order_by(DeliveryRow.target_kind, DeliveryRow.target_id, cadence)
    )
    return [(Subscriber(kind=kind, id=target), "weekly" if how == "weekly" else "daily") for kind, target, how in rows]


def hold(session: Session, subscriber: Subscriber, cadence: DigestCadence, until: datetime) -> int:
    result = session.execute(
        sa.update(DeliveryRow)
        .where(
            DeliveryRow.mode == "digest",
            DeliveryRow.state == "pending",
            DeliveryRow.next_attempt.is_(None),
            DeliveryRow.target_kind == subscriber.kind,
            DeliveryRow.target_id == subscriber.id,
            sa.func.coalesce(DeliveryRow.digest_cadence, "daily") == cadence,
        )
        .values(next_attempt=until)
    )
    return int(getattr(result, "rowcount", 0) or 0)
