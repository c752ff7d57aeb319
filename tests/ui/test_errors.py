"""Unexpected errors: a plain dialog naming the log file, the traceback in the log (no variable values),
and the app carries on."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from kkoguard.ui import errors
from kkoguard.ui.tasks import run_task

pytestmark = pytest.mark.qt_no_exception_capture  # these tests check the app's own hook, not pytest-qt's


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QMessageBox]]:
    """The app's error hook installed (and removed after the test); every message box shown."""
    for module in (sys, threading):
        monkeypatch.setattr(module, "excepthook", module.excepthook)
    shown: list[QMessageBox] = []

    def record(self: QMessageBox) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    errors.install_excepthook()
    yield shown


def _leaky_function() -> None:
    holder_name = "Jeanne Dupont 06 12 34 56 78"  # a local value that must never reach the log
    raise RuntimeError(f"boom in a slot ({len(holder_name)})")


def test_an_error_in_a_slot_shows_the_dialog_and_the_app_goes_on(
    qtbot: QtBot, boxes: list[QMessageBox]
) -> None:
    clicks: list[int] = []
    button = QPushButton("go")
    qtbot.addWidget(button)
    button.clicked.connect(_leaky_function)
    button.clicked.connect(lambda: clicks.append(1))
    button.show()

    button.click()
    qtbot.waitUntil(lambda: len(boxes) == 1)
    box = boxes[0]
    assert box.windowTitle() == "Something went wrong"
    assert "You can carry on" in box.text()
    assert str(errors.log_path()) in box.informativeText()

    button.click()  # still alive: the next click is handled too
    qtbot.waitUntil(lambda: len(clicks) == 2)
    logged = errors.log_path().read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot (28)" in logged
    assert "_leaky_function" in logged  # the traceback is there…
    assert "Jeanne" not in logged  # …but not the values of the variables


def test_an_error_in_a_thread_reaches_the_dialog(qtbot: QtBot, boxes: list[QMessageBox]) -> None:
    def fails() -> None:
        raise ValueError("from a thread")

    worker = threading.Thread(target=fails, name="reader")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert "ValueError: from a thread" in errors.log_path().read_text(encoding="utf-8")
    assert "thread reader" in errors.log_path().read_text(encoding="utf-8")


def test_a_task_error_without_handler_reaches_the_dialog(qtbot: QtBot, boxes: list[QMessageBox]) -> None:
    run_task(lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert "ZeroDivisionError" in errors.log_path().read_text(encoding="utf-8")


def test_the_dialog_can_open_the_log_folder(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, boxes: list[QMessageBox]
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)

    def click_open_folder(self: QMessageBox) -> int:
        boxes.append(self)
        self.property("open_folder_button").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open_folder)
    run_task(lambda: [][0])
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].toLocalFile().rstrip("/") == str(errors.log_dir())


def test_errors_while_the_dialog_is_open_are_only_logged(qtbot: QtBot, boxes: list[QMessageBox]) -> None:
    reporter = errors.install_excepthook()
    reporter.showing = True  # a box is already on screen
    run_task(lambda: 1 / 0)
    log = errors.log_path()
    qtbot.waitUntil(lambda: log.exists() and "ZeroDivisionError" in log.read_text(encoding="utf-8"))
    reporter.showing = False
    assert boxes == []
