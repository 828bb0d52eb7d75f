"""Socket Mode: the Bolt app served over a WebSocket that `dealbot run` opens to Slack, when SLACK_APP_TOKEN is
set (https://docs.slack.dev/apis/events-api/using-socket-mode).

- A connection is opened at a URL from `apps.connections.open`, asked for with the app-level token through
  the app's Web API client (so `SLACK_API_URL` applies to it as to every other call); each URL serves once.
- Each envelope goes to the Bolt app as its HTTP twin would (a retry's `retry_attempt` as
  `X-Slack-Retry-Num`; the app's event-id dedupe drops a retry of an event handled or being handled), and
  is acknowledged once with its `envelope_id`; the app's answer rides in the acknowledgement (`payload`)
  when the envelope `accepts_response_payload`, as a slash command's does. An envelope the app does not
  take (a status other than 200) is left unacknowledged, so that Slack retries it, as over HTTP.
- Slack's `disconnect` (this connection closes soon): a new connection is opened first and the old one
  closed after, so that envelopes always have a connection to arrive on.
- A connection that ends otherwise — closed by Slack, dropped without a closing handshake, or silent past
  the keepalive (a ping unanswered for `PING_TIMEOUT`, then `CLOSE_TIMEOUT` for the closing handshake) —
  is replaced at once, with a new URL. An attempt that
  fails is tried again after `RECONNECT_DELAYS` (Slack's Retry-After when rate limited), for as long as
  the process runs.
- At start, Slack refusing the app token (`REFUSALS`) raises `SocketModeRefused`, for `dealbot run` to say
  so and stop; any other failure then is retried like a lost connection. Later, a refusal is logged as an
  error and retried like any other failure.
- Logs carry neither the token nor the connection URL, whose ticket authenticates the connection.

slack_sdk's own clients are not used. Its built-in one, measured against a peer that drops the TCP
connection without a closing frame, spins a CPU core and notices only after five failed pings (about a
minute at Bolt's 10 s interval); a connection closed properly waits for its next check (up to 10 s). Its
websocket-client one asks apps.connections.open (rate tier 1) twice per reconnection, and never times out
a connection gone silent.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode.internals import run_bolt_app
from slack_bolt.response import BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.socket_mode.request import SocketModeRequest
from websockets.exceptions import ConnectionClosed, WebSocketException
from websockets.sync.client import ClientConnection, connect

OPEN_TIMEOUT = 10.0
"""Longest the WebSocket handshake may take before the attempt counts as failed."""
PING_INTERVAL = 10.0
PING_TIMEOUT = 10.0
"""Our keepalive: a ping every PING_INTERVAL seconds, and a connection whose pong is PING_TIMEOUT late is
taken as lost (TCP alone may take many minutes to notice a network gone).
https://websockets.readthedocs.io/en/stable/topics/keepalive.html"""
CLOSE_TIMEOUT = 5.0
"""Longest a closing handshake is waited for: after a replacement connection is open, or a ping timed out."""
RECONNECT_DELAYS = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
"""Seconds before each new attempt after consecutive failed ones (the first attempt is at once); the last
delay repeats. apps.connections.open is rate tier 1: https://docs.slack.dev/reference/methods/apps.connections.open"""
REFUSALS = frozenset({
    "invalid_auth", "not_authed", "not_allowed_token_type", "account_inactive", "token_revoked",
    "token_expired", "missing_scope", "no_permission", "forbidden_team", "access_denied", "missing_args",
})  # fmt: skip
"""apps.connections.open errors that name the app token as the fault: retrying cannot help.
https://docs.slack.dev/reference/methods/apps.connections.open#errors"""
WORKERS = 10
"""Envelopes handled at once (events are acknowledged at once and handled on Bolt's own workers)."""
_log = logging.getLogger("dealbot.slack.socket_mode")


