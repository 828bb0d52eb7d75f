"""Which amounts are this deal's terms: short articles written for each form and trap."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extraction import extract

LEAD = "Alderbrook Therapeutics and Quillon Pharma have entered into an exclusive license agreement for QP-214."


def _terms(text: str) -> dict[str, tuple[Decimal, str | None] | None]:
    result = extract(text)
    assert result.is_deal, result.reason
    assert result.deal is not None
    out: dict[str, tuple[Decimal, str | None] | None] = {}
    for field in ("upfront", "milestones", "total_value", "equity"):
        money = getattr(result.deal, field)
        out[field] = (money.amount, money.currency) if money is not None else None
    return out


def M(amount: str, currency: str | None = "USD") -> tuple[Decimal, str | None]:
    return Decimal(amount), currency


# (id, body after the lead sentence, expected upfront, milestones, total_value, equity)
FORMS = [
    ("usd-m", "Quillon will pay Alderbrook $10m upfront and up to $90m in development milestones.",
     M("10e6"), M("90e6"), M("100e6"), None),
    ("usd-billion-us-dollar-sign", "Alderbrook receives an upfront payment of US$50 million and is eligible for up to "
     "US$1.2 billion in regulatory and sales milestones.", M("50e6"), M("1.2e9"), M("1.25e9"), None),
    ("eur-bn-sign", "Alderbrook will get €40m up front and up to €1.35bn in milestone payments.",
     M("40e6", "EUR"), M("1.35e9", "EUR"), M("1.39e9", "EUR"), None),
    ("eur-code-before", "The terms include an upfront payment of EUR 25 million and milestones of up to E"
                        "UR 300 million.",
     M("25e6", "EUR"), M("300e6", "EUR"), M("325e6", "EUR"), None),
    ("gbp-words-after", "Quillon will pay 20 million pounds upfront, plus up to 180 million pounds in milestones.",
     M("20e6", "GBP"), M("180e6", "GBP"), M("200e6", "GBP"), None),
    ("rmb-with-usd-conversion", "Alderbrook will receive an upfront payment of RMB 300 million (USD 42 million) and "
     "milestone payments of up to RMB 2 billion (USD 280 million).",
     M("300e6", "CNY"), M("2e9", "CNY"), M("2.3e9", "CNY"), None),
    ("jpy-code", "Quillon pays JPY 3 billion upfront and up to JPY 40 billion in milestones.",
     M("3e9", "JPY"), M("40e9", "JPY"), M("43e9", "JPY"), None),
    ("yen-words", "The upfront payment is 1.5 billion yen, with development milestones of up to 20 billion yen.",
     M("1.5e9", "JPY"), M("20e9", "JPY"), M("21.5e9", "JPY"), None),
    ("chf-glued", "Alderbrook will receive CHF15 million upfront and up to CHF400 million in milestones.",
     M("15e6", "CHF"), M("400e6", "CHF"), M("415e6", "CHF"), None),
    ("krw", "Quillon will pay KRW 10 billion upfront and up to KRW 500 billion in milestones.",
     M("10e9", "KRW"), M("500e9", "KRW"), M("510e9", "KRW"), None),
    ("dkk", "The upfront payment is DKK 100 million and milestones total up to DKK 2 billion.",
     M("100e6", "DKK"), M("2e9", "DKK"), M("2.1e9", "DKK"), None),
    ("no-currency", "Alderbrook will receive an upfront payment of 30m and up to 270m in milestones.",
     M("30e6", None), M("270e6", None), M("300e6", None), None),
]

ROLES = [
    ("milestone-payments-totalling", "Alderbrook is eligible to receive milestone payments totalling up to $210m plus "
     "royalties on net sales.", None, M("210e6"), None, None),
    ("stated-total-wins", "The deal is worth up to $500 million. Quillon will pay $25 million upfront and up to "
     "$450 million in milestones.", M("25e6"), M("450e6"), M("500e6"), None),
    ("upfront-and-near-term", "Alderbrook will receive $60 million in upfront and near-term payments and up to "
     "$700 million in milestones.", M("60e6"), M("700e6"), M("760e6"), None),
    ("milestone-kinds-add-up", "Alderbrook is eligible for development milestones of up to $100 million and "
     "commercial milestones of up to $250 million, on top of a $15 million upfront.",
     M("15e6"), M("350e6"), M("365e6"), None),
    ("per-candidate-multiplied", "Quillon will pay $5 million upfront and up to $120 million for each of the four "
     "programs.", M("5e6"), M("480e6"), M("485e6"), None),
    ("per-target-count-of-two-lists", "The partners will add up to six cancer and two other drug targets. Quillon "
     "pays $20 million upfront and up to $100 million in milestones for each new target.",
     M("20e6"), M("800e6"), M("820e6"), None),
    ("per-target-count-elsewhere", "The pact covers up to three undisclosed targets. Quillon pays $12 million upfront "
     "and up to $200 million per target in milestones.", M("12e6"), M("600e6"), M("612e6"), None),
    ("equity-same-currency-added", "Quillon will make an equity investment of $30 million in Alderbrook and pay an "
     "upfront fee of $20 million, with up to $150 million in milestones.", M("20e6"), M("150e6"), M("200e6"),
     M("30e6")),
    ("equity-other-currency-not-added", "Alderbrook will receive CHF20 million upfront and $10 million in exchange "
     "for a convertible note, plus up to CHF300 million in milestones.",
     M("20e6", "CHF"), M("300e6", "CHF"), M("320e6", "CHF"), M("10e6")),
    ("combined-upfront-and-milestones", "The upfront and milestone payments could total up to $95 million.",
     None, None, M("95e6"), None),
    ("a-bundle-that-holds-the-upfront", "Alderbrook is eligible for up to £40 million in up-front and milestone "
     "payments. Quillon makes an initial payment of £6 million.", M("6e6", "GBP"), None, M("40e6", "GBP"), None),
    ("a-bundle-of-the-told-parts-is-their-sum", "The licence brings Alderbrook upfront and milestone payments "
     "exceeding $1.1 billion. Quillon pays $100 million upfront, development milestones of up to $500 million and "
     "sales milestones of up to $540 million.", M("100e6"), M("1.04e9"), M("1.14e9"), None),
    ("a-bundle-above-the-told-parts-is-the-whole", "The licence brings Alderbrook upfront and milestone payments of "
     "up to $2 billion. Quillon pays $100 million upfront and development milestones of up to $500 million.",
     M("100e6"), M("500e6"), M("2e9"), None),
    ("a-bundle-of-other-kinds-adds-to-the-upfront", "Quillon will make a $15 million equity investment and pay up to "
     "$25 million upfront for the option. Alderbrook is also eligible to receive up to $800 million in license fees "
     "and milestone payments if Quillon exercises its option.", M("25e6"), None, M("840e6"), M("15e6")),
    ("per-share-at-closing-then-total", "Quillon will acquire Alderbrook for an initial payment of $7.00 per share "
     "in cash at closing, or $0.8 billion. Alderbrook holders will also receive a contingent value right (CVR) of "
     "$7.00 per share upon approval. Total consideration including the CVR, if the milestone is achieved, would be "
     "approximately $1.7 billion.", M("800e6"), M("900e6"), M("1.7e9"), None),
    ("per-share-with-totals-in-brackets", "Quillon has agreed to pay $22.50 per Alderbrook share in cash (or an "
     "aggregate of around $880 million) payable at closing plus one contingent value right (CVR) worth up to $4.00 "
     "per share in cash (or an aggregate of about $160 million), for a total consideration of up to $26.50 per "
     "share in cash (or an aggregate of about $1.040 billion).", M("880e6"), M("160e6"), M("1.04e9"), None),
    ("per-share-with-totals", "Quillon will acquire Alderbrook for up to $12.00 per share in cash, or approximately "
     "$600 million. Holders get $10.00 per share, or a total of $500m, payable at closing, and a contingent value "
     "right worth up to $2.00 per share, or around $100m.", M("500e6"), M("100e6"), M("600e6"), None),
    ("per-share-cvr-for-a-total-of-everything", "Quillon will acquire Alderbrook for $30 per share in cash plus one "
     "contingent value right worth up to $5 per share, for a total of up to $1.4 billion.", None, None, M("1.4e9"),
     None),
    ("acquisition-price-alone-is-the-total", "Quillon will acquire Alderbrook for $45.00 per share in cash, for a "
     "total equity value of approximately $1.2 billion.", M("1.2e9"), None, M("1.2e9"), None),
    ("per-share-through-a-tender-offer-then-its-total", "Quillon will acquire Alderbrook for $21 per share in cash "
     "through a tender offer, or about $640 million.", M("640e6"), None, M("640e6"), None),
    ("per-share-which-represents-a-total-value", "Quillon will acquire Alderbrook for $18 per share, which represents "
     "a total cash value of around $720 million, including existing cash (making the cost of the deal around $600 "
     "million).", None, None, M("720e6"), None),
    ("upon-closing-and-upon-events", "Alderbrook will receive $40 million upon closing, $15 million upon the first "
     "commercial sale in Europe and $10 million upon regulatory approval in Japan.",
     M("40e6"), M("25e6"), M("65e6"), None),
    ("per-target-scope-before-amounts", "The partners will work on four targets. For each target selected, Alderbrook "
     "is eligible for up to $50 million in development milestones and up to $100 million in sales milestones. "
     "Quillon pays $30 million upfront.", M("30e6"), M("600e6"), M("630e6"), None),
    ("amount-before-deal-noun-is-total", "Under the $250 million financing agreement, Alderbrook receives $200 million "
     "upon closing.", M("200e6"), None, M("250e6"), None),
    ("upfront-and-short-term", "Alderbrook is entitled to upfront and short-term research payments of CHF5 million "
     "and up to CHF200 million in milestones.", M("5e6", "CHF"), M("200e6", "CHF"), M("205e6", "CHF"), None),
    ("several-kinds-in-one-figure", "Alderbrook will receive $120 million in upfront, equity and near-term research "
     "payments and up to an additional $300 million in development, regulatory and commercial milestone payments.",
     None, M("300e6"), M("420e6"), None),
    ("milestones-of-new-kinds-in-a-later-sentence", "Quillon pays $20 million upfront and up to $200 million in "
     "development and regulatory milestones. If the drug is launched, Alderbrook is eligible for up to $150 million in "
     "sales milestones.", M("20e6"), M("350e6"), M("370e6"), None),
    ("a-second-package-is-not-added", "Quillon pays $50 million upfront and up to $100 million in sales milestones. "
     "Quillon also provides $5 million in upfront funding and a $2 million regulatory milestone for NB-9.",
     M("50e6"), M("100e6"), M("150e6"), None),
    ("combined-upfront-and-milestones-after-the-amount", "Alderbrook stands to receive up to $745m in combined upfront "
     "and milestone payments.", None, None, M("745e6"), None),
    # the licence lead makes this a mixed story: the price is not taken as an acquisition's upfront
    ("acquisition-price-in-a-licence-story", "Quillon said it will pay 490 billion yen ($4.5 billion) to make "
     "Alderbrook a fully owned subsidiary.", None, None, M("490e9", "JPY"), None),
    ("up-to-an-additional", "Quillon will pay a one-time upfront payment of JPY5 billion and up to an additional "
     "JPY48 billion at the time of filing an application and its approval.", M("5e9", "JPY"), M("48e9", "JPY"),
     M("53e9", "JPY"), None),
    ("conversion-then-milestone-phrase", "Alderbrook will receive an upfront payment of US$105 million (116 billion "
     "won) and up to US$810 million (930 billion won) in development and sales milestones.",
     M("105e6"), M("810e6"), M("915e6"), None),
    ("total-that-includes-upfront-and-milestones", "Alderbrook will receive a total of $145 million that includes an "
     "upfront payment of $6 million and milestone payments upon approval.", M("6e6"), M("139e6"), M("145e6"), None),
    ("at-the-price-of", "Quillon licensed NB-3 at the price of US$915 million.", None, None, M("915e6"), None),
    ("more-milestones-said-to-come-on-top", "Alderbrook will receive an upfront payment of £0.5 million and a further "
     "£1.5 million upon first commercial sale. Alderbrook will also receive up to £4.0 million in milestone payments "
     "on cumulative sales.", M("0.5e6", "GBP"), M("5.5e6", "GBP"), M("6e6", "GBP"), None),
    ("per-share-in-cash-with-cvr-and-total", "Quillon will acquire all of the shares of Alderbrook for $10.75 per "
     "share in cash, or ~ $535 million. Holders also receive a contingent value right of up to $5.00 per share, or "
     "a total transaction value of up to $801 million.", M("535e6"), M("266e6"), M("801e6"), None),
    ("acquisition-price-and-cvr", "Quillon will acquire Alderbrook for up to $1.1 billion, paying $800 million in "
     "cash at closing plus a contingent value right of up to $300 million.", M("800e6"), M("300e6"), M("1.1e9"), None),
    # how Asian and European releases name the payments
    ("contract-size-with-down-payment", "The total contract size is KRW 500 billion, including a down payment of "
     "KRW 10 billion.", M("10e9", "KRW"), M("490e9", "KRW"), M("500e9", "KRW"), None),
    ("deal-size-of-which-upfront", "The deal size is $500 million, of which $10 million is an upfront payment.",
     M("10e6"), M("490e6"), M("500e6"), None),
    ("lump-sum", "Alderbrook receives a lump-sum payment of $10 million and milestone payments of up to "
     "$490 million.", M("10e6"), M("490e6"), M("500e6"), None),
    ("initial-license-fee-is-no-history", "Quillon will pay an initial license fee of $10 million, plus up to "
     "$490 million in milestones.", M("10e6"), M("490e6"), M("500e6"), None),
    ("milestones-in-total", "Quillon will pay a non-refundable upfront payment of US$10 million and development, "
     "regulatory and sales milestone payments of up to US$490 million in total.", M("10e6"), M("490e6"),
     M("500e6"), None),
    ("alternative-ceilings", "Quillon will pay $10 million upfront. Alderbrook is eligible for milestone payments "
     "with a total potential value of up to $400 million if milestones for all four programs are met, and up to "
     "$650 million if the milestones tied to its options are met too.", M("10e6"), M("650e6"), M("660e6"), None),
    ("two-conditioned-milestones-add-up", "Quillon will pay $10 million upfront. Alderbrook is eligible for up to $100 "
     "million in milestones if the drug is approved in the US, and up to $50 million if it is approved in Europe.",
     M("10e6"), M("150e6"), M("160e6"), None),
    ("per-unit-then-whole", "Quillon will pay $20 million upfront and $90 million in development milestone payments "
     "for each of the programs, or $540 million overall.", M("20e6"), M("540e6"), M("560e6"), None),
    ("per-unit-with-a-second-figure-of-its-own", "Quillon will pay $20 million upfront and $90 million in milestones "
     "for each of the programs, and $300 million in sales milestones.", M("20e6"), None, None, None),
    ("research-funding-is-no-upfront", "Quillon could get another $8 million or so over the research term of the "
     "deal, and $60 million in development milestone payments.", None, M("60e6"), None, None),
    ("unlabelled-before-milestones-still-reads", "Quillon will pay $8 million, and $60 million in development "
     "milestone payments.", M("8e6"), M("60e6"), M("68e6"), None),
    ("an-exercise-fee-is-no-upfront", "Quillon will pay $5 million for an option to license NB-9. If Quillon "
     "exercises the option, it would pay an exercise fee of $40 million, and up to $300 million in milestones.",
     M("5e6"), M("300e6"), None, None),
    # parts-of-a-stated-figure: a figure and the parts it is said to include are read once
    ("parts-after-including", "Alderbrook will receive upfront cash payments of $1.65 billion, including $1.4 billion "
     "due at closing and $250 million over two years. It is also eligible for up to $3.6 billion in milestones.",
     M("1.65e9"), M("3.6e9"), M("5.25e9"), None),
    ("milestone-subtotal-with-parts", "Quillon will pay $100 million upfront and up to $3.5 billion in milestones, "
     "which include $1.4 billion in development milestones and $2.1 billion in sales milestones.",
     M("100e6"), M("3.5e9"), M("3.6e9"), None),
    ("bracketed-parts-with-equity", "Alderbrook will receive $90 million upfront at closing ($75 million in cash and "
     "$15 million equity investment) and up to $100 million in milestones.",
     M("75e6"), M("100e6"), M("190e6"), M("15e6")),
    ("a-part-with-its-own-role-is-kept-and-the-rest-is-milestones", "The licence is valued at $477 million, "
     "including an upfront payment of $11 million.", M("11e6"), M("466e6"), M("477e6"), None),
    ("a-total-with-milestones-leaves-them-as-the-rest", "Alderbrook will receive a $500 million upfront payment. With "
     "regulatory and commercial milestones, the deal could be worth up to $5 billion.", M("500e6"), M("4.5e9"),
     M("5e9"), None),
    ("no-rest-when-equity-could-be-it", "Quillon will pay $50 million upfront and buy $20 million of equity in "
     "Alderbrook. With milestones, the deal is worth up to $400 million.", M("50e6"), None, M("400e6"), M("20e6")),
    ("no-rest-from-an-option-price", "Alderbrook will receive a $140 million upfront payment. The agreement "
     "includes the upfront payment as well as the potential right to acquire Alderbrook for $1 billion.",
     M("140e6"), None, M("1e9"), None),
    ("no-rest-from-a-bare-total", "Alderbrook will receive a $30 million upfront payment. The deal is worth up to "
     "$300 million.", M("30e6"), None, M("300e6"), None),
    ("a-whole-of-its-parts-is-the-total", "Alderbrook is eligible to receive up to $500 million, including a "
     "$10 million upfront payment, plus tiered royalties.", M("10e6"), M("490e6"), M("500e6"), None),
    ("equity-inside-the-upfront-is-not-added", "Quillon will make an upfront payment of $10 million, which includes "
     "an equity investment of $5 million, and pay up to $490 million in milestones.",
     M("10e6"), M("490e6"), M("500e6"), None),
    ("milestones-that-could-total", "Financial terms include $10 million upfront and milestone payments that could "
     "total $490 million.", M("10e6"), M("490e6"), M("500e6"), None),
    ("a-total-after-a-comma-is-the-total", "Quillon will make an upfront payment of CHF 40 million. Alderbrook is "
     "eligible for milestone payments of up to CHF 610 million, bringing the total potential value of the "
     "agreement to up to CHF 650 million.", M("40e6", "CHF"), M("610e6", "CHF"), M("650e6", "CHF"), None),
    ("a-decimal-is-no-count-of-programs", "Quillon pays $10 million upfront. Alderbrook is eligible for up to $200 "
     "million in milestones per program, or $1.6 billion across the eight programs.",
     M("10e6"), M("1.6e9"), M("1.61e9"), None),
    ("dollars-of-stock-bought-are-equity", "Quillon will buy $15 million of Alderbrook's common stock and pay $10 "
     "million upfront.", M("10e6"), None, None, M("15e6")),
    ("a-milestone-upon-ind-clearance", "Alderbrook will receive $30 million upfront and an additional $20 million "
     "upon clearance of the IND application. Alderbrook is also eligible for up to $620 million in development and "
     "commercial milestones.", M("30e6"), M("640e6"), M("670e6"), None),
    ("the-rest-of-the-value-in-milestones", "The licence is worth up to 1.7 trillion won. Alderbrook will receive an "
     "upfront payment of 40 billion won, with the rest of the contract value to be paid as development and sales "
     "milestones.", M("40e9", "KRW"), M("1.66e12", "KRW"), M("1.7e12", "KRW"), None),
    ("an-option-fee-is-paid-upfront", "Quillon will pay a $10 million option fee for the right to license QP-214, "
     "and Alderbrook will be eligible for up to $450 million in milestones.", M("10e6"), M("450e6"), M("460e6"),
     None),
    ("an-option-exercise-fee-is-no-upfront", "Quillon will pay $20 million upfront for the option and, on exercise, "
     "an option exercise fee of $80 million.", M("20e6"), None, None, None),
    ("a-named-item-and-others-counted", "The collaboration has an initial focus on DMD and two other undisclosed "
     "targets. Quillon pays $10 million upfront, and Alderbrook is eligible for up to $100 million in milestones per "
     "target.", M("10e6"), M("300e6"), M("310e6"), None),
    ("a-count-of-products-worth-a-price-is-the-price", "Quillon will acquire 12 products valued at $300 million "
     "from Alderbrook.", None, None, M("300e6"), None),
    ("sales-goals-of-the-deal-are-milestones", "Quillon pays $9 million upfront and up to $91 million upon sales "
     "goals.", M("9e6"), M("91e6"), M("100e6"), None),
    ("an-upfront-and-the-same-total-restated", "The deal is worth up to $600 million. Quillon committed to an "
     "upfront payment of $50 million, with the total deal potentially reaching $600 million.", M("50e6"),
     None, M("600e6"), None),
    ("an-unspecified-upfront-in-a-deal", "Quillon pays an unspecified upfront in a $358 million deal, milestones "
     "and all.", None, None, M("358e6"), None),
    ("a-stated-upfront-in-a-deal", "Quillon pays an upfront of $40 million in a $358 million deal.", M("40e6"), None,
     M("358e6"), None),
    ("parts-after-a-dash", "Quillon paid Alderbrook $10 million in upfront payments — $5 million in cash and "
     "another $5 million in its common stock — and will pay up to $90 million in milestones.", M("10e6"), M("90e6"),
     M("100e6"), None),
    ("a-dash-before-more-terms-is-no-parts", "Quillon pays $10 million upfront — and up to $90 million in milestones.",
     M("10e6"), M("90e6"), M("100e6"), None),
    ("respectively-lists", "Quillon will pay Alderbrook (i) milestone fees of a maximum aggregate amount of "
     "US$40,000,000 and US$30,000,000 in relation to Area A and Area B respectively; and (ii) license fees of "
     "US$2,000,000 and US$1,000,000 for Area A and Area B respectively.", M("3e6"), M("70e6"), M("73e6"), None),
    ("payments-of-the-sentence-before", "Quillon will make milestone payments upon the achievement of clinical and "
     "commercial milestones. The payments could reach up to $600 million.", None, M("600e6"), None, None),
    ("payments-of-several-kinds-before", "Quillon will make an upfront payment and milestone payments. The payments "
     "could reach up to $600 million.", None, None, M("600e6"), None),
    ("equity-in-the-deals-currency", "Quillon pays US$50 million upfront and up to US$450 million in milestones. "
     "Quillon will buy 2,000,000 Alderbrook shares at HK$50.00 (~HK$100M) — a 20% premium to the prior close; the "
     "equity component equals US$12.8 million.", M("50e6"), M("450e6"), M("512.8e6"), M("12.8e6")),
    ("equity-in-one-currency-only", "Quillon pays US$50 million upfront and up to US$450 million in milestones. "
     "Quillon will also make an equity investment of HK$100M in Alderbrook.", M("50e6"), M("450e6"), M("500e6"),
     M("100e6", "HKD")),
    ("an-option-exercise-up-to-is-no-milestone", "Quillon will pay an upfront payment of $10 million to Alderbrook, "
     "which will also receive payments for an option exercise for up to $40 million.", M("10e6"), None, None, None),
    ("an-unlabelled-up-to-after-terms-is-milestones", "Quillon will pay an upfront payment of $10 million to "
     "Alderbrook, which will also receive payments for up to $40 million.", M("10e6"), M("40e6"), M("50e6"), None),
    ("each-of-which-after-a-count", "Quillon pays $10 million upfront. Quillon may start up to five programs, each "
     "of which could yield up to $100 million in milestones for Alderbrook.", M("10e6"), M("500e6"), M("510e6"), None),
    ("each-of-which-of-another-clause", "Quillon pays $10 million upfront. The pact covers five programs, each of "
     "which is in preclinical development; Alderbrook is eligible for up to $100 million in milestones.", M("10e6"),
     M("100e6"), M("110e6"), None),
    ("a-single-milestone-payment-then-more", "Quillon pays $20 million upfront, along with a $5 million milestone "
     "payment on the first dosing. The biggest payoff is the $400 million in success-based milestones, $150 million "
     "of which is tied to approval milestones.", M("20e6"), M("405e6"), M("425e6"), None),
    ("a-part-of-which-of-another-kind-is-kept", "The deal size is $500 million, $10 million of which is an upfront "
     "payment.", M("10e6"), M("490e6"), M("500e6"), None),
    ("parts-that-exceed-the-figure-are-not-its-parts", "Quillon will pay $50 million upfront (and up to $900 million "
     "in milestones).", M("50e6"), M("900e6"), M("950e6"), None),
]

TRAPS = [
    ("earlier-deal-recalled", "In 2019, the companies signed an earlier pact worth $50 million upfront. "
     "Under the new agreement, Quillon will pay $8 million upfront and up to $80 million in milestones.",
     M("8e6"), M("80e6"), M("88e6"), None),
    ("milestones-already-paid", "To date, Alderbrook has received $40 million in milestone payments from Quillon. "
     "Under the new licence, Alderbrook gets $10 million upfront and up to $60 million in milestones.",
     M("10e6"), M("60e6"), M("70e6"), None),
    ("market-size", "The global market for the indication is expected to be worth $12 billion by 2030. "
     "Quillon will pay $9 million upfront and up to $91 million in milestones.", M("9e6"), M("91e6"), M("100e6"), None),
    ("an-equity-value-beside-the-enterprise-value", "Quillon will acquire Alderbrook for $116.50 per share in cash. "
     "The acquisition values Alderbrook at around $6.2 billion on a fully diluted basis with an enterprise value of "
     "around $6.5 billion.", None, None, M("6.2e9"), None),
    ("a-total-the-milestones-bring-the-deal-to", "Alderbrook is in line for $45 million upfront. Biobucks bring "
     "the total to $1.2 billion.", M("45e6"), None, M("1.2e9"), None),
    ("a-licensing-fee-is-the-upfront", "The licensing fee is $10 million, paid on signing.", M("10e6"), None, None,
     None),
    ("a-sales-price-and-its-parts", "Quillon has agreed to sell a portfolio of drugs to Alderbrook for $150 million. "
     "Quillon will get $140 million upfront in cash and up to an additional $10 million in potential milestone "
     "payments.", M("140e6"), M("10e6"), M("150e6"), None),
    ("a-sales-price-and-other-sums", "Quillon has agreed to sell a portfolio of drugs to Alderbrook for $150 million. "
     "Quillon will also get $20 million upfront for a licence and up to $10 million in milestones.",
     M("150e6"), M("10e6"), M("160e6"), None),
    ("market-opportunities-listed", "Quillon will pay $50 million upfront and up to $900 million in milestones. "
     "The milestones reflect the market opportunities in psoriasis, lupus, and asthma, totaling more than $12 "
     "billion, Alderbrook's chief executive said.", M("50e6"), M("900e6"), M("950e6"), None),
    ("a-part-told-after-of-which", "Alderbrook will receive an upfront payment of 7 million euros and could receive up "
     "to a further 407 million euros in potential development, regulatory and commercialization milestones, of which "
     "11 million euros is in preclinical milestones.", M("7e6", "EUR"), M("407e6", "EUR"), M("414e6", "EUR"), None),
    ("a-part-of-another-kind-after-of-which", "Alderbrook could receive up to 407 million euros in total, of which 11 "
     "million euros is upfront.", M("11e6", "EUR"), M("396e6", "EUR"), M("407e6", "EUR"), None),
    ("a-further-sum-of-the-same-size", "Alderbrook gets $100 million up front. Of the $2.6 billion headline value of "
     "the deal, $1.1 billion is in development and regulatory milestones. A further $1.1 billion hangs upon achieving "
     "certain global sales milestones.", M("100e6"), M("2.2e9"), M("2.6e9"), None),
    ("the-same-sum-told-again", "Alderbrook gets $100 million up front and up to $1.1 billion in milestones. The $1.1 "
     "billion in milestones is tied to sales goals.", M("100e6"), M("1.1e9"), M("1.2e9"), None),
    ("a-superlatives-to-date-is-no-sum-paid", "Under its largest takeover deal to date, Quillon is to pay 362 million "
     "pounds upfront, in a mix of cash and shares, and up to 200 million pounds contingent on Alderbrook's future "
     "performance.", M("362e6", "GBP"), M("200e6", "GBP"), M("562e6", "GBP"), None),
    ("a-sum-paid-to-date-is-an-earlier-term", "Quillon has paid $40 million to date. Quillon will pay $10 million "
     "upfront and up to $90 million in milestones.", M("10e6"), M("90e6"), M("100e6"), None),
    ("a-range-is-one-figure", "Quillon will pay $25 million upfront, and Alderbrook could be in line for between $70 "
     "million and $220 million in milestones.", M("25e6"), M("220e6"), M("245e6"), None),
    ("a-capacity-reservation-fee-paid-upfront", "Quillon will pay Alderbrook £15 million upfront as a capacity "
     "reservation fee.", M("15e6", "GBP"), None, None, None),
    ("a-reimbursable-capacity-reservation-is-no-term", "Quillon will pay $20 million upfront and a one-time "
     "reimbursable payment of $26 million for manufacturing capacity reservation.", M("20e6"), None, None, None),
    ("a-floor-the-parts-pass", "It is a potential $1B-plus deal. Quillon pays up to $53 million in upfront and "
     "near-term cash and $1.05 billion in milestone payments.", M("53e6"), M("1.05e9"), M("1.103e9"), None),
    ("a-subheads-bound-and-the-exact-figure", "Quillon will pay $750 million upfront.\n\nMilestones could top $3 "
     "billion\n\nAlderbrook is eligible to receive up to $3.15 billion in development, regulatory and sales "
     "milestones.", M("750e6"), M("3.15e9"), M("3.9e9"), None),
    ("what-a-past-buyout-brought", "Quillon has sold another plant, one of the sites it picked up in its $9 billion "
     "buyout of Alderbrook.", None, None, None, None),
    ("a-royaltys-sales-tiers", "Quillon has provided $90 million at closing and will receive tiered royalty "
     "payments on net sales, ranging from 6.5% of annual net sales up to $400 million, 2.5% of annual net sales "
     "between $400 million and $800 million.", M("90e6"), None, None, None),
    ("a-dividend-to-holders", "Alderbrook stockholders are expected to receive $2.10 per share, including a cash "
     "dividend of up to approximately $30 million.", None, None, None, None),
    ("patient-count-and-facility", "About 40,000 patients are diagnosed each year, and Quillon's 60,000 square-foot "
     "plant will make the drug. Quillon pays $7 million upfront and up to $70 million in milestones.",
     M("7e6"), M("70e6"), M("77e6"), None),
    ("share-price-and-charge", "Quillon will pay $15 million upfront, or $0.05 per share, recorded as a pre-tax charge "
     "of $15 million, and up to $300 million in milestones. Quillon shares closed at $42.10.",
     M("15e6"), M("300e6"), M("315e6"), None),
    ("sales-threshold", "Alderbrook gets $20 million upfront and up to $200 million in sales milestones, payable when "
     "annual net sales reach $1 billion.", M("20e6"), M("200e6"), M("220e6"), None),
    ("a-payment-that-depends-on-success-in-sales", "Quillon will pay Alderbrook $40 million upfront and additional "
     "payments totaling up to $400 million depending on the drug's success in sales.", M("40e6"), M("400e6"),
     M("440e6"), None),
    ("a-figure-of-sales-is-no-term", "Quillon will pay Alderbrook $40 million upfront and up to $400 million in "
     "milestones. Alderbrook's drug had $90 million in sales last year.", M("40e6"), M("400e6"), M("440e6"), None),
    ("a-payment-due-once-sales-exceed-a-threshold", "Alderbrook gets $20 million upfront and an additional $30 "
     "million if annual net sales exceed $500 million.", M("20e6"), M("30e6"), M("50e6"), None),
    ("separate-investment", "Quillon pays $10 million upfront and up to $100 million in milestones. Separ"
                            "ately, Quillon "
     "announced a $2 billion investment in a new plant.", M("10e6"), M("100e6"), M("110e6"), None),
    ("a-royalty-cap-is-not-a-value", "Alderbrook is eligible for an undisclosed upfront payment and a royalty on "
     "net sales, capped at £2 million per year.", None, None, None, None),
    ("reimbursement-not-upfront", "Quillon will pay $12 million upfront and a reimbursable payment of $4 million for "
     "clinical supply, plus up to $120 million in milestones.", M("12e6"), M("120e6"), M("132e6"), None),
    ("already-paid-past-perfect", "Under the new licence Quillon pays $10 million upfront. As of last year, Quillon "
     "had paid Alderbrook $75 million in licensing and milestone fees.", M("10e6"), None, None, None),
    ("separate-deals-summed", "Quillon has entered into two separate pacts, worth up to more than $2 billion. Under "
     "the first, Alderbrook gets $20 million upfront and up to $600 million in milestones.",
     M("20e6"), M("600e6"), M("620e6"), None),
    ("after-inking-an-earlier-deal", "Two months after inking a $47 million upfront deal with Alderbrook, Quillon is "
     "back: the new licence includes $35 million upfront and $901 million in milestones.",
     M("35e6"), M("901e6"), M("936e6"), None),
    ("the-first-tie-up-and-its-list", "Quillon pays $35 million upfront and up to $901 million in milestones, similar "
     "to the first tie-up, which came in at $47 million to start and $1.3 billion in milestones.",
     M("35e6"), M("901e6"), M("936e6"), None),
    ("another-companys-pending-takeover", "Quillon pays $20 million upfront and up to $300 million in milestones. "
     "With the licence Quillon joins rivals that include Brennar Bio, soon to become part of Ostrin Pharma if a $4.1 "
     "billion takeover deal goes through.", M("20e6"), M("300e6"), M("320e6"), None),
    ("a-party-told-as-being-bought-keeps-its-terms", "Quillon, soon to become part of Ostrin Pharma, pays $20 million "
     "upfront and up to $300 million in milestones.", M("20e6"), M("300e6"), M("320e6"), None),
    ("the-exact-figure-after-a-lower-bound", "Quillon has taken the rights in a deal worth more than $500 million in "
     "biobucks. Quillon pays $20 million upfront, with potentially $490 million to follow in development and sales "
     "milestones.", M("20e6"), M("490e6"), M("510e6"), None),
    ("a-part-after-a-lower-bound-is-no-exact-figure", "Quillon has taken the rights in a deal worth more than $500 "
     "million in biobucks. Quillon pays $20 million upfront, with potentially $90 million to follow in development "
     "milestones.", M("20e6"), M("500e6"), M("520e6"), None),
    ("a-comparison-is-not-a-term", "Quillon pays $35 million upfront and up to $901 million in milestones. With both "
     "pacts the payments approach the size of Quillon's buyout of Brennar Bio for $2.75 billion.",
     M("35e6"), M("901e6"), M("936e6"), None),
    ("a-company-valuation", "Alderbrook, valued at $1.2 billion in its last financing, gets $10 million upfront and "
     "up to $90 million in milestones.", M("10e6"), M("90e6"), M("100e6"), None),
    ("deals-worth-in-all", "Quillon has inked more than $5 billion worth of licensing deals this year. Alderbrook "
     "gets $10 million upfront and up to $90 million in milestones.", M("10e6"), M("90e6"), M("100e6"), None),
    ("an-agreement-of-a-past-year", "The licence replaces a 2019 agreement under which Quillon paid $25 million "
     "upfront. Alderbrook gets $10 million upfront and up to $90 million in milestones.",
     M("10e6"), M("90e6"), M("100e6"), None),
    ("amendment-of-an-existing-deal", "Quillon will pay Alderbrook $900 million upfront as part of an amendment to "
     "an existing partnership. Alderbrook also stands to receive a $200 million milestone payment on approval.",
     M("900e6"), M("200e6"), M("1.1e9"), None),
    ("an-existing-deal-of-a-past-year-is-history", "Under the existing 2015 agreement Quillon will pay $105 million "
     "upfront. Under the amended deal Alderbrook gets $10 million upfront.", M("10e6"), None, None, None),
    ("a-leading-clause-about-other-deals", "As if pacts with Brennar Bio and Zorvex weren't enough, Alderbrook has "
     "signed another collaboration with Quillon that could surpass $1.4 billion in biobucks. Alderbrook will "
     "receive $20 million upfront.", M("20e6"), M("1.4e9"), M("1.42e9"), None),
    ("an-amount-inside-the-clause-about-other-deals", "After its $500 million deal with Brennar Bio, Alderbrook gets "
     "$20 million upfront and up to $80 million in milestones.", M("20e6"), M("80e6"), M("100e6"), None),
    ("a-sum-too-small-for-a-term", "Alderbrook gets $10 million upfront. Quillon also owes a $50 milestone fee on "
     "a patent.", M("10e6"), None, None, None),
    ("a-company-valued-now", "Alderbrook gets $10 million upfront and up to $90 million in milestones. Its parent, "
     "which floated last year, is currently valued at more than £150m.", M("10e6"), M("90e6"), M("100e6"), None),
    ("another-packages-also", "Alderbrook gets $10 million upfront and up to $90 million in milestones. Under a second "
     "agreement signed the same day, Alderbrook will receive an upfront payment of $20 million. That agreement also "
     "includes milestone payments of up to $2 billion.", M("10e6"), M("90e6"), M("100e6"), None),
    ("equity-inside-the-upfront", "Alderbrook receives an upfront payment of $43.5 million. That includes a cash "
     "payment of $30 million and an equity investment of $13.5 million. Alderbrook is eligible for up to $600 "
     "million in milestones.", M("43.5e6"), M("600e6"), M("643.5e6"), M("13.5e6")),
    ("combined-figures-of-other-kinds-add-up", "Alderbrook will receive R&D funding and an option fee in an aggregate "
     "amount of €2 million. Upon exercising the option, Quillon would pay an upfront license fee and milestone "
     "payments totaling approximately €15 million.", None, None, M("17e6", "EUR"), None),
    ("parts-after-a-conversion", "Quillon will pay Alderbrook $1m (€0.9m) upfront in return for the licence, with "
     "$500,000 due at signing and the other $500,000 after six months. Alderbrook is eligible for up to $50m in "
     "milestones.", M("1e6"), M("50e6"), M("51e6"), None),
    ("a-part-with-no-word-is-the-wholes", "Quillon pays an initial access fee of £7.5m, comprising a payment of "
     "£2.5m, plus an equity investment of £5m.", M("2.5e6", "GBP"), None, None, M("5e6", "GBP")),
    ("terms-a-buyout-replaces", "Quillon is buying out the licence: Alderbrook will receive $67 million. Under the "
     "licence, Alderbrook stood to receive milestone payments of up to $600 million if the drug succeeded.",
     M("67e6"), None, M("67e6"), None),
    ("a-portfolios-worth", "Quillon pays $9 million upfront and up to $91 million in milestones. With the deal "
     "Quillon's range will hold more than 30 brands valued at more than $20 million.", M("9e6"), M("91e6"),
     M("100e6"), None),
    ("a-companys-sales-goal", "Quillon pays $9 million upfront. The licence will help Quillon reach its sales goal "
     "of over $2 billion from its core products by 2028.", M("9e6"), None, None, None),
    ("a-pro-forma-cash-balance", "Alderbrook said it would have about $175 million in cash and cash equivalents "
     "at closing. Quillon pays $9 million upfront and up to $91 million in milestones.", M("9e6"), M("91e6"),
     M("100e6"), None),
    ("a-financing-rounds-terms", "Quillon pays $9 million upfront. Brennar Capital led a round that gives "
     "Alderbrook $80 million upfront and the chance to raise up to $40 million more upon certain milestones.",
     M("9e6"), None, None, None),
    ("other-company-deal", "Quillon pays $6 million upfront and up to $60 million in milestones. Last month Quillon "
     "signed a $900 million deal with Brennar Biosciences.", M("6e6"), M("60e6"), M("66e6"), None),
    ("the-price-of-a-deal-for-another-company", "Quillon's $3.2 billion deal for Brennar Biosciences gave it a taste "
     "for kidney biotechs. Alderbrook gets $100 million upfront and up to $750 million in milestones.", M("100e6"),
     M("750e6"), M("850e6"), None),
]


CASES = [
    pytest.param(*case[1:], id=f"{group}/{case[0]}")
    for group, table in (("form", FORMS), ("role", ROLES), ("trap", TRAPS))
    for case in table
]


@pytest.mark.parametrize(("body", "upfront", "milestones", "total", "equity"), CASES)
def test_deal_terms(body, upfront, milestones, total, equity):
    assert _terms(f"{LEAD} {body}") == {
        "upfront": upfront, "milestones": milestones, "total_value": total, "equity": equity,
    }


def test_a_respectively_list_of_several_kinds_is_not_one_kind():
    # counter-example: one figure for each kind the clause names, not two figures of the first kind
    deal = extract(f"{LEAD} Quillon will pay an upfront payment and a milestone payment of $5 million and $3 million "
                   "respectively.").deal
    assert deal is not None
    assert all(m is None or m.amount != Decimal("8e6") for m in (deal.upfront, deal.milestones))


@pytest.mark.parametrize(("body", "total"), [
    # money a party commits to fund the other's programme is the deal's whole value
    ("Quillon will provide up to $750 million to fund Alderbrook's flu program.", Decimal("750e6")),
    # counter-example: a lone unlabelled figure paid for something is still left to the article
    ("Quillon will pay up to $750 million for the rights.", None),
])
def test_a_lone_funding_commitment_is_the_total(body: str, total: Decimal | None) -> None:
    deal = extract(f"{LEAD} {body}").deal
    assert deal is not None and (deal.total_value.amount if deal.total_value else None) == total


def test_a_later_sum_that_may_hold_a_single_payment_is_not_added_to_it():
    # counter-example: "in total" may count the payment told before
    deal = extract(f"{LEAD} Quillon pays $20 million upfront, along with a $5 million milestone payment on the first "
                   "dosing. In total Alderbrook may receive up to $400 million in milestones.").deal
    assert deal is not None and (deal.milestones is None or deal.milestones.amount != Decimal("405e6"))


def test_usd_figure_beside_every_amount():
    deal = extract(f"{LEAD} Quillon will pay EUR 10 million upfront and up to EUR 90 million in milestones.").deal
    assert deal is not None and deal.upfront is not None and deal.total_value is not None
    assert deal.upfront.usd is not None and Decimal("9e6") < deal.upfront.usd < Decimal("13e6")
    assert deal.total_value.usd is not None and deal.total_value.usd > deal.total_value.amount


def test_the_articles_own_usd_conversion_is_kept():
    body = (
        "Quillon will pay an upfront payment of JPY 3 billion (USD 21.7 million) and up to "
        "JPY 27 billion (USD 195.3 million) in development and sales milestones."
    )
    deal = extract(f"{LEAD} {body}").deal
    assert deal is not None and deal.upfront and deal.milestones and deal.total_value
    assert (deal.upfront.amount, deal.upfront.currency, deal.upfront.usd) == (Decimal("3e9"), "JPY", Decimal("21.7e6"))
    assert deal.milestones.usd == Decimal("195.3e6")
    assert deal.total_value.usd == Decimal("217.0e6")  # derived from the stated parts, not the rate table


def test_a_difference_of_stated_figures_keeps_their_usd():
    body = (
        "The deal is worth up to EUR 500 million (USD 540 million), which includes an upfront payment of "
        "EUR 50 million (USD 54 million) and milestone payments."
    )
    deal = extract(f"{LEAD} {body}").deal
    assert deal is not None and deal.milestones is not None
    assert (deal.milestones.amount, deal.milestones.usd) == (Decimal("450e6"), Decimal("486e6"))


def test_no_currency_means_no_usd():
    deal = extract(f"{LEAD} Alderbrook will receive an upfront payment of 30m and up to 270m in milestones.").deal
    assert deal is not None and deal.upfront is not None
    assert deal.upfront.currency is None and deal.upfront.usd is None


def test_evidence_is_the_sentence_of_each_amount():
    body = "Alderbrook will receive $10 million upfront. It is also eligible for up to $50 million in milestones."
    deal = extract(f"{LEAD} {body}").deal
    assert deal is not None
    assert deal.evidence["upfront"] == "Alderbrook will receive $10 million upfront."
    assert deal.evidence["milestones"] == "It is also eligible for up to $50 million in milestones."


def test_every_field_found_has_its_sentence():
    text = (
        "Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement for NB-19. "
        "NB-19 is a CD19 CAR-T therapy in phase 1. Norvane will receive $10 million upfront and tiered royalties."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.evidence["assets"].startswith("Kestrel Pharma and Norvane Bio")
    assert deal.evidence["targets"] == "NB-19 is a CD19 CAR-T therapy in phase 1."
    assert deal.evidence["modalities"] == "NB-19 is a CD19 CAR-T therapy in phase 1."
    assert deal.evidence["royalties"] == "Norvane will receive $10 million upfront and tiered royalties."


def test_undisclosed_terms_are_listed_not_absent():
    deal = extract(f"{LEAD} Financial terms of the agreement were not disclosed.").deal
    assert deal is not None
    assert deal.undisclosed == ("all",)
    assert deal.upfront is None and deal.total_value is None


def test_undisclosed_upfront_beside_a_stated_total():
    body = "Quillon will make an upfront payment of undisclosed size, and the deal could be worth $400 million."
    deal = extract(f"{LEAD} {body}").deal
    assert deal is not None
    assert deal.undisclosed == ("upfront",)
    assert deal.total_value is not None and deal.total_value.amount == Decimal("400e6")


def test_an_acquisition_price_with_milestones_is_the_upfront_and_the_total_adds_them():
    text = (
        "Quillon Pharma agrees to acquire gene therapy developer Alderbrook Therapeutics for $200M in cash and stock. "
        "Under the terms of the agreement, Quillon will pay $50M in cash plus $150M in common stock. It will also pay "
        "up to an additional $60M in development milestones and up to $150M in commercial milestones."
    )
    deal = extract(text).deal
    assert deal is not None and deal.upfront and deal.milestones and deal.total_value
    assert (deal.upfront.amount, deal.milestones.amount, deal.total_value.amount) == (
        Decimal("200e6"), Decimal("210e6"), Decimal("410e6"),
    )
    assert {p.name: p.role for p in deal.parties} == {"Quillon Pharma": "acquirer", "Alderbrook Therapeutics": "target"}


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        ("The deal is worth up to RMB 1.2 billion. Quillon will pay ¥200 million upfront.", "CNY"),
        ("The deal is worth up to 40 billion yen. Quillon will pay ¥2 billion upfront.", "JPY"),
        ("Quillon will pay ¥2 billion upfront.", "JPY"),
    ],
    ids=["yuan-article", "yen-article", "sign-alone-is-yen"],
)
def test_the_yen_sign_means_what_the_whole_article_says(body: str, currency: str) -> None:
    # the sentence with "¥" does not say which currency; the article's other sentences do
    terms = _terms(f"{LEAD} {body}")
    assert terms["upfront"] is not None and terms["upfront"][1] == currency


@pytest.mark.parametrize(("body", "total"), [
    # a fixed deferred payment is part of the price, not a milestone; the headline's price stays the whole
    ("Quillon Pharma to acquire Alderbrook Therapeutics for $16.5 billion\n\nQuillon Pharma said on Monday it "
     "would acquire Alderbrook Therapeutics for $16.5 billion. Quillon will pay $15 billion in cash at closing and "
     "a deferred payment of $1.5 billion.", Decimal("16.5e9")),
    # with no stated whole, the cash at closing is not the whole price either
    ("Quillon Pharma to acquire Alderbrook Therapeutics\n\nQuillon Pharma said on Monday it has agreed to "
     "acquire Alderbrook Therapeutics. Quillon will pay $15 billion in cash at closing and a deferred payment of "
     "$1.5 billion payable in 2028.", None),
])
def test_a_deferred_payment_is_part_of_the_price_not_a_milestone(body, total):
    deal = extract(body).deal
    assert deal is not None and deal.upfront is not None and deal.upfront.amount == Decimal("15e9")
    assert deal.milestones is None
    assert (deal.total_value.amount if deal.total_value else None) == total


def test_two_measures_of_one_price_are_no_later_part():
    # counter-example: a second figure in the price's sentence that is no part paid later
    text = (
        "Quillon Pharma to acquire Alderbrook Therapeutics\n\nAlderbrook Therapeutics on Monday reported a merger "
        "agreement with Quillon Pharma for an estimated equity value of USD658.0m, or a premium of USD240.0m to its "
        "market value."
    )
    deal = extract(text).deal
    assert deal is not None and deal.total_value is not None and deal.total_value.amount == Decimal("658e6")


def test_deferred_payments_on_a_milestone_are_milestones():
    # counter-example: deferred payments tied to an event are contingent
    text = (
        "Quillon Pharma to acquire Alderbrook Therapeutics\n\nQuillon Pharma has agreed to acquire Alderbrook "
        "Therapeutics for $1.0 billion in cash upfront, plus deferred payments of up to $200 million on the "
        "achievement of a regulatory milestone."
    )
    deal = extract(text).deal
    assert deal is not None and deal.milestones is not None and deal.milestones.amount == Decimal("200e6")


_TAKEOVER = (
    "Quillon Pharma to acquire Alderbrook Therapeutics\n\nQuillon Pharma has agreed to acquire Alderbrook Therapeutics "
)


@pytest.mark.parametrize("terms", [
    # the whole of a per-share price, however the press names it
    "for $23.00 per share in cash for an approximate total equity value of $680 million.",
    "for $23.00 per share in cash, for a total equity value of approximately $680 million.",
    "for $23.00 per share in cash, representing an equity value of about $680 million.",
    # a value and the share price it is based on: the value is the deal's
    "in an all-stock deal valued at $680 million based on Quillon's closing share price of 190 pence.",
])
def test_a_takeovers_whole_price_is_its_upfront_and_total(terms: str) -> None:
    deal = extract(_TAKEOVER + terms).deal
    assert deal is not None and deal.upfront is not None and deal.upfront.amount == Decimal("680e6")
    assert deal.total_value is not None and deal.total_value.amount == Decimal("680e6")


@pytest.mark.parametrize(("terms", "price"), [
    # another deal's upfront and total, told later in the story, are not the takeover's
    ("for a maximum consideration of $900 million. Brennar Bio committed to an upfront payment of $500 "
     "million for an Alderbrook antibody, with the total deal potentially reaching $3 billion.", Decimal("900e6")),
    # counter-example: cash paid is the price, not the cash a company holds
    ("for $175 million in cash.", Decimal("175e6")),
    # "the combined company would have about $175 million in cash or equivalents": a company's cash holdings
    ("for $300 million. The combined company would have about $175 million in cash or equivalents at closing.",
     Decimal("300e6")),
])
def test_a_takeovers_price_among_other_figures(terms: str, price: Decimal) -> None:
    deal = extract(_TAKEOVER + terms).deal
    assert deal is not None and deal.upfront is not None and deal.upfront.amount == price
    assert deal.total_value is not None and deal.total_value.amount == price


@pytest.mark.parametrize(("terms", "upfront"), [
    # a price said to include an upfront and milestones it gives no figure for is the whole value only
    ("for up to €1 billion, including an upfront payment and additional payments if certain development and "
     "commercial milestones are achieved.", None),
    # ... also when a later sentence restating the price says so
    ("for a total of €1 billion. The €1 billion total financial consideration also includes contingent clinical and "
     "regulatory milestone payments.", None),
    # a price "up to" a figure is paid in part later, if at all: the cash at closing is not told
    ("for up to €1 billion.", None),
    # counter-example: a price that includes no milestones is paid at closing
    ("for €1 billion, including the assumption of its debt.", Decimal("1e9")),
])
def test_a_takeover_price_that_holds_later_payments_is_the_total_only(terms: str, upfront: Decimal | None) -> None:
    deal = extract(_TAKEOVER + terms).deal
    assert deal is not None and deal.total_value is not None and deal.total_value.amount == Decimal("1e9")
    assert (deal.upfront.amount if deal.upfront else None) == upfront
    assert ("upfront" in deal.uncertain) == (upfront is None)


def test_a_price_a_share_and_its_sum_is_paid_at_closing_and_the_cvr_is_the_rest() -> None:
    deal = extract(_TAKEOVER + "for up to $3.5 billion. Quillon will pay $40 a share or $3.2 billion. Holders also "
                   "receive a contingent value right of up to $4 per share upon regulatory milestones.").deal
    assert deal is not None and deal.upfront is not None and deal.upfront.amount == Decimal("3.2e9")
    assert deal.milestones is not None and deal.milestones.amount == Decimal("300e6")
    assert deal.total_value is not None and deal.total_value.amount == Decimal("3.5e9")


def test_up_to_a_price_a_share_is_not_paid_at_closing() -> None:
    # counter-example: "up to" a price a share is the whole, CVR included, not the cash at closing
    deal = extract(_TAKEOVER + "for up to $3.5 billion. Quillon will pay up to $44 a share, or $3.5 billion, "
                   "including a contingent value right.").deal
    assert deal is not None and deal.upfront is None


def test_a_total_brought_up_by_a_later_payment_leaves_the_first_as_the_price_paid() -> None:
    deal = extract(_TAKEOVER + "for $16.00 per ADS in cash. The total consideration of $387.4 million reflects a "
                   "premium of 144 percent. There is also an additional conditional payment of $1.00 per ADS involved, "
                   "taking the maximum equity value to about $477.6 million. A contingent value right (CVR) will be "
                   "distributed to holders.").deal
    assert deal is not None and deal.upfront is not None and deal.upfront.amount == Decimal("387.4e6")
    assert deal.total_value is not None and deal.total_value.amount == Decimal("477.6e6")
    assert deal.milestones is not None and deal.milestones.amount == Decimal("90.2e6")


def test_a_total_brought_up_beside_a_stated_upfront_keeps_the_upfront() -> None:
    # counter-example: the upfront is stated, so the first total is no price paid at closing
    deal = extract(_TAKEOVER + "in a deal worth $100 million, with $40 million upfront. Milestones could take the "
                   "total to $500 million.").deal
    assert deal is not None and deal.upfront is not None and deal.upfront.amount == Decimal("40e6")


def test_an_option_exercise_price_paid_on_closing_is_the_upfront() -> None:
    deal = extract(_TAKEOVER + "under an option. Upon closing the acquisition, Quillon would pay Alderbrook the "
                   "agreed option exercise price of approximately $150m, with the potential for additional payments of "
                   "up to $350m upon achievement of regulatory and commercial milestones.").deal
    assert deal is not None and deal.upfront is not None and deal.upfront.amount == Decimal("150e6")
    assert deal.milestones is not None and deal.milestones.amount == Decimal("350e6")
    assert deal.total_value is not None and deal.total_value.amount == Decimal("500e6")


@pytest.mark.parametrize(("terms", "upfront"), [
    # a price "up to" a figure that takes in the milestones stated pays the rest at closing
    ("for up to $2.5 billion. The deal includes potential milestone payments of up to $750 million based on sales "
     "thresholds.", Decimal("1.75e9")),
    # counter-example: milestones said to be no part of the price leave the cash at closing untold
    ("for up to $2.5 billion. Quillon may also pay milestone payments of up to $750 million based on sales "
     "thresholds.", None),
])
def test_the_rest_of_a_price_taking_in_its_milestones_is_paid_at_closing(terms: str, upfront: Decimal | None) -> None:
    deal = extract(_TAKEOVER + terms).deal
    assert deal is not None and (deal.upfront.amount if deal.upfront else None) == upfront
    assert deal.total_value is not None and deal.total_value.amount == Decimal("2.5e9")


def test_a_share_price_is_still_no_term() -> None:
    # counter-example: a figure that is the share price itself
    deal = extract(_TAKEOVER + "for $680 million. Alderbrook's closing share price was $12.50 on Friday.").deal
    assert deal is not None and deal.upfront is not None and deal.upfront.amount == Decimal("680e6")


@pytest.mark.parametrize(("headline", "total"), [
    ("Quillon to acquire Alderbrook for over $5bn", Decimal("5.2e9")),  # a bound the body's figure meets
    ("Quillon to acquire Alderbrook for $4bn", None),  # counter-example: a headline figure the body contradicts
])
def test_a_headline_bound_met_by_the_body_is_no_disagreement(headline: str, total: Decimal | None) -> None:
    text = f"{headline}\n\nQuillon Pharma has agreed to acquire Alderbrook Therapeutics in a cash deal worth $5.2bn."
    deal = extract(text).deal
    assert deal is not None
    assert (deal.total_value.amount if deal.total_value else None) == total


def test_an_acquisitions_one_figure_is_its_price():
    text = (
        "Quillon Pharma to make Alderbrook Therapeutics a wholly owned subsidiary\n\n"
        "Quillon Pharma said it will pay 490 billion yen ($4.5 billion) to make Alderbrook Therapeutics a fully "
        "owned subsidiary."
    )
    deal = extract(text).deal
    assert deal is not None and "acquisition" in deal.deal_types
    assert deal.upfront is not None and deal.upfront.amount == Decimal("490e9") and deal.upfront.currency == "JPY"
    assert deal.total_value == deal.upfront


@pytest.mark.parametrize(
    "body",
    [
        "Alderbrook gets $5 million upfront and is entitled to milestones of up to $200m for the first product and "
        "further milestones for subsequent products.",
        "Alderbrook gets $5 million upfront and milestone payments of up to $1 million through to phase II, followed "
        "by substantial additional milestone payments.",
    ],
)
def test_milestones_of_a_part_only_are_uncertain(body):
    deal = extract(f"{LEAD} {body}").deal
    assert deal is not None and deal.milestones is None and deal.total_value is None
    assert {"milestones", "total_value"} <= set(deal.uncertain)


def test_a_figures_own_additional_milestones_are_not_more():
    terms = _terms(f"{LEAD} Quillon pays $20 million upfront and up to $110M in additional milestone payments.")
    assert terms["milestones"] == M("110e6") and terms["total_value"] == M("130e6")


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the terms of the relationship, Alderbrook receives a royalty stream from Quillon on its sales.",
        "Alderbrook stood to receive milestone payments and royalties if the drug proved successful.",
    ],
)
def test_royalties_of_a_standing_relationship_are_not_the_acquisitions(sentence):
    text = (
        "Quillon Pharma to acquire Alderbrook Therapeutics\n\n"
        f"Quillon Pharma will acquire Alderbrook Therapeutics for $500 million in cash. {sentence}"
    )
    deal = extract(text).deal
    assert deal is not None and deal.royalties is None
    assert deal.upfront is not None and deal.upfront.amount == Decimal("500e6")


def test_the_headline_says_what_the_bodys_restated_figure_is():
    text = (
        "Quillon Pharma to acquire Alderbrook Therapeutics for €1.6bn\n\n"
        "Quillon Pharma has agreed to take over Alderbrook Therapeutics. The deal values 100% of Alderbrook at "
        "€1.6 billion."
    )
    terms = _terms(text)
    assert terms["upfront"] == M("1.6e9", "EUR") and terms["total_value"] == M("1.6e9", "EUR")


def test_a_headline_total_restating_the_milestones_is_the_total():
    text = (
        "Alderbrook seals deal with headline value of £240M with Quillon\n\n"
        "Alderbrook Therapeutics and Quillon Pharma have entered into an exclusive license agreement for QP-214. "
        "Alderbrook will receive an undisclosed upfront payment and will be eligible for up to a total of £244 "
        "million upon the achievement of development, regulatory and commercial milestones."
    )
    terms = _terms(text)
    assert terms["milestones"] == M("244e6", "GBP") and terms["total_value"] == M("244e6", "GBP")


def test_a_total_brought_to_by_more_is_not_an_acquisitions_price():
    text = (
        "Quillon Pharma to acquire Alderbrook Therapeutics\n\n"
        "Quillon Pharma will acquire Alderbrook Therapeutics. Alderbrook holders will also be eligible for an "
        "additional cash payment if certain goals are reached, which would bring the total transaction to $410 million."
    )
    terms = _terms(text)
    assert terms["upfront"] is None and terms["total_value"] == M("410e6")


def test_a_figure_read_only_in_its_conversion_is_the_original():
    text = (
        "Quillon Pharma to acquire Alderbrook Therapeutics for $1.1B\n\n"
        "Quillon Pharma said it will acquire Alderbrook Therapeutics for $1.1 billion. "
        "Quillon put the value of the deal at ¥160 billion (US$1.1 billion), its largest purchase."
    )
    deal = extract(text).deal
    assert deal is not None and deal.upfront is not None and deal.total_value is not None
    assert (deal.upfront.amount, deal.upfront.currency) == (Decimal("160e9"), "JPY")
    assert deal.total_value == deal.upfront


def test_a_figure_of_another_amount_is_not_an_original():
    text = (
        "Quillon Pharma to acquire Alderbrook Therapeutics for $1.1B\n\n"
        "Quillon Pharma said it will acquire Alderbrook Therapeutics for $1.1 billion. "
        "Quillon's sales reached ¥100 billion (US$700 million) last year."
    )
    deal = extract(text).deal
    assert deal is not None and deal.upfront is not None
    assert (deal.upfront.amount, deal.upfront.currency) == (Decimal("1.1e9"), "USD")


@pytest.mark.parametrize(
    ("text", "upfront", "total"),
    [
        pytest.param("Alderbrook Therapeutics sells royalty rights to Quillon Pharma\n\nAlderbrook Therapeutics said "
                     "it sold its royalty rights on the asthma drug AT-3 (velimab) to Quillon Pharma's unit Quillon "
                     "Europe for $152 million.", M("152e6"), M("152e6"), id="a-sale-price"),
        pytest.param("Alderbrook Therapeutics to sell drugs to Quillon Pharma\n\nAlderbrook Therapeutics said it would "
                     "sell some of its older prescription drugs to Quillon Pharma for a total value of $660 million.",
                     M("660e6"), M("660e6"), id="a-sale-told-with-a-total"),
        pytest.param("Alderbrook Therapeutics To Be Taken Private By Quillon Capital In $1.9 Bln Deal\n\nAlderbrook "
                     "Therapeutics agreed to be taken private by an affiliate of Quillon Capital for $50.00 per share.",
                     M("1.9e9"), M("1.9e9"), id="a-buyout-told-in-the-headline"),
        pytest.param("Alderbrook Therapeutics sells drug to Quillon Pharma\n\nAlderbrook Therapeutics sold its rights "
                     "to the antibiotic AT-9 to Quillon Pharma for $30.0 million at the closing and $4.0 million on or "
                     "before June 1, 2025.", M("30e6"), None, id="a-sale-paid-in-parts-states-no-whole"),
        pytest.param("Alderbrook Therapeutics buys royalty stream\n\nAlderbrook Therapeutics said it purchased a "
                     "stream of payment rights to J. Quillon Ltd.'s drug QX-2 from Merrow Bio for $8.0 million. It may "
                     "pay up to an additional $30.0 million to Merrow Bio based upon the achievement of sales "
                     "milestones.",
                     M("8e6"), M("38e6"), id="a-purchase-price-with-milestones-on-top"),
        pytest.param("Alderbrook Therapeutics to divest drugs to Quillon Pharma\n\nAlderbrook Therapeutics agreed to "
                     "divest a portfolio of older consumer products sold in Europe, and a plant in Spain, to Quillon "
                     "Pharma, for up to around $670 million.", None, M("670e6"), id="a-sale-price-up-to"),
    ],
)
def test_a_sales_one_price_is_paid_and_whole(text, upfront, total):
    terms = _terms(text)
    assert (terms["upfront"], terms["total_value"]) == (upfront, total)


# (id, article, upfront, milestones, total): a headline's priced deal that the body's milestones exceed
HEADLINE_FIGURE_CASES = [
    ("the-upfront-the-body-gives-no-figure-for",
     "Kestrel wins $150M Norvane deal for molecular glue\n\nKestrel Bio has entered into a license agreement with "
     "Norvane Pharma for KB-7. In addition to the upfront cash, Kestrel can receive up to $2.1 billion in "
     "development and sales milestones.", M("150e6"), M("2.1e9"), M("2.25e9")),
    ("no-upfront-spoken-of-leaves-the-figures-to-the-article",
     "Kestrel wins $150M Norvane deal for molecular glue\n\nKestrel Bio has entered into a license agreement with "
     "Norvane Pharma for KB-7. Kestrel can receive up to $2.1 billion in development and sales milestones.",
     None, None, None),
]


@pytest.mark.parametrize(("text", "upfront", "milestones", "total"),
                         [pytest.param(*c[1:], id=c[0]) for c in HEADLINE_FIGURE_CASES])
def test_a_headline_figure_below_the_milestones_is_the_upfront(text, upfront, milestones, total):
    terms = _terms(text)
    assert (terms["upfront"], terms["milestones"], terms["total_value"]) == (upfront, milestones, total)


_BUYOUT = "Kestrel Bio to acquire Norvane Therapeutics\n\nKestrel Bio has agreed to acquire Norvane Therapeutics"


@pytest.mark.parametrize(
    ("body", "upfront", "milestones", "total"),
    [
        # the cash sum of a price per American Depositary Share, "which totals" it, is paid at closing
        pytest.param(". Norvane holders are to get $11 per American Depositary Share (ADS) in cash, which totals "
                     "around $310m.", M("310e6"), None, M("310e6"), id="cash-per-ads-which-totals"),
        # counter-example: the sum of the cash and a CVR per ADS is the whole value; the CVR is what it adds
        pytest.param(" for around $338m. Norvane holders are to get $11 per American Depositary Share (ADS) in cash, "
                     "which totals around $310m. Each ADS also carries a contingent value right (CVR) of $1, for $12 "
                     "per ADS in all, which totals around $338m if NV-12 is approved.",
                     M("310e6"), M("28e6"), M("338e6"), id="cash-and-cvr-per-ads-which-total"),
    ],
)
def test_a_per_ads_price_which_totals_a_sum(body, upfront, milestones, total):
    terms = _terms(_BUYOUT + body)
    assert (terms["upfront"], terms["milestones"], terms["total_value"]) == (upfront, milestones, total)


@pytest.mark.parametrize(
    ("text", "upfront", "milestones", "total"),
    [
        # a price with one CVR per share on top that the story values nowhere: the cash at closing and the total
        pytest.param("Kestrel Bio to acquire Norvane Therapeutics\n\nKestrel Bio will buy Norvane Therapeutics "
                     "through a tender offer at $30.00 per share in cash, for an estimated aggregate consideration of "
                     "$300 million plus one CVR per share. The CVR pays $2.00 if NV-12 is approved.",
                     M("300e6"), None, M("300e6"), id="price-plus-one-cvr"),
        # counter-example: a total that holds the CVR ("for a total of up to") is not the cash at closing
        pytest.param("Kestrel Bio to acquire Norvane Therapeutics\n\nKestrel Bio will acquire Norvane "
                     "Therapeutics for $25.00 per share in cash plus one CVR of up to $3.00 per share, for a total "
                     "of up to $400 million.", None, None, M("400e6"), id="a-total-holding-the-cvr"),
    ],
)
def test_a_price_with_an_unvalued_cvr_on_top_is_the_upfront(text, upfront, milestones, total):
    terms = _terms(text)
    assert (terms["upfront"], terms["milestones"], terms["total_value"]) == (upfront, milestones, total)


def test_what_a_buyer_spends_to_buy_a_company_is_its_price():
    text = ("Kestrel Bio Buying Spree Goes On With $2.1B Hematology Deal\n\nKestrel Bio will spend about $2.1 "
            "billion to buy Norvane Therapeutics as it adds to its pipeline of blood disorder drugs.")
    terms = _terms(text)
    assert (terms["upfront"], terms["total_value"]) == (M("2.1e9"), M("2.1e9"))


def test_a_lone_figure_spent_to_buy_a_company_is_its_price():
    # the story's one figure, spent to buy a company (an acquisition), is the price paid and the whole
    result = extract("Kestrel Bio bets on blood disorders\n\nKestrel Bio will spend about $2.1 billion to buy "
                     "Norvane Therapeutics as it adds to its hematology pipeline.")
    deal = result.deal
    assert deal is not None and "acquisition" in deal.deal_types
    assert deal.upfront is not None and deal.upfront.amount == Decimal("2.1e9") and deal.total_value == deal.upfront


def test_a_lone_figure_spent_to_buy_rights_stays_unsure():
    # counter-example: spent on rights, not a company, the one figure is sent to the article and gives no upfront
    result = extract("Kestrel Bio bets on blood disorders\n\nKestrel Bio will spend about $2.1 billion to buy the "
                     "rights to NB-7 from Norvane Therapeutics as it adds to its hematology pipeline.")
    assert result.deal is not None and result.deal.upfront is None and result.deal.total_value is None
    assert "total_value" in result.deal.uncertain


_OPTION = ("Quillon licenses QP-214\n\n" + LEAD + " Alderbrook gets $45M upfront and can earn up to $50M in "
           "development milestones. Quillon may also add {what} under an option. Each added compound carries up to "
           "$25M in {kinds}.")


@pytest.mark.parametrize(
    ("what", "kinds", "milestones", "total"),
    [
        # no count of the added compounds: their figure is left out of the terms the deal states
        pytest.param("further compounds", "further development milestones", M("50e6"), M("95e6"),
                     id="uncounted-compounds"),
        pytest.param("further compounds", "option exercise and development milestone payments", M("50e6"), M("95e6"),
                     id="uncounted-compounds-combined-figure"),
        # counter-example: a count the story gives multiplies the per-compound figure
        pytest.param("up to two further compounds", "further development milestones", M("100e6"), M("145e6"),
                     id="counted-compounds"),
    ],
)
def test_a_per_compound_figure_of_no_count_is_left_out(what, kinds, milestones, total):
    terms = _terms(_OPTION.format(what=what, kinds=kinds))
    assert (terms["milestones"], terms["total_value"]) == (milestones, total)


def test_a_lone_per_compound_figure_of_no_count_is_unsure():
    # counter-example: with no other milestone figure, the per-compound one is not stated at all
    result = extract("Quillon licenses QP-214\n\n" + LEAD + " Alderbrook gets $45M upfront. Each added compound "
                     "carries up to $25M in development milestone payments.")
    assert result.deal is not None and result.deal.milestones is None and "milestones" in result.deal.uncertain
