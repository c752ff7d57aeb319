"""Amounts and dates the way French bills print them: generated values must come back unchanged.

Property tests (hypothesis) format a value one of the printed ways, parse it, and expect the same value
back, as a `Decimal` or a `date`, never a float. Examples below them pin down what is NOT an amount or a
date.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kkoguard.bills.parse import find_dates, find_money, money_cells, parse_date, parse_money, parse_period

SPACES = (" ", "\u00a0", "\u202f")
"""Plain space, no-break space, narrow no-break space: all three group thousands on French bills."""

MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")  # fmt: skip

amounts = st.decimals(
    min_value=Decimal("-99999999.99"), max_value=Decimal("99999999.99"), places=2, allow_nan=False
)
positive_amounts = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("99999.99"), places=2)
spaces = st.sampled_from(SPACES)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


def group(digits: str, sep: str) -> str:
    """'1234567' → '1 234 567' with `sep` between groups of three."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def french(value: Decimal, *, sep: str = " ", grouped: bool = True, before_euro: str | None = None) -> str:
    """'1 234,56 €', '-5,00 €', '9,99€' (before_euro='')."""
    whole, cents = f"{abs(value):.2f}".split(".")
    number = f"{group(whole, sep) if grouped else whole},{cents}"
    sign = "-" if value < 0 else ""
    return f"{sign}{number}{sep if before_euro is None else before_euro}€"


def dotted(value: Decimal, *, sep: str = "") -> str:
    """'4.99 EUR', '1 234.56 EUR' (sep=' ')."""
    whole, cents = f"{abs(value):.2f}".split(".")
    sign = "-" if value < 0 else ""
    return f"{sign}{group(whole, sep) if sep else whole}.{cents} EUR"


def assert_decimal(value: object, expected: Decimal) -> None:
    assert type(value) is Decimal, type(value)
    assert value == expected


# ---------------------------------------------------------------------------------------------- amounts


@given(amounts, spaces)
@example(Decimal("4.99"), " ")
@example(Decimal("1234.56"), "\u00a0")
@example(Decimal("1234.56"), "\u202f")
@example(Decimal("-5.00"), " ")
@example(Decimal("0.00"), " ")
def test_french_amount_round_trip(value: Decimal, sep: str) -> None:
    assert_decimal(parse_money(french(value, sep=sep)), value)


@given(amounts, spaces)
def test_french_amount_with_mixed_separators(value: Decimal, sep: str) -> None:
    """The PDFs print U+202F between thousands and U+00A0 before the euro sign, in the same amount."""
    whole, cents = f"{abs(value):.2f}".split(".")
    text = f"{'-' if value < 0 else ''}{group(whole, sep)},{cents}\u00a0€"
    assert_decimal(parse_money(text), value)


@given(amounts)
@example(Decimal("9.99"))
def test_amount_glued_to_the_euro_sign(value: Decimal) -> None:
    assert_decimal(parse_money(french(value, before_euro="")), value)


@given(amounts)
def test_amount_without_thousands_separator(value: Decimal) -> None:
    assert_decimal(parse_money(french(value, grouped=False)), value)


@given(amounts, st.sampled_from(["", " "]))
@example(Decimal("4.99"), "")
def test_dotted_amount_with_eur(value: Decimal, sep: str) -> None:
    assert_decimal(parse_money(dotted(value, sep=sep)), value)


@given(positive_amounts)
def test_unicode_minus_sign(value: Decimal) -> None:
    assert_decimal(parse_money("\u2212" + french(value)), -value)


@given(positive_amounts, positive_amounts, spaces, st.integers(min_value=1, max_value=4))
@example(Decimal("6.66"), Decimal("7.99"), "\u00a0", 1)
def test_money_cells_ht_ttc_pair(ht: Decimal, ttc: Decimal, sep: str, gap: int) -> None:
    cells = money_cells(french(ht, sep=sep) + " " * gap + french(ttc, sep=sep))
    assert cells == [ht, ttc]
    assert cells is not None and all(type(v) is Decimal for v in cells)


@given(st.lists(amounts, min_size=1, max_size=4))
def test_money_cells_any_number_of_amounts(values: list[Decimal]) -> None:
    cells = money_cells("  ".join(french(v) for v in values))
    assert cells == values


