"""Alembic environment: runs on the connection `bot.store.migrate` passes in (online mode only)."""

from __future__ import annotations

from alembic import context

from bot.store.schema import Base

_config = context.config
_connection = _config.attributes.get("connection")
if _connection is None:
    raise RuntimeError("run migrations through bot.store.migrate.upgrade(engine)")

context.configure(
    connection=_connection,
    target_metadata=Base.metadata,
    render_as_batch=_connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
