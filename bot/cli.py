"""The `dealbot` console script: a thin dispatcher over the modules in `bot.commands`.

Only the module of the command given is imported (`dealbot extract` loads no database or Slack code);
`dealbot --help`, or a word that is no command, loads them all to list them."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

# command -> the module that registers and runs it, in the order `dealbot --help` lists them
_COMMANDS: dict[str, str] = {
    "extract": "bot.commands.extract",
    "companies": "bot.commands.companies",
    "ingest": "bot.commands.ingest",
    "deals": "bot.commands.deals",
    "corrections": "bot.commands.corrections",
    "sources": "bot.commands.sources",
    "run": "bot.commands.run",
    "demo": "bot.commands.demo",
}


def _modules(argv: Sequence[str]) -> list[ModuleType]:
    """The command modules the parser needs: the named command's alone, else every one."""
    named = next((a for a in argv if not a.startswith("-")), None)
    wanted = [_COMMANDS[named]] if named in _COMMANDS else list(_COMMANDS.values())
    return [importlib.import_module(path) for path in wanted]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dealbot",
        description="Biopharma deal alerts: read deal news, extract the terms, alert subscribers.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in _modules(argv if argv is not None else ()):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(argv).parse_args(argv)
    try:
        status: int = args.handler(args)
    except BrokenPipeError:
        # The reader went away (`dealbot extract ... | head`): stop quietly, as other tools do.
        sys.stderr.close()
        return 0
    except Exception as fault:
        # `dealbot ingest` on a read-only database, say: one line, no traceback (the storage module is
        # loaded by then if the command uses it)
        health = sys.modules.get("bot.store.health")
        if health is None or not isinstance(fault, health.StorageUnavailable):
            raise
        from bot.commands.run import EXIT_STORAGE

        print(f"dealbot {args.command}: stopped, {fault}", file=sys.stderr)
        return EXIT_STORAGE
    return status


if __name__ == "__main__":
    sys.exit(main())
