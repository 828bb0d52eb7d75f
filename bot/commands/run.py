"""`dealbot run`: the Slack app — Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at
/slack/events — plus, on an APScheduler scheduler, the polling of feeds and pages (`bot.feeds.schedule`)
and the outbox sender (`bot.delivery`), which sends due alerts (also those a stopped process left) every
few seconds and each subscriber's digest at their local hour. Links pasted in watched channels are read
with the same fetcher as the feeds, and handled Slack events are forgotten once Slack can no longer
retry them."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import UTC, datetime, timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from slack_sdk import WebClient

from bot.app import create_app
from bot.delivery import DeliveryWorker, paced_client, start_delivery
from bot.feeds.articles import ArticleReader
from bot.feeds.schedule import fetcher_for, start_polling
from bot.settings import Settings
from bot.slack.server import PATH, make_http_server
from bot.store import Store

_log = logging.getLogger("dealbot.run")

EVENTS_KEPT = timedelta(days=2)
"""How long a handled event id is remembered: Slack retries a failed delivery for about an hour
(https://api.slack.com/apis/events-api#retries); two days covers a bot that was down meanwhile."""
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "run",
        help="serve the Slack app (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT)",
        description="Serve the Slack app: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at "
        f"{PATH}. Needs SLACK_BOT_TOKEN, and SLACK_SIGNING_SECRET for HTTP.",
    )
    parser.add_argument("--port", type=int, default=None, help="HTTP port (default: PORT, or 3000)")
    parser.add_argument("--no-sender", action="store_true", help="do not run the alert sender in this process")
    parser.add_argument("--no-poll", action="store_true", help="do not poll feeds and pages in this process")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    _configure_logging()
    settings = Settings()
    if settings.slack_bot_token is None:
        print("dealbot run: set SLACK_BOT_TOKEN (see README, 'Slack')", file=sys.stderr)
        return 2
    if settings.slack_app_token is None and settings.slack_signing_secret is None:
        print("dealbot run: set SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode", file=sys.stderr)
        return 2
    store = Store.open(settings.database_url)
    links = fetcher_for(settings)
    app = create_app(settings, store, fetch=ArticleReader(links))
    scheduler = BackgroundScheduler(timezone=UTC, executors={"default": ThreadPoolExecutor(settings.poll_workers + 2)})
    polling = None if args.no_poll else start_polling(settings, store, scheduler)
    if not args.no_sender:
        start_delivery(scheduler, DeliveryWorker(store, paced_client(settings), lambda: datetime.now(UTC)))
    scheduler.add_job(
        lambda: store.forget_events_before(datetime.now(UTC) - EVENTS_KEPT), "interval", hours=1, id="forget-events"
    )
    scheduler.start()
    try:
        if settings.slack_app_token is not None:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            web_client = WebClient(
                token=settings.slack_bot_token.get_secret_value(),
                base_url=settings.slack_api_url or WebClient.BASE_URL,
            )
            _log.info("serving in Socket Mode")
            SocketModeHandler(app, settings.slack_app_token.get_secret_value(), web_client=web_client).start()
        else:
            port = args.port if args.port is not None else settings.port
            server = make_http_server(app, port)
            _log.info("serving HTTP", extra={"port": server.server_address[1], "path": PATH})
            try:
                server.serve_forever()
            finally:
                server.server_close()
    except KeyboardInterrupt:
        pass
    finally:
        scheduler.shutdown(wait=False)
        if polling is not None:
            polling.close()
        links.close()
        store.close()
    return 0


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def _configure_logging() -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(_JsonFormatter())
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # not a line per job run, or per run skipped
    logging.getLogger("httpx").setLevel(logging.WARNING)  # not a line per feed or article fetched
