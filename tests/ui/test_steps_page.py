"""The steps page: first the two or three things to do now, each with a button that works (copy the number,
open the page only on click, write the letter); the rest hidden under "More details" until asked for; a doubt
said once per step; ticks kept in the dossier; readable when the window is small and the text large."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QLabel,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from kkoguard.dossier.importing import save_bills
from kkoguard.dossier.store import Dossier
from kkoguard.guides import COMMON, common_guide, guide
from kkoguard.ui import look
from kkoguard.ui.i18n import install_translations
from kkoguard.ui.wizard.state import WizardState
from kkoguard.ui.wizard.steps_page import DOUBT, StepsPage

# What each operator's first steps are, and what their buttons give: numbers copied, pages opened.
FIRST = {
    "sfr": {
        "steps": ["block-third-party", "stop-operator", "complain-service-clients"],
        "copied": {},  # 1023 is not found in any source: the number is the one on the bill
        "opened": {"block-third-party": "https://sfr.fr"},
        "no_button": {"stop-operator"},  # the number to call is the one printed on the bill
    },
    "orange": {
        "steps": ["block-third-party", "stop-operator", "complain-service-clients"],
        "copied": {"stop-operator": "3970"},
        "opened": {"block-third-party": "https://assistance.sosh.fr/faq/334874"},
    },
    "free_mobile": {
        "steps": ["block-third-party", "stop-operator", "complain-service-clients"],
        "copied": {"stop-operator": "3244"},
        "opened": {"block-third-party": "https://mobile.free.fr"},
    },
}


@pytest.fixture
def state(read_state: WizardState) -> WizardState:
    """The state as the review page leaves it: the Sosh bills saved in a case."""
    results = save_bills(read_state.dossier, read_state.bills(), disputed=read_state.is_disputed)
    read_state.case_id = results[0][0]
    return read_state


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The URLs the page asked the browser to open (none is really opened)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url).toString()) or True)
    return urls


def open_page(qtbot: QtBot, state: WizardState, size: tuple[int, int] = (900, 700)) -> StepsPage:
    page = StepsPage(state)
    qtbot.addWidget(page)
    page.initializePage()
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page


def now_cards(page: StepsPage) -> list[QFrame]:
    """The things to do now, top to bottom."""
    layout = page.ui.nowBox.findChild(QWidget, "nowList").layout()
    cards = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [c for c in cards if isinstance(c, QFrame)]


def step_cards(page: StepsPage) -> list[QFrame]:
    return [w for w in page.findChildren(QFrame) if type(w) is QFrame and w.objectName().startswith("step-")]


def checklist(page: StepsPage) -> list[tuple[str, list[str]]]:
    """What the details show, top to bottom: each heading and the step ids under it."""
    content = page.findChild(QWidget, "stepsList")
    assert content is not None
    layout = content.layout()
    groups: list[tuple[str, list[str]]] = []
    for i in range(layout.count()):
        widget = layout.itemAt(i).widget()
        if isinstance(widget, QLabel) and widget.font().bold():
            groups.append((widget.text(), []))
        elif isinstance(widget, QFrame) and widget.objectName().startswith("step-"):
            groups[-1][1].append(widget.objectName().removeprefix("step-"))
    return groups


def step_ids(page: StepsPage) -> set[str]:
    return {step for _, steps in checklist(page) for step in steps}


def button(page: StepsPage, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot: QtBot, page: StepsPage, widget: QWidget) -> None:
    """Click as a person would: scroll the widget into view first."""

    def in_view() -> bool:
        page.ui.stepsScroll.ensureWidgetVisible(widget)
        return widget.visibleRegion().contains(widget.rect().center())

    qtbot.waitUntil(in_view)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def done_box(page: StepsPage, name: str) -> QCheckBox:
    box = page.findChild(QCheckBox, f"{name}-done")
    assert box is not None, name
    return box


def doubts(card: QWidget) -> list[QWidget]:
    return [w for w in card.findChildren(QWidget) if w.property(DOUBT) and w.isVisibleTo(card)]


@pytest.mark.parametrize("operator", sorted(FIRST))
def test_the_first_things_to_do_come_first_each_with_a_working_button(
    qtbot: QtBot, dossier: Dossier, operator: str, opened: list[str]
) -> None:
    expected = FIRST[operator]
    page = open_page(qtbot, WizardState(dossier=dossier, lang="en", operator=operator))
    assert page.ui.operatorCombo.currentData() == operator

    # On top, before the person's situation and the details: at most three steps, numbered.
    order = [page.ui.stepsLayout.itemAt(i).widget() for i in range(page.ui.stepsLayout.count())]
    assert order.index(page.ui.nowBox) < order.index(page.ui.profileGroup) < order.index(page.ui.detailsBox)
    cards = now_cards(page)
    assert [c.objectName().removeprefix("now-") for c in cards] == expected["steps"]
    assert all(c.isVisible() for c in cards)
    assert not any(c.isVisible() for c in step_cards(page))  # the full list waits under "More details"

    letters: list[bool] = []
    page.letterRequested.connect(lambda: letters.append(True))
    for card in cards:
        step = card.objectName().removeprefix("now-")
        buttons = [b for b in card.findChildren(QPushButton) if b.isVisible()]
        if step in expected.get("no_button", set()):
            assert buttons == [], step
            continue
        assert buttons, f"{step} has no button"
        for b in buttons:
            kind = b.objectName().rsplit("-", 1)[1]
            QGuiApplication.clipboard().setText("")
            click(qtbot, page, b)
            if kind == "copy":
                assert QGuiApplication.clipboard().text() == expected["copied"][step]
                assert b.text() == "Copied"
                assert card.findChild(QLabel, f"now-{step}-number").text() == expected["copied"][step]
            elif kind == "open":
                assert opened[-1] == expected["opened"][step]
            else:
                assert kind == "letter" and step == "complain-service-clients" and letters == [True]
        shown = {b.objectName().rsplit("-", 1)[1] for b in buttons}
        assert ("copy" in shown) == (step in expected["copied"])
        assert ("open" in shown) == (step in expected["opened"])
    assert sorted(opened) == sorted(expected["opened"].values())  # only the clicks opened pages


@pytest.mark.parametrize("operator", sorted(FIRST))
def test_a_doubt_is_said_once_per_step(qtbot: QtBot, dossier: Dossier, operator: str) -> None:
    page = open_page(qtbot, WizardState(dossier=dossier, lang="en", operator=operator))
    qtbot.mouseClick(page.ui.detailsButton, Qt.MouseButton.LeftButton)
    cards = now_cards(page) + step_cards(page)
    cards += [
        w for w in page.findChildren(QFrame) if type(w) is QFrame and w.objectName().startswith("contact-")
    ]
    assert len(cards) > 10
    for card in cards:
        assert len(doubts(card)) <= 1, card.objectName()
        icons = [w for w in card.findChildren(QLabel) if w.pixmap() is not None and not w.pixmap().isNull()]
        assert len(icons) <= 1, card.objectName()  # no warning icon on every line either
    assert any(doubts(card) for card in cards)  # each of these guides has something to check


def test_sfrs_first_steps_send_to_the_bill_without_a_doubt(qtbot: QtBot, dossier: Dossier) -> None:
    """SFR's unconfirmed 1023 is gone: the call step sends the person to the number on their bill, calmly."""
    page = open_page(qtbot, WizardState(dossier=dossier, lang="en", operator="sfr"))
    block, call, letter = now_cards(page)
    assert doubts(block) == doubts(call) == doubts(letter) == []
    texts = [label.text() for label in call.findChildren(QLabel)]
    assert "The number to call is printed on your bill or contract." in texts


