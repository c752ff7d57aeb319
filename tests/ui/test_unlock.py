"""First launch (welcome → dossier → recovery key shown once) and the unlock dialog of later launches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from kkoguard.dossier import store
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.keys import KeyMode, parse_recovery_key
from kkoguard.dossier.store import Dossier
from kkoguard.ui.unlock import UnlockDialog, WelcomeDialog

PASSPHRASE = "quatre mots bien choisis"


def _message(code: DossierErrorCode) -> str:
    return DossierError(code).message("en")


def _created(qtbot: QtBot) -> WelcomeDialog:
    """A welcome dialog that has just created the dossier with the keyring (recovery page shown)."""
    dialog = WelcomeDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.createButton.click()
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.recoveryPage, timeout=10_000)
    return dialog


def _close(dialog: WelcomeDialog) -> None:
    if dialog.dossier is not None:
        dialog.dossier.close()


def test_first_launch_with_keyring_shows_the_key_once_and_continue_waits_for_the_tick(qtbot: QtBot) -> None:
    assert not store.exists()
    dialog = _created(qtbot)
    try:
        assert store.exists() and store.protection() is KeyMode.KEYRING
        shown = dialog.ui.recoveryKey.text()
        assert parse_recovery_key(shown) is not None  # the whole key, as typed back later
        assert not dialog.ui.continueButton.isEnabled()
        dialog.ui.continueButton.click()
        dialog.reject()  # Escape / the close button cannot skip the key either
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted

        dialog.ui.confirmCheck.setChecked(True)
        assert dialog.ui.continueButton.isEnabled()
        dialog.ui.continueButton.click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.ui.recoveryKey.text() == ""  # shown once: gone from the window
    finally:
        _close(dialog)
    with Dossier.open(secret=shown) as reopened:  # and the key shown really opens the dossier
        assert reopened.cases() == []


def test_without_a_keyring_the_person_chooses_a_passphrase(qtbot: QtBot) -> None:
    keyring.set_keyring(fail.Keyring())  # the test world's fixture puts its keyring back afterwards
    dialog = WelcomeDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.createButton.click()
    ui = dialog.ui
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.passphrasePage, timeout=10_000)
    assert not store.exists()

    ui.passphraseEdit.setText("short")
    ui.repeatEdit.setText("short")
    ui.passphraseCreateButton.click()
    assert ui.passphraseError.isVisible()
    assert ui.passphraseError.text() == _message(DossierErrorCode.WEAK_PASSPHRASE)

    ui.passphraseEdit.setText(PASSPHRASE)
    ui.repeatEdit.setText(PASSPHRASE + "!")
    ui.passphraseCreateButton.click()
    assert "different" in ui.passphraseError.text()
    assert not store.exists()

    ui.repeatEdit.setText(PASSPHRASE)
    ui.passphraseCreateButton.click()
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.recoveryPage, timeout=10_000)
    _close(dialog)
    assert store.protection() is KeyMode.PASSPHRASE
    with Dossier.open(secret=PASSPHRASE):
        pass


def test_quitting_the_welcome_creates_nothing(qtbot: QtBot) -> None:
    dialog = WelcomeDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.quitButton.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.dossier is None
    assert not store.exists()


def test_printing_the_recovery_key_prints_one_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    output = tmp_path / "printed.pdf"

    def accept(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = _created(qtbot)
    try:
        dialog.ui.printButton.click()
        qtbot.waitUntil(lambda: dialog.ui.recoveryStatus.text() == "The page was sent to the printer.")
    finally:
        _close(dialog)
    buffer = QBuffer()
    buffer.setData(QByteArray(output.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    printed = QPdfDocument()
    printed.load(buffer)
    assert printed.status() == QPdfDocument.Status.Ready
    assert printed.pageCount() == 1


def test_saving_the_recovery_key_as_pdf(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[str] = []

    def choose(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[2]))  # the suggested path
        return str(tmp_path / "ma clé"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = _created(qtbot)
    try:
        dialog.ui.savePdfButton.click()
        qtbot.waitUntil(lambda: (tmp_path / "ma clé.pdf").exists())
        assert "ma clé.pdf" in dialog.ui.recoveryStatus.text()
    finally:
        _close(dialog)
    assert asked and asked[0].endswith("KKO Guard recovery key.pdf")
    assert (tmp_path / "ma clé.pdf").read_bytes().startswith(b"%PDF")


def _passphrase_dossier() -> None:
    created, _ = Dossier.create(passphrase=PASSPHRASE)
    created.close()


def test_a_wrong_passphrase_says_so_and_the_right_one_opens(qtbot: QtBot) -> None:
    _passphrase_dossier()
    dialog = UnlockDialog(DossierError(DossierErrorCode.NEEDS_SECRET), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert "passphrase you chose" in ui.protectionLabel.text()
    assert not ui.messageLabel.isVisible()  # "enter your passphrase" once, not also in a warning
    assert not ui.keyringButton.isVisible()  # nothing to retry: it is not a keyring dossier

    ui.secretEdit.setText("not the passphrase")
    ui.openButton.click()
    qtbot.waitUntil(lambda: ui.messageLabel.text() == _message(DossierErrorCode.WRONG_SECRET), timeout=10_000)
    assert dialog.isVisible() and dialog.dossier is None and ui.openButton.isEnabled()
    assert ui.messageLabel.isVisible()

    ui.secretEdit.setText(PASSPHRASE)
    ui.openButton.click()
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ui.secretEdit.text() == ""
    assert dialog.dossier is not None
    dialog.dossier.close()


def test_a_lost_keyring_entry_opens_with_the_recovery_key(qtbot: QtBot) -> None:
    created, recovery = Dossier.create()
    created.close()
    keyring.set_keyring(fail.Keyring())
    dialog = UnlockDialog(DossierError(DossierErrorCode.KEYRING_UNAVAILABLE), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.keyringButton.isVisible()
    # why it did not open by itself, once (the engine's sentence); and no passphrase asked: there is none
    assert ui.messageLabel.isVisible() and not ui.protectionLabel.isVisible()
    assert ui.secretLabel.text().replace("&", "") == "Recovery key:"
    assert "passphrase" not in ui.secretEdit.accessibleName().lower()
    dialog.ui.keyringButton.click()  # still no keyring: the same sentence, the dialog stays
    qtbot.waitUntil(lambda: dialog.ui.keyringButton.isEnabled(), timeout=10_000)
    assert dialog.ui.messageLabel.text() == _message(DossierErrorCode.KEYRING_UNAVAILABLE)
    dialog.ui.secretEdit.setText(recovery.lower().replace("-", " "))
    dialog.ui.openButton.click()
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=10_000)
    assert dialog.dossier is not None
    dialog.dossier.close()


def test_a_dossier_in_use_ends_the_dialog_with_that_error(qtbot: QtBot, dossier: Dossier) -> None:
    dialog = UnlockDialog(DossierError(DossierErrorCode.NEEDS_SECRET), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.secretEdit.setText(PASSPHRASE)
    dialog.ui.openButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.fatal is not None and dialog.fatal.code is DossierErrorCode.IN_USE
    assert dialog.dossier is None


@pytest.mark.parametrize("mode", [KeyMode.PASSPHRASE, KeyMode.KEYRING])
def test_the_unlock_dialog_says_each_thing_once(qtbot: QtBot, mode: KeyMode) -> None:
    """Read as a person: no sentence of the dialog repeats another (the recovery key is offered once)."""
    if mode is KeyMode.PASSPHRASE:
        _passphrase_dossier()
        error = DossierError(DossierErrorCode.NEEDS_SECRET)
    else:
        Dossier.create()[0].close()
        error = DossierError(DossierErrorCode.KEYRING_UNAVAILABLE)
    dialog = UnlockDialog(error, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    shown = [label.text() for label in (ui.protectionLabel, ui.messageLabel) if label.isVisible()]
    assert len(shown) == 1
    assert sum(text.lower().count("recovery key") for text in shown) == 1
