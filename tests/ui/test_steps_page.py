"""The steps page: the Sosh checklist for the saved case, filtered by product and plan, ticks kept in the
dossier, links opened only on click, numbers copied."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kkoguard.dossier.importing import save_bills
from kkoguard.guides import COMMON
from kkoguard.ui.wizard.state import WizardState
from kkoguard.ui.wizard.steps_page import StepsPage


@pytest.fixture
def state(read_state: WizardState) -> WizardState:
    """The state as the review page leaves it: the Sosh bills saved in a case."""
    results = save_bills(read_state.dossier, read_state.bills(), disputed=read_state.is_disputed)
    read_state.case_id = results[0][0]
    return read_state


def open_page(qtbot: QtBot, state: WizardState) -> StepsPage:
    page = StepsPage(state)
    qtbot.addWidget(page)
    page.initializePage()
    page.resize(900, 700)
    page.show()
    return page


def checklist(page: StepsPage) -> list[tuple[str, list[str]]]:
    """What the list shows, top to bottom: each heading and the step ids under it."""
    content = page.findChild(QWidget, "stepsList")
    assert content is not None
    layout = content.layout()
    groups: list[tuple[str, list[str]]] = []
    for i in range(layout.count()):
        widget = layout.itemAt(i).widget()
        if isinstance(widget, QLabel):
            groups.append((widget.text(), []))
        elif isinstance(widget, QFrame) and widget.objectName().startswith("step-"):
            groups[-1][1].append(widget.objectName().removeprefix("step-"))
    return groups


def step_ids(page: StepsPage) -> set[str]:
    return {step for _, steps in checklist(page) for step in steps}


def done_box(page: StepsPage, step: str) -> QCheckBox:
    box = page.findChild(QCheckBox, f"step-{step}-done")
    assert box is not None, step
    return box


def test_lists_the_sosh_steps_grouped_by_phase(qtbot: QtBot, state: WizardState) -> None:
    page = open_page(qtbot, state)
    assert page.ui.operatorCombo.currentText() == "Sosh"
    assert page.ui.mobileRadio.isChecked() and page.ui.postpaidRadio.isChecked()
    groups = checklist(page)
    assert [heading for heading, _ in groups[:5]] == [
        "1. See what you were charged",
        "2. Stop the subscriptions",
        "3. Block these purchases on your line",
        "4. Complain and ask for a refund",
        "5. Report it",
    ]
    by_heading = dict(groups)
    assert by_heading["1. See what you were charged"][:2] == ["see-bills", "see-history"]
    assert "block-third-party" in by_heading["3. Block these purchases on your line"]
    assert by_heading["5. Report it"] == ["report-33700", "report-signalconso"]
    assert groups[-1][0] == "Contacts of Sosh"
    # An uncertain step says so, with words.
    stop_operator = page.findChild(QFrame, "step-stop-operator")
    assert stop_operator is not None
    texts = [label.text() for label in stop_operator.findChildren(QLabel)]
    assert "Not confirmed: check it before relying on it." in texts


def test_box_and_prepaid_change_the_list(qtbot: QtBot, state: WizardState) -> None:
    page = open_page(qtbot, state)
    before = step_ids(page)
    assert {"block-third-party", "stop-sms-stop", "report-33700"} <= before
    qtbot.mouseClick(page.ui.boxRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.prepaidRadio, Qt.MouseButton.LeftButton)
    after = step_ids(page)
    assert "block-box" in after
    assert not {"block-third-party", "stop-sms-stop", "report-33700"} & after
    assert (state.product, state.plan) == ("box", "prepaid")
    assert page.ui.profileNote.isVisible()  # Sosh sells no prepaid card: the page says so


def test_ticking_a_step_is_kept_in_the_dossier(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    page = open_page(qtbot, state)
    qtbot.mouseClick(done_box(page, "block-third-party"), Qt.MouseButton.LeftButton)
    done_box(page, "report-signalconso").setFocus()
    qtbot.keyClick(done_box(page, "report-signalconso"), Qt.Key.Key_Space)  # the keyboard works too
    steps = {(s.guide, s.step) for s in state.dossier.case_file(state.case_id).steps}
    assert steps == {("sosh", "block-third-party"), (COMMON, "report-signalconso")}

    again = open_page(qtbot, state)
    assert done_box(again, "block-third-party").isChecked()
    assert done_box(again, "report-signalconso").isChecked()
    assert not done_box(again, "see-bills").isChecked()

    qtbot.mouseClick(done_box(again, "block-third-party"), Qt.MouseButton.LeftButton)
    steps = {(s.guide, s.step) for s in state.dossier.case_file(state.case_id).steps}
    assert steps == {(COMMON, "report-signalconso")}


def test_a_link_opens_the_browser_only_when_clicked(
    qtbot: QtBot, state: WizardState, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toString()) or True)
    page = open_page(qtbot, state)
    qtbot.mouseClick(page.ui.boxRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.mobileRadio, Qt.MouseButton.LeftButton)
    assert opened == []
    link = page.findChild(QPushButton, "step-block-third-party-link")
    assert link is not None and link.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert opened == ["https://assistance.sosh.fr/faq/334874"]


def test_copy_puts_the_number_in_the_clipboard(qtbot: QtBot, state: WizardState) -> None:
    page = open_page(qtbot, state)
    QGuiApplication.clipboard().setText("")
    copy = page.findChild(QPushButton, "step-report-33700-copy")
    assert copy is not None
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "33700"
    assert copy.text() == "Copied"


def test_changing_the_operator_updates_the_case(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    page = open_page(qtbot, state)
    page.ui.operatorCombo.setCurrentIndex(page.ui.operatorCombo.findData("orange"))
    assert state.operator == "orange"
    assert state.dossier.case(state.case_id).operator == "orange"
    assert checklist(page)[-1][0] == "Contacts of Orange"
    assert "stop-in-customer-area" in step_ids(page)  # an Orange step Sosh does not have
    page.ui.operatorCombo.setCurrentIndex(page.ui.operatorCombo.findText("Other operator"))
    assert state.dossier.case(state.case_id).operator is None
    assert page.ui.profileNote.isVisible()
