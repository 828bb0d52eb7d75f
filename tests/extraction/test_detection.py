"""Deal or not: leads written in the ways trade press and press releases open a story."""

from __future__ import annotations

from datetime import date

import pytest

from extraction import extract
from extraction.detection import (
    Timeline,
    _is_heading,
    announces_deal,
    announces_news,
    goes_on_with_history,
    judge,
    past_deal_sentences,
)
from extraction.text import Sentence, fold, folded_pattern, read_article
from extraction.vocabulary import DEAL_EVENT_PATTERNS, HISTORY_MARKERS

DEALS = [
    ("a-licence-beside-a-first-patient-dosed", "Kestrel licenses NB-5 from Norvane\n\nKestrel Pharma has licensed "
     "NB-5 from Norvane Bio for $30 million upfront, weeks before Norvane dosed the first patient in a phase 2 trial."),
    ("a-licence-before-a-filing", "Kestrel in-licenses NB-9 from Norvane as it prepares a BLA\n\nKestrel Pharma has "
     "licensed NB-9 from Norvane Bio for $50 million upfront and plans to submit a BLA in 2026."),
    ("a-licence-of-a-drug-given-back-before", "Norvane licenses drug Kestrel handed back to Halden\n\nNorvane Bio has "
     "licensed NB-3, a drug Kestrel Pharma gave back last year, to Halden Therapeutics for $20 million upfront."),
    ("a-deal-after-a-scene-naming-a-potential-approval", "Kestrel unloads US rights to NB-5 to Norvane\n\nWith "
     "Kestrel on the verge of scoring a potential approval for its lead drug, the pharma is thinking big. Monday, "
     "Kestrel Pharma inked a deal to sell NB-5 to Norvane Bio for $160 million upfront."),
    ("a-licence-beside-a-loan", "Kestrel licenses NB-8 from Norvane and draws a term loan\n\nKestrel Pharma has "
     "licensed NB-8 from Norvane Bio for $30 million upfront."),
    ("a-licence-with-its-upfront-converted", "Norvane Bio has licensed NB-9 to Kestrel Pharma for a $5 million (6.9 "
     "billion won) upfront payment and milestone payments of up to $100 million."),
    ("shares-sold-beside-a-licence", "Kestrel sells shares to Norvane in a licensing pact\n\nKestrel Pharma has "
     "licensed NB-6 to Norvane Bio, which will buy $20 million of Kestrel shares."),
    ("an-upfront-received-in-a-new-licence", "Norvane receives $50M upfront from Kestrel for NB-7 rights\n\nNorvane "
     "Bio has granted Kestrel Pharma exclusive rights to NB-7 in Japan for $50 million upfront."),
    ("a-collaboration-with-shares-bought-in-a-private-placement", "Kestrel Pharma and Norvane Bio enter a "
     "collaboration on NB-3\n\nKestrel Pharma and Norvane Bio today announced a research collaboration to develop "
     "NB-3. Kestrel will also buy $50 million of shares of Norvane's common stock in a private placement."),
    ("press-release-entered", "Norvane Bio and Kestrel Pharma today announced that they have entered into an exclusive "
     "license agreement for KP-101."),
    ("trade-press-inks", "Kestrel inks $50M pact with Norvane for bispecific antibodies\n\nKestrel Pharma will pay "
     "Norvane Bio $50 million upfront."),
    ("acquisition", "Halvard Therapeutics to acquire Ostrin Bio for $1.2 billion\n\nHalvard Therapeutics has agreed "
     "to acquire Ostrin Bio in an all-cash deal."),
    ("licensed-rights", "Marrow Sciences said today it licensed exclusive rights to Pellix Biotech's ADC platform."),
    ("partners-to", "Corvid Genetics and Ilex Pharmaceuticals partner to develop gene therapies for rare diseases."),
    ("option-deal", "Ilex Pharmaceuticals has signed an option and license agreement with Corvid Genetics for two "
     "programs."),
    ("asset-sale", "Tamsin Bio has sold its ophthalmology assets to Orrery Pharma for $20 million upfront."),
    ("manufacturing-pact", "Brightwell Biologics signed a multi-year manufacturing agreement with Halvard"
                           " Therapeutics."),
    ("partnering-with", "Kestrel Pharma is bolstering its pipeline by partnering with Norvane Bio to develop a "
     "radiotherapeutic."),
    ("after-clause-is-not-history", "After an earlier agreement lapsed, Tamsin Bio has signed a new licence with "
     "Orrery Pharma for TB-7."),
    # takeovers, as UK and European wires write them
    ("agreed-takeover-offer", "Norvane backs Kestrel's GBP 2bn offer\n\nNorvane Bio directors have agreed a takeover "
     "offer from Kestrel Pharma that values the biotech at roughly GBP 2bn."),
    ("agreed-to-offer-for", "Kestrel Pharma and Ostrin Bio won the bidding for Norvane Bio on Monday when they agreed "
     "to offer a total of EUR 3 billion for the drugmaker."),
    ("board-supports-offer", "Kestrel Pharma is reaching for Norvane Bio. The Swiss are putting EUR 2 billion on the "
     "table. The Management Board of Norvane Bio supports the Kestrel offer."),
    ("recommended-cash-offer", "Recommended cash offer for Norvane Bio plc by Kestrel Pharma\n\nThe boards of Kestrel "
     "Pharma and Norvane Bio announce the terms of a recommended cash offer for Norvane Bio."),
    ("tender-offer-commenced", "Kestrel Pharma commences tender offer for Norvane Bio\n\nKestrel Pharma today "
     "commenced a tender offer for all outstanding shares of Norvane Bio."),
    ("holders-paid-per-share", "Norvane soars on Kestrel buyout\n\nNorvane Bio shareholders will receive $30 per "
     "share in cash from Kestrel Pharma."),
    # money words and counts of deals beside the news
    ("upfront-with-any-verb", "Kestrel doubles down on ADCs\n\nKestrel Pharma is shelling out $60 million upfront to "
     "Norvane Bio for an ADC, adding to more than 10 deals it has struck in China."),
    ("counted-deals-in-an-aside", "Norvane Bio, which has signed 12 agreements since 2020, today licensed its "
     "platform to Kestrel Pharma."),
    ("deal-after-section-headings", "Why Kestrel Stock Jumped Today\n\nWhat happened\nShares of Kestrel Pharma jumped "
     "22% on Monday.\nThe stock had fallen this year.\nSo what\nThe catalyst was a licensing deal.\nKestrel has "
     "granted Norvane Bio exclusive rights to KP-51 in Japan for $45 million upfront."),
    ("speculation-ended", "Kestrel ends the speculation\n\nAfter weeks of rumours, it is official. Kestrel Pharma "
     "will acquire Norvane Bio for $2 billion."),
    ("has-collaborated-with", "BOSTON - Kestrel Pharma said that it has collaborated with U.S.-based Norvane Bio to "
     "discover peptide-radioisotope conjugates."),
    ("money-in-return-for-rights", "Norvane Bio will receive $350 million from Kestrel Pharma in return for the right "
     "to develop and commercialize NV-7 in the U.S. and Europe."),
    ("deal-also-said-in-an-earnings-story", "Halvard profit climbs\n\nHalvard Therapeutics' fourth-quarter "
     "earnings rose as revenue swelled. The company also said on Tuesday that it had a deal to develop and sell a "
     "compound of Ostrin Bio. Halvard said it reached an agreement with Ostrin Bio that gives it worldwide rights to "
     "the compound."),
    ("signed-and-closed-at-once", "Kestrel Pharma announced today that it has completed the acquisition of Norvane "
     "Bio, a privately held developer of oral peptides, for $85 million upfront."),
    ("agreed-a-collaboration", "London-based Ostrin Bio says it has agreed a multi-target research collaboration "
     "with US drugmaker Kestrel Pharma."),
    ("maker-tapped", "Kestrel taps Norvane to make its antibody\n\nKestrel Pharma has tapped the contract maker "
     "Norvane Bio to produce its experimental antibody KP-9 for late-stage trials."),
    ("made-a-subsidiary", "Kestrel Pharma is to make Norvane Bio a wholly-owned subsidiary through a share exchange "
     "worth around $60 million."),
    ("forming-an-alliance", "Kestrel Pharma and Norvane Bio say they are forming an exclusive multi-year alliance to "
     "discover RNAi drugs."),
    ("to-be-taken-over", "Norvane Bio to be swallowed by Dutch rival\n\nNorvane Bio is set to be taken over by the "
     "Dutch biotech Kestrel Pharma for SFr591 million."),
    ("returned-for-another-deal", "Kestrel Pharma has returned to Norvane Bio for a 640 million euro ($743 million) "
     "deal for a preclinical program."),
    ("expands-a-years-old-collaboration", "Kestrel Pharma and Norvane Bio said today they will expand their "
     "three-year-old collaboration to develop new peptide medicines."),
    ("after-a-filing-for-approval", "Just a couple of days after filing for approval of the drug with the US Food "
     "and Drug Administration, Norvane Bio has entered into an exclusive licensing agreement with Kestrel Pharma for "
     "NV-3."),
    ("agreed-tender-offer-after-talks", "Kestrel Pharma has agreed to acquire Norvane Bio for $31.00 per share in "
     "cash. Kestrel will commence a tender offer within ten business days, and the Norvane board unanimously "
     "recommends that shareholders tender their shares."),
    ("maker-agrees-to-supply", "Norvane Biologics has agreed to supply Kestrel Pharma with manufacturing capacity for "
     "three antibodies in early development. The agreement runs for five years."),
    ("contract-maker-of-an-approved-drug", "The Danish contract manufacturer Norvane will manufacture Zelvira, an "
     "antibody developed by Kestrel Pharma for lupus. Zelvira was recently approved by the FDA."),
    ("aside-with-a-month-then-todays-licence", "Kestrel Pharma, which closed its purchase of Ostrin Bio in May, "
     "today licensed NV-4 from Norvane Bio for $15 million upfront."),
    ("new-licence-with-a-milestone-term", "Kestrel Pharma licenses NV-8 from Norvane Bio\n\nKestrel Pharma pays $9 "
     "million upfront, a milestone payment of $20 million on approval and royalties to Norvane Bio for NV-8."),
    ("a-deal-beside-a-financing", "Ostrin Bio said it raised $45 million in a Series B financing.\n\nQuillon Ltd. "
     "said it closed its public offering for gross proceeds of $75 million.\n\nKestrel Pharma said it closed a $45 "
     "million Series E financing led by Norvane Bio. In addition to the financing, Kestrel and Norvane entered a "
     "collaboration to develop cell therapies against solid tumor targets."),
    ("an-advisers-note-of-a-deal", "Alderbrook advises on Norvane buyout\n\nLaw firm Alderbrook has advised "
     "Kestrel Pharma in connection with the acquisition of all shares in Norvane Bio GmbH for EUR 210 million."),
]

