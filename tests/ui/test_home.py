"""The home screen: open cases with what to do next and by when, late ones first; the Analyse button."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kkoguard.dossier.model import CaseStatus, LetterKind, Party
from kkoguard.dossier.store import Dossier
from kkoguard.formatting import format_date
from kkoguard.ui.home import HomeScreen, read_open_cases
from kkoguard.ui.main_window import MainWindow

TODAY = date.today()


def _case_with_letter_sent(dossier: Dossier, title: str, days_ago: int) -> int:
    """A case whose refund letter to customer service went out `days_ago` days ago."""
    case = dossier.create_case(title, operator="sfr", opened_on=TODAY - timedelta(days=days_ago + 5))
    letter = dossier.add_letter(
        case.id, kind=LetterKind.REFUND, recipient=Party.CUSTOMER_SERVICE, title="Remboursement"
    )
    dossier.update_letter(letter.id, sent_on=TODAY - timedelta(days=days_ago))
    return case.id


@pytest.fixture
def cases(dossier: Dossier) -> dict[str, int]:
    """Five cases: the one-year limit passed, an answer awaited, the limit near, nothing dated, closed."""
    ids = {
        "waiting": _case_with_letter_sent(dossier, "Waiting for customer service", 10),
        "late": _case_with_letter_sent(dossier, "Mediator limit passed", 400),
        "urgent": _case_with_letter_sent(dossier, "Mediator limit near", 330),
        "new": dossier.create_case("Nothing sent yet").id,
        "closed": _case_with_letter_sent(dossier, "Refunded long ago", 30),
    }
    dossier.set_status(ids["closed"], CaseStatus.REFUNDED)
    return ids


def test_open_cases_come_late_first_then_by_date(dossier: Dossier, cases: dict[str, int]) -> None:
    rows = read_open_cases(dossier, TODAY, "en")
    assert [row.case_id for row in rows] == [cases[k] for k in ("late", "waiting", "urgent", "new")]
    late, waiting, urgent, new = rows
    assert late.overdue and late.step is not None and late.step.by is not None and late.step.by < TODAY
    assert not waiting.overdue and not waiting.urgent
    assert urgent.urgent and not urgent.overdue
    assert new.step is not None and new.step.by is None


def test_home_lists_each_case_with_its_next_step(
    qtbot: QtBot, dossier: Dossier, cases: dict[str, int]
) -> None:
    home = HomeScreen(dossier, "en")
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000) as loaded:
        home.refresh()
        home.show()
    assert loaded.args == [4]
    assert home.ui.content.currentWidget() is home.ui.casesPage
    late, waiting, urgent, new = home.rows
    assert [w.title.text() for w in home.rows] == [
        "Mediator limit passed",
        "Waiting for customer service",
        "Mediator limit near",
        "Nothing sent yet",
    ]
    # late and urgent: the warning icon AND words, also for screen readers; never colour alone
    assert late.flag is not None and late.flag.text() == "Overdue"
    assert late.accessibleDescription().startswith("Overdue")
    assert urgent.flag is not None and urgent.flag.text() == "Urgent"
    assert waiting.flag is None and new.flag is None
    step = read_open_cases(dossier, TODAY, "en")[1].step
    assert step is not None and step.by is not None
    assert waiting.action.text() == step.action
    assert waiting.when.text() == f"Until {format_date(step.by, 'en')}"
    assert late.when.text().startswith("Date passed: ")
    assert not new.when.isVisible()

    with qtbot.waitSignal(home.open_case_requested) as opened:
        urgent.open_button.click()
    assert opened.args == [cases["urgent"]]


def test_a_new_dossier_shows_how_to_start_and_how_it_is_protected(qtbot: QtBot, dossier: Dossier) -> None:
    home = HomeScreen(dossier, "en")
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.refresh()
        home.show()
    assert home.ui.content.currentWidget() is home.ui.emptyPage
    assert not home.ui.casesTitle.isVisible()
    assert "keyring" in home.ui.protectionLabel.text()


def test_the_analyse_button_opens_the_wizard_and_cancel_comes_home(qtbot: QtBot, dossier: Dossier) -> None:
    from kkoguard.ui.wizard.wizard import AnalysisWizard, Page

    window = MainWindow(dossier, "en")
    qtbot.addWidget(window)
    window.show()
    window.home.ui.analyseButton.click()
    wizard = window.wizard
    assert isinstance(wizard, AnalysisWizard)
    assert window.ui.stack.currentWidget() is wizard
    assert wizard.currentId() == Page.IMPORT
    assert [type(wizard.page(p)).__name__ for p in Page] == [
        "ImportPage",
        "ReviewPage",
        "StepsPage",
        "LettersPage",
        "DonePage",
    ]
    assert not window.ui.analyseAction.isEnabled()  # one analysis at a time
    wizard.reject()  # nothing read yet: no question asked
    qtbot.waitUntil(lambda: window.ui.stack.currentWidget() is window.home)
    assert window.wizard is None and window.ui.analyseAction.isEnabled()


def test_cancelling_after_bills_were_read_asks_first(
    qtbot: QtBot, dossier: Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    window = MainWindow(dossier, "en")
    qtbot.addWidget(window)
    window.show()
    window.start_wizard()
    wizard = window.wizard
    assert wizard is not None
    wizard.state.outcomes = [object()]  # type: ignore[list-item]  # "some bills were read"
    wizard.reject()
    assert window.wizard is wizard  # "No": the analysis goes on
    wizard.reject()
    qtbot.waitUntil(lambda: window.wizard is None)
    assert not answers


def test_closing_the_wizard_window_does_not_ask(
    qtbot: QtBot, dossier: Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kkoguard.ui.wizard.wizard import AnalysisWizard

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: pytest.fail("asked on close"))
    wizard = AnalysisWizard(dossier, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.state.outcomes = [object()]  # type: ignore[list-item]
    with qtbot.waitSignal(wizard.finished):
        wizard.close()
