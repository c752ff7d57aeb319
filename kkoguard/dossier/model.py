"""What the dossier holds, as plain data: cases, evidence, letters, the correspondence log, refunds.

Rows read from the encrypted store come back as these dataclasses; money is Decimal, dates are date,
None means "not known yet". Binary content (PDFs, photos) is not loaded with the rows: it is fetched by
content hash when needed, so listing a case never reads megabytes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


class CaseStatus(enum.StrEnum):
    OPEN = "open"
    WAITING = "waiting"  # waiting for a reply
    MEDIATOR = "mediator"
    REFUNDED = "refunded"
    CLOSED = "closed"


class EvidenceKind(enum.StrEnum):
    BILL = "bill"
    SCREENSHOT = "screenshot"
    PHOTO = "photo"
    DOCUMENT = "document"
    NOTE = "note"  # text only, no file


class LetterKind(enum.StrEnum):
    REFUND = "refund"  # first written complaint to customer service
    ESCALATION = "escalation"  # to the consumer service
    TERMINATION = "termination"  # ends a subscription with the merchant
    MEDIATOR = "mediator"  # referral file to the telecom mediator
    OTHER = "other"


class LetterStatus(enum.StrEnum):
    DRAFT = "draft"
    PRINTED = "printed"
    SENT = "sent"


class Channel(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"  # post, registered or not
    CHAT = "chat"
    WEB_FORM = "web_form"
    SMS = "sms"
    IN_PERSON = "in_person"


class Direction(enum.StrEnum):
    OUTGOING = "outgoing"  # the user contacted them
    INCOMING = "incoming"  # they answered or wrote


class Party(enum.StrEnum):
    """Who is on the other side; the complaint ladder is read from this."""

    CUSTOMER_SERVICE = "customer_service"  # service clients of the operator
    CONSUMER_SERVICE = "consumer_service"  # service consommateurs / recours of the operator
    MEDIATOR = "mediator"  # Médiateur des communications électroniques
    MERCHANT = "merchant"  # the publisher / service billed
    ASSOCIATION = "association"  # consumer association, lawyer
    AUTHORITY = "authority"  # DGCCRF / SignalConso, 33700
    OTHER = "other"


@dataclass
class Case:
    """One dispute with one operator about charges on one line."""

    id: int
    title: str
    operator: str | None  # operator id as in resources/operators (e.g. "orange"), None if unknown
    line_number: str | None
    account_number: str | None
    merchants: list[str]
    status: CaseStatus
    opened_on: date
    holder_name: str | None = None  # the account holder, as printed on letters
    holder_address: str | None = None  # postal address, several lines
    closed_on: date | None = None
    notes: str = ""
    claimed: Decimal = Decimal("0.00")  # sum of the charges marked as disputed
    refunded: Decimal = Decimal("0.00")  # sum of the refunds recorded


@dataclass
class ChargeRecord:
    """A charge the engine found on a stored bill, and whether the user disputes it."""

    id: int
    evidence_id: int
    label: str
    amount: Decimal
    charged_on: date | None
    page: int
    kind: str | None = None  # detection.Kind value
    merchant: str | None = None
    suspicious: bool = False
    reasons: list[str] = field(default_factory=list)
    disputed: bool = False
    bbox: tuple[float, float, float, float] | None = None
    """Where the line is printed on its page (points, top-left origin); None for bills stored before."""
    origin: str = "read"
    """bills.model.Origin value: "read", or "typed" / "edited" / "not_charge" when the person said so."""

    @property
    def by_person(self) -> bool:
        return self.origin != "read"

    @property
    def counted(self) -> bool:
        return self.origin != "not_charge"


@dataclass
class Evidence:
    """A stored piece: a bill PDF, a screenshot, a photo, a document or a plain note."""

    id: int
    case_id: int
    kind: EvidenceKind
    title: str
    added_on: date
    filename: str | None = None  # original file name, for export
    sha256: str | None = None  # content hash of the stored file; None for a note
    size: int = 0
    media_type: str | None = None
    note: str = ""
    # Bills only: what the engine read on it.
    invoice_date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    total: Decimal | None = None
    charges: list[ChargeRecord] = field(default_factory=list)
    printed_contacts: dict[str, list[str]] = field(default_factory=dict)  # role -> address lines
    invoice_number: str | None = None
    reading: str | None = None
    """bills.model.Status value of the bill's reconciliation when stored (with the person's corrections)."""
    missing: Decimal | None = None
    """For an unbalanced reading, the printed total minus the charges counted."""


@dataclass
class Letter:
    """A letter prepared for a case: the rendered PDF and where it is in the post."""

    id: int
    case_id: int
    kind: LetterKind
    recipient: Party
    title: str
    status: LetterStatus
    created_on: date
    sha256: str | None = None  # the rendered PDF
    tracking_number: str | None = None  # registered-mail number (numéro de recommandé)
    sent_on: date | None = None
    received_on: date | None = None  # date on the acknowledgement of receipt (avis de réception)


@dataclass
class Entry:
    """One line of the correspondence log: a call, an email, a letter, a reply."""

    id: int
    case_id: int
    on: date
    channel: Channel
    direction: Direction
    party: Party
    who: str = ""  # person or department, as the user noted it
    summary: str = ""
    letter_id: int | None = None  # when the entry is a letter from the dossier
    attachment_sha256: str | None = None
    attachment_name: str | None = None
    written: bool = False  # a written trace exists (letter, email, form, chat transcript)


@dataclass
class Refund:
    """Money given back (credit on a bill, bank transfer, voucher)."""

    id: int
    case_id: int
    on: date
    amount: Decimal
    how: str = ""


@dataclass
class StepProgress:
    """A step of an operator guide the user has done for this case."""

    guide: str
    step: str
    done_on: date


@dataclass
class CaseFile:
    """Everything about one case, as read at one moment (for `show`, export and deadlines)."""

    case: Case
    evidence: list[Evidence]
    letters: list[Letter]
    entries: list[Entry]
    refunds: list[Refund]
    steps: list[StepProgress]

    def printed_address(self, role: str) -> tuple[str, ...] | None:
        """The complaint address for this role ("customer_service", "consumer_service") printed on the
        case's latest bill that prints one: the best recipient for a registered letter."""
        bills = [e for e in self.evidence if role in e.printed_contacts]
        if not bills:
            return None
        latest = max(bills, key=lambda e: (e.invoice_date or e.added_on, e.id))
        return tuple(latest.printed_contacts[role])