NOT_DEALS = [
    ("an-enrollment-completed-in-a-partnered-trial", "Kestrel Pharma completes enrollment in phase 3 trial partnered "
     "with Norvane\n\nKestrel Pharma has completed enrollment in its phase 3 trial of NB-4, which it is developing "
     "with Norvane Bio under a co-development agreement."),
    ("topline-data-of-a-drug-under-a-dated-deal", "Norvane Bio announces positive topline data from phase 2 trial of "
     "NB-1 with partner Kestrel\n\nNorvane Bio today announced positive topline data from the phase 2 trial of NB-1, "
     "which Norvane is developing with Kestrel Pharma under a 2020 co-development agreement."),
    ("a-filing-for-a-drug-licensed-before", "Kestrel partner Norvane submits BLA for bispecific NB-9\n\nNorvane Bio "
     "has submitted a biologics license application to the FDA for NB-9, a bispecific antibody it licensed from "
     "Kestrel Pharma in 2023 for $50 million upfront."),
    ("a-partnered-drug-with-a-one-digit-code", "Kestrel doses first patient in phase 2 trial of NB-3 partnered with "
     "Norvane\n\nKestrel Pharma has dosed the first patient in a phase 2 trial of NB-3, triggering a $10 million "
     "milestone payment to Norvane Bio under their 2021 license agreement."),
    ("an-underwritten-offering-a-partner-joins", "Norvane Bio Announces Pricing of $150 Million Underwritten Offering"
     "\n\nNorvane Bio today announced the pricing of an underwritten offering of its common stock. Kestrel Pharma, "
     "Norvane's partner on NB-4, has agreed to purchase $25 million of shares in the offering."),
    ("a-drug-handed-back", "As it cuts costs, Kestrel hands back a cancer drug to Norvane\n\nKestrel Pharma will give "
     "back a preclinical cancer drug to Norvane Bio, returning the inhibitor that was part of a 2020 deal between the "
     "companies."),
    ("rights-reverted", "Norvane regains NB-3\n\nNorvane Bio said the rights to NB-3, developed under its "
     "collaboration with Kestrel Pharma, have reverted to Norvane."),
    ("an-approval-triggering-a-milestone", "NB-4 Receives Marketing Approval in Japan Triggering $2.5 Million "
     "Milestone Payment to Norvane Bio\n\nNorvane Bio today announced that its licensing partner Kestrel Pharma "
     "received approval for NB-4. This approval triggers a milestone payment of $10 million to Norvane."),
    ("a-milestone-with-its-conversion-in-brackets", "Norvane Bio said on Monday it has received a $5 million (6.9 "
     "billion won) milestone payment from Kestrel Pharma for its NB-301 drug candidate."),
    ("a-milestone-due-after-an-approval", "Norvane Bio said on the 1st that it will receive a $25 million (about 35 "
     "billion won) milestone payment from Kestrel Pharma following the FDA approval of the subcutaneous form of NB-2."),
    ("a-payer-makes-a-milestone-payment", "Kestrel makes milestone payment in Alzheimer's collaboration with Norvane"
     "\n\nNorvane Bio said it had received a 15 million-euro payment from its partner Kestrel Pharma."),
    ("a-debt-restructuring-beside-a-revised-deal", "Kestrel reaches an agreement with bondholders to restructure its "
     "convertible bond debt\n\nKestrel Pharma said bondholders agreed the main terms. An agreement with Norvane to "
     "revise their collaboration removes a cash requirement."),
    ("a-holder-selling-shares-it-owns", "In a cash crunch, Kestrel sells Norvane stock\n\nKestrel Pharma's future "
     "rests on drugs it licensed last year from Norvane Bio. Kestrel signed the deal when it still expected big sales "
     "from its lead drug. It is selling $170 million in Norvane stock it bought then."),
    ("a-quarters-review-of-deals", "Partnerships and M&A in Immunology: Q2 2025 Review\n\nDuring Q2 2025, the "
     "immunology sector saw strong activity. Kestrel Pharma partnered with Norvane Bio, securing $15 million upfront "
     "and up to $600 million in milestones. Halden Bio's deal with Ostrin could yield up to $200 million."),
    ("the-full-upfront-received-in-a-headline", "Norvane Receives Full Upfront Payment from Kestrel for NB-4 "
     "Transaction\n\nNorvane Bio announced today that it has received the full upfront payment of $200 million from "
     "Kestrel Pharma for the transaction around NB-4 rights in Asia."),
    ("a-milestone-with-its-currency-after-the-number", "Expected to receive 10 million USD as a milestone payment\n\n"
     "Norvane Bio said that NB-5, licensed to Kestrel Pharma, has entered a phase 1 trial. Norvane will receive 10 "
     "million USD from Kestrel. This is part of the $500 million licensing deal."),
    ("trial-readout", "Norvane Bio reports positive topline results from Phase 3 trial\n\nNorvane Bio sai"
                      "d its drug met "
     "the primary endpoint in the NOVA-3 study."),
    ("completion-of-the-announced-deal", "Kestrel Pharma announced today that it completed the previously announced "
     "acquisition of Norvane Bio for an enterprise value of approximately $540 million."),
    ("completion-approved-before", "Kestrel acquires Norvane's brands\n\nKestrel Pharma said it has completed the "
     "acquisition of a portfolio of brands from Norvane Bio. Kestrel's board had approved the acquisition on March 3 "
     "for a cash consideration of $40 million."),
    # the market's figures with no company in the sentence that tells of deals
    ("market-figures-upfront", "Licensing hit a record in the third quarter\n\nLicensing of drug candidates from "
     "Korean biotechs reached $12 billion in total value in the third quarter. Most of the money came from upfront "
     "fees. Analysts at Ostrin Capital expect the trend to continue."),
    ("hired-a-chief", "Kestrel names a new chief\n\nKestrel Pharma has tapped industry veteran Jane Doe to lead the "
     "company. She signed on as chief executive in May. The board selected her to make the transition smooth."),
    ("approval", "FDA approves Kestrel's drug for multiple myeloma\n\nThe FDA approved the therapy on Monday."),
    ("ipo", "Ostrin Bio raises $200 million in Nasdaq IPO\n\nOstrin Bio priced its initial public offering at $18."),
    ("rights-returned", "Halvard will return global rights to OB-3 to Ostrin Bio after a portfolio review. "
     "Halvard originally licensed OB-3 in 2018."),
    ("old-deal-recalled", "Kestrel's epilepsy drug flops in phase 2\n\nKestrel Pharma's drug failed to beat placebo. "
     "Kestrel licensed the drug from Norvane Bio in 2019, initially paying $10 million."),
    ("termination-with-deal-words", "Ostrin Bio shares fell after the company agreed to terminate a licensing deal "
     "with Halvard Therapeutics and regained global rights to OB-7."),
    ("rights-regained", "Tamsin Bio is to regain the worldwide rights to previously out-licensed programs. In April "
     "2016 the programs were licensed to Orrery Pharma."),
    ("approval-triggers-payment-under-old-deal", "The European Commission approved Kestrel's drug Quelmira. In 2016, "
     "Kestrel entered a deal with Norvane for the rights. The approval triggers a $50 million payment to Norvane."),
    ("legal-settlement", "Kestrel Pharma announced that it entered into a settlement agreement with Dr. Smith to "
     "resolve the litigation over royalties."),
    ("rejected-bid", "Kestrel Pharma offered to buy Norvane Bio for $2.6 billion, but Norvane Bio has rejected the "
     "buyout offer."),
    ("earnings", "Halvard quarterly results beat estimates\n\nHalvard Therapeutics reported earnings of $2.10 a "
     "share as revenue rose 12%."),
    ("milestone-received", "Norvane Bio receives $20 million milestone payment from Kestrel\n\nNorvane Bio said it "
     "received a $20 million milestone payment from Kestrel Pharma under their collaboration."),
    ("round-up-of-deals", "China's out-licensing boom\n\nChinese biotechs may reach $60B in outbound deals by "
     "year-end. They struck nearly 80 out-licensing deals worth $2.6 billion upfront by August."),
    ("rumoured-bid", "Kestrel eyes Norvane\n\nKestrel Pharma is in talks to acquire Norvane Bio, people familiar "
     "with the matter said."),
    ("mini-tender", "Ostrin's mini-tender offer irks Norvane\n\nNorvane Bio said Ostrin Capital has sought to "
     "purchase up to 500,000 of its shares at $21 per share."),
    ("analyst-note", "Norvane is now worth $240\n\nAnalysts boosted their price target on Norvane Bio shares from "
     "$204 to $240. The announced Kestrel and Ostrin collaborations support the view."),
    ("commentary", "In licensing, you get what you pay for\n\nTo access the right asset a licensee needs to be "
     "prepared to pay top dollar up front."),
    ("upfront-recalled", "Chinese biotechs are hot\n\nThe Norvane Bio chief planned the trip months ago. Norvane "
     "Bio received $40 million upfront in exchange for NV-21."),
    ("approval-in-a-stock-explainer", "Why Kestrel Stock Soared Today\n\nWhat happened\nShares of Kestrel Pharma "
     "rocketed 46% after the U.S. Food and Drug Administration approved its lead drug.\nSo what\nKestrel has partnered "
     "with Norvane Bio for commercialization in Europe."),
    ("filing-note-on-various-agreements", "License and Collaboration Agreements\n\n9 Months Ended\nSep. 30, 2024\n"
     "License and Collaboration Agreements\nThe Company has entered into various license and collaboration agreements "
     "with third parties to develop product candidates."),
    ("jury-verdict-in-a-licensing-dispute", "Judge Refuses to Overturn Jury Verdict in Licensing Dispute\n\n"
     "February 21, 2020\nKestrel Pharma entered into a patent license and settlement agreement with Norvane Bio."),
    ("numbered-filing-note-of-a-milestone", "Note 11 - Subsequent Event\n\n9 Months Ended\n11.\nMilestone payment of "
     "$6 million from Norvane Bio\nOn October 6, 2022, the Company received a $6 million development milestone payment "
     "from its licensee, Norvane Bio."),
    ("a-round-up-of-the-quarters-deals", "The five biggest licensing deals of the third quarter\n\nLicensing picked up."
     "\n\n1.\nKestrel Pharma and Norvane Bio: a $3.1B pact for a T-cell engager, including $250M upfront."),
    ("stocks-to-buy", "3 Biotech Stocks to Buy Before They Double\n\nKey points\nKestrel Pharma's $2 billion deal with "
     "Norvane Bio gives it a late-stage obesity drug."),
    ("a-feature-recalling-a-deal", "How Norvane's CEO turned a failed trial into a $1 billion pact\n\nWhen Norvane "
     "Bio's drug failed in 2022, it had six months of cash left. Two years later, Norvane Bio signed a $1 billion "
     "collaboration with Kestrel Pharma."),
    ("a-podcast-on-a-known-deal", "Podcast: What the $3.1B Kestrel-Norvane deal says about China's biotech boom\n\n"
     "On this week's episode, our reporters discuss the $3.1 billion Kestrel Pharma and Norvane Bio pact."),
    ("readout-recalls-licence", "Kestrel's NV-1 meets primary endpoint\n\nNV-1, which Kestrel Pharma licensed "
     "from Norvane Bio, met its primary endpoint in a Phase 3 trial."),
    ("readout-headline-names-a-partner", "Kestrel's TIGIT antibody, partnered with Norvane, hits primary endpoint\n\n"
     "Kestrel Pharma said its antibody met the primary endpoint of a Phase 3 trial. Norvane Bio licensed ex-US "
     "rights in 2021, paying $150 million upfront."),
    ("readout-names-a-partner", "Kestrel reports topline data\n\nKestrel Pharma reported positive topline results "
     "for NV-1, which is partnered with Norvane Bio, in a Phase 3 trial."),
    ("rights-dumped", "Kestrel dumps worldwide rights to a Norvane drug\n\nThree years after Kestrel chipped in a $15 "
     "million upfront in a $326 million deal to partner with Norvane Bio on NV-3, the pharma giant is retreating from "
     "the pact."),
    ("more-beside-a-financing", "Ostrin Bio said it raised $45 million in a Series B financing.\n\nKestrel Pharma "
     "said it closed a $45 million Series E financing. In addition to the financing, Kestrel plans to hire 20 staff."),
    ("pact-scrapped", "Kestrel axes Norvane pact\n\nKestrel Pharma has scrapped its licence agreement with Norvane "
     "Bio for NV-2."),
    ("financing-for-development", "Kestrel Pharma secures $100M Series B to fund global development\n\nKestrel "
     "Pharma raised $100 million from investors."),
    ("board-rejects-tender", "Norvane urges caution\n\nNorvane Bio does not endorse the unsolicited offer from "
     "Ostrin Capital to purchase its shares."),
    ("board-rejects-a-priced-offer", "Norvane board rejects Kestrel's $9.3 bln takeover offer\n\nNorvane Bio said its "
     "board rejected an unsolicited $9.3 billion takeover proposal from Kestrel Pharma."),
    ("unsolicited-proposal", "Kestrel Pharma has submitted an unsolicited proposal to acquire Norvane Bio for $10.25 "
     "per share in cash."),
    ("bid-price-inadequate", "Norvane Bio said that, after reviewing Kestrel Pharma's unsolicited $13 a share ($2.6 "
     "billion in total) tender offer to acquire the company, its board determined that the bid price is inadequate."),
    ("bid-withdrawn", "Kestrel Pharma has pulled its proposal to buy Norvane Bio for 2 billion euros, the company said "
     "on Friday."),
    ("week-in-review", "Week in Review: Kestrel Licenses Asia Rights to Norvane in $177 Million Deal\n\nDeals • "
     "Kestrel Pharma out-licensed Asia rights for an anxiety drug to Norvane Bio in a $177 million deal; • Ostrin "
     "Bio raised $25 million in a Series A financing."),
    ("opens-on-a-count-of-deals", "Korean biotechs signed multiple license agreements with foreign partners in "
     "January.\n\nKestrel Pharma, Norvane Bio and Ostrin Bio have signed license agreements with foreign partners."),
    ("lines-of-several-deals", "Halvard Therapeutics will acquire Ostrin Bio for $550 million in cash.\nKestrel Pharma "
     "signed an agreement to acquire Norvane Bio for $1.2 billion.\nTamsin Bio and Orrery Pharma signed a licence deal "
     "valued at up to $2 billion."),
    ("a-column-recalling-deals", "Still waiting for the next boom\n\nThe summer is usually quiet for deals. That came "
     "just days ago when Kestrel Pharma announced a $14 billion acquisition of Norvane Bio. Since then, Kestrel has "
     "also snapped up Ostrin Bio's antibiotics for $1.5 billion."),
    ("profit-report-recalling-a-licence", "Kestrel reports $7M profit in Q4\n\nKestrel Pharma reported its fourth "
     "profitable quarter as revenue doubled to $9.9 million. The company received $4 million of the $15 million "
     "upfront fee for the licensing of NV-1."),
    ("filing-accepted-triggers-a-milestone", "FDA Grants Priority Review to Kestrel's KX-795\n\nNorvane Bio announced "
     "that FDA has accepted for filing a new drug application from Kestrel for KX-795. The acceptance triggers a $5 "
     "million milestone payment to Norvane under a license agreement between Norvane and Kestrel."),
    ("option-not-exercised", "Ostrin Pharma notified Tamsin Bio that it does not intend to exercise its option to "
     "obtain an exclusive license to TB-3. This ends the March 2, 2021, exclusive option agreement between them."),
    ("a-bid-after-rejections", "Despite earlier rejections of its advances, Kestrel Pharma said today it plans to "
     "acquire Norvane Bio for $40.00 per share in cash. Kestrel's hostile tender offer will commence on Monday."),
    ("a-hostile-tender-offer", "Kestrel launches hostile tender offer for Norvane\n\nKestrel Pharma said its hostile "
     "tender offer for all shares of Norvane Bio at $12 per share will commence on Monday."),
    ("a-table-of-terminated-deals", "Company (location)\n\nPartner (location)\n\nValue (M)\n\nTerms/details\n\n"
     "Norvane Bio AG (Basel)\n\nKestrel Pharma Inc. (Boston)\n\nND\n\nKestrel opted not to exercise its option "
     "to license Norvane's antibody after a change in strategy\n\nOstrin Bio Ltd. (Oxford)\n\nHalden Pharma "
     "(Tokyo)\n\n$300\n\nMutually terminated a license agreement covering Ostrin's compound OB-2"),
    ("a-milestone-paid-under-an-old-licence", "Kestrel Pharma has paid $4m as a milestone payment to Norvane Bio, "
     "following the start of a phase 2 trial of a compound licensed to Kestrel. Originally, the licensing agreement "
     "was signed between Kestrel and Norvane in 2011. Under the agreement, Norvane has licensed Kestrel its "
     "platform for pain."),
    ("an-approval-naming-its-maker", "FDA approves Kestrel's Zelvira for lupus\n\nThe FDA has approved Kestrel "
     "Pharma's Zelvira for adults with lupus. Contract manufacturer Norvane will produce the antibody at its plant "
     "in Ohio."),
    ("a-milestone-to-be-received-under-a-licence", "Norvane to Receive $15 Million Milestone Payment from Kestrel "
     "for NB-4 Program\n\nNorvane Bio said it has earned the third development milestone payment under its "
     "worldwide licensing agreement with Kestrel Pharma for NB-4."),
    ("a-milestone-expected", "Norvane to receive $60 million milestone from Kestrel for NV-1\n\nNorvane Bio said "
     "Wednesday that it expects to receive a $60 million milestone payment from Kestrel Pharma for the launch of "
     "NV-1."),
    ("exclusive-negotiations", "Kestrel Pharma has entered into exclusive negotiations with Norvane Bio on a strategic "
     "alliance. It will result in a guaranteed commitment from Norvane of EUR 250 million, including a sizeable "
     "upfront payment."),
    ("a-conference-presentation-of-partnered-data", "Kestrel and Norvane to present new data from their CAR-T "
     "collaboration at ASH\n\nKestrel Bio and Norvane Pharma today announced that new data from their collaboration "
     "on KN-19 will be presented in an oral session. Under the companies' agreement, Norvane paid Kestrel $60 million "
     "upfront."),
    ("a-stake-taken-in-a-financing", "Norvane raises $50M Series B\n\nNorvane Bio has raised $50 million in a "
     "Series B round led by Halden Capital, which takes a 15% stake in the company."),
    ("a-private-placement-with-an-investor", "Norvane Bio said on Monday it has signed an agreement with a "
     "single institutional investor for the purchase of 3,000,000 shares of its common stock at $4.10 per share, in a "
     "private placement. Norvane expects gross proceeds of about $12 million."),
    ("a-registered-direct-offering", "Norvane Bio said two institutional investors have agreed to buy $25 "
     "million of its securities in a registered direct offering. Norvane has entered into securities purchase "
     "agreements with Halden Partners and Ostrin Capital."),
    ("a-page-of-press-release-headlines", "Press Releases\n\nKestrel Pharma Announces Acquisition of Royalty Rights on "
     "NV-1 for $175 Million\n\nKestrel Pharma and Norvane Bio today announced that Norvane has agreed to sell tiered, "
     "sales-based royalty rights on global net sales of NV-1 to Kestrel Pharma for $175 million in cash.\n\n"
     "Kestrel Pharma Announces $100 Million Acquisition of Royalty Rights in Heart Drug Zelvira from Ostrin Bio\n\n"
     "Kestrel Pharma buys the royalty on worldwide sales of Zelvira, Ostrin Bio's approved heart drug, for $100 "
     "million in cash, and Ostrin Bio keeps its co-promotion rights in North America."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in DEALS])
