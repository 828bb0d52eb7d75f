"""Corrections of a deal's terms by a person, as rules: what a valid value is, and how corrections apply.

- A correction sets one field of `CorrectableField` (parties with their roles, deal types, modalities,
  the four money fields, royalties, assets, targets, territory) to a value as a form gives it.
  `normalize` checks it as the extractor's models would and gives the form it is stored in, or raises
  `InvalidCorrection` naming the field and saying what would do instead:
  - parties: a list of `{"name", "role"}` (roles of `extraction.models.Role`), at least one, each company
    once;
  - deal types and modalities: codes of their vocabularies, as a list or one comma-separated text;
  - assets and targets: names, as a list or one text separated by commas, semicolons or lines;
  - money: `{"amount", "currency"}`, or the amount alone; the amount as a number or as written
    ("12.5 million", "$40m", "EUR 1.2bn", "250,000,000"); a comma only ever separates thousands, so
    "12,5 million" is refused rather than read as 125 million; the currency is an ISO 4217 code (or the
    sign or code written with the amount); the USD figure is converted at the rate of the deal's date;
  - royalties: `{"tiered", "low_pct", "high_pct", "text"}` (percentages from 0 to 100, the low one not
    above the high one), `true` for royalties of unknown rates, or `false`/None for none;
  - territory: free text, or None.
  None clears a field (a money field then states no figure).
- The terms a deal shows are its reports' terms (the extraction, with later reports merged in) with its
  corrections applied over them, oldest first (`apply`): a corrected field shows the person's value,
  whatever a report says before or after. A corrected money field leaves `uncertain` (a person has read
  it); given a figure it leaves `undisclosed` too, and "all" goes. A corrected field's evidence sentence
  is dropped: it backed the reading the person replaced. A party keeps the other spellings it had when
  its name is kept.
- `renames` pairs the parties a correction took out with those it put in, in order, when their numbers
  are equal: the party "renamed".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Final, get_args

from pydantic import BaseModel, ConfigDict, Field, JsonValue, ValidationError, field_validator

from bot.store.errors import InvalidCorrection
from bot.store.models import CorrectableField
from extraction.currencies import CODES, SCALE_ABBREVIATIONS, SCALE_LETTERS, SCALE_WORDS
from extraction.fx import to_usd
from extraction.models import MONEY_FIELDS, Deal, DealType, Modality, Money, MoneyField, Party, Role, Royalties
from extraction.money import find_money

CORRECTABLE: Final[tuple[CorrectableField, ...]] = get_args(CorrectableField)
MAX_NAME_CHARS: Final = 300
"""A party's name, as long as a stored company's canonical name may be (`companies.canonical`)."""
MAX_ITEM_CHARS: Final = 200
"""An asset, target or territory: longer text is a sentence pasted in, not a name."""
MAX_ITEMS: Final = 50
"""Items of a list field (parties, assets, targets, ...): more is a paste of something else."""
MAX_ROYALTY_TEXT: Final = 500

_CURRENCIES: Final = frozenset(CODES.values())
_ROLES: Final = get_args(Role)
_DEAL_TYPES: Final = get_args(DealType)
_MODALITIES: Final = get_args(Modality)
_MONEY: Final[dict[str, MoneyField]] = {f: f for f in MONEY_FIELDS}
_SEPARATORS = re.compile(r"[,;\n]")
_NUMBER = re.compile(r"^(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?\s*(?P<scale>\D.*)?$")
_SCALES: Final = {
    **{word.casefold(): power for word, power in SCALE_WORDS.items()},
    **{word.casefold().rstrip("."): power for word, power in SCALE_ABBREVIATIONS.items()},
    **{letter.casefold(): power for letter, power in SCALE_LETTERS.items()},
}
_AMOUNT_EXAMPLES = "write it as 12.5 million, $40m, EUR 1.2bn or 250,000,000 (a comma only between thousands)"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class _PartyInput(_Frozen):
    name: str = Field(min_length=1, max_length=MAX_NAME_CHARS)
    role: Role


class _MoneyInput(_Frozen):
    amount: str | int | float | Decimal
    currency: str | None = None


class _RoyaltiesInput(_Frozen):
    tiered: bool = False
    low_pct: Decimal | None = Field(default=None, ge=0, le=100)
    high_pct: Decimal | None = Field(default=None, ge=0, le=100)
    text: str = Field(default="", max_length=MAX_ROYALTY_TEXT)

    @field_validator("low_pct", "high_pct", mode="before")
    @classmethod
    def _percent_sign(cls, value: Any) -> Any:
        return value.strip().removesuffix("%").strip() or None if isinstance(value, str) else value


def normalize(field: CorrectableField, value: JsonValue, on: date | None) -> JsonValue:
    """The stored form of `value` for `field` (rules above); `on` dates the USD conversion of amounts."""
    if field == "parties":
        return _parties(value)
    if field in ("deal_types", "modalities"):
        vocabulary = _DEAL_TYPES if field == "deal_types" else _MODALITIES
        return _codes(field, value, vocabulary)
    if field in ("assets", "targets"):
        return _names(field, value)
    if field == "territory":
        return _territory(value)
    if field == "royalties":
        return _royalties(value)
    return _money(_MONEY[field], value, on)


def apply(deal: Deal, corrections: Sequence[tuple[CorrectableField, JsonValue]]) -> Deal:
    """`deal` with the `(field, stored value)` corrections applied in order (rules above)."""
    for field, value in corrections:
        deal = _apply_one(deal, field, value)
    return deal


def shown(deal: Deal, field: CorrectableField) -> JsonValue:
    """The field's value in the deal, in the stored form of a correction (what a correction replaces)."""
    if field == "parties":
        return [{"name": p.name, "role": p.role} for p in deal.parties]
    value: JsonValue = deal.model_dump(mode="json")[field]
    return value


