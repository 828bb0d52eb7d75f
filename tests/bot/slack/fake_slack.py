"""A fake Slack Web API on 127.0.0.1 that records every call and answers like Slack does.

Messages posted with chat.postMessage are kept per conversation, so conversations.history/replies
answer with them (metadata included, unless `returns_metadata` is False: a Web API that leaves it out).
Members added with `add_user` are answered by users.info (with their admin and owner flags), channels
added with `add_channel` by conversations.info (with their creator); others get Slack's `user_not_found`
/ `channel_not_found`. chat.getPermalink answers any message's permalink in the workspace `test` (script
`message_not_found` for one that is gone). chat.update changes a posted message in place (Slack's
`message_not_found` for one never posted); usergroups.users.list answers the groups added with
`add_usergroup` (others: `no_such_subteam`); views.open gives the view an id. A failure can be scripted
for the next calls of a method, or for the next posts to one channel (`script_posts`; a `hang` answer
never comes, as with a timeout).
`hold_post` stops the n-th post in its tracks until `release`, and signals when it arrives: a test knows
exactly how many posts were made when it kills the sender. Paths under /response/ stand for response_url
hooks. Files added with `add_file` are served at their `url_private_download` (GET /files-pri/...) to a
request bearing the bot token, as files.slack.com serves them; without it, with the redirect to the
sign-in page Slack answers. `apps.connections.open` answers with the URL that `socket_mode` gives (a
`SocketModeServer`'s `open_url`), when one is set.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs


@dataclass(frozen=True)
class Call:
    method: str
    params: dict[str, Any]
    headers: dict[str, str]


@dataclass(frozen=True)
class Scripted:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False
    """Never answered (the caller times out); the request is dropped at `release`."""


HANG = Scripted(0, {}, hang=True)


@dataclass
class _Hold:
    number: int
    store: bool
    answer: bool
    reached: threading.Event = field(default_factory=threading.Event)


BOT_USER = "UBOT"
BOT_ID = "BBOT"
BOT_TOKEN = "xoxb-test-token"


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._lock = threading.Lock()
        self._called = threading.Condition(self._lock)
        self._ts = 1_700_000_000
        self._messages: dict[str, list[dict[str, Any]]] = {}
        self._scripted: dict[str, list[Scripted]] = {}
        self._users: dict[str, dict[str, Any]] = {}
        self._channels: dict[str, dict[str, Any]] = {}
        self._usergroups: dict[str, list[str]] = {}
        self.socket_mode: Callable[[], str] | None = None
        self._files: dict[str, bytes] = {}
        self.downloads: list[tuple[str, str | None]] = []
        """(path, Authorization header) of each file download."""
        self._post_scripts: dict[str, list[Scripted | None]] = {}
        self._posts = 0
        self._holds: list[_Hold] = []
        self._released = threading.Event()
        self.returns_metadata = True
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.url + "/api/"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release()
        self._server.shutdown()
        self._server.server_close()

    def script(self, method: str, *responses: Scripted) -> None:
        with self._lock:
            self._scripted.setdefault(method, []).extend(responses)

    def script_posts(self, channel: str, *answers: Scripted | None) -> None:
        """Answers for the next chat.postMessage calls naming `channel`, in order; None posts as usual."""
        with self._lock:
            self._post_scripts.setdefault(channel, []).extend(answers)

    def hold_post(self, number: int, *, store: bool = False, answer: bool = False) -> threading.Event:
        """Hold the `number`-th chat.postMessage from now until `release`; the event is set when it arrives.
        By default Slack never gets it (nothing stored, no answer); with `store` it is posted on arrival but
        never answered (the answer lost); with `answer` it is handled as usual once released (a slow Slack)."""
        with self._lock:
            hold = _Hold(self._posts + number, store, answer)
            self._holds.append(hold)
        return hold.reached

    def release(self) -> None:
        """Let the held and hanging requests go: `answer` holds are answered, the others dropped unanswered.
        Requests held or hanging after this wait for the next release."""
        with self._lock:
            released, self._released = self._released, threading.Event()
        released.set()

    def _gate(self) -> threading.Event:
        with self._lock:
            return self._released

    def conversation(self, channel: str) -> list[dict[str, Any]]:
        """What the conversation shows: every message posted there, thread replies included, oldest first."""
        with self._lock:
            return [dict(m) for m in self._messages.get(channel, [])]

    def of(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, check: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met in {timeout}s; calls: {[c.method for c in self.calls]}")
            time.sleep(0.02)

    def wait_for_call(
        self, method: str, check: Callable[[Call], bool] = lambda _call: True, *, count: int = 1,
        timeout: float = 10.0,
    ) -> list[Call]:
        """The calls of `method` that pass `check`, once there are `count` of them; waits, waking at each
        call recorded, at most `timeout` seconds."""
        deadline = time.monotonic() + timeout
        with self._called:
            while True:
                found = [c for c in self.calls if c.method == method and check(c)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self.calls]
                    raise AssertionError(f"{count} {method} call(s) not seen in {timeout}s; calls: {seen}")
                self._called.wait(left)

    def add_user(self, user: str, *, is_admin: bool = False, is_owner: bool = False, tz: str | None = None) -> None:
        """A workspace member, as users.info describes one (an owner is an admin too, as in Slack)."""
        with self._lock:
            self._users[user] = {
                "id": user, "team_id": "T1", "name": user.lower(), "deleted": False, "real_name": user,
                "tz": tz or "Europe/London", "is_admin": is_admin or is_owner, "is_owner": is_owner,
                "is_primary_owner": False, "is_restricted": False, "is_ultra_restricted": False, "is_bot": False,
                "is_app_user": False, "updated": 1_700_000_000,
            }  # fmt: skip

    def add_channel(self, channel: str, *, creator: str, name: str = "alerts", private: bool = False) -> None:
        """A channel, as conversations.info describes one."""
        with self._lock:
            self._channels[channel] = {
                "id": channel, "name": name, "is_channel": not private, "is_group": private, "is_im": False,
                "is_mpim": False, "is_private": private, "created": 1_654_868_334, "is_archived": False,
                "is_general": False, "name_normalized": name, "is_shared": False, "is_org_shared": False,
                "is_ext_shared": False, "creator": creator, "context_team_id": "T1",
            }  # fmt: skip

    def add_usergroup(self, group: str, users: Iterable[str]) -> None:
        """A user group (`S…`), whose members usergroups.users.list answers."""
        with self._lock:
            self._usergroups[group] = list(users)

    def add_file(self, file_id: str, name: str, body: bytes, *, mimetype: str, filetype: str) -> dict[str, Any]:
        """A file as a `file_share` message event carries it (Slack's shape), served at its download URL."""
        path = f"/files-pri/T1-{file_id}/download/{name}"
        with self._lock:
            self._files[path] = body
        return {
            "id": file_id, "created": 1_700_000_000, "timestamp": 1_700_000_000, "name": name, "title": name,
            "mimetype": mimetype, "filetype": filetype, "pretty_type": filetype.upper(), "user": "U2147483697",
            "editable": False, "size": len(body), "mode": "hosted", "is_external": False, "external_type": "",
            "is_public": True, "public_url_shared": False, "display_as_bot": False, "username": "",
            "url_private": f"{self.url}/files-pri/T1-{file_id}/{name}", "url_private_download": f"{self.url}{path}",
            "permalink": f"https://test.slack.com/files/U2147483697/{file_id}/{name}",
        }  # fmt: skip

    def seed_message(self, channel: str, message: dict[str, Any]) -> None:
        with self._lock:
            self._messages.setdefault(channel, []).append(message)

    # --- answering -------------------------------------------------------------------------------

    def _held(self, method: str, params: dict[str, Any]) -> _Hold | None:
        if method != "chat.postMessage":
            return None
        with self._lock:
            self._posts += 1
            hold = next((h for h in self._holds if h.number == self._posts), None)
            if hold is not None and hold.store:
                self._ok(method, params)
            gate = self._released
        if hold is not None:
            hold.reached.set()
            gate.wait()
        return hold

    def _answer(self, method: str, params: dict[str, Any]) -> Scripted:
        with self._lock:
            if method == "chat.postMessage":
                scripted = self._post_scripts.get(str(params.get("channel")))
                if scripted:
                    answer = scripted.pop(0)
                    if answer is not None:
                        return answer
            queue = self._scripted.get(method)
            if queue:
                return queue.pop(0)
            return Scripted(200, self._ok(method, params))

    def _ok(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "url": "https://test.slack.com/", "team": "Test", "user": "dealbot",
                    "team_id": "T1", "user_id": BOT_USER, "bot_id": BOT_ID}
        if method == "apps.connections.open" and self.socket_mode is not None:
            return {"ok": True, "url": self.socket_mode()}
        if method == "chat.postMessage":
            channel = _dm(str(p.get("channel")))
            self._ts += 1
            ts = f"{self._ts}.000100"
            message = {"type": "message", "user": BOT_USER, "bot_id": BOT_ID, "text": p.get("text"), "ts": ts}
            if p.get("thread_ts"):
                message["thread_ts"] = p["thread_ts"]
            metadata = p.get("metadata")
            if isinstance(metadata, str):
                metadata = json.loads(metadata)
            if metadata:
                message["metadata"] = metadata
            self._messages.setdefault(channel, []).append(message)
            return {"ok": True, "channel": channel, "ts": ts, "message": message}
        if method == "chat.getPermalink":  # Slack's shape: https://docs.slack.dev/reference/methods/chat.getPermalink
            channel, ts = str(p.get("channel")), str(p.get("message_ts"))
            return {"ok": True, "channel": channel,
                    "permalink": f"https://test.slack.com/archives/{channel}/p{ts.replace('.', '')}"}  # fmt: skip
        if method == "users.info":
            user = self._users.get(str(p.get("user")))
            return {"ok": True, "user": dict(user)} if user else {"ok": False, "error": "user_not_found"}
        if method == "conversations.info":
            channel = self._channels.get(str(p.get("channel")))
            return {"ok": True, "channel": dict(channel)} if channel else {"ok": False, "error": "channel_not_found"}
        if method == "chat.update":  # Slack's shape: https://docs.slack.dev/reference/methods/chat.update
            channel, ts = str(p.get("channel")), str(p.get("ts"))
            found = next((m for m in self._messages.get(channel, []) if m.get("ts") == ts), None)
            if found is None:
                return {"ok": False, "error": "message_not_found"}
            found.update(text=p.get("text"), blocks=p.get("blocks"), edited={"user": BOT_USER, "ts": ts})
            return {"ok": True, "channel": channel, "ts": ts, "text": p.get("text"), "message": dict(found)}
        if method == "usergroups.users.list":  # https://docs.slack.dev/reference/methods/usergroups.users.list
            members = self._usergroups.get(str(p.get("usergroup")))
            return {"ok": True, "users": list(members)} if members is not None else {
                "ok": False, "error": "no_such_subteam"
            }  # fmt: skip
        if method == "views.open":  # https://docs.slack.dev/reference/methods/views.open
            view = p.get("view") if isinstance(p.get("view"), dict) else {}
            self._ts += 1
            return {"ok": True, "view": {**view, "id": f"V{self._ts}", "hash": f"{self._ts}.hash"}}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": _dm(str(p.get("users")))}}
        if method == "conversations.history":
            found = [  # top-level messages: a thread's parent carries its own ts as thread_ts, as in Slack
                m for m in self._messages.get(str(p.get("channel")), []) if m.get("thread_ts") in (None, m.get("ts"))
            ]
            return {"ok": True, "messages": self._read_back(reversed(found)), "has_more": False}
        if method == "conversations.replies":
            ts = str(p.get("ts"))
            found = [
                m for m in self._messages.get(str(p.get("channel")), []) if ts in (m.get("ts"), m.get("thread_ts"))
            ]
            return {"ok": True, "messages": self._read_back(found), "has_more": False}
        return {"ok": True}

    def _read_back(self, found: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        if self.returns_metadata:
            return list(found)
        return [{k: v for k, v in m.items() if k != "metadata"} for m in found]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                auth = self.headers.get("authorization")
                with fake._lock:
                    fake.downloads.append((self.path, auth))
                    body = fake._files.get(self.path)
                if body is None or auth != f"Bearer {BOT_TOKEN}":
                    self.send_response(404 if body is None else 302)
                    self.send_header("location", "https://test.slack.com/?redir=%2Ffiles-pri")
                    self.send_header("content-length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("content-type", "application/octet-stream")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                if self.path.startswith("/response/"):
                    method, params = "response_url", json.loads(raw or b"{}")
                else:
                    method = self.path.removeprefix("/api/")
                    params = _params(raw, self.headers.get("content-type") or "")
                with fake._lock:
                    fake.calls.append(Call(method, params, {k.lower(): v for k, v in self.headers.items()}))
                    fake._called.notify_all()
                hold = fake._held(method, params)
                if hold is not None and not hold.answer:
                    return  # dropped: the connection closes without an answer
                answer = fake._answer(method, params)
                if answer.hang:
                    fake._gate().wait()
                    return
                body = json.dumps(answer.body).encode()
                self.send_response(answer.status)
                self.send_header("content-type", "application/json; charset=utf-8")
                for name, value in answer.headers.items():
                    if name.lower() != "content-type":
                        self.send_header(name, value)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


def _dm(channel: str) -> str:
    return "D" + channel[1:] if channel.startswith("U") else channel


def _params(raw: bytes, content_type: str) -> dict[str, Any]:
    if "json" in content_type:
        data = json.loads(raw or b"{}")
        return data if isinstance(data, dict) else {}
    params: dict[str, Any] = {k: v[0] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
    for key in ("blocks", "metadata", "unfurls", "view"):
        if isinstance(params.get(key), str):
            with contextlib.suppress(ValueError):
                params[key] = json.loads(params[key])
    return params
