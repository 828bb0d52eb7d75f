"""Subscriptions and who they match.

A subscription matches a deal when all of these hold (a deal a person marked not a deal, or merged into
another, matches none):
- it is not paused (`paused_until` is unset or not after now);
- it names no modality, or one of the deal's modalities;
- it names no company, or one of the deal's parties (as company entities, so any spelling); a party stored
  as a name of several companies ("Merck", the article not saying which) is none of them, and a
  subscription names one company, never such a name (`AmbiguousCompany`);
- it sets no minimum, or the deal's headline USD value (`bot.store.value`) is known and at least that.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.store.companies import CompanyBook
from bot.store.models import NewSubscription, Subscriber, Subscription
from bot.store.schema import (
    CompanyRow,
    DealCompanyRow,
    DealModalityRow,
    DealRow,
    SubscriptionCompanyRow,
    SubscriptionModalityRow,
    SubscriptionRow,
)


def add(session: Session, book: CompanyBook, new: NewSubscription, now: datetime) -> Subscription:
    row = SubscriptionRow(
        target_kind=new.subscriber.kind,
        target_id=new.subscriber.id,
        min_usd=float(new.min_usd) if new.min_usd is not None else None,
        mode=new.mode,
        digest_cadence=new.cadence if new.mode == "digest" else None,
        paused_until=new.paused_until,
        created_at=now,
        created_by=new.created_by,
    )
    session.add(row)
    session.flush()
    for modality in dict.fromkeys(new.modalities):
        session.add(SubscriptionModalityRow(subscription_id=row.id, modality=modality))
    company_ids = dict.fromkeys(book.company(session, name, now).id for name in new.companies)
    for company_id in company_ids:
        session.add(SubscriptionCompanyRow(subscription_id=row.id, company_id=company_id))
    session.flush()
    found = by_id(session, row.id)
    assert found is not None
    return found


def set_modalities(session: Session, subscription_id: int, modalities: tuple[str, ...]) -> bool:
    """Give a subscription these modalities in place (its id and other settings kept)."""
    if session.get(SubscriptionRow, subscription_id) is None:
        return False
    rows = SubscriptionModalityRow
    session.execute(sa.delete(rows).where(rows.subscription_id == subscription_id))
    for modality in dict.fromkeys(modalities):
        session.add(SubscriptionModalityRow(subscription_id=subscription_id, modality=modality))
    session.flush()
    return True


def listing(session: Session, subscriber: Subscriber | None, created_by: str | None = None) -> list[Subscription]:
    """The subscriptions of `subscriber` (all when None), of those only the ones `created_by` made when given;
    oldest first."""
    selected = sa.select(SubscriptionRow.id)
    if subscriber is not None:
        selected = selected.where(
            SubscriptionRow.target_kind == subscriber.kind, SubscriptionRow.target_id == subscriber.id
        )
    if created_by is not None:
        selected = selected.where(SubscriptionRow.created_by == created_by)
    return _models(session, selected)


def by_id(session: Session, subscription_id: int) -> Subscription | None:
    found = _models(session, sa.select(SubscriptionRow.id).where(SubscriptionRow.id == subscription_id))
    return found[0] if found else None


def matching(session: Session, deal_id: int, now: datetime) -> list[Subscription]:
    """The subscriptions that match the stored deal `deal_id` (rules above), oldest first."""
    deal = session.execute(
        sa.select(DealRow.value_usd, DealRow.retracted_at, DealRow.merged_into).where(DealRow.id == deal_id)
    ).first()
    if deal is None or deal.retracted_at is not None or deal.merged_into is not None:
        return []
    value = deal.value_usd
    modalities = sa.select(DealModalityRow.modality).where(DealModalityRow.deal_id == deal_id).correlate(None)
    companies = sa.select(DealCompanyRow.company_id).where(DealCompanyRow.deal_id == deal_id).correlate(None)
    with_modalities = sa.select(SubscriptionModalityRow.subscription_id).correlate(None)
    with_companies = sa.select(SubscriptionCompanyRow.subscription_id).correlate(None)
    selected = sa.select(SubscriptionRow.id).where(
        sa.or_(SubscriptionRow.paused_until.is_(None), SubscriptionRow.paused_until <= now),
        sa.or_(
            SubscriptionRow.min_usd.is_(None),
            sa.and_(sa.literal(value is not None), SubscriptionRow.min_usd <= (value or 0.0)),
        ),
        sa.or_(
            SubscriptionRow.id.not_in(with_modalities),
            SubscriptionRow.id.in_(with_modalities.where(SubscriptionModalityRow.modality.in_(modalities))),
        ),
        sa.or_(
            SubscriptionRow.id.not_in(with_companies),
            SubscriptionRow.id.in_(with_companies.where(SubscriptionCompanyRow.company_id.in_(companies))),
        ),
    )
    return _models(session, selected)


def _models(session: Session, selected: sa.Select[int]) -> list[Subscription]:
    """The subscriptions whose ids `selected` gives, oldest first (three queries, whatever their number)."""
    ids = selected.correlate(None).scalar_subquery()
    modalities: dict[int, list[str]] = defaultdict(list)
    companies: dict[int, list[str]] = defaultdict(list)
    for sub_id, modality in session.execute(
        sa.select(SubscriptionModalityRow.subscription_id, SubscriptionModalityRow.modality).where(
            SubscriptionModalityRow.subscription_id.in_(ids)
        )
    ):
        modalities[sub_id].append(modality)
    for sub_id, canonical in session.execute(
        sa.select(SubscriptionCompanyRow.subscription_id, CompanyRow.canonical)
        .join(CompanyRow, CompanyRow.id == SubscriptionCompanyRow.company_id)
        .where(SubscriptionCompanyRow.subscription_id.in_(ids))
    ):
        companies[sub_id].append(canonical)
    rows = session.execute(
        sa.select(
            SubscriptionRow.id,
            SubscriptionRow.target_kind,
            SubscriptionRow.target_id,
            SubscriptionRow.min_usd,
            SubscriptionRow.mode,
            SubscriptionRow.digest_cadence,
            SubscriptionRow.paused_until,
            SubscriptionRow.created_at,
            SubscriptionRow.created_by,
        )
        .where(SubscriptionRow.id.in_(ids))
        .order_by(SubscriptionRow.id)
    )
    return [
        Subscription.model_validate(
            {
                "id": sub_id,
                "subscriber": {"kind": kind, "id": target},
                "modalities": sorted(modalities[sub_id]),
                "companies": sorted(companies[sub_id]),
                "min_usd": Decimal(repr(min_usd)) if min_usd is not None else None,
                "mode": mode,
                "cadence": (cadence or "daily") if mode == "digest" else None,
                "paused_until": paused_until,
                "created": created,
                "created_by": created_by,
            }
        )
        for sub_id, kind, target, min_usd, mode, cadence, paused_until, created, created_by in rows
    ]
