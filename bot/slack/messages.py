"""Every sentence dealbot says in Slack, in one place."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from bot.slack.commands import Invalid
from bot.slack.inputs import Notice
from bot.store import Subscription
from bot.store.health import Reason
from bot.summary import format_usd
from extraction.documents import MAX_DOCUMENT_CHARS

ChangeAction = Literal["unsubscribe", "pause", "resume"]

HELP = "\n".join(
    [
        "*dealbot* finds partnering and M&A deals in the news and in this workspace.",
        "• `/deals sanofi` — a company's recent deals (any spelling)",
        "• `/deals car-t` or `/deals modality adc` — recent deals of a modality",
        "• `/deals latest` — the newest deals",
        "• `/deals subscribe car-t adc [#channel] [min $100m] [digest daily|weekly]` — alerts for new deals",
        "• `/deals follow <company> [#channel]` — alerts for a company's deals",
        "• `/deals subscriptions` — what you receive and what you set up for channels;"
        "  `/deals unsubscribe <id|modality|company|all> [#channel]`",
        "• `/deals pause 1w [#channel]` (`30m`, `12h`, `3d`, `2mo`) / `/deals resume [#channel]` — snooze alerts"
        " and keep their settings",
        "• `/deals source add <feed or page URL> [every 15m]` — watch a news feed;  `/deals sources` — their health;"
        "  `/deals source pause|resume|remove <id>`",
        "Paste deal news (text or a link) in a channel I am in and I reply in its thread with the terms.",
    ]
)
HELP_FALLBACK = "dealbot: /deals <company>, /deals <modality>, /deals latest, /deals subscribe ..., /deals help"


def invalid(problem: Invalid) -> str:
    hint = _did_you_mean(problem.suggestions)
    match problem.problem:
        case "unknown_word":
            return f"I don't know `{problem.word}`.{hint} Try `/deals help`."
        case "no_modality":
            return f"Name at least one modality to subscribe to, e.g. `/deals subscribe car-t adc`.{hint}"
        case "bad_amount":
            return f"`{problem.word}` is not an amount.{hint}"
        case "bad_duration":
            return (
                f"`{problem.word}` is not a duration: write a number and its unit, "
                f"{_one_of(problem.suggestions)} (minutes, hours, days, weeks, months)."
            )
        case "person":
            return (
                f"<@{problem.word}> is a person, not a company or a modality: try "
                f"{' or '.join(f'`/deals {s}`' for s in problem.suggestions)}, or `/deals help`."
            )
        case "bad_channel":
            return (
                f"I can't tell which channel `{problem.word}` is: pick it from the list Slack offers as you type `#`."
            )
        case _:
            return f"`/deals {problem.word}` needs more words. Try `/deals help`."


def _one_of(choices: tuple[str, ...]) -> str:
    quoted = [f"`{c}`" for c in choices]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1] if len(quoted) > 1 else "".join(quoted)


def _did_you_mean(choices: tuple[str, ...]) -> str:
    if not choices:
        return ""
    return " Did you mean " + " or ".join(f"`{c}`" for c in choices) + "?"


def unknown_company(name: str, suggestions: tuple[str, ...]) -> str:
    return f"I know no company or modality called `{name}`.{_did_you_mean(suggestions)} Try `/deals help`."


def company_choice(
    name: str, choices: Sequence[str], action: Literal["deals", "follow"], channel: str | None, unsettled: bool
) -> str:
    """A name of several companies ("Merck"): which one; with the commands that name each of them, and
    whether some deals name it without saying which."""
    where_to = f" <#{channel}>" if channel else ""
    verb = "follow " if action == "follow" else ""
    typed = " or ".join(f"`/deals {verb}{c}{where_to}`" for c in choices)
    what = "Which one should I follow?" if action == "follow" else "Whose deals do you want?"
    text = f"`{name}` is the name of {len(choices)} companies. {what} Pick one, or type {typed}."
    if unsettled:
        text += f" Some deals name only `{name}`, their articles not saying which: the last button lists them."
    return text


def unsettled_button(name: str) -> str:
    return f"Only “{name}”, not said which"


def unsettled_subject(name: str) -> str:
    return f"“{name}”, the article not saying which company"


CHOICE_GONE = "That choice no longer works: type the command again, e.g. `/deals follow <company>`."


def party(name: str, role: str, candidates: Sequence[str] = ()) -> str:
    """A party on a card; a name of several companies says which it may be ("Merck & Co. or Merck KGaA")."""
    if candidates:
        return f"{name} ({role}; {' or '.join(candidates)}: the article does not say which)"
    return f"{name} ({role})"


def no_deals(subject: str) -> str:
    if subject == LATEST_SUBJECT:
        return NO_DEALS_AT_ALL
    return f"No deals stored for {subject} yet."


def deals_title(subject: str) -> str:
    return f"Deals — {subject}, newest first"


LATEST_SUBJECT = "all companies"
NO_DEALS_AT_ALL = "No deals stored yet: paste deal news in a channel I am in, or add a feed with `/deals source add`."
MORE_BUTTON = "More deals"
NO_MORE = "That was the last of them."


def subscribed(sub: Subscription, where: str) -> str:
    return f"Subscribed (#{sub.id}): {describe(sub)}, to {where}."


def followed(company: str, sub: Subscription, where: str) -> str:
    return f"Following {company} (#{sub.id}): its new deals go to {where}."


def already_following(company: str, sub: Subscription, channel: str | None) -> str:
    who = f"<#{channel}> already follows" if channel else "You already follow"
    return f"{who} {company} (#{sub.id}): its new deals go to {where(channel)}."


def unsubscribed(count: int) -> str:
    if count == 0:
        return "Nothing to unsubscribe from: `/deals subscriptions` lists what you have."
    return f"Unsubscribed from {count} subscription{'s' if count != 1 else ''}."


def paused(count: int, until: datetime, channel: str | None = None) -> str:
    if count == 0:
        return f"{_owner(channel)} no subscriptions to pause."
    plural = "s" if count != 1 else ""
    resume = f"`/deals resume <#{channel}>`" if channel else "`/deals resume`"
    of = f" of <#{channel}>" if channel else ""
    return f"Paused {count} subscription{plural}{of} until {until:%Y-%m-%d %H:%M} UTC; {resume} to undo."


def resumed(count: int, channel: str | None = None) -> str:
    if count == 0:
        return f"{_owner(channel)} no subscriptions to resume."
    of = f" of <#{channel}>" if channel else ""
    return f"Resumed {count} subscription{'s' if count != 1 else ''}{of}."


def _owner(channel: str | None) -> str:
    return f"<#{channel}> has" if channel else "You have"


def not_yours(refused: Sequence[Subscription], action: ChangeAction, unchecked: str | None = None) -> str:
    """Why some of a channel's subscriptions were left as they are (`action`: unsubscribe, pause, resume),
    who may change them, and what the user can do instead."""
    done = {"unsubscribe": "removed", "pause": "paused", "resume": "resumed"}[action]
    channels = " and ".join(f"<#{c}>" for c in dict.fromkeys(s.subscriber.id for s in refused))
    ids = ", ".join(f"#{s.id}" for s in refused)
    count = len(refused)
    text = (
        f"{count} subscription{'s' if count != 1 else ''} of {channels} ({ids}) {'were' if count != 1 else 'was'}"
        f" not {done}: a channel's subscription can be changed or removed only by whoever made it, the channel's"
        " manager (whoever created the channel) or a workspace admin."
    )
    if unchecked:
        text += f" I could not check with Slack whether you are one of them (`{unchecked}`); try again in a minute."
    makers = [f"<@{m}>" for m in dict.fromkeys(s.created_by for s in refused) if m]
    ask = " or ".join([*makers, "the channel's manager"]) if makers else "the channel's manager or an admin"
    text += f" You can ask {ask}"
    if action == "resume":
        return text + f", or have such alerts sent to you by DM: {_dm_instead(refused[0])}."
    return text + ", or mute the channel for yourself; `/deals subscriptions` lists the subscriptions you made."


def _dm_instead(sub: Subscription) -> str:
    if sub.companies and not sub.modalities:
        return f"`/deals follow {sub.companies[0]}`"
    words = ["subscribe", *(sub.modalities or ("car-t", "adc"))]
    if sub.min_usd is not None:
        words.append(f"min {format_usd(sub.min_usd)}")
    if sub.mode == "digest":
        words.append(f"digest {sub.cadence or 'daily'}")
    return f"`/deals {' '.join(words)}`"


def no_subscriptions() -> str:
    return "You have no subscriptions. Try `/deals subscribe car-t adc` or `/deals follow sanofi`."


def describe(sub: Subscription) -> str:
    parts = []
    if sub.modalities:
        parts.append(", ".join(sub.modalities))
    if sub.companies:
        parts.append("deals of " + ", ".join(sub.companies))
    if not parts:
        parts.append("every deal")
    if sub.min_usd is not None:
        parts.append(f"at least {format_usd(sub.min_usd)}")
    parts.append(f"{sub.cadence or 'daily'} digest" if sub.mode == "digest" else "each deal")
    return "; ".join(parts)


def subscription_line(sub: Subscription, where: str, now: datetime, *, made_by_other: bool = False) -> str:
    """One subscription; `made_by_other`: a channel's that someone else made, who is named (when known)."""
    line = f"#{sub.id} — {describe(sub)} — to {where}"
    if sub.paused_until is not None and sub.paused_until > now:
        line += f" — paused until {sub.paused_until:%Y-%m-%d}"
    if made_by_other:
        line += f" — made by <@{sub.created_by}>" if sub.created_by else " — maker not recorded"
    return line


