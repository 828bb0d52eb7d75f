"""Words of the trade: the tables the extractor reads deal news with.

Sources: the deal vocabulary of biopharma press releases and trade press (deal announcements in
BusinessWire / PR Newswire / GlobeNewswire releases, Fierce Biotech, Endpoints, BioSpace, PharmaTimes,
Contract Pharma), SEC 8-K "material definitive agreement" wording, and the field rules of the gold
format (`eval/README.md`). Each table is a plain mapping or tuple of regular-expression fragments;
the modules that use them hold the rules, these hold the words.
"""

from __future__ import annotations

# --- text structure -------------------------------------------------------------------------

BOILERPLATE_HEADINGS: tuple[str, ...] = (
    # "About <Company>" on a line of its own; "About efinopegdutide" (a product) stays.
    r"About (?:the Company|[A-Z][\w&.'’\-]*(?: [A-Z&][\w&.,'’\-]*){0,5})\s*$",
    r"(?i:forward[- ]looking statements?)",
    r"(?i:cautionary (?:note|statement))",
    r"(?i:safe harbou?r)",
    r"(?i:media (?:contacts?|enquiries|inquiries))",
    r"(?i:investor (?:contacts?|relations))",
    r"(?i:contacts?:)",
    r"(?i:subscribe to)",
    r"(?i:keep up with our content)",
    r"(?i:related (?:articles|news|content))",
    r"(?i:latest intelligence)",
    r"SOURCE [A-Z]",
    r"SIGNATURES?\s*$",  # the signature block of an SEC filing
)

# An SEC filing's cover page (the registrant's name, addresses, check boxes) runs from the Commission's name to the
# first item of the report ("Item 1.01 Entry into a Material Definitive Agreement"): the report starts there.
SEC_FORM_COVER = r"SECURITIES AND EXCHANGE COMMISSION"
SEC_FORM_ITEM = r"^[ \t]*Item[ \t]+\d{1,2}\.\d{2}\b"

# The words a title broken over several lines keeps on lines of their own ("RECOMMENDED CASH ACQUISITION / of /
# THAMESREACH THERAPEUTICS PLC / by / CASTELLAN PHARMA INC."): such lines are one headline.
TITLE_CONNECTORS = frozenset({"of", "by", "for", "and", "with", "between", "to", "from", "&"})

SITE_FURNITURE: tuple[str, ...] = (
    r"breaking news",
    r"please login.*",
    r"not currently logged in",
    r"share this article",
    r"advertisement",
    r"skip to (?:main )?content",
    r"menu",
    r"home",
    r"news",
    r"pharmaceuticals",
    r"press releases?",
)

# The preamble of a stock-exchange filing, line by line, before its title: the exchange's disclaimer, the issuer's
# name block (in capitals, in its local script, its place of incorporation, its stock code) and the kind of
# filing ("VOLUNTARY ANNOUNCEMENT"). Case-sensitive, each matching a whole line.
# the exchange's disclaimer that opens a filing's preamble
EXCHANGE_DISCLAIMER = (
    r"(?i:.*\btakes? no responsibility for the contents of this (?:announcement|document|circular)\b.*)"
)
FILING_PREAMBLE: tuple[str, ...] = (
    EXCHANGE_DISCLAIMER,
    r"(?i:\(?\s*(?:stock|share) code[s]?\s*:?[^()]{1,60}\)?)",
    r"\((?:[^()]*\bincorporated\b|[^()]*\bwith limited liability)[^()]*\)",
    r"(?:VOLUNTARY |OVERSEAS REGULATORY |INSIDE INFORMATION |DISCLOSEABLE TRANSACTION |MAJOR TRANSACTION |)"
    r"(?:ANNOUNCEMENT|INSIDE INFORMATION|DISCLOSEABLE TRANSACTION)(?: AND [A-Z ]+)?",
    r"[A-Z0-9&'’()\-. ]+,? (?:CO\., ?LTD\.?|CO\. LIMITED|LIMITED|LTD\.?|INC\.?|CORPORATION|PLC|HOLDINGS)\*?",
    r"[^A-Za-z]+",  # the issuer's name in its own script: "江泰生物製藥股份有限公司"
)

NON_TERMINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "inc", "co", "corp", "ltd", "llc", "plc", "s.a", "n.v", "b.v", "a.g", "u.s", "u.k", "e.u", "dr",
        "mr", "mrs", "ms", "prof", "no", "nos", "st", "vs", "approx", "est", "mfg", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ph.d", "e.g", "i.e", "fig", "ca", "rs",
    }
)  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "a pair of": 2, "both": 2, "single": 1, "dual": 2,
}  # fmt: skip

# --- is this a new deal? ----------------------------------------------------------------------

DEAL_NOUN = (
    r"(?:agreement|deal|pact|partnership|collaboration|alliance|licen[cs]e|contract|merger|acquisition|transaction"
    r"|option|tie-up|joint venture)"
)

# Ways a sentence announces a deal, by name; tests/extraction/test_detection.py holds each one's example and
# counter-example.
DEAL_EVENT_PATTERNS: dict[str, str] = {
    "enters into": r"\b(?:enter(?:s|ed)?|entering) into\b",
    # "Kestrel inks $50M pact with Norvane", "after signing a deal with Norvane"
    "signs a deal": r"\b(?:enter(?:s|ed)?|sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|pen(?:s|ned)?|strike(?:s)?|striking|struck"
    r"|forge(?:s|d)?|forging|seal(?:s|ed|ing)?|secure(?:s|d)?|win(?:s)?|won|land(?:s|ed)?|bag(?:s|ged)?"
    r"|nab(?:s|bed)?|clinch(?:es|ed)?|execute(?:s|d)?|finali[sz]e(?:s|d)?|expand(?:s|ed)?|extend(?:s|ed)?"
    r"|amend(?:s|ed)?|close(?:s|d)?|complete(?:s|d)?|announce(?:s|d)?|reach(?:es|ed)?|form(?:s|ed|ing)?)\b"
    # (the noun itself, not a verb it begins: "wins CHMP opinion for NB-5, licensed from Norvane")
    r"(?:[^.;]|\.(?=\d)){0,80}\b" + DEAL_NOUN + r"s?\b",
    # "Kestrel partners with Norvane", "Kestrel said it has collaborated with Norvane to discover ..."
    "partners with": r"\b(?:partner(?:s|ed|ing)?(?: up)?|collaborat(?:es|ed|ing)|team(?:s|ed|ing)? up|link(?:s|ed)? up"
    r"|join(?:s|ed)? forces|join(?:s|ed)? hands|unite[sd]?|tie(?:s|d)? up) (?:with|to|on)\b",
    # "Kestrel and Norvane partner to develop NV-1", "Kestrel and Norvane partnered in May to co-develop NV-1"
    # a headline's two parties "in" their deal: "Kestrel, Norvane in ADC deal", "Kestrel and Norvane in $2bn pact"
    "x and y in a deal": r"\b(?:and|&|,) (?:[\w\-.&]+ ){0,4}?in (?:an? )?(?:[\w\-$€£¥.,]+ ){0,3}?(?:deal|pact|tie-up"
    r"|alliance)\b",
    "x and y partner to": r"\b(?:and|,) [^.]{0,60}\bpartner(?:s|ed)?(?: (?:in|on|this|last) [\w\-]+(?: \d{4})?)? to\b",
    "agrees to acquire": r"\b(?:to|will|agree(?:s|d)? to|agreeing to|has agreed to|would) (?:acquire|buy|purchase"
    r"|license|in-license|out-license|pay|sell|merge|take over)\b",
    "acquires or licenses": r"\b(?:acquire[sd]?|acquiring|buys|bought|purchase[sd]|snaps? up|snapped up|takes? over"
    r"|in-licens(?:es|ed)|out-licens(?:es|ed)|licens(?:es|ed)|sublicens(?:es|ed))\b",
    # rights, not any "global development" ("secures $100M to fund global development" is a financing)
    # "Kestrel is shelling out $60M for Norvane's ADC", "pays EUR 1bn for Norvane" (not "paid": the past)
    "pays money for": r"\b(?:pays|paying|shells? out|shelling out|forks? over|forking over|hands? over|handing over"
    r"|plunks? down|plunking down|puts? up|putting up|spends|spending)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:[$€£¥]|(?:us|usd|eur|gbp|chf|rmb|cny|jpy|dkk|sek|krw)\s?)\d(?:[^.;]|\.(?=\d)){0,60}"
    # ... or to do a deal: "pays $150M cash to partner up with Norvane"
    r"(?:\bfor\b|\bto (?:partner|license|licence|in-license|acquire|buy|access|secure|team up)\b)",
    # a ceiling of payments offered to a company for work on its drug: "Kestrel is offering as much as $2bn to Norvane
    # to work on its KRAS inhibitor", "offers up to $500M to Norvane for the rights to NV-2" (not a bid: "offering $30
    # per share for Norvane", "offering up to $2bn to Norvane shareholders")
    "offers money to work on": r"\b(?:offer(?:s|ed|ing)?|promis(?:es|ed|ing))\s+(?:up to|as much as)\s+"
    r"(?:[$€£¥]|(?:us|usd|eur|gbp|chf|rmb|cny|jpy|dkk|sek|krw)\s?)\d(?:[^.;]|\.(?=\d)){0,40}?\bto\s+"
    r"(?:[\w\-.&’']+\s+){1,4}?(?:to|for)\s+(?:work on|develop|co-develop|license|in-license|commerciali[sz]e"
    r"|(?:the )?(?:global |worldwide |exclusive |ex-[\w.]+ )*(?:rights|licen[cs]e|access))\b",
    "snaps up": r"\b(?:scoops? up|scooped up|gobbles? up|gobbled up|snatch(?:es|ed|ing)? up|swoops? (?:in )?(?:on|for)"
    r"|(?:gets?|got) its hands on)\b",
    # "Kestrel bets $40M on Norvane's degraders", "takes a $40M bet on", "wagers $1bn on"
    "bets money on": r"\b(?:bets?|betting|wagers?|wagered|wagering|takes? an? |took an? )\s*(?:[\w\-]+\s+){0,2}?"
    r"(?:[$€£¥]|(?:us|usd|eur|gbp|chf|rmb|cny|jpy|dkk|sek|krw)\s?)\d(?:[^.;]|\.(?=\d)){0,30}?\b(?:bet\s+)?on\b",
    # a deal named by its price: "Kestrel grabs Norvane's ADC in $900M pact", "swallows Norvane in $2bn deal"
    "priced deal": r"(?:[$€£¥]|\b(?:us|usd|eur|gbp|chf|rmb|cny|jpy|dkk|sek|krw)\s?)\d[\d.,]*\s?"
    r"(?:[mb]n?\b|million|billion|bln|mln)?\+?(?:-plus)?\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:deal|pact|agreement|tie-up|alliance|buyout|takeover|partnership|collaboration)\b"
    r"(?! (?:talks|speculation|rumou?rs?|hopes|interest))",
    "gains rights": r"\b(?:grant(?:s|ed)?|gains?|gained|obtain(?:s|ed)?|secure(?:s|d)?|acquire(?:s|d)?|snag(?:s|ged)?"
    r"|nab(?:s|bed)?|bag(?:s|ged)?|grab(?:s|bed)?|hand(?:s|ed)?(?! back)|give[sn]?(?! back)|gave(?! back))\b[^.]{0,60}"
    r"\b(?:rights|licen[cs]es?|options?)\b",
    "divests": r"\b(?:sell(?:s|ing)? off|divest(?:s|ed)?|offload(?:s|ed)?)\b",
    # (also "sells its Asia Pacific (ex-China) operations")
    "sells assets": r"\b(?:sold|sells|selling|to sell|will sell)\b(?: [\w()\-]+){0,4} (?:assets?|rights|portfolio"
    r"|programs?|programmes?|business(?:es)?|unit|franchise|candidates?|operations)\b"
    # "Norvane sells NB-4 to Kestrel for $75M", "... for a total consideration of CHF 400 million"
    r"|\b(?:sells|selling|to sell|will sell|has sold|have sold)\b[^.;]{0,60}\bto\b[^.;]{0,60}\bfor (?:up to "
    r"|a (?:total )?(?:consideration|price|sum) of (?:up to )?)?(?:[$€£¥]|(?:us|usd|eur|gbp|chf)\s?)\d"
    # told as a noun: "announced the sale of its operating businesses in the Asia Pacific region ... to Kestrel"
    r"|\bsale of (?:its|their|the|a) (?:[\w()\-]+ ){0,3}?(?:business(?:es)?|operations|units?|divisions?|portfolio"
    r"|franchise)\b[^.;]{0,160}?\bto\b",
    # two companies to develop a drug together: "Norvane, Kestrel to co-develop NB-7", "will jointly develop"
    "co-develops": r"\b(?:to|will|would|agree(?:s|d)? to|plan(?:s)? to|are to) (?:jointly develop|co-develop"
    r"|co-commerciali[sz]e|co-promote)\b",
    # money or a stake given as part of a new deal: "will invest $50m in Norvane for a 10% stake as part of a research
    # collaboration" (not "as part of its Series A": a financing, nor "as part of the partnership": the one told)
    "part of a deal": r"\bas (?:a )?part of (?:a|an) (?:new |strategic |broader |multi-year |research "
    r"|long-term )*(?:collaboration|partnership|alliance|licen[cs](?:e|ing) (?:agreement|deal)|co-development"
    r" (?:agreement|deal))\b",
    # "Norvane will receive $50M from Kestrel in return for the rights to develop NV-1": a price for rights
    "in return for rights": r"\bin (?:return|exchange) for (?:the |an? )?(?:[\w\-]+ ){0,3}(?:rights?|licen[cs]e)\b",
    # "Norvane is to be taken over by Kestrel", "Norvane Bio to be swallowed by Dutch rival"
    "to be acquired by": r"\b(?:to be|will be|is being|are being) (?:acquired|bought|purchased|taken over"
    r"|swallowed(?: up)?|snapped up) by\b",
    # "Kestrel has returned to Norvane for a EUR 640 million deal", "Kestrel goes back to Norvane for second pact"
    "returns for another deal": r"\b(?:return(?:s|ed)?|comes? back|came back|goes back|went back) to\b[^.;]{0,60}"
    r"\bfor (?:an? |another |(?:a |its )?(?:second|third|new|fresh) )(?:[^.;]|\.(?=\d)){0,60}?"
    r"\b(?:deal|pact|agreement|collaboration|partnership|licen[cs]e|tie-up|alliance)\b"
    # "Kestrel Pharma is back with another deal, this time for an ADC"
    r"|\b(?:is|are|comes?|came) back with (?:another|a new|a second|a third|a fresh) (?:[\w\-]+ )?(?:deal|pact"
    r"|agreement|collaboration|partnership|licen[cs]e|tie-up|alliance)\b",
    # a deal told as a new one: "are deepening their relationship with a new multibillion-dollar agreement", "under a
    # new licensing deal" (not "is seeking a new partnership"; "hopes to start with a new deal" is hedged)
    "a new deal": r"\b(?:with|under|through|via|in) an? (?:new|fresh) (?:[\w\-$€£¥.,]+ ){0,3}?(?:deal|pact|agreement"
    r"|collaboration|partnership|licen[cs](?:e|ing) (?:deal|agreement|pact)|tie-up|alliance)\b",
    # the deal dated as today's news: "Under the terms of the deal, announced Wednesday, Kestrel will pay" (not "the
    # deal, announced in March,")
    "a deal announced today": r"\b(?:deal|pact|agreement|collaboration|partnership|transaction|acquisition),?"
    r" (?:which was |that was )?announced (?:on )?(?:today|this morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    # "Kestrel also said that it had a deal to develop NV-1" (not "Kestrel had a deal with Norvane until 2020")
    "said it has a deal": r"\b(?:said|says|announced)\b[^.;]{0,60}?\b(?:that )?(?:it|they) (?:has|had|have|now have"
    r"|now has) (?:a |an )(?:[\w\-]+ ){0,2}(?:deal|agreement|pact|partnership|licen[cs]e|collaboration)\b",
    # a maker taking on another company's product: "said it will manufacture Norvane Inc.'s flu vaccine
    # candidate in Ireland" (not its own: "will manufacture its vaccine")
    "will make a company's product": r"\b(?:will|to|agreed to|has agreed to|is to) (?:manufacture|produce|make)\s"
    r"(?:up to [\d.,]+ (?:million |billion )?doses of )?(?:[\w\-.&]+\s){1,3}?[\w\-.&]+['’]s?\s(?:[\w\-]+\s){0,3}?"
    r"(?:vaccines?|drugs?|therap(?:y|ies)|antibod(?:y|ies)|products?|candidates?|biologics?|medicines?)\b",
    # "Norvane will receive an initial payment of $12M": a payment at signing, said another way
    "signing payment": r"\b(?:initial|signing) (?:payment|fee)s?\b|\bsigning bonus\b",
    # "Kestrel is shelling out $60M upfront": a sum paid at signing is news of a deal (a page of junk that
    # says "$12bn upfront" names no party, which the pipeline reads as no deal)
    "upfront": r"\bup-?front\b",
    "upfront or milestone payment": r"\b(?:upfront|up-front|milestone) payments?\b",
    "deal worth": r"\bdeal (?:worth|valued|that could|could be worth)\b",
    "kind of agreement": r"\b(?:licen[cs]ing|collaboration|partnership|option|license|licence|supply|manufacturing"
    r"|merger|co-development|co-commerciali[sz]ation|research) (?:and [a-z\-]+ )?(?:agreement|deal|pact|contract)\b",
    "merger agreement": r"\bmerger agreement\b",
    # takeovers: "has agreed a takeover offer from", "agreed to offer EUR 5bn for", "agreed to a GBP 505 million
    # acquisition offer"
    "takeover offer agreed": r"\bagree(?:s|d|ing)?(?: to)?(?: (?:make|launch|accept|recommend))? (?:a |an |the |its"
    r" |their )?(?:[\w\-£$€¥]+ ){0,3}(?:takeover|tender|buyout|acquisition|cash|all-cash|share|all-share"
    r"|cash-and-share|purchase) (?:offer|bid|proposal)\b"
    r"|\bagree(?:s|d|ing)? to (?:offer|bid)\b[^.;]{0,80}\bfor\b"
    # "Kestrel agrees $2bn takeover of Norvane"
    r"|\bagree(?:s|d)? (?:a |an |the )?(?:[\w\-£$€¥.]+ ){0,3}(?:takeover|buyout|acquisition|merger) (?:of|with|by)\b",
    # UK takeover wording: "a recommended cash offer for", "Takeda's agreed takeover of Shire"
    # (and a binding one: "has submitted a binding public takeover offer for Norvane", not a "non-binding" one)
    "recommended offer": r"\b(?:recommended|agreed|friendly|(?<!non-)(?<!non )binding) (?:[\w\-]+ ){0,3}"
    r"(?:offer|takeover|buyout)\b",
    # "The boards of Norvane support the offer" (not "recommend that shareholders reject the offer")
    "board backs the offer": r"\b(?:support(?:s|ed)?|back(?:s|ed)?|recommend(?:s|ed)?|accept(?:s|ed)?"
    r"|approve[sd]?|welcome[sd]?|endorse[sd]?)\b (?:the |an? |its |their |this |[\w\-]+['’]s )"
    r"(?:(?!reject|not\b|against\b)[\w\-$€£¥.]+ ){0,3}(?:offer|bid|takeover)\b"
    r"|\b(?:backs?|backed|supports?|supported)\s+(?:[\w\-$€£¥.]+\s+){0,2}?(?:bid|offer|takeover)\b",
    # "Kestrel has won the bidding war for Norvane": the bid the target took
    "bidding war won": r"\bw(?:on|ins|inning) (?:the |a )?(?:[\w\-]+ )?(?:bidding war|takeover battle|bidding contest"
    r"|contest|auction|race) (?:for|over)\b",
    "tender offer launched": r"\b(?:launch(?:es|ed)?|commence(?:s|d)?|begins?|began|start(?:s|ed)?)\b (?:an? |its"
    r" |the |their )?(?:[\w\-$€£.]+ ){0,4}(?<!mini-)tender offer\b",
    # "Norvane shareholders will receive $30 in cash per share"
    "holders will be paid per share": r"\b(?:share|stock)holders\b[^.;]{0,60}\bwill (?:be entitled to )?(?:receive"
    r"|be offered|be paid|get)\b[^.;]{0,60}\b(?:per share|in cash|for each)\b",
    # British usage: "Kestrel says it has agreed a multi-target discovery collaboration with Norvane" (not "agreed a
    # date", "agreed to disagree")
    "agrees a deal": r"\bagree(?:s|d)? (?:an? |the |its |their )(?:[\w\-]+ ){0,4}?(?:collaboration|deal|licen[cs]e"
    r"|partnership|pact|alliance|tie-up)\b",
    # a maker hired for a product: "Kestrel taps Norvane to produce its antibody", "picked Norvane to manufacture"
    # (not "tapped its reserves to fund", "named Jane Doe to lead", "selected her to make the transition smooth": the
    # verb that follows is one of making a product)
    "hires a maker": r"\b(?:tap(?:s|ped|ping)?|hire[sd]?|hiring|enlist(?:s|ed|ing)?|select(?:s|ed|ing)?|chooses|chose"
    r"|picks?|picked|contract(?:s|ed)|engage[sd]?)\s+(?:[\w\-.&’']+\s+){1,5}?to\s+"
    r"(?:produce|manufacture|supply|fill|formulate|scale up)\b",
    # a maker's promise to a customer: "Norvane has agreed to supply Kestrel with capacity for five antibodies" (not
    # "Norvane will supply the market": only an agreement to make or supply)
    "agrees to supply": r"\bagree(?:s|d|ing)? to (?:supply|manufacture|produce)\b",
    # a contract maker's work on another's product: "contract manufacturer Norvane will manufacture NV-1", "the CDMO is
    # to produce" (not "Kestrel will manufacture NV-1 at its own plant": only a maker of others' products)
    "contract maker will make": r"\b(?:contract (?:development and )?manufactur(?:er|ing organi[sz]ation)|cdmo|cmo)\b"
    r"[^.;]{0,60}?\b(?:will|is to|are to|to) (?:manufacture|produce|supply)\b",
    # "Norvane has signed on to help Kestrel make NV-1" (not "Jane Doe signed on as chief executive")
    "signs on to help": r"\bsign(?:s|ed|ing)? on to (?:help|make|produce|manufacture|supply|develop|co-develop)\b",
    # an adviser's note of the deal it advised on: "Law firm X has advised Kestrel in connection with the acquisition
    # of all shares in Norvane", "X has guided Kestrel on its $300M acquisition of royalty interest", "X counsels on
    # royalty acquisition" (not "Kestrel was advised by X", nor advice but on a deal: "advised patients on the trial")
    "advised on a deal": r"\b(?:advis(?:ed|es)|guid(?:ed|es)|counsel(?:l?ed|s)|represent(?:ed|s)|assist(?:ed|s))"
    r"(?! by\b)(?: [^.;]{1,120}?)? (?:on|in connection with|with (?:respect|regard) to|regarding|in)"
    r" (?:the |its |their |his |her |an? )?(?:[^.;]|\.(?=\d)){0,60}?"
    r"\b(?:acquisition|merger|sale|purchase|licen[cs]ing|divestiture|takeover|buyout"
    r"|(?:licen[cs]e|collaboration|partnership|royalty|merger|purchase) (?:agreement|deal|transaction))\b",
    # a buyout told as what the target becomes: "Kestrel is to make Norvane a wholly-owned subsidiary through a share
    # exchange", "Kestrel takes full ownership of Norvane" (not "Norvane, a wholly-owned subsidiary of Kestrel")
    "makes it a subsidiary": r"\b(?:to make|will make|makes|making)\s+(?:[\w\-.&’']+\s+){1,5}?an?\s+wholly[\s\-]owned"
    r"\s+subsidiary\b|\b(?:take[sn]?|taking|to take) (?:full|complete|total|100%) ownership of\b",
}

