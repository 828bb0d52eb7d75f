from datetime import date, timedelta

import pytest

from bot.store.matching import NEAR, WINDOW, DealFacts, best_match, decide, judge, match
from tests.bot.store.builders import deal, usd

DAY = date(2026, 3, 2)


def facts(d, companies, on=DAY):
    return DealFacts(deal=d, companies=frozenset(companies), reported_on=on)


def test_same_parties_and_agreeing_money_match():
    stored = facts(deal("A", "B", upfront=usd(50), modalities=["adc"]), {1, 2})
    new = facts(deal("A", "B", upfront=usd(52), milestones=usd(900), modalities=["adc"]), {1, 2})
    score = match(stored, new)
    assert score is not None
    assert score.shared_parties == 2
    assert score.agreeing_money == 1


def test_money_that_disagrees_means_another_deal_without_other_evidence():
    stored = facts(deal("A", "B", upfront=usd(50)), {1, 2})
    assert match(stored, facts(deal("A", "B", upfront=usd(80)), {1, 2}, DAY + NEAR + timedelta(days=1))) is None


def test_reports_further_apart_than_the_window_are_different_deals():
    stored = facts(deal("A", "B"), {1, 2})
    assert match(stored, facts(deal("A", "B"), {1, 2}, DAY + WINDOW)) is not None
    assert match(stored, facts(deal("A", "B"), {1, 2}, DAY + WINDOW + timedelta(days=1))) is None


def test_one_shared_party_is_not_enough():
    assert match(facts(deal("A", "B"), {1, 2}), facts(deal("A", "C"), {1, 3})) is None


def test_single_party_report_needs_a_shared_asset():
    stored = facts(deal("A", "B", assets=["XYZ-101"]), {1, 2})
    assert match(stored, facts(deal("A"), {1})) is None
    assert match(stored, facts(deal("A", assets=["xyz-101"]), {1})) is not None


def test_different_assets_or_modalities_are_different_deals():
    stored = facts(deal("A", "B", assets=["XYZ-101"], modalities=["adc"]), {1, 2})
    assert match(stored, facts(deal("A", "B", assets=["QRS-7"]), {1, 2})) is None
    assert (
        match(
            facts(deal("A", "B", modalities=["adc"]), {1, 2}),
            facts(deal("A", "B", modalities=["mrna"]), {1, 2}),
        )
        is None
    )
    assert match(facts(deal("A", "B", modalities=["adc"]), {1, 2}), facts(deal("A", "B"), {1, 2})) is not None


def test_licence_then_acquisition_are_two_deals():
    stored = facts(deal("A", "B", deal_types=["license"]), {1, 2})
    assert match(stored, facts(deal("A", "B", deal_types=["acquisition"]), {1, 2})) is None
    assert match(stored, facts(deal("A", "B", deal_types=["collaboration", "license"]), {1, 2})) is not None


def test_amounts_in_other_currencies_compare_in_usd():
    from decimal import Decimal

    from extraction.models import Money

    eur = Money(amount=Decimal(46_000_000), currency="EUR", usd=Decimal(50_000_000))
    stored = facts(deal("A", "B", upfront=usd(50)), {1, 2})
    assert match(stored, facts(deal("A", "B", upfront=eur), {1, 2})) is not None


def test_best_match_prefers_more_evidence():
    new = facts(deal("A", "B", "C", upfront=usd(10)), {1, 2, 3})
    two = facts(deal("A", "B"), {1, 2})
    three = facts(deal("A", "B", "C"), {1, 2, 3})
    assert best_match([(7, two), (8, three)], new) == 8
    assert best_match([(7, two)], facts(deal("D", "E"), {4, 5})) is None


def test_a_report_without_parties_is_never_merged():
    assert match(facts(deal(assets=["X-1"]), set()), facts(deal(assets=["X-1"]), set())) is None


