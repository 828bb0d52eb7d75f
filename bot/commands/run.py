"""`dealbot run`: the Slack app — Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at
/slack/events — plus, on an APScheduler scheduler, the polling of feeds and pages (`bot.feeds.schedule`)
and the outbox sender (`bot.delivery`), which sends due alerts (also those a stopped process left) every
few seconds and each subscriber's digest at their local hour. Links pasted in watched channels are read
with the same fetcher as the feeds, and handled Slack events are forgotten once Slack can no longer
retry them.

Storage: a database that cannot be opened (damaged, unreachable) stops the start with status 3; a
read-only one is logged as an error and served, each write being refused and told to the user. Every
`STORAGE_CHECK_SECONDS` the scheduler checks that the SQLite file is still the one opened: deleted or
replaced, the process logs why and exits with status 3 (`Shutdown`), so that its supervisor starts it
again on the file that is there, instead of it writing on into a file nobody will read."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from bot.app import create_app, web_client
from bot.delivery import DeliveryWorker, paced_client, start_delivery
from bot.feeds.articles import ArticleReader
from bot.feeds.schedule import fetcher_for, start_polling
from bot.settings import Settings
from bot.slack.server import PATH, make_http_server
from bot.slack.socket_mode import SocketMode, SocketModeRefused
from bot.store import StorageUnavailable, Store

_log = logging.getLogger("dealbot.run")
EXIT_CONFIGURATION = 2
"""Exit status when the configuration cannot work: a token missing, or refused by Slack."""
EXIT_STORAGE = 3
"""Exit status when the database cannot be used: unopenable at start, or its file lost while running."""

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
        return EXIT_CONFIGURATION
    if settings.slack_app_token is None and settings.slack_signing_secret is None:
        print("dealbot run: set SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode", file=sys.stderr)
        return EXIT_CONFIGURATION
    try:
        store = Store.open(settings.database_url)
    except StorageUnavailable as fault:
        _log.error("database unusable: not starting", extra={"storage_fault": fault.reason, "detail": fault.detail})
        return EXIT_STORAGE
    if not store.health.writable:
        _log.error(
            "database is read-only: nothing can be saved; each write is refused and told to the user",
            extra={"storage_fault": store.health.read_only_reason},
        )
    shutdown = Shutdown()
    links = fetcher_for(settings)
    app = create_app(settings, store, fetch=ArticleReader(links))
    scheduler = BackgroundScheduler(timezone=UTC, executors={"default": ThreadPoolExecutor(settings.poll_workers + 2)})
    polling = None if args.no_poll else start_polling(settings, store, scheduler)
    if not args.no_sender:
        start_delivery(scheduler, DeliveryWorker(store, paced_client(settings), lambda: datetime.now(UTC)))
    scheduler.add_job(
        lambda: store.forget_events_before(datetime.now(UTC) - EVENTS_KEPT), "interval", hours=1, id="forget-events"
    )
    scheduler.add_job(
        storage_watch(store, shutdown), "interval", seconds=settings.storage_check_seconds, id="storage-check",
        max_instances=1, coalesce=True,
    )  # fmt: skip
    scheduler.start()
    try:
        if settings.slack_app_token is not None:
            socket_mode = SocketMode(app, settings.slack_app_token.get_secret_value(), web_client(settings))
            try:
                socket_mode.start()
            except SocketModeRefused as refused:
                print(
                    f"dealbot run: Slack refused SLACK_APP_TOKEN ({refused.reason}): set it to the app-level "
                    "token (xapp-…) with the connections:write scope (see README, 'Slack')",
                    file=sys.stderr,
                )
                return EXIT_CONFIGURATION
            _log.info("serving in Socket Mode")
            try:
                shutdown.wait()
            finally:
                socket_mode.close()
        else:
            port = args.port if args.port is not None else settings.port
            server = make_http_server(app, port)
            shutdown.on_stop(server.shutdown)
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
    if shutdown.status:
        _log.error("stopped", extra={"status": shutdown.status})
    return shutdown.status


class Shutdown:
    """A clean stop of `dealbot run` asked for from any thread (the scheduler's storage check): the
    serving loop ends, the usual cleanup runs, and the process exits with `status`."""

    def __init__(self) -> None:
        self.status = 0
        self._stopped = threading.Event()
        self._stops: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def on_stop(self, stop: Callable[[], None]) -> None:
        """Run `stop` (from the stopping thread) when the stop is asked for."""
        with self._lock:
            self._stops.append(stop)

    def stop(self, status: int) -> None:
        with self._lock:
            if self._stopped.is_set():
                return
            self.status = status
            self._stopped.set()
            stops = list(self._stops)
        for stop in stops:
            stop()

    def wait(self) -> None:
        self._stopped.wait()


def storage_watch(store: Store, shutdown: Shutdown) -> Callable[[], None]:
    """The scheduler's storage check: a lost SQLite file (deleted, replaced) stops the process."""

    def check() -> None:
        try:
            store.check_storage()
        except StorageUnavailable as fault:
            _log.error(
                "database file lost: exiting so that a supervisor restarts dealbot on the file that is there",
                extra={"storage_fault": fault.reason, "detail": fault.detail},
            )
            shutdown.stop(EXIT_STORAGE)

    return check


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
