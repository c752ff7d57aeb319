"""Qt models of the wizard's first pages, Vorta style: a table model with custom roles behind a sort/filter
proxy, both usable (and tested) without any window.

- `ChargesModel`: every charge of the bills read (WizardState.bills()), one row each, with the user's
  "dispute" tick stored in `state.disputed`; an amount read by OCR that is to be checked on the paper bill
  carries a ⚠.
- `ChargesFilterProxy`: "suspicious only" / "all", a text search over label and merchant, and the default
  order: suspicious charges first, then by date.
- `ImportFilesModel`: the files dropped on the import page and what became of each.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kkoguard.bills.model import Bill, Charge, Kind, Origin, Status
from kkoguard.detection.checks import to_check
from kkoguard.detection.duplicates import find_duplicates
from kkoguard.errors import BillError
from kkoguard.formatting import format_date, format_money
from kkoguard.isolation import Outcome
from kkoguard.ocr.images import is_image_path
from kkoguard.report import operator_name
from kkoguard.ui import look
from kkoguard.ui.wizard.state import WizardState

_Index = QModelIndex | QPersistentModelIndex

SuspiciousRole = Qt.ItemDataRole.UserRole + 1
"""bool: the engine found the charge suspicious."""
ChargeRole = Qt.ItemDataRole.UserRole + 2
"""(bill index in state.bills(), charge index in bill.charges): the key of state.disputed."""
SortRole = Qt.ItemDataRole.UserRole + 3
"""The real value of the cell: date, Decimal, str (casefolded), int; what the proxy sorts on."""
ReasonsRole = Qt.ItemDataRole.UserRole + 4
"""list[str]: why the charge is suspicious, in the state's language."""
StatusRole = Qt.ItemDataRole.UserRole + 5
"""ImportFilesModel: the row's FileStatus."""
OutcomeRole = Qt.ItemDataRole.UserRole + 6
"""ImportFilesModel: the row's Outcome, or None."""
ToCheckRole = Qt.ItemDataRole.UserRole + 7
"""bool: the amount was read by OCR and should be checked on the paper bill (detection.checks.to_check)."""

CHECK_MARK = "⚠"
"""Put before an amount to check on the paper bill; the review page's notice names the same sign."""


def standard_icon(which: QStyle.StandardPixmap) -> QIcon:
    """The style's icon (follows the desktop theme); an empty icon when no QApplication runs."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.style().standardIcon(which)
    return QIcon()


def fold_text(text: str) -> str:
    """Lower case without accents, so that "telephone" finds "Téléphone"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def month_text(day: date, lang: str) -> str:
    """'juin 2025' / 'June 2025', from kkoguard.formatting's date wording."""
    return format_date(day.replace(day=2), lang).split(" ", 1)[1]


def bill_month(bill: Bill) -> date | None:
    """The month a bill is about: its period's start, else its date."""
    return bill.period_start or bill.invoice_date or bill.period_end


class Column(enum.IntEnum):
    DISPUTED = 0
    STATUS = 1
    DATE = 2
    AMOUNT = 3
    MERCHANT = 4
    LABEL = 5
    KIND = 6
    BILL = 7


