"""`dealbot companies`: company-name tools.

- `group [--json]`: reads company names, one a line, on stdin and prints the entity each belongs to, in
  input order (CONTRACT.md); uses the built-in registry and needs no database.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

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


def run_group(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    source = stdin if stdin is not None else sys.stdin
    out = stdout if stdout is not None else sys.stdout
    names = [line.strip() for line in source.read().splitlines() if line.strip()]
    for name, entity in zip(names, group_names(names), strict=True):
        if args.json:
            out.write(json.dumps({"name": name, "entity": entity}, ensure_ascii=False) + "\n")
        else:
            out.write(f"{name}\t{entity}\n")
    return 0
