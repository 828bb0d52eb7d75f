"""CompanyRegistry: resolution rules, thresholds at their edges, look-alike traps, teaching, mentions."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extraction.companies import CompanyRegistry, Entity, normalize
from extraction.companies.registry import FUZZY_MIN_LENGTH, FUZZY_THRESHOLD, is_big_pharma, slug


def _params(table: Sequence[tuple[object, ...]]) -> list[object]:
    """Rows of (id, *values) as pytest params with readable ids."""
    return [pytest.param(*row[1:], id=str(row[0])) for row in table]


@pytest.fixture(scope="module")
def builtin() -> CompanyRegistry:
    return CompanyRegistry.builtin()


# Known companies as the press writes them: abbreviation, subsidiary, former name, local script.
KNOWN = [
    ("abbreviation-bms", "BMS", "Bristol Myers Squibb"),
    ("abbreviation-lower-case-search", "bms", "Bristol Myers Squibb"),
    ("abbreviation-jnj", "J&J", "Johnson & Johnson"),
    ("abbreviation-gsk", "GSK", "GSK"),
    ("abbreviation-msd", "MSD", "Merck & Co."),
    ("abbreviation-az", "AZ", "AstraZeneca"),
    ("subsidiary-janssen", "Janssen Biotech, Inc.", "Johnson & Johnson"),
    ("subsidiary-genentech", "Genentech", "Roche"),
    ("subsidiary-kite", "Kite Pharma", "Gilead Sciences"),
    ("subsidiary-millennium", "Millennium Pharmaceuticals", "Takeda Pharmaceutical"),
    ("subsidiary-medimmune", "MedImmune", "AstraZeneca"),
    ("subsidiary-alexion", "Alexion Pharmaceuticals, Inc.", "AstraZeneca"),
    ("subsidiary-celgene", "Celgene Corporation", "Bristol Myers Squibb"),
    ("subsidiary-emd-serono", "EMD Serono", "Merck KGaA"),
    ("parent-clause", "Kite, a Gilead Company", "Gilead Sciences"),
    ("former-name", "Seattle Genetics", "Seagen"),
    ("local-script-zh", "恒瑞医药", "Jiangsu Hengrui Pharmaceuticals"),
    ("local-script-zh-legal-province", "江苏恒瑞医药股份有限公司", "Jiangsu Hengrui Pharmaceuticals"),
    ("local-script-ja", "第一三共株式会社", "Daiichi Sankyo"),
    ("local-script-ko", "셀트리온", "Celltrion"),
    ("traditional-chinese", "百濟神州", "BeiGene"),
    ("traditional-chinese-legal", "藥明生物技術有限公司", "WuXi Biologics"),
    ("legal-and-ticker", "Daiichi Sankyo Company, Limited (TSE: 4568)", "Daiichi Sankyo"),
    ("core-without-descriptor", "Astellas", "Astellas Pharma"),
    ("core-other-descriptor", "Astellas Pharmaceuticals", "Astellas Pharma"),
    ("comma-part", "Alexion, AstraZeneca Rare Disease", "AstraZeneca"),
    ("merck-kgaa-by-legal-form", "Merck KGaA, Darmstadt, Germany", "Merck KGaA"),
    ("merck-co-by-legal-form", "Merck & Co., Inc.", "Merck & Co."),
    ("buyout-firm", "The Carlyle Group", "Carlyle"),
    ("buyout-firm-abbreviation", "CVC", "CVC Capital Partners"),
    ("investor-with-descriptor", "Hillhouse Capital", "Hillhouse Investment"),
    ("pharma-subsidiary", "Fresenius Kabi", "Fresenius"),
    # a short form that heads one company's own name, of two sharing the core ("Sichuan Kelun Pharmaceutical")
    ("short-form-heads-its-name", "Kelun", "Kelun-Biotech"),
    ("longer-form-headed-by-a-name", "Kelun-Biotech Biopharmaceutical Co., Ltd.", "Kelun-Biotech"),
    ("longer-form-after-a-place", "Chengdu Kelun-Biotech Pharma", "Kelun-Biotech"),
    ("other-company-of-the-core", "Kelun Pharma", "Sichuan Kelun Pharmaceutical"),
]


@pytest.mark.parametrize(("name", "canonical"), _params(KNOWN))
def test_known_companies_resolve(builtin: CompanyRegistry, name: str, canonical: str) -> None:
    found = builtin.resolve(name)
    assert found is not None and found.canonical == canonical


def test_methods(builtin: CompanyRegistry) -> None:
    assert builtin.resolve("Pfizer Inc.").method == "exact"  # type: ignore[union-attr]
    assert builtin.resolve("Wyeth").method == "alias"  # type: ignore[union-attr]
    fuzzy = builtin.resolve("Boehringer Ingleheim")
    assert fuzzy is not None and fuzzy.method == "fuzzy" and fuzzy.canonical == "Boehringer Ingelheim"
    assert FUZZY_THRESHOLD <= fuzzy.score < 100


def test_entity_ids_are_slugs(builtin: CompanyRegistry) -> None:
    assert builtin.resolve("Bristol-Myers Squibb").entity_id == "bristol-myers-squibb"  # type: ignore[union-attr]
    assert slug("Merck & Co.") == "merck-and-co"
    assert slug("Merck KGaA") == "merck-kgaa"


def test_the_registry_is_broad(builtin: CompanyRegistry) -> None:
    assert len(builtin) >= 500


# Look-alikes: different companies that must never share an entity (and unknown ones stay unknown).
LOOK_ALIKES = [
    ("merck-co-vs-kgaa", "Merck & Co.", "Merck KGaA"),
    ("msd-vs-emd-serono", "Merck Sharp & Dohme", "EMD Serono"),
    ("novartis-vs-novavax", "Novartis", "Novavax"),
    ("amgen-vs-amneal", "Amgen", "Amneal Pharmaceuticals"),
    ("genmab-vs-genfit", "Genmab", "Genfit"),
    ("cadila-health-vs-pharma", "Cadila Healthcare", "Cadila Pharmaceuticals"),
    ("compass-pathways-vs-therapeutics", "Compass Pathways", "Compass Therapeutics"),
    ("kelun-biotech-vs-kelun-pharma", "Kelun-Biotech", "Kelun Pharmaceutical"),
    ("sk-biopharm-vs-sk-bioscience", "SK Biopharmaceuticals", "SK bioscience"),
    ("samsung-biologics-vs-bioepis", "Samsung Biologics", "Samsung Bioepis"),
    ("huadong-vs-zhejiang-medicine", "Huadong Medicine", "Zhejiang Medicine"),
    ("junshi-vs-henlius", "Shanghai Junshi Biosciences", "Shanghai Henlius Biotech"),
    ("novo-nordisk-vs-novo-holdings", "Novo Nordisk", "Novo Holdings"),
    ("wuxi-apptec-vs-biologics", "WuXi AppTec", "WuXi Biologics"),
    ("hanmi-vs-hanall", "Hanmi Pharmaceutical", "HanAll Biopharma"),
    ("takeda-vs-takara", "Takeda", "Takara Bio"),
    ("kyowa-kirin-vs-kyorin", "Kyowa Kirin", "Kyorin Pharmaceutical"),
    ("taiho-vs-taisho", "Taiho Pharmaceutical", "Taisho Pharmaceutical"),
]


@pytest.mark.parametrize(("a", "b"), _params(LOOK_ALIKES))
def test_look_alikes_stay_apart(builtin: CompanyRegistry, a: str, b: str) -> None:
    found_a, found_b = builtin.resolve(a), builtin.resolve(b)
    assert found_a is not None and found_b is not None
    assert found_a.entity_id != found_b.entity_id


UNKNOWN = [
    ("bare-merck-is-ambiguous", "Merck"),
    ("generic-words-only", "Bio Pharma Inc."),
    ("generic-words-only-2", "Therapeutics Holdings Limited"),
    ("novel-company", "Quorvantis Therapeutics"),
    ("novartis-look-alike", "Novartix Biosciences"),
    ("shared-prefix", "Amgenix Bio"),
    ("short-name-of-two-companies", "Sumitomo"),
    ("short-name-with-descriptors-of-two-companies", "Merck Research Laboratories"),
    ("head-of-two-own-names", "Mitsubishi"),
    ("place-and-descriptor-only", "Shanghai Biopharma"),
    ("other-descriptor-than-the-canonical", "Clover Health"),
    ("short-core-other-descriptor", "Sun BioPharma"),
]


@pytest.mark.parametrize("name", _params(UNKNOWN))
def test_unknown_or_ambiguous_names_do_not_resolve(builtin: CompanyRegistry, name: str) -> None:
    assert builtin.resolve(name) is None


# Fuzzy thresholds at their edges, on a registry of one company each.
def _one(name: str) -> CompanyRegistry:
    registry = CompanyRegistry()
    registry.add_entity(name)
    return registry


def test_fuzzy_accepts_a_slip_at_the_threshold() -> None:
    # 9-letter core, one letter changed: ratio 88.9, just above the threshold of 88
    found = _one("Zentorvax Therapeutics").resolve("Zentorvix Therapeutics")
    assert found is not None and found.method == "fuzzy" and found.score >= FUZZY_THRESHOLD


def test_fuzzy_rejects_a_slip_just_below_the_threshold() -> None:
    # 8-letter core, one letter changed: ratio 87.5
    assert _one("Zentorva Therapeutics").resolve("Zentorvi Therapeutics") is None


def test_fuzzy_minimum_length_edge() -> None:
    # a dropped letter scores above the threshold (7 of 8 letters: 93.3), but a 7-letter core is too short
    assert FUZZY_MIN_LENGTH == 8
    assert _one("Zentorvx Bio").resolve("Zntorvx Bio") is None
    found = _one("Zentorvax Bio").resolve("Zntorvax Bio")
    assert found is not None and found.method == "fuzzy"


def test_fuzzy_needs_the_same_first_letter_and_digits() -> None:
    assert _one("Zentorvax Bio").resolve("Sentorvax Bio") is None
    assert _one("Zentorvax2 Bio").resolve("Zentorvax3 Bio") is None


def test_fuzzy_compares_the_words_two_names_do_not_share() -> None:
    assert _one("Plyskou Immune").resolve("Plykox Immune") is None
    found = _one("Boehringer Ingelheim").resolve("Boehringer Ingleheim")
    assert found is not None


def test_a_described_canonical_name_holds_the_company_to_its_descriptors() -> None:
    registry = CompanyRegistry()
    registry.add_entity("Zentorvax Biopharmaceuticals", ["Zentorvax"])
    assert registry.resolve("Zentorvax Health") is None
    assert registry.resolve("Zentorvax Biologics") is not None
    assert registry.resolve("Zentorvax Inc.") is not None


def test_a_bare_canonical_name_takes_any_descriptor(builtin: CompanyRegistry) -> None:
    assert builtin.resolve("Novartis Oncology").canonical == "Novartis"  # type: ignore[union-attr]
    assert builtin.resolve("Bayer Vital GmbH") is None  # another distinctive word: not a descriptor


def test_descriptor_clash_blocks_a_core_match() -> None:
    registry = _one("Zentorvax Healthcare")
    assert registry.resolve("Zentorvax Pharmaceuticals") is None
    assert registry.resolve("Zentorvax") is not None
    assert registry.resolve("Zentorvax Health Inc.") is not None


# Teaching and undoing.
def test_builtin_registries_are_independent() -> None:
    first, second = CompanyRegistry.builtin(), CompanyRegistry.builtin()
    first.add_alias("Big Blue Pharma", "Pfizer")
    assert first.resolve("Big Blue Pharma") is not None
    assert second.resolve("Big Blue Pharma") is None


def test_add_entity_and_alias_round_trip() -> None:
    registry = CompanyRegistry.builtin()
    entity_id = registry.add_entity("Quorvantis Therapeutics", ["QVT"])
    assert entity_id == "quorvantis-therapeutics"
    assert registry.resolve("Quorvantis Therapeutics, Inc.").entity_id == entity_id  # type: ignore[union-attr]
    assert registry.resolve("QVT").entity_id == entity_id  # type: ignore[union-attr]
    assert registry.add_entity("Quorvantis Therapeutics") == entity_id
    assert registry.add_alias("Quorvantis Bio Labs", entity_id) == entity_id
    assert Entity(entity_id=entity_id, canonical="Quorvantis Therapeutics",
                  aliases=("QVT", "Quorvantis Bio Labs")) in list(registry.entities())


def test_a_new_entity_whose_slug_is_taken_gets_a_suffix() -> None:
    registry = CompanyRegistry()
    first = registry.add_entity("Acme Bio")
    second = registry.add_entity("Acme-Bio Holdings")
    assert (first, second) == ("acme-bio", "acme-bio-holdings")
    third = registry.add_entity("ACME BIO!")
    assert third == first


def test_an_ambiguous_name_learnt_as_a_company_is_learnt_once() -> None:
    registry = CompanyRegistry.builtin()
    assert registry.resolve("Merck") is None
    learnt = registry.add_entity("Merck")
    assert registry.add_entity("Merck") == learnt
    assert registry.resolve("Merck").entity_id == learnt  # type: ignore[union-attr]
    assert registry.resolve("Merck KGaA").canonical == "Merck KGaA"  # type: ignore[union-attr]
    assert registry.resolve("Merck & Co., Inc.").canonical == "Merck & Co."  # type: ignore[union-attr]


def test_a_taught_alias_wins_over_ambiguity() -> None:
    registry = CompanyRegistry.builtin()
    assert registry.resolve("Merck") is None
    registry.add_alias("Merck", "Merck & Co.")
    assert registry.resolve("Merck").canonical == "Merck & Co."  # type: ignore[union-attr]
    assert registry.remove_alias("Merck") is True
    assert registry.resolve("Merck") is None


def test_remove_alias_undoes_a_wrong_merge() -> None:
    registry = CompanyRegistry.builtin()
    registry.add_alias("Novavax", "Novartis")
    assert registry.resolve("Novavax").canonical == "Novartis"  # type: ignore[union-attr]
    assert registry.remove_alias("Novavax") is True
    assert registry.resolve("Novavax").canonical == "Novavax"  # type: ignore[union-attr]


def test_remove_alias_blocks_a_core_match() -> None:
    registry = CompanyRegistry.builtin()
    assert registry.resolve("Astellas Pharmaceuticals").canonical == "Astellas Pharma"  # type: ignore[union-attr]
    assert registry.remove_alias("Astellas Pharmaceuticals") is True
    assert registry.resolve("Astellas Pharmaceuticals") is None
    assert ("astellaspharmaceuticals", "astellas-pharma") in set(registry.blocked())
    assert registry.resolve("Astellas").canonical == "Astellas Pharma"  # type: ignore[union-attr]


def test_remove_alias_of_an_unknown_name_changes_nothing() -> None:
    assert CompanyRegistry.builtin().remove_alias("Quorvantis Therapeutics") is False


def test_add_alias_to_an_unknown_company_fails() -> None:
    with pytest.raises(KeyError):
        CompanyRegistry.builtin().add_alias("X", "Quorvantis Therapeutics")


# Mentions in free text.
def test_find_mentions(builtin: CompanyRegistry) -> None:
    text = (
        "Bristol-Myers Squibb (BMS) licensed the antibody from Hengrui; AstraZeneca\u2019s unit Alexion and "
        "Merck KGaA were not involved, nor was Merck & Co. 江苏恒瑞医药与默沙东达成合作."
    )
    found = [(m.text, m.canonical) for m in builtin.find_mentions(text)]
    assert found == [
        ("Bristol-Myers Squibb", "Bristol Myers Squibb"),
        ("BMS", "Bristol Myers Squibb"),
        ("Hengrui", "Jiangsu Hengrui Pharmaceuticals"),
        ("AstraZeneca", "AstraZeneca"),
        ("Alexion", "AstraZeneca"),
        ("Merck KGaA", "Merck KGaA"),
        ("Merck & Co", "Merck & Co."),
        ("江苏恒瑞医药", "Jiangsu Hengrui Pharmaceuticals"),
        ("默沙东", "Merck & Co."),
    ]
    first = builtin.find_mentions(text)[0]
    assert text[first.start : first.end] == first.text


MENTION_CASES = [
    ("abbreviation-needs-capitals", "the bms study and the gsk team", []),
    ("abbreviation-in-capitals", "GSK and AZ signed", ["GSK", "AstraZeneca"]),
    ("common-word-needs-capital", "a jazz band and a vertex of the graph", []),
    ("capitalised-word", "Jazz licensed it to Vertex.", ["Jazz Pharmaceuticals", "Vertex Pharmaceuticals"]),
    ("bare-merck-is-ambiguous", "Merck said", []),
    ("word-boundary", "AZD9291 and GSKX are codes", []),
    ("possessive", "Cellectis\u2019s lead product", ["Cellectis"]),
    ("traditional-chinese", "百濟神州與藥明生物合作", ["BeiGene", "WuXi Biologics"]),
    ("place-and-descriptor", "Zhejiang Medicine, Shanghai Pharma", ["Zhejiang Medicine", "Shanghai Pharmaceuticals"]),
]


@pytest.mark.parametrize(("text", "canonicals"), _params(MENTION_CASES))
def test_mention_rules(builtin: CompanyRegistry, text: str, canonicals: list[str]) -> None:
    assert [m.canonical for m in builtin.find_mentions(text)] == canonicals


def test_mentions_follow_run_time_additions() -> None:
    registry = CompanyRegistry.builtin()
    assert registry.find_mentions("Quorvantis Therapeutics signed") == []
    registry.add_entity("Quorvantis Therapeutics")
    found = registry.find_mentions("Quorvantis Therapeutics signed")
    assert [m.text for m in found] == ["Quorvantis Therapeutics"]


def test_lower_case_names_follow_run_time_additions() -> None:
    registry = CompanyRegistry.builtin()
    assert "quorvant bio" not in registry.lowercase_names()
    registry.add_entity("quorvant bio", aliases=["Quorvant"])
    assert "quorvant bio" in registry.lowercase_names()
    assert "Quorvant" not in registry.lowercase_names()


def test_normalize_and_registry_agree_on_keys(builtin: CompanyRegistry) -> None:
    for entity in builtin.entities():
        assert builtin.resolve(entity.canonical).entity_id == entity.entity_id, entity  # type: ignore[union-attr]
        assert normalize(entity.canonical).display


# What a name may mean: one company, the several it is ambiguous between, or none.
SENSES = [
    ("one-company", "MSD", ["Merck & Co."]),
    ("shared-short-name", "Merck", ["Merck & Co.", "Merck KGaA"]),
    ("shared-short-name-lower-case", "merck", ["Merck & Co.", "Merck KGaA"]),
    ("shared-core-with-descriptors", "Merck Research Laboratories", ["Merck & Co.", "Merck KGaA"]),
    ("shared-name-in-a-parent-clause", "Zorvane Bio, a Merck company", ["Merck & Co.", "Merck KGaA"]),
    ("three-companies", "SK", ["SK Biopharmaceuticals", "SK bioscience", "SK Chemicals"]),
    ("unknown", "Quorvantis Therapeutics", []),
    ("legal-form-alone", "S.A.", []),
]


@pytest.mark.parametrize(("name", "companies"), _params(SENSES))
def test_senses(builtin: CompanyRegistry, name: str, companies: list[str]) -> None:
    assert [s.canonical for s in builtin.senses(name)] == companies


def test_a_short_form_heading_one_of_two_names_is_that_company() -> None:
    registry = CompanyRegistry()
    registry.add_entity("Zentrix-Biotech", ["Sichuan Zentrix-Biotech Biopharmaceutical"])
    registry.add_entity("Sichuan Zentrix Pharmaceutical", ["Zentrix Pharma"])
    assert registry.resolve("Zentrix").canonical == "Zentrix-Biotech"  # type: ignore[union-attr]
    assert registry.resolve("Zentrix-Biotech Biopharmaceutical").canonical == "Zentrix-Biotech"  # type: ignore[union-attr]
    assert registry.resolve("Zentrix Pharma Co., Ltd.").canonical == "Sichuan Zentrix Pharmaceutical"  # type: ignore[union-attr]
    # heading both names, or declared as a shared name, it stays ambiguous
    registry.add_entity("Zentrix Labs")
    assert registry.resolve("Zentrix") is None
    assert len(registry.senses("Zentrix")) == 3


@pytest.mark.parametrize("name", ["S.A.", "Inc.", "Co., Ltd.", "GmbH & Co. KG", "株式会社", "--"])
def test_a_legal_form_alone_is_never_an_entity(name: str) -> None:
    registry = CompanyRegistry()
    with pytest.raises(ValueError, match="not a company name"):
        registry.add_entity(name)
    assert len(registry) == 0


def test_big_pharma_is_read_from_the_shipped_regions():
    registry = CompanyRegistry.builtin()
    assert is_big_pharma(registry, "Novartis AG")
    assert not is_big_pharma(registry, "Cellares")
    assert not is_big_pharma(registry, "Norvane Bio")  # unknown: no group
