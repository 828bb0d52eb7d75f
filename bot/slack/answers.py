"""Answers to `/deals`: each parsed command run against the store, as a card to show the user."""

from __future__ import annotations

from datetime import datetime

from bot.feeds import sources as feed_sources
from bot.slack import cards, messages
from bot.slack.cards import Card, MorePage
from bot.slack.commands import (
    AddSource,
    ByCompany,
    ByModality,
    ChangeSource,
    Command,
    Follow,
    Help,
    Invalid,
    Latest,
    ListSources,
    ListSubscriptions,
    Pause,
    Resume,
    Subscribe,
    Unsubscribe,
    modality_of,
    parse,
    suggest_for,
)
from bot.store import DealQuery, DuplicateSource, NewSubscription, Store, Subscriber, Subscription
from extraction.models import Modality

PAGE_SIZE = 10


class Answers:
    def __init__(self, store: Store) -> None:
        self._store = store

    def answer(self, text: str, user: str, now: datetime, channel: str | None = None) -> Card:
        return self.run(parse(text), user, now, channel)

    def run(self, command: Command, user: str, now: datetime, channel: str | None = None) -> Card:
        match command:
            case Help():
                return Card(text=messages.HELP_FALLBACK, blocks=cards.text_card(messages.HELP).blocks)
            case Invalid():
                return cards.text_card(messages.invalid(command))
            case Latest():
                return self.listing(MorePage(subject=messages.LATEST_SUBJECT, cursor=""))
            case ByModality():
                return self.listing(MorePage(subject=command.modality, modality=command.modality, cursor=""))
            case ByCompany():
                return self._company(command.company)
            case Subscribe():
                return self._subscribe(command, user, now)
            case Follow():
                return self._follow(command, user, now)
            case Unsubscribe():
                return self._unsubscribe(command, user, now)
            case Pause():
                until = now + command.duration
                count = self._set_paused(self._subscriber(user, command.channel), until)
                return cards.text_card(messages.paused(count, until, command.channel))
            case Resume():
                count = self._set_paused(self._subscriber(user, command.channel), None)
                return cards.text_card(messages.resumed(count, command.channel))
            case ListSubscriptions():
                return self._listing_subscriptions(user, channel, now)
            case AddSource():
                return self._add_source(command, now)
            case ListSources():
                return self._listing_sources()
            case ChangeSource():
                return self._change_source(command)
        raise AssertionError(f"unhandled command {command!r}")

    def listing(self, page: MorePage) -> Card:
        """One page of deals newest first (`page.cursor` empty for the first), with a button for the next."""
        modality: Modality | None = modality_of(page.modality) if page.modality else None
        found = self._store.deals(
            DealQuery(company=page.company, modality=modality, limit=PAGE_SIZE, cursor=page.cursor or None)
        )
        more = page.model_copy(update={"cursor": found.next_cursor}) if found.next_cursor else None
        return cards.deal_list(page.subject, found.items, more)

    def _company(self, name: str) -> Card:
        company = self._resolve(name)
        if company is None:
            return cards.text_card(messages.invalid(suggest_for(name, self._company_names())))
        return self.listing(MorePage(subject=company, company=company, cursor=""))

    def _resolve(self, name: str) -> str | None:
        """The canonical name of the company `name` means: stored, or known to the registry."""
        stored = self._store.find_company(name)
        if stored is not None:
            return stored.canonical
        found = self._store.registry().resolve(name)
        if found is None:
            return None
        entity = self._store.registry().entity(found.entity_id)
        return entity.canonical if entity is not None else None

    def _company_names(self) -> list[str]:
        return [entity.canonical for entity in self._store.registry().entities()]

    def _subscriber(self, user: str, channel: str | None) -> Subscriber:
        return Subscriber(kind="channel", id=channel) if channel else Subscriber(kind="user", id=user)

    def _subscribe(self, command: Subscribe, user: str, now: datetime) -> Card:
        new = NewSubscription(
            subscriber=self._subscriber(user, command.channel),
            modalities=command.modalities,
            min_usd=command.min_usd,
            mode="digest" if command.digest else "instant",
            cadence=command.digest,
        )
        sub = self._store.add_subscription(new, now)
        return cards.text_card(messages.subscribed(sub, messages.where(command.channel)))

    def _follow(self, command: Follow, user: str, now: datetime) -> Card:
        company = self._resolve(command.company)
        if company is None:
            hint = suggest_for(command.company, self._company_names())
            return cards.text_card(messages.unknown_company(command.company, hint.suggestions))
        subscriber = self._subscriber(user, command.channel)
        known = [s for s in self._store.subscriptions(subscriber) if s.companies == (company,) and not s.modalities]
        if known:
            return cards.text_card(messages.already_following(company, known[0], command.channel))
        new = NewSubscription(subscriber=subscriber, companies=(company,))
        sub = self._store.add_subscription(new, now)
        return cards.text_card(messages.followed(company, sub, messages.where(command.channel)))

    def _mine(self, user: str) -> list[Subscription]:
        """The user's own subscriptions (by DM); channel subscriptions are listed with them when the user made
        them, which the store does not record, so `#channel` words pick those."""
        return self._store.subscriptions(Subscriber(kind="user", id=user))

    def _unsubscribe(self, command: Unsubscribe, user: str, now: datetime) -> Card:
        subscriber = self._subscriber(user, command.channel)
        subs = self._store.subscriptions(subscriber)
        target = command.target.strip().lstrip("#")
        removed = 0
        if target.lower() == "all":
            chosen = subs
        elif target.isdigit():
            chosen = [s for s in subs if s.id == int(target)]
        elif (modality := modality_of(target)) is not None:
            chosen = [s for s in subs if modality in s.modalities]
            for sub in chosen:
                rest = tuple(m for m in sub.modalities if m != modality)
                if rest or sub.companies:
                    self._store.add_subscription(
                        NewSubscription(
                            subscriber=sub.subscriber, modalities=rest, companies=sub.companies,
                            min_usd=sub.min_usd, mode=sub.mode, cadence=sub.cadence, paused_until=sub.paused_until,
                        ),
                        now,
                    )
        else:
            company = self._resolve(target)
            chosen = [s for s in subs if company is not None and company in s.companies]
            if company is None:
                return cards.text_card(messages.invalid(suggest_for(target, [*self._company_names(), "all"])))
        for sub in chosen:
            removed += self._store.remove_subscription(sub.id, subscriber)
        return cards.text_card(messages.unsubscribed(removed))

    def _add_source(self, command: AddSource, now: datetime) -> Card:
        try:
            source = feed_sources.add(self._store, command.url, command.every, now)
        except feed_sources.InvalidSource as problem:
            return cards.text_card(messages.source_refused(str(problem)))
        except DuplicateSource:
            return cards.text_card(messages.source_known(command.url))
        every = feed_sources.format_every(source.every_seconds)
        return cards.text_card(messages.source_added(source.id, source.url, every))

    def _listing_sources(self) -> Card:
        found = self._store.sources()
        if not found:
            return cards.text_card(messages.NO_SOURCES)
        lines = [
            messages.source_line(
                s.id, s.url, feed_sources.health(s), feed_sources.format_every(s.every_seconds), s.last_success,
                s.last_error, s.items_seen,
            )
            for s in found
        ]
        return cards.text_card("\n".join(lines))

    def _change_source(self, command: ChangeSource) -> Card:
        key: int | str = int(command.source) if command.source.isdigit() else command.source
        source = self._store.get_source(key)
        if source is None:
            return cards.text_card(messages.source_unknown(command.source))
        if command.action == "remove":
            self._store.remove_source(source.id)
        else:
            self._store.set_source_paused(source.id, command.action == "pause")
        return cards.text_card(messages.source_changed(source.id, source.url, command.action))

    def _set_paused(self, subscriber: Subscriber, until: datetime | None) -> int:
        subs = self._store.subscriptions(subscriber)
        for sub in subs:
            self._store.pause_subscription(sub.id, until)
        return len(subs)

    def _listing_subscriptions(self, user: str, channel: str | None, now: datetime) -> Card:
        subs = self._mine(user)
        if channel:
            subs += self._store.subscriptions(Subscriber(kind="channel", id=channel))
        if not subs:
            return cards.text_card(messages.no_subscriptions())
        lines = [
            messages.subscription_line(s, messages.where(_channel_of(s)), now) for s in subs
        ]
        return cards.text_card("\n".join(lines))


def _channel_of(sub: Subscription) -> str | None:
    return sub.subscriber.id if sub.subscriber.kind == "channel" else None
