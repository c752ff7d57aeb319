""" "Add to my calendar": the open cases' next steps saved as an .ics file the person's calendar imports.

    from kkoguard.ui.agenda import export_agenda
    export_agenda(self, self.dossier, self.lang)

The dossier is read off the GUI thread; when there is something to add, the system's save dialog asks where
(the Documents folder, "kkoguard-agenda.ics"), then the file is written off the GUI thread too. The person is
told what was saved and can open it at once with their calendar program. Any screen (the home screen, the
File menu) calls the same function.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kkoguard.dossier.agenda import AgendaItem, read_agenda, to_ics, write_ics
from kkoguard.dossier.errors import DossierError
from kkoguard.dossier.store import Dossier
from kkoguard.ui import settings
from kkoguard.ui.tasks import Task, run_task

FILE_NAME = "kkoguard-agenda.ics"
SUFFIX = ".ics"


def default_path() -> Path:
    """Where the save dialog starts: the Documents folder (the home folder, or the last one used, without)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path(settings.last_folder())
    return folder / FILE_NAME


def export_agenda(
    parent: QWidget,
    dossier: Dossier,
    lang: str,
    *,
    on_finished: Callable[[Path | None], None] | None = None,
) -> Task:
    """Read the next steps, ask where to save them, write the .ics file. `on_finished(path)` is called at
    the end while `parent` exists (path None: nothing saved: cancelled, nothing to add, or failed, the
    person having been told why). The returned task is the reading; the writing follows it."""
    today = date.today()

    def finish(path: Path | None) -> None:
        if on_finished is not None and shiboken6.isValid(parent):  # not once the screen has gone
            on_finished(path)

    def failed(error: BaseException) -> None:
        if not isinstance(error, DossierError):
            finish(None)
            raise error  # unexpected: to the error dialog
        if shiboken6.isValid(parent):
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("Agenda", "Not added to your calendar"),
                error.message(lang),
            )
        finish(None)

    def read(result: Any) -> None:
        items: list[AgendaItem] = list(result)
        if not shiboken6.isValid(parent):
            finish(None)
            return
        if not items:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("Agenda", "Add to my calendar"),
                QCoreApplication.translate(
                    "Agenda", "You have no case in progress: there is nothing to add to your calendar."
                ),
            )
            finish(None)
            return
        path = _ask_where(parent)
        if path is None:
            finish(None)
            return
        text = to_ics(items, dossier_id=dossier.dossier_id, today=today, lang=lang)
        run_task(lambda: write_ics(path, text), on_done=lambda _: saved(path), on_error=failed)

    def saved(path: Path) -> None:
        settings.remember_folder(path)
        if shiboken6.isValid(parent):
            _tell_saved(parent, path)
        finish(path)

    return run_task(lambda: read_agenda(dossier, today, lang), on_done=read, on_error=failed)


def _ask_where(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Agenda", "Add to my calendar"),
        str(default_path()),
        QCoreApplication.translate("Agenda", "Calendar files (*.ics)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def _tell_saved(parent: QWidget, path: Path) -> None:
    """Say where the file is and how to use it; "Open in my calendar" hands it to the system's calendar."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Agenda", "Added to your calendar file"),
        QCoreApplication.translate("Agenda", "Your next steps were saved in:\n{path}").format(path=path),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("agendaSavedBox")
    box.setInformativeText(
        QCoreApplication.translate(
            "Agenda",
            "Open this file (double-click it) to add the dates to your calendar program. Each date comes "
            "with a reminder a few days before.",
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("Agenda", "Open in my calendar"), QMessageBox.ButtonRole.ActionRole
    )
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    box.open()
