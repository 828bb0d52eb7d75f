"""Filling a stored deal's gaps from another report of the same deal.

Rules: what the stored deal already says wins. A field it lacks (a money field, royalties, territory,
stage) is taken from the new report. Lists (deal types, modalities, assets, targets, indications) gain the
new report's items not yet present, in order. Parties gain those whose company is not already a party.
Evidence gains sentences for fields it has none for. A money field that becomes known leaves
`undisclosed`; "all" stays only while no money field is known. A figure one report could not read with
confidence (`uncertain`) stays "see the article" until a report states it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from extraction.models import MONEY_FIELDS, Deal, Party

_T = TypeVar("_T")

_SCALARS = (*MONEY_FIELDS, "royalties", "territory", "stage")
_LISTS = ("deal_types", "modalities", "assets", "targets", "indications")


def merge(stored: Deal, new: Deal, party_key: Callable[[Party], object]) -> tuple[Deal, tuple[str, ...]]:
    """The stored deal with its gaps filled from `new`, and the names of the fields that changed.

    `party_key` gives the company a party is (its entity), so the same company under another spelling is
    not added twice.
    """
    changes: dict[str, Any] = {}
    for field in _SCALARS:
        if getattr(stored, field) is None and getattr(new, field) is not None:
            changes[field] = getattr(new, field)
    for field in _LISTS:
        merged = _union(getattr(stored, field), getattr(new, field))
        if merged != getattr(stored, field):
            changes[field] = merged
    known = {party_key(p) for p in stored.parties}
    extra = tuple(p for p in new.parties if party_key(p) not in known)
    if extra:
        changes["parties"] = stored.parties + _dedupe(extra, party_key)
    evidence = {**new.evidence, **stored.evidence}
    if evidence != stored.evidence:
        changes["evidence"] = evidence
    filled = tuple(changes)
    money_known = {f for f in MONEY_FIELDS if changes.get(f, getattr(stored, f)) is not None}
    undisclosed = tuple(
        u
        for u in _union(stored.undisclosed, new.undisclosed)
        if u not in money_known and not (u == "all" and money_known)
    )
    if undisclosed != stored.undisclosed:
        changes["undisclosed"] = undisclosed
    uncertain = tuple(u for u in _union(stored.uncertain, new.uncertain) if u not in money_known)
    if uncertain != stored.uncertain:
        changes["uncertain"] = uncertain
    return stored.model_copy(update=changes), filled


def _union(first: Sequence[_T], second: Sequence[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def _dedupe(parties: tuple[Party, ...], key: Callable[[Party], object]) -> tuple[Party, ...]:
    seen: set[object] = set()
    kept = []
    for party in parties:
        if key(party) not in seen:
            seen.add(key(party))
            kept.append(party)
    return tuple(kept)
