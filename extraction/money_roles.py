"""What one amount is, from the words of its own clause: an ordered table of named rules.

An amount's clause is read from the sentence around it (`MoneyClause`: the words to its left since the
amount before it, the words to its right up to the next one, and whether it is the sentence's first).
The rules of `ROLE_RULES` are tried in order and the first that applies gives the amount its role; each
rule names itself, so `dealbot extract --explain` can say why a figure is an upfront.

| rule | example | role |
|---|---|---|
| kinds-totalled | "an upfront payment, near-term milestones and option fees, totaling $175m" | combined |
| kinds-totalled | not the kind of the amount before ("¥4bn upfront with milestone payments totaling ¥15bn") | — |
| kinds-included-after | "up to €240m including upfront and research payments, and milestones" | total_value |
| kinds-listed-after | "$120 million in upfront, equity and near-term research payments" | combined |
| kinds-listed-after | "$300m in upfront, clinical and sales milestones" (not "in research, ...": one kind) | combined |
| kinds-listed-after | "$150m for exercise of the option and development milestones" (no upfront) | milestones |
| kinds-listed-after | "the deal is worth around $900m in combined upfront, ... milestone payments" | total_value |
| upfront-and-near-term | "$50m in upfront and near-term payments" | upfront |
| upfront-and-milestones | "upfront and milestone payments of up to $900m" | combined |
| kinds-listed-before | "access fees, development and sales milestone payments of up to £200m" | total_value |
| total-with-contingent-instrument | "the cash and the CVR ... or an aggregate value of about $1.04bn" | total_value |
| contingent-instrument | "a CVR worth up to $4.00 per share" | milestones |
| base-before-a-rise | "the deal, estimated at $2bn, could rise to $2.4bn" (what is paid before the rise) | upfront |
| more-if-condition | "could receive an additional $350m if the drug is approved", "$2bn more, if ..." | milestones |
| kind-totalling | "milestone payments totalling up to $210m", "additional payments totaling $604m" | that kind |
| kind-totalling | "milestone payments to Norvane totaling up to ¥15bn" (whom they go to, between) | that kind |
| deal-noun-after | "a $325m licensing agreement", "a $640M tender offer" (not "$7m for the pact") | total_value |
| deal-noun-after | "a $1.3bn biobucks deal" (the trade press's word for a deal's headline worth) | total_value |
| purchase-price | "will acquire Norvane, a clinical-stage company, for up to $1.5bn" | total_value |
| purchase-price | "sold its royalty rights to Y for $90m" (a sale's price; "for up to $X" is total_value) | upfront |
| purchase-price | not shares bought ("a stake of 19.9% of its stock for $33m"), not "for $1.3bn in cash up front" | — |
| kind-after-total-word | "the pact is worth $50M upfront" (a kind right after, a total word before) | that kind |
| total-after | "scores $50M upfront and up to $1.2B total" (the word right after the figure) | total_value |
| cue-before | "an upfront payment of $10m" (the nearest cue left of the amount, in its clause) | the cue's |
| cue-after | "$75M upfront", "up to $1.35bn in development milestones" (the nearest cue after it) | the cue's |
| cue-after | "with $490m to follow in milestones" (attached after "to follow", "more", "possible") | the cue's |
| cue-after | "$1.9bn worth of milestones" (a measure of the kind after "worth of", not a total) | the cue's |
| total-as-the-subject | "Total consideration including deferred payments, if all are met, is $1.7bn" | total_value |
| paid-in-cash | "Kestrel is paying Norvane $500m in cash, plus" (not "up to", nor "in cash upon approval") | upfront |
| plain-sum-received | "Norvane will receive $67 million" (a sum to be received, not "up to", no cue) | upfront |
| bound-received | "Norvane will receive up to $300 million after entering into a licence" (no cue) | total_value |

A "combined" figure is several kinds of payment in one (upfront and milestones): part of the total,
never the upfront. An amount no rule reads has no role (`None`); what the story around it says of it
(`amounts`) may still give it one; `confidence` says which readings are too weak to state alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from extraction.text import WordPattern, folded_pattern
from extraction.vocabulary import (
    COMBINED_UPFRONT_MILESTONE_CUES,
    EQUITY_CUES,
    MILESTONE_CUES,
    TOTAL_CUES,
    UPFRONT_CUES,
)

MoneyRole = Literal["upfront", "milestones", "total_value", "equity", "combined"]

CUES: dict[MoneyRole, WordPattern] = {
    "upfront": folded_pattern(rf"\b(?:{UPFRONT_CUES})\b"),
    "milestones": folded_pattern(rf"\b(?:{MILESTONE_CUES})\b"),
    "total_value": folded_pattern(rf"\b(?:{TOTAL_CUES})\b"),
    "equity": folded_pattern(rf"\b(?:{EQUITY_CUES})\b"),
}

# Where a clause ends: a comma or "and" before the next item of a list, a semicolon.
BOUNDARY = folded_pattern(r",\s+(?:and\s+|as well as\s+|plus\s+)?|;\s+|\s+(?:and|plus|as well as)\s+")
_UPFRONT_NEAR_TERM = folded_pattern(r"\bup-?front(?: cash| payments?)? and (?:near|short)-term\b")
_KINDS_LISTED = folded_pattern(
    r"""(?x)^\s+(?:in|for)\s(?:the\ form\ of\ )?(?:combined\ |total\ |potential\ )?   # "in combined ..."
        (?:(?:the\ )?exercise\ of\ (?:the\ |its\ |an\ )?)?      # "for exercise of the option and ... milestones"
        (?:up[-\ ]?front|equity|near-term|research|milestone|option|access|licen[cs]e)  # a first kind of payment
        [\w\-\ ]*?(?:,\s*|\s+and\s+)                                        # a list separator
        (?!(?:which|that|who)\b)                      # not a clause about the first: "..., which are paid when"
        (?:[\w\-]+\s+)*?(?:up-?front|equity|near-term|research|milestones?|option)\b  # a second kind
      | ^\s+in\s(?:combined\ |total\ |potential\ )?(?:up[-\ ]?front|equity)(?:\ cash|\ payments?|\ fees?)?,\s*
        (?:[\w\-]+(?:,\s*|\s+))*?milestones?\b     # "in upfront, development, regulatory and sales milestones"
    """
)
_COMBINED = folded_pattern(rf"\b(?:{COMBINED_UPFRONT_MILESTONE_CUES})\b")
# Kinds of payment: "upfront payments" is one kind, "upfront and option payments" two.
PAYMENT_KINDS = folded_pattern(
    r"\b(?:up-?front|milestones?|option (?:exercise )?fees?|license fees?|(?:research|r&d) funding|equity)\b",
)
_TOTALING = folded_pattern(
    r"\b(?:totall?ing|totall?ed|in total|together worth|combined|in an aggregate amount of)\b"
    r"(?:\s+(?:up to|approximately|about|around|some))?[\s,]*$"
)
_STRONG_MILESTONE = folded_pattern(r"\b(?:contingent value rights?|CVRs?|earn-?outs?)\b")
_TOTAL_OF_ALL = folded_pattern(
    r"\b(?:a total of|total consideration|aggregate (?:value|consideration|amount)|an aggregate of|total value)\b"
)
# "milestone payments totalling up to $210m", "upfront payments for both licenses totaling $170 million": the
# total of one kind of payment, not of the deal
_KIND_TOTALLING = folded_pattern(
    r"""(?x)\b(?P<kind>milestones?|biobucks|bio-bucks|up-?front              # one kind of payment
          |additional(?:\ potential|\ contingent)?(?=\ payments?)           # "additional payments": milestones
          |(?:future|contingent)(?=\ payments?))                             # "future payments worth": milestones
        (?:\ and\ (?:option|contingency|contingent))?(?:\ cash)?(?:\ payments?|\ fees?)?  # "and option payments"
        (?:\ (?:for|on|under|to)\ (?:(?!\b(?:and|deal|agreement|pact|transaction|contract)\b)[^$€£¥;]){0,40}?,?)?
                                                    # what they are for or whom they go to (not the deal), a comma
        \ (?:that\ |which\ )?(?:potentially\ |could\ be\ )?
        (?:totall?ing|worth|amounting\ to|valued\ at|adding\ up\ to   # the verb that sums them
          |(?:could|may|might|would|will)\ (?:reach|total|top|exceed|be\ worth|amount\ to|add\ up\ to
            |climb\ to|rise\ to|grow\ to)
          |of\ (?:a|an|the)\ (?:maximum\ |potential\ )?(?:total|aggregate)(?:\ amount)?\ of)  # "... amount of"
        (?:\ up\ to|\ as\ much\ as|\ over|\ more\ than)?(?:\ another|\ an\ additional|\ a\ further)?
        (?:\ approximately|\ about|\ around)?\s*$"""
)
_DEAL_NOUN_AFTER = folded_pattern(
    r"^\s*(?:(?!(?:if|when|once|should|unless|provided)\b)[\w\-]+\s+){0,2}?(?:deal|agreement|pact|transaction|contract|collaboration|partnership|acquisition"
    r"|buyout|tie-?up|tie up|alliance|takeover|merger|offer|bid)\b",
)
_PURPOSE_FIRST = folded_pattern(r"^\s*(?:for|from|on|upon|to)\s")
_BIOBUCKS = folded_pattern(r"\bbio-?bucks\b")
# The phrase attached to an amount on its right, after a per-unit phrase ("$350m per target in milestones")
# and after a word that says the sum may come ("a further $1.4bn possible in milestones", "$90m more in fees",
# "with $490m to follow in milestones")
# (or a verb that says what the sum is: "$1.1 billion is in development and regulatory milestones")
_ATTACHED = folded_pattern(
    r"^(?:\s+(?:per|for each|each)\s+[\w\-]+)?(?:\s+(?:possible|potential|potentially|more|available|to follow"
    r"|to come|is|are|comes|come))?"
    r"\s+(?:in|of|for|as|worth|upon|on|over|payable|which|that)\b"
    r"|^,\s+(?:which|payable)\b"
)
# A cue that leads into the next amount is that amount's: "$7.1 billion for a total consideration of $8.4 billion"
_LEADS_INTO_NEXT = folded_pattern(
    r"""(?x)^\ ?(?:(?!and\b|plus\b|with\b|or\b)[\w\-]+\ ){0,4}?     # a few words, no new list item
        (?:of|at|is|are|was|reach|reaching|amounting\ to)                # the verb or "of" before a figure
        (?:\ up\ to|\ as\ much\ as)?(?:\ about|\ approximately)?\s*$"""
)
# An attached phrase runs on through lists ("in development, regulatory and commercial milestones")
# and ends where a new clause begins.
_ATTACHED_END = folded_pattern(
    r",\s+(?=(?:and(?!(?:\s+(?:development|regulatory|commercial|sales|clinical|approval|launch)[\w\-]*)+"
    r"\s+(?:milestones?|payments?)\b)"  # not the Oxford comma of a list of kinds
    r"|as well as|plus|with|while|which|subject|payable|bringing)\b|[$€£¥])|;\s+"
)
# "will acquire Norvane Bio, a clinical-stage company, for up to $1.5 billion": the price, across the appositive
# and across the dots of a name within the sentence ("rights to Q. Norvane Ltd. products from Y for $6m")
_PURCHASE_FOR = folded_pattern(
    r"""(?x)\b(?:acquire|acquires|acquiring|acquisition\ of|buy|buys|buying|bought|purchase|purchases|purchased
        |(?:be|is|are|was|were|been|being)\ (?:taken\ over|acquired|bought)\ by)\b       # or bought, said passively
        [^$€£¥₹₩;]{0,160}?\bfor                                 # the thing bought, then "for"
        (?:\ up\ to|\ as\ much\ as)?(?:\ approximately|\ about|\ around|\ roughly)?\s*$"""
)
# "sold its royalty rights on the drug to Y for $152m", "to divest a portfolio of ... products to Y, for up to around
# $670m": the price of a sale, across the long description of what is sold
_SALE_FOR = folded_pattern(
    r"""(?x)\b(?:sell|sells|sold|selling|divest|divests|divested|divesting|sale\ of|divestment\ of)\b
        [^$€£¥₹₩;]{0,240}?\bto\b[^$€£¥₹₩;]{0,80}?,?\ for      # what is sold, to whom, then "for"
        (?:\ up\ to|\ as\ much\ as)?(?:\ approximately|\ about|\ around|\ roughly)*\s*$"""
)
# a kind of payment written right after a price: "for $1.3bn in cash up front", "for $20m upfront"
_KIND_RIGHT_AFTER = folded_pattern(rf"^\s*(?:in\s+)?(?:cash\s+)?(?:{UPFRONT_CUES}|{EQUITY_CUES})\b")
# a minority stake bought as an investment, not a company or a controlling stake bought ("a 60% stake in X")
_SHARES_BOUGHT = folded_pattern(
    r"\b(?:equity (?:stake|investment|interest)|minority (?:stake|interest)|newly issued)\b"
    # a stake of under half: "buys 4.91% stake in Norvane for 142 mln yuan"
    r"|(?<![\d.])[1-4]?\d(?:\.\d+)?\s?(?:%|per ?cent|percent) (?:equity )?(?:stake|interest|holding|shareholding)\b"
)
# "—and up to $1.2B total—in AI deal": the word right after the figure says it is the whole
_TOTAL_AFTER = folded_pattern(
    r"^\s*total\b(?!\s*(?:of|up-?front|up front|milestones?|equity|payments?"
    r"|research|sales|revenue|funding|financing|cash\b))"
)
_UP_TO_END = folded_pattern(r"\b(?:up to|as much as)\b[\w\s]*$")
# "including upfront and research payments, and for meeting clinical milestones": the figure holds every kind
_INCLUDED_KINDS = folded_pattern(r"^\s*,?\s*(?:including|which includes?|that includes?|comprising|consisting of)\s")
_DEAL_PAYMENT_KINDS = folded_pattern(
    r"\b(?:up-?front|research|milestones?|option|equity|licen[cs]e fees?|access fees?|near[- ]term)"
)
# "initial access fees, clinical development and commercial milestone payments of up to £200m": a first payment and
# the milestones listed before the figure, which is then their sum
_LISTED_BEFORE = folded_pattern(
    r"""(?x)\b(?:up-?front|signing|initial|access|licen[cs]e|option)(?:\ fees?|\ payments?|\ cash)?   # a first payment
        (?:,\ |\ and\ )[\w\-,\ ]{0,60}?\bmilestone\ payments?                              # then the milestones
        \ (?:of|totall?ing|worth)(?:\ up\ to|\ as\ much\ as)?\s*$"""
)
# "could receive an additional $350m if its partnership leads to approval": more money, paid under a condition
_MORE_BEFORE = folded_pattern(r"\b(?:an? additional|a further|another|additional)(?: potential| possible)?\s*$")
_MORE_AFTER = folded_pattern(r"^\s*(?:more|in addition|on top)\b,?")
_CONDITION_AFTER = folded_pattern(
    r"""(?x)^\s*(?:by\ [^;]{3,30}?\d{4},\s*)?          # a date it is due by: "by June 30, 2028,"
        (?:if|when|once|should|provided|subject\ to|upon|contingent|depending)\b   # a condition
        [^;]{0,120}?\b(?:approv\w*|sales|success\w*|achiev\w*|develop\w*|regulatory|milestones?|goals?|launch\w*
        |commerciali[sz]\w*|trials?)\b   # of the drug's progress (not an option's exercise)"""
)
# "Norvane will receive $67 million": a sum to be received, said plainly
_RECEIVES_PLAIN = folded_pattern(r"\b(?:will|would|is to|are to|shall|to) (?:receive|get|be paid)\s*$")
# "Kestrel is paying Norvane $500 million in cash, plus ...", "pays $500M cash for": a sum paid now, in cash (not "up
# to", nor cash due on a milestone: "$50m in cash upon approval")
_PAYS = folded_pattern(
    r"\b(?:pay|pays|paying|paid|hands? over|handing over|shells? out|shelling out)(?: [\w\-.&’']+){0,4}?\s*$"
)
_IN_CASH_NOW = folded_pattern(
    r"^\s+(?:in\s+)?cash\b(?![^.;]{0,40}?\b(?:stock|shares)\b)"  # (not a part: "$50M in cash and stock")
    # (nor the cash part of one sum, told by the bare amount next: "$50M in cash plus $150M in stock", not "$500M in
    # cash, plus a $325M equity investment")
    r"(?!,?\s+(?:and|plus)\s+$)"
    r"(?![^.;]{0,40}?\b(?:milestones?|upon|if|when|once|contingent|after)\b)"
)
# "Norvane could receive up to $300 million": a bound on all it may be paid
_RECEIVES_BOUND = folded_pattern(
    r"\b(?:will|would|could|may|might|is to|are to|shall|to) (?:receive|get|be paid|earn|collect)"
    r"(?: (?:a total of|in total))? (?:up to|as much as)(?: approximately| about| around| roughly)?\s*$"
)
_KIND_AFTER = folded_pattern(
    r"^\s*(?:in\s+)?(?P<kind>up[- ]?front|milestones?|biobucks|equity)\b"
    r"(?!\s*(?:and|plus|,)\s*(?:near-term|milestones?|equity|development|regulatory|option)\b)"
)
_SUM_QUALIFIER = folded_pattern(r"(?:in total|in (?:the )?aggregate|in all)\b")
# "$1.9 billion worth of milestones": a measure of the payments named next, not the deal's worth
_WORTH_OF = folded_pattern(r"worth of\b")
_PREVIOUS_AMOUNTS_CUE = 2  # a cue this close after the amount before is that amount's
_CLAUSE_MARK = re.compile(r"[,;]")
_RIGHT_DISTANCE_WEIGHT = 1.2  # a cue after the amount counts as a little farther than one before it


