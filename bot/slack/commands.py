"""Reading the words of `/deals ...` into one typed command; unknown words get the nearest valid choices.

Grammar (words are case-insensitive; a channel is Slack's escaped `<#C123|name>` form; Slack sends a typed
"&" as "&amp;", read back as "&": "Merck &amp; Co." is "Merck & Co."):
  /deals help | latest | subscriptions
  /deals <company>                        /deals <modality>        /deals modality <modality>
  /deals subscribe <modality>... [#channel] [min $100m] [digest daily|weekly]
  /deals follow <company> [#channel]      /deals unsubscribe <id|modality|company|all>
  /deals pause [30m|12h|3d|2w|2mo] [#channel]    /deals resume [#channel]
  /deals sources                          /deals source add <url> [every 15m]
  /deals source remove|pause|resume <id>
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process, utils

from extraction.models import Modality

MODALITIES: tuple[Modality, ...] = get_args(Modality)
KEYWORDS = (
    "help", "latest", "subscriptions", "subscribe", "follow", "unsubscribe", "pause", "resume", "modality", "sources",
    "source",
)  # fmt: skip
DEFAULT_PAUSE = timedelta(weeks=1)
AMOUNT_EXAMPLES = ("min $100m", "min 100 million", "min 1.5bn")

_MODALITY_WORDS: dict[str, Modality] = {
    **{re.sub(r"[^a-z0-9]", "", m): m for m in MODALITIES},
    "carts": "car-t", "carnk": "cell-therapy", "cells": "cell-therapy", "celltherapies": "cell-therapy",
    "antibodies": "antibody", "mab": "antibody", "mabs": "antibody", "bispecifics": "bispecific",
    "adcs": "adc", "radiopharmaceuticals": "radiopharmaceutical", "radioligand": "radiopharmaceutical",
    "radioligands": "radiopharmaceutical", "rlt": "radiopharmaceutical", "smallmolecules": "small-molecule",
    "peptides": "peptide", "proteins": "protein", "genetherapies": "gene-therapy", "aav": "gene-therapy",
    "crispr": "gene-editing", "oligonucleotides": "oligonucleotide", "aso": "oligonucleotide",
    "sirna": "oligonucleotide", "rnai": "oligonucleotide", "vaccines": "vaccine", "ai": "platform-ai",
}
_CHANNEL = re.compile(r"^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$")
_PERSON = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$")
_DURATION = re.compile(r"^(\d{1,3})([a-z]+)$")
_MINUTE, _HOUR, _DAY, _WEEK, _MONTH = (
    timedelta(minutes=1), timedelta(hours=1), timedelta(days=1), timedelta(weeks=1), timedelta(days=30)
)
DURATION_UNITS: dict[str, timedelta] = {
    "m": _MINUTE, "min": _MINUTE, "mins": _MINUTE, "minute": _MINUTE, "minutes": _MINUTE,
    "h": _HOUR, "hr": _HOUR, "hrs": _HOUR, "hour": _HOUR, "hours": _HOUR,
    "d": _DAY, "day": _DAY, "days": _DAY,
    "w": _WEEK, "wk": _WEEK, "wks": _WEEK, "week": _WEEK, "weeks": _WEEK,
    "mo": _MONTH, "month": _MONTH, "months": _MONTH,
}  # fmt: skip
"""A duration's units: `m` is minutes (as in `every 15m`); months are `mo` or `month(s)`, of 30 days."""
DURATION_EXAMPLES = ("30m", "12h", "3d", "2w", "2mo")
_SCALE = {
    "": 1, "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "mm": 10**6, "mln": 10**6, "million": 10**6,
    "millions": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9, "billion": 10**9, "billions": 10**9,
}  # fmt: skip
_SCALE_WORDS = "|".join(sorted(filter(None, _SCALE), key=len, reverse=True))
_AMOUNT = re.compile(r"^(?:us)?\$?([0-9][0-9,]*(?:\.[0-9]+)?)(" + _SCALE_WORDS + r")?$")


