"""Which company a name of several companies means in one article ("Merck": Merck & Co. or Merck KGaA).

`resolve_in_text(name, text, registry)`, first rule that decides wins:

1. A name the registry resolves to one company is that company, whatever the article says.
2. A name it finds ambiguous (`CompanyRegistry.senses`) is read against the article. A company of those
   it may mean is *named* by the article when the article writes one of its own unambiguous names (an
   alias that the registry gives to it alone: "MSD", "Merck & Co.", "EMD Serono", "Merck KGaA"), or a
   cue that the registry's shared-name table (`shared_names`) gives for it ("Rahway", "Darmstadt",
   "Keytruda").
3. When exactly one of them is named anywhere in the article, the name is that one. When several are,
   the one named closest to a place where the name is written on its own (not as part of a longer name:
   "Merck" of "Merck KGaA" does not count), at most `NEAR_CHARS` away, is the one ("Merck, known as MSD
   outside the United States and Canada"); a tie decides nothing.
4. Otherwise the name stays ambiguous: `Ambiguous` lists the companies it may be. It is never taken for
   one of them, nor for a company of its own.

Pure: the article's text and the registry in, the answer out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from extraction.companies.registry import CompanyRegistry, Resolution, is_case_sensitive

NEAR_CHARS = 160
"""How far from a written name a cue still speaks of it: about a sentence of a press release."""


class Ambiguous(BaseModel):
    """A name the article leaves open: the companies it may be, in registry order."""

    model_config = ConfigDict(frozen=True)

    name: str
    candidates: tuple[Resolution, ...]


class _Cue(NamedTuple):
    start: int
    end: int
    entity_id: str


def resolve_in_text(name: str, text: str, registry: CompanyRegistry) -> Resolution | Ambiguous | None:
    """The company `name` means in `text` (rules above); None when it names no known company."""
    senses = registry.senses(name)
    if not senses:
        return None
    if len(senses) == 1:
        return senses[0]
    cues = _cues(text, senses, name, registry)
    named = {c.entity_id for c in cues}
    if len(named) == 1:
        return next(s for s in senses if s.entity_id in named)
    if named:
        closest = _closest(name, text, cues)
        if closest is not None:
            return next(s for s in senses if s.entity_id == closest)
    return Ambiguous(name=name, candidates=senses)


def _cues(text: str, senses: tuple[Resolution, ...], name: str, registry: CompanyRegistry) -> list[_Cue]:
    """Where `text` names one of `senses`: by an alias of its own, or by a cue the registry declares."""
    ids = {s.entity_id for s in senses}
    found = [_Cue(m.start, m.end, m.entity_id) for m in registry.find_mentions(text) if m.entity_id in ids]
    shared = registry.shared_name(name)
    for sense in shared.senses if shared is not None else ():
        company = registry.resolve(sense.company)
        if company is None or company.entity_id not in ids:
            continue
        for cue in sense.cues:
            found += [_Cue(m.start(), m.end(), company.entity_id) for m in _cue(cue).finditer(text)]
    return found


def _closest(name: str, text: str, cues: list[_Cue]) -> str | None:
    """The one company named closest to where `name` stands on its own, within `NEAR_CHARS`."""
    best: dict[str, int] = {}
    for written in re.finditer(rf"(?<![\w&]){re.escape(name.strip())}(?![\w&])", text, re.IGNORECASE):
        start, end = written.span()
        if any(c.start <= start and end <= c.end for c in cues):
            continue  # "Merck" of "Merck KGaA": part of a longer name, not the name on its own
        for cue in cues:
            gap = max(cue.start - end, start - cue.end, 0)
            if gap <= NEAR_CHARS:
                best[cue.entity_id] = min(gap, best.get(cue.entity_id, gap))
    if not best:
        return None
    nearest = min(best.values())
    winners = [entity_id for entity_id, gap in best.items() if gap == nearest]
    return winners[0] if len(winners) == 1 else None


@lru_cache(maxsize=1024)
def _cue(cue: str) -> re.Pattern[str]:
    """A cue as a whole word: short capitals as written ("MSD"), other cues in any case ("RAHWAY")."""
    body = r"\s+".join(re.escape(word) for word in cue.split())
    flags = 0 if is_case_sensitive(cue) else re.IGNORECASE
    return re.compile(rf"(?<![\w&])({body})(?![\w&])", flags)
