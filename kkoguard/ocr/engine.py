"""Tesseract (through tesserocr) turns a page image into words placed on the page, in PDF points.

The words come out the way pdfplumber gives a text PDF's words (x0, x1, top, bottom in points, origin top
left), so the same layout and bill readers handle both. Two things a camera adds are undone here:
- the page may be sideways or upside down: when the first reading is poor, the other three quarter turns
  are tried and the most confident one wins (no 10 MB orientation model needed);
- the text may be slightly tilted: the tilt is measured on Tesseract's text-line baselines and the words are
  turned back, so that the words of a table row share a line again.
Each word's box is rebuilt from its line's baseline and height: a comma or "€" then sits on the same line
as the digits next to it, as in a text PDF.
"""

from __future__ import annotations

import math
import os
import re
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from kkoguard.bills.layout import Word
from kkoguard.bills.model import BBox
from kkoguard.ocr.images import OCR_DPI, PageImage, even_lighting
from kkoguard.paths import resources_dir

if TYPE_CHECKING:
    from PIL import Image

LANGUAGES = "fra"
"""Bills are French; reading French and English together doubles the time for no gain on a French bill.
The English model ships too (resources/tessdata) for the English screenshots some customer areas give."""

GOOD_CONFIDENCE = 70.0
"""A first reading this confident (mean word confidence, 0-100) is upright: the other turns are not tried."""

MAX_UPSCALE = 3.0


@dataclass
class OcrPage:
    """The words of one page in upright, straightened page points, and how to go back to the image."""

    words: list[Word]
    confidence: float
    turns: int
    """Quarter turns (clockwise) that made the image upright."""
    skew: float
    """Degrees the text was tilted by; the words are turned back by as much."""
    size: tuple[float, float]
    """The upright page's width and height in points (the words' frame)."""
    offset: tuple[float, float]
    """Where the read area starts on the image as given, in points (the paper's corner on a photo)."""

    def to_image(self, bbox: BBox) -> BBox:
        """A box in the words' frame → the same place on the image as given (in points), for outlines."""
        x0, top, x1, bottom = bbox
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        w, h = self.size
        cx, cy = _rotate(cx, cy, w / 2, h / 2, self.skew)
        half_w, half_h = (x1 - x0) / 2, (bottom - top) / 2
        for _ in range(self.turns % 4):  # undo one clockwise quarter turn: (x, y) in a w×h frame → (y, w - x)
            cx, cy, w, h = cy, w - cx, h, w
            half_w, half_h = half_h, half_w
        ox, oy = self.offset
        return (cx - half_w + ox, cy - half_h + oy, cx + half_w + ox, cy + half_h + oy)


def tessdata_dir() -> str:
    """The trained data shipped with the app (resources/tessdata), in a checkout, wheel or bundle."""
    return str(resources_dir() / "tessdata")


@cache
def _api() -> Any:
    """One Tesseract engine per process (it takes about 0.1 s to load): workers read page after page."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per worker; the pool runs one per core
    from tesserocr import OEM, PSM, PyTessBaseAPI

    # Sparse text: every word Tesseract can find, in no particular order. The bill reader puts words into
    # lines and columns itself; Tesseract's own page layout drops whole blocks near rules and shaded bars.
    api = PyTessBaseAPI(path=tessdata_dir(), lang=LANGUAGES, psm=PSM.SPARSE_TEXT, oem=OEM.LSTM_ONLY)
    api.SetVariable("debug_file", os.devnull)  # no "Estimating resolution…" chatter on stderr
    return api


def read_page(page: PageImage) -> OcrPage:
    """OCR one page image. Returns no words for a page without readable text."""
    from PIL import Image

    left, top = page.box[:2]
    area = page.image.crop(page.box) if page.box != (0, 0, *page.image.size) else page.image
    dpi = page.pixels_per_point * 72
    factor = min(MAX_UPSCALE, OCR_DPI / dpi) if dpi < OCR_DPI * 0.9 else 1.0
    if factor > 1.0:
        area = area.resize(
            (round(area.width * factor), round(area.height * factor)), Image.Resampling.LANCZOS
        )
    area = even_lighting(area)
    scale = page.pixels_per_point * factor  # pixels of `area` per point
    best = _recognise(area, 0, scale)
    if best.confidence < GOOD_CONFIDENCE or len(best.words) < 10:
        for turns in (2, 1, 3):
            turned = area.transpose(Image.Transpose(_TRANSPOSE[turns]))
            candidate = _recognise(turned, turns, scale)
            if _weight(candidate) > _weight(best):
                best = candidate
    best.offset = (left / page.pixels_per_point, top / page.pixels_per_point)
    return best


_TRANSPOSE = {1: 4, 2: 3, 3: 2}
"""Quarter turns clockwise → PIL.Image.Transpose values (ROTATE_270, ROTATE_180, ROTATE_90 turn clockwise)."""


def read_area(area: Image.Image, pixels_per_point: float) -> list[Word]:
    """OCR a small part of an upright page (a box drawn round one line): read as it is, never turned,
    the words in points from the area's corner."""
    from PIL import Image

    dpi = pixels_per_point * 72
    factor = min(MAX_UPSCALE, OCR_DPI / dpi) if dpi < OCR_DPI * 0.9 else 1.0
    if factor > 1.0:
        area = area.resize(
            (round(area.width * factor), round(area.height * factor)), Image.Resampling.LANCZOS
        )
    return _recognise(area.convert("L"), 0, pixels_per_point * factor).words


