"""Print or save a PDF the engine made (a letter, the recovery-key sheet), with the system's own dialogs.

    from kkoguard.ui.printing import print_pdf, save_pdf
    if print_pdf(pdf_bytes, self):                      # True once the pages went to the printer
        ...
    path = save_pdf(pdf_bytes, self, "Lettre SFR.pdf")  # the Path written, or None if cancelled/failed

Both run on the GUI thread (they show modal dialogs); render the PDF itself beforehand with run_task, or
let `print_later` / `save_later` do it: they make or read the PDF on a worker (`copies_work` makes the bill
copies a letter lists, `blob_work` reads a stored letter), then show the dialog.
Printing draws each page with Qt's PDF renderer (QPdfDocument) at the printer's resolution, scaled to fit
the paper: the PDF already has its margins, so the printer's are not added. Nothing goes to the network.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kkoguard.paths import write_private
from kkoguard.ui import settings
from kkoguard.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from kkoguard.bills.model import Bill
    from kkoguard.dossier.store import Dossier

MAX_DPI = 300  # enough for text; a 600 dpi A4 page would be a 140 MB image


def copies_work(
    dossier: Dossier,
    case_id: int,
    *,
    kind: str = "refund",
    merchant: str | None = None,
    bills: Sequence[Bill] = (),
) -> Callable[[], bytes]:
    """The work that makes the bill copies the letter of this kind lists (for a worker thread): the case is
    read again, so the copies number the lines as the letter composed from the same case does. `bills` are
    bills read in this session, whose boxes help for bills stored before the dossier kept them."""

    def work() -> bytes:
        from kkoguard.letters.enclosures import bill_copies, boxes_from_bills, render_copies

        case_file = dossier.case_file(case_id)
        boxes = boxes_from_bills(case_file, bills) if bills else None
        return render_copies(bill_copies(case_file, dossier.blob, kind=kind, merchant=merchant, boxes=boxes))

    return work


def blob_work(dossier: Dossier, sha256: str) -> Callable[[], bytes]:
    """The work that reads a stored PDF (a kept letter) from the dossier."""
    return lambda: dossier.blob(sha256)


def copies_file_name(today: date | None = None) -> str:
    return QCoreApplication.translate("Printing", "Bill copies {date}.pdf").format(
        date=(today or date.today()).isoformat()
    )


def file_name(title: str, today: date | None = None) -> str:
    """A file name from a letter's title: characters no system accepts replaced, the date added."""
    return re.sub(r'[\\/:*?"<>|]', "-", f"{title} {(today or date.today()).isoformat()}.pdf")


def print_later(
    work: Callable[[], bytes],
    parent: QWidget,
    *,
    title: str = "",
    done: Callable[[bool], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> Task:
    """Make the PDF with `work` off the GUI thread, then `print_pdf` it; `done(printed)` after. Nothing
    happens when `parent` was deleted meanwhile (the window moved on)."""

    def ready(data: object) -> None:
        if not shiboken6.isValid(parent):
            return
        assert isinstance(data, bytes)
        printed = print_pdf(data, parent, title=title)
        if done is not None:
            done(printed)

    return run_task(work, ready, _guarded(parent, failed))


def save_later(
    work: Callable[[], bytes],
    parent: QWidget,
    suggested_name: str,
    *,
    done: Callable[[Path | None], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> Task:
    """Make the PDF with `work` off the GUI thread, then `save_pdf` it; `done(path or None)` after."""

    def ready(data: object) -> None:
        if not shiboken6.isValid(parent):
            return
        assert isinstance(data, bytes)
        path = save_pdf(data, parent, suggested_name)
        if done is not None:
            done(path)

    return run_task(work, ready, _guarded(parent, failed))


def _guarded(
    parent: QWidget, failed: Callable[[BaseException], None] | None
) -> Callable[[BaseException], None] | None:
    if failed is None:
        return None

    def call(error: BaseException) -> None:
        if shiboken6.isValid(parent):
            failed(error)
        else:
            import sys

            sys.excepthook(type(error), error, error.__traceback__)

    return call


def print_pdf(data: bytes, parent: QWidget | None, *, title: str = "") -> bool:
    """Ask where to print (the system's print dialog), then print every page of the PDF `data`.

    Returns True when the pages were sent, False when the person cancelled or printing failed (they were
    then told why in a message box). `title` names the print job in the printer queue (no personal data).
    """
    document, buffer = _load(data)
    if document is None:
        _warn(
            parent,
            QCoreApplication.translate("Printing", "This document cannot be printed: it could not be read."),
        )
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF brings its own margins
    printer.setDocName(title or "KKO Guard")
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    dialog.setMinMax(1, document.pageCount())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first, last = 1, document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or last, last)
    ok = _paint(document, printer, range(first - 1, last))
    buffer.close()
    if not ok:
        _warn(
            parent,
            QCoreApplication.translate(
                "Printing",
                "The document could not be sent to the printer. "
                "Check that the printer is on, then try again.",
            ),
        )
    return ok


def save_pdf(data: bytes, parent: QWidget | None, suggested_name: str) -> Path | None:
    """Ask where to save the PDF `data` (starting in the last folder used, with `suggested_name`) and write
    it there. Returns the path written, or None when the person cancelled or writing failed (they were
    then told why in a message box). A missing ".pdf" is added to the chosen name."""
    start = str(Path(settings.last_folder()) / suggested_name)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        start,
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_private(path, data)  # a letter names the person: readable by its owner only
    except OSError:
        _warn(
            parent,
            QCoreApplication.translate(
                "Printing",
                "The file could not be saved in “{folder}” (disk full or protected folder). "
                "Choose another folder.",
            ).format(folder=path.parent),
        )
        return None
    settings.remember_folder(path)
    return path


def _load(data: bytes) -> tuple[QPdfDocument | None, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)  # synchronous for an in-memory buffer
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return None, buffer
    document.setParent(buffer)  # the buffer must outlive the document that reads from it
    return document, buffer


def _paint(document: QPdfDocument, printer: QPrinter, pages: range) -> bool:
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        paper = printer.pageLayout().fullRectPixels(printer.resolution())
        for number, index in enumerate(pages):
            if number and not printer.newPage():
                return False
            points = document.pagePointSize(index)
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            if image.isNull():
                return False
            painter.drawImage(target, image)
        return True
    finally:
        painter.end()


def _warn(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Printing", "KKO Guard"), text)
