"""PDF bill → `Bill`: the printed fields and every amount-bearing line item, in reading order.

The reader knows how French bills are laid out in general (resources/operators/_generic.toml) and what each
operator prints (resources/operators/*.toml); it needs no per-operator code, so an unknown operator's bill
still yields its amounts and line items.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kkoguard.bills.addresses import holder_and_contacts
from kkoguard.bills.layout import Cell, Line, group_lines
from kkoguard.bills.model import Bill, Charge, ScannedPage
from kkoguard.bills.parse import find_dates, find_money, fold, money_cells, parse_date, parse_period
from kkoguard.bills.reconcile import choose, reconcile, without_subtotals, without_summary
from kkoguard.bills.templates import FIELDS, identify_operator, label_patterns, layout
from kkoguard.errors import BillError, ErrorCode
from kkoguard.ocr.images import sniff_image

if TYPE_CHECKING:
    from kkoguard.ocr.engine import OcrPage

T = TypeVar("T")

MAX_PAGES = 2000
"""Beyond this a file is refused as too large; a year of call detail is a few hundred pages."""

_PDF_MAGIC_WINDOW = 1024
_PHONE_RE = re.compile(
    r"(?<![\d+])(?:\+33[\s\u00a0]?|0033[\s\u00a0]?|0)([1-9](?:[\s\u00a0\u202f.\-]?\d{2}){4})(?!\d)"
)
_ID_RE = re.compile(r"[A-Z0-9][A-Z0-9\-/._]*(?:[ \u00a0\u202f]\d{1,4}(?![\d/]))*", re.IGNORECASE)
_RATE = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?\s?%$")
_QUANTITY = re.compile(r"^[x×]?\s?\d{1,3}(?:[.,]\d{1,3})?\s?[x×]?$")
_LABEL_VALUE_SEP = re.compile(r"^(?:[\s:.–]|-(?![\s\u00a0]?\d))*(?:n°\s*:?\s*)?", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------- opening


def _check_file(path: str) -> str:
    """What the file is by its first bytes: "pdf" or "image". A picture renamed ".pdf" is not a PDF."""
    file = Path(path)
    if not file.is_file():
        raise BillError(ErrorCode.NOT_FOUND, path)
    with file.open("rb") as f:
        head = f.read(_PDF_MAGIC_WINDOW)
    if b"%PDF-" in head:
        return "pdf"
    if sniff_image(head) and file.suffix.lower() != ".pdf":
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
    telecom = any(_TELECOM.search(c.label) for c in bill.charges)
    return amounts and telecom and sum(evidence) >= 1


_TELECOM = re.compile(
    r"\b(?:forfait|abonnement|mobile|internet|box|fibre|adsl|sms|mms|appels?|communications?|data|go|"
    r"option|ligne|hors[- ]forfait|roaming|itinérance)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------------- header fields


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
    samples = {i for i, page in enumerate(pages) if is_sample_page(page)}
    if samples and len(samples) < len(pages):
        pages = [page if i not in samples else [] for i, page in enumerate(pages)]
    all_lines = [line for page in pages for line in page]
    # who issued the bill is printed on its first pages and in its footers, not in the call detail
    head = [*pages[:3], *pages[-1:]] if len(pages) > 4 else pages
    template = identify_operator("\n".join(line.text for page in head for line in page))
    slug = template.slug if template else None
    bill = Bill(path=path, pages=len(pages), operator=slug)

    finder = _FieldFinder(all_lines, slug)
    bill.invoice_number = finder.find("invoice_number", _parse_identifier)
    bill.invoice_date = finder.find("invoice_date", _parse_full_date)
    period = finder.find("period", lambda text: parse_period(text, bill.invoice_date))
    if period:
        bill.period_start, bill.period_end = period
    bill.account_number = finder.find("account_number", _parse_identifier)
    bill.line_numbers = finder.find("line_numbers", _parse_phones) or []
    bill.total = finder.find("total", _parse_first_money)
    bill.holder, bill.contacts = holder_and_contacts([*pages[:2], *pages[2:][-1:]])

    reference = bill.period_end or bill.invoice_date
    bill.charges, bill.set_aside, bill.loose_text = _read_charges(pages, reference, bill.total)
    bill.reconciliation = reconcile(bill.charges, bill.total)
    return bill


def _read_charges(
    pages: Sequence[Sequence[Line]], reference: date | None, total: Decimal | None
) -> tuple[list[Charge], list[Charge], list[str]]:
    """The charges, the other rows with an amount, and the text lines that belong to no charge.

    Two readers read the bill: one that follows its tables, one that takes every row with an amount; the
    bill's own arithmetic (subtotals, a summary box that repeats the detail, the total) chooses between
    their readings."""
    tables = _ChargeReader(pages, reference)
    followed = tables.read()
    if followed and total is not None and reconcile(followed, total).difference == 0 and not tables.headed:
        return followed, tables.set_aside, tables.loose  # the tables add up to the cent, and are no summary
    rows = _ChargeReader(pages, reference, generic=True)
    every = rows.read()
    kept, subtotals = without_subtotals(every)
    headed = {id(c) for c in rows.headed}
    unheaded = [c for c in kept if id(c) not in headed]
    readings = [
        followed,
        every,
        kept,
        without_summary(every, total)[0],
        without_summary(kept, total)[0],
        unheaded,
        without_summary(unheaded, total)[0],
    ]
    # a reading made mostly of rows named like the bill's section headings is its summary box: it may add
    # up, but it names no merchant; it is kept only when no other reading found anything
    headed_ids = headed | {id(c) for c in tables.headed}
    summaries = [sum(id(c) in headed_ids for c in r) * 2 > len(r) > 0 for r in readings]
    if not all(summaries[i] or not r for i, r in enumerate(readings)):
        readings = [[] if summaries[i] else r for i, r in enumerate(readings)]
    chosen = choose(readings, total)
    if reconcile(readings[chosen], total).difference == 0:
        # a summary box adds up too: when taking a box off (readings 3, 4, 6) leaves a finer reading that
        # adds up as well, the box was what the first reading had found
        finer = [
            i
            for i in (3, 4, 6)
            if len(readings[i]) < len(readings[{3: 1, 4: 2, 6: 5}[i]])  # a box was taken off
            and reconcile(readings[i], total).difference == 0
            and not any(id(c) in headed_ids for c in readings[i])  # and all of it
        ]
        chosen = max([chosen, *finer], key=lambda i: (len(readings[i]), i == chosen))
    if chosen == 0:
        return followed, tables.set_aside, tables.loose
    left_out = [_aside(c, "subtotal") for c in subtotals] if chosen in (2, 4, 5, 6) else []
    summary = {id(c) for c in every} - {id(c) for c in readings[chosen]} - {id(c) for c in subtotals}
    left_out += [_aside(c, "summary") for c in every if id(c) in summary]
    return list(readings[chosen]), [*rows.set_aside, *left_out], rows.loose


def _parse_identifier(value: str) -> str | None:
    m = _ID_RE.match(value)
    if not m:
        return None
    token = re.sub(r"[\s\u00a0\u202f]+", "", m.group(0)).rstrip(".-/")
    if len(token) < 3 or not any(c.isdigit() for c in token) or parse_date(m.group(0)):
        return None
    return token


def _parse_full_date(value: str) -> date | None:
    for found in find_dates(value):
        return found.resolve()
    return None


def _parse_phones(value: str) -> list[str] | None:
    numbers = []
    for m in _PHONE_RE.finditer(value):
        digits = "0" + re.sub(r"\D", "", m.group(1))
        if digits not in numbers:
            numbers.append(digits)
    return numbers or None


def _parse_first_money(value: str) -> Decimal | None:
    for money in find_money(value):
        return money.value
    # a bill that prints every amount bare ("19.99"): the first cell, if it is nothing but an amount
    first = value.strip().split("  ")[0]
    values = money_cells(first)
    return values[0] if values and len(values) == 1 else None


def _cell_starts(line: Line) -> set[int]:
    """Where each cell begins in `line.text`: a field's label starts a cell, it is not inside a sentence."""
    starts, offset = set(), 0
    for cell in line.cells:
        starts.add(offset)
        offset += len(cell.text) + 1
    return starts


