from datetime import date, timedelta

from bot.store.matching import WINDOW, DealFacts, best_match, match
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


def test_money_that_disagrees_means_another_deal():
    stored = facts(deal("A", "B", upfront=usd(50)), {1, 2})
    assert match(stored, facts(deal("A", "B", upfront=usd(80)), {1, 2})) is None


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
