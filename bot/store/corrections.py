"""People's corrections of deals, stored as rows of `corrections`, and what each one changes.

A correction is data, not an overwrite: the row keeps the field, the value shown before and the value
given, who (Slack user and workspace), when, and their note; the reports' terms (`deals.deal_json`) stay as
the reports gave them, and the deal shows them with its corrections applied (`deals.show`, rules in
`bot.store.correcting`).

- `correct` sets one term. A corrected money figure leaves the deal's dispute. When the deal now matches
  subscriptions it did not match before (its modality fixed to one they follow, say), deliveries are
  queued for those subscribers only: none for one it matched already, announced or not.
- A party renamed to a known company teaches the registry the old spelling as an alias of it (as
  `dealbot companies alias` does), so later reports spelling it so fold into that company. Only a
  spelling that names no company of its own is taught: not one of the shipped registry (the extractor
  then named another company, not a misspelling), nor one that another deal or a subscription names.
- `retract` ("not a deal"): the deal is no longer listed nor matched by subscriptions; its deliveries not
  yet sent are cancelled. It keeps its id, its reports and later ones, and says who retracted it and when.
- `merge` ("same deal as N"): the deal's reports join deal N, whose gaps its terms fill as a second report
  would (figures they disagree on become "see the article", unless a person set them on N); the merged
  deal's deliveries not yet sent are cancelled, and deal N is queued for the subscribers it now matches who
  were neither matched before nor sent the merged deal. The merged deal keeps its id, pointing to N
  (`merged_into`); deals merged into it before point to N as well. A merge into a deal merged away goes to
  the deal it was merged into.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from pydantic import JsonValue
from sqlalchemy.orm import Session

from bot.store import deals as _deals
from bot.store import deliveries as _deliveries
from bot.store import subscriptions as _subscriptions
from bot.store.companies import CompanyBook
from bot.store.correcting import apply, normalize, renames, shown
from bot.store.errors import CannotCorrect
from bot.store.matching import disagreeing
from bot.store.models import (
    Corrected,
    Correction,
    CorrectionField,
    CorrectionInput,
    Corrector,
    Delivery,
    LearntAlias,
    SourceRef,
    StoredDeal,
    Subscription,
)
from bot.store.schema import (
    CompanyRow,
    CorrectionRow,
    DealCompanyRow,
    DealModalityRow,
    DealRow,
    DealSourceRow,
    ProcessedItemRow,
    SubscriptionCompanyRow,
)
from extraction.models import MONEY_FIELDS, Party

_log = logging.getLogger("dealbot.store.corrections")


def correct(session: Session, book: CompanyBook, deal_id: int, change: CorrectionInput, now: datetime) -> Corrected:
    row = _correctable(session, deal_id)
    value = normalize(change.field, change.value, row.reported_on)
    before = _deals.shown_deal(row)
    matched = _subscriptions.matching(session, deal_id, now)
    correction = _record(
        session, deal_id, change.field, shown(before, change.field), value, change.by, change.note, now
    )
    if change.field in MONEY_FIELDS and row.disputed:
        row.disputed = ",".join(f for f in row.disputed.split(",") if f != change.field) or None
    renamed = _known_renames(book, before.parties, apply(before, [(change.field, value)]).parties)
    _deals.show(session, book, row, now)
    row.updated = now
    enqueued = _enqueue_newly_matched(session, deal_id, matched, set(), now)
    learnt = _learn(session, book, renamed, now)  # last: the registry in memory learns it at once
    return Corrected(deal=_stored(session, row), correction=correction, enqueued=tuple(enqueued), learnt=learnt)


def retract(session: Session, deal_id: int, by: Corrector, note: str | None, now: datetime) -> Corrected:
    row = _correctable(session, deal_id)
    if row.retracted_at is not None:
        earlier = _latest(session, deal_id, "retracted")
        if earlier is not None:
            return Corrected(deal=_stored(session, row), correction=earlier)
    correction = _record(session, deal_id, "retracted", False, True, by, note, now)
    row.retracted_at = now
    row.updated = now
    cancelled = _deliveries.cancel(session, deal_id, "the deal was marked not a deal")
    return Corrected(deal=_stored(session, row), correction=correction, cancelled=tuple(cancelled))


def merge(
    session: Session, book: CompanyBook, deal_id: int, into: int, by: Corrector, note: str | None, now: datetime
) -> Corrected:
    row = _correctable(session, deal_id)
    target = _survivor(session, into)
    if target.id == row.id:
        raise CannotCorrect(deal_id, "same", f"deal {deal_id} cannot be merged into itself")
    if target.retracted_at is not None:
        raise CannotCorrect(
            into, "retracted", f"deal {target.id} was marked not a deal; merge it into a deal that is listed"
        )
    matched = _subscriptions.matching(session, target.id, now)
    announced = _deliveries.sent_to(session, deal_id)
    terms = _deals.shown_deal(row)
    disputed = disagreeing(_deals.shown_deal(target), terms)
    _deals.merge_into(session, book, target.id, terms, now, disputed, row.reported_on, row.headline)
    correction = _record(session, deal_id, "merged_into", None, target.id, by, note, now)
    for table in (DealSourceRow, ProcessedItemRow):
        session.execute(sa.update(table).where(table.deal_id == deal_id).values(deal_id=target.id))
    session.execute(sa.update(DealRow).where(DealRow.merged_into == deal_id).values(merged_into=target.id))
    for link in (DealCompanyRow, DealModalityRow):
        session.execute(sa.delete(link).where(link.deal_id == deal_id))
    row.merged_into = target.id
    row.updated = now
    cancelled = _deliveries.cancel(session, deal_id, f"the deal was merged into deal {target.id}")
    session.flush()
    enqueued = _enqueue_newly_matched(session, target.id, matched, announced, now)
    return Corrected(
        deal=_stored(session, target), correction=correction, enqueued=tuple(enqueued), cancelled=tuple(cancelled)
    )


def listing(
    session: Session, since: datetime | None, deal_id: int | None = None, team_id: str | None = None
) -> list[Correction]:
    """Corrections made at or after `since` (all when None), of one deal or workspace when given; oldest first."""
    query = sa.select(CorrectionRow).order_by(CorrectionRow.id)
    if since is not None:
        query = query.where(CorrectionRow.created_at >= since)
    if deal_id is not None:
        query = query.where(CorrectionRow.deal_id == deal_id)
    if team_id is not None:
        query = query.where(CorrectionRow.team_id == team_id)
    return [_model(row) for row in session.scalars(query)]


def first_text(session: Session, deal_id: int) -> tuple[SourceRef, str] | None:
    """The deal's first report whose article text is kept, with that text."""
    row = session.scalars(
        sa.select(DealSourceRow)
        .where(DealSourceRow.deal_id == deal_id, DealSourceRow.text.is_not(None))
        .order_by(DealSourceRow.id)
        .limit(1)
    ).first()
    if row is None or row.text is None:
        return None
    source = SourceRef(kind=row.kind, ref=row.ref, title=row.title, published=row.published, why=row.why)
    return source, row.text


