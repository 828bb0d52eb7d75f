"""Is this story a new partnering or M&A deal, and which of its sentences tell of it?

Rules, in the order `judge` applies them:
1. The lead is the headline and the first `LEAD_SENTENCES` sentences of the body, not counting section
   headings, date lines and table cells ("What happened", "So what", "12 November 2025", "Norvane Bio AG (Basel)":
   short lines that do not end like a sentence, or end on a bracket with no stop inside it; a disclosure's header
   fields: "Company Name: Norvane Bio Inc."). A story is a deal only
   when a lead sentence announces one and does not tell of the past. A lead
   that sets the scene (a yearly statistic) and is about nothing else may run `REPORTED_LATER` sentences further to
   a company's announcement reported by its day (`_REPORTED_NEWS`: "X stated on Nov. 17 that it signed ...").
2. A sentence tells of a deal when one of `DEAL_EVENT_PATTERNS` matches it, each rule by name: "enters
   into", "signs a deal" ("inks ... pact"), "agrees to acquire", "pays money for" (also a ceiling offered to a
   company for work on its drug: "is offering as much as $2bn to X to work on its inhibitor"), "gains rights",
   "upfront", takeovers ("has agreed a takeover offer", "agreed to offer EUR 5bn for", "a recommended
   cash offer", "the boards support the offer", "shareholders will receive $30 in cash per share"), "has collaborated
   with", "will receive $350M in return for the right to develop", "is set to be taken over by", "has returned to X
   for a EUR 640M deal", "also said that it had a deal to", "an initial payment of $12M",
   "has agreed a discovery collaboration with", a maker hired for a product ("tapped X to produce its antibody", "has
   signed on to help Y"), a buyout told as what the target becomes ("is to make X a wholly-owned subsidiary", "takes
   full ownership of"), a maker's promise ("has agreed to supply Y with capacity for five antibodies", "contract
   manufacturer X will manufacture Y's antibody"), an adviser's note of the deal it advised on ("law firm X has
   advised Y in connection with the acquisition of all shares in Z", "X has guided Y on its $300M acquisition of
   royalty interest"; the adviser signs nothing) ...;
   the examples and counter-examples of each are in tests/extraction/test_detection.py.
3. A deal word inside a count of deals (`DEAL_COUNT`: "struck nearly 80 out-licensing deals worth $2.6bn
   upfront", "$60B in outbound deals") is a round-up of the market and tells of no deal; other deal words
   in the same sentence still do ("Norvane, which has signed 12 agreements, today licensed ...").
4. It announces the deal when the words right before the deal word do not hedge it (`HEDGE_BEFORE`: "may acquire",
   "has sought to purchase", "is in talks to acquire", "did not sign", "needs to be prepared to pay"), nor do the
   words right after it (`HEDGE_AFTER`: "has entered into exclusive negotiations"), does not end it (`ENDED_BEFORE`:
   "scraps its licence agreement", "hands back the rights") and it is not a past-tense verb in a relative clause or a
   standing state (`RECALLED_BEFORE`: "NV-1, which Kestrel licensed from Norvane, met its endpoint", "NV-1 is
   partnered with ...", "partners including Ostrin, with which it signed a supply deal") nor a participle set off by
   a comma (`RECALLED_PARTICIPLE`: "Halden's antibody, partnered with Meridia, hits ...") or right after the drug it
   describes (`PRODUCT_PARTNERED`: "phase 2 data for KB-12 partnered with Meridia"), nor the deal whose work the
   sentence reports (`STANDING_DEAL_BEFORE`: "announced that data from their collaboration will be presented", "NB-6,
   developed in collaboration with Y", "which it is developing with Y under a co-development agreement"). Such a
   sentence still tells of the deal for the terms (`announces_deal`), but it announces none (`announces_news`, which
   `judge` reads).
5. A sentence "tells of the past" when it carries a history marker (`HISTORY_MARKERS`: "originally licensed", "after
   licensing", "Norvane received $40M upfront", "receives a $5M milestone", "just days ago", "since then", "last
   June" but not "in November 2019", which its year dates; "the deal came shortly after"; not "completed the
   previously announced acquisition": that is the deal the sentence tells, see rule 10), or names a year ("in 2016",
   "in November 2021") earlier than the news itself: the publication year, else the latest year of the headline, the
   first sentence (not the year of a deal it recalls: "an antibody it licensed from Kestrel in 2023") or a dateline
   ("Sep. 30, 2019" of a filing); when none gives a year, any year named outside a forward-looking phrase ("expected
   to close in 2025") or a founding ("a biotech founded in 2006") is the past, except a period ("for three years from
   2027 to 2029"). An aside before news told as today's dates only itself ("X, which closed its purchase of Y in May,
   today licensed ...").
6. A story whose headline or first sentence is about something else (`NON_DEAL_EVENT_PATTERNS`: a trial readout, a
   trial's progress ("completes enrollment", "dosed the first patient"), a conference presentation ("to present new
   data from their collaboration at ASH"), a regulatory filing ("has submitted a biologics license application for
   NB-9"), a regulatory decision (also told in reported speech: "said the Food and Drug Administration (FDA) had
   approved"), a financing or listing (also a holder selling shares it owns: "sells Norvane stock", and debt: "an
   agreement with bondholders to restructure its convertible bond debt"), earnings ("reports $7M profit"), a return
   of rights (also "does not intend to exercise its option", "dumps worldwide rights to", "is retreating from the
   pact"), an unsolicited bid or share tender (also "hostile tender offer"), an analyst's note, a milestone payment
   (also the payer's "has paid $3M as a milestone payment to", and one sum to be had as one: "says will get $30M as
   milestone payment after approval"), talks, a milestone reached under an agreement signed before ("completed the
   first milestone stipulated in the licence agreement"), an upfront payment received for a deal signed before ("has
   received the full upfront payment of $80M for the transaction"), a memorandum of understanding with public bodies
   or trade associations) is a deal only when its headline or first body sentence itself announces the deal, or a
   lead sentence gives the deal as a second piece of news (`ALSO_ANNOUNCED`: "The company also said it had a deal to
   ..."); a deal recalled further down such a story is background. When such a lead's deal is told further down as a
   matter of its own (`OPENS_A_MATTER`: "In a separate announcement, the company said it signed ..."), its topic
   (`Verdict.topic`: the lead's sentence, and that sentence and those after it until one opens another matter that
   tells no term: "Additionally, the company reported ...") is all the story says of it. A headline of items of
   different companies, one of which announces the deal ("Kestrel prunes three drugs; Norvane in-licenses ear drug"),
   is read as that item (`Verdict.headline`), and the deal's topic is the paragraphs that open by naming the item's
   company (a brief's items may be lines of one paragraph, each opening a sentence; an opening that names every
   item's company, "a rundown of news involving X and Y", is the page's own, no item's). In a story of financings, a
   deal told beside one, anywhere (`BESIDE_THE_FINANCING`: "In addition to the financing, X and Y entered a
   collaboration"), is the deal, and its topic (`Verdict.topic`: that sentence and the rest of its paragraph) is all
   the story says of it.
   The sign of an unsolicited bid, of one milestone payment or milestone reached, or of an upfront payment received
   in a sentence that makes no deal itself (no "entered", "signed", "agreed") makes its own sentence's deal words the
   bid's or the old deal's, whichever matter of the lead was found first ("will receive a $25M (35 billion won)
   milestone payment following the FDA approval of NB-1") (`SIGN_IN_THE_SENTENCE`: "has submitted an unsolicited
   proposal to acquire", "expects to receive a $60M milestone payment from"): such a sentence announces nothing. In a
   story of an unsolicited or hostile bid, only words of an agreed deal announce one (`AGREED_BID`: "has agreed to
   acquire", "the board recommends the offer"), not the bid's own ("will commence a tender offer for").
7. A termination or return of rights, a rejected or withdrawn bid (also "does not endorse the offer", "the
   bid price is inadequate", "has pulled its proposal to buy", a bid made again "despite previous rejections"), a
   legal settlement, talks ("has entered into exclusive negotiations") or a round-up ("Week in Review", "Q1 2024
   Review") in the headline or first sentence makes the story not a deal even when it uses deal words
   (`STRONG_NON_DEAL`).
8. Round-ups: a story that opens on a count of deals and announces none there ("signed multiple license
   agreements with foreign partners in January"), and a text of `SEVERAL_DEALS` lines each opening with a
   deal between companies no line before named (a topic page, a list of the market's deals), are not one
   deal.
9. A deal of the past goes on in the sentences after it that are told wholly in the past tense and announce no
   deal, or that say they go on with it (`past_deal_sentences`: "One year ago, X struck a deal with Y. X framed the
   agreement, which featured up to $268M in milestones, ...", "Pursuant to that agreement, the Company obtained
   ...") or what came after it ("X was subsequently acquired by Y"): they are no deal sentences, and what they
   give is not this deal's.
10. A completion in the headline or first sentence (`COMPLETION`: "completes tender offer for X", "announced the
   successful completion of its tender offer") of a deal the story tells was agreed before (`EARLIER_STEP`:
   "previously announced", "the board had approved the acquisition on January 17", "announced its $1.3bn bid at the
   end of last year") is news of an old deal, not a new one; this is read first. A deal signed and closed at once
   ("has completed the acquisition of privately held X") tells no earlier step and is news; a completion in an aside
   ("X, which closed its purchase of Y in May, today licensed") leaves the news beside it.
A deal also needs a named party: the pipeline reads a story whose announcing sentences name none, and whose top names
no company, as no deal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from extraction.caching import per_sentence
from extraction.companies import normalize
from extraction.parties import names_in_sentence
from extraction.stories import opens_with_a_list_mark
from extraction.text import Article, Sentence, folded_pattern
from extraction.vocabulary import (
    AGREED_BID,
    ALSO_ANNOUNCED,
    BARE_PARTICIPLE,
    BARE_PARTICIPLE_VERB_BEFORE,
    BESIDE_THE_FINANCING,
    COMPLETION,
    DEAL_COUNT,
    DEAL_EVENT_PATTERNS,
    DEAL_NOUN,
    EARLIER_STEP,
    ENDED_AFTER,
    ENDED_BEFORE,
    HEDGE_AFTER,
    HEDGE_BEFORE,
    HISTORY_MARKERS,
    NON_DEAL_EVENT_PATTERNS,
    OPENS_A_MATTER,
    OTHER_DEAL_AFTER_CLAUSE,
    OTHER_DEAL_AFTER_WORDS,
    PRICED_DEAL_RECALLED_BEFORE,
    PRODUCT_PARTNERED,
    RECALLED_BEFORE,
    RECALLED_PARTICIPLE,
    RECALLED_VERBS,
    SIGN_IN_THE_SENTENCE,
    STANDING_DEAL_BEFORE,
    STRONG_NON_DEAL,
)

LEAD_SENTENCES = 4
REPORTED_LATER = 3
"""Sentences past the lead where a lead that sets the scene may go on to report the news by its day."""
_HEADING_WORDS = 8
# a short line closed by a bracket with no stop before it: "Norvane Bio AG (Basel)", "Value (M)" — a table's cell
_CELL_IN_BRACKETS = re.compile(r"\([^().!?]*\)$")
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", ":")
# a field of a disclosure's header: "Company Name: Norvane Bio Inc.", "Representative: Jane Doe, President"
# (also in brackets: "(Code: 4519, Listed on Prime Market of Tokyo Stock Exchange)")
# (each word of its label capitalised, its value a name or a number: not "Kestrel said: we have licensed NV-2")
_FORM_FIELD = re.compile(r"^\(?[A-Z][A-Za-z&/]*(?: [A-Z][A-Za-z&/]*){0,3}:\s+(?=[A-Z0-9(+])")

# (a deal named by its price is searched for on its own: in the one alternation it costs every position a try)
_PRICED = "priced deal"
_DEAL_EVENT = folded_pattern("|".join(f"(?:{p})" for k, p in DEAL_EVENT_PATTERNS.items() if k != _PRICED))
# the words before a deal verb: a window that ends where the verb starts (`$` matches at the window's end)
_HEDGE = re.compile(HEDGE_BEFORE)
_HEDGE_WINDOW = 48
_HEDGE_AFTER = re.compile(HEDGE_AFTER)
_ENDED = re.compile(ENDED_BEFORE)
_ENDED_AFTER = re.compile(ENDED_AFTER)
_PRICED_DEAL = folded_pattern(DEAL_EVENT_PATTERNS[_PRICED])
_PRICED_RECALLED = re.compile(PRICED_DEAL_RECALLED_BEFORE)
# a cheap test before the priced-deal pattern runs: one of its nouns, and a digit
_PRICED_NOUNS = (
    "deal", "pact", "agreement", "tie-up", "alliance", "buyout", "takeover", "partnership", "collaboration",
)
_DIGIT = re.compile(r"\d")
_RECALLED_BEFORE = re.compile(RECALLED_BEFORE)
_RECALLED_VERB = re.compile(RECALLED_VERBS)
_RECALLED_PARTICIPLE = re.compile(RECALLED_PARTICIPLE)
_BARE_PARTICIPLE = re.compile(BARE_PARTICIPLE)
_BARE_PARTICIPLE_VERB_BEFORE = re.compile(BARE_PARTICIPLE_VERB_BEFORE)
_PRODUCT_PARTNERED = re.compile(PRODUCT_PARTNERED)
_STANDING_DEAL_BEFORE = re.compile(STANDING_DEAL_BEFORE)
_DEAL_NOUN_AT_END = re.compile(DEAL_NOUN + r"$")
_DEAL_COUNT = folded_pattern(DEAL_COUNT)
# every match of `DEAL_COUNT` holds one of these words (its first alternative ends on one of them, its second on
# "deals"): a cheap test before its matches are looked for
_COUNTED = ("deals", "agreements", "transactions", "pacts", "collaborations", "partnerships")
_VERB_OF_COUNT = re.compile(r"\s*(?:[a-z\-]+\s+){0,2}")  # the words between a deal verb and the count it governs
# "a year named" is read against the story's own date (`Timeline`), not as a sign on its own
_HISTORY = folded_pattern("|".join(f"(?:{p})" for k, p in HISTORY_MARKERS.items() if k != "a year named"))
# "in 2016", "since 2019" — but not "expected to close in 2025" nor "founded in 2006": the year is found first, then
# the words before it are read (matching on the year lets the engine skip ahead; leading lookbehinds would not)
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d\b")
_YEAR_LEAD = re.compile(
    # (a company's founding year, "a biotech founded in 2006", dates the company, not what the sentence tells; a
    # payment "payable in 2028", "due in 2027" or "expected to be paid in 2024" is one still to come)
    r"(?:^|\W)(close |closing |complete |launch |expected |founded |payable |due |to be paid |be paid |to be made "
    r"|to be received )?"
    r"(?:in|since|back in|from|during) "
    r"(?:(?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december),? )?$"  # "in November 2021": the month's year
)
# (not a drug code's number: "QXB 2001", "AB-2001"; "FY 2024" is a year)
_ANY_YEAR = re.compile(r"(?<![A-Z][A-XZ] )(?<![A-Z]{3} )(?<![A-Z]-)\b((?:19|20)\d\d)\b")
_EARLIER_DEALS_YEAR = re.compile(
    # (a kind or two may stand between: "under a 2020 co-development agreement")
    # (and an adjective before it, a sale after it: "our initial 2022 sale of NB-7 royalty interests")
    r"\b(?:its|their|our|a|an|the|his|her)\s+(?:(?:initial|original|first|previous|earlier|prior|last)\s+)?"
    r"(?:19|20)\d\d\s+(?:[\w\-]+\s+){0,2}?(?:deal|agreement|licen[cs]e"
    r"|collaboration|pact|partnership|contract|transaction|acquisition|purchase|buyout|merger|sale|divestiture"
    r"|monetization)\b",
    re.IGNORECASE,
)
_RECALLED_DEALS_YEAR = re.compile(
    r"\b(?:which|that|it|they)\s+(?:[\w\-]+\s+){0,2}?(?:(?:in-|out-)?licensed|acquired|bought|partnered)\b"
    r"[^.;]{0,60}?\bin\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"\bfrom ((?:19|20)\d\d) (?:to|through|until) ((?:19|20)\d\d)\b")
_UNDATED = 9999  # the reference year of a story that gives no date of its own
_LEADING_CLAUSE = re.compile(
    r"^(?:(?:just |only )?(?:\w+ ){0,3}(?:days?|weeks?|months?|years?) )?(?:after|following|despite|although|though"
    r"|while)\b[^,]{3,160},\s*",
    re.IGNORECASE,  # matched on folded text: the flag only matters to a caller passing raw text
)
_OTHER_DEAL_AFTER = folded_pattern(OTHER_DEAL_AFTER_CLAUSE)
_NON_DEAL = {k: folded_pattern(v) for k, v in NON_DEAL_EVENT_PATTERNS.items()}
_STRONG = {f"the story is about {label}" for label in STRONG_NON_DEAL}
_SIGN_IN_THE_SENTENCE = {f"the story is about {k}": folded_pattern(v) for k, v in SIGN_IN_THE_SENTENCE.items()}
_ALSO_ANNOUNCED = folded_pattern(ALSO_ANNOUNCED)
_OPENS_A_MATTER = folded_pattern(OPENS_A_MATTER)
# the company an item of a headline is about: its first capitalised word ("Norvane in-licenses ear drug")
_ITEM_SUBJECT = re.compile(r"\b[A-Z][\w&\-]{2,}")
# what keeps a sentence that opens with "In addition," in the deal's topic: it goes on with the deal's terms
_DEAL_TERM_WORDS = ("deal", "agreement", "royalt", "milestone", "upfront", "licen", "rights", "payment")
_BESIDE_THE_FINANCING = folded_pattern(BESIDE_THE_FINANCING)
_FINANCING = "the story is about a financing or listing"
_UNSOLICITED = "the story is about an unsolicited bid or share tender"
_AGREED_BID = folded_pattern(AGREED_BID)
_ROUND_UP = "the story is about a round-up of deals"
# "completed the previously announced acquisition of X": the completion of this very deal, not an earlier one
_COMPLETED_AS_ANNOUNCED = re.compile(
    r"\b(?:complet(?:e|es|ed|ing|ion of)|clos(?:e|es|ed|ing)|consummat(?:e|es|ed|ion of)) (?:of )?(?:the|its|their)"
    r" previously (?:announced|disclosed|agreed)\b"
)
_COMPLETION = folded_pattern(COMPLETION)
_EARLIER_STEP = folded_pattern(EARLIER_STEP)
_COMPLETED_EARLIER = "the story is about the completion of an earlier deal"
# an aside set off by commas, then the news told as today's: "Kestrel, which closed its purchase of Norvane in May,
# today licensed ..." (not "The deal, which was signed in May, gave Kestrel ...": a main clause not dated as the
# news)
_ASIDE_BEFORE_NEWS = re.compile(
    r", (?:which|who) [^,]{3,120}, (?=(?:today|now|this week|on (?:monday|tuesday|wednesday|thursday|friday))\b)"
)
# A sentence that opens on another deal still to close and tells what follows from it: "Once the $2bn Ostrin buyout
# goes through at Kestrel, Halvard will be partnered with the larger group" (a consequence, not a deal signed)
_AFTER_A_PENDING_DEAL = re.compile(
    r"^(?:once|when|after|as soon as)\s+(?:the|its|their)\b[^,]{3,120}?"  # "once the $2bn Ostrin buyout"
    r"\b(?:goes|go|has gone) through\b[^,]{0,60},"  # "goes through at Kestrel,"
)
_ASIDE_BEFORE = re.compile(r"\b(?:which|who|after|following|since|having)\b[^,]*$")
SEVERAL_DEALS = 3
"""Lines, each opening with a deal between companies no line before named, that make a text a list of deals."""
# A company's announcement reported by its day: "X stated on Nov. 17 that it signed", "said on Tuesday it has agreed"
_REPORTED_NEWS = re.compile(
    r"\b(?:announced|said|stated|disclosed|revealed|reported|confirmed|unveiled)"
    r" (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"  # the weekday ...
    # ... or the day of a month with no year
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b(?!,? (?:19|20)\d\d))"
    r"|today|this week)\b"
)
_DATELINE = re.compile(
    r"^\s*(?:\w+,? )?(?:\d{1,2}(?:st|nd|rd|th)? \w+|\w+\.? \d{1,2}(?:st|nd|rd|th)?),? (?:19|20)\d\d\b"
)


_WIRE_DATELINE = re.compile(
    r"""(?x)^\s*[A-Z][\w.'’\-]*(?:[\ ,]+[A-Z][\w.'’\-]*){0,3},\s+       # the city, and its state or country
        (?P<date>(?:[A-Z][a-z]{2,8}\.?\ \d{1,2}|\d{1,2}\ [A-Z][a-z]{2,8}),?\ (?:19|20)\d\d)  # the day
        \s*(?:/[^/]{2,40}/)?\s*(?:--|–|—|-|\()                           # the wire, then the news"""
)


