"""Assets and targets named by the deal."""

from __future__ import annotations

import pytest

from extraction import extract

LEAD = "Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement"

ASSETS = [
    ("code", f"{LEAD} for NB-1042, a CAR-T therapy.", ["NB-1042"]),
    ("code-with-suffix", f"{LEAD} for NBX-301-A and NBX-302.", ["NBX-301-A", "NBX-302"]),
    ("inn-with-aliases", f"{LEAD} for NB-7 (tarlocabtagene autoleucel; tarlo-cel).",
     ["NB-7", "tarlocabtagene autoleucel", "tarlo-cel"]),
    ("inn-antisense", f"{LEAD} for vesofarsen, an antisense oligonucleotide.", ["vesofarsen"]),
    ("platform-acronym", f"{LEAD} covering the Norvane Antibody Targeting Engine (NATE) platform.", ["NATE"]),
    ("not-targets-or-money", f"{LEAD} for a CD19 CAR-T therapy; Kestrel pays $10 million (RMB 70 million) upfront.",
     []),
    ("brand-with-inn", f"{LEAD} to supply Norvyx (tarlocimab vedotin) in China.", ["Norvyx", "tarlocimab vedotin"]),
    ("brand-as-the-product", f"{LEAD} for the commercialization of Quelmira outside the U.S.", ["Quelmira"]),
    ("inn-with-isotope", f"{LEAD} for the development of flurpidex F 18, a PET imaging agent.", ["flurpidex F 18"]),
    ("brand-name-and-inn-without-a-known-stem", f"{LEAD} for ZEVRIXA (corafimicin), launched under the brand name "
     "ZEVRIXA.", ["ZEVRIXA", "corafimicin"]),
    ("code-with-letter-after-dash-or-digits", f"{LEAD} for SHR-A1811 and HM12525A.", ["SHR-A1811", "HM12525A"]),
    ("inn-stem-bamate", f"{LEAD} for the development and commercialization of tolobamate in Japan.", ["tolobamate"]),
    ("english-words-are-not-inns", f"{LEAD} for NB-4, which lowers cholesterol.", ["NB-4"]),
    ("not-partnered-excluded", f"{LEAD} for NB-22. Norvane's lead product NB-9, which is not partnered, is in phase 3.",
     ["NB-22"]),
    ("brand-name-in-a-later-sentence-naming-the-asset", f"{LEAD} for tolobamate in Japan. Tolobamate was approved in "
     "2021 and launched under the brand name VELQORA.", ["tolobamate", "VELQORA"]),
    ("brand-name-in-a-sentence-about-something-else", f"{LEAD} for tolobamate in Japan. Kestrel also sells a statin "
     "under the brand name VELQORA.", ["tolobamate"]),
]

TARGETS = [
    ("symbols", f"{LEAD} for a BCMA-targeting CAR-T and a HER2 ADC.", ["BCMA", "HER2"]),
    ("b7-h3", f"{LEAD} for an ADC against B7-H3.", ["B7-H3"]),
    ("receptor", f"{LEAD} for an oral GLP-1 receptor agonist.", ["GLP-1 receptor"]),
    ("ambiguous-word-needs-context", f"{LEAD} for tau aggregation inhibitors.", ["tau"]),
    ("receptor-symbol", f"{LEAD} for an oral P2X7 receptor antagonist.", ["P2X7 receptor"]),
    ("said-of-the-product-a-few-words-on", f"{LEAD} for an ADC that targets tumours that express a protein known "
     "as TROP2.", ["TROP2"]),
    ("once-each", f"{LEAD} for a CD19 CAR-T. The CD19 program is in phase 1.", ["CD19"]),
    ("pair-of-new-symbols", f"{LEAD} for NB-77, an XR4/QT2 dual receptor agonist.", ["XR4", "QT2"]),
    ("bispecific-pair", f"{LEAD} for NB-78, a PD-1/VEGF bispecific antibody.", ["PD-1", "VEGF"]),
    ("plural-receptors-once-in-the-singular", f"{LEAD} for NB-79, which activates both QT2 receptors and "
     "QT2 receptor signalling.", ["QT2 receptor"]),
    ("a-symbol-read-inside-a-longer-one", f"{LEAD} for Prostaglandin E9 receptor antagonists, including NB-80 "
     "from its PGE9 receptor antagonist program.", ["PGE9 receptor"]),
]


def test_an_acquired_companys_lead_candidate_is_an_asset():
    text = (
        "Kestrel Pharma to acquire Norvane Bio for $300 million. Kestrel Pharma has agreed to acquire Norvane Bio "
        "for $300 million in cash. Norvane's lead candidate is NB-AADX, a gene therapy for a rare disorder."
    )
    deal = extract(text).deal
    assert deal is not None
    assert "NB-AADX" in deal.assets


def test_an_acquisitions_assets_are_the_targets_pipeline():
    text = (
        "Kestrel Pharma has agreed to acquire Norvane Bio for $900 million in cash. "
        "Norvane Bio has two gene therapies, NB-101 and NB-106, in clinical development."
    )
    deal = extract(text).deal
    assert deal is not None
    assert list(deal.assets) == ["NB-101", "NB-106"]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in ASSETS])
def test_assets(text, expected):
    deal = extract(text).deal
    assert deal is not None
    assert list(deal.assets) == expected


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in TARGETS])
def test_targets(text, expected):
    deal = extract(text).deal
    assert deal is not None
    assert list(deal.targets) == expected
