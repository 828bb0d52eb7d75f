"""The outbox: one delivery per deal and subscriber, claimed, then sent or failed."""

from datetime import timedelta

from bot.store import NewSubscription, SourceRef, Store, Subscriber
from tests.bot.store.builders import deal, report, usd
from tests.bot.store.conftest import NOW

ANN = Subscriber(kind="user", id="U1")
NEWS = Subscriber(kind="channel", id="C1")


def a_deal(store: Store, n: int = 1, **fields: object) -> int:
    result = store.ingest(
        report(deal(f"Alpha{n}", f"Beta{n}", **fields)), SourceRef(kind="url", ref=f"d{n}"), NOW
    )
    assert result.deal_id is not None
    return result.deal_id


def test_enqueue_is_once_per_deal_and_subscriber(store: Store):
    digest = store.add_subscription(NewSubscription(subscriber=ANN, mode="digest"), NOW)
    instant = store.add_subscription(NewSubscription(subscriber=ANN, modalities=("adc",)), NOW)
    store.add_subscription(NewSubscription(subscriber=NEWS), NOW)
    deal_id = a_deal(store, modalities=["adc"])
    made = store.enqueue_deliveries(deal_id, NOW)
    assert sorted((d.subscriber.kind, d.subscriber.id, d.mode) for d in made) == [
        ("channel", "C1", "instant"),
        ("user", "U1", "instant"),
    ]
    assert next(d for d in made if d.subscriber == ANN).subscription_id == instant.id
    assert digest.id != instant.id
    assert store.enqueue_deliveries(deal_id, NOW) == []
    assert len(store.deliveries(deal_id=deal_id)) == 2


def test_a_merged_report_alerts_no_one_twice(store: Store):
    store.add_subscription(NewSubscription(subscriber=ANN), NOW)
    deal_id = a_deal(store, upfront=usd(10))
    assert len(store.enqueue_deliveries(deal_id, NOW)) == 1
    merged = store.ingest(
        report(deal("Alpha1", "Beta1", upfront=usd(10), milestones=usd(90))),
        SourceRef(kind="url", ref="x"),
        NOW,
    )
    assert (merged.kind, merged.deal_id) == ("merged", deal_id)
    assert store.enqueue_deliveries(deal_id, NOW) == []


def test_claim_send_and_fail(store: Store):
    store.add_subscription(NewSubscription(subscriber=ANN), NOW)
    store.add_subscription(NewSubscription(subscriber=NEWS), NOW)
    first, second = a_deal(store, 1), a_deal(store, 2)
    store.enqueue_deliveries(first, NOW)
    store.enqueue_deliveries(second, NOW)

    claimed = store.claim_deliveries(NOW, limit=3)
    assert len(claimed) == 3
    assert all(d.state == "claimed" and d.attempts == 1 for d in claimed)
    rest = store.claim_deliveries(NOW, limit=3)
    assert len(rest) == 1
    assert store.claim_deliveries(NOW) == []

    assert store.mark_sent(claimed[0].id, NOW, message_ref="1700000000.000100")
    assert store.mark_failed(claimed[1].id, "channel_not_found")
    assert store.mark_failed(claimed[2].id, "ratelimited", retry_at=NOW + timedelta(minutes=1))
    states = {d.id: d for d in store.deliveries()}
    assert states[claimed[0].id].state == "sent"
    assert states[claimed[0].id].message_ref == "1700000000.000100"
    assert states[claimed[1].id].state == "failed"
    assert states[claimed[1].id].failed_reason == "channel_not_found"
    assert states[claimed[2].id].state == "pending"

    assert store.claim_deliveries(NOW) == []
    retried = store.claim_deliveries(NOW + timedelta(minutes=1))
    assert [(d.id, d.attempts) for d in retried] == [(claimed[2].id, 2)]


def test_an_expired_lease_is_claimed_again(store: Store):
    store.add_subscription(NewSubscription(subscriber=ANN), NOW)
    store.enqueue_deliveries(a_deal(store), NOW)
    [taken] = store.claim_deliveries(NOW, lease=timedelta(minutes=5))
    assert store.claim_deliveries(NOW + timedelta(minutes=4)) == []
    [again] = store.claim_deliveries(NOW + timedelta(minutes=6))
    assert again.id == taken.id
    assert again.attempts == 2


def test_claim_by_mode(store: Store):
    store.add_subscription(NewSubscription(subscriber=ANN, mode="digest"), NOW)
    store.add_subscription(NewSubscription(subscriber=NEWS), NOW)
    store.enqueue_deliveries(a_deal(store), NOW)
    assert [d.subscriber for d in store.claim_deliveries(NOW, mode="digest")] == [ANN]
    assert [d.subscriber for d in store.claim_deliveries(NOW, mode="instant")] == [NEWS]
