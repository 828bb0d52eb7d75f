"""`create_app(settings, store)`: the Slack app (slack-bolt) over the extractor, the registry and the store.

Every Web API call goes to `settings.slack_api_url` when set. Requests are signature-checked
(`bot.slack.signing`; bad, stale or unreadable: 401); each event is handled once (`bot.slack.dedupe`), and
recorded as handled only when its handling is done, so that Slack's retry of a failed one is handled again;
rate-limited calls are retried after Slack's `Retry-After` (`RateLimitErrorRetryHandler`). Commands are
answered in their acknowledgement; events are acknowledged first and handled after.

When the database fails (`StorageUnavailable`: read-only, its file gone, ...) the user is told so — a
command in its answer, a Home tab change on the tab, a pasted article in its thread — and the fault is
logged with its reason; Slack still gets a proper acknowledgement, never an HTTP 500.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.delivery import paced_client
from bot.settings import Settings
from bot.slack import cards, dedupe, fix_form, home, messages
from bot.slack.alerts import AlertSender
from bot.slack.answers import Answers
from bot.slack.card_updates import CardUpdater
from bot.slack.commands import AddSource, ChangeSource, Follow, Pause, Resume, Subscribe, Unsubscribe, parse
from bot.slack.corrections import MERGE_VIEW, CorrectionsUI
from bot.slack.correctors import Correctors
from bot.slack.files import FileDownloader
from bot.slack.inputs import Download
from bot.slack.permissions import ChannelAuthority, lookup_client
from bot.slack.signing import SignedRequests
from bot.slack.unfurl import Unfurler
from bot.slack.watch import Fetch, Watcher
from bot.store import StorageUnavailable, Store

COMMAND = "/deals"
WRITING_COMMANDS = (Subscribe, Follow, Unsubscribe, Pause, Resume, AddSource, ChangeSource)
"""Commands that change what is stored: a storage fault makes their answer "I couldn't save that"."""
_log = logging.getLogger("dealbot.slack")


def _utcnow() -> datetime:
    return datetime.now(UTC)


def web_client(settings: Settings) -> WebClient:
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    client = WebClient(token=token, base_url=settings.slack_api_url or WebClient.BASE_URL)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return client


def create_app(
    settings: Settings,
    store: Store,
    *,
    clock: Callable[[], datetime] = _utcnow,
    fetch: Fetch | None = None,
    client: WebClient | None = None,
    download: Download | None = None,
) -> App:
    """`fetch` reads linked articles (none when None); `download` the files shared in watched channels, by
    default from Slack with the bot token. The updates of corrected deals' messages are paced per channel
    (`bot.delivery.PacedClient`), through `client` when one is given."""
    updates = client or paced_client(settings)
    client = client or web_client(settings)
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else None
    app = App(
        signing_secret=secret,
        client=client,
        token_verification_enabled=False,
        request_verification_enabled=False,
        logger=_log,
    )
    if secret is not None:
        app.use(SignedRequests(secret))  # Bolt's own check answers 500 to a timestamp that is not a number
    alerts = AlertSender(store, client, clock)
    if download is None:
        token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
        download = FileDownloader(token, api_url=settings.slack_api_url, timeout=settings.feed_timeout_seconds)
    watcher = Watcher(
        store, client, alerts, clock, fetch, download, max_age=timedelta(days=settings.news_max_age_days)
    )
    unfurler = Unfurler(store, client, clock, fetch)
    corrections = CorrectionsUI(
        store, client, CardUpdater(store, updates), Correctors(client, settings.corrector_ids()), alerts, clock
    )
    answers = Answers(
        store, ChannelAuthority(lookup_client(client)), allow_private_sources=settings.feed_allow_private_addresses
    )

    @app.command(COMMAND)
    def _deals(ack: Ack, command: dict[str, Any]) -> None:
        parsed = parse(str(command.get("text") or ""))
        try:
            card = answers.run(parsed, str(command.get("user_id")), clock(), channel=command.get("channel_id"))
        except StorageUnavailable as fault:
            writing = isinstance(parsed, WRITING_COMMANDS)
            _storage_fault("command not carried out", fault, command=parsed.kind, user=command.get("user_id"))
            card = cards.text_card(messages.not_saved(fault.reason) if writing else messages.not_read(fault.reason))
        except Exception:  # a bug: the user gets an answer, never Slack's generic failure
            _log.exception("command failed", extra={"command": parsed.kind, "user": command.get("user_id")})
            card = cards.text_card(messages.COMMAND_FAILED)
        ack(text=card.text, blocks=card.blocks_json(), response_type="ephemeral")

    @app.action(cards.MORE_ACTION)
    def _more(ack: Ack, action: dict[str, Any], respond: Respond) -> None:
        ack()
        page = cards.more_page(str(action.get("value") or ""))
        if page is None:
            return
        try:
            card = answers.listing(page)
        except StorageUnavailable as fault:
            _storage_fault("more deals not listed", fault)
            card = cards.text_card(messages.not_read(fault.reason))
        respond(text=card.text, blocks=card.blocks_json(), response_type="ephemeral", replace_original=False)

    @app.action(re.compile(f"^{cards.CHOOSE_ACTION_PREFIX}\\d+$"))
    def _choose(ack: Ack, action: dict[str, Any], body: dict[str, Any], respond: Respond) -> None:
        ack()
        pick = cards.company_pick(str(action.get("value") or ""))
        user = str((body.get("user") or {}).get("id"))
        if pick is None:
            card = cards.text_card(messages.CHOICE_GONE)
        else:
            try:
                card = answers.pick(pick, user, clock())
            except StorageUnavailable as fault:
                _storage_fault("company choice not carried out", fault, action=pick.action, user=user)
                written = pick.action == "follow"
                card = cards.text_card(messages.not_saved(fault.reason) if written else messages.not_read(fault.reason))
            except Exception:  # a bug: the user gets an answer, never silence
                _log.exception("company choice failed", extra={"action": pick.action, "user": user})
                card = cards.text_card(messages.COMMAND_FAILED)
        # the answer takes the question's place
        respond(text=card.text, blocks=card.blocks_json(), response_type="ephemeral", replace_original=True)

    @app.action(cards.DEAL_MENU_ACTION)
    def _deal_menu(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        ack()  # first: the modal's trigger_id expires within Slack's 3 s
        corrections.menu(body, action)

    @app.view(fix_form.FIX_VIEW)
    def _fix_submitted(ack: Ack, body: dict[str, Any]) -> None:
        corrections.fix_submitted(ack, body)

    @app.view(MERGE_VIEW)
    def _merge_submitted(ack: Ack, body: dict[str, Any]) -> None:
        corrections.merge_submitted(ack, body)

    @app.event("message")
    def _message(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        watcher.on_event(event, body, context.bot_user_id)

    @app.event("app_mention")
    def _mention(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        watcher.on_event(event, body, context.bot_user_id)

    @app.event("link_shared")
    def _links(event: dict[str, Any], body: dict[str, Any]) -> None:
        dedupe.once(store, body, clock, lambda: unfurler.handle(event))

    @app.event("app_home_opened")
    def _home(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        user = str(event.get("user"))

        def publish() -> None:
            client.views_publish(user_id=user, view=home.view(store, user, clock()))

        try:
            dedupe.once(store, body, clock, publish)
        except StorageUnavailable as fault:  # opening the tab changes nothing: show what can be read
            _storage_fault("home tab shown without the event recorded", fault, user=user)
            try:
                view = home.view(store, user, clock())
            except StorageUnavailable as unreadable:
                view = home.fault_view(messages.not_read(unreadable.reason))
            client.views_publish(user_id=user, view=view)

    @app.action(re.compile(f"^({home.MODALITY_ACTION_PREFIX}\\d+|{home.MIN_ACTION})$"))
    def _home_change(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        user = str((body.get("user") or {}).get("id"))
        values = ((body.get("view") or {}).get("state") or {}).get("values") or {}
        try:
            home.save(store, user, body.get("actions") or [], values, clock())
            notice = None
        except StorageUnavailable as fault:
            _storage_fault("home tab change not saved", fault, user=user)
            notice = messages.not_saved(fault.reason)
        try:
            view = home.view(store, user, clock(), notice=notice)
        except StorageUnavailable as fault:  # not even readable: the tab says so alone
            view = home.fault_view(notice or messages.not_read(fault.reason))
        client.views_publish(user_id=user, view=view)

    return app


def _storage_fault(what: str, fault: StorageUnavailable, **context: Any) -> None:
    _log.error(what, extra={"storage_fault": fault.reason, "detail": fault.detail, **context})