def renames(old: Sequence[Party], new: Sequence[Party], company: Callable[[str], object]) -> list[tuple[str, str]]:
    """(old name, new name) of the parties replaced one for one; `company` gives a name's company, so a
    party kept under another spelling of its company is not a rename."""
    kept_new = {company(p.name) for p in new}
    kept_old = {company(p.name) for p in old}
    gone = [p.name for p in old if company(p.name) not in kept_new]
    came = [p.name for p in new if company(p.name) not in kept_old]
    if len(gone) != len(came):
        return []
    return [(a, b) for a, b in zip(gone, came, strict=True) if a.casefold() != b.casefold()]


# --- values -------------------------------------------------------------------------------------------


def _parties(value: JsonValue) -> JsonValue:
    if not isinstance(value, list) or not value:
        raise InvalidCorrection("parties", "give at least one party, each with a name and a role")
    if len(value) > MAX_ITEMS:
        raise InvalidCorrection("parties", f"at most {MAX_ITEMS} parties")
    parties: list[_PartyInput] = []
    for item in value:
        try:
            party = _PartyInput.model_validate(item)
        except ValidationError as error:
            raise InvalidCorrection("parties", _party_problem(item, error)) from error
        if any(p.name.casefold() == party.name.casefold() for p in parties):
            raise InvalidCorrection("parties", f"{party.name} is named twice; name each company once")
        parties.append(party)
    return [p.model_dump(mode="json") for p in parties]


def _party_problem(item: object, error: ValidationError) -> str:
    where = {str(e["loc"][0]) for e in error.errors() if e["loc"]}
    if isinstance(item, dict) and "role" in where and item.get("name"):
        return f"not a role: {item.get('role')!r} (one of {', '.join(_ROLES)})"
    if "name" in where:
        return f"each party needs a name of 1 to {MAX_NAME_CHARS} characters"
    return "each party is a name and a role"


