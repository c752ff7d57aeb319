"""The window's look, shared by its screens: its own icons (resources/icons/*.svg), larger type for headings
and main buttons, the text size the person chose, and calm input fields. Colours are left to the system
palette, so dark mode works everywhere.

    icon("warning")            # a QIcon; pair it with text and an accessible name (never the icon alone)
    pixmap("check", 20)        # a QPixmap for a QLabel (Qt renders it for the screen's pixel ratio)
    scale_font(label, 1.6, bold=True)   # 1.6 times the window's text size, and it stays so when that changes
    apply_text_size(1.3)       # every window, page and dialog 30 % larger than the base size
    install_app_behaviour(app) # once at start: scaled fonts follow, the mouse wheel leaves fields alone

The base text size is the system's, but never under MIN_BASE_POINT_SIZE: the default fonts of Windows (9 pt)
and of many Linux desktops (10 pt) are small for the people this app is for.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kkoguard.paths import resources_dir

ICONS = ("app", "warning", "check", "lock")
MIN_BASE_POINT_SIZE = 11.0
TEXT_SIZES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
"""The text sizes A− and A+ step through, as factors of the base size (1.0 is "normal size")."""

_FACTOR = "kkoguard_font_factor"  # widget properties kept by scale_font, so the size can be computed again
_BOLD = "kkoguard_font_bold"
_FIXED = "kkoguard_font_fixed"
_SYSTEM_FONT = "kkoguard_system_font"  # application property: the system's font, before any text size


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (one of ICONS); an empty QIcon if its file is missing from a broken install."""
    if name not in ICONS:
        raise ValueError(f"unknown icon {name!r}")
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def pixmap(name: str, size: int) -> QPixmap:
    """The icon at `size` x `size` logical pixels, sharp on high-DPI screens."""
    return icon(name).pixmap(size, size)


def scale_font(widget: QWidget, factor: float, *, bold: bool = False, fixed: bool = False) -> None:
    """Make the widget's text `factor` times the window's text size (headings, the main button), in the
    system's fixed-width font when `fixed` (a licence, a recovery key). The factor is kept on the widget,
    so the text grows and shrinks with A+ / A− and a change of the system font."""
    widget.setProperty(_FACTOR, float(factor))
    widget.setProperty(_BOLD, bool(bold or widget.font().bold()))
    widget.setProperty(_FIXED, fixed)
    _install_filter()
    _apply_scale(widget)


def _apply_scale(widget: QWidget) -> None:
    factor = widget.property(_FACTOR)
    if not isinstance(factor, float):
        return
    base = QApplication.font(widget)
    if widget.property(_FIXED):
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    else:
        font = QFont(widget.font())
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bool(widget.property(_BOLD)))
    if font != widget.font():
        widget.setFont(font)


def scroll_page(page: QWidget) -> QScrollArea:
    """Put a page's content in a scroll area: with large text or a small screen the content scrolls, and
    the window, with its Next and Back buttons, stays on the screen. Nothing changes when it all fits."""
    layout = page.layout()
    assert layout is not None, "a page built from its form has a layout"
    inner = QWidget()
    inner.setObjectName(f"{page.objectName()}Content")
    inner.setLayout(layout)  # moves the layout and its widgets into `inner`
    area = QScrollArea(page)
    area.setObjectName(f"{page.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(inner)
    area.viewport().setAutoFillBackground(False)
    inner.setAutoFillBackground(False)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area


def system_font() -> QFont:
    """The system's font as it was before the app changed its size."""
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    kept = app.property(_SYSTEM_FONT)
    if isinstance(kept, QFont):
        return QFont(kept)
    font = QApplication.font()
    app.setProperty(_SYSTEM_FONT, QFont(font))
    return QFont(font)


def base_point_size() -> float:
    """The "normal size" of the window's text: the system's, at least MIN_BASE_POINT_SIZE."""
    font = system_font()
    if font.pointSizeF() > 0:
        return max(font.pointSizeF(), MIN_BASE_POINT_SIZE)
    return MIN_BASE_POINT_SIZE


def apply_text_size(factor: float) -> None:
    """Set the text of the whole app to `factor` times the base size: every widget whose font was not given
    a size follows at once (Qt sends them ApplicationFontChange), and scale_font's widgets follow too."""
    _install_filter()
    font = system_font()
    font.setPointSizeF(base_point_size() * factor)
    QApplication.setFont(font)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)  # Qt posts them: now, at once
    _rescale_all()


def _rescale_all() -> None:
    """Scaled widgets keep an explicit size, which Qt's font propagation leaves alone: set it again."""
    for widget in QApplication.allWidgets():
        if widget.property(_FACTOR) is not None:
            _apply_scale(widget)


def nearest_text_size(factor: float) -> float:
    """The step of TEXT_SIZES closest to `factor` (a remembered value from another version, say)."""
    return min(TEXT_SIZES, key=lambda step: abs(step - factor))


def next_text_size(factor: float, direction: int) -> float:
    """The step after (`direction` 1) or before (-1) `factor`; the same at either end."""
    index = TEXT_SIZES.index(nearest_text_size(factor)) + direction
    return TEXT_SIZES[max(0, min(len(TEXT_SIZES) - 1, index))]


def install_app_behaviour(app: QApplication) -> None:
    """Once at start: scaled fonts follow the text size, and the mouse wheel changes a date, number or
    choice only in the field the person clicked (else it scrolls the page, as the person meant)."""
    _install_filter(app)


class _AppFilter(QObject):
    """One filter for the whole app (installed on the QApplication): it sees each widget's events first."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, (QAbstractSpinBox, QComboBox)) and not watched.hasFocus():
                event.ignore()  # not for this field: Qt gives the wheel to the page around it
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, (QAbstractSpinBox, QComboBox)):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not take the focus
        elif kind == QEvent.Type.ApplicationFontChange and watched is QCoreApplication.instance():
            _rescale_all()  # the system's font changed while the app runs
        return False


_filter: _AppFilter | None = None


def _install_filter(app: QApplication | None = None) -> None:
    global _filter
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return
    if _filter is not None and _filter.parent() is app:
        return
    _filter = _AppFilter(app)
    app.installEventFilter(_filter)
