"""PDF bill → `Bill`: the printed fields and every amount-bearing line item, in reading order.

The reader knows how French bills are laid out in general (resources/operators/_generic.toml) and what each
operator prints (resources/operators/*.toml); it needs no per-operator code, so an unknown operator's bill
still yields its amounts and line items.

This module opens the file (a PDF's text layer, or OCR for scans and photos) and builds the bill from its
lines; fields.py finds the header fields, items.py the line items, from rows cut by rows.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kkoguard.bills.addresses import holder_and_contacts
from kkoguard.bills.fields import (
    FieldFinder,
    parse_first_money,
    parse_full_date,
    parse_identifier,
    parse_phones,
)
from kkoguard.bills.items import read_charges, running_lines
from kkoguard.bills.layout import Line, group_lines
from kkoguard.bills.model import Bill, ScannedPage
from kkoguard.bills.parse import parse_period
from kkoguard.bills.reconcile import reconcile
from kkoguard.bills.templates import identify_operator, layout
from kkoguard.errors import BillError, ErrorCode, permission_denied
from kkoguard.ocr.images import read_head, sniff_kind

if TYPE_CHECKING:
    from kkoguard.ocr.engine import OcrPage

MAX_PAGES = 2000
"""Beyond this a file is refused as too large; a year of call detail is a few hundred pages."""


# ---------------------------------------------------------------------------------------------- opening


def _check_file(path: str) -> str:
    """What the file is by its first bytes: "pdf" or "image". A picture renamed ".pdf" is not a PDF."""
    file = Path(path)
    if not file.is_file():
        raise BillError(ErrorCode.NOT_FOUND, path)
    try:
        head = read_head(path)
    except PermissionError as exc:
        raise permission_denied(path) from exc
    except OSError as exc:
        raise BillError(ErrorCode.CORRUPT, path, f"cannot be opened ({type(exc).__name__})") from exc
    kind = sniff_kind(head)
    if kind == "pdf":
        return "pdf"
    if kind == "image" and file.suffix.lower() != ".pdf":
        return "image"
    raise BillError(ErrorCode.NOT_A_PDF, path, "neither a PDF nor an image")


def _classify_open_error(exc: BaseException, path: str) -> BillError:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    names = " ".join(type(e).__name__ for e in chain) + " " + " ".join(str(e) for e in chain)
    if re.search(r"Password|Encrypt|decrypt", names, re.IGNORECASE):
        return BillError(ErrorCode.ENCRYPTED, path, type(exc).__name__)
    return BillError(ErrorCode.CORRUPT, path, type(exc).__name__)


@dataclass
class PageRange:
    """The lines of some of a bill's pages: a whole bill is read as one range, a long one as several."""

    path: str
    page_count: int
    first: int
    pages: list[list[Line]]
    chars: int = 0
    images: int = 0
    ocr: dict[int, OcrPage] = field(default_factory=dict)
    """Pages read by OCR (by page number in the file): how their words were placed (the words dropped)."""
    ocr_words: int = 0
    """Words OCR read with some confidence: below MIN_OCR_WORDS, an image page holds no text worth reading."""
    scanned: list[ScannedPage] = field(default_factory=list)
    header: str | None = None
    """For an image file: the bill header it prints (its invoice number, "" if none is legible), or None
    when it prints no header, as a bill's later pages do. Decides which images are pages of one bill."""


MIN_OCR_WORDS = 15

ProgressCallback = Callable[[int, int], None]
_progress: ProgressCallback | None = None


def set_progress(callback: ProgressCallback | None) -> None:
    """Be told (page, pages) as each page is OCR'd: the slow part of reading a scan or a photo."""
    global _progress
    _progress = callback


def _report(page: int, pages: int) -> None:
    if _progress is not None:
        _progress(page, pages)


