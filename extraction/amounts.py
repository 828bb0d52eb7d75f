"""Which amounts are this deal's upfront, milestones, total value and equity.

The stages, each with a named result: the amounts of each sentence (`money.find_money`, with what "¥" means in
the whole article); each amount's reading (`_Reading`: its role from `money_roles.ROLE_RULES`, the rule's
name, "up to", its per-unit count); the readings picked per role across the story (`_Found`); the terms with
the rule that made each field (`Terms.rules`) and every reading (`Terms.readings`), which `confidence` then
checks before anything is stated.

Rules ("this deal's amount"):
- Only sentences that tell of this deal count: a sentence that tells of an earlier deal
  (`HISTORY_MARKERS`: "to date", "originally", "in 2016", "an initial deal ... three months after"),
  of a separate matter ("Separately, ..."), or of a deal with a company that is not a party, gives
  no terms; terms said in the future ("will pay") stay this deal's unless the sentence dates the past.
- An amount below 1,000 with no unit is no term ("a $50 milestone fee" of a filing in thousands).
- An amount is not a term when its own clause says it is a share price or per-share figure, a sales threshold
  ("when annual net sales reach $3bn"), a market size, an accounting charge, a cost reimbursement or R&D funding,
  a financing (or a round's terms), a company's valuation, its cash holdings or sales goal, what each product of a
  portfolio is worth, a sum of many deals, or a facility investment (`NOT_DEAL_MONEY_CONTEXT`),
  read on its right only up to a condition it is paid under (`PAYMENT_CONDITION_AFTER`: "an additional $75m if net
  sales exceed $1.5bn" is a milestone, $1.5bn a threshold); nor when the words since the amount before tie it to
  an earlier deal, say it was already paid, compare the deal with another or tell a named company's own pending
  takeover (`EARLIER_DEAL_MONEY_CONTEXT`: "after inking a $47m deal", "had paid $75m to date", "the size of X's
  buyout", "X, soon to become part of Y if a $5bn takeover goes through"), and then neither is the rest of its
  list ("$47 million to start and $1.3 billion"). A headline total that restates the body's milestones, in a story
  with no upfront figure, is the total too ("headline value of £240M", "up to a total of £244 million upon ...
  milestones"). A headline figure the body restates without saying what it is gives the body figure its role ("to
  acquire X for €1.6bn" and "values 100% of X at €1.6 billion"). A figure given as the conversion of another ("RMB
  200 million (USD 29.5 million)") is the same amount, kept in the article's own currency; so is a figure the lead
  or headline gives only in its conversion ("placed a USD 1.5bn bid" ... "at JPY 167.4bn (USD 1.5bn)"): it is the
  original ("in-original-currency").
- An amount takes its role from the first rule of `money_roles.ROLE_RULES` that reads its clause: the
  nearest cue (`UPFRONT_CUES`, `MILESTONE_CUES`, `TOTAL_CUES`, `EQUITY_CUES`) left of it ("an upfront
  payment of $10m") or right of it ("$75M upfront"), after the rules for combined figures, one kind
  totalled, contingent instruments, purchase prices and deal nouns.
- A per-share price and its sum ("$10.75 per share in cash, or ~$535m", "will pay $40 a share or $3.2bn", "$9 per
  American Depositary Share (ADS) in cash, which totals around $210m") is the sum, paid at closing (the upfront)
  unless "up to", "total" or a CVR before it makes it the whole.
- A figure and the parts it is said to include ("$1.65bn, including $1.4bn at closing and $250m later", "$90m
  upfront ($75m in cash and $15m equity)") are read once: the parts go, unless one of them is equity, and then the
  whole goes and each part keeps its own role (a part with none takes the whole's). A part with a role of its own
  ("valued at $477m, including an upfront payment of $11m") is a term of its own.
- "up to $140m for each of the six candidates" is multiplied out, and so is a figure for "each of which" after a count
  ("up to 40 programs, each of which ... could yield more than $300M", in one clause); a per-programme figure followed
  by the whole it makes ("€125m ... for each of the targets, or €1.25bn overall") is that whole ("per-unit-then-whole");
  "per target" / "for each program" / a sentence opening "Each added compound ..." takes the count the deal
  sentences give ("up to two undisclosed targets", "six cancer and two other targets" = 8; "DMD and two other
  targets" = 3); a count of another kind of unit, or none, leaves the figure to `confidence`, unless another sentence
  states the same term: then the figure of no count is left out (`_without_uncounted_units`: "up to $30M in
  development milestones" and "each added compound carries up to $25M in milestones" are $30M of milestones).
  Milestones stated only "for the first antibody" of several, or followed by more the story gives no figure for ("and
  further milestones for subsequent products"), are not the deal's milestone total: milestones (and a total they
  would make) are uncertain ("milestones-of-a-part-only").
- Equity stated in the deal's currency and in the currency of the shares' market ("shares at HK$112.56 (~HK$778.2M)
  ...; the equity component equals US$100 million" beside a US$1.2bn upfront) is the deal's currency's figure
  ("equity-in-the-deals-currency").
- A figure of "the payments" that the sentence before names as milestones only, with no figure ("X will make milestone
  payments upon ... milestones. The payments could reach up to 1.6 trillion won."), is the milestones
  ("payments-of-the-sentence-before").
- Figures listed for parts of the deal "respectively" are of the first one's kind and add up ("Milestone Fees of up to
  $30m and $40m in relation to Field A and Field B respectively": "respectively-list"), unless the clause names
  a kind for each ("an upfront and a milestone payment of $5m and $3m respectively").
- Within one sentence, milestone amounts of different kinds add up (development + commercial), but two totals each
  under its own condition are alternatives, the larger kept ("a total potential value of up to $2.7bn if ..., and up
  to $3.6bn if ...": "alternative-ceilings"); across sentences
  the first sentence that states a role wins, so a restated or earlier figure later in the story changes
  nothing, except a figure that an earlier one only bounded from below ("worth more than $1bn in biobucks", then
  "$995m to follow in milestones": the exact one, when within a twentieth below the bound or at most half above it,
  rule "exact-after-lower-bound"; a smaller part of it changes nothing); a later sentence with an upfront and a
  total of its own, when the deal's total is stated and is not
  that one, tells another deal ("another-package-with-its-own-total"); and milestones of kinds not yet counted
  (development and regulatory in one sentence, sales in a later one) or said to come on top ("also", "further",
  "additional"), which add up unless their sentence has an
  upfront of its own (a second package of the same announcement) or come after a sentence giving another upfront
  (that other package's "also"), or add to one milestone payment counted before ("a $20m milestone payment based on
  phase I results", then "the $1.74bn in success-based milestones": "single-milestone-then-more") when they are no
  sum that may hold it; a part told after its whole ("$1.74bn in milestones, $840m of which is pegged to ...") is read
  once, as the whole ("part-of-which"); combined figures of a later sentence add up when they bundle other kinds of
  payment ("R&D funding and an option fee of €2.4m", then "an upfront license fee and milestones totaling
  €17m"). The body wins over the headline; a headline figure that is the conversion of a body figure is that
  body figure; a headline total the body does not restate is kept for `confidence`, unless the body's milestones
  exceed it and the body speaks of an upfront it gives no figure for: then it is the upfront ("$150M Quillon
  deal" and "in addition to the upfront cash, up to $2.1 billion").
- An amount with no cue, next to milestones in its sentence ("for €8m with up to €165m in biobucks"),
  is the upfront (rule "unlabelled-before-milestones"), unless it is paid for research ("another €30m or so over
  the research portion of the deal") or for exercising an option ("if it exercises the option, it would pay an
  exercise fee of $60m"); an unlabelled "up to $X" after an upfront or
  milestones in its sentence is more milestones ("unlabelled-up-to-after-terms"), unless it is paid for an option or a
  technology transfer ("as well as an option exercise for the ADC for up to €90m"); an unlabelled figure
  that is the story's only one ("up to $X", or any figure in a sentence that announces the deal) is the
  deal's total value ("lone-figure"; "lone-funding-commitment" when it is money a party commits to fund the other's
  programme: "will provide up to $750m to fund Y's flu program", which `confidence` does not doubt).
- A range is one figure, its ceiling: "between $70m and $220m in milestones" is $220m of milestones.
- A price paid for rights or a company with milestones on top ("purchased the royalty stream from Y for $6m" and "may
  pay up to an additional $20m ... upon the achievement of milestones") is the upfront, and the total adds them
  (`pipeline`, rule "price-before-milestones").
- Total value: the stated headline total, else upfront (or combined figure) + milestones, plus equity when it is
  in the same currency and not a part of the upfront ("implied-total"). Amounts in different currencies are
  never added. A stated total that counts milestones in ("includes an upfront payment of $X and milestone
  payments", "with milestones, the deal could be worth $Y", "of which $X is upfront") leaves the milestones as
  the difference when no equity could be it ("milestones-as-the-rest"), and so does a sentence saying the rest
  is milestones ("an upfront of 40 billion won, with the rest paid as milestones"). A total stated only as a floor
  ("a potential $1B-plus deal", "more than $1bn") that the upfront and milestones pass is their sum
  ("sum-above-a-lower-bound").
- A combined figure larger than the upfront, with no milestones told, holds the upfront only when its own words name
  the upfront ("up to £40m in up-front and milestone payments ... an initial payment of £6m" is £40m in all); a bundle
  of other kinds ("up to $800m in license fees and milestone payments if the option is exercised") adds to it.
  A bundle of "upfront and milestone payments" beside the upfront and the milestones told one by one is their sum
  told again, not a third part: the total is their sum, unless the bundle is more than they add up to and no mere
  lower bound ("exceeding RMB 1.2bn"): then it is the whole.
- USD value: the article's own conversion when it gives one beside the amount ("RMB 200 million
  (USD 29.5 million)"), else the rate table's (`extraction.fx`); a derived figure (a sum, a
  difference) is derived from its parts' USD values in the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from extraction.caching import per_sentence
from extraction.detection import announces_deal
from extraction.fx import to_usd
from extraction.models import FigureReading, Money, MoneyField
from extraction.money import MoneyMention, find_money
from extraction.money_roles import BOUNDARY, CUES, PAYMENT_KINDS, MoneyClause, MoneyRole, payment_kinds, read_role
from extraction.parties import other_deal_clause_end
from extraction.text import Sentence, fold, folded_alternatives, folded_pattern
from extraction.vocabulary import (
    EARLIER_DEAL_MONEY_CONTEXT,
    MILESTONE_EVENT_NOUNS,
    NOT_DEAL_MONEY_BEFORE,
    NOT_DEAL_MONEY_CONTEXT,
    NUMBER_WORDS,
    OPTION_TO_BUY,
    PAYMENT_CONDITION_AFTER,
    PER_UNIT_CUES,
    PROGRAM_NOUNS,
)

# Milestone kinds: a later sentence's milestones add up when their kinds are new (development, then sales).
_MILESTONE_KINDS = {
    "development": folded_pattern(r"\b(?:development|clinical|preclinical)\b"),
    "regulatory": folded_pattern(r"\b(?:regulatory|approval|filing|submission)\b"),
    "commercial": folded_pattern(r"\b(?:commercial|sales|commerciali[sz]ation|net sales)\b"),
}
_EXCLUDE_LOCAL = {k: folded_pattern(v) for k, v in NOT_DEAL_MONEY_CONTEXT.items() if k != "separate matter"}
# the table's patterns as one: only whether any of them matches is asked
_EARLIER_DEAL = folded_alternatives(EARLIER_DEAL_MONEY_CONTEXT.values())
_EXCLUDE_BEFORE = folded_alternatives(NOT_DEAL_MONEY_BEFORE.values())
_CONDITION_AFTER = folded_pattern(PAYMENT_CONDITION_AFTER)
# Joins an amount to the one before it in one list: "$47 million to start and $1.3 billion on the biobucks end"
_SAME_LIST = folded_pattern(r"^[\w\s\-]{0,30}?(?:,\s*|\s)(?:and|plus|with)\s+(?:up to\s+|another\s+)?$")
_UP_TO = folded_pattern(
    r"\b(?:up to|as much as|potentially|a maximum of)\s*(?:an? |the )?(?:additional |further |total of |aggregate of )?"
    r"(?:approximately\s*|about\s*|around\s*|roughly\s*)?$"
)
_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_PER_UNIT = folded_pattern(
    rf"^[^\w]{{0,3}}(?:in [\w\s,\-]{{0,60}}?)?\b{PER_UNIT_CUES}(?:(?P<n>\d+|{_NUMBER})\s+)?(?:[\w\-]+\s+){{0,2}}?"
    rf"(?P<noun>{PROGRAM_NOUNS}|{MILESTONE_EVENT_NOUNS})\b",
)
_FOR_FIRST = folded_pattern(
    rf"^[^\w]{{0,3}}(?:in [\w\s,\-]{{0,60}}?)?\bfor the (?:first|lead|initial) (?:[\w\-]+\s+){{0,2}}?(?"
    rf":{PROGRAM_NOUNS})\b",
)
# A count of programmes: "up to three targets", "six cancer and two other drug targets" (6 + 2)
_COUNT = folded_pattern(
    rf"""(?x)(?<![\d.,])\b(?:up\ to\ |a\ total\ of\ |as\ many\ as\ )?   # not the decimals of "$1.6 billion"
        (?:(?P<n0>\d+|{_NUMBER})\s+(?!(?:{PROGRAM_NOUNS})\b)[\w\-]+\s+and\s+)?   # a first count of the same list
        (?P<n>\d+|{_NUMBER})\s+(?:[\w\-]+\s+){{0,4}}?
        (?P<noun>{PROGRAM_NOUNS})\b(?!\s+(?:{PROGRAM_NOUNS})\b)                 # the last noun of the phrase"""
)
_PROGRAM = folded_pattern(PROGRAM_NOUNS)
# "may initiate up to 40 programs, each of which ... could yield more than $300M in milestones": a figure for each of a
# count of programmes told just before it
_EACH_OF_WHICH = folded_pattern(
    rf"(?<![\d.,])\b(?P<n>\d+|{_NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{PROGRAM_NOUNS}),?\s+each of which\b"
    r"[^$€£¥₹₩;]*$"
)
# a named item before a count of "other" ones: "DMD and two other undisclosed targets" counts DMD too
_ONE_MORE_BEFORE = folded_pattern(r"[\w)]\s+and\s+$")
_OTHER = folded_pattern(r"\b(?:other|additional|further|more)\b")
# "After that, for each target selected, X is eligible for up to $140m ... and up to $250m ...":
# a per-program phrase before a sentence's first amount scopes every amount of the sentence.
# So does a sentence that opens with "Each added compound carries up to $25M in milestones".
_PER_UNIT_SCOPE = folded_pattern(
    rf"\b(?:for each|for every|per)\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{PROGRAM_NOUNS})\b"
    rf"|^[^\w]{{0,3}}each\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun2>{PROGRAM_NOUNS})\b(?!\s+of\b)"
)
# "another €30 million or so over the research portion of the deal": research funding, not the upfront
_FOR_RESEARCH_AFTER = folded_pattern(
    r"^\)?\s*(?:or so\s+|more\s+)?(?:over|during|for|in|to fund)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:research|r&d|discovery)\b"
)
# "up to $2.7bn if milestones for all six programs are achieved, and up to $3.6bn if ...": a second ceiling
_CEILING_THEN_ANOTHER = folded_pattern(
    r"\s*(?:if|should|provided)\b[^$€£¥;]{0,160}?,?\s+(?:and|or|but)\s+(?:up to|as much as)\s*"
)
_A_TOTAL_BEFORE = folded_pattern(r"\b(?:total|aggregate|overall|combined)\b")
_CONDITION_FIRST = folded_pattern(r"\s*(?:if|should|provided|in the event)\b")
# A per-programme figure's link to the whole it makes: "for each of the targets, or €1.25 billion overall"
_WHOLE_AFTER_PER_UNIT = folded_pattern(
    rf"\b{PER_UNIT_CUES}(?:[\w\-]+\s+){{0,3}}?(?:{PROGRAM_NOUNS})\b[^,;.$€£¥]{{0,30}},?\s*"
    r"(?:or|for a total of|totall?ing)\s+(?:a total of\s+|up to\s+|about\s+|approximately\s+|some\s+)*$"
)
_AGGREGATE_LINK = folded_pattern(
    # "per American Depositary Share (ADS) in cash"
    r"\s*(?:per|an?) (?:share|ADS|unit|American Depositary Share(?: \(ADS\))?)\s*(?:in cash\s*)?"
    # when it is paid: "$7.00 per share in cash at closing, or $0.8 billion"
    r"(?:(?:at|upon|on) (?:the )?closing\s*)?"
    # the way it is paid: "$15 per share in cash through a tender offer, or about $315 million"
    r"(?:(?:through|via|by way of|in) (?:a |an |the )?(?:[\w\-]+ ){0,2}?(?:tender offer|offer|merger|deal)\s*)?"
    # (also in brackets: "$4.00 per share in cash (or an aggregate of about $160 million)")
    r",?\s*\(?\s*(?:or|for|representing|(?:which|that) (?:represents|totals|amounts to)|totall?ing)\s*"
    # "a total of", "an aggregate of", "a total cash value of", "an approximate total equity value of"
    r"(?:(?:a|an)\s+(?:approximate\s+|estimated\s+|implied\s+)?(?:total\s+|aggregate\s+)?"
    r"(?:(?:equity|cash|purchase)\s+)?(?:value|price|consideration)?\s*of\s*)?"  # (a "transaction value" is the whole)
    r"(?:~\s*|approximately|about|around|roughly|some|nearly|up to)?\s*",
)
# What introduces the parts of a figure just stated: "$1.65 billion, including ...", "$90 million ("
_PARTS_FOLLOW = folded_pattern(
    r"""(?x)^\)?(?:\s+[\w\-]+){0,7}?\s*          # after its conversion's bracket, a few words of its own phrase
        (?:\(                                     # a bracket, or a word that introduces parts
        |,?\s*(?:including|which\ includes?|comprising|consisting\ of|of\ which|made\ up\ of|split\ into
            |comprised\ of|broken\ down\ into|that\ includes?|with)\b)"""
)
# A stated total that counts milestones in: "a total of $145m that includes an upfront payment of $6m and
# milestone payments", "with regulatory and commercial milestones, the deal could be worth up to $5bn",
# "valued at $477m, including an upfront payment of $11m"
_TOTAL_WITH_MILESTONES = folded_pattern(
    r"\bmilestones?\b|\b(?:includ\w*|comprising|consisting of|made up of|of which)\b[^.]{0,40}\b(?:up-?front"
    r"|down[- ]payment)\b"
)
# The price of a purchase an option leaves for later, told before it: "the right to acquire Norvane for", "an
# option to buy the company at a later date for" (what exercising the option costs, not the rest of the deal's terms)
_OPTION_PRICE_BEFORE = folded_pattern(
    rf"\b{OPTION_TO_BUY}\b[^.;$€£¥]{{0,80}}\bfor\s+(?:up\ to\s+)?$"
)
# Words that make a per-share figure's total the deal's whole value or a contingent part, not its cash price
_STATED_WHOLE = folded_pattern(
    r"\b(?:total|aggregate|overall|up to|contingent value rights?|cvrs?|earn-?outs?)\b"
)
# "X will pay $40 a share or $3.2 billion": the price a buyer pays for each share, and its sum
_WILL_PAY = folded_pattern(r"\b(?:will|would|is to|agreed to|agrees to|to) pay\s*$")
# A per-share figure's link to the sum of everything before it ("$30 per share in cash plus a CVR of up to $5 per
# share, for a total of up to $1.4 billion"), not to its own aggregate ("$10 per share, or a total of $500m")
_WHOLE_LINK = folded_pattern(r"\bfor (?:a total|an aggregate|a combined)\b|\bbringing\b")
# "with the rest of the contract value to be paid as milestones", "the remainder tied to milestones"
_REST_IN_MILESTONES = folded_pattern(
    r"\b(?:rest|remainder|balance|remaining (?:amount|sum|value|payments?))\b[^.;]{0,80}\bmilestones?\b"
)
_MORE_MILESTONES = folded_pattern(
    r"(?:,|\band\b|\bfollowed by\b|\bplus\b|\bwith\b)\s+(?:[\w\-]+\s+){0,2}?"  # a new item, not the figure's own words
    r"(?:further|substantial|additional|subsequent)\s+(?:additional\s+|further\s+)?milestones?\b"
    r"(?!\s+(?:of|totall?ing|worth)\b)"
)
_MORE = folded_pattern(r"\b(?:also|additionally|in addition|further|additional)\b")
_SAME_FIGURE = Decimal("0.005")  # parts that add up to a stated whole, to the press's rounding
_WINDOW_LEFT = 90
_PETTY = 1000  # no deal term is less
_WINDOW_RIGHT = 90


