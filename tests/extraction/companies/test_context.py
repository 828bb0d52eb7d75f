"""resolve_in_text(): a name of several companies is the one its article names, else it stays ambiguous."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extraction.companies import CompanyRegistry
from extraction.companies.context import Ambiguous, resolve_in_text
from extraction.companies.shared_names import SHARED_NAMES, Sense, SharedName


def _params(table: Sequence[tuple[object, ...]]) -> list[object]:
    return [pytest.param(*row[1:], id=str(row[0])) for row in table]


@pytest.fixture(scope="module")
def builtin() -> CompanyRegistry:
    return CompanyRegistry.builtin()


# (id, name as written, article text, the company it is)
SETTLED = [
    ("seat-in-dateline-capitals", "Merck",
     "RAHWAY, N.J.--(BUSINESS WIRE)-- Merck today announced a licence agreement with Quillon Bio.", "Merck & Co."),
    ("former-seat", "Merck",
     "KENILWORTH, N.J. -- Merck and Tessel Bio entered a collaboration on TS-22.", "Merck & Co."),
    ("known-as-msd", "Merck",
     "Merck, known as MSD outside the United States and Canada, licensed ORV-7 from Orvane.", "Merck & Co."),
    ("product", "Merck",
     "Merck will test the antibody together with Keytruda in lung cancer, Orvane said.", "Merck & Co."),
    ("alias-elsewhere", "Merck",
     "Merck signed with Brevant Pharma. The deal gives Merck Sharp & Dohme rights in Europe.", "Merck & Co."),
    ("full-name-elsewhere", "Merck",
     "Merck & Co., Inc. and Halvor Bio have agreed a deal. Merck pays $20 million.", "Merck & Co."),
    ("seat-of-the-other", "Merck",
     "DARMSTADT, Germany -- Merck, a science and technology company, licensed HB-5 from Halvor Bio.", "Merck KGaA"),
    ("us-business-name", "Merck",
     "Merck, which operates as EMD Serono in the US and Canada, licensed PT-3 from Pellan.", "Merck KGaA"),
    ("legal-form-elsewhere", "Merck",
     "Merck KGaA signed with Pellan Therapeutics. Merck will pay $20 million upfront.", "Merck KGaA"),
    ("unit-of-the-company", "Merck Research Laboratories",
     "Merck Research Laboratories, known as MSD outside the US, licensed Hanvol's HV-1.", "Merck & Co."),
    ("both-named-the-closest-decides", "Merck",
     "Merck KGaA sold its allergy unit last year.\n\nIn a new deal, Merck, known as MSD outside the United States "
     "and Canada, bought Corvane Bio for $1 billion.",
     "Merck & Co."),
    ("both-named-the-closest-decides-other-way", "Merck",
     "Keytruda leads the market. In Darmstadt, Merck signed with Pellan on PT-3.", "Merck KGaA"),
    ("other-shared-name", "Sumitomo",
     "Sumitomo, the maker of Latuda, licensed KT-4 from Korvane Therapeutics.", "Sumitomo Pharma"),
    ("one-company-whatever-the-text", "Merck & Co.", "DARMSTADT -- an unrelated dateline.", "Merck & Co."),
    ("short-form-of-one-company", "Kelun", "Kelun and Merck signed a deal.", "Kelun-Biotech"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "company"), _params(SETTLED))
def test_the_article_says_which_company(builtin: CompanyRegistry, name: str, text: str, company: str) -> None:
    found = resolve_in_text(name, text, builtin)
    assert not isinstance(found, Ambiguous) and found is not None, found
    assert found.canonical == company


OPEN = [
    ("no-cue-at-all", "Merck", "Merck and Corvane Bio signed a licence for CV-8, an mRNA vaccine."),
    ("cue-only-in-another-word", "Merck", "Merck signed with MSDx Bio and Kenilworthy Labs on an EMDR device."),
    ("both-named-as-close", "Merck", "Rivals MSD, Merck, EMD and others signed with Corvane Bio."),
    ("other-shared-name-without-cue", "Sumitomo", "Sumitomo licensed KT-4 from Korvane Therapeutics."),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text"), _params(OPEN))
def test_an_article_that_does_not_say_leaves_the_name_ambiguous(builtin: CompanyRegistry, name: str, text: str) -> None:
    found = resolve_in_text(name, text, builtin)
    assert isinstance(found, Ambiguous)
    assert len({c.entity_id for c in found.candidates}) == 2


def test_the_candidates_of_merck_are_its_two_companies(builtin: CompanyRegistry) -> None:
    found = resolve_in_text("Merck", "Merck signed a deal.", builtin)
    assert isinstance(found, Ambiguous)
    assert [c.canonical for c in found.candidates] == ["Merck & Co.", "Merck KGaA"]


def test_an_unknown_name_is_no_company(builtin: CompanyRegistry) -> None:
    assert resolve_in_text("Quorvantis", "Quorvantis signed with Merck & Co.", builtin) is None


def test_a_declared_name_works_for_any_companies() -> None:
    # two companies of one short name, declared with their cues: the same rules tell them apart
    registry = CompanyRegistry()
    registry.add_entity("Altria Biologics", ["Altria Bio"])
    registry.add_entity("Altria Diagnostics")
    registry.declare_shared_name(
        SharedName(
            name="Altria",
            senses=(
                Sense(company="Altria Biologics", cues=("Ghent",)),
                Sense(company="Altria Diagnostics", cues=("Lyon",)),
            ),
        )
    )
    told = resolve_in_text("Altria", "GHENT, Belgium -- Altria licensed AB-1 to Norvane.", registry)
    assert not isinstance(told, Ambiguous) and told is not None and told.canonical == "Altria Biologics"
    told = resolve_in_text("Altria", "Altria, based in Lyon, licensed a test.", registry)
    assert not isinstance(told, Ambiguous) and told is not None and told.canonical == "Altria Diagnostics"
    assert isinstance(resolve_in_text("Altria", "Altria licensed AB-1 to Norvane.", registry), Ambiguous)


def test_every_declared_company_is_a_known_one(builtin: CompanyRegistry) -> None:
    for shared in SHARED_NAMES:
        senses = builtin.senses(shared.name)
        assert [s.canonical for s in senses] == [sense.company for sense in shared.senses]


def test_declaring_an_unknown_company_is_refused() -> None:
    registry = CompanyRegistry.builtin()
    with pytest.raises(KeyError, match="Nobody Pharma"):
        registry.declare_shared_name(
            SharedName(name="Merck", senses=(Sense(company="Merck & Co.", cues=("Rahway",)),
                                             Sense(company="Nobody Pharma", cues=("Nowhere",))))
        )  # fmt: skip
