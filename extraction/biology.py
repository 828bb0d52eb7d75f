"""Biology tables: modality terms, target names, drug-name stems, indications, territories, stages.

Sources: the modality vocabulary of the gold format (`eval/README.md`); WHO INN stem book
("The use of stems in the selection of International Nonproprietary Names", 2018 and the 2022
-mab/-tug/-bart/-ment/-mig revision) and the USAN Council's stem list for drug-name stems and the
class each names; HUGO gene nomenclature (approved symbols and names) for target symbols and their
written-out forms; MeSH disease terms for indications; the ClinicalTrials.gov phase vocabulary for
stages.
"""

from __future__ import annotations

# Hyphens other than "-" that releases write in names and terms ("HS\u201120093", "antibody\u2013drug conjugate"),
# each read as "-" (one character for one, so offsets hold); the em dash stays punctuation.
DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-"})

# modality -> regular-expression fragments (case-insensitive, word-bounded by the caller).
# Order matters where terms overlap: more specific modalities are listed first.
MODALITY_TERMS: dict[str, tuple[str, ...]] = {
    "adc": (
        r"antibody[- ]drug conjugates?", r"ADCs?", r"antibody conjugates?", r"immunoconjugates?",
        r"conjugat(?:ed|ion) to (?:a |its )?(?:cytotoxic )?payload", r"payload", r"degrader[- ]antibody conjugates?",
        # a toxin or a drug joined to an antibody: "cytotoxins are coupled to antibodies"
        r"(?:toxins?|cytotoxins?|(?:cytotoxic )?drugs?|chemotherap(?:y|ies)|warheads?)(?: to| can| could| will)?"
        r"(?: be| are| is)? (?:linked|attached|conjugated|coupled) to (?:an? |the |its )?(?:monoclonal )?"
        r"antibod(?:y|ies)",
        r"antibod(?:y|ies) (?:linked|attached|conjugated|coupled) to (?:an? |the )?(?:potent |cytotoxic )?"
        r"(?:toxins?|cytotoxins?|cytotoxic drugs?|chemotherap(?:y|ies)|warheads?)",
    ),
    "bispecific": (
        r"bispecifics?", r"bi-specifics?", r"multi-?specifics?", r"tri-?specifics?", r"T[- ]cell engagers?",
        r"NK[- ]cell engagers?", r"cell engagers?", r"BiTEs?", r"dual[- ]targeting antibod(?:y|ies)", r"DARTs?",
        r"bispecific antibod(?:y|ies)", r"TCEs?",
        # a soluble T-cell receptor that engages T cells is a bispecific, not a cell therapy
        r"TCR[- ](?:based )?bispecifics?", r"ImmTACs?", r"TCR[- ]engagers?",
    ),
    "car-t": (
        r"CAR[- ]?T(?:[- ]cells?)?", r"CAR T[- ]cells?", r"chimeric antigen receptors?(?: \(CAR\))?(?: T)?",
        r"CAR[- ]based", r"CAR-engineered", r"\w+ CAR(?= \()", r"CAR(?= (?:gene )?therap)",
    ),
    "cell-therapy": (
        r"cell therap(?:y|ies)", r"cell-based therap(?:y|ies)", r"TCR[- ]?T", r"T[- ]cell receptor(?: \(T"
                                                                              r"CR\))? therap\w*",
        r"engineered T[- ]cells?", r"siTCR", r"TCRs?", r"TILs?", r"tumou?r[- ]infiltrating lymphocytes?",
        r"NK[- ]cell therap\w*", r"natural killer (?:\(NK\) )?cell therap\w*", r"CAR[- ]NK", r"stem[- ]cell therap\w*",
        r"iPSC[- ]derived", r"Tregs?", r"regulatory T[- ]cells?", r"allogeneic cell", r"engineered cell therap\w*",
        r"gamma delta T", r"macrophage therap\w*", r"(?:mesenchymal |hematopoietic |pluripotent )?stem cells?",
        r"MSCs?", r"T[- ]cell(?:[- ]based)? (?:anti-?cancer )?therap(?:y|ies)",
    ),
    "radiopharmaceutical": (
        r"radioligands?", r"radiopharmaceuticals?", r"radioligand therap(?:y|ies)", r"targeted alpha therap(?:y|ies)",
        r"alpha therap(?:y|ies)", r"alpha-targeted therap(?:y|ies)", r"radiopharma",
        r"radionuclides?", r"radioconjugates?", r"radiotherapeutics?", r"lutetium",
        r"actinium", r"Lu-177", r"177Lu", r"Ac-225", r"225Ac", r"lead-212", r"212Pb", r"radio-?labell?ed",
        r"PET(?:/CT|/MRI)? (?:imaging )?agents?", r"radiotracers?", r"radiodiagnostics?", r"(?:fluorine|F)[- ]?18",
        r"18F",
        r"gallium-68", r"68Ga", r"Ga-68", r"technetium", r"positron emission tomography", r"theranostics?",
        r"radiotheranostics?", r"radio-?isotopes?",
    ),
    "gene-editing": (
        r"gene[- ]editing", r"genome[- ]editing", r"CRISPR", r"base[- ]editing", r"prime[- ]editing", r"TALENs?",
        r"zinc[- ]finger nucleases?", r"Cas9", r"Cas12", r"epigenetic editing", r"gene[- ]edited",
    ),
    "gene-therapy": (
        # a protein the vector makes in the body: "an AAV-delivered antibody"
        r"(?:AAV|vector|viral)[- ](?:delivered|encoded|expressed|based) (?:antibod(?:y|ies)|proteins?|enzymes?)",
        r"gene therap(?:y|ies)", r"AAV", r"adeno-associated vir\w+", r"lentiviral", r"viral vectors?",
        r"gene transfer", r"gene replacement", r"capsids?",
    ),
    "mrna": (
        # (a longer term before the shorter one it starts with: the first that matches is read)
        r"mRNA[- ](?:encoded|based|delivered) (?:antibod(?:y|ies)|proteins?|enzymes?)",
        r"mRNA", r"messenger RNA", r"messenger ribonucleic acid", r"self-amplifying RNA", r"saRNA", r"circular RNA",
        r"circRNA",
    ),
    "oligonucleotide": (
        r"antibody[- ]oligonucleotide conjugates?", r"AOCs?",
        r"siRNAs?", r"RNAi", r"antisense", r"ASOs?", r"oligonucleotides?", r"RNA therap(?:y|ies)",
        r"RNA-based therap\w*", r"RNA interference", r"microRNA", r"aptamers?", r"oligodeoxynucleotides?",
        r"GalNAc(?:[- ]conjugated)?", r"gapmers?", r"RNA silencing", r"exon[- ]skipping", r"PMOs?",
        r"phosphorodiamidate morpholino",
    ),
    "vaccine": (r"vaccines?", r"vaccination", r"immuni[sz]ation"),
    "microbiome": (r"microbiome", r"live biotherapeutics?", r"bacterial consortia", r"microbiota"),
    # a virus that replicates in and kills tumour cells is none of the classes above: "an oncolytic adenovirus"
    "other": (
        r"oncolytic (?:[\w\-]+ )?(?:vir(?:us|uses|al therap\w*)|adenovir\w*|herpes\w*|vaccinia|reovir\w*"
        r"|immunotherap\w*)",
        r"oncolytics",
    ),
    "platform-ai": (
        r"artificial intelligence", r"AI[- ](?:driven|enabled|powered|based)", r"machine learning",
        r"computational (?:drug )?discovery", r"generative AI", r"in silico",
    ),
    "peptide": (
        r"peptides?", r"peptide therap\w*", r"macrocyclic peptides?", r"GLP-1[^.]{0,20}dual agonist",
        # an analogue of a peptide hormone is a peptide: "a long-acting amylin analog"
        r"(?:amylin|GLP-[12]|glucagon|GIP|PYY|oxyntomodulin|somatostatin|PTH|calcitonin|incretin|oxytocin"
        r"|vasopressin|GnRH|ghrelin|leptin) (?:receptor )?analog(?:ue)?s?",
        # a peptide hormone made as the product: "a synthetic corticotropin product"
        r"(?:synthetic |long-acting )(?:corticotropin|ACTH|oxytocin|vasopressin|calcitonin|glucagon|somatostatin"
        r"|secretin|thymosin)",
        r"corticotropin (?:gel|injection|products?)",
    ),
    "protein": (
        r"recombinant(?: human)?(?: [\w\-]+){1,3}", r"fusion proteins?", r"enzyme replacement",
        # an enzyme given as the product: "injectable hyaluronidase" (not "injectable ... disease")
        r"injectable [a-z]{3,}ase(?<!disease)(?<!release)(?<!increase)(?<!decrease)(?<!phase)(?<!base)",
        # a toxin fused to a binding protein: "engineered toxin bodies", "an immunotoxin"
        r"engineered toxin bod(?:y|ies)", r"immunotoxins?",
        r"cytokines?", r"interleukin-\d+ (?:therapy|agonist)",
        # proteins fractionated from donated plasma: "a plasma-derived product", "plasma proteins"
        r"plasma[- ]derived (?:therap(?:y|ies)|products?|proteins?|medicines?)", r"plasma proteins?",
        r"(?:coagulation|clotting) factors?", r"\w+ analog(?:ue)?s? of FGF\w*",
        r"FGF\d+ analog(?:ue)?s?",
        r"alkaline phosphatase", r"therapeutic proteins?", r"biologics?(?! licen[cs]e)", r"Fc[- ]fusions?",
        # an interleukin named as the product, not as what it acts on: "NB-9, a masked IL-15,"
        r"(?:(?<=\ba )|(?<=\ban ))(?:[\w\-]+ ){0,2}?(?:IL|interleukin)-?\d{1,2}(?![\w\-])(?! ?(?:receptors?|R\b"
        r"|inhibit\w*|antibod\w*|antagonists?|agonists?|blockers?|pathways?|signal\w*|mAbs?|targeting|levels?"
        r"|expression|family))",
    ),
    "antibody": (
        r"monoclonal antibod(?:y|ies)", r"antibod(?:y|ies)", r"mAbs?", r"nanobod(?:y|ies)", r"biosimilars?",
        r"monoclonals?", r"IgG[1-4]?", r"VHHs?",
        # immune checkpoints are drugged by antibodies: "a PD-1 inhibitor" is one
        r"(?:anti-)?\(?(?:PD-?L?1|CTLA-?4|LAG-?3|TIGIT|TIM-?3)\)?(?: immune)?(?: checkpoint)?"
        r" (?:inhibitors?|blockers?)",
        r"(?:immune )?checkpoint inhibitors?",
    ),
    "small-molecule": (
        # (not an adjective of another class's noun: "an oral IL-23 receptor antagonist peptide")
        r"small[- ]molecules?",
        r"oral (?:[\w\-]+ ){0,3}?(?:inhibitor|agonist|antagonist|degrader)s?(?! (?:peptides?|antibod|proteins?"
        r"|nanobod|macrocycl|biologics?))",
        r"inhibitors?",
        r"orally (?:bioavailable|available|active|administered)", r"oral (?:drug|tablet|pill|capsule)s?",
        r"degraders?", r"PROTACs?", r"molecular glues?",
        # drugs named by how they work: "targeted protein degradation drugs" (not the "protein degradation technology")
        r"(?:targeted )?protein degradation (?:drugs?|therapeutics|medicines?|molecules?|compounds?|candidates?)",
        r"reuptake inhibitor", r"bronchodilators?",
        r"corticosteroids?", r"antibiotics?", r"antivirals?", r"antifungals?", r"steroids?",
        # classes of small-molecule drug named by what they treat: "a novel antipsychotic"
        r"antipsychotics?", r"antidepressants?", r"anticonvulsants?", r"antiepileptics?", r"anticoagulants?",
        r"antihistamines?", r"antiemetics?", r"analgesics?",
    ),
}

