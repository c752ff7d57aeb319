"""The analysis wizard: from the bills a person drops to the letters they print, in five pages.

    AnalysisWizard(dossier, lang) → ImportPage → ReviewPage → StepsPage → LettersPage → DonePage

It only creates the shared WizardState and puts the pages in order; each page is its own module and talks
to the others through the state alone. When it finishes, `state.case_id` is the case it saved (None if
the person stopped before the review page saved one); the main window then opens that case or goes home.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget, QWizard, QWizardPage

from kkoguard.dossier.store import Dossier
from kkoguard.ui import look
from kkoguard.ui.look import scale_font
from kkoguard.ui.wizard.state import WizardState


class Page(IntEnum):
    IMPORT = 0
    REVIEW = 1
    STEPS = 2
    LETTERS = 3
    DONE = 4


def _pages(state: WizardState, parent: QWidget) -> list[tuple[Page, QWizardPage]]:
    # Imported here: each page pulls in what it needs (isolation pool, PDF view, letters) only when the
    # wizard is opened, not when the app starts.
    from kkoguard.ui.wizard.done_page import DonePage
    from kkoguard.ui.wizard.import_page import ImportPage
    from kkoguard.ui.wizard.letters_page import LettersPage
    from kkoguard.ui.wizard.review_page import ReviewPage
    from kkoguard.ui.wizard.steps_page import StepsPage

    return [
        (Page.IMPORT, ImportPage(state, parent)),
        (Page.REVIEW, ReviewPage(state, parent)),
        (Page.STEPS, StepsPage(state, parent)),
        (Page.LETTERS, LettersPage(state, parent)),
        (Page.DONE, DonePage(state, parent)),
    ]


class AnalysisWizard(QWizard):
    def __init__(self, dossier: Dossier, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnalysisWizard")
        self.state = WizardState(dossier=dossier, lang=lang)
        self.setWindowTitle(self.tr("Analyse bills"))
        # One style everywhere: the same screens (and screenshots) on Linux, Windows and macOS.
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # all is saved: only Finish
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Continue >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("&Help"))
        for page_id, page in _pages(self.state, self):
            look.scroll_page(page)
            self.setPage(page_id, page)
        from kkoguard.ui.wizard.done_page import DonePage  # loaded by _pages already

        done = self.page(Page.DONE)
        if isinstance(done, DonePage):  # "Open my dossier" does what Finish does: the window shows the case
            done.open_dossier_requested.connect(lambda _case_id: self.accept())
        self.setStartId(Page.IMPORT)
        self._closing = False
        self._title: QLabel | None = None
        self._make_it_readable()
        self.currentIdChanged.connect(lambda _: self._enlarge_header_title())

    def _make_it_readable(self) -> None:
        """Larger buttons, and the way forward in bold."""
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            button.setMinimumSize(110, 36)
            if which not in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                scale_font(button, 1.1, bold=True)

    def _enlarge_header_title(self) -> None:
        """Qt draws the page title in the header in the system's bold body size; make it larger. The
        header exists once the wizard is laid out (first show); without a header (another style), nothing."""
        pages = [self.page(p) for p in Page]
        header = [
            label for label in self.findChildren(QLabel) if not any(p.isAncestorOf(label) for p in pages)
        ]
        title = next((label for label in header if label.font().bold()), None)
        if title is not None and title is not self._title:
            scale_font(title, 1.4, bold=True)
            self._title = title

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._enlarge_header_title()

    def reject(self) -> None:
        """Cancel (the button or Escape): asks first once bills were added, since their reading is lost.
        Closing the window itself (the app quitting, a test's teardown) does not ask."""
        if not self._closing and (self.state.outcomes or self.currentId() > Page.IMPORT):
            answer = QMessageBox.question(
                self,
                self.tr("Stop the analysis?"),
                self.tr(
                    "Stop the analysis and go back to the home screen? What was already saved in your "
                    "dossier stays there."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        try:
            super().closeEvent(event)
        finally:
            self._closing = False
