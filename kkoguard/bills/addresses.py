"""Postal address blocks printed on a bill: the account holder's (for the sender block of a letter) and
the complaint addresses some operators print ("Service Clients … TSA … CEDEX") — the best source for the
recipient of a registered letter, better than any directory.

A block is found from its last line, "postcode city [CEDEX n]", then the lines stacked right above it,
left-aligned with it. Nothing here knows a particular bill's layout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kkoguard.bills.layout import Cell, Line

_POSTCODE_CITY = re.compile(
    r"^(?:F-?\s?)?(?:\d{5}|\d{2} \d{3})\s+[A-Za-zÀ-ÖØ-öø-ÿŒœ'’\-. ]{2,50}?"
    r"(?:\s+\d{1,2})?(?:\s+cedex(?:\s+\d{1,2})?)?$",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"\bservice\s+(?:clients?|consommateurs?|r[ée]clamations?|recours|abonn[ée]s?)\b|\bTSA\s*\d|\bCS\s*\d|\bBP\s*\d",
    re.IGNORECASE,
)
_CONSUMER = re.compile(r"consommateur|recours", re.IGNORECASE)
_NOT_ADDRESS = re.compile(r"€|:|\d+[,.]\d{2}\b|@|https?://|www\.", re.IGNORECASE)
MAX_LINES = 6
ALIGN = 4.0  # points: how far apart the left edges of one block's lines may be


@dataclass(frozen=True)
class AddressBlock:
    lines: tuple[str, ...]
    page: int
    top: float

    @property
    def is_contact(self) -> bool:
        return any(_CONTACT.search(line) for line in self.lines)

    @property
    def role(self) -> str | None:
        """customer_service / consumer_service for a complaint address, None for a person's address."""
        if not self.is_contact:
            return None
        return (
            "consumer_service" if any(_CONSUMER.search(line) for line in self.lines) else "customer_service"
        )


def address_blocks(pages: Sequence[Sequence[Line]]) -> list[AddressBlock]:
    """Every address block, in reading order."""
    found: list[AddressBlock] = []
    for lines in pages:
        for index, line in enumerate(lines):
            for cell in line.cells or []:
                if _POSTCODE_CITY.match(cell.text.strip()):
                    block = _stack_above(lines, index, cell)
                    if len(block) >= 2:
                        found.append(AddressBlock(tuple(block), line.page, line.top))
    return found


def _stack_above(lines: Sequence[Line], index: int, last: Cell) -> list[str]:
    block = [last.text.strip()]
    height = max(w.bottom - w.top for w in last.words) or 10.0
    top = min(w.top for w in last.words)
    for previous in reversed(lines[max(0, index - MAX_LINES) : index]):
        if top - previous.bottom > 1.2 * height:  # a blank line ends the block
            break
        cell = next((c for c in previous.cells or [] if abs(c.x0 - last.x0) <= ALIGN), None)
        if cell is None or _NOT_ADDRESS.search(cell.text) or len(cell.text) > 60:
            break
        block.insert(0, cell.text.strip())
        top = min(w.top for w in cell.words)
        if len(block) >= MAX_LINES:
            break
    return block


def holder_and_contacts(pages: Sequence[Sequence[Line]]) -> tuple[list[str], dict[str, list[str]]]:
    """The holder's block (first person's address on the first page) and complaint addresses by role."""
    holder: list[str] = []
    contacts: dict[str, list[str]] = {}
    for block in address_blocks(pages):
        role = block.role
        if role is None:
            if not holder and block.page == 1:
                holder = list(block.lines)
        else:
            contacts.setdefault(role, list(block.lines))
    return holder, contacts