class _Command(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Help(_Command):
    kind: Literal["help"] = "help"


class Latest(_Command):
    kind: Literal["latest"] = "latest"


class ByModality(_Command):
    kind: Literal["modality"] = "modality"
    modality: Modality


class ByCompany(_Command):
    kind: Literal["company"] = "company"
    company: str


class Subscribe(_Command):
    kind: Literal["subscribe"] = "subscribe"
    modalities: tuple[Modality, ...]
    channel: str | None = None
    min_usd: Decimal | None = None
    digest: Literal["daily", "weekly"] | None = None


class Follow(_Command):
    kind: Literal["follow"] = "follow"
    company: str
    channel: str | None = None


class Unsubscribe(_Command):
    kind: Literal["unsubscribe"] = "unsubscribe"
    target: str
    """A subscription id, a modality, a company, or "all"."""
    channel: str | None = None


class Pause(_Command):
    kind: Literal["pause"] = "pause"
    duration: timedelta
    channel: str | None = None
    """The channel whose subscriptions to pause; the user's own when None."""


class Resume(_Command):
    kind: Literal["resume"] = "resume"
    channel: str | None = None


class ListSubscriptions(_Command):
    kind: Literal["subscriptions"] = "subscriptions"


class AddSource(_Command):
    kind: Literal["source_add"] = "source_add"
    url: str
    every: str | None = None
    """As typed ("15m", "every 2h"); read by `bot.feeds.sources.parse_every`."""


class ListSources(_Command):
    kind: Literal["sources"] = "sources"


class ChangeSource(_Command):
    kind: Literal["source_change"] = "source_change"
    action: Literal["remove", "pause", "resume"]
    source: str
    """A source id or its URL."""


class Invalid(_Command):
    """Words that are not a command: what was wrong, and the nearest valid choices."""

    kind: Literal["invalid"] = "invalid"
    problem: Literal[
        "unknown_word", "no_modality", "bad_amount", "bad_duration", "bad_channel", "person", "missing"
    ]
    word: str
    suggestions: tuple[str, ...] = ()


Command = (
    Help | Latest | ByModality | ByCompany | Subscribe | Follow | Unsubscribe | Pause | Resume
    | ListSubscriptions | AddSource | ListSources | ChangeSource | Invalid
)


def modality_of(word: str) -> Modality | None:
    return _MODALITY_WORDS.get(re.sub(r"[^a-z0-9]", "", word.lower()))


def nearest(word: str, choices: tuple[str, ...] | list[str], limit: int = 3, cutoff: float = 70) -> tuple[str, ...]:
    """The valid choices closest in spelling to `word`, best first."""
    found = process.extract(
        word, choices, scorer=fuzz.ratio, processor=utils.default_process, limit=limit, score_cutoff=cutoff
    )
    return tuple(choice for choice, _score, _index in found)


def parse(text: str) -> Command:
    """Read `/deals` text. Words that are neither a keyword nor a modality are taken as a company; the
    caller resolves it and, when no company answers to it, reports `Invalid` with `suggest_for`."""
    words = text.replace("&amp;", "&").split()
    if not words:
        return Help()
    person = next((match.group(1) for w in words if (match := _PERSON.match(w))), None)
    if person is not None:  # a mention: no command takes a person
        return Invalid(problem="person", word=person, suggestions=("sanofi", "car-t"))
    head, rest = words[0].lower(), words[1:]
    if head in ("help", "?"):
        return Help()
    if head in ("latest", "new", "recent"):
        return Latest()
    if head in ("subscriptions", "list", "mine"):
        return ListSubscriptions()
    if head == "resume":
        channel, extra = _split_channel(rest)
        if isinstance(channel, Invalid):
            return channel
        if extra:
            return Invalid(problem="unknown_word", word=" ".join(extra), suggestions=("resume", "resume #channel"))
        return Resume(channel=channel)
    if head == "sources":
        return ListSources()
    if head == "source":
        return _source(rest)
    if head == "modality":
        if not rest:
            return Invalid(problem="missing", word="modality", suggestions=MODALITIES[:5])
        return _modality_query(" ".join(rest))
    if head == "subscribe":
        return _subscribe(rest)
    if head == "follow":
        channel, names = _split_channel(rest)
        if isinstance(channel, Invalid):
            return channel
        if not names:
            return Invalid(problem="missing", word="follow")
        return Follow(company=" ".join(names), channel=channel)
    if head == "unsubscribe":
        channel, names = _split_channel(rest)
        if isinstance(channel, Invalid):
            return channel
        if not names:
            return Invalid(problem="missing", word="unsubscribe")
        return Unsubscribe(target=" ".join(names), channel=channel)
    if head == "pause":
        channel, spelt = _split_channel(rest)
        if isinstance(channel, Invalid):
            return channel
        if not spelt:
            return Pause(duration=DEFAULT_PAUSE, channel=channel)
        duration = parse_duration(" ".join(spelt))
        if duration is None:
            return Invalid(problem="bad_duration", word=" ".join(spelt), suggestions=DURATION_EXAMPLES)
        return Pause(duration=duration, channel=channel)
    whole = " ".join(words)
    modality = modality_of(whole)
    if modality is not None:
        return ByModality(modality=modality)
    return ByCompany(company=whole)


def parse_duration(text: str) -> timedelta | None:
    """`30m` (minutes), `12h`, `3d`, `2w`, `2mo` (30-day months), with or without a space, units spelt out
    or not; None for a bare number, an unknown unit or zero."""
    match = _DURATION.match(re.sub(r"\s+", "", text.lower()))
    if match is None or int(match.group(1)) == 0 or match.group(2) not in DURATION_UNITS:
        return None
    return int(match.group(1)) * DURATION_UNITS[match.group(2)]


def suggest_for(word: str, companies: list[str]) -> Invalid:
    """The answer for a word that is no keyword, modality or known company: the nearest of all three."""
    modality_hits = nearest(word, [*_MODALITY_WORDS, *MODALITIES], cutoff=75)
    modalities = tuple(dict.fromkeys(_MODALITY_WORDS.get(w, w) for w in modality_hits))
    first, _, rest = word.partition(" ")
    keywords = tuple(f"{k} {rest}".strip() for k in nearest(first, KEYWORDS, cutoff=75))
    names = nearest(word, companies, cutoff=75) if len(word) >= 3 else ()
    return Invalid(problem="unknown_word", word=word, suggestions=(*modalities, *keywords, *names)[:4])


def _modality_query(word: str) -> ByModality | Invalid:
    modality = modality_of(word)
    if modality is not None:
        return ByModality(modality=modality)
    return _unknown_modality(word)


def _unknown_modality(word: str) -> Invalid:
    hits = nearest(word, [*_MODALITY_WORDS, *MODALITIES], cutoff=60)
    return Invalid(
        problem="unknown_word", word=word, suggestions=tuple(dict.fromkeys(_MODALITY_WORDS.get(w, w) for w in hits))
    )


def _source(words: list[str]) -> AddSource | ChangeSource | ListSources | Invalid:
    if not words:
        return ListSources()
    action, rest = words[0].lower(), [_unlink(w) for w in words[1:]]
    if action in ("list", "health"):
        return ListSources()
    if action == "add":
        if not rest:
            return Invalid(problem="missing", word="source add", suggestions=("source add https://… every 15m",))
        return AddSource(url=rest[0], every=" ".join(rest[1:]) or None)
    if action in ("remove", "delete", "pause", "resume"):
        if not rest:
            return Invalid(problem="missing", word=f"source {action}")
        return ChangeSource(action="remove" if action == "delete" else action, source=rest[0])
    return Invalid(problem="unknown_word", word=f"source {action}", suggestions=nearest(action, _SOURCE_ACTIONS))


_SOURCE_ACTIONS = ("add", "remove", "pause", "resume", "list")
_SLACK_LINK = re.compile(r"^<([^|>]+)(?:\|[^>]*)?>$")


def _unlink(word: str) -> str:
    """Slack sends a URL typed in a command as `<https://…>` or `<https://…|label>`."""
    match = _SLACK_LINK.match(word)
    return match.group(1) if match else word


def _split_channel(words: list[str]) -> tuple[str | Invalid | None, list[str]]:
    channel: str | None = None
    kept = []
    for word in words:
        match = _CHANNEL.match(word)
        if match is not None:
            channel = match.group(1)
        elif word.startswith("#"):
            return Invalid(problem="bad_channel", word=word), []
        else:
            kept.append(word)
    return channel, kept


def _subscribe(words: list[str]) -> Subscribe | Invalid:
    channel, words = _split_channel(words)
    if isinstance(channel, Invalid):
        return channel
    modalities: list[Modality] = []
    min_usd: Decimal | None = None
    digest: Literal["daily", "weekly"] | None = None
    index = 0
    while index < len(words):
        word = words[index].lower()
        following = words[index + 1].lower() if index + 1 < len(words) else None
        if word in ("min", "minimum", ">", ">="):
            if following is None:
                return Invalid(problem="bad_amount", word=word, suggestions=AMOUNT_EXAMPLES)
            scale = words[index + 2].lower() if index + 2 < len(words) else ""
            if scale in _SCALE and scale and (amount := _amount(following + scale)) is not None:
                min_usd, index = amount, index + 3  # "min 100 million"
                continue
            amount = _amount(following)
            if amount is None:
                return Invalid(problem="bad_amount", word=following, suggestions=AMOUNT_EXAMPLES)
            min_usd, index = amount, index + 2
            continue
        if word == "digest":
            if following in ("daily", "weekly"):
                digest, index = following, index + 2  # type: ignore[assignment]
            else:
                digest, index = "daily", index + 1
            continue
        if word in ("daily", "weekly"):
            digest, index = word, index + 1  # type: ignore[assignment]
            continue
        if word in (",", "and", "+"):
            index += 1
            continue
        for part in filter(None, word.split(",")):
            modality = modality_of(part)
            if modality is None:
                return _unknown_modality(part)
            modalities.append(modality)
        index += 1
    if not modalities:
        return Invalid(problem="no_modality", word="subscribe", suggestions=("car-t", "adc", "bispecific"))
    return Subscribe(modalities=tuple(dict.fromkeys(modalities)), channel=channel, min_usd=min_usd, digest=digest)


def _amount(word: str) -> Decimal | None:
    match = _AMOUNT.match(word.replace(" ", ""))
    if match is None:
        return None
    return Decimal(match.group(1).replace(",", "")) * _SCALE[match.group(2) or ""]