class _FieldFinder:
    """Finds "Label : value" on the bill: value after the label on the same line, else on the line below."""

    def __init__(self, lines: Sequence[Line], operator: str | None) -> None:
        self.lines = lines
        self.operator = operator

    def find(self, name: str, parse: Callable[[str], T | None]) -> T | None:
        """The first page first: that is where bills print their fields, and long bills are mostly calls."""
        first_page = sum(1 for line in self.lines if line.page == self.lines[0].page) if self.lines else 0
        for scope in (range(first_page), range(len(self.lines))):
            value = self._find_in(scope, name, parse)
            if value is not None:
                return value
        return None

    def _find_in(self, scope: range, name: str, parse: Callable[[str], T | None]) -> T | None:
        for pattern in label_patterns(name, self.operator):
            # "du 01/03 au 31/03" is unmistakable anywhere, and so is a label written as a phrase ("\bvotre
            # facture du"); other labels start a cell, not a sentence
            anchored = name != "period" and not pattern.pattern.startswith("\\b")
            for index in scope:
                line = self.lines[index]
                text = line.text
                if name == "line_numbers" and any(money_cells(c.text) for c in line.cells):
                    continue  # "Forfait … - ligne 06 …  11,99 €" is a charge, not the header's line list
                starts = _cell_starts(line) if anchored else None
                for m in pattern.finditer(text):
                    if starts is not None and m.start() not in starts:
                        continue
                    rest = _LABEL_VALUE_SEP.sub("", text[m.end() :], count=1)
                    value = parse(rest) if rest else None
                    if value is None and not rest.strip():
                        value = self._below(index, line, m.start(), parse)
                    if value is None and not rest.strip():
                        value = self._above(index, line, m.start(), parse)
                    if value is None and not rest.strip() and m.start() > 0:
                        value = self._left(line, m.start(), parse)
                    if value is None and starts is not None and m.end() + 1 in starts:
                        # a row of labels ("Numéro de facture   Date") under a row of values: cards
                        value = self._above(index, line, m.start(), parse)
                    if value is None and starts is not None and m.end() + 1 in starts:
                        # a row of labels over a row of values ("Id.client  N° facture" over "10577874 …")
                        value = self._below_in_column(index, line, m.end() + 1, parse)
                    if value is not None:
                        return value
        return None

    @staticmethod
    def _left(line: Line, start: int, parse: Callable[[str], T | None]) -> T | None:
        """A value printed before its label ("36€73   Total dû"): the cell just left of it, alone."""
        offset = 0
        previous: Cell | None = None
        for cell in line.cells:
            if offset == start:
                return parse(previous.text) if previous is not None and money_cells(previous.text) else None
            offset += len(cell.text) + 1
            previous = cell
        return None

    def _above(self, index: int, line: Line, start: int, parse: Callable[[str], T | None]) -> T | None:
        """A value printed just above its label, left-aligned with it."""
        if index == 0:
            return None
        above = self.lines[index - 1]
        if above.page != line.page or line.top - above.bottom > 1.5 * line.height:
            return None
        x = line.words[len(line.text[: start + 1].split()) - 1].x0 if start else line.x0
        cells = [c for c in above.cells if abs(c.x0 - x) <= 3]
        return parse(cells[0].text) if cells else None

    def _below_in_column(
        self, index: int, line: Line, next_start: int, parse: Callable[[str], T | None]
    ) -> T | None:
        """The value under a label that is followed by other labels on its line: only what is printed in
        the label's own column, between its start and the next label."""
        if index + 1 >= len(self.lines):
            return None
        below = self.lines[index + 1]
        if below.page != line.page or below.top - line.bottom > 2 * line.height:
            return None
        offset = 0
        label_x0 = until = None
        for cell in line.cells:
            if offset + len(cell.text) + 1 == next_start:
                label_x0 = cell.x0
            elif offset == next_start:
                until = cell.x0
            offset += len(cell.text) + 1
        if label_x0 is None or until is None:
            return None
        cells = [c for c in below.cells if c.x0 >= label_x0 - 4 and c.x1 <= until]
        return parse(cells[0].text) if len(cells) == 1 else None

    def _below(self, index: int, line: Line, start: int, parse: Callable[[str], T | None]) -> T | None:
        """The value printed under its label: on the next line, or, when a box beside it has its own
        lines in between, on the next line that has something in the label's column."""
        x = line.words[len(line.text[: start + 1].split()) - 1].x0 if start else line.x0
        for below in self.lines[index + 1 : index + 4]:
            if below.page != line.page or below.top - line.bottom > 2.5 * line.height:
                return None
            cells = [c for c in below.cells if c.x1 >= x - 2]
            in_column = below is self.lines[index + 1] or (cells and cells[0].x0 >= x - 4)
            if in_column and cells:
                return parse(" ".join(c.text for c in cells))
        return None


