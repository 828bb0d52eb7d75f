"""Find every amount of money in a text: exact `Decimal` amounts, ISO 4217 currency, and positions.

`find_money(text)` returns one `MoneyMention` per amount, in text order. It only finds and reads
amounts; which one is the upfront, the milestones or the total is decided by the deal extractor.

What counts as money
- A currency sign or code before a number: `$10m`, `US$1.2 billion`, `USD10m`, `€1.35bn`,
  `CHF80 million`, `RMB ¥5 billion`, `HK$23.50`, `Rs 500 crore`, `$ 10 million`, `US $5 million`.
  A code before a plain whole number (no scale word, separator or decimals) is money only with a unit
  after it (`CHF80 per share`); otherwise it is a drug code (`SAR443579`), a year (`EUR 2024
  guidance`) or a medical abbreviation (`CAD 5 years`). A scale glued to the code is the number's
  scale, as in financial tables: `DKKm 1,234` (1,234 million), `EURbn 1.2`.
- A number, optionally with a scale word, then a currency word or code: `25 million euros`,
  `104 million pounds sterling`, `6.3 billion yen`, `100 mln USD`, `1,35 Mrd. EUR`, `25 Mio. €`.
  Words that are also plain English (`pounds`, `won`, `francs`, `rand`, `sterling`) need a scale word
  before them; a four-digit year (1900-2099) without a scale word is never money.
- A number with a scale word and no currency at all (`worth 320m`, `an upfront payment of 100m`,
  `up to 220m in sales milestones`) is money with `currency=None`, but only when
  (a) a money word (upfront, payment, milestone, worth, valued, deal, royalties, fee, price,
  consideration, paid/pay, receive, funding, investment, financing, raise, ...) appears in the same
  sentence within 60 characters before or 40 after, and (b) the word right after it is not a noun
  that counts something else (`12 million patients`, `1.7 billion doses`, `10 million shares`): the
  next word must be a function word (in, of, for, to, ...) or a money word, or punctuation.
  Letter scales `b`, `k`, `mm` are not read without a currency (`Phase 2b`, `10mm`), nor `M` after
  a single digit (`3M`, the company), nor an amount joined by a hyphen to a word other than "plus"
  (`a 320m-long pipe`, `a 10 million-share offering`).
- East Asian myriad scales in the local script or romanised, with their currency: `50億円` (5 billion yen),
  `30억원`, `1조 3000억원` (1.3 trillion won), `¥50 oku`, `300 oku yen` (`currencies.EAST_ASIAN_SCALES`).
- A number with neither currency nor scale word is never money (`12,000 people`, `2019`, `TSE: 4151`).
- A code written after an amount that a sign already gives (`$180 million USD`, `€40m EUR`) is part of the
  amount when it names the sign's currency; after a bare `$` the code of another dollar (`$5 million CAD`,
  `$12m AUD`) says which dollar it is (`DOLLAR_CODES`). Any other code after it is left alone.

Reading the number
- Scale words: thousand, million, billion, trillion, lakh (10^5), crore (10^7), lakh crore (10^12),
  and abbreviations `m`/`M`/`MM`, `mn`, `mln`, `Mio.`, `bn`/`B`, `bln`, `Mrd.`, `tn`, `k`/`K`, `cr`.
  Single letters must be glued to the number (`$10m`), except `m`/`M` after a currency sign or code that a
  space alone separates, with no letter or digit after it (`$390 m,` is $390 million).
- Spaces between the parts may be ordinary, no-break, thin or narrow no-break spaces.
- `1,500,000` has thousands separators, as have `1,00,000` (Indian grouping) and `1.500.000` (dots, at
  least two groups). A comma followed by one or two digits and then a scale word is a decimal comma
  (`1,35 Mrd.` = 1.35 billion); a single dot is always a decimal point (`€1.500` is 1.5 euros).
- A doubled decimal point left by scraping (`$1.. 2bn`) is one decimal point, only between digits and
  only before a scale word.
- Amounts are exact: `Decimal(number) * 10^scale`; whole results are given without a fractional part.

Currency
- Signs, codes and words come from `currencies.py`. A bare `¥` (or full-width `￥`) is the yuan (CNY)
  when the same text names the Chinese currency (RMB, CNY, yuan, renminbi) and never the yen (yen,
  JPY); otherwise the yen (JPY). When a conversion stands beside it, the reading whose exchange rate
  agrees with the conversion (within 30%, any year of the rate table) wins: `¥200 million
  ($29 million)` is yuan. `RMB ¥`, `CN¥` are always CNY.

Per unit, approximate
- `per_unit` is the noun after `per`, `/` or (for share, dose, unit, year, ...) `a`/`an`:
  `$14.50 per share` -> "share", `$210 million per target` -> "target"; plural nouns are made singular, and
  `per American Depositary Share` is "ADS".
- `approximate` is True when the amount is directly preceded by approximately, approx., about,
  around, roughly, nearly, almost, some, circa, an estimated, in the region of, close to, ~ or ≈.
  A trailing `-plus` or `+` is not part of `amount_text` and does not make it approximate.

Ranges
- `$50-100 million`, `$50 to $100 million`, `between $1 and $2 billion` and `5-10 million euros` give
  two mentions, the lower and the upper end. A lower end written without a scale word takes the upper
  end's scale ($50 -> 50,000,000, its `amount_text` stays "$50"); an end written without a currency
  takes the other end's currency (an upper end so completed is kept even without money words around
  it). A bare lower end must be joined by -, –, —, "to", or "and" after "between", and is not a year.

Conversions
- A second figure in another currency right after the first, in brackets or after "or", ", i.e.",
  "/", optionally with approximately/about/equivalent to (`RMB 200 million (USD 29.5 million)`,
  `€8 million ($8.6 million)`, `KRW 535 billion, or $411 million`), is the first one's `converted`
  and is flagged `is_conversion=True`. Both stay in the list, in text order. One or two words may
  stand between them when the bracket holds nothing but the figure: `€2.6-billion deal (roughly
  $2.8 billion)`.
- Typo reconciliation: when the two figures disagree, for every year of the rate table, by more than
  30%, but multiplying one of them by 1000 (or 1/1000, 10^6, 10^-6) makes them agree within 30%, the
  figure is corrected by that factor and `amount_text` is left as written. A USD figure is trusted:
  the corrected one is the non-USD figure when exactly one is in USD, else the first. The classic
  case is a thousands separator written for a decimal point: `RMB 1,025 billion (USD 151.4 million)`
  is CNY 1,025,000,000. Nothing is corrected when only one of the two has a scale word
  (`RMB 200 million (USD 29.5)` has lost a word, which no factor can be trusted to restore).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from pydantic import BaseModel, ConfigDict

from extraction.currencies import (
    AMBIGUOUS_SUFFIX_WORDS,
    CODES,
    DOLLAR_CODES,
    EAST_ASIAN_CURRENCY_WORDS,
    EAST_ASIAN_SCALES,
    PREFIX_SIGNS,
    SCALE_ABBREVIATIONS,
    SCALE_LETTERS,
    SCALE_WORDS,
    SCALED_CODE_CURRENCIES,
    SUFFIX_WORDS,
    YEN_MARKERS,
    YEN_OR_YUAN_SIGNS,
    YUAN_MARKERS,
)
from extraction.fx import usd_bounds

__all__ = ["MoneyMention", "find_money"]


class MoneyMention(BaseModel):
    """One amount of money as written in a text, read exactly."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    amount: Decimal
    currency: str | None = None
    amount_text: str
    start: int
    end: int
    per_unit: str | None = None
    approximate: bool = False
    converted: MoneyMention | None = None
    is_conversion: bool = False


