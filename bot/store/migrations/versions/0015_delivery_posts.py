"""Each post of an instant alert (its card, its thread reply) is recorded: begun before it is sent, and given
the conversation and `ts` Slack answered in the transaction that records the step done, so that a delivery
taken over after a crash posts only what Slack does not have yet, without reading the conversation back.

An alert that a sender of the earlier revision began (claimed, or retried after an error) may be in Slack
already without any of this recorded: it gets a begun card, so that it is first looked for in its
conversation, as before.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "delivery_posts",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=64), nullable=True),
        sa.Column("ts", sa.String(length=32), nullable=True),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_delivery_posts_delivery_id_deliveries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("delivery_id", "step", name=op.f("pk_delivery_posts")),
    )
    op.execute(
        "INSERT INTO delivery_posts (delivery_id, step, started_at) SELECT id, 'card', created_at FROM deliveries"
        " WHERE mode = 'instant' AND state IN ('claimed', 'pending') AND attempts > 0"
    )


def downgrade() -> None:
    op.drop_table("delivery_posts")
