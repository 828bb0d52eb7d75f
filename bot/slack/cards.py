"""Deals as Slack messages (Block Kit, built with `slack_sdk.models.blocks`), always with a plain-text
fallback, and always inside Slack's limits (`bot.slack.limits`) whatever the deal holds."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    Option,
    OverflowMenuElement,
    PlainTextObject,
    SectionBlock,
)

from bot.slack import limits, messages
from bot.store import SourceRef, StoredDeal
from bot.summary import headline, modality_name, money_text, royalties_text
from extraction.models import MONEY_FIELDS, Deal

MORE_ACTION = "deals_more"
CHOOSE_ACTION_PREFIX = "deals_choose_"
"""Buttons of a company choice: this prefix and the button's place (action ids are unique in a block)."""
DEAL_MENU_ACTION = "deal_menu"
"""The overflow menu of a deal's card and summary: fix a term, not a deal, same deal as another."""
MenuAction = Literal["fix", "retract", "merge"]
_MENU_LABELS: dict[MenuAction, str] = {
    "fix": messages.MENU_FIX, "retract": messages.MENU_RETRACT, "merge": messages.MENU_MERGE,
}  # fmt: skip
_EVIDENCE_CHARS = 400
_OPENING_QUOTES = '"“'
_CLOSING_QUOTES = '"”'
_LIST_LINE_CHARS = 600
_FIELD_LABELS = {
    "parties": "Parties",
    "deal_types": "Type",
    "modalities": "Modality",
    "upfront": "Upfront",
    "milestones": "Milestones",
    "total_value": "Total value",
    "equity": "Equity",
    "royalties": "Royalties",
    "assets": "Assets",
    "targets": "Targets",
    "indications": "Indications",
    "territory": "Territory",
    "stage": "Stage",
}


class Card(BaseModel):
    """One Slack message: `text` is what notifications show, `blocks` what the channel shows."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    text: str
    blocks: tuple[Block, ...] = ()

    def blocks_json(self) -> list[dict[str, Any]]:
        return [block.to_dict() for block in self.blocks]

    def block_text_chars(self) -> int:
        return _text_chars(self.blocks_json())


class MorePage(BaseModel):
    """What the "More deals" button asks for: the same listing from `cursor` on."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    company: str | None = None
    unsettled: bool = False
    """`company` is a name of several companies: the deals that name it without saying which."""
    modality: str | None = None
    subject: str
    cursor: str


class CompanyPick(BaseModel):
    """What a button of a company choice asks for: the chosen company's deals, or to follow it; or, with
    `unsettled`, the deals that name `company` (a name of several companies) without saying which."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    action: Literal["deals", "follow"]
    company: str
    channel: str | None = None
    unsettled: bool = False


class MenuChoice(BaseModel):
    """What an option of a deal's menu asks for, and of which deal (its value: `fix:12`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    action: MenuAction
    deal_id: int


def deal_menu(deal_id: int) -> OverflowMenuElement:
    """The menu of a deal's messages: one option per correction a person can make."""
    options = [
        Option(text=PlainTextObject(text=clip(label, limits.OPTION_TEXT_CHARS)), value=f"{action}:{deal_id}")
        for action, label in _MENU_LABELS.items()
    ]
    return OverflowMenuElement(action_id=DEAL_MENU_ACTION, options=options[: limits.OVERFLOW_OPTIONS])


def menu_choice(value: str) -> MenuChoice | None:
    action, _, deal = value.partition(":")
    try:
        return MenuChoice.model_validate({"action": action, "deal_id": deal})
    except ValueError:
        return None


