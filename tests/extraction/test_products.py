"""Assets and targets named by the deal."""

from __future__ import annotations

import pytest

from extraction import extract

LEAD = "Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement"

ASSETS = [
    ("code", f"{LEAD} for NB-1042, a CAR-T therapy.", ["NB-1042"]),
    ("code-with-suffix", f"{LEAD} for NBX-301-A and NBX-302.", ["NBX-301-A", "NBX-302"]),
    ("crossed-targets-are-no-asset", f"{LEAD} for NB-707, a PD-L1x4-1BB bispecific antibody.", ["NB-707"]),
    ("a-word-before-a-one-digit-symbol-is-no-radiolabelled-inn", f"{LEAD} for NB-207, which silences complement "
     "component C3.", ["NB-207"]),
    ("a-radiolabelled-inn", f"{LEAD} for flurpiridaz F 18.", ["flurpiridaz F 18"]),
    ("a-platform-in-apposition", f"{LEAD} under which Norvane will use its generative AI platform, Helix, to design "
     "antibodies.", ["Helix"]),
    ("a-platform-its-owner-calls-so", f"{LEAD}. The platform, which Norvane calls TagLock, finds molecular glues.",
     ["TagLock"]),
    ("a-coined-name-right-after-platform", f"{LEAD}, as Norvane's protein design platform HELIO is gaining partners.",
     ["HELIO"]),
    ("a-plain-capitalised-word-after-platform-is-no-name", f"{LEAD}, as the platform Kestrel uses is catching on.", []),
    ("a-platform-followed-by-a-clause", f"{LEAD} for its platform, Norvane said.", []),
    ("a-brand-with-its-inn-after-a-headlines-verb", "Norvane Bio Announces License Agreement with Kestrel Pharma to "
     f"Develop and Commercialize QUELTAX® (velocastuximab tesirine-lpyl) in Europe\n\n{LEAD}.",
     ["QUELTAX", "velocastuximab tesirine"]),
    ("a-short-form-inn-of-three-letters", f"{LEAD} for Quo-vec, its gene therapy for wet AMD.", ["Quo-vec"]),
    ("a-hyphened-word-is-no-short-form-inn", f"{LEAD} for NB-4, in a pre-vec stage.", ["NB-4"]),
    ("inn-with-aliases", f"{LEAD} for NB-7 (tarlocabtagene autoleucel; tarlo-cel).",
     ["NB-7", "tarlocabtagene autoleucel", "tarlo-cel"]),
    ("the-first-of-two-inns-joined-by-and", f"{LEAD} for two phase 3 assets – velotogrel and quenerimod.",
     ["velotogrel", "quenerimod"]),
    ("a-word-that-ends-like-a-stem-after-a-short-prefix-is-no-inn", f"{LEAD} for NB-12, not a mongrel.", ["NB-12"]),
    ("a-lower-case-name-after-a-route", f"{LEAD} for the commercialization of oral tolvexap in Asia.", ["tolvexap"]),
    ("a-lower-case-name-after-a-formulation", f"{LEAD} for the commercialization of a dry powder formulation "
     "of tolvexap.", ["tolvexap"]),
    ("a-plain-word-after-a-route-is-no-name", f"{LEAD} for the commercialization of oral products in Asia.", []),
    ("a-gene-like-symbol-a-product-acts-on-is-no-asset", f"{LEAD} for NB-1042, which targets QRK15, a membrane "
     "protein.", ["NB-1042"]),
    ("a-gene-like-symbol-after-an-inhibitor-of-is-no-asset", f"{LEAD} for NB-1042, an inhibitor of QRK15.",
     ["NB-1042"]),
    ("a-product-whose-sales-rose-is-no-asset", "Kestrel Pharma reported higher sales of the drug Quelmira and said it "
     "will acquire Norvane Bio for $900 million. Norvane makes NB-1042.", ["NB-1042"]),
    ("a-product-whose-success-is-told-is-no-asset", "Boosted by the success of gout drug Quelmira, Kestrel Pharma "
     "will acquire Norvane Bio for $900 million. Norvane makes NB-1042.", ["NB-1042"]),
    ("a-product-that-stands-for-its-company-is-no-asset", "Kestrel Pharma has acquired the global rights to Norvane "
     "Bio's gout drug in a deal worth up to $900 million as the Quelmira (tolbamate) developer seeks a successor. "
     "Norvane's candidate, dubbed NB-1042, is in phase 2.", ["NB-1042"]),
    ("a-rivals-product-is-no-asset", f"{LEAD} for NB-1042. For comparison, Halvard's competitor Barex (velotide) is "
     "a double agonist.", ["NB-1042"]),
    ("a-bought-companys-product-in-its-epithet-stays", "Kestrel Pharma will acquire Norvane Bio and gout drug "
     "Quelmira for $900 million, while Quelmira remains Norvane's lead.", ["Quelmira"]),
    ("a-classs-plural-acronym-is-no-asset", f"{LEAD} for NB-1042, which may beat velotropin receptor agonists "
     "(VR-1As).", ["NB-1042"]),
    ("a-code-in-brackets-after-a-class-stays", f"{LEAD} for its velotropin receptor agonist (VR-1A).", ["VR-1A"]),
    ("a-drug-named-without-its-success-stays", "Kestrel Pharma will acquire Norvane Bio and gout drug Quelmira for "
     "$900 million.", ["Quelmira"]),
    ("royalties-on-sales-of-the-product-keep-it", f"{LEAD} under which Kestrel will pay royalties on net sales "
     "of NB-1042 and NB-1043.", ["NB-1042", "NB-1043"]),
    ("a-code-not-said-to-be-acted-on-stays-an-asset", f"{LEAD} for NB-1042 and QRK15, an oral inhibitor.",
     ["NB-1042", "QRK15"]),
    ("a-quoted-platform-name-of-two-words", f"{LEAD} to use Norvane's proprietary ‘sRNAx GOLD’ platform, and "
     "Kestrel will design siRNAs on the sRNAx GOLD platform.", ["sRNAx GOLD"]),
    ("a-quoted-plain-word-is-no-platform", f"{LEAD} to use Norvane's ‘next-generation’ platform.", []),
    ("a-drug-called-a-name", f"{LEAD}. Norvane has an approved drug on the U.S. market called Quelmira.",
     ["Quelmira"]),
    ("a-disease-called-a-name-is-no-drug", f"{LEAD}. Norvane's drug treats a kidney disease called Quelmar "
     "nephropathy.", []),
    ("an-outlet-is-no-product", f"{LEAD} for NB-7 worth 308 million euros to expand its line of immunotherapy drugs, "
     "Reuters news agency reported.", ["NB-7"]),
    ("what-royalties-are-paid-on", f"{LEAD}. Halvard may also sell all of its retained royalties on Quelmira for up "
     "to $500 million.", ["Quelmira"]),
    ("royalties-on-net-sales-name-no-product", f"{LEAD}. Halvard will receive royalties on Net Sales of the products.",
     []),
    ("what-a-payment-awaits-the-approval-of", f"{LEAD}. A CVR pays $5.00 upon the FDA approval of Quelmira in a "
     "second indication.", ["Quelmira"]),
    ("the-approval-of-a-companys-holders-is-no-product", f"{LEAD}, subject to approval of Halvard Pharmaceuticals' "
     "shareholders.", []),
    ("what-a-partys-pipeline-already-holds-is-no-asset", f"{LEAD} for NB-44. The deal expands Kestrel's pipeline "
     "for sleep disorders, which also includes Foocin, and the company's lead product Barex.", ["NB-44"]),
    ("what-the-deal-also-includes-is-an-asset", f"{LEAD} for NB-44. The deal also includes Barex.",
     ["NB-44", "Barex"]),
    ("a-brand-before-its-dosage-form", "Kestrel Pharma has agreed to acquire Norvane Bio for $300 million. Norvane "
     "makes Quelmira tablets for gout.", ["Quelmira"]),
    ("a-function-word-before-a-dosage-form-is-no-brand", f"{LEAD} for NB-3. These tablets are taken daily.",
     ["NB-3"]),
    ("a-companys-patents-and-sales-are-no-asset-of-the-rest", "Kestrel Pharma has agreed to acquire Norvane Bio for "
     "$300 million. Norvane makes Quelmira tablets. Kestrel also faces the loss of patent protection for key products "
     "like Foocin.", ["Quelmira"]),
    ("products-of-the-rest-without-sales-are-assets", "Kestrel Pharma has agreed to acquire Norvane Bio for $300 "
     "million. Norvane's range has products like Foocin.", ["Foocin"]),
    ("an-injectable-enzymes-acronym-is-an-asset", f"{LEAD} for a form of injectable quelase (QCH).", ["QCH"]),
    ("an-acronym-before-an-inhibitor-is-no-asset", f"{LEAD} for NB-8, an intravenous quelin tyrosine kinase (QYK) "
     "inhibitor.", ["NB-8"]),
    ("the-named-parts-of-an-asset", f"{LEAD} for NB-31. NB-31 is made up of an anti-tau antibody and Quelbody-B, "
     "Norvane's brain shuttle.", ["NB-31", "Quelbody-B"]),
    ("unnamed-parts-of-an-asset-are-no-assets", f"{LEAD} for NB-31. NB-31 is made up of an anti-tau antibody and a "
     "brain shuttle.", ["NB-31"]),
    ("inn-antisense", f"{LEAD} for vesofarsen, an antisense oligonucleotide.", ["vesofarsen"]),
    ("platform-acronym", f"{LEAD} covering the Norvane Antibody Targeting Engine (NATE) platform.", ["NATE"]),
    ("not-targets-or-money", f"{LEAD} for a CD19 CAR-T therapy; Kestrel pays $10 million (RMB 70 million) upfront.",
     []),
    ("brand-with-inn", f"{LEAD} to supply Norvyx (tarlocimab vedotin) in China.", ["Norvyx", "tarlocimab vedotin"]),
    ("brand-as-the-product", f"{LEAD} for the commercialization of Quelmira outside the U.S.", ["Quelmira"]),
    # INNs by stems of recent classes: non-peptide GnRH antagonists, URAT1 inhibitors, oral SERDs, myosin inhibitors
    ("inn-stems-of-recent-classes", f"{LEAD} for velugolix, tavinurad, quelestrant and aficamten.",
     ["velugolix", "tavinurad", "quelestrant", "aficamten"]),
    # what a party sells besides the deal's product, or what its own pipeline includes, is background
    ("what-a-party-also-sells", "Sato Pharma will pay Renwick Bio $12 million upfront to co-develop plasma "
     "proteins under the agreement. Sato also markets an anti-QX7 antibody, ralvomab, in Asia, which is not part of "
     "the agreement.", []),
    ("what-a-party-sells-and-will-license", f"{LEAD} for NB-140. Kestrel already sells Quellix and will now "
     "develop NB-141.", ["NB-140"]),
    ("a-partys-own-pipeline", "Norvane Bio will pay Kestrel Pharma $25 million upfront for global rights to a "
     "preclinical fibrosis program. Kestrel's own pipeline includes NB-404, an oral QX4 inhibitor.", []),
    ("a-subhead-naming-the-drug", "Kestrel Pharma to acquire Norvane Bio for $300 million. Kestrel Pharma has agreed "
     "to acquire Norvane Bio for $300 million in cash.\nDeal includes Ph III gout drug quelinurad", ["quelinurad"]),
    ("inn-with-isotope", f"{LEAD} for the development of flurpidex F 18, a PET imaging agent.", ["flurpidex F 18"]),
    ("brand-name-and-inn-without-a-known-stem", f"{LEAD} for ZEVRIXA (corafimicin), launched under the brand name "
     "ZEVRIXA.", ["ZEVRIXA", "corafimicin"]),
    ("code-with-letter-after-dash-or-digits", f"{LEAD} for SHR-A1811 and HM12525A.", ["SHR-A1811", "HM12525A"]),
    ("inn-stem-bamate", f"{LEAD} for the development and commercialization of tolobamate in Japan.", ["tolobamate"]),
    ("english-words-are-not-inns", f"{LEAD} for NB-4, which lowers cholesterol.", ["NB-4"]),
    ("not-partnered-excluded", f"{LEAD} for NB-22. Norvane's lead product NB-9, which is not partnered, is in phase 3.",
     ["NB-22"]),
    ("brand-name-in-a-later-sentence-naming-the-asset", f"{LEAD} for tolobamate in Japan. Tolobamate was approved in "
     "2021 and launched under the brand name VELQORA.", ["tolobamate", "VELQORA"]),
    ("brand-name-in-a-sentence-about-something-else", f"{LEAD} for tolobamate in Japan. Kestrel also sells a statin "
     "under the brand name VELQORA.", ["tolobamate"]),
    # INN stems of the USAN/INN stem lists
    ("inn-stem-olone-arotene-bresib", f"{LEAD} for tazorolone, kelarotene and varubresib.",
     ["tazorolone", "kelarotene", "varubresib"]),
    ("inn-stems-nib-olimus-fusp", f"{LEAD} for vorasinib, tolerolimus and tarnafusp alfa.",
     ["vorasinib", "tolerolimus", "tarnafusp alfa"]),
    ("a-code-with-small-letters-inside-capitals", f"{LEAD} to co-develop QART-ddQCMA for myeloma.", ["QART-ddQCMA"]),
    ("a-kind-of-cell-is-no-code", f"{LEAD} to co-develop therapies made of QAR-iNKT cells.", []),
    # brands in the quoted speech of the deal's sentences, when nothing else names any; not an acronym of plain words
    ("brands-in-a-quote-when-nothing-else-names-any", "Kestrel Pharma to acquire Norvane Bio for $900 million. Kestrel "
     "Pharma will acquire Norvane Bio for $900 million in cash. Jane Roe, CEO of Kestrel Pharma, said, \"Norvane's "
     "two products, QUELMIRA and NORZEL have substantial potential.\"", ["QUELMIRA", "NORZEL"]),
    ("a-quote-beside-a-named-asset", "Kestrel Pharma to acquire Norvane Bio for $900 million. Kestrel Pharma will "
     "acquire Norvane Bio and its drug NB-5 for $900 million in cash. Jane Roe, CEO of Kestrel Pharma, said, "
     "\"Norvane's two products, QUELMIRA and NORZEL have substantial potential.\"", ["NB-5"]),
    ("an-acronym-of-plain-words-in-a-quote", "Kestrel Pharma to acquire Norvane Bio for $900 million. Kestrel Pharma "
     "will acquire Norvane Bio for $900 million in cash to obtain quelled protein degradation (QPD) technology. Jane "
     "Roe, CEO of Kestrel Pharma, said, \"We have secured a world-class QPD platform.\"", []),
    # a lower-case name no stem tells, where a phrase says the deal is about it; not an English word there
    ("a-lower-case-name-the-deal-is-for", f"{LEAD} for tolvexap in Asia.", ["tolvexap"]),
    ("a-plain-word-the-deal-is-for", f"{LEAD} for research in Asia.", []),
    ("a-lower-case-name-commercialised", f"{LEAD}. Kestrel will share profits from the commercialization of tolvexap "
     "in the US.", ["tolvexap"]),
    ("plain-words-commercialised", f"{LEAD}. Kestrel will share profits from the commercialization of treatments "
     "in the US.", []),
    ("a-verb-after-rights-to", f"{LEAD} for rights to develop NB-3 in Asia.", ["NB-3"]),
    ("inn-stem-rsen-after-a-short-prefix", f"{LEAD} for tofarsen.", ["tofarsen"]),
    ("hyphenated-english-is-not-an-inn", f"{LEAD} after proof-of-concept data for NB-4.", ["NB-4"]),
    ("class-word-is-not-an-inn", f"{LEAD} for NB-5, a CpG oligodeoxynucleotide.", ["NB-5"]),
    # codes
    ("code-with-segments-after-a-dash", f"{LEAD} for NBX-C12D and NB-QR4-2.5-LRx.", ["NBX-C12D", "NB-QR4-2.5-LRx"]),
    ("ticker-is-not-a-code", f"{LEAD} with Norvane Bio (SZ 000123; HK 1177) for NB-6.", ["NB-6"]),
    ("currency-code-is-not-an-isotope", f"{LEAD} for NB-7; the consideration includes Rs 115 crore.", ["NB-7"]),
    ("target-with-a-dash-is-not-a-code", f"{LEAD} for its antibody targeting CD-20.", []),
    # names the deal's sentences mark or own
    ("trademark-marked-names", f"{LEAD} to acquire Quelvix® and Zarnel® vaccines.", ["Quelvix", "Zarnel"]),
    ("owned-platform-with-words-between", f"{LEAD} to use Norvane’s proprietary TriQel antibody engineering platform.",
     ["TriQel"]),
    ("two-platforms-named-together", f"{LEAD} using its proprietary Corvex and Lumora platforms.",
     ["Corvex", "Lumora"]),
    ("hyphenated-word-before-platform-is-no-name", f"{LEAD} to use its ADAR-based RNA editing platform.", []),
    ("owned-platform-generic-word", f"{LEAD} to use Norvane’s Antibody Discovery platform.", []),
    ("brand-before-a-disease-noun", f"{LEAD} with a focus on Hartwell muscular dystrophy.", []),
    ("brand-as-an-owner", f"{LEAD} for rights to Norvelle’ anti-TNF portfolio.", []),
    ("inn-with-a-payload-second-word", f"{LEAD} for vorlituzumab tirumotecan.", ["vorlituzumab tirumotecan"]),
    ("code-starting-with-a-digit", f"{LEAD} for 7QX2821.", ["7QX2821"]),
    ("mutation-is-not-a-code", f"{LEAD} for NB-31, a KRAS G12D inhibitor.", ["NB-31"]),
    ("crossed-targets-are-not-a-code", f"{LEAD} for its PD-1xVEGF bispecific NB-32.", ["NB-32"]),
    ("another-companys-deal", f"{LEAD} for NB-33, following Halvard's pact for NB-34 and Orlen's deal for "
     "velotamab.", ["NB-33"]),
    ("not-part-of-the-deal-as-the-main-clause", f"{LEAD} for NB-35. Norvane's lead candidate NB-36, an siRNA, is "
     "not part of the agreement.", ["NB-35"]),
    ("the-product-by-its-class", f"{LEAD} for an ADC. The ADC, called NB-37, targets TROP2.", ["NB-37"]),
    ("acronym-of-plain-words-is-no-platform", f"{LEAD} to gain targeted protein degradation (TPD) technology.", []),
    ("product-another-company-markets", f"{LEAD} for NB-38, built like Quelmira® (tarlocimab vedotin), marketed by "
     "Halvard.", ["NB-38"]),
    ("product-a-party-develops-by-its-initials", "Kestrel Norvane Dalmore Pharmaceutical and Orlen Bio have "
     "entered into an exclusive license agreement for KND-510, developed by KND Pharm.", ["KND-510"]),
    ("asset-named-outside-the-deal-sentences", f"{LEAD} for a KRAS inhibitor. NB-39 is in phase 1 in pancreatic "
     "cancer.", ["NB-39"]),
    ("drug-given-in-combination", f"{LEAD} for NB-40 in combination with Halvard's Quelmira (vorlimab).",
     ["NB-40"]),
    ("the-companies-will-develop", f"{LEAD}. The companies will develop and sell NB-55 for depression.", ["NB-55"]),
    # names that stand where a product could but name a company, a people or an index
    ("a-company-with-its-legal-form-is-no-product", "Kestrel Royalty will pay Norvane Bio $40 million for the "
     "royalty interest in Halvard Therapeutics, Inc.'s eye drugs.", []),
    ("a-product-with-its-owner-is-one", f"{LEAD} for the royalty interest in Halvard's Quelmira.", ["Quelmira"]),
    ("a-nationality-is-no-product", "Kestrel Pharma has agreed to license a drug in development to Danish "
     "drug group Norvane Bio for $40 million.", []),
    ("a-code-naming-a-stock-index", f"{LEAD} for NB-56; Kestrel stock rose while the Bourse-50 index slipped.",
     ["NB-56"]),
    ("a-code-is-no-index-without-the-word", f"{LEAD} for Bourse-50 in Japan.", ["Bourse-50"]),
    # names written in ways a product is
    ("an-isotope-labelled-code", f"{LEAD} for [203Pb]NBT-a-RX, an alpha therapy.", ["[203Pb]NBT-a-RX", "NBT-a-RX"]),
    ("an-isotope-first-code", f"{LEAD} for Pb203-NBT-a-RX and 177Lu-NB-610.",
     ["Pb203-NBT-a-RX", "NBT-a-RX", "177Lu-NB-610", "NB-610"]),
    ("a-short-name-with-an-inner-capital", f"{LEAD} to develop and commercialize QyX in Europe.", ["QyX"]),
    ("what-the-deal-includes", "Kestrel Pharma will acquire Norvane Bio for $40 million. The centrepiece of "
     "the deal is Quelmira, a gel for eczema, and the deal also includes Zor, a lotion.", ["Quelmira", "Zor"]),
    ("a-short-capitalised-word-is-no-name", f"{LEAD}; the deal also includes The rest.", []),
    ("two-brands-joined", "Kestrel Pharma has agreed to sell its Quelmycin and Zarvadex brands to Norvane Bio for "
     "$40 million.", ["Quelmycin", "Zarvadex"]),
    ("a-name-joined-without-a-product-noun-is-not-read", "Kestrel Pharma has agreed to sell its Quelmycin and "
     "Zarvadex rights to Norvane Bio for $40 million.", ["Quelmycin"]),
    ("a-region-is-no-product", f"{LEAD}; Kestrel will have marketing rights for North America and Japan.", []),
    ("a-description-with-a-codes-dashes", f"{LEAD} for NB-58 (PD-1/IL-9Beta-bias) and an IL-9-toxin fusion.",
     ["NB-58"]),
    ("a-currency-sign-of-letters", "Kestrel Pharma will buy Norvane Bio for $400 million (SFr380 million).", []),
    ("a-code-between-double-hyphens", f"{LEAD} for an antibody. Its lead molecule--NB-R009--binds IL-6.", ["NB-R009"]),
    ("a-platform-named-between-double-hyphens", f"{LEAD} to use Norvane's chemistry engine--called TriQel--to "
     "design degraders.", ["TriQel"]),
    ("a-hyphenated-platform-name", f"{LEAD} for an antibody from Norvane Bio’s Norvane-Gold platform.",
     ["Norvane-Gold"]),
    # when no other sentence names one: what the past-tense sentences that speak of this deal name
    ("an-asset-in-a-past-sentence-under-this-agreement", "Norvane Bio has entered into a sublicense agreement with "
     "Kestrel Pharma for a one-time payment of $5 million. Under the Agreement, Norvane gave Kestrel the "
     "right to use patents covering Norvane's TriQel technology, which Kestrel had licensed in 2015.", ["TriQel"]),
    ("an-asset-a-party-said-it-would-acquire", "Kestrel Pharma will pay Norvane Bio $67 million. In a statement "
     "last week Kestrel said it would acquire full ownership of the eye medicine, known as NB-1811, which it "
     "had co-owned since 2019.", ["NB-1811"]),
    ("an-earlier-deals-asset-is-not-read", "Kestrel Pharma has signed a manufacturing contract with Norvane Bio worth "
     "$40 million. Back in 2016, Kestrel signed a supply pact with Halvard that made Quelmira (tarlocimab "
     "vedotin).", []),
    ("what-leads-a-partys-pipeline-is-background", "Kestrel Pharma will pay Norvane Bio $40 million upfront to "
     "collaborate on compounds for fibrosis. Kestrel's pipeline is led by tarlosiran and NB-60.", []),
    ("a-product-named-in-the-rest-of-the-story", "Kestrel Pharma will pay Norvane Bio $40 million upfront to "
     "collaborate on compounds for fibrosis. NB-61 is the first of them.", ["NB-61"]),
    ("a-named-library", f"{LEAD} to use certain Quelomer libraries to screen for new targets.", ["Quelomer"]),
    ("a-library-of-a-class-is-no-name", f"{LEAD} to use Compound libraries and Phage libraries.", []),
    ("a-mutation-without-its-gene", f"{LEAD} for a program targeting G12V in colon cancer; the G13D program "
     "follows.", []),
    ("a-stock-index-without-the-word", f"{LEAD} for NB-59. The DAX 40 ended the day lower.", ["NB-59"]),
    ("a-code-written-like-a-mutation", f"{LEAD} to develop and commercialise its E31R treatment for leukaemia.",
     ["E31R"]),
    ("a-mutation-after-its-gene", f"{LEAD} for NB-115, which targets KRAS G13D and the G12V-mutant form.", ["NB-115"]),
    ("a-product-by-its-target-and-class", f"{LEAD} for an anti-IL33 antibody. Kestrel pays "
     "$24 million upfront, and Norvane keeps the right to market the IL-33 mAb in Canada.", ["IL-33 mAb"]),
    ("a-target-and-class-beside-a-named-product", f"{LEAD} for NB-116. Norvane keeps the right to market the IL-33 mAb "
     "in Canada.", ["NB-116"]),
    ("what-a-party-is-known-for", "Kestrel Pharma, the maker of the acne gel Quelmira, has agreed to sell NB-57 to "
     "Norvane Bio for $40 million.", ["NB-57"]),
    ("a-product-a-party-is-known-for", "Kestrel Pharma has licensed out NB-58 to Norvane Bio, a Swiss drug company "
     "best known for its product Quelmira, for $40 million.", ["NB-58"]),
    # more INN stems of small molecules and peptides
    ("inn-stem-inapant", f"{LEAD} for Norvane's IAP antagonist tovinapant.", ["tovinapant"]),
    ("inn-stem-vastatin", f"{LEAD} for kelvastatin in Japan.", ["kelvastatin"]),
    ("inn-stem-tapide-not-a-peptide", f"{LEAD} for ravotapide in Japan.", ["ravotapide"]),
    ("a-class-word-is-no-inn", f"{LEAD} for a cephalosporin antibiotic in Japan.", []),
    ("another-deals-asset", f"{LEAD} for NB-58. Separately, Kestrel markets the antibody NB-59 in Europe.", ["NB-58"]),
    ("what-a-party-makes-in-a-which-clause", f"{LEAD} for NB-62. Kestrel, which makes the CAR-T tovacabtagene "
     "autoleucel, gains rights in Europe.", ["NB-62"]),
    ("another-deals-asset-in-a-separate-deal", f"{LEAD} for NB-60. Kestrel also signed a separate licence with "
     "Halvard Bio for NB-61.", ["NB-60"]),
    # names listed after a product's, brands of two words in capitals, a glued trademark, an INN's dosage form
    ("names-listed-after-a-product", f"{LEAD} for the drug Quelmira, Norzel (both for gout) and Vantrel "
     "(tolobamate).", ["Quelmira", "Vantrel", "tolobamate", "Norzel"]),
    ("drugs-such-as", f"{LEAD} for well-known OTC drugs such as Quelmira and Norzel.", ["Quelmira", "Norzel"]),
    ("an-inn-listed-after-a-marked-brand", f"{LEAD} to commercialize Quelvix® (tolobamate) and velugolix in Canada.",
     ["Quelvix", "tolobamate", "velugolix"]),
    ("a-listed-party-or-place-is-no-product", f"{LEAD} for the drug Quelmira, Norvane, Kestrel and Japan.",
     ["Quelmira"]),
    ("a-brand-of-two-words-in-capitals-and-a-glued-mark", f"{LEAD} for rights for QUELMIRA SYMPEN and NORZELTM, which "
     "are marketed in the U.S.", ["QUELMIRA SYMPEN", "NORZEL"]),
    ("an-inn-with-its-dosage-form", f"{LEAD} for the drug QUELMIRA (tolotriptan nasal spray) in the U.S.",
     ["QUELMIRA", "tolotriptan"]),
    ("a-list-after-a-code-stops-at-a-clause", f"{LEAD} for NB-65, Norvane said.", ["NB-65"]),
    # a biologic's INN with the FDA's suffix, a modality's abbreviation before a code's digits, coined technologies
    ("a-brand-with-a-suffixed-biologic-inn", f"{LEAD} for QUELTAX (tovelimab-xqrz) in Japan.",
     ["QUELTAX", "tovelimab", "tovelimab-xqrz"]),
    ("a-code-after-a-modalitys-abbreviation", f"{LEAD} to manufacture mRNA-4521 in Europe.", ["mRNA-4521"]),
    ("coined-technologies-before-plain-words", f"{LEAD} for access to the QuelLink glycan conjugation and NorSpace "
     "polar spacer technologies.", ["QuelLink", "NorSpace"]),
    ("a-capitalised-word-before-technologies-is-no-name", f"{LEAD} for access to Linker conjugation technologies.",
     []),
    ("a-deal-with-a-company-for-a-brand", "Kestrel Pharma Enters into Agreement with Norvane Bio for Quelmira in "
     "Asia. Kestrel will pay $20 million upfront.", ["Quelmira"]),
    ("a-deal-with-a-company-for-title-case-words", "Kestrel Pharma Enters into Agreement with Norvane Bio for "
     "Investigational Oral Antagonist. Kestrel will pay $20 million upfront.", []),
    # names that are no product: a price's currency, a company, a business, a marked class of drug, a disease
    ("a-price-in-brackets-is-no-code", "Kestrel Pharma will acquire Norvane Bio for US$12.00 (XQ53.10) per share, "
     "for NB-63.", ["NB-63"]),
    ("a-code-before-a-full-stop-is-a-code", f"{LEAD} for QX104. It is in phase 1.", ["QX104"]),
    ("a-name-before-a-company-word-is-a-company", f"{LEAD} for an interest in Halvard Pharmaceuticals' fibrosis "
     "drugs.", []),
    ("a-brand-before-a-word-is-still-a-brand", f"{LEAD} for rights to Quelmira in Japan.", ["Quelmira"]),
    ("a-nationality-first-names-a-business", f"{LEAD} to commercialize Norvane’s Canadian Portfolio.", []),
    ("an-investors-business-is-no-platform", f"{LEAD}. Alderbrook Capital's Healthcare platform backs Kestrel.", []),
    ("a-marked-class-of-drug-is-no-product", f"{LEAD} for the PROTAC® protein degrader NB-64.", ["NB-64"]),
    ("a-marked-name-is-a-product", f"{LEAD} for the Quelvix® protein degrader NB-64.", ["Quelvix", "NB-64"]),
    ("a-disease-in-brackets-is-what-a-brand-treats", f"{LEAD} for the drug Quelmira (hypertension) and the gel "
     "Norzel (stomatitis).", ["Quelmira", "Norzel"]),
]

