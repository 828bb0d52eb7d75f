"""Corrections through the store: the terms shown, later reports, deliveries, "not a deal", "same deal as N",
the registry, and the record of who changed what."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa

from bot.store import (
    CannotCorrect,
    CorrectionInput,
    Corrector,
    DealQuery,
    InvalidCorrection,
    LearntAlias,
    NewSubscription,
    SourceRef,
    Store,
    Subscriber,
)
from bot.store.schema import ARTICLE_TEXT_CHARS, DealRow
from extraction.models import Deal, Money
from tests.bot.store.builders import deal, report, usd
from tests.bot.store.conftest import NOW

ANA = Corrector(user_id="U0ANA", team_id="T0ACME")
BEN = Corrector(user_id="U0BEN", team_id="T0OTHER")


def url(n: int, published: date | None = date(2026, 3, 1)) -> SourceRef:
    return SourceRef(kind="url", ref=f"https://news.example/{n}", title=f"Story {n}", published=published)


def change(field: str, value: object, by: Corrector = ANA, note: str | None = None) -> CorrectionInput:
    return CorrectionInput.model_validate({"field": field, "value": value, "by": by, "note": note})


def ingest(store: Store, d: Deal, n: int, published: date | None = date(2026, 3, 1), text: str | None = None) -> int:
    result = store.ingest(report(d), url(n, published), NOW, text=text)
    assert result.deal_id is not None
    return result.deal_id


def subscribe(store: Store, who: str, **terms: object) -> None:
    store.add_subscription(
        NewSubscription.model_validate({"subscriber": Subscriber(kind="user", id=who), **terms}), NOW
    )


def reported_terms(store: Store, deal_id: int) -> Deal:
    with store.engine.connect() as connection:
        raw = connection.execute(sa.select(DealRow.deal_json).where(DealRow.id == deal_id)).scalar_one()
    return Deal.model_validate(raw)


def eur(millions: str) -> Money:
    return Money(amount=Decimal(millions) * 1_000_000, currency="EUR")


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("modalities", ["car-t"], lambda d: d.modalities == ("car-t",)),
        ("deal_types", "license, option", lambda d: d.deal_types == ("license", "option")),
        ("upfront", {"amount": "12.5 million", "currency": "EUR"}, lambda d: d.upfront.amount == Decimal(12_500_000)),
        ("milestones", None, lambda d: d.milestones is None),
        ("total_value", "$1.2bn", lambda d: d.total_value.usd == Decimal(1_200_000_000)),
        ("equity", {"amount": 5_000_000, "currency": "USD"}, lambda d: d.equity.amount == Decimal(5_000_000)),
        ("royalties", {"low_pct": "5", "high_pct": "10%"}, lambda d: d.royalties.tiered is True),
        ("assets", "AB-1, AB-2", lambda d: d.assets == ("AB-1", "AB-2")),
        ("targets", ["HER2"], lambda d: d.targets == ("HER2",)),
        ("territory", "Greater China", lambda d: d.territory == "Greater China"),
        (
            "parties",
            [{"name": "Orrin Bio", "role": "licensee"}, {"name": "Pellway Pharma", "role": "licensor"}],
            lambda d: (
                [(p.name, p.role) for p in d.parties] == [("Orrin Bio", "licensee"), ("Pellway Pharma", "licensor")]
            ),
        ),
    ],
)
def test_a_correction_is_shown_everywhere_and_the_report_is_kept(store: Store, field: str, value: object, shown):
    reported = deal("Orrin Bio", "Pellway Pharma", modalities=["antibody"], upfront=usd(10), milestones=usd(90))
    deal_id = ingest(store, reported, 1)

    done = store.correct(deal_id, change(field, value, note="read the release"), NOW + timedelta(hours=1))

    assert shown(done.deal.deal)
    stored = store.get_deal(deal_id)
    assert stored is not None and shown(stored.deal) and stored.corrected == (field,)
    assert stored.updated == NOW + timedelta(hours=1)
    listed = store.deals().items
    assert [d.id for d in listed] == [deal_id] and shown(listed[0].deal)
    assert reported_terms(store, deal_id) == reported  # the report's terms stay as it gave them
    [correction] = store.corrections()
    assert (correction.deal_id, correction.field, correction.by, correction.note) == (
        deal_id,
        field,
        ANA,
        "read the release",
    )
    assert correction.old == reported.model_dump(mode="json")[field] or field == "parties"
    assert correction.at == NOW + timedelta(hours=1)


def test_listings_follow_the_corrected_terms(store: Store):
    deal_id = ingest(store, deal("Orrin Bio", "Pellway Pharma", modalities=["antibody"], upfront=usd(10)), 1)
    store.correct(deal_id, change("modalities", ["car-t"]), NOW)
    store.correct(deal_id, change("upfront", "$150m"), NOW)
    store.correct(
        deal_id,
        change("parties", [{"name": "Orrin Bio", "role": "licensor"}, {"name": "Kelvora", "role": "licensee"}]),
        NOW,
    )
    assert [d.id for d in store.deals(DealQuery(modality="car-t")).items] == [deal_id]
    assert store.deals(DealQuery(modality="antibody")).items == ()
    assert [d.id for d in store.deals(DealQuery(min_usd=Decimal(100_000_000))).items] == [deal_id]
    assert [d.id for d in store.deals(DealQuery(company="Kelvora")).items] == [deal_id]
    assert store.deals(DealQuery(company="Pellway Pharma")).items == ()
    stored = store.get_deal(deal_id)
    assert stored is not None and stored.value_usd == Decimal(150_000_000)
    assert stored.corrected == ("modalities", "upfront", "parties")


def test_a_bad_value_is_refused_naming_the_field_and_nothing_changes(store: Store):
    deal_id = ingest(store, deal("Orrin Bio", "Pellway Pharma", upfront=usd(10)), 1)
    for bad in ("12,5 million", "abc"):
        with pytest.raises(InvalidCorrection) as raised:
            store.correct(deal_id, change("upfront", bad), NOW)
        assert raised.value.field == "upfront"
    assert store.corrections() == []
    stored = store.get_deal(deal_id)
    assert stored is not None and stored.deal.upfront == usd(10) and stored.corrected == ()


def test_an_unknown_deal_cannot_be_corrected(store: Store):
    with pytest.raises(CannotCorrect) as raised:
        store.correct(404, change("upfront", "$5m"), NOW)
    assert (raised.value.deal_id, raised.value.why) == (404, "unknown")


# --- later reports -------------------------------------------------------------------------------------


def test_the_same_article_again_keeps_the_correction(store: Store):
    misread = deal("Orrin Bio", "Pellway Pharma", modalities=["antibody"], upfront=usd(10))
    deal_id = ingest(store, misread, 1)
    store.correct(deal_id, change("modalities", ["car-t"]), NOW)
    again = store.ingest(report(misread), url(1), NOW + timedelta(days=1))
    assert (again.kind, again.deal_id) == ("already_seen", deal_id)
    elsewhere = store.ingest(report(misread), url(2), NOW + timedelta(days=1))  # the same story at another address
    assert (elsewhere.kind, elsewhere.deal_id, elsewhere.filled) == ("merged", deal_id, ())
    stored = store.get_deal(deal_id)
    assert stored is not None and stored.deal.modalities == ("car-t",)
    assert len(store.deals().items) == 1


def test_a_second_report_fills_gaps_but_never_a_corrected_field(store: Store):
    deal_id = ingest(store, deal("Orrin Bio", "Pellway Pharma", modalities=["antibody"], upfront=usd(10)), 1)
    store.correct(deal_id, change("modalities", ["car-t"]), NOW)
    store.correct(deal_id, change("territory", "Japan"), NOW)
    second = deal(
        "Orrin Bio",
        "Pellway Pharma",
        modalities=["antibody", "bispecific"],
        upfront=usd(10),
        milestones=usd(500),
        territory="worldwide",
        assets=["OR-7"],
    )
    merged = store.ingest(report(second), url(2), NOW + timedelta(days=2))
    assert (merged.kind, merged.deal_id) == ("merged", deal_id)
    assert set(merged.filled) >= {"milestones", "assets"}
    assert not {"modalities", "territory"} & set(merged.filled)
    stored = store.get_deal(deal_id)
    assert stored is not None
    assert stored.deal.modalities == ("car-t",)
    assert stored.deal.territory == "Japan"
    assert stored.deal.milestones == usd(500)
    assert stored.deal.assets == ("OR-7",)
    assert stored.value_usd == Decimal(510_000_000)
    assert reported_terms(store, deal_id).modalities == ("antibody", "bispecific")  # what the reports said
    assert store.deals(DealQuery(modality="antibody")).items == ()


def test_a_corrected_figure_leaves_the_dispute_and_a_later_report_does_not_reopen_it(store: Store):
    deal_id = ingest(store, deal("Orrin Bio", "Pellway Pharma", upfront=usd(10), milestones=usd(90)), 1)
    disputing = store.ingest(report(deal("Orrin Bio", "Pellway Pharma", upfront=usd(300))), url(2), NOW)
    assert disputing.disputed == ("upfront",)
    before = store.get_deal(deal_id)
    assert before is not None and before.deal.upfront is None and before.deal.uncertain == ("upfront",)

    store.correct(deal_id, change("upfront", "$30m"), NOW)
    corrected = store.get_deal(deal_id)
    assert corrected is not None and corrected.deal.upfront is not None
    assert (corrected.deal.upfront.usd, corrected.deal.uncertain) == (Decimal(30_000_000), ())

    third = store.ingest(report(deal("Orrin Bio", "Pellway Pharma", upfront=usd(300), milestones=usd(90))), url(3), NOW)
    assert (third.deal_id, third.disputed) == (deal_id, ())
    after = store.get_deal(deal_id)
    assert after is not None and after.deal.upfront is not None
    assert (after.deal.upfront.usd, after.deal.uncertain) == (Decimal(30_000_000), ())


# --- deliveries ----------------------------------------------------------------------------------------


def test_a_correction_queues_the_deal_for_subscribers_it_matches_only_now(store: Store):
    subscribe(store, "U1", modalities=("car-t",))
    subscribe(store, "U2")
    subscribe(store, "U3", modalities=("antibody",))
    subscribe(store, "U4", min_usd=Decimal(100_000_000))
    subscribe(store, "U5", modalities=("mrna",))
    deal_id = ingest(store, deal("Orrin Bio", "Pellway Pharma", modalities=["antibody"], upfront=usd(10)), 1)
    assert {d.subscriber.id for d in store.enqueue_deliveries(deal_id, NOW)} == {"U2", "U3"}

    fixed = store.correct(deal_id, change("modalities", ["car-t"]), NOW)
    assert [d.subscriber.id for d in fixed.enqueued] == ["U1"]
    raised = store.correct(deal_id, change("upfront", "$150m"), NOW)
    assert [d.subscriber.id for d in raised.enqueued] == ["U4"]
    again = store.correct(deal_id, change("modalities", ["car-t", "antibody"]), NOW)
    assert again.enqueued == ()  # U3 has had it since the start
    pending = store.deliveries(deal_id=deal_id, state="pending")
    assert sorted(d.subscriber.id for d in pending) == ["U1", "U2", "U3", "U4"]


def test_a_deal_never_announced_is_queued_only_for_those_it_matches_now(store: Store):
    subscribe(store, "U1", modalities=("car-t",))
    subscribe(store, "U2")
    deal_id = ingest(store, deal("Orrin Bio", "Pellway Pharma", modalities=["antibody"]), 1)  # stored, never sent
    fixed = store.correct(deal_id, change("modalities", ["car-t"]), NOW)
    assert [d.subscriber.id for d in fixed.enqueued] == ["U1"]


# --- not a deal --------------------------------------------------------------------------------------


def test_not_a_deal_hides_it_cancels_what_is_queued_and_says_who(store: Store):
    for who in ("U1", "U2", "U3"):
        subscribe(store, who)
    deal_id = ingest(store, deal("Orrin Bio", "Pellway Pharma", upfront=usd(10)), 1)
    other = ingest(store, deal("Kelvora", "Selectis", upfront=usd(20)), 2)
    store.enqueue_deliveries(deal_id, NOW)
    store.enqueue_deliveries(other, NOW)
    sent, claimed = store.claim_deliveries(NOW, limit=2)
    store.mark_sent(sent.id, NOW, message_ref="C1/1.0")

    done = store.retract(deal_id, BEN, NOW + timedelta(minutes=5), note="a rumour")

    assert sorted(d.id for d in done.cancelled) == sorted(
        d.id for d in store.deliveries(deal_id=deal_id) if d.id != sent.id
    )
    assert claimed.id in {d.id for d in done.cancelled}
    assert {d.state for d in store.deliveries(deal_id=deal_id)} == {"sent", "cancelled"}
    assert {d.state for d in store.deliveries(deal_id=other)} == {"pending"}
    assert [d.id for d in store.deals().items] == [other]
    stored = store.get_deal(deal_id)
    assert stored is not None and stored.retracted is not None
    assert (stored.retracted.by, stored.retracted.at, stored.retracted.note) == (
        BEN,
        NOW + timedelta(minutes=5),
        "a rumour",
    )
    assert done.deal.retracted == stored.retracted

    later = NOW + timedelta(hours=1)
    assert all(d.deal_id == other for d in store.claim_deliveries(later, limit=50))
    store.mark_failed(claimed.id, "timeout", retry_at=later)  # the send under way when it was cancelled
    assert {d.state for d in store.deliveries(deal_id=deal_id) if d.id == claimed.id} == {"cancelled"}
    assert store.subscribers_for(deal_id, later) == []
    assert store.enqueue_deliveries(deal_id, later) == []

    again = store.ingest(report(deal("Orrin Bio", "Pellway Pharma", milestones=usd(5))), url(3), later)
    assert (again.kind, again.deal_id) == ("merged", deal_id)  # a later report of it joins it, and stays hidden
    assert [d.id for d in store.deals().items] == [other]
    twice = store.retract(deal_id, ANA, later)
    assert twice.correction == done.correction
    assert [c.field for c in store.corrections()] == ["retracted"]


# --- same deal as N --------------------------------------------------------------------------------------


def test_same_deal_as_n_makes_one_deal_with_both_sources(store: Store):
    subscribe(store, "U1")  # sent both deals
    subscribe(store, "U2", modalities=("adc",))  # sent the first; the second still queued
    subscribe(store, "U3", min_usd=Decimal(455_000_000))  # matches neither, but the merged deal
    subscribe(store, "U4", min_usd=Decimal(400_000_000))  # the second only, still queued
    subscribe(store, "U5", min_usd=Decimal(300_000_000), modalities=("adc",))  # the second only, sent
    first = ingest(store, deal("Orrin Bio", "Pellway Pharma", modalities=["adc"], upfront=usd(10)), 1, date(2026, 1, 5))
    second = ingest(
        store, deal("Orrin Bio", "Pellway Pharma", modalities=["adc"], milestones=usd(450)), 2, date(2026, 3, 1)
    )
    assert first != second  # eight weeks apart: two deals, to the matcher
    for delivery in store.enqueue_deliveries(first, NOW) + store.enqueue_deliveries(second, NOW):
        if (delivery.deal_id, delivery.subscriber.id) not in {(second, "U2"), (second, "U4")}:
            store.mark_sent(delivery.id, NOW)

    done = store.merge_deals(second, first, ANA, NOW + timedelta(hours=1), note="same licence")

    assert done.deal.id == first
    assert [s.ref for s in done.deal.sources] == [url(1).ref, url(2).ref]
    assert done.deal.deal.milestones == usd(450) and done.deal.deal.upfront == usd(10)
    assert done.deal.reported_on == date(2026, 1, 5)
    assert [d.id for d in store.deals().items] == [first]
    merged_away = store.get_deal(second)
    assert merged_away is not None and merged_away.merged_into == first and merged_away.sources == ()
    assert {d.subscriber.id for d in done.cancelled} == {"U2", "U4"}
    assert {d.subscriber.id: d.state for d in store.deliveries(deal_id=second)} == {
        "U1": "sent",
        "U2": "cancelled",
        "U4": "cancelled",
        "U5": "sent",
    }
    assert [d.subscriber.id for d in done.enqueued] == ["U3", "U4"]
    seen = store.previous_outcome(url(2))
    assert seen is not None and seen.deal_id == first
    assert (done.correction.deal_id, done.correction.field, done.correction.new) == (second, "merged_into", first)

    with pytest.raises(CannotCorrect) as raised:
        store.correct(second, change("upfront", "$5m"), NOW)
    assert (raised.value.why, raised.value.merged_into) == ("merged", first)


def test_a_merge_goes_to_the_deal_a_merged_deal_joined_and_refuses_itself_and_retracted_deals(store: Store):
    a = ingest(store, deal("Orrin Bio", "Pellway Pharma"), 1, date(2026, 1, 1))
    b = ingest(store, deal("Orrin Bio", "Pellway Pharma"), 2, date(2026, 3, 1))
    c = ingest(store, deal("Orrin Bio", "Pellway Pharma"), 3, date(2026, 5, 1))
    d = ingest(store, deal("Kelvora", "Selectis"), 4)
    store.merge_deals(b, a, ANA, NOW)
    assert store.merge_deals(c, b, ANA, NOW).deal.id == a
    later = store.get_deal(c)
    assert later is not None and later.merged_into == a
    with pytest.raises(CannotCorrect) as itself:
        store.merge_deals(a, b, ANA, NOW)
    assert itself.value.why == "same"
    store.retract(d, ANA, NOW)
    with pytest.raises(CannotCorrect) as hidden:
        store.merge_deals(a, d, ANA, NOW)
    assert hidden.value.why == "retracted"
    assert [x.id for x in store.deals().items] == [a]


def test_merging_a_deal_that_merged_others_before_points_them_to_the_survivor(store: Store):
    a = ingest(store, deal("Orrin Bio", "Pellway Pharma"), 1, date(2026, 1, 1))
    b = ingest(store, deal("Orrin Bio", "Pellway Pharma"), 2, date(2026, 3, 1))
    c = ingest(store, deal("Orrin Bio", "Pellway Pharma"), 3, date(2026, 5, 1))
    store.merge_deals(a, b, ANA, NOW)
    store.merge_deals(b, c, ANA, NOW)
    first = store.get_deal(a)
    assert first is not None and first.merged_into == c
    survivor = store.get_deal(c)
    assert survivor is not None and len(survivor.sources) == 3


# --- the registry --------------------------------------------------------------------------------------


def test_a_party_renamed_to_a_known_company_teaches_its_old_spelling(store: Store, database_url: str):
    deal_id = ingest(store, deal("Selectis", "Kelvora", modalities=["car-t"]), 1)
    renamed = [{"name": "Cellectis", "role": "licensor"}, {"name": "Kelvora", "role": "licensee"}]
    done = store.correct(deal_id, change("parties", renamed), NOW)
    assert done.learnt == (LearntAlias(alias="Selectis", company="Cellectis"),)
    found = store.find_company("Selectis")
    assert found is not None and found.canonical == "Cellectis"
    assert [d.id for d in store.deals(DealQuery(company="Cellectis")).items] == [deal_id]
    with Store.open(database_url) as reopened:  # kept across restarts
        again = reopened.find_company("Selectis")
        assert again is not None and again.canonical == "Cellectis"


@pytest.mark.parametrize(
    ("other_deal", "old", "new"),
    [
        (None, "Pfizer", "Cellectis"),  # a shipped company: the extractor named another company
        (("Selectis", "Orrin Bio"), "Selectis", "Cellectis"),  # a company another deal names
        (None, "Selectis", "Zintavo Biologics"),  # renamed to a company nobody knows
    ],
)
def test_a_rename_teaches_nothing_when_the_old_name_is_a_company_of_its_own(
    store: Store, other_deal: tuple[str, str] | None, old: str, new: str
):
    if other_deal is not None:
        ingest(store, deal(*other_deal), 9, date(2025, 1, 1))
    deal_id = ingest(store, deal(old, "Kelvora"), 1)
    before = store.find_company(old)
    done = store.correct(
        deal_id, change("parties", [{"name": new, "role": "licensor"}, {"name": "Kelvora", "role": "licensee"}]), NOW
    )
    assert done.learnt == ()
    assert store.find_company(old) == before


# --- the record ----------------------------------------------------------------------------------------


def test_corrections_are_listed_since_a_time_and_by_workspace(store: Store):
    deal_id = ingest(store, deal("Orrin Bio", "Pellway Pharma"), 1)
    store.correct(deal_id, change("territory", "Japan", ANA), NOW)
    store.correct(deal_id, change("territory", "worldwide", BEN), NOW + timedelta(days=2))
    store.correct(deal_id, change("assets", ["OR-1"], ANA), NOW + timedelta(days=3))
    assert [c.field for c in store.corrections()] == ["territory", "territory", "assets"]
    assert [c.new for c in store.corrections(NOW + timedelta(days=1))] == ["worldwide", ["OR-1"]]
    assert [c.by for c in store.corrections(team_id="T0ACME")] == [ANA, ANA]
    assert [c.old for c in store.corrections(deal_id=deal_id)][:2] == [None, "Japan"]
    stored = store.get_deal(deal_id)
    assert stored is not None and stored.deal.territory == "worldwide" and stored.corrected == ("territory", "assets")


def test_every_correction_is_logged_with_who_and_what_but_no_values(store: Store, caplog: pytest.LogCaptureFixture):
    deal_id = ingest(store, deal("Orrin Bio", "Pellway Pharma", modalities=["antibody"]), 1)
    other = ingest(store, deal("Kelvora", "Selectis"), 2)
    caplog.set_level(logging.INFO, logger="dealbot.store.corrections")
    store.correct(deal_id, change("upfront", "EUR 12.5 million", note="from the release"), NOW)
    store.retract(other, BEN, NOW)
    records = [r for r in caplog.records if r.name == "dealbot.store.corrections"]
    assert [(r.getMessage(), r.deal_id, r.field, r.user_id, r.team_id) for r in records] == [  # type: ignore[attr-defined]
        ("deal corrected", deal_id, "upfront", ANA.user_id, ANA.team_id),
        ("deal corrected", other, "retracted", BEN.user_id, BEN.team_id),
    ]
    # (the record's own clock fields, "relativeCreated": 160212.5..., are no values of the correction)
    clock = {"created", "msecs", "relativeCreated", "thread", "process"}
    logged = " ".join(str({k: v for k, v in vars(r).items() if k not in clock}) for r in records)
    assert "12.5" not in logged and "from the release" not in logged


def test_the_article_text_is_kept_with_its_report_up_to_the_limit(store: Store):
    deal_id = ingest(store, deal("Orrin Bio", "Pellway Pharma"), 1, text="Orrin licenses OR-7 to Pellway. " * 5000)
    article = store.article(deal_id)
    assert article is not None
    source, text = article
    assert source.ref == url(1).ref
    assert len(text) == ARTICLE_TEXT_CHARS and text.startswith("Orrin licenses OR-7")
    untold = ingest(store, deal("Kelvora", "Selectis"), 2)
    assert store.article(untold) is None
