"""Deal identity: does a new report describe a deal already stored?

A second article about a deal is attached to the stored deal instead of becoming a new one. Two reports
`a` (stored) and `b` (new) are the same deal when all of these hold:

1. **Parties.** Parties are compared as company entities (resolved through the company registry, so
   "BMS" and "Bristol-Myers Squibb" are one party, and a subsidiary is its parent); a party whose article
   left open which company it is ("Merck" alone) is shared with a party that is one of the companies it
   may be ("Merck & Co."). They share at least
   two entities; or they share one and either report names only one party, in which case rule 3 must be
   met through a shared asset. When the registry folds the parties of both reports into the same
   entities (an acquirer and the company it bought since), the named parties count. A report that names
   no party is never merged.
2. **Time.** Their dates (the article's own date when known, else the day it was stored) are at most
   `WINDOW` (six weeks) apart; for the stored deal the earliest of its reports counts.
3. **Subject.** When both name assets (drug names, case-insensitive), they share one. Otherwise, when
   both name modalities other than "other", they share one. When either names neither, this rule is
   neutral (articles often leave the asset out).
4. **Kind.** Deal types fall in three families: M&A (acquisitions, mergers, asset purchases), supply
   (manufacturing and supply pacts) and partnering (licences, collaborations, options, ...). When both
   reports give types, they share a family: a licence followed by a supply pact or by an acquisition of
   the licensor is a second deal.
5. **Money.** Each money field (upfront, milestones, total value, equity) that both give agrees: the USD
   figures (or the amounts, when in the same currency and without USD) are within `TOLERANCE` (10%) of
   each other, so a converted figure agrees with its original and "up to $1.3bn" with "$1.27bn". A
   field only one report gives is a gap, not a conflict; "undisclosed" never conflicts.

A report that meets rules 1-4 with two shared parties but **disagrees** on a figure is the same deal
when the rest of the evidence is strong (`_corroborated`: a shared asset, another figure that agrees, or
both published within `NEAR` (three days) of each other): it is kept as a source of the deal, and the
figures in dispute are not mixed in: the deal shows "see the article" for them from then on
(`MatchVerdict.disputed`). Without that evidence the two are kept apart.

Among several stored deals that match, the best is kept: most shared parties, then shared assets, then
agreeing money fields, then the fewest disputed figures, then the most recent. Every decision comes with
the reason it was taken (`MatchDecision.why`), which the store keeps with the report's source.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from bot.summary import format_money
from extraction.models import MONEY_FIELDS, Deal, DealType, Money, MoneyField

WINDOW = timedelta(weeks=6)
"""Reports of one deal further apart than this are two deals (a second licence months later)."""
NEAR = timedelta(days=3)
"""Reports this close name the same news: two outlets' stories of one announcement."""
TOLERANCE = Decimal("0.10")
"""Figures within this share of each other agree (rounding, "up to", a conversion at another day's rate)."""

_FAMILIES: dict[str, frozenset[DealType]] = {
    "M&A": frozenset({"acquisition", "merger", "asset-purchase"}),
    "supply": frozenset({"manufacturing", "supply"}),
}
"""Deal-type families; every other type is "partnering"."""


def family(deal_type: DealType) -> str:
    """The family of a deal type (rule 4): "M&A", "supply" or "partnering"."""
    return next((name for name, types in _FAMILIES.items() if deal_type in types), "partnering")


class DealFacts(BaseModel):
    """A deal as the matcher sees it: the deal, its parties as company ids, and its report date."""

    model_config = ConfigDict(frozen=True)

    deal: Deal
    companies: frozenset[int]
    reported_on: date
    may_be: dict[int, frozenset[int]] = Field(
        default_factory=dict, description="a party left open ('Merck') -> the companies it may be"
    )


class MatchScore(BaseModel):
    model_config = ConfigDict(frozen=True)

    shared_parties: int
    shared_assets: int
    agreeing_money: int
    disputed: int = 0
    reported_on: date

    def key(self) -> tuple[int, int, int, int, date]:
        return (self.shared_parties, self.shared_assets, self.agreeing_money, -self.disputed, self.reported_on)


class MatchVerdict(BaseModel):
    """One stored deal judged against a new report: the same deal (`score`) or not, and why."""

    model_config = ConfigDict(frozen=True)

    score: MatchScore | None
    why: str
    disputed: tuple[MoneyField, ...] = ()


class MatchDecision(BaseModel):
    """Where a new report goes: into `deal_id`, or a new deal (None); with the reason."""

    model_config = ConfigDict(frozen=True)

    deal_id: int | None
    why: str
    disputed: tuple[MoneyField, ...] = ()