TARGETS = [
    ("a-fusion-gene-before-its-class-of-inhibitor", f"{LEAD} for NB-8, a second-generation BCR-ABL tyrosine kinase "
     "inhibitor.", ["BCR-ABL"]),
    ("patients-after-a-tyrosine-kinase-inhibitor-are-no-target", f"{LEAD} for NB-136, a QX7 antibody, in patients "
     "who progressed on an EGFR tyrosine kinase inhibitor.", ["QX7"]),
    ("symbols", f"{LEAD} for a BCMA-targeting CAR-T and a HER2 ADC.", ["BCMA", "HER2"]),
    ("b7-h3", f"{LEAD} for an ADC against B7-H3.", ["B7-H3"]),
    ("a-receptor-hyphenated-once-is-one-target", f"{LEAD} for NB-5, a radioligand for somatostatin-receptor "
     "expressing tumours. NB-5 binds the somatostatin receptor.", ["somatostatin-receptor"]),
    ("crossed-with-a-symbol-that-starts-with-a-digit", f"{LEAD} for NB-707, a PD-L1x4-1BB bispecific antibody.",
     ["PD-L1", "4-1BB"]),
    ("crossed-5t4", f"{LEAD} for NB-708, a 5T4xCD3 T-cell engager.", ["5T4", "CD3"]),
    ("crossed-with-a-decimal", f"{LEAD} for a CLDN18.2xCD3 T-cell engager.", ["CLDN18.2", "CD3"]),
    ("a-cytokines-receptor", f"{LEAD} for NB-31, an antibody against the IL-31 receptor A.", ["IL-31 receptor A"]),
    ("a-cytokines-receptor-by-its-symbol", f"{LEAD} for an inhaled inhibitor of the TSLP receptor.", ["TSLP receptor"]),
    ("the-cytokine-itself", f"{LEAD} for an anti-IL-23 antibody.", ["IL-23"]),
    ("a-ligand-written-out", f"{LEAD} for an antibody that blocks OX40 ligand (OX40L).", ["OX40L"]),
    ("a-list-after-a-word-for-acting-on-it", f"{LEAD} for two programs targeting alpha-synuclein and LRRK2.",
     ["alpha-synuclein", "LRRK2"]),
    ("a-list-before-such-a-word-is-not-read", f"{LEAD} for a KRAS inhibitor; Norvane runs XQZ1 and QRS2 studies.",
     ["KRAS"]),
    ("a-kinase-inhibitors-target", f"{LEAD} for NB-210, an oral LRRK2 kinase inhibitor.", ["LRRK2"]),
    ("a-complement-component", f"{LEAD} for NB-207, an siRNA that silences the gene encoding complement component C3.",
     ["C3"]),
    ("amyloid-with-a-word-for-acting-on-it", f"{LEAD} for NB-5, a long-acting anti-amyloid antibody.", ["amyloid"]),
    ("amyloid-without-one", f"{LEAD} for NB-5, an antibody. Amyloid plaques build up in the brain.", []),
    ("receptor", f"{LEAD} for an oral GLP-1 receptor agonist.", ["GLP-1 receptor"]),
    ("ambiguous-word-needs-context", f"{LEAD} for tau aggregation inhibitors.", ["tau"]),
    ("receptor-symbol", f"{LEAD} for an oral P2X7 receptor antagonist.", ["P2X7 receptor"]),
    ("said-of-the-product-a-few-words-on", f"{LEAD} for an ADC that targets tumours that express a protein known "
     "as TROP2.", ["TROP2"]),
    ("once-each", f"{LEAD} for a CD19 CAR-T. The CD19 program is in phase 1.", ["CD19"]),
    ("named-after-what-it-is", f"{LEAD} for degraders that target the same protein, known as QXR7.", ["QXR7"]),
    ("an-enzyme-called", f"{LEAD} for small molecules that inhibit an enzyme called PQT4.", ["PQT4"]),
    ("written-out", f"{LEAD} for an ADC that targets the kidney-colon cadherin molecule.", ["kidney-colon cadherin"]),
    ("written-out-receptor", f"{LEAD} for an antibody that binds the orphan taste receptor.",
     ["orphan taste receptor"]),
    ("written-out-but-only-which-or-where", f"{LEAD} for an antibody that targets a cell surface receptor.", []),
    ("the-same-receptor-is-no-name", f"{LEAD} for an ADC that targets the same receptor.", []),
    ("pair-of-new-symbols", f"{LEAD} for NB-77, an XR4/QT2 dual receptor agonist.", ["XR4", "QT2"]),
    ("bispecific-pair", f"{LEAD} for NB-78, a PD-1/VEGF bispecific antibody.", ["PD-1", "VEGF"]),
    ("plural-receptors-once-in-the-singular", f"{LEAD} for NB-79, which activates both QT2 receptors and "
     "QT2 receptor signalling.", ["QT2 receptor"]),
    ("a-symbol-read-inside-a-longer-one", f"{LEAD} for Prostaglandin E9 receptor antagonists, including NB-80 "
     "from its PGE9 receptor antagonist program.", ["PGE9 receptor"]),
    ("object-of-anti", f"{LEAD} for an anti-PD-1 antibody.", ["PD-1"]),
    ("isoforms-of-one-symbol", f"{LEAD} for NB-81, a PPAR alpha and delta agonist.", ["PPAR alpha", "PPAR delta"]),
    ("a-receptor-acted-on-written-out", f"{LEAD} for NB-84, a melanin-concentrating hormone receptor antagonist.",
     ["melanin-concentrating hormone receptor"]),
    ("what-the-deal-does-is-no-part-of-a-receptors-name", f"{LEAD}, in which the pair will develop muscarinic "
     "receptor agonists.", ["muscarinic receptor"]),
    ("what-the-product-is-is-no-part-of-a-receptors-name", f"{LEAD} for NB-85, a peptide growth hormone receptor "
     "antagonist.", ["growth hormone receptor"]),
    ("written-out-nuclear-receptor", f"{LEAD} for NB-82, a retinoic acid receptor gamma agonist.",
     ["retinoic acid receptor gamma"]),
    ("hormone-analog", f"{LEAD} for NB-83, Norvane's amylin analog.", ["amylin"]),
    ("symbol-in-brackets-after-its-name", f"{LEAD} for NB-84. NB-84 targets the B-cell maturation antigen (BCMA).",
     ["BCMA"]),
    ("said-of-the-product-a-few-words-and-a-comma-on", f"{LEAD} for NB-85. Kestrel also gets rights to molecules "
     "that target the same protein, known as IRAK4.", ["IRAK4"]),
    ("written-out-name-is-its-symbol", f"{LEAD} for NB-86, a glucagon-like peptide-1 (GLP-1) agonist.", ["GLP-1"]),
    ("title-case-receptor", "Kestrel Licenses Oral GLP-1 Receptor Agonist From Norvane. "
     f"{LEAD} for NB-87.", ["GLP-1 Receptor"]),
    ("pair-half-over-receptor-reading", f"{LEAD} for NB-88, a dual GLP-1/GIP receptor agonist.", ["GLP-1", "GIP"]),
    ("deal-sentences-before-asset-sentences", f"{LEAD} for NB-89, a HER2 antibody. NB-89 is in a trial in patients "
     "whose tumours are positive for PD-L1 expression.", ["HER2"]),
    ("symbol-not-in-the-table-targeted", f"{LEAD} for NB-91, a QRX6-targeting ADC.", ["QRX6"]),
    ("symbol-not-in-the-table-after-anti", f"{LEAD} for NB-92, an anti-ZELT antibody.", ["ZELT"]),
    ("symbol-in-brackets-after-an-enzyme", f"{LEAD} for NB-93, a histone deacetylase 9 (HDX9) blocker.", ["HDX9"]),
    ("disease-in-brackets-is-not-a-target", f"{LEAD} for NB-94 in sickle-cell disease (SCD).", []),
    ("code-before-antibody-is-not-a-target", f"{LEAD} for the NB-95 antibody and the QX-4410 ADC.", []),
    ("crossed-symbols-with-a-point-and-digits", f"{LEAD} for NB-101, a CD3xCLDN18.2 bispecific.",
     ["CD3", "CLDN18.2"]),
    ("crossed-symbols", f"{LEAD} for NB-96, a CD3xQRX2 T-cell engager.", ["CD3", "QRX2"]),
    ("symbol-not-in-the-table-inhibited", f"{LEAD} for NB-106, an inhibitor of the enzyme MATQ2A.", ["MATQ2A"]),
    ("symbol-not-in-the-table-silenced", f"{LEAD} for NB-107, an RNAi drug that silences QRX9.", ["QRX9"]),
    ("symbol-not-in-the-table-before-sirna", f"{LEAD} for NB-108, a QRX8 siRNA.", ["QRX8"]),
    ("indication-after-targeting-is-not-a-target", f"{LEAD} for NB-97, an ADC targeting NSCLC and TNBC.", []),
    ("mutation-form-over-the-bare-symbol", "Kestrel buys KRAS inhibitor. "
     f"{LEAD} for NB-98, a KRAS G12D inhibitor.", ["KRAS G12D"]),
    ("target-of-an-asset-not-in-the-deal", f"{LEAD} for NB-99, a HER2 antibody. Norvane's NB-100, which targets "
     "APOC3, is not part of the agreement.", ["HER2"]),
    ("lower-case-claudin", f"{LEAD} for NB-102, a claudin 18.2 antibody.", ["claudin 18.2"]),
    ("written-out-ligand-with-its-symbol", f"{LEAD} for NB-103, which targets programmed death-ligand 1 (PD-L1).",
     ["PD-L1"]),
    ("receptor-alpha-chain", f"{LEAD} for NB-104, an anti-IL-4Rα antibody.", ["IL-4Rα"]),
    ("written-out-antigen-alone", f"{LEAD} for NB-105, a CAR-T against the B-cell maturation antigen.",
     ["B-cell maturation antigen"]),
    ("asset-sentence-adds-what-the-product-binds", f"{LEAD} for NB-109, a HER2 ADC. NB-109 binds HER2 and targets "
     "HER3 on tumour cells.", ["HER2", "HER3"]),
    ("biomarker-is-not-the-target", f"{LEAD} for NB-90, tested in EGFR-mutated lung cancer and PD-1 refractory "
     "melanoma.", []),
    ("a-peptide-hormones-receptor-written-out", f"{LEAD} to develop endothelin B agonists for cancer.",
     ["endothelin B"]),
    ("a-receptor-family-written-out", f"{LEAD} for an antibody against the tumor necrosis factor receptor (TNFR) "
     "family.", ["TNFR"]),
    ("a-kinase-written-out-with-its-number", f"{LEAD} for NB-111, an oral, selective Quelpoint Kinase 2 inhibitor.",
     ["Quelpoint Kinase 2"]),
    ("a-kinase-written-out-without-a-word-for-acting-on-it", f"{LEAD} for NB-112; Quelpoint Kinase 2 is "
     "overactive in tumours.", []),
    ("a-protein-named-and-described", f"{LEAD} for NB-113, a blocker of Quelostin, a secreted "
     "glycoprotein.", ["Quelostin"]),
    ("a-name-described-but-not-acted-on", f"{LEAD} for NB-114, developed with Quelostin, a protein company.", []),
    ("what-leads-a-partys-pipeline-names-no-target", "Kestrel Pharma will pay Norvane Bio $40 million upfront to "
     "collaborate on compounds for fibrosis. Kestrel's pipeline is led by NB-60, a DPP-4 inhibitor.", []),
    ("a-gene-therapys-replaced-gene", f"{LEAD} for NB-117, an AAV gene therapy for patients with dementia with "
     "progranulin mutations.", ["progranulin"]),
    ("a-mutated-gene-is-a-marker-for-other-products", f"{LEAD} for NB-118, an oral drug for patients with dementia "
     "with progranulin mutations.", []),
    ("an-isoform-letter-in-brackets", f"{LEAD} for two programs that target hypoxia-regulated factor-3α (HRF-3α).",
     ["HRF-3α"]),
    ("an-isoform-letter-before-inhibitor", f"{LEAD} for NB-110, an oral HRF-3α inhibitor.", ["HRF-3α"]),
    ("a-ticker-is-no-target", "Norvane Bio (NASDAQ: NRVB) has entered into an exclusive license agreement with "
     "Kestrel Pharma for certain NRVB CAR-T technology.", []),
    ("a-symbol-like-it-without-the-exchange-is-one", f"{LEAD} for certain NRVB CAR-T technology.", ["NRVB"]),
    ("targets-including-a-symbol", f"{LEAD} to find antisense drugs against four targets, including QLRK3.",
     ["QLRK3"]),
    ("a-target-count-names-none", f"{LEAD} to find antisense drugs against four targets, including two in Japan.",
     []),
    ("an-activator-of-a-symbol", f"{LEAD} for its QRF4 Activator programme.", ["QRF4"]),
    ("a-payload-is-carried-not-acted-on", f"{LEAD} for NB-120, an oncolytic virus armed with an IL-12 payload.", []),
    ("an-antibody-to-the-cytokine-acts-on-it", f"{LEAD} for NB-121, an IL-12 antibody.", ["IL-12"]),
    ("another-deals-target", f"{LEAD} for antisense drugs against QLRK3. Kestrel struck a separate deal with Halvard "
     "Bio for its anti-TQX7 antibody.", ["QLRK3"]),
    # targets written out in words
    ("a-name-written-out-after-anti", f"{LEAD} for NB-122, an anti-quelstatin-binding peptide monoclonal antibody.",
     ["quelstatin-binding peptide"]),
    ("a-one-word-name-after-anti", f"{LEAD} for NB-123, an anti-velostin antibody.", ["velostin"]),
    ("a-class-of-drug-after-anti-is-no-target", f"{LEAD} for NB-124, an anti-inflammatory peptide antibody.", []),
    ("a-receptor-written-out-before-antagonist", f"{LEAD} for NB-125, developed as a quelotropin-releasing receptor "
     "antagonist.", ["quelotropin-releasing receptor"]),
    ("a-receptor-written-out-with-its-number", f"{LEAD} for NB-126, a selective velocortin 3 receptor agonist.",
     ["velocortin 3 receptor"]),
    ("a-receptor-class-is-no-target", f"{LEAD} for NB-127, a selective nuclear receptor agonist.", []),
    ("an-enzyme-written-out", f"{LEAD} for NB-128, an inhibitor of the enzyme quelorotate dehydrogenase.",
     ["quelorotate dehydrogenase"]),
    ("a-factor-written-out", f"{LEAD} for NB-129, an antibody that binds to nerve quelth factor.",
     ["nerve quelth factor"]),
    ("a-transporter-written-out-with-its-number", f"{LEAD} for NB-130, which inhibits the sodium-velose "
     "cotransporter 2.", ["sodium-velose cotransporter 2"]),
    ("a-disease-is-no-enzyme", f"{LEAD} for NB-131, a vaccine against the rare disease.", []),
    ("what-a-party-also-sells-names-no-target", "Sato Pharma will pay Renwick Bio $12 million upfront to co-develop "
     "plasma proteins under the agreement. Sato also markets an anti-QX7 antibody in Asia.", []),
    # a factor a product acts on, a pan- pair, a kinase inhibitor named by its target, a class of antigen
    ("a-factor-an-inhibitor-acts-on", f"{LEAD} for NB-132, an oral Factor D inhibitor.", ["Factor D"]),
    ("a-factor-a-product-replaces-is-no-target", f"{LEAD} for NB-133, a Factor VIII gene therapy.", []),
    ("a-pan-pair", f"{LEAD} for NB-134, a pan-PI3K/mTOR inhibitor.", ["PI3K", "mTOR"]),
    ("a-run-of-three-with-words-of-its-kind", f"{LEAD} for NB-135, a next-generation ROS1/NTRK/ALK multi-target small "
     "broad-spectrum tyrosine kinase inhibitor.", ["ROS1", "NTRK", "ALK"]),
    ("a-pair-with-a-hyphen-suffix", f"{LEAD} for NB-137, an oral QR1/QR4-preferring muscarinic agonist.",
     ["QR1", "QR4"]),
    ("a-gene-before-its-therapy", f"{LEAD} for NB-138, Norvane's QBA1 gene therapy program.", ["QBA1"]),
    ("a-run-of-three-before-its-noun", f"{LEAD} for NB-136, a QRK1/QRK2/QRK3 inhibitor.", ["QRK1", "QRK2", "QRK3"]),
    ("a-kinase-inhibitor-named-by-its-target", f"{LEAD} for rights to an EGFR TKI in Europe.", ["EGFR"]),
    ("patients-after-a-kinase-inhibitor-are-no-target", f"{LEAD} for NB-135, a QX7 antibody, in patients who "
     "progressed on an EGFR TKI.", ["QX7"]),
    ("a-class-of-antigen-is-no-target", f"{LEAD} for an ADC against a tumor associated antigen (TAA).", []),
    # a target written out before "-targeting", what an RNA drug lowers, a secret target, a compared class
    ("written-out-before-targeting", f"{LEAD} for its velostin factor-targeting ADC.", ["velostin factor"]),
    ("a-bare-molecule-word-before-targeting-is-no-name", f"{LEAD} for its receptor-targeting ADC.", []),
    ("what-an-rna-drug-lowers", f"{LEAD} for NB-136, designed to reduce the production of a protein called QRPSS4.",
     ["QRPSS4"]),
    ("production-without-a-word-of-lowering", f"{LEAD} for NB-137; Norvane will oversee production of QRPSS4.",
     []),
    ("a-secret-target-takes-none-from-the-rest-of-the-story", f"{LEAD} for NB-138, which acts on an undisclosed "
     "target. Norvane's older drug lowers TTR in hereditary TTR amyloidosis.", []),
    ("without-a-secret-the-rest-of-the-story-is-read", f"{LEAD} for NB-139. Norvane's NB-139 programme aims at "
     "TTR.", ["TTR"]),
    ("a-compared-class-is-no-target", f"{LEAD} for NB-140, a QRP1 inhibitor. Compared to first-generation PARP "
     "inhibitors, NB-140 is more selective for QRP1.", ["QRP1"]),
    ("a-factors-receptor-with-the-factors-symbol-in-brackets", f"{LEAD} for NB-5, a shuttle that targets the "
     "quelin-like growth factor 2 (QGF2) receptor. NB-5 binds QGF2R.", ["QGF2R"]),
    ("a-factor-with-its-symbol-in-brackets-is-the-factor", f"{LEAD} for NB-5, which targets the quelin-like growth "
     "factor 2 (QGF2).", ["QGF2"]),
    ("an-ambiguous-symbol-before-proteins", f"{LEAD} for NB-6 in diseases caused by abnormal tau proteins.", ["tau"]),
    ("an-ambiguous-symbol-alone-is-no-target", f"{LEAD} for NB-6; the tau of its decay is short.", []),
    ("a-bracketed-symbol-before-technology-names-it", f"{LEAD} to use Norvane's quelin finger protein (QFP) "
     "technology.", []),
    ("an-injectable-enzymes-acronym-is-no-target", f"{LEAD} for a form of injectable quelase (QCH).", []),
    ("a-bracketed-symbol-before-an-inhibitor-is-a-target", f"{LEAD} for NB-8, an intravenous quelin tyrosine kinase "
     "(QYK) inhibitor.", ["QYK"]),
    ("a-class-the-product-belongs-to", f"{LEAD} for NB-141, a next-generation PARP inhibitor.", ["PARP"]),
    ("a-name-the-table-reads-with-its-symbol-in-brackets-is-the-symbol", f"{LEAD} for NB-142, which targets human "
     "interleukin-9 (IL-9). Both the TQX7 and IL-9 proteins drive asthma.", ["IL-9"]),
    ("a-name-the-table-reads-without-a-bracket-stays-written-out", f"{LEAD} for NB-143, which targets human "
     "interleukin-9.", ["interleukin-9"]),
    ("a-word-of-acting-at-a-lines-end-names-nothing-on-the-next", f"{LEAD} for NB-144 and a third target\nHALVARD "
     "and OSTRIN, Kestrel Pharma said on Monday.", []),
    ("a-word-of-acting-before-a-symbol-on-its-line", f"{LEAD} for NB-144 and a third target QRK5\nHALVARD and "
     "OSTRIN, Kestrel Pharma said on Monday.", ["QRK5"]),
    ("a-class-compared-with-far-back-is-no-target", f"{LEAD} for NB-1042, a QRP1 inhibitor. NB-1042 gives more "
     "weight loss than the popular and currently available velotropin receptor agonists.", ["QRP1"]),
    ("a-receptor-agonist-not-compared-is-a-target", f"{LEAD} for NB-1042, a velotropin receptor agonist.",
     ["velotropin receptor"]),
    ("a-gene-like-symbol-a-product-acts-on", f"{LEAD} for NB-1042, which targets QRK15, a membrane protein.",
     ["QRK15"]),
]


