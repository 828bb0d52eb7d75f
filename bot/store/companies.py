"""The company registry made durable: the shipped registry plus the `companies` and `company_aliases` rows.

Every party of a stored deal, and every company a subscription names, is a row of `companies`, linked to an
entity of the in-memory `CompanyRegistry`:
- a name the registry resolves becomes (or reuses) the row of that entity (`builtin` when the entity is
  one of the shipped ones);
- a name it does not resolve becomes a new entity, learnt: stored, and added to the registry, so that
  later spellings fold into it by the registry's fuzzy matching.
Aliases added or removed through the store are kept in `company_aliases` (a removal as a row without a
company) and replayed, in order, over the shipped registry when the store opens.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from bot.store.schema import CompanyAliasRow, CompanyRow
from extraction.companies import CompanyRegistry, normalize


class CompanyRef(BaseModel):
    """A company as stored: its row id and canonical name."""

    model_config = ConfigDict(frozen=True)

    id: int
    canonical: str


class CompanyBook:
    """The registry and the mapping between its entities and `companies` rows. Thread-safe."""

    def __init__(self, registry: CompanyRegistry, builtin_ids: frozenset[str]) -> None:
        self.registry = registry
        self._builtin_ids = builtin_ids
        self._companies_of_entity: dict[str, list[int]] = {}
        self._entity_of_company: dict[int, str] = {}
        self._canonical: dict[int, str] = {}
        self._last_company = 0
        self._last_alias = 0
        self.lock = threading.RLock()

    @classmethod
    def load(cls, session: Session) -> CompanyBook:
        registry = CompanyRegistry.builtin()
        book = cls(registry, frozenset(e.entity_id for e in registry.entities()))
        book.refresh(session)
        return book

    def refresh(self, session: Session) -> None:
        """Take in the companies and alias changes stored since the last look (by any process)."""
        with self.lock:
            rows = session.scalars(
                sa.select(CompanyRow).where(CompanyRow.id > self._last_company).order_by(CompanyRow.id)
            )
            for row in rows:
                if row.id in self._entity_of_company:
                    continue
                if row.builtin and row.entity_key in self._builtin_ids:
                    entity_id = row.entity_key
                elif row.builtin and (found := self.registry.resolve(row.canonical)) is not None:
                    entity_id = found.entity_id  # the shipped registry renamed its ids
                else:
                    entity_id = self.registry.add_entity(row.canonical)
                self._remember(row.id, entity_id, row.canonical)
            aliases = session.scalars(
                sa.select(CompanyAliasRow).where(CompanyAliasRow.id > self._last_alias).order_by(CompanyAliasRow.id)
            )
            for alias in aliases:
                self._last_alias = max(self._last_alias, alias.id)
                if alias.company_id is None:
                    self.registry.remove_alias(alias.alias)
                elif (owner := self._entity_of_company.get(alias.company_id)) is not None:
                    self.registry.add_alias(alias.alias, owner)

    def find(self, session: Session, name: str) -> list[CompanyRef]:
        """The stored companies `name` resolves to (one, unless processes raced to learn it); no rows made.

        A name unknown here is looked for again after taking in what other processes stored."""
        with self.lock:
            found = self._find(name)
            if not found:
                self.refresh(session)
                found = self._find(name)
            return found

    def _find(self, name: str) -> list[CompanyRef]:
        resolution = self.registry.resolve(name)
        if resolution is None:
            return []
        ids = self._companies_of_entity.get(resolution.entity_id, [])
        return [CompanyRef(id=company_id, canonical=self._canonical[company_id]) for company_id in ids]

    def resolve_or_create(self, session: Session, name: str, now: datetime) -> CompanyRef:
        """The company `name` resolves to, making its row (and, for an unknown name, its entity)."""
        with self.lock:
            found = self.find(session, name)
            if found:
                return found[0]
            resolution = self.registry.resolve(name)
            if resolution is None:
                entity_id, canonical = self.registry.add_entity(name.strip()), name.strip()
            else:
                entity_id, canonical = resolution.entity_id, resolution.canonical
            if known := self._companies_of_entity.get(entity_id):
                return CompanyRef(id=known[0], canonical=self._canonical[known[0]])
            builtin = entity_id in self._builtin_ids
            return self._insert(session, entity_id, canonical, builtin=builtin, now=now)

    def add_alias(self, session: Session, alias: str, entity: str, now: datetime) -> CompanyRef:
        with self.lock:
            company = self.resolve_or_create(session, entity, now)
            self.registry.add_alias(alias, self._entity_of_company[company.id])
            self._last_alias = max(self._last_alias, self._save_alias(session, alias, company.id, now))
            return company

    def remove_alias(self, session: Session, alias: str, now: datetime) -> bool:
        with self.lock:
            if not self.registry.remove_alias(alias):
                return False
            self._last_alias = max(self._last_alias, self._save_alias(session, alias, None, now))
            return True

    def forget(self, company_ids: Iterable[int]) -> None:
        """Drop mappings of rows that a rolled-back transaction never stored."""
        with self.lock:
            for company_id in company_ids:
                entity_id = self._entity_of_company.pop(company_id, None)
                self._canonical.pop(company_id, None)
                if entity_id is not None and company_id in self._companies_of_entity.get(entity_id, []):
                    self._companies_of_entity[entity_id].remove(company_id)

    def _insert(
        self, session: Session, entity_id: str, canonical: str, *, builtin: bool, now: datetime
    ) -> CompanyRef:
        key = entity_id if builtin else f"learnt:{uuid.uuid4().hex}"
        row = CompanyRow(canonical=canonical[:300], entity_key=key, builtin=builtin, created_at=now)
        session.add(row)
        session.flush()
        self._remember(row.id, entity_id, row.canonical)
        session.info.setdefault("new_company_ids", []).append(row.id)
        return CompanyRef(id=row.id, canonical=row.canonical)

    def _remember(self, company_id: int, entity_id: str, canonical: str) -> None:
        self._companies_of_entity.setdefault(entity_id, []).append(company_id)
        self._entity_of_company[company_id] = entity_id
        self._canonical[company_id] = canonical
        self._last_company = max(self._last_company, company_id)

    def _save_alias(self, session: Session, alias: str, company_id: int | None, now: datetime) -> int:
        """Store the alias's latest state as a new row (replay follows row order); returns its id."""
        key = (normalize(alias).compact or alias.casefold())[:300]
        session.execute(sa.delete(CompanyAliasRow).where(CompanyAliasRow.alias_key == key))
        row = CompanyAliasRow(alias=alias[:300], alias_key=key, company_id=company_id, created_at=now)
        session.add(row)
        session.flush()
        return row.id
