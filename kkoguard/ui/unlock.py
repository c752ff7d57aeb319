"""Getting to an open dossier: the first-launch welcome that creates it, and the unlock dialog.

WelcomeDialog (first launch): what the app does and that everything stays on this computer, encrypted →
creates the dossier with the OS keyring, or with a passphrase when no keyring works → shows the recovery
key once, with Print and Save as PDF, and Continue only once the person says they kept it.

UnlockDialog (later launches, when the keyring did not open the dossier): says each thing once. A passphrase
dossier: what to type (the passphrase, else the recovery key). A keyring dossier: why it did not open by
itself (the engine's own sentence: keyring locked, key not in the keyring) and a box for the recovery key,
since it has no passphrase. A wrong secret shows the engine's sentence and the person tries again.

Key derivation (scrypt) and keyring calls run with run_task, never on the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from kkoguard.dossier import store
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.keys import MIN_PASSPHRASE, KeyMode
from kkoguard.dossier.store import Dossier
from kkoguard.ui.forms_generated.ui_unlock import Ui_UnlockDialog
from kkoguard.ui.forms_generated.ui_welcome import Ui_WelcomeDialog
from kkoguard.ui.look import pixmap, scale_font
from kkoguard.ui.tasks import run_task

ASK_SECRET = frozenset(
    {
        DossierErrorCode.KEYRING_UNAVAILABLE,
        DossierErrorCode.KEY_NOT_IN_KEYRING,
        DossierErrorCode.NEEDS_SECRET,
        DossierErrorCode.WRONG_SECRET,
    }
)
"""Opening failures a passphrase or the recovery key can get past; the others (in use, damaged, too new…)
end the start-up with a message, nothing changed."""


def recovery_key_lines(recovery: str) -> str:
    """The key on two lines of four groups, as large as a window allows (copying it keeps it usable:
    dashes, spaces and line breaks do not matter when it is typed back)."""
    groups = recovery.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:]) if len(groups) > 1 else recovery


def _set_password_echo(edits: list[QLineEdit], shown: bool) -> None:
    for edit in edits:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)


class WelcomeDialog(QDialog):
    """First launch: explains the app, creates the dossier, shows the recovery key once.

    After exec() returns Accepted, `dossier` is the new, open dossier. Rejected means the person quit
    before anything was created.
    """

    def __init__(self, lang: str, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic code carries no annotations
        self.lang = lang
        self.folder = folder
        self.dossier: Dossier | None = None
        self._recovery: str | None = None
        self._sheet: bytes | None = None  # the recovery sheet PDF, rendered once when first needed
        self._busy = False
        ui = self.ui
        ui.appIcon.setPixmap(pixmap("app", 56))
        ui.privacyIcon.setPixmap(pixmap("lock", 24))
        ui.privacyIcon.setAccessibleName(self.tr("Encrypted"))
        ui.passphraseErrorIcon.setPixmap(pixmap("warning", 20))
        ui.passphraseErrorIcon.setAccessibleName(self.tr("Warning"))
        for title in (ui.welcomeTitle, ui.passphraseTitle, ui.recoveryTitle):
            scale_font(title, 1.6, bold=True)
        for text in (
            ui.welcomeText,
            ui.privacyText,
            ui.nextText,
            ui.passphraseIntro,
            ui.recoveryIntro,
            ui.confirmCheck,
        ):
            scale_font(text, 1.1)
        scale_font(ui.createButton, 1.15, bold=True)
        scale_font(ui.passphraseCreateButton, 1.15, bold=True)
        scale_font(ui.continueButton, 1.15, bold=True)
        ui.passphraseHint.setText(
            self.tr(
                "At least {count} characters, for example four words you will remember. Write it down "
                "and keep it somewhere safe: without it or the recovery key, nobody can open your "
                "dossier, not even us."
            ).format(count=MIN_PASSPHRASE)
        )
        scale_font(ui.recoveryKey, 1.75, bold=True, fixed=True)
        self._show_passphrase_error("")
        ui.createButton.clicked.connect(lambda: self._create(None))
        ui.quitButton.clicked.connect(self.reject)
        ui.passphraseQuitButton.clicked.connect(self.reject)
        ui.passphraseCreateButton.clicked.connect(self._create_with_passphrase)
        ui.showPassphrase.toggled.connect(
            lambda shown: _set_password_echo([ui.passphraseEdit, ui.repeatEdit], shown)
        )
        ui.printButton.clicked.connect(self._print)
        ui.savePdfButton.clicked.connect(self._save)
        ui.confirmCheck.toggled.connect(ui.continueButton.setEnabled)
        ui.continueButton.clicked.connect(self._continue)
        self._go(ui.welcomePage)

    def _go(self, page: QWidget) -> None:
        """Show a page, with its main button as the one Enter presses and the focus where to start."""
        ui = self.ui
        ui.pages.setCurrentWidget(page)
        main = {
            ui.welcomePage: ui.createButton,
            ui.passphrasePage: ui.passphraseCreateButton,
            ui.recoveryPage: ui.continueButton,
        }.get(page)
        for button in (ui.createButton, ui.passphraseCreateButton, ui.continueButton):
            button.setDefault(button is main)
        focus = {ui.welcomePage: ui.createButton, ui.passphrasePage: ui.passphraseEdit}.get(page)
        if page is ui.recoveryPage:
            focus = ui.printButton
        if focus is not None:
            focus.setFocus()

    # --- creating ------------------------------------------------------------------------------------

    def _create(self, passphrase: str | None) -> None:
        self._busy = True
        self.ui.workingLabel.setText(self.tr("Creating your encrypted dossier…"))
        self._go(self.ui.workingPage)
        folder = self.folder
        run_task(
            lambda: Dossier.create(folder, passphrase=passphrase),
            on_done=self._created,
            on_error=lambda error: self._create_failed(error, passphrase),
        )

    def _create_with_passphrase(self) -> None:
        first, second = self.ui.passphraseEdit.text(), self.ui.repeatEdit.text()
        if len(first.strip()) < MIN_PASSPHRASE:
            self._show_passphrase_error(DossierError(DossierErrorCode.WEAK_PASSPHRASE).message(self.lang))
            self.ui.passphraseEdit.setFocus()
            return
        if first != second:
            self._show_passphrase_error(
                self.tr("The two passphrases are different. Type the same passphrase in both boxes.")
            )
            self.ui.repeatEdit.selectAll()
            self.ui.repeatEdit.setFocus()
            return
        self._show_passphrase_error("")
        self._create(first)

    def _created(self, result: Any) -> None:
        self._busy = False
        self.dossier, recovery = result
        self._recovery = str(recovery)
        self.ui.recoveryKey.setText(recovery_key_lines(self._recovery))
        self.ui.recoveryStatus.setText("")
        self._go(self.ui.recoveryPage)

    def _create_failed(self, error: BaseException, passphrase: str | None) -> None:
        self._busy = False
        if isinstance(error, DossierError) and error.code is DossierErrorCode.KEYRING_UNAVAILABLE:
            self._show_passphrase_error("")
            self._go(self.ui.passphrasePage)
            return
        self._go(self.ui.passphrasePage if passphrase is not None else self.ui.welcomePage)
        if isinstance(error, DossierError):
            if passphrase is not None:
                self._show_passphrase_error(error.message(self.lang))
            else:
                QMessageBox.warning(self, self.tr("KKO Guard"), error.message(self.lang))
            return
        raise error  # unexpected: to the error dialog (sys.excepthook), the person can try again

    def _show_passphrase_error(self, text: str) -> None:
        self.ui.passphraseError.setText(text)
        self.ui.passphraseError.setVisible(bool(text))
        self.ui.passphraseErrorIcon.setVisible(bool(text))

    # --- the recovery key ------------------------------------------------------------------------------

    def _with_sheet(self, then: str) -> None:
        """Render the recovery sheet once (reportlab, off the GUI thread), then print or save it."""
        if self._sheet is not None:
            self._use_sheet(self._sheet, then)
            return
        assert self._recovery is not None and self.dossier is not None
        recovery, dossier_id, lang = self._recovery, self.dossier.dossier_id, self.lang
        self._set_sheet_buttons(False)
        self.ui.recoveryStatus.setText(self.tr("Preparing the page to print…"))

        def render() -> bytes:
            from kkoguard.letters.recovery import render_recovery_sheet

            return render_recovery_sheet(recovery, created_on=date.today(), dossier_id=dossier_id, lang=lang)

        def failed(error: BaseException) -> None:
            self._set_sheet_buttons(True)
            self.ui.recoveryStatus.setText("")
            raise error

        run_task(render, on_done=lambda data: self._use_sheet(data, then), on_error=failed)

    def _use_sheet(self, data: bytes, then: str) -> None:
        from kkoguard.ui.printing import print_pdf, save_pdf

        self._sheet = data
        self._set_sheet_buttons(True)
        self.ui.recoveryStatus.setText("")
        if then == "print":
            if print_pdf(data, self, title=self.tr("KKO Guard recovery key")):
                self.ui.recoveryStatus.setText(self.tr("The page was sent to the printer."))
        else:
            path = save_pdf(data, self, self.tr("KKO Guard recovery key.pdf"))
            if path is not None:
                self.ui.recoveryStatus.setText(
                    self.tr(
                        "Saved as {path}. Print it, or copy it to a USB stick that you keep away from "
                        "this computer, then delete it from here."
                    ).format(path=path)
                )

    def _set_sheet_buttons(self, enabled: bool) -> None:
        self.ui.printButton.setEnabled(enabled)
        self.ui.savePdfButton.setEnabled(enabled)

    def _print(self) -> None:
        self._with_sheet("print")

    def _save(self) -> None:
        self._with_sheet("save")

    def _continue(self) -> None:
        if not self.ui.confirmCheck.isChecked() or self.dossier is None:
            return
        self._recovery = None  # shown once: nothing keeps it once the person has moved on
        self._sheet = None
        self.ui.recoveryKey.clear()
        self.accept()

    # --- closing -------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Quit is only possible before the dossier exists: once it is created, the recovery key must be
        kept first (it is never shown again), so Escape and the close button do nothing then."""
        if self._busy or self.dossier is not None:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy or self.dossier is not None:
            event.ignore()
            return
        super().closeEvent(event)