def _items(field: str, value: JsonValue) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = _SEPARATORS.split(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidCorrection(field, "give a list of names, or one text separated by commas")
    items = list(dict.fromkeys(v.strip() for v in value if isinstance(v, str) and v.strip()))
    if len(items) > MAX_ITEMS:
        raise InvalidCorrection(field, f"at most {MAX_ITEMS} items")
    return items


def _codes(field: str, value: JsonValue, vocabulary: tuple[str, ...]) -> JsonValue:
    codes = [v.casefold() for v in _items(field, value)]
    for code in codes:
        if code not in vocabulary:
            noun = "deal type" if field == "deal_types" else "modality"
            raise InvalidCorrection(field, f"not a {noun}: {code!r} (one of {', '.join(vocabulary)})")
    return list(dict.fromkeys(codes))


def _names(field: str, value: JsonValue) -> JsonValue:
    names: dict[str, str] = {}
    for name in _items(field, value):
        if len(name) > MAX_ITEM_CHARS:
            raise InvalidCorrection(field, f"{name[:40]}...: at most {MAX_ITEM_CHARS} characters a name")
        names.setdefault(name.casefold(), name)
    return list(names.values())


def _territory(value: JsonValue) -> JsonValue:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidCorrection("territory", "give the territory as text, e.g. worldwide, ex-US, Greater China")
    text = " ".join(value.split())
    if len(text) > MAX_ITEM_CHARS:
        raise InvalidCorrection("territory", f"at most {MAX_ITEM_CHARS} characters")
    return text or None


def _royalties(value: JsonValue) -> JsonValue:
    if value is None or value is False:
        return None
    if value is True:
        return Royalties().model_dump(mode="json")
    try:
        given = _RoyaltiesInput.model_validate(value)
    except ValidationError as error:
        raise InvalidCorrection(
            "royalties", "rates are percentages from 0 to 100, e.g. 5 or 12.5%; or say only whether there are any"
        ) from error
    if given.low_pct is not None and given.high_pct is not None and given.low_pct > given.high_pct:
        raise InvalidCorrection("royalties", "the low rate is above the high one")
    tiered = given.tiered or (
        given.low_pct is not None and given.high_pct is not None and given.low_pct != given.high_pct
    )
    royalties = Royalties(tiered=tiered, low_pct=given.low_pct, high_pct=given.high_pct, text=given.text)
    return royalties.model_dump(mode="json")


def _money(field: MoneyField, value: JsonValue, on: date | None) -> JsonValue:
    if value is None:
        return None
    if not isinstance(value, dict):
        value = {"amount": value}
    if isinstance(value.get("amount"), bool):
        raise InvalidCorrection(field, f"not an amount; {_AMOUNT_EXAMPLES}")
    if value.get("amount") in (None, ""):
        if value.get("currency") in (None, ""):
            return None
        raise InvalidCorrection(field, f"give an amount with the currency; {_AMOUNT_EXAMPLES}")
    try:
        given = _MoneyInput.model_validate(value)
    except ValidationError as error:
        raise InvalidCorrection(field, f"not an amount; {_AMOUNT_EXAMPLES}") from error
    amount, written_currency, text = _amount(field, given.amount)
    currency = _currency(field, given.currency) if given.currency else written_currency
    if given.currency and written_currency and currency != written_currency:
        raise InvalidCorrection(field, f"the amount says {written_currency} but the currency is {currency}")
    money = Money(amount=amount, currency=currency, usd=to_usd(amount, currency, on), amount_text=text)
    return money.model_dump(mode="json")


def _amount(field: str, given: str | int | float | Decimal) -> tuple[Decimal, str | None, str]:
    """The amount, the currency written with it (or None), and the text it was read from."""
    if not isinstance(given, str):
        return _positive(field, Decimal(str(given)), str(given)), None, str(given)
    text = " ".join(given.split())
    read = find_money(text)
    if len(read) == 1 and (read[0].start, read[0].end) == (0, len(text)) and read[0].per_unit is None:
        return _positive(field, read[0].amount, text), read[0].currency, text
    found = _NUMBER.match(text)
    scale = (found.group("scale") or "").strip().casefold().rstrip(".") if found else ""
    power = _SCALES.get(scale, _SCALES.get(scale.removesuffix("s"))) if scale else 0
    if found is None or power is None:
        raise InvalidCorrection(field, f"not an amount: {text!r}; {_AMOUNT_EXAMPLES}")
    try:
        number = Decimal(f"{found.group('whole').replace(',', '')}.{found.group('fraction') or '0'}")
    except InvalidOperation as error:
        raise InvalidCorrection(field, f"not an amount: {text!r}; {_AMOUNT_EXAMPLES}") from error
    return _positive(field, number.scaleb(power), text), None, text


def _positive(field: str, amount: Decimal, text: str) -> Decimal:
    if not amount.is_finite() or amount <= 0:
        raise InvalidCorrection(field, f"not an amount: {text!r}; give a figure above zero")
    return Decimal(int(amount)) if amount == amount.to_integral_value() else amount.normalize()


def _currency(field: str, code: str) -> str:
    found = CODES.get(code.strip().upper())
    if found is None or found not in _CURRENCIES:
        raise InvalidCorrection(field, f"not a currency code: {code!r} (an ISO 4217 code: USD, EUR, GBP, CNY, JPY ...)")
    return found


# --- applying ---------------------------------------------------------------------------------------------


def _apply_one(deal: Deal, field: CorrectableField, value: JsonValue) -> Deal:
    evidence = {k: v for k, v in deal.evidence.items() if k != field}
    changes: dict[str, Any] = {"evidence": evidence}
    if field == "parties":
        aliases = {p.name.casefold(): p.aliases for p in deal.parties}
        given = value if isinstance(value, list) else []
        changes["parties"] = tuple(
            Party(name=p["name"], role=p["role"], aliases=aliases.get(str(p["name"]).casefold(), ()))
            for p in given
            if isinstance(p, dict)
        )
    elif field in MONEY_FIELDS:
        money = Money.model_validate(value) if value is not None else None
        changes[field] = money
        changes["uncertain"] = tuple(u for u in deal.uncertain if u != field)
        if money is not None:
            changes["undisclosed"] = tuple(u for u in deal.undisclosed if u not in (field, "all"))
    elif field == "royalties":
        changes["royalties"] = Royalties.model_validate(value) if value is not None else None
    elif field == "territory":
        changes["territory"] = value
    else:
        changes[field] = tuple(value) if isinstance(value, list) else ()
    return Deal.model_validate({**deal.model_dump(), **changes})
