"""First wizard page: the person drops bills (PDFs, photos or scans of paper bills, or a folder of them); each
is read in the isolated reader processes on a background thread, and the list says what became of each file.
Images are read by OCR, which takes seconds a page: the list says which page is being read. The images of
one bill's pages become that bill: the first image's row holds it, the others say which page they are.

Nothing slow runs on the GUI thread: folders are listed by `run_task`, files are read by `ImportWorker`;
this page only handles their signals. Files added while others are being read wait their turn; only new
files are read; the same path twice is listed once.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
    QWizardPage,
)

from kkoguard.cli import expand_paths
from kkoguard.errors import BillError, ErrorCode
from kkoguard.isolation import DEFAULT_READER, Outcome
from kkoguard.ocr.images import IMAGE_SUFFIXES, is_image_path, read_head, sniff_kind
from kkoguard.ui import look, settings
from kkoguard.ui.forms_generated.ui_import_page import Ui_ImportPage
from kkoguard.ui.models import FileStatus, ImportFilesModel, standard_icon
from kkoguard.ui.tasks import run_task
from kkoguard.ui.wizard.state import WizardState
from kkoguard.ui.workers import ImportWorker

PDF, IMAGE, NOT_PDF, EMPTY_FOLDER = "pdf", "image", "not_pdf", "empty_folder"


def expand_dropped(paths: Sequence[str]) -> list[tuple[str, str]]:
    """(path, what) for each file to list: folders become their PDFs and images (as `kkoguard scan` does);
    a file whose name ends neither in .pdf nor in an image's suffix is listed as not a PDF or image; a
    folder without any is reported once. Reads the disk: run it off the GUI thread."""
    entries: list[tuple[str, str]] = []
    for raw in paths:
        if os.path.isdir(raw):
            files = expand_paths([raw])
            entries += [(file, _what(file)) for file in files] if files else [(raw, EMPTY_FOLDER)]
        else:
            entries.append((raw, _what(raw)))
    return entries


def _what(path: str) -> str:
    """A file's kind by its bytes ("facture.PDF.download" is a PDF); by its name when it cannot be read
    here (the reader then says why)."""
    try:
        kind = sniff_kind(read_head(path))
    except OSError:
        kind = None
    if kind is None:  # neither by its bytes: its name says what the reader will be asked to read it as
        if is_image_path(path):
            return IMAGE
        return PDF if Path(path).suffix.lower() in ("", ".pdf") else NOT_PDF
    return IMAGE if kind == "image" else PDF


def name_filters(bills: str, pdfs: str, images: str, everything: str) -> str:
    """The file dialog's filters, with the given names: bills (PDFs and images), PDFs only, images only,
    all files. Both cases of each suffix: the dialog matches case-sensitively where the file system does,
    and phones name their photos "IMG_0042.JPG"."""

    def patterns(suffixes: Sequence[str]) -> str:
        return " ".join(f"*{s} *{s.upper()}" for s in suffixes)

    image_suffixes = sorted(IMAGE_SUFFIXES)
    return ";;".join(
        [
            f"{bills} ({patterns(['.pdf', *image_suffixes])})",
            f"{pdfs} ({patterns(['.pdf'])})",
            f"{images} ({patterns(image_suffixes)})",
            f"{everything} (*)",
        ]
    )


def local_paths(mime: QMimeData) -> list[str]:
    """The local files and folders in a drag (links and remote URLs are not bills on this computer)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the column's current width: a failure's sentence is shown in
    full (the tree view's own size hint assumes one line and elides the rest)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return size
        icon = option.decorationSize.width() + 10 if index.data(Qt.ItemDataRole.DecorationRole) else 0
        width = max(80, self.view.header().sectionSize(index.column()) - icon - 12)
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), bounds.height() + 6))


def _key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


