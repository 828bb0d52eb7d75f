from datetime import date
from decimal import Decimal

from bot.labelled import labelled_deal


def test_a_label_gives_its_deal_with_usd_figures():
    label = {
        "is_deal": True,
        "deal": {
            "parties": [{"name": "Alpha Bio", "aliases": ["Alpha"], "role": "licensor"}, {"name": "Beta", "role": "?"}],
            "deal_types": ["license"],
            "modalities": ["adc"],
            "modalities_ok": ["antibody"],
            "upfront": {"amount": 20000000, "currency": "EUR"},
            "milestones": None,
            "assets": ["AB-1"],
        },
    }
    deal = labelled_deal(label, date(2024, 5, 1))
    assert deal is not None
    assert [(p.name, p.role) for p in deal.parties] == [("Alpha Bio", "licensor"), ("Beta", "partner")]
    assert deal.upfront is not None
    assert (deal.upfront.amount, deal.upfront.currency) == (Decimal(20000000), "EUR")
    assert deal.upfront.usd is not None and deal.upfront.usd > deal.upfront.amount
    assert deal.milestones is None
    assert deal.modalities == ("adc",)


def test_a_label_of_news_that_is_not_a_deal_gives_none():
    assert labelled_deal({"is_deal": False, "deal": None}) is None
