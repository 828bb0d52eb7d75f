"""Company-name normalisation: one display name and one comparison key per written form.

`normalize("Huadong Medicine (Hangzhou) Co., Ltd.")` gives display "Huadong Medicine" and key
"huadong medicine". The rules, in order:

1. Unicode NFKC (full-width brackets and letters become ASCII), curly quotes straightened, spaces collapsed.
2. A parent clause at the end is cut off and kept as `parent`: "Kite, a Gilead Company" -> parent
   "Gilead"; "X, a subsidiary of Y" -> parent "Y"; also without the comma when a company word comes
   before "of" and the parent's name starts with a capital: "Janssen Pharmaceutical Companies of Johnson &
   Johnson" -> parent "Johnson & Johnson" (not "Bank of America", which has no company word).
3. Bracketed parts are cut off and classified: "(formerly X)" gives `former`; an exchange listing
   ("(NYSE: JNJ)", "(HKG: 2171)", "(002821.SZ / 6821.HK)", "(Stock Code: 2269)", "(068270 KS)") gives
   `ticker`/`tickers`; a place ("(Hangzhou)", "(China)") is dropped; anything else is a short name
   ("Innate Pharma (Innate)" -> `short` "Innate"). A listing written without brackets at the end
   ("..., NASDAQ: ABCD") is dropped too.
4. Legal forms are dropped from both ends, repeatedly, with places after a comma ("Merck KGaA,
   Darmstadt, Germany" -> "Merck"), as long as a distinctive word is left: "Takeda Pharmaceutical
   Company Limited" -> "Takeda Pharmaceutical". The legal forms removed are kept in `legal` ("kgaa"),
   which tells "Merck KGaA" from "Merck & Co.". "Holdings"/"Group" just before a legal form leave the
   display ("CARsgen Therapeutics Holdings Limited" -> "CARsgen Therapeutics") but stay in the key, so
   "Novo Holdings" keeps apart from "Novo"; they are generic words, so the core ignores them.
   Chinese, Japanese and Korean legal forms (股份有限公司, 株式会社, 주식회사) are dropped the same way.
5. The key: CamelCase descriptors split off ("DualityBio" -> "Duality Bio"), dotted initials joined
   ("U.S.A." -> "USA"), accents folded, lower case, "&" read as "and", apostrophes and all other
   punctuation read as spaces, traditional Chinese characters as simplified ones.
6. The core: the key's words without stop words, generic descriptors (legal_forms.GENERIC_WORDS) and
   places, joined without spaces ("Sichuan Kelun-Biotech Biopharmaceutical" -> "kelun"); a leading
   "Bio"/"Pharma" is glued to the next word ("Bio-Thera" -> "biothera"). A name made only of places
   and generic words keeps its places ("Zhejiang Medicine" -> "zhejiang") but, like a name made only
   of generic words, has `generic_only` set: it never matches by its core, only by its exact key.
   Chinese, Japanese and Korean names lose a leading province and trailing descriptors
   ("江苏恒瑞医药" -> "恒瑞"); traditional Chinese characters are read as simplified ones
   ("百濟神州" -> "百济神州"). `families` records which kinds of descriptor the name carries
   (pharma, bio, health, ...).
7. A name made only of legal forms ("S.A.", "Inc.", "Co., Ltd.", "GmbH & Co. KG", "株式会社"), or of
   no letters or digits at all, names no company: `legal_only` is set (`is_company_name` is False), and
   no rule may make it a party or an entity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from extraction.companies.legal_forms import (
    CAMEL_SUFFIXES,
    CJK_GENERIC_SUFFIXES,
    CJK_LEGAL_FORMS,
    CJK_PLACE_PREFIXES,
    EXCHANGES,
    GENERIC_WORDS,
    GLUED_PREFIXES,
    LEGAL_PREFIXES,
    LEGAL_SUFFIXES,
    PLACES,
    STOP_WORDS,
    TICKER_SUFFIXES,
    TRADITIONAL_TO_SIMPLIFIED,
    TRAILING_QUALIFIERS,
)


class CompanyName(BaseModel):
    """One written form of a company name, cleaned."""

    model_config = ConfigDict(frozen=True)

    display: str
    key: str
    tokens: tuple[str, ...]
    short: str | None = None
    ticker: str | None = None
    tickers: tuple[str, ...] = ()
    legal: tuple[str, ...] = ()
    parent: str | None = None
    former: str | None = None
    core: str = ""
    core_tokens: tuple[str, ...] = ()
    families: frozenset[str] = frozenset()
    generic_only: bool = False
    legal_only: bool = False
    cjk: bool = False
    abbreviation: bool = False

    @property
    def compact(self) -> str:
        """The key without spaces: "Astra Zeneca" and "AstraZeneca" share it."""
        return self.key.replace(" ", "")


_EXCHANGE_WORDS = "|".join(EXCHANGES)
_STRONG_EXCHANGES = frozenset(w.lower() for w in EXCHANGES)
_TICKER_CODE = re.compile(r"\b\d{3,6}\.(?:" + "|".join(TICKER_SUFFIXES) + r")\b")
_BARE_CODE = re.compile(r"\d{3,6}(?:[ .][A-Z]{1,3})?")
_LABELLED_CODE = re.compile(r"[A-Za-z][A-Za-z .&/-]{0,40}:\s*[A-Z0-9][A-Z0-9.]*(?:\s*[,;/-]\s*.*)?")
_TICKER_AFTER_COLON = re.compile(r":\s*([A-Z0-9][A-Z0-9.]*[A-Z0-9]|[A-Z0-9])")
_TAIL_LISTING = re.compile(
    r"[\s,;(\u2013-]*\b(?:" + _EXCHANGE_WORDS + r")\b[\w\s/&.-]{0,30}?:\s*[A-Za-z0-9.]+\s*\)?\s*$", re.I
)
_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")
_PARENT = re.compile(
    r",\s*(?:(?:an?|the)\s+)?(?:wholly[- ]owned\s+|indirect\s+|direct\s+)?"
    r"(?:subsidiary|affiliate|unit|division|member|part|business)\s+of\s+(?:the\s+)?(?P<of>.+?)\s*$"
    r"|,\s*an?\s+(?P<a>.+?)\s+(?:company|subsidiary|affiliate|business|unit|group\s+company)\s*$",
    re.I,
)
# "Janssen Pharmaceutical Company of Johnson & Johnson": the parent named after a company word, no comma
_PARENT_OF = re.compile(
    r"""\s+(?i:compan(?:y|ies)|subsidiary|affiliate|unit|division)  # the company word, in any case
        \s+of\s+(?:the\s+)?(?P<of>[A-Z].+?)\s*$                    # "of" and the parent, capitalised""",
    re.X,
)
_FORMER = re.compile(r"^(?:formerly|previously|former|f/k/a|fka|formerly known as|now)\s*:?\s+(.+)$", re.I)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'", "`": "'"})
_FOLD_EXTRA = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                             "đ": "d", "Đ": "D", "œ": "oe", "Œ": "OE", "ı": "i"})
_SIMPLIFIED = str.maketrans(TRADITIONAL_TO_SIMPLIFIED)
_CJK_SUFFIXES = tuple(dict.fromkeys(x.translate(_SIMPLIFIED) for x in CJK_GENERIC_SUFFIXES))
_CJK_PLACES = tuple(x.translate(_SIMPLIFIED) for x in CJK_PLACE_PREFIXES)
_R_AND_D = re.compile(r"\bR\s?&\s?D\b", re.I)
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_LATIN_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]+")
_NON_WORD = re.compile(r"[^0-9a-z\u00c0-\uffff]+")
_COMPACT_DROP = re.compile(r"[^0-9a-z]+")
_CAMEL = re.compile(r"(?<=[a-z]{3})(?=(?:" + "|".join(CAMEL_SUFFIXES) + r")(?:[A-Z\s-]|$))")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&.\-]{0,6}")
_IGNORED_SHORTS = frozenset({"the company", "company", "together", "collectively", "we", "us", "our"})


