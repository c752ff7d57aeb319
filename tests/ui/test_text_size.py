"""Text size: A+ / A− / normal in the View menu change the text of every screen and dialog, headings included,
and the choice is remembered; the mouse wheel changes a date only in the field the person clicked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from kkoguard.dossier.store import Dossier
from kkoguard.ui import look, settings
from kkoguard.ui.app import application
from kkoguard.ui.dossier_dialogs import EntryDialog
from kkoguard.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def app_font() -> Iterator[QFont]:
    """The tests change the whole app's font: put it back for the other tests."""
    saved = QFont(QApplication.font())
    yield saved
    QApplication.setFont(saved)


def _size(widget: QWidget) -> float:
    return widget.font().pointSizeF()


def _screens(window: MainWindow) -> dict[str, QWidget]:
    """Every screen of the window: home, each wizard page, the dossier view."""
    window.start_wizard()
    wizard = window.wizard
    assert wizard is not None
    found: dict[str, QWidget] = {"home": window.home}
    found.update({f"page {page_id}": wizard.page(page_id) for page_id in wizard.pageIds()})
    return found


def test_larger_text_grows_every_screen_and_heading_and_is_remembered(qtbot: QtBot, dossier: Dossier) -> None:
    window = MainWindow(dossier, "en")
    qtbot.addWidget(window)
    window.show()
    look.apply_text_size(1.0)
    screens = _screens(window)
    wizard = window.wizard
    assert wizard is not None
    wizard.done(QDialog.DialogCode.Rejected)
    window.open_case(None)
    assert window.dossier_view is not None
    screens["dossier view"] = window.dossier_view
    heading = window.home.ui.casesTitle  # scale_font(…, 1.35): it must follow, not keep its first size
    before = {name: _size(widget) for name, widget in screens.items()}
    heading_before = _size(heading)
    assert all(size >= look.MIN_BASE_POINT_SIZE for size in before.values()), before

    window.ui.largerTextAction.trigger()
    window.ui.largerTextAction.trigger()

    after = {name: _size(widget) for name, widget in screens.items()}
    grown = {name: after[name] / before[name] for name in screens}
    assert all(ratio == pytest.approx(1.3) for ratio in grown.values()), grown
    assert _size(heading) == pytest.approx(heading_before * 1.3)
    assert settings.text_size() == pytest.approx(1.3)

    window.ui.smallerTextAction.trigger()
    assert _size(window.home) == pytest.approx(before["home"] * 1.15)
    window.ui.normalTextAction.trigger()
    assert _size(window.home) == pytest.approx(before["home"])
    assert _size(heading) == pytest.approx(heading_before)
    assert not window.ui.normalTextAction.isEnabled()


def test_dialogs_already_open_follow_too(qtbot: QtBot, dossier: Dossier) -> None:
    window = MainWindow(dossier, "en")
    qtbot.addWidget(window)
    look.apply_text_size(1.0)
    window.about()
    about = window.about_dialog
    assert about is not None
    parts = {"dialog": about, "title": about.ui.nameLabel, "licence": about.ui.licenceText}
    before = {name: _size(widget) for name, widget in parts.items()}
    window.ui.largerTextAction.trigger()
    assert {name: _size(w) / before[name] for name, w in parts.items()} == pytest.approx(
        dict.fromkeys(parts, 1.15)
    )
    about.close()


def test_the_keyboard_shortcuts_are_the_usual_ones(qtbot: QtBot, dossier: Dossier) -> None:
    window = MainWindow(dossier, "en")
    qtbot.addWidget(window)
    larger = {key.toString() for key in window.ui.largerTextAction.shortcuts()}
    smaller = {key.toString() for key in window.ui.smallerTextAction.shortcuts()}
    assert {"Ctrl++", "Ctrl+="} <= larger
    assert "Ctrl+-" in smaller
    assert window.ui.normalTextAction.shortcut().toString() == "Ctrl+0"


def test_the_remembered_size_is_used_at_the_next_start(qtbot: QtBot) -> None:
    look.apply_text_size(1.0)
    normal = QApplication.font().pointSizeF()
    settings.set_text_size(1.5)
    application()
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.5)


def test_a_small_system_font_is_made_comfortable(qtbot: QtBot) -> None:
    look.apply_text_size(1.0)
    assert QApplication.font().pointSizeF() >= look.MIN_BASE_POINT_SIZE


def _wheel(widget: QWidget, steps: int = 1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_date_changes_it_only_once_the_field_was_clicked(qtbot: QtBot) -> None:
    application()  # the app's start installs the behaviour
    dialog = EntryDialog("en")  # "add to the timeline": a date and choices in a form
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    first_date, first_channel = ui.dateEdit.date(), ui.channelCombo.currentIndex()
    for field in (ui.dateEdit, ui.channelCombo):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not give it the focus
    ui.whoEdit.setFocus()
    qtbot.waitUntil(ui.whoEdit.hasFocus)

    _wheel(ui.dateEdit, -1)
    _wheel(ui.channelCombo, -1)
    assert (ui.dateEdit.date(), ui.channelCombo.currentIndex()) == (first_date, first_channel)

    qtbot.mouseClick(ui.dateEdit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ui.dateEdit.hasFocus)
    _wheel(ui.dateEdit, -1)
    assert ui.dateEdit.date() != first_date
