"""`dealbot companies group`: names on stdin, one entity a line, no database."""

from __future__ import annotations

import io
import json

import pytest

from bot.cli import main


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
        {"name": "Novavax", "entity": "Novavax"},
    ]


def test_group_text(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(["companies", "group"], "恒瑞医药\nQuorvantis Therapeutics, Inc.\n", monkeypatch, capsys)
    assert out.splitlines() == [
        "恒瑞医药\tJiangsu Hengrui Pharmaceuticals",
        "Quorvantis Therapeutics, Inc.\tQuorvantis Therapeutics",
    ]