@given(positive_amounts)
def test_money_cells_refuses_text_around_amounts(value: Decimal) -> None:
    assert money_cells(f"Forfait {french(value)}") is None
    assert money_cells(f"{french(value)} inclus") is None


LABELS = ["Forfait 5G 100 Go", "Option Multi-SIM", "Achat multimédia KKOSTORE*Jeux", "Total TTC :", "Remise"]


@given(st.sampled_from(LABELS), amounts, spaces)
@example("Forfait 5G 100 Go", Decimal("15.99"), " ")
def test_find_money_in_a_line(label: str, value: Decimal, sep: str) -> None:
    printed = french(value, sep=sep)
    text = f"{label} {printed}"
    found = list(find_money(text))
    assert len(found) == 1, found
    assert_decimal(found[0].value, value)
    assert text[found[0].start : found[0].end].strip() == printed
    assert found[0].has_currency


def test_find_money_span_is_the_amount_itself() -> None:
    text = "Total TTC : 47,68 €"
    (found,) = find_money(text)
    assert text[found.start : found.end] == "47,68 €"


@given(amounts, amounts)
def test_find_money_finds_every_amount_left_to_right(a: Decimal, b: Decimal) -> None:
    found = list(find_money(f"HT {french(a)} TTC {dotted(b)}"))
    assert [m.value for m in found] == [a, b]
    assert all(type(m.value) is Decimal for m in found)
    assert found[0].end <= found[1].start


@pytest.mark.parametrize(
    "text",
    [
        "06 70 63 15 95",  # a phone number
        "07 21 99 09 58",
        "1 SMS",
        "18 Mo",
        "100 Go",
        "10 640 226 396 €",  # no decimals: a reference, not an amount
        "12,5",  # one decimal
        "12,5 €",
        "12,345 €",
        "12/03/2026",
        "",
        "€",
        "Forfait",
    ],
)
def test_not_an_amount(text: str) -> None:
    assert parse_money(text) is None
    assert money_cells(text) is None


@pytest.mark.parametrize("text", ["06 70 63 15 95", "1 SMS", "18 Mo", "10 640 226 396 €", "12,5"])
def test_find_money_finds_nothing_in_non_amounts(text: str) -> None:
    assert list(find_money(text)) == []
    assert list(find_money(f"Appels vers {text} le 12/03/2026")) == []


@pytest.mark.parametrize("sep", SPACES)
def test_phone_number_next_to_an_amount_is_not_read_into_it(sep: str) -> None:
    found = list(find_money(f"Appel vers 06{sep}70{sep}63{sep}15{sep}95 1,20{sep}€"))
    assert [m.value for m in found] == [Decimal("1.20")]


def test_negative_discount_with_a_spaced_sign() -> None:
    assert parse_money("- 5,00 €") == Decimal("-5.00")
    assert money_cells("-4,17 € -5,00 €") == [Decimal("-4.17"), Decimal("-5.00")]


# ---------------------------------------------------------------------------------------------- dates


def numeric(day: date, sep: str, year_digits: int) -> str:
    year = f"{day.year % 100:02d}" if year_digits == 2 else f"{day.year}"
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{year}"


def long_form(day: date, with_year: bool = True) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    text = f"{first} {MONTHS_FR[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def assert_date(value: object, expected: date) -> None:
    assert type(value) is date, type(value)
    assert value == expected


@given(dates)
@example(date(2026, 3, 12))
def test_slash_date_round_trip(day: date) -> None:
    assert_date(parse_date(numeric(day, "/", 4)), day)


@given(dates)
@example(date(2026, 3, 12))
def test_two_digit_year_round_trip(day: date) -> None:
    assert_date(parse_date(numeric(day, "/", 2)), day)
    assert_date(parse_date(numeric(day, ".", 2)), day)


@given(dates)
@example(date(2026, 3, 12))
def test_dotted_date_round_trip(day: date) -> None:
    assert_date(parse_date(numeric(day, ".", 4)), day)


@given(dates)
@example(date(2026, 3, 12))
@example(date(2026, 3, 1))
@example(date(2025, 8, 2))
@example(date(2025, 12, 1))
@example(date(2024, 2, 29))
def test_long_french_date_round_trip(day: date) -> None:
    assert_date(parse_date(long_form(day)), day)
    assert_date(parse_date(long_form(day).upper()), day)