# ---------------------------------------------------------------------------------------------- charges


@dataclass
class _Row:
    """A line inside a table of charges, before wrapped labels are joined."""

    line: Line
    label_cells: list[Cell]
    amount: Decimal | None
    date_cell: Cell | None = None
    section: str | None = None
    after_total: bool = False
    prefix: list[Line] = field(default_factory=list)
    suffix: list[Line] = field(default_factory=list)

    @property
    def columns_x0(self) -> float:
        """Where the date and amount columns start: a wrapped label never reaches them."""
        end = self.label_cells[-1].x1 if self.label_cells else self.line.x0
        cells = [c for c in self.line.cells if c not in self.label_cells and c.x0 >= end]
        return min(c.x0 for c in cells) if cells else float("inf")  # amounts left of the label


@dataclass
class _Table:
    calls: bool
    ttc_x: float | None
    x1: float | None = None  # the header's right edge: what is printed beyond it is another box
    x0: float | None = None  # the header's left edge: what ends before it is a box beside the table
    last_row_bold: bool | None = None


class _ChargeReader:
    """Walks the bill's lines in reading order, keeping track of the table and section each line is in."""

    def __init__(
        self, pages: Sequence[Sequence[Line]], reference: date | None, *, generic: bool = False
    ) -> None:
        """With `generic`, every row carrying an amount is a candidate wherever the tables are, or whether
        there are any: headers only say which column is TTC and where call detail is, totals end nothing,
        and a line holding several label-amount pairs (columns side by side) gives each of them."""
        self.reference = reference
        self.layout = layout()
        self.generic = generic
        self.pages = [_by_columns(page) for page in pages] if generic else pages
        self.set_aside: list[Charge] = []
        self.headed: list[Charge] = []
        self.loose: list[str] = []
        """Text lines that are neither part of a charge's label nor a heading, for the sweep."""
        """Charges whose label is also a section's heading: a summary box's rows, most of the time."""
        """Rows with an amount that were not taken as charges (calls, totals, subtotals), for the sweep."""
        # only a table of charges counts: a bill listing its charges as plain lines may still have call detail
        headers = (self._header(line) for page in pages for line in page)
        self.has_tables = not generic and any(h is not None and not h.calls for h in headers)

    def read(self) -> list[Charge]:
        charges: list[Charge] = []
        table: _Table | None = None if self.has_tables else _Table(calls=False, ttc_x=None)
        headings: set[str] = set()
        section: str | None = None
        after_total = False
        relisted: list[Charge] = []
        for page in self.pages:
            entries: list[_Row | Line] = []
            headers: set[int] = set()
            totals: set[int] = set()
            previous_text: Line | None = None
            for line in page:
                header = self._header(line)
                if header is not None:
                    table = header if header.calls or not self.generic else _Table(False, header.ttc_x)
                    if previous_text is not None:
                        section = previous_text.text
                        headings.add(fold(section))
                    headers.add(len(entries))
                    entries.append(line)
                    previous_text = None
                    continue
                if table is not None and table.calls:  # a call, a text, a data session: never a charge
                    self._set_aside(line, "call")
                    totals.add(len(entries))
                    entries.append(line)
                    previous_text = None if any(ch.isdigit() for ch in line.text) else line
                    continue
                row = self._row(line, table)
                if row is None and self._subheading(line, table):
                    section = line.text  # "Services facturés par des tiers" inside a table
                    headings.add(fold(section))
                    totals.add(len(entries))  # never part of a wrapped label
                    entries.append(line)
                    previous_text = line
                    continue
                if row is None:
                    entries.append(line)
                    previous_text = line
                    continue
                previous_text = None
                label = " ".join(c.text for c in row.label_cells)
                if self._not_charge(label):
                    self._set_aside(line, "total", row)
                    if self.generic:
                        if self._ends_tables(label) and table is not None and table.calls:
                            table = _Table(calls=False, ttc_x=None)
                    elif self._ends_tables(label):
                        table = None if self.has_tables else table
                        after_total = (
                            after_total or bool(charges) or any(isinstance(e, _Row) for e in entries)
                        )
                    totals.add(len(entries))  # a total or a subtotal: no label runs across it
                    entries.append(line)
                    continue
                if table is None or table.calls:
                    self._set_aside(line, "outside", row)
                    totals.add(len(entries))
                    entries.append(line)
                    continue
                if table.ttc_x is not None and len(row.line.cells) > 0:
                    row.amount = self._pick_ttc(line, table.ttc_x) or row.amount
                row.section = section
                row.after_total = after_total
                table.last_row_bold = line.bold
                entries.append(row)
            attached = self._join_wrapped(entries, headers, totals)
            if not self.has_tables:
                section = self._sections_without_tables(entries, attached, section, headings)
            self.loose += [
                entry.text
                for i, entry in enumerate(entries)
                if isinstance(entry, Line)
                and i not in attached | headers
                and fold(entry.text) not in headings
                and not any(find_money(entry.text))  # rows with an amount are the set-aside ones
                and not any(money_cells(cell.text) for cell in entry.cells)
            ]
            for entry in entries:
                if isinstance(entry, _Row):
                    charge = self._charge(entry)
                    if charge and entry.after_total:
                        relisted.append(charge)
                    elif charge:
                        charges.append(charge)
        kept = _not_relisted(charges, relisted)
        for charge in relisted:
            if charge not in kept:
                self.set_aside.append(_aside(charge, "relisted"))
        charges += kept
        # a recap box repeats each section's heading with its subtotal: not a charge
        self.headed = [c for c in charges if _named_like_heading(fold(c.label), headings)]
        if self.generic:
            return charges  # the arithmetic decides whether a row named like a section is its summary
        self.set_aside += [_aside(c, "heading") for c in charges if fold(c.label) in headings]
        return [c for c in charges if fold(c.label) not in headings]

    def _set_aside(self, line: Line, why: str, row: _Row | None = None) -> None:
        row = row or self._row(line)
        if row is None or row.amount is None:
            return
        label = " ".join(c.text for c in row.label_cells) or line.text
        bbox = (line.x0, line.top, line.x1, line.bottom)
        self.set_aside.append(Charge(label, row.amount, None, line.page, bbox, reasons=[why]))

    def _sections_without_tables(
        self, entries: list[_Row | Line], attached: set[int], section: str | None, headings: set[str]
    ) -> str | None:
        """With no table headers, a text line that continues no charge is the heading of those below it;
        a column title printed over the amounts alone ("TTC(*)") is not, the line above it is."""
        for i, entry in enumerate(entries):
            if isinstance(entry, _Row):
                entry.section = section
                continue
            if i in attached or self._column_titles(entry):
                continue
            following = next(
                (
                    e
                    for k, e in enumerate(entries[i + 1 :], start=i + 1)
                    if not isinstance(e, Line) or not (k in attached or self._column_titles(e))
                ),
                None,
            )
            if isinstance(following, _Row):
                section = entry.text
                headings.add(fold(section))
        return section

    # -- line classification

    @cached_property
    def row_labels(self) -> set[str]:
        """What the bill's rows with an amount are called: a text line named so elsewhere is a title."""
        return {
            fold(" ".join(c.text for c in row.label_cells)).strip(" :")
            for page in self.pages
            for line in page
            if (row := self._row(line)) is not None
        }

    def _column_titles(self, line: Line) -> bool:
        """A line made only of column-title words ("€ TTC", "Montant", "TTC(*)")."""
        words = [_header_word(t) for t in line.text.split()]
        return bool(words) and all(w in self.layout.header_words or not w for w in words)

    def _header(self, line: Line) -> _Table | None:
        """A table's column titles ("Désignation  Date  Montant TTC"), possibly followed on the same
        baseline by a box printed beside the table, which is then left out of the table."""
        vocabulary = self.layout.header_words
        # a box printed left of the table (a sidebar) may share the header's baseline: skip it
        for skip, cell in enumerate(line.cells):
            if skip and cell.x0 - line.cells[skip - 1].x1 < 40:
                return None
            table = self._header_from(line.cells[skip:], vocabulary)
            if table is not None:
                return table
        return None

    def _header_from(self, row_cells: list[Cell], vocabulary: frozenset[str]) -> _Table | None:
        cells: list[Cell] = []
        hits = 0
        for cell in row_cells:
            words = [w for w in (_header_word(t) for t in cell.text.split()) if w]
            if not words or not all(w in vocabulary for w in words):
                break
            cells.append(cell)
            hits += len(words)
        if hits < 2:
            return None
        text = fold(" ".join(c.text for c in cells))
        calls = any(w in text for w in self.layout.call_detail_words)
        ttc_x = None
        for cell in cells:
            if any(_header_word(w) in self.layout.ttc_words for w in cell.text.split()):
                ttc_x = (cell.x0 + cell.x1) / 2
        return _Table(calls=calls, ttc_x=ttc_x, x1=cells[-1].x1, x0=cells[0].x0)

    @staticmethod
    def _subheading(line: Line, table: _Table | None) -> bool:
        """A bold line inside a table of charges whose rows are not bold heads the rows below it."""
        return table is not None and not table.calls and line.bold and table.last_row_bold is not True

    def _row(self, line: Line, table: _Table | None = None) -> _Row | None:
        """The line as label cells + date + amount, or None when it carries no amount at the end."""
        amounts: list[tuple[Cell, Decimal]] = []
        label_cells: list[Cell] = []
        date_cell: Cell | None = None
        edge = table.x1 + 12 if table is not None and table.x1 is not None else None
        left = table.x0 - 12 if table is not None and table.x0 is not None else None
        for cell in line.cells:
            if left is not None and cell.x1 < left and not label_cells:
                continue  # a sidebar printed left of the table
            if edge is not None and cell.x0 > edge:
                break  # a box printed beside the table (a recap) shares this baseline
            values = money_cells(cell.text)
            if values is not None:
                amounts.extend((cell, v) for v in values)
                continue
            if amounts and cell.text.strip().upper() in ("€", "EUR", "TTC", "€ TTC", "EUR TTC"):
                continue  # the currency printed in its own column
            if amounts and _RATE.match(cell.text):
                continue  # a VAT rate column ("20 %") after the amounts
            if amounts and date_cell is None and _only_a_date(cell.text):
                date_cell = cell  # the date printed last, after the amount
                continue
            if amounts:
                return None  # text after an amount: a recap box ("Forfaits 45,99 € Options 3,00 €")
            if date_cell is None and label_cells and parse_date(cell.text, self.reference):
                date_cell = cell
                continue
            if label_cells and (_QUANTITY.match(cell.text) or _RATE.match(cell.text)):
                continue  # a quantity, unit or VAT rate column between the label and the amounts
            if date_cell is not None:
                return None
            label_cells.append(cell)
        if not amounts:
            return self._row_with_inline_amount(line, label_cells)
        return _Row(line, label_cells, amounts[-1][1], date_cell)

    def _row_with_inline_amount(self, line: Line, label_cells: list[Cell]) -> _Row | None:
        """A layout that prints "Label .... 4,99 €" with no wide gap: the amount ends the last cell."""
        if not label_cells:
            return None
        last = label_cells[-1]
        found = list(find_money(last.text))
        if not found or found[-1].end != len(last.text) or not found[-1].has_currency:
            return None
        money = found[-1]
        keep = last.text[: money.start].strip()
        if not keep:
            return None
        words = []
        for word in last.words:
            words.append(word)
            if len(" ".join(w.text for w in words)) >= len(keep):
                break
        return _Row(line, [*label_cells[:-1], Cell(words)], money.value)

    def _pick_ttc(self, line: Line, ttc_x: float) -> Decimal | None:
        best: tuple[float, Decimal] | None = None
        for cell in line.cells:
            values = money_cells(cell.text)
            if values and len(values) == 1:
                distance = abs((cell.x0 + cell.x1) / 2 - ttc_x)
                if best is None or distance < best[0]:
                    best = (distance, values[0])
        return best[1] if best else None

    def _not_charge(self, label: str) -> bool:
        stripped = label.strip(" :-")
        return any(p.search(stripped) for p in self.layout.not_charge)

    @staticmethod
    def _ends_tables(label: str) -> bool:
        return any(p.search(label) for p in label_patterns("total", None))

    # -- wrapped labels

    def _join_wrapped(self, entries: list[_Row | Line], headers: set[int], totals: set[int]) -> set[int]:
        """Attach the text-only lines of a wrapped label to the charge they belong to.

        Consecutive text lines between two charges are one block; it is cut where the lines are furthest
        apart (within a label, lines sit closer than between two labels). When the spacing says nothing,
        the bill's own habit decides: whether its labels carry the amount on their first or last line, as
        seen in the blocks that touch only one charge. A label never runs across a table header or a
        total, and the line just above a header is that table's heading. Returns the positions of the
        lines attached.
        """
        barriers = headers | totals
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(entries):
            if isinstance(entries[i], _Row) or i in barriers:
                i += 1
                continue
            j = i
            while j < len(entries) and not isinstance(entries[j], _Row) and j not in barriers:
                j += 1
            runs.append((i, j - 1 if j in headers else j))
            i = j
        attached: set[int] = set()
        votes = {0: 0, 1: 0}
        undecided: list[tuple[int, int, _Row, _Row]] = []
        for start, stop in runs:
            if start >= stop:
                continue
            before = entries[start - 1] if start > 0 else None
            after = entries[stop] if stop < len(entries) else None
            up = before if isinstance(before, _Row) else None
            down = after if isinstance(after, _Row) else None
            if up and down:
                cut = self._cut(entries, start, stop, up, down)
                if cut is None:
                    undecided.append((start, stop, up, down))
                    continue
                attached |= self._attach(entries, start, cut, up, down)
            elif up:
                attached |= self._attach(entries, start, stop, up, None)
                votes[0] += 1
            elif down:
                attached |= self._attach(entries, start, start, None, down)
                votes[1] += 1
        for start, stop, up, down in undecided:
            if votes[0] != votes[1]:
                first_line_amounts = votes[0] > votes[1]
            else:
                first_line_amounts = self._textual_side(_text_line(entries[start]), up) == 0
            attached |= self._attach(entries, start, stop if first_line_amounts else start, up, down)
        return attached

    def _cut(self, entries: list[_Row | Line], start: int, stop: int, up: _Row, down: _Row) -> int | None:
        """Where the block between two charges splits: the first line that goes to the charge below."""
        chain = [up.line, *(_text_line(entries[k]) for k in range(start, stop)), down.line]
        gaps = [b.top - a.top for a, b in pairwise(chain)]
        ranked = sorted(gaps, reverse=True)
        if len(ranked) > 1 and ranked[0] - ranked[1] < 0.5:
            return None
        return start + gaps.index(ranked[0])

    def _attach(
        self, entries: list[_Row | Line], start: int, cut: int, up: _Row | None, down: _Row | None
    ) -> set[int]:
        """Lines start..cut-1 end the label above, lines cut.. start the label below, while they stay in
        line with that label's column and close to it."""
        attached: set[int] = set()
        if up is not None:
            previous = up.line
            for k in range(start, cut):
                line = _text_line(entries[k])
                if not self._continues(line, up, previous):
                    break
                up.suffix.append(line)
                attached.add(k)
                previous = line
        if down is not None:
            stop = start
            while stop < len(entries) and not isinstance(entries[stop], _Row):
                stop += 1
            following = down.line
            block: list[Line] = []
            for k in range(stop - 1, cut - 1, -1):
                line = _text_line(entries[k])
                if k in attached or not self._continues(line, down, following, below=False):
                    break
                block.insert(0, line)
                attached.add(k)
                following = line
            down.prefix[:0] = block
        return attached

    def _continues(self, text: Line, row: _Row, neighbour: Line, below: bool = True) -> bool:
        """Whether `text` can be part of the row's label: close to it, in its column, and never reaching the
        date and amount columns. A label's later lines may be indented, its first line may not."""
        if abs(text.top - neighbour.top) > 1.8 * max(neighbour.height, text.height):
            return False
        if any((p.search if p.pattern.startswith("\\b") else p.match)(text.text) for p in _field_labels()):
            return False  # "Facture n° … du 2 mai", "Période : …": a header field, never part of a label
        if text.bold and not row.line.bold:
            return False  # a bold line over plain rows is their section's title
        if not below and fold(text.text).strip(" :") in self.row_labels:
            return False  # named like a summary row ("Contenus et services multimédia  8,99"): a title
        named = [
            c for c in row.label_cells if not (find_dates(c.text) and parse_date(c.text, date(2000, 1, 1)))
        ]
        label_x0 = (named or row.label_cells)[0].x0 if row.label_cells else row.line.x0
        indent = text.x0 - label_x0 if below else label_x0 - text.x0
        # or in line with a word of the label: "le 12 septembre Achat multimédia" over "VIDEOCLUB24 …"
        words = [w for c in row.label_cells for w in c.words][1:]
        aligned = below and any(-3 <= text.x0 - w.x0 <= 24 for w in words)
        return (-6 <= indent <= 24 or aligned) and text.x1 <= row.columns_x0 + 2

    @staticmethod
    def _textual_side(text: Line, before: _Row | Line | None) -> int:
        """0 when the text reads as the end of the line above, 1 as the start of the one below."""
        first = text.text[:1]
        if first.islower() or first in ")]":
            return 0
        if isinstance(before, _Row) and before.label_cells:
            tail = before.label_cells[-1].text.rstrip()
            if tail.endswith(("(", "-", ",", "via", "de", "à", ":")):
                return 0
        return 1

    # -- charge

    def _charge(self, row: _Row) -> Charge | None:
        if row.amount is None:
            return None
        parts = [line.text for line in row.prefix]
        parts += [c.text for c in row.label_cells]
        parts += [line.text for line in row.suffix]
        label = re.sub(r"\s+", " ", " ".join(parts)).strip()
        when = parse_date(row.date_cell.text, self.reference) if row.date_cell else None
        if when is None:
            label, when = _date_in_label(label, self.reference)
        label = label.strip(" -–:")
        if not label:
            return None
        lines = [*row.prefix, row.line, *row.suffix]
        bbox = (
            min(line.x0 for line in lines),
            min(line.top for line in lines),
            max(line.x1 for line in lines),
            max(line.bottom for line in lines),
        )
        digits = [w.conf for c in row.line.cells if money_cells(c.text) for w in c.words]
        sure = min(digits or [w.conf for w in row.line.words]) / 100
        return Charge(label, row.amount, when, row.line.page, bbox, section=row.section, confidence=sure)


