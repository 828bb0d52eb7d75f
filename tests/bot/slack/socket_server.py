"""A Slack Socket Mode endpoint on 127.0.0.1, for `dealbot run` to connect to as it does to Slack's.

Slack's side of Socket Mode (https://api.slack.com/apis/socket-mode): `apps.connections.open` hands out a
WebSocket URL with a one-use ticket (`open_url`, which the fake Web API answers with); a connection to it
gets a `hello` first, then envelopes (`send`), and the app acknowledges each with its `envelope_id`,
carrying the response payload when the envelope `accepts_response_payload`. A URL whose ticket was not
issued, or was used already, is refused with HTTP 401, so a reconnection is seen to go through a new
`apps.connections.open` call. The server can ask the app to reconnect (`disconnect`), close a connection
properly (`close`), or drop it as a network failure would, without a closing handshake (`drop`).

Everything the app sends is recorded per connection; tests wait for it with `wait_for`, which wakes at
each new frame or connection rather than polling, with a bounded timeout.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urlsplit

from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve

APP_ID = "A1"
_WEBSOCKET_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
"""RFC 6455 section 1.3: what the server hashes with the client's key to accept a handshake."""


@dataclass
class Link:
    """One WebSocket connection from the app, and what came over it."""

    number: int
    ticket: str
    websocket: ServerConnection
    open_beside: list[int]
    """The connections still open when this one opened."""
    received: list[dict[str, Any]] = field(default_factory=list)
    closed: bool = False

    def acks(self) -> list[dict[str, Any]]:
        return [m for m in self.received if "envelope_id" in m]


