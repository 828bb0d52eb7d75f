"""Deal types from the vocabulary, read from the deal's own sentences.

Rules:
- A type counts when a deal sentence names it (`DEAL_TYPE_PATTERNS`, with the headline's "collab" and "join forces");
  quoted speech, sentences about other deals and a sentence's leading clause about them ("Building on the programs
  gained through the acquisition of X, Kestrel licensed ...") are not read, except a collaboration the parties name as
  this deal in their own words ("this collaboration underscores", "our expanded collaboration with X will", "thrilled
  to deepen our collaboration", a quoted fragment "a global strategic collaboration ... to advance"), not the standing
  one ("our collaboration with X has been very productive"). A sentence that starts by naming the deal with its kind
  ("The three-year research collaboration is focused on") is a deal sentence, and what the agreement supplies ("the
  expanded agreement broadens the supply of X to Y") makes it a supply deal.
- The parties as the joint subject of the work, wherever the deal's story tells it: "under which the companies will
  develop immuno-oncology drugs", "the two companies will collaborate on the trial", "a deal to work together on"
  are a collaboration, "the companies will jointly develop the therapy in China" a
  co-development.
- Research a deal is for is done together: a research deal ("signed a three-year research deal with X to discover")
  is a collaboration too, unless a company or its assets are bought.
- "manufacturing collaboration" and the like name a manufacturing (supply, distribution) deal:
  the qualifier is the type, "collaboration" only the word for it.
- "development and commercialisation" is the ordinary scope of a licence, not a commercialisation
  deal, also as rights listed with development ("the global development, regulatory and commercialization rights",
  "the development and commercialisation rights"); commercialisation is a type when it is the deal's purpose
  ("partner to commercialize X in China", "sales rights"). An option "for" royalties ("the deal also has the option
  for tiered royalties") is the writer's word for a provision, not an option; option fees paid and a right to opt
  into development ("will have the right to opt into exclusive development") are an option.
- A purchase told by its form: a take-private ("agreed to be taken private by", not "taking a private
  placement"), "agreed to purchase X, a clinical-stage biotechnology company", "the proposed
  combination of the companies" or an all-stock deal (a merger); a sale of part of a company ("to sell
  its rights to", "sell certain technology", "acquired X's toxin technology", "is selling the European business of
  its drug") is an asset purchase; a
  royalty stream or royalty rights sold or monetised is a royalty purchase, a royalty stream a licensor
  receives is not.
- "a supply agreement for the manufacture of X" is manufacturing as well as supply; a "Research &
  Development collaboration", a "research and licensing pact", "a joint research programme", "a research deal"
  and "a drug discovery project" are research.
- All the shares of a company bought ("agreed to acquire all the shares of fellow biotech X", "the acquisition of all
  shares in X") are an acquisition; future payments on a product bought ("a commercial payment purchase agreement")
  a royalty purchase.
- A bid for a company ("offering to buy the Israeli target for $1.1bn", "has offered to buy X in a deal valuing
  it at", not "offered to buy its rights to") and a company bought as the press names it ("would buy U.S. biotech
  X", "to buy rival X") are acquisitions; all the stock of a company bought is the company even where its seller
  "divests" it (an asset purchase only where the story names one).
- A company's thing bought ("to acquire Norvane Bio's phase 2 antisense drug") is not the company bought, unless the
  story tells the seller spins out a new company with the rest ("Norvane will spin out a new entity to hold its
  employees and other assets": the company is bought for the drug, an acquisition); its
  business or unit bought ("to acquire X's antibiotics business") is an asset purchase, its drug bought under a
  licence a licence.
- A whole company bought (a merger agreement, a tender offer, its holders paid per share) is an acquisition though
  the buyer sells some of its sites on ("plans to sell three of Norvane's fill-finish sites to its subsidiary"); the
  sale on is a step of the buyout, not an asset purchase beside it.
- Brands or programmes bought from their owner ("has acquired nine dermatology brands from X", "to acquire a portfolio
  of travel vaccines from X"), and a site, plant or
  facility bought from its owner ("agreed to acquire the X biologics manufacturing site in Ohio from Y"), are an asset
  purchase; products bought from a maker are supply.
- Royalty rights bought ("agreed to acquire the rights to royalty payments") are a royalty purchase, and the
  licence, collaboration or sale of rights the royalties come from are not types beside it.
- What assets relate to ("assets related to the manufacture, marketing and sale of X") is no manufacturing deal;
  a "contract drugmaker" is a manufacturer, and a collaboration with a client ("extended a collaboration with a
  major biopharmaceutical client") a service for it, not a collaboration.
- A minority stake paid for ("agreed to pay £130m to X, which is close to a 10% stake", "buys a 9.9% stake") is an
  equity investment, a stake held ("which holds a 10% stake") is not.
- A majority stake bought ("will acquire a 60% stake in X", "to acquire 100% of X") or the rest of a company bought
  by its owner ("to buy the remaining stake in X", "the shares it does not already own") is an acquisition, not an
  equity investment; a share of royalties bought ("purchased 50% of the royalties on sales of X") is a royalty
  purchase.
- A deal with an equity amount is also an equity investment; one that pays milestones or royalties
  and names no other kind of transfer is a licence.
- A partnership whose buyout waits on an option ("has partnered with X in a $140m deal ... the exclusive option to buy
  the specialist for $1bn") is a collaboration beside the option: the partnership is the deal until the option is
  exercised, not a word for the buyout.
- A product a regulator licensed ("the only oral vaccine licensed by the U.S. Food and Drug Administration") is
  approved: no licence.
- An aside that tells another deal is not read: a bracket of an asset's licence ("LM-9 (licensed to X for $3bn)"), a
  dash aside of a company's takeover ("X – soon to become part of Y if a $5bn takeover deal goes through –"); nor, in a
  buyout, the target's licences before it, told in the passive or as its record ("both candidates were
  out-licensed", "X's out-licensing track record").
- A company's own history told in the passive ("the company was acquired by X in 2003", "X was
  subsequently acquired by Y") is not this deal's type.
- A company's past purchase named for comparison ("the size of Kestrel's acquisition of Norvane in
  autumn 2020") is not this deal's type; nor is what a company says it does, in gerunds ("a specialty company focused
  on acquiring, in-licensing, selling and marketing products").
- Costs and profits, or profits and losses, shared between the parties, wherever this deal's story says so ("will
  equally share worldwide development costs, commercialization expenses, and profits", "responsible for 60% of program
  costs and will receive 60% of profits", "for a 50% share in the profits and losses"), make a co-development and a
  co-commercialization; a merger agreement that makes "a combined company" of the two is a merger.
- A party's right to opt in, wherever this deal's story tells it ("Can opt-in on the next three targets"), is an
  option; so is an option to buy a company ("the exclusive option to buy the radiopharmaceutical specialist for
  $1bn"), which is an acquisition too.
- "Partnership", "alliance", "tie-up" beside an acquisition or a manufacturing deal are a word for that deal, not a
  collaboration (unless the parties "collaborate"); in an acquisition, a contract maker named as what the target is
  ("to acquire a German CDMO", "X, a contract development and manufacturing company") is no manufacturing deal.
- Rights acquired under a licence ("entered into a licensing agreement under which X acquired the rights to make and
  sell Z") are a licence, not an asset purchase; money spent to buy a company ("will spend about $2.5 billion to
  buy X", not "to buy the rights to") is an acquisition; an investment told by its amount ("and an investment of
  $12M", "$90 million in new X stock") is an equity investment; "the joint development and commercialization of"
  is a co-commercialization as well as a co-development.
- Wherever this deal's story tells it: an option a party holds ("X retains the option to select up to three
  products", not an option to pay) is an option; a joint development committee beside a party's money put in ("X will
  contribute up to $200 million") a co-development; supplies a party makes ("will manufacture clinical supplies and
  initial commercial supplies") a supply deal; co-detailing a co-commercialization.
- Rights acquired in a deal the story names a licence agreement ("has acquired the global rights to X's drug in a
  deal worth up to $2bn. The licence agreement includes ...") are licensed, not bought: a licence, no asset purchase.
- All the rights to a drug handed over ("signed a contract to transfer all rights of X to Y") are an asset purchase,
  unless a company is bought (then they are a part of the buyout); "a licensing and cooperation agreement" is a
  collaboration.
"""

