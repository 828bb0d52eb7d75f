"""Currency conversion to US dollars at the annual average rate of the deal's year.

Rules:
- `to_usd(amount, currency, on)` converts at the average rate of `on`'s calendar year from the table in
  `fx_rates.py`. A date before the first or after the last year in the table uses the nearest year; no
  date uses the latest year.
- USD converts to itself. No currency (`None`) or a currency missing from the table gives `None`:
  a figure is never guessed.
- `Decimal` arithmetic throughout (no floats); the result is rounded to the cent (half-even).
- `usd_bounds(amount, currency)` gives the lowest and highest USD value over all years of the table;
  it lets a reader check whether two figures given as conversions of each other agree, whatever year
  the article was written in.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Final

from extraction.fx_rates import FIRST_YEAR, LAST_YEAR, UNITS_PER_USD, USD_PER_UNIT

__all__ = ["known_currencies", "to_usd", "usd_bounds"]

_CENT: Final = Decimal("0.01")
_YEARS: Final = LAST_YEAR - FIRST_YEAR + 1


def _figures(row: str) -> tuple[Decimal, ...]:
    figures = tuple(Decimal(v) for v in row.split())
    if len(figures) != _YEARS:
        raise ValueError(f"fx_rates: expected {_YEARS} yearly figures, got {len(figures)}")
    return figures


# ISO code -> (quoted as units per USD?, one published figure per year)
_TABLE: Final = MappingProxyType(
    {
        "USD": (False, (Decimal(1),) * _YEARS),
        **{code: (False, _figures(row)) for code, row in USD_PER_UNIT.items()},
        **{code: (True, _figures(row)) for code, row in UNITS_PER_USD.items()},
    }
)


def known_currencies() -> frozenset[str]:
    """The ISO codes `to_usd` can convert."""
    return frozenset(_TABLE)


def _year_index(on: datetime.date | None) -> int:
    year = LAST_YEAR if on is None else min(max(on.year, FIRST_YEAR), LAST_YEAR)
    return year - FIRST_YEAR


def _in_usd(amount: Decimal, per_usd: bool, figure: Decimal) -> Decimal:
    return amount / figure if per_usd else amount * figure


def to_usd(amount: Decimal, currency: str | None, on: datetime.date | None = None) -> Decimal | None:
    """`amount` of `currency` in US dollars at the average rate of `on`'s year (see module rules)."""
    if currency is None:
        return None
    if currency == "USD":
        return amount
    entry = _TABLE.get(currency)
    if entry is None:
        return None
    per_usd, figures = entry
    return _in_usd(amount, per_usd, figures[_year_index(on)]).quantize(_CENT)


_EXTREMES: Final = MappingProxyType(
    {code: (per_usd, min(figures), max(figures)) for code, (per_usd, figures) in _TABLE.items()}
)


def usd_bounds(amount: Decimal, currency: str | None) -> tuple[Decimal, Decimal] | None:
    """Lowest and highest USD value of `amount` over all years of the table, or None if unknown."""
    entry = _EXTREMES.get(currency) if currency is not None else None
    if entry is None:
        return None
    per_usd, low, high = entry
    if per_usd:
        return amount / high, amount / low
    return amount * low, amount * high
