"""group_names(): the spellings of one company in one batch share one canonical name."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from extraction.companies import CompanyRegistry, group_names

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared" / "companies"


def _groups(names: list[str], registry: CompanyRegistry | None = None) -> dict[str, str | None]:
    return dict(zip(names, group_names(names, registry), strict=True))


def test_known_spellings_share_the_canonical_name() -> None:
    names = ["Bristol-Myers Squibb Company", "BMS", "Celgene", "Bristol Myers Squibb (NYSE: BMY)"]
    assert set(group_names(names)) == {"Bristol Myers Squibb"}


def test_output_keeps_input_order_and_length() -> None:
    names = ["Pfizer Inc.", "Quorvantis Therapeutics", "Pfizer Inc."]
    assert group_names(names) == ["Pfizer", "Quorvantis Therapeutics", "Pfizer"]


# Unknown companies, folded among the names of the batch (an empty registry: the rules alone).
BATCHES = [
    ("legal-ticker-short-name",
     ["Zorvanta Therapeutics Holdings Limited (HKG: 9999)", "Zorvanta", "ZORVANTA THERAPEUTICS"], 1),
    ("city-in-brackets", ["Qinlora Biologics (Suzhou) Co., Ltd.", "Qinlora Biologics"], 1),
    ("parenthetical-short", ["Pelvantis Biologics (PelvaBio)", "PelvaBio"], 1),
    ("camel-case-descriptor", ["Trevinor Biologics", "TrevinorBio"], 1),
    ("ticker-alone", ["Galvoria (Euronext & NASDAQ: GLVR)", "GLVR", "Galvoria NV"], 1),
    ("initials", ["Fendari Ostrava Biotechnologies", "FOB"], 1),
    ("initials-with-legal-form", ["Korvane Tessil Pharma Corporation", "KTPC"], 1),
    ("province-in-front", ["Jiangsu Wenlora Pharmaceutical Co., Ltd.", "Wenlora Pharmaceutical"], 1),
    ("subsidiary-clause", ["Zanthor Bio, a Quelvix company", "Quelvix Inc."], 1),
    ("descriptor-clash", ["Velcora Healthcare", "Velcora Pharmaceuticals"], 2),
    ("extra-distinctive-word", ["Tarnova Pathways", "Tarnova Therapeutics"], 2),
    ("look-alike-prefix", ["Genvora Therapeutics", "Genvex Therapeutics"], 2),
    ("ambiguous-initials", ["Alpha Beta Cure", "Alder Bay Cell", "ABC"], 3),
    ("generic-words-only", ["Bio Pharma Inc.", "Bio Pharma Group"], 2),
    ("genomics-descriptor", ["Kestrova Genomics AG", "Kestrova"], 1),
    ("discovery-descriptor", ["Kestrova Discovery", "Kestrova"], 1),
    ("genomics-and-therapeutics-clash", ["Kestrova Genomics", "Kestrova Therapeutics"], 2),
]


@pytest.mark.parametrize(("names", "groups"), [c[1:] for c in BATCHES], ids=[c[0] for c in BATCHES])
def test_batch_rules(names: list[str], groups: int) -> None:
    for order in (names, list(reversed(names))):
        assert len(set(group_names(order, CompanyRegistry()))) == groups


def test_ampersand_legal_forms_group_without_error() -> None:
    # "& Co." once left an empty legal word behind, and reading its initial raised IndexError
    names = group_names(["Zorvex Pharma & Co.", "Zorvex Pharma", "ZP"])
    assert len(set(names)) == 1


def test_unknown_company_keeps_its_display_name() -> None:
    assert group_names(["Quorvantis Therapeutics, Inc. (NASDAQ: QRVT)"]) == ["Quorvantis Therapeutics"]


def test_equal_labels_of_different_groups_are_numbered() -> None:
    labels = group_names(["Merck", "MERCK", "Merck & Co."])
    assert len(set(labels)) == len(Counter(labels))
    assert labels[2] == "Merck & Co."


def test_registry_and_batch_work_together() -> None:
    got = _groups(["Galapagos (Euronext & NASDAQ: GLPG)", "GLPG", "Galapagos NV", "Genfit", "Genmab A/S"])
    assert got["GLPG"] == got["Galapagos NV"] == "Galapagos"
    assert got["Genfit"] != got["Genmab A/S"]


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/companies (labelled company names) is absent")
def test_labelled_companies() -> None:
    entities = json.loads((SHARED / "entities.json").read_text())
    pairs = json.loads((SHARED / "confusables.json").read_text())
    names = [e["canonical"] for e in entities] + [v["text"] for e in entities for v in e["variants"]]
    names += [p["a"] for p in pairs] + [p["b"] for p in pairs]
    names = list(dict.fromkeys(names))
    random.Random(7).shuffle(names)
    got = _groups(names)
    variants = [(e["canonical"], v["text"]) for e in entities for v in e["variants"]]
    right = sum(got[canonical] == got[text] for canonical, text in variants)
    assert right / len(variants) >= 0.97
    assert [p for p in pairs if got[p["a"]] == got[p["b"]]] == []


def test_a_legal_form_alone_is_in_no_group() -> None:
    assert group_names(["S.A.", "Sanofi S.A.", "Inc.", "Co., Ltd."]) == [None, "Sanofi", None, None]


# (id, names of one batch, those of them that are one company, a name of another company or None)
SHORT_FORMS = [
    ("registered", ["Kelun", "Kelun-Biotech", "Sichuan Kelun-Biotech Biopharmaceutical"], 3, None),
    ("registered-legal-form-first", ["Sichuan Kelun-Biotech Biopharmaceutical Co., Ltd.", "Kelun"], 2, None),
    ("registered-beside-the-other-kelun",
     ["Kelun", "Kelun-Biotech Biopharmaceutical", "Sichuan Kelun Pharmaceutical"], 2, "Sichuan Kelun Pharmaceutical"),
    ("seen-in-the-batch", ["Zentrix", "Zentrix-Biotech", "Sichuan Zentrix-Biotech Biopharmaceutical"], 3, None),
]  # fmt: skip


@pytest.mark.parametrize(("names", "same", "other"), [pytest.param(*row[1:], id=row[0]) for row in SHORT_FORMS])
def test_a_short_form_joins_the_longer_name_it_heads(names: list[str], same: int, other: str | None) -> None:
    got = _groups(names)
    assert len({got[n] for n in names[:same]}) == 1
    if other is not None:
        assert got[other] != got[names[0]]


@pytest.mark.parametrize(
    ("names", "same"),
    [
        # a longer form the registry does not know, of a known name of two words: one company
        (["Boehringer Ingelheim Zentrale", "Boehringer Ingelheim"], True),
        # a name of another body of the company is another party
        (["Novo Nordisk Foundation", "Novo Nordisk"], False),
        # a known name of one word is no stem: "Lilly Pulitzer" is not Lilly
        (["Lilly Pulitzer", "Lilly"], False),
    ],
)
def test_one_more_word_of_a_known_name(names: list[str], same: bool) -> None:
    groups = group_names(names)
    assert (groups[0] == groups[1]) is same
