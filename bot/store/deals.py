"""Storing reports of deals: a new deal, or another source (and filled gaps) for a stored one.

`ingest` is idempotent per item: an item (by kind and ref, or by content digest) is processed once; its
outcome is kept in `processed_items`. Whether a deal report matches a stored deal is decided by
`bot.store.matching` (rules in its docstring); the gaps are filled by `bot.store.merging`. The article's
text is kept with its report, up to `ARTICLE_TEXT_CHARS`.

A deal people corrected (`bot.store.correcting`) shows its reports' terms with the corrections applied
(`show`): a later report fills the reports' terms, never a corrected field, and a figure a person set is
never in dispute. A new report is the same deal as a corrected one when it matches either the terms the
reports gave or those shown, so a report repeating a misreading the person fixed still joins its deal. A
deal marked not a deal still takes the later reports of it; one merged into another has no parties left
to match.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, JsonValue
from sqlalchemy.orm import Session

from bot.store import followups as _followups
from bot.store.companies import CompanyBook
from bot.store.correcting import CORRECTABLE, apply
from bot.store.matching import WINDOW, DealFacts, decide
from bot.store.merging import merge
from bot.store.models import CorrectableField, Corrector, IngestResult, Retraction, SourceRef, StoredDeal
from bot.store.schema import (
    ARTICLE_TEXT_CHARS,
    CorrectionRow,
    DealCompanyRow,
    DealModalityRow,
    DealRow,
    DealSourceRow,
    ProcessedItemRow,
)
from bot.store.value import headline_usd
from extraction.models import MONEY_FIELDS, Deal, Extraction, MoneyField, Party


def previous_outcome(session: Session, source: SourceRef) -> IngestResult | None:
    condition = sa.and_(ProcessedItemRow.kind == source.kind, ProcessedItemRow.ref == source.ref)
    if source.digest:
        condition = sa.or_(condition, ProcessedItemRow.digest == source.digest)
    row = session.scalars(sa.select(ProcessedItemRow).where(condition).limit(1)).first()
    if row is None:
        return None
    return IngestResult(kind="already_seen", deal_id=row.deal_id, reason=row.reason)


def ingest(
    session: Session,
    book: CompanyBook,
    extraction: Extraction,
    source: SourceRef,
    now: datetime,
    text: str | None = None,
) -> IngestResult:
    seen = previous_outcome(session, source)
    if seen is not None:
        return seen
    if not extraction.is_deal or extraction.deal is None:
        reason = extraction.reason or "not a new partnering or M&A deal"
        _record(session, source, "not_deal", None, reason, now)
        return IngestResult(kind="not_deal", reason=reason)
    deal = extraction.deal
    party_companies = [book.resolve_or_create(session, p.name, now).id for p in deal.parties]
    reported_on = source.published or now.date()
    may_be = {c: open_ for c in party_companies if (open_ := book.may_be(c))}
    new = DealFacts(deal=deal, companies=frozenset(party_companies), reported_on=reported_on, may_be=may_be)
    decision = decide(_candidates(session, book, new), new)
    source = source.model_copy(update={"why": decision.why[:1000]})
    if decision.deal_id is None:
        row = _insert_deal(session, deal, party_companies, source, extraction.headline, now)
        _add_source(session, row.id, source, now, text)
        _record(session, source, "new", row.id, None, now)
        return IngestResult(kind="new", deal_id=row.id)
    target = decision.deal_id
    filled = merge_into(session, book, target, deal, now, decision.disputed, source.published, source.title)
    _add_source(session, target, source, now, text)
    _followups.add(session, target, source, filled, now)
    _record(session, source, "merged", target, None, now)
    return IngestResult(kind="merged", deal_id=target, filled=filled, disputed=decision.disputed)


def stored_deals(session: Session, rows: Sequence[DealRow]) -> list[StoredDeal]:
    """StoredDeal models for rows, with their sources and corrections, in the rows' order."""
    ids = [row.id for row in rows]
    sources: dict[int, list[SourceRef]] = defaultdict(list)
    if ids:
        query = sa.select(DealSourceRow).where(DealSourceRow.deal_id.in_(ids)).order_by(DealSourceRow.id)
        for src in session.scalars(query):
            sources[src.deal_id].append(
                SourceRef(
                    kind=src.kind, ref=src.ref, title=src.title, published=src.published, why=src.why, url=src.url
                )
            )
    corrected: dict[int, list[CorrectableField]] = defaultdict(list)
    retractions: dict[int, Retraction] = {}
    touched = [r.id for r in rows if r.corrected_json is not None or r.retracted_at is not None]
    if touched:
        corrections = sa.select(CorrectionRow).where(CorrectionRow.deal_id.in_(touched)).order_by(CorrectionRow.id)
        for correction in session.scalars(corrections):
            by = Corrector(user_id=correction.user_id, team_id=correction.team_id)
            if correction.field == "retracted":
                retractions[correction.deal_id] = Retraction(by=by, at=correction.created_at, note=correction.note)
            elif correction.field in CORRECTABLE and correction.field not in corrected[correction.deal_id]:
                corrected[correction.deal_id].append(correction.field)
    return [_stored(row, tuple(sources[row.id]), tuple(corrected[row.id]), retractions.get(row.id)) for row in rows]


