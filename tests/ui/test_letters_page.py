"""The letters page: the letter for the saved Sosh case is shown as a PDF, follows the sender's edits,
is kept in the dossier, printed (to a PDF file through the real print path) and recorded as posted."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from kkoguard.dossier.importing import save_bills
from kkoguard.dossier.model import CaseStatus, LetterKind, LetterStatus, Party
from kkoguard.ui.wizard.letters_page import LettersPage, looks_like_registered_number
from kkoguard.ui.wizard.state import WizardState

WAIT_MS = 10_000


@pytest.fixture
def state(read_state: WizardState) -> WizardState:
    """The state as the review page leaves it: the Sosh bills saved in a case, suspicious charges disputed."""
    results = save_bills(read_state.dossier, read_state.bills(), disputed=read_state.is_disputed)
    read_state.case_id = results[0][0]
    return read_state


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def preview_ready(page: LettersPage) -> bool:
    return page.document.status() == QPdfDocument.Status.Ready and page.document.pageCount() >= 1


def open_page(qtbot: QtBot, state: WizardState) -> LettersPage:
    page = LettersPage(state)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.initializePage()
    qtbot.waitUntil(lambda: preview_ready(page) and page.ui.keepButton.isEnabled(), timeout=WAIT_MS)
    return page


def choose(qtbot: QtBot, page: LettersPage, kind: str) -> None:
    radio = page.findChild(QRadioButton, f"letter-{kind}")
    assert radio is not None, kind
    with qtbot.waitSignal(page.preview_updated, timeout=WAIT_MS):  # a click on the button's round mark
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def keep(qtbot: QtBot, page: LettersPage) -> int:
    with qtbot.waitSignal(page.letter_stored, timeout=WAIT_MS) as stored:
        qtbot.mouseClick(page.ui.keepButton, Qt.MouseButton.LeftButton)
    letter_id = stored.args[0] if stored.args else None
    assert isinstance(letter_id, int)
    return letter_id


def test_the_refund_letter_is_previewed(qtbot: QtBot, state: WizardState) -> None:
    page = open_page(qtbot, state)
    assert page.kind() == "refund"
    radio = page.findChild(QRadioButton, "letter-refund")
    assert radio is not None and radio.isChecked() and "recommended" in radio.text()
    assert page.findChild(QRadioButton, "letter-escalation") is None  # nothing was sent yet
    text = pdf_text(page.pdf_bytes)
    assert "DENISE-JOSÉPHINE VERDIER" in text  # the holder printed on the bills
    assert "Objet" in text
    # Sosh's address is not known: the page says so next to the address, with an icon and words.
    warnings = page.ui.warningsBox.findChildren(QWidget, "warning-1")
    assert warnings and "Sosh" in warnings[0].accessibleName()
    assert "write it by hand" in page.ui.originLabel.text() or "à la main" in page.ui.originLabel.text()
    notice = page.findChild(QWidget, "previewNotice")  # and next to the preview, so nobody prints blindly
    assert notice is not None and notice.isVisibleTo(page) and notice.accessibleName()


def test_editing_the_sender_re_renders_and_is_remembered(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    page = open_page(qtbot, state)
    before = page.pdf_bytes
    page.ui.nameEdit.selectAll()
    with qtbot.waitSignal(page.preview_updated, timeout=WAIT_MS):
        qtbot.keyClicks(page.ui.nameEdit, "Jeanne Martin")
        assert not page.ui.printButton.isEnabled()  # nothing is printed from a stale preview
    assert page.pdf_bytes != before
    assert "Jeanne Martin" in pdf_text(page.pdf_bytes)
    assert preview_ready(page)
    assert state.dossier.case(state.case_id).holder_name == "Jeanne Martin"


def test_a_typed_recipient_is_used(qtbot: QtBot, state: WizardState) -> None:
    page = open_page(qtbot, state)
    page.ui.recipientEdit.setFocus()
    with qtbot.waitSignal(page.preview_updated, timeout=WAIT_MS):
        qtbot.keyClicks(page.ui.recipientEdit, "Sosh Service Clients")
        qtbot.keyClick(page.ui.recipientEdit, Qt.Key.Key_Return)
        qtbot.keyClicks(page.ui.recipientEdit, "33734 Bordeaux Cedex 9")
    assert page.draft is not None and page.draft.recipient_origin == "typed"
    assert "33734 Bordeaux Cedex 9" in pdf_text(page.pdf_bytes)
    # Another letter has another recipient; coming back to this one finds the address typed for it.
    choose(qtbot, page, "mediator")
    assert page.draft is not None and page.draft.recipient_origin == "guide"
    assert "Bordeaux" not in page.ui.recipientEdit.toPlainText()
    choose(qtbot, page, "refund")
    assert page.ui.recipientEdit.toPlainText().endswith("33734 Bordeaux Cedex 9")
    assert page.draft is not None and page.draft.recipient_origin == "typed"


def test_keep_stores_the_letter_shown(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    page = open_page(qtbot, state)
    letter_id = keep(qtbot, page)
    letters = state.dossier.case_file(state.case_id).letters
    assert [(x.id, x.kind, x.recipient, x.status) for x in letters] == [
        (letter_id, LetterKind.REFUND, Party.CUSTOMER_SERVICE, LetterStatus.DRAFT)
    ]
    assert letters[0].sha256 is not None
    assert state.dossier.blob(letters[0].sha256) == page.pdf_bytes
    assert state.letter_ids == [letter_id]
    assert keep(qtbot, page) == letter_id  # keeping again does not make a second letter
    assert len(state.dossier.case_file(state.case_id).letters) == 1
    # An edited letter replaces the version kept.
    page.ui.placeEdit.setFocus()
    with qtbot.waitSignal(page.preview_updated, timeout=WAIT_MS):
        qtbot.keyClicks(page.ui.placeEdit, "Lyon")
    assert keep(qtbot, page) == letter_id
    [letter] = state.dossier.case_file(state.case_id).letters
    assert letter.sha256 is not None and "Lyon, le" in pdf_text(state.dossier.blob(letter.sha256))


def test_print_goes_to_the_printer_and_marks_the_letter_printed(
    qtbot: QtBot, state: WizardState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert state.case_id is not None
    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:  # the person picks "print to file" and clicks Print
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    page = open_page(qtbot, state)
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: printed.exists() and bool(state.dossier.case_file(state.case_id).letters))
    qtbot.waitUntil(lambda: state.dossier.case_file(state.case_id).letters[0].status is LetterStatus.PRINTED)
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == page.document.pageCount()


def test_cancelled_print_leaves_the_letter_unprinted(
    qtbot: QtBot, state: WizardState, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert state.case_id is not None
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected.value)
    page = open_page(qtbot, state)
    with qtbot.waitSignal(page.letter_stored, timeout=WAIT_MS):
        qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    assert state.dossier.case_file(state.case_id).letters[0].status is LetterStatus.DRAFT


def test_recording_the_posting_marks_it_sent_and_the_case_waits(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    page = open_page(qtbot, state)
    posted = date.today() - timedelta(days=2)
    qtbot.keyClicks(page.ui.trackingEdit, "1A 234 567 8901 2")
    assert page.ui.sentLabel.text() == ""  # a well-formed number: no remark
    page.ui.sentDateEdit.setDate(QDate(posted.year, posted.month, posted.day))
    with qtbot.waitSignal(page.letter_sent, timeout=WAIT_MS) as sent:
        qtbot.mouseClick(page.ui.recordButton, Qt.MouseButton.LeftButton)
    case_file = state.dossier.case_file(state.case_id)
    letter = case_file.letters[0]
    assert sent.args == [letter.id]
    assert (letter.status, letter.tracking_number, letter.sent_on) == (
        LetterStatus.SENT,
        "1A 234 567 8901 2",
        posted,
    )
    assert case_file.case.status is CaseStatus.WAITING
    assert [(e.letter_id, e.on) for e in case_file.entries] == [(letter.id, posted)]
    assert "1A 234 567 8901 2" in page.ui.sentLabel.text()

    # The refund request is sent: next time, the page suggests the letter to the consumer service.
    again = open_page(qtbot, state)
    assert again.kind() == "escalation"


def test_an_odd_registered_number_is_accepted_with_a_remark(qtbot: QtBot, state: WizardState) -> None:
    assert looks_like_registered_number("1a 234 567 8901 2")
    assert not looks_like_registered_number("12345")
    page = open_page(qtbot, state)
    qtbot.keyClicks(page.ui.trackingEdit, "12345")
    assert "does not look like" in page.ui.sentLabel.text()


def test_the_signalconso_report_is_text_to_copy(qtbot: QtBot, state: WizardState) -> None:
    page = open_page(qtbot, state)
    choose(qtbot, page, "signalconso")
    assert page.ui.previewStack.currentWidget() is page.ui.reportPage
    assert not page.ui.actionsGroup.isVisible() and not page.ui.sentGroup.isVisible()
    text = page.ui.reportText.toPlainText()
    assert "Sosh" in text
    QGuiApplication.clipboard().setText("")
    qtbot.mouseClick(page.ui.copyReportButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text


def print_to(path: Path) -> object:
    def accept(dialog: QPrintDialog) -> int:  # the person picks "print to file" and clicks Print
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted.value

    return accept


def outlined_numbers(data: bytes) -> list[int]:
    """The numbers in the bill copies' headers (« lignes contestées 1 à 4 »), page after page."""
    numbers: list[int] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            head = (page.extract_text() or "").replace("\u00a0", " ").splitlines()[0]
            spoken = head.split("contestée")[-1].lstrip("s ")
            if " à " in spoken:
                first, last = (int(n) for n in spoken.split(" à "))
                numbers += range(first, last + 1)
            else:
                numbers += [int(n) for n in spoken.replace(",", " ").replace("et", " ").split()]
    return numbers