# A deal completed that the story tells was agreed before: in the headline or first sentence, the completion
# ("Kestrel completes tender offer for Norvane", "announced the successful completion of its tender offer") ...
COMPLETION = (
    r"\b(?:complet(?:es|ed)|clos(?:es|ed)|consummat(?:es|ed)"
    r"|(?:successful|announce[sd]? the|announcing the) (?:completion|closing|consummation) of)\s+"
    r"(?:the |its |their |an? )?(?:[\w$€£¥.,\-]+ ){0,4}?"  # "the previously announced", "its $1.3bn cash"
    r"(?:acquisition|merger|tender offer|exchange offer|purchase|takeover|buyout|sale|divestiture|transaction)s?\b"
)
# ... and, anywhere in the story, its earlier step: "previously announced", "as announced in May", "the board had
# approved the acquisition on January 17", "announced its $1.3bn bid at the end of last year". A deal signed and
# closed at once ("Kestrel has completed the acquisition of privately held Norvane") tells none: it is news.
_EARLIER_DEAL_NOUN = r"(?:acquisition|merger|offer|bid|deal|agreement|transaction|purchase|sale|takeover|buyout)"
EARLIER_STEP = (
    rf"\b(?:previously|first|earlier) (?:announced|disclosed|agreed|reported)\b[^.;]{{0,60}}\b{_EARLIER_DEAL_NOUN}"
    r"|\bas (?:previously |first |earlier )?announced (?:on|in|earlier|last)\b"
    rf"|\b{_EARLIER_DEAL_NOUN}\b[^.;]{{0,40}}\b(?:previously|first|earlier) (?:announced|disclosed|agreed|reported)\b"
    rf"|\bhad (?:approved|agreed|announced|signed|entered into)\b[^.;]{{0,40}}\b{_EARLIER_DEAL_NOUN}"
    rf"|\bannounced (?:its|the|their|an?) (?:[\w$€£¥.,\-]+ ){{0,4}}?{_EARLIER_DEAL_NOUN}\b[^.;]{{0,60}}"
    r"\b(?:last (?:year|month|week)|earlier this|at the (?:end|start|beginning) of|(?:weeks|months) ago)\b"
)

# Words right before a deal verb that make it a wish, an attempt, a rumour or a denial, not an announcement:
# "may reach $60B in deals", "has sought to purchase shares", "is in talks to acquire", "did not sign".
HEDGE_BEFORE = (
    r"(?:\b(?:may(?! \d)|might|must|needs?|prepared|sought|seeks?|seeking|attempt(?:s|ed|ing)?"
    r"|tr(?:y|ies|ied|ying)|in (?:advanced |early |exclusive )?talks|reportedly|rumou?red|considering|exploring"
    r"|weighing|weighs|mulling|mulls?|mulled|eyes|eyeing|eyed|considers|explores|hoping|wants?|wanted"
    r"|looking(?= to))\b(?: [\w\-]+){0,2}"
    r"|\b(?:not|never|no longer|refused|declined|failed)(?: to)?|n[’']t"
    # a deal that dates the news: "raised $300 million, weeks after inking a $1 billion licensing deal"
    r"|\b(?:days?|weeks?|months?|years?|shortly|soon|just|right) (?:after|since))\s*$"
)

# Words right after a deal verb that make it talks, not a deal: "Kestrel has entered into exclusive negotiations with
# Norvane" (not "entered into an exclusive licence").
HEDGE_AFTER = r"\s*(?:exclusive |advanced |preliminary |final |formal )?(?:negotiations|talks|discussions)\b"

# Words right before a deal noun that make it a standing one, whose work the sentence reports: "announced that new data
# from their collaboration will be presented", "results of its partnership with Norvane" (not "announced a
# collaboration": that is the news).
STANDING_DEAL_BEFORE = (
    r"\b(?:data|results|findings|progress|updates?|readouts?) (?:from|of|under|in) (?:their|its|the|our|this)"
    r"(?: [\w\-’']+){0,3}\s$"
    # a product made under the deal: "results of NB-6, developed in collaboration with Norvane"
    r"|\b(?:developed|discovered|invented|created|being developed|co-developed) (?:in|under|through|via) "
    r"(?:an? |the |its |their )?(?:[\w\-]+ )?$"
    # a drug developed under a standing deal: "which it is developing with Norvane under a co-development agreement"
    r"|\b(?:developing|develops|develop|sells?|selling|markets?|marketing) [^.;]{0,60}?\b(?:under|through|via) "
    r"(?:an? |the |its |their )(?:[\w\-]+ )?$"
)

# Words right before a deal noun that end the deal: "Kestrel scraps its licence agreement with Norvane",
# "hands back the rights", "pulls out of the partnership".
ENDED_BEFORE = (
    r"\b(?:scrap(?:s|ped|ping)?|ax(?:e|es|ed|ing)|terminat(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|end(?:s|ed|ing)?"
    r"|exit(?:s|ed|ing)?|pull(?:s|ed|ing)? out of|walk(?:s|ed|ing)? away from|hand(?:s|ed|ing)? back"
    r"|give(?:s|n)? back|gave back|dissolve[sd]?|unwind(?:s|ing)?|unwound)(?: [\w\-’']+){0,3} $"
)

# Words right before a deal named by its price that make it one already made: "lays off staff after $900M Norvane
# deal", "the drug at the center of its $900M pact", "the $3.1B deal", "Kestrel's $2bn deal" (not "grabs Norvane's
# ADC in $900M pact").
PRICED_DEAL_RECALLED_BEFORE = (
    r"\b(?:after|following|since|of|from|under|amid|despite|before|into)\s+(?:its|the|their|a|an|last year's)?\s*$"
    # a deal the story already knows: "what the $3.1B Braxton-Cielo deal says", "Kestrel's $2 billion deal with X"
    r"|\b(?:the|its|their|this|that|these|those)\s*$|[\w\-]['’]s?\s*$"
)

