"""`dealbot deals`: the stored deals, newest first, as readable lines or as JSON (CONTRACT.md).

`--company` names one company; a name of several ("merck": Merck & Co. and Merck KGaA) lists nothing,
says on stderr which companies it names, and exits 1.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, get_args

from bot.settings import Settings
from bot.store import DealQuery, Store, StoredDeal
from extraction.models import Deal, Modality, Money

_AMOUNT = re.compile(
    r"^\s*\$?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(k|m|mn|million|b|bn|billion)?\s*$", re.IGNORECASE
)
_SCALE = {"k": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6, "b": 10**9, "bn": 10**9, "billion": 10**9}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "deals",
        help="list stored deals, newest first",
        description="List the deals stored in the database at DATABASE_URL, newest first.",
    )
    parser.add_argument("--company", help="any spelling of a company (resolved through the registry)")
    parser.add_argument("--modality", choices=get_args(Modality), metavar="M", help="e.g. adc, car-t, mrna")
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="first seen on or after this day")
    parser.add_argument("--min-usd", type=_usd, metavar="AMOUNT", help="minimum headline value, e.g. 500m")
    parser.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N deals (20)")
    parser.add_argument("--json", action="store_true", help="one JSON object a line")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with Store.open(Settings().database_url) as store:
        choices = store.company_choices(args.company) if args.company else ()
        if choices and store.find_company(args.company) is None:
            names = " or ".join(f'--company "{c}"' for c in choices)
            sys.stderr.write(f"{args.company}: names {len(choices)} companies; give one of them: {names}\n")
            return 1
        remaining = args.limit
        cursor = None
        while remaining > 0:
            query = DealQuery(
                company=args.company,
                modality=args.modality,
                since=args.since,
                min_usd=args.min_usd,
                limit=min(remaining, 500),
                cursor=cursor,
            )
            page = store.deals(query)
            for stored in page.items:
                print(json.dumps(deal_json(stored), ensure_ascii=False) if args.json else deal_line(stored))
            remaining -= len(page.items)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
    sys.stdout.flush()
    return 0


def deal_json(stored: StoredDeal) -> dict[str, Any]:
    """The `deal` object of `dealbot extract --json`, plus "id", "sources" and, for each source, why it
    started the deal or was attached to it ("matching")."""
    return {
        **stored.deal.contract_json(),
        "id": stored.id,
        "sources": [s.ref for s in stored.sources],
        "matching": [{"source": s.ref, "why": s.why} for s in stored.sources],
    }


def deal_line(stored: StoredDeal) -> str:
    count = len(stored.sources)
    return (
        f"#{stored.id}  {stored.first_seen:%Y-%m-%d}  {summary(stored.deal)}"
        f"  [{count} source{'s' if count != 1 else ''}]"
    )


def summary(deal: Deal) -> str:
    """One line: the parties, the kind of deal, the modalities, the headline money."""
    parts = [" / ".join(p.name for p in deal.parties) or "(parties unknown)"]
    if deal.deal_types:
        parts.append(", ".join(deal.deal_types))
    if deal.modalities:
        parts.append(", ".join(deal.modalities))
    money = [
        f"{label} {_money(m)}"
        for label, m in (
            ("total", deal.total_value),
            ("upfront", deal.upfront),
            ("milestones", deal.milestones),
        )
        if m is not None
    ]
    if money:
        parts.append(", ".join(money))
    elif "all" in deal.undisclosed:
        parts.append("terms undisclosed")
    return "; ".join(parts)


def _money(m: Money) -> str:
    if m.usd is not None:
        return "$" + _short(m.usd)
    return f"{_short(m.amount)} {m.currency or '(currency unknown)'}"


def _short(value: Decimal) -> str:
    for scale, suffix in ((Decimal(10**9), "bn"), (Decimal(10**6), "m"), (Decimal(10**3), "k")):
        if abs(value) >= scale:
            return f"{(value / scale).quantize(Decimal('0.1')).normalize():f}{suffix}"
    return f"{value.normalize():f}"


def _day(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from error


def _usd(text: str) -> Decimal:
    match = _AMOUNT.match(text)
    if match is None:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r} (e.g. 500m, 1.5bn, 250000000)")
    try:
        number = Decimal(match.group(1).replace(",", ""))
    except InvalidOperation as error:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}") from error
    return number * _SCALE.get((match.group(2) or "").lower(), 1)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from error
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