@dataclass
class _Found:
    mention: MoneyMention
    sentence: Sentence
    role: MoneyRole | None
    rule: str | None = None
    multiplier: int = 1
    count_sure: bool = True  # the multiplier is the count the story gives of the per-unit noun
    for_first: bool = False
    up_to: bool = False


@dataclass
class Terms:
    upfront: Money | None = None
    milestones: Money | None = None
    total_value: Money | None = None
    equity: Money | None = None
    evidence: dict[str, str] = field(default_factory=dict)
    rules: dict[str, str] = field(default_factory=dict)  # field -> the rule (or rules, joined) that gave it
    parts: dict[str, int] = field(default_factory=dict)  # field -> how many stated amounts were added up for it
    found: list[_Found] = field(default_factory=list)  # every amount read, for `figure_readings`
    unsure_counts: set[str] = field(default_factory=set)  # fields with a per-unit figure of no stated count
    headline_total: Money | None = None  # a total the headline states and the body does not restate
    up_to: set[str] = field(default_factory=set)  # fields read from an "up to" figure
    uncertain: dict[MoneyField, str] = field(default_factory=dict)  # field -> why it is not read with confidence


def read_terms(
    headline: Sentence | None,
    sentences: Sequence[Sentence],
    deal_text: str,
    published: date | None = None,
    *,
    yen_sign: str | None = None,
    article: Sequence[Sentence] = (),
) -> Terms:
    """The deal's money from its own sentences (`sentences` exclude other deals' already); `yen_sign` is what
    "¥" means in the whole article (`money.yen_sign_currency`); `article` is every sentence of it, where a figure
    read only in its conversion may be written in its own currency."""
    count_source = fold(deal_text)
    body = [_classify(s, count_source, yen_sign) for s in sentences if not s.is_headline]
    head = _classify(headline, count_source, yen_sign) if headline is not None else []
    per_sentence = _dedupe_sentences([f for f in body if f])
    _payments_of_the_sentence_before(per_sentence, sentences)

    picked: dict[str, list[_Found]] = {}
    second_package = False  # a later sentence gave an upfront of its own: what follows may be that package's
    for found in per_sentence:
        _resolve_unlabelled(found)
        roles_here: dict[str, list[_Found]] = {}
        for f in found:
            if f.role is not None:
                roles_here.setdefault(f.role, []).append(f)
        if _another_package(roles_here, picked):
            continue
        for role, items in roles_here.items():
            if role not in picked:
                picked[role] = items
            elif _exact_after_bound(items, picked[role]):
                picked[role] = [replace(i, rule=f"exact-after-lower-bound {i.rule}") for i in items]
            elif role == "total_value" and "upfront" not in picked and _total_brought_up(items, picked[role]):
                # "The total consideration of $387.4m ... an additional payment of $1.00 per ADS, taking the maximum
                # equity value to about $477.6m": the first is what is paid at signing, the second the whole
                picked["upfront"] = [replace(i, role="upfront", rule=f"total-before-a-rise {i.rule}") for i in
                                     picked[role]]
                picked[role] = [replace(i, rule=f"total-brought-up {i.rule}") for i in items]
            elif (
                role == "milestones"
                and "upfront" not in roles_here
                and not second_package
                and (_new_kinds(items, picked[role]) or _more_than_single_payments(items, picked[role]))
            ) or (role == "combined" and "upfront" not in roles_here and _other_kinds(items, picked[role])):
                picked[role] = picked[role] + items
        if "upfront" in roles_here and "milestones" in picked and not any(
            _same_amount(f.mention, g.mention) for f in roles_here["upfront"] for g in picked["upfront"]
        ):
            second_package = True

    _price_with_its_parts(per_sentence, picked)
    all_body = [f for fs in per_sentence for f in fs]
    headline_total: _Found | None = None
    for f in head:
        original = _original_for(f, all_body)
        if original is not None:
            if original.role is None and f.role in ("total_value", "upfront") and f.role not in picked:
                # "Kestrel to acquire Norvane for €1.6bn" names what the body's "at €1.6 billion" is
                original.role, original.rule = f.role, f"role-from-the-headline {f.rule}"
                picked[f.role] = [original]
            elif f.role == "total_value" and original.role == "milestones" and not picked.keys() & {
                "total_value", "upfront", "combined"
            }:
                # "deal with headline value of £240M" and "an undisclosed upfront and up to a total of £244 million
                # upon ... milestones": the stated milestones are the deal's headline total
                picked["total_value"] = [replace(original, role="total_value", rule="headline-total-is-the-milestones")]
            continue  # the headline restates a body figure
        if f.role == "total_value" and "total_value" in picked and not _LOWER_BOUND_BEFORE.search(
            f.sentence.folded[: f.mention.start]
        ):
            # a headline total the body does not restate: checked against the body's (not a bound the body's
            # meets: "for over US$5bn" and "in a cash deal worth US$5.2 billion")
            headline_total = f
        if f.role in ("total_value", "upfront") and f.role not in picked:
            f.rule = f"headline {f.rule}"
            picked[f.role] = [f]

    if "total_value" not in picked and not picked.keys() & {"upfront", "milestones", "combined"}:
        # the one unlabelled figure of a story that names no other: "agreed to pay up to $700 million for X",
        # "will pay 491.8 billion yen to make X a fully owned subsidiary"
        lone = [f for f in all_body if f.role is None and (f.up_to or announces_deal(f.sentence))]
        if len({f.mention.amount for f in lone}) == 1:
            lone[0].rule = "lone-funding-commitment" if _funding_commitment(lone[0]) else "lone-figure"
            picked["total_value"] = [lone[0]]

    _in_original_currency(picked, [*sentences, *article], yen_sign)
    _equity_in_the_deals_currency(picked)
    terms = Terms()
    if headline_total is not None:
        m = headline_total.mention
        terms.headline_total = Money(
            amount=m.amount * headline_total.multiplier, currency=m.currency, amount_text=m.amount_text
        )
    for role in ("upfront", "milestones", "equity", "total_value"):
        items = picked.get(role, [])
        if not items:
            continue
        if role == "milestones" and (all(i.for_first for i in items) or _more_milestones_unquantified(items)):
            # "up to $277m for the first product and further milestones for subsequent products": a part only
            terms.uncertain["milestones"] = "milestones-of-a-part-only"
            continue
        items = _without_uncounted_units(items)
        if role == "total_value" and len(items) > 1:
            items = _without_enterprise_value(items)
        money = _sum(items, published)
        if money is None:
            continue
        setattr(terms, role, money)
        terms.evidence[role] = items[0].sentence.text
        terms.rules[role] = " + ".join(dict.fromkeys(i.rule or "?" for i in items))
        # the figures of one list "respectively" are parts of one stated term, not several readings of it
        terms.parts[role] = len(
            {(i.mention.amount, i.mention.currency) for i in items if i.rule != "respectively-list"}
        )
        if not all(i.count_sure for i in items):
            terms.unsure_counts.add(role)
        if any(i.up_to for i in items):
            terms.up_to.add(role)
    terms.found = [*head, *all_body]
    _headline_figure_as_upfront(terms, sentences)
    _sum_above_a_lower_bound(terms, picked.get("total_value", []), published)
    if terms.total_value is not None and terms.milestones is None and terms.upfront is not None:
        _implied_milestones(terms, published)
        rest_said = any(_REST_IN_MILESTONES.search(s.folded) for s in sentences)
        if terms.milestones is None and terms.equity is None and rest_said:
            # "an upfront of 40 billion won, with the rest of the contract value paid as milestones"
            milestones_as_the_rest(terms, published)
    if terms.total_value is None:
        combined = picked.get("combined", [])
        counted = [c for c in combined if c.count_sure or c.multiplier > 1]
        if len(counted) < len(combined) and not counted and terms.upfront is None and terms.milestones is None:
            terms.uncertain.setdefault("total_value", "count-of-units-unknown")  # only a figure per unit of no count
        terms.total_value = _implied_total(terms, counted, published)
        if terms.total_value is not None:
            terms.rules["total_value"] = "implied-total"
            terms.evidence["total_value"] = " / ".join(
                dict.fromkeys(terms.evidence[k] for k in ("upfront", "milestones") if k in terms.evidence)
            ) or (picked["combined"][0].sentence.text if picked.get("combined") else "")
    if terms.total_value is None and "milestones" in terms.uncertain:
        terms.uncertain["total_value"] = terms.uncertain["milestones"]  # the whole is not given either
    return terms