def test_a_step_says_its_own_instruction_once_instead_of_a_general_doubt(
    qtbot: QtBot, dossier: Dossier
) -> None:
    """An uncertain step (menus not checked at every operator) and an old one (the 2017 arrêté) each show
    their calm "what to do" sentence, once; a sure, dated step shows none."""
    page = open_page(qtbot, WizardState(dossier=dossier, lang="fr", operator=None))
    qtbot.mouseClick(page.ui.detailsButton, Qt.MouseButton.LeftButton)
    cards = {c.objectName(): c for c in step_cards(page)}
    history = guide(None).step("see-history").check
    legal = common_guide().step("legal-blocking-option").check
    assert history is not None and legal is not None
    assert [d.text() for d in doubts(cards["step-see-history"])] == [history.fr]
    assert [d.text() for d in doubts(cards["step-legal-blocking-option"])] == [legal.fr]
    assert doubts(cards["step-find-publisher"]) == [] and doubts(cards["step-mediator"]) == []


def test_details_stay_hidden_until_the_expander_is_used(qtbot: QtBot, dossier: Dossier) -> None:
    page = open_page(qtbot, WizardState(dossier=dossier, lang="en", operator="orange"))
    expander = page.ui.detailsButton
    assert expander.accessibleName() == "More details" and expander.isCheckable()
    assert expander.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not page.ui.detailsBox.isVisible()
    assert (
        page.findChild(QWidget, "sources") is not None and not page.findChild(QWidget, "sources").isVisible()
    )

    qtbot.mouseClick(expander, Qt.MouseButton.LeftButton)
    assert page.ui.detailsBox.isVisible() and expander.isChecked()
    scroll = page.ui.stepsScroll.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.value() > 0)  # the page moves down to what was opened
    assert all(c.isVisible() for c in step_cards(page))
    sources = page.findChild(QWidget, "sources")
    assert sources.isVisible()
    text = " ".join(label.text() for label in sources.findChildren(QLabel))
    assert "S16" in text and "2026" in text  # how we know this: the sources and the date they were checked

    expander.setFocus()
    qtbot.keyClick(expander, Qt.Key.Key_Space)  # the keyboard closes it again
    assert not page.ui.detailsBox.isVisible() and not expander.isChecked()


