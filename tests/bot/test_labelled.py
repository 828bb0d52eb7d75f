import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.labelled import label_of, labelled_deal, write_case
from extraction.models import MONEY_FIELDS, Deal, Money, Party, Royalties


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


@pytest.mark.parametrize(
    "deal",
    [
        Deal(
            parties=(
                Party(name="Cellectis", role="licensor", aliases=("Cellectis SA",)),
                Party(name="Servier", role="licensee"),
            ),
            deal_types=("collaboration", "license"),
            modalities=("car-t",),
            upfront=Money(amount=Decimal(10_000_000), currency="USD", usd=Decimal(10_000_000)),
            milestones=Money(amount=Decimal("840000000"), currency="USD", usd=Decimal(840_000_000)),
            royalties=Royalties(text="royalties"),
            assets=("UCART19",),
            targets=("CD19",),
            indications=("leukemia",),
            territory="worldwide",
        ),
        Deal(
            parties=(Party(name="Huadong Medicine", role="licensee"), Party(name="Kelvora", role="licensor")),
            equity=Money(amount=Decimal("12.5"), currency="EUR"),
            total_value=Money(amount=Decimal(200_000_000), currency="CNY"),
        ),
    ],
)
def test_a_deal_written_as_a_label_reads_back_as_the_same_terms(deal: Deal, tmp_path: Path):
    label = label_of(deal, stem="deal-7", source_url="https://news.example/7", published=date(2024, 5, 1), notes="n")
    write_case(tmp_path, "deal-7", "The article.\n", label)
    assert (tmp_path / "deal-7.txt").read_text(encoding="utf-8") == "The article.\n"
    written = json.loads((tmp_path / "deal-7.json").read_text(encoding="utf-8"))
    assert (written["id"], written["source_url"], written["published"], written["is_deal"]) == (
        "deal-7",
        "https://news.example/7",
        "2024-05-01",
        True,
    )
    assert written["deal"]["royalties"] is (deal.royalties is not None)
    assert written["deal"]["parties"][0]["aliases"] == list(deal.parties[0].aliases)
    back = labelled_deal(written, date(2024, 5, 1))
    assert back is not None
    fields = ("parties", "deal_types", "modalities", "assets", "targets", "indications", "territory")
    assert [(p.name, p.role) for p in back.parties] == [(p.name, p.role) for p in deal.parties]
    assert back.model_dump(include=set(fields[1:])) == deal.model_dump(include=set(fields[1:]))
    for field in MONEY_FIELDS:
        ours, theirs = deal.money(field), back.money(field)
        assert (ours and (ours.amount, ours.currency)) == (theirs and (theirs.amount, theirs.currency)), field


def test_news_that_is_not_a_deal_is_labelled_so():
    label = label_of(None, stem="deal-9", notes="marked not a deal")
    assert (label["is_deal"], label["deal"], label["notes"]) == (False, None, "marked not a deal")
    assert labelled_deal(label) is None
