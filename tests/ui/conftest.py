"""Fixtures for the window's tests: an open dossier in the test's temporary world, bills to drop, and a
wizard state already filled with bills read by the engine (for pages after the import)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kkoguard.dossier.store import Dossier
from kkoguard.isolation import read_bills
from kkoguard.ui.wizard.state import WizardState

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def dossier() -> Iterator[Dossier]:
    opened, _ = Dossier.create()
    yield opened
    opened.close()


@pytest.fixture
def bill_files(tmp_path: Path) -> list[Path]:
    """Four monthly Sosh bills of one customer (copied: tests may rename or break them)."""
    folder = tmp_path / "factures"
    folder.mkdir()
    for path in sorted((FIXTURES / "c04").glob("*.pdf")):
        shutil.copy(path, folder / path.name)
    return sorted(folder.glob("*.pdf"))


@pytest.fixture
def broken_file(tmp_path: Path) -> Path:
    path = tmp_path / "factures-cassee.pdf"
    shutil.copy(FIXTURES / "bad" / "truncated.pdf", path)
    return path


@pytest.fixture
def read_state(dossier: Dossier, bill_files: list[Path]) -> WizardState:
    """A wizard state as the import page leaves it: the four bills read and analysed."""
    state = WizardState(dossier=dossier, lang="fr")
    state.outcomes = read_bills([str(p) for p in bill_files])
    state.analyse()
    return state
