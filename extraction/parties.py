"""Who signed the deal.

Rules:
- Parties are read from the deal's own sentences only: the headline (also a round-up's that names a deal by its
  price and partner: "X deals thrice, ending week with $449M Y tie up"), the article's first sentence when it
  speaks of a deal (with an aside dating another deal blanked), then the sentences that announce the deal; a
  company named elsewhere in the story is mentioned in passing, not a party. Once the headline has named two
  companies, a later sentence adds a new one only beside them in its subject list ("X, Y and Z have entered
  ...") or as the partner of both ("X and Y have entered a collaboration with Z"), not from its other slots (",
  with milestones from Z").
- In such a sentence a party stands in a slot: the subject list before the deal verb ("Sanofi, RadioMedix and Orano Med
  have entered ..."), or after `with`, `from`, `acquire`, `pay`, `to` (after a selling or licensing verb), `between`, `a
  stake in`, `acquisition of`; a purchase or a sale in the progressive is one too ("X buying Y for $5bn", "is selling
  its unit to Y"), and so is the developer of what the deal licenses ("rights to an ADC developed by China's Y").
  Descriptors in front of a name ("French pharmaceutical research firm Servier", "China-based", "fellow US firm",
  "Deal-hungry", "cancer drug developer": "drug" before a company noun, not before the drug bought) are skipped;
  appositives after it (", a leading developer of ...") are not names; exchange tickers in brackets are dropped. A
  preposition glued to the name after it in scraped text ("an agreement withSandoz") is its slot. A conjunction between
  two names that each say they are a company joins two companies ("between X Pharmaceutical and Y Bio"). A possessive in
  front of a name is not part of it: a place's ("South Korea's X Group") is dropped, so is a company whose partner is
  named ("from Ostrin's partner Tamsin" names Tamsin); a company's ("Roche's Genentech") leaves the unit, named as the
  parent when the registry says they are one company; when what follows is no company ("GSK's Antibiotics Business") the
  owner is the party. "X, the generics arm of Y" folds X into Y when Y is also a party, and a name with its spelling in
  brackets ("NJCTTQ (Nanjing Chiatai Tianqing)") is one party. A filing's defined term for a company ('Jiangtai Bio Co.,
  Ltd. (the "Company")', '("Licensor")') is that company wherever the filing uses it ("the Company entered into ...");
  its term for what is no company ('the transaction contemplated by the Agreement (the "Transaction")') is never a
  party, and a filing's heading names the document after the legal form ("X Inc. Asset Purchase Agreement" names X
  Inc.). A company's old and new names ("X Limited, now called Y Limited", "Y, formerly known as X") are one party,
  named by the new one.
- Never a party: a nation's people ("the Danes will receive", read by the roles as the party of that place), a place of
  incorporation ("Ireland-incorporated X" names X), an outlet or newswire ("told Fierce Biotech"), the source a sentence
  cites when its main clause names two signers of its own ("According to X App, Y and Z have signed ...", also after a
  bracketed headline that opens the sentence: "[Y: obtains a licence] According to X Data, Y and Z ..."), a disease
  named after a person ("a new Parkinson's disease therapy candidate"), a company word alone ("the Group"), a place
  alone ("Nanjing, China-based ..."), an asset phrase ("Portfolio of Travel Vaccines", "Primary Care Product Assets"), a
  brand ("NORVEX®"), a filing's word for a side it never names ("entered into the License Agreement with the Licensor"),
  a filing's heading word ("Note 6 – License Agreement", "Announcement on the signing of ..."), an adverb that opens the
  sentence ("Recently, X Co., Ltd. signed"), a legal form alone ("Inc."), a person ("Dr. X", "X, M.D., is", "X (left),
  co-founder of Y": neither X nor Y signs; but a company word after the honorific names a company: "Dr Reddy's
  Laboratories"); a title-case headline's verb or preposition ends the name before it ("Merck Returns One Drug", "...
  With X For NB-7"); who backs a company is not its name ("Novo-backed X") nor a party ("a new company launched by
  Brightpine Capital"); several words in capitals that do not say they are a company are a heading ("ENTERING INTO AN
  EXCLUSIVE LICENSE"), however often the filing repeats them. Nor is a company formed to carry out the merger, its
  buyer's vehicle: its name says so ("Island Merger Sub, Inc.", "Nautilus Holdco"), or a purchase word in it does with
  an appositive that makes it a subsidiary ("Kestrel Acquisition Corp., a wholly owned subsidiary of Kestrel"; a
  special-purpose acquisition company is a party); the company it merges into is read in its slot ("merged with and into
  Norvane").
- Where the main clause's subject is no company, the subject of a clause after "as", "while" or "now that" whose verb
  signs a deal is a subject ("The ADC dealmaking trend has seen yet another example as X has signed a licencing
  agreement with Y").
- A priced deal is named after the other side ("secures $750M Gilead deal"). In a subject chunk a
  lower-case word that is no descriptor starts a clause, whose names are not subjects ("Kymera
  suffers Sanofi setback but secures ...", "..., revealing that Sanofi is pulling back"); drug codes
  and targets ("IRAK4", also with a Greek letter: "PI3Kα", "TGF-β") are no names.
- Who tells of another company's deal is no party: in "Halden IP announced Friday that drug
  discovery company Ostrin has entered into a collaboration with Quillon" the that-clause's subject
  signs, not the reporter; nor is a company's kin in its appositive ("X, an entity affiliated with Y,"). An adviser
  tells of its clients' deal the same way: in "law firm X has advised Y in connection with the acquisition of Z" or
  "X has guided investment firm Y and asset manager W on their $300M acquisition of royalty interest from Z" the
  adviser's verb (`ADVISER_VERBS`) is followed by its clients and the deal advised on; the clients sign, not X.
  A conjunction the slot read as one name ("between Norvane and Tamsin") is two parties when the
  story names each alone.
- The parent of a company bought sells it and is a party beside it ("to acquire all the stock of X, the
  over-the-counter subsidiary of fellow Japan-based company Y", "to buy the pharmaceutical subsidiary of Y, X, which
  ...", "a controlling stake in X ... with Y, the parent company of X"; a majority stake is the company bought); a
  unit bought does not sign for its parent.
- A name's own words: a company word in lower case after a group's initials ("SK bioscience said"; not before
  another name: "with KP biotech Norvane"), a nationality before an institution ("the Indian Institute of Chemical
  Technology"). A headline's clause before a semicolon tells another item ("X prunes three drugs; Y in-licenses ear
  drug"): its subject is not the verb's after it.
- The units a buyer acquires of a seller are parties beside it ("acquire Corvid Holdings (CH) subsidiaries Ilex
  Pharmaceutical and Marrow Pharma"), and a company bought keeps its own name though the registry knows it as a unit of
  its buyer since ("Kestrel ... to acquire the USA's Brightwell"); a name before what is bought of it ("buys the Y
  manufacturing site from Z") owns the thing bought and is no company bought, and a unit's name there signs for its
  parent named beside it.
- Companies of other or earlier deals are set aside: those in a leading clause about other deals up
  to its comma ("As if collaborations with X, Y and Z weren't enough, ... this time with W"; kept when
  the main clause names no partner of its own: "Two months after a deal with X, Merck is back with
  another", unless the clause says that deal failed: "two years after X's deal to purchase Y fell
  through"), those in a slot of the past perfect ("a drug it had licensed from X"), and the company of the
  assets' own earlier deal ("candidates covered by a collaboration with X", "already partnered with X"), and the
  partners listed as a company's track record ("has racked up big-name partnerships, including with X and French
  giant Y": a plural deal noun and a listing word before the slot).
- A slot's party may be described before it is named, after a colon ("teamed with a little known startup that has
  yet to announce a Series A: New York-based X"); a place of several words before "-based" is no part of a name.
- Fewer than two parties in those slots: the story up to two sentences after its first deal
  sentence ("... after signing a deal with Novartis" in a scene-setting lead) is read for names in
  their slots, then for any name that says it is a company.
- A name counts when the company registry knows it (as one company, or as a name of several: "Merck"),
  or it carries a company word or legal form
  (Bio, Pharma, Therapeutics, Inc., GmbH ...), or it recurs in the article: a one-off capitalised
  phrase ("Allogeneic CAR T-cell") is not a company. Text that names no company ("$$$ 12bn upfront
  lorem") has no parties: `find_parties` returns an empty list, and a deal needs a named party.
- Spellings of one company (a parenthetical short name, a subsidiary that signs for its parent,
  a legal form, a first word the story uses for a longer name: "Crestline" of "Crestline Royalty Partners",
  unless the registry knows two companies) fold into one party through the company registry and fuzzy
  grouping; the party's name is the fullest clean form that starts like the first one, the registry's name
  when that form is it plus descriptors ("Novartis Pharma AG" -> "Novartis"), a ticker or abbreviation ("BMS"), or a
  name only its legal form tells apart ("Merck KGaA"). A registry spelling of a party's company that the story
  writes before a form of it in brackets ("Brightwell Pharmaceuticals Plc. (BWP)") is one of its forms, for the roles.
- A party named by a name of several companies ("Merck": Merck & Co. or Merck KGaA) is the company its
  other forms name ("MSD"), else the one the article names (`extraction.companies.context`: "Rahway",
  "known as MSD outside the United States and Canada", "Darmstadt", "EMD Serono"), and is named after it;
  when the article does not say, it keeps its name, with the companies it may be (`Party.candidates`).
- What each party does in the deal (its role) is read by `extraction.roles`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from extraction.biology import INDICATIONS
from extraction.caching import per_sentence
from extraction.companies import CompanyRegistry, group_names, is_company_name, is_place, normalize
from extraction.companies.context import Ambiguous, resolve_in_text
from extraction.companies.legal_forms import GENERIC_WORDS
from extraction.companies.registry import is_big_pharma
from extraction.products import looks_like_drug_name
from extraction.text import Sentence, fold, folded_pattern
from extraction.vocabulary import (
    ADVISED_ON,
    ADVISER_VERBS,
    ADVISER_WORDS,
    ASSET_NOUNS,
    ASSET_TAIL_NOUNS,
    BUSINESS_LINE_WORDS,
    COMPANY_WORDS,
    DISEASE_EPONYM_NOUNS,
    HEADLINE_ADVERBS,
    HEADLINE_VERBS,
    LEADING_NOISE,
    LEGAL_SUFFIXES,
    MERGER_VEHICLE_WORDS,
    NATIONALITIES,
    NOT_COMPANY_WORDS,
    OTHER_DEALS_CLAUSE,
    PLANT_WORDS,
    PRESS_OUTLETS,
    UNNAMED_PARTY_FIRST,
    UNNAMED_PARTY_LAST,
    VEHICLE_NAME_WORDS,
)

_TOKEN = r"(?:[A-Z][\w'’\-.&+]*|\d+[A-Za-z][\w'’\-.&+]*|[a-z]+[A-Z][\w\-]*|[a-z]{1,3}(?=[A-Z0-9]))"
_CONNECTOR = r"(?:\s(?:&|and|de|of|für|fur|du|la)\s(?=[A-Z]))"
_NAME_RUN = re.compile(rf"(?<![\w'’])(?=[\w])(?:{_TOKEN})(?:(?:\s|{_CONNECTOR}){_TOKEN})*")
_LEGAL_TAIL = re.compile(rf"^,?\s*(?:{LEGAL_SUFFIXES})(?=$|[\s,;:)(])", re.UNICODE)
_TICKER = re.compile(r"^(?:[A-Z][A-Za-z .]*:\s*[\w.]+|[A-Z]{2,6}(?:\.[A-Z]{1,2})?)(?:,\s*[A-Z]{2,6}(?:\.["
                     r"A-Z]{1,2})?)*$")
_COMPANY_WORD = re.compile(rf"\b(?:{COMPANY_WORDS})\b", re.IGNORECASE)  # "KOREA PHARMA CO.,LTD"
# a Reuters instrument code: the ticker, a share class in lower case, a dot and the exchange ("KSTLb.CO", "1234.T")
_RIC = re.compile(r"[A-Z0-9]{1,6}[a-z]?\.[A-Z]{1,2}[A-Z]?")
_LEGAL_WORD = re.compile(rf"(?:^|\s)(?:{LEGAL_SUFFIXES})$")
_DESCRIPTOR = re.compile(rf"^(?:(?:{NATIONALITIES})\s+)+")
_POSSESSIVE = re.compile(r"['’]s?$")
# what a company does, as a title-case headline writes it before the name: "Gene Editor X", "Cancer Drug Developer X"
_TRADE_NOUNS = frozenset(
    {"editor", "editors", "developer", "developers", "maker", "makers", "specialist", "drugmaker", "startup",
     "start-up"}
)
_SOURCE_TAG = re.compile(
    r"^\s*(?:[A-Z][A-Z .,]{2,40}\s*)?\([\w\- .]{2,30}\)\s*[-–—]+\s*"
    r"|^[^()]{0,120}?[-–—]{1,2}\s*\(?(?:BUSINESS WIRE|PR ?Newswire|PRNewswire|GLOBE NEWSWIRE|GlobeNewswire|ACCESSWIRE"
    r"|Business Wire)\)?\s*[-–—]{1,2}\s*"
    r"|^[A-Z][A-Za-z .,'&]{2,60}?[-–—]{2,}\s*",
    re.IGNORECASE,
)

# Deal verbs that end the subject list of a deal sentence (case-insensitive: headlines capitalise).
_SUBJECT_VERB = folded_pattern(
    r"\s(?=[A-Za-z])(?:(?:have|has|had|will|to|today|jointly|also|officially|formally|finally|recently)\s+)*"
    r"(?:announce[sd]?|enter(?:s|ed)?|sign(?:s|ed)?|ink(?:s|ed)?|agree[sd]?|partner(?:s|ed)?|team(?:s|ed)?"
    r"|link(?:s|ed)?|expand(?:s|ed)?|forge[sd]?|strike[s]?|struck|seal(?:s|ed)?|form(?:s|ed)?|unveil(?:s|ed)?"
    r"|license[sd]?|licence[sd]?|in-license[sd]?|acquire[sd]?|buy[s]?|bought|said|says|reported|is|are"
    # the progressive of a purchase or a sale, as headlines write it: "X buying Y for $5bn", "X selling unit to Y"
    r"|buying|selling|purchasing"
    r"|will|grant(?:s|ed)?|gain(?:s|ed)?|join(?:s|ed)?|collaborate[sd]?|close[sd]?|complete[sd]?"
    r"|has|have|launch(?:es|ed)?|extend(?:s|ed)?|amend(?:s|ed)?|restructure[sd]?|sell[s]?|sold"
    r"|pay[s]?|paid|take[s]?|took|snap[s]?|nab[s]?|bag[s]?|tap[s]?|tapped|enlist[s]?|enlisted"
    r"|receive[sd]?|obtain(?:s|ed)?|secure[sd]?|execute[sd]?|reach(?:es|ed)?|make[s]?|made"
    # the trade press's headline verbs: "X bets big on Y", "X grabs Y's ADC", "X pens pact with Y"
    # (not the idioms "shakes hands", "changes hands")
    r"|bet[s]?|wager(?:s|ed)?|deals|grab(?:s|bed)?|snag(?:s|ged)?|(?<!shake )(?<!shakes )(?<!change )(?<!changes )hands"
    r"|handed|swallow(?:s|ed)?|pen(?:s|ned)?"
    r"|cash(?:es|ed)? in|unite[sd]?|scoop(?:s|ed)?|gobble[sd]?|swoop(?:s|ed)?|land(?:s|ed)?|net(?:s|ted)?)\b"
)
# Matched on folded text; after "to" a lower-case word in the original ("licensed rights to develop") is no name.
_OBJECT_SLOT = folded_pattern(
    r"\b(?:with|from|between|acquire|acquires|acquired by|acquiring|buy|buys|buying|purchasing|bought by|pay|pays"
    r"|paying"
    r"|acquisition of|takeover of|purchase of"
    # the developer of what the deal licenses or buys: "rights to an antibody developed by China's Norvane"
    r"|(?:developed|discovered|originated|invented) by"
    r"|grant|grants|granted|granting|tap|taps|tapped|tapping|enlist|enlists|enlisted|enlisting"
    r"|(?P<to>(?:sell|sells|sold|selling|licen[cs]e[sd]?|licen[cs]ing|offload|divest)\b(?:(?!\bwith\b)[^.,;]){0,100}?\b(?<!according\s)to)"
    r"|(?:million|billion|bn|m|payments?|fees?|plus)\s+for|stakes? in|shares (?:in|of))\s+"
)
_LOWER_WORD_AHEAD = re.compile(r"[a-z]+ ")
# "acquire X (XT) subsidiaries Y and Z": the units of the company in the slot
_UNITS_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:['’]s?\s+)?(?:subsidiaries|subsidiary|units?|affiliates?)\s+(?=[A-Z])"
)
# "buy the pharmaceutical subsidiary of X, Y": the unit's word before its parent, and the comma that names the unit
_UNIT_OF_BEFORE = re.compile(r"\b(?:subsidiary|unit|arm|division|business|affiliate)\sof\s(?:the\s)?$")
_NAMED_AFTER = re.compile(r",\s+(?=[A-Z])")
# "acquire a controlling / 60% stake in": a purchase of the company
_STAKE_BOUGHT = re.compile(
    r"\b(?:acquir\w*|buy\w*|bought|purchas\w*)\s(?:an?\s|the\s)?"
    r"(?:controlling|majority|(?:[5-9]\d|100)(?:\.\d+)?\s?(?:%|percent|per\scent))\s$"
)
# a company's name before what is bought of it, written without a possessive: "the Kestrel manufacturing site"
_ASSET_AFTER = re.compile(rf"\s+(?:[a-z][\w\-]*\s+){{0,4}}?(?:{PLANT_WORDS}|{BUSINESS_LINE_WORDS})\b")
_PURCHASE_SLOT = re.compile(r"acquire|acquires|acquiring|buy|buys|purchasing|acquisition of|takeover of|purchase of")
# Words that may stand between a slot and the name ("with French pharmaceutical research firm Servier").
_DESCRIPTOR_WORD = re.compile(
    r"(?:a|an|the|its|their|fellow|rival|partner|long-?time|longtime|privately[- ]held|publicly[- ]traded|listed"
    r"|clinical[- ]stage|commercial[- ]stage|late[- ]stage|early[- ]stage|biotech(?:nology)?|biopharma(?:ceutical)?"
    r"|pharma(?:ceutical)?|drug(?:maker)?|drugmaker|developer|company|firm|group|outfit|startup|start-up|specialist"
    r"|player|giant|major|maker|manufacturer|research|medical|medicines?|life[- ]sciences?|cell|gene|therapy|therapies"
    r"|therapeutics|oncology|immunology|vaccine|antibody|rna|mrna|care|eye|health(?:care)?|cdmo|cmo|contract|services?"
    r"|provider|innovator|leader|unit|subsidiary|arm|division|affiliate|spinout|spin-?off|based|focused|[\w\-]+-based"
    r"|[\w\-]+-focu?sed|[\w\-]+-stage|emerging|leading|global|small|big|mid-?size|specialty|integrated|fully"
    r"|private|public|new|young|upstart|peer|neighbor|neighbour|compatriot|local|domestic)\s+"
)
# an institution whose name a nationality begins: "Indian Institute of Chemical Technology", "Korean Academy of ..."
_INSTITUTION = re.compile(
    r"(?:Institutes?|Universit(?:y|ies)|Academy|Council|Agency|Society|Association|Foundation|Cent(?:er|re)"
    r"|Hospital|College)\b"
)
_ONLY_LEGAL = re.compile(rf"(?:(?:{LEGAL_SUFFIXES})[\s,]*)+")
# Between a slot word and a name, lower-case words describe the company ("grant Danish diabetes care giant
# Novo Nordisk"), unless they start a phrase of their own ("acquire a royalty interest in X").
_LOWER_WORD = re.compile(r"([a-z][a-z\-]*)\s+")
_NOT_DESCRIPTOR = frozenset(
    {
        "in", "of", "on", "for", "from", "to", "by", "at", "into", "over", "under", "about", "and", "or", "with",
        "interest", "interests", "rights", "right", "stake", "stakes", "shares", "share", "royalty", "royalties",
        "assets", "asset", "license", "licence", "licenses", "option", "options", "payment", "payments", "upfront",
        "milestone", "milestones", "up", "worth", "portfolio", "program", "programs", "candidate", "product",
        "products", "drug", "drugs", "technology", "platform", "is", "are", "was", "were", "will", "would", "has",
        "have", "had", "be", "been", "develop", "commercialize", "commercialise", "use", "access", "certain",
    }
)  # fmt: skip
# a compound adjective that opens a sentence before a name ("Deal-hungry Kestrel", "Cash-rich Norvane"): the trade
# press's epithet, no word of the name (a name's own hyphen is followed by a capital: "Bristol-Myers", "Kelun-Biotech")
_EPITHET = re.compile(r"[A-Z][a-z]+-[a-z]{3,}")
# "drug" before the trade press's noun for a company describes it ("buy cancer drug developer Norvane"), where
# before a name it is the thing bought ("buy drug NB-1 from")
_DRUG_COMPANY = re.compile(r"(?:developer|maker|company|firm|startup|start-up|specialist|discovery\s+company)\s+")
# "Boston-based", "Novo-backed", "Pfizer-partnered": where a company is or who stands behind it
_BASED = re.compile(
    r"[A-Z][\w.]*-(?:based|headquartered|incorporated|registered|domiciled|listed|born|backed|owned|partnered|funded"
    r"|controlled|led)"
)
# "with affiliates of Marrow Royalty Fund II", "acquired by funds managed by Carlyle"
_OF_PHRASE = re.compile(
    r"(?:an? |its |the )?(?:affiliates?|subsidiar(?:y|ies)|units?|divisions?|arm) of\s+"
    r"|funds? (?:managed|advised) by\s+"
)
_WIRE_PREFIX = re.compile(r"^(?:BRIEF|UPDATE\s?\d?|EXCLUSIVE|CORRECTED|REFILE|PRESS RELEASE)\s*[-—:]\s*", re.IGNORECASE)
_WORDS = re.compile(r"[\w-]+")
# drug codes ("ABC-123") and targets ("IRAK4", "HER2")
_CODE_LIKE = re.compile(
    r"^[A-Z]{1,6}[- ]?\d{2,7}(?:-[A-Z0-9]{1,3})?$|^[A-Z]{2,6}\d[A-Z]?$"
    # a gene or protein symbol written with its Greek letter: "PI3Kα", "TGF-β", "HIF-2α", "ERRγ"
    r"|^[A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*[α-ωΑ-Ω]$"
)
_APPOSITIVE_START = re.compile(r"^(?:[a-z]+(?:-[a-z]+)*(?=[\s,;]|$)|[a-z]+-(?:based|owned|stage|focused)\b)")
# (a title-case headline's "And" too: "Kestrel Pharma And Norvane Announce ...", not one name's "Johnson And Johnson")
_CHUNK_SPLIT = re.compile(r",\s+|\s+and\s+|\s+And\s+(?=[A-Z])|;\s+")
_SAME_WORD_AND = re.compile(r"\b([A-Z][a-z]+) And (?=\1\b)")
# A deal spoken of in the article's first sentence (read for parties even when it also tells of the past).
_DEAL_CUE = folded_pattern(
    r"\b(?:agreements?|deals?|collaborat\w*|partnership|licen[cs]\w*|acqui\w*|merger|offer|alliance|pact"
    r"|tie-?up|buy\w*|purchase\w*|stake)\b"
)
_GENERIC_NAME_WORD = re.compile(
    rf"(?:{COMPANY_WORDS}|{LEGAL_SUFFIXES}|Hospital|Hospitals|Foundation|University|Institute|Center|Centre"
    r"|Research|Clinic)",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof)\.?\s")
# after a person's name: a degree, or an office in a company ("Jane Roe (left), co-founder of X")
_PERSON_AFTER = re.compile(
    r"""\s*(?:\([^()]{0,40}\)\s*)?,\s*
    (?:M\.D\.|Ph\.D\.|MD\b|PhD\b|MBA\b|Pharm\.D\.
      |(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,2}?(?:CEO|CFO|COO|CSO|CMO|chief|president|founder|co-founder
        |chair\w*|head|director|vice|partner\s+at|professor)\b)""",
    re.VERBOSE,
)
_AND = frozenset({"and", "And", "&"})
# "SK bioscience said ...", "GC biopharma to acquire": a company word in lower case after a group's initials is its
# name's (not before another name: "with KP biotech Norvane")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_LOWER_COMPANY_WORD = re.compile(rf"\s((?i:{COMPANY_WORDS}))\b(?!\s+[A-Z])")
# the possessive and noun after a name that make it a disease's: "Parkinson's disease", "Hodgkin's lymphoma"
_DISEASE_EPONYM = re.compile(rf"['’]s?\s+(?:{DISEASE_EPONYM_NOUNS})\b", re.IGNORECASE)
# a slot's preposition glued to the name after it in scraped text ("an agreement withSandoz"); its empty `to` group
# says it is no "to" slot
_GLUED_SLOT = re.compile(r"(?<![A-Za-z])(?:with|from|between)(?P<to>)(?=[A-Z][a-z])")
_GLUED_SLOT_CUE = re.compile(r"(?:with|from|between)[A-Z]")
# a headline in square brackets at the head of a sentence: "[Kestrel: obtains a licence for NB-1] According to ..."
_BRACKETED_HEAD = re.compile(r"\[[^\[\]]{10,300}\]\s+(?=[A-Z])")
# a news sentence's source, up to its comma: "According to Halden News, ..."
_ATTRIBUTION = re.compile(r"\s*(?:according\sto|as\sreported\sby|citing)\s[^,;]{1,80},", re.IGNORECASE)
_NOT_SIGNERS = frozenset({"aside", "reporter", "earlier", "vehicle"})
# A company formed to carry out a merger ("Island Merger Sub, Inc.", "Nautilus Holdco"): a party's vehicle
_VEHICLE = re.compile(rf"(?<![\w-])(?:{MERGER_VEHICLE_WORDS})(?![\w-])", re.IGNORECASE)
# "Kestrel Acquisition Corp., a Delaware corporation and a direct, wholly owned subsidiary of Kestrel": a name with a
# purchase word made a subsidiary by its appositive
_VEHICLE_WORD = re.compile(rf"\b(?:{VEHICLE_NAME_WORDS})\b")
_SUBSIDIARY_AFTER = re.compile(
    rf"\s*(?:,?\s*(?:{LEGAL_SUFFIXES}))?\s*(?:\([^()]{{0,40}}\)\s*)?"  # its legal form and defined term
    r",\s(?:an?\s(?:[\w\-]+\s){0,3}?(?:corporation|company|entity)\s(?:and\s)?)?"  # "a Delaware corporation and"
    r"(?:an?\s|the\s|its\s)?(?:(?:direct|indirect|newly[\s-]formed|newly[\s-]created|special[\s-]purpose),?\s)*"
    r"(?:wholly[\s-]owned\s)?subsidiary\sof\b"  # "a direct, wholly owned subsidiary of"
)
# a company a party formed for the deal, as its appositive says: "its acquisition by Vantor Limited, Kestrel Inc.'s
# newly formed subsidiary" (its parent's vehicle whatever its name; not a NewCo that signs: "Orrery Therapeutics, a
# newly formed company")
_NEWLY_FORMED_AFTER = re.compile(
    rf"\s*(?:,?\s*(?:{LEGAL_SUFFIXES}))?\.?,\s"  # its legal form
    r"(?:[A-Z][\w.&\-]*\s){0,3}?[A-Z][\w.&\-]*['’]s\s"  # its parent: "Kestrel Inc.'s"
    r"(?:newly[\s-](?:formed|created)|special[\s-]purpose)\s(?:private\s|acquisition\s|wholly[\s-]owned\s)?"
    r"(?:firm|company|subsidiary|entity|vehicle)\b"
)
# a deal that failed: "X's deal to purchase Y fell through"
_FAILED = re.compile(
    r"\b(?:fell|falls|fall(?:ing)?)\s+(?:through|apart)|collapsed|\bwas\s+(?:terminated|scrapped|abandoned"
    r"|called\s+off|blocked)|\bfailed\b"
)
# "an entity affiliated with X": a company's kin, not its partner
_AFFILIATED = re.compile(r"\b(?:affiliated|associated|connected)\s+$")
# a reporter and its that-clause: "X announced Friday that Y has entered ..."
_REPORTING_VERB = re.compile(r"announced|said|says|reported|disclosed")
_REPORTED_THAT = re.compile(r"\s+(?:(?:today|on\s+\w+|\w+day|\w+\s+\d{1,2})\s+)?that\s+")
# a company's track record of deals, listed before the slot: "has racked up big-name partnerships, including with X
# and Y" (X and Y are its earlier partners, not this deal's)
_TRACK_RECORD = re.compile(
    r"\b(?:partnerships|collaborations|deals|alliances|pacts|agreements|tie-?ups|licen[cs]es|partners)\b"  # plural
    r",?\s(?:[\w\-]+\s){0,3}?(?:including|such\sas|notably|among\sthem|among\sothers|like)\s$"  # a listing word
)
# a nationality after a conjunction describes the next name: "with Kestrel's Norvane and French giant Halden"
_NATIONALITY_AFTER_AND = re.compile(rf"\s(?:and|&)\s(?:{NATIONALITIES})$")
# a slot's party described before it is named, after a colon: "teamed with a little known startup that has yet to
# announce a Series A: New York-based Norvane" (a description of a company: an article and a company noun first)
_DESCRIBED_THEN_NAMED = re.compile(
    r"(?:an?|the)\s(?:[\w\-]+\s){0,3}?(?:startup|start-up|upstart|biotech|company|firm|drugmaker|developer|player"
    r"|outfit|partner|newcomer)\b[^.;:()\x00]{0,100}:\s+"
)
# a clause that opens with a conjunction and a company: "... another example as Norvane has signed ..." (the
# names up to the clause's verb; not "after" and "since", which date other deals)
_CLAUSE_OPENER = re.compile(r"\b(?:as|while|now\sthat)\s+(?=[A-Z][^,;:()]{0,80}$)")
# verbs that say nothing of a deal by themselves: "X is", "X has", "X said"
_WEAK_VERBS = frozenset({"is", "are", "will", "has", "have", "said", "says", "reported"})
# an adviser's note of a deal: "law firm X has advised Y in connection with the acquisition of Z": X, before the verb,
# tells of the deal; Y, its client, signs
_ADVISES = folded_pattern(rf"\b(?:(?:has|have|had|also|successfully)\s+)*(?:{ADVISER_VERBS})\s+(?!by\b)")
_ADVISED_ON = folded_pattern(ADVISED_ON)
_CLIENTS_GO_ON = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)")
# a client's trade before its name, which the slot's descriptors may not skip: "asset manager Halden Capital"
_CLIENT_TRADE = re.compile(
    r"(?:an?\s|the\s)?(?:[a-z][\w\-]*\s){0,3}?(?:firm|manager|company|group|investor|fund|bank|house|giant|major"
    r"|drugmaker|biotech)\s+(?=[A-Z])"
)
_TITLE_WORDS = frozenset(
    {"For", "With", "To", "From", "In", "On", "At", "By", "Into", "Over", "After", "As", "Regarding", "Concerning",
     "Involving"}
)
_INNER_POSSESSIVE = re.compile(r"\w['’]s$|s['’]$")
# "Sandoz, the generics and biosimilars arm of Novartis", "Vitalli Bio, a subsidiary of Aditum Bio"
_UNIT_OF = re.compile(
    rf"""(?P<unit>{_TOKEN}(?:\s{_TOKEN}){{0,4}})        # the unit's name
    ,\s(?:an?|the|its)\s(?:[\w\-]+\s){{0,6}}?            # an appositive: "the generics and biosimilars"
    (?:arm|unit|subsidiary|division|affiliate|member|business|spin-?off)\sof\s(?:the\s)?
    (?:(?:fellow|rival|parent|[A-Z][\w\-]*-based|[A-Z][a-z]+['’]s|company|group|firm|drugmaker|conglomerate)\s){{0,3}}
    # (descriptors of the parent: "fellow Japan-based company", "Japan's")
    (?P<parent>{_TOKEN}(?:\s{_TOKEN}){{0,4}})            # the parent's name""",
    re.VERBOSE,
)
# "$750M Gilead deal", "€1.2bn Kestrel pact": a deal named after the company on the other side
_PRICED_DEAL = re.compile(
    rf"""(?:US\$|\$|€|£|¥|USD\s?|EUR\s?)\d[\d.,]*\s?(?:[MmBb]n?|million|billion|bn)?\s   # the price
    (?P<name>{_TOKEN}(?:\s{_TOKEN}){{0,3}})\s                                           # the company
    (?:deal|pact|agreement|collaboration|partnership|alliance|tie[- ]?up|buyout|takeover|licensing|license
      |licence|acquisition|contract|bet)\b""",
    re.VERBOSE,
)
_DESCRIBING = re.compile(r"(?:the|a|an|its|[a-z]+-(?:based|owned|stage|focused))\b")
# "a drug it had licensed from X", "which had partnered with X": the past perfect, within one clause
_PAST_PERFECT = re.compile(r"\bhad\s[^,;.]*$")
# an asset's own earlier deal: "three of the assets are candidates covered by a collaboration with X", "a drug
# already partnered with X"
_ASSETS_EARLIER_DEAL = re.compile(
    r"\b(?:covered\sby|already\s(?:partnered|licensed))\s(?:(?:an?|the|its|their|existing|earlier|prior|separate)\s)*"
    r"(?:[\w\-]+\s){0,3}?(?:(?:collaboration|agreement|licen[cs]e|partnership|alliance|deal)s?\s)?(?:with|to)\s*$"
)
_LIST_GOES_ON = re.compile(rf"\s*{_TOKEN}(?:\s{_TOKEN}){{0,3}}(?:\s*,|\s+(?:and|or)\s)")
_OTHER_DEALS_CLAUSE = folded_pattern(OTHER_DEALS_CLAUSE)
_CHUNK_GLUE = frozenset({"the", "a", "an", "of", "and", "its", "their", "to", "de", "la", "du"})
# "NJCTTQ (Nanjing Chiatai Tianqing)", "Kestrel Pharma (Kestrel)": one company, two spellings
_BRACKET_OPEN = re.compile(r"(?<=\s)\((?=[A-Z])")
_PLACE_AFTER_COMMA = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=[\s.,;:)]|$)")  # "Colorado", "North Carolina"
_ADVERBS_AT_END = re.compile(rf"(?:\s+(?:{'|'.join(sorted(HEADLINE_ADVERBS))}))+\s*$", re.IGNORECASE)
# a short form defined in quotes after a name and its tickers: 'Kestrel Healthcare Trust (TSX: KHT.UN) (TSX: KHT.U)
# ("Kestrel Healthcare")'
_SHORT_TERM_AFTER_TICKERS = re.compile(
    rf"(?P<name>{_TOKEN}(?:\s{_TOKEN}){{0,4}})\s+(?:\([A-Z][A-Za-z .]*:\s*[\w.]+\)\s*){{1,3}}"
    r"\([\"“]\s*(?P<short>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s*[\"”]\)"
)
_UNIT_WORD = re.compile(
    r"\b(?:arm|unit|subsidiary|division|affiliate|member|business|spin-?off|parent(?:\s(?:company|group|firm))?)\sof\b"
)
# "KLH's wholly-owned subsidiary The Norvane Bio-Tech (Shanghai) Co., Ltd. (Norvane Biotech)": the unit after its
# parent's possessive, with the short form it is given in brackets
_POSSESSIVE_UNIT = re.compile(
    rf"(?P<parent>{_TOKEN}(?:\s{_TOKEN}){{0,4}})['’]s\s"  # the parent, possessive
    r"(?:\((?:[A-Z]+:\s?)?[A-Z0-9.]{1,8}\)\s){0,3}"  # its tickers: "(OTCPK:KSTLY) (OTCPK:KSTLF)"
    r"(?:(?:wholly[\s-]owned|indirect|direct|fully[\s-]owned|majority[\s-]owned),?\s)*"  # how it owns the unit
    r"(?:subsidiary|unit|affiliate|arm|division)\s"
    rf"(?P<unit>{_TOKEN}(?:\s{_TOKEN}|\s\([^()]{{1,40}}\)){{0,6}})"  # the unit, a place in brackets maybe
    rf"(?:,?\s(?:{LEGAL_SUFFIXES}))?"  # its legal form
    rf"(?:\s\((?P<short>{_TOKEN}(?:\s{_TOKEN}){{0,3}})\))?"  # its short form
)
# "the Klocke Group, the parent company of IDT Biologika": the parent named first
_PARENT_OF = re.compile(
    rf"""(?P<parent>{_TOKEN}(?:\s{_TOKEN}){{0,4}})          # the parent's name
    ,\s(?:the|its)\s(?:(?:controlling|majority|former)\s)?parent(?:\s(?:company|group|firm))?\sof\s(?:the\s)?
    (?P<unit>{_TOKEN}(?:\s{_TOKEN}){{0,4}})              # the unit's name""",
    re.VERBOSE,
)
_CONJUNCTION = re.compile(r"\s(?:and|&)\s")
# A filing's defined term for a party, in brackets after its name: '(the "Company")', '(“Licensor”)'
_ROLE_TERMS = frozenset(
    {"Company", "Issuer", "Licensor", "Licensee", "Purchaser", "Buyer", "Seller", "Vendor", "Offeror", "Acquirer",
     "Target"}
)  # fmt: skip
_DEFINED_TERM = re.compile(
    r"\((?P<the>the\s+|hereinafter\s+(?:the\s+)?|together\s+the\s+)?[\"“]\s*(?P<term>"
    + "|".join(sorted(_ROLE_TERMS))
    + r")\s*[\"”]"
)
# Any defined term in brackets: '(the "Transaction")', '("VIBATIV" or the "Product")'
_ANY_DEFINED_TERM = re.compile(
    r"\((?:the\s+|each\s+a\s+|collectively\s+(?:the\s+)?|[^()\"“”]{0,30}?\s+or\s+the\s+)?[\"“]\s*"
    r"(?P<term>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s*[\"”]\s*\)"
)
_TICKERS_BEFORE = re.compile(r"(?:\s*\([A-Z][A-Za-z .\-]*:\s*[\w.]+\))+\s*$")
_NAME_BEFORE = re.compile(rf"(?:{_TOKEN})(?:(?:\s|{_CONNECTOR}){_TOKEN})*(?:,?\s*(?:{LEGAL_SUFFIXES}))*\s*$")
# a company named as another's partner: "from Ostrin Bio's partner Tamsin Pharma"
_PARTNER_OF = re.compile(r"\s+(?:(?:long-?time|Chinese|Japanese|Korean|US|U\.S\.|European)\s+)?(?:partner|collaborator"
                         r"|licensee|licensor)\s+(?=[A-Z])")
