"""The "Fix a term" modal: the deal's shown terms as a form, and what a submitted form changes.

Rules:
- One optional input per correctable field (`bot.store.correcting.CORRECTABLE`), its block id the field's
  name, prefilled with the deal's shown value: parties one a line as `Name (role)`; deal types and
  modalities as multi-selects of their vocabularies; money as `CUR 12,500,000` (the amount as stored);
  royalties as the card writes them (`tiered, 7%–13%`, `yes`); assets and targets separated by commas;
  territory as text. An emptied input clears its field.
- A field is changed when the value submitted, normalised by the store's own validation
  (`bot.store.correcting.normalize`), differs from the prefill normalised alike: "$10m" for
  "USD 10,000,000" changes nothing. Money compares amount and currency, royalties their rates, deal types
  and modalities the codes chosen, whatever their order.
- Every changed field is validated before anything is recorded: all the problems come back at once, each
  on its field's block (`InvalidCorrection.field`), and nothing is recorded while any remains.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, JsonValue
from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    StaticMultiSelectElement,
)
from slack_sdk.models.views import View

from bot.slack import limits, messages
from bot.slack.cards import clip, deal_headline
from bot.store import CorrectableField, InvalidCorrection, StoredDeal
from bot.store.correcting import CORRECTABLE, normalize
from bot.summary import modality_name, royalties_text
from extraction.models import MONEY_FIELDS, Deal, DealType, Modality, Money

FIX_VIEW = "deal_fix"
"""The callback id of the modal; its `private_metadata` is the deal's id."""
INPUT_ACTION = "value"
_SELECTS: dict[str, tuple[str, ...]] = {"deal_types": get_args(DealType), "modalities": get_args(Modality)}
_PARTY = re.compile(r"^(?P<name>.+?)\s*\((?P<role>[^()]*)\)\s*$")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%?")


class Change(BaseModel):
    """One changed field: the value as the form gave it (for `CorrectionInput.value`)."""

    model_config = ConfigDict(frozen=True)

    field: CorrectableField
    value: JsonValue


def view(stored: StoredDeal) -> View:
    blocks: list[Block] = [
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text=clip(f"*#{stored.id}* {deal_headline(stored.deal)}", limits.SECTION_TEXT_CHARS)
                ),
                MarkdownTextObject(text=messages.FIX_INTRO),
            ]
        )
    ]
    blocks += [_input(field, stored.deal) for field in CORRECTABLE]
    return View(
        type="modal",
        callback_id=FIX_VIEW,
        private_metadata=str(stored.id),
        title=PlainTextObject(text=clip(messages.FIX_TITLE, limits.MODAL_TITLE_CHARS)),
        submit=PlainTextObject(text=clip(messages.FIX_SUBMIT, limits.MODAL_TITLE_CHARS)),
        close=PlainTextObject(text=clip(messages.MODAL_CLOSE, limits.MODAL_TITLE_CHARS)),
        blocks=blocks[: limits.VIEW_BLOCKS],
    )


def changes(stored: StoredDeal, values: dict[str, Any]) -> list[Change]:
    """The fields the submitted `values` (a view's `state.values`) change; `InvalidCorrections` names the
    problems of the changed ones, field by field."""
    found: list[Change] = []
    problems: dict[str, str] = {}
    on = stored.reported_on
    for field in CORRECTABLE:
        if field not in values:
            continue
        try:
            given = _read(field, values[field].get(INPUT_ACTION) or {})
            checked = normalize(field, given, on)
        except InvalidCorrection as error:
            problems[field] = error.reason
            continue
        if _key(field, checked) != _key(field, _prefill_normalized(field, stored.deal, on)):
            found.append(Change(field=field, value=given))
    if problems:
        raise InvalidCorrections(problems)
    return found