def fold(text: str) -> str:
    """Accents and ligatures to ASCII letters; other scripts are kept."""
    if text.isascii():
        return text
    return _LATIN_ACCENTED.sub(_strip_accents, text.translate(_FOLD_EXTRA))


def _strip_accents(match: re.Match[str]) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", match.group(0)) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _compact(word: str) -> str:
    return _COMPACT_DROP.sub("", fold(word).lower())


def to_simplified(text: str) -> str:
    """Traditional Chinese characters as simplified ones, one for one (offsets do not move)."""
    return text if text.isascii() else text.translate(_SIMPLIFIED)


def key_of(text: str) -> str:
    """The comparison key of an already cleaned name: folded, lower case, '&' as 'and', no punctuation."""
    text = _CAMEL.sub(" ", text)
    if "&" in text:
        text = _R_AND_D.sub(" Research Development ", text)
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    text = fold(text).lower().replace("&", " and ").replace("+", " and ")
    if not text.isascii():
        text = text.translate(_SIMPLIFIED)
    return _NON_WORD.sub(" ", text).strip()


def _is_listing(content: str) -> bool:
    if _TICKER_CODE.search(content) or _BARE_CODE.fullmatch(content) or _LABELLED_CODE.fullmatch(content):
        return True
    words = set(_NON_WORD.split(content.lower()))
    return bool(words & _STRONG_EXCHANGES) and (":" in content or any(ch.isdigit() for ch in content))


