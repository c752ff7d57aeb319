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
    """Credits are negative amounts already, so the sum is the bill's own arithmetic."""
    found = sum((c.amount for c in charges), Decimal("0.00"))
    if total is None:
        return Reconciliation(Status.NO_TOTAL, found, None, None)
    difference = total - found
    status = Status.BALANCED if abs(difference) <= TOLERANCE else Status.UNBALANCED
    return Reconciliation(status, found, total, difference)


def better(first: Sequence[Charge], second: Sequence[Charge], total: Decimal | None) -> bool:
    """Whether `second` is a better reading than `first`: it balances where `first` does not, or, when
    neither does, it is closer to the total. Ties keep `first`; an empty `first` always gives way."""
    if not first or total is None:
        return not first and bool(second)
    a, b = reconcile(first, total), reconcile(second, total)
    if a.balanced or not second:
        return False
    if b.balanced:
        return True
    assert a.difference is not None and b.difference is not None
    return abs(b.difference) < abs(a.difference)


MAX_ROWS_SEARCHED = 3000
"""Above this many rows the summary-box search (quadratic) is skipped; such bills are call detail."""


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
    """A summary box repeats the bill in a few rows: a run of consecutive rows that adds up to the total
    while the other rows do too. The run with the fewest rows is the summary (the detail is finer; of
    equals, the first, as summaries come before the detail): (kept, summary rows). Nothing is removed
    when no such run exists."""
    if total is None or len(charges) > MAX_ROWS_SEARCHED or total == 0:
        return list(charges), []
    whole = sum((c.amount for c in charges), Decimal(0))
    if abs(whole - 2 * total) > TOLERANCE:
        return list(charges), []
    prefix = [Decimal(0)]
    for charge in charges:
        prefix.append(prefix[-1] + charge.amount)
    best: tuple[int, int] | None = None
    for start in range(len(charges)):
        for stop in range(start + 1, len(charges) + 1):
            if abs(prefix[stop] - prefix[start] - total) <= TOLERANCE:
                rest = len(charges) - (stop - start)
                if stop - start <= rest and (best is None or stop - start < best[1] - best[0]):
                    best = (start, stop)
                break
    if best is None:
        return list(charges), []
    start, stop = best
    return [*charges[:start], *charges[stop:]], list(charges[start:stop])


def choose(readings: Sequence[Sequence[Charge]], total: Decimal | None) -> int:
    """The index of the reading that balances first in order of preference, else the closest to the total
    (the first of equals)."""
    best = 0
    for index, reading in enumerate(readings):
        if better(readings[best], reading, total):
            best = index
    return best
