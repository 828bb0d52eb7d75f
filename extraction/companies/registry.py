"""The company registry: known companies with their aliases, name resolution and mention finding.

Resolution of a name (`CompanyRegistry.resolve`), first rule that gives one entity wins:

1. **Taught alias** (`add_alias`): the exact key, whatever else the registry says.
2. **Exact key**: the name's compact key (legal forms dropped, no spaces, see `normalize`) equals the
   key of the canonical name ("exact") or of an alias ("alias") of exactly one entity. When a key
   belongs to several entities ("Merck" for Merck & Co. and Merck KGaA), the legal form written with
   the name decides ("Merck KGaA", "Merck & Co., Inc."), then a canonical name written exactly so
   (a company learnt as "Merck"); otherwise the name is ambiguous and stays unresolved: no rule below
   may pick one of them (`senses` lists them; the article may tell, `extraction.companies.context`).
3. **Parts**: the parent in "Kite, a Gilead Company", the short name in brackets, the former name in
   "(formerly ...)", then each comma-separated part ("Alexion, AstraZeneca Rare Disease").
4. **Core**: the distinctive words alone (generic descriptors, places and legal forms dropped:
   "Sichuan Kelun-Biotech Biopharmaceutical" -> "kelun") equal those of one entity's name, and the
   descriptors do not clash: when both names carry descriptors and no family is shared
   ("Cadila Healthcare" / "Cadila Pharmaceuticals"), they are different companies. A company known by
   a bare canonical name ("Novartis") takes any descriptor ("Novartis Oncology"); one whose canonical
   name carries descriptors is held to them, whatever bare aliases it has ("Clover Health" is not
   "Clover Biopharmaceuticals", also called "Clover"); behind a core of
   four letters or fewer the descriptors must be the same ("Sun Pharma" is not "Sun BioPharma"). A
   name made only of generic words ("Bio Pharma Inc."), or of generic words and places ("Shanghai
   Pharma"), never matches here or below: only its exact key does.
   4a. **Head**: when the core names several companies, the one one of whose names heads the written
   form wins ("Kelun-Biotech Biopharmaceutical" starts with "Kelun-Biotech"), else the one whose own
   (canonical) name the written form heads ("Kelun" heads "Kelun-Biotech", not "Sichuan Kelun
   Pharmaceutical", whose head is a place); a declared shared name (below) is never settled so.
5. **Fuzzy**: rapidfuzz `fuzz.ratio` between the compact cores, over candidates drawn from an
   inverted index of distinctive core words and of the first and last three letters of the core with
   its length (never a scan of the registry); index keys shared by more than `MAX_BUCKET` names are
   not distinctive and draw no candidates. A candidate is accepted when the ratio is at least
   `FUZZY_THRESHOLD`, both cores have at least `FUZZY_MIN_LENGTH` letters and are Latin script, they
   start with the same letter, carry the same digits, their descriptors do not clash (rule 4), and,
   when they share words, the words they do not share pass the same test on their own ("Plykox
   Immune" is not "Plyskou Immune").

Thresholds, from data (`python bench/companies.py --calibrate` prints the table). Over the 696,315
pairs of distinctive cores of different companies in the built-in registry (1,181 cores), the highest
ratios are 92.3 ("innate"/"kinnate", "chroma"/"nchroma"), 90.9 ("taiho"/"taisho"), 88.9
("argo"/"cargo") and 87.5 ("freeline"/"treeline"): all short cores or different first letters. With
both cores of 8 letters or more and the same first letter, the highest is 82.4 ("joincare"/"jemincare",
"inventiva"/"inventis", "immunogen"/"immunome", "biontech"/"biotechne"). One slip in a core of L
letters scores 100*(2L-2)/2L for a changed or swapped letter (87.5 at L=8, 88.9 at L=9) and
100*(2L-2)/(2L-1) for a dropped one (93.3 at L=8). `FUZZY_THRESHOLD = 88` accepts every single slip in
cores of 9 letters or more and a dropped letter from 8, and stays 5.6 points above the closest pair of
different companies; `FUZZY_MIN_LENGTH = 8` keeps short names, where one letter makes another company
("Ipsen"/"Ipsogen", "Taiho"/"Taisho", "Amgen"/"Amneal"), to exact matches.

The shipped companies are in `registry_data.json`, one company a line: `name` (canonical), `region`
and `aliases` (abbreviations, tickers, former names, local-script names, subsidiaries that sign for
the company). `CompanyRegistry.builtin()` indexes them once per process and hands out independent
copies; `add_entity`/`add_alias`/`remove_alias` change only the copy they are called on (the store
replays its own rows over a fresh copy at start-up).

`is_big_pharma` tells a company the shipped data lists among the big pharmaceutical groups (its
`region` starts "Big pharma"): what "the drugmaker" or "the pharma giant" of a story means.

Shared names (`shared_names.SHARED_NAMES`, `declare_shared_name`): a short name of several known
companies ("Merck", "Sumitomo"), declared with the cues of an article that tell each of them; the
registry leaves it ambiguous, and `extraction.companies.context` reads the article for the cues.

A legal form alone ("S.A.", "Inc.": `CompanyName.legal_only`) names no company: it resolves to none,
has no senses, and `add_entity` refuses it.

Entity ids are slugs of the canonical name ("bristol-myers-squibb"), stable across runs; a clash gets
a numeric suffix.

Mentions in free text (`find_mentions`): one pass over the word tokens of the text, trying the longest
known alias (as a tuple of key words, with and without its legal form) starting at each word, through a
dict lookup. Abbreviations written in capitals (BMS, GSK, AZ, J&J) match only in the same case; a
one-word alias matches only when the text capitalises it ("Silence", "Jazz", "Vertex" are also words).
Chinese, Japanese and Korean names are matched as substrings of runs of those scripts, traditional
Chinese characters read as simplified ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process

from extraction.companies.legal_forms import GENERIC_WORDS, PLACES, STOP_WORDS
from extraction.companies.normalize import CompanyName, key_of, normalize, to_simplified
from extraction.companies.shared_names import SHARED_NAMES, SharedName

FUZZY_THRESHOLD = 88.0
FUZZY_MIN_LENGTH = 8
MAX_BUCKET = 64
SHORT_CORE = 4
_MAX_MENTION_WORDS = 8
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_TEXT_WORDS = re.compile(r"[^\W_]+|&")
_DIGITS = re.compile(r"\d+")
_AMBIGUOUS = ""

Method = Literal["exact", "alias", "fuzzy"]


class Resolution(BaseModel):
    """The entity a name resolves to, and how."""

    model_config = ConfigDict(frozen=True)

    entity_id: str
    canonical: str
    score: float
    method: Method


class Entity(BaseModel):
    """A company: its id, canonical name and aliases (for persistence)."""

    model_config = ConfigDict(frozen=True)

    entity_id: str
    canonical: str
    aliases: tuple[str, ...] = ()


class Mention(BaseModel):
    """A known company named in free text, by character offsets."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    entity_id: str
    canonical: str


