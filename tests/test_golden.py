"""Golden files: every input under ``fixtures/`` and ``seeds/`` against its expected JSON.

One test per file. A missing golden fails; ``ARTICLEKIT_UPDATE_GOLDEN=1 pytest
tests/test_golden.py`` (re)writes them, after which the diff must be read before
committing (see ``tests/README.md``).

Fixture goldens hold the parse without extraction (``extract=False``) so that work on
participants and quotes does not churn them; seed goldens hold the full output.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from articlekit import parse_file, to_dict
from tests.conftest import FIXTURES, GOLDEN, SEEDS

UPDATE = os.environ.get("ARTICLEKIT_UPDATE_GOLDEN") == "1"

FIXTURE_FILES = sorted(FIXTURES.glob("*.txt"))
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _check(actual: dict[str, Any], golden: Path) -> None:
    text = json.dumps(actual, ensure_ascii=False, indent=2) + "\n"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    if not golden.exists():
        pytest.fail(
            f"missing golden file {golden}; write it with ARTICLEKIT_UPDATE_GOLDEN=1 "
            "and check its content before committing"
        )
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert actual == expected


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[p.stem for p in FIXTURE_FILES])
def test_fixture(path: Path) -> None:
    """The parse of a fixture (without extraction) equals its golden JSON."""
    _check(to_dict(parse_file(path, extract=False)), path.with_suffix(".json"))


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.stem for p in SEED_FILES])
def test_seed(path: Path) -> None:
    """The full parse of a seed file equals its golden JSON."""
    _check(to_dict(parse_file(path)), GOLDEN / "seeds" / f"{path.stem}.json")


def test_enough_fixtures() -> None:
    """The fixture corpus is not accidentally emptied."""
    assert len(FIXTURE_FILES) >= 20
    assert SEED_FILES


def test_no_orphan_goldens() -> None:
    """Every golden JSON belongs to an input that still exists."""
    orphans = [p.name for p in FIXTURES.glob("*.json") if not p.with_suffix(".txt").exists()]
    orphans += [
        p.name for p in (GOLDEN / "seeds").glob("*.json") if not (SEEDS / f"{p.stem}.txt").exists()
    ]
    assert orphans == []