# "values X at around $6.2bn on a fully diluted basis with an enterprise value of around $6.5bn": the value with the
# target's debt and cash, told beside the price
_ENTERPRISE_VALUE_BEFORE = folded_pattern(
    r"\benterprise value (?:of )?(?:up to |approximately |about |around |roughly |some |nearly )?$"
)


def _without_enterprise_value(items: list[_Found]) -> list[_Found]:
    """A total told with the enterprise value beside it is the equity value alone ("values X at $6.2bn ... with an
    enterprise value of $6.5bn": $6.2bn); the enterprise value stands only when it is the sole total."""
    kept = [i for i in items if not _ENTERPRISE_VALUE_BEFORE.search(i.sentence.folded[: i.mention.start])]
    return kept or items


def _price_with_its_parts(per_sentence: list[list[_Found]], picked: dict[str, list[_Found]]) -> None:
    """A sale's price told first and its parts after ("agreed to sell X to Y for $150m", then "will get $140m upfront
    in cash and up to an additional $10m in potential milestone payments"): the price is the total, the cash the
    upfront, when the parts add up to it."""
    price = picked.get("upfront", [])
    milestones = picked.get("milestones", [])
    if len(price) != 1 or price[0].rule != "purchase-price" or "total_value" in picked or not milestones:
        return
    cash = next(
        (f for fs in per_sentence for f in fs
         if f.role == "upfront" and f is not price[0] and (f.rule or "").startswith("cue-")),
        None,
    )
    if cash is None or any(f.mention.currency != price[0].mention.currency for f in (cash, *milestones)):
        return
    whole = price[0].mention.amount * price[0].multiplier
    parts = cash.mention.amount * cash.multiplier + sum(m.mention.amount * m.multiplier for m in milestones)
    if abs(parts - whole) <= whole * _SAME_FIGURE:
        picked["total_value"] = [replace(price[0], role="total_value", rule="price-with-its-parts")]
        picked["upfront"] = [cash]