# Words right after a deal noun that end the deal: "as the $2bn Norvane deal collapses", "the pact fell through",
# past its partner and an aside: "the collaboration agreement with Norvane, signed in 2021, has now been terminated".
ENDED_AFTER = (
    r"(?:\s(?:with|between)\s[^,.;]{1,60}?)?(?:\s?,[^,.;]{1,60},)?"  # the partner and an aside
    r"\s*(?:collapse[sd]?|collapsing|falls? (?:apart|through)|fell (?:apart|through)|unravel(?:s|led|ed)?"
    r"|sours?|soured|goes sour|went sour"
    r"|(?:is|was|(?:has|have)(?: now| since| just| officially| formally)? been) "
    r"(?:terminated|scrapped|cancell?ed|called off|off|dead))\b"
)

# A deal told in a relative clause or as a standing state is background: "NV-1, which Kestrel licensed from
# Norvane, met its primary endpoint", "NV-1 is partnered with Norvane" (not "Kestrel, a Boston biotech,
# licensed ...": that is the news). The words before the deal word, and the past-tense deal verbs this reads.
# A deal signed in such a clause is background too: "partners including Ostrin, with which it signed a supply deal"
# (not "Norvane, which today signed a licence with Kestrel, ...": today's deal is the news).
RECALLED_BEFORE = (
    r"(?:\bwhich(?! (?:[\w\-’']+ )?(?:today|now|this week)\b)(?: [\w\-’']+){0,3}|\b(?:is|are|currently|already))\s$"
)
RECALLED_VERBS = r"(?:(?:in-|out-)?licensed|acquired|bought|purchased|sold|partnered|signed|struck|inked|entered)\b"
# A past participle set off by a comma and followed by its preposition describes the noun before it: "Halden's
# antibody, partnered with Meridia, hits its endpoint", "NV-1, licensed from Norvane in 2021, failed" (not
# "Kestrel, seeking growth, licensed NV-2 from Norvane": a main verb takes its object first).
RECALLED_PARTICIPLE = (
    r"(?:(?:in-|out-)?licensed|acquired|bought|purchased|partnered)\s(?:from|by|with)\b|sold\sto\b"
    r"|(?:out-)?licensed(?:[\s\-]out)?\sto\b"  # "NB-5, licensed to Kestrel, has entered a phase 1 trial"
)
# A past participle right after what it describes, with no verb before it and no object after it: "a priority review
# for the PARP drug norvaparib in-licensed from Norvane" (not "Kestrel has in-licensed from Norvane the rights", nor a
# headline's passive "Norvane acquired by Kestrel": a company bought is news)
BARE_PARTICIPLE = (
    r"(?:(?:in-|out-)?licensed|acquired|bought|purchased)\sfrom\b"
    r"(?![^,.;]{0,40}?\b(?:the|all|exclusive|global|worldwide)\s(?:[\w\-]+\s)?(?:rights|licen))"  # no object after
)
BARE_PARTICIPLE_VERB_BEFORE = (
    r"\b(?:has|have|had|having|will|would|to|and|which|who|that|it|they|we|recently|also|just)\s$"
)

# A count of deals, and what they are worth, is a round-up of the market, not the news of one: "struck nearly
# 80 out-licensing deals worth $2.6 billion upfront", "150+ deals", "$60B in outbound deals"; so are the examples
# it gives ("more than 20 deals, including a $3 billion collaboration with X").
DEAL_COUNT = (
    r"(?:\b\d{2,}[\d,.]*\+?|\b\d+\+|\b(?:dozens|scores|hundreds|a (?:record )?number|the number) of"
    r"|\b(?:various|several|multiple|numerous))"
    r" (?:[\w\-]+ ){0,3}(?:deals|agreements|transactions|pacts|collaborations|partnerships)\b"
    r"(?: (?:worth|valued at|totall?ing|with)\b(?:[^.;]|\.(?=\d)){0,60})?"
    # the deals it counts, given as examples: "more than 20 licensing deals, including a $3 billion collaboration"
    r"(?:,? (?:including|such as|among them|notably)\b(?:[^.;]|\.(?=\d))*)?"
    r"|[$€£¥] ?\d[\d,.]*\s*(?:bn|billion|b|m|million)?\s+(?:in|of|worth of) (?:[\w\-]+ ){0,2}deals\b"
)

# One milestone payment made under a deal already made, told by its payer: "Kestrel has paid $3M as a milestone payment
# to Norvane", "paid Norvane a $5M milestone payment" (not "will pay a milestone payment", "pays $9M upfront, a
# milestone payment of ... and royalties": what is to be paid, or a payment beside the upfront, is a new deal's term)
_PAID_MILESTONE = (
    r"\b(?:has |have )?(?:paid|made|makes|pays)\b (?:(?!and\b|or\b|up\b|up-?front\b)[\w$€£¥.,\-]+ ){0,4}?"
    r"(?:as |in )?(?:an? |the )?milestone payment\b(?!s)"
)

# A milestone reached under a deal already signed: "Kestrel has completed the first milestone set out in its licence
# agreement with Norvane", "achieved a development milestone under" (not "milestones" to come, nor "upon completion of
# milestones": what a new deal will pay for)
_MILESTONE_REACHED = (
    r"\b(?:has |have |had )?(?:successfully )?(?:complete[sd]|achieve[sd]|reach(?:es|ed)|me(?:t|ets)|hits?)"
    r" (?:an? |the |its |their )?(?:(?!and\b|or\b|up\b)[\w\-]+ ){0,3}?milestone\b(?!s| payments)"
)
# An upfront payment received under a deal signed before: "Norvane has received the full upfront payment of $80M from
# Kestrel for the transaction" (not a new deal that names its upfront: "... entered into a licence, under which
# Norvane has received an upfront payment" keeps the deal's verb in the sentence)
_UPFRONT_RECEIVED = (
    r"^(?!.*\b(?:enter(?:s|ed)?|sign(?:s|ed)|ink(?:s|ed)|agree(?:s|d)?|struck|license[sd]) )"
    r".*?\b(?:has |have |had )?(?:received|collected|banked|pocketed|secured) (?:the |its |their |an? )?"
    r"(?:full |entire |complete |remaining |final )?(?:[\w$€£¥.,\-]+ ){0,3}?up-?front (?:payment|fee)s?\b"
    # a headline's present tense, with the word that says the whole of it is now paid: "Norvane Receives Full Upfront
    # Payment from Kestrel" (not "Norvane receives $50M upfront in new licence": that may be the deal itself)
    r"|\b(?:receives|receiving|collects|banks|pockets) (?:the |its |their )?(?:full|entire|complete|remaining|final)"
    r" (?:[\w$€£¥.,\-]+ ){0,3}?up-?front (?:payment|fee)s?\b"
)
# One sum to be had as a milestone payment, told with its amount: "Norvane says will get $30 mln as milestone payment
# after NV-1 approval", "receives EUR 5M as a milestone payment" (not "will get $30M upfront and milestone payments")
_AMOUNT_AS_A_MILESTONE = (
    r"\b(?:receive[sd]?|receiving|get(?:s|ting)?|got|earn(?:s|ed)|pocket(?:s|ed)?|collect(?:s|ed)?)"
    r" (?:(?:[$€£¥]|us\$|(?:usd|eur|gbp|chf|jpy|rmb|cny) ?)[\d.,]+ ?(?:[mb]n?|million|billion|mln|bln)?"
    # (the currency after the number: "to receive 10 million USD as a milestone payment")
    r"|[\d.,]+ ?(?:[mb]n?|million|billion|mln|bln)? (?:usd|us dollars|dollars|eur|euros|gbp|chf|jpy|yen|rmb|yuan|won))"
    r" as (?:an? |the )?milestone payment\b(?!s)"
)
# A memorandum of understanding with public bodies, agencies or trade associations grants no rights and pays no one:
# "Kestrel has signed an MOU with four public and private organizations to support the bio-health industry" (not an
# MOU between two companies on a named drug, which this does not read)
_MEMORANDUM_WITH_PUBLIC_BODIES = (
    r"\b(?:memorand(?:um|a) of understanding|mou|mous)\b(?:[^.;]|\.(?=\d)){0,100}?"
    r"\b(?:public|government(?:s|al)?|ministr(?:y|ies)|agenc(?:y|ies)|associations?|organi[sz]ations|authorit(?:y|ies)"
    r"|municipal\w*|provincial|city of|industry bod(?:y|ies)|trade bod(?:y|ies))\b"
)

# Borrowing, told by its instruments and lenders: "reaches an agreement with bondholders to restructure its convertible
# bond debt", "a $100M term loan"
_DEBT_FINANCING = (
    r"convertible (?:bonds?|notes?|debt)|bondholders|noteholders|term loan|credit facility|loan agreement"
    r"|debt (?:financing|facility|restructuring)"
)
# A sum's conversion in brackets before what it is: "a $5 million (6.9 billion won) milestone payment"
_CONVERSION_IN_BRACKETS = r"(?:\((?:about |approximately |around )?[\w$€£¥.,\- ]{1,24}\) )?"