@dataclass(frozen=True)
class MoneyClause:
    """The folded words around one amount: `left` since the amount before, `right` up to the next."""

    left: str
    right: str
    first: bool  # the sentence's first amount
    next_amount: bool = False  # `right` ends where another amount begins
    next_is_a_unit_price: bool = False  # ... and that amount is a price per share or unit ("at $90 per share")
    since_previous: str = ""  # all the words since the amount before (or the sentence's start), beyond `left`

    @cached_property
    def clause(self) -> str:
        """The amount's own clause on its left: after the last list comma or "and"."""
        return BOUNDARY.split(self.left)[-1]

    @cached_property
    def own_left(self) -> str:
        """The left words, unless they are the phrase of the amount before ("$25m in ..., $5m")."""
        return "" if re.match(r"\s+in\b", self.left) else self.left[-60:]

    @cached_property
    def attached_right(self) -> str:
        """The phrase attached to the amount on its right ("in development and sales milestones"), or
        the right words up to the clause's end."""
        attached = _ATTACHED.match(self.right)
        if attached:
            return _ATTACHED_END.split(self.right.lstrip(", "), maxsplit=1)[0]
        return BOUNDARY.split(self.right, maxsplit=1)[0]

    @cached_property
    def nearest_cue(self) -> tuple[float, MoneyRole, bool] | None:
        """The nearest cue in the clause: (distance, role, whether it is after the amount)."""
        return _nearest_cue(self)


