"""Help › About: the version, what KKO Guard does, that it never uses the internet, the licence in full and
the other software it is built on, in English and in French."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from kkoguard import __version__
from kkoguard.dossier.store import Dossier
from kkoguard.ui import about
from kkoguard.ui.about import AboutDialog
from kkoguard.ui.i18n import install_translations
from kkoguard.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "kkoguard_fr.ts"
THIRD_PARTY = ("Qt 6", "PySide6", "SQLCipher", "SQLite", "Tesseract", "PDFium", "pdfplumber", "ReportLab")


def open_about(qtbot: QtBot, dossier: Dossier, lang: str) -> AboutDialog:
    """The About dialog as a person opens it: from the main window's Help menu."""
    window = MainWindow(dossier, lang)
    qtbot.addWidget(window)
    window.show()
    window.ui.aboutAction.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def assert_texts_in_full(dialog: AboutDialog) -> None:
    licence = dialog.ui.licenceText.toPlainText()
    assert "GNU GENERAL PUBLIC LICENSE" in licence[:100]
    assert "Version 3, 29 June 2007" in licence and "END OF TERMS AND CONDITIONS" in licence
    notices = dialog.ui.noticesText.toPlainText()
    assert [name for name in THIRD_PARTY if name not in notices] == []
    assert "LGPL-3.0" in notices and "x265" in notices
    for browser in (dialog.ui.licenceText, dialog.ui.noticesText):
        assert browser.isReadOnly()
        assert browser.openExternalLinks()  # a link opens in the browser, and only when clicked
    assert 'href="https://doc.qt.io/' in dialog.ui.noticesText.toHtml()  # the notices' links are links


def test_about_shows_the_version_the_licence_and_the_other_software(qtbot: QtBot, dossier: Dossier) -> None:
    dialog = open_about(qtbot, dossier, "en")
    ui = dialog.ui
    assert dialog.windowTitle() == "About KKO Guard"
    assert ui.nameLabel.text() == "KKO Guard" and __version__ in ui.versionLabel.text()
    assert "phone and internet bills" in ui.whatLabel.text()
    assert "never uses the internet" in ui.offlineLabel.text()
    assert "GNU General Public License, version 3 or any later version" in ui.licenceLabel.text()
    assert not ui.languageLabel.isVisible()  # the texts are in the window's language
    assert [ui.tabs.tabText(i) for i in range(ui.tabs.count())] == ["&Licence", "&Other software used"]
    assert_texts_in_full(dialog)
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.fixture
def french() -> Iterator[None]:
    qm = TS.with_suffix(".qm")
    if not qm.exists():  # a build product: ./dev compiles it before the tests
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert install_translations("fr") == "fr"
    yield
    install_translations("en")


@pytest.mark.usefixtures("french")
def test_about_in_french(qtbot: QtBot, dossier: Dossier) -> None:
    dialog = open_about(qtbot, dossier, "fr")
    ui = dialog.ui
    assert dialog.windowTitle() == "À propos de KKO Guard"
    assert "Version" in ui.versionLabel.text() and __version__ in ui.versionLabel.text()
    assert "factures de téléphone et d'internet" in ui.whatLabel.text()
    assert "n'utilise jamais internet" in ui.offlineLabel.text()
    assert "logiciel libre" in ui.licenceLabel.text() and "version 3 ou toute version ultérieure" in (
        ui.licenceLabel.text()
    )
    assert ui.languageLabel.isVisible() and "anglais" in ui.languageLabel.text()
    assert [ui.tabs.tabText(i) for i in range(ui.tabs.count())] == ["&Licence", "&Autres logiciels utilisés"]
    assert_texts_in_full(dialog)  # the legal texts themselves stay in English


def test_a_lost_text_is_replaced_by_where_to_read_it(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about, "LICENCE_FILE", Path("licenses") / "missing.txt")
    monkeypatch.setattr(about, "NOTICES_FILE", Path("licenses") / "missing.md")
    dialog = AboutDialog("en")
    qtbot.addWidget(dialog)
    assert about.LICENCE_URL in dialog.ui.licenceText.toPlainText()
    assert "missing" in dialog.ui.noticesText.toPlainText()