def test_deal_stories_are_deals(text):
    result = extract(text)
    assert result.is_deal, result.reason
    assert result.deal is not None


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_DEALS])
def test_other_news_is_not_a_deal(text):
    result = extract(text)
    assert not result.is_deal
    assert result.deal is None
    assert result.reason


def test_reason_names_what_the_story_is_about():
    result = extract("Norvane Bio reports positive topline results\n\nThe trial met its primary endpoint.")
    assert result.reason == "the story is about a trial readout"


def test_a_forward_looking_year_is_not_history():
    text = (
        "Kestrel Pharma to acquire Norvane Bio\n\nKestrel Pharma has agreed to acquire Norvane Bio for $900 million. "
        "The transaction is expected to close in 2027, and Kestrel will pay $900 million in cash."
    )
    deal = extract(text).deal
    assert deal is not None
    # the cash paid is read from the sentence that names the year, which is this deal's
    assert deal.evidence["upfront"].startswith("The transaction is expected to close in 2027")


def test_a_dated_earlier_deal_is_history_when_the_news_names_no_year():
    text = (
        "Kestrel Pharma and Norvane Bio sign licence\n\nKestrel Pharma has signed a license agreement with Norvane "
        "Bio. In 2016, Kestrel paid Norvane $40 million upfront under a research pact."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.upfront is None


@pytest.mark.parametrize("code", ["QXB 2001", "KB-2001"])
def test_a_drug_codes_number_is_no_year_of_the_news(code):
    text = (
        f"Kestrel unit signs $400mn licensing deal for its cancer drug\n\nKestrel Labs, a unit of Kestrel, is testing "
        f"{code} in lymphoma. Under the deal, Norvane will sell it in Europe. "
        "In 2025, Halden licensed Ostrin's antibody for $900 million upfront, with potential up to $3 billion."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.upfront is None and deal.milestones is None
    assert "Halden" not in {p.name for p in deal.parties}


def test_the_year_of_an_earlier_deal_is_no_year_of_the_news():
    timeline = Timeline("Norvane Bio reported revenue from its 2022 deal with Kestrel Pharma.", None)
    assert timeline.is_history(_sentence("In 2023, Kestrel licensed NV-1 from Norvane."))
    assert timeline.is_history(_sentence("Norvane earned $10 million from its 2022 deal with Kestrel."))
    # ... also told as a sale with an adjective: "our initial 2022 sale"
    undated = Timeline("Norvane sells remaining royalty interest in NV-1 to Kestrel", None)
    assert undated.is_history(_sentence('"Our initial 2022 sale of NV-1 royalty interests generated $1.1 billion in '
                                        'upfront cash," the chief executive said.'))
    assert not undated.is_history(_sentence("Norvane will sell its remaining NV-1 royalty interest for $225 million."))


def test_a_fiscal_year_is_a_year():
    assert Timeline("Kestrel reports FY 2024 results", None).is_history(_sentence("In 2023, Kestrel licensed NV-1."))


# (label, a story about it, a story that names it but announces a deal in its first sentence)
REASONS = [
    ("a regulatory decision",
     "FDA approves Kestrel's NB-1, licensed from Norvane\n\nThe FDA has approved NB-1, which Kestrel Pharma licensed "
     "from Norvane Bio in 2020 for $50 million upfront.",
     "Kestrel licenses NB-2 from Norvane as FDA approval of NB-1 nears\n\nKestrel Pharma has licensed NB-2 from "
     "Norvane Bio for $30 million upfront."),
    ("earnings",
     "Norvane reports Q3 results\n\nNorvane Bio reported third-quarter revenue of $40 million, including $10 million "
     "in collaboration revenue from its 2022 deal with Kestrel Pharma.",
     "Kestrel licenses NB-3 from Norvane\n\nKestrel Pharma has licensed NB-3 from Norvane Bio for $20 million upfront, "
     "it said as it reported third-quarter revenue of $40 million."),
    ("a deal called off",
     "Halden drops bid for Norvane\n\nHalden Capital told Norvane Bio it will terminate its tender offer for all of "
     "Norvane's shares, as it found no financing for it.",
     "Kestrel to buy Norvane for $2bn\n\nKestrel Pharma has agreed to acquire Norvane Bio for $2bn; Kestrel may "
     "terminate the merger agreement if the offer fails."),
    ("an unsolicited bid or share tender",
     "Ostrin's mini-tender offer irks Norvane\n\nNorvane Bio said Ostrin Capital has sought to purchase shares.",
     "Kestrel buys Norvane after hostile bid\n\nKestrel Pharma has agreed to acquire Norvane Bio for $2bn."),
    ("an analyst's note",
     "Norvane is now worth $240\n\nAnalysts boosted their price target on Norvane Bio from $204 to $240.",
     "Kestrel licenses Norvane ADC\n\nKestrel Pharma licensed NV-1 from Norvane Bio; analysts lifted their price "
     "target."),
    ("a milestone payment",
     "Kestrel pays Norvane milestone\n\nKestrel Pharma has paid $4 million as a milestone payment to Norvane Bio.",
     "Kestrel pays Norvane to license NV-3\n\nKestrel Pharma has paid $4 million upfront to license NV-3 from "
     "Norvane Bio."),
    ("a milestone payment",
     "Norvane Bio achieves milestone under Kestrel collaboration\n\nThe milestone was reached in May.",
     "Norvane Bio achieves milestone and signs new licence with Kestrel Pharma\n\nNorvane Bio signed a licence "
     "agreement with Kestrel Pharma."),
    ("a milestone payment",
     "Kestrel completes first milestone under Norvane licence\n\nKestrel Pharma said it had successfully completed "
     "the first milestone set out in the license and collaboration agreement signed with Norvane Bio on March 3.",
     "Kestrel signs licence with Norvane\n\nKestrel Pharma signed a license agreement with Norvane Bio and will pay "
     "up to $40 million upon completion of milestones."),
    ("a milestone payment",
     "BRIEF-Norvane says will get $30 mln as milestone payment after NV-1 approval\n\n* Under terms of agreement, "
     "Norvane Bio will receive a milestone payment of $30 million from Kestrel Pharma at first approval.",
     "Norvane to get $30 mln upfront and milestone payments from Kestrel\n\nNorvane Bio signed a licence with "
     "Kestrel Pharma for NV-1."),
    ("a milestone payment",
     "Norvane To Receive Milestone Payment From Kestrel\n\nNorvane Bio said the first patient was dosed in the NV-2 "
     "trial run by Kestrel Pharma.",
     "Norvane signs licence with Kestrel, eligible to receive milestone payment from 2027\n\nNorvane Bio signed a "
     "licence agreement with Kestrel Pharma for NV-2."),
    ("a financing or listing",
     "Norvane Bio lists on the Hong Kong exchange\n\nNorvane Bio raised $200 million in its listing on Friday.",
     "Norvane Bio signs collaboration with Kestrel\n\nThis announcement is made by Norvane Bio pursuant to Rule "
     "13.09 of the Rules Governing the Listing of Securities. Norvane Bio entered into a strategic collaboration "
     "agreement with Kestrel Pharma to commercialize NV-3 in China."),
    ("a regulatory decision",
     "(Wire) - Kestrel and Norvane said on Tuesday the U.S. Food and Drug Administration (FDA) had approved NV-8, "
     "which the two companies have been developing together. Under their 2015 deal Kestrel has the right to "
     "commercialize NV-8 globally.",
     "Kestrel Pharma said on Tuesday it has licensed NV-8, which the U.S. Food and Drug Administration (FDA) had "
     "approved, from Norvane Bio for $40 million upfront."),
    ("an upfront payment received",
     "Norvane Bio announced today that it has received the full upfront payment of $80 million from Kestrel Pharma "
     "for the transaction around NV-2 rights in Asia.",
     "Norvane Bio has entered into a license agreement with Kestrel Pharma, under which Norvane has received an "
     "upfront payment of $20 million."),
    ("an upfront payment received",
     "Norvane Pharma said its unit Norvane Innovation has secured an upfront payment of $150 million from Kestrel "
     "Pharma. The payment is for a cancer molecule.",
     "Norvane Pharma has signed a licence with Kestrel Pharma and has secured an upfront payment of $70 million."),
    ("a memorandum with public bodies",
     "Kestrel Pharma said that it has signed a memorandum of understanding with three public and private "
     "organizations to support the region's bio-health industry.",
     "Kestrel Pharma signed an MOU with Norvane Bio and entered into a license agreement for NV-5."),
    ("a return of rights",
     "Kestrel dumps worldwide rights to a Norvane drug\n\nKestrel Pharma is retreating from the pact with Norvane Bio.",
     "Kestrel licenses Norvane drug that a rival dumped\n\nKestrel Pharma has licensed worldwide rights to NV-3 from "
     "Norvane Bio."),
    ("a rejected bid",
     "Kestrel tries again for Norvane\n\nAfter two rejections, Kestrel Pharma plans to acquire Norvane Bio for $9 per "
     "share.",
     "Kestrel agrees to buy Norvane\n\nKestrel Pharma has agreed to acquire Norvane Bio for $9 per share."),
    ("a rejected bid",
     "Norvane urges caution\n\nNorvane Bio does not endorse the unsolicited offer from Ostrin Capital.",
     "Kestrel wins Norvane\n\nKestrel Pharma has agreed to acquire Norvane Bio, whose board endorsed the offer."),
    ("talks",
     "Kestrel in exclusive talks with Norvane\n\nKestrel Pharma will pay $20 million upfront if a deal is signed.",
     "Kestrel signs Norvane deal after months of talks\n\nKestrel Pharma has signed a licence with Norvane Bio."),
    ("the completion of an earlier deal",
     "Kestrel completes tender offer for Norvane\n\nKestrel Pharma announced the successful completion of its "
     "previously announced tender offer for all outstanding shares of Norvane Bio at $31.00 per share.",
     "Kestrel agrees to buy Norvane\n\nKestrel Pharma, which closed its previously announced purchase of "
     "Ostrin Bio in May, has agreed to acquire Norvane Bio for $40 million."),
    ("a round-up of deals",
     "Top deals of the week\n\nKestrel Pharma signed licences with Norvane Bio and Ostrin Bio this week.",
     "Consortium bids for Norvane\n\nA consortium led by Halden Capital has submitted a binding public takeover offer "
     "for Norvane Bio. The all-cash transaction represents one of the largest private equity deals in the sector this "
     "year."),
    ("a round-up of deals",
     "The Weekly Term Sheet\n\nFor large drugmakers, the week's deals underscored a willingness to spend. Kestrel "
     "Pharma, for instance, struck a $613 million licensing deal with Norvane Bio.",
     "Kestrel strikes $613 million deal\n\nKestrel Pharma struck a $613 million licensing deal with Norvane Bio, its "
     "second deal of the week."),
    ("a round-up of deals",
     "Korean biotechs signed multiple license agreements in January.\n\nKestrel Pharma has signed a license agreement.",
     "Kestrel inks two licensing deals with Chinese biotechs\n\nKestrel Pharma signed licences with Norvane Bio and "
     "Ostrin Bio."),
]


@pytest.mark.parametrize(("label", "story", "counter"), [pytest.param(*row, id=row[0]) for row in REASONS])
def test_reason_label(label, story, counter):
    result = extract(story)
    assert not result.is_deal and result.reason == f"the story is about {label}"
    assert extract(counter).is_deal


# --- rule by rule: each named rule with its example and a counter-example ---------------------------

# (rule, example the rule reads, counter-example it does not)
DEAL_EVENT_EXAMPLES = [
    ("co-develops", "Norvane Bio and Kestrel Pharma will co-develop NB-7 and share costs equally.",
     "Norvane Bio has co-developed several drugs in the past."),
    ("part of a deal", "Kestrel will invest $50 million in Norvane for a 10% stake as part of a research "
     "collaboration.", "Kestrel took a 10% stake in Norvane as part of its Series A financing."),
    ("sells assets", "Norvane Bio has sold NB-9 to Kestrel Pharma for $100 million.",
     "Norvane Bio has sold more NB-9 tablets than expected."),
    ("will make a company's product", "Kestrel Biologics said it will manufacture Norvane Inc.'s flu vaccine "
     "candidate in Ireland.", "Kestrel Biologics said it will manufacture its own vaccine in the U.K."),
    ("enters into", "Kestrel Pharma has entered into a licence with Norvane Bio.",
     "Kestrel Pharma will enter the Japanese market."),
    ("signs a deal", "Kestrel inks $50M pact with Norvane.", "Kestrel signed the papers on Monday."),
    ("signs a deal", "Norvane is thriving after signing a deal with Kestrel.", "Norvane is signing up patients."),
    ("signs a deal", "Kestrel pens $50M pact with Norvane.", "Kestrel penned an op-ed on pricing."),
    ("partners with", "Kestrel partners with Norvane on ADCs.", "Kestrel, a long-time partner of Norvane, spoke."),
    ("partners with", "Kestrel and Norvane unite to develop NV-1.", "Kestrel's staff united behind the plan."),
    ("x and y partner to", "Kestrel and Norvane partner to develop NV-1.", "Kestrel will partner with Norvane."),
    ("x and y in a deal", "Kestrel, Norvane in ADC deal", "Kestrel and Norvane rose in trading."),
    ("x and y partner to", "Kestrel and Norvane partnered in March to co-develop NV-1.",
     "Kestrel and Norvane partnered in March."),
    ("partners with", "Kestrel said it has collaborated with Norvane to discover peptides.",
     "Kestrel's collaborative culture helps."),
    ("signs a deal", "Kestrel and Norvane are forming a strategic alliance.", "Kestrel is forming a new board."),
    ("in return for rights", "Norvane will receive $50M from Kestrel in return for the rights to develop NV-1.",
     "Kestrel received shares in return for its investment."),
    ("to be acquired by", "Norvane is set to be taken over by Kestrel for $2bn.",
     "Norvane is set to be led by Kestrel's former CEO."),
    ("returns for another deal", "Kestrel has returned to Norvane for a EUR 400 million deal.",
     "Kestrel returned to growth for a third quarter."),
    ("returns for another deal", "Kestrel Pharma is back with another deal, this time for an ADC.",
     "Kestrel Pharma is back with another quarter of growth."),
    ("pays money for", "Out to revive R&D, Kestrel pays $150M cash to partner up with a protein degradation player",
     "Kestrel pays $150M in dividends to its holders."),
    ("partners with", "Kestrel is set to partner up with Norvane on NV-1.", "Kestrel's partner upheld the patent."),
    ("a new deal", "Kestrel and Norvane are deepening their relationship with a new multibillion-dollar agreement.",
     "Kestrel is seeking a new partnership for NV-1."),
    ("a deal announced today", "Under the terms of the deal, announced Wednesday, Kestrel will pay Norvane $60m.",
     "Under the terms of the deal, announced in March, Kestrel paid Norvane $60m."),
    ("said it has a deal", "Kestrel also said that it had a deal to develop NV-1.",
     "Kestrel said the deal market is slow."),
    ("signing payment", "Norvane will receive an initial payment of $12 million.",
     "Norvane made its initial public offering."),
    ("agrees to acquire", "Kestrel has agreed to acquire Norvane.", "Kestrel's acquisition strategy is bold."),
    ("acquires or licenses", "Kestrel licensed NV-3 from Norvane.", "Kestrel's licensing head spoke."),
    ("pays money for", "Kestrel is shelling out $60M for Norvane's ADC.", "Medicare pays for the drug."),
    ("pays money for", "Kestrel pays EUR 1.2 billion for Norvane.", "Kestrel paid $5M for the site in 2019."),
    ("offers money to work on", "Kestrel is offering as much as $2 billion to Norvane Bio to work on its KRAS drug.",
     "Kestrel is offering up to $2 billion to Norvane shareholders for their stock."),
    ("offers money to work on", "Kestrel offers up to $500M to Norvane for the exclusive rights to NV-2.",
     "Kestrel is offering $30 per share to Norvane holders to take over the company."),
    ("snaps up", "Kestrel scoops up Norvane for $300M.", "Demand for NV-1 picked up."),
    ("snaps up", "Kestrel gets its hands on Norvane's KRAS drug.", "Patients get their hands on the drug."),
    ("snaps up", "Kestrel proved its interest in ADCs by snatching up Norvane for up to $53 million.",
     "Kestrel's shares were snatched from the index."),
    ("bets money on", "Kestrel wagers $40M on Norvane's degraders.", "Investors bet on a rate cut."),
    ("bets money on", "Kestrel takes a $40M bet on Norvane's degraders.", "Kestrel takes a bet on obesity."),
    ("priced deal", "Kestrel grabs Norvane's ADC in $900M pact.", "Kestrel eyes Norvane in $2bn takeover talks."),
    ("priced deal", "Kestrel swallows Norvane in $2bn deal.", "Chinese biotechs may reach $60B in outbound deals."),
    ("gains rights", "Norvane hands Kestrel China rights to NV-4.", "Kestrel hands back rights to NV-4."),
    ("gains rights", "Kestrel gains worldwide rights to NV-3.", "Kestrel gains 5% in early trading."),
    ("gains rights", "Kestrel obtained an exclusive licence to NV-3.",
     "Kestrel secures $100M to fund global development."),
    ("divests", "Norvane divests its eye unit.", "Norvane invests in its eye unit."),
    ("sells assets", "Norvane sold its ophthalmology assets to Kestrel.", "Norvane sold 2 million shares."),
    ("sells assets", "Norvane sells NV-4 to Kestrel for $75M.", "Norvane sells NV-4 to hospitals in Europe."),
    ("upfront", "Kestrel is shelling out $60M upfront.", "Kestrel was up front about the risks."),
    ("upfront or milestone payment", "Norvane is due a milestone payment.", "Norvane reached a clinical milestone."),
    ("deal worth", "It is a deal worth $1bn.", "The deal was signed."),
    ("kind of agreement", "Kestrel has a supply agreement with Norvane.", "Kestrel has a supply shortage."),
    ("merger agreement", "The two signed a merger agreement.", "The two held merger talks."),
    ("takeover offer agreed", "Norvane directors have agreed a takeover offer from Kestrel.",
     "Kestrel made a takeover offer for Norvane."),
    ("takeover offer agreed", "Kestrel and Ostrin agreed to offer a total of EUR 3 billion for Norvane.",
     "Kestrel agreed to offer its support."),
    ("takeover offer agreed", "Norvane has agreed to a GBP 505 million acquisition offer from Kestrel.",
     "Norvane has received an acquisition offer from Kestrel."),
    ("takeover offer agreed", "Kestrel agrees $2bn takeover of Norvane.", "Kestrel agrees takeovers are risky."),
    ("recommended offer", "The boards announce a recommended cash offer for Norvane.",
     "Kestrel made an unsolicited offer for Norvane."),
    ("recommended offer", "Kestrel's agreed takeover of Norvane closes in May.", "Kestrel's takeover bid failed."),
    ("recommended offer", "A consortium has submitted a binding public takeover offer for Norvane Bio.",
     "A consortium has submitted a non-binding takeover offer for Norvane Bio."),
    ("sells assets", "Kestrel today announced the sale of its operating businesses in the Asia Pacific region to "
     "Norvane for a total consideration of CHF 400 million.",
     "Kestrel reported the sale of its products to hospitals."),
    ("sells assets", "Kestrel sells its Asia Pacific (ex-China) operations to Norvane for a total consideration of CHF "
     "400 million", "Kestrel sells its products in Asia through distributors."),
    ("board backs the offer", "The Norvane board supports the Kestrel offer.",
     "The Norvane board recommends that shareholders reject the offer."),
    ("board backs the offer", "The boards of Norvane support the Swiss offer.", "Approved drugs only offer relief."),
    ("board backs the offer", "Kestrel offers $2bn for Norvane; board backs bid.", "Data back the drug's offer."),
    ("board backs the offer", "The Norvane board accepted its $45-per-share offer.",
     "The Norvane board rejected its $45-per-share offer."),
    ("bidding war won", "Kestrel has won the bidding war for Norvane.", "Kestrel is in a bidding war for Norvane."),
    ("tender offer launched", "Kestrel commenced a tender offer for all Norvane shares.",
     "Ostrin launched a mini-tender offer for Norvane shares."),
    ("holders will be paid per share", "Norvane shareholders will receive $30 in cash per share.",
     "Norvane shareholders will receive a dividend."),
    ("agrees a deal", "Kestrel says it has agreed a discovery collaboration with Norvane.",
     "Kestrel agreed a date for the readout."),
    ("hires a maker", "The drugmaker tapped Norvane to produce its COVID antibody.",
     "Kestrel tapped Jane Doe to lead its research."),
    ("hires a maker", "Kestrel has picked Norvane Biologics to manufacture NV-2.",
     "The board selected her to make the transition smooth."),
    ("signs on to help", "Norvane has signed on to help Kestrel make its vaccine.",
     "Jane Doe signed on as chief executive."),
    ("makes it a subsidiary", "Kestrel is to make Norvane a wholly-owned subsidiary through a share exchange.",
     "Norvane, a wholly-owned subsidiary of Kestrel, filed its results."),
    ("makes it a subsidiary", "Kestrel takes full ownership of Norvane.", "Kestrel takes ownership of the launch."),
    ("agrees to supply", "Norvane has agreed to supply Kestrel with capacity for five antibodies.",
     "Norvane will supply the drug to hospitals from June."),
    ("advised on a deal", "Law firm Alderbrook has advised Kestrel Pharma in connection with the acquisition of all "
     "shares in Norvane Bio.", "Kestrel Pharma was advised by Alderbrook on the acquisition."),
    ("advised on a deal", "Alderbrook has guided Kestrel Royalty on its $300 million acquisition of royalty interest "
     "in NV-2 from Norvane Bio.", "Kestrel Pharma advised patients on the trial of NV-2."),
    ("advised on a deal", "Alderbrook counsels on pharmaceutical product royalties acquisition",
     "Alderbrook counsels on pharmaceutical pricing"),
    ("contract maker will make", "The contract manufacturer Norvane will manufacture NV-1, an antibody of Kestrel.",
     "Kestrel will manufacture NV-1 at its own plant."),
]


def _rule(table: dict[str, str], name: str):
    return folded_pattern(table[name])


def test_every_deal_event_rule_has_an_example():
    assert {name for name, *_ in DEAL_EVENT_EXAMPLES} == set(DEAL_EVENT_PATTERNS)


@pytest.mark.parametrize(("rule", "example", "counter"), [
    pytest.param(*row, id=f"{row[0]}-{i}") for i, row in enumerate(DEAL_EVENT_EXAMPLES)
])
def test_deal_event_rule(rule, example, counter):
    pattern = _rule(DEAL_EVENT_PATTERNS, rule)
    assert pattern.search(fold(example)), example
    assert not pattern.search(fold(counter)), counter


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text, 0)


# a deal word hedged by the words before it tells of a deal but announces none
HEDGED = [
    ("may", "Kestrel may acquire Norvane this year."),
    ("sought", "Ostrin has sought to purchase up to 500,000 Norvane shares."),
    ("in-talks", "Kestrel is in talks to acquire Norvane."),
    ("not", "Kestrel did not sign a deal with Norvane."),
    ("prepared", "A licensee needs to be prepared to pay top dollar."),
    ("reportedly", "Kestrel reportedly agreed to buy Norvane."),
    ("mulls", "Kestrel mulls $2bn takeover of Norvane."),
    ("ended-after-the-noun", "Kestrel shares fall as $2bn Norvane deal collapses."),
    ("soured", "Kestrel lays off 200 staff as its $900M Norvane deal sours."),
    ("ended-past-its-partner", "Kestrel said the license agreement with Norvane has been terminated."),
    ("ended-past-its-partner-and-an-aside", "Kestrel announced that the collaboration agreement with Norvane, "
     "signed in 2021, has now been terminated."),
    ("a-priced-deal-already-made", "Kestrel raises $300M in a follow-on offering after $900M Norvane deal."),
    ("a-priced-deal-of-a-drug", "The FDA approves NV-4, the drug at the center of its $900M Norvane pact."),
    ("the-price-of-a-known-deal", "What the $3.1B Kestrel-Norvane deal says about China's biotech boom."),
    ("which-clause-of-the-past", "Data came from NV-1, which Kestrel licensed from Norvane."),
    ("deal-signed-in-a-which-clause", "Halden makes antibodies for partners including Ostrin, with which it signed a "
     "supply deal."),
    ("state-of-the-past", "NV-1 is partnered with Norvane in Japan."),
    ("participle-describing-a-drug", "Kestrel's antibody, partnered with Norvane, hits its primary endpoint."),
    ("participle-of-an-old-licence", "NV-1, licensed from Norvane in 2021, failed in phase 2."),
    ("participle-of-an-out-licence", "NV-1, licensed to Kestrel, has entered a phase 1 trial."),
    ("bare-participle-describing-a-drug", "Regulators offered a priority review for the drug norvaparib in-licensed "
     "from Norvane."),
    ("bare-partnered-after-a-drug-code", "Halden reports positive phase 2 data for HB-12 partnered with Ostrin."),
    ("bare-partnered-after-a-product-word", "Results for the antibody partnered with Ostrin beat estimates."),
    ("consequence-of-a-pending-deal", "Once the $2 billion Ostrin buyout goes through at Kestrel, Halvard will be "
     "partnered with the larger group."),
    ("a-product-developed-in-collaboration", "Kestrel announced the publication of phase 2 results of NB-6, "
     "developed in collaboration with Norvane Bio, in The Lancet."),
    ("an-opinion-for-a-licensed-drug", "Kestrel wins CHMP positive opinion for NB-5, licensed from Norvane"),
    ("data-from-a-standing-collaboration", "Kestrel today announced that new data from its collaboration with "
     "Norvane will be presented at ASH."),
    ("ended", "Kestrel scraps its licence agreement with Norvane."),
    ("handed-back", "Kestrel hands back its licence agreement for NV-2."),
    ("negotiations", "Kestrel has entered into exclusive negotiations with Norvane on an alliance."),
    ("a-deal-that-dates-the-news", "Kestrel has raised $300 million in an offering, weeks after inking a $1 billion "
     "licensing deal with Norvane."),
]
NOT_HEDGED = [
    ("may-a-date", "On May 5 Kestrel signed a licence deal with Norvane."),
    ("talks-ended", "After months of talks, Kestrel agreed to acquire Norvane."),
    ("aside-in-commas", "Kestrel, seeking growth, licensed NV-2 from Norvane."),
    ("aside-in-commas-before-an-out-licence", "Kestrel, seeking cash, licensed NV-2 to Norvane."),
    ("could-of-money", "Kestrel could pay up to $1bn to license Norvane's ADC."),
    ("which-clause-beside-the-news", "Kestrel licensed NV-1 from Norvane, which developed it."),
    ("which-clause-of-the-future", "Kestrel named NV-1, which it will license from Norvane."),
    ("deal-signed-today-in-a-which-clause", "Norvane, which today signed a licence agreement with Kestrel, rose 9%."),
    ("partnered-as-the-news", "Kestrel partnered with Norvane to develop NV-1."),
    ("two-parties-in-a-deal", "Kestrel, Norvane in ADC deal"),
    ("two-parties-in-a-priced-pact", "Kestrel and Norvane Bio in $2bn bispecific pact"),
    ("partnered-after-a-company-with-digits", "Halden 2 Bio partnered with Ostrin to develop HB-12."),
    ("a-collaboration-announced-beside-data", "Kestrel today announced new data and a collaboration with Norvane "
     "on NV-1."),
    ("a-priced-deal-as-the-news", "Kestrel grabs Norvane's ADC in $900M pact."),
    ("a-round-up-headline-of-one-company", "Kestrel inks two licensing deals with Chinese biotechs for $80M upfront."),
    ("main-verb-after-an-aside", "Kestrel, the Boston biotech, licensed NV-1 from Norvane for $5 million."),
    ("licensed-from-with-its-object-after", "Kestrel in-licensed from Norvane the global rights to NV-1."),
    ("licensed-from-after-its-verb", "Kestrel has in-licensed from Norvane a phase 2 antibody."),
    ("a-condition-that-is-no-deal", "Once the trial reads out, Kestrel will license NV-1 from Norvane."),
    ("ended-deal-beside-a-new-one", "After Ostrin scrapped its deal, Norvane Bio signed a licence agreement with "
     "Kestrel Pharma."),
    ("a-partner-and-an-aside-before-other-words", "Kestrel signed a collaboration with Norvane, its third this year, "
     "that has been called a landmark."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in HEDGED])
def test_a_hedged_deal_word_announces_nothing(text):
    assert announces_deal(_sentence(text))
    assert not announces_news(_sentence(text))


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_HEDGED])
def test_an_unhedged_deal_word_announces(text):
    assert announces_news(_sentence(text))