def test_an_asset_first_named_in_another_deal_is_that_deals():
    text = (
        "Kestrel Pharma strikes third deal of the week with Norvane Bio. Kestrel Pharma will pay Norvane Bio $40 "
        "million upfront under a license agreement for a fibrosis program. Separately, Halvard Bio has handed over "
        "rights to the tremor drug quelacaltamide in China to Brightmoor Pharma in exchange for $15 million upfront. "
        "Quelacaltamide is an oral inhibitor of calcium channels."
    )
    deal = extract(text).deal
    assert deal is not None
    assert list(deal.assets) == []


def test_an_asset_named_first_by_this_deal_stays_its_own():
    text = (
        "Kestrel Pharma will pay Norvane Bio $40 million upfront under a license agreement for NB-501 outside China. "
        "Norvane had earlier licensed NB-501 in China to Halvard Bio in a separate deal. "
        "NB-501 is an oral inhibitor of calcium channels."
    )
    deal = extract(text).deal
    assert deal is not None
    assert list(deal.assets) == ["NB-501"]


def test_the_inn_in_brackets_after_an_asset_in_another_matters_sentence_is_its_inn():
    text = (
        "Kestrel Pharma enters agreement with Norvane Bio for Quelvix in Asia. Kestrel will pay Norvane Bio $40 "
        "million upfront for Quelvix. Separately, Halvard Bio will obtain rights to commercialize Quelvix® "
        "(tarlocimab vedotin) in Europe."
    )
    deal = extract(text).deal
    assert deal is not None
    assert list(deal.assets) == ["Quelvix", "tarlocimab vedotin"]


