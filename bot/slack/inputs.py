"""What a watched message's shared files hold, and the `Notice` told for each link or file of a message
that could not be read, or was read only in part.

Rules:
- Files: the first `MAX_FILES` of a `file_share` message are read (`bot.slack.files`). A PDF, an image, an
  office file or another binary file gets a notice naming its format, and so does one too large, one that
  could not be downloaded and one with no readable text.
- A file whose text is longer than `MAX_DOCUMENT_CHARS` is read to that length, and its notice says so.
- Each file is a source of its own, `slack` kind, `channel/ts/file id`, with the digest of its text and
  its date (an HTML file's metadata, else its dateline; never after today).
- Links are read, and their notices made, with the message's other articles (`bot.slack.articles`).
- Notices are told in the message's thread (`Watcher`), in one reply with what the user can do instead.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from bot.feeds.articles import LinkProblem
from bot.slack.files import MAX_FILES, FileProblem, FileUnreadable, SharedFile
from bot.store import SourceRef
from extraction.documents import UnreadableDocument, UnreadableKind, read_article

Download = Callable[[SharedFile], bytes]
"""A shared file's bytes, or `FileUnreadable` (`bot.slack.files.FileDownloader`)."""

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
    """The articles of a message's files (text and source), and the notices of those not read in full."""

    model_config = ConfigDict(frozen=True)

    articles: tuple[tuple[str, SourceRef], ...] = ()
    notices: tuple[Notice, ...] = ()


def read_files(
    channel: str, ts: str, files: Sequence[SharedFile], download: Download | None, today: date
) -> Inputs:
    if download is None or not files:
        return Inputs()
    articles: list[tuple[str, SourceRef]] = []
    notices: list[Notice] = []
    for file in files[:MAX_FILES]:
        try:
            document = read_article(download(file), not_after=today)
        except FileUnreadable as error:
            notices.append(Notice(subject="file", name=file.name, problem=error.problem, detail=error.detail))
            continue
        except UnreadableDocument as error:
            notices.append(Notice(subject="file", name=file.name, problem=error.kind, detail=str(error)))
            continue
        if document.clipped:
            notices.append(Notice(subject="file", name=file.name, problem="clipped", chars=document.chars))
        digest = hashlib.sha256(" ".join(document.text.split()).encode()).hexdigest()
        ref = f"{channel}/{ts}/{file.id}"[:2000]
        articles.append((document.text, SourceRef(kind="slack", ref=ref, digest=digest, published=document.published)))
    _log.info("shared files read", extra={"files": len(files), "read": len(articles), "notices": len(notices)})
    return Inputs(articles=tuple(articles), notices=tuple(notices))