@dataclass(frozen=True)
class RoleRule:
    name: str
    example: str
    applies: Callable[[MoneyClause], MoneyRole | None]


def payment_kinds(text: str) -> set[str]:
    """The kinds of payment `text` names, one word each ("upfront", "milestone", "option", "equity" ...)."""
    return {k.group(0).split()[0].replace("-", "").rstrip("s") for k in PAYMENT_KINDS.finditer(text)}


# A kind right after the amount before is that amount's: "¥4bn upfront with milestone payments totaling ¥15bn"
_KIND_OF_THE_AMOUNT_BEFORE = folded_pattern(
    r"^\s*(?:in\s+)?(?:up-?front|milestones?)(?:\s+(?:cash|payments?|fees?))?\b"
)


def _kinds_totalled(c: MoneyClause) -> MoneyRole | None:
    left = c.left if c.first else _KIND_OF_THE_AMOUNT_BEFORE.sub("", c.left, count=1)
    if _TOTALING.search(left) and len(payment_kinds(left)) >= 2:
        return "combined"
    return None


# The deal's worth said right before the amount: "The deal is worth around $900 million in combined upfront, ..."
_DEAL_WORTH_BEFORE = folded_pattern(
    r"\b(?:deal|agreement|pact|collaboration|partnership|transaction|licen[cs]e)\b[^,;]{0,20}?\b(?:is|was|could be"
    r"|would be|will be)?\s*(?:worth|valued at)(?: up to| as much as)?(?: around| about| approximately| roughly)?\s*$"
)
_UPFRONT_KIND = folded_pattern(r"\bup[-\ ]?front\b")
# The kinds of a list paid at signing or for work; a list of none of them is of contingent payments only
_PAID_AT_SIGNING_OR_FOR_WORK = folded_pattern(r"\b(?:up[-\ ]?front|equity|near-term|research|access|licen[cs]e)")


