"""Territory, stage, indications and what the article says was not disclosed.

Rules:
- Territory: the first territory phrase in the deal's sentences (`TERRITORIES`): "worldwide" /
  "global" rights, "in mainland China", "in Japan", "ex-US", with a rights word ("rights",
  "license", "commercialize", "develop", "in") just before it, or just after it ("exclusive global
  license", "worldwide commercialization rights", "royalties on worldwide net sales"). A place that
  describes a company ("with operations in Europe and the U.S.", "headquartered in Japan") is not
  the deal's territory. Exclusions are read as such: "worldwide except Japan and Korea", "rights
  outside of the U.S., Greater China and Japan" -> "worldwide except United States, Greater China
  and Japan"; a party "retaining rights in India and Russia" leaves the rest of the world; the
  U.S. alone is "ex-US". A later sentence that says the first one's territory more
  exactly wins ("China" in the headline, "mainland China" in the body; "global rights", then
  "rights outside China").
- Stage: the most advanced development phase said of the deal's products (`STAGES`) in the deal
  and asset sentences.
- Indications: disease terms (`INDICATIONS`) in the deal and asset sentences, each once, longest
  form first ("multiple myeloma", not also "myeloma").
- Undisclosed: "financial terms were not disclosed" -> all; "an upfront payment of undisclosed size",
  "undisclosed upfront" -> upfront; likewise milestones and equity. A field that is simply not
  mentioned is not listed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from extraction.biology import (
    INDICATIONS,
    PLACE_NAMES,
    PLACE_NAMES_WRITTEN,
    STAGE_WORDS,
    STAGES,
    TERRITORIES,
    TERRITORY_WORDS,
)
from extraction.text import Sentence, fold, folded_pattern

_TERRITORIES = [(folded_pattern(p), label) for p, label in TERRITORIES]
_STAGES = [(folded_pattern(p), label) for p, label in STAGES]
_INDICATIONS = folded_pattern(r"(?<![\w-])(?=\w)(" + "|".join(sorted(INDICATIONS, key=len, reverse=True)) + r")\b")
_PLACE_PATTERN = "(?:" + "|".join(sorted(PLACE_NAMES_WRITTEN, key=len, reverse=True)) + ")"
_PLACE = re.compile(r"(?<![\w.])" + _PLACE_PATTERN + r"(?![\w])", re.I)
# "worldwide except China", "rights outside of Japan and Korea", "global rights excluding Greater China"
_EXCLUSION = re.compile(
    r"(?P<whole>\b(?:worldwide|global(?:ly)?|all territories)\b(?: [\w\-]+){0,3}?,? )?"
    r"\b(?:except(?: for)?|excluding|other than|outside(?: of)?"
    r"|(?P<kept>(?:retain|retains|retained|retaining|keeps?|keeping)"
    r" (?:(?:all|exclusive|full|development|commerciali[sz]ation|and|the) ){0,4}rights (?:in|for)))"
    r" (?P<places>(?:the )?" + _PLACE_PATTERN
    + r"(?:(?:,|,? and|,? or) (?:the )?" + _PLACE_PATTERN + r")*)(?![\w])",
    re.I,
)
# a part of the words one of which every match of `_EXCLUSION` holds ("except", "excluding", "other than",
# "outside", "retain...", "keep..."): a cheap test before the pattern runs. The parts leave out "i" and "s",
# which the pattern's IGNORECASE also matches to letters the folded text keeps ("ı", "ſ")
_EXCLUSION_WORDS = ("except", "exclud", "other than", "out", "reta", "keep")
_COMPANY_PLACE = re.compile(
    r"\b(?:operations|offices?|sites?|facilit(?:y|ies)|presence|headquarters|subsidiar(?:y|ies)|employees)"
    r"(?: \w+){0,3} in\b[^.;]*$"
    r"|\b(?:based|headquartered|located|incorporated|listed) in\b[^.;]*$|\bknown as \w+ outside",
    re.I,
)
_RIGHTS_CONTEXT = re.compile(r"\b(?:rights?|licen[cs]e|commerciali[sz]\w*|territor\w*|option|develop\w*|in)\b", re.I)
_RIGHTS_AFTER = re.compile(
    r"\W*(?:\w+\W+){0,3}?(?:rights?|licen[cs]e|licensing|commerciali[sz]\w*|collaboration|development|sales)\b", re.I
)
_ALL_UNDISCLOSED = folded_pattern(
    r"\b(?:(?:financial )?terms (?:of the (?:deal|agreement|transaction|acquisition|collaboration) )?(?:w"
    r"ere|are|was|have|has)"
    r" not (?:been )?(?:disclosed|revealed|made public)|(?:did|do|does) not disclose (?:the )?(?:financia"
    r"l )?(?:terms|details)"
    r"|undisclosed (?:sum|amount|terms|fee|price)|without disclosing (?:the )?(?:financial )?terms"
    r"|financial details were not (?:disclosed|released))\b",
)
_FIELD_UNDISCLOSED = {
    "upfront": folded_pattern(
        r"\b(?:undisclosed (?:upfront|up-front)|up-?front (?:payment|fee)s? (?:of (?:an )?undisclosed|(?:"
        r"was|were|is) not disclosed)"
        r"|up-?front payment of undisclosed)\b"),
    "milestones": folded_pattern(r"\b(?:undisclosed milestones?|milestones? (?:payments? )?(?:were|was|are) n"
                             r"ot disclosed)\b"),
    "equity": folded_pattern(r"\b(?:undisclosed (?:equity|stake|investment)|equity investment of undisclosed)\b"),
}


def read_territory(sentences: Sequence[Sentence]) -> tuple[str | None, str | None]:
    text, starts = _joined(sentences)
    if not any(word in text for word in TERRITORY_WORDS):
        return None, None
    found: list[tuple[int, int, int, str]] = []
    excluded: list[tuple[int, int]] = []
    for m in _EXCLUSION.finditer(text) if any(word in text for word in _EXCLUSION_WORDS) else ():
        if m.group("whole") or m.group("kept") or _is_deal_place(text, m, reach=100):
            places = _PLACE.findall(m.group("places"))
            names = list(dict.fromkeys(_place_name(p) for p in places))
            label = "ex-US" if names == ["United States"] else "worldwide except " + _listed(names)
            found.append((_sentence_at(starts, m.start()), -1, m.start(), label))
            excluded.append(m.span())
    found += [
        (_sentence_at(starts, m.start()), order, m.start(), label)
        for order, (pattern, label) in enumerate(_TERRITORIES)
        for m in pattern.finditer(text)
        if _is_deal_place(text, m) and not any(a <= m.start() < b for a, b in excluded)
    ]
    if not found:
        return None, None
    # the first sentence that names one; in it, the table's order ("mainland China" before "China")
    first = min(found)
    # a later sentence may say it more exactly: "China" in the headline, "mainland China" in the body;
    # "global rights", then "rights outside China"
    sentence, _order, _at, label = next((f for f in sorted(found) if _refines(f[3], first[3])), first)
    return label, sentences[sentence].text


def _is_deal_place(text: str, m: re.Match[str], reach: int = 60) -> bool:
    before = text[max(0, m.start() - reach) : m.start()]
    return bool(
        (_RIGHTS_CONTEXT.search(before) or _RIGHTS_AFTER.match(text, m.end()))
        and not _COMPANY_PLACE.search(text[max(0, m.start() - 40) : m.start()])
    )


def _refines(exact: str, label: str) -> bool:
    return exact.endswith(" " + label) or (label == "worldwide" and exact.startswith(("worldwide except", "ex-")))


def _place_name(written: str) -> str:
    key = re.sub(r"[^a-z ]", "", written.lower()).strip()
    return PLACE_NAMES.get(key.removeprefix("the "), written.strip())


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def read_stage(sentences: Sequence[Sentence]) -> tuple[str | None, str | None]:
    text, starts = _joined(sentences)
    for pattern, label in _STAGES:  # the most advanced first
        if any(word in text for word in STAGE_WORDS[label]) and (m := pattern.search(text)):
            return label, sentences[_sentence_at(starts, m.start())].text
    return None, None


def _joined(sentences: Sequence[Sentence]) -> tuple[str, list[int]]:
    """The sentences' folded texts on one line each, and where each starts."""
    starts: list[int] = []
    position = 0
    for s in sentences:
        starts.append(position)
        position += len(s.folded) + 1
    return "\n".join(s.folded for s in sentences), starts


def _sentence_at(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def read_indications(sentences: Sequence[Sentence]) -> list[str]:
    found: list[str] = []
    keys: set[str] = set()
    text = "\n".join(s.text for s in sentences)
    for m in _INDICATIONS.finditer(fold(text)):
        term = text[m.start(1) : m.end(1)]
        key = re.sub(r"s\b", "", term.lower())  # "rare cancers" is "rare cancer" again
        if key in keys or any(key in k for k in keys):
            continue
        keys.add(key)
        found.append(term)
    return found


def read_undisclosed(sentences: Sequence[Sentence], has_money: bool) -> tuple[list[str], str | None]:
    text, starts = _joined(sentences)
    if not any(word in text for word in ("disclos", "reveal", "made public", "released")):
        return [], None
    if not has_money:
        m = _ALL_UNDISCLOSED.search(text)
        if m:
            return ["all"], sentences[_sentence_at(starts, m.start())].text
    found = {name: m for name, pattern in _FIELD_UNDISCLOSED.items() if (m := pattern.search(text))}
    if not found:
        return [], None
    first = min(found.values(), key=lambda m: m.start())
    return list(found), sentences[_sentence_at(starts, first.start())].text
