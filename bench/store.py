"""Store benchmark: 100,000 synthetic deals over 20,000 companies, on SQLite and on PostgreSQL.

Prints, per engine, the load time and p50/p99 latency of three queries the bot runs: the deals of a
company (newest first, one page, through the company registry), the deals of a modality, and the
subscribers of a deal (2,000 subscriptions). Target: p99 <= 50 ms each.

    python bench/store.py [--deals 100000] [--companies 20000] [--runs 500] [--engine sqlite|postgresql]

PostgreSQL is `DEALBOT_BENCH_POSTGRES_URL` (default: database `test` on 127.0.0.1:5432); the benchmark
works in a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import get_args

from bot.store import DealQuery, ImportItem, NewSubscription, SourceRef, Store, Subscriber
from bot.store.engine import scratch_schema
from extraction.companies import CompanyRegistry
from extraction.models import Deal, DealType, Modality, Money, Party

POSTGRES_URL = os.environ.get("DEALBOT_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
START = datetime(2021, 1, 1, tzinfo=UTC)
_SYLLABLES = [
    "ar",
    "bel",
    "cor",
    "dan",
    "el",
    "fen",
    "gal",
    "hor",
    "is",
    "jun",
    "kal",
    "lor",
    "mir",
    "nov",
    "or",
    "pel",
    "qui",
    "ros",
    "sel",
    "tor",
    "ul",
    "ven",
    "wex",
    "xan",
    "yor",
    "zel",
    "bra",
    "cri",
    "dro",
    "fla",
    "gri",
    "klo",
    "pra",
    "stru",
    "tri",
    "vex",
]
_SUFFIXES = ("Therapeutics", "Bio", "Pharma", "Biosciences", "Medicines", "Oncology", "Genomics", "Labs")
_MODALITIES: tuple[Modality, ...] = get_args(Modality)
_TYPES: tuple[DealType, ...] = ("license", "collaboration", "option", "acquisition", "research")


def company_names(count: int, rng: random.Random) -> list[str]:
    """`count` made-up names that the company registry takes for `count` different companies."""
    registry = CompanyRegistry.builtin()
    names: list[str] = []
    while len(names) < count:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()
        name = f"{word} {rng.choice(_SUFFIXES)}"
        if registry.resolve(name) is None:
            registry.add_entity(name)
            names.append(name)
    return names


def synthetic_deals(count: int, companies: list[str], rng: random.Random) -> Iterator[ImportItem]:
    weights = [1 / (rank + 1) ** 0.7 for rank in range(len(companies))]  # a few companies do many deals
    span = (datetime(2026, 1, 1, tzinfo=UTC) - START).total_seconds()
    for n in range(count):
        a, b = rng.choices(companies, weights, k=2)
        if a == b:
            b = rng.choice(companies)
        upfront = Decimal(rng.randrange(1, 500)) * 1_000_000
        deal = Deal(
            parties=(Party(name=a, role="licensee"), Party(name=b, role="licensor")),
            deal_types=(rng.choice(_TYPES),),
            modalities=tuple(dict.fromkeys(rng.choices(_MODALITIES, k=rng.randint(1, 2)))),
            upfront=Money(amount=upfront, currency="USD", usd=upfront),
            total_value=Money(amount=upfront * 5, currency="USD", usd=upfront * 5) if n % 2 else None,
            assets=(f"SYN-{n}",),
        )
        yield ImportItem(
            deal=deal,
            source=SourceRef(kind="url", ref=f"https://bench.example/{n}"),
            first_seen=START + timedelta(seconds=rng.random() * span),
        )


def add_subscriptions(store: Store, count: int, companies: list[str], rng: random.Random) -> None:
    for n in range(count):
        shape = rng.random()
        store.add_subscription(
            NewSubscription(
                subscriber=Subscriber(kind="user" if n % 3 else "channel", id=f"U{n:06d}"),
                modalities=tuple(rng.sample(_MODALITIES, rng.randint(1, 3))) if shape < 0.6 else (),
                companies=tuple(rng.sample(companies, rng.randint(1, 5))) if 0.4 < shape < 0.9 else (),
                min_usd=Decimal(rng.choice([50, 100, 500])) * 1_000_000 if rng.random() < 0.3 else None,
                mode="digest" if n % 4 == 0 else "instant",
            ),
            START,
        )


def timings(runs: int, call: Callable[[int], object]) -> tuple[float, float]:
    for n in range(min(20, runs)):  # warm caches
        call(n)
    samples = []
    for n in range(runs):
        began = time.perf_counter()
        call(n)
        samples.append((time.perf_counter() - began) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def bench(name: str, url: str, args: argparse.Namespace) -> bool:
    rng = random.Random(4)
    companies = company_names(args.companies, rng)
    store = Store.open(url)
    try:
        began = time.perf_counter()
        loaded = store.import_deals(synthetic_deals(args.deals, companies, rng))
        load_s = time.perf_counter() - began
        began = time.perf_counter()
        add_subscriptions(store, args.subscriptions, companies, rng)
        subs_s = time.perf_counter() - began
        now = datetime(2026, 1, 1, tzinfo=UTC)
        probe = random.Random(9)
        queries = {
            "company": lambda _n: store.deals(DealQuery(company=probe.choice(companies), limit=20)),
            "modality": lambda _n: store.deals(DealQuery(modality=probe.choice(_MODALITIES), limit=20)),
            "subscribers": lambda _n: store.subscribers_for(probe.randint(1, loaded), now),
        }
        print(
            f"{name}: {loaded} deals over {len(companies)} companies loaded in {load_s:.1f} s; "
            f"{args.subscriptions} subscriptions in {subs_s:.1f} s"
        )
        ok = True
        for label, call in queries.items():
            p50, p99 = timings(args.runs, call)
            verdict = "ok" if p99 <= 50 else "over 50 ms"
            ok = ok and p99 <= 50
            print(f"  {label:<12} p50 {p50:6.2f} ms   p99 {p99:6.2f} ms   {verdict}")
        return ok
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--companies", type=int, default=20_000)
    parser.add_argument("--subscriptions", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), action="append")
    args = parser.parse_args()
    ok = True
    for engine in args.engine or ("sqlite", "postgresql"):
        if engine == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                ok = bench("SQLite", f"sqlite:///{Path(folder) / 'bench.sqlite3'}", args) and ok
        else:
            with scratch_schema(POSTGRES_URL, "bench") as url:
                ok = bench("PostgreSQL", url, args) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
