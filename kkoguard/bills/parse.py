"""French money and date formats as printed on operator bills.

Every function returns None (or nothing) when the text does not hold a value: a missing value is never
turned into 0 or into today's date.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise

_SPACE = "[ \u00a0\u202f\u2009]"
_SIGN = "[-\u2212\u2013+]"
# 1 234,56 / 1.234,56 / 1234,56 / 4,99 — or 1234.56 / 4.99 (only trusted next to a currency mark)
# at most 999 999 999,99: a longer number on a bill is a reference or a hostile file, not an amount
_COMMA_NUMBER = rf"(?:\d{{1,3}}(?:{_SPACE}\d{{3}}){{1,2}}|\d{{1,3}}(?:\.\d{{3}}){{1,2}}|\d{{1,9}}),\d{{2}}"
_DOT_NUMBER = r"(?:\d{1,3}(?:[, \u00a0\u202f\u2009]\d{3}){1,2}|\d{1,9})\.\d{2}"
_CURRENCY = r"(?:€|EUR\b|euros?\b)"
_MONEY_RE = re.compile(
    r"(?<![\w,.])(?:"
    rf"(?:(?P<s1>{_SIGN}){_SPACE}?)?(?P<n1>{_COMMA_NUMBER}){_SPACE}?(?P<c1>{_CURRENCY})?"
    rf"|(?:(?P<s2>{_SIGN}){_SPACE}?)?(?P<n2>{_DOT_NUMBER}){_SPACE}?(?P<c2>{_CURRENCY})"
    rf"|(?:(?P<s4>{_SIGN}){_SPACE}?)?(?P<c3>{_CURRENCY}){_SPACE}?(?:(?P<s3>{_SIGN}){_SPACE}?)?(?P<n3>{_COMMA_NUMBER}|{_DOT_NUMBER})"
    rf"|(?:(?P<s5>{_SIGN}){_SPACE}?)?(?P<n4>\d{{1,9}})€(?P<d4>\d{{2}})"  # 4€99: the sign as decimal point
    r")(?![\w,]|\.\d)",
    re.IGNORECASE,
)


_CREDIT = re.compile(r"(.{1,40}?)[ \u00a0]?(?:CR|Cr|crédit|credit)\.?")
"""5,00 CR: a credit, printed as an amount followed by CR."""
_BARE_DOT = re.compile(r"-?\d{1,9}\.\d{2}")

_ACCOUNTING_NEGATIVE = re.compile(r"\(([^()]{1,40})\)|([^()\-]{1,40}?)[ \u00a0]?-")


@dataclass(frozen=True)
class Money:
    """An amount found in a text: its value, where it is, and whether a currency mark was printed."""

    value: Decimal
    start: int
    end: int
    has_currency: bool


def _to_decimal(number: str, negative: bool) -> Decimal:
    digits = re.sub(_SPACE, "", number)
    if "," in digits and "." in digits:
        # the last separator is the decimal one; the other groups thousands
        if digits.rfind(",") > digits.rfind("."):
            digits = digits.replace(".", "").replace(",", ".")
        else:
            digits = digits.replace(",", "")
    else:
        digits = digits.replace(",", ".")
    value = Decimal(digits)
    return -value if negative else value


def find_money(text: str) -> Iterator[Money]:
    """Every amount in `text`, left to right."""
    for m in _MONEY_RE.finditer(text):
        number = m.group("n1") or m.group("n2") or m.group("n3") or f"{m.group('n4')},{m.group('d4')}"
        sign = m.group("s1") or m.group("s2") or m.group("s3") or m.group("s4") or m.group("s5") or "+"
        currency = bool(m.group("c1") or m.group("c2") or m.group("c3") or m.group("n4"))
        yield Money(_to_decimal(number, sign != "+"), m.start(), m.end(), currency)


def parse_money(text: str) -> Decimal | None:
    """The amount when `text` is exactly one amount ("4,99 €", "-5,00 €", "4.99 EUR"), else None."""
    stripped = text.strip()
    found = list(find_money(stripped))
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0].value
    return None


def money_cells(text: str) -> list[Decimal] | None:
    """The amounts when `text` holds nothing but amounts ("6,66 € 7,99 €"), else None.

    Accounting negatives "(5,00)" and "5,00-" read as -5.00.
    """
    found = _money_cells(text)
    return None if found is None else list(found)


@lru_cache(maxsize=8192)
def _money_cells(text: str) -> tuple[Decimal, ...] | None:
    """money_cells, remembered: the readers ask about the same cells many times."""
    values = _read_money_cells(text)
    return None if values is None else tuple(values)


def _read_money_cells(text: str) -> list[Decimal] | None:
    stripped = re.sub(r"(?<=€)\s*TTC$", "", text.strip(), flags=re.IGNORECASE)
    credit = _CREDIT.fullmatch(stripped)
    if credit:
        inner = parse_money(credit.group(1))
        return [-inner] if inner is not None and inner > 0 else None
    if _BARE_DOT.fullmatch(stripped) and not any(find_dates(stripped)):
        return [Decimal(stripped.replace("\u2212", "-"))]  # "19.99" alone in its cell: a column of amounts
    accounting = _ACCOUNTING_NEGATIVE.fullmatch(stripped)
    if accounting:
        inner = parse_money(accounting.group(1) or accounting.group(2))
        if inner is not None and inner > 0:
            return [-inner]
    if not stripped:
        return None
    values: list[Decimal] = []
    pos = 0
    for m in find_money(stripped):
        if stripped[pos : m.start].strip():
            return None
        values.append(m.value)
        pos = m.end
    if not values or stripped[pos:].strip():
        return None
    return values


# ---------------------------------------------------------------------------------------------- dates

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "fevier": 2,
    "mars": 3, "mar": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMERIC_DATE = r"(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?:(?P=s)(?P<y>\d{4}|\d{2}))?"
_LONG_DATE = rf"(?P<ld>\d{{1,2}})(?:er)?{_SPACE}*(?P<lm>{_MONTH_NAMES})\.?(?:{_SPACE}+(?P<ly>\d{{4}}))?"
_ISO_DATE = r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
_DATE_RE = re.compile(
    rf"(?<![\w/.,\-])(?:{_ISO_DATE}|{_NUMERIC_DATE}|{_LONG_DATE})(?![\w/]|[.,\-]\d)", re.IGNORECASE
)


@cache
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[0].lower()
    return base if len(base) == 1 else char


def fold(text: str) -> str:
    """Lower-case with accents removed, same length as `text`: 'Août' and 'aout' read the same."""
    return "".join(map(_fold_char, text))


@dataclass(frozen=True)
class DateMatch:
    """A date printed in a text. `year` is None when the text did not print one ("12 mars", "12/03")."""

    day: int
    month: int
    year: int | None
    start: int
    end: int

    def resolve(self, reference: date | None = None) -> date | None:
        """The full date; a missing year is taken from `reference`, the bill's own period or date."""
        year = self.year
        if year is None:
            if reference is None:
                return None
            year = reference.year
            # "28 décembre" on a bill dated in January belongs to the previous year
            if self.month - reference.month > 6:
                year -= 1
            elif reference.month - self.month > 6:
                year += 1
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


