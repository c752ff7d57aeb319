"""One page of a bill, as printed, with the charges found on it outlined.

The page is rendered with QtPdf at the widget's width (fit width, then zoom) and at the screen's device
pixel ratio, so it stays sharp on high-DPI screens. Charges are boxes in PDF points (pdfplumber's
convention: x0, top, x1, bottom, origin top-left); `bbox_rect` maps them onto the rendered page.

Suspicious charges get a thick outline and a numbered round marker in the margin (a shape and a number,
not only a colour); the selected charge gets an even thicker outline in the palette's highlight colour, a
light fill and an arrow in the margin.

Rendering one page takes 7–25 ms here (A4 bills of the test corpus at 2× scale, 2-CPU machine), well under
the 50 ms that would justify a worker thread, so it runs on the GUI thread, once per page/size change.

A bill given as photos or screenshots (`bill.images`) has no PDF of its own: the view shows the one
`ocr.document.scanned_pdf` makes of the images, whose pages are in the points its charges' boxes are in, so
the outlines land on the photo. Making it takes 0.1–0.3 s a page, so it is made in a background task (the
view says "Preparing the picture…" meanwhile), once per bill while the view lives.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kkoguard.bills.model import BBox, Bill, Charge
from kkoguard.errors import BillError
from kkoguard.ocr.document import scanned_pdf
from kkoguard.ui.tasks import run_task

SUSPICIOUS_COLOUR = QColor(198, 40, 40)
"""Outline of suspicious charges: drawn on the bill's paper, which is white whatever the desktop theme."""

MARGIN = 28.0
"""Logical pixels left of the page for the markers."""

RIGHT_MARGIN = 22.0
"""Logical pixels right of the page for the selected charge's arrow."""

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


def source_key(bill: Bill) -> str:
    """What the view loads for a bill, as a key: its PDF's path, or its images (a bill made of photos)."""
    if not bill.images:
        return bill.path
    return "\n".join(f"{page.file}#{page.frame}@{page.pixels_per_point!r}" for page in bill.images)


ROW_HALF_HEIGHT = 6.0
"""A click (not a drag) on the page picks the row under it: this many points above and below the click."""

MIN_DRAG = 6
"""Pixels a press must move to draw a box rather than click a row."""


def points_box(rect: QRectF, page_points: QSizeF, rendered: QSizeF) -> BBox:
    """A rectangle on a page rendered at `rendered` (logical pixels, origin top-left) → a box in PDF
    points (the inverse of `bbox_rect`), clipped to the page."""
    if rendered.width() <= 0 or rendered.height() <= 0:
        return (0.0, 0.0, 0.0, 0.0)
    sx = page_points.width() / rendered.width()
    sy = page_points.height() / rendered.height()
    r = rect.normalized()
    x0 = max(0.0, r.left() * sx)
    x1 = min(page_points.width(), r.right() * sx)
    top = max(0.0, r.top() * sy)
    bottom = min(page_points.height(), r.bottom() * sy)
    return (x0, top, max(x0, x1), max(top, bottom))


def bbox_rect(bbox: BBox, page_points: QSizeF, rendered: QSizeF) -> QRectF:
    """A charge's box in PDF points (origin top-left) → the rectangle on a page rendered at `rendered`
    (logical pixels, origin top-left)."""
    if page_points.width() <= 0 or page_points.height() <= 0:
        return QRectF()
    sx = rendered.width() / page_points.width()
    sy = rendered.height() / page_points.height()
    x0, top, x1, bottom = bbox
    return QRectF(QPointF(x0 * sx, top * sy), QPointF(x1 * sx, bottom * sy)).normalized()