def _kinds_listed_after(c: MoneyClause) -> MoneyRole | None:
    listed = _KINDS_LISTED.match(c.right)
    if listed and not _UPFRONT_NEAR_TERM.search(c.right[:50]):
        kinds = listed.group(0)
        if _DEAL_WORTH_BEFORE.search(c.left) and _UPFRONT_KIND.search(kinds) and "milestone" in kinds:
            return "total_value"  # "the deal is worth around $900m in combined upfront, ... milestone payments"
        # "$150m for exercise of the option and development milestones": contingent payments, as milestones are
        return "combined" if _PAID_AT_SIGNING_OR_FOR_WORK.search(listed.group(0)) else "milestones"
    return None


def _kinds_included_after(c: MoneyClause) -> MoneyRole | None:
    included = _INCLUDED_KINDS.match(c.right)
    if included is None:
        return None
    kinds = {k.group(0)[:4] for k in _DEAL_PAYMENT_KINDS.finditer(c.right[included.end() :])}
    return "total_value" if len(kinds) >= 2 else None


def _kinds_listed_before(c: MoneyClause) -> MoneyRole | None:
    listed = _LISTED_BEFORE.search(c.left[-120:])
    if listed is None or (not c.first and len(c.left) <= 120 and listed.start() <= _PREVIOUS_AMOUNTS_CUE):
        return None  # "$5m upfront and milestone payments of up to $1m": that upfront is the amount before's
    return "total_value"


