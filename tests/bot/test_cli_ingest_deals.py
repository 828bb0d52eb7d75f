"""`dealbot ingest` and `dealbot deals` end to end: the real extractor, a real SQLite file."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.store import Store
from extraction.documents import MAX_DOCUMENT_CHARS
from tests.bot.binary_files import pdf

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CELLECTIS = SEEDS / "000_84e70fe94fe31f1e.txt"
SECOND_REPORT = """Servier licenses Cellectis CAR-T candidates in $850m deal

French drugmaker Servier has signed an exclusive agreement with Cellectis covering the allogeneic CAR
T-cell therapy UCART19 and five other candidates. Cellectis will receive an upfront payment of $10m and up
to $840m in milestone payments, plus royalties on sales.
"""
NOT_A_DEAL = (
    "Acme Pharma reported positive phase 2 results for its asthma drug on Monday. "
    "The company will present the data at a conference in May.\n"
)


@pytest.fixture(autouse=True)
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "dealbot.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    status = main(list(argv))
    return status, capsys.readouterr().out.splitlines()


def test_ingest_the_seeds_then_list_them(capsys: pytest.CaptureFixture[str]):
    status, lines = run(capsys, "ingest", str(SEEDS))
    assert status == 0
    assert len(lines) == 5
    assert all(": new deal " in line for line in lines), lines
    assert lines[0].startswith(f"{CELLECTIS}: new deal 1: ")
    assert "Cellectis" in lines[0]
    assert "Servier" in lines[0]

    status, lines = run(capsys, "deals", "--json")
    assert status == 0
    deals = [json.loads(line) for line in lines]
    assert [d["id"] for d in deals] == [5, 4, 3, 2, 1]
    cellectis = deals[-1]
    assert cellectis["sources"] == [str(CELLECTIS)]
    assert {"parties", "deal_types", "modalities", "upfront", "milestones", "total_value", "evidence"} <= set(
        cellectis
    )
    assert cellectis["upfront"]["usd"] == 10_000_000.0

    status, lines = run(capsys, "deals", "--limit", "2")
    assert [line.split()[0] for line in lines] == ["#5", "#4"]


def test_deals_filters(capsys: pytest.CaptureFixture[str]):
    run(capsys, "ingest", str(SEEDS))
    _, lines = run(capsys, "deals", "--company", "Cellectis S.A.")
    assert [line.split()[0] for line in lines] == ["#1"]
    _, lines = run(capsys, "deals", "--modality", "car-t", "--json")
    car_t = [json.loads(line) for line in lines]
    assert car_t
    assert all("car-t" in d["modalities"] for d in car_t)
    assert 1 in [d["id"] for d in car_t]
    _, lines = run(capsys, "deals", "--since", "2999-01-01")
    assert lines == []
    _, lines = run(capsys, "deals", "--company", "No Such Company Therapeutics")
    assert lines == []


def test_deals_of_a_name_of_several_companies_say_which_to_give(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    article = tmp_path / "msd.txt"
    article.write_text(
        "Merck and Quillon Bio Sign License Deal for QB-101\n\nRAHWAY, N.J. -- Merck, known as MSD outside of the "
        "United States and Canada, today announced an exclusive license agreement with Quillon Bio for QB-101. Merck "
        "will pay Quillon Bio $50 million upfront.\n"
    )
    run(capsys, "ingest", str(article))
    status = main(["deals", "--company", "merck"])
    out = capsys.readouterr()
    assert (status, out.out) == (1, "")
    assert '--company "Merck & Co." or --company "Merck KGaA"' in out.err
    for spelling in ("MSD", "Merck & Co."):
        _, lines = run(capsys, "deals", "--company", spelling)
        assert [line.split()[0] for line in lines] == ["#1"], spelling
    _, lines = run(capsys, "deals", "--company", "Merck KGaA")
    assert lines == []


def test_a_second_report_is_merged_and_a_file_is_ingested_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    second = tmp_path / "second.txt"
    second.write_text(SECOND_REPORT)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(CELLECTIS.read_bytes())
    status, lines = run(capsys, "ingest", str(CELLECTIS), str(second), str(CELLECTIS), str(copy))
    assert status == 0
    assert lines[0].startswith(f"{CELLECTIS}: new deal 1")
    assert lines[1].startswith(f"{second}: merged into deal 1")
    assert lines[2] == f"{CELLECTIS}: already ingested (deal 1)"
    assert lines[3] == f"{copy}: already ingested (deal 1)"
    _, lines = run(capsys, "deals", "--json")
    [deal] = [json.loads(line) for line in lines]
    assert deal["sources"] == [str(CELLECTIS), str(second)]


def test_errors_and_non_deals_are_reported_per_file(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 8)
    news = tmp_path / "news.txt"
    news.write_text(NOT_A_DEAL)
    missing = tmp_path / "missing.txt"
    status, lines = run(capsys, "ingest", str(junk), str(news), str(missing), str(CELLECTIS))
    assert status == 1
    assert lines[0].startswith(f"{junk}: error: ")
    assert lines[1].startswith(f"{news}: not a deal: ")
    assert len(lines[1]) > len(f"{news}: not a deal: ")
    assert lines[2].startswith(f"{missing}: error: ")
    assert lines[3].startswith(f"{CELLECTIS}: new deal 1")


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        pytest.param("January 8, 2024", "January 20, 2024", True, id="reported-days-apart"),
        pytest.param("January 8, 2024", "June 20, 2024", False, id="reported-months-apart"),
    ],
)
def test_same_deal_matching_reads_each_articles_own_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, first: str, second: str, merged: bool
):
    """Ingested the same day, two reports are one deal only when their articles' dates are close."""
    lead, rest = SECOND_REPORT.split("\n\n", 1)
    paths = []
    for n, day in enumerate((first, second)):
        path = tmp_path / f"report{n}.txt"
        path.write_text(f"{lead}\n\n{day}\n\n{rest}")
        paths.append(path)
    status, lines = run(capsys, "ingest", *map(str, paths))
    assert status == 0
    assert lines[1].startswith(f"{paths[1]}: merged into deal 1") is merged
    with Store.open(os.environ["DATABASE_URL"]) as store:
        deals = store.deals().items
        assert {s.published for d in deals for s in d.sources} == {_day(first), _day(second)}
        assert min(d.reported_on for d in deals) == _day(first)


def _day(text: str) -> date:
    return datetime.strptime(text, "%B %d, %Y").date()


def test_a_pdf_is_an_error_and_a_long_file_is_read_to_the_limit_and_told(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    saved = tmp_path / "article.pdf"
    saved.write_bytes(pdf(SECOND_REPORT.replace("\n", " ")))
    long = tmp_path / "long.txt"
    long.write_text(CELLECTIS.read_text() + "\n" + NOT_A_DEAL * 3_000)
    status = main(["ingest", str(saved), str(long)])
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert status == 1
    assert lines[0] == f"{saved}: error: a PDF file: dealbot reads text or HTML; save the article as text"
    assert lines[1].startswith(f"{long}: new deal 1")
    assert captured.err.startswith(f"dealbot ingest: {long}: only its first {MAX_DOCUMENT_CHARS:,} characters (of ")