# A story is about something else when its lead says so.
# The regulators whose decisions the press reports, and what they decide
_AGENCIES = r"(?:commission|FDA|EMA|agency|regulators?|NMPA|PMDA|MHLW|MFDS|Health Canada|Drug Administration)"
_DECIDES = r"(?:approved|approves|cleared|clears|granted|grants)"
NON_DEAL_EVENT_PATTERNS: dict[str, str] = {
    "a trial readout": r"\b(?:primary endpoint|topline|top-line|phase (?:[123]|i{1,3})[ab]?\b[^.]{0,40}"
    r"\b(?:results?|data|readout|trial (?:met|failed|missed))|met (?:its|the) (?:primary|secondary)"
    r"|missed (?:its|the) primary|statistically significant|placebo|flop|setback|failed to)\b",
    # "Kestrel completes enrollment in phase 3 trial", "has dosed the first patient in a phase 2 study"
    "a trial's progress": r"\b(?:complet(?:es|ed|ing) (?:patient )?enrol(?:l)?ment"
    r"|(?:dos(?:es|ed|ing)|enrol(?:l)?(?:s|ed|ing)?) (?:the )?first (?:patient|participant|subject)s?"
    r"|first (?:patient|participant|subject)s? (?:has been |was )?(?:dosed|enrol(?:l)?ed)"
    r"|initiat(?:es|ed|ing) (?:a |its |the )?phase (?:[123]|i{1,3})[ab]?)\b",
    # "X and Y to present new data from their collaboration at ASH", "will be presented in an oral session"
    "a conference presentation": r"\b(?:to present|will present|presents?|presented|presenting) (?:(?:new|updated|"
    r"positive|preliminary|additional|interim|final|clinical|preclinical|long-term) )*(?:data|results|findings)\b"
    r"|\b(?:oral|poster|late-breaking) (?:presentation|session)\b",
    "a regulatory decision": r"\b(?:CHMP|positive opinion|marketing authori[sz]ation"
    r"|FDA (?:has )?(?:approv|accept|grant)[a-z]*|priority review"
    # (not one still to come: "on the verge of scoring a potential approval for its drug")
    r"|(?<!potential )(?<!possible )(?<!expected )(?<!anticipated )(?<!pending )(?<!likely )"
    r"approv(?:al|es|ed) (?:by|of|for)|accelerated approval|complete response letter|PDUFA"
    # (the agency with its initials in brackets, and told in reported speech: "said the U.S. Food and Drug
    # Administration (FDA) had approved")
    r"|" + _AGENCIES + r"(?: \([a-z]{2,6}\))? (?:has |have |had )?" + _DECIDES + r")\b",
    "a financing or listing": r"\b(?:IPO|initial public offering|debut|Series [A-F]\b|financing round|funding round"
    r"|raise[sd]? \$|raising \$|private placement|share offering|listing(?! (?:rules|of securities))"
    r"|registered direct offering"
    r"|underwritten offering|pricing of (?:an? |its )?(?:[\w$.,\-]+ ){0,3}?offering"
    r"|(?:underwritten )?public offering|securities purchase agreements?"
    r"|" + _DEBT_FINANCING +
    # a holder selling shares it owns: "Kestrel sells Norvane stock", "sells off $174M in Norvane shares"
    r"|sells? (?:off )?(?:[\w$€£¥.,\-]+ ){0,4}?(?:stock|shares)(?! purchase)(?! (?:and|in|of) (?:a |an |its )?"
    r"(?:licen|collaborat|partner|option|rights)))\b",
    # a filing for approval: "Norvane has submitted a biologics license application to the FDA for NB-9"
    "a regulatory filing": r"\b(?:submit(?:s|ted|ting)?|file[sd]?|filing)\b (?:an? |the |its |their )?"
    r"(?:[\w\-]+ ){0,3}?(?:biologics license application|new drug application"
    r"|marketing authori[sz]ation application|s?BLA|s?NDA|MAA)\b"
    r"|\b(?:BLA|NDA|MAA) (?:submission|filing)\b",
    # "Halvard quarterly results beat estimates", "Kestrel reports $7M profit in Q4", "revenue doubled to $9M"
    "earnings": r"\b(?:quarterly results|earnings|revenue (?:rose|fell|grew)|fiscal (?:year|quarter) results"
    # "Norvane reports Q3 results", "reported third-quarter revenue of $40 million"
    r"|(?:q[1-4]|first|second|third|fourth)[- ]quarter (?:results|revenues?|earnings|sales)|reports? q[1-4] results)\b"
    r"|\b(?:reports?|reported|posts?|posted|swings? to|swung to)\b (?:an? |its )?(?:[\w$€£¥.,\-]+ ){0,3}"
    r"(?:profit|loss|net income|net loss)\b"
    r"|\b(?:revenues?|profits?) (?:doubled|tripled|soared|jumped|climbed|surged|increased|decreased|declined)\b"
    r"|\bprofitable quarter\b",
    # (also a drug handed back: "Kestrel hands back a cancer drug to Norvane", "the rights have reverted to Norvane")
    "a return of rights": r"\b(?:(?:hand(?:s|ed|ing)?|give(?:s|n)?|gave|giving) back (?:the |a |an |its |their )?"
    r"(?:[\w\-]+ ){0,3}?(?:drugs?|rights|assets?|candidates?|programs?|programmes?|inhibitors?|antibod(?:y|ies)"
    r"|compounds?|molecules?|therap(?:y|ies))\b|\b(?:have |has |had )?revert(?:s|ed)? to\b"
    r"|\breturn(?:s|ed|ing)? (?:the )?(?:[\w\-]+ ){0,2}rights|regain(?:s|ed|ing)?"
    r" (?:the )?(?:[\w\-]+ ){0,2}rights"
    # (not a provision of the deal: "may terminate the merger agreement if the offer fails")
    r"|(?<!right to )(?<!may )(?<!can )(?<!could )(?<!would )"
    r"terminat(?:e|es|ed|ing|ion of) (?:a |an |the |its |their )?(?:[\w\-]+ ){0,2}"
    r"(?:agreement|collaboration|licen[cs]e|deal|partnership|pact)"
    r"|end(?:s|ed)? (?:a |its |the |their )?(?:[\w\-,]+ ){0,5}(?:licen[cs]e|collaboration|partnership|agreement)"
    # "does not intend to exercise its option to obtain a licence", "declined to exercise the option"
    r"|(?:not|declined?|declines|declining)(?: to)?(?: (?:intend|plan|wish|expect) to)? exercise (?:its|the|their|an?)"
    r" (?:[\w\-]+ ){0,2}option"
    r"|opt(?:s|ed)? out|walk(?:s|ed)? away"
    # "Kestrel dumps worldwide rights to a Norvane drug", "is retreating from the pact and dumping its alliance"
    r"|dump(?:s|ed|ing)? (?:the |its |their )?(?:[\w\-]+ ){0,2}(?:rights|alliance|partnership|pact|deal|collaboration)"
    r"|retreat(?:s|ed|ing)? from (?:the |its |their )?(?:[\w\-]+ )?(?:pact|deal|alliance|partnership|collaboration))\b",
    "a rejected bid": r"\b(?:reject(?:s|ed|ions?)?|rebuff(?:s|ed)?|spurn(?:s|ed)?|turn(?:s|ed)? down)\b"
    r"(?:[^.]|\.(?=\d)){0,60}\b(?:offer|bid|approach|proposal|buyout|advances|overtures?)"
    # a bid made again after the target said no: "Despite previous rejections, Kestrel plans to acquire Norvane"
    r"|\b(?:despite|after) (?:(?:its|their|the|two|three|several|repeated|previous|earlier|prior) ){0,2}"
    r"(?:rejections|rebuffs)\b"
    r"|\b(?:offer|bid|approach|proposal|buyout)s?\b(?:[^.]|\.(?=\d)){0,40}\b(?:rejected|rebuffed|spurned|turned down)\b"
    # "the board has determined that the bid price is inadequate"
    r"|\b(?:offer|bid|proposal)(?: price)? (?:is|was) (?:inadequate|insufficient)\b"
    # a bid withdrawn: "Kestrel has pulled its proposal to buy Norvane"
    r"|\b(?:pull(?:s|ed)?|withdr(?:aw|aws|ew|awn)|drop(?:s|ped)?|abandon(?:s|ed)?) (?:its|the|their|his|her)"
    r" (?:[\w\-$€£¥.]+ ){0,4}(?:offer|bid|proposal|approach)\b"
    r"|\bdo(?:es)? not (?:endorse|support|recommend)\b[^.]{0,60}\b(?:offer|bid|proposal)"
    r"|\brecommends? (?:that )?(?:share|stock)holders (?:do not|not|reject)\b",
    # a bid or a merger given up: "will terminate its tender offer for Norvane's shares", "calls off its $2bn
    # takeover", "the merger collapsed" (not a provision of a deal: "may terminate the merger agreement")
    "a deal called off": r"(?<!right to )(?<!may )(?<!can )(?<!could )(?<!would )"
    r"\b(?:terminat(?:e|es|ed|ing)|call(?:s|ed|ing)? off|abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?"
    r"|cancel(?:s|led|ed|ling)?) (?:the |its |their |an? )?(?:[\w\-$€£¥.,]+ ){0,3}?"
    r"(?:tender offer|offer|merger|takeover|acquisition|buyout|bid)\b(?! agreement)"
    r"|\b(?:deal|merger|offer|takeover|acquisition|buyout) (?:collaps(?:es|ed)|f[ae]lls? through"
    r"|(?:was|has been|is) (?:called off|terminated|abandoned))\b",
    "a legal matter": r"\b(?:settle(?:s|d)? (?:the |a |its )?(?:[\w\-]+ ){0,2}(?:litigation|lawsuit|dispute|claims?)"
    r"|settlement (?:agreement )?(?:with|to resolve|of)|litigation|lawsuit|arbitration|patent infringement"
    r"|(?:jury|court) verdict|verdict in|licen[cs]ing dispute|awards? (?:\w+ )?(?:over |more than )?[$€£¥]?[\d.,]+"
    r" (?:million|billion) in damages)\b",
    "an unsolicited bid or share tender": r"\bmini-tender\b"
    r"|\bunsolicited\b(?:[^.]|\.(?=\d)){0,60}\b(?:offer|bid|proposal|approach)\b"
    r"|\bhostile (?:(?:tender|cash|exchange) )?(?:bid|offer|takeover)\b",
    "an analyst's note": r"\bprice target\b",
    # "Kestrel has entered into exclusive negotiations with Norvane on an alliance", "is in advanced talks to buy"
    "talks": r"\b(?:enter(?:s|ed)?|entering) into (?:exclusive |advanced |preliminary |formal )?(?:negotiations|talks"
    r"|discussions)\b|\bin (?:exclusive|advanced|preliminary|formal) (?:negotiations|talks|discussions)\b"
    r"|\b(?:is|are) expected to be signed\b",
    # "3 Biotech Stocks to Buy Before They Double", "Is Kestrel a buy?"
    "investment advice": r"\b(?:stocks?|shares) to (?:buy|watch|sell|own|avoid|hold)\b|\bshould you buy\b"
    r"|\bis (?:it )?a buy\b|\b(?:buy|sell) rating\b",
    # "The five biggest biopharma licensing deals of the third quarter", "Top 10 deals of 2025"
    # (not this deal measured against others: "represents one of the largest private equity deals this year")
    "a round-up of deals": r"(?<!one of the )(?<!among the )\b(?:top|biggest|largest|notable|best|most valuable|key)\b"
    r"(?: [\w\-]+){0,3}"
    r" (?:deals|pacts|acquisitions|buyouts|transactions|licensing deals)\b"
    r"|\bdeals of (?:the )?(?:year|quarter|month|week|(?:19|20)\d\d)\b"
    r"|\bdeal(?:s|making)? (?:round-?up|tracker|wrap)\b"
    # "Week in Review: ...", "News round-up", "Weekly digest"
    r"|\b(?:week|month|year) in review\b|\b(?:news|weekly|daily|monthly) (?:round-?up|digest|wrap)\b"
    # "The Weekly Term Sheet", "the week's deals underscored ..."
    r"|\bweekly (?:term sheet|deals?|deal sheet)\b|\b(?:the|this|last) (?:week|month)['’]s (?:[\w\-]+ ){0,2}?deals\b"
    # a period's review: "Autoimmune Q1 2024 Review", "H1 2025 review", "2024 review" (not "priority review")
    r"|\b(?:q[1-4]|h[12]|(?:first|second|third|fourth) quarter|(?:first|second) half|(?:19|20)\d\d)"
    r"(?: (?:19|20)\d\d)? (?:deals? )?review\b",
    # "Norvane to receive $60M milestone from Kestrel" (not "eligible to receive up to $1bn in milestones")
    "a milestone payment": r"\b(?:receive[sd]?|receiving|get(?:s|ting)?|got|earn(?:s|ed)|trigger(?:s|ed|ing)"
    # (its sum may carry a conversion in brackets: "received a $5 million (6.9 billion won) milestone payment")
    r"|achieve[sd]|achieving|achievement of)\b (?:an? |the |its )?(?:(?!up\b)[\w$€£¥.,\-]+ ){0,4}"
    + _CONVERSION_IN_BRACKETS
    + r"milestone"
    # the payer's side: "Kestrel has paid $3M as a milestone payment to Norvane" (not "will pay ... milestone payments")
    r"|" + _PAID_MILESTONE + r"|" + _MILESTONE_REACHED + r"|" + _AMOUNT_AS_A_MILESTONE,
    "an upfront payment received": _UPFRONT_RECEIVED,
    "a memorandum with public bodies": _MEMORANDUM_WITH_PUBLIC_BODIES,
}

# These override a deal word in the same lead: a terminated licence is news about a deal, not a new one.
STRONG_NON_DEAL = (
    "a return of rights", "a rejected bid", "a deal called off", "a legal matter", "investment advice",
    "a round-up of deals", "talks",
)

# The sign of these in a sentence makes that sentence's own deal words the bid's or the old deal's: "Kestrel has
# submitted an unsolicited proposal to acquire Norvane", "Norvane expects to receive a $60M milestone payment from
# Kestrel for the launch of NV-1". Such a sentence announces no deal; another sentence of the lead still may ("Kestrel
# buys Norvane after hostile bid" / "Kestrel Pharma has agreed to acquire Norvane Bio").
SIGN_IN_THE_SENTENCE: dict[str, str] = {
    "an unsolicited bid or share tender": NON_DEAL_EVENT_PATTERNS["an unsolicited bid or share tender"],
    # one payment, singular: not "eligible to receive up to $1bn in milestone payments" ("to Receive $15 Million
    # Milestone Payment from": its amount in place of the article)
    "a milestone payment": r"\b(?:receive[sd]?|receiving|earn(?:s|ed)|trigger(?:s|ed|ing)|pocket(?:s|ed)?"
    r"|collect(?:s|ed)?)"
    r" (?:an? |the |(?=[$€£¥]))(?:(?!and\b|or\b|up\b)[\w$€£¥.,\-]+ ){0,3}" + _CONVERSION_IN_BRACKETS
    + r"milestone payment\b(?!s)"
    # a headline's bare noun, with the payer after it: "Norvane To Receive Milestone Payment From Kestrel" (not
    # "eligible to receive milestone payments from")
    r"|(?<!eligible to )\b(?:receive[sd]?|receiving|earn(?:s|ed)) milestone payment (?:from|under)\b"
    r"|" + _PAID_MILESTONE
    + r"|" + _MILESTONE_REACHED + r"|" + _AMOUNT_AS_A_MILESTONE,
    "an upfront payment received": _UPFRONT_RECEIVED,
    # a regulator's decision told with the agency as its subject: "FDA approves Kestrel's NB-1, licensed from Norvane",
    # "The FDA has approved NB-1, which Kestrel licensed from Norvane in 2020 for $50 million upfront" (not a deal told
    # beside an approval: "Kestrel licenses NB-2 as FDA approval of NB-1 nears")
    # (the agency itself the subject, not a relative clause's "which the FDA had approved")
    "a regulatory decision": r"\b" + _AGENCIES + r" (?:has |have )?" + _DECIDES + r"\b",
    # a company's sale of its own securities: "an agreement with a single institutional investor for the purchase of
    # 3,000,000 shares of its common stock in a private placement", "two investors have agreed to buy $25m of its
    # securities in a registered direct offering" (its words of purchase and agreement are the financing's; not a
    # sentence that tells a licence or a collaboration too: "signed a license with X and is taking a private placement
    # of $20m in X shares")
    "a financing or listing": r"^(?!.*\b(?:licen[cs]|collaborat|partnership|alliance))"
    r".*?\b(?:private placement|registered direct offering|(?:underwritten )?public offering"
    r"|securities purchase agreements?|placement agents?|shares of (?:its|the company's) common stock"
    r"|warrants to (?:purchase|buy)|" + _DEBT_FINANCING + r")\b",
}

# In a story of an unsolicited or hostile bid, the bid's own words ("Kestrel will commence a tender offer for Norvane")
# announce no deal: only words of an agreed deal do ("Kestrel has agreed to acquire Norvane", "the Norvane board
# recommends the offer", "a definitive merger agreement").
AGREED_BID = (
    r"\bagree(?:s|d|ing)?\b|\bagreements?\b|\brecommend(?:s|ed|ing)?\b|\bdefinitive\b|\bfriendly\b|\bsigned\b"
    r"|\bapprove[sd]?\b"
)

# A deal told beside a financing, anywhere in a story of financings: "In addition to the financing, Kestrel and Norvane
# entered a collaboration to develop ..." (not "In addition, the company plans to ..."; a deal's own words announce)
BESIDE_THE_FINANCING = (
    r"^(?:in addition to|alongside|besides|along with|apart from|as well as) (?:the|this|its|their)"
    r" (?:[\w\-$€£¥.,]+ ){0,3}?(?:financing|funding|investment|round|raise|offering|placement)\b"
)

# A second piece of news told beside the story's own: "The company also said on Tuesday that it had a deal to develop
# NV-1" in an earnings story announces the deal although the story is about something else.
ALSO_ANNOUNCED = r"\balso (?:said|says|announced|announces|reported|disclosed|unveiled|revealed)\b"

# A sentence that opens a matter of its own: in a story about something else that gives the deal as a second piece of
# news, the deal told "In a separate announcement, the company said it signed ..." is the deal's topic, which runs
# until a sentence opens another matter ("Additionally, the company reported positive trial results")
OPENS_A_MATTER = (
    r"^\s*(?:separately|in (?:a )?separate\b|also separately|elsewhere|additionally|in addition\b|in other news"
    r"|meanwhile|on a separate note)"
)

# Signs that a sentence tells of an earlier deal rather than this one. "a year named" is read with the
# story's own date (extraction.detection.Timeline); the others are signs on their own.
HISTORY_MARKERS: dict[str, str] = {
    "a year named": r"\b(?:in|since|back in|from) (?:19|20)\d\d\b",
    # ("the shares it does not already own": what is bought now)
    # (not an old name: "NB-1 (formerly known as NB-001)", "Kestrel, previously called Halden")
    # (not what comes first in a deal still to run: "$40 million will initially go to Norvane")
    "earlier": r"\b(?:originally|previously|formerly|earlier|(?<!will )(?<!would )(?<!shall )(?<!to )(?<!is )(?<!are )"
    r"(?<!be )initially|(?<!not )already|to date|so far|since then)\b"
    r"(?!,? (?:known as|called|named)\b)",
    # ("their three-year-old collaboration" is the deal the news expands)
    "an earlier deal": r"\b(?<!-)(?:original|earlier|previous|prior|initial|first|old|existing|cancell?ed|collapsed)"
    r" (?:(?:19|20)\d\d )?(?:deal|agreement|licen[cs]e|collaboration|pact|version|offer|partnership|contract)\b"
    r"(?! (?:fees?|payments?))",  # "an initial license fee" is a term of this deal
    "time ago": r"\b(?:months?|years?|weeks?|days) (?:ago|earlier|later|after|before)\b",
    "last season": r"\b(?:last|this past) (?:year|month|week|spring|summer|autumn|fall|winter)\b",
    # ("In November 2019": a month with its year is dated by the year, against the story's own)
    "in a month": r"\b(?:in|last) (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b(?!,? (?:19|20)\d\d\b)",
    # "The deal comes three months after ...", "The deal came shortly after Kestrel sealed ...": the other deal dates it
    "comes after": r"\b(?:comes?|came) (?:(?:just |only )?(?:over |nearly |about |less than |a few )?(?:\w+ )?"
    r"(?:days?|weeks?|months?|years?) |(?:just |only )?(?:shortly |soon |hard |right )|just )after\b",
    # the terms an amendment replaced: "Prior to the amendment, X was eligible for up to $500M"
    "before an amendment": r"\b(?:prior to|before) (?:(?:the|this|its|their|today's) )?amend(?:ment|ing|ed)\b"
    r"|\bunder the (?:previous|prior|original|former|old) terms\b",
    "ended": r"\b(?:was|were) (?:short-lived|cancell?ed|terminated)\b",
    "have been paid": r"\bhave been (?:announced|paid|received)\b",
    "after licensing": r"\b(?:after|following) (?:licensing|acquiring|buying|paying)\b",
    "when it began": r"\bwhen (?:the|their|its) (?:partnership|deal|collaboration|agreement|alliance|pact|relationship)"
    r" (?:began|started|was (?:first )?(?:signed|struck|formed|inked))\b",
    # money paid under a deal already made: "Norvane received $40 million upfront", "receives a milestone"
    "money received": r"\b(?<!has )(?<!have )(?:received|collected|pocketed|banked)\b"
    r" (?:an? |the |its )?(?:(?!and\b|plus\b)[\w$€£¥.,\-]+ ){0,4}(?:up-?front|milestones?)"
    r"|\breceives (?:an? |the |its )?(?:(?!and\b|plus\b|up-?front\b)[\w$€£¥.,\-]+ ){0,4}milestone",
}

