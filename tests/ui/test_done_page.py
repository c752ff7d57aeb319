"""The last page: what was saved for the case, the next step and its date, and the way to the dossier."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from kkoguard.dossier.deadlines import next_step
from kkoguard.dossier.importing import save_bills
from kkoguard.dossier.model import LetterKind, LetterStatus, Party
from kkoguard.formatting import format_date, format_money
from kkoguard.ui.wizard.done_page import DonePage
from kkoguard.ui.wizard.state import WizardState


@pytest.fixture
def state(read_state: WizardState) -> WizardState:
    results = save_bills(read_state.dossier, read_state.bills(), disputed=read_state.is_disputed)
    read_state.case_id = results[0][0]
    return read_state


def open_page(qtbot: QtBot, state: WizardState) -> DonePage:
    page = DonePage(state)
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    page.initializePage()
    return page


def test_shows_what_was_saved(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    case_file = state.dossier.case_file(state.case_id)
    page = open_page(qtbot, state)
    assert page.ui.caseValue.text() == case_file.case.title
    assert page.ui.billsValue.text() == "4 bills"
    disputed = [c for e in case_file.evidence for c in e.charges if c.disputed]
    total = format_money(sum(c.amount for c in disputed), "fr")
    assert disputed and page.ui.totalValue.text() == f"{total} ({len(disputed)} charges)"
    assert page.ui.lettersValue.text() == "No letter kept yet."


def test_shows_the_next_step_and_its_date(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    dossier = state.dossier
    letter = dossier.add_letter(
        state.case_id, kind=LetterKind.REFUND, recipient=Party.CUSTOMER_SERVICE, title="Réclamation"
    )
    posted = date.today() - timedelta(days=3)
    dossier.update_letter(letter.id, tracking_number="1A 234 567 8901 2", sent_on=posted)
    step = next_step(dossier.case_file(state.case_id), date.today(), "fr")
    assert step is not None and step.by is not None

    page = open_page(qtbot, state)
    assert page.ui.actionLabel.text() == step.action
    assert format_date(step.by, "fr") in page.ui.byLabel.text()
    assert page.ui.whyLabel.text() == step.why
    assert page.ui.urgentBox.isVisibleTo(page) is step.urgent
    letters = page.ui.lettersValue.text()
    assert (
        "Réclamation" in letters and "1A 234 567 8901 2" in letters and format_date(posted, "fr") in letters
    )


def test_an_urgent_step_says_so_with_an_icon_and_words(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    step = next_step(state.dossier.case_file(state.case_id), date.today(), "fr")
    assert step is not None and step.urgent  # the 2025 charges: the safe time to claim them has passed
    page = open_page(qtbot, state)
    assert page.ui.urgentBox.isVisibleTo(page)
    assert page.ui.urgentIcon.pixmap() is not None and not page.ui.urgentIcon.pixmap().isNull()
    assert page.ui.urgentLabel.text().startswith("Urgent")
    assert page.ui.actionLabel.text() == step.action
    from kkoguard.dossier.agenda import step_date

    due = step_date(state.dossier.case_file(state.case_id), step)
    assert due is not None and format_date(due, state.lang) in page.ui.urgentLabel.text()  # says which date


def test_a_printed_letter_is_listed_as_not_sent(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    letter = state.dossier.add_letter(
        state.case_id, kind=LetterKind.TERMINATION, recipient=Party.MERCHANT, title="Résiliation"
    )
    state.dossier.update_letter(letter.id, status=LetterStatus.PRINTED)
    page = open_page(qtbot, state)
    assert page.ui.lettersValue.text() == "• Résiliation: printed, not sent yet"


def test_open_my_dossier_asks_for_the_case(qtbot: QtBot, state: WizardState) -> None:
    page = open_page(qtbot, state)
    with qtbot.waitSignal(page.open_dossier_requested) as requested:
        qtbot.mouseClick(page.ui.openDossierButton, Qt.MouseButton.LeftButton)
    assert requested.args == [state.case_id]


def test_the_letter_and_the_bill_copies_print_and_save_from_the_last_page(
    qtbot: QtBot, state: WizardState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kkoguard.letters import compose, render_pdf

    assert state.case_id is not None
    dossier = state.dossier
    draft = compose("refund", dossier.case_file(state.case_id), today=date.today())
    letter = dossier.add_letter(
        state.case_id, kind=draft.letter_kind, recipient=draft.party, title=draft.title, pdf=render_pdf(draft)
    )
    state.letter_ids.append(letter.id)
    printed: list[Path] = []

    def print_to_file(dialog: QPrintDialog) -> int:  # the person picks "print to file" and clicks Print
        path = tmp_path / f"printed-{len(printed)}.pdf"
        printed.append(path)
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted.value

    chosen: list[Path] = []

    def save_as(parent: object, caption: str, start: str, filters: str) -> tuple[str, str]:
        chosen.append(tmp_path / f"saved-{len(chosen)}.pdf")
        return str(chosen[-1]), filters

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page = open_page(qtbot, state)
    assert page.ui.printGroup.isVisibleTo(page) and draft.title in page.ui.printGroup.title()

    qtbot.mouseClick(page.ui.printLetterButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dossier.letter(letter.id).status is LetterStatus.PRINTED, timeout=10_000)
    assert printed[0].exists()
    qtbot.waitUntil(page.ui.saveLetterButton.isEnabled, timeout=10_000)
    qtbot.mouseClick(page.ui.saveLetterButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(chosen) and chosen[0].exists(), timeout=10_000)
    assert dossier.blob(dossier.letter(letter.id).sha256 or "") == chosen[0].read_bytes()

    qtbot.waitUntil(page.ui.printCopiesButton.isEnabled, timeout=10_000)
    qtbot.mouseClick(page.ui.printCopiesButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 2 and printed[1].exists(), timeout=10_000)
    qtbot.waitUntil(page.ui.saveCopiesButton.isEnabled, timeout=10_000)
    qtbot.mouseClick(page.ui.saveCopiesButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(chosen) == 2 and chosen[1].exists(), timeout=10_000)
    with pdfplumber.open(chosen[1]) as copies:
        text = copies.pages[0].extract_text() or ""
        assert "lignes contestées" in text.replace("\u00a0", " ") and copies.pages[0].rects


def test_nothing_to_print_without_a_letter_or_a_disputed_line(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    dossier = state.dossier
    ids = [c.id for e in dossier.case_file(state.case_id).evidence for c in e.charges]
    dossier.set_disputed(ids, False)
    page = open_page(qtbot, state)
    assert not page.ui.printGroup.isVisibleTo(page)
