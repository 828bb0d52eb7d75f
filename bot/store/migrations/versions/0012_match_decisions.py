"""Each report of a deal keeps why it was attached to the deal or started it (`deal_sources.why`), and a
deal keeps the money fields its reports disagree on (`deals.disputed`), which it shows as "see the
article" and which later reports never fill.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deal_sources") as batch:
        batch.add_column(sa.Column("why", sa.String(length=1000), nullable=True))
    with op.batch_alter_table("deals") as batch:
        batch.add_column(sa.Column("disputed", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deals") as batch:
        batch.drop_column("disputed")
    with op.batch_alter_table("deal_sources") as batch:
        batch.drop_column("why")
