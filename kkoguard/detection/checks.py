"""Amounts read by OCR that a person should check on the paper bill before relying on them.

A misread digit changes a refund claim, so the app says so rather than guess: when a bill read from an image
does not add up to its printed total, every line of it is to be checked; otherwise a line whose digits OCR
was unsure of is.
"""

from __future__ import annotations

from decimal import Decimal

from kkoguard.bills.model import Bill, Charge
from kkoguard.detection.rules import rules
from kkoguard.formatting import format_money

LOW_CONFIDENCE = 0.80
"""Below this (0-1, the least sure digit of the amount) an amount read by OCR is to be checked."""


def adds_up(bill: Bill) -> bool:
    """Whether the lines read make the printed total (True when no total is printed: nothing to compare)."""
    if bill.total is None:
        return True
    return sum((c.amount for c in bill.charges), Decimal("0.00")) == bill.total


def to_check(bill: Bill, charge: Charge) -> bool:
    """Whether this charge's amount should be checked on the bill."""
    if bill.source != "ocr":
        return False
    unsure = charge.confidence is not None and charge.confidence < LOW_CONFIDENCE
    return unsure or not adds_up(bill)


def flag_amounts_to_check(bill: Bill, lang: str) -> None:
    """Add "montant à vérifier sur la facture" to the reasons of the charges to check (after classify)."""
    if bill.source != "ocr":
        return
    whole = adds_up(bill)
    r = rules()
    for charge in bill.charges:
        if not to_check(bill, charge):
            continue
        if whole:
            reason = r.reason("check_amount", lang)
        else:
            assert bill.total is not None
            reason = r.reason("check_total", lang, total=format_money(bill.total, lang))
        if reason not in charge.reasons:
            charge.reasons.append(reason)
