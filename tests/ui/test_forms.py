"""The compiled forms are the forms: generated code that lags behind a .ui file fails here (and in CI)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_match_the_ui_files() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_every_form_has_its_generated_module() -> None:
    forms = {p.stem for p in (ROOT / "forms").glob("*.ui")}
    generated = {
        p.stem.removeprefix("ui_") for p in (ROOT / "kkoguard" / "ui" / "forms_generated").glob("ui_*.py")
    }
    assert forms == generated
