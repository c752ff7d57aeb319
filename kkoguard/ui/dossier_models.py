"""The dossier view's tables: the cases, a case's timeline, its evidence and its letters.

Each model is filled from engine objects (`Case`, `CaseFile`) read on a worker thread, and is usable
without a window (tests build them directly). Every row that carries a meaning has an icon AND words:
nothing is said by colour alone. Custom roles give the engine object behind a row to the view.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from kkoguard.dossier.model import (
    Case,
    CaseFile,
    CaseStatus,
    Channel,
    Direction,
    Entry,
    Evidence,
    EvidenceKind,
    Letter,
    LetterKind,
    LetterStatus,
    Party,
    Refund,
)
from kkoguard.formatting import format_date, format_money
from kkoguard.report import operator_name

Index = QModelIndex | QPersistentModelIndex

# Roles shared by the models (Qt.UserRole and up).
ItemRole = int(Qt.ItemDataRole.UserRole) + 1  # the engine object behind the row (Case, TimelineEvent…)
IdRole = int(Qt.ItemDataRole.UserRole) + 2  # its id in the dossier (int)
DateRole = int(Qt.ItemDataRole.UserRole) + 3  # the date the row is about (date)
KindRole = int(Qt.ItemDataRole.UserRole) + 4  # what it is (a str enum value)


# --- icons ------------------------------------------------------------------------------------------------

# One symbol per kind of thing, drawn from the font (no image files to ship): characters every system font
# set draws. The symbol is never the only sign: the same row always says it in words.
GLYPHS: dict[str, str] = {
    "phone": "☎",
    "email": "@",
    "letter": "✉",
    "chat": "❝",
    "web_form": "⌨",
    "sms": "✆",
    "in_person": "☺",
    "letter_prepared": "✎",
    "letter_sent": "✉",
    "letter_received": "✔",
    "refund": "€",
    "bill": "☰",
    "screenshot": "▣",
    "photo": "▣",
    "document": "▤",
    "note": "✎",
    "open": "✎",
    "waiting": "⇄",
    "mediator": "⚖",
    "refunded": "✔",
    "closed": "■",
}


@cache
def glyph_icon(name: str, size: int = 32) -> QIcon:
    """A round badge with the symbol for `name`, in the palette's colours (follows dark mode)."""
    palette = QGuiApplication.palette()
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    font = QFont(QGuiApplication.font())
    font.setPixelSize(int(size * 0.58))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, GLYPHS.get(name, "•"))
    painter.end()
    return QIcon(pixmap)


# --- words ------------------------------------------------------------------------------------------------