from __future__ import annotations

from collections.abc import Sequence

from extraction.models import DealType
from extraction.parties import other_deal_clause_end
from extraction.text import Sentence, fold, folded_pattern
from extraction.vocabulary import COLLABORATION_QUALIFIERS, DEAL_TYPE_PATTERNS, DEAL_TYPE_STEMS, OPTION_TO_BUY

_PATTERNS = {k: folded_pattern(v) for k, v in DEAL_TYPE_PATTERNS.items()}
_QUALIFIED_COLLABORATION = folded_pattern(rf"\b{COLLABORATION_QUALIFIERS} (?:collaboration|partnership|alliance)\b")
# every match of `_QUALIFIED_COLLABORATION` holds one of these (each of `COLLABORATION_QUALIFIERS` ends on one of
# them, then a space): a cheap test before the pattern, which the engine cannot skip ahead on, runs
_QUALIFIER_WORDS = ("manufacturing ", "supply ", "distribution ")
# a collaboration told as what it is for: "Expands Collaboration with Y for Manufacturing Vaccines", "a
# long-term collaboration for end-to-end vaccine manufacturing" (not "a collaboration to develop and manufacture")
_COLLABORATION_FOR_MAKING = folded_pattern(
    r"\b(?:collaboration|partnership|alliance)\b(?=(?: with [^.;\n]{0,60}?)? for (?:the )?(?:[\w\-]+ ){0,3}?"
    r"manufactur\w*\b)"
)
_ORDER: tuple[DealType, ...] = (
    "acquisition", "merger", "asset-purchase", "royalty-purchase", "license", "option", "collaboration",
    "co-development", "co-commercialization", "commercialization", "manufacturing", "supply", "research",
    "equity-investment",
)  # fmt: skip
# "kestrel's acquisition of norvane in autumn 2020": an owner's purchase dated in a year, not one to close then
_PAST_PURCHASE = folded_pattern(
    r"['’]s (?:[^\s]+ ){0,3}?(?:acquisition|purchase|buyout|takeover) of (?:(?!expect|clos|complet|will|would)[^.;\n])"
    r"{0,60}?\bin (?:(?:early|late|mid|spring|summer|autumn|fall|winter) )?(?:19|20)\d\d\b"
)
# a company's own history told in the passive: "the company was acquired by X in 2003", "X was subsequently
# acquired by Y"
_PAST_TAKEOVER = folded_pattern(
    r"\b(?:was|were|had been) (?:acquired|bought|taken over)\b[^.;\n]{0,60}?\bin (?:19|20)\d\d\b"
    r"|\b(?:was|were|had been) (?:subsequently|later|eventually|previously|itself|once|then) (?:acquired|bought"
    r"|taken over)\b[^.;\n]{0,60}"
)
# all of a company's stock bought: the company, though the seller "divests" it ("acquire all the stock of X,
# the subsidiary of Y")
_ALL_SHARES = folded_pattern(
    r"\b(?:acquir|buy|purchas)\w*(?: of)? all (?:of )?(?:the )?(?:issued |outstanding |and )*"
    r"(?:shares|stock|share capital) (?:of|in)\b"
)
# a collaboration with a client is a service done for it, not a collaboration ("extended a collaboration with a
# major biopharmaceutical client for the supply of X")
_CLIENT_COLLABORATION = folded_pattern(
    r"\b(?:collaboration|partnership|alliance) with (?:a|an|its|one|the) (?:[\w\-]+ ){0,4}?(?:client|customer)s?\b"
)
# what a royalty purchase names beside it: the licence and collaboration the royalties come from, and the
# rights bought ("acquire the rights to royalty payments")
_UNDER_A_ROYALTY_PURCHASE = ("acquisition", "asset-purchase", "license", "option", "collaboration")
_MAJORITY_STAKE = folded_pattern(
    r"\b(?:[5-9]\d|100)(?:\.\d+)? ?% (?:stake|interest|(?:equity )?share)"
    r"|\bthe remaining (?:[\d.]+ ?% )?(?:stake|shares|interest|equity|stock)\b"  # an owner's buyout of the rest
)
# a company's self-description lists what it does as gerunds: "Kestrel, a specialty pharmaceutical company focused on
# acquiring, in-licensing, selling and marketing innovative products, today announced" (no deal of this story)
_SELF_DESCRIPTION = folded_pattern(
    r"\b(?:focused|focusing|focuses|dedicated|committed|specializ(?:ed|ing|es)|specialis(?:ed|ing|es)|engaged)"
    r" (?:on|in|to) (?:the )?"
    r"(?:[\w\-]+ing\b(?:,? (?:and |or )?| and | or ))*[\w\-]+ing\b"  # "acquiring, in-licensing, selling and marketing"
)
# every match of `_SELF_DESCRIPTION` opens with one of its words, each holding one of these: a cheap test first
_SELF_DESCRIPTION_WORDS = ("focus", "dedicated", "committed", "speciali", "engaged")
# costs and profits shared between the parties: each of them develops and sells the product ("will equally share
# worldwide development costs, commercialization expenses, and profits", "profits and costs to be shared 50/50", "will
# be responsible for 60% of program costs and will receive 60% of profits"), not a licensee that bears all costs
_COSTS_AND_PROFITS_SHARED = folded_pattern(
    r"\b(?:share[sd]?|sharing|split(?:s|ting)?|equally)\b[^.;\n]{0,80}?\b(?:costs?|expenses)\b[^.;\n]{0,80}?"
    r"\bprofits?\b"
    r"|\bprofits? and (?:[\w\-]+ )?(?:costs|expenses|losses) (?:[\w\-]+ ){0,3}?(?:shared|split)\b"
    r"|\b(?:[1-9]\d|[1-9])(?:\.\d+)? ?%[^.;\n]{0,40}?\b(?:costs?|expenses)\b[^.;\n]{0,80}?"
    r"\b(?:[1-9]\d|[1-9])(?:\.\d+)? ?%[^.;\n]{0,20}?\bprofits?\b"
    # profits and losses shared: the owners' split of a product ("will pay $1.5bn for a 50% share in the profits and
    # losses from NB-7", "sharing profits and losses equally"), not a licensor's share of profits alone
    r"|(?:\b(?:share[sd]?|sharing|split(?:s|ting)?|equal(?:ly)?|participat\w*)|%)[^.;\n]{0,40}?"
    r"\bprofits? and loss(?:es)?\b"
)
# a merger told by its outcome: the merger agreement makes "a combined company" of the two (an acquisition the story
# also tells stays one)
_COMBINED_COMPANY = folded_pattern(r"\b(?:the|a|one|single) combined (?:company|business|entity|group)\b")
# the words that name a deal only by the ties it makes ("partnership", "alliance", "tie-up", the adjective
# "collaborative initiatives"), not the work done together ("collaboration", "collaborate"): beside an acquisition
# or a manufacturing deal they are a word for it
_WORK_TOGETHER = folded_pattern(
    r"\bcollaborat(?:e|es|ed|ing|ion|ions)\b|\bcollabs?\b|\bteam(?:s|ed)? up\b|\blink(?:s|ed)? up\b"
    r"|\bjoin(?:s|ed|ing)? forces\b"
)
# this deal named a collaboration in the parties' own words (quoted speech is not read for types otherwise): "this
# collaboration underscores", "our expanded collaboration with X will", "thrilled to deepen our collaboration", a
# quoted fragment that names the deal ("marked the start of 'a global strategic collaboration ... to advance'"); not
# the standing one told of ("our collaboration with X has been very productive")
_COLLABORATION_SAID = folded_pattern(
    r"\bthis (?:[\w\-]+ ){0,3}?collaboration\b"  # "this (exciting, landmark) collaboration"
    r"|\b(?:our|the) (?:new|expanded|extended|broadened|deepened|latest) (?:[\w\-]+ ){0,2}?collaboration\b"
    r"|\b(?:deepen|expand|extend|broaden|strengthen)(?:s|ed|ing)? (?:our|the|this|its) (?:[\w\-]+ ){0,2}?"
    r"collaboration\b"
    r"|^[\"“]?(?:a|an) (?:[\w\-]+ ){0,3}?collaboration\b"  # a fragment that names the deal: "a global collaboration"
)
# what a target company is: "to acquire a German CDMO", "X, a contract development and manufacturing pharmaceutical
# company": in an acquisition, the target's business, not a manufacturing deal
_MAKER_NAMED = folded_pattern(
    r"\b(?:an?|the|acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)) (?:[\w\-]+ ){0,3}?"
    r"(?:contract (?:development and )?manufactur\w* (?:and development )?(?:[\w\-]+ )?"
    r"(?:organi[sz]ation|compan(?:y|ies)|firm|business|group|provider)|cdmo|cmo)s?\b(?: \((?:cdmo|cmo)\))?"
)
# all the rights to a drug handed over for good: "signed a contract to transfer all rights of NB-4 to Kestrel" (not a
# licence's "technology transfer"; in a buyout, rights the target hands on to a third company are a part of it)
_ALL_RIGHTS_TRANSFERRED = folded_pattern(
    r"\btransfer(?:s|red|ring)?(?: of)? all (?:of )?(?:the |its |their )?(?:global |worldwide )?rights\b"
)
# the ordinary scope of a licence, listed with development: "will acquire the global rights for the development and
# commercialisation rights", "will take over the global development, regulatory and commercialization rights" (not
# "co-development and commercialization rights"; "commercialization rights" alone name the deal's purpose)
_DEVELOPMENT_AND_COMMERCIALIZATION = folded_pattern(
    r"(?<!-)\bdevelop\w*(?:,? (?:and |or )?[\w\-]+){0,3},? (?:and|&) commerciali[sz]ation"
    r" (?:agreement|rights|partner(?:ship)?|deal)\b"
)
# a party's right to opt in, anywhere in the deal's story, however the sentence is worded ("Can opt-in on the next
# three targets within 12 months", "Kestrel may opt in to co-fund NB-2", "the right to opt into development"): an option
_OPT_IN = folded_pattern(r"\bopt(?:s|ed|ing)?[- ]in(?:to)?\b")
# rights acquired under a licence are licensed: "entered into a licensing agreement under which X acquired the rights
# to make and sell NB-1" (the purchase words blanked; not "X acquired the rights to NB-1 from Y", a sale of rights)
_RIGHTS_UNDER_A_LICENCE = folded_pattern(
    r"(?P<licence>\blicen[cs]\w* (?:agreement|deal|pact|contract)s? (?:under which|whereby|pursuant to which"
    r"|through which|by which|in which) )(?P<bought>[^.;\n]{0,60}?\bacquir\w* (?:the )?(?:[\w\-]+ ){0,2}?rights\b)"
)
# an option a party holds, wherever this deal's story tells it: "X retains the option to select up to three products
# for further development", "Y has the option to pick one compound" (not an option to pay in shares)
_OPTION_HELD = folded_pattern(
    r"\b(?:has|have|had|retains?|retained|holds?|held|gets?|receives?|received|obtains?|obtained|granted|given|gains?)"
    r" (?:an? |the |its )?(?:exclusive |right and (?:an? |the )?)?options? to (?!pay\b|settle\b|receive\b)[a-z\-]+"
)
# the parties develop together and both pay: a joint development committee and a party's money put in ("A joint
# development committee will oversee ...", "X will contribute up to $200 million in the next three years")
_JOINT_DEVELOPMENT_COMMITTEE = folded_pattern(r"\bjoint development (?:and [\w\-]+ )?committee\b")
_MONEY_CONTRIBUTED = folded_pattern(
    r"\b(?:will|to|shall|agreed to) contribute (?:up to |about |around |approximately )?(?:[$€£¥]|us\$|eur |usd )"
)
# a party makes the supplies, wherever the story tells it: "X will manufacture clinical supplies and initial commercial
# supplies of the product" (supply; not "supplies of the drug are limited")
_SUPPLIES_MADE = folded_pattern(
    r"\b(?:will|to|shall) (?:manufacture|produce|make|provide) (?:the |all )?(?:(?:clinical|commercial|initial|early"
    r"|long-term|and) )+suppl(?:y|ies)\b"
)
# sales calls made together, wherever the story tells them: "to provide 50 percent of the co-detailing efforts"
_CO_DETAILING = folded_pattern(r"\bco-detail\w*")
# a whole company bought, however its parts are then sold on: a merger agreement, a tender offer, its holders paid per
# share ("Norvane stockholders will receive $63.50 per share in cash")
_WHOLE_COMPANY_BOUGHT = folded_pattern(
    r"\bmerger agreement\b|\btender offer\b|\b(?:share|stock)holders (?:will |would )?(?:receive|be paid|get)\b"
    r"[^.;\n]{0,60}?\bper share\b"
)
_WHOLE_COMPANY_WORDS = ("merger agreement", "tender offer", "per share")
# a product a regulator licensed is approved, no licence of a deal: "the only oral vaccine licensed by the U.S. Food and
# Drug Administration"
_LICENSED_BY_A_REGULATOR = folded_pattern(
    r"\blicensed by (?:the )?(?:[\w.\-]+ ){0,3}?(?:food and drug administration|fda|ema|medicines agency|mhra|nmpa|pmda"
    r"|regulators?|(?:health|regulatory) authorit(?:y|ies))\b"
)
# an aside that tells another deal: a bracket of an asset's licence ("LM-9 (licensed to Kestrel for $3bn)") or a dash
# aside of a company's takeover ("Norvane – soon to become part of Kestrel if a $5bn takeover goes through –")
_OTHER_DEAL_ASIDE = folded_pattern(
    r"\((?:(?:out-|in-)?licen[cs]ed|sold|partnered|acquired|bought) (?:to|from|with|by)\b[^()\n]{0,100}\)"
    r"|[–—] (?:soon to (?:become|be) (?:part|a unit|a subsidiary) of|(?:now|since|recently) (?:part of|acquired by"
    r"|bought by|owned by)|which (?:was|is being|is to be) (?:acquired|bought|taken over) by|to be (?:acquired|bought"
    r"|taken over) by)\b(?:[^–—.;\n]|\.(?=\d)){0,120}[–—]"
)
# in a buyout, the target's licences before it, told in the passive or as its record: "both candidates were
# out-licensed during preclinical stages", "Norvane's $4 billion+ out-licensing track record" (not "Kestrel will
# acquire Norvane and license NB-2 to Ostrin": the buyer's own licence)
_LICENSED_PASSIVE = folded_pattern(
    r"\b(?:was|were|had been|have been) (?:(?:out-|in-)?licen[cs]ed)\b(?: (?:to|from|during|in|before|earlier|already)"
    r"\b[^.;\n]{0,60})?"
    r"|\b(?:(?:out-|in-)?licen[cs]ing) (?:track record|history|experience|expertise)\b"
)
# a company bought for one drug, its other assets spun out to a new company first: "Kestrel will acquire Norvane's
# PI3K inhibitor NB-478 ... Norvane will spin out a new entity to hold its employees and other assets"
_SPIN_OUT = folded_pattern(
    r"\bspin(?:s|ning)? (?:out|off) (?:a |an )?(?:new|separate|independent) (?:[\w\-]+ )?(?:entity|company|business)\b"
)
_PARTIES_WORDS = ("compan", "parties", "partners", "work together")
_THING_BOUGHT = folded_pattern(r"\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|scoops? up) (?:[\w\-.&]+ ){0,3}?"
                               r"[\w\-.&]+['’]s? ")
