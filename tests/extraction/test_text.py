"""Reading an article's text: headline, sentences, boilerplate."""

from __future__ import annotations

import re

import pytest

from extraction.text import folded_pattern, read_article


def test_headline_then_sentences_with_offsets():
    text = "Kestrel and Norvane sign licence pact\n\nKestrel Pharma Inc. signed a deal. It pays $5m upfront."
    article = read_article(text)
    assert article.headline is not None and article.headline.text == "Kestrel and Norvane sign licence pact"
    assert [s.text for s in article.body] == ["Kestrel Pharma Inc. signed a deal.", "It pays $5m upfront."]
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text


def test_abbreviations_do_not_end_sentences():
    article = read_article("Dr. Smith of Kestrel Co. Ltd. and the U.S. unit said so. Then it ended.")
    assert len(article.body) == 2


def test_initials_and_a_rupee_abbreviation_do_not_end_sentences():
    article = read_article("It bought rights to J.K. Norvane Holdings' drug for Rs. 20 crore. Then it ended.")
    assert [s.text for s in article.body] == [
        "It bought rights to J.K. Norvane Holdings' drug for Rs. 20 crore.", "Then it ended."
    ]


def test_a_hard_wrapped_sentence_is_joined_again():
    text = (
        "Kestrel to buy Norvane\n\nKestrel Pharma said it would acquire\nall of Norvane Bio for $12 per share in "
        "cash,\n"
        "or about $300 million, and merge it with a unit of\nKestrel. Norvane shares rose."
    )
    article = read_article(text)
    assert [s.text for s in article.body] == [
        "Kestrel Pharma said it would acquire all of Norvane Bio for $12 per share in cash, or about $300 million, and "
        "merge it with a unit of Kestrel.",
        "Norvane shares rose.",
    ]
    for s in article.sentences:
        assert article.text[s.start : s.end].replace("\n", " ") == s.text  # offsets hold


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel and Norvane sign licence pact\n\nDeal terms\nKestrel pays $5m upfront.",  # a heading, then a sentence
        "Kestrel and Norvane sign licence pact\n\nThe terms include:\n- $5m upfront\n- milestones",  # a list
        "Kestrel and Norvane sign licence pact\n\nKestrel pays $5m upfront.\n(Reporting by A. Writer)",  # a stop
    ],
)
def test_lines_that_do_not_break_a_sentence_stay_apart(text):
    article = read_article(text)
    assert len(article.body) >= 2


def test_doubled_full_stops_and_broken_decimals_of_scraped_pages():
    article = read_article("The deal is worth 320m.. It has a response rate of 62.. 5% in trials.")
    assert [s.text for s in article.body] == ["The deal is worth 320m.", "It has a response rate of 62.5% in trials."]


def test_a_no_break_space_scraped_as_a_question_mark_is_a_space():
    text = "Kestrel signs a licence\n\nKestrel gets an upfront cash payment of?$100 million?in cash. Is it? Yes, it is?"
    article = read_article(text)
    assert [s.text for s in article.body] == [
        "Kestrel gets an upfront cash payment of $100 million in cash.", "Is it?", "Yes, it is?",
    ]


def test_about_the_company_section_is_cut_but_about_a_product_is_kept():
    text = (
        "Kestrel Pharma signed a licence with Norvane Bio for NB-1 and will pay Norvane $10 million upfront. " * 3
        + "\n\nAbout efinopegdutide\n\nIt is a peptide.\n\nAbout Kestrel Pharma\n\nKestrel makes antibodies."
    )
    article = read_article(text)
    assert "It is a peptide." in article.text
    assert "Kestrel makes antibodies" not in article.text