# The words right after an amount that make it the payment due under a condition ("an additional $75 million if
# net sales exceed $1.5 billion", "$50 million once annual sales reach $500 million"): what the condition says is
# of the threshold it names, not of the payment.
PAYMENT_CONDITION_AFTER = r"^\s*(?:[\w\-]+\s+){0,2}?(?:if|when|once|should|provided that|in the event that)\b"

# An amount in a sentence with one of these is not a term of the deal.
NOT_DEAL_MONEY_CONTEXT: dict[str, str] = {
    "market size": r"\b(?:market|industry|sector)\b[^.$€£¥]{0,50}\b(?:worth|valued|size|expected|projected|estimated"
    r"|reach|grow)\w*\b"

    r"|\bmarket (?:of|worth)\b|\b(?:global|worldwide) sales of\b",
    "sales threshold": r"\b(?:net )?sales (?:reach|hit|exceed|surpass|of more than|above)\b"
    r"|\bwhen (?:annual )?(?:net )?sales\b|\bsales thresholds?\b"
    # a royalty's tiers: "6.5% of annual net sales up to $400 million, 2.5% of annual net sales between $400 million"
    r"|\bsales (?:up to|between|above|below|over|under|in excess of|exceeding|greater than)\s*\x00",
    # a company's payout to its own holders: "including a cash dividend of up to approximately $30 million"
    "a dividend": r"\b(?:cash|special|one-time) dividends?\b|\bdividends? of\b",
    "share price": r"\bper share\b|\bshare price\b|\bshares? (?:opened|closed|rose|fell|traded)\b|\bapiece\b"
    r"|\bclosing price\b",
    "accounting charge": r"\b(?:pre-tax|pretax|after-tax|non-cash) charge\b|\bimpairment\b|\bwrite-?down\b"
    r"|\bGAAP\b",
    "a cap": r"\bcapped at\b|\ba cap of\b|\bup to a cap\b",
    # (a fee to reserve a maker's capacity is paid, not reimbursed: "will pay Y £15m upfront as a capacity reservation
    # fee"; "a reimbursable payment of £26m for capacity reservation" is a reimbursement)
    "cost reimbursement": r"\breimburs(?:able|ement|ed)\b|\bR&D (?:funding|costs?)\b|\bfunding of [^.]{0,40}R&D\b",
    "a financing": r"\b(?:IPO|initial public offering|Series [A-F]|financing round|private placement|raised|raising)\b"
    # the terms of a round of financing: "X led a round that gives Y $90m upfront and the chance to raise up to $60m"
    r"|\b(?:led|co-led|leads|leading) (?:a|an|the) (?:[\w\-$.]+ ){0,3}?round\b|\b(?:funding|investment|seed|crossover"
    r"|extension) round\b|\bto raise\b",
    "a facility investment": r"\b(?:to (?:build|establish|construct|expand)|new (?:plant|facility|site|ce"
                             r"ntre|center))\b",
    # (sales told right after the amount: "$40 million in sales", not a payment "depending on success in sales")
    "revenue": r"\b(?:revenues?|sales) (?:of|were|was|rose|fell|grew|totall?ed|reached)\b|\x00\s+in (?:annual "
               r")?sales\b(?!\s*(?:-based|based|milestones?|payments?))",
    "a company's valuation": r"\bvaluation\b|\b(?:last|latest|recent|previous) (?:financing|funding|round)\b"
    r"|\bmarket (?:cap|capitali[sz]ation|value)\b"
    # "which recently floated and is currently valued at more than £150m": a company's worth, not a deal's
    r"|\b(?:currently|now|today) valued at\b"
    r"|\b(?:company|firm|biotech|start-?up|business|group) (?:is|was) (?:currently |now )?valued at\b",
    # "including existing cash (making the cost of the deal around $1bn)": the price net of the target's cash
    "a price net of cash": r"\b(?:including|excluding) (?:its|the company's|existing|acquired) cash\b|\bnet of cash\b",
    # "the combined company would have about $175m in cash or equivalents at closing": a company's cash, not a price
    "cash holdings": r"\bcash,? (?:and|or) (?:cash )?equivalents\b"
    r"|\bcash (?:balance|position|reserves?|on hand|runway)\b"
    r"|\bhave\s+(?:about|approximately|roughly|around|some|nearly|over|more than)?\s*\x00\s+in cash\b",
    # "its sales goal of over 500 billion yen": a company's own target of sales, not a sales milestone
    "a company's sales goal": r"\b(?:its|their|our|the (?:company|group|firm)'s) (?:[\w\-]+ ){0,2}?(?:sales|revenue)"
    r" (?:goals?|targets?|forecasts?|guidance|ambitions?)\b",
    # "a portfolio of more than 30 brands each valued at more than $10 million": what each of many products is worth
    "a portfolio's worth": r"\b\d+ (?:[\w\-]+ )?(?:brands|products|medicines|drugs)\b[^.;$€£¥₹]{0,12}?\b(?:each )?"
    r"(?:valued at|worth) (?:more than|over|above|at least|in excess of)\b",
    "several deals": r"\bworth of (?:[\w\-]+ ){0,2}(?:deals|pacts|transactions|agreements)\b",
    "separate matter": r"^\s*(?:Separately|In (?:a )?separate|Also separately|Elsewhere)\b",
}

# An amount whose own words (up to the amount before it) say it belongs to an earlier or another deal.
# The same across a list, from the words before an amount up to it: the market an amount sizes, however many items the
# market's list holds ("the market opportunities in psoriasis, lupus, and asthma, totaling more than $12
# billion")
NOT_DEAL_MONEY_BEFORE: dict[str, str] = {
    "market size": r"\bmarket (?:opportunit(?:y|ies)|potential)\b[^.;$€£¥]{0,70}\b(?:total\w*|worth|of|at)\s+"
    r"(?:more than |over |about |nearly |some |approximately |roughly |up to )?$",
}

EARLIER_DEAL_MONEY_CONTEXT: dict[str, str] = {
    # (not a superlative's "to date": "the German vaccine maker's largest takeover deal to date")
    "already paid": r"\bhad (?:already )?(?:paid|received|earned|collected)\b"
    r"|\bto date\b(?<!deal to date)(?<!acquisition to date)(?<!takeover to date)(?<!transaction to date)"
    r"(?<!buyout to date)|\bso far\b"
    r"|\balready (?:paid|received)\b|\bcumulative(?:ly)?\b",
    "an earlier deal": r"\b(?:after|since|following) (?:inking|signing|striking|sealing|penning|clinching)\b"
    r"|\b(?:the|its|their|a) (?:first|previous|earlier|prior|initial|original|last) (?:deal|pact|tie-up|agreement"
    r"|collaboration|partnership|licen[cs]e|transaction)\b"
    r"|\b(?:19|20)\d\d (?:deal|agreement|pact|tie-up|licen[cs]e|collaboration|partnership)\b"
    r"|\bunder which\b[^$€£¥]{0,40}\b(?:paid|received|got)\b"
    # the terms a deal this one replaces held out: "X stood to receive milestone payments up to $645m"
    r"|\bstood to (?:receive|earn|gain|collect|get)\b|\bwould have (?:received|earned|been eligible)\b",
    # what a party got in a deal it made before: "one of the sites it picked up in its $9 billion buyout of"
    "what a past deal brought": r"\b(?:picked up|took on|inherited|gained|obtained|acquired|bought|added)\b"
    r"[^.;$€£¥]{0,30}\b(?:in|through|with|via|from) (?:its|their|the company's|last year's) $",
    "a standing relationship": r"\bunder the (?:terms of the )?(?:relationship|existing|original|prior|previous)\b",
    # "has entered into two separate pacts, worth up to more than $4bn": the sum of this deal and another
    "separate deals summed": r"\b(?:two|three|four|five|several|multiple) separate (?:deals|pacts|transactions"
    r"|agreements|collaborations|partnerships)\b",
    "a comparison": r"\b(?:the size of|compared (?:to|with)|similar to|larger than|bigger than|smaller than"
    r"|dwarf(?:s|ing)?|eclips\w+|on par with)\b",
    # a company the story names beside the deal, told as being bought by another, and the amount in that same clause:
    # "rivals such as Brennar, soon to become part of Ostrin if a $5bn takeover goes through", "Brennar, which is
    # being acquired by Ostrin for $2bn" (not "Brennar, soon to be part of Ostrin, pays $20m upfront": a new clause)
    "another company's pending takeover": r"(?:\bsoon to (?:become|be) (?:part of|acquired by|bought by|owned by"
    r"|taken over by)|\b(?:is|are) (?:being|set to be|about to be|poised to be) (?:acquired|bought|taken over"
    r"|snapped up) by)\b[^,;$€£¥₹₩]{0,80}$",
}

# --- money roles ----------------------------------------------------------------------------

_CLOSING_OF = r"(?:acquisition|transaction|merger|deal|tender offer|offer|purchase)"
UPFRONT_CUES = (
    r"up-?front|up front|upon signing|at signing|signing fee|initial payment|closing payment|cash at closing"
    r"|in cash at closing|(?:payable |paid )?(?:at|upon|on) (?:the )?closing|equity value|purchase price|license fees?"
    r"|licence fees?|licensing fees?|access fees?|option fees?|one-time payment"
    r"|initial (?:aggregate |cash )?consideration|down[- ]payment|lump[- ]sum(?: payment)?|one-off payment"
    r"|contract payment upon signing"
    r"|upon (?:the )?(?:full )?execution"
    # a buyout's price paid when it closes: "will pay $800 million to its holders upon completion of the acquisition"
    r"|upon (?:the )?(?:completion|closing|consummation) of the "
    + _CLOSING_OF
    # what is paid first: "Kestrel will initially pay $20M", "only $40 million of the deal will initially go to Norvane"
    + r"|initially"
    # "signed the rights to the drug over to Y for a fee of $5 million": the price of the rights, paid when granted
    r"|for a (?:one-time |flat |licensing |license |licence )?fee of"
    # the price of an option, paid when it is granted: "will pay Y $15 million for an option to license NB-9"
    r"|for (?:an |the )?(?:exclusive )?option (?:to|on)\b"
)
NEAR_TERM_CUES = r"near-term"
MILESTONE_CUES = (
    r"milestones?|biobucks|bio-bucks|contingent value rights?|CVRs?|earn-?outs?"
    r"|contingen(?:t|cy) (?:payments?|consideration)"
    r"|additional consideration|success-based|(?:development|regulatory|commercial|sales)[- ]based payments?"
    r"|additional (?:potential |contingent )?payments?|contingent (?:on|upon)|tied to|triggered by|payable upon"
    r"|upon (?:the )?(?:[\w\-.]+ ){0,3}(?:approval|achievement|filing|submission|acceptance|launch|commercial sale"
    r"|initiation|completion(?! of the " + _CLOSING_OF + r")|dosing|designation|listing|start|clearance)"
    r"|on (?:regulatory |marketing )?approval"
    r"|on the line|(?:future|contingent|success|event-driven|near-term|downstream|back-?end) payments?"
    r"|(?:if|when|once|should) (?:[\w\-]+ ){0,3}?(?:net )?sales (?:exceed|reach|surpass|hit|top)"
    r"|payments? (?:based on|linked to|contingent on)"
    r"|(?:based on|linked to|dependent on|depending on) (?:the )?(?:achievement of |reaching |meeting )?"
    r"(?:(?:certain|future|annual|net|global) )*(?:sales|commercial) (?:performance|thresholds?|levels?)"
    r"|(?:sales|commercial|development|regulatory|clinical|performance) goals?|sales targets?"
)
# the price a buyer pays, named: "the agreed option exercise price of", "a purchase price of"
PRICE_NAMED = r"(?:purchase|exercise|acquisition) price of"
TOTAL_CUES = (
    r"worth|valued at|(?:values|value|valuing) (?:[\w\-’'.%]+ ){1,4}?at"
    # the UK takeover formula: "values the entire issued and to be issued ordinary share capital of X at £1.1bn"
    r"|share capital of (?:[\w\-’'.]+ ){1,4}?at"
    r"|(?:deal|transaction|total|aggregate|contract|potential|overall|headline|enterprise) value"
    r"|total(?:l?ing| potential| deal| of| consideration| transaction)"
    r"|in total|in (?:the )?aggregate|aggregate|combined (?:potential )?payments"
    r"|potential payments|bringing the (?:overall |total )?(?:deal |potential )?(?:value|total)"
    # "Biobucks bring the total to $1.2 billion", "which brings the deal's value to"
    # ... or takes it: "taking the maximum equity value to about $477.6 million"
    r"|(?:brings?|bringing|takes|taking) the (?:overall |deal['’]s |potential |maximum )?"
    r"(?:equity |transaction |deal )?(?:total|value)(?: value)? to"
    r"|(?:could|may|might) (?:generate|reach|bring|exceed|top|total|be worth|amount to|climb to|rise to|pay out)"
    r"|in the region of|maximum total|up to a (?:maximum )?total"
    r"|(?:total )?(?:contract|deal|transaction) (?:size|amount)|total (?:deal )?size|overall(?! survival)|all told"
    r"|on the table"
    # "a royalty bond agreement of up to $250 million", "a licensing deal of $40m"
    r"|(?:deal|agreement|pact|contract|transaction) of"
    # "Signs Royalty Agreement with Ostrin Royalty for Up To $1.5 Billion" (a bound: not "with Y for $5m upfront")
    r"|(?:deal|agreement|pact|contract|partnership|collaboration) with (?:[\w\-.&’']+ ){1,5}?for up to"
    # what a party commits to the deal: "by committing an additional 38.8 million euros" (a kind after it says
    # otherwise: "commit up to $5.2bn in milestone payments")
    r"|\bcommit(?:s|ted|ting)? (?:an additional|a further|another)"
    # royalties sold by their worth: "to monetize up to $1.5 billion of the NB-7 royalty stream"
    r"|monetiz(?:e|es|ed|ing)(?: up to)?"
    r"|cost of|at (?:a|the) (?:total )?(?:price|value|cost) of"
    # the price a buyer pays: "would pay Norvane the agreed option exercise price of approximately $150m"
    r"|" + PRICE_NAMED + r"|(?:deal|transaction|acquisition|purchase|merger|takeover|buyout) (?:[\w\-]+ )?estimated at"
    # a price ("acquire X for $1bn"), not a minority investment ("purchase an equity stake of 9.9% for $5m")
    r"|(?:acquire|acquisition of|buy|purchase)\b(?:(?!\b(?:equity|minority) (?:stake|investment|interest)\b)"
    r"[^$€£¥;]){0,60}\bfor(?: up to)?(?: approximately| about)?"
)
EQUITY_CUES = (
    # (not shares bought from other holders: "the 45 pct stake in X held by minority shareholders for 80bn yen")
    r"equity (?:investment|stake|financing|purchase|component)|equity in|stake in(?![^,;$€£¥]{0,40}\bheld by\b)"
    r"|newly issued shares"
    r"|purchase of (?:\w+ )?shares"
    r"|buy(?:ing)? shares|subscribe for shares|convertible (?:note|loan|bond)|in exchange for a note"
    r"|premium to|invest(?:s|ing|ment of)? [^.]{0,30}in (?:the company|its shares)"
    r"|of (?:[\w\-’'.]+ ){0,3}?(?:common )?(?:stock|shares|equity)\b(?! (?:price|closed|rose|fell|traded))"
    # shares issued to a party, by their worth: "will newly issue common stock worth approximately 800 million yen"
    r"|\bissue (?:new |common |ordinary |its |new common )?(?:stock|shares) worth"
    # the stake a sum buys: "will invest $40 million in Norvane for a 15% stake"
    r"|for an? (?:[\d.]+ ?%|minority|equity) (?:equity )?stake"
)
COMBINED_UPFRONT_MILESTONE_CUES = (
    r"upfront and milestone|up-front and milestone|upfront and development|upfront,? (?:and )?(?:potential )?milestone"
)
PER_UNIT_CUES = r"(?:for each|per|for every|each of|at each|at every)\s+(?:of\s+)?(?:the\s+)?(?:up to\s+)?"
PROGRAM_NOUNS = (
    r"programs?|programmes?|candidates?|product candidates?|products?|targets?|molecules?|assets?|compounds?"
    r"|therapies|therapy|antibod(?:y|ies)|indications?|projects?|vaccines?|drugs?|agents?|constructs?"
)
# "partnered with" right after the drug it describes, a code or a word for a product or its trial: "phase 2 data for
# KB-12 partnered with Norvane", "the antibody partnered with Norvane" (not "Kestrel partnered with Norvane": a company
# partnering is news)
PRODUCT_PARTNERED = (
    rf"(?:\b[a-z]{{1,6}}-?\d{{1,5}}[a-z]?|\b(?:{PROGRAM_NOUNS}|inhibitors?|conjugates?|adcs?|trials?|stud(?:y|ies)))\s$"
)
# The steps a milestone is paid at, which a story rarely counts: "54 billion won in milestones at each stage"
MILESTONE_EVENT_NOUNS = r"stages?|steps?|events?|milestones?"

