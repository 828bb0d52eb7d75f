"""The typed result of reading one article: a deal, its parties, its money, and the evidence.

These models are the boundary between `extraction` and everything else (CLI, store, Slack cards).
`Extraction.contract_json()` gives the exact JSON shape of `dealbot extract --json`
(see CONTRACT.md): amounts become floats there, while the models keep `Decimal` and the
matched text (`amount_text`) beside each amount.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["licensor", "licensee", "acquirer", "target", "partner", "manufacturer", "client", "investor"]

DealType = Literal[
    "license",
    "collaboration",
    "option",
    "co-development",
    "co-commercialization",
    "commercialization",
    "acquisition",
    "merger",
    "asset-purchase",
    "manufacturing",
    "supply",
    "research",
    "equity-investment",
    "royalty-purchase",
]

Modality = Literal[
    "car-t",
    "cell-therapy",
    "antibody",
    "bispecific",
    "adc",
    "radiopharmaceutical",
    "small-molecule",
    "peptide",
    "protein",
    "gene-therapy",
    "gene-editing",
    "mrna",
    "oligonucleotide",
    "vaccine",
    "microbiome",
    "platform-ai",
    "other",
]

MoneyField = Literal["upfront", "milestones", "total_value", "equity"]
MONEY_FIELDS: tuple[MoneyField, ...] = ("upfront", "milestones", "total_value", "equity")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Money(_Frozen):
    """An amount in the article's own currency, with the text it was read from."""

    amount: Decimal
    currency: str | None = Field(default=None, description="ISO 4217 code; None when the text gives none")
    usd: Decimal | None = Field(
        default=None, description="the article's own USD conversion, else the dated rate table's; or None"
    )
    amount_text: str = Field(default="", description="the raw matched text, e.g. 'RMB 200 million'")

    def contract_json(self) -> dict[str, Any]:
        return {
            "amount": float(self.amount),
            "currency": self.currency,
            "usd": float(self.usd) if self.usd is not None else None,
        }


class Party(_Frozen):
    name: str
    role: Role
    aliases: tuple[str, ...] = ()
    candidates: tuple[str, ...] = Field(
        default=(),
        description="when `name` is a name of several companies and the article does not say which: their"
        " canonical names; empty when it names one company",
    )

    def contract_json(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}


class Royalties(_Frozen):
    tiered: bool = False
    low_pct: Decimal | None = None
    high_pct: Decimal | None = None
    text: str = ""

    def contract_json(self) -> dict[str, Any]:
        return {
            "tiered": self.tiered,
            "low_pct": float(self.low_pct) if self.low_pct is not None else None,
            "high_pct": float(self.high_pct) if self.high_pct is not None else None,
            "text": self.text,
        }


class Deal(_Frozen):
    parties: tuple[Party, ...] = ()
    deal_types: tuple[DealType, ...] = ()
    modalities: tuple[Modality, ...] = ()
    upfront: Money | None = None
    milestones: Money | None = None
    total_value: Money | None = None
    equity: Money | None = None
    royalties: Royalties | None = None
    assets: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    indications: tuple[str, ...] = ()
    territory: str | None = None
    stage: str | None = None
    undisclosed: tuple[str, ...] = Field(
        default=(), description="money fields the article says were not disclosed; ('all',) for all terms"
    )
    uncertain: tuple[MoneyField, ...] = Field(
        default=(),
        description="money fields the article states but that could not be read with confidence: they are None",
    )
    evidence: dict[str, str] = Field(default_factory=dict, description="field name -> the sentence it came from")

    def money(self, field: MoneyField) -> Money | None:
        value: Money | None = getattr(self, field)
        return value

    def contract_json(self) -> dict[str, Any]:
        def money(m: Money | None) -> dict[str, Any] | None:
            return m.contract_json() if m is not None else None

        return {
            "parties": [p.contract_json() for p in self.parties],
            "deal_types": list(self.deal_types),
            "modalities": list(self.modalities),
            "upfront": money(self.upfront),
            "milestones": money(self.milestones),
            "total_value": money(self.total_value),
            "equity": money(self.equity),
            "royalties": self.royalties.contract_json() if self.royalties is not None else None,
            "assets": list(self.assets),
            "targets": list(self.targets),
            "indications": list(self.indications),
            "territory": self.territory,
            "stage": self.stage,
            "undisclosed": list(self.undisclosed),
            "uncertain": list(self.uncertain),
            "evidence": dict(self.evidence),
        }


class FigureReading(_Frozen):
    """One amount of the deal's sentences as it was read, and the rule that gave it its role."""

    amount_text: str
    role: str | None = Field(description="upfront, milestones, total_value, equity, combined; None: no rule read it")
    rule: str | None = Field(description="the named rule that gave the role (money_roles, amounts)")
    sentence: str
    multiplier: int = 1
    count_stated: bool = Field(default=True, description="the multiplier is a count the story gives of the unit")
    up_to: bool = False
    per_unit: str | None = Field(default=None, description="'target' for '$210 million per target'")
    conversion: str | None = Field(default=None, description="the conversion written beside it: 'USD 29.5 million'")
    in_headline: bool = False


SentenceKind = Literal["headline", "lead", "terms", "this deal", "quotation", "history", "another deal"]


class SentenceReading(_Frozen):
    """What one sentence of the article is to the deal it announces."""

    kind: SentenceKind
    text: str


class Explanation(_Frozen):
    """Why each figure is what it is: for `dealbot extract --explain`."""

    sentences: tuple[SentenceReading, ...] = ()
    figures: tuple[FigureReading, ...] = ()
    field_rules: dict[str, str] = Field(default_factory=dict, description="money field -> the rules that gave it")
    uncertain_why: dict[str, str] = Field(default_factory=dict, description="money field -> why it is not stated")


class Extraction(_Frozen):
    """What one article says: a deal (`is_deal`) or not, and why not."""

    is_deal: bool
    deal: Deal | None = None
    headline: str | None = Field(default=None, description="the article's title line, when it has one")
    reason: str | None = Field(default=None, description="why the text is not read as a new deal")
    explanation: Explanation | None = Field(default=None, description="how the money was read; not in the JSON")

    def contract_json(self) -> dict[str, Any]:
        return {"is_deal": self.is_deal, "deal": self.deal.contract_json() if self.deal else None}