def judge(stored: DealFacts, new: DealFacts) -> MatchVerdict:
    """`new` against `stored` by the rules above: a score when they are the same deal, and the reason."""
    shared_parties = _shared_parties(stored, new)
    single_party = min(len(stored.companies), len(new.companies)) == 1
    named = min(len(stored.deal.parties), len(new.deal.parties))
    if stored.companies == new.companies and named > 1:  # an acquirer and the company it has since bought
        shared_parties, single_party = max(shared_parties, named), False
    if shared_parties < 2 and not (shared_parties == 1 and single_party):
        return MatchVerdict(score=None, why=f"shares {shared_parties} of its parties")
    apart = abs(stored.reported_on - new.reported_on)
    if apart > WINDOW:
        return MatchVerdict(score=None, why=f"reported {apart.days} days apart")
    shared_assets = _shared_assets(stored.deal, new.deal)
    if shared_assets is None:
        return MatchVerdict(score=None, why="names other assets or modalities")
    if shared_parties < 2 and shared_assets == 0:
        return MatchVerdict(score=None, why="shares one party and no asset")
    if not _same_family(stored.deal, new.deal):
        return MatchVerdict(score=None, why=f"is another kind of deal ({_families(stored.deal)})")
    agreeing, disputed = _compare_money(stored.deal, new.deal)
    if disputed and not (shared_parties >= 2 and _corroborated(shared_assets, agreeing, apart)):
        return MatchVerdict(score=None, why=f"gives another {_fields(disputed)}")
    score = MatchScore(
        shared_parties=shared_parties,
        shared_assets=shared_assets,
        agreeing_money=agreeing,
        disputed=len(disputed),
        reported_on=stored.reported_on,
    )
    return MatchVerdict(score=score, why=_same_because(score, disputed, stored.deal, new.deal), disputed=disputed)


def match(stored: DealFacts, new: DealFacts) -> MatchScore | None:
    """The score of `new` against `stored` when they are the same deal (rules above), else None."""
    return judge(stored, new).score


def decide(candidates: Sequence[tuple[int, DealFacts]], new: DealFacts) -> MatchDecision:
    """Which of the `(deal_id, facts)` candidates `new` belongs to, or a new deal; with the reason."""
    verdicts = [(deal_id, judge(facts, new)) for deal_id, facts in candidates]
    same = [(v.score.key(), deal_id, v) for deal_id, v in verdicts if v.score is not None]
    if same:
        _, deal_id, verdict = max(same, key=lambda item: (item[0], item[1]))
        return MatchDecision(deal_id=deal_id, why=f"same deal as #{deal_id}: {verdict.why}", disputed=verdict.disputed)
    if not new.companies:
        return MatchDecision(deal_id=None, why="new deal: the report names no party")
    if not verdicts:
        return MatchDecision(deal_id=None, why="new deal: no stored deal of these parties within six weeks")
    nearest_id, nearest = max(verdicts, key=lambda item: _shared(item[0], candidates, new))
    return MatchDecision(deal_id=None, why=f"new deal: #{nearest_id} {nearest.why}")


def disagreeing(a: Deal, b: Deal) -> tuple[MoneyField, ...]:
    """The money fields that both deals give and on which they disagree (rule 5)."""
    return _compare_money(a, b)[1]


def best_match(candidates: Sequence[tuple[int, DealFacts]], new: DealFacts) -> int | None:
    """The id of the stored deal `new` belongs to, among `(deal_id, facts)` candidates, or None."""
    return decide(candidates, new).deal_id


def _shared_parties(a: DealFacts, b: DealFacts) -> int:
    """Parties both name: the same company, or a party left open and one of the companies it may be."""
    shared = len(a.companies & b.companies)
    for one, other in ((a, b), (b, a)):
        settled = other.companies - one.companies
        shared += sum(1 for c in one.companies - other.companies if one.may_be.get(c, frozenset()) & settled)
    return shared


def _shared(deal_id: int, candidates: Sequence[tuple[int, DealFacts]], new: DealFacts) -> int:
    return next(_shared_parties(facts, new) for i, facts in candidates if i == deal_id)


def _corroborated(shared_assets: int, agreeing: int, apart: timedelta) -> bool:
    return shared_assets > 0 or agreeing > 0 or apart <= NEAR


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
    return bool({family(t) for t in a.deal_types} & {family(t) for t in b.deal_types})


def _families(deal: Deal) -> str:
    return ", ".join(dict.fromkeys(family(t) for t in deal.deal_types))


def _compare_money(a: Deal, b: Deal) -> tuple[int, tuple[MoneyField, ...]]:
    """How many money fields both give and agree on, and the fields on which they disagree."""
    agreeing, disputed = 0, []
    for field in MONEY_FIELDS:
        money_a, money_b = a.money(field), b.money(field)
        if money_a is None or money_b is None:
            continue
        verdict = _amounts_agree(money_a, money_b)
        if verdict is False:
            disputed.append(field)
        elif verdict:
            agreeing += 1
    return agreeing, tuple(disputed)


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


def _fields(fields: Sequence[str]) -> str:
    return ", ".join(f.replace("_", " ") for f in fields)


def _same_because(score: MatchScore, disputed: Sequence[MoneyField], stored: Deal, new: Deal) -> str:
    parts = [f"{score.shared_parties} shared parties"]
    if score.shared_assets:
        parts.append(f"{score.shared_assets} shared asset{'s' if score.shared_assets > 1 else ''}")
    if score.agreeing_money:
        parts.append(f"{score.agreeing_money} agreeing figure{'s' if score.agreeing_money > 1 else ''}")
    for field in disputed:
        parts.append(
            f"{field.replace('_', ' ')} in dispute ({format_money(new.money(field))} here,"
            f" {format_money(stored.money(field))} stored)"
        )
    return ", ".join(parts)