# What is bought of a company without the company itself: its plants and sites, and its lines of business ("buys
# the Norvane manufacturing site from Kestrel", "the European business of its drug"). Plural forms are derived.
PLANT_NOUNS: tuple[str, ...] = ("site", "plant", "facility", "factory", "campus")
BUSINESS_LINE_NOUNS: tuple[str, ...] = ("business", "division", "portfolio", "franchise", "operations")


def _plural(noun: str) -> str:
    if noun.endswith("s"):
        return noun if noun == "operations" else noun + "es"
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


PLANT_WORDS = "|".join(w for n in PLANT_NOUNS for w in (n, _plural(n)))
# A purchase left to an option: "the option to buy Norvane", "secures the right to acquire Norvane for $600m" (the
# option, a deal type, and the price that exercising it costs, read by `deal_types` and `amounts`)
OPTION_TO_BUY = r"(?:options?\ to\ (?:buy|acquire|purchase)|right\ to\ (?:buy|acquire))"
BUSINESS_LINE_WORDS = "|".join(sorted({w for n in BUSINESS_LINE_NOUNS for w in (n, _plural(n))}))

# --- deal types -----------------------------------------------------------------------------

# What a party "acquires" that is no company nor asset: "will acquire the reimbursement of certain development costs",
# "acquire know-how"
GAINED_NOT_BOUGHT = r"reimburse\w*|costs?|data|know-how|expertise|capabilit\w*|insights?|experience|knowledge"

DEAL_TYPE_PATTERNS: dict[str, str] = {
    "acquisition": r"\b(?:(?:to acquire|acquir(?:e|es|ed|ing)|acquisition of)(?! (?:a |an |the )?(?:[\d.]+ ?%|newly"
    r"|minority|percentage|portion|(?:[\w\-]+ ){0,2}(?:rights|stake|shares|royalt|option|licen|interest"
    # (nor what is gained that is no company: "will acquire the reimbursement of certain costs", "acquire know-how")
    r"|access|" + GAINED_NOT_BOUGHT + r"))"
    # a company's thing bought, not the company: "to acquire Norvane Bio's phase 2 antisense drug", "has agreed to
    # acquire Norvane's antibiotics business"
    r"| (?:[\w\-.&]+ ){0,3}?[\w\-.&]+['’]s? )"
    r"|buy(?:s|ing)? out|buyout|take-?over|take (?:full )?control of"
    # a company taken over, told by what it is: "is spending a billion euros to take over heart specialist X" (not
    # "take over development of NB-1", "the global development rights", nor the verb alone: "will take over if ...")
    r"|(?:take|takes|taking|took|taken) over (?:the |its |a |an )?(?:[\w\-]+ ){0,3}?(?:specialist|biotech"
    r"|biotechnology company|company|developer|maker|drugmaker|firm|group|rival|start-?up|peer|partner)\b"
    # a majority stake is control: "will acquire a 60% stake in X"
    r"|(?:acquire|buy|purchase)[sd]? (?:a |an )?(?:[5-9]\d|100)(?:\.\d+)? ?% (?:stake|interest|(?:equity )?share"
    r"|of\b(?! (?:the |its |their )?(?:[\w\-]+ )?(?:royalt|rights|future|sales|revenue|profits|economics)))"
    r"|(?:make|making|become|becoming)\b[^.]{0,60}\b(?:fully|wholly)[- ]owned subsidiary"
    # the rest of a company bought by its owner: "to buy the remaining stake in X", "the shares it does not own"
    # (also "to acquire all remaining shares in X")
    r"|(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)) (?:all (?:of )?)?(?:the )?remaining "
    r"(?:[\d.]+ ?% )?(?:stake|shares|interest|equity|stock)\b|\bthat it does not (?:already )?own\b"
    # all of a company's shares are the company: "agreed to acquire all the shares of fellow biotech X", "in connection
    # with the acquisition of all shares in X"
    r"|(?:(?:acquire|buy|purchase)[sd]?|(?:acquisition|purchase) of) all (?:of )?(?:the )?"
    r"(?:issued |outstanding |and )*(?:shares|stock|share capital)"
    r" (?:of|in)\b"
    r"|tender offer|merger (?:agreement|contract)|definitive agreement to be acquired"
    # a company's shares bought at a price each: "will purchase Norvane for $47 per share in cash"
    r"|(?:acquire|buy|purchase)[sd]? (?:[\w\-.&]+ ){1,4}?for (?:\$|us\$|€|£)[\d.]+ (?:per|a|for each) share\b"
    # the target's own words: "has inked a deal for its acquisition by X", "agreed to be acquired by X"
    r"|(?:its|their) (?:proposed |planned )?acquisition by|(?:agreed|agrees|agreement) to be acquired by"
    # a buyout firm's purchase: "agreed to be taken private by an affiliate of X"
    r"|(?:taken|take|takes|taking|go|goes|going) private(?! (?:placement|equity|investment|compan))|take-private"
    # "has agreed to purchase X, a clinical-stage biotechnology company": a company, as its appositive says
    r"|(?:agreed|agrees|agreement|plans?) to (?:purchase|buy) (?:[\w\-.&]+ ){0,3}?[\w\-.&]+, (?:a|an) "
    r"(?:[\w\-]+ ){0,5}?(?:company|biotech\w*|firm|developer|drugmaker|specialist|start-?up)\b"
    # a takeover told as an offer: "a recommended cash offer", "shareholders will be offered 68 euros per share"
    r"|(?:cash|takeover|public|recommended|all-cash|voluntary|buyout) (?:cash )?offer"
    r"|offer(?:ed)? [^.]{0,30}\bper share|agreed to (?:a |an |the )?(?:[\w\-]+ ){0,4}acquisition"
    # "its $45-per-share offer", "won the bidding war for X": a bid for the whole company
    r"|per[- ]share (?:cash |all-cash )?(?:offer|bid)|(?:bidding war|takeover battle|bidding contest) (?:for|over)"
    # a bid for a company: "offering to buy the Israeli target", "has offered to buy X in a deal valuing it at"
    # (not a bid for part of one: "offered to buy its rights to", "offers to buy back shares")
    r"|(?:offer(?:s|ed|ing)?|bids?|bidding) to (?:buy|acquire|purchase) (?!back\b|up\b|(?:a |an |the |its |their "
    r"|some |certain )?(?:[\d.]+ ?%|minority|portion|part|(?:[\w\-]+ ){0,2}(?:rights|stake|shares|royalt|option|licen"
    r"|interest|assets?|products?|suppl|business|unit|division|portfolio)))"
    # a company bought as the press names it: "would buy U.S. biotech X", "to buy rival X", "the option to buy the
    # radiopharmaceutical specialist for $1bn"
    # money spent to buy a company: "will spend about $2.5 billion to buy X" (not "to buy the rights to", "to buy
    # inventory")
    r"|(?:spend|spends|spent|spending|pay|pays|paid|paying) (?:about |around |roughly |some |nearly |almost |up to )?"
    r"(?:[$€£¥]|us\$)[\d.,]+\s?(?:million|billion|mn|bn|m|b)? (?:in cash )?to (?:buy|acquire) (?!back\b|up\b|(?:a |an "
    r"|the |its |their |some |certain |more )?(?:[\d.]+ ?%|minority|portion|part|(?:[\w\-]+ ){0,2}(?:rights|stake"
    r"|shares|royalt|option|licen|interest|assets?|products?|suppl|inventory|business|unit|division|portfolio|equipment"
    r"|facilit|site|plant)))"
    r"|(?:buy|buys|buying|bought) (?:the |a |an )?(?:(?!from\b|of\b|for\b|in\b|with\b|its\b|their\b)[\w\-.]+ ){0,2}?"
    r"(?:biotech|biotechnology company|drugmaker|drug developer|rival|peer|target|startup|start-up|specialist)\b"
    r"(?!['’]|s\b|-| (?:shares|stocks?|stakes?|assets|products|rights|index|sector|funds?)\b)"
    r")\b",
    # (not ways of working merged: "a platform which aims to merge its dry lab approaches with wet labs")
    "merger": r"\b(?:merger of equals|(?:to|will) merge(?! (?:its|their|the) (?:[\w\-]+ ){0,3}?(?:approach|platform"
    r"|capabilit|expertise|data|technolog|lab|strength|skill))|all-stock merger|reverse merger"
    # a merger told as a combination: "the proposed combination of the companies", "an all-stock deal"
    r"|(?:proposed |planned |business )?combination of the (?:two )?companies(?!['’])|business combination"
    r"|all-(?:stock|share) (?:deal|transaction|combination))\b",
    "asset-purchase": r"\b(?:sell(?:s|ing)? off|sold|divest(?:s|ed|iture)?|offload(?:s|ed|ing)?|asset purchase"
    # a drug bought from its owner: "has acquired NB-12, an approved enzyme therapy, from Norvane for $250 million"
    # (not goods bought from a maker: "buys products from X" is supply)
    r"|acquir(?:e|es|ed|ing) (?:the )?(?:[\w\-]+ ){0,2}?(?:[a-z]{1,5}-\d{1,5}|drug|therapy|medicine|brand)\b"
    r"[^.;]{0,80}?\bfrom\b"
    # and told as a noun: "for the acquisition of the best-in-class antihypertensive drug NB-7 from Norvane" (not "the
    # acquisition of drug developer Norvane from Halden": a company)
    r"|acquisition of (?:the |an? |its )?(?:[\w\-]+ ){0,4}?(?:drug|therapy|medicine|candidate|compound|molecule"
    r"|brand)s?\b(?! (?:developer|maker|company|firm|specialist|biotech))[^.;]{0,60}?\bfrom\b"
    # a sale of part of a company: "to sell its rights to a cancer therapy", "sell certain technology"
    r"|sell(?:s|ing)? (?:some |all |part |most )?(?:of )?(?:its |their |certain |a portfolio of )(?:[\w\-]+ ){0,5}?"
    r"(?:rights|assets?|brands?|portfolio|products|drugs|medicines|business(?:es)?|units?|divisions?"
    r"|technolog(?:y|ies)|franchises?)\b(?! in\b)"
    # a business named by what it sells: "is selling the European business of its drug NV-2 to X"
    r"|sell(?:s|ing)? the (?:[\w\-]+ ){0,3}?(?:business(?:es)?|units?|divisions?|operations|franchises?) of\b"
    # a purchase of another company's technology, platform or programmes: "acquired X's toxin technology", "to
    # acquire X's allogeneic cell therapy platform"
    r"|acquir(?:e|es|ed|ing) (?:[\w\-]+ ){0,2}?[\w\-]+['’]s? (?:[\w\-()]+ ){0,4}?"
    r"(?:technolog(?:y|ies)|platforms?|pipeline|candidates?|assets?|programs?|programmes?|portfolio|brands?|products"
    r"|business(?:es)?|units?"
    r"|divisions?|operations)"
    # brands or programmes bought from their owner: "has acquired nine dermatology brands from X"
    r"|(?:acquir(?:e|es|ed|ing)|buys|bought|to buy) (?:(?:a |the )?(?:portfolio|basket|number|range|set) of |\w+ )?"
    r"(?:[\w\-]+ ){0,2}?(?:brands|assets|programs|programmes) from\b"
    # a portfolio of products bought from their owner: "to acquire a portfolio of travel vaccines from X"
    r"|(?:acquir(?:e|es|ed|ing)|buys|bought|to buy) (?:a |the )?(?:portfolio|basket|range) of (?:[\w\-]+ ){0,3}?"
    r"[\w\-]+ from\b"
    # a site bought from its owner: "agreed to acquire the Norvane biologics manufacturing site in Ohio from Kestrel",
    # "buys Norvane plant from Kestrel" (not "to acquire Norvane, which runs a plant in Ohio")
    r"|(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)) (?:the |a |an |its |their )?"
    r"(?:(?!and\b|with\b|from\b)[\w\-.&’']+ ){0,5}?(?:" + PLANT_WORDS + r") (?:[^.;]{0,60}? )?from\b"
    # a site sold, or bought by name: "agreed to sell its Eastport drug substance manufacturing facility",
    # "is selling its Marlow site in Ohio", "will buy the 300,000-square-foot facility"
    r"|(?:sell(?:s|ing)?|to sell) (?:its |their |the |a )(?:(?!and\b|with\b|to\b)[\w\-.,’']+ ){0,5}?(?:"
    + PLANT_WORDS + r")\b"
    r"|(?:acquir(?:e|es|ing)|buy(?:s|ing)?|purchas(?:e|es|ing)) the (?:(?!and\b|with\b)[\w\-.,’']+ ){0,4}?(?:"
    + PLANT_WORDS + r")\b"
    r"|purchase of (?:the )?(?:rights|assets?)|now owns the rights|acquire(?:s|d)? (?:the )?(?:global |worldwide )?"
    r"rights to)\b",
    "royalty-purchase": r"\b(?:royalty (?:interest|monetization|purchase|financing|bonds?)|synthetic royalty"
    # money for a share of the royalties: "will lend up to $180 million in exchange for rights, up to that sum plus
    # interest, to royalty payments from Foo"
    r"|in (?:exchange|return) for (?:the )?rights?\b[^.;]{0,50}?\bto (?:the )?(?:[\w\-]+ ){0,2}?royalt(?:y|ies)"
    # a royalty stream, not one a licensor receives ("receives a royalty stream from X")
    r"|(?<!receives a )(?<!received a )(?<!receive a )(?<!receiving a )royalty stream"
    # a sale of royalty rights: "sold its product royalty rights", "the monetization of X royalties"
    r"|(?:sell|sells|sold|selling) (?:its |their |the |a |some |certain )?(?:[\w\-]+ ){0,3}?royalt(?:y|ies)\b"
    r"|monetiz(?:ation|ing|e[sd]?) of (?:[\w\-]+ ){0,3}?royalt(?:y|ies)"
    r"|acquire[sd]? (?:a |the )?royalt(?:y|ies)"
    # a share of royalties bought: "purchased 50% of the royalties on global sales of NB-3"
    r"|(?:acquir|buy|bought|purchas)\w* (?:[\d.]+ ?%|half|a (?:share|portion)) of (?:the |its |their )?"
    r"(?:[\w\-]+ ){0,2}?royalt(?:y|ies)"
    # royalty rights bought: "agreed to acquire the rights to royalty payments", "buys an interest in royalties"
    r"|(?:acquir|buy|purchas)\w* (?:the |a |an )?(?:economic )?(?:rights|interests?) (?:to|in|on) (?:the |future )?"
    r"(?:[\w\-]+ ){0,2}?royalt(?:y|ies)"
    # future payments on a product's sales bought outright: "a commercial payment purchase agreement"
    r"|(?:commercial|milestone|revenue|sales) payments? purchase (?:agreement|deal)|revenue interest purchase)\b",
    "license": r"\b(?:licen[cs]e[sd]?|licen[cs]ing|in-licen[cs]\w*|out-licen[cs]\w*|sublicen[cs]\w*)\b",
    "option": r"\b(?:option to (?:\w+ )?(?:license|licence|acquire|add|take|exercise|in-license|obtain)"
    # (not the writer's word for a provision: "the deal also has the option for 'single digit' tiered royalties")
    r"|options? (?:to|on|for(?! +(?:(?!licen|right|acqui|exclusiv)[\w\-,]+ +){0,8}?royalt))|opt-in|option agreement"
    r"|(?:licen[cs]e|exclusive|purchase|acquisition) options?"
    # what an option costs names one: "plus double-digit option fees", "option exercise payments"
    r"|option (?:exercise )?(?:fees?|payments?)"
    # a right to buy the partner later: "wins the right to acquire Norvane for $600m", "Wins Right to Buy Norvane"
    r"|" + OPTION_TO_BUY +
    r"|exercis(?:e|es|ed|ing) (?:an? |its |the |their )?(?:\w+ )?options?)\b",
    # ("a licensing and cooperation agreement": the translated word for a collaboration; not "in cooperation with";
    # the headline's "collab" and "join forces": "Kestrel, Norvane join forces on NK cell search")
    "collaboration": r"\b(?:collaborat(?:e|es|ion|ive)|collabs?|partnership|alliance|team(?:s|ed)? up|link(?:s|ed)? up"
    r"|co-?operation (?:agreement|deal|pact|contract)|join(?:s|ed|ing)? forces"
    # a joint venture the parties form: "have formed a 50:50 joint venture to develop cell therapies"
    r"|joint venture)\b",
    "co-development": r"\b(?:co-develop\w*|co-development|jointly develop\w*|joint development)\b",
    # ("for the joint development and commercialization of four compounds")
    "co-commercialization": r"\b(?:co-commerciali[sz]\w*|co-promot\w*|jointly (?:develop and )?"
    r"(?:commerciali[sz]\w*|market|bring (?:it |them )?to market)|joint (?:development and )?commerciali[sz]ation)\b",
    "commercialization": r"\b(?:(?:to|will|exclusive(?: rights)? to) (?:\w+ )?commerciali[sz]e\b|commerciali[sz]ation"
    r" (?:agreement|rights|partner(?:ship)?|deal)|sales rights|distribution (?:agreement|rights)"
    r"|(?:marketing|distribution) rights)\b",
    "manufacturing": r"\b(?:manufacturing (?:agreement|deal|pact|contract|collaboration|partnership|services)"
    r"|contract manufactur\w*|contract development and manufactur\w*|CDMO|CMO"
    # (not what a thing relates to: "assets related to the manufacture, marketing and sale of X"; nor a partner's
    # share of the work: "X will lead manufacturing for clinical development, and Y outside the U.S.")
    r"|(?:will|(?<!related )(?<!relating )(?<!relate )(?<!respect )(?<!regard )(?<!pertaining )to)"
    r" (?!(?:lead|oversee|retain|be responsible for|remain responsible for)\b)(?:provide |perform "
    r"|offer |handle )?(?:the )?(?:[\w\-]+ ){0,3}manufactur\w*|Mfg\.? Pact|contract drug ?makers?"
    r"|long-term commercial manufacturing|produce"
    # a supply deal whose object is making the product: "a supply agreement for the manufacture of X"
    r"|(?:agreement|deal|contract)s? for the (?:commercial |clinical )?manufactur\w*)\b",
    "supply": r"\b(?:supply (?:agreements?|deals?|contracts?)|(?:will|to) supply\b|supplier|transfer price"
    # what the agreement does: "the expanded agreement broadens the supply of X to Y"
    r"|(?:agreement|deal|contract|pact) (?:\w+ ){0,2}?(?:for|covers|covering|broadens|expands|extends|secures"
    r"|ensures|governs) (?:the )?(?:continued |long-term |commercial |clinical )?supply of"
    r"|(?:purchase|buy)s? (?:commercial |clinical )?(?:product|supplies|supply|drug product|drug substance) from)\b",
    "research": r"\b(?:research (?:collaboration|agreement|partnership|alliance|pact|deal|payments|funding)"
    # "a research and licensing pact", "agreed to undertake a joint research programme"
    r"|research (?:and|&) (?:licen[cs]e|licensing|option) (?:collaboration|agreement|partnership|alliance|pact|deal)"
    r"|joint research (?:programmes?|programs?|projects?|collaboration)"
    # ("will launch a new drug discovery project involving the research teams of both parties")
    r"|discovery (?:programs?|programmes?|projects?)|discovery (?:collaboration"
    r"|partnership|alliance|deal)|to discover|(?:centres?|centers?|focus(?:es|ed)?) (?:\w+ )?(?:around|on) research"
    r"|research (?:and|&) development (?:collaboration|agreement|partnership|alliance))\b",
    "equity-investment": r"\b(?:equity investment|equity purchase|purchase of (?:\w+ )?equity|newly issued shares"
    r"|equity stake|stake in|convertible (?:note|loan)"
    r"|invest(?:s|ed|ment)? [^.]{0,30}\bin (?:the )?(?:company|its)\b"
    # shares bought as an investment: "will make a $1m investment in new X shares"
    r"|investment (?:[^.]{0,30}? )?in (?:new |newly[- ]issued )?(?:[\w\-]+ ){0,2}?(?:shares|stock)\b"
    # (a minority of the shares: "to acquire 100% of X" is the company)
    r"|invest(?:s|ed|ing)? (?:[$€£¥]|us\$)[\d.,]+\s?(?:million|billion|mn|bn|m|b)? in\b|(?:acquire|buy|purchase)[sd]? "
    r"[1-4]?\d(?:\.\d+)?% "
    # an investment told by its amount: "will receive an upfront payment of $20M, and an investment of $12M" (not a
    # programme's: "a research investment of $12M"), "$90 million in new Norvane stock"
    r"|(?<!research )(?<!development )(?<!r&d )(?<!capital )\ban (?:equity )?investment of (?:[$€£¥]|us\$)[\d.,]+\s?"
    r"(?:million|billion|mn|bn|m|b)?"
    # (the amount from its digits: the pattern's opening word boundary stands between the currency sign and them)
    r"|(?<=[$€£¥])[\d.,]+\s?(?:million|billion|mn|bn|m|b)? in (?:new |newly[- ]issued )(?:[\w\-]+ ){0,2}?"
    r"(?:shares|stock|equity)\b(?!-)"
    # a minority stake paid for: "agreed to pay £130m to X, which is close to a 10% stake", "buys a 9.9% stake"
    r"|(?:close to|nearly|about|around|roughly|approximately|almost|just under|representing|for|secure[sd]?|tak(?:e|es"
    r"|ing)|took|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)) (?:a |an )?[1-4]?\d(?:\.\d+)? ?% "
    r"(?:equity )?(?:stake|shareholding)\b)\b",
}

