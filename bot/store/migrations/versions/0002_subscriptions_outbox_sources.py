"""Subscriptions, the delivery outbox, polled feed sources and handled Slack event ids.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("min_usd", sa.Float(precision=53), nullable=True),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("paused_until", _TIME, nullable=True),
        sa.Column("created_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriptions")),
    )
    op.create_index("ix_subscriptions_target", "subscriptions", ["target_kind", "target_id"])
    op.create_table(
        "subscription_modalities",
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("modality", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.id"],
            name=op.f("fk_subscription_modalities_subscription_id_subscriptions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("subscription_id", "modality", name=op.f("pk_subscription_modalities")),
    )
    op.create_index("ix_subscription_modalities_modality", "subscription_modalities", ["modality"])
    op.create_table(
        "subscription_companies",
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_subscription_companies_company_id_companies")
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.id"],
            name=op.f("fk_subscription_companies_subscription_id_subscriptions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("subscription_id", "company_id", name=op.f("pk_subscription_companies")),
    )
    op.create_index("ix_subscription_companies_company", "subscription_companies", ["company_id"])
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=True),
        sa.Column("target_kind", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("next_attempt", _TIME, nullable=True),
        sa.Column("claimed_until", _TIME, nullable=True),
        sa.Column("sent_at", _TIME, nullable=True),
        sa.Column("failed_reason", sa.String(length=1000), nullable=True),
        sa.Column("message_ref", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deliveries_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.id"],
            name=op.f("fk_deliveries_subscription_id_subscriptions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("deal_id", "target_kind", "target_id", name="uq_deliveries_deal_target"),
    )
    op.create_index("ix_deliveries_state", "deliveries", ["state", "mode", "next_attempt"])
    op.create_table(
        "feed_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=True),
        sa.Column("every_seconds", sa.Integer(), nullable=False),
        sa.Column("added_at", _TIME, nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("last_success", _TIME, nullable=True),
        sa.Column("last_error", sa.String(length=1000), nullable=True),
        sa.Column("last_error_at", _TIME, nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("next_attempt", _TIME, nullable=True),
        sa.Column("items_seen", sa.Integer(), nullable=False),
        sa.Column("etag", sa.String(length=500), nullable=True),
        sa.Column("last_modified", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed_sources")),
        sa.UniqueConstraint("url", name=op.f("uq_feed_sources_url")),
    )
    op.create_index("ix_feed_sources_next_attempt", "feed_sources", ["next_attempt"])
    op.create_table(
        "slack_events",
        sa.Column("event_key", sa.String(length=200), nullable=False),
        sa.Column("seen_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("event_key", name=op.f("pk_slack_events")),
    )
    op.create_index("ix_slack_events_seen_at", "slack_events", ["seen_at"])


def downgrade() -> None:
    for table in (
        "slack_events",
        "feed_sources",
        "deliveries",
        "subscription_companies",
        "subscription_modalities",
        "subscriptions",
    ):
        op.drop_table(table)
