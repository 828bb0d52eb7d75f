"""Ingesting reports: new deals, second reports merged, non-deals and items seen before."""

from datetime import date, timedelta

from bot.store import DealQuery, ImportItem, SourceRef, Store
from extraction.models import Extraction
from tests.bot.store.builders import deal, report, usd
from tests.bot.store.conftest import NOW


def url(n: int, published: date | None = None) -> SourceRef:
    return SourceRef(kind="url", ref=f"https://news.example/{n}", title=f"Story {n}", published=published)


def test_new_deal_is_stored_with_its_source(store: Store):
    d = deal("Cellectis", "Servier", modalities=["car-t"], upfront=usd(10), assets=["UCART19"])
    result = store.ingest(report(d, "Cellectis signs with Servier"), url(1), NOW)
    assert result.kind == "new"
    assert result.deal_id is not None
    stored = store.get_deal(result.deal_id)
    assert stored is not None
    assert stored.deal == d
    assert stored.headline == "Cellectis signs with Servier"
    assert stored.first_seen == NOW
    assert [s.model_copy(update={"why": None}) for s in stored.sources] == [url(1)]
    assert stored.sources[0].why == "new deal: no stored deal of these parties within six weeks"
    assert stored.value_usd == usd(10).usd


def test_second_report_is_merged_fills_gaps_and_is_not_new(store: Store):
    first = store.ingest(
        report(deal("Cellectis", "Servier", upfront=usd(10), modalities=["car-t"])), url(1), NOW
    )
    later = NOW + timedelta(days=3)
    second = store.ingest(
        report(deal("Cellectis SA", "Servier", upfront=usd(10), milestones=usd(840), modalities=["car-t"])),
        url(2),
        later,
    )
    assert second.kind == "merged"
    assert second.deal_id == first.deal_id
    assert "milestones" in second.filled
    assert first.deal_id is not None
    stored = store.get_deal(first.deal_id)
    assert stored is not None
    assert stored.deal.milestones == usd(840)
    assert [s.ref for s in stored.sources] == [url(1).ref, url(2).ref]
    assert stored.first_seen == NOW
    assert stored.updated == later
    assert stored.value_usd == usd(850).usd
    assert len(store.deals().items) == 1


def test_same_parties_different_money_weeks_apart_is_another_deal(store: Store):
    first = store.ingest(report(deal("Alpha", "Beta", upfront=usd(10))), url(1, date(2024, 1, 10)), NOW)
    second = store.ingest(report(deal("Alpha", "Beta", upfront=usd(300))), url(2, date(2024, 1, 24)), NOW)
    assert second.kind == "new"
    assert second.deal_id != first.deal_id
    stored = store.get_deal(second.deal_id)
    assert stored is not None
    assert stored.sources[0].why == f"new deal: #{first.deal_id} gives another upfront"


def test_a_disputed_figure_is_shown_as_see_the_article_and_never_filled_again(store: Store):
    first = store.ingest(report(deal("Alpha", "Beta", upfront=usd(10), milestones=usd(90))), url(1), NOW)
    second = store.ingest(report(deal("Alpha", "Beta", upfront=usd(300))), url(2), NOW)
    assert (second.kind, second.deal_id, second.disputed) == ("merged", first.deal_id, ("upfront",))
    third = store.ingest(report(deal("Alpha", "Beta", upfront=usd(300), milestones=usd(90))), url(3), NOW)
    assert third.deal_id == first.deal_id
    assert first.deal_id is not None
    stored = store.get_deal(first.deal_id)
    assert stored is not None
    assert stored.deal.upfront is None
    assert stored.deal.uncertain == ("upfront",)
    assert stored.deal.milestones == usd(90)
    assert "upfront in dispute ($300m here, $10m stored)" in (stored.sources[1].why or "")
    assert len(store.deals().items) == 1


def test_published_dates_far_apart_make_another_deal(store: Store):
    store.ingest(report(deal("Alpha", "Beta")), url(1, date(2024, 1, 10)), NOW)
    assert store.ingest(report(deal("Alpha", "Beta")), url(2, date(2024, 2, 1)), NOW).kind == "merged"
    assert store.ingest(report(deal("Alpha", "Beta")), url(3, date(2025, 6, 1)), NOW).kind == "new"


def test_not_a_deal_is_remembered_with_its_reason(store: Store):
    news = Extraction(is_deal=False, reason="clinical trial results")
    result = store.ingest(news, url(1), NOW)
    assert (result.kind, result.reason) == ("not_deal", "clinical trial results")
    assert store.is_processed(url(1))
    again = store.ingest(news, url(1), NOW)
    assert (again.kind, again.reason) == ("already_seen", "clinical trial results")
    assert store.deals().items == ()