def _weight(page: OcrPage) -> float:
    """How much was read with confidence, counting only words lying as text does: Tesseract reads a
    sideways text line too, but its words then stand taller than wide."""
    return sum(
        w.conf for w in page.words if w.conf >= 50 and (len(w.text) < 3 or w.x1 - w.x0 > w.bottom - w.top)
    )


def _recognise(image: Image.Image, turns: int, scale: float) -> OcrPage:
    from tesserocr import RIL, iterate_level

    api = _api()
    api.SetImage(image)
    api.SetSourceResolution(round(scale * 72))
    with _quiet_stderr():
        api.Recognize()
    raw: list[tuple[str, float, float, float, float, float]] = []
    slopes: list[tuple[float, float]] = []
    row_height = 0.0
    baseline_of_line: tuple[tuple[int, int], tuple[int, int]] | None = None
    iterator = api.GetIterator()
    for item in iterate_level(iterator, RIL.WORD) if iterator is not None else ():
        if item.IsAtBeginningOf(RIL.TEXTLINE):
            attributes = item.RowAttributes() or {}
            row_height = float(attributes.get("row_height", 0.0))
            baseline_of_line = item.Baseline(RIL.TEXTLINE)
            if baseline_of_line is not None:
                (x1, y1), (x2, y2) = baseline_of_line
                if x2 - x1 > 50 * scale:  # long lines tell the tilt best
                    slopes.append((math.atan2(y2 - y1, x2 - x1), float(x2 - x1)))
        try:
            text = (item.GetUTF8Text(RIL.WORD) or "").strip()
        except RuntimeError:  # "No text returned": an empty page
            continue
        box = item.BoundingBox(RIL.WORD)
        if not text or box is None:
            continue
        x0, y0, x1, y1 = box
        own = float(y1 - y0)
        base = float(y1)
        if baseline_of_line is not None:  # the line's baseline, unless it is not this word's (sparse mode)
            (bx1, by1), (bx2, by2) = baseline_of_line
            middle = (x0 + x1) / 2
            on_line = by1 + (by2 - by1) * ((middle - bx1) / (bx2 - bx1)) if bx2 != bx1 else float(by1)
            if y0 < on_line <= y1 + 0.3 * own:
                base = on_line
        punctuation = not any(ch.isalnum() for ch in text)  # "-", ":", "€": short marks on a full line
        height = row_height if row_height > 0 and (row_height <= 2 * own or punctuation) else own
        raw.append((text, float(item.Confidence(RIL.WORD)), x0, x1, base - height, base + 0.25 * height))
    skew = _median_angle(slopes)
    width, height = image.width / scale, image.height / scale
    words = []
    for text, conf, x0, x1, top, bottom in raw:
        cx, cy = (x0 + x1) / 2 / scale, (top + bottom) / 2 / scale
        cx, cy = _rotate(cx, cy, width / 2, height / 2, -skew)
        half_w, half_h = (x1 - x0) / 2 / scale, (bottom - top) / 2 / scale
        words.append(Word(_repair(text), cx - half_w, cx + half_w, cy - half_h, cy + half_h, False, conf))
    confidences = [w.conf for w in words]
    mean = statistics.fmean(confidences) if confidences else 0.0
    return OcrPage(words, mean, turns, skew, (width, height), (0.0, 0.0))


_DOUBLED_SEPARATOR = re.compile(r"(?<=\d)[.,]{2,}(?=\d{2}(?!\d))")
_LETTER_IN_NUMBER = re.compile(r"(?<=\d[.,])[Oo](?=\d)|(?<=\d[.,]\d)[Oo](?!\w)")


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Leptonica, under Tesseract, prints notes about odd boxes straight to the C stderr; they mean nothing
    to a person and would clutter `kkoguard scan`. Workers read one page at a time, so this is safe."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _repair(text: str) -> str:
    """Undo OCR slips that would lose an amount: "4.,00" (a speck beside the comma), "4,O0" (O for 0)."""
    text = _DOUBLED_SEPARATOR.sub(lambda m: m.group(0)[-1], text)
    return _LETTER_IN_NUMBER.sub("0", text)


def _median_angle(slopes: list[tuple[float, float]]) -> float:
    """The tilt of the text in degrees: the length-weighted median of the baselines' angles."""
    if not slopes:
        return 0.0
    ordered = sorted(slopes)
    half = sum(length for _, length in ordered) / 2
    running = 0.0
    for angle, length in ordered:
        running += length
        if running >= half:
            return math.degrees(angle)
    return math.degrees(ordered[-1][0])


def _rotate(x: float, y: float, cx: float, cy: float, degrees: float) -> tuple[float, float]:
    """(x, y) turned by `degrees` around (cx, cy), y pointing down (positive = clockwise on screen)."""
    if not degrees:
        return x, y
    a = math.radians(degrees)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)