# ---------------------------------------------------------------------------------------------------
# The patterns


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SP: Final = r"[ \u00a0\u2009\u202f]"
_WORD_SCALES: Final = r"(?i:" + _alternation(SCALE_WORDS) + r")s?"
_ABBR_SCALES: Final = _alternation(SCALE_ABBREVIATIONS)
_LETTER_SCALES: Final = _alternation(SCALE_LETTERS)
_ANY_SCALE: Final = (
    rf"(?:{_SP}?-?(?:{_WORD_SCALES}|{_ABBR_SCALES})(?![A-Za-z])|(?:{_LETTER_SCALES})(?![A-Za-z0-9]))"
)


def _number(tag: str, not_after: str = "") -> str:
    # One leading digit outside the alternation lets the regex engine skip ahead to digits; what may
    # not stand before the number is checked after that digit, for the same reason.
    first = rf"\d(?<![{not_after}]\d)" if not_after else r"\d"
    return (
        rf"(?P<n{tag}>{first}(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?"  # 1,500,000
        r"|\d?(?:,\d\d)+,\d{3}"  # 1,00,000 (Indian grouping)
        r"|\d{0,2}(?:\.\d{3}){2,}(?![\d.]|,\d)"  # 1.500.000 (dots as thousands separators)
        rf"|\d*,\d{{1,2}}(?={_ANY_SCALE})"  # 1,35 Mrd. (decimal comma)
        rf"|\d*\.\.{_SP}?\d+(?={_ANY_SCALE})"  # 1.. 2bn (scraped decimal point)
        r"|\d*(?:\.\d+)?))"
    )