def where(channel: str | None) -> str:
    return f"<#{channel}>" if channel else "you by direct message"


NO_SOURCES = "No feeds or pages are watched yet. Add one with `/deals source add https://… every 15m`."


def source_added(source_id: int, url: str, every: str) -> str:
    return (
        f"Watching {url} (#{source_id}) every {every}. What it already lists is stored without alerts; "
        "new items are alerted."
    )


def source_known(url: str) -> str:
    return f"{url} is watched already: `/deals sources` lists the sources with their health."


def source_refused(problem: str) -> str:
    return f"I can't watch that: {problem}."


def source_unknown(key: str) -> str:
    return f"No source `{key}`: `/deals sources` lists them with their ids."


def source_changed(source_id: int, url: str, action: str) -> str:
    done = {"remove": "No longer watching", "pause": "Paused", "resume": "Watching again"}[action]
    return f"{done} {url} (#{source_id})."


def source_line(
    source_id: int,
    url: str,
    health: str,
    every: str,
    last_success: datetime | None,
    last_error: str | None,
    items_seen: int,
) -> str:
    line = f"#{source_id} — {url} — {health}, every {every}, {items_seen} items seen"
    if last_success is not None:
        line += f", last read {last_success:%Y-%m-%d %H:%M} UTC"
    if health == "failing" and last_error:
        line += f" — last error: {last_error[:120]}"
    return line


