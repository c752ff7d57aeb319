"""Second wizard page: what was found, per company, then every charge next to the bill it is printed on.

The person ticks the charges to claim (the suspicious ones start ticked). Next saves the bills and the ticks
in the dossier (off the GUI thread) and only then moves on, with `state.case_id` set.

A bill read from a photo or a scan may hold a misread digit: a notice says so and the amounts to check on the
paper bill carry a ⚠ (detection.checks decides which).
"""

from __future__ import annotations

import html
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizardPage,
)

from kkoguard.bills.model import BBox, Bill, Origin, Status
from kkoguard.bills.reconcile import TOLERANCE
from kkoguard.detection import corrections
from kkoguard.detection.checks import to_check
from kkoguard.detection.summary import Interval, MerchantSummary
from kkoguard.detection.sweep import recount
from kkoguard.dossier.errors import DossierError
from kkoguard.dossier.importing import StoredBill, already_stored, save_bills
from kkoguard.dossier.model import Case
from kkoguard.formatting import format_date, format_money
from kkoguard.report import operator_name
from kkoguard.ui import look
from kkoguard.ui.charge_dialog import ChargeDialog
from kkoguard.ui.forms_generated.ui_review_page import Ui_ReviewPage
from kkoguard.ui.models import CHECK_MARK, ChargesFilterProxy, ChargesModel, Column, bill_month, month_text
from kkoguard.ui.pdf_page import BillPageView
from kkoguard.ui.tasks import run_task
from kkoguard.ui.wizard.state import WizardState


def pick_case(results: Sequence[tuple[int, bool]], cases: dict[int, Case]) -> tuple[int, list[int]]:
    """The case the wizard goes on with (the most money disputed; the first bill's on a tie) and the
    others that save_bills made or used (bills of several lines or operators)."""
    ids = list(dict.fromkeys(case_id for case_id, _ in results))

    def claimed(case_id: int) -> Decimal:
        case = cases.get(case_id)
        return case.claimed if case is not None else Decimal("0.00")

    best = max(ids, key=lambda case_id: (claimed(case_id), -ids.index(case_id)))
    return best, [case_id for case_id in ids if case_id != best]


