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
