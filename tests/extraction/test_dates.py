"""The article's own date: its dateline, or its page's metadata."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extraction.dates import dateline, is_date_line, opens_with_dateline, page_date

D = date(2024, 1, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule `date-line`: the date alone on its line, in every form
        ("Kestrel inks pact\n\nJanuary 8, 2024\n\nKestrel signed a licence.", D),
        ("Kestrel inks pact\n8 January 2024\nKestrel signed a licence.", D),
        ("Kestrel inks pact\n2024-01-08\nKestrel signed a licence.", D),
        ("Kestrel inks pact\nJan. 8 2024\nKestrel signed.", D),
        ("Kestrel inks pact\n8th Jan, 2024\nKestrel signed.", D),
        ("Kestrel inks pact\n08-Jan-2024 / 13:11 CET/CEST\nKestrel signed.", D),
        ("Kestrel inks pact\n2024/01/08\nKestrel signed.", D),
        ("Kestrel inks pact\nSept. 22, 2021\nKestrel signed.", date(2021, 9, 22)),
        ("Kestrel inks pact\nJanuary 8, 2024 6:45 am ET\nKestrel signed.", D),
        ("Kestrel inks pact\nMonday, 8 January 2024 08:38\nKestrel signed.", D),
        ("News Release - January 8, 2024\nKestrel inks pact", D),
        ("Press Release January 8, 2024\nKestrel inks pact", D),
        ("Kestrel inks pact\nBy Jan 8, 2024 (Gmt+09:00)\nKestrel signed.", D),
        ("Kestrel signed a licence with Norvane.\n\nArticle by\nA. Writer\n\n8th January 2024\n", D),
        # rule `wire`: a place then the date, or the date opening the paragraph before a separator
        ("Kestrel inks pact\n\nBOSTON, Jan. 8, 2024 /PRNewswire/ -- Kestrel today announced a licence.", D),
        ("Kestrel inks pact\n\nCOPENHAGEN, Denmark, January 8, 2024 (GLOBE NEWSWIRE) -- Kestrel announced.", D),
        ("Kestrel inks pact\n\nHamburg, Germany, 08 January 2024: Kestrel announced a licence.", D),
        ("Kestrel inks pact\n\nParis (France); January 8, 2024, Kestrel and Norvane have signed.", D),
        ("Kestrel inks pact\n\nNEW YORK, NY and SAN DIEGO, CA, Jan. 8, 2024 -- Kestrel announced.", D),
        ("Kestrel inks pact\n\nBOSTON,?Jan. 8, 2024?/PRNewswire/ --?Kestrel announced.", D),
        ("8 January 2024 - Kestrel today announced a licence with Norvane.", D),
        ("8 January 2024 | News\nKestrel inks pact", D),
        # the wire dateline wins over a date line after it
        ("Kestrel inks pact\n\nBOSTON, Jan. 8, 2024 /PRNewswire/ -- Kestrel.\n\nMarch 3, 2024\n", D),
        # dates in prose are the story's subject, not its date
        ("Kestrel inks pact\n\nBy August 29, 2025, Chinese biotechs had signed deals worth billions.", None),
        ("Kestrel said on January 8, 2024 that it signed a licence with Norvane.", None),
        ("Kestrel inks pact\n\nSEOUL, July 10 (Yonhap) -- Kestrel signed a licence.", None),  # no year
        ("Kestrel inks pact\n08/01/2024\nKestrel signed.", None),  # day or month first: a guess
        ("Kestrel inks pact\n31 February 2024\nKestrel signed.", None),  # no such day
        ("Kestrel inks pact\nJanuary 8, 1890\nKestrel signed.", None),  # before MIN_YEAR
        ("Kestrel inks pact\n\nKestrel signed a licence with Norvane for $10m upfront.", None),
        ("", None),
    ],
)
def test_dateline(text: str, expected: date | None) -> None:
    assert dateline(text) == expected


def test_a_date_after_the_reading_day_is_no_articles_date() -> None:
    text = "Kestrel inks pact\nJanuary 8, 2024\nKestrel signed."
    assert dateline(text, not_after=date(2024, 1, 7)) is None
    assert dateline(text, not_after=date(2024, 1, 8)) == D


@pytest.mark.parametrize(
    ("line", "date_line", "wire"),
    [
        ("January 8, 2024", True, False),
        ("December 18, 2024 6:45 am ET", True, False),
        ("Kestrel and Norvane sign a licence on January 8, 2024", False, False),
        ("BOSTON, Jan. 8, 2024 /PRNewswire/ -- Kestrel today announced", False, True),
        ("Kestrel inks pact with Norvane", False, False),
    ],
)
def test_line_kinds(line: str, date_line: bool, wire: bool) -> None:
    assert is_date_line(line) is date_line
    assert opens_with_dateline(line) is wire


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        ('<html><head><meta property="article:published_time" content="2024-01-08T10:00:00Z">'
         '<meta property="article:modified_time" content="2024-03-01"></head><body><p>Text</p></body></html>',
         None, D),
        ('<html><body><time datetime="2024-01-08">8 Jan</time><p>Text</p></body></html>', None, D),
        ("<html><body><p>Text</p></body></html>", "https://news.example/2024/01/08/kestrel-norvane", D),
        ("<html><body><p>Kestrel signed a licence.</p></body></html>", "https://news.example/kestrel", None),
        ("https://news.example/2024/01/08/kestrel", None, None),  # a URL is not a page (and is not fetched)
    ],
)  # fmt: skip
def test_page_date(html: str, url: str | None, expected: date | None) -> None:
    assert page_date(html, url) == expected


def test_page_date_after_the_reading_day_is_dropped() -> None:
    html = '<html><head><meta property="article:published_time" content="2024-01-08"></head><body></body></html>'
    assert page_date(html, not_after=date(2024, 1, 1)) is None


def test_labelled_articles_get_no_wrong_date(shared_dir: Path) -> None:
    """Over the labelled articles, every dateline read is the labelled publication date."""
    found, wrong = 0, []
    for text_path in sorted([*(shared_dir / "seeds").glob("*.txt"), *(shared_dir / "eval" / "dev").glob("*.txt")]):
        gold = json.loads(text_path.with_suffix(".json").read_text()).get("published")
        got = dateline(text_path.read_text(encoding="utf-8", errors="replace"))
        if gold and got is not None:
            found += 1
            if got.isoformat() != gold:
                wrong.append((text_path.name, gold, got))
    assert not wrong
    assert found >= 20
