"""The same bill given twice (two downloads of its PDF, the PDF and a photo of it, a re-import) counts once.

In one run, the later copy says `"duplicate_of": "<file of the first>"` in the scan JSON and the summary
(the claim) counts the bill once; across runs, the dossier says the bill is already there and opens no
second case. Seen in the field: a PDF and a photo of one bill claimed 203,31 € instead of 153,36 €.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from kkoguard.bills.model import Bill, Charge
from kkoguard.bills.reader import read_bill
from kkoguard.detection.duplicates import BillPrint, find_duplicates, same_bill
from kkoguard.detection.summary import analyse
from kkoguard.dossier.importing import save_bills
from kkoguard.dossier.store import Dossier
from tests.conftest import Run
from tests.helpers import C04, FIXTURES, GOLDEN, validate_scan

Cli = Callable[..., Run]
PHOTOS = sorted((FIXTURES / "scans").glob("2025-10-p*.jpg"))
"""Phone photos of golden/b_and_you.pdf (c09/2025-10 in the corpus)."""


def read(path: Path) -> Bill:
    return read_bill(str(path))


def retyped(bill: Bill, *, number: str | None = "FA-MISREAD", source: str = "ocr") -> Bill:
    """The same bill as OCR might read it: another invoice number, other labels, another reading order."""
    again = copy.deepcopy(bill)
    again.invoice_number = number
    again.source = source
    again.charges = [
        Charge(c.label.upper().replace("O", "0"), c.amount, c.date, c.page, c.bbox) for c in bill.charges
    ][::-1]
    return again


# ---------------------------------------------------------------------------------------------- one run


def test_two_downloads_of_one_pdf_in_a_scan_are_counted_once(cli: Cli, tmp_path: Path) -> None:
    first, second = tmp_path / "facture.pdf", tmp_path / "facture (1).pdf"
    shutil.copy(GOLDEN / "sosh.pdf", first)
    shutil.copy(GOLDEN / "sosh.pdf", second)

    once = validate_scan(cli("scan", "--json", str(first)).out)
    run = cli("scan", "--json", str(first), str(second))

    assert run.status == 0
    output = validate_scan(run.out)
    assert [b["duplicate_of"] for b in output["bills"]] == [None, str(first)]
    assert output["summary"] == once["summary"]
    assert Decimal(output["summary"]["suspicious_total"]) > 0
    assert output["bills"][1]["charges"] == output["bills"][0]["charges"]  # flagged all the same


def test_the_text_report_says_which_bill_a_copy_repeats(cli: Cli, tmp_path: Path) -> None:
    copied = tmp_path / "copie.pdf"
    shutil.copy(GOLDEN / "red.pdf", copied)
    run = cli("scan", "--lang", "en", str(GOLDEN / "red.pdf"), str(copied))
    assert run.status == 0
    assert run.out.count("same bill as") == 1 and f"same bill as {GOLDEN / 'red.pdf'}" in run.out


def test_a_pdf_and_photos_of_it_are_one_bill_and_the_next_month_is_not(cli: Cli, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    for photo in PHOTOS:
        shutil.copy(photo, photos / photo.name)
    pdf = str(GOLDEN / "b_and_you.pdf")

    alone = validate_scan(cli("scan", "--json", pdf).out)
    run = cli("scan", "--json", pdf, str(photos))

    assert run.status == 0, run.err
    output = validate_scan(run.out)
    [from_pdf, from_photos] = output["bills"]
    assert from_photos["source"] == "ocr" and from_photos["duplicate_of"] == pdf
    assert from_pdf["duplicate_of"] is None
    assert output["summary"] == alone["summary"]


def test_a_bill_whose_invoice_number_was_misread_is_a_duplicate() -> None:
    pdf = read(GOLDEN / "sosh.pdf")
    photo = retyped(pdf)
    assert photo.invoice_number != pdf.invoice_number
    alone = analyse([copy.deepcopy(pdf)])

    summary = analyse([pdf, photo])

    assert find_duplicates([pdf, photo]) == {1: 0} and summary.duplicates == {1: 0}
    assert summary.suspicious_total == alone.suspicious_total > 0
    assert [(m.merchant, m.total, m.count) for m in summary.merchants] == [
        (m.merchant, m.total, m.count) for m in alone.merchants
    ]


def test_a_bill_with_no_invoice_number_but_the_same_date_total_and_charges_is_a_duplicate() -> None:
    pdf = read(GOLDEN / "free.pdf")
    assert find_duplicates([pdf, retyped(pdf, number=None)]) == {1: 0}


def test_every_copy_points_to_the_first() -> None:
    pdf = read(GOLDEN / "orange.pdf")
    bills = [pdf, read(C04 / "2025-05.pdf"), copy.deepcopy(pdf), retyped(pdf)]
    assert find_duplicates(bills) == {2: 0, 3: 0}


def test_months_of_the_same_line_are_not_duplicates() -> None:
    months = [read(path) for path in sorted(C04.glob("*.pdf"))]
    assert len({tuple(b.line_numbers) for b in months}) == 1 and len(months) == 4
    assert find_duplicates(months) == {}
    assert find_duplicates([retyped(b, number=None) for b in months]) == {}


def charge(amount: str, day: int | None = None) -> Charge:
    """A third-party charge, or the plan when it has no date."""
    label = "Internet+ PLAYZONE MEDIA" if day else "Forfait 5G 100 Go"
    return Charge(label, Decimal(amount), date(2026, 3, day) if day else None, 1, (0, 0, 1, 1))


def hand_bill(*charges: Charge, total: str = "24.97", lines: tuple[str, ...] = ("0612345678",)) -> Bill:
    return Bill(
        "a.pdf",
        1,
        operator="orange",
        invoice_date=date(2026, 3, 14),
        total=Decimal(total),
        line_numbers=list(lines),
        charges=list(charges),
    )


def test_bills_with_no_invoice_number_and_different_charges_are_not_duplicates() -> None:
    one = hand_bill(charge("19.99"), charge("4.99", 3))
    other = hand_bill(charge("19.99"), charge("2.99", 3), charge("2.00", 5))  # same date, same total
    assert find_duplicates([one, other]) == {}
    summary = analyse([one, other])
    assert summary.duplicates == {}


@pytest.mark.parametrize(
    ("other", "duplicate"),
    [
        pytest.param(hand_bill(charge("19.99"), charge("4.99", 3)), True, id="the same"),
        pytest.param(hand_bill(charge("4.99", 3), charge("19.99")), True, id="read in another order"),
        pytest.param(hand_bill(charge("19.99"), charge("4.99")), True, id="a date OCR missed"),
        pytest.param(hand_bill(charge("19.99"), charge("4.99", 8)), False, id="another charge date"),
        pytest.param(hand_bill(charge("19.99"), charge("4.99", 3), total="25.97"), False, id="another total"),
        pytest.param(
            hand_bill(charge("19.99"), charge("4.99", 3), lines=("0699999999",)), False, id="other line"
        ),
    ],
)
def test_what_makes_two_readings_one_bill(other: Bill, duplicate: bool) -> None:
    one = hand_bill(charge("19.99"), charge("4.99", 3))
    assert same_bill(BillPrint.of(one), BillPrint.of(other)) is duplicate
    assert same_bill(BillPrint.of(other), BillPrint.of(one)) is duplicate


def test_a_line_number_counts_only_when_both_were_read_exactly() -> None:
    """Two text bills of a family's two lines with the same plan are two bills; OCR may misread a line."""
    one = hand_bill(charge("19.99"), charge("4.99", 3))
    misread = hand_bill(charge("19.99"), charge("4.99", 3), lines=("0612345679",))
    assert find_duplicates([one, misread]) == {}
    misread.source = "ocr"
    assert find_duplicates([one, misread]) == {1: 0}