class ImportPage(QWizardPage):
    """Drop zone + list of files with their status + overall progress.

    Public: `add_paths(paths)` (what a drop or the file dialogs do), `files` (ImportFilesModel), `reading`
    (a read is under way), `cancel()`. Leaving with Next fills `state.outcomes` (bills and failures, list
    order) and calls `state.analyse()`.
    """

    reader = DEFAULT_READER  # tests may point this at a stand-in reader

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_ImportPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic's generated code carries no annotations
        self.setAcceptDrops(True)

        self.files = ImportFilesModel(state.lang, self)
        self.ui.fileList.setModel(self.files)
        header = self.ui.fileList.header()
        header.setSectionResizeMode(ImportFilesModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(ImportFilesModel.NAME, 230)
        self.ui.fileList.setItemDelegateForColumn(ImportFilesModel.RESULT, WrappingDelegate(self.ui.fileList))
        header.sectionResized.connect(lambda *_: self.ui.fileList.doItemsLayout())  # heights follow widths
        self.ui.fileList.selectionModel().selectionChanged.connect(self._update_controls)
        self.files.rowsInserted.connect(lambda *_: self.ui.fileList.scrollToBottom())

        self.ui.dropIcon.setPixmap(standard_icon(QStyle.StandardPixmap.SP_DialogOpenButton).pixmap(40, 40))
        look.scale_font(self.ui.dropLabel, 1.4, bold=True)
        look.scale_font(self.ui.chooseFilesButton, 1.1)
        look.scale_font(self.ui.chooseFolderButton, 1.1)
        self.ui.chooseFilesButton.clicked.connect(self.choose_files)
        self.ui.chooseFolderButton.clicked.connect(self.choose_folder)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.ui.fileList)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)

        self._worker: ImportWorker | None = None
        self._batch: list[int] = []  # row of each path given to the current worker
        self._stopped = False  # the last read was cancelled
        self._cancelling = False  # cancel() asked, the readers are not gone yet
        self._tickets = 0  # folder listings under way, applied in the order they were asked for
        self._applied = 0
        self._results: dict[int, list[tuple[str, str]] | None] = {}
        self._notes: list[str] = []  # one-off remarks (empty folder…) shown under the list
        self._update_controls()

    # --- public ---------------------------------------------------------------------------------------------

    @property
    def reading(self) -> bool:
        return self._worker is not None

    @property
    def listing(self) -> bool:
        """Folders dropped are still being listed."""
        return self._applied < self._tickets

    def add_paths(self, paths: Sequence[str]) -> None:
        """Add files and folders; new PDFs and images are read as soon as the reader is free (the images of
        one bill's pages must come in one go to become one bill: dropped together or in one folder)."""
        paths = [str(p) for p in paths]
        if not paths:
            return
        self._notes = []
        ticket = self._tickets
        self._tickets += 1
        self._update_controls()
        run_task(
            lambda: expand_dropped(paths),
            on_done=lambda entries: self._listed(ticket, entries),
            on_error=lambda error: self._listed(ticket, None, error),
        )

    def cancel(self) -> None:
        """Stop reading; files not read yet are marked "cancelled" once the readers are gone."""
        if self._worker is not None:
            self._worker.cancel()
            self._cancelling = True
            self._update_controls()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose your bills"),
            settings.last_folder(),
            name_filters(
                self.tr("Bills"), self.tr("PDF files"), self.tr("Photos and scans"), self.tr("All files")
            ),
        )
        if paths:
            settings.remember_folder(paths[0])
            self.add_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder with your bills"), settings.last_folder()
        )
        if folder:
            settings.remember_folder(folder)
            self.add_paths([folder])

    def remove_selected(self) -> None:
        if self.reading:
            return
        rows = {index.row() for index in self.ui.fileList.selectionModel().selectedRows()}
        self.files.remove_with_pages(rows)
        self._update_controls()
        self.completeChanged.emit()

    # --- QWizardPage ----------------------------------------------------------------------------------------

    def isComplete(self) -> bool:
        return not self.reading and not self.listing and self.files.count(FileStatus.DONE) > 0

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        self.state.outcomes = [row.outcome for row in self.files.rows if row.outcome is not None]
        self.state.analyse()
        return True

    def cleanupPage(self) -> None:
        """The wizard starts again: stop reading and forget the files."""
        self.cancel()
        self._detach_worker()
        self.files.clear()
        self._notes = []
        self._stopped = False
        self.state.outcomes = []
        self._update_controls()
        self.completeChanged.emit()

    # --- drag and drop --------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._set_dragging(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_dragging(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_dragging(False)
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    def _set_dragging(self, dragging: bool) -> None:
        zone = self.ui.dropZone
        zone.setProperty("dragging", dragging)
        zone.style().unpolish(zone)
        zone.style().polish(zone)

    # --- adding files ---------------------------------------------------------------------------------------

    def _listed(
        self, ticket: int, entries: list[tuple[str, str]] | None, error: BaseException | None = None
    ) -> None:
        if error is not None and not isinstance(error, OSError):
            sys.excepthook(type(error), error, error.__traceback__)
        if error is not None:
            self._notes.append(self.tr("A folder could not be opened. Check that it is still there."))
        self._results[ticket] = entries or []
        while self._applied in self._results:  # apply in the order the files were given
            for path, what in self._results.pop(self._applied) or []:
                self._add_entry(path, what)
            self._applied += 1
        self._start_reading()
        self._update_controls()

    def _add_entry(self, path: str, what: str) -> None:
        if what == EMPTY_FOLDER:
            self._notes.append(
                self.tr("The folder “{name}” has no PDF or image file in it.").format(
                    name=Path(path).name or path
                )
            )
            return
        key = _key(path)
        for row, existing in enumerate(self.files.rows):
            if _key(existing.path) == key:
                if existing.status == FileStatus.CANCELLED:  # given again: read it this time
                    self.files.set_status(row, FileStatus.WAITING)
                return
        if what == NOT_PDF:
            error = BillError(ErrorCode.NOT_A_PDF, path, "neither a .pdf file nor an image")
            self.files.add(path, Outcome(path, None, error))
        else:
            self.files.add(path)

    # --- reading --------------------------------------------------------------------------------------------

    def _start_reading(self) -> None:
        if self._worker is not None:
            return
        rows = [row for row, file in enumerate(self.files.rows) if file.status == FileStatus.WAITING]
        if not rows:
            return
        self._stopped = False
        self._batch = rows
        worker = ImportWorker(
            [self.files.rows[row].path for row in rows], lang=self.state.lang, reader=self.reader, parent=self
        )
        worker.file_started.connect(self._file_started)
        worker.file_progress.connect(self._file_progress)
        worker.file_done.connect(self._file_done)
        worker.finished.connect(self._finished)
        worker.cancelled.connect(self._cancelled)
        worker.failed.connect(self._failed)
        self._worker = worker
        worker.start()
        self._update_controls()
        self.completeChanged.emit()

    def _file_started(self, index: int) -> None:
        row = self._batch[index]
        if self.files.rows[row].status == FileStatus.WAITING:
            self.files.set_status(row, FileStatus.READING)

    def _file_progress(self, index: int, page: int, pages: int) -> None:
        self.files.set_progress(self._batch[index], page, pages)
        self._update_controls()

    def _file_done(self, index: int, outcome: object) -> None:
        assert isinstance(outcome, Outcome)
        self.files.set_status(self._batch[index], self.files.status_of(outcome), outcome)
        self._update_controls()

    def _finished(self, outcomes: list[Outcome]) -> None:
        self._detach_worker()
        self._start_reading()  # files added meanwhile
        self._update_controls()
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self._detach_worker()
        for row, file in enumerate(self.files.rows):
            if file.status in (FileStatus.WAITING, FileStatus.READING):
                self.files.set_status(row, FileStatus.CANCELLED)
        self._stopped = True
        self._update_controls()
        self.completeChanged.emit()

    def _failed(self, error: object) -> None:
        """The reader could not run at all (an installation problem): say so and report it."""
        batch = self._batch
        self._detach_worker()
        for row in batch:
            if self.files.rows[row].status in (FileStatus.WAITING, FileStatus.READING):
                self.files.set_status(row, FileStatus.FAILED)
        self._update_controls()
        self.completeChanged.emit()
        if isinstance(error, BaseException):
            sys.excepthook(type(error), error, error.__traceback__)

    def _detach_worker(self) -> None:
        if self._worker is not None:
            for signal in (
                self._worker.file_started,
                self._worker.file_progress,
                self._worker.file_done,
                self._worker.finished,
                self._worker.cancelled,
                self._worker.failed,
            ):
                signal.disconnect()
            self._worker.deleteLater()
        self._worker = None
        self._cancelling = False
        self._batch = []

    # --- what the page shows --------------------------------------------------------------------------------

    def _update_controls(self) -> None:
        files = self.files
        reading = self.reading
        total = len(files.rows) - files.count(FileStatus.CANCELLED, FileStatus.PAGE)
        finished = files.count(FileStatus.DONE, FileStatus.FAILED)
        read = files.count(FileStatus.DONE)
        failed = files.count(FileStatus.FAILED)

        bar = self.ui.progressBar
        bar.setMaximum(max(total, 1))
        bar.setValue(finished if total else 0)
        if total == 0:
            progress = self.tr("No bill yet")
        elif total == 1:
            progress = self.tr("{done} of 1 bill read").format(done=finished)
        else:
            progress = self.tr("{done} of {total} bills read").format(done=finished, total=total)
        bar.setFormat(progress.replace("%", "%%"))
        bar.setAccessibleName(progress)

        self.ui.cancelButton.setVisible(reading)
        if reading:
            self.ui.cancelButton.setEnabled(not self._worker_cancelling())
        self.ui.removeButton.setVisible(not reading and bool(files.rows))
        selected = self.ui.fileList.selectionModel().selectedRows()
        self.ui.removeButton.setEnabled(not reading and bool(selected))

        if reading:
            if self._worker_cancelling():
                status = self.tr("Stopping…")
            elif any(row.progress is not None for row in files.rows):
                status = self.tr(
                    "Reading your bills… A photo or a scan takes a few seconds a page. You can add more "
                    "files while you wait."
                )
            else:
                status = self.tr("Reading your bills… You can add more files while you wait.")
        elif self.listing:
            status = self.tr("Looking for bills…")
        elif not files.rows:
            status = self.tr(
                "No bill yet. Add as many months as you have: the more months, the clearer the picture."
            )
        elif read == 0:
            status = self.tr("No bill could be read. Look at the messages in the list, then add other files.")
        else:
            suspicious = sum(
                1
                for row in files.rows
                if row.outcome is not None and row.outcome.bill is not None
                for charge in row.outcome.bill.charges
                if charge.suspicious
            )
            incomplete = sum(
                1
                for row in files.rows
                if row.outcome is not None
                and row.outcome.bill is not None
                and files.copy_of(row) is None
                and row.outcome.bill.reconciliation is not None
                and not row.outcome.bill.reconciliation.balanced
            )
            if suspicious == 0 and incomplete:
                status = self.tr(
                    "Nothing suspicious found so far, but some bills could not be read completely: press "
                    "“Next” and check them, lines may be missing."
                )
            elif suspicious == 0:
                status = self.tr("Nothing suspicious found. Press “Next” to check the charges yourself.")
            elif suspicious == 1:
                status = self.tr("1 suspicious charge found. Press “Next” to check it.")
            else:
                status = self.tr("{count} suspicious charges found. Press “Next” to check them.").format(
                    count=suspicious
                )
            if incomplete and suspicious:
                status += " " + self.tr(
                    "Some bills could not be read completely: check them on the next page."
                )
            if failed == 1:
                status += " " + self.tr("1 file could not be read: see why in the list.")
            elif failed > 1:
                status += " " + self.tr("{count} files could not be read: see why in the list.").format(
                    count=failed
                )
            if self._stopped:
                status = self.tr("Reading stopped. To read the other files, add them again.") + " " + status
        self.ui.statusLabel.setText(" ".join([status, *self._notes]))

    def _worker_cancelling(self) -> bool:
        return self._worker is not None and self._cancelling
