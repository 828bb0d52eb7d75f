"""What the deal's products are, in the modality vocabulary.

Rules:
- Only sentences about this deal and its products are read: the headline, the deal sentences
  (with those whose subject is the parties or "the drug"), and the sentences that name the deal's
  assets; the parties' names are blanked ("Kestrel Biologics" names no biologic). Quoted speech,
  company background and other deals are not: "Servier's pipeline includes monoclonal antibodies"
  says nothing of a CAR-T deal.
- Terms are matched in one pass; where terms of two modalities start at the same place the more
  specific one (`MODALITY_TERMS` order) wins, and a span of text counts once: "CAR T-cell therapies"
  is CAR-T, not also cell therapy.
- A term in a comparison ("similar to CAR-Ts", "unlike ADCs") does not count, nor one naming what the product
  acts on (`MODALITY_ACTED_ON`: "an siRNA that degrades the mRNA of X"), nor a word of a target's name after
  "anti-" (`MODALITY_IN_A_TARGETS_NAME`: "an anti-parathyroid hormone-related peptide antibody" is an antibody),
  nor the first half of a compound adjective ("antiviral-resistant strains"); a term naming a company's business
  ("its vaccines business") or its plant ("a dedicated ADC facility": capacity, not the deal's product) counts only
  in the headline and the first deal sentences, where the deal is the sale of that business, and so does one listed
  among a company's areas (`MODALITY_AREAS_BEFORE`: "beyond its focus
  areas of oncology and plasma proteins").
- A term that qualifies another modality's product noun (`MODALITY_QUALIFIES`: "mRNA measles and mumps
  vaccines") scores at least what that modality does: the vaccines are mRNA medicines, however often
  "vaccine" alone is written.
- Each modality scores its matches weighted by where they stand (headline 3, the first deal
  sentences 2, other deal or asset sentences 1); modalities scoring under half of the best are
  incidental and dropped (a product's modality is measured against the best product modality, not against
  `platform-ai`, which says how the products are found). Only when those sentences name none is the rest of
  the deal's story read the same way.
- A modality that is part of another one found (`MODALITY_SUBSUMES`: the antibody of an ADC, the
  cell therapy of a CAR-T) adds its score to that one and is dropped, unless a term specific to it
  names a product of its own (a TCR-T beside a CAR-T): "T-cell engager antibodies ... antibody
  platform" is a bispecific deal, however often "antibody" is written. Nor is it dropped when the other is
  named only in what the story's past tells of an asset ("Norvane, which makes antibody-based therapies ... Kestrel
  licensed Norvane's bispecific antibody NB-9 in 2023").
- A term that names an asset, right before its name ("its PARP1 inhibitor NB-1", "its ADC, NB-2") or first after
  it in apposition ("NB-1, an oral PARP1 inhibitor"), with the other terms of its noun phrase ("its bispecific
  antibody NB-3"), is that asset's modality: kept however often another asset's is written, and not taken in by
  a modality that names no such asset (not "NB-2, an ADC with a topoisomerase inhibitor payload").
- An antibody the deal's sentences say works on two targets at once ("BNT-9, which works on both PD-L1 ... and
  VEGF") is a bispecific, though never called one; a drug of another class that does stays what it is.
- The modality an asset's INN stem names (`-mab` antibody, `-rsen` oligonucleotide, `-tinib` small
  molecule) is the asset's, whatever the sentences say.
- Only when no term names a modality are the weaker hints read (`MODALITY_HINTS`): "a selective
  antagonist of EP4", "an oral therapy", "tablets" say small molecule; "a GLP-1 receptor agonist"
  (a peptide hormone's receptor: GLP-1, endothelin ...) says peptide.
- An oncolytic virus is "other", and what it carries (an IL-12 payload, a transgene) is part of it, not an ADC
  or a protein; a peptide hormone made as the product ("a synthetic corticotropin product") is a peptide, and a
  toxin fused to a binding protein ("engineered toxin bodies", "immunotoxins") a protein.
- A sentence that tells of a party's other deal ("struck a separate deal with X for an antibody") is not read, nor
  a clause that describes a company by what it makes (", which makes the CAR-T Bar,").
- An interleukin named as the product ("NB-9, a masked IL-15") is a protein; one named as what a
  product acts on ("an IL-15 antibody") is not. Toxins or drugs linked to antibodies are ADCs.
- What a product is, not what it carries or makes, is its modality: an antibody-oligonucleotide
  conjugate is an oligonucleotide, an mRNA-encoded antibody an mRNA, a PD-1 inhibitor an antibody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extraction.biology import (
    MODALITY_ACTED_ON,
    MODALITY_AREAS_BEFORE,
    MODALITY_BUSINESS_AFTER,
    MODALITY_HINTS,
    MODALITY_IN_A_TARGETS_NAME,
    MODALITY_NEGATING_CONTEXT,
    MODALITY_QUALIFIES,
    MODALITY_SUBSUMES,
    MODALITY_TERMS,
)
from extraction.models import Modality
from extraction.products import acts_on_two_targets, plain_dashes, what_a_company_makes
from extraction.text import WordPattern, fold, folded_pattern, is_name_char

_GENERIC = {
    "cell-therapy": re.compile(
        r"^(?:cell therap(?:y|ies)|cell-based therap(?:y|ies)|engineered cell therap\w*|allogeneic cell)$",
        re.IGNORECASE,
    ),
}
# One pass over a sentence: at each position the most specific modality's term (the table's order) wins.
_TERMS = folded_pattern(
    r"(?<![\w-])(?=[\w(])(?:"
    + "|".join(
        rf"(?P<{modality.replace('-', '_')}>(?:{'|'.join(terms)})(?:™|®|TM)?(?![\w]))"
        for modality, terms in MODALITY_TERMS.items()
    )
    + ")"
)
_HINTS = folded_pattern(
    r"(?<![\w-])(?:"
    + "|".join(
        rf"(?P<{modality.replace('-', '_')}>(?:{'|'.join(terms)})(?![\w]))"
        for modality, terms in MODALITY_HINTS.items()
    )
    + ")"
)
_NEGATING = re.compile(MODALITY_NEGATING_CONTEXT, re.IGNORECASE)
_ACTED_ON = {
    modality.replace("-", "_"): (re.compile(before, re.IGNORECASE), re.compile(after, re.IGNORECASE))
    for modality, (before, after) in MODALITY_ACTED_ON.items()
}
_QUALIFIES = {
    modality.replace("-", "_"): (other, re.compile(after, re.IGNORECASE))
    for modality, (other, after) in MODALITY_QUALIFIES.items()
}
# a term as the first half of a compound adjective names no product: "antiviral-resistant strains"
_COMPOUND_AFTER = re.compile(r"-(?:resistant|induced|associated|related|refractory|naive|experienced|free)\b")
# what stands between two terms of one noun phrase: a space, a hyphen or a word or two ("bispecific topoisomerase
# inhibitor-based ADC"), not a comma or a preposition
_SAME_PHRASE = re.compile(
    r"[\s\-]*(?:(?!(?:with|of|and|or|for|to|in|that|which|against|from|by)[\s\-])[\w]+[\s\-]+){0,2}"
)
_BUSINESS_AFTER = re.compile(MODALITY_BUSINESS_AFTER, re.IGNORECASE)
_AREAS_BEFORE = re.compile(MODALITY_AREAS_BEFORE, re.IGNORECASE)
_IN_A_NAME_BEFORE, _IN_A_NAME_AFTER = (re.compile(p, re.IGNORECASE) for p in MODALITY_IN_A_TARGETS_NAME)
# modalities that say how the products are found, not what they are
_METHODS = frozenset({"platform-ai"})
_CASE_SENSITIVE = re.compile(r"^(?:ADCS?|AAV|ASOS?|TCRS?|TILS?|AI|BITES?|DARTS?|TCES?|CARS?|PMOS?|MSCS?|VHHS?|AOCS?)$")


def modality_evidence(modalities: Sequence[str], texts: Sequence[str]) -> str | None:
    """The first of `texts` that names one of `modalities` by one of its terms."""
    groups = {m.replace("-", "_") for m in modalities}
    for text in texts:
        if any(m.lastgroup in groups for m in _TERMS.finditer(plain_dashes(fold(text)))):
            return text
    return None


def read_modalities(
    weighted: Sequence[tuple[str, float]],
    implied: Sequence[str] = (),
    assets: Sequence[str] = (),
    past: Sequence[tuple[str, float]] = (),
) -> tuple[Modality, ...]:
    """The modalities `weighted` texts name, with those the assets' names imply (`implied`) and those a term says
    an asset is (`assets`: "its PARP1 inhibitor NB-1", "NB-1, an oral PARP1 inhibitor"); `past` (what the story's
    past tells of the assets) counts too, but what it alone names takes in none of the deal's own ("Norvane, which
    makes antibody-based therapies ... Kestrel licensed Norvane's bispecific antibody NB-9 in 2023")."""
    own = _scores(weighted, _TERMS)[0] if past else None
    weighted = [*weighted, *past]
    scores, specific, folds = _scores(weighted, _TERMS)
    named = _named_by_an_asset(weighted, assets) if assets and scores else {}
    termed = set(specific)  # the modalities a specific term names, before what the INNs imply
    for modality in implied:
        if modality in MODALITY_TERMS:
            scores[modality] = max(scores.values(), default=1.0)
            specific.add(modality)
    if not scores:
        scores, specific, folds = _scores(weighted, _HINTS)
    if not scores:
        return ()
    for parent, part in folds:  # "mRNA ... vaccines": the vaccines are mRNA medicines, as often named as vaccines
        if parent in scores and part in scores:
            scores[parent] = max(scores[parent], scores[part])
    for parent, parts in MODALITY_SUBSUMES.items():
        if parent in scores:
            for part in parts:
                # (not the modality of an asset the parent does not name: "its PARP1 inhibitor NB-1 ... its ADC NB-2")
                # (nor when the INNs of two assets name both: "quelanercept" beside "norvuximab" is a fusion protein)
                # (an INN's "-leucel" beside "CAR-T" names the CAR-T: a cell therapy only a stem implies is taken in)
                if part in scores and not (part in implied and parent in implied) and not (
                    part in _GENERIC and part in termed
                ) and not (
                    named.get(part, set()) - named.get(parent, set())
                ) and not (own is not None and part in own and parent not in own):
                    scores[parent] += scores.pop(part)
    best = max(scores.values())
    # a way of discovering drugs is no rival of what they are: "AI platforms to find small molecules" is both
    products = [s for m, s in scores.items() if m not in _METHODS]
    best_product = max(products, default=best)
    kept = {m for m, s in scores.items() if s >= (best if m in _METHODS else best_product) / 2}
    kept |= named.keys() & scores.keys()  # each asset's own modality, however often another's is written
    order = [m for m in MODALITY_TERMS if m in kept]
    return tuple(order)  # type: ignore[arg-type]