def test_the_content_rule_needs_a_date_a_total_and_charges() -> None:
    one = hand_bill(charge("19.99"), charge("4.99", 3))
    for change in ({"invoice_date": None}, {"total": None}, {"charges": []}):
        a, b = copy.deepcopy(one), copy.deepcopy(one)
        for bill in (a, b):
            for name, value in change.items():
                setattr(bill, name, value)
        assert find_duplicates([a, b]) == {}, change


def test_known_operators_must_agree() -> None:
    one = hand_bill(charge("19.99"), charge("4.99", 3))
    other = copy.deepcopy(one)
    other.operator = "sosh"
    assert find_duplicates([one, other]) == {}
    other.operator = None  # a photo whose operator was not recognised
    assert find_duplicates([one, other]) == {1: 0}


def test_the_same_invoice_number_is_one_bill_even_read_differently() -> None:
    one = hand_bill(charge("19.99"), charge("4.99", 3))
    one.invoice_number = "FA 2026 03"
    other = hand_bill(charge("19.99"), total="19.99")
    other.invoice_number = "fa202603"
    assert find_duplicates([one, other]) == {1: 0}
    other.operator = "sosh"
    assert find_duplicates([one, other]) == {}


def test_two_months_with_the_same_charges_are_counted_twice() -> None:
    march = hand_bill(charge("19.99"), charge("4.99", 3))
    april = copy.deepcopy(march)
    april.invoice_date = date(2026, 4, 14)
    for c in april.charges:
        c.date = c.date + timedelta(days=31) if c.date else None
    summary = analyse([march, april])
    assert summary.duplicates == {} and summary.suspicious_total == Decimal("9.98")