# "The payments could reach up to 1.6 trillion won.": payments named by the sentence before, with no kind of their own
_THE_PAYMENTS = folded_pattern(r"^(?:the|these|those|such) (?:potential |total |combined )?payments\b")
_MILESTONES_NAMED = folded_pattern(r"\bmilestone payments?\b|\bpayments? upon (?:the )?achievement\b")


def _payments_of_the_sentence_before(per_sentence: list[list[_Found]], sentences: Sequence[Sentence]) -> None:
    """A figure of "the payments" that the sentence before names as milestones, with no figure and no other kind of
    payment, is the milestones (rule "payments-of-the-sentence-before"): "X will make milestone payments upon the
    achievement of clinical, regulatory and commercial milestones. The payments could reach up to 1.6 trillion won."
    """
    by_index = {s.index: s for s in sentences}
    for found in per_sentence:
        sentence = found[0].sentence
        before = by_index.get(sentence.index - 1)
        if (
            before is None
            or not _THE_PAYMENTS.match(sentence.folded)
            or not _MILESTONES_NAMED.search(before.folded)
            or CUES["upfront"].search(before.folded)
            or _money_in(before.text)
        ):
            continue
        for f in found:
            if f.role in (None, "total_value") and not PAYMENT_KINDS.search(sentence.folded[: f.mention.start]):
                f.role, f.rule = "milestones", "payments-of-the-sentence-before"


# "funds managed by X will provide up to $400 million to fund Y's vaccine programme": money committed to a programme
_PROVIDES = folded_pattern(
    r"\b(?:provide|provides|commit|commits|contribute|contributes)\s+(?:up to\s+)?(?:approximately\s+|about\s+)?$"
)
_TO_FUND = folded_pattern(r"^\s*(?:in funding\s+)?to (?:fund|finance)\b")


def _is_lower_bound(f: _Found) -> bool:
    return _LOWER_BOUND_BEFORE.search(f.sentence.folded[: f.mention.start]) is not None


def _bounds_from_below(f: _Found) -> bool:
    """"more than $1 billion", "a $1B-plus deal": the figure is a floor, not the sum."""
    after = f.sentence.text[f.mention.end : f.mention.end + 5]
    return _is_lower_bound(f) or after.startswith(("-plus", "+", " plus "))


def _sum_above_a_lower_bound(terms: Terms, totals: list[_Found], published: date | None) -> None:
    """A total stated only as a floor ("with potential $1B-plus deal") that the upfront and milestones pass ("$53M
    ... along with $1.05 billion in milestones") is their sum (rule "sum-above-a-lower-bound")."""
    if len(totals) != 1 or not _bounds_from_below(totals[0]) or terms.upfront is None or terms.milestones is None:
        return
    floor, parts = terms.total_value, (terms.upfront, terms.milestones)
    if floor is None or any(p.currency != floor.currency for p in parts):
        return
    together = money_sum(list(parts), published)
    if together.amount >= floor.amount:
        terms.total_value = together
        terms.rules["total_value"] = "sum-above-a-lower-bound"
        terms.evidence["total_value"] = " / ".join(dict.fromkeys(terms.evidence[k] for k in ("upfront", "milestones")))


def _total_brought_up(items: list[_Found], counted: list[_Found]) -> bool:
    """Whether a later sentence brings the total stated before up to a larger figure ("taking the maximum equity value
    to about $477.6 million", "bringing the total to $1.2bn"), in the same currency."""
    if len(counted) != 1 or len(items) != 1 or items[0].multiplier != 1 or counted[0].multiplier != 1:
        return False
    before, after = counted[0].mention, items[0].mention
    return (
        before.currency == after.currency
        and after.amount > before.amount
        and _BROUGHT_TO.search(items[0].sentence.folded[: after.start]) is not None
    )


# "taking the maximum equity value to about", "bringing the total to"
_BROUGHT_TO = folded_pattern(
    r"\b(?:brings?|bringing|takes|taking) the [^.;$€£¥₹₩]{0,40}?\bto\s*(?:about|approximately|around|roughly|some"
    r"|nearly|up to)?\s*$"
)


def _exact_after_bound(items: list[_Found], counted: list[_Found]) -> bool:
    """Whether a later sentence's figure of a role is the exact one that an earlier figure only bounded from below,
    rounded ("worth more than $1 billion in biobucks", then "$995 million to follow in milestones"): one figure of
    the same currency within a twentieth of it, and not itself a bound."""
    if len(counted) != 1 or len(items) != 1 or not _is_lower_bound(counted[0]) or _is_lower_bound(items[0]):
        return False
    bound, exact = counted[0].mention, items[0].mention
    return (
        bound.currency == exact.currency
        and counted[0].multiplier == items[0].multiplier == 1
        and bound.amount * Decimal("0.95") <= exact.amount <= bound.amount * Decimal("1.5")
    )


def _funding_commitment(f: _Found) -> bool:
    """Whether a story's one figure is money a party commits to fund the other's programme ("will provide up to $750m
    to fund Y's flu program"): the deal's whole value, not a figure of something else."""
    text = f.sentence.folded
    return bool(_PROVIDES.search(text, 0, f.mention.start)) and _TO_FUND.match(text[f.mention.end :]) is not None