def test_a_contact_line_in_a_disclosures_header_ends_nothing():
    header = (
        "Conclusion of Exclusive Licensing Agreement Concerning NV-2\n\nCompany Name: Norvane Bio Inc.\n"
        "Representative: Jane Doe, President & CEO\n(Code: 4588, Listed on Growth Market of Tokyo Stock Exchange)\n"
        "Contact: John Roe, Director & Manager-Accounting\nTel: 03-0000-0000\n"
        "Company Name: Kestrel Pharmaceutical Co., Ltd.\nRepresentative: Ann Poe, President and CEO\n"
        "Contact: Sam Loe, General Manager of Corporate Communications Dept.\n\n"
    )
    news = "Norvane Bio Inc. and Kestrel Pharmaceutical Co., Ltd. announced today that Norvane will grant Kestrel an "
    news += "exclusive license to NV-2 in Japan."
    assert "grant Kestrel an exclusive license" in read_article(header + news).text
    # counter-example: after the body's prose, a contact heading still ends the text
    after = read_article(news + " " + news + "\n\nContact:\nJane Doe, +1 555 0100, jane@norvane.example").text
    assert "jane@" not in after


def test_forward_looking_statements_are_cut():
    text = "Kestrel signed a licence. " * 10 + "\n\nForward-Looking Statements\n\nRisks include a $1 billion loss."
    assert "$1 billion" not in read_article(text).text


def test_site_furniture_before_the_headline_is_skipped():
    article = read_article("Breaking News\n\nLandmark Bio, Galapagos Enter Strategic Pact\n\nText follows here.")
    assert article.headline is not None and article.headline.text.startswith("Landmark Bio")


_DISCLAIMER = (
    "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility "
    "for the contents of this announcement, make no representation as to its accuracy or completeness."
)
# (id, text, the headline, the first body sentence)
FILING_CASES = [
    ("exchange-filing-preamble",
     f"{_DISCLAIMER}\n\nTAMSIN BIO CO., LTD.\n塔姆辛生物股份有限公司\n(incorporated in the Cayman Islands with limited "
     "liability)\n(Stock Code: 9999)\n\nVOLUNTARY ANNOUNCEMENT\nLICENSE AGREEMENT FOR TB-7\n\nThe board is pleased "
     "to announce a licence.",
     "LICENSE AGREEMENT FOR TB-7", "The board is pleased to announce a licence."),
    ("a-headline-that-starts-with-the-name-in-capitals-is-kept",
     "TAMSIN BIO CO., LTD. SIGNS LICENSE WITH ORRERY\n\nThe board is pleased to announce a licence.",
     "TAMSIN BIO CO., LTD. SIGNS LICENSE WITH ORRERY", "The board is pleased to announce a licence."),
    ("a-title-broken-over-lines",
     "RECOMMENDED CASH ACQUISITION\nof\nTAMSIN BIO PLC\nby\nORRERY PHARMA INC.\n\nThe boards are pleased to announce "
     "an acquisition.",
     "RECOMMENDED CASH ACQUISITION of TAMSIN BIO PLC by ORRERY PHARMA INC.",
     "The boards are pleased to announce an acquisition."),
    ("short-lines-without-a-connecting-word-are-a-title-and-a-body",
     "Tamsin Bio signs license with Orrery\nA new pact for TB-7\nOrrery pays $5m upfront\n\nThe board is pleased.",
     "Tamsin Bio signs license with Orrery", "A new pact for TB-7"),
    ("an-sec-filings-cover-page",
     "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\nCURRENT REPORT\n\n"
     "Delaware 001-39999 83-1234567\n(State of incorporation)\n\nItem 1.01 Entry into a Material Definitive "
     "Agreement.\n\nOn March 3, 2025, Tamsin Bio, Inc. entered into a license agreement with Orrery Pharma AG.",
     None, "Item 1.01 Entry into a Material Definitive Agreement."),
    ("an-item-without-a-cover-page-is-read-where-it-stands",
     "Tamsin Bio signs license with Orrery\n\nThe board is pleased.\n\nItem 1.01 Entry into a Material Definitive "
     "Agreement.", "Tamsin Bio signs license with Orrery", "The board is pleased."),
    ("a-preamble-after-the-title-a-page-puts-first",
     f"LICENSE AGREEMENT FOR TB-7\n\n{_DISCLAIMER}\n\nTAMSIN BIO\n\n(incorporated in the Cayman Islands with limited "
     "liability)\n\n(stock code: 9999)\n\nANNOUNCEMENT OF POTENTIAL INSIDE INFORMATION\n\nThe board is pleased to "
     "announce a licence.",
     "LICENSE AGREEMENT FOR TB-7", "The board is pleased to announce a licence."),
    ("a-stock-code-after-the-headline-is-the-body",
     "Tamsin Bio signs license with Orrery\n\n(Stock Code: 9999)\n\nThe board is pleased to announce a licence.",
     "Tamsin Bio signs license with Orrery", "(Stock Code: 9999)"),
]


