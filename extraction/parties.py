"""Who signed the deal, and in which role.

Rules:
- Parties are read from the deal's own sentences only (the headline and the lead sentences that
  announce the deal): a company named elsewhere in the story is mentioned in passing, not a party.
- In such a sentence a party stands in a slot: the subject list before the deal verb ("Sanofi,
  RadioMedix and Orano Med have entered ..."), or after `with`, `from`, `acquire`, `pay`, `to`
  (after a selling or licensing verb), `between`. Descriptors in front of a name ("French
  pharmaceutical research firm Servier", "China-based", "fellow US firm") are skipped; appositives
  after it (", a leading developer of ...") are not names; exchange tickers in brackets are dropped.
- A name counts when the company registry knows it, or it carries a company word or legal form
  (Bio, Pharma, Therapeutics, Inc., GmbH ...), or it recurs in the article: a one-off capitalised
  phrase ("Allogeneic CAR T-cell") is not a company.
- Spellings of one company (a parenthetical short name, a subsidiary that signs for its parent,
  a legal form) fold into one party through the company registry and fuzzy grouping; the party's
  name is the registry's canonical name, else the shortest clean form.
- Roles come from what the text says each party does (`ROLE_TEMPLATES`: receives payments ->
  licensor; pays or gains rights -> licensee; acquires -> acquirer; provides manufacturing ->
  manufacturer ...); where the text says nothing, the deal type decides (acquisition: subject is
  the acquirer; manufacturing: the other side is the client), else `partner`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from extraction.caching import per_sentence
from extraction.companies import CompanyRegistry, group_names, normalize
from extraction.models import Party, Role
from extraction.products import looks_like_drug_name
from extraction.text import Sentence, fold, folded_pattern
from extraction.vocabulary import (
    COMPANY_WORDS,
    LEADING_NOISE,
    LEGAL_SUFFIXES,
    NATIONALITIES,
    NOT_COMPANY_WORDS,
    ROLE_TEMPLATES,
)

_TOKEN = r"(?:[A-Z][\w'’\-.&+]*|\d+[A-Za-z][\w'’\-.&+]*|[a-z]+[A-Z][\w\-]*|[a-z]{1,3}(?=[A-Z0-9]))"
_CONNECTOR = r"(?:\s(?:&|and|de|of|für|fur|du|la)\s(?=[A-Z]))"
_NAME_RUN = re.compile(rf"(?<![\w'’])(?=[\w])(?:{_TOKEN})(?:(?:\s|{_CONNECTOR}){_TOKEN})*")
_LEGAL_TAIL = re.compile(rf"^,?\s*(?:{LEGAL_SUFFIXES})(?=$|[\s,;:)(])", re.UNICODE)
_PAREN = re.compile(r"^\s*\(([^()]{1,60})\)")
_TICKER = re.compile(r"^(?:[A-Z][A-Za-z .]*:\s*[\w.]+|[A-Z]{2,6}(?:\.[A-Z]{1,2})?)(?:,\s*[A-Z]{2,6}(?:\.["
                     r"A-Z]{1,2})?)*$")
_COMPANY_WORD = re.compile(rf"\b(?:{COMPANY_WORDS})\b", re.IGNORECASE)  # "KOREA PHARMA CO.,LTD"
_LEGAL_WORD = re.compile(rf"(?:^|\s)(?:{LEGAL_SUFFIXES})$")
_DESCRIPTOR = re.compile(rf"^(?:(?:{NATIONALITIES})\s+)+")
_POSSESSIVE = re.compile(r"['’]s?$")
_SOURCE_TAG = re.compile(
    r"^\s*(?:[A-Z][A-Z .,]{2,40}\s*)?\([\w\- .]{2,30}\)\s*[-–—]+\s*"
    r"|^[^()]{0,120}?[-–—]{1,2}\s*\(?(?:BUSINESS WIRE|PR ?Newswire|PRNewswire|GLOBE NEWSWIRE|GlobeNewswire|ACCESSWIRE"
    r"|Business Wire)\)?\s*[-–—]{1,2}\s*"
    r"|^[A-Z][A-Za-z .,'&]{2,60}?[-–—]{2,}\s*",
    re.IGNORECASE,
)

# Deal verbs that end the subject list of a deal sentence (case-insensitive: headlines capitalise).
_SUBJECT_VERB = folded_pattern(
    r"\s(?=[A-Za-z])(?:(?:have|has|had|will|to|today|jointly|also|officially|formally|finally|recently)\s+)*"
    r"(?:announce[sd]?|enter(?:s|ed)?|sign(?:s|ed)?|ink(?:s|ed)?|agree[sd]?|partner(?:s|ed)?|team(?:s|ed)?"
    r"|link(?:s|ed)?|expand(?:s|ed)?|forge[sd]?|strike[s]?|struck|seal(?:s|ed)?|form(?:s|ed)?|unveil(?:s|ed)?"
    r"|license[sd]?|licence[sd]?|in-license[sd]?|acquire[sd]?|buy[s]?|bought|said|says|reported|is|are"
    r"|will|grant(?:s|ed)?|gain(?:s|ed)?|join(?:s|ed)?|collaborate[sd]?|close[sd]?|complete[sd]?"
    r"|has|have|launch(?:es|ed)?|extend(?:s|ed)?|amend(?:s|ed)?|restructure[sd]?|sell[s]?|sold"
    r"|pay[s]?|paid|take[s]?|took|snap[s]?|nab[s]?|bag[s]?|tap[s]?|tapped|enlist[s]?|enlisted"
    r"|receive[sd]?|obtain(?:s|ed)?|secure[sd]?|execute[sd]?|reach(?:es|ed)?|make[s]?|made)\b"
)
# Matched on folded text; after "to" a lower-case word in the original ("licensed rights to develop") is no name.
_OBJECT_SLOT = folded_pattern(
    r"\b(?:with|from|between|acquire|acquires|acquired by|acquiring|buy|buys|bought by|pay|pays|paying"
    r"|grant|grants|granted|granting"
    r"|(?P<to>(?:sell|sells|sold|licen[cs]e[sd]?|licen[cs]ing|offload|divest)\b(?:(?!\bwith\b)[^.,;]){0,60}?\bto)"
    r"|(?:million|billion|bn|m|payments?|fees?|plus)\s+for)\s+"
)
_LOWER_WORD_AHEAD = re.compile(r"[a-z]+ ")
# Words that may stand between a slot and the name ("with French pharmaceutical research firm Servier").
_DESCRIPTOR_WORD = re.compile(
    r"(?:a|an|the|its|their|fellow|rival|partner|long-?time|longtime|privately[- ]held|publicly[- ]traded|listed"
    r"|clinical[- ]stage|commercial[- ]stage|late[- ]stage|early[- ]stage|biotech(?:nology)?|biopharma(?:ceutical)?"
    r"|pharma(?:ceutical)?|drug(?:maker)?|drugmaker|developer|company|firm|group|outfit|startup|start-up|specialist"
    r"|player|giant|major|maker|manufacturer|research|medical|medicines?|life[- ]sciences?|cell|gene|therapy|therapies"
    r"|therapeutics|oncology|immunology|vaccine|antibody|rna|mrna|care|eye|health(?:care)?|cdmo|cmo|contract|services?"
    r"|provider|innovator|leader|unit|subsidiary|arm|division|affiliate|spinout|spin-?off|based|focused|[\w\-]+-based"
    r"|[\w\-]+-focu?sed|[\w\-]+-stage|emerging|leading|global|small|big|mid-?size|specialty|integrated|fully"
    r"|private|public|new|young|upstart|peer|neighbor|neighbour|compatriot|local|domestic)\s+"
)
_ONLY_LEGAL = re.compile(rf"(?:(?:{LEGAL_SUFFIXES})[\s,]*)+")
# Templates run on lower-cased text with the party's names replaced by a mark, so that the mark is
# a literal the regular-expression engine can look for before trying anything else.
_PARTY_MARK = "\x00party\x00"
_ROLE_PATTERNS = [(re.compile(t.lower().replace("{p}", _PARTY_MARK)), role) for t, role in ROLE_TEMPLATES]
# Between a slot word and a name, lower-case words describe the company ("grant Danish diabetes care giant
# Novo Nordisk"), unless they start a phrase of their own ("acquire a royalty interest in X").
_LOWER_WORD = re.compile(r"([a-z][a-z\-]*)\s+")
_NOT_DESCRIPTOR = frozenset(
    {
        "in", "of", "on", "for", "from", "to", "by", "at", "into", "over", "under", "about", "and", "or", "with",
        "interest", "interests", "rights", "right", "stake", "stakes", "shares", "share", "royalty", "royalties",
        "assets", "asset", "license", "licence", "licenses", "option", "options", "payment", "payments", "upfront",
        "milestone", "milestones", "up", "worth", "portfolio", "program", "programs", "candidate", "product",
        "products", "drug", "drugs", "technology", "platform", "is", "are", "was", "were", "will", "would", "has",
        "have", "had", "be", "been", "develop", "commercialize", "commercialise", "use", "access", "certain",
    }
)  # fmt: skip
_BASED = re.compile(r"[A-Z][\w.]*-(?:based|headquartered|listed|born)")
# "with affiliates of Marrow Royalty Fund II", "acquired by funds managed by Carlyle"
_OF_PHRASE = re.compile(
    r"(?:an? |its |the )?(?:affiliates?|subsidiar(?:y|ies)|units?|divisions?|arm) of\s+"
    r"|funds? (?:managed|advised) by\s+"
)
_WIRE_PREFIX = re.compile(r"^(?:BRIEF|UPDATE\s?\d?|EXCLUSIVE|CORRECTED|REFILE|PRESS RELEASE)\s*[-—:]\s*", re.IGNORECASE)
_BRACKET_AFTER = re.compile(r"\s*\([^)]*\)")
_WORDS = re.compile(r"[\w-]+")
_CODE_LIKE = re.compile(r"^[A-Z]{1,6}[- ]?\d{2,7}(?:-[A-Z0-9]{1,3})?$")
_APPOSITIVE_START = re.compile(r"^(?:[a-z]+(?=[\s,;]|$)|[a-z]+-(?:based|owned|stage|focused)\b)")
_CHUNK_SPLIT = re.compile(r",\s+|\s+and\s+|\s+&\s+(?=[A-Z][a-z])|;\s+")
_PROTECT = re.compile(rf",\s*(?={LEGAL_SUFFIXES}(?:$|[\s,;:)(]))|\s+(?=and Company\b)|\s+(?=& Co\b)")


@dataclass
class _Candidate:
    text: str
    sentence: int
    position: int
    alternative: str = ""  # the name read with its capitalised descriptor ("Swedish Orphan Biovitrum")


def find_parties(
    deal_sentences: Sequence[Sentence],
    all_sentences: Sequence[Sentence],
    full_text: str,
    registry: CompanyRegistry,
) -> list[PartyGroup]:
    """The parties' name groups, in the order the deal sentences name them."""
    candidates: list[_Candidate] = []
    for sentence in deal_sentences:
        found = []
        for c in names_in_sentence(sentence):
            if c.alternative and registry.resolve(c.alternative) is not None:
                c.text = c.alternative
            if _is_company(c.text, full_text, registry):
                found.append(c)
        # known companies that write their names in lower case ("bluebird bio"), which no capitalised run finds
        if any(name in sentence.text for name in registry.lowercase_names()):
            found += [
                _Candidate(m.text, sentence.index, m.start)
                for m in registry.find_mentions(sentence.text)
                if m.text[:1].islower() and " " in m.text.strip()
            ]
        candidates.extend(found)
        if len({normalize(c.text).key for c in candidates}) >= 2 and not sentence.is_headline:
            break
    if len({normalize(c.text).key for c in candidates}) < 2 and deal_sentences:
        # "Four months after gene editing company X took ..., Y has secured the rights": a party named
        # outside the slots of the first deal sentence or the two after it, by a name that says it is a company
        first = next((s for s in deal_sentences if not s.is_headline), deal_sentences[0])
        lead = [s for s in all_sentences if not s.is_headline and first.index <= s.index <= first.index + 2]
        for sentence in lead:
            for m in _NAME_RUN.finditer(sentence.text):
                name = _clean_run(_with_legal_tail(sentence.text, m.start(), m.group(0)))
                if is_named_company(name, registry) and not looks_like_drug_name(name):
                    candidates.append(_Candidate(name, sentence.index, m.start()))
            if len({normalize(c.text).key for c in candidates}) >= 2:
                break
    if not candidates:
        return []
    groups = _group(candidates, registry)
    _add_short_forms(groups, registry)
    return groups


