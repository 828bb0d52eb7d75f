"""dealbot's storage: deals, companies, sources, subscriptions and deliveries in SQLite or PostgreSQL.

Use `Store.open(database_url)`; everything crosses this boundary as the pydantic models below.
"""

from bot.store.companies import CompanyRef
from bot.store.deals import ImportItem
from bot.store.errors import (
    AmbiguousCompany,
    CannotCorrect,
    DuplicateSource,
    InvalidCorrection,
    NotACompany,
    StoreError,
    UnknownCompany,
)
from bot.store.health import StorageUnavailable
from bot.store.models import (
    CorrectableField,
    Corrected,
    Correction,
    CorrectionInput,
    Corrector,
    DealPage,
    DealQuery,
    Delivery,
    DeliveryMode,
    DeliveryPost,
    DeliveryState,
    DigestCadence,
    FeedItemFailure,
    FeedSource,
    Followup,
    IngestResult,
    LearntAlias,
    NewSubscription,
    PollOutcome,
    PostStep,
    Retraction,
    SourceRef,
    StoredDeal,
    Subscriber,
    Subscription,
)
from bot.store.store import Store

__all__ = [
    "AmbiguousCompany",
    "CannotCorrect",
    "CompanyRef",
    "CorrectableField",
    "Corrected",
    "Correction",
    "CorrectionInput",
    "Corrector",
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
    "Followup",
    "ImportItem",
    "IngestResult",
    "InvalidCorrection",
    "LearntAlias",
    "NewSubscription",
    "NotACompany",
    "PollOutcome",
    "PostStep",
    "Retraction",
    "SourceRef",
    "StorageUnavailable",
    "Store",
    "StoreError",
    "StoredDeal",
    "Subscriber",
    "Subscription",
    "UnknownCompany",
]
