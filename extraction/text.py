"""Article text as the extractor reads it: a headline, then sentences with their offsets.

Rules:
- Line breaks and spaces are normalised; the doubled full stops of some scraped pages (`cancers.. The`)
  end a sentence like one full stop, and a no-break space a scraper turned into "?" (`payment of?$100
  million?in cash`) is a space.
- The headline is the first short line that does not end like a sentence (a title), if the text
  starts with one; site furniture before it ("Breaking News", "Please login ...") is skipped, and so is the
  preamble of a stock-exchange filing (`FILING_PREAMBLE`: the exchange's disclaimer, the issuer's name block and
  stock code, "VOLUNTARY ANNOUNCEMENT"), whose title is the filing's headline; a page that puts the title first
  has the preamble after it, opened by the exchange's disclaimer, and that is skipped too.
- A title broken over short lines ("RECOMMENDED CASH ACQUISITION / of / X PLC / by / Y INC.": `TITLE_CONNECTORS`
  on lines of their own) is one headline. An SEC filing's cover page (`SEC_FORM_COVER`) is skipped up to the
  report's first item ("Item 1.01 Entry into a Material Definitive Agreement").
- Reading stops at the first boilerplate section heading (`About <Company>`, `Forward-Looking
  Statements`, `Safe Harbor`, `Media contact`, `Subscribe ...`) after the body's first line of prose: what follows
  describes the companies in general, not this deal (a disclosure's header, "Contact: Jane Doe", comes before it).
- A paragraph hard-wrapped like a newswire's (three lines or more at one width, none longer than
  `_WRAPPED_LINE`, most of them broken mid-sentence, a third where the next line goes on in lower case, a digit
  or an amount) is read as one: a line that does not end like a sentence goes on into the next ("Japanese
  drugmaker X Pharma / Co Ltd has agreed").
- Sentences end at `.`, `!` or `?` followed by a space and an upper-case letter, digit or quote, and at
  paragraph breaks; abbreviations (`Inc.`, `Co.`, `Ltd.`, `U.S.`, `Dr.`, `No.`, `Rs.`, initials such as `J.K.`)
  do not end one.
- A sentence is at most `LONGEST_SENTENCE` characters: a longer run (a table, junk without full stops) is
  cut at a space into pieces of that size.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from extraction.vocabulary import (
    BOILERPLATE_HEADINGS,
    EXCHANGE_DISCLAIMER,
    FILING_PREAMBLE,
    NON_TERMINAL_ABBREVIATIONS,
    SEC_FORM_COVER,
    SEC_FORM_ITEM,
    SITE_FURNITURE,
    TITLE_CONNECTORS,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    is_headline: bool = False
    folded: str = ""  # `text` lower-cased, same length (see `fold`)

    def __post_init__(self) -> None:
        if not self.folded:
            object.__setattr__(self, "folded", fold(self.text))


def fold(text: str) -> str:
    """Lower-case text, keeping its length so that offsets found in it hold in the original.

    The tables of words are matched against folded text with patterns compiled by `folded_pattern`:
    case-sensitive matching lets the regular-expression engine skip ahead to the characters a
    pattern can start with, which case-insensitive matching cannot (3 to 5 times faster here).
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def folded_pattern(pattern: str) -> WordPattern:
    """A case-insensitive pattern compiled for folded text: its letters lower-cased, its syntax kept."""
    if _UPPER_ESCAPE.search(pattern):
        raise ValueError(f"an upper-case escape has no lower-case twin: {pattern[:60]!r}")
    return WordPattern(pattern.replace("(?P", "\x00").lower().replace("\x00", "(?P"))


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def folded_alternatives(patterns: Iterable[str]) -> WordPattern:
    """One pattern for folded text that matches wherever any of `patterns` does: whether a table's patterns
    match anywhere is one search, not one per pattern. The patterns join as top-level alternatives, so a
    table of literal words keeps `WordPattern`'s fast search."""
    patterns = list(patterns)
    if any(_BACK_REFERENCE.search(p) for p in patterns):
        raise ValueError("a back-reference counts groups, which joining the patterns renumbers")
    return folded_pattern("|".join(patterns))