@dataclass
class PartyGroup:
    name: str
    forms: list[str]
    first: tuple[int, int]


def _group(candidates: list[_Candidate], registry: CompanyRegistry) -> list[PartyGroup]:
    texts = [c.text for c in candidates]
    names = group_names(texts, registry)
    by_name: dict[str, PartyGroup] = {}
    for cand, name in zip(candidates, names, strict=True):
        group = by_name.get(name)
        if group is None:
            group = by_name[name] = PartyGroup(name=name, forms=[], first=(cand.sentence, cand.position))
        if cand.text not in group.forms:
            group.forms.append(cand.text)
    for group in by_name.values():
        group.name = _display_name(group.forms)
    return sorted(by_name.values(), key=lambda g: g.first)


def _display_name(forms: list[str]) -> str:
    """The fullest clean form that starts like the first one ("Kestrel Pharma", not a headline's "Kestrel")."""
    displays = [normalize(f).display or f for f in forms]
    head = displays[0].split()[0].lower()
    same = [d for d in displays if d.split() and d.split()[0].lower() == head]
    return max(same, key=len)


def _add_short_forms(groups: list[PartyGroup], registry: CompanyRegistry) -> None:
    """The short forms a story uses after naming a party in full: its first word ("Kestrel" for
    "Kestrel Pharma Inc."), and the one-word names the registry knows for it ("Lilly" for "Eli Lilly
    and Company", whose first word is a given name)."""
    for group in groups:
        head = group.name.split()[0] if group.name else ""
        shorts = [head, *_one_word_aliases(group.name, registry)]
        for short in shorts:
            distinct = len(short) > 2 and short.lower() not in NOT_COMPANY_WORDS and not _COMPANY_WORD.fullmatch(short)
            if distinct and short not in group.forms:
                group.forms.append(short)


