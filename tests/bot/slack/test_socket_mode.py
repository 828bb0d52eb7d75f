"""`dealbot run` in Socket Mode, started as a team first starts it (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET
and SLACK_APP_TOKEN set, SLACK_API_URL at the fake Web API), connected to a Socket Mode endpoint on
127.0.0.1 that sends envelopes as Slack does: what the app acknowledges, what it answers on the Web API,
what it stores, and how it reconnects."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.app import create_app, web_client
from bot.settings import Settings
from bot.slack import messages, socket_mode
from bot.slack.socket_mode import RECONNECT_DELAYS, SocketMode
from bot.store import Store, StoredDeal
from tests.bot.slack.fake_slack import Call, FakeSlack, Scripted
from tests.bot.slack.harness import SECRET, shared_payload
from tests.bot.slack.socket_server import Link, SilentEndpoint, SocketModeServer

SHARED_SEEDS = Path(__file__).resolve().parents[4] / "shared" / "seeds"
APP_TOKEN = "xapp-1-A1-1700000000-socketmodetest"
BOT_TOKEN = "xoxb-socket-mode-test"
START_SECONDS = 60.0
"""Longest `dealbot run` may take to connect on a loaded machine (imports, migrations, first connection)."""
RECONNECT_SECONDS = 10.0
"""A lost connection is replaced at once (one apps.connections.open, one handshake): room for a loaded machine,
far below the minute slack_sdk's built-in client took to notice a connection dropped without a closing frame."""
CHANNEL = "C123ABC456"


def _seed(prefix: str) -> str:
    found = sorted(SHARED_SEEDS.glob(f"{prefix}*.txt"))
    if not found:
        pytest.skip(f"../shared/seeds absent ({SHARED_SEEDS}): the watched-channel messages carry seed articles")
    return found[0].read_text()


@pytest.fixture
def socket_server(slack: FakeSlack) -> Iterator[SocketModeServer]:
    server = SocketModeServer().start()
    slack.socket_mode = server.open_url
    yield server
    server.stop()


@dataclass
class Running:
    """`dealbot run` in a process of its own, and the two fakes it talks to."""

    process: subprocess.Popen[str]
    slack: FakeSlack
    server: SocketModeServer
    database_url: str
    log: Path

    def link(self, number: int, timeout: float = START_SECONDS) -> Link:
        try:
            return self.server.wait_for_link(number, timeout)
        except AssertionError as error:
            raise AssertionError(f"{error}\nexit status: {self.process.poll()}\nlog:\n{self.log_tail()}") from None

    def command(self, text: str, link: Link | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
        """A `/deals` command sent over `link`; the envelope and its acknowledgement."""
        form = dict(shared_payload("slash_command.json")["form"])
        form.update(command="/deals", text=text, channel_id="C111", user_id="U111",
                    response_url=f"{self.slack.url}/response/U111")  # fmt: skip
        envelope = self.server.slash_command(form)
        self.server.send(envelope, link)
        return envelope, self.server.wait_for_ack(envelope["envelope_id"])

    def message(
        self, text: str, ts: str, *, event_id: str, retry_attempt: int = 0, link: Link | None = None
    ) -> dict[str, Any]:
        """A person's message in a watched channel, as the Events API envelope Slack sends over the socket."""
        body = copy.deepcopy(shared_payload("event_message_channels.json")["body_json"])
        body["event"].update(text=text, ts=ts, event_ts=ts, channel=CHANNEL)
        body["event_id"] = event_id
        envelope = self.server.events_api(
            body, retry_attempt=retry_attempt, retry_reason="timeout" if retry_attempt else ""
        )
        self.server.send(envelope, link)
        return envelope

    def thread_replies(self, ts: str, count: int = 1) -> list[Call]:
        return self.slack.wait_for_call(
            "chat.postMessage", lambda c: c.params.get("thread_ts") == ts, count=count, timeout=30
        )

    def stored(self) -> tuple[StoredDeal, ...]:
        with Store.open(self.database_url) as store:
            return store.deals().items

    def log_tail(self) -> str:
        return self.log.read_text()[-4000:] if self.log.exists() else ""


@contextmanager
def _dealbot_run(slack: FakeSlack, server: SocketModeServer, tmp_path: Path) -> Iterator[Running]:
    database_url = f"sqlite:///{tmp_path / 'socket.sqlite3'}"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_URL": slack.api_url,
    }
    log = tmp_path / "dealbot-run.log"
    with log.open("w") as err:
        process = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], env=env, stderr=err, text=True)
    running = Running(process, slack, server, database_url, log)
    try:
        yield running
    finally:
        process.terminate()
        process.wait(timeout=20)
    text = log.read_text()
    assert APP_TOKEN not in text and BOT_TOKEN not in text and SECRET not in text
    assert "ticket=" not in text, "the connection URL authenticates the connection: it is not logged"


