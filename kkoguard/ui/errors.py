"""Unexpected errors: written to a log file and shown to the person as one plain sentence; the app goes on.

Engine errors a person can act on (DossierError, BillError, LetterError…) are shown by the screen that
called the engine, with their own sentence. Anything else ends up here:

- an exception raised in a slot or an event handler (PySide6 hands it to `sys.excepthook`),
- an exception in a Python thread (`threading.excepthook`),
- a `run_task` error without an `on_error` handler (tasks.py calls `sys.excepthook`).

The traceback goes to a rotating log file (`kkoguard.log` in the platform's log folder, e.g.
~/.local/state/kkoguard/log on Linux); local variables are never logged, and nothing else about the
user's bills or dossier is. Then a "Something went wrong" box names that file and offers to open its
folder; it does not quit the app. While one box is open, further errors are only logged (no avalanche).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kkoguard import paths

LOG_FILE = "kkoguard.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

log = logging.getLogger("kkoguard")

_handler: logging.Handler | None = None
_reporter: ErrorReporter | None = None


def log_dir() -> Path:
    """Where the log file goes: KKOGUARD_LOG_DIR, else `logs/` in KKOGUARD_DATA_DIR when that is set
    (tests, portable use), else the platform's user log folder (kkoguard.paths.log_dir)."""
    return paths.log_dir()


def log_path() -> Path:
    return log_dir() / LOG_FILE


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the `kkoguard` loggers to the rotating log file (idempotent; follows a changed log_dir()).

    If the folder cannot be created, messages go to stderr instead and the app carries on.
    """
    global _handler
    path = log_path()
    if isinstance(_handler, logging.FileHandler) and Path(_handler.baseFilename) == path.absolute():
        return path
    handler: logging.Handler
    try:
        handler = paths.PrivateRotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    _handler = handler
    log.addHandler(handler)
    log.setLevel(level)
    return path


def log_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str = ""
) -> None:
    """The traceback (file, line, code, exception) into the log; never the values of local variables."""
    text = "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()
    log.error("Unexpected error%s\n%s", f" in {where}" if where else "", text)


class ErrorReporter(QObject):
    """Lives on the GUI thread; errors from other threads reach it through a queued signal."""

    reported = Signal(str)  # the exception type's name, once the box is closed (for tests)
    _from_thread = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.showing = False
        self._from_thread.connect(self.show_dialog)

    def report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        where = "" if _on_gui_thread() else f"thread {threading.current_thread().name}"
        log_exception(exc_type, exc, tb, where)
        if _on_gui_thread():
            self.show_dialog(exc_type.__name__)
        else:
            self._from_thread.emit(exc_type.__name__)

    def show_dialog(self, name: str = "") -> None:
        if self.showing:  # one box at a time; the rest is in the log
            return
        self.showing = True
        try:
            box = self.dialog(_active_window())
            box.exec()
            if box.clickedButton() is box.property("open_folder_button"):
                open_log_folder()
        finally:
            self.showing = False
        self.reported.emit(name)

    def dialog(self, parent: QWidget | None) -> QMessageBox:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "Something unexpected went wrong in KKO Guard. What you were doing may not have "
                "finished, but what was already saved in your dossier is safe. You can carry on."
            )
        )
        box.setInformativeText(
            self.tr(
                "The technical details were written to this file. If the problem comes back, you can "
                "send it to the person who helps you:\n{path}"
            ).format(path=log_path())
        )
        folder = box.addButton(self.tr("Open the log folder"), QMessageBox.ButtonRole.ActionRole)
        carry_on = box.addButton(self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(carry_on)
        box.setEscapeButton(carry_on)
        box.setProperty("open_folder_button", folder)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
        return box


def open_log_folder() -> bool:
    """Show the log folder in the file manager (a local folder: nothing goes to the network)."""
    folder = log_dir()
    paths.ensure_private_folder(folder)
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _active_window() -> QWidget | None:
    return QApplication.activeWindow() if isinstance(QCoreApplication.instance(), QApplication) else None


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt) or _reporter is None or QCoreApplication.instance() is None:
        log_exception(exc_type, exc, tb)
        sys.__excepthook__(exc_type, exc, tb)
        return
    _reporter.report(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    exc = args.exc_value if args.exc_value is not None else args.exc_type()
    _excepthook(args.exc_type, exc, args.exc_traceback)


def install_excepthook() -> ErrorReporter:
    """Set up logging and route every unexpected error to the log and the dialog (needs a QApplication,
    on the GUI thread). Returns the reporter (its `reported` signal helps tests)."""
    global _reporter
    setup_logging()
    if _reporter is None:
        _reporter = ErrorReporter()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return _reporter