def _one_word_aliases(name: str, registry: CompanyRegistry) -> list[str]:
    resolution = registry.resolve(name) if name else None
    entity = registry.entity(resolution.entity_id) if resolution is not None else None
    if entity is None:
        return []
    words = [entity.canonical, *entity.aliases]
    # a capitalised word, not a ticker ("LLY") or a name in another script
    return [w for w in words if " " not in w and w[:1].isupper() and w[1:].islower() and w.isascii()]


def assign_roles(groups: Sequence[PartyGroup], sentences: Sequence[Sentence], deal_types: Iterable[str]) -> list[Party]:
    roles: list[Role | None] = []
    for group in groups:
        own = [s.text for s in sentences if any(f.lower() in s.text.lower() for f in [group.name, *group.forms])]
        roles.append(_role_from_text(group, "\n".join(own)) if own else None)
    types = set(deal_types)
    if "acquisition" in types or "merger" in types:
        if not {"acquirer", "target"} & set(roles):
            # in a purchase the payer is the buyer: "PTC will pay $50M in cash plus $150M in stock"
            as_bought: dict[Role | None, Role] = {"licensee": "acquirer", "licensor": "target"}
            roles = [as_bought.get(r, r) for r in roles]
        if "acquirer" not in roles and roles and roles[0] is None:
            roles[0] = "acquirer"
        roles = [r if r is not None else ("target" if "acquirer" in roles else "acquirer") for r in roles]
    if "manufacturing" in types and "manufacturer" in roles:
        roles = [r if r not in (None, "licensee", "licensor") else "client" for r in roles]
    if "licensor" in roles:
        roles = [r if r is not None else "licensee" for r in roles]
    elif "licensee" in roles:
        roles = [r if r is not None else "licensor" for r in roles]
    final: list[Role] = [r if r is not None else "partner" for r in roles]
    return [
        Party(name=g.name, role=role, aliases=tuple(f for f in g.forms if f != g.name))
        for g, role in zip(groups, final, strict=True)
    ]