def _opened_with_app_token(call: Call) -> bool:
    """apps.connections.open takes the app-level token in the Authorization header, never in the body."""
    return call.headers.get("authorization") == f"Bearer {APP_TOKEN}" and "token" not in call.params


def test_first_run_answers_commands_and_news_acks_each_envelope_once_and_reconnects_when_asked(
    slack: FakeSlack, socket_server: SocketModeServer, tmp_path: Path
) -> None:
    sanofi_news = _seed("001")
    more_news = _seed("000")
    with _dealbot_run(slack, socket_server, tmp_path) as bot:
        first = bot.link(1)
        (opened,) = slack.of("apps.connections.open")
        assert _opened_with_app_token(opened), "the connection URL is asked for with the app-level token"

        # the slash command is answered in its acknowledgement, as Socket Mode expects
        help_command, ack = bot.command("help", first)
        assert set(ack) == {"envelope_id", "payload"} and ack["envelope_id"] == help_command["envelope_id"]
        assert ack["payload"]["text"] == messages.HELP_FALLBACK
        assert ack["payload"]["response_type"] == "ephemeral"
        assert "/deals" in json.dumps(ack["payload"]["blocks"])
        before, ack = bot.command("sanofi", first)
        assert "Innate Pharma" not in json.dumps(ack["payload"])

        # deal news in a watched channel: acknowledged at once, answered in its thread, stored
        news = bot.message(sanofi_news, "1355517523.000005", event_id="EvNEWS0001", link=first)
        assert socket_server.wait_for_ack(news["envelope_id"]) == {"envelope_id": news["envelope_id"]}
        (reply,) = bot.thread_replies("1355517523.000005")
        assert reply.params["channel"] == CHANNEL
        assert "Sanofi" in reply.params["text"] and "Innate Pharma" in reply.params["text"]
        (deal,) = bot.stored()
        assert {p.name for p in deal.deal.parties} >= {"Sanofi", "Innate Pharma"}
        assert [(s.kind, s.ref) for s in deal.sources] == [("slack", f"{CHANNEL}/1355517523.000005")]

        # Slack's retry of the same event is acknowledged, and not handled a second time
        retry = bot.message(sanofi_news, "1355517523.000005", event_id="EvNEWS0001", retry_attempt=1, link=first)
        assert socket_server.wait_for_ack(retry["envelope_id"]) == {"envelope_id": retry["envelope_id"]}
        marker = bot.message(more_news, "1355517999.000001", event_id="EvNEWS0002", link=first)
        socket_server.wait_for_ack(marker["envelope_id"])
        bot.thread_replies("1355517999.000001")  # news sent after the retry, answered: the retry had its turn
        assert len(bot.thread_replies("1355517523.000005")) == 1
        assert len(bot.stored()) == 2

        # Slack asks for a new connection, then drops the old one: one new URL, one new connection
        socket_server.disconnect(link=first)
        socket_server.drop(first)
        second = bot.link(2)
        assert second.ticket != first.ticket and socket_server.refused == []

        # ... and it keeps answering, over the new connection
        _after, ack = bot.command("sanofi", second)
        assert "Innate Pharma" in json.dumps(ack["payload"])
        late = bot.message(_seed("004"), "1355518111.000001", event_id="EvNEWS0003", link=second)
        assert socket_server.wait_for_ack(late["envelope_id"]) == {"envelope_id": late["envelope_id"]}
        (late_reply,) = bot.thread_replies("1355518111.000001")
        assert "Galapagos" in late_reply.params["text"]
        assert len(bot.stored()) == 3

        opened_again = slack.of("apps.connections.open")
        assert len(opened_again) == 2 and all(_opened_with_app_token(c) for c in opened_again)
        assert len(socket_server.links) == 2

        # every envelope acknowledged exactly once, over the connection it came on
        sent = [help_command, before, news, retry, marker, _after, late]
        assert [len(socket_server.acks_of(e["envelope_id"])) for e in sent] == [1] * len(sent)
        assert {a["envelope_id"] for a in first.acks()} == {e["envelope_id"] for e in sent[:5]}
        assert {a["envelope_id"] for a in second.acks()} == {e["envelope_id"] for e in sent[5:]}


def test_asked_to_reconnect_the_app_opens_the_new_connection_before_closing_the_old(
    slack: FakeSlack, socket_server: SocketModeServer, tmp_path: Path
) -> None:
    with _dealbot_run(slack, socket_server, tmp_path) as bot:
        first = bot.link(1)
        socket_server.disconnect("warning", link=first)
        second = bot.link(2, timeout=RECONNECT_SECONDS)
        assert second.open_beside == [1]
        socket_server.wait_closed(first)
        assert first.websocket.close_code == 1000, "closed by the app, with a closing handshake"
        _command, ack = bot.command("help", second)
        assert ack["payload"]["text"] == messages.HELP_FALLBACK
        assert len(slack.of("apps.connections.open")) == 2 and len(socket_server.links) == 2


