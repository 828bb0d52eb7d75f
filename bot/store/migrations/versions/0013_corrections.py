"""People's corrections of deals are kept as rows of `corrections` (field, value shown before, value given,
Slack user and workspace, time, note); a deal keeps the terms shown with them applied (`corrected_json`),
when a person said it is not a deal (`retracted_at`) and the deal it was found to be (`merged_into`). A
report keeps its article's text (`deal_sources.text`), so corrected deals can be exported as labelled
articles; reports stored before have none.

Only columns are added to `deals` and `deal_sources` (`merged_into` without a foreign key), so SQLite
alters them in place instead of rebuilding the tables, whose drop would delete the rows that reference them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("old_value", _JSON, nullable=True),
        sa.Column("new_value", _JSON, nullable=True),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("team_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"], name="fk_corrections_deal_id_deals", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
    )
    op.create_index("ix_corrections_deal", "corrections", ["deal_id", "id"])
    op.create_index("ix_corrections_created_at", "corrections", ["created_at"])
    with op.batch_alter_table("deals") as batch:
        batch.add_column(sa.Column("corrected_json", _JSON, nullable=True))
        batch.add_column(sa.Column("retracted_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("merged_into", sa.Integer(), nullable=True))
    with op.batch_alter_table("deal_sources") as batch:
        batch.add_column(sa.Column("text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deal_sources") as batch:
        batch.drop_column("text")
    with op.batch_alter_table("deals") as batch:
        batch.drop_column("merged_into")
        batch.drop_column("retracted_at")
        batch.drop_column("corrected_json")
    op.drop_index("ix_corrections_created_at", table_name="corrections")
    op.drop_index("ix_corrections_deal", table_name="corrections")
    op.drop_table("corrections")