class ChargesModel(QAbstractTableModel):
    """One row per charge of `state.bills()`; the DISPUTED column's check box edits `state.disputed`.

    Suspicious rows carry a warning icon and the word "Suspicious" (STATUS column), bold text, and the
    reasons as tooltip and accessible text: never colour alone. An amount to check (read from a photo or a
    scan, see `detection.checks`) is shown "⚠ 4,50 €" and says why in its tooltip and accessible text.
    Call `reload()` after the state's bills change (the review page does it in initializePage).
    """

    disputed_changed = Signal()

    def __init__(self, state: WizardState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._bills: list[Bill] = []
        self._rows: list[tuple[int, int]] = []
        self.reload()

    # --- data -----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._bills = self.state.bills()
        copies = self.state.duplicates()  # a bill given twice is listed once
        self._rows = [
            (b, c) for b, bill in enumerate(self._bills) if b not in copies for c in range(len(bill.charges))
        ]
        self.endResetModel()

    def refresh(self) -> None:
        """The rows' texts again, after a line was corrected (same rows)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))
        self.disputed_changed.emit()

    def key(self, row: int) -> tuple[int, int]:
        return self._rows[row]

    def bill(self, row: int) -> Bill:
        return self._bills[self._rows[row][0]]

    def charge(self, row: int) -> Charge:
        b, c = self._rows[row]
        return self._bills[b].charges[c]

    def charge_at(self, key: tuple[int, int]) -> Charge:
        return self._bills[key[0]].charges[key[1]]

    def row_of(self, key: tuple[int, int]) -> int:
        return self._rows.index(key)

    def to_check(self, row: int) -> bool:
        """Whether the amount of this row was read by OCR and should be checked on the paper bill."""
        return to_check(self.bill(row), self.charge(row))

    def charge_date(self, row: int) -> date | None:
        """The charge's own date, else the bill's (a monthly plan line has none of its own)."""
        return self.charge(row).date or bill_month(self.bill(row))

    # --- the user's choice ---------------------------------------------------------------------------------

    def set_disputed(self, keys: set[tuple[int, int]]) -> None:
        self.state.disputed = set(keys)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.DISPUTED),
                self.index(len(self._rows) - 1, Column.DISPUTED),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.disputed_changed.emit()

    def dispute_all_suspicious(self) -> None:
        suspicious = {key for row, key in enumerate(self._rows) if self.charge(row).suspicious}
        self.set_disputed(self.state.disputed | suspicious)

    def clear_disputed(self) -> None:
        self.set_disputed(set())

    def disputed_total(self) -> tuple[int, Decimal]:
        """How many charges are disputed and their sum."""
        keys = [key for key in self._rows if key in self.state.disputed and self.charge_at(key).counted]
        total = sum((self._bills[b].charges[c].amount for b, c in keys), Decimal("0.00"))
        return len(keys), total

    # --- Qt model ------------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.DISPUTED: self.tr("Dispute"),
                Column.STATUS: self.tr("Our check"),
                Column.DATE: self.tr("Date"),
                Column.AMOUNT: self.tr("Amount"),
                Column.MERCHANT: self.tr("Company"),
                Column.LABEL: self.tr("Description"),
                Column.KIND: self.tr("Kind"),
                Column.BILL: self.tr("Bill"),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DISPUTED:
                return self.tr("Tick the charges you want refunded")
            if column == Column.STATUS:
                return self.tr("Charges that look like an unwanted paid service are marked “Suspicious”")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == Column.DISPUTED and self.charge(index.row()).counted:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), Column(index.column())
        charge = self.charge(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.FontRole and not charge.counted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.DISPUTED:
            checked = self._rows[row] in self.state.disputed
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS and charge.suspicious:
            return look.icon("warning")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SuspiciousRole:
            return charge.suspicious
        if role == ChargeRole:
            return self._rows[row]
        if role == ReasonsRole:
            return list(charge.reasons)
        if role == ToCheckRole:
            return self.to_check(row)
        if role == SortRole:
            return self.sort_value(row, column)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != Column.DISPUTED:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        key = self._rows[index.row()]
        if checked:
            self.state.disputed.add(key)
        else:
            self.state.disputed.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.disputed_changed.emit()
        return True

    # --- cell contents --------------------------------------------------------------------------------------

    def kind_text(self, kind: Kind | None) -> str:
        if kind is None:
            return ""
        return {
            Kind.INTERNET_PLUS: self.tr("Internet+ purchase"),
            Kind.SMS_PLUS: self.tr("SMS+ service"),
            Kind.GALLERY: self.tr("Operator gallery"),
            Kind.MULTIMEDIA: self.tr("Multimedia purchase"),
            Kind.APP_STORE: self.tr("App store"),
            Kind.PREMIUM_CALL: self.tr("Premium-rate call"),
            Kind.OTHER_THIRD_PARTY: self.tr("Other company"),
        }[kind]

    def bill_text(self, bill: Bill) -> str:
        month = bill_month(bill)
        parts = [month_text(month, self.state.lang) if month else Path(bill.path).name]
        name = operator_name(bill.operator)
        if name:
            parts.append(name)
        return " · ".join(parts)

    def _display(self, row: int, column: Column) -> str | None:
        charge = self.charge(row)
        lang = self.state.lang
        if column == Column.STATUS:
            return self.status_text(charge)
        if column == Column.DATE:
            if charge.date is not None:
                return format_date(charge.date, lang)
            month = bill_month(self.bill(row))  # a plan or option line: the bill's month
            return month_text(month, lang) if month else "—"
        if column == Column.AMOUNT:
            money = format_money(charge.amount, lang)
            return f"{CHECK_MARK} {money}" if self.to_check(row) else money
        if column == Column.MERCHANT:
            return charge.merchant or ""
        if column == Column.LABEL:
            return charge.label
        if column == Column.KIND:
            return self.kind_text(charge.kind)
        if column == Column.BILL:
            return self.bill_text(self.bill(row))
        return None  # DISPUTED: the check box says it

    def status_text(self, charge: Charge) -> str:
        """ "Suspicious", and who says what the line is when it is the person ("added by you")."""
        words = []
        if charge.origin is Origin.NOT_CHARGE:
            return self.tr("Not a charge (you said)")
        if charge.suspicious:
            words.append(self.tr("Suspicious"))
        if charge.origin is Origin.TYPED:
            words.append(self.tr("added by you"))
        elif charge.origin is Origin.EDITED:
            words.append(self.tr("corrected by you"))
        return ", ".join(words)

    def _tooltip(self, row: int) -> str:
        charge = self.charge(row)
        lines = [charge.label, self.tr("Bill: {bill}").format(bill=self.bill_text(self.bill(row)))]
        if charge.suspicious:
            lines += ["", self.tr("Suspicious:")] + [f"• {reason}" for reason in charge.reasons]
        if self.to_check(row):
            lines += ["", f"{CHECK_MARK} {self.check_text()}"]
        return "\n".join(lines)

    def check_text(self) -> str:
        return self.tr("Read from a photo or a scan: check this amount on your paper bill.")

    def _accessible(self, row: int, column: Column) -> str:
        charge = self.charge(row)
        if column == Column.DISPUTED:
            disputed = self._rows[row] in self.state.disputed
            return self.tr("Disputed") if disputed else self.tr("Not disputed")
        if column == Column.STATUS:
            if charge.origin is not Origin.READ:
                return " ".join([self.status_text(charge), *charge.reasons])
            if not charge.suspicious:
                return self.tr("Looks normal")
            return " ".join([self.tr("Suspicious:"), *charge.reasons])
        if column == Column.AMOUNT and self.to_check(row):
            return f"{format_money(charge.amount, self.state.lang)}. {self.check_text()}"
        return self._display(row, column) or ""

    def sort_value(self, row: int, column: Column) -> Any:
        charge = self.charge(row)
        if column == Column.DISPUTED:
            return int(self._rows[row] in self.state.disputed)
        if column == Column.STATUS:
            return int(charge.suspicious)
        if column == Column.DATE:
            return self.charge_date(row) or date.min
        if column == Column.AMOUNT:
            return charge.amount
        if column == Column.MERCHANT:
            return fold_text(charge.merchant or "")
        if column == Column.LABEL:
            return fold_text(charge.label)
        if column == Column.KIND:
            return fold_text(self.kind_text(charge.kind))
        return bill_month(self.bill(row)) or date.min


class ChargesFilterProxy(QSortFilterProxyModel):
    """Filters and sorts a ChargesModel. Sorting on the STATUS column (the default, ascending) puts the
    suspicious charges first, then orders by date; every column breaks ties by date then bill order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._suspicious_only = False
        self._search = ""
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)  # a tick must not make the row jump away under the mouse

    def charges(self) -> ChargesModel:
        model = self.sourceModel()
        assert isinstance(model, ChargesModel)
        return model

    def sort_default(self) -> None:
        self.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)

    @property
    def suspicious_only(self) -> bool:
        return self._suspicious_only

    def set_suspicious_only(self, value: bool) -> None:
        if value != self._suspicious_only:
            self.beginFilterChange()
            self._suspicious_only = value
            self._filter_changed()

    def set_search(self, text: str) -> None:
        folded = fold_text(text.strip())
        if folded != self._search:
            self.beginFilterChange()
            self._search = folded
            self._filter_changed()

    def _filter_changed(self) -> None:
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        if self.sortColumn() >= 0:  # without dynamic sorting, rows let back in would come unsorted
            self.sort(self.sortColumn(), self.sortOrder())

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.charges()
        charge = model.charge(source_row)
        if self._suspicious_only and not charge.suspicious:
            return False
        if self._search:
            haystack = fold_text(" ".join([charge.label, charge.merchant or ""]))
            return all(word in haystack for word in self._search.split())
        return True

    def lessThan(self, source_left: _Index, source_right: _Index) -> bool:
        model = self.charges()
        column = Column(source_left.column())
        left, right = source_left.row(), source_right.row()

        def key(row: int) -> tuple[Any, ...]:
            then = (model.charge_date(row) or date.min, model.key(row))
            if column == Column.STATUS:
                # ascending = suspicious first: the flag is negated so that the dates still go forwards
                return (-model.sort_value(row, column), *then)
            return (model.sort_value(row, column), *then)

        result: bool = key(left) < key(right)
        return result


