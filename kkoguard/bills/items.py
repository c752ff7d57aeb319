"""The bill's line items: the charges, the other rows with an amount, and the text that belongs to none.

Two readings are made: one follows the bill's tables (headers, sections, totals), the other takes every
row with an amount; wrapped labels are joined to their row in both. The bill's own arithmetic (subtotals,
a summary box, the total) chooses between them (`read_charges`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache, cached_property
from itertools import pairwise

from kkoguard.bills.layout import Cell, Line
from kkoguard.bills.model import Charge
from kkoguard.bills.parse import find_dates, find_money, fold, money_cells, parse_date
from kkoguard.bills.reconcile import choose, reconcile, without_subtotals, without_summary
from kkoguard.bills.rows import QUANTITY, RATE, by_columns, header_word, only_a_date
from kkoguard.bills.templates import FIELDS, label_patterns, layout


def read_charges(
    pages: Sequence[Sequence[Line]],
    reference: date | None,
    total: Decimal | None,
    running: frozenset[str] | None = None,
) -> tuple[list[Charge], list[Charge], list[str]]:
    """The charges, the other rows with an amount, and the text lines that belong to no charge.
    `running`: the bill's page headers and footers (`running_lines` of all its pages, sample pages too).

    Two readers read the bill: one that follows its tables, one that takes every row with an amount; the
    bill's own arithmetic (subtotals, a summary box that repeats the detail, the total) chooses between
    their readings."""
    columned = [by_columns(page) for page in pages]  # both readers read the page's columns in order
    tables = _ChargeReader(pages, reference, running=running, columned=columned)
    followed = tables.read()
    if (
        followed
        and total is not None
        and reconcile(followed, total).difference == 0
        and not tables.headed
        and len(followed) + len(tables.set_aside) >= _rows_with_amounts(pages)
    ):
        # the tables add up to the cent, are no summary box, and every row with an amount was looked at
        return followed, tables.set_aside, tables.loose
    rows = _ChargeReader(pages, reference, generic=True, running=running, columned=columned)
    every = rows.read()
    kept, subtotals = without_subtotals(every)
    headed = {id(c) for c in rows.headed}
    unheaded = [c for c in kept if id(c) not in headed]
    readings = [
        followed,
        every,
        kept,
        without_summary(every, total)[0],
        without_summary(kept, total)[0],
        unheaded,
        without_summary(unheaded, total)[0],
    ]
    # a reading made mostly of rows named like the bill's section headings is its summary box: it may add
    # up, but it names no merchant; it is kept only when no other reading found anything
    headed_ids = headed | {id(c) for c in tables.headed}
    summaries = [sum(id(c) in headed_ids for c in r) * 2 > len(r) > 0 for r in readings]
    if not all(summaries[i] or not r for i, r in enumerate(readings)):
        readings = [[] if summaries[i] else r for i, r in enumerate(readings)]
    chosen = choose(readings, total)
    if reconcile(readings[chosen], total).difference == 0:
        # a summary box adds up too: when taking a box off (readings 3, 4, 6) leaves a finer reading that
        # adds up as well, the box was what the first reading had found
        finer = [
            i
            for i in (3, 4, 6)
            if len(readings[i]) < len(readings[{3: 1, 4: 2, 6: 5}[i]])  # a box was taken off
            and reconcile(readings[i], total).difference == 0
            and not any(id(c) in headed_ids for c in readings[i])  # and all of it
        ]
        chosen = max([chosen, *finer], key=lambda i: (len(readings[i]), i == chosen))
    if chosen == 0:
        return followed, tables.set_aside, tables.loose
    left_out = [_aside(c, "subtotal") for c in subtotals] if chosen in (2, 4, 5, 6) else []
    summary = {id(c) for c in every} - {id(c) for c in readings[chosen]} - {id(c) for c in subtotals}
    left_out += [_aside(c, "summary") for c in every if id(c) in summary]
    return list(readings[chosen]), [*rows.set_aside, *left_out], rows.loose


@dataclass
class _Row:
    """A line inside a table of charges, before wrapped labels are joined."""

    line: Line
    label_cells: list[Cell]
    amount: Decimal | None
    date_cell: Cell | None = None
    section: str | None = None
    after_total: bool = False
    prefix: list[Line] = field(default_factory=list)
    suffix: list[Line] = field(default_factory=list)

    @property
    def columns_x0(self) -> float:
        """Where the date and amount columns start: a wrapped label never reaches them."""
        end = self.label_cells[-1].x1 if self.label_cells else self.line.x0
        cells = [c for c in self.line.cells if c not in self.label_cells and c.x0 >= end]
        return min(c.x0 for c in cells) if cells else float("inf")  # amounts left of the label


@dataclass
class _Table:
    calls: bool
    ttc_x: float | None
    x1: float | None = None  # the header's right edge: what is printed beyond it is another box
    x0: float | None = None  # the header's left edge: what ends before it is a box beside the table
    last_row_bold: bool | None = None


class _ChargeReader:
    """Walks the bill's lines in reading order, keeping track of the table and section each line is in."""

    def __init__(
        self,
        pages: Sequence[Sequence[Line]],
        reference: date | None,
        *,
        generic: bool = False,
        running: frozenset[str] | None = None,
        columned: list[list[Line]] | None = None,
    ) -> None:
        """With `generic`, every row carrying an amount is a candidate wherever the tables are, or whether
        there are any: headers only say which column is TTC and where call detail is, totals end nothing,
        and a line holding several label-amount pairs (columns side by side) gives each of them."""
        self.reference = reference
        self.layout = layout()
        self.generic = generic
        self.pages = columned if columned is not None else [by_columns(page) for page in pages]
        self.set_aside: list[Charge] = []
        """Rows with an amount that were not taken as charges (calls, totals, subtotals), for the sweep."""
        self.headed: list[Charge] = []
        """Charges whose label is also a section's heading: a summary box's rows, most of the time."""
        self.loose: list[str] = []
        """Text lines that are neither part of a charge's label nor a heading, for the sweep."""
        self.running = running_lines(pages) if running is None else running
        """Lines printed on several pages (the operator's name and the invoice number at the top of each
        page): never a section's title, so a section goes on over the page break."""
        # only a table of charges counts: a bill listing its charges as plain lines may still have call detail
        headers = (self._header(line) for page in pages for line in page)
        self.has_tables = not generic and any(h is not None and not h.calls for h in headers)

    def read(self) -> list[Charge]:
        charges: list[Charge] = []
        table: _Table | None = None if self.has_tables else _Table(calls=False, ttc_x=None)
        headings: set[str] = set()
        section: str | None = None
        after_total = False
        relisted: list[Charge] = []
        for page in self.pages:
            section_before = section  # a section goes on over the page break
            entries: list[_Row | Line] = []
            headers: set[int] = set()
            totals: set[int] = set()
            texts: list[Line] = []  # the text lines since the last row: a table's title is the last
            for line in page:
                header = self._header(line)
                if header is not None:
                    table = header if header.calls or not self.generic else _Table(False, header.ttc_x)
                    texts = [t for t in texts if not self._running(t)]
                    if texts:
                        section = _title(texts, headings)
                    headers.add(len(entries))
                    entries.append(line)
                    texts = []
                    continue
                if table is not None and table.calls:  # a call, a text, a data session: never a charge
                    self._set_aside(line, "call")
                    totals.add(len(entries))
                    entries.append(line)
                    texts = [] if any(ch.isdigit() for ch in line.text) else [line]
                    continue
                row = self._row(line, table)
                if row is None and self._subheading(line, table):
                    section = line.text  # "Services facturés par des tiers" inside a table
                    headings.add(fold(section))
                    totals.add(len(entries))  # never part of a wrapped label
                    entries.append(line)
                    texts = [line]
                    continue
                if row is None:
                    entries.append(line)
                    texts.append(line)
                    continue
                texts = []
                label = " ".join(c.text for c in row.label_cells)
                if self._not_charge(label):
                    self._set_aside(line, "total", row)
                    if self.generic:
                        if self._ends_tables(label) and table is not None and table.calls:
                            table = _Table(calls=False, ttc_x=None)
                    elif self._ends_tables(label):
                        table = None if self.has_tables else table
                        after_total = (
                            after_total or bool(charges) or any(isinstance(e, _Row) for e in entries)
                        )
                    totals.add(len(entries))  # a total or a subtotal: no label runs across it
                    entries.append(line)
                    continue
                if table is None or table.calls:
                    self._set_aside(line, "outside", row)
                    totals.add(len(entries))
                    entries.append(line)
                    continue
                if table.ttc_x is not None and len(row.line.cells) > 0:
                    row.amount = self._pick_ttc(line, table.ttc_x) or row.amount
                row.section = section
                row.after_total = after_total
                table.last_row_bold = line.bold
                entries.append(row)
            attached = self._join_wrapped(entries, headers, totals)
            section = self._sections(entries, attached, headers, section_before, headings)
            self.loose += [
                entry.text
                for i, entry in enumerate(entries)
                if isinstance(entry, Line)
                and i not in attached | headers
                and fold(entry.text) not in headings
                and not any(find_money(entry.text))  # rows with an amount are the set-aside ones
                and not any(money_cells(cell.text) for cell in entry.cells)
            ]
            for entry in entries:
                if isinstance(entry, _Row):
                    charge = self._charge(entry)
                    if charge and entry.after_total:
                        relisted.append(charge)
                    elif charge:
                        charges.append(charge)
        kept = _not_relisted(charges, relisted)
        for charge in relisted:
            if charge not in kept:
                self.set_aside.append(_aside(charge, "relisted"))
        charges += kept
        # a recap box repeats each section's heading with its subtotal: not a charge
        self.headed = [c for c in charges if _named_like_heading(fold(c.label), headings)]
        if self.generic:
            return charges  # the arithmetic decides whether a row named like a section is its summary
        self.set_aside += [_aside(c, "heading") for c in charges if fold(c.label) in headings]
        return [c for c in charges if fold(c.label) not in headings]

    def _set_aside(self, line: Line, why: str, row: _Row | None = None) -> None:
        row = row or self._row(line)
        if row is None or row.amount is None:
            return
        label = " ".join(c.text for c in row.label_cells) or line.text
        bbox = (line.x0, line.top, line.x1, line.bottom)
        self.set_aside.append(Charge(label, row.amount, None, line.page, bbox, reasons=[why]))

    def _sections(
        self,
        entries: list[_Row | Line],
        attached: set[int],
        headers: set[int],
        section: str | None,
        headings: set[str],
    ) -> str | None:
        """A text line that continues no charge is the heading of the rows below it, bold or not, over a
        table header or not; a column title printed over the amounts alone ("TTC(*)") is not, the line
        above it is. A title over a table header that ends the page heads the rows of the next page."""
        attached = attached | headers
        skipped = [
            isinstance(e, Line) and (k in attached or self._column_titles(e) or self._running(e))
            for k, e in enumerate(entries)
        ]
        # what comes after each entry, skipped lines aside, and whether a header stands after it: one pass
        following: list[_Row | Line | None] = [None] * len(entries)
        header_after = [False] * len(entries)
        upcoming: _Row | Line | None = None
        seen_header = False
        for k in range(len(entries) - 1, -1, -1):
            following[k], header_after[k] = upcoming, seen_header
            if not skipped[k]:
                upcoming = entries[k]
            seen_header = seen_header or k in headers
        for i, entry in enumerate(entries):
            if isinstance(entry, _Row):
                entry.section = section
                continue
            if skipped[i]:
                continue
            ends_page = following[i] is None and header_after[i]
            if isinstance(following[i], _Row) or ends_page:
                above = entries[i - 1] if i > 0 else None
                lines = [above, entry] if isinstance(above, Line) and i - 1 not in attached else [entry]
                section = _title(lines, headings)
        return section

    # -- line classification

    def _running(self, line: Line) -> bool:
        return _shape(line.text) in self.running

    @cached_property
    def row_labels(self) -> set[str]:
        """What the bill's rows with an amount are called: a text line named so elsewhere is a title."""
        return {
            fold(" ".join(c.text for c in row.label_cells)).strip(" :")
            for page in self.pages
            for line in page
            if (row := self._row(line)) is not None
        }

    def _column_titles(self, line: Line) -> bool:
        """A line made only of column-title words ("€ TTC", "Montant", "TTC(*)")."""
        words = [header_word(t) for t in line.text.split()]
        return bool(words) and all(w in self.layout.header_words or not w for w in words)

    def _header(self, line: Line) -> _Table | None:
        """A table's column titles ("Désignation  Date  Montant TTC"), possibly followed on the same
        baseline by a box printed beside the table, which is then left out of the table."""
        vocabulary = self.layout.header_words
        # a box printed left of the table (a sidebar) may share the header's baseline: skip it
        for skip, cell in enumerate(line.cells):
            if skip and cell.x0 - line.cells[skip - 1].x1 < 40:
                return None
            table = self._header_from(line.cells[skip:], vocabulary)
            if table is not None:
                return table
        return None

    def _header_from(self, row_cells: list[Cell], vocabulary: frozenset[str]) -> _Table | None:
        cells: list[Cell] = []
        hits = 0
        for cell in row_cells:
            words = [w for w in (header_word(t) for t in cell.text.split()) if w]
            if not words or not all(w in vocabulary for w in words):
                break
            cells.append(cell)
            hits += len(words)
        if hits < 2:
            return None
        text = fold(" ".join(c.text for c in cells))
        calls = any(w in text for w in self.layout.call_detail_words)
        ttc_x = None
        for cell in cells:
            if any(header_word(w) in self.layout.ttc_words for w in cell.text.split()):
                ttc_x = (cell.x0 + cell.x1) / 2
        labelled = any(w in self.layout.label_words for w in text.split())
        # a header over the amounts only: the labels stand left of it, no box beside the table there
        return _Table(calls=calls, ttc_x=ttc_x, x1=cells[-1].x1, x0=cells[0].x0 if labelled else None)

    @staticmethod
    def _subheading(line: Line, table: _Table | None) -> bool:
        """A bold line inside a table of charges whose rows are not bold heads the rows below it."""
        return table is not None and not table.calls and line.bold and table.last_row_bold is not True

    def _row(self, line: Line, table: _Table | None = None) -> _Row | None:
        """The line as label cells + date + amount, or None when it carries no amount at the end."""
        amounts: list[tuple[Cell, Decimal]] = []
        label_cells: list[Cell] = []
        date_cell: Cell | None = None
        edge = table.x1 + 12 if table is not None and table.x1 is not None else None
        left = table.x0 - 12 if table is not None and table.x0 is not None else None
        for cell in line.cells:
            if left is not None and cell.x1 < left and not label_cells:
                continue  # a sidebar printed left of the table
            if edge is not None and cell.x0 > edge:
                break  # a box printed beside the table (a recap) shares this baseline
            values = money_cells(cell.text)
            if values is not None:
                amounts.extend((cell, v) for v in values)
                continue
            if amounts and cell.text.strip().upper() in ("€", "EUR", "TTC", "€ TTC", "EUR TTC"):
                continue  # the currency printed in its own column
            if amounts and cell.text.strip().upper() == "CR":
                amounts[-1] = (amounts[-1][0], -abs(amounts[-1][1]))  # a credit marked in its own column
                continue
            if amounts and RATE.match(cell.text):
                continue  # a VAT rate column ("20 %") after the amounts
            if amounts and date_cell is None and only_a_date(cell.text):
                date_cell = cell  # the date printed last, after the amount
                continue
            if amounts:
                return None  # text after an amount: a recap box ("Forfaits 45,99 € Options 3,00 €")
            if date_cell is None and label_cells and _cell_date(cell.text, self.reference):
                date_cell = cell
                continue
            if label_cells and (QUANTITY.match(cell.text) or RATE.match(cell.text)):
                continue  # a quantity, unit or VAT rate column between the label and the amounts
            if date_cell is not None:
                return None
            label_cells.append(cell)
        if not amounts:
            return self._row_with_inline_amount(line, label_cells)
        return _Row(line, label_cells, amounts[-1][1], date_cell)

    def _row_with_inline_amount(self, line: Line, label_cells: list[Cell]) -> _Row | None:
        """A layout that prints "Label .... 4,99 €" with no wide gap: the amount ends the last cell."""
        if not label_cells:
            return None
        last = label_cells[-1]
        found = list(find_money(last.text))
        if not found or found[-1].end != len(last.text) or not found[-1].has_currency:
            return None
        money = found[-1]
        keep = last.text[: money.start].strip()
        if not keep:
            return None
        words = []
        for word in last.words:
            words.append(word)
            if len(" ".join(w.text for w in words)) >= len(keep):
                break
        return _Row(line, [*label_cells[:-1], Cell(words)], money.value)

    def _pick_ttc(self, line: Line, ttc_x: float) -> Decimal | None:
        best: tuple[float, Decimal] | None = None
        for cell in line.cells:
            values = money_cells(cell.text)
            if values and len(values) == 1:
                distance = abs((cell.x0 + cell.x1) / 2 - ttc_x)
                if best is None or distance < best[0]:
                    best = (distance, values[0])
        return best[1] if best else None

    def _not_charge(self, label: str) -> bool:
        stripped = label.strip(" :-")
        return any(p.search(stripped) for p in self.layout.not_charge)

    @staticmethod
    def _ends_tables(label: str) -> bool:
        return any(p.search(label) for p in label_patterns("total", None))

    # -- wrapped labels

    def _join_wrapped(self, entries: list[_Row | Line], headers: set[int], totals: set[int]) -> set[int]:
        """Attach the text-only lines of a wrapped label to the charge they belong to.

        Consecutive text lines between two charges are one block; it is cut where the lines are furthest
        apart (within a label, lines sit closer than between two labels). When the spacing says nothing,
        the bill's own habit decides: whether its labels carry the amount on their first or last line, as
        seen in the blocks that touch only one charge. A label never runs across a table header or a
        total, and the line just above a header is that table's heading. Returns the positions of the
        lines attached.
        """
        barriers = headers | totals
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(entries):
            if isinstance(entries[i], _Row) or i in barriers:
                i += 1
                continue
            j = i
            while j < len(entries) and not isinstance(entries[j], _Row) and j not in barriers:
                j += 1
            runs.append((i, j - 1 if j in headers else j))
            i = j
        attached: set[int] = set()
        votes = {0: 0, 1: 0}
        undecided: list[tuple[int, int, _Row, _Row]] = []
        for start, stop in runs:
            if start >= stop:
                continue
            before = entries[start - 1] if start > 0 else None
            after = entries[stop] if stop < len(entries) else None
            up = before if isinstance(before, _Row) else None
            down = after if isinstance(after, _Row) else None
            if up and down:
                cut = self._cut(entries, start, stop, up, down)
                if cut is None:
                    undecided.append((start, stop, up, down))
                    continue
                attached |= self._attach(entries, start, cut, up, down)
            elif up:
                attached |= self._attach(entries, start, stop, up, None)
                votes[0] += 1
            elif down:
                attached |= self._attach(entries, start, start, None, down)
                votes[1] += 1
        for start, stop, up, down in undecided:
            if votes[0] != votes[1]:
                first_line_amounts = votes[0] > votes[1]
            else:
                first_line_amounts = self._textual_side(_text_line(entries[start]), up) == 0
            attached |= self._attach(entries, start, stop if first_line_amounts else start, up, down)
        return attached

    def _cut(self, entries: list[_Row | Line], start: int, stop: int, up: _Row, down: _Row) -> int | None:
        """Where the block between two charges splits: the first line that goes to the charge below."""
        chain = [up.line, *(_text_line(entries[k]) for k in range(start, stop)), down.line]
        gaps = [b.top - a.top for a, b in pairwise(chain)]
        ranked = sorted(gaps, reverse=True)
        if len(ranked) > 1 and ranked[0] - ranked[1] < 0.5:
            return None
        return start + gaps.index(ranked[0])

    def _attach(
        self, entries: list[_Row | Line], start: int, cut: int, up: _Row | None, down: _Row | None
    ) -> set[int]:
        """Lines start..cut-1 end the label above, lines cut.. start the label below, while they stay in
        line with that label's column and close to it."""
        attached: set[int] = set()
        if up is not None:
            previous = up.line
            for k in range(start, cut):
                line = _text_line(entries[k])
                if not self._continues(line, up, previous):
                    if self._not_charge(line.text):
                        cut = k  # "Sous-total …" cannot end the label above: it starts the total's below
                    break
                up.suffix.append(line)
                attached.add(k)
                previous = line
        if down is not None:
            stop = start
            while stop < len(entries) and not isinstance(entries[stop], _Row):
                stop += 1
            following = down.line
            block: list[Line] = []
            for k in range(stop - 1, cut - 1, -1):
                line = _text_line(entries[k])
                if k in attached or not self._continues(line, down, following, below=False):
                    break
                block.insert(0, line)
                attached.add(k)
                following = line
            down.prefix[:0] = block
        return attached

    def _continues(self, text: Line, row: _Row, neighbour: Line, below: bool = True) -> bool:
        """Whether `text` can be part of the row's label: close to it, in its column, and never reaching the
        date and amount columns. A label's later lines may be indented, its first line may not."""
        if abs(text.top - neighbour.top) > 1.8 * max(neighbour.height, text.height):
            return False
        if any((p.search if p.pattern.startswith("\\b") else p.match)(text.text) for p in _field_labels()):
            return False  # "Facture n° … du 2 mai", "Période : …": a header field, never part of a label
        if text.bold and not row.line.bold:
            return False  # a bold line over plain rows is their section's title
        if below and self._not_charge(text.text):
            return (
                False  # "Sous-total Achats de contenus et": the start of a total's label, not a label's end
            )
        if not below and fold(text.text).strip(" :") in self.row_labels:
            return False  # named like a summary row ("Contenus et services multimédia  8,99"): a title
        named = [c for c in row.label_cells if not only_a_date(c.text)]
        label_x0 = (named or row.label_cells)[0].x0 if row.label_cells else row.line.x0
        indent = text.x0 - label_x0 if below else label_x0 - text.x0
        # or in line with a word of the label: "le 12 septembre Achat multimédia" over "VIDEOCLUB24 …"
        words = [w for c in row.label_cells for w in c.words][1:]
        aligned = below and any(-3 <= text.x0 - w.x0 <= 24 for w in words)
        return (-6 <= indent <= 24 or aligned) and text.x1 <= row.columns_x0 + 2

    @staticmethod
    def _textual_side(text: Line, before: _Row | Line | None) -> int:
        """0 when the text reads as the end of the line above, 1 as the start of the one below."""
        first = text.text[:1]
        if first.islower() or first in ")]":
            return 0
        if isinstance(before, _Row) and before.label_cells:
            tail = before.label_cells[-1].text.rstrip()
            if tail.endswith(("(", "-", ",", "via", "de", "à", ":")):
                return 0
        return 1

    # -- charge

    def _charge(self, row: _Row) -> Charge | None:
        if row.amount is None:
            return None
        parts = [line.text for line in row.prefix]
        parts += [c.text for c in row.label_cells]
        parts += [line.text for line in row.suffix]
        label = re.sub(r"\s+", " ", " ".join(parts)).strip()
        when = _cell_date(row.date_cell.text, self.reference) if row.date_cell else None
        if when is None:
            label, when = _date_in_label(label, self.reference)
        label = label.strip(" -–:")
        if not label:
            return None
        lines = [*row.prefix, row.line, *row.suffix]
        bbox = (
            min(line.x0 for line in lines),
            min(line.top for line in lines),
            max(line.x1 for line in lines),
            max(line.bottom for line in lines),
        )
        digits = [w.conf for c in row.line.cells if money_cells(c.text) for w in c.words]
        sure = min(digits or [w.conf for w in row.line.words]) / 100
        charge = Charge(label, row.amount, when, row.line.page, bbox, section=row.section, confidence=sure)
        if row.prefix and self._not_charge(label):
            # "Sous-total Achats de contenus et" over "services facturés pour le compte  2,99": the amount's
            # line alone did not say it was a subtotal, the whole label does
            self.set_aside.append(_aside(charge, "total"))
            return None
        return charge


