"""`/deals` over signed HTTP: each command's answer, and helpful answers to bad input."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from datetime import timedelta
from decimal import Decimal

import pytest

from bot.slack.commands import parse_duration
from bot.store import SourceRef, Subscriber
from extraction import extract
from tests.bot.slack.harness import SECRET, Bot, seed_text, shared_payload, sign


def _ingest_seeds(bot: Bot) -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        bot.clock.advance(timedelta(minutes=1))
        bot.store.ingest(extract(seed_text(prefix)), SourceRef(kind="file", ref=f"seeds/{prefix}.txt"), bot.clock())


def _text(reply_json: dict) -> str:
    return reply_json["text"] + json.dumps(reply_json.get("blocks", []), ensure_ascii=False)


def test_company_lists_its_deals_newest_first_in_the_ack(bot: Bot) -> None:
    _ingest_seeds(bot)
    reply = bot.command("sanofi")
    assert reply.status == 200
    answer = reply.json()
    assert answer["response_type"] == "ephemeral"
    lines = [b["text"]["text"] for b in answer["blocks"] if b["type"] == "section"]
    assert "Sanofi" in lines[0]
    assert "RadioMedix" in lines[1] and "Innate Pharma" in lines[2]  # newest first
    assert len(lines) == 3
    assert "€25m" in answer["text"] or "€25m" in lines[2]


def test_company_spelled_differently_resolves_through_the_registry(bot: Bot) -> None:
    _ingest_seeds(bot)
    answer = bot.command("Sanofi S.A.").json()
    assert "Innate Pharma" in _text(answer)


def test_unknown_company_gets_nearest_names(bot: Bot) -> None:
    _ingest_seeds(bot)
    answer = bot.command("sanofy").json()
    assert answer["response_type"] == "ephemeral"
    assert "Did you mean `Sanofi`" in answer["text"]


def test_misspelt_modality_suggests_the_valid_one(bot: Bot) -> None:
    answer = bot.command("cart-t").json()
    assert "Did you mean `car-t`" in answer["text"]
    answer = bot.command("modality antibdy").json()
    assert "`antibody`" in answer["text"]


def test_modality_and_latest(bot: Bot) -> None:
    _ingest_seeds(bot)
    car_t = _text(bot.command("car-t").json())
    assert "Cellectis" in car_t and "CARsgen" in car_t and "Innate" not in car_t
    assert "Cellectis" in _text(bot.command("modality CAR-T").json())
    latest = bot.command("latest").json()
    sections = [b for b in latest["blocks"] if b["type"] == "section"]
    assert len(sections) == 6  # the title and five deals
    assert "Landmark Bio" in sections[1]["text"]["text"]


def test_more_button_pages_through_respond(bot: Bot) -> None:
    for i in range(12):
        bot.clock.advance(timedelta(minutes=1))
        text = seed_text("000").replace("Servier", f"Servier Unit{i}")
        bot.store.ingest(extract(text), SourceRef(kind="file", ref=f"f{i}"), bot.clock())
    answer = bot.command("car-t").json()
    button = next(b for b in answer["blocks"] if b["type"] == "actions")["elements"][0]
    assert button["action_id"] == "deals_more"
    payload = {
        "type": "block_actions", "user": {"id": "U111"}, "team": {"id": "T1"}, "api_app_id": "A1",
        "token": "unused", "trigger_id": "1.2", "response_url": f"{bot.slack.url}/response/more",
        "container": {"type": "message", "is_ephemeral": True},
        "actions": [{"type": "button", "action_id": "deals_more", "block_id": "b", "value": button["value"],
                     "action_ts": "1.2"}],
    }
    assert bot.action(payload).status == 200
    bot.slack.wait_for(lambda: bool(bot.slack.of("response_url")))
    page2 = bot.slack.of("response_url")[0].params
    sections = [b for b in page2["blocks"] if b["type"] == "section"]
    assert 1 < len(sections) <= 11
    assert page2["replace_original"] is False


def test_help_and_empty_text(bot: Bot) -> None:
    for text in ("", "help"):
        answer = bot.command(text).json()
        assert "/deals subscribe" in _text(answer)


def test_subscribe_list_pause_resume_unsubscribe(bot: Bot) -> None:
    answer = bot.command("subscribe car-t adc <#C777|alerts> min $100m digest weekly").json()
    assert "Subscribed" in answer["text"] and "<#C777>" in answer["text"]
    assert "Subscribed" in bot.command("subscribe bispecific").json()["text"]
    assert "Following Sanofi" in bot.command("follow sanofi").json()["text"]
    listing = bot.command("subscriptions", channel="C777").json()["text"]
    assert "bispecific" in listing and "adc, car-t" in listing and "Sanofi" in listing
    assert "Paused 2 subscriptions" in bot.command("pause 1w").json()["text"]
    subs = bot.store.subscriptions()
    paused = [s for s in subs if s.paused_until is not None]
    assert {s.subscriber.id for s in paused} == {"U111"}
    assert paused[0].paused_until == bot.clock() + timedelta(weeks=1)
    assert "Resumed 2" in bot.command("resume").json()["text"]
    assert all(s.paused_until is None for s in bot.store.subscriptions())
    assert "Unsubscribed from 1" in bot.command("unsubscribe sanofi").json()["text"]
    assert "Unsubscribed from 1" in bot.command("unsubscribe all").json()["text"]
    assert [s.subscriber.id for s in bot.store.subscriptions()] == ["C777"]


def test_unsubscribing_one_modality_keeps_the_others(bot: Bot) -> None:
    bot.command("subscribe car-t adc")
    bot.command("unsubscribe adc")
    (left,) = bot.store.subscriptions()
    assert left.modalities == ("car-t",)


def test_bad_subscribe_inputs_get_helpful_answers(bot: Bot) -> None:
    assert "Did you mean `car-t`" in bot.command("subscribe cart-t").json()["text"]
    assert "Name at least one modality" in bot.command("subscribe").json()["text"]
    assert "not an amount" in bot.command("subscribe adc min lots").json()["text"]
    assert "pick it from the list" in bot.command("subscribe adc #alerts").json()["text"]
    assert "not a duration" in bot.command("pause forever").json()["text"]
    assert "`subscribe adc`" in bot.command("subscrbe adc").json()["text"]
    assert bot.store.subscriptions() == []


def test_bad_signature_and_stale_timestamp_are_refused(bot: Bot) -> None:
    body = b"command=%2Fdeals&text=help&user_id=U1&channel_id=C1&team_id=T1"
    assert bot.post(body, "application/x-www-form-urlencoded", secret="wrong").status == 401
    import time

    stale = int(time.time()) - 10 * 60
    assert bot.post(body, "application/x-www-form-urlencoded", timestamp=stale).status == 401
    assert bot.post(body, "application/x-www-form-urlencoded").status == 200
    assert SECRET


def test_a_timestamp_that_is_not_a_number_is_refused_not_an_error(bot: Bot) -> None:
    body = b"command=%2Fdeals&text=help&user_id=U1&channel_id=C1&team_id=T1"
    for stamp in ("abc", "", "1e9", "\u00b2", "-5"):
        request = urllib.request.Request(bot.url, data=body, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        request.add_header("X-Slack-Request-Timestamp", stamp)
        request.add_header("X-Slack-Signature", sign(body, SECRET, int(time.time())))
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 401, stamp
    assert bot.post(body, "application/x-www-form-urlencoded").status == 200


def test_slacks_own_signing_example_verifies(bot: Bot) -> None:
    from slack_sdk.signature import SignatureVerifier

    from tests.bot.slack.harness import sign

    sample = shared_payload("slash_command.json")
    vector = sample["signature_test_vector"]
    stamp = int(vector["x_slack_request_timestamp"])
    assert sign(sample["raw_body"].encode(), vector["signing_secret"], stamp) == vector["x_slack_signature"]
    verifier = SignatureVerifier(vector["signing_secret"], clock=_FixedClock(stamp))
    assert verifier.is_valid(sample["raw_body"], str(stamp), vector["x_slack_signature"])


class _FixedClock:
    def __init__(self, now: int) -> None:
        self._now = now

    def now(self) -> float:
        return float(self._now)


def test_sources_added_listed_paused_and_removed(bot: Bot) -> None:
    added = bot.command("source add <https://news.example.org/feed.xml|news.example.org/feed.xml> every 30m").json()
    assert "Watching https://news.example.org/feed.xml (#" in added["text"]
    assert "every 30m" in added["text"]
    [source] = bot.store.sources()
    assert source.url == "https://news.example.org/feed.xml" and source.every_seconds == 1800

    listed = bot.command("sources").json()["text"]
    assert f"#{source.id} — https://news.example.org/feed.xml — new, every 30m, 0 items seen" in listed

    assert "Paused" in bot.command(f"source pause {source.id}").json()["text"]
    assert "— paused," in bot.command("sources").json()["text"]
    assert "Watching again" in bot.command(f"source resume {source.id}").json()["text"]
    assert "No longer watching" in bot.command("source remove https://news.example.org/feed.xml").json()["text"]
    assert bot.store.sources() == []


def test_bad_sources_get_a_reason_and_what_to_do(bot: Bot) -> None:
    assert "not a web address" in bot.command("source add ftp://files.example.org/x").json()["text"]
    assert "between" in bot.command("source add https://a.example.org/rss every 10s").json()["text"]
    bot.command("source add https://a.example.org/rss")
    assert "watched already" in bot.command("source add https://a.example.org/rss").json()["text"]
    assert "`/deals sources` lists them" in bot.command("source remove 999").json()["text"]
    assert "Did you mean `pause`" in bot.command("source paus 1").json()["text"]
    assert "No feeds or pages are watched yet" not in bot.command("sources").json()["text"]


@pytest.mark.parametrize(
    "url",
    ["http://169.254.169.254/latest/meta-data/", "<http://169.254.169.254/latest/meta-data/>",
     "http://127.0.0.1:8080/feed", "http://localhost/rss", "http://[::ffff:127.0.0.1]/x", "https://10.1.2.3/rss"],
)  # fmt: skip
def test_a_source_on_a_private_address_is_refused_at_once(bot: Bot, url: str) -> None:
    reply = bot.command(f"source add {url}").json()
    assert reply["response_type"] == "ephemeral"
    assert reply["text"].startswith("I can't watch that: ")
    assert "is not a public address" in reply["text"] and "give the feed's address on the internet" in reply["text"]
    assert bot.store.sources() == []


def test_weekly_digest_is_kept_with_the_subscription(bot: Bot) -> None:
    answer = bot.command("subscribe car-t digest weekly").json()["text"]
    assert "car-t; weekly digest" in answer
    (sub,) = bot.store.subscriptions(Subscriber(kind="user", id="U111"))
    assert (sub.mode, sub.cadence) == ("digest", "weekly")


def test_each_subscription_keeps_its_own_digest_cadence(bot: Bot) -> None:
    assert "adc; daily digest" in bot.command("subscribe adc digest daily").json()["text"]
    assert "car-t; weekly digest" in bot.command("subscribe car-t digest weekly").json()["text"]
    bot.command("subscribe bispecific")
    cadences = {s.modalities: s.cadence for s in bot.store.subscriptions()}
    assert cadences == {("adc",): "daily", ("car-t",): "weekly", ("bispecific",): None}
    lines = bot.command("subscriptions").json()["text"].splitlines()
    assert len(lines) == 3
    assert "adc; daily digest" in lines[0]
    assert "car-t; weekly digest" in lines[1]
    assert "bispecific; each deal" in lines[2]


def test_durations_need_their_unit_and_m_is_minutes() -> None:
    assert parse_duration("30m") == timedelta(minutes=30)
    assert parse_duration("30 min") == timedelta(minutes=30)
    assert parse_duration("12h") == timedelta(hours=12)
    assert parse_duration("3 days") == timedelta(days=3)
    assert parse_duration("2W") == timedelta(weeks=2)
    assert parse_duration("2mo") == parse_duration("2 months") == timedelta(days=60)
    for bad in ("30", "0h", "3x", "m", "1y", "forever", "-2d"):
        assert parse_duration(bad) is None, bad


def test_pause_30m_pauses_for_thirty_minutes(bot: Bot) -> None:
    bot.command("subscribe adc")
    answer = bot.command("pause 30m").json()["text"]
    (sub,) = bot.store.subscriptions()
    assert sub.paused_until == bot.clock() + timedelta(minutes=30)
    assert f"until {bot.clock() + timedelta(minutes=30):%Y-%m-%d %H:%M} UTC" in answer


def test_a_bare_number_is_refused_with_the_forms_accepted(bot: Bot) -> None:
    bot.command("subscribe adc")
    answer = bot.command("pause 30").json()["text"]
    assert "`30` is not a duration" in answer
    for form in ("`30m`", "`12h`", "`3d`", "`2w`", "`2mo`"):
        assert form in answer
    (sub,) = bot.store.subscriptions()
    assert sub.paused_until is None


def test_a_channels_subscriptions_pause_and_resume(bot: Bot) -> None:
    bot.command("subscribe adc <#C777|alerts>")
    bot.command("subscribe car-t")
    answer = bot.command("pause 1w <#C777|alerts>").json()["text"]
    assert "Paused 1 subscription of <#C777>" in answer
    paused = {s.subscriber.id: s.paused_until for s in bot.store.subscriptions()}
    assert paused == {"C777": bot.clock() + timedelta(weeks=1), "U111": None}
    assert "Resumed 1 subscription of <#C777>" in bot.command("resume <#C777|alerts>").json()["text"]
    assert all(s.paused_until is None for s in bot.store.subscriptions())
    assert "<#C999> has no subscriptions to pause" in bot.command("pause 3d <#C999|empty>").json()["text"]


def test_following_a_company_twice_says_it_is_followed_already(bot: Bot) -> None:
    assert "Following Bristol Myers Squibb" in bot.command("follow bms").json()["text"]
    again = bot.command("follow Bristol-Myers Squibb").json()["text"]
    (sub,) = bot.store.subscriptions()
    assert again == f"You already follow Bristol Myers Squibb (#{sub.id}): its new deals go to you by direct message."
    assert bot.command("follow bms").json()["text"] == again
    assert bot.store.subscriptions() == [sub]
    assert "Following Bristol Myers Squibb" in bot.command("follow bms <#C777|alerts>").json()["text"]
    assert "<#C777> already follows Bristol Myers Squibb" in bot.command("follow bms <#C777|alerts>").json()["text"]
    assert len(bot.store.subscriptions()) == 2


def test_minimum_amounts_in_the_forms_people_type(bot: Bot) -> None:
    for typed, usd, shown in (
        ("min 100 million", Decimal(100_000_000), "at least $100m"),
        ("min $100m", Decimal(100_000_000), "at least $100m"),
        ("min 1.5bn", Decimal(1_500_000_000), "at least $1.5bn"),
        ("min 2 billion", Decimal(2_000_000_000), "at least $2bn"),
        ("min $500k", Decimal(500_000), "at least $500k"),  # once shown as "at least $0m"
    ):
        answer = bot.command(f"subscribe adc {typed}").json()["text"]
        assert shown in answer, (typed, answer)
        sub = bot.store.subscriptions()[-1]
        assert (sub.modalities, sub.min_usd) == (("adc",), usd), typed
    refused = bot.command("subscribe adc min lots").json()["text"]
    assert "`lots` is not an amount" in refused and "`min 100 million`" in refused


def test_a_person_is_not_taken_for_a_company(bot: Bot) -> None:
    for text in ("<@U024BE7LH|ann>", "follow <@U024BE7LH>", "subscribe adc <@U024BE7LH>"):
        answer = bot.command(text).json()["text"]
        assert "<@U024BE7LH> is a person, not a company or a modality" in answer, text
        assert "Did you mean" not in answer
    assert bot.store.subscriptions() == []


def test_latest_with_no_deals_says_so_plainly(bot: Bot) -> None:
    answer = bot.command("latest").json()["text"]
    assert answer.startswith("No deals stored yet") and "all companies" not in answer
    assert "No deals stored for car-t yet." in bot.command("car-t").json()["text"]
