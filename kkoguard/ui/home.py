"""The home screen: the big "Analyse bills" button, the open cases with what to do next and by when (late
ones first), and how the dossier is protected.

The case list is read off the GUI thread (`read_open_cases`, plain engine code, tested without a window).
A late or urgent step is marked with the warning icon AND the words "Overdue" / "Urgent" (never colour
alone), and the row's accessible description says it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from kkoguard.dossier.deadlines import NextStep, next_step
from kkoguard.dossier.errors import DossierError
from kkoguard.dossier.keys import KeyMode
from kkoguard.dossier.model import CaseStatus
from kkoguard.dossier.store import Dossier
from kkoguard.formatting import format_date, format_money
from kkoguard.ui.forms_generated.ui_home import Ui_HomeScreen
from kkoguard.ui.look import pixmap, scale_font
from kkoguard.ui.tasks import Task, run_task

WAITING_STEPS = frozenset(
    {"cs_wait", "consumer_wait", "mediator_wait_admissibility", "mediator_wait_outcome"}
)
"""Steps where the person waits for an answer: their date is "until", not "do it by"."""


@dataclass(frozen=True)
class CaseRow:
    """One open case as the home screen lists it."""

    case_id: int
    title: str
    claimed: Decimal
    step: NextStep | None
    overdue: bool  # the step's date has passed
    urgent: bool  # the engine says a limit that costs something is near (and it is not overdue yet)

    def sort_key(self) -> tuple[int, date, str, int]:
        """Overdue first, then by the step's date (undated last)."""
        by = self.step.by if self.step is not None and self.step.by is not None else date.max
        return (0 if self.overdue else 1, by, self.title.casefold(), self.case_id)


def read_open_cases(dossier: Dossier, today: date, lang: str) -> list[CaseRow]:
    """Every case not refunded or closed, with its next step, sorted overdue first then by date."""
    rows = []
    for case in dossier.cases():
        if case.status in (CaseStatus.REFUNDED, CaseStatus.CLOSED):
            continue
        step = next_step(dossier.case_file(case.id), today, lang)
        overdue = step is not None and step.by is not None and step.by < today
        urgent = step is not None and step.urgent and not overdue
        rows.append(CaseRow(case.id, case.title, case.claimed, step, overdue, urgent))
    return sorted(rows, key=CaseRow.sort_key)


