"""Printed words grouped the way a reader sees them: lines, and cells within a line.

A bill's columns are far apart; the words of one label or one amount are close together. Splitting each
line where the gap is wide gives cells ("Forfait 5G", "01/07/2025", "6,66 €", "7,99 €") without knowing the
layout in advance, which is what lets the generic reader handle a bill it has never seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple


class Word(NamedTuple):
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False
    conf: float = 100.0
    """How sure OCR is of the word (0-100); a text PDF's words are certain."""


_WordState = tuple[str, float, float, float, float, bool, float]


class _Words:
    """Words side by side, left to right: a cell, or a whole line."""

    words: list[Word]

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


@dataclass
class Cell(_Words):
    words: list[Word]


@dataclass
class Line(_Words):
    page: int
    words: list[Word]
    cells: list[Cell] = field(default_factory=list)

    def __getstate__(self) -> tuple[int, list[_WordState], list[int]]:
        """Compact pickling (plain tuples, cells as word counts): long bills travel between processes."""
        words = [(w.text, w.x0, w.x1, w.top, w.bottom, w.bold, w.conf) for w in self.words]
        return self.page, words, [len(c.words) for c in self.cells]

    def __setstate__(self, state: tuple[int, list[_WordState], list[int]]) -> None:
        self.page = state[0]
        self.words = list(map(Word._make, state[1]))
        self.cells = []
        start = 0
        for size in state[2]:
            self.cells.append(Cell(self.words[start : start + size]))
            start += size

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)


def group_lines(words: Sequence[Word], page: int, *, ocr: bool = False) -> list[Line]:
    """Words sharing a baseline become one line, top to bottom; each line is split into cells.

    With `ocr`, words are put on lines by their baselines (OCR gives every word of a line the same one), with
    a tolerance that follows the smaller word: a logo read as a tall "word" must not swallow the small lines
    printed beside it.
    """
    lines: list[Line] = []
    order = (lambda w: (w.bottom, w.x0)) if ocr else (lambda w: (w.top, w.x0))
    for word in sorted(words, key=order):
        if lines and ocr:
            if _on_ocr_line(word, lines[-1].words):
                lines[-1].words.append(word)
                continue
        elif lines:
            last = lines[-1]
            ref = last.words[0]
            tolerance = max(1.5, 0.3 * (ref.bottom - ref.top))
            if abs(word.top - ref.top) <= tolerance or abs(word.bottom - ref.bottom) <= tolerance:
                last.words.append(word)
                continue
        lines.append(Line(page, [word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        line.cells = split_cells(line.words)
    return lines


def _on_ocr_line(word: Word, line: Sequence[Word]) -> bool:
    """Whether an OCR'd word sits on a line: its baseline near the line's usual one. OCR boxes wobble by a
    pixel or two, so the line's median is the reference, not its first word."""
    bottoms = sorted(w.bottom for w in line)
    heights = sorted(w.bottom - w.top for w in line)
    bottom, height = bottoms[len(bottoms) // 2], heights[len(heights) // 2]
    tolerance = max(1.5, 0.35 * min(height, word.bottom - word.top))
    return abs(word.bottom - bottom) <= tolerance


def split_cells(words: Sequence[Word]) -> list[Cell]:
    cells: list[Cell] = []
    previous: Word | None = None
    for word in words:
        height = word.bottom - word.top
        if previous is None or word.x0 - previous.x1 > max(6.0, 0.85 * height):
            cells.append(Cell([word]))
        else:
            cells[-1].words.append(word)
        previous = word
    return cells