# who stands behind a company named in its appositive: "a newly formed company launched by Brightpine Capital"
_BACKER_BEFORE = re.compile(
    r"\b(?:launched|backed|founded|formed|created|incubated|seeded|funded|financed|owned|controlled|managed|led"
    r"|spun out|spun off|carved out) (?:by|of|from)\s+(?:[a-z\-]+\s+){0,2}$"
)
_PROTECT = re.compile(rf",\s*(?={LEGAL_SUFFIXES}(?:$|[\s,;:)(]))|\s+(?=and Company\b)|\s+(?=& Co\b)")


@dataclass
class _Candidate:
    text: str
    sentence: int
    position: int
    alternative: str = ""  # the name read with its capitalised descriptor ("Swedish Orphan Biovitrum")
    slot: str = "object"  # "subject": in the list before the deal verb; "object": after a slot word; "unit": a
    # unit bought of the company in the slot ("acquire X subsidiaries Y and Z"); "aside": another deal's or a kin;
    # "reporter": who tells of others' deal ("X announced that Y has entered ..."); "earlier": the company of the
    # assets' earlier deal ("candidates covered by a collaboration with Z")
    owner: str = ""  # "Roche" of "Roche's Genentech", "GSK" of "GSK's Antibiotics Business"
    bought: bool = False  # in the slot of a purchase: "to acquire X", "the acquisition of X"