def _not_relisted(charges: Sequence[Charge], after: Sequence[Charge]) -> list[Charge]:
    """Rows printed after the bill's total that repeat a charge already listed (a "détail de vos achats"
    page) are not charged twice; the others are kept."""
    listed = Counter((c.amount, c.date) for c in charges)
    kept = []
    for charge in after:
        key = (charge.amount, charge.date)
        if listed[key] > 0:
            listed[key] -= 1
        else:
            kept.append(charge)
    return kept


def _text_line(entry: _Row | Line) -> Line:
    assert isinstance(entry, Line)
    return entry


def _date_in_label(label: str, reference: date | None) -> tuple[str, date | None]:
    """A date printed inside the label ("Achat du 12/03 ...") is the charge's date, not part of its name."""
    found = list(find_dates(label))
    if len(found) != 1:
        return label, None
    match = found[0]
    before = label[: match.start].rstrip()
    if re.search(r"\b(?:au|jusqu'au|à partir du)$", before, re.IGNORECASE):
        return label, None
    when = match.resolve(reference)
    if when is None:
        return label, None
    before = re.sub(r"(?:^|\s)(?:le|du|the)$", "", before, flags=re.IGNORECASE)
    cleaned = before + " " + label[match.end :].lstrip()
    return cleaned.strip(), when


