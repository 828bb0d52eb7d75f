"""The durable registry: learnt companies and alias changes survive a restart."""

from bot.store import DealQuery, SourceRef, Store
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
