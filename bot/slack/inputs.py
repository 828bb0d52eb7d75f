"""What a watched message brings besides its own text: the articles of its links and of its shared files,
and a `Notice` for each one that could not be read, or was read only in part.

Rules:
- Links: the first `MAX_LINKS` are read by the `Fetch` hook. One that cannot be read (`ArticleUnreadable`:
  not a public address, unreachable, an HTTP error, too large, a PDF) gets a notice; a page read that holds
  no text gets none (like a message that is not deal news).
- Files: the first `MAX_FILES` of a `file_share` message are read (`bot.slack.files`). A PDF, an image, an
  office file or another binary file gets a notice naming its format, and so does one too large, one that
  could not be downloaded and one with no readable text.
- A file whose text is longer than `MAX_DOCUMENT_CHARS` is read to that length, and its notice says so.
- Each file is a source of its own, `slack` kind, `channel/ts/file id`, with the digest of its text.
- Notices are told in the message's thread (`Watcher`), in one reply with what the user can do instead.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from bot.feeds.articles import ArticleUnreadable, LinkProblem
from bot.slack.files import MAX_FILES, FileProblem, FileUnreadable, SharedFile
from bot.store import SourceRef
from extraction.documents import UnreadableDocument, UnreadableKind, open_document

Fetch = Callable[[str], str | None]
"""An article's text from its URL; None when the page holds no text; `ArticleUnreadable` when it cannot
be read (`bot.feeds.articles.ArticleReader`)."""
Download = Callable[[SharedFile], bytes]
"""A shared file's bytes, or `FileUnreadable` (`bot.slack.files.FileDownloader`)."""

MAX_LINKS = 3
"""Links read per message: a message listing more is a digest, not one deal's news."""

NoticeProblem = LinkProblem | FileProblem | UnreadableKind | Literal["clipped"]
_log = logging.getLogger("dealbot.slack.inputs")


class Notice(BaseModel):
    """A link or file of a message that could not be read, or (`clipped`) was read only in part."""

    model_config = ConfigDict(frozen=True)

    subject: Literal["link", "file"]
    name: str
    """The URL, or the file's name."""
    problem: NoticeProblem
    detail: str | None = None
    """What the fetcher or the download said ("HTTP 403", "timed out after 20s")."""
    chars: int | None = None
    """For `clipped`: the characters the file's text held."""


class Inputs(BaseModel):
    model_config = ConfigDict(frozen=True)

    articles: tuple[tuple[str, SourceRef], ...] = ()
    notices: tuple[Notice, ...] = ()


def read_links(urls: Sequence[str], fetch: Fetch | None) -> Inputs:
    if fetch is None:
        return Inputs()
    articles: list[tuple[str, SourceRef]] = []
    notices: list[Notice] = []
    for url in urls[:MAX_LINKS]:
        try:
            article = fetch(url)
        except ArticleUnreadable as error:
            notices.append(Notice(subject="link", name=url, problem=error.problem, detail=error.reason))
            continue
        if article:
            articles.append((article, SourceRef(kind="url", ref=url[:2000])))
    return Inputs(articles=tuple(articles), notices=tuple(notices))


def read_files(channel: str, ts: str, files: Sequence[SharedFile], download: Download | None) -> Inputs:
    if download is None or not files:
        return Inputs()
    articles: list[tuple[str, SourceRef]] = []
    notices: list[Notice] = []
    for file in files[:MAX_FILES]:
        try:
            document = open_document(download(file))
        except FileUnreadable as error:
            notices.append(Notice(subject="file", name=file.name, problem=error.problem, detail=error.detail))
            continue
        except UnreadableDocument as error:
            notices.append(Notice(subject="file", name=file.name, problem=error.kind, detail=str(error)))
            continue
        if document.clipped:
            notices.append(Notice(subject="file", name=file.name, problem="clipped", chars=document.chars))
        digest = hashlib.sha256(" ".join(document.text.split()).encode()).hexdigest()
        source = SourceRef(kind="slack", ref=f"{channel}/{ts}/{file.id}"[:2000], digest=digest)
        articles.append((document.text, source))
    _log.info("shared files read", extra={"files": len(files), "read": len(articles), "notices": len(notices)})
    return Inputs(articles=tuple(articles), notices=tuple(notices))
