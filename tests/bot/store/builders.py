"""Deals built by hand for store tests."""

from __future__ import annotations

from decimal import Decimal

from extraction.models import Deal, Extraction, Money, Party


def usd(millions: float) -> Money:
    amount = Decimal(str(millions)) * 1_000_000
    return Money(amount=amount, currency="USD", usd=amount, amount_text=f"${millions}m")


def deal(*names: str, **fields: object) -> Deal:
    roles = ("licensor", "licensee", "partner", "partner")
    parties = tuple(Party(name=name, role=roles[i]) for i, name in enumerate(names))  # type: ignore[arg-type]
    return Deal.model_validate({"parties": parties, **fields})


def report(d: Deal, headline: str | None = None) -> Extraction:
    return Extraction(is_deal=True, deal=d, headline=headline)
