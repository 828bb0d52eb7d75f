"""Fixtures shared by the tests of the Slack app and of the delivery worker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.bot.slack.fake_slack import FakeSlack


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    """A fake Slack Web API on 127.0.0.1 that records every call made to it."""
    fake = FakeSlack().start()
    yield fake
    fake.stop()