def shown_deal(row: DealRow) -> Deal:
    """The terms the deal shows: its reports', with people's corrections applied."""
    return Deal.model_validate(row.corrected_json if row.corrected_json is not None else row.deal_json)


def _stored(
    row: DealRow,
    sources: tuple[SourceRef, ...],
    corrected: tuple[CorrectableField, ...] = (),
    retraction: Retraction | None = None,
) -> StoredDeal:
    deal = shown_deal(row)
    return StoredDeal(
        id=row.id,
        deal=deal,
        headline=row.headline,
        first_seen=row.first_seen,
        updated=row.updated,
        reported_on=row.reported_on,
        value_usd=headline_usd(deal),
        sources=sources,
        corrected=corrected,
        retracted=retraction,
        merged_into=row.merged_into,
    )


def field_corrections(session: Session, deal_id: int) -> list[tuple[CorrectableField, JsonValue]]:
    """The deal's corrections of its terms, `(field, value given)`, oldest first."""
    query = (
        sa.select(CorrectionRow.field, CorrectionRow.new_value)
        .where(CorrectionRow.deal_id == deal_id, CorrectionRow.field.in_(CORRECTABLE))
        .order_by(CorrectionRow.id)
    )
    return [(field, value) for field, value in session.execute(query)]


def show(
    session: Session,
    book: CompanyBook,
    row: DealRow,
    now: datetime,
    corrections: Sequence[tuple[CorrectableField, JsonValue]] | None = None,
) -> Deal:
    """Make the deal show its reports' terms with its corrections (read when not given) applied:
    `corrected_json`, the headline USD value, and its parties and modalities (the rows that listings and
    subscriptions match)."""
    if corrections is None:
        corrections = field_corrections(session, row.id)
    reported = Deal.model_validate(row.deal_json)
    shown = apply(reported, corrections) if corrections else reported
    row.corrected_json = shown.model_dump(mode="json") if corrections else None
    value = headline_usd(shown)
    row.value_usd = float(value) if value is not None else None
    _relink(session, row, shown, [book.resolve_or_create(session, p.name, now).id for p in shown.parties])
    return shown


def _relink(session: Session, row: DealRow, deal: Deal, party_companies: Sequence[int]) -> None:
    """Make the deal's company and modality rows those of `deal`: stale ones go, roles follow."""
    roles: dict[int, str] = {}
    for party, company_id in zip(deal.parties, party_companies, strict=True):
        roles.setdefault(company_id, party.role)
    linked = {
        link.company_id: link
        for link in session.scalars(sa.select(DealCompanyRow).where(DealCompanyRow.deal_id == row.id))
    }
    for company_id, link in linked.items():
        if company_id not in roles:
            session.delete(link)
        elif link.role != roles[company_id]:
            link.role = roles[company_id]
    for company_id, role in roles.items():
        if company_id not in linked:
            session.add(DealCompanyRow(deal_id=row.id, company_id=company_id, role=role, first_seen=row.first_seen))
    modalities = set(dict.fromkeys(deal.modalities))
    kinds = {
        m.modality: m for m in session.scalars(sa.select(DealModalityRow).where(DealModalityRow.deal_id == row.id))
    }
    for modality, kind in kinds.items():
        if modality not in modalities:
            session.delete(kind)
    for modality in dict.fromkeys(deal.modalities):
        if modality not in kinds:
            session.add(DealModalityRow(deal_id=row.id, modality=modality, first_seen=row.first_seen))
    session.flush()


def deal_companies(session: Session, deal_id: int) -> list[int]:
    return list(
        session.scalars(sa.select(DealCompanyRow.company_id).where(DealCompanyRow.deal_id == deal_id))
    )