def with_dual_targets(modalities: tuple[Modality, ...], texts: Sequence[str]) -> tuple[Modality, ...]:
    """An antibody that `texts` say works on two targets at once ("BNT-9, which works on both PD-L1 ... and VEGF")
    is a bispecific, though never called one."""
    if "antibody" not in modalities or "bispecific" in modalities or not any(acts_on_two_targets(t) for t in texts):
        return modalities
    kept = (set(modalities) - {"antibody"}) | {"bispecific"}
    return tuple(m for m in MODALITY_TERMS if m in kept)  # type: ignore[misc]


# what stands between a term and the asset it names after it: "conjugate (ADC), NB-2"
_NAME_AFTER_PREFIXES = tuple(
    re.compile(p) for p in (r"\s*\([\w\-]{2,10}\),\s+", r"\s*\([\w\-]{2,10}\)\s+", r",\s+", r"\s+")
)  # tried in this order: the longest prefix first
# "NB-1, an oral PARP1 inhibitor": a comma, an article and a few words that are not a preposition's, up to the term
_APPOSITION_BEFORE = re.compile(
    r",\s+(?:an?|the|its)\s+(?:(?!(?:with|of|and|or|for|to|in|that|which|against|from|by)\s)[\w\-]+\s+){0,4}$"
)
_APPOSITION_REACH = 80  # characters before the term where the asset's name may begin