COUNTED = [
    ("deals-struck", "Chinese biotechs struck nearly 80 out-licensing deals worth $2.6 billion upfront."),
    ("plus-count", "The region signed 150+ deals, with Kestrel and Norvane among them."),
    ("examples-of-a-count", "Chen negotiated more than 20 licensing deals, including a $3 billion collaboration with "
     "Halvard and the $1.1 billion acquisition of Ostrin."),
    ("various-agreements", "Kestrel has entered into various license and collaboration agreements with third parties."),
]
COUNTED_BESIDE_NEWS = [
    ("agreements-in-an-aside", "Norvane, which has signed 12 agreements since 2020, today licensed NV-4 to Kestrel."),
    ("a-few-deals-with-an-example", "Kestrel signed three deals today, including a $50M pact with Norvane."),
    ("deals-after-the-news", "Kestrel is paying $80 million upfront to Norvane, adding to more than 10 deals it has "
     "struck in China."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in COUNTED])
def test_a_count_of_deals_is_a_round_up(text):
    assert not announces_deal(_sentence(text))


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in COUNTED_BESIDE_NEWS])
def test_a_count_of_deals_leaves_the_news_beside_it(text):
    assert announces_news(_sentence(text))


# (marker, a sentence of the past, a sentence of the news); the story is dated 2025
HISTORY_EXAMPLES = [
    ("a year named", "In 2016, Kestrel licensed NV-1 from Norvane.", "The deal is expected to close in 2027."),
    ("earlier", "Kestrel originally licensed NV-1 from Norvane.", "Kestrel licensed NV-1 from Norvane."),
    ("earlier", "Kestrel initially licensed NV-1 from Norvane.", "Only $40 million of the deal will initially go to "
     "Norvane."),
    ("earlier", "Kestrel previously licensed NV-1 from Norvane.",
     "Kestrel has acquired a royalty interest in NV-1 (formerly known as NV-001) from Norvane."),
    ("earlier", "Kestrel already owns half of Norvane.",
     "Kestrel agreed to acquire the shares of Norvane that it does not already own."),
    ("an earlier deal", "Under the original agreement, Kestrel paid $5M.",
     "Under the new agreement, Kestrel pays $5M."),
    ("time ago", "Two years ago Kestrel licensed NV-1.", "Kestrel licensed NV-1 for two years."),
    ("time ago", "Two years later, Norvane signed a pact with Kestrel.",
     "Norvane will sign a pact with Kestrel later."),
    ("time ago", "That came just days ago when Kestrel bought Norvane.", "Kestrel bought Norvane for days of work."),
    ("earlier", "Since then, Kestrel has also snapped up NV-2.", "Kestrel has snapped up NV-2 since Monday."),
    ("an earlier deal", "Under its old licence, Kestrel paid $5M.",
     "Kestrel and Norvane will expand their three-year-old collaboration."),
    ("in a month", "Last June, Kestrel completed its purchase of Norvane.",
     "Kestrel completed its purchase last night."),
    ("last season", "Last year Kestrel licensed NV-1.", "Kestrel licensed NV-1 this week."),
    ("in a month", "In March Kestrel licensed NV-1.", "Kestrel licensed NV-1 on Monday."),
    ("when it began", "Norvane received $25 million when the partnership began.",
     "Norvane receives $25 million when the deal closes."),
    ("comes after", "The deal comes three months after Kestrel licensed NV-1.", "The deal comes with $5M upfront."),
    ("comes after", "The deal came shortly after Kestrel sealed a $1bn pact with Brightwater.",
     "A further $10M comes after approval."),
    ("in a month", "In August Kestrel licensed NV-1.", "In August 2025, Kestrel licensed NV-1 from Norvane."),
    ("before an amendment", "Prior to the amendment, Norvane was eligible for up to $500M in milestones.",
     "Going forward, Norvane is eligible for up to $300M in milestones under the amended agreement."),
    ("before an amendment", "Under the previous terms, Kestrel owed $20M.", "Under the new terms, Kestrel owes $20M."),
    ("ended", "The pact was terminated.", "The pact was signed."),
    ("have been paid", "Milestones of $20M have been paid.", "Milestones of $20M may be paid."),
    ("after licensing", "Kestrel dosed patients after licensing NV-1.", "Kestrel is licensing NV-1 from Norvane."),
    ("money received", "Norvane received $40 million upfront in exchange for NV-1.",
     "Norvane has received an upfront payment of $20 million under the agreement."),
    ("money received", "Norvane receives a $5M milestone from Kestrel.",
     "Norvane is eligible to receive milestone payments."),
]