class DossierWords(QObject):
    """The dossier's values in the user's language (one place, shared by the view, models and dialogs)."""

    def status(self, status: CaseStatus) -> str:
        return {
            CaseStatus.OPEN: self.tr("In progress"),
            CaseStatus.WAITING: self.tr("Waiting for an answer"),
            CaseStatus.MEDIATOR: self.tr("With the mediator"),
            CaseStatus.REFUNDED: self.tr("Refunded"),
            CaseStatus.CLOSED: self.tr("Closed"),
        }[status]

    def channel(self, channel: Channel) -> str:
        return {
            Channel.PHONE: self.tr("Phone"),
            Channel.EMAIL: self.tr("Email"),
            Channel.LETTER: self.tr("Letter (post)"),
            Channel.CHAT: self.tr("Chat"),
            Channel.WEB_FORM: self.tr("Online form"),
            Channel.SMS: self.tr("Text message (SMS)"),
            Channel.IN_PERSON: self.tr("In person"),
        }[channel]

    def direction(self, direction: Direction) -> str:
        return {
            Direction.OUTGOING: self.tr("I contacted them"),
            Direction.INCOMING: self.tr("They answered or contacted me"),
        }[direction]

    def party(self, party: Party) -> str:
        return {
            Party.CUSTOMER_SERVICE: self.tr("Customer service"),
            Party.CONSUMER_SERVICE: self.tr("Consumer service"),
            Party.MEDIATOR: self.tr("Telecom mediator"),
            Party.MERCHANT: self.tr("Publisher of the service billed"),
            Party.ASSOCIATION: self.tr("Consumer association or lawyer"),
            Party.AUTHORITY: self.tr("Authority (DGCCRF, SignalConso, 33700)"),
            Party.OTHER: self.tr("Other"),
        }[party]

    def happened(self, channel: Channel, direction: Direction) -> str:
        """What happened, as a short sentence: "Call you made", "Email received"…"""
        out = direction is Direction.OUTGOING
        return {
            Channel.PHONE: self.tr("Call you made") if out else self.tr("Call you received"),
            Channel.EMAIL: self.tr("Email you sent") if out else self.tr("Email received"),
            Channel.LETTER: self.tr("Letter you sent") if out else self.tr("Letter received"),
            Channel.CHAT: self.tr("Chat you started") if out else self.tr("Answer by chat"),
            Channel.WEB_FORM: self.tr("Online form you sent")
            if out
            else self.tr("Answer to the online form"),
            Channel.SMS: self.tr("Text message you sent") if out else self.tr("Text message received"),
            Channel.IN_PERSON: self.tr("Visit in person") if out else self.tr("Meeting in person"),
        }[channel]

    def evidence_kind(self, kind: EvidenceKind) -> str:
        return {
            EvidenceKind.BILL: self.tr("Bill"),
            EvidenceKind.SCREENSHOT: self.tr("Screenshot"),
            EvidenceKind.PHOTO: self.tr("Photo"),
            EvidenceKind.DOCUMENT: self.tr("Document"),
            EvidenceKind.NOTE: self.tr("Note"),
        }[kind]

    def evidence_added(self, kind: EvidenceKind) -> str:
        return {
            EvidenceKind.BILL: self.tr("Bill added"),
            EvidenceKind.SCREENSHOT: self.tr("Screenshot added"),
            EvidenceKind.PHOTO: self.tr("Photo added"),
            EvidenceKind.DOCUMENT: self.tr("Document added"),
            EvidenceKind.NOTE: self.tr("Note written"),
        }[kind]

    def letter_kind(self, kind: LetterKind) -> str:
        return {
            LetterKind.REFUND: self.tr("Complaint to customer service"),
            LetterKind.ESCALATION: self.tr("Complaint to the consumer service"),
            LetterKind.TERMINATION: self.tr("Cancellation with the publisher"),
            LetterKind.MEDIATOR: self.tr("Referral to the mediator"),
            LetterKind.OTHER: self.tr("Letter"),
        }[kind]

    def letter_status(self, status: LetterStatus) -> str:
        return {
            LetterStatus.DRAFT: self.tr("Prepared, not printed yet"),
            LetterStatus.PRINTED: self.tr("Printed, not posted yet"),
            LetterStatus.SENT: self.tr("Posted"),
        }[status]

    def registered(self, number: str) -> str:
        return self.tr("Registered letter no. {number}").format(number=number)

    def received(self, day: date, lang: str) -> str:
        return self.tr("acknowledgement of receipt signed on {date}").format(date=format_date(day, lang))

    def no_receipt(self) -> str:
        return self.tr("no acknowledgement of receipt recorded yet")

    def attached(self, name: str) -> str:
        return self.tr("Attached: {name}").format(name=name)

    def disputed(self, amount: Decimal, lang: str) -> str:
        return self.tr("disputed: {amount}").format(amount=format_money(amount, lang))

    def incomplete(self, missing: Decimal | None, lang: str) -> str:
        if missing is not None and missing > 0:
            return self.tr("incomplete reading: {amount} not found").format(
                amount=format_money(missing, lang)
            )
        return self.tr("incomplete reading")

    def typed_lines(self, count: int) -> str:
        if count == 1:
            return self.tr("1 line added or corrected by you")
        return self.tr("{count} lines added or corrected by you").format(count=count)

    def letter_prepared(self) -> str:
        return self.tr("Letter prepared")

    def letter_posted(self) -> str:
        return self.tr("Letter posted")

    def letter_delivered(self) -> str:
        return self.tr("Letter delivered (acknowledgement of receipt)")

    def refund_received(self) -> str:
        return self.tr("Refund received")


