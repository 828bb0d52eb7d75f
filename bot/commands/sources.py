"""`dealbot sources`: the feeds and pages `dealbot run` polls, in the database at DATABASE_URL.

    dealbot sources add URL [--every 15m] [--title TITLE]
    dealbot sources list [--json]
    dealbot sources remove ID|URL
    dealbot sources pause ID|URL
    dealbot sources resume ID|URL
    dealbot sources starters [--add]

`add` refuses, with status 2, a URL that is not http(s) or whose host is not a public address (loopback,
private, link-local, or a name resolving to one) unless FEED_ALLOW_PRIVATE_ADDRESSES is set.
`list` shows each source's health: ok, failing (with the last error and how many polls in a row
failed), paused, or new (not polled yet); the last success, the next attempt, the items seen.
`starters` lists the starter feeds; with `--add` they are registered, paused, to be resumed one by one.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from bot.feeds import sources as _sources
from bot.settings import Settings
from bot.store import DuplicateSource, FeedSource, Store

ADDED = "added source {id}: {url} (every {every}); its current items are recorded without alerts on the first poll"
DUPLICATE = "dealbot sources: {url} is already a source"
NOT_FOUND = "dealbot sources: no source {key}"
REMOVED = "removed source {key}"
PAUSED = "paused source {key}"
RESUMED = "resumed source {key}; it is polled within a minute"
NO_SOURCES = "no sources yet: add one with `dealbot sources add URL`, or see `dealbot sources starters`"
STARTERS_ADDED = "registered {count} starter feed{plural}, paused: `dealbot sources resume ID` turns one on"
_NEVER = "never"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "sources",
        help="the RSS/Atom feeds and pages dealbot run polls for deal news",
        description="Manage the feeds and pages polled by `dealbot run` (database at DATABASE_URL).",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="register an RSS/Atom feed or a page to poll")
    add.add_argument("url", metavar="URL")
    add.add_argument("--every", default=None, help="how often to poll: 15m (default), 1h, 1d ...")
    add.add_argument("--title", default=None, help="a name to show for it")
    listing = actions.add_parser("list", help="the sources with their health")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    for name, text in (("remove", "stop polling a source and forget it"), ("pause", "stop polling a source"),
                       ("resume", "poll a paused source again")):  # fmt: skip
        action = actions.add_parser(name, help=text)
        action.add_argument("key", metavar="ID|URL")
    starters = actions.add_parser("starters", help="the starter list of public biopharma news feeds")
    starters.add_argument("--add", action="store_true", help="register them all, paused")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with Store.open(Settings().database_url) as store:
        return _ACTIONS[args.action](store, args)


def _add(store: Store, args: argparse.Namespace) -> int:
    private = Settings().feed_allow_private_addresses
    try:
        source = _sources.add(store, args.url, args.every, datetime.now(UTC), title=args.title, allow_private=private)
    except _sources.InvalidSource as error:
        print(f"dealbot sources: {error}", file=sys.stderr)
        return 2
    except DuplicateSource:
        print(DUPLICATE.format(url=args.url.strip()), file=sys.stderr)
        return 1
    print(ADDED.format(id=source.id, url=source.url, every=_sources.format_every(source.every_seconds)))
    return 0


def _list(store: Store, args: argparse.Namespace) -> int:
    found = store.sources()
    if args.json:
        for source in found:
            print(json.dumps(_json(source)))
        return 0
    if not found:
        print(NO_SOURCES)
    for source in found:
        print(_line(source))
    return 0


def _change(store: Store, args: argparse.Namespace) -> int:
    key: int | str = int(args.key) if args.key.isdigit() else args.key.strip()
    if args.action == "remove":
        done, message = store.remove_source(key), REMOVED
    else:
        done = store.set_source_paused(key, args.action == "pause")
        message = PAUSED if args.action == "pause" else RESUMED
    if not done:
        print(NOT_FOUND.format(key=args.key), file=sys.stderr)
        return 1
    print(message.format(key=args.key))
    return 0


def _starters(store: Store, args: argparse.Namespace) -> int:
    if args.add:
        added = _sources.add_starters(store, datetime.now(UTC))
        for source in added:
            print(_line(source))
        print(STARTERS_ADDED.format(count=len(added), plural="s" if len(added) != 1 else ""))
        return 0
    for feed in _sources.starter_feeds():
        print(f"{feed.key:<28} {feed.url}\n{'':<28} {feed.title}: {feed.about}")
    return 0


_ACTIONS = {"add": _add, "list": _list, "remove": _change, "pause": _change, "resume": _change,
            "starters": _starters}  # fmt: skip


def _line(source: FeedSource) -> str:
    state = _sources.health(source)
    head = f"#{source.id} [{state}] {source.title + ' ' if source.title else ''}{source.url}"
    details = [
        f"every {_sources.format_every(source.every_seconds)}",
        f"last success {_when(source.last_success)}",
        f"items seen {source.items_seen}",
    ]
    if not source.paused:
        details.append(f"next attempt {_when(source.next_attempt)}")
    if source.last_error is not None:
        failures = source.consecutive_failures
        streak = f", {failures} failure{'s' if failures != 1 else ''} in a row" if failures else ""
        details.append(f"last error {_when(source.last_error_at)}: {source.last_error}{streak}")
    return head + "\n    " + "; ".join(details)


def _json(source: FeedSource) -> dict[str, object]:
    data = source.model_dump(mode="json", exclude={"etag", "last_modified"})
    data["health"] = _sources.health(source)
    return data


def _when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if moment is not None else _NEVER