# A sentence told wholly in the past tense: a past verb ("featured", "required", "paid") and none of the present,
# the future or the news ("will", "has", "is", "today", "new") — what follows a deal of the past may go on telling it
_PAST_VERB = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|paid|made|gave|got|took|struck|sold|bought|held|won)\b")
_NOT_PAST = re.compile(
    r"\b(?:will|shall|would|is|are|has|have|can|could|may|might|must|today|now|new|latest|second|expects?|plans?"
    r"|says?|said|this|these|(?:is|are) to (?:pay|receive))\b"
    # a present verb before its object: "includes a", "pays $5M" (not "as a", "its", "plus")
    r"|\b(?!(?:as|its|is|us|has|was|does|plus|thus|across|unless|versus|whereas|perhaps|always)\b)[a-z]+(?<!s)s"
    r" (?:an? |the |up to |\$)"
)
_AN_AGREEMENT = r"(?:agreement|deal|licen[cs]e|contract|collaboration|partnership|pact|transaction)"
# the words that take a sentence back to what the sentence before it told: "Pursuant to that agreement", "In addition"
_GOES_ON = re.compile(
    rf"^(?:in addition|additionally|also|further(?:more)?|moreover)\b|\b(?:that|the (?:same|said)) {_AN_AGREEMENT}\b"
    # ... or to what came after it: "X was subsequently acquired by Y", "Y later sold the unit to Z"
    r"|\b(?:subsequently|later|thereafter|afterwards|in turn)\b"
    # ... or to the other side of that deal: "The big biotech shelled out $60 million upfront to its partner"
    r"|\b(?:to|with|from|for) (?:its|their) (?:partner|licensor|licensee|collaborator)\b"
)
# ... and those that tell, in the past, what the agreement just named held, whatever tense its clauses take:
# "The agreement required the Company to pay ... as long as the product is covered", "the agreement, which featured",
# "This deal provided Norvane with an upfront payment of $55 million"
_HELD = re.compile(
    rf"^(?:the|that|this) {_AN_AGREEMENT} (?:also )?(?:required|provided|included|contained|called for|featured|granted"
    rf"|gave|carried|obliged|obligated)\b"
    rf"|\b{_AN_AGREEMENT},? which (?:also )?(?:required|provided|included|contained|called for|featured|granted|gave"
    rf"|carried|involved|comprised)\b"
)


