"""Shared fixtures: run the CLI in-process and get its exit status, stdout and stderr."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from kkoguard.cli import main
from tests.helpers import assert_no_traceback


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