def test_an_item_is_ingested_once_by_ref_or_by_digest(store: Store):
    d = report(deal("Alpha", "Beta"))
    first = store.ingest(d, SourceRef(kind="file", ref="/a/1.txt", digest="abc"), NOW)
    assert store.ingest(d, SourceRef(kind="file", ref="/a/1.txt"), NOW).kind == "already_seen"
    copy = store.ingest(d, SourceRef(kind="file", ref="/b/copy.txt", digest="abc"), NOW)
    assert (copy.kind, copy.deal_id) == ("already_seen", first.deal_id)
    assert not store.is_processed(SourceRef(kind="file", ref="/c/other.txt", digest="def"))


def test_deal_with_no_parties_is_stored(store: Store):
    assert store.ingest(report(deal(upfront=usd(1))), url(1), NOW).kind == "new"
    assert store.ingest(report(deal(upfront=usd(1))), url(2), NOW).kind == "new"


def test_a_reopened_store_keeps_deals_and_learnt_companies(database_url: str):
    store = Store.open(database_url)
    store.ingest(report(deal("Zymoqua Therapeutics", "Pfizer")), url(1), NOW)
    store.close()
    reopened = Store.open(database_url)
    try:
        found = reopened.find_company("Zymoqua Therapeutics")
        assert found is not None
        assert found.canonical == "Zymoqua Therapeutics"
        page = reopened.deals(DealQuery(company="Zymoqua Therapeutics"))
        assert len(page.items) == 1
        merged = reopened.ingest(report(deal("Zymoqua Therapeutics", "Pfizer Inc.")), url(2), NOW)
        assert merged.kind == "merged"
    finally:
        reopened.close()


def test_bulk_import_stores_deals_that_later_reports_merge_into(store: Store):
    items = [
        ImportItem(deal=deal("Orrin Bio", "Pfizer", upfront=usd(5)), source=url(1), first_seen=NOW),
        ImportItem(deal=deal("Orrin Bio", "Pfizer", upfront=usd(500)), source=url(2), first_seen=NOW),
        ImportItem(deal=deal("Tessaly", "BMS", modalities=["adc"]), source=url(3), first_seen=NOW),
    ]
    assert store.import_deals(items, batch_size=2) == 3
    assert len(store.deals(DealQuery(company="Orrin Bio")).items) == 2
    assert [d.deal for d in store.deals(DealQuery(modality="adc")).items] == [items[2].deal]
    assert store.is_processed(url(3))
    later = store.ingest(report(deal("Orrin Bio", "Pfizer Inc.", upfront=usd(500))), url(4), NOW)
    assert later.kind == "merged"
    stored = store.get_deal(later.deal_id or 0)
    assert stored is not None
    assert stored.deal.upfront == usd(500)


def test_a_party_left_open_is_the_company_a_later_report_names(store: Store):
    first = store.ingest(report(deal("Merck", "Kelun-Biotech", upfront=usd(35))), url(1), NOW)
    second = store.ingest(report(deal("Merck & Co.", "Kelun-Biotech", milestones=usd(901))), url(2), NOW)
    assert (second.kind, second.deal_id) == ("merged", first.deal_id)
    assert first.deal_id is not None
    stored = store.get_deal(first.deal_id)
    assert stored is not None
    assert [(p.name, p.candidates) for p in stored.deal.parties] == [("Merck & Co.", ()), ("Kelun-Biotech", ())]
    assert [d.id for d in store.deals(DealQuery(company="MSD")).items] == [first.deal_id]
    assert list(store.deals(DealQuery(company="Merck KGaA")).items) == []


def test_a_party_left_open_is_not_another_company(store: Store):
    first = store.ingest(report(deal("Merck", "Kelun-Biotech", upfront=usd(35))), url(1), NOW)
    second = store.ingest(report(deal("Pfizer", "Kelun-Biotech", upfront=usd(35))), url(2), NOW)
    assert second.kind == "new" and second.deal_id != first.deal_id


def test_a_slack_message_source_keeps_its_permalink_ingested_merged_or_imported(store: Store):
    link = "https://test.slack.com/archives/C1/p1700000000000100"
    message = SourceRef(kind="slack", ref="C1/1700000000.000100", digest="a" * 64, url=link)
    first = store.ingest(report(deal("Orrin Bio", "Pfizer", upfront=usd(5))), message, NOW)
    second = SourceRef(kind="slack", ref="C2/1700000001.000100", url=link.replace("C1", "C2"))
    merged = store.ingest(report(deal("Orrin Bio", "Pfizer Inc.", upfront=usd(5))), second, NOW)
    assert merged.deal_id == first.deal_id
    stored = store.get_deal(first.deal_id or 0)
    assert stored is not None
    assert [(s.ref, s.url) for s in stored.sources] == [(message.ref, link), (second.ref, second.url)]
    imported = SourceRef(kind="slack", ref="C3/1.2", url="https://test.slack.com/archives/C3/p12")
    store.import_deals([ImportItem(deal=deal("Tessaly", "BMS"), source=imported, first_seen=NOW)])
    (tessaly,) = [d for d in store.deals().items if d.id != first.deal_id]
    assert tessaly.sources == (imported,)
