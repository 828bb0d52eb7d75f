"""Errors the store raises for requests it refuses (each a ValueError with a human message)."""

from __future__ import annotations


class StoreError(ValueError):
    """A request the store cannot carry out."""


class DuplicateSource(StoreError):
    """A feed or page with this URL is already registered."""


class UnknownCompany(StoreError):
    """A company name that resolves to no entity."""
