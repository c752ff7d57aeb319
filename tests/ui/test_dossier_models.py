"""The dossier view's models, without a window: what each row says, in which order, with which icon."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator

from kkoguard.dossier.model import (
    Case,
    CaseFile,
    CaseStatus,
    Channel,
    ChargeRecord,
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
from kkoguard.formatting import format_money
from kkoguard.ui.dossier_dialogs import AmountValidator, parse_amount
from kkoguard.ui.dossier_models import (
    CasesModel,
    DateRole,
    EventKind,
    EvidenceModel,
    IdRole,
    ItemRole,
    KindRole,
    LettersModel,
    TimelineModel,
)
from kkoguard.ui.dossier_view import evidence_kind_for, spaced_number

TRACKING = "1A 234 567 8901 2"
Display = Qt.ItemDataRole.DisplayRole
Decoration = Qt.ItemDataRole.DecorationRole
Accessible = Qt.ItemDataRole.AccessibleTextRole

pytestmark = pytest.mark.usefixtures("qapp")  # icons are drawn: a QGuiApplication must exist


def a_case(**changes: object) -> Case:
    case = Case(
        id=3,
        title="Orange 0612345678",
        operator="orange",
        line_number="0612345678",
        account_number="1.234",
        merchants=[],
        status=CaseStatus.WAITING,
        opened_on=date(2026, 2, 1),
        claimed=Decimal("19.96"),
        refunded=Decimal("4.99"),
    )
    for name, value in changes.items():
        setattr(case, name, value)
    return case


def a_case_file() -> CaseFile:
    """A bill, a call, a registered letter (sent, delivered, logged by the store), a reply, a refund."""
    bill = Evidence(
        10, 3, EvidenceKind.BILL, "Orange 2026-01", date(2026, 2, 1), "f.pdf", "a" * 64,
        invoice_date=date(2026, 1, 5), total=Decimal("35.96"),
        charges=[
            ChargeRecord(1, 10, "Forfait", Decimal("19.99"), None, 1),
            ChargeRecord(2, 10, "Internet+ MOBIQUIZ", Decimal("4.99"), date(2025, 12, 13), 2, disputed=True),
            ChargeRecord(3, 10, "Internet+ MOBIQUIZ", Decimal("4.99"), date(2025, 12, 20), 2, disputed=True),
        ],
    )  # fmt: skip
    photo = Evidence(
        11, 3, EvidenceKind.SCREENSHOT, "capture.png", date(2026, 2, 10), "capture.png", "b" * 64, 2048
    )
    letter = Letter(
        5, 3, LetterKind.REFUND, Party.CUSTOMER_SERVICE, "Réclamation au service clients", LetterStatus.SENT,
        date(2026, 2, 3), "c" * 64, TRACKING, sent_on=date(2026, 2, 4), received_on=date(2026, 2, 6),
    )  # fmt: skip
    draft = Letter(
        6,
        3,
        LetterKind.MEDIATOR,
        Party.MEDIATOR,
        "Saisine du médiateur",
        LetterStatus.DRAFT,
        date(2026, 3, 9),
    )
    entries = [
        Entry(20, 3, date(2026, 2, 2), Channel.PHONE, Direction.OUTGOING, Party.CUSTOMER_SERVICE, "M. Martin",
              "On me dit d'écrire."),
        Entry(21, 3, date(2026, 2, 4), Channel.LETTER, Direction.OUTGOING, Party.CUSTOMER_SERVICE, "",
              "Réclamation au service clients", letter_id=5, written=True),  # written by update_letter
        Entry(22, 3, date(2026, 3, 1), Channel.EMAIL, Direction.INCOMING, Party.CUSTOMER_SERVICE, "",
              "Refus de remboursement.", attachment_sha256="d" * 64, attachment_name="reponse.pdf"),
    ]  # fmt: skip
    refunds = [Refund(30, 3, date(2026, 3, 5), Decimal("4.99"), "Avoir sur facture")]
    return CaseFile(a_case(), [bill, photo], [letter, draft], entries, refunds, [])


# --- cases ------------------------------------------------------------------------------------------------


def test_cases_model_says_title_operator_status_and_amounts_in_words() -> None:
    model = CasesModel("fr")
    model.set_cases([a_case(), a_case(id=4, title="SFR box", operator="sfr", status=CaseStatus.REFUNDED)])
    assert model.rowCount() == 2
    text = model.data(model.index(0, 0), Display)
    assert "Orange 0612345678" in text
    assert "Orange" in text.splitlines()[1]
    assert "Waiting for an answer" in text  # status in words (English source: no catalogue in tests)
    assert format_money(Decimal("19.96"), "fr") in text and format_money(Decimal("4.99"), "fr") in text
    assert "Refunded" in model.data(model.index(1, 0), Display)
    assert not model.data(model.index(0, 0), Decoration).isNull()  # an icon as well as the words
    assert "Waiting for an answer" in model.data(model.index(0, 0), Accessible)
    assert model.data(model.index(1, 0), ItemRole).title == "SFR box"
    assert model.data(model.index(1, 0), IdRole) == 4
    assert model.row_of(4) == 1 and model.row_of(99) is None


def test_cases_model_names_an_unknown_operator() -> None:
    model = CasesModel("en")
    model.set_cases([a_case(operator=None)])
    assert "Operator not known" in model.data(model.index(0, 0), Display)


# --- timeline ---------------------------------------------------------------------------------------------


def test_timeline_merges_log_letters_refunds_and_evidence_newest_first() -> None:
    model = TimelineModel("fr")
    model.set_case_file(a_case_file())
    assert model.newest_first
    days = [model.data(model.index(row, 0), DateRole) for row in range(model.rowCount())]
    assert days == sorted(days, reverse=True)
    kinds = [model.data(model.index(row, 0), KindRole) for row in range(model.rowCount())]
    # the letter's own log entry is not shown twice: one "sent" row, one "delivered" row, one draft
    assert kinds.count(EventKind.LETTER_SENT) == 1
    assert kinds.count(EventKind.LETTER_RECEIVED) == 1
    assert kinds.count(EventKind.LETTER_PREPARED) == 1
    assert kinds.count(EventKind.ENTRY) == 2
    assert kinds.count(EventKind.REFUND) == 1
    assert kinds.count(EventKind.EVIDENCE) == 2
    assert model.rowCount() == 8


def test_timeline_order_can_be_reversed() -> None:
    model = TimelineModel("fr")
    model.set_case_file(a_case_file())
    newest = [model.event_at(row) for row in range(model.rowCount())]
    model.set_newest_first(False)
    oldest = [model.event_at(row) for row in range(model.rowCount())]
    assert oldest == list(reversed(newest))
    assert model.data(model.index(0, TimelineModel.DATE), DateRole) == date(2026, 2, 1)
    assert model.data(model.index(0, TimelineModel.DATE), Display) == "1er février 2026"


def test_timeline_rows_say_what_with_whom_and_details() -> None:
    model = TimelineModel("en")
    model.set_newest_first(False)
    model.set_case_file(a_case_file())
    rows = {
        model.data(model.index(r, 0), KindRole) + str(model.data(model.index(r, 0), IdRole)): r
        for r in range(model.rowCount())
    }

    def cells(key: str) -> list[str]:
        return [model.data(model.index(rows[key], c), Display) for c in range(4)]

    sent = cells("letter_sent5")
    assert sent[1] == "Letter posted" and sent[2] == "Customer service"
    assert TRACKING in sent[3] and "6 February 2026" in sent[3]  # registered number and receipt date
    assert cells("letter_received5")[0] == "6 February 2026"
    call = cells("entry20")
    assert call[1] == "Call you made" and call[2] == "Customer service (M. Martin)"
    reply = cells("entry22")
    assert reply[1] == "Email received" and "reponse.pdf" in reply[3]
    assert "€4.99" in cells("refund30")[3]
    assert "disputed: €9.98" in cells("evidence10")[3]
    assert cells("letter_prepared6")[1] == "Letter prepared"
    for r in range(model.rowCount()):  # every row: an icon on "what happened", and the whole row in words
        assert not model.data(model.index(r, TimelineModel.WHAT), Decoration).isNull()
        assert model.data(model.index(r, TimelineModel.DETAILS), Decoration) is None
        assert model.data(model.index(r, 0), Accessible)


def test_same_day_events_keep_a_sensible_order() -> None:
    case_file = a_case_file()
    case_file.refunds.append(Refund(31, 3, date(2026, 2, 4), Decimal("1.00")))  # same day as the posting
    model = TimelineModel("fr")
    model.set_newest_first(False)
    model.set_case_file(case_file)
    same_day = [e.kind for e in model.events() if e.day == date(2026, 2, 4)]
    assert same_day == [EventKind.LETTER_SENT, EventKind.REFUND]


def test_empty_timeline() -> None:
    model = TimelineModel("fr")
    model.set_case_file(None)
    assert model.rowCount() == 0
    assert model.event_at(0) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Display) == "Date"


# --- evidence and letters ---------------------------------------------------------------------------------


def test_evidence_model_lists_bills_first_with_what_is_disputed() -> None:
    model = EvidenceModel("fr")
    case_file = a_case_file()
    model.set_evidence(list(reversed(case_file.evidence)))
    assert model.rowCount() == 2
    assert model.data(model.index(0, EvidenceModel.KIND), Display) == "Bill"
    details = model.data(model.index(0, EvidenceModel.DETAILS), Display)
    assert format_money(Decimal("9.98"), "fr") in details and format_money(Decimal("35.96"), "fr") in details
    assert model.data(model.index(1, EvidenceModel.KIND), Display) == "Screenshot"
    assert "capture.png" in model.data(model.index(1, EvidenceModel.DETAILS), Display)
    assert not model.data(model.index(1, EvidenceModel.KIND), Decoration).isNull()
    assert model.evidence_at(1) is case_file.evidence[1]


def test_letters_model_shows_where_each_letter_is() -> None:
    model = LettersModel("fr")
    model.set_letters(a_case_file().letters)
    sent = [model.data(model.index(0, c), Display) for c in range(6)]
    assert sent == [
        "Réclamation au service clients",
        "Customer service",
        "Posted",
        TRACKING,
        "4 février 2026",
        "6 février 2026",
    ]
    draft = [model.data(model.index(1, c), Display) for c in range(6)]
    assert draft[2] == "Prepared, not printed yet" and draft[3:] == ["—", "—", "—"]
    assert TRACKING in model.data(model.index(0, 0), Accessible)
    assert model.letter_at(1) is not None and model.letter_at(1).status is LetterStatus.DRAFT  # type: ignore[union-attr]


# --- small helpers of the view and dialogs ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("12,50", "12.50"),
        ("12.50", "12.50"),
        ("12", "12.00"),
        (" 12,5 € ", "12.50"),
        ("1 234,56", "1234.56"),
        ("1\u202f234,56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("0,01", "0.01"),
    ],
)
def test_amounts_are_read_the_french_and_the_english_way(text: str, amount: str) -> None:
    assert parse_amount(text) == Decimal(amount)


@pytest.mark.parametrize(
    "text", ["", "0", "0,00", "-3", "12,505", "12,50,1", "abc", "12,5x", "1,234", "999999"]
)
def test_what_is_not_an_amount(text: str) -> None:
    assert parse_amount(text) is None


def test_amount_validator_lets_people_type_but_not_letters() -> None:
    validator = AmountValidator()
    assert validator.validate("12,50", 5)[0] == QValidator.State.Acceptable
    assert validator.validate("12,", 3)[0] == QValidator.State.Intermediate
    assert validator.validate("12a", 3)[0] == QValidator.State.Invalid


def test_dropped_files_become_the_right_kind_of_evidence() -> None:
    from pathlib import Path

    assert evidence_kind_for(Path("Capture.PNG")) is EvidenceKind.SCREENSHOT
    assert evidence_kind_for(Path("photo.jpeg")) is EvidenceKind.PHOTO
    assert evidence_kind_for(Path("courrier.pdf")) is EvidenceKind.DOCUMENT
    assert evidence_kind_for(Path("notes.txt")) is EvidenceKind.DOCUMENT


def test_phone_numbers_are_spaced() -> None:
    assert spaced_number("0612345678") == "06 12 34 56 78"
    assert spaced_number("+33612345678") == "+33612345678"
    assert spaced_number(None) is None


def test_a_bill_that_did_not_add_up_and_the_lines_typed_show_in_the_timeline() -> None:
    case_file = a_case_file()
    bill = next(ev for ev in case_file.evidence if ev.id == 10)
    bill.reading, bill.missing = "unbalanced", Decimal("19.96")
    bill.charges[0].origin = "typed"
    model = TimelineModel("en")
    model.set_case_file(case_file)
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), IdRole) == 10)
    details = model.data(model.index(row, TimelineModel.DETAILS), Display)
    assert "incomplete reading: €19.96 not found" in details
    assert "1 line added or corrected by you" in details
