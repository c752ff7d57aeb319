"""Start-up: which dossier screen comes first, what stops the start, the main window and what it remembers."""

from __future__ import annotations

import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kkoguard.dossier import store
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.store import Dossier
from kkoguard.ui import app as app_module
from kkoguard.ui import i18n
from kkoguard.ui.app import EXIT_CANNOT_OPEN, EXIT_OK, open_or_create
from kkoguard.ui.main_window import MainWindow
from kkoguard.ui.unlock import UnlockDialog, WelcomeDialog

PASSPHRASE = "quatre mots bien choisis"


@pytest.fixture(autouse=True)
def app_font() -> Iterator[None]:
    """main() applies the remembered text size to the whole app: put the font back for the other tests."""
    saved = QFont(QApplication.font())
    yield
    QApplication.setFont(saved)


def _close_window_when_shown(seen: list[MainWindow]) -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows:
        seen.extend(windows)
        windows[0].close()
    else:
        QTimer.singleShot(20, lambda: _close_window_when_shown(seen))


def _no_dialog(*args: Any) -> int:
    raise AssertionError("no dialog expected")


def test_a_later_launch_opens_straight_to_home(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    Dossier.create()[0].close()
    monkeypatch.setattr(WelcomeDialog, "exec", _no_dialog)
    monkeypatch.setattr(UnlockDialog, "exec", _no_dialog)
    opened = open_or_create("en")
    assert isinstance(opened, Dossier)
    window = MainWindow(opened, "en")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home.loaded, timeout=10_000):
        window.show()
    assert window.ui.stack.currentWidget() is window.home
    window.close()  # closing the window closes the dossier: it opens again
    Dossier.open().close()


def test_a_first_launch_shows_the_welcome_and_quitting_there_creates_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[WelcomeDialog] = []

    def quit_at_once(self: WelcomeDialog) -> int:
        shown.append(self)
        self.ui.quitButton.click()
        return int(self.result())

    monkeypatch.setattr(WelcomeDialog, "exec", quit_at_once)
    assert open_or_create("en") == EXIT_OK
    assert shown and not store.exists()


def test_a_passphrase_dossier_asks_for_it_and_retries_after_a_wrong_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    Dossier.create(passphrase=PASSPHRASE)[0].close()
    seen: list[str] = []

    def person(self: UnlockDialog) -> int:
        seen.append(self.ui.messageLabel.text())
        self.ui.secretEdit.setText("wrong passphrase")
        self.ui.openButton.click()
        qtbot.waitUntil(lambda: self.ui.openButton.isEnabled(), timeout=10_000)
        seen.append(self.ui.messageLabel.text())
        self.ui.secretEdit.setText(PASSPHRASE)
        self.ui.openButton.click()
        qtbot.waitUntil(lambda: self.dossier is not None, timeout=10_000)
        return int(self.result())

    monkeypatch.setattr(UnlockDialog, "exec", person)
    opened = open_or_create("en")
    assert isinstance(opened, Dossier)
    opened.close()
    assert seen == [
        DossierError(DossierErrorCode.NEEDS_SECRET).message("en"),
        DossierError(DossierErrorCode.WRONG_SECRET).message("en"),
    ]


def test_a_dossier_in_use_says_so_and_exits_1(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dossier: Dossier
) -> None:
    boxes: list[tuple[str, str]] = []

    def record(self: QMessageBox) -> int:
        boxes.append((self.text(), self.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(UnlockDialog, "exec", _no_dialog)
    assert open_or_create("en") == EXIT_CANNOT_OPEN
    assert boxes == [("Your dossier cannot be opened.", DossierError(DossierErrorCode.IN_USE).message("en"))]


def test_main_starts_on_home_and_closes_the_dossier_with_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    Dossier.create()[0].close()
    for module in (sys, threading):  # main() installs the error hooks: put them back afterwards
        monkeypatch.setattr(module, "excepthook", module.excepthook)
    seen: list[MainWindow] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            seen.extend(windows)
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_shown)

    QTimer.singleShot(0, close_when_shown)
    assert app_module.main([]) == EXIT_OK
    assert seen and seen[0].ui.stack.currentWidget() is seen[0].home
    Dossier.open().close()  # the lock was released


def test_the_window_comes_back_where_it_was(qtbot: QtBot, dossier: Dossier) -> None:
    first = MainWindow(dossier, "en")
    qtbot.addWidget(first)
    first.show()
    first.resize(777, 555)
    qtbot.waitUntil(lambda: first.size().width() == 777)
    first.close()
    reopened = Dossier.open()
    second = MainWindow(reopened, "en")
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (777, 555)
    second.close()


def test_backing_up_writes_an_encrypted_backup(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dossier: Dossier, tmp_path: Path
) -> None:
    target = tmp_path / "sauvegarde"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window = MainWindow(dossier, "en")
    qtbot.addWidget(window)
    window.show()
    window.ui.backupAction.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    written = tmp_path / "sauvegarde.kkoguard-backup"
    assert str(written) in told[0]
    with zipfile.ZipFile(written) as archive:
        assert {"manifest.json", "dossier.db", "dossier.keys"} <= set(archive.namelist())
    assert window.ui.backupAction.isEnabled()


def test_a_french_start_without_the_compiled_catalogue_says_so(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Never a silent fall-back to English: no .qm and nothing to make it with → a message, then the app."""
    Dossier.create()[0].close()
    for module in (sys, threading):
        monkeypatch.setattr(module, "excepthook", module.excepthook)
    monkeypatch.setattr(i18n, "_lrelease", lambda: None)
    monkeypatch.setattr(
        app_module, "install_translations", lambda: i18n.install_translations("fr", folder=tmp_path)
    )
    said: list[str] = []

    def record(self: QMessageBox) -> int:
        said.append(self.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    seen: list[MainWindow] = []
    QTimer.singleShot(0, lambda: _close_window_when_shown(seen))
    try:
        assert app_module.main([]) == EXIT_OK
    finally:
        i18n.install_translations("en")
    assert seen
    assert len(said) == 1 and "traduction française" in said[0]


def test_the_file_menu_adds_the_next_steps_to_the_calendar(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dossier: Dossier
) -> None:
    from kkoguard.ui import agenda

    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(agenda, "export_agenda", lambda *args, **kwargs: calls.append(args))
    window = MainWindow(dossier, "fr")
    qtbot.addWidget(window)
    window.ui.calendarAction.trigger()
    assert calls == [(window, dossier, "fr")]
