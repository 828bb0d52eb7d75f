"""A deal's party named by a name of several companies ("Merck": Merck & Co. or Merck KGaA), whose article
does not say which, is stored as that ambiguous name, not as a company of its own: a `companies` row keyed
`ambiguous:...`, with the companies it may be in `company_candidates`.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "company_candidates",
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_company_candidates_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["companies.id"],
            name=op.f("fk_company_candidates_candidate_id_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("company_id", "candidate_id", name=op.f("pk_company_candidates")),
    )


def downgrade() -> None:
    op.drop_table("company_candidates")
