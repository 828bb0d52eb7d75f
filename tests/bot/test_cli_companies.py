"""`dealbot companies group`: names on stdin, one entity a line, no database."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.store import Store


def _run(
    argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(argv) == 0
    return capsys.readouterr().out


def test_group_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = "Bristol-Myers Squibb Company\nBMS\n\nNovavax\n"
    out = _run(["companies", "group", "--json"], stdin, monkeypatch, capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows == [
        {"name": "Bristol-Myers Squibb Company", "entity": "Bristol Myers Squibb"},
        {"name": "BMS", "entity": "Bristol Myers Squibb"},
        {"name": "", "entity": None},  # a blank line keeps its place, so the output lines up with the input
        {"name": "Novavax", "entity": "Novavax"},
    ]


def test_group_text(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(["companies", "group"], "恒瑞医药\nQuorvantis Therapeutics, Inc.\n", monkeypatch, capsys)
    assert out.splitlines() == [
        "恒瑞医药\tJiangsu Hengrui Pharmaceuticals",
        "Quorvantis Therapeutics, Inc.\tQuorvantis Therapeutics",
    ]


def test_a_legal_form_alone_gets_no_entity(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(["companies", "group", "--json"], "S.A.\nSanofi S.A.\nInc.\nKelun\nKelun-Biotech\n", monkeypatch, capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["entity"] for r in rows] == [None, "Sanofi", None, "Kelun-Biotech", "Kelun-Biotech"]
    text = _run(["companies", "group"], "Inc.\n", monkeypatch, capsys)
    assert text.splitlines() == ["Inc.\t"]


def test_alias_to_a_name_of_several_companies_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/dealbot.sqlite3")
    assert main(["companies", "alias", "MRK Group", "Merck"]) == 1
    assert '"Merck & Co." or "Merck KGaA"' in capsys.readouterr().err
    assert main(["companies", "alias", "Somebody", "S.A."]) == 1
    assert "names no company" in capsys.readouterr().err
    store = Store.open(f"sqlite:///{tmp_path}/dealbot.sqlite3")
    try:
        assert store.registry().resolve("MRK Group") is None
        assert store.registry().resolve("Somebody") is None
    finally:
        store.close()


def test_group_text_keeps_blank_lines_in_place(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(["companies", "group"], "\nBMS\n   \nNovavax\n", monkeypatch, capsys)
    assert out.splitlines() == ["", "BMS\tBristol Myers Squibb", "", "Novavax\tNovavax"]


def test_alias_then_unalias(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path}/dealbot.sqlite3"
    monkeypatch.setenv("DATABASE_URL", url)
    assert _run(["companies", "alias", "Big Blue Pharma", "pfizer inc."], "", monkeypatch, capsys) == (
        "Big Blue Pharma -> Pfizer\n"
    )
    store = Store.open(url)
    try:
        assert store.registry().resolve("Big Blue Pharma").canonical == "Pfizer"  # type: ignore[union-attr]
    finally:
        store.close()
    assert _run(["companies", "unalias", "Big Blue Pharma"], "", monkeypatch, capsys) == "Big Blue Pharma: removed\n"
    store = Store.open(url)
    try:
        assert store.registry().resolve("Big Blue Pharma") is None
    finally:
        store.close()


def test_unalias_of_an_unknown_name_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/dealbot.sqlite3")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["companies", "unalias", "Quorvantis Therapeutics"]) == 1
    assert capsys.readouterr().out == "Quorvantis Therapeutics: not a name of any company\n"
