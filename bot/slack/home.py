"""App Home: the user's direct-message alerts as checkboxes by modality plus a minimum value, saved on
every change, and the latest deals.

The Home tab edits one subscription of the user's: the oldest by-DM one that names modalities and no
company (made here when there is none). Other subscriptions are listed but left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    CheckboxesElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    Option,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.slack import cards, limits, messages
from bot.slack.commands import MODALITIES, modality_of
from bot.store import DealQuery, NewSubscription, Store, Subscriber, Subscription
from bot.summary import modality_name
from extraction.models import Modality

MODALITY_ACTION_PREFIX = "home_modalities_"
MIN_ACTION = "home_min"
_MIN_CHOICES: tuple[tuple[str, Decimal | None], ...] = (
    (messages.HOME_MIN_ANY, None),
    ("$50m", Decimal(50_000_000)),
    ("$100m", Decimal(100_000_000)),
    ("$500m", Decimal(500_000_000)),
    ("$1bn", Decimal(1_000_000_000)),
)
_LATEST = 8


def home_subscription(subs: Sequence[Subscription]) -> Subscription | None:
    for sub in subs:
        if sub.subscriber.kind == "user" and sub.modalities and not sub.companies:
            return sub
    return None


def view(store: Store, user: str, now: datetime, notice: str | None = None) -> View:
    """The user's Home tab; `notice` (a change that could not be saved, say) is shown under its title."""
    subs = store.subscriptions(Subscriber(kind="user", id=user))
    mine = home_subscription(subs)
    chosen = set(mine.modalities) if mine else set()
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=messages.HOME_TITLE))]
    if notice:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=f":warning: {notice}")))
    blocks.append(SectionBlock(text=MarkdownTextObject(text=messages.HOME_MODALITIES)))
    for group, start in enumerate(range(0, len(MODALITIES), limits.CHECKBOX_OPTIONS)):
        options = [Option(value=m, text=modality_name(m)) for m in MODALITIES[start : start + limits.CHECKBOX_OPTIONS]]
        initial = [o for o in options if o.value in chosen]
        element = CheckboxesElement(
            action_id=f"{MODALITY_ACTION_PREFIX}{group}", options=options, initial_options=initial or None
        )
        blocks.append(ActionsBlock(block_id=f"home_modalities_block_{group}", elements=[element]))
    min_options = [Option(value=str(value or "any"), text=label) for label, value in _MIN_CHOICES]
    current = next(
        (o for o, (_l, v) in zip(min_options, _MIN_CHOICES, strict=True) if mine and v == mine.min_usd), None
    )
    blocks.append(
        SectionBlock(
            block_id="home_min_block",
            text=MarkdownTextObject(text=messages.HOME_MIN),
            accessory=StaticSelectElement(
                action_id=MIN_ACTION, options=min_options, initial_option=current or min_options[0]
            ),
        )
    )
    others = [s for s in subs if mine is None or s.id != mine.id]
    if others:
        lines = [messages.subscription_line(s, messages.where(None), now) for s in others]
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=cards.clip("\n".join(lines), 2000))]))
    blocks += [DividerBlock(), HeaderBlock(text=PlainTextObject(text=messages.HOME_LATEST))]
    latest = store.deals(DealQuery(limit=_LATEST)).items
    if not latest:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=messages.HOME_NONE)))
    for stored in latest:
        blocks.extend(cards.compact_card(stored).blocks)
    return View(type="home", blocks=blocks[: limits.VIEW_BLOCKS])


def fault_view(notice: str) -> View:
    """The Home tab when the store cannot even be read: the title and what went wrong."""
    return View(
        type="home",
        blocks=[
            HeaderBlock(text=PlainTextObject(text=messages.HOME_TITLE)),
            SectionBlock(text=MarkdownTextObject(text=f":warning: {notice}")),
        ],
    )


def save(store: Store, user: str, state_values: dict[str, Any], now: datetime) -> Subscription | None:
    """Store the Home tab's choices (its `view.state.values`) as the user's Home subscription."""
    modalities: list[Modality] = []
    min_usd: Decimal | None = None
    for block in state_values.values():
        if not isinstance(block, dict):
            continue
        for action_id, state in block.items():
            if not isinstance(state, dict):
                continue
            if action_id.startswith(MODALITY_ACTION_PREFIX):
                for option in state.get("selected_options") or []:
                    modality = modality_of(str(option.get("value", "")))
                    if modality is not None:
                        modalities.append(modality)
            elif action_id == MIN_ACTION:
                selected = (state.get("selected_option") or {}).get("value")
                min_usd = Decimal(selected) if selected and selected != "any" else None
    subscriber = Subscriber(kind="user", id=user)
    old = home_subscription(store.subscriptions(subscriber))
    if old is not None:
        store.remove_subscription(old.id, subscriber)
    if not modalities:
        return None
    return store.add_subscription(
        NewSubscription(
            subscriber=subscriber,
            modalities=tuple(dict.fromkeys(modalities)),
            min_usd=min_usd,
            mode=old.mode if old else "instant",
            cadence=old.cadence if old else None,
            paused_until=old.paused_until if old else None,
        ),
        now,
    )