def escape(text: str) -> str:
    """Text from articles or users, safe in mrkdwn (Slack's three control characters)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def deal_headline(deal: Deal) -> str:
    return headline(deal)


def compact_card(stored: StoredDeal, *, menu: bool = False, mark: str | None = None) -> Card:
    """The alert: one headline line and the deal's kind, stage and first-seen date; with `menu`, the deal's
    menu beside the headline; `mark` (mrkdwn, e.g. who corrected it) ends the context line."""
    title = deal_headline(stored.deal)
    context = escape(_context_line(stored)) + (f" · {mark}" if mark else "")
    blocks: list[Block] = [
        SectionBlock(
            text=MarkdownTextObject(text=clip("*" + escape(title) + "*", limits.SECTION_TEXT_CHARS)),
            accessory=deal_menu(stored.id) if menu else None,
        ),
        ContextBlock(elements=[MarkdownTextObject(text=clip(context, 2000))]),
    ]
    return Card(text=clip(title, limits.NOTIFICATION_TEXT_CHARS), blocks=tuple(blocks))


def summary_card(
    stored: StoredDeal, note: str | None = None, *, menu: bool = False, mark: str | None = None
) -> Card:
    """The full summary: when it was announced (its earliest article's date, when known), every term, the
    sentence each came from, and the sources; with `menu`, the deal's menu last; `mark` (mrkdwn, e.g. who
    corrected it) ends the context line."""
    deal = stored.deal
    title = deal_headline(deal)
    budget = _Budget(limits.MESSAGE_BLOCK_TEXT_CHARS - 200, limits.MESSAGE_BLOCKS - (1 if menu else 0))
    budget.add(HeaderBlock(text=PlainTextObject(text=clip(title, limits.HEADER_TEXT_CHARS))))
    dated = [s.published for s in stored.sources if s.published is not None]
    context = escape(" · ".join(x for x in (messages.announced(min(dated)) if dated else None, note) if x))
    if mark:
        context = f"{context} · {mark}" if context else mark
    if context:
        budget.add(ContextBlock(elements=[MarkdownTextObject(text=clip(context, 2000))]))
    fields = [f"*{label}*\n{escape(value)}" for label, value in _terms(deal)]
    field_limit = max(60, (limits.MESSAGE_BLOCK_TEXT_CHARS // 2) // max(1, len(fields)))
    fields = [clip(f, min(limits.SECTION_FIELD_CHARS, field_limit)) for f in fields]
    for start in range(0, len(fields), limits.SECTION_FIELDS):
        chunk = fields[start : start + limits.SECTION_FIELDS]
        budget.add(SectionBlock(fields=[MarkdownTextObject(text=f) for f in chunk]))
    evidence: dict[str, list[str]] = {}
    for field, sentence in deal.evidence.items():
        if sentence:
            evidence.setdefault(sentence, []).append(_FIELD_LABELS.get(field, field.replace("_", " ")))
    if evidence:
        budget.add(DividerBlock())
    left = 0
    for sentence, labels in evidence.items():
        quoted = escape(clip(_unquoted(sentence), _EVIDENCE_CHARS))
        text = f"*{clip(', '.join(labels), 200)}*: “{quoted}”"
        if not budget.add(ContextBlock(elements=[MarkdownTextObject(text=text)]), reserve=400):
            left += 1
    if left:
        budget.add(ContextBlock(elements=[MarkdownTextObject(text=f"…and {left} more evidence sentences")]))
    sources = _sources(stored.sources)
    if sources:
        budget.add(ContextBlock(elements=[MarkdownTextObject(text=clip("Sources: " + sources, 2000))]))
    text = clip(messages.FULL_SUMMARY_FALLBACK.format(headline=title), limits.NOTIFICATION_TEXT_CHARS)
    blocks = list(budget.blocks)
    if menu:
        blocks.append(ActionsBlock(elements=[deal_menu(stored.id)]))
    return Card(text=text, blocks=tuple(blocks))


def deal_list(subject: str, deals: Sequence[StoredDeal], more: MorePage | None) -> Card:
    """A listing for `/deals`: one line of key terms per deal, newest first, and a button for more."""
    title = messages.deals_title(subject)
    if not deals:
        return Card(text=messages.no_deals(subject))
    budget = _Budget(limits.MESSAGE_BLOCK_TEXT_CHARS - 500, limits.MESSAGE_BLOCKS - 1)
    budget.add(SectionBlock(text=MarkdownTextObject(text=clip("*" + escape(title) + "*", 2000))))
    for stored in deals:
        line = f"*{escape(deal_headline(stored.deal))}*\n{escape(_context_line(stored))}"
        budget.add(SectionBlock(text=MarkdownTextObject(text=clip(line, _LIST_LINE_CHARS))))
    blocks = list(budget.blocks)
    if more is not None:
        value = more.model_dump_json(exclude_none=True)
        if len(value) <= limits.BUTTON_VALUE_CHARS:
            blocks.append(
                ActionsBlock(
                    elements=[ButtonElement(text=messages.MORE_BUTTON, action_id=MORE_ACTION, value=value)]
                )
            )
    lines = [title, *(f"• {deal_headline(d.deal)}" for d in deals)]
    return Card(text=clip("\n".join(lines), limits.NOTIFICATION_TEXT_CHARS), blocks=tuple(blocks))


def company_choice(
    name: str,
    choices: Sequence[str],
    action: Literal["deals", "follow"],
    channel: str | None,
    unsettled: bool = False,
) -> Card:
    """The question for a name of several companies ("Merck"): one button per company, which runs the
    query or the follow for it, and, when some deals name it without saying which (`unsettled`), one
    that lists those; the fallback text gives the commands to type instead."""
    picks = [CompanyPick(action=action, company=c, channel=channel) for c in choices[: limits.ACTIONS_ELEMENTS - 1]]
    if unsettled:
        picks.append(CompanyPick(action="deals", company=name, unsettled=True))
    buttons = [
        ButtonElement(
            text=clip(_pick_label(pick), limits.BUTTON_TEXT_CHARS),
            action_id=f"{CHOOSE_ACTION_PREFIX}{i}",
            value=value,
        )
        for i, pick in enumerate(picks)
        if len(value := pick.model_dump_json(exclude_defaults=True)) <= limits.BUTTON_VALUE_CHARS
    ]
    question = messages.company_choice(name, choices, action, channel, unsettled)
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=clip(question, limits.SECTION_TEXT_CHARS)))]
    if buttons:
        blocks.append(ActionsBlock(elements=buttons))
    return Card(text=clip(question, limits.NOTIFICATION_TEXT_CHARS), blocks=tuple(blocks))


def _pick_label(pick: CompanyPick) -> str:
    return messages.unsettled_button(pick.company) if pick.unsettled else pick.company


def company_pick(value: str) -> CompanyPick | None:
    try:
        return CompanyPick.model_validate_json(value)
    except ValueError:
        return None


def more_page(value: str) -> MorePage | None:
    try:
        return MorePage.model_validate_json(value)
    except ValueError:
        return None


def text_card(text: str) -> Card:
    return Card(
        text=clip(text, limits.NOTIFICATION_TEXT_CHARS),
        blocks=(SectionBlock(text=MarkdownTextObject(text=clip(text, limits.SECTION_TEXT_CHARS))),),
    )


def _unquoted(sentence: str) -> str:
    """The sentence without the quote marks around it when it is wholly a quotation, so the card
    does not show it quoted twice; a sentence with quotes inside is left as written."""
    text = sentence.strip()
    if len(text) > 2 and text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES:
        inner = text[1:-1]
        if not any(mark in inner for mark in _OPENING_QUOTES + _CLOSING_QUOTES):
            return inner
    return text


def _context_line(stored: StoredDeal) -> str:
    deal = stored.deal
    parts = []
    if deal.deal_types:
        parts.append(", ".join(deal.deal_types))
    if deal.stage:
        parts.append(deal.stage)
    if deal.targets:
        parts.append(", ".join(deal.targets[:5]))
    if deal.indications:
        parts.append(", ".join(deal.indications[:3]))
    parts.append(f"first seen {stored.first_seen:%Y-%m-%d}")
    parts.append(f"#{stored.id}")
    return clip(" · ".join(parts), 1000)


def _terms(deal: Deal) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if deal.parties:
        rows.append(("Parties", "; ".join(messages.party(p.name, p.role, p.candidates) for p in deal.parties)))
    if deal.deal_types:
        rows.append(("Type", ", ".join(deal.deal_types)))
    if deal.modalities:
        rows.append(("Modality", ", ".join(modality_name(m) for m in deal.modalities)))
    for field in MONEY_FIELDS:
        shown = money_text(deal, field)
        if shown is not None:
            rows.append((_FIELD_LABELS[field], shown))
    royalties = royalties_text(deal)
    if royalties is not None:
        rows.append(("Royalties", royalties))
    for label, values in (("Assets", deal.assets), ("Targets", deal.targets), ("Indications", deal.indications)):
        if values:
            rows.append((label, ", ".join(values)))
    if deal.territory:
        rows.append(("Territory", deal.territory))
    if deal.stage:
        rows.append(("Stage", deal.stage))
    return rows


def _sources(sources: Sequence[SourceRef]) -> str:
    shown = []
    for source in sources[:10]:
        if source.kind == "url":
            label = escape(clip(source.title or source.ref, 80)).replace("|", "¦")
            shown.append(f"<{source.ref}|{label}>" if len(source.ref) < 500 else label)
        elif source.kind == "slack":
            linked = source.url is not None and len(source.url) < 500 and "|" not in source.url
            shown.append(f"<{source.url}|{messages.SLACK_SOURCE}>" if linked else messages.SLACK_SOURCE)
        else:
            shown.append(escape(clip(source.title or source.ref.rsplit("/", 1)[-1], 80)))
    if len(sources) > 10:
        shown.append(f"and {len(sources) - 10} more")
    return ", ".join(shown)


class _Budget:
    """Blocks added while the message stays within the block count and the whole-message text budget."""

    def __init__(self, chars: int, count: int) -> None:
        self.blocks: list[Block] = []
        self._chars = chars
        self._count = count
        self._used = 0

    def add(self, block: Block, reserve: int = 0) -> bool:
        size = _text_chars([block.to_dict()])
        if len(self.blocks) >= self._count - (1 if reserve else 0) or self._used + size > self._chars - reserve:
            return False
        self.blocks.append(block)
        self._used += size
        return True


def _text_chars(value: Any) -> int:
    """All text in block JSON: what Slack counts towards its whole-message limit."""
    if isinstance(value, dict):
        return sum(len(v) if k == "text" and isinstance(v, str) else _text_chars(v) for k, v in value.items())
    if isinstance(value, list):
        return sum(_text_chars(v) for v in value)
    return 0


def dumps(card: Card) -> str:
    return json.dumps(card.blocks_json(), ensure_ascii=False)
