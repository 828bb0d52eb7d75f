"""What a fetched source holds: the items of an RSS/Atom feed, or the article links of a plain page.

- A body served as HTML (or starting like HTML) is a page; anything else is read by feedparser (RSS 0.9x
  to 2.0, RSS 1.0, Atom; undeclared entities and other slips are forgiven, as feed readers do).
- A feed is malformed (`MalformedSource`) when feedparser finds no version and no entries, or when its
  XML is broken and no entry with a link could be read from it.
- Page items are the page's links to other pages of the same site whose text reads like a headline (at
  least `MIN_HEADLINE_CHARS` characters): a press-release index lists its releases that way, while its
  navigation links are short.
- Article pages are reduced to their main text by trafilatura (menus, sidebars, related stories and
  comments dropped; its fast mode), with dealbot's own HTML reader as the fallback when trafilatura
  finds no article.
- An article page's date is its metadata's (htmldate), else its text's dateline (`extraction.dates`).
"""

from __future__ import annotations

import calendar
import inspect
from datetime import UTC, date, datetime
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import feedparser
import trafilatura
from pydantic import BaseModel, ConfigDict
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from bot.feeds.fetch import Fetched
from extraction.dates import dateline, page_date
from extraction.documents import Document, UnreadableDocument, html_to_text, read_article

MIN_HEADLINE_CHARS = 25
MAX_ITEMS = 200
"""Items read from one feed or page per poll (a feed lists its newest first)."""
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_BENIGN_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")
_FAST: dict[str, Any] = (
    {"fast": True} if "fast" in inspect.signature(trafilatura.extract).parameters else {"no_fallback": True}
)
"""trafilatura's own extractor only, without its fallbacks: several times faster, and on news pages with
long lists of related stories the fallbacks tend to keep those lists as the article."""


class MalformedSource(ValueError):
    """The body is neither a readable feed nor an HTML page; the message says what is wrong."""


class Item(BaseModel):
    """One entry of a feed, or one article link of a page."""

    model_config = ConfigDict(frozen=True)

    guid: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    text: str = ""
    """The entry's own text (content, else summary), as plain text; empty for page links."""
    full: bool = False
    """Whether `text` comes from the entry's full content (content:encoded, Atom content), not a summary."""


class Parsed(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: Literal["feed", "page"]
    title: str | None = None
    items: tuple[Item, ...] = ()


def parse(fetched: Fetched) -> Parsed:
    if _is_html(fetched):
        return _page(fetched)
    return _feed(fetched)


def article_text(body: bytes, url: str | None = None) -> str:
    """The main text of an article page (or the text of a plain-text body)."""
    return page_article(body, url).text


def page_article(body: bytes, url: str | None = None, not_after: date | None = None) -> Document:
    """The main text of an article page (or of a plain-text body), with the article's date when it gives
    one (none after `not_after`, the day it is read)."""
    head = body[:2048].lstrip().lower()
    if head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body")) or b"<html" in head:
        html = body.decode("utf-8", errors="replace")
        main = trafilatura.extract(
            html, url=url, include_comments=False, include_tables=True, with_metadata=False, deduplicate=False,
            **_FAST,
        )  # fmt: skip
        if main and main.strip():
            main = "\n\n".join(line.strip() for line in main.splitlines() if line.strip())  # one per paragraph
            title = HTMLParser(html).css_first("title")
            heading = title.text(strip=True) if title is not None else ""
            text = f"{heading}\n\n{main}" if heading and heading not in main[:300] else main
            return Document(text=text, published=page_date(html, url, not_after) or dateline(text, not_after))
    try:
        return read_article(body, url, not_after)
    except UnreadableDocument:
        return Document(text="")


def _is_html(fetched: Fetched) -> bool:
    ctype = (fetched.content_type or "").split(";")[0].strip().lower()
    if ctype in _HTML_TYPES:
        return True
    if ctype and ("xml" in ctype or "rss" in ctype or "atom" in ctype):
        return False
    head = fetched.body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _feed(fetched: Fetched) -> Parsed:
    document: Any = feedparser.parse(fetched.body)  # guids as written: relative links are joined below
    entries = list(document.get("entries") or [])
    broken = bool(document.get("bozo")) and type(document.get("bozo_exception")).__name__ not in _BENIGN_BOZO
    if not document.get("version") and not entries:
        problem = document.get("bozo_exception")
        detail = f": {problem}" if problem is not None else ""
        raise MalformedSource(f"not an RSS or Atom feed{detail}"[:300])
    items = [_entry(entry, fetched.url) for entry in entries[:MAX_ITEMS]]
    if broken and not any(item.url for item in items):
        raise MalformedSource(f"broken XML: {document.get('bozo_exception')}"[:300])
    feed = document.get("feed") or {}
    return Parsed(kind="feed", title=_clean(feed.get("title")), items=tuple(i for i in items if i.url or i.guid))


def _entry(entry: Any, base: str) -> Item:
    link = entry.get("link")
    url = urljoin(base, link) if isinstance(link, str) and link.strip() else None
    guid = entry.get("id") or entry.get("guid")
    text, full = "", False
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if isinstance(value, str) and len(value) > len(text):
            text, full = value, True
    summary = entry.get("summary")
    if isinstance(summary, str) and len(summary) > len(text):
        text, full = summary, False
    return Item(
        guid=str(guid).strip()[:2000] if guid else None,
        url=url,
        title=_clean(entry.get("title")),
        published=_published(entry),
        text=(html_to_text(text) if "<" in text else text).strip(),
        full=full,
    )


def _published(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC).date()
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _page(fetched: Fetched) -> Parsed:
    tree = HTMLParser(fetched.body.decode("utf-8", errors="replace"))
    title_node = tree.css_first("title")
    host = urlsplit(fetched.url).hostname
    page = fetched.url.split("#")[0]
    seen: set[str] = set()
    items: list[Item] = []
    for anchor in tree.css("a[href]"):
        href = (anchor.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        url = urljoin(fetched.url, href).split("#")[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname != host or url == page or url in seen:
            continue
        text = " ".join(anchor.text(separator=" ").split())
        if len(text) < MIN_HEADLINE_CHARS:
            continue
        seen.add(url)
        items.append(Item(url=url, title=text[:500]))
        if len(items) >= MAX_ITEMS:
            break
    return Parsed(kind="page", title=_clean(title_node.text() if title_node else None), items=tuple(items))


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text[:1000] or None