def _aside(charge: Charge, why: str) -> Charge:
    from dataclasses import replace

    return replace(charge, reasons=[why])


_TRAILING = ("€", "EUR", "TTC", "€ TTC", "EUR TTC", "HT", "CR")


def _segments(line: Line) -> list[Line]:
    """A line cut where an amount is followed by a new label: two columns of "label  amount" side by side
    (a summary beside the detail, a landscape page) give two rows. A label printed right of its amount
    ("4,99EUR  Jeux") is turned round so that every row reads label, then amount."""
    line = _with_amounts_apart(line)
    kinds = [_cell_kind(c) for c in line.cells]
    if "money" not in kinds:
        return [line]
    leading = next((kind for kind in kinds if kind not in ("date", "other")), None)
    amount_first = leading == "money" and "text" in kinds
    parts: list[list[Cell]] = [[]]
    for index, (cell, kind) in enumerate(zip(line.cells, kinds, strict=True)):
        previous = kinds[index - 1] if index else None
        if amount_first:
            starts = kind == "money" and previous == "text" and bool(parts[-1])
        else:
            starts = kind == "text" and previous in ("money", "other", "date") and _has_money(parts[-1])
        if starts:
            parts.append([])
        parts[-1].append(cell)
    if amount_first:
        parts = [_amount_last(part) for part in parts]
    if len(parts) == 1 and not amount_first:
        return [line]
    return [
        Line(line.page, sorted((w for c in part for w in c.words), key=lambda w: w.x0), part)
        for part in parts
        if part
    ]


