"""Bills opened from the system: "Open with KKO Guard", a bill dropped on the app's icon, Finder's open
events, and a second launch while the app runs (it hands its files to the first window and exits)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kkoguard.dossier.store import Dossier
from kkoguard.paths import data_dir
from kkoguard.ui import app as app_module
from kkoguard.ui.app import EXIT_OK
from kkoguard.ui.instance import FileHandoff, send, server_name
from kkoguard.ui.main_window import MainWindow
from kkoguard.ui.models import FileStatus
from kkoguard.ui.wizard.import_page import ImportPage
from kkoguard.ui.wizard.wizard import Page

READ_TIMEOUT = 60_000
SEND = (
    "import sys; from kkoguard.ui.instance import send; sys.exit(0 if send(sys.argv[1], sys.argv[2:]) else 1)"
)


def import_page(window: MainWindow) -> ImportPage:
    assert window.wizard is not None and window.wizard.currentId() == Page.IMPORT
    page = window.wizard.page(Page.IMPORT)
    assert isinstance(page, ImportPage)
    return page


def names(page: ImportPage) -> list[str]:
    return [page.files.index(row, 0).data() for row in range(page.files.rowCount())]


def read(page: ImportPage) -> bool:
    files = page.files
    return not page.reading and bool(files.rows) and files.count(FileStatus.WAITING, FileStatus.READING) == 0


def opened_with(qtbot: QtBot, dossier: Dossier, bill: Path) -> tuple[MainWindow, ImportPage]:
    """The window, given one bill as "Open with" does, once that bill is read."""
    window = MainWindow(dossier, "en")
    qtbot.addWidget(window)
    window.show()
    window.open_files([str(bill)])
    page = import_page(window)
    qtbot.waitUntil(lambda: read(page), timeout=READ_TIMEOUT)
    return window, page


def test_open_files_starts_the_analysis_with_them(
    qtbot: QtBot, dossier: Dossier, bill_files: list[Path]
) -> None:
    window, page = opened_with(qtbot, dossier, bill_files[0])
    window.open_files([str(bill_files[1])])  # a second "Open with" while the first step is on screen
    qtbot.waitUntil(lambda: len(names(page)) == 2 and read(page), timeout=READ_TIMEOUT)
    assert names(page) == [bill_files[0].name, bill_files[1].name]
    assert page.files.count(FileStatus.DONE) == 2


def test_open_files_during_a_later_step_says_what_to_do(
    qtbot: QtBot, dossier: Dossier, bill_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page = opened_with(qtbot, dossier, bill_files[0])
    assert window.wizard is not None
    window.wizard.next()
    assert window.wizard.currentId() == Page.REVIEW
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    window.open_files([str(bill_files[2])])
    assert window.wizard.currentId() == Page.REVIEW  # the review on screen is not thrown away
    assert len(shown) == 1 and shown[0].text() == "An analysis is under way."
    assert f"“{bill_files[2].name}”" in shown[0].informativeText()
    assert names(page) == [bill_files[0].name]


def test_a_second_launch_hands_its_files_to_the_running_window(
    qtbot: QtBot, bill_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real start (`main(files=…)`), then a second process started like "Open with" does: it exits 0
    at once and its bill appears in the first window's list."""
    Dossier.create()[0].close()
    for module in (sys, threading):  # main() installs the error hooks: put them back afterwards
        monkeypatch.setattr(module, "excepthook", module.excepthook)
    seen: dict[str, object] = {}

    def window() -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return found[0] if found else None

    def when_shown() -> None:
        shown = window()
        if shown is None or shown.wizard is None or not read(import_page(shown)):
            QTimer.singleShot(20, when_shown)
            return
        seen["first"] = names(import_page(shown))
        # The second launch runs in its own process: this one must keep its event loop turning to answer.
        seen["second"] = subprocess.Popen(
            [sys.executable, "-m", "kkoguard", str(bill_files[1])],
            env={**_env(), "KKOGUARD_DATA_DIR": str(data_dir())},
            stderr=subprocess.PIPE,
        )
        QTimer.singleShot(20, wait_for_second)

    def wait_for_second() -> None:
        shown = window()
        assert shown is not None
        process = seen["second"]
        assert isinstance(process, subprocess.Popen)
        if process.poll() is None or len(names(import_page(shown))) < 2:
            QTimer.singleShot(20, wait_for_second)
            return
        seen["status"] = process.returncode
        seen["after"] = names(import_page(shown))
        shown.close()

    QTimer.singleShot(0, when_shown)
    assert app_module.main([], files=[str(bill_files[0])]) == EXIT_OK
    assert seen["first"] == [bill_files[0].name]
    assert seen["status"] == 0
    assert seen["after"] == [bill_files[0].name, bill_files[1].name]


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")} | {
        "QT_QPA_PLATFORM": "offscreen"
    }


def test_the_hand_off_is_only_for_the_same_dossier(qtbot: QtBot, tmp_path: Path) -> None:
    listening = FileHandoff(server_name(tmp_path / "one"))
    assert listening.hand_over_or_listen([]) is False  # nobody there yet: this one listens
    received: list[list[str]] = []
    listening.files_received.connect(received.append)
    other = server_name(tmp_path / "two")
    assert other != listening.name
    assert send(other, ["x.pdf"]) is False  # another dossier's app is not bothered
    # The other launch is another process (a thread here would hold the GIL while it waits for the answer).
    sender = subprocess.Popen([sys.executable, "-c", SEND, listening.name, "/bills/a.pdf"], env=_env())
    qtbot.waitUntil(lambda: sender.poll() is not None, timeout=30_000)
    assert sender.returncode == 0  # it was told "ok"
    assert received == [["/bills/a.pdf"]]
    listening.close()
    assert send(listening.name, ["/bills/b.pdf"]) is False


def test_a_name_left_by_a_dead_process_is_taken_back(qtbot: QtBot, tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("named pipes vanish with their process")
    name = server_name(tmp_path)
    dead = tmp_path / "dead.py"
    dead.write_text(
        "import os, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtNetwork import QLocalServer\n"
        "app = QCoreApplication([])\n"
        "server = QLocalServer()\n"
        "assert server.listen(sys.argv[1])\n"
        "os._exit(0)  # no clean-up: the socket file stays behind\n"
    )
    subprocess.run([sys.executable, str(dead), name], check=True, timeout=60)
    handoff = FileHandoff(name)
    assert handoff.hand_over_or_listen([]) is False
    assert handoff.server is not None and handoff.server.isListening()
    handoff.close()


def test_finder_open_events_reach_the_window(qtbot: QtBot, dossier: Dossier, bill_files: list[Path]) -> None:
    """macOS sends a double-clicked bill to the application as a QFileOpenEvent, maybe before the window."""
    opener = app_module._FileOpener([], QApplication.instance(), finder=True)  # type: ignore[arg-type]
    QCoreApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(bill_files[0])))
    assert opener.pending == [str(bill_files[0])]
    window = MainWindow(dossier, "en")
    qtbot.addWidget(window)
    window.show()
    opener.set_window(window)
    qtbot.waitUntil(lambda: window.wizard is not None and bool(names(import_page(window))), timeout=5000)
    assert names(import_page(window)) == [bill_files[0].name]
    QApplication.instance().removeEventFilter(opener)  # type: ignore[union-attr]
    opener.deleteLater()
