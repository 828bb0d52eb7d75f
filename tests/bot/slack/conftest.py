from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import START, Bot, Clock


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'dealbot.sqlite3'}"


@pytest.fixture
def bot(slack: FakeSlack, database_url: str, clock: Clock) -> Iterator[Bot]:
    running = Bot(slack, database_url, clock)
    yield running
    running.stop()
