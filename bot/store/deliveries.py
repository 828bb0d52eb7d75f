"""The delivery outbox: one row per deal and subscriber, claimed by senders, then sent or failed.

- `enqueue` adds a pending row for each subscriber (user or channel) whose subscriptions match the deal;
  a subscriber already holding a row for the deal gets none, so a deal is never announced twice, however
  often it is enqueued (after a merge, say). When several of a subscriber's subscriptions match, an
  instant one wins over a daily digest, a daily over a weekly one, then the oldest; a digest row keeps
  its subscription's cadence.
- `claim` hands out due rows (pending, and past `next_attempt`; or claimed by a sender whose lease ran
  out) and leases them for `CLAIM_LEASE`; on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so concurrent
  senders never take the same row; on SQLite the claim is a single UPDATE, which SQLite runs alone. Each
  claim counts an attempt, and that number names the claim: `renew` (the live sender's heartbeat),
  `begin_post`, `record_post` and `finish` given it act only while that claim still holds the row, so a
  sender that lost its lease (stalled past it, and another took the row over) changes nothing.
- `begin_post` records that a post of an instant alert (its card, its thread reply) is about to be sent;
  `record_post` records the conversation and `ts` Slack answered, in the transaction that marks the step
  done (and the last step's also marks the delivery sent). A post begun and not recorded is one whose
  outcome is unknown (the sender died, or Slack's answer was lost); one recorded is never sent again.
- `finish` ends a claim: sent, failed, or pending again at a retry time; a post Slack refused is forgotten.
- `cancel` ends the deal's rows not yet sent (pending, or claimed) as `cancelled`, when a person said it is
  not a deal or is another deal: they are never claimed again, and their sender's claim no longer holds.
  A post already under way may still mark its row sent (it was posted); a failure never makes a cancelled
  row pending again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, get_args

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.store.engine import dialect_insert
from bot.store.models import Delivery, DeliveryMode, DeliveryPost, DeliveryState, PostStep, Subscription
from bot.store.schema import DeliveryPostRow, DeliveryRow

CLAIM_LEASE = timedelta(seconds=30)
"""How long a claim holds its deliveries unless renewed. It can be short because a live sender renews its
claims (a heartbeat, every third of it) for as long as it works on them, however slow Slack is; so the
deliveries of a sender that died are free again within this time of its last heartbeat, and a sender
restarted after a crash sends them within CLAIM_LEASE and one send interval: well within a minute."""
_STEPS: tuple[PostStep, ...] = get_args(PostStep)


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
    statement = (
        dialect_insert(session)(DeliveryRow)
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


def renew(session: Session, claims: Sequence[tuple[int, int]], now: datetime, lease: timedelta) -> set[int]:
    """Extend the claims given as (delivery id, attempt) to `now + lease`; returns the ids still held."""
    if not claims:
        return set()
    held = sa.or_(*(sa.and_(DeliveryRow.id == i, DeliveryRow.attempts == attempt) for i, attempt in claims))
    statement = (
        sa.update(DeliveryRow)
        .where(DeliveryRow.state == "claimed", held)
        .values(claimed_until=now + lease)
        .returning(DeliveryRow.id)
    )
    return set(session.execute(statement).scalars())


def begin_post(session: Session, delivery_id: int, attempt: int, step: PostStep, now: datetime) -> bool:
    """Record that the step is about to be posted (kept from an earlier attempt: the earliest time it may
    have reached Slack); False when the claim no longer holds the delivery."""
    if not _holds(session, delivery_id, attempt):
        return False
    _begin(session, delivery_id, step, now)
    return True


def record_post(
    session: Session,
    delivery_id: int,
    attempt: int,
    step: PostStep,
    channel: str,
    ts: str,
    now: datetime,
    *,
    then: PostStep | None,
    sent_as: str | None,
) -> bool:
    """Record the step posted as `channel`/`ts`, and in the same transaction begin the step `then`, or with
    `sent_as` mark the delivery sent (that its message ref). False, recording nothing, when the claim no
    longer holds the delivery."""
    if sent_as is not None:
        held = finish(session, delivery_id, "sent", sent_at=now, message_ref=sent_as, attempt=attempt)
    else:
        held = _holds(session, delivery_id, attempt)
    if not held:
        return False
    done: dict[str, object] = {"channel": channel[:64], "ts": ts[:32], "posted_at": now}
    rows = [{"delivery_id": delivery_id, "step": step, "started_at": now, **done}]
    if then is not None:
        rows.append({"delivery_id": delivery_id, "step": then, "started_at": now, "channel": None, "ts": None,
                     "posted_at": None})  # fmt: skip
    insert = dialect_insert(session)(DeliveryPostRow).values(rows)
    kept = {  # a begun step keeps its start; only the step done gets its channel and ts
        name: sa.func.coalesce(getattr(insert.excluded, name), getattr(DeliveryPostRow, name))
        for name in ("channel", "ts", "posted_at")
    }
    session.execute(insert.on_conflict_do_update(index_elements=["delivery_id", "step"], set_=kept))
    return True


def finish(
    session: Session,
    delivery_id: int,
    state: DeliveryState,
    *,
    sent_at: datetime | None = None,
    reason: str | None = None,
    next_attempt: datetime | None = None,
    message_ref: str | None = None,
    attempt: int | None = None,
    refused: bool = False,
) -> bool:
    """End a claim; with `attempt`, only while that claim holds the delivery. `refused`: Slack answered
    that it did not take the post begun, which is then forgotten (a retry posts it without looking)."""
    values: dict[str, object] = {"state": state, "claimed_until": None}
    if sent_at is not None:
        values["sent_at"] = sent_at
    if message_ref is not None:
        values["message_ref"] = message_ref[:200]
    if reason is not None:
        values["failed_reason"] = reason[:1000]
    values["next_attempt"] = next_attempt
    statement = sa.update(DeliveryRow).where(DeliveryRow.id == delivery_id)
    if attempt is not None:  # a post under way when its deal was cancelled was still posted: it is sent
        held = DeliveryRow.state.in_(("claimed", "cancelled")) if state == "sent" else DeliveryRow.state == "claimed"
        statement = statement.where(held, DeliveryRow.attempts == attempt)
    if state != "sent":
        statement = statement.where(DeliveryRow.state != "cancelled")
    result = session.execute(statement.values(**values))
    done = bool(getattr(result, "rowcount", 0))
    if done and refused:
        session.execute(
            sa.delete(DeliveryPostRow).where(DeliveryPostRow.delivery_id == delivery_id, DeliveryPostRow.ts.is_(None))
        )
    return done


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
    ids = statement.with_only_columns(DeliveryRow.id).scalar_subquery()
    return _models(session, list(session.scalars(statement)), ids)


def by_ids(session: Session, ids: Sequence[int]) -> list[Delivery]:
    if not ids:
        return []
    rows = session.scalars(
        sa.select(DeliveryRow)
        .where(DeliveryRow.id.in_(ids))
        .order_by(DeliveryRow.id)
        .execution_options(populate_existing=True)
    )
    return _models(session, list(rows))


def _begin(session: Session, delivery_id: int, step: PostStep, now: datetime) -> None:
    session.execute(
        dialect_insert(session)(DeliveryPostRow)
        .values(delivery_id=delivery_id, step=step, started_at=now)
        .on_conflict_do_nothing(index_elements=["delivery_id", "step"])
    )



def _holds(session: Session, delivery_id: int, attempt: int) -> bool:
    """Whether claim `attempt` still holds the delivery. A write that changes nothing, so that it also locks
    the row for the transaction (its row lock on PostgreSQL, the write lock on SQLite)."""
    result = session.execute(
        sa.update(DeliveryRow)
        .where(DeliveryRow.id == delivery_id, DeliveryRow.state == "claimed", DeliveryRow.attempts == attempt)
        .values(attempts=DeliveryRow.attempts)
    )
    return bool(getattr(result, "rowcount", 0))


def _models(session: Session, rows: Sequence[DeliveryRow], ids: Any = None) -> list[Delivery]:
    """The rows as models, with their posts; `ids`, a subquery of the rows' ids, saves listing them all."""
    posts: dict[int, list[DeliveryPost]] = {}
    if rows:
        post = DeliveryPostRow
        found = session.execute(  # plain rows: no ORM identity bookkeeping for what is only read
            sa.select(post.delivery_id, post.step, post.started_at, post.channel, post.ts, post.posted_at).where(
                post.delivery_id.in_(ids if ids is not None else [row.id for row in rows])
            )
        )
        for delivery_id, step, started, channel, ts, posted in found:
            fields = {"step": step, "started": started, "channel": channel, "ts": ts, "posted": posted}
            posts.setdefault(delivery_id, []).append(DeliveryPost.model_validate(fields))
    for kept in posts.values():
        kept.sort(key=lambda p: _STEPS.index(p.step))
    return [_model(row, tuple(posts.get(row.id, ()))) for row in rows]


def _model(row: DeliveryRow, posts: tuple[DeliveryPost, ...]) -> Delivery:
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
            "posts": posts,
        }
    )
