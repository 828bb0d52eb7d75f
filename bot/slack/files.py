"""Files shared in watched channels (`file_share` messages): what Slack says of each, and their bytes.

Rules:
- A file's kind is judged from what Slack says of it first (`filetype`, `mimetype`): a PDF, an image, a
  Word/Excel/PowerPoint or ZIP file, audio, video or any other binary type is not downloaded at all
  (`not_text` names it); text, HTML, Markdown, XML, JSON, CSV and Slack snippets and posts are.
  A redirect is not followed (Slack answers one to the sign-in page when the token lacks the scope).
- A file larger than `MAX_FILE_BYTES` (by the size Slack gives) is not downloaded.
- A file is downloaded from its `url_private_download` (else `url_private`) with the bot token, which
  needs the `files:read` scope (https://docs.slack.dev/messaging/working-with-files#authentication). The
  token is sent only to Slack's file host, or to the host of `SLACK_API_URL` when that is set (tests,
  proxies): a URL elsewhere is refused unread.
- Every failure is a `FileUnreadable` naming its problem; nothing here raises anything else.
"""

from __future__ import annotations

import logging
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ConfigDict

from extraction.documents import BinaryFormat

SLACK_FILE_HOST = "files.slack.com"
"""Where Slack serves `url_private` files. https://docs.slack.dev/messaging/working-with-files#downloading"""
MAX_FILE_BYTES = 20_000_000
"""Largest shared file downloaded. It is read whole (its encoding and its HTML need all of it), then cut to
`MAX_DOCUMENT_CHARS`; 20 MB leaves room for a 5 MB paste saved as UTF-16 or an HTML page heavy with markup."""
MAX_FILES = 3
"""Files read per message, as for links (`bot.slack.articles.MAX_LINKS`)."""
_TEXT_FILETYPES = frozenset({"text", "html", "markdown", "xml", "json", "csv", "tsv", "post"})
_TEXT_MIMETYPES = frozenset({"application/json", "application/xml", "application/xhtml+xml"})
_IMAGE_FILETYPES = frozenset({"png", "jpg", "jpeg", "gif", "bmp", "tiff", "webp", "heic", "svg"})
_OFFICE_FILETYPES = frozenset({"docx", "doc", "xlsx", "xls", "pptx", "ppt", "odt", "ods", "odp", "zip", "pages"})
_log = logging.getLogger("dealbot.slack.files")

FileProblem = BinaryFormat | Literal["binary", "too_large", "download_failed"]
"""Why a shared file is not read: its binary format, another binary type, its size, or its download."""


class FileUnreadable(Exception):
    def __init__(self, problem: FileProblem, detail: str | None = None) -> None:
        super().__init__(detail or problem)
        self.problem: FileProblem = problem
        self.detail = detail


class SharedFile(BaseModel):
    """One file of a `file_share` message, as its event describes it."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    filetype: str = ""
    mimetype: str = ""
    size: int | None = None
    url: str | None = None
    """Where to download it: `url_private_download`, else `url_private`."""

    def not_text(self) -> BinaryFormat | Literal["binary"] | None:
        """The binary kind Slack's description gives the file, or None for a text or HTML file."""
        filetype, mimetype = self.filetype.lower(), self.mimetype.lower()
        if filetype in _TEXT_FILETYPES or mimetype.startswith("text/") or mimetype in _TEXT_MIMETYPES:
            return None
        if filetype == "pdf" or mimetype == "application/pdf":
            return "pdf"
        if filetype in _IMAGE_FILETYPES or mimetype.startswith("image/"):
            return "image"
        if filetype in _OFFICE_FILETYPES or mimetype in ("application/zip", "application/msword") or (
            mimetype.startswith(("application/vnd.openxmlformats", "application/vnd.ms-", "application/vnd.oasis"))
        ):
            return "office"
        return "binary"


def shared_files(event: dict[str, Any]) -> tuple[SharedFile, ...]:
    """The files of a message event that carry an id and a name (others are skipped)."""
    found = []
    for file in event.get("files") or ():
        if not isinstance(file, dict) or not isinstance(file.get("id"), str):
            continue
        name = file.get("name") or file.get("title") or file["id"]
        size = file.get("size")
        url = file.get("url_private_download") or file.get("url_private")
        found.append(
            SharedFile(
                id=file["id"],
                name=str(name),
                filetype=str(file.get("filetype") or ""),
                mimetype=str(file.get("mimetype") or ""),
                size=size if isinstance(size, int) else None,
                url=url if isinstance(url, str) else None,
            )
        )
    return tuple(found)


class FileDownloader:
    """`download(file)`: the file's bytes from Slack, or `FileUnreadable`."""

    def __init__(
        self,
        token: str | None,
        *,
        api_url: str | None = None,
        timeout: float = 20.0,
        max_bytes: int = MAX_FILE_BYTES,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        api_host = urlsplit(api_url).hostname if api_url else None
        self._hosts = frozenset(h for h in (SLACK_FILE_HOST, api_host) if h)
        self._token = token
        self._max_bytes = max_bytes
        self._client = httpx.Client(timeout=timeout, follow_redirects=False, transport=transport)

    def close(self) -> None:
        self._client.close()

    def __call__(self, file: SharedFile) -> bytes:
        kind = file.not_text()
        if kind is not None:
            raise FileUnreadable(kind)
        if file.size is not None and file.size > self._max_bytes:
            raise FileUnreadable("too_large", f"{file.size:,} bytes, over {self._max_bytes:,}")
        host = urlsplit(file.url or "").hostname
        if file.url is None or host not in self._hosts or self._token is None:
            _log.warning("shared file not downloaded", extra={"file": file.id, "host": host})
            raise FileUnreadable("download_failed", "it is not on Slack's file host")
        try:
            with self._client.stream("GET", file.url, headers={"Authorization": f"Bearer {self._token}"}) as answer:
                if answer.status_code != 200:
                    raise FileUnreadable("download_failed", f"HTTP {answer.status_code}")
                body = bytearray()
                for chunk in answer.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self._max_bytes:
                        raise FileUnreadable("too_large", f"over {self._max_bytes:,} bytes")
                return bytes(body)
        except httpx.HTTPError as error:
            _log.warning("shared file download failed", extra={"file": file.id, "error": type(error).__name__})
            raise FileUnreadable("download_failed", type(error).__name__) from None
