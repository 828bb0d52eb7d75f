"""`dealbot demo`: the whole pipeline over the seed articles, with no Slack account.

Runs on an SQLite store in a temporary folder and prints what the bot would post: a user's `/deals
subscribe` and `/deals follow`, each seed article pasted into a channel and the bot's threaded summary,
the alerts its subscribers receive (card, then the full summary in its thread), and a `/deals sanofi`
answer, then a reader's correction of a figure and the messages that showed it updated. The same code
serves Slack in `dealbot run`; only the Web API calls are printed instead of sent.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from slack_sdk import WebClient
from slack_sdk.web import SlackResponse

from bot.slack import messages
from bot.slack.alerts import AlertSender
from bot.slack.answers import Answers
from bot.slack.card_updates import CardUpdater
from bot.slack.cards import Card
from bot.slack.terminal import render
from bot.slack.watch import WatchedMessage, Watcher
from bot.store import CorrectionInput, Corrector, DealQuery, Store

_USER = "UDEMO"
_CHANNEL = "CNEWS"
_NAMES = {_USER: "@you", "DDEMO": "@you (direct message)", _CHANNEL: "#deal-news"}
_START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="show what the Slack bot does, over the seed articles, with no Slack account",
        description="Run the whole pipeline over the seed articles on a temporary SQLite store and print "
        "what the bot would post in Slack.",
    )
    parser.add_argument("--seeds", type=Path, default=None, help="folder of articles (default: seeds/)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    folder = args.seeds or _default_seeds()
    articles = sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".html", ".htm")) if folder else []
    if not articles:
        print(f"dealbot demo: no articles in {folder or 'seeds/'}", file=sys.stderr)
        return 1
    clock = _Clock()
    with tempfile.TemporaryDirectory(prefix="dealbot-demo-") as folder_name:
        store = Store.open(f"sqlite:///{Path(folder_name) / 'demo.sqlite3'}")
        try:
            client = _PrintingClient()
            answers = Answers(store)
            watcher = Watcher(store, client, AlertSender(store, client, clock), clock)
            _say("You subscribe to CAR-T deals and follow Sanofi:")
            for text in ("subscribe car-t", "follow sanofi"):
                _command(answers, text, clock())
            for index, path in enumerate(articles):
                clock.tick()
                text = path.read_text(encoding="utf-8", errors="replace")
                _say(f"Someone pastes {path.name} into #deal-news:")
                first = text.strip().splitlines()[0] if text.strip() else ""
                print(f"  │ {first[:100]}{'…' if len(first) > 100 else ''}  [{len(text):,} characters]")
                ts = f"{1772442000 + index}.000100"
                watcher.summarize(WatchedMessage(channel=_CHANNEL, ts=ts, user="UOTHER", text=text))
            _say("You ask about Sanofi, with a misspelt modality after:")
            _command(answers, "sanofi", clock())
            _command(answers, "cart-t", clock())
            _correct(store, client, clock())
            _command(answers, "sanofi", clock())
        finally:
            store.close()
    return 0


def _correct(store: Store, client: WebClient, now: datetime) -> None:
    """A reader fixes a figure the article gave without its currency, as the card's *Fix a term* form
    saves it; every message that showed the deal is updated."""
    page = store.deals(DealQuery(company="RadioMedix"))
    stored = next((d for d in page.items if d.deal.upfront is not None and d.deal.upfront.currency is None), None)
    if stored is None or stored.deal.upfront is None:
        return
    value = f"USD {stored.deal.upfront.amount:,f}"
    _say(f"A reader who knows the deal uses Fix a term on its card: upfront {value} (the article gave no currency):")
    by = Corrector(user_id=_USER, team_id="TDEMO")
    done = store.correct(stored.id, CorrectionInput(field="upfront", value=value, by=by), now)
    CardUpdater(store, client).update((stored.id,), done.deal, messages.corrected_by(_NAMES[_USER]))


def _default_seeds() -> Path | None:
    for candidate in (Path("seeds"), Path(__file__).resolve().parents[2] / "seeds"):
        if candidate.is_dir():
            return candidate
    return None


def _say(line: str) -> None:
    print()
    print(f"▶ {line}")


def _command(answers: Answers, text: str, now: datetime) -> None:
    card: Card = answers.answer(text, _USER, now, channel=_CHANNEL)
    print(f"  /deals {text}")
    print("  ↳ only visible to you:")
    print(render(card.text, card.blocks_json()))


class _Clock:
    def __init__(self) -> None:
        self._now = _START

    def __call__(self) -> datetime:
        return self._now

    def tick(self) -> None:
        self._now += timedelta(minutes=7)


class _PrintingClient(WebClient):
    """A Web API client that prints each call as the message Slack would show, and answers `ok`."""

    def __init__(self) -> None:
        super().__init__(token="xoxb-demo")
        self._ts: Iterator[int] = itertools.count(1)

    def api_call(self, api_method: str, **kwargs: Any) -> SlackResponse:
        args: dict[str, Any] = kwargs.get("json") or kwargs.get("data") or kwargs.get("params") or {}
        data: dict[str, Any] = {"ok": True}
        if api_method == "chat.postMessage":
            channel = str(args.get("channel"))
            channel = "D" + channel[1:] if channel.startswith("U") else channel
            where = _NAMES.get(channel, channel)
            label = f"in the thread, {where}" if args.get("thread_ts") else where
            print(f"  dealbot → {label}:")
            print(render(str(args.get("text") or ""), args.get("blocks")))
            data = {"ok": True, "channel": channel, "ts": f"1772442000.{next(self._ts):06d}"}
        elif api_method == "chat.update":
            where = _NAMES.get(str(args.get("channel")), str(args.get("channel")))
            print(f"  dealbot updates its message {args.get('ts')} in {where}:")
            print(render(str(args.get("text") or ""), args.get("blocks")))
            data = {"ok": True, "channel": args.get("channel"), "ts": args.get("ts")}
        elif api_method == "conversations.open":
            data = {"ok": True, "channel": {"id": "D" + str(args.get("users"))[1:]}}
        elif api_method == "chat.getPermalink":
            ts = str(args.get("message_ts")).replace(".", "")
            data = {"ok": True, "channel": args.get("channel"),
                    "permalink": f"https://demo.slack.com/archives/{args.get('channel')}/p{ts}"}  # fmt: skip
        elif api_method in ("conversations.history", "conversations.replies"):
            data = {"ok": True, "messages": []}
        return SlackResponse(
            client=self, http_verb="POST", api_url=api_method, req_args={}, data=data, headers={}, status_code=200
        )
