"""Printed lines → rows of "label … amount", for the charge readers (items.py).

What each cell holds (an amount, a currency or rate, a date, text), a line cut where two columns of
charges sit side by side, a label printed right of its amount turned round, and the part of a page set in
two columns read left column first. Nothing here knows of tables, sections or charges.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from kkoguard.bills.layout import Cell, Line
from kkoguard.bills.parse import find_dates, find_money, fold, money_cells
from kkoguard.bills.templates import layout

RATE = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?\s?%$")
QUANTITY = re.compile(r"^[x×]?\s?\d{1,3}(?:[.,]\d{1,3})?\s?[x×]?$")
_TRAILING = ("€", "EUR", "TTC", "€ TTC", "EUR TTC", "HT", "CR")


def _segments(line: Line) -> list[Line]:
    """A line cut where an amount is followed by a new label: two columns of "label  amount" side by side
    (a summary beside the detail, a landscape page) give two rows. A label printed right of its amount
    ("4,99EUR  Jeux") is turned round so that every row reads label, then amount."""
    line = _with_amounts_apart(line)
    kinds = [_cell_kind(c) for c in line.cells]
    if "money" not in kinds:
        return [line]
    leading = next((kind for kind in kinds if kind not in ("date", "other")), None)
    amount_first = leading == "money" and "text" in kinds
    parts: list[list[Cell]] = [[]]
    for index, (cell, kind) in enumerate(zip(line.cells, kinds, strict=True)):
        previous = kinds[index - 1] if index else None
        if amount_first:
            starts = kind == "money" and previous == "text" and bool(parts[-1])
        else:
            starts = kind == "text" and previous in ("money", "other", "date") and _has_money(parts[-1])
        if starts:
            parts.append([])
        parts[-1].append(cell)
    if amount_first:
        parts = [_amount_last(part) for part in parts]
    if len(parts) == 1 and not amount_first:
        return [line]
    return [
        Line(line.page, sorted((w for c in part for w in c.words), key=lambda w: w.x0), part)
        for part in parts
        if part
    ]


def _cell_kind(cell: Cell) -> str:
    return _text_kind(cell.text.strip())


@lru_cache(maxsize=16384)
def _text_kind(text: str) -> str:
    """ "money", "other" (a currency, a rate, a quantity), "date" or "text"."""
    if money_cells(text) is not None:
        return "money"
    if text.upper() in _TRAILING or RATE.match(text) or QUANTITY.match(text):
        return "other"
    if only_a_date(text):
        return "date"
    return "text"


def _has_money(cells: list[Cell]) -> bool:
    return any(money_cells(c.text) is not None for c in cells)


def _amount_last(cells: list[Cell]) -> list[Cell]:
    """Leading amounts moved after the label they belong to."""
    lead = 0
    while lead < len(cells) and _cell_kind(cells[lead]) not in ("text",):
        lead += 1
    return [*cells[lead:], *cells[:lead]]


def by_columns(page: Sequence[Line]) -> list[Line]:
    """The page's rows in reading order. Where part of the page is set in two columns of "label amount"
    rows (a summary beside the detail, a landscape page), that part's left column comes before its right
    one, block by block between the lines that span both (headings, totals)."""
    page = [_with_amounts_apart(line) for line in page]
    found = _gutter(page)
    if found is None:
        return [part for line in page for part in _segments(line)]
    gutter, first, last = found
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for index, line in enumerate(page):
        if not first <= index <= last or any(c.x0 < gutter < c.x1 for c in line.cells):
            out += left + right + _segments(line)
            left, right = [], []
            continue
        for side, cells in ((left, [c for c in line.cells if c.x1 <= gutter]),
                            (right, [c for c in line.cells if c.x0 >= gutter])):  # fmt: skip
            if cells:
                side += _segments(Line(line.page, [w for c in cells for w in c.words], cells))
    return out + left + right


def _gutter(page: Sequence[Line]) -> tuple[float, int, int] | None:
    """An x position that rows pairing a label with an amount stand on both sides of (at least two each),
    with the first and last line of the part of the page where they do: two columns of charges. A
    table's date or amount columns are not a column of their own: the right side needs labels (words
    that are not a date) next to amounts."""
    cells = [c for line in page for c in line.cells]
    if len(cells) < 8:
        return None
    x_min, x_max = min(c.x0 for c in cells), max(c.x1 for c in cells)
    width = x_max - x_min
    candidates = sorted(
        {
            round((a.x1 + b.x0) / 2)
            for line in page
            for a, b in pairwise(line.cells)
            if b.x0 - a.x1 > 12 and x_min + 0.3 * width <= (a.x1 + b.x0) / 2 <= x_min + 0.7 * width
        }
    )
    if not candidates:
        return None
    # each cell once: where it stands and what it is (the candidates are tried against these)
    kinds = [[(c.x0, c.x1, _pair_kind(c)) for c in line.cells] for line in page]
    if sum(1 for line in kinds if any(k == "money" for _, _, k in line)) < 2:
        return None
    best: tuple[int, float, int, int] | None = None
    for x in candidates:
        left = [i for i, line in enumerate(kinds) if _pairs_on(line, x, left_side=True)]
        right = [i for i, line in enumerate(kinds) if _pairs_on(line, x, left_side=False)]
        if len(left) < 2 or len(right) < 2:
            continue
        if max(left[0], right[0]) > min(left[-1], right[-1]):
            continue  # one column after the other, not side by side
        first, last = min(left[0], right[0]), max(left[-1], right[-1])
        crossing = sum(1 for line in kinds[first : last + 1] if any(a < x < b for a, b, _ in line))
        if crossing > 0.25 * (last - first + 1):
            continue
        score = min(len(left), len(right))
        if best is None or score > best[0]:
            best = (score, x, first, last)
    return (best[1], best[2], best[3]) if best else None


def _pairs_on(line: list[tuple[float, float, str]], x: float, *, left_side: bool) -> bool:
    """Whether the cells of `line` on one side of `x` hold a label and an amount."""
    found = {kind for a, b, kind in line if (b <= x if left_side else a >= x)}
    return "money" in found and "label" in found


def _pair_kind(cell: Cell) -> str:
    return _pair_text_kind(cell.text)


@lru_cache(maxsize=16384)
def _pair_text_kind(text: str) -> str:
    """ "money", "label" (letters, not a date, not a total or subtotal) or "other", for `_gutter`."""
    kind = _text_kind(text.strip())
    if kind == "money":
        return kind
    if (
        kind == "text"
        and sum(ch.isalpha() for ch in text) >= 3
        and not only_a_date(text)
        and not any(p.search(text.strip(" :-")) for p in layout().not_charge)
    ):
        return "label"
    return "other"


def header_word(token: str) -> str:
    """A column title's word as the vocabulary has it: "TTC(*)" is "ttc", "Montant:" is "montant"."""
    return fold(token).strip(":()[]/.,€%*")


def only_a_date(text: str) -> bool:
    found = list(find_dates(text))
    return len(found) == 1 and not text[: found[0].start].strip() and not text[found[0].end :].strip(" .")


def _split_leading_amount(cell: Cell) -> list[Cell]:
    """ "11,99EUR Forfait Woot": an amount and its label read as one cell (OCR, tight columns) become two."""
    found = next(iter(find_money(cell.text)), None)
    if found is None or found.start != 0 or not found.has_currency or found.end >= len(cell.text):
        return [cell]
    taken = len(cell.text[: found.end].split())
    if taken >= len(cell.words) or cell.text[found.end] != " ":
        return [cell]
    return [Cell(cell.words[:taken]), Cell(cell.words[taken:])]


def _with_amounts_apart(line: Line) -> Line:
    cells = [part for cell in line.cells for part in _split_leading_amount(cell)]
    return line if len(cells) == len(line.cells) else Line(line.page, line.words, cells)
