"""One bill, as soon as it is read: every charge classified, the third-party sweep, the amounts to check.

The one place where a bill becomes "understood": `kkoguard scan`, `kkoguard dossier import` and the window
all go through it (the window in its reading thread, as each bill arrives), and the summary across bills
(`summary.analyse`) only groups what it finds.
"""

from __future__ import annotations

from kkoguard.bills.model import Bill, Origin
from kkoguard.detection.checks import flag_amounts_to_check
from kkoguard.detection.classify import classify
from kkoguard.detection.sweep import sweep


def examine(bill: Bill, lang: str = "fr") -> Bill:
    """Classify, sweep and check one bill. Done again only when the language (reasons are sentences in
    it) or what was read (a total or a charge the person corrected) has changed since."""
    if bill.examined == _state(bill, lang):
        return bill
    for charge in bill.charges:
        if charge.origin is Origin.READ:  # what the person typed or corrected is theirs to say
            classify(charge, lang)
    sweep(bill, lang)  # third-party rows the reader set aside and nothing explains become charges
    flag_amounts_to_check(bill, lang)
    bill.examined = _state(bill, lang)
    return bill


def _state(bill: Bill, lang: str) -> str:
    read = (
        bill.total,
        tuple(
            (c.label, c.amount, c.date, c.section, c.confidence)
            for c in bill.charges
            if c.origin is Origin.READ
        ),
    )
    return f"{lang}:{hash(read)}"