NOT_ENGLISH = (
    "I read English articles only, so I left this one alone: paste an English version of it, or a link to one,"
    " and I'll summarise the deal."
)


_NOT_READ_WHY = {
    "private_address": "it is not a public address (it is on a private, loopback or link-local network), and I read"
    " only pages on the internet",
    "unreachable": "the site could not be reached ({detail})",
    "http_status": "the site answered {detail}",
    "too_large": "it is larger than I read ({detail})",
    "bad_url": "it is not a web address I can open",
    "redirects": "it redirects too many times",
    "pdf": "it is a PDF file, and I read only text or HTML",
    "office": "it is a Word, Excel or ZIP file, and I read only text or HTML",
    "image": "it is an image, and I read only text or HTML",
    "binary": "it is not a text or HTML file",
    "empty": "it is empty",
    "no_text": "it holds no text I can read",
    "encoding": "its text is in an encoding I could not recognise",
    "download_failed": "I could not download it from Slack ({detail})",
}
"""Why a link or a shared file was not read, by `Notice.problem`."""


def input_notices(notices: Sequence[Notice]) -> str:
    """One line per link or file of a message that was not read, or read only in part."""
    return "\n".join(input_notice(n) for n in notices)


def input_notice(notice: Notice) -> str:
    name = f"`{_escape(notice.name[:300])}`"
    if notice.problem == "clipped":
        return (
            f"I read only the first {MAX_DOCUMENT_CHARS:,} characters of {name} (it has {notice.chars or 0:,}); the"
            " rest was skipped. Paste the article alone, or its link, to have all of it read."
        )
    why = _NOT_READ_WHY.get(notice.problem, "it could not be read").format(
        detail=_escape((notice.detail or "?").removeprefix("too large: "))
    )
    if notice.subject == "link":
        later = ", or try the link again later" if notice.problem == "unreachable" else ""
        return f"I couldn't read the link {name}: {why}. Paste the article's text here instead{later}."
    return f"I couldn't read the file {name}: {why}. Paste the article's text here instead, or its link."


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


THREAD_NOTE_NEW = "New deal stored."
SLACK_SOURCE = "a Slack message"
FOLLOWUP_SLACK_SOURCE = "A Slack message"


def followup(outlet: str, additions: Sequence[str]) -> str:
    """A later report's additions, in the thread of an alert sent before it."""
    return f"{outlet} adds: {'; '.join(additions)}"

"""How a card's sources name a Slack message (linked to its permalink when it is known)."""
THREAD_NOTE_KNOWN = "Already known: first seen {first_seen:%Y-%m-%d}, reported by {sources} source{plural}."
FULL_SUMMARY_FALLBACK = "Full terms: {headline}"


def old_news(max_age_days: int) -> str:
    """The thread note's addition for an article older than the news age limit."""
    return f"It is more than {max_age_days} days old, so nobody was alerted."