def _equity_in_the_deals_currency(picked: dict[str, list[_Found]]) -> None:
    """Equity figures of one sentence in two currencies, one of them the currency of the deal's other terms, are the
    stake stated in the deal's currency and its worth in the shares' market (rule "equity-in-the-deals-currency"):
    "buy 6.9m shares at HK$112.56 (~HK$778.2M) ...; the announced equity component equals US$100 million" beside a
    US$1.2bn upfront is US$100m of equity."""
    equity = picked.get("equity", [])
    if len({f.mention.currency for f in equity}) < 2:
        return
    deal = {f.mention.currency for role in ("upfront", "milestones", "total_value") for f in picked.get(role, [])}
    kept = [f for f in equity if f.mention.currency in deal]
    if kept and len(deal) == 1:
        for f in kept:
            f.rule = f"{f.rule} equity-in-the-deals-currency"
        picked["equity"] = kept


def _another_package(roles_here: dict[str, list[_Found]], picked: dict[str, list[_Found]]) -> bool:
    """Whether a later sentence gives an upfront and a total of its own, its total not the deal's already stated
    (rule "another-package-with-its-own-total"): "will acquire X for a maximum consideration of $951m" and later "Y
    committed to an upfront payment of $588m, with the total deal potentially reaching $3.3bn" tells another deal."""
    return (
        "total_value" in picked
        and "upfront" not in picked
        and "upfront" in roles_here
        and "total_value" in roles_here
        and not any(
            _same_amount(f.mention, g.mention) for f in roles_here["total_value"] for g in picked["total_value"]
        )
    )


def _in_original_currency(picked: dict[str, list[_Found]], sources: Sequence[Sentence], yen_sign: str | None) -> None:
    """A figure read only as a conversion ("placed a USD 1.5bn bid", "for $1.1B") that the story also gives in its
    own currency ("at JPY 167.4bn (USD 1.5bn)") is that original figure (rule "in-original-currency")."""
    bare = [f for items in picked.values() for f in items if f.mention.converted is None]
    if not bare:
        return
    originals = [
        m
        for s in dict.fromkeys(s for s in sources if "(" in s.text)
        for m in _money_in(s.text, yen_sign)
        if m.converted is not None and m.converted.per_unit is None and m.per_unit is None
    ]
    for f in bare:
        for o in originals:
            assert o.converted is not None
            if o.currency != f.mention.currency and _same_amount(f.mention, o.converted):
                f.mention = o
                f.rule = f"{f.rule} in-original-currency"
                break


def _headline_figure_as_upfront(terms: Terms, sentences: Sequence[Sentence]) -> None:
    """A headline's "$150M Quillon deal" that the body's milestones exceed, in a story whose body speaks of the
    upfront without a figure ("In addition to the upfront cash, X can receive up to $2.1 billion"), is the upfront
    (rule "headline-figure-is-the-upfront"): the total is then upfront and milestones."""
    total, milestones = terms.total_value, terms.milestones
    if (
        total is None
        or milestones is None
        or terms.upfront is not None
        or not terms.rules.get("total_value", "").startswith("headline")
        or total.currency != milestones.currency
        or milestones.amount <= total.amount
        or not any(CUES["upfront"].search(s.folded) for s in sentences if not s.is_headline)
    ):
        return
    terms.upfront, terms.total_value = total, None
    terms.evidence["upfront"] = terms.evidence.pop("total_value")
    terms.rules["upfront"] = "headline-figure-is-the-upfront"
    del terms.rules["total_value"]
    terms.parts["upfront"] = terms.parts.pop("total_value", 1)


def figure_readings(terms: Terms) -> tuple[FigureReading, ...]:
    """Every amount of the deal's sentences as it was read: what `dealbot extract --explain` prints."""
    return tuple(
        FigureReading(
            amount_text=f.mention.amount_text,
            role=f.role,
            rule=f.rule,
            sentence=f.sentence.text,
            multiplier=f.multiplier,
            count_stated=f.count_sure,
            up_to=f.up_to,
            per_unit=f.mention.per_unit,
            conversion=f.mention.converted.amount_text if f.mention.converted is not None else None,
            in_headline=f.sentence.is_headline,
        )
        for f in terms.found
    )


@per_sentence
def _money_in(text: str, yen_sign: str | None = None) -> tuple[MoneyMention, ...]:
    return tuple(m for m in find_money(text, yen_sign=yen_sign) if not m.is_conversion)


def states_terms(sentence: Sentence) -> bool:
    """Whether the sentence gives an amount that reads as a deal term (not a share price, a charge ...)."""
    return bool(_readings(sentence.text, sentence.folded))


@dataclass(frozen=True)
class _Reading:
    """What the words around one amount say, before the story's counts multiply it."""

    mention: MoneyMention
    role: MoneyRole | None
    rule: str | None
    up_to: bool
    count_noun: str | None = None  # "per target", "for each program": how many comes from the story
    count: int | None = None  # "for each of the six candidates"
    for_first: bool = False


def _classify(sentence: Sentence, count_source: str, yen_sign: str | None) -> list[_Found]:
    out: list[_Found] = []
    for r in _readings(sentence.text, sentence.folded, yen_sign):
        found = _Found(r.mention, sentence, r.role, rule=r.rule, up_to=r.up_to, for_first=r.for_first)
        if r.count is not None:
            found.multiplier = r.count
        elif r.count_noun is not None:
            found.multiplier, found.count_sure = _count_for(r.count_noun, count_source)
        out.append(found)
    return out


@per_sentence
def _readings(sentence_text: str, text: str, yen_sign: str | None = None) -> tuple[_Reading, ...]:
    """The deal-term amounts of a sentence (`text` is it folded) and what their context says of each; `yen_sign`
    is what "¥" means in the article."""
    mentions = _money_in(sentence_text, yen_sign)
    scope = _PER_UNIT_SCOPE.search(text[: mentions[0].start]) if mentions else None
    out: list[_Reading] = []
    left_bound = 0
    aside = other_deal_clause_end(sentence_text) if mentions else 0  # "After its $50m deal with X, ..."
    earlier = False  # the amount before is an earlier deal's
    for i, m in enumerate(mentions):
        if i > 0:
            previous = mentions[i - 1]
            if _aggregate_of(previous, m, text):
                continue  # read with the total that follows it
            left_bound = previous.converted.end if previous.converted is not None else previous.end
        since_previous = text[left_bound : m.start]
        earlier = (
            m.start < aside
            or _of_an_earlier_deal(since_previous)
            or (earlier and _SAME_LIST.match(since_previous) is not None)
        )
        if earlier:
            continue
        if i + 1 < len(mentions) and _RANGE_FLOOR.search(text, max(0, m.start - 20), m.start) and _RANGE_LINK.fullmatch(
            text[m.converted.end if m.converted is not None else m.end : mentions[i + 1].start]
        ):
            continue  # "between $70 million and $220 million in milestones": the range's floor, no term of its own
        total = mentions[i + 1] if i + 1 < len(mentions) and _aggregate_of(m, mentions[i + 1], text) else None
        after = total if total is not None else m
        right_bound = mentions[i + 2].start if total is not None and i + 2 < len(mentions) else (
            mentions[i + 1].start if total is None and i + 1 < len(mentions) else len(text)
        )
        end = after.converted.end if after.converted is not None else after.end
        left = text[max(left_bound, m.start - _WINDOW_LEFT) : m.start]
        right = text[end : min(right_bound, end + _WINDOW_RIGHT)]
        if right.lstrip().startswith((")", "]", "）")):  # the end of "(930 billion won)" after a conversion
            right = right.lstrip()[1:]
        whole: str | None = None
        if total is not None:
            link = text[m.end : total.start]
            if ("in cash" in link or _WILL_PAY.search(left)) and not _STATED_WHOLE.search(left):
                # "for $10.75 per share in cash, or ~$535 million", "will pay $40 a share or $3.2bn": paid at closing
                left += " cash at closing"
            elif _WHOLE_LINK.search(link):
                whole = "per-share-then-total"  # "... plus a CVR of up to $5 per share, for a total of up to $1.4bn"
            m = total  # "$22.50 per share in cash, or a total of $880m": the deal's figure is the total
        elif _is_aggregate(m):
            # "$22.50 per share in cash or a total of $880m": the deal's figure is the total
            assert m.converted is not None
            m = m.converted
        elif (m.per_unit is not None and not _PROGRAM.fullmatch(m.per_unit)) or _excluded(left, right):
            continue
        elif m.amount < _PETTY and m.per_unit is None:
            continue  # "a $50 milestone fee" in a filing in thousands, "$88.20": no deal is that small
        role: MoneyRole | None
        rule: str | None
        if whole is not None:
            role, rule = "total_value", whole
        else:
            clause = MoneyClause(
                left,
                right,
                first=i == 0,
                next_amount=right_bound < len(text),
                next_is_a_unit_price=i + 1 < len(mentions) and mentions[i + 1].per_unit is not None
                and right_bound == mentions[i + 1].start,
                since_previous=text[left_bound : max(left_bound, m.start - _WINDOW_LEFT)],
            )
            role, rule = read_role(clause)
        up_to = bool(_UP_TO.search(left))
        unit = _PER_UNIT.match(right)
        each = _EACH_OF_WHICH.search(text, left_bound, m.start) if "each of which" in text else None
        if each is not None and m.per_unit is None and unit is None:
            count = _as_int(each.group("n"))
            out.append(
                _Reading(m, role, rule, up_to, count=count if count > 1 else None, count_noun=each.group("noun"))
            )
        elif scope is not None and m.per_unit is None and unit is None:
            out.append(_Reading(m, role, rule, up_to, count_noun=scope.group("noun") or scope.group("noun2")))
        elif m.per_unit is not None:
            out.append(_Reading(m, role, rule, up_to, count_noun=m.per_unit))
        elif unit is not None:
            n = unit.group("n")
            out.append(
                _Reading(m, role, rule, up_to, count=_as_int(n) if n else None, count_noun=unit.group("noun"))
            )
        else:
            out.append(_Reading(m, role, rule, up_to, for_first=_FOR_FIRST.match(right) is not None))
    out = _respectively_lists(out, text) if "respectively" in text else out
    out = _without_parts_of_which(out, text) if "of which" in text else out
    return tuple(_without_parts(_alternative_ceilings(_per_unit_then_whole(out, text), text), text))