class WordPattern:
    """A compiled pattern that finds words fast: a `\\b` that starts every alternative is checked in Python.

    The regular-expression engine cannot skip ahead to a pattern's first letters when the pattern starts
    with `\\b` (10 times slower on literal words). A word boundary depends only on the position, so
    matching without it and keeping the matches that start at a boundary finds the same matches.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._whole = re.compile(pattern)
        alternatives = top_level_alternatives(pattern)
        # only literal words: an alternation of common stems would stop inside too many words
        if all(a.startswith("\\b") and a[2:3].isalpha() for a in alternatives):
            self._bare: re.Pattern[str] | None = re.compile("|".join(a[2:] for a in alternatives))
        else:
            self._bare = None
            # nothing to check after a match: the compiled pattern's own methods, without a call in between
            self.search = self._whole.search  # type: ignore[method-assign, assignment]
            self.finditer = self._whole.finditer  # type: ignore[method-assign, assignment]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self._bare is None:
            return self._whole.search(text, pos, end)
        while True:
            m = self._bare.search(text, pos, end)
            if m is None or _at_boundary(text, m.start()):
                return m
            pos = m.start() + 1

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._bare is None:
            return self._whole.finditer(text)
        return self._bare_matches(text)

    def _bare_matches(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (m := self.search(text, pos)) is not None:
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self._whole.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self._whole.fullmatch(text)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self._whole.split(text, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self._whole.sub(repl, text, count)


def is_name_char(c: str) -> bool:
    r"""What `[\w\-]` matches: a letter, a digit, "_" or "-" (a character inside a word or a drug code)."""
    return c.isalnum() or c in "_-"


def mentions(name: str, text: str, *, whole: bool = False) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each mention of `name` in `text` that starts a word (with `whole`, that also ends one), left
    to right and not overlapping: what `re.finditer(rf"(?<![\w\-]){re.escape(name)}", text)` finds (with
    `(?![\w\-])` after it for `whole`), with no pattern compiled for each name."""
    at = text.find(name) if name else -1
    while at != -1:
        end = at + len(name)
        if (at == 0 or not is_name_char(text[at - 1])) and not (whole and end < len(text) and is_name_char(text[end])):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def _at_boundary(text: str, at: int) -> bool:
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