def _cell_kind(cell: Cell) -> str:
    return _text_kind(cell.text.strip())


@lru_cache(maxsize=16384)
def _text_kind(text: str) -> str:
    """ "money", "other" (a currency, a rate, a quantity), "date" or "text"."""
    if money_cells(text) is not None:
        return "money"
    if text.upper() in _TRAILING or _RATE.match(text) or _QUANTITY.match(text):
        return "other"
    if _only_a_date(text):
        return "date"
    return "text"


def _has_money(cells: list[Cell]) -> bool:
    return any(money_cells(c.text) is not None for c in cells)


def _amount_last(cells: list[Cell]) -> list[Cell]:
    """Leading amounts moved after the label they belong to."""
    lead = 0
    while lead < len(cells) and _cell_kind(cells[lead]) not in ("text",):
        lead += 1
    return [*cells[lead:], *cells[:lead]]


def _by_columns(page: Sequence[Line]) -> list[Line]:
    """The page's rows in reading order. Where part of the page is set in two columns of "label amount"
    rows (a summary beside the detail, a landscape page), that part's left column comes before its right
    one, block by block between the lines that span both (headings, totals)."""
    page = [_with_amounts_apart(line) for line in page]
    found = _gutter(page)
    if found is None:
        return [part for line in page for part in _segments(line)]
    gutter, first, last = found
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for index, line in enumerate(page):
        if not first <= index <= last or any(c.x0 < gutter < c.x1 for c in line.cells):
            out += left + right + _segments(line)
            left, right = [], []
            continue
        for side, cells in ((left, [c for c in line.cells if c.x1 <= gutter]),
                            (right, [c for c in line.cells if c.x0 >= gutter])):  # fmt: skip
            if cells:
                side += _segments(Line(line.page, [w for c in cells for w in c.words], cells))
    return out + left + right