class ReviewPage(QWizardPage):
    """Per-merchant summary, charges table (ChargesModel behind ChargesFilterProxy) and BillPageView.

    Public for the wizard and tests: `model`, `proxy`, `page_view`, `saving` (a save is under way),
    `summary_lines()` (the per-company sentences shown at the top) and `ocr_notice()` (the sentence about
    bills read from a photo or a scan, "" when there are none).
    """

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui = Ui_ReviewPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic's generated code carries no annotations

        self.model = ChargesModel(state, self)
        self.proxy = ChargesFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.chargesView
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        for column in Column:
            mode = QHeaderView.ResizeMode.ResizeToContents
            if column == Column.LABEL:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        header.setMinimumSectionSize(60)
        # the reasons (tooltip) say the kind in words, the date column says the month of undated lines
        view.setColumnHidden(Column.KIND, True)
        view.setColumnHidden(Column.BILL, True)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), view)
        toggle.setContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(self._toggle_current)

        self.page_view = BillPageView(self.ui.pagePanel)
        self.page_view.setObjectName("billPageView")
        self.ui.pagePanelLayout.addWidget(self.page_view)
        self.ui.splitter.setStretchFactor(0, 11)
        self.ui.splitter.setStretchFactor(1, 9)

        self.ui.filterCombo.addItem(self.tr("Suspicious charges"), True)
        self.ui.filterCombo.addItem(self.tr("All charges"), False)
        self.ui.filterCombo.currentIndexChanged.connect(self._filter_changed)
        self.ui.searchEdit.textChanged.connect(self.proxy.set_search)
        self.ui.searchEdit.installEventFilter(self)  # Enter there must not press the wizard's Next
        self.ui.disputeAllButton.clicked.connect(self.model.dispute_all_suspicious)
        self.ui.clearButton.clicked.connect(self.model.clear_disputed)
        self.model.disputed_changed.connect(self._update_total)
        self.ui.failedButton.toggled.connect(self._show_failed)

        self.ui.busyBar.hide()
        self.ui.statusLabel.hide()
        self.ui.statusIcon.setPixmap(look.pixmap("warning", 20))
        self.ui.statusIcon.hide()
        self.ui.statusIcon.setAccessibleName(self.tr("Warning"))
        self.ui.ocrIcon.setPixmap(look.pixmap("warning", 20))
        self.ui.ocrIcon.setAccessibleName(self.tr("Warning"))
        self.ui.ocrNotice.hide()
        self.ui.summaryLabel.setAccessibleName(self.tr("Summary of the suspicious charges"))
        self._saving = False
        self._saved = False
        self._stored: dict[int, StoredBill] = {}  # bills the dossier already has (checked off-thread)
        self._reading_box = False  # the words of a drawn box are being read
        self.line_dialog: ChargeDialog | None = None
        self._build_reading_notice()
        self._build_correction_buttons()
        self.page_view.box_drawn.connect(self._box_drawn)
        self.page_view.drawing_changed.connect(self._drawing_changed)

    def _build_reading_notice(self) -> None:
        """Under the summary: which bills are not fully accounted for, and the copies counted once."""
        self.reading_notice = QFrame(self)
        self.reading_notice.setObjectName("readingNotice")
        self.reading_notice.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self.reading_notice)
        self.reading_icon = QLabel(self.reading_notice)
        self.reading_icon.setPixmap(look.pixmap("warning", 20))
        self.reading_icon.setAccessibleName(self.tr("Warning"))
        self.reading_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.reading_label = QLabel(self.reading_notice)
        self.reading_label.setObjectName("readingLabel")
        self.reading_label.setWordWrap(True)
        self.reading_label.setTextFormat(Qt.TextFormat.RichText)
        self.reading_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.reading_label.linkActivated.connect(self._link_activated)
        layout.addWidget(self.reading_icon)
        layout.addWidget(self.reading_label, 1)
        layout.setContentsMargins(6, 4, 6, 4)
        page_layout = self.ui.pageLayout
        page_layout.insertWidget(page_layout.indexOf(self.ui.ocrNotice) + 1, self.reading_notice)
        for index in range(page_layout.count()):
            page_layout.setStretch(index, 0)
        page_layout.setStretchFactor(self.ui.splitter, 1)
        self.reading_notice.hide()

    def _build_correction_buttons(self) -> None:
        """Under the table: add a line the reading missed, correct one, say one is not a charge."""
        row = QHBoxLayout()
        self.add_line_button = QPushButton(self.tr("Add a missed line…"), self)
        self.add_line_button.setObjectName("addLineButton")
        self.add_line_button.setToolTip(
            self.tr("Draw a box round a line of the bill that is missing from the list, or click on it")
        )
        self.edit_line_button = QPushButton(self.tr("Correct…"), self)
        self.edit_line_button.setObjectName("editLineButton")
        self.edit_line_button.setToolTip(
            self.tr("Correct the amount, the date or the company of the selected line")
        )
        self.not_charge_button = QPushButton(self.tr("Not a charge"), self)
        self.not_charge_button.setObjectName("notChargeButton")
        self.not_charge_button.setCheckable(True)
        self.not_charge_button.setToolTip(
            self.tr("This line is not something you pay (a subtotal, a reminder): it is left out of the sums")
        )
        row.addWidget(self.add_line_button)
        row.addWidget(self.edit_line_button)
        row.addWidget(self.not_charge_button)
        row.addStretch(1)
        layout = self.ui.chargesLayout
        layout.insertLayout(layout.indexOf(self.ui.chargesView) + 1, row)
        for index in range(layout.count()):
            layout.setStretch(index, 0)
        layout.setStretchFactor(self.ui.chargesView, 3)
        layout.setStretchFactor(self.ui.detailsScroll, 2)
        self.add_line_button.clicked.connect(self.start_adding)
        self.edit_line_button.clicked.connect(self.edit_current)
        self.not_charge_button.clicked.connect(self._not_charge_clicked)
        self._update_line_buttons()

    # --- public ---------------------------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self._saving

    def summary_lines(self) -> list[str]:
        summary = self.state.summary
        if summary is None:
            return []
        return [self.merchant_line(merchant) for merchant in summary.merchants]

    def ocr_notice(self) -> str:
        bills = [bill for bill in self.state.bills() if bill.source == "ocr"]
        if not bills:
            return ""
        if any(to_check(bill, charge) for bill in bills for charge in bill.charges):
            return self.tr(
                "Read from a photo or a scan: check the amounts marked {mark} on your paper bill before you "
                "claim them."
            ).format(mark=CHECK_MARK)
        return self.tr(
            "Read from a photo or a scan: the amounts look right, but compare them with your paper bill "
            "before you claim them."
        )

    def incomplete_bills(self) -> list[int]:
        """Indexes in state.bills() of the bills (counted once) whose reading does not add up to their
        printed total, or whose total was not found: the person should look at them first."""
        copies = self.state.duplicates()
        return [
            index
            for index, bill in enumerate(self.state.bills())
            if index not in copies
            and bill.reconciliation is not None
            and bill.reconciliation.status is not Status.BALANCED
        ]

    def bill_name(self, bill: Bill) -> str:
        """ "the bill of March 2026 (Orange)", or its file name when its month is not known."""
        month = bill_month(bill)
        name = operator_name(bill.operator)
        if month is None:
            return self.tr("the bill “{file}”").format(file=Path(bill.path).name)
        if name:
            return self.tr("the {operator} bill of {month}").format(
                operator=name, month=month_text(month, self.state.lang)
            )
        return self.tr("the bill of {month}").format(month=month_text(month, self.state.lang))

    def reading_lines(self) -> list[str]:
        """Plain sentences about what could not be accounted for, incomplete bills first."""
        bills = self.state.bills()
        lang = self.state.lang
        lines = []
        for index in self.incomplete_bills():
            bill = bills[index]
            rec = bill.reconciliation
            assert rec is not None
            name = self.bill_name(bill)
            if rec.status is Status.NO_TOTAL:
                lines.append(
                    self.tr(
                        "We did not find the total of {bill}, so we cannot tell whether every line was read: "
                        "look at the page and add any line missing from the list."
                    ).format(bill=name)
                )
            elif rec.difference is not None and rec.difference > TOLERANCE:
                lines.append(
                    self.tr(
                        "We could not find {amount} of {bill}: look at the page and add the missed lines."
                    ).format(amount=format_money(rec.difference, lang), bill=name)
                )
            elif rec.difference is not None and rec.difference < -TOLERANCE:
                lines.append(
                    self.tr(
                        "The lines found come to {amount} more than the total of {bill}: a line may have "
                        "been counted twice. Look at the page and mark it “Not a charge”."
                    ).format(amount=format_money(-rec.difference, lang), bill=name)
                )
            else:
                mentions = ", ".join(f"“{m}”" for m in rec.unexplained[:3])
                lines.append(
                    self.tr(
                        "{bill} mentions {names} but we could not tie it to an amount: look at the page and "
                        "add the line if it is missing."
                    ).format(bill=name[:1].upper() + name[1:], names=mentions)
                )
        for later, first in sorted(self.state.duplicates().items()):
            lines.append(
                self.tr("“{copy}” is the same bill as “{first}”: it is counted once.").format(
                    copy=Path(bills[later].path).name, first=Path(bills[first].path).name
                )
            )
        for index, stored in sorted(self._stored.items()):
            if index in self.state.duplicates():
                continue
            lines.append(
                self.tr(
                    "“{file}” is already in your dossier (imported on {day}): already imported, it will not "
                    "be claimed twice."
                ).format(file=Path(bills[index].path).name, day=format_date(stored.added_on, lang))
            )
            if stored.corrected():
                lines.append(
                    self.tr(
                        "The lines you added or corrected on “{file}” are shown as you left them."
                    ).format(file=Path(bills[index].path).name)
                )
        return lines

    def merchant_line(self, m: MerchantSummary) -> str:
        """ "KKO Store: €64.87 taken since 3 March 2026, every week (11 charges)", in the state's language."""
        lang = self.state.lang
        values: dict[str, Any] = {
            "merchant": m.merchant,
            "total": format_money(m.total, lang),
            "count": m.count,
            "first": format_date(m.first_date, lang) if m.first_date else "",
        }
        if m.first_date is None:
            if m.count == 1:
                return self.tr("{merchant}: {total} (1 charge)").format(**values)
            return self.tr("{merchant}: {total} ({count} charges)").format(**values)
        if m.interval == Interval.WEEKLY:
            return self.tr("{merchant}: {total} taken since {first}, every week ({count} charges)").format(
                **values
            )
        if m.interval == Interval.MONTHLY:
            return self.tr("{merchant}: {total} taken since {first}, every month ({count} charges)").format(
                **values
            )
        if m.count == 1:
            return self.tr("{merchant}: {total} taken on {first}").format(**values)
        return self.tr("{merchant}: {total} taken since {first} ({count} charges)").format(**values)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.proxy.rowCount() > 0:  # Enter in the search goes to the first charge found
                self.select_row(0)
                self.ui.chargesView.setFocus()
            return True
        return super().eventFilter(watched, event)

    # --- QWizardPage --------------------------------------------------------------------------------------

    def initializePage(self) -> None:
        self._saved = False
        self._set_busy(False)
        self._say("")
        self.model.reload()
        has_suspicious = any(c.suspicious for bill in self.state.bills() for c in bill.charges)
        self.ui.filterCombo.setCurrentIndex(0 if has_suspicious else 1)
        self.proxy.set_suspicious_only(has_suspicious)
        self.ui.searchEdit.clear()
        self.ui.chargesView.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)
        self.ui.disputeAllButton.setEnabled(has_suspicious)
        self._stored = {}
        self.page_view.set_drawing(False)
        self._fill_summary()
        self._fill_failed()
        self._fill_ocr_notice()
        self._fill_reading()
        self._update_total()
        self.page_view.clear()
        self._show_details(None)
        incomplete = self.incomplete_bills()
        if incomplete:  # the bill that does not add up comes first: the person should look at it
            self.show_bill(incomplete[0])
        elif self.proxy.rowCount() > 0:
            self.select_row(0)
        elif self.state.bills():
            self.page_view.set_bill(self.state.bills()[0])
        self.page_view.prepare(self.state.bills())  # after the bill shown first, whose picture comes first
        self._check_stored()

    def isComplete(self) -> bool:
        return not self._saving and bool(self.state.bills())

    def validatePage(self) -> bool:
        if self._saved:  # the save finished and called next(): let the wizard move on
            self._saved = False
            return True
        if self._saving:
            return False
        count, _ = self.model.disputed_total()
        if count == 0:
            answer = QMessageBox.question(
                self,
                self.tr("Nothing ticked"),
                self.tr(
                    "You have not ticked any charge, so there will be nothing to claim. Your bills will "
                    "still be kept in your dossier.\n\nContinue anyway?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._start_saving()
        return False

    # --- table and page -------------------------------------------------------------------------------------

    def select_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, Column.DISPUTED)
        self.ui.chargesView.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.chargesView.scrollTo(index)

    def _current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        if not current.isValid():
            return
        row = self.proxy.mapToSource(current).row()
        self.page_view.show_charge(self.model.bill(row), self.model.charge(row))
        self._show_details(row)
        self._update_line_buttons()

    def _show_details(self, row: int | None) -> None:
        """The selected charge in full under the table: its label, amount, date, and why it is suspicious."""
        if row is None:
            self.ui.detailsLabel.setText("")
            return
        charge = self.model.charge(row)
        lang = self.state.lang
        facts = [format_money(charge.amount, lang)]
        if charge.date is not None:
            facts.append(format_date(charge.date, lang))
        facts.append(self.model.bill_text(self.model.bill(row)))
        parts = [f"<b>{html.escape(charge.label)}</b><br>{html.escape(' · '.join(facts))}"]
        reasons = "".join(f"<li>{html.escape(reason)}</li>" for reason in charge.reasons)
        if charge.suspicious:
            why = html.escape(self.tr("Why it looks suspicious:"))
            parts.append(f"{why}<ul style='margin-left: 0px'>{reasons}</ul>")
        else:
            parts.append(html.escape(self.tr("Nothing suspicious about this line.")))
            if reasons:  # an amount read by OCR, to check on the paper bill
                parts.append(f"<ul style='margin-left: 0px'>{reasons}</ul>")
        self.ui.detailsLabel.setText("<br>".join(parts))

    def _toggle_current(self) -> None:
        current = self.ui.chargesView.currentIndex()
        if not current.isValid():
            return
        index = self.proxy.index(current.row(), Column.DISPUTED)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        self.proxy.setData(index, new, Qt.ItemDataRole.CheckStateRole)

    def _filter_changed(self, _index: int) -> None:
        self.proxy.set_suspicious_only(bool(self.ui.filterCombo.currentData()))

    def _show_failed(self, shown: bool) -> None:
        self.ui.failedLabel.setVisible(shown)
        self.ui.failedButton.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # --- the person's corrections -------------------------------------------------------------------------

    def show_bill(self, index: int) -> None:
        """Show bill `index` of state.bills(): its first listed line selected, else its first page."""
        self.ui.filterCombo.setCurrentIndex(1)  # all charges: the missed lines are rarely suspicious ones
        bill = self.state.bills()[index]
        for proxy_row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
            if self.model.key(source)[0] == index:
                self.select_row(proxy_row)
                return
        self.page_view.set_bill(bill)

    def current_key(self) -> tuple[int, int] | None:
        """(bill index, charge index) of the selected line, or None."""
        current = self.ui.chargesView.currentIndex()
        if not current.isValid():
            return None
        return self.model.key(self.proxy.mapToSource(current).row())

    def start_adding(self) -> None:
        """Drawing mode on the bill shown (or the first that does not add up): the person draws a box round
        the missed line, or clicks it; Escape cancels."""
        if self.page_view.bill() is None:
            incomplete = self.incomplete_bills()
            if incomplete:
                self.show_bill(incomplete[0])
            elif self.state.bills():
                self.page_view.set_bill(self.state.bills()[0])
        if self.page_view.bill() is None:
            return
        self.page_view.set_drawing(True)

    def _drawing_changed(self, drawing: bool) -> None:
        self.add_line_button.setEnabled(not drawing and not self._reading_box)
        if drawing:
            self._say(
                self.tr(
                    "On the bill, draw a box round the missing line with the mouse, or click on it. "
                    "Press Escape to cancel."
                )
            )
        elif not self._reading_box:
            self._say("")

    def _box_drawn(self, page: int, bbox: BBox) -> None:
        bill = self.page_view.bill()
        if bill is None:
            return
        lang = self.state.lang
        self._reading_box = True
        self.add_line_button.setEnabled(False)
        self._say(self.tr("Reading the line…"))
        self.ui.busyBar.show()

        def work() -> corrections.Proposal:
            return corrections.propose(bill, page, bbox, lang)

        run_task(
            work,
            on_done=lambda proposal: self._proposal_ready(bill, proposal),
            on_error=lambda _error: self._proposal_ready(
                bill, corrections.Proposal(page, bbox, "", "", None, None, None)
            ),
            owner=self.reading_label,
        )

    def _proposal_ready(self, bill: Bill, proposal: corrections.Proposal) -> None:
        self._reading_box = False
        self.ui.busyBar.hide()
        self._say("")
        self.add_line_button.setEnabled(True)
        dialog = ChargeDialog(
            lang=self.state.lang,
            title=self.tr("Add a missed line"),
            label=proposal.label,
            amount=proposal.amount,
            day=proposal.date,
            merchant=proposal.merchant,
            contest=True,
            read_text=proposal.text,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._add_line(bill, proposal, dialog))
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: ChargeDialog) -> None:
        self.line_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(lambda: setattr(self, "line_dialog", None))
        dialog.open()

    def _add_line(self, bill: Bill, proposal: corrections.Proposal, dialog: ChargeDialog) -> None:
        values = dialog.values()
        bills = self.state.bills()
        index = next(i for i, b in enumerate(bills) if b is bill)
        charge = corrections.add_charge(
            bill,
            label=values.label,
            amount=values.amount,
            day=values.day,
            page=proposal.page,
            bbox=proposal.bbox,
            merchant=values.merchant,
            contest=values.contest,
            lang=self.state.lang,
        )
        position = next(i for i, c in enumerate(bill.charges) if c is charge)
        self.state.charge_inserted(index, position)
        if values.contest:
            self.state.disputed.add((index, position))
        self._corrected(select=(index, position), reload=True)

    def edit_current(self) -> None:
        key = self.current_key()
        if key is None:
            return
        bill = self.state.bills()[key[0]]
        charge = bill.charges[key[1]]
        dialog = ChargeDialog(
            lang=self.state.lang,
            title=self.tr("Correct this line"),
            label=charge.label,
            amount=charge.amount,
            day=charge.date,
            merchant=charge.merchant,
            contest=key in self.state.disputed,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._edit_line(key, dialog))
        self._open_dialog(dialog)

    def _edit_line(self, key: tuple[int, int], dialog: ChargeDialog) -> None:
        values = dialog.values()
        bill = self.state.bills()[key[0]]
        charge = bill.charges[key[1]]
        corrections.edit_charge(
            bill,
            charge,
            label=values.label,
            amount=values.amount,
            day=values.day,
            merchant=values.merchant,
            contest=values.contest,
            lang=self.state.lang,
        )
        if values.contest:
            self.state.disputed.add(key)
        else:
            self.state.disputed.discard(key)
        self._corrected(select=key)

    def set_not_charge(self, key: tuple[int, int], not_charge: bool) -> None:
        """The line `key` is not a charge (or is one again): shown struck out, left out of the sums."""
        bill = self.state.bills()[key[0]]
        corrections.set_not_charge(bill, bill.charges[key[1]], not_charge, self.state.lang)
        if not_charge:
            self.state.disputed.discard(key)
        self._corrected(select=key)

    def _not_charge_clicked(self, checked: bool) -> None:
        key = self.current_key()
        if key is not None:
            self.set_not_charge(key, checked)

    def _corrected(self, *, select: tuple[int, int], reload: bool = False) -> None:
        """After a correction: the totals, the notices and the table again; the line stays selected."""
        self.state.resummarise()
        if reload:
            self.proxy.set_suspicious_only(False)
            self.ui.filterCombo.setCurrentIndex(1)
            self.model.reload()
        else:
            self.model.refresh()
        self._fill_summary()
        self._fill_reading()
        self._update_total()
        proxy_row = self.proxy.mapFromSource(self.model.index(self.model.row_of(select), 0)).row()
        if proxy_row >= 0:
            self.select_row(proxy_row)
            self._show_details(self.model.row_of(select))
        self.page_view.canvas.update()
        self._update_line_buttons()

    def _update_line_buttons(self) -> None:
        key = self.current_key()
        self.edit_line_button.setEnabled(key is not None)
        self.not_charge_button.setEnabled(key is not None)
        charge = self.model.charge_at(key) if key is not None else None
        self.not_charge_button.setChecked(charge is not None and charge.origin is Origin.NOT_CHARGE)

    def _link_activated(self, link: str) -> None:
        if link.startswith("bill:"):
            self.show_bill(int(link.removeprefix("bill:")))

    def _check_stored(self) -> None:
        """Which bills the dossier already holds, found off the GUI thread; then said in the notice."""
        dossier, bills = self.state.dossier, self.state.bills()
        if not bills:
            return

        def work() -> dict[int, StoredBill]:
            return already_stored(dossier, bills)

        def done(found: dict[int, StoredBill]) -> None:
            if bills == self.state.bills():
                self._stored = found
                self._restore_corrections()
                self._fill_reading()

        run_task(work, on_done=done, on_error=lambda _error: None, owner=self.reading_label)

    def _restore_corrections(self) -> None:
        """A bill imported before and corrected then is shown as the person left it, with their ticks."""
        bills = self.state.bills()
        restored = False
        for index, stored in self._stored.items():
            if not stored.corrected() or index in self.state.duplicates():
                continue
            bill = bills[index]
            bill.charges = stored.charges()
            recount(bill, self.state.lang)
            self.state.disputed = {key for key in self.state.disputed if key[0] != index} | {
                (index, c) for c, record in enumerate(stored.evidence.charges) if record.disputed
            }
            restored = True
        if restored:
            self.state.resummarise()
            self.model.reload()
            self._fill_summary()
            self._update_total()
            self.page_view.canvas.update()

    def _fill_reading(self) -> None:
        lines = self.reading_lines()
        incomplete = set(self.incomplete_bills())
        items = []
        show = html.escape(self.tr("Show this bill"))
        for index, line in zip(sorted(incomplete), lines, strict=False):
            link = f"<a href='bill:{index}'>{show}</a>"
            items.append(f"<li>{html.escape(line)} {link}</li>")
        items += [f"<li>{html.escape(line)}</li>" for line in lines[len(incomplete) :]]
        self.reading_label.setText(f"<ul style='margin-left: 0px; -qt-list-indent: 0'>{''.join(items)}</ul>")
        self.reading_notice.setAccessibleDescription(" ".join(lines))
        self.reading_icon.setVisible(bool(incomplete))
        self.reading_notice.setVisible(bool(lines))

    # --- texts ----------------------------------------------------------------------------------------------

    def _fill_summary(self) -> None:
        summary = self.state.summary
        lines = self.summary_lines()
        if summary is None or not lines:
            text = html.escape(
                self.tr(
                    "Nothing suspicious was found on these bills. If you see a charge you do not "
                    "recognise, choose “All charges” and tick it."
                )
            )
        else:
            heading = self.tr("Suspicious charges in all: {total}").format(
                total=format_money(summary.suspicious_total, self.state.lang)
            )
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            text = f"<p><b>{html.escape(heading)}</b></p><ul style='margin-left: 0px'>{items}</ul>"
        self.ui.summaryLabel.setText(text)

    def _fill_failed(self) -> None:
        failed = [o for o in self.state.outcomes if o.error is not None]
        shown = bool(failed)
        self.ui.failedButton.setVisible(shown)
        self.ui.failedButton.setChecked(False)
        self.ui.failedLabel.setVisible(False)
        if not shown:
            return
        if len(failed) == 1:
            self.ui.failedButton.setText(self.tr("1 file could not be read (show why)"))
        else:
            self.ui.failedButton.setText(
                self.tr("{count} files could not be read (show why)").format(count=len(failed))
            )
        messages = [o.error.message(self.state.lang) for o in failed if o.error is not None]
        self.ui.failedLabel.setText("\n".join(f"• {message}" for message in messages))

    def _fill_ocr_notice(self) -> None:
        text = self.ocr_notice()
        self.ui.ocrLabel.setText(text)
        self.ui.ocrNotice.setAccessibleDescription(text)
        self.ui.ocrNotice.setVisible(bool(text))

    def _update_total(self) -> None:
        count, total = self.model.disputed_total()
        money = format_money(total, self.state.lang)
        if count == 0:
            text = self.tr(
                "Nothing is ticked: there will be nothing to claim. Tick the charges you did not agree to."
            )
        elif count == 1:
            text = self.tr("Ticked: 1 charge, {total} to claim.").format(total=money)
        else:
            text = self.tr("Ticked: {count} charges, {total} to claim.").format(count=count, total=money)
        self.ui.totalLabel.setText(text)
        self.ui.clearButton.setEnabled(count > 0)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._saving = busy
        self.ui.busyBar.setVisible(busy)
        for widget in (
            self.ui.chargesView,
            self.ui.disputeAllButton,
            self.ui.clearButton,
            self.ui.filterCombo,
            self.ui.searchEdit,
        ):
            widget.setEnabled(not busy)
        if busy:
            self._say(message)
        self.completeChanged.emit()

    def _say(self, message: str, *, warning: bool = False) -> None:
        """A sentence under the table; a warning gets the warning icon (and no busy bar)."""
        self.ui.statusLabel.setText(message)
        self.ui.statusLabel.setVisible(bool(message))
        self.ui.statusIcon.setVisible(warning and bool(message))
        self.ui.busyBar.setAccessibleName(message)
        if warning:
            self.ui.busyBar.hide()

    # --- saving ---------------------------------------------------------------------------------------------

    def _start_saving(self) -> None:
        self._set_busy(True, self.tr("Saving your bills in your dossier…"))
        dossier = self.state.dossier
        bills = self.state.bills()
        chosen = set(self.state.disputed)  # a snapshot: the worker thread must not read a set being edited
        positions = {id(bill): position for position, bill in enumerate(bills)}

        def disputed(bill: Bill, index: int) -> bool:
            return (positions[id(bill)], index) in chosen

        def work() -> tuple[list[tuple[int, bool]], dict[int, Case]]:
            results = save_bills(dossier, bills, disputed=disputed)
            return results, {case.id: case for case in dossier.cases()}

        run_task(work, on_done=self._save_done, on_error=self._save_failed)

    def _save_done(self, result: tuple[list[tuple[int, bool]], dict[int, Case]]) -> None:
        results, cases = result
        self._set_busy(False)
        self._say("")
        if not results:
            return
        best, others = pick_case(results, cases)
        self.state.case_id = best
        if others:
            titles = "\n".join(f"• {cases[c].title}" for c in others if c in cases)
            QMessageBox.information(
                self,
                self.tr("One claim for each phone line"),
                self.tr(
                    "Your bills are for {count} different phone lines or operators. Each operator refunds "
                    "the charges of its own lines, so KKO Guard prepares a separate claim for each one.\n\n"
                    "We go on now with “{title}”, where the most money was taken. The others are kept in "
                    "your dossier, ready for when you want to deal with them:\n{others}"
                ).format(
                    count=len(others) + 1, title=cases[best].title if best in cases else "", others=titles
                ),
            )
        self._saved = True
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()
        else:
            self._saved = False

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, DossierError):
            self._say(error.message(self.state.lang), warning=True)
        elif isinstance(error, OSError):
            name = Path(error.filename).name if isinstance(error.filename, str) else ""
            self._say(
                self.tr(
                    "A bill could not be opened again to keep it in your dossier (“{name}”). Put it back "
                    "where it was, or go back and add it again."
                ).format(name=name),
                warning=True,
            )
        else:
            self._say("")
            sys.excepthook(type(error), error, error.__traceback__)
