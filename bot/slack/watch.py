"""Watching channels: deal news posted where the bot is gets the summary card in its thread, and is stored.

Only people's new messages count: bot messages (a `bot_id`, or our own user), edits (`message_changed`,
which link unfurls fire too) and every other subtype but `file_share` (a person sharing files, with or
without a comment) are left alone, as is a message handled before, or being handled (by channel + ts,
whatever its event id). Short messages and news that is not a deal get no reply.

A message holds articles (`bot.slack.articles`: the stories of a pasted newsletter, each link, each
shared text file): each deal among them gets its own card in the thread. An article not in English gets
one short reply saying dealbot reads English articles, and no card. An article older than the news age
limit (`bot.freshness`) is stored and summarised, its card saying when it was announced, but alerts
nobody. The links and shared files that could not be read, or the files read only in part, are told
after the cards in one reply, one line each with what to do instead (`bot.slack.inputs`), whether or not
the message gave a deal.

The summary replied in the thread is recorded with its channel and ts (`Store.record_deal_message`), right
after it is posted, so that a person's correction of the deal updates it (`bot.slack.card_updates`).

A message stored as a deal's source keeps its permalink (`bot.slack.permalinks`, asked once per message),
which cards link to.

A message is recorded as handled once its deal is stored, in the outbox and answered in its thread.
When that fails for now (the store, or Slack answering an error that is not permanent), the message is
left unhandled and Slack's retry handles it again: the deal stored by the first attempt is found again
(`already_seen` from this very message), put in the outbox again (which adds nothing already there) and
answered as the new deal it is.

When the store fails (`StorageUnavailable`: the database read-only, its file gone, ...), deal news gets,
in its thread, what went wrong ("I couldn't save that: ...") instead of silence, and the fault is logged;
other messages still get nothing.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.freshness import is_old
from bot.slack import cards, dedupe, messages, permalinks
from bot.slack.alerts import PERMANENT_ERRORS, AlertSender
from bot.slack.articles import (
    MAX_LINKS,
    MIN_NEWS_CHARS,
    Fetch,
    MessageArticle,
    MessageContent,
    message_articles,
    reads_as_news,
)
from bot.slack.files import SharedFile, shared_files
from bot.slack.inputs import Download, Notice
from bot.store import IngestResult, StorageUnavailable, Store
from extraction import extract

__all__ = ["MAX_LINKS", "MIN_NEWS_CHARS", "Fetch", "WatchedMessage", "Watcher", "watched_message"]
_log = logging.getLogger("dealbot.slack.watch")


class WatchedMessage(BaseModel):
    model_config = ConfigDict(frozen=True)

    channel: str
    ts: str
    thread_ts: str | None = None
    user: str
    text: str
    files: tuple[SharedFile, ...] = ()


def watched_message(event: dict[str, Any], bot_user_id: str | None) -> WatchedMessage | None:
    """The person's new message in `event`, or None for anything the bot must not answer."""
    if event.get("subtype") not in (None, "file_share") or event.get("bot_id") or event.get("bot_profile"):
        return None
    user, channel, ts, text = event.get("user"), event.get("channel"), event.get("ts"), event.get("text")
    if not (isinstance(user, str) and isinstance(channel, str) and isinstance(ts, str) and isinstance(text, str)):
        return None
    if bot_user_id is not None and user == bot_user_id:
        return None
    thread_ts = event.get("thread_ts")
    return WatchedMessage(
        channel=channel, ts=ts, user=user, text=text, thread_ts=thread_ts if isinstance(thread_ts, str) else None,
        files=shared_files(event),
    )  # fmt: skip


