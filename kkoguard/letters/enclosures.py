"""The copies of the bills a letter lists in its « Pièces jointes »: one PDF ready to print with the letter.

    copies = bill_copies(case_file, dossier.blob, kind="refund", boxes=boxes_from_bills(case_file, bills))
    pdf = render_copies(copies)

Each page of a bill that holds a disputed charge is reproduced on an A4 sheet (rendered with PDFium), each
disputed line outlined and numbered with the number it has in the letter's table (`numbered_charges`), under
a header « Facture du 12 mars 2026 — page 2 — lignes contestées 3 à 5 ». The dossier keeps every bill as a
PDF, a bill given as photos included (`dossier.importing.bill_document`), whose pages are in the points its
charges' boxes are in: one way of drawing serves both.

Where a line is on the page: the box the reader found (`boxes`, from the bills read in this session, or
the one stored with the charge), else the line of the page's text that carries its amount and label (a
bill stored before boxes were kept). A line
found nowhere is listed at the foot of its page (« à repérer sur cette page ») rather than guessed, the list
going on over sheets of its own when it would take more than 40 % of the sheet; a page
that cannot be drawn becomes a sheet saying so and what to attach instead. Nothing here raises for a bad
bill: the copies of the other bills still print.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from kkoguard.bills.model import BBox, Bill
from kkoguard.dossier.model import CaseFile, EvidenceKind, LetterKind
from kkoguard.formatting import format_date, format_money
from kkoguard.letters import fonts
from kkoguard.letters import templates as tpl
from kkoguard.letters.drafting import FILING, french_spacing, numbered_charges, numbers_text

__all__ = ["BillCopy", "Mark", "bill_copies", "boxes_from_bills", "has_copies", "kind_of", "render_copies"]

RENDER_DPI = 150  # sharp enough on paper for a bill's small print, a few hundred kB a page
_MM = 72 / 25.4
MARGIN = 12 * _MM
HEADER = 16 * _MM  # the header band above the page's picture
FOOTER = 10 * _MM
_INK = (0.1, 0.1, 0.1)
_OUTLINE = (0.78, 0.11, 0.11)  # the review page's red; shape and number say it too, not colour alone
_PAD = 2.0  # points around a line's box, so the outline does not cross its letters
_ROW = 11.0  # one line of the list of lines to look for
_LIST_SHARE = 0.4  # at most this share of a sheet lists lines; more go on a sheet of their own


@dataclass(frozen=True)
class Mark:
    """A disputed line on a bill: its number in the letter, where it is, and what identifies it."""

    number: int
    page: int  # 1-based
    bbox: BBox | None  # points, origin top-left; None when not known (then looked for on the page)
    label: str
    amount: Decimal


@dataclass(frozen=True)
class BillCopy:
    """One stored bill and its disputed lines, in the order the letter lists them."""

    evidence_id: int
    day: date  # the invoice date (the day it was added when the bill prints none)
    document: bytes | None  # the bill as the dossier keeps it (a PDF); None when it could not be read
    marks: tuple[Mark, ...]


def kind_of(letter_kind: LetterKind) -> str:
    """The template kind a stored letter was composed from (how the dossier files it, reversed)."""
    return next((kind for kind, (filed, _) in FILING.items() if filed is letter_kind), "refund")


def has_copies(case_file: CaseFile, kind: str = "refund", merchant: str | None = None) -> bool:
    """Whether the letter of this kind lists bills to attach (it lists those with a disputed charge)."""
    if kind not in tpl.KINDS or not any(a.auto == "bills" for a in tpl.template(kind).attachments):
        return False
    return bool(numbered_charges(case_file, kind, merchant))


def bill_copies(
    case_file: CaseFile,
    blob: Callable[[str], bytes],
    *,
    kind: str = "refund",
    merchant: str | None = None,
    boxes: Mapping[int, BBox] | None = None,
) -> list[BillCopy]:
    """The bills the letter of this kind attaches, each with its numbered lines. `blob(sha256)` reads a
    stored file (`Dossier.blob`); `boxes` maps a charge id to its box when it is known (`boxes_from_bills`).
    A bill whose file cannot be read comes back with `document` None (its pages then say so)."""
    boxes = boxes or {}
    by_bill: dict[int, list[Mark]] = {}
    evidence = {}
    for number, charge, ev in numbered_charges(case_file, kind, merchant):
        evidence[ev.id] = ev
        box = boxes.get(charge.id) or charge.bbox
        by_bill.setdefault(ev.id, []).append(
            Mark(number, max(1, charge.page), box, " ".join(charge.label.split()), charge.amount)
        )
    copies = []
    for ev_id, marks in by_bill.items():
        ev = evidence[ev_id]
        document: bytes | None = None
        if ev.sha256:
            try:
                document = blob(ev.sha256)
            except Exception:  # a damaged stored file makes a page that says so, not a crash
                document = None
        copies.append(BillCopy(ev.id, ev.invoice_date or ev.added_on, document, tuple(marks)))
    return sorted(copies, key=lambda c: (c.day, c.evidence_id))


def boxes_from_bills(case_file: CaseFile, bills: Sequence[Bill]) -> dict[int, BBox]:
    """The reader's boxes of the case's stored charges, from the bills just read (for bills stored before the
    dossier kept boxes): a stored bill and a read one are the same when their date, total and charges agree,
    in order."""
    out: dict[int, BBox] = {}
    for ev in case_file.evidence:
        if ev.kind is not EvidenceKind.BILL or not ev.charges:
            continue
        for bill in bills:
            same = (
                bill.invoice_date == ev.invoice_date
                and bill.total == ev.total
                and [(c.amount, c.date, c.page) for c in bill.charges]
                == [(r.amount, r.charged_on, r.page) for r in ev.charges]
            )
            if same:
                out.update({r.id: c.bbox for r, c in zip(ev.charges, bill.charges, strict=True)})
                break
    return out


def render_copies(copies: Sequence[BillCopy]) -> bytes:
    """One A4 PDF: every page of every bill that holds a disputed line, in the letter's order."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    words = tpl.common().copies
    family = fonts.register()
    out = io.BytesIO()
    with fonts.BUILD_LOCK:
        canvas = Canvas(out, pagesize=A4, invariant=True, pageCompression=True)
        canvas.setTitle(words["title"])
        canvas.setAuthor("KKO Guard")
        for copy in copies:
            pages = sorted({m.page for m in copy.marks})
            source = _Source(copy.document)
            try:
                for page in pages:
                    marks = [m for m in copy.marks if m.page == page]
                    _sheet(canvas, family, words, copy, page, marks, source)
                    canvas.showPage()
            finally:
                source.close()
        canvas.save()
    return out.getvalue()