def test_the_bill_copies_print_and_save_numbered_as_the_letter(
    qtbot: QtBot, state: WizardState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from kkoguard.letters.drafting import numbered_charges

    assert state.case_id is not None
    printed = tmp_path / "copies-printed.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", print_to(printed))
    saved = tmp_path / "copies"
    asked: list[str] = []

    def choose_file(parent: object, caption: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(saved), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    page = open_page(qtbot, state)
    assert page.ui.printCopiesButton.isEnabled() and page.ui.saveCopiesButton.isEnabled()
    assert "numérotés comme dans ce courrier" in pdf_text(page.pdf_bytes).replace("\n", " ")

    qtbot.mouseClick(page.ui.saveCopiesButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: saved.with_suffix(".pdf").exists(), timeout=WAIT_MS)
    qtbot.waitUntil(page.ui.printCopiesButton.isEnabled, timeout=WAIT_MS)
    assert asked and Path(asked[0]).name.endswith(".pdf")
    disputed = numbered_charges(state.dossier.case_file(state.case_id))
    assert outlined_numbers(saved.with_suffix(".pdf").read_bytes()) == [n for n, _, _ in disputed]

    qtbot.mouseClick(page.ui.printCopiesButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(printed.exists, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "printer" in page.ui.statusLabel.text(), timeout=WAIT_MS)
    with pdfplumber.open(printed) as pdf, pdfplumber.open(saved.with_suffix(".pdf")) as copies:
        assert len(pdf.pages) == len(copies.pages) >= 1


def test_the_town_is_remembered_for_its_person_only(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    page = open_page(qtbot, state)
    page.ui.placeEdit.setFocus()
    with qtbot.waitSignal(page.preview_updated, timeout=WAIT_MS):
        qtbot.keyClicks(page.ui.placeEdit, "Marseille")
    assert "Marseille, le" in pdf_text(page.pdf_bytes)

    # another person's case: the town typed for the first one is not carried over
    dossier = state.dossier
    other = dossier.create_case("Orange 0611223344", operator="orange", line_number="0611223344")
    dossier.update_case(other.id, holder_name="Paul Durand", holder_address="3 rue Neuve\n13001 Marseille")
    first_case = state.case_id
    state.case_id = other.id
    page.initializePage()
    assert page.ui.placeEdit.text() == ""
    assert page.ui.nameEdit.text() == "Paul Durand"

    # back to the first person: their town comes back
    state.case_id = first_case
    page.initializePage()
    assert page.ui.placeEdit.text() == "Marseille"


def test_the_sender_printed_on_a_bill_is_used_when_the_case_has_none(
    qtbot: QtBot, state: WizardState
) -> None:
    assert state.case_id is not None
    dossier = state.dossier
    dossier.update_case(state.case_id, holder_name=None, holder_address=None)
    page = open_page(qtbot, state)
    holder = next(b.holder for b in state.bills() if b.holder)
    assert page.ui.nameEdit.text() == holder[0]
    assert holder[-1] in page.ui.addressEdit.toPlainText()
