"""Royalties of this deal: whether there are any, tiered or not, and their rates when stated.

Rules:
- Royalties count when a sentence about this deal mentions them; company names that contain the
  word ("Royalty Partners") do not.
- "tiered" anywhere in the royalty clause makes them tiered; so does a range of rates.
- Rates are read as percentages ("6.5% to 10%", "up to 12%") or as the trade press's bands
  (`ROYALTY_BANDS`: "high single-digit to low double-digit" -> 7% to 13%).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from extraction.models import Royalties
from extraction.text import Sentence

# Bands as the trade press writes them, read as percentage ranges (low end, high end).
ROYALTY_BANDS: dict[str, tuple[int, int]] = {
    "low single": (1, 3), "mid single": (4, 6), "high single": (7, 9), "single": (1, 9),
    "low double": (10, 13), "mid double": (14, 16), "high double": (17, 19), "double": (10, 19),
    "low teen": (13, 14), "mid teen": (15, 16), "high teen": (17, 19), "teen": (13, 19),
    "low twenties": (20, 23), "mid twenties": (24, 26), "high twenties": (27, 29), "twenties": (20, 29),
}  # fmt: skip

_ROYALTY = re.compile(r"\broyalt(?:y|ies)\b", re.IGNORECASE)
_PCT_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*%?\s*(?:to|-|–|and)\s*(\d+(?:\.\d+)?)\s*%")
_PCT = re.compile(r"(?:up to |of )?(\d+(?:\.\d+)?)\s*%")
_BAND = re.compile(
    r"\b(low|mid|high)?[- ]?(single|double|teen|twenties)(?:[- ]digits?|s)?(?:\s*(?:to|-|–)\s*(low|mid|high)?[- ]?"
    r"(single|double|teen|twenties)?(?:[- ]digits?|s)?)?",
    re.IGNORECASE,
)
_BAND_SHARED = re.compile(r"\b(low|mid|high)[- ]?\s*(?:to|-|–)\s*(low|mid|high)[- ](single|double|teen)", re.IGNORECASE)


def read_royalties(sentences: Sequence[Sentence], party_names: Iterable[str]) -> tuple[Royalties | None, str | None]:
    names = sorted({n for n in party_names if _ROYALTY.search(n)}, key=len, reverse=True)
    for s in sentences:
        text = s.text
        for name in names:
            text = text.replace(name, " " * len(name))
        m = _ROYALTY.search(text)
        if m is None:
            continue
        clause = _clause(text, m.start(), m.end())
        low, high = _rates(clause)
        tiered = bool(re.search(r"\btiered|tiering\b", clause, re.IGNORECASE)) or (
            low is not None and high is not None and low != high
        )
        return Royalties(tiered=tiered, low_pct=low, high_pct=high, text=clause.strip()), s.text
    return None, None


def _clause(text: str, start: int, end: int) -> str:
    left = max(text.rfind(",", 0, max(0, start - 60)), text.rfind(";", 0, start), 0)
    right_candidates = [i for i in (text.find(";", end), text.find(". ", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left:right].lstrip(",; ")


def _rates(clause: str) -> tuple[Decimal | None, Decimal | None]:
    m = _PCT_RANGE.search(clause)
    if m:
        return Decimal(m.group(1)), Decimal(m.group(2))
    shared = _BAND_SHARED.search(clause)
    if shared:
        a = ROYALTY_BANDS[f"{shared.group(1).lower()} {shared.group(3).lower()}"]
        b = ROYALTY_BANDS[f"{shared.group(2).lower()} {shared.group(3).lower()}"]
        return Decimal(a[0]), Decimal(b[1])
    m2 = _BAND.search(clause)
    if m2 and m2.group(2):
        first = ROYALTY_BANDS[" ".join(x.lower() for x in (m2.group(1), m2.group(2)) if x)]
        if m2.group(4):
            second = ROYALTY_BANDS[" ".join(x.lower() for x in (m2.group(3), m2.group(4)) if x)]
            return Decimal(first[0]), Decimal(second[1])
        return Decimal(first[0]), Decimal(first[1])
    m3 = _PCT.search(clause)
    if m3:
        return None, Decimal(m3.group(1))
    return None, None
