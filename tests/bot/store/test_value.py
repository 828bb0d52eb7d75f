from decimal import Decimal

from bot.store.value import headline_usd
from extraction.models import Money
from tests.bot.store.builders import deal, usd


def test_total_value_first_then_upfront_plus_milestones_then_equity():
    assert headline_usd(deal("A", total_value=usd(900), upfront=usd(1))) == Decimal(900_000_000)
    assert headline_usd(deal("A", upfront=usd(100), milestones=usd(400))) == Decimal(500_000_000)
    assert headline_usd(deal("A", equity=usd(30))) == Decimal(30_000_000)


def test_unconverted_amounts_give_no_value():
    assert headline_usd(deal("A", upfront=Money(amount=Decimal(5), currency=None))) is None
    assert headline_usd(deal("A")) is None
