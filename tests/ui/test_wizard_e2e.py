"""The whole wizard as a person goes through it, offscreen: bills dropped on the window → the suspicious
charges of those bills under review → the steps for the detected operator → a letter produced and printed
(to a PDF file through QPrinter) → the case in the dossier with that letter."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from pytestqt.qtbot import QtBot

from kkoguard.bills.reader import read_bill
from kkoguard.detection.summary import analyse
from kkoguard.dossier.model import LetterStatus
from kkoguard.dossier.store import Dossier
from kkoguard.ui.models import SuspiciousRole
from kkoguard.ui.wizard.done_page import DonePage
from kkoguard.ui.wizard.import_page import ImportPage
from kkoguard.ui.wizard.letters_page import LettersPage
from kkoguard.ui.wizard.review_page import ReviewPage
from kkoguard.ui.wizard.steps_page import StepsPage
from kkoguard.ui.wizard.wizard import AnalysisWizard, Page

WAIT_MS = 60_000


def drop(widget: object, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = QPointF(10, 10)
    enter = QDragEnterEvent(
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)  # type: ignore[arg-type]
    assert enter.isAccepted()
    event = QDropEvent(
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def expected_suspicious(paths: list[Path]) -> set[str]:
    bills = [read_bill(str(p)) for p in paths]
    analyse(bills, "fr")
    return {c.label for b in bills for c in b.charges if c.suspicious}


def test_from_dropped_bills_to_a_printed_letter_kept_in_the_dossier(
    qtbot: QtBot, dossier: Dossier, bill_files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "imprime.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:  # the person picks "print to file" and clicks Print
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    wizard = AnalysisWizard(dossier, "fr")
    qtbot.addWidget(wizard)
    wizard.resize(1100, 760)
    wizard.show()

    importing = wizard.page(Page.IMPORT)
    assert isinstance(importing, ImportPage)
    drop(importing, bill_files)
    qtbot.waitUntil(importing.isComplete, timeout=WAIT_MS)
    wizard.next()

    review = wizard.page(Page.REVIEW)
    assert isinstance(review, ReviewPage) and wizard.currentId() == Page.REVIEW
    model = review.model
    suspicious_rows = [row for row in range(model.rowCount()) if model.index(row, 0).data(SuspiciousRole)]
    assert len(suspicious_rows) == len(review.state.disputed) > 0
    assert {c.label for c in review.state.disputed_charges()} == expected_suspicious(bill_files)
    wizard.next()  # saves the case off the GUI thread, then moves on by itself
    qtbot.waitUntil(lambda: wizard.currentId() == Page.STEPS, timeout=WAIT_MS)

    case_id = review.state.case_id
    assert case_id is not None
    assert dossier.case(case_id).operator == "sosh" == review.state.operator
    steps = wizard.page(Page.STEPS)
    assert isinstance(steps, StepsPage) and steps.isVisible()
    wizard.next()

    letters = wizard.page(Page.LETTERS)
    assert isinstance(letters, LettersPage) and wizard.currentId() == Page.LETTERS
    qtbot.waitUntil(
        lambda: letters.document.status() == QPdfDocument.Status.Ready and letters.ui.printButton.isEnabled(),
        timeout=WAIT_MS,
    )
    qtbot.mouseClick(letters.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            printed.exists()
            and any(letter.status is LetterStatus.PRINTED for letter in dossier.case_file(case_id).letters)
        ),
        timeout=WAIT_MS,
    )
    [letter] = dossier.case_file(case_id).letters
    assert letter.sha256 is not None
    stored = dossier.blob(letter.sha256)
    assert b"%PDF" in stored[:8]
    with pdfplumber.open(printed) as on_paper, pdfplumber.open(io.BytesIO(stored)) as kept:
        assert len(on_paper.pages) == len(kept.pages) >= 1  # every page of the letter went to the printer
        kept_text = " ".join(page.extract_text() or "" for page in kept.pages)
    assert "Objet" in kept_text and "Sosh" in kept_text

    wizard.next()
    done = wizard.page(Page.DONE)
    assert isinstance(done, DonePage) and wizard.currentId() == Page.DONE
    case_file = dossier.case_file(case_id)
    assert [letter.kind.value for letter in case_file.letters] == ["refund"]
    assert case_file.case.claimed > 0 and len(case_file.evidence) == len(bill_files)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted.value and not wizard.isVisible()


def test_open_my_dossier_on_the_last_page_ends_the_wizard_on_the_case(
    qtbot: QtBot, dossier: Dossier, bill_files: list[Path]
) -> None:
    from kkoguard.dossier.importing import save_bills
    from kkoguard.isolation import read_bills

    wizard = AnalysisWizard(dossier, "fr")
    qtbot.addWidget(wizard)
    state = wizard.state
    state.outcomes = read_bills([str(p) for p in bill_files])
    state.analyse()
    [(state.case_id, _), *_] = save_bills(dossier, state.bills(), disputed=state.is_disputed)
    wizard.setStartId(Page.DONE)
    wizard.show()
    done = wizard.page(Page.DONE)
    assert isinstance(done, DonePage)
    with qtbot.waitSignal(wizard.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(done.ui.openDossierButton, Qt.MouseButton.LeftButton)
    assert wizard.state.case_id is not None


def test_finish_after_visiting_the_dossier_shows_the_case_and_no_error(
    qtbot: QtBot, dossier: Dossier, bill_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dossier view seen before the analysis is stale after Finish: the window replaces it while the
    reads it started on being shown again are running. Their answers must not reach the deleted view (it
    raised "Internal C++ object already deleted" and the unexpected-error dialog appeared)."""
    import sys

    from PySide6.QtWidgets import QMessageBox

    from kkoguard.dossier.importing import save_bills
    from kkoguard.isolation import read_bills
    from kkoguard.ui import errors as error_dialog
    from kkoguard.ui.main_window import MainWindow

    reported: list[object] = []
    monkeypatch.setattr(
        error_dialog.ErrorReporter, "show_dialog", lambda self, name="": reported.append(name)
    )
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: reported.append(error))
    window = MainWindow(dossier, "fr")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_case(None)  # the person looks at the dossier first
    first_view = window.dossier_view
    assert first_view is not None
    qtbot.waitUntil(lambda: not first_view.busy(), timeout=WAIT_MS)

    window.start_wizard()
    wizard = window.wizard
    assert wizard is not None
    state = wizard.state
    state.outcomes = read_bills([str(p) for p in bill_files])
    state.analyse()
    [(state.case_id, _), *_] = save_bills(dossier, state.bills(), disputed=state.is_disputed)
    wizard.setStartId(Page.DONE)
    wizard.restart()
    assert isinstance(wizard.currentPage(), DonePage)
    wizard.button(QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(
        lambda: (
            window.dossier_view is not None
            and window.dossier_view is not first_view
            and window.dossier_view.shown is not None
            and not window.dossier_view.busy()
        ),
        timeout=WAIT_MS,
    )
    from kkoguard.ui import tasks

    qtbot.waitUntil(lambda: not tasks._alive, timeout=WAIT_MS)  # every answer delivered, the stale view's too
    assert window.dossier_view.shown.case_file.case.id == state.case_id
    assert not reported
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