@dataclass(frozen=True)
class Verdict:
    is_deal: bool
    reason: str | None
    deal_sentences: tuple[Sentence, ...]
    past_deal: frozenset[int] = frozenset()  # the sentences that go on telling a deal of the past (by index)
    topic: frozenset[int] | None = None
    """The sentences (by index) of the deal's own topic in a story about something else (a round-up of financings
    with a deal beside one); None when the whole story is the deal's."""
    headline: Sentence | None = None
    """The headline as this deal's, when it tells other matters too ("X prunes three drugs; Y in-licenses ear drug":
    the other items blanked, same length); None when the whole headline is the deal's."""


class Timeline:
    """Tells whether a sentence speaks of the past, relative to the article's own time."""

    def __init__(self, lead: str, published: date | None) -> None:
        # (not the year of an earlier deal the lead names: "revenue from its 2022 deal with Kestrel")
        # (nor the year of a deal told in a relative clause: "NB-9, an antibody it licensed from Kestrel in 2023")
        lead = _RECALLED_DEALS_YEAR.sub(" ", _EARLIER_DEALS_YEAR.sub(" ", lead))
        years = [int(y) for y in _ANY_YEAR.findall(lead)]
        if published is not None:
            years.append(published.year)
        # With no date in the lead or the metadata, any year the story names is the past of the news.
        self._reference = max(years, default=_UNDATED)

    @classmethod
    def of(cls, article: Article, published: date | None) -> Timeline:
        """The news's own time: the headline, the first sentence and any dateline near the top."""
        body = [s for s in article.sentences if not s.is_headline]
        dated = [s.text for s in body[:6] if _DATELINE.match(s.text) and len(s.text) < 60]
        # a wire's dateline opening the lead: "DUBLIN, June 2, 2025 /PRNewswire/ -- X today announced ..."
        dated += [m.group("date") for s in body[:6] if (m := _WIRE_DATELINE.match(s.text)) is not None]
        first = [s.text for s in article.sentences if s.is_headline] + [s.text for s in body[:1]]
        return cls(" ".join(first + dated), published)

    def is_history(self, sentence: Sentence) -> bool:
        marked, years, periods = _history_signs(sentence.folded)
        if self._reference == _UNDATED:
            years = tuple(y for y in years if y not in periods)  # "for three years from 2027 to 2029"
        return marked or any(y < self._reference for y in years)

    def dates_the_past(self, sentence: Sentence) -> bool:
        """Whether the sentence names a year before the news's own ("in 2015", "the 2019 agreement")."""
        _marked, years, periods = _history_signs(sentence.folded)
        if self._reference == _UNDATED:
            years = tuple(y for y in years if y not in periods)
        return any(y < self._reference for y in years)


