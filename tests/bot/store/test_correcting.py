"""The rules of a correction: which values a field takes, and how corrections apply over a deal's reports."""

from datetime import date
from decimal import Decimal

import pytest

from bot.store import InvalidCorrection
from bot.store.correcting import CORRECTABLE, apply, normalize, renames, shown
from extraction.models import Money, Party, Royalties
from tests.bot.store.builders import deal, usd

ON = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("given", "amount", "currency"),
    [
        ("12.5 million", Decimal(12_500_000), None),
        ({"amount": "12.5 million", "currency": "eur"}, Decimal(12_500_000), "EUR"),
        ("$40m", Decimal(40_000_000), "USD"),
        ("EUR 1.2bn", Decimal(1_200_000_000), "EUR"),
        ("1.2bn", Decimal(1_200_000_000), None),
        ("250,000,000", Decimal(250_000_000), None),
        ("1,200 million", Decimal(1_200_000_000), None),
        ({"amount": "RMB 200 million"}, Decimal(200_000_000), "CNY"),
        ({"amount": 30_000_000, "currency": "RMB"}, Decimal(30_000_000), "CNY"),
        ({"amount": "3 crore", "currency": "INR"}, Decimal(30_000_000), "INR"),
        ("  7.25  millions ", Decimal(7_250_000), None),
    ],
)
def test_amounts_are_read_as_written(given: object, amount: Decimal, currency: str | None):
    stored = normalize("upfront", given, ON)  # type: ignore[arg-type]
    money = Money.model_validate(stored)
    assert (money.amount, money.currency) == (amount, currency)
    assert money.usd == (amount if currency == "USD" else money.usd)
    if currency in ("EUR", "CNY", "INR"):
        assert money.usd is not None and money.usd != amount


@pytest.mark.parametrize(
    ("field", "given", "says"),
    [
        ("upfront", "12,5 million", "not an amount: '12,5 million'"),
        ("milestones", "abc", "not an amount: 'abc'"),
        ("total_value", "0", "above zero"),
        ("equity", "-5m", "not an amount"),
        ("upfront", {"amount": "$5m", "currency": "EUR"}, "the amount says USD but the currency is EUR"),
        ("upfront", {"amount": "5m", "currency": "dollars"}, "not a currency code: 'dollars'"),
        ("upfront", {"currency": "USD"}, "give an amount with the currency"),
        ("upfront", True, "not an amount"),
        ("modalities", ["cart"], "not a modality: 'cart'"),
        ("deal_types", "license, buyout", "not a deal type: 'buyout'"),
        ("parties", [], "at least one party"),
        ("parties", [{"name": "Alpha", "role": "buyer"}], "not a role: 'buyer'"),
        ("parties", [{"name": " ", "role": "licensor"}], "needs a name"),
        ("parties", [{"name": "Alpha", "role": "licensor"}, {"name": "alpha", "role": "licensee"}], "named twice"),
        ("assets", [1, 2], "a list of names"),
        ("targets", ["x" * 201], "at most 200 characters"),
        ("territory", ["worldwide"], "as text"),
        ("royalties", {"low_pct": "15", "high_pct": "12"}, "the low rate is above the high one"),
        ("royalties", {"low_pct": "150%"}, "from 0 to 100"),
    ],
)
def test_a_bad_value_is_refused_naming_its_field(field: str, given: object, says: str):
    with pytest.raises(InvalidCorrection) as raised:
        normalize(field, given, ON)  # type: ignore[arg-type]
    assert raised.value.field == field
    assert says in raised.value.reason
    assert str(raised.value).startswith(field.replace("_", " ") + ": ")


