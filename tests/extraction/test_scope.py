"""Territory, stage and indications of a deal."""

from __future__ import annotations

import pytest

from extraction import extract

LEAD = "Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement for NB-1"

STAGES = [
    ("phase-1", f"{LEAD}. NB-1 is in a phase 1 trial.", "phase 1"),
    ("phase-1-2", f"{LEAD}. NB-1 showed positive Phase I/II data.", "phase 1/2"),
    ("most-advanced-wins", f"{LEAD}. NB-1 is in phase 3 after a phase 2 study.", "phase 3"),
    ("under-review", f"{LEAD}. The NDA for NB-1 is under review by the NMPA.", "filed"),
    ("commercial-milestones-are-not-approval", f"{LEAD}, with commercial milestones. NB-1 is preclinical.",
     "preclinical"),
    ("the-therapy-is", f"{LEAD}. The therapy is completing phase 2 clinical development.", "phase 2"),
]

TERRITORIES = [
    ("worldwide", f"{LEAD} granting worldwide rights.", "worldwide"),
    ("mainland-china", f"{LEAD} to commercialize NB-1 in mainland China.", "mainland China"),
    ("japan", f"{LEAD} for exclusive rights in Japan.", "Japan"),
    ("rights-word-after", "Kestrel Pharma and Norvane Bio have entered into an exclusive global license agreement "
     "for NB-1.", "worldwide"),
    ("commercialization-rights-after", f"{LEAD}. Kestrel receives worldwide commercialization rights to NB-1.",
     "worldwide"),
    ("company-description-is-not-territory", f"{LEAD} with Norvane Bio, a company with operations in Europe and the "
     "U.S., manufacturing NB-1.", None),
    ("headquarters-is-not-territory", f"{LEAD}. Kestrel, headquartered in Japan, will develop NB-1.", None),
    ("worldwide-except", f"{LEAD} granting worldwide rights except Japan, South Korea and Taiwan.",
     "worldwide except Japan, South Korea and Taiwan"),
    ("outside-a-list", f"{LEAD} for the development and commercialization of NB-1 in all indications outside of the "
     "U.S., Greater China, Singapore, and Japan.",
     "worldwide except United States, Greater China, Singapore and Japan"),
    ("outside-the-us-alone", f"{LEAD} granting Kestrel rights to NB-1 outside the United States.", "ex-US"),
    ("retained-rights", f"{LEAD}. Norvane grants Kestrel rights to NB-1, while retaining development and "
     "commercialization rights in India and Russia.", "worldwide except India and Russia"),
    ("headline-place-said-more-exactly-in-the-body", "Kestrel Pharma licenses NB-1 to Norvane Bio in China\n\n"
     "Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement to commercialize NB-1 in "
     "mainland China.", "mainland China"),
    ("global-then-outside", "Kestrel Pharma and Norvane Bio have entered into an exclusive global license agreement. "
     "Norvane Bio transfers exclusive rights outside China to NB-1 to Kestrel Pharma.", "worldwide except China"),
    ("known-as-elsewhere-is-not-territory", "Kestrel Pharma, known as KP outside of the United States and Canada, "
     "and Norvane Bio have entered into an exclusive global license agreement for NB-1.", "worldwide"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in STAGES])
def test_stage(text, expected):
    deal = extract(text).deal
    assert deal is not None
    assert deal.stage == expected


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in TERRITORIES])
def test_territory(text, expected):
    deal = extract(text).deal
    assert deal is not None
    assert deal.territory == expected


def test_indications_singular_and_plural_are_one():
    deal = extract(f"{LEAD} for rare cancers. NB-1 treats a rare cancer.").deal
    assert deal is not None
    assert deal.indications == ("rare cancers",)


def test_indications_once_each_longest_form():
    deal = extract(f"{LEAD} in multiple myeloma and other myeloma settings, and solid tumours.").deal
    assert deal is not None
    assert deal.indications == ("multiple myeloma", "solid tumours")
