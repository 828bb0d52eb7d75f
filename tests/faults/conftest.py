"""Faults under real parts: the storage under a real SQLite file (made read-only, deleted or replaced while
in use); senders killed, and Slack failing, in the middle of a fan-out, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import Store
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import START, Clock
from tests.bot.store.conftest import database_url  # noqa: F401  (a real SQLite file, and PostgreSQL's scratch schema)


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    """A fake Slack Web API on 127.0.0.1 that records every call made to it."""
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "dealbot.sqlite3"
    Store.open(f"sqlite:///{path}").close()  # made and migrated, as a first start leaves it
    return path


def read_only_url(path: Path) -> str:
    """A URL for the file made read-only. `chmod a-w` is what an operator does, and it is enough for any
    user but root; root writes to such a file anyway (tests often run as root, in containers), so the
    file is then opened read-only by SQLite itself (`mode=ro`), which refuses writes the same way."""
    path.chmod(0o444)
    try:
        with path.open("r+b"):
            chmod_stops_writes = False
    except PermissionError:
        chmod_stops_writes = True
    if chmod_stops_writes:
        return f"sqlite:///{path}"
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def restore_writable(path: Path) -> None:
    os.chmod(path, 0o644)
