"""A deal as plain text for a terminal: the readable summary of `dealbot extract` and `dealbot demo`."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from extraction.models import Deal, Extraction, Modality, Money, MoneyField

# What a card and a summary say for a figure the article states but dealbot could not read with confidence
# (`Deal.uncertain`): the reader is sent to the source rather than shown a figure that may be wrong.
UNCERTAIN = "see the article"
UNDISCLOSED = "undisclosed"

MODALITY_NAMES: dict[Modality, str] = {
    "car-t": "CAR-T",
    "cell-therapy": "cell therapy",
    "antibody": "antibody",
    "bispecific": "bispecific",
    "adc": "ADC",
    "radiopharmaceutical": "radiopharmaceutical",
    "small-molecule": "small molecule",
    "peptide": "peptide",
    "protein": "protein",
    "gene-therapy": "gene therapy",
    "gene-editing": "gene editing",
    "mrna": "mRNA",
    "oligonucleotide": "oligonucleotide",
    "vaccine": "vaccine",
    "microbiome": "microbiome",
    "platform-ai": "AI platform",
    "other": "other",
}
"""How a person reads each modality (in headlines, cards, the Home tab); commands take the ids."""


def modality_name(modality: Modality) -> str:
    return MODALITY_NAMES.get(modality, modality)


_SCALES = ((Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"), (Decimal(10) ** 3, "k"))
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "RMB ", "CHF": "CHF ", "KRW": "KRW "}


def format_money(money: Money | None, *, with_usd: bool = True) -> str:
    if money is None:
        return "—"
    text = _short(money.amount, money.currency)
    if with_usd and money.currency not in (None, "USD") and money.usd is not None:
        text += f" (≈{_short(money.usd, 'USD')})"
    return text


def format_usd(amount: Decimal) -> str:
    """A dollar amount as the cards write it: `$100m`, `$1.5bn`, `$500k`, `$250`."""
    return _short(amount, "USD")


def _short(amount: Decimal, currency: str | None) -> str:
    prefix = _SYMBOLS.get(currency or "", f"{currency} " if currency else "")
    for scale, suffix in _SCALES:
        if abs(amount) >= scale:
            value = (amount / scale).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
            return f"{prefix}{value:f}{suffix}"
    return f"{prefix}{amount.normalize():f}"


def headline(deal: Deal) -> str:
    names = " ⇄ ".join(p.name for p in deal.parties) or "Unnamed parties"
    parts = [names]
    if deal.modalities:
        parts.append(", ".join(modality_name(m) for m in deal.modalities))
    money = []
    if deal.upfront is not None:
        money.append(f"{format_money(deal.upfront, with_usd=False)} upfront")
    if deal.total_value is not None:
        money.append(f"up to {format_money(deal.total_value, with_usd=False)}")
    elif deal.upfront is None and {"upfront", "total_value"} & set(deal.uncertain):
        money.append(f"value: {UNCERTAIN}")
    elif "all" in deal.undisclosed:
        money.append("terms undisclosed")
    if money:
        parts.append(", ".join(money))
    return " · ".join(parts)


def format_extraction(name: str, extraction: Extraction) -> str:
    lines = [f"== {name}"]
    if not extraction.is_deal or extraction.deal is None:
        lines.append(f"   not a deal: {extraction.reason or 'no new deal found'}")
        return "\n".join(lines)
    deal = extraction.deal
    lines.append(f"   {headline(deal)}")
    rows: list[tuple[str, str]] = [
        ("parties", "; ".join(f"{p.name} ({p.role})" for p in deal.parties) or "—"),
        ("type", ", ".join(deal.deal_types) or "—"),
        ("modality", ", ".join(deal.modalities) or "—"),
        ("upfront", _field_money(deal, "upfront")),
        ("milestones", _field_money(deal, "milestones")),
        ("total value", _field_money(deal, "total_value")),
        ("equity", _field_money(deal, "equity")),
        ("royalties", _royalties(deal)),
        ("assets", ", ".join(deal.assets) or "—"),
        ("targets", ", ".join(deal.targets) or "—"),
        ("indications", ", ".join(deal.indications) or "—"),
        ("territory", deal.territory or "—"),
        ("stage", deal.stage or "—"),
    ]
    width = max(len(k) for k, _ in rows)
    lines += [f"   {k.ljust(width)}  {v}" for k, v in rows]
    return "\n".join(lines)


def _field_money(deal: Deal, field: MoneyField) -> str:
    return money_text(deal, field) or "—"


def money_text(deal: Deal, field: MoneyField) -> str | None:
    """A money field as a reader sees it: the figure, "undisclosed", "see the article", or None (not given)."""
    money = deal.money(field)
    if money is not None:
        return format_money(money)
    if field in deal.uncertain:
        return UNCERTAIN
    if field in deal.undisclosed or "all" in deal.undisclosed:
        return UNDISCLOSED
    return None


def _royalties(deal: Deal) -> str:
    return royalties_text(deal) or "—"


def royalties_text(deal: Deal) -> str | None:
    """'tiered, 7%–13%', 'yes', or None when the deal has no royalties."""
    r = deal.royalties
    if r is None:
        return None
    text = "tiered" if r.tiered else "yes"
    if r.low_pct is not None and r.high_pct is not None:
        text += f", {r.low_pct.normalize():f}%–{r.high_pct.normalize():f}%"
    elif r.high_pct is not None:
        text += f", up to {r.high_pct.normalize():f}%"
    return text


def format_explanation(extraction: Extraction) -> str:
    """For each figure of the deal's sentences: its role, the rule that gave it, and its sentence; then
    which rules gave each money field and why a field was not stated."""
    explanation = extraction.explanation
    if explanation is None:
        return "   (no figures read: not a deal)"
    lines = ["   sentences:"]
    for sentence in explanation.sentences:
        lines.append(f"   [{sentence.kind}] {sentence.text[:160]}")
    lines += ["   figures read:"] if explanation.figures else ["   no figures in the deal's sentences"]
    for f in explanation.figures:
        notes = [
            note
            for note, shown in (
                (f"x{f.multiplier}", f.multiplier != 1),
                ("count not stated", not f.count_stated),
                ("up to", f.up_to),
                (f"per {f.per_unit}", f.per_unit is not None),
                (f"= {f.conversion}", f.conversion is not None),
                ("headline", f.in_headline),
            )
            if shown
        ]
        extra = f" ({', '.join(notes)})" if notes else ""
        lines.append(f"   - {f.amount_text}{extra}: {f.role or 'no role'} [{f.rule or 'no rule'}]")
        lines.append(f"       “{f.sentence[:300]}”")
    for field, rule in explanation.field_rules.items():
        lines.append(f"   {field} <- {rule}")
    for field, why in explanation.uncertain_why.items():
        lines.append(f"   {field}: {UNCERTAIN} ({why})")
    return "\n".join(lines)
