"""The bill's header fields ("N° de facture : …", "Date : …", "Total à payer …"): where a field's value
stands relative to its label (after it, under it, above it, in its column of a row of labels), and how
each value is read. The labels come from the operator templates (resources/operators/*.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TypeVar

from kkoguard.bills.layout import Cell, Line
from kkoguard.bills.parse import find_dates, find_money, money_cells, parse_date
from kkoguard.bills.templates import label_patterns

T = TypeVar("T")

_PHONE_RE = re.compile(
    r"(?<![\d+])(?:\+33[\s\u00a0]?|0033[\s\u00a0]?|0)([1-9](?:[\s\u00a0\u202f.\-]?\d{2}){4})(?!\d)"
)
_ID_RE = re.compile(r"[A-Z0-9][A-Z0-9\-/._]*(?:[ \u00a0\u202f]\d{1,4}(?![\d/]))*", re.IGNORECASE)
_LABEL_VALUE_SEP = re.compile(r"^(?:[\s:.–]|-(?![\s\u00a0]?\d))*(?:n°\s*:?\s*)?", re.IGNORECASE)


def parse_identifier(value: str) -> str | None:
    m = _ID_RE.match(value)
    if not m:
        return None
    token = re.sub(r"[\s\u00a0\u202f]+", "", m.group(0)).rstrip(".-/")
    if len(token) < 3 or not any(c.isdigit() for c in token) or parse_date(m.group(0)):
        return None
    return token


def parse_full_date(value: str) -> date | None:
    for found in find_dates(value):
        return found.resolve()
    return None


def parse_phones(value: str) -> list[str] | None:
    numbers = []
    for m in _PHONE_RE.finditer(value):
        digits = "0" + re.sub(r"\D", "", m.group(1))
        if digits not in numbers:
            numbers.append(digits)
    return numbers or None


def parse_first_money(value: str) -> Decimal | None:
    for money in find_money(value):
        return money.value
    # a bill that prints every amount bare ("19.99"): the first cell, if it is nothing but an amount
    first = value.strip().split("  ")[0]
    values = money_cells(first)
    return values[0] if values and len(values) == 1 else None


def _cell_starts(line: Line) -> set[int]:
    """Where each cell begins in `line.text`: a field's label starts a cell, it is not inside a sentence."""
    starts, offset = set(), 0
    for cell in line.cells:
        starts.add(offset)
        offset += len(cell.text) + 1
    return starts


class FieldFinder:
    """Finds "Label : value" on the bill: value after the label on the same line, else on the line below."""

    def __init__(self, lines: Sequence[Line], operator: str | None) -> None:
        self.lines = lines
        self.operator = operator

    def find(self, name: str, parse: Callable[[str], T | None]) -> T | None:
        """The first page first: that is where bills print their fields, and long bills are mostly calls."""
        first_page = sum(1 for line in self.lines if line.page == self.lines[0].page) if self.lines else 0
        for scope in (range(first_page), range(len(self.lines))):
            value = self._find_in(scope, name, parse)
            if value is not None:
                return value
        return None

    def _find_in(self, scope: range, name: str, parse: Callable[[str], T | None]) -> T | None:
        for pattern in label_patterns(name, self.operator):
            # "du 01/03 au 31/03" is unmistakable anywhere, and so is a label written as a phrase ("\bvotre
            # facture du"); other labels start a cell, not a sentence
            anchored = name != "period" and not pattern.pattern.startswith("\\b")
            for index in scope:
                line = self.lines[index]
                text = line.text
                if name == "line_numbers" and any(money_cells(c.text) for c in line.cells):
                    continue  # "Forfait … - ligne 06 …  11,99 €" is a charge, not the header's line list
                starts = _cell_starts(line) if anchored else None
                for m in pattern.finditer(text):
                    if starts is not None and m.start() not in starts:
                        continue
                    rest = _LABEL_VALUE_SEP.sub("", text[m.end() :], count=1)
                    value = parse(rest) if rest else None
                    if value is None and (not rest.strip() or name == "total"):
                        # "Montant prélevé le 22 décembre" over its amount: the rest of the label is a date
                        value = self._below(index, line, m.start(), parse)
                    if value is None and not rest.strip():
                        value = self._above(index, line, m.start(), parse)
                    if value is None and not rest.strip() and m.start() > 0:
                        value = self._left(line, m.start(), parse)
                    if value is None and starts is not None and m.end() + 1 in starts:
                        # a row of labels ("Numéro de facture   Date") under a row of values: cards
                        value = self._above(index, line, m.start(), parse)
                    if value is None and starts is not None and m.end() + 1 in starts:
                        # a row of labels over a row of values ("Id.client  N° facture" over "10577874 …")
                        value = self._below_in_column(index, line, m.end() + 1, parse)
                    if value is not None:
                        return value
        return None

    @staticmethod
    def _left(line: Line, start: int, parse: Callable[[str], T | None]) -> T | None:
        """A value printed before its label ("36€73   Total dû"): the cell just left of it, alone."""
        offset = 0
        previous: Cell | None = None
        for cell in line.cells:
            if offset == start:
                return parse(previous.text) if previous is not None and money_cells(previous.text) else None
            offset += len(cell.text) + 1
            previous = cell
        return None

    def _above(self, index: int, line: Line, start: int, parse: Callable[[str], T | None]) -> T | None:
        """A value printed just above its label, left-aligned with it."""
        if index == 0:
            return None
        above = self.lines[index - 1]
        if above.page != line.page or line.top - above.bottom > 1.5 * line.height:
            return None
        x = line.words[len(line.text[: start + 1].split()) - 1].x0 if start else line.x0
        cells = [c for c in above.cells if abs(c.x0 - x) <= 3]
        return parse(cells[0].text) if cells else None

    def _below_in_column(
        self, index: int, line: Line, next_start: int, parse: Callable[[str], T | None]
    ) -> T | None:
        """The value under a label that is followed by other labels on its line: only what is printed in
        the label's own column, between its start and the next label."""
        if index + 1 >= len(self.lines):
            return None
        below = self.lines[index + 1]
        if below.page != line.page or below.top - line.bottom > 2 * line.height:
            return None
        offset = 0
        label_x0 = until = None
        for cell in line.cells:
            if offset + len(cell.text) + 1 == next_start:
                label_x0 = cell.x0
            elif offset == next_start:
                until = cell.x0
            offset += len(cell.text) + 1
        if label_x0 is None or until is None:
            return None
        cells = [c for c in below.cells if c.x0 >= label_x0 - 4 and c.x1 <= until]
        return parse(cells[0].text) if len(cells) == 1 else None

    def _below(self, index: int, line: Line, start: int, parse: Callable[[str], T | None]) -> T | None:
        """The value printed under its label: on the next line, or, when a box beside it has its own
        lines in between, on the next line that has something in the label's column."""
        x = line.words[len(line.text[: start + 1].split()) - 1].x0 if start else line.x0
        for below in self.lines[index + 1 : index + 4]:
            if below.page != line.page or below.top - line.bottom > 2.5 * line.height:
                return None
            cells = [c for c in below.cells if c.x1 >= x - 2]
            in_column = below is self.lines[index + 1] or (cells and cells[0].x0 >= x - 4)
            if in_column and cells:
                return parse(" ".join(c.text for c in cells))
        return None
