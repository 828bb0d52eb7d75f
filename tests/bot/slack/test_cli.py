"""`dealbot demo` and `dealbot run`, as their users start them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bot.cli import main
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import SECRET, sign


def test_demo_prints_threaded_summaries_alerts_and_a_company_answer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert out.count("dealbot → in the thread, #deal-news:") == 5
    assert "dealbot → @you (direct message):\n  │ Cellectis ⇄ Servier · CAR-T · $10m upfront, up to $850m" in out
    assert "€25m (≈$" in out
    sanofi = out[out.index("/deals sanofi") :]
    assert sanofi.index("RadioMedix") < sanofi.index("Innate Pharma")
    assert "Did you mean car-t?" in out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_run_serves_http_at_slack_events(slack: FakeSlack, tmp_path: Path) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'run.sqlite3'}",
        "SLACK_BOT_TOKEN": "xoxb-run-test",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack.api_url,
        "PORT": str(port),
    }
    env.pop("SLACK_APP_TOKEN", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run", "--no-sender"], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        body = urlencode({"command": "/deals", "text": "cart-t", "user_id": "U1", "channel_id": "C1",
                          "team_id": "T1", "response_url": f"{slack.url}/response/x"}).encode()
        deadline = time.monotonic() + 30
        while True:
            stamp = int(time.time())
            request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body, method="POST")
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
            request.add_header("X-Slack-Request-Timestamp", str(stamp))
            request.add_header("X-Slack-Signature", sign(body, SECRET, stamp))
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    assert "car-t" in response.read().decode()
                    break
            except (urllib.error.URLError, ConnectionError):
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "dealbot run did not answer"
                time.sleep(0.1)
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=10)
    assert "xoxb-run-test" not in err and SECRET not in err
