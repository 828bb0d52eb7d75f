"""The durable registry: learnt companies and alias changes survive a restart; a name of several companies
is stored as such, never as a company; a legal form alone is never a company."""

import pytest
import sqlalchemy as sa

from bot.store import AmbiguousCompany, DealQuery, NewSubscription, NotACompany, SourceRef, Store, Subscriber
from tests.bot.store.builders import deal, report
from tests.bot.store.conftest import NOW


def test_alias_added_is_used_and_kept(database_url: str):
    store = Store.open(database_url)
    store.ingest(report(deal("Quellion Biosciences", "Pfizer")), SourceRef(kind="url", ref="a"), NOW)
    company = store.add_company_alias("QLB", "Quellion Biosciences", NOW)
    assert company.canonical == "Quellion Biosciences"
    resolved = store.registry().resolve("QLB")
    assert resolved is not None
    assert resolved.canonical == "Quellion Biosciences"
    assert len(store.deals(DealQuery(company="QLB")).items) == 1
    store.close()
    reopened = Store.open(database_url)
    try:
        assert len(reopened.deals(DealQuery(company="QLB")).items) == 1
    finally:
        reopened.close()


def test_alias_removed_stays_removed(database_url: str):
    store = Store.open(database_url)
    store.add_company_alias("QLB", "Quellion Biosciences", NOW)
    assert store.remove_company_alias("QLB", NOW) is True
    assert store.remove_company_alias("QLB", NOW) is False
    assert store.find_company("QLB") is None
    store.close()
    reopened = Store.open(database_url)
    try:
        assert reopened.find_company("QLB") is None
        assert reopened.find_company("Quellion Biosciences") is not None
    finally:
        reopened.close()


def test_spellings_of_a_known_company_are_one_company(store: Store):
    store.ingest(report(deal("BMS", "Alpha")), SourceRef(kind="url", ref="a"), NOW)
    one = store.find_company("Bristol-Myers Squibb Company")
    two = store.find_company("bms")
    assert one is not None
    assert one == two


def test_companies_and_aliases_stored_by_another_process_are_seen(database_url: str):
    app, cli = Store.open(database_url), Store.open(database_url)
    try:
        cli.ingest(report(deal("Quellion Biosciences", "Pfizer")), SourceRef(kind="url", ref="a"), NOW)
        cli.add_company_alias("QLB", "Quellion Biosciences", NOW)
        assert len(app.deals(DealQuery(company="Pfizer Inc.")).items) == 1
        assert len(app.deals(DealQuery(company="QLB")).items) == 1
        again = app.ingest(report(deal("Quellion Biosciences", "Pfizer")), SourceRef(kind="url", ref="b"), NOW)
        assert again.kind == "merged"
        assert app.find_company("Quellion Biosciences") == cli.find_company("Quellion Biosciences")
    finally:
        app.close()
        cli.close()


def _names(store: Store) -> list[str]:
    with store.engine.connect() as connection:
        return sorted(connection.execute(sa.text("SELECT canonical FROM companies")).scalars())


def test_a_name_of_several_companies_is_stored_as_ambiguous_not_as_a_company(store: Store):
    store.ingest(report(deal("Merck", "Quillon Bio", assets=["QB-1"])), SourceRef(kind="url", ref="a"), NOW)
    unit = deal("Merck Research Laboratories", "Orvane Bio", assets=["OB-1"])
    store.ingest(report(unit), SourceRef(kind="url", ref="b"), NOW)
    assert store.find_company("Merck") is None
    assert store.registry().resolve("Merck") is None  # no company "Merck" was learnt
    assert store.company_choices("merck") == ("Merck & Co.", "Merck KGaA")
    assert store.deals(DealQuery(company="Merck & Co.")).items == ()
    assert store.deals(DealQuery(company="Merck KGaA")).items == ()
    assert store.deals(DealQuery(company="merck")).items == ()  # never the two companies' deals mixed
    # the deals that name only "Merck" are listed as such
    assert len(store.deals(DealQuery(company="MERCK", unsettled=True)).items) == 2
    assert store.deals(DealQuery(company="MSD", unsettled=True)).items == ()
    # both deals point at one ambiguous row, whose candidates are the two companies
    with store.engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT c.id, c.entity_key FROM companies c WHERE c.entity_key LIKE 'ambiguous:%'")
        ).all()
        assert len(rows) == 1
        linked = connection.execute(
            sa.text("SELECT COUNT(DISTINCT deal_id) FROM deal_companies WHERE company_id = :id"), {"id": rows[0].id}
        ).scalar_one()
        candidates = connection.execute(
            sa.text(
                "SELECT c.canonical FROM company_candidates k JOIN companies c ON c.id = k.candidate_id "
                "WHERE k.company_id = :id ORDER BY c.canonical"
            ),
            {"id": rows[0].id},
        ).scalars().all()
    assert linked == 2
    assert candidates == ["Merck & Co.", "Merck KGaA"]