# Weaker words that tell a product's class only when no term of `MODALITY_TERMS` names it: a
# receptor agonist, an oral tablet or a "compound" is most often a small molecule. Source: how the
# trade press describes small-molecule drugs without saying so ("a selective antagonist of EP4").
MODALITY_HINTS: dict[str, tuple[str, ...]] = {
    # agonists of peptide-hormone receptors are mostly peptides ("a GLP-1 receptor agonist"); an oral small
    # molecule one says so, and that is a term
    "peptide": (
        r"(?:GLP-[12]|GIP|glucagon|amylin|PTH|calcitonin|PYY|endothelin(?:[- ]?[AB])?|GLP-1/\w+|GIP/\w+)(?: receptor)?"
        r" (?:dual |triple |tri-?)?(?:receptor )?agonists?",
    ),
    # (an anti- of a target, not of a disease or a class: "anti-TNF portfolio", not "anti-cancer agent")
    "antibody": (
        r"anti-(?!(?:cancer|tumou?r|infective|viral|inflammatory|fungal|bacterial|microbial|obesity|diabetic|aging"
        r"|ageing|epileptic|psychotic|depressant|coagulant|emetic|fibrotic|hypertensive)\b)"
        r"[A-Z][A-Za-z0-9\-]{1,10}(?= (?:therap|drug|candidate|portfolio|program|agent))",
    ),
    "small-molecule": (
        r"(?:selective |dual |inverse |partial |allosteric )?(?:agonists?|antagonists?|modulators?|blockers?)",
        r"oral(?:ly)?(?: [\w\-]+)?(?: (?:therap(?:y|ies)|treatments?|drugs?|medicines?|candidates?|once[- ]daily))",
        r"tablets?", r"capsules?", r"pills?", r"compounds?", r"chemical entit(?:y|ies)", r"NCEs?",
        r"medicinal chemistry",
    ),
}

