"""The messages the bot posts that show a deal outside the outbox (the summary replied in a watched
channel's thread) are recorded by channel and ts, so that a person's correction of the deal updates them
with `chat.update`, as it does the alerts' cards. Messages posted before this revision were not recorded:
a correction leaves them as they are.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deal_messages",
        sa.Column("channel", sa.String(length=64), nullable=False),
        sa.Column("ts", sa.String(length=32), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_messages_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("channel", "ts", name=op.f("pk_deal_messages")),
    )
    op.create_index("ix_deal_messages_deal_id", "deal_messages", ["deal_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_deal_messages_deal_id", table_name="deal_messages")
    op.drop_table("deal_messages")