def goes_on_with_history(previous_told_the_past: bool, sentence: Sentence) -> bool:
    """After a sentence that told of a deal of the past, a sentence told wholly in the past tense that announces no
    deal, or that says it goes on with the same one ("Pursuant to that agreement, the Company obtained ...", "In
    addition, the Company licensed back ..."), tells of that deal too: "One year ago, Kestrel struck a deal with
    Norvane. Kestrel framed the agreement, which featured up to $268M in milestones, as ..."."""
    folded = sentence.folded
    if not previous_told_the_past:
        return False
    if _HELD.search(folded) is not None:
        return True
    if _PAST_VERB.search(folded) is None or _NOT_PAST.search(folded) is not None:
        return False
    return not announces_news(sentence) or _GOES_ON.search(folded) is not None


def past_deal_sentences(sentences: Sequence[Sentence], timeline: Timeline) -> frozenset[int]:
    """The sentences that go on telling a deal of the past (`goes_on_with_history`), read once in order."""
    out: set[int] = set()
    telling = False
    for s in sentences:
        if s.is_headline or _is_heading(s):
            continue
        if timeline.is_history(s):
            telling = telling or announces_deal(s)
            continue
        if goes_on_with_history(telling, s):
            out.add(s.index)
        else:
            telling = False
    return frozenset(out)


