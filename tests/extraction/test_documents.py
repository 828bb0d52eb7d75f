"""Turning a file's bytes into article text, or a clear reason why not."""

from __future__ import annotations

from datetime import date

import pytest

from extraction.documents import (
    MAX_DOCUMENT_CHARS,
    UnreadableDocument,
    binary_format,
    html_source_text,
    open_document,
    read_article,
    read_document,
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty input", id="empty"),
        pytest.param(b"   \n\t ", "empty input", id="whitespace"),
        pytest.param(bytes(range(256)) * 40, "binary data", id="binary"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "an image", id="png"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF file", id="pdf"),
    ],
)
def test_unreadable_input_says_why(data, message):
    with pytest.raises(UnreadableDocument, match=message):
        read_document(data)


@pytest.mark.parametrize(
    ("start", "kind"),
    [
        pytest.param(b"%PDF-1.4\n", "pdf", id="pdf"),
        pytest.param(b"\xef\xbb\xbf\r\n%PDF-1.7\n", "pdf", id="pdf-after-other-bytes"),
        pytest.param(b"PK\x03\x04\x14\x00", "office", id="docx-or-zip"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "office", id="old-word"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "image", id="jpeg"),
        pytest.param(b"GIF89a\x01\x00", "image", id="gif"),
        pytest.param(b"Kestrel pays 10% (see the %PDF- note)", None, id="text-naming-pdf-later"),
        pytest.param(b"<html><body>PK</body></html>", None, id="html"),
    ],
)
def test_binary_formats_are_named_by_their_first_bytes(start, kind):
    assert binary_format(start + b"x" * 2000) == kind
    if kind is not None:
        with pytest.raises(UnreadableDocument) as error:
            read_document(start + b"x" * 2000)
        assert error.value.kind == kind and "dealbot reads text or HTML" in str(error.value)


def test_a_document_within_the_limit_is_not_clipped():
    document = open_document(b"Kestrel signed a licence with Norvane.")
    assert (document.text, document.chars, document.clipped) == ("Kestrel signed a licence with Norvane.", 38, False)


def test_latin1_text_is_decoded():
    text = read_document("Laboratoires Théa signed a licence with ProQR for €8 million.".encode("cp1252"))
    assert "Théa" in text and "€8 million" in text


def test_utf8_bom_is_dropped():
    assert read_document("\ufeffKestrel signed.".encode()) == "Kestrel signed."


def test_html_is_reduced_to_its_visible_text():
    html = (
        b"<!doctype html><html><head><title>T</title><style>p{}</style><script>var x='$9bn';</script></head>"
        b"<body><nav>Home | News</nav><h1>Kestrel inks pact</h1><p>Kestrel pays <b>$10m</b> upfront.</p>"
        b"<footer>Copyright</footer></body></html>"
    )
    text = read_document(html)
    assert "Kestrel inks pact" in text and "Kestrel pays $10m upfront." in text
    assert "$9bn" not in text and "Home | News" not in text and "Copyright" not in text


def test_a_huge_paste_is_cut_to_a_bounded_size_and_says_how_long_it_was():
    text = read_document(b"Kestrel signed a licence with Norvane. " * 150_000)
    assert len(text) == MAX_DOCUMENT_CHARS
    document = open_document(b"Kestrel signed a licence with Norvane. " * 150_000)
    assert document.text == text and document.clipped
    assert document.chars == len("Kestrel signed a licence with Norvane. " * 150_000) - 1  # the last space is tidied


_PAGE = (
    b'<html><head><meta property="article:published_time" content="2024-01-08T09:00:00Z"></head><body>'
    b"<h1>Kestrel inks pact</h1><p>March 3, 2024</p><p>Kestrel pays $10m upfront.</p></body></html>"
)


@pytest.mark.parametrize(
    ("data", "not_after", "published"),
    [
        pytest.param(_PAGE, None, date(2024, 1, 8), id="html-by-its-metadata"),
        pytest.param(_PAGE[: _PAGE.index(b"<meta")] + _PAGE[_PAGE.index(b"</head>") :], None, date(2024, 3, 3),
                     id="html-by-its-dateline"),
        pytest.param(b"Kestrel inks pact\n\nJanuary 8, 2024\n\nKestrel pays $10m.", None, date(2024, 1, 8), id="text"),
        pytest.param(b"Kestrel inks pact\n\nKestrel pays $10m upfront.", None, None, id="undated"),
        pytest.param(b"Kestrel inks pact\n\nJanuary 8, 2024\n\nKestrel pays.", date(2024, 1, 1), None, id="future"),
    ],
)
def test_read_article_dates_it(data: bytes, not_after: date | None, published: date | None) -> None:
    article = read_article(data, not_after=not_after)
    assert article.text == read_document(data)
    assert article.published == published
    assert not article.clipped


def test_read_article_of_a_huge_paste_says_how_long_it_was() -> None:
    data = b"Kestrel inks pact\n\nJanuary 8, 2024\n\n" + b"Kestrel signed a licence with Norvane. " * 10_000
    article = read_article(data)
    assert len(article.text) == MAX_DOCUMENT_CHARS and article.clipped and article.chars == len(data) - 1
    assert article.published == date(2024, 1, 8)


def test_html_source_pasted_as_text_reads_as_its_visible_text() -> None:
    html = _PAGE.decode()
    assert html_source_text(html) == read_document(_PAGE)
    assert "Kestrel pays $10m upfront." in (html_source_text(html) or "")
    assert html_source_text("Kestrel pays $10m upfront, a price of 3 < 4.") is None