def test_every_history_marker_has_an_example():
    assert {name for name, *_ in HISTORY_EXAMPLES} == set(HISTORY_MARKERS)


@pytest.mark.parametrize(("marker", "past", "news"), [
    pytest.param(*row, id=f"{row[0]}-{i}") for i, row in enumerate(HISTORY_EXAMPLES)
])
def test_history_marker(marker, past, news):
    timeline = Timeline("", date(2025, 6, 1))
    assert timeline.is_history(_sentence(past)), past
    assert not timeline.is_history(_sentence(news)), news


@pytest.mark.parametrize(("sentence", "past"), [
    ("Kestrel will pay a deferred payment of $1.5 billion payable in 2028.", False),
    ("The second instalment of $40 million is due in 2027.", False),
    ("Norvane will receive $2 billion on closing and up to $335 million as additional payments expected to be paid "
     "in 2024.", False),
    ("Kestrel paid $40 million in 2019.", True),  # counter-example: a payment made in a named year
])
def test_a_payment_still_to_come_in_a_named_year_is_not_history_of_an_undated_story(sentence, past):
    timeline = Timeline("Kestrel to acquire Norvane", None)  # no date anywhere: any year is read as the past
    assert timeline.is_history(_sentence(sentence)) is past


def test_the_completion_of_the_announced_deal_is_news():
    timeline = Timeline("", date(2025, 6, 1))
    news = "Kestrel completed the previously announced acquisition of Norvane for $540 million."
    past = "Kestrel previously announced a licence with Norvane."
    assert not timeline.is_history(_sentence(news))
    assert timeline.is_history(_sentence(past))


