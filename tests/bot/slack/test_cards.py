"""Cards stay inside Slack's limits for any input, and always carry a plain-text fallback."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import get_args

import pytest

from bot.slack import cards, limits
from bot.store import SourceRef, StoredDeal
from bot.summary import MODALITY_NAMES
from extraction import extract
from extraction.models import Deal, Modality, Money, Party

NOW = datetime(2026, 3, 2, tzinfo=UTC)
MANIFEST = Path(__file__).resolve().parents[3] / "manifest.yml"


def _stored(deal: Deal, sources: int = 1) -> StoredDeal:
    refs = tuple(SourceRef(kind="url", ref=f"https://news.example/{i}", title="T" * 300) for i in range(sources))
    return StoredDeal(id=7, deal=deal, first_seen=NOW, updated=NOW, reported_on=NOW.date(), sources=refs)


def _check(card: cards.Card) -> None:
    blocks = card.blocks_json()  # slack_sdk validates each block's own limits here
    assert card.text and len(card.text) <= limits.NOTIFICATION_TEXT_CHARS
    assert len(blocks) <= limits.MESSAGE_BLOCKS
    assert card.block_text_chars() <= limits.MESSAGE_BLOCK_TEXT_CHARS
    for block in blocks:
        if block["type"] == "section":
            assert len(block.get("fields", [])) <= limits.SECTION_FIELDS
            assert all(len(f["text"]) <= limits.SECTION_FIELD_CHARS for f in block.get("fields", []))
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= limits.HEADER_TEXT_CHARS


def test_huge_deals_fit() -> None:
    long_name = "Extraordinarily Long Name Biotherapeutics Holdings International " * 6
    deal = Deal(
        parties=tuple(Party(name=f"{long_name} {i}", role="partner") for i in range(20)),
        modalities=("car-t", "adc"),
        upfront=Money(amount=Decimal("1e9"), currency="EUR", usd=Decimal("1.1e9")),
        assets=tuple(f"ASSET-{i}" * 20 for i in range(200)),
        evidence={f"field_{i}": "A sentence about <terms> & money. " * 200 for i in range(60)},
    )
    for card in (cards.summary_card(_stored(deal, 50), "note"), cards.compact_card(_stored(deal))):
        _check(card)
    _check(cards.deal_list("x" * 5000, [_stored(deal)] * 40, cards.MorePage(subject="s", cursor="c" * 100)))


def test_five_megabyte_paste_gives_a_card_within_limits() -> None:
    seed = next((Path(__file__).resolve().parents[3] / "seeds").glob("000*.txt")).read_text()
    text = seed + ("\n" + "Filler paragraph about the sector and its many partners. " * 40) * 2000
    assert len(text) > 5_000_000 // 2
    extraction = extract(text[:5_000_000])
    assert extraction.deal is not None
    _check(cards.summary_card(_stored(extraction.deal)))


def test_user_text_is_escaped() -> None:
    deal = Deal(parties=(Party(name="<!channel> & Co", role="partner"),))
    blocks = str(cards.compact_card(_stored(deal)).blocks_json())
    assert "<!channel>" not in blocks and "&lt;!channel&gt; &amp; Co" in blocks


def test_manifest_declares_what_the_app_uses() -> None:
    text = MANIFEST.read_text()
    assert re.search(r"command: /deals\b", text)
    for scope in ("commands", "chat:write", "channels:history", "im:history", "im:write", "links:read",
                  "links:write", "app_mentions:read", "users:read", "channels:read", "groups:read"):
        assert re.search(rf"^\s+- {re.escape(scope)}$", text, re.MULTILINE), scope
    for event in ("message.channels", "app_mention", "app_home_opened", "link_shared"):
        assert re.search(rf"^\s+- {event}$", text, re.MULTILINE), event
    assert "home_tab_enabled: true" in text and "socket_mode_enabled: true" in text
    assert re.search(r"interactivity:\n\s+is_enabled: true", text)


def _evidence_lines(card: cards.Card) -> list[str]:
    return [
        element["text"]
        for block in card.blocks_json()
        if block["type"] == "context"
        for element in block["elements"]
        if "*Upfront*" in element["text"]
    ]


def test_a_wholly_quoted_sentence_is_not_quoted_twice() -> None:
    quoted = '"The terms include an upfront payment of $10m," said the chief executive.'
    for sentence, shown in (
        ('"The terms include an upfront payment of $10m."', "“The terms include an upfront payment of $10m.”"),
        ("“The terms include an upfront payment of $10m.”", "“The terms include an upfront payment of $10m.”"),
        (quoted, f"“{cards.escape(quoted)}”"),
    ):
        deal = Deal(parties=(Party(name="A", role="partner"),), evidence={"upfront": sentence})
        assert _evidence_lines(cards.summary_card(_stored(deal))) == [f"*Upfront*: {shown}"]


def _field_rows(card: cards.Card) -> dict[str, str]:
    rows: dict[str, str] = {}
    for block in card.blocks_json():
        for f in block.get("fields", []):
            label, _, value = f["text"].partition("\n")
            rows[label.strip("*")] = value
    return rows


def test_an_uncertain_figure_says_see_the_article_and_shows_no_number() -> None:
    deal = Deal(
        parties=(Party(name="Kestrel Pharma", role="licensee"), Party(name="Norvane Bio", role="licensor")),
        upfront=Money(amount=Decimal("10e6"), currency="USD", usd=Decimal("10e6")),
        uncertain=("milestones", "total_value"),
    )
    rows = _field_rows(cards.summary_card(_stored(deal)))
    assert rows["Upfront"] == "$10m"
    assert rows["Milestones"] == "see the article"
    assert rows["Total value"] == "see the article"
    assert "up to" not in cards.compact_card(_stored(deal)).text


def test_the_headline_sends_the_reader_to_the_article_when_no_figure_is_sure() -> None:
    deal = Deal(parties=(Party(name="Kestrel Pharma", role="acquirer"),), uncertain=("total_value",))
    assert "value: see the article" in cards.compact_card(_stored(deal)).text
    sure = Deal(parties=deal.parties)
    assert "see the article" not in cards.compact_card(_stored(sure)).text


def test_modalities_are_shown_by_their_names() -> None:
    deal = Deal(
        parties=(Party(name="Kestrel Pharma", role="licensee"), Party(name="Norvane Bio", role="licensor")),
        modalities=("mrna", "car-t", "adc", "small-molecule"),
    )
    headline = cards.compact_card(_stored(deal)).text
    assert "mRNA, CAR-T, ADC, small molecule" in headline and "MRNA" not in headline
    assert _field_rows(cards.summary_card(_stored(deal)))["Modality"] == "mRNA, CAR-T, ADC, small molecule"


def test_every_modality_has_a_name() -> None:
    assert set(MODALITY_NAMES) == set(get_args(Modality))


@pytest.mark.parametrize(
    ("published", "note", "context"),
    [
        ((date(2024, 3, 1), None, date(2024, 1, 8)), "New deal stored.", "Announced 8 January 2024 · New deal stored."),
        ((date(2024, 1, 8),), None, "Announced 8 January 2024"),
        ((None, None), "New deal stored.", "New deal stored."),
        ((None,), None, None),
    ],
)
def test_the_summary_says_when_the_deal_was_announced(
    published: tuple[date | None, ...], note: str | None, context: str | None
) -> None:
    deal = Deal(parties=(Party(name="Kestrel Bio", role="licensor"), Party(name="Norvane", role="licensee")))
    sources = tuple(
        SourceRef(kind="url", ref=f"https://news.example/{i}", published=day) for i, day in enumerate(published)
    )
    stored = StoredDeal(id=7, deal=deal, first_seen=NOW, updated=NOW, reported_on=NOW.date(), sources=sources)
    blocks = cards.summary_card(stored, note).blocks_json()
    shown = [b["elements"][0]["text"] for b in blocks[1:2] if b["type"] == "context"]
    assert shown == ([context] if context else [])


def test_a_party_the_article_leaves_open_shows_the_companies_it_may_be() -> None:
    deal = Deal(
        parties=(
            Party(name="Merck", role="licensee", candidates=("Merck & Co.", "Merck KGaA")),
            Party(name="Corvane Bio", role="licensor"),
        )
    )
    card = cards.summary_card(_stored(deal))
    _check(card)
    text = cards.dumps(card)
    assert "Merck (licensee; Merck & Co. or Merck KGaA: the article does not say which)" in text.replace("&amp;", "&")
    assert "Corvane Bio (licensor)" in text


def test_a_company_choice_fits_for_any_number_of_companies() -> None:
    names = [f"Merck Unit {i} " + "X" * 90 for i in range(40)]
    card = cards.company_choice("merck", names, "follow", "C1", unsettled=True)
    _check(card)
    (actions,) = [b for b in card.blocks_json() if b["type"] == "actions"]
    assert len(actions["elements"]) == limits.ACTIONS_ELEMENTS
    assert all(len(e["text"]["text"]) <= limits.BUTTON_TEXT_CHARS for e in actions["elements"])
    assert len({e["action_id"] for e in actions["elements"]}) == limits.ACTIONS_ELEMENTS


def test_a_slack_message_source_links_to_its_permalink_when_known() -> None:
    deal = Deal(parties=(Party(name="Kestrel Pharma", role="licensee"),))
    link = "https://test.slack.com/archives/C1/p1700000000000100"
    for source, shown in (
        (SourceRef(kind="slack", ref="C1/1700000000.000100", url=link), f"Sources: <{link}|a Slack message>"),
        (SourceRef(kind="slack", ref="C1/1700000000.000100"), "Sources: a Slack message"),
        (SourceRef(kind="slack", ref="C1/1.2", url="https://test.slack.com/x|y"), "Sources: a Slack message"),
    ):
        stored = StoredDeal(id=7, deal=deal, first_seen=NOW, updated=NOW, reported_on=NOW.date(), sources=(source,))
        blocks = cards.summary_card(stored).blocks_json()
        texts = [e["text"] for b in blocks if b["type"] == "context" for e in b["elements"]]
        assert shown in texts, texts