# A modality named only as the thing a deal's product is compared with or differs from is not the
# deal's modality ("similar to CAR-Ts", "unlike ADCs").
MODALITY_NEGATING_CONTEXT = r"(?:similar to|unlike|rather than|instead of|compared (?:with|to)|versus|vs\.?|than)\s+$"

# A modality's molecule named as what a product acts on, not as the product: "an siRNA that degrades the mRNA of
# ANGPTL3", "corrects mutations in messenger RNA", "lowers TTR mRNA levels" (not "an mRNA vaccine", "a portfolio of
# mRNA medicines"). modality -> (the words right before the term, the words right after it).
MODALITY_ACTED_ON: dict[str, tuple[str, str]] = {
    "mrna": (
        r"\b(?:in|of|within|into|from|targets?|targeting|target(?:ed)?|silenc\w*|degrad\w*|cleav\w*|knocks? down"
        r"|bind\w*|edit\w*|correct\w*|reduc\w*|lower\w*|block\w*)(?: the| its| their| a| an| target| disease| mutant"
        r"| [A-Z0-9\-]{2,10})?\s+$",
        r"(?!\s*(?:-|vaccines?|therap|medicines?|platforms?|technolog|based|encoded|candidates?|drugs?|programs?"
        r"|programmes?|constructs?|molecules? (?:encoding|that encode)))",
    ),
}

# A modality's word inside a target's name written out after "anti-" names what the antibody binds, not a product:
# "an anti-parathyroid hormone-related peptide antibody" is an antibody. (the words right before the term,
# the words right after it)
MODALITY_IN_A_TARGETS_NAME: tuple[str, str] = (
    r"\banti-(?:[\w\-]+\s+){0,4}$|\banti-$",
    r"(?:[- ]\d{1,2})?\s+(?:(?:monoclonal|humani[sz]ed|human)\s+)?(?:antibod(?:y|ies)|mAbs?|nanobod(?:y|ies))\b",
)

# A term of the first modality that qualifies the second's product noun makes that product the first's too: "mRNA
# measles and mumps vaccines" are mRNA medicines (the first then scores at least what the second does).
# modality -> (the other modality, the words after the term up to the other's noun).
MODALITY_QUALIFIES: dict[str, tuple[str, str]] = {
    "mrna": ("vaccine", r"(?:\s*\(mRNA\))?(?:[\s\-]+[\w\-]+(?: and| or)?){0,4}?\s+vaccines?\b"),
}

# The words after a modality's term that make it the name of a company's business ("its vaccines business", "the
# biologics unit") or of its plant ("a dedicated ADC facility", "mRNA production suites": capacity, not the deal's
# product): such a term counts only in the headline and the deal's first sentences, where the deal is that
# business's sale.
MODALITY_BUSINESS_AFTER = (
    r"\s+(?:business(?:es)?|units?|divisions?|segments?|arms?|operations|facilit(?:y|ies)|plants?"
    r"|(?:production |manufacturing )?(?:suites?|lines?|capacity))\b"
)

# The words before a modality's term, in its sentence, that make it one of a company's areas of business ("outside
# of its focus areas of oncology and plasma proteins"): background, not the deal's product.
MODALITY_AREAS_BEFORE = (
    r"\b(?:business|core|focus|key|strategic|chosen|priority)(?: business| therapeutic)? areas\b[^.;\n]{0,120}$"
)