def find_parties(
    deal_sentences: Sequence[Sentence],
    all_sentences: Sequence[Sentence],
    full_text: str,
    registry: CompanyRegistry,
) -> list[PartyGroup]:
    """The parties' name groups, in the order the headline and the deal sentences name them; an empty
    list when no real company stands in them ("$$$ 12bn upfront lorem"): a deal needs a named party."""
    candidates: list[_Candidate] = []
    headline: list[_Candidate] = []
    last = max((s.index for s in deal_sentences), default=0) + 2
    units = _units([s for s in all_sentences if s.index <= last])
    keys = _Keys(registry, units)
    defined = _defined_terms(full_text) if "(" in full_text else {}
    things = _thing_terms(full_text) if "(\"" in full_text or "(the" in full_text else frozenset()
    # a filing's word for a side it never names ("entered into the License Agreements with the Licensor")
    things |= _ROLE_TERMS - defined.keys()
    reading = _reading_order(deal_sentences, all_sentences)
    for sentence in reading:
        found = []
        for c in names_in_sentence(sentence):
            if c.slot in _NOT_SIGNERS or c.text in things:
                continue  # "the Transaction": a filing's word for the deal
            c.text = defined[c.text][0] if c.text in defined else c.text
            if c.alternative and registry.resolve(c.alternative) is not None:
                c.text = c.alternative
            if c.owner and not _is_company(c.text, full_text, registry):
                c.text = c.owner  # "to acquire GSK's Cephalosporin Antibiotics Business": the owner sells
            elif c.owner and _same_company(c.owner, c.text, registry):
                c.text = c.owner  # "Roche's Genentech": the unit signs for its parent
            elif _ASSET_AFTER.match(sentence.text, c.position + len(c.text)):
                # "buys the Tamsin manufacturing site from Halvard": the unit's site, its parent named beside it
                parent = registry.resolve(c.text)
                if parent is not None and parent.canonical != c.text and parent.canonical in sentence.text:
                    c.text = parent.canonical
            if _is_company(c.text, full_text, registry):
                found.append(c)
        # known companies that write their names in lower case ("bluebird bio"), which no capitalised run finds
        if any(name in sentence.text for name in registry.lowercase_names()):
            found += [
                _Candidate(m.text, sentence.index, m.start, slot="subject")
                for m in registry.find_mentions(sentence.text)
                if m.text[:1].islower() and " " in m.text.strip()
            ]
        if sentence.is_headline:
            headline += found
        elif _count(headline, keys) >= 2:
            found = _after_headline(found, headline, keys)
        candidates.extend(found)
        if _count(candidates, keys) >= 2 and not sentence.is_headline:
            break
    if _count(candidates, keys) < 2 and deal_sentences:
        # "Four months after gene editing company X took ..., Y has secured the rights": a party named
        # outside the slots of the deal sentences, before the first of them or in the two after it
        first = next((s for s in deal_sentences if not s.is_headline), deal_sentences[0])
        lead = [s for s in all_sentences if not s.is_headline and s.index <= first.index + 2]
        for sentence in lead:
            # first the names in its slots ("Abpro, located in Woburn, will receive ..."), then any
            # name that says it is a company
            slotted = names_in_sentence(sentence)
            for c in slotted:
                c.text = defined[c.text][0] if c.text in defined else c.text
            candidates += [
                c for c in slotted
                if c.slot not in _NOT_SIGNERS and c.text not in things and _is_company(c.text, full_text, registry)
            ]
            aside = {c.text for c in slotted if c.slot in _NOT_SIGNERS}
            failed = _failed_deal_clause_end(sentence.text)
            for m in _NAME_RUN.finditer(sentence.text, failed):
                owner, name = _owner_and_owned(_clean_run(_with_legal_tail(sentence.text, m.start(), m.group(0))))
                if owner and not is_named_company(name, registry):
                    name = owner  # "rights to Norvane Bio's NB-1"
                if _BACKER_BEFORE.search(sentence.text, max(0, m.start() - 40), m.start()):
                    continue  # "a new company launched by Brightpine Capital": who backs a party signs nothing
                if name in aside or name in things:
                    continue
                if is_named_company(name, registry) and not looks_like_drug_name(name) and not _is_vehicle(
                    name, sentence.text, m.start() + len(m.group(0))
                ):
                    candidates.append(_Candidate(name, sentence.index, m.start()))
            if _count(candidates, keys) >= 2:
                break
    candidates = _without_joined_pairs(candidates, full_text, registry)
    if not candidates:
        return []
    bought = {c.text for c in candidates if c.bought}
    groups = _fold_units(_merge_short_forms(_group(candidates, registry), registry), units, keys, bought)
    if bought and units:
        groups = _with_sellers(groups, units, keys, bought, full_text, registry)
    if "now " in full_text or "formerly " in full_text or "renamed " in full_text:
        groups = _fold_renamed(groups, full_text)
    _settle_shared_names(groups, full_text, registry)
    _add_fuller_forms(groups, full_text, registry)
    _add_short_forms(groups, registry)
    _add_known_spellings(groups, full_text, registry)
    for name, in_use in defined.values():
        group = next((g for g in groups if name in g.forms), None)
        if group is not None and in_use not in group.forms:
            group.forms.append(in_use)  # "the Company granted Shenqiao ...", "Licensor will receive": for the roles
    for full, short in _short_forms_after_tickers(full_text):
        group = next((g for g in groups if full in g.forms), None)
        if group is not None and short not in group.forms:
            group.forms.append(short)  # for the roles, which mark a party by its forms
    for group in groups:
        group.big_pharma = is_big_pharma(registry, group.name)
    return groups


