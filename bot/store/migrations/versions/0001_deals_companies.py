"""Deals, their parties, modalities and sources; companies and aliases; processed items.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIME = sa.DateTime(timezone=True)
_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "companies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical", sa.String(length=300), nullable=False),
        sa.Column("entity_key", sa.String(length=300), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companies")),
        sa.UniqueConstraint("entity_key", name=op.f("uq_companies_entity_key")),
    )
    op.create_table(
        "company_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("alias_key", sa.String(length=300), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("created_at", _TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_company_aliases_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_aliases")),
        sa.UniqueConstraint("alias_key", name=op.f("uq_company_aliases_alias_key")),
    )
    op.create_table(
        "deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_seen", _TIME, nullable=False),
        sa.Column("updated", _TIME, nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("value_usd", sa.Float(precision=53), nullable=True),
        sa.Column("headline", sa.String(length=1000), nullable=True),
        sa.Column("deal_json", _JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
    )
    op.create_index("ix_deals_first_seen_id", "deals", ["first_seen", "id"])
    op.create_index("ix_deals_reported_on", "deals", ["reported_on"])
    op.create_index("ix_deals_value_usd", "deals", ["value_usd"])
    op.create_table(
        "deal_companies",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("first_seen", _TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_deal_companies_company_id_companies")
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_companies_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("deal_id", "company_id", name=op.f("pk_deal_companies")),
    )
    op.create_index("ix_deal_companies_company", "deal_companies", ["company_id", "first_seen", "deal_id"])
    op.create_table(
        "deal_modalities",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("modality", sa.String(length=32), nullable=False),
        sa.Column("first_seen", _TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_modalities_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("deal_id", "modality", name=op.f("pk_deal_modalities")),
    )
    op.create_index("ix_deal_modalities_modality", "deal_modalities", ["modality", "first_seen", "deal_id"])
    op.create_table(
        "deal_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ref", sa.String(length=2000), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("added_at", _TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_sources_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_sources")),
        sa.UniqueConstraint("kind", "ref", name="uq_deal_sources_kind_ref"),
    )
    op.create_index("ix_deal_sources_deal", "deal_sources", ["deal_id"])
    op.create_table(
        "processed_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ref", sa.String(length=2000), nullable=False),
        sa.Column("digest", sa.String(length=128), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=1000), nullable=True),
        sa.Column("processed_at", _TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_processed_items_deal_id_deals"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processed_items")),
        sa.UniqueConstraint("kind", "ref", name="uq_processed_items_kind_ref"),
    )
    op.create_index("ix_processed_items_digest", "processed_items", ["digest"])


def downgrade() -> None:
    for table in ("processed_items", "deal_sources", "deal_modalities", "deal_companies", "deals"):
        op.drop_table(table)
    op.drop_table("company_aliases")
    op.drop_table("companies")
