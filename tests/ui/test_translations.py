"""Every screen exists in French: each string of the window's code and forms has a French translation in the
Qt Linguist catalogue, and the compiled catalogue is what the app loads when the system is French."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from kkoguard.ui import i18n
from kkoguard.ui.i18n import catalogue_missing, ensure_catalogue, install_translations, missing_catalogue_box

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


def test_qt_s_own_dialogs_and_buttons_are_in_french(qtbot: QtBot) -> None:
    """The file and print dialogs and the standard buttons come from Qt's catalogue, shipped with PySide6."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_fr.qm").is_file()
    try:
        install_translations("fr")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
        )
        qtbot.addWidget(buttons)
        assert sorted(b.text().replace("&", "") for b in buttons.buttons()) == ["Annuler", "Enregistrer"]
        assert QCoreApplication.translate("QFileDialog", "Look in:").replace("\xa0", " ") == "Voir dans :"
        assert QCoreApplication.translate("QPrintDialog", "Print") == "Imprimer"
    finally:
        install_translations("en")


def test_a_checkout_without_the_compiled_catalogue_compiles_it_at_start(qtbot: QtBot, tmp_path: Path) -> None:
    shutil.copy(TS, tmp_path / TS.name)
    assert not (tmp_path / "kkoguard_fr.qm").exists()
    try:
        assert install_translations("fr", folder=tmp_path) == "fr"
        assert (tmp_path / "kkoguard_fr.qm").is_file() and not catalogue_missing()
        assert QCoreApplication.translate("AnalysisWizard", "Analyse bills") == "Analyser des factures"
        assert missing_catalogue_box() is None
    finally:
        install_translations("en")


def test_a_catalogue_older_than_its_source_is_compiled_again(tmp_path: Path) -> None:
    shutil.copy(TS, tmp_path / TS.name)
    stale = tmp_path / "kkoguard_fr.qm"
    stale.write_bytes(b"old")
    older = (tmp_path / TS.name).stat().st_mtime - 60
    os.utime(stale, (older, older))
    assert ensure_catalogue(tmp_path) == stale
    assert QTranslator().load(str(stale))


def test_a_missing_catalogue_is_said_not_hidden(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No .qm, and no .ts or no pyside6-lrelease to make it: the window says so, in French."""
    monkeypatch.setattr(i18n, "_lrelease", lambda: None)
    shutil.copy(TS, tmp_path / TS.name)
    try:
        install_translations("fr", folder=tmp_path)
        assert catalogue_missing()
        box = missing_catalogue_box()
        assert box is not None
        qtbot.addWidget(box)
        assert "traduction française" in box.text() and "kkoguard_fr.qm" in box.informativeText()
    finally:
        install_translations("en")
    assert not catalogue_missing()


def test_the_french_window_speaks_plainly() -> None:
    """No jargon: a case is a "réclamation", never an "affaire"; the keyring is said as what it is."""
    jargon = re.compile(r"\b(affaires?|trousseau)\b", re.IGNORECASE)
    found = []
    for part in sorted((ROOT / "resources" / "i18n" / "parts").glob("*.json")):
        for table in json.loads(part.read_text(encoding="utf-8")).values():
            found += [(part.name, french) for french in table.values() if jargon.search(french)]
    guide = (ROOT / "resources" / "help" / "help_fr.html").read_text(encoding="utf-8")
    found += [("help_fr.html", line) for line in guide.splitlines() if jargon.search(line)]
    assert not found