# When the first modality is the deal's, the second is only a part or a description of it.
MODALITY_SUBSUMES: dict[str, tuple[str, ...]] = {
    "adc": ("antibody", "small-molecule"),
    "bispecific": ("antibody", "cell-therapy"),
    "car-t": ("cell-therapy", "gene-therapy"),
    "radiopharmaceutical": ("small-molecule", "peptide", "antibody"),
    "mrna": ("oligonucleotide",),
    "gene-editing": ("gene-therapy",),
    "peptide": ("protein",),
    # an antibody is a protein: "velogrotug, the second biologic for the disease"
    "antibody": ("protein",),
    # what an oncolytic virus carries is part of it: "an oncolytic virus armed with an IL-12 payload"
    "other": ("gene-therapy", "protein", "adc"),
}

# Targets written as symbols: a pattern for the symbol families the press names.
TARGET_PATTERNS: tuple[str, ...] = (
    r"CD-?\d{1,3}[a-z]?",
    r"B7-?H\d",
    r"HER[1-4]",
    r"EGFR(?:vIII)?",
    r"BCMA",
    r"GPRC5D",
    r"CLDN\d{1,2}(?:\.\d)?|[Cc]laudin[- ]?\d{1,2}(?:\.\d)?",
    r"TROP-?2|Trop-?2",
    r"PD-?L?1",
    r"CTLA-?4",
    r"LAG-?3",
    r"TIGIT",
    r"TIM-?3",
    # a driver with its point mutation: "KRAS G12D", "BRAF V600E", "EGFR C797S"
    r"(?:KRAS|NRAS|HRAS|BRAF|EGFR|PIK3CA|IDH[12]|FGFR[1-4]|ESR1|KIT|FLT3) ?[ACDEFGHIKLMNPQRSTVWY]\d{1,4}"
    r"[ACDEFGHIKLMNPQRSTVWY]",
    r"KRAS",
    r"L1CAM",
    r"NY-ESO-1",
    r"MAGE-?A\d",
    r"PSMA",
    r"FAP",
    r"DLL3",
    r"GPC3",
    r"MSLN|mesothelin",
    r"CEACAM5",
    r"[Nn]ectin-?4",
    r"FR(?:α|alpha)|folate receptor alpha",
    r"c-?MET|c-?Met",
    r"HER3",
    r"ROR1",
    r"TSLP(?: ?R| [Rr]eceptor)?",
    # a cytokine's receptor is a target of its own: "IL-23 receptor", "IL-31 receptor A", "IL-4Rα"
    r"IL-?\d{1,2}[A-Z]?(?: ?R(?:α|alpha|A)?| [Rr]eceptor(?: (?:alpha|α|A|1|2)(?![\w-]))?)?",
    r"interleukin[- ]\d{1,2}(?: receptor)?",
    r"TNF(?:-?α|-alpha)?|tumou?r necrosis factor(?: alpha| receptor)?",
    r"FcRn",
    r"C5a?R?",
    r"PCSK9",
    r"Lp\(a\)",
    r"APOC3",
    r"ANGPTL3",
    r"TTR|transthyretin",
    r"GLP-1(?: ?R| [Rr]eceptor)?",
    r"glucagon-like peptide[- ]1(?: receptor)?",
    r"GIP(?: ?R| [Rr]eceptor)?",
    r"glucagon [Rr]eceptor",
    r"dipeptidyl peptidase[- ](?:IV|4)|DPP-?(?:IV|4)",
    r"transferrin receptor(?: 1)?|TfR1?",
    r"PDE\d+[A-Z]?(?:/\d+)?",
    r"integrins?",
    r"amylin",
    r"FGF21",
    r"tau",
    r"alpha-synuclein|α-synuclein",
    r"amyloid(?:[- ]beta)?|Aβ",
    r"somatostatin[- ]receptor(?: \d)?|SSTR\d?",
    r"CCR\d",
    r"CXCR\d",
    r"JAK[1-3]",
    r"TYK2",
    r"BTK",
    r"KIT",
    r"MET",
    r"ALK",
    r"RET",
    r"ROS1",
    r"BRAF(?: ?V600E)?",
    r"PARP\d?",
    r"PI3K(?:α|alpha)?",
    r"CDK\d{1,2}",
    r"MALT1",
    r"IRAK4",
    r"NLRP3",
    r"STING",
    r"Nav1\.\d",
    r"T-type calcium channel",
    r"NaPi2b",
    r"STEAP1",
    r"CDH6",
    r"CDH17",
    r"GUCY2C",
    r"integrin\s?(?:αvβ\d|alpha-?v-?beta-?\d)",
    r"FGFR\d?",
    r"VEGF(?:-?[A-D])?",
    r"ANG-?2",
    r"TL1A",
    r"OX40(?:L| [Ll]igand)?",
    r"4-1BB",
    r"CD3",
    r"WT1",
    r"HPV16",
    r"AXL",
    r"SOD1",
    r"HTT|huntingtin",
    r"DMPK",
    r"DUX4",
    r"APOL1",
    r"HSD17B13",
    r"PNPLA3",
    r"INHBE",
    r"MASP-?\d",
    r"complement (?:component |factor )?[BCD]\d?",
    # complement and coagulation factors named as what a product acts on: "an oral Factor D inhibitor", "a Factor XIa
    # antibody" (not the factor a product replaces: "Factor VIII gene therapy")
    r"[Ff]actor (?:[BDH]|XIa?|XIIa?|Xa|VIIa|IXa)(?= (?:inhibitors?|antagonists?|antibod(?:y|ies)|blockers?|degraders?"
    r"|siRNAs?|mAbs?))",
    r"mTOR(?:C[12])?",
    r"EP[1-4]",
    r"PPAR(?:[- ]?(?:α|γ|δ|alpha|gamma|delta))?",
    r"HDAC\d{0,2}",
    r"BRD4|BET",
    r"TLR\d{1,2}",
    r"IRAK\d",
    r"SMN2",
    r"MCL-?1|BCL-?2",
    r"SHP2|SOS1",
    r"EZH2",
    r"IDH[12]",
    r"FLT3",
    r"MTAP|PRMT5",
    r"ADAMTS\d{1,2}",
    r"GPR\d{2,3}",
    r"TRPV\d|TRPA1",
    r"NRF2|KEAP1",
    r"progranulin|GRN",
    # an enzyme written out with its number, named as what a product acts on: "a Quelpoint Kinase 2 inhibitor"
    r"[A-Za-z][a-z]{3,}(?:-[a-z]+)? [Kk]inase[- ]\d{1,2}(?=\)? (?:inhibitors?|antagonists?|agonists?|modulators?"
    r"|degraders?)\b)",
    # targets written out ("B-cell maturation antigen", "programmed death-ligand 1"; `TARGET_SYMBOLS` has their
    # symbols)
    r"B-cell maturation antigen", r"human epidermal growth factor receptor[- ]?[1-4]",
    r"epidermal growth factor receptor", r"programmed (?:cell )?death(?:[- ]ligand)?[- ]1",
    r"programmed cell death protein[- ]1", r"prostate[- ]specific membrane antigen", r"fibroblast activation protein",
    r"glypican[- ]3", r"delta-like ligand[- ]3", r"thymic stromal lymphopoietin", r"neonatal Fc receptor",
    r"lipoprotein\(a\)", r"apolipoprotein C-?III", r"myostatin", r"activin(?: receptor)?(?: type)?(?: II[AB]?)?",
    r"endothelin[- ]?[AB]?(?: receptor)?",
    # nuclear receptors written out: "retinoic acid receptor gamma", "farnesoid X receptor"
    r"(?:retinoic acid|estrogen|androgen|glucocorticoid|mineralocorticoid|progesterone|thyroid hormone|vitamin D"
    r"|farnesoid X|liver X|aryl hydrocarbon|peroxisome proliferator-activated) receptor(?:[- ](?:alpha|beta|gamma"
    r"|delta|α|β|γ|δ))?",
    # any symbol with a digit named as a receptor or an enzyme the product acts on ("P2X7 receptor")
    r"[A-Z][A-Za-z]{0,4}\d[A-Za-z0-9]{0,4} [Rr]eceptors?",
    r"[A-Z][A-Za-z]{0,4}\d[A-Za-z0-9]{0,4}(?=\)? (?:inhibitors?|antagonists?|agonists?|modulators?)\b)",
)

