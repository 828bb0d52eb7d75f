"""The command-line tools on a read-only database: listing works, a write stops with one line and status 3."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.commands.run import EXIT_STORAGE
from tests.faults.conftest import read_only_url, restore_writable

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_ingest_into_a_read_only_database_stops_with_the_reason(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", read_only_url(db_path))
    try:
        assert main(["deals"]) == 0  # reading is fine
        capsys.readouterr()
        assert main(["ingest", str(sorted(SEEDS.glob("*.txt"))[0])]) == EXIT_STORAGE
        err = capsys.readouterr().err
        assert err.startswith("dealbot ingest: stopped, the database is read-only")
        assert "Traceback" not in err
    finally:
        restore_writable(db_path)