class UnlockDialog(QDialog):
    """Asks for the passphrase or the recovery key, explaining why and how the dossier is protected.

    After exec(): Accepted → `dossier` is open. Rejected with `fatal` set → a failure no secret can fix
    (damaged, in use, too new: show it and stop). Rejected without → the person chose Quit.
    """

    def __init__(
        self, error: DossierError, lang: str, folder: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic code carries no annotations
        self.lang = lang
        self.folder = folder
        self.dossier: Dossier | None = None
        self.fatal: DossierError | None = None
        self._busy = False
        ui = self.ui
        ui.lockIcon.setPixmap(pixmap("lock", 40))
        scale_font(ui.titleLabel, 1.6, bold=True)
        scale_font(ui.protectionLabel, 1.1)
        scale_font(ui.messageLabel, 1.1)
        scale_font(ui.secretEdit, 1.15)
        scale_font(ui.openButton, 1.1, bold=True)
        try:
            mode: KeyMode | None = store.protection(folder)
        except DossierError:
            mode = None
        self.mode = mode
        if mode is KeyMode.KEYRING:  # no passphrase exists: only the recovery key can stand in
            ui.secretLabel.setText(self.tr("&Recovery key:"))
            ui.secretEdit.setAccessibleName(self.tr("Recovery key"))
        ui.protectionLabel.setText(
            self.tr(
                "Type the passphrase you chose when you created your dossier. If you have forgotten it, type "
                "the recovery key from the sheet you printed that day."
            )
        )
        ui.protectionLabel.setVisible(mode is KeyMode.PASSPHRASE)
        ui.keyringButton.setVisible(mode is KeyMode.KEYRING)
        ui.busyBar.setVisible(False)
        self.show_error(error)
        ui.openButton.clicked.connect(self._open)
        ui.keyringButton.clicked.connect(self._retry_keyring)
        ui.quitButton.clicked.connect(self.reject)
        ui.showSecret.toggled.connect(lambda shown: _set_password_echo([ui.secretEdit], shown))
        ui.secretEdit.setFocus()

    def show_error(self, error: DossierError) -> None:
        """The engine's sentence for why the dossier did not open and what to do. A passphrase dossier
        asking for its passphrase is no problem to explain: the instruction above the box says it all."""
        ui = self.ui
        ui.messageLabel.setText(error.message(self.lang))
        routine = error.code is DossierErrorCode.NEEDS_SECRET and self.mode is KeyMode.PASSPHRASE
        ui.messageLabel.setVisible(not routine)
        ui.messageIcon.setVisible(not routine)
        needs_attention = error.code is not DossierErrorCode.NEEDS_SECRET
        ui.messageIcon.setPixmap(pixmap("warning", 22) if needs_attention else pixmap("lock", 22))
        ui.messageIcon.setAccessibleName(self.tr("Warning") if needs_attention else self.tr("Locked"))

    def _open(self) -> None:
        secret = self.ui.secretEdit.text()
        if not secret.strip():
            self.ui.messageLabel.setText(
                self.tr("Type your recovery key.")
                if self.mode is KeyMode.KEYRING
                else self.tr("Type your passphrase or your recovery key.")
            )
            self.ui.messageLabel.setVisible(True)
            self.ui.messageIcon.setVisible(True)
            self.ui.secretEdit.setFocus()
            return
        folder = self.folder
        self._start(lambda: Dossier.open(folder, secret=secret))

    def _retry_keyring(self) -> None:
        folder = self.folder
        self._start(lambda: Dossier.open(folder))

    def _start(self, work: Any) -> None:
        self._set_busy(True)
        run_task(work, on_done=self._opened, on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ui = self.ui
        ui.busyBar.setVisible(busy)
        for widget in (ui.secretEdit, ui.openButton, ui.keyringButton, ui.quitButton, ui.showSecret):
            widget.setEnabled(not busy)

    def _opened(self, dossier: Any) -> None:
        self._set_busy(False)
        self.ui.secretEdit.clear()
        self.dossier = dossier
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, DossierError):
            raise error  # unexpected: to the error dialog; the person can try again
        if error.code not in ASK_SECRET:
            self.fatal = error
            super().reject()
            return
        self.show_error(error)
        self.ui.secretEdit.selectAll()
        self.ui.secretEdit.setFocus()

    def reject(self) -> None:
        if self._busy:  # the dossier may be opening: wait for the answer
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
