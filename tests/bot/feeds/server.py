"""A web server on 127.0.0.1 serving feeds and pages as a test sets them: good, changing, malformed,
slow, failing, huge. It answers conditional GETs (ETag / Last-Modified) and records every request."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: datetime | None = None
    hold: bool = False
    """Hold the answer until the server stops (a server that never answers)."""
    trickle: bool = False
    """Send the body one byte at a time, slowly."""
    stream: Callable[[], Iterator[bytes]] | None = None
    """A body of unknown length, sent without Content-Length."""
    declared_length: int | None = None


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up (the fetcher refusing a huge body) is what the tests want


class FeedServer:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self._routes: dict[str, Route] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def set(self, path: str, route: Route) -> str:
        with self._lock:
            self._routes[path] = route
        return self.url(path)

    def hits(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_GET(self) -> None:
                with server._lock:
                    server.requests.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()}))
                    route = server._routes.get(self.path)
                if route is None:
                    self._send(404, b"not found", "text/plain", {})
                    return
                if route.hold:
                    server._stopping.wait(30)
                    return
                headers = dict(route.headers)
                if route.etag:
                    headers["ETag"] = route.etag
                if route.last_modified:
                    headers["Last-Modified"] = format_datetime(route.last_modified, usegmt=True)
                if (route.etag and self.headers.get("if-none-match") == route.etag) or (
                    route.last_modified
                    and not route.etag
                    and self.headers.get("if-modified-since") == headers["Last-Modified"]
                ):
                    self._send(304, b"", None, headers)
                    return
                if route.stream is not None:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.close_connection = True
                    try:
                        for chunk in route.stream():
                            self.wfile.write(chunk)
                    except OSError:
                        pass
                    return
                if route.trickle:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    try:
                        for byte in route.body:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            if server._stopping.wait(0.05):
                                return
                    except OSError:
                        pass
                    return
                if route.declared_length is not None:
                    headers["Content-Length"] = str(route.declared_length)
                self._send(route.status, route.body, route.content_type, headers)

            def _send(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str]) -> None:
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for name, value in headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    if status != 304:
                        self.wfile.write(body[: int(headers.get("Content-Length", len(body)))])
                except OSError:
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


def rss(items: list[dict[str, str]], title: str = "Example biopharma news") -> bytes:
    """An RSS 2.0 feed; each item a dict of guid, link, title, description, pubDate, content."""
    parts = []
    for item in items:
        fields = "".join(
            f"<{name}>{_escape(item[name])}</{name}>"
            for name in ("title", "link", "guid", "description", "pubDate")
            if name in item
        )
        if "content" in item:
            fields += f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>"
        parts.append(f"<item>{fields}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{_escape(title)}</title><link>https://news.example/</link><description>News</description>"
        + "".join(parts)
        + "</channel></rss>"
    ).encode()


def atom(items: list[dict[str, str]], title: str = "Example press releases") -> bytes:
    entries = "".join(
        f"<entry><id>{_escape(i['guid'])}</id><title>{_escape(i['title'])}</title>"
        f'<link rel="alternate" href="{_escape(i["link"])}"/><updated>2026-03-02T09:00:00Z</updated>'
        f"<summary>{_escape(i.get('description', ''))}</summary></entry>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{_escape(title)}</title><id>urn:example:feed</id><updated>2026-03-02T09:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
