"""Storing reports of deals: a new deal, or another source (and filled gaps) for a stored one.

`ingest` is idempotent per item: an item (by kind and ref, or by content digest) is processed once; its
outcome is kept in `processed_items`. Whether a deal report matches a stored deal is decided by
`bot.store.matching` (rules in its docstring); the gaps are filled by `bot.store.merging`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from bot.store.companies import CompanyBook
from bot.store.matching import WINDOW, DealFacts, decide
from bot.store.merging import merge
from bot.store.models import IngestResult, SourceRef, StoredDeal
from bot.store.schema import DealCompanyRow, DealModalityRow, DealRow, DealSourceRow, ProcessedItemRow
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
    session: Session, book: CompanyBook, extraction: Extraction, source: SourceRef, now: datetime
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
    new = DealFacts(deal=deal, companies=frozenset(party_companies), reported_on=reported_on)
    decision = decide(_candidates(session, new), new)
    source = source.model_copy(update={"why": decision.why[:1000]})
    if decision.deal_id is None:
        row = _insert_deal(session, deal, party_companies, source, extraction.headline, now)
        _add_source(session, row.id, source, now)
        _record(session, source, "new", row.id, None, now)
        return IngestResult(kind="new", deal_id=row.id)
    target = decision.deal_id
    filled = _merge_into(session, book, target, deal, source, now, decision.disputed)
    _add_source(session, target, source, now)
    _record(session, source, "merged", target, None, now)
    return IngestResult(kind="merged", deal_id=target, filled=filled, disputed=decision.disputed)


def stored_deals(session: Session, rows: Sequence[DealRow]) -> list[StoredDeal]:
    """StoredDeal models for rows, with their sources, in the rows' order."""
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
    return [_stored(row, tuple(sources[row.id])) for row in rows]


def _stored(row: DealRow, sources: tuple[SourceRef, ...]) -> StoredDeal:
    deal = Deal.model_validate(row.deal_json)
    return StoredDeal(
        id=row.id,
        deal=deal,
        headline=row.headline,
        first_seen=row.first_seen,
        updated=row.updated,
        reported_on=row.reported_on,
        value_usd=headline_usd(deal),
        sources=sources,
    )


def deal_companies(session: Session, deal_id: int) -> list[int]:
    return list(
        session.scalars(sa.select(DealCompanyRow.company_id).where(DealCompanyRow.deal_id == deal_id))
    )


def _candidates(session: Session, new: DealFacts) -> list[tuple[int, DealFacts]]:
    if not new.companies:
        return []
    ids = sa.select(DealCompanyRow.deal_id).where(DealCompanyRow.company_id.in_(new.companies)).distinct()
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
                deal=Deal.model_validate(row.deal_json),
                companies=frozenset(links[row.id]),
                reported_on=row.reported_on,
            ),
        )
        for row in rows
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
    existing_companies: set[int] | None = None,
    existing_modalities: set[str] | None = None,
) -> None:
    seen = set(existing_companies or ())
    for party, company_id in zip(parties, party_companies, strict=True):
        if company_id not in seen:
            seen.add(company_id)
            session.add(
                DealCompanyRow(
                    deal_id=row.id, company_id=company_id, role=party.role, first_seen=row.first_seen
                )
            )
    for modality in dict.fromkeys(modalities):
        if modality not in (existing_modalities or set()):
            session.add(DealModalityRow(deal_id=row.id, modality=modality, first_seen=row.first_seen))


def _merge_into(
    session: Session,
    book: CompanyBook,
    deal_id: int,
    new: Deal,
    source: SourceRef,
    now: datetime,
    disputed: Sequence[MoneyField] = (),
) -> tuple[str, ...]:
    """Fill the stored deal's gaps from `new`; figures the two reports disagree on (`disputed`, now or
    before) are taken from neither and shown as "see the article"."""
    row = session.get_one(DealRow, deal_id)
    stored = Deal.model_validate(row.deal_json)
    in_dispute = tuple(dict.fromkeys((*_disputed(row), *disputed)))
    if disputed:
        row.disputed = ",".join(in_dispute)
        stored = _without(stored, disputed)
    new = _without(new, in_dispute)

    def company_of(party: Party) -> int:
        return book.resolve_or_create(session, party.name, now).id

    merged, filled = merge(stored, new, company_of)
    if filled or disputed:
        value = headline_usd(merged)
        row.deal_json = merged.model_dump(mode="json")
        row.value_usd = float(value) if value is not None else None
        existing_companies = set(deal_companies(session, deal_id))
        existing_modalities = set(
            session.scalars(sa.select(DealModalityRow.modality).where(DealModalityRow.deal_id == deal_id))
        )
        _link(
            session,
            row,
            merged.parties,
            [company_of(p) for p in merged.parties],
            merged.modalities,
            existing_companies,
            existing_modalities,
        )
    if source.published is not None and source.published < row.reported_on:
        row.reported_on = source.published
    if row.headline is None and source.title:
        row.headline = source.title[:1000]
    row.updated = now
    return filled


def _disputed(row: DealRow) -> tuple[MoneyField, ...]:
    return tuple(f for f in MONEY_FIELDS if f in (row.disputed or "").split(","))


def _without(deal: Deal, fields: Sequence[MoneyField]) -> Deal:
    """`deal` with the figures of `fields` taken out and marked "see the article"."""
    if not fields:
        return deal
    uncertain = tuple(dict.fromkeys((*deal.uncertain, *fields)))
    return deal.model_copy(update={**{f: None for f in fields}, "uncertain": uncertain})


def _add_source(session: Session, deal_id: int, source: SourceRef, now: datetime) -> None:
    session.add(
        DealSourceRow(
            deal_id=deal_id,
            kind=source.kind,
            ref=source.ref,
            title=source.title[:1000] if source.title else None,
            published=source.published,
            added_at=now,
            why=source.why,
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
