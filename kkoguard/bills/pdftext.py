"""A text PDF's printed words, read through PDFium (pypdfium2).

PDFium gives every character with its box in a few milliseconds a page; pdfminer (under pdfplumber), which the
reader used before, took 10-20 times longer for the same words. The words are built the way pdfplumber's
`extract_words(x_tolerance_ratio=0.25, extra_attrs=["fontname"])` built them, because the reader was tuned
on those words and the tests compare both layers: characters of one font run are put on lines (tops within
3 pt), sorted left to right, and a word ends at a blank, at a gap wider than a quarter of the character's
size, or where the text steps back or changes line. The spaces and line breaks PDFium inserts where it
sees a gap are word breaks too.

Coordinates are the page as displayed (its /Rotate applied), in points, origin top-left, relative to the
media box: pdfplumber's convention, which charge boxes and the window's outlines use.
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c

from kkoguard.bills.layout import Word

LINE_TOLERANCE = 3.0
"""Characters whose tops differ by at most this (points, chained) share a line: pdfplumber's y_tolerance."""
GAP_RATIO = 0.25
"""A gap wider than this times the character's size starts a new word."""

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FORCE_BOLD = 1 << 18
"""Font descriptor flag 19 (ForceBold), PDF 32000-1:2008 table 123."""
_BOLD_WEIGHT = 600


class PdfTextError(Exception):
    """PDFium refused the file or one of its pages. `encrypted` when a password is the reason."""

    def __init__(self, message: str, *, encrypted: bool = False) -> None:
        super().__init__(message)
        self.encrypted = encrypted


@dataclass(frozen=True)
class PageText:
    """One page's words, and what else it holds: its characters and images (a scan has only images)."""

    words: list[Word]
    chars: int
    images: int
    unmapped: int = 0
    """Characters whose font gives no Unicode meaning (a Type3 font without a map, a broken subset): their
    words are left out, and a page made mostly of them is read by OCR instead."""


class PdfText:
    """An open PDF whose pages' words are read one at a time (a context manager; close it)."""

    def __init__(self, path: str) -> None:
        try:
            self._pdf = pypdfium2.PdfDocument(path)
        except pypdfium2.PdfiumError as exc:
            code = getattr(exc, "err_code", None)
            encrypted = code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)
            raise PdfTextError(str(exc), encrypted=encrypted) from exc
        self.page_count = len(self._pdf)

    def __enter__(self) -> PdfText:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._pdf.close()

    @property
    def document(self) -> pypdfium2.PdfDocument:
        """The PDFium document, for rendering a page that has no text (OCR)."""
        return self._pdf

    def page(self, number: int) -> PageText:
        """Page `number` (1-based)."""
        try:
            page = self._pdf[number - 1]
        except pypdfium2.PdfiumError as exc:
            raise PdfTextError(f"page {number}: {exc}") from exc
        try:
            textpage = page.get_textpage()
            try:
                words, chars, unmapped = _read(textpage.raw, page)
            finally:
                textpage.close()
            return PageText(words, chars, _count_images(page), unmapped)
        finally:
            page.close()


def _display_transform(page: pypdfium2.PdfPage) -> tuple[float, float, float, float, float, float, float]:
    """(a, b, c, d, e, f, height): user space → the page as displayed, y up, then its height to flip y."""
    x0, y0, x1, y1 = page.get_mediabox()
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    rotation = page.get_rotation() % 360
    if rotation == 90:
        return 0, -1, 1, 0, -y0, x1, x1 - x0
    if rotation == 180:
        return -1, 0, 0, -1, x1, y1, y1 - y0
    if rotation == 270:
        return 0, 1, -1, 0, y1, -x0, x1 - x0
    return 1, 0, 0, 1, -x0, -y0, y1 - y0


def _prototype(function: Any, restype: Any, *argtypes: Any) -> Any:
    """The same PDFium function with plain integer handles: ctypes then skips building a pointer object for
    every character, which was most of the time spent on a page."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value or 0)


_get_text_object = _prototype(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_has_map_error = _prototype(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_WORD = re.compile(r"[^\s\x00\ufffe\uffff]+")
"""A run of printed characters: the spaces and line breaks PDFium generates are whitespace too."""


def _page_text(textpage: Any, count: int) -> str:
    """Every character's Unicode in one call, index for index (one call per character if that fails)."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium_c.FPDFText_GetText(
        textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    text = buffer.raw[: max(written - 1, 0) * 2].decode("utf-16-le", "replace")
    if len(text) == count:
        return text
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 0) for i in range(count))


