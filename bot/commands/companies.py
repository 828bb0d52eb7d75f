"""`dealbot companies`: company-name tools.

- `group [--json]`: reads company names, one a line, on stdin and prints the entity each belongs to, in
  input order (CONTRACT.md), a blank line for a blank line (`{"name": "", "entity": null}` in JSON), so
  that the output lines up with the input; a name that names no company (a legal form alone: "S.A.",
  "Inc.") gets no entity (null in JSON, nothing after the tab); uses the built-in registry and needs no
  database;
- `alias ALIAS COMPANY`: teaches the stored registry (DATABASE_URL) that ALIAS names COMPANY (any
  spelling of it, or a new company), for every later deal and search; a COMPANY that names several
  companies ("Merck") or none ("Inc.") is refused with the reason, and nothing is stored;
- `unalias ALIAS`: undoes a wrong merge: ALIAS no longer names the company it resolves to now.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from bot.settings import Settings
from bot.store import AmbiguousCompany, NotACompany, Store
from extraction.companies import group_names


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "companies",
        help="company names: group spellings of one company",
        description="Company-name tools: fold the many spellings of one company into one entity.",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    group = actions.add_parser(
        "group",
        help="print the company each name on stdin belongs to",
        description="Read company names, one a line, on stdin; print the entity each belongs to, in order.",
    )
    group.add_argument("--json", action="store_true", help='one {"name", "entity"} JSON object a line')
    group.set_defaults(handler=run_group)
    alias = actions.add_parser(
        "alias",
        help="teach that ALIAS names COMPANY",
        description="Store that ALIAS names COMPANY (any spelling of a known company, or a new one).",
    )
    alias.add_argument("alias", metavar="ALIAS")
    alias.add_argument("company", metavar="COMPANY")
    alias.set_defaults(handler=run_alias)
    unalias = actions.add_parser(
        "unalias",
        help="undo a wrong merge: ALIAS no longer names its company",
        description="Undo a wrong merge: ALIAS no longer names the company it resolves to now.",
    )
    unalias.add_argument("alias", metavar="ALIAS")
    unalias.set_defaults(handler=run_unalias)


def run_group(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    source = stdin if stdin is not None else sys.stdin
    out = stdout if stdout is not None else sys.stdout
    names = [line.strip() for line in source.read().splitlines()]
    given = [name for name in names if name]
    entities = iter(group_names(given))
    for name in names:  # a blank line stays a line of its own, so the output lines up with the input
        entity = next(entities) if name else None
        if args.json:
            out.write(json.dumps({"name": name, "entity": entity}, ensure_ascii=False) + "\n")
        else:
            out.write(f"{name}\t{entity or ''}\n" if name else "\n")
    return 0


def run_alias(args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    out = stdout if stdout is not None else sys.stdout
    with Store.open(Settings().database_url) as store:
        try:
            company = store.add_company_alias(args.alias, args.company)
        except AmbiguousCompany as ambiguous:
            choices = " or ".join(f'"{c}"' for c in ambiguous.candidates)
            sys.stderr.write(f"{args.company}: names several companies; name one of them: {choices}\n")
            return 1
        except NotACompany:
            sys.stderr.write(f"{args.company}: a legal form alone names no company\n")
            return 1
    out.write(f"{args.alias} -> {company.canonical}\n")
    return 0


def run_unalias(args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    out = stdout if stdout is not None else sys.stdout
    with Store.open(Settings().database_url) as store:
        removed = store.remove_company_alias(args.alias)
    if not removed:
        out.write(f"{args.alias}: not a name of any company\n")
        return 1
    out.write(f"{args.alias}: removed\n")
    return 0
