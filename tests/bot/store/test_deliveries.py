"""The outbox: one delivery per deal and subscriber, claimed, then sent or failed."""

from datetime import timedelta

import pytest

from bot.store import DeliveryPost, NewSubscription, SourceRef, Store, Subscriber
from bot.store.deliveries import CLAIM_LEASE
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
    assert store.mark_failed(claimed[2].id, "ratelimited", retry_at=NOW + timedelta(seconds=20))
    states = {d.id: d for d in store.deliveries()}
    assert states[claimed[0].id].state == "sent"
    assert states[claimed[0].id].message_ref == "1700000000.000100"
    assert states[claimed[1].id].state == "failed"
    assert states[claimed[1].id].failed_reason == "channel_not_found"
    assert states[claimed[2].id].state == "pending"

    assert store.claim_deliveries(NOW) == []
    retried = store.claim_deliveries(NOW + timedelta(seconds=20))  # the fourth is still under its lease
    assert [(d.id, d.attempts) for d in retried] == [(claimed[2].id, 2)]


def test_an_expired_lease_is_claimed_again(store: Store):
    store.add_subscription(NewSubscription(subscriber=ANN), NOW)
    store.enqueue_deliveries(a_deal(store), NOW)
    [taken] = store.claim_deliveries(NOW, lease=timedelta(minutes=5))
    assert store.claim_deliveries(NOW + timedelta(minutes=4)) == []
    [again] = store.claim_deliveries(NOW + timedelta(minutes=6))
    assert again.id == taken.id
    assert again.attempts == 2


def test_a_claim_renewed_by_its_sender_holds_and_lapses_once_renewals_stop(store: Store):
    store.add_subscription(NewSubscription(subscriber=ANN), NOW)
    store.enqueue_deliveries(a_deal(store), NOW)
    [taken] = store.claim_deliveries(NOW)
    assert taken.claimed_until == NOW + CLAIM_LEASE
    beat = NOW + CLAIM_LEASE * 2 / 3
    assert store.renew_deliveries([taken], beat) == {taken.id}
    assert store.claim_deliveries(NOW + CLAIM_LEASE + timedelta(seconds=1)) == []  # renewed past its first lease
    [again] = store.claim_deliveries(beat + CLAIM_LEASE + timedelta(seconds=1))  # its sender stopped renewing
    assert (again.id, again.attempts) == (taken.id, 2)


def test_a_claim_taken_over_changes_nothing_and_its_successor_records_each_post(store: Store):
    store.add_subscription(NewSubscription(subscriber=ANN), NOW)
    store.enqueue_deliveries(a_deal(store), NOW)
    [stale] = store.claim_deliveries(NOW)
    later = NOW + CLAIM_LEASE + timedelta(seconds=1)
    [current] = store.claim_deliveries(later)
    assert store.renew_deliveries([stale], later) == set()
    assert not store.begin_post(stale, "card", later)
    assert not store.record_post(stale, "card", "D1", "1.1", later, sent_as="D1/1.1")
    assert not store.mark_failed(stale.id, "internal_error", later, attempt=stale.attempts)
    assert not store.mark_sent(stale.id, later, attempt=stale.attempts)
    [row] = store.deliveries()
    assert (row.state, row.attempts, row.posts, row.failed_reason) == ("claimed", 2, (), None)

    assert store.begin_post(current, "card", later)
    assert store.deliveries()[0].posts == (DeliveryPost(step="card", started=later),)  # begun, outcome unknown
    assert store.record_post(current, "card", "D1", "1.1", later + timedelta(seconds=1))
    assert store.begin_post(current, "thread_reply", later + timedelta(seconds=2))
    assert store.deliveries()[0].state == "claimed"
    assert store.record_post(current, "thread_reply", "D1", "1.2", later + timedelta(seconds=3), sent_as="D1/1.1")
    [row] = store.deliveries()
    assert (row.state, row.message_ref, row.sent_at) == ("sent", "D1/1.1", later + timedelta(seconds=3))
    assert [(p.step, p.channel, p.ts) for p in row.posts] == [("card", "D1", "1.1"), ("thread_reply", "D1", "1.2")]
    assert row.post("card") == DeliveryPost(
        step="card", started=later, channel="D1", ts="1.1", posted=later + timedelta(seconds=1)
    )


@pytest.mark.parametrize(
    ("reason", "refused", "kept"),
    [
        ("ratelimited", True, ()),  # Slack answered that it did not take the post: a retry posts without looking
        ("channel_not_found", True, ()),
        ("internal_error", False, ("card",)),  # a 5xx or a timeout: the post may be in Slack; a retry looks first
    ],
)
def test_a_failed_post_is_kept_as_begun_only_when_slack_may_have_it(
    store: Store, reason: str, refused: bool, kept: tuple[str, ...]
):
    store.add_subscription(NewSubscription(subscriber=ANN), NOW)
    store.enqueue_deliveries(a_deal(store), NOW)
    [taken] = store.claim_deliveries(NOW)
    assert store.begin_post(taken, "card", NOW)
    retry = NOW + timedelta(minutes=2)
    assert store.mark_failed(taken.id, reason, retry, attempt=taken.attempts, refused=refused)
    [row] = store.deliveries()
    assert (row.state, row.failed_reason) == ("pending", reason)
    assert tuple(p.step for p in row.posts) == kept


def test_claim_by_mode(store: Store):
    store.add_subscription(NewSubscription(subscriber=ANN, mode="digest"), NOW)
    store.add_subscription(NewSubscription(subscriber=NEWS), NOW)
    store.enqueue_deliveries(a_deal(store), NOW)
    assert [d.subscriber for d in store.claim_deliveries(NOW, mode="digest")] == [ANN]
    assert [d.subscriber for d in store.claim_deliveries(NOW, mode="instant")] == [NEWS]