def _listing_tickers(content: str) -> list[str]:
    found = [m.group(1) for m in _TICKER_AFTER_COLON.finditer(content)]
    found += [m.group(0) for m in _TICKER_CODE.finditer(content)]
    if not found:
        found = re.findall(r"\b\d{3,6}\b", content)
    return found


@lru_cache(maxsize=4096)
def is_place(text: str) -> bool:
    """Whether a name is made of places only ("Nanjing", "Basel, Switzerland")."""
    parts = [p.strip() for p in re.split(r",|/|\band\b|&", key_of(text)) if p.strip()]
    return bool(parts) and all(p in PLACES for p in parts)


@lru_cache(maxsize=65536)
def _is_distinctive(word: str) -> bool:
    c = _compact(word)
    return bool(c) and c not in GENERIC_WORDS and c not in STOP_WORDS


def _is_legal_only(text: str, tokens: tuple[str, ...]) -> bool:
    """Only legal forms and connectors ("Co., Ltd.", "GmbH & Co. KG"), or nothing to read at all."""
    if not tokens or not any(c.isalnum() for c in text):
        return True
    if text.strip() in CJK_LEGAL_FORMS:
        return True
    if "".join(tokens) in LEGAL_SUFFIXES or "".join(tokens) in LEGAL_PREFIXES:
        return True
    return all(t in LEGAL_SUFFIXES or t in STOP_WORDS for t in tokens) and any(t in LEGAL_SUFFIXES for t in tokens)


def is_company_name(name: str) -> bool:
    """Whether `name` can name a company at all: not a legal form alone ("Inc.", "S.A."), not empty."""
    return not normalize(name).legal_only


