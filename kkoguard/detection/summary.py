"""Across all the bills of one run: who took money, how much, how often, since when. The refund claim."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise

from kkoguard.bills.model import Bill, Charge
from kkoguard.detection.duplicates import find_duplicates
from kkoguard.detection.examine import examine
from kkoguard.detection.rules import merchant_key, rules
from kkoguard.formatting import format_date

WEEK = 7
MONTH_DAYS = range(28, 32)
MIN_RECURRING = 3


class Interval(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass
class MerchantSummary:
    merchant: str
    total: Decimal
    count: int
    first_date: date | None
    last_date: date | None
    interval: Interval | None
    charges: list[Charge] = field(default_factory=list)

    @property
    def recurring(self) -> bool:
        return self.interval is not None


@dataclass
class Summary:
    suspicious_total: Decimal
    merchants: list[MerchantSummary]
    duplicates: dict[int, int] = field(default_factory=dict)
    """{index of a bill repeating an earlier one: index of that one}, in the bills given to `analyse`;
    a repeat is counted once, as the earlier bill (`detection.duplicates.find_duplicates`)."""


def recurrence(dates: Sequence[date]) -> Interval | None:
    """Weekly when every gap is 7 days, monthly when every gap is 28–31 days, over at least 3 charges."""
    ordered = sorted(dates)
    if len(ordered) < MIN_RECURRING:
        return None
    gaps = [(b - a).days for a, b in pairwise(ordered)]
    if all(g == WEEK for g in gaps):
        return Interval.WEEKLY
    if all(g in MONTH_DAYS for g in gaps):
        return Interval.MONTHLY
    return None


def _display_name(spellings: list[str]) -> str:
    """The nicest spelling seen: a mixed-case one if any, else the capitals made readable."""
    mixed = [s for s in spellings if not s.isupper()]
    if mixed:
        return max(set(mixed), key=mixed.count)
    name = max(set(spellings), key=spellings.count)
    return " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split())


def unique_bills(bills: Sequence[Bill]) -> list[Bill]:
    """Each bill once: a later reading of a bill already given (see `detection.duplicates`) is left out."""
    repeats = find_duplicates(bills)
    return [bill for index, bill in enumerate(bills) if index not in repeats]


def analyse(bills: Sequence[Bill], lang: str = "fr") -> Summary:
    """Classify every charge, then group the suspicious ones by merchant across the bills.

    Charges of a recurring merchant get one more reason ("Prélevé chaque semaine depuis le 3 mars"). A
    bill given twice (the same file twice, a PDF and a photo of it) is counted once, in the totals and the
    claim; its copies are flagged all the same.
    """
    for bill in bills:
        examine(bill, lang)  # already done for a bill examined as it arrived
    repeats = find_duplicates(bills)
    groups: dict[str, list[Charge]] = {}
    for bill in (bill for index, bill in enumerate(bills) if index not in repeats):
        for charge in bill.charges:
            if charge.suspicious and charge.counted:
                groups.setdefault(merchant_key(charge.merchant), []).append(charge)
    r = rules()
    merchants = []
    explained: dict[str, tuple[str | None, str | None]] = {}
    for key, charges in groups.items():
        spellings = [c.merchant for c in charges if c.merchant]
        name = _display_name(spellings) if spellings else r.reason("unknown_merchant", lang)
        dates = [c.date for c in charges if c.date is not None]
        interval = recurrence(dates)
        summary = MerchantSummary(
            merchant=name,
            total=sum((c.amount for c in charges), Decimal("0.00")),
            count=len(charges),
            first_date=min(dates) if dates else None,
            last_date=max(dates) if dates else None,
            interval=interval,
            charges=charges,
        )
        reason = None
        if summary.first_date is not None and (interval or len(charges) > 1):
            first = format_date(summary.first_date, lang)
            reason_key = interval.value if interval else "repeated"
            reason = r.reason(reason_key, lang, first=first, count=str(len(charges)))
        explained[key] = (name if spellings else None, reason)
        merchants.append(summary)
    for bill in bills:  # every copy of a bill reads the same, even one counted once
        for charge in bill.charges:
            if charge.suspicious:  # a photo's copy may read a merchant its original does not
                shown, reason = explained.get(merchant_key(charge.merchant), (None, None))
                charge.merchant = shown or charge.merchant
                if reason and reason not in charge.reasons:  # the same bills may be summed up again
                    charge.reasons.append(reason)
    merchants.sort(key=lambda m: (-m.total, m.merchant))
    total = sum((m.total for m in merchants), Decimal("0.00"))
    return Summary(total, merchants, repeats)
