"""Same-deal matching: does a new report describe a deal already stored?

A second article about a deal is attached to the stored deal instead of becoming a new one. Two reports
`a` (stored) and `b` (new) are the same deal when all of these hold:

1. **Parties.** Parties are compared as company entities (resolved through the company registry, so
   "BMS" and "Bristol-Myers Squibb" are one party). They share at least two entities; or they share one
   and either report names only one party, in which case rule 3 must be met through a shared asset.
   A report that names no party is never merged.
2. **Time.** Their report dates (the article's date when known, else the day it was stored) are at most
   `WINDOW` (six weeks) apart; for the stored deal the earliest of its reports counts.
3. **Subject.** When both name assets (drug names, case-insensitive), they share one. Otherwise, when
   both name modalities other than "other", they share one. When either names neither, this rule is
   neutral (articles often leave the asset out).
4. **Kind.** Acquisitions, mergers and asset purchases are one family, partnering deals (licences,
   collaborations, options, ...) the other; when both reports give types, they share a family. A licence
   followed weeks later by an acquisition of the licensor is a second deal.
5. **Money.** Each money field (upfront, milestones, total value, equity) that both give agrees: the USD
   figures (or the amounts, when in the same currency and without USD) are within `TOLERANCE` (10%) of
   each other. A field only one report gives is a gap, not a conflict; "undisclosed" never conflicts.

Among several stored deals that match, the best is kept: most shared parties, then shared assets, then
agreeing money fields, then the most recent.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from extraction.models import MONEY_FIELDS, Deal, Money

WINDOW = timedelta(weeks=6)
TOLERANCE = Decimal("0.10")

_MNA_TYPES = frozenset({"acquisition", "merger", "asset-purchase"})


class DealFacts(BaseModel):
    """A deal as the matcher sees it: the deal, its parties as company ids, and its report date."""

    model_config = ConfigDict(frozen=True)

    deal: Deal
    companies: frozenset[int]
    reported_on: date


class MatchScore(BaseModel):
    model_config = ConfigDict(frozen=True)

    shared_parties: int
    shared_assets: int
    agreeing_money: int
    reported_on: date

    def key(self) -> tuple[int, int, int, date]:
        return (self.shared_parties, self.shared_assets, self.agreeing_money, self.reported_on)


def match(stored: DealFacts, new: DealFacts) -> MatchScore | None:
    """The score of `new` against `stored` when they are the same deal (rules above), else None."""
    shared_parties = len(stored.companies & new.companies)
    single_party = min(len(stored.companies), len(new.companies)) == 1
    if shared_parties < 2 and not (shared_parties == 1 and single_party):
        return None
    if abs(stored.reported_on - new.reported_on) > WINDOW:
        return None
    shared_assets = _shared_assets(stored.deal, new.deal)
    if shared_assets is None:
        return None
    if shared_parties < 2 and shared_assets == 0:
        return None
    if not _same_family(stored.deal, new.deal):
        return None
    agreeing = _agreeing_money(stored.deal, new.deal)
    if agreeing is None:
        return None
    return MatchScore(
        shared_parties=shared_parties,
        shared_assets=shared_assets,
        agreeing_money=agreeing,
        reported_on=stored.reported_on,
    )


def best_match(candidates: list[tuple[int, DealFacts]], new: DealFacts) -> int | None:
    """The id of the stored deal `new` belongs to, among `(deal_id, facts)` candidates, or None."""
    scored = [(score.key(), deal_id) for deal_id, facts in candidates if (score := match(facts, new))]
    if not scored:
        return None
    return max(scored)[1]


def _shared_assets(a: Deal, b: Deal) -> int | None:
    """Shared assets (0 when the rule is neutral), or None when the subjects differ."""
    assets_a = {x.casefold() for x in a.assets}
    assets_b = {x.casefold() for x in b.assets}
    if assets_a and assets_b:
        shared = len(assets_a & assets_b)
        return shared if shared else None
    modalities_a = set(a.modalities) - {"other"}
    modalities_b = set(b.modalities) - {"other"}
    if modalities_a and modalities_b and not modalities_a & modalities_b:
        return None
    return 0


def _same_family(a: Deal, b: Deal) -> bool:
    if not a.deal_types or not b.deal_types:
        return True
    families_a = {t in _MNA_TYPES for t in a.deal_types}
    families_b = {t in _MNA_TYPES for t in b.deal_types}
    return bool(families_a & families_b)


def _agreeing_money(a: Deal, b: Deal) -> int | None:
    """How many money fields both give and agree on, or None when one disagrees."""
    agreeing = 0
    for field in MONEY_FIELDS:
        money_a, money_b = a.money(field), b.money(field)
        if money_a is None or money_b is None:
            continue
        verdict = _amounts_agree(money_a, money_b)
        if verdict is False:
            return None
        if verdict:
            agreeing += 1
    return agreeing


def _amounts_agree(a: Money, b: Money) -> bool | None:
    """True/False when comparable, None when the two cannot be compared (different unknown currencies)."""
    if a.usd is not None and b.usd is not None:
        return _close(a.usd, b.usd)
    if a.currency == b.currency:
        return _close(a.amount, b.amount)
    return None


def _close(x: Decimal, y: Decimal) -> bool:
    larger = max(abs(x), abs(y))
    return larger == 0 or abs(x - y) <= TOLERANCE * larger
