"""Bills read by the engine → a case in the dossier, the same way from the window and from the CLI."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kkoguard.bills.model import Bill, Charge, Kind, Origin
from kkoguard.detection.duplicates import BillPrint, first_match
from kkoguard.dossier.errors import DossierError
from kkoguard.dossier.model import CaseStatus, ChargeRecord, Evidence, EvidenceKind
from kkoguard.dossier.store import Dossier


def case_for(dossier: Dossier, bill: Bill, used: Sequence[int] = ()) -> int:
    """The open case for this bill's operator and line, or a new one named after them.

    A bill that names less (a photo whose operator or line number was not read) joins the open case that
    matches what it does name, preferring the cases of the same import (`used`), rather than opening an
    "unknown operator" case of its own.
    """
    from kkoguard.report import operator_name

    line = bill.line_numbers[0] if bill.line_numbers else None
    open_cases = [c for c in dossier.cases() if c.status not in (CaseStatus.REFUNDED, CaseStatus.CLOSED)]
    for case in open_cases:
        if case.operator == bill.operator and case.line_number == line:
            return case.id
    if bill.operator is None or line is None:
        fitting = [
            c
            for c in open_cases
            if (bill.operator is None or c.operator == bill.operator)
            and (line is None or c.line_number == line)
        ]
        this_import = [c for c in fitting if c.id in used]
        for choice in (this_import, fitting):
            if len({c.id for c in choice}) == 1:
                return choice[0].id
    name = operator_name(bill.operator) or "Opérateur inconnu"
    title = f"{name} {line}" if line else name
    case = dossier.create_case(
        title, operator=bill.operator, line_number=line, account_number=bill.account_number
    )
    return case.id


def bill_document(bill: Bill) -> tuple[bytes, str]:
    """The bill as kept in the dossier: its PDF, or for a bill given as photos one PDF of its pages (named
    after the first), on which the charges' boxes fall as on the review page.

    The name is always text the dossier can store: bytes of a file name that are not UTF-8 (a name written
    by an old system, as Python hands it over with surrogateescape) become "\ufffd"."""
    path = Path(bill.path)
    if bill.images:
        from kkoguard.ocr.document import scanned_pdf

        data, name = scanned_pdf(bill.images), path.stem + ".pdf"
    else:
        data, name = path.read_bytes(), path.name
    return data, name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def save_bills(
    dossier: Dossier,
    bills: Sequence[Bill],
    *,
    case_id: int | None = None,
    disputed: Callable[[Bill, int], bool] | None = None,
) -> list[tuple[int, bool]]:
    """Store each bill (its PDF, see `bill_document`) with its charges; returns (case id, newly added) per
    bill. `disputed(bill, index)` says which charges the user disputes (default: the suspicious ones); it is
    applied to bills already stored too, so a second review updates the choice.

    A bill the dossier already has (the same file, or the same bill read another way: see
    `detection.duplicates`, e.g. a photo of a stored PDF) is not stored again and opens no case: it comes
    back as (the case holding it, False). With `case_id`, only that case is looked in; otherwise every case,
    closed ones too (a bill already refunded is not claimed again).
    """
    stored = _stored_bills(dossier, case_id)
    first_of_this_call = len(stored)
    existing = {case.id for case in dossier.cases()}
    results = []
    for bill in bills:
        found = first_match(bill, [known for _, known in stored])
        if found is not None:
            evidence = stored[found][0]
            if disputed is not None and found < first_of_this_call:  # a later review of a stored bill
                if any(c.origin is not Origin.READ for c in bill.charges):
                    chosen = [disputed(bill, i) for i in range(len(bill.charges))]
                    dossier.replace_charges(evidence.id, bill, chosen)
                else:
                    _apply_choice(dossier, bill, _paired(bill, evidence.charges), disputed)
            results.append((evidence.case_id, False))
            continue
        used = [case for case, _ in results]
        data, filename = bill_document(bill)  # a file that cannot be read opens no case
        target = case_id if case_id is not None else case_for(dossier, bill, used)
        try:
            evidence, new = dossier.add_bill(target, data, filename=filename, bill=bill)
        except BaseException:
            if target not in existing:  # opened for this bill: no empty case stays behind
                with contextlib.suppress(DossierError):  # the first failure is the one to report
                    if not dossier.evidence(target):
                        dossier.delete_case(target)
            raise
        existing.add(target)
        if disputed is not None and len(evidence.charges) == len(bill.charges):
            _apply_choice(dossier, bill, evidence.charges, disputed)
        stored.append((evidence, BillPrint.of(bill)))
        results.append((target, new))
    return results


@dataclass(frozen=True)
class StoredBill:
    """A bill the dossier already holds: its claim, when it was added, and the charges as kept there."""

    case_id: int
    added_on: date
    evidence: Evidence

    def corrected(self) -> bool:
        """Whether the person added, corrected or set apart lines of it (every line placed on its page)."""
        charges = self.evidence.charges
        return any(c.by_person for c in charges) and all(c.bbox is not None for c in charges)

    def charges(self) -> list[Charge]:
        """The stored charges as the engine's, to show the person's corrections again."""
        return [
            Charge(
                c.label,
                c.amount,
                c.charged_on,
                c.page,
                c.bbox or (0.0, 0.0, 0.0, 0.0),
                third_party=c.kind is not None,
                suspicious=c.suspicious,
                kind=Kind(c.kind) if c.kind is not None and c.kind in Kind._value2member_map_ else None,
                merchant=c.merchant,
                reasons=list(c.reasons),
                origin=Origin(c.origin) if c.origin in Origin._value2member_map_ else Origin.READ,
            )
            for c in self.evidence.charges
        ]


def already_stored(dossier: Dossier, bills: Sequence[Bill]) -> dict[int, StoredBill]:
    """{index in `bills`: the stored bill} for the bills the dossier already holds (imported before):
    shown as "already imported", with the person's corrections, rather than claimed again."""
    stored = _stored_bills(dossier, None)
    prints = [known for _, known in stored]
    found = {}
    for index, bill in enumerate(bills):
        match = first_match(bill, prints)
        if match is not None:
            evidence = stored[match][0]
            found[index] = StoredBill(evidence.case_id, evidence.added_on, evidence)
    return found


