"""Migrations: an empty database reaches the schema of `bot.store.schema`; upgrades keep every row."""

from datetime import date

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from bot.store import CorrectionInput, Corrector, DealQuery, NewSubscription, SourceRef, Store, Subscriber
from bot.store.engine import create_engine
from bot.store.migrate import alembic_config, current_revision, downgrade, head_revision, upgrade
from bot.store.schema import Base
from tests.bot.store.builders import deal, report, usd
from tests.bot.store.conftest import NOW


def test_empty_database_migrates_to_the_schema_of_the_code(database_url: str):
    engine = create_engine(database_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        upgrade(engine)  # a second run is a no-op
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_upgrade_from_the_previous_revision_keeps_rows(database_url: str):
    head = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    previous = head.down_revision
    assert isinstance(previous, str)
    engine = create_engine(database_url)
    try:
        upgrade(engine, previous)
        with engine.begin() as connection:  # rows as the previous revision's code wrote them
            connection.execute(
                sa.text(
                    "INSERT INTO companies (id, canonical, entity_key, builtin, created_at) "
                    "VALUES (1, 'Orrin Bio', 'learnt:1', :f, :t), (2, 'Pellway Pharma', 'learnt:2', :f, :t)"
                ),
                {"f": False, "t": NOW.replace(tzinfo=None)},
            )
            deal_json = deal(
                "Orrin Bio", "Pellway Pharma", upfront=usd(25), modalities=["adc"]
            ).model_dump_json()
            connection.execute(
                sa.text(
                    "INSERT INTO deals (id, first_seen, updated, reported_on, value_usd, headline, "
                    "deal_json) VALUES (1, :t, :t, :d, 25000000, 'Orrin licenses to Pellway', :j)"
                ),
                {"t": NOW.replace(tzinfo=None), "d": date(2026, 3, 2), "j": deal_json},
            )
            for company_id, role in ((1, "licensor"), (2, "licensee")):
                connection.execute(
                    sa.text(
                        "INSERT INTO deal_companies (deal_id, company_id, role, first_seen) "
                        "VALUES (1, :c, :r, :t)"
                    ),
                    {"c": company_id, "r": role, "t": NOW.replace(tzinfo=None)},
                )
            connection.execute(
                sa.text("INSERT INTO deal_modalities (deal_id, modality, first_seen) VALUES (1, 'adc', :t)"),
                {"t": NOW.replace(tzinfo=None)},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO deal_sources (deal_id, kind, ref, title, published, added_at) "
                    "VALUES (1, 'url', 'https://news.example/1', NULL, NULL, :t)"
                ),
                {"t": NOW.replace(tzinfo=None)},
            )
    finally:
        engine.dispose()

    store = Store.open(database_url)
    try:
        page = store.deals(DealQuery(company="Orrin Bio"))
        assert [d.id for d in page.items] == [1]
        assert page.items[0].deal.upfront == usd(25)
        assert page.items[0].sources == (SourceRef(kind="url", ref="https://news.example/1"),)
        assert [d.id for d in store.deals(DealQuery(modality="adc")).items] == [1]
        merged = store.ingest(
            report(deal("Orrin Bio", "Pellway Pharma", upfront=usd(25))), SourceRef(kind="url", ref="b"), NOW
        )
        assert (merged.kind, merged.deal_id) == ("merged", 1)
    finally:
        store.close()