def test_a_filing_date_line_dates_the_story():
    text = "License Agreement\n\n9 Months Ended\nSep. 30, 2019\nThe Company signed a licence with Norvane Bio."
    assert Timeline.of(read_article(text), None).dates_the_past(_sentence("In 2018, Kestrel licensed NV-1."))
    assert not Timeline.of(read_article(text), None).dates_the_past(_sentence("In 2019, Kestrel licensed NV-1."))


def test_a_wires_dateline_dates_the_story():
    text = ("Norvane sells royalty interest to Kestrel\n\n- A one-time cash payment\n\nSAN DIEGO, June 2, 2025 "
            "/PRNewswire/ -- Norvane Bio today announced that it has agreed to sell its royalty interest to Kestrel.")
    timeline = Timeline.of(read_article(text), None)
    assert timeline.dates_the_past(_sentence("In 2024, Kestrel licensed NV-1."))
    assert not timeline.dates_the_past(_sentence("In 2025, Kestrel licensed NV-1."))
    # counter-example: a city named in a sentence that is no dateline dates nothing
    plain = Timeline.of(read_article("Norvane sells royalty\n\nNorvane Bio, based in San Diego, sold it."), None)
    assert plain.dates_the_past(_sentence("In 2025, Kestrel licensed NV-1."))


