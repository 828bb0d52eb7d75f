"""The typed values that cross the store's boundary (no loose dicts, no ORM rows outside `bot.store`)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, JsonValue, model_validator

from extraction.models import Deal, Modality, MoneyField


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


SourceKind = Literal["file", "url", "slack"]


class SourceRef(_Frozen):
    """One report of a deal: an archived file, a web article, or a Slack message."""

    kind: SourceKind
    ref: str = Field(min_length=1, max_length=2000, description="path, URL, or Slack channel/ts[/file id]")
    title: str | None = None
    published: date | None = Field(default=None, description="the article's date, when known")
    digest: str | None = Field(
        default=None,
        max_length=128,
        description="hash of the content; the same content seen again is skipped",
    )
    why: str | None = Field(
        default=None, max_length=1000, description="set by the store: why this report started or joined its deal"
    )
    url: str | None = Field(
        default=None, max_length=2000, description="where a person opens it: a Slack message's permalink"
    )


IngestKind = Literal["new", "merged", "not_deal", "already_seen"]


class Followup(_Frozen):
    """A later report's additions to tell in one alert's thread: the report, the fields it added, and the
    alert card (its conversation and ts) to reply under."""

    id: int
    deal_id: int
    delivery_id: int
    source: SourceRef
    fields: tuple[str, ...]
    channel: str
    thread_ts: str


class IngestResult(_Frozen):
    kind: IngestKind
    deal_id: int | None = None
    reason: str | None = Field(default=None, description="why not a deal (not_deal)")
    filled: tuple[str, ...] = Field(default=(), description="deal fields a merged report added")
    disputed: tuple[MoneyField, ...] = Field(
        default=(), description="money fields a merged report gives otherwise than the stored deal"
    )


CorrectableField = Literal[
    "parties",
    "deal_types",
    "modalities",
    "upfront",
    "milestones",
    "total_value",
    "equity",
    "royalties",
    "assets",
    "targets",
    "territory",
]
"""The deal terms a person may correct (rules in `bot.store.correcting`)."""
CorrectionField = CorrectableField | Literal["retracted", "merged_into"]
"""What a stored correction changed: a term, or the whole deal ("not a deal", "same deal as N")."""


class Corrector(_Frozen):
    """Who made a correction: a Slack user of a workspace (team)."""

    user_id: str = Field(min_length=1, max_length=64)
    team_id: str = Field(min_length=1, max_length=64)


class CorrectionInput(_Frozen):
    """One field of a deal set to `value`, as a form gives it: text amounts ("12.5 million", "$40m") with a
    currency code, lists of names or codes, parties as `{"name", "role"}`; None clears the field.
    `bot.store.correcting.normalize` says what is accepted; `Store.correct` refuses the rest with
    `InvalidCorrection` naming the field."""

    field: CorrectableField
    value: JsonValue = None
    by: Corrector
    note: str | None = Field(default=None, max_length=1000, description="why, in the corrector's words")


class Correction(_Frozen):
    """A stored correction: the field, its shown value before and the value given (JSON), who and when."""

    id: int
    deal_id: int
    field: CorrectionField
    old: JsonValue = None
    new: JsonValue = None
    by: Corrector
    at: datetime
    note: str | None = None


class Retraction(_Frozen):
    """Who said a stored deal is not a deal, and when."""

    by: Corrector
    at: datetime
    note: str | None = None


class StoredDeal(_Frozen):
    """A deal as shown: its reports' terms with people's corrections applied (`corrected` names the fields
    they set). A deal marked not a deal (`retracted`), or merged into another (`merged_into`), is no longer
    listed, but is still found by its id."""

    id: int
    deal: Deal
    headline: str | None = None
    first_seen: datetime
    updated: datetime
    reported_on: date = Field(description="the earliest date a source reported the deal")
    value_usd: Decimal | None = Field(default=None, description="the headline USD value used for filters")
    sources: tuple[SourceRef, ...] = ()
    corrected: tuple[CorrectableField, ...] = Field(default=(), description="fields a person set, in order")
    retracted: Retraction | None = None
    merged_into: int | None = Field(default=None, description="the deal it was found to be, when merged away")


class DealQuery(_Frozen):
    company: str | None = Field(default=None, description="any spelling; resolved through the registry")
    unsettled: bool = Field(
        default=False,
        description="with `company` a name of several companies (\"Merck\"): the deals whose article names it"
        " without saying which of them, instead of a company's",
    )
    modality: Modality | None = None
    since: AwareDatetime | None = Field(default=None, description="first seen at or after")
    until: AwareDatetime | None = Field(default=None, description="first seen before")
    min_usd: Decimal | None = None
    limit: int = Field(default=20, ge=1, le=500)
    cursor: str | None = None


class DealPage(_Frozen):
    items: tuple[StoredDeal, ...]
    next_cursor: str | None = None


TargetKind = Literal["user", "channel"]
DeliveryMode = Literal["instant", "digest"]
DigestCadence = Literal["daily", "weekly"]


class Subscriber(_Frozen):
    """Who receives alerts: a user (by DM) or a channel, by Slack id."""

    kind: TargetKind
    id: str = Field(min_length=1, max_length=64)


class NewSubscription(_Frozen):
    subscriber: Subscriber
    modalities: tuple[Modality, ...] = ()
    companies: tuple[str, ...] = Field(default=(), description="any spelling; resolved through the registry")
    min_usd: Decimal | None = None
    mode: DeliveryMode = "instant"
    cadence: DigestCadence | None = Field(default=None, description="a digest's: daily when not given")
    paused_until: AwareDatetime | None = None
    created_by: str | None = Field(
        default=None, min_length=1, max_length=64, description="the Slack user who made it; a DM one's recipient"
    )

    @model_validator(mode="before")
    @classmethod
    def _digests_are_daily_by_default(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("mode") == "digest" and data.get("cadence") is None:
            return {**data, "cadence": "daily"}
        return data

    @model_validator(mode="before")
    @classmethod
    def _dm_subscriptions_are_made_by_their_recipient(cls, data: Any) -> Any:
        if not isinstance(data, dict) or data.get("created_by") is not None:
            return data
        subscriber = data.get("subscriber")
        if isinstance(subscriber, dict):
            subscriber = Subscriber.model_validate(subscriber)
        if isinstance(subscriber, Subscriber) and subscriber.kind == "user":
            return {**data, "created_by": subscriber.id}
        return data

    @model_validator(mode="after")
    def _cadence_of_digests_only(self) -> NewSubscription:
        if self.mode == "instant" and self.cadence is not None:
            raise ValueError("only a digest subscription has a cadence")
        return self


class Subscription(_Frozen):
    """A stored subscription; empty `modalities` / `companies` mean any."""

    id: int
    subscriber: Subscriber
    modalities: tuple[Modality, ...] = ()
    companies: tuple[str, ...] = Field(default=(), description="canonical names of the companies")
    min_usd: Decimal | None = None
    mode: DeliveryMode = "instant"
    cadence: DigestCadence | None = Field(default=None, description="a digest's: daily or weekly")
    paused_until: datetime | None = None
    created: datetime
    created_by: str | None = Field(default=None, description="the Slack user who made it, when recorded")


DeliveryState = Literal["pending", "claimed", "sent", "failed", "cancelled"]
"""`cancelled`: never sent, because its deal was marked not a deal or merged into another one."""
PostStep = Literal["card", "thread_reply"]
"""The posts of an instant alert, in order: the compact card, then the full summary in its thread."""


class DeliveryPost(_Frozen):
    """One post of a delivery: begun (`ts` None: Slack's answer was never recorded, so whether Slack has it
    is unknown), or posted, with the conversation and `ts` Slack gave it."""

    step: PostStep
    started: datetime
    channel: str | None = None
    ts: str | None = None
    posted: datetime | None = None


class Delivery(_Frozen):
    """One outbox row: a deal to announce to one subscriber."""

    id: int
    deal_id: int
    subscription_id: int | None
    subscriber: Subscriber
    mode: DeliveryMode
    cadence: DigestCadence | None = Field(default=None, description="a digest delivery's, from its subscription")
    state: DeliveryState
    attempts: int = 0
    created: datetime
    next_attempt: datetime | None = None
    claimed_until: datetime | None = None
    sent_at: datetime | None = None
    failed_reason: str | None = None
    message_ref: str | None = Field(default=None, description="e.g. the Slack message ts once sent")
    posts: tuple[DeliveryPost, ...] = Field(default=(), description="its posts begun or made, card first")

    def post(self, step: PostStep) -> DeliveryPost | None:
        return next((p for p in self.posts if p.step == step), None)


DealMessageKind = Literal["thread_summary"]
"""A message showing a deal outside the outbox: the summary replied in a watched channel's thread."""


