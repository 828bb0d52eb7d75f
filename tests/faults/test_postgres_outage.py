"""The PostgreSQL server going away under a running bot, and coming back: every request still gets a
proper answer saying what went wrong (never an HTTP 500 or silence), nothing half-written is left, and
the bot works again as soon as the server is back, without a restart. The server is the real one, behind
a TCP proxy on 127.0.0.1 that the test cuts and restores."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from bot.store.engine import scratch_schema
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import Bot, Clock, seed_text
from tests.bot.store.conftest import POSTGRES_URL, require_postgres
from tests.faults.tcp_proxy import TcpProxy, proxy

pytestmark = pytest.mark.postgres

NOT_SAVED_UNREACHABLE = "I couldn't save that: the database server cannot be reached; nothing was changed."


@pytest.fixture
def server() -> Iterator[tuple[TcpProxy, str]]:
    require_postgres()
    upstream = make_url(POSTGRES_URL)
    address = (upstream.host or "127.0.0.1", upstream.port or 5432)
    with scratch_schema(POSTGRES_URL, "outage") as url, proxy(address) as front:
        yield front, make_url(url).set(port=front.port).render_as_string(hide_password=False)


@pytest.fixture
def bot(slack: FakeSlack, clock: Clock, server: tuple[TcpProxy, str]) -> Iterator[Bot]:
    running = Bot(slack, server[1], clock)
    yield running
    running.stop()


def _message(text: str, ts: str) -> dict:
    return {"type": "message", "channel": "C1", "user": "U2", "text": text, "ts": ts, "event_ts": ts,
            "channel_type": "channel"}  # fmt: skip


def test_a_database_server_that_goes_away_is_told_and_the_bot_recovers_when_it_is_back(
    bot: Bot, server: tuple[TcpProxy, str]
) -> None:
    front, _ = server
    assert "Subscribed" in bot.command("subscribe car-t").json()["text"]
    front.cut()
    reply = bot.command("subscribe adc")
    assert (reply.status, reply.json()["text"]) == (200, NOT_SAVED_UNREACHABLE)
    listing = bot.command("subscriptions")
    assert listing.status == 200 and "cannot be reached" in listing.json()["text"]
    assert bot.event(_message(seed_text("000"), "1700000003.000100")).status == 200
    slack = bot.slack
    slack.wait_for(lambda: any(c.params.get("thread_ts") for c in slack.of("chat.postMessage")))
    (told,) = [c for c in slack.of("chat.postMessage") if c.params.get("thread_ts")]
    assert told.params["text"] == NOT_SAVED_UNREACHABLE
    front.start()
    assert "Subscribed" in bot.command("subscribe adc").json()["text"]
    assert sorted(s.modalities for s in bot.store.subscriptions()) == [("adc",), ("car-t",)]
