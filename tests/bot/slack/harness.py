"""Driving the real Bolt app over HTTP: signed slash commands (form-encoded), events (JSON) and
interactive payloads, against the fake Slack Web API and a real SQLite file."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from pydantic import SecretStr

from bot.app import create_app
from bot.settings import Settings
from bot.slack.server import make_http_server, serve_in_thread
from bot.slack.watch import Fetch
from bot.store import Store
from tests.bot.slack.fake_slack import BOT_TOKEN, FakeSlack

SECRET = "test-signing-secret"
SHARED = Path(__file__).resolve().parents[4] / "shared" / "slack"
SEEDS = Path(__file__).resolve().parents[3] / "seeds"


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def sign(body: bytes, secret: str, timestamp: int) -> str:
    base = b"v0:" + str(timestamp).encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class Reply:
    status: int
    body: str

    def json(self) -> Any:
        return json.loads(self.body)


class Bot:
    """One running app: its HTTP server, its store, the fake Slack it calls."""

    def __init__(
        self, slack: FakeSlack, database_url: str, clock: Clock, fetch: Fetch | None = None,
        news_max_age_days: int | None = None, correctors: str = "",
    ) -> None:  # fmt: skip
        self.slack = slack
        self.clock = clock
        self.store = Store.open(database_url)
        settings = Settings(
            database_url=database_url,
            slack_bot_token=SecretStr(BOT_TOKEN),
            slack_signing_secret=SecretStr(SECRET),
            slack_api_url=slack.api_url,
            correctors=correctors,
            **({"news_max_age_days": news_max_age_days} if news_max_age_days is not None else {}),
        )
        self.app = create_app(settings, self.store, clock=clock, fetch=fetch)
        self._server = make_http_server(self.app, 0, host="127.0.0.1")
        serve_in_thread(self._server)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/slack/events"
        self._events = 0

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self.store.close()

    def post(
        self, body: bytes, content_type: str, *, secret: str = SECRET, timestamp: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        stamp = int(time.time()) if timestamp is None else timestamp
        request = urllib.request.Request(self.url, data=body, method="POST")
        request.add_header("Content-Type", content_type)
        request.add_header("X-Slack-Request-Timestamp", str(stamp))
        request.add_header("X-Slack-Signature", sign(body, secret, stamp))
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return Reply(response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.read().decode())

    def command(self, text: str, *, user: str = "U111", channel: str = "C111") -> Reply:
        form = {
            "token": "unused", "team_id": "T1", "team_domain": "test", "channel_id": channel,
            "channel_name": "deals", "user_id": user, "user_name": "someone", "command": "/deals",
            "text": text, "api_app_id": "A1", "response_url": f"{self.slack.url}/response/{user}",
            "trigger_id": "1.2.3",
        }
        return self.post(urlencode(form).encode(), "application/x-www-form-urlencoded")

    def event(
        self, event: dict[str, Any], *, event_id: str | None = None, headers: dict[str, str] | None = None
    ) -> Reply:
        self._events += 1
        body = {
            "token": "unused", "team_id": "T1", "api_app_id": "A1", "event": event, "type": "event_callback",
            "event_id": event_id or f"Ev{self._events:06d}", "event_time": int(time.time()),
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
        }
        return self.post(json.dumps(body, separators=(",", ":")).encode(), "application/json", headers=headers)

    def action(self, payload: dict[str, Any]) -> Reply:
        return self.post(urlencode({"payload": json.dumps(payload)}).encode(), "application/x-www-form-urlencoded")


def seed_text(name_prefix: str) -> str:
    return next(SEEDS.glob(f"{name_prefix}*.txt")).read_text()


def shared_payload(name: str) -> dict[str, Any]:
    import pytest

    path = SHARED / "payloads" / name
    if not path.exists():
        pytest.skip(f"../shared/slack samples absent ({path})")
    data = json.loads(path.read_text())
    assert isinstance(data, dict)
    return data


def shared_response(name: str) -> dict[str, Any]:
    import pytest

    path = SHARED / "responses" / name
    if not path.exists():
        pytest.skip(f"../shared/slack samples absent ({path})")
    data = json.loads(path.read_text())
    assert isinstance(data, dict)
    return data


START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