# "the $1.74 billion in success-based milestones, $840 million of which is pegged to ...": a part of the figure before
_OF_WHICH_AFTER = folded_pattern(r"^\s*of which\b")
# ... or "of which" before it: "up to €407m in milestones, of which €11m is in preclinical milestones"
_OF_WHICH_BEFORE = folded_pattern(r",?\s*of which\s*$")
_SAME_CLAUSE = folded_pattern(r"^[^;.$€£¥₹₩]{0,80}$")
_ONE_CLAUSE = folded_pattern(r"^[^;.$€£¥₹₩]{0,160}$")  # the whole's kinds, then ", of which"


def _without_parts_of_which(readings: list[_Reading], text: str) -> list[_Reading]:
    """A figure told as a part of the one before ("$1.74bn in milestones, $840m of which is pegged to approval
    milestones", "€407m in milestones, of which €11m is in preclinical ones") is read once, as the whole (rule
    "part-of-which"); a part of another kind ("$500m, $10m of which is upfront") stays a term of its own."""
    out: list[_Reading] = []
    for r in readings:
        whole = out[-1] if out else None
        between = text[whole.mention.end : r.mention.start] if whole is not None else ""
        if (
            whole is not None
            and (
                (_OF_WHICH_AFTER.match(text[r.mention.end :]) and _SAME_CLAUSE.match(between))
                or (_OF_WHICH_BEFORE.search(between) and _ONE_CLAUSE.match(between))
            )
            and r.mention.currency == whole.mention.currency
            and r.mention.amount < whole.mention.amount
            and r.role in (None, whole.role)
        ):
            continue
        out.append(r)
    return out


# "Milestone Fees of up to US$30,500,000 and US$40,250,000 in relation to Field A and Field B respectively":
# figures joined by "and" (or a comma), then "respectively" before the clause ends
_JOINED = folded_pattern(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_RESPECTIVELY_AFTER = folded_pattern(r"^[^;.$€£¥₹₩]{0,120}?\brespectively\b")


def _kinds_listed(left: str) -> bool:
    """Whether the clause before a list of figures names several kinds of payment ("an upfront payment and a
    milestone of $5m and $3m respectively": one figure for each kind, not one kind)."""
    clause = re.split(r"[;:]", left)[-1]
    return len({k.group(0).split()[0].replace("-", "").rstrip("s") for k in PAYMENT_KINDS.finditer(clause)}) >= 2


def _respectively_lists(readings: list[_Reading], text: str) -> list[_Reading]:
    """Figures listed for parts of the deal "respectively" are of one kind, the first's (rule "respectively-list"):
    "Milestone Fees of up to $30m and $40m in relation to Field A and Field B respectively" are $70m of
    milestones; "License Fees of $2m and $1m for Field A and Field B respectively" a $3m upfront."""
    out = list(readings)
    for k in range(1, len(out)):
        first, r = out[k - 1], out[k]
        end = first.mention.converted.end if first.mention.converted is not None else first.mention.end
        if (
            r.role is None
            and first.role is not None
            and first.role != "total_value"
            and r.mention.currency == first.mention.currency
            and _JOINED.fullmatch(text[end : r.mention.start])
            and _RESPECTIVELY_AFTER.match(text[r.mention.end :])
            and not _kinds_listed(text[max(0, first.mention.start - 100) : first.mention.start])
        ):
            out[k] = replace(r, role=first.role, rule="respectively-list", up_to=first.up_to)
    return out


def _alternative_ceilings(readings: list[_Reading], text: str) -> list[_Reading]:
    """Two totals of one kind, each under its own condition, are alternatives, not parts (rule
    "alternative-ceilings"): "a total potential value of up to $2.7bn if milestones for all six programs are
    achieved, and up to $3.6bn if the options are exercised" is up to $3.6bn (but "up to $100m if approved in the US,
    and up to $50m if approved in Europe" are two milestones)."""
    out: list[_Reading] = []
    for r in readings:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.up_to
            and r.up_to
            and prev.role == r.role
            and r.role in ("milestones", "total_value")
            and prev.mention.currency == r.mention.currency
            and _A_TOTAL_BEFORE.search(text[max(0, prev.mention.start - 120) : prev.mention.start])
            and _CEILING_THEN_ANOTHER.fullmatch(text[prev.mention.end : r.mention.start])
            and _CONDITION_FIRST.match(text[r.mention.end :])
        ):
            bigger = r if r.mention.amount > prev.mention.amount else prev
            out[-1] = replace(bigger, rule="alternative-ceilings")
            continue
        out.append(r)
    return out


def _per_unit_then_whole(readings: list[_Reading], text: str) -> list[_Reading]:
    """A per-programme figure and the whole it multiplies out to, read once (rule "per-unit-then-whole"): "€125m in
    milestone payments for each of the targets, or €1.25bn overall" is €1.25bn of milestones."""
    out: list[_Reading] = []
    skip = -1
    for k, r in enumerate(readings):
        if k == skip:
            continue
        nxt = readings[k + 1] if k + 1 < len(readings) else None
        if (
            nxt is not None
            and (r.count_noun is not None or r.count is not None)
            and nxt.count_noun is None
            and nxt.count is None
            and nxt.mention.per_unit is None
            and nxt.mention.currency == r.mention.currency
            and nxt.mention.amount >= 2 * r.mention.amount
            and r.role in ("milestones", "upfront", "total_value")
            and nxt.role in (None, "total_value", r.role)
            and _WHOLE_AFTER_PER_UNIT.search(text[r.mention.end : nxt.mention.start])
        ):
            out.append(replace(nxt, role=r.role, rule="per-unit-then-whole", up_to=r.up_to or nxt.up_to))
            skip = k + 1
            continue
        out.append(r)
    return out


# "$10 million in upfront payments — $5 million in cash and another $5 million in its common stock": parts after a
# dash or a colon, which must then add up to the figure exactly
_PARTS_AFTER_DASH = folded_pattern(r"^\)?(?:\s+[\w\-]+){0,4}?\s*[—–:]\s")


def _without_parts(readings: list[_Reading], text: str) -> list[_Reading]:
    """A figure and its parts, read once (rule "parts-of-a-stated-figure"): "$1.65 billion, including $1.4
    billion due at closing and $250 million over two years" is $1.65 billion; "$90 million upfront ($75 million in
    cash and $15 million equity)" is $75 million upfront and $15 million of equity. A part with a role of its own
    ("valued at $477 million, including an upfront payment of $11 million") is a term of its own. Parts after a dash
    or a colon ("$10 million in upfront payments — $5 million in cash and another $5 million in stock") are parts
    only when they add up to the figure."""
    drop: set[int] = set()
    for i, whole in enumerate(readings):
        if i in drop:
            continue
        end = whole.mention.converted.end if whole.mention.converted is not None else whole.mention.end
        if i + 1 >= len(readings):
            continue
        between = text[end : readings[i + 1].mention.start]
        dashed = not _PARTS_FOLLOW.match(between) and _PARTS_AFTER_DASH.match(between) is not None
        if not dashed and not _PARTS_FOLLOW.match(between):
            continue
        parts, total = [], Decimal(0)
        for j in range(i + 1, len(readings)):
            part = readings[j]
            if part.mention.currency != whole.mention.currency or total + part.mention.amount > whole.mention.amount:
                break
            parts.append(j)
            total += part.mention.amount
            if total == whole.mention.amount:
                break
        if dashed and total != whole.mention.amount:
            continue  # "$10m upfront — and up to $90m in milestones": no parts of it
        roles = {readings[j].role for j in parts}
        if whole.role is None and roles & {"upfront", "milestones"}:
            # "up to $500 million, including a $10 million upfront payment": the whole is the deal's total
            readings[i] = replace(whole, role="total_value", rule="whole-of-its-parts")
            continue
        if len(parts) < 2 and total != whole.mention.amount:
            if len(parts) == 1 and roles == {"equity"} and whole.role == "upfront":
                drop.update(parts)  # "an upfront payment of $10m, which includes an equity investment of $5m"
            continue
        if "equity" in roles and whole.role != "equity":
            drop.add(i)  # the figure mixes kinds: its parts say what each is, and one that says nothing is the whole's
            for j in parts:
                if readings[j].role is None and whole.role is not None:
                    readings[j] = replace(readings[j], role=whole.role, rule=f"part-of-a-stated-figure {whole.rule}")
        elif roles <= {None, whole.role}:
            drop.update(parts)
    return [r for k, r in enumerate(readings) if k not in drop]


