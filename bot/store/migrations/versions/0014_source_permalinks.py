"""A deal's source keeps a link a person can open (`url`): for a Slack message, its permalink, so that cards
link "a Slack message" to it. Existing sources have none (null) and are shown unlinked, as before.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("deal_sources", sa.Column("url", sa.String(length=2000), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deal_sources") as batch:
        batch.drop_column("url")