# Targets written out, and the symbol the press also writes for each: where the story writes both,
# the target is given by its symbol. Source: HUGO gene nomenclature approved names.
TARGET_SYMBOLS: dict[str, str] = {
    "glucagon-like peptide-1": "GLP-1", "glucagon-like peptide 1": "GLP-1", "tumor necrosis factor": "TNF",
    "tumour necrosis factor": "TNF", "tumor necrosis factor receptor": "TNFR",
    "tumour necrosis factor receptor": "TNFR", "tumor necrosis factor alpha": "TNF-α",
    "b-cell maturation antigen": "BCMA",
    "mesothelin": "MSLN", "transthyretin": "TTR", "huntingtin": "HTT", "folate receptor alpha": "FRα",
    "claudin 18.2": "CLDN18.2", "claudin-18.2": "CLDN18.2", "claudin18.2": "CLDN18.2",
    "transferrin receptor": "TfR1", "alpha-synuclein": "α-synuclein",
    "human epidermal growth factor receptor 2": "HER2", "human epidermal growth factor receptor-2": "HER2",
    "human epidermal growth factor receptor 3": "HER3", "epidermal growth factor receptor": "EGFR",
    "programmed death-1": "PD-1", "programmed death 1": "PD-1", "programmed cell death-1": "PD-1",
    "programmed cell death protein 1": "PD-1", "programmed cell death protein-1": "PD-1",
    "programmed death-ligand 1": "PD-L1", "programmed death ligand 1": "PD-L1",
    "programmed cell death-ligand 1": "PD-L1",
    "prostate-specific membrane antigen": "PSMA", "prostate specific membrane antigen": "PSMA",
    "fibroblast activation protein": "FAP", "glypican-3": "GPC3", "glypican 3": "GPC3", "delta-like ligand 3": "DLL3",
    "thymic stromal lymphopoietin": "TSLP", "ox40 ligand": "OX40L", "neonatal fc receptor": "FcRn",
    "complement component c3": "C3", "complement c3": "C3", "complement component c5": "C5", "complement c5": "C5",
    "lipoprotein(a)": "Lp(a)",
    "apolipoprotein c-iii": "APOC3", "apolipoprotein ciii": "APOC3",
}  # fmt: skip

# Symbols that look like targets but are used as such only with a word that says so.
AMBIGUOUS_TARGETS = frozenset({"KIT", "MET", "RET", "ALK", "STING", "tau", "C5", "amylin", "FAP", "BET", "amyloid"})

# A symbol right before one of these words is the product's target.
TARGET_CONTEXT = (
    r"(?:-?targeting|-targeted|-directed|-positive|-expressing|-specific|-redirected|inhibitors?|agonists?|antagonists?"
    r"|antibod(?:y|ies)|CAR(?:-T)?|ADCs?|receptor|aggregation|degraders?|bispecific|engager|therap(?:y|ies)"
    r"|program|product|expressing|overexpressed|analog(?:ue)?s?|blockers?|modulators?|activators?)"
)