# what a figure may rise to, told right after it: "estimated at $2 billion, could rise to $2.4 billion", "rising to"
_RISES_TO = folded_pattern(
    r"^\s*,?\s*(?:and |which |that )?(?:(?:could|may|might|would|will|can) (?:rise|climb|increase|grow|go up)"
    r"|rising|climbing|increasing) to\b"
)


def _base_before_a_rise(c: MoneyClause) -> MoneyRole | None:
    # (not "up to $2bn, rising to": a bound is no sum paid)
    bound = c.left.rstrip().endswith(("up to", "as much as"))
    return "upfront" if c.next_amount and not bound and _RISES_TO.match(c.right) else None


def _more_if_condition(c: MoneyClause) -> MoneyRole | None:
    if _MORE_BEFORE.search(c.left) and _CONDITION_AFTER.match(c.right):
        return "milestones"
    more = _MORE_AFTER.match(c.right)  # "could receive $2 billion more, provided its programs hit ... milestones"
    return "milestones" if more is not None and _CONDITION_AFTER.match(c.right[more.end() :]) else None


# a sentence whose subject is the deal's whole, however many asides before its one figure: "Total consideration
# including the deferred payments, if all conditions are met, would be approximately $1.7 billion"
_TOTAL_AS_THE_SUBJECT = folded_pattern(
    r"""(?x)^\s*(?:the\s+)?(?:total|aggregate|overall|maximum)\s+(?:potential\s+)?   # the whole
        (?:consideration|value|deal\ value|transaction\ value|purchase\ price)\b     # of the deal
        [^$€£¥₹₩;]*$                                                           # no figure before this one"""
)


