"""`dealbot corrections`: the corrections people made to deals in Slack, and the corrected deals as labels.

- `list [--since YYYY-MM-DD] [--team T] [--json]`: one correction a line, oldest first: when, which deal,
  the field, its value before and after, who (Slack user and workspace) and their note; with `--json`, one
  JSON object a line (`bot.store.Correction`).
- `export DIR [--team T]`: for each corrected deal (of workspace T when given), its first report's article
  as `deal-ID.txt` and the deal as shown, corrections applied, as `deal-ID.json` in the labelled-article
  format of `../shared/eval/README.md`, so that `score.py DIR --cmd "dealbot extract --json"` scores the
  extractor on them. A deal marked not a deal is labelled as no deal. Only the corrected fields are a
  person's word; the others are what the bot showed and nobody changed, and for a deal of several
  reports they may hold figures another report gave. A deal without a kept article text (stored before
  texts were kept), or merged into another deal (exported with that one when it is corrected), is skipped
  with the reason.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.commands.deals import summary
from bot.labelled import label_of, write_case
from bot.settings import Settings
from bot.store import Correction, Store
from bot.summary import format_money
from extraction.models import Money


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "corrections",
        help="corrections of deals made in Slack; export corrected deals as labelled articles",
        description="The corrections people made to deals in Slack (database at DATABASE_URL).",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser(
        "list", help="list corrections, oldest first", description="List corrections, oldest first."
    )
    listing.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="made on or after this day (UTC)")
    listing.add_argument("--team", metavar="T", help="only those made in this Slack workspace (team id)")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    listing.set_defaults(handler=run_list)
    export = actions.add_parser(
        "export",
        help="write corrected deals as labelled articles (STEM.txt + STEM.json) for score.py",
        description="Write each corrected deal's article and its corrected terms as a labelled article.",
    )
    export.add_argument("folder", type=Path, metavar="DIR", help="made when missing; files of a deal are replaced")
    export.add_argument("--team", metavar="T", help="only deals corrected in this Slack workspace (team id)")
    export.set_defaults(handler=run_export)


def run_list(args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    out = stdout if stdout is not None else sys.stdout
    with Store.open(Settings().database_url) as store:
        corrections = store.corrections(args.since, team_id=args.team)
    for correction in corrections:
        out.write(
            (json.dumps(correction.model_dump(mode="json"), ensure_ascii=False) if args.json else line(correction))
            + "\n"
        )
    return 0


def run_export(args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    out = stdout if stdout is not None else sys.stdout
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    with Store.open(Settings().database_url) as store:
        corrections = store.corrections(team_id=args.team)
        fields: dict[int, list[str]] = {}
        for correction in corrections:
            fields.setdefault(correction.deal_id, [])
            if correction.field not in fields[correction.deal_id]:
                fields[correction.deal_id].append(correction.field)
        for deal_id, corrected in fields.items():
            stored = store.get_deal(deal_id)
            if stored is None:
                continue
            if stored.merged_into is not None:
                out.write(f"deal {deal_id}: skipped, merged into deal {stored.merged_into}\n")
                continue
            article = store.article(deal_id)
            if article is None:
                out.write(f"deal {deal_id}: skipped, its article text was not kept (stored before texts were)\n")
                continue
            source, text = article
            stem = f"deal-{deal_id}"
            retracted = stored.retracted is not None
            notes = (
                "marked not a deal in Slack"
                if retracted
                else f"corrected in Slack: {', '.join(f.replace('_', ' ') for f in corrected)};"
                " the other fields are as the bot read them"
            )
            label = label_of(
                None if retracted else stored.deal,
                stem=stem,
                source_url=source.ref if source.kind == "url" else None,
                published=source.published,
                notes=notes,
            )
            write_case(folder, stem, text, label)
            written += 1
            shown = "not a deal" if retracted else summary(stored.deal)
            out.write(f"{stem}: {shown}\n")
    out.write(f"{written} labelled article{'s' if written != 1 else ''} written to {folder}\n")
    return 0


def line(correction: Correction) -> str:
    """One readable line for a correction."""
    c = correction
    if c.field == "retracted":
        change = "marked not a deal"
    elif c.field == "merged_into":
        change = f"same deal as #{c.new}"
    else:
        change = f"{c.field.replace('_', ' ')}: {_value(c.old)} -> {_value(c.new)}"
    note = f"  ({c.note})" if c.note else ""
    return f"#{c.id}  {c.at:%Y-%m-%d %H:%M}  deal {c.deal_id}  {change}  by {c.by.user_id} ({c.by.team_id}){note}"


def _value(value: object) -> str:
    if value is None or value == []:
        return "(none)"
    if isinstance(value, dict) and "amount" in value:
        return format_money(Money.model_validate(value))
    if isinstance(value, dict) and "tiered" in value:
        return "royalties" + (f" {value.get('low_pct')}-{value.get('high_pct')}%" if value.get("high_pct") else "")
    if isinstance(value, list):
        return ", ".join(f"{v.get('name')} ({v.get('role')})" if isinstance(v, dict) else str(v) for v in value)
    return str(value)


def _day(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from error
