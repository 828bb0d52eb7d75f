"""What a watched message holds: its articles, each a report of its own, with its date and language.

- The message's text is Slack markup read back as plain text (`slack_text.plain`). Text that is HTML
  source (a page pasted as text: `documents.html_source_text`) is read as its visible text, with the
  page's date from its metadata; the links in it are its markup, not links to read.
- Text of at least `MIN_NEWS_CHARS` is news; shorter text is conversation. News is cut into its stories
  (`extraction.stories`: a newsletter pasted whole gives one per article). One story is the message's
  report (`channel/ts`); the n-th of several is `channel/ts#n`, each with the hash of its own text.
- Each of the first `MAX_LINKS` links in the message is read (`Fetch`) as an article of its own.
- An article's date is its page's (`Fetch` giving a `Document`), else its dateline's; never after today.
- An article is `english` or not (`extraction.language`): dealbot reads English articles only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date

from pydantic import BaseModel, ConfigDict

from bot.slack.slack_text import plain
from bot.store import SourceRef
from extraction.dates import dateline
from extraction.documents import Document, html_source_text, read_article
from extraction.language import is_english
from extraction.stories import split_stories

Fetch = Callable[[str], "str | Document | None"]
"""An article from its URL: its text, or its text and date; None when it cannot be read."""

MIN_NEWS_CHARS = 200
"""Pasted text shorter than this is conversation, not news (a headline alone carries too few terms)."""
MAX_LINKS = 3


class MessageArticle(BaseModel):
    """One article of a message: its text, the report it is (with its date), and whether it is English."""

    model_config = ConfigDict(frozen=True)

    text: str
    source: SourceRef
    english: bool


def message_articles(channel: str, ts: str, markup: str, fetch: Fetch | None, today: date) -> list[MessageArticle]:
    """The articles of the message `channel`/`ts` whose text is `markup` (rules above), in order."""
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
    if fetch is not None:
        for url in urls[:MAX_LINKS]:
            fetched = fetch(url)
            article = Document(text=fetched) if isinstance(fetched, str) else fetched
            if article is None or not article.text:
                continue
            dated = article.published or dateline(article.text, today)
            found.append(_article(article.text, SourceRef(kind="url", ref=url[:2000], published=dated)))
    return found


def _article(text: str, source: SourceRef) -> MessageArticle:
    return MessageArticle(text=text, source=source, english=is_english(text))
