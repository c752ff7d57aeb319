"""Bills read by the engine → a case in the dossier, the same way from the window and from the CLI."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kkoguard.bills.model import Bill
from kkoguard.dossier.model import CaseStatus
from kkoguard.dossier.store import Dossier


def case_for(dossier: Dossier, bill: Bill) -> int:
    """The open case for this bill's operator and line, or a new one named after them."""
    from kkoguard.report import operator_name

    line = bill.line_numbers[0] if bill.line_numbers else None
    for case in dossier.cases():
        if (
            case.operator == bill.operator
            and case.line_number == line
            and case.status not in (CaseStatus.REFUNDED, CaseStatus.CLOSED)
        ):
            return case.id
    name = operator_name(bill.operator) or "Opérateur inconnu"
    title = f"{name} {line}" if line else name
    case = dossier.create_case(
        title, operator=bill.operator, line_number=line, account_number=bill.account_number
    )
    return case.id


def bill_document(bill: Bill) -> tuple[bytes, str]:
    """The bill as kept in the dossier: its PDF, or for a bill given as photos one PDF of its pages (named
    after the first), on which the charges' boxes fall as on the review page."""
    if bill.images:
        from kkoguard.ocr.document import scanned_pdf

        return scanned_pdf(bill.images), Path(bill.path).stem + ".pdf"
    return Path(bill.path).read_bytes(), Path(bill.path).name


def save_bills(
    dossier: Dossier,
    bills: Sequence[Bill],
    *,
    case_id: int | None = None,
    disputed: Callable[[Bill, int], bool] | None = None,
) -> list[tuple[int, bool]]:
    """Store each bill (its PDF, see `bill_document`) with its charges; returns (case id, newly added) per
    bill. `disputed(bill, index)` says which charges the user disputes (default: the suspicious ones); it is
    applied to bills already stored too, so a second review updates the choice."""
    results = []
    for bill in bills:
        target = case_id if case_id is not None else case_for(dossier, bill)
        data, filename = bill_document(bill)
        evidence, new = dossier.add_bill(target, data, filename=filename, bill=bill)
        if disputed is not None and len(evidence.charges) == len(bill.charges):
            chosen = [disputed(bill, i) for i in range(len(bill.charges))]
            dossier.set_disputed([c.id for c, yes in zip(evidence.charges, chosen, strict=True) if yes], True)
            dossier.set_disputed(
                [c.id for c, yes in zip(evidence.charges, chosen, strict=True) if not yes], False
            )
        results.append((target, new))
    return results