# WHO INN stems that end drug names (suffixes, lower-case), by the modality the stem names ("" where the stem does
# not tell one), each stem written once; `INN_STEM_MODALITIES` pairs them. Sources: the WHO INN stem book (2018,
# with the 2022 revision of the antibody stems) and the USAN Council's stem list.
INN_STEMS_BY_MODALITY: dict[str, tuple[str, ...]] = {
    # antibodies and their fragments: -mab, and since 2022 -tug / -bart / -ment
    "antibody": ("mab", "zumab", "ximab", "umab", "vimab", "tug", "bart", "ment", "nab"),
    # bispecific antibodies, since 2022: -mig
    "bispecific": ("mig",),
    # antibody-drug conjugates: the payload's second word
    "adc": ("vedotin", "mafodotin", "deruxtecan", "govitecan", "ozogamicin", "tansine", "tesirine", "duocarmazine"),
    # CAR-T cells
    "car-t": ("cabtagene autoleucel",),
    # other cell therapies
    "cell-therapy": ("leucel", "temcel", "ticel", "cel"),
    # gene therapies and their vectors
    "gene-therapy": ("gene autotemcel", "gene", "vec", "cogene", "parvovec"),
    # mRNA medicines
    "mrna": ("meran",),
    # oligonucleotides: antisense -rsen and -tirsen, siRNA -siran
    "oligonucleotide": ("farsen", "nersen", "rsen", "siran", "tirsen"),
    # peptides; oxytocin antagonists and analogues, vasopressin analogues
    "peptide": (
        "tide", "glutide", "dutide", "enatide", "lixisenatide", "relin", "orelin", "siban", "tocin", "pressin",
    ),
    # proteins: fusion proteins -cept, interleukins -kin, enzymes -ase alfa and -plase, growth factors -ermin
    "protein": (
        "cept", "ercept", "kinra", "kin", "ase alfa", "alfa", "beta", "fermin", "ermin", "poetin", "stim", "sudotox",
        "fusp", "plase",
    ),
    # radiopharmaceuticals: chelators and isotopes
    "radiopharmaceutical": ("tetraxetan", "dotatate", "lutetium"),
    # small molecules: kinase, PARP, CDK, PI3K, BET, proteasome and BCL-2 inhibitors, the classic drug classes, and
    # more WHO / USAN stems (statins, orexin and integrin antagonists, S1P modulators, beta-lactamase inhibitors,
    # antimuscarinics, antihistamines, hypnotics, tricyclics, alpha blockers, antipsychotics, GnRH antagonists, URAT1
    # inhibitors, oral SERDs, myosin inhibitors, SERMs, beta-3 agonists -begron read from "-egron": "vi-begron" has a
    # prefix of two letters, platelet aggregation inhibitors -grel-, mineralocorticoid receptor antagonists -renone,
    # glucokinase activators -gliatin, 5-alpha-reductase inhibitors -steride)
    "small-molecule": (
        "tinib", "rafenib", "orafenib", "ciclib", "parib", "lisib", "degib", "anib", "ganib", "inib", "sertib",
        "zomib", "bresib", "lukast", "vir", "previr", "buvir", "asvir", "navir", "tegravir", "vudine", "citabine",
        "stat", "pril", "sartan", "sentan", "vaptan", "olol", "azole", "conazole", "prazole", "oxetine", "dronate",
        "platin", "taxel", "rubicin", "mycin", "micin", "cillin", "penem", "oxacin", "cycline", "gepant", "triptan",
        "setron", "tidine", "plon", "dil", "pam", "zepam", "azepam", "semide", "tiazem", "coxib", "profen", "trel",
        "giline", "apine", "idone", "perone", "spirone", "caftor", "bamate", "amide", "tamide", "mustine", "gliptin",
        "gliflozin", "glinide", "glitazar", "glitazone", "fibrate", "fibranor", "dipine", "xaban", "gatran", "opram",
        "terol", "ciguat", "dustat", "olone", "sonide", "methasone", "arotene", "afil", "trexed", "toclax", "glipron",
        "milast", "racetam", "pitant", "metinib", "rasib", "vastatin", "orexant", "tegrast", "pimod", "bactam",
        "fenacin", "tapide", "inapant", "tadine", "pidem", "triptyline", "azosin", "peridol", "pramine", "floxacin",
        "ciclovir", "lutamide", "trozole", "adol", "golix", "inurad", "estrant", "camten", "tirom", "tirome", "entan",
        "fylline", "prost", "kacin", "ifene", "isant", "adenant", "ditan", "egron", "grel", "nib", "olimus",
        "trexate", "tecan", "renone", "gliatin", "steride",
    ),
    # stems that do not tell the modality
    "": ("relix", "fungin", "parin", "imod"),
}  # fmt: skip
INN_STEM_MODALITIES: tuple[tuple[str, str], ...] = tuple(
    (stem, modality) for modality, stems in INN_STEMS_BY_MODALITY.items() for stem in stems
)
INN_STEMS: tuple[str, ...] = tuple(stem for stem, _ in INN_STEM_MODALITIES)

# Dosage forms written after a drug's name ("naproxen tablets", "fluticasone nasal spray"). Source: the FDA
# Structured Product Labeling dosage-form terms.
DOSAGE_FORMS: tuple[str, ...] = (
    r"injection", r"injectable suspension", r"nasal spray", r"nasal powder", r"oral solution", r"oral suspension",
    r"(?:extended-release |delayed-release |film-coated |orally disintegrating )?tablets?",
    r"(?:extended-release |delayed-release )?capsules?", r"cream", r"gel", r"ointment", r"eye drops",
    r"ophthalmic (?:solution|suspension|emulsion)", r"inhalation (?:powder|solution|aerosol)", r"transdermal system",
    r"topical (?:solution|foam|cream|gel)", r"for oral use", r"granules", r"lotion", r"patch",
)  # fmt: skip

