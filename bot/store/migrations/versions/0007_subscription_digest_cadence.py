"""A digest's cadence belongs to its subscription (and its deliveries), no longer to the subscriber:
`subscribe adc digest daily` then `subscribe car-t digest weekly` keeps ADC daily. Existing digest
subscriptions and deliveries take their subscriber's cadence of before.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CADENCE_OF_SUBSCRIBER = (
    "COALESCE((SELECT s.cadence FROM digest_schedules s WHERE s.target_kind = {table}.target_kind"
    " AND s.target_id = {table}.target_id), 'daily')"
)


def upgrade() -> None:
    for table in ("subscriptions", "deliveries"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("digest_cadence", sa.String(length=16), nullable=True))
        op.execute(
            f"UPDATE {table} SET digest_cadence = {_CADENCE_OF_SUBSCRIBER.format(table=table)} WHERE mode = 'digest'"
        )
    with op.batch_alter_table("digest_schedules") as batch:
        batch.drop_column("cadence")


def downgrade() -> None:
    with op.batch_alter_table("digest_schedules") as batch:
        batch.add_column(sa.Column("cadence", sa.String(length=16), nullable=False, server_default="daily"))
    op.execute(
        "UPDATE digest_schedules SET cadence = 'weekly' WHERE EXISTS (SELECT 1 FROM subscriptions s"
        " WHERE s.target_kind = digest_schedules.target_kind AND s.target_id = digest_schedules.target_id"
        " AND s.digest_cadence = 'weekly')"
    )
    with op.batch_alter_table("digest_schedules") as batch:
        batch.alter_column("cadence", server_default=None)
    for table in ("deliveries", "subscriptions"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("digest_cadence")