# rights acquired in a deal the story names a licence agreement: "Kestrel has acquired the global rights to Norvane's
# drug in a deal worth up to $2bn ... The licence agreement includes a $200m upfront payment" (a licence, not a sale)
_RIGHTS_ACQUIRED = folded_pattern(r"\bacquire[sd]? (?:the )?(?:exclusive )?(?:global |worldwide )?rights to\b")
_LICENCE_AGREEMENT = folded_pattern(r"\blicen[cs](?:e|ing) (?:and [\w\-]+ )?(?:agreement|deal|pact|contract)\b")
# a purchase that waits on an option: "the exclusive option to buy the radiopharmaceutical specialist for $1bn", "an
# option to acquire Norvane at a later date", "the right to acquire Norvane for $600m"
_OPTION_TO_BUY = folded_pattern(
    rf"\b{OPTION_TO_BUY}\b[^.;\n]{{0,80}}"
)
# the parties as the joint subject of the work, anywhere in the deal's story: "under which the companies will develop
# immuno-oncology drugs", "the two companies will collaborate on the ongoing trial", "a deal to work together on" (a
# collaboration), "the companies will jointly develop the therapy in China" (a
# co-development)
_PARTIES_DEVELOP = folded_pattern(
    r"\b(?:the (?:two )?(?:companies|parties|partners)|both (?:companies|parties|partners))"
    r" (?:will|would|are to|plan to|agreed to|have agreed to)"
    r" (?:(?P<jointly>jointly|together|co-develop\b)(?: develop)?|develop|research|discover|collaborate|partner"
    r"|work together)\b"
    # a deal to work together: "have signed a 10-year deal to work together on the development of"
    r"|\b(?:deal|agreement|pact|partnership) to work together\b"
)
# rights handed to a party, or paid for: "has granted Kestrel exclusive rights to develop and commercialize NB-4",
# "will pay $100m upfront for rights to NB-7" (not rights a party keeps or regains)
_RIGHTS_GIVEN = folded_pattern(
    r"\b(?:grant(?:s|ed|ing)?|gain(?:s|ed|ing)?|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|get(?:s|ting)?|for)\s+"
    r"(?:(?!retain|keep|regain|return)[\w\-]+\s+){0,3}?(?:the\s+)?(?:(?:exclusive|global|worldwide|commercial"
    r"|development|regional|greater china|ex-[\w.]+)\s+)*rights\s+(?:to|for|in)\b"
)
_TRANSFER_TYPES = {"license", "acquisition", "merger", "asset-purchase", "royalty-purchase", "manufacturing", "supply"}


