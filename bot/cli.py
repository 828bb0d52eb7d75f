"""The `dealbot` console script: a thin dispatcher over the modules in `bot.commands`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bot.commands import companies as _companies
from bot.commands import corrections as _corrections
from bot.commands import deals as _deals
from bot.commands import demo as _demo
from bot.commands import extract as _extract
from bot.commands import ingest as _ingest
from bot.commands import run as _run
from bot.commands import sources as _sources
from bot.store import StorageUnavailable

_COMMAND_MODULES: tuple = (_extract, _companies, _ingest, _deals, _corrections, _sources, _run, _demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dealbot",
        description="Biopharma deal alerts: read deal news, extract the terms, alert subscribers.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in _COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.handler(args)
    except BrokenPipeError:
        # The reader went away (`dealbot extract ... | head`): stop quietly, as other tools do.
        sys.stderr.close()
        return 0
    except StorageUnavailable as fault:  # `dealbot ingest` on a read-only database, say: one line, no traceback
        print(f"dealbot {args.command}: stopped, {fault}", file=sys.stderr)
        return _run.EXIT_STORAGE
    return status


if __name__ == "__main__":
    sys.exit(main())