def read_pages(
    path: str, first: int = 1, stop: int | None = None, split_above: int | None = None
) -> PageRange:
    """Read pages first..stop-1 (1-based; all by default). Raises `BillError` for unreadable files.

    With `split_above`, a file with more pages than that returns no pages at all, only its page count, so
    that the caller can hand its ranges to several processes.
    """
    from kkoguard.bills.pdftext import PdfText, PdfTextError

    if _check_file(path) == "image":
        return read_image(path)
    try:
        with PdfText(path) as pdf:
            count = pdf.page_count
            if count == 0:
                raise BillError(ErrorCode.CORRUPT, path, "no pages")
            if count > MAX_PAGES:
                raise BillError(ErrorCode.TOO_LARGE, path, f"{count} pages")
            last = count if stop is None else min(stop - 1, count)
            if split_above is not None and count > split_above:
                last = first - 1
            result = PageRange(path, count, first, [])
            for number in range(first, last + 1):
                page = pdf.page(number)
                readable = page.chars - page.unmapped
                result.chars += readable
                result.images += page.images
                if page.unmapped > readable or (not page.chars and page.images):
                    # a scanned page, or text in fonts that say nothing of their letters: read the picture
                    result.pages.append(_ocr_pdf_page(pdf.document, number, count, result))
                else:
                    result.pages.append(group_lines(page.words, number))
            return result
    except PdfTextError as exc:
        code = ErrorCode.ENCRYPTED if exc.encrypted else ErrorCode.CORRUPT
        raise BillError(code, path, str(exc)) from exc
    except (BillError, MemoryError):
        raise
    except Exception as exc:  # the OCR of a scanned page, or PDFium's bindings, on a broken or hostile file
        raise _classify_open_error(exc, path) from exc


def _ocr_pdf_page(document: object, number: int, count: int, result: PageRange) -> list[Line]:
    from kkoguard.ocr.engine import read_page
    from kkoguard.ocr.images import pdf_page_image

    _report(number, count)
    found = read_page(pdf_page_image(document, number - 1))
    return _keep_ocr(found, number, result)


def _keep_ocr(found: OcrPage, number: int, result: PageRange) -> list[Line]:
    from dataclasses import replace

    result.ocr_words += sum(1 for w in found.words if w.conf >= 60)
    result.ocr[number] = replace(found, words=[])
    return group_lines(found.words, number, ocr=True)


def read_image(path: str) -> PageRange:
    """OCR a photo, screenshot or scan given as an image file (all its frames, for a multi-page TIFF)."""
    from kkoguard.ocr.engine import read_page
    from kkoguard.ocr.images import image_pages

    result = PageRange(path, 0, 1, [])
    for index, page in enumerate(image_pages(path)):
        _report(index + 1, page.count)
        result.pages.append(_keep_ocr(read_page(page), index + 1, result))
        result.scanned.append(ScannedPage(path, index, page.pixels_per_point))
        result.images += 1
    result.page_count = len(result.pages)
    if result.ocr_words >= MIN_OCR_WORDS:
        head = build_bill(path, result.pages)
        if head.invoice_number:
            result.header = head.invoice_number
        elif head.invoice_date or (head.operator and head.total is not None):
            result.header = ""
    return result


def finish_bill(path: str, ranges: Sequence[PageRange]) -> Bill:
    """Join page ranges read separately into the bill, or say why the file is not a readable bill.

    Ranges of one PDF are put in page order; ranges from several files (the photos of one bill's pages)
    are kept in the order given, and the bill is named by `path`, the first of them.
    """
    several = len({r.path for r in ranges}) > 1
    ordered = list(ranges) if several else sorted(ranges, key=lambda r: r.first)
    pages: list[list[Line]] = []
    frames: list[OcrPage | None] = []
    for part in ordered:
        for offset, page in enumerate(part.pages):
            number = len(pages) + 1
            for line in page:
                line.page = number
            pages.append(page)
            frames.append(part.ocr.get(part.first + offset))
    read_by_ocr = any(frames)
    if sum(r.chars for r in ordered) == 0 and sum(r.ocr_words for r in ordered) < MIN_OCR_WORDS:
        raise BillError(ErrorCode.NO_TEXT, path, f"{sum(r.images for r in ordered)} images", photo=True)
    bill = build_bill(path, pages)
    if not looks_like_bill(bill):
        raise BillError(ErrorCode.NOT_A_BILL, path, photo=read_by_ocr)
    if read_by_ocr:
        _mark_ocr(bill, frames, [s for r in ordered for s in r.scanned])
    else:
        for charge in bill.charges:
            charge.confidence = None
    return bill


