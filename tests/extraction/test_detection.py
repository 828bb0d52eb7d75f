"""Deal or not: leads written in the ways trade press and press releases open a story."""

from __future__ import annotations

import pytest

from extraction import extract

DEALS = [
    ("press-release-entered", "Norvane Bio and Kestrel Pharma today announced that they have entered into an exclusive "
     "license agreement for KP-101."),
    ("trade-press-inks", "Kestrel inks $50M pact with Norvane for bispecific antibodies\n\nKestrel Pharma will pay "
     "Norvane Bio $50 million upfront."),
    ("acquisition", "Halvard Therapeutics to acquire Ostrin Bio for $1.2 billion\n\nHalvard Therapeutics has agreed "
     "to acquire Ostrin Bio in an all-cash deal."),
    ("licensed-rights", "Marrow Sciences said today it licensed exclusive rights to Pellix Biotech's ADC platform."),
    ("partners-to", "Corvid Genetics and Ilex Pharmaceuticals partner to develop gene therapies for rare diseases."),
    ("option-deal", "Ilex Pharmaceuticals has signed an option and license agreement with Corvid Genetics for two "
     "programs."),
    ("asset-sale", "Tamsin Bio has sold its ophthalmology assets to Orrery Pharma for $20 million upfront."),
    ("manufacturing-pact", "Brightwell Biologics signed a multi-year manufacturing agreement with Halvard"
                           " Therapeutics."),
    ("partnering-with", "Kestrel Pharma is bolstering its pipeline by partnering with Norvane Bio to develop a "
     "radiotherapeutic."),
    ("after-clause-is-not-history", "After an earlier agreement lapsed, Tamsin Bio has signed a new licence with "
     "Orrery Pharma for TB-7."),
]

NOT_DEALS = [
    ("trial-readout", "Norvane Bio reports positive topline results from Phase 3 trial\n\nNorvane Bio sai"
                      "d its drug met "
     "the primary endpoint in the NOVA-3 study."),
    ("approval", "FDA approves Kestrel's drug for multiple myeloma\n\nThe FDA approved the therapy on Monday."),
    ("ipo", "Ostrin Bio raises $200 million in Nasdaq IPO\n\nOstrin Bio priced its initial public offering at $18."),
    ("rights-returned", "Halvard will return global rights to OB-3 to Ostrin Bio after a portfolio review. "
     "Halvard originally licensed OB-3 in 2018."),
    ("old-deal-recalled", "Kestrel's epilepsy drug flops in phase 2\n\nKestrel Pharma's drug failed to beat placebo. "
     "Kestrel licensed the drug from Norvane Bio in 2019, initially paying $10 million."),
    ("termination-with-deal-words", "Ostrin Bio shares fell after the company agreed to terminate a licensing deal "
     "with Halvard Therapeutics and regained global rights to OB-7."),
    ("rights-regained", "Tamsin Bio is to regain the worldwide rights to previously out-licensed programs. In April "
     "2016 the programs were licensed to Orrery Pharma."),
    ("approval-triggers-payment-under-old-deal", "The European Commission approved Kestrel's drug Quelmira. In 2016, "
     "Kestrel entered a deal with Norvane for the rights. The approval triggers a $50 million payment to Norvane."),
    ("legal-settlement", "Kestrel Pharma announced that it entered into a settlement agreement with Dr. Smith to "
     "resolve the litigation over royalties."),
    ("rejected-bid", "Kestrel Pharma offered to buy Norvane Bio for $2.6 billion, but Norvane Bio has rejected the "
     "buyout offer."),
    ("earnings", "Halvard quarterly results beat estimates\n\nHalvard Therapeutics reported earnings of $2.10 a "
     "share as revenue rose 12%."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in DEALS])
def test_deal_stories_are_deals(text):
    result = extract(text)
    assert result.is_deal, result.reason
    assert result.deal is not None


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_DEALS])
def test_other_news_is_not_a_deal(text):
    result = extract(text)
    assert not result.is_deal
    assert result.deal is None
    assert result.reason


def test_reason_names_what_the_story_is_about():
    result = extract("Norvane Bio reports positive topline results\n\nThe trial met its primary endpoint.")
    assert result.reason == "the story is about a trial readout"


def test_a_forward_looking_year_is_not_history():
    text = (
        "Kestrel Pharma to acquire Norvane Bio\n\nKestrel Pharma has agreed to acquire Norvane Bio for $900 million. "
        "The transaction is expected to close in 2027, and Kestrel will pay $900 million in cash."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.evidence["upfront"].startswith("Kestrel Pharma has agreed")


def test_a_dated_earlier_deal_is_history_when_the_news_names_no_year():
    text = (
        "Kestrel Pharma and Norvane Bio sign licence\n\nKestrel Pharma has signed a license agreement with Norvane "
        "Bio. In 2016, Kestrel paid Norvane $40 million upfront under a research pact."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.upfront is None
