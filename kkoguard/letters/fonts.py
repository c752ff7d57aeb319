"""The bundled font family (DejaVu Sans, in resources/fonts), registered with reportlab once per process.

Helvetica's WinAnsi encoding has no narrow no-break space, no « œ » in every viewer, no Polish or Czech
letters in a holder's name; DejaVu Sans has all of them, and it is embedded (subset) in each PDF, so a
letter prints the same everywhere. Characters the font lacks are replaced before drawing (`drawable`),
never shown as an empty box.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kkoguard.paths import resources_dir

REGULAR = "KKOSans"
BOLD = "KKOSans-Bold"
ITALIC = "KKOSans-Oblique"
BOLD_ITALIC = "KKOSans-BoldOblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
BUILD_LOCK = threading.Lock()
"""Held while reportlab builds a document in the bundled font: its TrueType subsetting keeps per-font
state (the glyphs used so far) that two threads building at once corrupt. Letters, the recovery sheet and
the case summary all build under it; a build takes tens of milliseconds, so waiting is short."""
_coverage: dict[str, frozenset[int]] = {}  # "all": code points every face of the family can draw


class FontError(RuntimeError):
    """The bundled font is missing or unreadable: the installation is damaged."""


@dataclass(frozen=True)
class Family:
    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC
    bold_italic: str = BOLD_ITALIC


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register() -> Family:
    """Register the family with reportlab (first call only; safe from several threads at once)."""
    if "all" in _coverage:
        return Family()
    with _lock:
        if "all" in _coverage:  # another thread did it while we waited
            return Family()
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        folder = fonts_dir()
        try:
            faces = {name: TTFont(name, str(folder / file)) for name, file in _FILES.items()}
        except (OSError, TTFError) as exc:
            raise FontError(
                f"The letter font is missing or damaged in {folder} ({exc}); reinstall KKO Guard."
            ) from exc
        for face in faces.values():
            pdfmetrics.registerFont(face)
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
            addMapping(REGULAR, bold, italic, name)
        covered = set(faces[REGULAR].face.charToGlyph)
        for name in (BOLD, ITALIC, BOLD_ITALIC):
            covered &= set(faces[name].face.charToGlyph)
        _coverage["all"] = frozenset(covered)  # set last: other threads test it without the lock
    return Family()


def drawable(text: str) -> str:
    """Text the bundled font can draw: NFC, control and invisible characters dropped (bidi overrides
    included), tabs made spaces, a character the font lacks reduced to its base letter or '?'."""
    register()
    covered = _coverage["all"]
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if char == "\n":
            out.append(char)
            continue
        if char == "\t":
            out.append(" ")
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            continue
        if ord(char) in covered:
            out.append(char)
            continue
        base = "".join(
            c
            for c in unicodedata.normalize("NFKD", char)
            if not unicodedata.combining(c) and ord(c) in covered
        )
        out.append(base or "?")
    return "".join(out)


def markup(text: str) -> str:
    """User or template text as reportlab paragraph markup in the bundled font: drawable, escaped, line
    breaks kept. reportlab breaks lines at a narrow no-break space (U+202F, in « 1 224,57 € » and before
    « ; »); the plain no-break space is the one it keeps whole, so the PDF uses that."""
    from xml.sax.saxutils import escape

    return escape(drawable(text).replace("\u202f", "\u00a0")).replace("\n", "<br/>")


def one_line(text: str, font: str, size: float, width: float) -> str:
    """Drawable text on one line no wider than `width` points, cut with « … » when longer: for running
    heads and page furniture drawn with drawString, which never wraps (the full text is in the body)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    line = re.sub(r"[ \n]+", " ", drawable(text)).strip(" ")  # no-break spaces kept
    if stringWidth(line, font, size) <= width:
        return line
    low, high = 0, len(line)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(line[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + "…"