def _asset_after(folded: str, at: int, names: Sequence[str]) -> str | None:
    """The asset named right after a term ending at `at` ("its PARP1 inhibitor NB-1")."""
    for prefix in _NAME_AFTER_PREFIXES:
        m = prefix.match(folded, at)
        if m is None:
            continue
        for name in names:
            end = m.end() + len(name)
            if folded.startswith(name, m.end()) and (end >= len(folded) or not is_name_char(folded[end])):
                return name
    return None


def _asset_before(folded: str, at: int, names: Sequence[str]) -> str | None:
    """The asset a term starting at `at` stands in apposition to ("NB-1, an oral PARP1 inhibitor")."""
    reach = max(0, at - _APPOSITION_REACH)
    m = _APPOSITION_BEFORE.search(folded, reach, at)
    if m is None:
        return None
    for name in names:
        start = m.start() - len(name)
        if start >= reach and folded.startswith(name, start) and (start == 0 or not is_name_char(folded[start - 1])):
            return name
    return None


def _named_by_an_asset(weighted: Sequence[tuple[str, float]], assets: Sequence[str]) -> dict[str, set[str]]:
    """Each modality whose term stands right before an asset's name ("its PARP1 inhibitor NB-1", "its ADC, NB-2")
    or is the first after it in apposition ("NB-1, an oral PARP1 inhibitor,"), with the assets it says it is (not
    "NB-1, an ADC with a topoisomerase inhibitor payload": the ADC's part)."""
    by_name = {a.lower(): a for a in assets if len(a) >= 3}
    if not by_name:
        return {}
    names = sorted(by_name, key=len, reverse=True)  # the longest name first, as an alternation would try them
    named: dict[str, set[str]] = {}
    for text, _weight in weighted:
        folded = plain_dashes(fold(text))
        if not any(n in folded for n in names):
            continue  # no asset named here: no term can name one
        phrase: list[str] = []  # the terms of one noun phrase: "its bispecific antibody NB-1" names both
        end = -1
        for m in _TERMS.finditer(folded):
            if _NEGATING.search(folded[max(0, m.start() - 40) : m.start()]):
                phrase, end = [], -1
                continue
            if end < 0 or not _SAME_PHRASE.fullmatch(folded, end, m.start()):
                phrase = []
            phrase.append((m.lastgroup or "").replace("_", "-"))
            end = m.end()
            asset = _asset_after(folded, m.end(), names) or _asset_before(folded, m.start(), names)
            if asset:
                for modality in phrase:
                    named.setdefault(modality, set()).add(by_name[asset])
    return named


