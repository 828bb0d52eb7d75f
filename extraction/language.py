"""Is a text in English? dealbot reads English articles; others are told so rather than misread.

The rule counts stopwords, with the stopword lists of jusText (one per language, about 100 languages,
drawn from each language's Wikipedia):

- A text with fewer than `MIN_WORDS` words is too short to tell, and counts as English.
- A text whose letters are mostly (`NON_LATIN_SHARE`) of scripts other than Latin (Chinese, Japanese,
  Korean, Cyrillic, Arabic, ...) is not English.
- Otherwise (words of one letter, such as the `m` of `$25m`, left aside) the English share is the share
  of its words that are English stopwords (`the`, `and`, `with`, `which`, ...: at least a quarter of any
  English news text, names and figures included). A text
  is English unless that share is below `ENGLISH_SHARE` and another language's stopwords cover a larger
  share of its words, and at least `OTHER_SHARE` of them: French, German or Spanish news scores well
  under a tenth on English and over a third on its own language.

Quotes, names and a line in another language inside an English article leave its shares English.
"""

from __future__ import annotations

import re
from functools import cache

MIN_WORDS = 30
NON_LATIN_SHARE = 0.5
ENGLISH_SHARE = 0.18
OTHER_SHARE = 0.3
_ENGLISH = "English"
_NOT_COMPARED = frozenset({"English", "Simple_English"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def is_english(text: str) -> bool:
    """Whether `text` reads as English (rules above)."""
    letters = sum(1 for c in text if c.isalpha())
    if letters and sum(1 for _ in _LATIN.finditer(text)) < letters * (1 - NON_LATIN_SHARE):
        return False
    words = [w.lower() for w in _WORD.findall(text) if len(w) > 1 and _LATIN.match(w)]
    if len(words) < MIN_WORDS:
        return True
    english = _share(words, english_stopwords())
    if english >= ENGLISH_SHARE:
        return True
    other = max(_share(words, stoplist) for stoplist in _other_stoplists())
    return other < max(OTHER_SHARE, english)


@cache
def english_stopwords() -> frozenset[str]:
    """English stopwords, lower-case (jusText's list)."""
    import justext

    return frozenset(justext.get_stoplist(_ENGLISH))


@cache
def _other_stoplists() -> tuple[frozenset[str], ...]:
    import justext

    return tuple(frozenset(justext.get_stoplist(name)) for name in sorted(justext.get_stoplists() - _NOT_COMPARED))


def _share(words: list[str], stoplist: frozenset[str]) -> float:
    return sum(1 for w in words if w in stoplist) / len(words)
