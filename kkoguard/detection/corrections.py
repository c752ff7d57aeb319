"""The person checks the reading against the paper: a line the reader missed, a wrong amount, a row that is
not a charge. Every change is marked as theirs (`Charge.origin`) and the bill's reconciliation is done again
at once, so the window can say whether the bill is now fully accounted for.

Reading the words inside a box the person drew (`propose`) opens the bill's file again: it runs in a worker
thread, never on the GUI thread. A box on a page with a text layer is read from it; a photo or a scanned page
is read by OCR, only the part inside the box.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from kkoguard.bills.layout import Word
from kkoguard.bills.model import BBox, Bill, Charge, Origin
from kkoguard.bills.parse import find_dates, find_money
from kkoguard.detection.classify import classify
from kkoguard.detection.sweep import recount

_BARE_AMOUNT = re.compile(r"(?<![\d.,/])-?\d{1,5}[.,]\d{2}(?![\d.,/])")

MARGIN = 2.0
"""Points around the drawn box that still count as inside it: a box drawn tight cuts a word's edge."""


@dataclass(frozen=True)
class Proposal:
    """What the words inside a drawn box seem to say; None where nothing was found (never a guess)."""

    page: int
    bbox: BBox
    text: str
    label: str
    amount: Decimal | None
    date: date | None
    merchant: str | None


def propose(bill: Bill, page: int, bbox: BBox, lang: str = "fr") -> Proposal:
    """Read the words inside `bbox` (points, top-left origin) on `page` (1-based) of the bill's file."""
    words = words_in_box(bill, page, bbox)
    return proposal_from_words(bill, page, bbox, words, lang)


def proposal_from_words(bill: Bill, page: int, bbox: BBox, words: list[Word], lang: str = "fr") -> Proposal:
    """The label, amount, date and merchant a line's words give: the last amount is the charge's (amount
    columns come last), the first date its day; what remains is the label."""
    text = " ".join(_lines(words))
    amounts = [m for m in find_money(text) if m.has_currency] or list(find_money(text))
    spans = [(m.start, m.end) for m in amounts]
    amount = amounts[-1].value if amounts else None
    if amount is None:  # a bare "28.46" (its "EUR" left outside the box) is still the line's amount
        bare = list(_BARE_AMOUNT.finditer(text))
        if bare:
            amount = Decimal(bare[-1].group(0).replace(",", "."))
            spans = [(m.start(), m.end()) for m in bare]
    found_dates = list(find_dates(text))
    reference = bill.period_end or bill.invoice_date
    day = found_dates[0].resolve(reference) if found_dates else None
    spans += [(d.start, d.end) for d in found_dates[:1]]
    label = text
    for start, end in sorted(spans, reverse=True):
        label = label[:start] + " " + label[end:]
    label = re.sub(r"\s+", " ", label).strip(" -–:;,.€_|")
    merchant = None
    if label:
        merchant = classify(Charge(label, amount or Decimal("1.00"), day, page, bbox), lang).merchant
    return Proposal(page, bbox, text, label, amount, day, merchant)


def words_in_box(bill: Bill, page: int, bbox: BBox) -> list[Word]:
    """The words whose middle falls inside the box: from the text layer when the page has one, else by OCR
    of the box alone."""
    if not bill.images:
        words = _text_layer_words(bill.path, page, bbox)
        if words:
            return words
    return _ocr_words(bill, page, bbox)


def add_charge(
    bill: Bill,
    *,
    label: str,
    amount: Decimal,
    day: date | None,
    page: int,
    bbox: BBox,
    merchant: str | None = None,
    contest: bool = False,
    lang: str = "fr",
) -> Charge:
    """A line the reader missed, typed (or confirmed) by the person; placed in the bill in page order."""
    charge = Charge(label.strip(), amount, day, page, bbox, origin=Origin.TYPED)
    _classify(charge, merchant, contest, lang)
    position = next(
        (i for i, c in enumerate(bill.charges) if (c.page, c.bbox[1]) > (page, bbox[1])), len(bill.charges)
    )
    bill.charges.insert(position, charge)
    recount(bill, lang)
    return charge


