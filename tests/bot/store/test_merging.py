from bot.store.merging import merge
from extraction.models import Party
from tests.bot.store.builders import deal, usd


def by_name(party: Party) -> str:
    return party.name.split()[0].lower()


def test_gaps_are_filled_and_stored_terms_win():
    stored = deal("Alpha", "Beta", upfront=usd(50), assets=["AB-1"], evidence={"upfront": "first"})
    new = deal(
        "Alpha Inc",
        "Beta",
        upfront=usd(55),
        milestones=usd(700),
        assets=["AB-1", "AB-2"],
        territory="worldwide",
        evidence={"upfront": "second", "milestones": "m"},
    )
    merged, filled = merge(stored, new, by_name)
    assert merged.upfront == usd(50)
    assert merged.milestones == usd(700)
    assert merged.territory == "worldwide"
    assert merged.assets == ("AB-1", "AB-2")
    assert [p.name for p in merged.parties] == ["Alpha", "Beta"]
    assert merged.evidence == {"upfront": "first", "milestones": "m"}
    assert set(filled) == {"milestones", "territory", "assets", "evidence"}


def test_new_parties_join_and_known_money_leaves_undisclosed():
    stored = deal("Alpha", "Beta", undisclosed=["upfront", "milestones"])
    merged, filled = merge(stored, deal("Gamma", upfront=usd(5)), by_name)
    assert [p.name for p in merged.parties] == ["Alpha", "Beta", "Gamma"]
    assert merged.undisclosed == ("milestones",)
    assert "parties" in filled


def test_all_undisclosed_goes_once_money_is_known():
    merged, _ = merge(deal("A", "B", undisclosed=["all"]), deal("A", "B", total_value=usd(1)), by_name)
    assert merged.undisclosed == ()
    same, filled = merge(deal("A", "B", undisclosed=["all"]), deal("A", "B"), by_name)
    assert same.undisclosed == ("all",)
    assert filled == ()


def test_an_uncertain_figure_stays_see_the_article_until_a_report_states_it():
    stored = deal("Alpha", "Beta", upfront=usd(5)).model_copy(update={"uncertain": ("total_value", "milestones")})
    merged, _ = merge(stored, deal("Alpha", "Beta", total_value=usd(90)), by_name)
    assert merged.total_value == usd(90)
    assert merged.uncertain == ("milestones",)
    again, _ = merge(merged, deal("Alpha", "Beta").model_copy(update={"uncertain": ("equity",)}), by_name)
    assert again.uncertain == ("milestones", "equity")
