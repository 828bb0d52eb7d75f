"""`Store`: everything dealbot keeps, behind one object. No SQL outside `bot.store`.

`Store.open(url)` makes the engine and migrates the database to the newest schema. Every method runs in
its own transaction. Methods that stamp a time take `now` (an aware datetime), so callers and tests decide
the clock. The company registry (shipped companies plus stored ones) is loaded once per Store and kept up
to date by the Store's own writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.store import corrections as _corrections
from bot.store import deal_messages as _deal_messages
from bot.store import deals as _deals
from bot.store import deliveries as _deliveries
from bot.store import digests as _digests
from bot.store import events as _events
from bot.store import feeds as _feeds
from bot.store import followups as _followups
from bot.store import polling as _polling
from bot.store import subscriptions as _subscriptions
from bot.store.companies import CompanyBook, CompanyRef, named_parties
from bot.store.deals import ImportItem
from bot.store.deliveries import CLAIM_LEASE
from bot.store.digests import DigestSchedule
from bot.store.engine import create_engine
from bot.store.events import EventState
from bot.store.health import StorageHealth, StorageUnavailable, classify
from bot.store.migrate import upgrade
from bot.store.models import (
    Corrected,
    Correction,
    CorrectionInput,
    Corrector,
    DealMessage,
    DealMessageKind,
    DealPage,
    DealQuery,
    Delivery,
    DeliveryMode,
    DeliveryState,
    DigestCadence,
    FeedItemFailure,
    FeedSource,
    Followup,
    IngestResult,
    NewSubscription,
    PollOutcome,
    PostStep,
    SourceRef,
    StoredDeal,
    Subscriber,
    Subscription,
)
from bot.store.queries import deal_page
from bot.store.schema import DealRow, ProcessedItemRow, SubscriptionRow
from extraction.companies import CompanyRegistry
from extraction.models import Extraction, Modality

_PG_INGEST_LOCK = 0x696E6773  # "ings"


class Store:
    def __init__(self, engine: Engine) -> None:
        """A store over a database already at the newest schema; use `Store.open` to migrate first."""
        self.engine = engine
        self.health = StorageHealth(engine)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        with self._transaction() as session:
            self._book = CompanyBook.load(session)

    @classmethod
    def open(cls, database_url: str) -> Store:
        """Open and migrate the database; `StorageUnavailable` when it cannot be used at all (damaged,
        unreachable, or read-only with migrations still to run). A read-only database at the newest schema
        opens, with `health.writable` False: reads work, each write raises `StorageUnavailable`."""
        engine = create_engine(database_url)
        try:
            upgrade(engine)
            return cls(engine)
        except DBAPIError as error:
            engine.dispose()
            reason = classify(error)
            if reason is None:
                raise
            raise StorageUnavailable(reason, str(error.orig).splitlines()[0][:300]) from error
        except BaseException:
            engine.dispose()
            raise

    def check_storage(self) -> None:
        """Raise `StorageUnavailable` when the SQLite file is no longer the one opened (deleted, replaced)."""
        self.health.check()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        with self._sessions() as session:
            try:
                with session.begin():
                    yield session
            except BaseException as error:
                if hasattr(self, "_book"):
                    self._book.forget(session.info.get("new_company_ids", ()))
                reason = classify(error) if isinstance(error, DBAPIError) else None
                if reason is not None:
                    assert isinstance(error, DBAPIError)
                    raise StorageUnavailable(reason, str(error.orig).splitlines()[0][:300]) from error
                raise
            finally:
                session.info.pop("new_company_ids", None)

    # --- companies ------------------------------------------------------------------------------------

    def registry(self) -> CompanyRegistry:
        """The company registry: shipped companies, those learnt from deals, and stored alias changes."""
        return self._book.registry

    def add_company_alias(self, alias: str, entity: str, now: datetime | None = None) -> CompanyRef:
        """Make `alias` a name of the company `entity` names (made when unknown); kept across restarts."""
        with self._transaction() as session:
            return self._book.add_alias(session, alias, entity, _now(now))

    def remove_company_alias(self, alias: str, now: datetime | None = None) -> bool:
        """Stop `alias` naming its company; False when it named none."""
        with self._transaction() as session:
            return self._book.remove_alias(session, alias, _now(now))

    def find_company(self, name: str) -> CompanyRef | None:
        """The stored company any spelling `name` resolves to, or None (also for a name of several
        companies: see `company_choices`)."""
        with self._transaction() as session:
            found = self._book.find(session, name)
        return found[0] if found else None

    def company_choices(self, name: str) -> tuple[str, ...]:
        """The companies `name` may mean when it names several ("Merck": "Merck & Co.", "Merck KGaA"), by
        canonical name; empty when it names one company, or none."""
        with self._transaction() as session:
            return self._book.choices(session, name)

    # --- deals ----------------------------------------------------------------------------------------

    def ingest(
        self, extraction: Extraction, source: SourceRef, now: datetime, text: str | None = None
    ) -> IngestResult:
        """Store one report: a new deal, another source of a stored deal (`merged`), or just the fact
        that the item was seen (`not_deal`, or `already_seen` when it was before). Sends nothing.
        `text`, the article as read, is kept with a deal's report (see `article`)."""
        if extraction.deal is not None:
            extraction = extraction.model_copy(update={"deal": named_parties(extraction.deal)})
        try:
            with self._transaction() as session:
                _one_ingest_at_a_time(session)
                return _deals.ingest(session, self._book, extraction, source, now, text)
        except IntegrityError:
            with self._transaction() as session:  # the same item, ingested concurrently
                seen = _deals.previous_outcome(session, source)
            if seen is None:
                raise
            return seen

    def import_deals(self, items: Iterable[ImportItem], *, batch_size: int = 5000) -> int:
        """Bulk-load deals as they are, without same-deal matching (a restore, or a synthetic load):
        parties still resolve through the registry. Refreshes the planner statistics; returns the count."""
        count = 0
        batch: list[ImportItem] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                count += self._import_batch(batch)
                batch = []
        count += self._import_batch(batch)
        with self.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(sa.text("ANALYZE"))
        return count

    def _import_batch(self, batch: list[ImportItem]) -> int:
        batch = [item.model_copy(update={"deal": named_parties(item.deal)}) for item in batch]
        with self._transaction() as session:
            return len(_deals.bulk_import(session, self._book, batch))

    def is_processed(self, source: SourceRef) -> bool:
        """Whether this item (by kind and ref, or content digest) was ingested before."""
        return self.previous_outcome(source) is not None

    def previous_outcome(self, source: SourceRef) -> IngestResult | None:
        """What ingesting this item gave before (as `already_seen`), or None when it is new."""
        with self._transaction() as session:
            return _deals.previous_outcome(session, source)

    def get_deal(self, deal_id: int) -> StoredDeal | None:
        with self._transaction() as session:
            row = session.get(DealRow, deal_id)
            return _deals.stored_deals(session, [row])[0] if row is not None else None

    def deals(self, query: DealQuery | None = None) -> DealPage:
        """Stored deals, newest first, filtered by `query`; pass `next_cursor` back for the next page."""
        query = query or DealQuery()
        with self._transaction() as session:
            company_ids = None
            if query.company is not None and query.unsettled:
                company_ids = self._book.unsettled(session, query.company)
                if not company_ids:
                    return DealPage(items=())
            elif query.company is not None:
                company_ids = [c.id for c in self._book.find(session, query.company)]
                if not company_ids:
                    return DealPage(items=())
            return deal_page(session, query, company_ids)

    # --- corrections ----------------------------------------------------------------------------------

    def correct(self, deal_id: int, change: CorrectionInput, now: datetime) -> Corrected:
        """Set one term of a deal as a person says it is (rules in `bot.store.corrections`); queues the
        deliveries of subscribers the deal matches only now. `InvalidCorrection` (naming the field) for a
        value the terms cannot hold, `CannotCorrect` for an unknown deal or one merged into another."""
        with self._transaction() as session:
            _one_ingest_at_a_time(session)
            done = _corrections.correct(session, self._book, deal_id, change, now)
        _corrections.log(done)
        return done

    def retract(self, deal_id: int, by: Corrector, now: datetime, note: str | None = None) -> Corrected:
        """Mark a deal not a deal: no longer listed nor matched, its deliveries not yet sent cancelled."""
        with self._transaction() as session:
            _one_ingest_at_a_time(session)
            done = _corrections.retract(session, deal_id, by, note, now)
        _corrections.log(done)
        return done

    def merge_deals(
        self, deal_id: int, into: int, by: Corrector, now: datetime, note: str | None = None
    ) -> Corrected:
        """Say deal `deal_id` is deal `into`: its reports join `into`, which `Corrected.deal` shows; its
        deliveries not yet sent are cancelled."""
        with self._transaction() as session:
            _one_ingest_at_a_time(session)
            done = _corrections.merge(session, self._book, deal_id, into, by, note, now)
        _corrections.log(done)
        return done

    def corrections(
        self, since: datetime | None = None, *, deal_id: int | None = None, team_id: str | None = None
    ) -> list[Correction]:
        """Corrections made at or after `since`, of one deal or Slack workspace when given; oldest first."""
        with self._transaction() as session:
            return _corrections.listing(session, since, deal_id, team_id)

    def article(self, deal_id: int) -> tuple[SourceRef, str] | None:
        """The deal's first report whose article text is kept, with that text (None when none is)."""
        with self._transaction() as session:
            return _corrections.first_text(session, deal_id)

    def record_deal_message(
        self, deal_id: int, channel: str, ts: str, kind: DealMessageKind, now: datetime
    ) -> bool:
        """Record a message the bot posted that shows the deal (a correction updates it); False when known."""
        with self._transaction() as session:
            return _deal_messages.record(session, deal_id, channel, ts, kind, now)

    def deal_messages(self, deal_id: int) -> list[DealMessage]:
        """The messages recorded as showing the deal, oldest first."""
        with self._transaction() as session:
            return _deal_messages.listing(session, deal_id)

    # --- subscriptions ---------------------------------------------------------------------------------

    def add_subscription(self, new: NewSubscription, now: datetime) -> Subscription:
        with self._transaction() as session:
            return _subscriptions.add(session, self._book, new, now)

    def subscriptions(
        self, subscriber: Subscriber | None = None, *, created_by: str | None = None
    ) -> list[Subscription]:
        """A subscriber's subscriptions (everyone's when None); with `created_by`, only those that Slack user
        made, wherever they go. Oldest first."""
        with self._transaction() as session:
            return _subscriptions.listing(session, subscriber, created_by)

    def remove_subscription(self, subscription_id: int, subscriber: Subscriber | None = None) -> bool:
        """Remove a subscription; with `subscriber`, only when it is theirs."""
        with self._transaction() as session:
            row = session.get(SubscriptionRow, subscription_id)
            if row is None or (
                subscriber is not None
                and (row.target_kind, row.target_id) != (subscriber.kind, subscriber.id)
            ):
                return False
            session.delete(row)
            return True

    def set_subscription_modalities(self, subscription_id: int, modalities: Sequence[Modality]) -> bool:
        """Change which modalities a subscription names, keeping its id and its other settings."""
        with self._transaction() as session:
            return _subscriptions.set_modalities(session, subscription_id, tuple(modalities))

    def set_subscription_min(self, subscription_id: int, min_usd: Decimal | None) -> bool:
        """Change a subscription's minimum deal value (None: any value), keeping its id."""
        with self._transaction() as session:
            row = session.get(SubscriptionRow, subscription_id)
            if row is None:
                return False
            row.min_usd = float(min_usd) if min_usd is not None else None
            return True

    def pause_subscription(self, subscription_id: int, until: datetime | None) -> bool:
        """Pause a subscription until a time (None resumes it)."""
        with self._transaction() as session:
            row = session.get(SubscriptionRow, subscription_id)
            if row is None:
                return False
            row.paused_until = until
            return True

    def subscribers_for(self, deal_id: int, now: datetime) -> list[Subscription]:
        """The subscriptions the stored deal matches (rules in `bot.store.subscriptions`)."""
        with self._transaction() as session:
            return _subscriptions.matching(session, deal_id, now)

    # --- deliveries (outbox) ---------------------------------------------------------------------------

    def enqueue_deliveries(self, deal_id: int, now: datetime) -> list[Delivery]:
        """Outbox rows for the deal's subscribers who have none yet; the new rows are returned."""
        with self._transaction() as session:
            matching = _subscriptions.matching(session, deal_id, now)
            return _deliveries.enqueue(session, deal_id, matching, now)

    def claim_deliveries(
        self,
        now: datetime,
        *,
        limit: int = 50,
        mode: DeliveryMode | None = None,
        lease: timedelta = CLAIM_LEASE,
    ) -> list[Delivery]:
        """Lease up to `limit` due deliveries to this caller; unfinished leases expire after `lease` unless
        renewed (`renew_deliveries`). Each claim counts an attempt: `Delivery.attempts` names the claim."""
        with self._transaction() as session:
            return _deliveries.claim(session, now, limit, mode, lease)

    def renew_deliveries(
        self, claimed: Iterable[Delivery], now: datetime, lease: timedelta = CLAIM_LEASE
    ) -> set[int]:
        """The sender's heartbeat: extend its claims on these deliveries to `now + lease`; returns the ids it
        still holds (not those finished, nor those another sender took over after this claim ran out)."""
        claims = [(d.id, d.attempts) for d in claimed]
        with self._transaction() as session:
            return _deliveries.renew(session, claims, now, lease)

    def begin_post(self, delivery: Delivery, step: PostStep, now: datetime) -> bool:
        """Record, before sending it, that this post of the claimed delivery is being made; False when the
        claim no longer holds the delivery (then send nothing)."""
        with self._transaction() as session:
            return _deliveries.begin_post(session, delivery.id, delivery.attempts, step, now)

    def record_post(
        self,
        delivery: Delivery,
        step: PostStep,
        channel: str,
        ts: str,
        now: datetime,
        *,
        then: PostStep | None = None,
        sent_as: str | None = None,
    ) -> bool:
        """Record the post Slack answered (its conversation and ts) as that step done, and in the same
        transaction begin the step `then`, or with `sent_as` mark the delivery sent with that message ref.
        False when the claim no longer holds the delivery."""
        with self._transaction() as session:
            return _deliveries.record_post(
                session, delivery.id, delivery.attempts, step, channel, ts, now, then=then, sent_as=sent_as
            )

    def mark_sent(
        self, delivery_id: int, now: datetime, message_ref: str | None = None, *, attempt: int | None = None
    ) -> bool:
        """Record a delivery sent; with `attempt`, only while that claim holds it."""
        with self._transaction() as session:
            return _deliveries.finish(
                session, delivery_id, "sent", sent_at=now, message_ref=message_ref, attempt=attempt
            )

    def mark_failed(
        self,
        delivery_id: int,
        reason: str,
        retry_at: datetime | None = None,
        *,
        attempt: int | None = None,
        refused: bool = False,
    ) -> bool:
        """Record a failed send: pending again at `retry_at`, or failed for good when None. With `attempt`,
        only while that claim holds it; `refused`: Slack did not take the post begun, so it is forgotten."""
        state: DeliveryState = "pending" if retry_at is not None else "failed"
        with self._transaction() as session:
            return _deliveries.finish(
                session, delivery_id, state, reason=reason, next_attempt=retry_at, attempt=attempt,
                refused=refused,
            )  # fmt: skip

    def deliveries(
        self, *, deal_id: int | None = None, state: DeliveryState | None = None, limit: int = 100
    ) -> list[Delivery]:
        with self._transaction() as session:
            return _deliveries.listing(session, deal_id, state, limit)

    def due_followups(self, now: datetime, limit: int = 100) -> list[Followup]:
        """Later reports' additions not yet told in the threads of the alerts sent before them."""
        with self._transaction() as session:
            return _followups.due(session, now, limit)

    def begin_followup(self, followup_id: int, delivery_id: int, now: datetime) -> bool:
        """Take one follow-up reply for this sender, before posting it; False when it was taken already."""
        with self._transaction() as session:
            return _followups.begin(session, followup_id, delivery_id, now)

    def record_followup(self, followup_id: int, delivery_id: int, ts: str | None, now: datetime) -> None:
        with self._transaction() as session:
            _followups.record(session, followup_id, delivery_id, ts, now)

    def set_digest_schedule(self, subscriber: Subscriber, schedule: DigestSchedule, now: datetime) -> None:
        """Set when the subscriber's digests go out (hour, weekday of weekly ones, zone)."""
        with self._transaction() as session:
            _digests.set_schedule(session, subscriber, schedule, now)

    def digest_schedule(self, subscriber: Subscriber) -> DigestSchedule | None:
        with self._transaction() as session:
            return _digests.schedule_of(session, subscriber)

    def digests_waiting(self) -> list[tuple[Subscriber, DigestCadence]]:
        """Subscribers and cadences with digest deliveries not yet given a time (`hold_digests`)."""
        with self._transaction() as session:
            return _digests.unscheduled(session)

    def hold_digests(self, subscriber: Subscriber, cadence: DigestCadence, until: datetime) -> int:
        """Hold the subscriber's digest deliveries of `cadence` that have no time yet until `until`."""
        with self._transaction() as session:
            return _digests.hold(session, subscriber, cadence, until)

    # --- polled sources --------------------------------------------------------------------------------

    def add_source(self, url: str, every: timedelta, now: datetime, title: str | None = None) -> FeedSource:
        """Register a feed or page to poll every `every`; DuplicateSource when the URL is known."""
        with self._transaction() as session:
            return _feeds.add(session, url, every, title, now)

    def sources(self) -> list[FeedSource]:
        with self._transaction() as session:
            return _feeds.listing(session)

    def get_source(self, key: int | str) -> FeedSource | None:
        """A source by id or URL."""
        with self._transaction() as session:
            row = _feeds.find(session, key)
            return _feeds.model(row) if row is not None else None

    def remove_source(self, key: int | str) -> bool:
        with self._transaction() as session:
            row = _feeds.find(session, key)
            if row is None:
                return False
            session.delete(row)
            return True

    def set_source_paused(self, key: int | str, paused: bool) -> bool:
        with self._transaction() as session:
            row = _feeds.find(session, key)
            if row is None:
                return False
            row.paused = paused
            return True

    def due_sources(self, now: datetime) -> list[FeedSource]:
        """Sources not paused whose next attempt is due."""
        with self._transaction() as session:
            return _feeds.due(session, now)

    def record_poll(self, key: int | str, outcome: PollOutcome, now: datetime) -> FeedSource | None:
        """Record one poll's result in the source's health columns."""
        with self._transaction() as session:
            row = _feeds.find(session, key)
            return _feeds.record(session, row, outcome, now) if row is not None else None

    def claim_due_source(self, now: datetime, lease: timedelta) -> FeedSource | None:
        """Lease one due source to this poller (its next attempt moves to `now + lease`), or None."""
        with self._transaction() as session:
            return _polling.claim_due(session, now, lease)

    def seen_feed_items(self, source_id: int, keys: list[str]) -> set[str]:
        """Which of these item keys the source has recorded before."""
        with self._transaction() as session:
            return _polling.seen_keys(session, source_id, keys)

    def processed_refs(self, kind: str, refs: list[str]) -> set[str]:
        """Which of these refs (e.g. article URLs) were ingested before, from any source."""
        with self._transaction() as session:
            return _polling.processed_refs(session, kind, refs)

    def record_feed_items(self, source_id: int, items: list[tuple[str, str | None]], now: datetime) -> int:
        """Record items (key, URL) as handled for the source; returns how many were new."""
        with self._transaction() as session:
            return _polling.record_items(session, source_id, items, now)

    def record_feed_item_failure(
        self, source_id: int, key: str, url: str | None, error: str, now: datetime, *, max_attempts: int
    ) -> FeedItemFailure:
        """Count one failed attempt at an item, with its error; at `max_attempts` the item is given up
        (recorded as seen, so it is not tried again) and keeps its error."""
        with self._transaction() as session:
            return _polling.record_failure(session, source_id, key, url, error, now, max_attempts)

    def clear_feed_item_failures(self, source_id: int, keys: list[str]) -> None:
        """Forget the failed attempts of items that have now been handled."""
        with self._transaction() as session:
            _polling.clear_failures(session, source_id, keys)

    def feed_item_failures(self, source_id: int) -> list[FeedItemFailure]:
        """The source's items whose processing failed (still retried, or given up), oldest first."""
        with self._transaction() as session:
            return _polling.failures(session, source_id)

    # --- idempotency -----------------------------------------------------------------------------------

    def record_event_once(self, event_key: str, now: datetime) -> bool:
        """True the first time `event_key` (e.g. a Slack event id) is recorded, False ever after."""
        with self._transaction() as session:
            return _events.record_once(session, event_key, now)

    def claim_event(self, event_key: str, now: datetime, lease: timedelta) -> bool:
        """Take `event_key` while it is handled: False when it was handled, or is under a live claim."""
        with self._transaction() as session:
            return _events.claim(session, event_key, now, lease)

    def finish_event(self, event_key: str, now: datetime) -> None:
        """Record a claimed key as handled: every later delivery of it is ignored."""
        with self._transaction() as session:
            _events.finish(session, event_key, now)

    def release_event(self, event_key: str) -> None:
        """Give up a claim after a failed handling, so that a retry is handled again."""
        with self._transaction() as session:
            _events.release(session, event_key)

    def event_state(self, event_key: str) -> EventState | None:
        """Whether `event_key` is being handled (`claimed`), was `handled`, or neither (None)."""
        with self._transaction() as session:
            return _events.state(session, event_key)

    def forget_events_before(self, cutoff: datetime) -> int:
        with self._transaction() as session:
            return _events.forget_before(session, cutoff)


def _one_ingest_at_a_time(session: Session) -> None:
    """Serialise ingests and corrections, so that two reports of one deal arriving together never both
    insert it, nor a report and a correction of one deal each miss the other:
    a transaction-scoped advisory lock on PostgreSQL; SQLite's write lock, taken before the reads
    (a write statement that changes nothing takes it)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_INGEST_LOCK})
    else:
        session.execute(sa.update(ProcessedItemRow).where(sa.false()).values(outcome=ProcessedItemRow.outcome))


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)