def test_a_settled_name_is_its_company(store: Store):
    store.ingest(report(deal("Merck & Co.", "Quillon Bio", assets=["QB-1"])), SourceRef(kind="url", ref="a"), NOW)
    for spelling in ("MSD", "Merck & Co., Inc.", "Merck Sharp & Dohme"):
        assert [d.id for d in store.deals(DealQuery(company=spelling)).items] == [1]
    assert store.company_choices("MSD") == ()


def test_the_ambiguous_name_survives_a_restart_and_is_reused(database_url: str):
    with Store.open(database_url) as first:
        first.ingest(report(deal("Merck", "Quillon Bio", assets=["QB-1"])), SourceRef(kind="url", ref="a"), NOW)
    with Store.open(database_url) as second:
        assert second.registry().resolve("Merck") is None
        second.ingest(report(deal("Merck", "Orvane Bio", assets=["OB-1"])), SourceRef(kind="url", ref="b"), NOW)
        assert _names(second).count("Merck") == 1
        assert second.company_choices("Merck") == ("Merck & Co.", "Merck KGaA")


def test_a_company_learnt_from_an_ambiguous_name_before_is_read_as_ambiguous(database_url: str):
    with Store.open(database_url) as first:
        first.ingest(report(deal("Quillon Bio", "Orvane Bio")), SourceRef(kind="url", ref="a"), NOW)
        with first.engine.begin() as connection:  # a deal of "Merck" as the store kept it when it learnt "Merck"
            connection.execute(
                sa.text(
                    "INSERT INTO companies (id, canonical, entity_key, builtin, created_at) "
                    "VALUES (100, 'Merck', 'learnt:old', :no, :now)"
                ),
                {"no": False, "now": NOW.replace(tzinfo=None)},
            )
            connection.execute(sa.text("UPDATE deal_companies SET company_id = 100 WHERE company_id = 1"))
    with Store.open(database_url) as second:
        assert second.registry().resolve("Merck") is None
        assert second.find_company("Merck") is None
        assert second.company_choices("merck") == ("Merck & Co.", "Merck KGaA")
        assert second.deals(DealQuery(company="Merck")).items == ()
        assert [d.id for d in second.deals(DealQuery(company="Merck", unsettled=True)).items] == [1]


def test_a_legal_form_alone_is_never_a_company(store: Store):
    result = store.ingest(report(deal("Inc.", "Quillon Bio")), SourceRef(kind="url", ref="a"), NOW)
    assert result.kind == "new"
    stored = store.get_deal(result.deal_id)  # type: ignore[arg-type]
    assert stored is not None
    assert [p.name for p in stored.deal.parties] == ["Quillon Bio"]
    assert "Inc." not in _names(store)
    assert store.find_company("Inc.") is None
    with pytest.raises(NotACompany):
        store.add_subscription(NewSubscription(subscriber=Subscriber(kind="user", id="U1"), companies=("S.A.",)), NOW)


def test_a_subscription_or_alias_names_one_company_never_an_ambiguous_name(store: Store):
    with pytest.raises(AmbiguousCompany) as refused:
        store.add_subscription(NewSubscription(subscriber=Subscriber(kind="user", id="U1"), companies=("Merck",)), NOW)
    assert refused.value.candidates == ("Merck & Co.", "Merck KGaA")
    with pytest.raises(AmbiguousCompany):
        store.add_company_alias("MRK Group", "Merck", NOW)
    assert store.subscriptions() == []
    assert store.registry().resolve("MRK Group") is None
