"""The home screen: the big "Analyse bills" button, the open cases with what to do next and by when (late
ones first), what is due this week, "Add to my calendar", and how the dossier is protected.

The case list is read off the GUI thread (`read_home`, plain engine code, tested without a window).
A late or urgent step is marked with the warning icon AND the words "Overdue" / "Urgent" (never colour
alone), and the row's accessible description says it too. Every late or urgent card shows its date, and
the heading above the list names the most pressing case and its date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from kkoguard.dossier.agenda import WAITING_STEPS, AgendaItem, agenda_items, step_date, this_week
from kkoguard.dossier.deadlines import NextStep, next_step
from kkoguard.dossier.errors import DossierError
from kkoguard.dossier.keys import KeyMode
from kkoguard.dossier.model import CaseFile, CaseStatus
from kkoguard.dossier.store import Dossier
from kkoguard.formatting import format_date, format_money
from kkoguard.ui.agenda import export_agenda
from kkoguard.ui.forms_generated.ui_home import Ui_HomeScreen
from kkoguard.ui.look import pixmap, scale_font
from kkoguard.ui.tasks import Task, run_task


@dataclass(frozen=True)
class CaseRow:
    """One open case as the home screen lists it."""

    case_id: int
    title: str
    claimed: Decimal
    step: NextStep | None
    overdue: bool  # the step's date has passed
    urgent: bool  # the engine says a limit that costs something is near (and it is not overdue yet)
    due: date | None = None  # the date the card shows: the step's, or for an urgent step the limit's

    def sort_key(self) -> tuple[int, date, str, int]:
        """Overdue first, then by the card's date (undated last)."""
        return (0 if self.overdue else 1, self.due or date.max, self.title.casefold(), self.case_id)


@dataclass(frozen=True)
class HomeReading:
    """What the home screen shows, read in one go off the GUI thread."""

    rows: list[CaseRow]
    week: list[AgendaItem] = field(default_factory=list)  # the next steps dated within the coming week


def _open_files(dossier: Dossier) -> list[CaseFile]:
    return [
        dossier.case_file(case.id)
        for case in dossier.cases()
        if case.status not in (CaseStatus.REFUNDED, CaseStatus.CLOSED)
    ]


def _row(case_file: CaseFile, step: NextStep | None, today: date) -> CaseRow:
    due = None
    if step is not None:
        due = step.by if step.by is not None or not step.urgent else step_date(case_file, step)
    overdue = due is not None and due < today
    urgent = step is not None and step.urgent and not overdue
    case = case_file.case
    return CaseRow(case.id, case.title, case.claimed, step, overdue, urgent, due)


def read_open_cases(dossier: Dossier, today: date, lang: str) -> list[CaseRow]:
    """Every case not refunded or closed, with its next step, sorted overdue first then by date."""
    return read_home(dossier, today, lang).rows


def read_home(dossier: Dossier, today: date, lang: str) -> HomeReading:
    """The open cases (overdue first, then by date) and this week's steps, from one reading of the dossier."""
    files = _open_files(dossier)
    rows = [_row(f, next_step(f, today, lang), today) for f in files]
    return HomeReading(sorted(rows, key=CaseRow.sort_key), this_week(agenda_items(files, today, lang), today))


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

        self.when = QLabel(self._when_text(row, lang))
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

    def _when_text(self, row: CaseRow, lang: str) -> str:
        if row.step is None or row.due is None:
            return ""
        day = format_date(row.due, lang)
        if row.overdue:
            return self.tr("Overdue since {date}").format(date=day)
        if row.step.step in WAITING_STEPS:
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
        ui.agendaButton.clicked.connect(self.add_to_calendar)
        ui.urgentIcon.setPixmap(pixmap("warning", 20))
        ui.urgentIcon.setAccessibleName(self.tr("Warning"))
        scale_font(ui.urgentHeading, 1.1, bold=True)
        scale_font(ui.weekLabel, 1.05)
        ui.casesTitle.setVisible(False)
        ui.agendaButton.setVisible(False)
        ui.urgentBox.setVisible(False)
        ui.weekLabel.setVisible(False)
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
            lambda: read_home(dossier, today, lang), on_done=self._show, on_error=self._failed
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
        assert isinstance(result, HomeReading)
        rows = result.rows
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
        ui.agendaButton.setVisible(bool(rows))
        heading = self.heading_text(rows)
        ui.urgentHeading.setText(heading)
        ui.urgentBox.setVisible(bool(heading))
        ui.urgentBox.setAccessibleName(heading)
        ui.weekLabel.setText(self.week_text(result.week))
        ui.weekLabel.setVisible(bool(result.week))
        ui.content.setCurrentWidget(ui.casesPage if rows else ui.emptyPage)
        self.loaded.emit(len(rows))

    def heading_text(self, rows: list[CaseRow]) -> str:
        """The most pressing late or urgent case and its date, and how many others need attention."""
        pressing = [r for r in rows if (r.overdue or r.urgent) and r.due is not None]
        if not pressing:
            return ""
        first = pressing[0]  # rows come overdue first, then by date
        assert first.due is not None
        day = format_date(first.due, self.lang)
        if first.overdue:
            text = self.tr("A date has passed: “{title}”, overdue since {date}.")
        else:
            text = self.tr("A time limit is near: “{title}”, to do by {date}.")
        text = text.format(title=first.title, date=day)
        others = len(pressing) - 1
        if others == 1:
            text += " " + self.tr("One other case also needs your attention.")
        elif others > 1:
            text += " " + self.tr("{count} other cases also need your attention.").format(count=others)
        return text

    def week_text(self, week: list[AgendaItem]) -> str:
        """ "This week:" then one line per step due in the coming seven days; empty when none is."""
        if not week:
            return ""
        lines = [self.tr("This week:")]
        for item in week:
            assert item.due is not None
            what = item.summary[:1].upper() + item.summary[1:]
            lines.append(
                "• " + self.tr("{date}: {what}").format(date=format_date(item.due, self.lang), what=what)
            )
        return "\n".join(lines)

    def add_to_calendar(self) -> None:
        """Save the next steps as a calendar file (see ui/agenda.py); the button waits until it is done."""
        self.ui.agendaButton.setEnabled(False)
        export_agenda(self, self.dossier, self.lang, on_finished=self._calendar_done)

    def _calendar_done(self, path: Path | None) -> None:
        self.ui.agendaButton.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        if self._again():
            return
        if not isinstance(error, DossierError):
            raise error  # unexpected: to the error dialog
        self.ui.errorLabel.setText(error.message(self.lang))
        self.ui.casesTitle.setVisible(False)
        self.ui.agendaButton.setVisible(False)
        self.ui.content.setCurrentWidget(self.ui.errorPage)
