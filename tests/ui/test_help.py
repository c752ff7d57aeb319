"""The Help and File menus' way out of trouble: the guide (offline, illustrated, in French and English),
"Where is my dossier?", and restoring a backup (what it replaces is said first; a bad file changes
nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.store import Dossier
from kkoguard.paths import data_dir
from kkoguard.ui.help import HelpDialog, WhereDialog, guide_file
from kkoguard.ui.main_window import MainWindow

TIMEOUT = 10_000
PASSPHRASE = "quatre mots bien choisis"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", ["cinq étapes", "lettre recommandée avec accusé de réception", "médiateur", "Sauvegarder"]),
        ("en", ["five steps", "registered letter with acknowledgement of receipt", "mediator", "Backing up"]),
    ],
)
def test_the_guide_explains_the_app_in_the_person_s_language(
    qtbot: QtBot, lang: str, words: list[str]
) -> None:
    dialog = HelpDialog(lang, None)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for word in words:
        assert word in text
    document = dialog.browser.document()
    pictures = ["steps.svg", "registered_letter.svg", "backup.svg", "../icons/app.svg"]
    for name in pictures:  # every picture is a file of the app: none missing, nothing from the internet
        url = dialog.browser.source().resolved(QUrl(name))
        assert url.isLocalFile() and Path(url.toLocalFile()).is_file(), name
        assert document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name)) is not None


def test_an_unknown_language_gets_the_english_guide() -> None:
    assert guide_file("de").name == "help_en.html"


def test_the_guide_opens_from_the_help_menu(qtbot: QtBot, dossier: Dossier) -> None:
    window = MainWindow(dossier, "fr")
    qtbot.addWidget(window)
    window.ui.guideAction.trigger()
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    assert "cinq étapes" in window.help_dialog.browser.toPlainText()


def test_where_is_my_dossier_shows_the_folder_and_opens_it_only_on_click(
    qtbot: QtBot, dossier: Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(dossier, "en")
    qtbot.addWidget(window)
    window.ui.whereAction.trigger()
    dialog = window.where_dialog
    assert isinstance(dialog, WhereDialog)
    assert dialog.findChild(object, "folderLabel").text() == str(data_dir())  # type: ignore[union-attr]
    assert not opened
    dialog.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(data_dir())]


# --- restoring a backup ------------------------------------------------------------------------------------


def _restore_window(
    qtbot: QtBot, dossier: Dossier, monkeypatch: pytest.MonkeyPatch, backup: Path, answer: str
) -> tuple[MainWindow, list[str], list[str]]:
    """A window whose file dialog picks `backup` and whose confirmation is answered with `answer`."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(backup), ""))
    asked: list[str] = []
    warned: list[str] = []

    def confirm(box: QMessageBox) -> int:
        asked.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if button.text().replace("&", "") == answer:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window = MainWindow(dossier, "en")
    qtbot.addWidget(window)
    window.show()
    return window, asked, warned


def test_restoring_a_backup_says_what_it_replaces_then_shows_the_restored_dossier(
    qtbot: QtBot, dossier: Dossier, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dossier.create_case("In the backup")
    backup = dossier.backup(tmp_path / "copy.kkoguard-backup")
    dossier.create_case("Added after the backup")
    window, asked, warned = _restore_window(qtbot, dossier, monkeypatch, backup, "Replace my dossier")

    window.ui.restoreAction.trigger()

    assert asked and "copy.kkoguard-backup" in asked[0] and "not deleted" in asked[0]
    qtbot.waitUntil(lambda: window.dossier is not dossier and not window.ui.statusBar.currentMessage())
    assert [case.title for case in window.dossier.cases()] == ["In the backup"]
    assert window.ui.stack.currentWidget() is window.home and window.ui.stack.isEnabled()
    assert window.ui.restoreAction.isEnabled() and not warned
    replaced = list((data_dir() / "backups").glob("replaced-*"))
    assert replaced, "the replaced dossier is kept aside"
    window.close()


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot, dossier: Dossier, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    backup = dossier.backup(tmp_path / "copy.kkoguard-backup")
    dossier.create_case("Kept")
    window, asked, _ = _restore_window(qtbot, dossier, monkeypatch, backup, "Cancel")
    window.ui.restoreAction.trigger()
    assert asked and window.dossier is dossier and not window._restoring
    assert [case.title for case in dossier.cases()] == ["Kept"]


def test_a_file_that_is_no_backup_says_so_and_loses_nothing(
    qtbot: QtBot, dossier: Dossier, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dossier.create_case("Kept")
    wrong = tmp_path / "photo.kkoguard-backup"
    wrong.write_bytes(b"not a zip at all")
    window, _, warned = _restore_window(qtbot, dossier, monkeypatch, wrong, "Replace my dossier")
    window.ui.restoreAction.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=TIMEOUT)
    assert warned == [DossierError(DossierErrorCode.BAD_BACKUP, str(wrong)).message("en")]
    assert window.dossier is dossier and [case.title for case in dossier.cases()] == ["Kept"]
    assert window.ui.stack.isEnabled() and window.ui.restoreAction.isEnabled()


def test_a_passphrase_backup_asks_for_its_passphrase(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dossier, _ = Dossier.create(passphrase=PASSPHRASE)
    dossier.create_case("In the backup")
    backup = dossier.backup(tmp_path / "copy.kkoguard-backup")
    dossier.create_case("Added after the backup")
    answers = ["not it", PASSPHRASE]
    prompts: list[str] = []

    def type_secret(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        prompts.append(args[2])
        return answers.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", type_secret)
    window, _, _ = _restore_window(qtbot, dossier, monkeypatch, backup, "Replace my dossier")
    window.ui.restoreAction.trigger()
    qtbot.waitUntil(lambda: window.dossier is not dossier and not window._restoring, timeout=TIMEOUT)
    assert [case.title for case in window.dossier.cases()] == ["In the backup"]
    assert len(prompts) == 2
    assert prompts[1].startswith(DossierError(DossierErrorCode.WRONG_SECRET).message("en"))
    window.close()
