"""normalize(): one rule a table, examples from press releases and exchange filings."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extraction.companies import is_company_name, normalize

# Legal forms of each region are dropped from the display and the key.
LEGAL_FORMS = [
    ("us-inc", "Gilead Sciences, Inc.", "Gilead Sciences"),
    ("us-incorporated", "Vertex Pharmaceuticals Incorporated", "Vertex Pharmaceuticals"),
    ("us-corp", "Incyte Corp.", "Incyte"),
    ("us-corporation", "Incyte Corporation", "Incyte"),
    ("us-llc", "Merck Sharp & Dohme LLC", "Merck Sharp & Dohme"),
    ("us-company", "Bristol-Myers Squibb Company", "Bristol-Myers Squibb"),
    ("us-and-company", "Eli Lilly and Company", "Eli Lilly"),
    ("uk-plc", "AstraZeneca PLC", "AstraZeneca"),
    ("uk-limited", "CSL Limited", "CSL"),
    ("cn-co-ltd", "Huadong Medicine Co., Ltd.", "Huadong Medicine"),
    ("cn-co-ltd-glued", "Huadong Medicine Co.,Ltd.", "Huadong Medicine"),
    ("jp-company-limited", "Takeda Pharmaceutical Company Limited", "Takeda Pharmaceutical"),
    ("jp-kk", "Chugai Pharmaceutical K.K.", "Chugai Pharmaceutical"),
    ("ch-ag", "Novartis AG", "Novartis"),
    ("fr-sa", "Sanofi S.A.", "Sanofi"),
    ("fr-sa-nodots", "UCB SA", "UCB"),
    ("eu-se", "Evotec SE", "Evotec"),
    ("nl-nv", "Galapagos NV", "Galapagos"),
    ("nl-n.v.", "Merus N.V.", "Merus"),
    ("dk-as", "Genmab A/S", "Genmab"),
    ("de-gmbh", "Boehringer Ingelheim International GmbH", "Boehringer Ingelheim International"),
    ("de-kgaa", "Merck KGaA", "Merck"),
    ("it-spa", "Chiesi Farmaceutici S.p.A.", "Chiesi Farmaceutici"),
    ("se-ab-publ", "Camurus AB (publ)", "Camurus"),
    ("holdings-limited", "CARsgen Therapeutics Holdings Limited", "CARsgen Therapeutics"),
    ("group-ltd", "Luye Pharma Group Ltd.", "Luye Pharma"),
    ("cjk-gufen", "江苏恒瑞医药股份有限公司", "江苏恒瑞医药"),
    ("cjk-kabushiki", "武田薬品工業株式会社", "武田薬品工業"),
    ("cjk-jusik", "주식회사 한미약품", "한미약품"),
]


def _params(table: Sequence[tuple[object, ...]]) -> list[object]:
    """Rows of (id, *values) as pytest params with readable ids."""
    return [pytest.param(*row[1:], id=str(row[0])) for row in table]


@pytest.mark.parametrize(("written", "display"), _params(LEGAL_FORMS))
def test_legal_forms_leave_the_display(written: str, display: str) -> None:
    assert normalize(written).display == display


def test_legal_form_is_kept_aside_to_tell_merck_apart() -> None:
    assert normalize("Merck KGaA").legal == ("kgaa",)
    assert "co" in normalize("Merck & Co., Inc.").legal
    assert normalize("Merck KGaA").key == normalize("Merck & Co.").key == "merck"


@pytest.mark.parametrize("written", ["Eli Lilly & Co.", "Merck & Co.", "Johnson & Johnson & Co"])
def test_an_ampersand_before_a_legal_form_leaves_no_empty_legal_word(written: str) -> None:
    assert all(normalize(written).legal)


def test_a_name_that_is_only_a_legal_form_plus_generic_words_keeps_its_words() -> None:
    assert normalize("The Medicines Company").display == "Medicines Company"


def test_holdings_stays_in_the_key_so_novo_holdings_is_not_novo() -> None:
    assert normalize("Novo Holdings A/S").key == "novo holdings"
    assert normalize("Novo Holdings A/S").core == "novo"


# Exchange listings in brackets give the ticker and leave the name.
TICKERS = [
    ("nyse", "Johnson & Johnson (NYSE: JNJ)", "Johnson & Johnson", "JNJ"),
    ("hkg-number", "CARsgen Therapeutics Holdings Limited (HKG: 2171)", "CARsgen Therapeutics", "2171"),
    ("two-brackets", "Sanofi (EURONEXT: SAN) (NASDAQ: SNY)", "Sanofi", "SAN"),
    ("slash-exchanges", "AstraZeneca (LSE/STO/Nasdaq: AZN)", "AstraZeneca", "AZN"),
    ("tse-and-nyse", "Takeda (TSE:4502/NYSE:TAK)", "Takeda", "TAK"),
    ("code-only", "Asymchem (002821.SZ / 6821.HK)", "Asymchem", "002821.SZ"),
    ("exchange-no-colon", "Everest Medicines (HKEX 1952.HK)", "Everest Medicines", "1952.HK"),
    ("krx", "Samsung Biologics (KRX: 207940.KS)", "Samsung Biologics", "207940.KS"),
    ("two-venues-dash", "Cellectis (Euronext Growth: ALCLS - NASDAQ: CLLS)", "Cellectis", "ALCLS"),
    ("no-brackets", "Arcturus Therapeutics, NASDAQ: ARCT", "Arcturus Therapeutics", "ARCT"),
    ("full-width", "BeiGene（NASDAQ: BGNE）", "BeiGene", "BGNE"),
    ("unknown-venue-label", "Zelgen (STAR Market: 688266)", "Zelgen", "688266"),
    ("stock-code", "WuXi Biologics (Stock Code: 2269)", "WuXi Biologics", "2269"),
    ("bare-code-and-suffix", "Celltrion (068270 KS)", "Celltrion", "068270"),
]


@pytest.mark.parametrize(("written", "display", "ticker"), _params(TICKERS))
def test_listings_give_the_ticker(written: str, display: str, ticker: str) -> None:
    n = normalize(written)
    assert (n.display, n.ticker) == (display, ticker)


# Other brackets: a place is dropped, "formerly" gives the former name, anything else a short name.
BRACKETS = [
    ("city", "Huadong Medicine (Hangzhou) Co., Ltd.", "Huadong Medicine", None, None),
    ("country", "HUTCHMED (China) Limited", "HUTCHMED", None, None),
    ("short-name", "Innate Pharma (Innate)", "Innate Pharma", "Innate", None),
    ("short-abbreviation", "Johnson & Johnson (J&J)", "Johnson & Johnson", "J&J", None),
    ("short-quoted", "Innovent Biologics (\u201cInnovent\u201d)", "Innovent Biologics", "Innovent", None),
    ("the-company-ignored", "Zymeworks Inc. (\u201cthe Company\u201d)", "Zymeworks", None, None),
    ("formerly", "Nxera Pharma (formerly Sosei Group)", "Nxera Pharma", None, "Sosei Group"),
    ("formerly-colon", "Nxera Pharma (formerly: Sosei Group)", "Nxera Pharma", None, "Sosei Group"),
]


@pytest.mark.parametrize(
    ("written", "display", "short", "former"), _params(BRACKETS)
)
def test_brackets(written: str, display: str, short: str | None, former: str | None) -> None:
    n = normalize(written)
    assert (n.display, n.short, n.former) == (display, short, former)


def test_parent_clause_is_cut_off() -> None:
    assert normalize("Kite, a Gilead Company").parent == "Gilead"
    assert normalize("Kite, a Gilead Company").display == "Kite"
    assert normalize("Spark Therapeutics, a member of the Roche Group").parent == "Roche Group"
    assert normalize("Acme Bio, a wholly-owned subsidiary of Foo Corp.").parent == "Foo Corp."
    assert normalize("Orrin Pharmaceutical Companies of Pellway & Co.").parent == "Pellway & Co."
    assert normalize("Orrin Therapeutics unit of the Pellway Group").parent == "Pellway Group"
    assert normalize("Bank of Orrin").parent is None  # no company word before "of"
    assert normalize("The Company of biologists").parent is None  # the parent's name starts small


def test_places_after_a_comma_are_dropped() -> None:
    assert normalize("Merck KGaA, Darmstadt, Germany").display == "Merck"


# The key: accents, case, '&'/'and', punctuation and CamelCase descriptors.
KEYS = [
    ("case", "SANOFI", "sanofi"),
    ("hyphen", "Boehringer-Ingelheim", "boehringer ingelheim"),
    ("ampersand", "Johnson & Johnson", "johnson and johnson"),
    ("and", "Johnson and Johnson", "johnson and johnson"),
    ("accent", "Grünenthal", "grunenthal"),
    ("accent-e", "Dompé", "dompe"),
    ("eszett", "Weißbio", "weissbio"),
    ("apostrophe", "Dr. Reddy's Laboratories", "dr reddy s laboratories"),
    ("camel-descriptor", "DualityBio", "duality bio"),
    ("camel-kept", "BeiGene", "beigene"),
    ("dots", "inno.N", "inno n"),
    ("dotted-initials", "Takeda Pharmaceuticals U.S.A.", "takeda pharmaceuticals usa"),
]


@pytest.mark.parametrize(("written", "key"), _params(KEYS))
def test_key(written: str, key: str) -> None:
    assert normalize(written).key == key


def test_spacing_does_not_change_the_compact_key() -> None:
    assert normalize("Astra Zeneca").compact == normalize("AstraZeneca").compact


# The core: the distinctive words only.
CORES = [
    ("descriptor", "Neurocrine Biosciences", "neurocrine", False),
    ("province-in-front", "Sichuan Kelun-Biotech Biopharmaceutical", "kelun", False),
    ("region-after", "Mitsubishi Tanabe Pharma America", "mitsubishitanabe", False),
    ("dotted-country", "Takeda Pharmaceuticals U.S.A., Inc.", "takeda", False),
    ("roman-numeral", "Celgene International II Sàrl", "celgene", False),
    ("r-and-d", "Janssen Research & Development, LLC", "janssen", False),
    ("unit-words", "Takeda Development Center Americas, Inc.", "takeda", False),
    ("investment-arm", "AstraZeneca Investment (China) Co., Ltd.", "astrazeneca", False),
    ("glued-bio", "Bio-Thera Solutions", "biothera", False),
    ("place-only", "Zhejiang Medicine", "zhejiang", True),
    ("generic-only", "Bio Pharma Inc.", "biopharmainc", True),
    ("cjk-descriptor", "恒瑞医药", "恒瑞", False),
    ("cjk-province", "江苏恒瑞医药", "恒瑞", False),
    ("cjk-place-only", "浙江医药", "浙江", True),
    ("jp-descriptor", "武田薬品工業", "武田", False),
    ("kr-descriptor", "한미약품", "한미", False),
    ("traditional-chinese", "華東醫藥", "华东", False),
]


# A legal form alone names no company; a name with one word of its own does.
LEGAL_ONLY = [
    ("dotted", "S.A.", True),
    ("plain", "Inc.", True),
    ("two-forms", "Co., Ltd.", True),
    ("forms-and-connector", "GmbH & Co. KG", True),
    ("cjk-form", "株式会社", True),
    ("punctuation", "--", True),
    ("with-a-name", "Acme S.A.", False),
    ("generic-words", "Bio Pharma Inc.", False),
    ("form-letters-in-a-name", "SA Pharma", False),
    ("abbreviation", "AB Science", False),
]


@pytest.mark.parametrize(("written", "legal_only"), _params(LEGAL_ONLY))
def test_legal_form_alone(written: str, legal_only: bool) -> None:
    assert normalize(written).legal_only is legal_only
    assert is_company_name(written) is not legal_only


@pytest.mark.parametrize(("written", "core", "generic_only"), _params(CORES))
def test_core(written: str, core: str, generic_only: bool) -> None:
    n = normalize(written)
    assert (n.core, n.generic_only) == (core, generic_only)


def test_descriptor_families() -> None:
    assert normalize("Cadila Healthcare").families == frozenset({"health"})
    assert normalize("Cadila Pharmaceuticals").families == frozenset({"pharma"})
    assert normalize("Duality Biotherapeutics").families == frozenset({"bio", "therapeutics"})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("BMS", True), ("J&J", True), ("MTPC", True), ("Chi-Med", False), ("Genmab", False), ("AZ", True)],
)
def test_abbreviation_flag(written: str, expected: bool) -> None:
    assert normalize(written).abbreviation is expected


def test_normalize_is_frozen() -> None:
    n = normalize("Pfizer Inc.")
    with pytest.raises(ValueError):
        n.display = "x"  # type: ignore[misc]
