"""The person's own line: what was read inside the box they drew (or a line they correct), to confirm or edit.

Label, amount, date and company come filled from the engine's reading (`detection.corrections.propose`)
when it found them; the person says whether they contest the line. Nothing is saved here: the review page
applies the values to the bill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kkoguard.bills.parse import parse_money
from kkoguard.formatting import format_money

_PLAIN_NUMBER = re.compile(r"^\s*(-?)\s*(\d{1,6})(?:[.,](\d{1,2}))?\s*(?:€|eur|euros?)?\s*$", re.IGNORECASE)


def read_amount(text: str) -> Decimal | None:
    """What a person types as an amount: "4,99", "4.99 €", "-5", "12 euros"; None when it is not one."""
    value = parse_money(text)
    if value is not None:
        return value
    found = _PLAIN_NUMBER.match(text)
    if found is None:
        return None
    sign, units, cents = found.groups()
    try:
        value = Decimal(f"{units}.{(cents or '0').ljust(2, '0')}")
    except InvalidOperation:
        return None
    return -value if sign else value


@dataclass(frozen=True)
class LineValues:
    label: str
    amount: Decimal
    day: date | None
    merchant: str | None
    contest: bool


class ChargeDialog(QDialog):
    """Confirm or edit one line. `values()` once accepted; OK stays disabled until the label and the
    amount are filled in."""

    def __init__(
        self,
        *,
        lang: str,
        title: str,
        label: str = "",
        amount: Decimal | None = None,
        day: date | None = None,
        merchant: str | None = None,
        contest: bool = True,
        read_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chargeDialog")
        self.setWindowTitle(title)
        self._lang = lang
        layout = QVBoxLayout(self)
        self.read_label = QLabel(self)
        self.read_label.setObjectName("readLabel")
        self.read_label.setWordWrap(True)
        self.read_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if read_text is None:
            self.read_label.hide()
        elif read_text.strip():
            self.read_label.setText(
                self.tr("Read in the box you drew: “{text}”").format(text=read_text.strip())
            )
        else:
            self.read_label.setText(
                self.tr("Nothing could be read in the box you drew. Type the line as printed on your bill.")
            )
        layout.addWidget(self.read_label)

        form = QFormLayout()
        self.label_edit = QLineEdit(label, self)
        self.label_edit.setObjectName("labelEdit")
        self.label_edit.setCursorPosition(0)  # a long label shows its beginning
        self.label_edit.setAccessibleName(self.tr("Description"))
        form.addRow(self.tr("&Description:"), self.label_edit)
        self.amount_edit = QLineEdit(self._amount_text(amount), self)
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setAccessibleName(self.tr("Amount in euros"))
        self.amount_edit.setPlaceholderText(self.tr("for example 4,99"))
        form.addRow(self.tr("&Amount (€):"), self.amount_edit)
        date_row = QHBoxLayout()
        self.dated_check = QCheckBox(self.tr("Dated"), self)
        self.dated_check.setObjectName("datedCheck")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.date_edit.setAccessibleName(self.tr("Date of the line"))
        self.dated_check.setChecked(day is not None)
        self.date_edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
        self.date_edit.setEnabled(day is not None)
        self.dated_check.toggled.connect(self.date_edit.setEnabled)
        date_row.addWidget(self.dated_check)
        date_row.addWidget(self.date_edit, 1)
        form.addRow(self.tr("Date:"), date_row)
        self.merchant_edit = QLineEdit(merchant or "", self)
        self.merchant_edit.setObjectName("merchantEdit")
        self.merchant_edit.setAccessibleName(self.tr("Company"))
        self.merchant_edit.setPlaceholderText(self.tr("the company named on the line, if any"))
        form.addRow(self.tr("&Company:"), self.merchant_edit)
        layout.addLayout(form)
        self.contest_check = QCheckBox(self.tr("I contest this line: I did not ask for it"), self)
        self.contest_check.setObjectName("contestCheck")
        self.contest_check.setChecked(contest)
        layout.addWidget(self.contest_check)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.label_edit.textChanged.connect(self._check)
        self.amount_edit.textChanged.connect(self._check)
        self.setMinimumWidth(max(560, self.fontMetrics().averageCharWidth() * 60))
        self._check()

    def _amount_text(self, amount: Decimal | None) -> str:
        if amount is None:
            return ""
        return format_money(amount, "fr").replace("\u202f", " ").replace("\u00a0", " ").removesuffix(" €")

    def _check(self) -> None:
        amount = read_amount(self.amount_edit.text())
        problem = ""
        if not self.label_edit.text().strip():
            problem = self.tr("Type the description printed on the line.")
        elif amount is None:
            problem = self.tr("Type the amount as printed, for example 4,99.")
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def values(self) -> LineValues:
        amount = read_amount(self.amount_edit.text())
        assert amount is not None, "OK is disabled until the amount reads"
        day = None
        if self.dated_check.isChecked():
            chosen = self.date_edit.date()
            day = date(chosen.year(), chosen.month(), chosen.day())
        return LineValues(
            label=self.label_edit.text().strip(),
            amount=amount,
            day=day,
            merchant=self.merchant_edit.text().strip() or None,
            contest=self.contest_check.isChecked(),
        )
