"""Modalities: what the deal's products are, not every technology the story names."""

from __future__ import annotations

import pytest

from extraction import extract

LEAD = "Kestrel Pharma and Norvane Bio have entered into an exclusive license agreement"

CASES = [
    ("an-antibody-called-a-biologic", f"{LEAD} for velogrotug. Norvane expects velogrotug to become the "
     "second biologic treatment approved for the disease.", ("antibody",)),
    ("a-fusion-protein-beside-an-antibody", f"{LEAD} for Benorva (quelanercept) and Flixora (norvuximab).",
     ("protein", "antibody")),
    ("an-antibody-and-its-payload-named-alone", f"{LEAD} for QUELTAX (velocastuximab tesirine-lpyl).", ("adc",)),
    ("an-anti-of-a-disease-is-no-antibody", f"{LEAD} for its rights to the anti-cancer agent NB-7.", ()),
    ("an-anti-of-a-target-is-an-antibody", f"{LEAD} for its rights to the anti-TNF portfolio.", ("antibody",)),
    ("a-car-t-whose-inn-says-cell-therapy", f"{LEAD} to manufacture the CAR-T cell therapy Quelvia "
     "(vostagenlecleucel).", ("car-t",)),
    ("a-bispecific-of-the-new-inn-scheme", f"{LEAD} for talquemig in myeloma.", ("bispecific",)),
    ("car-t", f"{LEAD} for Norvane's CD19 CAR-T cell therapy NB-19.", ("car-t",)),
    ("adc-not-also-antibody", f"{LEAD} for NB-4, an antibody-drug conjugate built on a monoclonal antibody.", ("adc",)),
    ("t-cell-engager-is-bispecific", f"{LEAD} for NB-3, a T-cell engager for solid tumours.", ("bispecific",)),
    ("nk-engager-is-not-cell-therapy", f"{LEAD} covering Norvane's NK cell engager platform.", ("bispecific",)),
    ("radioligand", f"{LEAD} for NB-177, a radioligand therapy targeting PSMA.", ("radiopharmaceutical",)),
    ("radiopharma", "Kestrel Pharma hands Norvane Bio $28M to expand its radiopharma options.",
     ("radiopharmaceutical",)),
    ("alpha-targeted-therapy", f"{LEAD} for an alpha-targeted therapy in neuroendocrine tumours.",
     ("radiopharmaceutical",)),
    ("an-injectable-enzyme-is-a-protein", f"{LEAD} for a form of injectable quelase for contractures.", ("protein",)),
    ("an-injectable-for-a-disease-is-no-protein", f"{LEAD} for an injectable for Quelmar disease.", ()),
    ("sirna", f"{LEAD} for NB-11, an siRNA against ANGPTL3.", ("oligonucleotide",)),
    ("small-molecule", f"{LEAD} for NB-8, an oral small molecule KRAS G12C inhibitor.", ("small-molecule",)),
    ("gene-editing", f"{LEAD} to use Norvane's CRISPR base editing technology.", ("gene-editing",)),
    ("tcr-beside-car-t", f"{LEAD} for a TCR-T therapy and a CAR-T therapy.", ("car-t", "cell-therapy")),
    ("comparison-does-not-count", f"{LEAD} for T cell receptor therapies, which are similar to CAR-Ts.",
     ("cell-therapy",)),
    ("recombinant-protein-inhibitor", f"{LEAD} for its recombinant human C1 inhibitor.", ("protein",)),
    ("mrna-vaccine", f"{LEAD} to develop mRNA vaccines against influenza.", ("mrna", "vaccine")),
    ("mrna-qualifying-vaccines-named-often", "Vaccine maker Norvane Bio sells vaccines. Kestrel Pharma will pay "
     "$40 million for Norvane Bio's messenger RNA (mRNA) measles and mumps vaccines. "
     "The vaccines are in phase 2. Norvane Bio's vaccine plant is in Ulm.", ("mrna", "vaccine")),
    ("mrna-beside-vaccines-it-does-not-qualify", "Vaccine maker Norvane Bio sells vaccines. Norvane Bio will sell the "
     "rights to its flu vaccines to Kestrel Pharma for $40 million. The vaccines are in phase 2. Norvane Bio's "
     "vaccine plant also makes mRNA.", ("vaccine",)),
    ("a-toxin-linked-to-an-antibody", f"{LEAD} for a method by which cytotoxins are coupled to antibodies, "
     "using small molecules named tarlomycins.", ("adc",)),
    ("an-antibody-not-linked-to-a-toxin", f"{LEAD} for monoclonal antibodies linked to a clinical trial.",
     ("antibody",)),
    ("a-pet-ct-imaging-agent", f"{LEAD} for NB-26, a small molecule PET/CT agent for prostate cancer.",
     ("radiopharmaceutical",)),
    ("a-compound-adjective-names-no-product", f"{LEAD} for NB-27, a live biotherapeutic for antiviral-resistant "
     "infections.", ("microbiome",)),
    ("the-term-alone-names-one", f"{LEAD} for NB-28, an antibiotic.", ("small-molecule",)),
    ("drugs-to-be-attached-to-antibodies", f"{LEAD} for TriQel, a method that lets drugs be attached to antibodies.",
     ("adc",)),
    ("an-interleukin-as-the-product", f"{LEAD} for NB-29, a masked IL-15, in solid tumours.", ("protein",)),
    ("an-interleukin-as-what-it-acts-on", f"{LEAD} for NB-30, an IL-15 antibody.", ("antibody",)),
    ("t-cell-based-therapies", f"{LEAD} to grow its T-cell-based therapies.", ("cell-therapy",)),
    ("t-cell-engager-therapies-are-bispecific", f"{LEAD} for T-cell engager therapies.", ("bispecific",)),
    ("a-peptide-hormones-receptor-agonist", f"{LEAD} to develop endothelin B agonists for cancer.", ("peptide",)),
    ("an-antagonist-of-it-is-no-peptide", f"{LEAD} to develop endothelin B antagonists for cancer.",
     ("small-molecule",)),
    ("medicinal-chemistry-hint", f"{LEAD} under which Kestrel will use Norvane's medicinal chemistry to find new "
     "programs.", ("small-molecule",)),
    ("a-business-named-by-its-class-later-in-the-story", "Kestrel Pharma will sell 12 of its cough brands to Norvane "
     "Bio for $40 million. The brands are sold in Europe. Kestrel is also splitting off its vaccines business.", ()),
    ("a-plant-named-by-its-class-later-in-the-story", "Kestrel Pharma signed a contract manufacturing deal with "
     "Norvane Bio worth $40 million. Kestrel is finishing a dedicated ADC facility in Songdo.", ()),
    ("a-product-named-by-its-class-later-in-the-story", "Kestrel Pharma signed a contract manufacturing deal with "
     "Norvane Bio worth $40 million. Kestrel will make an ADC in Songdo.", ("adc",)),
    ("a-business-named-by-its-class-in-the-lead", "Kestrel Pharma will sell its vaccines business to Norvane Bio for "
     "$40 million.", ("vaccine",)),
    ("inn-stem-pitant", f"{LEAD} for NB-31, a new form of vorapitant.", ("small-molecule",)),
    ("inn-stem-tapide", f"{LEAD} for ravotapide in Japan.", ("small-molecule",)),
    ("inn-stem-siban", f"{LEAD} for kelosiban in Japan.", ("peptide",)),
    ("an-oncolytic-virus-and-its-payload", f"{LEAD} for NB-32, an oncolytic adenovirus armed with an IL-12 payload.",
     ("other",)),
    ("an-adc-payload-is-still-an-adc", f"{LEAD} for NB-33, an antibody carrying a topoisomerase payload.", ("adc",)),
    ("a-synthetic-peptide-hormone", f"{LEAD} for NB-34, a synthetic corticotropin product.", ("peptide",)),
    ("a-releasing-factor-antagonist-is-no-peptide", f"{LEAD} for NB-35, an oral corticotropin-releasing factor "
     "antagonist.", ("small-molecule",)),
    ("what-a-party-makes-names-no-modality", f"{LEAD} for NB-37, an ADC. Kestrel, which makes the CAR-T NB-38, "
     "gains rights in Europe.", ("adc",)),
    ("engineered-toxin-bodies", f"{LEAD} for products containing engineered toxin bodies.", ("protein",)),
    ("another-deals-modality", f"{LEAD} for NB-36, an oral drug. Kestrel struck a separate deal with Halvard Bio "
     "for an antibody.", ("small-molecule",)),
    # the class an INN stem names
    ("inn-stem-siran", f"{LEAD} for tarlosiran in Japan.", ("oligonucleotide",)),
    ("inn-stem-arotene", f"{LEAD} for kelarotene in Japan.", ("small-molecule",)),
    ("inn-stem-renone", f"{LEAD} for the antihypertensive drug kelodurenone.", ("small-molecule",)),
    ("inn-stem-gliatin", f"{LEAD} for vorgliatin, a diabetes treatment, in China.", ("small-molecule",)),
    ("inn-stems-beside-a-term", f"{LEAD} for biosimilars of tarlocept and vorlimab.", ("protein", "antibody")),
    # hints read only when no term names a class
    ("hint-antagonist", f"{LEAD} for NB-8, a selective antagonist of EP4.", ("small-molecule",)),
    ("hint-oral-therapy", f"{LEAD} for NB-9, an oral therapy for depression.", ("small-molecule",)),
    ("hint-loses-to-a-term", f"{LEAD} for NB-10, an agonist antibody.", ("antibody",)),
    ("oligodeoxynucleotide", f"{LEAD} for NB-11, a CpG-A oligodeoxynucleotide TLR9 agonist.", ("oligonucleotide",)),
    ("peptide-hormone-analog", f"{LEAD} for NB-12, a long-acting amylin analog.", ("peptide",)),
    ("checkpoint-inhibitor-is-an-antibody", f"{LEAD} for NB-13, a PD-1 inhibitor.", ("antibody",)),
    ("small-molecule-inhibitor", f"{LEAD} for NB-14, a KRAS inhibitor.", ("small-molecule",)),
    ("biologics-license-application-is-no-protein", f"{LEAD} for NB-15, an oral small molecule; a Biologics "
     "License Application is planned.", ("small-molecule",)),
    ("exon-skipping", f"{LEAD} for NB-16, an exon-skipping PMO.", ("oligonucleotide",)),
    # what the product is, not what it carries or makes
    ("antibody-oligonucleotide-conjugate", f"{LEAD} for NB-17, an antibody-oligonucleotide conjugate (AOC).",
     ("oligonucleotide",)),
    ("tcr-bispecific-is-no-cell-therapy", f"{LEAD} for NB-18, a TCR bispecific for melanoma.", ("bispecific",)),
    ("mrna-encoded-antibody", f"{LEAD} for NB-19, an mRNA-encoded antibody.", ("mrna",)),
    ("vector-delivered-antibody", f"{LEAD} for NB-20, an AAV-delivered antibody.", ("gene-therapy",)),
    ("peptide-hormone-receptor-agonist", f"{LEAD} for NB-21, a long-acting injectable GLP-1 receptor agonist.",
     ("peptide",)),
    ("oral-peptide-hormone-receptor-agonist", f"{LEAD} for NB-22, an oral GLP-1 receptor agonist.",
     ("small-molecule",)),
    ("oral-antagonist-peptide", f"{LEAD} for NB-25, an oral IL-23 receptor antagonist peptide.", ("peptide",)),
    # what a product acts on is not what it is
    ("sirna-that-degrades-an-mrna", f"{LEAD} for NB-23, an siRNA that degrades the mRNA of ANGPTL3.",
     ("oligonucleotide",)),
    ("editing-oligonucleotide-in-mrna", f"{LEAD} for NB-24, oligonucleotides that correct mutations in messenger RNA.",
     ("oligonucleotide",)),
    ("a-portfolio-of-mrna-medicines", f"{LEAD} for a portfolio of mRNA medicines.", ("mrna",)),
    # a part's score goes to the modality it is part of
    ("engager-antibodies-are-bispecific", f"{LEAD} to boost antibody therapies. Norvane will receive $60 million to "
     "generate T-cell engager antibodies using its antibody engineering platform.", ("bispecific",)),
    # a word of a target's name after "anti-" is not what the product is
    ("a-peptide-in-a-targets-name", f"{LEAD} for NB-25, an anti-quelstatin-binding peptide monoclonal antibody.",
     ("antibody",)),
    ("a-peptide-beside-an-anti-antibody", f"{LEAD} for NB-26, a cyclic peptide, and an anti-QX4 antibody.",
     ("peptide", "antibody")),
    # a way of discovering drugs does not crowd out what the drugs are
    ("ai-discovery-of-small-molecules", "Kestrel bets on AI-driven discovery in pact with Norvane. Kestrel Pharma "
     "signed an AI-enabled research deal with Norvane Bio, an AI-driven biotech using machine learning. The two "
     "companies will work on small molecules against three targets.", ("platform-ai", "small-molecule")),
    ("an-ai-deal-alone", "Kestrel bets on AI-driven discovery in pact with Norvane. Kestrel Pharma signed an "
     "AI-enabled research deal with Norvane Bio, an AI-driven biotech using machine learning.", ("platform-ai",)),
    # proteins from donated plasma, and isotopes
    ("plasma-derived-therapies", f"{LEAD} for NB-27, a plasma-derived therapy for immune deficiency.", ("protein",)),
    ("a-radioisotope", f"{LEAD} for NB-28, a small protein carrying a radioisotope to tumours.",
     ("radiopharmaceutical",)),
    # a company's areas of business are not the deal's products
    ("a-companys-business-areas", "Kestrel Pharma sells Norvane Bio its eye drops for $40 million. Kestrel Pharma "
     "will sell its ophthalmic eye drops to Norvane Bio. The drops sit outside Kestrel's core business areas, which "
     "are oncology, vaccines and plasma proteins.", ()),
    ("a-class-named-by-what-it-treats", f"{LEAD} to commercialise morvadine, a novel antipsychotic, in Asia.",
     ("small-molecule",)),
    # drugs named by how they work; a company's technology for it names no product
    ("targeted-protein-degradation-drugs", f"{LEAD} to discover targeted protein degradation drugs for cancer.",
     ("small-molecule",)),
    ("a-protein-degradation-technology", f"{LEAD} to use Norvane's protein degradation discovery technology.", ()),
    # each asset's own modality, however often another asset's is written
    ("an-assets-own-modality", f"{LEAD} for its QRP1 inhibitor NB-1. The deal includes an option on its ADC, NB-2. "
     "The ADC is one of several ADCs; ADCs are hot.", ("adc", "small-molecule")),
    ("a-part-of-the-assets-modality", f"{LEAD} for NB-2, an ADC with a topoisomerase inhibitor payload. The ADC is "
     "one of several ADCs.", ("adc",)),
    # an antibody that works on two targets at once is a bispecific
    ("an-antibody-on-two-targets", f"{LEAD} for NB-9, an experimental antibody that works on both QX1 and VEGF.",
     ("bispecific",)),
    ("a-small-molecule-on-two-targets", f"{LEAD} for NB-9, an oral drug that inhibits both JAK1 and JAK2.",
     ("small-molecule",)),
    ("an-antibody-on-both-of-two-groups", f"{LEAD} for NB-9, an antibody that works on both adults and children.",
     ("antibody",)),
    # what the story's past alone names takes in none of the deal's own
    ("the-past-names-a-part-of-its-own", "Kestrel Pharma to acquire Norvane Bio for $900 million. Kestrel Pharma will "
     "acquire Norvane Bio for $900 million. The deal gives Kestrel Pharma a company which specializes in "
     "antibody-based cancer therapies. In November 2023, Brightwell signed a licensing agreement for Norvane Bio's "
     "bispecific antibody candidate, NB-299. NB-299 is designed to block QX1.", ("bispecific", "antibody")),
    ("the-deal-names-the-whole", "Kestrel Pharma to acquire Norvane Bio for $900 million. Kestrel Pharma will acquire "
     "Norvane Bio for $900 million. The deal gives Kestrel Pharma its bispecific antibody NB-299. NB-299 is one of "
     "the antibody-based cancer therapies Norvane Bio makes.", ("bispecific",)),
]


