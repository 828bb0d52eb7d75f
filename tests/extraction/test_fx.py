"""to_usd: dated annual-average conversion, and the rate table's shape."""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal

import pytest

from extraction.fx import known_currencies, to_usd, usd_bounds
from extraction.fx_rates import FIRST_YEAR, LAST_YEAR, UNITS_PER_USD, USD_PER_UNIT

D = Decimal


def _d(year: int) -> datetime.date:
    return datetime.date(year, 6, 30)


# (amount, currency, date, expected USD)
CONVERSIONS = {
    # quoted as units per USD: divide
    "cny-2022": (D("200000000"), "CNY", _d(2022), D("29722098.38")),
    "krw-2022": (D("241000000000"), "KRW", _d(2022), D("186611947.81")),
    "jpy-2019": (D("6300000000"), "JPY", _d(2019), D("57787561.92")),
    "chf-2019": (D("80000000"), "CHF", _d(2019), D("80507195.33")),
    "hkd-2018": (D("23.50"), "HKD", _d(2018), D("3.00")),
    "inr-2023": (D("5000000000"), "INR", _d(2023), D("60554680.88")),
    # quoted as USD per unit: multiply
    "eur-2024": (D("8000000"), "EUR", _d(2024), D("8659200.00")),
    "gbp-2020": (D("104000000"), "GBP", _d(2020), D("133567200.00")),
    "aud-2021": (D("1000000"), "AUD", _d(2021), D("751800.00")),
    # identity and rounding
    "usd-is-itself": (D("14.50"), "USD", _d(2025), D("14.50")),
    "rounded-to-cent": (D("1"), "JPY", _d(2024), D("0.01")),
}


@pytest.mark.parametrize(
    ("amount", "currency", "on", "expected"), CONVERSIONS.values(), ids=CONVERSIONS.keys()
)
def test_to_usd(amount: Decimal, currency: str, on: datetime.date, expected: Decimal) -> None:
    assert to_usd(amount, currency, on) == expected


DATES = {
    "before-table-uses-first-year": (_d(1995), _d(FIRST_YEAR)),
    "after-table-uses-last-year": (_d(2040), _d(LAST_YEAR)),
    "no-date-uses-last-year": (None, _d(LAST_YEAR)),
}


@pytest.mark.parametrize(("on", "same_as"), DATES.values(), ids=DATES.keys())
def test_dates_outside_the_table(on: datetime.date | None, same_as: datetime.date) -> None:
    for currency in ("EUR", "JPY", "CNY"):
        assert to_usd(D("1000000"), currency, on) == to_usd(D("1000000"), currency, same_as)


def test_the_year_matters() -> None:
    assert to_usd(D("1000000"), "JPY", _d(2012)) != to_usd(D("1000000"), "JPY", _d(2024))


UNKNOWN = {"no-currency": None, "not-in-table": "XAU", "lowercase-is-not-a-code": "eur"}


@pytest.mark.parametrize("currency", UNKNOWN.values(), ids=UNKNOWN.keys())
def test_unknown_currency_gives_none(currency: str | None) -> None:
    assert to_usd(D("1000000"), currency, _d(2020)) is None


def test_result_is_decimal() -> None:
    assert isinstance(to_usd(D("1"), "EUR", _d(2020)), Decimal)


def test_table_has_every_year_for_every_currency() -> None:
    years = LAST_YEAR - FIRST_YEAR + 1
    assert FIRST_YEAR == 2000 and LAST_YEAR >= 2026
    for code, row in {**USD_PER_UNIT, **UNITS_PER_USD}.items():
        figures = [D(v) for v in row.split()]
        assert len(figures) == years, code
        assert all(f > 0 for f in figures), code


def test_brief_currencies_are_known() -> None:
    wanted = {"USD", "EUR", "GBP", "CNY", "JPY", "CHF", "KRW", "DKK", "SEK", "CAD", "AUD", "INR"}
    wanted |= {"HKD", "NOK", "SGD", "TWD", "BRL"}
    assert wanted <= known_currencies()


# Plausibility: a year-on-year move beyond a factor of 1.5 would be a data-entry error.
@pytest.mark.parametrize("code", sorted({*USD_PER_UNIT, *UNITS_PER_USD}))
def test_no_implausible_jumps(code: str) -> None:
    row = {**USD_PER_UNIT, **UNITS_PER_USD}[code]
    figures = [D(v) for v in row.split()]
    for year, (a, b) in enumerate(itertools.pairwise(figures), start=FIRST_YEAR):
        assert D("0.66") < b / a < D("1.5"), (code, year + 1)


def test_usd_bounds_span_the_years() -> None:
    bounds = usd_bounds(D("1000000"), "EUR")
    assert bounds is not None
    low, high = bounds
    assert low == D("895200.0000") and high == D("1472600.0000")
    assert usd_bounds(D("1"), None) is None and usd_bounds(D("1"), "XAU") is None
