"""The dossier view's dialogs: log a call or an answer, record a refund, record when a letter was posted or
delivered, and look at a stored document (a letter's PDF, a photo) without writing it to disk.

Each dialog only collects values (`values()`); the view writes them to the dossier on a worker thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, Qt
from PySide6.QtGui import QPixmap, QValidator
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QWidget,
)

from kkoguard.dossier.model import Channel, Direction, Letter, Party
from kkoguard.formatting import format_date, format_money
from kkoguard.paths import write_private
from kkoguard.ui.dossier_models import DossierWords
from kkoguard.ui.forms_generated.ui_document_viewer import Ui_DocumentViewer
from kkoguard.ui.forms_generated.ui_entry_dialog import Ui_EntryDialog
from kkoguard.ui.forms_generated.ui_letter_date_dialog import Ui_LetterDateDialog
from kkoguard.ui.forms_generated.ui_refund_dialog import Ui_RefundDialog

MAX_REFUND = Decimal("100000")  # more than any phone bill dispute: a typo, not a refund

# --- dates ------------------------------------------------------------------------------------------------


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def setup_date_edit(edit: QDateEdit, lang: str, *, value: date, earliest: date | None = None) -> None:
    """A date field the user's way (dd/mm/yyyy, calendar in their language), never in the future."""
    locale = QLocale(
        QLocale.Language.French if lang == "fr" else QLocale.Language.English, QLocale.Country.France
    )
    edit.setLocale(locale)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    today = date.today()
    edit.setMaximumDate(to_qdate(today))
    edit.setMinimumDate(to_qdate(earliest or date(2000, 1, 1)))
    edit.setDate(to_qdate(min(max(value, earliest or value), today)))


# --- amounts ----------------------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_PLAIN = re.compile(r"\d+(?:[.,]\d{1,2})?")
# Thousands marked with a dot or a comma only when the other one marks the cents: "1,234" or "12,505" is
# more likely a typo than a thousand euros, so it is refused rather than guessed.
_FR_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,2}")  # 1.234,56
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+\.\d{1,2}")  # 1,234.56
_TYPING = re.compile(r"[\d.,\s\u00a0\u202f'€]*")


def parse_amount(text: str) -> Decimal | None:
    """An amount in euros as people type it: "12,50", "12.50", "12", "1 234,56", "12,50 €"; None if it is
    not one (or is zero, negative, or has more than two decimals)."""
    cleaned = _SPACES.sub("", text).replace("€", "")
    if _PLAIN.fullmatch(cleaned):
        number = cleaned.replace(",", ".")
    elif _FR_GROUPED.fullmatch(cleaned):
        number = cleaned.replace(".", "").replace(",", ".")
    elif _EN_GROUPED.fullmatch(cleaned):
        number = cleaned.replace(",", "")
    else:
        return None
    try:
        amount = Decimal(number).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None
    return amount if Decimal("0") < amount < MAX_REFUND else None