# a company's old and new names: "Aliquot Holdings Limited, now called Tamsin Limited", "Tamsin Bio, formerly
# known as Ostrin Bio"
_NOW_CALLED = re.compile(
    rf"(?P<old>{_TOKEN}(?:(?:\s|{_CONNECTOR}){_TOKEN})*)\s*,\s*(?:which\s+is\s+|since\s+)?(?:now\s+(?:called|named"
    rf"|known\s+as|renamed)|renamed)\s+(?P<new>{_TOKEN}(?:(?:\s|{_CONNECTOR}){_TOKEN})*)"
    rf"|(?P<new2>{_TOKEN}(?:(?:\s|{_CONNECTOR}){_TOKEN})*)\s*(?:,\s*|\(\s*)(?:formerly|previously)\s+(?:known\s+as\s+"
    rf"|called\s+|named\s+)?(?P<old2>{_TOKEN}(?:(?:\s|{_CONNECTOR}){_TOKEN})*)"
)

# the words one of which every match of `_NOW_CALLED` holds: a cheap test before that pattern, which tries every
# run of capitalised words
_MAY_BE_RENAMED = re.compile(r"now\s+(?:called|named|known\s+as|renamed)|renamed|formerly|previously")


def _fold_renamed(groups: list[PartyGroup], full_text: str) -> list[PartyGroup]:
    """A company named by its old and its new name is one party, named by the new one: "Aliquot Holdings
    Limited, now called Tamsin Limited" (the old name a form of it)."""
    if _MAY_BE_RENAMED.search(full_text) is None:
        return groups
    for m in _NOW_CALLED.finditer(full_text):
        old = _clean_run(m.group("old") or m.group("old2"))
        new = _clean_run(m.group("new") or m.group("new2"))
        if not old or not new or old == new:
            continue
        was = next((g for g in groups if old in g.forms or g.name == old), None)
        now = next((g for g in groups if new in g.forms or g.name == new), None)
        if was is None or was is now:
            continue
        if now is None:
            was.forms.append(new)
            was.name = normalize(new).display or new
            continue
        now.forms += [f for f in was.forms if f not in now.forms]
        now.first = min(now.first, was.first)
        groups = [g for g in groups if g is not was]
    return groups


def _settle_shared_names(groups: list[PartyGroup], full_text: str, registry: CompanyRegistry) -> None:
    """A party named by a name of several companies ("Merck") is the one its other forms name ("MSD"),
    else the one the article names (`extraction.companies.context`: "Rahway", "Darmstadt"), and takes
    that company's name; when the article does not say, it keeps its name with the companies it may be."""
    for group in groups:
        if registry.resolve(group.name) is not None:
            continue
        told = {r.entity_id: r for f in group.forms if (r := registry.resolve(f)) is not None}
        if len(told) > 1:
            continue
        found = next(iter(told.values())) if told else resolve_in_text(group.name, full_text, registry)
        if isinstance(found, Ambiguous):
            group.candidates = tuple(c.canonical for c in found.candidates)
        elif found is not None:
            if group.name not in group.forms:
                group.forms.append(group.name)
            written = [
                f for f in group.forms
                if registry.resolve(f) is not None and group.name.startswith((normalize(f).display or f) + " ")
            ]
            if told and found.canonical not in full_text and written:
                # the company under the name the story knows it by: "Ostrin Kasei" of a story from before it was
                # renamed, though its longer form "Ostrin Kasei Kogyo" is unknown
                group.name = normalize(written[0]).display or written[0]
            else:
                group.name = found.canonical


def _merge_short_forms(groups: list[PartyGroup], registry: CompanyRegistry) -> list[PartyGroup]:
    """A one-word name that is the first word of another party's name is that party's short form ("Crestline" after
    "Crestline Royalty Partners"), unless the registry knows them as two companies ("Merck", "Merck KGaA")."""
    out: list[PartyGroup] = []
    for group in groups:
        other = next(
            (
                g for g in out
                if (_short_form_of(g, group) or _short_form_of(group, g))
                and not _known_apart(g.name, group.name, registry)
            ),
            None,
        )
        if other is None:
            out.append(group)
            continue
        if _short_form_of(other, group):
            other.name = group.name  # the short form came first: the fuller name names the party
        other.forms += [f for f in group.forms if f not in other.forms]
    return out


def _short_form_of(short: PartyGroup, full: PartyGroup) -> bool:
    """Every form of `short` is one word that begins a longer form of `full`."""
    return all(" " not in f for f in short.forms) and all(
        any(g.split()[0] == f and " " in g for g in full.forms) for f in short.forms
    )


def _known_apart(a: str, b: str, registry: CompanyRegistry) -> bool:
    found_a, found_b = registry.resolve(a), registry.resolve(b)
    return found_a is not None and found_b is not None and found_a.entity_id != found_b.entity_id