def test_what_a_subhead_says_the_acquisition_includes_is_an_asset():
    text = (
        "Kestrel Pharma to acquire Norvane Bio\nAcquisition includes NB-328, an investigational T-cell engager\n"
        "Kestrel Pharma has agreed to acquire Norvane Bio for $300 million in cash. Norvane Bio makes antibodies "
        "with its QuelTAC® platform."
    )
    deal = extract(text).deal
    assert deal is not None
    assert "NB-328" in deal.assets


def test_an_acquired_companys_lead_candidate_is_an_asset():
    text = (
        "Kestrel Pharma to acquire Norvane Bio for $300 million. Kestrel Pharma has agreed to acquire Norvane Bio "
        "for $300 million in cash. Norvane's lead candidate is NB-AADX, a gene therapy for a rare disorder."
    )
    deal = extract(text).deal
    assert deal is not None
    assert "NB-AADX" in deal.assets


def test_an_acquisitions_assets_are_the_targets_pipeline():
    text = (
        "Kestrel Pharma has agreed to acquire Norvane Bio for $900 million in cash. "
        "Norvane Bio has two gene therapies, NB-101 and NB-106, in clinical development."
    )
    deal = extract(text).deal
    assert deal is not None
    assert list(deal.assets) == ["NB-101", "NB-106"]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in ASSETS])
