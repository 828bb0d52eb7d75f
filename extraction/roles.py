"""What each party does in the deal: its role, and the rule that says so.

Roles are read from the deal's own sentences with every party's names marked, by one ordered table
of named rules (`ROLE_RULES`). A rule is a pattern over those marked sentences; it gives a role to
the party in its slot `<A>`, and a rule with a second slot `<B>` gives both parties theirs at once
("Tamsin Bio grants Orrery Pharma an exclusive licence": licensor and licensee). A slot takes a list
of parties as well ("Norvane Bio and Ostrin Bio will receive ...").

Rules, strongest first (the table's groups):
- purchase: "X to be acquired (taken private) by Y", an acquisition offer from Y or a takeover by Y, "X acquires /
  snaps up Y", "X will acquire all outstanding shares of Y", "the acquisition of X", "for each X
  share", "X shareholders will receive": the buyer is the acquirer and the bought company the
  target; the seller of assets, a business or royalties ("X buys a royalty / stake / vaccines from
  Y", "X sells its eye assets to Y", "X acquires Y's business") is the licensor (the label rules of
  the gold format); a filing's "all of its right, title and interest in X" is one thing sold; the buyers' noun
  says it too ("X and Y on their $300M acquisition of royalty interest in Z from W"). Buying
  goods in a supply deal is no purchase, nor is taking over an activity ("will take over development"), nor a thing
  a party pays for ("X will pay $7 million for inventory to be acquired": X is not bought).
- rights: who grants rights, licenses them to someone, hands them over, licenses them out or retains rights for a
  territory is the licensor; who
  receives, gains, obtains, buys or in-licenses rights ("Y will gain rights to", "Y licensing X's platform", "Y licenses
  X ADC": a name before its product's noun is its owner's, "Y obtains from X a licence", "X's asset licensed to Y") is
  the licensee. A deal with a company for rights takes them from it ("X has struck a deal with Y for the ex-China rights
  to Z"), as does who signs a deal with it "..., obtaining the rights to". The noun ("a license to", "a licensing deal",
  "a grant of") is not the verb, nor is what a regulator grants ("granted orphan drug designation"). A party's own gain
  of rights ranks after the money rules: a licensor gains rights too ("will get co-promotion rights in the US"), and
  co-promotion or opt-in rights are no licence taken.
- money: who receives the upfront, is eligible for milestones or royalties, is paid or promised money ("bags $50M
  upfront", "is assured more than $45M")
  is the licensor; who pays ("is shelling out", "bets $150M on", "will make certain payments to", "the
  milestones it is due to receive from Y", "is to pay for the agreement", "make an upfront and milestone
  payments", "hands Y $28M upfront", "By handing Y $28 million, X has ...") or takes another company on ("taps",
  "enlists") is the licensee; who enters a deal with another "for an upfront payment of" is the licensor. In
  a purchase the payer is the acquirer and the payee the target (selling assets or royalties, the licensor);
  in a manufacturing deal that licenses nothing the payer is the client and the payee the manufacturer.
- making: a CDMO ("contract development and manufacturing organisation", "the Swiss contract drugmaker") is the
  manufacturer (also the subject of a sentence that ends ", the Swiss contract drugmaker said", not the partner
  before that descriptor); in
  a manufacturing or supply deal also who makes or supplies the products, provides manufacturing of
  another's products (also "will commercially produce"), tech-transfers them onto its platform or dedicates
  capacity to another, whose products are made being the client ("X signed a deal with Y to manufacture a Y
  biosimilar": X makes); the owner of a good supplied ("the supply of X's isotopes") supplies it.
- funding: who invests in a party or buys its shares is an investor; so is who provides money to fund another
  party's programme ("funds managed by X will provide up to $400 million to fund Y's vaccine programme"; Y a partner).
- hints (weak): who takes over commercialisation or gets to make and sell the product is the licensee (not in a
  co-commercialisation);
  the party whose drug or platform it is ("a licensing deal with Y for its antibody", "X's
  platform") the licensor.
A slot's list may name a later party with a descriptor ("X and asset manager Y"). A party in a slot is the subject of
its verb, not the object of a preposition ("a deal with Y to gain
rights" says nothing of Y, nor does "a pact with US-based Y to sell its rights"), and a party named in
both slots of one reading takes the second.

Precedence and consistency:
- Each party takes the role of the strongest rule that reads it (earliest in the table; within one
  rule, the earliest sentence). In a licence, the purchase of anything but a company ("will
  purchase clinical supply from X") is weaker than any other reading; where the text says a company
  is bought ("X to acquire Y"), or the deal is a purchase that licenses nothing, who pays or takes
  rights is the buyer.
- In a licence with a licence's payments, who buys the rights a party sells ("would sell rights for X
  to Y") is the licensee.
- Parties cannot all stand on one side of a deal (two licensors and no licensee, a licensee beside
  an acquirer): the party with the weaker evidence takes its best reading on the other side, else
  the counterpart of the stronger party's role. An investor beside a licensor is its licensee, beside the
  target of an acquisition its acquirer.
- A party no rule reads takes the counterpart of the strongest party's role (licensor <-> licensee,
  acquirer <-> target, manufacturer <-> client; in a purchase that licenses nothing, the seller's
  counterpart is the buyer; the counterpart of a buyer of royalties or assets is their seller, the licensor, in any
  deal but a company's purchase); where no rule but hints (in an acquisition, hints
  and stakes bought on the way) reads anyone, the deal type
  decides first (an acquisition's first-named party is the acquirer, the others the targets); the
  last fallback is `partner`.
- In a manufacturing or supply deal where a party is the manufacturer, a licensee or licensor beside
  it is its client.
- Parties are marked by their names, the short name a bracket gives after one ("GlaxoSmithKline
  (GSK)", also after a word the forms leave out and as a ticker: "Brightwell Delivery Sciences International
  (Nasdaq: BWDS)") and the company of a possessive form ("Genentech" of "Roche's Genentech"); a one-word short
  form of a longer name that the story also writes as a lower-case word ("Royalty" of "Royalty Partners"
  beside "a royalty interest") marks nothing.
- A party named by a descriptor at the head of a sentence is marked as that party where the story
  tells which it is: the only party; the party the story puts in the descriptor's place ("the
  British company" after "British firm X", "the Danes" after "Danish biotech X"; where no party is of that place,
  the one party the story places nowhere: "the Danish company" beside "China-based Y"); the biotech or the
  big group ("the biotech", "the Swiss drugmaker", "the pharma giant") when the registry counts one
  party among the big pharmaceutical groups; a plain "the company" or "it", the party the sentence
  before starts with, as is the subject a note leaves out ("X inks deal with Y. Will pay $54 million upfront").
  Never a party the same sentence names. "The latter" and "the former" are the
  last and first parties named before them.

Patterns are written lower-case (they run on folded text); in them a space stands for any run of
white space, `<A>` and `<B>` are party slots, and the other `<...>` words are the fragments of
`_FRAGMENTS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from extraction.models import Party, Role
from extraction.parties import PartyGroup
from extraction.text import Sentence, fold, mentions
from extraction.vocabulary import DEMONYMS, GAINED_NOT_BOUGHT, NATIONALITIES, PLANT_WORDS

RuleKind = Literal["purchase", "rights", "money", "making", "funding", "hint"]


@dataclass(frozen=True)
class RoleRule:
    """One way the trade press says who does what: `a` is the role of the party in slot `<A>`,
    `b` that of the party in `<B>`; `only_in` lists deal types the rule needs (any one), `unless`
    deal types in which it does not hold."""

    name: str
    kind: RuleKind
    example: str
    pattern: str
    a: Role | None
    b: Role | None = None
    only_in: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RoleReading:
    """A party with its role, the name of the rule that gave it and the sentence the rule read
    (empty for a role that follows from the other parties' or from the deal type)."""

    party: Party
    role: Role
    rule: str
    sentence: str = ""


_MAKING_DEALS = frozenset({"manufacturing", "supply"})
_PURCHASE_DEALS = frozenset({"acquisition", "merger", "asset-purchase", "royalty-purchase"})
_SALE_OF_ASSETS = frozenset({"asset-purchase", "royalty-purchase"})
# deals whose money pays for rights (upfront, milestones), even where one side also makes the product
_LICENCE_DEALS = frozenset({"license", "option", "co-development", "co-commercialization", "commercialization"})

# Words that describe a company between a slot word and its name ("from Swedish peer X", "to
# Danish diabetes care giant X"): articles, nationalities and the trade press's nouns for companies.
_DESCRIPTOR = (
    r"(?:a|an|the|its|their|fellow|rival|partner|long-?time|big|global|multinational|leading|major|private|public"
    r"|privately-held"
    r"|publicly-traded|listed|clinical-stage|commercial-stage|late-stage|early-stage|emerging|specialty|integrated"
    r"|new|young|small|mid-?sized?|[a-z][a-z\-.]*-(?:based|stage|focused|listed|headquartered|owned|backed)"
    r"|company|firm|group|biotech|biotechnology|biopharma|biopharmaceutical|pharma|pharmaceutical|pharmaceuticals"
    r"|drug|drugs|drugmaker|developer|maker|manufacturer|giant|player|specialist|peer|startup|start-up|unit"
    r"|subsidiary|affiliate|arm|division|outfit|innovator|leader|investor|investment|equity|fund|asset|manager"
    r"|cdmo|cmo|contract|development|manufacturing|organi[sz]ation|services?|provider|medical|medicines?|life"
    r"|sciences?|health|healthcare|care|eye|gene|cell|therapy|therapies|therapeutics|oncology|immunology|vaccines?"
    r"|antibody|rna|mrna|diabetes|cancer|rare|disease|generics?|biosimilars?"
    # a place's possessive: "tapped South Korea's X"
    r"|(?:south |north )?korea['’]s|japan['’]s|china['’]s|india['’]s|taiwan['’]s|israel['’]s|germany['’]s"
    r"|france['’]s|switzerland['’]s|denmark['’]s|sweden['’]s|britain['’]s|europe['’]s|america['’]s|canada['’]s"
    r"|(?:the )?usa['’]s|(?:the )?uk['’]s|(?:the )?u\.s\.['’]s|italy['’]s|spain['’]s|belgium['’]s|ireland['’]s|"
    + fold(NATIONALITIES) + r")"
)

# The pieces the rules' patterns are built from.
_FRAGMENTS: dict[str, str] = {
    # a party slot: one marked party or a list of them ("<x>, <y> and <z>"), not as an owner ("<x>'s")
    # (the subject of a verb: not the object of a preposition, "a deal with <x> to gain rights")
    # (the look-behinds follow the mark's first character, so that the pattern starts with a literal the
    # regular-expression engine can look for)
    # (a descriptor may open a later item: "<x> and asset manager <y>")
    "A": r"(?P<a>\x00(?<!with\s\x00)(?<!by\s\x00)(?<!for\s\x00)(?<!to\s\x00)(?<!from\s\x00)"
    rf"\d+\x00(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:{_DESCRIPTOR}\s+){{0,3}}?\x00\d+\x00)*)(?!['’])",
    # a single slot in the object of a preposition or a verb: "payment to <x>", "made by <x>"
    # (not a possessive, also of the name's fuller form the story writes: "rights to Norvane Bioscience's drug")
    "OBJ": r"(?P<a>\x00\d+\x00(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\x00\d+\x00)*)(?!['’])"
    r"(?!(?: [\w\-]+){1,2}['’]s\b)",
    "B": r"(?P<b>\x00\d+\x00(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\x00\d+\x00)*)(?!['’])",
    # a party as an owner: "<x>'s platform"; and either
    "A'S": r"(?P<a>\x00\d+\x00)['’]s?",
    "B'S": r"(?P<b>\x00\d+\x00)['’]s?",
    "A('S)": r"(?P<a>\x00\d+\x00)(?:['’]s?)?",
    "B('S)": r"(?P<b>\x00\d+\x00)(?:['’]s?)?",
    # an appositive after a subject: ", a Korean drugmaker based in Seoul,"
    "APP": r"(?:\s*,\s(?:a|an|the|which|who|one|its|whose)\s[^\x00;]{0,120}?,)?",
    # auxiliaries and reporting words between a subject and its verb: "said it has agreed to"
    "AUX": r"(?:(?:will|would|shall|may|might|can|could|must|is|are|was|were|be|been|being|has|have|had|also|now"
    r"|then|still|further|additionally|jointly|to|set|stands?|agree[sd]?|expects?|expected|plans?|intends?|going"
    r"|able|in\sturn|said|says|announced|it|that|today|already|first|initially|ultimately|potentially"
    # adverbs of how: "will commercially produce", "will exclusively distribute"
    r"|commercially|exclusively|solely|directly|primarily|fully|globally|locally)\s+)*",
    # words between a subject and a verb further on: no other party, no regulator ("X said the FDA granted")
    "GAP": r"(?:(?!fda\b|ema\b|regulator|agency|authorit)[^\x00;]){0,90}?",
    # descriptors between a slot word and a name
    "DESC": rf"(?:{_DESCRIPTOR}\s+){{0,5}}?",
    # an amount or a payment word: what money rules need to see
    "MONEY": r"(?:\b(?:upfront|up-front|milestones?|royalt\w*|payments?|fees?|cash|consideration|compensation|funding"
    r"|(?:an\s)?undisclosed\s(?:sum|amount)|licen[cs](?:e|ing)\sfees?|share\sof\s(?:the\s)?(?:profits|sales|revenues?))\b"
    r"|[$€£¥]|\d[\d.,]*\s?(?:million|billion|mn|bn|m\b|b\b))",
    # a gap before an amount that does not pass a payment the other way or a licence ("get rights and pay $5m")
    "TO_MONEY": r"(?:(?!pay|rights|licen)[^\x00;]){0,60}?",
    # the words for rights in a licence, not for money ("licence fees") or the licensor's own share ("co-promote")
    "RIGHTS": r"(?:rights|licen[cs]es?|sublicen[cs]es?|option\sto\s(?:in-)?licen[cs]e)\b"
    r"(?!\s(?:fees?|payments?|revenues?|income|agreement|deal)|\sto\s(?:co-|opt|participate|share))",
    # words that are not adjectives before rights: "has granted exclusive rights" is no gain of rights
    "ADJ": r"(?:(?!grant|licen|sell|sold|transfer|out|to\b|from\b|co-|opt|upfront|up-front|payment|fee|milestone"
    r"|royalt|cash|\d)[\w\-,]+\s+){0,7}?",
    "CDMO": r"(?:cdmo|cmo|contract\s(?:development\sand\s)?manufactur\w*|contract\sdrug\s?makers?)",
    # the words between a licence verb and its party: no money ("a licensing deal, paying $50m to <x>")
    "LGAP": r"(?:(?!upfront|up-front|milestone|royalt|payment|fee|cash|pay|[$€£¥]|\d[\d.,]*\s?(?:million|billion|mn"
    r"|bn|m\b|b\b))[^\x00;]){0,120}?",
    # the object of a sale, not a second verb's ("sell the drug and pay royalties")
    # ("sell its over-the-counter and prescription drugs to <x>" joins two nouns)
    # (a filing's "all of its right, title and interest in X" is one object)
    "SOLD_GAP": r"(?:(?!\band\s(?:also\s|will\s|to\s)?(?:pay|grant|licen|receiv|get|give|provide|share|retain|keep"
    r"|make|be\b)|pay|\bwill\b|\bbe\b)(?:[^\x00;,]|,(?=\stitle\b))){0,60}?",
    # a share of a company that is control of it: "all outstanding shares of", "a 60% stake in"
    "CONTROL": r"(?:a |an |the )?(?:all (?:of )?(?:the )?(?:issued and )?(?:outstanding )?|(?:issued and )?outstanding "
    r"|majority |controlling |entire |remaining |full |100% |[5-9]\d(?:\.\d+)?% )(?:[a-z\-]+ )?",
    # who acts for a party: "acquired by funds managed by <x>"
    "OWNER": r"(?:(?:funds?|entities|vehicles?) (?:managed|advised|controlled) by |(?:an? |the )?(?:affiliates?"
    r"|subsidiar(?:y|ies)|units?) of )?",
    # "to" that leads to a party, not an idiom ("according to <x>", "up to")
    "TO": r"(?<!according\s)(?<!due\s)(?<!prior\s)(?<!up\s)(?<!similar\s)(?<!addition\s)(?<!compared\s)to",
    # what a regulator grants, not a licensor: "granted orphan drug designation"
    "NOT_REGULATORY": r"(?![^;]{0,80}?(?:designation|approval|status|clearance|patent|fast[\s-]track"
    r"|priority\sreview|marketing\sauthori))",
}
# Words one of which a sentence must hold for the rules of a kind to be tried, and for some rules
# groups of words ("a|b") each of which the sentence must hold one of: cheap tests before the patterns run.
_RULE_CUES: dict[str, tuple[str, ...]] = {
    "acquired-by": (" by ",), "offer-from": ("offer|bid|proposal", " from "), "buys-royalty": ("royalt",),
    "buys-from": ("acqui|buy|bought|purchas", " from "), "buys-a-partys-business": ("acqui|buy|bought|purchas",),
    "bought-from": ("acqui|buy|bought|purchas", " from "), "sells-to": ("sell|sold|offload|divest", " to "),
    "buys-control": ("stake|interest|share|equity|stock",), "buys-a-partys-units": ("subsidiar|unit|affiliate",),
    "acquires": ("acqui|buy|bought|take|took|purchas|snap|scoop|pick|nab|swoop|gobble|snatch|offer|bid",),
    "offer-from-a-buyer": ("offer|bid|proposal",), "acquired-by-a-buyer": (" by |sale to",),
    "sold-to-a-buyer": ("sell|sold|offload|divest",), "sells": ("sell|sold|offload|divest",),
    "to-be-acquired": ("acquired|bought|taken",), "buys": ("acqui|buy|purchas|take",),
    "acquisition-of": ("acqui|buy|bought|take|took|purchas|snap|scoop|snatch|offer|bid",),
    "shareholders-receive": ("holders",),
    "pays-per-share": ("share",), "each-partys-share": ("share|stock",),
    "grants": ("grant",), "licenses-to": ("licen", " to "), "licensing-a-partys-asset": ("licen",),
    "licenses-a-partys-product": ("licen",),
    "takes-rights-from": ("right|licen", " from "), "deal-with-for-rights": ("right|licen", " with "),
    "takes-from-a-licence": ("right|licen", " from "),
    "licenses-out-with": ("out|export|sell", " with "), "asset-licensed-to": ("licen",),
    "licenses-from": ("licen", " from "),
    "hands-rights": ("hand|give|gave|transfer",), "gains-rights": ("right|licen",), "in-licenses": ("in-licen",),
    "licensed-from": ("licen",), "is-licensing": ("licen",), "licenses-out": ("out|export",),
    "grants-rights": ("grant",),
    "granted": ("grant",), "licensed-to": ("licen",),
    "licence-to-a-party": ("licen|right", " to "),
    "receives-from": (" from ",), "pays-party": ("pay|paid",), "paid": ("pay|paid",),
    "pays": ("pay|paid|shell|fork|hand|cough|pon|put|plunk|bet|spen|commit",),
    "payment-to": (" to ",), "payment-from": (" from ",), "paid-by": (" by ",),
    "hands-money": ("hand|give|gave|giving|offer|front",), "by-paying-then": ("by ", "paying|handing|giving"),
    "deal-with-for-a-payment": (" with ", "upfront|up-front|initial", " for "),
    "deal-with-then-obtains": (" with ", "right|licen", "ing "),
    "taps": ("tap|enlist|recruit|turn|bet|pick|select|choose|chose|hire",),
    "wins-a-cdmo-deal": ("cdmo|cmo|contract",), "cdmo-named": ("cdmo|cmo|contract",),
    "cdmo-before-name": ("cdmo|cmo|organi",), "cdmo-near-name": ("cdmo|cmo|contract",),
    "cdmo-said": ("contract|cdmo|cmo",),
    "makes-for-a-party": ("provid|perform|offer",), "deal-to-make-a-partys-product": (" with ",),
    "tech-transfers": ("transfer",),
    "dedicates-capacity": ("dedicat|reserv|allocat",),
    "invests-in": ("invest",), "funds-a-partys-programme": ("provid|commit|contribut",),
    "buys-shares": ("share|stake|stock|equity",),
    "takes-over-commercialisation": ("commerciali",), "licensing-deal-with-for-its": ("licen",),
}
_CUES: dict[str, tuple[str, ...]] = {
    "purchase": ("acqui", "buy", "bought", "purchas", "sell", "sold", "offload", "divest", "takeover", "take",
                 "took", "offer", "bid", "share", "stock"),
    "rights": ("grant", "licen", "right", "hand", "give", "gave", "transfer"),
    "money": ("pay", "paid", "receiv", "get", "got", "earn", "eligib", "entitl", "upfront", "up-front", "fee",
              "milestone", "royalt", "cash", "$", "€", "£", "¥", "million", "billion", "fund", "make", "stand",
              "collect", "consideration"),
    "making": ("manufactur", "produc", "make", "made", "suppl", "cdmo", "cmo", "fill", "transfer", "dedicat",
               "reserv", "allocat"),
    "funding": ("invest", "share", "stake", "equity", "stock", "provid", "commit", "contribut"),
    "hint": ("commerciali", "licen", "\x00'", "\x00’", "sell", "market"),
}
_FRAGMENT = re.compile(r"<(" + "|".join(re.escape(f) for f in _FRAGMENTS) + r")>")

# Verb forms.
_ACQUIRE = r"(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing)"
_SELL = r"(?:sell|sells|sold|selling|offload\w*|divest\w*)"
# the active verb: not "was granted", not the noun of "a grant of rights", not "granted by"
_GRANT = (
    r"(?<!been\s)(?<!be\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)(?<!a\s)(?<!the\s)"
    r"(?:grant|grants|granted|granting)(?!\s+(?:of|by|from)\b)"
)
# the verb "license" (not the noun of "a license to X" nor the "licensing" of "a licensing deal"): its
# -d, -s and -ing forms, or after to/will
_LICENSE_VERB = (
    r"(?:licen[cs]ed|licen[cs]es|licen[cs]ing|out-licen[cs]\w*|sublicen[cs]\w*"
    r"|(?:to|will|would|agreed\sto|agrees\sto)\slicen[cs]e)"
    r"(?!\s(?:deals?|agreements?|pacts?|contracts?|partnerships?|transactions?|fees?|revenues?|income|terms))"
)
# a party that licenses something in: "Orrery Pharma is licensing", "Orrery will license", "Orrery in-licensed"
_LICENSES = r"<A> <AUX>(?:licen[cs]ing|licen[cs]es|licen[cs]ed|to licen[cs]e|in-licen[cs]\w*|will licen[cs]e)"
_TAKE = (
    r"(?:get|gets|got|gain|gains|gained|obtain|obtains|obtained|obtaining|receive|receives|received|secure|secures"
    r"|secured|acquire|acquires|acquired|buy|buys|bought|purchase|purchases|purchased|take|takes|took|will\shave"
    r"|in-licen[cs]\w*)"
)
# rights held under the deal, told as a state: "Under the agreement, Orrery Pharma has exclusive commercial
# rights to TB-7 in Europe" (only exclusive ones: "Tamsin Bio has rights to the antibody" may be its own)
_HOLDS_EXCLUSIVE = r"(?:has|holds)(?=\s(?:the\s)?exclusive\b)"
_RECEIVE = (
    r"(?:receive|receives|received|receiving|get|gets|got|earn|earns|earned|collect|collects|eligible|entitled"
    # the trade press's words for taking money home: "Norvane bags $50M upfront"
    r"|nets|netted|bags|bagged|lands|landed|snags|snagged|pockets|pocketed|banks|banked|scores|scored|wins|won"
    r"|grabs|grabbed|reaps|reaped|books|booked|rakes\sin|raked\sin|takes\shome|be\spaid|been\spaid|is\spaid"
    r"|get\spaid|obtain|obtains|obtained"  # "Norvane will obtain $175m of upfront licence payments"
    # money promised to a party: "Norvane is assured more than $45 million in the deal"
    r"|(?:is|are|was|were|be|been)\s(?:assured|guaranteed|promised)(?:\sof)?)"
)
_PAY = r"(?:pay|pays|paid|paying)"
# other words for paying: "Kestrel is shelling out $50M", "hands over", "coughs up", "bets $150M on"
_PAY_OUT = (
    r"(?:shell\w*\sout|fork\w*\sover|hand\w*\sover|cough\w*\sup|pon\w*\sup|put\w*\sup|plunk\w*\sdown|bet|bets"
    r"|betting|spend|spends|spent|spending|commit\w*)"
)
_MAKE = r"(?:manufacture|manufactures|produce|produces|make|makes|supply|supplies|fill|fills)"
# what a seller sells when it sells part of itself, not goods ("sold its eye assets to")
_SOLD_PART = r"(?:assets?|business\w*|units?|divisions?|portfolios?|rights|stakes?|interests?|operations|franchises?"
_SOLD_PART += r"|brands?|programs?|programmes?|subsidiar\w*|royalt\w*|vaccines|drugs|medicines|" + PLANT_WORDS + ")"
# what an acquirer buys when it buys a company, not a part of one ("acquire 9.9% newly issued shares of X")
_NOT_A_COMPANY = (
    r"(?!\s+(?:[$€£¥]|\d[\d.,]*\s?(?:million|billion|mn|bn|m\b)"
    r"|(?:\S+\s+){0,4}?(?:shares?|stakes?|stock|interests?|equity|rights|royalt\w*|assets?|business\w*|licen[cs]\w*"
    r"|options?|access|" + GAINED_NOT_BOUGHT + r")"
    # an activity taken over is no company bought: "Vantor will take over development from IND-enabling studies"
    r"|(?:\S+\s+){0,2}?(?:development|commerciali[sz]\w*|manufactur\w*|responsibilit\w*|marketing|distribution"
    r"|trials?|studies|operations|activities|work)(?![\w\-])))"
)
ROLE_RULES: tuple[RoleRule, ...] = (
    # --- purchase
    RoleRule("acquired-by", "purchase", "Norvane Bio agreed to be acquired by Kestrel Pharma for $10 a share.",
             r"<A> <GAP>(?:acquired|bought|taken over|taken private) by <OWNER><DESC><B>", "target", "acquirer"),
    RoleRule("offer-from", "purchase", "Norvane Bio accepted a takeover offer from Swedish peer Kestrel Pharma.",
             r"<A> <GAP>(?:acquisition|takeover|buyout|tender|purchase) (?:offer|bid|proposal) from <DESC><B>",
             "target", "acquirer"),
    RoleRule("buys-royalty", "purchase", "Marrow Royalty will acquire a royalty interest in NB-1 from Norvane Bio.",
             # (also the buyers' noun: "advised <x> and <y> on their $300M acquisition of royalty interest")
             rf"<A> <GAP>(?:{_ACQUIRE}|(?:its|their) (?:[^\x00;]{{0,40}}? )?(?:acquisition|purchase)) "
             rf"[^\x00;]{{0,60}}?royalt\w*(?: [^\x00;]{{0,60}}?from <DESC><B>)?",
             "acquirer", "licensor"),
    RoleRule("buys-from", "purchase", "Kestrel Pharma will buy two marketed vaccines from Norvane Bio.",
             rf"<A> <GAP>{_ACQUIRE} (?![^\x00;]{{0,80}}?(?:rights|licen))<GAP>from <DESC><B>", "acquirer", "licensor",
             unless=_MAKING_DEALS),
    RoleRule("buys-a-partys-business", "purchase", "Kestrel Pharma will acquire Norvane Bio's antibiotics business.",
             rf"<A> <GAP>{_ACQUIRE} <DESC><B'S> (?:[\w\-]+ ){{0,3}}{_SOLD_PART}", "acquirer", "licensor"),
    RoleRule("buys-a-partys-units", "purchase", "Kestrel Pharma will acquire Norvane Bio subsidiaries Tamsin Bio "
             "and Orrery Pharma.",
             # (also "all the shares of Norvane's Japanese subsidiary, Norvane KK")
             rf"<A> <GAP>{_ACQUIRE} (?:all (?:of )?(?:the )?(?:outstanding |issued )?shares (?:of|in) )?<DESC><B('S)>"
             r" (?:[\w\-]+ )?(?:subsidiar(?:y|ies)|units?|affiliates?),? <DESC>\x00",
             "acquirer", "licensor"),
    RoleRule("bought-from", "purchase", "The vaccines were bought from Norvane Bio for $270 million.",
             rf"{_ACQUIRE} (?![^\x00;]{{0,80}}?(?:rights|licen))[^\x00;]{{0,80}}?from <DESC><OBJ>", "licensor",
             unless=_MAKING_DEALS),
    RoleRule("sells-to", "purchase", "Norvane Bio has sold its eye assets to Kestrel Pharma for $8 million.",
             rf"<A> <GAP>{_SELL} <SOLD_GAP><TO> <DESC><B>", "licensor", "acquirer", unless=_MAKING_DEALS),
    RoleRule("buys-control", "purchase", "Kestrel Pharma will acquire all outstanding shares of Norvane Bio.",
             rf"<A> <GAP>(?:{_ACQUIRE}|tender offer for|offer for) <CONTROL> (?:stake|interest|shares?|equity"
             r"|common stock|stock)(?: capital)? (?:in|of) (?:\x00\d+\x00['’]s? )?(?:<DESC><B>)?",
             "acquirer", "target"),
    RoleRule("acquires", "purchase", "Kestrel Pharma announced a merger agreement to acquire Norvane Bio.",
             rf"<A> <GAP>(?:to acquire|acquires|acquired|will acquire|acquiring|to buy|buys|bought|take over|takes over"
             rf"|took over|takeover of|acquisition of|purchase of|buyout of|buy out|buys out|bought out|snaps up"
             rf"|snapped up|scoops up|scooped up|picks up|picked up|nabs|nabbed|swoops on|swooped on|gobbles up"
             rf"|snatches up|snatched up|snatching up|(?:tender )?offer for|bid for){_NOT_A_COMPANY} <DESC><B>",
             "acquirer", "target"),
    RoleRule("offer-from-a-buyer", "purchase", "The board backs the acquisition offer from Kestrel Pharma.",
             r"(?:acquisition|takeover|buyout|tender|purchase) (?:offer|bid|proposal) from <DESC><OBJ>", "acquirer"),
    RoleRule("acquired-by-a-buyer", "purchase", "The company agreed to be acquired by Kestrel Pharma.",
             r"(?:(?:acquired|bought|taken over|taken private|acquisition|takeover|buyout|purchase) by|sale to)"
             r" <OWNER><DESC><OBJ>",
             "acquirer"),
    RoleRule("sold-to-a-buyer", "purchase", "The company sold its vaccine business to Kestrel Pharma.",
             rf"{_SELL} <SOLD_GAP><TO> <DESC><OBJ>", "acquirer", unless=_MAKING_DEALS),
    RoleRule("sells", "purchase", "Norvane Bio will sell its antibiotics business for $300 million.",
             # (not a relative clause that says what a company does: "<x>, which sells medicines for allergies")
             rf"<A> (?!,?\s*(?:which|that|who)\s+(?:also\s+|mainly\s+|primarily\s+)?sells\b)<GAP>{_SELL} "
             # (nor what it has on the market: "Norvane currently sells two commercialized drugs in the US")
             r"(?!(?:[\w\-]+\s){0,3}?(?:commerciali[sz]ed|marketed|approved|branded)\s)"
             rf"<SOLD_GAP>{_SOLD_PART}", "licensor"),
    RoleRule("to-be-acquired", "purchase", "Norvane Bio agreed to be acquired by a private equity firm.",
             # (not a thing bought that the gap names: "X is expected to pay $7 million for inventory to be acquired")
             r"<A> (?:(?!\bfor\b|\bpa(?:y|id)\b)[^\x00;]){0,90}?"
             r"(?:to be|will be|agreed to be|agrees to be|is being|has been) (?:acquired|bought|taken over"
             r"|taken private)",
             "target"),
    RoleRule("buys", "purchase", "Kestrel Pharma will acquire the clinical-stage biotech for $1.2 billion.",
             rf"<A><APP> <AUX>(?:acquire|acquires|buy|buys|purchase|purchases|take over|takes over){_NOT_A_COMPANY} ",
             "acquirer", unless=_MAKING_DEALS),
    RoleRule("acquisition-of", "purchase", "The acquisition of Norvane Bio is expected to close this year.",
             rf"(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying|take over|takes over|took over"
             rf"|acquisition of|takeover of|buyout of|purchase of|buy out|buys out|snaps up|snapped up|scoops up"
             rf"|snatching up|(?:tender )?offer for|bid for){_NOT_A_COMPANY} <DESC><OBJ>", "target"),
    RoleRule("shareholders-receive", "purchase", "Norvane Bio shareholders will receive $12 in cash per share.",
             r"<A('S)> (?:shareholders|stockholders|holders) <AUX>(?:receive|get|be paid)", "target"),
    RoleRule("pays-per-share", "purchase", "Kestrel Pharma will pay $14.50 per share in cash.",
             rf"<A><APP> <AUX>(?:{_PAY}|offer\w*) [^\x00;]{{0,60}}?(?:per|for each|a) (?:\x00\d+\x00 |[\w\-]+ )?share",
             "acquirer"),
    RoleRule("each-partys-share", "purchase", "Kestrel Pharma will pay $14.50 for each Norvane Bio share.",
             r"(?:per|for each|for every) <OBJ> (?:share|stock)", "target"),
    # --- rights
    RoleRule("grants", "rights", "Tamsin Bio has granted Orrery Pharma an exclusive licence to TB-7.",
             rf"<A> <GAP>{_GRANT} <NOT_REGULATORY><LGAP><B>", "licensor", "licensee"),
    RoleRule("licenses-to", "rights", "Tamsin Bio agreed to license global rights to TB-7 to Orrery Pharma.",
             rf"<A> <GAP>{_LICENSE_VERB} (?!from)<LGAP><TO> <DESC><B>", "licensor", "licensee"),
    RoleRule("licensing-a-partys-asset", "rights", "Orrery Pharma is licensing Tamsin Bio's antibody platform.",
             rf"{_LICENSES} (?:the )?<B'S>", "licensee", "licensor"),
    # a party's name before its product's noun: "Orrery Pharma licenses Tamsin Bio ADC" (a headline's "Tamsin Bio's")
    RoleRule("licenses-a-partys-product", "rights", "Orrery Pharma licenses Tamsin Bio ADC in $1bn deal.",
             rf"{_LICENSES} (?:the )?<B> "
             r"(?:[\w\-]+ ){0,2}?(?:adcs?|antibod(?:y|ies)|drugs?|assets?|candidates?|programs?|programmes?|platforms?"
             r"|molecules?|compounds?|inhibitors?|degraders?|vaccines?|bispecifics?"
             r"|cell therap(?:y|ies)|gene therap(?:y|ies))\b", "licensee", "licensor"),
    RoleRule("takes-rights-from", "rights", "Orrery Pharma acquired exclusive rights to TB-7 from Tamsin Bio.",
             rf"<A> <GAP>{_TAKE} <LGAP><RIGHTS><LGAP>from <DESC><B>",
             "licensee", "licensor"),
    # a deal with a company for rights takes them from it: "X has struck a deal with Y for the ex-China rights to Z"
    RoleRule("deal-with-for-rights", "rights", "Orrery Pharma has struck a deal with Tamsin Bio for the ex-China "
             "rights to TB-7.",
             r"<A> <GAP>(?:deal|agreement|pact|contract|tie-?up) with <DESC><B> (?:\([^()\x00]{0,30}\) )?for (?:the )?"
             r"<ADJ><RIGHTS>",
             "licensee", "licensor"),
    # a participle after the deal tells what its subject gets: "X signed a licensing agreement with Y on May 2,
    # obtaining the rights to Z" (X takes them; not "..., granting it the rights")
    RoleRule("deal-with-then-obtains", "rights", "Orrery Pharma signed an exclusive licensing agreement with Tamsin "
             "Bio on May 2, 2024, obtaining the rights to develop TB-7.",
             # (a subsidiary's name may stand between the parent and its verb: a wider gap than <GAP>'s)
             r"<A> [^\x00;]{0,150}?(?:agreements?|deal|pact|contract|collaboration|partnership) with <DESC><B>"
             r"[^\x00;]{0,60}?, "
             r"(?:thereby )?(?:obtaining|gaining|acquiring|securing|receiving|taking) (?:the |an |a )?<ADJ><RIGHTS>",
             "licensee", "licensor"),
    RoleRule("takes-from-a-licence", "rights", "Orrery Pharma exercised its option to obtain from Tamsin Bio a "
             "licence.",
             rf"<A> <GAP>{_TAKE} from <DESC><B> <LGAP><RIGHTS>", "licensee", "licensor"),
    RoleRule("licenses-out-with", "rights", "Tamsin Bio signed a deal with Orrery Pharma to license out TB-7.",
             r"<A> <GAP>with <DESC><B> <GAP>(?:to )?(?:out-licen[cs]\w*|licen[cs]e out|technology export"
             # "X enters into an agreement with Y to sell its rights to Z": X sells what it holds
             r"|sell (?:all )?(?:of )?(?:its|their) (?:[\w\-]+ ){0,2}?rights)",
             "licensor", "licensee"),
    RoleRule("asset-licensed-to", "rights", "Tamsin Bio's TB-7, licensed to Orrery Pharma in 2020, ...",
             r"<A'S> <GAP>licen[cs]ed (?:exclusively )?<TO> <DESC><B>", "licensor", "licensee"),
    RoleRule("licenses-from", "rights", "Orrery Pharma in-licensed TB-7 from Tamsin Bio in 2024.",
             rf"<A> <GAP>(?:in-licen[cs]\w*|{_LICENSE_VERB}) <LGAP>from <DESC><B>",
             "licensee", "licensor"),
    RoleRule("hands-rights", "rights", "Tamsin Bio has handed Orrery Pharma the rights to TB-8 in Europe.",
             r"<A> <GAP>(?:hand|hands|handed|give|gives|gave|giving|transfer|transfers|transferred) <DESC><B> "
             r"(?:the |an |a )?<ADJ><RIGHTS>", "licensor", "licensee"),
    RoleRule("in-licenses", "rights", "Orrery Pharma in-licensed TB-7 for Greater China.",
             r"<A><APP> <AUX>in-licen[cs]\w*", "licensee"),
    RoleRule("licenses-out", "rights", "Tamsin Bio out-licensed TB-7 in a deal worth $1bn.",
             r"<A><APP> <GAP>(?:out-licen[cs]\w*|licen[cs]e[sd]? out|licen[cs]ing out|technology export)", "licensor"),
    RoleRule("grants-rights", "rights", "Tamsin Bio has entered an agreement to grant exclusive rights in Europe.",
             rf"<A><APP> <GAP>{_GRANT} <NOT_REGULATORY>", "licensor"),
    RoleRule("granted", "rights", "Under the deal, it granted an exclusive licence to Orrery Pharma.",
             rf"{_GRANT} <NOT_REGULATORY>(?:<LGAP><TO> )?<DESC><OBJ>", "licensee"),
    RoleRule("licensed-to", "rights", "The rights to TB-7 were licensed to Orrery Pharma for $5 million.",
             rf"{_LICENSE_VERB} (?!from)<LGAP><TO> <DESC><OBJ>", "licensee"),
    RoleRule("licence-to-a-party", "rights", "Tamsin Bio will provide an exclusive licence to Orrery Pharma.",
             r"(?:licen[cs]es?|sublicen[cs]es?|rights) (?:[a-z\-]+ ){0,4}?<TO> <DESC><OBJ>",
             "licensee"),
    # --- money
    RoleRule("receives-from", "money", "Tamsin Bio will receive $25 million upfront from Orrery Pharma.",
             rf"<A><APP> <AUX>{_RECEIVE} (?![^\x00;]{{0,80}}?(?:rights|licen))<GAP>from <DESC><B>",
             "licensor", "licensee"),
    RoleRule("receives-payment", "money", "Tamsin Bio is eligible for up to $300 million in milestones.",
             rf"<A><APP> <AUX>(?:{_RECEIVE}|in line for|stands? to (?:gain|make)|could make|can make|may make) "
             r"<TO_MONEY><MONEY>", "licensor"),
    RoleRule("payment-to", "money", "The deal includes an upfront payment to Tamsin Bio of $25 million.",
             rf"(?:payments?|upfront|fees?|{_PAY}) (?:[^\x00;]{{0,50}}? )?to <DESC><OBJ>", "licensor"),
    RoleRule("pays-party", "money", "Orrery Pharma will pay Tamsin Bio $20 million upfront.",
             rf"<A><APP> <AUX>{_PAY} <DESC><B>", "licensee", "licensor"),
    RoleRule("paid", "money", "It will pay Tamsin Bio $20 million upfront.",
             rf"{_PAY} <DESC><OBJ>", "licensor"),
    RoleRule("pays", "money", "Orrery Pharma will pay $20 million upfront and up to $1bn in milestones.",
             rf"<A><APP> <AUX>(?:(?:{_PAY}|{_PAY_OUT}) "
             r"[^\x00;]{0,40}?(?:<MONEY>|(?:development |all |the )?(?:costs?|expenses|price|premium)\b)"
             # "will make certain milestone payments to the company": the payments are the money
             r"|make (?:an? |certain |such |any |additional |further |upfront |up-front |milestone |one-time "
             r"|and |or )*"
             r"payments?\b"
             # what the payer pays for: "is to pay for the agreement in three ways"
             rf"|{_PAY} for (?:the |this )?(?:agreement|deal|rights|licen[cs]e)\b)",
             "licensee"),
    RoleRule("payment-from", "money", "The deal brings an upfront payment from Orrery Pharma of $25 million.",
             r"(?:payments?|upfront|fees?|cash|milestones?) [^\x00;]{0,40}?from <DESC><OBJ>", "licensee"),
    RoleRule("paid-by", "money", "The milestones are payable by Orrery Pharma.",
             r"(?:paid|payable|funded) by <DESC><OBJ>", "licensee"),
    # money handed or offered to a party: "X hands Y $28M upfront", "X is offering Y $100M upfront" (X pays; not "X
    # hands Y the rights", a licensor's)
    RoleRule("hands-money", "money", "Orrery Pharma hands Tamsin Bio $28M upfront for an option on TB-7.",
             r"<A><APP> <AUX>(?:hand|hands|handed|handing|give|gives|gave|giving|offer|offers|offered|offering"
             r"|front|fronts|fronted|fronting) "
             r"<DESC><B> <MONEY>",
             "licensee", "licensor"),
    # a gerund's subject is the main clause's: "By handing Y $28 million upfront, X has the option to ..." (X pays)
    RoleRule("by-paying-then", "money", "By handing Tamsin Bio $28 million upfront, Orrery Pharma has an option.",
             r"\bby (?:paying|handing|giving) <DESC><B> <MONEY>[^\x00;]{0,60}?, <A>", "licensee", "licensor"),
    # who enters a deal for a payment is paid: "X has entered into agreements for a collaboration with Y, for the
    # development of two assets, for an upfront payment of $350 million" (X receives; who says it pays ranks first)
    RoleRule("deal-with-for-a-payment", "money", "Tamsin Bio has entered into an agreement with Orrery Pharma for "
             "the development of TB-7 for an upfront payment of $350 million.",
             r"<A> <GAP>(?:entered|enters|enter|signed|signs) (?:into )?<GAP>(?:agreements?|deal|collaboration"
             r"|partnership|pact) with <DESC><B> (?:(?!pay|receiv|\bwill\b)[^\x00;]){0,160}?\b(?:for|in exchange for) "
             r"(?:an? )?(?:upfront|up-front|initial) (?:payment|fee|cash)\b", "licensor", "licensee"),
    RoleRule("taps", "money", "Orrery Pharma taps Tamsin Bio for a PD-1 antibody in a $1bn deal.",
             r"<A><APP> <AUX>(?:taps|tapped|tap|enlists|enlisted|recruits|recruited|turns to|turned to|bets on|bet on"
             r"|picks|picked|selects|selected|chooses|chose|hires|hired) <DESC><B>", "licensee", "licensor"),
    # (a party that gains rights: weaker than money, for the licensor gains co-promotion rights)
    RoleRule("gains-rights", "rights", "Orrery Pharma will gain exclusive worldwide rights to TB-7.",
             rf"<A><APP> <AUX>(?:{_TAKE}|{_HOLDS_EXCLUSIVE}) (?:the |an |a )?<ADJ><RIGHTS>", "licensee"),
    # what a licensor keeps: "Under the deal, Orrery will sell it in Europe, while Tamsin retains rights for Japan"
    RoleRule("retains-rights", "rights", "Tamsin Bio retains rights for Japan and Korea.",
             r"<A><APP> <AUX>(?:retain|retains|retained|keep|keeps|kept) (?:the |all |its )?(?:[\w\-]+ ){0,3}?"
             r"rights (?:for|in|to)\b", "licensor"),
    RoleRule("is-licensing", "rights", "Orrery Pharma is licensing an antibody for $10 million.",
             r"<A><APP> <AUX>licen[cs]ing (?!out\b)", "licensee"),
    RoleRule("licensed-from", "rights", "Orrery Pharma has licensed TB-7 from a Chinese biotech.",
             r"<A><APP> <AUX>licen[cs]ed <LGAP>from ", "licensee"),
    # --- making
    RoleRule("makes-a-partys-products", "making", "Brightwell Biologics will provide GMP manufacturing of Halvard "
             "Therapeutics' cell therapies.",
             rf"<A><APP> <AUX>(?:{_MAKE}|provides? [^\x00;]{{0,40}}?manufactur\w*) <GAP><B'S>",
             "manufacturer", "client", _MAKING_DEALS),
    # the product made is the other side's: "X signed a deal with Y to manufacture a Y biosimilar" (X makes)
    RoleRule("deal-to-make-a-partys-product", "making", "Brightwell Biologics signed a tie-up deal with Halvard "
             "Therapeutics to manufacture a Halvard Therapeutics biosimilar.",
             # (also "to develop and manufacture the British drugmaker's vaccine": the partner named by what it is)
             r"<A> <GAP>with <DESC><B> (?:\([^()\x00]{0,20}\) )?to (?:develop and |help )?(?:manufacture|produce|make"
             r"|supply|fill) (?:a |an |the )?(?:(?P=b)(?:['’]s?)? |(?:[\w\-]+ ){0,2}(?:drugmaker|company|group|firm"
             r"|pharma|partner|biotech)['’]s )",
             "manufacturer", "client", _MAKING_DEALS),
    RoleRule("makes-for-a-party", "making", "Brightwell Biologics signed an agreement to provide commercial "
             "manufacturing of Halvard Therapeutics biologics.",
             r"<A> <GAP>(?:provide|provides|providing|perform|performs|offer|offers) (?:[\w\-]+ ){0,3}?"
             r"(?:manufactur\w*|production|fill-finish)(?: services| capacity)? (?:of|for) <DESC><B>",
             "manufacturer", "client", _MAKING_DEALS),
    RoleRule("tech-transfers", "making", "Brightwell Biologics will tech-transfer Halvard Therapeutics' cell "
             "therapies onto its platform.",
             r"<A> <GAP>tech(?:nology)?[- ]transfer\w* [^\x00;]{0,30}?<B('S)>", "manufacturer", "client",
             _MAKING_DEALS),
    RoleRule("dedicates-capacity", "making", "Brightwell Biologics will reserve two production lines for "
             "Halvard Therapeutics.",
             r"<A><APP> <AUX>(?:dedicate|dedicates|reserve|reserves|allocate|allocates) [^\x00;]{0,80}?for <B('S)>",
             "manufacturer", "client", _MAKING_DEALS),
    RoleRule("made-by", "making", "The products will be made by Brightwell Biologics.",
             r"(?:made|manufactured|produced|supplied) by <DESC><OBJ>", "manufacturer", None, _MAKING_DEALS),
    # (a good supplied is its maker's own, unless it is made too: "manufacture and supply of Halvard's drug")
    RoleRule("supplies-its-own-product", "making", "The agreement broadens the supply of Brightwell Biologics' "
             "isotopes.",
             r"(?<!and\s)supply of <DESC><A'S>",
             "manufacturer", None, _MAKING_DEALS),
    RoleRule("making-of-a-partys-products", "making", "The deal covers commercial manufacturing of Halvard "
             "Therapeutics' portfolio.",
             r"(?:manufactur\w*|production|supply) (?:of|for) <DESC><A'S>", "client", None, _MAKING_DEALS),
    RoleRule("cdmo-named", "making", "Brightwell Biologics, a leading CDMO, signed an agreement with Halvard.",
             # (not the speaker a sentence's end names: "... with Y, the Swiss contract drugmaker said" is the subject)
             r"<A('S)>(?:\s*,\s(?:a|an|the)\s[^\x00;]{0,60}?)? (?:[\w\-]+ ){0,3}?<CDMO>"
             r"(?!\s(?:said|says|announced|reported)\b)", "manufacturer"),
    RoleRule("cdmo-before-name", "making", "Contract development and manufacturing organisation Brightwell "
             "Biologics signed a supply agreement.",
             r"(?:<CDMO> organi[sz]ation|cdmo|cmo) (?:\([a-z]+\) )?<OBJ>", "manufacturer"),
    RoleRule("wins-a-cdmo-deal", "making", "Brightwell Biologics secured a $65 million deal for contract "
             "manufacturing.",
             r"<A> <GAP>(?:secure[sd]?|signs|signed|won|wins|landed|lands|inks|inked) [^\x00;]{0,80}?<CDMO>",
             "manufacturer"),
    RoleRule("handles-manufacturing", "making", "Brightwell Biologics will handle the manufacturing.",
             r"<A><APP> <AUX>(?:provide|perform|handle|take on|conduct|carry out|be responsible for)\w* (?:the |all )?"
             r"(?:[\w\-]+ ){0,3}(?:manufactur|production)", "manufacturer", None, _MAKING_DEALS),
    RoleRule("makes", "making", "Brightwell Biologics will supply the drug substance for three years.",
             rf"<A><APP> <AUX>{_MAKE} ", "manufacturer", None, _MAKING_DEALS),
    # the speaker a sentence's end describes is its subject: "X has extended a supply deal with Y, the Swiss
    # contract drugmaker said"
    RoleRule("cdmo-said", "making", "Brightwell Biologics has extended its agreement with Kestrel Pharma, the Swiss "
             "contract drugmaker said.",
             r"<A><APP> [^;]*?, (?:the|a|an) (?:[\w\-]+ ){0,3}?<CDMO> (?:said|says|announced|reported)\b",
             "manufacturer", None, _MAKING_DEALS),
    RoleRule("cdmo-near-name", "making", "Brightwell Biologics aims to lead the global CDMO market.",
             r"<A('S)> [^\x00;]*?<CDMO>", "manufacturer", None, _MAKING_DEALS),
    # --- funding
    RoleRule("invests-in", "funding", "Marrow Capital invested $2 billion in Norvane Bio.",
             r"<A> <GAP>(?:invest|invests|invested|investing|investment of) (?:[^\x00;]{0,50}? )?in <DESC><B>",
             "investor"),
    # money to fund another's programme, paid back in milestones or royalties: "funds managed by X will provide up
    # to $750 million to fund Y's influenza program" (X funds it, Y develops)
    RoleRule("funds-a-partys-programme", "funding", "Funds managed by Marrow Capital will provide up to $300 million "
             "to fund Norvane Bio's NB-5 programme.",
             r"(?<!with\s)(?<!for\s)(?<!to\s)(?<!from\s)<OBJ>(?:\s*\([^()]{0,40}\))? <AUX>(?:provide|provides|provided"
             r"|providing|commit|commits|committed|contribute|contributes|contributed) <TO_MONEY><MONEY>[^\x00;]{0,60}?"
             # ("fund" of "to fund <x>'s" is read as a descriptor of <x> and dropped before the rules run)
             r"\bto (?:(?:fund|finance|support|cover) )?(?:the )?<B'S> ",
             "investor", "partner"),
    RoleRule("buys-shares", "funding", "Kestrel Pharma will acquire 9.9% newly issued shares of Norvane Bio.",
             rf"<A><APP> <AUX>(?:{_ACQUIRE}|subscribe\w*|take|takes|took|make|makes) (?!<CONTROL>(?:stake|interest"
             r"|shares?|equity|common stock|stock))[^;]{0,60}?(?:shares|stake|stock|equity investment|equity)\b",
             "investor"),
    # --- hints
    # what a licensee gets to do: "Under the deal, Orrery will get to make and sell it in Europe"
    RoleRule("gets-to-sell", "hint", "As part of the deal, Orrery Pharma will get to make and sell TB-7 in Europe.",
             r"<A><APP> <AUX>(?:get|gets|got) to (?:make and |develop and )?(?:sell|market|commerciali[sz]e)\b",
             "licensee"),
    RoleRule("takes-over-commercialisation", "hint", "Orrery Pharma will be responsible for global "
             "commercialisation.",
             r"<A><APP> <AUX>(?:be )?(?:responsible for|handle|take (?:over|the reins)|in charge of)"
             r"[^\x00;]{0,60}?commerciali[sz]", "licensee", unless=frozenset({"co-commercialization"})),
    RoleRule("licensing-deal-with-for-its", "hint", "Tamsin Bio announced a licensing deal with Orrery Pharma for "
             "its PD-1 antibody.",
             r"licen[cs]\w* (?:deal|agreement|pact|contract) with <DESC><OBJ> (?:\([^)]*\) )?for its\b", "licensee"),
    RoleRule("owns-the-asset", "hint", "Tamsin Bio's antibody platform is at the heart of the deal.",
             r"<A'S> (?:[\w\-]+ ){0,4}(?:platform|technology|candidate|asset|product|program|programme|adc"
             r"|antibod\w*|compound|molecule)", "licensor"),
)


def _compile(pattern: str) -> re.Pattern[str]:
    """A rule's pattern as a regular expression: a space is a run of white space (optional after a
    fragment such as a slot, which a comma may follow), and each `<NAME>` its fragment."""
    spaced = pattern.replace("> ", ">\x01").replace(" ", r"\s+").replace("\x01", r"\s*")
    return re.compile(_FRAGMENT.sub(lambda m: _FRAGMENTS[m.group(1)], spaced))


_COMPILED = tuple(_compile(rule.pattern) for rule in ROLE_RULES)
# the rules of a sale of assets or rights: who buys is a licensee where the deal is a licence (not who buys
# royalties: a financing, whatever the deal types say)
_SALE_RULES = frozenset(
    rule.name for rule in ROLE_RULES
    if rule.kind == "purchase" and ("licensor" in (rule.a, rule.b) or rule.name == "sold-to-a-buyer")
) - {"buys-royalty"}
if set(_RULE_CUES) - {rule.name for rule in ROLE_RULES}:
    raise ValueError(f"cues for no rule: {sorted(set(_RULE_CUES) - {rule.name for rule in ROLE_RULES})}")
_NEEDS = tuple(tuple(frozenset(group.split("|")) for group in _RULE_CUES.get(rule.name, ())) for rule in ROLE_RULES)
_ROLES_OF = tuple((rule.a, rule.b) for rule in ROLE_RULES)
_MARK = re.compile(r"\x00(\d+)\x00")
# what follows a name as part of it: its legal form ("kestrel pharma ag", "norvane bio, inc.") and a bracket
# ("(nasdaq: nrvb)", "(innate)")
_BRACKET_AFTER = re.compile(
    r"(?:,?\s(?:inc|ltd|plc|ag|sa|nv|bv|se|llc|gmbh|ab|a/s|asa|oy|oyj|co|corp|corporation|limited|k\.k|s\.a|n\.v)\.?"
    r"(?=[\s,;:)(]|$))*(?:\s*\([^)]*\)){0,3}"  # its tickers and defined term: "(TSX: X.UN) (TSX: X.U) ("X")"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_OWNED = re.compile(r"^[^'’]+['’]s\s+(\S.{2,})$")  # "roche's genentech": genentech
# a bracket right after a name (after a possessive "'s" too): "glaxosmithkline's (gsk)"
# (after the words a name may end with that the party's forms leave out: "biodelivery sciences international (bdsi)")
_BRACKET_ALIAS = re.compile(
    r"(?:,?\s(?:international|holdings?|group|global|corporation|corp|inc|ltd|plc|ag|sa|se|llc|gmbh)\.?)*"
    r"(?:['’]s)?\s*\(([^()]{2,40})\)"
)
_ALIAS_SPLIT = re.compile(r"[;,]")
_EXCHANGE = re.compile(r"^\s*[a-z]{2,8}\s*:\s*")  # "(nasdaq: bdsi)": the ticker, a short name the story may use
_ALIAS_WORDS = re.compile(r"[a-z][a-z\-&.' ]{1,28}")  # letters only: no ticker codes, no exchange prefixes
_NOT_ALIASES = frozenset({"cdmo", "cmo", "cro", "the company", "the companies", "together", "collectively"})

# Sides of a deal: one gives (rights, a company, its work), the other takes.
_GIVES: frozenset[Role] = frozenset({"licensor", "target", "manufacturer"})
_TAKES: frozenset[Role] = frozenset({"licensee", "acquirer", "client", "investor"})
_MAKING_TYPES = frozenset({"manufacturing", "supply"})
_COUNTERPART: dict[Role, Role] = {
    "licensor": "licensee", "licensee": "licensor", "acquirer": "target", "target": "acquirer",
    "manufacturer": "client", "client": "manufacturer",
}  # fmt: skip


@dataclass(frozen=True)
class _Evidence:
    party: int
    role: Role
    rank: int  # the rule's place in the table (a role inferred from the others' ranks after them all)
    rule: str
    order: int  # which sentence, in reading order
    sentence: str
    demoted: bool = False  # a purchase read in a licence: weaker than any licence reading

    @property
    def strength(self) -> tuple[bool, int, int]:
        """Smaller is stronger: a rule earlier in the table, then an earlier sentence."""
        return self.demoted, self.rank, self.order

    @property
    def kind(self) -> str:
        return ROLE_RULES[self.rank].kind if self.rank < len(ROLE_RULES) else "inferred"


def assign_roles(groups: Sequence[PartyGroup], sentences: Sequence[Sentence], deal_types: Iterable[str]) -> list[Party]:
    """The parties with their roles (`read_roles` tells which rule gave each)."""
    return [reading.party for reading in read_roles(groups, sentences, deal_types)]


def read_roles(
    groups: Sequence[PartyGroup], sentences: Sequence[Sentence], deal_types: Iterable[str]
) -> list[RoleReading]:
    """Each party's role with the rule and sentence it comes from, in the order of `groups`."""
    types = frozenset(deal_types)
    evidence = _evidence(groups, sentences, types)
    evidence = _in_context(evidence, types)
    chosen: list[_Evidence | None] = [_best(e for e in evidence if e.party == i) for i in range(len(groups))]
    _make_consistent(chosen, evidence)
    readings = _fill(chosen, types)
    if types & _MAKING_DEALS and any(role == "manufacturer" for role, _, _ in readings):
        # beside the manufacturer of a manufacturing deal, the licence roles are its client's
        readings = [("client", rule, text) if role in ("licensee", "licensor") else (role, rule, text)
                    for role, rule, text in readings]
    return [
        RoleReading(
            party=Party(
                name=g.name, role=role, aliases=tuple(f for f in g.forms if f != g.name), candidates=g.candidates
            ),
            role=role,
            rule=rule,
            sentence=sentence,
        )
        for g, (role, rule, sentence) in zip(groups, readings, strict=True)
    ]


def _evidence(groups: Sequence[PartyGroup], sentences: Sequence[Sentence], types: frozenset[str]) -> list[_Evidence]:
    names = _names(groups, sentences)
    found: list[_Evidence] = []
    active: dict[str, list[int]] = {kind: [] for kind in _CUES}
    for rank, rule in enumerate(ROLE_RULES):
        if not (rule.only_in and not rule.only_in & types) and not rule.unless & types:
            active[rule.kind].append(rank)
    ordered = sorted(sentences, key=lambda s: s.index)
    all_marked = [_mark(s.folded or fold(s.text), names) for s in ordered]
    places = _places(all_marked, len(groups))
    subject: int | None = None  # the party the previous sentence is about: "the company" of the next
    for order, sentence in enumerate(ordered):
        marked = _resolve_descriptors(all_marked[order], groups, places, subject)
        if "\x00" in marked:
            marked = _OBJECT_DESCRIPTORS.sub(r"\1 ", marked)  # "with US-based <x> to sell": <x> is with's
        if "\x00" not in marked:
            continue
        subject = _subject(marked)
        ranks = [r for kind, rs in active.items() if rs and any(cue in marked for cue in _CUES[kind]) for r in rs]
        for rank in ranks:
            if _NEEDS[rank] and not all(any(cue in marked for cue in group) for group in _NEEDS[rank]):
                continue
            rule, pattern = ROLE_RULES[rank], _COMPILED[rank]
            for m in pattern.finditer(marked):
                objects = _MARK.findall(m.group("b") or "") if "b" in pattern.groupindex else []
                named = _MARK.findall(m.group("a") or "")
                if objects and set(objects) <= set(named):
                    continue  # the subject's own thing: "Brightwell will manufacture NB-7 at Brightwell's facilities"
                subjects = [p for p in named if p not in objects]
                for parties, role in ((subjects, rule.a), (objects, rule.b)):
                    if role is not None:
                        found.extend(_Evidence(int(p), role, rank, rule.name, order, sentence.text) for p in parties)
    return found


_DESCRIBING_NOUNS = (
    r"company|firm|group|biotech|biopharma|drugmaker|drug\s+maker|maker|giant|major|developer|specialist|startup"
    r"|start-up|organi[sz]ation|cdmo|cmo|pharma|" + "|".join(DEMONYMS)
)
# A company named by a descriptor at the head of a sentence: "The California-based biotech company
# will receive", "The Swiss drugmaker will lead", "Under the deal, the company is paying" (after a
# leading phrase up to its comma); a CDMO's bracketed abbreviation stays with it.
_DESCRIBED = re.compile(
    r"^(?:[^,;\x00]{0,60},\s+)?"  # a leading phrase: "under the deal, "
    r"(?:(?:the|this)\s+(?P<words>(?:[\w\-.'’]+\s+){0,5}?)"  # its descriptors: "california-based biotech"
    rf"(?P<noun>{_DESCRIBING_NOUNS})"
    r"(?:\s+\([a-z]{2,6}\))?"  # "(cdmo)"
    r"|(?P<pronoun>it))"  # "It will also be eligible for royalties": the party the sentence before is about
    rf"(?=\s+(?!(?:{_DESCRIBING_NOUNS})\b)[a-z])"  # a verb follows, not a name nor another noun
)
# descriptors between a preposition and a party ("a pact with US-based <x> to sell its rights"): the party
# is still the preposition's object, no subject of the verb after it
_OBJECT_DESCRIPTORS = re.compile(rf"\b(with|by|for|to|from)\s+(?:{_DESCRIPTOR}\s+){{1,5}}?(?=\x00\d)")
# a sentence that opens with its verb, the subject left out as in a note: "Will pay $54 million upfront for ...",
# "Can opt-in on the next three targets" (not a question: "Will Kestrel buy Norvane?")
_ELIDED_SUBJECT = re.compile(
    r"\s*(?:will|would|can|could|shall|has|have|plans|intends|agreed|agrees|expects|gets|receives|pays)"
    r"\s+(?=[a-z])"
)
_LATTER = re.compile(r"\bthe\s+(?P<which>latter|former)\b")
# the words a descriptor tells a biotech from a pharmaceutical group by
_BIOTECH_WORDS = frozenset({"biotech", "biotechnology", "startup", "start-up", "biopharma"})
_BIG_PHARMA_WORDS = frozenset({"giant", "major", "big"})
_PHARMA_WORDS = frozenset({"drugmaker", "drug", "pharma", "pharmaceutical", "pharmaceuticals"})
# a place as the trade press writes it before a company, one spelling for each country
_PLACE_SPELLINGS: dict[str, str] = {
    "british": "uk", "britain": "uk", "u.k.": "uk", "england": "uk", "english": "uk", "scottish": "uk",
    "u.s.": "us", "usa": "us", "american": "us", "america": "us", "swiss": "switzerland", "german": "germany",
    "french": "france", "danish": "denmark", "dutch": "netherlands", "belgian": "belgium", "swedish": "sweden",
    "norwegian": "norway", "finnish": "finland", "irish": "ireland", "italian": "italy", "spanish": "spain",
    "austrian": "austria", "israeli": "israel", "canadian": "canada", "australian": "australia",
    "japanese": "japan", "chinese": "china", "korean": "korea", "indian": "india", "taiwanese": "taiwan",
    "singaporean": "singapore", **DEMONYMS,
}  # fmt: skip
_PLACE_NAMES = frozenset(_PLACE_SPELLINGS.values())
_PLACE_SUFFIX = re.compile(r"(?:['’]s|-based|-headquartered|-incorporated)$")
# the one to five words right before a party's mark (read back from the mark: a pattern that looked for
# the words first would be tried at every position of the text)
_WORDS_BEFORE = re.compile(r"(?<![\w\-.'’])(?:[\w\-.'’]+\s+){1,5}\Z")
_LOOK_BACK = 120  # characters: five words and more
_DESCRIPTOR_WORD = re.compile(_DESCRIPTOR)
_APPOSITIVE_AFTER = re.compile(r"\x00(\d+)\x00,\s+(?:a|an)\s+([^,;\x00]{0,60})")


def _place(word: str) -> str | None:
    """The country a descriptor word names ("British", "Canada's", "USA-based" -> "uk", "canada", "us"),
    or the place of an "X-based" word ("California-based" -> "california")."""
    bare = _PLACE_SUFFIX.sub("", word)
    place = _PLACE_SPELLINGS.get(bare, bare)
    if place in _PLACE_NAMES or (bare != word and not word.endswith(("'s", "’s")) and bare.isalpha()):
        return place
    return None


def _places(marked: Sequence[str], count: int) -> list[set[str]]:
    """The places the story puts each party in: "British pharmaceutical firm X", "Canada's X", "X, a
    U.S. company"; a place before a party is its own only in the descriptors right before its name ("the U.K.
    pharma is offering X" puts X nowhere)."""
    places: list[set[str]] = [set() for _ in range(count)]
    for text in marked:
        if "\x00" not in text:
            continue
        for m in _MARK.finditer(text):
            words = _WORDS_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
            if words:
                descriptors = _descriptors_at_end(words.group(0).split())
                places[int(m.group(1))].update(p for w in descriptors if (p := _place(w)))
        for m in _APPOSITIVE_AFTER.finditer(text):
            places[int(m.group(1))].update(p for w in m.group(2).split() if (p := _place(w)))
    return places


def _descriptors_at_end(words: list[str]) -> list[str]:
    """The words of `words` that run up to its end as a company's descriptors ("swedish peer" of "signed a deal
    with swedish peer")."""
    run: list[str] = []
    for word in reversed(words):
        if not (_DESCRIPTOR_WORD.fullmatch(word) or _place(word)):
            break
        run.append(word)
    return run[::-1]


def _subject(marked: str) -> int | None:
    """The one party a sentence starts with (its subject), not a list of them."""
    m = _MARK.search(marked)
    if m is None or m.start() > 80 or re.match(r"\s*(?:,|and|&)\s*\x00", marked[m.end():]):
        return None
    return int(m.group(1))


def _resolve_descriptors(marked: str, groups: Sequence[PartyGroup], places: list[set[str]],
                         subject: int | None) -> str:
    """`marked` with the party a descriptor stands for marked after it, where the story says which
    one it is: the only party; the one of the descriptor's place ("the British company" when the story
    calls one party British); the biotech or the pharmaceutical group ("the biotech", "the drugmaker",
    "the pharma giant") when the registry counts just one of them among the big pharmaceutical groups;
    for a plain "the company", the party the sentence before is about. "The latter" and "the former"
    are the last and the first of the parties named before them in the sentence."""
    if "the latter" in marked or "the former" in marked:
        marked = _LATTER.sub(lambda m: _latter(marked[: m.start()], m), marked)
    if subject is not None and (elided := _ELIDED_SUBJECT.match(marked)) and not marked.rstrip().endswith("?"):
        # "Kestrel inks deal with Norvane. Will pay $54 million upfront ...": the note leaves out its subject
        return f"\x00{subject}\x00 {marked[elided.start() :]}"
    if "the " not in marked[:70] and "this " not in marked[:70] and not marked.startswith("it "):
        return marked
    m = _DESCRIBED.match(marked)
    if m is None:
        return marked
    if m.group("pronoun"):
        party = subject if len(groups) > 1 else 0
    else:
        party = _described([*m.group("words").split(), m.group("noun")], groups, places, subject)
    if party is None or f"\x00{party}\x00" in marked:
        return marked  # a party the sentence names is not also the descriptor ("the company sold X to Y")
    return f"{marked[: m.end()]} \x00{party}\x00{marked[m.end():]}"


def _latter(before: str, m: re.Match[str]) -> str:
    named = list(dict.fromkeys(_MARK.findall(before)))
    if len(named) < 2:
        return m.group(0)
    return f"\x00{named[-1] if m.group('which') == 'latter' else named[0]}\x00"


def _described(words: list[str], groups: Sequence[PartyGroup], places: list[set[str]],
               subject: int | None) -> int | None:
    if len(groups) == 1:
        return 0
    candidates = set(range(len(groups)))
    told = False
    place = {p for w in words if (p := _place(w))}
    if place and (placed := {i for i in candidates if places[i] & place}):
        candidates, told = placed, True
    elif place and len(unplaced := {i for i in candidates if not places[i]}) == 1:
        # "the Danish company" after "China-based Ostrin": no party is Danish, and but one is placed nowhere
        candidates, told = unplaced, True
    kinds = set(words)
    big = {i for i in candidates if groups[i].big_pharma}
    if kinds & _BIG_PHARMA_WORDS or (kinds & _PHARMA_WORDS and not kinds & _BIOTECH_WORDS and len(big) == 1):
        candidates, told = big, True  # "the Big Biotech" is a big group too
    elif kinds & _BIOTECH_WORDS:
        candidates, told = candidates - big, True
    if not told:
        return subject if words[-1] in ("company", "firm", "group") and len(words) == 1 else None
    return next(iter(candidates)) if len(candidates) == 1 else None


def _names(groups: Sequence[PartyGroup], sentences: Sequence[Sentence]) -> list[tuple[str, int]]:
    """Every party's folded names, longest first, so that 'kestrel pharma' is marked before 'kestrel'.

    Besides the party's forms: the short name a bracket gives after one of them ("GlaxoSmithKline
    (GSK)", "Innate Pharma (Innate)"), and the company of a possessive form ("Genentech" of
    "Roche's Genentech")."""
    names: set[tuple[str, int]] = set()
    for index, group in enumerate(groups):
        for form in {fold(f) for f in [group.name, *group.forms] if f and not _is_word_too(f, group, sentences)}:
            names.add((_POSSESSIVE.sub("", form), index))
            owned = _OWNED.search(form)
            if owned:
                names.add((owned.group(1), index))
            for sentence in sentences:
                folded = sentence.folded or fold(sentence.text)
                if "(" in folded and form in folded:
                    names.update((alias, index) for alias in _bracket_aliases(folded, form))
    # a name two parties share ("merck" of "Merck" and of a misread "Merck Returns One") is the one
    # whose own name is shortest
    owner: dict[str, int] = {}
    for name, index in sorted(names, key=lambda n: (len(groups[n[1]].name), n[1])):
        owner.setdefault(name, index)
    return sorted((n for n in owner.items() if len(n[0]) > 1), key=lambda n: len(n[0]), reverse=True)


def _is_word_too(form: str, group: PartyGroup, sentences: Sequence[Sentence]) -> bool:
    """A one-word short form of a longer name that the story also writes in lower case is a word as
    well ("Royalty" of "Royalty Partners" in "the residual royalty interest"): it marks no party, not
    even in a title-case headline ("Acquires Additional Royalty Interest")."""
    if " " in form or not form[:1].isupper() or form == group.name:
        return False
    if not any(f.startswith(form + " ") for f in (group.name, *group.forms)):
        return False
    word = form.lower()
    return any(next(mentions(word, s.text, whole=True), None) for s in sentences if not s.is_headline)


def _bracket_aliases(folded: str, form: str) -> list[str]:
    aliases = []
    start = folded.find(form)
    while start != -1:
        m = _BRACKET_ALIAS.match(folded, start + len(form))
        start = folded.find(form, start + 1)
        if m is None:
            continue
        for part in _ALIAS_SPLIT.split(m.group(1)):
            alias = _EXCHANGE.sub("", part).strip(" “”\"'‘’")
            # a short form starts as the name does ("gsk" of "glaxosmithkline"); "(germany)" is no alias
            if _ALIAS_WORDS.fullmatch(alias) and alias[0] == form[0] and alias not in _NOT_ALIASES:
                aliases.append(alias)
    return aliases


def _mark(text: str, names: Sequence[tuple[str, int]]) -> str:
    """`text` with each whole-word occurrence of a party's name (and a bracket after it) as its mark."""
    for name, index in names:
        mark = f"\x00{index}\x00"
        pieces: list[str] = []  # joined once: rebuilding the text at each mark is quadratic in its length
        done = 0
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            # (a drug code that holds a ticker is no name: "nrvn-001" of a party whose ticker is "nrvn")
            after = text[end : end + 2]
            whole = (start == 0 or not text[start - 1].isalnum()) and not (
                after[:1].isalnum() or (after[:1] == "-" and after[1:].isdigit())
            )
            if not whole:
                start = text.find(name, start + 1)
                continue
            bracket = _BRACKET_AFTER.match(text, end)
            end = bracket.end() if bracket else end
            pieces += [text[done:start], mark]
            done = end
            start = text.find(name, end)
        if pieces:
            text = "".join([*pieces, text[done:]])
    return text


def _in_context(evidence: list[_Evidence], types: frozenset[str]) -> list[_Evidence]:
    """Readings in a purchase or a manufacturing deal: the payer buys or orders, the payee sells or makes."""
    kinds = {e.kind for e in evidence}
    as_money: dict[Role, Role]
    translated = {"money"}
    bought = {e.party for e in evidence if e.kind == "purchase" and "target" in _ROLES_OF[e.rank]}
    if bought and types & {"acquisition", "merger"}:
        # the text says a company is bought: the deal is that purchase, whatever licence it mentions
        as_money = {"licensee": "acquirer", "licensor": "target"}
        translated = {"money", "rights", "hint"}
    elif types & _PURCHASE_DEALS and ("rights" not in kinds or not types & _LICENCE_DEALS):
        sold = any(e.kind == "purchase" and "licensor" in _ROLES_OF[e.rank] for e in evidence)
        sells_assets = sold or bool(types & _SALE_OF_ASSETS)
        as_money = {"licensee": "acquirer", "licensor": "licensor" if sells_assets else "target"}
        # a purchase that is no licence: who takes the rights to an asset buys it ("acquires the rights to X")
        translated = {"money", "rights", "hint"}
    elif ("making" in kinds or types & _MAKING_TYPES) and "rights" not in kinds and not types & _LICENCE_DEALS:
        # (a deal the story calls a supply or manufacturing agreement, with no licence: "signed a supply agreement
        # with Y for the manufacture of its vaccine ... Y will pay X £15m upfront")
        as_money = {"licensee": "client", "licensor": "manufacturer"}
    elif "rights" in kinds and "license" in types:
        # a licence that also buys something ("will purchase clinical supply from X") is still a licence
        return [
            _Evidence(e.party, e.role, e.rank, e.rule, e.order, e.sentence, demoted=True)
            if e.kind == "purchase" and "target" not in _ROLES_OF[e.rank]
            else e
            for e in evidence
        ]
    elif "license" in types and not types & _PURCHASE_DEALS and "money" in kinds:
        # a licence told as a sale, with a licence's payments: who buys the rights sold ("would sell rights for
        # X to Y ... X will receive an upfront payment") is the licensee
        return [
            _Evidence(e.party, "licensee", e.rank, e.rule, e.order, e.sentence)
            if e.role == "acquirer" and e.rule in _SALE_RULES
            else e
            for e in evidence
        ]
    else:
        return evidence
    return [
        _Evidence(e.party, as_money.get(e.role, e.role), e.rank, e.rule, e.order, e.sentence)
        if e.kind in translated
        else e
        for e in evidence
    ]


def _best(evidence: Iterable[_Evidence]) -> _Evidence | None:
    return min(evidence, key=lambda e: e.strength, default=None)


def _side(role: Role) -> str:
    return "gives" if role in _GIVES else "takes" if role in _TAKES else ""


def _make_consistent(chosen: list[_Evidence | None], evidence: list[_Evidence]) -> None:
    """Where every party is read and all stand on one side, the one with the weakest evidence changes side."""
    read = [e for e in chosen if e is not None]
    if len(read) < 2 or len(read) < len(chosen):
        return
    sides = {_side(e.role) for e in read}
    if len(sides) != 1 or "" in sides:
        return
    weakest = max(read, key=lambda e: e.strength)
    strongest = min(read, key=lambda e: e.strength)
    replacement = _best(e for e in evidence if e.party == weakest.party and _side(e.role) not in ("", *sides))
    if replacement is None and strongest.role in _COUNTERPART:
        role = _COUNTERPART[strongest.role]
        replacement = _Evidence(weakest.party, role, len(ROLE_RULES), f"other-side-of-{strongest.role}", 0, "")
    if replacement is not None:
        chosen[chosen.index(weakest)] = replacement


def _fill(chosen: list[_Evidence | None], types: frozenset[str]) -> list[tuple[Role, str, str]]:
    """The role, rule name and sentence of each party, with the roles no rule gave filled in."""
    # in an acquisition, a stake bought on the way is no evidence against the deal type
    weak = {"hint", "funding"} if types & {"acquisition", "merger"} else {"hint"}
    strong = [e for e in chosen if e is not None and e.kind not in weak]
    if not strong and types & {"acquisition", "merger"}:
        # where only hints speak, the deal type decides: the first-named party is the buyer
        return [("acquirer", "acquisition-subject", "") if i == 0 else ("target", "acquisition-object", "")
                for i in range(len(chosen))]
    anchor = _best(strong) or _best(e for e in chosen if e is not None)
    counterpart = _counterpart(anchor.role, types) if anchor is not None else None
    if (
        anchor is not None
        and anchor.role == "acquirer"
        and anchor.rank < len(ROLE_RULES)
        and _ROLES_OF[anchor.rank][1] == "licensor"
        and not types & {"acquisition", "merger"}  # (where a company is bought, the others are the targets)
    ):
        # the other side of a buyer of royalties or assets sells them ("X has purchased royalties on net sales of Y"):
        # the licensor, whatever the deal types say
        counterpart = "licensor"
    out: list[tuple[Role, str, str]] = []
    for e in chosen:
        if e is not None and e.kind == "funding" and anchor is not None and anchor.role == "licensor":
            # the investor in a licensor is its licensee when the deal licenses: an equity stake beside a licence
            out.append(("licensee", f"investor-beside-{anchor.rule}", e.sentence))
        elif (e is not None and e.kind == "funding" and anchor is not None and anchor.role == "target"
              and types & {"acquisition", "merger"}):
            # who takes a stake in the company an acquisition buys is its buyer: "will take an 80 per cent stake"
            out.append(("acquirer", f"investor-beside-{anchor.rule}", e.sentence))
        elif e is not None:
            out.append((e.role, e.rule, e.sentence))
        elif counterpart is not None and anchor is not None:
            out.append((counterpart, f"counterpart-of-{anchor.role}", ""))
        else:
            out.append(("partner", "no-role-read", ""))
    return out


def _counterpart(role: Role, types: frozenset[str]) -> Role | None:
    if role == "acquirer" and types & _SALE_OF_ASSETS:
        return "licensor"
    if role == "licensor" and types & _PURCHASE_DEALS and not types & _LICENCE_DEALS:
        # who sells assets, royalties or itself is paid by a buyer, not by a licensee
        return "acquirer"
    if role == "investor":
        return "licensor" if "royalty-purchase" in types else None
    return _COUNTERPART.get(role)