@cache
def _builtin_entities() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The shipped registry data, parsed once: (entity_id, canonical, aliases) per company."""
    raw = resources.files("extraction.companies").joinpath("registry_data.json").read_text("utf-8")
    out = []
    seen: set[str] = set()
    for row in json.loads(raw)["companies"]:
        entity_id = row.get("id") or slug(row["name"])
        if entity_id in seen:
            raise ValueError(f"registry_data.json: duplicate company id {entity_id!r}")
        seen.add(entity_id)
        out.append((entity_id, row["name"], tuple(row.get("aliases", ()))))
    return tuple(out)


@cache
def _builtin_regions() -> dict[str, str]:
    """The region the shipped data gives each company ("Big pharma (Europe)", "Korea"), by entity id."""
    raw = resources.files("extraction.companies").joinpath("registry_data.json").read_text("utf-8")
    return {row.get("id") or slug(row["name"]): row.get("region", "") for row in json.loads(raw)["companies"]}


def is_big_pharma(registry: CompanyRegistry, name: str) -> bool:
    """The shipped data counts the company `name` resolves to among the big pharmaceutical groups."""
    found = registry.resolve(name)
    return found is not None and _builtin_regions().get(found.entity_id, "").startswith("Big pharma")


@cache
def _builtin_template() -> CompanyRegistry:
    """The shipped registry, indexed once per process; never changed, only copied by `builtin()`."""
    registry = CompanyRegistry()
    for entity_id, canonical, aliases in _builtin_entities():
        registry._add(entity_id, canonical, aliases)
    for shared in SHARED_NAMES:
        registry.declare_shared_name(shared)
    registry._mentions = _MentionIndex(registry)
    return registry


def slug(name: str) -> str:
    """A stable id for a company name: its words joined by dashes.

    "Bristol-Myers Squibb" -> "bristol-myers-squibb", "Merck & Co." -> "merck-and-co".
    """
    return "-".join(key_of(" ".join(name.split())).split()) or "company"


def descriptors_clash(a: frozenset[str], b: frozenset[str], core: str = "") -> bool:
    """Both names carry descriptors and share no family of them ("Healthcare" vs "Pharmaceuticals").

    Behind a short core (`SHORT_CORE` letters or fewer: "Sun", "GC", "SK") the descriptors must be the
    same: "Sun Pharma" is not "Sun BioPharma".
    """
    if not a or not b:
        return False
    if len(core) <= SHORT_CORE:
        return a != b
    return not (a & b)


def _fits(n: CompanyName, names: list[tuple[frozenset[str], bool]]) -> bool:
    """The descriptors of `n` fit a company whose names with the same core carry those of `names`.

    A bare name ("Clover") fits any company; a company known by its bare canonical name ("Novartis")
    takes any descriptor ("Novartis Oncology"); otherwise the descriptors must not clash with those the
    company's names carry ("Clover Health" is not "Clover Biopharmaceuticals", known also as "Clover").
    """
    if not names:
        return False
    if not n.families or any(canonical and not families for families, canonical in names):
        return True
    described = [families for families, _ in names if families]
    return not described or any(not descriptors_clash(n.families, f, n.core) for f in described)


def _shape_keys(core: str, length: int) -> tuple[str, str]:
    """Index keys of a core for fuzzy candidates: first and last three letters, each with a length.

    One slip leaves one end intact and changes the length by at most one, so probing lengths L-1..L+1
    finds every core one slip away without scanning the registry.
    """
    return f"<{core[:3]}{length}", f">{core[-3:]}{length}"


def _slip_only(query: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """The words two cores do not share are themselves one slip apart ("Alpha Immune" / "Alfa Immune"
    differ by "alpha"/"alfa", too short to tell a slip from another company)."""
    common = set(query) & set(known)
    if not common:
        return True
    rest_q = "".join(t for t in query if t not in common)
    rest_k = "".join(t for t in known if t not in common)
    return (
        min(len(rest_q), len(rest_k)) >= FUZZY_MIN_LENGTH
        and rest_q[0] == rest_k[0]
        and fuzz.ratio(rest_q, rest_k) >= FUZZY_THRESHOLD
    )


def _heads(head: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """`head` is the first words of `words`, and fewer of them."""
    return 0 < len(head) < len(words) and words[: len(head)] == head


def _after_places(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words after the places a name starts with ("Sichuan Kelun-Biotech" -> "Kelun-Biotech")."""
    i = 0
    while i < len(tokens) - 1 and tokens[i] in PLACES:
        i += 1
    return tokens[i:]


