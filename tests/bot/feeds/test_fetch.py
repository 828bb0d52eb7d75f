"""The fetcher against a real server on 127.0.0.1: conditional GET, limits, redirects, failures."""

from __future__ import annotations

import itertools

import pytest

from bot.feeds.fetch import MAX_REDIRECTS, Fetcher, FetchError, check_public_host
from tests.bot.feeds.conftest import MAX_BYTES, USER_AGENT
from tests.bot.feeds.server import FeedServer, Route, rss

FEED = rss([{"guid": "1", "link": "https://news.example/1", "title": "One"}])


def test_sends_user_agent_and_answers_conditional_get(web: FeedServer, fetcher: Fetcher):
    url = web.set("/feed", Route(FEED, etag='"v1"'))
    first = fetcher.fetch(url)
    assert (first.status, first.body, first.etag, first.not_modified) == (200, FEED, '"v1"', False)
    again = fetcher.fetch(url, etag=first.etag)
    assert again.not_modified and again.body == b""
    sent = web.hits("/feed")
    assert [r.headers.get("user-agent") for r in sent] == [USER_AGENT, USER_AGENT]
    assert "if-none-match" not in sent[0].headers
    assert sent[1].headers["if-none-match"] == '"v1"'


def test_follows_a_few_redirects_but_not_a_loop(web: FeedServer, fetcher: Fetcher):
    web.set("/old", Route(status=301, headers={"Location": "/feed"}))
    web.set("/feed", Route(FEED))
    moved = fetcher.fetch(web.url("/old"))
    assert moved.url == web.url("/feed") and moved.body == FEED
    web.set("/loop", Route(status=302, headers={"Location": "/loop"}))
    with pytest.raises(FetchError, match="redirects") as error:
        fetcher.fetch(web.url("/loop"))
    assert not error.value.transient
    assert len(web.hits("/loop")) == MAX_REDIRECTS + 1


@pytest.mark.parametrize(
    ("status", "headers", "transient", "retry_after"),
    [(500, {}, True, None), (503, {"Retry-After": "120"}, True, 120.0), (404, {}, False, None), (410, {}, False, None)],
)
def test_http_errors(web: FeedServer, fetcher: Fetcher, status, headers, transient, retry_after):
    url = web.set("/feed", Route(b"oops", status=status, headers=headers))
    with pytest.raises(FetchError) as error:
        fetcher.fetch(url)
    assert error.value.reason == f"HTTP {status}"
    assert (error.value.transient, error.value.retry_after) == (transient, retry_after)
    assert error.value.problem == "http_status"


def test_a_server_that_never_answers_times_out(web: FeedServer, fetcher: Fetcher):
    url = web.set("/slow", Route(hold=True))
    with pytest.raises(FetchError, match="timed out") as error:
        fetcher.fetch(url)
    assert error.value.transient


def test_a_body_trickling_in_hits_the_whole_fetch_deadline(web: FeedServer, fetcher: Fetcher):
    url = web.set("/trickle", Route(FEED * 4, trickle=True))
    with pytest.raises(FetchError, match="body still arriving"):
        fetcher.fetch(url)


def test_huge_bodies_are_refused_declared_or_not(web: FeedServer, fetcher: Fetcher):
    declared = web.set("/declared", Route(b"x" * 10, declared_length=50_000_000))
    with pytest.raises(FetchError, match="too large: 50,000,000 bytes"):
        fetcher.fetch(declared)
    sent: list[int] = []

    def endless():
        for _ in itertools.count():
            sent.append(1)
            yield b"<rss>" + b"x" * 65_536
            if len(sent) > 800:  # 50 MB: the fetcher must have stopped long before
                return

    undeclared = web.set("/undeclared", Route(stream=endless))
    with pytest.raises(FetchError, match="too large: over") as error:
        fetcher.fetch(undeclared)
    assert not error.value.transient
    # the fetcher stopped reading at MAX_BYTES; the server may have written more ahead into the loopback socket's
    # buffers (several MB on a busy machine), but far from all it offers
    assert len(sent) < 400
    assert MAX_BYTES < 400 * 65_536


def test_only_http_urls():
    with Fetcher(user_agent=USER_AGENT, timeout=1, max_bytes=10) as fetcher, pytest.raises(FetchError, match="http"):
        fetcher.fetch("file:///etc/passwd")


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/feed", "http://localhost:9/feed", "http://169.254.169.254/latest/meta-data/",
     "http://10.1.2.3/feed", "http://[::1]:9/feed", "http://[::ffff:127.0.0.1]:9/feed",
     "http://[::ffff:169.254.169.254]/latest/meta-data/", "http://[fd00::1]/feed", "http://0.0.0.0:9/feed",
     "http://2130706433:9/feed"],
)  # fmt: skip
def test_local_and_private_addresses_are_refused_by_default(url: str):
    with Fetcher(user_agent=USER_AGENT, timeout=1, max_bytes=10) as fetcher, pytest.raises(FetchError) as error:
        fetcher.fetch(url)
    assert "private or local address" in error.value.reason and not error.value.transient
    assert error.value.problem == "private_address"


@pytest.mark.parametrize(
    ("host", "refused"),
    [("127.0.0.1", True), ("localhost", True), ("::ffff:127.0.0.1", True), ("[::ffff:7f00:1]", True),
     ("169.254.169.254", True), ("192.168.1.20", True), ("100.64.0.1", True), ("224.0.0.1", True),
     ("8.8.8.8", False), ("::ffff:8.8.8.8", False), ("2606:4700:4700::1111", False)],
)  # fmt: skip
def test_check_public_host(host: str, refused: bool):
    if not refused:
        check_public_host(host)
        return
    with pytest.raises(FetchError) as error:
        check_public_host(host)
    assert error.value.problem == "private_address"


def test_a_name_that_does_not_resolve_is_unreachable_not_private():
    with pytest.raises(FetchError) as error:
        check_public_host("no-such-host.invalid")
    assert (error.value.problem, error.value.transient) == ("unreachable", True)


def test_a_url_httpx_cannot_parse_is_a_fetch_error():
    with Fetcher(user_agent=USER_AGENT, timeout=1, max_bytes=10) as fetcher, pytest.raises(FetchError) as error:
        fetcher.fetch("http://::ffff:127.0.0.1/x")  # an IPv6 host without its brackets
    assert error.value.problem == "bad_url" and not error.value.transient


def test_every_redirect_hop_is_checked(web: FeedServer):
    web.set("/feed", Route(FEED))
    web.set("/jump", Route(status=302, headers={"Location": web.url("/feed").replace("127.0.0.1", "localhost")}))
    with Fetcher(user_agent=USER_AGENT, timeout=1, max_bytes=MAX_BYTES, trusted_hosts={"127.0.0.1"}) as fetcher:
        assert fetcher.fetch(web.url("/feed")).body == FEED
        with pytest.raises(FetchError, match="localhost is a private or local address"):
            fetcher.fetch(web.url("/jump"))
    assert len(web.hits("/feed")) == 1
