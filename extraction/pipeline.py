"""Read one article and return the deal it reports: `extract(text) -> Extraction`.

The steps, each in its own module:
0. `stories`: a text of several stories (a newsletter, a page of press-release headlines) is read story by story:
   when two or more announce a deal the text is a list of deals, not one (each story, sent on its own, is read);
   when one does, that story is the text read.
1. `text`: headline and sentences; boilerplate ("About X", forward-looking statements) cut off.
2. `detection`: is it a new deal, and which sentences announce it. A deal is signed by someone: a sentence that
   announces it names a party, or the story's top (headline and first sentences) names one that is told a company;
   deal words alone among a market's figures ("Most of the money came from upfront fees.") are no deal.
3. `parties`: the signing companies, folded through the company registry.
4. Which sentences tell of THIS deal: not those of the past (but terms said in the future are this deal's: "an
   initial payment of £10M will be received in September", "Tuesday's deal will see X receive $0.5M"), not
   "Separately, ...", not those that go on with a deal of the past (`detection.past_deal_sentences`), not those of a
   deal with a company that is not a party (also a deal named by its noun only: "continues to progress its proposed
   acquisition of X from Y", and one that opens the sentence as the company's: "Ostrin's commitment to NB-2 was
   substantial, with an upfront payment of $588M") nor the sentences after it with terms that name no party ("Under the
   agreement, Y would receive $20M upfront"); quoted speech counts for money only (and for a collaboration the
   parties name as this deal: "this collaboration underscores"), and so does a clause that dates another deal by the
   news (`OTHER_DEAL_AFTER_CLAUSE`: ", months after ADC pact with Ostrava").
5. `amounts`, `royalties`, `deal_types`, `modalities`, `products`, `scope`: the terms, each with the sentence it
   came from. An acquisition's price is its upfront and its total; so is the one price of a sale of assets or
   royalties, or of a total told as a sale's or buyout's ("would sell ... for a total value of $660m", "To Be
   Taken Private ... In $1.9 Bln Deal"), unless it is only "up to" a figure (then it is the total alone, and the
   upfront is the rest when the story says the price includes the milestones it states), or an
   acquisition's price said to include milestones it gives no figure for (the total alone, the upfront uncertain).
   A price with a CVR on top that the story values nowhere ("an aggregate consideration of $300m plus one CVR per
   share") is the upfront and the total; a buyer's spending "to buy" ("will spend about $2.1bn to buy Y") is a
   buyout's price.
   Royalties told of an earlier deal or standing relationship ("Under the terms of the relationship, X receives a
   royalty stream") are not this deal's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extraction.amounts import (
    Terms,
    figure_readings,
    milestones_as_the_rest,
    money_difference,
    money_sum,
    read_terms,
    states_terms,
    tells_earlier_terms,
)
from extraction.companies import CompanyRegistry, normalize
from extraction.confidence import judge_confidence
from extraction.deal_types import read_deal_types
from extraction.detection import Timeline, announces_deal, judge
from extraction.modalities import modality_evidence, read_modalities, with_dual_targets
from extraction.models import Deal, Explanation, Extraction, Modality, MoneyField, SentenceKind, SentenceReading
from extraction.money import find_money, yen_sign_currency
from extraction.parties import (
    PartyGroup,
    find_parties,
    is_named_company,
    names_in_sentence,
    other_deal_clause_end,
)
from extraction.products import (
    describes_a_pipeline,
    inn_modality,
    plain_dashes,
    read_assets,
    read_targets,
    reports_sales,
    tells_of_another_deal,
    tells_of_sales,
)
from extraction.roles import assign_roles
from extraction.royalties import read_royalties
from extraction.scope import read_indications, read_stage, read_territory, read_undisclosed
from extraction.stories import split_stories
from extraction.text import Article, Sentence, fold, folded_pattern, read_article
from extraction.vocabulary import (
    NOT_COMPANY_WORDS,
    NOT_DEAL_MONEY_CONTEXT,
    OTHER_DEAL_AFTER_CLAUSE,
    OTHER_DEAL_AFTER_WORDS,
    PRICE_NAMED,
)

_SEPARATE = folded_pattern(NOT_DEAL_MONEY_CONTEXT["separate matter"])
_SEVERAL_STORIES = "the text holds several stories of deals, a list of deals: each story is read on its own"
_CVR = re.compile(r"\b(?:contingent value rights?|CVRs?|earn-?outs?)\b", re.IGNORECASE)
# a price: "to acquire Agilis for $200M" (not "worth up to", not "for up to")
_PRICE = folded_pattern(
    r"\b(?:acquire|acquires|acquired|acquisition of|buy|buys|bought|purchase|purchases|purchased)\b[^$€£¥₹₩;]{0,160}"
    r"\bfor (?!up to)"
    # the price named: "would pay Norvane the agreed option exercise price of approximately $150m"
    r"|\b" + PRICE_NAMED + r"\b"
)
# "for up to €1.025bn, including an upfront payment and additional payments if ... milestones are achieved": the
# price holds milestones it gives no figure for, so it is the whole value, not the cash paid at closing
_PRICE_HOLDS_MILESTONES = folded_pattern(
    r"\b(?:including|includes?|comprising|consisting of|made up of|which includes?)\b[^.;$€£¥₹₩]{0,120}?"
    r"\b(?:milestones?|earn-?outs?|contingent (?:payments?|consideration))\b"
)
# "would bring the total transaction to $410 million": a total of the price and more, not the price
_BRINGS_THE_TOTAL = folded_pattern(r"\bbring(?:s|ing)? the (?:total|overall|aggregate)\b")
# "an aggregate consideration of $300 million plus one contingent value right (CVR) per share": the figure is the
# cash paid at closing, the CVR comes on top of it (the figure's own end, then "plus" and the right)
_PRICE_PLUS_CVR = folded_pattern(
    r"""(?x)\s*(?:in\ cash\s*)?,?\s*                       # after the figure: "in cash," at most
        (?:plus|and|along\ with|together\ with)\s+          # on top of it
        (?:one|a|an)\s+(?:non-?transferable\s+|additional\s+)?(?:contingent\ value\ rights?|CVRs?)\b"""
)
_CAPITALISED = re.compile(r"\b[A-Z][\w&'’\-]*")
# a sentence (or what follows its colon) that opens on a company's deal: "Ostrin's commitment to NB-2 was substantial,
# with an upfront payment of $588 million", "This excludes buyouts: Ostrin's acquisition of Halden for $600m is one"
# (whose, when the company is no party, makes the sentence another deal's)
_OPENS_WITH_A_COMPANYS_DEAL = re.compile(
    r"""(?x)(?:^|(?<=:\ ))                                             # the sentence's start, or after a colon
        (?P<name>[A-Z][\w&.\-]*(?:\ [A-Z][\w&.\-]*){0,3})['’]s?\s   # the company, as its possessive
        (?:[\w\-]+\s){0,2}?                                             # a few words: "earlier", "$2bn"
        (?:deal|pact|commitment|licen[cs]e|agreement|collaboration|partnership|investment|offer|bid|acquisition
          |purchase|buyout|takeover)\b                                   # its deal"""
)
_OTHER_DEAL_AFTER = folded_pattern(OTHER_DEAL_AFTER_CLAUSE)
# Quoted speech: what a spokesperson says of the company's pipeline is not a term of the deal.
_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)|(?:^|(?<=\s))[‘'][^‘’']{12,}(?:[’'](?=[\s,.;]|$)|$)")
# Terms said in the future: what a party will pay or receive is this deal's, whatever earlier deal it amends
_WILL_PAY = folded_pattern(
    r"\b(?:will|shall|is to|are to|is set to|would) (?:also )?"
    r"(?:pay|receive|make|get|hand over|be eligible|be entitled)\b"
    r"|\bstands? to (?:receive|earn|gain|get)\b"
    # "An initial payment of £10M will be received in September", "Tuesday's deal will see Kestrel receive $0.5M"
    r"|\b(?:will|shall|is to|are to) be (?:received|paid|payable|due|made)\b"
    r"|\bwill see \w+(?: \w+)? (?:receive|pay|get|earn|gain)\b"
)
# a sentence that starts by naming the deal with its kind: "The three-year research collaboration is focused on"
_OPENS_WITH_THE_DEAL = folded_pattern(
    r"^(?:the|this) (?:[\w\-]+ ){0,4}?(?:deal|agreement|collaboration|partnership|pact|alliance|licen[cs]e"
    r"|transaction|contract)\b"
)
_AGREEMENT_REF = folded_pattern(
    r"\b(?:under|as part of|per) (?:the )?(?:terms of )?(?:the |this |its )?(?:new |expanded |revised )?"
    r"(?:agreement|deal|collaboration|partnership|licen[cs]e|transaction|contract)\b"
    r"|\bthe (?:deal|agreement|transaction|collaboration|partnership|contract|pact)\b"
)

# A deal named by its noun, with no verb that makes it: "continues to progress its proposed acquisition of X from Y"
_DEAL_NAMED = folded_pattern(
    r"\b(?:acquisition|purchase|sale|divestiture|takeover|buyout) of\b"
    r"|\b(?:merger|agreement|deal|collaboration|partnership|licen[cs]e|pact|tie-up) with\b"
)


class Extractor:
    """Extraction with a given company registry (the built-in one by default)."""

    def __init__(self, registry: CompanyRegistry | None = None) -> None:
        self._registry = registry if registry is not None else CompanyRegistry.builtin()

    def extract(
        self, text: str, *, url: str | None = None, published: date | None = None, explain: bool = False
    ) -> Extraction:
        """The deal `text` reports. `published` dates the news (what is older is history); `url` is
        where the text came from, for callers that keep it beside the result."""
        article = read_article(text)
        headline = article.headline.text if article.headline is not None else None
        timeline = Timeline.of(article, published)
        verdict = judge(article, timeline)
        if not verdict.is_deal:
            return Extraction(is_deal=False, headline=headline, reason=verdict.reason)
        stories = split_stories(text)
        if len(stories) >= 2:
            read = [read_article(story.text) for story in stories]
            deals = [(a, t) for a in read if judge(a, t := Timeline.of(a, published)).is_deal]
            if len(deals) >= 2:
                return Extraction(is_deal=False, headline=headline, reason=_SEVERAL_STORIES)
            if deals:  # the one story that announces a deal is the text read
                article, timeline = deals[0]
                headline = article.headline.text if article.headline is not None else None
                verdict = judge(article, timeline)

        if verdict.headline is not None:  # a headline of several matters: the deal's item is its headline
            article = Article(
                article.text, verdict.headline,
                tuple(verdict.headline if s.is_headline else s for s in article.sentences),
            )
        registry = self._registry
        lead = [s for s in verdict.deal_sentences if s.is_headline] + [
            s for s in verdict.deal_sentences if not s.is_headline
        ]
        # ("... with Argo just after signing a contract with Halden": the other deal's company signs nothing here)
        groups = find_parties([_without_other_deal(s) for s in lead], article.sentences, article.text, registry)
        if not groups:  # a deal is signed by someone: deal words with no named party are no deal
            return Extraction(is_deal=False, headline=headline, reason="no party to the deal is named")
        if not _names_a_party(article.sentences[:3], lead, groups, registry):
            # "Most of the money came from upfront fees.": a market's deal words, the companies named beside them
            return Extraction(is_deal=False, headline=headline, reason=_NO_PARTY_IN_THE_NEWS)
        body = [s for s in article.sentences if not s.is_headline]
        known: dict[str, bool] = {}
        party_words = {w.lower() for g in groups for f in g.forms for w in f.split()}
        past_deal = verdict.past_deal
        own = _this_deals(
            body, groups, past_deal, lambda s: self._why_not_this_deal(s, groups, timeline, known, party_words),
            verdict.topic,
        )
        plain = [_without_other_deal(_unquoted(s)) for s in own]

        deal_text = " ".join(s.text for s in own)
        terms = read_terms(
            article.headline,
            [_without_other_deals_price(s, groups, registry) for s in own],
            deal_text,
            published,
            yen_sign=yen_sign_currency(article.text),
            article=body,
        )
        royalties, royalty_evidence = read_royalties(
            [s for s in own if not tells_earlier_terms(s)], [f for g in groups for f in g.forms]
        )

        relevant = [
            s
            for s in plain
            if announces_deal(s) or _AGREEMENT_REF.search(s.folded) or _OPENS_WITH_THE_DEAL.match(s.folded)
            or states_terms(s) or _names_two(s, groups)
        ]
        head = [_without_other_deal(article.headline)] if article.headline is not None else []
        deal_types = read_deal_types(
            head + relevant,
            has_equity=terms.equity is not None,
            has_milestones_or_royalties=terms.milestones is not None or royalties is not None,
            story=plain,
            quoted=[m.group(0) for s in own for m in _QUOTED.finditer(s.text)],
        )
        if {"acquisition", "merger"} & set(deal_types):
            _acquisition_terms(terms, article.text, published)
            # what is bought is the target's pipeline: what the story says the target (named last) has
            taken = {s.index for s in relevant}
            relevant += [s for s in plain if s.index not in taken and any(f in s.text for f in groups[-1].forms)]
        else:
            if (terms.rules.get("total_value") or "").endswith("purchase-price"):
                # "acquired rights to the drug from Y for $6m" and "may pay up to an additional $20m ... milestones"
                _price_plus_milestones(terms, published, "price-before-milestones")
            if "license" not in deal_types and (
                _SALES & set(deal_types) or _SALE_OR_BUYOUT.search(fold(terms.evidence.get("total_value", "")))
                or _spends_to_buy(terms)
            ):
                _sale_terms(terms, published)
        own_indexes = {s.index for s in own}
        past = [
            _unquoted(s)
            for s in body
            if s.index not in own_indexes and (timeline.is_history(s) or s.index in past_deal)
        ]
        past_indexes = {s.index for s in past}
        elsewhere = [s for s in body if s.index not in own_indexes and s.index not in past_indexes]
        products = _read_products(head, relevant, plain, past, groups, elsewhere, own)
        # rights granted to one party ("Lilly will receive worldwide rights") tell the territory too
        taken = {s.index for s in relevant}
        granted = [
            s for s in plain
            if s.index not in taken and " rights" in s.folded and any(f in s.text for g in groups for f in g.forms)
        ]
        territory, territory_evidence = read_territory(head + relevant + granted)
        undisclosed, undisclosed_evidence = read_undisclosed(
            head + own, has_money=any((terms.upfront, terms.milestones, terms.total_value, terms.equity))
        )

        evidence = dict(terms.evidence)
        if lead:
            evidence["parties"] = lead[0].text
        evidence.update(products.evidence)
        for key, value in (
            ("royalties", royalty_evidence),
            ("territory", territory_evidence),
            ("undisclosed", undisclosed_evidence),
        ):
            if value:
                evidence[key] = value
        judge_confidence(terms, deal_types)
        deal = Deal(
            # the lead's deal sentences say who does what too, even where they are not the deal's own
            parties=tuple(assign_roles(groups, own + head + [s for s in lead if s.index not in own_indexes and
                                                             not s.is_headline], deal_types)),
            deal_types=deal_types,
            modalities=products.modalities,
            upfront=terms.upfront,
            milestones=terms.milestones,
            total_value=terms.total_value,
            equity=terms.equity,
            royalties=royalties,
            assets=tuple(products.assets),
            targets=tuple(products.targets),
            indications=tuple(products.indications),
            territory=territory,
            stage=products.stage,
            undisclosed=tuple(undisclosed),
            uncertain=tuple(terms.uncertain),
            evidence={k: v for k, v in evidence.items() if k not in terms.uncertain},
        )
        if not explain:
            return Extraction(is_deal=True, deal=deal, headline=headline)
        explanation = Explanation(
            sentences=_sentence_kinds(article.sentences, lead, {s.index for s in own}, timeline, past_deal),
            figures=figure_readings(terms),
            field_rules=dict(terms.rules),
            uncertain_why=dict(terms.uncertain),
        )
        return Extraction(is_deal=True, deal=deal, headline=headline, explanation=explanation)

    def _why_not_this_deal(
        self,
        s: Sentence,
        groups: Sequence[PartyGroup],
        timeline: Timeline,
        known: dict[str, bool],
        party_words: set[str],
    ) -> str | None:
        """Not the past, not a separate matter, and no deal with a company that is not a party: None, else which."""
        if _SEPARATE.search(s.folded):
            return "separate"
        if timeline.is_history(s) and (timeline.dates_the_past(s) or not _WILL_PAY.search(s.folded)):
            # "will pay $900 million upfront as part of an amendment to an existing partnership" is this deal's
            return "history"
        # (the amounts read last: the same answer, the cheap tests first)
        if not (announces_deal(s) or "royalt" in s.folded or _DEAL_NAMED.search(s.folded) or states_terms(s)):
            return None  # a sentence that gives no term nor names a deal cannot give another deal's
        def may_be_a_party(name: str) -> bool:
            if name not in known:
                known[name] = not is_named_company(name, self._registry) or _is_party(name, groups, self._registry)
            return known[name]

        opener = _OPENS_WITH_A_COMPANYS_DEAL.search(s.text)
        if opener is not None and not may_be_a_party(opener.group("name")):
            return "another deal"  # "Ostrin's commitment to NB-2 was substantial, with an upfront payment of"
        if all(
            w.lower() in party_words or w.lower() in NOT_COMPANY_WORDS or any(c.isdigit() for c in w)
            for w in _CAPITALISED.findall(s.text)[1:]
        ):
            return None  # every capitalised word after the first is a party's, a common one, or a code
        aside = other_deal_clause_end(s.text)  # "As if collaborations with X and Y weren't enough, ..."
        # (nor the company of an aside dating another deal: ", just months after its purchase of X,")
        for candidate in names_in_sentence(_without_other_deal(s)):
            if candidate.position < aside or candidate.slot in ("reporter", "earlier"):
                continue  # (nor who tells of the deal: "X announced that Y has entered a collaboration with Z"; nor
                # the company of the assets' earlier deal: "candidates covered by a collaboration with Z")
            # "with Swedish Orphan Biovitrum AB": the name with its capitalised descriptor may be the party's
            if not may_be_a_party(candidate.text) and not (
                candidate.alternative and may_be_a_party(candidate.alternative)
            ):
                return "another deal"
        return None


def _this_deals(
    body: Sequence[Sentence],
    groups: Sequence[PartyGroup],
    past_deal: frozenset[int],
    why_not: Callable[[Sentence], str | None],
    topic: frozenset[int] | None = None,
) -> list[Sentence]:
    """This deal's sentences, read in order: those `why_not` keeps, but not those that go on telling a deal of the
    past (`past_deal`), nor those that go on with another deal's terms: after a sentence of a deal with a company
    that is not a party ("Ostrin, meanwhile, had also struck a licensing deal with Brightwell"), the sentences
    with terms or "the deal" that name no party ("Under the agreement, Ostrin would receive $20M upfront") are that
    deal's, until one names a party. In a story about something else that tells the deal beside it (`topic`: "In
    addition to the financing, X and Y entered a collaboration"), only the deal's own topic is read, and a sentence of
    it told as a separate matter ("In a separate announcement, X said it signed") is the deal's."""
    forms = [f for g in groups for f in (*g.forms, g.name) if f]
    own: list[Sentence] = []
    other = False
    for s in body:
        if topic is not None and s.index not in topic:
            continue
        why = why_not(s)
        if why == "separate" and topic is not None:
            why = None  # the deal's own topic told as a matter of its own: "In a separate announcement, X signed"
        if why == "another deal":
            other = True
            continue
        if why is not None or s.index in past_deal:
            continue
        if other:
            if any(f in s.text for f in forms):
                other = False
            elif states_terms(s) or _AGREEMENT_REF.search(s.folded):
                continue
        own.append(s)
    return own


def _sentence_kinds(
    sentences: Sequence[Sentence],
    lead: Sequence[Sentence],
    own: set[int],
    timeline: Timeline,
    past_deal: frozenset[int] = frozenset(),
) -> tuple[SentenceReading, ...]:
    """What each sentence is to the deal: the reading `--explain` prints beside the figures."""
    lead_indexes = {s.index for s in lead}
    out: list[SentenceReading] = []
    for s in sentences:
        kind: SentenceKind
        if s.is_headline:
            kind = "headline"
        elif s.index in own and states_terms(s):
            kind = "terms"
        elif s.index in lead_indexes and s.index in own:
            kind = "lead"  # (a deal sentence that is not this deal's is of another deal or of the past)
        elif s.index in own:
            kind = "quotation" if _QUOTED.fullmatch(s.text.strip()) else "this deal"
        elif timeline.is_history(s) or s.index in past_deal:
            kind = "history"
        else:
            kind = "another deal"
        out.append(SentenceReading(kind=kind, text=s.text))
    return tuple(out)


def _words_within(words: set[str], key: str) -> bool:
    """Each word is one of the key's, or the start of one ("Norvane Bio" within "Norvane Bioscience")."""
    theirs = key.split()
    return all(w in theirs or (len(w) >= 3 and any(t.startswith(w) for t in theirs)) for w in words)


def _is_party(name: str, groups: Sequence[PartyGroup], registry: CompanyRegistry) -> bool:
    """Whether a name is one of the parties: one of their forms, the same key, or the same known company; or two
    parties named together ("with KeyCo and Norvane to take minority stakes")."""
    if any(name in g.forms for g in groups):
        return True
    if " and " in name or " & " in name:
        parts = re.split(r" and | & ", name)
        if len(parts) == 2 and all(_is_party(part, groups, registry) for part in parts):
            return True
    n = normalize(name)
    words = set(n.key.split())
    for group in groups:
        g = normalize(group.name)
        if n.key == g.key or (words and g.key.split()[:1] == n.key.split()[:1] and _words_within(words, g.key)):
            return True
    found = registry.resolve(name)
    if found is None:
        return False
    return any(
        (r := registry.resolve(f)) is not None and r.entity_id == found.entity_id for g in groups for f in g.forms
    )


_NO_PARTY_IN_THE_NEWS = "no sentence that announces the deal names a party"


def _names_a_party(
    top: Sequence[Sentence], lead: Sequence[Sentence], groups: Sequence[PartyGroup], registry: CompanyRegistry
) -> bool:
    """A sentence that announces the deal names one of its parties, or the story's top (headline and first sentences)
    names one that is told a company (known, a company word, or a name of two words: not "Licensing" that opens a
    headline); else the deal words stand among the market's figures ("Most of the money came from upfront fees.")
    and the companies named further down are no deal's."""
    def forms(gs: Sequence[PartyGroup]) -> set[str]:
        return {f.lower().rstrip(".") for g in gs for f in (g.name, *g.forms) if f}

    if any(f in s.folded for s in lead for f in forms(groups)):
        return True
    told = [g for g in groups if len(g.name.split()) >= 2 or is_named_company(g.name, registry)]
    return any(f in s.folded for s in top for f in forms(told))


def _names_two(s: Sentence, groups: Sequence[PartyGroup]) -> bool:
    return sum(1 for g in groups if any(f in s.text for f in g.forms)) >= 2


def _without_other_deal(sentence: Sentence) -> Sentence:
    """The sentence with a clause that dates another deal by the news blanked out (same length): ", months after
    ADC pact with Ostrava" names that deal's product, not this one's."""
    folded = sentence.folded
    if not any(w in folded for w in OTHER_DEAL_AFTER_WORDS):
        return sentence
    spans = [m.span() for m in _OTHER_DEAL_AFTER.finditer(folded)]
    if not spans:
        return sentence
    text = sentence.text
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return Sentence(sentence.index, sentence.start, sentence.end, text, sentence.paragraph, sentence.is_headline)


# The price of a deal for a company: "Kestrel's $3.2 billion deal for Brennar gave it a taste for kidney biotechs"
_PRICE_OF_A_DEAL_FOR = re.compile(
    r"""(?P<price>(?:US\$|\$|€|£|¥)\s?\d[\d.,]*\s?(?:[MmBb]n?|million|billion|bn)?)\s+   # the price
    (?:[\w\-]+\s+){0,2}?(?:deal|acquisition|buyout|takeover|purchase|bid)\s+             # the deal's noun
    (?:for|of|to\s+(?:buy|acquire))\s+(?:the\s+)?                                         # what it buys
    (?P<name>[A-Z][\w\-.&]*(?:\s+[A-Z][\w\-.&]*){0,3})                                  # the company bought""",
    re.VERBOSE,
)


def _without_other_deals_price(sentence: Sentence, groups: Sequence[PartyGroup], registry: CompanyRegistry) -> Sentence:
    """The sentence with the price of a deal for a company that is no party blanked out (same length): another deal's
    figure in this deal's sentence ("Kestrel's $3.2bn deal for Brennar gave it a taste ... it has partnered with Y")."""
    if not any(c in sentence.text for c in "$€£¥"):
        return sentence
    text = sentence.text
    for m in _PRICE_OF_A_DEAL_FOR.finditer(text):
        if not _is_party(m.group("name"), groups, registry) and not _is_party(m.group("name").split()[0], groups,
                                                                              registry):
            text = text[: m.start("price")] + " " * len(m.group("price")) + text[m.end("price") :]
    if text == sentence.text:
        return sentence
    return Sentence(sentence.index, sentence.start, sentence.end, text, sentence.paragraph, sentence.is_headline)


def _unquoted(sentence: Sentence) -> Sentence:
    """The sentence with quoted speech blanked out (same length, so offsets hold)."""
    if not any(mark in sentence.text for mark in ('"', "“", "‘", "'")):
        return sentence
    text = _QUOTED.sub(lambda m: " " * len(m.group(0)), sentence.text)
    return Sentence(sentence.index, sentence.start, sentence.end, text, sentence.paragraph, sentence.is_headline)


def _quoted_only(sentence: Sentence) -> Sentence:
    """The sentence with all but its quoted speech blanked out (same length)."""
    if not any(mark in sentence.text for mark in ('"', "“", "‘", "'")):
        return Sentence(sentence.index, sentence.start, sentence.end, "", sentence.paragraph, sentence.is_headline)
    kept = [" "] * len(sentence.text)
    for m in _QUOTED.finditer(sentence.text):
        kept[m.start() : m.end()] = m.group(0)
    return Sentence(sentence.index, sentence.start, sentence.end, "".join(kept), sentence.paragraph,
                    sentence.is_headline)


@dataclass
class _Products:
    assets: list[str]
    targets: list[str]
    modalities: tuple[Modality, ...]
    indications: list[str]
    stage: str | None
    evidence: dict[str, str]


# A sentence that speaks of the deal's product by its class: "The ADC, called QL-17, targets TROP2", "The drug is
# in phase 2"
_THE_PRODUCT = re.compile(
    r"^(?:The|This|That) (?:[\w\-]+ )?(?:drug|ADC|antibody|asset|candidate|compound|molecule|therapy|program"
    r"|programme|bispecific|vaccine|medicine|product|treatment|degrader|inhibitor|siRNA|CAR-T)s?\b(?:,| is| was"
    r"| targets| binds| has| will| works| acts| uses| showed| could)"
)
# One of the deal's products told by its place in a list the story counts: "The first, dubbed NB-1, is ...", "A second
# candidate, NB-2, is ...", "The third asset NB-3 is ...", "Norvane's most advanced drug, NB-4, is ..." (a code follows)
_AN_ENUMERATED_PRODUCT = re.compile(
    r"""^(?:The|A|An|Its|Their|[A-Z][\w\-]*['’]s?)\s+
        (?:first|second|third|fourth|fifth|other|last|remaining|most\ advanced|lead)\b   # its place in the list
        (?:\s+(?:[\w\-]+\s+){0,2}?(?:drug|asset|candidate|compound|molecule|program|programme|product|therapy))?
        ,?\s+(?:dubbed\s+|called\s+|named\s+|known\ as\s+)?                          # what it is called
        [A-Z][A-Za-z]{0,6}-?\d{2,}""",                                                # a code: "SAR446309", "HRS-7535"
    re.VERBOSE,
)
# A sentence (a subhead, often) that says what the deal takes in: "Acquisition includes NB-328, an investigational
# T-cell engager", "The deal brings Kestrel two approved drugs"
_THE_DEAL_INCLUDES = re.compile(
    r"^(?:The )?(?:[Aa]cquisition|[Dd]eal|[Aa]greement|[Tt]ransaction|[Mm]erger|[Pp]urchase|[Ll]icen[cs]e)"
    r" (?:also )?(?:includes|brings|adds|covers)\b"
)
# A sentence whose subject is the parties and whose verb is what the deal lets them do with a product
_ABOUT_THE_PRODUCTS = re.compile(
    r"(?:\b(?:[Tt]he|[Bb]oth|[Tt]hese) (?:two )?(?:companies|partners|parties)|^They|\bX(?:, [^,;]{5,80},)?)"
    r" (?:will|would|are to|is to|plan to|intend to|also will) (?:also |jointly |now )?"
    r"(?:develop|co-develop|commerciali[sz]e|sell|market|gain|obtain|receive|get|have|take|use|utili[sz]e|leverage"
    r"|apply|access|combine|license|in-license|work on|discover|design|identify|generate)"
)
# a company whose name ends in its class of product: "WuXi Biologics", "Kestrel Biotherapeutics"
_CLASS_NAMED_COMPANY = re.compile(r"\b[A-Z][\w\-]*(?: [A-Z][\w\-]*)? (?:Biologics|Biotherapeutics)\b")
# a past-tense sentence that speaks of this deal: by its definite name, or of what a party would do under it
_THIS_DEAL_IN_PAST = re.compile(
    r"\b(?:[Pp]ursuant to|[Uu]nder) the (?:[A-Z][a-z]+ )?(?:[Aa]greement|[Dd]eal|[Tt]ransaction)\b"
    r"|\b(?:said|says|announced) (?:that )?(?:it|they) would (?:acquire|buy|license|in-license|obtain|gain)\b"
)
_FUTURE_WORDS = (" will ", " would ", " are to ", " is to ", " plan to ", " intend to ")


def _read_products(
    head: list[Sentence],
    relevant: list[Sentence],
    plain: list[Sentence],
    past: list[Sentence],
    groups: Sequence[PartyGroup],
    elsewhere: Sequence[Sentence] = (),
    own: Sequence[Sentence] = (),
) -> _Products:
    """What the deal's products are: assets, targets, modalities, indications, stage, with evidence.

    Read from the headline and the deal's sentences, then from what the story says of the assets found
    there, even in the past tense ("X, an ADC, was approved in May"). When the deal's sentences name no
    asset, the assets are read from the rest of this deal's story; when that names none either, from its
    past-tense sentences that speak of this deal ("Pursuant to the Agreement, ...", "X said it would acquire");
    failing those, from the quoted speech of the deal's sentences (`own`: 'said, "its two products, Foo and Bar"').
    An asset the story first names in a sentence of another deal (`elsewhere`) that names no party is that deal's,
    however the sentences after it that describe it are read.
    """
    party_forms = sorted({f for g in groups for f in (*g.forms, g.name)}, key=len, reverse=True)
    # "It struck a separate deal with X for its anti-tau antibody": another deal's products
    relevant = [s for s in relevant if not tells_of_another_deal(s.text)]
    plain = [s for s in plain if not tells_of_another_deal(s.text)]
    taken = {s.index for s in relevant}
    # "The companies will develop and sell X", "Kestrel will also gain access to X", "The ADC, called X,", "The first,
    # dubbed X, is": the deal's products too
    relevant = relevant + [
        s
        for s in plain
        if s.index not in taken
        and (
            _THE_PRODUCT.match(s.text)
            or _THE_DEAL_INCLUDES.match(s.text)
            or _AN_ENUMERATED_PRODUCT.match(s.text)
            or (any(w in s.text for w in _FUTURE_WORDS) and _ABOUT_THE_PRODUCTS.search(_blanked(s.text, party_forms)))
        )
    ]
    assets = read_assets(head + relevant, head + relevant + plain + past, party_forms, elsewhere)
    if not assets:
        # the deal's sentences name none ("rights to a KRAS inhibitor"): the rest of this deal's story does
        # (not what leads a company's own pipeline: "Heading its pipeline is NB-1"; nor what a company's sales and
        # patents are told of: "faces the loss of patent protection for key products like Foo")
        rest = [s for s in plain if s.index not in taken and not describes_a_pipeline(s.text)
                and not tells_of_sales(s.text)]
        assets = read_assets(rest, head + relevant + plain + past, party_forms)
    if not assets:
        # nor does the rest: what the story's past-tense sentences that speak of this deal name ("Pursuant to the
        # Agreement, X granted rights to its Foo technology", "X said it would acquire rights to Foo")
        this_deal = [s for s in past if _THIS_DEAL_IN_PAST.search(s.text)]
        assets = read_assets(this_deal, head + relevant + plain + past, party_forms) if this_deal else []
    if not assets:
        # nor do those: what the parties say of the deal in its sentences' quoted speech ('said, "Norvane's two
        # products, Foo and Bar, have substantial potential"'), not what leads their pipelines
        spoken = [_quoted_only(s) for s in own]  # read only here: few stories need it
        said = [s for s in spoken if s.text.strip() and not describes_a_pipeline(s.text)]
        assets = read_assets(said, head + relevant + plain + past, party_forms) if said else []
    if elsewhere and assets:
        # (a sentence that names a party is not surely another deal's: "Royalty Partners to acquire an interest in Foo")
        elsewhere = [s for s in elsewhere if not _names_any(s.text, party_forms)]
        kept = [a for a in assets if not _first_named_elsewhere(a, elsewhere, head + relevant + plain + past)]
        # (but a name in brackets right after a kept one is another name of it: "Quelvix® (tolobamate)")
        story = _joined([*head, *relevant, *plain, *past, *elsewhere])
        assets = [a for a in assets if a in kept or any(_named_in_brackets_after(a, k, story) for k in kept)]
    taken = {s.index for s in relevant}
    lowered = [a.lower() for a in assets]
    asset_sentences = [
        s
        for s in (plain + past if lowered else [])
        if s.index not in taken and _names_any(plain_dashes(s.folded), lowered)
    ]
    product_sentences = head + relevant + asset_sentences
    implied = [m for m in (inn_modality(a) for a in assets) if m]
    # what the story's past tells of an asset ("Kestrel licensed its bispecific NB-9 in 2023") counts, but names
    # no product of the deal's own that it alone could take in
    past_indexes = {s.index for s in past}
    told_before = [s for s in asset_sentences if s.index in past_indexes]
    modalities = read_modalities(
        # (not what a company's products brought in: "The vaccine and treatment brought in $16 billion")
        _weighted(head, [s for s in relevant if not reports_sales(s.text)],
                  [s for s in asset_sentences if s.index not in past_indexes], party_forms),
        implied,
        assets,
        [(_blanked(_joined(told_before), party_forms), 1.0)] if told_before else [],
    )
    if not modalities:
        used = taken | {s.index for s in asset_sentences}
        # (not a party's pipeline, nor its sales: "Foo rang up $3 billion in sales")
        rest = [s for s in plain if s.index not in used and not describes_a_pipeline(s.text)
                and not tells_of_sales(s.text)]
        modalities = read_modalities([(_blanked(_joined(rest), party_forms), 1.0)])
    # "an experimental drug ... which works on both PD-L1 and VEGF": an antibody that does is a bispecific
    modalities = with_dual_targets(modalities, [s.text for s in head + relevant])
    stage, stage_evidence = read_stage(product_sentences)
    if stage is None:
        stage, stage_evidence = read_stage(plain)
    background = [s for s in plain if not describes_a_pipeline(s.text)]  # not what leads a party's own pipeline
    targets = read_targets(head + relevant, background, asset_sentences, [*assets, *party_forms])
    evidence: dict[str, str] = {}
    texts = [s.text for s in [*product_sentences, *plain]]
    for name, values in (("assets", assets), ("targets", targets)):
        found = _first_naming(values, texts)
        if found:
            evidence[name] = found
    found = modality_evidence(modalities, texts) if modalities else None
    if found or (modalities and evidence.get("assets")):
        evidence["modalities"] = found or evidence["assets"]  # an INN's stem: the sentence naming the asset
    if stage_evidence:
        evidence["stage"] = stage_evidence
    return _Products(assets, targets, modalities, read_indications(product_sentences), stage, evidence)


_SALES = frozenset({"asset-purchase", "royalty-purchase"})
# a total told as the price of a sale or a buyout: "would sell some of its drugs to Y for a total value of $660m",
# "X To Be Taken Private By Y In $1.9 Bln Deal"
_SALE_OR_BUYOUT = folded_pattern(
    r"\b(?:sell|sells|sold|selling|divest\w*)\b[^$€£¥₹₩;]{0,200}\bfor\b|\btaken private\b|\bgo(?:es|ing)? private\b"
)
# a buyer's spending on a purchase: "will spend about $2.1 billion to buy Y" (the figure, then "to buy" right after)
_SPENDS_TO_BUY = folded_pattern(
    r"\b(?:spend|spends|spent|spending)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?"
    r"[$€£¥₹₩]\s?[\d.,]+\s*(?:million|billion|bn|mn|m|b)?\s+to\s+(?:buy|acquire|purchase)\b"
)


def _spends_to_buy(terms: Terms) -> bool:
    """The total is what a buyer "will spend ... to buy" a company, read by a rule of its own (not the story's lone
    figure, which `confidence` holds unsure outside a purchase)."""
    return terms.rules.get("total_value") != "lone-figure" and _SPENDS_TO_BUY.search(
        fold(terms.evidence.get("total_value", ""))
    ) is not None


def _sale_terms(terms: Terms, published: date | None) -> None:
    """A sale of assets or royalties: its one price is both the cash paid and the whole value ("sold its royalty
    rights to Y for $152 million"); a price "up to" a figure is only the whole value. A price with milestones on
    top ("purchased the royalty stream from Y for $6m" and "may pay up to an additional $20m ... milestones") is
    the upfront, and the total adds them; a price "up to" a figure that takes the milestones in pays the rest at
    closing (`_upfront_as_the_rest`)."""
    if terms.milestones is not None:
        _upfront_as_the_rest(terms, published)
        _price_plus_milestones(terms, published)
        return
    if terms.upfront is None and terms.total_value is not None and "total_value" not in terms.up_to:
        terms.upfront = terms.total_value
        terms.evidence["upfront"] = terms.evidence["total_value"]
        terms.rules["upfront"] = "sale-price-is-upfront"
    elif terms.total_value is None and terms.upfront is not None and not _paid_in_parts(terms.evidence["upfront"]):
        terms.total_value = terms.upfront
        terms.evidence["total_value"] = terms.evidence["upfront"]
        terms.rules["total_value"] = "sale-price-is-total"


def _paid_in_parts(sentence: str) -> bool:
    """"will pay us (i) $20.0 million at the closing, (ii) $5.0 million on or before April 1": the sum paid at
    closing is one of the sentence's payments, so the whole price is not stated."""
    return len([m for m in find_money(sentence) if not m.is_conversion and m.per_unit is None]) > 1


# a part of a price paid after closing: "and a deferred payment of $1.5 billion", "in two instalments"
_LATER_PART = folded_pattern(
    r"\b(?:deferred|instal{1,2}ments?|anniversary|thereafter)\b|\bpayable (?:in|on|upon|by)\b"
)


def _pays_the_rest_later(sentence: str) -> bool:
    """The price's sentence pays a part of it later ("$15bn at closing and a deferred payment of $1.5bn"): the
    cash at closing is not the whole price (not "an equity value of $658m and $540m in enterprise value": two
    measures of one price)."""
    return _LATER_PART.search(fold(sentence)) is not None and _paid_in_parts(sentence)


def _acquisition_terms(terms: Terms, text: str, published: date | None) -> None:
    """M&A: the price is paid at closing; a CVR's total is what the headline value adds to that price;
    milestones on top of a price ("acquire X for $200M ... up to $745M in milestones") add to it. A price said to
    include milestones it gives no figure for ("for up to €1bn, including an upfront payment and additional payments
    if ... milestones are achieved") is the whole value only: the upfront is uncertain ("price-holds-milestones"),
    and so is the upfront of a price "up to" a figure ("a deal valued at up to $1.3bn for the acquisition of NB-7":
    some of it is paid later, if at all; "price-up-to")."""
    _upfront_as_the_rest(terms, published)
    if terms.upfront is None and terms.milestones is None and terms.total_value is not None:
        if any(_PRICE_HOLDS_MILESTONES.search(fold(sentence)) for sentence in _restating(terms, "total_value")):
            terms.uncertain.setdefault("upfront", "price-holds-milestones")
            return
        if "total_value" in terms.up_to:
            terms.uncertain.setdefault("upfront", "price-up-to")
            return
    if (
        terms.upfront is None
        and terms.milestones is None
        and terms.total_value is not None
        and not _CVR.search(text)
        and not _BRINGS_THE_TOTAL.search(fold(terms.evidence.get("total_value", "")))
    ):
        terms.upfront = terms.total_value
        terms.evidence["upfront"] = terms.evidence["total_value"]
        terms.rules["upfront"] = "acquisition-price-is-upfront"
        return
    if terms.milestones is None and (terms.upfront is None) != (terms.total_value is None):
        # "for an aggregate consideration of $300m plus one CVR per share" (the CVR valued nowhere): the figure is
        # the cash at closing and, with no CVR total, the whole value the story gives
        given: MoneyField = "upfront" if terms.upfront is not None else "total_value"
        if _cvr_on_top(terms, given):
            other: MoneyField = "total_value" if given == "upfront" else "upfront"
            setattr(terms, other, getattr(terms, given))
            terms.evidence[other] = terms.evidence[given]
            terms.rules[other] = f"price-plus-cvr-is-{'total' if other == 'total_value' else 'upfront'}"
    if terms.milestones is None and _CVR.search(text):
        milestones_as_the_rest(terms, published)
        return
    if (
        terms.total_value is None
        and terms.milestones is None
        and terms.upfront is not None
        and terms.equity is None
        and not _pays_the_rest_later(terms.evidence["upfront"])
    ):
        # "for $45.00 per share in cash, for a total equity value of $1.2 billion": the price is the whole value
        # (not the cash at closing of "$15bn at closing and a deferred payment of $1.5bn": a part of the price)
        terms.total_value = terms.upfront
        terms.evidence["total_value"] = terms.evidence["upfront"]
        terms.rules["total_value"] = "acquisition-price-is-total"
        return
    # "acquire X for $200M ... and up to $745M in milestones": the price is the upfront, the total adds them
    _price_plus_milestones(terms, published)


# the price's own words, or the milestones', that say the price takes them in: "The deal includes potential milestone
# payments of up to $750 million", "for up to $2.5bn, including milestones of up to $750m"
_INCLUDES_THE_MILESTONES = folded_pattern(r"\b(?:the )?(?:deal|price|transaction|agreement|consideration|total)"
                                          r"(?: also)? includ(?:es|ing)\b|\bincluding (?:potential )?milestone")


def _upfront_as_the_rest(terms: Terms, published: date | None) -> None:
    """A price "up to" a figure that takes in milestones the story states ("to buy a drug from Y for up to $2.5bn ...
    The deal includes potential milestone payments of up to $750m") pays the rest at closing: the upfront is the
    price less the milestones (rule "upfront-as-the-rest")."""
    total, milestones = terms.total_value, terms.milestones
    if (
        terms.upfront is not None or total is None or milestones is None or "total_value" not in terms.up_to
        or total.currency != milestones.currency or total.amount <= milestones.amount
        or not _INCLUDES_THE_MILESTONES.search(fold(terms.evidence.get("milestones", "")))
    ):
        return
    terms.upfront = money_difference(total, milestones, published)
    terms.evidence["upfront"] = terms.evidence.get("milestones", "")
    terms.rules["upfront"] = "upfront-as-the-rest"


def _restating(terms: Terms, field: MoneyField) -> list[str]:
    """The field's own sentence and those that restate its figure ("The €1bn total financial consideration also
    includes contingent ... milestone payments")."""
    money = getattr(terms, field)
    out = [terms.evidence.get(field, "")]
    if money is not None:
        out += [
            f.sentence.text for f in terms.found
            if f.mention.currency == money.currency and f.mention.amount * f.multiplier == money.amount
        ]
    return list(dict.fromkeys(out))


def _cvr_on_top(terms: Terms, field: MoneyField) -> bool:
    """Whether the field's sentence gives its figure with a CVR on top ("$300 million plus one CVR per share")."""
    total, sentence = getattr(terms, field), terms.evidence.get(field, "")
    if total is None or not total.amount_text or _CVR.search(sentence) is None:
        return False
    folded = fold(sentence)
    at = sentence.find(total.amount_text)
    return at >= 0 and _PRICE_PLUS_CVR.match(folded, at + len(total.amount_text)) is not None


def _price_plus_milestones(
    terms: Terms, published: date | None, rule: str = "acquisition-price-is-upfront"
) -> None:
    """A price paid for a company or for rights, with milestones on top: the price is the upfront."""
    price, milestones = terms.total_value, terms.milestones
    if (
        terms.upfront is None
        and price is not None
        and milestones is not None
        and price.currency == milestones.currency
        and _PRICE.search(fold(terms.evidence.get("total_value", "")))
    ):
        terms.upfront = price
        terms.evidence["upfront"] = terms.evidence["total_value"]
        terms.rules["upfront"] = rule
        terms.total_value = money_sum([price, milestones], published)
        terms.rules["total_value"] = "price-plus-milestones"


def _first_naming(values: Sequence[str], texts: Sequence[str]) -> str | None:
    for text in texts:
        lower = text.lower()
        if any(v.lower() in lower for v in values):
            return text
    return None


def _first_named_elsewhere(asset: str, elsewhere: Sequence[Sentence], own: Sequence[Sentence]) -> bool:
    """Whether the story first names `asset` in a sentence of another deal ("Halvard has licensed Foo to Brightmoor"
    before "Foo is a small molecule ...")."""
    name = asset.lower()
    first_other = min((s.index for s in elsewhere if name in plain_dashes(s.folded)), default=None)
    if first_other is None:
        return False
    first_own = min((s.index for s in own if name in plain_dashes(s.folded)), default=None)
    return first_own is None or first_other < first_own


def _named_in_brackets_after(alias: str, asset: str, text: str) -> bool:
    """Whether `text` gives `alias` in brackets right after `asset`: "Quelvix® (tolobamate)"."""
    return re.search(rf"{re.escape(asset)}[®™]?\s*\([^()]*?{re.escape(alias)}", text) is not None


def _joined(sentences: Sequence[Sentence]) -> str:
    return "\n".join(s.text for s in sentences)


def _weighted(
    head: list[Sentence], relevant: list[Sentence], asset_sentences: list[Sentence], party_forms: Sequence[str]
) -> list[tuple[str, float]]:
    """Sentences to read modalities in, joined by weight: headline 3, first two deal sentences 2, others 1;
    the parties' names blanked ("Kestrel Biologics" names no biologic)."""
    out = [("\n".join(s.text for s in head), 3.0), ("\n".join(s.text for s in relevant[:2]), 2.0)]
    out.append(("\n".join(s.text for s in [*relevant[2:], *asset_sentences]), 1.0))
    return [(_blanked(text, party_forms), weight) for text, weight in out if text]


def _names_any(text: str, names: Sequence[str]) -> bool:
    return any(n in text for n in names)


def _blanked(text: str, names: Sequence[str]) -> str:
    """`text` with each of `names` (longest first) replaced by "X" (a name's words are not the products'), and
    any other company named by its class of product ("Samsung Biologics")."""
    for name in names:
        if name and name in text:
            text = text.replace(name, "X")
    return _CLASS_NAMED_COMPANY.sub("X", text) if "Bio" in text else text


@lru_cache(maxsize=1)
def _default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, *, url: str | None = None, published: date | None = None, explain: bool = False) -> Extraction:
    """The deal an article reports, with the built-in company registry; with `explain`, also how each figure
    and sentence was read (`Extraction.explanation`)."""
    return _default_extractor().extract(text, url=url, published=published, explain=explain)
