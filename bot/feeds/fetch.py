"""Fetching feeds, pages and articles over HTTP, politely and within bounds.

- One `httpx.Client` per `Fetcher`, with a clear User-Agent, a connect/read timeout and a whole-fetch
  deadline (a server trickling bytes cannot hold a poller), at most `MAX_REDIRECTS` redirects, and only
  http(s) URLs.
- Conditional GET: the ETag and Last-Modified of the previous answer are sent back; 304 is `not_modified`.
- Bodies larger than `max_bytes` (announced by Content-Length, or counted while reading, after
  decompression) are refused without reading the rest.
- Addresses of the machine's own networks (loopback, private, link-local such as cloud metadata at
  169.254.169.254, and the same written as IPv4-mapped IPv6, `::ffff:127.0.0.1`) are refused, on every
  redirect hop too, unless `allow_private` (or the host is one of `trusted_hosts`): a source added from
  Slack must not make the bot read the intranet. (The check resolves the name before httpx connects; a
  name that resolves differently a moment later is not caught.) `check_public_host` is the same check,
  for refusing such a source when it is added.
- Every failure is a `FetchError` with a short reason fit for the source's health column; `problem`
  says what kind of failure it is (for telling a person), `transient` whether trying again later may
  help, `retry_after` carries the server's Retry-After in seconds. A URL httpx cannot even parse is a
  `FetchError` too, never an exception of httpx's own.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Literal

import httpx
from pydantic import BaseModel, ConfigDict

MAX_REDIRECTS = 5
"""Redirects followed per fetch (browsers allow 20; a feed needs one or two)."""
CONNECT_TIMEOUT_SECONDS = 10.0
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.5"

FetchProblem = Literal["private_address", "unreachable", "http_status", "too_large", "bad_url", "redirects"]
"""What kind of failure a `FetchError` is: the host is not a public address; it could not be reached
(no such name, no connection, timed out); it answered an HTTP error; the body is over the limit; the
URL is not an http(s) URL httpx can parse; it redirects too often."""


class FetchError(Exception):
    def __init__(
        self, reason: str, *, transient: bool, retry_after: float | None = None, problem: FetchProblem = "unreachable"
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.retry_after = retry_after
        self.problem: FetchProblem = problem


class Fetched(BaseModel):
    """One answer: a body (status 2xx), or `not_modified` (304) with no body."""

    model_config = ConfigDict(frozen=True)

    url: str
    """The URL answered, after redirects."""
    status: int
    not_modified: bool = False
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


class Fetcher:
    def __init__(
        self,
        *,
        user_agent: str,
        timeout: float,
        max_bytes: int,
        allow_private: bool = False,
        trusted_hosts: Collection[str] = (),
        transport: httpx.BaseTransport | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._monotonic = monotonic
        self._client = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT_SECONDS)),
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            transport=transport,
            event_hooks={"request": [] if allow_private else [partial(_refuse_private, frozenset(trusted_hosts))]},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None, accept: str = FEED_ACCEPT
    ) -> Fetched:
        if not url.lower().startswith(("http://", "https://")):
            raise FetchError(f"not an http(s) URL: {url[:100]}", transient=False, problem="bad_url")
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = self._monotonic() + self._timeout
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                return self._read(response, deadline)
        except httpx.TooManyRedirects:
            raise FetchError(f"more than {MAX_REDIRECTS} redirects", transient=False, problem="redirects") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:  # InvalidURL is no HTTPError
            raise FetchError(f"not a valid URL: {error}"[:300], transient=False, problem="bad_url") from None
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self._timeout:g}s", transient=True) from None
        except httpx.HTTPError as error:
            raise FetchError(f"network error: {type(error).__name__}: {error}"[:300], transient=True) from None

    def _read(self, response: httpx.Response, deadline: float) -> Fetched:
        status = response.status_code
        if status == 304:
            return Fetched(
                url=str(response.url),
                status=status,
                not_modified=True,
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )
        if status >= 400 or status < 200:
            transient = status >= 500 or status in (408, 429)
            raise FetchError(
                f"HTTP {status}",
                transient=transient,
                retry_after=_retry_after(response.headers.get("retry-after")),
                problem="http_status",
            )
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self._max_bytes:
            raise FetchError(
                f"too large: {int(declared):,} bytes (limit {self._max_bytes:,})", transient=False, problem="too_large"
            )
        body = bytearray()
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > self._max_bytes:
                raise FetchError(f"too large: over {self._max_bytes:,} bytes", transient=False, problem="too_large")
            if self._monotonic() > deadline:
                raise FetchError(f"timed out after {self._timeout:g}s (body still arriving)", transient=True)
        return Fetched(
            url=str(response.url),
            status=status,
            body=bytes(body),
            content_type=response.headers.get("content-type"),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )


def _refuse_private(trusted: frozenset[str], request: httpx.Request) -> None:
    host = request.url.host
    if host not in trusted:
        check_public_host(host, request.url.port or 443)


def check_public_host(host: str, port: int = 443) -> None:
    """Nothing when `host` (an IP address, or a name and every address it resolves to) is public; else a
    FetchError: `private_address` for loopback, private, link-local, multicast or unspecified addresses
    (IPv4-mapped IPv6 ones judged as the IPv4 address they carry), `unreachable` when the name does not
    resolve."""
    host = host.strip("[]")
    try:
        addresses = {ipaddress.ip_address(host)}
    except ValueError:
        try:
            found = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except OSError as error:
            raise FetchError(f"cannot resolve {host}: {error.strerror or error}", transient=True) from None
        addresses = {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found}
    for address in addresses:
        carried = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
        judged = carried or address
        if not judged.is_global or judged.is_multicast:
            raise FetchError(
                f"refused: {host} is a private or local address ({address})", transient=False, problem="private_address"
            )


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date (RFC 9110, section 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