def announced(day: date) -> str:
    """When a deal was announced: its earliest article's own date (`Announced 8 January 2024`)."""
    return f"Announced {day.day} {day:%B %Y}"
HOME_TITLE = "Your deal alerts"
HOME_MODALITIES = "Alert me by direct message about new deals in:"
HOME_MIN = "Only deals worth at least"
HOME_MIN_ANY = "any value"


def home_min_mixed(values: set[Decimal | None]) -> str:
    """What the Home tab's minimum shows when it is none of its choices: the one value, or that they differ."""
    if len(values) != 1:
        return "differs by subscription"
    value = next(iter(values))
    return format_usd(value) if value is not None else HOME_MIN_ANY


HOME_LATEST = "Latest deals"
HOME_NONE = "No deals stored yet."
HOME_SAVED = "Saved."
DIGEST_TITLE = "Your deal digest: {count} new deal{plural}"

STORAGE_FAULTS: dict[Reason, str] = {
    "read_only": "the database is read-only",
    "gone": "the database file is gone",
    "replaced": "the database file was replaced by another one",
    "corrupt": "the database file is damaged",
    "full": "the database's disk is full",
    "io_error": "the database's disk could not be written",
    "denied": "the database refuses writes",
    "unreachable": "the database server cannot be reached",
    "busy": "the database stayed locked by another process",
}


def not_saved(reason: Reason) -> str:
    """A write the database refused: the user's command, Home tab change or pasted article."""
    return f"I couldn't save that: {STORAGE_FAULTS[reason]}; nothing was changed."


COMMAND_FAILED = "Something went wrong on my side answering that; it is logged for whoever runs me."


def not_read(reason: Reason) -> str:
    return f"I couldn't look that up: {STORAGE_FAULTS[reason]}."


# --- corrections from Slack ---------------------------------------------------------------------------

MENU_FIX = "Fix a term"
MENU_RETRACT = "Not a deal"
MENU_MERGE = "Same deal as…"
FIX_TITLE = "Fix a term"
FIX_SUBMIT = "Save"
MERGE_TITLE = "Same deal as…"
MERGE_SUBMIT = "Merge"
MODAL_CLOSE = "Cancel"
FIX_INTRO = (
    "Change what is wrong and save: each field you change is recorded as your correction, shown everywhere the"
    " deal is, and never undone by a later report. Leave a field empty to say the deal has none."
)
FIX_LABELS = {
    "parties": "Parties, one a line: Name (role)",
    "deal_types": "Deal types",
    "modalities": "Modalities",
    "upfront": "Upfront",
    "milestones": "Milestones",
    "total_value": "Total value",
    "equity": "Equity",
    "royalties": "Royalties",
    "assets": "Assets (separated by commas)",
    "targets": "Targets (separated by commas)",
    "territory": "Territory",
}
AMOUNT_HINT = "An amount with its currency: USD 12.5 million, $40m, EUR 1.2bn, 250,000,000"
ROYALTIES_HINT = "yes, tiered, 5%, 7%–13%, up to 10%; empty for none"
PARTY_LINE_PROBLEM = "write each party on its own line as Name (role), e.g. Servier (licensee)"
ROYALTIES_PROBLEM = "write yes, tiered, a rate such as 5%, a range such as 7%–13%, or up to 10%; empty for none"
NOTHING_CHANGED = "Nothing was changed: edit a field, or cancel."
MERGE_INTRO = "Which stored deal is this one? Its reports join that deal, and this one is no longer listed."
MERGE_CHOICE = "The same deal as"
MERGE_NONE = "No other recent deal of these companies is stored, so there is nothing to merge this one into."
DEAL_GONE = "That deal is no longer stored."
NOT_A_CORRECTOR = (
    "Only the people this workspace named as correctors can change deals here. Ask one of them, or whoever runs"
    " dealbot (it is the `DEALBOT_CORRECTORS` setting)."
)
CORRECTORS_UNKNOWN = (
    "I couldn't check who may correct deals (Slack did not answer the user-group lookup); try again in a moment."
)


def corrected_by(who: str) -> str:
    """`who`: a mention (`<@U123>`), as a card's mrkdwn shows it."""
    return f"corrected by {who}"


def withdrawn_by(who: str) -> str:
    return f"withdrawn by {who}: not a deal"


def merged_by(who: str, into: int) -> str:
    return f"same deal as #{into}, merged by {who}"


def cannot_correct(why: str) -> str:
    return f"I couldn't change that deal: {why}."


def deal_option(headline: str, first_seen: datetime, deal_id: int) -> str:
    return f"#{deal_id} {first_seen:%Y-%m-%d} {headline}"