CONNECTION_ENDS = [
    pytest.param(SocketModeServer.drop, id="dropped without a closing handshake"),
    pytest.param(SocketModeServer.close, id="closed by Slack with a closing handshake"),
]


@pytest.mark.parametrize("end", CONNECTION_ENDS)
def test_a_lost_connection_is_replaced_at_once_through_a_new_url_and_the_app_keeps_answering(
    end: Callable[[SocketModeServer, Link], None], slack: FakeSlack, socket_server: SocketModeServer, tmp_path: Path
) -> None:
    with _dealbot_run(slack, socket_server, tmp_path) as bot:
        first = bot.link(1)
        end(socket_server, first)
        second = bot.link(2, timeout=RECONNECT_SECONDS)
        assert second.ticket != first.ticket and socket_server.refused == []
        _command, ack = bot.command("help", second)
        assert ack["payload"]["text"] == messages.HELP_FALLBACK
        news = bot.message(_seed("000"), "1355517523.000005", event_id="EvAFTERLOSS", link=second)
        assert socket_server.wait_for_ack(news["envelope_id"]) == {"envelope_id": news["envelope_id"]}
        bot.thread_replies("1355517523.000005")
        opened = slack.of("apps.connections.open")
        assert len(opened) == 2, "one new URL per reconnection (the method is rate tier 1)"
        assert all(_opened_with_app_token(c) for c in opened)
        assert [link.number for link in socket_server.links if not link.closed] == [2]


def test_a_connection_gone_silent_is_replaced_once_its_keepalive_ping_goes_unanswered(
    slack: FakeSlack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("PING_INTERVAL", "PING_TIMEOUT", "CLOSE_TIMEOUT"):
        monkeypatch.setattr(socket_mode, name, 0.2)  # seconds instead of tens of seconds
    endpoint = SilentEndpoint().start()
    slack.socket_mode = endpoint.open_url
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'silent.sqlite3'}", slack_bot_token=BOT_TOKEN,
        slack_app_token=APP_TOKEN, slack_api_url=slack.api_url,
    )  # fmt: skip
    with Store.open(settings.database_url) as store:
        connection = SocketMode(create_app(settings, store), APP_TOKEN, web_client(settings))
        connection.start()
        try:
            endpoint.wait_for_connections(2, timeout=RECONNECT_SECONDS)
        finally:
            connection.close()
            endpoint.stop()
    opened = slack.of("apps.connections.open")
    assert len(opened) >= 2 and all(_opened_with_app_token(c) for c in opened)


FAILED_RECONNECTIONS = [
    pytest.param(Scripted(200, {"ok": False, "error": "internal_error"}), id="apps.connections.open fails"),
    pytest.param(Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"}), id="rate limited"),
]


@pytest.mark.parametrize("failure", FAILED_RECONNECTIONS)
def test_a_reconnection_slack_cannot_serve_now_is_tried_again(
    failure: Scripted, slack: FakeSlack, socket_server: SocketModeServer, tmp_path: Path
) -> None:
    with _dealbot_run(slack, socket_server, tmp_path) as bot:
        first = bot.link(1)
        slack.script("apps.connections.open", failure, failure)
        socket_server.drop(first)
        second = bot.link(2, timeout=RECONNECT_SECONDS + sum(RECONNECT_DELAYS[:2]))
        assert len(slack.of("apps.connections.open")) == 4
        _command, ack = bot.command("help", second)
        assert ack["payload"]["text"] == messages.HELP_FALLBACK


def test_a_start_while_slack_cannot_serve_connects_once_it_can(
    slack: FakeSlack, socket_server: SocketModeServer, tmp_path: Path
) -> None:
    slack.script("apps.connections.open", Scripted(200, {"ok": False, "error": "internal_error"}))
    with _dealbot_run(slack, socket_server, tmp_path) as bot:
        first = bot.link(1)
        assert len(slack.of("apps.connections.open")) == 2
        _command, ack = bot.command("help", first)
        assert ack["payload"]["text"] == messages.HELP_FALLBACK


@pytest.mark.parametrize("error", ["invalid_auth", "not_allowed_token_type"])
def test_an_app_token_slack_refuses_stops_the_start_saying_what_to_set(
    error: str, slack: FakeSlack, socket_server: SocketModeServer, tmp_path: Path
) -> None:
    slack.script("apps.connections.open", Scripted(200, {"ok": False, "error": error}))
    with _dealbot_run(slack, socket_server, tmp_path) as bot:
        assert bot.process.wait(timeout=START_SECONDS) == 2
    log = bot.log.read_text()
    assert f"Slack refused SLACK_APP_TOKEN ({error})" in log and "xapp-" in log
    assert "Traceback" not in log
    assert socket_server.links == []