def _not_relisted(charges: Sequence[Charge], after: Sequence[Charge]) -> list[Charge]:
    """Rows printed after the bill's total that repeat a charge already listed (a "détail de vos achats"
    page) are not charged twice; the others are kept."""
    listed = Counter((c.amount, c.date) for c in charges)
    kept = []
    for charge in after:
        key = (charge.amount, charge.date)
        if listed[key] > 0:
            listed[key] -= 1
        else:
            kept.append(charge)
    return kept


def _text_line(entry: _Row | Line) -> Line:
    assert isinstance(entry, Line)
    return entry


def _date_in_label(label: str, reference: date | None) -> tuple[str, date | None]:
    """A date printed inside the label ("Achat du 12/03 ...") is the charge's date, not part of its name."""
    found = list(find_dates(label))
    if len(found) != 1:
        return label, None
    match = found[0]
    before = label[: match.start].rstrip()
    if re.search(r"\b(?:au|jusqu'au|à partir du)$", before, re.IGNORECASE):
        return label, None
    when = match.resolve(reference)
    if when is None:
        return label, None
    before = re.sub(r"(?:^|\s)(?:le|du|the)$", "", before, flags=re.IGNORECASE)
    cleaned = before + " " + label[match.end :].lstrip()
    return cleaned.strip(), when