def _scale(tag: str) -> str:
    return (
        rf"(?:{_SP}?-?(?P<sw{tag}>{_WORD_SCALES}|{_ABBR_SCALES})(?![A-Za-z])"
        rf"|(?P<sl{tag}>{_LETTER_SCALES})(?![A-Za-z0-9]))"
    )


_PREFIXES: Final = _alternation([*PREFIX_SIGNS, *CODES])
_SUFFIXES: Final = rf"(?:{_alternation(CODES)}|(?i:{_alternation(SUFFIX_WORDS)}))(?![A-Za-z])"

# Two patterns, each starting with a literal or a digit so that the engine skips quickly to candidate
# positions (a leading lookbehind or assertion would defeat that).
_PREFIXED: Final = re.compile(  # currency first: "$1.2bn", "RMB 200 million", "CHF80 million"
    rf"(?P<pre>{_PREFIXES})(?P<ps>m|mn|bn)?{_SP}?{_number('1')}{_scale('1')}?"
)
_NOT_BEFORE_NUMBER: Final = r"\w.,$€£¥￥₩₹"  # "X12", "1.5", "$5" (the prefixed pattern reads that one)
_NUMBER_FIRST: Final = re.compile(  # "25 million euros", "100 mln USD", or bare "320m" (checked in code)
    _number("2", not_after=_NOT_BEFORE_NUMBER)
    # every scale word and currency word starts so: fail fast otherwise
    + r"(?=[ \u00a0\u2009\u202f-]?[A-Za-z€£])"
    + rf"(?:{_scale('2')}(?:{_SP}?(?P<post2>{_SUFFIXES}))?|{_SP}?(?P<post3>{_SUFFIXES}))"
)
# "$180 million USD (28.03 billion JPY)": the sign's currency named again by its code after the amount
_TRAILING_CODE: Final = re.compile(rf"{_SP}?(?P<code>{_alternation(CODES)})(?![A-Za-z0-9])")
# "an upfront cash payment of $390 m, as well as ...": a spaced million letter after a currency-first figure
_SPACED_MILLION: Final = re.compile(r"[ \u00a0\u2009\u202f][mM](?![\w²³'’-]|\.\w)")
_NOT_BARE_LETTERS: Final = frozenset({"b", "B", "k", "K", "mm", "MM"})  # "Phase 2b", "10mm"
_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


_SUFFIX_LOWER: Final = {w.lower(): c for w, c in SUFFIX_WORDS.items()}
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_DECIMAL_COMMA: Final = re.compile(r"\d+,\d{1,2}")
_UNIT_COMPOUND: Final = re.compile(r"-(?!plus\b)[A-Za-z]")
_YUAN_TEXT: Final = re.compile(r"\b(?:" + "|".join(YUAN_MARKERS) + r")\b")
_YEN_TEXT: Final = re.compile(r"\b(?:" + "|".join(YEN_MARKERS) + r")\b")

# ---------------------------------------------------------------------------------------------------
# Cheap checks around a match