def _total_as_the_subject(c: MoneyClause) -> MoneyRole | None:
    return "total_value" if c.first and _TOTAL_AS_THE_SUBJECT.match(c.since_previous + c.left) else None


def _paid_in_cash(c: MoneyClause) -> MoneyRole | None:
    bound = c.left.rstrip().endswith(("up to", "as much as", "more than", "over"))
    return "upfront" if not bound and _PAYS.search(c.left[-80:]) and _IN_CASH_NOW.match(c.right) else None


def _plain_sum_received(c: MoneyClause) -> MoneyRole | None:
    return "upfront" if _RECEIVES_PLAIN.search(c.left) and not c.right.lstrip().startswith("in ") else None


def _bound_received(c: MoneyClause) -> MoneyRole | None:
    # not "up to $300m in milestones", whose cue the rules before have read; not a sum for something else
    return "total_value" if _RECEIVES_BOUND.search(c.left) and not _ATTACHED.match(c.right) else None


def _upfront_and_near_term(c: MoneyClause) -> MoneyRole | None:
    return "upfront" if _UPFRONT_NEAR_TERM.search(c.own_left + " " + c.clause + c.right[:40]) else None


def _upfront_and_milestones(c: MoneyClause) -> MoneyRole | None:
    return "combined" if _COMBINED.search(c.left[-80:] if c.first else c.clause) else None


def _total_with_contingent_instrument(c: MoneyClause) -> MoneyRole | None:
    """A price and its CVR summed: "An additional $1.50 CVR will be paid for a total of $12.00 per share, or about $310
    million" (not "a CVR of $1 per share, for a total of up to $90 million in CVR payments": the CVRs' own total)."""
    if not (_STRONG_MILESTONE.search(c.left) and _TOTAL_OF_ALL.search(c.left)):
        return None
    return None if _STRONG_MILESTONE.search(c.right[:40]) else "total_value"


