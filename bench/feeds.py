"""Feed pipeline benchmark: feed items per second, from fetching the feed to the stored deal.

A web server on 127.0.0.1 (in a process of its own) serves an RSS feed of N new deal reports and the
article page of each. One poll of the source, in this process, does it all: fetch the feed, read its
items, fetch each article, reduce it to its main text (trafilatura), extract the deal, store it and
put it in the outbox. Prints items/s (wall time) and items per CPU-second of this process, for two kinds of
feed: teasers linking to article pages (an article fetch per item, four at once) and full-content entries
(no article fetch). Goal: >= 100 items/s on one core. Every deal names two companies not seen before, the
store's slowest case (each is created and added to the registry).

    python bench/feeds.py [--items 500] [--engine sqlite|postgresql] [--cpu 0]

`--cpu N` pins this process to one core (Linux), the server stays on the others. PostgreSQL is
`DEALBOT_BENCH_POSTGRES_URL` (default: database `test` on 127.0.0.1:5432), in a schema of its own.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller
from bot.store import NewSubscription, PollOutcome, Store, Subscriber
from bot.store.engine import scratch_schema

POSTGRES_URL = os.environ.get("DEALBOT_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
GOAL_ITEMS_PER_SECOND = 100
PER_FEED = 100
"""Items per feed (a poll reads at most `bot.feeds.parse.MAX_ITEMS`); N items make N / PER_FEED feeds."""
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
_SYLLABLES = ("ar", "bel", "cor", "dan", "el", "fen", "gal", "hor", "is", "jun", "kal", "lor", "mir", "nov",
              "or", "pel", "qui", "ros", "sel", "tor")  # fmt: skip
_SUFFIXES = ("Bio", "Therapeutics", "Pharma", "Biosciences", "Medicines")


def _company(n: int) -> str:
    a, b, c = n % 20, (n // 20) % 20, (n // 400) % 20
    return f"{(_SYLLABLES[a] + _SYLLABLES[b] + _SYLLABLES[c]).capitalize()} {_SUFFIXES[n % 5]}"


def _article(n: int) -> tuple[str, str]:
    licensor, licensee = _company(2 * n + 1), _company(2 * n + 2)
    title = f"{licensor} licenses antibody to {licensee} in ${10 + n % 90}m deal"
    body = (
        f"{licensor} has entered into an exclusive license agreement with {licensee} for the worldwide "
        "development and commercialisation of its antibody program.\n\n"
        f"Under the terms of the agreement, {licensee} will pay {licensor} an upfront payment of ${10 + n % 90} "
        f"million and up to ${200 + n % 700} million in development and commercial milestones. {licensor} is "
        "also eligible to receive tiered royalties on net sales.\n\n"
        f"{licensee} will be responsible for all further development of the antibody in oncology."
    )
    return title, body


def _page(n: int) -> bytes:
    title, body = _article(n)
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>Example News</footer></body></html>"
    ).encode()


def _feed(base: str, numbers: range, full: bool) -> bytes:
    entries = []
    for n in numbers:
        title, body = _article(n)
        content = f"<content:encoded><![CDATA[<p>{body}</p>]]></content:encoded>" if full else ""
        entries.append(
            f"<item><title>{title}</title><link>{base}/news/{n}</link><guid>deal-{n}</guid>"
            f"<description>{title}. Read more.</description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench news</title>'
        f"<link>{base}/</link><description>x</description>{''.join(entries)}</channel></rss>"
    ).encode()


def _serve(port_out: multiprocessing.Queue, items: int, avoid_cpu: int | None) -> None:  # type: ignore[type-arg]
    others = set(os.sched_getaffinity(0)) - {avoid_cpu} if hasattr(os, "sched_getaffinity") else set()
    if avoid_cpu is not None and others:
        os.sched_setaffinity(0, others)  # leave the pipeline's core to the pipeline
    pages = {f"/news/{n}": _page(n) for n in range(items)}
    feeds: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out at once, as web servers do

        def do_GET(self) -> None:
            if self.path.startswith("/feed"):
                body, ctype = feeds[self.path], "application/rss+xml"
            else:
                body, ctype = pages.get(self.path, b""), "text/html; charset=utf-8"
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for k in range(0, items, PER_FEED):
        numbers = range(k, min(k + PER_FEED, items))
        feeds[f"/feed/teasers/{k // PER_FEED}"] = _feed(base, numbers, full=False)
        feeds[f"/feed/full/{k // PER_FEED}"] = _feed(base, numbers, full=True)
    port_out.put(server.server_address[1])
    server.serve_forever()


@contextmanager
def _database(engine: str) -> Iterator[str]:
    if engine == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        return
    with scratch_schema(POSTGRES_URL, "bench") as url:
        yield url


def _run(url: str, feed_urls: list[str], items: int) -> tuple[float, float]:
    """(items per second of wall time, items per second of this process's CPU time)."""
    store = Store.open(url)
    try:
        store.add_subscription(NewSubscription(subscriber=Subscriber(kind="channel", id="C0BENCH")), NOW)
        for feed_url in feed_urls:
            source = store.add_source(feed_url, timedelta(minutes=15), NOW)
            store.record_poll(source.id, PollOutcome(ok=True, next_attempt=NOW), NOW)  # its backlog was read
        with Fetcher(user_agent="dealbot-bench", timeout=30, max_bytes=50_000_000, allow_private=True) as fetcher:
            poller = Poller(store, fetcher, lambda: NOW)
            started, cpu = time.perf_counter(), time.process_time()
            reports = poller.poll_due(limit=len(feed_urls))
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        stored = sum(r.new_deals for r in reports)
        alerted = sum(len(r.alerted_deals) for r in reports)
        if not all(r.ok for r in reports) or stored != items or alerted != items:
            raise SystemExit(f"the polls did not store {items} new deals: {[r.error for r in reports]}, {stored}")
        return items / elapsed, items / cpu
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--cpu", type=int, default=None, help="pin this process to one core")
    args = parser.parse_args()
    ports: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=_serve, args=(ports, args.items, args.cpu), daemon=True)
    server.start()
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    try:
        base = f"http://127.0.0.1:{ports.get(timeout=60)}"
        print(f"{args.items} new deal reports per feed, {args.engine}, pipeline on "
              f"{'core ' + str(args.cpu) if args.cpu is not None else 'any core'}")  # fmt: skip
        results = {}
        for kind in ("teasers", "full"):
            with _database(args.engine) as url:
                feeds = [f"{base}/feed/{kind}/{k}" for k in range((args.items + PER_FEED - 1) // PER_FEED)]
                results[kind] = _run(url, feeds, args.items)
        label = {"teasers": "teasers + article pages fetched", "full": "full-content entries"}
        for kind, (rate, per_cpu) in results.items():
            verdict = "ok" if rate >= GOAL_ITEMS_PER_SECOND else "BELOW GOAL"
            print(
                f"  {label[kind]:<32} {rate:7.1f} items/s  (goal >= {GOAL_ITEMS_PER_SECOND}: {verdict}); "
                f"{per_cpu:6.1f} items per CPU-second"
            )
    finally:
        server.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
