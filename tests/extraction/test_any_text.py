"""Any text is safe: `extract` returns an `Extraction` for every string, and a deal always has a party.

Generated text (random unicode, and random mixtures of deal words, money forms, company-like names,
line breaks, control characters and very long lines) is derandomised, so that CI runs the same examples
every time; a failure names the example that broke.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction import extract
from extraction.models import Extraction
from extraction.text import LONGEST_SENTENCE, read_article

_SETTINGS = settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

DEAL_WORDS = [
    "entered into", "license agreement", "licence", "to acquire", "acquires", "agreed to buy", "merger agreement",
    "takeover offer", "recommended offer", "tender offer", "partner with", "collaboration", "option",
    "upfront", "up-front", "milestones", "milestone payment", "royalties", "worth up to", "in total",
    "exclusive rights", "worldwide", "per share", "in cash", "shareholders will receive", "terminated",
    "rejected", "in 2016", "originally", "Separately,", "About Kestrel", "Forward-Looking Statements",
]
MONEY = [
    "$12bn", "$1.2 billion", "€", "€€", "€ 40 million", "EUR 5.3bn", "£46bn", "¥4,535", "USD 29.5 million",
    "RMB 200 million (USD 29.5 million)", "$$$", "12bn", "1,010 pence", "CHF80", "$0", "$.5m", "99.9%",
    "$10,000,000,000,000,000,000", "up to $140m for each of six candidates",
]
NAMES = [
    "Kestrel Pharma", "Norvane Bio Inc.", "Ostrin Therapeutics, Ltd.", "Halvard & Co.", "& Co.", "Inc.",
    "Tamsin Bio (HKG: 1234)", "Orrery Pharma AG", "BRIEF-Kestrel", "bluebird bio", "J&J", "A/S", "( Inc",
    "Kestrel’s", "KESTREL PHARMA", "Co., Ltd.",
]
ODDITIES = ["\n", "\n\n", "\r\n", "\t", "\x00", "\x0b", "\x1f", "\u2028", "\u2029", "\ufeff", "\ufffd", "\u200b",
            ". ", ".. ", "(", ")", "“", "”", "'", "’", "-", "—", ":", ";", "•", "A.", "U.S.", "#", "\\"]

_piece = st.one_of(
    st.sampled_from(DEAL_WORDS), st.sampled_from(MONEY), st.sampled_from(NAMES), st.sampled_from(ODDITIES),
    st.text(max_size=12),
)
_mixture = st.lists(_piece, max_size=60).map(" ".join)
# a very long line: a mixture repeated without line breaks
_long_line = st.tuples(_mixture, st.integers(min_value=50, max_value=400)).map(
    lambda t: (t[0].replace("\n", " ") + " ") * t[1]
)


# article-shaped: a title line, then sentences of a name, deal words, a name and money, in paragraphs
_sentence = st.lists(
    st.one_of(st.sampled_from(NAMES), st.sampled_from(DEAL_WORDS), st.sampled_from(MONEY), st.sampled_from(ODDITIES)),
    min_size=3, max_size=14,
).map(lambda words: " ".join(words) + ".")
_article = st.tuples(
    st.lists(st.sampled_from(NAMES + DEAL_WORDS + MONEY), min_size=3, max_size=8).map(" ".join),
    st.lists(st.lists(_sentence, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=6),
).map(lambda t: t[0] + "\n\n" + "\n\n".join(t[1]))


def _check(text: str) -> None:
    result = extract(text)
    assert isinstance(result, Extraction)
    if result.is_deal:
        assert result.deal is not None and len(result.deal.parties) >= 1
    else:
        assert result.deal is None and result.reason


@_SETTINGS
@given(st.text(max_size=2000))
def test_random_unicode_is_safe(text):
    _check(text)


@_SETTINGS
@given(_mixture)
def test_mixtures_of_deal_words_money_and_names_are_safe(text):
    _check(text)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_article)
def test_article_shaped_text_is_safe(text):
    _check(text)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_long_line)
def test_very_long_lines_are_safe(text):
    _check(text)


def test_junk_with_money_words_is_no_deal():
    junk = ("\u0000\ufffd lorem $$$ 12bn €€ upfront " * 1500)[:40_000]
    result = extract(junk)
    assert not result.is_deal and result.deal is None
    assert result.reason


def test_deal_words_with_no_named_party_are_no_deal():
    result = extract("the licensee will pay $12bn upfront and milestones under the license agreement.")
    assert not result.is_deal
    assert result.reason == "no party to the deal is named"


def test_a_named_party_with_the_same_words_is_a_deal():
    result = extract("Kestrel Pharma will pay Norvane Bio $12bn upfront under the license agreement.")
    assert result.is_deal and result.deal is not None and result.deal.parties


def _seconds(read, text: str) -> float:
    start = time.perf_counter()
    read(text)
    return time.perf_counter() - start


def test_a_run_of_abbreviations_is_split_in_linear_time():
    unit = "A. "  # every stop follows a one-letter initial: none ends a sentence
    small = _seconds(read_article, unit * 35_000)
    large = _seconds(read_article, unit * 140_000)
    # four times the text: about four times the time when linear, sixteen when quadratic
    assert large < 9 * small + 0.05, (small, large)


def test_a_line_without_full_stops_is_cut_into_bounded_sentences():
    text = "Kestrel Pharma signs a licence deal with Norvane Bio worth $12bn upfront, " * 20_000
    article = read_article(text)
    assert len(article.sentences) > len(text) // LONGEST_SENTENCE
    assert all(len(s.text) <= LONGEST_SENTENCE for s in article.sentences)
    assert all(article.text[s.start : s.end] == s.text for s in article.sentences)
    assert "".join(s.text for s in article.sentences).replace(" ", "") == text.replace(" ", "")


def test_a_long_paste_with_a_party_on_every_line_stays_a_deal():
    text = "Kestrel Pharma to acquire Norvane Bio\n" * 5_000
    result = extract(text)
    assert result.is_deal and result.deal is not None
    assert {p.name for p in result.deal.parties} >= {"Kestrel Pharma"}
