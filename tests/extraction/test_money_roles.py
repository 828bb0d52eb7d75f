"""The role of an amount from its own clause: each named rule with its example and a counter-example."""

from __future__ import annotations

import pytest

from extraction.money import find_money
from extraction.money_roles import ROLE_RULES, RULE_NAMES, MoneyClause, read_role
from extraction.text import fold


def _clause(sentence: str, which: int = 0) -> MoneyClause:
    """The clause of the `which`-th amount of a sentence, bounded by the amounts beside it."""
    text = fold(sentence)
    mentions = [m for m in find_money(sentence) if not m.is_conversion]
    m = mentions[which]
    left_start = mentions[which - 1].end if which > 0 else 0
    right_end = mentions[which + 1].start if which + 1 < len(mentions) else len(text)
    end = m.converted.end if m.converted is not None else m.end
    unit_price = which + 1 < len(mentions) and mentions[which + 1].per_unit is not None
    return MoneyClause(
        text[left_start : m.start], text[end:right_end], first=which == 0, next_amount=right_end < len(text),
        next_is_a_unit_price=unit_price,
    )


# (rule, sentence, which amount, role)
EXAMPLES = [
    ("kinds-totalled", "Kestrel will pay an upfront payment, near-term milestones and option fees, totaling $175m.", 0,
     "combined"),
    ("kinds-included-after", "Norvane may receive up to €240 million including upfront and research payments, and "
     "for reaching clinical milestones.", 0, "total_value"),
    ("kinds-listed-before", "Norvane will receive initial access fees, clinical and commercial milestone payments of "
     "up to £200m plus royalties.", 0, "total_value"),
    ("base-before-a-rise", "The deal, estimated at $2 billion, could rise to $2.4 billion with the payment of an "
     "additional $3 per share if certain regulatory milestones are met.", 0, "upfront"),
    ("more-if-condition", "Norvane could receive an additional $350 million if its alliance with Kestrel leads to "
     "approval of the drug.", 0, "milestones"),
    ("more-if-condition", "Norvane can get another potential $2 billion if the drug, once on the market, reaches "
     "sales milestones.", 0, "milestones"),
    ("cue-after", "Kestrel will pay an additional $300 million if development milestones are met, plus $250 million "
     "for later sales goals.", 1, "milestones"),
    ("deal-noun-after", "Kestrel is tapping Norvane for a $1.3 billion biobucks deal focused on hearing loss.", 0,
     "total_value"),
    ("purchase-price", "Norvane sold its royalty rights on the asthma drug NB-7 (velimab) to the Kestrel unit Kestrel "
     "Pharma Europe for $152 million.", 0, "upfront"),
    ("purchase-price", "Kestrel agreed to divest a portfolio of older consumer and prescription products sold in "
     "Europe, and two plants in Spain and Italy, to the Danish group Norvane, for up to around $670 million.", 0,
     "total_value"),
    ("plain-sum-received", "Norvane will receive $67 million, and Kestrel takes over the drug.", 0, "upfront"),
    ("kinds-totalled", "Norvane gets R&D funding and an option fee in an aggregate amount of approximately €2.4 "
     "million.", 0, "combined"),
    ("cue-after", "Norvane is eligible for up to $1 billion in further research, development, and sales milestones.",
     0, "milestones"),
    ("cue-after", "Kestrel will pay Norvane up to $12 million over the period of reaching development and regulatory "
     "milestones.", 0, "milestones"),
    ("cue-after", "Kestrel paid $10,000 to Norvane upon full execution of the licence.", 0, "upfront"),
    ("cue-after", "Kestrel will pay Norvane $15 million for an option to license NB-9.", 0, "upfront"),
    ("cue-after", "Kestrel is offering Norvane $100 million upfront, with $1.9 billion worth of milestones.", 1,
     "milestones"),
    ("kind-totalling", "Kestrel will pay $400 million upfront and future payments worth up to $850 million more, "
     "based on meeting milestones.", 1, "milestones"),
    ("kinds-listed-after", "Norvane stands to earn up to $163 million in access fees and milestone payments.", 0,
     "combined"),
    ("kinds-listed-after", "Norvane receives $120 million in upfront, equity and near-term research payments.", 0,
     "combined"),
    ("kinds-listed-after", "In exchange, Halvard will receive up to $240 million in upfront, clinical, regulatory "
     "and sales milestone payments.", 0, "combined"),
    ("cue-after", "Norvane will also receive up to $410 million in milestone payments, which are "
     "paid as each milestone of the development and commercialization work is met.", 0, "milestones"),
    ("cue-after", "Norvane gets $20 million upfront, with up to $150 million tied to development milestones plus an "
     "additional $300 million based on sales performance.", 2, "milestones"),
    ("upfront-and-near-term", "Norvane gets $50m in upfront and near-term payments.", 0, "upfront"),
    ("more-if-condition", "Norvane will receive an additional $40 million by June 30, 2028, upon achieving sales "
     "milestones.", 0, "milestones"),
    ("cue-before", "Norvane closed a royalty bond agreement of up to $180 million with Marrow Royalty.", 0,
     "total_value"),
    ("more-if-condition", "Norvane could receive $2 billion more, provided its programs hit specific research, "
     "commercial and sales milestones.", 0, "milestones"),
    ("kind-totalling", "Milestone and contingency payments could add up to another $500 million.", 0,
     "milestones"),
    ("cue-after", "Kestrel pays $20 million upfront, with $410 million to follow in development milestones.", 1,
     "milestones"),
    ("upfront-and-milestones", "Norvane is eligible for upfront and milestone payments of up to $900m.", 0, "combined"),
    ("contingent-instrument", "Holders receive a CVR worth up to $4.00 per share.", 0, "milestones"),
    ("total-with-contingent-instrument", "With the CVR, holders will get a total consideration of approximately "
     "$310 million if the milestone is met.", 0, "total_value"),
    ("kind-totalling", "Norvane is eligible for milestone payments totalling up to $210m.", 0, "milestones"),
    ("total-as-the-subject", "Total consideration including the deferred payments, if all conditions are met, would "
     "be approximately $1.7 billion.", 0, "total_value"),
    ("paid-in-cash", "Kestrel is paying Norvane Bio $500 million in cash, plus a $300 million equity investment, for "
     "rights to seven programs.", 0, "upfront"),
    ("paid-in-cash", "Kestrel pays $500M cash for Norvane's RNA drugs", 0, "upfront"),
    ("kind-totalling", "Kestrel will pay ¥4.0 billion upfront with additional potential milestone payments to Norvane "
     "totaling up to ¥15.0 billion.", 1, "milestones"),
    ("kinds-listed-after", "Kestrel will pay $30 million upfront and up to an aggregate of approximately $150 million "
     "for exercise of the option and development milestone payments.", 1, "milestones"),
    ("kinds-listed-after", "Norvane may get up to $180 million for upfront and milestone payments.", 0, "combined"),
    ("kinds-listed-after", "The deal is worth around $900 million in combined upfront, development, regulatory and "
     "commercial milestone payments and an equity investment in Norvane.", 0, "total_value"),
    ("total-with-contingent-instrument", "The consideration is about $487 million plus a contingent value right for an "
     "aggregate amount up to $610 million.", 1, "total_value"),
    ("kind-totalling", "Norvane gets upfront payments for both licenses totaling $170 million.", 0, "upfront"),
    ("kind-totalling", "It also gets milestone payments for both assets, potentially totaling over $1.5 billion.", 0,
     "milestones"),
    ("kind-totalling", "Norvane is also eligible for additional payments totaling $604 million.", 0, "milestones"),
    ("kind-totalling", "Kestrel pays milestone fees of a maximum aggregate amount of US$54,000,000.", 0, "milestones"),
    ("cue-before", "Kestrel Signs Royalty Agreement with Ostrin Royalty for Up To $1.5 Billion", 0, "total_value"),
    ("cue-before", "Kestrel signed an agreement with Ostrin Royalty to monetize up to $1.5 billion of the NB-7 royalty "
     "stream.", 0, "total_value"),
    ("cue-before", "Kestrel agreed to buy a controlling stake in Norvane in a deal that would value its German rival "
     "at 1.6 billion euros.", 0, "total_value"),
    ("cue-before", "Kestrel has cemented its collaboration with Norvane by committing an additional 38.8 million "
     "euros.", 0, "total_value"),
    ("kind-after-total-word", "Kestrel will commit an additional $5.2 billion in milestone payments.", 0,
     "milestones"),
    ("cue-after", "Kestrel will also purchase $400 million of Norvane equity.", 0, "equity"),
    ("cue-after", "Kestrel will also purchase $400 million of Norvane equity at $90 per share.", 0, "equity"),
    ("bound-received", "Altogether, Norvane could receive up to approximately $2.1 billion, provided its programs "
     "hit certain development milestones.", 0, "total_value"),
    ("cue-before", "Kestrel pays license fees of US$2,000,000 on signing.", 0, "upfront"),
    ("cue-before", "Norvane will newly issue common stock worth approximately 800 million yen to Kestrel.", 0,
     "equity"),
    ("cue-after", "Only $40 million of the Kestrel deal will initially go to Norvane.", 0, "upfront"),
    ("cue-after", "Kestrel will invest $40 million in Norvane Bio for a 15% stake and will pay $10 million upfront.", 0,
     "equity"),
    ("cue-after", "Kestrel will pay $800 million to the shareholders of Norvane upon completion of the acquisition, as "
     "well as up to an additional $325 million in development milestones.", 0, "upfront"),
    ("cue-after", "Kestrel will pay $50 million upon completion of the phase 2 trial.", 0, "milestones"),
    ("cue-before", "Kestrel will initially pay $20 million, with up to $500 million in milestones.", 0, "upfront"),
    ("cue-before", "Norvane signed the rights to NB-4 over to Kestrel for a fee of $5 million.", 0, "upfront"),
    ("kind-totalling", "Kestrel pays $160m upfront, in addition to milestone and option payments that could reach "
     "$5.2bn.", 1, "milestones"),
    ("kinds-listed-after", "Norvane keeps half of the $44 million in up front fees and milestones it is due.", 0,
     "combined"),
    ("cue-before", "Norvane will get an upfront payment of $300 million and up to $2bn in milestones.", 0, "upfront"),
    ("cue-after", "Norvane is eligible for up to $350 million per target in development milestones.", 0,
     "milestones"),
    ("cue-before", "Norvane can get additional payments of up to $7.1 billion for a total consideration of up to "
     "$8.4 billion.", 0, "milestones"),
    ("cue-before", "Norvane can get additional payments of up to $7.1 billion for a total consideration of up to "
     "$8.4 billion.", 1, "total_value"),
    ("cue-before", "Kestrel pays an initial aggregate consideration of $1.04 billion.", 0, "upfront"),
    ("cue-before", "Norvane may get milestone payments of up to RMB1,050 million (about US$145 million) in aggregate.",
     0, "milestones"),
    ("cue-after", "The licence is worth up to $500 million in aggregate.", 0, "total_value"),
    ("cue-before", "It may get sales-based milestone payments of up to $400.0 million in the aggregate.", 0,
     "milestones"),
    ("cue-before", "The Acquisition values the entire issued and to be issued ordinary share capital of Tamsin at "
     "approximately £1.1 billion.", 0, "total_value"),
    ("cue-before", "Norvane may get milestone payments of up to CHF 610 million, bringing the total potential value "
     "of the agreement to up to CHF 650 million.", 1, "total_value"),
    ("cue-before", "Norvane may also get future payments of more than $400 million.", 0, "milestones"),
    ("cue-before", "Norvane will receive an upfront payment of $175 million and near-term payments of $25 million.", 1,
     "milestones"),
    ("cue-after", "Norvane may receive up to EUR 710 million in payments based on development.", 0, "milestones"),
    ("upfront-and-near-term", "Kestrel will pay $150 million in upfront cash and near-term milestones.", 0, "upfront"),
    ("deal-noun-after", "Kestrel inks a $325 million licensing agreement with Norvane.", 0, "total_value"),
    ("deal-noun-after", "Kestrel to buy Norvane in $640M tender offer", 0, "total_value"),
    ("deal-noun-after", "Kestrel ends week with $449M Norvane tie up", 0, "total_value"),
    ("cue-before", "Norvane may also receive milestones in excess of $400 million for collaboration and clinical "
     "development events.", 0, "milestones"),
    ("cue-before", "The offer values Norvane at approximately $640 million, a 94% premium to its closing price.", 0,
     "total_value"),
    ("purchase-price", "Kestrel will acquire Norvane Bio, a clinical-stage company, for up to $1.5 billion.", 0,
     "total_value"),
    ("purchase-price", "Kestrel will acquire a 60% stake in Norvane Bio for $400 million.", 0, "total_value"),
    ("purchase-price", "Kestrel purchased a stream of royalties on the drug from Norvane for $6.0 million.", 0,
     "total_value"),
    ("purchase-price", "Kestrel bought a stream of payment rights to Q. Norvane Ltd. and Norvane Inc.'s drug from "
     "Alder Bio for $4.5 million.", 0, "total_value"),
    ("purchase-price", "Norvane is set to be taken over by the Danish group Kestrel, for SFr420 million.", 0,
     "total_value"),
    ("purchase-price", "Kestrel buys six generic brands from St. Alder Labs for ₹310 crore", 0, "total_value"),
    ("cue-before", "The deal values 100% of Norvane at €1.6 billion.", 0, "total_value"),
    ("cue-before", "Kestrel will acquire Norvane for an enterprise value of ₹1,200 crore.", 0, "total_value"),
    ("total-after", "Norvane scores $40M upfront from Kestrel—and up to $900M total—in antibody pact", 1,
     "total_value"),
    ("cue-before", "Norvane signed a pact with Kestrel that could pay out up to $700 million or more.", 0,
     "total_value"),
    ("kind-after-total-word", "The pact is worth $50M upfront and up to $1.25B overall.", 0, "upfront"),
    ("cue-after", "The pact is worth $50M upfront and up to $1.25B overall.", 1, "total_value"),
    ("cue-before", "The terms include an upfront payment of $10m.", 0, "upfront"),
    ("cue-after", "Kestrel will pay $75M upfront.", 0, "upfront"),
    ("more-if-condition", "Norvane gets an additional $75 million if worldwide net sales exceed $1.5 billion.", 0,
     "milestones"),
    ("cue-after", "Kestrel will pay $5 million upfront and up to $120 million.", 0, "upfront"),
    ("cue-after", "The pact includes $35 million upfront but is backloaded with $901 million on the line.", 1,
     "milestones"),
    ("cue-after", "Norvane could receive up to $1.35bn in development milestones.", 0, "milestones"),
    ("kind-after-total-word", "Norvane granted Kestrel rights to NB-3 in a deal worth $80 million up front.", 0,
     "upfront"),
    ("cue-after", "Norvane gets $45 million upfront, with a further $1.2 billion possible in development and "
     "commercial milestones.", 1, "milestones"),
    ("cue-before", "Kestrel could make downstream payments of up to $520 million.", 0, "milestones"),
    ("bound-received", "Norvane will receive up to $300 million after entering into an exclusive licence with "
     "Kestrel.", 0, "total_value"),
]