class InvalidCorrections(ValueError):
    """Fields of a submitted form the deal's terms cannot hold: the reason for each, by field."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = problems


# --- the form ---------------------------------------------------------------------------------------


def _input(field: CorrectableField, deal: Deal) -> InputBlock:
    label = PlainTextObject(text=clip(messages.FIX_LABELS[field], limits.INPUT_LABEL_CHARS))
    element: StaticMultiSelectElement | PlainTextInputElement
    if field in _SELECTS:
        chosen = set(deal.deal_types if field == "deal_types" else deal.modalities)
        options = [_option(field, code) for code in _SELECTS[field][: limits.SELECT_OPTIONS]]
        initial = [o for o in options if o.value in chosen]
        element = StaticMultiSelectElement(
            action_id=INPUT_ACTION, options=options, initial_options=initial or None,
            placeholder=PlainTextObject(text=messages.FIX_LABELS[field]),
        )  # fmt: skip
    else:
        text = _prefill(field, deal)
        element = PlainTextInputElement(
            action_id=INPUT_ACTION,
            initial_value=text or None,
            multiline=field == "parties",
            max_length=limits.TEXT_INPUT_CHARS,
            placeholder=PlainTextObject(text=_hint(field)),
        )
    return InputBlock(block_id=field, label=label, element=element, optional=True)


def _option(field: str, code: str) -> Option:
    text = modality_name(code) if field == "modalities" else code  # type: ignore[arg-type]
    return Option(text=PlainTextObject(text=clip(text, limits.OPTION_TEXT_CHARS)), value=code)


def _hint(field: CorrectableField) -> str:
    if field in MONEY_FIELDS:
        return clip(messages.AMOUNT_HINT, 150)
    if field == "royalties":
        return messages.ROYALTIES_HINT
    return clip(messages.FIX_LABELS[field], 150)


def _prefill(field: CorrectableField, deal: Deal) -> str:
    if field == "parties":
        return "\n".join(f"{p.name} ({p.role})" for p in deal.parties)
    if field in MONEY_FIELDS:
        money = deal.money(field)
        return _money_text(money) if money is not None else ""
    if field == "royalties":
        return royalties_text(deal) or ""
    if field == "assets":
        return ", ".join(deal.assets)
    if field == "targets":
        return ", ".join(deal.targets)
    if field == "territory":
        return deal.territory or ""
    return ""


def _money_text(money: Money) -> str:
    amount = f"{money.amount:,f}" if money.amount == money.amount.to_integral_value() else f"{money.amount:,}"
    amount = amount.split(".")[0] if money.amount == money.amount.to_integral_value() else amount
    return f"{money.currency} {amount}" if money.currency else amount


def _prefill_normalized(field: CorrectableField, deal: Deal, on: date) -> object:
    if field in _SELECTS:
        given: JsonValue = list(deal.deal_types if field == "deal_types" else deal.modalities)
    else:
        given = _read(field, {"type": "plain_text_input", "value": _prefill(field, deal)})
    try:
        return normalize(field, given, on)
    except InvalidCorrection:
        return None


# --- reading a submitted form ----------------------------------------------------------------------------


def _read(field: CorrectableField, state: dict[str, Any]) -> JsonValue:
    """The form's value for `field`, as `CorrectionInput.value` takes it."""
    if field in _SELECTS:
        selected = state.get("selected_options") or []
        return [str(o.get("value")) for o in selected if isinstance(o, dict)]
    text = str(state.get("value") or "").strip()
    if field == "parties":
        return _parties(text)
    if field == "royalties":
        return _royalties(text)
    if field in ("assets", "targets"):
        return text
    return text or None


def _parties(text: str) -> JsonValue:
    parties: list[JsonValue] = []
    for line in (x.strip() for x in text.splitlines()):
        if not line:
            continue
        found = _PARTY.match(line)
        if found is None:
            raise InvalidCorrection("parties", f"{clip(line, 60)}: {messages.PARTY_LINE_PROBLEM}")
        parties.append({"name": found.group("name").strip(), "role": found.group("role").strip().casefold()})
    return parties


def _royalties(text: str) -> JsonValue:
    words = text.casefold()
    if words in ("", "no", "none"):
        return None
    rates = [m.group(1) for m in _PERCENT.finditer(words)]
    tiered = "tiered" in words
    rest = _PERCENT.sub("", words.replace("tiered", "").replace("yes", "").replace("up to", ""))
    if rest.strip(" ,–-—") or len(rates) > 2:
        raise InvalidCorrection("royalties", messages.ROYALTIES_PROBLEM)
    if not rates:
        return {"tiered": tiered} if tiered else True
    if len(rates) == 1:
        low = None if "up to" in words else rates[0]
        return {"tiered": tiered, "low_pct": low, "high_pct": rates[0]}
    return {"tiered": tiered, "low_pct": rates[0], "high_pct": rates[1]}


def _key(field: CorrectableField, value: object) -> object:
    """What a change of `field` is judged by: money by amount and currency, royalties by their rates, deal
    types and modalities whatever their order."""
    if isinstance(value, list) and field in _SELECTS:
        return frozenset(str(v) for v in value)
    if isinstance(value, dict) and field in MONEY_FIELDS:
        return (_number(value.get("amount")), value.get("currency"))
    if isinstance(value, dict) and field == "royalties":
        return (bool(value.get("tiered")), _number(value.get("low_pct")), _number(value.get("high_pct")))
    return value


def _number(value: object) -> Decimal | None:
    try:
        return Decimal(str(value)).normalize() if value is not None else None
    except InvalidOperation:
        return None