def test_downgrade_to_nothing_and_back(database_url: str):
    engine = create_engine(database_url)
    try:
        upgrade(engine)
        downgrade(engine, "base")
        assert current_revision(engine) is None
        with engine.connect() as connection:
            assert set(sa.inspect(connection).get_table_names()) <= {"alembic_version"}
        upgrade(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_digest_cadences_move_from_the_subscriber_to_each_subscription(database_url: str):
    engine = create_engine(database_url)
    t = NOW.replace(tzinfo=None)
    try:
        upgrade(engine, "0006")
        with engine.begin() as connection:  # as 0006's code wrote them: one cadence per subscriber
            connection.execute(
                sa.text(
                    "INSERT INTO digest_schedules (target_kind, target_id, cadence, hour, weekday, timezone, "
                    "updated_at) VALUES ('user', 'U1', 'weekly', 9, 4, NULL, :t)"
                ),
                {"t": t},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO subscriptions (id, target_kind, target_id, min_usd, mode, paused_until, created_at) "
                    "VALUES (1, 'user', 'U1', NULL, 'digest', NULL, :t), (2, 'user', 'U2', NULL, 'digest', NULL, :t),"
                    " (3, 'user', 'U1', NULL, 'instant', NULL, :t)"
                ),
                {"t": t},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO deals (id, first_seen, updated, reported_on, value_usd, headline, deal_json) "
                    "VALUES (1, :t, :t, :d, NULL, 'Orrin licenses to Pellway', :j)"
                ),
                {"t": t, "d": date(2026, 3, 2), "j": deal("Orrin Bio", "Pellway Pharma").model_dump_json()},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO deliveries (deal_id, subscription_id, target_kind, target_id, mode, state, "
                    "attempts, created_at) VALUES (1, 1, 'user', 'U1', 'digest', 'pending', 0, :t), "
                    "(1, 2, 'user', 'U2', 'digest', 'pending', 0, :t)"
                ),
                {"t": t},
            )
    finally:
        engine.dispose()

    store = Store.open(database_url)
    try:
        cadences = {s.id: (s.mode, s.cadence) for s in store.subscriptions()}
        assert cadences == {1: ("digest", "weekly"), 2: ("digest", "daily"), 3: ("instant", None)}
        waiting = {(s.id, cadence) for s, cadence in store.digests_waiting()}
        assert waiting == {("U1", "weekly"), ("U2", "daily")}
        schedule = store.digest_schedule(Subscriber(kind="user", id="U1"))
        assert schedule is not None and (schedule.hour, schedule.weekday) == (9, 4)
    finally:
        store.close()


def test_subscriptions_keep_their_rows_and_get_their_makers_from_0007(database_url: str):
    engine = create_engine(database_url)
    t = NOW.replace(tzinfo=None)
    try:
        upgrade(engine, "0007")
        with engine.begin() as connection:  # as 0007's code wrote them: no maker, ids 1-3 given by the database
            connection.execute(
                sa.text(
                    "INSERT INTO companies (id, canonical, entity_key, builtin, created_at) "
                    "VALUES (1, 'Orrin Bio', 'learnt:1', :f, :t)"
                ),
                {"f": False, "t": t},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO subscriptions (target_kind, target_id, min_usd, mode, digest_cadence, "
                    "paused_until, created_at) VALUES ('channel', 'C1', 100000000, 'instant', NULL, NULL, :t),"
                    " ('user', 'U1', NULL, 'digest', 'weekly', :t, :t), ('channel', 'C2', NULL, 'instant',"
                    " NULL, NULL, :t)"
                ),
                {"t": t},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO subscription_modalities (subscription_id, modality) VALUES (1, 'adc'), (1, 'mrna')"
                )
            )
            connection.execute(
                sa.text("INSERT INTO subscription_companies (subscription_id, company_id) VALUES (2, 1), (3, 1)")
            )
            connection.execute(
                sa.text(
                    "INSERT INTO deals (id, first_seen, updated, reported_on, value_usd, headline, deal_json) "
                    "VALUES (1, :t, :t, :d, NULL, 'Orrin licenses to Pellway', :j)"
                ),
                {"t": t, "d": date(2026, 3, 2), "j": deal("Orrin Bio", "Pellway Pharma").model_dump_json()},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO deliveries (deal_id, subscription_id, target_kind, target_id, mode, state, "
                    "attempts, created_at) VALUES (1, 1, 'channel', 'C1', 'instant', 'pending', 0, :t), "
                    "(1, 3, 'channel', 'C2', 'instant', 'sent', 1, :t)"
                ),
                {"t": t},
            )
    finally:
        engine.dispose()

    store = Store.open(database_url)
    try:
        subs = {s.id: s for s in store.subscriptions()}
        assert sorted(subs) == [1, 2, 3]
        assert (subs[1].modalities, subs[1].min_usd, subs[1].created_by) == (("adc", "mrna"), 100_000_000, None)
        assert (subs[2].companies, subs[2].cadence, subs[2].created_by) == (("Orrin Bio",), "weekly", "U1")
        assert (subs[3].companies, subs[3].created_by) == (("Orrin Bio",), None)
        assert subs[2].paused_until == NOW
        assert {d.subscriber.id: d.subscription_id for d in store.deliveries(deal_id=1)} == {"C1": 1, "C2": 3}
        assert [s.id for s in store.subscriptions(created_by="U1")] == [2]
        assert store.remove_subscription(3)
        assert store.add_subscription(NewSubscription(subscriber=Subscriber(kind="user", id="U9")), NOW).id == 4
    finally:
        store.close()


