"""Deal types from the vocabulary."""

from __future__ import annotations

import pytest

from extraction import extract

CASES = [
    ("license-and-collaboration", "Kestrel Pharma and Norvane Bio have signed a license and collaboration agreement.",
     ("license", "collaboration")),
    ("option", "Kestrel Pharma has an option to license NB-4 under its new agreement with Norvane Bio.",
     ("license", "option")),
    ("acquisition", "Kestrel Pharma has agreed to acquire Norvane Bio for $400 million.", ("acquisition",)),
    ("a-company-bought-at-a-price-per-share", "Kestrel Pharma will purchase Norvane Bio for $47 per share in cash.",
     ("acquisition",)),
    ("ways-of-working-merged-are-no-merger", "Kestrel Pharma and Norvane Bio signed a research collaboration. "
     "Norvane's platform aims to merge its computer-driven dry lab approaches with traditional wet labs.",
     ("collaboration", "research")),
    ("costs-acquired-are-no-acquisition", "Kestrel Pharma signed a licence with Norvane Bio. Norvane will acquire the "
     "reimbursement of certain development costs.", ("license",)),
    ("a-joint-venture-formed", "Kestrel Pharma and Norvane Bio have formed a 50:50 joint venture to develop cell "
     "therapies in Greater China.", ("collaboration",)),
    ("a-drug-bought-from-its-owner", "Kestrel Pharma has acquired NB-12, an approved enzyme replacement therapy, from "
     "Norvane Bio for $250 million upfront.", ("asset-purchase",)),
    ("a-partners-share-of-the-making-is-no-manufacturing-deal", "Kestrel Pharma and Norvane Bio have entered into a "
     "partnership to develop and commercialize NB-314. Kestrel will make an upfront payment of $370 million to "
     "Norvane, which may be eligible for milestones and royalties. Norvane will lead manufacturing for clinical "
     "development, and Kestrel will lead manufacturing for commercial supply outside the U.S.",
     ("license", "collaboration")),
    ("a-drug-bought-told-as-a-noun", "Kestrel Pharma announced a deal valued at $300 million for the acquisition of "
     "the best-in-class antihypertensive drug norvatenone from Norvane Bio.", ("asset-purchase",)),
    ("a-drug-developer-bought-told-as-a-noun", "Kestrel Pharma announced a deal valued at $300 million for the "
     "acquisition of drug developer Norvane Bio from Halden Capital.", ("acquisition",)),
    ("a-company-bought-from-its-owner", "Kestrel Pharma has agreed to acquire Norvane Bio from Halden Capital for $250 "
     "million.", ("acquisition",)),
    ("a-company-taken-over", "Kestrel Pharma is spending just over a billion euros to take over heart specialist "
     "Norvane Bio.", ("acquisition",)),
    ("development-taken-over-is-no-acquisition", "Kestrel Pharma signed a licence with Norvane Bio and will take over "
     "development of NB-2.", ("license",)),
    ("an-acquisition-in-a-leading-clause-is-another-deal", "Building on the programs gained through the acquisition "
     "of Halden Bio, Kestrel Pharma signed a licensing deal with Norvane Bio for NB-9.", ("license",)),
    ("an-acquisition-after-a-leading-clause-is-the-deal", "Building on its ADC know-how, Kestrel Pharma has agreed to "
     "acquire Norvane Bio for $400 million.", ("acquisition",)),
    ("shares-are-equity-not-acquisition", "Kestrel Pharma signed a collaboration with Norvane Bio and will acquire "
     "9.9% newly issued shares of Norvane Bio.", ("collaboration", "equity-investment")),
    ("a-majority-stake-is-an-acquisition", "Kestrel Pharma will acquire a 60% stake in Norvane Bio for $47.5 million.",
     ("acquisition",)),
    ("the-rest-of-a-company-bought-by-its-owner-is-an-acquisition", "Kestrel Pharma, which owns 52% of Norvane Bio, "
     "agreed to acquire the remaining stake in Norvane Bio for $1.7 billion.", ("acquisition",)),
    ("the-shares-not-yet-owned-are-an-acquisition", "Kestrel Pharma has agreed to buy the shares of Norvane Bio that "
     "it does not already own for $1.7 billion.", ("acquisition",)),
    ("a-minority-stake-is-an-investment", "Kestrel Pharma signed a collaboration with Norvane Bio and will acquire a "
     "19.9% stake in Norvane Bio.", ("collaboration", "equity-investment")),
    ("manufacturing-collaboration", "Brightwell Biologics signed a strategic manufacturing collaboration with "
     "Kestrel Pharma.", ("manufacturing",)),
    ("a-future-period-in-an-undated-story-is-not-the-past", "Brightwell Biologics signed a contract manufacturing "
     "deal with Kestrel Pharma worth $200 million. Under the deal, Brightwell will supply the drug substance to "
     "Kestrel for three years from 2027 to 2029.", ("manufacturing", "supply")),
    ("a-sentence-naming-the-deal-by-its-kind", "Kestrel Pharma signed a license and collaboration agreement with "
     "Norvane Bio. The three-year research collaboration is focused on new vaccines.",
     ("license", "collaboration", "research")),
    ("a-research-deal-is-a-collaboration", "Kestrel Pharma signed a three-year research deal with Norvane Bio to "
     "discover cancer drugs.", ("collaboration", "research")),
    ("research-bought-is-no-collaboration", "Kestrel Pharma has agreed to acquire Norvane Bio, whose research "
     "partnership with universities is known, for $400 million.", ("acquisition", "research")),
    ("the-companies-will-develop-is-a-collaboration", "Kestrel Pharma said it inked a deal with Norvane Bio under "
     "which the companies will develop immuno-oncology drugs. Kestrel pays $50 million upfront and royalties.",
     ("license", "collaboration")),
    ("the-companies-will-jointly-develop-is-co-development", "Kestrel Pharma licensed NB-7 from Norvane Bio for $50 "
     "million upfront. The companies will jointly develop the therapy in China.", ("license", "co-development")),
    ("the-companies-will-collaborate-on-a-trial-is-a-collaboration", "Kestrel Pharma licensed NB-7 from Norvane "
     "Bio for $50 million upfront. The two companies will collaborate on the ongoing phase 1 trial of NB-7.",
     ("license", "collaboration")),
    ("a-deal-to-work-together-is-a-collaboration", "Kestrel Pharma and Norvane Bio have signed a 10-year deal to "
     "work together on the development of three cancer drugs.", ("collaboration",)),
    ("a-company-developing-alone-is-no-collaboration", "Kestrel Pharma licensed NB-7 from Norvane Bio for $50 "
     "million upfront. The company will develop the therapy in China.", ("license",)),
    ("rights-acquired-under-a-licence-agreement-are-a-licence", "Kestrel Pharma has acquired the global rights to "
     "Norvane Bio's obesity drug in a deal worth up to $2bn. The licence agreement includes a $200m upfront "
     "payment.", ("license",)),
    ("rights-acquired-with-no-licence-agreement-are-bought", "Kestrel Pharma has acquired the global rights to "
     "Norvane Bio's obesity drug for $200m, and Norvane licenses its platform to Kestrel.",
     ("asset-purchase", "license")),
    ("an-assets-licence-in-brackets-is-another-deal", "Kestrel Pharma announced its acquisition of Norvane Bio for "
     "$500 million. Norvane's pipeline includes the bispecific NB-9 (licensed to Ostrin for $3.3 billion). Both "
     "candidates were out-licensed during preclinical stages, and Norvane's out-licensing track record helps Kestrel.",
     ("acquisition",)),
    ("a-licence-told-by-the-buyer-is-this-deals", "Kestrel Pharma announced its acquisition of Norvane Bio for $500 "
     "million and will license NB-9 to Ostrin Bio.", ("acquisition", "license")),
    ("a-dash-aside-of-another-takeover-is-another-deal", "Kestrel Pharma licensed NB-3 from Norvane Bio for $24 "
     "million upfront. With the licensing deal, Kestrel joins Ostrin – soon to become part of Halvard if a $5.8 "
     "billion takeover deal goes through – in the field.", ("license",)),
    ("a-drug-bought-with-the-rest-spun-out-is-an-acquisition", "Kestrel Pharma will acquire Norvane Bio's PI3K "
     "inhibitor NB-478 for up to $2.5 billion, including a $1 billion upfront payment. As part of the transaction, "
     "Norvane will spin out a new entity to hold its employees and other pipeline assets.", ("acquisition",)),
    ("a-drug-bought-with-no-spin-out-is-no-acquisition", "Kestrel Pharma will acquire Norvane Bio's PI3K inhibitor "
     "NB-478 for up to $2.5 billion, including a $1 billion upfront payment.", ("license",)),
    ("option-fees-are-an-option", "Kestrel Pharma signed a licence with Norvane Bio. Norvane will receive $20 "
     "million upfront, plus option fees and milestones.", ("license", "option")),
    ("a-right-to-opt-into-development-is-an-option", "Kestrel Pharma signed a research deal with Norvane Bio. Kestrel "
     "will have the right to opt into exclusive development of compounds on up to six targets.",
     ("option", "collaboration", "research")),
    ("options-looked-into-are-no-option", "Kestrel Pharma signed a research deal with Norvane Bio. Kestrel staff will "
     "look into options in Asia later.", ("collaboration", "research")),
    ("a-drug-discovery-project-is-research", "Kestrel Pharma and Norvane Bio entered into a partnership. Under the "
     "collaboration agreement, the companies will launch a new drug discovery project.", ("collaboration", "research")),
    ("a-research-deal-is-research", "Kestrel Pharma signed a three-year research deal with Norvane Bio.",
     ("collaboration", "research")),
    ("a-discovery-platform-is-no-research-deal", "Kestrel Pharma licensed NB-2 from Norvane Bio, which found it with "
     "its drug discovery platform.", ("license",)),
    ("a-research-collaboration-of-another-subject-is-not-read", "Kestrel Pharma signed a license agreement with "
     "Norvane Bio. Academic research collaborations are common in the field.", ("license",)),
    ("what-the-agreement-supplies", "Brightwell Isotopes and Kestrel Pharma expanded their agreement. The expanded "
     "agreement broadens the supply of Brightwell's lutetium-177 to Kestrel.", ("supply",)),
    ("a-supply-shortage-is-no-supply-deal", "Kestrel Pharma signed a license agreement with Norvane Bio, as the "
     "supply of lutetium-177 to hospitals remains short.", ("license",)),
    ("all-the-shares-of-a-company", "Kestrel Pharma has agreed to acquire all the shares of fellow biotech "
     "company Norvane Bio.", ("acquisition",)),
    ("the-acquisition-of-all-shares", "Alderbrook LLP has advised Kestrel Pharma in connection with the acquisition "
     "of all shares in Norvane Bio GmbH.", ("acquisition",)),
    ("some-shares-of-a-company-are-no-acquisition", "Kestrel Pharma signed a collaboration with Norvane Bio and will "
     "acquire shares of Norvane Bio.", ("collaboration",)),
    ("a-research-and-licensing-pact", "Kestrel Pharma has formed a research and licensing pact with Norvane Bio.",
     ("license", "collaboration", "research")),
    ("a-joint-research-programme", "Kestrel Pharma and Norvane Bio have signed an agreement to undertake a joint "
     "research programme on fibrosis.", ("collaboration", "research")),
    ("a-commercial-payment-purchase", "Kestrel Royalty entered into a commercial payment purchase agreement with "
     "Norvane Bio for NB-3.", ("royalty-purchase",)),
    ("a-milestone-payment-is-no-payment-purchase", "Kestrel Pharma signed a license agreement with Norvane Bio, "
     "which will receive milestone payments on purchase orders of NB-3.", ("license",)),
    ("commercialization-purpose", "Kestrel Pharma and Norvane Bio partner to commercialize NB-2 in mainland China.",
     ("commercialization",)),
    ("development-and-commercialization-is-scope", "Kestrel Pharma has entered into a license agreement with "
     "Norvane Bio for the development and commercialization of NB-2.", ("license",)),
    ("royalty-purchase", "Royalty Partners Capital agreed to acquire a royalty interest in NB-2 from Norvane Bio for "
     "$300 million.", ("royalty-purchase",)),
    ("acquiring-regional-rights-is-not-an-acquisition", "Kestrel Pharma signed a license with Norvane Bio to acquire "
     "regional rights to NB-2.", ("license",)),
    ("large-scale-manufacturing", "Brightwell Biologics signed an agreement with Kestrel Pharma and will provide "
     "large-scale commercial manufacturing of KP-1.", ("manufacturing",)),
    ("exercises-its-option", "Kestrel Pharma signed a license agreement with Norvane Bio. If Kestrel exercises its "
     "option, Norvane would be eligible for $50 million.", ("license", "option")),
    ("single-quoted-speech-is-not-read", "Kestrel Pharma signed a license agreement with Norvane Bio for NB-3. 'We are "
     "looking to acquire more companies like Norvane,' said Kestrel's chief executive.", ("license",)),
    ("a-past-purchase-named-for-comparison", "Kestrel Pharma signed a license agreement with Norvane Bio for NB-3. "
     "The deal approaches the size of Kestrel's acquisition of Ostrin Bio in autumn 2020.", ("license",)),
    ("an-acquisition-to-close-in-a-year", "Kestrel Pharma has agreed to buy Norvane Bio for $400 million. Kestrel's "
     "acquisition of Norvane Bio is expected to close in 2027.", ("acquisition",)),
    ("a-percentage-of-stakes-is-no-acquisition", "Kestrel Pharma signed a license agreement with Norvane Bio and will "
     "acquire a percentage of current stakes from existing shareholders.", ("license",)),
    # a takeover told as an offer
    ("a-recommended-cash-offer", "Kestrel Pharma has made a recommended cash offer for Norvane Bio, valuing it at "
     "$400 million.", ("acquisition",)),
    ("offered-per-share", "The boards of Norvane Bio support the offer: Norvane shareholders will be offered 68 euros "
     "per share by Kestrel Pharma.", ("acquisition",)),
    ("a-per-share-offer-accepted", "Kestrel Pharma has won the contest for Norvane Bio after its board accepted "
     "Kestrel's $45-per-share offer.", ("acquisition",)),
    ("a-bidding-war-won", "Kestrel Pharma has won the bidding war for Norvane Bio, valuing it at $3 billion.",
     ("acquisition",)),
    ("an-option-offer-is-no-takeover", "Kestrel Pharma signed a license with Norvane Bio, which will offer Kestrel "
     "an option on NB-5.", ("license", "option")),
    ("product-bought-from-the-licensor-is-supply", "Kestrel Pharma signed a license agreement with Norvane Bio for "
     "NB-6 and will purchase commercial product from Norvane at a transfer price.", ("license", "supply")),
    ("dollars-invested-in-a-party-are-equity", "Kestrel Pharma will invest $20 million in Norvane Bio and signed an "
     "option agreement for NB-7.", ("option", "equity-investment")),
    ("taken-private", "Norvane Bio agreed to be taken private by an affiliate of Marrow Capital in a $1.9 billion "
     "deal.",
     ("acquisition",)),
    ("a-private-placement-is-no-take-private", "Kestrel Pharma signed a license with Norvane Bio and is taking a "
     "private placement of $20 million in Norvane Bio shares.", ("license",)),
    ("agreed-to-purchase-a-company", "Kestrel Pharma has agreed to purchase Norvane Bio, a clinical-stage biotech.",
     ("acquisition",)),
    ("agreed-to-purchase-an-amount-of-stock-is-no-acquisition", "Kestrel Pharma signed a license with Norvane "
     "Bio and agreed to purchase $50 million of Norvane Bio common stock.", ("license", "equity-investment")),
    ("agreed-to-purchase-product-is-no-acquisition", "Kestrel Pharma signed a license with Norvane Bio and agreed "
     "to purchase clinical supplies of NB-2.", ("license",)),
    ("a-combination-of-the-companies", "Kestrel Pharma and Norvane Bio today announce the proposed combination of "
     "the companies in an all-stock deal.", ("merger",)),
    ("a-combination-of-their-platforms-is-no-merger", "Kestrel Pharma and Norvane Bio signed a collaboration on a "
     "combination of the companies' platforms.", ("collaboration",)),
    ("sells-its-rights", "Norvane Bio agreed to sell its rights to NB-3 to Kestrel Pharma for $70 million.",
     ("asset-purchase",)),
    ("sells-its-drug-in-a-country-is-no-sale", "Kestrel Pharma signed a license with Norvane Bio and will sell its "
     "products in Japan.", ("license",)),
    ("acquired-a-partys-technology", "Kestrel Pharma acquired Norvane Bio's linker technology for $21 million.",
     ("asset-purchase",)),
    ("acquires-a-partys-platform", "Kestrel Pharma has agreed to acquire Norvane Bio's allogeneic cell therapy "
     "platform for $35 million in cash and stock.", ("asset-purchase",)),
    ("a-partner-of-a-partys-platform-is-no-purchase", "Kestrel Pharma will license Norvane Bio's allogeneic cell "
     "therapy platform for $35 million upfront.", ("license",)),
    ("sold-royalty-rights", "Norvane Bio sold its product royalty rights on NB-4 to Kestrel Pharma for $150 million.",
     ("royalty-purchase",)),
    ("a-royalty-stream-received-is-no-royalty-purchase", "Kestrel Pharma agreed to acquire Norvane Bio. Norvane Bio "
     "receives a royalty stream from Kestrel Pharma on NB-5.", ("acquisition",)),
    ("a-supply-agreement-for-the-manufacture", "Brightwell Biologics and Kestrel Pharma signed a supply agreement for "
     "the manufacture of cell therapies.", ("manufacturing", "supply")),
    ("supply-agreements", "Brightwell Biologics and Kestrel Pharma announced the expansion of their supply "
     "agreements.", ("supply",)),
    ("research-and-development-collaboration", "Kestrel Pharma signed a Research & Development collaboration with "
     "Norvane Bio.", ("collaboration", "research")),
    ("a-partys-history-of-takeovers", "Kestrel Pharma signed a collaboration with Norvane Bio. Norvane Bio was "
     "acquired by Ostrin Bio in 2003, and Ostrin Bio was subsequently acquired by a Belgian group.",
     ("collaboration",)),
    ("an-offer-to-buy-a-company", "Kestrel Pharma is offering to buy the Dutch target for $900 million in cash.",
     ("acquisition",)),
    ("an-offer-valuing-a-company", "Kestrel Pharma has offered to buy Norvane Bio in a deal valuing it at about "
     "$2 billion.", ("acquisition",)),
    ("an-offer-to-buy-rights-is-no-acquisition", "Kestrel Pharma has offered to buy the rights to NB-4 from Norvane "
     "Bio for $30 million upfront and royalties.", ("license",)),
    ("a-company-bought-as-the-press-names-it", "Kestrel Pharma would buy U.S. biotech Norvane Bio for $12 a share.",
     ("acquisition",)),
    ("goods-bought-from-a-company-are-no-acquisition", "Kestrel Pharma signed a license with Norvane Bio and will "
     "buy drug product from the biotech.", ("license", "supply")),
    ("all-the-stock-of-a-subsidiary", "Kestrel Pharma will acquire all the stock of Norvane Bio, the generics unit "
     "of Ostrin Group, for $200 million. Ostrin Group wished to divest Norvane Bio.", ("acquisition",)),
    ("royalty-rights-bought", "Kestrel Royalty has agreed to acquire the rights to royalty payments on three "
     "antibodies from Norvane Bio, which are covered by a license with Ostrin Group.", ("royalty-purchase",)),
    ("assets-related-to-the-manufacture-of-a-drug", "Under an asset purchase agreement, Kestrel Pharma will acquire "
     "from Norvane Bio the assets related to the manufacture, marketing and sale of NB-4.", ("asset-purchase",)),
    ("a-contract-drugmaker-supplying-a-client", "Brightwell Biologics has extended a collaboration with a major "
     "biopharmaceutical client under a supply agreement for a conjugate, the Swiss contract drugmaker said.",
     ("manufacturing", "supply")),
    ("a-collaboration-with-a-partner-is-a-collaboration", "Kestrel Pharma has extended a collaboration with Norvane "
     "Bio under a supply agreement for a conjugate.", ("collaboration", "supply")),
    ("a-self-description-in-gerunds-is-no-deal", "Kestrel Pharma, a specialty pharmaceutical company focused on "
     "acquiring, in-licensing, selling and marketing innovative products, today announced it has entered into a "
     "license agreement with Norvane Bio.", ("license",)),
    ("a-target-described-is-still-acquired", "Kestrel Pharma has agreed to acquire Norvane Bio, a company focused on "
     "developing antibodies.", ("acquisition",)),
    ("costs-and-profits-shared-equally", "Kestrel Pharma and Norvane Bio signed a collaboration agreement for NB-7. "
     "The companies will equally share worldwide development costs, commercialization expenses, and profits.",
     ("collaboration", "co-development", "co-commercialization")),
    ("costs-and-profits-shared-by-percent", "Kestrel Pharma signed a collaboration agreement with Norvane Bio for "
     "NB-7. Kestrel will be responsible for 60% of program costs and will receive 60% of profits.",
     ("collaboration", "co-development", "co-commercialization")),
    ("profits-and-losses-shared", "Kestrel Pharma will pay Norvane Bio $1.5 billion upfront for a 50% share in the "
     "profits and losses from NB-7.", ("co-development", "co-commercialization")),
    ("a-share-of-profits-alone-is-not-shared-losses", "Kestrel Pharma licensed NB-7 from Norvane Bio for $15 million "
     "upfront; Norvane will receive a share of profits on sales.", ("license",)),
    ("costs-borne-by-the-licensee-are-not-shared", "Kestrel Pharma signed a license agreement with Norvane Bio for "
     "NB-7. Kestrel will bear all development costs and pay royalties on profits.", ("license",)),
    ("a-merger-makes-a-combined-company", "Kestrel Pharma and Norvane Bio entered into a merger agreement. Upon "
     "completion, the combined company will be named Quillon Bio.", ("acquisition", "merger")),
    ("an-acquisition-with-a-combined-company-is-no-merger", "Kestrel Pharma has agreed to acquire Norvane Bio for "
     "$400 million. The combined company will have three approved drugs.", ("acquisition",)),
    ("collaborative-efforts-beside-an-acquisition", "Kestrel Pharma will acquire Norvane Bio for $400 million; the "
     "chiefs agreed to build a global firm through collaborative initiatives.", ("acquisition",)),
    ("a-collaboration-beside-an-acquisition", "Kestrel Pharma will acquire Norvane Bio for $400 million and enter a "
     "research collaboration with Ostrin Bio.", ("acquisition", "collaboration", "research")),
    ("a-partnership-beside-an-acquisition", "Kestrel Pharma will acquire Norvane Bio for $400 million, fostering a "
     "robust partnership between the teams.", ("acquisition",)),
    ("a-tieup-to-manufacture", "Brightwell Biologics signed a tieup deal with Kestrel Pharma to manufacture KP-1; "
     "both sides could expand the partnership.", ("manufacturing",)),
    ("a-collaboration-to-make-is-a-collaboration", "Brightwell Biologics and Kestrel Pharma signed a collaboration "
     "agreement to develop and manufacture KP-1.", ("collaboration", "manufacturing")),
    ("a-contract-maker-bought", "Kestrel Pharma will acquire Brightwell Biologics, a German contract manufacturing "
     "and development organization (CDMO), for $300 million.", ("acquisition",)),
    ("a-contract-maker-bought-that-will-make", "Kestrel Pharma will acquire Brightwell Biologics for $300 million, "
     "and Brightwell will manufacture KP-1 for Kestrel.", ("acquisition", "manufacturing")),
    ("all-rights-transferred", "Norvane Bio signed a contract to transfer all rights of NB-4 to Kestrel Pharma for "
     "40 billion won.", ("asset-purchase",)),
    ("rights-transferred-in-a-buyout", "Kestrel Pharma has agreed to acquire Norvane Bio; as part of the deal, "
     "Norvane will transfer all worldwide rights to NB-9 to Ostrin Bio.", ("acquisition",)),
    ("a-cooperation-agreement", "Kestrel Pharma has entered a licensing and cooperation agreement with Norvane Bio "
     "for NB-3.", ("license", "collaboration")),
    ("in-cooperation-with-is-no-collaboration", "Kestrel Pharma has licensed NB-3 from Norvane Bio in cooperation "
     "with regulators.", ("license",)),
    ("a-collab-in-the-headline", "Kestrel returns to Norvane for $2B cardiovascular collab\n\nKestrel Pharma will "
     "pay Norvane Bio $60 million upfront and royalties for rights to NB-2.", ("license", "collaboration")),
    ("joining-forces-is-a-collaboration", "Kestrel and Norvane join forces on NK cell search\n\nKestrel Pharma and "
     "Norvane Bio will co-develop two NK cell therapies.", ("collaboration", "co-development")),
    ("a-collaboration-the-parties-name-this-deal", "Kestrel Pharma licensed NB-5 from Norvane Bio for $20 million "
     "upfront and royalties. \"This collaboration underscores the strength of our platform,\" Norvane's CEO said.",
     ("license", "collaboration")),
    ("a-collaboration-deepened-in-a-quote", "Kestrel Pharma licensed NB-5 from Norvane Bio for $20 million upfront. "
     "Norvane said it was \"thrilled to deepen our collaboration with Kestrel.\"",
     ("license", "collaboration")),
    ("a-quoted-fragment-naming-the-deal", "Kestrel Pharma licensed NB-5 from Norvane Bio for $20 million upfront. The "
     "companies said the licence marked the start of \"a global strategic collaboration to advance T-cell "
     "engagers.\"", ("license", "collaboration")),
    ("a-standing-collaboration-in-a-quote-is-not-this-deal", "Kestrel Pharma licensed NB-5 from Norvane Bio for $20 "
     "million upfront. \"Our collaboration with Kestrel has been very productive,\" Norvane's CEO said.",
     ("license",)),
    ("a-quoted-manufacturing-collaboration-is-manufacturing", "Brightwell Biologics signed an agreement to manufacture "
     "KP-1 for Kestrel Pharma. \"This strategic manufacturing collaboration is a testament to our expertise,\" "
     "Brightwell said.",
     ("manufacturing",)),
    ("a-minority-stake-paid-for", "Kestrel Pharma has agreed to pay $90 million to Norvane Bio, which is close to a "
     "10% stake, for a strategic collaboration on NB-2.", ("collaboration", "equity-investment")),
    ("a-stake-held-is-not-bought", "Kestrel Pharma, which holds a 10% stake, signed a strategic collaboration with "
     "Norvane Bio on NB-2.", ("collaboration",)),
    ("development-and-commercialization-rights-are-a-licences-scope", "Kestrel Pharma licensed NB-6 from Norvane "
     "Bio; Kestrel will take over the global development, regulatory and commercialization rights for NB-6.",
     ("license",)),
    ("commercialization-rights-alone-are-a-commercialization", "Kestrel Pharma licensed NB-6 from Norvane Bio and "
     "gains commercialization rights for NB-6 in Japan.", ("license", "commercialization")),
    ("an-option-for-royalties-is-a-provision", "Kestrel Pharma licensed NB-6 from Norvane Bio for $20 million "
     "upfront. The deal also has the option for single digit to low double digit tiered royalties.", ("license",)),
    ("an-option-for-a-licence-with-royalties-is-an-option", "Kestrel Pharma paid Norvane Bio $20 million upfront "
     "for an option for an exclusive license to NB-6 with tiered royalties.", ("license", "option")),
    ("an-option-to-buy-the-company", "Kestrel Pharma has entered a $140m partnership with Norvane Bio. The agreement "
     "gives Kestrel the exclusive option to buy the radiopharmaceutical specialist for $1bn.",
     ("acquisition", "option", "collaboration")),
    ("money-for-rights-to-royalties-is-a-royalty-purchase", "Norvane Bio said it closed a royalty bond agreement "
     "with Marrow Royalty. Marrow Royalty will lend up to $180 million in exchange for rights, up to that sum plus "
     "interest, to royalty payments from NB-5.", ("royalty-purchase",)),
    ("a-collaboration-for-manufacturing-is-manufacturing", "Kestrel Biologics Expands Collaboration with Norvane "
     "Pharma for Manufacturing Vaccines\n\nKestrel Biologics has expanded its long-term collaboration with "
     "Norvane Pharma for end-to-end vaccine manufacturing.", ("manufacturing",)),
    ("a-collaboration-to-develop-and-manufacture-stays-one", "Kestrel Biologics and Norvane Pharma signed a "
     "collaboration to develop and manufacture NB-2.", ("collaboration", "manufacturing")),
    ("a-site-sold-by-its-owner-is-an-asset-purchase", "Kestrel Pharma said it has agreed to sell its Eastport "
     "drug substance plant to Norvane Bio for $20 million.",
     ("asset-purchase",)),
    ("a-site-bought-by-name-is-an-asset-purchase", "Norvane Bio will buy the 300,000-square-foot facility from "
     "Kestrel Pharma and will manufacture Kestrel medicines there.", ("asset-purchase", "manufacturing")),
    ("a-right-to-buy-the-company-is-an-option", "Kestrel Wins Right to Buy Norvane\nKestrel Pharma signed a "
     "partnership with Norvane Bio that gives it the right to acquire the company for $600 million.",
     ("acquisition", "option", "collaboration")),
    ("a-partnership-beside-a-buyout-and-an-option-is-the-buyouts", "Kestrel Pharma has agreed to acquire Norvane Bio "
     "for $400 million in a robust partnership; Kestrel also gets an option to buy Ostrin Bio later.",
     ("acquisition", "option")),
    ("a-company-bought-whose-sites-are-sold-on-is-an-acquisition", "Halvard Holdings has announced a merger agreement "
     "to acquire Tamsin Bio for $2 billion. Halvard plans to sell three Tamsin sites and related assets acquired in "
     "the merger to its subsidiary Ostrin Pharma. Tamsin stockholders will receive $40.50 per share in cash.",
     ("acquisition",)),
    ("assets-sold-with-no-company-bought-are-an-asset-purchase", "Halvard Holdings has agreed to acquire three of "
     "Tamsin's sites and related assets for $200 million. Halvard plans to sell them on to its subsidiary Ostrin "
     "Pharma.", ("asset-purchase",)),
    ("the-business-of-a-drug-sold-is-an-asset-purchase", "Kestrel Pharma said Friday it is selling the European "
     "business of its drug NV-2 to Norvane Bio for $90 million upfront.", ("asset-purchase",)),
    ("a-drug-sold-by-a-licensee-is-no-asset-purchase", "Kestrel Pharma licensed NV-2 from Norvane Bio and will be "
     "selling the drug across Europe from 2027.", ("license",)),
    ("a-portfolio-bought-from-its-owner-is-an-asset-purchase", "Kestrel Pharma to acquire portfolio of travel "
     "vaccines from Norvane Bio\n\nKestrel Pharma has agreed to acquire a portfolio of travel vaccines from Norvane "
     "Bio for $270 million.", ("asset-purchase",)),
    ("a-company-with-a-portfolio-bought-is-an-acquisition", "Kestrel Pharma has agreed to acquire Norvane Bio, with "
     "its portfolio of travel vaccines, for $270 million.", ("acquisition",)),
    ("a-product-licensed-by-a-regulator-is-no-licence", "Kestrel Pharma has agreed to acquire a portfolio of travel "
     "vaccines from Norvane Bio, including NV-5, the only oral vaccine licensed by the U.S. Food and Drug "
     "Administration.", ("asset-purchase",)),
    ("a-product-licensed-by-a-company-is-a-licence", "Kestrel Pharma signed a deal with Norvane Bio for NV-5, which "
     "is licensed by Kestrel for Europe.", ("license",)),
    ("all-of-a-company-bought-by-percent-is-an-acquisition", "Kestrel Pharma has entered into definitive agreements "
     "to acquire 100% of Norvane Bio for $240 million.", ("acquisition",)),
    ("a-minority-bought-by-percent-is-an-investment", "Kestrel Pharma signed a licence with Norvane Bio and will "
     "acquire 9.9% of Norvane Bio.", ("license", "equity-investment")),
    ("a-share-of-royalties-bought-is-a-royalty-purchase", "Halvard Capital said it purchased 50% of the royalties on "
     "global sales of Norvane Bio's drug NB-3 for $1 billion.", ("royalty-purchase",)),
    ("royalties-received-are-no-royalty-purchase", "Kestrel Pharma licensed NB-3 from Norvane Bio, which will receive "
     "50% of the royalties on global sales.", ("license",)),
    ("a-site-bought-from-its-owner-is-an-asset-purchase", "Ostrin Biologics agreed to acquire the Tamsin large-scale "
     "biologics manufacturing site in Leeds, England, from Halvard Pharma for $900 million.", ("asset-purchase",)),
    ("a-company-with-a-plant-bought-is-an-acquisition", "Ostrin Biologics agreed to acquire Tamsin Bio, which runs a "
     "manufacturing plant in Leeds, from its founders for $900 million.", ("acquisition",)),
    ("a-specialists-plant-bought-is-no-company", "Kestrel Pharma signed a supply agreement with Norvane Bio and will "
     "buy the specialist's plant in Ghent.", ("asset-purchase", "supply")),
    ("an-opt-in-told-anywhere", "Kestrel Pharma inks $50 million deal with Norvane Bio\n\nKestrel Pharma signed a "
     "collaboration with Norvane Bio on capsids. Can opt-in on the next three targets within 12 months.",
     ("option", "collaboration")),
    ("a-companys-drug-bought-under-a-licence", "Kestrel Pharma is handing over $280 million upfront to acquire "
     "Norvane Bio's phase 2 antisense oligonucleotide. As part of the licensing deal, Norvane will run the phase 2 "
     "study.", ("license",)),
    ("a-companys-business-bought", "Kestrel Pharma has agreed to acquire Norvane Bio's antibiotics business for $500 "
     "million.", ("asset-purchase",)),
    ("a-company-bought-is-an-acquisition", "Kestrel Pharma has agreed to acquire Norvane Bio, the antibiotics maker, "
     "for $500 million.", ("acquisition",)),
    ("an-investment-in-new-shares", "Kestrel Pharma signed a collaboration with Norvane Bio. Kestrel Pharma will "
     "make a $1m investment in new Norvane Bio shares.", ("collaboration", "equity-investment")),
    ("an-investment-in-new-plants-is-no-equity", "Kestrel Pharma signed a collaboration with Norvane Bio. Its "
     "investment in new plants continues.", ("collaboration",)),
    ("brands-bought-from-their-owner", "Kestrel Pharma said it has acquired nine dermatology brands from Norvane "
     "Bio for $30 million.", ("asset-purchase",)),
    ("products-bought-from-a-maker-are-supply", "Kestrel Pharma signed a supply agreement and buys products from "
     "Norvane Bio.", ("supply",)),
    ("rights-acquired-under-a-licence", "Kestrel Pharma and Norvane Bio entered into a licensing agreement under which "
     "Kestrel Pharma acquired the rights to make and sell NB-5.", ("license",)),
    ("rights-acquired-from-a-company-are-bought", "Kestrel Pharma acquired the rights to NB-5 from Norvane Bio for $40 "
     "million.", ("asset-purchase",)),
    ("an-investment-told-by-its-amount", "Kestrel Pharma signed a licensing agreement with Norvane Bio. Under the "
     "terms, Norvane Bio will receive an upfront payment of $20M, and an investment of $15M.",
     ("license", "equity-investment")),
    ("a-research-investment-is-no-equity", "Kestrel Pharma signed a licensing agreement with Norvane Bio. Under the "
     "terms, Norvane Bio will receive an upfront payment of $20M and a research investment of $15M.", ("license",)),
    ("new-stock-paid-for", "Kestrel Pharma signed a licensing agreement with Norvane Bio. Kestrel Pharma is paying "
     "$350 million upfront, with $125 million a license fee and $225 million in new Norvane Bio stock.",
     ("license", "equity-investment")),
    ("stock-held-is-no-investment", "Kestrel Pharma signed a licensing agreement with Norvane Bio. Kestrel Pharma is "
     "paying $35 million upfront; Norvane Bio holds $225 million in cash and stock-based awards.", ("license",)),
    ("money-spent-to-buy-a-company", "Kestrel Pharma will spend about $5.4 billion to buy Norvane Bio as it grows its "
     "pipeline.", ("acquisition",)),
    ("money-spent-to-buy-rights-is-no-company", "Kestrel Pharma will spend about $50 million to acquire the rights to "
     "NB-5 from Norvane Bio.", ("asset-purchase",)),
    ("an-option-held-told-anywhere", "Kestrel Pharma signed a collaboration deal with Norvane Bio. The companies will "
     "make several compounds together. Norvane Bio retains the option to select up to three products.",
     ("option", "collaboration")),
    ("an-option-no-party-holds-is-no-option", "Kestrel Pharma signed a collaboration deal with Norvane Bio. The "
     "companies will make several compounds together; analysts expect talks on an option to select more.",
     ("collaboration",)),
    ("a-joint-development-committee-and-money-contributed", "Kestrel Pharma has entered into a licence agreement with "
     "Norvane Bio for NB-5. A joint development committee will oversee the phase 3 programme. Kestrel Pharma will "
     "contribute up to $200 million in the next three years.", ("license", "co-development")),
    ("a-joint-development-committee-alone", "Kestrel Pharma has entered into a licence agreement with Norvane Bio for "
     "NB-5. A joint development committee will oversee the phase 3 programme.", ("license",)),
    ("joint-development-and-commercialization", "Kestrel Pharma signed a collaboration and license agreement with "
     "Norvane Bio for the joint development and commercialization of four compounds.",
     ("license", "collaboration", "co-development", "co-commercialization")),
    ("joint-development-alone", "Kestrel Pharma signed a collaboration and license agreement with Norvane Bio for the "
     "joint development of four compounds.", ("license", "collaboration", "co-development")),
    ("co-detailing-told-anywhere", "Kestrel Pharma signed a license agreement with Norvane Bio. Following approval, "
     "Norvane Bio has agreed to provide 50 percent of the co-detailing efforts in the United States.",
     ("license", "co-commercialization")),
    ("supplies-made-told-anywhere", "Kestrel Pharma signed a license agreement with Norvane Bio for NB-5. Norvane Bio "
     "will manufacture clinical supplies and initial commercial supplies of the product.", ("license", "supply")),
    ("supplies-told-of-are-no-supply-deal", "Kestrel Pharma signed a license agreement with Norvane Bio for NB-5. "
     "Clinical supplies of the product are limited.", ("license",)),
    ("rights-granted-imply-a-license", "Norvane Bio has granted Kestrel Pharma exclusive rights to develop and "
     "commercialize NB-4 in Greater China.", ("license",)),
    ("rights-paid-for-imply-a-license", "Kestrel Pharma will pay Norvane Bio $100 million upfront for rights to NB-7.",
     ("license",)),
    ("rights-kept-imply-none", "Kestrel Pharma and Norvane Bio signed a deal under which Norvane keeps global "
     "rights to NB-4.", ()),
    ("milestones-imply-license", "Kestrel Pharma will pay Norvane Bio $10 million upfront and up to $100 million in "
     "milestones for NB-5.", ("license",)),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_deal_types(text, expected):
    deal = extract(text).deal
    assert deal is not None
    assert deal.deal_types == expected


def test_the_price_of_a_sale_is_its_upfront():
    deal = extract("Norvane Bio sold its product royalty rights on NB-4 to Kestrel Pharma for $150 million.").deal
    assert deal is not None
    assert "royalty-purchase" in deal.deal_types
    assert deal.upfront is not None and deal.upfront.amount == 150_000_000


def test_an_option_exercised_to_buy_all_remaining_shares_is_an_acquisition() -> None:
    deal = extract("Kestrel Pharma to acquire remaining stake in Norvane Bio\n\nKestrel Pharma said it had exercised "
                   "its option to acquire all remaining shares in Norvane Bio for NB-101.").deal
    assert deal is not None and "acquisition" in deal.deal_types