def _mark_ocr(bill: Bill, frames: Sequence[OcrPage | None], scanned: list[ScannedPage]) -> None:
    """Say what was read by OCR and how surely, and put each charge's box back on the image as given."""
    read = [f for f in frames if f is not None]
    bill.source = "ocr"
    bill.confidence = round(sum(f.confidence for f in read) / len(read) / 100, 3)
    bill.images = scanned
    for charge in bill.charges:
        frame = frames[charge.page - 1] if 0 < charge.page <= len(frames) else None
        if frame is None:
            charge.confidence = None
            continue
        charge.bbox = frame.to_image(charge.bbox)


def read_bill(path: str) -> Bill:
    """Read one PDF bill. Raises `BillError` with the contract's code when the file cannot be read."""
    return finish_bill(path, [read_pages(path)])


def looks_like_bill(bill: Bill) -> bool:
    """A bill prints at least two of its identifying fields and some amount, or one field and charges that
    speak of a phone or an internet line; a letter or a recipe does neither."""
    evidence = [
        bill.operator is not None,
        bill.invoice_number is not None,
        bill.invoice_date is not None,
        bill.period_start is not None,
        bill.account_number is not None,
        bool(bill.line_numbers),
        bill.total is not None,
    ]
    amounts = bill.total is not None or bool(bill.charges)
    if sum(evidence) >= 2 and amounts:
        return True
    # an operator nobody here knows, its fields worded its own way: charges that speak of phone or internet
    telecom = any(p.search(c.label) for p in layout().telecom_words for c in bill.charges)
    return amounts and telecom and sum(evidence) >= 1


# ---------------------------------------------------------------------------------------------- the bill


def is_sample_page(page: Sequence[Line]) -> bool:
    """A page explaining the bill with a made-up example: two different signs of it, or a watermark (a
    marker anchored to a whole line, such as EXEMPLE alone)."""
    hits: set[int] = set()
    for index, pattern in enumerate(layout().sample_page):
        for line in page:
            if pattern.search(line.text):
                if pattern.pattern.startswith("^") and pattern.pattern.endswith("$"):
                    return True
                hits.add(index)
    return len(hits) >= 2


def build_bill(path: str, pages: Sequence[Sequence[Line]]) -> Bill:
    """Turn a bill's lines (from the PDF's text layer or from OCR) into its fields and charges."""
    every_page = pages
    samples = {i for i, page in enumerate(pages) if is_sample_page(page)}
    if samples and len(samples) < len(pages):
        pages = [page if i not in samples else [] for i, page in enumerate(pages)]
    all_lines = [line for page in pages for line in page]
    # who issued the bill is printed on its first pages and in its footers, not in the call detail
    head = [*pages[:3], *pages[-1:]] if len(pages) > 4 else pages
    template = identify_operator("\n".join(line.text for page in head for line in page))
    slug = template.slug if template else None
    bill = Bill(path=path, pages=len(pages), operator=slug)

    finder = FieldFinder(all_lines, slug)
    bill.invoice_number = finder.find("invoice_number", parse_identifier)
    bill.invoice_date = finder.find("invoice_date", parse_full_date)
    period = finder.find("period", lambda text: parse_period(text, bill.invoice_date))
    if period:
        bill.period_start, bill.period_end = period
    bill.account_number = finder.find("account_number", parse_identifier)
    bill.line_numbers = finder.find("line_numbers", parse_phones) or []
    bill.total = finder.find("total", parse_first_money)
    if bill.total is None:
        bill.total = finder.find("total_part", parse_first_money)
    bill.holder, bill.contacts = holder_and_contacts([*pages[:2], *pages[2:][-1:]])

    reference = bill.period_end or bill.invoice_date
    running = running_lines(every_page, bill.invoice_number)
    bill.charges, bill.set_aside, bill.loose_text = read_charges(pages, reference, bill.total, running)
    bill.reconciliation = reconcile(bill.charges, bill.total)
    return bill
