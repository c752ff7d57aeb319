"""The home screen: open cases with what to do next and by when, late ones first; the Analyse button."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kkoguard.dossier.deadlines import add_months, next_step
from kkoguard.dossier.model import CaseStatus, LetterKind, Party
from kkoguard.dossier.store import Dossier
from kkoguard.formatting import format_date
from kkoguard.ui.agenda import FILE_NAME, export_agenda
from kkoguard.ui.home import HomeScreen, read_open_cases
from kkoguard.ui.main_window import MainWindow

TODAY = date.today()


def _case_with_letter_sent(dossier: Dossier, title: str, days_ago: int, operator: str = "sfr") -> int:
    """A case whose refund letter to customer service went out `days_ago` days ago."""
    case = dossier.create_case(title, operator=operator, opened_on=TODAY - timedelta(days=days_ago + 5))
    letter = dossier.add_letter(
        case.id, kind=LetterKind.REFUND, recipient=Party.CUSTOMER_SERVICE, title="Remboursement"
    )
    dossier.update_letter(letter.id, sent_on=TODAY - timedelta(days=days_ago))
    return case.id


def _home(qtbot: QtBot, dossier: Dossier, lang: str = "en") -> HomeScreen:
    home = HomeScreen(dossier, lang)
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.refresh()
        home.show()
    return home


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
    assert not new.when.isVisible()

    with qtbot.waitSignal(home.open_case_requested) as opened:
        urgent.open_button.click()
    assert opened.args == [cases["urgent"]]


def test_late_and_urgent_cards_show_their_date_and_the_heading_names_the_first(
    qtbot: QtBot, dossier: Dossier, cases: dict[str, int]
) -> None:
    home = _home(qtbot, dossier)
    late, _waiting, urgent, _new = home.rows
    assert late.row.due is not None and urgent.row.due is not None
    assert late.when.text() == f"Overdue since {format_date(late.row.due, 'en')}"
    assert urgent.when.text() == f"To do by {format_date(urgent.row.due, 'en')}"
    assert late.when.isVisible() and urgent.when.isVisible()
    assert "Overdue since" in late.accessibleDescription()
    assert home.ui.urgentBox.isVisible()
    assert home.ui.urgentHeading.text() == (
        f"A date has passed: “Mediator limit passed”, overdue since {format_date(late.row.due, 'en')}. "
        "One other case also needs your attention."
    )
    assert home.ui.urgentBox.accessibleName() == home.ui.urgentHeading.text()
    assert not home.ui.weekLabel.isVisible()  # nothing falls in the coming seven days


def test_the_heading_says_when_the_only_pressing_case_is_due(qtbot: QtBot, dossier: Dossier) -> None:
    _case_with_letter_sent(dossier, "Orange", 330, operator="orange")
    _case_with_letter_sent(dossier, "SFR", 10)  # not pressing: not in the heading
    home = _home(qtbot, dossier)
    _waiting, urgent = home.rows  # by date: the answer is due before the limit
    assert urgent.row.urgent and urgent.row.due is not None
    assert home.ui.urgentHeading.text() == (
        f"A time limit is near: “Orange”, to do by {format_date(urgent.row.due, 'en')}."
    )


def test_the_home_lists_what_is_due_this_week(qtbot: QtBot, dossier: Dossier) -> None:
    sent_days = (TODAY - (add_months(TODAY, -1) + timedelta(days=2))).days  # answer due in ~2 days
    soon = _case_with_letter_sent(dossier, "SFR 0612345678", sent_days)
    _case_with_letter_sent(dossier, "Orange", 10, operator="orange")  # due in about three weeks
    step = next_step(dossier.case_file(soon), TODAY, "en")
    assert step is not None and step.by is not None and TODAY <= step.by < TODAY + timedelta(days=7)
    home = _home(qtbot, dossier)
    assert home.ui.weekLabel.isVisible()
    assert home.ui.weekLabel.text() == (
        f"This week:\n• {format_date(step.by, 'en')}: No answer from SFR? Write to its consumer service"
    )
    assert "0612345678" not in home.ui.weekLabel.text()


def test_add_to_my_calendar_writes_the_file_where_the_person_chose(
    qtbot: QtBot, dossier: Dossier, cases: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mon agenda"  # no suffix typed: ".ics" is added
    asked: list[str] = []

    def choose(parent: QWidget, caption: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    home = _home(qtbot, dossier)
    assert home.ui.agendaButton.isVisible()
    home.ui.agendaButton.click()
    assert not home.ui.agendaButton.isEnabled()  # one export at a time
    written = target.with_name("mon agenda.ics")
    qtbot.waitUntil(lambda: home.ui.agendaButton.isEnabled(), timeout=10_000)
    assert asked and Path(asked[0]).name == FILE_NAME
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    cased = sorted(int(str(e["UID"]).split("-case")[1].split("-")[0]) for e in calendar.walk("VEVENT"))
    assert cased == sorted(cases[k] for k in ("waiting", "late", "urgent", "new"))
    box = home.findChild(QMessageBox, "agendaSavedBox")
    assert box is not None and box.isVisible() and str(written) in box.text()
    box.close()


def test_nothing_to_add_says_so_without_asking_where(
    qtbot: QtBot, dossier: Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[Any] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked where"))
    parent = QWidget()
    qtbot.addWidget(parent)
    finished: list[Path | None] = []
    export_agenda(parent, dossier, "en", on_finished=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    assert finished == [None]
    assert told == ["You have no case in progress: there is nothing to add to your calendar."]


def test_a_new_dossier_shows_how_to_start_and_how_it_is_protected(qtbot: QtBot, dossier: Dossier) -> None:
    home = HomeScreen(dossier, "en")
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.refresh()
        home.show()
    assert home.ui.content.currentWidget() is home.ui.emptyPage
    assert not home.ui.casesTitle.isVisible()
    assert not home.ui.agendaButton.isVisible()  # nothing to put in a calendar
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
