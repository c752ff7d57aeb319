"""The review page as a person uses it: read the summary, click a charge to see it on the bill, untick what
they agreed to, and go on (the bills and the ticks are then saved in the dossier)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, QSizeF, Qt
from PySide6.QtWidgets import QMessageBox, QWizard, QWizardPage
from pytestqt.qtbot import QtBot

from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.isolation import read_bills
from kkoguard.ui.models import ChargeRole, Column, SuspiciousRole
from kkoguard.ui.pdf_page import bbox_rect
from kkoguard.ui.wizard import review_page
from kkoguard.ui.wizard.review_page import ReviewPage
from kkoguard.ui.wizard.state import WizardState

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAVE_TIMEOUT = 20_000


class Wizard:
    def __init__(self, qtbot: QtBot, state: WizardState) -> None:
        self.wizard = QWizard()
        self.page = ReviewPage(state)
        self.after = QWizardPage()
        self.wizard.addPage(self.page)
        self.wizard.addPage(self.after)
        self.wizard.resize(1100, 760)
        qtbot.addWidget(self.wizard)
        self.wizard.show()
        qtbot.waitExposed(self.wizard)


@pytest.fixture
def shown(qtbot: QtBot, read_state: WizardState) -> Iterator[Wizard]:
    read_state.lang = "en"
    read_state.analyse()  # reasons in English, like the window's texts in these tests
    yield Wizard(qtbot, read_state)


def click_row(qtbot: QtBot, page: ReviewPage, proxy_row: int, column: Column = Column.LABEL) -> None:
    view = page.ui.chargesView
    index = page.proxy.index(proxy_row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_summary_names_the_merchant_total_and_rhythm(shown: Wizard) -> None:
    page = shown.page
    assert page.summary_lines() == ["KKO Store: €65.89 taken since 20 June 2025, every week (11 charges)"]
    text = page.ui.summaryLabel.text()
    assert "KKO Store: €65.89 taken since 20 June 2025, every week (11 charges)" in text
    assert "€65.89" in text
    assert page.ui.failedButton.isHidden()


def test_summary_in_french(qtbot: QtBot, read_state: WizardState) -> None:
    # no French catalogue is loaded in the tests: the sentence stays English, money and dates are French
    page = ReviewPage(read_state)
    qtbot.addWidget(page)
    assert page.summary_lines() == [
        "KKO Store: 65,89\u00a0€ taken since 20 juin 2025, every week (11 charges)"
    ]


def test_table_shows_suspicious_first_and_filters(qtbot: QtBot, shown: Wizard) -> None:
    page = shown.page
    proxy = page.proxy
    assert page.ui.filterCombo.currentText() == "Suspicious charges"
    assert proxy.rowCount() == 11
    page.ui.filterCombo.setCurrentIndex(1)  # All charges
    assert proxy.rowCount() == 17
    flags = [proxy.index(row, 0).data(SuspiciousRole) for row in range(17)]
    assert flags == [True] * 11 + [False] * 6
    page.ui.searchEdit.setText("multi-sim")
    assert proxy.rowCount() == 1
    page.ui.searchEdit.setFocus()
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)  # goes to the charge found, not to the next page
    assert shown.wizard.currentPage() is page and not page.saving
    assert page.page_view.selected_charge() is page.model.charge(proxy.mapToSource(proxy.index(0, 0)).row())
    assert page.ui.totalLabel.text() == "Ticked: 11 charges, €65.89 to claim."


def test_clicking_a_row_shows_it_on_its_bill(qtbot: QtBot, shown: Wizard) -> None:
    page = shown.page
    bills = page.state.bills()
    # the first row (selected on arrival) is on the second bill; the last suspicious one on the fourth
    click_row(qtbot, page, 10)
    key = page.proxy.index(10, 0).data(ChargeRole)
    bill, charge = bills[key[0]], bills[key[0]].charges[key[1]]
    view = page.page_view
    qtbot.waitUntil(lambda: view.selected_charge() is charge)
    assert view.bill() is bill and view.page == charge.page
    assert charge.label in page.ui.detailsLabel.text()
    # the outline is the charge's box scaled from PDF points onto the page drawn
    page_rect = view.page_rect()
    assert not page_rect.isEmpty()
    points = view.page_size_points()
    expected = bbox_rect(charge.bbox, points, page_rect.size()).translated(page_rect.topLeft())
    assert view.charge_rect(charge) == expected
    scale = page_rect.height() / points.height()
    assert view.charge_rect(charge).top() == pytest.approx(charge.bbox[1] * scale)
    assert view.canvas.image is not None
    assert view.canvas.image.width() == round(page_rect.width() * view.devicePixelRatioF())
    marks = {id(mark[1]) for mark in view.visible_marks()}
    assert id(charge) in marks


def test_bbox_mapping() -> None:
    page = QSizeF(600.0, 800.0)
    assert bbox_rect((60.0, 400.0, 540.0, 420.0), page, QSizeF(300.0, 400.0)) == QRectF(
        30.0, 200.0, 240.0, 10.0
    )
    assert bbox_rect((0.0, 0.0, 600.0, 800.0), page, QSizeF(1200.0, 1600.0)) == QRectF(
        0.0, 0.0, 1200.0, 1600.0
    )
    assert bbox_rect((1.0, 2.0, 3.0, 4.0), QSizeF(0.0, 0.0), QSizeF(100.0, 100.0)).isEmpty()


def test_a_charge_on_page_two_turns_the_page(qtbot: QtBot, read_state: WizardState) -> None:
    read_state.outcomes += read_bills([str(FIXTURES / "golden" / "orange.pdf")])
    read_state.analyse()
    shown = Wizard(qtbot, read_state)
    page = shown.page
    page.ui.filterCombo.setCurrentIndex(1)
    rows = [
        row
        for row in range(page.proxy.rowCount())
        if page.model.charge(page.proxy.mapToSource(page.proxy.index(row, 0)).row()).page == 2
    ]
    assert rows
    click_row(qtbot, page, rows[0])
    assert page.page_view.page == 2
    assert page.page_view.page_label.text() == f"Page 2 of {page.page_view.page_count}"
    assert not page.page_view.charge_rect(page.page_view.selected_charge()).isEmpty()  # type: ignore[arg-type]
    page.page_view.previous_button.click()
    assert page.page_view.page == 1


def test_unticking_a_charge_removes_it_from_the_dispute(qtbot: QtBot, shown: Wizard) -> None:
    page = shown.page
    state = page.state
    key = page.proxy.index(0, 0).data(ChargeRole)
    assert key in state.disputed
    click_row(qtbot, page, 0)
    qtbot.keyClick(page.ui.chargesView, Qt.Key.Key_Space)  # the keyboard way
    assert key not in state.disputed
    assert page.ui.totalLabel.text() == "Ticked: 10 charges, €59.90 to claim."
    qtbot.keyClick(page.ui.chargesView, Qt.Key.Key_Space)
    assert key in state.disputed
    # the mouse way: a click on the check box
    view = page.ui.chargesView
    index = page.proxy.index(1, Column.DISPUTED)
    second = index.data(ChargeRole)
    rect = view.visualRect(index)
    box = QPoint(rect.left() + 12, rect.center().y())  # the check box is drawn at the left of the cell
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert second not in state.disputed
    page.ui.disputeAllButton.click()
    assert len(state.disputed) == 11
    page.ui.clearButton.click()
    assert state.disputed == set()
    assert "Nothing is ticked" in page.ui.totalLabel.text()


def test_next_saves_the_case_with_the_disputed_amount(qtbot: QtBot, shown: Wizard) -> None:
    page, wizard = shown.page, shown.wizard
    state = page.state
    page.proxy.setData(
        page.proxy.index(0, Column.DISPUTED), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    expected = sum((c.amount for c in state.disputed_charges()), Decimal("0.00"))
    assert expected == Decimal("59.90")
    wizard.next()
    assert page.saving and not page.isComplete()  # Next is blocked while saving
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: wizard.currentPage() is shown.after, timeout=SAVE_TIMEOUT)
    cases = state.dossier.cases()
    assert len(cases) == 1
    assert state.case_id == cases[0].id
    assert cases[0].claimed == expected
    assert cases[0].operator == "sosh"
    assert len(state.dossier.evidence(cases[0].id)) == 4

    # back, tick it again, next: the same case is updated, not a new one
    wizard.back()
    page.model.dispute_all_suspicious()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is shown.after, timeout=SAVE_TIMEOUT)
    cases = state.dossier.cases()
    assert len(cases) == 1 and cases[0].claimed == Decimal("65.89")


def test_nothing_ticked_asks_before_going_on(
    qtbot: QtBot, shown: Wizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, wizard = shown.page, shown.wizard
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.model.clear_disputed()
    wizard.next()
    assert asked and "nothing to claim" in asked[0]
    assert not page.saving and wizard.currentPage() is page
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is shown.after, timeout=SAVE_TIMEOUT)
    assert page.state.dossier.cases()[0].claimed == Decimal("0.00")


def test_bills_of_two_operators_make_two_cases(
    qtbot: QtBot, read_state: WizardState, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_state.outcomes += read_bills([str(FIXTURES / "golden" / "orange.pdf")])
    read_state.analyse()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    shown = Wizard(qtbot, read_state)
    # keep one KKO Store charge only: the Orange bill then has the most money disputed
    keep = {key for key in read_state.disputed if key[0] == 4}
    shown.page.model.set_disputed(keep | {sorted(read_state.disputed)[0]})
    shown.wizard.next()
    qtbot.waitUntil(lambda: shown.wizard.currentPage() is shown.after, timeout=SAVE_TIMEOUT)
    cases = {case.id: case for case in read_state.dossier.cases()}
    assert len(cases) == 2
    assert read_state.case_id is not None
    chosen = cases[read_state.case_id]
    assert chosen.operator == "orange"
    assert chosen.claimed == max(case.claimed for case in cases.values())
    assert len(told) == 1 and "Sosh" in told[0]


def test_a_dossier_error_is_shown_and_the_page_stays(
    qtbot: QtBot, shown: Wizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = DossierError(DossierErrorCode.WRITE_FAILED, "/somewhere/dossier.db")

    def failing(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(review_page, "save_bills", failing)
    page, wizard = shown.page, shown.wizard
    wizard.next()
    qtbot.waitUntil(lambda: not page.saving, timeout=SAVE_TIMEOUT)
    assert wizard.currentPage() is page
    assert page.ui.statusLabel.text() == error.message("en")
    assert page.ui.statusLabel.isVisible() and page.ui.statusIcon.isVisible()
    assert page.isComplete() and page.ui.chargesView.isEnabled()


def test_failed_files_are_listed_in_a_notice(
    qtbot: QtBot, read_state: WizardState, broken_file: Path
) -> None:
    read_state.outcomes += read_bills([str(broken_file)])
    read_state.lang = "en"
    shown = Wizard(qtbot, read_state)
    page = shown.page
    assert page.ui.failedButton.isVisible()
    assert page.ui.failedButton.text() == "1 file could not be read (show why)"
    assert not page.ui.failedLabel.isVisible()
    page.ui.failedButton.click()
    assert page.ui.failedLabel.isVisible()
    assert broken_file.name in page.ui.failedLabel.text()