_APPROX: Final = re.compile(
    r"(?:\b(?:approximately|approx\.|approx|about|around|roughly|nearly|almost|some|circa|ca\.|"
    r"an estimated|in the region of|close to)|~|≈)[ \u00a0\u2009\u202f]*$",
    re.IGNORECASE,
)
_PER_UNIT: Final = re.compile(
    rf"{_SP}*(?:per[ \u00a0\u2009\u202f-]+|/{_SP}?|an?{_SP}+(?=(?:shares?|doses?|units?|years?|months?|"
    r"weeks?|days?|patients?|vials?|tablets?|ADSs?|ADRs?)\b))"
    # "per American Depositary Share (ADS)": the ADS spelled out
    r"(?P<unit>square[ -](?:foot|feet|met(?:er|re)s?)|American Depositary (?:Shares?|Receipts?)|[a-z]+|ADSs?|ADRs?)\b"
)
_RANGE_GAP: Final = re.compile(r"[ \u00a0\u2009\u202f]*(?:-|–|—|to|and)[ \u00a0\u2009\u202f]*")
_BETWEEN: Final = re.compile(r"\bbetween[ \u00a0\u2009\u202f]*$", re.IGNORECASE)
# A bare lower end before a number-first upper end: "5-10 million euros", "between 2 and 3 billion yuan".
_RANGE_LOWER: Final = re.compile(
    rf"(?<![\w.,$€£¥￥₩₹])(?<![A-Za-z]-)(?P<low>\d+(?:\.\d+)?){_SP}*(?P<joint>-|–|—|to|and){_SP}*$"
)
_CONV_WORDS: Final = (
    r"(?:(?:or|approximately|approx\.|about|around|roughly|some|circa|c\.|~|≈|equivalent to|"
    r"equal to|i\.e\.,?|約|约|약)[ \u00a0\u2009\u202f]*)*"
)
# "€2.6-billion deal (roughly $2.8 billion)": a word or two, then a bracket holding only the figure.
_CONVERSION_GAP_WORDS: Final = re.compile(
    rf"{_SP}*[A-Za-z-]+(?:{_SP}+[A-Za-z-]+)?{_SP}*\({_SP}*{_CONV_WORDS}"
)
_CLOSING_BRACKET: Final = re.compile(rf"{_SP}*\)")
_CONVERSION_GAP: Final = re.compile(
    rf"{_SP}*(?:[(\[（]{_SP}*{_CONV_WORDS}"
    rf"|,?{_SP}*(?:or|i\.e\.,?|equivalent to|equal to|about|approximately|roughly|around){_SP}+"
    rf"{_CONV_WORDS}|/{_SP}*)"
)
# Money words for a bare amount's sentence (matched as whole words, any case; "up-front" too).
_MONEY_WORDS: Final = frozenset(
    {
        "upfront", "payment", "payments", "paid", "pay", "pays", "paying", "payable", "milestone",
        "milestones", "worth", "value", "valued", "valuation", "deal", "deals", "royalty", "royalties",
        "fee", "fees", "price", "prices", "priced", "consideration", "receive", "receives", "received",
        "receiving", "funding", "fund", "funds", "funded", "investment", "investments", "invest", "invests",
        "invested", "investing", "financing", "raise", "raises", "raised", "raising", "proceeds", "revenue",
        "revenues", "sales", "cash", "biobucks", "loan", "loans", "acquisition", "acquisitions", "acquire",
        "acquires", "acquired", "acquiring", "buy", "buys", "buying", "bought", "purchase", "purchased",
        "costs", "cost", "equity", "transaction", "contract", "eligible", "totaling", "totalling",
        "tranche", "premium", "reimburse", "reimbursed", "reimbursement", "earn", "earns", "earned",
        "earning", "earnings", "spend", "spends", "spending", "spent", "offer", "offers", "offered",
        "offering", "bid", "charge", "charges", "profit", "profits", "income", "loss", "losses", "budget",
        "grant", "grants", "capital",
    }
)
_WORD: Final = re.compile(r"[A-Za-z]+")
# Words that may follow a bare amount ("220m in sales milestones", "100m upfront").
_FOLLOWING_OK: Final = frozenset(
    {
        "in", "of", "for", "to", "and", "or", "from", "as", "at", "by", "with", "upon", "on", "over",
        "under", "up", "if", "when", "after", "before", "across", "into", "per", "each", "apiece", "a",
        "an", "the", "its", "their", "his", "her", "our", "so", "but", "while", "through", "via",
        "including", "excluding", "plus", "more", "less", "total", "overall", "combined", "net", "gross",
        "cash", "upfront", "up-front", "payable", "payment", "payments", "milestone", "milestones",
        "royalty", "royalties", "fee", "fees", "funding", "investment", "equity", "deal", "deals",
        "transaction", "agreement", "contract", "consideration", "loan", "financing", "round", "worth",
        "valued", "value", "was", "were", "is", "are", "will", "would", "could", "may", "might", "has",
        "had", "have", "be", "been", "being", "which", "that", "this", "these", "those", "it", "they", "he",
        "she", "we", "said", "says", "already", "now", "then", "annually", "yearly", "last", "next",
        "every",
        # adjectives of a payment ("100m near-term milestones", "220m sales milestones")
        "near-term", "development", "developmental", "regulatory", "commercial", "sales", "potential",
        "additional", "contingent", "clinical", "research", "option", "license", "licensing",
        "exercise", "success-based", "cumulative", "aggregate", "one-time", "tiered", "signing",
    }
)
_NEXT_WORD: Final = re.compile(r"[ \u00a0\u2009\u202f]*([A-Za-z][A-Za-z-]*)")
_SENTENCE_END: Final = re.compile(r"[.!?][ \u00a0\u2009\u202f\n]|\n")
_CUE_BEFORE: Final = 60
_CUE_AFTER: Final = 40
_TOLERANCE: Final = Decimal("1.3")


