"""The third-party sweep: a second look, independent of how the tables were read.

Every row with an amount that the reader did not take as a charge (a total, a subtotal, a summary row, a
row outside any table) is classified like a charge. One with a third-party sign must be explained: its
amount repeats charges already counted (a subtotal or a summary of them), or it is on a page that explains
the bill with an example, or it is the sum of all the third-party charges (a summary box). Otherwise it
becomes a charge, and the bill's reconciliation is done again: a
reading that missed a third-party line says so instead of staying silent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from kkoguard.bills.model import Bill, Charge, Origin, Status
from kkoguard.bills.reconcile import TOLERANCE, reconcile
from kkoguard.detection.classify import classify
from kkoguard.detection.rules import merchant_key

NOT_SWEPT = frozenset({"call"})
"""Call detail: each call is already in the bill's consumption totals, and its own table is not billing."""


def sweep(bill: Bill, lang: str = "fr") -> list[Charge]:
    """Add to the bill's charges the third-party rows nothing explains; returns them (classified)."""
    counted = [c.amount for c in bill.charges]
    sums = {
        sum((c.amount for c in bill.charges if c.third_party), Decimal(0)),
        sum((c.amount for c in bill.charges if c.suspicious), Decimal(0)),
    }
    added: list[Charge] = []
    for row in bill.set_aside:
        if (row.reasons or [""])[0] in NOT_SWEPT or row.amount == 0:
            continue
        seen = classify(replace(row, reasons=[]), lang)
        if not seen.third_party or row.amount in sums or _repeats(row.amount, counted):
            continue
        added.append(seen)
        counted.append(seen.amount)
    if added:
        bill.charges = sorted([*bill.charges, *added], key=lambda c: (c.page, c.bbox[1]))
        bill.set_aside = [r for r in bill.set_aside if not any(_same(r, a) for a in added)]
        bill.reconciliation = reconcile(bill.charges, bill.total)
    unexplained = _unexplained_mentions(bill, lang)
    if unexplained and bill.reconciliation is not None:
        bill.reconciliation = replace(bill.reconciliation, status=Status.UNBALANCED, unexplained=unexplained)
    return added


def recount(bill: Bill, lang: str = "fr") -> None:
    """The reconciliation again, after the person added, corrected or set apart a line: the sums, and the
    third-party mentions still tied to no charge (a line the person typed may explain one)."""
    bill.reconciliation = reconcile(bill.charges, bill.total)
    unexplained = _unexplained_mentions(bill, lang)
    if unexplained:
        bill.reconciliation = replace(bill.reconciliation, status=Status.UNBALANCED, unexplained=unexplained)


MAX_MENTION_WORDS = 8
"""A label cut off from its amount is short; the bill's explanations of third-party billing are sentences."""


def _unexplained_mentions(bill: Bill, lang: str) -> tuple[str, ...]:
    """Short text lines belonging to no charge that name a third-party service: a label the reader read
    apart from its amount, so a charge may be missing or misnamed even when the sums agree."""
    named = " ".join(f"{c.label} {c.section or ''}" for c in bill.charges if c.counted)
    merchants = {
        merchant_key(c.merchant)
        for c in bill.charges
        if c.counted and (c.suspicious or (c.merchant and c.origin is not Origin.READ))
    }
    found = []
    for text in bill.loose_text:
        if len(text.split()) > MAX_MENTION_WORDS or text in named:
            continue
        probe = classify(Charge(text, Decimal("1.00"), None, 0, (0.0, 0.0, 0.0, 0.0)), lang)
        if not probe.suspicious:
            continue
        if probe.merchant is None and merchants:
            continue  # a section title ("ACHATS MULTIMÉDIA") over third-party charges that were counted
        if probe.merchant is not None and merchant_key(probe.merchant) in merchants:
            continue  # a piece of a counted purchase's label, same merchant
        found.append(text)
    return tuple(found)


def _repeats(amount: Decimal, counted: Sequence[Decimal]) -> bool:
    """Whether `amount` is the sum of consecutive charges already counted (one of them, or a run)."""
    for start in range(len(counted)):
        running = Decimal(0)
        for value in counted[start:]:
            running += value
            if abs(running - amount) <= TOLERANCE:
                return True
    return False


def _same(row: Charge, charge: Charge) -> bool:
    return row.page == charge.page and row.bbox == charge.bbox and row.amount == charge.amount