def _role_from_text(group: PartyGroup, text: str) -> Role | None:
    """The first role template that matches with this party's names marked in the text."""
    forms = sorted({_POSSESSIVE.sub("", f).lower() for f in [group.name, *group.forms] if f}, key=len, reverse=True)
    marked = _mark(fold(text), forms)
    for pattern, role in _ROLE_PATTERNS:
        if pattern.search(marked):
            return role  # type: ignore[return-value]
    return None


def _mark(text: str, names: Sequence[str]) -> str:
    """`text` with each whole-word occurrence of `names` (longest first), and a bracket after it, marked."""
    for name in names:
        pieces: list[str] = []  # joined once: rebuilding the text at each mark is quadratic in its length
        done = 0
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            whole = (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if not whole:
                start = text.find(name, start + 1)
                continue
            bracket = _BRACKET_AFTER.match(text, end)
            end = bracket.end() if bracket else end
            pieces += [text[done:start], _PARTY_MARK]
            done = end
            start = text.find(name, end)
        if pieces:
            text = "".join([*pieces, text[done:]])
    return text


def names_in_sentence(sentence: Sentence) -> list[_Candidate]:
    return [_Candidate(name, sentence.index, pos, alt) for name, pos, alt in _names_in_text(sentence.text)]


@per_sentence
def _names_in_text(sentence_text: str) -> tuple[tuple[str, int, str], ...]:
    """Names standing in party slots of a sentence, with their offsets."""
    text = _SOURCE_TAG.sub(lambda m: " " * len(m.group(0)), sentence_text)
    out: list[_Candidate] = []
    verb = next((v for v in _SUBJECT_VERB.finditer(fold(text)) if not _inside_name(text, v)), None)
    if verb is not None:
        for name, pos in _names_in_list(text[: verb.start()], 0):
            out.append(_Candidate(name, 0, pos))
    for slot in _OBJECT_SLOT.finditer(fold(text)):
        if slot.group("to") and _LOWER_WORD_AHEAD.match(text, slot.end()):
            continue
        got = _name_after(text, slot.end())
        if got is not None:
            whole = _NAME_RUN.match(text, slot.end())
            alternative = _clean_run(whole.group(0)) if whole and whole.start() < got[1] else ""
            out.append(_Candidate(got[0], 0, got[1], alternative))
            # "with X and Y", "from X and Y"
            rest = text[got[2] :]
            more = re.match(r"\s*(?:\([^)]*\)\s*)?(?:,\s*|\s+)and\s+", rest)
            if more:
                got2 = _name_after(text, got[2] + more.end())
                if got2 is not None:
                    out.append(_Candidate(got2[0], 0, got2[1]))
    for m in re.finditer(r"\b([A-Z][\w\-]+(?: [A-Z][\w\-]+){0,3})['’]s? (?:[\w\-]+ ){0,4}(?:platform|technology"
                         r"|candidate|asset|product|program|programme|ADC|antibod\w*)", text):
        out.append(_Candidate(_clean_run(m.group(1)), 0, m.start()))
    return tuple((c.text, c.position, c.alternative) for c in out if c.text)


def _inside_name(text: str, verb: re.Match[str]) -> bool:
    """'Partners' in 'Royalty Partners Capital' is part of a name, not the deal verb (`verb` found in folded text)."""
    word = text[verb.start() : verb.end()].split()[-1]
    if not word[:1].isupper():
        return False
    following = text[verb.end() :].lstrip()
    return bool(re.match(rf"(?:{COMPANY_WORDS}|{LEGAL_SUFFIXES})\b", following)) or word.lower() == "partners"


def _names_in_list(segment: str, offset: int) -> list[tuple[str, int]]:
    """Names in a subject list: 'X (HKG: 1), a ..., and Y Co., Ltd. (Y), a ...'."""
    protected = _PROTECT.sub(lambda m: m.group(0).replace(",", "\x00").replace(" ", "\x01"), segment)
    protected = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", "\x00").replace(" ", "\x01"), protected)
    out: list[tuple[str, int]] = []
    pos = 0
    pieces = _CHUNK_SPLIT.split(protected)
    for number, piece in enumerate(pieces):
        chunk = piece.replace("\x00", ",").replace("\x01", " ")
        start = segment.find(chunk, pos)
        pos = max(pos, start)
        stripped = re.sub(r"^(?:and|&)\s+", "", chunk.strip())
        # an appositive (", a leading developer of ...,") is not a name, except the words right before
        # the verb: "Leiden, the Netherlands-based group Pharming NV has signed"
        if not stripped or (_APPOSITIVE_START.match(stripped) and number < len(pieces) - 1):
            continue
        lead = _DESCRIPTOR.match(chunk.lstrip())
        if lead:
            cut = len(chunk) - len(chunk.lstrip()) + lead.end()
            chunk = " " * cut + chunk[cut:]
        visible = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), chunk)
        runs = [(m.group(0), m.start()) for m in _NAME_RUN.finditer(visible)]
        for run, rpos in runs:
            if _ONLY_LEGAL.fullmatch(run.strip(" ,")):
                continue
            cleaned = _clean_run(_with_legal_tail(chunk, rpos, run))
            if cleaned:
                out.append((cleaned, offset + max(start, 0) + rpos))
    return out


