"""The same bill given twice: its PDF and a photo of it, two downloads of the PDF, a re-import.

Counting a bill twice doubles the claim (seen in the field: a PDF and a photo of one bill claimed
203,31 € instead of 153,36 € and opened a second case for the same line). Two readings are one bill when:

- they print the same invoice number for the same operator (unknown counts as an operator here, as two
  readings of one file agree on it); or
- the invoice number is missing or was misread by OCR, but they print the same invoice date and the same
  total, and their charges have the same amounts (as a multiset: the order in which lines were read does
  not matter) on dates that agree where both readings have one. Labels are not compared: OCR misreads
  letters far more often than it misreads all the digits of a bill the same way.

Guards against taking two different bills for one: the content rule needs an invoice date, a total and at
least one charge on both sides; known operators must be the same; and two bills read from a text layer
(so with exact line numbers) that name different lines are different bills, even with the same plan and
charges on the same day (a family's two lines). OCR may misread a line number, so lines count only when
both readings are exact.

Pure functions on plain data: used by the summary and the scan report for one run, and by the dossier
(`kkoguard.dossier.importing`) for bills stored in earlier runs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kkoguard.bills.model import Bill, Origin

_SPACES = re.compile(r"[\s\u00a0\u202f]+")


@dataclass(frozen=True)
class BillPrint:
    """What tells one bill from another, whether just read or stored in the dossier."""

    operator: str | None
    invoice_number: str | None
    """As compared: upper case, no spaces; None when not printed (or not stored)."""
    invoice_date: date | None
    total: Decimal | None
    charges: tuple[tuple[Decimal, date | None], ...]
    """(amount, date) of every charge, sorted: a multiset."""
    lines: frozenset[str] = frozenset()
    """Line numbers read exactly (from a text layer); empty when unknown or read by OCR."""

    @classmethod
    def of(cls, bill: Bill) -> BillPrint:
        return cls.from_fields(
            operator=bill.operator,
            invoice_number=bill.invoice_number,
            invoice_date=bill.invoice_date,
            total=bill.total,
            charges=((c.amount, c.date) for c in bill.charges if c.origin is not Origin.TYPED),
            lines=bill.line_numbers if bill.source == "text" else (),
        )

    @classmethod
    def from_fields(
        cls,
        *,
        operator: str | None,
        invoice_number: str | None,
        invoice_date: date | None,
        total: Decimal | None,
        charges: Iterable[tuple[Decimal, date | None]],
        lines: Iterable[str] = (),
    ) -> BillPrint:
        """A print from stored fields (the dossier keeps no invoice number and no line per bill)."""
        number = _SPACES.sub("", invoice_number).upper() if invoice_number else None
        ordered = tuple(sorted(charges, key=lambda c: (c[0], c[1] is not None, c[1] or date.min)))
        return cls(operator, number or None, invoice_date, total, ordered, frozenset(lines))


def same_bill(a: BillPrint, b: BillPrint) -> bool:
    """Whether two prints are of one bill (see the module's docstring for the rules)."""
    if a.invoice_number and a.invoice_number == b.invoice_number and a.operator == b.operator:
        return True
    if a.invoice_date is None or a.total is None or not a.charges:
        return False
    if (a.invoice_date, a.total) != (b.invoice_date, b.total):
        return False
    if a.operator and b.operator and a.operator != b.operator:
        return False
    if a.lines and b.lines and a.lines.isdisjoint(b.lines):
        return False
    return [amount for amount, _ in a.charges] == [amount for amount, _ in b.charges] and _dates_agree(a, b)


def _dates_agree(a: BillPrint, b: BillPrint) -> bool:
    """The charge dates one reading found are all among those the other found (OCR may miss a date, or
    take it for something else; it is not expected to read a wrong date the way the other reading did)."""
    found_a = Counter(day for _, day in a.charges if day is not None)
    found_b = Counter(day for _, day in b.charges if day is not None)
    return not (found_a - found_b) or not (found_b - found_a)


def find_duplicates(bills: Sequence[Bill]) -> dict[int, int]:
    """{index of a later bill: index of the first bill it repeats}, over bills in the order given.

    The first reading of a bill is the one that counts; every later one points to it (never to another
    repeat), so `index not in result` keeps each bill once.
    """
    return find_repeats([BillPrint.of(bill) for bill in bills])


def find_repeats(prints: Sequence[BillPrint]) -> dict[int, int]:
    """`find_duplicates` on prints."""
    repeats: dict[int, int] = {}
    for later, this in enumerate(prints):
        for earlier in range(later):
            if same_bill(prints[earlier], this):
                repeats[later] = repeats.get(earlier, earlier)
                break
    return repeats


def first_match(bill: Bill | BillPrint, known: Sequence[BillPrint]) -> int | None:
    """The index in `known` of the first print of the same bill, or None."""
    this = bill if isinstance(bill, BillPrint) else BillPrint.of(bill)
    return next((i for i, other in enumerate(known) if same_bill(other, this)), None)
