"""App Home: the user's direct-message alerts as checkboxes by modality plus a minimum value, saved on
every change, and the latest deals.

Rules:
- The tab shows all the user's modality subscriptions (by DM, naming modalities and no company): a box is
  ticked when any of them names its modality. Every subscription of the user's is listed below, with its id.
- Ticking a box adds one subscription for that modality alone (instant, with the minimum shown);
  unticking one takes that modality out of each subscription naming it, in place, and removes those left
  with none. The other subscriptions are not touched: their ids and settings stay.
- The minimum is set on all those subscriptions at once; it shows as chosen when they share it.
- What changed is read from the action (the one checkbox group or the select acted on), compared with
  what is stored, not from the whole tab's state, which may be older than the store.
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
_GROUPS = tuple(MODALITIES[i : i + limits.CHECKBOX_OPTIONS] for i in range(0, len(MODALITIES), limits.CHECKBOX_OPTIONS))
_MIN_CHOICES: tuple[tuple[str, Decimal | None], ...] = (
    (messages.HOME_MIN_ANY, None),
    ("$50m", Decimal(50_000_000)),
    ("$100m", Decimal(100_000_000)),
    ("$500m", Decimal(500_000_000)),
    ("$1bn", Decimal(1_000_000_000)),
)
_LATEST = 8


def modality_subscriptions(subs: Sequence[Subscription]) -> list[Subscription]:
    """The subscriptions the tab's boxes stand for: by DM, naming modalities and no company."""
    return [sub for sub in subs if sub.subscriber.kind == "user" and sub.modalities and not sub.companies]


def view(store: Store, user: str, now: datetime, notice: str | None = None) -> View:
    """The user's Home tab; `notice` (a change that could not be saved, say) is shown under its title."""
    subs = store.subscriptions(Subscriber(kind="user", id=user))
    mine = modality_subscriptions(subs)
    chosen = {m for sub in mine for m in sub.modalities}
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=messages.HOME_TITLE))]
    if notice:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=f":warning: {notice}")))
    blocks.append(SectionBlock(text=MarkdownTextObject(text=messages.HOME_MODALITIES)))
    for group, modalities in enumerate(_GROUPS):
        options = [Option(value=m, text=modality_name(m)) for m in modalities]
        initial = [o for o in options if o.value in chosen]
        element = CheckboxesElement(
            action_id=f"{MODALITY_ACTION_PREFIX}{group}", options=options, initial_options=initial or None
        )
        blocks.append(ActionsBlock(block_id=f"home_modalities_block_{group}", elements=[element]))
    min_options = [Option(value=str(value or "any"), text=label) for label, value in _MIN_CHOICES]
    shared = {sub.min_usd for sub in mine}
    current = next(
        (o for o, (_l, v) in zip(min_options, _MIN_CHOICES, strict=True) if len(shared) <= 1 and {v} >= shared), None
    )
    select = StaticSelectElement(
        action_id=MIN_ACTION, options=min_options, initial_option=current,
        placeholder=None if current else messages.home_min_mixed(shared),
    )  # fmt: skip
    blocks.append(SectionBlock(block_id="home_min_block", text=MarkdownTextObject(text=messages.HOME_MIN),
                               accessory=select))  # fmt: skip
    if subs:
        lines = [messages.subscription_line(s, messages.where(None), now) for s in subs]
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


def save(
    store: Store, user: str, actions: Sequence[dict[str, Any]], state_values: dict[str, Any], now: datetime
) -> None:
    """Apply the Home tab's `actions` (a `block_actions` payload's) to the user's modality subscriptions;
    `state_values` (its `view.state.values`) gives the minimum for a newly ticked modality."""
    subscriber = Subscriber(kind="user", id=user)
    for action in actions:
        action_id = str(action.get("action_id") or "")
        mine = modality_subscriptions(store.subscriptions(subscriber))
        if action_id == MIN_ACTION:
            chosen = _min_value((action.get("selected_option") or {}).get("value"))
            for sub in mine:
                store.set_subscription_min(sub.id, chosen)
            continue
        group = action_id.removeprefix(MODALITY_ACTION_PREFIX)
        if not action_id.startswith(MODALITY_ACTION_PREFIX) or not group.isdigit() or int(group) >= len(_GROUPS):
            continue
        ticked = {modality_of(str(o.get("value", ""))) for o in action.get("selected_options") or []}
        shown = {m for sub in mine for m in sub.modalities}
        for modality in _GROUPS[int(group)]:
            if modality in ticked and modality not in shown:
                new = NewSubscription(
                    subscriber=subscriber, modalities=(modality,), min_usd=_state_min(state_values), created_by=user
                )
                store.add_subscription(new, now)
            elif modality not in ticked and modality in shown:
                _untick(store, subscriber, mine, modality)


def _untick(store: Store, subscriber: Subscriber, mine: Sequence[Subscription], modality: Modality) -> None:
    for sub in mine:
        if modality not in sub.modalities:
            continue
        rest = tuple(m for m in sub.modalities if m != modality)
        if rest:
            store.set_subscription_modalities(sub.id, rest)
        else:
            store.remove_subscription(sub.id, subscriber)


def _state_min(state_values: dict[str, Any]) -> Decimal | None:
    block = state_values.get("home_min_block")
    state = block.get(MIN_ACTION) if isinstance(block, dict) else None
    return _min_value(((state or {}).get("selected_option") or {}).get("value") if isinstance(state, dict) else None)


def _min_value(value: object) -> Decimal | None:
    choices = {str(v): v for _label, v in _MIN_CHOICES if v is not None}
    return choices.get(str(value)) if value is not None else None