def _defined_terms(text: str) -> dict[str, tuple[str, str]]:
    """A filing's defined terms for its parties, as the name finder reads them, with the company and the term as
    the filing uses it: 'Jiangtai Bio Co., Ltd. (the "Company")' -> {"Company": ("Jiangtai Bio Co., Ltd.", "the
    Company")}. The first definition of a term stands."""
    out: dict[str, tuple[str, str]] = {}
    for m in _DEFINED_TERM.finditer(text):
        term = m.group("term")
        before = _NAME_BEFORE.search(text, max(0, m.start() - 120), m.start())
        name = _clean_run(before.group(0)) if before is not None else ""
        if term not in out and name and name != term and _says_company(name):
            out[term] = (name, f"the {term}" if m.group("the") and "the" in m.group("the") else term)
    return out


def _thing_terms(text: str) -> frozenset[str]:
    """A filing's defined terms for what is no company: 'the transaction contemplated by the Agreement (the
    "Transaction")' -> {"Transaction"}; a term defined after a company's name ('Kestrel Pharma Inc. ("Kestrel")',
    'Kestrel Research AS ("Kestrel")') is that company's."""
    out: set[str] = set()
    for m in _ANY_DEFINED_TERM.finditer(text):
        # (past the tickers between: 'Kestrel (Nasdaq: KSTL) ("Kestrel")')
        tickers = _TICKERS_BEFORE.search(text, max(0, m.start() - 80), m.start())
        end = tickers.start() if tickers is not None else m.start()
        before = _NAME_BEFORE.search(text, max(0, end - 120), end)
        name = _clean_run(before.group(0)) if before is not None else ""
        term = m.group("term")
        if not name or not (_says_company(name) or name.split()[0] == term.split()[0]):
            out.add(term)  # (a company's short form starts like its name: 'Kestrel Research AS ("Kestrel")')
    return frozenset(out)


def _add_fuller_forms(groups: list[PartyGroup], full_text: str, registry: CompanyRegistry) -> None:
    """A party the deal sentences name by one word ("Kestrel can receive ...") takes the fuller name the
    story writes elsewhere with a company word ("Don't stop Kestrel Therapeutics now")."""
    for group in groups:
        if " " in group.name or registry.resolve(group.name) is not None:
            continue
        # (on its own line: not a headline's last word with the next line's first, "... in Norvane\n\nKestrel Pharma")
        fuller = re.search(rf"\b{re.escape(group.name)}((?:[ \t]+[A-Z][\w\-]*){{1,2}})", full_text)
        if fuller is None or not _COMPANY_WORD.search(fuller.group(1)):
            continue
        words = fuller.group(1).split()
        while words and not _COMPANY_WORD.fullmatch(words[-1]):
            words.pop()  # "Kestrel Therapeutics Now": up to the last company word
        if words:
            form = f"{group.name} {' '.join(words)}"
            group.forms.append(form)
            group.name = _display_name([group.name, form])


def _units(sentences: Sequence[Sentence]) -> list[tuple[str, str]]:
    """(unit, parent) pairs the sentences state: "Sandoz, the generics arm of Novartis"; and
    (short, full) pairs of a name and its spelling in brackets: "NJCTTQ (Nanjing Chiatai Tianqing)"."""
    pairs = []
    for sentence in sentences:
        text = sentence.text
        for word in _UNIT_WORD.finditer(sentence.folded):
            # the regular expression runs from the name before the comma, a few words back
            m = _UNIT_OF.search(text, max(0, word.start() - 140), word.end() + 80)
            if m is None:
                m = _PARENT_OF.search(text, max(0, word.start() - 80), word.end() + 80)
            if m is not None:
                unit, parent = _clean_run(m.group("unit")), _clean_run(m.group("parent"))
                if unit and parent:
                    pairs.append((unit, parent))
        for m in _POSSESSIVE_UNIT.finditer(text) if "’s " in text or "'s " in text else ():
            # (without the place in brackets and the legal form's first word: "Norvane Bio-Tech (Shanghai) Co.")
            unit = _clean_run(re.sub(r"\s*\([^()]*\)|,?\s+Co\.?$", "", m.group("unit")))
            parent = _clean_run(m.group("parent"))
            if unit and parent:
                pairs.append((unit, parent))
                if m.group("short"):
                    pairs.append((m.group("short"), parent))
        for bracket in _BRACKET_OPEN.finditer(text):
            inner = _NAME_RUN.match(text, bracket.end())
            if inner is None or text[inner.end() : inner.end() + 1] != ")":
                continue
            before = text[max(0, bracket.start() - 80) : bracket.start()].split()
            outer: list[str] = []
            while before and before[-1][:1].isupper() and len(outer) < 5:
                outer.insert(0, before.pop())
            short, full = _clean_run(" ".join(outer)), _clean_run(inner.group(0))
            # (not a place in brackets: "Norvane Bio-Tech (Shanghai) Co., Ltd.")
            if short and full and not _ONLY_LEGAL.fullmatch(full) and not is_place(full):
                pairs.append((short, full) if short.isupper() else (full, short))
        pairs += _short_forms_after_tickers(text)
    return pairs


def _short_forms_after_tickers(text: str) -> list[tuple[str, str]]:
    """(name, short form) of each short form defined in quotes after a name and its tickers, that starts as the name
    does: 'Kestrel Healthcare Trust (TSX: KHT.UN) (TSX: KHT.U) ("Kestrel Healthcare")'."""
    if '("' not in text and "(“" not in text:
        return []
    pairs = []
    for term in _SHORT_TERM_AFTER_TICKERS.finditer(text):
        full, short = _clean_run(term.group("name")), _clean_run(term.group("short"))
        if full and short and short != full and short.split()[0] == full.split()[0]:
            pairs.append((full, short))
    return pairs


def _fold_units(
    groups: list[PartyGroup], units: list[tuple[str, str]], keys: _Keys, bought: frozenset[str] | set[str] = frozenset()
) -> list[PartyGroup]:
    """A unit that signs for its parent is the parent, when the parent is also a party; a unit bought does not
    sign for its parent, which sells it. A unit the story names only where it says whose it is ("KLH's wholly-owned
    subsidiary Norvane Biotech") is one more form of its parent, whose sentences it signs (also through the parent's
    short form: "KLH" of "Kestrel Laboratories Holdings (KLH)")."""
    for _ in range(2):  # (a chain: the unit's parent is the short form of a party)
        for unit, parent in units:
            owner = next((g for g in groups if parent in g.forms), None)
            if owner is not None and unit not in owner.forms and not any(unit in g.forms for g in groups):
                owner.forms.append(unit)
    for unit, parent in units:
        unit_keys, parent_keys = keys.own(unit), keys.own(parent)
        child = next((g for g in groups if any(keys.own(f) & unit_keys for f in g.forms)), None)
        # (the parent's group besides the unit's: "Kestrel Diosynth, a unit of Kestrel Corp." share a first word)
        owner = next((g for g in groups if g is not child and any(keys.own(f) & parent_keys for f in g.forms)), None)
        if child is not None and any(f in bought for f in child.forms):
            continue
        if child is not None and owner is not None and child is not owner:
            owner.forms += [f for f in child.forms if f not in owner.forms]
            owner.first = min(owner.first, child.first)
            groups = [g for g in groups if g is not child]
    return groups


def _with_sellers(
    groups: list[PartyGroup],
    units: list[tuple[str, str]],
    keys: _Keys,
    bought: set[str],
    full_text: str,
    registry: CompanyRegistry,
) -> list[PartyGroup]:
    """The parent of a unit bought sells it and signs: "to acquire all the stock of X, the over-the-counter
    subsidiary of fellow Japan-based company Y" names Y beside X."""
    for unit, parent in units:
        unit_keys, parent_keys = keys.own(unit), keys.own(parent)
        child = next((g for g in groups if any(keys.own(f) & unit_keys for f in g.forms)), None)
        if child is None or not any(f in bought for f in child.forms):
            continue
        if any(keys.own(f) & parent_keys for g in groups for f in g.forms):
            continue
        if not _is_company(parent, full_text, registry) or _not_a_company(parent):
            continue
        name = _parent_name(_display_name([parent]), [parent], registry)
        groups = [*groups, PartyGroup(name=name, forms=[parent], first=(child.first[0], child.first[1] + 1))]
    return groups


def _same_company(a: str, b: str, registry: CompanyRegistry) -> bool:
    found_a, found_b = registry.resolve(a), registry.resolve(b)
    return found_a is not None and found_b is not None and found_a.entity_id == found_b.entity_id


def _reading_order(deal_sentences: Sequence[Sentence], all_sentences: Sequence[Sentence]) -> list[Sentence]:
    """The headline when it announces the deal, then the article's first sentence when it speaks of
    a deal, then the deal sentences: the article's own deal is the one its headline and lead announce
    (a headline that announces none is a section name or a teaser)."""
    order = [s for s in deal_sentences if s.is_headline]
    if not order:
        # a headline that names a deal by its price and partner ("X deals thrice, ending week with $449M Y tie
        # up") announces it, however round-up its wording
        order = [s for s in all_sentences if s.is_headline and _PRICED_DEAL.search(s.text)]
    body = [s for s in all_sentences if not s.is_headline]
    if body and _DEAL_CUE.search(body[0].folded):
        # (as the deal sentences give it: an aside about another deal blanked out)
        order.append(next((s for s in deal_sentences if s.index == body[0].index), body[0]))
    seen = {s.index for s in order}
    order += [s for s in deal_sentences if s.index not in seen and not s.is_headline]
    return order


def _after_headline(
    found: list[_Candidate], headline: list[_Candidate], keys: _Keys
) -> list[_Candidate]:
    """Once the headline has named two parties, a later sentence adds spellings of them, and a new
    company only beside them in its subject list ("X, Y and Z have entered ...") or as the partner
    of both ("X and Y have entered a collaboration with Z"): the others it names (", with
    milestones from Z") are not signers."""
    named = frozenset().union(*(keys(c.text) for c in headline))
    known = [bool(keys(c.text) & named) for c in found]
    subjects = [c for c, k in zip(found, known, strict=True) if k and c.slot == "subject"]
    both = _count(subjects, keys) >= 2
    return [
        c
        for c, k in zip(found, known, strict=True)
        if k or (subjects and c.slot == "subject") or (both and c.slot == "object") or c.slot == "unit"
    ]


class _Keys:
    """Keys of the company a name is: its registry entity and its first distinctive word; two names
    that share one are one company ("Laboratoires Théa", "Théa"). Remembered for one article."""

    def __init__(self, registry: CompanyRegistry, same: Sequence[tuple[str, str]] = ()) -> None:
        self._registry = registry
        self._known: dict[str, frozenset[str]] = {}
        self._base: dict[str, frozenset[str]] = {}
        self._pairs = same  # names the article says are one company ("NJCTTQ (Nanjing Chiatai Tianqing)")
        self._same: list[frozenset[str]] | None = None

    def __call__(self, name: str) -> frozenset[str]:
        keys = self._known.get(name)
        if keys is None:
            if self._same is None:
                self._same = [self.own(a) | self.own(b) for a, b in self._pairs]
            keys = self.own(name)
            keys = self._known[name] = keys.union(*(s for s in self._same if s & keys))
        return keys

    def own(self, name: str) -> frozenset[str]:
        """The keys of the name alone."""
        keys = self._base.get(name)
        if keys is None:
            n = normalize(name)
            first = (n.core_tokens or n.key.split() or (name,))[0]
            found = self._registry.resolve(name)
            keys = self._base[name] = frozenset({first, found.entity_id}) if found is not None else frozenset({first})
        return keys


def _count(candidates: Sequence[_Candidate], keys: _Keys) -> int:
    """How many different companies the candidates name."""
    seen: list[frozenset[str]] = []
    for c in candidates:
        own = keys(c.text)
        if not any(own & k for k in seen):
            seen.append(own)
    return len(seen)


@dataclass
class PartyGroup:
    name: str
    forms: list[str]
    first: tuple[int, int]
    candidates: tuple[str, ...] = ()
    """The companies a shared name may be ("Merck & Co.", "Merck KGaA") when the article does not say."""
    big_pharma: bool = False
    """The registry counts the company among the big pharmaceutical groups (for "the Swiss drugmaker")."""


def _group(candidates: list[_Candidate], registry: CompanyRegistry) -> list[PartyGroup]:
    candidates = [c for c in candidates if is_company_name(c.text)]  # never "S.A." or "Inc." alone
    texts = [c.text for c in candidates]
    names = group_names(texts, registry)
    # a company bought is not its buyer, whatever unit of the buyer the registry knows it as since ("Kestrel to
    # acquire Brightwell"): it keeps its own name
    # (the buyer, or the seller of its units, named in the same sentence under the company's own name)
    written = {(c.sentence, name) for c, name in zip(candidates, names, strict=True)
               if name and _same_written(c.text, name)}
    bought = {
        normalize(c.text).display for c, name in zip(candidates, names, strict=True)
        if c.bought and name and (c.sentence, name) in written and not _same_written(c.text, name)
    }
    names = [
        _display_name([c.text]) if bought and normalize(c.text).display in bought else name
        for c, name in zip(candidates, names, strict=True)
    ]
    by_name: dict[str, PartyGroup] = {}
    for cand, name in zip(candidates, names, strict=True):
        if name is None:
            continue
        group = by_name.get(name)
        if group is None:
            group = by_name[name] = PartyGroup(name=name, forms=[], first=(cand.sentence, cand.position))
        if cand.text not in group.forms:
            group.forms.append(cand.text)
    for group in by_name.values():
        group.name = _parent_name(_display_name(group.forms), group.forms, registry)
    return sorted(by_name.values(), key=lambda g: g.first)


