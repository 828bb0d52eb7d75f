"""The article's own date: from its dateline, or from its page's metadata.

A date is written in one of these forms (month names in full or cut, with or without a full stop:
`Jan.`, `Sept.`, `June`; day ordinals allowed: `22nd`):

| form                | example              |
|---------------------|----------------------|
| month day, year     | `January 8, 2024`, `Jan. 8 2024` |
| day month year      | `8 January 2024`, `22nd December 2022`, `8 Jan, 2024` |
| day-month-year      | `27-Feb-2022` |
| year-month-day      | `2024-01-08`, `2024/01/08`, `2024.01.08` |

Numeric dates with the day or the month first (`08/01/2024`) are read by no rule: their order is a guess.

`dateline(text)` is the date the article gives for itself, by the first of these rules that finds one:

| rule | where | example |
|---|---|---|
| wire | a place, then the date, opening a paragraph | `BOSTON, Jan. 8, 2024 /PRNewswire/ --` |
| wire | (in the first `HEAD_CHARS`) | `Paris (France); December 17, 2021, Ipsen ...` |
| wire | the date opening a paragraph, an optional wire tag, a separator | `21 April 2017 - One of ...` |
| wire | (`--`, `-`, `–`, `:` or a bar) | `8 January 2024: Kestrel today ...` |
| date-line | a line of the date alone (anywhere) | `Dec. 12, 2023`, `22nd December 2022` |
| date-line | ... with a weekday, a time, a zone | `December 18, 2024 6:45 am ET`, `18th Nov 2019 08:38` |
| date-line | ... with at most `_LABEL_WORDS` words of a label | `News Release - April 19, 2022`, `By Jun 30, 2023` |

When both rules find dates, the wire dateline wins; among date lines, the first one. A date inside running
prose ("By August 29, 2025, Chinese biotechs ...", "announced on December 23") is the story's subject, not
its date, and is never read. A date after `not_after` (the day the text is read: an article is not from
the future) or before `MIN_YEAR` is no article's date.

`page_date(html, url)` is the date an HTML page's metadata gives, as htmldate reads it without its
extensive search of the text: `<meta>` publication tags, JSON-LD, `<time>` elements, a date in the URL;
the original publication date is preferred to the last modification.
"""

from __future__ import annotations

import logging
import re
from datetime import date

MIN_YEAR = 1990
HEAD_CHARS = 1500
"""How far into the text a wire dateline is looked for: it opens the story, after the headline and its standfirst."""
_LINE_CHARS = 90
"""A date line is short: the date and a label or a time."""

_log = logging.getLogger("dealbot.extraction.dates")

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{name}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<{name}>0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>(?:19|20)[0-9]{{2}})"
_GAP = r"[\s\u00a0?]+"
"""Spaces between a date's parts; `?` stands for a space lost to a wrong encoding (`N.C.,?Nov. 20, 2020?/`)."""


def _part(pattern: str, name: str) -> str:
    return pattern.format(name=name)


_DATE = re.compile(
    "(?<![\\w/.-])(?:"
    + f"{_part(_MONTH, 'm1')}{_GAP}{_part(_DAY, 'd1')},?{_GAP}{_part(_YEAR, 'y1')}"
    + f"|{_part(_DAY, 'd2')}{_GAP}(?:of{_GAP})?{_part(_MONTH, 'm2')},?{_GAP}{_part(_YEAR, 'y2')}"
    + f"|{_part(_DAY, 'd3')}-{_part(_MONTH, 'm3')}-{_part(_YEAR, 'y3')}"
    + f"|{_part(_YEAR, 'y4')}(?P<sep>[-/.])(?P<n4>0?[1-9]|1[0-2])(?P=sep)(?P<d4>0?[1-9]|[12][0-9]|3[01])"
    + ")(?![\\d/-])",
    re.IGNORECASE,
)
_WIRE_TAG = r"(?:/[^/\n]{0,40}/|\([^()\n]{0,40}\))"
"""`/PRNewswire/`, `/CNW/`, `(GLOBE NEWSWIRE)`, `(BUSINESS WIRE)`, `(dpa-AFX)`: a wire's or agency's name."""
_SEPARATOR = r"(?:-{1,2}|[–—:|])"
_PLACE = re.compile(r"(?:(?:and[\s\u00a0?]+)?[A-ZÀ-Þ][\w.'’&()?/ -]{0,40}[,;][\s\u00a0?]*){1,4}")
"""`BOSTON, `, `Paris (France); `, `INDIANAPOLIS, and DURHAM, N.C., `: up to four capitalised names, each
ended by a comma or a semicolon."""
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?"
    r"|\((?:gmt|utc)[+-]?[\d:]*\)|\b(?:gmt|utc)[+-]\d{1,2}(?::\d{2})?",
    re.IGNORECASE,
)
_ZONES = frozenset(
    {"et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "eet", "eest",
     "kst", "jst", "hkt", "sgt", "ist", "aest", "aedt"}
)  # fmt: skip
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
     "thu", "thur", "thurs", "fri", "sat", "sun"}
)  # fmt: skip
_LABEL_WORDS = 2
"""Words besides the date, weekday, time and zone that a date line may hold (`News Release`, `Published on`)."""
_WORD = re.compile(r"[^\W\d_]+")