def _name_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """The company name that follows a slot word, skipping descriptors: (name, start, end)."""
    rest = text[pos:]
    skipped = 0
    for _ in range(8):
        desc = _DESCRIPTOR.match(rest) or _OF_PHRASE.match(rest)
        if desc is None and not re.match(r"[a-z]+[A-Z]", rest):
            word = _LOWER_WORD.match(rest)
            desc = word if word is not None and word.group(1) not in _NOT_DESCRIPTOR else None
        if desc:
            skipped += desc.end()
            rest = rest[desc.end() :]
            continue
        break
    m = _NAME_RUN.match(rest)
    if not m:
        return None
    run = _with_legal_tail(rest, 0, m.group(0))
    name = _clean_run(run)
    if not name:
        return None
    start = pos + skipped
    return name, start, start + len(run)


def _with_legal_tail(chunk: str, start: int, run: str) -> str:
    end = start + len(run)
    bracket = re.match(r"\s*\([^()]{1,40}\)(?=,?\s*(?:" + LEGAL_SUFFIXES + r"))", chunk[end:])
    if bracket:
        end += bracket.end()
        run = chunk[start:end]
    tail = _LEGAL_TAIL.match(chunk[end:])
    if tail:
        run = chunk[start : end + tail.end()]
    return run


