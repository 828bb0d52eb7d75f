"""Turn a file's bytes into article text, or say clearly why it cannot be read.

Rules:
- Empty input, or input whose first 8 KiB hold NUL bytes or mostly control characters, is not text:
  `UnreadableDocument` says so.
- Text is decoded as UTF-8 (with or without a BOM) or by its UTF-16/32 byte-order mark; else as
  Windows-1252 (the most common other encoding of news pages) unless charset-normalizer finds a
  multi-byte encoding (Shift-JIS, GBK, Big5, EUC-KR ...), in which case that one.
- HTML (a document whose start holds a tag such as `<html`, `<!doctype`, `<body`, `<p>` or `<div`) is
  reduced to its visible text: scripts, styles, navigation, headers and footers dropped, block
  elements turned into paragraph breaks.
- Only the first `MAX_DOCUMENT_CHARS` characters of the text are kept: deal terms are told in the
  first pages of an article, and a 5 MB paste must not cost more than a long article does.
- `read_article` also dates the article (`extraction.dates`): an HTML page by its metadata, else (and any
  text) by its dateline. `html_source_text` reads text that is HTML source (a page pasted as text) as
  its visible text, with the same rules.
"""

from __future__ import annotations

import re
from datetime import date

from charset_normalizer import from_bytes
from pydantic import BaseModel, ConfigDict

from extraction.dates import dateline, page_date

MAX_DOCUMENT_CHARS = 200_000
"""Text kept per document; the rest of a longer one is dropped (its terms are in its first pages)."""

_SNIFF_BYTES = 8192
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)  # fmt: skip
_MULTIBYTE = frozenset(
    {"cp932", "shift_jis", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp949", "euc_kr",
     "johab", "cp950", "utf_16", "utf_32", "hz"}
)  # fmt: skip
_HTML_TAGS = r"<\s*(!doctype\s+html|html|head|body|p|div|article|meta|title|br)\b"
_HTML_START = re.compile(_HTML_TAGS.encode(), re.IGNORECASE)
_HTML_TEXT = re.compile(_HTML_TAGS, re.IGNORECASE)
_BLOCK_TAGS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
    "blockquote", "header", "table", "ul", "ol", "dd", "dt", "pre",
)  # fmt: skip
_DROP_TAGS = ("script", "style", "noscript", "nav", "footer", "form", "iframe", "svg", "template", "aside")


class UnreadableDocument(ValueError):
    """The input is not a text or HTML document; the message says what it looks like instead."""


class Document(BaseModel):
    """An article's text and, when it gives one, its own date."""

    model_config = ConfigDict(frozen=True)

    text: str
    published: date | None = None


def read_article(data: bytes, url: str | None = None, not_after: date | None = None) -> Document:
    """The article of a file's bytes (`read_document`) with its date: an HTML page's metadata, else its
    dateline; none after `not_after` (the day it is read)."""
    text, html = _read(data)
    published = page_date(html, url, not_after) if html is not None else None
    return Document(text=text, published=published or dateline(text, not_after))


def html_source_text(text: str) -> str | None:
    """The visible text of text that is HTML source (starts like a page, or holds block tags in its first
    8 KiB), tidied as `read_document` tidies it; None for any other text."""
    if _HTML_TEXT.search(text[:_SNIFF_BYTES]) is None:
        return None
    return _tidy(html_to_text(text))[:MAX_DOCUMENT_CHARS]


def read_document(data: bytes) -> str:
    """The article text of a file's bytes (text or HTML, any common encoding)."""
    return _read(data)[0]


def _read(data: bytes) -> tuple[str, str | None]:
    """The article text, and the HTML it was read from (None for plain text)."""
    if not data.strip():
        raise UnreadableDocument("empty input: there is no text to read")
    head = data[:_SNIFF_BYTES]
    bom = next((enc for mark, enc in _BOMS if data.startswith(mark)), None)
    if bom is None and _looks_binary(head):
        raise UnreadableDocument("binary data, not text: give the article as a text or HTML file")
    text = data.decode(bom, errors="replace") if bom else _decode(data)
    if bom and _looks_binary(text[:_SNIFF_BYTES].encode("utf-8", errors="replace")):
        raise UnreadableDocument("binary data, not text: give the article as a text or HTML file")
    html = None
    if _HTML_START.search(head):
        html, text = text, html_to_text(text)
    text = _tidy(text)
    if not text.strip():
        raise UnreadableDocument("no readable text in the input")
    return text[:MAX_DOCUMENT_CHARS], html


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, with block elements as paragraph breaks."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    for tag in _BLOCK_TAGS:
        for node in root.css(tag):
            node.insert_before("\n\n")
    return root.text(separator="", deep=True)


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    multibyte = best is not None and best.encoding is not None and best.encoding.replace("-", "_") in _MULTIBYTE
    if not multibyte:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    if best is None or best.encoding is None:
        raise UnreadableDocument("the bytes are in no text encoding that could be recognised")
    return data.decode(best.encoding, errors="replace")


_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_MANY_BREAKS = re.compile(r"\n\s*\n\s*(\n\s*)+")


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    return _MANY_BREAKS.sub("\n\n", text).strip()
