"""A later report that adds to a deal already alerted is told in the thread of each alert card sent before
it: `followups` keeps the report and the fields it added, `followup_posts` each reply (begun before it is
posted, so that two senders never both post it).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("deal_id", sa.Integer(), sa.ForeignKey("deals.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source_kind", sa.String(length=16), nullable=False),
        sa.Column("source_ref", sa.String(length=2000), nullable=False),
        sa.Column("source_title", sa.String(length=1000), nullable=True),
        sa.Column("fields", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_followups_deal", "followups", ["deal_id"])
    op.create_table(
        "followup_posts",
        sa.Column(
            "followup_id", sa.Integer(), sa.ForeignKey("followups.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "delivery_id", sa.Integer(), sa.ForeignKey("deliveries.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ts", sa.String(length=32), nullable=True),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("followup_posts")
    op.drop_index("ix_followups_deal", table_name="followups")
    op.drop_table("followups")