def _aggregate_of(per_share: MoneyMention, total: MoneyMention, text: str) -> bool:
    """Whether `total` is the whole of a per-share figure just before it ("$4.00 per share, or around $160m")."""
    return (
        per_share.per_unit is not None
        and not _PROGRAM.fullmatch(per_share.per_unit)
        and total.per_unit is None
        and total.currency == per_share.currency
        and _AGGREGATE_LINK.fullmatch(text[per_share.end : total.start]) is not None
    )


def _is_aggregate(m: MoneyMention) -> bool:
    c = m.converted
    return m.per_unit is not None and c is not None and c.currency == m.currency and c.per_unit is None


# a range of one figure: "between $70 million and $220 million", "ranging from $5m to $10m"
_RANGE_FLOOR = folded_pattern(r"\b(?:between|ranging from|range of)\s*$")
_RANGE_LINK = folded_pattern(r"\s*(?:and|to|-|–)\s*")
_LOWER_BOUND_BEFORE = folded_pattern(
    r"\b(?:over|more than|above|in excess of|north of|at least|upwards of|exceeding|topping"
    # told as what the figure will pass: "Milestones could top $3 billion", "may exceed"
    r"|(?:could|may|might|will|would|to) (?:top|exceed|surpass|pass))\s*$"
)
_BUNDLE_ROUNDING = Decimal("1.03")  # a bundle the parts add up to, as the press rounds it
_BASIS = re.compile(r"\b(?:based (?:on|upon)|calculated (?:on|using|from)|using)\b")


def _excluded(left: str, right: str) -> bool:
    after = BOUNDARY.split(right[:50], maxsplit=1)[0]
    if _CONDITION_AFTER.match(after):
        after = ""  # "an additional $75 million if net sales exceed $1.5 billion": the condition is the threshold's
    # "a deal valued at $57m based on X's closing share price": the basis of the value, not what the figure is
    after = _BASIS.split(after, maxsplit=1)[0]
    near = BOUNDARY.split(left[-60:])[-1] + " \x00 " + after
    return any(p.search(near) for p in _EXCLUDE_LOCAL.values()) or _EXCLUDE_BEFORE.search(left) is not None


def tells_earlier_terms(sentence: Sentence) -> bool:
    """Whether a sentence tells the terms of an earlier deal or standing relationship ("Under the terms of the
    relationship, X receives a royalty stream", "X stood to receive milestones and royalties"): not this deal's."""
    return _of_an_earlier_deal(sentence.folded)


def _of_an_earlier_deal(left: str) -> bool:
    """Whether the words since the amount before say this amount is another deal's (`EARLIER_DEAL_MONEY_CONTEXT`):
    "after inking a $47 million upfront deal", "the first tie-up, which came in at $47 million"."""
    return _EARLIER_DEAL.search(left) is not None


def _kinds(items: list[_Found]) -> set[str]:
    found: set[str] = set()
    for f in items:
        text = f.sentence.folded
        clause = text[max(0, f.mention.start - 80) : f.mention.end + 80]
        found |= {kind for kind, pattern in _MILESTONE_KINDS.items() if pattern.search(clause)}
    return found


def _new_kinds(items: list[_Found], counted: list[_Found]) -> bool:
    """Milestones of a later sentence add to those counted: kinds not yet counted, or said to be more."""
    if any(_MORE.search(i.sentence.folded) for i in items):
        return True
    new, old = _kinds(items), _kinds(counted)
    return bool(new) and bool(old) and not new & old


# "along with a $20 million milestone payment based on phase I results": one payment, on one event
_SINGLE_PAYMENT_BEFORE = folded_pattern(r"\b(?:a|an|one)\s+(?:[\w\-]+\s+){0,2}?(?:milestone payment\s+of\s+)?$")
_SINGLE_PAYMENT_AFTER = folded_pattern(r"^\s*(?:[\w\-]+\s+)?milestone(?: payment)?\b(?!s| payments)")
_A_SUM_WORD = folded_pattern(r"\b(?:total|totall?ing|in all|all told|aggregate|overall|combined|including|includes)\b")


def _single_payment(f: _Found) -> bool:
    text = f.sentence.folded
    before, after = text[max(0, f.mention.start - 40) : f.mention.start], text[f.mention.end :]
    return bool(_SINGLE_PAYMENT_BEFORE.search(before)) and (
        _SINGLE_PAYMENT_AFTER.match(after) is not None or "milestone payment" in before
    )


def _more_than_single_payments(items: list[_Found], counted: list[_Found]) -> bool:
    """Milestones of a later sentence add to one milestone payment counted before (rule "single-milestone-then-
    more"): "a $20 million milestone payment based on phase I results", then "the $1.74 billion in success-based
    milestones"; not a sum that may hold it ("up to $1bn in milestones in total")."""
    return (
        all(_single_payment(c) for c in counted)
        and all(i.mention.amount > sum(c.mention.amount for c in counted) * 5 for i in items)
        and not any(_A_SUM_WORD.search(i.sentence.folded) for i in items)
    )


def _more_milestones_unquantified(items: list[_Found]) -> bool:
    """Whether the milestones' sentence goes on, after its last figure, to more milestones it gives no figure for
    ("... and further milestones for subsequent products", "... followed by substantial additional milestone
    payments")."""
    last = items[-1]
    after = last.sentence.folded[last.mention.end :]
    return not _money_in(last.sentence.text[last.mention.end :]) and _MORE_MILESTONES.search(after) is not None


def _other_kinds(items: list[_Found], counted: list[_Found]) -> bool:
    """Combined figures of a later sentence add up when they bundle other kinds of payment ("R&D funding and an option
    fee ... of €2.4m", then "an upfront license fee and milestone payments totaling €17m")."""
    new, old = _payment_kinds(items), _payment_kinds(counted)
    return bool(new) and bool(old) and not new & old


def _payment_kinds(items: list[_Found]) -> set[str]:
    return {
        k.group(0).split()[0].replace("-", "").rstrip("s")
        for f in items
        for k in PAYMENT_KINDS.finditer(f.sentence.folded[max(0, f.mention.start - 120) : f.mention.start])
    }


# "will also receive payments for technology transfer as well as an option exercise for the ADC for up to €90m": paid
# for an option or a transfer, not on milestones, nor up front ("if it exercises the option, it would pay an exercise
# fee of $60m")
_FOR_AN_OPTION = folded_pattern(
    r"\boption (?:exercise|fee)s?\b|\bexercis\w* (?:of )?(?:the |its |an |this )?option\b"
    r"|\bexercise (?:fee|price|payment)s?\b|\btechnology transfer\b"
)


def _previous_end(found: list[_Found], i: int) -> int:
    """Where the amount before the `i`-th of one sentence's amounts ends (0 for the first)."""
    return found[i - 1].mention.end if i > 0 and found[i - 1].sentence is found[i].sentence else 0


def _resolve_unlabelled(found: list[_Found]) -> None:
    roles = {f.role for f in found}
    for i, f in enumerate(found):
        if f.role is not None:
            continue
        later_milestones = any(g.role == "milestones" for g in found[i + 1 :])
        earlier_terms = any(g.role in ("upfront", "milestones") for g in found[:i])
        if later_milestones and "upfront" not in roles and not f.up_to and not _FOR_RESEARCH_AFTER.match(
            f.sentence.folded[f.mention.end : f.mention.end + 60]
        ) and not _FOR_AN_OPTION.search(f.sentence.folded, _previous_end(found, i), f.mention.start):
            f.role, f.rule = "upfront", "unlabelled-before-milestones"
            roles.add("upfront")
        elif earlier_terms and (f.up_to or f.multiplier > 1) and not _FOR_AN_OPTION.search(
            f.sentence.folded, _previous_end(found, i), f.mention.start
        ):
            f.role, f.rule = "milestones", "unlabelled-up-to-after-terms"
            roles.add("milestones")


def _dedupe_sentences(found: list[list[_Found]]) -> list[list[_Found]]:
    seen: set[str] = set()
    out: list[list[_Found]] = []
    for fs in found:
        key = re.sub(r"\W+", " ", fs[0].sentence.text).strip().lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(fs)
    return out


def _original_for(f: _Found, body: list[_Found]) -> _Found | None:
    for b in body:
        if _same_amount(f.mention, b.mention) or (
            b.mention.converted is not None and _same_amount(f.mention, b.mention.converted)
        ):
            return b
    return None