def announces_deal(sentence: Sentence) -> bool:
    """The sentence tells of a deal (`DEAL_EVENT_PATTERNS`, or `DEAL_MONEY_PATTERNS` beside a name), not
    only of a count of deals (`DEAL_COUNT`). The deal may be hedged ("is trying to offload"): what such a
    sentence says of the assets still holds."""
    return _reads_deal(sentence.folded)[0]


def announces_news(sentence: Sentence) -> bool:
    """The sentence announces a deal: it tells of one, by words that the words before them do not hedge
    (`HEDGE_BEFORE`)."""
    return _reads_deal(sentence.folded)[1]


@per_sentence
def _history_signs(text: str) -> tuple[bool, tuple[int, ...], frozenset[int]]:
    text = _LEADING_CLAUSE.sub("", text, count=1)
    if "which" in text or "who" in text:
        # "Kestrel, which closed its purchase of Norvane in May, today licensed ...": the aside dates its own event
        text = _ASIDE_BEFORE_NEWS.sub(" ", text)
    if any(w in text for w in OTHER_DEAL_AFTER_WORDS):
        # "X, just a few months after its $4.9bn purchase of Y, has signed ...": the aside dates the other deal
        # (only an aside set off by a comma or a dash: "the deal came shortly after X sealed ..." is of the past)
        text = _OTHER_DEAL_AFTER.sub(lambda m: m.group(0) if m.group(0)[:1].isspace() and m.group(0)[1:2] not in
                                     "-–—" else "", text)
    if "previously" in text:
        text = _COMPLETED_AS_ANNOUNCED.sub("completed the", text)
    # (every match of `_PERIOD` opens with "from ": a cheap test before the pattern, which the engine cannot skip
    # ahead on, runs)
    periods = frozenset(int(y) for m in _PERIOD.finditer(text) for y in m.groups()) if "from " in text else frozenset()
    return _HISTORY.search(text) is not None, tuple(_years_said(text)), periods