@given(dates, st.integers(min_value=-150, max_value=150))
@example(date(2026, 3, 12), 0)
@example(date(2025, 12, 28), 10)  # "28 décembre" on a bill made in January
@example(date(2026, 1, 3), -10)  # "3 janvier" on a bill made in December
def test_date_without_year_takes_it_from_the_reference(day: date, offset: int) -> None:
    reference = day + timedelta(days=offset)
    assert_date(parse_date(long_form(day, with_year=False), reference), day)
    assert_date(parse_date(f"{day.day:02d}/{day.month:02d}", reference), day)


@given(dates)
def test_date_without_year_and_without_reference_is_unknown(day: date) -> None:
    assert parse_date(long_form(day, with_year=False)) is None


@given(dates, st.sampled_from(["/", "."]))
def test_find_dates_in_a_line(day: date, sep: str) -> None:
    text = f"Achat multimédia KKO STORE le {numeric(day, sep, 4)} 4,99 €"
    found = list(find_dates(text))
    assert len(found) == 1
    assert (found[0].day, found[0].month, found[0].year) == (day.day, day.month, day.year)
    assert text[found[0].start : found[0].end] == numeric(day, sep, 4)
    assert_date(found[0].resolve(), day)


@given(dates, st.integers(min_value=0, max_value=62))
@example(date(2026, 3, 1), 30)
@example(date(2025, 12, 15), 30)  # across a year end
@example(date(2025, 12, 18), 30)
def test_period_round_trip(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    expected = (start, end)
    texts = [
        f"du {start:%d/%m} au {end:%d/%m/%Y}",
        f"du {start:%d/%m/%Y} au {end:%d/%m/%Y}",
        f"Période du {long_form(start)} au {long_form(end)}",
        f"du {long_form(start, with_year=False)} au {long_form(end)}",
        f"{start:%d/%m/%Y} - {end:%d/%m/%Y}",
    ]
    for text in texts:
        period = parse_period(text)
        assert period == expected, text
        assert period is not None and all(type(d) is date for d in period)


def test_period_across_a_year_end() -> None:
    assert parse_period("du 15/12 au 14/01/2026") == (date(2025, 12, 15), date(2026, 1, 14))
    assert parse_period("du 01/03 au 31/03/2026") == (date(2026, 3, 1), date(2026, 3, 31))


INVALID_DATES = ["31/02/2026", "30/02/2026", "29/02/2025", "31/04/2026", "00/03/2026", "12/13/2026"]
INVALID_DATES += ["32 mars 2026", "31 avril 2026", "29 février 2025"]


@pytest.mark.parametrize("text", INVALID_DATES)
def test_invalid_date_is_none(text: str) -> None:
    assert parse_date(text) is None


@given(
    st.integers(min_value=1, max_value=31),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=2000, max_value=2099),
)
def test_impossible_day_of_month_is_none(d: int, m: int, y: int) -> None:
    try:
        expected: date | None = date(y, m, d)
    except ValueError:
        expected = None
    assert parse_date(f"{d:02d}/{m:02d}/{y}") == expected


@pytest.mark.parametrize("text", ["06 70 63 15 95", "4,99 €", "1 SMS", "Forfait 5G", "12,03", "2026"])
def test_not_a_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["du 31/03/2026 au 01/03/2026", "Facture du 12/03/2026", "du 01/03/2026"])
def test_not_a_period(text: str) -> None:
    assert parse_period(text) is None


def test_hostile_amounts_are_refused_quickly_and_never_crash() -> None:
    """Found in review: a 30-digit "amount" broke the JSON output, 1,000 dashes overflowed the stack."""
    assert parse_money("111111111111111111111111111111,00 €") is None
    assert money_cells("-" * 5000) is None
    assert money_cells("(" * 2000 + "5,00" + ")" * 2000) is None
    assert money_cells("(5,00)") == [Decimal("-5.00")]
    assert money_cells("5,00 -") == [Decimal("-5.00")]
    assert parse_money("999 999 999,99 €") == Decimal("999999999.99")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Mars 2026", (date(2026, 3, 1), date(2026, 3, 31))),
        ("février 2024", (date(2024, 2, 1), date(2024, 2, 29))),
        ("Décembre 2025", (date(2025, 12, 1), date(2025, 12, 31))),
    ],
)
def test_a_period_printed_as_a_month(text: str, period: tuple[date, date]) -> None:
    assert parse_period(text) == period


def test_a_month_without_its_year_is_no_period() -> None:
    assert parse_period("Mars") is None