def dateline(text: str, not_after: date | None = None) -> date | None:
    """The article's own date, as its dateline gives it (rules above), or None."""
    head = text[:HEAD_CHARS]
    for match in _DATE.finditer(head):
        if _wire(head, match):
            found = _valid(match, not_after)
            if found is not None:
                return found
    for line in text.splitlines():
        for match in _date_line(line):
            found = _valid(match, not_after)
            if found is not None:
                return found
    return None


def is_date_line(line: str) -> bool:
    """Whether the line is a date alone, with at most a label, a weekday, a time and a zone (`date-line`)."""
    return bool(_date_line(line))


def opens_with_dateline(paragraph: str) -> bool:
    """Whether the paragraph opens with a wire dateline (`BOSTON, Jan. 8, 2024 /PRNewswire/ --`)."""
    first_line = paragraph.lstrip()[:200].split("\n", 1)[0]
    return any(_wire(first_line, match) for match in _DATE.finditer(first_line))


def page_date(html: str, url: str | None = None, not_after: date | None = None) -> date | None:
    """The publication date an HTML page's metadata gives (htmldate, without searching its text), or None."""
    if "<" not in html:  # htmldate would take a bare URL for a page to download
        return None
    from htmldate import find_date

    try:
        found = find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception as error:  # a page htmldate cannot parse has no date from its metadata
        _log.debug("page metadata unreadable", extra={"error": f"{type(error).__name__}: {error}"[:200]})
        return None
    if not found:
        return None
    try:
        value = date.fromisoformat(found)
    except ValueError:
        return None
    return value if _plausible(value, not_after) else None


def _wire(text: str, match: re.Match[str]) -> bool:
    """The date opens its paragraph after a place (`BOSTON, Jan. 8, 2024 ...`), or opens it alone and is
    followed by a separator (`21 April 2017 - One of ...`)."""
    start = text.rfind("\n", 0, match.start()) + 1
    before = text[start : match.start()].lstrip()
    if before:
        return _PLACE.fullmatch(before) is not None
    return _wire_end(text, match.end())


def _wire_end(text: str, end: int) -> bool:
    """What follows the date is an optional wire tag, then a separator: `/PRNewswire/ --`, `:`, ` - `."""
    rest = text[end : end + 80]
    return re.match(rf"[\s\u00a0?]*(?:{_WIRE_TAG}[\s\u00a0?]*)?{_SEPARATOR}(?:[\s\u00a0?]|$)", rest) is not None


def _date_line(line: str) -> list[re.Match[str]]:
    """The date of a line that holds nothing else (`date-line`), as a one-item list; else empty."""
    stripped = line.strip()
    if not 0 < len(stripped) <= _LINE_CHARS:
        return []
    return [m for m in _DATE.finditer(stripped) if _only_the_date(stripped, m)][:1]


def _only_the_date(line: str, match: re.Match[str]) -> bool:
    rest = line[: match.start()] + " " + line[match.end() :]
    rest = _TIME.sub(" ", rest)
    words = [w for w in _WORD.findall(rest.lower()) if w not in _ZONES and w not in _WEEKDAYS]
    return len(words) <= _LABEL_WORDS


def _valid(match: re.Match[str], not_after: date | None) -> date | None:
    groups = match.groupdict()
    try:
        if groups["y4"]:
            value = date(int(groups["y4"]), int(groups["n4"]), int(groups["d4"]))
        else:
            n = next(i for i in (1, 2, 3) if groups[f"y{i}"])
            month = _MONTHS[_month_key(groups[f"m{n}"])]
            value = date(int(groups[f"y{n}"]), month, int(groups[f"d{n}"]))
    except (ValueError, KeyError):  # 31 February, and the like
        return None
    return value if _plausible(value, not_after) else None


def _month_key(name: str) -> str:
    key = name.lower().rstrip(".")
    return "sept" if key.startswith("sept") else key[:3]


def _plausible(value: date, not_after: date | None) -> bool:
    return value.year >= MIN_YEAR and (not_after is None or value <= not_after)