def _gutter(page: Sequence[Line]) -> tuple[float, int, int] | None:
    """An x position that rows pairing a label with an amount stand on both sides of (at least two each),
    with the first and last line of the part of the page where they do: two columns of charges. A
    table's date or amount columns are not a column of their own: the right side needs labels (words
    that are not a date) next to amounts."""
    cells = [c for line in page for c in line.cells]
    if len(cells) < 8:
        return None
    x_min, x_max = min(c.x0 for c in cells), max(c.x1 for c in cells)
    width = x_max - x_min
    candidates = sorted(
        {
            round((a.x1 + b.x0) / 2)
            for line in page
            for a, b in pairwise(line.cells)
            if b.x0 - a.x1 > 12 and x_min + 0.3 * width <= (a.x1 + b.x0) / 2 <= x_min + 0.7 * width
        }
    )
    if not candidates:
        return None
    # each cell once: where it stands and what it is (the candidates are tried against these)
    kinds = [[(c.x0, c.x1, _pair_kind(c)) for c in line.cells] for line in page]
    if sum(1 for line in kinds if any(k == "money" for _, _, k in line)) < 2:
        return None
    best: tuple[int, float, int, int] | None = None
    for x in candidates:
        left = [i for i, line in enumerate(kinds) if _pairs_on(line, x, left_side=True)]
        right = [i for i, line in enumerate(kinds) if _pairs_on(line, x, left_side=False)]
        if len(left) < 2 or len(right) < 2:
            continue
        if max(left[0], right[0]) > min(left[-1], right[-1]):
            continue  # one column after the other, not side by side
        first, last = min(left[0], right[0]), max(left[-1], right[-1])
        crossing = sum(1 for line in kinds[first : last + 1] if any(a < x < b for a, b, _ in line))
        if crossing > 0.25 * (last - first + 1):
            continue
        score = min(len(left), len(right))
        if best is None or score > best[0]:
            best = (score, x, first, last)
    return (best[1], best[2], best[3]) if best else None