@pytest.mark.parametrize(("text", "headline", "first"), [pytest.param(*c[1:], id=c[0]) for c in FILING_CASES])
def test_an_exchange_filings_preamble_before_its_title_is_skipped(text: str, headline: str | None, first: str) -> None:
    article = read_article(text)
    assert (article.headline.text if article.headline is not None else None) == headline
    assert article.body[0].text == first
    for s in article.sentences:
        assert article.text[s.start : s.end].replace("\n", " ") == s.text


def test_an_sec_filings_signature_block_is_cut() -> None:
    text = "Item 1.01 Entry into a Material Definitive Agreement.\n\n" + "Tamsin Bio signed a licence. " * 10
    text += "\n\nSIGNATURES\n\nPursuant to the requirements of the Act, Tamsin Bio paid $1 billion."
    assert "$1 billion" not in read_article(text).text


PATTERNS = [
    r"\bchina\b|\bjapan\b",
    r"\b(?:worldwide|global(?:ly)?|all territories)\b",
    r"\bex-u\.?s\.?\b|\boutside (?:of )?the u\.?s\.?\b",
    r"\b(?:up to|as much as) \$?\d+",
    r"\bdeal\b|(?<!\w)pact",  # not every alternative starts with a boundary: matched as written
]
TEXTS = [
    "xchina china, japan's rights in mainland china; chinajapan",
    "worldwide and globally, non-global rights, all territories",
    "rights ex-us and outside the u.s., not outside of the us",
    "up to $50 million, as much as 20, setup to 3",
    "a deal, an ordeal, the pact, impact",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_word_patterns_find_what_the_regular_expression_finds(pattern, text):
    fast = folded_pattern(pattern)
    plain = re.compile(pattern)
    assert [(m.start(), m.group(0)) for m in fast.finditer(text)] == [
        (m.start(), m.group(0)) for m in plain.finditer(text)
    ]
    first, expected = fast.search(text), plain.search(text)
    assert (first.span() if first else None) == (expected.span() if expected else None)


def test_a_hard_wrapped_wire_paragraph_is_read_as_one() -> None:
    text = (
        "OSAKA, May 3 Japanese drugmaker Hinoki Pharma\n"
        "Co Ltd has agreed to buy U.S. biotech company\n"
        "Larchmont Bio Inc in a deal worth up to\n"
        "$200 million, the companies said.\n"
        "Larchmont shares rose 20 percent on Friday."
    )
    art = read_article(text)
    assert art.sentences[0].text.startswith("OSAKA, May 3 Japanese drugmaker Hinoki Pharma Co Ltd has agreed")
    assert art.sentences[-1].text == "Larchmont shares rose 20 percent on Friday."
    for s in art.sentences:
        assert art.text[s.start : s.end].replace("\n", " ") == s.text


def test_short_lines_that_each_end_a_sentence_or_a_field_stay_apart() -> None:
    fields = "Licensor: Hinoki Pharma\nLicensee: Larchmont Bio\nTerritory: Worldwide\nSigned: May 3"
    assert len(read_article("Hinoki licenses drug to Larchmont Bio\n\n" + fields).sentences) == 5
    lines = "Hinoki signs a licence with Larchmont.\nThe deal is worth $20 million.\nShares rose."
    assert [s.text for s in read_article(lines).sentences][-1] == "Shares rose."
