"""What `dealbot extract --explain` is built from: each sentence's kind and each figure's rule."""

from __future__ import annotations

from datetime import date

import pytest

from extraction import extract

ARTICLE = (
    "Kestrel Pharma licenses NB-1 from Norvane Bio\n\n"
    "Kestrel Pharma has entered into an exclusive license agreement with Norvane Bio for NB-1. "
    "In 2019, the companies signed an earlier pact worth $50 million upfront. "
    "Under the new agreement, Kestrel will pay $8 million upfront and up to $80 million in milestones. "
    "Norvane is based in Boston."
)


def test_each_sentence_has_its_kind() -> None:
    explanation = extract(ARTICLE, explain=True).explanation
    assert explanation is not None
    kinds = {s.text[:24]: s.kind for s in explanation.sentences}
    assert kinds["Kestrel Pharma licenses "] == "headline"
    assert kinds["Kestrel Pharma has enter"] == "lead"
    assert kinds["In 2019, the companies s"] == "history"
    assert kinds["Under the new agreement,"] == "terms"
    assert kinds["Norvane is based in Bost"] == "this deal"


def test_figures_of_history_are_not_read_and_each_field_names_its_rules() -> None:
    explanation = extract(ARTICLE, explain=True).explanation
    assert explanation is not None
    assert [(f.amount_text, f.role, f.rule) for f in explanation.figures] == [
        ("$8 million", "upfront", "cue-after"),
        ("$80 million", "milestones", "cue-after"),
    ]
    assert explanation.field_rules == {
        "upfront": "cue-after", "milestones": "cue-after", "total_value": "implied-total"
    }


def test_not_a_deal_has_no_explanation() -> None:
    result = extract("Norvane Bio reports topline results\n\nThe trial met its primary endpoint.", explain=True)
    assert not result.is_deal and result.explanation is None


def test_the_explanation_is_built_only_when_asked() -> None:
    assert extract(ARTICLE).explanation is None


def test_terms_said_in_the_future_are_this_deals_whatever_date_or_history_word_they_carry() -> None:
    article = (
        "Norvane Bio licenses NB-7 to Kestrel Pharma\n\n"
        "Norvane Bio has signed a licence agreement with Kestrel Pharma for NB-7. "
        "The compound was initially developed at a university in Leeds. "
        "Today's deal will see Norvane receive $2 million upfront, and then $1 million 12 months after licensing. "
        "An initial payment of $3 million will be received in May 2025, with more expected later."
    )
    explanation = extract(article, published=date(2025, 3, 1), explain=True).explanation
    assert explanation is not None
    kinds = {s.text[:24]: s.kind for s in explanation.sentences}
    assert kinds["The compound was initial"] == "history"
    assert kinds["Today's deal will see No"] == "terms"
    assert kinds["An initial payment of $3"] == "terms"


def test_another_deals_terms_that_name_no_party_stay_that_deals() -> None:
    article = (
        "Kestrel Pharma licenses NB-1 from Norvane Bio\n\n"
        "Kestrel Pharma has signed an exclusive license agreement with Norvane Bio for NB-1. "
        "Norvane will receive $10 million upfront and up to $100 million in milestones. "
        "Brightwater Therapeutics, meanwhile, had also struck a licensing deal with Halden Biosciences. "
        "Under the agreement, Halden gained rights to HB-2, while Brightwater would receive $20 million upfront. "
        "The deal also included milestones of up to $2 billion. "
        "Kestrel said NB-1 will enter a phase 2 trial."
    )
    result = extract(article, published=date(2025, 3, 1), explain=True)
    assert result.explanation is not None and result.deal is not None
    kinds = {s.text[:24]: s.kind for s in result.explanation.sentences}
    assert kinds["Under the agreement, Hal"] == "another deal"
    assert kinds["The deal also included m"] == "another deal"
    assert kinds["Kestrel said NB-1 will e"] == "this deal"
    assert result.deal.milestones is not None and result.deal.milestones.amount == 100_000_000


@pytest.mark.parametrize(("opener", "kind"), [
    # a sentence that opens on a company's deal, the company no party: that company's deal
    ("Halden Therapeutics' commitment to HB-2 was substantial", "another deal"),
    # ... also after a colon
    ("This excludes buyouts: Halden Therapeutics' acquisition of Ostrin for $600m is one", "another deal"),
    # counter-example: a party's own deal is this one
    ("Kestrel Pharma's commitment to NB-1 is substantial", "terms"),
])
def test_a_sentence_that_opens_on_a_companys_deal_is_that_companys(opener: str, kind: str) -> None:
    article = (
        "Kestrel Pharma to acquire Norvane Bio for up to $950 million\n\n"
        "Kestrel Pharma has agreed to acquire Norvane Bio for up to $950 million. "
        "Norvane's pipeline has drawn interest from big drugmakers. "
        f"{opener}, with an upfront cash payment of $588 million to Norvane."
    )
    result = extract(article, published=date(2025, 3, 1), explain=True)
    assert result.explanation is not None and result.deal is not None
    kinds = {s.text[:12]: s.kind for s in result.explanation.sentences}
    assert kinds[opener[:12]] == kind
    assert (result.deal.upfront is None) == (kind == "another deal")


def test_a_company_of_an_aside_that_dates_another_deal_is_no_party() -> None:
    article = (
        "Kestrel Pharma licenses NB-1 from Norvane Bio\n\n"
        "Kestrel Pharma has secured a licensing agreement with Norvane Bio just after signing a contract with "
        "Halden Therapeutics, marking two deals in a week. "
        "Kestrel will pay $10 million upfront."
    )
    result = extract(article, published=date(2025, 3, 1))
    assert result.deal is not None
    assert {p.name for p in result.deal.parties} == {"Kestrel Pharma", "Norvane Bio"}


def test_a_partys_short_form_and_two_parties_named_together_are_this_deals() -> None:
    article = (
        "Kestrel and Halden grant Norvane Bioscience rights to NB-1\n\n"
        "Kestrel Pharma and Halden Biotech have granted Norvane Bioscience exclusive global rights to NB-1. "
        "Under the deal, Norvane Bio will pay $17 million upfront, with Kestrel and Halden to take "
        "minority stakes in Norvane. "
        "Norvane Bio will also pay up to $500 million in development milestones."
    )
    result = extract(article, published=date(2025, 3, 1), explain=True)
    assert result.explanation is not None and result.deal is not None
    kinds = {s.text[:24]: s.kind for s in result.explanation.sentences}
    assert kinds["Under the deal, Norvane "] == "terms"
    assert kinds["Norvane Bio will also pa"] == "terms"
    assert result.deal.upfront is not None and result.deal.upfront.amount == 17_000_000
    assert result.deal.milestones is not None and result.deal.milestones.amount == 500_000_000