def test_a_month_with_an_earlier_year_is_the_past_when_the_story_gives_no_date():
    timeline = Timeline("Kestrel Pharma shares rise on approval", None)
    assert timeline.is_history(_sentence("In November 2021, Kestrel secured rights to NV-1 from Norvane."))
    assert not timeline.is_history(_sentence("Kestrel secured rights to NV-1 from Norvane."))


# (a sentence of a deal of the past, what follows it and goes on telling that deal, what follows it and is news)
PAST_DEAL_GOES_ON = [
    ("One year ago, Kestrel struck a deal with Norvane.",
     "Kestrel framed the licence agreement, which featured up to $90 million in milestones, as a first step.",
     "Kestrel has now entered into a second agreement with Norvane."),
    ("In 2017, the Company previously entered into a licence agreement with Norvane.",
     "The agreement required the Company to pay Norvane a $50 milestone fee as long as the product is patented.",
     "On May 6, 2025, the Company entered into an Asset Purchase Agreement with Norvane."),
    ("In 2017, the Company previously entered into a licence agreement with Norvane.",
     "Pursuant to that agreement, the Company obtained a licence to certain know-how.",
     "Under the new agreement, Norvane will pay the Company $5 million."),
    ("In 2023, Halden licensed an antibody designed by Norvane.",
     "This deal provided Norvane with an upfront payment of $55 million.",
     "This deal gives Norvane an upfront payment of $20 million from Kestrel."),
    ("The move comes a few days after Kestrel signed another deal in 2024 with Halden for bispecifics.",
     "The big biotech shelled out $60 million upfront to its partner and promised $1.7 billion in milestones.",
     "Kestrel will pay Norvane an undisclosed upfront for its platform."),
]


@pytest.mark.parametrize(("past", "goes_on", "news"), PAST_DEAL_GOES_ON)
def test_what_follows_a_deal_of_the_past_may_go_on_telling_it(past, goes_on, news):
    timeline = Timeline("", date(2025, 6, 1))
    story = read_article(f"{past} {goes_on} {news}")
    past_deal = past_deal_sentences(story.sentences, timeline)
    assert [s.text for s in story.sentences if s.index in past_deal] == [goes_on]
    assert not goes_on_with_history(False, _sentence(goes_on))  # only after a deal of the past


@pytest.mark.parametrize("text", [
    "Kestrel Pharma, just a few months after its $4.9 billion purchase of Halden, has signed a licence with Norvane.",
    "Kestrel Pharma, two years after its deal with Halden, has signed a licence with Norvane.",
])
def test_an_aside_that_dates_another_deal_does_not_make_the_news_history(text):
    timeline = Timeline("", date(2025, 6, 1))
    assert not timeline.is_history(_sentence(text))
    assert timeline.is_history(_sentence("The deal comes two years after its pact with Halden."))


def test_an_aside_of_the_past_before_todays_news_does_not_make_the_news_history():
    timeline = Timeline("", date(2025, 6, 1))
    news = "Kestrel Pharma, which closed its purchase of Halden in May, today licensed NV-4 from Norvane."
    assert not timeline.is_history(_sentence(news))
    # a main clause not told as today's keeps the aside's date
    assert timeline.is_history(_sentence("The licence, which was signed in May, gave Kestrel rights to NV-4."))


def test_a_hostile_bid_headline_colours_the_tender_offer_told_below_it():
    story = ("Kestrel launches hostile tender offer for Norvane\n\nKestrel Pharma said it will commence a tender offer "
             "for all shares of Norvane Bio at $12 per share.")
    assert extract(story).reason == "the story is about an unsolicited bid or share tender"
    # a bid that turned friendly is a deal
    agreed = ("Kestrel wins Norvane after hostile bid\n\nKestrel Pharma will commence a tender offer for Norvane Bio "
              "at $14 per share, which the Norvane board now recommends.")
    assert extract(agreed).is_deal


def test_a_table_cell_is_no_sentence_of_the_lead():
    story = read_article("Norvane Bio AG (Basel)\n\nKestrel opted not to exercise its option to license NV-2.")
    lead = [s for s in story.sentences if not s.is_headline]
    assert [s.text for s in lead if not _is_heading(s)] == [lead[-1].text]
    assert not _is_heading(_sentence("Kestrel licensed NV-2 from Norvane (terms were not disclosed.)"))


