"""Who may change or remove a channel's subscription: whoever made it, the channel's manager, or a workspace
admin or owner. Anyone may add one, and a DM subscription is only ever its recipient's.

Admins and owners are read from `users.info` (`user.is_admin`, `user.is_owner`). Slack has no public API
that names a channel's managers, so the channel's creator (`conversations.info` → `channel.creator`)
stands for its manager. Slack is asked only when the user did not make every subscription concerned, and
then once per user and once per channel for the command. A command is answered within Slack's three
seconds, so these lookups go through a client of their own: a short timeout and no waiting out a rate
limit. A lookup that fails grants nothing, and the verdict carries its error so that the answer can say so.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.store import Subscription

LOOKUP_TIMEOUT_SECONDS = 1
"""Per lookup; a command needs at most two (users.info, conversations.info), well within Slack's 3 s."""
_log = logging.getLogger("dealbot.slack")


def lookup_client(client: WebClient) -> WebClient:
    """A client to the same Slack, with the same token, for lookups made while Slack waits for an answer."""
    return WebClient(token=client.token, base_url=client.base_url, timeout=LOOKUP_TIMEOUT_SECONDS)


@dataclass(frozen=True)
class Verdict:
    allowed: tuple[Subscription, ...]
    refused: tuple[Subscription, ...] = ()
    unchecked: str | None = None
    """The error of a Slack lookup that failed (the user might have had the right), or None."""


class ChannelAuthority:
    def __init__(self, client: WebClient | None) -> None:
        """`client` None (no Slack to ask, as in the demo): only a subscription's maker may change it."""
        self._client = client

    def sort(self, user: str, subscriptions: Sequence[Subscription]) -> Verdict:
        """Split `subscriptions` into those `user` may change or remove and those they may not."""
        allowed: list[Subscription] = []
        refused: list[Subscription] = []
        errors: list[str] = []
        admin: bool | None = None
        manages: dict[str, bool] = {}
        for sub in subscriptions:
            if sub.subscriber.kind == "user":
                (allowed if sub.subscriber.id == user else refused).append(sub)
                continue
            if sub.created_by == user:
                allowed.append(sub)
                continue
            if admin is None:
                admin = self._is_admin(user, errors)
            channel = sub.subscriber.id
            if not admin and channel not in manages:
                manages[channel] = self._created_channel(user, channel, errors)
            (allowed if admin or manages[channel] else refused).append(sub)
        return Verdict(tuple(allowed), tuple(refused), errors[0] if errors and refused else None)

    def _is_admin(self, user: str, errors: list[str]) -> bool:
        if self._client is None:
            return False
        try:
            profile = self._client.users_info(user=user).get("user")
        except (SlackApiError, OSError) as error:
            errors.append(_reason(error))
            _log.warning("users.info failed", extra={"user": user, "error": errors[-1]})
            return False
        return isinstance(profile, dict) and bool(profile.get("is_admin") or profile.get("is_owner"))

    def _created_channel(self, user: str, channel: str, errors: list[str]) -> bool:
        if self._client is None:
            return False
        try:
            info = self._client.conversations_info(channel=channel).get("channel")
        except (SlackApiError, OSError) as error:
            errors.append(_reason(error))
            _log.warning("conversations.info failed", extra={"channel": channel, "error": errors[-1]})
            return False
        return isinstance(info, dict) and info.get("creator") == user


def _reason(error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return str(error.response.get("error") or "slack_error")
    return "slack_unreachable"
