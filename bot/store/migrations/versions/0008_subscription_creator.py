"""A subscription records who made it (`created_by`, a Slack user id), so that only they, the channel's
manager or a workspace admin change a channel's subscriptions, and so that its maker finds it from anywhere.
Existing DM subscriptions were made by their recipient; who made an existing channel subscription is unknown
(null).

Subscription ids are no longer reused on SQLite, where a plain rowid table gives a deleted largest id to the
next row: the table is rebuilt with AUTOINCREMENT (batch mode). PostgreSQL's serial id is a sequence, which
never hands out an id twice, so there the column is only added.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Rebuilding `subscriptions` on SQLite drops the old table, and with foreign keys enforced (as the engine
# does, and as a PRAGMA cannot undo inside the migration's transaction) that drop deletes the rows that
# reference it: their modalities and companies cascade away, deliveries lose their subscription. They are
# kept aside for the rebuild and put back.
_KEPT = {
    "subscription_modalities": "subscription_id, modality",
    "subscription_companies": "subscription_id, company_id",
}


def upgrade() -> None:
    with _rebuilt_on_sqlite({"sqlite_autoincrement": True}) as batch:
        batch.add_column(sa.Column("created_by", sa.String(length=64), nullable=True))
        batch.create_index("ix_subscriptions_created_by", ["created_by"])
    _restore_children()
    op.execute("UPDATE subscriptions SET created_by = target_id WHERE target_kind = 'user'")


def downgrade() -> None:
    with _rebuilt_on_sqlite({}) as batch:
        batch.drop_index("ix_subscriptions_created_by")
        batch.drop_column("created_by")
    _restore_children()


def _sqlite() -> bool:
    return bool(op.get_bind().dialect.name == "sqlite")


def _rebuilt_on_sqlite(table_kwargs: dict[str, Any]) -> Any:
    """A batch over `subscriptions` that rebuilds the table on SQLite (with `table_kwargs`), after keeping
    aside the rows that reference it; on PostgreSQL, plain ALTERs."""
    if _sqlite():
        for table, columns in _KEPT.items():
            op.execute(f"CREATE TEMP TABLE _kept_{table} AS SELECT {columns} FROM {table}")
        op.execute(
            "CREATE TEMP TABLE _kept_delivery_subscriptions AS SELECT id, subscription_id FROM deliveries"
            " WHERE subscription_id IS NOT NULL"
        )
    return op.batch_alter_table(
        "subscriptions", recreate="always" if _sqlite() else "auto", table_kwargs=table_kwargs
    )


def _restore_children() -> None:
    if not _sqlite():
        return
    for table, columns in _KEPT.items():
        op.execute(f"INSERT OR IGNORE INTO {table} ({columns}) SELECT {columns} FROM _kept_{table}")
        op.execute(f"DROP TABLE _kept_{table}")
    op.execute(
        "UPDATE deliveries SET subscription_id = (SELECT k.subscription_id FROM _kept_delivery_subscriptions k"
        " WHERE k.id = deliveries.id) WHERE id IN (SELECT id FROM _kept_delivery_subscriptions)"
    )
    op.execute("DROP TABLE _kept_delivery_subscriptions")