def test_a_disclosures_header_fields_are_no_sentences_of_the_lead():
    story = read_article(
        "Conclusion of Exclusive Licensing Agreement Concerning NV-2\n\nCompany Name: Norvane Bio Inc.\n"
        "Representative: Jane Doe, President\nCompany Name: Kestrel Pharmaceutical Co., Ltd.\n"
        "Representative: John Roe, President\n(Code: 4519, Listed on Prime Market of Tokyo Stock Exchange)\n"
        "TOKYO, April 8, 2025 -- Norvane Bio Inc. and Kestrel Pharmaceutical Co., Ltd. announced today that both "
        "companies have entered into an agreement that Norvane will grant an exclusive license to Kestrel for NV-2."
    )
    lead = [s for s in story.sentences if not s.is_headline]
    assert [s.text for s in lead if not _is_heading(s)] == [lead[-1].text]
    assert extract(story.text).is_deal
    # counter-example: a sentence with a colon is still a sentence
    assert not _is_heading(_sentence("Kestrel said: we have licensed NV-2 from Norvane Bio for Japan."))


def test_a_later_step_of_a_deal_of_the_past_goes_on_telling_it():
    timeline = Timeline("", date(2025, 6, 1))
    story = read_article(
        "Kestrel Bio has signed a licence with Norvane. Kestrel was acquired by Halden Pharma in 2019. "
        "Halden was subsequently acquired by Ostrava Group. Norvane will pay Kestrel $5 million upfront."
    )
    past_deal = past_deal_sentences(story.sentences, timeline)
    assert [s.text for s in story.sentences if s.index in past_deal] == [
        "Halden was subsequently acquired by Ostrava Group."
    ]


def test_a_company_founding_year_does_not_date_the_sentence():
    timeline = Timeline("Kestrel Bio licenses NV-1 in 2025", None)
    founded = "Kestrel Bio, a biotech founded in 2012, said on May 3 it signed a licence."
    assert not timeline.is_history(_sentence(founded))
    assert timeline.is_history(_sentence("In 2012, Kestrel Bio signed a licence with Norvane."))


def test_a_lead_that_sets_the_scene_may_report_the_news_by_its_day():
    scene = (
        "Licensing by Freedonia's biotechs this year tops $5bn\n\n"
        "Outbound licensing by the country's drugmakers has hit a record high.\n\n"
        "As of May 3, the country's outbound licensing for the year already exceeds $5 billion.\n\n"
        "Its biotechs have already outdone last year's total.\n\n"
        "The industry is standing out worldwide.\n\n"
    )
    deal = scene + "Kestrel Bio stated on May 3 that it signed an agreement to license NV-1 to Norvane Pharma."
    assert judge(read_article(deal), Timeline.of(read_article(deal), None)).is_deal
    # the same scene with a deal of the past after it, and not reported by its day, is no news
    old = scene + "In 2019, Kestrel Bio signed an agreement to license NV-1 to Norvane Pharma."
    assert not judge(read_article(old), Timeline.of(read_article(old), None)).is_deal
    later = scene + "Kestrel Bio signed an agreement to license NV-1 to Norvane Pharma."
    assert not judge(read_article(later), Timeline.of(read_article(later), None)).is_deal


def test_another_deal_named_by_its_noun_gives_none_of_this_deals_products():
    text = (
        "Kestrel Bio has signed a licence agreement with Norvane Pharma Ltd for its NV-1 patents, securing up to "
        "$20 million in milestone payments. Kestrel also continues to progress its proposed acquisition of HX-77 from "
        "Ostrava Labs Inc, a cancer therapy targeting the FOO1 protein."
    )
    deal = extract(text).deal
    assert deal is not None and "HX-77" not in deal.assets and "FOO1" not in deal.targets
    same = "Kestrel Bio has signed a licence agreement with Norvane Pharma Ltd for its NV-1 antibody targeting FOO1."
    deal = extract(same).deal
    assert deal is not None and "NV-1" in deal.assets


def test_a_company_worth_is_no_deal_value():
    text = (
        "Kestrel Bio has signed a licensing agreement with Norvane Pharma to discover cancer drugs. "
        '"Our chief co-founded Halden Discovery, which recently floated and is currently valued at more than £150m."'
    )
    deal = extract(text).deal
    assert deal is not None and deal.total_value is None
    priced = "Kestrel Bio has signed a licensing agreement with Norvane Pharma valued at £150m."
    deal = extract(priced).deal
    assert deal is not None and deal.total_value is not None


def test_a_filing_counterparty_by_its_initials_is_a_party():
    text = (
        "License Agreement\n9 Months Ended\nSep. 30, 2024\n"
        "In July 2024, the Company and KSBV entered into an option agreement which granted KSBV the option to "
        "license programs from the Company. KSBV made an equity investment in the Company."
    )
    deal = extract(text).deal
    assert deal is not None and [p.name for p in deal.parties] == ["KSBV"]
    ticker = "Kestrel Bio (NASDAQ: KSBV) has signed a licence with Norvane Pharma. KSBV shares rose."
    deal = extract(ticker).deal
    assert deal is not None and "KSBV" not in [p.name for p in deal.parties]


def test_a_deal_beside_a_financing_reads_only_its_own_topic():
    text = (
        "Ostrin Bio said it raised $45 million in a Series B financing.\n\nQuillon Ltd. said it closed its public "
        "offering of 8 million shares. The company granted underwriters a 30-day option to purchase up to 1.2 million "
        "more shares.\n\nKestrel Pharma said it closed a $45 million Series E financing led by Norvane Bio. In "
        "addition to the financing, Kestrel and Norvane entered a collaboration to develop therapies against solid "
        "tumor targets.\n\nBrightwell Bio has filed for an IPO to raise up to $86 million."
    )
    deal = extract(text).deal
    assert deal is not None
    assert {p.name.split()[0] for p in deal.parties} == {"Kestrel", "Norvane"}
    assert deal.deal_types == ("collaboration",)  # not the underwriters' option of another item


def test_a_deal_told_as_a_separate_matter_in_another_story_reads_only_its_own_topic():
    text = (
        "Kestrel Pharma shares climbed 3% after the drugmaker reported higher third-quarter profit, driven by sales of "
        "its antibody-drug conjugate KP-ADC1. The company also announced it signed an exclusive agreement for an "
        "experimental obesity drug.\n\nRevenue rose 5% to $9 billion, aided by uptake of lymphoma drug Zarvolix.\n\n"
        "In a separate announcement, the company said it signed an exclusive global deal to develop and commercialise "
        "NB-5004, an experimental obesity treatment from Norvane Bio.\n\nUnder the agreement, Kestrel will pay "
        "Norvane $185 million upfront and up to $1.8 billion in milestones. In addition, Norvane will receive tiered "
        "royalties.\n\nAdditionally, the company reported positive late-stage results for its antibody KP-7."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.assets == ("NB-5004",)  # not the earnings' drugs nor the trial's
    assert "adc" not in deal.modalities and "antibody" not in deal.modalities
    assert deal.upfront is not None and deal.upfront.amount == 185_000_000
    assert deal.royalties  # "In addition, Norvane will receive royalties" goes on with the deal


def test_a_deal_given_as_second_news_with_no_separate_matter_reads_the_story():
    text = (
        "Kestrel Pharma shares climbed 3% after the drugmaker reported higher third-quarter profit. The company also "
        "announced it signed an exclusive licence agreement with Norvane Bio for NB-5004, an obesity drug.\n\n"
        "Under the agreement, Kestrel will pay Norvane $185 million upfront."
    )
    deal = extract(text).deal
    assert deal is not None
    assert deal.assets == ("NB-5004",)
    assert deal.upfront is not None and deal.upfront.amount == 185_000_000


def test_a_headline_of_two_matters_reads_only_the_deals_item():
    text = (
        "Kestrel prunes three drugs from its pipeline; Norvane in-licenses ear drug\n\n"
        "• Kestrel's latest pipeline update drops three programmes. The most advanced is a phase 2 diabetes "
        "program for KP-06291874, followed by the bispecific KP-0681.\n\n"
        "• Norvane Bio has licensed the NB-935 program, a therapy for eardrum perforations, from Ostrin Biotech.\n\n"
        "• Quillon says it achieved the first milestone in its antibody discovery collaboration with Brightwell."
    )
    deal = extract(text).deal
    assert deal is not None
    assert {p.name.split()[0] for p in deal.parties} == {"Norvane", "Ostrin"}
    assert deal.assets == ("NB-935",)
    assert "bispecific" not in deal.modalities


def test_a_briefs_items_are_its_lines_and_its_opening_names_every_item():
    text = (
        "Kestrel sells Asia unit; Jane Halvard criticizes new pricing rules\n\n"
        "Today, a rundown of news involving Kestrel and Jane Halvard, as well as updates from Ostrin.\n"
        "Kestrel Pharma said Friday it is selling its Asia business to Norvane Bio for $90 million upfront. The "
        "deal moves Kestrel's Asian sales staff to Norvane.\n"
        "The new pricing rules overreach, according to a commentary by Jane Halvard. Halvard said Ostrin Bio "
        "licensed NB-8 to Tamsin Bio for $20 million upfront."
    )
    article = read_article(text)
    verdict = judge(article, Timeline.of(article, None))
    assert verdict.is_deal and verdict.topic is not None
    told = [s.text for s in article.sentences if s.index in verdict.topic and not s.is_headline]
    assert told[0].startswith("Kestrel Pharma said Friday") and len(told) == 2
    # counter-example: a paragraph that opens on the deal's company runs on through its lines
    one = "Kestrel sells Asia unit; Jane Halvard criticizes rules\n\nKestrel Pharma is selling its Asia unit.\nThe " \
        "deal moves staff to Norvane Bio.\n\nJane Halvard criticized the rules."
    article = read_article(one)
    verdict = judge(article, Timeline.of(article, None))
    assert verdict.topic is not None and len([i for i in verdict.topic if i > 0]) == 2


def test_a_headline_of_one_company_matters_is_all_the_deals():
    text = (
        "Kestrel licenses bispecific from Norvane; Norvane shares soar\n\n"
        "Kestrel Pharma has licensed the bispecific NB-12 from Norvane Bio for $30 million upfront.\n\n"
        "Norvane's shares rose 40% on the news."
    )
    deal = extract(text).deal
    assert deal is not None
    assert {p.name.split()[0] for p in deal.parties} == {"Kestrel", "Norvane"}
    assert deal.assets == ("NB-12",)
    assert deal.upfront is not None and deal.upfront.amount == 30_000_000
