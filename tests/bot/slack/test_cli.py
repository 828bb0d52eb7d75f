"""`dealbot demo` and `dealbot run`, as their users start them."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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
    assert "dealbot → in the thread, #deal-news:\n  │ Cellectis ⇄ Servier · CAR-T · $10m upfront" in out
    sanofi = out[out.index("/deals sanofi") :]
    assert sanofi.index("RadioMedix") < sanofi.index("Innate Pharma")
    assert "Did you mean car-t?" in out
    assert "Sources: a Slack message (https://demo.slack.com/archives/CNEWS/p1772442000000100)" in out
    fixed = out[out.index("uses Fix a term") :]
    assert fixed.count("dealbot updates its message") == 3  # the DM card, its thread reply, the channel summary
    assert "$100m upfront" in fixed and "corrected by @you" in fixed
    assert "$100m upfront" in fixed[fixed.index("/deals sanofi") :]


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
        "FEED_ALLOW_PRIVATE_ADDRESSES": "true",  # the article below is served from 127.0.0.1
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
        # a link pasted in a channel is fetched, read and summarised in the message's thread
        with _serve_page(_ARTICLE_HTML) as page_url:
            event = {
                "token": "unused", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                "event_id": "EvLINK1", "event_time": int(time.time()),
                "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
                "event": {"type": "message", "channel": "C1", "user": "U2", "text": f"<{page_url}>",
                          "ts": "1700000000.000100", "channel_type": "channel"},
            }
            body = json.dumps(event, separators=(",", ":")).encode()
            stamp = int(time.time())
            request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body, method="POST")
            request.add_header("Content-Type", "application/json")
            request.add_header("X-Slack-Request-Timestamp", str(stamp))
            request.add_header("X-Slack-Signature", sign(body, SECRET, stamp))
            with urllib.request.urlopen(request, timeout=5) as response:
                assert response.status == 200
            slack.wait_for(lambda: any("Kestrel" in json.dumps(c.params) for c in slack.of("chat.postMessage")), 30)
        [reply] = [c for c in slack.of("chat.postMessage") if "Kestrel" in json.dumps(c.params)]
        assert reply.params["thread_ts"] == "1700000000.000100"
        assert "$10m" in json.dumps(reply.params)
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=10)
    assert "xoxb-run-test" not in err and SECRET not in err


_ARTICLE_HTML = (
    "<html><head><title>Kestrel inks licence</title></head><body><nav>Home</nav><article>"
    "<h1>Kestrel Pharma and Norvane Bio sign licence for NB-19</h1>"
    "<p>Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement for NB-19, a CD19 CAR-T "
    "therapy. Kestrel Pharma will pay Norvane Bio $10 million upfront and up to $90 million in milestones, plus "
    "tiered royalties on net sales.</p><p>Norvane Bio will keep manufacturing NB-19 for the clinical studies, and "
    "Kestrel Pharma will be responsible for its development and commercialization worldwide.</p></article>"
    "</body></html>"
)


@contextmanager
def _serve_page(html: str) -> Iterator[str]:
    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/news/kestrel-norvane"
    finally:
        server.shutdown()
        server.server_close()