def _same_written(text: str, canonical: str) -> bool:
    """`text` is written as the company's own name, not as a unit's ("Kestrel Pharmaceutical" of "Kestrel")."""
    return normalize(text).display.lower().startswith(normalize(canonical).display.lower().split()[0])


def _parent_name(display: str, forms: list[str], registry: CompanyRegistry) -> str:
    """The registry's name for a form that is it plus descriptors ("Novartis Pharma" -> "Novartis"),
    its ticker or abbreviation ("BMY", "BMS" -> "Bristol Myers Squibb"), or a name that only its
    legal form tells apart ("Merck KGaA", whose display "Merck" is also Merck & Co.)."""
    known = registry.resolve(display)
    if known is None:
        # the forms that are the display plus a legal form, and what the registry makes of them
        told = {r.canonical for f in forms if normalize(f).display == display and (r := registry.resolve(f))}
        if len(told) == 1:
            return told.pop()
    if known is not None and _TICKER.fullmatch(display) and len(display) <= 5:
        return known.canonical
    if known is None or not display.lower().startswith(known.canonical.lower() + " "):
        return display
    rest = display[len(known.canonical) :].split()
    return known.canonical if all(_GENERIC_NAME_WORD.fullmatch(w) for w in rest) else display


def _display_name(forms: list[str]) -> str:
    """The fullest clean form that starts like the first one ("Kestrel Pharma", not a headline's "Kestrel")."""
    displays = [normalize(f).display or f for f in forms]
    head = displays[0].split()[0].lower()
    same = [d for d in displays if d.split() and d.split()[0].lower() == head]
    return max(same, key=len)


def _add_short_forms(groups: list[PartyGroup], registry: CompanyRegistry) -> None:
    """The short forms a story uses after naming a party in full: its first word ("Kestrel" for
    "Kestrel Pharma Inc."), and the one-word names the registry knows for it ("Lilly" for "Eli Lilly
    and Company", whose first word is a given name)."""
    entities = [r.entity_id if (r := registry.resolve(g.name)) is not None else g.name for g in groups]
    for group, entity in zip(groups, entities, strict=True):
        words = group.name.split()
        head = words[0] if words else ""
        if _HONORIFIC.match(f"{head} ") and len(words) > 2:
            head = " ".join(words[:2])  # "Dr Reddy's" of "Dr Reddy's Laboratories"
        # (not the registry's names of a company another party also resolves to: a bought former unit)
        shorts = [head, *(_one_word_aliases(group.name, registry) if entities.count(entity) == 1 else [])]
        for short in shorts:
            distinct = (
                len(short) > 2
                and short.lower() not in NOT_COMPANY_WORDS
                and not _COMPANY_WORD.fullmatch(short)
                and not is_place(short)  # "Nanjing" of "Nanjing Kestrel Pharma"
            )
            if distinct and short not in group.forms:
                group.forms.append(short)


def _add_known_spellings(groups: list[PartyGroup], full_text: str, registry: CompanyRegistry) -> None:
    """A registry spelling of a party's company that the story writes before a form of it in brackets is a form too
    (for the roles): the headline's "BWP" is also the lead's "Brightwell Pharmaceuticals Plc. (BWP)"."""
    if "(" not in full_text:
        return
    entities = [r.entity_id if (r := registry.resolve(g.name)) is not None else None for g in groups]
    for group, entity_id in zip(groups, entities, strict=True):
        entity = registry.entity(entity_id) if entity_id is not None and entities.count(entity_id) == 1 else None
        if entity is None:
            continue
        bracketed = [f for f in group.forms if f"({f})" in full_text]
        if not bracketed:
            continue  # the pattern below needs one of the party's forms in brackets
        shorts = "|".join(re.escape(f) for f in bracketed)
        for spelling in (entity.canonical, *entity.aliases):
            if spelling in group.forms or spelling not in full_text or _TICKER.fullmatch(spelling):
                continue
            if re.search(
                rf"(?<![\w&]){re.escape(spelling)}(?:,?\s*(?i:{LEGAL_SUFFIXES})\.?)?\s*\((?:{shorts})\)", full_text
            ):
                group.forms.append(spelling)


def _one_word_aliases(name: str, registry: CompanyRegistry) -> list[str]:
    resolution = registry.resolve(name) if name else None
    entity = registry.entity(resolution.entity_id) if resolution is not None else None
    if entity is None:
        return []
    words = [entity.canonical, *entity.aliases]
    # a capitalised word, not a ticker ("LLY") or a name in another script
    return [w for w in words if " " not in w and w[:1].isupper() and w[1:].islower() and w.isascii()]


def names_in_sentence(sentence: Sentence) -> list[_Candidate]:
    return [
        _Candidate(name, sentence.index, pos, alt, slot, owner, bought)
        for name, pos, alt, slot, owner, bought in _names_in_text(sentence.text)
    ]


@per_sentence
def _names_in_text(sentence_text: str) -> tuple[tuple[str, int, str, str, str, bool], ...]:
    """Names standing in party slots of a sentence, with their offsets."""
    head = _BRACKETED_HEAD.match(sentence_text)
    if head is not None:
        # "[Kestrel: obtains a licence for NB-1] According to Halden Data, Kestrel and Norvane announced ...": the
        # bracketed headline is a clause of its own, and what follows it starts a sentence
        after_head = _names_in_text(sentence_text[head.end() :])
        return _names_in_text(sentence_text[: head.end()]) + tuple(
            (name, pos + head.end(), alt, slot, owner, bought) for name, pos, alt, slot, owner, bought in after_head
        )
    text = _SOURCE_TAG.sub(lambda m: " " * len(m.group(0)), sentence_text)
    out: list[_Candidate] = []
    verbs = [v for v in _SUBJECT_VERB.finditer(fold(text)) if not _inside_name(text, v)]
    verb = verbs[0] if verbs else None
    if verb is not None:
        reported = _reported_subjects(text, verb, verbs[1:])
        # "Kestrel prunes three drugs from its pipeline; Norvane in-licenses ear drug": a clause before a semicolon
        # tells another item, whose subject is not this verb's
        clause = _last_clause_start(text, verb.start())
        before_verb = _ADVERBS_AT_END.sub("", text[clause : verb.start()])  # "Kestrel Further Extends ..."
        for name, pos in _names_in_list(before_verb, clause):
            out.append(_Candidate(name, 0, pos, slot="reporter" if reported else "subject"))
        out += [_Candidate(name, 0, pos, slot="subject") for name, pos in reported]
        if not out:
            # "The ADC dealmaking trend has seen yet another example as Norvane has signed a licencing agreement
            # with ...": where the main clause's subject is no company, the subject of a clause after "as" signs
            out += [_Candidate(name, 0, pos, slot="subject") for name, pos in _clause_subjects(text, verbs[1:])]
    folded = fold(text)
    advised = _advised_clients(text, folded) if any(w in folded for w in ADVISER_WORDS) else None
    if advised is not None:
        # "Halvard & Ostrin LLP has advised Kestrel Pharma in connection with the acquisition of ...": the adviser tells
        # of the deal, its clients sign
        verb_at, clients = advised
        for c in out:
            if c.position < verb_at:
                c.slot = "reporter"
        out += [_Candidate(name, 0, pos, slot="subject") for name, pos in clients]
    slots = list(_OBJECT_SLOT.finditer(folded))
    if _GLUED_SLOT_CUE.search(text):
        # "a licensing agreement withSandoz": scraped text that lost the space after a preposition
        slots = sorted([*slots, *_GLUED_SLOT.finditer(text)], key=lambda m: m.start())
    for slot in slots:

        if slot.group("to") and _LOWER_WORD_AHEAD.match(text, slot.end()):
            continue
        got = _name_after(text, slot.end())
        if got is None and ":" in text:
            # "teamed with a little known startup that has yet to announce a Series A: New York-based Norvane": the
            # name after the colon that ends the slot's description
            described = _DESCRIBED_THEN_NAMED.match(text, slot.end())
            got = _name_after(text, described.end()) if described is not None else None
        if got is not None:
            # "a drug it had licensed from Ariad": a slot of the past perfect tells an earlier deal
            kind = "aside" if _PAST_PERFECT.search(folded, max(0, slot.start() - 60), slot.start()) else "object"
            if _AFFILIATED.search(folded, max(0, slot.start() - 30), slot.start()):
                kind = "aside"  # "Orrery, an entity affiliated with Halvard, announced": a kin, not a party
            if _ASSETS_EARLIER_DEAL.search(folded, max(0, slot.start() - 70), slot.end()):
                kind = "earlier"  # "candidates covered by a collaboration with Z": the assets' earlier deal
            if _TRACK_RECORD.search(folded, max(0, slot.start() - 70), slot.start()):
                kind = "earlier"  # "racked up partnerships, including with X": the company's earlier partners
            whole = _NAME_RUN.match(text, slot.end())
            alternative = _clean_run(whole.group(0)) if whole and whole.start() < got[1] else ""
            bought = bool(_PURCHASE_SLOT.match(folded, slot.start())) or (
                folded.startswith("stake", slot.start())
                and _STAKE_BOUGHT.search(folded, max(0, slot.start() - 50), slot.start()) is not None
            )  # "to acquire a controlling stake in X": X is bought
            if bought and _ASSET_AFTER.match(text, got[2]):
                bought = False  # "buys the Kestrel manufacturing plant": the plant is bought, Kestrel owns it
            # "to buy the pharmaceutical subsidiary of Orrery Holdings, Norvane Pharma, which ...": the unit bought is
            # named after its parent, which sells it
            named = _NAMED_AFTER.match(text, got[2]) if bought and _UNIT_OF_BEFORE.search(
                folded, slot.end(), got[1]
            ) else None
            unit_bought = _name_after(text, named.end()) if named is not None else None
            if unit_bought is not None and not re.match(r"\s*(?:[,.;:)]|and\b|$)", text[unit_bought[2] :]):
                unit_bought = None
            out.append(_Candidate(got[0], 0, got[1], alternative, kind, bought=bought and unit_bought is None))
            if unit_bought is not None:
                out.append(_Candidate(unit_bought[0], 0, unit_bought[1], slot=kind, bought=True))
            # "acquire Corvid Holdings (CH) subsidiaries Ilex Pharmaceutical and Marrow Pharma": the units bought
            units = _UNITS_AFTER.match(text, got[2])
            if units is not None and bought:
                first = _name_after(text, units.end())
                if first is not None:
                    unit = "unit" if kind == "object" else kind
                    out.append(_Candidate(first[0], 0, first[1], slot=unit, bought=True))
                    more = re.match(r"\s*(?:\([^)]*\)\s*)?(?:,\s*|\s+)and\s+", text[first[2] :])
                    second = _name_after(text, first[2] + more.end()) if more else None
                    if second is not None:
                        out.append(_Candidate(second[0], 0, second[1], slot=unit, bought=True))
            # "with X and Y", "from X and Y"
            rest = text[got[2] :]
            more = re.match(r"\s*(?:\([^)]*\)\s*)?(?:,\s*|\s+)and\s+", rest)
            if more:
                got2 = _name_after(text, got[2] + more.end())
                if got2 is not None:
                    out.append(_Candidate(got2[0], 0, got2[1], slot=kind))
    for m in _PRICED_DEAL.finditer(text):
        # "secures $750M Gilead deal": the company a priced deal is named after
        name = _clean_run(m.group("name"))
        if name and not _COMPANY_WORD.fullmatch(name):
            out.append(_Candidate(name, 0, m.start("name")))
    for m in re.finditer(r"\b([A-Z][\w\-]+(?: [A-Z][\w\-]+){0,3})['’]s? (?:[\w\-]+ ){0,4}(?:platform|technology"
                         r"|candidate|asset|product|program|programme|ADC|antibod\w*)", text):
        out.append(_Candidate(_clean_run(m.group(1)), 0, m.start()))
    # "As if collaborations with X, Y and Z weren't enough, ... this time with W": other deals, when the
    # main clause names a partner of its own ("Two months after a deal with X, Merck is back with another")
    aside = other_deal_clause_end(text)
    # (a deal the clause says failed is another deal whatever the main clause names: "two years after X's deal to
    # purchase Y fell through, the drugmaker is back with a bigger acquisition")
    if any(c.position >= aside and c.slot == "object" for c in out) or _failed_deal_clause_end(text):
        for c in out:
            if c.position < aside:
                c.slot = "aside"
    # "According to Halden News, Kestrel and Norvane signed ...": the source of the news, when its main clause names
    # two signers of its own ("According to Kestrel, the deal with Norvane ..." leaves Kestrel)
    source = _ATTRIBUTION.match(text)
    if source is not None and sum(c.position >= source.end() and c.slot == "subject" for c in out) >= 2:
        for c in out:
            if c.position < source.end():
                c.slot = "reporter"
    brands = []
    for c in out:
        end = text.find(c.text, c.position)
        lower = _LOWER_COMPANY_WORD.match(text, end + len(c.text)) if end >= 0 and _ACRONYM.fullmatch(c.text) else None
        if lower is not None and lower.group(1).islower():
            c.text += lower.group(0)  # "SK bioscience said": a group's initials and its company word in lower case
        if end >= 0 and text[end + len(c.text) : end + len(c.text) + 1] in ("®", "™"):
            brands.append(c)  # "to commercialize NORVEX® (quillonib)": a brand, not a company
        if _is_vehicle(c.text, text, end + len(c.text) if end >= 0 else -1):
            c.slot = "vehicle"  # "Kestrel Acquisition Corp., a wholly owned subsidiary of Kestrel": its buyer's vehicle
        c.owner, c.text = _owner_and_owned(c.text)
        if c.owner and (is_place(c.owner) or _DESCRIPTOR.fullmatch(c.owner + " ")):
            c.owner = ""  # "South Korea's Samsung Group": where the company is from
    out = [c for c in out if c not in brands]
    set_aside = {c.position for c in out if c.slot in _NOT_SIGNERS}
    if "'" in text or "’" in text:
        # "to develop a new Parkinson's disease therapy": a disease named after a person, no company
        out = [c for c in out if not _DISEASE_EPONYM.match(text, c.position + len(c.text))]
    out = [c for c in out if not _is_person(text, c) and (c.slot in _NOT_SIGNERS or c.position not in set_aside)]
    return tuple((c.text, c.position, c.alternative, c.slot, c.owner, c.bought) for c in out if c.text)