# --- cases ------------------------------------------------------------------------------------------------


class CasesModel(QAbstractListModel):
    """Every case of the dossier, newest first: one row each, several lines of text."""

    def __init__(self, lang: str = "fr", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._words = DossierWords(self)
        self._cases: list[Case] = []

    def set_cases(self, cases: Sequence[Case]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def case_at(self, row: int) -> Case | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def row_of(self, case_id: int) -> int | None:
        return next((row for row, case in enumerate(self._cases) if case.id == case_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._cases)

    def amounts(self, case: Case) -> str:
        return self.tr("Claimed {claimed} · refunded {refunded}").format(
            claimed=format_money(case.claimed, self.lang), refunded=format_money(case.refunded, self.lang)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.case_at(index.row()) if index.isValid() else None
        if case is None:
            return None
        status = self._words.status(case.status)
        operator = operator_name(case.operator) or self.tr("Operator not known")
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{case.title}\n{operator} — {status}\n{self.amounts(case)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{case.title}, {operator}, {status}, {self.amounts(case)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return glyph_icon(case.status.value)
        if role == ItemRole:
            return case
        if role == IdRole:
            return case.id
        if role == KindRole:
            return case.status.value
        if role == DateRole:
            return case.opened_on
        return None


# --- timeline ---------------------------------------------------------------------------------------------


class EventKind(enum.StrEnum):
    EVIDENCE = "evidence"
    LETTER_PREPARED = "letter_prepared"
    ENTRY = "entry"
    LETTER_SENT = "letter_sent"
    LETTER_RECEIVED = "letter_received"
    REFUND = "refund"


_RANK = {kind: rank for rank, kind in enumerate(EventKind)}  # same day: evidence first, refund last


@dataclass(frozen=True)
class TimelineEvent:
    """One line of the timeline: when, what happened, with whom, and the details."""

    day: date
    kind: EventKind
    what: str
    who: str
    details: str
    icon: str  # a GLYPHS name
    item: Entry | Letter | Refund | Evidence
    item_id: int

    def key(self) -> tuple[date, int, int]:
        return (self.day, _RANK[self.kind], self.item_id)


def _disputed(evidence: Evidence) -> Decimal:
    return sum((c.amount for c in evidence.charges if c.disputed), Decimal("0.00"))


def timeline_events(case_file: CaseFile, words: DossierWords, lang: str) -> list[TimelineEvent]:
    """The case's log, letters, refunds and evidence as events, oldest first.

    A letter marked sent is also in the log (the store writes the entry); it is shown once, as the letter,
    with its registered number and acknowledgement of receipt.
    """
    events: list[TimelineEvent] = []
    letters = {letter.id: letter for letter in case_file.letters}
    for ev in case_file.evidence:
        if ev.kind is EvidenceKind.BILL:
            details = ev.title
            disputed = _disputed(ev)
            if disputed > 0:
                details += " · " + words.disputed(disputed, lang)
            if ev.reading in ("unbalanced", "no_total"):
                details += " · " + words.incomplete(ev.missing, lang)
            typed = sum(1 for c in ev.charges if c.origin in ("typed", "edited"))
            if typed:
                details += " · " + words.typed_lines(typed)
        elif ev.kind is EvidenceKind.NOTE:
            details = f"{ev.title} — {ev.note}" if ev.note else ev.title
        else:
            details = ev.title
        events.append(
            TimelineEvent(
                ev.added_on,
                EventKind.EVIDENCE,
                words.evidence_added(ev.kind),
                "",
                details,
                ev.kind.value,
                ev,
                ev.id,
            )
        )
    for letter in case_file.letters:
        recipient = words.party(letter.recipient)
        if letter.status is not LetterStatus.SENT:
            events.append(
                TimelineEvent(
                    letter.created_on,
                    EventKind.LETTER_PREPARED,
                    words.letter_prepared(),
                    recipient,
                    f"{letter.title} · {words.letter_status(letter.status)}",
                    "letter_prepared",
                    letter,
                    letter.id,
                )
            )
            continue
        parts = [letter.title]
        if letter.tracking_number:
            parts.append(words.registered(letter.tracking_number))
        parts.append(words.received(letter.received_on, lang) if letter.received_on else words.no_receipt())
        events.append(
            TimelineEvent(
                letter.sent_on or letter.created_on,
                EventKind.LETTER_SENT,
                words.letter_posted(),
                recipient,
                " · ".join(parts),
                "letter_sent",
                letter,
                letter.id,
            )
        )
        if letter.received_on:
            receipt = [letter.title]
            if letter.tracking_number:
                receipt.append(words.registered(letter.tracking_number))
            events.append(
                TimelineEvent(
                    letter.received_on,
                    EventKind.LETTER_RECEIVED,
                    words.letter_delivered(),
                    recipient,
                    " · ".join(receipt),
                    "letter_received",
                    letter,
                    letter.id,
                )
            )
    for entry in case_file.entries:
        if entry.letter_id is not None and entry.letter_id in letters:
            continue  # shown as the letter itself
        who = words.party(entry.party) + (f" ({entry.who})" if entry.who else "")
        details = entry.summary
        if entry.attachment_name:
            details = " · ".join(p for p in (details, words.attached(entry.attachment_name)) if p)
        events.append(
            TimelineEvent(
                entry.on,
                EventKind.ENTRY,
                words.happened(entry.channel, entry.direction),
                who,
                details,
                entry.channel.value,
                entry,
                entry.id,
            )
        )
    for refund in case_file.refunds:
        details = format_money(refund.amount, lang) + (f" · {refund.how}" if refund.how else "")
        events.append(
            TimelineEvent(
                refund.on, EventKind.REFUND, words.refund_received(), "", details, "refund", refund, refund.id
            )
        )
    events.sort(key=TimelineEvent.key)
    return events


class TimelineModel(QAbstractTableModel):
    """A case's timeline: date, what happened, with whom, details; newest first unless told otherwise."""

    DATE, WHAT, WHO, DETAILS = range(4)

    def __init__(self, lang: str = "fr", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._words = DossierWords(self)
        self._events: list[TimelineEvent] = []  # oldest first
        self._newest_first = True

    @property
    def newest_first(self) -> bool:
        return self._newest_first

    def set_newest_first(self, newest_first: bool) -> None:
        if newest_first != self._newest_first:
            self.beginResetModel()
            self._newest_first = newest_first
            self.endResetModel()

    def set_case_file(self, case_file: CaseFile | None) -> None:
        self.beginResetModel()
        self._events = timeline_events(case_file, self._words, self.lang) if case_file else []
        self.endResetModel()

    def events(self) -> list[TimelineEvent]:
        """The events in the order shown."""
        return list(reversed(self._events)) if self._newest_first else list(self._events)

    def event_at(self, row: int) -> TimelineEvent | None:
        if not 0 <= row < len(self._events):
            return None
        return self._events[len(self._events) - 1 - row] if self._newest_first else self._events[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("What happened"), self.tr("With whom"), self.tr("Details"))[
                section
            ]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return format_date(event.day, self.lang)
            return (None, event.what, event.who, event.details)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.WHAT:
            return glyph_icon(event.icon)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = (format_date(event.day, self.lang), event.what, event.who, event.details)
            return ", ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == ItemRole:
            return event
        if role == IdRole:
            return event.item_id
        if role == DateRole:
            return event.day
        if role == KindRole:
            return event.kind.value
        return None


# --- evidence and letters ---------------------------------------------------------------------------------


def _size(size: int, lang: str) -> str:
    if size >= 1024 * 1024:
        value, unit = size / (1024 * 1024), ("Mo" if lang == "fr" else "MB")
    else:
        value, unit = max(size, 1) / 1024, ("ko" if lang == "fr" else "KB")
    text = f"{value:.1f}"
    return f"{text.replace('.', ',') if lang == 'fr' else text}\u00a0{unit}"


class EvidenceModel(QAbstractTableModel):
    """The pieces stored for a case: bills (with what is disputed on each), screenshots, photos, notes."""

    KIND, TITLE, ADDED, DETAILS = range(4)

    def __init__(self, lang: str = "fr", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._words = DossierWords(self)
        self._items: list[Evidence] = []

    def set_evidence(self, items: Sequence[Evidence]) -> None:
        self.beginResetModel()
        # bills in the order of their dates, then the rest in the order they were added
        self._items = sorted(
            items,
            key=lambda e: (e.kind is not EvidenceKind.BILL, e.invoice_date or e.added_on, e.added_on, e.id),
        )
        self.endResetModel()

    def evidence_at(self, row: int) -> Evidence | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Kind"), self.tr("Title"), self.tr("Added on"), self.tr("Details"))[section]
        return None

    def details(self, ev: Evidence) -> str:
        if ev.kind is EvidenceKind.BILL:
            disputed = _disputed(ev)
            parts = []
            if ev.invoice_date:
                parts.append(self.tr("bill of {date}").format(date=format_date(ev.invoice_date, self.lang)))
            parts.append(self._words.disputed(disputed, self.lang))
            if ev.total is not None:
                parts.append(self.tr("bill total: {amount}").format(amount=format_money(ev.total, self.lang)))
            return " · ".join(parts)
        if ev.kind is EvidenceKind.NOTE:
            return ev.note
        parts = [p for p in (ev.filename, _size(ev.size, self.lang) if ev.size else "", ev.note) if p]
        return " · ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ev = self.evidence_at(index.row()) if index.isValid() else None
        if ev is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return self._words.evidence_kind(ev.kind)
            if column == self.TITLE:
                return ev.title
            if column == self.ADDED:
                return format_date(ev.added_on, self.lang)
            return self.details(ev)
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND:
            return glyph_icon(ev.kind.value)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return ", ".join(p for p in (self._words.evidence_kind(ev.kind), ev.title, self.details(ev)) if p)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == ItemRole:
            return ev
        if role == IdRole:
            return ev.id
        if role == DateRole:
            return ev.added_on
        if role == KindRole:
            return ev.kind.value
        return None


class LettersModel(QAbstractTableModel):
    """The case's letters: what, to whom, where it is in the post (registered number, dates)."""

    TITLE, RECIPIENT, STATUS, NUMBER, SENT, RECEIVED = range(6)

    def __init__(self, lang: str = "fr", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._words = DossierWords(self)
        self._letters: list[Letter] = []

    def set_letters(self, letters: Sequence[Letter]) -> None:
        self.beginResetModel()
        self._letters = sorted(letters, key=lambda x: (x.created_on, x.id))
        self.endResetModel()

    def letter_at(self, row: int) -> Letter | None:
        return self._letters[row] if 0 <= row < len(self._letters) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._letters)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Letter"),
                self.tr("To"),
                self.tr("Where it is"),
                self.tr("Registered no."),
                self.tr("Posted on"),
                self.tr("Receipt signed on"),
            )[section]
        return None

    def _text(self, letter: Letter, column: int) -> str:
        if column == self.TITLE:
            return letter.title
        if column == self.RECIPIENT:
            return self._words.party(letter.recipient)
        if column == self.STATUS:
            return self._words.letter_status(letter.status)
        if column == self.NUMBER:
            return letter.tracking_number or "—"
        day = letter.sent_on if column == self.SENT else letter.received_on
        return format_date(day, self.lang) if day else "—"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        letter = self.letter_at(index.row()) if index.isValid() else None
        if letter is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(letter, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.TITLE:
            if letter.received_on:
                return glyph_icon("letter_received")
            return glyph_icon("letter_sent" if letter.status is LetterStatus.SENT else "letter_prepared")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            header = self.headerData
            return ", ".join(
                f"{header(c, Qt.Orientation.Horizontal)}: {self._text(letter, c)}" for c in range(6)
            )
        if role == ItemRole:
            return letter
        if role == IdRole:
            return letter.id
        if role == DateRole:
            return letter.sent_on or letter.created_on
        if role == KindRole:
            return letter.status.value
        return None
