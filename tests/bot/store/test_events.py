from datetime import timedelta

from bot.store import Store
from tests.bot.store.conftest import NOW


def test_an_event_is_recorded_once(store: Store):
    assert store.record_event_once("Ev123", NOW) is True
    assert store.record_event_once("Ev123", NOW + timedelta(seconds=3)) is False
    assert store.record_event_once("Ev124", NOW) is True


def test_old_events_are_forgotten(store: Store):
    store.record_event_once("old", NOW)
    store.record_event_once("new", NOW + timedelta(days=2))
    assert store.forget_events_before(NOW + timedelta(days=1)) == 1
    assert store.record_event_once("old", NOW + timedelta(days=3)) is True
    assert store.record_event_once("new", NOW + timedelta(days=3)) is False


LEASE = timedelta(minutes=3)


def test_a_claimed_event_is_handled_once_its_handling_is_committed(store: Store):
    assert store.event_state("Ev1") is None
    assert store.claim_event("Ev1", NOW, LEASE) is True
    assert store.event_state("Ev1") == "claimed"
    assert store.claim_event("Ev1", NOW + timedelta(seconds=5), LEASE) is False  # being handled
    store.finish_event("Ev1", NOW + timedelta(seconds=6))
    assert store.event_state("Ev1") == "handled"
    assert store.claim_event("Ev1", NOW + LEASE * 2, LEASE) is False  # handled: never again
    assert store.record_event_once("Ev1", NOW + LEASE * 2) is False


def test_a_released_claim_lets_the_retry_handle_the_event(store: Store):
    assert store.claim_event("Ev2", NOW, LEASE) is True
    store.release_event("Ev2")
    assert store.event_state("Ev2") is None
    assert store.claim_event("Ev2", NOW + timedelta(seconds=1), LEASE) is True


def test_a_claim_whose_handler_died_is_taken_over_after_its_lease(store: Store):
    assert store.claim_event("Ev3", NOW, LEASE) is True
    assert store.claim_event("Ev3", NOW + LEASE - timedelta(seconds=1), LEASE) is False
    assert store.claim_event("Ev3", NOW + LEASE, LEASE) is True
    store.record_event_once("Ev4", NOW)
    store.release_event("Ev4")  # a key recorded as handled is not released
    assert store.event_state("Ev4") == "handled"