def edit_charge(
    bill: Bill,
    charge: Charge,
    *,
    label: str,
    amount: Decimal,
    day: date | None,
    merchant: str | None = None,
    contest: bool = False,
    lang: str = "fr",
) -> None:
    """The person's correction of a line: what they typed replaces what was read."""
    charge.label, charge.amount, charge.date = label.strip(), amount, day
    if charge.origin is Origin.READ:
        charge.origin = Origin.EDITED
    charge.confidence = None  # the person has checked it: no "check this amount" mark any more
    _classify(charge, merchant, contest, lang)
    recount(bill, lang)


def set_not_charge(bill: Bill, charge: Charge, not_charge: bool, lang: str = "fr") -> None:
    """The person says a row is not a charge (or takes that back): it stays visible but is not counted."""
    if not_charge:
        charge.origin = Origin.NOT_CHARGE
    elif charge.origin is Origin.NOT_CHARGE:
        charge.origin = Origin.READ
    recount(bill, lang)


def missing_amount(bill: Bill) -> Decimal | None:
    """How much of the printed total no counted charge accounts for (negative: the charges are more);
    None when the bill prints no total or its reading balances."""
    rec = bill.reconciliation
    if rec is None or rec.balanced or rec.difference is None:
        return None
    return rec.difference


def _classify(charge: Charge, merchant: str | None, contest: bool, lang: str) -> None:
    """Kind and reasons from the rules, the merchant and whether to contest it from the person."""
    classify(charge, lang)
    if merchant is not None and merchant.strip():
        charge.merchant = merchant.strip()
    if contest and not charge.suspicious:
        charge.suspicious = True
        charge.third_party = True
    elif not contest:
        charge.suspicious = False
        charge.reasons = []


def _lines(words: list[Word]) -> list[str]:
    """Words in reading order: lines top to bottom (a word belongs to the line its middle falls in)."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        middle = (word.top + word.bottom) / 2
        if lines and middle <= max(w.bottom for w in lines[-1]):
            lines[-1].append(word)
        else:
            lines.append([word])
    return [" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines]


def _inside(word: Word, bbox: BBox, margin: float = MARGIN) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return x0 - margin <= cx <= x1 + margin and top - margin <= cy <= bottom + margin


def _text_layer_words(path: str, page: int, bbox: BBox) -> list[Word]:
    from kkoguard.bills.pdftext import PdfText, PdfTextError

    try:
        with PdfText(path) as pdf:
            if not 1 <= page <= pdf.page_count:
                return []
            return [w for w in pdf.page(page).words if _inside(w, bbox)]
    except (PdfTextError, OSError):
        return []


def _ocr_words(bill: Bill, page: int, bbox: BBox) -> list[Word]:
    """The page's words read by OCR (straightened, as the reader saw them), put back where they are on the
    image as shown, kept when inside the box: a box drawn on a tilted photo still finds its line."""
    return [w for w in _ocr_page(*_page_key(bill, page)) if _inside(w, bbox)]


def _page_key(bill: Bill, page: int) -> tuple[str, int, int, bool]:
    """(file, page or frame, its size and time, photo?): what the page's OCR is remembered under."""
    if bill.images and 1 <= page <= len(bill.images):
        scanned = bill.images[page - 1]
        return scanned.file, scanned.frame, _stamp(scanned.file), True
    return bill.path, page - 1, _stamp(bill.path), False


def _stamp(path: str) -> int:
    try:
        stat = os.stat(path)
    except OSError:
        return 0
    return stat.st_mtime_ns ^ stat.st_size


@lru_cache(maxsize=4)
def _ocr_page(path: str, index: int, _stamp: int, photo: bool) -> tuple[Word, ...]:
    """OCR of one page (seconds): the person often draws several boxes on the same page."""
    import pypdfium2

    from kkoguard.errors import BillError
    from kkoguard.ocr.engine import read_page
    from kkoguard.ocr.images import image_pages, pdf_page_image

    try:
        if photo:
            image = next((p for i, p in enumerate(image_pages(path)) if i == index), None)
        else:
            pdf = pypdfium2.PdfDocument(path)
            try:
                image = pdf_page_image(pdf, index) if 0 <= index < len(pdf) else None
            finally:
                pdf.close()
    except (BillError, OSError, pypdfium2.PdfiumError):
        return ()
    if image is None:
        return ()
    found = read_page(image)
    placed = []
    for word in found.words:
        x0, top, x1, bottom = found.to_image((word.x0, word.top, word.x1, word.bottom))
        placed.append(word._replace(x0=x0, x1=x1, top=top, bottom=bottom))
    return tuple(placed)