def log(done: Corrected) -> None:
    """One structured line per correction: what, of which deal, by whom, and what it set off (no values)."""
    c = done.correction
    _log.info(
        "deal corrected",
        extra={
            "correction_id": c.id,
            "deal_id": c.deal_id,
            "field": c.field,
            "user_id": c.by.user_id,
            "team_id": c.by.team_id,
            "noted": c.note is not None,
            "shown_deal_id": done.deal.id,
            "enqueued": len(done.enqueued),
            "cancelled": len(done.cancelled),
            "aliases_learnt": len(done.learnt),
        },
    )


# --- internals --------------------------------------------------------------------------------------------


def _correctable(session: Session, deal_id: int) -> DealRow:
    row = session.get(DealRow, deal_id)
    if row is None:
        raise CannotCorrect(deal_id, "unknown", f"there is no deal {deal_id}")
    if row.merged_into is not None:
        raise CannotCorrect(
            deal_id,
            "merged",
            f"deal {deal_id} was merged into deal {row.merged_into}; correct deal {row.merged_into}",
            merged_into=row.merged_into,
        )
    return row


def _survivor(session: Session, deal_id: int) -> DealRow:
    row = session.get(DealRow, deal_id)
    if row is None:
        raise CannotCorrect(deal_id, "unknown", f"there is no deal {deal_id}")
    if row.merged_into is not None:
        return _correctable(session, row.merged_into)
    return row