class _PageCanvas(QWidget):
    """Paints the rendered page and the charge outlines; sized by its BillPageView."""

    def __init__(self, view: BillPageView) -> None:
        super().__init__()
        self.view = view
        self.image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._press: QPointF | None = None
        self.rubber: QRectF | None = None
        """The box being drawn, on the canvas (logical pixels)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.view.drawing and event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self.rubber = QRectF(self._press, self._press)
            self.update()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self.rubber = QRectF(self._press, event.position()).normalized()
            self.update()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseReleaseEvent(event)
            return
        start, end = self._press, event.position()
        self._press, self.rubber = None, None
        self.update()
        page = self.page_rect()
        if (end - start).manhattanLength() < MIN_DRAG:
            self.view.click_row(start.y() - page.top())
        else:
            self.view.draw(QRectF(start, end).normalized().translated(-page.left(), -page.top()))

    def page_rect(self) -> QRectF:
        if self.image is None:
            return QRectF()
        dpr = self.image.devicePixelRatio() or 1.0
        return QRectF(MARGIN, 0.0, self.image.width() / dpr, self.image.height() / dpr)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = self.page_rect()
        if self.image is None or page.isEmpty():
            painter.end()
            return
        painter.fillRect(page, QColor(255, 255, 255))  # QtPdf renders with a transparent background: paper
        painter.drawImage(page.topLeft(), self.image)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(page.adjusted(-0.5, -0.5, 0.5, 0.5))
        selected = self.view.selected_charge()
        for number, charge, rect in self.view.visible_marks():
            outline = rect.translated(page.left(), 0).adjusted(-3, -1, 3, 1)
            if charge is selected:
                continue  # drawn last, on top
            if charge.suspicious:
                painter.setPen(QPen(SUSPICIOUS_COLOUR, 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(outline)
                self._marker(painter, number, outline)
        for number, charge, rect in self.view.visible_marks():
            if charge is not selected:
                continue
            outline = rect.translated(page.left(), 0).adjusted(-4, -2, 4, 2)
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            fill = QColor(highlight)
            fill.setAlpha(40)
            painter.setBrush(QBrush(fill))
            painter.setPen(QPen(highlight, 4))
            painter.drawRect(outline)
            self._arrow(painter, outline, highlight)
            if number:
                self._marker(painter, number, outline)
        if self.rubber is not None:
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            fill = QColor(highlight)
            fill.setAlpha(50)
            painter.setBrush(QBrush(fill))
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            painter.drawRect(self.rubber)
        painter.end()

    def _marker(self, painter: QPainter, number: int, outline: QRectF) -> None:
        """A round badge with the charge's number, in the margin left of its outline; as tall as the line
        (between 12 and 20 pixels) so that the badges of consecutive lines do not overlap."""
        size = max(12.0, min(20.0, outline.height()))
        centre = QPointF(outline.left() - size / 2 - 2, outline.center().y())
        circle = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
        painter.setPen(QPen(QColor(255, 255, 255), 1.0))
        painter.setBrush(QBrush(SUSPICIOUS_COLOUR))
        painter.drawEllipse(circle)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, round(size * 0.6)))
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(number))

    def _arrow(self, painter: QPainter, outline: QRectF, colour: QColor) -> None:
        """A pointer at the right edge of the selected outline, pointing at it."""
        y = outline.center().y()
        x = outline.right() + 2
        path = QPainterPath()
        path.moveTo(x, y)
        path.lineTo(x + 14, y - 9)
        path.lineTo(x + 14, y + 9)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPath(path)


class BillPageView(QWidget):
    """One page of one bill, fit to width, with the charges of that page outlined.

    `set_bill(bill)` shows a bill (first page, or the page of its first suspicious charge), `show_charge(bill,
    charge)` goes to the charge's page, selects it and scrolls to it, `clear()` shows nothing. Page buttons
    and PgUp/PgDn turn pages; the zoom buttons go from fit-width up and down. `page_changed(page)` (1-based)
    is emitted when the page shown changes. A bill given as images is shown once the PDF of its images is
    made (`loading` until then; `prepare(bills)` starts making them ahead).
    """

    page_changed = Signal(int)
    box_drawn = Signal(int, object)
    """(page, box in PDF points) the person drew or the row they clicked, in drawing mode."""
    drawing_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drawing = False
        self._document = QPdfDocument(self)
        self._buffer: QBuffer | None = None  # an image bill's PDF is read from it: it must outlive the load
        self._scans: dict[str, QByteArray] = {}  # the PDF made of each image bill's pages, by source_key
        self._making: set[str] = set()
        self._bill: Bill | None = None
        self._loaded_path: str | None = None  # the source_key of what the document holds
        self._page = 1
        self._zoom = 1.0
        self._selected: Charge | None = None
        self._rendered_key: tuple[str, int, int, float] | None = None

        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("previousPageButton")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("nextPageButton")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setObjectName("zoomOutButton")
        self.zoom_out_button.setText("−")
        self.zoom_fit_button = QToolButton(self)
        self.zoom_fit_button.setObjectName("zoomFitButton")
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setObjectName("zoomInButton")
        self.zoom_in_button.setText("+")
        for button in (self.zoom_out_button, self.zoom_in_button):
            font = button.font()
            font.setBold(True)
            button.setFont(font)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self._page + 1))
        self.zoom_in_button.clicked.connect(lambda: self._step_zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self._step_zoom(-1))
        self.zoom_fit_button.clicked.connect(lambda: self.set_zoom(1.0))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_fit_button)
        bar.addWidget(self.zoom_in_button)

        self.canvas = _PageCanvas(self)
        self.canvas.setObjectName("billPageCanvas")
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("billPageScroll")
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # always there, so the viewport's width (and the fit-width render) does not flip when it appears
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.message = QLabel(self)
        self.message.setObjectName("billPageMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message, 1)
        self.setMinimumSize(QSize(260, 240))

        self._render_timer = QTimer(self)  # a resize re-renders once the size settles
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(40)
        self._render_timer.timeout.connect(self._render_and_scroll)
        self.retranslate()
        self._update_controls()

    # --- public ---------------------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        """The page shown, 1-based (like Charge.page)."""
        return self._page

    @property
    def page_count(self) -> int:
        return self._document.pageCount() if self._loaded_path else 0

    def bill(self) -> Bill | None:
        return self._bill

    @property
    def loading(self) -> bool:
        """The bill shown is made of images whose PDF is still being made."""
        return self._bill is not None and source_key(self._bill) in self._making

    def prepare(self, bills: Iterable[Bill]) -> None:
        """Start making the PDF of each bill given as images, so that it shows at once when chosen."""
        for bill in bills:
            if bill.images:
                self._make_scan(bill)

    def selected_charge(self) -> Charge | None:
        return self._selected

    @property
    def drawing(self) -> bool:
        """In drawing mode, a drag on the page draws a box and a click picks the row under the pointer."""
        return self._drawing

    def set_drawing(self, drawing: bool) -> None:
        if drawing == self._drawing:
            return
        self._drawing = drawing
        self.canvas.rubber = None
        if drawing:
            self.canvas.setCursor(QCursor(Qt.CursorShape.CrossCursor))
            self.scroll_area.setFocus()
        else:
            self.canvas.unsetCursor()
        self.canvas.update()
        self.drawing_changed.emit(drawing)

    def draw(self, rect: QRectF) -> None:
        """A box drawn on the page as shown (logical pixels from the page's top-left corner): emits
        `box_drawn` with it in PDF points and leaves drawing mode."""
        page = self.page_rect()
        if page.isEmpty() or self._bill is None:
            return
        box = points_box(rect, self.page_size_points(), page.size())
        if box[2] - box[0] < 1 or box[3] - box[1] < 1:
            return
        self.set_drawing(False)
        self.box_drawn.emit(self._page, box)

    def click_row(self, y: float) -> None:
        """A click at height `y` (logical pixels from the page's top): the whole row around it."""
        page = self.page_rect()
        if page.isEmpty():
            return
        scale = page.height() / max(1.0, self.page_size_points().height())
        half = ROW_HALF_HEIGHT * scale
        self.draw(QRectF(0.0, y - half, page.width(), 2 * half))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._drawing and event.key() == Qt.Key.Key_Escape:
            self.set_drawing(False)
            return
        super().keyPressEvent(event)

    def clear(self) -> None:
        self._bill = None
        self._selected = None
        self._loaded_path = None
        self._document.close()
        self._release_buffer()
        self.canvas.image = None
        self._rendered_key = None
        self.canvas.resize(0, 0)
        self._update_controls()

    def set_bill(self, bill: Bill, page: int | None = None) -> None:
        """Show `bill` at `page` (default: the page of its first suspicious charge, else page 1)."""
        if page is None:
            first = next((c for c in bill.charges if c.suspicious), None)
            page = first.page if first is not None else 1
        self._load(bill)
        self._selected = None
        self.go_to_page(page)

    def show_charge(self, bill: Bill, charge: Charge) -> None:
        """Go to the charge's page, outline it as selected and scroll so that it is in view."""
        self._load(bill)
        self._selected = charge
        self.go_to_page(charge.page)
        self._scroll_to_selected()
        self._describe()

    def _scroll_to_selected(self) -> None:
        charge = self._selected
        rect = self.charge_rect(charge) if charge is not None else QRectF()
        if not rect.isEmpty():
            centre = rect.center()
            self.scroll_area.ensureVisible(
                int(centre.x()), int(centre.y()), int(rect.width() / 2) + 40, int(rect.height() / 2) + 80
            )

    def go_to_page(self, page: int) -> None:
        count = self.page_count
        if count:
            page = max(1, min(page, count))
        if page != self._page:
            self._page = page
            self.page_changed.emit(page)
        else:
            self._page = page
        self._render()
        self._update_controls()

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(ZOOM_STEPS[0], min(zoom, ZOOM_STEPS[-1]))
        self._render()
        self._update_controls()

    @property
    def zoom(self) -> float:
        return self._zoom

    def page_size_points(self) -> QSizeF:
        if not self._loaded_path:
            return QSizeF()
        return self._document.pagePointSize(self._page - 1)

    def page_rect(self) -> QRectF:
        """Where the page is drawn on the canvas (logical pixels)."""
        return self.canvas.page_rect()

    def charge_rect(self, charge: Charge) -> QRectF:
        """The charge's outline on the canvas (logical pixels), or an empty rect if it is not shown."""
        page = self.page_rect()
        if charge.page != self._page or page.isEmpty():
            return QRectF()
        return bbox_rect(charge.bbox, self.page_size_points(), page.size()).translated(page.topLeft())

    def visible_marks(self) -> list[tuple[int, Charge, QRectF]]:
        """(marker number or 0, charge, rect relative to the page) for each charge outlined on this page.
        Suspicious charges are numbered 1, 2, … in the bill's order, across its pages."""
        bill = self._bill
        page = self.page_rect()
        if bill is None or page.isEmpty():
            return []
        marks = []
        number = 0
        points = self.page_size_points()
        for charge in bill.charges:
            if charge.suspicious:
                number += 1
            if charge.page != self._page or not (charge.suspicious or charge is self._selected):
                continue
            marks.append(
                (number if charge.suspicious else 0, charge, bbox_rect(charge.bbox, points, page.size()))
            )
        return marks

    def retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_fit_button.setText(self.tr("Fit width"))
        self.zoom_fit_button.setToolTip(self.tr("Show the whole width of the page"))
        self.setAccessibleName(self.tr("Bill page"))
        self.scroll_area.setAccessibleName(self.tr("Bill page"))
        self._describe()

    # --- internals ------------------------------------------------------------------------------------------

    def _load(self, bill: Bill) -> None:
        self._bill = bill
        key = source_key(bill)
        if self._loaded_path == key:
            return
        self._document.close()
        self._release_buffer()
        self._loaded_path = None
        self.canvas.image = None
        self._rendered_key = None
        if bill.images:
            scan = self._scans.get(key)
            if scan is None:
                self._make_scan(bill)
                self._show_message(self.tr("Preparing the picture of the bill…"))
                return
            self._buffer = QBuffer(self)
            self._buffer.setData(scan)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._document.load(self._buffer)  # returns nothing; a QBuffer is read before it returns
            loaded = self._document.status() == QPdfDocument.Status.Ready
        else:
            loaded = self._document.load(bill.path) == QPdfDocument.Error.None_
        if not loaded or self._document.pageCount() < 1:
            self._cannot_show(bill)
            return
        self._loaded_path = key
        self.message.hide()
        self.scroll_area.show()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.scroll_area.hide()
        self.message.show()
        self._update_controls()

    def _cannot_show(self, bill: Bill) -> None:
        name = Path(bill.images[0].file if bill.images else bill.path).name
        self._show_message(
            self.tr("This bill cannot be shown here (“{name}”). It may have been moved or deleted.").format(
                name=name
            )
        )

    def _release_buffer(self) -> None:
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _make_scan(self, bill: Bill) -> None:
        """Make the PDF of a bill's images in a background task (once; the result is kept)."""
        key = source_key(bill)
        if key in self._scans or key in self._making:
            return
        self._making.add(key)
        pages = list(bill.images)
        run_task(
            lambda: scanned_pdf(pages),
            on_done=lambda data: self._scan_made(key, data),
            on_error=lambda error: self._scan_failed(key, error),
        )

    def _scan_made(self, key: str, data: bytes) -> None:
        if not shiboken6.isValid(self):  # the window was closed while the PDF was being made
            return
        self._making.discard(key)
        self._scans[key] = QByteArray(data)
        bill = self._bill
        if bill is not None and source_key(bill) == key and self._loaded_path != key:
            self._load(bill)
            self.go_to_page(self._page)
            self._scroll_to_selected()
            self._describe()

    def _scan_failed(self, key: str, error: BaseException) -> None:
        """An image moved or broken since it was read: say so; anything else is a bug, reported."""
        if not isinstance(error, OSError | BillError):
            sys.excepthook(type(error), error, error.__traceback__)
        if not shiboken6.isValid(self):
            return
        self._making.discard(key)
        bill = self._bill
        if bill is not None and source_key(bill) == key and self._loaded_path != key:
            self._cannot_show(bill)

    def _step_zoom(self, direction: int) -> None:
        steps = list(ZOOM_STEPS)
        if direction > 0:
            bigger = [z for z in steps if z > self._zoom + 1e-6]
            self.set_zoom(bigger[0] if bigger else steps[-1])
        else:
            smaller = [z for z in steps if z < self._zoom - 1e-6]
            self.set_zoom(smaller[-1] if smaller else steps[0])

    def _target_width(self) -> float:
        """The page's width in logical pixels: the viewport's minus the margins, times the zoom."""
        available = max(120.0, self.scroll_area.viewport().width() - MARGIN - RIGHT_MARGIN)
        return available * self._zoom

    def _render(self) -> None:
        self._render_timer.stop()
        if not self._loaded_path:
            self.canvas.update()
            return
        points = self.page_size_points()
        if points.width() <= 0 or points.height() <= 0:
            return
        width = self._target_width()
        height = width * points.height() / points.width()
        dpr = self.devicePixelRatioF() or 1.0
        key = (self._loaded_path, self._page, round(width), dpr)
        if key != self._rendered_key:
            image = self._document.render(self._page - 1, QSize(round(width * dpr), round(height * dpr)))
            image.setDevicePixelRatio(dpr)
            self.canvas.image = image
            self._rendered_key = key
            self.canvas.setFixedSize(round(width + MARGIN + RIGHT_MARGIN), round(height))
        self.canvas.update()
        self._describe()

    def _render_and_scroll(self) -> None:
        """After a resize: the page at its new width, the selected charge still in view."""
        self._render()
        self._scroll_to_selected()

    def _update_controls(self) -> None:
        count = self.page_count
        self.previous_button.setEnabled(count > 0 and self._page > 1)
        self.next_button.setEnabled(count > 0 and self._page < count)
        self.zoom_in_button.setEnabled(count > 0 and self._zoom < ZOOM_STEPS[-1])
        self.zoom_out_button.setEnabled(count > 0 and self._zoom > ZOOM_STEPS[0])
        self.zoom_fit_button.setEnabled(count > 0 and self._zoom != 1.0)
        if count:
            self.page_label.setText(self.tr("Page {page} of {count}").format(page=self._page, count=count))
        else:
            self.page_label.setText("")

    def _describe(self) -> None:
        bill = self._bill
        if bill is None or not self._loaded_path:
            self.scroll_area.setAccessibleDescription("")
            return
        shown = bill.images[min(self._page, len(bill.images)) - 1].file if bill.images else bill.path
        name = Path(shown).name
        parts = [
            self.tr("Page {page} of {count} of “{name}”.").format(
                page=self._page, count=self.page_count, name=name
            )
        ]
        suspicious = [c for c in bill.charges if c.suspicious and c.page == self._page]
        if len(suspicious) == 1:
            parts.append(self.tr("1 suspicious charge is outlined."))
        elif suspicious:
            parts.append(self.tr("{count} suspicious charges are outlined.").format(count=len(suspicious)))
        if self._selected is not None:
            parts.append(self.tr("Selected: {label}.").format(label=self._selected.label))
        self.scroll_area.setAccessibleDescription(" ".join(parts))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._loaded_path:
            self._render_timer.start()