def _clause_subjects(text: str, later: list[re.Match[str]]) -> list[tuple[str, int]]:
    """The subjects of the first clause after "as", "while" or "now that" whose verb signs a deal: "... has seen yet
    another example as Norvane has signed a licencing agreement" -> [Norvane]."""
    for verb in later:
        if fold(text[verb.start() : verb.end()]).split()[-1] in _WEAK_VERBS:
            continue
        opener = _CLAUSE_OPENER.search(text, max(0, verb.start() - 100), verb.start())
        if opener is None:
            continue
        names = _names_in_list(text[opener.end() : verb.start()], opener.end())
        if names:
            return names
    return []


def _advised_clients(text: str, folded: str) -> tuple[int, list[tuple[str, int]]] | None:
    """An adviser's verb and its clients, when the deal advised on follows them: "X has guided investment firm
    Kestrel (KP) and asset manager Halden Capital on their $300M acquisition of ..." -> (the verb's offset, [Kestrel,
    Halden Capital]); None when the verb names no client ("advised patients on") or no deal follows."""
    for verb in _ADVISES.finditer(folded):
        clients: list[tuple[str, int]] = []
        got = _client_after(text, verb.end())
        while got is not None and len(clients) < 4:
            clients.append((got[0], got[1]))
            more = _CLIENTS_GO_ON.match(text, got[2])
            after = _client_after(text, more.end()) if more is not None else None
            if after is None:
                break
            got = after
        if clients and got is not None and _ADVISED_ON.match(folded, got[2]):
            return verb.start(), clients
    return None


def _client_after(text: str, pos: int) -> tuple[str, int, int] | None:
    trade = _CLIENT_TRADE.match(text, pos)
    return _name_after(text, trade.end() if trade is not None else pos)


def _last_clause_start(text: str, end: int) -> int:
    """Where the last clause before `end` starts: after a semicolon outside brackets ("X prunes its pipeline; Y
    in-licenses ..."), else 0."""
    if ";" not in text[:end]:
        return 0
    depth, start = 0, 0
    for i, ch in enumerate(text[:end]):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and not depth:
            start = i + 1
    return start


def _reported_subjects(text: str, verb: re.Match[str], later: list[re.Match[str]]) -> list[tuple[str, int]]:
    """The companies a reporter's that-clause is about: "Halden IP announced Friday that drug discovery
    company Ostrin has entered into a collaboration with Quillon" names Ostrin, not the reporter
    (a shareholder telling of its holding's deal); empty when the clause starts with no name ("said that it")."""
    after = _REPORTED_THAT.match(text, verb.end())
    if not _REPORTING_VERB.fullmatch(fold(text[verb.start() : verb.end()]).split()[-1]) or after is None:
        return []
    end = next((v.start() for v in later if v.start() > after.end()), None)
    if end is None:
        return []
    segment = text[after.end() : end]
    names = [(n, after.end() + p) for n, p in _names_in_list(segment, 0)]
    if not any(segment.rstrip().endswith(n) for n, _ in names):  # "... drug discovery company Ostrin"
        runs = [m for m in _NAME_RUN.finditer(segment) if not segment[m.end() :].strip()]
        names = [(_clean_run(m.group(0)), after.end() + m.start()) for m in runs[-1:]]
    return [(n, p) for n, p in names if n]


def _is_person(text: str, c: _Candidate) -> bool:
    """'Dr. Jane Roe', 'Jane Roe, M.D., is ...', 'Jane Roe (left), CEO of X': a person, not a company."""
    if _HONORIFIC.match(text, c.position):
        return not (_HONORIFIC.match(c.text) and _says_company(c.text))  # "Dr Reddy's Laboratories" is a company
    end = text.find(c.text, c.position)
    return end >= 0 and bool(_PERSON_AFTER.match(text, end + len(c.text))) and not _says_company(c.text)


def other_deal_clause_end(text: str) -> int:
    """Where a leading clause about other deals ends ("After its deal with X, ..."), or 0."""
    start = _OTHER_DEALS_CLAUSE.match(fold(text))
    if start is None:
        return 0
    for comma in re.finditer(r",", text[start.end() :]):
        at = start.end() + comma.end()
        if not _LIST_GOES_ON.match(text, at):  # ", Servier and Boston Pharmaceuticals weren't enough,"
            return at
    return 0


def _without_joined_pairs(
    candidates: list[_Candidate], full_text: str, registry: CompanyRegistry
) -> list[_Candidate]:
    """Not the two names a conjunction joined into one ("between Norvane and Tamsin") where the
    story names each of them alone too: among the parties (the pair is dropped), or elsewhere in the story
    ("deals with Tamsin and Orrery ... Orrery will ...": the pair is the two of them), unless the registry knows
    the whole name ("Johnson & Johnson")."""
    alone = {normalize(c.text).display for c in candidates if not _CONJUNCTION.search(c.text)}
    out: list[_Candidate] = []
    for c in candidates:
        parts = _CONJUNCTION.split(c.text) if _CONJUNCTION.search(c.text) else []
        if parts and all(normalize(part).display in alone for part in parts):
            continue
        if len(parts) == 2 and registry.resolve(c.text) is None and all(
            _named_alone(part, c.text, full_text) for part in parts
        ):
            second = c.text.index(parts[1], len(parts[0]))
            out += [replace(c, text=parts[0]), replace(c, text=parts[1], position=c.position + second)]
            continue
        out.append(c)
    return out


def _named_alone(part: str, joined: str, full_text: str) -> bool:
    """The story writes `part` as a name of its own, outside the joined name."""
    if len(part) < 3 or not part[:1].isupper() or part.lower() in NOT_COMPANY_WORDS:
        return False
    # "Johnson & Johnson" names its part twice: the joined name's own words are no mention
    rest = full_text.replace(joined, " ")
    return re.search(rf"(?<![\w&]){re.escape(part)}(?![\w&])", rest) is not None


def _failed_deal_clause_end(text: str) -> int:
    """Where a leading clause about a deal that failed ends ("Two years after X's deal to purchase Y fell
    through, ..."), or 0: that deal is another, whatever the main clause names."""
    end = other_deal_clause_end(text)
    return end if end and _FAILED.search(text, 0, end) else 0


def _owner_and_owned(name: str) -> tuple[str, str]:
    """'Roche's Genentech' -> ('Roche', 'Genentech'): a possessive in front of a name is not part of it."""
    words = name.split()
    for i in range(len(words) - 2, -1, -1):
        owned = words[i + 1 :]
        # "Dr. Reddy's Laboratories", "Boston Children's Hospital": generic words after it are the name's
        if _INNER_POSSESSIVE.search(words[i]) and not all(_GENERIC_NAME_WORD.fullmatch(w) for w in owned):
            owner = _POSSESSIVE.sub("", " ".join(words[: i + 1]))
            owner = re.sub(r"^[A-Z]\.(?=[A-Z])", "", owner)  # "S.Korea's"
            return owner, " ".join(words[i + 1 :])
    return "", name


def _inside_name(text: str, verb: re.Match[str]) -> bool:
    """'Partners' in 'Royalty Partners Capital' is part of a name, not the deal verb (`verb` found in folded text)."""
    word = text[verb.start() : verb.end()].split()[-1]
    if not word[:1].isupper():
        return False
    following = text[verb.end() :].lstrip()
    return bool(re.match(rf"(?:{COMPANY_WORDS}|{LEGAL_SUFFIXES})\b", following)) or word.lower() == "partners"


def _names_in_list(segment: str, offset: int) -> list[tuple[str, int]]:
    """Names in a subject list: 'X (HKG: 1), a ..., and Y Co., Ltd. (Y), a ...'."""
    protected = _PROTECT.sub(lambda m: m.group(0).replace(",", "\x00").replace(" ", "\x01"), segment)
    protected = _SAME_WORD_AND.sub(lambda m: m.group(0).replace(" ", "\x01"), protected)
    protected = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", "\x00").replace(" ", "\x01"), protected)
    out: list[tuple[str, int]] = []
    pos = 0
    pieces = _CHUNK_SPLIT.split(protected)
    for number, piece in enumerate(pieces):
        chunk = piece.replace("\x00", ",").replace("\x01", " ")
        start = segment.find(chunk, pos)
        pos = max(pos, start)
        stripped = re.sub(r"^(?:and|&)\s+", "", chunk.strip())
        # an appositive (", a leading developer of ...,") is not a name, except the words right before
        # the verb when they describe it: "Leiden, the Netherlands-based group Pharming NV has signed"
        # (not a clause: "..., revealing that Sanofi is pulling back")
        last = number == len(pieces) - 1
        if not stripped or (_APPOSITIVE_START.match(stripped) and not (last and _DESCRIBING.match(stripped))):
            continue
        lead = _DESCRIPTOR.match(chunk.lstrip())
        if lead and not _INSTITUTION.match(chunk.lstrip(), lead.end()):
            cut = len(chunk) - len(chunk.lstrip()) + lead.end()
            chunk = " " * cut + chunk[cut:]
        visible = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), chunk)
        runs = [(m.group(0), m.start()) for m in _NAME_RUN.finditer(visible)]
        for k, (run, rpos) in enumerate(runs):
            if k and _clause_between(visible[runs[k - 1][1] + len(runs[k - 1][0]) : rpos]):
                break  # "Kymera suffers Sanofi setback but secures ...": a verb's object is no subject
            if _ONLY_LEGAL.fullmatch(run.strip(" ,")):
                continue
            cleaned = _clean_run(_with_legal_tail(chunk, rpos, run))
            if cleaned:
                out.append((cleaned, offset + max(start, 0) + rpos))
    return out


def _clause_between(gap: str) -> bool:
    """Whether the words between two capitalised runs of one subject chunk start a clause: a lower-case
    word that is no descriptor ("firm" in "Confectionery firm Orion") and no connector."""
    words = re.findall(r"[a-z][\w\-]*", gap)
    return any(w not in _CHUNK_GLUE and not _DESCRIPTOR_WORD.fullmatch(w + " ") for w in words)


_PLACE_BEFORE_A_WORD = re.compile(r"([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)(?:-based)?\s+(?=[a-z])")