def _years_said(folded: str) -> Iterator[int]:
    """The years a sentence dates something with ("in 2016", "its 2022 deal with X"), outside forward-looking
    phrases."""
    deals_of_a_year = [d.span() for d in _EARLIER_DEALS_YEAR.finditer(folded)]
    for m in _YEAR_NUMBER.finditer(folded):
        if m.start() > 0 and folded[m.start() - 1].isalnum():
            continue
        lead = _YEAR_LEAD.search(folded, max(0, m.start() - 24), m.start())
        if (lead is not None and lead.group(1) is None) or any(a < m.start() < b for a, b in deals_of_a_year):
            yield int(m.group(0))


@per_sentence
def _reads_deal(folded: str) -> tuple[bool, bool]:
    """Whether a deal word stands outside any count of deals, and whether one such is not hedged."""
    counts: list[tuple[int, int]] | None = None
    tells = False
    hedged_until = -1  # the end of the last hedged match: a match inside it ("supply deal" of "which it signed a supply
    # deal") is read with it
    for pattern in (_DEAL_EVENT, _PRICED_DEAL):
        if pattern is _PRICED_DEAL and not (any(n in folded for n in _PRICED_NOUNS) and _DIGIT.search(folded)):
            break  # a cheap test before the priced-deal pattern runs
        m = pattern.search(folded)
        while m is not None:
            if counts is None:
                counts = (
                    [c.span() for c in _DEAL_COUNT.finditer(folded)] if any(w in folded for w in _COUNTED) else []
                )
            # "struck nearly 80 deals worth $2.6bn upfront": the market's, not a deal's
            # (and "has entered into various licence agreements": the verb of a count right after it)
            if not any(
                (start < m.end() and m.start() < end)
                or (m.end() <= start and _VERB_OF_COUNT.fullmatch(folded, m.end(), start) is not None)
                for start, end in counts
            ):
                tells = True
                if m.start() >= hedged_until:
                    if not _hedged(folded, m):
                        return True, True
                    hedged_until = m.end()
            m = pattern.search(folded, m.start() + 1)  # a match passed over may hide one that starts inside it
    return tells, False


def _hedged(folded: str, m: re.Match[str]) -> bool:
    """The words before the deal word hedge or end it, or it is a past-tense verb in a 'which ...' clause."""
    window = max(0, m.start() - _HEDGE_WINDOW)
    pending = _AFTER_A_PENDING_DEAL.match(folded) if folded[:1] in "oaw" else None
    if pending is not None and m.start() >= pending.end():
        return True
    if _HEDGE.search(folded, window, m.start()) is not None or _ENDED.search(folded, window, m.start()) is not None:
        return True
    if _ENDED_AFTER.match(folded, m.end()) is not None:
        return True  # "as the $2bn Norvane deal collapses"
    noun = _DEAL_NOUN_AT_END.search(m.group(0))
    if noun is not None and _STANDING_DEAL_BEFORE.search(folded, window, m.start() + noun.start()) is not None:
        return True  # "announced that new data from their collaboration will be presented": the deal's work, not it
    if _HEDGE_AFTER.match(folded, m.end()) is not None:
        return True  # "has entered into exclusive negotiations with": talks, not a deal
    if _PRICED_DEAL.match(folded, m.start()) and _PRICED_RECALLED.search(folded, window, m.start()) is not None:
        return True  # "lays off staff after $900M Norvane deal": a deal already made
    if folded[max(0, m.start() - 2) : m.start()] == ", " and _RECALLED_PARTICIPLE.match(folded, m.start()):
        return True  # "Halden's antibody, partnered with Meridia, hits ...": a participle describing a noun
    if _BARE_PARTICIPLE.match(folded, m.start()) and not _BARE_PARTICIPLE_VERB_BEFORE.search(folded, window, m.start()):
        return True  # "a priority review for the drug norvaparib in-licensed from Norvane"
    if folded.startswith("partnered with", m.start()) and _PRODUCT_PARTNERED.search(folded, window, m.start()):
        return True  # "phase 2 data for KB-12 partnered with Norvane": the drug's partner, not a new partnership
    return _RECALLED_VERB.match(folded, m.start()) is not None and (
        _RECALLED_BEFORE.search(folded, window, m.start()) is not None
    )


def judge(article: Article, timeline: Timeline) -> Verdict:
    lead = _lead(article.sentences)
    if _completes_an_earlier_deal(article, _first_two(lead, article)):
        return Verdict(False, _COMPLETED_EARLIER, ())
    if not any(announces_news(s) and not timeline.is_history(s) for s in lead) and _non_deal_reason(lead) is None:
        lead = _reported_later(article.sentences, lead, timeline)
    if not any(announces_news(s) and not timeline.is_history(s) for s in lead):
        reason = _non_deal_reason(lead)
        if reason is not None:
            return _beside_a_financing(article, timeline, reason)
        return Verdict(False, "no new deal is announced in the story's lead", ())
    deal_sentences = tuple(s for s in article.sentences if announces_news(s) and not timeline.is_history(s))
    past = past_deal_sentences(article.sentences, timeline)
    if past and any(s.index not in past for s in deal_sentences):
        # "The Company previously entered into an agreement with X in 2017. Pursuant to that agreement, the Company
        # obtained ...": the old deal's sentences do not name the new deal's parties
        deal_sentences = tuple(s for s in deal_sentences if s.index not in past)
    deal_indexes = {s.index for s in deal_sentences}
    first_two = _first_two(lead, article)
    other = _non_deal_reason(first_two)
    if other is None and _opens_with_a_count(first_two, deal_indexes):
        other = _ROUND_UP
    if other is not None:
        # (the sign of any matter of the lead, not only the first one found: "will receive a $25M milestone payment
        # following the FDA approval of NB-1" is a milestone's news, though the approval is named too)
        signs = [_SIGN_IN_THE_SENTENCE[r] for s in first_two for r in _non_deal_labels(s.folded) if r in
                 _SIGN_IN_THE_SENTENCE]
        announced = [s for s in first_two if s.index in deal_indexes and not any(g.search(s.folded) for g in signs)]
        if other == _UNSOLICITED:  # the bid's own words ("will commence a tender offer") are the bid's, not a deal's
            announced = [s for s in announced if _AGREED_BID.search(s.folded)]
        if other in _STRONG or not (announced or _also_announced(lead, deal_indexes)):
            return _beside_a_financing(article, timeline, other)
        if not announced:
            topic = _separate_matter(article, lead, deal_sentences)
            if topic is not None and not _lists_several_deals(article):
                return Verdict(True, None, tuple(s for s in deal_sentences if s.index in topic), past, topic)
    if _lists_several_deals(article):
        return Verdict(False, _ROUND_UP, ())
    items = _headline_item(article, deal_sentences)
    if items is not None:
        headline, topic = items
        told = tuple(s for s in deal_sentences if s.index in topic and not s.is_headline)
        return Verdict(True, None, (headline, *told), past, topic, headline)
    return Verdict(True, None, deal_sentences, past)