def is_case_sensitive(alias: str) -> bool:
    """An abbreviation in capitals ("BMS", "MSD", "J&J"): matched in text only as written."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters) and " " not in alias


class CompanyRegistry:
    """Known companies and their names; resolves written forms to one entity each."""

    def __init__(self) -> None:
        self._canonical: dict[str, str] = {}
        self._canonical_compact: dict[str, str] = {}
        self._canonical_form: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._aliases: dict[str, list[str]] = {}
        self._keys: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        self._cores: dict[str, dict[str, list[tuple[frozenset[str], bool]]]] = {}
        self._token_index: dict[str, set[str]] = {}
        self._core_tokens: dict[str, tuple[str, ...]] = {}
        self._prefix_index: dict[str, set[str]] = {}
        self._taught: dict[str, str] = {}
        self._blocked: dict[str, set[str]] = {}
        self._shared: dict[str, SharedName] = {}
        self._rank: dict[str, int] = {}
        self._mentions: _MentionIndex | None = None

    # ----- construction ---------------------------------------------------------------------------

    @classmethod
    def builtin(cls) -> CompanyRegistry:
        """A new registry holding the shipped companies; changes to it stay in it."""
        return _builtin_template()._copy()

    def _copy(self) -> CompanyRegistry:
        """An independent registry with the same contents (the mention index is shared until either changes)."""
        new = CompanyRegistry()
        new._canonical = dict(self._canonical)
        new._canonical_compact = dict(self._canonical_compact)
        new._canonical_form = dict(self._canonical_form)
        new._aliases = {e: list(names) for e, names in self._aliases.items()}
        new._keys = {k: {e: list(v) for e, v in d.items()} for k, d in self._keys.items()}
        new._cores = {k: {e: list(v) for e, v in d.items()} for k, d in self._cores.items()}
        new._token_index = {k: set(v) for k, v in self._token_index.items()}
        new._core_tokens = dict(self._core_tokens)
        new._prefix_index = {k: set(v) for k, v in self._prefix_index.items()}
        new._taught = dict(self._taught)
        new._blocked = {k: set(v) for k, v in self._blocked.items()}
        new._shared = dict(self._shared)
        new._rank = dict(self._rank)
        new._mentions = self._mentions
        return new

    def add_entity(self, canonical: str, aliases: Iterable[str] = ()) -> str:
        """Add a company (or more aliases to the company of that exact name); returns its entity id.

        A legal form alone ("S.A.", "Inc.") names no company: ValueError."""
        n = normalize(canonical)
        if n.legal_only:
            raise ValueError(f"not a company name: {canonical!r}")
        existing = self._exact_entity(n)
        if not existing or self._canonical_key(existing) != n.compact:
            same = [e for e in self._keys.get(n.compact, {}) if self._canonical_form[e] == (n.compact, n.legal)]
            existing = same[0] if len(same) == 1 else None
        if existing:
            for alias in aliases:
                self._index_alias(existing, alias)
            return existing
        base = slug(canonical)
        entity_id, number = base, 2
        while entity_id in self._canonical:
            entity_id, number = f"{base}-{number}", number + 1
        self._add(entity_id, canonical, tuple(aliases))
        return entity_id

    def add_alias(self, alias: str, entity: str) -> str:
        """Teach that `alias` names `entity` (an entity id or any resolvable name); returns the entity id."""
        entity_id = entity if entity in self._canonical else None
        if entity_id is None:
            found = self.resolve(entity)
            if found is None:
                raise KeyError(f"unknown company: {entity!r}")
            entity_id = found.entity_id
        n = normalize(alias)
        self._blocked.get(n.compact, set()).discard(entity_id)
        self._taught[n.compact] = entity_id
        self._index_alias(entity_id, alias)
        return entity_id

    def remove_alias(self, alias: str) -> bool:
        """Undo a wrong merge: `alias` no longer resolves to the entity it resolves to now."""
        n = normalize(alias)
        found = self.resolve(alias)
        changed = self._taught.pop(n.compact, None) is not None
        for entity_id, names in self._aliases.items():
            kept = [a for a in names if normalize(a).compact != n.compact]
            if len(kept) != len(names):
                for gone in names:
                    if normalize(gone).compact == n.compact:
                        self._unindex(entity_id, normalize(gone))
                self._aliases[entity_id] = kept
                changed = True
        if found is not None and self.resolve(alias) == found:
            if self._canonical_compact[found.entity_id] == n.compact:
                return changed
            self._blocked.setdefault(n.compact, set()).add(found.entity_id)
            changed = True
        self._mentions = None
        return changed

    def declare_shared_name(self, shared: SharedName) -> None:
        """Declare a short name of several known companies, with the cues that tell each of them
        (`shared_names`); KeyError when a company it names is not known here."""
        for sense in shared.senses:
            if self.resolve(sense.company) is None:
                raise KeyError(f"shared name {shared.name!r}: unknown company {sense.company!r}")
        self._shared[normalize(shared.name).core] = shared

    def shared_name(self, name: str) -> SharedName | None:
        """The declared shared name `name` is a form of ("Merck Research Laboratories": "Merck"), if any."""
        n = normalize(name)
        return self._shared.get(n.core) if n.core and not n.generic_only else None

    def entities(self) -> Iterator[Entity]:
        for entity_id, canonical in self._canonical.items():
            yield Entity(entity_id=entity_id, canonical=canonical, aliases=tuple(self._aliases[entity_id]))

    def entity(self, entity_id: str) -> Entity | None:
        if entity_id not in self._canonical:
            return None
        return Entity(
            entity_id=entity_id, canonical=self._canonical[entity_id], aliases=tuple(self._aliases[entity_id])
        )

    def blocked(self) -> Iterator[tuple[str, str]]:
        """(name key, entity id) pairs that `remove_alias` separated, for persistence."""
        for key, ids in self._blocked.items():
            for entity_id in ids:
                yield key, entity_id

    def __len__(self) -> int:
        return len(self._canonical)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._canonical

    def _add(self, entity_id: str, canonical: str, aliases: Iterable[str]) -> None:
        self._canonical[entity_id] = canonical
        self._rank.setdefault(entity_id, len(self._rank))
        self._aliases.setdefault(entity_id, [])
        n = normalize(canonical)
        self._canonical_compact[entity_id] = n.compact
        self._canonical_form[entity_id] = (n.compact, n.legal)
        self._index(entity_id, n, canonical=True)
        for alias in aliases:
            self._index_alias(entity_id, alias)

    def _index_alias(self, entity_id: str, alias: str) -> None:
        alias = " ".join(alias.split())
        if not alias or alias in self._aliases[entity_id] or alias == self._canonical[entity_id]:
            return
        self._aliases[entity_id].append(alias)
        self._index(entity_id, normalize(alias))

    def _index(self, entity_id: str, n: CompanyName, canonical: bool = False) -> None:
        self._mentions = None
        if n.compact:
            self._keys.setdefault(n.compact, {}).setdefault(entity_id, []).append(n.legal)
        if n.generic_only or not n.core:
            return
        self._cores.setdefault(n.core, {}).setdefault(entity_id, []).append((n.families, canonical))
        if n.cjk:
            return
        self._core_tokens[n.core] = n.core_tokens
        for token in n.core_tokens:
            if len(token) >= 3:
                self._token_index.setdefault(token, set()).add(n.core)
        if len(n.core) >= FUZZY_MIN_LENGTH - 1:
            for key in _shape_keys(n.core, len(n.core)):
                self._prefix_index.setdefault(key, set()).add(n.core)

    def _unindex(self, entity_id: str, n: CompanyName) -> None:
        self._mentions = None
        for table, key, value in ((self._keys, n.compact, n.legal), (self._cores, n.core, (n.families, False))):
            entries = table.get(key, {}).get(entity_id)
            if entries and value in entries:
                entries.remove(value)  # type: ignore[arg-type]
                if not entries:
                    del table[key][entity_id]

    def _canonical_key(self, entity_id: str) -> str:
        return self._canonical_compact[entity_id]

    # ----- resolution -----------------------------------------------------------------------------

    def resolve(self, name: str) -> Resolution | None:
        """The entity `name` belongs to, or None for an unknown or ambiguous company."""
        return self.resolve_name(normalize(name))

    def senses(self, name: str) -> tuple[Resolution, ...]:
        """The companies `name` may mean: the one it resolves to; every one it is ambiguous between
        ("Merck": Merck & Co. and Merck KGaA), in registry order; none for an unknown company."""
        n = normalize(name)
        found = self.resolve_name(n)
        if found is not None:
            return (found,)
        ids = sorted(self._ambiguous_ids(n), key=self._rank.__getitem__)
        return tuple(self._result(e, n, 100.0, "alias") for e in ids)

    def _ambiguous_ids(self, n: CompanyName, depth: int = 0) -> list[str]:
        """The entities an unresolved name is ambiguous between, by the first rule that finds several."""
        if n.compact in self._taught or n.legal_only:
            return []
        ids = self._exact_ids(n)
        if ids:
            return ids if len(ids) > 1 else []
        if depth < 2:
            for part in self._parts(n):
                found = self._ambiguous_ids(normalize(part), depth + 1)
                if found:
                    return found
        ids = self._core_ids(n)
        return ids if len(ids) > 1 else []

    def resolve_name(self, n: CompanyName, _depth: int = 0) -> Resolution | None:
        taught = self._taught.get(n.compact)
        if taught is not None:
            return self._result(taught, n, 100.0, "alias")
        hit = self._exact_entity(n)
        if hit == _AMBIGUOUS:
            return None
        if hit is not None:
            return self._result(hit, n, 100.0, "alias")
        if _depth < 2:
            for part in self._parts(n):
                found = self.resolve_name(normalize(part), _depth + 1)
                if found is not None:
                    return found.model_copy(update={"method": "alias"}) if found.method == "exact" else found
        hit = self._core_entity(n)
        if hit == _AMBIGUOUS:
            return None
        if hit is not None:
            return self._result(hit, n, 100.0, "alias")
        return self._fuzzy(n)

    def _result(self, entity_id: str, n: CompanyName, score: float, method: Method) -> Resolution:
        canonical = self._canonical[entity_id]
        if method == "alias" and self._canonical_compact[entity_id] == n.compact:
            method = "exact"
        return Resolution(entity_id=entity_id, canonical=canonical, score=score, method=method)

    @staticmethod
    def _parts(n: CompanyName) -> list[str]:
        parts = [p for p in (n.parent, n.short, n.former) if p]
        if "," in n.display:
            parts += [p.strip() for p in n.display.split(",") if p.strip()]
        return parts

    def _allowed(self, key: str, entity_ids: Iterable[str]) -> list[str]:
        blocked = self._blocked.get(key)
        return [e for e in entity_ids if not blocked or e not in blocked]

    def _exact_entity(self, n: CompanyName) -> str | None:
        ids = self._exact_ids(n)
        if len(ids) <= 1:
            return ids[0] if ids else None
        return _AMBIGUOUS

    def _exact_ids(self, n: CompanyName) -> list[str]:
        """Rule 2: the one entity of the exact key, or every one it is ambiguous between."""
        entries = self._keys.get(n.compact)
        if not entries:
            return []
        ids = self._allowed(n.compact, (e for e, legal in entries.items() if legal))
        if len(ids) <= 1:
            return ids
        if n.legal:
            wanted = set(n.legal)
            matching = [e for e in ids if any(wanted & set(forms) for forms in entries[e])]
            if len(matching) == 1:
                return matching
        same = [e for e in ids if self._canonical_form[e] == (n.compact, n.legal)]
        if len(same) == 1:
            return same
        return ids

    def _core_entity(self, n: CompanyName) -> str | None:
        ids = self._core_ids(n)
        if len(ids) <= 1:
            return ids[0] if ids else None
        return _AMBIGUOUS

    def _core_ids(self, n: CompanyName) -> list[str]:
        """Rule 4: the one entity of the core, or every one it is ambiguous between (rule 4a settles what
        it can, except for a declared shared name)."""
        if n.generic_only or not n.core:
            return []
        entries = self._cores.get(n.core)
        if not entries:
            return []
        ids = [e for e in self._allowed(n.compact, entries) if _fits(n, entries[e])]
        if len(ids) > 1 and n.core not in self._shared:
            headed = self._by_head(n, ids)
            if headed is not None:
                return [headed]
        return ids

    def _by_head(self, n: CompanyName, ids: list[str]) -> str | None:
        """Rule 4a: of several companies one core names, the one one of whose names heads the written
        form ("Kelun-Biotech Biopharmaceutical" starts with "Kelun-Biotech"), else the one whose own
        name the written form heads ("Kelun" is the head of "Kelun-Biotech", not of "Sichuan Kelun
        Pharmaceutical")."""
        words = _after_places(n.tokens)
        starting = [
            e for e in ids
            if any(
                not (known := normalize(name)).generic_only and _heads(_after_places(known.tokens), words)
                for name in (self._canonical[e], *self._aliases[e])
            )
        ]  # fmt: skip
        if len(starting) == 1:
            return starting[0]
        heading = [e for e in ids if _heads(n.tokens, normalize(self._canonical[e]).tokens)]
        return heading[0] if len(heading) == 1 else None

    def _fuzzy(self, n: CompanyName) -> Resolution | None:
        if n.generic_only or n.cjk or len(n.core) < FUZZY_MIN_LENGTH:
            return None
        candidates: set[str] = set()
        for token in n.core_tokens:
            bucket = self._token_index.get(token)
            if bucket and len(bucket) <= MAX_BUCKET:
                candidates |= bucket
        for length in (len(n.core) - 1, len(n.core), len(n.core) + 1):
            for key in _shape_keys(n.core, length):
                bucket = self._prefix_index.get(key)
                if bucket and len(bucket) <= MAX_BUCKET:
                    candidates |= bucket
        candidates.discard(n.core)
        if not candidates:
            return None
        digits = _DIGITS.findall(n.core)
        for core, score, _ in process.extract(
            n.core, list(candidates), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=5
        ):
            if len(core) < FUZZY_MIN_LENGTH or core[0] != n.core[0] or _DIGITS.findall(core) != digits:
                continue
            if not _slip_only(n.core_tokens, self._core_tokens.get(core, (core,))):
                continue
            entries = self._cores.get(core, {})
            ids = [e for e in self._allowed(n.compact, entries) if _fits(n, entries[e])]
            if len(ids) == 1:
                return self._result(ids[0], n, round(float(score), 1), "fuzzy")
            if ids:
                return None
        return None

    # ----- mentions in text -----------------------------------------------------------------------

    def find_mentions(self, text: str) -> list[Mention]:
        """Known companies named in `text`, left to right, longest alias first at each word."""
        if self._mentions is None:
            self._mentions = _MentionIndex(self)
        return self._mentions.find(text)

    def lowercase_names(self) -> frozenset[str]:
        """Names of more than one word written in lower case ("bluebird bio"), which a reader of
        capitalised words does not see."""
        if self._mentions is None:
            self._mentions = _MentionIndex(self)
        return self._mentions.lowercase_names

    def _all_names(self) -> Iterator[tuple[str, str]]:
        for entity_id, canonical in self._canonical.items():
            yield entity_id, canonical
            for alias in self._aliases[entity_id]:
                yield entity_id, alias


class _MentionIndex:
    """Alias word tuples -> entity, built once per registry state."""

    def __init__(self, registry: CompanyRegistry) -> None:
        words: dict[tuple[str, ...], set[str]] = {}
        exact_case: dict[tuple[str, ...], set[str]] = {}
        capitalised: set[tuple[str, ...]] = set()
        free: set[tuple[str, ...]] = set()
        cjk: dict[str, set[str]] = {}
        for entity_id, name in registry._all_names():
            n = normalize(name)
            if n.cjk and _CJK_RUN.search(n.display) and " " not in n.display:
                for form in {n.display, name.strip()}:
                    if len(form) >= 2:
                        cjk.setdefault(to_simplified(form), set()).add(entity_id)
                continue
            if n.generic_only and all(t in GENERIC_WORDS or t in STOP_WORDS for t in n.tokens):
                continue
            full = tuple(key_of(name).split())
            for seq in {n.tokens, full}:
                if not seq or len(seq) > _MAX_MENTION_WORDS:
                    continue
                if is_case_sensitive(n.display):
                    exact_case.setdefault(seq, set()).add(n.display)
                elif len(seq) == 1 and len(seq[0]) < 3:
                    continue
                else:
                    free.add(seq)
                    if len(seq) == 1:
                        capitalised.add(seq)
                words.setdefault(seq, set()).add(entity_id)
        self._words = {seq: next(iter(ids)) for seq, ids in words.items() if len(ids) == 1}
        self._exact_case = {seq: forms for seq, forms in exact_case.items() if seq not in free}
        self._capitalised = capitalised
        self._firsts = {seq[0] for seq in self._words}
        self._longest = max((len(s) for s in self._words), default=0)
        self._cjk = {form: next(iter(ids)) for form, ids in cjk.items() if len(ids) == 1}
        self._cjk_by_first: dict[str, list[str]] = {}
        for form in sorted(self._cjk, key=len, reverse=True):
            self._cjk_by_first.setdefault(form[0], []).append(form)
        self._canonical = registry._canonical
        self.lowercase_names = frozenset(
            name.strip() for _, name in registry._all_names() if name[:1].islower() and " " in name.strip()
        )

    def find(self, text: str) -> list[Mention]:
        spans = [(m.start(), m.end()) for m in _TEXT_WORDS.finditer(text)]
        keys = [key_of(text[s:e]) if text[s:e] != "&" else "and" for s, e in spans]
        out: list[Mention] = []
        i = 0
        while i < len(spans):
            if _CJK_RUN.search(keys[i]):
                out += self._find_cjk(text, *spans[i])
                i += 1
                continue
            if keys[i] not in self._firsts:
                i += 1
                continue
            matched = 0
            for size in range(min(self._longest, len(spans) - i), 0, -1):
                seq = tuple(k for k in keys[i : i + size] for k in k.split())
                entity_id = self._words.get(seq)
                if entity_id is None:
                    continue
                start, end = spans[i][0], spans[i + size - 1][1]
                written = text[start:end]
                cases = self._exact_case.get(seq)
                if cases is not None and written not in cases:
                    continue
                if cases is None and seq in self._capitalised and not written[:1].isupper():
                    continue
                out.append(Mention(start=start, end=end, text=written, entity_id=entity_id,
                                   canonical=self._canonical[entity_id]))
                matched = size
                break
            i += matched or 1
        return out

    def _find_cjk(self, text: str, start: int, end: int) -> list[Mention]:
        out = []
        run = to_simplified(text[start:end])  # one character for one: offsets hold
        i = 0
        while i < len(run):
            for form in self._cjk_by_first.get(run[i], ()):
                if run.startswith(form, i):
                    entity_id = self._cjk[form]
                    out.append(Mention(start=start + i, end=start + i + len(form),
                                       text=text[start + i : start + i + len(form)], entity_id=entity_id,
                                       canonical=self._canonical[entity_id]))
                    i += len(form)
                    break
            else:
                i += 1
        return out
