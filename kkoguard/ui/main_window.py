"""The main window: one stack of screens (home, the analysis wizard while it runs, the dossier view) and a
short menu: File (back up, restore a backup, add to my calendar), View (text size: A+ / A− / normal, also
Ctrl+plus, Ctrl+minus, Ctrl+0, remembered) and Help (the guide, where the dossier is, about). It owns the open
dossier and closes it when the window closes; restoring a backup swaps it for the restored one.

The wizard and the dossier view are imported when first shown, so the window appears without loading
what they need (PDF rendering, letters).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.store import Dossier
from kkoguard.ui import look, settings
from kkoguard.ui.forms_generated.ui_main_window import Ui_MainWindow
from kkoguard.ui.home import HomeScreen
from kkoguard.ui.look import icon
from kkoguard.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from kkoguard.ui.about import AboutDialog
    from kkoguard.ui.dossier_view import DossierView
    from kkoguard.ui.help import HelpDialog, WhereDialog
    from kkoguard.ui.wizard.wizard import AnalysisWizard

BACKUP_SUFFIX = ".kkoguard-backup"
CLOSE_WAIT_MS = 15_000  # at most this long for running work to end before the dossier closes
BACKUP_MEMBERS = frozenset({"manifest.json", "dossier.db", "dossier.keys"})
ASK_SECRET = frozenset(
    {
        DossierErrorCode.KEYRING_UNAVAILABLE,
        DossierErrorCode.KEY_NOT_IN_KEYRING,
        DossierErrorCode.NEEDS_SECRET,
        DossierErrorCode.WRONG_SECRET,
    }
)


def check_backup_file(path: Path) -> None:
    """Raise BAD_BACKUP unless `path` is a zip holding a KKO Guard backup's files: checked before the open
    dossier is closed for a restore, so a wrong file changes nothing (the engine checks the rest)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            if not set(archive.namelist()) >= BACKUP_MEMBERS:
                raise DossierError(DossierErrorCode.BAD_BACKUP, str(path), "not a backup")
    except (OSError, zipfile.BadZipFile):
        raise DossierError(DossierErrorCode.BAD_BACKUP, str(path), "unreadable") from None


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
        self._restoring = False
        self.text_size: float = look.nearest_text_size(settings.text_size())
        self.about_dialog: AboutDialog | None = None
        self.help_dialog: HelpDialog | None = None
        self.where_dialog: WhereDialog | None = None
        self._closed = False
        self.setWindowIcon(icon("app"))
        self.home = self._new_home()
        ui = self.ui
        ui.homeAction.triggered.connect(self.show_home)
        ui.analyseAction.triggered.connect(self.start_wizard)
        ui.dossierAction.triggered.connect(lambda: self.open_case(None))
        ui.backupAction.triggered.connect(self.back_up)
        ui.restoreAction.triggered.connect(self.restore_backup)
        ui.calendarAction.triggered.connect(self.add_to_calendar)
        ui.quitAction.triggered.connect(self.close)
        ui.aboutAction.triggered.connect(self.about)
        ui.guideAction.triggered.connect(self.show_guide)
        ui.whereAction.triggered.connect(self.show_where)
        shortcuts: list[tuple[QAction, list[QKeySequence.StandardKey | str]]] = [
            (ui.largerTextAction, [QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="]),
            (ui.smallerTextAction, [QKeySequence.StandardKey.ZoomOut, "Ctrl+-"]),
        ]
        for action, keys in shortcuts:
            action.setShortcuts(_distinct(keys))
        ui.largerTextAction.triggered.connect(
            lambda: self.set_text_size(look.next_text_size(self.text_size, 1))
        )
        ui.smallerTextAction.triggered.connect(
            lambda: self.set_text_size(look.next_text_size(self.text_size, -1))
        )
        ui.normalTextAction.triggered.connect(lambda: self.set_text_size(1.0))
        self._update_text_actions()
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
        stale = self.dossier_view  # the wizard may have added a case, bills and letters
        if stale is not None:  # gone before the wizard leaves, so the stack never shows it (and reads) again
            self.ui.stack.removeWidget(stale)
            stale.deleteLater()
            self.dossier_view = None
        self.ui.stack.setCurrentWidget(self.home)
        self.ui.stack.removeWidget(wizard)
        wizard.deleteLater()
        self._view_stale = True
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

    def _new_home(self) -> HomeScreen:
        home = HomeScreen(self.dossier, self.lang, self)
        self.ui.stack.addWidget(home)
        home.analyse_requested.connect(self.start_wizard)
        home.open_case_requested.connect(self.open_case)
        return home

    def _set_navigation(self, enabled: bool) -> None:
        enabled = enabled and not self._restoring
        for action in (self.ui.homeAction, self.ui.analyseAction, self.ui.dossierAction):
            action.setEnabled(enabled)
        self.ui.backupAction.setEnabled(enabled and self._backup is None)
        self.ui.restoreAction.setEnabled(enabled and self._backup is None)
        self.ui.calendarAction.setEnabled(enabled)

    # --- text size -------------------------------------------------------------------------------------

    def set_text_size(self, factor: float) -> None:
        """Every screen and dialog's text at `factor` times the normal size, remembered for next time."""
        self.text_size = look.nearest_text_size(factor)
        settings.set_text_size(self.text_size)
        look.apply_text_size(self.text_size)
        self._update_text_actions()
        self.statusBar().showMessage(
            self.tr("Text size: {percent} %").format(percent=round(self.text_size * 100)), 4000
        )

    def _update_text_actions(self) -> None:
        self.ui.largerTextAction.setEnabled(self.text_size < look.TEXT_SIZES[-1])
        self.ui.smallerTextAction.setEnabled(self.text_size > look.TEXT_SIZES[0])
        self.ui.normalTextAction.setEnabled(self.text_size != 1.0)

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
        self.ui.restoreAction.setEnabled(False)
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

    def restore_backup(self) -> None:
        """Replace the dossier by a backup the person chooses, after saying what will be replaced. The file
        is checked first, then the dossier closes, the engine restores (off the GUI thread; the replaced
        dossier is kept aside in its folder) and the restored one opens. A failure leaves the dossier as it
        was and opens it again."""
        if self.wizard is not None or self._backup is not None or self._restoring:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            settings.last_folder(),
            self.tr("KKO Guard backups (*{suffix});;All files (*)").format(suffix=BACKUP_SUFFIX),
        )
        if not chosen:
            return
        path = Path(chosen)
        settings.remember_folder(path)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            self.tr("Replace your dossier with this backup?"),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "Everything in your dossier now (your claims, bills, letters and notes) will be replaced by "
                "what the backup “{name}” holds. What you added after that backup was made will no longer "
                "be shown.\n\nYour dossier of today is not deleted: KKO Guard puts it aside in its folder "
                "(“backups”), in case you need it."
            ).format(name=path.name)
        )
        replace = box.addButton(self.tr("&Replace my dossier"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not replace:
            return
        self._set_restoring(True)
        run_task(
            lambda: check_backup_file(path),
            on_done=lambda _: self._restore_checked(path),
            on_error=self._restore_refused,
        )

    def _set_restoring(self, restoring: bool) -> None:
        self._restoring = restoring
        self.ui.stack.setEnabled(not restoring)
        self._set_navigation(self.wizard is None)
        if restoring:
            self.statusBar().showMessage(self.tr("Restoring the backup…"))
        else:
            self.statusBar().clearMessage()

    def _restore_refused(self, error: BaseException) -> None:
        """The file is no backup: nothing was touched, the dossier is still open."""
        self._set_restoring(False)
        if not isinstance(error, DossierError):
            raise error
        QMessageBox.warning(self, self.tr("Backup not restored"), error.message(self.lang))

    def _restore_checked(self, path: Path) -> None:
        folder = self.dossier.paths.folder
        self._let_go_of_dossier()
        self._restore(path, folder, None)

    def _let_go_of_dossier(self) -> None:
        """Close the dossier for a restore: the screens that show it go, with the work still running."""
        QThreadPool.globalInstance().waitForDone(CLOSE_WAIT_MS)
        if self.dossier_view is not None:
            self.ui.stack.removeWidget(self.dossier_view)
            self.dossier_view.deleteLater()
            self.dossier_view = None
        self.dossier.close()
        self._closed = True

    def _restore(self, path: Path, folder: Path, secret: str | None) -> None:
        run_task(
            lambda: Dossier.restore(path, folder, secret=secret),
            on_done=self._restored,
            on_error=lambda error: self._restore_failed(error, path, folder),
        )

    def _restore_failed(self, error: BaseException, path: Path, folder: Path) -> None:
        if isinstance(error, DossierError) and error.code in ASK_SECRET:
            secret, given = QInputDialog.getText(
                self,
                self.tr("Restore a backup"),
                error.message(self.lang) + "\n\n" + self.tr("Passphrase or recovery key of the backup:"),
                QLineEdit.EchoMode.Password,
            )
            if given and secret.strip():
                self._restore(path, folder, secret)
                return
        elif isinstance(error, DossierError):
            QMessageBox.warning(
                self,
                self.tr("Backup not restored"),
                error.message(self.lang) + "\n\n" + self.tr("Your dossier was not changed."),
            )
        self._reopen(folder)
        if not isinstance(error, DossierError):
            raise error  # unexpected: to the error dialog, once the dossier is open again

    def _reopen(self, folder: Path) -> None:
        """Open the dossier that was not replaced, asking for its secret again when it needs one."""
        from kkoguard.ui.app import open_or_create

        result = open_or_create(self.lang, folder, self)
        if isinstance(result, int):  # the person quit, or it cannot be opened (they were told)
            self._set_restoring(False)
            self.close()
            return
        self._restored(result)

    def _restored(self, dossier: Any) -> None:
        """Show the dossier now open (restored, or the old one again)."""
        self.dossier = dossier
        self._closed = False
        old = self.home
        self.home = self._new_home()
        self.ui.stack.setCurrentWidget(self.home)
        self.ui.stack.removeWidget(old)
        old.deleteLater()
        self._view_stale = False
        self._set_restoring(False)
        self.home.refresh()

    def add_to_calendar(self) -> None:
        """The open cases' next steps as an .ics file for the person's calendar (kkoguard.ui.agenda)."""
        from kkoguard.ui.agenda import export_agenda

        export_agenda(self, self.dossier, self.lang)

    def show_guide(self) -> None:
        """The guide in the app (offline): what it does, the five steps, the registered letter, backups."""
        from kkoguard.ui.help import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.lang, self)
        self.help_dialog.show()
        self.help_dialog.raise_()

    def show_where(self) -> None:
        """Where the dossier is on this computer, with a button to open that folder."""
        from kkoguard.ui.help import WhereDialog

        if self.where_dialog is None:
            self.where_dialog = WhereDialog(self.dossier.paths.folder, self)
        self.where_dialog.open()

    def about(self) -> None:
        """The About dialog: version, licence and the other software used, each text in full."""
        from kkoguard.ui.about import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.lang, self)
        self.about_dialog.open()

    # --- closing ---------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._restoring and not self._closed:
            event.ignore()  # a restore is under way: a few seconds, then the window can close
            return
        settings.save_window(self)
        if self.wizard is not None:
            self.wizard.finished.disconnect(self._wizard_finished)
            self.wizard.done(QDialog.DialogCode.Rejected)  # its pages stop their work
        super().closeEvent(event)
        self.close_dossier()

    def close_dossier(self) -> None:
        """Close the dossier once, after the work still running on it has ended (idempotent; nothing to do
        when a failed restore left none open)."""
        if self._closed:
            return
        self._closed = True
        QThreadPool.globalInstance().waitForDone(CLOSE_WAIT_MS)
        self.dossier.close()


def _distinct(keys: list[QKeySequence.StandardKey | str]) -> list[QKeySequence]:
    """The key sequences, each once (a standard key may be one of the others: twice would be ambiguous)."""
    found: dict[str, QKeySequence] = {}
    for key in keys:
        sequences = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        for sequence in sequences:
            found.setdefault(sequence.toString(), sequence)
    return list(found.values())