def test_assets(text, expected):
    deal = extract(text).deal
    assert deal is not None
    assert list(deal.assets) == expected


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in TARGETS])
def test_targets(text, expected):
    deal = extract(text).deal
    assert deal is not None
    assert list(deal.targets) == expected


def test_the_target_pattern_reads_what_the_plain_alternation_reads():
    import re

    from extraction.biology import TARGET_PATTERNS
    from extraction.products import _TARGET

    plain = re.compile(r"(?:(?<![\w\-])|(?<=\banti-))(" + "|".join(TARGET_PATTERNS) + r")(?![\w])")
    text = (
        "Kestrel's anti-PD-1 antibody and a CD19 CAR-T, a KRAS G12D inhibitor, liver-intestine cadherin, "
        "cadherin-17, retinoic acid receptor gamma, PPARα, c-Met and cMet, tumour necrosis factor, TNF-α, "
        "glucagon-like peptide-1, GLP-1 Receptor, amylin, tau, α-synuclein, B7-H3, CLDN18.2, P2X7 receptor, "
        "complement C3, MASP-2, integrin αvβ6, HER2-targeting, IL-23R, 4-1BB and TROP-2."
    )
    assert [m.group(1) for m in _TARGET.finditer(text)] == [m.group(1) for m in plain.finditer(text)]


@pytest.mark.parametrize(("story", "assets"), [
    # the deal's products told one by one by their place in the list the story counts
    ("Kestrel Pharma licenses NB-4329 and two more T-cell engagers from Norvane Bio\n\nKestrel Pharma will gain "
     "exclusive licences to three investigational T-cell engagers from Norvane Bio. The first, dubbed NB-4309, is in "
     "phase 1 development. The third asset NB-4368 is set to enter a trial next year.",
     ("NB-4329", "NB-4309", "NB-4368")),
    # counter-example: an ordinal that names no code adds no sentence of products
    ("Kestrel Pharma licenses an antibody from Norvane Bio\n\nKestrel Pharma will gain an exclusive licence to NB-4309 "
     "from Norvane Bio. The first patient, enrolled in 2024, received HB-771 from Halden.",
     ("NB-4309",)),
])
def test_the_deals_products_told_one_by_one(story: str, assets: tuple[str, ...]) -> None:
    deal = extract(story).deal
    assert deal is not None and deal.assets == assets