def _candidates(session: Session, book: CompanyBook, new: DealFacts) -> list[tuple[int, DealFacts]]:
    """The stored deals `new` may belong to, each with its reports' terms, and a corrected one also with
    the terms it shows."""
    if not new.companies:
        return []
    named = new.companies.union(*new.may_be.values())
    ids = sa.select(DealCompanyRow.deal_id).where(DealCompanyRow.company_id.in_(named)).distinct()
    rows = session.scalars(
        sa.select(DealRow).where(
            DealRow.id.in_(ids),
            DealRow.reported_on >= new.reported_on - WINDOW,
            DealRow.reported_on <= new.reported_on + WINDOW,
        )
    ).all()
    links: dict[int, set[int]] = defaultdict(set)
    if rows:
        query = sa.select(DealCompanyRow.deal_id, DealCompanyRow.company_id).where(
            DealCompanyRow.deal_id.in_([r.id for r in rows])
        )
        for deal_id, company_id in session.execute(query):
            links[deal_id].add(company_id)
    return [
        (
            row.id,
            DealFacts(
                deal=Deal.model_validate(terms),
                companies=frozenset(links[row.id]),
                reported_on=row.reported_on,
                may_be={c: open_ for c in links[row.id] if (open_ := book.may_be(c))},
            ),
        )
        for row in rows
        for terms in (row.deal_json, row.corrected_json)
        if terms is not None
    ]


def _insert_deal(
    session: Session,
    deal: Deal,
    party_companies: list[int],
    source: SourceRef,
    headline: str | None,
    now: datetime,
) -> DealRow:
    value = headline_usd(deal)
    row = DealRow(
        first_seen=now,
        updated=now,
        reported_on=source.published or now.date(),
        value_usd=float(value) if value is not None else None,
        headline=(headline or source.title or "")[:1000] or None,
        deal_json=deal.model_dump(mode="json"),
    )
    session.add(row)
    session.flush()
    _link(session, row, deal.parties, party_companies, deal.modalities)
    return row


def _link(
    session: Session,
    row: DealRow,
    parties: Sequence[Party],
    party_companies: Sequence[int],
    modalities: Sequence[str],
) -> None:
    seen: set[int] = set()
    for party, company_id in zip(parties, party_companies, strict=True):
        if company_id not in seen:
            seen.add(company_id)
            session.add(
                DealCompanyRow(
                    deal_id=row.id, company_id=company_id, role=party.role, first_seen=row.first_seen
                )
            )
    for modality in dict.fromkeys(modalities):
        session.add(DealModalityRow(deal_id=row.id, modality=modality, first_seen=row.first_seen))


def merge_into(
    session: Session,
    book: CompanyBook,
    deal_id: int,
    new: Deal,
    now: datetime,
    disputed: Sequence[MoneyField] = (),
    published: date | None = None,
    title: str | None = None,
) -> tuple[str, ...]:
    """Fill the stored deal's gaps from `new` (a report of it, published on `published` under `title`);
    figures the two reports disagree on (`disputed`, now or before) are taken from neither and shown as
    "see the article", unless a person set them. Returns the fields that changed in what the deal shows."""
    row = session.get_one(DealRow, deal_id)
    corrections = field_corrections(session, deal_id) if row.corrected_json is not None else []
    corrected = {field for field, _ in corrections}
    disputed = tuple(f for f in disputed if f not in corrected)
    stored = Deal.model_validate(row.deal_json)
    in_dispute = tuple(dict.fromkeys((*_disputed(row), *disputed)))
    if disputed:
        row.disputed = ",".join(in_dispute)
        stored = _without(stored, disputed)
    new = _without(new, in_dispute)

    def company_of(party: Party) -> int:
        return book.resolve_or_create(session, party.name, now).id

    settled = _settle(book, stored, new, company_of)
    merged, filled = merge(settled, new, company_of)
    if filled or disputed or settled is not stored:
        row.deal_json = merged.model_dump(mode="json")
        show(session, book, row, now, corrections)
    if published is not None and published < row.reported_on:
        row.reported_on = published
    if row.headline is None and title:
        row.headline = title[:1000]
    row.updated = now
    return tuple(f for f in filled if f not in corrected)


def _settle(book: CompanyBook, stored: Deal, new: Deal, company_of: Callable[[Party], int]) -> Deal:
    """The stored deal with each party its first article left open ("Merck") settled as the one company
    it may be that the new report names ("Merck & Co."); `stored` itself when none is. (The deal's company
    rows follow its parties when it is shown.)"""
    named = {company_of(p): p for p in new.parties}
    parties = list(stored.parties)
    for i, party in enumerate(parties):
        chosen = [c for c in book.may_be(company_of(party)) if c in named]
        if len(chosen) == 1:
            parties[i] = party.model_copy(update={"name": named[chosen[0]].name, "candidates": ()})
    return stored.model_copy(update={"parties": tuple(parties)}) if parties != list(stored.parties) else stored


