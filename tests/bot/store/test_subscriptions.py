"""Subscriptions and the subscribers of a deal."""

from datetime import timedelta
from decimal import Decimal

from bot.store import NewSubscription, SourceRef, Store, Subscriber
from tests.bot.store.builders import deal, report, usd
from tests.bot.store.conftest import NOW

ANN = Subscriber(kind="user", id="U1")
BOB = Subscriber(kind="user", id="U2")
NEWS = Subscriber(kind="channel", id="C1")


def stored(store: Store, n: int, *names: str, **fields: object) -> int:
    result = store.ingest(report(deal(*names, **fields)), SourceRef(kind="url", ref=f"d{n}"), NOW)
    assert result.deal_id is not None
    return result.deal_id


def test_add_list_remove(store: Store):
    sub = store.add_subscription(
        NewSubscription(
            subscriber=ANN, modalities=("adc", "mrna"), companies=("bms",), min_usd=Decimal("1e8")
        ),
        NOW,
    )
    assert sub.modalities == ("adc", "mrna")
    bms = store.find_company("Bristol-Myers Squibb")
    assert bms is not None
    assert sub.companies == (bms.canonical,)
    assert sub.min_usd == Decimal(100_000_000)
    assert sub.mode == "instant"
    assert sub.created == NOW
    other = store.add_subscription(NewSubscription(subscriber=NEWS, mode="digest"), NOW)
    assert [s.id for s in store.subscriptions()] == [sub.id, other.id]
    assert store.subscriptions(ANN) == [sub]
    assert store.remove_subscription(sub.id, BOB) is False
    assert store.remove_subscription(sub.id, ANN) is True
    assert store.subscriptions() == [other]


def test_subscribers_match_on_modality_company_and_value(store: Store):
    adc_fan = store.add_subscription(NewSubscription(subscriber=ANN, modalities=("adc",)), NOW)
    bms_fan = store.add_subscription(NewSubscription(subscriber=BOB, companies=("Bristol-Myers Squibb",)), NOW)
    big_only = store.add_subscription(NewSubscription(subscriber=NEWS, min_usd=Decimal(500_000_000)), NOW)
    everything = store.add_subscription(NewSubscription(subscriber=Subscriber(kind="user", id="U9")), NOW)

    bms_adc_big = stored(store, 1, "BMS", "Alpha", modalities=["adc"], total_value=usd(900))
    pfizer_mrna_small = stored(store, 2, "Pfizer", "Beta", modalities=["mrna"], upfront=usd(5))
    unknown_value = stored(store, 3, "Gamma", "Delta", modalities=["adc"])

    def ids(deal_id: int) -> list[int]:
        return [s.id for s in store.subscribers_for(deal_id, NOW)]

    assert ids(bms_adc_big) == [adc_fan.id, bms_fan.id, big_only.id, everything.id]
    assert ids(pfizer_mrna_small) == [everything.id]
    assert ids(unknown_value) == [adc_fan.id, everything.id]


def test_paused_subscriptions_match_again_after_the_pause(store: Store):
    sub = store.add_subscription(NewSubscription(subscriber=ANN, paused_until=NOW + timedelta(days=1)), NOW)
    deal_id = stored(store, 1, "Alpha", "Beta")
    assert store.subscribers_for(deal_id, NOW) == []
    assert [s.id for s in store.subscribers_for(deal_id, NOW + timedelta(days=1))] == [sub.id]
    assert store.pause_subscription(sub.id, None)
    assert [s.id for s in store.subscribers_for(deal_id, NOW)] == [sub.id]


def test_subscribing_to_an_unknown_company_catches_its_later_deals(store: Store):
    sub = store.add_subscription(NewSubscription(subscriber=ANN, companies=("Vantrix Oncology",)), NOW)
    deal_id = stored(store, 1, "Vantrix Oncology", "Pfizer")
    assert [s.id for s in store.subscribers_for(deal_id, NOW)] == [sub.id]


def test_a_deal_not_stored_has_no_subscribers(store: Store):
    store.add_subscription(NewSubscription(subscriber=ANN), NOW)
    assert store.subscribers_for(12345, NOW) == []
    assert store.enqueue_deliveries(12345, NOW) == []


def test_a_subscription_records_who_made_it(store: Store):
    mine = store.add_subscription(NewSubscription(subscriber=ANN, modalities=("adc",)), NOW)
    for_news = store.add_subscription(NewSubscription(subscriber=NEWS, created_by="U1"), NOW)
    by_bob = store.add_subscription(NewSubscription(subscriber=NEWS, modalities=("mrna",), created_by="U2"), NOW)
    unknown = store.add_subscription(NewSubscription(subscriber=Subscriber(kind="channel", id="C2")), NOW)
    assert (mine.created_by, for_news.created_by, by_bob.created_by, unknown.created_by) == ("U1", "U1", "U2", None)
    assert [s.id for s in store.subscriptions(created_by="U1")] == [mine.id, for_news.id]
    assert store.subscriptions(NEWS, created_by="U1") == [for_news]
    assert store.subscriptions(NEWS) == [for_news, by_bob]


def test_a_deleted_subscriptions_id_is_never_given_again(store: Store):
    first = store.add_subscription(NewSubscription(subscriber=ANN), NOW)
    last = store.add_subscription(NewSubscription(subscriber=NEWS, created_by="U1"), NOW)
    assert store.remove_subscription(last.id)
    again = store.add_subscription(NewSubscription(subscriber=NEWS, created_by="U1"), NOW)
    assert again.id > last.id > first.id
    assert store.remove_subscription(again.id) and store.remove_subscription(first.id)
    assert store.add_subscription(NewSubscription(subscriber=ANN), NOW).id > again.id
