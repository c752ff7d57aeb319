"""The desktop application's start: `kkoguard` with no arguments calls `main()`.

    QApplication (the text size the person chose, calm input fields) → translations (French when the
    system is; a missing French catalogue is compiled, or reported) → the unexpected-error dialog and log →
    the dossier: created on first launch (WelcomeDialog), else opened with the keyring, else with a
    passphrase or the recovery key (UnlockDialog) → the main window.

A dossier that is in use, damaged or too new ends the start-up with its message and exit status 1, nothing
changed. What the window does not need at once (PDF reading, letters, the worker pool) is imported later,
by the screens that use it, so the window is up quickly.

Start-up hook (tools/benchmark_ui.py, packaging/smoke_test.sh): with KKOGUARD_BENCH_STARTUP=1 in the
environment, the app prints one line when its first window (the home screen, or the welcome or unlock
dialog) is first painted, and quits:

    kkoguard-startup first_paint_epoch=<time.time()> since_process_start_ms=<ms, Linux only, else -1> \
        window=<MainWindow|WelcomeDialog|UnlockDialog>
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from kkoguard import __version__
from kkoguard.ui import settings
from kkoguard.ui.errors import install_excepthook, log
from kkoguard.ui.i18n import install_translations, missing_catalogue_box
from kkoguard.ui.look import apply_text_size, icon, install_app_behaviour
from kkoguard.ui.tasks import run_task

if TYPE_CHECKING:
    from kkoguard.dossier.store import Dossier
    from kkoguard.ui.main_window import MainWindow

APP_NAME = "KKO Guard"
BENCH_ENV = "KKOGUARD_BENCH_STARTUP"
EXIT_OK = 0
EXIT_CANNOT_OPEN = 1


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (the existing one in tests), named, with the app icon, the text size the person
    chose (look.apply_text_size) and the app-wide behaviour of look.install_app_behaviour (the mouse wheel
    changes no date or choice the person did not click). Style and palette are the platform's: Qt follows
    the system's light or dark mode by itself."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("fr.kkoguard.KKOGuard")  # the .desktop file the system shows for it
    app.setWindowIcon(icon("app"))
    install_app_behaviour(app)
    apply_text_size(settings.text_size())
    return app


def wait_for(work: Callable[[], Any]) -> Any:
    """Run `work` with run_task and wait for it while Qt keeps processing events; its result, or its
    exception raised here."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    run_task(work, on_done=done, on_error=failed)
    loop.exec()  # the answer is a queued signal: it always arrives inside this loop
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def open_or_create(lang: str, folder: Path | None = None, parent: QWidget | None = None) -> Dossier | int:
    """The open dossier, or the exit status when there is none to show (the person quit: 0; it cannot be
    opened: 1, after saying why)."""
    from kkoguard.dossier import store
    from kkoguard.dossier.errors import DossierError
    from kkoguard.dossier.store import Dossier
    from kkoguard.ui.unlock import ASK_SECRET, UnlockDialog, WelcomeDialog

    if not store.exists(folder):
        welcome = WelcomeDialog(lang, folder, parent)
        if welcome.exec() == QDialog.DialogCode.Accepted and welcome.dossier is not None:
            return welcome.dossier
        return EXIT_OK
    try:
        opened: Dossier = wait_for(lambda: Dossier.open(folder))
        return opened
    except DossierError as error:
        problem = error
    if problem.code in ASK_SECRET:
        log.info("dossier needs a secret: %s", problem.code.value)
        unlock = UnlockDialog(problem, lang, folder, parent)
        if unlock.exec() == QDialog.DialogCode.Accepted and unlock.dossier is not None:
            return unlock.dossier
        if unlock.fatal is None:
            return EXIT_OK
        problem = unlock.fatal
    log.warning("dossier cannot be opened: %s", problem.code.value)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        QCoreApplication.translate("App", "Your dossier cannot be opened."),
        parent=parent,
    )
    box.setInformativeText(problem.message(lang))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    return EXIT_CANNOT_OPEN


def main(argv: Sequence[str] | None = None, files: Sequence[str] = ()) -> int:
    """Run the desktop app until its window is closed; the exit status. `files` (from "Open with", a
    double-click on a bill, or Finder's open events on macOS) are imported as soon as the window is up; when
    the app is already running, they go to its window instead and this process ends at once."""
    from kkoguard.paths import data_dir, move_legacy_folders
    from kkoguard.ui.instance import FileHandoff, server_name

    app = application(argv)
    wanted = [str(Path(f).absolute()) for f in files]
    handoff = FileHandoff(server_name(data_dir()), app)
    if handoff.hand_over_or_listen(wanted):
        log.info("handed %d file(s) to the running window", len(wanted))
        return EXIT_OK
    opener = _FileOpener(wanted, app)
    handoff.files_received.connect(opener.open)
    if os.environ.get(BENCH_ENV):
        app.installEventFilter(_FirstPaint(app))
    lang = install_translations()
    missing = missing_catalogue_box()
    if missing is not None:
        missing.exec()
    install_excepthook()
    move_legacy_folders()  # before anything goes to the log file or a setting is read
    log.info("KKO Guard %s starting (language %s)", __version__, lang)
    app.setQuitOnLastWindowClosed(False)  # closing the welcome or unlock dialog must not end the app
    try:
        result = open_or_create(lang)
    finally:
        app.setQuitOnLastWindowClosed(True)
    if isinstance(result, int):
        handoff.close()
        return result
    from kkoguard.ui.main_window import MainWindow

    window = MainWindow(result, lang)
    window.show()
    opener.set_window(window)
    try:
        return app.exec()
    finally:
        handoff.close()
        window.close_dossier()


class _FileOpener(QObject):
    """Files to open, from the command line, later launches, and macOS's open events (QFileOpenEvent):
    kept until the window exists, then given to it."""

    def __init__(self, files: list[str], app: QApplication, finder: bool = sys.platform == "darwin") -> None:
        super().__init__(app)
        self.pending = list(files)
        self.window: MainWindow | None = None
        if finder:  # only macOS sends them; elsewhere a filter on every event of the app is a needless cost
            app.installEventFilter(self)

    def open(self, files: list[str]) -> None:
        if self.window is None:
            self.pending += files
        else:
            self.window.open_files(files)

    def set_window(self, window: MainWindow) -> None:
        self.window = window
        files, self.pending = self.pending, []
        if files:
            QTimer.singleShot(0, lambda: window.open_files(files))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.open([event.file()])
            return True
        return False


# --- the start-up benchmark hook (see the module docstring) ------------------------------------------------


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen and isinstance(watched, QWidget):
            self.seen = True
            print(
                f"kkoguard-startup first_paint_epoch={time.time():.6f} "
                f"since_process_start_ms={_since_process_start_ms():.0f} "
                f"window={type(watched.window()).__name__}",
                flush=True,
            )
            QTimer.singleShot(0, self.app.closeAllWindows)
        return False


def _since_process_start_ms() -> float:
    """Milliseconds since this process started (Linux /proc, 10 ms resolution); -1 elsewhere."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError, AttributeError):
        return -1.0
    return (uptime - started) * 1000