@dataclass(slots=True)
class _Raw:
    """A mention being assembled (mutable while ranges and conversions are linked)."""

    amount: Decimal
    currency: str | None
    start: int
    end: int
    power: int
    per_unit: str | None = None
    approximate: bool = False
    converted: bool = False  # the next mention is its conversion
    yen_sign: bool = False  # written with a bare "¥" or "￥"
    is_conversion: bool = False


def _amount(number: str, power: int) -> Decimal:
    if ".." in number:
        head, tail = number.split("..", 1)
        number = head + "." + tail.strip()
    elif _DECIMAL_COMMA.fullmatch(number):
        number = number.replace(",", ".")
    elif number.count(".") > 1:
        number = number.replace(".", "")
    else:
        number = number.replace(",", "")
    value = Decimal(number)
    return _whole(value.scaleb(power)) if power else value


def _whole(value: Decimal) -> Decimal:
    """`value` without a fractional part when it is a whole number (1.2E+9 -> 1200000000)."""
    return Decimal(int(value)) if value == value.to_integral_value() else value


def _power(word: str | None, letter: str | None) -> int:
    if letter:
        return SCALE_LETTERS[letter]
    if not word:
        return 0
    if word in SCALE_ABBREVIATIONS:
        return SCALE_ABBREVIATIONS[word]
    key = word.lower()
    if key not in SCALE_WORDS:
        key = key[:-1]  # plural "millions"
    return SCALE_WORDS[key]


def _singular(word: str) -> str:
    if word[:3] in ("ADS", "ADR"):
        return word[:3]
    if word.startswith("American Depositary "):
        return "ADR" if word.endswith(("Receipt", "Receipts")) else "ADS"
    if word.startswith("square"):
        return "square " + ("foot" if word.endswith(("foot", "feet")) else "meter")
    word = word.lower()
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - _CUE_BEFORE) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def _sentence_after(text: str, end: int) -> str:
    window = text[end : end + _CUE_AFTER]
    stop = _SENTENCE_END.search(window)
    return window[: stop.start()] if stop else window