def _contingent_instrument(c: MoneyClause) -> MoneyRole | None:
    return "milestones" if _STRONG_MILESTONE.search(c.clause) else None


def _kind_totalling(c: MoneyClause) -> MoneyRole | None:
    found = _KIND_TOTALLING.search(c.left[-120:])
    if found is None:
        return None
    return "upfront" if found.group("kind").startswith("up") else "milestones"


def _deal_noun_after(c: MoneyClause) -> MoneyRole | None:
    noun = _DEAL_NOUN_AFTER.match(c.right)
    if noun is None or _PURPOSE_FIRST.match(c.right):
        return None  # "milestones of $700m for collaboration and clinical events": what it is paid for
    if _BIOBUCKS.search(noun.group(0)):
        return "total_value"  # "a $1.3 billion biobucks deal": the trade press's word for the deal's headline worth
    # "a $47 million upfront deal": a cue between the amount and the noun says what the amount is
    near = len(c.clause) - 15
    if any(
        any(cue.end() > near for cue in _stated_cues(p, c.clause)) or p.search(noun.group(0)) for p in CUES.values()
    ):
        return None
    return "total_value"


# "paying out an unspecified upfront in a $358m deal": a payment said to have no figure is no amount's cue
_FIGURELESS_BEFORE = folded_pattern(
    r"\b(?:an?\ |the\ )?(?:undisclosed|unspecified|unnamed|unrevealed|undetermined|confidential|unknown)"
    r"(?:\ [\w\-]+)?\s*$"
)


def _stated_cues(pattern: WordPattern, text: str) -> list[re.Match[str]]:
    """The cues of `pattern` in `text`, but not a payment said to have no figure ("an undisclosed upfront")."""
    return [
        cue for cue in pattern.finditer(text)
        if not ("un" in text or "confidential" in text) or not _FIGURELESS_BEFORE.search(text, 0, cue.start())
    ]


def _purchase_price(c: MoneyClause) -> MoneyRole | None:
    if _KIND_RIGHT_AFTER.match(c.right):
        return None  # "acquire a royalty interest from Y for $1.3bn in cash up front": the cue after says it
    bought = _PURCHASE_FOR.search((c.since_previous + c.left)[-200:])
    if bought is not None:
        # "to purchase an equity stake of up to 19.9% of its shares for up to $33m": an investment, not a price
        return None if _SHARES_BOUGHT.search(bought.group(0)) else "total_value"
    sale = _SALE_FOR.search(c.since_previous[-400:] + c.left)
    if sale is None:
        return None
    # "sold its rights to Y for $90m" is the cash paid for them; "for up to $670m" the whole of the price
    return "total_value" if _UP_TO_END.search(sale.group(0)) else "upfront"


def _nearest_cue(c: MoneyClause) -> tuple[float, MoneyRole, bool] | None:
    best: tuple[float, MoneyRole, bool] | None = None
    longest = 0  # of two cues that end as near, the longer says more: "issue common stock worth" is not "worth"
    right = c.attached_right
    own_start = len(c.clause) - len(c.left)  # where the words since the amount before begin, in `clause`
    for role, pattern in CUES.items():
        for cue in _stated_cues(pattern, c.clause):
            if not c.first and cue.start() - own_start <= _PREVIOUS_AMOUNTS_CUE and not _CLAUSE_MARK.search(
                c.left, 0, max(0, cue.start() - own_start)
            ):
                # "$35m upfront but ... $901m": the cue right after the amount before is that amount's (not
                # one after a comma: "of up to CHF 610m, bringing the total value to CHF 650m")
                continue
            dist, length = float(len(c.clause) - cue.end()), cue.end() - cue.start()
            if best is None or dist < best[0] or (dist == best[0] and not best[2] and length > longest):
                best, longest = (dist, role, False), length
        cue_r = pattern.search(right)
        if cue_r is not None and role == "total_value" and _SUM_QUALIFIER.match(right[cue_r.start() :]) and any(
            p.search(c.clause) for r, p in CUES.items() if r != "total_value"
        ):
            cue_r = None  # "milestone payments of up to $490 million in total": the total of those payments
        if cue_r is not None and role == "total_value" and _WORTH_OF.match(right, cue_r.start()):
            cue_r = None  # "$1.9 billion worth of milestones": the kind after "worth of" says what it is
        if cue_r is not None and c.next_amount and not c.next_is_a_unit_price:
            # (a price per share after the cue is no figure it names: "$400m of Norvane equity at $90 per share")
            tail = right[cue_r.end() :]
            if c.right.endswith(tail) and _LEADS_INTO_NEXT.match(tail):
                cue_r = None  # the cue is the next amount's
        if cue_r is not None:
            dist = cue_r.start() * _RIGHT_DISTANCE_WEIGHT + 2
            if best is None or dist < best[0]:
                best = (dist, role, True)
    return best


