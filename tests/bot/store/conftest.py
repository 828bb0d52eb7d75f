"""Every store test runs against a real SQLite file and a real PostgreSQL database.

PostgreSQL is the server at `DEALBOT_TEST_POSTGRES_URL` (default: database `test` on 127.0.0.1:5432, as in
CI); each test gets its own schema, dropped afterwards, so runs never see each other's rows. When the
server cannot be reached the PostgreSQL half is skipped with the reason, or fails when
`DEALBOT_REQUIRE_POSTGRES=1` (as in CI, where a skipped half would hide a broken engine).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bot.store import Store
from bot.store.engine import scratch_schema

POSTGRES_URL = os.environ.get(
    "DEALBOT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@functools.cache
def postgres_unavailable() -> str | None:
    """Why PostgreSQL cannot be used, or None when it can."""
    try:
        engine = sa.create_engine(make_url(POSTGRES_URL).update_query_dict({"connect_timeout": "3"}))
        with engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
        engine.dispose()
    except Exception as error:
        return f"PostgreSQL at {make_url(POSTGRES_URL).render_as_string()} unreachable: {error}".splitlines()[
            0
        ]
    return None


def require_postgres() -> None:
    """Skip the calling test when PostgreSQL is unreachable; fail it instead under DEALBOT_REQUIRE_POSTGRES=1."""
    reason = postgres_unavailable()
    if reason is not None:
        if os.environ.get("DEALBOT_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{reason} (DEALBOT_REQUIRE_POSTGRES=1)")
        pytest.skip(reason)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'dealbot.sqlite3'}"
        return
    require_postgres()
    with scratch_schema(POSTGRES_URL, "test") as url:
        yield url


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    with Store.open(database_url) as opened:
        yield opened