def _bare_is_money(text: str, start: int, end: int) -> bool:
    """The rules for an amount with a scale word but no currency (see module docstring)."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1).lower() not in _FOLLOWING_OK:
        return False
    window = (_sentence_before(text, start) + " " + _sentence_after(text, end)).lower()
    return "up-front" in window or not _MONEY_WORDS.isdisjoint(_WORD.findall(window))


def _agree(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return b[1] * _TOLERANCE >= a[0] and b[0] <= a[1] * _TOLERANCE


_FACTORS: Final = (Decimal(1000), Decimal("0.001"), Decimal(1000000), Decimal("0.000001"))


def _reconcile(first: _Raw, second: _Raw) -> None:
    """Correct a factor-of-1000 typo between a figure and its conversion (see module docstring)."""
    if (first.power > 0) != (second.power > 0):
        return  # "RMB 200 million (USD 29.5)": a dropped scale word, not a misplaced separator
    a = usd_bounds(first.amount, first.currency)
    b = usd_bounds(second.amount, second.currency)
    if a is None or b is None or _agree(a, b):
        return
    fix_second = second.currency != "USD" and first.currency == "USD"
    wrong, right = (b, a) if fix_second else (a, b)
    for factor in _FACTORS:
        if _agree((wrong[0] * factor, wrong[1] * factor), right):
            target = second if fix_second else first
            target.amount = _whole(target.amount * factor)
            return


def _settle_yen_sign(first: _Raw, second: _Raw) -> None:
    """Read a bare "¥" as yen or yuan, whichever agrees with the conversion beside it."""
    for raw, other in ((first, second), (second, first)):
        if raw.yen_sign:
            other_reading = "CNY" if raw.currency == "JPY" else "JPY"
            given = usd_bounds(other.amount, other.currency)
            now = usd_bounds(raw.amount, raw.currency)
            alternative = usd_bounds(raw.amount, other_reading)
            if given and now and alternative and not _agree(now, given) and _agree(alternative, given):
                raw.currency = other_reading


def _link_range(text: str, found: list[_Raw], upper: _Raw) -> bool:
    """If `upper` closes a range opened by the previous mention, complete both ends; True if so."""
    if not found:
        return False
    lower = found[-1]
    gap = _RANGE_GAP.fullmatch(text, lower.end, upper.start)
    if gap is None or lower.currency is None or lower.per_unit is not None:
        return False
    if gap.group().strip() == "and" and not _BETWEEN.search(text, max(0, lower.start - 12), lower.start):
        return False
    if upper.currency is None:
        upper.currency = lower.currency
    elif upper.currency != lower.currency:
        return False
    if not lower.power and upper.power:
        lower.amount = _whole(lower.amount.scaleb(upper.power))
        lower.power = upper.power
    return True


def _bare_lower_end(text: str, since: int, upper: _Raw) -> _Raw | None:
    """The lower end of "5-10 million euros", read with the upper end's scale and currency."""
    low = _RANGE_LOWER.search(text, since, upper.start)
    if low is None or _YEAR.fullmatch(low["low"]):
        return None
    if low["joint"] == "and" and not _BETWEEN.search(text, max(0, low.start() - 12), low.start()):
        return None
    start, end = low.span("low")
    lower = _Raw(_amount(low["low"], upper.power), upper.currency, start, end, upper.power)
    lower.approximate = bool(_APPROX.search(text, max(0, start - 24), start))
    return lower


def yen_sign_currency(text: str) -> str | None:
    """What "¥" means in a whole article: CNY when it speaks of yuan or RMB and never of yen, JPY when it speaks
    of yen and never of yuan, else None (each sentence decides)."""
    yuan, yen = bool(_YUAN_TEXT.search(text)), bool(_YEN_TEXT.search(text))
    if yuan != yen:
        return "CNY" if yuan else "JPY"
    return None


