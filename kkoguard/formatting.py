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


_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_INVISIBLE = frozenset("\u2028\u2029\u200e\u200f\u061c") | frozenset(map(chr, range(0x202A, 0x202F)))
_INVISIBLE |= frozenset(map(chr, range(0x2066, 0x206A)))


def _visible(char: str) -> str:
    code = ord(char)
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte the file system name did not decode (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def printable_name(name: str) -> str:
    """A file name (or any text from outside) safe to print on a terminal: control characters (ESC, BEL,
    CR, newlines, C1), bytes that are not UTF-8 and the marks that reverse or hide text become visible
    escapes such as "\\x1b" or "\\xff", so a name can neither drive the terminal nor pass for another.
    Everything else, accents and emoji included, is kept as it is."""
    return "".join(_visible(c) if _hidden(c) else c for c in name)


def printable_text(text: str) -> str:
    """`printable_name` for a text of several lines (a note, a pasted e-mail): its line breaks are kept."""
    return "\n".join(printable_name(line) for line in text.split("\n"))


def _hidden(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000 or char in _INVISIBLE