class DealMessage(_Frozen):
    """A message the bot posted that shows a deal (not an alert: those are `Delivery.posts`)."""

    deal_id: int
    channel: str
    ts: str
    kind: DealMessageKind
    posted: datetime


class FeedSource(_Frozen):
    """A feed or page that the scheduler polls, with its health."""

    id: int
    url: str
    title: str | None = None
    every_seconds: int
    added: datetime
    paused: bool = False
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    consecutive_failures: int = 0
    next_attempt: datetime | None = None
    items_seen: int = 0
    etag: str | None = None
    last_modified: str | None = None


class FeedItemFailure(_Frozen):
    """A source's item whose processing failed: retried on later polls, then given up (and seen)."""

    source_id: int
    item_key: str
    url: str | None = None
    attempts: int
    error: str
    first_failed: datetime
    last_failed: datetime
    given_up: datetime | None = Field(default=None, description="when it was given up and marked seen")


class PollOutcome(_Frozen):
    """What one poll of a feed source found, recorded by `Store.record_poll`."""

    ok: bool
    error: str | None = None
    new_items: int = 0
    etag: str | None = None
    last_modified: str | None = None
    next_attempt: datetime


class LearntAlias(_Frozen):
    """A spelling the company registry learnt from a corrected party name: `alias` now names `company`."""

    alias: str
    company: str


class Corrected(_Frozen):
    """What a correction did: the deal as now shown, the stored correction, the deliveries it queued (for
    subscribers the deal matches only now) and cancelled (of a deal no longer to be announced), and the
    spellings the registry learnt."""

    deal: StoredDeal
    correction: Correction
    enqueued: tuple[Delivery, ...] = ()
    cancelled: tuple[Delivery, ...] = ()
    learnt: tuple[LearntAlias, ...] = ()
