"""The dossier screen as a user meets it: the cases, a case's timeline, logging a call, dropping a file,
recording a refund or a receipt, exporting for the mediator, and the errors in plain words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from kkoguard.bills.reader import read_bill
from kkoguard.detection.summary import analyse
from kkoguard.dossier import store as dossier_store
from kkoguard.dossier.deadlines import next_step
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.export import SUMMARY_NAME
from kkoguard.dossier.importing import save_bills
from kkoguard.dossier.model import CaseStatus, Channel, Direction, EvidenceKind, LetterKind, Party
from kkoguard.dossier.store import Dossier
from kkoguard.formatting import format_money
from kkoguard.letters import compose, render_pdf
from kkoguard.ui.dossier_dialogs import DocumentViewer, EntryDialog, LetterDateDialog, RefundDialog, to_qdate
from kkoguard.ui.dossier_models import EventKind
from kkoguard.ui.dossier_view import DossierView

C04 = Path(__file__).resolve().parent.parent / "fixtures" / "c04"
TRACKING = "1A 234 567 8901 2"
TIMEOUT = 10_000


@pytest.fixture
def case_id(dossier: Dossier) -> int:
    """A Sosh case with two bills whose Internet+ charges are disputed (23,96 € + 29,95 € = 53,91 €)."""
    bills = [read_bill(str(C04 / name)) for name in ("2025-06.pdf", "2025-07.pdf")]
    analyse(bills, "fr")
    [(found, _), _] = save_bills(dossier, bills)
    return found


@pytest.fixture
def make_view(qtbot: QtBot, dossier: Dossier) -> Iterator[Callable[[], DossierView]]:
    views: list[DossierView] = []

    def make() -> DossierView:
        view = DossierView(dossier)
        qtbot.addWidget(view)
        views.append(view)
        qtbot.waitUntil(lambda: not view.busy(), timeout=TIMEOUT)
        return view

    yield make
    for view in views:  # nothing may still be reading the dossier when the fixture closes it
        qtbot.waitUntil(lambda v=view: not v.busy(), timeout=TIMEOUT)  # type: ignore[misc]


def showing(view: DossierView, case_id: int) -> bool:
    return not view.busy() and view.shown is not None and view.shown.case_file.case.id == case_id


def open_dialog(qtbot: QtBot, view: DossierView, kind: type) -> object:
    qtbot.waitUntil(lambda: view.findChild(kind) is not None, timeout=TIMEOUT)
    return view.findChild(kind)


def png(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(120, 160, 200))
    assert image.save(str(path))
    return path


def test_the_list_shows_every_case_and_the_newest_is_opened(
    make_view: Callable[[], DossierView], dossier: Dossier, case_id: int
) -> None:
    other = dossier.create_case("Free box", operator="free", opened_on=date.today() + timedelta(days=1)).id
    view = make_view()
    model = view.ui.casesList.model()
    assert model.rowCount() == 2
    texts = [model.index(row, 0).data() for row in range(2)]
    assert texts[0].startswith("Free box") and texts[1].startswith("Sosh 0721990958")
    assert format_money(Decimal("53.91"), view.lang) in texts[1]
    assert showing(view, other)
    assert view.ui.caseTitle.text() == "Free box"


def test_an_empty_dossier_says_so(make_view: Callable[[], DossierView]) -> None:
    view = make_view()
    assert view.ui.casesList.model().rowCount() == 0
    assert view.ui.caseStack.currentWidget() is view.ui.noCasePage
    assert "Analyse bills" in view.ui.noCaseLabel.text()
    assert not view.ui.addEntryButton.isEnabled()


def test_selecting_a_case_shows_its_header_next_step_and_timeline_in_date_order(
    qtbot: QtBot, make_view: Callable[[], DossierView], dossier: Dossier, case_id: int
) -> None:
    other = dossier.create_case("Free box", operator="free", opened_on=date.today() + timedelta(days=1)).id
    today = date.today()
    dossier.add_entry(
        case_id, on=today - timedelta(days=30), channel=Channel.PHONE, direction=Direction.OUTGOING,
        party=Party.CUSTOMER_SERVICE, summary="Appel au 3900",
    )  # fmt: skip
    letter = dossier.add_letter(
        case_id,
        kind=LetterKind.REFUND,
        recipient=Party.CUSTOMER_SERVICE,
        title="Réclamation Sosh",
        pdf=b"%PDF-1",
    )
    dossier.update_letter(letter.id, sent_on=today - timedelta(days=20), tracking_number=TRACKING)
    dossier.update_letter(letter.id, received_on=today - timedelta(days=18))
    view = make_view()
    assert showing(view, other)

    view.ui.casesList.setCurrentIndex(view.ui.casesList.model().index(1, 0))  # as a click does
    qtbot.waitUntil(lambda: showing(view, case_id), timeout=TIMEOUT)
    ui = view.ui
    assert ui.caseTitle.text() == "Sosh 0721990958"
    assert ui.operatorValue.text() == "Sosh" and ui.lineValue.text() == "07 21 99 09 58"
    assert ui.statusCombo.currentText() == "Waiting for an answer"
    assert ui.claimedValue.text() == format_money(Decimal("53.91"), view.lang)
    step = next_step(dossier.case_file(case_id), today, view.lang)
    assert step is not None and step.action in ui.nextAction.text()

    timeline = ui.timelineView.model()
    rows = range(timeline.rowCount())
    days = [timeline.event_at(r).day for r in rows]  # type: ignore[attr-defined]
    assert days == sorted(days, reverse=True)
    details = [timeline.index(r, 3).data() for r in rows]
    assert any(TRACKING in text for text in details)  # the registered number, as the user typed it
    ui.orderCombo.setCurrentIndex(1)  # oldest first
    assert [timeline.event_at(r).day for r in rows] == sorted(days)  # type: ignore[attr-defined]
    assert timeline.event_at(0).what == "Call you made"  # type: ignore[attr-defined]  # 30 days ago


def test_a_call_added_through_the_dialog_is_stored_and_shown(
    qtbot: QtBot, make_view: Callable[[], DossierView], dossier: Dossier, case_id: int, tmp_path: Path
) -> None:
    view = make_view()
    qtbot.mouseClick(view.ui.addEntryButton, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, view, EntryDialog)
    assert isinstance(dialog, EntryDialog)
    assert dialog.ui.dateEdit.date() == to_qdate(date.today())  # today unless told otherwise
    day = date.today() - timedelta(days=2)
    dialog.ui.dateEdit.setDate(to_qdate(day))
    dialog.ui.channelCombo.setCurrentIndex(dialog.ui.channelCombo.findData(Channel.EMAIL.value))
    qtbot.mouseClick(dialog.ui.incomingRadio, Qt.MouseButton.LeftButton)
    dialog.ui.partyCombo.setCurrentIndex(dialog.ui.partyCombo.findData(Party.CONSUMER_SERVICE.value))
    qtbot.keyClicks(dialog.ui.whoEdit, "Service recours")
    qtbot.keyClicks(dialog.ui.summaryEdit, "Refus, ils proposent un avoir de 5 euros")
    dialog.set_attachment(png(tmp_path / "reponse.png"))
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    qtbot.waitUntil(lambda: bool(dossier.case_file(case_id).entries) and not view.busy(), timeout=TIMEOUT)
    [entry] = dossier.case_file(case_id).entries
    assert (entry.on, entry.channel, entry.direction, entry.party) == (
        day, Channel.EMAIL, Direction.INCOMING, Party.CONSUMER_SERVICE,
    )  # fmt: skip
    assert entry.who == "Service recours" and entry.summary == "Refus, ils proposent un avoir de 5 euros"
    assert entry.attachment_name == "reponse.png" and entry.attachment_sha256
    timeline = view.timeline_model
    rows = [timeline.event_at(r) for r in range(timeline.rowCount())]
    shown = [e for e in rows if e is not None and e.kind is EventKind.ENTRY]
    assert len(shown) == 1 and shown[0].what == "Email received" and "Service recours" in shown[0].who
    assert view.notice()


def drop(qtbot: QtBot, view: DossierView, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    panel = view.ui.casePanel
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(panel, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(panel, event)
    return event.isAccepted()


def test_a_png_dropped_on_the_case_is_stored_as_a_screenshot(
    qtbot: QtBot, make_view: Callable[[], DossierView], dossier: Dossier, case_id: int, tmp_path: Path
) -> None:
    view = make_view()
    before = len(dossier.evidence(case_id))
    assert drop(qtbot, view, [png(tmp_path / "espace client.png")])
    qtbot.waitUntil(lambda: len(dossier.evidence(case_id)) == before + 1 and not view.busy(), timeout=TIMEOUT)
    added = dossier.evidence(case_id)[-1]
    assert added.kind is EvidenceKind.SCREENSHOT and added.filename == "espace client.png"
    assert added.media_type == "image/png"
    assert view.evidence_model.rowCount() == before + 1
    assert "espace client.png" in view.notice()
    assert "(3)" in view.ui.tabs.tabText(view.ui.tabs.indexOf(view.ui.evidenceTab))


def test_a_drop_without_files_is_refused(
    make_view: Callable[[], DossierView], case_id: int, qtbot: QtBot
) -> None:
    view = make_view()
    assert not drop(qtbot, view, [])


def test_a_file_too_large_shows_the_dossier_message_and_stores_nothing(
    qtbot: QtBot,
    make_view: Callable[[], DossierView],
    dossier: Dossier,
    case_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dossier_store, "MAX_FILE_BYTES", 100)
    big = png(tmp_path / "photo.png")
    assert big.stat().st_size > 100
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(big)], ""))
    view = make_view()
    before = dossier.evidence(case_id)
    qtbot.mouseClick(view.ui.attachButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.notice()) and not view.busy(), timeout=TIMEOUT)
    assert view.notice() == DossierError(DossierErrorCode.TOO_LARGE, "photo.png").message(view.lang)
    assert dossier.evidence(case_id) == before


def test_a_too_large_attachment_of_a_call_stores_no_call(
    qtbot: QtBot,
    make_view: Callable[[], DossierView],
    dossier: Dossier,
    case_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dossier_store, "MAX_FILE_BYTES", 100)
    view = make_view()
    view.ui.addEntryButton.click()
    dialog = open_dialog(qtbot, view, EntryDialog)
    assert isinstance(dialog, EntryDialog)
    dialog.set_attachment(png(tmp_path / "scan.png"))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(view.notice()) and not view.busy(), timeout=TIMEOUT)
    assert "scan.png" in view.notice()
    assert dossier.case_file(case_id).entries == []


@pytest.mark.parametrize(("typed", "settled"), [("12,50", True), ("12.50", False)])
def test_mark_as_refunded(
    qtbot: QtBot,
    make_view: Callable[[], DossierView],
    dossier: Dossier,
    case_id: int,
    typed: str,
    settled: bool,
) -> None:
    view = make_view()
    qtbot.mouseClick(view.ui.refundButton, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, view, RefundDialog)
    assert isinstance(dialog, RefundDialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.ui.amountEdit, typed)
    assert ok.isEnabled()
    dialog.ui.settledCheck.setChecked(settled)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dossier.case(case_id).refunded > 0 and not view.busy(), timeout=TIMEOUT)
    case = dossier.case(case_id)
    assert case.refunded == Decimal("12.50")
    assert case.status is (CaseStatus.REFUNDED if settled else CaseStatus.OPEN)
    assert view.ui.refundedValue.text() == format_money(Decimal("12.50"), view.lang)
    assert view.ui.remainingValue.text() == format_money(Decimal("41.41"), view.lang)
    assert view.ui.statusCombo.currentData() == case.status.value
    assert format_money(Decimal("12.50"), view.lang) in view.notice()


def test_a_refund_that_covers_the_claim_settles_the_case(
    qtbot: QtBot, make_view: Callable[[], DossierView], dossier: Dossier, case_id: int
) -> None:
    view = make_view()
    view.ui.refundButton.click()
    dialog = open_dialog(qtbot, view, RefundDialog)
    assert isinstance(dialog, RefundDialog)
    dialog.ui.amountEdit.setText("53,91")
    dialog.accept()
    qtbot.waitUntil(
        lambda: dossier.case(case_id).status is CaseStatus.REFUNDED and not view.busy(), timeout=TIMEOUT
    )
    assert "Nothing more to do" in view.ui.nextAction.text()


def test_a_wrong_amount_cannot_be_recorded(
    qtbot: QtBot, make_view: Callable[[], DossierView], case_id: int
) -> None:
    view = make_view()
    view.ui.refundButton.click()
    dialog = open_dialog(qtbot, view, RefundDialog)
    assert isinstance(dialog, RefundDialog)
    qtbot.keyClicks(dialog.ui.amountEdit, "12,505")
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not dialog.ui.errorLabel.isHidden()
    qtbot.keyClicks(dialog.ui.amountEdit, "abc")  # letters cannot be typed at all
    assert dialog.ui.amountEdit.text() == "12,505"
    dialog.reject()


def test_the_status_can_be_changed(
    qtbot: QtBot, make_view: Callable[[], DossierView], dossier: Dossier, case_id: int
) -> None:
    view = make_view()
    combo = view.ui.statusCombo
    index = combo.findData(CaseStatus.MEDIATOR.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what choosing in the list does
    qtbot.waitUntil(
        lambda: dossier.case(case_id).status is CaseStatus.MEDIATOR and not view.busy(), timeout=TIMEOUT
    )
    assert "With the mediator" in view.cases_model.index(0, 0).data()


def test_posting_and_receipt_of_a_letter(
    qtbot: QtBot, make_view: Callable[[], DossierView], dossier: Dossier, case_id: int
) -> None:
    draft = compose("refund", dossier.case_file(case_id), today=date.today(), place="Marseille")
    letter = dossier.add_letter(
        case_id,
        kind=LetterKind.REFUND,
        recipient=Party.CUSTOMER_SERVICE,
        title="Réclamation",
        pdf=render_pdf(draft),
        created_on=date.today() - timedelta(days=10),
    )
    view = make_view()
    ui = view.ui
    ui.tabs.setCurrentWidget(ui.lettersTab)
    ui.lettersView.selectRow(0)
    assert ui.sentButton.isEnabled() and not ui.receivedButton.isEnabled()

    qtbot.mouseClick(ui.sentButton, Qt.MouseButton.LeftButton)
    posted = open_dialog(qtbot, view, LetterDateDialog)
    assert isinstance(posted, LetterDateDialog)
    posted.ui.dateEdit.setDate(to_qdate(date.today() - timedelta(days=5)))
    qtbot.keyClicks(posted.ui.trackingEdit, TRACKING)
    posted.accept()
    qtbot.waitUntil(
        lambda: dossier.letter(letter.id).sent_on is not None and not view.busy(), timeout=TIMEOUT
    )
    assert dossier.letter(letter.id).tracking_number == TRACKING
    qtbot.waitUntil(lambda: view.findChild(LetterDateDialog) is None, timeout=TIMEOUT)

    ui.lettersView.selectRow(0)
    assert ui.receivedButton.isEnabled()
    qtbot.mouseClick(ui.receivedButton, Qt.MouseButton.LeftButton)
    received = open_dialog(qtbot, view, LetterDateDialog)
    assert isinstance(received, LetterDateDialog)
    assert received.ui.trackingEdit.isHidden()
    received.ui.dateEdit.setDate(to_qdate(date.today() - timedelta(days=2)))
    received.accept()
    qtbot.waitUntil(
        lambda: dossier.letter(letter.id).received_on is not None and not view.busy(), timeout=TIMEOUT
    )
    assert dossier.letter(letter.id).received_on == date.today() - timedelta(days=2)
    assert view.letters_model.index(0, 5).data() != "—"

    ui.lettersView.selectRow(0)
    qtbot.mouseClick(ui.openLetterButton, Qt.MouseButton.LeftButton)  # the stored PDF, shown from memory
    viewer = open_dialog(qtbot, view, DocumentViewer)
    assert isinstance(viewer, DocumentViewer) and viewer.document is not None
    qtbot.waitUntil(lambda: viewer.document.pageCount() > 0, timeout=TIMEOUT)  # type: ignore[union-attr]
    viewer.close()


def test_export_for_the_mediator(
    qtbot: QtBot,
    make_view: Callable[[], DossierView],
    case_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "pour le médiateur"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view = make_view()
    qtbot.mouseClick(view.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.notice()) and not view.busy(), timeout=TIMEOUT)
    [folder] = [p for p in out.iterdir() if p.is_dir()]
    assert (folder / SUMMARY_NAME).is_file()
    assert str(folder) in view.notice()
    assert not opened  # nothing opens until the user asks
    qtbot.mouseClick(view.ui.noticeActionButton, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_export_cancelled_writes_nothing(
    make_view: Callable[[], DossierView], case_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    view = make_view()
    view.ui.exportButton.click()
    assert not view.busy() and not view.notice()


def test_open_case_shows_that_case(
    qtbot: QtBot, make_view: Callable[[], DossierView], dossier: Dossier, case_id: int
) -> None:
    view = make_view()
    newer = dossier.create_case("Orange 0611111111", operator="orange").id
    view.open_case(case_id)
    qtbot.waitUntil(lambda: showing(view, case_id), timeout=TIMEOUT)
    assert view.cases_model.rowCount() == 2  # the new case was read too
    view.open_case(newer)
    qtbot.waitUntil(lambda: showing(view, newer), timeout=TIMEOUT)
    assert view.ui.casesList.currentIndex().row() == view.cases_model.row_of(newer)


def test_back_button(qtbot: QtBot, make_view: Callable[[], DossierView]) -> None:
    view = make_view()
    with qtbot.waitSignal(view.back_requested, timeout=1000):
        qtbot.mouseClick(view.ui.backButton, Qt.MouseButton.LeftButton)


def test_keyboard_shortcuts(qtbot: QtBot, make_view: Callable[[], DossierView], case_id: int) -> None:
    view = make_view()
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not view.busy(), timeout=TIMEOUT)
    qtbot.keyClick(view.ui.casesList, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, view, EntryDialog)
    assert isinstance(dialog, EntryDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=TIMEOUT)
    with qtbot.waitSignal(view.back_requested, timeout=TIMEOUT):
        qtbot.keyClick(view.ui.casesList, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)


def test_a_kept_letter_and_its_bill_copies_print_and_save_from_the_dossier(
    qtbot: QtBot,
    make_view: Callable[[], DossierView],
    dossier: Dossier,
    case_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pdfplumber
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from kkoguard.dossier.model import LetterStatus
    from kkoguard.letters.drafting import numbered_charges

    draft = compose("refund", dossier.case_file(case_id), today=date.today())
    letter = dossier.add_letter(
        case_id,
        kind=LetterKind.REFUND,
        recipient=Party.CUSTOMER_SERVICE,
        title=draft.title,
        pdf=render_pdf(draft),
    )
    printed: list[Path] = []

    def print_to_file(dialog: QPrintDialog) -> int:  # the person picks "print to file" and clicks Print
        printed.append(tmp_path / f"printed-{len(printed)}.pdf")
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed[-1]))
        return QDialog.DialogCode.Accepted.value

    saved: list[Path] = []

    def save_as(parent: object, caption: str, start: str, filters: str) -> tuple[str, str]:
        saved.append(tmp_path / f"saved-{len(saved)}.pdf")
        return str(saved[-1]), filters

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    view = make_view()
    ui = view.ui
    ui.tabs.setCurrentWidget(ui.lettersTab)
    assert not ui.printLetterButton.isEnabled()  # no letter chosen yet
    assert ui.printCopiesButton.isEnabled()  # the copies for the refund request
    ui.lettersView.selectRow(0)
    assert ui.printLetterButton.isEnabled() and ui.saveLetterButton.isEnabled()

    qtbot.mouseClick(ui.printLetterButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dossier.letter(letter.id).status is LetterStatus.PRINTED, timeout=TIMEOUT)
    assert printed[0].exists() and "printer" in view.notice()
    qtbot.waitUntil(lambda: not view.busy(), timeout=TIMEOUT)
    ui.lettersView.selectRow(0)
    qtbot.mouseClick(ui.saveLetterButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved) and saved[0].exists(), timeout=TIMEOUT)
    assert saved[0].read_bytes() == dossier.blob(dossier.letter(letter.id).sha256 or "")

    qtbot.waitUntil(ui.saveCopiesButton.isEnabled, timeout=TIMEOUT)
    qtbot.mouseClick(ui.saveCopiesButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(saved) == 2 and saved[1].exists(), timeout=TIMEOUT)
    numbered = numbered_charges(dossier.case_file(case_id))
    with pdfplumber.open(saved[1]) as copies:
        outlines = [r for page in copies.pages for r in page.rects if r["stroking_color"] != (0.6, 0.6, 0.6)]
        assert len(outlines) == len(numbered)
    qtbot.waitUntil(ui.printCopiesButton.isEnabled, timeout=TIMEOUT)
    qtbot.mouseClick(ui.printCopiesButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 2 and printed[1].exists(), timeout=TIMEOUT)


def test_an_answer_for_a_view_already_deleted_is_dropped(
    qtbot: QtBot, dossier: Dossier, case_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window replaces a stale dossier view with deleteLater while a read it started runs (after
    Finish in the wizard): the answer must not reach the deleted labels (no error dialog)."""
    import sys

    import shiboken6

    from kkoguard.ui import tasks

    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: errors.append(error))
    view = DossierView(dossier)
    view.refresh()
    assert view.busy()
    shiboken6.delete(view)  # what deleteLater does once the event loop turns
    qtbot.waitUntil(lambda: not tasks._alive, timeout=TIMEOUT)  # every answer was delivered
    assert not errors
