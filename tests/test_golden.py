"""Golden files: one real-looking bill per operator, read and analysed, must give exactly its truth file.

The bills and truths come from the synthetic corpus (see fixtures/README.md): third-party sections, labels
wrapped on two lines, HT + TTC columns, multi-page bills, two lines on one account.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pdfplumber
import pytest

from kkoguard.bills.model import Bill, Kind
from kkoguard.bills.reader import read_bill
from kkoguard.detection.summary import analyse
from tests.helpers import GOLDEN, OPERATORS, day, dec, load_json, norm_merchant


@pytest.fixture(scope="module", params=OPERATORS)
def golden(request: pytest.FixtureRequest) -> tuple[Bill, dict[str, Any], list[tuple[float, float]]]:
    """The bill as read and analysed, its truth, and each page's (width, height)."""
    pdf_path = GOLDEN / f"{request.param}.pdf"
    bill = read_bill(str(pdf_path))
    analyse([bill])
    truth = load_json(GOLDEN / f"{request.param}.truth.json")
    with pdfplumber.open(pdf_path) as pdf:
        sizes = [(float(p.width), float(p.height)) for p in pdf.pages]
    return bill, truth, sizes


def test_fixture_set_covers_every_operator_with_third_party_lines() -> None:
    for operator in OPERATORS:
        truth = load_json(GOLDEN / f"{operator}.truth.json")
        assert truth["operator"] == operator
        assert any(c["third_party"] for c in truth["charges"]), operator


def test_header_fields(golden: tuple[Bill, dict[str, Any], Any]) -> None:
    bill, truth, _ = golden
    assert bill.operator == truth["operator"]
    assert bill.invoice_number == truth["invoice_number"]
    assert bill.account_number == truth["account_number"]
    assert bill.line_numbers == truth["line_numbers"]
    assert bill.invoice_date == day(truth["invoice_date"])
    assert bill.period_start == day(truth["period_start"])
    assert bill.period_end == day(truth["period_end"])
    assert bill.total == dec(truth["total"])


def test_header_types(golden: tuple[Bill, dict[str, Any], Any]) -> None:
    bill, _, _ = golden
    assert type(bill.total) is Decimal
    for value in (bill.invoice_date, bill.period_start, bill.period_end):
        assert type(value) is date  # a date, not a datetime and not a string


def test_charges_in_order(golden: tuple[Bill, dict[str, Any], Any]) -> None:
    bill, truth, _ = golden
    got = [
        {
            "label": c.label,
            "amount": c.amount,
            "date": c.date,
            "page": c.page,
            "third_party": c.third_party,
            "suspicious": c.suspicious,
            "kind": c.kind.value if c.kind else None,
            "merchant": norm_merchant(c.merchant),
            "short_number": c.short_number,
        }
        for c in bill.charges
    ]
    expected = [
        {
            "label": t["label"],
            "amount": Decimal(t["amount"]),
            "date": day(t["date"]),
            "page": t["page"],
            "third_party": t["third_party"],
            "suspicious": t["suspicious"],
            "kind": t["kind"],
            "merchant": norm_merchant(t["merchant"]),
            "short_number": t["short_number"],
        }
        for t in truth["charges"]
    ]
    assert got == expected


def test_charge_types(golden: tuple[Bill, dict[str, Any], Any]) -> None:
    bill, _, _ = golden
    assert bill.charges
    for charge in bill.charges:
        assert type(charge.amount) is Decimal
        assert charge.date is None or type(charge.date) is date
        assert charge.kind is None or isinstance(charge.kind, Kind)


def test_bbox_inside_its_page(golden: tuple[Bill, dict[str, Any], list[tuple[float, float]]]) -> None:
    bill, _, sizes = golden
    assert bill.pages == len(sizes)
    for charge in bill.charges:
        width, height = sizes[charge.page - 1]
        x0, top, x1, bottom = charge.bbox
        assert 0 <= x0 < x1 <= width, (charge.label, charge.bbox, width)
        assert 0 <= top < bottom <= height, (charge.label, charge.bbox, height)


def test_reasons_only_for_suspicious_lines(golden: tuple[Bill, dict[str, Any], Any]) -> None:
    bill, _, _ = golden
    for charge in bill.charges:
        if charge.suspicious:
            assert charge.reasons, charge.label
            assert all(isinstance(r, str) and r.strip() for r in charge.reasons), charge.reasons
        else:
            assert charge.reasons == [], (charge.label, charge.reasons)


def test_summary_adds_up_the_suspicious_lines(golden: tuple[Bill, dict[str, Any], Any]) -> None:
    bill, truth, _ = golden
    summary = analyse([bill])
    expected = sum((Decimal(c["amount"]) for c in truth["charges"] if c["suspicious"]), Decimal("0"))
    assert type(summary.suspicious_total) is Decimal
    assert summary.suspicious_total == expected
    assert sum(m.count for m in summary.merchants) == sum(c["suspicious"] for c in truth["charges"])
    truth_merchants = {norm_merchant(c["merchant"]) for c in truth["charges"] if c["suspicious"]}
    assert {norm_merchant(m.merchant) for m in summary.merchants} == truth_merchants
