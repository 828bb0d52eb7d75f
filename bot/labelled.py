"""The labelled-article format of `../shared/eval/README.md`, read into the models the bot stores.

A label is a JSON object with `is_deal` and, for a deal, its `deal` terms: parties with roles (and
`aliases`, other spellings of the party), deal types, modalities, money fields as `{"amount", "currency"}`,
assets, targets. `labelled_deal` gives the `Deal` a label describes, its USD figures converted at the rate
of the day given; fields the models do not know (`*_ok`, `notes`) are left out.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, get_args

from extraction.fx import to_usd
from extraction.models import MONEY_FIELDS, Deal, Money, Role

_ROLES = frozenset(get_args(Role))


def labelled_deal(label: dict[str, Any], on: date | None = None) -> Deal | None:
    """The deal a label describes, or None when it is not a deal."""
    terms = label.get("deal")
    if not label.get("is_deal") or not isinstance(terms, dict):
        return None
    parties = [
        {"name": p["name"], "role": p["role"] if p.get("role") in _ROLES else "partner"}
        for p in terms.get("parties") or ()
    ]
    return Deal.model_validate(
        {
            "parties": parties,
            "deal_types": terms.get("deal_types") or (),
            "modalities": terms.get("modalities") or (),
            "assets": terms.get("assets") or (),
            "targets": terms.get("targets") or (),
            "indications": terms.get("indications") or (),
            "territory": terms.get("territory"),
            **{field: _money(terms.get(field), on) for field in MONEY_FIELDS},
        }
    )


def _money(figure: Any, on: date | None) -> Money | None:
    if not isinstance(figure, dict) or figure.get("amount") is None:
        return None
    amount = Decimal(str(figure["amount"]))
    currency = figure.get("currency")
    return Money(amount=amount, currency=currency, usd=to_usd(amount, currency, on))
