"""The person checks the reading: a bill that does not add up says how much is missing and gets no ✓; a
missed line is added by drawing on the page, a line corrected or set apart; the same bill given twice is one
bill and one case. What the person typed reaches the dossier and the letter."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from kkoguard.bills.model import Charge, Origin
from kkoguard.detection.sweep import recount
from kkoguard.dossier.store import Dossier
from kkoguard.isolation import read_bills
from kkoguard.letters.draft import Charges
from kkoguard.letters.drafting import compose
from kkoguard.ui import look
from kkoguard.ui.charge_dialog import read_amount
from kkoguard.ui.models import Column, FileStatus, ImportFilesModel
from kkoguard.ui.pdf_page import bbox_rect
from kkoguard.ui.wizard.review_page import ReviewPage
from kkoguard.ui.wizard.state import WizardState
from tests.ui.test_review_page import Wizard

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAVE_TIMEOUT = 20_000


Shown = Wizard  # the review page in a wizard, shown (as in test_review_page)


def with_a_missed_line(state: WizardState) -> Charge:
    """The second bill as a reader that missed one KKO Store line would leave it: unbalanced."""
    bill = state.bills()[1]
    charge = next(c for c in bill.charges if c.suspicious)
    bill.charges.remove(charge)
    bill.set_aside = []  # nor its subtotal: the sweep has nothing to bring back
    recount(bill, state.lang)
    state.analyse()
    return charge


@pytest.fixture
def missed(qtbot: QtBot, read_state: WizardState) -> Iterator[tuple[Shown, Charge]]:
    read_state.lang = "en"
    charge = with_a_missed_line(read_state)
    yield Shown(qtbot, read_state), charge


def test_an_unbalanced_bill_shows_its_missing_amount_first_and_no_check_mark(
    missed: tuple[Shown, Charge],
) -> None:
    shown, charge = missed
    page = shown.page
    money = f"€{charge.amount}"
    assert page.incomplete_bills() == [1]
    assert page.reading_notice.isVisible()
    assert f"We could not find {money} of the Sosh bill of" in page.reading_label.text()
    assert page.page_view.bill() is page.state.bills()[1]  # that bill is the one shown first

    files = ImportFilesModel("en")
    for outcome in page.state.outcomes:
        files.add(outcome.path, outcome)
        files.set_status(files.rowCount() - 1, FileStatus.DONE, outcome)
    incomplete, fine = files.rows[1], files.rows[0]
    assert f"incomplete reading: {money} not found" in files.status_text(incomplete)
    assert files.status_icon(incomplete).cacheKey() != look.icon("check").cacheKey()
    assert "incomplete" not in files.status_text(fine)


def draw_round(qtbot: QtBot, page: ReviewPage, charge: Charge) -> None:
    """What a person does: Add a missed line, then drag a box round the line on the page."""
    qtbot.mouseClick(page.add_line_button, Qt.MouseButton.LeftButton)
    view = page.page_view
    assert view.drawing
    view.go_to_page(charge.page)
    qtbot.waitUntil(lambda: not view.page_rect().isEmpty())
    rect = bbox_rect(charge.bbox, view.page_size_points(), view.page_rect().size())
    view.draw(QRectF(0, rect.top() - 2, view.page_rect().width(), rect.height() + 4))
    qtbot.waitUntil(lambda: page.line_dialog is not None, timeout=10_000)


def test_a_line_drawn_on_the_page_is_added_balances_the_bill_and_reaches_the_letter(
    qtbot: QtBot, missed: tuple[Shown, Charge]
) -> None:
    shown, charge = missed
    page = shown.page
    before = page.model.disputed_total()
    draw_round(qtbot, page, charge)
    dialog = page.line_dialog
    assert dialog is not None
    assert read_amount(dialog.amount_edit.text()) == charge.amount
    assert "KKO" in dialog.label_edit.text()
    assert dialog.contest_check.isChecked()
    dialog.accept()
    qtbot.waitUntil(lambda: page.line_dialog is None)

    bill = page.state.bills()[1]
    added = next(c for c in bill.charges if c.origin is Origin.TYPED)
    assert added.amount == charge.amount and added.date == charge.date
    assert page.incomplete_bills() == []
    assert not page.reading_notice.isVisible()
    assert page.model.disputed_total() == (before[0] + 1, before[1] + charge.amount)
    row = page.model.row_of(page.current_key() or (0, 0))
    assert page.model.charge(row) is added
    assert "added by you" in page.model.data(page.model.index(row, Column.STATUS))

    shown.wizard.next()
    qtbot.waitUntil(lambda: shown.wizard.currentPage() is shown.after, timeout=SAVE_TIMEOUT)
    dossier = page.state.dossier
    assert page.state.case_id is not None
    case_file = dossier.case_file(page.state.case_id)
    typed = [c for e in case_file.evidence for c in e.charges if c.origin == "typed"]
    assert [(c.amount, c.disputed) for c in typed] == [(charge.amount, True)]
    letter = compose("refund", case_file, today=date(2025, 10, 1))
    [table] = [block.table for block in letter.body if isinstance(block, Charges)]
    assert (charge.date, charge.amount) in [(row.day, row.amount) for row in table.rows]
    assert case_file.case.claimed == before[1] + charge.amount


def test_a_line_can_be_corrected_and_set_apart(qtbot: QtBot, missed: tuple[Shown, Charge]) -> None:
    shown, _ = missed
    page = shown.page
    page.ui.filterCombo.setCurrentIndex(1)
    page.select_row(0)
    key = page.current_key()
    assert key is not None
    bill = page.state.bills()[key[0]]
    charge = bill.charges[key[1]]
    balanced_before = bill.reconciliation is not None and bill.reconciliation.balanced

    qtbot.mouseClick(page.not_charge_button, Qt.MouseButton.LeftButton)
    assert charge.origin is Origin.NOT_CHARGE and key not in page.state.disputed
    index = page.model.index(page.model.row_of(key), Column.LABEL)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not (
        page.model.flags(page.model.index(index.row(), Column.DISPUTED)) & Qt.ItemFlag.ItemIsUserCheckable
    )
    if balanced_before and charge.amount:
        assert key[0] in page.incomplete_bills()
    qtbot.mouseClick(page.not_charge_button, Qt.MouseButton.LeftButton)
    assert charge.origin is Origin.READ

    qtbot.mouseClick(page.edit_line_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.line_dialog is not None)
    dialog = page.line_dialog
    assert dialog is not None
    dialog.amount_edit.setText("12,34")
    dialog.contest_check.setChecked(True)
    dialog.accept()
    assert charge.amount == Decimal("12.34") and charge.origin is Origin.EDITED
    assert key in page.state.disputed
    assert "corrected by you" in page.model.data(page.model.index(page.model.row_of(key), Column.STATUS))


def test_escape_leaves_drawing_mode_without_adding(qtbot: QtBot, missed: tuple[Shown, Charge]) -> None:
    shown, _ = missed
    page = shown.page
    count = sum(len(b.charges) for b in page.state.bills())
    qtbot.mouseClick(page.add_line_button, Qt.MouseButton.LeftButton)
    assert page.page_view.drawing
    qtbot.keyClick(page.page_view, Qt.Key.Key_Escape)
    assert not page.page_view.drawing and page.line_dialog is None
    assert sum(len(b.charges) for b in page.state.bills()) == count


def test_the_amount_a_person_types_is_read_as_they_mean_it() -> None:
    assert read_amount("4,99") == Decimal("4.99")
    assert read_amount("4.99 €") == Decimal("4.99")
    assert read_amount(" 12 ") == Decimal("12.00")
    assert read_amount("-5") == Decimal("-5.00")
    assert read_amount("douze") is None
    assert read_amount("") is None


@pytest.mark.slow
def test_a_pdf_and_a_photo_of_the_same_bill_are_one_bill_and_one_case(
    qtbot: QtBot, dossier: Dossier, tmp_path: Path
) -> None:
    folder = tmp_path / "factures"
    folder.mkdir()
    pdf = shutil.copy(FIXTURES / "golden" / "b_and_you.pdf", folder / "octobre.pdf")
    photos = [
        shutil.copy(FIXTURES / "scans" / f"2025-10-p{n}.jpg", folder / f"photo-p{n}.jpg") for n in (1, 2)
    ]
    state = WizardState(dossier=dossier, lang="en")
    state.outcomes = read_bills([str(pdf), *map(str, photos)])
    state.analyse()
    bills = state.bills()
    assert len(bills) == 2 and state.duplicates() == {1: 0}
    shown = Shown(qtbot, state)
    page = shown.page
    assert {page.model.key(row)[0] for row in range(page.model.rowCount())} == {0}
    assert "“photo-p1.jpg” is the same bill as “octobre.pdf”: it is counted once." in page.reading_lines()
    shown.wizard.next()
    qtbot.waitUntil(lambda: shown.wizard.currentPage() is shown.after, timeout=SAVE_TIMEOUT)
    [case] = dossier.cases()
    assert len([e for e in dossier.evidence(case.id)]) == 1
    expected = sum((c.amount for c in bills[0].charges if c.suspicious), Decimal("0.00"))
    assert case.claimed == expected


def test_a_bill_already_in_the_dossier_is_said_already_imported(
    qtbot: QtBot, read_state: WizardState
) -> None:
    from kkoguard.dossier.importing import save_bills

    read_state.lang = "en"
    save_bills(read_state.dossier, read_state.bills()[:1])
    shown = Shown(qtbot, read_state)
    name = Path(read_state.bills()[0].path).name
    qtbot.waitUntil(lambda: any("already in your dossier" in line for line in shown.page.reading_lines()))
    assert any(name in line and "already imported" in line for line in shown.page.reading_lines())


def test_a_bill_corrected_before_comes_back_as_the_person_left_it(
    qtbot: QtBot, missed: tuple[Shown, Charge], bill_files: list[Path]
) -> None:
    shown, charge = missed
    page = shown.page
    draw_round(qtbot, page, charge)
    assert page.line_dialog is not None
    page.line_dialog.accept()
    shown.wizard.next()
    qtbot.waitUntil(lambda: shown.wizard.currentPage() is shown.after, timeout=SAVE_TIMEOUT)

    again = WizardState(dossier=page.state.dossier, lang="en")  # the same bills, read again another day
    again.outcomes = read_bills([str(p) for p in bill_files])
    again.analyse()
    with_a_missed_line(again)
    assert again.bills()[1].reconciliation is not None and not again.bills()[1].reconciliation.balanced
    second = Shown(qtbot, again)
    qtbot.waitUntil(lambda: any("as you left them" in line for line in second.page.reading_lines()))
    bill = again.bills()[1]
    typed = [c for c in bill.charges if c.origin is Origin.TYPED]
    assert [(c.amount, c.date) for c in typed] == [(charge.amount, charge.date)]
    assert bill.reconciliation is not None and bill.reconciliation.balanced
    assert second.page.incomplete_bills() == []
    position = bill.charges.index(typed[0])
    assert (1, position) in again.disputed