def test_another_company_named_by_its_class_names_no_modality():
    text = f"{LEAD} for NB-8, an oral small molecule that Halvard Biologics will manufacture."
    deal = extract(text).deal
    assert deal is not None
    assert deal.modalities == ("small-molecule",)


def test_what_a_companys_products_brought_in_names_no_modality():
    text = (
        "Kestrel Pharma will pay $900 million to acquire Norvane Bio. Kestrel's vaccine brought in more than $16 "
        "billion last year. Norvane makes Quelmira tablets."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.modalities == ("small-molecule",)


def test_a_deal_sentence_on_a_vaccine_names_its_modality():
    text = (
        "Kestrel Pharma will pay $900 million to acquire Norvane Bio and its vaccine. Norvane makes Quelmira tablets."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.modalities == ("vaccine",)


def test_a_partys_name_names_no_modality():
    text = (
        "Kestrel Biologics and Norvane Bio have entered into an exclusive license agreement for NB-8, an oral "
        "small molecule."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.modalities == ("small-molecule",)


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_modalities(text, expected):
    deal = extract(text).deal
    assert deal is not None
    assert deal.modalities == expected


def test_words_outside_the_quotes_of_a_sentence_still_count():
    text = (
        f"{LEAD} for NB-12. "
        'The Norvane treatment, an antibody-drug conjugate against TROP2, is "extraordinary," said Kestrel\'s CEO.'
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.modalities == ("adc",)
    assert "TROP2" in deal.targets


def test_a_products_past_describes_what_it_is():
    text = (
        f"{LEAD} for Quelmira (NB-12). "
        "Quelmira, a HER2-targeted antibody-drug conjugate, was approved in China in May 2025."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.modalities == ("adc",)
    assert deal.targets == ("HER2",)


def test_pipeline_named_in_a_quote_is_not_the_deals_modality():
    text = (
        f"{LEAD} for NB-19, an allogeneic CAR-T therapy. "
        "\"NB-19 complements our pipeline of monoclonal antibodies and small molecules,\" said Kestrel's CEO."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.modalities == ("car-t",)


# (id, text, modalities): a clause that dates another deal by the news names that deal's product
OTHER_DEAL_CLAUSES = [
    ("months-after-another-pact",
     "Kestrel bets $60M upfront on Norvane's TL1A antibody, months after ADC pact with Ostrin\n\n"
     "Kestrel Pharma will pay Norvane Bio $60 million upfront for rights to NB-44.", ("antibody",)),
    ("on-the-heels-of-a-deal",
     "Kestrel Pharma has licensed Norvane Bio's NB-44 antibody for $60 million upfront, on the heels of its siRNA "
     "deal with Ostrin.", ("antibody",)),
    ("on-the-heels-of-data-is-this-deals",
     "Kestrel Pharma has licensed Norvane Bio's NB-44 for $60 million upfront, on the heels of strong data for the "
     "ADC.", ("adc",)),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in OTHER_DEAL_CLAUSES])
def test_a_clause_dating_another_deal_names_none_of_this_deals_products(text, expected):
    deal = extract(text).deal
    assert deal is not None
    assert deal.modalities == expected
