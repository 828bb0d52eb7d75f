"""What a watched message holds: its articles, each a report of its own, with its date and language, and
a `Notice` for each link or shared file that could not be read, or was read only in part.

- The message's text is Slack markup read back as plain text (`slack_text.plain`). Text that is HTML
  source (a page pasted as text: `documents.html_source_text`) is read as its visible text, with the
  page's date from its metadata; the links in it are its markup, not links to read.
- Text of at least `MIN_NEWS_CHARS` is news; shorter text is conversation. News is cut into its stories
  (`extraction.stories`: a newsletter pasted whole gives one per article). One story is the message's
  report (`channel/ts`); the n-th of several is `channel/ts#n`, each with the hash of its own text.
- Each of the first `MAX_LINKS` links in the message is read (`Fetch`) as an article of its own. One that
  cannot be read (`ArticleUnreadable`: not a public address, unreachable, an HTTP error, too large, a PDF)
  gets a notice; a page read that holds no text gets none (like a message that is not deal news).
- Each of the first `files.MAX_FILES` files shared with it is an article of its own, or a notice
  (`bot.slack.inputs`).
- An article's date is its page's (`Fetch` giving a `Document`), else its dateline's; never after today.
- An article is `english` or not (`extraction.language`): dealbot reads English articles only. One not
  in English is told so when it reads as news (`reads_as_news`: article length, or figures as deal news
  gives them); other-language conversation in a watched channel is left alone.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict

from bot.feeds.articles import ArticleUnreadable
from bot.slack.files import SharedFile
from bot.slack.inputs import Download, Notice, read_files
from bot.slack.slack_text import plain
from bot.store import SourceRef
from extraction.dates import dateline
from extraction.documents import Document, html_source_text, read_article
from extraction.language import is_english
from extraction.stories import split_stories

Fetch = Callable[[str], "str | Document | None"]
"""An article from its URL: its text, or its text and date; None when the page holds no text;
`ArticleUnreadable` when it cannot be read (`bot.feeds.articles.ArticleReader`)."""

MIN_NEWS_CHARS = 200
"""Pasted text shorter than this is conversation, not news (a headline alone carries too few terms)."""
MAX_LINKS = 3
"""Links read per message: a message listing more is a digest, not one deal's news."""


FOREIGN_ARTICLE_CHARS = 1000
"""Text not in English this long is an article (a press release runs longer), whatever it holds."""
FOREIGN_NEWS_FIGURES = 2
"""Shorter text not in English is news when it gives at least this many figures (an upfront and the
milestones, an amount and a date); conversation rarely does."""
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def reads_as_news(article: MessageArticle) -> bool:
    """Whether an article not in English should be told that dealbot reads English (rules above)."""
    text = article.text
    return len(text) >= FOREIGN_ARTICLE_CHARS or len(_FIGURE.findall(text)) >= FOREIGN_NEWS_FIGURES


class MessageArticle(BaseModel):
    """One article of a message: its text, the report it is (with its date), and whether it is English."""

    model_config = ConfigDict(frozen=True)

    text: str
    source: SourceRef
    english: bool


class MessageContent(BaseModel):
    """A message's articles in order (its stories, its links', its files'), and what could not be read."""

    model_config = ConfigDict(frozen=True)

    articles: tuple[MessageArticle, ...] = ()
    notices: tuple[Notice, ...] = ()


def message_articles(
    channel: str,
    ts: str,
    markup: str,
    fetch: Fetch | None,
    today: date,
    files: Sequence[SharedFile] = (),
    download: Download | None = None,
) -> MessageContent:
    """The articles of the message `channel`/`ts` whose text is `markup` and which shares `files` (rules
    above), in order, with a notice for each link or file not read, or read only in part."""
    body = plain(markup)
    pasted = html_source_text(body.text)
    published: date | None = None
    urls: tuple[str, ...]
    if pasted is not None:
        page = read_article(body.text.encode(), not_after=today)
        text, urls, published = pasted, (), page.published
    else:
        text, urls = body.text, body.urls
    found: list[MessageArticle] = []
    if len(text) >= MIN_NEWS_CHARS:
        stories = split_stories(text)
        for n, story in enumerate(stories, start=1):
            ref = f"{channel}/{ts}" if len(stories) == 1 else f"{channel}/{ts}#{n}"
            digest = hashlib.sha256(" ".join(story.text.split()).encode()).hexdigest()
            dated = published if len(stories) == 1 and published else dateline(story.text, today)
            source = SourceRef(kind="slack", ref=ref, digest=digest, published=dated)
            found.append(_article(story.text, source))
    links, notices = _links(urls, fetch, today)
    shared = read_files(channel, ts, files, download, today)
    found += links
    found += (_article(text, source) for text, source in shared.articles)
    return MessageContent(articles=tuple(found), notices=(*notices, *shared.notices))


def _links(urls: Sequence[str], fetch: Fetch | None, today: date) -> tuple[list[MessageArticle], list[Notice]]:
    if fetch is None:
        return [], []
    found: list[MessageArticle] = []
    notices: list[Notice] = []
    for url in urls[:MAX_LINKS]:
        try:
            fetched = fetch(url)
        except ArticleUnreadable as error:
            notices.append(Notice(subject="link", name=url, problem=error.problem, detail=error.reason))
            continue
        article = Document(text=fetched) if isinstance(fetched, str) else fetched
        if article is None or not article.text:
            continue
        dated = article.published or dateline(article.text, today)
        found.append(_article(article.text, SourceRef(kind="url", ref=url[:2000], published=dated)))
    return found, notices


def _article(text: str, source: SourceRef) -> MessageArticle:
    return MessageArticle(text=text, source=source, english=is_english(text))
