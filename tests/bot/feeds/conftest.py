"""Feed tests: a web server on 127.0.0.1, an injected clock, and the store fixtures of the store tests
(a real SQLite file and a real PostgreSQL schema)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.feeds.fetch import Fetcher
from tests.bot.feeds.server import FeedServer
from tests.bot.store.conftest import database_url, store

__all__ = ["Clock", "database_url", "store"]

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
USER_AGENT = "dealbot-test/1.0 (feed tests)"
TIMEOUT = 0.5
MAX_BYTES = 1_000_000


class Clock:
    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def web() -> Iterator[FeedServer]:
    server = FeedServer().start()
    yield server
    server.stop()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(user_agent=USER_AGENT, timeout=TIMEOUT, max_bytes=MAX_BYTES, allow_private=True) as opened:
        yield opened
