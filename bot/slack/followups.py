"""Telling a later report's additions in the threads of the alerts already sent: "Endpoints News adds:
$35m upfront" (`bot.store.followups` decides which alerts; this module words and posts the replies).

The report is named by its outlet: the name `OUTLETS` gives its web address's domain, else the domain
itself ("biotechnews.example"); a Slack message is "A Slack message", a file its name. The additions are
the deal's figures and terms as it shows them now, for the fields the report added. A reply Slack refuses
is logged with its error and not posted again (`bot.store.followups`: a missing follow-up is better than a
repeated one).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack import messages
from bot.store import Followup, Store
from bot.summary import format_money, royalties_text
from extraction.models import MONEY_FIELDS, Deal

OUTLETS: dict[str, str] = {
    "fiercebiotech.com": "Fierce Biotech",
    "fiercepharma.com": "Fierce Pharma",
    "endpts.com": "Endpoints News",
    "biospace.com": "BioSpace",
    "statnews.com": "STAT",
    "biopharmadive.com": "BioPharma Dive",
    "pharmaphorum.com": "pharmaphorum",
    "businesswire.com": "Business Wire",
    "prnewswire.com": "PR Newswire",
    "globenewswire.com": "GlobeNewswire",
    "reuters.com": "Reuters",
    "bloomberg.com": "Bloomberg",
    "evaluate.com": "Evaluate Vantage",
    "labiotech.eu": "Labiotech",
    "koreabiomed.com": "Korea Biomedical Review",
    "pharmatimes.com": "PharmaTimes",
    "genengnews.com": "GEN",
    "bioworld.com": "BioWorld",
}
"""Trade-press and wire domains and the names their readers know them by (each outlet's own masthead)."""
_MONEY_WORDS = {"upfront": "{} upfront", "milestones": "{} in milestones", "total_value": "a total of up to {}",
                "equity": "{} in equity"}  # fmt: skip
_log = logging.getLogger("dealbot.slack.followups")


def outlet(source_kind: str, ref: str, title: str | None = None) -> str:
    """What a reader calls the report: its outlet, a Slack message, or a file's name."""
    if source_kind == "slack":
        return messages.FOLLOWUP_SLACK_SOURCE
    if source_kind != "url":
        return (title or ref.rsplit("/", 1)[-1])[:80]
    host = (urlsplit(ref).hostname or ref).lower().removeprefix("www.")
    return next((name for domain, name in OUTLETS.items() if host == domain or host.endswith("." + domain)), host)


def additions(deal: Deal, fields: tuple[str, ...]) -> list[str]:
    """The deal's terms, as it shows them, for the `fields` a report added."""
    told = []
    for field in fields:
        if field in MONEY_FIELDS and (money := deal.money(field)) is not None:
            told.append(_MONEY_WORDS[field].format(format_money(money)))
        elif field == "royalties" and (royalties := royalties_text(deal)):
            told.append(f"royalties: {royalties}")
        elif field == "territory" and deal.territory:
            told.append(f"territory: {deal.territory}")
        elif field == "stage" and deal.stage:
            told.append(f"stage: {deal.stage}")
    return told


def tell(store: Store, client: WebClient, clock: Callable[[], datetime], limit: int = 100) -> int:
    """Post the due follow-ups in their alerts' threads; returns how many were posted."""
    posted = 0
    for followup in store.due_followups(clock(), limit):
        stored = store.get_deal(followup.deal_id)
        told = additions(stored.deal, followup.fields) if stored is not None and stored.retracted is None else []
        if not told or not store.begin_followup(followup.id, followup.delivery_id, clock()):
            continue
        posted += _post(store, client, clock, followup, told)
    return posted


def _post(store: Store, client: WebClient, clock: Callable[[], datetime], followup: Followup, told: list[str]) -> int:
    source = followup.source
    text = messages.followup(outlet(source.kind, source.ref, source.title), told)
    try:
        response = client.chat_postMessage(
            channel=followup.channel, thread_ts=followup.thread_ts, text=text, unfurl_links=False, unfurl_media=False
        )
    except (SlackApiError, OSError) as error:
        code = error.response.get("error") if isinstance(error, SlackApiError) else type(error).__name__
        where = {"deal_id": followup.deal_id, "delivery_id": followup.delivery_id}
        _log.warning("follow-up not posted", extra={**where, "error": code})
        return 0
    ts = response.get("ts")
    store.record_followup(followup.id, followup.delivery_id, ts if isinstance(ts, str) else None, clock())
    _log.info("follow-up posted", extra={"deal_id": followup.deal_id, "delivery_id": followup.delivery_id})
    return 1