def test_lists_the_sosh_steps_grouped_by_phase_in_the_details(qtbot: QtBot, state: WizardState) -> None:
    page = open_page(qtbot, state)
    assert page.ui.operatorCombo.currentText() == "Sosh"
    assert page.ui.nowHeading.text() == "What to do now with Sosh"
    assert page.ui.mobileRadio.isChecked() and page.ui.postpaidRadio.isChecked()
    groups = checklist(page)
    headings = [heading for heading, _ in groups]
    phases = [
        "1. See what you were charged",
        "2. Stop the subscriptions",
        "3. Block these purchases on your line",
        "4. Complain and ask for a refund",
        "5. Report it",
    ]
    assert [h for h in headings if h in phases] == phases
    by_heading = dict(groups)
    assert by_heading["1. See what you were charged"][:2] == ["see-bills", "see-history"]
    assert "block-third-party" in by_heading["3. Block these purchases on your line"]
    assert by_heading["5. Report it"] == ["report-33700", "report-signalconso"]
    assert headings.index("Contacts of Sosh") > headings.index("5. Report it")
    assert headings[-1] == "How we know this"


def test_box_and_prepaid_change_the_list(qtbot: QtBot, state: WizardState) -> None:
    page = open_page(qtbot, state)
    before = step_ids(page)
    assert {"block-third-party", "stop-sms-stop", "report-33700"} <= before
    qtbot.mouseClick(page.ui.boxRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.prepaidRadio, Qt.MouseButton.LeftButton)
    after = step_ids(page)
    assert "block-box" in after
    assert not {"block-third-party", "stop-sms-stop", "report-33700"} & after
    assert now_cards(page)[0].objectName() == "now-block-box"
    assert (state.product, state.plan) == ("box", "prepaid")
    assert page.ui.profileNote.isVisible()  # Sosh sells no prepaid card: the page says so