def _rights_are_all_it_buys(text: str) -> bool:
    """The text's only words of a sale are rights acquired ("has acquired the global rights to X's drug")."""
    if _RIGHTS_ACQUIRED.search(text) is None:
        return False
    unbought = _RIGHTS_ACQUIRED.sub(lambda m: " " * len(m.group(0)), text)
    return _PATTERNS["asset-purchase"].search(unbought) is None


def _bought_only_under_an_option(text: str) -> bool:
    """The company is bought only if an option is exercised ("the exclusive option to buy the specialist for $1bn"):
    no other words of the text tell a purchase."""
    if ("option" not in text and "right to" not in text) or _OPTION_TO_BUY.search(text) is None:
        return False
    unbought = _OPTION_TO_BUY.sub(lambda m: " " * len(m.group(0)), text)
    return _PATTERNS["acquisition"].search(unbought) is None


def _without_other_deals_clause(s: Sentence) -> str:
    """The folded sentence with a leading clause about other deals blanked ("Building on the programs gained through
    the acquisition of X, Kestrel licensed ...": no acquisition of this deal's)."""
    end = other_deal_clause_end(s.text)
    return " " * end + s.folded[end:] if end else s.folded


def read_deal_types(
    sentences: Sequence[Sentence],
    *,
    has_equity: bool,
    has_milestones_or_royalties: bool,
    story: Sequence[Sentence] = (),
    quoted: Sequence[str] = (),
) -> tuple[DealType, ...]:
    """The deal's types from the sentences that name the deal; `story` (all of this deal's sentences) is read only for
    what tells the deal's form however the sentence is worded: costs and profits shared, a combined company; `quoted`
    (the quoted speech of this deal's sentences) only for a collaboration the parties name as this deal."""
    found: set[DealType] = set()
    text = "\n".join(_without_other_deals_clause(s) for s in sentences)
    if any(w in text for w in _SELF_DESCRIPTION_WORDS):
        text = _SELF_DESCRIPTION.sub(lambda m: " " * len(m.group(0)), text)
    if "commerciali" in text:
        text = _DEVELOPMENT_AND_COMMERCIALIZATION.sub(lambda m: " " * len(m.group(0)), text)
    if any(w in text for w in _QUALIFIER_WORDS):
        text = _QUALIFIED_COLLABORATION.sub(lambda m: m.group(0).split()[0] + " agreement", text)
    if "manufactur" in text and "for " in text:
        # "expands its collaboration with a partner for making vaccines": the collaboration is the making
        text = _COLLABORATION_FOR_MAKING.sub("manufacturing agreement", text)
    if "licen" in text and "rights" in text:
        text = _RIGHTS_UNDER_A_LICENCE.sub(lambda m: m.group("licence") + " " * len(m.group("bought")), text)
    text = _PAST_PURCHASE.sub(lambda m: " " * len(m.group(0)), text)
    if "licensed by" in text:
        text = _LICENSED_BY_A_REGULATOR.sub(lambda m: " " * len(m.group(0)), text)
    if ("(" in text or "–" in text or "—" in text) and _OTHER_DEAL_ASIDE.search(text):
        text = _OTHER_DEAL_ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    if "acquired" in text or "bought" in text or "taken over" in text:
        text = _PAST_TAKEOVER.sub(lambda m: " " * len(m.group(0)), text)
    for kind, pattern in _PATTERNS.items():
        if any(stem in text for stem in DEAL_TYPE_STEMS[kind]) and pattern.search(text):
            found.add(kind)  # type: ignore[arg-type]
    said = [_QUALIFIED_COLLABORATION.sub("agreement", fold(q)) for q in quoted if "collaboration" in fold(q)]
    if any(_COLLABORATION_SAID.search(q) for q in said):
        found.add("collaboration")
    if "acquisition" in found and "license" in found and "licen" in text and _LICENSED_PASSIVE.search(text):
        unlicensed = _LICENSED_PASSIVE.sub(lambda m: " " * len(m.group(0)), text)
        if not _PATTERNS["license"].search(unlicensed):
            found.discard("license")  # "both candidates were out-licensed during preclinical stages": the target's
    if "asset-purchase" in found and "license" in found and _LICENCE_AGREEMENT.search(text) and (
        _rights_are_all_it_buys(text)
    ):
        found.discard("asset-purchase")  # "acquired the global rights to X ... The licence agreement includes"
    if "transfer" in text and not found & {"acquisition", "merger"} and _ALL_RIGHTS_TRANSFERRED.search(text):
        found.add("asset-purchase")
    told = "\n".join(s.folded for s in story) if story else text
    if "profit" in told and _COSTS_AND_PROFITS_SHARED.search(told):
        found.update(("co-development", "co-commercialization"))
    if "opt" in told and _OPT_IN.search(told):
        found.add("option")
    if "option" in told and _OPTION_HELD.search(told):
        found.add("option")
    if "committee" in told and "contribute" in told and _JOINT_DEVELOPMENT_COMMITTEE.search(told) and (
        _MONEY_CONTRIBUTED.search(told)
    ):
        found.add("co-development")
    if any(w in told for w in _PARTIES_WORDS) and (m := _PARTIES_DEVELOP.search(told)):
        found.add("co-development" if m.group("jointly") else "collaboration")
    if "suppl" in told and _SUPPLIES_MADE.search(told):
        found.add("supply")
    if "co-detail" in told and _CO_DETAILING.search(told):
        found.add("co-commercialization")
    if not found & {"acquisition", "merger", "asset-purchase"} and "spin" in told and _SPIN_OUT.search(told) and (
        _THING_BOUGHT.search(text)
    ):
        found.add("acquisition")  # the company bought for its drug, the rest of it spun out to its holders
    if "merger" in text and "combined" in told and _COMBINED_COMPANY.search(told):
        found.add("merger")
    if (
        "collaboration" in found and found & {"acquisition", "manufacturing"} and not _WORK_TOGETHER.search(text)
        and ("manufacturing" in found or not _bought_only_under_an_option(text))
    ):
        found.discard("collaboration")  # "a robust partnership" beside a buyout, "a tieup deal" to make a drug
    if "manufacturing" in found and "acquisition" in found:
        unmade = _MAKER_NAMED.sub(lambda m: " " * len(m.group(0)), text)
        if not _PATTERNS["manufacturing"].search(unmade):
            found.discard("manufacturing")  # "to acquire a German CDMO": what the target is
    if "research" in found and not found & {"acquisition", "merger", "asset-purchase", "royalty-purchase"}:
        found.add("collaboration")  # "a three-year research deal to discover ...": research done together
    if has_equity:
        found.add("equity-investment")
    if "acquisition" in found and _MAJORITY_STAKE.search(text) and not has_equity:
        found.discard("equity-investment")  # "acquire a 60% stake in X": control, not an investment beside a deal
    if "royalty-purchase" in found:
        found.difference_update(_UNDER_A_ROYALTY_PURCHASE)
    if "asset-purchase" in found and "asset purchase" not in text and _ALL_SHARES.search(text):
        found.discard("asset-purchase")  # "acquire all the stock of X": the company, not some of its assets
    if "asset-purchase" in found and "acquisition" in found and "asset purchase" not in text and (
        any(w in told for w in _WHOLE_COMPANY_WORDS) and _WHOLE_COMPANY_BOUGHT.search(told)
    ):
        found.discard("asset-purchase")  # a company bought whose sites the buyer sells on: the buyout is the deal
    if "asset-purchase" in found:
        found.discard("acquisition")
    if "collaboration" in found and ("client" in text or "customer" in text) and _CLIENT_COLLABORATION.search(text):
        found.discard("collaboration")  # a collaboration with a client: a service for it
    rights_given = "rights" in text and _RIGHTS_GIVEN.search(text) is not None
    if not found & _TRANSFER_TYPES and (has_milestones_or_royalties or rights_given):
        found.add("license")  # milestones or royalties, or rights handed over ("granted X exclusive rights to NB-4")
    return tuple(t for t in _ORDER if t in found)