class CaseRowWidget(QFrame):
    """A case: its title, the next step and its date, a warning when late or urgent, and Open."""

    open_requested = Signal(int)

    def __init__(self, row: CaseRow, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setObjectName(f"caseRow{row.case_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(6)

        self.title = QLabel(row.title)
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        scale_font(self.title, 1.15, bold=True)
        layout.addWidget(self.title, 0, 0, 1, 2)

        self.open_button = QPushButton(self.tr("Open"))  # no mnemonic: one per row would clash
        self.open_button.setObjectName("openCaseButton")
        self.open_button.setMinimumHeight(34)
        self.open_button.setAccessibleName(self.tr("Open the case “{title}”").format(title=row.title))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(row.case_id))
        layout.addWidget(self.open_button, 0, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

        line = 1
        self.flag: QLabel | None = None
        flag_text = self.tr("Overdue") if row.overdue else self.tr("Urgent") if row.urgent else ""
        if flag_text:
            badge = QWidget()
            badge_layout = QHBoxLayout(badge)
            badge_layout.setContentsMargins(0, 0, 0, 0)
            badge_layout.setSpacing(6)
            icon = QLabel()
            icon.setPixmap(pixmap("warning", 20))
            icon.setAccessibleName(self.tr("Warning"))
            self.flag = QLabel(flag_text)
            self.flag.setObjectName("caseFlag")
            scale_font(self.flag, 1.0, bold=True)
            badge_layout.addWidget(icon)
            badge_layout.addWidget(self.flag)
            badge_layout.addStretch(1)
            layout.addWidget(badge, line, 0, 1, 2)
            line += 1

        step = row.step
        self.action = QLabel(step.action if step is not None else "")
        self.action.setObjectName("caseAction")
        self.action.setWordWrap(True)
        self.action.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.action, line, 0, 1, 3)
        line += 1

        self.when = QLabel(self._when_text(step, row.overdue, lang))
        self.when.setObjectName("caseWhen")
        self.when.setVisible(bool(self.when.text()))
        scale_font(self.when, 1.0, bold=True)
        layout.addWidget(self.when, line, 0, 1, 2)
        if row.claimed > 0:
            claimed = QLabel(
                self.tr("Amount claimed: {amount}").format(amount=format_money(row.claimed, lang))
            )
            claimed.setObjectName("caseClaimed")
            layout.addWidget(claimed, line, 2, Qt.AlignmentFlag.AlignRight)
        layout.setColumnStretch(0, 1)

        self.setAccessibleName(row.title)
        description = [flag_text, self.action.text(), self.when.text()]
        self.setAccessibleDescription(" ".join(part for part in description if part))

    def _when_text(self, step: NextStep | None, overdue: bool, lang: str) -> str:
        if step is None or step.by is None:
            return ""
        day = format_date(step.by, lang)
        if overdue:
            return self.tr("Date passed: {date}").format(date=day)
        if step.step in WAITING_STEPS:
            return self.tr("Until {date}").format(date=day)
        return self.tr("To do by {date}").format(date=day)


class HomeScreen(QWidget):
    """The first screen after the dossier opens. `refresh()` re-reads the cases (after the wizard, after
    the dossier view); `loaded(count)` says when the list is on screen."""

    analyse_requested = Signal()
    open_case_requested = Signal(int)
    loaded = Signal(int)

    def __init__(self, dossier: Dossier, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HomeScreen()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic code carries no annotations
        self.dossier = dossier
        self.lang = lang
        self.rows: list[CaseRowWidget] = []
        self._task: Task | None = None
        self._pending = False
        ui = self.ui
        scale_font(ui.analyseButton, 1.3, bold=True)
        scale_font(ui.casesTitle, 1.35, bold=True)
        scale_font(ui.emptyTitle, 1.35, bold=True)
        scale_font(ui.emptyText, 1.1)
        scale_font(ui.analyseHint, 1.05)
        ui.casesLayout.addStretch(1)
        ui.protectionIcon.setPixmap(pixmap("lock", 18))
        ui.protectionIcon.setAccessibleName(self.tr("Encrypted"))
        ui.protectionLabel.setText(self.protection_text())
        ui.analyseButton.clicked.connect(self.analyse_requested)
        ui.retryButton.clicked.connect(self.refresh)
        ui.casesTitle.setVisible(False)
        ui.content.setCurrentWidget(ui.loadingPage)

    def protection_text(self) -> str:
        if self.dossier.mode is KeyMode.PASSPHRASE:
            return self.tr(
                "Your dossier is encrypted on this computer and opens with your passphrase. Keep your "
                "recovery key on paper, somewhere safe."
            )
        return self.tr(
            "Your dossier is encrypted on this computer and opens with this computer's keyring. Keep "
            "your recovery key on paper, somewhere safe."
        )

    def refresh(self) -> None:
        """Read the open cases again (off the GUI thread); the current list stays until the new one is in."""
        if self._task is not None and self._task.running:
            self._pending = True  # read again once this read is done: the dossier changed meanwhile
            return
        if not self.rows:
            self.ui.content.setCurrentWidget(self.ui.loadingPage)
        dossier, today, lang = self.dossier, date.today(), self.lang
        self._task = run_task(
            lambda: read_open_cases(dossier, today, lang), on_done=self._show, on_error=self._failed
        )

    def _again(self) -> bool:
        self._task = None
        if self._pending:
            self._pending = False
            self.refresh()
            return True
        return False

    def _show(self, result: Any) -> None:
        if self._again():
            return
        rows: list[CaseRow] = list(result)
        ui = self.ui
        for widget in self.rows:
            ui.casesLayout.removeWidget(widget)
            widget.deleteLater()
        self.rows = []
        for row in rows:
            widget = CaseRowWidget(row, self.lang, ui.casesContainer)
            widget.open_requested.connect(self.open_case_requested)
            ui.casesLayout.insertWidget(ui.casesLayout.count() - 1, widget)  # before the stretch
            self.rows.append(widget)
        ui.casesTitle.setVisible(bool(rows))
        ui.content.setCurrentWidget(ui.casesPage if rows else ui.emptyPage)
        self.loaded.emit(len(rows))

    def _failed(self, error: BaseException) -> None:
        if self._again():
            return
        if not isinstance(error, DossierError):
            raise error  # unexpected: to the error dialog
        self.ui.errorLabel.setText(error.message(self.lang))
        self.ui.casesTitle.setVisible(False)
        self.ui.content.setCurrentWidget(self.ui.errorPage)
