"""Deal identity on report pairs built from the labelled articles' terms (`../shared/eval/dev`).

Each labelled deal is stored as a first report, then met by other reports of it or of other deals of the
same companies: what the store does with each is the deal-identity rule of `bot.store.matching`.

- another outlet, days later, other spellings, figures rounded or left out: the same deal, one alert;
- the same companies' deal of another kind (a supply pact beside a licence), or a deal months later:
  another deal, alerted;
- a figure that disagrees with nothing else to go on: another deal; with a shared asset: the same deal,
  the figure in dispute shown as "see the article", never the mix of the two.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bot.labelled import labelled_deal
from bot.store import NewSubscription, SourceRef, Store, Subscriber
from bot.store.errors import AmbiguousCompany
from bot.store.matching import family
from extraction.fx import to_usd
from extraction.models import MONEY_FIELDS, Deal, Extraction, Money

START = date(2020, 1, 6)
SPACING = timedelta(days=120)
"""Labelled deals are dated this far apart, so that deals of one company never meet in the window."""


@dataclass(frozen=True)
class Labelled:
    stem: str
    deal: Deal
    spellings: tuple[str, ...]
    on: date


def _labelled(shared_dir: Path) -> list[Labelled]:
    found = []
    for path in sorted((shared_dir / "eval" / "dev").glob("*.json")):
        label = json.loads(path.read_text())
        terms = label.get("deal")
        if not label.get("is_deal") or not terms or len(terms["parties"]) < 2:
            continue
        on = START + SPACING * len(found)
        deal = labelled_deal(label, on)
        assert deal is not None
        spellings = tuple(_other_spelling(p) for p in terms["parties"])
        found.append(Labelled(stem=path.stem, deal=deal, spellings=spellings, on=on))
    return found


def _other_spelling(party: dict[str, Any]) -> str:
    """A spelling of the party another outlet might use: a labelled alias that is the name with more
    words ("Cellectis SA"), else the name with a legal form. (Short forms and former names are the
    company registry's to fold, and tested there.)"""
    name = party["name"]
    longer = [a for a in party.get("aliases") or () if a.casefold().startswith(name.casefold() + " ")]
    return longer[0] if longer else f"{name}, Inc."


def _second_report(item: Labelled) -> Deal:
    """Another outlet's report: other spellings, figures rounded to two significant digits, assets left out."""
    parties = [p.model_copy(update={"name": name}) for p, name in zip(item.deal.parties, item.spellings, strict=True)]
    rounded = {}
    for field in MONEY_FIELDS:
        money = item.deal.money(field)
        if money is not None:
            amount = Decimal(f"{money.amount:.2g}") if money.amount else money.amount
            rounded[field] = money.model_copy(update={"amount": amount, "usd": to_usd(amount, money.currency, item.on)})
    return item.deal.model_copy(update={"parties": tuple(parties), "assets": (), **rounded})


def _other_kind(item: Labelled) -> Deal:
    """The same companies' deal of another family (a supply pact beside a licence, a licence beside an
    acquisition), without figures."""
    families = {family(t) for t in item.deal.deal_types}
    other = next(kind for kind in ("supply", "license", "acquisition") if family(kind) not in families)
    return item.deal.model_copy(update={"deal_types": (other,), "assets": (), **{f: None for f in MONEY_FIELDS}})


def _source(item: Labelled, n: int, on: date) -> SourceRef:
    return SourceRef(kind="url", ref=f"https://outlet{n}.example/{item.stem}", published=on)


def _now(on: date) -> datetime:
    return datetime(on.year, on.month, on.day, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def labelled(shared_dir: Path) -> list[Labelled]:
    items = _labelled(shared_dir)
    assert len(items) >= 40, "the labelled deals were expected in ../shared/eval/dev"
    return items


def _follow_a_party(store: Store, user: str, item: Labelled) -> None:
    """`user` follows the first party that names one company ("Merck" alone names two)."""
    for party in item.deal.parties:
        try:
            store.add_subscription(
                NewSubscription(subscriber=Subscriber(kind="user", id=user), companies=(party.name,)), _now(item.on)
            )
            return
        except AmbiguousCompany:
            continue
    raise AssertionError(f"{item.stem}: no party names one company")


def _ingest(store: Store, item: Labelled, deal: Deal, n: int, on: date) -> tuple[int, str]:
    result = store.ingest(Extraction(is_deal=True, deal=deal), _source(item, n, on), _now(on))
    assert result.deal_id is not None
    store.enqueue_deliveries(result.deal_id, _now(on))
    return result.deal_id, result.kind


def test_reports_of_one_deal_are_one_deal_and_one_alert_and_other_deals_stay_apart(
    store: Store, labelled: list[Labelled]
):
    wrong: list[str] = []
    for i, item in enumerate(labelled):
        _follow_a_party(store, f"U{i}", item)
        first, _ = _ingest(store, item, item.deal, 1, item.on)
        second, kind = _ingest(store, item, _second_report(item), 2, item.on + timedelta(days=2))
        if (second, kind) != (first, "merged"):
            wrong.append(f"{item.stem}: second report {kind} #{second}, not merged into #{first}")
        supply, kind = _ingest(store, item, _other_kind(item), 3, item.on + timedelta(days=20))
        if kind != "new":
            wrong.append(f"{item.stem}: the other kind of deal was {kind} into #{supply}")
        later, kind = _ingest(store, item, item.deal, 4, item.on + timedelta(days=100))
        if kind != "new":
            wrong.append(f"{item.stem}: the deal 100 days later was {kind} into #{later}")
        alerts = [d.deal_id for d in store.deliveries(limit=1000) if d.subscriber.id == f"U{i}"]
        if sorted(alerts) != sorted({first, supply, later}):
            wrong.append(f"{item.stem}: alerts for deals {sorted(alerts)}, expected {sorted({first, supply, later})}")
    assert not wrong, "\n".join(wrong)


def _misread_upfront(item: Labelled) -> Money:
    assert item.deal.upfront is not None
    return item.deal.upfront.model_copy(update={"amount": item.deal.upfront.amount * 3, "usd": None})


def test_a_misread_figure_with_nothing_else_in_common_is_another_deal(store: Store, labelled: list[Labelled]):
    wrong: list[str] = []
    with_upfront = [item for item in labelled if item.deal.upfront is not None]
    assert len(with_upfront) >= 20
    for item in with_upfront:
        first, _ = _ingest(store, item, item.deal, 1, item.on)
        others = {f: None for f in MONEY_FIELDS if f != "upfront"}
        alone = item.deal.model_copy(update={"upfront": _misread_upfront(item), "assets": (), **others})
        apart, kind = _ingest(store, item, alone, 2, item.on + timedelta(days=10))
        stored = store.get_deal(first)
        assert stored is not None
        if kind != "new" or stored.deal.upfront != item.deal.upfront:
            wrong.append(f"{item.stem}: a misread upfront and nothing else in common was {kind} #{apart}")
    assert not wrong, "\n".join(wrong)


def test_a_misread_figure_in_an_otherwise_agreeing_report_is_disputed_not_mixed(
    store: Store, labelled: list[Labelled]
):
    wrong: list[str] = []
    corroborated = [
        item
        for item in labelled
        if item.deal.upfront is not None
        and (item.deal.assets or any(item.deal.money(f) for f in MONEY_FIELDS if f != "upfront"))
    ]
    assert len(corroborated) >= 20
    for item in corroborated:
        first, _ = _ingest(store, item, item.deal, 1, item.on)
        misread = item.deal.model_copy(update={"upfront": _misread_upfront(item)})
        again, kind = _ingest(store, item, misread, 2, item.on + timedelta(days=10))
        stored = store.get_deal(first)
        assert stored is not None
        if (again, kind) != (first, "merged"):
            wrong.append(f"{item.stem}: a report agreeing but for its upfront was {kind} #{again}")
        elif stored.deal.upfront is not None or "upfront" not in stored.deal.uncertain:
            wrong.append(f"{item.stem}: the disputed upfront is shown as {stored.deal.upfront}")
    assert not wrong, "\n".join(wrong)
