"""Who may correct deals from Slack.

Rules:
- With no correctors named (`DEALBOT_CORRECTORS` empty), anyone in the workspace may.
- Otherwise only the users named (`U…`, `W…`) and the members of the user groups named (`S…`, read with
  `usergroups.users.list`, which needs the `usergroups:read` scope) may. A group's members are read at
  most once per `GROUP_TTL_SECONDS`, so a burst of clicks costs one call.
- A group that cannot be read (Slack errs, or is unreachable) lets nobody in through it; when it is what
  decides, the person is told the check could not be made (`CorrectorsUnknown`), not that they may not.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

GROUP_TTL_SECONDS = 60.0
_log = logging.getLogger("dealbot.slack.correctors")


class CorrectorsUnknown(RuntimeError):
    """A user group that decides whether this person may correct could not be read."""


class Correctors:
    def __init__(
        self, client: WebClient, ids: Sequence[str], *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._client = client
        self._users = frozenset(i for i in ids if not i.startswith("S"))
        self._groups = tuple(i for i in ids if i.startswith("S"))
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._members: dict[str, tuple[float, frozenset[str]]] = {}

    @property
    def anyone(self) -> bool:
        return not self._users and not self._groups

    def allows(self, user: str) -> bool:
        """Whether `user` may correct deals; `CorrectorsUnknown` when a group could not be read."""
        if self.anyone or user in self._users:
            return True
        unreadable = False
        for group in self._groups:
            members = self._group(group)
            if members is None:
                unreadable = True
            elif user in members:
                return True
        if unreadable:
            raise CorrectorsUnknown(user)
        return False

    def _group(self, group: str) -> frozenset[str] | None:
        now = self._monotonic()
        with self._lock:
            cached = self._members.get(group)
        if cached is not None and now - cached[0] < GROUP_TTL_SECONDS:
            return cached[1]
        try:
            response = self._client.usergroups_users_list(usergroup=group)
        except (SlackApiError, OSError) as error:
            code = error.response.get("error") if isinstance(error, SlackApiError) else type(error).__name__
            _log.warning("user group of correctors not read", extra={"usergroup": group, "error": code})
            return None
        users = response.get("users")
        members = frozenset(str(u) for u in users) if isinstance(users, list) else frozenset()
        with self._lock:
            self._members[group] = (now, members)
        return members
