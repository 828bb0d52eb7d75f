"""Whether each money figure of a deal is stated, or sent to the article: a figure dealbot states is right.

A figure read from the article is checked against the others before it is stated. When a check fails,
the figures it names are dropped and listed in `Terms.uncertain` with the check's name, and a card says
"see the article" for them: a missing figure is better than a wrong one.

| check | example | fields dropped |
|---|---|---|
| upfront-of-several-amounts | "$35m upfront ... with $901m on the line" added up as one upfront | upfront |
| upfront-is-one-instalment | "a licence fee in two instalments, $5m on signing and $3m on transfer" | upfront |
| lone-figure-outside-a-purchase | a story's one unlabelled figure (no price, no funding commitment) | total_value |
| plain-sum-outside-a-purchase | "Norvane will receive $67 million" (no word of what it is) in a licence | upfront |
| purchase-reading-in-a-licence | a licence's total taken as an acquisition price | upfront |
| count-of-units-unknown | "up to $350m per target", and the story never says how many targets | that field |
| headline-and-body-disagree | headline "$750M", body "worth up to $975 million" (not "$2B" for $1.8bn) | total_value |
| upfront-of-cash-and-shares | "$35m in cash and $15m in shares upfront" read as a $15m upfront | upfront |
| total-of-several-amounts | "worth $50M ... and up to $1.25B overall" added up as one total | total_value |
| rest-of-a-bound-received | "could receive up to $2.1bn" less the upfront, read as the milestones | milestones |
| upfront-above-total | upfront $300m, total $90m: the total is of something else | total_value |
| parts-above-total | upfront $50m + milestones $1.3bn, total $936m (not milestones = total) | milestones, total_value |
| milestones-above-total | milestones $1.5bn, stated total $1.2bn | milestones, total_value |
| sum-beside-unread-amounts | "$4bn upfront plus $1.5bn in continuation payments ... a total of $22bn" | the sum |
| sum-beside-unread-amounts | a sum per programme no rule read ("a $175m payment per program") beside it | the sum |

A total that was only the sum of a dropped figure and others is dropped with it. Amounts in different
currencies are not compared; a part may exceed the total by the rounding the
press uses (`_ROUNDING`, "$1.27bn" against "up to $1.3bn").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from extraction.amounts import Terms
from extraction.models import Money, MoneyField
from extraction.text import folded_pattern
from extraction.vocabulary import PER_UNIT_CUES, PROGRAM_NOUNS

_ROUNDING = Decimal("1.03")


def _above(parts: tuple[Money | None, ...], total: Money | None) -> bool:
    """Whether the parts, all given and in the total's currency, add up to more than the total can round to."""
    if total is None or any(p is None or p.currency != total.currency for p in parts):
        return False
    return sum((p.amount for p in parts if p is not None), Decimal(0)) > total.amount * _ROUNDING


_ACQUISITIONS = frozenset({"acquisition", "merger", "asset-purchase"})
_TOTAL: tuple[MoneyField, ...] = ("total_value",)
_UPFRONT: tuple[MoneyField, ...] = ("upfront",)
_MILESTONES_AND_TOTAL: tuple[MoneyField, ...] = ("milestones", "total_value")
_NONE: tuple[MoneyField, ...] = ()


def _lone_figure_outside_a_purchase(t: Terms, types: frozenset[str]) -> tuple[MoneyField, ...]:
    return _TOTAL if t.rules.get("total_value") == "lone-figure" and not types & _ACQUISITIONS else _NONE


def _plain_sum_outside_a_purchase(t: Terms, types: frozenset[str]) -> tuple[MoneyField, ...]:
    """"Norvane will receive $67 million" with no word of what it is: a sale's price, but in a licence it may as well
    be the whole deal as its upfront."""
    sold = types & (_ACQUISITIONS | {"royalty-purchase"})
    return _UPFRONT if t.rules.get("upfront") == "plain-sum-received" and not sold else _NONE


def _purchase_reading_in_a_licence(t: Terms, types: frozenset[str]) -> tuple[MoneyField, ...]:
    return _UPFRONT if t.rules.get("upfront") == "acquisition-price-is-upfront" and "license" in types else _NONE