def _clean_run(run: str) -> str:
    run = run.strip()
    if any(mark in run[:20] for mark in ("-", "—", ":")):
        run = _WIRE_PREFIX.sub("", run)
    run = run.rstrip(".,;:")
    if run.endswith(("Inc", "Co", "Ltd", "Corp", "S.A", "N.V", "B.V")):
        run += "."
    run = _POSSESSIVE.sub("", run)
    words = run.split()
    # "ADC Therapeutics SA ADCT": an exchange ticker written after the legal form
    if len(words) >= 3 and _LEGAL_WORD.search(" " + words[-2]) and re.fullmatch(r"[A-Z]{2,6}", words[-1]):
        words.pop()
    # "Biovitrum AB of Sweden": where the company is from follows its legal form
    for i in range(1, len(words) - 1):
        if words[i] == "of" and _LEGAL_WORD.search(" " + words[i - 1]):
            words = words[:i]
            break
    while words and (words[0].lower().strip(".,") in LEADING_NOISE or _BASED.fullmatch(words[0])):
        words.pop(0)
    while (
        words
        and words[-1].lower().strip(".,") in NOT_COMPANY_WORDS
        and not _LEGAL_WORD.search(words[-1])
        and not _COMPANY_WORD.fullmatch(words[-1])
    ):
        words.pop()
    return " ".join(words)


def is_named_company(name: str, registry: CompanyRegistry) -> bool:
    """A name that says it is a company: known to the registry, or with a company word or legal form."""
    if not name or _CODE_LIKE.match(name) or name.lower() in NOT_COMPANY_WORDS:
        return False
    return registry.resolve(name) is not None or bool(_COMPANY_WORD.search(name) or _LEGAL_WORD.search(name))


def _is_company(name: str, full_text: str, registry: CompanyRegistry) -> bool:
    if not name or name.lower() in NOT_COMPANY_WORDS or len(name) < 2:
        return False
    if re.fullmatch(r"[\d.,%$€£¥]+\w{0,3}", name) or (_TICKER.fullmatch(name) and len(name) <= 5 and not (
        registry.resolve(name)
    )):
        return False
    if _CODE_LIKE.match(name) or looks_like_drug_name(name):
        return False
    if registry.resolve(name) is not None:
        return True
    if _COMPANY_WORD.search(name) or _LEGAL_WORD.search(name):
        return True
    words = name.split()
    if words[0].lower() in NOT_COMPANY_WORDS:
        return False
    counts = _word_counts(full_text)
    return any(
        counts[word] >= 2 for word in {words[0], words[-1]} if word.lower() not in NOT_COMPANY_WORDS and len(word) > 2
    )


@lru_cache(maxsize=8)
def _word_counts(text: str) -> Counter[str]:
    """How often each word stands in the text (the article's, one at a time)."""
    return Counter(_WORDS.findall(text))
