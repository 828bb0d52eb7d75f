"""`dealbot run` exits non-zero when its SQLite file is deleted or replaced under it, so that a supervisor
restarts it on the file that is there instead of it writing into one nobody will read; and it does not
start on a database it cannot use. Run as its users start it: a subprocess in HTTP mode, against the fake
Slack Web API."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bot.commands.run import EXIT_STORAGE
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import SECRET, sign

TOKEN = "xoxb-run-fault-test"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(database_url: str, slack: FakeSlack, port: int) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack.api_url,
        "PORT": str(port),
        "STORAGE_CHECK_SECONDS": "0.2",
    }
    env.pop("SLACK_APP_TOKEN", None)
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run", "--no-sender", "--no-poll"], env=env, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def _command(port: int, text: str) -> str:
    body = urlencode({"command": "/deals", "text": text, "user_id": "U1", "channel_id": "C1", "team_id": "T1",
                      "response_url": "http://127.0.0.1:9/response"}).encode()  # fmt: skip
    stamp = int(time.time())
    request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body, method="POST")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    request.add_header("X-Slack-Request-Timestamp", str(stamp))
    request.add_header("X-Slack-Signature", sign(body, SECRET, stamp))
    with urllib.request.urlopen(request, timeout=5) as response:
        return str(json.loads(response.read().decode())["text"])


def _until_serving(process: subprocess.Popen[str], port: int) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            assert "Subscribed" in _command(port, "subscribe car-t")
            return
        except (urllib.error.URLError, ConnectionError):
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "dealbot run did not answer"
            time.sleep(0.05)  # the server is still starting: try again (bounded by the deadline)


def _log_lines(err: str) -> list[dict]:
    return [json.loads(line) for line in err.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("loss", ["deleted", "replaced"])
def test_run_exits_non_zero_when_its_database_file_is_lost(
    slack: FakeSlack, db_path: Path, tmp_path: Path, loss: str
) -> None:
    port = _free_port()
    process = _start(f"sqlite:///{db_path}", slack, port)
    try:
        _until_serving(process, port)
        if loss == "deleted":
            db_path.unlink()
        else:
            shutil.copyfile(db_path, tmp_path / "restored.sqlite3")
            os.replace(tmp_path / "restored.sqlite3", db_path)
        status = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        _out, err = process.communicate(timeout=10)
    assert status == EXIT_STORAGE, err
    lost = [e for e in _log_lines(err) if e.get("storage_fault")]
    assert lost and lost[0]["storage_fault"] == ("gone" if loss == "deleted" else "replaced")
    assert lost[0]["level"] == "error" and "exiting" in lost[0]["message"]
    assert TOKEN not in err and SECRET not in err
    assert (db_path.exists()) == (loss == "replaced")  # nothing made a new file where the deleted one was


def test_run_does_not_start_on_a_damaged_database(slack: FakeSlack, tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"not a database at all, only text where the database file should be " * 100)
    process = _start(f"sqlite:///{path}", slack, _free_port())
    try:
        status = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        _out, err = process.communicate(timeout=10)
    assert status == EXIT_STORAGE, err
    assert any(e.get("storage_fault") == "corrupt" for e in _log_lines(err))
