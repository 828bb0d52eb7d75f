"""The headline USD value of a deal: the one figure that `min_usd` filters and subscriptions compare.

Rules: the total value in USD when the article gives one; else the sum of the upfront and milestone
payments known in USD; else the equity investment in USD; else unknown (None). A deal of unknown value
never passes a minimum-value filter.
"""

from __future__ import annotations

from decimal import Decimal

from extraction.models import Deal


def headline_usd(deal: Deal) -> Decimal | None:
    if deal.total_value is not None and deal.total_value.usd is not None:
        return deal.total_value.usd
    parts = [m.usd for m in (deal.upfront, deal.milestones) if m is not None and m.usd is not None]
    if parts:
        return sum(parts, Decimal(0))
    if deal.equity is not None and deal.equity.usd is not None:
        return deal.equity.usd
    return None
