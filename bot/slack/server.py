"""Serving the Bolt app over HTTP at `/slack/events` (a threaded WSGI server from the standard library)."""

from __future__ import annotations

import logging
import threading
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

PATH = "/slack/events"
_log = logging.getLogger("dealbot.slack.http")


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        _log.debug("http %s", format % args)


def make_http_server(app: App, port: int, host: str = "0.0.0.0") -> WSGIServer:
    """A server (not yet serving) for Slack's requests to `app`; `port` 0 picks a free one."""
    return make_server(
        host, port, SlackRequestHandler(app, path=PATH), server_class=_ThreadingServer, handler_class=_QuietHandler
    )


def serve_in_thread(server: WSGIServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, args=(0.1,), name="dealbot-http", daemon=True)
    thread.start()
    return thread