# --- one sheet ----------------------------------------------------------------------------------------


class _Source:
    """The bill's PDF, opened once for all its pages; every failure means "this page cannot be shown"."""

    def __init__(self, data: bytes | None) -> None:
        self._pdf: Any = None
        self._words: Any = None
        if data is None:
            return
        try:
            import pypdfium2

            self._pdf = pypdfium2.PdfDocument(data)
        except Exception:  # PDFium refuses a damaged file in many ways
            self._pdf = None
        self._data = data

    def picture(self, page: int) -> tuple[Any, float, float] | None:
        """The page as an image, with its size in points; None when it cannot be drawn."""
        if self._pdf is None or not 1 <= page <= len(self._pdf):
            return None
        try:
            pdf_page = self._pdf[page - 1]
            try:
                width, height = pdf_page.get_size()
                image = pdf_page.render(scale=RENDER_DPI / 72).to_pil()
            finally:
                pdf_page.close()
        except Exception:
            return None
        if width <= 0 or height <= 0:
            return None
        return image.convert("RGB"), float(width), float(height)

    def find(self, page: int, mark: Mark) -> BBox | None:
        """The line of the page's text that carries the mark's amount (and most of its label's words)."""
        lines = self._lines(page)
        amount = _amount_pattern(mark.amount)
        label = {w.casefold() for w in re.findall(r"\w{3,}", mark.label)}
        best: tuple[int, BBox] | None = None
        for words in lines:
            text = " ".join(w["text"] for w in words)
            if not amount.search(text):
                continue
            score = sum(1 for w in words if w["text"].casefold().strip(".,:;()") in label)
            box = (
                min(w["x0"] for w in words),
                min(w["top"] for w in words),
                max(w["x1"] for w in words),
                max(w["bottom"] for w in words),
            )
            if best is None or score > best[0]:
                best = (score, box)
        if best is None or (label and best[0] == 0):
            return None
        return best[1]

    def _lines(self, page: int) -> list[list[dict[str, Any]]]:
        if self._pdf is None:
            return []
        try:
            import pdfplumber

            if self._words is None:
                self._words = pdfplumber.open(io.BytesIO(self._data))
            words = self._words.pages[page - 1].extract_words()
        except Exception:  # no text layer found is "not located", never a failure
            return []
        lines: list[list[dict[str, Any]]] = []
        for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
            if lines and abs(lines[-1][0]["top"] - word["top"]) <= 3:
                lines[-1].append(word)
            else:
                lines.append([word])
        return lines

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
        if self._words is not None:
            self._words.close()


