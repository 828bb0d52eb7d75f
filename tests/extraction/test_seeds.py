"""The five seed articles end to end, field by field, against their gold labels.

The gold files live in ../shared/seeds beside the project; the texts ship in seeds/. The rules of
comparison are those of the gold format (eval/README.md): amounts within 0.5% in the same
currency, party names matched by their normalised tokens, sets compared allowing the `_ok` extras.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from extraction import extract
from extraction.documents import read_document

REPO = Path(__file__).resolve().parents[2]
SEED_TEXTS = sorted((REPO / "seeds").glob("*.txt"))


def _tokens(s: str) -> set[str]:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\([^)]*\)", " ", s)
    legal = {"inc", "ltd", "co", "limited", "holdings", "sa", "nv", "plc", "ag"}
    return {t for t in re.split(r"[^a-z0-9]+", s) if t and t not in legal}


def _key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", s).lower())


def test_the_five_seeds_ship_with_the_project():
    assert len(SEED_TEXTS) == 5


@pytest.fixture(params=[p.stem for p in SEED_TEXTS])
def seed(request: pytest.FixtureRequest, shared_dir: Path) -> tuple[dict, object]:
    gold = json.loads((shared_dir / "seeds" / f"{request.param}.json").read_text())
    text = read_document((REPO / "seeds" / f"{request.param}.txt").read_bytes())
    return gold, extract(text)


def test_seed_is_a_deal(seed):
    gold, result = seed
    assert result.is_deal == gold["is_deal"]


@pytest.mark.parametrize("field", ["upfront", "milestones", "total_value", "equity"])
def test_seed_money(seed, field):
    gold, result = seed
    want = gold["deal"][field]
    got = getattr(result.deal, field)
    if want is None:
        assert got is None
    else:
        assert got is not None
        assert abs(float(got.amount) - want["amount"]) <= 0.005 * want["amount"]
        assert got.currency == want["currency"]


def test_seed_parties(seed):
    gold, result = seed
    got = [p.name for p in result.deal.parties]
    assert len(got) == len(gold["deal"]["parties"])
    for party in gold["deal"]["parties"]:
        forms = [_tokens(f) for f in [party["name"], *party["aliases"]]]
        assert any(_tokens(name) <= form or form <= _tokens(name) for name in got for form in forms), party["name"]


def test_seed_roles(seed):
    gold, result = seed
    for party in gold["deal"]["parties"]:
        forms = [_tokens(f) for f in [party["name"], *party["aliases"]]]
        got = [p for p in result.deal.parties if any(_tokens(p.name) <= f or f <= _tokens(p.name) for f in forms)]
        assert got, party["name"]
        assert got[0].role in [party["role"], *party.get("role_ok", [])], party["name"]


@pytest.mark.parametrize("field", ["modalities", "deal_types", "assets", "targets"])
def test_seed_sets(seed, field):
    gold, result = seed
    got = {_key(x) for x in getattr(result.deal, field)}
    want = {_key(x) for x in gold["deal"][field]}
    allowed = want | {_key(x) for x in gold["deal"].get(f"{field}_ok", [])}
    assert want <= got <= allowed


def test_seed_royalties(seed):
    gold, result = seed
    assert (result.deal.royalties is not None) == gold["deal"]["royalties"]


def test_seed_evidence_quotes_the_article(seed):
    _, result = seed
    for field in ("upfront", "milestones", "total_value"):
        if getattr(result.deal, field) is not None:
            assert result.deal.evidence[field]
