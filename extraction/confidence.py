"""Whether each money figure of a deal is stated, or sent to the article: a figure dealbot states is right.

A figure read from the article is checked against the others before it is stated. When a check fails,
the figures it names are dropped and listed in `Terms.uncertain` with the check's name, and a card says
"see the article" for them: a missing figure is better than a wrong one.

| check | example | fields dropped |
|---|---|---|
| upfront-of-several-amounts | "$35m upfront ... with $901m on the line" added up as one upfront | upfront |
| lone-figure-outside-a-purchase | a story's one unlabelled figure, in a deal that is no purchase | total_value |
| purchase-reading-in-a-licence | a licence's total taken as an acquisition price | upfront |
| count-of-units-unknown | "up to $350m per target", and the story never says how many targets | that field |
| headline-and-body-disagree | headline "$750M deal", body "a package worth up to $975 million" | total_value |
| total-of-several-amounts | "worth $50M ... and up to $1.25B overall" added up as one total | total_value |
| upfront-above-total | upfront $300m, total $90m: the total is of something else | total_value |
| parts-above-total | upfront $50m + milestones $1.3bn, stated total $936m | milestones, total_value |
| milestones-above-total | milestones $1.5bn, stated total $1.2bn | milestones, total_value |

A total that was only the sum of a dropped figure and others is dropped with it. Amounts in different
currencies are not compared; a part may exceed the total by the rounding the
press uses (`_ROUNDING`, "$1.27bn" against "up to $1.3bn").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from extraction.amounts import Terms
from extraction.models import Money, MoneyField

_ROUNDING = Decimal("1.03")


def _above(parts: tuple[Money | None, ...], total: Money | None) -> bool:
    """Whether the parts, all given and in the total's currency, add up to more than the total can round to."""
    if total is None or any(p is None or p.currency != total.currency for p in parts):
        return False
    return sum((p.amount for p in parts if p is not None), Decimal(0)) > total.amount * _ROUNDING


def _upfront_above_total(t: Terms) -> bool:
    return _above((t.upfront,), t.total_value)


def _parts_above_total(t: Terms) -> bool:
    return _above((t.upfront, t.milestones), t.total_value)


def _milestones_above_total(t: Terms) -> bool:
    return _above((t.milestones,), t.total_value)


@dataclass(frozen=True)
class Check:
    name: str
    example: str
    fails: Callable[[Terms], bool]
    drops: tuple[MoneyField, ...]


@dataclass(frozen=True)
class DealCheck:
    """A check that also reads the deal's types."""

    name: str
    example: str
    fails: Callable[[Terms, frozenset[str]], bool]
    drops: tuple[MoneyField, ...]




def _upfront_of_several_amounts(t: Terms) -> bool:
    return t.parts.get("upfront", 0) > 1


def _total_of_several_amounts(t: Terms) -> bool:
    return t.parts.get("total_value", 0) > 1


def _headline_and_body_disagree(t: Terms) -> bool:
    """The headline's total is not the body's, nor a part of it that a headline rounds to."""
    h, total = t.headline_total, t.total_value
    if h is None or total is None or h.currency != total.currency:
        return False
    return not (h.amount / _ROUNDING <= total.amount <= h.amount * _ROUNDING)


_ACQUISITIONS = frozenset({"acquisition", "merger", "asset-purchase"})


def _lone_figure_outside_a_purchase(t: Terms, deal_types: frozenset[str]) -> bool:
    return t.rules.get("total_value") == "lone-figure" and not deal_types & _ACQUISITIONS


def _purchase_reading_in_a_licence(t: Terms, deal_types: frozenset[str]) -> bool:
    return t.rules.get("upfront") == "acquisition-price-is-upfront" and "license" in deal_types


def _count_of_units_unknown(t: Terms) -> bool:
    return bool(t.unsure_counts & {"milestones", "upfront"})


DEAL_CHECKS: tuple[DealCheck, ...] = (
    DealCheck("lone-figure-outside-a-purchase", "'invested $2 billion in X through an equity-and-debt deal' read as "
              "the total of a licence", _lone_figure_outside_a_purchase, ("total_value",)),
    DealCheck("purchase-reading-in-a-licence", "a licence with an option to buy shares, whose total became the "
              "upfront of an acquisition", _purchase_reading_in_a_licence, ("upfront",)),
)


CHECKS: tuple[Check, ...] = (
    Check("count-of-units-unknown", "'up to $350m per target' in a story that never says how many targets",
          _count_of_units_unknown, ("milestones", "upfront")),
    Check("headline-and-body-disagree", "headline '$750M deal', body 'a total package worth up to $975 million'",
          _headline_and_body_disagree, ("total_value",)),
    Check("upfront-of-several-amounts", "'$35 million upfront ... with $901 million on the line' read as one upfront",
          _upfront_of_several_amounts, ("upfront",)),
    Check("total-of-several-amounts", "'worth $50M ... and up to $1.25B overall' added up as one total",
          _total_of_several_amounts, ("total_value",)),
    Check("upfront-above-total", "upfront $936m, total $47m", _upfront_above_total, ("total_value",)),
    Check("parts-above-total", "upfront $50m + milestones $1.3bn, total $936m", _parts_above_total,
          ("milestones", "total_value")),
    Check("milestones-above-total", "milestones $1.5bn, total $1.2bn", _milestones_above_total,
          ("milestones", "total_value")),
)


def judge_confidence(terms: Terms, deal_types: Iterable[str] = ()) -> None:
    """Drop the figures a failed check names, listing each in `terms.uncertain` with the check's name; a total
    that was only their sum goes with them."""
    types = frozenset(deal_types)
    for deal_check in DEAL_CHECKS:
        if deal_check.fails(terms, types):
            for name in deal_check.drops:
                _drop(terms, name, deal_check.name)
    for check in CHECKS:
        if not check.fails(terms):
            continue
        drops = check.drops
        if check.name == "count-of-units-unknown":
            drops = tuple(f for f in drops if f in terms.unsure_counts)
        for name in drops:
            _drop(terms, name, check.name)
        if terms.rules.get("total_value") == "implied-total" and set(drops) & set(terms.uncertain):
            _drop(terms, "total_value", check.name)


def _drop(terms: Terms, name: MoneyField, why: str) -> None:
    if getattr(terms, name) is None:
        return
    setattr(terms, name, None)
    terms.uncertain.setdefault(name, why)
