"""Money and dates written the way a French (or English) reader expects them."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

_NNBSP = "\u202f"
_NBSP = "\u00a0"
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre")  # fmt: skip
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")  # fmt: skip


def money_str(amount: Decimal) -> str:
    """The contract's form: '4.99', '-5.00'."""
    with localcontext() as context:  # enough digits for any amount the parser accepts, and then some
        context.prec = 40
        return str(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def format_money(amount: Decimal, lang: str = "fr") -> str:
    """'1 234,56 €' in French (narrow no-break space), '€1,234.56' in English."""
    with localcontext() as context:
        context.prec = 40
        value = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    whole, cents = f"{abs(value):,.2f}".split(".")
    if lang == "fr":
        grouped = whole.replace(",", _NNBSP)
        return f"{sign}{grouped},{cents}{_NBSP}€"
    return f"{sign}€{whole}.{cents}"


def format_date(day: date, lang: str = "fr") -> str:
    """'3 mars 2026' / '1er mars 2026' in French, '3 March 2026' in English."""
    if lang == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {_FR_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
