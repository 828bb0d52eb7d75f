"""`dealbot extract [--json] PATH...`: the deal each article reports (CONTRACT.md).

An input that is not text or HTML (a PDF, a Word file, an image, other binary data) gets its error line and
makes the exit status 1; the others are still read. An input longer than `MAX_DOCUMENT_CHARS` is read to
that length, and a line on stderr says so and what to do instead.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from bot.summary import format_explanation, format_extraction
from extraction import extract
from extraction.documents import MAX_DOCUMENT_CHARS, Document, UnreadableDocument, open_document

CLIPPED = (
    "dealbot {command}: {path}: only its first {read:,} characters (of {chars:,}) were read, the rest was skipped;"
    " give each article in a file of its own to have all of it read"
)
_log = logging.getLogger("dealbot.extract")


def clipped_notice(command: str, path: str, document: Document) -> str:
    """The stderr line for an input cut to `MAX_DOCUMENT_CHARS`."""
    return CLIPPED.format(command=command, path=path, read=MAX_DOCUMENT_CHARS, chars=document.chars)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("extract", help="extract the deal terms of articles (text or HTML files)")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files; - reads standard input")
    parser.add_argument("--json", action="store_true", help="one JSON object per input, one per line")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="also print, for each figure, the rule that gave it its role and its sentence",
    )
    parser.set_defaults(handler=run)


def read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _print_error(path: str, message: str, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"file": path, "error": message}), flush=True)
    else:
        print(f"== {path}\n   error: {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    status = 0
    for path in args.paths:
        try:
            document = open_document(read_input(path))
        except (OSError, UnreadableDocument) as exc:
            status = 1
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            _print_error(path, message, as_json=args.json)
            continue
        if document.clipped:
            print(clipped_notice("extract", path, document), file=sys.stderr, flush=True)
        try:
            result = extract(document.text, explain=bool(getattr(args, "explain", False)))
        except Exception as exc:  # one article the extractor cannot read must not end the batch
            status = 1
            _log.exception("extraction failed", extra={"file": path})
            first_line = str(exc).splitlines()[0] if str(exc) else ""
            _print_error(path, f"extraction failed: {type(exc).__name__}: {first_line}", as_json=args.json)
            continue
        if args.json:
            print(json.dumps({"file": path, **result.contract_json()}, ensure_ascii=False), flush=True)
        else:
            print(format_extraction(path, result), flush=True)
        if getattr(args, "explain", False):
            print(format_explanation(result), file=sys.stderr if args.json else sys.stdout, flush=True)
    return status
