"""The store's own checks: on open, and before each statement on an SQLite file."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.store import NewSubscription, StorageUnavailable, Store, Subscriber
from bot.store.health import classify
from tests.faults.conftest import read_only_url

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
CAR_T = NewSubscription(subscriber=Subscriber(kind="user", id="U1"), modalities=("car-t",))


def test_a_writable_file_opens_writable(db_path: Path) -> None:
    with Store.open(f"sqlite:///{db_path}") as store:
        assert store.health.writable and store.health.read_only_reason is None
        store.check_storage()
        assert store.add_subscription(CAR_T, NOW).id > 0


def test_a_read_only_file_opens_for_reading_and_refuses_each_write(db_path: Path) -> None:
    with Store.open(f"sqlite:///{db_path}") as store:
        store.add_subscription(CAR_T, NOW)
    with Store.open(read_only_url(db_path)) as store:
        assert not store.health.writable and store.health.read_only_reason == "read_only"
        assert len(store.subscriptions()) == 1  # reads still work
        with pytest.raises(StorageUnavailable) as raised:
            store.add_subscription(CAR_T, NOW)
        assert raised.value.reason == "read_only"
        assert len(store.subscriptions()) == 1


def test_a_file_deleted_under_the_store_takes_no_write_and_is_not_made_again(db_path: Path) -> None:
    store = Store.open(f"sqlite:///{db_path}")
    try:
        store.add_subscription(CAR_T, NOW)
        db_path.unlink()
        with pytest.raises(StorageUnavailable) as raised:
            store.check_storage()
        assert raised.value.reason == "gone" and raised.value.file_lost
        with pytest.raises(StorageUnavailable) as raised:
            store.add_subscription(CAR_T, NOW)
        assert raised.value.reason == "gone"
        store.engine.dispose()  # the pool's connections closed: the next one is new
        with pytest.raises(StorageUnavailable), store.engine.connect():  # it does not make a new, empty file
            pass
        assert not db_path.exists()
    finally:
        store.close()


def test_a_file_replaced_under_the_store_is_told_apart(db_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    store = Store.open(f"sqlite:///{db_path}")
    try:
        shutil.copyfile(db_path, copy)
        os.replace(copy, db_path)  # a restore over the live file, say
        with pytest.raises(StorageUnavailable) as raised:
            store.add_subscription(CAR_T, NOW)
        assert raised.value.reason == "replaced" and raised.value.file_lost
    finally:
        store.close()


def test_a_damaged_file_is_refused_on_open(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database, just some text that happens to sit where one should be" * 100)
    with pytest.raises(StorageUnavailable) as raised:
        Store.open(f"sqlite:///{path}")
    assert raised.value.reason == "corrupt"


def test_errors_that_are_not_the_storage_are_left_alone() -> None:
    engine = sa.create_engine("sqlite://")
    with engine.connect() as connection, pytest.raises(sa.exc.DBAPIError) as raised:
        connection.execute(sa.text("SELECT * FROM no_such_table"))
    assert classify(raised.value) is None


@pytest.mark.postgres
def test_a_read_only_postgresql_database_refuses_each_write() -> None:
    from sqlalchemy.engine import make_url

    from bot.store.engine import scratch_schema
    from tests.bot.store.conftest import POSTGRES_URL, require_postgres

    require_postgres()
    with scratch_schema(POSTGRES_URL, "test") as url:
        Store.open(url).close()
        options = make_url(url).query["options"]
        read_only = make_url(url).update_query_dict({"options": f"{options} -cdefault_transaction_read_only=on"})
        with Store.open(read_only.render_as_string(hide_password=False)) as store:
            assert not store.health.writable and store.health.read_only_reason == "read_only"
            assert store.subscriptions() == []
            with pytest.raises(StorageUnavailable) as raised:
                store.add_subscription(CAR_T, NOW)
            assert raised.value.reason == "read_only"


def test_a_lock_held_past_the_busy_timeout_is_a_busy_database(db_path: Path) -> None:
    import sqlite3

    holder = sqlite3.connect(db_path, isolation_level=None)
    waiter = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(sqlite3.OperationalError) as raised:
            waiter.execute("UPDATE alembic_version SET version_num = version_num")
        assert classify(raised.value) == "busy"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        waiter.close()
