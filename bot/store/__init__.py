"""dealbot's storage: deals, companies, sources, subscriptions and deliveries in SQLite or PostgreSQL.

Use `Store.open(database_url)`; everything crosses this boundary as the pydantic models below.
"""

from bot.store.companies import CompanyRef
from bot.store.deals import ImportItem
from bot.store.errors import DuplicateSource, StoreError, UnknownCompany
from bot.store.health import StorageUnavailable
from bot.store.models import (
    DealPage,
    DealQuery,
    Delivery,
    DeliveryMode,
    DeliveryPost,
    DeliveryState,
    DigestCadence,
    FeedItemFailure,
    FeedSource,
    IngestResult,
    NewSubscription,
    PollOutcome,
    PostStep,
    SourceRef,
    StoredDeal,
    Subscriber,
    Subscription,
)
from bot.store.store import Store

__all__ = [
    "CompanyRef",
    "DealPage",
    "DealQuery",
    "Delivery",
    "DeliveryMode",
    "DeliveryPost",
    "DeliveryState",
    "DigestCadence",
    "DuplicateSource",
    "FeedItemFailure",
    "FeedSource",
    "ImportItem",
    "IngestResult",
    "NewSubscription",
    "PollOutcome",
    "PostStep",
    "SourceRef",
    "StorageUnavailable",
    "Store",
    "StoreError",
    "StoredDeal",
    "Subscriber",
    "Subscription",
    "UnknownCompany",
]
