"""Answers to `/deals`: each parsed command run against the store, as a card to show the user.

A channel's subscriptions are changed (unsubscribe, pause, resume) only as far as `bot.slack.permissions`
allows the user; the others are left, and the answer says why and what to do instead.

A name of several companies ("merck": Merck & Co. and Merck KGaA) is neither mixed nor refused: `/deals
merck` and `/deals follow merck` answer with a choice, one button per company (`cards.company_choice`),
and the button runs the query or the follow for the company picked (`pick`); `/deals unsubscribe merck`
removes the subscriptions to any of them.
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.feeds import sources as feed_sources
from bot.slack import cards, messages
from bot.slack.cards import Card, CompanyPick, MorePage
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
from bot.slack.permissions import ChannelAuthority, Verdict
from bot.store import DealQuery, DuplicateSource, NewSubscription, Store, Subscriber, Subscription
from extraction.models import Modality

PAGE_SIZE = 10
_log = logging.getLogger("dealbot.slack")


class Answers:
    def __init__(
        self, store: Store, authority: ChannelAuthority | None = None, *, allow_private_sources: bool = False
    ) -> None:
        """`authority` decides who may change a channel's subscriptions; without one, only their makers.
        `allow_private_sources`: a source may be on a private network (`FEED_ALLOW_PRIVATE_ADDRESSES`)."""
        self._store = store
        self._authority = authority or ChannelAuthority(None)
        self._allow_private = allow_private_sources

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
                verdict = self._set_paused(user, command.channel, until)
                done = messages.paused(len(verdict.allowed), until, command.channel)
                return cards.text_card(self._with_refusal(done, verdict, user, "pause"))
            case Resume():
                verdict = self._set_paused(user, command.channel, None)
                done = messages.resumed(len(verdict.allowed), command.channel)
                return cards.text_card(self._with_refusal(done, verdict, user, "resume"))
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
            DealQuery(
                company=page.company, unsettled=page.unsettled, modality=modality, limit=PAGE_SIZE,
                cursor=page.cursor or None,
            )
        )
        more = page.model_copy(update={"cursor": found.next_cursor}) if found.next_cursor else None
        return cards.deal_list(page.subject, found.items, more)

    def pick(self, pick: CompanyPick, user: str, now: datetime) -> Card:
        """What a button of a company choice asks for, for the company picked."""
        if pick.action == "follow":
            return self._follow(Follow(company=pick.company, channel=pick.channel), user, now)
        if pick.unsettled:
            subject = messages.unsettled_subject(pick.company)
            return self.listing(MorePage(subject=subject, company=pick.company, unsettled=True, cursor=""))
        return self._company(pick.company)

    def _company(self, name: str) -> Card:
        company = self._resolve(name)
        if company is None:
            choices = self._store.company_choices(name)
            if choices:
                unsettled = bool(self._store.deals(DealQuery(company=name, unsettled=True, limit=1)).items)
                return cards.company_choice(name, choices, "deals", None, unsettled)
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
            created_by=user,
        )
        sub = self._store.add_subscription(new, now)
        return cards.text_card(messages.subscribed(sub, messages.where(command.channel)))

    def _follow(self, command: Follow, user: str, now: datetime) -> Card:
        company = self._resolve(command.company)
        if company is None:
            choices = self._store.company_choices(command.company)
            if choices:
                return cards.company_choice(command.company, choices, "follow", command.channel)
            hint = suggest_for(command.company, self._company_names())
            return cards.text_card(messages.unknown_company(command.company, hint.suggestions))
        subscriber = self._subscriber(user, command.channel)
        known = [s for s in self._store.subscriptions(subscriber) if s.companies == (company,) and not s.modalities]
        if known:
            return cards.text_card(messages.already_following(company, known[0], command.channel))
        new = NewSubscription(subscriber=subscriber, companies=(company,), created_by=user)
        sub = self._store.add_subscription(new, now)
        return cards.text_card(messages.followed(company, sub, messages.where(command.channel)))

    def _unsubscribe(self, command: Unsubscribe, user: str, now: datetime) -> Card:
        target = command.target.strip().lstrip("#")
        subs = self._store.subscriptions(self._subscriber(user, command.channel))
        if command.channel is None and target.isdigit():  # an id from the listing: also a channel's one made here
            subs += [s for s in self._store.subscriptions(created_by=user) if s.subscriber.kind == "channel"]
        modality = None if target.lower() == "all" or target.isdigit() else modality_of(target)
        if target.lower() == "all":
            chosen = subs
        elif target.isdigit():
            chosen = [s for s in subs if s.id == int(target)]
        elif modality is not None:
            chosen = [s for s in subs if modality in s.modalities]
        else:
            company = self._resolve(target)
            companies = {company} if company is not None else set(self._store.company_choices(target))
            if not companies:
                return cards.text_card(messages.invalid(suggest_for(target, [*self._company_names(), "all"])))
            chosen = [s for s in subs if companies & set(s.companies)]
        verdict = self._authority.sort(user, chosen)
        removed = 0
        for sub in verdict.allowed:
            if modality is not None:
                rest = tuple(m for m in sub.modalities if m != modality)
                if rest or sub.companies:  # the subscription stays, without that modality
                    self._store.add_subscription(
                        NewSubscription(
                            subscriber=sub.subscriber, modalities=rest, companies=sub.companies,
                            min_usd=sub.min_usd, mode=sub.mode, cadence=sub.cadence, paused_until=sub.paused_until,
                            created_by=sub.created_by,
                        ),
                        now,
                    )
            removed += self._store.remove_subscription(sub.id, sub.subscriber)
        done = messages.unsubscribed(removed) if removed or not verdict.refused else ""
        return cards.text_card(self._with_refusal(done, verdict, user, "unsubscribe"))

    def _with_refusal(self, done: str, verdict: Verdict, user: str, action: messages.ChangeAction) -> str:
        """`done` (what was changed), then why the rest was not; the refusal alone when nothing was changed."""
        if not verdict.refused:
            return done
        _log.info(
            "channel subscriptions left to their makers",
            extra={
                "user": user, "action": action, "subscriptions": [s.id for s in verdict.refused],
                "channels": sorted({s.subscriber.id for s in verdict.refused}), "unchecked": verdict.unchecked,
            },
        )  # fmt: skip
        refusal = messages.not_yours(verdict.refused, action, verdict.unchecked)
        return f"{done}\n{refusal}" if verdict.allowed else refusal

    def _add_source(self, command: AddSource, now: datetime) -> Card:
        try:
            source = feed_sources.add(self._store, command.url, command.every, now, allow_private=self._allow_private)
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

    def _set_paused(self, user: str, channel: str | None, until: datetime | None) -> Verdict:
        verdict = self._authority.sort(user, self._store.subscriptions(self._subscriber(user, channel)))
        for sub in verdict.allowed:
            self._store.pause_subscription(sub.id, until)
        return verdict

    def _listing_subscriptions(self, user: str, channel: str | None, now: datetime) -> Card:
        """The user's DM subscriptions, those they made for any channel, and this channel's, oldest first."""
        found = [
            *self._store.subscriptions(Subscriber(kind="user", id=user)),
            *self._store.subscriptions(created_by=user),
            *(self._store.subscriptions(Subscriber(kind="channel", id=channel)) if channel else ()),
        ]
        subs = sorted({s.id: s for s in found}.values(), key=lambda s: s.id)
        if not subs:
            return cards.text_card(messages.no_subscriptions())
        lines = [
            messages.subscription_line(s, messages.where(_channel_of(s)), now, made_by_other=s.created_by != user)
            for s in subs
        ]
        return cards.text_card("\n".join(lines))


def _channel_of(sub: Subscription) -> str | None:
    return sub.subscriber.id if sub.subscriber.kind == "channel" else None
