"""Roles: which rule of the table reads each party, and how the readings are made consistent."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.parties import PartyGroup
from extraction.roles import ROLE_RULES, RoleReading, read_roles
from extraction.text import read_article

_NAMES = (
    "Kestrel Pharma", "Norvane Bio", "Tamsin Bio", "Orrery Pharma", "Brightwell Biologics", "Halvard Therapeutics",
    "Marrow Royalty", "Marrow Capital",
)  # fmt: skip


def _read(text: str, deal_types: tuple[str, ...] = ("license",)) -> list[RoleReading]:
    """The roles read in `text` with the invented companies it names as the parties (full name or first word)."""
    found = sorted((text.find(n), n) for n in _NAMES if n in text)
    found += sorted(
        (text.find(n.split()[0]), n) for n in _NAMES if n not in text and n.split()[0] in text
        and not any(f.split()[0] == n.split()[0] for _, f in found)
    )
    groups = [PartyGroup(name, [name, name.split()[0]], (0, pos)) for pos, name in sorted(found)]
    return read_roles(groups, read_article(text).sentences, deal_types)


def _roles(readings: list[RoleReading]) -> dict[str, str]:
    return {r.party.name: r.role for r in readings}


def _rules(readings: list[RoleReading]) -> dict[str, str]:
    return {r.party.name: r.rule for r in readings}


# --- every rule reads its own example ----------------------------------------------------------

# The roles each rule's example gives (the example is in the table, beside the rule).
EXAMPLES: dict[str, dict[str, str]] = {
    "acquired-by": {"Norvane Bio": "target", "Kestrel Pharma": "acquirer"},
    "offer-from": {"Norvane Bio": "target", "Kestrel Pharma": "acquirer"},
    "buys-royalty": {"Marrow Royalty": "acquirer", "Norvane Bio": "licensor"},
    "buys-from": {"Kestrel Pharma": "acquirer", "Norvane Bio": "licensor"},
    "buys-a-partys-business": {"Kestrel Pharma": "acquirer", "Norvane Bio": "licensor"},
    "buys-a-partys-units": {"Kestrel Pharma": "acquirer", "Norvane Bio": "licensor"},
    "bought-from": {"Norvane Bio": "licensor"},
    "sells-to": {"Norvane Bio": "licensor", "Kestrel Pharma": "acquirer"},
    "buys-control": {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"},
    "acquires": {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"},
    "offer-from-a-buyer": {"Kestrel Pharma": "acquirer"},
    "acquired-by-a-buyer": {"Kestrel Pharma": "acquirer"},
    "sold-to-a-buyer": {"Kestrel Pharma": "acquirer"},
    "sells": {"Norvane Bio": "licensor"},
    "to-be-acquired": {"Norvane Bio": "target"},
    "buys": {"Kestrel Pharma": "acquirer"},
    "acquisition-of": {"Norvane Bio": "target"},
    "shareholders-receive": {"Norvane Bio": "target"},
    "pays-per-share": {"Kestrel Pharma": "acquirer"},
    "each-partys-share": {"Norvane Bio": "target"},
    "grants": {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"},
    "licenses-to": {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"},
    "licensing-a-partys-asset": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "licenses-a-partys-product": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "takes-rights-from": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "takes-from-a-licence": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "licenses-out-with": {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"},
    "asset-licensed-to": {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"},
    "licenses-from": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "hands-rights": {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"},
    "gains-rights": {"Orrery Pharma": "licensee"},
    "in-licenses": {"Orrery Pharma": "licensee"},
    "licensed-from": {"Orrery Pharma": "licensee"},
    "is-licensing": {"Orrery Pharma": "licensee"},
    "gets-to-sell": {"Orrery Pharma": "licensee"},
    "retains-rights": {"Tamsin Bio": "licensor"},
    "licenses-out": {"Tamsin Bio": "licensor"},
    "grants-rights": {"Tamsin Bio": "licensor"},
    "granted": {"Orrery Pharma": "licensee"},
    "licensed-to": {"Orrery Pharma": "licensee"},
    "licence-to-a-party": {"Orrery Pharma": "licensee"},
    "receives-from": {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"},
    "pays-party": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "paid": {"Tamsin Bio": "licensor"},
    "receives-payment": {"Tamsin Bio": "licensor"},
    "payment-to": {"Tamsin Bio": "licensor"},
    "pays": {"Orrery Pharma": "licensee"},
    "payment-from": {"Orrery Pharma": "licensee"},
    "paid-by": {"Orrery Pharma": "licensee"},
    "taps": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "makes-a-partys-products": {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"},
    "makes-for-a-party": {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"},
    "tech-transfers": {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"},
    "dedicates-capacity": {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"},
    "made-by": {"Brightwell Biologics": "manufacturer"},
    "making-of-a-partys-products": {"Halvard Therapeutics": "client"},
    "supplies-its-own-product": {"Brightwell Biologics": "manufacturer"},
    "cdmo-named": {"Brightwell Biologics": "manufacturer"},
    "cdmo-before-name": {"Brightwell Biologics": "manufacturer"},
    "wins-a-cdmo-deal": {"Brightwell Biologics": "manufacturer"},
    "handles-manufacturing": {"Brightwell Biologics": "manufacturer"},
    "makes": {"Brightwell Biologics": "manufacturer"},
    "cdmo-said": {"Brightwell Biologics": "manufacturer"},
    "deal-with-for-rights": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "deal-with-then-obtains": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "hands-money": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "by-paying-then": {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"},
    "deal-with-for-a-payment": {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"},
    "deal-to-make-a-partys-product": {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"},
    "cdmo-near-name": {"Brightwell Biologics": "manufacturer"},
    "invests-in": {"Marrow Capital": "investor"},
    "funds-a-partys-programme": {"Marrow Capital": "investor", "Norvane Bio": "partner"},
    "buys-shares": {"Kestrel Pharma": "investor"},
    "takes-over-commercialisation": {"Orrery Pharma": "licensee"},
    "licensing-deal-with-for-its": {"Orrery Pharma": "licensee"},
    "owns-the-asset": {"Tamsin Bio": "licensor"},
}


def test_every_rule_has_an_example_here():
    assert sorted(EXAMPLES) == sorted(rule.name for rule in ROLE_RULES)


@pytest.mark.parametrize("rule", [pytest.param(r, id=r.name) for r in ROLE_RULES])
def test_rule_reads_its_example(rule):
    types = tuple(sorted(rule.only_in)) or ("license",)
    readings = _read(rule.example, types)
    expected = EXAMPLES[rule.name]
    assert {n: r for n, r in _roles(readings).items() if n in expected} == expected
    assert {n: r for n, r in _rules(readings).items() if n in expected} == dict.fromkeys(expected, rule.name)


# --- counter-examples: wordings a rule must not read ---------------------------------------------

COUNTER_EXAMPLES = [
    ("cdmo-said", "Kestrel Pharma has extended its supply agreement with Brightwell Biologics, the Swiss contract "
     "drugmaker.", ("manufacturing", "supply"), {"Kestrel Pharma": "client", "Brightwell Biologics": "manufacturer"}),
    # (rule that must not read it, text, deal types, roles expected)
    ("acquired-by", "Norvane Bio, which Kestrel Pharma spun out in 2019, signed a licence with Kestrel Pharma.",
     ("license",), {"Norvane Bio": "partner", "Kestrel Pharma": "partner"}),
    ("offer-from", "Norvane Bio rejected an offer to license NB-1 to Kestrel Pharma.", ("license",),
     {"Norvane Bio": "licensor", "Kestrel Pharma": "licensee"}),
    ("buys-royalty", "Norvane Bio will receive royalties from Kestrel Pharma on sales of NB-1.", ("license",),
     {"Norvane Bio": "licensor", "Kestrel Pharma": "licensee"}),
    ("buys-royalty", "Norvane Bio said its purchase of NB-4 from Kestrel Pharma ends the royalties it paid.",
     ("asset-purchase",), {"Norvane Bio": "acquirer", "Kestrel Pharma": "licensor"}),
    ("buys-from", "Kestrel Pharma will purchase the drug substance from Brightwell Biologics.", ("supply",),
     {"Kestrel Pharma": "partner", "Brightwell Biologics": "partner"}),
    ("buys-a-partys-business", "Kestrel Pharma will buy Norvane Bio's shares in the open market.", ("license",),
     {"Kestrel Pharma": "investor", "Norvane Bio": "partner"}),
    ("buys-a-partys-units", "Kestrel Pharma will acquire Norvane Bio, whose units Tamsin Bio and Orrery Pharma "
     "stay independent.", ("acquisition",),
     {"Kestrel Pharma": "acquirer", "Norvane Bio": "target", "Tamsin Bio": "target", "Orrery Pharma": "target"}),
    ("bought-from", "Kestrel Pharma bought exclusive rights to NB-4 from Norvane Bio.", ("license",),
     {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("sells-to", "Norvane Bio will sell NB-1 in China and pay royalties to Kestrel Pharma.", ("license",),
     {"Norvane Bio": "licensee", "Kestrel Pharma": "licensor"}),
    ("buys-control", "Kestrel Pharma will acquire a 9.9% stake in Norvane Bio.", ("equity-investment",),
     {"Kestrel Pharma": "investor", "Norvane Bio": "partner"}),
    ("acquires", "Kestrel Pharma will acquire 9.9% newly issued shares of Norvane Bio.", ("equity-investment",),
     {"Kestrel Pharma": "investor", "Norvane Bio": "partner"}),
    ("offer-from-a-buyer", "The company received an upfront payment from Kestrel Pharma.", ("license",),
     {"Kestrel Pharma": "licensee"}),
    ("acquired-by-a-buyer", "The rights were licensed by Tamsin Bio to a Chinese partner.", ("license",),
     {"Tamsin Bio": "partner"}),
    ("sold-to-a-buyer", "The drug, sold in Europe, will be supplied to Halvard Therapeutics.", ("license",),
     {"Halvard Therapeutics": "partner"}),
    ("deal-to-make-a-partys-product", "Halvard Therapeutics signed a deal with Brightwell Biologics to manufacture a "
     "Halvard Therapeutics antibody.", ("manufacturing",),
     {"Halvard Therapeutics": "partner", "Brightwell Biologics": "partner"}),
    ("deal-with-for-rights", "Orrery Pharma signed a deal with Tamsin Bio for the development of TB-7.",
     ("collaboration",), {"Orrery Pharma": "partner", "Tamsin Bio": "partner"}),
    ("funds-a-partys-programme", "Norvane Bio will pay up to $300 million to Kestrel Pharma to fund its NB-5 "
     "programme.", ("license",), {"Norvane Bio": "licensee", "Kestrel Pharma": "licensor"}),
    ("to-be-acquired", "Kestrel Pharma will pay $5 million upfront to Norvane Bio, and Kestrel Pharma will pay $2 "
     "million for inventory to be acquired over the next months.", ("license",),
     {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("sells", "Norvane Bio will sell the drug in Japan.", ("license",), {"Norvane Bio": "partner"}),
    ("sells", "Kestrel Pharma will acquire Norvane Bio, which sells medicines for allergies, for $1 billion.",
     ("acquisition",), {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("sells", "Kestrel Pharma will purchase Norvane Bio for $47 per share. Norvane Bio currently sells two "
     "commercialized drugs in the US.", ("acquisition",), {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("to-be-acquired", "Norvane Bio has the option to acquire a second program.", ("option",),
     {"Norvane Bio": "partner"}),
    ("buys", "Kestrel Pharma will acquire exclusive rights to NB-2.", ("license",), {"Kestrel Pharma": "licensee"}),
    ("buys", "Norvane Bio will run discovery, and Kestrel Pharma will take over development from IND-enabling "
     "studies.", ("collaboration",), {"Norvane Bio": "partner", "Kestrel Pharma": "partner"}),
    ("acquisition-of", "Kestrel Pharma will acquire $50 million of Norvane Bio stock.", ("equity-investment",),
     {"Kestrel Pharma": "investor", "Norvane Bio": "partner"}),
    ("shareholders-receive", "Norvane Bio will receive an upfront payment of $10 million.", ("license",),
     {"Norvane Bio": "licensor"}),
    ("pays-per-share", "Kestrel Pharma shares rose 20% to $14 per share.", ("license",), {"Kestrel Pharma": "partner"}),
    ("each-partys-share", "Norvane Bio said its share price doubled.", ("license",), {"Norvane Bio": "partner"}),
    ("grants", "Tamsin Bio said the FDA granted Orrery Pharma breakthrough therapy designation.", ("license",),
     {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("grants", "Orrery Pharma received a grant of exclusive rights from Tamsin Bio.", ("license",),
     {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"}),
    ("licenses-to", "Orrery Pharma signed a licensing deal worth $1bn, paying $50 million upfront to Tamsin Bio.",
     ("license",), {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"}),
    ("licenses-to", "Orrery Pharma licensed exclusive rights to use Tamsin Bio's antibody platform.", ("license",),
     {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"}),
    # a name licensed to, not a product's owner
    ("licenses-a-partys-product", "Orrery Pharma licenses Tamsin Bio to sell its antibody in Japan.", ("license",),
     {"Orrery Pharma": "partner", "Tamsin Bio": "partner"}),
    ("licensing-a-partys-asset", "Orrery Pharma is licensing its antibody to Tamsin Bio.", ("license",),
     {"Orrery Pharma": "licensor", "Tamsin Bio": "licensee"}),
    ("takes-rights-from", "Tamsin Bio will receive $25 million upfront from Orrery Pharma for the rights.",
     ("license",), {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("takes-from-a-licence", "Tamsin Bio will receive from Orrery Pharma a $5 million licence fee.", ("license",),
     {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("licenses-out-with", "Tamsin Bio signed a deal with Orrery Pharma to co-develop TB-3.", ("co-development",),
     {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("licenses-out-with", "Tamsin Bio signed a deal with Orrery Pharma to sell the drug in Europe.", ("license",),
     {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("asset-licensed-to", "Tamsin Bio's TB-7 is not licensed in Europe.", ("license",), {"Tamsin Bio": "partner"}),
    ("licenses-from", "Tamsin Bio entered a licensing deal, receiving $50 million upfront from Orrery Pharma.",
     ("license",), {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("hands-rights", "Tamsin Bio will hand Orrery Pharma the manufacturing of TB-8.", ("license",),
     {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("gains-rights", "Orrery Pharma has granted exclusive rights to TB-7.", ("license",),
     {"Orrery Pharma": "licensor"}),
    ("gains-rights", "Tamsin Bio will receive licence fees of $5 million.", ("license",), {"Tamsin Bio": "licensor"}),
    ("gains-rights", "Tamsin Bio will have the right to co-promote TB-7 in the US.", ("license",),
     {"Tamsin Bio": "partner"}),
    ("gains-rights", "Tamsin Bio has rights to TB-7 from a university.", ("license",), {"Tamsin Bio": "partner"}),
    ("in-licenses", "Orrery Pharma licenses out TB-7.", ("license",), {"Orrery Pharma": "licensor"}),
    ("gets-to-sell", "Orrery Pharma will get to see the data in May.", ("license",), {"Orrery Pharma": "partner"}),
    ("retains-rights", "Tamsin Bio retains its staff in Europe.", ("license",), {"Tamsin Bio": "partner"}),
    ("licensed-from", "Orrery Pharma licensed TB-7 to a Korean firm.", ("license",), {"Orrery Pharma": "partner"}),
    ("is-licensing", "Orrery Pharma is licensing out TB-7 in Asia.", ("license",), {"Orrery Pharma": "licensor"}),
    ("licenses-out", "Orrery Pharma will pay out $5 million.", ("license",), {"Orrery Pharma": "licensee"}),
    ("grants-rights", "Tamsin Bio was granted orphan drug designation for TB-7.", ("license",),
     {"Tamsin Bio": "partner"}),
    ("granted", "The FDA granted Orrery Pharma fast track designation for TB-1.", ("license",),
     {"Orrery Pharma": "partner"}),
    ("licensed-to", "The licensing deal, according to Orrery Pharma, covers Europe.", ("license",),
     {"Orrery Pharma": "partner"}),
    ("licence-to-a-party", "Tamsin Bio holds the rights to TB-7.", ("license",), {"Tamsin Bio": "partner"}),
    ("licence-to-a-party", "Orrery Pharma has secured the rights to Tamsin Therapeutics’s preclinical ADC.",
     ("license",), {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"}),
    ("taps", "Orrery Pharma picked up the pace after Tamsin Bio reported data.", ("license",),
     {"Orrery Pharma": "partner", "Tamsin Bio": "partner"}),
    ("receives-from", "Tamsin Bio will receive exclusive rights from Orrery Pharma.", ("license",),
     {"Tamsin Bio": "licensee", "Orrery Pharma": "licensor"}),
    ("pays-party", "Orrery Pharma will pay Tamsin Bio's shareholders $5 a share.", ("acquisition",),
     {"Orrery Pharma": "acquirer", "Tamsin Bio": "target"}),
    ("paid", "Tamsin Bio was paid little attention.", ("license",), {"Tamsin Bio": "partner"}),
    ("receives-payment", "Tamsin Bio will get exclusive rights and pay $5 million.", ("license",),
     {"Tamsin Bio": "licensee"}),
    ("receives-payment", "Tamsin Bio will receive positive feedback from regulators.", ("license",),
     {"Tamsin Bio": "partner"}),
    ("payment-to", "The payments, according to Tamsin Bio, are not refundable.", ("license",),
     {"Tamsin Bio": "partner"}),
    ("pays", "Orrery Pharma could make up to $1bn in milestones.", ("license",), {"Orrery Pharma": "licensor"}),
    ("payment-from", "The drug comes from Orrery Pharma's labs.", ("license",), {"Orrery Pharma": "partner"}),
    ("paid-by", "The trial was run by Orrery Pharma.", ("license",), {"Orrery Pharma": "partner"}),
    # outside a manufacturing deal only the hint that the antibodies are Halvard's speaks
    ("makes-a-partys-products", "Brightwell Biologics will manufacture Halvard Therapeutics' antibodies.",
     ("license",), {"Brightwell Biologics": "licensee", "Halvard Therapeutics": "licensor"}),
    ("makes-for-a-party", "Brightwell Biologics will provide clinical data for Halvard Therapeutics.",
     ("manufacturing",), {"Brightwell Biologics": "partner", "Halvard Therapeutics": "partner"}),
    ("tech-transfers", "Halvard Therapeutics will tech-transfer its process, Brightwell Biologics said.",
     ("license",), {"Halvard Therapeutics": "partner", "Brightwell Biologics": "partner"}),
    ("dedicates-capacity", "Brightwell Biologics will dedicate its resources to research with Halvard Therapeutics.",
     ("license",), {"Brightwell Biologics": "partner", "Halvard Therapeutics": "partner"}),
    ("made-by", "The antibody was made by Brightwell Biologics.", ("license",), {"Brightwell Biologics": "partner"}),
    ("supplies-its-own-product", "The deal covers the manufacture and supply of Halvard Therapeutics' antibodies.",
     ("supply",), {"Halvard Therapeutics": "client"}),
    ("making-of-a-partys-products", "The deal covers manufacturing of Halvard Therapeutics' antibodies.",
     ("license",), {"Halvard Therapeutics": "licensor"}),
    ("cdmo-named", "Brightwell Biologics, a gene therapy developer, signed an agreement with Halvard Therapeutics.",
     ("manufacturing",), {"Brightwell Biologics": "partner", "Halvard Therapeutics": "partner"}),
    ("cdmo-before-name", "The CDMO market grew as Brightwell Biologics signed a licence.", ("license",),
     {"Brightwell Biologics": "partner"}),
    ("wins-a-cdmo-deal", "Brightwell Biologics signed a research deal.", ("research",),
     {"Brightwell Biologics": "partner"}),
    ("handles-manufacturing", "Brightwell Biologics will handle the manufacturing.", ("license",),
     {"Brightwell Biologics": "partner"}),
    ("makes", "Halvard Therapeutics signed a contract with Brightwell Biologics to manufacture HT-2.",
     ("manufacturing",), {"Halvard Therapeutics": "partner", "Brightwell Biologics": "partner"}),
    ("cdmo-near-name", "Brightwell Biologics aims to lead the global CDMO market.", ("license",),
     {"Brightwell Biologics": "partner"}),
    ("invests-in", "Marrow Capital invested heavily in research last year.", ("license",),
     {"Marrow Capital": "partner"}),
    ("buys-shares", "Kestrel Pharma shares rose 10%.", ("license",), {"Kestrel Pharma": "partner"}),
    ("takes-over-commercialisation", "Orrery Pharma will lead commercialization in the US and Tamsin Bio in Europe.",
     ("co-commercialization",), {"Orrery Pharma": "partner", "Tamsin Bio": "partner"}),
    ("licensing-deal-with-for-its", "Tamsin Bio signed a licensing deal with Orrery Pharma for Japan.", ("license",),
     {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("owns-the-asset", "Tamsin Bio's shares rose 10%.", ("license",), {"Tamsin Bio": "partner"}),
    ("deal-with-then-obtains", "Tamsin Bio signed a licensing agreement with Orrery Pharma, granting it the rights "
     "to TB-7.", ("license",), {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("hands-money", "Tamsin Bio hands Orrery Pharma the rights to TB-7 in Europe.", ("license",),
     {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("hands-money", "Tamsin Bio is offering Orrery Pharma a seat on its research committee.", ("license",),
     {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("by-paying-then", "By handing Tamsin Bio the rights to TB-7, Orrery Pharma gains a partner.", ("license",),
     {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("deal-with-for-a-payment", "Orrery Pharma has entered into an agreement with Tamsin Bio, under which Orrery "
     "Pharma will pay for an upfront payment of $5 million.", ("license",),
     {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"}),
]


@pytest.mark.parametrize(
    ("rule", "text", "types", "expected"),
    [pytest.param(r, t, d, e, id=f"{r}:{i}") for i, (r, t, d, e) in enumerate(COUNTER_EXAMPLES)],
)
def test_rule_does_not_read_its_counter_example(rule, text, types, expected):
    readings = _read(text, types)
    assert rule not in _rules(readings).values()
    assert _roles(readings) == expected


def test_every_rule_has_a_counter_example():
    assert {r for r, *_ in COUNTER_EXAMPLES} == {rule.name for rule in ROLE_RULES}


# --- precedence and consistency -------------------------------------------------------------------

PRECEDENCE = [
    ("costs-acquired-are-no-purchase",
     "Kestrel Pharma licensed NB-2 to Norvane Bio. Norvane Bio will acquire the reimbursement of certain preclinical "
     "development costs.",
     ("license",), {"Kestrel Pharma": "licensor", "Norvane Bio": "licensee"}),
    ("a-maker-for-the-partner-named-by-what-it-is",
     "Brightwell Biologics said it signed a $174 million agreement with Halvard Therapeutics to develop and "
     "manufacture the British drugmaker's vaccine candidate.",
     ("manufacturing",), {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"}),
    ("a-makers-own-site-is-no-client",
     "Brightwell Biologics announces agreement to manufacture Halvard Therapeutics' antibody. Under the terms of the "
     "agreement, Brightwell Biologics will manufacture drug substance for HT-7 at Brightwell Biologics' facilities "
     "in Ohio.",
     ("manufacturing",), {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"}),
    ("the-shares-of-a-partys-own-subsidiary",
     "Kestrel Pharma plans to acquire all the shares of Norvane Bio's Japanese subsidiary, Norvane Bio KK.",
     ("acquisition",), {"Kestrel Pharma": "acquirer", "Norvane Bio": "licensor"}),
    ("a-site-sold-to-a-buyer",
     "Kestrel Pharma said on Tuesday that it is selling its Marlow site in Ohio to Norvane Bio.",
     ("asset-purchase",), {"Kestrel Pharma": "licensor", "Norvane Bio": "acquirer"}),
    ("an-agreement-to-sell-its-rights-is-a-sale",
     "Norvane Bio enters into definitive agreement with Kestrel Pharmaceuticals, Inc. to sell its rights to NB-7.",
     ("asset-purchase",), {"Norvane Bio": "licensor", "Kestrel Pharma": "acquirer"}),
    ("buyers-listed-with-a-descriptor-and-their-noun-of-purchase",
     "Quillon has guided Marrow Royalty and investment firm Halvard Therapeutics on their $300 million acquisition of "
     "royalty interest in NB-4 from Norvane Bio.",
     ("royalty-purchase",),
     {"Marrow Royalty": "acquirer", "Halvard Therapeutics": "acquirer", "Norvane Bio": "licensor"}),
    ("pays-for-the-agreement",
     "Kestrel Pharma is to pay for the agreement in two ways. It will make a $1m investment in new Norvane Bio "
     "shares and also make an upfront and milestone payments of $5m.",
     ("collaboration", "equity-investment"), {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("paying-for-trials-is-no-payment-for-rights",
     "Kestrel Pharma and Norvane Bio signed a collaboration. Kestrel Pharma will pay for the clinical trials of NB-2.",
     ("collaboration",), {"Kestrel Pharma": "partner", "Norvane Bio": "partner"}),
    ("money-promised-to-a-party",
     "Norvane Bio is assured more than $45 million in the new deal with Kestrel Pharma, and could get another $30 "
     "million over the research portion.",
     ("license", "collaboration"), {"Norvane Bio": "licensor", "Kestrel Pharma": "licensee"}),
    ("a-party-assured-of-a-role-is-no-payee",
     "Norvane Bio is assured that Kestrel Pharma will keep its sites open under the license.",
     ("license",), {"Norvane Bio": "partner", "Kestrel Pharma": "partner"}),
    ("a-contract-drugmaker-makes",
     "Brightwell Biologics has extended a supply agreement with Kestrel Pharma for a conjugate, the Swiss contract "
     "drugmaker said.",
     ("manufacturing", "supply"), {"Brightwell Biologics": "manufacturer", "Kestrel Pharma": "client"}),
    ("the-seller-of-royalties-bought-is-the-licensor",
     "Marrow Royalty has purchased royalties on net sales of NB-4 for $150 million. Norvane Bio retains the rest.",
     ("license",), {"Marrow Royalty": "acquirer", "Norvane Bio": "licensor"}),
    ("the-company-bought-is-the-target",
     "Kestrel Pharma will acquire Norvane Bio for $150 million. Norvane Bio shareholders approved it.",
     ("license",), {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("a-stake-in-the-target-is-the-buyers",
     "Kestrel Pharma has acquired UK-based biotech Norvane Bio. Kestrel Pharma will take an 80 per cent stake in "
     "Norvane Bio by issuing 30 million shares.",
     ("acquisition",), {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("a-pair-rule-beats-a-possessive-hint",
     "Kestrel Pharma and Norvane Bio expand their collaboration, with Kestrel Pharma licensing Norvane's antibody "
     "platform. It complements Kestrel's own cell therapy platform.",
     ("license", "collaboration"), {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("two-receivers-and-the-other-side",
     "Kestrel Pharma, Norvane Bio and Tamsin Bio have entered into a licensing agreement. Kestrel Pharma will be "
     "responsible for commercialisation, while Tamsin Bio will handle the manufacturing. Norvane Bio and Tamsin Bio "
     "will receive an upfront payment of $100 million.",
     ("license", "manufacturing"), {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor", "Tamsin Bio": "licensor"}),
    ("rights-beat-a-payment-the-other-way",
     "Norvane Bio will receive upfront payments of $1.6 billion. Kestrel Pharma will obtain exclusive rights outside "
     "Europe. Norvane Bio will pay Kestrel Pharma $350 million for its combination drug.",
     ("license",), {"Norvane Bio": "licensor", "Kestrel Pharma": "licensee"}),
    ("a-grant-beats-a-wrong-acquisition-type",
     "Norvane Bio grants Kestrel Pharma an exclusive license to NB-1. Kestrel Pharma will acquire a stake from "
     "existing shareholders.",
     ("acquisition", "license"), {"Norvane Bio": "licensor", "Kestrel Pharma": "licensee"}),
    ("the-payer-in-a-purchase-is-the-acquirer",
     "Kestrel Pharma announced a merger agreement to acquire Norvane Bio. Kestrel Pharma will pay $14.50 per share.",
     ("acquisition",), {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("the-payee-of-a-royalty-sale-is-the-licensor",
     "Marrow Royalty will pay Norvane Bio $500 million upfront.", ("royalty-purchase",),
     {"Marrow Royalty": "acquirer", "Norvane Bio": "licensor"}),
    ("the-payer-in-a-manufacturing-deal-is-the-client",
     "Kestrel Pharma will pay Brightwell Biologics $100 million. Brightwell Biologics, a leading CDMO, will produce "
     "the antibody.",
     ("manufacturing",), {"Kestrel Pharma": "client", "Brightwell Biologics": "manufacturer"}),
    ("an-investor-beside-a-licensor-is-the-licensee",
     "Kestrel Pharma will make an equity investment of $100 million in Norvane Bio. Norvane Bio will be eligible for "
     "up to $300 million in milestones.",
     ("license", "equity-investment"), {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("an-investor-alone-stays-an-investor",
     "Marrow Capital invested $2 billion in Norvane Bio.", ("equity-investment",),
     {"Marrow Capital": "investor", "Norvane Bio": "partner"}),
    ("two-licensors-the-weaker-changes-side",
     "Tamsin Bio's antibody platform is at the heart of the deal. Orrery Pharma's antibody is another. Tamsin Bio "
     "will receive $5 million upfront.",
     ("license",), {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("hints-yield-to-the-acquisition-type",
     "Kestrel Pharma and Norvane Bio agreed terms. Norvane Bio's antibody platform is at the heart of it.",
     ("acquisition",), {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("beside-a-manufacturer-a-licensee-is-the-client",
     "Brightwell Biologics, a leading CDMO, signed a supply deal with Kestrel Pharma. Kestrel Pharma will receive "
     "exclusive rights to the process.",
     ("supply", "license"), {"Brightwell Biologics": "manufacturer", "Kestrel Pharma": "client"}),
    ("a-legal-form-after-the-name-is-part-of-it",
     "Norvane Bio and Kestrel Pharma signed a licence. Norvane Bio, Inc. will receive $5 million upfront.",
     ("license",), {"Norvane Bio": "licensor", "Kestrel Pharma": "licensee"}),
    ("the-licensors-co-promotion-rights-do-not-make-it-the-licensee",
     "Kestrel Pharma will pay Norvane Bio $50 million upfront. Norvane Bio will get co-promotion rights in the US.",
     ("license",), {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("all-outstanding-shares-buy-the-company",
     "Kestrel Pharma will acquire all outstanding shares of Norvane Bio through a tender offer.", ("acquisition",),
     {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("a-takeover-by",
     "Norvane Bio backs a $2 billion takeover by Kestrel Pharma.", ("acquisition",),
     {"Norvane Bio": "target", "Kestrel Pharma": "acquirer"}),
    ("snaps-up",
     "Kestrel Pharma snaps up Norvane Bio for $900 million.", ("acquisition",),
     {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("a-stake-on-the-way-does-not-hide-the-acquisition",
     "Kestrel Pharma and Norvane Bio agreed terms. Kestrel Pharma bought a 9.9% stake in Norvane Bio last year.",
     ("acquisition",), {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("a-seller-paid-in-a-purchase-faces-a-buyer",
     "Norvane Bio will receive $80 million in cash for the vaccines. Kestrel Pharma signed the deal in May.",
     ("asset-purchase",), {"Norvane Bio": "licensor", "Kestrel Pharma": "acquirer"}),
    ("a-seller-paid-in-a-licence-faces-a-licensee",
     "Norvane Bio will receive $80 million upfront. Kestrel Pharma signed the deal in May.",
     ("license",), {"Norvane Bio": "licensor", "Kestrel Pharma": "licensee"}),
    ("taken-private-by-a-buyout-firm",
     "Norvane Bio agreed to be taken private by an affiliate of buyout firm Marrow Capital for $20 per share.",
     ("acquisition",), {"Norvane Bio": "target", "Marrow Capital": "acquirer"}),
    ("a-sale-of-two-kinds-of-products",
     "Norvane Bio will sell some of its consumer and prescription brands to Kestrel Pharma for $300 million.",
     ("asset-purchase",), {"Norvane Bio": "licensor", "Kestrel Pharma": "acquirer"}),
    ("a-sale-and-a-payment-the-other-way",
     "Norvane Bio will sell NB-1 and pay royalties to Kestrel Pharma.",
     ("license",), {"Norvane Bio": "licensee", "Kestrel Pharma": "licensor"}),
    ("rights-sold-in-a-licence-go-to-a-licensee",
     "Tamsin Bio would sell rights for TB-7 to Orrery Pharma. Tamsin Bio will receive an upfront payment of $25 "
     "million.", ("license",), {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("milestones-it-receives-from-a-party",
     "Tamsin Bio will keep half of the $44 million in fees and milestones it is due to receive from Orrery Pharma.",
     ("license",), {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("a-ticker-after-a-longer-name",
     "Orrery Pharma signed a licence with Tamsin Bio International (Nasdaq: TMSN). The deal includes a $30 million "
     "upfront payment to TMSN.", ("license",), {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"}),
    ("the-units-bought-are-the-targets",
     "Kestrel Pharma will acquire Norvane Bio subsidiaries Tamsin Bio and Orrery Pharma for $1 billion.",
     ("acquisition",), {"Kestrel Pharma": "acquirer", "Norvane Bio": "licensor", "Tamsin Bio": "target",
                        "Orrery Pharma": "target"}),
    ("a-seller-after-with-and-a-descriptor-is-no-subject",
     "Norvane Bio said it has inked a pact with US-based Kestrel Pharma to sell its rights to NB-7. Norvane "
     "Bio will receive $20 million upfront.",
     ("asset-purchase",), {"Norvane Bio": "licensor", "Kestrel Pharma": "acquirer"}),
    ("a-seller-that-is-the-subject-still-sells",
     "US-based Kestrel Pharma signed a deal with Norvane Bio. Kestrel Pharma will sell its rights to NB-7.",
     ("asset-purchase",), {"Kestrel Pharma": "licensor", "Norvane Bio": "acquirer"}),
    ("a-filings-right-title-and-interest-is-what-is-sold",
     "Kestrel Pharma entered into an asset purchase agreement with Norvane Bio. Kestrel Pharma sold all of its right, "
     "title and interest in NB-7 to Norvane Bio.",
     ("asset-purchase",), {"Kestrel Pharma": "licensor", "Norvane Bio": "acquirer"}),
    ("who-makes-certain-payments-pays",
     "Kestrel Pharma entered into an asset purchase agreement with Norvane Bio. Norvane Bio will make certain payments "
     "to Kestrel Pharma upon the achievement of milestones.",
     ("asset-purchase",), {"Kestrel Pharma": "licensor", "Norvane Bio": "acquirer"}),
    ("who-receives-payments-does-not-make-them",
     "Kestrel Pharma entered into a licence agreement with Norvane Bio. Norvane Bio will receive certain payments "
     "from Kestrel Pharma, which will make its own decisions.",
     ("license",), {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("nothing-read-is-a-partner",
     "Kestrel Pharma and Norvane Bio have entered into a research collaboration on radioligands.", ("research",),
     {"Kestrel Pharma": "partner", "Norvane Bio": "partner"}),
    ("money-in-a-supply-deal",
     "Brightwell Biologics signed a supply agreement with Halvard Therapeutics for the large-scale manufacture of "
     "its vaccine. Halvard Therapeutics will pay Brightwell Biologics £15 million upfront.",
     ("manufacturing", "supply"), {"Brightwell Biologics": "manufacturer", "Halvard Therapeutics": "client"}),
    ("snatched-up",
     "Kestrel Pharma proved its interest in ADCs by snatching up Norvane Bio for up to $53 million in up-front and "
     "near-term cash.",
     ("acquisition",), {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("money-obtained-by-a-party",
     "Kestrel Pharma and Norvane Bio will co-commercialize NB-9. Norvane Bio will obtain $175m of upfront license "
     "payments.",
     ("co-commercialization", "license"), {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("rights-obtained-by-a-party",
     "Kestrel Pharma and Norvane Bio signed a licence. Kestrel Pharma will obtain the rights to NB-9 from Norvane "
     "Bio.",
     ("license",), {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("money-fronted-to-a-party",
     "Kestrel Pharma and Norvane Bio signed a licence. Kestrel Pharma will front Norvane Bio $160 million and commit "
     "up to $5.2 billion in milestone payments.",
     ("license",), {"Kestrel Pharma": "licensee", "Norvane Bio": "licensor"}),
    ("a-short-name-in-brackets-is-the-party",
     "Kestrel Pharmaceuticals Group (KPG) and Norvane Bio signed a licence. KPG will pay $10 million upfront.",
     ("license",), {"Kestrel Pharmaceuticals Group": "licensee", "Norvane Bio": "licensor"}),
]


@pytest.mark.parametrize(("text", "types", "expected"), [pytest.param(t, d, e, id=i) for i, t, d, e in PRECEDENCE])
def test_precedence_and_consistency(text, types, expected):
    if "Kestrel Pharmaceuticals Group" in text:
        groups = [PartyGroup("Kestrel Pharmaceuticals Group", ["Kestrel Pharmaceuticals Group"], (0, 0)),
                  PartyGroup("Norvane Bio", ["Norvane Bio", "Norvane"], (0, 40))]
        readings = read_roles(groups, read_article(text).sentences, types)
    else:
        readings = _read(text, types)
    assert _roles(readings) == expected


def test_a_reading_tells_the_rule_and_the_sentence():
    text = "Tamsin Bio has granted Orrery Pharma an exclusive licence to TB-7. Tamsin Bio will receive $5 million."
    tamsin, orrery = _read(text)
    assert tamsin.rule == "grants"
    assert tamsin.sentence == "Tamsin Bio has granted Orrery Pharma an exclusive licence to TB-7."
    assert (orrery.role, orrery.party.role) == ("licensee", "licensee")


def test_a_party_read_by_no_rule_takes_the_other_side():
    (norvane, kestrel) = _read("Norvane Bio and Kestrel Pharma signed a licence. Norvane Bio will receive $5 million.")
    assert (kestrel.role, kestrel.rule) == ("licensee", "counterpart-of-licensor")
    assert norvane.role == "licensor"


# --- end to end -----------------------------------------------------------------------------------

def test_the_pipeline_gives_the_roles():
    deal = extract(
        "Norvane Bio licenses NB-12 to Kestrel Pharma\n\nNorvane Bio said it has licensed NB-12 to Kestrel Pharma "
        "for $50 million upfront."
    ).deal
    assert deal is not None
    assert {p.name: p.role for p in deal.parties} == {"Norvane Bio": "licensor", "Kestrel Pharma": "licensee"}


def test_a_short_form_that_is_also_a_word_marks_no_party():
    # "Marrow" stands for "Marrow Royalty" only while the story does not write "marrow" as a word
    text = ("Marrow Royalty Acquires Marrow Interest From Norvane Bio. Marrow Royalty agreed to pay Norvane Bio "
            "$50 million for the bone marrow programme.")
    readings = _read(text, ("royalty-purchase",))
    assert _roles(readings) == {"Marrow Royalty": "acquirer", "Norvane Bio": "licensor"}


# --- descriptors: a party named by what it is ------------------------------------------------------


def _read_groups(text: str, names: dict[str, bool], deal_types: tuple[str, ...] = ("license",)) -> dict[str, str]:
    """Roles read with the given parties, each marked as a big pharmaceutical group or not."""
    groups = [PartyGroup(n, [n, n.split()[0]], (0, i), big_pharma=big) for i, (n, big) in enumerate(names.items())]
    return _roles(read_roles(groups, read_article(text).sentences, deal_types))


DESCRIPTORS = [
    ("the-biotech-beside-a-big-group",
     "Tamsin Bio signed a licensing agreement with Orrery Pharma. The Boston-based biotech company will receive "
     "$20 million upfront.", {"Tamsin Bio": False, "Orrery Pharma": True},
     {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("the-drugmaker-is-the-one-big-group",
     "Tamsin Bio signed a licensing agreement with Orrery Pharma. The Danish drugmaker will pay $20 million upfront.",
     {"Tamsin Bio": False, "Orrery Pharma": True}, {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("the-place-the-story-gives",
     "Dutch biotech Tamsin Bio signed a licensing deal with Canadian firm Orrery Pharma. The Dutch company said it "
     "would receive milestones of up to $70 million.", {"Tamsin Bio": False, "Orrery Pharma": False},
     {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("the-company-of-the-sentence-before",
     "Orrery Pharma has obtained US marketing rights to TB-7. The company is paying Tamsin Bio $20 million upfront.",
     {"Orrery Pharma": False, "Tamsin Bio": False}, {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"}),
    ("it-is-the-party-of-the-sentence-before",
     "Tamsin Bio signed a licensing agreement with Orrery Pharma. The biotech will receive $5 million upfront. It "
     "will also be eligible for royalties.", {"Tamsin Bio": False, "Orrery Pharma": True},
     {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("the-latter",
     "Kestrel Pharma has reached agreement with Norvane Bio to acquire the latter for $5 million.",
     {"Kestrel Pharma": False, "Norvane Bio": False}, {"Kestrel Pharma": "acquirer", "Norvane Bio": "target"}),
    ("a-nations-people",
     "Danish biotech Tamsin Bio signed a licence with US firm Orrery Pharma. The Danes will receive $5 million "
     "upfront.",
     {"Tamsin Bio": False, "Orrery Pharma": False}, {"Tamsin Bio": "licensor", "Orrery Pharma": "licensee"}),
    ("the-one-party-placed-nowhere",
     "Tamsin Bio signed a licensing deal with China-based Orrery Pharma. The Danish company will acquire the global "
     "rights to OP-3.", {"Tamsin Bio": False, "Orrery Pharma": False},
     {"Tamsin Bio": "licensee", "Orrery Pharma": "licensor"}),
    ("a-note-that-leaves-out-its-subject",
     "Orrery Pharma inks deal with Tamsin Bio worth up to $900 million. Will pay $40 million upfront for the "
     "Boston-based biotech.", {"Orrery Pharma": False, "Tamsin Bio": False},
     {"Orrery Pharma": "licensee", "Tamsin Bio": "licensor"}),
    ("a-place-before-a-verb-is-the-subjects",
     "Tamsin Bio signed a licensing deal with Orrery Pharma. The British drugmaker is offering Orrery Pharma $20 "
     "million upfront.", {"Tamsin Bio": True, "Orrery Pharma": False},
     {"Tamsin Bio": "licensee", "Orrery Pharma": "licensor"}),
    # counter-examples: nothing tells which party the descriptor is
    ("the-drugmaker-among-two-biotechs-is-unknown",
     "Tamsin Bio signed a licensing agreement with Orrery Pharma. The drugmaker will receive $5 million upfront.",
     {"Tamsin Bio": False, "Orrery Pharma": False}, {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("a-place-no-party-is-placed-in-among-two-unplaced-is-unknown",
     "Tamsin Bio signed a licensing deal with Orrery Pharma. The Danish company will acquire the global rights to "
     "OP-3.", {"Tamsin Bio": False, "Orrery Pharma": False}, {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("a-left-out-subject-after-two-parties-is-unknown",
     "Tamsin Bio and Orrery Pharma signed a licensing agreement. Will pay $5 million upfront.",
     {"Tamsin Bio": False, "Orrery Pharma": False}, {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("the-company-after-two-parties-is-unknown",
     "Tamsin Bio and Orrery Pharma signed a licensing agreement. The company will receive $5 million upfront.",
     {"Tamsin Bio": False, "Orrery Pharma": False}, {"Tamsin Bio": "partner", "Orrery Pharma": "partner"}),
    ("a-party-named-in-the-sentence-is-not-the-descriptor",
     "Kestrel Pharma said the deal closed. The company will pay Kestrel Pharma's partner $5 million.",
     {"Kestrel Pharma": False}, {"Kestrel Pharma": "partner"}),
]


@pytest.mark.parametrize(("text", "names", "expected"), [pytest.param(t, n, e, id=i) for i, t, n, e in DESCRIPTORS])
def test_a_descriptor_names_the_party_the_story_tells(text, names, expected):
    assert _read_groups(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rights listed by their kinds before the noun: "exclusive global development, production and
        # commercialization licences" (seven words)
        ("Orrery Pharma has agreed to obtain exclusive global development, production and commercialization licences "
         "for TB-7.", {"Orrery Pharma": "licensee"}),
        # exclusive rights held under the deal, told as a state
        ("Under the terms of the agreement, Orrery Pharma has exclusive commercial rights for TB-7 in Europe.",
         {"Orrery Pharma": "licensee"}),
        # (a payment before the noun is no adjective: no gain of rights)
        ("Orrery Pharma will receive upfront payments for the global development and commercialization rights.",
         {"Orrery Pharma": "licensor"}),
    ],
)
def test_rights_listed_by_their_kinds(text, expected):
    readings = _read(text)
    assert _roles(readings) == expected
    assert _rules(readings)["Orrery Pharma"] != "gains-rights" or expected["Orrery Pharma"] == "licensee"


def test_a_party_with_two_tickers_a_short_form_and_a_ticker_inside_a_drug_code() -> None:
    text = (
        "–Third synthetic royalty transaction for Marrow –\n"
        "– Marrow Healthcare to pay US$55 million upfront –\n"
        "TORONTO, Oct. 20, 2025 /CNW/ - Marrow Healthcare Trust (TSX: MHT.UN) (TSX: MHT.U) (\"Marrow Healthcare\"), "
        "a provider of royalty and structured financing to clinical-stage and commercial-stage life sciences "
        "companies, has acquired a royalty interest in NB-1 (formerly known as NRVN-001) and NRVN-003 from Norvane "
        "Therapeutics, Inc. (Nasdaq: NRVN) for up to US$300 million."
    )
    deal = extract(text).deal
    assert deal is not None
    assert {p.name: p.role for p in deal.parties} == {
        "Marrow Healthcare Trust": "acquirer", "Norvane Therapeutics": "licensor"
    }