def top_level_alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives outside any group or character class ("A|B(?:c|d)" -> ["A", "B(?:c|d)"])."""
    parts: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


_UPPER_ESCAPE = re.compile(r"(?<!\\)\\[A-Z]")


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    headline: Sentence | None
    sentences: tuple[Sentence, ...]

    @property
    def body(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if not s.is_headline)


LONGEST_SENTENCE = 2_000
"""Characters in a sentence at most: a longer run without a full stop (a table, a scraped page's junk) is cut
at spaces, so that what is read per sentence stays bounded and a whole article is read in linear time."""

_BROKEN_STOP = re.compile(r"(?<=[a-z\)\]%])\.\.(?=\s)")
_WS = re.compile(r"[ \t\u00a0\u2009\u202f]{2,}|[\t\u00a0\u2009\u202f]")
# a match of `_WS` is two spaces or holds one of these: a cheap test before it runs over the whole text
_ODD_SPACES = "\t\u00a0\u2009\u202f"
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[-•*▪]\s)")
# the stop itself is matched (a sentence ends one character into the match): the engine can skip to it
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_ABBREV_TAIL = re.compile(r"(?:^|[\s(])([A-Za-z][A-Za-z.]{0,5})\.$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "J.K. Holdings": a run of initials
_BOILERPLATE = re.compile(r"^\s*(?:" + "|".join(BOILERPLATE_HEADINGS) + r")", re.MULTILINE)
_BROKEN_DECIMAL = re.compile(r"(?<=\d)\.\.\s(?=\d)")
# a no-break space a scraper turned into "?": "a payment of?$100 million?in cash" (a question mark is followed by a
# space, not glued to the next word)
_MANGLED_SPACE = re.compile(r"(?<=[\w$%)\]])\?(?=[\w$€£¥(\[])")
_GLUED = re.compile(r"\.(?<=[a-z]{2}\.)(?=[A-Z][a-z])")  # the full stop first: the engine can skip to it
_FURNITURE = re.compile(r"^\s*(?:" + "|".join(SITE_FURNITURE) + r")\s*$", re.IGNORECASE)
_PREAMBLE = re.compile(r"(?:" + "|".join(FILING_PREAMBLE) + r")")
_DISCLAIMER = re.compile(EXCHANGE_DISCLAIMER)
# in a preamble, the issuer's name or the filing's kind: "NORVANE BIO", "ANNOUNCEMENT OF POTENTIAL INSIDE INFORMATION"
_LINE_IN_CAPITALS = re.compile(r"[A-Z0-9&'’.,()\- ]{3,80}")
_SEC_COVER = re.compile(SEC_FORM_COVER)
_SEC_ITEM = re.compile(SEC_FORM_ITEM, re.MULTILINE)
_COVER_READ = 3_000  # characters at the top where an SEC cover page is looked for
_BROKEN_TITLE_LINE = 80  # characters in a line of a title broken over lines, at most
_WRAPPED_LINE = 90  # characters in a line of a hard-wrapped paragraph, at most
_LINE_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)]\s*$")
_LINE_GOES_ON = re.compile(r"\s*[a-z0-9$€£¥(]")


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "?" in text:
        text = _MANGLED_SPACE.sub(" ", text)
    if "  " in text or any(c in text for c in _ODD_SPACES):
        text = _WS.sub(" ", text)
    text = _GLUED.sub(". ", text)
    if ".." not in text:
        return text
    text = _BROKEN_DECIMAL.sub(".", text)
    return _BROKEN_STOP.sub(". ", text)


def read_article(raw: str) -> Article:
    text = clean(raw)
    if _SEC_COVER.search(text, 0, _COVER_READ):
        item = _SEC_ITEM.search(text)
        if item is not None:
            text = text[item.start() :]  # an SEC filing's cover page: the report starts at its first item
    cut = _boilerplate_start(text)
    if cut is not None:
        text = text[:cut]
    sentences: list[Sentence] = []
    headline: Sentence | None = None
    after_disclaimer = False
    for p_index, (p_start, p_text) in enumerate(_paragraphs(text)):
        lines = p_text.split("\n")
        offset = p_start
        if headline is None and not sentences and _is_broken_title(lines):
            lead = p_start + (len(p_text) - len(p_text.lstrip()))
            title = p_text.strip().replace("\n", " ")  # same length: offsets hold
            headline = Sentence(0, lead, lead + len(title), title, p_index, is_headline=True)
            sentences.append(headline)
            continue
        for line in _unwrapped(lines):
            line_start = offset
            offset += len(line) + 1
            stripped = line.strip()
            if not stripped:
                continue
            lead = line_start + (len(line) - len(line.lstrip()))
            if headline is None and not sentences and (_FURNITURE.match(stripped) or _PREAMBLE.fullmatch(stripped)):
                continue
            if len(sentences) == 1 and headline is not None and (
                _DISCLAIMER.fullmatch(stripped)
                or (after_disclaimer and (_PREAMBLE.fullmatch(stripped) or _LINE_IN_CAPITALS.fullmatch(stripped)))
            ):
                # a filing's preamble, opened by the exchange's disclaimer, after the title a page puts first
                after_disclaimer = True
                continue
            if headline is None and not sentences and _is_title(stripped):
                headline = Sentence(0, lead, lead + len(stripped), stripped, p_index, is_headline=True)
                sentences.append(headline)
                continue
            for s_start, s_text in _split_sentences(stripped):
                sentences.append(
                    Sentence(len(sentences), lead + s_start, lead + s_start + len(s_text), s_text, p_index)
                )
    return Article(text=text, headline=headline, sentences=tuple(sentences))


def _boilerplate_start(text: str) -> int | None:
    for match in _BOILERPLATE.finditer(text):
        # A heading is a line of its own, or starts a paragraph; keep at least some text before it, and the body's
        # first line of prose ("Contact: Jane Doe" in a disclosure's header, before the news, ends nothing).
        if match.start() > 200 and _PROSE_LINE.search(text, 0, match.start()) is not None:
            return match.start()
    return None


# a line of prose: long, and ending like a sentence
_PROSE_LINE = re.compile(r"^[^\n]{100,}[.!?\"”’)][ \t]*$", re.MULTILINE)


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return [(s, t) for s, t in out if t.strip()]


def _unwrapped(lines: list[str]) -> list[str]:
    """The paragraph's lines, those of a hard-wrapped paragraph joined where a sentence goes on (same length: a
    space for the line break, so offsets hold)."""
    if len(lines) < 3 or any(len(ln) > _WRAPPED_LINE for ln in lines):
        return lines
    breaks = [bool(ln.strip()) and not _LINE_ENDS_SENTENCE.search(ln) for ln in lines[:-1]]
    widest = max(len(ln) for ln in lines)
    goes_on = sum(1 for nxt, brk in zip(lines[1:], breaks, strict=True) if brk and _LINE_GOES_ON.match(nxt))
    if (
        sum(breaks) * 2 < len(breaks)  # most lines break mid-sentence ...
        or goes_on * 3 < sum(breaks)  # ... a third of them where the sentence plainly goes on
        or any(brk and len(ln) < widest * 0.6 for ln, brk in zip(lines, breaks, strict=False))  # at one width
    ):
        return lines
    out: list[str] = []
    pending: str | None = None
    for ln, brk in zip(lines, [*breaks, False], strict=True):
        pending = ln if pending is None else f"{pending} {ln}"
        if not (brk and ln.strip()):
            out.append(pending)
            pending = None
    return out


def _is_broken_title(lines: list[str]) -> bool:
    """A title written over short lines, some of them only a connecting word ("of", "by")."""
    kept = [ln.strip() for ln in lines if ln.strip()]
    return (
        len(kept) >= 3
        and all(len(ln) <= _BROKEN_TITLE_LINE for ln in kept)
        and any(ln.lower() in TITLE_CONNECTORS for ln in kept[1:-1])
    )


def _is_title(line: str) -> bool:
    if len(line) > 220 or len(line) < 12:
        return False
    if line.endswith((".", ":", ";", ",")) and not line.endswith(("Inc.", "Co.", "Ltd.", "Corp.", "Mfg.")):
        return False
    return len(line.split()) >= 3


def _split_sentences(paragraph: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENTENCE_END.finditer(paragraph):
        end = m.start() + 1
        # only the last characters are read: a run of abbreviations must not copy the sentence each time
        tail = _ABBREV_TAIL.search(paragraph[max(start, end - 12) : end])
        if tail and (
            tail.group(1).lower().rstrip(".") in NON_TERMINAL_ABBREVIATIONS
            or len(tail.group(1)) == 1
            or _INITIALS.fullmatch(tail.group(1))
        ):
            continue
        out.extend(_bounded(start, paragraph[start:end]))
        start = m.end()
    out.extend(_bounded(start, paragraph[start:]))
    return out


def _bounded(start: int, sentence: str) -> Iterator[tuple[int, str]]:
    """The sentence (stripped, with its offset), cut at spaces into pieces of at most `LONGEST_SENTENCE`."""
    pos, end = 0, len(sentence.rstrip())
    while pos < end:
        while pos < end and sentence[pos].isspace():
            pos += 1
        cut = end
        if end - pos > LONGEST_SENTENCE:
            space = sentence.rfind(" ", pos + LONGEST_SENTENCE // 2, pos + LONGEST_SENTENCE)
            cut = space if space > 0 else pos + LONGEST_SENTENCE
        piece = sentence[pos:cut].rstrip()
        if piece:
            yield start + pos, piece
        pos = cut