class SocketModeServer:
    def __init__(self) -> None:
        self.links: list[Link] = []
        self.refused: list[str] = []
        self._issued: set[str] = set()
        self._used: set[str] = set()
        self._changed = threading.Condition()
        self._envelopes = itertools.count(1)
        self._server: Server = serve(
            self._serve, "127.0.0.1", 0, process_request=self._check_ticket, compression=None,
            ping_interval=None,
        )  # fmt: skip
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.socket.getsockname()[1])

    def start(self) -> SocketModeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=10)

    # --- Slack's side --------------------------------------------------------------------------------

    def open_url(self) -> str:
        """What `apps.connections.open` answers: a URL with a new one-use ticket."""
        ticket = uuid.uuid4().hex
        with self._changed:
            self._issued.add(ticket)
        return f"ws://127.0.0.1:{self.port}/link/?ticket={ticket}&app_id={APP_ID}"

    def send(self, envelope: dict[str, Any], link: Link | None = None) -> None:
        """Send `envelope` over `link` (default: the newest open connection)."""
        target = link or self.current()
        target.websocket.send(json.dumps(envelope, separators=(",", ":")))

    def events_api(self, payload: dict[str, Any], *, retry_attempt: int = 0, retry_reason: str = "") -> dict[str, Any]:
        """An Events API envelope, as Slack wraps an event callback."""
        return {
            "envelope_id": self._envelope_id(), "payload": payload, "type": "events_api",
            "accepts_response_payload": False, "retry_attempt": retry_attempt, "retry_reason": retry_reason,
        }  # fmt: skip

    def slash_command(self, form: dict[str, str]) -> dict[str, Any]:
        """A slash command envelope: its payload is the command's form, and the ack may carry the answer."""
        return {"envelope_id": self._envelope_id(), "payload": form, "type": "slash_commands",
                "accepts_response_payload": True}  # fmt: skip

    def disconnect(self, reason: str = "refresh_requested", link: Link | None = None) -> None:
        """Slack's notice that this connection will end soon: the app is to open a new one."""
        self.send({"type": "disconnect", "reason": reason, "debug_info": {"host": "applink-test"}}, link)

    def close(self, link: Link) -> None:
        """End a connection with the closing handshake."""
        link.websocket.close()

    def drop(self, link: Link) -> None:
        """End a connection as a network failure does: the TCP connection goes, without a closing frame."""
        link.websocket.socket.shutdown(socket.SHUT_RDWR)

    # --- what the app did ----------------------------------------------------------------------------

    def current(self) -> Link:
        with self._changed:
            open_links = [link for link in self.links if not link.closed]
            if not open_links:
                raise AssertionError("no open Socket Mode connection")
            return open_links[-1]

    def wait_for(self, check: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
        """Wait until `check()` holds, waking at each frame received and connection opened or closed."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not check():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"not seen in {timeout}s: {what}; links: {self._describe()}")
                self._changed.wait(left)

    def wait_for_link(self, number: int, timeout: float = 20.0) -> Link:
        """The `number`-th connection (1 is the first), once it is open and greeted."""
        self.wait_for(lambda: len(self.links) >= number, f"connection {number}", timeout)
        return self.links[number - 1]

    def wait_for_ack(self, envelope_id: str, timeout: float = 20.0) -> dict[str, Any]:
        self.wait_for(lambda: bool(self.acks_of(envelope_id)), f"ack of {envelope_id}", timeout)
        return self.acks_of(envelope_id)[0]

    def acks_of(self, envelope_id: str) -> list[dict[str, Any]]:
        with self._changed:
            return [ack for link in self.links for ack in link.acks() if ack["envelope_id"] == envelope_id]

    def wait_closed(self, link: Link, timeout: float = 20.0) -> None:
        self.wait_for(lambda: link.closed, f"connection {link.number} closed", timeout)

    # --- serving -------------------------------------------------------------------------------------

    def _check_ticket(self, connection: ServerConnection, request: Request) -> Response | None:
        ticket = _ticket(request.path)
        with self._changed:
            if ticket not in self._issued or ticket in self._used:
                self.refused.append(ticket)
                self._changed.notify_all()
                return connection.respond(HTTPStatus.UNAUTHORIZED, "invalid or used ticket\n")
            self._used.add(ticket)
        return None

    def _serve(self, websocket: ServerConnection) -> None:
        with self._changed:
            beside = [link.number for link in self.links if not link.closed]
        websocket.send(json.dumps(_hello(len(beside) + 1)))
        with self._changed:
            ticket = _ticket(websocket.request.path if websocket.request else "")
            link = Link(number=len(self.links) + 1, ticket=ticket, websocket=websocket, open_beside=beside)
            self.links.append(link)
            self._changed.notify_all()
        try:
            for raw in websocket:
                message = json.loads(raw)
                with self._changed:
                    link.received.append(message if isinstance(message, dict) else {"raw": message})
                    self._changed.notify_all()
        except (ConnectionClosed, OSError):
            pass
        finally:
            with self._changed:
                link.closed = True
                self._changed.notify_all()

    def _envelope_id(self) -> str:
        return f"{next(self._envelopes):08d}-0000-4000-8000-{uuid.uuid4().hex[:12]}"

    def _describe(self) -> str:
        return str([(link.number, link.closed, [m.get("envelope_id") for m in link.received]) for link in self.links])


class SilentEndpoint:
    """A Socket Mode endpoint behind a network gone quiet: each connection completes its handshake, then
    nothing more comes (no hello, no pong, no closing frame), and nothing is read."""

    def __init__(self) -> None:
        self.connections = 0
        self._changed = threading.Condition()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._sockets: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def start(self) -> SilentEndpoint:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._listener.close()
        for sock in self._sockets:
            sock.close()

    def open_url(self) -> str:
        return f"ws://127.0.0.1:{self._listener.getsockname()[1]}/link/?ticket={uuid.uuid4().hex}&app_id={APP_ID}"

    def wait_for_connections(self, count: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while self.connections < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{count} connections not seen in {timeout}s: {self.connections}")
                self._changed.wait(left)

    def _accept(self) -> None:
        while True:
            try:
                sock, _address = self._listener.accept()
            except OSError:
                return
            request = b""
            while b"\r\n\r\n" not in request:
                request += sock.recv(4096)
            key = next(
                line.split(b":", 1)[1].strip()
                for line in request.split(b"\r\n")
                if line.lower().startswith(b"sec-websocket-key:")
            )
            accept = base64.b64encode(hashlib.sha1(key + _WEBSOCKET_GUID).digest())
            sock.sendall(
                b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n"
            )
            with self._changed:
                self._sockets.append(sock)
                self.connections += 1
                self._changed.notify_all()


def _ticket(path: str) -> str:
    return (parse_qs(urlsplit(path).query).get("ticket") or [""])[0]


def _hello(connections: int) -> dict[str, Any]:
    """Slack's first frame on a new connection."""
    return {
        "type": "hello", "num_connections": connections,
        "debug_info": {"host": "applink-test", "build_number": 1, "approximate_connection_time": 18060},
        "connection_info": {"app_id": APP_ID},
    }  # fmt: skip
