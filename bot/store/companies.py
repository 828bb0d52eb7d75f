"""The company registry made durable: the shipped registry plus the `companies` and `company_aliases` rows.

Every party of a stored deal, and every company a subscription names, is a row of `companies`, linked to an
entity of the in-memory `CompanyRegistry`:
- a name the registry resolves becomes (or reuses) the row of that entity (`builtin` when the entity is
  one of the shipped ones);
- a name it does not resolve becomes a new entity, learnt: stored, and added to the registry, so that
  later spellings fold into it by the registry's fuzzy matching;
- a name it finds ambiguous between known companies (`CompanyRegistry.senses`: "Merck" for Merck & Co.
  and Merck KGaA, when the article did not say which) is no company: a party so named is linked to the
  row of that ambiguous name (`entity_key` "ambiguous:" and the ids of its companies, which
  `company_candidates` lists), one row per set of companies, never added to the registry, never found
  as a company (`find`), never followed (`company` refuses it);
- a legal form alone ("S.A.", "Inc.") names no company and makes no row (`NotACompany`).
A learnt row from before, whose name the registry now finds ambiguous, is read as such an ambiguous
name. Aliases added or removed through the store are kept in `company_aliases` (a removal as a row
without a company) and replayed, in order, over the shipped registry when the store opens.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from bot.store.errors import AmbiguousCompany, NotACompany
from bot.store.schema import CompanyAliasRow, CompanyCandidateRow, CompanyRow
from extraction.companies import CompanyRegistry, Resolution, is_company_name, normalize
from extraction.models import Deal

AMBIGUOUS_KEY = "ambiguous:"
_KEY_CHARS = 300


class CompanyRef(BaseModel):
    """A company as stored: its row id and canonical name."""

    model_config = ConfigDict(frozen=True)

    id: int
    canonical: str


def named_parties(deal: Deal) -> Deal:
    """The deal without the parties whose name names no company ("Inc."), which no row can stand for."""
    kept = tuple(p for p in deal.parties if is_company_name(p.name))
    return deal if len(kept) == len(deal.parties) else deal.model_copy(update={"parties": kept})


class CompanyBook:
    """The registry and the mapping between its entities and `companies` rows. Thread-safe."""

    def __init__(self, registry: CompanyRegistry, builtin_ids: frozenset[str]) -> None:
        self.registry = registry
        self._builtin_ids = builtin_ids
        self._companies_of_entity: dict[str, list[int]] = {}
        self._entity_of_company: dict[int, str] = {}
        self._canonical: dict[int, str] = {}
        self._ambiguous: dict[int, tuple[int, ...]] = {}
        self._ambiguous_of: dict[tuple[int, ...], int] = {}
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
            ).all()
            ambiguous = [row.id for row in rows if row.entity_key.startswith(AMBIGUOUS_KEY)]
            candidates: dict[int, list[int]] = {company_id: [] for company_id in ambiguous}
            if ambiguous:
                for company_id, candidate_id in session.execute(
                    sa.select(CompanyCandidateRow.company_id, CompanyCandidateRow.candidate_id).where(
                        CompanyCandidateRow.company_id.in_(ambiguous)
                    )
                ):
                    candidates[company_id].append(candidate_id)
            for row in rows:
                if row.id in self._entity_of_company or row.id in self._ambiguous:
                    continue
                self._last_company = max(self._last_company, row.id)
                if row.id in candidates:
                    self._remember_ambiguous(row.id, row.canonical, tuple(sorted(candidates[row.id])))
                    continue
                if not row.builtin and not is_company_name(row.canonical):
                    continue  # "Inc." learnt before legal forms alone were refused: no company
                if not row.builtin and len(self.registry.senses(row.canonical)) > 1:
                    # "Merck" learnt before shared names were told apart: the name of several companies
                    self._ambiguous[row.id] = ()
                    self._canonical[row.id] = row.canonical
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
        """The row of a deal's party: the company `name` resolves to, making its row (and, for an unknown
        name, its entity); for a name of several companies, the row of that ambiguous name. A legal form
        alone raises `NotACompany`."""
        with self.lock:
            found = self.find(session, name)
            if found:
                return found[0]
            senses = self.registry.senses(name)
            if len(senses) > 1:
                return self._ambiguous_row(session, name, senses, now)
            return self._company_row(session, name, now)

    def company(self, session: Session, name: str, now: datetime) -> CompanyRef:
        """The row of the one company `name` means (a subscription's, an alias's), made when needed;
        `AmbiguousCompany` for a name of several companies, `NotACompany` for a legal form alone."""
        with self.lock:
            found = self.find(session, name)
            if found:
                return found[0]
            senses = self.registry.senses(name)
            if len(senses) > 1:
                raise AmbiguousCompany(name, tuple(s.canonical for s in senses))
            return self._company_row(session, name, now)

    def choices(self, session: Session, name: str) -> tuple[str, ...]:
        """The canonical names of the companies `name` may mean when it names several ("Merck": Merck &
        Co., Merck KGaA), in registry order; empty when it names one company or none."""
        with self.lock:
            if not self.registry.senses(name):
                self.refresh(session)
            senses = self.registry.senses(name)
            return tuple(s.canonical for s in senses) if len(senses) > 1 else ()

    def unsettled(self, session: Session, name: str) -> list[int]:
        """The rows of `name` as a name of several companies: those of the deals whose article did not say
        which of them it means (none when `name` names one company, or none)."""
        with self.lock:
            self.refresh(session)
            senses = self.registry.senses(name)
            if len(senses) < 2:
                return []
            wanted = {s.entity_id for s in senses}
            return [row for row in self._ambiguous if self._entities_of_ambiguous(row) == wanted]

    def may_be(self, company_id: int) -> frozenset[int]:
        """The company rows that the ambiguous row `company_id` may stand for (empty for a company)."""
        with self.lock:
            return frozenset(self._ambiguous.get(company_id, ()))

    def _entities_of_ambiguous(self, company_id: int) -> set[str]:
        candidates = self._ambiguous[company_id]
        if not candidates:  # a name learnt as a company before: the companies it names now
            return {s.entity_id for s in self.registry.senses(self._canonical[company_id])}
        return {e for c in candidates if (e := self._entity_of_company.get(c)) is not None}

    def _company_row(self, session: Session, name: str, now: datetime) -> CompanyRef:
        """The row of the company `name` resolves to, or of a new entity learnt from it."""
        if not is_company_name(name):
            raise NotACompany(f"{name!r} is a legal form, not a company name")
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
            company = self.company(session, entity, now)
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
                candidates = self._ambiguous.pop(company_id, None)
                if candidates is not None and self._ambiguous_of.get(candidates) == company_id:
                    del self._ambiguous_of[candidates]
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

    def _ambiguous_row(
        self, session: Session, name: str, senses: tuple[Resolution, ...], now: datetime
    ) -> CompanyRef:
        """The row of a name of several companies, one per set of companies (theirs made as needed)."""
        candidates = tuple(sorted({self._company_row(session, s.canonical, now).id for s in senses}))
        known = self._ambiguous_of.get(candidates)
        if known is not None:
            return CompanyRef(id=known, canonical=self._canonical[known])
        shared = self.registry.shared_name(name)
        canonical = shared.name if shared is not None else normalize(name).display
        key = AMBIGUOUS_KEY + "+".join(str(c) for c in candidates)
        if len(key) > _KEY_CHARS:
            key = AMBIGUOUS_KEY + hashlib.sha256(key.encode()).hexdigest()
        row = CompanyRow(canonical=canonical[:300], entity_key=key, builtin=False, created_at=now)
        session.add(row)
        session.flush()
        session.add_all(CompanyCandidateRow(company_id=row.id, candidate_id=c) for c in candidates)
        session.flush()
        self._remember_ambiguous(row.id, row.canonical, candidates)
        session.info.setdefault("new_company_ids", []).append(row.id)
        return CompanyRef(id=row.id, canonical=row.canonical)

    def _remember_ambiguous(self, company_id: int, canonical: str, candidates: tuple[int, ...]) -> None:
        self._ambiguous[company_id] = candidates
        self._ambiguous_of.setdefault(candidates, company_id)
        self._canonical[company_id] = canonical
        self._last_company = max(self._last_company, company_id)

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
