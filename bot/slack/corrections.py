"""Corrections from Slack: the menu on a deal's card and summary (*Fix a term*, *Not a deal*, *Same deal
as…*), its modals and what their submissions do.

Rules:
- A menu choice is acknowledged first; a modal is then opened at once with the interaction's
  `trigger_id` (it expires `limits.TRIGGER_SECONDS` after the click).
- Only correctors (`bot.slack.correctors`) may correct: anyone else is told why in an ephemeral message
  (in a modal where there is no conversation), and a submission by them is refused on the form.
- *Fix a term* (`bot.slack.fix_form`): a form that the deal's terms cannot hold is answered with
  `response_action: errors`, each message on its field, so the edit is kept; otherwise each changed field
  is recorded as one correction (`Store.correct`) by the Slack user and team, and the modal closes; a form
  sent with nothing changed stays open and says so.
- *Not a deal* retracts the deal at once (`Store.retract`: its queued alerts are cancelled).
- *Same deal as…* offers the recent deals of its companies (newest first, at most `limits.SELECT_OPTIONS`)
  in a static select; the submission merges this deal into the one chosen (`Store.merge_deals`).
- Once anything is recorded, every message that showed the deal is updated (`bot.slack.card_updates`),
  the corrector's App Home is refreshed, and the deliveries the correction queued (subscribers the deal
  matches only now) are sent at once; left unsent, the sender's next run sends them.
- Each interaction is handled once: a menu choice by its user and `action_ts`, a submission by its view id
  (`bot.slack.dedupe`); a submission answered with errors gives its key up, so the corrected form is
  handled. Every correction is logged, structured, with no values and no tokens.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import (
    Block,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.slack import cards, dedupe, fix_form, home, limits, messages
from bot.slack.alerts import AlertSender
from bot.slack.card_updates import CardUpdater
from bot.slack.correctors import Correctors, CorrectorsUnknown
from bot.store import (
    CannotCorrect,
    Corrected,
    CorrectionInput,
    Corrector,
    DealQuery,
    InvalidCorrection,
    StorageUnavailable,
    Store,
    StoredDeal,
    StoreError,
)

MERGE_VIEW = "deal_merge"
MERGE_BLOCK = "into"
MERGE_ACTION = "deal"
_RECENT_PER_COMPANY = 30
_MENTIONABLE = re.compile(r"^[UW][A-Z0-9]{2,30}$")
_log = logging.getLogger("dealbot.slack.corrections")


class CorrectionsUI:
    def __init__(
        self,
        store: Store,
        client: WebClient,
        updater: CardUpdater,
        correctors: Correctors,
        alerts: AlertSender,
        clock: Callable[[], datetime],
    ) -> None:
        self._store = store
        self._client = client
        self._updater = updater
        self._correctors = correctors
        self._alerts = alerts
        self._clock = clock

    # --- the menu ------------------------------------------------------------------------------------

    def menu(self, body: dict[str, Any], action: dict[str, Any]) -> None:
        """A choice of a deal's menu (acknowledged already): open its modal, or retract the deal."""
        selected = action.get("selected_option") or {}
        choice = cards.menu_choice(str(selected.get("value") or ""))
        if choice is None:
            return
        user, _team = _who(body)
        refusal = self._refusal(user)
        if refusal is not None:
            self._tell(body, refusal)
            return
        key = f"slack-action:{user}:{action.get('action_ts') or body.get('trigger_id')}"
        with dedupe.handling(self._store, key, self._clock) as first:
            if not first:
                return
            try:
                if choice.action == "retract":
                    self._retract(body, choice.deal_id)
                    return
                stored = self._store.get_deal(choice.deal_id)
                if stored is None or stored.merged_into is not None:
                    gone = (
                        messages.DEAL_GONE
                        if stored is None
                        else messages.cannot_correct(
                            f"it was merged into deal {stored.merged_into}; correct deal {stored.merged_into}"
                        )
                    )
                    self._tell(body, gone)
                    return
                view = fix_form.view(stored) if choice.action == "fix" else self._merge_view(stored)
                self._client.views_open(trigger_id=str(body.get("trigger_id")), view=view)
            except StorageUnavailable as fault:
                _log.error("deal menu not carried out", extra={"storage_fault": fault.reason, "user": user})
                self._tell(body, messages.not_read(fault.reason))

    def _retract(self, body: dict[str, Any], deal_id: int) -> None:
        user, team = _who(body)
        try:
            done = self._store.retract(deal_id, Corrector(user_id=user, team_id=team), self._clock())
        except CannotCorrect as refused:
            self._tell(body, messages.cannot_correct(str(refused)))
            return
        _logged("deal retracted from Slack", done, user, team, ())
        self._after(user, (deal_id,), done, messages.withdrawn_by(_mention(user)), menu=False)

    # --- fix a term ----------------------------------------------------------------------------------

    def fix_submitted(self, ack: Ack, body: dict[str, Any]) -> None:
        user, team = _who(body)
        view = body.get("view") or {}
        deal_id = _deal_id(view)
        refusal = self._refusal(user)
        if refusal is not None or deal_id is None:
            ack(response_action="errors", errors={"parties": refusal or messages.DEAL_GONE})
            return
        key = f"slack-view:{view.get('id')}"
        if not self._store.claim_event(key, self._clock(), dedupe.LEASE):
            ack()  # this very submission is handled, or being handled: nothing twice
            return
        done: list[Corrected] = []
        try:
            problems = self._fix(deal_id, view, Corrector(user_id=user, team_id=team), done)
        except StorageUnavailable as fault:
            _log.error("correction not saved", extra={"storage_fault": fault.reason, "user": user})
            problems = {"parties": messages.not_saved(fault.reason)}
        except BaseException:
            self._store.release_event(key)
            raise
        if not problems and not done:
            problems = {"parties": messages.NOTHING_CHANGED}  # said, not a form closed without a word
        if problems:
            self._store.release_event(key)  # the form stays open, to be corrected and sent again
            ack(response_action="errors", errors=problems)
        else:
            self._store.finish_event(key, self._clock())
            ack(response_action="clear")
        if done:
            _logged("deal corrected from Slack", done[-1], user, team, tuple(d.correction.field for d in done))
            self._after(user, (deal_id,), done[-1], messages.corrected_by(_mention(user)), enqueued=done)

    def _fix(self, deal_id: int, view: dict[str, Any], by: Corrector, done: list[Corrected]) -> dict[str, str]:
        """Record the form's changes, into `done`; the problems by field (none when all were recorded)."""
        stored = self._store.get_deal(deal_id)
        if stored is None:
            return {"parties": messages.DEAL_GONE}
        values = (view.get("state") or {}).get("values") or {}
        try:
            changes = fix_form.changes(stored, values)
        except fix_form.InvalidCorrections as invalid:
            return invalid.problems
        for change in changes:
            try:
                done.append(
                    self._store.correct(
                        deal_id, CorrectionInput(field=change.field, value=change.value, by=by), self._clock()
                    )
                )
            except InvalidCorrection as error:
                return {error.field: error.reason}
            except CannotCorrect as refused:
                return {change.field: messages.cannot_correct(str(refused))}
        return {}

    # --- same deal as… -------------------------------------------------------------------------------

    def _merge_view(self, stored: StoredDeal) -> View:
        candidates = self._recent_of_companies(stored)
        title = PlainTextObject(text=cards.clip(messages.MERGE_TITLE, limits.MODAL_TITLE_CHARS))
        close = PlainTextObject(text=cards.clip(messages.MODAL_CLOSE, limits.MODAL_TITLE_CHARS))
        headline = cards.clip(f"*#{stored.id}* {cards.escape(cards.deal_headline(stored.deal))}", 2000)
        blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=headline))]
        if not candidates:
            blocks.append(SectionBlock(text=MarkdownTextObject(text=messages.MERGE_NONE)))
            return View(type="modal", callback_id=MERGE_VIEW, title=title, close=close, blocks=blocks)
        options = [
            Option(
                text=PlainTextObject(
                    text=cards.clip(
                        messages.deal_option(cards.deal_headline(d.deal), d.first_seen, d.id), limits.OPTION_TEXT_CHARS
                    )
                ),
                value=str(d.id),
            )
            for d in candidates
        ]
        blocks.append(SectionBlock(text=MarkdownTextObject(text=messages.MERGE_INTRO)))
        blocks.append(
            InputBlock(
                block_id=MERGE_BLOCK,
                label=PlainTextObject(text=messages.MERGE_CHOICE),
                element=StaticSelectElement(action_id=MERGE_ACTION, options=options),
            )
        )
        return View(
            type="modal", callback_id=MERGE_VIEW, private_metadata=str(stored.id), title=title, close=close,
            submit=PlainTextObject(text=cards.clip(messages.MERGE_SUBMIT, limits.MODAL_TITLE_CHARS)), blocks=blocks,
        )  # fmt: skip

    def _recent_of_companies(self, stored: StoredDeal) -> list[StoredDeal]:
        found: dict[int, StoredDeal] = {}
        for party in stored.deal.parties:
            try:
                page = self._store.deals(DealQuery(company=party.name, limit=_RECENT_PER_COMPANY))
            except StoreError:  # a name of several companies, or none: its deals are not "its company's"
                continue
            for deal in page.items:
                if deal.id != stored.id:
                    found.setdefault(deal.id, deal)
        newest = sorted(found.values(), key=lambda d: (d.first_seen, d.id), reverse=True)
        return newest[: limits.SELECT_OPTIONS]

    def merge_submitted(self, ack: Ack, body: dict[str, Any]) -> None:
        user, team = _who(body)
        view = body.get("view") or {}
        deal_id = _deal_id(view)
        refusal = self._refusal(user)
        if refusal is not None or deal_id is None:
            ack(response_action="errors", errors={MERGE_BLOCK: refusal or messages.DEAL_GONE})
            return
        chosen = ((((view.get("state") or {}).get("values") or {}).get(MERGE_BLOCK) or {}).get(MERGE_ACTION)) or {}
        into = _int((chosen.get("selected_option") or {}).get("value"))
        if into is None:
            ack(response_action="errors", errors={MERGE_BLOCK: messages.MERGE_CHOICE})
            return
        key = f"slack-view:{view.get('id')}"
        if not self._store.claim_event(key, self._clock(), dedupe.LEASE):
            ack()
            return
        try:
            done = self._store.merge_deals(deal_id, into, Corrector(user_id=user, team_id=team), self._clock())
        except (CannotCorrect, StorageUnavailable) as refused:
            self._store.release_event(key)
            text = (
                messages.cannot_correct(str(refused))
                if isinstance(refused, CannotCorrect)
                else (messages.not_saved(refused.reason))
            )
            ack(response_action="errors", errors={MERGE_BLOCK: text})
            return
        except BaseException:
            self._store.release_event(key)
            raise
        self._store.finish_event(key, self._clock())
        ack(response_action="clear")
        _logged("deal merged from Slack", done, user, team, ())
        mark = messages.merged_by(_mention(user), done.deal.id)
        self._after(user, (deal_id, done.deal.id), done, mark, enqueued=[done])

    # --- after a change ------------------------------------------------------------------------------

    def _after(
        self, user: str, deal_ids: tuple[int, ...], done: Corrected, mark: str, *, menu: bool = True,
        enqueued: list[Corrected] | None = None,
    ) -> None:  # fmt: skip
        """Update every message of the deals, refresh the corrector's Home, send what the change queued."""
        self._updater.update(deal_ids, done.deal, mark, menu=menu)
        try:
            self._client.views_publish(user_id=user, view=home.view(self._store, user, self._clock()))
        except (SlackApiError, StorageUnavailable, OSError) as error:
            reason = type(error).__name__
            _log.warning("home tab not refreshed after a correction", extra={"user": user, "error": reason})
        if any(d.enqueued for d in enqueued or ()):
            try:
                self._alerts.send_due()
            except StorageUnavailable as fault:  # queued: the sender's next run sends them
                _log.error("alerts of a corrected deal not sent now", extra={"storage_fault": fault.reason})

    def _refusal(self, user: str) -> str | None:
        try:
            return None if self._correctors.allows(user) else messages.NOT_A_CORRECTOR
        except CorrectorsUnknown:
            return messages.CORRECTORS_UNKNOWN

    def _tell(self, body: dict[str, Any], text: str) -> None:
        """An ephemeral message to the person where they clicked; a modal when there is no conversation."""
        user, _team = _who(body)
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        try:
            if channel:
                self._client.chat_postEphemeral(channel=str(channel), user=user, text=text)
                return
            notice = View(
                type="modal", title=PlainTextObject(text=cards.clip(messages.FIX_TITLE, limits.MODAL_TITLE_CHARS)),
                close=PlainTextObject(text=messages.MODAL_CLOSE),
                blocks=[SectionBlock(text=MarkdownTextObject(text=cards.clip(text, limits.SECTION_TEXT_CHARS)))],
            )  # fmt: skip
            self._client.views_open(trigger_id=str(body.get("trigger_id")), view=notice)
        except SlackApiError as error:
            _log.warning("refusal not told", extra={"user": user, "error": error.response.get("error")})


def _who(body: dict[str, Any]) -> tuple[str, str]:
    person = body.get("user") or {}
    team = person.get("team_id") or (body.get("team") or {}).get("id") or "unknown"
    return str(person.get("id")), str(team)


def _mention(user: str) -> str:
    return f"<@{user}>" if _MENTIONABLE.match(user) else "someone"


def _deal_id(view: dict[str, Any]) -> int | None:
    return _int(view.get("private_metadata"))


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def _logged(what: str, done: Corrected, user: str, team: str, fields: tuple[str, ...]) -> None:
    _log.info(
        what,
        extra={"deal_id": done.correction.deal_id, "shown_deal_id": done.deal.id, "user_id": user, "team_id": team,
               "fields": list(fields), "enqueued": len(done.enqueued), "cancelled": len(done.cancelled)},
    )  # fmt: skip