# (why it is a counter-example, sentence, which amount, role it must not get, or None: no role at all)
COUNTER_EXAMPLES = [
    ("the CVRs' own total is no price with its CVR", "Holders get one CVR of $1.00 per share, for a total of up to $90 "
     "million in CVR payments.", 1, "total_value"),
    ("one kind totalled is not combined", "Norvane is eligible for milestones totaling $175m.", 0, "combined"),
    ("upfront payments are one kind", "Norvane gets upfront payments totaling $170m.", 0, "combined"),

    ("a plain upfront is not upfront-and-near-term", "Kestrel pays $50m upfront and $20m later.", 1, "upfront"),
    ("a deal noun after a cue is the cue's", "Kestrel signed a $47 million upfront deal with Norvane.", 0,
     "total_value"),
    ("no cue: no role", "Norvane reported revenue of $12m.", 0, None),
    ("cash paid upon approval is no upfront", "Kestrel will pay Norvane $50 million in cash upon approval.", 0,
     "upfront"),
    ("a bound paid in cash is no upfront", "Kestrel may pay up to $50 million in cash.", 0, "upfront"),
    ("cash and stock is not all cash", "Kestrel pays $80 million in cash and stock.", 0, "upfront"),
    ("the cash part of cash and stock is not all", "Kestrel will pay $50M in cash plus $150M in common stock.", 0,
     "upfront"),
    ("a payment to the deal is no kind's total", "Kestrel made milestone payments to the deal totaling $50 million, "
     "it said.", 0, "milestones"),
    ("the purpose of a sum is no list of kinds", "Kestrel pays $30 million for exercise of its right to buy the "
     "drug.", 0, "milestones"),
    ("a sum to follow in a year is no milestone", "Kestrel pays $20 million upfront, with $30 million to follow in "
     "2026.", 1, "milestones"),
    ("one kind of a list of adjectives is not combined", "Halvard will receive up to $240 million in research, "
     "clinical, regulatory and sales milestone payments.", 0, "combined"),
    ("a total of another kind is not the deal's", "Norvane reported $40 million total revenue for the year.", 0,
     "total_value"),
    ("a stake of under half bought is no price", "Kestrel buys 4.91% stake in Norvane Bio for 142 mln yuan.", 0,
     "total_value"),
    ("shares bought are no deal's price", "Kestrel also agreed to purchase an equity stake of up to 19.9% of the "
     "outstanding shares of Norvane's common stock for up to about $40 million.", 0, "total_value"),
    ("a price paid in cash up front is the upfront", "Kestrel agreed to acquire a royalty interest in NB-7 from "
     "Norvane Inc. (NRV), its partner of many years, for $900 million in cash up front.", 0, "total_value"),
    ("a minority equity stake bought is an investment", "Kestrel will purchase an equity stake of 9.9% in Norvane, "
     "a company it has worked with since its founding, for about €5 million.", 0, "total_value"),
    ("a past purchase told in passing is no price", "Norvane, which was acquired in 2015, signed a pact with Kestrel "
     "for $30 million.", 0, "total_value"),
    ("a deal noun after 'for' is what the sum is paid for", "Norvane may also receive milestones in excess of $400 "
     "million for collaboration and clinical development events.", 0, "total_value"),
    ("a kind after a price is the kind's", "Kestrel will acquire rights to NB-7 from Norvane for $20 million upfront.",
     0, "total_value"),
    ("shares bought at a premium are a stake", "Kestrel will buy $50 million of Norvane stock, a 35% premium to its "
     "closing price.", 0, "total_value"),
    ("the deal's worth is not the upfront's", "Kestrel will pay $50 million upfront for global rights to NB-1, in a "
     "deal worth up to $1.2 billion including milestones.", 1, "upfront"),
    ("'in total' after a kind of payment is that kind's sum", "It gets milestone payments of up to $490 million in "
     "total.", 0, "total_value"),
    ("'in total' after contingency payments listed with milestones is their sum", "Norvane is eligible for "
     "potential milestones and contingency payments of up to $800 million in total.", 0, "total_value"),
    ("'in aggregate' after a kind of payment is that kind's sum", "It gets milestone payments of up to RMB1,050 "
     "million (US$145 million) in aggregate.", 0, "total_value"),
    ("the cue right after the amount before is that amount's", "Kestrel pays $35 million upfront but is largely "
     "backloaded with $901 million later.", 1, "upfront"),
    ("one kind included is not every kind", "Norvane gets up to $50m, including milestones.", 0, "total_value"),
    ("the upfront of the amount before is not listed", "Norvane gets $5m upfront and milestone payments of up to "
     "$100m.", 1, "total_value"),
    ("a condition of an option is no milestone", "Kestrel will pay an additional $60M if it exercises its option in "
     "Europe.", 0, "milestones"),
    ("a deal worth a sum is no measure of a kind", "The deal is worth $1.9 billion, with milestones to come.", 0,
     "milestones"),
    ("the price an option sets is no option fee", "Kestrel holds an option to acquire Norvane for $900 million.",
     0, "upfront"),
    ("a condition ends no deal noun", "Norvane could receive an additional $350 million if its partnership succeeds "
     "in the clinic.", 0, "total_value"),
    ("a bound before a rise is no sum paid", "The deal is worth up to $2 billion, rising to $2.4 billion with "
     "royalties.", 0, "upfront"),
    ("a potential sum with no condition is no more", "Norvane can get another potential $2 billion from the deal.", 0,
     "milestones"),
    ("a bound of a deal with a party is not a plain sum", "Kestrel signed an agreement with Norvane for $5 million "
     "upfront.", 0, "total_value"),
    ("a stake held by other holders is no equity investment", "The tender offer will obtain the roughly 45 pct stake "
     "in Norvane held by minority shareholders for about 80 billion yen.", 0, "equity"),
    ("a total named after the figure before is not the subject", "Kestrel pays $50 million upfront, and the total "
     "value could reach $500 million.", 1, "upfront"),
    ("a company's worth is no stock issued", "Kestrel is worth approximately 800 million yen.", 0, "equity"),
    ("'up to' a received sum is no plain sum", "Norvane will receive up to $67 million.", 0, "upfront"),
    ("a bound received in a kind is that kind's", "Norvane could receive up to $67 million in milestones.", 0,
     "total_value"),
    ("a plain sum received is no bound", "Norvane will receive $67 million after signing.", 0, "total_value"),
    ("a sum received in a kind is that kind's", "Norvane will receive $67 million in milestones.", 0, "upfront"),
    ("a milestone list without a first payment is milestones", "Norvane gets development and commercial milestone "
     "payments of up to $200m.", 0, "total_value"),
    ("payments totalled without 'additional' are the deal's", "Norvane is eligible for payments totaling $604 "
     "million.", 0, "milestones"),
    ("a new clause after a comma ends the attached phrase", "Kestrel pays up to $40m in research funding, and "
     "further milestones may follow.", 0, "milestones"),
    ("a payment said to have no figure is no cue", "Norvane gets an undisclosed upfront payment, with $30 million "
     "more to come.", 0, "upfront"),
    ("a service's fee is no upfront", "Norvane will make NB-4 for Kestrel, which pays a fee of $5 million.", 0,
     "upfront"),
    ("a purchase ended by a full stop is not this amount's", "Kestrel will acquire rights. Norvane gets $12m.", 0,
     "total_value"),
]


def test_every_rule_has_an_example_here() -> None:
    assert {rule for rule, *_ in EXAMPLES} == RULE_NAMES
    assert all(r.example for r in ROLE_RULES)


@pytest.mark.parametrize(("rule", "sentence", "which", "role"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_rule_examples(rule: str, sentence: str, which: int, role: str) -> None:
    assert read_role(_clause(sentence, which)) == (role, rule)


@pytest.mark.parametrize(
    ("why", "sentence", "which", "role"), COUNTER_EXAMPLES, ids=[c[0] for c in COUNTER_EXAMPLES]
)
def test_counter_examples(why: str, sentence: str, which: int, role: str | None) -> None:
    got, _rule = read_role(_clause(sentence, which))
    if role is None:
        assert got is None
    else:
        assert got != role
