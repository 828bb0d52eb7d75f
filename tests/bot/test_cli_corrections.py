"""`dealbot corrections list` and `export` end to end: the seed articles ingested into a real SQLite file,
corrected through the store, listed, exported, and scored by `../shared/eval/score.py`."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.labelled import labelled_deal
from bot.store import CorrectionInput, Corrector, SourceRef, Store
from extraction import extract
from extraction.documents import read_document

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ANA = Corrector(user_id="U0ANA", team_id="T0ACME")
BEN = Corrector(user_id="U0BEN", team_id="T0OTHER")
WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'dealbot.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    status = main(list(argv))
    return status, capsys.readouterr().out.splitlines()


@pytest.fixture
def corrected(database: str, capsys: pytest.CaptureFixture[str]) -> dict[int, str]:
    """The seeds ingested; deal 1's upfront corrected, deal 2 marked not a deal, deal 3's territory corrected
    in another workspace, deal 4 left alone. Returns the upfront deal 1 had before."""
    status, lines = run(capsys, "ingest", str(SEEDS))
    assert status == 0 and len(lines) == 5, lines
    with Store.open(database) as store:
        first = store.get_deal(1)
        assert first is not None and first.deal.upfront is not None
        store.correct(1, CorrectionInput(field="upfront", value="$12m", by=ANA, note="per the release"), WHEN)
        store.retract(2, ANA, WHEN)
        store.correct(3, CorrectionInput(field="territory", value="Japan", by=BEN), WHEN.replace(day=5))
    return {1: str(first.deal.upfront.amount)}


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ((), ["deal 1  upfront: $10m -> $12m", "deal 2  marked not a deal", "deal 3  territory:"]),
        (("--since", "2026-03-03"), ["deal 3  territory:"]),
        (("--team", "T0ACME"), ["deal 1  upfront:", "deal 2  marked not a deal"]),
        (("--since", "2027-01-01"), []),
    ],
)
def test_list_shows_each_correction_oldest_first(
    capsys: pytest.CaptureFixture[str], corrected: dict[int, str], argv: tuple[str, ...], expected: list[str]
):
    status, lines = run(capsys, "corrections", "list", *argv)
    assert status == 0
    assert len(lines) == len(expected)
    for line, part in zip(lines, expected, strict=True):
        assert part in line, line
    if lines and "--team" in argv:
        assert all("by U0ANA (T0ACME)" in line for line in lines)


def test_list_as_json_gives_the_stored_corrections(capsys: pytest.CaptureFixture[str], corrected: dict[int, str]):
    status, lines = run(capsys, "corrections", "list", "--json")
    assert status == 0
    records = [json.loads(line) for line in lines]
    assert [(r["deal_id"], r["field"]) for r in records] == [(1, "upfront"), (2, "retracted"), (3, "territory")]
    assert records[0]["old"]["amount"] == corrected[1]
    assert (records[0]["new"]["amount"], records[0]["new"]["currency"]) == ("12000000", "USD")
    assert records[0]["by"] == {"user_id": "U0ANA", "team_id": "T0ACME"}
    assert records[0]["note"] == "per the release"


def test_export_writes_each_corrected_deal_as_a_labelled_article(
    capsys: pytest.CaptureFixture[str], corrected: dict[int, str], tmp_path: Path
):
    folder = tmp_path / "export"
    status, lines = run(capsys, "corrections", "export", str(folder))
    assert status == 0
    assert lines[-1] == f"3 labelled articles written to {folder}"
    assert sorted(p.name for p in folder.iterdir()) == [f"deal-{n}.{ext}" for n in (1, 2, 3) for ext in ("json", "txt")]
    seeds = sorted(SEEDS.glob("*.txt"))
    for n in (1, 2, 3):
        assert (folder / f"deal-{n}.txt").read_text(encoding="utf-8") == read_document(seeds[n - 1].read_bytes())
    first = json.loads((folder / "deal-1.json").read_text(encoding="utf-8"))
    deal = labelled_deal(first)
    assert deal is not None and deal.upfront is not None
    assert (deal.upfront.amount, deal.upfront.currency) == (12_000_000, "USD")
    assert "corrected in Slack: upfront" in first["deal"]["notes"]
    retracted = json.loads((folder / "deal-2.json").read_text(encoding="utf-8"))
    assert (retracted["is_deal"], retracted["deal"]) == (False, None)
    third = json.loads((folder / "deal-3.json").read_text(encoding="utf-8"))
    assert third["deal"]["territory"] == "Japan"

    status, lines = run(capsys, "corrections", "export", str(tmp_path / "other"), "--team", "T0OTHER")
    assert status == 0 and len(lines) == 2
    assert lines[0].startswith("deal-3: ") and lines[1] == f"1 labelled article written to {tmp_path / 'other'}"


def test_export_skips_a_deal_whose_article_was_not_kept(
    capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path
):
    with Store.open(database) as store:  # a report stored without its text, as before texts were kept
        text = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
        result = store.ingest(extract(text), SourceRef(kind="file", ref="/archive/old.txt"), WHEN)
        assert result.deal_id is not None
        store.correct(result.deal_id, CorrectionInput(field="territory", value="Japan", by=ANA), WHEN)
    status, lines = run(capsys, "corrections", "export", str(tmp_path / "export"))
    assert status == 0
    assert lines == [
        f"deal {result.deal_id}: skipped, its article text was not kept (stored before texts were)",
        f"0 labelled articles written to {tmp_path / 'export'}",
    ]


def test_score_py_scores_the_extractor_on_the_exported_deals(
    capsys: pytest.CaptureFixture[str], corrected: dict[int, str], tmp_path: Path
):
    if not SCORE.exists():
        pytest.skip(f"{SCORE} is absent: the shared evaluation folder is not beside the project")
    folder = tmp_path / "export"
    assert run(capsys, "corrections", "export", str(folder))[0] == 0
    extract = f"{shlex.quote(sys.executable)} -m bot.cli extract --json"
    done = subprocess.run(
        [sys.executable, str(SCORE), str(folder), "--cmd", extract, "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    metrics = json.loads(done.stdout.splitlines()[-1])
    assert (metrics["cases"], metrics["deals"]) == (3, 2)
    assert metrics["detect_false_alert"] == 1  # deal 2, which a person said is not a deal
    assert metrics["upfront_acc"] == 0.5  # deal 1's upfront, which a person set to another figure
    assert metrics["money_wrong"] >= 1
