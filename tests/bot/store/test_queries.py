"""Deal listings: by company (any spelling), modality, dates, minimum value; newest first; paginated."""

from datetime import timedelta
from decimal import Decimal

import pytest

from bot.store import DealQuery, SourceRef, Store, StoreError
from tests.bot.store.builders import deal, report, usd
from tests.bot.store.conftest import NOW


@pytest.fixture
def filled(store: Store) -> dict[str, int]:
    specs = {
        "bms_adc": (deal("Bristol-Myers Squibb", "Alpha", modalities=["adc"], total_value=usd(900)), 0),
        "bms_mrna": (deal("BMS", "Beta", modalities=["mrna"], upfront=usd(20)), 1),
        "pfizer_adc": (deal("Pfizer", "Gamma", modalities=["adc", "antibody"]), 2),
        "delta_big": (deal("Delta", "Epsilon", total_value=usd(5000)), 3),
    }
    ids = {}
    for n, (name, (d, day)) in enumerate(specs.items()):
        result = store.ingest(report(d), SourceRef(kind="url", ref=f"u{n}"), NOW + timedelta(days=day))
        assert result.deal_id is not None
        ids[name] = result.deal_id
    return ids


def ids(store: Store, **query: object) -> list[int]:
    return [d.id for d in store.deals(DealQuery.model_validate(query)).items]


def test_latest_first(store: Store, filled: dict[str, int]):
    assert ids(store) == [filled["delta_big"], filled["pfizer_adc"], filled["bms_mrna"], filled["bms_adc"]]


@pytest.mark.parametrize(
    "spelling",
    [
        "bms",
        "Bristol-Myers Squibb",
        "Bristol Myers Squibb Company",
        "Bristol-Myers",
    ],
)
def test_company_through_the_registry(store: Store, filled: dict[str, int], spelling: str):
    assert ids(store, company=spelling) == [filled["bms_mrna"], filled["bms_adc"]]


def test_unknown_company_gives_nothing(store: Store, filled: dict[str, int]):
    assert ids(store, company="Nonexistent Biologics") == []


def test_modality_dates_and_value(store: Store, filled: dict[str, int]):
    assert ids(store, modality="adc") == [filled["pfizer_adc"], filled["bms_adc"]]
    assert ids(store, company="bms", modality="adc") == [filled["bms_adc"]]
    assert ids(store, since=NOW + timedelta(days=1), until=NOW + timedelta(days=3)) == [
        filled["pfizer_adc"],
        filled["bms_mrna"],
    ]
    assert ids(store, min_usd=Decimal(500_000_000)) == [filled["delta_big"], filled["bms_adc"]]
    assert ids(store, modality="adc", min_usd=Decimal(1)) == [filled["bms_adc"]]


def test_pages_follow_each_other_without_gaps(store: Store, filled: dict[str, int]):
    first = store.deals(DealQuery(limit=3))
    assert len(first.items) == 3
    assert first.next_cursor is not None
    second = store.deals(DealQuery(limit=3, cursor=first.next_cursor))
    assert [d.id for d in second.items] == [filled["bms_adc"]]
    assert second.next_cursor is None
    by_company = store.deals(DealQuery(company="bms", limit=1))
    rest = store.deals(DealQuery(company="bms", limit=1, cursor=by_company.next_cursor))
    assert [d.id for d in by_company.items + rest.items] == [filled["bms_mrna"], filled["bms_adc"]]


def test_same_time_deals_page_by_id(store: Store):
    for n in range(5):
        store.ingest(report(deal(f"Co{n}a", f"Co{n}b")), SourceRef(kind="url", ref=f"s{n}"), NOW)
    seen: list[int] = []
    cursor = None
    while True:
        page = store.deals(DealQuery(limit=2, cursor=cursor))
        seen += [d.id for d in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == sorted(seen, reverse=True)
    assert len(seen) == 5


def test_bad_cursor_is_refused(store: Store):
    with pytest.raises(StoreError):
        store.deals(DealQuery(cursor="not-a-cursor"))


def test_times_without_a_zone_are_refused():
    from datetime import datetime

    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        DealQuery(since=datetime(2026, 1, 1))