def _read(textpage: Any, page: pypdfium2.PdfPage) -> tuple[list[Word], int, int]:
    """The page's words, its printed characters, and how many of those have no Unicode meaning."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return [], 0, 0
    text = _page_text(textpage, count)
    handle = ctypes.cast(textpage, ctypes.c_void_p).value
    transform = _display_transform(page)
    rotation = page.get_rotation() % 360
    styles: dict[int, _Style] = {}  # by text object
    fonts: dict[int, tuple[str, bool, float]] = {}  # by font
    words: list[Word] = []
    chars = unmapped = 0
    box = _Boxes(textpage, transform)
    for m in _WORD.finditer(text):
        start, end = m.span()
        chars += end - start
        if _has_map_error(handle, start):
            unmapped += end - start  # a Type3 or broken font: its codes are not letters (the page is OCR'd)
            continue
        first = _get_text_object(handle, start) or 0
        last = _get_text_object(handle, end - 1) or 0
        style = styles.get(first) or _style(styles, fonts, first, textpage, start, rotation)
        if first == last:
            pieces = [(start, end, style)]
        else:  # one printed word in several text objects: a change of font ends a word, as in pdfplumber
            pieces = []
            piece_start = start
            for index in range(start + 1, end):
                obj = _get_text_object(handle, index) or 0
                other = styles.get(obj) or _style(styles, fonts, obj, textpage, index, rotation)
                if other.font != style.font or other.upright != style.upright:
                    pieces.append((piece_start, index, style))
                    piece_start, style = index, other
            pieces.append((piece_start, end, style))
        for piece_start, piece_end, piece_style in pieces:
            if piece_style.upright:
                words.append(box.word(text[piece_start:piece_end], piece_start, piece_end - 1, piece_style))
    return words, chars, unmapped


class _Boxes:
    """Word boxes from PDFium's character boxes, the way pdfminer draws them: from the first character's
    origin to the last one's advance, from the baseline's descent up by the font size. (PDFium's own box grows
    to take in a glyph that overflows the font's box, such as É or J.)"""

    def __init__(self, textpage: Any, transform: tuple[float, ...]) -> None:
        self.textpage = textpage
        self.transform = transform
        self.rect = pdfium_c.FS_RECTF()
        self.rect_ref = ctypes.byref(self.rect)
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.x_ref, self.y_ref = ctypes.byref(self.x), ctypes.byref(self.y)

    def word(self, text: str, first: int, last: int, style: _Style) -> Word:
        a, b, c, d, e, f, height = self.transform
        pdfium_c.FPDFText_GetCharOrigin(self.textpage, first, self.x_ref, self.y_ref)
        pdfium_c.FPDFText_GetLooseCharBox(self.textpage, last, self.rect_ref)
        x, y, rect = self.x.value, self.y.value, self.rect
        if b == 0 and c == 0:
            right = a * (rect.right if a > 0 else rect.left) + e
            x, y = a * x + e, d * y + f
        else:  # a quarter turn: page x comes from user y
            right = c * (rect.top if c > 0 else rect.bottom) + e
            x, y = c * y + e, b * x + f
        bottom = height - (y + style.descent)
        return Word(text, x, max(right, x), bottom - style.size, bottom, style.bold)


def _style(
    styles: dict[int, _Style],
    fonts: dict[int, tuple[str, bool, float]],
    obj: int,
    textpage: Any,
    index: int,
    rotation: int,
) -> _Style:
    style = styles[obj] = _style_of(obj, fonts, textpage, index, rotation)
    return style


@dataclass(frozen=True)
class _Style:
    font: int
    bold: bool
    upright: bool
    size: float
    """The font's size on the page (its Tf size times the text matrix's vertical scale), in points."""
    descent: float
    """How far below the baseline the font's box goes, in points (negative)."""


def _style_of(
    obj: int, fonts: dict[int, tuple[str, bool, float]], textpage: Any, index: int, rotation: int
) -> _Style:
    handle = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
    font = ctypes.cast(pdfium_c.FPDFTextObj_GetFont(handle), ctypes.c_void_p).value or 0
    described = fonts.get(font)
    if described is None:
        described = fonts[font] = _font_of(font)
    name, bold, descent_ratio = described
    size = ctypes.c_float()
    pdfium_c.FPDFTextObj_GetFontSize(handle, ctypes.byref(size))
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(textpage, index, ctypes.byref(matrix))
    scale = math.hypot(matrix.c, matrix.d) or 1.0
    angle = math.degrees(math.atan2(matrix.b, matrix.a)) % 360
    shown = (angle - rotation) % 360  # /Rotate turns the page clockwise; the text turns with it
    upright = (shown < 1 or shown > 359) and matrix.a * matrix.d - matrix.b * matrix.c > 0
    points = size.value * scale
    return _Style(hash((name, bold)), bold, upright, points, descent_ratio * points)


def _font_of(address: int) -> tuple[str, bool, float]:
    """A text object's font name, whether it is bold (by name, by weight, or by its ForceBold flag: subset
    fonts are often named "F2", which says nothing), and its descent per point of size."""
    if not address:
        return "", False, 0.0
    font = ctypes.cast(address, pdfium_c.FPDF_FONT)
    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(max(size, 1))
    if size:
        pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
    name = buffer.value.decode("utf-8", "replace")
    weight = pdfium_c.FPDFFont_GetWeight(font)
    flags = pdfium_c.FPDFFont_GetFlags(font)
    bold = bool(_BOLD_NAME.search(name)) or weight >= _BOLD_WEIGHT or (flags > 0 and flags & _FORCE_BOLD != 0)
    descent = ctypes.c_float()
    if not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), ctypes.byref(descent)):
        descent.value = 0.0
    return name, bold, descent.value / 1000


def _count_images(page: pypdfium2.PdfPage) -> int:
    """Image objects on the page, including those inside form XObjects (a scan is often wrapped in one)."""
    count = 0
    objects = [
        pdfium_c.FPDFPage_GetObject(page.raw, i) for i in range(pdfium_c.FPDFPage_CountObjects(page.raw))
    ]
    while objects:
        obj = objects.pop()
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            count += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            objects += [
                pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(pdfium_c.FPDFFormObj_CountObjects(obj))
            ]
    return count