def _count_of_units_unknown(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    fields: tuple[MoneyField, ...] = ("upfront", "milestones")
    return tuple(f for f in fields if f in t.unsure_counts)


# the number as a headline writes it: "2" of "Nearly $2 Billion", "1.25" of "$1.25bn"
_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _half_last_digit(money: Money) -> Decimal:
    """Half the value of the last digit the figure is written to: "$2 Billion" is any total from $1.5bn to $2.5bn
    rounded, "$1.25bn" one from $1.245bn to $1.255bn."""
    m = _WRITTEN_NUMBER.search(money.amount_text)
    if m is None:
        return Decimal(0)
    number = Decimal(m.group(0).replace(",", ""))
    if not number:
        return Decimal(0)
    return money.amount / number * Decimal(10) ** -len(m.group(1) or "") / 2


def _headline_and_body_disagree(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    """The headline's total is not the body's, nor the body's rounded to the headline's digits ("Nearly $2 Billion
    Deal" for a total of $1.8bn, "$12B" for $12.4bn), nor within the rounding the press uses."""
    h, total = t.headline_total, t.total_value
    if h is None or total is None or h.currency != total.currency:
        return _NONE
    if h.amount / _ROUNDING <= total.amount <= h.amount * _ROUNDING:
        return _NONE
    return _NONE if abs(total.amount - h.amount) <= _half_last_digit(h) else _TOTAL


def _upfront_of_several_amounts(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    return _UPFRONT if t.parts.get("upfront", 0) > 1 else _NONE


# "a licence fee in two instalments, $5m on signing and $3m ...": the instalments are told after the word, so a
# figure after it is one of them (not "a fee of $20m, payable in two instalments of $10m": the whole comes first)
_INSTALMENTS = re.compile(r"\binstal{1,2}ments?\b", re.IGNORECASE)


def _upfront_is_one_instalment(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    if t.upfront is None or not t.upfront.amount_text:
        return _NONE
    sentence = t.evidence.get("upfront", "")
    said = _INSTALMENTS.search(sentence)
    return _UPFRONT if said and sentence.find(t.upfront.amount_text, said.end()) >= 0 else _NONE


# "$35 million in cash and $15 million in Kestrel shares upfront": the upfront's cue read for its second part only
_CASH_PART_BEFORE = re.compile(r"\bin cash,? (?:and|plus) $", re.IGNORECASE)


def _upfront_of_cash_and_shares(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    if t.upfront is None or not t.upfront.amount_text:
        return _NONE
    sentence = t.evidence.get("upfront", "")
    at = sentence.find(t.upfront.amount_text)
    return _UPFRONT if at > 0 and _CASH_PART_BEFORE.search(sentence[:at]) else _NONE


def _sum_beside_unread_amounts(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    """A figure the deal does not state but dealbot works out (a total as the sum of the parts, milestones as the rest
    of the total) is right only when the parts are all there: not when a sentence that gives one of them holds an
    amount no rule read ("$4bn upfront plus $1.5bn in continuation payments ... a total of $22bn": the rest is not all
    milestones), unless the sentence says the amount is a part of another ("That includes a cash payment of $30m and
    an equity investment of $13.5m")."""
    implied = [f for f in _IMPLIED if t.rules.get(f) == _IMPLIED[f]]
    if not implied:
        return _NONE
    said = {t.evidence.get(k, "") for k in ("upfront", "milestones", "equity", "total_value")} - {""}
    unread = any(
        f.role is None and not f.mention.is_conversion and f.mention.per_unit is None and f.sentence.text in said
        and not _PARTS_SAID.search(f.sentence.text)
        for f in t.found
    )
    # ... nor when the deal's sentences give a sum per programme no rule read ("Norvane is in line for a further $175
    # million payment per program" for three more): the sum leaves those programmes out
    per_programme = any(
        f.role is None and not f.mention.is_conversion
        and (f.mention.per_unit is not None or f.multiplier > 1 or _PER_PROGRAMME.search(f.sentence.folded))
        for f in t.found
    )
    return tuple(implied) if unread or per_programme else _NONE


# a sum for each of several programmes: "a $175 million payment per program"
_PER_PROGRAMME = folded_pattern(rf"\b{PER_UNIT_CUES}(?:additional\s+|further\s+)?(?:{PROGRAM_NOUNS})\b")
_PARTS_SAID = re.compile(r"\b(?:includ\w*|consist\w* of|compris\w*|of which|made up of|split into)\b", re.IGNORECASE)
_IMPLIED: dict[MoneyField, str] = {"total_value": "implied-total", "milestones": "milestones-as-the-rest"}


def _rest_of_a_bound_received(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    """A bound on all a party may receive ("could receive up to $2.1bn, provided its programs hit milestones") may or
    may not count the upfront: the milestones worked out as its rest are not stated (unless it says what it includes:
    "could receive up to $500m, including a $10m upfront payment")."""
    if (
        t.rules.get("milestones") == "milestones-as-the-rest" and t.rules.get("total_value") == "bound-received"
        and not _PARTS_SAID.search(t.evidence.get("total_value", ""))
    ):
        return ("milestones",)
    return _NONE


def _total_of_several_amounts(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    return _TOTAL if t.parts.get("total_value", 0) > 1 else _NONE


def _upfront_above_total(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    return _TOTAL if _above((t.upfront,), t.total_value) else _NONE


def _parts_above_total(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    """(Not when the milestones alone are the stated total: "a $4.3bn mRNA deal", "$200m upfront", "more than $1.3bn
    in development milestones and more than $3bn in commercial milestones" counts the biobucks as the deal's worth.)"""
    if t.milestones is not None and not _above((t.milestones,), t.total_value) and not _above(
        (t.total_value,), t.milestones
    ):
        return _NONE
    return _MILESTONES_AND_TOTAL if _above((t.upfront, t.milestones), t.total_value) else _NONE


def _milestones_above_total(t: Terms, _types: frozenset[str]) -> tuple[MoneyField, ...]:
    return _MILESTONES_AND_TOTAL if _above((t.milestones,), t.total_value) else _NONE


@dataclass(frozen=True)
class Check:
    """A named check: the money fields it drops for a deal's terms and types (none: it passes)."""

    name: str
    example: str
    drops: Callable[[Terms, frozenset[str]], tuple[MoneyField, ...]]


CHECKS: tuple[Check, ...] = (
    Check("lone-figure-outside-a-purchase", "'invested $2 billion in X through an equity-and-debt deal' read as "
          "the total of a licence", _lone_figure_outside_a_purchase),
    Check("plain-sum-outside-a-purchase", "'Norvane will receive $67 million' read as a licence's upfront",
          _plain_sum_outside_a_purchase),
    Check("purchase-reading-in-a-licence", "a licence with an option to buy shares, whose total became the "
          "upfront of an acquisition", _purchase_reading_in_a_licence),
    Check("count-of-units-unknown", "'up to $350m per target' in a story that never says how many targets",
          _count_of_units_unknown),
    Check("headline-and-body-disagree", "headline '$750M deal', body 'a total package worth up to $975 million'",
          _headline_and_body_disagree),
    Check("upfront-of-several-amounts", "'$35 million upfront ... with $901 million on the line' read as one upfront",
          _upfront_of_several_amounts),
    Check("upfront-is-one-instalment", "'a licence fee in two instalments, $5m on signing and $3m upon technology "
          "transfer' read as a $5m upfront", _upfront_is_one_instalment),
    Check("upfront-of-cash-and-shares", "'$35m in cash and $15m in shares upfront' read as a $15m upfront",
          _upfront_of_cash_and_shares),
    Check("total-of-several-amounts", "'worth $50M ... and up to $1.25B overall' added up as one total",
          _total_of_several_amounts),
    Check("sum-beside-unread-amounts", "'$4bn upfront plus $1.5bn in continuation payments ... a total of $22bn' "
          "read as $18bn of milestones", _sum_beside_unread_amounts),
    Check("rest-of-a-bound-received", "'could receive up to $2.1bn, provided ... milestones' less the upfront read "
          "as the milestones", _rest_of_a_bound_received),
    Check("upfront-above-total", "upfront $936m, total $47m", _upfront_above_total),
    Check("parts-above-total", "upfront $50m + milestones $1.3bn, total $936m", _parts_above_total),
    Check("milestones-above-total", "milestones $1.5bn, total $1.2bn", _milestones_above_total),
)


def judge_confidence(terms: Terms, deal_types: Iterable[str] = ()) -> None:
    """Drop the figures a failed check names, listing each in `terms.uncertain` with the check's name; a total
    that was only their sum goes with them."""
    types = frozenset(deal_types)
    for check in CHECKS:
        drops = check.drops(terms, types)
        for name in drops:
            _drop(terms, name, check.name)
        if drops and terms.rules.get("total_value") == "implied-total":
            _drop(terms, "total_value", check.name)


def _drop(terms: Terms, name: MoneyField, why: str) -> None:
    if getattr(terms, name) is None:
        return
    setattr(terms, name, None)
    terms.uncertain.setdefault(name, why)
