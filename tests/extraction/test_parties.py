"""Parties and roles: who signed, folded across spellings, and what each does."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.companies import CompanyRegistry
from extraction.parties import _not_a_company, find_parties, is_named_company, names_in_sentence
from extraction.pipeline import Extractor
from extraction.text import Sentence, read_article


def _parties(text: str) -> dict[str, str]:
    result = extract(text)
    assert result.deal is not None, result.reason
    return {p.name: p.role for p in result.deal.parties}


CASES = [
    ("subject-list-with-appositives",
     "Norvane Bio Inc. (NASDAQ: NRVB), a clinical-stage company, and Kestrel Pharma Co., Ltd. (TSE: 4599), a Japanese "
     "drugmaker, today announced an exclusive license agreement. Kestrel Pharma will pay Norvane Bio $20 million "
     "upfront.",
     {"Norvane Bio": "licensor", "Kestrel Pharma": "licensee"}),
    ("descriptor-before-name",
     "Gene therapy specialist Corvid Genetics has entered into a collaboration with French drugmaker Ilex "
     "Pharmaceuticals. Ilex Pharmaceuticals will pay Corvid Genetics $5 million upfront.",
     {"Corvid Genetics": "licensor", "Ilex Pharmaceuticals": "licensee"}),
    ("three-parties",
     "Halvard Therapeutics, Ostrin Bio and Tamsin Bio have entered into a research collaboration on radioligands.",
     {"Halvard Therapeutics": "partner", "Ostrin Bio": "partner", "Tamsin Bio": "partner"}),
    ("acquirer-and-target",
     "Halvard Therapeutics to acquire Ostrin Bio\n\nHalvard Therapeutics has agreed to acquire Ostrin Bio for "
     "$900 million in cash.",
     {"Halvard Therapeutics": "acquirer", "Ostrin Bio": "target"}),
    ("manufacturer-and-client",
     "Brightwell Biologics signed a manufacturing agreement with Halvard Therapeutics. Brightwell Biologics will "
     "provide GMP manufacturing of Halvard's cell therapies.",
     {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"}),
    ("grants-license",
     "Tamsin Bio has granted Orrery Pharma an exclusive license to TB-7 in Europe under a new agreement.",
     {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("unknown-descriptor-words",
     "Ostrin Bio has entered an agreement to grant Danish diabetes care giant Halvard Therapeutics commercial licenses "
     "to its antibody platform.",
     {"Ostrin Bio": "licensor", "Halvard Therapeutics": "licensee"}),
    ("licensor-in-a-leading-clause",
     "Four months after gene editing company Corvid Genetics took CG-101 into the clinic, Ilex Pharmaceuticals has "
     "secured the local rights to the drug for $20 million upfront.",
     {"Corvid Genetics": "licensor", "Ilex Pharmaceuticals": "licensee"}),
    ("licensing-and-payment-from",
     "Kestrel Pharma and Norvane Bio expanded their collaboration, with Kestrel Pharma licensing Norvane's NK cell "
     "engager platform. Norvane will get an upfront payment of $25m from Kestrel Pharma.",
     {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("two-receivers",
     "Kestrel Pharma, Norvane Bio and Ostrin Bio have entered into an exclusive licensing agreement. Norvane Bio and "
     "Ostrin Bio will receive an upfront payment of $10m.",
     {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor", "Ostrin Bio": "licensor"}),
    ("dateline-city-then-descriptor",
     "Leiden, the Netherlands-based biotechnology group Ostrin Bio NV has signed a partnering agreement with "
     "affiliates of Marrow Royalty Fund II valued at $30 million.",
     {"Ostrin Bio": "partner", "Marrow Royalty Fund II": "partner"}),
    ("capitals-and-wire-prefix",
     "BRIEF-Kestrel Pharma has entered into an exclusive licence agreement with NORVANE PHARMA CO.,LTD for KP-3.",
     {"Kestrel Pharma": "partner", "NORVANE PHARMA": "partner"}),
    ("acquired-by",
     "Norvane Bio to be acquired by Kestrel Pharma (KSTR) for $10.75 per share in cash.",
     {"Norvane Bio": "target", "Kestrel Pharma": "acquirer"}),
    ("nationality-that-is-part-of-the-name-keeps-the-deal-sentence",
     "ADC Therapeutics SA ADCT has entered into an exclusive license agreement with Swedish Orphan Biovitrum AB for "
     "the development and commercialization of Zynlonta.",
     {"ADC Therapeutics": "partner", "Swedish Orphan Biovitrum": "partner"}),
    ("ticker-after-legal-form",
     "Norvane Bio SA NRVB has entered into an exclusive license agreement with Kestrel Pharma AB KSTR for NB-3.",
     {"Norvane Bio": "partner", "Kestrel Pharma": "partner"}),
    ("receiver-named-without-its-legal-form-and-a-common-first-word",
     "Cell Vector SA has entered into an exclusive license agreement with Kestrel Pharma AB for NB-3. "
     "Cell Vector will receive an upfront payment of $15 million.",
     {"Cell Vector": "licensor", "Kestrel Pharma": "licensee"}),
    ("a-headline-verb-of-the-trade-press-ends-the-subject",
     "Kestrel Pharma grabs Norvane Bio's ADC in $900M pact\n\nThe deal was announced on Monday.",
     {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("shaking-hands-is-no-deal-verb",
     "Norvane Bio shakes hands on $2bn Kestrel Pharma takeover offer\n\nNorvane Bio directors have agreed a takeover "
     "offer from Kestrel Pharma.",
     {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("another-companys-partner-is-the-party",
     "Halvard Therapeutics has licensed Greater China rights to OB-11 from Ostrin Bio's partner Tamsin Pharma for $15 "
     "million upfront.",
     {"Halvard Therapeutics": "licensee", "Tamsin Pharma": "licensor"}),
    ("tapped-a-company-named-after-its-country",
     "Kestrel Pharma has tapped South Korea's Norvane Bio for rights to a T-cell engager, paying $50 million upfront.",
     {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("licensed-to-after-a-long-object",
     "Tamsin Bio has licensed global rights outside Greater China for its GLP-1/GIP dual receptor agonist TB-25 to "
     "Orrery Therapeutics, a newly formed company.",
     {"Tamsin Bio": "licensor", "Orrery Therapeutics": "licensee"}),
    ("a-backer-named-in-an-appositive-is-no-party",
     "Tamsin Bio said it has out-licensed TB-25 for $80 million upfront. The buyer is Orrery Therapeutics, a newly "
     "formed company launched by Halvard Capital.",
     {"Tamsin Bio": "licensor", "Orrery Therapeutics": "licensee"}),
    ("home-country-after-the-legal-form",
     "Norvane Bio AB of Sweden and Switzerland-based Kestrel Pharma AG have entered a license agreement granting the "
     "former exclusive worldwide rights to KP-5. Kestrel will receive an upfront payment of $4 million.",
     {"Norvane Bio": "licensee", "Kestrel Pharma": "licensor"}),
    ("known-company-written-in-lower-case",
     "bluebird bio said it agreed to be acquired by Halvard Capital Partners for $30 million in cash.",
     {"bluebird bio": "target", "Halvard Capital Partners": "acquirer"}),
    ("stands-to-receive",
     "Kestrel Pharma and Norvane Bio have entered into a research collaboration and license agreement. Norvane "
     "stands to receive up to $300m in upfront and milestone payments.",
     {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("is-entitled-to",
     "Kestrel Pharma and Norvane Bio have entered into a research collaboration. Under the terms, Norvane is "
     "entitled to upfront payments of $5 million.",
     {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("receives-rights-is-the-licensee",
     "Kestrel Pharma and Norvane Bio signed a license agreement for NB-4. Kestrel will receive exclusive rights to "
     "NB-4 in Europe and pay Norvane $12 million upfront.",
     {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("cdmo-descriptor-before-name",
     "Contract development and manufacturing organization Brightwell Biologics has signed a long-term supply "
     "agreement with Halvard Therapeutics valued at $200 million.",
     {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"}),
    ("cdmo-appositive",
     "Brightwell Biologics, a leading contract development and manufacturing organization (CDMO), has entered into "
     "a manufacturing agreement with Halvard Therapeutics worth $90 million.",
     {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"}),
    ("secures-a-cdmo-contract",
     "Brightwell Biologics secured a 90.5 billion won ($65.2 million) deal for contract development and "
     "manufacturing with Halvard Therapeutics for HT-2.",
     {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"}),
    ("provides-hyphenated-manufacturing",
     "Brightwell Biologics signed a supply agreement with Halvard Therapeutics. Brightwell Biologics will provide "
     "large-scale commercial manufacturing of Halvard's antibodies.",
     {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_parties_and_roles(text, expected):
    assert _parties(text) == expected


def test_spellings_of_one_company_are_one_party():
    text = (
        "Kestrel Pharma Co., Ltd. and Norvane Bio have entered into a license agreement. Kestrel will pay Norvane "
        "$10 million upfront, and Kestrel Pharma gains rights in Japan."
    )
    deal = extract(text).deal
    assert deal is not None
    assert [p.name for p in deal.parties] == ["Kestrel Pharma", "Norvane Bio"]
    assert "Kestrel Pharma Co., Ltd." in deal.parties[0].aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tamsin Bio Announces $325 Million Royalty Agreement with Orrery Royalty Partners\n\nOrrery to acquire a "
            "portion of Tamsin's royalty on net sales of QUELMIRA\n\nTamsin Bio, Inc. today announced a royalty "
            "purchase agreement with Orrery Royalty Partners, under which Orrery will pay Tamsin $250 million upfront.",
            ["Tamsin Bio", "Orrery Royalty Partners"], id="a-first-word-is-the-short-form-of-a-longer-name",
        ),
        pytest.param(
            "Merck KGaA and Merck & Co. sign license pact\n\nMerck to license NB-4 from Merck KGaA\n\nMerck KGaA has "
            "entered into a license agreement with Merck & Co. for NB-4.",
            ["Merck KGaA", "Merck & Co."], id="two-companies-the-registry-tells-apart",
        ),
    ],
)
def test_a_one_word_name_is_the_short_form_of_the_party_it_begins(text: str, expected: list[str]) -> None:
    deal = extract(text).deal
    assert deal is not None
    assert [p.name for p in deal.parties] == expected


def test_a_short_name_the_registry_knows_is_the_partys():
    # the first word of "Eli Lilly and Company" is a given name; the story goes on with "Lilly"
    text = (
        "Norvane Bio and Eli Lilly and Company have signed a license agreement for NB-7. "
        "Lilly will receive worldwide commercialization rights to NB-7 and pay Norvane $40 million upfront."
    )
    deal = extract(text).deal
    assert deal is not None
    lilly = next(p for p in deal.parties if "Lilly" in p.name)
    assert "Lilly" in lilly.aliases
    assert (lilly.role, deal.territory) == ("licensee", "worldwide")


def test_a_deal_sentence_naming_a_party_with_its_nationality_still_gives_the_terms():
    text = (
        "ADC Therapeutics SA ADCT has entered into an exclusive license agreement with Swedish Orphan Biovitrum AB "
        "for the development and commercialization of Zynlonta."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.assets == ("Zynlonta",)


def test_subsidiary_signing_for_parent_is_the_parent():
    text = "Genentech, a member of the Roche Group, and Norvane Bio have entered into a license agreement for NB-2."
    deal = extract(text).deal
    assert deal is not None
    assert len(deal.parties) == 2


@pytest.mark.parametrize("tickers", ["", "(OTCPK:KSTLY) (OTCPK:KSTLF) "])
def test_a_unit_named_after_its_parents_possessive_and_tickers_is_the_parent(tickers: str) -> None:
    text = (f"- China's Kestrel Biopharmaceutical's {tickers}unit Halden Pharma is acquiring Norvane Therapeutics "
            "(NASDAQ:NRVN) in a $161M all-cash deal.\n- U.K.-based Halden will begin a tender offer to acquire all the "
            "shares of Norvane at $7.12/share.")
    deal = extract(text).deal
    assert deal is not None and len(deal.parties) == 2


@pytest.mark.parametrize(("name", "named"), [("Group", False), ("Pharma", False), ("Tamsin Group", True),
                                             ("Orrery Pharma", True)])
def test_a_company_word_alone_names_no_company(name: str, named: bool) -> None:
    """'together with its subsidiaries, the "Group"': the filing's word for the issuer, not another party."""
    assert is_named_company(name, CompanyRegistry.builtin()) is named