def _strip_cjk_legal(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for form in CJK_LEGAL_FORMS:
            if text.endswith(form) and len(text) > len(form):
                text, changed = text[: -len(form)].rstrip(), True
            elif text.startswith(form) and len(text) > len(form):
                text, changed = text[len(form) :].lstrip(), True
    return text


def _strip_words(words: list[str], legal: list[str]) -> list[str]:
    """Drop legal forms, qualifiers, trailing places and connectors from both ends of `words`."""
    while len(words) > 1 and _compact(words[0]) in LEGAL_PREFIXES:
        words = words[1:]
    changed = True
    while changed and len(words) > 1:
        changed = False
        for k in (3, 2, 1):
            if len(words) > k:
                comp = "".join(_compact(w) for w in words[-k:])
                if comp in LEGAL_SUFFIXES and any(_is_distinctive(w) for w in words[:-k]):
                    legal.extend(c for w in words[-k:] if (c := _compact(w)))
                    del words[-k:]
                    changed = True
                    break
        if changed:
            continue
        last = _compact(words[-1])
        if last in ("", "and"):
            del words[-1]
            changed = True
            continue
        for i in range(len(words) - 2, max(-1, len(words) - 5), -1):
            if words[i].endswith(",") and is_place(" ".join(words[i + 1 :])):
                del words[i + 1 :]
                changed = True
                break
        if not changed and words[-1].endswith(","):
            words[-1] = words[-1].rstrip(",")
            changed = True
    return words


def _display_words(words: list[str], legal: list[str]) -> list[str]:
    """Drop "Holdings"/"Group" written just before a legal form ("CARsgen Therapeutics Holdings Limited")."""
    if not legal:
        return words
    while len(words) > 1 and _compact(words[-1]) in TRAILING_QUALIFIERS and any(
        _is_distinctive(w) for w in words[:-1]
    ):
        words = words[:-1]
    return words


def _core(tokens: tuple[str, ...], cjk: bool) -> tuple[tuple[str, ...], frozenset[str], bool]:
    if cjk and len(tokens) == 1 and _CJK.search(tokens[0]):
        core = _cjk_core(tokens[0])
        return (core,), frozenset(), core in _CJK_PLACES or (core == tokens[0] and len(core) < 2)
    words = [t for t in tokens if t not in STOP_WORDS] or list(tokens)
    if len(words) > 1 and words[0] in GLUED_PREFIXES and words[1] not in GENERIC_WORDS:
        words = [words[0] + words[1], *words[2:]]
    families: set[str] = set()
    distinctive = []
    for w in words:
        fam = GENERIC_WORDS.get(w)
        if fam is None:
            distinctive.append(w)
        else:
            families |= fam
    if all(w in LEGAL_SUFFIXES for w in distinctive):
        return tuple(words), frozenset(families), True
    placeless = [w for w in distinctive if w not in PLACES]
    return tuple(placeless or distinctive), frozenset(families), not placeless


def _cjk_core(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in _CJK_SUFFIXES:
            if text.endswith(suffix) and len(text) - len(suffix) >= 2:
                text, changed = text[: -len(suffix)], True
                break
    for place in _CJK_PLACES:
        if text.startswith(place) and len(text) - len(place) >= 2:
            return text[len(place) :]
    return text


# Enough for the names of a day's articles; a cache as large as a 50,000-name registry holds that many
# more objects for the garbage collector to walk and halves lookups/s (bench/companies.py).
@lru_cache(maxsize=16384)
def normalize(name: str) -> CompanyName:
    """Clean one company name as news writes it (rules in the module docstring)."""
    text = name if name.isascii() else unicodedata.normalize("NFKC", name).translate(_QUOTES)
    if "`" in text:
        text = text.replace("`", "'")
    text = " ".join(text.split())
    parent = short = former = None
    tickers: list[str] = []

    m = _PARENT.search(text) if "," in text else None
    if m is None and " of " in text:
        m = _PARENT_OF.search(text)
    if m and m.start() > 0:
        parent = (m.group("of") or m.groupdict().get("a") or "").strip() or None
        text = text[: m.start()]

    def _bracket(match: re.Match[str]) -> str:
        nonlocal short, former
        content = match.group(1).strip().strip("\"' ")
        if not content:
            return ""
        fm = _FORMER.match(content)
        if fm:
            former = former or fm.group(1).strip()
            return ""
        if _is_listing(content):
            tickers.extend(_listing_tickers(content))
            return ""
        if is_place(content):
            return ""
        low = content.lower()
        if low in _IGNORED_SHORTS:
            return ""
        if short is None:
            short = content[4:] if low.startswith("the ") else content
        return ""

    if "(" in text or "[" in text:
        text = _BRACKETED.sub(_bracket, text)
        text = text.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ")
    tail = _TAIL_LISTING.search(text) if ":" in text else None
    if tail and tail.start() > 0:
        tickers.extend(_listing_tickers(tail.group(0)))
        text = text[: tail.start()]

    cjk = bool(_CJK.search(text))
    if cjk:
        text = _strip_cjk_legal(text)
    legal: list[str] = []
    words = _strip_words(text.split(), legal)
    display = " ".join(_display_words(words, legal)).strip(" ,;:-\u2013") or " ".join(name.split())
    key = key_of(" ".join(words)) or key_of(display)
    tokens = tuple(key.split())
    core_tokens, families, generic_only = _core(tokens, cjk)
    alpha = [t for t in tickers if any(c.isalpha() for c in t.split(".")[0])]
    return CompanyName(
        display=display,
        key=key,
        tokens=tokens,
        short=short,
        ticker=(alpha or tickers or [None])[0],  # type: ignore[list-item]
        tickers=tuple(dict.fromkeys(tickers)),
        legal=tuple(legal),
        parent=parent,
        former=former,
        core="".join(core_tokens),
        core_tokens=core_tokens,
        families=families,
        generic_only=generic_only,
        legal_only=_is_legal_only(display, tokens),
        cjk=cjk,
        abbreviation=bool(_ABBREVIATION.fullmatch(display)) and sum(c.isalpha() for c in display) <= 6,
    )