class AmountValidator(QValidator):
    """Lets the user type digits, separators, spaces and € only; acceptable once it reads as an amount."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if parse_amount(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


# --- a call, an email, an answer --------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryValues:
    on: date
    channel: Channel
    direction: Direction
    party: Party
    who: str
    summary: str
    attachment: Path | None


class EntryDialog(QDialog):
    """Log a contact with the operator, the mediator or anyone else: when, how, who, what was said."""

    def __init__(
        self,
        lang: str = "fr",
        parent: QWidget | None = None,
        *,
        file_chooser: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EntryDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic code carries no annotations
        self.lang = lang
        words = DossierWords(self)
        setup_date_edit(self.ui.dateEdit, lang, value=date.today())
        for channel in Channel:
            self.ui.channelCombo.addItem(words.channel(channel), channel.value)
        for party in (
            Party.CUSTOMER_SERVICE,
            Party.CONSUMER_SERVICE,
            Party.MEDIATOR,
            Party.MERCHANT,
            Party.ASSOCIATION,
            Party.AUTHORITY,
            Party.OTHER,
        ):
            self.ui.partyCombo.addItem(words.party(party), party.value)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add to the case"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.chooseButton.clicked.connect(self._choose)
        self.ui.removeButton.clicked.connect(lambda: self.set_attachment(None))
        self._file_chooser = file_chooser
        self._attachment: Path | None = None
        self.set_attachment(None)

    def set_attachment(self, path: Path | None) -> None:
        self._attachment = path
        self.ui.attachmentName.setText(path.name if path else self.tr("None (optional)"))
        self.ui.attachmentName.setAccessibleName(
            self.tr("Attached file: {name}").format(name=path.name) if path else self.tr("No file attached")
        )
        self.ui.removeButton.setEnabled(path is not None)

    def _choose(self) -> None:
        from kkoguard.ui import settings

        if self._file_chooser is not None:
            chosen = self._file_chooser()
        else:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose the file to attach"),
                str(settings.last_folder() or ""),
                self.tr("Photos and documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.eml *.msg);;")
                + self.tr("All files (*)"),
            )
        if chosen:
            settings.remember_folder(Path(chosen))
            self.set_attachment(Path(chosen))

    def values(self) -> EntryValues:
        return EntryValues(
            on=from_qdate(self.ui.dateEdit.date()),
            channel=Channel(self.ui.channelCombo.currentData()),
            direction=Direction.INCOMING if self.ui.incomingRadio.isChecked() else Direction.OUTGOING,
            party=Party(self.ui.partyCombo.currentData()),
            who=self.ui.whoEdit.text().strip(),
            summary=self.ui.summaryEdit.toPlainText().strip(),
            attachment=self._attachment,
        )


# --- a refund ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefundValues:
    on: date
    amount: Decimal
    how: str
    settled: bool


class RefundDialog(QDialog):
    """Record money given back; OK stays off until the amount reads as euros ("12,50" or "12.50")."""

    def __init__(
        self,
        lang: str = "fr",
        parent: QWidget | None = None,
        *,
        claimed: Decimal = Decimal("0"),
        refunded: Decimal = Decimal("0"),
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RefundDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic code carries no annotations
        self.lang = lang
        remaining = max(claimed - refunded, Decimal("0"))
        if claimed > 0:
            self.ui.remainingLabel.setText(
                self.tr(
                    "You claimed {claimed}; {refunded} already refunded; still to be refunded: {remaining}."
                ).format(
                    claimed=format_money(claimed, lang),
                    refunded=format_money(refunded, lang),
                    remaining=format_money(remaining, lang),
                )
            )
        else:
            self.ui.remainingLabel.hide()
        self.ui.amountEdit.setValidator(AmountValidator(self.ui.amountEdit))
        setup_date_edit(self.ui.dateEdit, lang, value=date.today())
        for how in (
            self.tr("Credit on a bill"),
            self.tr("Bank transfer"),
            self.tr("Cheque"),
            self.tr("Voucher"),
        ):
            self.ui.howCombo.addItem(how)
        self.ui.howCombo.setCurrentIndex(0)
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Record the refund"))
        self._ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.amountEdit.textChanged.connect(self._check)
        self._check()
        self.resize(self.width(), self.sizeHint().height())

    def _check(self) -> None:
        text = self.ui.amountEdit.text()
        valid = parse_amount(text) is not None
        self._ok.setEnabled(valid)
        # the hint is shown once something is typed that is not (yet) an amount
        self.ui.errorLabel.setVisible(bool(text.strip()) and not valid)

    def accept(self) -> None:
        if parse_amount(self.ui.amountEdit.text()) is None:
            self.ui.errorLabel.show()
            self.ui.amountEdit.setFocus()
            return
        super().accept()

    def values(self) -> RefundValues:
        amount = parse_amount(self.ui.amountEdit.text())
        assert amount is not None, "values() is read after accept()"
        return RefundValues(
            on=from_qdate(self.ui.dateEdit.date()),
            amount=amount,
            how=self.ui.howCombo.currentText().strip(),
            settled=self.ui.settledCheck.isChecked(),
        )


# --- a letter posted, a letter delivered ------------------------------------------------------------------


@dataclass(frozen=True)
class LetterDateValues:
    on: date
    tracking_number: str | None


class LetterDateDialog(QDialog):
    """When a letter was posted (and its registered number), or the date on its acknowledgement of receipt."""

    POSTED, RECEIVED = "posted", "received"

    def __init__(self, letter: Letter, mode: str, lang: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterDateDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic code carries no annotations
        self.lang = lang
        self.mode = mode
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if mode == self.POSTED:
            self.setWindowTitle(self.tr("The letter was posted"))
            self.ui.promptLabel.setText(
                self.tr(
                    "“{title}”: enter the day you posted it. If you sent it by registered mail, copy the "
                    "number on the receipt the post office gave you: it proves the sending."
                ).format(title=letter.title)
            )
            ok.setText(self.tr("Record the posting"))
            self.ui.trackingEdit.setText(letter.tracking_number or "")
            setup_date_edit(self.ui.dateEdit, lang, value=date.today(), earliest=letter.created_on)
        else:
            self.setWindowTitle(self.tr("Acknowledgement of receipt"))
            sent = letter.sent_on or letter.created_on
            self.ui.promptLabel.setText(
                self.tr(
                    "“{title}”, posted on {sent}: enter the date written on the acknowledgement of receipt "
                    "(the pink card, or the date shown on the post office's tracking page). The operator's "
                    "time to answer runs from that date."
                ).format(title=letter.title, sent=format_date(sent, lang))
            )
            ok.setText(self.tr("Record the date"))
            self.ui.trackingLabel.hide()
            self.ui.trackingEdit.hide()
            setup_date_edit(self.ui.dateEdit, lang, value=letter.received_on or date.today(), earliest=sent)
        self.resize(self.width(), self.sizeHint().height())

    def values(self) -> LetterDateValues:
        tracking = self.ui.trackingEdit.text().strip() if self.mode == self.POSTED else None
        return LetterDateValues(from_qdate(self.ui.dateEdit.date()), tracking or None)


# --- looking at a stored document -------------------------------------------------------------------------


class DocumentViewer(QDialog):
    """A stored PDF or picture shown from memory: the dossier is encrypted, so nothing is written to disk
    unless the user asks for a copy. Print and save go through `kkoguard.ui.printing` when it is there."""

    def __init__(
        self,
        data: bytes,
        title: str,
        *,
        filename: str,
        media_type: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentViewer()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic code carries no annotations
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.data = data
        self.filename = filename
        self.is_pdf = data[:5] == b"%PDF-" or (media_type or "") == "application/pdf"
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.ui.printButton.clicked.connect(self._print)
        self.ui.saveButton.clicked.connect(self._save)
        self.ui.printButton.setVisible(self.is_pdf)
        self.document: QPdfDocument | None = None
        if self.is_pdf:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.load(self._buffer)
            view = QPdfView(self)
            view.setDocument(self.document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setAccessibleName(title)
            self.ui.viewerLayout.addWidget(view)
            view.setFocus()
        else:
            picture = QPixmap()
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(title)
            if picture.loadFromData(data):
                label.setPixmap(picture)
            else:
                label.setWordWrap(True)
                label.setText(
                    self.tr(
                        "This file cannot be shown here. Use “Save a copy” to open it with another program."
                    )
                )
            area = QScrollArea(self)
            area.setWidget(label)
            area.setWidgetResizable(True)
            self.ui.viewerLayout.addWidget(area)

    def _print(self) -> None:
        from kkoguard.ui import printing

        printing.print_pdf(self.data, self)

    def _save(self) -> None:
        if self.is_pdf:
            from kkoguard.ui import printing

            printing.save_pdf(self.data, self, self.filename)
            return
        from kkoguard.ui import settings

        start = Path(str(settings.last_folder() or Path.home())) / self.filename
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(start))
        if chosen:
            write_private(Path(chosen), self.data)
            settings.remember_folder(Path(chosen))