def find_money(text: str, *, yen_sign: str | None = None) -> list[MoneyMention]:
    """Every amount of money in `text`, in text order (see the module docstring for the rules). `yen_sign` is
    what "¥" means in the article the text comes from (`yen_sign_currency`), when the text alone does not say."""
    found: list[_Raw] = []
    yuan_text: bool | None = None
    taken = 0  # end of the last accepted amount: a match inside it is part of it
    matches = sorted([*_PREFIXED.finditer(text), *_NUMBER_FIRST.finditer(text)], key=lambda m: m.start())
    for m in matches:
        start, end = m.span()
        if start < taken:
            continue
        before = text[start - 1] if start else " "
        pre = m.groupdict().get("pre")
        if pre is not None:
            # "AUD5" and "SAR443579" are not money; a sign glued to a lower-case word by a scraper is
            # ("to pay Ionis$500 million", "up to$625 million")
            if before in _LETTERS and (pre[0].isalpha() or not before.islower()):
                continue
            number, word, letter = m.group("n1"), m.group("sw1"), m.group("sl1")
            if m.group("ps"):
                if word or letter or pre not in CODES:
                    continue
                ps = m.group("ps")  # "DKKm 1,234" is DKK 1,234 million
                word, letter = (None, ps) if ps in SCALE_LETTERS else (ps, None)
            elif (
                pre in CODES and not (word or letter) and number.isdigit() and not _PER_UNIT.match(text, end)
            ):
                continue  # "SAR443579" (a drug code), "EUR 2024 guidance", "patients with CAD 5 years"
            if not (word or letter):
                spaced = _SPACED_MILLION.match(text, end)
                if spaced is not None:
                    letter, end = "m", spaced.end()
            currency: str | None = PREFIX_SIGNS.get(pre) or CODES[pre]
            trailing = _TRAILING_CODE.match(text, end) if pre not in CODES else None
            if trailing is not None:
                code = CODES[trailing.group("code")]
                if code == currency or (pre == "$" and code in DOLLAR_CODES):
                    currency, end = code, trailing.end()  # "$180 million USD", "$5 million CAD"
            if pre in YEN_OR_YUAN_SIGNS:
                if yuan_text is None:
                    own = yen_sign_currency(text)
                    yuan_text = (own or yen_sign) == "CNY"
                currency = "CNY" if yuan_text else "JPY"
        else:
            if before == "-" and text[start - 2 : start - 1].isalpha():
                continue  # "COVID-19", "IL-2"
            number, word, letter = m.group("n2"), m.group("sw2"), m.group("sl2")
            suffix = m.group("post2") or m.group("post3")
            scaled = bool(word or letter)
            if suffix is None:
                currency = None
            else:
                key = suffix.lower()
                currency = CODES.get(suffix) or _SUFFIX_LOWER.get(key)
                if not scaled and (key in AMBIGUOUS_SUFFIX_WORDS or _YEAR.fullmatch(number)):
                    continue
        power = _power(word, letter)
        raw = _Raw(_amount(number, power), currency, start, end, power, yen_sign=pre in YEN_OR_YUAN_SIGNS)
        if pre is None and currency is None:
            if letter in _NOT_BARE_LETTERS or (letter == "M" and len(number) == 1):
                continue
            if _UNIT_COMPOUND.match(text, end):
                continue  # "a 320m-long pipeline" (metres), "a 10 million-share offering"
            if not _link_range(text, found, raw) and not _bare_is_money(text, start, end):
                continue
        elif found:
            _link_range(text, found, raw)
        per = _PER_UNIT.match(text, end)
        if per:
            raw.per_unit = _singular(per.group("unit"))
        raw.approximate = bool(_APPROX.search(text, max(0, start - 24), start))
        if pre is None and power:
            lower = _bare_lower_end(text, max(taken, start - 24), raw)
            if lower is not None:
                found.append(lower)
        found.append(raw)
        taken = end
    if "M" in text or "B" in text:
        found = _with_scaled_codes(text, found)
    if _EAST_ASIAN_SCALE_SIGN.search(text) or "oku" in text:
        found = _with_east_asian_scales(text, found)
    return _build(text, found)


# "50億円", "30억원", "1조 3000억원", "¥50 oku", "300 oku yen": a myriad scale after the number, then the currency
_EAST_ASIAN_SCALE_SIGN: Final = re.compile("[" + "".join(k for k in EAST_ASIAN_SCALES if len(k) == 1) + "]")
_EA_SCALE: Final = "|".join(EAST_ASIAN_SCALES)
_RESTATED: Final = re.compile(rf"{_SP}*[(（]{_SP}*")
_EA_NUMBER: Final = r"\d[\d,]*(?:\.\d+)?"
_EAST_ASIAN: Final = re.compile(
    rf"(?:(?P<sign>¥|￥|JPY|KRW|₩|US\$|\$){_SP}?)?(?<![A-Za-z0-9.,])(?P<n1>{_EA_NUMBER}){_SP}?(?P<s1>{_EA_SCALE})"
    rf"(?:{_SP}?(?P<n2>{_EA_NUMBER}){_SP}?(?P<s2>{_EA_SCALE}))?"
    rf"(?:{_SP}?(?P<cur>{'|'.join(EAST_ASIAN_CURRENCY_WORDS)}))?(?![A-Za-z])"
)


