"""What a Slack user is told when the database fails, through signed requests over real HTTP: the
acknowledgement is a proper answer (never an HTTP 500), the words say what went wrong, and the fault is
logged with its reason."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import Store
from tests.bot.slack.company_news import buttons, click
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import Bot, Clock, seed_text
from tests.faults.conftest import read_only_url, restore_writable

NOT_SAVED_READ_ONLY = "I couldn't save that: the database is read-only; nothing was changed."
NOT_SAVED_GONE = "I couldn't save that: the database file is gone; nothing was changed."


@pytest.fixture
def read_only_bot(slack: FakeSlack, db_path: Path, clock: Clock) -> Iterator[Bot]:
    with Store.open(f"sqlite:///{db_path}") as store:  # something to read
        from tests.faults.test_storage_health import CAR_T, NOW

        store.add_subscription(CAR_T, NOW)
    running = Bot(slack, read_only_url(db_path), clock)
    yield running
    running.stop()
    restore_writable(db_path)


@pytest.fixture
def live_bot(slack: FakeSlack, db_path: Path, clock: Clock) -> Iterator[Bot]:
    running = Bot(slack, f"sqlite:///{db_path}", clock)
    yield running
    running.stop()


def _message(text: str, ts: str) -> dict:
    return {"type": "message", "channel": "C1", "user": "U2", "text": text, "ts": ts, "event_ts": ts,
            "channel_type": "channel"}


def _thread_replies(slack: FakeSlack) -> list:
    return [c for c in slack.of("chat.postMessage") if c.params.get("thread_ts")]


def _faults(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if getattr(r, "storage_fault", None)]


@pytest.mark.parametrize(
    "words", ["subscribe car-t adc", "follow sanofi", "unsubscribe all", "pause 1w",
              "source add https://example.com/feed.xml"],
)  # (`resume` of subscriptions not paused writes nothing, and rightly answers as usual)
def test_a_writing_command_on_a_read_only_database_is_told_so(
    read_only_bot: Bot, words: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    reply = read_only_bot.command(words, user="U1")  # the one with a subscription
    assert reply.status == 200
    answer = reply.json()
    assert answer["response_type"] == "ephemeral"
    assert answer["text"] == NOT_SAVED_READ_ONLY
    assert len(read_only_bot.store.subscriptions()) == 1  # nothing changed
    (record,) = _faults(caplog)
    assert record.storage_fault == "read_only" and record.levelno == logging.ERROR
    assert all("xoxb-test-token" not in str(r.__dict__) for r in caplog.records)


def test_reading_commands_still_answer_on_a_read_only_database(read_only_bot: Bot) -> None:
    answer = read_only_bot.command("subscriptions", user="U1").json()
    assert answer["text"].startswith("#1 — car-t")
    assert "No deals stored" in read_only_bot.command("latest").json()["text"]


def test_pasted_news_on_a_read_only_database_is_answered_in_its_thread(read_only_bot: Bot) -> None:
    slack = read_only_bot.slack
    small_talk = _message("thanks, see you at the offsite tomorrow then", "1700000001.000100")
    assert read_only_bot.event(small_talk).status == 200
    assert read_only_bot.event(_message(seed_text("000"), "1700000002.000100")).status == 200
    slack.wait_for(lambda: bool(_thread_replies(slack)))
    (reply,) = _thread_replies(slack)  # the small talk before it got nothing
    assert reply.params["thread_ts"] == "1700000002.000100"
    assert reply.params["text"] == NOT_SAVED_READ_ONLY
    assert read_only_bot.store.deals().items == ()


def test_a_home_tab_change_on_a_read_only_database_is_told_on_the_tab(read_only_bot: Bot) -> None:
    state = {"home_modalities_block_0": {"home_modalities_0": {"type": "checkboxes", "selected_options": [
        {"value": "adc", "text": {"type": "plain_text", "text": "adc"}}]}}}
    payload = {
        "type": "block_actions", "user": {"id": "U1"}, "team": {"id": "T1"}, "api_app_id": "A1", "token": "x",
        "trigger_id": "1.2", "container": {"type": "view", "view_id": "V1"},
        "view": {"id": "V1", "type": "home", "state": {"values": state}},
        "actions": [{"type": "checkboxes", "action_id": "home_modalities_0", "block_id": "home_modalities_block_0",
                     "selected_options": state["home_modalities_block_0"]["home_modalities_0"]["selected_options"],
                     "action_ts": "1.3"}],
    }
    assert read_only_bot.action(payload).status == 200
    slack = read_only_bot.slack
    slack.wait_for(lambda: bool(slack.of("views.publish")))
    view = json.dumps(slack.of("views.publish")[0].params["view"])
    assert NOT_SAVED_READ_ONLY in view
    (sub,) = read_only_bot.store.subscriptions()
    assert sub.modalities == ("car-t",)


def test_a_database_file_deleted_under_the_bot_is_told_and_not_written(live_bot: Bot, db_path: Path) -> None:
    assert "Subscribed" in live_bot.command("subscribe car-t").json()["text"]
    db_path.unlink()
    reply = live_bot.command("subscribe adc")
    assert reply.status == 200 and reply.json()["text"] == NOT_SAVED_GONE
    assert live_bot.event(_message(seed_text("000"), "1700000003.000100")).status == 200
    slack = live_bot.slack
    slack.wait_for(lambda: bool(_thread_replies(slack)))
    assert _thread_replies(slack)[0].params["text"] == NOT_SAVED_GONE
    assert not db_path.exists()


def test_a_follow_button_on_a_read_only_database_is_told_so(
    read_only_bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    choice = read_only_bot.command("follow merck", user="U1")  # asking writes nothing
    answer = click(read_only_bot, buttons(choice)["Merck & Co."], user="U1")
    assert answer["text"] == NOT_SAVED_READ_ONLY
    assert len(read_only_bot.store.subscriptions()) == 1  # nothing changed
    assert [r.storage_fault for r in _faults(caplog)] == ["read_only"]