def _headline_item(
    article: Article, deal_sentences: Sequence[Sentence]
) -> tuple[Sentence, frozenset[int]] | None:
    """A headline of items of different companies, one of which announces the deal ("Kestrel prunes three drugs from
    its pipeline; Norvane in-licenses ear drug"), over a body of paragraphs for each item: the deal's headline is its
    item (the others blanked), and its topic the paragraphs whose first sentence names the item's company, with the
    paragraphs that go on from them until one opens with a list mark ("•") or names another item's company. None when
    the headline is one item, or the deal's item names the others' company, or no paragraph names the item's. A
    paragraph's lines that each open a sentence are items of their own, and one that names the others' company too
    (the page's opening: "a rundown of news involving Norvane and Jane Doe") belongs to no item."""
    head = article.headline
    if head is None or "; " not in head.text or not any(s.is_headline for s in deal_sentences):
        return None
    spans, start = [], 0
    for part in head.text.split("; "):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    if len(spans) < 2:
        return None

    def only(span: tuple[int, int]) -> Sentence:
        text = "".join(c if span[0] <= i < span[1] else " " for i, c in enumerate(head.text))
        return Sentence(head.index, head.start, head.end, text, head.paragraph, True)

    items = [only(span) for span in spans]
    dealt = [item for item in items if announces_news(item)]
    if len(dealt) != 1:
        return None
    deal_item = dealt[0]
    subject = _ITEM_SUBJECT.search(deal_item.text)
    others = [m.group(0) for item in items if item is not deal_item for m in [_ITEM_SUBJECT.search(item.text)] if m]
    if subject is None or not others or any(o in deal_item.text or subject.group(0) in o for o in others):
        return None
    body = [s for s in article.sentences if not s.is_headline]
    # the body's items: its paragraphs, and within one the lines that each open a sentence (a brief's items one line
    # each under a headline set off by a blank line)
    text = article.text
    units: list[list[Sentence]] = []
    for i, s in enumerate(body):
        if i == 0 or s.paragraph != body[i - 1].paragraph or (s.start > 0 and text[s.start - 1] == "\n"):
            units.append([])
        units[-1].append(s)
    kept: set[int] = set()
    inside = False
    for unit in units:
        first = unit[0].text
        # (an opening that names every item's company, "a rundown of news involving X and Y", is the page's own)
        named_others = any(o in first for o in others)
        if subject.group(0) in first and not named_others:
            inside = True
        elif opens_with_a_list_mark(first) or named_others:
            inside = False
        if inside:
            kept.update(s.index for s in unit)
    if not kept:
        return None
    return deal_item, frozenset({head.index} | kept)


def _separate_matter(
    article: Article, lead: Sequence[Sentence], deal_sentences: Sequence[Sentence]
) -> frozenset[int] | None:
    """In a story about something else whose lead gives the deal as a second piece of news ("The company also announced
    it signed an exclusive agreement for an obesity drug"), the deal told further down as a matter of its own ("In a
    separate announcement, the company said it signed ...") is the deal's topic: the lead's sentence, and that sentence
    and those after it until one opens another matter that tells no term ("Additionally, the company reported positive
    trial results"). None when no deal sentence opens a matter of its own (the whole story is read)."""
    told = {s.index for s in deal_sentences}
    opening = next(
        (s for s in article.sentences if s.index in told and not s.is_headline and _OPENS_A_MATTER.search(s.folded)),
        None,
    )
    if opening is None:
        return None
    topic = {s.index for s in lead if s.index in told and not s.is_headline and _ALSO_ANNOUNCED.search(s.folded)}
    for s in article.sentences:
        if s.index < opening.index:
            continue
        if s.index > opening.index and _OPENS_A_MATTER.search(s.folded) and not (
            s.index in told or any(w in s.folded for w in _DEAL_TERM_WORDS)
        ):
            break
        topic.add(s.index)
    return frozenset(topic)


def _beside_a_financing(article: Article, timeline: Timeline, reason: str) -> Verdict:
    """A story of financings that tells a deal beside one ("In addition to the financing, Kestrel and Norvane entered a
    collaboration to develop ..."): that sentence announces the deal; else the story is about `reason`."""
    if reason != _FINANCING:
        return Verdict(False, reason, ())
    beside = tuple(
        s for s in article.sentences
        if not s.is_headline and _BESIDE_THE_FINANCING.search(s.folded) and announces_news(s)
        and not timeline.is_history(s)
    )
    if not beside or _lists_several_deals(article):
        return Verdict(False, reason, ())
    # the deal's topic: the sentence and the rest of its paragraph (the other items are other companies' financings)
    topic = frozenset(
        s.index for b in beside for s in article.sentences if s.paragraph == b.paragraph and s.index >= b.index
    )
    return Verdict(True, None, beside, past_deal_sentences(article.sentences, timeline), topic)


