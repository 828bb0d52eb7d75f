"""Royalties: present or not, tiered, and the rates as the press writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extraction import extract

LEAD = "Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement for NB-1."

CASES = [
    ("plain", "Norvane is also eligible for royalties on net sales.", False, None, None),
    ("tiered", "Norvane will receive tiered royalties on net sales.", True, None, None),
    ("percent-range", "Royalties range from 8% to 15% of net sales.", True, Decimal(8), Decimal(15)),
    ("bands", "Norvane is eligible for tiered royalties from high single-digit to low double-digit percentages.",
     True, Decimal(7), Decimal(13)),
    ("shared-band", "Kestrel will pay a low- to mid-single digit royalty on worldwide sales.",
     True, Decimal(1), Decimal(6)),
]


@pytest.mark.parametrize(("body", "tiered", "low", "high"), [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_royalties(body, tiered, low, high):
    deal = extract(f"{LEAD} {body}").deal
    assert deal is not None and deal.royalties is not None
    assert (deal.royalties.tiered, deal.royalties.low_pct, deal.royalties.high_pct) == (tiered, low, high)
    assert deal.evidence["royalties"] == body


def test_no_royalties_mentioned_is_none():
    deal = extract(f"{LEAD} Kestrel pays $5 million upfront.").deal
    assert deal is not None and deal.royalties is None


def test_royalties_of_an_earlier_deal_do_not_count():
    deal = extract(f"{LEAD} Under their original 2015 agreement, Norvane received royalties on sales.").deal
    assert deal is not None and deal.royalties is None


def test_company_name_with_royalty_in_it_is_not_royalties():
    text = "Royalty Partners Capital and Norvane Bio have entered into a funding agreement worth $50 million."
    deal = extract(text).deal
    assert deal is not None and deal.royalties is None