def _cell_date(text: str, reference: date | None) -> date | None:
    """The date a cell holds alone: "12/03", "le 4 mars", "du 3 oct."."""
    return parse_date(re.sub(r"^\s*(?:le|du)\s+", "", text, flags=re.IGNORECASE), reference)


def _aside(charge: Charge, why: str) -> Charge:
    from dataclasses import replace

    return replace(charge, reasons=[why])


@cache
def _field_labels() -> tuple[re.Pattern[str], ...]:
    """Every header field's label: a line holding one is a field, not the wrapped part of a charge."""
    every = (p for name in FIELDS if name != "total" for p in label_patterns(name, None))
    return tuple(p for p in every if not p.pattern.startswith("(?="))  # "du 01/08 au 31/08" may end a label


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", fold(text)).strip()


def running_lines(pages: Sequence[Sequence[Line]], invoice_number: str | None = None) -> frozenset[str]:
    """The page headers and footers: lines at the top or bottom of a page (two each) that name the invoice
    number ("NRJ Mobile  Facture n° NRJ64…"), or are printed so on several pages and carry a number ("Page
    2/3") or stand on the first page too (the operator's name). A section's title repeated at the top of
    each page it runs over ("Achats Internet+ (suite)") is still a title."""
    seen: dict[str, int] = {}
    named: set[str] = set()
    first: set[str] = set()
    for number, page in enumerate(pages):
        ordered = sorted(page, key=lambda line: line.top)
        edges = {_shape(line.text): line for line in [*ordered[:2], *ordered[-2:]]}
        for shape, line in edges.items():
            seen[shape] = seen.get(shape, 0) + 1
            if invoice_number and invoice_number in line.text.replace(" ", ""):
                named.add(shape)
        if number == 0:
            first = set(edges)
    repeated = {shape for shape, count in seen.items() if count > 1 and ("#" in shape or shape in first)}
    return frozenset(repeated | named)


def _title(lines: Sequence[Line], headings: set[str]) -> str:
    """A section's title from the text lines above its rows: the last one, with the one over it when the
    two are set as one block ("Facturation pour compte de tiers" over "Contenus et services achetés auprès de
    partenaires"). Each line is a heading a summary row may be named after."""
    last = lines[-1]
    title = [last]
    if len(lines) > 1:
        above = lines[-2]
        if (
            0 < last.top - above.top <= 1.8 * max(last.height, above.height)
            and not any(ch.isdigit() for ch in above.text)
            and not any(money_cells(c.text) for c in above.cells)
        ):
            title.insert(0, above)
    for line in title:
        headings.add(fold(line.text))
    return " — ".join(line.text for line in title)


def _named_like_heading(label: str, headings: set[str]) -> bool:
    """A summary row is named like the section it sums up: the heading itself, or its first words
    ("Remises" for "Remises et avantages")."""
    return label in headings or (len(label) >= 5 and any(h.startswith(label) for h in headings))


def _rows_with_amounts(pages: Sequence[Sequence[Line]]) -> int:
    """How many lines print an amount in a cell of their own: the rows some reading must account for."""
    return sum(1 for page in pages for line in page if any(money_cells(c.text) for c in line.cells))