def _first_two(lead: Sequence[Sentence], article: Article) -> list[Sentence]:
    """The headline and the first sentence of the body (section headings and date lines aside)."""
    prose = [s for s in lead if s.is_headline or not _is_heading(s)]
    return prose[:2] if article.headline is not None else prose[:1]


def _completes(folded: str) -> bool:
    """A completion told as the news, not in an aside ("X, which closed its purchase of Y in May, today licensed")."""
    m = _COMPLETION.search(folded)
    return m is not None and _ASIDE_BEFORE.search(folded, max(0, m.start() - _HEDGE_WINDOW), m.start()) is None


def _completes_an_earlier_deal(article: Article, first_two: Sequence[Sentence]) -> bool:
    """The headline or first sentence completes a deal (`COMPLETION`: "Kestrel completes tender offer for Norvane")
    that the story tells was agreed before (`EARLIER_STEP`: "previously announced", "the board had approved the
    acquisition on January 17"): news of an old deal, not a new one. A deal signed and closed at once ("has completed
    the acquisition of privately held Norvane") tells no earlier step and stays news."""
    if not any(_completes(s.folded) for s in first_two):
        return False
    return any(_EARLIER_STEP.search(s.folded) for s in article.sentences)


def _reported_later(sentences: Sequence[Sentence], lead: list[Sentence], timeline: Timeline) -> list[Sentence]:
    """A lead that sets the scene ("Overseas licensing by the country's biotechs this year has exceeded $9bn") and
    announces nothing else may report the news just after, by its day ("X stated on Nov. 17 that it signed an
    agreement to ..."): the lead then runs to that sentence."""
    longer = _lead(sentences, LEAD_SENTENCES + REPORTED_LATER)
    for i in range(len(lead), len(longer)):
        s = longer[i]
        if _REPORTED_NEWS.search(s.folded) and announces_news(s) and not timeline.is_history(s):
            return longer[: i + 1]
    return lead


def _opens_with_a_count(first_two: Sequence[Sentence], deal_indexes: set[int]) -> bool:
    """The story opens on a count of deals ("signed four license agreements with foreign partners in January") and
    announces none there: a round-up of the market."""
    return not any(s.index in deal_indexes for s in first_two) and any(
        _DEAL_COUNT.search(s.folded) for s in first_two
    )


def _also_announced(lead: Sequence[Sentence], deal_indexes: set[int]) -> bool:
    """A lead sentence gives the deal as a second piece of news ("The company also said it had a deal to ...")."""
    return any(s.index in deal_indexes and _ALSO_ANNOUNCED.search(s.folded) for s in lead if not s.is_headline)


def _lists_several_deals(article: Article) -> bool:
    """`SEVERAL_DEALS` lines each open with a deal between two companies that no line before named: a list of the
    market's deals (a round-up, a topic page), each item with its own parties, not one deal's story."""
    text = article.text
    lines = [
        s for s in article.sentences
        if not s.is_headline and (s.start == 0 or text[s.start - 1] == "\n") and announces_deal(s)
    ]
    if len(lines) < SEVERAL_DEALS:
        return False
    seen: set[str] = set()
    items = 0
    for i, s in enumerate(lines):
        if items + len(lines) - i < SEVERAL_DEALS:
            return False  # a line makes at most one item: those left cannot make the count (their names unread)
        names = {_name_key(c.text) for c in names_in_sentence(s)}
        if len(names) >= 2 and not names & seen:
            items += 1
            if items >= SEVERAL_DEALS:
                return True
        seen |= names
    return False


def _name_key(name: str) -> str:
    words = normalize(name).key.split()
    return words[0] if words else name.casefold()


def _lead(sentences: Sequence[Sentence], size: int = LEAD_SENTENCES) -> list[Sentence]:
    lead: list[Sentence] = []
    body = 0
    for s in sentences:
        if s.is_headline:
            lead.append(s)
            continue
        lead.append(s)
        if not _is_heading(s):
            body += 1  # a section heading ("What happened", "PRINCIPAL TERMS") or a dateline is no sentence of the lead
        if body >= size:
            break
    return lead


def _is_heading(s: Sentence) -> bool:
    """A short line that does not end like a sentence: a section heading ("So what"), a date line, a number ("11."),
    a table's cell ("Norvane Bio AG (Basel)": a name and its place in brackets, with no stop inside them), a field of
    a disclosure's header ("Company Name: Norvane Bio Inc.")."""
    words = len(s.text.split())
    if words <= 2:
        return True
    end = s.text.rstrip()
    if words <= 2 * _HEADING_WORDS and _FORM_FIELD.match(end) is not None:
        return True
    return words <= _HEADING_WORDS and (not end.endswith(_SENTENCE_ENDS) or _CELL_IN_BRACKETS.search(end) is not None)


def _non_deal_reason(sentences: Sequence[Sentence]) -> str | None:
    for s in sentences:
        reason = _non_deal_label(s.folded)
        if reason is not None:
            return reason
    return None


@per_sentence
def _non_deal_labels(folded: str) -> tuple[str, ...]:
    """Every one of `NON_DEAL_EVENT_PATTERNS` the sentence matches, in the table's order. (Tried one by one: the table
    joined as one alternation, each alternative opening with `\\b`, lets the engine skip ahead to none of them and
    costs more than the patterns one after the other; each check of the lead reads its sentences again, hence the
    cache.)"""
    return tuple(f"the story is about {label}" for label, pattern in _NON_DEAL.items() if pattern.search(folded))


def _non_deal_label(folded: str) -> str | None:
    """The first of `NON_DEAL_EVENT_PATTERNS` the sentence matches."""
    return next(iter(_non_deal_labels(folded)), None)