def find_dates(text: str) -> Iterator[DateMatch]:
    """Every date printed in `text`, left to right, in the formats French bills use."""
    folded = text.lower() if text.isascii() else fold(text)
    for m in _DATE_RE.finditer(folded):
        if m.group("iy"):
            day, month, year = int(m.group("id")), int(m.group("im")), int(m.group("iy"))
        elif m.group("d"):
            day, month = int(m.group("d")), int(m.group("m"))
            raw_year = m.group("y")
            year = None
            if raw_year:
                year = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
            elif m.group("s") != "/":
                continue  # "12.03" or "12-03" alone is more often a number than a date
        else:
            day, month = int(m.group("ld")), MONTHS[m.group("lm").lower()]
            year = int(m.group("ly")) if m.group("ly") else None
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        yield DateMatch(day, month, year, m.start(), m.end())


def parse_date(text: str, reference: date | None = None) -> date | None:
    """The date when `text` is exactly one date ("12/03/2026", "12.03.26", "1er mars 2026"), else None."""
    stripped = text.strip()
    for found in find_dates(stripped):
        if found.start == 0 and found.end == len(stripped):
            return found.resolve(reference)
        break
    return None


_PERIOD_RE = re.compile(r"\b(?:du|from)\s+(?P<a>.+?)\s+(?:au|to)\s+(?P<b>.+)", re.IGNORECASE)
_RANGE_SEPARATOR = re.compile(r"^\s*(?:-|\u2013|\u2014|->|\u2192|\u279c|\u2794|au|à|a|to)\s*$", re.IGNORECASE)
_MONTH_ONLY = re.compile(rf"\s*({_MONTH_NAMES})\.?\s+(\d{{4}})\s*$", re.IGNORECASE)
_DAY_ONLY = re.compile(r"\s*(\d{1,2})(?:er)?\s*$", re.IGNORECASE)


def _ordered(start: DateMatch, end: DateMatch, reference: date | None = None) -> tuple[date, date] | None:
    last = end.resolve(reference)
    if last is None:
        return None
    first = start.resolve(last)
    if first is not None and first > last and start.year is None:
        first = start.resolve(date(last.year - 1, last.month, 1))
    if first is None or first > last:
        return None
    return first, last


def parse_period(text: str, reference: date | None = None) -> tuple[date, date] | None:
    """A billing period found in `text`: "du 01/03 au 31/03/2026", "du 1er mars 2026 au 31 mars 2026",
    "du 1er au 31 juillet 2015", "01/03/2026 - 31/03/2026", "2025-08-01 → 2025-08-31". Dates printed
    without a year take it from `reference` (the bill's date)."""
    m = _PERIOD_RE.search(text)
    if m:
        end = next(iter(find_dates(m.group("b"))), None)
        day = _DAY_ONLY.match(m.group("a"))
        if day and end and end.start == 0 and (last := end.resolve(reference)) is not None:
            try:
                first = date(last.year, last.month, int(day.group(1)))
            except ValueError:
                return None
            return (first, last) if first <= last else None
        start = next(iter(find_dates(m.group("a"))), None)
        if start and end and start.start == 0 and end.start == 0:
            return _ordered(start, end, reference)
        return None
    found = list(find_dates(text))
    for a, b in pairwise(found):
        if _RANGE_SEPARATOR.match(text[a.end : b.start]):
            return _ordered(a, b, reference)
    month = _MONTH_ONLY.match(fold(text))
    if month:  # "Mars 2026": the whole month
        year, number = int(month.group(2)), MONTHS[month.group(1)]
        return date(year, number, 1), date(year, number, monthrange(year, number)[1])
    return None
