"""Fixed once, everywhere: after a person corrects a deal, retracts it or merges it into another, every
message that showed it is updated in place with `chat.update`.

Rules:
- The messages are the alerts' cards and thread replies (each delivery's recorded posts,
  `Delivery.posts`) and the summaries replied in watched channels' threads (`Store.deal_messages`).
  A post begun and never recorded (no ts) cannot be updated and is left alone; a digest names many deals
  in one message and is left as sent.
- Each message shows the deal as it now stands: a card as a card, a thread reply or summary as the full
  summary, with a mark saying who did what ("corrected by @x", "withdrawn by @x: not a deal", "same deal
  as #N, merged by @x"). A withdrawn deal's messages lose their menu (there is nothing left to correct).
- The updates go through the client given, which paces calls per channel as other sends are
  (`bot.delivery.PacedClient`); one that Slack refuses or that fails is logged and the others still go.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack import cards
from bot.store import Store, StoredDeal

ShownAs = Literal["card", "summary"]
_DELIVERIES = 500
"""Deliveries of one deal read for its posts: more subscribers than this is beyond any one workspace."""
_log = logging.getLogger("dealbot.slack.card_updates")


class ShownMessage(BaseModel):
    """A message showing a deal: where it is, and whether it is a card or a full summary."""

    model_config = ConfigDict(frozen=True)

    channel: str
    ts: str
    shown_as: ShownAs


class Updated(BaseModel):
    model_config = ConfigDict(frozen=True)

    updated: int = 0
    failed: int = 0


def shown_messages(store: Store, deal_id: int) -> list[ShownMessage]:
    """Every recorded message that shows the deal, each once."""
    return list(dict.fromkeys(_shown(store, deal_id)))


def _shown(store: Store, deal_id: int) -> Iterator[ShownMessage]:
    for delivery in store.deliveries(deal_id=deal_id, limit=_DELIVERIES):
        for post in delivery.posts:
            if post.channel is not None and post.ts is not None:
                shown_as: ShownAs = "card" if post.step == "card" else "summary"
                yield ShownMessage(channel=post.channel, ts=post.ts, shown_as=shown_as)
    for message in store.deal_messages(deal_id):
        yield ShownMessage(channel=message.channel, ts=message.ts, shown_as="summary")


class CardUpdater:
    def __init__(self, store: Store, client: WebClient) -> None:
        self._store = store
        self._client = client

    def update(self, deal_ids: tuple[int, ...], shown: StoredDeal, mark: str, *, menu: bool = True) -> Updated:
        """Update the messages of each deal in `deal_ids` to show `shown` with `mark` (mrkdwn)."""
        card = cards.compact_card(shown, menu=menu, mark=mark)
        summary = cards.summary_card(shown, menu=menu, mark=mark)
        updated = failed = 0
        for deal_id in deal_ids:
            for message in shown_messages(self._store, deal_id):
                made = card if message.shown_as == "card" else summary
                try:
                    self._client.chat_update(
                        channel=message.channel, ts=message.ts, text=made.text, blocks=made.blocks_json()
                    )
                except (SlackApiError, OSError) as error:
                    failed += 1
                    _log.warning(
                        "message showing a corrected deal not updated",
                        extra={"deal_id": deal_id, "channel": message.channel, "ts": message.ts,
                               "error": _code(error)},
                    )  # fmt: skip
                    continue
                updated += 1
        _log.info(
            "messages of a corrected deal updated",
            extra={"deal_ids": list(deal_ids), "shown_deal_id": shown.id, "updated": updated, "failed": failed},
        )
        return Updated(updated=updated, failed=failed)


def _code(error: SlackApiError | OSError) -> str:
    if isinstance(error, SlackApiError):
        return str(error.response.get("error") or error.response.status_code)
    return type(error).__name__
