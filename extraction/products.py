"""The deal's assets (drug codes, INNs, product and platform names) and their molecular targets.

Rules:
- Assets are read from the deal's own sentences: development codes (letters then digits:
  `UCART19`, `SAR443579`, `TBI-1301-A`; letters, a dash and segments with a digit: `LCAR-B38M`,
  `AB-CD6-2.5-LRx`; capitals, a dash, small letters and capitals: `QART-ddQCMA`, not "CAR-iNKT cells"),
  international nonproprietary names (by their WHO INN / USAN stem:
  `zevorcabtagene autoleucel`, `sepofarsen`, `pegozafermin`, `vamorolone`), a platform named by an
  acronym in brackets or followed by "platform" or "libraries" (`(ANKET) platform`) or owned by a company
  ("Abpro's DiversImmune platform", "its proprietary GalXC RNAi technology") or named beside the word
  ("its AI platform, Forge,", "the platform, which Quarry calls TagLock"), a name marked ® or ™
  ("Vivotif®"), and a product named where a deal sentence says what the deal is about ("centres
  around ZelaMedix", "royalty interest in Vantrel Orbis", "its retained royalties on Quelmira", "the centrepiece of
  the deal is X ... also includes Y"), a code labelled with its isotope (`[203Pb]NBT-a-RX`, `Pb203-NBT-a-RX`, also
  read without the label), and a name joined to an asset before a plural product noun ("its Foocin and Barex
  brands"); names listed after an asset ("drugs Foocin, Barex (both for gout) and Quelmira", "OTC drugs such as
  X", "its two products, X and Y", "Quelvix® (tolobamate) and velugolix"); a brand before its dosage form ("makes
  Quelmira tablets"); a brand of two words in capitals ("QUELMIRA SYMPEN"),
  without a glued "TM"; a code after a modality's abbreviation ("mRNA-4521"); coined names before plain words and
  "technologies" ("the QuelLink glycan conjugation and NorSpace polar spacer technologies"); a brand a deal "with X
  for" names ("Agreement with Halvard Bio for Quelmira in Asia"); what a subhead says the deal includes; a
  lower-case name no stem tells where a phrase says the deal is about it ("an agreement for tolvexap in Asia", "the
  commercialization of tolvexap", also after a route or a formulation: "oral tolvexap", "a dry powder formulation
  of tolvexap"), when it ends like no English word ("rights to develop", "supply of products"); a platform's name
  in quotes, of one or two words ("its 'NorRNA PRIME' platform": the name, and its last word read alone elsewhere is
  it); a product the story calls by name ("an approved drug on the U.S. market called Quelmira", not "a disease
  called X"); a name whose approval a payment awaits ("upon the FDA approval of Quelmira").
  The coined names of a known asset's parts ("NB-1 is made up of an anti-X antibody and Quelbody-B") are assets.
  An acronym the story spells out in plain words ("targeted protein degradation (TPD)") is no asset anywhere.
- A double hyphen stands for a dash, read as a comma ("the antibody--NB-1--is", "platform--dubbed X--").
- A name given in brackets right after an asset anywhere in the story is another name of it
  (`CT053 (zevorcabtagene autoleucel; zevor-cel)`, also after a mark, and without its dosage form: "QUELMIRA
  (tolotriptan nasal spray)" is "tolotriptan"; a biologic's INN without the FDA's four-letter suffix:
  "QUELTAX (tovelimab-xqrz)" is "tovelimab"), and so is a brand name given in a sentence that
  names the asset ("cenobamate ... launched under the brand name XCOPRI"); "its lead candidate is
  GT-AADC" names an asset. When no name is given, a product called by its target and class with "the" ("the
  IL-33 mAb") is the asset.
- Not assets: target symbols (`CD19`, `B7-H3`, `CD-20`), also a gene-like symbol the table lacks where a product is
  said to act on it ("NB-1 targets QRK15, a membrane protein", "an inhibitor of QRK15"), regulatory and trial
  words, tickers ("(SZ 000963)", "(HK 1177)"), amounts ("Rs 115", "SFr380", "(XQ53.10)": letters glued to digits
  with decimals), a class's plural acronym in brackets ("receptor agonists (VR-1As)"), a disease in brackets after
  a brand ("Quelmira (hypertension)": `DISEASE_ENDINGS`), a marked
  class of drug ("PROTAC®": a term of `MODALITY_TERMS`), a business ("Canadian Portfolio", "Capital's Healthcare
  platform"), hyphenated English ("proof-of-concept", "IL-9-toxin"), regions ("marketing rights for Latin America"),
  class words ("oligodeoxynucleotide"), the parties' own names, a capitalised word that owns
  something or begins a longer noun ("Bioepis’ portfolio", "Duchenne muscular dystrophy"), a company
  ("interest in Acme Pharmaceuticals, Inc.'s drugs", "Acme Pharmaceuticals' drugs"), a people ("to Danish pharma
  group X"), a stock index
  ("the benchmark ABC-50 index", "DAX 40"), anything in a clause saying it is not part of the deal ("which is not
  partnered"), and, beside other assets, what a clause says a company makes (", maker of the drug Foo,",
  ", which makes the CAR-T Bar,"; nor is it read for modalities).
  What leads a company's own pipeline ("Heading its pipeline is NB-1", `describes_a_pipeline`) and what it sells
  besides ("Kestrel also markets Foo"; "expands Kestrel's pipeline, which also includes Foo and its lead product
  Bar") is background, and so is a sentence telling of a company's sales or patents ("faces the loss of patent
  protection for key products like Foo", "Foo rang up $3 billion in sales", `tells_of_sales`; for modalities, a deal
  sentence that says what products brought in, `reports_sales`), as is, in any sentence, a product whose sales or
  success it tells ("on higher sales of the drug Foo", "boosted by the success of diabetes drug Foo"; not "royalties
  on net sales of Foo", which the deal pays on); so is a product that stands for its company ("as the Foo developer
  seeks a successor", not "buys Foo maker Norvane") or a rival's ("Halvard's competitor Barex"):
  the rest of the story is read for assets and targets without it. A sentence that tells of a party's other deal
  ("struck a separate deal with X for its anti-tau antibody", "Separately, ...", `tells_of_another_deal`) is
  read for no product, target or modality of this one.
- A name right after another company's deal ("following Summit's pact for ivonescimab") is that
  deal's; a sentence saying an asset is not part of the deal says nothing of the deal's assets or
  targets (`in_the_deal`), nor do a point mutation ("G12D" after its gene or before "-mutant"; alone, "E31R
  treatment" is a code) or two crossed targets ("PD-1xVEGF").
- An INN's stem names its modality (`inn_modality`: `-mab` antibody, `-siran` oligonucleotide).
- Targets are symbols from `TARGET_PATTERNS` found in the deal's sentences; failing those, in the
  asset sentences; failing those, in the rest of this deal's story. Symbols that are also common
  words (`tau`, `MET`), and gene-like symbols not in the table, need a word beside them that says a
  product acts on them ("targets the receptor CD123", "targets the B-cell maturation antigen
  (BCMA)", "BCMA-targeting", "anti-PD-1", "cells that express L1CAM", "a ROR2 antibody", "factor-3α
  (HRF-3α)", "abnormal tau proteins", "an inhibitor of Quelostin, a secreted protein", "a Quelpoint Kinase 2
  inhibitor", "four targets, including QLRK3", "its QRF4 Activator programme", "designed to reduce the production
  of a protein called QRPSS4"); what a
  product carries is none ("armed with an IL-12 payload"), nor a class it is compared with ("Compared to
  first-generation PARP inhibitors, NB-1 ...", "more weight loss than the popular and currently available
  velotropin receptor agonists"); a company's exchange ticker ("(NASDAQ: ABCD)") is none. When the
  deal's sentences say its target is undisclosed, the rest of the story (another drug's disease: "hereditary TTR
  amyloidosis") gives none. A target written out in words is read where such a word
  stands beside it: after "anti-" before an antibody's noun, when its last word names a molecule ("an
  anti-parathyroid hormone-related peptide antibody", not "an anti-inflammatory drug"); a receptor named before
  a word for acting on it, and a factor, receptor or enzyme before "-targeting" ("its tissue factor-targeting ADC"),
  back to a word that only says how ("a selective melanin-concentrating hormone receptor
  antagonist"); a receptor, factor, hormone, transporter or enzyme after "targets", "binds", "an inhibitor of" and
  the like ("binds to nerve growth factor", "an inhibitor of the enzyme dihydroorotate dehydrogenase"). Both
  halves of a pair name targets ("FP/EP3 dual receptor agonist", "pan-PI3K/mTOR inhibitor", "PD-1/VEGF bispecific
  antibody",
  "CD3xCD20", "PD-L1x4-1BB"), and so do the isoforms of one symbol ("PPAR alpha and delta"). A marker
  that selects patients is not a target ("EGFR-mutated", "positive for PD-L1 expression", "PD-1
  refractory", "progressed on an EGFR TKI"; but "rights to an EGFR TKI" names the product's target), nor is a class of
  antigen ("tumor associated antigen (TAA)"), nor a symbol in brackets that names a technology ("quelin finger
  protein (QFP) technology") or a product given by its route or form ("a form of injectable quelase (QCH)": an
  asset, unless a word of acting follows: "an intravenous tyrosine kinase (QYK) inhibitor"); the gene whose
  mutations a gene therapy treats is ("an AAV gene
  therapy for X with GRN
  mutations"); a word of acting at a line's end names nothing on the next ("rights to a third target" above a
  dateline "KESTREL, ..."). Each target is kept once, as first written (a pair's half, else the longer reading
  at one place), in the singular ("EP3 receptor"); "X receptor" is X; a name written out is its
  symbol where the story writes that too (`TARGET_SYMBOLS`); one read inside a longer one ("E2
  receptor" in "PGE2 receptor", "CLDN18" in "CLDN18.2xCD3") is that one. A cytokine's receptor is a target of
  its own ("IL-31 receptor A", "TSLP receptor"), not the cytokine, and so is a factor's receptor written with the
  factor's symbol in brackets ("growth factor 2 (QGF2) receptor": "QGF2R" where the story writes that, else "QGF2
  receptor"); a name written out with its symbol in brackets after it is that symbol, also where the table reads
  both ("human interleukin-9 (IL-9)" is "IL-9").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from extraction.biology import (
    AMBIGUOUS_TARGETS,
    DASHES,
    DISEASE_ENDINGS,
    DOSAGE_FORMS,
    INN_STEM_MODALITIES,
    INN_STEMS,
    MODALITY_TERMS,
    NOT_ASSET_WORDS,
    NOT_TARGET_SYMBOLS,
    TARGET_CONTEXT,
    TARGET_PATTERNS,
    TARGET_SYMBOLS,
    TICKER_PREFIXES,
)
from extraction.currencies import CODES, PREFIX_SIGNS
from extraction.text import Sentence, mentions, top_level_alternatives
from extraction.vocabulary import COMPANY_WORDS, LEADING_NOISE, LEGAL_SUFFIXES, NATIONALITIES, PRESS_OUTLETS

# the isotopes a radiopharmaceutical's name carries: "flurpiridaz F 18", "[203Pb]NBT-a-RX", "177Lu-NB-610"
_ISOTOPES = r"F|Ga|Lu|Ac|Pb|Tc|I|In|Y|Zr|Cu|Ra|Th|At|Sm|Sr|Re|Ho|Tb|C|N|O|Rb|Bi"
_CODE = re.compile(
    rf"""(?<![\w\-:$€£¥])(
      # a code labelled with its isotope, before or in brackets: "[203Pb]NBT-a-RX", "Pb203-NBT-a-RX"
        (?:\[\d{{2,3}}(?:{_ISOTOPES})\]|(?:{_ISOTOPES})\d{{2,3}}-|\d{{2,3}}(?:{_ISOTOPES})-)
        [A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){{0,3}}
      | [A-Z][A-Za-z]{{0,5}}-?\d{{2,7}}[A-Z]?(?:-[A-Z0-9]{{1,3}})?   # UCART19, SAR443579, TBI-1301-A
      | (?:m|si|sa|circ)RNA-\d{{3,6}}                             # mRNA-1273: a modality's abbreviation
      | [A-Z]{{2,6}}-\d(?:-[A-Z0-9]{{1,3}})?                       # NB-7, AB-8-X
      | [A-Z]{{2,6}}-[A-Z]\d{{3,6}}                                # SHR-A1811
      | [A-Z]{{3,6}}-[a-z]{{1,3}}[A-Z]{{3,6}}                         # CART-ddBCMA: small letters inside capitals
      | [A-Z]{{2,6}}\ [1-9]\d{{2,6}}                               # MK 3475 (not a ticker's "SZ 000963")
      | [A-Z]{{2,6}}\d[A-Z]\d{{1,5}}                               # AB8A123
      | [1-9][A-Z]{{1,3}}\d{{3,6}}                                 # 9MW2821
      # letters, a dash, then segments with a digit among them: LCAR-B38M, BL-B01D1, AB-CD6-2.5-LRx
      | [A-Z]{{1,6}}-(?=[A-Za-z0-9.\-]*\d)[A-Z0-9][A-Za-z0-9]*(?:(?:-|(?<=\d)\.(?=\d))[A-Za-z0-9]+){{0,3}}
    )(?![\w\-])""",
    re.VERBOSE,
)
# A point mutation: a residue, its position and the residue it becomes ("G12D", "V600E", "T790M")
_MUTATION = re.compile(r"[ACDEFGHIKLMNPQRSTVWY]\d{1,4}[ACDEFGHIKLMNPQRSTVWY]")
_SAFE_STEMS = tuple(s for s in INN_STEMS if len(s) >= 4 or s in ("mab", "cel", "vec", "nib", "tug", "mig"))
# A word, then a second word that some INNs carry; whether it ends in an INN stem is checked after.
# The second words of two-word INNs: a payload ("vedotin", "tirumotecan"), a vector ("abeparvovec"), a cell
# process ("autoleucel", "autotemcel"), a modification ("pegol", "alfa").
_SECOND_WORD = (
    r"alfa|beta|pegol|[a-z]*(?:leucel|temcel|dotin|tecan|tansine|micin|mycin|tesirine|mazine|parvovec|repvec)"
)
_PAYLOAD = re.compile(r"(?:dotin|tecan|tansine|micin|mycin|tesirine|mazine)$")
_INN = re.compile(
    rf"(?<![\w\-])([A-Za-z][a-z\-]{{6,}})(?:\s+({_SECOND_WORD}"
    rf"|(?:{_ISOTOPES}) ?\d{{2,3}}))?(?![\w])"
)
_STEM_ENDINGS = tuple(sorted(_SAFE_STEMS, key=len, reverse=True))
_STEM_MODALITY = dict(INN_STEM_MODALITIES)
# English prefixes a hyphen ends, which no INN's short form starts with ("pre-vec" is no "quo-vec")
_ENGLISH_PREFIXES = frozenset({"pre", "pro", "non", "sub", "post", "mid", "off", "co", "re", "anti", "semi"})
# Short stems no English word ends in: a prefix of three letters is enough ("tofe-rsen")
_DISTINCT_STEMS = frozenset({"rsen", "siran"})
_STEM_TAILS = frozenset(stem[-3:] for stem in _SAFE_STEMS)
_NOT_INN = frozenset(
    {
        "peptide", "peptides", "nucleotide", "oligonucleotide", "excel", "cancel", "parcel", "model", "vessel",
        "channel", "panel", "hotel", "travel", "label", "level", "novel", "gene", "genes", "transgene",
        "antigene", "intervir", "alfa", "beta", "stat", "orelin", "acceptable", "accept", "concept",
        "receptor", "intercept", "except", "gastric", "therapeutics", "biologics", "database", "release",
        "increase", "decrease", "disease", "phosphatase", "kinase", "protease", "nuclease", "polymerase",
        "mrna-based", "cholesterol", "glycerol", "ethanol", "protocol", "alcohol", "polyamide", "stimulus",
        "pharmacist", "preclinical", "translocation",
    }
)  # fmt: skip
# a platform's name in quotes may be of two words: "its proprietary 'NorRNA PRIME' platform"
_QUOTED_PLATFORM = re.compile(
    r"[‘'“\"]([A-Za-z][A-Za-z0-9\-]{1,20}(?: [A-Z][A-Za-z0-9\-]{1,20})?)[’'”\"]\s+(?:platform|technology)\b"
)
_PLATFORM = re.compile(r"\(([A-Z][A-Za-z0-9\-]{2,12})\)\s+(?:platform|technology)"
                       r"|(?<![\w\-])([A-Z][A-Za-z]{3,20}(?:-[A-Z][A-Za-z]{2,20})?|[A-Z]{3,12})"
                       r"(?:™|®|TM)?\s+(?:platforms?|technology platforms?|librar(?:y|ies))\b")
_ABOUT = re.compile(
    r"\b(?:centr(?:e|es|ed)|center(?:s|ed)?|focus(?:es|ed)?|based) (?:primarily |mainly )?(?:around|on)\s+"
    r"|\b(?:rights to|interest in|licen[cs]e to|licen[cs]e for|agreement for|commerciali[sz]e|develop and"
    r" commerciali[sz]e"
    # what a deal takes in: "the deal also includes X", "the centrepiece of the deal is X"
    r"|(?:deal|agreement|transaction|acquisition|purchase|sale),? (?:also )?includ(?:es|ing)|and also includes"
    r"|\b(?:headliner|centerpiece|centrepiece|crown jewel|prize) (?:in|of) the (?:deal|agreement|transaction"
    r"|acquisition) is"
    # what a deal's payment awaits: "payable upon the FDA approval of Quelmira"
    r"|\bapproval (?:of|for)"
    # what royalties are paid on: "to sell all of its retained royalties on Quelmira" (not "royalties on net sales")
    r"|\broyalt(?:y|ies)(?: stream| payments?)? on(?! (?:net |annual |worldwide |global )?sales))"
    r"\s+(?:the |its |their |[A-Z]\w+['’]s )?(?:[a-z\-]+ ){0,4}?"
)
_BRAND = re.compile(
    r"""([A-Z][a-z]+[A-Z]\w*                  # ZelaMedix, QyX
       | [A-Z][a-z]{3,}(?:\ [A-Z][a-z]{3,})?  # Vantrel Orbis
       | [A-Z][a-z]{2}(?=,\ (?:a|an|the|which)\ )  # a short name a clause describes: "Zor, which ..."
       | [A-Z]{4,}(?=[®™])                    # SPINRAZA®
    )[®™]?
    # a name ends there: not an owner ("Bioepis’ portfolio") nor a word of a longer noun ("Duchenne muscular
    # dystrophy"); a function word, punctuation or another name may follow
    (?=\s*(?:[,.;:()\[\]]|$)|\s+(?:and|or|in|for|to|from|with|which|that|as|by|on|at|outside|across|under|is|was
       |has|will|royalt\w*|[A-Z(]))""",
    re.VERBOSE,
)
# A name marked as a trademark in a deal sentence is a product or a platform: "Vivotif®", "Xyla™ platform"
_MARKED = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9\-]{2,20})[®™]")
# A name that is a modality's term is a class of drug, also when marked: "PROTAC®", "BiTE®", "DARTs™"
_CLASS_NAME = re.compile("|".join(t for terms in MODALITY_TERMS.values() for t in terms), re.IGNORECASE)
# A coined name owned by a company and called its platform or technology: "Abpro’s DiversImmune platform",
# "Dicerna’s proprietary GalXC RNAi technology platform", "CytomX’s Probody technology"
_OWNED_PLATFORM = re.compile(
    r"""(?:['’]s?|\bproprietary|\bits|\btheir)\s+(?:proprietary\s+|novel\s+)?
    ([A-Z][a-z]*[A-Z][A-Za-z0-9]*|[A-Z]{3,12}|[A-Z][a-z]{4,})   # the name: GalXC, ARCUS, Probody
    (?:[®™]?\s+|[^\w\s\-]{1,2}\s*)                           # a space, a mark, or stray characters
    (?:[A-Za-z\-]+\s+){0,3}?(?:platforms?|technolog(?:y|ies))\b""",
    re.VERBOSE,
)
# A platform named in apposition or as what its owner calls it: "its generative AI platform, Forge, to design",
# "its protein design platform HELIO is gaining partners",
# "the platform, which Quarry calls TagLock", "a technology called ProGlue"
_PLATFORM_NAMED = re.compile(
    r"""\b(?:platform|technology|engine)(?:,\s+|,?\s+(?:called|named|dubbed|known\ as|branded)\s+
          |\s+(?=[A-Z](?:[A-Z]{2,11}|[a-z]+[A-Z])))   # or no comma, a coined name: "its AI platform HELIO is"
        ([A-Z][A-Za-z0-9\-]{2,20})(?:[®™])?(?=[,.;:)]|\s+(?:to|for|and|which|that|is|was|will|has|can)\b)
      | \bwhich\s+(?:[A-Z][\w\-]+|it|the\ company)\s+calls\s+([A-Z][A-Za-z0-9\-]{2,20})(?:[®™])?(?![\w\-])""",
    re.VERBOSE,
)
# A deal with a company for a product, in a headline's capitals too: "Enters into Agreement with Halvard Bio for
# Quelmira in Asia" (one name, then a place's or a sentence's end: not "for Investigational Oral EP4 Antagonist")
_DEAL_WITH_FOR = re.compile(
    r"\b(?:[Aa]greement|[Dd]eal|[Pp]act|[Ll]icen[cs]e) with (?:[A-Z][\w\-]*\s){1,4}for"
    r" ([A-Z][a-z]{3,}|[A-Z]{4,})[®™]?(?=\s*(?:[,.;:]|$)|\s+(?:in|outside|across|for)\s)"
)
# A coined name with a capital inside, a few plain words and "technology" after it: "the QuelLink glycan
# conjugation and NorSpace polar spacer technologies", "its QuelLink linker platform"
_COINED = r"[A-Z][a-z]+[A-Z][A-Za-z0-9]*[®™]?"
_COINED_TECHNOLOGY = re.compile(
    rf"""(?<![\w\-])([A-Z][a-z]+[A-Z][A-Za-z0-9]*)[®™]?
    (?=\s+(?:[a-z\-]+\s+){{0,3}}                                  # what it does: "glycan conjugation"
       (?:(?:and|or)\s+{_COINED}\s+(?:[a-z\-]+\s+){{0,3}})?      # another name of the list: "and NorSpace ..."
       (?:platforms?|technolog(?:y|ies))\b)""",
    re.VERBOSE,
)
# Capitalised words a company calls its platform that are not names of it
_GENERIC_PLATFORM_WORDS = frozenset(
    {"antibody", "discovery", "drug", "technology", "research", "development", "cell", "gene", "protein", "peptide",
     "platform", "oncology", "precision", "proprietary", "novel", "next", "delivery", "conjugate", "vaccine",
     "rna", "dna", "mrna", "sirna", "rnai", "crispr", "car-t", "adc", "ai", "the", "its", "their", "our", "this",
     "these", "compound", "chemical", "phage", "fragment", "natural", "screening", "small", "molecule", "those",
     "certain", "such", "both", "large", "diverse"}
)  # fmt: skip
# A brand with its INN in brackets: "Kymriah (tisagenlecleucel)", "ZYNLONTA (loncastuximab tesirine)"
_BRAND_WITH_INN = re.compile(
    r"\b([A-Z][A-Za-z]{3,}(?: [A-Z][A-Za-z]+)?)(?:®|™)?\s*\(([a-z][a-z\-]{5,}(?: [a-z\-]+)?)\)"
)
# A brand named as the product of a deal sentence: "the migraine treatment Ajovy", "commercialization of Zynlonta",
# "OTC drugs such as Quelmira", "its two products, QUELMIRA and NORZEL", "rights for QUELMIRA PEN" (a brand of two
# words in capitals)
_PRODUCT_NOUN_BRAND = re.compile(
    r"(?:\b(?:therapy|treatment|drug|medicine|product|vaccine|candidate|asset|agent|antibody|biosimilar)"
    r"|\b(?:development|commerciali[sz]ation|rights|licen[cs]e|manufactur\w*|supply|sale) (?:\w+ )?(?:of|for|to)"
    r"|\b(?:drugs|products|brands|medicines|treatments|therapies)(?:,| such as| including| like)"
    r"|\b(?:brand name|trade name|marketed as|sold as|sold under the name))"
    r" ((?:[A-Z][a-z]{3,}|[A-Z]{4,}(?: [A-Z]{4,}(?![a-z]))?)(?:®|™)?)(?=[\s,.;)]|$)"
)
# More names listed after a product's: "drugs Quelmira, Norzel (both for gout) and Vantrel", "Quelvix® (tarlocimab)
# and velugolix"; a note in brackets may stand after each
_LISTED_AFTER = re.compile(
    r"""(?:[®™]|TM(?![\w]))?(?:\s*\([^()]{1,60}\))?       # a mark, a note on the name: "(both for diabetes)"
    (?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)             # the list's joint
    ((?:[A-Z][a-z]{3,}|[A-Z]{4,}(?:TM)?|[a-z]{6,})[®™]?)         # the next name: a brand or an INN
    (?=\s*(?:[,;.()]|$)|\s+(?:and|or|in|for|to|with|are|is|were|have|has)\b)""",
    re.VERBOSE,
)
# A lower-case name with no known stem where a phrase says the deal is about it: "an agreement for norvapraxine in
# MENA", "to commercialise norvapraxine, a novel antipsychotic", "the commercialization of kestrolap in the US",
# also after a route or a formulation ("rights to oral kestrolap", "commercialization of a dry powder formulation of
# kestrolap"); it must look like no English word (`_PLAIN_WORD_ENDINGS`, `_PLAIN_WORDS`)
_ABOUT_LOWER = re.compile(
    r"""\b(?:rights\ (?:to|for)|licen[cs]e\ (?:to|for)|agreement\ for|commerciali[sz]e|supply\ of|licen[cs]ing\ of
        |commerciali[sz]ation\ of)
    \s+(?:(?:the|its|their)\s+)?
    # a route or a formulation before the name: "oral norvapraxine", "a dry powder formulation of norvapraxine"
    (?:(?:an?\s+)?(?:oral|intravenous|subcutaneous|inhaled|topical|intranasal|injectable|long-acting)\s+
      |(?:an?\s+)?(?:[a-z\-]+\s+){0,3}(?:formulation|version|form)\s+of\s+)?
    ([a-z]{7,})                                                          # the name: "norvapraxine"
    (?=\s*(?:[,.;:()]|$)|\s+(?:in|for|to|from|with|outside|across|under|and|or|is|was|has|will)\b)""",
    re.VERBOSE | re.MULTILINE,
)
# the endings of English words that stand where such a name could ("rights to develop", "supply of products")
_PLAIN_WORD_ENDINGS = re.compile(
    r"(?:s|ly|ing|ion|ed|ment|ness|ate|ute|ize|ise|ive|ure|ous|al|ble|ity|ance|ence|ary|ory|ic|er|ism|ist|ship)$"
)
_PLAIN_WORDS = frozenset(
    {"develop", "product", "research", "medicine", "vaccine", "therapy", "antibody", "molecule", "compound",
     "program", "programme", "platform", "portfolio", "certain", "another", "several", "worldwide", "further",
     "pipeline", "biologic", "generic", "biosimilar", "technology", "territory"}
)  # fmt: skip
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")
# A hyphenated name given as the lead candidate: "its lead candidate is GT-AADC"
_LEAD_CANDIDATE = re.compile(
    r"\b(?:lead|most advanced|flagship) (?:product |drug |clinical |development |therapeutic )?candidate,?"
    r" (?:is |called |named )?([A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+)(?![\w\-])"
)
# A product the story calls by its name, a few words after its noun: "an approved drug on the U.S. market called
# Quelmira" (no comma between: not "a drug, which treats a disease called X")
_PRODUCT_CALLED = re.compile(
    r"\b(?:drug|medicine|product|therapy|treatment|candidate|vaccine|antibody)"
    r"(?:\s+(?!(?:disease|condition|disorder|syndrome|cancer|company|firm|protein|gene|enzyme|receptor|target"
    r"|pathway|study|trial)\b)[\w.\-]+){0,4}?"
    r"\s+(?:called|named|dubbed|branded)\s+([A-Z][a-z]{3,}|[A-Z]{4,})[®™]?(?=[\s,.;)]|$)"
)
# "launched under the brand name XCOPRI": in a sentence naming a known asset, another name of it
_BRAND_NAMED = re.compile(
    r"\b(?:(?:under )?the (?:brand|trade) name|brand name|marketed as|sold as|sold under the name)"
    r" ((?:[A-Z][a-z]{3,}|[A-Z]{4,})(?:[®™])?)(?=[\s,.;)]|$)"
)
# the four letters the FDA adds to a biologic's INN to tell its makers apart: "norvalimab-ipdl", "filgrastim-sndz"
_BIOLOGIC_SUFFIX = re.compile(r"(?<=[a-z]{5})-[a-z]{4}$")
# A single made-up lower-case word in brackets after a brand is its INN ("DIFICID (fidaxomicin)"),
# not an English word ("(collectively)", "(excluding)").
_LOOKS_INN = re.compile(r"[a-z]{7,}(?<!ly)(?<!ing)(?<!tion)(?<!ed)(?<!ment)(?<!ness)")
# a disease's word in brackets after a brand is what it treats, not its INN: "Edarbi (hypertension)"
_DISEASE_WORD = re.compile(rf"[a-z\-]+(?:{'|'.join(DISEASE_ENDINGS)})")
# a brand before its dosage form is a product: "Norvane makes Quelmira tablets", "QUELMIRA injection"
_BRAND_BEFORE_FORM = re.compile(
    rf"(?<![\w\-])([A-Z][a-z]{{3,}}|[A-Z]{{4,}})[®™]?\s+(?:{'|'.join(DOSAGE_FORMS)})(?![\w\-])"
)
# the dosage form written after an INN: "tolotriptan nasal spray", "velugolix tablets 10 mg"
_DOSAGE_FORM = re.compile(rf"\s+(?:for\s+)?(?:{'|'.join(DOSAGE_FORMS)})(?:\s+[\d.,]+\s*(?:mg|mcg|µg|g|ml|mL|%))?$")
_ALIASES = re.compile(r"[®™]?\s*\(([^()]{3,80})\)")  # "CT053 (zevor-cel)", "Quelvix® (tolobamate)"
_PLACES = frozenset(
    {"china", "japan", "korea", "europe", "asia", "india", "canada", "germany", "france", "spain", "italy", "taiwan",
     "singapore", "australia", "brazil", "mexico", "israel", "switzerland", "america", "africa", "russia", "greater",
     "mainland", "macau", "hong", "kong", "united", "states", "kingdom", "boston", "london", "tokyo", "basel",
     "north", "south", "east", "west", "latin", "central", "middle", "southeast", "nordic",
     "phase", "the", "this", "these", "its", "their"}
)  # fmt: skip
# capitalised function words that can stand where a short name is read ("includes The ...")
_FUNCTION_WORDS = frozenset({"the", "this", "that", "these", "those", "its", "our", "their", "his", "her", "all",
                             "any", "for", "and", "but", "both", "each", "one", "two", "new"})  # fmt: skip
# names of peoples, companies and what a company's legal form follows: not a product
_NATIONALITY = re.compile(NATIONALITIES)
_COMPANY_LAST_WORD = re.compile(rf"(?<![\w\-])(?:{COMPANY_WORDS})$")
# a name followed by a company word is a company's: "interest in Vertex Pharmaceuticals' treatments"
_COMPANY_WORD_AFTER = re.compile(rf"\s+(?:{COMPANY_WORDS})(?![\w\-])")
_LEGAL_SUFFIX_AFTER = re.compile(rf",?\s+(?:{LEGAL_SUFFIXES})(?![\w])")
# what stands beside a point mutation: its gene before ("KRAS G12D"), a word of mutation or of acting on it after
_GENE_BEFORE = re.compile(r"(?:[A-Z][A-Z0-9]{1,6}|target\w*|against|mutant|mutated|selective for)[\s\-]$")
_MUTATION_AFTER = re.compile(r"[\s\-/](?:mutat\w*|mutant|variant|substitution|inhibitor|degrader|selective|positive"
                             r"|program\w*|protein|form|allele|patients|tumou?rs?|cancers?|[A-Z]\d{1,4}[A-Z])")
# a code that names a stock index: "the benchmark ABC-50 index"
# the decimals of a price: letters glued to digits then ".45" are an amount ("(RM107.45)"), not a code (a code's
# dashed decimals are its own: "NB-7.1")
_DECIMAL_AFTER = re.compile(r"\.\d")
_CLASS_ACRONYM_BEFORE = re.compile(
    r"\b(?:agonists|antagonists|inhibitors|antibodies|conjugates|degraders|blockers|modulators|drugs|therapies) \($"
)
_CELLS_AFTER = re.compile(r"[\s\-]+cells?\b")
_INDEX_AFTER = re.compile(r"\s+(?:stock\s+)?(?:index|indices|Index)\b")
# what an amount's number is written after: a currency code, or a sign of letters ("SFr.")
_CURRENCY_PREFIXES = frozenset(CODES) | {
    sign.rstrip(".").upper() for sign in PREFIX_SIGNS if sign.rstrip(".").isalpha() and len(sign) > 1
}
# a segment of small letters after a dash: an English word, which a code does not carry ("-bias")
_WORD_SEGMENT = re.compile(r"-[a-z]{3,}(?![\w])")
_ISOTOPE_LABEL = re.compile(rf"(?:\[\d{{2,3}}(?:{_ISOTOPES})\]|(?:{_ISOTOPES})\d{{2,3}}-|\d{{2,3}}(?:{_ISOTOPES})-)")
_DOUBLE_HYPHEN = re.compile(r"(?<=[\w)])--(?=[\w(])")
_ODD_DASH = re.compile("[" + "".join(chr(c) for c in DASHES) + "]")
# "..., which is not partnered": the relative clause a not-part phrase stands in, and the name before it
_RELATIVE = re.compile(r",\s*(?:which|that|who)\b[^,]*$")
_LAST_NAME = re.compile(r"[^,;:]*$")
# a drug given with the product: "in combination with Merck's Keytruda (pembrolizumab)", "combined with"
_COMBINED = re.compile(r"\b(?:in combination with|combined with|combination with)\s+(?:its |their |the )?")
# a product that names a company, as the subject of a clause: "as the Foo (tolbamate) developer seeks a successor",
# "while the Foo maker looks on" (not "Kestrel buys Foo maker Norvane": the bought company's product)
_EPITHET = re.compile(
    r"\b(?:as|while|since|because|when|after|and) the ([A-Z][\w\-]*(?: \([^()]{3,40}\))?)"
    r" (?:maker|developer|drugmaker|marketer|seller|manufacturer)\b"
)
# a rival's product: "Halvard's competitor Barex (velotide)", "rival drug Barex", "competing therapies such as Barex"
_RIVAL = re.compile(
    r"\b(?:competitor|rival|competing)(?: (?:drugs?|products?|therap(?:y|ies)|medicines?))?(?: such as| like)?\s+"
    r"((?:[A-Z][\w\-]*|[a-z]{7,})(?: \([^()]{3,40}\))?)"
)
# a product whose sales or success the sentence tells: "on higher sales of the drug Foo", "a rise in sales of Foo",
# "boosted by the success of diabetes drug Foo" (not "royalties on net sales of Foo": what the deal pays on)
_SALES_OF = re.compile(
    r"\b(?:(?:higher|strong(?:er)?|rising|growing|record|soaring|robust|lower|weak(?:er)?|falling|declining) sales"
    r"|(?:boost|rise|growth|increase|jump|surge|drop|decline|fall) in (?:the )?sales"
    r"|(?:[Bb]oosted|[Bb]uoyed|[Ff]uell?ed|[Dd]riven|[Hh]elped|[Pp]owered) by the (?:commercial )?success) of\s+"
)
# another company's deal and what it is for: "Summit's pact for", "Merck's licensing deal with"
_OTHER_DEAL = re.compile(
    r"\b(?P<owner>[A-Z][\w\-]+)['’]s? (?:[\w\-]+ )?(?:deal|pact|agreement|partnership|collaboration|acquisition"
    r"|licen[cs]\w*|buyout|purchase|bet) (?:for|of|on|to) (?:its |the |a |an )?(?:[a-z\-]+ ){0,3}?"
)
# a product another company sells or makes: "marketed by Roche", "developed by Genentech"
_OWNED_BY = re.compile(
    r"\b(?:marketed|sold|developed|owned|made|commerciali[sz]ed|manufactured|distributed) by (?:its )?"
    r"(?P<owner>[A-Z][\w\-]+)"
)
# a product the deal names by its target and class only, with "the": "the IL-33 mAb", "the anti-CD99 mAb"
_BY_TARGET_AND_CLASS = re.compile(r"\bthe ((?:anti-)?([A-Z][A-Za-z0-9\-]{1,10}) mAb)(?![\w\-])")
# what leads a company's own pipeline: "heading its pipeline is", "the latter is led by", "its pipeline includes"
_PIPELINE_LED_BY = re.compile(
    r"\b(?:is|are) (?:led|headed) by\b"
    r"|\b(?:[Hh]eading|[Ll]eading|[Hh]eads|[Ll]eads|[Tt]opping|[Tt]ops) (?:its|their|the company['’]s) (?:pipeline"
    r"|portfolio)"
    r"|(?:\b(?:its|their)|[A-Z][\w\-]*['’]s?)(?: own)? (?:pipeline|portfolio) (?:includes|is led|comprises)\b"
    # what a company sells besides the deal's product: "Kestrel also markets Foo in Asia", "It already sells Bar"
    r"|\b(?:also|already|separately) (?:markets|sells|commerciali[sz]es)\b"
)
# a sentence that tells of a company's sales or of the patents on what it sells: "Foo rang up $3 billion in sales",
# "faces the loss of patent protection for key products like Foo" (not "Keytruda, the best-selling drug": a drug
# compared with)
_TELLS_OF_SALES = re.compile(
    r"\bin (?:annual |global |worldwide )?sales\b"
    r"|\bpatent (?:protection|cliff|expir\w*)|\bloss of (?:exclusivity|patent)|\bgeneric competition\b"
)
# what products brought in: "The vaccine and treatment brought in more than $16 billion" (not a deal's payment)
_SALES_TAKEN = re.compile(
    r"\b(?:brought|rang|racked|raked|pulled) (?:in|up) (?:more than |nearly |about |over |almost |some )?[$€£¥]"
)
# the clause that describes a company by what it makes or sells: ", maker of the eye drug Foo,"
# a sentence that tells of another deal of a party: "It struck a separate deal with X for its anti-tau antibody",
# "Separately, Y markets ...": its products are that deal's, not this one's
_ANOTHER_DEAL = re.compile(
    r"^Separately\b|\b(?:in|under|through|via|struck|signed|inked|entered(?: into)?|has|had|announced|made|closed"
    r"|agreed|cut|sealed) (?:a|an) (?:separate|another|earlier|previous|prior|unrelated|different|second) (?:[\w\-]+ )?"
    r"(?:deal|agreement|pact|collaboration|partnership|licen[cs]\w*|transaction|alliance)\b"
)
# the words one of which `_ANOTHER_DEAL` needs after "Separately": a cheap test before it runs
_ANOTHER_DEAL_WORDS = ("separate", "another", "earlier", "previous", "prior", "unrelated", "different", "second")
_MAKER_OF = re.compile(r",\s+(?:(?:the\s+|a\s+)?(?:maker|makers|marketer|seller|manufacturer) of|which (?:already )?"
                       r"(?:makes|sells|markets|manufactures)"
                       # ", a Swiss drug company best known for its product Foo,"
                       r"|(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,4}?(?:company|firm|drugmaker|group|biotech|maker)\s+"
                       r"(?:best\s+|well\s+)?known\s+for(?:\s+its\s+(?:products?|drugs?))?)\s+([^,;.]{3,80})")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w\-]+")
# one of these is in every match of `_MAKER_OF`: a cheap test before it runs
_MAKER_OF_WORDS = ("of ", "which ", "known for")
# what a company sells besides the deal's product, up to the end of the clause: "Sato also markets an anti-TNF
# antibody, ralvo, in Asia" (not what follows "and will")
_ALSO_SELLS = re.compile(
    r"\b(?:also|already|separately) (?:markets|sells|commerciali[sz]es)\s+"
    r"([^;.\n]{3,80}?)(?=\s+(?:and|but)\s+(?:will|would|is|are|has|now|to)\b|,?\s+which\b|[;.\n]|$)"
)
# what a party's pipeline already holds, up to the end of the clause: "expands Kestrel's pipeline for sleep
# disorders, which also includes Foocin, and the company's lead product Barex" (not "the deal also includes X")
_PIPELINE_ALSO_HAS = re.compile(
    r"\b(?:pipeline|portfolio|line-?up|franchise)\b[^.;\n]{0,60}?\b(?:also|already) (?:includes|contains|has)\s+"
    r"([^;.\n]{3,120}?)(?=\s+(?:and|but)\s+(?:will|would|is|are|has|now|to)\b|[;.\n]|$)"
)
# another name joined to an asset before a plural product noun: "its Foocin and Barex brands"
_COORDINATED = re.compile(
    r"\s+(?:and|or)\s+([A-Z][a-z]{3,}|[A-Z]{4,})[®™]?(?=\s+(?:brands|products|drugs|medicines|franchises|creams"
    r"|ointments|treatments)\b)"
)
_NOT_PART = re.compile(r"\b(?:not (?:partnered|included|part of)|excluded|outside the (?:deal|agr"
                       r"eement))\b", re.IGNORECASE)


def _target_pattern(patterns: Sequence[str]) -> re.Pattern[str]:
    """One pattern for the target table, its alternatives that start with a capital (or a digit) tried only where
    one stands and those that start with a small letter only where that stands (the engine would try every
    alternative at every word)."""
    groups: dict[str, list[str]] = {"[A-Z0-9]": [], "[a-zα-ω]": [], "": []}
    for alternative in (alt for p in patterns for alt in top_level_alternatives(p)):
        groups[_first_characters(alternative)].append(alternative)
    branches = [
        f"(?={key})(?:{'|'.join(alts)})" if key else f"(?:{'|'.join(alts)})" for key, alts in groups.items() if alts
    ]
    # a word's start, or "anti-" before it (its "-" tested first: the cheaper test at every letter)
    return re.compile(r"(?:(?<![\w\-])|(?<=-)(?<=\banti-))(" + "|".join(branches) + r")(?![\w])")


def _first_characters(alternative: str) -> str:
    """The class of characters `alternative` can start with: capitals and digits, small letters, or "" (any)."""
    if alternative.startswith("(?:") and not re.search(r"\)[?*{]", alternative[: alternative.find(")") + 2]):
        inner = top_level_alternatives(alternative[3 : alternative.find(")")])
        kinds = {_first_characters(a) for a in inner}
        return kinds.pop() if len(kinds) == 1 else ""
    if alternative.startswith("[A-Z]") or re.match(r"[A-Z0-9](?![?*{])", alternative):
        return "[A-Z0-9]"
    if re.match(r"[a-zα-ω](?![?*{])", alternative):
        return "[a-zα-ω]"
    return ""


# a symbol, also as the object of "anti-": "anti-PD-1 antibody", "anti-TNF portfolio"
_TARGET = _target_pattern(TARGET_PATTERNS)
_GREEK = r"alpha|beta|gamma|delta|α|β|γ|δ"
_GREEK_TAIL = re.compile(rf"[- ]?({_GREEK})$")
# "PPAR alpha and delta", "PPARα/δ": more isoforms of the same symbol
_MORE_ISOFORMS = re.compile(rf"(?:\s*(?:/|,|and|or)\s*(?:{_GREEK}))+(?![\w])")
# The patients a trial selects, named by a marker: not what the product acts on
_BIOMARKER_AFTER = re.compile(
    r"[- ](?:mutated|mutant|mutations?|expression|status|TKIs?|tyrosine kinase inhibitor|refractory|resistant|naive"
    r"|inhibitor[- ](?:refractory|experienced|naive))\b"
)
# a gene therapy's patients are named by the gene it replaces: "AAV gene therapy for dementia with GRN mutations"
_MUTATIONS_WORD = re.compile(r" mutations?")
# a kinase inhibitor named by its target with an article, not a word of the patients after it: "an EGFR TKI"
_TREATED_BEFORE = re.compile(r"\b(?:on|after|with|prior|failed|following|to)\s+(?:an?\s+|the\s+|prior\s+)?$")
_NAMES_A_KINASE_INHIBITOR = re.compile(r" TKI(?![\w\-])(?! (?:therap|treatment|resistan|failure))")
_A_PRODUCT_BEFORE = re.compile(
    r"(?<!\bon )(?<!\bafter )(?<!\bwith )(?<!\bprior )(?<!\bfailed )(?<!\bfollowing )"
    r"\b(?:an?|the|its|their)\s+$"
)
_GENE_THERAPY = re.compile(r"\bgene (?:therap|replacement)|\bAAV\b", re.IGNORECASE)
# what a product carries is not what it acts on: "an oncolytic virus armed with an IL-12 payload"
_CARRIED_AFTER = re.compile(r"[- ](?:payloads?|transgenes?)\b")
_CARRIED_BEFORE = re.compile(r"\b(?:armed with|carrying)\s+(?:an?\s+|the\s+)?$")
_BIOMARKER_BEFORE = re.compile(r"\b(?:positive for|failed|prior|resistant to|refractory to)\s+(?:an?\s+)?$")
# (a word that is also a symbol names the molecule before "protein": "diseases caused by abnormal tau proteins")
_TARGET_CTX_AFTER = re.compile(
    rf"^(?:[\s\-]*(?:{TARGET_CONTEXT})|\s+T[- ]cells?|[- ]expressing|\s+proteins?\b)", re.IGNORECASE
)
# "FP/EP3 dual receptor agonist", "PD-1/VEGF bispecific antibody", "GLP-1/glucagon dual agonist", and runs of more:
# "a ROS1/NTRK/ALK multi-target tyrosine kinase inhibitor" (up to five words that say what kind, before the noun)
_PAIR_SYMBOL = r"[A-Z][A-Za-z0-9]{0,5}(?:-[A-Z0-9]{1,3})?"
_PAIRED_TARGETS = re.compile(
    r"(?:(?<![\w/\-])|(?<=\bpan-))"  # "a pan-PI3K/mTOR inhibitor"
    rf"({_PAIR_SYMBOL})/({_PAIR_SYMBOL}|[a-z]{{4,10}}|m[A-Z]{{2,5}}\d?)(?:/({_PAIR_SYMBOL}))?(?:/({_PAIR_SYMBOL}))?"
    r"(?:-(?:preferring|selective|targeting|directed|specific))?"  # "an M1/M4-preferring muscarinic agonist"
    r" (?:dual[- ]|bispecific |co-?)?(?:receptor )?"
    # words of what kind it is, none a word of a clause: "multi-target small broad-spectrum tyrosine kinase"
    r"(?:(?!(?:and|or|in|for|with|of|to|the|a|an|is|are|was|which|that)\b)[a-z][a-z\-]{2,} ){0,5}"
    r"(?:agonists?|antagonists?|inhibitors?|antibod(?:y|ies)|engagers?|modulators?|degraders?|ADCs?|TKIs?)\b"
)
# A symbol not in the table, read where the sentence says a product acts on it: "a CLDN6-targeting ADC",
# "targeting PRAME", "anti-TIGIT", "a ROR2 antibody"; the symbol needs a capital after its first letter
_SYMBOL = r"[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,3})?(?:\.\d)?[a-zα-δ]?"  # "HRF-3α": an isoform's letter too
_SYMBOL_AFTER_CONTEXT = re.compile(
    rf"""(?:\banti-
       |\b(?:targets,?\ (?:including|such\ as|like|notably)   # "four targets, including QLRK3"
          |target(?:s|ing|ed)?|against|directed\ (?:at|against)
          |(?:inhibitor|antagonist|agonist|modulator|degrader|activator)s?\ of
          |block(?:s|ing)?|binds?(?:\ to)?|binding|inhibit(?:s|ing)?|degrad(?:es|ing)|silenc(?:es|ing)
          |knock(?:s|ing)?\ down
          # "designed to reduce the production of a protein called KRP5": what an RNA drug lowers
          |(?:reduc|lower|decreas|suppress)(?:e|es|ed|ing|s)?
           \ (?:the\ )?(?:production|expression|levels?|synthesis)\ of)
        [^\S\n]+(?:the[^\S\n]+|an?[^\S\n]+)?(?:same[^\S\n]+)?       # (on its line: not a dateline's word below)
        (?:(?:protein|receptor|enzyme|gene|kinase|antigen)          # what it is
           (?:,?[^\S\n]+(?:known\ as|called|named))?[^\S\n]+)?)    # "the same protein, known as X"
    ({_SYMBOL})(?![\w\-])""",
    re.VERBOSE,
)
# more symbols listed after one a product acts on: "targeting CD19, CD20 and LRRK2"
_MORE_SYMBOLS = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)({_SYMBOL})(?![\w\-])")
# the words after a symbol that say a product acts on it (found first: the symbol is looked for before them)
_CONTEXT_AFTER_SYMBOL = re.compile(
    r"""(?<=[A-Z0-9α-δ])(?:[- ](?:targeting|targeted|directed|specific|redirected)\b
       |\s+(?:antibod(?:y|ies)|ADCs?|CAR-?Ts?|bispecifics?|(?:(?:tyrosine\ )?kinase\ )?inhibitors?|degraders?
           |agonists?|antagonists?
           |antibody-drug\ conjugates?|TCEs?|T-cell\ engagers?|[Rr]eceptors?|siRNAs?|ASOs?|antisense
           |modulators?|blockers?|[Aa]ctivators?|CAR-NK
           |[Tt]yrosine\ [Kk]inase\ [Ii]nhibitors?)\b   # "a KIT Tyrosine Kinase Inhibitor" written in capitals
       # a gene a therapy replaces or edits, named with its number: "Norvane's GBA1 gene therapy program" (not the
       # vector's "AAV gene therapy", nor "Factor VIII gene therapy")
       |(?<=[0-9])\s+gene\ (?:therap(?:y|ies)|editing|silencing|replacement)\b
       |-preferring\b)""",
    re.VERBOSE,
)
# A target written out, not as a symbol, where the sentence says a product acts on it: "targets the
# liver-intestine cadherin molecule", "binds the glucocorticoid-induced receptor", "binds to nerve growth factor",
# "an inhibitor of the enzyme dihydroorotate dehydrogenase", "an agonist of the melanocortin-4 receptor"; one to
# three small words
# before what is named, none of them a word that only says which or where ("the same receptor", "a cell
# surface antigen")
_WRITTEN_TARGET = re.compile(
    r"""(?<![\w\-])(?:target(?:s|ing|ed)?|binds?(?:\ to)?|inhibit(?:s|ing)?|block(?:s|ing)?|directed\ (?:at|against)
       |against|(?:inhibitor|antagonist|agonist|modulator|blocker|degrader|activator)s?\ of)
    # (not the adjective of a compound: "a multi-target small tyrosine kinase inhibitor")
    \s+(?:the\s+)?(?:(?:enzyme|protein)\s+)?                         # "an inhibitor of the enzyme X"
    (?P<name>(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){1,3}                # its words: "liver-intestine"
        (?:cadherin|integrin|claudin|receptor|kinase|ligand|antigen|transporter|cotransporter|channel|factor|hormone
        |[a-z]{3,}ase(?<!disease)(?<!release)(?<!increase)(?<!decrease)(?<!purchase)(?<!database)(?<!phase)
           (?<!case)(?<!base))                                        # what it is: "dihydroorotate dehydrogenase"
        (?:[- ]\d{1,2}[a-z]?(?!\w|\.\d))?)                            # its number: "sodium-glucose cotransporter 2"
    (?:\s+(?:molecule|protein))?                                      # "... molecule"
    (?![\w\-])""",
    re.VERBOSE,
)
# A target written out as the object of "anti-" before an antibody's noun: "an anti-parathyroid hormone-related
# peptide antibody", "an anti-sclerostin antibody"; its last word names a molecule (not "anti-inflammatory drug")
_ANTI_WRITTEN = re.compile(
    r"""(?<=\banti-)
    (?P<name>(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){0,4}                 # its first words: "parathyroid hormone-related"
        (?:peptide|factor|protein|receptor|antigen|ligand|hormone|kinase|cytokine|[a-z]{3,}(?:in|ase))  # what it is
        (?:[- ](?:\d{1,2}|alpha|beta|gamma|delta|α|β|γ|δ))?)               # its number or isoform
    \s+(?:(?:monoclonal|humani[sz]ed|fully\ human|human)\s+)?
    (?:antibod(?:y|ies)|mAbs?|nanobod(?:y|ies)|ADCs?|antibody-drug\ conjugates?)\b""",
    re.VERBOSE,
)
# the word after "anti-" that names a class of drug, not a molecule: "anti-inflammatory", "anti-viral", "anti-drug"
_ANTI_CLASS_WORD = re.compile(r"[a-z\-]+(?:ory|ic|ive|al)|drug|cancer|obesity|aging|ageing")
# A receptor written out before a word for acting on it: "a melanin-concentrating hormone receptor antagonist", "the
# mu-opioid receptor agonist"; the name is the words before "receptor" back to one that only says how or which
_RECEPTOR_ACTED_ON = re.compile(
    r"""(?<![\w\-])(?P<words>(?:[a-z0-9][a-z0-9]*(?:-[a-z0-9]+)*\s+){1,4})receptor
    (?P<isoform>\s+(?:type\s+)?(?:\d[a-z]?|alpha|beta|gamma|delta|α|β|γ|δ))?
    \s+(?:(?:dual|partial|inverse|selective)\s+)?(?:antagonists?|agonists?|modulators?|blockers?|inhibitors?
        |degraders?)\b""",
    re.VERBOSE,
)
# A target written out before a word that says a product acts on it: "its tissue factor-targeting ADC", "a
# growth hormone receptor-directed antibody"; its last word names a molecule, and its name is read back from there to
# a word that only says how or which (as a receptor's is)
_WRITTEN_BEFORE_TARGETING = re.compile(
    r"""(?<![\w\-])(?P<words>(?:[a-z0-9][a-z0-9]*\s+){1,3}
        (?:factor|receptor|kinase|antigen|ligand|hormone|integrin|cadherin|claudin|transporter|channel
        |[a-z]{3,}ase(?<!disease)(?<!release)(?<!increase)(?<!decrease)(?<!purchase)(?<!database)(?<!phase))
        (?:\ \d{1,2}[a-z]?)?)                                 # its number: "fibroblast growth factor 21"
    -\s?(?:targeting|targeted|directed)\b""",
    re.VERBOSE,
)
# the words before a receptor's name that say how the product acts or what it is, not which receptor
_NOT_A_RECEPTOR_WORD = frozenset(
    {"as", "a", "an", "the", "is", "are", "be", "being", "and", "or", "of", "for", "with", "to", "in", "selective",
     "oral", "orally", "potent", "highly", "dual", "partial", "inverse", "allosteric", "peripheral", "peripherally",
     "long-acting", "once-daily", "first-in-class", "best-in-class", "investigational", "experimental",
     "small-molecule", "non-peptide", "nonpeptide", "injectable", "reversible", "irreversible", "nuclear", "orphan",
     "next-generation", "potential", "its", "their", "novel", "new", "developed", "clinical-stage", "competitive",
     "non-competitive", "biased", "pan", "multi", "mixed", "cell", "surface", "cell-surface", "specific",
     # what the sentence says of the deal or the product, not of the receptor: "the pair will develop muscarinic
     # receptor agonists", "a peptide growth hormone receptor antagonist"
     "will", "would", "can", "could", "may", "develop", "develops", "developing", "co-develop", "pair", "companies",
     "peptide", "antibody", "protein", "drug", "drugs", "therapy", "candidate", "target", "targets", "targeting"}
)  # fmt: skip
_NOT_A_NAME_WORD: frozenset[str] = frozenset(
    {"same", "specific", "novel", "key", "certain", "new", "other", "cell", "surface", "tumor", "tumour", "cancer",
     "target", "targeted", "single", "multiple", "several", "two", "three", "this", "that", "its", "their", "a",
     "an", "validated", "undisclosed", "clinically", "well", "known", "protein", "human", "immune", "oncogenic"}
)  # fmt: skip
_NOT_OF_A_RECEPTORS_NAME = _NOT_A_RECEPTOR_WORD | _NOT_A_NAME_WORD
# a class the product is compared with is not what it acts on: "Compared to first-generation PARP inhibitors, NB-1
# is more selective for PARP1", "unlike approved EGFR TKIs" (a few small words may stand between)
_COMPARED_BEFORE = re.compile(
    r"\b(?:[Cc]ompared\ (?:with|to)|[Uu]nlike|[Vv]ersus|vs\.?|[Rr]ather\ than|[Ii]nstead\ of|[Ss]imilar\ to|than)"
    r"\s+(?:[a-z][a-z\-]*\s+){0,5}$"
)
# a product acting on two targets at once: "works on both PD-L1 ... and VEGF", "binds both HER2 and HER3"
_ON_BOTH = re.compile(
    r"\b(?:works?|acts?|working|acting)\ on\ both\s+|\b(?:target(?:s|ing)?|binds?(?:\ to)?|binding|block(?:s|ing)?"
    r"|inhibit(?:s|ing)?|hits?|engag(?:es|ing))\ both\s+(?:the\s+)?"
)
_SYMBOL_HERE = re.compile(rf"({_SYMBOL})(?![\w\-])")
_AND_SYMBOL = re.compile(rf",?\s+and\s+(?:the\s+)?({_SYMBOL})(?![\w\-])")
# a target the deal does not name: "an undisclosed target", "an unnamed target", "the target has not been disclosed"
_UNDISCLOSED_TARGET = re.compile(
    r"\b(?:undisclosed|unnamed|unspecified|unrevealed|confidential|secret)\s+(?:[\w\-]+\s+)?targets?\b"
    r"|\btargets?\s+(?:has|have|was|were|is|are)\s+(?:not\s+(?:been\s+)?|yet\s+to\s+be\s+)(?:disclosed|named|revealed)"
)
# a ticker after its exchange: "(NASDAQ: ABCD)", "(NYSE American: ABC)", "(Nasdaq: ABC; TSX: ABC)"
_TICKER = re.compile(r"(?<![\w\-])(?:NASDAQ|Nasdaq|NYSE|TSX|ASX|LSE|AIM|OTC\w*|Euronext|SIX|KOSDAQ|KRX|HKEX|TSE)"
                     r"(?: [A-Z][A-Za-z]+)?:\s?([A-Z]{2,6})(?![\w])")
# A protein named by a capitalised name and described in apposition, after a word that says a product acts on it:
# "a blocker of Quelostin, a secreted glycoprotein"
_NAME_DESCRIBED = re.compile(
    r"""\b(?:target(?:s|ing|ed)?|(?:inhibitor|antagonist|agonist|blocker)s?\ of|against|binds?(?:\ to)?|block(?:s|ing)?)
    \s+(?:the\s+)?([A-Z][a-z]{4,20}(?:-\d)?)                                  # the name: "Quelostin"
    ,\s+an?\s+(?:[\w\-]+\s+){0,4}?(?:protein|receptor|enzyme|kinase|cytokine|ligand|antigen|glycoprotein)\b""",
    re.VERBOSE,
)
_SYMBOL_AT_END = re.compile(rf"(?<![\w\-])({_SYMBOL})$")
# A symbol given in brackets after the name of a receptor, an enzyme or an antigen: "histone deacetylase 6
# (HDAC6)", "B-cell maturation antigen (BCMA)", "Toll-like receptor 9 (TLR9)" (the bracket is found first)
_BRACKETED_SYMBOL = re.compile(rf"\(({_SYMBOL})\)")
# a bracketed symbol before "technology" names the technology, not a target: "norvane binding protein (NBP) technology"
_TECHNOLOGY_AFTER = re.compile(r"\s+(?:technolog(?:y|ies)|platforms?)\b")
# a route or form before a named molecule says it is the product: "injectable quelase (QCH)", "a form of
# recombinant quelase (rQL)"
_PRODUCT_FORM_BEFORE = re.compile(
    r"\b(?:injectable|topical|intravenous|subcutaneous|recombinant|formulation of|form of)"
    r"\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]*$"
)
# the acronym of a product named by its route or form and its molecule: "a form of injectable quelase (QCH)"
_FORM_ACRONYM = re.compile(
    r"\b(?:injectable|topical|intravenous|subcutaneous|recombinant)\s+(?:[a-z\-]+\s+){0,2}?"
    r"[a-z\-]{4,}\s*\(([A-Z]{2,6})\)"
)
# a known asset said to be made of parts: "NB-1 is made up of an anti-X antibody and Quelbody-B, ..."
_MADE_OF = re.compile(
    r"^(?P<asset>[\w\-]+) (?:is made up of|consists of|is composed of|comprises|combines)\s+(?P<parts>[^.;\n]{3,160})"
)
# a part's coined name: a capitalised word with a dashed segment or a capital inside ("Quelbody-B", "QuelLink")
_PART_NAME = re.compile(r"(?<![\w\-])([A-Z][a-z]{2,}(?:-[A-Z0-9][A-Za-z0-9]*)+|[A-Z][a-z]+[A-Z][A-Za-z0-9]*)(?![\w\-])")
# a written name's symbol in brackets right after it, maybe before "receptor": "growth factor 2 (QGF2) receptor"
_SYMBOL_GIVEN_AFTER = re.compile(rf"\s*\({_SYMBOL}\)")
_GIVEN_SYMBOL = re.compile(rf" \(({_SYMBOL})\)")
_NAMED = re.compile(
    r"""\b(?:receptor|kinase|ligand|antigen|protein|factor|channel|transporter|cadherin|integrin|claudin
          |[a-z]{3,}ase(?<!disease)(?<!release)(?<!increase)(?<!decrease)(?<!purchase)(?<!database)
          )                                               # what is named (an enzyme, not a disease)
       (?:[- ](?:\d{1,2}[α-δ]?|alpha|beta|gamma|delta|[A-Z]\d?))?  # its number or isoform: "factor-3α"
       \s*$""",
    re.VERBOSE,
)
# "CD3xCD20", "CD20 × CD3": two symbols joined by a times sign are a bispecific's targets (a cheap test first)
_MAY_CROSS = re.compile(r"[A-Z0-9]x[A-Z0-9]|×")
# a symbol that starts with a digit stands on either side too: "PD-L1x4-1BB", "5T4xCD3"
_CROSS_SYMBOL = rf"(?:{_SYMBOL}|\d(?:-\d)?[A-Z]{{1,3}}\d?)"
_CROSSED_TARGETS = re.compile(rf"(?<![\w\-])({_CROSS_SYMBOL})\s?[x×]\s?({_CROSS_SYMBOL})(?![\w\-])")
_TARGET_CTX_BEFORE = re.compile(
    r"(?:target(?:s|ing|ed)?|against|express(?:es|ing)?|directed (?:at|against)|binds?(?: to)?|inhibit(?:s|ing)?"
    r"|agonist of|antagonist of|inhibitor of|anti-)\s*(?:the\s+)?(?:[\w\-]+,?\s+){0,4}\(?$",
    re.IGNORECASE,
)


def read_assets(
    deal_sentences: Sequence[Sentence],
    all_sentences: Sequence[Sentence],
    not_names: Iterable[str],
    elsewhere: Sequence[Sentence] = (),
) -> list[str]:
    """The assets `deal_sentences` name, with the other names `all_sentences` give them; a name in brackets right
    after an asset is another name of it even in a sentence of the story's other matters (`elsewhere`)."""
    blocked = {n.lower() for n in not_names} | PRESS_OUTLETS  # (nor the outlet: "..., Reuters news agency reports")
    found: list[str] = []
    text = plain_dashes("\n".join(in_the_deal(s.text) for s in deal_sentences))
    others = _other_deals_names(text, blocked) | _others_products(text, blocked) | _combined_with(text)
    others |= _sales_told_of(text) if ("sales of" in text or "success of" in text) else set()
    others |= _epithets_and_rivals(text) if ("maker" in text or "developer" in text or "rival" in text or (
        "competi" in text)) else set()
    # "Sato also markets Foo": what a company sells besides is not the deal's
    others |= {n.lower() for start, end in _sold_besides(text) for n in _assets_in(text[start:end])}
    for name in _assets_in(text):
        if name.lower() not in blocked | others and not _is_target(name) and not _CROSSED_TARGETS.fullmatch(name):
            found.append(name)
    # "NB-1 targets QRK15, a membrane protein": a gene-like symbol a product is said to act on is a target
    acted_on = _acted_on_symbols(text) if any(_is_symbol(name, blocked) for name in found) else set()
    found = [name for name in found if name not in acted_on]
    # "its Foocin and Barex brands": the name joined to an asset before a plural product noun is one too
    for asset in list(dict.fromkeys(found)) if " and " in text or " or " in text else ():
        at = text.find(asset)
        while at != -1:
            more = _COORDINATED.match(text, at + len(asset))
            if more and more.group(1).lower() not in blocked | _PLACES:
                found.append(more.group(1))
            at = text.find(asset, at + 1)
    # "the drugs Foocin, Barex (both for gout) and Quelmira": more names listed after an asset are assets too
    for asset in list(dict.fromkeys(found)) if ("," in text or " and " in text) else ():
        for _, end in mentions(asset, text):
            while (more := _LISTED_AFTER.match(text, end)) is not None and _may_be_listed(more, text, blocked):
                found.append(_without_glued_mark(more.group(1).rstrip("®™")))
                end = more.end(1)
    # "Acme, maker of the drug Foo, sells rights to NB-1": what a party is known for is not the deal's product
    background = _made_by_a_party(text) if any(w in text for w in _MAKER_OF_WORDS) else set()
    if any(name.lower() not in background for name in found):
        found = [name for name in found if name.lower() not in background]
    if not found:
        # an unnamed product called by its target and class: "may co-promote the IL-33 mAb"
        found += [m.group(1) for m in _BY_TARGET_AND_CLASS.finditer(text) if _is_target(m.group(2))]
    # names given in brackets right after a known asset
    everything = plain_dashes("\n".join(s.text for s in [*all_sentences, *elsewhere]))
    for asset in list(dict.fromkeys(found)):
        at = everything.find(asset)
        while at != -1:
            bracket = _ALIASES.match(everything, at + len(asset))
            if bracket:
                for alias in re.split(r"[;,]\s*", bracket.group(1)):
                    alias = _DOSAGE_FORM.sub("", alias.strip())  # "QUELMIRA (tolotriptan nasal spray)": the INN
                    if _looks_like_asset_alias(alias) and alias.lower() not in blocked:
                        found.append(alias)
            at = everything.find(asset, at + 1)
    # "NB-1 is made up of an antibody and Quelbody-B, Norvane's shuttle": the named parts of a known asset
    for sentence in all_sentences if found else ():
        made = _MADE_OF.match(plain_dashes(sentence.text))
        if made and made.group("asset") in found:
            for part in _PART_NAME.finditer(made.group("parts")):
                name = part.group(1)
                if name.lower() not in blocked and name.upper() not in NOT_ASSET_WORDS and not _is_target(name) and (
                    not _names_no_product(part, made.group("parts"))
                ):
                    found.append(name)
    # brand names given in a sentence that names a known asset
    known = [a.lower() for a in dict.fromkeys(found)]
    for sentence in all_sentences:
        lowered = sentence.text.lower()
        if known and any(a in lowered for a in known):
            for m in _BRAND_NAMED.finditer(sentence.text):
                brand = m.group(1).rstrip("®™")
                if brand.upper() not in NOT_ASSET_WORDS and brand.lower() not in blocked | _PLACES:
                    found.append(brand)
    # "targeted protein degradation (TPD)" anywhere in the story: the acronym of plain words names no product
    spelled = {m.group(1) for m in _BRACKETED_ACRONYM.finditer(everything) if m.group(1) in found and
               _abbreviates_words(m.group(1), everything[: m.start()])} if "(" in everything else set()
    # "PRIME" read alone where the story also names "NorRNA PRIME": the longer name's tail is that name
    tails = {f.rsplit(" ", 1)[1] for f in found if " " in f and f.rsplit(" ", 1)[1][:1].isupper()}
    return _unique(f for f in found if f not in spelled and f not in tails)


def _acted_on_symbols(text: str) -> set[str]:
    """The gene-like symbols `text` says a product acts on: "targets QRK15", "an inhibitor of QRK15"."""
    return {m.group(1) for m in _SYMBOL_AFTER_CONTEXT.finditer(text) if _is_symbol(m.group(1), set())}


def describes_a_pipeline(sentence: str) -> bool:
    """Whether a sentence tells what leads a company's own pipeline ("Heading its pipeline is NB-1", "The latter is
    led by NB-2", "Kestrel's own pipeline includes NB-3") or what it sells besides ("Kestrel also markets Foo"):
    background, not a deal's product, when the deal's sentences name none."""
    may = " led by " in sentence or "pipeline" in sentence or "portfolio" in sentence or " markets " in sentence
    return bool(_PIPELINE_LED_BY.search(sentence)) if may or " sells " in sentence or "commerciali" in sentence else (
        False
    )


def tells_of_sales(sentence: str) -> bool:
    """Whether a sentence tells of a company's sales or of the patents on what it sells ("Kestrel also faces the
    loss of patent protection for key products like Foo", "Foo rang up $3 billion in sales"): background, not a deal's
    product, when the rest of the story is read for one."""
    lower = sentence.lower()
    may = "sales" in lower or "patent" in lower or "generic" in lower or "exclusivity" in lower
    return bool(_TELLS_OF_SALES.search(lower)) if may else reports_sales(sentence)


def reports_sales(sentence: str) -> bool:
    """Whether a sentence tells what a company's products brought in ("The vaccine and treatment brought in more
    than $16 billion"): a figure of its business, whose products are not the deal's."""
    return bool(_SALES_TAKEN.search(sentence)) if (" in " in sentence or " up " in sentence) else False


def what_a_company_makes(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses that describe a company by what it makes (", maker of the drug Foo,", ", which
    makes insulin pens and the CAR-T Bar,"): background, not the deal's products."""
    spans = _sold_besides(text)
    if not any(w in text for w in _MAKER_OF_WORDS):
        return spans
    return [m.span(1) for m in _MAKER_OF.finditer(text)] + spans


def _sold_besides(text: str) -> list[tuple[int, int]]:
    """The spans of what a company is said to sell besides the deal's product ("Sato also markets Foo in Asia") or
    what its pipeline already holds ("expands Sato's pipeline, which also includes Foo")."""
    may = "also " in text or "already " in text or "separately " in text
    spans = [m.span(1) for m in _ALSO_SELLS.finditer(text)] if may and ("sells " in text or "markets " in text or (
        "commerciali" in text)) else []
    if may and ("pipeline" in text or "portfolio" in text or "line" in text or "franchise" in text):
        spans += [m.span(1) for m in _PIPELINE_ALSO_HAS.finditer(text)]  # what a party's pipeline already holds
    return spans


def _without_what_it_sells(text: str) -> str:
    """`text` with what a company sells besides the deal's product blanked, the same length."""
    for start, end in _sold_besides(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def tells_of_another_deal(sentence: str) -> bool:
    """Whether a sentence tells of a party's other deal ("Kestrel struck a separate deal with Halvard for its
    anti-tau antibody", "Separately, Kestrel markets ..."): its products are not this deal's."""
    may = "Separately" in sentence or any(word in sentence for word in _ANOTHER_DEAL_WORDS)
    return bool(_ANOTHER_DEAL.search(sentence)) if may else False


def plain_dashes(text: str) -> str:
    """`text` with its other hyphens written "-" (`DASHES`) and a double hyphen that stands for a dash written as
    the comma it is ("the antibody--NB-1--is"), the same length."""
    text = text.translate(DASHES) if _ODD_DASH.search(text) else text
    return _DOUBLE_HYPHEN.sub(", ", text) if "--" in text else text


def _may_say_not_part(text: str) -> bool:
    """A cheap test before `_NOT_PART`: the words one of which it needs."""
    lower = text.lower()
    return "not " in lower or "exclud" in lower or "outside the" in lower


def in_the_deal(sentence: str) -> str:
    """The part of a sentence that is about the deal: not a clause saying something is not part of it.

    "NB-9, which is not partnered, is in phase 3" loses "NB-9, which ..."; "NB-9 is not part of the
    agreement" is nothing of the deal.
    """
    m = _NOT_PART.search(sentence) if _may_say_not_part(sentence) else None
    if m is None:
        return sentence
    relative = _RELATIVE.search(sentence, 0, m.start())
    if relative is None:
        return ""
    return _LAST_NAME.sub("", sentence[: relative.start()])


def _other_deals_names(text: str, parties: set[str]) -> set[str]:
    """Names given as the object of another company's deal: "following Summit's pact for ivonescimab"."""
    names: set[str] = set()
    for m in _OTHER_DEAL.finditer(text):
        if not _is_party_word(m.group("owner"), parties):
            names.update(n.lower() for n in _assets_in(text[m.end() : m.end() + 40])[:1])
    return names


def _made_by_a_party(text: str) -> set[str]:
    """Names in a clause that says what a company makes: "Acme Inc., maker of the eye drug Foo, said"."""
    names: set[str] = set()
    for m in _MAKER_OF.finditer(text):
        names.update(n.lower() for n in _assets_in(m.group(1)))
        names.update(w.lower() for w in _CAPITALISED_WORD.findall(m.group(1)))  # a brand alone: "known for Foo"
    return names


def _combined_with(text: str) -> set[str]:
    """A drug the deal's product is to be given with is not licensed: "in combination with Keytruda"."""
    names: set[str] = set()
    for m in _COMBINED.finditer(text) if "combin" in text else ():
        names.update(n.lower() for n in _assets_in(text[m.end() : m.end() + 80])[:2])
    return names


def _epithets_and_rivals(text: str) -> set[str]:
    """Names that stand for a company or a rival's product: "as the Foo developer seeks a successor", "Halvard's
    competitor Barex"."""
    names: set[str] = set()
    for pattern in (_EPITHET, _RIVAL):
        for m in pattern.finditer(text):
            names.update(n.lower() for n in _assets_in(m.group(1))[:2])
    return names


def _sales_told_of(text: str) -> set[str]:
    """A product whose sales or success a sentence tells is a company's business: "on higher sales of Foo"."""
    names: set[str] = set()
    for m in _SALES_OF.finditer(text):
        names.update(n.lower() for n in _assets_in(text[m.end() : m.end() + 60])[:2])
    return names


def _is_party_word(word: str, parties: set[str]) -> bool:
    """A word of a party's name, or its initials ("CKD" of "Chong Kun Dang Pharmaceutical")."""
    lower = word.lower()
    return any(
        lower in party.split() or (len(lower) >= 2 and "".join(w[0] for w in party.split()).startswith(lower))
        for party in parties
    )


def _others_products(text: str, parties: set[str]) -> set[str]:
    """Names in a clause that says another company sells or makes them: "Kadcyla® ... marketed by Roche"."""
    names: set[str] = set()
    for m in _OWNED_BY.finditer(text) if " by " in text else ():
        if not _is_party_word(m.group("owner"), parties):
            # the clause before it: back to the comma before the names ("for NB-38, built like X (y), marketed by")
            back = text[: m.start()].rstrip(" ,")
            start = max(back.rfind(c) for c in ".;,\n")
            names.update(n.lower() for n in _assets_in(back[start + 1 :]))
    return names


def read_targets(
    sentences: Sequence[Sentence],
    everywhere: Sequence[Sentence],
    assets: Sequence[Sentence] = (),
    not_names: Iterable[str] = (),
) -> list[str]:
    """Targets of the deal's sentences; failing those, of its assets' sentences; failing those, any the
    story says a product acts on. `not_names` (the assets, the parties) are not targets."""
    not_targets = {n.lower() for n in not_names}
    deal = {s.index for s in sentences}
    asset_only = [s for s in assets if s.index not in deal]
    seen = deal | {s.index for s in asset_only}
    story = plain_dashes("\n".join(s.text for s in [*sentences, *asset_only, *everywhere]))
    # a company's exchange ticker ("(NASDAQ: ABCD)") is its name, not a target
    not_targets |= {t.lower() for t in _TICKER.findall(story)} if ":" in story else set()
    # "acts on an undisclosed target": the deal keeps its target secret, and what the rest of the story names
    # (another drug's: "hereditary TTR amyloidosis ... its drug norvasen") is not it
    undisclosed = any(_UNDISCLOSED_TARGET.search(s.text) for s in [*sentences, *asset_only] if "target" in s.text)
    for tier, group in enumerate((sentences, asset_only, [s for s in everywhere if s.index not in seen])):
        texts = [s.text for s in group]
        if not texts or (tier == 2 and undisclosed):
            continue
        if _may_say_not_part("\n".join(texts)):
            texts = [in_the_deal(t) for t in texts]
        texts = [_without_what_it_sells(t) for t in texts]  # "Sato also markets an anti-TNF antibody"
        found = _targets_in(plain_dashes("\n".join(texts)), tier == 2, not_targets)  # a match never spans lines
        if found:
            if tier == 0 and asset_only:
                # what the assets' sentences say a product acts on ("NB-1 binds HER2 and HER3") adds to them
                text = plain_dashes("\n".join(in_the_deal(s.text) for s in asset_only))
                found += [(at + len(story), rank, t) for at, rank, t in _targets_in(text, True, not_targets, True)]
            break
    else:
        return []
    # at one place a pair's half ("GIP" of "GLP-1/GIP receptor agonist"), else the longer reading ("GLP-1
    # receptor" over "GLP-1"); a name written out is its symbol where the story writes that too
    # ("glucagon-like peptide-1 (GLP-1)")
    # ("CLDN18.2", not also the "CLDN18" the table reads at the same place in "CLDN18.2xCD3")
    found = [f for f in found if not any(_reads_more_at(g, f) for g in found)]
    written = [_symbol(t, story) for _, _, t in sorted(found, key=lambda pt: (pt[0], pt[1], -len(pt[2])))]
    targets = _unique(written, key=_target_key)
    # "E2 receptor" read inside "PGE2 receptor" is that target, not another; "KRAS" beside "KRAS G12D" is it
    return [
        t
        for t in targets
        if (" " not in t or not any(_is_longer_form(u, t) for u in targets))
        and not any(u.startswith(t + " ") and _MUTATION.fullmatch(u[len(t) + 1 :]) for u in targets)
    ]


def acts_on_two_targets(sentence: str) -> bool:
    """Whether a sentence says one product acts on two targets at once: "BNT-9, which works on both PD-L1, the
    target of X, and VEGF", "binds both HER2 and HER3" (an antibody that does is a bispecific)."""
    if " both " not in sentence:
        return False
    text = plain_dashes(sentence)
    for m in _ON_BOTH.finditer(text):
        first = _TARGET.match(text, m.end()) or _SYMBOL_HERE.match(text, m.end())
        if first is None or not (_is_target(first.group(1)) or _is_symbol(first.group(1), set())):
            continue
        # the second after "and", past a clause that describes the first: "PD-L1, the target of X and Y, and VEGF"
        for second in _AND_SYMBOL.finditer(text, first.end(), first.end() + 120):
            if _is_target(second.group(1)) or _is_symbol(second.group(1), set()):
                return True
    return False


def _reads_more_at(other: tuple[int, int, str], found: tuple[int, int, str]) -> bool:
    """Whether `other` is a longer reading, as strong, at the same place: "CLDN18.2" of a pair over "CLDN18"."""
    return other[0] == found[0] and other[1] <= found[1] and len(other[2]) > len(found[2]) and (
        other[2].startswith(found[2])
    )


def _targets_in(
    text: str, rest_of_story: bool, not_targets: set[str], said_of: bool = False
) -> list[tuple[int, int, str]]:
    """(where, 0 for a pair's half, the target) of each target `text` names; in the rest of the story a symbol
    not in the table needs a context, and with `said_of` every symbol does."""
    found: list[tuple[int, int, str]] = []
    for m in _TARGET.finditer(text):
        marker = _BIOMARKER_AFTER.match(text, m.end())
        if marker and _NAMES_A_KINASE_INHIBITOR.match(text, m.end()) and _A_PRODUCT_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            marker = None  # "rights to an EGFR TKI": the product, not the patients ("progressed on an EGFR TKI")
        if marker and _MUTATIONS_WORD.fullmatch(marker.group(0)) and _GENE_THERAPY.search(text):
            marker = None  # "a gene therapy for patients with GRN mutations": the gene it replaces is its target
        if marker or _BIOMARKER_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue  # "tumours positive for PD-L1 expression", "EGFR-mutated NSCLC": the patients, not the target
        if _CARRIED_AFTER.match(text, m.end()) or _CARRIED_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue  # "armed with an IL-12 payload": what the product carries, not what it acts on
        if _COMPARED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Compared to first-generation PARP inhibitors": the class it is measured against
        if (m.group(1) not in AMBIGUOUS_TARGETS and not said_of) or _has_target_context(text, m):
            given = _GIVEN_SYMBOL.match(text, m.end()) if not m.group(1).isupper() else None
            if given and _is_target(given.group(1)):
                # "human interleukin-9 (IL-9)": the name written out is the symbol the bracket gives
                found.append((m.start(), 1, given.group(1)))
                continue
            found.extend((m.start(), 1, name) for name in _isoforms(m.group(1), text, m.end()))
    pairs = [*_PAIRED_TARGETS.finditer(text)] if "/" in text else []
    if _MAY_CROSS.search(text):
        pairs += _CROSSED_TARGETS.finditer(text)
    for m in pairs:
        for group in range(1, (m.lastindex or 2) + 1):
            if m.group(group) is None:
                continue
            if _is_target(m.group(group)) or _is_symbol(m.group(group), not_targets) or not m.group(group).isupper():
                found.append((m.start(group), 0, m.group(group)))
    for m in _SYMBOL_AFTER_CONTEXT.finditer(text):
        if _is_symbol(m.group(1), not_targets):
            found.append((m.start(1), 2, m.group(1)))
    for m in _CONTEXT_AFTER_SYMBOL.finditer(text):
        before = _SYMBOL_AT_END.search(text, max(0, m.start() - 12), m.start())
        if before and _is_symbol(before.group(1), not_targets) and not _COMPARED_BEFORE.search(
            text, max(0, before.start() - 60), before.start()
        ) and not (
            # "patients who progressed on an EGFR tyrosine kinase inhibitor": the patients' prior drug
            "tyrosine" in m.group(0) and _TREATED_BEFORE.search(text, max(0, before.start() - 40), before.start())
        ):
            found.append((before.start(), 2, before.group(1)))
    for m in _WRITTEN_TARGET.finditer(text):
        if _SYMBOL_GIVEN_AFTER.match(text, m.end()):
            continue  # "targets the growth factor 2 (QGF2) receptor": the symbol in brackets is read, not the words
        if not _NOT_A_NAME_WORD.intersection(m.group("name").split()):
            found.append((m.start("name"), 2, m.group("name")))
    for m in _ANTI_WRITTEN.finditer(text) if "anti-" in text else ():
        words = m.group("name").split()
        if not _NOT_A_NAME_WORD.intersection(words) and not _ANTI_CLASS_WORD.fullmatch(words[0]):
            found.append((m.start("name"), 2, m.group("name")))
    for m in _RECEPTOR_ACTED_ON.finditer(text) if "receptor " in text else ():
        spans = [*re.finditer(r"\S+", m.group("words"))]
        first = len(spans)
        while first > 0 and spans[first - 1].group(0) not in _NOT_OF_A_RECEPTORS_NAME:
            first -= 1  # back from "receptor" to a word that only says how or which
        if first < len(spans) and any(c.isalpha() for w in spans[first:] for c in w.group(0)):
            start = m.start("words") + spans[first].start()
            if _COMPARED_BEFORE.search(text, max(0, start - 60), start):
                continue  # "greater weight loss than the popular velotropin receptor agonists": a class compared with
            found.append((start, 2, text[start : m.end("isoform") if m.group("isoform") else m.end("words") + 8]))
    for m in _WRITTEN_BEFORE_TARGETING.finditer(text) if ("-target" in text or "- target" in text or "-directed"
                                                         in text) else ():
        spans = [*re.finditer(r"\S+", m.group("words"))]
        first = len(spans)
        while first > 0 and spans[first - 1].group(0) not in _NOT_OF_A_RECEPTORS_NAME:
            first -= 1  # back from "factor" to a word that only says how or which: "its tissue factor"
        if first < len(spans) - 1:  # a word of its own before the molecule's: not "a receptor-targeting"
            start = m.start("words") + spans[first].start()
            found.append((start, 2, text[start : m.end("words")]))
    for m in _NAME_DESCRIBED.finditer(text) if ", a" in text else ():
        if m.group(1).lower() not in not_targets:
            found.append((m.start(1), 2, m.group(1)))
    for m in _BRACKETED_SYMBOL.finditer(text) if "(" in text else ():
        named = _NAMED.search(text, max(0, m.start() - 40), m.start())
        if named and (_TECHNOLOGY_AFTER.match(text, m.end()) or (_PRODUCT_FORM_BEFORE.search(
            text, max(0, named.start() - 60), named.start() + 1
        ) and not _TARGET_CTX_AFTER.match(text[m.end() : m.end() + 30]))):
            continue  # "norvane binding protein (NBP) technology", "injectable hyaluronidase (NHY)": no target's symbol
        if named and _is_symbol(m.group(1), not_targets) and (not rest_of_story or _has_target_context(text, m)):
            # "growth factor 1 (QGF1) receptor": the bracket names the factor, the words after it its receptor
            receptor = text.startswith(" receptor", m.end()) and not named.group(0).strip().startswith("receptor")
            found.append((m.start(1), 2, f"{m.group(1)} receptor" if receptor else m.group(1)))
    # more symbols listed after a target a product is said to act on: "targeting alpha-synuclein and LRRK2"
    listed = [f for f in found if _TARGET_CTX_BEFORE.search(text, max(0, f[0] - 80), f[0])]
    for at, _rank, name in listed:
        end = at + len(name)
        while (more := _MORE_SYMBOLS.match(text, end)) is not None:
            if _is_symbol(more.group(1), not_targets) or _is_target(more.group(1)):
                found.append((more.start(1), 2, more.group(1)))
            end = more.end(1)
    return found


# digits that only drug codes carry: three in a row, or two after a dash ("MGA012", "NB-42"); "CLDN18",
# "GPRC5D", "B7-H3" are gene symbols
_DRUG_CODE_DIGITS = re.compile(r"\d{3}|-\d{2}")


def _is_symbol(name: str, not_targets: set[str]) -> bool:
    """A gene-like symbol: two capitals or a capital and a digit, not a word of the trade or an asset."""
    caps = sum(c.isupper() for c in name)
    return (
        (caps >= 2 or any(c.isdigit() for c in name))
        and (len(name) >= 3 or name[-1].isdigit())
        and name.upper() not in NOT_ASSET_WORDS
        and name.upper() not in NOT_TARGET_SYMBOLS
        and name.lower() not in not_targets
        and not _DRUG_CODE_DIGITS.search(name)
        and not _MUTATION.fullmatch(name)
    )


def _symbol(target: str, text: str) -> str:
    if target.endswith(" receptor") and (written := _receptor_symbol(target, text)):
        return written  # "QGF1 receptor" is "QGF1R" where the story writes that
    symbol = TARGET_SYMBOLS.get(target.lower())
    return symbol if symbol is not None and re.search(rf"(?<![\w\-]){re.escape(symbol)}(?![\w])", text) else target


def _receptor_symbol(target: str, text: str) -> str | None:
    """The symbol a story writes for a receptor named by its ligand's symbol: "QGF1 receptor" is "QGF1R"."""
    symbol = target[: -len(" receptor")] + "R"
    return symbol if re.search(rf"(?<![\w\-]){re.escape(symbol)}(?![\w])", text) else None


def _isoforms(target: str, text: str, end: int) -> list[str]:
    """'PPAR alpha and delta' names two targets: 'PPAR alpha', 'PPAR delta'."""
    more = _MORE_ISOFORMS.match(text, end)
    tail = _GREEK_TAIL.search(target)
    if not more or not tail or tail.start() == 0:
        return [_singular(target)]
    base, written = target[: tail.start()], tail.group(0)
    sep = written[: len(written) - len(tail.group(1))]  # "PPAR alpha": " "; "PPARα": ""
    return [target, *(f"{base}{sep}{g}" for g in re.findall(_GREEK, more.group(0)))]


def _target_key(target: str) -> str:
    """One key for the ways a target is written: "GIP receptor" is "GIP", "Trop-2" is "TROP2"."""
    return re.sub(r"[^a-z0-9α-ω]", "", re.sub(r"[\s\-]receptors?$", "", target.lower()))


def _is_longer_form(longer: str, target: str) -> bool:
    a, b = _target_key(longer), _target_key(target)
    return len(a) > len(b) and a.endswith(b)


def _singular(target: str) -> str:
    return target[:-1] if target.endswith(" receptors") else target


def _assets_in(text: str) -> list[str]:
    out: list[tuple[int, str]] = []
    for m in _CODE.finditer(text):
        code = m.group(1)
        prefix = re.match(r"[A-Za-z]+", code)
        if prefix and prefix.group(0).upper() in _CURRENCY_PREFIXES:
            continue  # an amount: "RMB 200", "CHF80", "SFr380"
        if _WORD_SEGMENT.search(code):
            continue  # a description with a code's dashes: "IL-9-toxin", "IL-9Beta-bias"
        if prefix and " " in code and prefix.group(0) in TICKER_PREFIXES:
            continue  # a ticker: "(HK 1177)"
        if code.upper() in NOT_ASSET_WORDS or (re.fullmatch(r"(?:19|20)\d\d", code[-4:]) and not code[:-4].strip("- ")):
            continue
        if re.fullmatch(r"(?:Phase|Q|H|FY|COVID|Form|Nav)[- ]?\d+.*", code, re.IGNORECASE):
            continue
        if _MUTATION.fullmatch(code) and _is_mutation_at(text, m.start(), m.end()):
            continue  # a mutation: "KRAS G12D", "BRAF V600E", "G12C-mutant"
        if _CELLS_AFTER.match(text, m.end()) and re.fullmatch(r"[A-Z]+-[a-z]+[A-Z]+", code):
            continue  # a kind of cell: "CAR-iNKT cells"
        if _INDEX_AFTER.match(text, m.end()):
            continue  # a stock index: "the benchmark ABC-50 index"
        if code[-1] == "s" and _CLASS_ACRONYM_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # a class's plural acronym: "velotropin receptor agonists (VR-1As)"
        if "-" not in code and _DECIMAL_AFTER.match(text, m.end()):
            continue  # a price in a currency the tables may lack: "US$24.00 (RM107.45)"
        out.append((m.start(), code))
        label = _ISOTOPE_LABEL.match(code)
        if label:
            out.append((m.start() + label.end(), code[label.end() :]))  # "[203Pb]NBT-a-RX" is also "NBT-a-RX"
    for m in _INN.finditer(text):
        word = m.group(1)
        if m.group(2) is None and word[-3:].lower() not in _STEM_TAILS:
            continue  # most words: no stem ends like this one
        if not _is_inn(word, m.group(2)):
            continue
        name = word if m.group(2) is None else f"{word} {m.group(2)}"
        out.append((m.start(), name))
    has_platform = "platform" in text or "technolog" in text or "librar" in text
    for m in _PLATFORM.finditer(text) if has_platform else ():
        name = m.group(1) or m.group(2)
        if (
            name
            and name.upper() not in NOT_ASSET_WORDS
            and name.lower() not in _GENERIC_PLATFORM_WORDS
            and not _COMPANY_LAST_WORD.fullmatch(name)
            and not _abbreviates_words(name, text[: m.start(1)])
        ):
            out.append((m.start(), name))
    for m in _QUOTED_PLATFORM.finditer(text) if has_platform else ():
        name = m.group(1)
        if any(c.isupper() for c in name) and name.upper() not in NOT_ASSET_WORDS and (
            name.lower() not in _GENERIC_PLATFORM_WORDS
        ):
            out.append((m.start(1), name))
    for m in _PRODUCT_CALLED.finditer(text) if " called " in text or " named " in text else ():
        if m.group(1).upper() not in NOT_ASSET_WORDS and not _names_no_product(m, text):
            out.append((m.start(1), m.group(1)))
    for m in _ABOUT.finditer(text):
        brand = _BRAND.match(text, m.end())
        if brand and brand.group(1).upper() not in NOT_ASSET_WORDS and not _names_no_product(brand, text):
            out.append((brand.start(), brand.group(1)))
    for m in _MARKED.finditer(text) if ("®" in text or "™" in text) else ():
        if _CLASS_NAME.fullmatch(m.group(1)):
            continue  # a class of drug its inventor marks: "PROTAC® protein degrader", not a product
        if m.group(1).upper() not in NOT_ASSET_WORDS and m.group(1).lower() not in _PLACES:
            out.append((m.start(1), m.group(1)))
    for m in _DEAL_WITH_FOR.finditer(text) if " with " in text else ():
        if m.group(1).upper() not in NOT_ASSET_WORDS and not _names_no_product(m, text):
            out.append((m.start(1), m.group(1)))
    for m in _COINED_TECHNOLOGY.finditer(text) if has_platform else ():
        if m.group(1).lower() not in _GENERIC_PLATFORM_WORDS:
            out.append((m.start(1), m.group(1)))
    for m in _PLATFORM_NAMED.finditer(text) if has_platform or "calls" in text or "engine" in text else ():
        name = m.group(1) or m.group(2)
        if name.upper() not in NOT_ASSET_WORDS and name.lower() not in _GENERIC_PLATFORM_WORDS | _PLACES:
            out.append((m.start(1) if m.group(1) else m.start(2), name))
    for m in _OWNED_PLATFORM.finditer(text) if has_platform else ():
        name = m.group(1)
        if _COMPANY_LAST_WORD.fullmatch(name):
            continue  # a business a company calls a platform: "Bain Capital's Healthcare platform"
        if name.upper() not in NOT_ASSET_WORDS and name.lower() not in _GENERIC_PLATFORM_WORDS | _PLACES:
            out.append((m.start(1), name))
    for m in _BRAND_WITH_INN.finditer(text) if "(" in text else ():
        inn = _BIOLOGIC_SUFFIX.sub("", m.group(2))  # "QUELTAX (tovelimab-xqrz)": the INN is "tovelimab"
        marked, at = m.group(1), m.start(1)
        if " " in marked and marked.split()[0].lower() in LEADING_NOISE:
            at += marked.index(" ") + 1
            marked = marked.split(" ", 1)[1]  # "to Develop and Commercialize QUELTAX® (...)": a headline's verb
        if _DISEASE_WORD.fullmatch(inn.split()[-1]) and not _is_inn(inn.split()[0], None):
            out.append((at, marked))  # "Edarbi (hypertension)": the brand, not what it treats
        elif _is_inn(inn.split()[0], None) or len(inn.split()) == 2 or _LOOKS_INN.fullmatch(inn):
            out.append((at, marked))
            out.append((m.start(2), inn))
    may_be_about = "rights " in text or "licen" in text or "agreement for" in text or "commerciali" in text or (
        "supply of" in text
    )
    for m in _ABOUT_LOWER.finditer(text) if may_be_about else ():
        word = m.group(1)
        if word not in _PLAIN_WORDS and word not in _NOT_INN and not _PLAIN_WORD_ENDINGS.search(word):
            out.append((m.start(1), word))  # "an agreement for norvapraxine": a name no stem tells
    for m in _LEAD_CANDIDATE.finditer(text) if "candidate" in text else ():
        if m.group(1).upper() not in NOT_ASSET_WORDS:
            out.append((m.start(1), m.group(1)))
    for m in _FORM_ACRONYM.finditer(text) if "(" in text else ():
        # (not a target's symbol: "an intravenous tyrosine kinase (QYK) inhibitor")
        if m.group(1).upper() not in NOT_ASSET_WORDS and not _TARGET_CTX_AFTER.match(text[m.end() : m.end() + 30]):
            out.append((m.start(1), m.group(1)))  # "a proprietary form of injectable quelase (QCH)"
    for m in _BRAND_BEFORE_FORM.finditer(text) if ("tablet" in text or "capsule" in text or "inject" in text) else ():
        if m.group(1).upper() not in NOT_ASSET_WORDS and not _names_no_product(m, text):
            out.append((m.start(1), m.group(1)))  # "Norvane makes Quelmira tablets"
    for m in _PRODUCT_NOUN_BRAND.finditer(text):
        if m.group(1).upper() not in NOT_ASSET_WORDS and not _names_no_product(m, text):
            out.append((m.start(1), m.group(1)))
    return [_without_glued_mark(name.rstrip("®™")) for _, name in sorted(out)]


def _may_be_listed(m: re.Match[str], text: str, blocked: set[str]) -> bool:
    """Whether a name listed after an asset ("Foocin, Barex and Quelmira") may be a product: an INN, or a
    capitalised name that is not a party's, a place, a people, a company or a word of the trade."""
    name = m.group(1).rstrip("®™")
    if name.islower():
        return _is_inn(name, None)
    return (
        name.lower() not in blocked
        and name.upper() not in NOT_ASSET_WORDS
        and not _is_target(name)
        and not _CLASS_NAME.fullmatch(name)
        and not _names_no_product(m, text)
    )


def _without_glued_mark(name: str) -> str:
    """A brand in capitals with its trademark's letters glued on: "QUELMIRATM" is "QUELMIRA"."""
    return name[:-2] if len(name) >= 7 and name.isupper() and name.endswith("TM") else name


def _is_mutation_at(text: str, start: int, end: int) -> bool:
    """Whether a code written like a point mutation ("G12D", "E31R") stands as one: after a gene symbol or before
    a word of mutation or of what acts on it ("KRAS G12D", "G12C-mutant", "a G12C inhibitor")."""
    return bool(_GENE_BEFORE.search(text, max(0, start - 12), start) or _MUTATION_AFTER.match(text, end))


def _names_no_product(m: re.Match[str], text: str) -> bool:
    """A capitalised name read where a product could stand that names a place, a people, a company or a function
    word: "develop it in China", "sell it to Danish pharma group X", "interest in Acme Pharmaceuticals, Inc.'s
    drugs", "interest in Acme Pharmaceuticals' drugs", "its Canadian Portfolio", "includes The"."""
    name = m.group(1).rstrip("®™")
    return (
        name.lower() in _PLACES
        or name.lower() in _FUNCTION_WORDS
        or _NATIONALITY.fullmatch(name) is not None
        or _NATIONALITY.fullmatch(name.split()[0]) is not None  # "Kestrel's Canadian Portfolio": a business
        or _COMPANY_WORD_AFTER.match(text, m.end(1)) is not None  # "Vertex Pharmaceuticals' drugs": a company
        or _COMPANY_LAST_WORD.search(name) is not None
        or _LEGAL_SUFFIX_AFTER.match(text, m.end(1)) is not None
    )


def _abbreviates_words(acronym: str, before: str) -> bool:
    """'targeted protein degradation (TPD)': an acronym of the plain words before it names no platform."""
    words = re.findall(r"[\w]+", before.rstrip(" ("))[-len(acronym) :]
    return (
        len(words) == len(acronym)
        and all(w.islower() for w in words)
        and "".join(w[0] for w in words) == acronym.lower()
    )


def looks_like_drug_name(name: str) -> bool:
    """A development code or an international nonproprietary name ("LCB97", "efinopegdutide")."""
    m = _INN.fullmatch(name)
    return bool(_CODE.fullmatch(name) or (m and _is_inn(m.group(1), m.group(2))))


def inn_modality(name: str) -> str | None:
    """The modality an INN's stem names ("vesofarsen" oligonucleotide, "tarlocimab vedotin" ADC), if any."""
    m = _INN.fullmatch(name)
    if not m or not _is_inn(m.group(1), m.group(2)):
        return None
    lower = name.lower()
    if m.group(2) and m.group(1).lower().endswith("mab") and _PAYLOAD.search(m.group(2)):
        return "adc"  # "sacituzumab tirumotecan": an antibody and its payload
    for stem in _STEM_ENDINGS:
        if lower.endswith(stem):
            return _STEM_MODALITY[stem] or None
    return None


def _is_inn(word: str, second: str | None) -> bool:
    lower = word.lower()
    if "-" in lower and lower.rsplit("-", 1)[1] not in _SAFE_STEMS:
        return False  # "proof-of-concept": an INN has no hyphen but in its short form ("zevor-cel")
    if lower.endswith(("nucleotide", "nucleotides", "peptide", "peptides")):
        return False  # "oligodeoxynucleotide": a class of molecule, not a name
    if second is not None and (lower.endswith(("ase", "cel", "mab", "gene", "tide")) or second[0].isupper()):
        return lower not in _NOT_INN  # "ilofotase alfa", "loncastuximab tesirine", "flurpiridaz F 18"
    if not lower.endswith(_STEM_ENDINGS) or lower in _NOT_INN or lower.endswith(("ment", "ments")):
        return False
    # a short stem must follow a prefix of at least five letters ("zevorcabta-gene", not "Cel-gene"), a long one
    # three ("ceno-bamate"), and a short form's stem after its hyphen three letters and the hyphen ("quo-vec",
    # "ide-cel")
    short_form = lower[-4:-3] == "-" and lower.split("-", 1)[0] not in _ENGLISH_PREFIXES
    return any(
        len(lower) - len(stem) >= (4 if short_form else 5 if len(stem) <= 4 and stem not in _DISTINCT_STEMS else 3)
        for stem in _STEM_ENDINGS
        if lower.endswith(stem)
    )


def _looks_like_asset_alias(alias: str) -> bool:
    m = _INN.fullmatch(alias)
    if _CODE.fullmatch(alias) or (m and _is_inn(m.group(1), m.group(2))):
        return True
    return bool(re.fullmatch(r"[a-z]{3,12}-[a-z]{2,6}", alias))  # short INN forms: zevor-cel, cilta-cel


def _is_target(name: str) -> bool:
    return _TARGET.fullmatch(name) is not None


def _has_target_context(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 80) : m.start()]  # the context is a few words: read no further back
    return bool(_TARGET_CTX_AFTER.match(text[m.end() : m.end() + 30]) or _TARGET_CTX_BEFORE.search(before))


def _unique(items: Iterable[str], key: Callable[[str], str] = str.lower) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        k = key(item)
        if k and k not in seen:
            seen.add(k)
            out.append(item)
    return out
