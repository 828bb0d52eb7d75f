"""`dealbot run`: the Slack app — Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at
/slack/events — plus the outbox sender, which sends due alerts (also those a stopped process left)
every few seconds and the digests once a day."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
from datetime import UTC, datetime

from slack_sdk import WebClient

from bot.app import create_app
from bot.settings import Settings
from bot.slack.alerts import AlertSender
from bot.slack.server import PATH, make_http_server
from bot.store import Store

SEND_EVERY_SECONDS = 15.0
DIGEST_HOUR_UTC = 8
_log = logging.getLogger("dealbot.run")
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
    app = create_app(settings, store)
    stop = threading.Event()
    if not args.no_sender:
        sender = AlertSender(store, app.client, lambda: datetime.now(UTC))
        threading.Thread(target=_send_loop, args=(sender, stop), name="dealbot-sender", daemon=True).start()
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
        stop.set()
        store.close()
    return 0


def _send_loop(sender: AlertSender, stop: threading.Event) -> None:
    digest_day = None
    while not stop.is_set():
        try:
            sender.send_due()
            now = datetime.now(UTC)
            if now.hour >= DIGEST_HOUR_UTC and digest_day != now.date():
                sender.send_digests()
                digest_day = now.date()
        except Exception:
            _log.exception("alert sender failed; trying again")
        stop.wait(SEND_EVERY_SECONDS)


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
