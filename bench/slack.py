"""Slack benchmark: `/deals <company>` acknowledgement latency of `dealbot run` over 100,000 stored deals.

Loads the deals into an SQLite file (synthetic deals between real registry companies and made-up ones),
starts `dealbot run` over HTTP against a stub Slack Web API on 127.0.0.1, then fires signed
`/deals <company>` commands, 20 at a time, and prints p50/p99 of the time to the acknowledgement (which
carries the answer). Target: p99 <= 300 ms.

    python bench/slack.py [--deals 100000] [--commands 200] [--concurrency 20]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import get_args
from urllib.parse import urlencode

from bot.store import ImportItem, SourceRef, Store
from extraction.companies import CompanyRegistry
from extraction.models import Deal, Modality, Money, Party

SECRET = "bench-signing-secret"
TARGET_P99_MS = 300.0
_MODALITIES: tuple[Modality, ...] = get_args(Modality)
_START = datetime(2021, 1, 1, tzinfo=UTC)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--commands", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(5)
    companies = _companies(rng)
    with tempfile.TemporaryDirectory(prefix="dealbot-bench-") as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        started = time.perf_counter()
        store = Store.open(url)
        store.import_deals(_deals(rng, companies, args.deals))
        store.close()
        print(f"loaded {args.deals:,} deals over {len(companies):,} companies in {time.perf_counter() - started:.1f}s")
        stub = _stub_slack()
        port = _free_port()
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": f"http://127.0.0.1:{stub.server_address[1]}/api/",
            "PORT": str(port),
        }
        env.pop("SLACK_APP_TOKEN", None)
        server = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", "--no-sender"], env=env, stderr=subprocess.DEVNULL
        )
        try:
            endpoint = f"http://127.0.0.1:{port}/slack/events"
            _wait_ready(endpoint, server)
            names = [rng.choice(companies) for _ in range(args.commands)]
            for name in names[:10]:  # warm-up
                _command(endpoint, name)
            with ThreadPoolExecutor(args.concurrency) as pool:
                results = list(pool.map(lambda name: _command(endpoint, name), names))
        finally:
            server.terminate()
            server.wait(timeout=10)
            stub.shutdown()
    latencies = sorted(ms for ms, _ok in results)
    failed = sum(1 for _ms, ok in results if not ok)
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(
        f"/deals <company>: {len(results)} commands, {args.concurrency} at a time: "
        f"p50 {p50:.0f} ms, p99 {p99:.0f} ms, max {latencies[-1]:.0f} ms, {failed} failed "
        f"(target p99 <= {TARGET_P99_MS:.0f} ms: {'met' if p99 <= TARGET_P99_MS and not failed else 'NOT met'})"
    )
    return 0 if p99 <= TARGET_P99_MS and not failed else 1


def _companies(rng: random.Random) -> list[str]:
    real = [e.canonical for e in CompanyRegistry.builtin().entities()]
    syllables = ["ar", "bel", "cor", "dan", "fen", "gal", "hor", "kal", "lor", "mir", "nov", "pel", "ros", "tor", "ven"]
    made = {
        "".join(rng.choice(syllables) for _ in range(3)).capitalize() + " " + rng.choice(("Bio", "Pharma", "Labs"))
        for _ in range(3000)
    }
    return real[:500] + sorted(made)


def _deals(rng: random.Random, companies: list[str], count: int) -> Iterator[ImportItem]:
    for i in range(count):
        a, b = rng.sample(companies, 2)
        upfront = Decimal(rng.randrange(5, 500)) * 10**6
        deal = Deal(
            parties=(Party(name=a, role="licensee"), Party(name=b, role="licensor")),
            deal_types=("license",),
            modalities=(rng.choice(_MODALITIES),),
            upfront=Money(amount=upfront, currency="USD", usd=upfront),
            total_value=Money(amount=upfront * 8, currency="USD", usd=upfront * 8),
        )
        yield ImportItem(
            deal=deal,
            source=SourceRef(kind="url", ref=f"https://news.example/{i}"),
            first_seen=_START + timedelta(minutes=17 * i),
        )


def _command(endpoint: str, company: str) -> tuple[float, bool]:
    body = urlencode(
        {"command": "/deals", "text": company.lower(), "user_id": "U1", "channel_id": "C1", "team_id": "T1",
         "response_url": "http://127.0.0.1:9/unused"}
    ).encode()
    stamp = str(int(time.time()))
    signature = "v0=" + hmac.new(SECRET.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    request = urllib.request.Request(endpoint, data=body, method="POST")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    request.add_header("X-Slack-Request-Timestamp", stamp)
    request.add_header("X-Slack-Signature", signature)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            ok = response.status == 200 and "blocks" in json.loads(response.read())
    except (urllib.error.URLError, ValueError):
        ok = False
    return (time.perf_counter() - started) * 1000, ok


def _wait_ready(endpoint: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("dealbot run stopped")
        try:
            urllib.request.urlopen(endpoint, timeout=1)
        except urllib.error.HTTPError:
            return  # it answers (405/404 for a GET)
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise SystemExit("dealbot run did not start")


def _stub_slack() -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            body = json.dumps({"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1"}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


if __name__ == "__main__":
    sys.exit(main())