def _stored(session: Session, row: DealRow) -> StoredDeal:
    session.flush()
    return _deals.stored_deals(session, [row])[0]


def _record(
    session: Session,
    deal_id: int,
    field: CorrectionField,
    old: JsonValue,
    new: JsonValue,
    by: Corrector,
    note: str | None,
    now: datetime,
) -> Correction:
    row = CorrectionRow(
        deal_id=deal_id,
        field=field,
        old_value=old,
        new_value=new,
        user_id=by.user_id,
        team_id=by.team_id,
        created_at=now,
        note=note,
    )
    session.add(row)
    session.flush()
    return _model(row)


def _latest(session: Session, deal_id: int, field: CorrectionField) -> Correction | None:
    row = session.scalars(
        sa.select(CorrectionRow)
        .where(CorrectionRow.deal_id == deal_id, CorrectionRow.field == field)
        .order_by(CorrectionRow.id.desc())
        .limit(1)
    ).first()
    return _model(row) if row is not None else None


def _model(row: CorrectionRow) -> Correction:
    return Correction.model_validate(
        {
            "id": row.id,
            "deal_id": row.deal_id,
            "field": row.field,
            "old": row.old_value,
            "new": row.new_value,
            "by": {"user_id": row.user_id, "team_id": row.team_id},
            "at": row.created_at,
            "note": row.note,
        }
    )


def _enqueue_newly_matched(
    session: Session, deal_id: int, before: Sequence[Subscription], skip: set[tuple[str, str]], now: datetime
) -> list[Delivery]:
    """Queue the deal for subscribers it matches now but not in `before`, other than those in `skip`."""
    known = {(s.subscriber.kind, s.subscriber.id) for s in before} | skip
    matching = _subscriptions.matching(session, deal_id, now)
    return _deliveries.enqueue(
        session, deal_id, [s for s in matching if (s.subscriber.kind, s.subscriber.id) not in known], now
    )


def _known_renames(book: CompanyBook, old: Sequence[Party], new: Sequence[Party]) -> list[tuple[str, str]]:
    """The parties renamed, (old name, new name), whose new name is a company the registry knows already."""

    def company(name: str) -> object:
        found = book.registry.resolve(name)
        return found.entity_id if found is not None else name.casefold()

    return [(a, b) for a, b in renames(old, new, company) if book.registry.resolve(b) is not None]


def _learn(
    session: Session, book: CompanyBook, renamed: Sequence[tuple[str, str]], now: datetime
) -> tuple[LearntAlias, ...]:
    """Teach each old spelling that names no company of its own as an alias of the new name's company."""
    learnt = []
    for old_name, new_name in renamed:
        if _only_a_spelling(session, book, old_name):
            known = book.add_alias(session, old_name, new_name, now)
            learnt.append(LearntAlias(alias=old_name, company=known.canonical))
    return tuple(learnt)


def _only_a_spelling(session: Session, book: CompanyBook, name: str) -> bool:
    """Whether `name` names no company of its own: none the registry ships, or another deal or a
    subscription names (this deal no longer does: its parties are relinked)."""
    if book.registry.resolve(name) is None:
        return True
    ids = [ref.id for ref in book.find(session, name)]
    if not ids:  # a shipped company that no deal has named yet
        return False
    shipped = session.scalar(sa.select(sa.func.count()).where(CompanyRow.id.in_(ids), CompanyRow.builtin))
    in_deals = session.scalar(sa.select(sa.func.count()).where(DealCompanyRow.company_id.in_(ids)))
    followed = session.scalar(sa.select(sa.func.count()).where(SubscriptionCompanyRow.company_id.in_(ids)))
    return not (shipped or in_deals or followed)