# The identity rule as a table: (stored, new, days apart, same deal?, disputed fields)
IDENTITY_EXAMPLES = [
    pytest.param(
        deal("A", "B", deal_types=["license"]), deal("A", "B", deal_types=["manufacturing"]), 10, False, (),
        id="a licence, then a manufacturing pact: two deals",
    ),
    pytest.param(
        deal("A", "B", deal_types=["license", "supply"]), deal("A", "B", deal_types=["license"]), 1, True, (),
        id="a licence-and-supply deal and a report of its licence: one deal",
    ),
    pytest.param(
        deal("A", "B", deal_types=["supply"]), deal("A", "B", deal_types=["manufacturing"]), 1, True, (),
        id="a supply pact reported as manufacturing: one deal",
    ),
    pytest.param(
        deal("A", "B", upfront=usd(35), assets=["KL-1"]), deal("A", "B", upfront=usd(53), assets=["kl-1"]), 9,
        True, ("upfront",), id="a shared asset keeps a misread upfront in the deal, in dispute",
    ),
    pytest.param(
        deal("A", "B", upfront=usd(35), milestones=usd(901)), deal("A", "B", upfront=usd(53), milestones=usd(900)),
        9, True, ("upfront",), id="another figure that agrees keeps it in the deal, in dispute",
    ),
    pytest.param(
        deal("A", "B", upfront=usd(35)), deal("A", "B", upfront=usd(53)), NEAR.days, True, ("upfront",),
        id="published within three days: the same news, in dispute",
    ),
    pytest.param(
        deal("A", "B", upfront=usd(35)), deal("A", "B", upfront=usd(53)), NEAR.days + 1, False, (),
        id="a week apart, no asset, figures differ: two deals",
    ),
    pytest.param(
        deal("A", upfront=usd(35), assets=["KL-1"]), deal("A", upfront=usd(53), assets=["KL-1"]), 0, False, (),
        id="one party and a figure in dispute: two deals",
    ),
    pytest.param(
        deal("A", "B", total_value=usd(1300)), deal("A", "B", total_value=usd(1270)), 20, True, (),
        id="'up to $1.3bn' agrees with '$1.27bn'",
    ),
]


@pytest.mark.parametrize(("stored", "new", "days", "same", "disputed"), IDENTITY_EXAMPLES)
def test_identity_rule(stored, new, days, same, disputed):
    companies = {1, 2} if len(stored.parties) > 1 else {1}
    verdict = judge(facts(stored, companies), facts(new, companies, DAY + timedelta(days=days)))
    assert (verdict.score is not None) == same, verdict.why
    assert verdict.disputed == disputed


def test_a_decision_says_why():
    stored = facts(deal("A", "B", upfront=usd(35), assets=["KL-1"], deal_types=["license"]), {1, 2})
    other = facts(deal("A", "C"), {1, 3})
    merged = decide([(4, other), (7, stored)], facts(deal("A", "B", upfront=usd(35)), {1, 2}))
    assert (merged.deal_id, merged.why) == (7, "same deal as #7: 2 shared parties, 1 agreeing figure")
    supply = decide([(4, other), (7, stored)], facts(deal("A", "B", deal_types=["supply"]), {1, 2}))
    assert supply.deal_id is None
    assert supply.why == "new deal: #7 is another kind of deal (partnering)"
    assert decide([], facts(deal("A", "B"), {1, 2})).why.startswith("new deal: no stored deal")


def test_an_acquirer_and_the_company_it_bought_since_count_as_two_parties():
    takeover = deal("Acquirer", "Target", deal_types=["acquisition"])
    assert match(facts(takeover, {1}), facts(takeover, {1}, DAY + timedelta(days=1))) is not None
    assert match(facts(deal("Acquirer"), {1}), facts(takeover, {1})) is None


def test_a_party_left_open_is_shared_with_a_company_it_may_be():
    open_merck = facts(deal("Merck", "B"), {9, 2}).model_copy(update={"may_be": {9: frozenset({1, 5})}})
    assert match(open_merck, facts(deal("Merck & Co.", "B"), {1, 2})) is not None
    assert match(facts(deal("Merck & Co.", "B"), {1, 2}), open_merck) is not None
    assert match(open_merck, facts(deal("Pfizer", "B"), {7, 2})) is None
