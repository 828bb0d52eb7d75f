"""Merging cost: ingest reports of known deals and count the deals they make.

    python bench/merge.py [--deals 3000] [--reports 10000] [--engine sqlite|postgresql]

The deals are the labelled deals of ../shared/eval/dev (their parties, types, modalities, assets and
figures), repeated at dates far enough apart that each copy is its own deal. Each deal gets one to several
reports as outlets write them: the full terms first, then other spellings of the parties ("X, Inc.", a
labelled longer form, capitals), dates a few days off, figures rounded to two digits or left out, assets
left out. Prints reports/s and how many deals result: it must be the number of deals generated.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import sqlalchemy as sa  # noqa: E402

from bot.labelled import labelled_deal  # noqa: E402
from bot.store import SourceRef, Store  # noqa: E402
from bot.store.engine import scratch_schema  # noqa: E402
from bot.store.schema import DealRow  # noqa: E402
from extraction.fx import to_usd  # noqa: E402
from extraction.models import MONEY_FIELDS, Deal, Extraction  # noqa: E402

DEV = REPO.parent / "shared" / "eval" / "dev"
POSTGRES_URL = os.environ.get("DEALBOT_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
START = date(2010, 1, 4)
COPY_SPACING = timedelta(days=60)
"""Copies of one labelled deal are this far apart: beyond the matching window, so each is its own deal."""


def labelled(rng: random.Random) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(DEV.glob("*.json")):
        label = json.loads(path.read_text())
        if label.get("is_deal") and len(label["deal"]["parties"]) >= 2:
            found.append((path.stem, label))
    rng.shuffle(found)
    return found


def spelling(party: dict[str, Any], rng: random.Random) -> str:
    name: str = party["name"]
    longer = [a for a in party.get("aliases") or () if a.casefold().startswith(name.casefold() + " ")]
    return rng.choice([name, f"{name}, Inc.", name.upper(), *longer])


def report(label: dict[str, Any], deal: Deal, on: date, rng: random.Random) -> Deal:
    raw_parties = label["deal"]["parties"]
    parties = [
        p.model_copy(update={"name": spelling(raw, rng)}) for p, raw in zip(deal.parties, raw_parties, strict=True)
    ]
    changes: dict[str, Any] = {"parties": tuple(parties)}
    for field in MONEY_FIELDS:
        money = deal.money(field)
        if money is None:
            continue
        if rng.random() < 0.3:
            changes[field] = None
        elif rng.random() < 0.5 and money.amount:
            amount = Decimal(f"{money.amount:.2g}")
            changes[field] = money.model_copy(update={"amount": amount, "usd": to_usd(amount, money.currency, on)})
    if rng.random() < 0.5:
        changes["assets"] = ()
    return deal.model_copy(update=changes)


def bench(name: str, url: str, deals: int, reports: int) -> bool:
    rng = random.Random(10)
    labels = labelled(rng)
    plan: list[tuple[int, Deal, date, dict[str, Any]]] = []
    for n in range(deals):
        _, label = labels[n % len(labels)]
        on = START + COPY_SPACING * (n // len(labels)) + timedelta(days=n % len(labels) % 30)
        deal = labelled_deal(label, on)
        assert deal is not None
        plan.append((n, deal, on, label))
    items: list[tuple[int, Deal, date]] = [(n, deal, on) for n, deal, on, _ in plan]
    for _ in range(reports - deals):
        n, deal, on, label = plan[rng.randrange(deals)]
        items.append((n, report(label, deal, on + timedelta(days=rng.randint(-4, 4)), rng), on))
    first, rest = items[:deals], items[deals:]
    rng.shuffle(rest)
    store = Store.open(url)
    try:
        began = time.perf_counter()
        for i, (n, deal, on) in enumerate(first + rest):
            when = datetime(on.year, on.month, on.day, 12, tzinfo=UTC)
            source = SourceRef(kind="url", ref=f"https://outlet.example/{n}/{i}", published=on)
            store.ingest(Extraction(is_deal=True, deal=deal), source, when)
        elapsed = time.perf_counter() - began
        with store.engine.connect() as connection:
            made = connection.scalar(sa.select(sa.func.count()).select_from(DealRow)) or 0
    finally:
        store.close()
    print(f"{name}: {len(items)} reports of {deals} deals in {elapsed:.1f} s: {len(items) / elapsed:.0f} reports/s; "
          f"{made} deals stored ({'right' if made == deals else f'WRONG: expected {deals}'})")
    return made == deals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=3000)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), action="append")
    args = parser.parse_args()
    if not DEV.is_dir():
        print(f"the labelled deals are not beside the project ({DEV} is absent)", file=sys.stderr)
        return 2
    ok = True
    for engine in args.engine or ["sqlite"]:
        if engine == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                ok &= bench("sqlite", f"sqlite:///{folder}/merge.db", args.deals, args.reports)
        else:
            with scratch_schema(POSTGRES_URL, "bench") as url:
                ok &= bench("postgresql", url, args.deals, args.reports)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
