"""Figures that do not add up are sent to the article: each check with its example and a counter-example."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extraction import extract
from extraction.amounts import Terms
from extraction.confidence import CHECKS, judge_confidence
from extraction.models import Money


def _usd(millions: str) -> Money:
    return Money(amount=Decimal(millions) * 10**6, currency="USD")


# (check, upfront, milestones, total, fields left uncertain)
FAILING = [
    ("upfront-above-total", "936", None, "47", {"total_value"}),
    ("parts-above-total", "50", "1300", "936", {"milestones", "total_value"}),
    ("milestones-above-total", None, "1500", "1200", {"milestones", "total_value"}),
]
# (why it passes, upfront, milestones, total)
PASSING = [
    ("parts add up", "35", "901", "936"),
    ("press rounding: $1.27bn against up to $1.3bn", "20", "1270", "1280"),
    ("a total larger than its parts (equity, fees)", "35", "901", "1000"),
    ("the milestones alone are the stated total: the press counts the biobucks as the deal's worth", "200", "4300",
     "4300"),
]


def _terms(upfront: str | None, milestones: str | None, total: str | None) -> Terms:
    return Terms(
        upfront=_usd(upfront) if upfront else None,
        milestones=_usd(milestones) if milestones else None,
        total_value=_usd(total) if total else None,
    )


def test_every_check_has_a_failing_example() -> None:
    assert {c.name for c in CHECKS} == {row[0] for row in FAILING} | {
        "upfront-of-several-amounts", "headline-and-body-disagree", "count-of-units-unknown",
        "total-of-several-amounts", "lone-figure-outside-a-purchase", "purchase-reading-in-a-licence",
        "upfront-is-one-instalment", "upfront-of-cash-and-shares", "sum-beside-unread-amounts",
        "plain-sum-outside-a-purchase", "rest-of-a-bound-received",
    }


@pytest.mark.parametrize(("terms", "milestones"), [
    # the rest of a bound received may or may not be all milestones: the upfront may be in it
    ("Norvane will receive $100 million upfront. Altogether, Norvane could receive up to approximately $2.1 billion, "
     "provided its programs hit certain development milestones.", None),
    # counter-example: a bound that says it includes the upfront leaves the milestones as its rest
    ("Norvane could receive up to $2.1 billion, including a $100 million upfront payment, plus royalties.",
     Decimal("2e9")),
])
def test_the_rest_of_a_bound_received_is_no_milestones(terms: str, milestones: Decimal | None) -> None:
    deal = extract(_LICENCE + terms).deal
    assert deal is not None and (deal.milestones.amount if deal.milestones else None) == milestones


_LICENCE = (
    "Alderbrook Therapeutics and Quillon Pharma sign licence for QP-214\n\nAlderbrook Therapeutics and Quillon "
    "Pharma have entered into an exclusive license agreement for QP-214. "
)


@pytest.mark.parametrize(("terms", "milestones", "total"), [
    # the rest of the total is not all milestones: another payment no rule reads stands beside the upfront
    ("Quillon will pay $400 million upfront plus $150 million in continuation payments, with milestone payments "
     "reaching a total of $2.2 billion.", None, Decimal("2.2e9")),
    # a sum of the parts, one of which no rule reads, is no total
    ("Quillon will pay an upfront payment of $10 million, a rights payment of $20 million, and up to $170 million in "
     "milestones.", Decimal("170e6"), None),
    # a sum of the parts beside a sum per programme no rule reads leaves those programmes out
    ("Quillon is paying $175 million upfront. Alderbrook is eligible for up to $985 million in milestones. For "
     "three more programs, Alderbrook is in line for a smaller $175 million sum per program.",
     Decimal("985e6"), None),
    # counter-example: every amount of the sentence is read, and the rest is the milestones
    ("Quillon will pay $400 million upfront, with milestone payments reaching a total of $2.2 billion.",
     Decimal("1.8e9"), Decimal("2.2e9")),
    # counter-example: every amount is read, and the total is the sum of the parts
    ("Quillon is paying $175 million upfront. Alderbrook is eligible for up to $985 million in milestones.",
     Decimal("985e6"), Decimal("1.16e9")),
])
def test_a_sum_beside_an_amount_no_rule_reads_is_sent_to_the_article(
    terms: str, milestones: Decimal | None, total: Decimal | None
) -> None:
    deal = extract(_LICENCE + terms).deal
    assert deal is not None
    assert (deal.milestones.amount if deal.milestones else None) == milestones
    assert (deal.total_value.amount if deal.total_value else None) == total
    assert (milestones is None or total is None) == bool(set(deal.uncertain) & {"milestones", "total_value"})


@pytest.mark.parametrize(("terms", "upfront"), [
    # the fee is told in its instalments: the first one is no upfront
    ("Quillon will pay a license fee in two instalments, $5 million on signing and $3 million upon technology "
     "transfer, plus up to $100 million in milestones.", None),
    # counter-example: the whole fee is stated before its instalments
    ("Quillon will pay an upfront licence fee of $20 million, payable in two installments of $10 million each, "
     "and up to $200 million in milestones.", Decimal("20e6")),
])
def test_an_upfront_that_is_one_instalment_is_sent_to_the_article(terms: str, upfront: Decimal | None) -> None:
    deal = extract(_LICENCE + terms).deal
    assert deal is not None
    assert (deal.upfront.amount if deal.upfront else None) == upfront
    assert ("upfront" in deal.uncertain) is (upfront is None)


@pytest.mark.parametrize(("terms", "upfront"), [
    # the upfront's cue after its second part, in shares: the cash part is read with no role
    ("Quillon has agreed to pay $35 million in cash and $15 million in Quillon shares upfront.", None),
    # counter-example: the cash and the shares each with their own cue
    ("Quillon will pay $35 million upfront in cash and buy $15 million of Alderbrook shares.", Decimal("35e6")),
])
def test_an_upfront_of_cash_and_shares_is_sent_to_the_article(terms: str, upfront: Decimal | None) -> None:
    deal = extract(_LICENCE + terms).deal
    assert deal is not None
    assert (deal.upfront.amount if deal.upfront else None) == upfront
    assert ("upfront" in deal.uncertain) is (upfront is None)


def test_an_upfront_added_up_from_several_amounts_is_sent_to_the_article() -> None:
    terms = _terms("936", None, None)
    terms.parts["upfront"] = 2
    judge_confidence(terms)
    assert terms.uncertain == {"upfront": "upfront-of-several-amounts"}
    total = _terms(None, None, "1300")
    total.parts["total_value"] = 2
    judge_confidence(total)
    assert total.uncertain == {"total_value": "total-of-several-amounts"}
    one = _terms("35", None, None)
    one.parts["upfront"] = 1
    judge_confidence(one)
    assert one.uncertain == {}


@pytest.mark.parametrize(("check", "upfront", "milestones", "total", "dropped"), FAILING, ids=[r[0] for r in FAILING])
def test_a_failed_check_drops_its_fields(check, upfront, milestones, total, dropped) -> None:
    terms = _terms(upfront, milestones, total)
    judge_confidence(terms)
    assert set(terms.uncertain) == dropped
    assert check in terms.uncertain.values()
    assert all(getattr(terms, f) is None for f in dropped)


@pytest.mark.parametrize(("why", "upfront", "milestones", "total"), PASSING, ids=[r[0] for r in PASSING])
def test_figures_that_agree_are_kept(why, upfront, milestones, total) -> None:
    terms = _terms(upfront, milestones, total)
    judge_confidence(terms)
    assert terms.uncertain == {}
    assert terms.upfront == _usd(upfront) and terms.total_value == _usd(total)


@pytest.mark.parametrize(
    ("headline", "written", "body", "uncertain"),
    [
        ("750", "$750M", "975", True),
        ("1300", "$1.3bn", "1270", False),  # "up to $1.3bn" over "$1.27bn": the headline rounds
        ("2000", "Nearly $2 Billion", "1900", False),  # the headline's one digit: $1.9bn rounds to $2bn
        ("16000", "$16B", "16500", False),
        ("2000", "$2.0 billion", "1900", True),  # written to a tenth: $1.9bn is another figure
        ("2000", "$2 Billion", "2600", True),
        (None, "", "975", False),
    ],
)
def test_a_headline_total_the_body_contradicts(headline, written, body, uncertain) -> None:
    terms = _terms(None, None, body)
    terms.headline_total = _usd(headline).model_copy(update={"amount_text": written}) if headline else None
    judge_confidence(terms)
    assert (terms.uncertain == {"total_value": "headline-and-body-disagree"}) is uncertain


def test_amounts_in_two_currencies_are_not_compared() -> None:
    terms = Terms(upfront=_usd("900"), total_value=Money(amount=Decimal("500e6"), currency="EUR"))
    judge_confidence(terms)
    assert terms.uncertain == {}


def test_an_article_whose_total_is_below_its_upfront_says_see_the_article() -> None:
    text = (
        "Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement for NB-1.\n\n"
        "Kestrel will pay Norvane $300 million upfront. The deal is worth up to $90 million."
    )
    result = extract(text)
    assert result.deal is not None
    assert result.deal.upfront is not None and result.deal.total_value is None
    assert result.deal.uncertain == ("total_value",)
    assert "total_value" not in result.deal.evidence
    assert result.contract_json()["deal"]["uncertain"] == ["total_value"]


LEAD = "Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement for NB-1. "


@pytest.mark.parametrize(
    ("body", "milestones"),
    [
        ("The pact covers up to three targets. Norvane gets $10 million upfront and up to $100 million per target "
         "in milestones.", Decimal("300e6")),
        ("Kestrel may develop three therapies. Norvane gets $10 million upfront and up to $100 million in milestones "
         "for each program.", Decimal("300e6")),
        ("Norvane gets $10 million upfront and up to $100 million per target in milestones.", None),
        ("Kestrel has four programs in the clinic. Norvane gets $10 million upfront and up to $100 million per target "
         "in milestones.", None),
        ("Kestrel will develop two programs. Norvane gets $10 million upfront, and Kestrel will pay $100 million in "
         "milestones at each stage of development.", None),
    ],
    ids=["count-of-the-noun", "count-of-a-synonym", "no-count", "count-of-another-kind", "each-step-of-no-count"],
)
def test_a_per_unit_figure_needs_the_count_of_its_units(body: str, milestones: Decimal | None) -> None:
    deal = extract(LEAD + body).deal
    assert deal is not None
    assert (deal.milestones.amount if deal.milestones else None) == milestones
    assert deal.upfront is not None and deal.upfront.amount == Decimal("10e6")
    if milestones is None:
        assert set(deal.uncertain) == {"milestones", "total_value"}


@pytest.mark.parametrize(
    ("rules", "deal_types", "uncertain"),
    [
        ({"total_value": "lone-figure"}, ("license",), {"total_value": "lone-figure-outside-a-purchase"}),
        ({"total_value": "lone-figure"}, ("acquisition",), {}),
        ({"total_value": "lone-funding-commitment"}, ("collaboration",), {}),
        ({"upfront": "acquisition-price-is-upfront"}, ("acquisition", "license"),
         {"upfront": "purchase-reading-in-a-licence"}),
        ({"upfront": "acquisition-price-is-upfront"}, ("acquisition",), {}),
        ({"upfront": "plain-sum-received"}, ("license",), {"upfront": "plain-sum-outside-a-purchase"}),
        ({"upfront": "plain-sum-received"}, ("asset-purchase",), {}),
    ],
    ids=["lone-figure-licence", "lone-figure-purchase", "lone-funding-commitment", "purchase-reading-licence",
         "purchase-reading-acquisition", "plain-sum-licence", "plain-sum-sale"],
)
def test_fallback_readings_stand_only_in_their_kind_of_deal(rules, deal_types, uncertain) -> None:
    terms = _terms("100", None, "100")
    terms.rules.update(rules)
    judge_confidence(terms, deal_types)
    assert terms.uncertain == uncertain
