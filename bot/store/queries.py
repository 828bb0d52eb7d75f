"""Deal listings, newest first, with keyset pagination.

A page is ordered by (first seen, id), both descending; its cursor is the position of its last item, so
the next page starts right after it even while new deals arrive. Deals a person marked not a deal, or
merged into another, are not listed. A company or modality filter is answered
from its link table, whose index is in that order; the other filters narrow the rows it yields.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import InstrumentedAttribute, Session

from bot.store.deals import stored_deals
from bot.store.errors import StoreError
from bot.store.models import DealPage, DealQuery
from bot.store.schema import DealCompanyRow, DealModalityRow, DealRow


def deal_page(session: Session, query: DealQuery, company_ids: list[int] | None) -> DealPage:
    """The page `query` asks for; `company_ids` are its company's rows, already resolved (None: any)."""
    statement = sa.select(DealRow).where(DealRow.retracted_at.is_(None), DealRow.merged_into.is_(None))
    first_seen: InstrumentedAttribute[datetime] = DealRow.first_seen
    deal_id: InstrumentedAttribute[int] = DealRow.id
    if company_ids is not None:
        company = (
            DealCompanyRow.company_id == company_ids[0]
            if len(company_ids) == 1
            else DealCompanyRow.company_id.in_(company_ids)
        )
        statement = statement.join(DealCompanyRow, DealCompanyRow.deal_id == DealRow.id).where(company)
        first_seen, deal_id = DealCompanyRow.first_seen, DealCompanyRow.deal_id
    if query.modality is not None:
        statement = statement.join(DealModalityRow, DealModalityRow.deal_id == DealRow.id).where(
            DealModalityRow.modality == query.modality
        )
        if company_ids is None:
            first_seen, deal_id = DealModalityRow.first_seen, DealModalityRow.deal_id
    if query.since is not None:
        statement = statement.where(first_seen >= query.since)
    if query.until is not None:
        statement = statement.where(first_seen < query.until)
    if query.min_usd is not None:
        statement = statement.where(DealRow.value_usd >= float(query.min_usd))
    if query.cursor is not None:
        after_time, after_id = decode_cursor(query.cursor)
        statement = statement.where(
            sa.or_(first_seen < after_time, sa.and_(first_seen == after_time, deal_id < after_id))
        )
    statement = statement.order_by(first_seen.desc(), deal_id.desc()).limit(query.limit + 1)
    rows = session.scalars(statement).all()
    more = len(rows) > query.limit
    rows = rows[: query.limit]
    items = stored_deals(session, rows)
    next_cursor = encode_cursor(rows[-1].first_seen, rows[-1].id) if more and rows else None
    return DealPage(items=tuple(items), next_cursor=next_cursor)


def encode_cursor(first_seen: datetime, deal_id: int) -> str:
    raw = json.dumps([first_seen.isoformat(), deal_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        when, deal_id = json.loads(raw)
        return datetime.fromisoformat(when), int(deal_id)
    except (ValueError, TypeError) as error:
        raise StoreError(f"not a page cursor: {cursor!r}") from error