def test_deals_stored_before_0013_show_their_terms_take_corrections_and_have_no_article_text(database_url: str):
    engine = create_engine(database_url)
    t = NOW.replace(tzinfo=None)
    try:
        upgrade(engine, "0012")
        with engine.begin() as connection:  # as 0012's code wrote them
            connection.execute(
                sa.text(
                    "INSERT INTO deals (id, first_seen, updated, reported_on, value_usd, headline, deal_json, "
                    "disputed) VALUES (1, :t, :t, :d, 25000000, 'Orrin licenses to Pellway', :j, NULL)"
                ),
                {
                    "t": t,
                    "d": date(2026, 3, 2),
                    "j": deal("Orrin Bio", "Pellway Pharma", upfront=usd(25)).model_dump_json(),
                },
            )
            connection.execute(
                sa.text(
                    "INSERT INTO deal_sources (deal_id, kind, ref, title, published, added_at, why) "
                    "VALUES (1, 'url', 'https://news.example/1', NULL, NULL, :t, 'new deal')"
                ),
                {"t": t},
            )
    finally:
        engine.dispose()

    store = Store.open(database_url)
    try:
        [listed] = store.deals().items
        assert (listed.deal.upfront, listed.corrected, listed.retracted, listed.merged_into) == (
            usd(25),
            (),
            None,
            None,
        )
        assert store.article(1) is None
        done = store.correct(
            1, CorrectionInput(field="upfront", value="$30m", by=Corrector(user_id="U1", team_id="T1")), NOW
        )
        assert done.deal.deal.upfront is not None and done.deal.deal.upfront.usd == 30_000_000
    finally:
        store.close()

def test_alerts_begun_before_0015_are_looked_for_before_they_are_posted_again(database_url: str):
    engine = create_engine(database_url)
    t = NOW.replace(tzinfo=None)
    try:
        upgrade(engine, "0014")
        with engine.begin() as connection:  # as 0014's senders left them: nothing known of their posts
            connection.execute(
                sa.text(
                    "INSERT INTO deals (id, first_seen, updated, reported_on, value_usd, headline, deal_json) "
                    "VALUES (1, :t, :t, :d, NULL, 'Orrin licenses to Pellway', :j)"
                ),
                {"t": t, "d": date(2026, 3, 2), "j": deal("Orrin Bio", "Pellway Pharma").model_dump_json()},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO deliveries (deal_id, target_kind, target_id, mode, state, attempts, created_at,"
                    " claimed_until) VALUES (1, 'channel', 'C1', 'instant', 'claimed', 1, :t, :t),"
                    " (1, 'channel', 'C2', 'instant', 'pending', 2, :t, NULL),"
                    " (1, 'channel', 'C3', 'instant', 'pending', 0, :t, NULL),"
                    " (1, 'channel', 'C4', 'instant', 'sent', 1, :t, NULL),"
                    " (1, 'channel', 'C5', 'digest', 'claimed', 1, :t, :t)"
                ),
                {"t": t},
            )
    finally:
        engine.dispose()

    store = Store.open(database_url)
    try:
        begun = {d.subscriber.id: [(p.step, p.ts, p.started) for p in d.posts] for d in store.deliveries()}
        assert begun == {
            "C1": [("card", None, NOW)],  # claimed when the sender stopped: it may have posted
            "C2": [("card", None, NOW)],  # retried after an error: it may have posted
            "C3": [],
            "C4": [],
            "C5": [],
        }
    finally:
        store.close()