def test_ticking_a_step_is_kept_in_the_dossier(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    page = open_page(qtbot, state)
    qtbot.mouseClick(done_box(page, "now-block-third-party"), Qt.MouseButton.LeftButton)
    assert done_box(page, "step-block-third-party").isChecked()  # the same step in the details follows
    qtbot.mouseClick(page.ui.detailsButton, Qt.MouseButton.LeftButton)
    page.ui.stepsScroll.ensureWidgetVisible(done_box(page, "step-report-signalconso"))
    done_box(page, "step-report-signalconso").setFocus()
    qtbot.keyClick(done_box(page, "step-report-signalconso"), Qt.Key.Key_Space)  # the keyboard works too
    steps = {(s.guide, s.step) for s in state.dossier.case_file(state.case_id).steps}
    assert steps == {("sosh", "block-third-party"), (COMMON, "report-signalconso")}

    again = open_page(qtbot, state)
    assert done_box(again, "now-block-third-party").isChecked()
    assert done_box(again, "step-report-signalconso").isChecked()
    assert not done_box(again, "step-see-bills").isChecked()

    qtbot.mouseClick(done_box(again, "now-block-third-party"), Qt.MouseButton.LeftButton)
    assert not done_box(again, "step-block-third-party").isChecked()
    steps = {(s.guide, s.step) for s in state.dossier.case_file(state.case_id).steps}
    assert steps == {(COMMON, "report-signalconso")}


def test_a_link_in_the_details_opens_the_browser_only_when_clicked(
    qtbot: QtBot, state: WizardState, opened: list[str]
) -> None:
    page = open_page(qtbot, state)
    qtbot.mouseClick(page.ui.boxRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.mobileRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.detailsButton, Qt.MouseButton.LeftButton)
    assert opened == []
    link = button(page, "step-block-third-party-link")
    assert link.focusPolicy() & Qt.FocusPolicy.TabFocus
    click(qtbot, page, link)
    assert opened == ["https://assistance.sosh.fr/faq/334874"]


def test_copy_in_the_details_puts_the_number_in_the_clipboard(qtbot: QtBot, state: WizardState) -> None:
    page = open_page(qtbot, state)
    qtbot.mouseClick(page.ui.detailsButton, Qt.MouseButton.LeftButton)
    QGuiApplication.clipboard().setText("")
    copy = button(page, "step-report-33700-copy")
    click(qtbot, page, copy)
    assert QGuiApplication.clipboard().text() == "33700"
    assert copy.text() == "Copied"
    qtbot.waitUntil(lambda: copy.text() == "Copy the number", timeout=5000)


def test_the_letter_button_moves_the_wizard_to_the_letter(qtbot: QtBot, dossier: Dossier) -> None:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = StepsPage(WizardState(dossier=dossier, lang="en", operator="orange"))
    wizard.addPage(page)
    letters = QWizardPage()
    wizard.addPage(letters)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.currentPage() is page)
    qtbot.mouseClick(button(page, "now-complain-service-clients-letter"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is letters)


def test_changing_the_operator_updates_the_case(qtbot: QtBot, state: WizardState) -> None:
    assert state.case_id is not None
    page = open_page(qtbot, state)
    page.ui.operatorCombo.setCurrentIndex(page.ui.operatorCombo.findData("orange"))
    assert state.operator == "orange"
    assert state.dossier.case(state.case_id).operator == "orange"
    assert page.ui.nowHeading.text() == "What to do now with Orange"
    assert "Contacts of Orange" in [heading for heading, _ in checklist(page)]
    assert "stop-in-customer-area" in step_ids(page)  # an Orange step Sosh does not have
    page.ui.operatorCombo.setCurrentIndex(page.ui.operatorCombo.findText("Other operator"))
    assert state.dossier.case(state.case_id).operator is None
    assert page.ui.profileNote.isVisible()
    assert 1 <= len(now_cards(page)) <= 3


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)], ids=["1024x768", "1366x768"])
@pytest.mark.parametrize("text_size", [1.0, 2.0], ids=["100%", "200%"])
def test_nothing_is_cut_at_small_sizes_and_large_text(
    qtbot: QtBot, dossier: Dossier, size: tuple[int, int], text_size: float
) -> None:
    """In French, in a wizard window of the screen's size: everything wraps within the width (there is no
    horizontal scroll bar, so a wider line would be cut), and the long page scrolls instead."""
    font = QApplication.font()
    try:
        install_translations("fr")
        look.apply_text_size(text_size)
        for operator in sorted(FIRST):
            wizard = QWizard()
            qtbot.addWidget(wizard)
            page = StepsPage(WizardState(dossier=dossier, lang="fr", operator=operator))
            wizard.addPage(page)
            wizard.resize(*size)
            wizard.show()
            qtbot.waitUntil(lambda w=wizard, p=page: w.currentPage() is p)
            page.ui.detailsButton.setChecked(True)
            viewport = page.ui.stepsScroll.viewport()
            qtbot.waitUntil(lambda p=page, v=viewport: p.ui.stepsContents.width() <= v.width())
            assert page.ui.stepsContents.minimumSizeHint().width() <= viewport.width(), operator
            assert page.ui.stepsScroll.verticalScrollBar().maximum() > 0  # long content scrolls instead
    finally:
        install_translations("en")
        QApplication.setFont(font)
