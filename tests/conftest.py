"""Shared fixtures: the CLI in-process, and an isolated dossier world (temporary data folder, in-memory
keyring, cheap scrypt) for every test, so nothing touches the user's real folders or keyring."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from hypothesis import settings

from kkoguard.cli import main
from kkoguard.dossier import keys as dossier_keys
from tests.helpers import assert_no_traceback
from tests.keyrings import MemoryKeyring

# CI runs the property tests with a fixed seed (HYPOTHESIS_PROFILE=ci in .ci/run) so a landing does not hinge
# on luck; `./dev test` explores new examples every run.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def isolated_dossier_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test: data folder under tmp_path, an empty in-memory keyring, scrypt at test cost."""
    monkeypatch.setenv("KKOGUARD_DATA_DIR", str(tmp_path / "data"))
    for var in ("KKOGUARD_PASSPHRASE", "KKOGUARD_RECOVERY_KEY", "PYTHON_KEYRING_BACKEND"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(dossier_keys, "SCRYPT_N", 2**10)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@dataclass
class Run:
    status: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """`cli("scan", "--json", path)`: the exit status and what was printed; never a traceback."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)

    def run(*argv: str) -> Run:
        try:
            status = main(list(argv))
        except SystemExit as exc:  # argparse: --version, --help, usage errors
            status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        assert_no_traceback(captured.err)
        return Run(status, captured.out, captured.err)

    return run
