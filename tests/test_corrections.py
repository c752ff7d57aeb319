"""The person completes and corrects a reading: a missed line read back from a box drawn on the page, a wrong
amount, a row that is not a charge. The bill's balance follows at once, and the dossier keeps it all, marked
as the person's, across openings."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kkoguard.bills.model import Bill, Charge, Origin, Status
from kkoguard.bills.reader import read_bill
from kkoguard.detection.corrections import (
    add_charge,
    edit_charge,
    missing_amount,
    propose,
    set_not_charge,
    words_in_box,
)
from kkoguard.detection.examine import examine
from kkoguard.detection.sweep import recount
from kkoguard.dossier.importing import save_bills
from kkoguard.dossier.store import Dossier

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ORANGE = FIXTURES / "golden" / "orange.pdf"


def orange() -> Bill:
    bill = examine(read_bill(str(ORANGE)))
    assert bill.reconciliation is not None and bill.reconciliation.balanced
    return bill


def missed(bill: Bill) -> Charge:
    """Take a suspicious line out of the reading, as a reader that missed it would have left the bill."""
    charge = next(c for c in bill.charges if c.suspicious)
    bill.charges.remove(charge)
    recount(bill)
    return charge


def around(charge: Charge) -> tuple[float, float, float, float]:
    """A box a person would draw round the line: loose on every side."""
    x0, top, x1, bottom = charge.bbox
    return (max(0.0, x0 - 6), top - 1.5, x1 + 4, bottom + 1.5)


def test_a_missed_line_leaves_the_bill_unbalanced_by_its_amount() -> None:
    bill = orange()
    charge = missed(bill)
    assert bill.reconciliation is not None and bill.reconciliation.status is Status.UNBALANCED
    assert missing_amount(bill) == charge.amount


def test_a_box_drawn_round_the_missed_line_reads_its_label_amount_date_and_merchant() -> None:
    bill = orange()
    charge = missed(bill)
    proposal = propose(bill, charge.page, around(charge))
    assert proposal.amount == charge.amount
    assert proposal.date == charge.date
    assert proposal.merchant == "KKO Store"
    assert "KKO STORE" in proposal.label and "€" not in proposal.label


def test_the_line_added_by_the_person_balances_the_bill_and_is_marked_as_theirs() -> None:
    bill = orange()
    charge = missed(bill)
    proposal = propose(bill, charge.page, around(charge))
    assert proposal.amount is not None
    added = add_charge(
        bill,
        label=proposal.label,
        amount=proposal.amount,
        day=proposal.date,
        page=proposal.page,
        bbox=proposal.bbox,
        merchant=proposal.merchant,
        contest=True,
    )
    assert added.origin is Origin.TYPED and added.suspicious and added.merchant == "KKO Store"
    assert bill.reconciliation is not None and bill.reconciliation.balanced
    assert missing_amount(bill) is None
    pages = [(c.page, c.bbox[1]) for c in bill.charges]
    assert pages == sorted(pages)  # in its place on the bill, not at the end


def test_a_line_not_contested_is_counted_but_not_suspicious() -> None:
    bill = orange()
    charge = missed(bill)
    added = add_charge(
        bill, label="Option", amount=charge.amount, day=None, page=1, bbox=(0, 0, 1, 1), contest=False
    )
    assert not added.suspicious and bill.reconciliation is not None and bill.reconciliation.balanced


def test_a_row_that_is_not_a_charge_stays_shown_but_is_not_counted() -> None:
    bill = orange()
    charge = bill.charges[0]
    set_not_charge(bill, charge, True)
    assert charge in bill.charges and charge.origin is Origin.NOT_CHARGE
    assert missing_amount(bill) == charge.amount
    set_not_charge(bill, charge, False)
    assert charge.origin is Origin.READ and missing_amount(bill) is None


def test_a_corrected_amount_changes_the_balance_by_the_difference() -> None:
    bill = orange()
    charge = next(c for c in bill.charges if c.suspicious)
    edit_charge(
        bill,
        charge,
        label=charge.label,
        amount=charge.amount + Decimal("1.00"),
        day=charge.date,
        merchant=charge.merchant,
        contest=True,
    )
    assert charge.origin is Origin.EDITED and charge.suspicious
    assert missing_amount(bill) == Decimal("-1.00")


@pytest.mark.slow
def test_a_box_on_a_photo_is_read_by_ocr() -> None:
    bill = examine(read_bill(str(FIXTURES / "scans" / "2025-10-p1.jpg")))
    page = words_in_box(bill, 1, (0.0, 0.0, 10_000.0, 10_000.0))
    start = next(w for w in page if w.text == "Achats")
    end = next(w for w in page if w.text == "28.46")
    box = (start.x0 - 5, min(start.top, end.top) - 2, end.x1 + 5, max(start.bottom, end.bottom) + 2)
    proposal = propose(bill, 1, box)  # drawn round "Achats SMS+ et Internet+ … 28.46 EUR" on the photo
    assert proposal.amount == Decimal("28.46")
    assert proposal.label.startswith("Achats SMS+")


def test_corrections_are_kept_in_the_dossier_and_survive_reopening(isolated_dossier_world: object) -> None:
    bill = orange()
    charge = missed(bill)
    add_charge(
        bill,
        label="Internet+ KKO STORE",
        amount=charge.amount,
        day=charge.date,
        page=charge.page,
        bbox=charge.bbox,
        merchant="KKO Store",
        contest=True,
    )
    set_not_charge(bill, bill.charges[0], True)
    dossier, _ = Dossier.create()
    with dossier:
        [(case_id, new)] = save_bills(dossier, [bill], disputed=lambda b, i: b.charges[i].suspicious)
        assert new
    with Dossier.open() as again:
        [evidence] = again.evidence(case_id)
        typed = [c for c in evidence.charges if c.origin == "typed"]
        expected = [("Internet+ KKO STORE", charge.amount, True)]
        assert [(c.label, c.amount, c.disputed) for c in typed] == expected
        assert typed[0].bbox == pytest.approx(charge.bbox)
        apart = [c for c in evidence.charges if c.origin == "not_charge"]
        assert len(apart) == 1 and not apart[0].disputed
        assert evidence.reading == "unbalanced" and evidence.missing == bill.charges[0].amount
        assert evidence.invoice_number == bill.invoice_number


def test_a_second_review_of_a_stored_bill_keeps_the_new_corrections(isolated_dossier_world: object) -> None:
    dossier, _ = Dossier.create()
    with dossier:
        first = orange()
        [(case_id, _)] = save_bills(dossier, [first])
        again = orange()  # the same file given again, this time checked and completed
        target = next(c for c in again.charges if not c.suspicious)
        set_not_charge(again, target, True)
        [(same_case, new)] = save_bills(dossier, [again], disputed=lambda b, i: b.charges[i].suspicious)
        assert (same_case, new) == (case_id, False)
        [evidence] = dossier.evidence(case_id)
        assert [c.origin for c in evidence.charges].count("not_charge") == 1
        assert len(evidence.charges) == len(again.charges)


def test_a_photo_without_operator_joins_the_case_of_its_line(isolated_dossier_world: object) -> None:
    dossier, _ = Dossier.create()
    with dossier:
        pdf = orange()
        photo = orange()
        photo.operator = None  # as OCR may leave it
        photo.invoice_number, photo.total, photo.path = None, Decimal("1.00"), str(ORANGE)  # another bill
        photo.invoice_date = None
        results = save_bills(dossier, [pdf, photo])
        assert len({case for case, _ in results}) == 1
        assert [c.title for c in dossier.cases() if c.operator is None] == []
