"""Whether news is fresh enough to alert anyone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from bot.freshness import is_old

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
MONTH = timedelta(days=30)


@pytest.mark.parametrize(
    ("published", "now", "max_age", "old"),
    [
        (date(2026, 1, 30), NOW, MONTH, True),
        (date(2026, 1, 31), NOW, MONTH, False),  # exactly the limit: not older than it
        (date(2026, 3, 2), NOW, MONTH, False),
        (None, NOW, MONTH, False),  # undated: as new as the day it is read
        (date(2016, 1, 1), NOW, None, False),  # no limit
        (date(2026, 1, 31), datetime(2026, 3, 2, 23, 0, tzinfo=timezone(timedelta(hours=-5))), MONTH, True),  # UTC day
    ],
)
def test_is_old(published: date | None, now: datetime, max_age: timedelta | None, old: bool) -> None:
    assert is_old(published, now, max_age) is old
