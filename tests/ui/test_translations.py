"""Every screen exists in French: each string of the window's code and forms has a French translation in the
Qt Linguist catalogue, and the compiled catalogue is what the app loads when the system is French."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from kkoguard.ui.i18n import install_translations

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "kkoguard_fr.ts"


def messages(ts: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is not None and translation.get("type") in ("unfinished", "vanished")
            found[(name, message.findtext("source") or "")] = "" if unfinished else (translation.text or "")
    return found


def test_every_string_has_a_french_translation() -> None:
    untranslated = [key for key, french in messages(TS).items() if not french.strip()]
    assert not untranslated


def test_the_catalogue_covers_the_code_as_it_is(tmp_path: Path) -> None:
    """A string added to the window without a translation fails here (run tools/update_translations.py)."""
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in (ROOT / "kkoguard" / "ui").rglob("*.py") if "forms_generated" not in p.parts]
    sources += [str(p) for p in (ROOT / "forms").glob("*.ui")]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = set(messages(fresh)) - set(messages(TS))
    assert not missing, sorted(missing)[:10]


@pytest.mark.parametrize(("lang", "expected"), [("fr", "Analyser des factures"), ("en", "Analyse bills")])
def test_the_window_speaks_the_system_language(qtbot: QtBot, lang: str, expected: str) -> None:
    qm = TS.with_suffix(".qm")
    if not qm.exists():
        subprocess.run(
            [str(Path(sys.executable).parent / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True
        )
    assert QTranslator().load(str(qm))
    try:
        assert install_translations(lang) == lang
        assert QCoreApplication.translate("AnalysisWizard", "Analyse bills") == expected
    finally:
        install_translations("en")
