"""The window's look, shared by its screens: its own icons (resources/icons/*.svg) and larger type for
headings and main buttons. Colours are left to the system palette, so dark mode works everywhere.

    icon("warning")            # a QIcon; pair it with text and an accessible name (never the icon alone)
    pixmap("check", 20)        # a QPixmap for a QLabel (Qt renders it for the screen's pixel ratio)
    scale_font(label, 1.6, bold=True)
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QWidget

from kkoguard.paths import resources_dir

ICONS = ("app", "warning", "check", "lock")


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (one of ICONS); an empty QIcon if its file is missing from a broken install."""
    if name not in ICONS:
        raise ValueError(f"unknown icon {name!r}")
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def pixmap(name: str, size: int) -> QPixmap:
    """The icon at `size` x `size` logical pixels, sharp on high-DPI screens."""
    return icon(name).pixmap(size, size)


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Make the widget's text `factor` times the system size (headings, the main button), keeping the
    user's own font and size preferences as the base."""
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold or font.bold())
    widget.setFont(font)
