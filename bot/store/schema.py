"""The database tables, as SQLAlchemy 2 typed ORM classes.

Alembic revisions in `bot/store/migrations/versions` create exactly these tables (a test compares the
migrated database with this metadata). Times are stored in UTC; the USD figures used for filtering are
floats (exact for any whole dollar amount), while the full deal, with its `Decimal` amounts, is kept as
JSON in `deals.deal_json`.

A deal's `deal_json` is what its reports say; people's corrections are rows of `corrections`, and the
terms shown with them applied are kept in `corrected_json` (recomputed whenever either changes). An
article's text is kept with its report (`deal_sources.text`), for exporting corrected deals as labelled
articles.

Indexes follow the queries: deals of a company (`deal_companies` by company, newest first), of a modality
(`deal_modalities`), by first-seen time, by headline USD value; subscriptions by modality and company; the
outbox by state.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every engine (SQLite keeps no zone)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware (UTC) datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JSONDocument = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

ARTICLE_TEXT_CHARS = 100_000
"""An article's text is kept up to this many characters (trade-press stories run to 10,000; a longer text is
a page with comments or listings, whose start holds the story)."""

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), date: sa.Date()}


# --- companies: the durable part of the company registry ---------------------------------------------


class CompanyRow(Base):
    """A company entity. `entity_key` is the registry's id when the row was made; `builtin` rows name an
    entity of the shipped registry, the others were learnt from deals and subscriptions. A row whose
    `entity_key` starts with `ambiguous:` is no company: it stands for a name of several companies that a
    deal's article used without saying which ("Merck"); `company_candidates` lists those companies."""

    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    canonical: Mapped[str] = mapped_column(sa.String(300))
    entity_key: Mapped[str] = mapped_column(sa.String(300), unique=True)
    builtin: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]


class CompanyAliasRow(Base):
    """An alias added (`company_id` set) or a shipped alias removed (`company_id` null), by alias key."""

    __tablename__ = "company_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(sa.String(300))
    alias_key: Mapped[str] = mapped_column(sa.String(300), unique=True)
    company_id: Mapped[int | None] = mapped_column(sa.ForeignKey("companies.id", ondelete="CASCADE"))
    created_at: Mapped[datetime]


class CompanyCandidateRow(Base):
    """One company an ambiguous name may be: `company_id` is the ambiguous row, `candidate_id` the company."""

    __tablename__ = "company_candidates"

    company_id: Mapped[int] = mapped_column(sa.ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True)


# --- deals ---------------------------------------------------------------------------------------------


