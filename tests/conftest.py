"""Shared test fixtures: where the labelled sets beside the project are, if they are there."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"the labelled sets are not beside the project ({SHARED} is absent)")
    return SHARED