# Words one of which each type's pattern needs: a cheap test before the pattern runs.
DEAL_TYPE_STEMS: dict[str, tuple[str, ...]] = {
    "acquisition": ("acqui", "buy", "take", "tender", "merger", "subsidiary", "offer", "private", "purchas", "bidding"),
    "merger": ("merg", "combination", "all-stock", "all-share"),
    "asset-purchase": ("sell", "sold", "divest", "offload", "purchase", "owns", "acqui", "buy", "bought"),
    "royalty-purchase": ("royalt", "payment purchase", "payments purchase", "revenue interest"),
    "license": ("licen",),
    "option": ("option", "opt-in", "right to"),
    "collaboration": ("collab", "partnership", "alliance", "team", "link", "operation", "forces", "joint venture"),
    "co-development": ("co-develop", "jointly", "joint development"),
    "co-commercialization": ("co-commerc", "co-promot", "jointly", "joint "),
    "commercialization": ("commerciali", "sales rights", "distribution", "marketing rights"),
    "manufacturing": ("manufactur", "cdmo", "cmo", "mfg", "produce", "contract drug"),
    "supply": ("suppl", "transfer price", "purchase", "buy"),
    "research": ("research", "discover"),
    "equity-investment": ("equity", "shares", "stake", "convertible", "invest", "stock", "%"),
}

# When a phrase names the purpose of a collaboration ("manufacturing collaboration"), the purpose
# is the type and "collaboration" is only the word for it.
COLLABORATION_QUALIFIERS = r"(?:manufacturing|supply|commercial manufacturing|distribution)"

# --- parties --------------------------------------------------------------------------------

NATIONALITIES = (
    r"American|US|U\.S\.|UK|U\.K\.|British|English|French|German|Swiss|Dutch|Belgian|Danish|Swedish|Norwegian"
    r"|Finnish|Irish|Italian|Spanish|Austrian|Israeli|Canadian|Australian|Chinese|China-based|Japanese|Japan's"
    r"|Korean|South Korean|Korea-based|Indian|Taiwanese|Singaporean|Hong Kong|European|Asian|Brazilian|Polish"
    r"|Hungarian|Czech|Scottish|Welsh|Boston-based|San Diego-based|Cambridge-based|Shanghai-based|Beijing-based"
    r"|Massachusetts-based|California-based|New York-based|Paris-based|London-based|Basel-based|Tokyo-based"
    r"|[A-Z][a-z]+-based|[A-Z][a-z]+-headquartered|Big Pharma|Swiss pharmaceutical giant"
)

# Capitalised words that begin sentences or name things other than companies.
# A nation's people, which the trade press calls a company by ("the Danes will receive ..."): the place each is of.
DEMONYMS: dict[str, str] = {
    "danes": "denmark", "swedes": "sweden", "brits": "uk", "germans": "germany", "americans": "us", "finns": "finland",
    "norwegians": "norway", "israelis": "israel", "canadians": "canada", "australians": "australia",
    "koreans": "korea", "italians": "italy", "spaniards": "spain", "belgians": "belgium",
}  # fmt: skip

# The nouns after a person's name in the possessive that make it a disease's name, not a company's ("Parkinson's
# disease", "Hodgkin's lymphoma", "Sjögren's syndrome"): one word each, matched after the possessive.
DISEASE_EPONYM_NOUNS = (
    r"disease|diseases|syndrome|syndromes|sarcoma|lymphoma|ataxia|palsy|an(?:a)?emia|dystrophy|chorea|thyroiditis"
    r"|macroglobulinemia|encephalopathy"
)

