"""Wizard page 5: what was saved in the dossier, and the one thing to do next, with its date.

The next step comes from the dossier's deadlines (`next_step`): its action, the date to remember and why.
An urgent step (a time limit near or passed) says so with the warning icon and words. "Open my dossier"
asks the window to show the case (`open_dossier_requested`); the wizard's Finish button closes.

The letter kept last and the bill copies it lists can be printed or saved here too, for the person who
comes back to it after closing the letters page (the PDFs are read or made off the GUI thread).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStyle, QWidget, QWizardPage

from kkoguard.dossier.agenda import step_date
from kkoguard.dossier.deadlines import next_step
from kkoguard.dossier.errors import DossierError
from kkoguard.dossier.model import CaseFile, EvidenceKind, Letter, LetterStatus
from kkoguard.formatting import format_date, format_money
from kkoguard.letters import LetterError
from kkoguard.letters.enclosures import has_copies, kind_of
from kkoguard.ui import look, printing
from kkoguard.ui.forms_generated.ui_done_page import Ui_DonePage
from kkoguard.ui.wizard.state import WizardState


class DonePage(QWizardPage):
    """The summary of the run and the next step; Finish (the wizard's button) closes."""

    open_dossier_requested = Signal(int)  # the case id: the window shows that case in the dossier view

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.ui = Ui_DonePage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic's generated code carries no annotations
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.ui.urgentIcon.setPixmap(look.pixmap("warning", size))
        self.ui.urgentIcon.setAccessibleName(self.ui.urgentLabel.text())
        look.scale_font(self.ui.actionLabel, 1.15, bold=True)
        look.scale_font(self.ui.urgentLabel, 1.0, bold=True)
        look.scale_font(self.ui.byLabel, 1.0, bold=True)
        look.scale_font(self.ui.errorLabel, 1.0, bold=True)
        look.scale_font(self.ui.openDossierButton, 1.1)
        self.ui.openDossierButton.clicked.connect(self._open_dossier)
        self._letter: Letter | None = None  # the letter Print and Save use: the one kept last
        self._copies = False
        self._busy = False
        self.ui.printLetterButton.clicked.connect(self._print_letter)
        self.ui.saveLetterButton.clicked.connect(self._save_letter)
        self.ui.printCopiesButton.clicked.connect(self._print_copies)
        self.ui.saveCopiesButton.clicked.connect(self._save_copies)
        self._print_status("")
        self._update_print()

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        """Read the case again from the dossier and show it (letters may have been kept or posted)."""
        state = self._state
        self.ui.openDossierButton.setEnabled(state.case_id is not None)
        if state.case_id is None:
            self._show_error(self.tr("No case was saved."))
            return
        try:
            case_file = state.dossier.case_file(state.case_id)
        except DossierError as error:
            self._show_error(error.message(state.lang))
            return
        self._show_error("")
        self._show_saved(case_file)
        self._show_next(case_file, today or date.today())
        self._show_print(case_file)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _show_saved(self, case_file: CaseFile) -> None:
        lang = self._state.lang
        self.ui.caseValue.setText(case_file.case.title)
        bills = sum(1 for e in case_file.evidence if e.kind is EvidenceKind.BILL)
        self.ui.billsValue.setText(
            self.tr("1 bill") if bills == 1 else self.tr("{count} bills").format(count=bills)
        )
        disputed = [c for e in case_file.evidence for c in e.charges if c.disputed]
        total = sum((c.amount for c in disputed), Decimal("0.00"))
        if not disputed:
            self.ui.totalValue.setText(self.tr("No charge is marked as disputed yet."))
        elif len(disputed) == 1:
            self.ui.totalValue.setText(
                self.tr("{amount} (1 charge)").format(amount=format_money(total, lang))
            )
        else:
            self.ui.totalValue.setText(
                self.tr("{amount} ({count} charges)").format(
                    amount=format_money(total, lang), count=len(disputed)
                )
            )
        letters = sorted(case_file.letters, key=lambda letter: letter.id)
        if letters:
            self.ui.lettersValue.setText("\n".join(f"• {self._letter_line(letter)}" for letter in letters))
        else:
            self.ui.lettersValue.setText(self.tr("No letter kept yet."))

    def _letter_line(self, letter: Letter) -> str:
        lang = self._state.lang
        if letter.status is LetterStatus.SENT:
            when = format_date(letter.sent_on, lang) if letter.sent_on else ""
            if letter.tracking_number:
                status = self.tr("sent on {date}, registered mail {number}").format(
                    date=when, number=letter.tracking_number
                )
            else:
                status = self.tr("sent on {date}").format(date=when)
        elif letter.status is LetterStatus.PRINTED:
            status = self.tr("printed, not sent yet")
        else:
            status = self.tr("kept, not printed yet")
        return self.tr("{title}: {status}").format(title=letter.title, status=status)

    def urgent_text(self, due: date | None, today: date) -> str:
        """Which date makes the step urgent: "Urgent: to do by 12 April" or "Urgent: late since 3 March"."""
        lang = self._state.lang
        if due is None:
            return self.tr("Urgent: a time limit is near or has passed.")
        if due < today:
            return self.tr("Urgent: late since {date}.").format(date=format_date(due, lang))
        return self.tr("Urgent: to do by {date}.").format(date=format_date(due, lang))

    def _show_next(self, case_file: CaseFile, today: date) -> None:
        lang = self._state.lang
        step = next_step(case_file, today, lang)
        if step is None:
            self.ui.actionLabel.setText(self.tr("Nothing more to do: this case is settled."))
            self.ui.byLabel.clear()
            self.ui.whyLabel.clear()
            self.ui.urgentBox.setVisible(False)
            return
        self.ui.actionLabel.setText(step.action)
        if step.by is not None:
            self.ui.byLabel.setText(
                self.tr("Date to remember: {date}").format(date=format_date(step.by, lang))
            )
        else:
            self.ui.byLabel.clear()
        self.ui.byLabel.setVisible(step.by is not None)
        self.ui.whyLabel.setText(step.why)
        self.ui.urgentBox.setVisible(step.urgent)
        if step.urgent:
            self.ui.urgentLabel.setText(self.urgent_text(step_date(case_file, step), today))
            self.ui.urgentIcon.setAccessibleName(self.ui.urgentLabel.text())
        self.ui.nextGroup.setAccessibleDescription(
            " ".join(
                t
                for t in (
                    self.ui.urgentLabel.text() if step.urgent else "",
                    step.action,
                    self.ui.byLabel.text(),
                )
                if t
            )
        )

    # --- print and save ---------------------------------------------------------------------------------

    def _show_print(self, case_file: CaseFile) -> None:
        kept = [letter for letter in case_file.letters if letter.sha256]
        ours = [letter for letter in kept if letter.id in self._state.letter_ids]
        pool = ours or kept
        self._letter = max(pool, key=lambda letter: (letter.created_on, letter.id)) if pool else None
        kind = kind_of(self._letter.kind) if self._letter is not None else "refund"
        self._copies = has_copies(case_file, kind)
        self.ui.printGroup.setVisible(self._letter is not None or self._copies)
        if self._letter is not None:
            self.ui.printGroup.setTitle(
                self.tr("“{title}” and the copies to send with it").format(title=self._letter.title)
            )
        self._update_print()

    def _update_print(self) -> None:
        letter = self._letter is not None and not self._busy
        self.ui.printLetterButton.setEnabled(letter)
        self.ui.saveLetterButton.setEnabled(letter)
        self.ui.printCopiesButton.setEnabled(self._copies and not self._busy)
        self.ui.saveCopiesButton.setEnabled(self._copies and not self._busy)

    def _print_status(self, text: str) -> None:
        self.ui.printStatus.setText(text)
        self.ui.printStatus.setVisible(bool(text))

    def _start(self) -> None:
        self._busy = True
        self._update_print()
        self._print_status(self.tr("Preparing…"))

    def _finished(self, text: str) -> None:
        self._busy = False
        self._update_print()
        self._print_status(text)

    def _failed(self, error: BaseException) -> None:
        self._finished("")
        if isinstance(error, DossierError | LetterError):
            self._show_error(error.message(self._state.lang))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _letter_work(self) -> tuple[Letter, Callable[[], bytes]] | None:
        letter = self._letter
        if letter is None or letter.sha256 is None or self._busy:
            return None
        return letter, printing.blob_work(self._state.dossier, letter.sha256)

    def _copies_work(self) -> Callable[[], bytes] | None:
        state = self._state
        if state.case_id is None or not self._copies or self._busy:
            return None
        kind = kind_of(self._letter.kind) if self._letter is not None else "refund"
        return printing.copies_work(state.dossier, state.case_id, kind=kind, bills=state.bills())

    def _print_letter(self) -> None:
        found = self._letter_work()
        if found is None:
            return
        letter, work = found
        state = self._state

        def done(printed: bool) -> None:
            if printed and letter.status is LetterStatus.DRAFT:
                try:
                    state.dossier.update_letter(letter.id, status=LetterStatus.PRINTED)
                except DossierError as error:
                    self._show_error(error.message(state.lang))
                self.refresh()
            self._finished(self.tr("The letter was sent to the printer.") if printed else "")

        self._start()
        printing.print_later(work, self, title=letter.title, done=done, failed=self._failed)

    def _save_letter(self) -> None:
        found = self._letter_work()
        if found is None:
            return
        letter, work = found

        def done(path: object) -> None:
            self._finished(self.tr("Saved in {path}.").format(path=str(path)) if path is not None else "")

        self._start()
        printing.save_later(work, self, printing.file_name(letter.title), done=done, failed=self._failed)

    def _print_copies(self) -> None:
        work = self._copies_work()
        if work is None:
            return

        def done(printed: bool) -> None:
            self._finished(
                self.tr("The bill copies were sent to the printer: put them in the envelope with the letter.")
                if printed
                else ""
            )

        self._start()
        printing.print_later(work, self, title=self.tr("Bill copies"), done=done, failed=self._failed)

    def _save_copies(self) -> None:
        work = self._copies_work()
        if work is None:
            return

        def done(path: object) -> None:
            self._finished(self.tr("Saved in {path}.").format(path=str(path)) if path is not None else "")

        self._start()
        printing.save_later(work, self, printing.copies_file_name(), done=done, failed=self._failed)

    def _open_dossier(self) -> None:
        if self._state.case_id is not None:
            self.open_dossier_requested.emit(self._state.case_id)