def _name_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """The company name that follows a slot word, skipping descriptors: (name, start, end)."""
    rest = text[pos:]
    skipped = 0
    for _ in range(8):
        desc = _DESCRIPTOR.match(rest) or _OF_PHRASE.match(rest)
        if desc is not None and _INSTITUTION.match(rest, desc.end()):
            desc = None  # "the Indian Institute of Chemical Technology": the nationality is the institution's name's
        if desc is None:
            # a place before a word for the company: "with California biotech Norvane", "Boston startup Norvane"
            place = _PLACE_BEFORE_A_WORD.match(rest)
            desc = place if place is not None and is_place(place.group(1)) else None
        if desc is None and not re.match(r"[a-z]+[A-Z]", rest):
            word = _LOWER_WORD.match(rest)
            desc = word if word is not None and (
                word.group(1) not in _NOT_DESCRIPTOR
                or (word.group(1) in ("drug", "drugs") and _DRUG_COMPANY.match(rest, word.end()) is not None)
            ) else None
        if desc:
            skipped += desc.end()
            rest = rest[desc.end() :]
            continue
        break
    m = _NAME_RUN.match(rest)
    if not m:
        return None
    related = _PARTNER_OF.match(rest, m.end()) if m.group(0).endswith(("'s", "’s")) else None
    if related is not None:
        # "from Ostrin Bio's partner Tamsin Pharma": the partner, not the company it partners
        skipped += related.end()
        rest = rest[related.end() :]
        m = _NAME_RUN.match(rest)
        if not m:
            return None
    run = _with_legal_tail(rest, 0, _first_of_pair(_NATIONALITY_AFTER_AND.sub("", m.group(0))))
    name = _clean_run(run)
    if not name:
        return None
    start = pos + skipped
    return name, start, start + len(run)


def _first_of_pair(run: str) -> str:
    """The first name of 'X Pharmaceutical and Y Bio': a conjunction between two names that each say
    they are a company joins two companies ("Procter & Gamble", "Eli Lilly and Company" are one)."""
    for m in _CONJUNCTION.finditer(run):
        left, right = run[: m.start()], run[m.end() :]
        first = right.split()[0].lower() if right.split() else ""
        # "X Pharmaceuticals and Chemicals Ltd", "Y Pharma and Life Sciences" are one name
        if _says_company(left) and _says_company(right) and first not in GENERIC_WORDS:
            return left
    return run


def _says_company(name: str) -> bool:
    return bool(_COMPANY_WORD.search(name) or _LEGAL_WORD.search(name))


def _with_legal_tail(chunk: str, start: int, run: str) -> str:
    end = start + len(run)
    bracket = re.match(r"\s*\([^()]{1,40}\)(?=,?\s*(?:" + LEGAL_SUFFIXES + r"))", chunk[end:])
    if bracket:
        end += bracket.end()
        run = chunk[start:end]
    tail = _LEGAL_TAIL.match(chunk[end:])
    if tail:
        run = chunk[start : end + tail.end()]
    return run


# the words of a deal's document: "Asset Purchase Agreement", "Stock Purchase Agreement", "License Agreement"
_DOCUMENT_WORDS = frozenset(
    {"asset", "assets", "stock", "share", "purchase", "merger", "license", "licence", "licensing", "supply",
     "collaboration", "agreement", "transaction", "acquisition", "royalty", "option", "development"}
)  # fmt: skip


def _clean_run(run: str) -> str:
    run = run.strip()
    if any(mark in run[:20] for mark in ("-", "—", ":")):
        run = _WIRE_PREFIX.sub("", run)
    run = run.rstrip(".,;:")
    if run.endswith(("Inc", "Co", "Ltd", "Corp", "S.A", "N.V", "B.V")):
        run += "."
    run = _POSSESSIVE.sub("", run)
    words = run.split()
    # "ADC Therapeutics SA ADCT": an exchange ticker written after the legal form
    if len(words) >= 3 and _LEGAL_WORD.search(" " + words[-2]) and re.fullmatch(r"[A-Z]{2,6}", words[-1]):
        words.pop()
    # "Kestrel Pharma KSTLb.CO", "Ostrin OSTN.S": a Reuters instrument code written after the name
    if len(words) >= 2 and _RIC.fullmatch(words[-1]):
        words.pop()
    # "Biovitrum AB of Sweden": where the company is from follows its legal form
    for i in range(1, len(words) - 1):
        if words[i] == "of" and _LEGAL_WORD.search(" " + words[i - 1]):
            words = words[:i]
            break
    # "Kestrel Pharma Inc. Asset Purchase Agreement": a filing's heading names the deal's document after the legal form
    for i in range(1, len(words) - 1):
        if _LEGAL_WORD.search(" " + words[i - 1]) and words[i].lower() in _DOCUMENT_WORDS:
            words = words[:i]
            break
    # "New York-based Norvane", "San Francisco-based X": a place of several words before its "-based" word
    based = next((i for i, w in enumerate(words[1:3], 1) if _BASED.fullmatch(w)), None)
    if based is not None and based < len(words) - 1 and all(w[:1].isupper() for w in words[:based]):
        words = words[based + 1 :]
    while words and (
        words[0].lower().strip(".,") in LEADING_NOISE
        or _BASED.fullmatch(words[0])
        or (len(words) > 1 and _EPITHET.fullmatch(words[0]) is not None)
        # a place's word before a descriptor: "Korean CDMO Halvard Biologics"
        or (len(words) > 2 and _DESCRIPTOR.fullmatch(words[0] + " ") is not None and words[1].lower() in LEADING_NOISE)
    ):
        if _HONORIFIC.match(f"{words[0]} ") and len(words) > 1 and _says_company(" ".join(words[1:])):
            break  # "Dr Reddy's Laboratories", "Dr. Falk Pharma GmbH": a company named after a doctor
        words.pop(0)
    # "Gene Editor Prime Medicines Signs ...": what the company does, before its name in a title-case headline
    trade = next((i for i, w in enumerate(words[:4]) if i and w.lower() in _TRADE_NOUNS), None)
    if trade is not None and trade < len(words) - 1 and words[trade + 1][:1].isupper() and not _LEGAL_WORD.search(
        " " + words[trade + 1]
    ):
        words = words[trade + 1 :]
    # "Checkmate Pharmaceuticals and Its Investigational ...": a conjunction before a word that
    # starts no name ends the name
    joint = next(
        (i for i, w in enumerate(words[:-1]) if i and w in _AND and words[i + 1].lower() in LEADING_NOISE),
        None,
    )
    if joint is not None:
        words = words[:joint]
    # "Merck Returns One Drug", "With Kestrel Pharma For NB-7": a title-case headline's verb or
    # preposition ends the name before it
    verb = next((i for i, w in enumerate(words) if i and (w.lower() in HEADLINE_VERBS or w in _TITLE_WORDS)), None)
    if verb is not None:
        words = words[:verb]
    while (
        words
        and words[-1].lower().strip(".,") in NOT_COMPANY_WORDS
        and not _LEGAL_WORD.search(words[-1])
        and not _COMPANY_WORD.fullmatch(words[-1])
    ):
        words.pop()
    return " ".join(words)


def _not_a_company(name: str) -> bool:
    """Names that are never a party: an outlet ("Fierce Biotech"), a place alone ("Nanjing"), an
    asset ("Portfolio of Travel Vaccines"), a disease of one word ("Nash" of "a bold move in Nash") or named
    by its noun ("Dravet Syndrome")."""
    words = name.split()
    return (
        bool(_ONLY_LEGAL.fullmatch(name))  # "Inc." of "Kestrel Pharma, Inc."
        or bool(_COMPANY_WORD.fullmatch(name))  # "the Group", "Pharma": a company word alone names none
        or name.lower() in PRESS_OUTLETS
        or is_place(name)
        or _is_vehicle(name)  # "Island Merger Sub, Inc."
        or (len(words) > 2 and words[0].lower() in ASSET_NOUNS and words[1] in ("of", "to", "in", "for"))
        # "Major Pharma Partner": a counterparty the news does not name
        or (len(words) > 1 and words[0].lower() in UNNAMED_PARTY_FIRST and words[-1].lower() in UNNAMED_PARTY_LAST)
        or bool(_TARGET_ADJECTIVE.search(name))  # "HER3-targeted" of "Norvane's HER3-targeted ADC"
        or (len(words) == 1 and _A_DISEASE.fullmatch(fold(name)) is not None)
        or _ENDS_IN_A_DISEASE_NOUN.search(name) is not None  # "patients with Dravet Syndrome"
    )


# a disease's name, written in any case: "NASH", "Nash", "Obesity"
_A_DISEASE = folded_pattern("(?:" + "|".join(INDICATIONS) + ")")
_ENDS_IN_A_DISEASE_NOUN = re.compile(rf"\s(?:{DISEASE_EPONYM_NOUNS})$", re.IGNORECASE)


# A word that says what a drug acts on ends in one of these: "HER3-targeted", "CD19-directed", "KRAS-mutant"
_TARGET_ADJECTIVE = re.compile(
    r"-(?:targeted|targeting|directed|specific|mutant|mutated|positive|negative|expressing|binding|based|derived)$",
    re.IGNORECASE,
)


def _is_vehicle(name: str, text: str = "", end: int = -1) -> bool:
    """A company formed to carry out a merger, a party's vehicle and no party: its name says so ("Island Merger Sub,
    Inc.", "Nautilus Holdco"), or a purchase word in it does with the appositive that makes it a subsidiary ("Kestrel
    Acquisition Corp., a wholly owned subsidiary of Kestrel Pharma"; not a listed "Kestrel Acquisition Corp.")."""
    if _VEHICLE.search(name):
        return True
    if end >= 0 and _NEWLY_FORMED_AFTER.match(text, end):
        return True
    return end >= 0 and bool(_VEHICLE_WORD.search(name)) and bool(_SUBSIDIARY_AFTER.match(text, end))


def _names_an_asset(name: str) -> bool:
    """A run that ends in an asset noun names what is sold or licensed: "Primary Care Product Assets", "Canadian
    Portfolio" (a name the registry knows is asked before)."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in ASSET_TAIL_NOUNS


def is_named_company(name: str, registry: CompanyRegistry) -> bool:
    """A name that says it is a company: known to the registry (as one company or several), or with a company
    word or legal form."""
    if not name or _CODE_LIKE.match(name) or name.lower() in NOT_COMPANY_WORDS or _not_a_company(name):
        return False
    if registry.senses(name):
        return True
    return not _names_an_asset(name) and bool(_COMPANY_WORD.search(name) or _LEGAL_WORD.search(name))


def _is_company(name: str, full_text: str, registry: CompanyRegistry) -> bool:
    if not name or name.lower() in NOT_COMPANY_WORDS or len(name) < 2 or _not_a_company(name):
        return False
    if re.fullmatch(r"[\d.,%$€£¥]+\w{0,3}", name) or (_TICKER.fullmatch(name) and len(name) <= 5 and not (
        registry.resolve(name) or _acronym_in_use(name, full_text)
    )):
        return False
    if _CODE_LIKE.match(name) or looks_like_drug_name(name):
        return False
    if registry.senses(name):  # one known company, or a name of several ("Merck")
        return True
    if _names_an_asset(name):
        return False  # "Primary Care Product Assets"
    if _COMPANY_WORD.search(name) or _LEGAL_WORD.search(name):
        return True
    if _is_a_city(name, full_text):
        return False  # "the API facility in Halden, Colorado"
    words = name.split()
    institution = len(words) > 2 and _INSTITUTION.fullmatch(words[1]) is not None  # "Indian Institute of ..."
    if (words[0].lower() in NOT_COMPANY_WORDS and not institution) or (len(words) > 1 and name.isupper()):
        return False  # "ENTERING INTO": a heading's words in capitals
    counts = _word_counts(full_text)
    return any(
        counts[word] >= 2 for word in {words[0], words[-1]} if word.lower() not in NOT_COMPANY_WORDS and len(word) > 2
    )


def _is_a_city(name: str, full_text: str) -> bool:
    """A name the text writes before its state or country, as a city is: "in Halden, Colorado"."""
    at = full_text.find(f"{name}, ")
    while at != -1:
        after = _PLACE_AFTER_COMMA.match(full_text, at + len(name) + 2)
        if after is not None and is_place(after.group(0)):
            return True
        at = full_text.find(f"{name}, ", at + 1)
    return False


def _acronym_in_use(name: str, full_text: str) -> bool:
    """A short capitalised name the text uses as a company's, not a ticker beside one ("(NASDAQ: KSTL)") nor a
    term's initials ("TPD technology"): it stands at least twice, once with a company word after it ("KSBV Biotech")
    or beside a filing's own "the Company" ("the Company and KSBV entered into")."""
    if len(name) < 4 or not name.isalpha() or not name.isupper() or name.lower() in NOT_COMPANY_WORDS or (
        full_text.count(name) < 2
    ):  # (two letters before a company word are a group's initials: "SK Biopharmaceuticals" is no "SK")
        return False
    return re.search(
        rf"\b{name} (?:{COMPANY_WORDS})\b|\bthe Company and {name}\b|\b{name} and the Company\b", full_text
    ) is not None


@lru_cache(maxsize=8)
def _word_counts(text: str) -> Counter[str]:
    """How often each word stands in the text (the article's, one at a time)."""
    return Counter(_WORDS.findall(text))