def _disputed(row: DealRow) -> tuple[MoneyField, ...]:
    return tuple(f for f in MONEY_FIELDS if f in (row.disputed or "").split(","))


def _without(deal: Deal, fields: Sequence[MoneyField]) -> Deal:
    """`deal` with the figures of `fields` taken out and marked "see the article"."""
    if not fields:
        return deal
    uncertain = tuple(dict.fromkeys((*deal.uncertain, *fields)))
    return deal.model_copy(update={**{f: None for f in fields}, "uncertain": uncertain})


def _add_source(session: Session, deal_id: int, source: SourceRef, now: datetime, text: str | None) -> None:
    session.add(
        DealSourceRow(
            deal_id=deal_id,
            kind=source.kind,
            ref=source.ref,
            title=source.title[:1000] if source.title else None,
            published=source.published,
            added_at=now,
            why=source.why,
            text=text[:ARTICLE_TEXT_CHARS] if text else None,
            url=source.url,
        )
    )


def _record(
    session: Session, source: SourceRef, outcome: str, deal_id: int | None, reason: str | None, now: datetime
) -> None:
    session.add(
        ProcessedItemRow(
            kind=source.kind,
            ref=source.ref,
            digest=source.digest,
            outcome=outcome,
            deal_id=deal_id,
            reason=reason[:1000] if reason else None,
            processed_at=now,
        )
    )
    session.flush()


class ImportItem(BaseModel):
    """One deal for `bulk_import`: the deal, its first report, and when it was first seen."""

    model_config = ConfigDict(frozen=True)

    deal: Deal
    source: SourceRef
    first_seen: datetime
    headline: str | None = None


def bulk_import(session: Session, book: CompanyBook, items: Sequence[ImportItem]) -> list[int]:
    """Insert deals as they are, without matching (a restore, or a synthetic load); returns their ids."""
    if not items:
        return []
    resolved: dict[str, int] = {}

    def company(name: str, when: datetime) -> int:
        if name not in resolved:
            resolved[name] = book.resolve_or_create(session, name, when).id
        return resolved[name]

    parties = [[company(p.name, item.first_seen) for p in item.deal.parties] for item in items]
    deal_rows = []
    for item in items:
        value = headline_usd(item.deal)
        deal_rows.append(
            {
                "first_seen": item.first_seen,
                "updated": item.first_seen,
                "reported_on": item.source.published or item.first_seen.date(),
                "value_usd": float(value) if value is not None else None,
                "headline": (item.headline or item.source.title or "")[:1000] or None,
                "deal_json": item.deal.model_dump(mode="json"),
            }
        )
    statement = sa.insert(DealRow).returning(DealRow.id, sort_by_parameter_order=True)
    ids = list(session.scalars(statement, deal_rows))
    company_rows, modality_rows, source_rows, processed_rows = [], [], [], []
    for deal_id, item, companies in zip(ids, items, parties, strict=True):
        seen: set[int] = set()
        for party, company_id in zip(item.deal.parties, companies, strict=True):
            if company_id not in seen:
                seen.add(company_id)
                company_rows.append(
                    {
                        "deal_id": deal_id,
                        "company_id": company_id,
                        "role": party.role,
                        "first_seen": item.first_seen,
                    }
                )
        for modality in dict.fromkeys(item.deal.modalities):
            modality_rows.append({"deal_id": deal_id, "modality": modality, "first_seen": item.first_seen})
        src = item.source
        source_rows.append(
            {
                "deal_id": deal_id,
                "kind": src.kind,
                "ref": src.ref,
                "title": src.title,
                "published": src.published,
                "added_at": item.first_seen,
                "url": src.url,
            }
        )
        processed_rows.append(
            {
                "kind": src.kind,
                "ref": src.ref,
                "digest": src.digest,
                "outcome": "new",
                "deal_id": deal_id,
                "reason": None,
                "processed_at": item.first_seen,
            }
        )
    for table, rows in (
        (DealCompanyRow, company_rows),
        (DealModalityRow, modality_rows),
        (DealSourceRow, source_rows),
        (ProcessedItemRow, processed_rows),
    ):
        if rows:
            session.execute(sa.insert(table), rows)
    return ids
