"""What a composed letter holds, as plain data: the renderers (PDF and text) only lay it out.

Every string here is final French text (placeholders filled, typography applied) except the table cells,
which keep the bill's wording. User text is *not* escaped: the PDF renderer escapes it for reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kkoguard.dossier.model import LetterKind, Party


@dataclass(frozen=True)
class Notice:
    """A sentence shown to the user before printing (never printed in the letter)."""

    code: str
    fr: str
    en: str

    def text(self, lang: str = "fr") -> str:
        return self.en if lang.lower().startswith("en") else self.fr


@dataclass(frozen=True)
class ChargeRow:
    day: date | None  # the charge's date; None when the bill gives none
    label: str  # as printed on the bill
    merchant: str  # "" when not known
    amount: Decimal


@dataclass(frozen=True)
class ChargesTable:
    rows: tuple[ChargeRow, ...]
    total: Decimal
    headers: tuple[str, str, str, str]  # date, label, merchant, amount
    total_label: str  # « Total (3 prélèvements) »
    no_date: str  # what an undated row shows
    number_header: str = "N°"  # rows are numbered from 1: the bill copies number their outlines alike

    def day_text(self, row: ChargeRow) -> str:
        return row.day.strftime("%d/%m/%Y") if row.day is not None else self.no_date


@dataclass(frozen=True)
class Event:
    day: date
    text: str
    detail: str = ""  # what the reply or call said, as the user noted it


# --- body blocks, in print order ----------------------------------------------------------------------


@dataclass(frozen=True)
class Para:
    id: str
    text: str
    heading: bool = False


@dataclass(frozen=True)
class ItemList:
    id: str
    intro: str  # "" = none
    items: tuple[str, ...]
    numbered: bool


@dataclass(frozen=True)
class Charges:
    id: str
    intro: str
    table: ChargesTable


@dataclass(frozen=True)
class GroundLine:
    id: str
    cite: str  # « Article L. 121-12 du Code de la consommation »
    text: str


@dataclass(frozen=True)
class Grounds:
    id: str
    intro: str
    grounds: tuple[GroundLine, ...]


@dataclass(frozen=True)
class Chronology:
    id: str
    intro: str
    headers: tuple[str, str]
    events: tuple[Event, ...]


BodyBlock = Para | ItemList | Charges | Grounds | Chronology


@dataclass(frozen=True)
class LetterDraft:
    """A letter ready to render; `warnings` are for the user, before printing."""

    kind: str  # refund, escalation, termination, mediator, signalconso
    format: str  # "letter" or "report" (plain text, no letter furniture)
    title: str  # the letter's name in the dossier and the PDF's title
    letter_kind: LetterKind  # how the dossier files it
    party: Party  # who it goes to, for the dossier
    day: date
    sender: tuple[str, ...]  # name then address lines; blanks to fill by hand when unknown
    recipient: tuple[str, ...]
    recipient_origin: str  # typed | bill | guide | none
    recipient_confidence: str | None  # the guide's: sure, likely, uncertain, not_sourced
    origin_text: tuple[str, str]  # where the address comes from, in French and English
    place_date: str  # « Lyon, le 3 mars 2026 »
    registered: str  # « Lettre recommandée avec accusé de réception n° … »; "" for a report
    subject: str  # « Objet : … »
    references: tuple[str, ...]  # line, customer number, bills
    references_label: str  # « Réf. : »
    salutation: str
    body: tuple[BodyBlock, ...]
    closing: str
    signature: str  # the typed name under the signature space
    attachments_label: str
    attachments: tuple[str, ...]
    warnings: tuple[Notice, ...]
    running_head: str  # on pages 2 and after: who and when, in case the pages get separated
    page_label: str  # « Page {page} / {pages} »

    def origin(self, lang: str = "fr") -> str:
        return self.origin_text[1] if lang.lower().startswith("en") else self.origin_text[0]

    def warning_texts(self, lang: str = "fr") -> list[str]:
        return [w.text(lang) for w in self.warnings]

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.body if isinstance(b, Para) and not b.heading]

    @property
    def charges(self) -> ChargesTable | None:
        return next((b.table for b in self.body if isinstance(b, Charges)), None)

    @property
    def grounds(self) -> tuple[GroundLine, ...]:
        return next((b.grounds for b in self.body if isinstance(b, Grounds)), ())

    @property
    def total(self) -> Decimal:
        table = self.charges
        return table.total if table is not None else Decimal("0.00")
