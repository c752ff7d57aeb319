"""Does what was read add up? The charges found against the total the bill prints.

A bill that balances is the strongest sign its every line was read; one that does not is said so, to the
person and in the JSON, rather than reported as "nothing suspicious". The same arithmetic picks between two
readings of one bill (`better`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from kkoguard.bills.model import Charge, Reconciliation, Status

TOLERANCE = Decimal("0.01")
"""Bills round each line and their total separately: one cent apart still balances. No charge is a cent."""


def reconcile(charges: Sequence[Charge], total: Decimal | None) -> Reconciliation:
    """Credits are negative amounts already, so the sum is the bill's own arithmetic. A line the person
    said is not a charge is left out."""
    found = sum((c.amount for c in charges if c.counted), Decimal("0.00"))
    if total is None:
        return Reconciliation(Status.NO_TOTAL, found, None, None)
    difference = total - found
    status = Status.BALANCED if abs(difference) <= TOLERANCE else Status.UNBALANCED
    return Reconciliation(status, found, total, difference)


def _exact(charges: Sequence[Charge], total: Decimal) -> bool:
    return sum((c.amount for c in charges), Decimal(0)) == total


def better(first: Sequence[Charge], second: Sequence[Charge], total: Decimal | None) -> bool:
    """Whether `second` is a better reading than `first`: it balances where `first` does not, or, when
    neither does, it is closer to the total. Ties keep `first`; an empty `first` always gives way."""
    if not first or total is None:
        return not first and bool(second)
    # choosing is done to the cent: a reading a cent off may be a coincidence of wrong rows
    if _exact(first, total) or not second:
        return False
    if _exact(second, total):
        return True
    a, b = reconcile(first, total), reconcile(second, total)
    assert a.difference is not None and b.difference is not None
    return abs(b.difference) < abs(a.difference)


def without_subtotals(charges: Sequence[Charge]) -> tuple[list[Charge], list[Charge]]:
    """Rows whose amount is the sum of the two or more rows just above them, since the section began or
    the previous subtotal, are subtotals: (kept, subtotals)."""
    kept: list[Charge] = []
    subtotals: list[Charge] = []
    run: list[Charge] = []
    section: str | None = None
    for charge in charges:
        if charge.section != section:
            section, run = charge.section, []
        if len(run) >= 2 and charge.amount == sum(c.amount for c in run) and charge.amount != 0:
            subtotals.append(charge)
            run = []
            continue
        kept.append(charge)
        run.append(charge)
    return kept, subtotals


def without_summary(charges: Sequence[Charge], total: Decimal | None) -> tuple[list[Charge], list[Charge]]:
    """A summary box repeats the bill in a few rows: the first rows (or the last ones) that add up to the
    total while the other rows do too. Of a head and a tail that both do, the shorter is the summary
    (the detail is finer; of equals, the head): (kept, summary rows). Nothing is removed when no such
    run exists."""
    if total is None or total == 0:
        return list(charges), []
    whole = sum((c.amount for c in charges), Decimal(0))
    if whole != 2 * total:
        return list(charges), []
    prefix = [Decimal(0)]
    for charge in charges:
        prefix.append(prefix[-1] + charge.amount)
    count = len(charges)
    # the box is printed before the detail or after it: the rows it takes open or close the bill
    heads = [(0, stop) for stop in range(1, count) if prefix[stop] == total]
    tails = [(start, count) for start in range(1, count) if prefix[count] - prefix[start] == total]
    fitting = [(a, b) for a, b in [*heads[:1], *tails[-1:]] if b - a <= count - (b - a)]
    if not fitting:
        return list(charges), []
    start, stop = min(fitting, key=lambda block: block[1] - block[0])
    return [*charges[:start], *charges[stop:]], list(charges[start:stop])


def choose(readings: Sequence[Sequence[Charge]], total: Decimal | None) -> int:
    """The index of the reading that balances first in order of preference, else the closest to the total
    (the first of equals)."""
    best = 0
    for index, reading in enumerate(readings):
        if better(readings[best], reading, total):
            best = index
    return best
