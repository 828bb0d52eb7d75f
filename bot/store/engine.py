"""Engines for the two supported databases: an SQLite file (the default) and PostgreSQL.

`postgres://` and `postgresql://` URLs (as hosting platforms give them) are read as psycopg 3 URLs.
SQLite connections enforce foreign keys, use WAL journalling and wait for locks instead of failing, so a
bot and a `dealbot ingest` can share one file.
`scratch_schema` gives a throwaway schema inside a PostgreSQL database (tests and benchmarks use one each).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session

_SQLITE_BUSY_TIMEOUT_MS = 30_000


def dialect_insert(session: Session) -> Any:
    """The INSERT construct of the session's database, for `on_conflict_do_nothing` / `do_update`
    (PostgreSQL's or SQLite's: the two spell them alike)."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def normalize_url(database_url: str) -> URL:
    url = make_url(database_url)
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def create_engine(database_url: str) -> Engine:
    url = normalize_url(database_url)
    if url.get_backend_name() == "sqlite":
        engine = sa.create_engine(url, connect_args={"timeout": _SQLITE_BUSY_TIMEOUT_MS / 1000})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.get_backend_name() != "postgresql":
        raise ValueError(f"unsupported database {url.get_backend_name()!r}: use sqlite or postgresql")
    return sa.create_engine(url, pool_pre_ping=True)


@contextmanager
def scratch_schema(database_url: str, prefix: str = "scratch") -> Iterator[str]:
    """A new, empty schema in the PostgreSQL database at `database_url`, dropped with all it holds on exit;
    yields a URL whose connections use it."""
    schema = f"{prefix}_{uuid.uuid4().hex[:16]}"
    admin = create_engine(database_url)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = normalize_url(database_url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={_SQLITE_BUSY_TIMEOUT_MS}")
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
