"""Errors the store raises for requests it refuses (each a ValueError with a human message)."""

from __future__ import annotations


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