def _amount_pattern(amount: Decimal) -> re.Pattern[str]:
    """« 4,99 », « 4.99 », « 1 214,59 » as printed, not inside a longer number."""
    whole, cents = f"{abs(amount):.2f}".split(".")
    groups = re.sub(r"\B(?=(\d{3})+$)", " ", whole).split(" ")
    body = r"[\s\u00a0\u202f.]?".join(groups)
    return re.compile(rf"(?<![\d,.]){body}[,.]{cents}(?!\d)")


def _lines_phrase(words: Mapping[str, str], numbers: Sequence[int]) -> str:
    key = "line_one" if len(numbers) == 1 else "line_many"
    return words[key].format(numbers=numbers_text(numbers))


def _sheet(
    canvas: Any,
    family: fonts.Family,
    words: Mapping[str, str],
    copy: BillCopy,
    page: int,
    marks: Sequence[Mark],
    source: _Source,
) -> None:
    """One bill page on one sheet; when its list of lines to look for is too long for the sheet, the
    rest follows on sheets of their own under the same header (the caller ends the last sheet)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    page_w, page_h = A4
    head = french_spacing(
        words["head"].format(
            date=format_date(copy.day), page=page, lines=_lines_phrase(words, [m.number for m in marks])
        )
    )

    def furniture() -> None:
        _header(canvas, family, head, page_w - 2 * MARGIN, page_h)
        canvas.setFont(family.regular, 8)
        canvas.drawString(
            MARGIN, MARGIN - 2, fonts.one_line(words["footer"], family.regular, 8, page_w - 2 * MARGIN)
        )

    furniture()
    list_bottom = MARGIN + FOOTER + 4
    picture = source.picture(page)
    if picture is None:
        _unreadable(canvas, family, words["unreadable"].format(page=page), page_w, page_h)
        rest = _missing_list(
            canvas, family, words["listed"], marks, page_h - MARGIN - HEADER - 110, list_bottom
        )
        _continued(canvas, family, words["listed"], rest, furniture, page_h, list_bottom)
        return
    image, width, height = picture
    found = [(mark, mark.bbox or source.find(page, mark)) for mark in marks]
    missing = [mark for mark, box in found if box is None]
    full_h = page_h - 2 * MARGIN - HEADER - FOOTER
    here = min(len(missing), int(full_h * _LIST_SHARE // _ROW))  # the list leaves most of the sheet
    room_w = page_w - 2 * MARGIN - 16  # room on the left for the numbers
    room_h = full_h - _ROW * here
    scale = min(room_w / width, room_h / height)
    shown_w, shown_h = width * scale, height * scale
    left = MARGIN + 16 + (room_w - shown_w) / 2
    top = page_h - MARGIN - HEADER
    canvas.drawImage(ImageReader(image), left, top - shown_h, shown_w, shown_h)
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setLineWidth(0.5)
    canvas.rect(left, top - shown_h, shown_w, shown_h, stroke=1, fill=0)

    for mark, box in found:
        if box is None:
            continue
        x0, y0, x1, y1 = box
        rx0 = left + max(0.0, x0 - _PAD) * scale
        rx1 = left + min(width, x1 + _PAD) * scale
        ry_top = top - max(0.0, y0 - _PAD) * scale
        ry_bottom = top - min(height, y1 + _PAD) * scale
        canvas.setStrokeColorRGB(*_OUTLINE)
        canvas.setLineWidth(1.6)
        canvas.rect(rx0, ry_bottom, rx1 - rx0, ry_top - ry_bottom, stroke=1, fill=0)
        _number(canvas, family, mark.number, rx0, (ry_top + ry_bottom) / 2, left)
    if missing:
        rest = _missing_list(
            canvas, family, words["unlocated"], missing, list_bottom + _ROW * (here - 1), list_bottom
        )
        _continued(canvas, family, words["unlocated"], rest, furniture, page_h, list_bottom)


def _header(canvas: Any, family: fonts.Family, head: str, width: float, page_h: float) -> None:
    """The sheet's header in the band above the picture: on one line, else two in a smaller size, the
    second cut with « … » when even that is too long (the letter's table lists every line)."""
    from reportlab.lib.utils import simpleSplit

    text = re.sub(r"[ \n]+", " ", fonts.drawable(head).replace("\u202f", "\u00a0")).strip(" ")
    for size in (12.0, 10.0, 8.5):
        lines = simpleSplit(text, family.bold, size, width)
        if len(lines) <= 2:
            break
    else:
        lines = [lines[0], fonts.one_line(" ".join(lines[1:]), family.bold, size, width)]
    canvas.setFillColorRGB(*_INK)
    canvas.setFont(family.bold, size)
    y = page_h - MARGIN - 12
    for line in lines:
        canvas.drawString(MARGIN, y, line)
        y -= size * 1.2


def _continued(
    canvas: Any,
    family: fonts.Family,
    line: str,
    marks: Sequence[Mark],
    furniture: Callable[[], None],
    page_h: float,
    bottom: float,
) -> None:
    """The lines a sheet had no room to list, on further sheets under the same header."""
    while marks:
        canvas.showPage()
        furniture()
        marks = _missing_list(canvas, family, line, marks, page_h - MARGIN - HEADER - 4, bottom)


def _number(canvas: Any, family: fonts.Family, number: int, x: float, y: float, page_left: float) -> None:
    """A round marker with the line's number, left of its outline (in the margin when the line starts at
    the page's edge)."""
    radius = 7.0
    cx = max(x - radius - 2, page_left - radius - 2, MARGIN + radius)
    canvas.setStrokeColorRGB(*_OUTLINE)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setLineWidth(1.4)
    canvas.circle(cx, y, radius, stroke=1, fill=1)
    canvas.setFillColorRGB(*_OUTLINE)
    canvas.setFont(family.bold, 8 if number < 100 else 6.5)
    canvas.drawCentredString(cx, y - 2.8, str(number))
    canvas.setFillColorRGB(*_INK)


def _unreadable(canvas: Any, family: fonts.Family, text: str, page_w: float, page_h: float) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("unreadable", fontName=family.regular, fontSize=12, leading=16)
    paragraph = Paragraph(fonts.markup(french_spacing(text)), style)
    width = page_w - 2 * MARGIN - 20
    _, height = paragraph.wrap(width, page_h)
    top = page_h - MARGIN - HEADER - 20
    canvas.setStrokeColorRGB(*_OUTLINE)
    canvas.setLineWidth(1)
    canvas.rect(MARGIN, top - height - 20, page_w - 2 * MARGIN, height + 20, stroke=1, fill=0)
    paragraph.drawOn(canvas, MARGIN + 10, top - height - 10)


def _missing_list(
    canvas: Any, family: fonts.Family, line: str, marks: Sequence[Mark], y: float, bottom: float
) -> Sequence[Mark]:
    """The lines of the page as words, one a row from `y` down to `bottom` (each label cut with « … » to
    fit the sheet's width, the amount always shown); returns the marks left for another sheet."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = A4[0] - 2 * MARGIN
    canvas.setFillColorRGB(*_INK)
    canvas.setFont(family.regular, 9)
    shown = 0
    for mark in marks:
        if y < bottom - 0.5 and shown:
            break
        amount = format_money(mark.amount)

        def row(label: str, number: int = mark.number, amount: str = amount) -> str:
            text = french_spacing(line.format(number=number, label=label, amount=amount))
            return fonts.drawable(text).replace("\u202f", "\u00a0")

        room = width - stringWidth(row(""), family.regular, 9)
        label = fonts.one_line(mark.label, family.regular, 9, max(room, 0.0)) if room > 12 else "…"
        canvas.drawString(MARGIN, y, fonts.one_line(row(label), family.regular, 9, width))
        y -= _ROW
        shown += 1
    return marks[shown:]
