"""Wizard page 4: the letter for the case, seen as it will print, then printed, kept and posted.

The person picks a letter (the refund request first, the escalation once that was sent; the letter to the
company that billed, the mediator and a SignalConso report as options), checks who sends it and to whom,
and sees the PDF in the window. Every change re-composes the letter off the GUI thread, 400 ms after the
last key press. Print, Save as PDF and Keep in my dossier work on the PDF shown; "Sent by registered mail"
records the La Poste number and date, which starts the operator's time to answer. "Print the bill copies"
makes the enclosures the letter lists (each bill page with the disputed lines outlined and numbered as in
the letter, `letters.enclosures`) off the GUI thread, then prints or saves them.

The sender is the case's holder (typed here, or printed on any of its bills, photos included); the town
where the person signs is remembered per holder, so a town typed for one person's letter never appears
on another person's.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QEvent,
    QIODevice,
    QObject,
    QSignalBlocker,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QButtonGroup, QLabel, QPlainTextEdit, QRadioButton, QWidget, QWizardPage

from kkoguard.bills.model import Bill
from kkoguard.dossier.errors import DossierError
from kkoguard.dossier.model import Case, CaseFile, Channel, Direction, LetterKind, LetterStatus, Party
from kkoguard.formatting import format_date
from kkoguard.guides import common_guide
from kkoguard.letters import LetterDraft, LetterError, compose, render_pdf, render_text
from kkoguard.letters.enclosures import has_copies
from kkoguard.ui import look, printing
from kkoguard.ui.forms_generated.ui_letters_page import Ui_LettersPage
from kkoguard.ui.tasks import run_task
from kkoguard.ui.wizard.state import WizardState
from kkoguard.ui.wizard.steps_page import link_button, warning_row

DEBOUNCE_MS = 400  # re-compose the letter this long after the last change
OPTIONAL_KINDS = ("termination", "mediator", "signalconso")
WRITTEN = frozenset({Channel.LETTER, Channel.EMAIL, Channel.WEB_FORM, Channel.CHAT})
# La Poste registered-mail numbers: two letters or digits, then eleven digits ("1A 234 567 8901 2").
LA_POSTE_NUMBER = re.compile(r"[0-9A-Z]{2}\d{11}")
SIGNALCONSO_STEP = "report-signalconso"  # the common guide's step that links to SignalConso


@dataclass(frozen=True)
class Rendered:
    """One composed letter: the draft, its PDF and, for a report, its plain text."""

    draft: LetterDraft
    pdf: bytes
    text: str
    copies: bool = False  # the letter lists bill copies to attach (there are disputed lines to show)


def first_letter(case_file: CaseFile) -> str:
    """The refund request until one was sent (a letter marked sent, or a written complaint in the log to
    the customer service); the escalation to the consumer service after."""
    sent = any(
        letter.kind is LetterKind.REFUND and letter.status is LetterStatus.SENT
        for letter in case_file.letters
    ) or any(
        entry.direction is Direction.OUTGOING
        and entry.party is Party.CUSTOMER_SERVICE
        and (entry.written or entry.channel in WRITTEN)
        for entry in case_file.entries
    )
    return "escalation" if sent else "refund"


def looks_like_registered_number(text: str) -> bool:
    return LA_POSTE_NUMBER.fullmatch(re.sub(r"[\s.-]", "", text).upper()) is not None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def place_key(holder: str | None) -> str | None:
    """The dossier preference that keeps the town where this person signs (None: no one to key it to)."""
    name = " ".join((holder or "").split()).casefold()
    return f"sender_place:{name}" if name else None


def printed_holder(case: Case, bills: list[Bill]) -> tuple[str, str]:
    """The sender printed on one of the case's bills (name, address lines): a bill of the case's line when
    the case has one, photos included; ("", "") when none prints it."""
    line = "".join((case.line_number or "").split())
    for bill in bills:
        lines = {"".join(n.split()) for n in bill.line_numbers}
        if bill.holder and (not line or line in lines) and (case.operator in (None, bill.operator)):
            return bill.holder[0], "\n".join(bill.holder[1:])
    return "", ""


class LettersPage(QWizardPage):
    """Compose, preview, print, keep and record the posting of the case's letters."""

    preview_updated = Signal()  # a newly composed PDF is shown (and `pdf_bytes` holds it)
    letter_stored = Signal(int)  # letter id, once kept in the dossier (new or updated)
    letter_sent = Signal(int)  # letter id, once recorded as posted

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.ui = Ui_LettersPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic's generated code carries no annotations
        self._document = QPdfDocument(self)
        self._buffer: QBuffer | None = None  # QPdfDocument reads from it: it lives as long as the document
        self._view = QPdfView(self.ui.previewHost)
        self._view.setObjectName("previewView")
        self._view.setAccessibleName(self.tr("Preview of the letter"))
        self._view.setDocument(self._document)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.previewHostLayout.addWidget(self._view)
        self._notice = warning_row(self.ui.previewPage, "")
        self._notice.setObjectName("previewNotice")
        self._notice_icon, self._notice_text = self._notice.findChildren(QLabel)
        self._notice.hide()
        self.ui.previewLayout.insertWidget(1, self._notice)

        self._choices = QButtonGroup(self)  # one radio button per letter, filled from the case
        self._rendered: Rendered | None = None
        self._generation = 0  # results of older compositions are dropped
        self._pending = 0  # compositions under way
        self._busy = False  # storing or printing under way
        self._stored: dict[str, tuple[int, bytes]] = {}  # kind -> (letter id, PDF kept)
        self._fill_recipient = True  # show the composed recipient in the field (until the person types)
        self._typed: dict[str, str] = {}  # kind -> the recipient the person typed for it
        self._filling = False
        self._sender_dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._compose)

        self.ui.sentDateEdit.setDate(QDate.currentDate())
        self.ui.sentDateEdit.setMaximumDate(QDate.currentDate())
        self.ui.sentDateEdit.setDisplayFormat("dd/MM/yyyy")
        font = self.ui.errorLabel.font()
        font.setBold(True)
        self.ui.errorLabel.setFont(font)
        look.scale_font(self.ui.printButton, 1.1, bold=True)
        self._signalconso_url = self._signalconso_link()
        look.scale_font(self.ui.reportText, 1.0, fixed=True)  # follows A+ / A−
        self.ui.reportText.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # render_text wraps it

        self._choices.idToggled.connect(lambda _id, on: self._kind_changed() if on else None)
        self.ui.publisherCombo.currentIndexChanged.connect(self._schedule)
        self.ui.nameEdit.textEdited.connect(self._sender_edited)
        self.ui.addressEdit.textChanged.connect(self._address_edited)
        self.ui.placeEdit.textEdited.connect(self._sender_edited)
        self.ui.recipientEdit.textChanged.connect(self._recipient_edited)
        self.ui.printButton.clicked.connect(self._print)
        self.ui.saveButton.clicked.connect(self._save)
        self.ui.printCopiesButton.clicked.connect(self._print_copies)
        self.ui.saveCopiesButton.clicked.connect(self._save_copies)
        self.ui.keepButton.clicked.connect(lambda: self._keep(None))
        self.ui.recordButton.clicked.connect(self._record_sent)
        self.ui.copyReportButton.clicked.connect(self._copy_report)
        self.ui.trackingEdit.textEdited.connect(self._tracking_edited)
        self._status("")
        self._update_buttons()
        # new letter buttons, a translation or a text size change the form's width: fit the column to it
        self.ui.formContents.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.formContents and event.type() == QEvent.Type.LayoutRequest:
            self._fit_form()
        return super().eventFilter(watched, event)

    # --- what tests and the wizard may read ----------------------------------------------------------

    @property
    def document(self) -> QPdfDocument:
        return self._document

    @property
    def pdf_bytes(self) -> bytes:
        """The PDF shown in the preview: what Print, Save and Keep use."""
        return self._rendered.pdf if self._rendered is not None else b""

    @property
    def draft(self) -> LetterDraft | None:
        return self._rendered.draft if self._rendered is not None else None

    def kind(self) -> str:
        """The letter chosen: refund, escalation, termination, mediator or signalconso."""
        checked = self._choices.checkedButton()
        value = checked.property("kind") if checked is not None else None
        return value if isinstance(value, str) else "refund"

    # --- set-up --------------------------------------------------------------------------------------

    def _signalconso_link(self) -> str | None:
        try:
            where = common_guide().step(SIGNALCONSO_STEP).where
        except (KeyError, ValueError):
            return None
        if where and where.startswith("https://"):
            link = link_button(self.ui.reportLinkBox, where, self.tr("Open the SignalConso website"))
            link.setObjectName("signalconsoLink")
            self.ui.reportLinkLayout.addWidget(link)
        return where

    def initializePage(self) -> None:
        """Called each time the wizard enters the page: the case's letters and the sender, then a preview."""
        state = self._state
        if state.case_id is None:
            self._show_error(self.tr("No case is open: go back and choose your bills first."))
            return
        try:
            case_file = state.dossier.case_file(state.case_id)
            name, address = case_file.case.holder_name or "", case_file.case.holder_address or ""
            if not name and not address:
                name, address = printed_holder(case_file.case, state.bills())
            key = place_key(name)
            place = (state.dossier.preference(key) if key else None) or ""
        except DossierError as error:
            self._show_error(error.message(state.lang))
            return
        self._fill_letters(case_file)
        self.ui.nameEdit.setText(name)
        with QSignalBlocker(self.ui.addressEdit):
            self.ui.addressEdit.setPlainText(address)
        self.ui.placeEdit.setText(place)
        self._sender_dirty = False
        self._kind_changed()

    def _letter_title(self, kind: str) -> str:
        titles = {
            "refund": self.tr("Refund request (first letter)"),
            "escalation": self.tr("To the consumer service (second letter)"),
            "termination": self.tr("To the company that billed you"),
            "mediator": self.tr("To the telecom mediator"),
            "signalconso": self.tr("Report on SignalConso (text to copy)"),
        }
        return titles[kind]

    def _letter_hint(self, kind: str) -> str:
        hints = {
            "refund": self.tr(
                "The first step: a registered letter to your operator's customer service asking it to refund "
                "the charges you dispute and to block these purchases on your line."
            ),
            "escalation": self.tr(
                "Your first letter was sent. If the customer service refused or did not answer, write to "
                "the consumer service: the second level of your operator."
            ),
            "termination": self.tr(
                "Optional: a letter to the company that billed you, to end the subscription. Send it as "
                "well as the letter to your operator, not instead of it."
            ),
            "mediator": self.tr(
                "Free of charge, once you have complained in writing to your operator without a "
                "satisfying answer. The notes under the address say whether it is too early."
            ),
            "signalconso": self.tr(
                "A report to the government's consumer protection service. It does not replace your letter "
                "to the operator."
            ),
        }
        return hints[kind]

    def _fill_letters(self, case_file: CaseFile) -> None:
        current = self.kind() if self._choices.checkedButton() is not None else None
        first = first_letter(case_file)
        for button in self._choices.buttons():
            self._choices.removeButton(button)
            button.hide()
            button.deleteLater()
        for kind in (first, *OPTIONAL_KINDS):
            title = self._letter_title(kind)
            if kind == first:
                title = self.tr("{letter} – recommended").format(letter=title)
            radio = QRadioButton(title, self.ui.letterChoices)
            radio.setObjectName(f"letter-{kind}")
            radio.setProperty("kind", kind)
            self._choices.addButton(radio)
            self.ui.letterChoicesLayout.addWidget(radio)
        self._tab_order()
        chosen = self.ui.letterChoices.findChild(QRadioButton, f"letter-{current or first}")
        if chosen is None or current not in (first, *OPTIONAL_KINDS):
            chosen = self.ui.letterChoices.findChild(QRadioButton, f"letter-{first}")
        if chosen is not None:
            with QSignalBlocker(self._choices):
                chosen.setChecked(True)
        merchants: list[str] = []
        for evidence in case_file.evidence:
            for charge in evidence.charges:
                name = (charge.merchant or "").strip()
                if charge.disputed and name and name.casefold() not in {m.casefold() for m in merchants}:
                    merchants.append(name)
        with QSignalBlocker(self.ui.publisherCombo):
            self.ui.publisherCombo.clear()
            for name in merchants:
                self.ui.publisherCombo.addItem(name, name)

    def _fit_form(self) -> None:
        """The left column is never narrower than its widest line (a letter's name, a field and its label):
        it does not scroll sideways, so anything wider would be cut off at 1024 px."""
        ui = self.ui
        needed = ui.formContents.minimumSizeHint().width()
        scrollbar = ui.formScroll.verticalScrollBar().sizeHint().width()
        frame = 2 * ui.formScroll.frameWidth()
        ui.formScroll.setMinimumWidth(max(380, needed + scrollbar + frame))

    def _tab_order(self) -> None:
        """The letter choices come first (they are made after the form's widgets), then the form in
        reading order, the preview and the report."""
        ui = self.ui
        chain: list[QWidget] = [
            *self._choices.buttons(),
            ui.publisherCombo,
            ui.nameEdit,
            ui.addressEdit,
            ui.placeEdit,
            ui.recipientEdit,
            ui.trackingEdit,
            ui.sentDateEdit,
            ui.recordButton,
            ui.printButton,
            ui.saveButton,
            ui.printCopiesButton,
            ui.saveCopiesButton,
            ui.keepButton,
            self._view,
            ui.reportText,
            ui.copyReportButton,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- inputs --------------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind()
        report = kind == "signalconso"
        self.ui.letterHint.setText(self._letter_hint(kind))
        self.ui.publisherBox.setVisible(kind == "termination" and self.ui.publisherCombo.count() > 1)
        # A report is text to copy into SignalConso's form: no sender, no address, nothing to print or post
        # (kept in the dossier, it would show as a letter waiting to be sent).
        for group in (self.ui.senderGroup, self.ui.recipientGroup, self.ui.sentGroup, self.ui.actionsGroup):
            group.setVisible(not report)
        self.ui.previewStack.setCurrentWidget(self.ui.reportPage if report else self.ui.previewPage)
        typed = self._typed.get(kind, "")
        self._fill_recipient = not typed
        self._filling = True
        self.ui.recipientEdit.setPlainText(typed)
        self._filling = False
        self._status("")
        self.ui.sentLabel.clear()
        self._compose()

    def _sender_edited(self) -> None:
        self._sender_dirty = True
        self._schedule()

    def _address_edited(self) -> None:
        self._sender_edited()

    def _recipient_edited(self) -> None:
        if self._filling:
            return
        self._fill_recipient = False
        text = self.ui.recipientEdit.toPlainText()
        if text.strip():
            self._typed[self.kind()] = text
        else:
            self._typed.pop(self.kind(), None)
        self._schedule()

    def _tracking_edited(self, text: str) -> None:
        if text.strip() and not looks_like_registered_number(text):
            self.ui.sentLabel.setText(
                self.tr(
                    "This does not look like a registered-mail number (for example 1A 234 567 8901 2). "
                    "It will be kept as you typed it."
                )
            )
        else:
            self.ui.sentLabel.clear()

    def _schedule(self) -> None:
        """Re-compose once the person pauses: 400 ms after the last change."""
        self._timer.start()
        self._update_buttons()

    # --- composing -----------------------------------------------------------------------------------

    def _save_sender(self) -> None:
        """Put the sender on the case and remember the town for this person (tiny writes, on this thread)."""
        state = self._state
        if not self._sender_dirty or state.case_id is None:
            return
        self._sender_dirty = False
        name = self.ui.nameEdit.text().strip()
        address = "\n".join(_lines(self.ui.addressEdit.toPlainText()))
        place = self.ui.placeEdit.text().strip()
        try:
            state.dossier.update_case(state.case_id, holder_name=name or None, holder_address=address or None)
            key = place_key(name)
            if key is not None:
                state.dossier.set_preference(key, place or None)
        except DossierError as error:
            self._show_error(error.message(state.lang))

    def _compose(self) -> None:
        state = self._state
        self._timer.stop()
        if state.case_id is None:
            return
        self._save_sender()
        case_id = state.case_id
        dossier = state.dossier
        kind = self.kind()
        place = self.ui.placeEdit.text().strip() or None
        name = self.ui.nameEdit.text().strip() or None
        address = "\n".join(_lines(self.ui.addressEdit.toPlainText())) or None
        typed = None if self._fill_recipient else _lines(self.ui.recipientEdit.toPlainText()) or None
        merchant = self.ui.publisherCombo.currentData() if kind == "termination" else None
        product = state.product

        def work() -> Rendered:
            case_file = dossier.case_file(case_id)
            # The sender as typed right now, even if the dossier write above failed.
            case_file = replace(
                case_file, case=replace(case_file.case, holder_name=name, holder_address=address)
            )
            draft = compose(
                kind,
                case_file,
                today=date.today(),
                place=place,
                product=product,
                recipient_override=typed,
                merchant=merchant if isinstance(merchant, str) else None,
            )
            copies = has_copies(case_file, kind, merchant if isinstance(merchant, str) else None)
            text = render_text(draft) if draft.format == "report" else ""
            return Rendered(draft, render_pdf(draft), text, copies)

        self._generation += 1
        generation = self._generation
        self._pending += 1
        self.ui.previewStatus.setText(self.tr("Updating the preview…"))
        self._update_buttons()
        run_task(
            work,
            on_done=lambda result: self._composed(generation, result),
            on_error=lambda error: self._compose_failed(generation, error),
        )

    def _composed(self, generation: int, result: object) -> None:
        if not shiboken6.isValid(self):  # the wizard was closed while the letter was being composed
            return
        self._pending -= 1
        if generation != self._generation or not isinstance(result, Rendered):
            self._update_buttons()
            return
        self._rendered = result
        self._show_error("")
        self._show_preview(result.pdf)
        self._show_draft(result)
        self._update_buttons()
        self.preview_updated.emit()

    def _compose_failed(self, generation: int, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._pending -= 1
        self._update_buttons()
        if generation != self._generation:
            return
        self.ui.previewStatus.clear()
        if isinstance(error, LetterError | DossierError):
            self._show_error(error.message(self._state.lang))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _show_preview(self, pdf: bytes) -> None:
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self._document.load(buffer)
        pages = self._document.pageCount()
        self.ui.previewStatus.setText(
            self.tr("Preview: 1 page.")
            if pages == 1
            else self.tr("Preview: {count} pages.").format(count=pages)
        )

    def _show_draft(self, rendered: Rendered) -> None:
        draft = rendered.draft
        lang = self._state.lang
        self.ui.originLabel.setText(
            self.tr("Where this address comes from: {origin}.").format(origin=draft.origin(lang).rstrip("."))
        )
        if self._fill_recipient:
            self._filling = True
            self.ui.recipientEdit.setPlainText(
                "\n".join(draft.recipient) if draft.recipient_origin != "none" else ""
            )
            self._filling = False
        layout = self.ui.warningsLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for number, text in enumerate(draft.warning_texts(lang), start=1):
            row = warning_row(self.ui.warningsBox, text)
            row.setObjectName(f"warning-{number}")
            layout.addWidget(row)
        self.ui.warningsBox.setVisible(bool(draft.warnings))
        self._notice.setVisible(bool(draft.warnings) and draft.format != "report")
        if draft.warnings:
            text = self.tr("Before printing, read the remarks under the address, on the left.")
            self._notice_text.setText(text)
            self._notice.setAccessibleName(text)
            self._notice_icon.setAccessibleName(text)
        if draft.format == "report":
            self.ui.reportText.setPlainText(rendered.text)

    # --- print, save, keep ---------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = self._rendered is not None and not self._pending and not self._timer.isActive()
        idle = ready and not self._busy
        for button in (self.ui.printButton, self.ui.saveButton, self.ui.keepButton, self.ui.recordButton):
            button.setEnabled(idle)
        copies = idle and self._rendered is not None and self._rendered.copies
        for button in (self.ui.printCopiesButton, self.ui.saveCopiesButton):
            button.setEnabled(copies)
        self.ui.copyReportButton.setEnabled(ready)

    def _status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setAccessibleName(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self._busy = False
        self._update_buttons()
        if isinstance(error, LetterError | DossierError):
            self._show_error(error.message(self._state.lang))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _keep(self, then: Callable[[int], None] | None) -> None:
        """Store the letter shown (or its new version) in the dossier, off the GUI thread; then `then(id)`."""
        state = self._state
        rendered = self._rendered
        if rendered is None or state.case_id is None or self._busy:
            return
        kind = self.kind()
        draft, pdf = rendered.draft, rendered.pdf
        stored = self._stored.get(kind)
        case_id, dossier = state.case_id, state.dossier

        def work() -> int:
            if stored is not None:
                letter_id, kept = stored
                if kept == pdf:
                    return letter_id
                if dossier.letter(letter_id).status is not LetterStatus.SENT:  # a posted letter stays as sent
                    dossier.update_letter(letter_id, pdf=pdf)
                    return letter_id
            letter = dossier.add_letter(
                case_id, kind=draft.letter_kind, recipient=draft.party, title=draft.title, pdf=pdf
            )
            return letter.id

        def done(result: object) -> None:
            assert isinstance(result, int)
            if result not in state.letter_ids:
                state.letter_ids.append(result)
            if not shiboken6.isValid(self):
                return
            self._busy = False
            self._stored[kind] = (result, pdf)
            self._status(self.tr("Kept in your dossier: “{title}”.").format(title=draft.title))
            self._update_buttons()
            self.letter_stored.emit(result)
            if then is not None:
                then(result)

        self._busy = True
        self._update_buttons()
        self._show_error("")
        run_task(work, on_done=done, on_error=self._failed)

    def _print(self) -> None:
        self._keep(self._print_kept)

    def _print_kept(self, letter_id: int) -> None:
        state = self._state
        rendered = self._rendered
        if rendered is None:
            return
        if not printing.print_pdf(rendered.pdf, self, title=rendered.draft.title):
            return
        try:
            if state.dossier.letter(letter_id).status is LetterStatus.DRAFT:
                state.dossier.update_letter(letter_id, status=LetterStatus.PRINTED)
        except DossierError as error:
            self._show_error(error.message(state.lang))
            return
        self._status(
            self.tr(
                "Printed and kept in your dossier. Sign it, then send it by registered mail with "
                "acknowledgement of receipt, with the bill copies (“Print the bill copies”)."
            )
        )

    def _save(self) -> None:
        rendered = self._rendered
        if rendered is None:
            return
        path = printing.save_pdf(rendered.pdf, self, printing.file_name(rendered.draft.title))
        if path is not None:
            self._status(self.tr("Saved in {path}.").format(path=str(path)))

    def _copies_work(self) -> Callable[[], bytes] | None:
        state = self._state
        if state.case_id is None or self._rendered is None:
            return None
        merchant = self.ui.publisherCombo.currentData() if self.kind() == "termination" else None
        return printing.copies_work(
            state.dossier,
            state.case_id,
            kind=self.kind(),
            merchant=merchant if isinstance(merchant, str) else None,
            bills=state.bills(),
        )

    def _start_copies(self) -> Callable[[], bytes] | None:
        """The work that makes the bill copies, the page marked busy meanwhile; None when there is none."""
        work = self._copies_work()
        if work is None or self._busy:
            return None
        self._busy = True
        self._update_buttons()
        self._status(self.tr("Preparing the bill copies…"))
        return work

    def _print_copies(self) -> None:
        work = self._start_copies()
        if work is None:
            return

        def done(printed: bool) -> None:
            self._busy = False
            self._update_buttons()
            self._status(
                self.tr("The bill copies were sent to the printer: put them in the envelope with the letter.")
                if printed
                else ""
            )

        printing.print_later(work, self, title=self.tr("Bill copies"), done=done, failed=self._failed)

    def _save_copies(self) -> None:
        work = self._start_copies()
        if work is None:
            return

        def done(path: object) -> None:
            self._busy = False
            self._update_buttons()
            self._status(self.tr("Saved in {path}.").format(path=str(path)) if path is not None else "")

        printing.save_later(work, self, printing.copies_file_name(), done=done, failed=self._failed)

    def _copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.reportText.toPlainText())
        self._status(self.tr("The text is copied: paste it in the SignalConso form."))

    # --- posted --------------------------------------------------------------------------------------

    def _record_sent(self) -> None:
        self._keep(self._record_kept)

    def _record_kept(self, letter_id: int) -> None:
        state = self._state
        number = " ".join(self.ui.trackingEdit.text().split())
        posted = self.ui.sentDateEdit.date().toPython()
        assert isinstance(posted, date)
        try:
            state.dossier.update_letter(letter_id, tracking_number=number, sent_on=posted)
        except DossierError as error:
            self._show_error(error.message(state.lang))
            return
        when = format_date(posted, state.lang)
        if number:
            text = self.tr("Recorded: posted on {date}, registered mail number {number}.").format(
                date=when, number=number
            )
        else:
            text = self.tr("Recorded: posted on {date}.").format(date=when)
        self.ui.sentLabel.setText(text + " " + self.tr("Your case now waits for the answer."))
        self.letter_sent.emit(letter_id)