class DealRow(Base):
    __tablename__ = "deals"
    __table_args__ = (
        sa.Index("ix_deals_first_seen_id", "first_seen", "id"),
        sa.Index("ix_deals_value_usd", "value_usd"),
        sa.Index("ix_deals_reported_on", "reported_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_seen: Mapped[datetime]
    updated: Mapped[datetime]
    reported_on: Mapped[date]
    value_usd: Mapped[float | None] = mapped_column(sa.Float(precision=53))
    headline: Mapped[str | None] = mapped_column(sa.String(1000))
    deal_json: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    disputed: Mapped[str | None] = mapped_column(
        sa.String(200), doc="money fields its reports disagree on, comma-separated; shown as 'see the article'"
    )
    corrected_json: Mapped[dict[str, Any] | None] = mapped_column(
        JSONDocument, doc="the terms shown: `deal_json` with its `corrections` applied; null when it has none"
    )
    retracted_at: Mapped[datetime | None] = mapped_column(doc="when a person said it is not a deal")
    merged_into: Mapped[int | None] = mapped_column(doc="the deal a person said it is (`deals.id`)")


class DealCompanyRow(Base):
    """A party of a deal, by company entity; `first_seen` repeats the deal's so the company query is
    answered from one index, newest first."""

    __tablename__ = "deal_companies"
    __table_args__ = (sa.Index("ix_deal_companies_company", "company_id", "first_seen", "deal_id"),)

    deal_id: Mapped[int] = mapped_column(sa.ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True)
    company_id: Mapped[int] = mapped_column(sa.ForeignKey("companies.id"), primary_key=True)
    role: Mapped[str] = mapped_column(sa.String(32))
    first_seen: Mapped[datetime]


class DealModalityRow(Base):
    __tablename__ = "deal_modalities"
    __table_args__ = (sa.Index("ix_deal_modalities_modality", "modality", "first_seen", "deal_id"),)

    deal_id: Mapped[int] = mapped_column(sa.ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True)
    modality: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    first_seen: Mapped[datetime]


class DealSourceRow(Base):
    """One article, URL or Slack message that reported a deal."""

    __tablename__ = "deal_sources"
    __table_args__ = (
        sa.UniqueConstraint("kind", "ref", name="uq_deal_sources_kind_ref"),
        sa.Index("ix_deal_sources_deal", "deal_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(sa.ForeignKey("deals.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(16))
    ref: Mapped[str] = mapped_column(sa.String(2000))
    title: Mapped[str | None] = mapped_column(sa.String(1000))
    published: Mapped[date | None]
    added_at: Mapped[datetime]
    why: Mapped[str | None] = mapped_column(sa.String(1000), doc="why it started the deal or joined it")
    text: Mapped[str | None] = mapped_column(
        sa.Text(), doc="the article text as read, at most `ARTICLE_TEXT_CHARS`; null before it was kept"
    )
    url: Mapped[str | None] = mapped_column(sa.String(2000))
    """Where a person opens it: a Slack message's permalink; null for a file, or a URL source (its ref)."""


class CorrectionRow(Base):
    """A person's correction of a deal: one field (or "retracted", "merged_into") from its shown value to the
    value given, as JSON, by a Slack user of a workspace. Never changed: later corrections add rows."""

    __tablename__ = "corrections"
    __table_args__ = (
        sa.Index("ix_corrections_deal", "deal_id", "id"),
        sa.Index("ix_corrections_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(sa.ForeignKey("deals.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(sa.String(32))
    old_value: Mapped[Any] = mapped_column(JSONDocument, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSONDocument, nullable=True)
    user_id: Mapped[str] = mapped_column(sa.String(64))
    team_id: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(sa.String(1000))


class ProcessedItemRow(Base):
    """Every item ingested once, deal or not, so that it is never processed twice."""

    __tablename__ = "processed_items"
    __table_args__ = (
        sa.UniqueConstraint("kind", "ref", name="uq_processed_items_kind_ref"),
        sa.Index("ix_processed_items_digest", "digest"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(16))
    ref: Mapped[str] = mapped_column(sa.String(2000))
    digest: Mapped[str | None] = mapped_column(sa.String(128))
    outcome: Mapped[str] = mapped_column(sa.String(16))
    deal_id: Mapped[int | None] = mapped_column(sa.ForeignKey("deals.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(sa.String(1000))
    processed_at: Mapped[datetime]


# --- subscriptions and the delivery outbox -------------------------------------------------------------


class SubscriptionRow(Base):
    """A subscription, to a user's DMs or to a channel. `created_by` is the Slack user who made it (null
    for channel subscriptions made before it was recorded). Ids are never reused, so an id once shown names
    no other subscription later: AUTOINCREMENT on SQLite (whose plain rowids restart after the largest
    one left), a sequence on PostgreSQL."""

    __tablename__ = "subscriptions"
    __table_args__ = (
        sa.Index("ix_subscriptions_target", "target_kind", "target_id"),
        sa.Index("ix_subscriptions_created_by", "created_by"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(sa.String(16))
    target_id: Mapped[str] = mapped_column(sa.String(64))
    min_usd: Mapped[float | None] = mapped_column(sa.Float(precision=53))
    mode: Mapped[str] = mapped_column(sa.String(16))
    digest_cadence: Mapped[str | None] = mapped_column(sa.String(16))
    paused_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    created_by: Mapped[str | None] = mapped_column(sa.String(64))


class SubscriptionModalityRow(Base):
    __tablename__ = "subscription_modalities"
    __table_args__ = (sa.Index("ix_subscription_modalities_modality", "modality"),)

    subscription_id: Mapped[int] = mapped_column(
        sa.ForeignKey("subscriptions.id", ondelete="CASCADE"), primary_key=True
    )
    modality: Mapped[str] = mapped_column(sa.String(32), primary_key=True)


class SubscriptionCompanyRow(Base):
    __tablename__ = "subscription_companies"
    __table_args__ = (sa.Index("ix_subscription_companies_company", "company_id"),)

    subscription_id: Mapped[int] = mapped_column(
        sa.ForeignKey("subscriptions.id", ondelete="CASCADE"), primary_key=True
    )
    company_id: Mapped[int] = mapped_column(sa.ForeignKey("companies.id"), primary_key=True)


class DeliveryRow(Base):
    """The outbox: one row per deal and subscriber, whatever number of their subscriptions match."""

    __tablename__ = "deliveries"
    __table_args__ = (
        sa.UniqueConstraint("deal_id", "target_kind", "target_id", name="uq_deliveries_deal_target"),
        sa.Index("ix_deliveries_state", "state", "mode", "next_attempt"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(sa.ForeignKey("deals.id", ondelete="CASCADE"))
    subscription_id: Mapped[int | None] = mapped_column(sa.ForeignKey("subscriptions.id", ondelete="SET NULL"))
    target_kind: Mapped[str] = mapped_column(sa.String(16))
    target_id: Mapped[str] = mapped_column(sa.String(64))
    mode: Mapped[str] = mapped_column(sa.String(16))
    digest_cadence: Mapped[str | None] = mapped_column(sa.String(16))
    state: Mapped[str] = mapped_column(sa.String(16))
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    next_attempt: Mapped[datetime | None]
    claimed_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    failed_reason: Mapped[str | None] = mapped_column(sa.String(1000))
    message_ref: Mapped[str | None] = mapped_column(sa.String(200))


class DeliveryPostRow(Base):
    """A post of an instant alert (its card, its thread reply): a row made before the post is sent
    (`started_at`), given the conversation and `ts` Slack answered in the same transaction that records the
    step done, so that a sender taking the delivery over after a crash knows what Slack already has."""

    __tablename__ = "delivery_posts"

    delivery_id: Mapped[int] = mapped_column(sa.ForeignKey("deliveries.id", ondelete="CASCADE"), primary_key=True)
    step: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    started_at: Mapped[datetime]
    channel: Mapped[str | None] = mapped_column(sa.String(64))
    ts: Mapped[str | None] = mapped_column(sa.String(32))
    posted_at: Mapped[datetime | None]


class FollowupRow(Base):
    """A later report that added to a deal already alerted (its source, the fields it added), told in the
    thread of each alert card sent before it."""

    __tablename__ = "followups"
    __table_args__ = (sa.Index("ix_followups_deal", "deal_id"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(sa.ForeignKey("deals.id", ondelete="CASCADE"))
    source_kind: Mapped[str] = mapped_column(sa.String(16))
    source_ref: Mapped[str] = mapped_column(sa.String(2000))
    source_title: Mapped[str | None] = mapped_column(sa.String(1000))
    fields: Mapped[str] = mapped_column(sa.String(200))
    created_at: Mapped[datetime]


class FollowupPostRow(Base):
    """A follow-up told in one alert's thread: begun before it is posted, so that two senders never both
    post it; `ts` once Slack answered."""

    __tablename__ = "followup_posts"

    followup_id: Mapped[int] = mapped_column(sa.ForeignKey("followups.id", ondelete="CASCADE"), primary_key=True)
    delivery_id: Mapped[int] = mapped_column(sa.ForeignKey("deliveries.id", ondelete="CASCADE"), primary_key=True)
    started_at: Mapped[datetime]
    ts: Mapped[str | None] = mapped_column(sa.String(32))
    posted_at: Mapped[datetime | None]


class DealMessageRow(Base):
    """A message the bot posted that shows a deal outside the outbox (the summary replied in a watched
    channel's thread), so that a correction of the deal updates it too (`chat.update` by channel + ts)."""

    __tablename__ = "deal_messages"
    __table_args__ = (sa.Index("ix_deal_messages_deal_id", "deal_id"),)

    channel: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    ts: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    deal_id: Mapped[int] = mapped_column(sa.ForeignKey("deals.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(16))
    posted_at: Mapped[datetime]


# --- polled sources and idempotency ---------------------------------------------------------------------


class FeedSourceRow(Base):
    __tablename__ = "feed_sources"
    __table_args__ = (sa.Index("ix_feed_sources_next_attempt", "next_attempt"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(sa.String(2000), unique=True)
    title: Mapped[str | None] = mapped_column(sa.String(1000))
    every_seconds: Mapped[int]
    added_at: Mapped[datetime]
    paused: Mapped[bool] = mapped_column(default=False)
    last_success: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(sa.String(1000))
    last_error_at: Mapped[datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    next_attempt: Mapped[datetime | None]
    items_seen: Mapped[int] = mapped_column(default=0)
    etag: Mapped[str | None] = mapped_column(sa.String(500))
    last_modified: Mapped[str | None] = mapped_column(sa.String(100))


class SlackEventRow(Base):
    """Slack event ids (and other delivery keys) handled, or being handled (`claimed_until` set: the
    handler's lease); Slack retries must not act twice, nor be dropped when the handling failed."""

    __tablename__ = "slack_events"
    __table_args__ = (sa.Index("ix_slack_events_seen_at", "seen_at"),)

    event_key: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    seen_at: Mapped[datetime]
    claimed_until: Mapped[datetime | None]