# --- import page list ---------------------------------------------------------------------------------------


class FileStatus(enum.Enum):
    WAITING = "waiting"
    READING = "reading"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    PAGE = "page"
    """An image read as a later page of a bill given as several images: neither a bill nor a failure."""


@dataclass
class FileRow:
    path: str
    status: FileStatus = FileStatus.WAITING
    outcome: Outcome | None = None
    progress: tuple[int, int] | None = None
    """(page, pages) being read by OCR, while the file is being read."""


class ImportFilesModel(QAbstractTableModel):
    """The files of the import page, in the order they were added: name and what became of it."""

    NAME, RESULT = 0, 1

    def __init__(self, lang: str = "fr", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[FileRow] = []
        self._copies: dict[str, str] = {}

    def add(self, path: str, outcome: Outcome | None = None) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        status = FileStatus.WAITING if outcome is None else self.status_of(outcome)
        self.rows.append(FileRow(path, status, outcome))
        self.endInsertRows()
        return row

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def remove(self, rows: set[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
        self._find_copies()
        if self.rows:
            self.dataChanged.emit(self.index(0, self.RESULT), self.index(len(self.rows) - 1, self.RESULT))

    @staticmethod
    def status_of(outcome: Outcome) -> FileStatus:
        if outcome.bill is not None:
            return FileStatus.DONE
        return FileStatus.PAGE if outcome.part_of is not None else FileStatus.FAILED

    def set_status(self, row: int, status: FileStatus, outcome: Outcome | None = None) -> None:
        self.rows[row].status = status
        if status != FileStatus.READING:
            self.rows[row].progress = None
        if outcome is not None or status in (FileStatus.WAITING, FileStatus.CANCELLED):
            self.rows[row].outcome = outcome
        before = self._copies
        if outcome is not None and outcome.bill is not None:  # only a bill read can repeat another
            self._find_copies()
        if before != self._copies:  # an earlier row may now be shown as the copy
            self.dataChanged.emit(self.index(0, self.RESULT), self.index(len(self.rows) - 1, self.RESULT))
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.RESULT))
        if outcome is not None and outcome.bill is not None and outcome.bill.images:
            self._pages_changed(outcome.path)

    def set_progress(self, row: int, page: int, pages: int) -> None:
        """Page `page` of `pages` of the row's file is being read by OCR (the row is then being read)."""
        file = self.rows[row]
        if file.status not in (FileStatus.WAITING, FileStatus.READING):
            return
        file.status = FileStatus.READING
        file.progress = (page, pages)
        self.dataChanged.emit(self.index(row, self.RESULT), self.index(row, self.RESULT))

    def _pages_changed(self, first: str) -> None:
        """The bill of `first` came after its later pages: their text now says which page they are."""
        for row, file in enumerate(self.rows):
            if file.outcome is not None and file.outcome.part_of == first:
                self.dataChanged.emit(self.index(row, self.RESULT), self.index(row, self.RESULT))

    def remove_with_pages(self, rows: set[int]) -> None:
        """Remove rows, and with a bill made of several images all its rows: a page cannot go alone."""
        bills = {self.rows[row].path for row in rows}
        bills |= {o.part_of for row in rows if (o := self.rows[row].outcome) is not None and o.part_of}
        self.remove(
            {
                row
                for row, file in enumerate(self.rows)
                if row in rows
                or file.path in bills
                or (file.outcome is not None and file.outcome.part_of in bills)
            }
        )

    def count(self, *statuses: FileStatus) -> int:
        return sum(1 for r in self.rows if r.status in statuses)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("File") if section == self.NAME else self.tr("Result")
        return None

    def status_text(self, row: FileRow) -> str:
        if row.status == FileStatus.WAITING:
            return self.tr("Waiting")
        if row.status == FileStatus.READING:
            return self.reading_text(row)
        if row.status == FileStatus.PAGE:
            return self.page_text(row)
        if row.status == FileStatus.CANCELLED:
            return self.tr("Not read (cancelled)")
        outcome = row.outcome
        if row.status == FileStatus.FAILED:
            error = outcome.error if outcome is not None else None
            return error.message(self.lang) if isinstance(error, BillError) else self.tr("Could not be read")
        bill = outcome.bill if outcome is not None else None
        first = self.copy_of(row)
        if first is not None:
            return self.tr("The same bill as “{name}”: counted once").format(name=Path(first).name)
        charges = len(bill.charges) if bill is not None else 0
        suspicious = sum(1 for c in bill.charges if c.suspicious) if bill is not None else 0
        charges_text = (
            self.tr("1 charge") if charges == 1 else self.tr("{count} charges").format(count=charges)
        )
        if suspicious == 0:
            suspicious_text = self.tr("none suspicious")
        elif suspicious == 1:
            suspicious_text = self.tr("1 suspicious")
        else:
            suspicious_text = self.tr("{count} suspicious").format(count=suspicious)
        text = self.tr("{charges}, {suspicious}").format(charges=charges_text, suspicious=suspicious_text)
        reading = self.balance_text(bill)
        return f"{text} — {reading}" if reading else text

    def balance_text(self, bill: Bill | None) -> str:
        """What the reading could not account for, in a few words; "" when the bill adds up."""
        rec = bill.reconciliation if bill is not None else None
        if rec is None or rec.balanced:
            return ""
        if rec.status is Status.NO_TOTAL:
            return self.tr("total not found: check the bill on the next page")
        if rec.difference is not None and rec.difference > 0:
            return self.tr("incomplete reading: {amount} not found").format(
                amount=format_money(rec.difference, self.lang)
            )
        return self.tr("incomplete reading: check the bill on the next page")

    def copy_of(self, row: FileRow) -> str | None:
        """The file of an earlier bill in the list that this row's bill repeats, else None."""
        return self._copies.get(row.path)

    def _find_copies(self) -> None:
        read = [(r.path, r.outcome.bill) for r in self.rows if r.outcome is not None and r.outcome.bill]
        repeats = find_duplicates([bill for _, bill in read])
        self._copies = {read[later][0]: read[first][0] for later, first in repeats.items()}

    def reading_text(self, row: FileRow) -> str:
        """ "Reading…", or for a photo or a scan being read by OCR, which page (it takes seconds a page)."""
        if row.progress is None:
            return self.tr("Reading…")
        page, pages = row.progress
        if is_image_path(row.path):
            if pages <= 1:
                return self.tr("Reading the photo…")
            return self.tr("Reading the photo… page {page} of {pages}").format(page=page, pages=pages)
        if pages <= 1:
            return self.tr("Reading the scan…")
        return self.tr("Reading the scan… page {page} of {pages}").format(page=page, pages=pages)

    def page_text(self, row: FileRow) -> str:
        """ "Page 2 of the bill “2025-10-p1.jpg”": where this image went."""
        first = row.outcome.part_of if row.outcome is not None else None
        name = Path(first).name if first else ""
        bill = next((r.outcome.bill for r in self.rows if r.path == first and r.outcome is not None), None)
        files = [page.file for page in bill.images] if bill is not None else []
        if row.path in files:
            page = files.index(row.path) + 1
            return self.tr("Page {page} of the bill “{name}”").format(page=page, name=name)
        return self.tr("A page of the bill “{name}”").format(name=name)

    def status_icon(self, row: FileRow) -> QIcon:
        bill = row.outcome.bill if row.outcome is not None else None
        if bill is not None:
            incomplete = bill.reconciliation is not None and not bill.reconciliation.balanced
            suspicious = any(c.suspicious for c in bill.charges)
            return look.icon("warning" if suspicious or incomplete else "check")
        pixmap = {
            FileStatus.WAITING: QStyle.StandardPixmap.SP_FileIcon,
            FileStatus.READING: QStyle.StandardPixmap.SP_BrowserReload,
            FileStatus.DONE: QStyle.StandardPixmap.SP_DialogApplyButton,
            FileStatus.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
            FileStatus.CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton,
            FileStatus.PAGE: QStyle.StandardPixmap.SP_FileLinkIcon,
        }[row.status]
        return standard_icon(pixmap)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return Path(row.path).name if index.column() == self.NAME else self.status_text(row)
        if role == Qt.ItemDataRole.DecorationRole:
            if index.column() == self.NAME:
                return standard_icon(QStyle.StandardPixmap.SP_FileIcon)
            return self.status_icon(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.path if index.column() == self.NAME else self.status_text(row)
        if role == StatusRole:
            return row.status
        if role == OutcomeRole:
            return row.outcome
        return None