# The endings of disease names (medical-terminology suffixes: inflammation -itis, condition -osis, blood -emia,
# disease -pathy, pain -algia, tumour -oma, pressure -tension; Dorland's medical dictionary): a word that ends so
# names what a drug treats ("stomatitis", "hypertension"), not a drug.
DISEASE_ENDINGS: tuple[str, ...] = (
    "itis", "osis", "aemia", "emia", "pathy", "algia", "oma", "tension", "plasia", "trophy", "iasis", "ism",
)  # fmt: skip

# Capitalised words of the trade and of the clinic that stand where a target symbol could ("targeting
# NSCLC", "a TKI inhibitor"): trial end points, disease and tumour-type abbreviations, viruses, currencies.
NOT_TARGET_SYMBOLS: frozenset[str] = frozenset(
    {"TKI", "TKIS", "MOA", "PK", "PD", "DLT", "ORR", "PFS", "OS", "DOR", "RNAI", "SMALL", "THE", "ITS", "ALL",
     "GVHD", "CMV", "EBV", "HPV", "HSV", "ADHD", "MDD", "PTSD", "IBD", "UC", "CD", "RA", "SLE", "IGA", "IGAN",
     "FSGS", "CKD", "ESRD", "DME", "AMD", "GA", "PBC", "PSC", "IPF", "HF", "HFPEF", "CVD", "MI", "TNBC", "CRC",
     "GC", "PDAC", "RCC", "HNSCC", "DLBCL", "MCL", "FL", "MDS", "ESCC", "NPC", "GBM", "MSI", "MSI-H", "DMARD",
     "CAR-NK", "TCR-T", "TIL", "CEO", "PHASE", "USD", "RMB", "EUR", "US", "IL", "T-CELL",
     # classes of antigen, not one: tumour-associated / tumour-specific antigens
     "TAA", "TAAS", "TSA", "TSAS",
     # what a drug lowers in the blood, measured, not a molecule it acts on ("reduce levels of LDL cholesterol")
     "LDL", "LDL-C", "HDL", "HDL-C", "HBA1C"}
)  # fmt: skip

# Stock-exchange prefixes of tickers written like drug codes: "(SZ 000963)", "(HK 1177)". Source: the
# exchanges' own ticker prefixes (Shenzhen, Shanghai, Hong Kong, Korea, Tokyo, Nordic, SIX, ASX, India).
TICKER_PREFIXES: frozenset[str] = frozenset(
    {"SZ", "SH", "HK", "KS", "KQ", "TYO", "TSE", "SHE", "SSE", "OMX", "SIX", "ASX", "BSE", "NSE", "KRX", "TWSE",
     "TPEX", "HKEX", "SEHK", "STO", "CPH"}
)  # fmt: skip

# Words that look like product codes or names but are not: trial names are caught by context.
NOT_ASSET_WORDS = frozenset(
    {
        "ADC", "ADCS", "CAR", "CAR-T", "TCR", "NK", "AI", "FDA", "EMA", "NMPA", "PMDA", "CHMP", "NDA", "BLA", "IND",
        "MAA", "RMAT", "PRIME", "GMP", "QC", "R&D", "CEO", "CFO", "CMO", "CDMO", "CRO", "USA", "US", "UK", "EU",
        "MASH", "NASH", "AML", "ALL", "CLL", "NSCLC", "SCLC", "HCC", "MM", "NET", "NETS", "COPD", "AD", "PD",
        "ALS", "SMA", "DMD", "HIV", "HBV", "HCV", "COVID-19", "SARS-COV-2", "RSV", "MRNA", "SIRNA", "ASO",
        "DNA", "RNA", "IPO", "GAAP", "SEC", "NYSE", "NASDAQ", "HKEX", "HKG", "SHE", "SSE", "TSE", "KOSDAQ",
        "EBITDA", "VWAP", "CVR", "CVRS", "NHI", "PD-1", "PD-L1", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY",
        "II", "III", "IV", "IA", "IB", "IIA", "IIB", "LLC", "INC", "LTD", "PLC", "SA", "AG", "NV", "BV",
        "GMBH", "AB", "ASA", "TM", "SA-AKI", "AKI", "CNS", "IO", "OK", "API", "APIS", "COVID",
        # stock indices, written like codes
        "FTSE 100", "FTSE 250", "NIKKEI 225", "NIKKEI-225", "KOSPI 200", "CSI 300", "STOXX 50", "STOXX 600",
        "DAX 40", "CAC 40", "SMI 20", "ASX 200", "NIFTY 50", "SENSEX 30",
    }
)  # fmt: skip