def _pairs_on(line: list[tuple[float, float, str]], x: float, *, left_side: bool) -> bool:
    """Whether the cells of `line` on one side of `x` hold a label and an amount."""
    found = {kind for a, b, kind in line if (b <= x if left_side else a >= x)}
    return "money" in found and "label" in found


def _pair_kind(cell: Cell) -> str:
    return _pair_text_kind(cell.text)


@lru_cache(maxsize=16384)
def _pair_text_kind(text: str) -> str:
    """ "money", "label" (letters, not a date, not a total or subtotal) or "other", for `_gutter`."""
    kind = _text_kind(text.strip())
    if kind == "money":
        return kind
    if (
        kind == "text"
        and sum(ch.isalpha() for ch in text) >= 3
        and not _only_a_date(text)
        and not any(p.search(text.strip(" :-")) for p in layout().not_charge)
    ):
        return "label"
    return "other"


def _header_word(token: str) -> str:
    """A column title's word as the vocabulary has it: "TTC(*)" is "ttc", "Montant:" is "montant"."""
    return fold(token).strip(":()[]/.,€%*")


@cache
def _field_labels() -> tuple[re.Pattern[str], ...]:
    """Every header field's label: a line holding one is a field, not the wrapped part of a charge."""
    every = (p for name in FIELDS if name != "total" for p in label_patterns(name, None))
    return tuple(p for p in every if not p.pattern.startswith("(?="))  # "du 01/08 au 31/08" may end a label


def _only_a_date(text: str) -> bool:
    found = list(find_dates(text))
    return len(found) == 1 and not text[: found[0].start].strip() and not text[found[0].end :].strip(" .")


def _named_like_heading(label: str, headings: set[str]) -> bool:
    """A summary row is named like the section it sums up: the heading itself, or its first words
    ("Remises" for "Remises et avantages")."""
    return label in headings or (len(label) >= 5 and any(h.startswith(label) for h in headings))


def _split_leading_amount(cell: Cell) -> list[Cell]:
    """ "11,99EUR Forfait Woot": an amount and its label read as one cell (OCR, tight columns) become two."""
    found = next(iter(find_money(cell.text)), None)
    if found is None or found.start != 0 or not found.has_currency or found.end >= len(cell.text):
        return [cell]
    taken = len(cell.text[: found.end].split())
    if taken >= len(cell.words) or cell.text[found.end] != " ":
        return [cell]
    return [Cell(cell.words[:taken]), Cell(cell.words[taken:])]


def _with_amounts_apart(line: Line) -> Line:
    cells = [part for cell in line.cells for part in _split_leading_amount(cell)]
    return line if len(cells) == len(line.cells) else Line(line.page, line.words, cells)
