"""Errors the store raises for requests it refuses (each a ValueError with a human message)."""

from __future__ import annotations

from typing import Literal

Uncorrectable = Literal["unknown", "merged", "same", "retracted"]
"""Why a deal cannot take a correction: no such deal, merged into another, merged into itself, or a merge
into a deal marked not a deal."""


class StoreError(ValueError):
    """A request the store cannot carry out."""


class DuplicateSource(StoreError):
    """A feed or page with this URL is already registered."""


class UnknownCompany(StoreError):
    """A company name that resolves to no entity."""


class AmbiguousCompany(StoreError):
    """A name of several companies ("Merck"), where one company is needed: `candidates` are their names."""

    def __init__(self, name: str, candidates: tuple[str, ...]) -> None:
        super().__init__(f"{name!r} names several companies: {', '.join(candidates)}")
        self.name = name
        self.candidates = candidates


class NotACompany(StoreError):
    """A name that names no company at all: a legal form alone ("S.A.", "Inc.")."""


class InvalidCorrection(StoreError):
    """A corrected value the deal's terms cannot hold ("12,5 million" as an amount, an unknown modality).

    `field` names the field it was given for (so a form shows the message beside that input); `reason`
    says what is wrong and what would do instead."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field.replace('_', ' ')}: {reason}")
        self.field = field
        self.reason = reason


class CannotCorrect(StoreError):
    """A deal that cannot take this correction (`why`); `merged_into` is the deal to correct instead."""

    def __init__(self, deal_id: int, why: Uncorrectable, message: str, merged_into: int | None = None) -> None:
        super().__init__(message)
        self.deal_id = deal_id
        self.why = why
        self.merged_into = merged_into