# ---------------------------------------------------------------------------------------------- dossier


@pytest.fixture
def dossier() -> Iterator[Dossier]:
    opened, _ = Dossier.create()
    yield opened
    opened.close()


def test_a_dossier_keeps_a_bill_read_another_way_once(dossier: Dossier) -> None:
    pdf = read(GOLDEN / "sosh.pdf")
    analyse([pdf], "fr")
    [(case_id, new)] = save_bills(dossier, [pdf])
    claimed = dossier.case(case_id).claimed

    photo = retyped(pdf)
    photo.line_numbers = ["0799999999"]  # misread: case_for would open a case for another line
    analyse([photo], "fr")
    assert save_bills(dossier, [photo]) == [(case_id, False)]

    assert new and len(dossier.cases()) == 1 and len(dossier.evidence(case_id)) == 1
    assert dossier.case(case_id).claimed == claimed > 0


def test_a_later_review_of_a_stored_bill_carries_its_choices(dossier: Dossier) -> None:
    pdf = read(GOLDEN / "sosh.pdf")
    analyse([pdf], "fr")
    [(case_id, _)] = save_bills(dossier, [pdf])
    photo = retyped(pdf)
    analyse([photo], "fr")

    save_bills(dossier, [photo], disputed=lambda bill, index: False)  # the user disputes nothing now

    assert dossier.case(case_id).claimed == 0


def test_a_bill_in_one_import_twice_is_stored_once_with_the_first_choices(dossier: Dossier) -> None:
    pdf = read(GOLDEN / "sosh.pdf")
    photo = retyped(pdf)
    analyse([pdf, photo], "fr")

    def disputed(bill: Bill, index: int) -> bool:  # the copy's ticks were all taken off
        return bill is pdf and bill.charges[index].suspicious

    [(case_id, new), (same, again)] = save_bills(dossier, [pdf, photo], disputed=disputed)

    assert (new, again, same) == (True, False, case_id) and len(dossier.evidence(case_id)) == 1
    assert dossier.case(case_id).claimed == sum(c.amount for c in pdf.charges if c.suspicious) > 0


def test_different_months_are_all_stored(dossier: Dossier) -> None:
    months = [read(path) for path in sorted(C04.glob("*.pdf"))]
    analyse(months, "fr")
    results = save_bills(dossier, months)
    assert [new for _, new in results] == [True] * 4 and len({case for case, _ in results}) == 1


def test_importing_photos_of_a_stored_pdf_says_it_is_already_there(cli: Cli, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    for photo in PHOTOS:
        shutil.copy(photo, photos / photo.name)
    cli("dossier", "create")
    first = cli("dossier", "import", "--lang", "en", str(GOLDEN / "b_and_you.pdf"))
    assert first.status == 0 and "b_and_you.pdf: stored (case 1)" in first.out

    again = cli("dossier", "import", "--lang", "en", str(photos))

    assert again.status == 0, again.err
    assert again.out.strip() == f"{PHOTOS[0].name}: already in case 1."
    with Dossier.open() as dossier:
        assert len(dossier.cases()) == 1 and len(dossier.evidence(1)) == 1
