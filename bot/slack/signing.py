"""Checking Slack's signature on every HTTP request, before anything reads it.

Bolt's own check raises on an `X-Slack-Request-Timestamp` that is not a number (the request then gets
HTTP 500) and logs the refused request's body, which may carry a verification token. This one refuses
such a request like any other badly signed one (401) and logs neither the body nor the signature.
Socket Mode requests are not signed and pass.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from slack_bolt.middleware import RequestVerification
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_log = logging.getLogger("dealbot.slack.signing")


class SignedRequests(RequestVerification):
    def process(
        self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        if self._can_skip(req.mode, req.body):
            return next()
        timestamp = (req.headers.get("x-slack-request-timestamp") or [""])[0]
        signature = (req.headers.get("x-slack-signature") or [""])[0]
        if _TIMESTAMP.fullmatch(timestamp) and self.verifier.is_valid(req.raw_body, timestamp, signature):
            return next()
        reason = "bad signature" if _TIMESTAMP.fullmatch(timestamp) else "timestamp not a number"
        _log.info("request refused", extra={"reason": reason})
        return self._build_error_response()
