"""`dealbot sources` end to end on a real SQLite file, with health from a real poll of a local server."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller
from bot.feeds.sources import InvalidSource, format_every, parse_every, starter_feeds
from bot.store import Store
from tests.bot.feeds.server import FeedServer, Route


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'dealbot.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_add_list_pause_resume_remove(database: str, capsys: pytest.CaptureFixture[str]):
    status, out, _ = run(capsys, "sources", "list")
    assert status == 0 and "no sources yet" in out
    status, out, _ = run(capsys, "sources", "add", "https://news.example/feed.xml", "--every", "1h")
    assert status == 0 and out.startswith("added source 1: https://news.example/feed.xml (every 1h)")
    status, _, err = run(capsys, "sources", "add", "https://news.example/feed.xml")
    assert status == 1 and "already a source" in err
    status, _, err = run(capsys, "sources", "add", "news.example/feed")
    assert status == 2 and "not a web address" in err
    status, _, err = run(capsys, "sources", "add", "https://news.example/other", "--every", "10s")
    assert status == 2 and "between 1m and 7d" in err

    status, out, _ = run(capsys, "sources", "list")
    assert "#1 [new] https://news.example/feed.xml" in out and "every 1h" in out and "items seen 0" in out
    assert run(capsys, "sources", "pause", "1")[0] == 0
    status, out, _ = run(capsys, "sources", "list", "--json")
    assert json.loads(out)["health"] == "paused" and json.loads(out)["paused"] is True
    assert run(capsys, "sources", "resume", "https://news.example/feed.xml")[0] == 0
    assert json.loads(run(capsys, "sources", "list", "--json")[1])["health"] == "new"
    assert run(capsys, "sources", "remove", "1")[0] == 0
    status, _, err = run(capsys, "sources", "remove", "1")
    assert status == 1 and "no source 1" in err


@pytest.mark.parametrize(
    "url",
    ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/feed", "http://localhost/feed",
     "http://[::1]/feed", "http://[::ffff:127.0.0.1]/x", "http://[::ffff:169.254.169.254]/latest/",
     "https://10.0.0.8/rss", "http://192.168.1.1/rss"],
)  # fmt: skip
def test_a_private_loopback_or_link_local_address_is_refused_at_once(
    database: str, capsys: pytest.CaptureFixture[str], url: str
):
    status, out, err = run(capsys, "sources", "add", url)
    assert (status, out) == (2, "")
    assert "is not a public address" in err and "give the feed's address on the internet" in err
    assert "Traceback" not in err
    assert run(capsys, "sources", "list")[1].startswith("no sources yet")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "gopher://news.example/1", "ftp://news.example/feed.xml",
                                 "javascript:alert(1)", "http://[::1/feed"])  # fmt: skip
def test_other_schemes_and_broken_urls_are_refused(database: str, capsys: pytest.CaptureFixture[str], url: str):
    status, _, err = run(capsys, "sources", "add", url)
    assert status == 2 and "not a web address" in err and "Traceback" not in err


def test_private_addresses_are_accepted_when_the_setting_allows_them(
    database: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("FEED_ALLOW_PRIVATE_ADDRESSES", "true")
    status, out, _ = run(capsys, "sources", "add", "http://127.0.0.1:8080/feed")
    assert status == 0 and out.startswith("added source 1: http://127.0.0.1:8080/feed")


def test_list_shows_a_failing_source_with_its_error(
    database: str, capsys: pytest.CaptureFixture[str], web: FeedServer, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("FEED_ALLOW_PRIVATE_ADDRESSES", "true")  # the server below is on 127.0.0.1
    url = web.set("/feed", Route(b"down", status=500, content_type="text/plain"))
    assert run(capsys, "sources", "add", url)[0] == 0
    store = Store.open(database)
    try:
        source = store.get_source(url)
        assert source is not None
        with Fetcher(user_agent="t", timeout=2, max_bytes=1000, allow_private=True) as fetcher:
            Poller(store, fetcher, lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC)).poll(source)
    finally:
        store.close()
    _, out, _ = run(capsys, "sources", "list")
    assert "[failing]" in out
    assert "last error 2026-03-02 09:00 UTC: HTTP 500, 1 failure in a row" in out
    assert "last success never" in out and "next attempt 2026-03-02 09:30 UTC" in out


def test_starters_are_registered_paused(database: str, capsys: pytest.CaptureFixture[str]):
    feeds = starter_feeds()
    assert len(feeds) >= 5 and all(f.url.startswith("https://") for f in feeds)
    _, out, _ = run(capsys, "sources", "starters")
    assert feeds[0].url in out
    status, out, _ = run(capsys, "sources", "starters", "--add")
    assert status == 0 and f"registered {len(feeds)} starter feeds, paused" in out
    listed = [json.loads(line) for line in run(capsys, "sources", "list", "--json")[1].splitlines()]
    assert [s["url"] for s in listed] == [f.url for f in feeds]
    assert all(s["paused"] for s in listed)
    assert "registered 0 starter feeds" in run(capsys, "sources", "starters", "--add")[1]


@pytest.mark.parametrize(
    ("text", "seconds"), [(None, 900), ("15m", 900), ("every 2h", 7200), ("1h30m", 5400), ("1d", 86400)]
)
def test_intervals(text, seconds):
    assert parse_every(text) == timedelta(seconds=seconds)
    assert parse_every(format_every(seconds)) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["soon", "15", "30s", "8d", "-5m"])
def test_bad_intervals(text):
    with pytest.raises(InvalidSource):
        parse_every(text)