def _stored_bills(dossier: Dossier, case_id: int | None) -> list[tuple[Evidence, BillPrint]]:
    """The bills of one case, or of every case (oldest first), as compared with a bill being added."""
    cases = [dossier.case(case_id)] if case_id is not None else sorted(dossier.cases(), key=lambda c: c.id)
    stored = []
    for case in cases:
        for evidence in dossier.evidence(case.id):
            if evidence.kind is EvidenceKind.BILL:
                known = BillPrint.from_fields(
                    operator=case.operator,
                    invoice_number=evidence.invoice_number,
                    invoice_date=evidence.invoice_date,
                    total=evidence.total,
                    charges=((c.amount, c.charged_on) for c in evidence.charges if c.origin != "typed"),
                )
                stored.append((evidence, known))
    return stored


def _paired(bill: Bill, records: Sequence[ChargeRecord]) -> list[ChargeRecord]:
    """For each charge of `bill`, the stored charge it is, when they were read from two copies of one bill
    (amounts alike, possibly in another order): same amount and date first, then same amount. Empty when
    they are not the same charges: no choice is carried over then."""
    left = list(records)
    pairs: dict[int, ChargeRecord] = {}
    for exact in (True, False):
        for index, charge in enumerate(bill.charges):
            if index in pairs:
                continue
            for record in left:
                if record.amount == charge.amount and (record.charged_on == charge.date or not exact):
                    pairs[index] = record
                    left.remove(record)
                    break
    if len(pairs) != len(bill.charges):
        return []
    return [pairs[index] for index in range(len(bill.charges))]


def _apply_choice(
    dossier: Dossier, bill: Bill, records: Sequence[ChargeRecord], disputed: Callable[[Bill, int], bool]
) -> None:
    """Mark the stored charges `records` (one per charge of `bill`, in its order) as the user chose."""
    if len(records) != len(bill.charges):
        return
    chosen = [disputed(bill, i) for i in range(len(bill.charges))]
    dossier.set_disputed([c.id for c, yes in zip(records, chosen, strict=True) if yes], True)
    dossier.set_disputed([c.id for c, yes in zip(records, chosen, strict=True) if not yes], False)