def _with_east_asian_scales(text: str, found: list[_Raw]) -> list[_Raw]:
    """`found` with the amounts written with a myriad scale; such an amount replaces what was read inside it
    ("¥50" of "¥50 oku")."""
    for m in _EAST_ASIAN.finditer(text):
        sign, word = m.group("sign"), m.group("cur")
        currency = EAST_ASIAN_CURRENCY_WORDS.get(word or "") or {"¥": "JPY", "￥": "JPY", "₩": "KRW", "$": "USD",
                                                                  "US$": "USD"}.get(sign or "", sign)
        if currency is None:
            continue  # a bare "30억" says no currency: no money read
        amount = _amount(m.group("n1"), EAST_ASIAN_SCALES[m.group("s1")])
        if m.group("n2"):
            amount += _amount(m.group("n2"), EAST_ASIAN_SCALES[m.group("s2")])
        before = next((r for r in reversed(found) if r.end <= m.start()), None)
        if (
            before is not None
            and before.currency == currency
            and before.amount == amount
            and _RESTATED.fullmatch(text, before.end, m.start())
        ):
            continue  # "42 billion yen (420億円)": the same amount in the local script
        raw = _Raw(amount, currency, m.start(), m.end(), EAST_ASIAN_SCALES[m.group("s1")])
        raw.approximate = bool(_APPROX.search(text, max(0, m.start() - 24), m.start()))
        found = [r for r in found if not (r.start < m.end() and m.start() < r.end)] + [raw]
    return sorted(found, key=lambda r: r.start)


# Nordic and trade-report form: the scale is a letter before the code ("MSEK 500", "500 MEUR", "BSEK 1.2")
_SCALED_CODE: Final = re.compile(
    rf"(?<![\w.])(?P<s1>[MB])(?P<c1>{_alternation(SCALED_CODE_CURRENCIES)}){_SP}(?P<n1>\d[\d,]*(?:\.\d+)?)(?![\d\w])"
    rf"|(?<![\w.,])(?P<n2>\d[\d,]*(?:\.\d+)?){_SP}(?P<s2>[MB])(?P<c2>{_alternation(SCALED_CODE_CURRENCIES)})(?!\w)"
)


def _with_scaled_codes(text: str, found: list[_Raw]) -> list[_Raw]:
    """`found` with the amounts written "MSEK 500" or "500 MEUR" added, in text order."""
    extra: list[_Raw] = []
    for m in _SCALED_CODE.finditer(text):
        if any(r.start < m.end() and m.start() < r.end for r in found):
            continue
        number = m.group("n1") or m.group("n2")
        power = 6 if (m.group("s1") or m.group("s2")) == "M" else 9
        currency = m.group("c1") or m.group("c2")
        raw = _Raw(_amount(number, power), currency, m.start(), m.end(), power)
        raw.approximate = bool(_APPROX.search(text, max(0, m.start() - 24), m.start()))
        extra.append(raw)
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda r: r.start)


def _build(text: str, found: list[_Raw]) -> list[MoneyMention]:
    """Link each figure to a conversion written right after it, then freeze the mentions."""
    for first, second in itertools.pairwise(found):
        if (
            first.currency is not None
            and second.currency is not None
            and first.currency != second.currency
            and not first.is_conversion
            and (
                _CONVERSION_GAP.fullmatch(text, first.end, second.start)
                or (
                    _CONVERSION_GAP_WORDS.fullmatch(text, first.end, second.start)
                    and _CLOSING_BRACKET.match(text, second.end)
                )
            )
        ):
            _settle_yen_sign(first, second)
            _reconcile(first, second)
            second.is_conversion = True
            first.converted = True
    mentions: list[MoneyMention] = []
    following: MoneyMention | None = None
    for raw in reversed(found):
        mention = MoneyMention.model_construct(  # fields are built here, already valid
            amount=raw.amount,
            currency=raw.currency,
            amount_text=text[raw.start : raw.end],
            start=raw.start,
            end=raw.end,
            per_unit=raw.per_unit,
            approximate=raw.approximate,
            converted=following if raw.converted else None,
            is_conversion=raw.is_conversion,
        )
        mentions.append(mention)
        following = mention
    mentions.reverse()
    return mentions
