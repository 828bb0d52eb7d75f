"""Whether news is fresh enough to alert anyone.

A report is *old* when its article's own date (`SourceRef.published`: the feed entry's, the page
metadata's or the dateline's) is more than the news age limit (`Settings.news_max_age_days`, env
`DEALBOT_NEWS_MAX_AGE_DAYS`, 30 days by default) before the day it is read, in UTC. An old report is
stored and summarised like any other, but puts nothing in the outbox: an archive pasted or a back
catalogue polled alerts nobody. A report without a date is as new as the day it is read. No limit
(`None`) makes no report old.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta


def is_old(published: date | None, now: datetime, max_age: timedelta | None) -> bool:
    """Whether a report dated `published` and read at `now` is older than `max_age`."""
    if published is None or max_age is None:
        return False
    return published < (now.astimezone(UTC) - max_age).date()