def test_companies_mentioned_in_passing_are_not_parties():
    text = (
        "Kestrel Pharma and Norvane Bio have entered into a license agreement for NB-5. "
        "Norvane Bio already has alliances with Pfizer and Novartis. "
        "Separately, AstraZeneca reported quarterly results."
    )
    deal = extract(text).deal
    assert deal is not None
    assert {p.name for p in deal.parties} == {"Kestrel Pharma", "Norvane Bio"}


# A filing's defined term for a party is that party wherever the filing uses it.
DEFINED_TERM_CASES = [
    ("the-company-of-a-filing",
     'VOLUNTARY ANNOUNCEMENT\nLICENSE AGREEMENT FOR TB-7\n\nThis announcement is made by Tamsin Bio Co., Ltd. (the '
     '"Company") on a voluntary basis. The board is pleased to announce that the Company entered into an exclusive '
     'license agreement with Orrery Pharma Ltd. ("Orrery"), pursuant to which the Company granted Orrery an '
     "exclusive license to TB-7 in mainland China.",
     {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("a-licensor-so-defined",
     'Tamsin Bio Inc. (“Licensor”) and Orrery Pharma AG have entered into a license agreement for TB-7. Licensor '
     "will receive $10 million upfront.",
     {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("a-filings-word-for-the-deal-is-no-party",
     'Kestrel Pharma Inc. Asset Purchase Agreement\nOn May 2, 2024, we entered into an Asset Purchase Agreement (the '
     '"Agreement") with Kestrel Pharma Inc. ("Kestrel"). Upon the closing of the transaction contemplated by the '
     'Agreement (the "Transaction"), Kestrel will pay us $12.0 million. The Transaction is expected to close in '
     "June 2024.",
     {"Kestrel Pharma": "acquirer"}),
    ("a-short-form-defined-after-the-name",
     'On May 2, 2024, the Company entered into a commercial payment purchase agreement (the "Tamsin Agreement") '
     'with Tamsin Research AS ("Tamsin"), a Danish biotech company, and paid Tamsin $6.0 million.',
     {"Tamsin": "licensor"}),
    ("no-definition-no-party",
     "Orrery Pharma has entered into a license agreement with Tamsin Bio for TB-7, and the Company will pay Tamsin "
     "Bio $5 million upfront.",
     {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in DEFINED_TERM_CASES])
def test_a_filings_defined_term_is_its_party(text, expected):
    assert _parties(text) == expected


# Which sentences name the parties: the headline and the lead announce the article's own deal.
READING_CASES = [
    ("lead-sentence-names-both-parties",
     "Kestrel Pharma and Norvane Bio are expanding a drug discovery collaboration that dates back to 2014. "
     "Kestrel will pay $200 million up front for six new targets.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("headline-parties-settle-a-later-from-slot",
     "Ostrin Bio and Tamsin Bio enter royalty agreement for up to $1 billion\n\n"
     "Tamsin Bio to pay Ostrin Bio $500 million upfront, and Ostrin Bio retains all milestones from Halvard "
     "Therapeutics for TB-2.",
     {"Ostrin Bio", "Tamsin Bio"}),
    ("headline-parties-and-the-partner-of-both",
     "Ostrin Bio and Tamsin Bio enter radioligand pact\n\n"
     "Ostrin Bio and Tamsin Bio have entered into a three-way research collaboration with Halvard Therapeutics.",
     {"Ostrin Bio", "Tamsin Bio", "Halvard Therapeutics"}),
    ("a-round-ups-headline-deal-names-the-parties",
     "Kestrel Pharma deals twice, ending week with $300M Norvane Bio tie up\n\n"
     "Kestrel Pharma has announced two deals this week. Friday's tie-up involves $300 million for Norvane Bio to "
     "work on lung diseases.\n\nOn Wednesday Kestrel signed a cell therapy partnership with Halden Biosciences, "
     "which could reach $500 million. The deal includes an upfront payment to Halden Biosciences.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-headline-with-no-priced-deal-leaves-the-lead-to-name-them",
     "Kestrel Pharma deals twice this week\n\n"
     "Kestrel Pharma has signed a cell therapy partnership with Halden Biosciences, which could reach $500 million. "
     "The deal includes an upfront payment to Halden Biosciences.",
     {"Kestrel Pharma", "Halden Biosciences"}),
    ("a-headlines-other-item-before-a-semicolon-names-no-party",
     "Kestrel Pharma prunes three drugs from its pipeline; Norvane Bio in-licenses ear drug\n\n"
     "Kestrel Pharma has dropped three programmes. Norvane Bio has licensed the QX-935 program from Quillon Biotech "
     "for $5 million upfront.",
     {"Norvane Bio", "Quillon Biotech"}),
    ("a-subject-list-with-tickers-in-brackets-keeps-its-names",
     "Kestrel Pharma (NASDAQ: KSTL; TSE: 4599) and Norvane Bio have entered into a license agreement for NB-5.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("headline-parties-and-a-third-in-the-subject-list",
     "Ostrin Bio and Tamsin Bio enter radioligand pact\n\n"
     "Ostrin Bio, Tamsin Bio and Halvard Therapeutics have entered into a research collaboration.",
     {"Ostrin Bio", "Tamsin Bio", "Halvard Therapeutics"}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in READING_CASES])
def test_parties_from_the_headline_and_lead(text, expected):
    assert set(_parties(text)) == expected


# Names that are never a party, each with a look-alike that is one.
NOT_A_PARTY_CASES = [
    ("the-company-of-the-assets-earlier-deal",
     "Kestrel Royalty has agreed to acquire the rights to royalty payments on four antibodies from Norvane Bio, of "
     "which two are candidates covered by a collaboration with Ostrin Pharma. Kestrel Royalty will pay $8 million "
     "upfront.",
     {"Kestrel Royalty", "Norvane Bio"}),
    ("a-collaboration-covering-assets-names-its-partner",
     "Kestrel Pharma has entered into a collaboration with Ostrin Pharma covering two antibodies. Kestrel Pharma "
     "will pay $8 million upfront.",
     {"Kestrel Pharma", "Ostrin Pharma"}),
    ("a-filings-note-heading-is-no-company",
     "Note 4 – License Agreement for KP-2\n\nAs described in Note 1, we entered into an exclusive license agreement "
     "with Kestrel Pharma to develop KP-2.",
     {"Kestrel Pharma"}),
    ("an-aside-dating-another-purchase-in-the-first-sentence",
     "Kestrel Pharma, Inc., just a few months after its $2.1 billion purchase of Halden Bio, Inc., has signed a "
     "partnership agreement to co-develop cancer drugs with Norvane Therapeutics. Kestrel will pay $100 million "
     "upfront.",
     {"Kestrel Pharma", "Norvane Therapeutics"}),
    ("a-first-sentence-naming-three-signers-keeps-them",
     "Kestrel Pharma, Halden Bio and Norvane Therapeutics have signed a partnership agreement to co-develop cancer "
     "drugs. Kestrel will pay $100 million upfront.",
     {"Kestrel Pharma", "Halden Bio", "Norvane Therapeutics"}),
    ("a-company-named-after-a-doctor",
     "Dr Halvorsen's Laboratories said it has inked a pact with US-based Kestrel Pharma to sell its rights to NB-7. "
     "Under the deal, Dr Halvorsen's will receive $20 million upfront.",
     {"Dr Halvorsen's Laboratories", "Kestrel Pharma"}),
    ("a-doctor-is-still-a-person",
     "Dr Halvorsen said Norvane Bio has entered into a licence agreement with Kestrel Pharma for NB-7.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-place-of-incorporation-is-no-name",
     "Norvane Bio has entered into an exclusive licensing agreement with Ireland-incorporated Kestrel Pharma for NB-4.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-drugmaker-in-a-title-case-headline",
     "Kestrel Pharma to Buy US Drugmaker Norvane Bio for $2.4 Bln\n\nNorvane Bio said Kestrel Pharma will acquire "
     "the cancer drugmaker for $2.4 billion.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-nations-people-is-no-company",
     "The Danes will receive $175 million upfront\n\nThe Danish biotech Norvane Bio has entered into a licence "
     "with Kestrel Pharma that will see the Danes receive $175 million upfront.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-shareholder-telling-of-its-holdings-deal",
     "Marrow Capital Plc announced Friday that antibody discovery company Norvane Bio has entered into a "
     "collaboration with Kestrel Pharma AG. Norvane Bio will receive $10 million upfront.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-reporter-of-its-own-deal-is-a-party",
     "Norvane Bio announced today that it has entered into a license agreement with Kestrel Pharma.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-kin-in-an-appositive",
     "Norvane Bio Ltd. (Norvane), an entity affiliated with Ostrin Holdings Ltd., announced a license agreement "
     "that grants Kestrel Pharma an option to NB-2.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-failed-deal-in-a-leading-clause",
     "Kestrel Pharma buys Norvane Bio\n\nTwo years after Kestrel Pharma's deal to purchase Ostrin Bio fell "
     "through, the drugmaker is back with a bigger acquisition. Kestrel Pharma has agreed to buy Norvane Bio for "
     "$600 million.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("two-parties-joined-by-a-conjunction",
     "Norvane Bio announced a $5 million milestone payment to Norvane Bio under a license agreement between "
     "Norvane Bio and Kestrel Pharma.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("outlet-is-not-a-party",
     "Kestrel Therapeutics lands $150M antibody pact\n\nKestrel Therapeutics will receive $150 million upfront "
     "under a license agreement, its CEO told Fierce Biotech in an interview.",
     {"Kestrel Therapeutics"}),
    ("place-alone-is-not-a-party",
     "Nanjing, China-based pharma Kestrel Pharma will pay up to $4 billion in a deal with Norvane Bio. "
     "Kestrel Pharma is based in Nanjing.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("place-inside-a-name-is-a-party",
     "Nanjing Kestrel Pharma has signed a license agreement with Norvane Bio for NB-8.",
     {"Nanjing Kestrel Pharma", "Norvane Bio"}),
    ("asset-phrase-is-not-a-party",
     "Kestrel Pharma to Acquire Portfolio of Travel Vaccines from Norvane Bio",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("asset-word-starting-a-company-name",
     "Royalty Partners Fund signs royalty agreement with Norvane Bio for NB-8.",
     {"Royalty Partners Fund", "Norvane Bio"}),
    ("a-legal-form-alone-is-not-a-party",
     "Kestrel Pharma Completes Acquisition of Norvane Bio\n\nKestrel Pharma, Inc. today announced that it has "
     "completed its acquisition of Norvane Bio.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("who-backs-a-company-is-not-its-name",
     "Novo-backed Kestrel Bio signs $50M deal with Norvane Therapeutics\n\nKestrel Bio will receive $50 million "
     "upfront from Norvane Therapeutics for NB-1.",
     {"Kestrel Bio", "Norvane Therapeutics"}),
    ("title-case-headline-preposition-ends-the-name",
     "Norvane Bio Enters Into Exclusive License Agreement With Kestrel Pharma For NB-7\n\n"
     "Norvane Bio today announced it has entered into an exclusive license agreement with Kestrel Pharma.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-conjunction-before-a-possessive-pronoun-ends-the-name",
     "Kestrel Pharma to Acquire Norvane Therapeutics and Its Investigational Immune Activator\n\n"
     "Kestrel Pharma has agreed to acquire Norvane Therapeutics for $10.50 per share in cash.",
     {"Kestrel Pharma", "Norvane Therapeutics"}),
    ("an-officer-title-is-not-part-of-the-name",
     "Halvard Ostrin, CEO of Kestrel Therapeutics, said the company signed a license agreement with Norvane Bio "
     "for NB-3.",
     {"Kestrel Therapeutics", "Norvane Bio"}),
    ("a-person-with-a-degree-is-not-a-party",
     "Jane Corvid, M.D., is no procrastinator: Kestrel Therapeutics signed a license agreement with Norvane Bio "
     "for NB-3. Corvid planned the trip for months.",
     {"Kestrel Therapeutics", "Norvane Bio"}),
    ("a-person-with-an-office-is-not-a-party",
     "Jane Corvid (left), co-founder of Halvard Capital, and Kestrel Pharma signed a license agreement with "
     "Norvane Bio for NB-3. Corvid said the deal is a good one.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-company-whose-officer-is-named-after-it",
     "Kestrel Pharma, whose CEO Jane Corvid founded it, signed a license agreement with Norvane Bio for NB-3.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-heading-in-capitals-is-not-a-party",
     "ENTERING INTO AN EXCLUSIVE LICENSE AGREEMENT FOR TB-7\n\nTamsin Bio has entered into an exclusive license "
     "agreement with Orrery Pharma for TB-7.\n\nREASONS FOR ENTERING INTO THE AGREEMENT\n\nOrrery will pay $5m.",
     {"Tamsin Bio", "Orrery Pharma"}),
    ("holders-of-a-company-are-not-a-party",
     "RECOMMENDED CASH ACQUISITION OF TAMSIN BIO PLC BY ORRERY PHARMA INC.\n\nThe boards of Orrery Pharma Inc. "
     '("Orrery") and Tamsin Bio plc ("Tamsin") have reached agreement on the terms of a recommended cash acquisition '
     "of Tamsin by Orrery. Under the terms of the Acquisition, Tamsin Shareholders will be entitled to receive 230 "
     "pence in cash for each Tamsin Share.",
     {"Orrery Pharma", "Tamsin Bio"}),
    ("title-case-headline-verb-ends-the-name",
     "Kestrel Pharma Wins Two Drugs, Licenses Others From Norvane Bio\n\n"
     "Kestrel Pharma has signed a license agreement with Norvane Bio for NB-9.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-merger-subsidiary-is-its-buyers-vehicle",
     'On March 3, 2024, the Company, Kestrel Pharma, Inc. ("Kestrel"), Quillon Holdco, Inc., a wholly owned '
     'subsidiary of Kestrel ("Holdco"), and Alder Merger Sub, Inc., a wholly owned subsidiary of Holdco ("Merger '
     'Sub"), entered into an Agreement and Plan of Merger. Merger Sub will be merged with and into Norvane, with '
     "Norvane surviving as a wholly owned subsidiary of Holdco. Each Norvane share will be exchanged for 0.4 shares.",
     {"Kestrel Pharma", "Norvane"}),
    ("an-acquisition-subsidiary-is-its-buyers-vehicle",
     'Norvane Bio, Inc., Kestrel Pharma, Inc. and Kestrel Acquisition Corp., a Delaware corporation and a wholly '
     "owned subsidiary of Kestrel Pharma, have entered into a merger agreement under which Kestrel Pharma will pay "
     "$12.00 per share in cash.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("an-asset-phrase-in-a-headline-is-no-party",
     "Kestrel Pharma Acquires Respiratory Product Assets for Europe from Norvane Bio\n\n"
     "Kestrel Pharma has agreed to acquire product assets for Europe from Norvane Bio for $90 million.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-company-named-for-its-royalties-is-a-party",
     "Quillon Royalty has agreed to acquire royalties on NB-4 from Norvane Bio for $90 million. Quillon Royalty will "
     "pay Norvane Bio $90 million upfront.",
     {"Quillon Royalty", "Norvane Bio"}),
    ("a-brand-is-no-party",
     "Kestrel Pharma and Norvane Bio today announced that they have entered into a license agreement to commercialize "
     "QUILVEX® in Canada, as well as an asset purchase agreement for certain mature products (together with "
     "QUILVEX®, the \u201cProducts\u201d). Kestrel will sell QUILVEX in Canada.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-filings-word-for-an-unnamed-side-is-no-party",
     "On 3 May 2024, Alderbrook, a subsidiary of the Company, as the licensee, entered into the License Agreement with "
     "the Licensor, pursuant to which the Licensor has agreed to grant an exclusive license to Alderbrook. The "
     "Licensor will receive $2 million.",
     {"Alderbrook"}),
    ("the-source-of-the-news-is-no-party",
     "According to Halden Finance Daily, Kestrel Pharma and Norvane Bio have signed a license agreement relating to "
     "NB-12. Halden Finance Daily said the deal is worth $30 million.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-party-telling-of-its-deal-is-a-party",
     "According to Kestrel Pharma, the license agreement with Norvane Bio for NB-12 is worth $30 million.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-special-purpose-acquisition-company-is-a-party",
     "Brightwell Acquisition Corp., a special purpose acquisition company, and Kestrel Bio, Inc. have entered into "
     "a definitive merger agreement valued at $300 million.",
     {"Brightwell Acquisition", "Kestrel Bio"}),
    ("an-adviser-tells-of-its-clients-deal",
     "Law firm Quillon Alder has advised the German drug group Kestrel Pharma in connection with the acquisition of "
     "all shares in Norvane Bio GmbH for EUR 200 million.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("an-adviser-of-several-clients",
     "Global law firm Quillon & Alder has guided investment firm Marrow Royalty Partners (MRP) and asset manager "
     "Halden Capital on their USD 250 million acquisition of royalty interest in NB-4 from biopharmaceutical company "
     "Norvane Bio.",
     {"Marrow Royalty Partners", "Halden Capital", "Norvane Bio"}),
    ("an-advised-party-still-signs",
     "Kestrel Pharma, advised by Quillon Partners, has agreed to acquire Norvane Bio for $300 million. Kestrel Pharma "
     "was advised by Alder Brothers on its acquisition of Norvane Bio.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("advice-on-no-deal-makes-no-adviser",
     "Kestrel Pharma has advised Norvane Bio that it will pay $20 million upfront under their licence agreement for "
     "NB-2.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("the-source-after-a-bracketed-headline-is-no-party",
     "[Kestrel Pharma: obtains a global licence for Norvane Bio's antibody NB-9] According to Halden Data on May 3, "
     "Kestrel Pharma and Norvane Bio announced that Kestrel Pharma has agreed to obtain a licence for NB-9.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-party-after-a-bracketed-headline-is-a-party",
     "[Kestrel Pharma: obtains a global licence] According to Kestrel Pharma, the licence agreement with Norvane Bio "
     "for NB-9 is worth $30 million.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-disease-named-after-a-person-is-no-party",
     "Kestrel Pharma has signed a licensing agreement with Norvane Bio to develop a new Halvard's disease therapy "
     "candidate.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-filings-announcement-heading-and-a-leading-adverb-are-no-parties",
     "Kestrel Biomedical Announcement No.: 2024-017\nAnnouncement on the signing of the license agreement\n\n"
     "Recently, Kestrel Biomedical Co., Ltd. signed a License Agreement with Norvane Bio. Kestrel Biomedical will pay "
     "Norvane Bio a down payment and milestone payments.",
     {"Kestrel Biomedical", "Norvane Bio"}),
    ("a-company-named-announcement-words-inside-is-one",
     "Kestrel Notice Pharma has signed a license agreement with Norvane Bio for NB-3.",
     {"Kestrel Notice Pharma", "Norvane Bio"}),
    ("a-gene-symbol-with-a-greek-letter-is-no-company",
     "Kestrel Pharma will acquire Norvane Bio's PI3Kδ inhibitor program NB-44 for $900 million. NB-44 is a "
     "mutant-selective PI3Kδ inhibitor; Norvane Bio keeps its non-PI3Kδ assets.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-company-whose-name-ends-in-a-greek-word-is-one",
     "Kestrel Pharma has signed a licence agreement with Norvane Alpha Bio for NB-2.",
     {"Kestrel Pharma", "Norvane Alpha Bio"}),
    ("a-companys-candidate-is-its-own",
     "Kestrel Pharma has signed a deal for Norvane Bio's antibody candidate NB-4.",
     {"Kestrel Pharma", "Norvane Bio"}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in NOT_A_PARTY_CASES])
def test_names_that_are_not_parties(text, expected):
    assert set(_parties(text)) == expected


# The shape of a name in a slot: two names joined, a possessive in front, a unit and its parent.
NAME_SHAPE_CASES = [
    ("two-partners-joined-by-and",
     "Kestrel Pharma is spreading its bets, inking similar two-target deals with Tamsinix and Orreryon. The deals "
     "are worth $20 million upfront. Tamsinix will apply its platform, while Orreryon brings its chemistry.",
     {"Kestrel Pharma", "Tamsinix", "Orreryon"}),
    ("a-firm-named-by-two-names-joined",
     "Kestrel Pharma has signed a license agreement with Ostrin and Halvard Labs for OH-1. Ostrin and Halvard Labs "
     "will receive $5 million upfront.",
     {"Kestrel Pharma", "Ostrin and Halvard Labs"}),
    ("the-parent-of-a-unit-bought-sells-it",
     "Kestrel Pharma says it will acquire all the stock of consumer health group Norvane Health, the "
     "over-the-counter subsidiary of fellow Danish company Ostrin Pharma, for $200 million. Kestrel Pharma plans to "
     "integrate Norvane Health into its consumer division.",
     {"Kestrel Pharma", "Norvane Health", "Ostrin Pharma"}),
    ("the-unit-bought-named-after-its-parent",
     "Kestrel Pharma has agreed to buy the pharmaceutical subsidiary of Alderbrook Holdings, Norvane Pharma, which "
     "sells medicines for allergies, for $900 million.",
     {"Kestrel Pharma", "Alderbrook Holdings", "Norvane Pharma"}),
    ("the-parent-named-first-sells-the-stake",
     "KP bioscience said it would acquire a controlling stake in Norvane Biologika, a German contract manufacturer, "
     "for $240 million. The deal was finalized through an agreement with the Quillon Group, the parent company of "
     "Norvane Biologika.",
     {"KP bioscience", "Norvane Biologika", "Quillon Group"}),
    ("a-minority-stake-leaves-the-parent-out",
     "Kestrel Pharma said it would acquire a 5% stake in Norvane Biologika for $24 million. The deal was agreed "
     "with the Quillon Group, the parent company of Norvane Biologika.",
     {"Kestrel Pharma", "Norvane Biologika"}),
    ("a-nationality-begins-an-institutions-name",
     "Kestrel Pharma has entered into a global licensing deal with the Swedish Institute of Quillon Chemistry for "
     "new drugs. The Swedish Institute of Quillon Chemistry will get $5 million upfront.",
     {"Kestrel Pharma", "Swedish Institute of Quillon Chemistry"}),
    ("a-nationality-before-a-company-describes-it",
     "Kestrel Pharma has entered into a global licensing deal with Swedish biotech Norvane Bio for new drugs. "
     "Norvane Bio will get $5 million upfront.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("initials-before-a-descriptor-are-no-name",
     "Kestrel Pharma has signed a license agreement with KP biotech Norvane for NB-2. Kestrel Pharma will pay "
     "Norvane $5 million upfront.",
     {"Kestrel Pharma", "Norvane"}),
    ("the-parent-of-a-unit-licensing-signs-nothing",
     "Kestrel Pharma has signed a license agreement with Norvane Bio, the research subsidiary of fellow Danish "
     "company Ostrin Pharma, for NB-4. Kestrel Pharma will pay Norvane Bio $20 million upfront.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("an-old-and-a-new-name-are-one-company",
     "Former property firm Aliquot Holdings Limited,now called Tamsin Limited, has acquired UK-based biotech firm "
     "Orrery Limited for $4 million. Tamsin will issue 30 million shares to Orrery's vendors.",
     {"Tamsin", "Orrery"}),
    ("a-company-formerly-known-as-another",
     "Orrery Pharma has signed a license agreement with Tamsin Bio, formerly known as Aliquot Bio, for TB-2. Orrery "
     "Pharma will pay Tamsin Bio $5 million upfront.",
     {"Tamsin Bio", "Orrery Pharma"}),
    ("two-company-names-joined-are-two-parties",
     "Executives attended a ceremony marking a licensing agreement between Kestrel Pharmaceutical and Norvane Bio "
     "for NB-3.",
     {"Kestrel Pharmaceutical", "Norvane Bio"}),
    ("generic-words-after-a-conjunction-are-one-name",
     "Norvane Bio has entered into a license agreement with Kestrel Pharmaceuticals and Chemicals Ltd for NB-3.",
     {"Norvane Bio", "Kestrel Pharmaceuticals and Chemicals"}),
    ("a-conjunction-inside-one-name",
     "Norvane Bio has entered into a license agreement with Halvard & Ostrin for NB-3. Halvard & Ostrin will pay "
     "$5 million upfront.",
     {"Halvard & Ostrin", "Norvane Bio"}),
    ("where-a-company-is-from-is-not-its-name",
     "Kestrel Biologics, the biotech arm of South Korea's Kestrel Group, said it has signed a $390 million deal "
     "with Norvane Pharma AG to manufacture its products.",
     {"Kestrel Biologics", "Norvane Pharma"}),
    ("a-unit-that-signs-is-its-parent", "Kestrel Biologics, a unit of Japan's Kestrel Corp., said it will manufacture "
     "Norvane Inc.'s flu vaccine candidate in Ireland.",
     {"Kestrel Biologics", "Norvane"}),
    ("a-headline-adverb-and-an-unnamed-partner-are-no-names",
     "Kestrel Biologics Further Expands Partnership with Major Biopharmaceutical Partner for Vaccine Production"
     "\n\nGhent, 12 March 2026 - Kestrel Biologics said it has expanded its long-term partnership with a major "
     "biopharmaceutical partner to manufacture vaccines.",
     {"Kestrel Biologics"}),
    ("a-title-case-and-between-two-names",
     "Kestrel Pharma And Norvane Sign A Global License Agreement For Two Antibodies\n\n"
     "Kestrel Pharma has signed a license agreement with Norvane for two antibodies.",
     {"Kestrel Pharma", "Norvane"}),
    ("a-title-case-and-inside-one-name",
     "Halvard And Halvard Announce A License Agreement With Norvane Bio\n\nHalvard And Halvard has signed a license "
     "agreement with Norvane Bio for NB-3.",
     {"Halvard And Halvard", "Norvane Bio"}),
    ("a-descriptor-before-the-name-and-a-city-before-its-state",
     "Kestrel Pharma has sold another site.\nCDMO Ostrinpharma says it has a deal to buy the Kestrel API plant in "
     "Halden, Colorado, and will keep its 80 staff. Ostrinpharma makes drug substances.",
     {"Kestrel Pharma", "Ostrinpharma"}),
    ("a-place-and-a-descriptor-before-the-name",
     "Korean CDMO Halvard Biologics will produce flu antibody therapies for Norvane Pharma under a new contract.",
     {"Halvard Biologics", "Norvane Pharma"}),
    ("a-headlines-last-word-and-the-next-lines-first-are-two-names",
     "Kestrel takes 10% stake in Norvane\n\nKestrel Pharma will invest $50 million in Norvane Bio for a 10% stake as "
     "part of a research collaboration.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("an-interest-bought-is-no-company",
     "Marrow Royalty to Acquire Royalty Interest in Norvane Bio's NB-1 for $80 Million\n\nMarrow Royalty said it "
     "will acquire a royalty on European sales of Norvane Bio's NB-1 for $80 million.",
     {"Marrow Royalty", "Norvane Bio"}),
    ("the-owner-of-an-asset-sells-it",
     "Norvane Bio To Acquire Kestrel Pharma's Cephalosporin Antibiotics Business",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-possessive-inside-a-name-before-generic-words",
     "Norvane Bio has signed a license agreement with Halvard's Laboratories for NB-2.",
     {"Norvane Bio", "Halvard's Laboratories"}),
    ("the-owner-of-a-drug-code-in-a-lead-sentence",
     "The agreement gives Kestrel Pharma exclusive rights to Norvane Bio's NB-1 in China, and Kestrel will pay "
     "$20 million upfront.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-known-parent-before-its-known-unit-is-the-party",
     "Ostrin Bio has signed a research collaboration with Roche's Genentech for NB-3. Genentech will pay "
     "$20 million upfront.",
     {"Ostrin Bio", "Roche"}),
    ("possessive-parent-before-its-unit",
     "Ostrin Bio has signed a research collaboration with Kestrel Pharma's Norvane Bio for NB-3.",
     {"Ostrin Bio", "Norvane Bio"}),
    ("a-known-company-with-descriptors-is-named-as-the-registry-names-it",
     "Norvane Bio has signed a manufacturing deal with Novartis Pharma AG worth $30 million.",
     {"Norvane Bio", "Novartis"}),
    ("a-known-company-named-by-its-abbreviation",
     "BMS has signed a license agreement with Norvane Bio for NB-1. BMS will pay $10 million upfront.",
     {"Bristol Myers Squibb", "Norvane Bio"}),
    ("a-company-told-apart-by-its-legal-form-keeps-it",
     "Merck KGaA, Darmstadt, Germany, signs $1bn deal with Norvane Bio\n\nMerck KGaA, Darmstadt, Germany, has "
     "entered into a collaboration with Norvane Bio worth up to $1 billion.",
     {"Merck KGaA", "Norvane Bio"}),
    ("a-known-company-with-a-distinctive-unit-name-keeps-it",
     "Norvane Bio has signed a license agreement with Novartis Gene Therapies for NB-1.",
     {"Norvane Bio", "Novartis Gene Therapies"}),
    ("a-name-and-its-spelling-in-brackets-are-one-party",
     "NJKCTQ will pay up to $4 billion as part of a deal to boost its antibody research. NJKCTQ (Nanjing Kestrel "
     "Pharma) is an R&D center for its parent. Norvane, located in Woburn, Massachusetts, will receive $60 million "
     "up front. Norvane was founded in 2004.",
     {"Nanjing Kestrel Pharma", "Norvane"}),
    ("a-unit-that-signs-for-its-parent-is-the-parent",
     "Kestrel Pharma To Acquire Ostrin Bio's Antibiotics Business\n\nHalvard Generics, the generics and "
     "biosimilars arm of Kestrel Pharma, has agreed to acquire Ostrin Bio's antibiotics business for $500 million.",
     {"Kestrel Pharma", "Ostrin Bio"}),
    ("a-unit-whose-parent-is-not-a-party-stays-itself",
     "Kestrel Pharma has signed a license agreement with Norvane Bio, a subsidiary of Halvard Capital, for NB-3.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-party-described-before-a-colon-that-names-it",
     "Kestrel Pharma signs $500M milestone deal with cell upstart\n\nKestrel Pharma has in recent years racked up "
     "big-name partnerships, including with Quillon Bio's Tamsin Bio and Swiss giant Halvard Pharma. Now it has teamed "
     "with a little-known startup that has yet to raise a Series A: San Diego-based Norvane Therapeutics. The two "
     "companies announced on Tuesday a deal to develop cell therapies for solid tumours.",
     {"Kestrel Pharma", "Norvane Therapeutics"}),
    ("deals-listed-without-a-listing-word-are-this-deals",
     "Kestrel Pharma has signed partnerships with Tamsin Bio and Swiss group Halvard Pharma to develop KP-4.",
     {"Kestrel Pharma", "Tamsin Bio", "Halvard Pharma"}),
    ("a-colon-after-no-company-names-no-party",
     "Norvane Bio has signed a licence with Kestrel Pharma for NB-2. It comes with a catch: Halvard Capital keeps a "
     "veto over the programme.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("the-subject-of-a-clause-after-as-signs",
     "The ADC dealmaking trend has seen yet another example as Norvane Bio has signed a licencing agreement worth "
     "over $1bn with China-based Kestrel Pharma for KP-9.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-clause-after-as-beside-a-company-subject-is-not-read",
     "Kestrel Pharma has entered a licence with Norvane Bio for NB-5, as Halden Capital has sealed its exit.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-place-of-several-words-before-based",
     "San Francisco-based Norvane Bio has entered into a licence agreement with Kestrel Pharma for NB-6.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-name-of-one-word-twice-joined-by-ampersand",
     "Harlan & Harlan has entered into an exclusive licence agreement with Norvane Bio for NB-8. Norvane Bio will "
     "receive $10 million upfront.",
     {"Harlan & Harlan", "Norvane Bio"}),
    ("a-name-of-two-words-joined-by-ampersand",
     "Tamsin & Orrery Pharma has entered into an exclusive licence agreement with Norvane Bio for NB-8. Norvane Bio "
     "will receive $10 million upfront.",
     {"Tamsin & Orrery Pharma", "Norvane Bio"}),
    ("two-companies-joined-by-ampersand-each-named-alone",
     "Tamsin Bio & Orrery Pharma sign NB-8 pact\n\nTamsin Bio and Orrery Pharma have signed a collaboration on "
     "NB-8. Orrery Pharma will pay Tamsin Bio $10 million upfront.",
     {"Tamsin Bio", "Orrery Pharma"}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in NAME_SHAPE_CASES])
def test_name_shapes(text, expected):
    assert set(_parties(text)) == expected


# Headline and lead wordings that hide a party or put a non-party in a slot.
SLOT_CASES = [
    ("a-priced-deal-named-after-the-other-party",
     "Kestrel suffers Halvard setback but secures $750M Norvane deal\n\n"
     "Kestrel Therapeutics will receive $50 million upfront under the license agreement. Norvane will also fund "
     "the research.",
     {"Kestrel Therapeutics", "Norvane"}),
    ("a-capitalised-word-after-a-price-that-is-no-company",
     "Kestrel Therapeutics signs $750M Research agreement with Norvane Bio",
     {"Kestrel Therapeutics", "Norvane Bio"}),
    ("a-clause-in-the-subject-is-not-a-party",
     "Kestrel Therapeutics sweetened its news on Wednesday, revealing that Halvard Pharma is pulling back from its "
     "lead IRAK4 degrader, and disclosed a license agreement with Norvane Bio.",
     {"Kestrel Therapeutics", "Norvane Bio"}),
    ("a-stake-in-a-company",
     "Kestrel Pharma to buy JV stake for $48 mn\n\n"
     "Kestrel Pharma will acquire a 60% stake in Norvane for $47.5 million to secure its technology. Norvane "
     "develops protein degraders.",
     {"Kestrel Pharma", "Norvane"}),
    ("a-stake-in-a-joint-venture-names-no-company",
     "Kestrel Pharma will acquire a 20% stake in its joint venture with Norvane Bio for $5 million.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("the-other-party-in-the-subject-of-the-next-sentence",
     "Kestrel Pharma will pay up to $4 billion as part of a deal to boost its antibody research. Norvane, located "
     "in Woburn, Massachusetts, will receive $60 million up front. Norvane was founded in 2004.",
     {"Kestrel Pharma", "Norvane"}),
    ("the-other-party-before-the-first-deal-sentence",
     "Kestrel aims high with molecular glue\n\nDon't stop Kestrel Therapeutics now. The Boston-based biotech is "
     "having a ball after signing a deal with Norvane to the tune of $150 million. In addition to the upfront cash, "
     "Kestrel can receive up to $2.1 billion in development and sales milestones. Norvane will handle development.",
     {"Kestrel Therapeutics", "Norvane"}),
    # the party named by one word in the deal sentences takes the fuller name the story writes elsewhere
    ("a-leading-clause-about-other-deals",
     "Four is more for Kestrel Pharma.\n\nAs if collaborations with Halvard Bio, Ostrin Bio and Tamsin "
     "Pharmaceuticals weren't enough, the biotech has signed another research collaboration and licensing agreement, "
     "this time with Norvane Therapeutics. Kestrel will receive $20 million upfront from Norvane.",
     {"Kestrel Pharma", "Norvane Therapeutics"}),
    ("a-unit-named-after-its-parents-possessive-signs-for-it",
     "Tamsin Laboratories and Kestrel Pharma sign licence for TB-251\n\nTamsin Laboratories Holdings Limited (TLH) "
     "and Kestrel Pharma A/S today announced that Kestrel and TLH’s wholly-owned subsidiary The Tamsin Bio-Technology "
     "(Shanghai) Co., Ltd. (Tamsin Biotechnology) have entered into an exclusive license agreement for TB-251. Tamsin "
     "Biotechnology is eligible to receive an upfront payment of 200 million US dollars from Kestrel.",
     {"Tamsin Laboratories", "Kestrel Pharma"}),
    ("a-place-and-a-word-for-the-company-before-its-name",
     "Kestrel inks deal with startup\n\nKestrel Pharma signed a deal with California biotech Norvane Biotechnologies "
     "to access a gene expression platform.",
     {"Kestrel Pharma", "Norvane Biotechnologies"}),
    ("a-company-named-for-a-place-is-a-name",
     "Kestrel inks deal\n\nKestrel Pharma signed a licence deal with Cambridge Pharma to develop NB-4.",
     {"Kestrel Pharma", "Cambridge Pharma"}),
    ("a-target-adjective-is-no-name",
     "Norvane's HER3-targeted ADC entices Kestrel to sign $430M licensing deal\n\nKestrel Bio has secured the rights "
     "to Norvane Bioscience's preclinical ADC.",
     {"Norvane Bioscience", "Kestrel Bio"}),
    ("a-disease-is-no-name",
     "Kestrel pays up in Nash\n\nPaying $40m at signing for an early asset is a bold move in Nash. Nash is one of "
     "the most watched fields of medicine but it has seen few large deals. Kestrel Pharma has bought access to a "
     "fusion protein that acts on FGF21 and GLP-1.",
     {"Kestrel Pharma"}),
    ("a-disease-word-in-a-name-is-a-name",
     "Kestrel inks deal\n\nKestrel Pharma signed a licence deal with Lupus Bio to develop NB-4.",
     {"Kestrel Pharma", "Lupus Bio"}),
    ("a-reuters-instrument-code-after-the-name",
     "Kestrel to buy Norvane\n\nCOPENHAGEN, March 25 (Reuters) - Denmark's Kestrel Pharma KSTLb.CO on Monday said it "
     "has agreed to buy Norvane Bio for up to 1.03 billion euros.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("what-a-company-does-before-its-name-in-a-headline",
     "Gene Editor Norvane Bio Signs Kestrel Pharma Cell Therapy Deal\n\nNorvane Bio has signed a deal with Kestrel "
     "Pharma worth a potential $3.5 billion.",
     {"Norvane Bio", "Kestrel Pharma"}),
    ("a-trade-noun-before-a-legal-form-is-the-name",
     "Kestrel inks deal\n\nKestrel Pharma signed a licence deal with Norvane Makers Ltd. to develop NB-4.",
     {"Kestrel Pharma", "Norvane Makers"}),
    ("an-adverb-before-a-name-is-no-part-of-it",
     "Kestrel in CAR-T deal\n\nNow Kestrel Therapeutics has licensed worldwide rights to a CAR-T from Norvane "
     "Bio.",
     {"Kestrel Therapeutics", "Norvane Bio"}),
    ("a-leading-clause-building-on-an-acquisition",
     "Kestrel, Norvane in ADC deal\n\nBuilding on the ADC programs gained through the acquisition of Halden Bio Inc., "
     "Kestrel Pharma Inc. signed a licensing deal with Norvane Bio to access NB-9. Kestrel will pay $50 million "
     "upfront.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-leading-clause-about-an-earlier-deal-with-the-same-partner",
     "Two months after inking a $47 million upfront deal with Norvane Bio, Kestrel Pharma is back with another "
     "deal, this time for an ADC.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-past-perfect-slot-tells-an-earlier-deal",
     "Kestrel Pharma has signed a license agreement with Norvane Bio for NB-7, a drug Norvane Bio had acquired from "
     "Halvard Bio in 2019.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-present-perfect-slot-is-this-deal",
     "Kestrel Pharma has licensed KP-7 from Halvard Bio for $5 million upfront.",
     {"Kestrel Pharma", "Halvard Bio"}),
    ("a-preposition-glued-to-a-name-in-scraped-text",
     "Kestrel Pharma announced a licensing agreement withNorvane Bio, granting exclusive rights to NB-3.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-preposition-inside-a-name-is-no-slot",
     "Kestrel Pharma signed a licensing agreement with Norvane Bio, as told by the blog HealthwithMe.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("the-progressive-of-a-sale",
     "Kestrel Pharma said it is selling the European business of its eye drug to Norvane Bio for $90 million upfront.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-drug-developer-is-a-descriptor",
     "Kestrel Pharma said it will buy cancer drug developer Norvane Therapeutics for $800 million.",
     {"Kestrel Pharma", "Norvane Therapeutics"}),
    ("a-drug-before-its-code-is-what-is-bought",
     "Kestrel Pharma will buy drug NB-12 from Norvane Bio for $40 million.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("an-epithet-opening-the-sentence-is-no-part-of-the-name",
     "Kestrel licenses Norvane antibody in $400M deal\n\nDeal-hungry Kestrel Pharma is at it again, pledging $400 "
     "million for rights to an antibody developed by Japan's Norvane Bio.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-hyphen-inside-a-name-keeps-it",
     "Kestrel-Halvard Pharma has signed a licence agreement with Norvane Bio for NB-3.",
     {"Kestrel-Halvard Pharma", "Norvane Bio"}),
    ("developed-by-researchers-names-no-company",
     "Kestrel Pharma has licensed NB-5 from Norvane Bio; the antibody was developed by researchers at a hospital.",
     {"Kestrel Pharma", "Norvane Bio"}),
    ("a-descriptor-before-the-subject-is-kept-out",
     "Confectionery firm Kestrel Group has signed a license agreement with Norvane Bio for NB-3.",
     {"Kestrel Group", "Norvane Bio"}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in SLOT_CASES])
def test_slots(text, expected):
    assert set(_parties(text)) == expected


# A deal needs a named party: text with money and deal words but no company names none.
NAMED_PARTY_CASES = [
    ("symbols-and-filler", "$$$ 12bn €€ upfront lorem", []),
    ("wire-tag-and-filler", "BREAKING: $$$ 12bn €€ upfront lorem ipsum agreement", []),
    ("generic-nouns-only", "The Company entered into an agreement with the Partner for $12bn upfront.", []),
    ("a-regulator-is-no-party", "Phase 3 data: Agreement reached on $12bn upfront with FDA", []),
    ("two-named-companies", "Kestrel Pharma signs $12bn upfront deal with Norvane Bio.",
     ["Kestrel Pharma", "Norvane Bio"]),
    ("a-known-company-without-a-company-word", "Pfizer has signed a license agreement with Norvane Bio for NB-2.",
     ["Pfizer", "Norvane Bio"]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in NAMED_PARTY_CASES])
def test_a_deal_needs_a_named_party(text, expected):
    article = read_article(text)
    groups = find_parties(article.sentences, article.sentences, article.text, CompanyRegistry.builtin())
    assert [g.name for g in groups] == expected


# A party named by a name of several companies: the article says which, or it stays open with both.
# (id, article, {party: candidates it is left with}); the party's name is the company's when settled
SHARED_NAME_CASES = [
    ("seat-in-the-dateline",
     "RAHWAY, N.J., March 2, 2026 -- Merck today announced an exclusive license agreement with Quillon Bio for "
     "QB-101. Merck will pay Quillon Bio $50 million upfront.",
     {"Merck & Co.": (), "Quillon Bio": ()}),
    ("known-as-msd",
     "Merck, known as MSD outside of the United States and Canada, and Brevant Pharma today announced a license "
     "agreement for BRV-9. Merck will pay $25 million upfront.",
     {"Merck & Co.": (), "Brevant Pharma": ()}),
    ("other-seat",
     "DARMSTADT, Germany -- Merck, a science and technology company, today announced an exclusive license "
     "agreement with Halvor Bio for HB-5. Merck will pay Halvor Bio EUR 40 million upfront.",
     {"Merck KGaA": (), "Halvor Bio": ()}),
    ("the-other-forms-say",
     "Merck (MSD) and Tessel Bio have entered into a license agreement for TS-22. MSD will pay $30 million "
     "upfront.",
     {"Merck & Co.": (), "Tessel Bio": ()}),
    ("the-article-does-not-say",
     "Corvane Bio today announced an exclusive license agreement with Merck for CV-8, an mRNA vaccine. Corvane "
     "will receive $15 million upfront.",
     {"Merck": ("Merck & Co.", "Merck KGaA"), "Corvane Bio": ()}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in SHARED_NAME_CASES])
def test_a_shared_name_is_the_company_its_article_names(text, expected):
    deal = extract(text).deal
    assert deal is not None
    assert {p.name: p.candidates for p in deal.parties} == expected
    merck = next(p for p in deal.parties if p.name.startswith("Merck"))
    assert "Merck" in (merck.name, *merck.aliases)  # the written name stays one of the party's forms


def test_the_units_a_buyer_acquires_of_a_seller_are_the_targets():
    text = ("Kestrel Pharma to acquire Norvane Holdings units\n\nKestrel Pharma said it plans to acquire Norvane "
            "Holdings Inc. (NH) subsidiaries Tamsin Bio Co. and Orrery Pharma Inc. for $1.1 billion.")
    assert _parties(text) == {
        "Kestrel Pharma": "acquirer", "Norvane Holdings": "licensor", "Tamsin Bio": "target", "Orrery Pharma": "target"
    }


def test_a_company_bought_is_not_its_buyer_though_the_registry_counts_it_a_unit_since():
    registry = CompanyRegistry.builtin()
    registry.add_entity("Kestrel Pharma", ["Norvane Bio"])  # the registry knows the bought company as a unit
    text = "Kestrel Pharma is paying $8 billion to acquire the USA's Norvane Bio, a cancer drug developer."
    sentences = read_article(text).sentences
    groups = find_parties(sentences, sentences, text, registry)
    assert [g.name for g in groups] == ["Kestrel Pharma", "Norvane Bio"]


def test_an_aside_dating_another_purchase_leaves_the_news_sentence_this_deals() -> None:
    result = extract(
        "Kestrel Pharma, Inc., just a few months after its $2.1 billion purchase of Halden Bio, Inc., has signed a "
        "partnership agreement to co-develop and co-commercialize cancer drugs with Norvane Therapeutics. Kestrel "
        "will pay $100 million upfront."
    )
    assert result.deal is not None
    assert {"co-development", "co-commercialization"} <= set(result.deal.deal_types)


def test_a_known_spelling_before_a_bracketed_form_is_a_form_of_the_party() -> None:
    registry = CompanyRegistry.builtin()
    registry.add_entity("KNV", ["Kestrel Norvane", "Kestrel Norvane Group"])
    text = ("Brightwell Biologics inks manufacturing deal with KNV\n\nBrightwell Biologics said it has signed a deal "
            "with Kestrel Norvane Plc. (KNV) to manufacture a KNV biosimilar. Kestrel Norvane Group was not named.")
    sentences = read_article(text).sentences
    groups = find_parties(sentences, sentences, text, registry)
    knv = next(g for g in groups if g.name == "KNV")
    assert "Kestrel Norvane" in knv.forms  # written before "(KNV)"
    assert "Kestrel Norvane Group" not in knv.forms  # written, but not as the bracket's spelling


# The names a sentence puts in its party slots, read alone.
SENTENCE_SLOT_CASES = [
    ("the-progressive-of-a-purchase-in-a-headline",
     "Kestrel Pharma buying gene therapy maker Norvane Bio for $2.4 billion",
     {"Kestrel Pharma": "subject", "Norvane Bio": "object"}),
    ("the-progressive-after-is",
     "Meanwhile, the company is purchasing Norvane Bio for $300 million in stock.",
     {"Norvane Bio": "object"}),
    ("selling-goods-to-customers-names-no-buyer",
     "Kestrel Pharma is selling more NB-5 doses to hospitals in Europe.",
     {"Kestrel Pharma": "subject"}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in SENTENCE_SLOT_CASES])
def test_a_sentences_slots(text, expected):
    sentence = Sentence(index=0, start=0, end=len(text), text=text, paragraph=0)
    assert {c.text: c.slot for c in names_in_sentence(sentence)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Brightwell Biologics agreed to acquire the Norvane manufacturing site in Leeds from Halvard "
                     "Pharma for $300 million.", ["Brightwell Biologics", "Halvard Pharma"],
                     id="unit-site-from-parent"),
        # a company bought outright keeps its own name
        pytest.param("Brightwell Biologics agreed to acquire Norvane for $300 million from its owner Halvard Pharma.",
                     ["Brightwell Biologics", "Norvane"], id="unit-itself-bought"),
    ],
)
def test_a_units_name_before_a_site_bought_is_its_parent(text: str, expected: list[str]) -> None:
    registry = CompanyRegistry.builtin()
    registry.add_entity("Halvard Pharma", ["Norvane"])  # the registry knows Norvane as Halvard's unit
    sentences = read_article(text).sentences
    groups = find_parties(sentences, sentences, text, registry)
    assert [g.name for g in groups][: len(expected)] == expected


def test_a_unit_known_apart_from_its_parent_signs_as_the_parent() -> None:
    # the registry knows the unit and its parent as two companies whose names share their first word
    registry = CompanyRegistry.builtin()
    registry.add_entity("Kestrel Biologics Ltd")
    registry.add_entity("Kestrel Corp.")
    text = (
        "Kestrel Biologics, a unit of Japan's Kestrel Corp., said it will manufacture Norvane Inc.'s flu vaccine "
        "candidate in Ireland."
    )
    deal = Extractor(registry).extract(text).deal
    assert deal is not None
    assert len(deal.parties) == 2 and "Norvane" in {p.name for p in deal.parties}


def test_a_one_word_name_with_its_listing_and_its_short_form_is_a_party() -> None:
    text = (
        "Kestrel Pharmaceuticals to Acquire Norvane for Its Kidney Drug\n\n"
        "LONDON, June 2, 2026 /PRNewswire/ -- Kestrel Pharmaceuticals plc (Nasdaq: KSTL) (\"Kestrel\" or the "
        "\"Company\") and Norvane (Nasdaq: NRVN) (\"Norvane\") said they have signed a definitive agreement under "
        "which Kestrel will acquire Norvane for $6.10 per share in cash."
    )
    assert _parties(text) == {"Kestrel Pharmaceuticals": "acquirer", "Norvane": "target"}


def test_a_target_that_tells_of_its_acquisition_by_a_newly_formed_vehicle() -> None:
    text = (
        "Norvane Therapeutics Public Ltd Co (NRVN), a developer of kidney drugs, said on Tuesday that it has signed a "
        "deal for its acquisition by Vantor Limited, Kestrel Inc.'s newly formed subsidiary, for $48.00 per share in "
        "cash. Kestrel said the acquisition of Norvane will add to its sales."
    )
    deal = extract(text).deal
    assert deal is not None
    assert {p.name: p.role for p in deal.parties} == {"Norvane Therapeutics": "target", "Kestrel": "acquirer"}
    assert deal.deal_types == ("acquisition",)


@pytest.mark.parametrize(("name", "never"), [
    ("Nash", True),  # a disease of one word, in any case: "a bold move in Nash"
    ("Obesity", True),
    ("Dravet Syndrome", True),  # a disease named by its noun
    ("Lennox-Gastaut Syndrome", True),
    ("Lupus Bio", False),  # counter-examples: a company named for a disease, or for one of its nouns
    ("Syndrome Therapeutics", False),
])
def test_a_disease_is_never_a_party(name: str, never: bool) -> None:
    assert _not_a_company(name) is never


def test_a_title_case_preposition_ends_the_name() -> None:
    deal = extract("Announcement of Option Agreement between Norvane Bio and Kestrel Pharma Regarding Allergy Vaccine"
                   "\n\nNorvane Bio Co., Ltd. and Kestrel Pharma Co., Ltd. are pleased to announce the execution of an "
                   "option agreement regarding NV-4.").deal
    assert deal is not None and not any("Regarding" in p.name for p in deal.parties)
