"""What a bill becomes once read: plain data, no PDF or Qt objects, safe to pass between processes."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


class Kind(enum.StrEnum):
    """Family of a third-party charge, as named by the scan contract."""

    INTERNET_PLUS = "internet_plus"
    SMS_PLUS = "sms_plus"
    GALLERY = "gallery"
    MULTIMEDIA = "multimedia"
    APP_STORE = "app_store"
    PREMIUM_CALL = "premium_call"
    OTHER_THIRD_PARTY = "other_third_party"


class Origin(enum.StrEnum):
    """Who says what a charge is: the reader, or the person checking the bill against the paper."""

    READ = "read"
    TYPED = "typed"
    """Added by the person: a line the reader missed."""
    EDITED = "edited"
    """Read, then corrected by the person (amount, date, label or merchant)."""
    NOT_CHARGE = "not_charge"
    """Read as a charge, but the person says it is not one (a subtotal, a reminder): kept, never counted."""


BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, origin top-left (pdfplumber's convention)."""


@dataclass
class Charge:
    """One amount-bearing line item, plus what detection concluded about it."""

    label: str
    amount: Decimal
    date: date | None
    page: int
    bbox: BBox
    section: str | None = None
    third_party: bool = False
    suspicious: bool = False
    kind: Kind | None = None
    merchant: str | None = None
    short_number: str | None = None
    reasons: list[str] = field(default_factory=list)
    confidence: float | None = None
    """For a charge read by OCR, how sure it is of the amount (0-1, the least sure of its digits)."""
    origin: Origin = Origin.READ

    @property
    def counted(self) -> bool:
        """Whether the charge is part of the bill's sums (not one the person set apart)."""
        return self.origin is not Origin.NOT_CHARGE


class Status(enum.StrEnum):
    """Whether the charges found add up to the total the bill prints."""

    BALANCED = "balanced"
    UNBALANCED = "unbalanced"
    NO_TOTAL = "no_total"


@dataclass(frozen=True)
class Reconciliation:
    status: Status
    charges_sum: Decimal
    total: Decimal | None
    difference: Decimal | None
    """total - charges_sum: positive when the bill asks for more than the charges found."""
    unexplained: tuple[str, ...] = ()
    """Third-party mentions the sweep could not tie to a counted charge: the bill is then unbalanced
    whatever its sums say, because a label was read apart from its amount."""

    @property
    def balanced(self) -> bool:
        return self.status is Status.BALANCED


@dataclass
class ScannedPage:
    """An image a page was read from by OCR: enough to show it again with the charges outlined on it."""

    file: str
    frame: int
    """The image's place in its file (a multi-page TIFF), 0-based."""
    pixels_per_point: float
    """The bill's boxes are in points; one point is this many pixels of the (EXIF-upright) image."""


@dataclass
class Bill:
    """The fields printed on one bill; None means "not printed", never a guess."""

    path: str
    pages: int
    operator: str | None = None
    invoice_number: str | None = None
    invoice_date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    account_number: str | None = None
    line_numbers: list[str] = field(default_factory=list)
    total: Decimal | None = None
    charges: list[Charge] = field(default_factory=list)
    # Postal blocks as printed: the account holder (name, then address lines) and, when the bill prints
    # them, complaint addresses by role ("customer_service", "consumer_service"). Personal data: never logged.
    holder: list[str] = field(default_factory=list)
    contacts: dict[str, list[str]] = field(default_factory=dict)
    source: str = "text"
    """"text" when read from the PDF's text layer, "ocr" when any page was read from an image."""
    confidence: float | None = None
    """For OCR, the mean confidence of the words read (0-1)."""
    images: list[ScannedPage] = field(default_factory=list)
    """For a bill given as images, one per page, in order; a PDF (even scanned) shows itself."""
    set_aside: list[Charge] = field(default_factory=list)
    """Rows with an amount that are not charges (totals, subtotals, summary rows, calls), each with why in
    its `reasons`: what the third-party sweep looks through."""
    loose_text: list[str] = field(default_factory=list)
    """Text lines that are part of no charge and head no section: the sweep looks for third-party names
    there too (a label the reader cut off from its amount)."""
    reconciliation: Reconciliation | None = None
    examined: str | None = None
    """The language and the reading its charges were classified for (detection/examine.py); None until
    then."""
    """The charges found against the printed total (bills/reconcile.py); None until the reader is done."""
