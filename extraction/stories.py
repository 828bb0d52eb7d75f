"""What a text holds: one article, or several stories one after the other (a newsletter pasted whole).

The text is read as paragraphs: blocks between blank lines, or its lines when it has no blank line. A
paragraph is a *headline* when it is one line of `HEADLINE_WORDS` words that does not end like a clause
(`.`, `,`, `;`, `:`; a company's "Inc." or "Co. Ltd." may end it, unless it opens like a sentence, with a phrase
set off by a comma: "In May 2015, X had bought ... from Y Co. Ltd.") and is no bullet, no date line and no
section heading (`About <Company>`, `Forward-Looking Statements`, `Media contacts`, ...:
`vocabulary.BOILERPLATE_HEADINGS`); it is *prose*
when it ends like a sentence and holds at least `LEAD_CHARS` characters. A headline *opens a story* when
its lead (the prose after it, with at most `STANDFIRST` other paragraphs between: a standfirst, a byline,
a date) writes capitalised a word the headline writes capitalised, common words aside: the story's
*names* ("Halvorsen Bio buys Quillon ..." / "Halvorsen Bio has agreed to acquire Quillon ...").

A text is several stories when the first of these rules that cuts it into at least two does so:

| rule | a story starts | example |
|---|---|---|
| separator | after each line of three or more rule characters alone | `---`, `***`, `———`, `* * *`, `===` |
| datelines | at each paragraph opening with a wire dateline, when two or more do, | `BOSTON, Jan. 8, 2024 --` |
|           | with the paragraphs above it that are not prose (its headline) | |
| headlines | at each headline opening a story with a name the text before it never | "Halvorsen Bio buys Quillon ..." |
|           | writes (in any case), once the story before it has a prose paragraph | |

`headlines` applies only when the text opens with such a story, after at most `PREAMBLE` paragraphs of
furniture (a newsletter's name and date: no prose). An article's subheadings never cut it, since what
they name its text has named before ("Strong phase 1 data for Kestrel's KT-19" under a Kestrel headline; "Understanding
cyclic scaffolds" after a text that wrote "cyclic"); nor do a press release's bullet lines under its
headline, which come before any prose ("Kestrel to manufacture NV-1 in Japan" above the dateline paragraph).

Each story starts at its headline: furniture before it is dropped. A piece shorter than `STORY_CHARS` is
no story: it stays with the story before it (or after it, when it comes first). A text that no rule cuts
is one story, returned whole and unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from extraction.dates import is_date_line, opens_with_dateline
from extraction.language import english_stopwords
from extraction.vocabulary import BOILERPLATE_HEADINGS

STORY_CHARS = 200
"""Least length of a story: a headline and a paragraph of deal news (a newsletter's shortest items)."""
LEAD_CHARS = 80
HEADLINE_WORDS = range(3, 31)
STANDFIRST = 4
"""Paragraphs that may stand between a headline and its lead: a standfirst, a byline, a date line."""
PREAMBLE = 3
"""Paragraphs before the first story (a newsletter's name, date, greeting) that belong to no story."""
_HEADLINE_CHARS = 220
_DATELINE_CHARS = 200  # the first characters of a paragraph that `opens_with_dateline` reads
_DIGIT = re.compile(r"\d")
# a phrase of time or place set off by a comma at the head of a line: how a sentence opens, not a headline
_LEADING_PHRASE = re.compile(r"(?:In|On|At|By|Since|After|Before|During|Earlier|Back)\b[^,.]{0,40},\s")

SplitRule = Literal["separator", "datelines", "headlines"]

_SEPARATOR = re.compile(r"^[ \t]*(?:([-–—_=*~•·])[ \t]*){3,}$", re.MULTILINE)
_BLANK = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"^\s*(?:[-–—•*▪·>]|\d{1,2}[.)])\s")
_SECTION = re.compile(r"^\s*(?:" + "|".join(BOILERPLATE_HEADINGS) + r")", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_CLAUSE_END = re.compile(r"[.,;:][\"'”’)\]]*$")
_CAPITALISED = re.compile(r"(?<![\w&])[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&]*")
_WORD = re.compile(r"(?<![\w&])[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9&]*")


@dataclass(frozen=True, slots=True)
class Story:
    text: str
    rule: SplitRule | None = None
    """The rule that cut the text before this story; None for a text that is one story."""


@dataclass(frozen=True, slots=True)
class _Paragraph:
    start: int
    end: int
    text: str


def split_stories(text: str) -> list[Story]:
    """The stories `text` holds, in order (rules above); `[Story(text)]` for one article."""
    rules: tuple[tuple[SplitRule, Callable[[str, list[_Paragraph]], list[tuple[int, int]]]], ...] = (
        ("separator", _separator_spans),
        ("datelines", _dateline_spans),
        ("headlines", _headline_spans),
    )
    paragraphs = _paragraphs(text)
    for rule, spans_of in rules:
        spans = spans_of(text, paragraphs)
        stories = _stories(text, spans, rule)
        if len(stories) >= 2:
            return stories
    return [Story(text)]


def _stories(text: str, spans: list[tuple[int, int]], rule: SplitRule) -> list[Story]:
    """The stories of the spans, each without the furniture before its headline; a piece shorter than
    `STORY_CHARS` is joined to the story before it (or after it, when it is the first)."""
    pieces = [_without_furniture(text[start:end].strip()) for start, end in spans]
    stories: list[str] = []
    for piece in pieces:
        if len(piece) < STORY_CHARS and stories:
            stories[-1] = f"{stories[-1]}\n\n{piece}" if piece else stories[-1]
        elif piece:
            stories.append(piece)
    if len(stories) >= 2 and len(stories[0]) < STORY_CHARS:
        stories[1] = f"{stories[0]}\n\n{stories[1]}"
        stories.pop(0)
    return [Story(story, rule) for story in stories] if len(stories) >= 2 else []


def _spans(text: str, starts: list[int]) -> list[tuple[int, int]]:
    return list(zip([0, *starts], [*starts, len(text)], strict=True))


def _separator_spans(text: str, _paragraphs: list[_Paragraph]) -> list[tuple[int, int]]:
    lines = list(_SEPARATOR.finditer(text))
    if not lines:
        return []
    return list(zip([0, *(m.end() for m in lines)], [*(m.start() for m in lines), len(text)], strict=True))


def _dateline_spans(text: str, paragraphs: list[_Paragraph]) -> list[tuple[int, int]]:
    """Stories from each paragraph that opens with a dateline, with the headlines right above it."""
    # (a dateline has a date: a paragraph with no digit near its start is read no further)
    opening = [
        i for i, p in enumerate(paragraphs)
        if _DIGIT.search(p.text, 0, _DATELINE_CHARS) and opens_with_dateline(p.text)
    ]
    if len(opening) < 2:
        return []
    starts, floor = [], 0
    for i in opening:
        first = i
        while first > floor and first > i - 1 - STANDFIRST and not _is_prose(paragraphs[first - 1]):
            first -= 1
        starts.append(paragraphs[first].start)
        floor = i + 1
    return _spans(text, starts)


def _headline_spans(text: str, paragraphs: list[_Paragraph]) -> list[tuple[int, int]]:
    """Stories from each headline that opens a story of its own; what is before the first is furniture."""
    first = _first_story(paragraphs)
    if first is None:
        return []
    starts = [paragraphs[first].start]
    has_body = False
    for i in range(first + 1, len(paragraphs) - 1):
        if has_body and _is_headline(paragraphs[i]):
            subject = _story_subject(paragraphs, i)
            if subject and not _all_written(subject, text[: paragraphs[i].start]):
                starts.append(paragraphs[i].start)
                has_body = False
        has_body = has_body or _is_prose(paragraphs[i])
    return _spans(text, starts)[1:] if len(starts) >= 2 else []


def _first_story(paragraphs: list[_Paragraph]) -> int | None:
    """The paragraph of the first story's headline, when only furniture (no prose) is before it."""
    for i, paragraph in enumerate(paragraphs[: PREAMBLE + 1]):
        if _story_subject(paragraphs, i):
            return i
        if _is_prose(paragraph):
            return None
    return None


def _without_furniture(piece: str) -> str:
    paragraphs = _paragraphs(piece)
    first = _first_story(paragraphs)
    return piece[paragraphs[first].start :] if first else piece


def _story_subject(paragraphs: list[_Paragraph], i: int) -> set[str]:
    """The names of the story a headline at `i` opens (empty when it opens none)."""
    if not _is_headline(paragraphs[i]):
        return set()
    lead = _lead(paragraphs, i)
    return _names(paragraphs[i].text) & _names(lead.text) if lead is not None else set()


def _paragraphs(text: str) -> list[_Paragraph]:
    breaks = _BLANK if _BLANK.search(text) else re.compile(r"\n")
    out: list[_Paragraph] = []
    pos = 0
    for match in [*breaks.finditer(text), None]:
        end = match.start() if match is not None else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append(_Paragraph(pos + lead, pos + len(chunk.rstrip()), chunk.strip()))
        if match is not None:
            pos = match.end()
    return out


def _is_headline(paragraph: _Paragraph) -> bool:
    line = paragraph.text
    if "\n" in line or len(line) > _HEADLINE_CHARS or len(line.split()) not in HEADLINE_WORDS:
        return False
    # (a name's suffix may end a headline, not a sentence: "In May 2015, X had bought ... from Y Co. Ltd.")
    suffix_ends_it = line.endswith(("Inc.", "Co.", "Ltd.", "Corp.")) and not _LEADING_PHRASE.match(line)
    if _CLAUSE_END.search(line) and not suffix_ends_it:
        return False
    if _BULLET.match(line) or _SECTION.match(line) or is_date_line(line):
        return False
    return not opens_with_dateline(line)


def _is_prose(paragraph: _Paragraph) -> bool:
    return len(paragraph.text) >= LEAD_CHARS and _SENTENCE_END.search(paragraph.text) is not None


def _lead(paragraphs: list[_Paragraph], headline: int) -> _Paragraph | None:
    """The prose paragraph that opens the story under a headline: the next one, or the first prose after
    at most `STANDFIRST` paragraphs that are not prose (a standfirst, a byline, a date, bullets)."""
    for paragraph in paragraphs[headline + 1 : headline + 2 + STANDFIRST]:
        if _is_prose(paragraph):
            return paragraph
    return None


def _all_written(names: set[str], before: str) -> bool:
    """Whether the text before writes each of the names, in any case: a name the text wrote before ("macrocyclic")
    is not new."""
    written = {w.casefold() for w in _WORD.findall(before)}
    return names <= written


def _names(text: str) -> set[str]:
    """The words `text` writes capitalised, common words aside, folded."""
    return {w.casefold() for w in _CAPITALISED.findall(text)} - english_stopwords()


def opens_with_a_list_mark(line: str) -> bool:
    """Whether a line is an item of a list: it opens with a bullet ("• ", "- ") or a number ("2. ")."""
    return _BULLET.match(line) is not None
