import pytest
import sqlalchemy as sa

from bot.store.engine import create_engine, normalize_url, scratch_schema
from tests.bot.store.conftest import POSTGRES_URL, require_postgres


def test_plain_postgres_urls_use_psycopg_3():
    assert normalize_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    assert normalize_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert normalize_url("postgresql+psycopg://u@h/db").drivername == "postgresql+psycopg"
    assert normalize_url("sqlite:///x.sqlite3").drivername == "sqlite"


@pytest.mark.postgres
def test_a_scratch_schema_holds_its_tables_and_is_dropped_on_exit():
    require_postgres()
    with scratch_schema(POSTGRES_URL, "test") as url:
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE probe (id integer)"))
            schema = connection.execute(sa.text("SELECT current_schema()")).scalar_one()
        engine.dispose()
        assert schema.startswith("test_")
    admin = create_engine(POSTGRES_URL)
    with admin.connect() as connection:
        left = connection.execute(
            sa.text("SELECT count(*) FROM information_schema.schemata WHERE schema_name = :s"), {"s": schema}
        ).scalar_one()
    admin.dispose()
    assert left == 0
