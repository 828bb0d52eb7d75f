"""The labelled-article format of `../shared/eval/README.md`, read into the models the bot stores, and written
from them.

A label is a JSON object with `is_deal` and, for a deal, its `deal` terms: parties with roles (and
`aliases`, other spellings of the party), deal types, modalities, money fields as `{"amount", "currency"}`,
assets, targets. `labelled_deal` gives the `Deal` a label describes, its USD figures converted at the rate
of the day given; fields the models do not know (`*_ok`, `notes`) are left out.

`label_of` writes a deal as a label (amounts in the article's currency, as numbers; royalties as whether
there are any), and `write_case` puts a label beside its article, as `STEM.json` and `STEM.txt`, the pair
`score.py` reads.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
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


def label_of(
    deal: Deal | None,
    *,
    stem: str,
    source_url: str | None = None,
    published: date | None = None,
    notes: str = "",
) -> dict[str, Any]:
    """The label of the article `stem` reporting `deal`, or reporting no deal when None."""
    label: dict[str, Any] = {
        "id": stem,
        "source_url": source_url,
        "published": published.isoformat() if published is not None else None,
        "is_deal": deal is not None,
        "deal": None,
    }
    if deal is None:
        if notes:
            label["notes"] = notes
        return label
    label["deal"] = {
        "parties": [{"name": p.name, "aliases": list(p.aliases), "role": p.role} for p in deal.parties],
        "deal_types": list(deal.deal_types),
        "modalities": list(deal.modalities),
        **{field: _figure(deal.money(field)) for field in MONEY_FIELDS},
        "royalties": deal.royalties is not None,
        "assets": list(deal.assets),
        "targets": list(deal.targets),
        "indications": list(deal.indications),
        "territory": deal.territory,
        "notes": notes,
    }
    return label


def write_case(folder: Path, stem: str, text: str, label: dict[str, Any]) -> None:
    """Write the article as `STEM.txt` and its label as `STEM.json` in `folder`."""
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _figure(money: Money | None) -> dict[str, Any] | None:
    if money is None:
        return None
    amount = money.amount
    number: int | float = int(amount) if amount == amount.to_integral_value() else float(amount)
    return {"amount": number, "currency": money.currency}
