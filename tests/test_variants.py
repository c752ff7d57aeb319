"""Bills in layouts and wordings the shared corpus does not use, each with its truth file.

They come from a variant of the corpus generator (see fixtures/README.md): table headers sharing a baseline
with a recap box, a VAT-rate column after the amounts, accounting negatives "(5,00)" and "5,00-", bold
sub-headings inside a table, indented continuation lines, merchants named after "auprès de", unknown MVNOs
naming their host network, look-alike lines that are not purchases ("Pack Internet + TV", "Option Blocage
SMS+ et Internet+", a refund), a page that re-lists third-party purchases after the bill's total, glyphs
drawn one by one without spaces, a sidebar sharing the table's baselines, "€" in a column of its own,
"4,99 € TTC" cells, Éditeur/Prestataire columns, values printed above their labels, "Top 10 Quiz"; and
customers with no third-party charge whose bills are full of look-alikes ("Option SMS + MMS illimités",
"Offre Internet + Option TV", "Achats Internet+ bloqués", a plan under "Vos achats et abonnements").
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import pytest

from kkoguard.bills.reader import read_bill
from kkoguard.detection.summary import analyse
from tests.helpers import day, dec, load_json, norm_merchant


def similar(got: str, want: str) -> bool:
    """Labels compared as the corpus scorer does: case and spaces ignored, difflib ratio at least 0.6.
    (Where a bill prints the merchant in its own column, the label may or may not include it.)"""
    a, b = ("".join(s.lower().split()) for s in (got, want))
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.6


VARIANTS = Path(__file__).parent / "fixtures" / "variants"
NAMES = sorted(p.stem for p in VARIANTS.glob("*.pdf"))


def _read(name: str) -> tuple[Any, dict[str, Any]]:
    bill = read_bill(str(VARIANTS / f"{name}.pdf"))
    analyse([bill])
    return bill, load_json(VARIANTS / f"{name}.truth.json")


def test_the_set_has_bills_with_and_without_suspicious_lines() -> None:
    truths = [load_json(VARIANTS / f"{n}.truth.json") for n in NAMES]
    assert len(truths) >= 10
    assert any(not any(c["suspicious"] for c in t["charges"]) for t in truths)
    assert any(t["operator"] is None for t in truths)


@pytest.mark.parametrize("name", NAMES)
def test_fields_match_the_truth(name: str) -> None:
    bill, truth = _read(name)
    got = (bill.operator, bill.invoice_number, bill.invoice_date, bill.period_start, bill.period_end)
    want = (truth["operator"], truth["invoice_number"], day(truth["invoice_date"]))
    assert got == (*want, day(truth["period_start"]), day(truth["period_end"]))
    assert (bill.account_number, bill.line_numbers) == (truth["account_number"], truth["line_numbers"])
    assert bill.total == dec(truth["total"])


@pytest.mark.parametrize("name", NAMES)
def test_charges_match_the_truth(name: str) -> None:
    bill, truth = _read(name)
    assert len(bill.charges) == len(truth["charges"])
    got = [
        (c.amount, c.date, c.page, c.third_party, c.suspicious, c.kind, norm_merchant(c.merchant))
        for c in bill.charges
    ]
    want = [
        (
            dec(t["amount"]),
            day(t["date"]),
            t["page"],
            t["third_party"],
            t["suspicious"],
            t["kind"],
            norm_merchant(t["merchant"]),
        )
        for t in truth["charges"]
    ]
    assert got == want
    for c, t in zip(bill.charges, truth["charges"], strict=True):
        assert similar(c.label, t["label"]), (c.label, t["label"])
    assert [c.short_number for c in bill.charges] == [t["short_number"] for t in truth["charges"]]