class Watcher:
    def __init__(
        self,
        store: Store,
        client: WebClient,
        alerts: AlertSender,
        clock: Callable[[], datetime],
        fetch: Fetch | None = None,
        download: Download | None = None,
        max_age: timedelta | None = None,
    ) -> None:
        """`download`: the files shared with messages (none read when None); `max_age`: the news age limit
        (`bot.freshness`), None alerts articles of any age."""
        self._store = store
        self._client = client
        self._alerts = alerts
        self._clock = clock
        self._fetch = fetch
        self._download = download
        self._max_age = max_age

    def on_event(self, event: dict[str, Any], body: dict[str, Any], bot_user_id: str | None) -> None:
        """A message event, handled once by its event id (`dedupe.once`) and by its channel + ts."""
        try:
            dedupe.once(self._store, body, self._clock, lambda: self.handle(event, bot_user_id))
        except StorageUnavailable as fault:
            self._not_saved(event, bot_user_id, fault)

    def handle(self, event: dict[str, Any], bot_user_id: str | None) -> IngestResult | None:
        message = watched_message(event, bot_user_id)
        if message is None:
            return None
        with dedupe.handling(self._store, dedupe.message_key(message.channel, message.ts), self._clock) as first:
            result = self.summarize(message) if first else None
        return result

    def summarize(self, message: WatchedMessage) -> IngestResult | None:
        """For each article of the message: extract, store, reply in the thread, and alert subscribers of
        a new deal that is not old news; a reply for articles not in English; then one reply telling what
        of the message's links and files could not be read. The first deal's result."""
        content = self._content(message)

        @functools.cache
        def permalink() -> str | None:  # asked once per message, and only when one of its reports is a deal
            return permalinks.permalink(self._client, message.channel, message.ts)

        english = [article for article in content.articles if article.english]
        results = [self._summarize(message, article, permalink) for article in english]
        if any(not article.english and reads_as_news(article) for article in content.articles):
            self._reply(message, messages.NOT_ENGLISH)
        self._tell(message, content.notices)
        return next((result for result in results if result is not None), None)

    def _summarize(
        self, message: WatchedMessage, article: MessageArticle, permalink: Callable[[], str | None]
    ) -> IngestResult | None:
        source = article.source
        extraction = extract(article.text, url=source.ref if source.kind == "url" else None, published=source.published)
        if not extraction.is_deal or extraction.deal is None:
            return None
        if source.kind == "slack":  # the cards link to the message
            source = source.model_copy(update={"url": permalink()})
        result = self._store.ingest(extraction, source, self._clock(), text=article.text)
        if result.deal_id is None:
            return None
        stored = self._store.get_deal(result.deal_id)
        if stored is None:
            return None
        own = [(s.kind, s.ref) for s in stored.sources]
        note = messages.THREAD_NOTE_NEW
        if own[:1] != [(source.kind, source.ref)]:  # this report is not the one that made the deal
            count = len(stored.sources)
            note = messages.THREAD_NOTE_KNOWN.format(
                first_seen=stored.first_seen, sources=count, plural="s" if count != 1 else ""
            )
        old = is_old(source.published, self._clock(), self._max_age)
        if old and self._max_age is not None:
            note = f"{note} {messages.old_news(self._max_age.days)}"
        elif result.kind in ("new", "merged") or (source.kind, source.ref) in own:
            self._alerts.enqueue(result.deal_id)  # in the outbox before anything is posted
        card = cards.summary_card(stored, note, menu=True)
        posted = self._reply(message, card.text, card.blocks_json())
        if posted is not None:  # so that a correction of the deal updates this reply too
            self._store.record_deal_message(result.deal_id, posted[0], posted[1], "thread_summary", self._clock())
        _log.info("deal summarized", extra={"deal_id": result.deal_id, "kind": result.kind, "old": old})
        try:
            self._alerts.send_due()
        except StorageUnavailable as fault:  # the deal and its outbox rows are stored: the sender sends them
            _log.error("alerts not sent now", extra={"storage_fault": fault.reason, "deal_id": result.deal_id})
        return result

    def _reply(
        self, message: WatchedMessage, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> tuple[str, str] | None:
        """Post in the message's thread, giving its (channel, ts); an error Slack may get over is raised, for
        Slack's retry; a permanent one gives None."""
        try:
            response = self._client.chat_postMessage(
                channel=message.channel,
                thread_ts=message.thread_ts or message.ts,
                text=text,
                blocks=blocks,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as error:
            reason = error.response.get("error")
            if reason not in PERMANENT_ERRORS:
                _log.warning("thread reply failed, left for Slack's retry", extra={"error": reason})
                raise
            _log.warning("thread reply not sent", extra={"error": reason})
            return None
        channel, ts = response.get("channel"), response.get("ts")
        return (channel, ts) if isinstance(channel, str) and isinstance(ts, str) else None

    def _not_saved(self, event: dict[str, Any], bot_user_id: str | None, fault: StorageUnavailable) -> None:
        """Tell the poster of deal news that it could not be stored; anything else is left unanswered."""
        message = watched_message(event, bot_user_id)
        if message is None:
            return
        news = any(
            extract(a.text, url=a.source.ref if a.source.kind == "url" else None).is_deal
            for a in self._content(message).articles
            if a.english
        )
        _log.error(
            "message not stored",
            extra={"storage_fault": fault.reason, "channel": message.channel, "ts": message.ts, "deal_news": news},
        )
        if not news:
            return
        try:
            text, thread = messages.not_saved(fault.reason), message.thread_ts or message.ts
            self._client.chat_postMessage(channel=message.channel, thread_ts=thread, text=text)
        except SlackApiError as error:
            _log.warning("storage fault not told in the thread", extra={"error": error.response.get("error")})

    def _content(self, message: WatchedMessage) -> MessageContent:
        return message_articles(
            message.channel, message.ts, message.text, self._fetch, self._clock().date(), message.files, self._download
        )

    def _tell(self, message: WatchedMessage, notices: tuple[Notice, ...]) -> None:
        """The links and files that were not read (or read in part), in one reply in the thread."""
        if not notices:
            return
        _log.info("inputs not read told", extra={"problems": [n.problem for n in notices], "channel": message.channel})
        try:
            text = messages.input_notices(notices)
            self._client.chat_postMessage(
                channel=message.channel, thread_ts=message.thread_ts or message.ts, text=text,
                unfurl_links=False, unfurl_media=False,
            )  # fmt: skip
        except SlackApiError as error:
            _log.warning("inputs not read, not told", extra={"error": error.response.get("error")})