class SocketModeRefused(Exception):
    """Slack refused the app-level token: `reason` is its error code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _NotOpened(Exception):
    def __init__(self, reason: str, retry_after: float = 0.0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class _Link:
    """One open connection."""

    def __init__(self, number: int, websocket: ClientConnection, exits: contextlib.ExitStack) -> None:
        self.number = number
        self.websocket = websocket
        self.retiring = False
        """Slack said it will close this connection, or a newer one replaced it: its end needs no reconnection."""
        self._exits = exits
        self._sending = threading.Lock()

    def send(self, text: str) -> None:
        with self._sending:
            self.websocket.send(text)

    def close(self) -> None:
        self.retiring = True
        with contextlib.suppress(ConnectionClosed, OSError):
            self._exits.close()


class SocketMode:
    """Keeps one Socket Mode connection open for `app`, from `start` to `close`."""

    def __init__(
        self, app: App, app_token: str, client: WebClient, *, delays: tuple[float, ...] = RECONNECT_DELAYS
    ) -> None:
        self._app = app
        self._token = app_token
        self._client = client
        self._delays = delays
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._current: _Link | None = None
        self._wanted = threading.Event()
        """Set when a new connection is to be opened."""
        self._closing = threading.Event()
        self._workers = ThreadPoolExecutor(WORKERS, thread_name_prefix="socket-mode-envelope")

    def start(self) -> None:
        """Open the first connection (`SocketModeRefused` when Slack refuses the app token), then keep one
        open in the background; a first attempt that fails otherwise is retried there."""
        failed: _NotOpened | None = None
        try:
            self._use(self._open())
        except _NotOpened as failure:
            failed = failure
            self._not_opened(failure, 1)
            self._wanted.set()
        threading.Thread(target=self._keep, args=(failed,), name="socket-mode", daemon=True).start()

    def close(self) -> None:
        self._closing.set()
        self._wanted.set()
        with self._lock:
            current, self._current = self._current, None
        if current is not None:
            current.close()
        self._workers.shutdown(wait=False, cancel_futures=True)

    # --- connections ---------------------------------------------------------------------------------

    def _keep(self, failed: _NotOpened | None) -> None:
        """Open a new connection each time one is wanted; `failed`: the attempt that failed just before."""
        failures = 0 if failed is None else 1
        retry_after = 0.0 if failed is None else failed.retry_after
        while True:
            self._wanted.wait()
            if self._closing.is_set():
                return
            self._wanted.clear()
            link = self._open_retrying(failures, retry_after)
            if link is None:
                return
            self._use(link)
            failures, retry_after = 0, 0.0

    def _open_retrying(self, failures: int, retry_after: float) -> _Link | None:
        """A new connection: at once after no failure, else after the delay for `failures` failed attempts;
        None once closing."""
        while True:
            if failures and self._closing.wait(self._delay(failures, retry_after)):
                return None
            if self._closing.is_set():
                return None
            try:
                return self._open()
            except (_NotOpened, SocketModeRefused) as failure:
                failures += 1
                retry_after = failure.retry_after if isinstance(failure, _NotOpened) else 0.0
                self._not_opened(failure, failures)

    def _not_opened(self, failure: _NotOpened | SocketModeRefused, failures: int) -> None:
        retry_after = failure.retry_after if isinstance(failure, _NotOpened) else 0.0
        _log.log(
            logging.ERROR if isinstance(failure, SocketModeRefused) else logging.WARNING,
            "Socket Mode connection not opened: trying again",
            extra={"reason": failure.reason, "attempt": failures, "retry_in_s": self._delay(failures, retry_after)},
        )

    def _delay(self, failures: int, retry_after: float) -> float:
        """Seconds before the next attempt, after `failures` (at least 1) consecutive failed ones."""
        return max(self._delays[min(failures, len(self._delays)) - 1], retry_after)

    def _open(self) -> _Link:
        """A new connection at a new URL."""
        try:
            response = self._client.apps_connections_open(app_token=self._token)
        except SlackApiError as error:
            reason = str(error.response.get("error") or f"http_{error.response.status_code}")
            if reason in REFUSALS:
                raise SocketModeRefused(reason) from None
            raise _NotOpened(reason, _retry_after(error)) from None
        except (SlackClientError, OSError) as error:
            raise _NotOpened(f"web_api_unreachable: {type(error).__name__}") from None
        url = response.get("url")
        if not isinstance(url, str) or not url:
            raise _NotOpened("no_url")
        exits = contextlib.ExitStack()
        try:
            websocket = exits.enter_context(
                connect(
                    url, open_timeout=OPEN_TIMEOUT, ping_interval=PING_INTERVAL, ping_timeout=PING_TIMEOUT,
                    close_timeout=CLOSE_TIMEOUT, compression=None, max_size=None, **self._tls(url),
                )
            )  # fmt: skip
        except (OSError, WebSocketException, TimeoutError) as error:
            raise _NotOpened(f"handshake_failed: {type(error).__name__}") from None
        return _Link(next(self._numbers), websocket, exits)

    def _tls(self, url: str) -> dict[str, Any]:
        """The Web API client's TLS settings, for a wss:// URL."""
        return {"ssl": self._client.ssl} if url.startswith("wss:") and self._client.ssl is not None else {}

    def _use(self, link: _Link) -> None:
        """Make `link` the current connection, then close the one it replaces."""
        with self._lock:
            closing = self._closing.is_set()
            old = None if closing else self._current
            if not closing:
                self._current = link
        if closing:
            link.close()
            return
        threading.Thread(target=self._read, args=(link,), name=f"socket-mode-{link.number}", daemon=True).start()
        _log.info("Socket Mode connection open", extra={"connection": link.number})
        if old is not None:
            old.close()

    def _read(self, link: _Link) -> None:
        with contextlib.suppress(ConnectionClosed):
            for frame in link.websocket:
                try:
                    self._on_frame(link, frame)
                except Exception:  # a bug with one frame must not end the connection
                    _log.exception("Socket Mode frame not read", extra={"connection": link.number})
        if self._closing.is_set() or link.retiring:
            return
        with self._lock:
            lost = link is self._current
        if lost:
            _log.warning(
                "Socket Mode connection lost: opening a new one",
                extra={"connection": link.number, "close_code": link.websocket.close_code},
            )
            self._wanted.set()

    # --- envelopes -----------------------------------------------------------------------------------

    def _on_frame(self, link: _Link, frame: str | bytes) -> None:
        try:
            message = json.loads(frame)
        except ValueError:
            _log.warning("Socket Mode frame is not JSON: ignored", extra={"connection": link.number})
            return
        if not isinstance(message, dict):
            return
        kind = message.get("type")
        if kind == "hello":
            _log.info(
                "Socket Mode connection ready",
                extra={"connection": link.number, "connections": message.get("num_connections")},
            )
            return
        if kind == "disconnect":
            _log.info(
                "Slack is closing the Socket Mode connection: opening a new one",
                extra={"connection": link.number, "reason": message.get("reason")},
            )
            with self._lock:
                current = link is self._current
            if current and not link.retiring:
                link.retiring = True
                self._wanted.set()
            return
        request = SocketModeRequest.from_dict(message)
        if request is None:
            _log.info("Socket Mode message ignored", extra={"connection": link.number, "type": kind})
            return
        try:
            self._workers.submit(self._handle, link, request)
        except RuntimeError:  # closing: Slack sends it again on the next connection
            _log.info("Socket Mode envelope not handled: closing", extra={"type": request.type})

    def _handle(self, link: _Link, request: SocketModeRequest) -> None:
        try:
            response = run_bolt_app(self._app, request)
        except Exception:
            _log.exception("Socket Mode envelope not handled: left for Slack to retry", extra={"type": request.type})
            return
        if response.status != 200:
            _log.warning(
                "Socket Mode envelope not taken: left for Slack to retry",
                extra={"type": request.type, "status": response.status},
            )
            return
        ack: dict[str, Any] = {"envelope_id": request.envelope_id}
        payload = _payload(response) if request.accepts_response_payload else None
        if payload is not None:
            ack["payload"] = payload
        self._acknowledge(link, json.dumps(ack, separators=(",", ":")), request.type)

    def _acknowledge(self, link: _Link, ack: str, kind: str) -> None:
        """Over the connection the envelope came on, or the current one when that one has gone meanwhile."""
        with self._lock:
            current = self._current
        for target in dict.fromkeys(t for t in (link, current) if t is not None):
            try:
                target.send(ack)
                return
            except ConnectionClosed:
                continue
        _log.warning("Socket Mode acknowledgement not sent: no open connection; Slack retries", extra={"type": kind})


def _payload(response: BoltResponse) -> dict[str, Any] | None:
    """The app's answer, in the shape Socket Mode acknowledgements carry it."""
    if not response.body:
        return None
    content_type = (response.headers.get("content-type") or [""])[0]
    if content_type.startswith("application/json"):
        body = json.loads(response.body)
        return body if isinstance(body, dict) else None
    return {"text": response.body}


def _retry_after(error: SlackApiError) -> float:
    headers = {str(k).lower(): v for k, v in (error.response.headers or {}).items()}
    try:
        return float(headers.get("retry-after") or 0)
    except (TypeError, ValueError):
        return 0.0
