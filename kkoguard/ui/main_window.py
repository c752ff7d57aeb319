"""The main window: one stack of screens (home, the analysis wizard while it runs, the dossier view) and a
short menu. It owns the open dossier and closes it when the window closes.

The wizard and the dossier view are imported when first shown, so the window appears without loading
what they need (PDF rendering, letters).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from kkoguard.dossier.errors import DossierError
from kkoguard.dossier.store import Dossier
from kkoguard.ui import settings
from kkoguard.ui.forms_generated.ui_main_window import Ui_MainWindow
from kkoguard.ui.home import HomeScreen
from kkoguard.ui.look import icon
from kkoguard.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from kkoguard.ui.about import AboutDialog
    from kkoguard.ui.dossier_view import DossierView
    from kkoguard.ui.wizard.wizard import AnalysisWizard

BACKUP_SUFFIX = ".kkoguard-backup"
CLOSE_WAIT_MS = 15_000  # at most this long for running work to end before the dossier closes


class MainWindow(QMainWindow):
    def __init__(self, dossier: Dossier, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic code carries no annotations
        self.dossier = dossier
        self.lang = lang
        self.wizard: AnalysisWizard | None = None
        self.dossier_view: DossierView | None = None
        self._view_stale = False
        self._backup: Task | None = None
        self.about_dialog: AboutDialog | None = None
        self._closed = False
        self.setWindowIcon(icon("app"))
        self.home = HomeScreen(dossier, lang, self)
        self.ui.stack.addWidget(self.home)
        self.home.analyse_requested.connect(self.start_wizard)
        self.home.open_case_requested.connect(self.open_case)
        ui = self.ui
        ui.homeAction.triggered.connect(self.show_home)
        ui.analyseAction.triggered.connect(self.start_wizard)
        ui.dossierAction.triggered.connect(lambda: self.open_case(None))
        ui.backupAction.triggered.connect(self.back_up)
        ui.quitAction.triggered.connect(self.close)
        ui.aboutAction.triggered.connect(self.about)
        if not settings.restore_window(self):
            self.resize(1000, 720)
        self.home.refresh()

    # --- screens ---------------------------------------------------------------------------------------

    def show_home(self) -> None:
        if self.wizard is not None:
            return  # the wizard is left with its own Cancel (which asks first)
        self.ui.stack.setCurrentWidget(self.home)
        self.home.refresh()
        self._set_navigation(True)

    def start_wizard(self) -> None:
        if self.wizard is not None:
            self.ui.stack.setCurrentWidget(self.wizard)
            return
        from PySide6.QtCore import Qt

        from kkoguard.ui.wizard.wizard import AnalysisWizard

        wizard = AnalysisWizard(self.dossier, self.lang, self)
        wizard.setWindowFlags(Qt.WindowType.Widget)  # a screen of this window, not a separate one
        wizard.finished.connect(self._wizard_finished)
        self.wizard = wizard
        self.ui.stack.addWidget(wizard)
        self.ui.stack.setCurrentWidget(wizard)
        self._set_navigation(False)
        wizard.show()

    def _wizard_finished(self, result: int) -> None:
        wizard = self.wizard
        if wizard is None:
            return
        case_id = wizard.state.case_id
        self.wizard = None
        self.ui.stack.removeWidget(wizard)
        wizard.deleteLater()
        self._view_stale = True  # the wizard may have added a case, bills and letters
        self._set_navigation(True)
        if result == QDialog.DialogCode.Accepted and case_id is not None:
            self.open_case(case_id)
        else:
            self.show_home()

    def open_case(self, case_id: int | None) -> None:
        """Show the dossier view, on `case_id` when given."""
        if self.wizard is not None:
            return
        from kkoguard.ui.dossier_view import DossierView

        view = self.dossier_view
        if view is None or self._view_stale:
            if view is not None:
                self.ui.stack.removeWidget(view)
                view.deleteLater()
            view = DossierView(self.dossier, self)
            view.back_requested.connect(self.show_home)
            self.ui.stack.addWidget(view)
            self.dossier_view = view
            self._view_stale = False
        elif view is not self.ui.stack.currentWidget():
            view.refresh()
        if case_id is not None:
            view.open_case(case_id)
        self.ui.stack.setCurrentWidget(view)

    def open_files(self, paths: Sequence[str]) -> None:
        """Bills the system gives the app ("Open with KKO Guard", a bill dropped on the icon, a second
        launch): the window comes forward and the analysis' first step reads them."""
        self._bring_forward()
        if not paths:
            return
        from kkoguard.ui.wizard.import_page import ImportPage
        from kkoguard.ui.wizard.wizard import Page

        if self.wizard is None:
            self.start_wizard()
        wizard = self.wizard
        assert wizard is not None
        page = wizard.page(Page.IMPORT)
        if wizard.currentId() == Page.IMPORT and isinstance(page, ImportPage):
            page.add_paths(paths)
            return
        quoted = [self.tr("“{name}”").format(name=Path(p).name) for p in paths[:3]]
        names = ", ".join(quoted) + (" …" if len(paths) > 3 else "")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("KKO Guard"),
            self.tr("An analysis is under way."),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "To add {files}, finish or cancel the analysis on screen, then open the files again."
            ).format(files=names)
        )
        box.open()

    def _bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _set_navigation(self, enabled: bool) -> None:
        for action in (self.ui.homeAction, self.ui.analyseAction, self.ui.dossierAction):
            action.setEnabled(enabled)
        self.ui.backupAction.setEnabled(enabled and self._backup is None)

    # --- menu ------------------------------------------------------------------------------------------

    def back_up(self) -> None:
        """Ask where, then write an encrypted backup of the whole dossier (off the GUI thread)."""
        name = self.tr("KKO Guard - backup {date}").format(date=date.today().isoformat()) + BACKUP_SUFFIX
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the dossier"),
            str(Path(settings.last_folder()) / name),
            self.tr("KKO Guard backups (*{suffix})").format(suffix=BACKUP_SUFFIX),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.name.endswith(BACKUP_SUFFIX):
            path = path.with_name(path.name + BACKUP_SUFFIX)
        settings.remember_folder(path)
        dossier = self.dossier
        self.ui.backupAction.setEnabled(False)
        self.statusBar().showMessage(self.tr("Backing up the dossier…"))
        self._backup = run_task(
            lambda: dossier.backup(path), on_done=self._backed_up, on_error=self._backup_failed
        )

    def _backup_ended(self) -> None:
        self._backup = None
        self.statusBar().clearMessage()
        self._set_navigation(self.wizard is None)

    def _backed_up(self, path: Any) -> None:
        self._backup_ended()
        QMessageBox.information(
            self,
            self.tr("Backup saved"),
            self.tr(
                "The backup was saved as:\n{path}\n\nIt is encrypted like your dossier: it opens with the "
                "same keyring, passphrase or recovery key. Keep a copy away from this computer, for "
                "example on a USB stick."
            ).format(path=path),
        )

    def _backup_failed(self, error: BaseException) -> None:
        self._backup_ended()
        if not isinstance(error, DossierError):
            raise error  # unexpected: to the error dialog
        QMessageBox.warning(self, self.tr("Backup not saved"), error.message(self.lang))

    def about(self) -> None:
        """The About dialog: version, licence and the other software used, each text in full."""
        from kkoguard.ui.about import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.lang, self)
        self.about_dialog.open()

    # --- closing ---------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_window(self)
        if self.wizard is not None:
            self.wizard.finished.disconnect(self._wizard_finished)
            self.wizard.done(QDialog.DialogCode.Rejected)  # its pages stop their work
        super().closeEvent(event)
        self.close_dossier()

    def close_dossier(self) -> None:
        """Close the dossier once, after the work still running on it has ended (idempotent)."""
        if self._closed:
            return
        self._closed = True
        QThreadPool.globalInstance().waitForDone(CLOSE_WAIT_MS)
        self.dossier.close()