def _scores(
    weighted: Sequence[tuple[str, float]], terms: WordPattern
) -> tuple[dict[str, float], set[str], set[tuple[str, str]]]:
    """Each modality's weighted count of terms, the modalities named by a term specific to them, and the
    (modality, other) pairs where a term of the first qualifies the other's product noun."""
    scores: dict[str, float] = {}
    specific: set[str] = set()
    folds: set[tuple[str, str]] = set()
    for text, weight in weighted:
        folded = plain_dashes(fold(text))
        makes = what_a_company_makes(folded)  # ", which makes the CAR-T Bar,": a party's other products
        for m in terms.finditer(folded):
            if makes and any(start <= m.start() < end for start, end in makes):
                continue
            modality = (m.lastgroup or "").replace("_", "-")
            written = text[m.start() : m.end()]
            if _CASE_SENSITIVE.match(written.upper()) and not written[:2].isupper():
                continue
            if _NEGATING.search(folded[max(0, m.start() - 40) : m.start()]):
                continue
            if folded[m.end() : m.end() + 1] == "-" and _COMPOUND_AFTER.match(folded, m.end()):
                continue  # "antiviral-resistant strains": the strains, not the product
            if weight < 2 and _BUSINESS_AFTER.match(folded, m.end()):
                continue  # "separating its vaccines business": a business of the company, not the deal's product
            if weight < 2 and " areas" in folded and _AREAS_BEFORE.search(folded, max(0, m.start() - 160), m.start()):
                continue  # "beyond its focus areas of oncology and plasma proteins": a company's areas
            if _IN_A_NAME_AFTER.match(folded, m.end()) and _IN_A_NAME_BEFORE.search(folded, max(0, m.start() - 60),
                                                                                     m.start()):
                continue  # "an anti-parathyroid hormone-related peptide antibody": the target's name
            acted_on = _ACTED_ON.get(m.lastgroup or "")
            if acted_on is not None and acted_on[0].search(text[max(0, m.start() - 40) : m.start()]) and (
                acted_on[1].match(text, m.end())
            ):
                continue  # "an siRNA that degrades the mRNA of X": what the product acts on
            scores[modality] = scores.get(modality, 0.0) + weight
            qualifies = _QUALIFIES.get(m.lastgroup or "")
            if qualifies is not None and qualifies[1].match(folded, m.end()):
                folds.add((modality, qualifies[0]))
            generic = _GENERIC.get(modality)
            if generic is None or not generic.match(written):
                specific.add(modality)
    return scores, specific, folds