INDICATIONS: tuple[str, ...] = (
    r"multiple myeloma", r"(?:acute|chronic) (?:myeloid|lymphoblastic|lymphocytic) leuka?emias?", r"leuka?emias?",
    r"lymphomas?", r"non-Hodgkin lymphoma", r"diffuse large B-cell lymphoma", r"myelodysplastic syndromes?",
    r"solid tumou?rs?", r"hematolog(?:ic|ical) (?:cancers?|malignancies)", r"hematology-oncology",
    r"haematological malignancies", r"non-small cell lung cancer", r"small cell lung cancer", r"lung cancer",
    r"breast cancer", r"prostate cancer", r"colorectal cancer", r"gastric cancer", r"pancreatic cancer",
    r"ovarian cancer", r"bladder cancer", r"urothelial (?:cancer|carcinoma)", r"head and neck cancer",
    r"hepatocellular carcinoma", r"liver cancer", r"melanoma", r"glioblastoma", r"neuroendocrine tumou?rs?",
    r"sarcomas?", r"mesothelioma", r"renal cell carcinoma", r"cervical cancer", r"endometrial cancer",
    r"rare cancers?", r"cancers?",
    r"Alzheimer'?s disease", r"Parkinson'?s disease", r"amyotrophic lateral sclerosis", r"Huntington'?s disease",
    r"multiple sclerosis", r"epilepsy", r"schizophrenia", r"depression", r"neurodegenerative diseases?",
    r"obesity", r"type 2 diabetes", r"diabetes", r"nonalcoholic steatohepatitis", r"NASH", r"MASH",
    r"metabolic dysfunction-associated steatohepatitis", r"cardiovascular diseases?", r"heart failure",
    r"hypertension", r"chronic kidney disease", r"acute kidney injury", r"sepsis-associated acute kidney injury",
    r"rheumatoid arthritis", r"psoriasis", r"atopic dermatitis", r"ulcerative colitis", r"Crohn'?s disease",
    r"inflammatory bowel disease", r"lupus", r"asthma", r"chronic obstructive pulmonary disease", r"COPD",
    r"idiopathic pulmonary fibrosis", r"cystic fibrosis", r"COVID-19", r"influenza", r"RSV", r"HIV",
    r"hepatitis B", r"rabies", r"retinitis pigmentosa", r"Leber congenital amaurosis(?: 10)?", r"Usher syndrome",
    r"inherited retinal (?:diseases?|disorders?)", r"macular degeneration", r"geographic atrophy",
    r"Duchenne muscular dystrophy", r"spinal muscular atrophy", r"hemophilia [AB]?", r"sickle cell disease",
    r"beta-thalassemia", r"Batten disease", r"neurogenic orthostatic hypotension", r"uterine fibroids",
    r"endometriosis", r"immunological diseases", r"autoimmune diseases?", r"infectious diseases?",
)

TERRITORIES: tuple[tuple[str, str], ...] = (
    (r"\b(?:worldwide|global(?:ly)?|all territories|around the world)\b", "worldwide"),
    (r"\bmainland China\b", "mainland China"),
    (r"\bGreater China\b", "Greater China"),
    (r"\bChina\b", "China"),
    (r"\bJapan\b", "Japan"),
    (r"\b(?:South )?Korea\b", "South Korea"),
    (r"\bex-U\.?S\.?\b|\boutside (?:of )?the U(?:nited )?\.?S(?:tates)?\.?\b", "ex-US"),
    (r"\b(?:the )?(?:United States|U\.S\.?)(?!\w)", "United States"),
    (r"\bEurope\b", "Europe"),
    (r"\bAsia\b", "Asia"),
)

# Words one of which each stage's pattern needs (a cheap test before the pattern runs).
# Places that "worldwide except ..." lists name (regular expressions, matched without case), and the
# name each is shown by, keyed by its folded spelling without punctuation.
PLACE_NAMES_WRITTEN: tuple[str, ...] = (
    r"mainland China", r"Greater China", r"China", r"Hong Kong", r"Maca[uo]", r"Taiwan", r"Japan", r"(?:South )?Korea",
    r"Singapore", r"India", r"Russia", r"Canada", r"Europe", r"Asia", r"ASEAN(?: countries)?",
    r"(?:the )?(?:United States|U\.S\.A?\.?|USA?)",
)
PLACE_NAMES: dict[str, str] = {
    "mainland china": "mainland China", "greater china": "Greater China", "china": "China", "hong kong": "Hong Kong",
    "macau": "Macau", "macao": "Macau", "taiwan": "Taiwan", "japan": "Japan", "south korea": "South Korea",
    "korea": "South Korea", "singapore": "Singapore", "india": "India", "russia": "Russia", "canada": "Canada",
    "europe": "Europe", "asia": "Asia", "asean": "ASEAN countries", "asean countries": "ASEAN countries",
    "us": "United States", "usa": "United States", "united states": "United States",
}  # fmt: skip

STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "approved": ("approved", "marketed", "commercially", "on the market", "launched"),
    "filed": ("review", "nda", "bla", "maa"),
    "phase 3": ("registrational", "pivotal", "phase"),
    "phase 2": ("phase",),
    "phase 1/2": ("phase",),
    "phase 1": ("phase",),
    "preclinical": ("ind-enabling", "preclinical", "pre-clinical", "discovery"),
}
TERRITORY_WORDS = (
    "worldwide", "global", "all territories", "around the world", "china", "japan", "korea", "ex-u", "outside",
    "u.s", "united states", "europe", "asia", "except", "excluding", "other than", "rights in", "rights for",
)  # fmt: skip

STAGES: tuple[tuple[str, str], ...] = (
    (r"\b(?:approved (?:in|by|for)|marketed|commercially available|on the market|launched in)\b", "approved"),
    (r"\bunder (?:regulatory |priority )?review\b|\b(?:nda|bla|maa) (?:was |has been )?(?:filed|submitted|accepted)\b",
     "filed"),
    (r"\b(?:registrational|pivotal|phase (?:3|III))\b", "phase 3"),
    (r"\bphase (?:2|II)(?:[ab]|/3| ?b)?\b", "phase 2"),
    (r"\bphase (?:1|I) ?/ ?(?:2|II)\b", "phase 1/2"),
    (r"\bphase (?:1|I)(?:[ab]| ?b)?\b", "phase 1"),
    (r"\b(?:IND-enabling|preclinical|pre-clinical|discovery)\b", "preclinical"),
)
