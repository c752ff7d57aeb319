"""Printed lines → rows of "label … amount", for the charge readers (items.py).

What each cell holds (an amount, a currency or rate, a date, text), a line cut where two columns of
charges sit side by side, a label printed right of its amount turned round, and the part of a page set in
two columns read left column first. Nothing here knows of tables, sections or charges.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, pairwise

from kkoguard.bills.layout import Cell, Line
from kkoguard.bills.parse import find_dates, find_money, fold, money_cells
from kkoguard.bills.templates import layout

RATE = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?\s?%$")
QUANTITY = re.compile(r"^[x×]?\s?\d{1,3}(?:[.,]\d{1,3})?\s?[x×]?$")
_TRAILING = ("€", "EUR", "TTC", "€ TTC", "EUR TTC", "HT", "CR")


def _segments(line: Line) -> list[Line]:
    """A line cut where an amount is followed by a new label: two columns of "label  amount" side by side
    (a summary beside the detail, a landscape page) give two rows. A label printed right of its amount
    ("4,99EUR  Jeux") is turned round so that every row reads label, then amount. `line` has its amounts
    split from their labels already (`_with_amounts_apart`, done once per page by `by_columns`)."""
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
    # the lines just above and below that keep out of the gutter belong to the columns too: a column's
    # title, its table header, the first line of a label whose amount stands on its last line
    while first > 0 and _beside(page[first - 1], gutter):
        first -= 1
    while last < len(page) - 1 and _beside(page[last + 1], gutter):
        last += 1
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for index, line in enumerate(page):
        at = _overhang(line, gutter)
        if not first <= index <= last or at is None:
            out += left + right + _segments(line)
            left, right = [], []
            continue
        for side, cells in ((left, line.cells[:at]), (right, line.cells[at:])):
            if cells:
                side += _segments(Line(line.page, [w for c in cells for w in c.words], cells))
    return out + left + right


def _beside(line: Line, gutter: float) -> bool:
    """A line that keeps out of the gutter and reads as part of the columns: a title, a header, a label's
    first line, or a row of one of the columns (its amount beside some text on the same side). An amount
    alone on its side (a table's amount column seen from its labels) stops the columns."""
    if any(c.x0 < gutter < c.x1 for c in line.cells):
        return False
    for side in ([c for c in line.cells if c.x1 <= gutter], [c for c in line.cells if c.x0 >= gutter]):
        kinds = [_cell_kind(c) for c in side]
        if "money" in kinds and all(kind == "money" for kind in kinds):
            return False
    return True


def _overhang(line: Line, gutter: float) -> int | None:
    """Where the line splits into its left and right column's parts, or None when it spans both. A left
    column's title may run past the gutter ("Achats de contenus et services facturés pour le compte de
    tiers" beside the right column's "10,00 EUR CR  Geste commercial"): it stays on the left when it is text
    and the rest of the line stands right of it."""
    crossing = [i for i, c in enumerate(line.cells) if c.x0 < gutter < c.x1]
    if not crossing:
        return sum(1 for c in line.cells if c.x1 <= gutter)
    i = crossing[0]
    rest = line.cells[i + 1 :]
    if len(crossing) == 1 and i == 0 and rest and _cell_kind(line.cells[i]) == "text":
        return 1
    return None


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
    candidates = list(
        {
            round((a.x1 + b.x0) / 2)
            for line in page
            for a, b in pairwise(line.cells)
            if b.x0 - a.x1 > 12 and x_min + 0.3 * width <= (a.x1 + b.x0) / 2 <= x_min + 0.7 * width
        }
    )
    candidates += _white_bands(cells, round(x_min + 0.3 * width), round(x_min + 0.7 * width))
    if not candidates:
        return None
    # each cell once: where it stands and what it is (the candidates are tried against these)
    kinds = [[(c.x0, c.x1, _pair_kind(c)) for c in line.cells] for line in page]
    if sum(1 for line in kinds if any(k == "money" for _, _, k in line)) < 2:
        return None
    best: tuple[tuple[int, int, int], float, int, int] | None = None
    with_money = [(i, line) for i, line in enumerate(kinds) if any(k == "money" for _, _, k in line)]
    for x in sorted(set(candidates)):
        left = [i for i, line in with_money if _pairs_on(line, x, left_side=True)]
        right = [i for i, line in with_money if _pairs_on(line, x, left_side=False)]
        if len(left) < 2 or len(right) < 2:
            continue
        # a label wrapped over lines may leave its amount beside another column's line: the order of the
        # columns is told by their amounts
        left_money = [i for i, line in with_money if _money_on(line, x, left_side=True)]
        right_money = [i for i, line in with_money if _money_on(line, x, left_side=False)]
        if len(left_money) < 2 or len(right_money) < 2:
            continue
        if max(left_money[0], right_money[0]) > min(left_money[-1], right_money[-1]):
            continue  # one column after the other, not side by side
        first, last = min(left[0], right[0]), max(left[-1], right[-1])
        crossing = sum(1 for line in kinds[first : last + 1] if any(a < x < b for a, b, _ in line))
        if crossing > 0.25 * (last - first + 1):
            continue
        anywhere = sum(1 for line in kinds if any(a < x < b for a, b, _ in line))
        score = (min(len(left), len(right)), -crossing, -anywhere)
        if best is None or score > best[0]:
            best = (score, x, first, last)
    return (best[1], best[2], best[3]) if best else None


def _white_bands(cells: Sequence[Cell], lo: int, hi: int) -> list[int]:
    """The middles of the vertical bands between `lo` and `hi` that the fewest cells cover: where two
    columns part even when no single line has cells on both sides of the gap."""
    if hi <= lo:
        return []
    cover = [0] * (hi - lo + 2)
    for c in cells:
        a, b = max(lo, math.ceil(c.x0)), min(hi, math.floor(c.x1))
        if a <= b:
            cover[a - lo] += 1
            cover[b - lo + 1] -= 1
    counts = list(accumulate(cover[:-1]))
    limit = min(counts)
    bands: list[int] = []
    start: int | None = None
    for i, n in enumerate([*counts, limit + 1]):
        if n <= limit and start is None:
            start = i
        elif n > limit and start is not None:
            if i - start >= 4:
                bands.append(lo + (start + i - 1) // 2)
            start = None
    return bands


def _pairs_on(line: list[tuple[float, float, str]], x: float, *, left_side: bool) -> bool:
    """Whether the cells of `line` on one side of `x` hold a label and an amount."""
    found = {kind for a, b, kind in line if (b <= x if left_side else a >= x)}
    return "money" in found and "label" in found


def _money_on(line: list[tuple[float, float, str]], x: float, *, left_side: bool) -> bool:
    return any(kind == "money" and (b <= x if left_side else a >= x) for a, b, kind in line)


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
        and sum(ch.isalpha() for ch in text) >= 2  # the last line of a wrapped label: "au 31/05"
        and not only_a_date(text)
        and not any(p.search(text.strip(" :-")) for p in layout().not_charge)
    ):
        return "label"
    return "other"


def header_word(token: str) -> str:
    """A column title's word as the vocabulary has it: "TTC(*)" is "ttc", "Montant:" is "montant"."""
    return fold(token).strip(":()[]/.,€%*")


def only_a_date(text: str) -> bool:
    """A cell that holds a date and nothing else ("12/10", "le 2 octobre", "du 3 oct.")."""
    found = list(find_dates(text))
    if len(found) != 1 or text[found[0].end :].strip(" .,"):
        return False
    return fold(text[: found[0].start]).strip() in ("", "le", "du")


def _split_leading_amount(cell: Cell) -> list[Cell]:
    """ "11,99EUR Forfait Woot": an amount and its label read as one cell (OCR, tight columns) become two."""
    found = next(iter(find_money(cell.text)), None)
    if found is None or found.start != 0 or not found.has_currency or found.end >= len(cell.text):
        return [cell]
    taken = len(cell.text[: found.end].split())
    if taken >= len(cell.words) or cell.text[found.end] != " ":
        return [cell]
    while taken < len(cell.words) and cell.words[taken].text.upper() in _TRAILING:
        taken += 1  # "5,00€ CR" is one amount, a credit
    if taken >= len(cell.words):
        return [cell]
    return [Cell(cell.words[:taken]), Cell(cell.words[taken:])]


def _with_amounts_apart(line: Line) -> Line:
    cells = [part for cell in line.cells for part in _split_leading_amount(cell)]
    return line if len(cells) == len(line.cells) else Line(line.page, line.words, cells)