@pytest.mark.parametrize(
    ("field", "given", "stored"),
    [
        ("modalities", "CAR-T, adc, car-t", ["car-t", "adc"]),
        ("deal_types", ["license", "option"], ["license", "option"]),
        ("assets", "UCART19; UCART22\nucart19", ["UCART19", "UCART22"]),
        ("targets", None, []),
        ("territory", "  ex-US  ", "ex-US"),
        ("territory", "", None),
        ("royalties", False, None),
        ("royalties", True, {"tiered": False, "low_pct": None, "high_pct": None, "text": ""}),
        (
            "royalties",
            {"low_pct": "5%", "high_pct": 12},
            {"tiered": True, "low_pct": "5", "high_pct": "12", "text": ""},
        ),
        ("upfront", None, None),
        ("parties", [{"name": " Alpha Bio ", "role": "licensor"}], [{"name": "Alpha Bio", "role": "licensor"}]),
    ],
)
def test_values_are_stored_in_one_form(field: str, given: object, stored: object):
    assert normalize(field, given, ON) == stored  # type: ignore[arg-type]


def test_a_corrected_figure_leaves_uncertain_and_undisclosed_and_drops_its_evidence():
    reported = deal(
        "Alpha",
        "Beta",
        milestones=usd(90),
        undisclosed=["all"],
        uncertain=["upfront", "total_value"],
        evidence={"upfront": "a sentence", "milestones": "another"},
    )
    shown_deal = apply(reported, [("upfront", normalize("upfront", "EUR 12.5m", ON))])
    assert shown_deal.upfront is not None and shown_deal.upfront.amount == Decimal(12_500_000)
    assert shown_deal.uncertain == ("total_value",)
    assert shown_deal.undisclosed == ()
    assert shown_deal.evidence == {"milestones": "another"}
    cleared = apply(reported, [("total_value", None)])
    assert (cleared.total_value, cleared.uncertain, cleared.undisclosed) == (None, ("upfront",), ("all",))


def test_corrections_apply_in_order_and_a_kept_party_keeps_its_spellings():
    reported = deal("Alpha", "Beta", modalities=["antibody"]).model_copy(
        update={
            "parties": (
                Party(name="Alpha", role="licensor", aliases=("Alpha Inc",)),
                Party(name="Beta", role="licensee"),
            )
        }
    )
    parties = normalize("parties", [{"name": "alpha", "role": "licensee"}, {"name": "Gamma", "role": "licensor"}], ON)
    shown_deal = apply(
        reported,
        [("modalities", ["car-t"]), ("modalities", ["car-t", "cell-therapy"]), ("parties", parties)],
    )
    assert shown_deal.modalities == ("car-t", "cell-therapy")
    assert [(p.name, p.role, p.aliases) for p in shown_deal.parties] == [
        ("alpha", "licensee", ("Alpha Inc",)),
        ("Gamma", "licensor", ()),
    ]
    assert apply(reported, []) == reported


def test_every_correctable_field_reads_back_in_its_stored_form():
    reported = deal(
        "Alpha",
        "Beta",
        deal_types=["license"],
        modalities=["adc"],
        upfront=usd(10),
        royalties=Royalties(tiered=True, low_pct=Decimal(5), high_pct=Decimal(10)),
        assets=["AB-1"],
        targets=["HER2"],
        territory="worldwide",
    )
    for field in CORRECTABLE:
        assert apply(reported, [(field, shown(reported, field))]).model_dump(
            exclude={"evidence"}
        ) == reported.model_dump(exclude={"evidence"}), field


@pytest.mark.parametrize(
    ("old", "new", "pairs"),
    [
        (["Servier Labs", "Cellectis"], ["Servier", "Cellectis"], [("Servier Labs", "Servier")]),
        (["Alpha", "Beta"], ["Gamma", "Alpha"], [("Beta", "Gamma")]),
        (["Alpha", "Beta"], ["Alpha"], []),
        (["Alpha"], ["Alpha", "Beta"], []),
        (["Alpha", "Beta"], ["Beta", "Alpha"], []),
        (["Alpha Inc", "Beta"], ["Alpha", "Beta"], []),  # another spelling of the same company
        (["A1", "B1"], ["A2", "B2"], [("A1", "A2"), ("B1", "B2")]),
    ],
)
def test_renames_pair_the_parties_replaced_one_for_one(old: list[str], new: list[str], pairs: list[tuple[str, str]]):
    def company(name: str) -> str:
        return name.removesuffix(" Inc").casefold()

    def parties(names: list[str]) -> list[Party]:
        return [Party(name=n, role="partner") for n in names]

    assert renames(parties(old), parties(new), company) == pairs
