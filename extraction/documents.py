"""Turn a file's bytes into article text, or say clearly why it cannot be read.

Rules:
- Empty input, or input whose first 8 KiB hold NUL bytes or mostly control characters, is not text:
  `UnreadableDocument` says so. A file of a known binary format (PDF, Word/Excel/OpenDocument or another
  ZIP, images) is named by its format from its first bytes (`binary_format`), whatever its text-like
  parts: a PDF's header and dictionaries are ASCII, and would otherwise be read as a text with no deal.
- Text is decoded as UTF-8 (with or without a BOM) or by its UTF-16/32 byte-order mark; else as
  Windows-1252 (the most common other encoding of news pages) unless charset-normalizer finds a
  multi-byte encoding (Shift-JIS, GBK, Big5, EUC-KR ...), in which case that one.
- HTML (a document whose start holds a tag such as `<html`, `<!doctype`, `<body`, `<p>` or `<div`) is
  reduced to its visible text: scripts, styles, navigation, headers and footers dropped, block
  elements turned into paragraph breaks.
- Only the first `MAX_DOCUMENT_CHARS` characters of the text are kept: deal terms are told in the
  first pages of an article, and a 5 MB paste must not cost more than a long article does.
  `read_article` and `open_document` say how many characters the input held (`Document.clipped`), so that
  the caller tells its user that the rest was not read.
- `read_article` also dates the article (`extraction.dates`): an HTML page by its metadata, else (and any
  text) by its dateline. `html_source_text` reads text that is HTML source (a page pasted as text) as
  its visible text, with the same rules.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from charset_normalizer import from_bytes
from pydantic import BaseModel, ConfigDict

from extraction.dates import dateline, page_date

MAX_DOCUMENT_CHARS = 200_000
"""Text kept per document, about 30,000 words: over thirty times the longest labelled deal story (about 6,000
characters), whose terms are in its first pages anyway. The rest of a longer input (a newsletter archive, a
whole report) is dropped, so that one paste costs no more than a long article does; the caller tells the
user (`Document.clipped`)."""

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


BinaryFormat = Literal["pdf", "office", "image"]
"""A binary format people save articles in: PDF, a Word/Excel/OpenDocument file (or another ZIP), an image."""
_FORMAT_NAMES: dict[BinaryFormat, str] = {"pdf": "a PDF file", "office": "a Word, Excel or ZIP file",
                                          "image": "an image"}  # fmt: skip
_SIGNATURES: tuple[tuple[bytes, BinaryFormat], ...] = (
    (b"%PDF-", "pdf"), (b"PK\x03\x04", "office"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office"),
    (b"\x89PNG\r\n\x1a\n", "image"), (b"\xff\xd8\xff", "image"), (b"GIF87a", "image"), (b"GIF89a", "image"),
)  # fmt: skip
"""First bytes of each format (ISO 32000-2 section 7.5.2 for PDF; the ZIP, OLE2, PNG, JPEG, GIF magic numbers)."""
_LEADING = b"\xef\xbb\xbf \t\r\n"
"""What some writers put before a file's signature (a UTF-8 BOM, blank lines); anything else means it is text."""

UnreadableKind = Literal["empty", "binary", "pdf", "office", "image", "encoding", "no_text"]


class UnreadableDocument(ValueError):
    """The input is not a text or HTML document; the message says what it looks like instead, `kind` names it."""

    def __init__(self, message: str, kind: UnreadableKind) -> None:
        super().__init__(message)
        self.kind: UnreadableKind = kind


class Document(BaseModel):
    """An article's text, its own date when it gives one, and how long the whole text was before it was cut
    to `MAX_DOCUMENT_CHARS`."""

    model_config = ConfigDict(frozen=True)

    text: str
    published: date | None = None
    chars: int | None = None
    """Characters of text the input held, more than `len(text)` when it was cut; None when not counted (a
    feed entry's text, a page's main text: `text` is all that was read)."""

    @property
    def clipped(self) -> bool:
        return self.chars is not None and self.chars > len(self.text)


def binary_format(data: bytes) -> BinaryFormat | None:
    """The binary format `data` starts with, or None."""
    start = data[:64].lstrip(_LEADING)
    for signature, name in _SIGNATURES:
        if data.startswith(signature) or start.startswith(signature):
            return name
    return None


def format_name(kind: BinaryFormat) -> str:
    return _FORMAT_NAMES[kind]


def read_article(data: bytes, url: str | None = None, not_after: date | None = None) -> Document:
    """The article of a file's bytes (`read_document`) with its date: an HTML page's metadata, else its
    dateline; none after `not_after` (the day it is read)."""
    whole, html = _read(data)
    text = whole[:MAX_DOCUMENT_CHARS]
    published = page_date(html, url, not_after) if html is not None else None
    return Document(text=text, published=published or dateline(text, not_after), chars=len(whole))


def html_source_text(text: str) -> str | None:
    """The visible text of text that is HTML source (starts like a page, or holds block tags in its first
    8 KiB), tidied as `read_document` tidies it; None for any other text."""
    if _HTML_TEXT.search(text[:_SNIFF_BYTES]) is None:
        return None
    return _tidy(html_to_text(text))[:MAX_DOCUMENT_CHARS]


def read_document(data: bytes) -> str:
    """The article text of a file's bytes (text or HTML, any common encoding), at most `MAX_DOCUMENT_CHARS`."""
    return open_document(data).text


def open_document(data: bytes) -> Document:
    """The article text of a file's bytes, with the length of the whole text (see `Document.clipped`), undated."""
    whole, _ = _read(data)
    return Document(text=whole[:MAX_DOCUMENT_CHARS], chars=len(whole))


def _read(data: bytes) -> tuple[str, str | None]:
    """The whole article text (not yet cut), and the HTML it was read from (None for plain text)."""
    if not data.strip():
        raise UnreadableDocument("empty input: there is no text to read", "empty")
    known = binary_format(data)
    if known is not None:
        raise UnreadableDocument(
            f"{format_name(known)}: dealbot reads text or HTML; save the article as text", known
        )
    head = data[:_SNIFF_BYTES]
    bom = next((enc for mark, enc in _BOMS if data.startswith(mark)), None)
    if bom is None and _looks_binary(head):
        raise UnreadableDocument("binary data, not text: give the article as a text or HTML file", "binary")
    text = data.decode(bom, errors="replace") if bom else _decode(data)
    if bom and _looks_binary(text[:_SNIFF_BYTES].encode("utf-8", errors="replace")):
        raise UnreadableDocument("binary data, not text: give the article as a text or HTML file", "binary")
    html = None
    if _HTML_START.search(head):
        html, text = text, html_to_text(text)
    text = _tidy(text)
    if not text.strip():
        raise UnreadableDocument("no readable text in the input", "no_text")
    return text, html


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
        raise UnreadableDocument("the bytes are in no text encoding that could be recognised", "encoding")
    return data.decode(best.encoding, errors="replace")


_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_MANY_BREAKS = re.compile(r"\n\s*\n\s*(\n\s*)+")


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    return _MANY_BREAKS.sub("\n\n", text).strip()
