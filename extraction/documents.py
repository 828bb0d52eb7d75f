"""Turn a file's bytes into article text, or say clearly why it cannot be read.

Rules:
- Empty input, or input whose first 8 KiB hold NUL bytes or mostly control characters, is not text:
  `UnreadableDocument` says so.
- Text is decoded as UTF-8 (with or without a BOM), else with the encoding charset-normalizer finds;
  input that decodes under no encoding with few errors is refused.
- HTML (a document whose start holds a tag such as `<html`, `<!doctype`, `<body`, `<p>` or `<div`) is
  reduced to its visible text: scripts, styles, navigation, headers and footers dropped, block
  elements turned into paragraph breaks.
- Only the first `MAX_DOCUMENT_CHARS` characters of the text are kept: deal terms are told in the
  first pages of an article, and a 5 MB paste must not cost more than a long article does.
"""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

MAX_DOCUMENT_CHARS = 200_000
"""Text kept per document; the rest of a longer one is dropped (its terms are in its first pages)."""

_SNIFF_BYTES = 8192
_HTML_START = re.compile(rb"<\s*(!doctype\s+html|html|head|body|p|div|article|meta|title|br)\b", re.IGNORECASE)
_BLOCK_TAGS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
    "blockquote", "header", "table", "ul", "ol", "dd", "dt", "pre",
)  # fmt: skip
_DROP_TAGS = ("script", "style", "noscript", "nav", "footer", "form", "iframe", "svg", "template", "aside")


class UnreadableDocument(ValueError):
    """The input is not a text or HTML document; the message says what it looks like instead."""


def read_document(data: bytes) -> str:
    """The article text of a file's bytes (text or HTML, any common encoding)."""
    if not data.strip():
        raise UnreadableDocument("empty input: there is no text to read")
    head = data[:_SNIFF_BYTES]
    if _looks_binary(head):
        raise UnreadableDocument("binary data, not text: give the article as a text or HTML file")
    text = _decode(data)
    if _HTML_START.search(head):
        text = html_to_text(text)
    text = _tidy(text)
    if not text.strip():
        raise UnreadableDocument("no readable text in the input")
    return text[:MAX_DOCUMENT_CHARS]


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, with block elements as paragraph breaks."""
    from selectolax.parser import HTMLParser

    tree = HTMLParser(html)
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
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise UnreadableDocument("the bytes are in no text encoding that could be recognised")
    return data.decode(best.encoding, errors="replace")


_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_MANY_BREAKS = re.compile(r"\n\s*\n\s*(\n\s*)+")


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    return _MANY_BREAKS.sub("\n\n", text).strip()
