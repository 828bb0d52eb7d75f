"""Grouping the company names of one batch (an article, or the lines given to `dealbot companies group`).

Rules, in order:

1. Each name is resolved against the registry (`CompanyRegistry.resolve`); names of one known company
   share its canonical name.
2. The names left are folded among themselves and into the known companies of the batch, through a
   registry of the batch alone that holds every name seen so far (with its short name in brackets and
   its tickers), with the same exact-key, core and fuzzy rules. Longer names go first, so that
   "CARsgen" finds "CARsgen Therapeutics Holdings Limited (HKG: 2171)" whatever the input order.
   An unknown name that extends a known company's written name of two words or more by one word ("Ostrin
   Kasei Kogyo" beside the known "Ostrin Kasei") is that company, unless the word names another body of it
   ("Foundation", "Ventures").
3. A subsidiary written with its parent ("Zanthor Bio, a Quelvix company") joins the parent's group,
   which it opens when the parent is not in the batch yet.
4. A name written in capitals ("FDB", "MTPC") that is still alone joins the one group of the batch whose
   name has those initials ("Fujifilm Diosynth Biotechnologies", "Mitsubishi Tanabe Pharma
   Corporation"), counting the words with and without their descriptors and legal form; when several
   groups fit, or none, it stays alone.
5. A group of unknown names is labelled with its most frequent display name, the longest on a tie; a
   label already taken by another group gets a number ("Merck (2)").
6. A legal form alone ("S.A.", "Inc.", "Co., Ltd.") names no company: it gets no entity (None) and
   joins no group.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from extraction.companies.legal_forms import GENERIC_WORDS, STOP_WORDS
from extraction.companies.normalize import CompanyName, fold, normalize
from extraction.companies.registry import CompanyRegistry, _builtin_template

_WORD_START = re.compile(r"[A-Za-z0-9]+")


def _initials(n: CompanyName) -> set[str]:
    words = [w for w in _WORD_START.findall(fold(n.display)) if w.lower() not in STOP_WORDS]
    if len(words) < 2:
        return set()
    base = "".join(w[0] for w in words).upper()
    out = {base}
    distinctive = [w for w in words if w.lower() not in GENERIC_WORDS]
    if len(distinctive) >= 2:
        out.add("".join(w[0] for w in distinctive).upper())
    if n.legal and n.legal[0]:
        out.add(base + n.legal[0][0].upper())
    return out


# a word after a company's name that names another body of it: "Novo Nordisk Foundation", "Kestrel Ventures"
_OTHER_BODY = frozenset(
    {"foundation", "ventures", "venture", "capital", "fund", "funds", "holdings", "investments", "partners",
     "institute", "trust", "university", "hospital", "group"}
)  # fmt: skip


def _known_stem(n: CompanyName, forms: Sequence[CompanyName], resolved: Sequence[str | None]) -> str | None:
    """The known company of the batch whose written name of two words or more this unknown name extends by one
    word ("Ostrin Kasei Kogyo" of "Ostrin Kasei"), not by the name of another body ("Novo Nordisk Foundation")."""
    if len(n.tokens) < 3 or n.tokens[-1] in _OTHER_BODY:
        return None
    stems = {
        entity for form, entity in zip(forms, resolved, strict=True)
        if entity is not None and len(form.tokens) >= 2 and form.tokens == n.tokens[:-1]
    }
    return next(iter(stems)) if len(stems) == 1 else None


def group_names(names: Sequence[str], registry: CompanyRegistry | None = None) -> list[str | None]:
    """The canonical company name for each input name, in input order; None for a name that names no
    company (rules in the module docstring)."""
    known = registry if registry is not None else _builtin_template()  # only read here: no copy needed
    forms = [normalize(name) for name in names]
    batch = CompanyRegistry()
    entity_of: list[str | None] = [None] * len(names)
    labels: dict[str, str] = {}

    def _remember(entity_id: str, n: CompanyName) -> None:
        for alias in (n.display, n.short, *[t for t in n.tickers if any(c.isalpha() for c in t)]):
            if alias:
                batch._index_alias(entity_id, alias)

    for i, n in enumerate(forms):
        if n.legal_only:
            continue
        found = known.resolve_name(n)
        if found is None:
            continue
        entity_of[i] = found.entity_id
        if found.entity_id not in batch:
            batch._add(found.entity_id, found.canonical, ())
            labels[found.entity_id] = found.canonical
        _remember(found.entity_id, n)

    resolved = tuple(entity_of)  # the registry's companies of the batch
    pending = [i for i in range(len(names)) if entity_of[i] is None and not forms[i].legal_only]
    pending.sort(
        key=lambda i: (forms[i].abbreviation, -len(forms[i].tokens), -len(forms[i].display), forms[i].display)
    )
    alone: list[int] = []
    for i in pending:
        n = forms[i]
        found = batch.resolve_name(n)
        if found is not None:
            entity_of[i] = found.entity_id
            _remember(found.entity_id, n)
        elif n.parent and not normalize(n.parent).legal_only:
            parent = normalize(n.parent)
            entity_of[i] = batch.add_entity(parent.display)
            _remember(entity_of[i], parent)  # type: ignore[arg-type]
        elif n.abbreviation:
            alone.append(i)
        elif (stem := _known_stem(n, forms, resolved)) is not None:
            entity_of[i] = stem  # "Ostrin Kasei Kogyo" beside the known "Ostrin Kasei": one more word of its name
            _remember(stem, n)
        else:
            entity_of[i] = batch.add_entity(n.display)
            _remember(entity_of[i], n)  # type: ignore[arg-type]

    initials: dict[str, set[str]] = {}
    for i, entity_id in enumerate(entity_of):
        if entity_id is not None:
            for acronym in _initials(forms[i]):
                initials.setdefault(acronym, set()).add(entity_id)
    for entity in list(batch.entities()):
        for name in (entity.canonical, *entity.aliases):
            for acronym in _initials(normalize(name)):
                initials.setdefault(acronym, set()).add(entity.entity_id)
    for i in alone:
        n = forms[i]
        acronym = re.sub(r"[^A-Z0-9]", "", n.display.upper())
        owners = initials.get(acronym, set())
        if len(owners) == 1:
            entity_of[i] = next(iter(owners))
        else:
            entity_of[i] = batch.add_entity(n.display)
        _remember(entity_of[i], n)  # type: ignore[arg-type]

    members: dict[str, list[str]] = {}
    for i, entity_id in enumerate(entity_of):
        if entity_id is not None:
            members.setdefault(entity_id, []).append(forms[i].display)
    taken = set(labels.values())
    for entity_id, displays in members.items():
        if entity_id in labels:
            continue
        counts = Counter(displays)
        label = max(counts, key=lambda d: (counts[d], len(d), d))
        base, k = label, 2
        while label in taken:
            label, k = f"{base} ({k})", k + 1
        labels[entity_id] = label
        taken.add(label)
    return [labels[e] if e is not None else None for e in entity_of]
