"""`dealbot ingest PATH...`: extract archived articles and store their deals; sends no alerts.

Each file gives one line: the new deal it made, the stored deal it was merged into, "not a deal" with the
reason, "already ingested" (the same file, or the same content under another name), or the error that
kept it from being read (a PDF or another binary file is named as such). A file longer than
`MAX_DOCUMENT_CHARS` is read to that length, and a line on stderr says so. Each article is stored with its
own date (an HTML page's metadata, else its dateline), which same-deal matching reads as the day it was
reported. A folder stands for the files in it, recursively, in name order (hidden files skipped); `-` reads
standard input. The exit status is 1 when any file could not be read.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from bot.commands.deals import summary
from bot.commands.extract import clipped_notice
from bot.settings import Settings
from bot.store import IngestResult, SourceRef, Store
from extraction import extract
from extraction.documents import UnreadableDocument, read_article


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="store the deals of archived articles (no alerts)",
        description="Extract each article and store its deal in the database at DATABASE_URL.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="text or HTML files, folders of them, or -")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    failed = False
    with Store.open(Settings().database_url) as store:
        for shown, path in _files(args.paths):
            try:
                line = _ingest_one(store, path, shown)
            except (OSError, UnreadableDocument) as error:
                line, failed = f"error: {_reason(error)}", True
            print(f"{shown}: {line}", flush=True)
    return 1 if failed else 0


def _ingest_one(store: Store, path: Path | None, shown: str) -> str:
    data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    ref = f"stdin:{digest}" if path is None else str(path.resolve())
    source = SourceRef(kind="file", ref=ref, digest=digest)
    seen = store.previous_outcome(source)
    if seen is not None:
        return _describe(store, seen)
    now = datetime.now(UTC)
    article = read_article(data, not_after=now.date())
    if article.clipped:
        print(clipped_notice("ingest", shown, article), file=sys.stderr, flush=True)
    extraction = extract(article.text, published=article.published)
    source = source.model_copy(update={"title": extraction.headline, "published": article.published})
    return _describe(store, store.ingest(extraction, source, now, text=article.text))


def _describe(store: Store, result: IngestResult) -> str:
    if result.kind == "not_deal":
        return f"not a deal: {result.reason}"
    stored = store.get_deal(result.deal_id) if result.deal_id is not None else None
    if result.kind == "new" and stored is not None:
        return f"new deal {stored.id}: {summary(stored.deal)}"
    if result.kind == "merged":
        added = f" (adds {', '.join(result.filled)})" if result.filled else ""
        disputed = ", ".join(f.replace("_", " ") for f in result.disputed)
        dispute = f"; its {disputed} differs: shown as 'see the article'" if disputed else ""
        return f"merged into deal {result.deal_id}{added}{dispute}"
    if result.deal_id is not None:
        return f"already ingested (deal {result.deal_id})"
    return f"already ingested (not a deal: {result.reason})" if result.reason else "already ingested"


def _files(paths: list[str]) -> Iterator[tuple[str, Path | None]]:
    for given in paths:
        if given == "-":
            yield "-", None
            continue
        path = Path(given)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in found.relative_to(path).parts):
                    yield str(found), found
        else:
            yield given, path


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)
