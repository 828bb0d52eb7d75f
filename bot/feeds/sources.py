"""Sources as people give and see them: intervals ("15m", "every 2h"), URLs checked before they are
stored, a source's health in words, and the starter list.

A source's URL is refused when it is added, not at its first poll, when it is not an absolute http(s) URL
or when its host is not a public address: loopback, private, link-local (169.254.169.254, cloud metadata),
an IPv4-mapped IPv6 form of those, or a name that resolves to one (the fetcher's rule,
`bot.feeds.fetch.check_public_host`), unless private addresses are allowed (`FEED_ALLOW_PRIVATE_ADDRESSES`).
A name that does not resolve now is accepted: its polls say so in its health.

The starter list (`starter_feeds.json`) names public biopharma news feeds of the trade press: Fierce
Biotech, Fierce Pharma, Endpoints News, BioPharma Dive, STAT, GEN (Genetic Engineering & Biotechnology
News), Pharmaceutical Technology and Labiotech.eu. `add_starters` registers them
paused: nothing is polled until a user resumes one (`dealbot sources resume ID`). Feed addresses change
now and then; a starter that moved shows as failing in `dealbot sources list` once it is resumed.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from importlib import resources
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, TypeAdapter

from bot.feeds.fetch import FetchError, check_public_host
from bot.store import DuplicateSource, FeedSource, Store

DEFAULT_EVERY = timedelta(minutes=15)
MIN_EVERY = timedelta(minutes=1)
"""Polling a site more often than this is impolite, and news does not move that fast."""
MAX_EVERY = timedelta(days=7)
_EVERY = re.compile(r"^\s*(?:every\s+)?((?:\d+\s*[smhd]\s*)+)$", re.IGNORECASE)
_PART = re.compile(r"(\d+)\s*([smhd])", re.IGNORECASE)
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class InvalidSource(ValueError):
    """The URL or interval given for a source cannot be used; the message says why."""


class StarterFeed(BaseModel):
    model_config = ConfigDict(frozen=True)

    key: str
    title: str
    url: str
    about: str


def parse_every(text: str | None) -> timedelta:
    """"15m", "1h30m", "every 2h", "1d" -> a timedelta within [MIN_EVERY, MAX_EVERY]; None -> the default."""
    if text is None or not text.strip():
        return DEFAULT_EVERY
    match = _EVERY.match(text)
    if match is None:
        raise InvalidSource(f"cannot read the interval {text!r}: write it like 15m, 2h or 1d")
    seconds = sum(int(n) * _UNIT[unit.lower()] for n, unit in _PART.findall(match.group(1)))
    every = timedelta(seconds=seconds)
    if every < MIN_EVERY or every > MAX_EVERY:
        raise InvalidSource(f"the interval must be between {format_every(MIN_EVERY)} and {format_every(MAX_EVERY)}")
    return every


def format_every(every: timedelta | int) -> str:
    seconds = int(every.total_seconds()) if isinstance(every, timedelta) else every
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts) or "0s"


def check_url(url: str, *, allow_private: bool = False) -> str:
    """The URL, stripped, when it is an absolute http(s) URL with a host that is a public address (or any host
    when `allow_private`); else InvalidSource."""
    url = url.strip().strip("<>")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port that is no number, brackets that do not close
        parts, port = None, None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidSource(f"not a web address: {url!r} (give the http:// or https:// URL of a feed or page)")
    if len(url) > 2000:
        raise InvalidSource("the address is longer than 2,000 characters")
    if not allow_private:
        try:
            check_public_host(parts.hostname, port or (443 if parts.scheme.lower() == "https" else 80))
        except FetchError as error:
            if error.problem == "private_address":
                raise InvalidSource(
                    f"{parts.hostname} is not a public address (it is on a private, loopback or link-local"
                    " network): give the feed's address on the internet"
                ) from None
    return url


def add(
    store: Store, url: str, every: str | None, now: datetime, title: str | None = None, *, allow_private: bool = False
) -> FeedSource:
    """Register a source from what a person typed; InvalidSource or DuplicateSource when it cannot be."""
    return store.add_source(check_url(url, allow_private=allow_private), parse_every(every), now, title=title)


def health(source: FeedSource) -> str:
    """One word for a source's state: paused, new (never polled), ok, or failing."""
    if source.paused:
        return "paused"
    if source.consecutive_failures:
        return "failing"
    return "ok" if source.last_success is not None else "new"


def starter_feeds() -> list[StarterFeed]:
    """The starter list shipped with dealbot (`bot/feeds/starter_feeds.json`)."""
    raw = resources.files("bot.feeds").joinpath("starter_feeds.json").read_text(encoding="utf-8")
    return TypeAdapter(list[StarterFeed]).validate_python(json.loads(raw))


def add_starters(store: Store, now: datetime) -> list[FeedSource]:
    """Register the starter feeds not yet known, paused; returns those added."""
    added = []
    for feed in starter_feeds():
        try:
            source = store.add_source(feed.url, DEFAULT_EVERY, now, title=feed.title)
        except DuplicateSource:
            continue
        store.set_source_paused(source.id, True)
        added.append(source.model_copy(update={"paused": True}))
    return added