NOT_COMPANY_WORDS: frozenset[str] = frozenset(
    {
        *DEMONYMS,
        "the", "a", "an", "under", "as", "in", "on", "at", "by", "for", "with", "and", "or", "of", "to", "from",
        "this", "that", "these", "those", "it", "its", "their", "our", "we", "they", "he", "she", "his", "her",
        "both", "each", "all", "new", "today", "yesterday", "also", "additionally", "meanwhile", "separately",
        "however", "according", "following", "after", "before", "through", "via", "per", "phase", "dr",
        "mr", "ms", "prof", "professor", "ceo", "cfo", "cso", "cmo", "president", "chairman", "chief",
        "executive", "officer", "head", "vice", "senior", "director", "said", "says", "announced",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "breaking", "news", "image", "photo", "source", "read", "more", "click", "here", "update", "image:",
        "fda", "ema", "nmpa", "pmda", "chmp", "nda", "bla", "ind", "maa", "sec", "nasdaq", "nyse", "hkex",
        "lse", "tse", "euronext", "otc", "rttnews", "dpa-afx", "business", "wire", "businesswire", "prnewswire",
        "globenewswire", "reuters", "bloomberg", "fierce", "endpoints", "biotech", "pharma", "car", "car-t",
        "car t", "nk", "adc", "adcs", "tcr", "mrna", "rna", "dna", "sirna", "aso", "glp-1", "pd-1", "pd-l1",
        "united", "states", "china", "japan", "korea", "europe", "germany", "france", "switzerland", "uk",
        "us", "u.s.", "usa", "asia", "india", "canada", "chinese", "japanese", "korean", "danish", "swedish",
        "swiss", "german", "french", "british", "american", "dutch", "belgian", "italian", "spanish", "irish",
        "israeli", "canadian", "australian", "indian", "taiwanese", "european", "norwegian", "finnish",
        "austrian", "boston", "cambridge", "london", "paris", "basel",
        "tokyo", "shanghai", "beijing", "hong", "kong", "mainland", "north", "south", "east", "west",
        "global", "worldwide", "international", "strategic", "exclusive", "license", "licence", "agreement",
        "collaboration", "partnership", "deal", "pact", "option", "research", "development", "drug",
        "therapeutics", "therapy", "therapies", "cancer", "oncology", "disease", "diseases", "inc", "ltd",
        "breakthrough", "orphan", "priority", "regenerative", "medicine", "advanced", "designation",
        "chimeric", "antigen", "receptor", "cell", "cells", "gmp", "qc", "r&d", "ip", "api", "cro", "cdmo",
        "keep", "subscribe", "please", "not", "latest", "article", "from:", "ipo", "mfg",
        "t-cell", "t-cells", "b-cell", "nk-cell", "develop", "commercialize", "commercialise", "advance", "accelerate",
        "expand", "bring", "create", "discover", "evaluate", "explore", "manufacture", "produce", "supply",
        "co-develop", "treat", "boost", "strengthen", "launch", "build", "deliver", "enable", "support",
        "pharmas", "biotechs", "big", "two", "three", "four", "five", "shareholders", "stockholders", "holders",
        "share", "shares", "directors", "board", "boards",
        "note", "item", "section", "exhibit", "schedule",  # a filing's headings: "Note 6 – License Agreement"
        "announcement", "announcements", "notice", "circular",  # "Announcement on the signing of ..."
        "merger", "mergers", "acquisition", "acquisitions",  # "the Merger Agreement"
    }
)  # fmt: skip

# Verbs that title-case headlines capitalise, so that they run into the name before them ("Merck
# Returns One Drug", "Kestrel Bags Rights"): a name run ends before one. Third-person forms of the
# verbs of deal and pipeline news that are never the last word of a company's name.
HEADLINE_VERBS: frozenset[str] = frozenset(
    {
        "returns", "licenses", "licences", "acquires", "buys", "sells", "inks", "signs", "bags", "nabs", "snags",
        "snaps", "lands", "wins", "secures", "gets", "gains", "pays", "hands", "gives", "takes", "adds", "drops",
        "ends", "cuts", "scraps", "axes", "dumps", "expands", "extends", "strikes", "seals", "forges", "pens",
        "taps", "enlists", "joins", "enters", "forms", "teams", "bets", "doubles", "offloads", "divests", "spins",
        "sheds", "halts", "pulls", "suffers", "unveils", "launches", "completes", "closes", "agrees", "announces",
        "reports", "raises", "files", "wraps", "boosts", "grabs", "picks", "ups", "pumps", "commits", "invests",
        "licenses-in", "in-licenses", "out-licenses", "reclaims", "regains", "walks", "exits", "terminates",
    }
)  # fmt: skip
# A counterparty the news does not name, in a title-case headline's capitals: "with Major Pharma Partner",
# "Undisclosed Pharma Company" (its first word says it is unnamed, its last what it is)
UNNAMED_PARTY_FIRST: frozenset[str] = frozenset(
    {"major", "leading", "undisclosed", "unnamed", "unidentified", "large", "top", "global", "big"}
)
UNNAMED_PARTY_LAST: frozenset[str] = frozenset(
    {"partner", "partners", "customer", "customers", "client", "clients", "company", "companies", "player"}
)
# Adverbs a title-case headline puts between the name and its verb ("Kestrel Further Extends Collaboration", "Norvane
# Also Signs"): no part of the name either
HEADLINE_ADVERBS: frozenset[str] = frozenset(
    {"further", "also", "again", "now", "finally", "officially", "formally", "quietly", "once", "still", "today"}
)

# Words that begin a capitalised run without being part of the name that follows
# ("Under the deal, Kestrel ...", "Today Kestrel ...", "Develop Efinopegdutide" in a title-case headline,
# "CEO of Kestrel").
LEADING_NOISE: frozenset[str] = frozenset(
    {
        "drugmaker",  # "US Drugmaker Deciphera" in a title-case headline
        "the", "a", "an", "under", "as", "in", "on", "at", "by", "for", "with", "and", "or", "of", "to", "from",
        "this", "that", "these", "those", "it", "its", "their", "our", "we", "they", "he", "she", "his", "her",
        "both", "each", "all", "today", "yesterday", "also", "additionally", "meanwhile", "separately", "however",
        "according", "following", "after", "before", "through", "via", "per", "dr", "mr", "ms", "prof", "said",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "breaking", "news", "image", "photo", "source", "update", "image:", "price", "action:", "shares",
        "develop", "commercialize", "commercialise", "advance", "accelerate", "expand", "bring", "create",
        "discover", "evaluate", "explore", "manufacture", "produce", "supply", "co-develop", "treat", "boost",
        "strengthen", "launch", "build", "deliver", "enable", "support", "denmark's", "japan's", "china's",
        "korea's", "france's", "germany's", "switzerland's", "sweden's", "denmark’s", "japan’s", "china’s",
        "korea’s", "france’s", "germany’s", "switzerland’s", "sweden’s", "should", "if", "when", "once",
        "would", "could", "while", "whereas", "brief", "brief—", "exclusive:", "update:", "big",
        "ceo", "cfo", "coo", "cso", "cmo", "founder", "co-founder", "chairman", "president", "chief",
        "cdmo", "cro",  # "CDMO Ostrinpharma says it has a deal to buy ...": what the company is, before its name
        "recently", "previously", "earlier", "lately",  # "Recently, Kestrel Co., Ltd. signed ..."
        "now", "then", "finally", "instead", "likewise", "similarly", "next",  # "Now Kestrel is joining the pack"
    }
)  # fmt: skip

# Trade press, newswires and news agencies that report deals: the outlet is never a party ("told Fierce
# Biotech in an interview"). From the outlets of the labelled articles and the wires that carry releases.
PRESS_OUTLETS: frozenset[str] = frozenset(
    {
        "fierce biotech", "fiercebiotech", "fierce pharma", "fiercepharma", "endpoints news", "endpoints",
        "biospace", "stat news", "stat", "reuters", "bloomberg", "biocentury", "scrip", "pink sheet",
        "evaluate vantage", "pharmatimes", "pharmaceutical technology", "biopharma dive", "the pharma letter",
        "pharma letter", "in vivo", "nature biotechnology", "nature reviews drug discovery", "c&en",
        "chemical & engineering news", "business wire", "businesswire", "pr newswire", "prnewswire",
        "globe newswire", "globenewswire", "accesswire", "yonhap", "yonhap news agency", "korea biomedical review",
        "korea herald", "korea times", "korea economic daily", "businesskorea", "the korea economic daily",
        "nikkei", "nikkei asia", "xinhua", "caixin", "south china morning post", "scmp", "alliance news",
        "rttnews", "marketwatch", "dow jones", "financial times", "wall street journal", "seeking alpha",
        "benzinga", "zacks", "bioworld", "genetic engineering & biotechnology news", "labiotech",
        "european pharmaceutical review", "pmlive", "pharmaphorum", "medcity news", "xconomy", "techcrunch",
        "biopharm international", "pharmashots", "dealforma", "the economic times", "economic times",
        "pulse", "mk pulse", "the wall street journal", "the financial times", "ft", "wsj", "cnbc", "axios",
        "zhitong finance", "zhitong finance app", "zhitong caijing", "gelonghui", "yicai", "sina finance",
        "china securities journal", "securities times", "21st century business herald", "the edge", "mint",
    }
)  # fmt: skip

# Openings of a sentence's leading clause that tells of other or earlier deals ("As if collaborations
# with X, Y and Z weren't enough, ...", "Fresh off its deal with X, ...", "Building on the programs gained through
# the acquisition of X, ..."): the companies named in it
# up to its comma are not this deal's parties. Matched case-insensitively at the start of a sentence.
OTHER_DEALS_CLAUSE = (
    r"(?:as if|after|following|fresh (?:off|from)|(?:hot )?on the heels of|besides|beyond|on top of"
    r"|in addition to|like|unlike|having|building on|buoyed by|bolstered by"  # "Building on the ADCs it gained
    # through the acquisition of X, ..."
    r"|(?:[\w\-]+ ){0,5}?(?:days?|weeks?|months?|years?) (?:after|since)"
    r"|a (?:day|week|month|year) after|just (?:days?|weeks?|months?) after)\b"
)

# A clause after the news that dates another deal by it ("Tavistock bets $60M on Rivenne's antibody, months after
# ADC pact with Ostrava", "..., on the heels of its $1bn Kestrel deal"): what it names is that deal's product.
# (also without a comma when an adverb says how soon: "... with Norvane just after signing a contract with Halden",
# ", just a few months after its $4.9 billion purchase of Brightwater,")
OTHER_DEAL_AFTER_CLAUSE = (
    r"(?:,\s*|\s[-–—]\s*|\s(?=(?:just|only|shortly|soon|right) after\b))"
    r"(?:(?:just |only |barely )?(?:(?:a few |\w+ |a )?(?:days?|weeks?|months?|years?) (?:after|since)"
    r"|(?:hot )?on the heels of|fresh (?:off|from))|(?:just|only|shortly|soon|right) after)"
    r"\b(?:[^,;.]|\.(?=\d))*?\b(?:deal|pact|agreement|licen[cs]e|collaboration|partnership|tie-?up|buyout"
    r"|acquisition|alliance|takeover|contract|purchase|merger)s?\b[^,;]*"
)
# Words one of which a text holds wherever `OTHER_DEAL_AFTER_CLAUSE` matches: a cheap test before the pattern runs.
OTHER_DEAL_AFTER_WORDS: tuple[str, ...] = ("after", "since", "heels", "fresh")

# An adviser's verb and the deal it advised on: "law firm X has advised Kestrel in connection with the acquisition of
# Norvane", "X has guided Kestrel and Halden on their $300M acquisition of royalty interest from Norvane". The verb's
# subject tells of the deal and signs nothing; its objects, the clients, sign. (Not "Kestrel was advised by X".)
ADVISER_VERBS = r"advis(?:ed|es)|guid(?:ed|es)|counsel(?:l?ed|s)|represent(?:ed|s)|assist(?:ed|s)"
# what follows the clients: the deal advised on, within a few words ("on their USD 300 million acquisition")
ADVISED_ON = (
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s(?:on|in\sconnection\swith|with\s(?:respect|regard)\sto|regarding|in\srelation\sto"
    r"|in)\s(?:[^.;]|\.(?=\d)){0,70}?\b(?:acquisition|merger|sale|purchase|licen[cs]ing|divestiture|takeover|buyout"
    r"|deal|agreement|transaction|collaboration|partnership)s?\b"
)
# Words one of which a text holds wherever `ADVISER_VERBS` matches: a cheap test before the pattern runs.
ADVISER_WORDS: tuple[str, ...] = ("advis", "guid", "counsel", "represent", "assist")

# Capitalised nouns that begin the name of an asset, not of a company, when "of", "to", "in" or "for"
# follows ("Portfolio of Travel Vaccines", "Rights to Xyz"): such a run names what is sold or licensed
# ("Royalty Partners" and "Pipeline Therapeutics" are companies).
ASSET_NOUNS: frozenset[str] = frozenset(
    {
        "portfolio", "portfolios", "rights", "assets", "asset", "business", "businesses", "stake", "stakes",
        "shares", "programs", "programmes", "program", "programme", "pipeline", "franchise", "royalties",
        "royalty", "interest", "interests", "license", "licence", "licenses", "option", "options", "unit",
        "division", "operations", "facility", "plant", "site", "brand", "brands",
    }
)  # fmt: skip
# Capitalised nouns that end the name of an asset, not of a company ("Primary Care Product Assets", "Canadian
# Portfolio", "Oncology Franchise"): a run that ends in one names what is sold or licensed, unless the registry knows
# it (royalty, stake and unit words are left out: "HealthCare Royalty" and "Kestrel Holdings" are companies).
ASSET_TAIL_NOUNS: frozenset[str] = frozenset(
    {
        "assets", "asset", "portfolio", "portfolios", "rights", "franchise", "franchises", "pipeline", "programs",
        "programmes", "business", "businesses", "products", "interest", "interests", "stake", "stakes",
    }
)  # fmt: skip

# Words that name a company formed only to carry out a merger or a purchase ("Island Merger Sub, Inc.", "Nautilus
# Holdco", "Kestrel BidCo"): the vehicle of a party, never a party itself. Matched case-insensitively on whole words.
MERGER_VEHICLE_WORDS = (
    r"Merger\s?Sub(?:sidiary)?|Merger\s?Co|Hold\s?Co|Bid\s?Co|Acquisition\s?Sub(?:sidiary)?|Acquireco|Purchaser\s?Sub"
)
# Words of a vehicle's name that say so only with the appositive that makes it a subsidiary ("Kestrel Acquisition
# Corp., a wholly owned subsidiary of Kestrel Pharma"): a special-purpose acquisition company without one is a party.
VEHICLE_NAME_WORDS = r"Acquisition|Merger|Purchaser|Purchase|Offeror|Bidder"

COMPANY_WORDS = (
    r"Pharma|Pharmaceuticals?|Therapeutics|Biosciences?|Bioscience|Biotech|Biotechnology|Biologics|Bio|BioMed"
    r"|Biomedical|Biopharma|Biopharmaceuticals?|Medicines?|Medical|Sciences|Health|Healthcare|Labs|Laboratories"
    r"|Laboratoires|Laboratorios|Laboratorien|Pharmaceutique|Farma|Pharmazeutika"
    r"|Genetics|Genomics|Oncology|Immunotherapeutics|Immunotherapies|Vaccines|Holdings|Group|Technologies"
    r"|Diagnostics|Capital|Partners|Ventures|Fund|Funds|Investors|Therapies|Pharmaceutical Industries|Life Sciences"
    r"|Biotherapeutics|Biotechnologies|Biosystems|Biolabs|Biomedicines|Biosolutions"
)

LEGAL_SUFFIXES = (
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.,? ?Ltd\.?|Co\.|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|AG|SE|S\.A\.?"
    r"|SA|N\.V\.?|NV|B\.V\.?|BV|GmbH|K\.K\.|KK|S\.p\.A\.|SpA|AB|A/S|ASA|Oy|Oyj|Pty Ltd|Pte Ltd|S\.A\.S\.|SAS"
    r"|KGaA|& Co\. KGaA|Holdings Limited|Holdings|and Company|& Company|& Co\.?"
    r"|Public Ltd\.? Co\.?|Public Limited Company|Public Company Limited"
)