def _same_amount(a: MoneyMention, b: MoneyMention) -> bool:
    if a.currency != b.currency:
        return False
    return abs(a.amount - b.amount) <= Decimal("0.02") * max(abs(b.amount), Decimal(1))


def _without_uncounted_units(items: list[_Found]) -> list[_Found]:
    """A per-unit figure whose count the story never gives is left out of a term that other sentences state
    ("up to $30M in development milestones" and "each added compound carries up to $25M in milestones": the
    milestones are $30M, the number of compounds being unknown); alone, it stays (and `confidence` drops it). A
    combined figure of no count ("each added compound carries up to $25M in option and milestone payments") is left
    out of the implied total, and a total it alone would make is uncertain."""
    uncounted = [i for i in items if not i.count_sure and i.multiplier == 1]
    counted = [i for i in items if i not in uncounted]
    if uncounted and counted and {i.sentence.index for i in uncounted}.isdisjoint(i.sentence.index for i in counted):
        return counted
    return items


def _count_for(noun: str, text: str) -> tuple[int, bool]:
    """How many of `noun` the deal's sentences say there are, and whether they say it of that noun: "per
    target" with "up to three targets" is 3, sure; with only "four programs" it is 4, unsure; with no count, 1."""
    stem = noun.lower().rstrip("s")[:5]
    kind = _unit_kind(noun)
    best: tuple[int, bool] | None = None
    for m in _COUNT.finditer(text):
        n = _as_int(m.group("n")) + (_as_int(m.group("n0")) if m.group("n0") else 0)
        if _ONE_MORE_BEFORE.search(text, max(0, m.start() - 60), m.start()) and _OTHER.search(m.group(0)):
            n += 1  # "an initial focus on DMD and two other gene targets": three
        if n < 2 or n > 50:
            continue
        if m.group("noun").lower().startswith(stem):
            return n, True
        if best is None:
            best = (n, _unit_kind(m.group("noun")) == kind)
    return best or (1, False)


def _unit_kind(noun: str) -> str:
    """Targets, indications and the steps milestones are paid at are counted apart; programmes, candidates, products,
    therapies ... are one kind."""
    lower = noun.lower()
    if _EVENT_NOUN.fullmatch(lower):
        return "event"
    return "target" if lower.startswith("target") else "indication" if lower.startswith("indication") else "program"


_EVENT_NOUN = re.compile(MILESTONE_EVENT_NOUNS)


def _as_int(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 1)


def _sum(items: list[_Found], published: date | None) -> Money | None:
    currencies = {i.mention.currency for i in items}
    if len(currencies) > 1:
        items = [i for i in items if i.mention.currency == items[0].mention.currency]
    seen: set[Decimal] = set()
    total = Decimal(0)
    stated: Decimal | None = Decimal(0)  # the article's own USD figures, while every part has one
    texts: list[str] = []
    for i in items:
        if i.mention.amount in seen and i.multiplier == 1 and not _told_as_more(i):
            continue  # the same figure told again (not "a further $1.1bn", a second sum of that size)
        seen.add(i.mention.amount)
        total += i.mention.amount * i.multiplier
        texts.append(i.mention.amount_text if i.multiplier == 1 else f"{i.multiplier} x {i.mention.amount_text}")
        converted = i.mention.converted
        if stated is not None and converted is not None and converted.currency == "USD" and not converted.per_unit:
            stated += converted.amount * i.multiplier
        else:
            stated = None
    currency = items[0].mention.currency
    usd = stated if stated is not None else to_usd(total, currency, published)
    return Money(amount=total, currency=currency, usd=usd, amount_text=" + ".join(texts))


# "A further $1.1 billion hangs upon ... sales milestones": a sum on top of those told before
_MORE_RIGHT_BEFORE = folded_pattern(r"\b(?:a further|another|an additional|additional)\s*(?:up to\s*)?$")


def _told_as_more(f: _Found) -> bool:
    return _MORE_RIGHT_BEFORE.search(f.sentence.folded, max(0, f.mention.start - 30), f.mention.start) is not None


def _implied_milestones(terms: Terms, published: date | None) -> None:
    """Milestones as the rest of a stated total that counts them in (`_TOTAL_WITH_MILESTONES`), when the deal
    states no equity that the rest could also be."""
    said = fold(terms.evidence.get("total_value", ""))
    if terms.equity is None and _TOTAL_WITH_MILESTONES.search(said) and not _is_option_price(terms.total_value, said):
        milestones_as_the_rest(terms, published)


def _is_option_price(total: Money | None, said: str) -> bool:
    """The total is what buying the partner costs if an option is exercised ("the right to acquire Y for $600m")."""
    where = said.find(fold(total.amount_text)) if total is not None and total.amount_text else -1
    return where > 0 and _OPTION_PRICE_BEFORE.search(said, 0, where) is not None


def milestones_as_the_rest(terms: Terms, published: date | None) -> None:
    """Milestones as what a stated total adds to the upfront (same currency, a larger total)."""
    total, upfront = terms.total_value, terms.upfront
    if total is None or upfront is None or total.currency != upfront.currency or total.amount <= upfront.amount:
        return
    terms.milestones = money_difference(total, upfront, published)
    terms.evidence["milestones"] = terms.evidence.get("total_value", "")
    terms.rules["milestones"] = "milestones-as-the-rest"


_NEXT_FIGURE_OR_CLAUSE = re.compile(r"[$€£¥₹₩;]")


def _bundled_kinds(items: list[_Found]) -> set[str]:
    """The kinds of payment a combined figure's own words name, before it or in the phrase after it ("with upfront
    and milestone payments exceeding RMB 1.2bn", "up to $2bn in license fees and milestone payments")."""
    kinds: set[str] = set()
    for f in items:
        text = f.sentence.folded
        after = text[f.mention.end : f.mention.end + 80]
        stop = _NEXT_FIGURE_OR_CLAUSE.search(after)
        before = text[max(0, f.mention.start - 120) : f.mention.start]
        around = before + " " + (after[: stop.start()] if stop else after)
        kinds |= payment_kinds(around)
    return kinds


def _implied_total(terms: Terms, combined: list[_Found], published: date | None) -> Money | None:
    together = _sum(combined, published) if combined else None
    kinds = _bundled_kinds(combined) if combined else set()
    if (
        together is not None and terms.upfront is not None and terms.milestones is None
        and together.currency == terms.upfront.currency and together.amount > terms.upfront.amount
        and "upfront" in kinds
    ):
        # "up to £20m in up-front and milestone payments ... an initial payment of £10m": the upfront is a part (not
        # of "up to $2bn in license fees and milestone payments if the option is exercised": a bundle of other kinds)
        return together
    if (
        together is not None and terms.upfront is not None and terms.milestones is not None
        and kinds == {"upfront", "milestone"}
        and together.currency == terms.upfront.currency == terms.milestones.currency
    ):
        # "upfront and milestone payments exceeding RMB 1.2bn" beside the upfront and the milestones told one by one:
        # the bundle is their sum again, or (when it is more than they add up to, and no mere bound) the whole
        stated = terms.upfront.amount + terms.milestones.amount
        if together.amount > stated * _BUNDLE_ROUNDING and not any(_is_lower_bound(f) for f in combined):
            return together
        together = None
    parts = [m for m in (terms.upfront, together, terms.milestones) if m]
    if not parts or (len(parts) == 1 and not combined):
        return None
    currency = parts[0].currency
    if any(p.currency != currency for p in parts):
        return None
    if terms.equity is not None and terms.equity.currency == currency and not _equity_inside_upfront(terms):
        parts.append(terms.equity)
    return money_sum(parts, published)


def _equity_inside_upfront(terms: Terms) -> bool:
    """Whether the upfront is said to be the equity and a cash part ("an upfront payment of $43.5m. That includes a
    cash payment of $30m and an equity investment of $13.5m"): the equity is then not added to the total again."""
    upfront, equity = terms.upfront, terms.equity
    if upfront is None or equity is None or equity.currency != upfront.currency:
        return False
    rest = upfront.amount - equity.amount
    return rest > 0 and any(f.mention.currency == upfront.currency and f.mention.amount == rest for f in terms.found)


def money_difference(whole: Money, part: Money, published: date | None) -> Money:
    """What a whole adds to a part of it, in their one currency; in USD, the difference of their USD figures when both
    have one."""
    amount = whole.amount - part.amount
    usd = whole.usd - part.usd if whole.usd is not None and part.usd is not None else None
    return Money(
        amount=amount,
        currency=whole.currency,
        usd=usd if usd is not None and usd > 0 else to_usd(amount, whole.currency, published),
        amount_text=f"{whole.amount_text} - {part.amount_text}",
    )


def money_sum(parts: Sequence[Money], published: date | None) -> Money:
    """Amounts in one currency added up; in USD, the sum of their USD figures when each has one."""
    amount = sum((p.amount for p in parts), Decimal(0))
    currency = parts[0].currency
    usds = [p.usd for p in parts if p.usd is not None]
    usd = sum(usds, Decimal(0)) if len(usds) == len(parts) else to_usd(amount, currency, published)
    return Money(amount=amount, currency=currency, usd=usd, amount_text=" + ".join(p.amount_text for p in parts))