def _kind_after_total_word(c: MoneyClause) -> MoneyRole | None:
    """"worth $50M upfront": a kind of payment written right after the amount says what it is, whatever
    total word stands before it."""
    kind = _KIND_AFTER.match(c.right)
    best = c.nearest_cue
    if kind is None or best is None or best[1] != "total_value" or best[2]:
        return None
    word = kind.group("kind")
    return "upfront" if word.startswith("up") else "equity" if word.startswith("equity") else "milestones"


def _total_after(c: MoneyClause) -> MoneyRole | None:
    if not _TOTAL_AFTER.match(c.right):
        return None
    # "milestone payments of up to $490m total": the total of the payments its clause names
    best = c.nearest_cue
    return None if best is not None and not best[2] and best[1] != "total_value" else "total_value"


def _cue_before(c: MoneyClause) -> MoneyRole | None:
    best = c.nearest_cue
    return best[1] if best is not None and not best[2] else None


def _cue_after(c: MoneyClause) -> MoneyRole | None:
    best = c.nearest_cue
    return best[1] if best is not None and best[2] else None


ROLE_RULES: tuple[RoleRule, ...] = (
    RoleRule("kinds-totalled", "an upfront payment, near-term milestones and option fees, totaling $175m",
             _kinds_totalled),
    RoleRule("kinds-included-after", "up to €240m including upfront and research payments, and milestones",
             _kinds_included_after),
    RoleRule("kinds-listed-after", "$120 million in upfront, equity and near-term research payments",
             _kinds_listed_after),
    RoleRule("upfront-and-near-term", "$50m in upfront and near-term payments", _upfront_and_near_term),
    RoleRule("upfront-and-milestones", "upfront and milestone payments of up to $900m", _upfront_and_milestones),
    RoleRule("kinds-listed-before", "access fees, development and sales milestone payments of up to £200m",
             _kinds_listed_before),
    RoleRule("total-with-contingent-instrument", "the total consideration, the cash and the CVR, is about $14.50 "
             "per share, or an aggregate value of about $1.2 billion", _total_with_contingent_instrument),
    RoleRule("contingent-instrument", "a CVR worth up to $4.00 per share", _contingent_instrument),
    RoleRule("base-before-a-rise", "the deal, estimated at $2 billion, could rise to $2.4 billion",
             _base_before_a_rise),
    RoleRule("more-if-condition", "could receive an additional $350m if the drug is approved", _more_if_condition),
    RoleRule("kind-totalling", "milestone payments totalling up to $210m", _kind_totalling),
    RoleRule("deal-noun-after", "a $325 million licensing agreement", _deal_noun_after),
    RoleRule("purchase-price", "will acquire Norvane, a clinical-stage company, for up to $1.5 billion",
             _purchase_price),
    RoleRule("kind-after-total-word", "the pact is worth $50M upfront", _kind_after_total_word),
    RoleRule("total-after", "scores $50M upfront and up to $1.2B total", _total_after),
    RoleRule("cue-before", "an upfront payment of $10m", _cue_before),
    RoleRule("cue-after", "$75M upfront", _cue_after),
    RoleRule("total-as-the-subject", "Total consideration including the deferred payments, if all conditions are "
             "met, would be approximately $1.7 billion", _total_as_the_subject),
    RoleRule("paid-in-cash", "Kestrel is paying Norvane $500 million in cash", _paid_in_cash),
    RoleRule("plain-sum-received", "Norvane will receive $67 million", _plain_sum_received),
    RoleRule("bound-received", "Norvane will receive up to $300 million after entering into a licence",
             _bound_received),
)
RULE_NAMES = frozenset(r.name for r in ROLE_RULES)


def read_role(clause: MoneyClause) -> tuple[MoneyRole | None, str | None]:
    """The role of an amount and the name of the rule that gave it (None, None: no rule applies)."""
    for rule in ROLE_RULES:
        role = rule.applies(clause)
        if role is not None:
            return role, rule.name
    return None, None
