"""The `dealbot` console script: a thin dispatcher over the modules in `bot.commands`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bot.commands import companies as _companies

_COMMAND_MODULES: tuple = (_companies,)


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
    status: int = args.handler(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
