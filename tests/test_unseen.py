"""Bills from an operator with no template, in a layout and wording the corpus never uses.

What a user of another operator would see: the fields, every amount, the third-party lines explained.
The PDFs come from tests/fixtures/make_unseen.py.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kkoguard.bills.model import Kind
from kkoguard.bills.reader import read_bill
from kkoguard.detection.summary import analyse

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"


def test_header_fields_are_read_from_generic_labels() -> None:
    bill = read_bill(str(UNSEEN / "nova-2026-03.pdf"))
    assert bill.operator is None  # no template: unknown, not guessed
    assert bill.invoice_number == "FAC-2026-004217"
    assert bill.invoice_date == date(2026, 4, 5)
    assert (bill.period_start, bill.period_end) == (date(2026, 3, 1), date(2026, 3, 31))
    assert bill.account_number == "NV884512"
    assert bill.line_numbers == ["0612345678"]
    assert bill.total == Decimal("37.46")


def test_every_amount_line_is_found_without_quantity_or_unit_price() -> None:
    bill = read_bill(str(UNSEEN / "nova-2026-03.pdf"))
    analyse([bill])
    got = [(c.label, c.amount, c.date) for c in bill.charges]
    weekly = "Micropaiement PLAYZONE MEDIA via Linkmobility Abonnement hebdo jeux"
    assert got == [
        ("Offre Nova Illimité 80 Go", Decimal("17.99"), None),
        ("Réduction parrainage", Decimal("-3.00"), None),
        (weekly, Decimal("6.49"), date(2026, 3, 3)),
        (weekly, Decimal("6.49"), date(2026, 3, 10)),
        (weekly, Decimal("6.49"), date(2026, 3, 17)),
        ("SMS surtaxé 64242 HOROSCOPIX", Decimal("3.00"), date(2026, 3, 21)),
    ]


def test_third_party_lines_are_flagged_and_explained() -> None:
    bill = read_bill(str(UNSEEN / "nova-2026-03.pdf"))
    summary = analyse([bill], "fr")
    plan, discount, *third, sms = bill.charges
    assert not plan.suspicious and not discount.suspicious and not plan.third_party
    assert all(c.suspicious and c.kind is Kind.OTHER_THIRD_PARTY for c in third)
    assert {c.merchant for c in third} == {"Playzone Media"}
    assert any("Linkmobility" in r for r in third[0].reasons)
    assert any("chaque semaine depuis le 3 mars 2026" in r for r in third[0].reasons)
    assert sms.kind is Kind.SMS_PLUS and sms.short_number == "64242" and sms.merchant == "Horoscopix"
    assert [(m.merchant, m.total, m.count, m.recurring) for m in summary.merchants] == [
        ("Playzone Media", Decimal("19.47"), 3, True),
        ("Horoscopix", Decimal("3.00"), 1, False),
    ]
    assert summary.suspicious_total == Decimal("22.47")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bill_without_third_party_lines_has_nothing_suspicious(lang: str) -> None:
    bill = read_bill(str(UNSEEN / "nova-clean-2026-03.pdf"))
    summary = analyse([bill], lang)
    assert [c.amount for c in bill.charges] == [Decimal("17.99"), Decimal("-3.00")]
    assert not any(c.suspicious or c.third_party or c.reasons for c in bill.charges)
    assert summary.merchants == [] and summary.suspicious_total == Decimal("0.00")


@pytest.mark.parametrize("name", ["mobilia-2026-03.pdf", "mobilia-calls-2026-03.pdf"])
def test_a_bill_printed_as_plain_text_lines_without_table_headers(name: str) -> None:
    """Label, date ("le 3 mars", no year) and amount on one line with single spaces, no column headers; a
    call-detail table with prices on a later page adds no charge."""
    bill = read_bill(str(UNSEEN / name))
    summary = analyse([bill], "fr")
    assert bill.invoice_number == "MB/2026/0331-77"
    assert bill.invoice_date == date(2026, 4, 2)
    assert (bill.period_start, bill.period_end) == (date(2026, 3, 1), date(2026, 3, 31))
    assert (bill.account_number, bill.line_numbers, bill.total) == (
        "44712290",
        ["0781223344"],
        Decimal("62.77"),
    )
    got = [(c.amount, c.date, c.suspicious, c.kind, c.merchant) for c in bill.charges]
    turbofun = [
        (Decimal("9.00"), date(2026, 3, day), True, Kind.INTERNET_PLUS, "Turbofun Studio")
        for day in (3, 10, 17, 24)
    ]
    assert got == [
        (Decimal("12.99"), None, False, None, None),
        (Decimal("6.99"), None, False, None, None),
        *turbofun,
        (Decimal("4.80"), date(2026, 3, 28), True, Kind.PREMIUM_CALL, "Astro Conseil"),
        (Decimal("1.99"), date(2026, 3, 30), False, Kind.APP_STORE, "Google Play"),
    ]
    assert bill.charges[2].label == "Abonnement TURBOFUN STUDIO (Internet+)"
    assert [(m.merchant, m.total, m.recurring) for m in summary.merchants] == [
        ("Turbofun Studio", Decimal("36.00"), True),
        ("Astro Conseil", Decimal("4.80"), False),
    ]


@pytest.mark.parametrize("name", ["trio-first-2026-03.pdf", "trio-last-2026-03.pdf"])
def test_labels_wrapped_over_three_lines_with_even_spacing(name: str) -> None:
    """Whether the bill prints the amount on a label's first or last line, each line joins its own charge."""
    bill = read_bill(str(UNSEEN / name))
    summary = analyse([bill], "fr")
    playzone = "Abonnement jeux illimités - PLAYZONE MEDIA - Internet+ (via Boku)"
    assert [(c.label, c.amount, c.date) for c in bill.charges] == [
        (playzone, Decimal("7.50"), date(2026, 3, 6)),
        (playzone, Decimal("7.50"), date(2026, 3, 13)),
        ("Quiz hebdo - QuizzMania.fr - Internet+", Decimal("3.00"), date(2026, 3, 14)),
        (playzone, Decimal("7.50"), date(2026, 3, 20)),
    ]
    assert [(m.merchant, m.total, m.count) for m in summary.merchants] == [
        ("Playzone Media", Decimal("22.50"), 3),
        ("QuizzMania", Decimal("3.00"), 1),
    ]
    assert bill.total == Decimal("25.50")


def test_a_label_matched_inside_a_word_does_not_break_the_reader() -> None:
    """Found in review: "Surpériode" matched the period label mid-word and raised IndexError."""
    from kkoguard.bills.layout import Word, group_lines
    from kkoguard.bills.reader import build_bill

    words = [
        Word("Surpériode", 40, 90, 100, 109),
        Word("Facture", 40, 75, 120, 129),
        Word("n°", 78, 88, 120, 129),
    ]
    words += [
        Word("FA12345", 92, 130, 120, 129),
        Word("Total", 40, 62, 140, 149),
        Word("à", 65, 69, 140, 149),
    ]
    words += [
        Word("payer", 72, 95, 140, 149),
        Word("9,99", 300, 320, 140, 149),
        Word("€", 322, 328, 140, 149),
    ]
    bill = build_bill("x.pdf", [group_lines(words, 1)])
    assert bill.invoice_number == "FA12345" and bill.total == Decimal("9.99")
