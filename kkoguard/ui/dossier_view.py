"""The dossier: every case on the left; on the right the selected case, what to do next, and its history.

    view = DossierView(dossier)
    view.back_requested.connect(main_window.show_home)
    view.open_case(case_id)                 # e.g. right after the wizard saved a case

From here the user logs calls and answers, attaches files (button or drag and drop onto the case), records
when a letter was posted and delivered, records refunds, changes the status and exports the case for the
mediator, and prints or saves a kept letter and the bill copies it lists. Every read and write of the
dossier runs on a worker thread (`run_task`); after each change the case is read again, so what is shown
is always what is stored. Engine errors (a file too large…) are shown
in a message at the top of the case, in the user's language.
"""

from __future__ import annotations

import mimetypes
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDropEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QPushButton, QTableView, QWidget

from kkoguard.dossier import store as dossier_store
from kkoguard.dossier.deadlines import NextStep, next_step
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.export import export_case
from kkoguard.dossier.model import CaseFile, CaseStatus, Entry, Evidence, EvidenceKind, Letter, LetterStatus
from kkoguard.dossier.store import Dossier
from kkoguard.formatting import format_date, format_money
from kkoguard.letters.enclosures import has_copies, kind_of
from kkoguard.report import operator_name
from kkoguard.ui import look, printing, settings
from kkoguard.ui.dossier_dialogs import (
    DocumentViewer,
    EntryDialog,
    EntryValues,
    LetterDateDialog,
    RefundDialog,
    RefundValues,
)
from kkoguard.ui.dossier_models import (
    CasesModel,
    DossierWords,
    EvidenceModel,
    LettersModel,
    TimelineModel,
    glyph_icon,
)
from kkoguard.ui.forms_generated.ui_dossier_view import Ui_DossierView
from kkoguard.ui.i18n import current_language
from kkoguard.ui.tasks import Task, run_task

SCREENSHOT_SUFFIXES = frozenset({".png", ".gif", ".bmp", ".webp"})
PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".heic", ".heif", ".tif", ".tiff"})
STATUSES = (CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.MEDIATOR, CaseStatus.REFUNDED, CaseStatus.CLOSED)


def evidence_kind_for(path: Path) -> EvidenceKind:
    """What a dropped or chosen file is: pictures by their extension, anything else a document."""
    suffix = path.suffix.lower()
    if suffix in SCREENSHOT_SUFFIXES:
        return EvidenceKind.SCREENSHOT
    if suffix in PHOTO_SUFFIXES:
        return EvidenceKind.PHOTO
    return EvidenceKind.DOCUMENT


def read_file_for_dossier(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is larger than the dossier takes."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DossierError(DossierErrorCode.NO_SUCH_ITEM, path.name, type(error).__name__) from None
    if size > dossier_store.MAX_FILE_BYTES:
        raise DossierError(DossierErrorCode.TOO_LARGE, path.name)
    try:
        return path.read_bytes()
    except OSError as error:
        raise DossierError(DossierErrorCode.NO_SUCH_ITEM, path.name, type(error).__name__) from None


def alive(widget: QObject) -> bool:
    """The Qt object behind `widget` still exists: a queued answer may arrive after `deleteLater`."""
    return bool(shiboken6.isValid(widget))


def spaced_number(number: str | None) -> str | None:
    """A French phone number as people write it: 07 21 99 09 58."""
    if number and len(number) == 10 and number.isdigit():
        return " ".join(number[i : i + 2] for i in range(0, 10, 2))
    return number


@dataclass(frozen=True)
class CaseView:
    """A case as read on the worker thread: everything stored, and what to do next."""

    case_file: CaseFile
    step: NextStep | None


def read_case(dossier: Dossier, case_id: int, lang: str, today: date | None = None) -> CaseView:
    case_file = dossier.case_file(case_id)
    return CaseView(case_file, next_step(case_file, today or date.today(), lang))


class DossierView(QWidget):
    """The dossier screen (see the module docstring)."""

    back_requested = Signal()
    cases_loaded = Signal()  # the list of cases was read again
    case_shown = Signal(int)  # the right side now shows this case, as just read from the dossier

    def __init__(self, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.lang = current_language()
        self.ui = Ui_DossierView()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic code carries no annotations
        self._words = DossierWords(self)
        self.cases_model = CasesModel(self.lang, self)
        self.timeline_model = TimelineModel(self.lang, self)
        self.evidence_model = EvidenceModel(self.lang, self)
        self.letters_model = LettersModel(self.lang, self)
        self.shown: CaseView | None = None  # the case on the right, as last read
        self._case_id: int | None = None  # the case selected in the list
        self._wanted: int | None = None  # open_case() before the list was read
        self._serial = 0  # the latest case read asked for; older answers are dropped
        self._tasks: set[Task] = set()
        self._writing = 0
        self._selecting = False
        self._printing = False  # a letter or the bill copies are being prepared for the printer or a file
        self._setup()
        self.refresh()

    # --- public -----------------------------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        """Show this case (read the list again first: it may be new)."""
        self._wanted = case_id
        self.refresh()

    def refresh(self) -> None:
        """Read the list of cases and the shown case again."""
        self._run(self.dossier.cases, self._cases_read)

    def busy(self) -> bool:
        """Something is being read or written."""
        return bool(self._tasks)

    # --- set-up -----------------------------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        look.scale_font(ui.caseTitle, 1.5, bold=True)
        look.scale_font(ui.nextAction, 1.1, bold=True)
        ui.casesList.setModel(self.cases_model)
        ui.casesList.selectionModel().currentChanged.connect(self._current_changed)
        for status in STATUSES:
            ui.statusCombo.addItem(glyph_icon(status.value), self._words.status(status), status.value)
        ui.statusCombo.activated.connect(self._status_chosen)
        ui.orderCombo.addItem(self.tr("Newest first"), True)
        ui.orderCombo.addItem(self.tr("Oldest first"), False)
        ui.orderCombo.currentIndexChanged.connect(self._order_chosen)
        self._table(ui.timelineView, self.timeline_model, {TimelineModel.WHO: 150})
        # what happened and its details share the width left by the date and who: at 1024 px neither is
        # squeezed to one word a line, and no sideways scrolling is needed
        timeline_header = ui.timelineView.horizontalHeader()
        for column in (TimelineModel.WHAT, TimelineModel.DETAILS):
            timeline_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        ui.timelineView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._table(ui.evidenceView, self.evidence_model, {EvidenceModel.TITLE: 200})
        self._table(ui.lettersView, self.letters_model, {LettersModel.TITLE: 280})
        # the recipient is in the letter's title ("Réclamation au service clients…"): its column is hidden to
        # leave room for the dates; the row's tooltip and accessible text still say it
        ui.lettersView.setColumnHidden(LettersModel.RECIPIENT, True)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([330, 950])
        self._sized = False  # the list's share is set once the window has its size (`resizeEvent`)
        ui.timelineView.activated.connect(self._timeline_activated)
        ui.evidenceView.activated.connect(lambda _: self._open_evidence())
        ui.lettersView.activated.connect(lambda _: self._open_letter())
        ui.evidenceView.selectionModel().selectionChanged.connect(self._update_actions)
        ui.lettersView.selectionModel().selectionChanged.connect(self._update_actions)

        ui.backButton.clicked.connect(self.back_requested.emit)
        ui.addEntryButton.clicked.connect(self._add_entry)
        ui.attachButton.clicked.connect(self._attach)
        ui.refundButton.clicked.connect(self._mark_refunded)
        ui.exportButton.clicked.connect(self._export)
        ui.openEvidenceButton.clicked.connect(self._open_evidence)
        ui.openLetterButton.clicked.connect(self._open_letter)
        ui.printLetterButton.clicked.connect(self._print_letter)
        ui.saveLetterButton.clicked.connect(self._save_letter)
        ui.printCopiesButton.clicked.connect(self._print_copies)
        ui.saveCopiesButton.clicked.connect(self._save_copies)
        ui.sentButton.clicked.connect(lambda: self._letter_date(LetterDateDialog.POSTED))
        ui.receivedButton.clicked.connect(lambda: self._letter_date(LetterDateDialog.RECEIVED))
        ui.noticeCloseButton.clicked.connect(self._hide_notice)
        ui.noticeActionButton.clicked.connect(self._notice_action_clicked)
        self._notice_action: Callable[[], None] | None = None
        self._hide_notice()

        shortcuts: list[tuple[QKeySequence, QPushButton]] = [
            (QKeySequence("Ctrl+N"), ui.addEntryButton),
            (QKeySequence("Ctrl+J"), ui.attachButton),  # Ctrl+O is the main window's "Analyse bills…"
            (QKeySequence("Ctrl+R"), ui.refundButton),
            (QKeySequence("Ctrl+E"), ui.exportButton),
            (QKeySequence("Alt+Left"), ui.backButton),
            *((keys, ui.backButton) for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Back)),
        ]
        seen: set[str] = set()  # the same keys twice would make both shortcuts ambiguous: neither fires
        for keys, button in shortcuts:
            if keys.isEmpty() or keys.toString() in seen:
                continue
            seen.add(keys.toString())
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(button.click)

        ui.casePanel.setAcceptDrops(True)
        ui.casePanel.installEventFilter(self)
        ui.caseStack.setCurrentWidget(ui.noCasePage)
        self._update_actions()

    def _table(self, view: QTableView, model: Any, widths: dict[int, int]) -> None:
        """Short columns fit their content, long ones start at `widths` and wrap; the last one stretches."""
        view.setModel(model)
        view.verticalHeader().hide()
        # rows as tall as their wrapped text, kept so when the columns or the window change width
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setIconSize(QSize(24, 24))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)

    # --- running work -----------------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """`work` on a worker thread; its answer is dropped when this view was deleted meanwhile (the
        window replaces a stale view with `deleteLater` while a read it started is still running)."""
        holder: list[Task] = []

        def done(result: object) -> None:
            self._tasks.discard(holder[0])
            if alive(self):
                on_done(result)

        def failed(error: BaseException) -> None:
            self._tasks.discard(holder[0])
            if alive(self):
                (on_error or self._failed)(error)

        holder.append(run_task(work, done, failed))
        self._tasks.add(holder[0])  # done/failed arrive later, queued on this thread

    def _write(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None) -> None:
        """A change to the dossier: the actions wait until it is stored, then everything is read again."""
        self._writing += 1
        self._update_actions()

        def done(result: object) -> None:
            self._writing -= 1
            if on_done is not None:
                on_done(result)
            self.refresh()

        def failed(error: BaseException) -> None:
            self._writing -= 1
            self._failed(error)
            self.refresh()

        self._run(work, done, failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DossierError):
            self._show_notice(error.message(self.lang), error=True)
        else:  # not something the user can act on: the app's error dialog (and log)
            sys.excepthook(type(error), error, error.__traceback__)

    # --- reading ----------------------------------------------------------------------------------------

    def _cases_read(self, result: object) -> None:
        assert isinstance(result, list)
        self.cases_model.set_cases(result)
        ui = self.ui
        target = self._wanted if self._wanted is not None else self._case_id
        row = self.cases_model.row_of(target) if target is not None else None
        if row is None and result:
            row = 0  # the newest case, rather than an empty page
        self._wanted = None
        self.cases_loaded.emit()
        if row is None:
            self._case_id = None
            self.shown = None
            ui.noCaseLabel.setText(
                self.tr(
                    "No case yet. Start with “Analyse bills” on the home screen: the bills you analyse are "
                    "kept here."
                )
            )
            ui.caseStack.setCurrentWidget(ui.noCasePage)
            self._update_actions()
            return
        self._selecting = True
        try:
            ui.casesList.setCurrentIndex(self.cases_model.index(row, 0))
        finally:
            self._selecting = False
        case = self.cases_model.case_at(row)
        assert case is not None
        self._load_case(case.id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        case = self.cases_model.case_at(current.row())
        if case is not None and case.id != self._case_id:
            self._hide_notice()
            self._load_case(case.id)

    def _load_case(self, case_id: int) -> None:
        self._case_id = case_id
        self._serial += 1
        serial = self._serial
        lang = self.lang

        def shown(result: object) -> None:
            if serial == self._serial:
                assert isinstance(result, CaseView)
                self._show_case(result)

        self._run(lambda: read_case(self.dossier, case_id, lang), shown)

    def _show_case(self, view: CaseView) -> None:
        self.shown = view
        case = view.case_file.case
        ui = self.ui
        unknown = self.tr("not known")
        ui.caseTitle.setText(case.title)
        ui.operatorValue.setText(operator_name(case.operator) or unknown)
        ui.lineValue.setText(spaced_number(case.line_number) or unknown)
        ui.accountValue.setText(case.account_number or unknown)
        ui.statusCombo.setCurrentIndex(STATUSES.index(case.status))
        remaining = max(case.claimed - case.refunded, Decimal("0.00"))
        ui.claimedValue.setText(format_money(case.claimed, self.lang))
        ui.refundedValue.setText(format_money(case.refunded, self.lang))
        ui.remainingValue.setText(format_money(remaining, self.lang))
        self._show_step(view.step)
        self.timeline_model.set_case_file(view.case_file)
        self.evidence_model.set_evidence(view.case_file.evidence)
        self.letters_model.set_letters(view.case_file.letters)
        ui.tabs.setTabText(ui.tabs.indexOf(ui.timelineTab), self.tr("&Timeline"))
        ui.tabs.setTabText(
            ui.tabs.indexOf(ui.evidenceTab),
            self.tr("&Documents ({count})").format(count=len(view.case_file.evidence)),
        )
        ui.tabs.setTabText(
            ui.tabs.indexOf(ui.lettersTab),
            self.tr("&Letters ({count})").format(count=len(view.case_file.letters)),
        )
        ui.caseStack.setCurrentWidget(ui.casePage)
        ui.casePanel.setAccessibleName(self.tr("Case: {title}").format(title=case.title))
        self._update_actions()
        self.case_shown.emit(case.id)

    def _show_step(self, step: NextStep | None) -> None:
        ui = self.ui
        if step is None:
            ui.nextIcon.setPixmap(look.pixmap("check", 32))
            ui.nextIcon.show()
            ui.nextAction.setText(self.tr("Nothing more to do: this case is settled."))
            ui.nextBy.hide()
            ui.nextWhy.hide()
            ui.nextStepBox.setAccessibleDescription(ui.nextAction.text())
            return
        ui.nextAction.setText(
            self.tr("Urgent: {action}").format(action=step.action) if step.urgent else step.action
        )
        if step.urgent:
            ui.nextIcon.setPixmap(look.pixmap("warning", 32))
            ui.nextIcon.show()
        else:
            ui.nextIcon.clear()
            ui.nextIcon.hide()
        if step.by is not None:
            by = format_date(step.by, self.lang)
            ui.nextBy.setText(
                self.tr("Do it by {date} at the latest.").format(date=by)
                if step.urgent
                else self.tr("By {date}.").format(date=by)
            )
        ui.nextBy.setVisible(step.by is not None)
        ui.nextWhy.setText(step.why)
        ui.nextWhy.setVisible(bool(step.why))
        ui.nextStepBox.setAccessibleDescription(
            " ".join(
                w.text() for w in (ui.nextAction, ui.nextBy, ui.nextWhy) if w.isVisibleTo(ui.nextStepBox)
            )
        )

    def _update_actions(self, *_: object) -> None:
        ui = self.ui
        ready = self.shown is not None and self._writing == 0
        for button in (ui.addEntryButton, ui.attachButton, ui.refundButton, ui.exportButton, ui.statusCombo):
            button.setEnabled(ready)
        evidence = self._selected_evidence()
        ui.openEvidenceButton.setEnabled(evidence is not None and evidence.sha256 is not None)
        letter = self._selected_letter()
        ui.openLetterButton.setEnabled(letter is not None and letter.sha256 is not None)
        idle = self.shown is not None and not self._printing
        ui.printLetterButton.setEnabled(idle and letter is not None and letter.sha256 is not None)
        ui.saveLetterButton.setEnabled(idle and letter is not None and letter.sha256 is not None)
        copies = self.shown is not None and has_copies(self.shown.case_file, self._copies_kind())
        ui.printCopiesButton.setEnabled(idle and copies)
        ui.saveCopiesButton.setEnabled(idle and copies)
        ui.sentButton.setEnabled(ready and letter is not None and letter.status is not LetterStatus.SENT)
        ui.receivedButton.setEnabled(ready and letter is not None and letter.status is LetterStatus.SENT)

    def _selected_evidence(self) -> Evidence | None:
        rows = self.ui.evidenceView.selectionModel().selectedRows()
        return self.evidence_model.evidence_at(rows[0].row()) if rows else None

    def _selected_letter(self) -> Letter | None:
        rows = self.ui.lettersView.selectionModel().selectedRows()
        return self.letters_model.letter_at(rows[0].row()) if rows else None

    def _order_chosen(self, _index: int) -> None:
        self.timeline_model.set_newest_first(bool(self.ui.orderCombo.currentData()))

    # --- the message at the top of the case ---------------------------------------------------------------

    def _show_notice(
        self,
        text: str,
        *,
        error: bool = False,
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        ui = self.ui
        ui.noticeIcon.setPixmap(look.pixmap("warning" if error else "check", 24))
        ui.noticeText.setText(text)
        ui.noticeFrame.setAccessibleName(self.tr("Problem") if error else self.tr("Done"))
        ui.noticeFrame.setAccessibleDescription(text)
        self._notice_action = action[1] if action else None
        ui.noticeActionButton.setText(action[0] if action else "")
        ui.noticeActionButton.setVisible(action is not None)
        ui.noticeFrame.show()

    def _hide_notice(self) -> None:
        self.ui.noticeFrame.hide()
        self.ui.noticeText.clear()
        self._notice_action = None

    def notice(self) -> str:
        """The message shown at the top of the case ("" when none)."""
        return self.ui.noticeText.text() if not self.ui.noticeFrame.isHidden() else ""

    def _notice_action_clicked(self) -> None:
        if self._notice_action is not None:
            self._notice_action()

    # --- actions ----------------------------------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        """Window-modal and non-blocking: `accepted` runs when the user confirms."""
        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _add_entry(self) -> None:
        if self.shown is None:
            return
        dialog = EntryDialog(self.lang, self)
        case_id = self.shown.case_file.case.id
        self._open_dialog(dialog, lambda: self._save_entry(case_id, dialog.values()))

    def _save_entry(self, case_id: int, values: EntryValues) -> None:
        dossier = self.dossier

        def work() -> object:
            attachment = None
            if values.attachment is not None:
                attachment = (values.attachment.name, read_file_for_dossier(values.attachment))
            return dossier.add_entry(
                case_id,
                on=values.on,
                channel=values.channel,
                direction=values.direction,
                party=values.party,
                who=values.who,
                summary=values.summary,
                attachment=attachment,
            )

        self._write(work, lambda _: self._show_notice(self.tr("Added to the case's timeline.")))

    def _attach(self) -> None:
        if self.shown is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the files to add to the case"),
            settings.last_folder(),
            self.tr("Photos and documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.heic);;")
            + self.tr("All files (*)"),
        )
        if paths:
            settings.remember_folder(paths[0])
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Store these files as evidence of the shown case (what a drop or "Attach a file" does)."""
        if self.shown is None or not paths:
            return
        case_id = self.shown.case_file.case.id
        dossier = self.dossier

        def work() -> list[tuple[str, bool | BaseException]]:
            results: list[tuple[str, bool | BaseException]] = []
            for path in paths:
                try:
                    if path.is_dir():
                        raise IsADirectoryError(path.name)
                    data = read_file_for_dossier(path)
                    _, new = dossier.add_file(
                        case_id,
                        data,
                        filename=path.name,
                        kind=evidence_kind_for(path),
                        media_type=mimetypes.guess_type(path.name)[0],
                    )
                    results.append((path.name, new))
                except (DossierError, IsADirectoryError) as error:
                    results.append((path.name, error))
            return results

        self._write(work, self._files_added)

    def _files_added(self, result: object) -> None:
        assert isinstance(result, list)
        added = [name for name, outcome in result if outcome is True]
        lines = []
        if len(added) == 1:
            lines.append(self.tr("“{name}” was added to the case.").format(name=added[0]))
        elif added:
            lines.append(self.tr("{count} files were added to the case.").format(count=len(added)))
        problem = False
        for name, outcome in result:
            if outcome is False:
                lines.append(self.tr("“{name}” was already in the case.").format(name=name))
            elif isinstance(outcome, DossierError):
                problem = True
                lines.append(outcome.message(self.lang))
            elif isinstance(outcome, IsADirectoryError):
                problem = True
                lines.append(self.tr("“{name}” is a folder: add the files inside it.").format(name=name))
        if lines:
            self._show_notice("\n".join(lines), error=problem)

    def _mark_refunded(self) -> None:
        if self.shown is None:
            return
        case = self.shown.case_file.case
        dialog = RefundDialog(self.lang, self, claimed=case.claimed, refunded=case.refunded)
        self._open_dialog(dialog, lambda: self._save_refund(case.id, dialog.values()))

    def _save_refund(self, case_id: int, values: RefundValues) -> None:
        dossier = self.dossier

        def work() -> bool:
            dossier.add_refund(case_id, on=values.on, amount=values.amount, how=values.how)
            case = dossier.case(case_id)
            settled = values.settled or (case.claimed > 0 and case.refunded >= case.claimed)
            if settled and case.status is not CaseStatus.REFUNDED:
                dossier.set_status(case_id, CaseStatus.REFUNDED, on=values.on)
            return settled

        def done(result: object) -> None:
            text = self.tr("Refund of {amount} recorded.").format(
                amount=format_money(values.amount, self.lang)
            )
            if result:
                text += " " + self.tr("The case is marked as refunded.")
            self._show_notice(text)

        self._write(work, done)

    def _status_chosen(self, index: int) -> None:
        if self.shown is None:
            return
        status = CaseStatus(self.ui.statusCombo.itemData(index))
        case = self.shown.case_file.case
        if status is case.status:
            return
        dossier = self.dossier
        self._write(lambda: dossier.set_status(case.id, status))

    def _export(self) -> None:
        if self.shown is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to put the copy of the case"), settings.last_folder()
        )
        if not folder:
            return
        settings.remember_folder(folder)
        case_id = self.shown.case_file.case.id
        step = self.shown.step
        steps = [(step.action, step.by)] if step is not None else []
        dossier = self.dossier
        self._write(
            lambda: export_case(
                dossier, case_id, Path(folder), today=date.today(), as_zip=False, next_steps=steps
            ),
            self._exported,
        )

    def _exported(self, result: object) -> None:
        assert isinstance(result, Path)
        path = result

        def open_folder() -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self._show_notice(
            self.tr(
                "The case was copied to the folder “{path}”: a summary (“00 Résumé du dossier.pdf”)"
                " and every document. Send these files to the mediator with your referral."
            ).format(path=str(path)),
            action=(self.tr("Open the folde&r"), open_folder),
        )

    def _letter_date(self, mode: str) -> None:
        letter = self._selected_letter()
        if letter is None:
            return
        dialog = LetterDateDialog(letter, mode, self.lang, self)
        dossier = self.dossier

        def accepted() -> None:
            values = dialog.values()
            if mode == LetterDateDialog.POSTED:
                self._write(
                    lambda: dossier.update_letter(
                        letter.id, sent_on=values.on, tracking_number=values.tracking_number
                    )
                )
            else:
                self._write(lambda: dossier.update_letter(letter.id, received_on=values.on))

        self._open_dialog(dialog, accepted)

    # --- printing and saving ----------------------------------------------------------------------------

    def _copies_kind(self) -> str:
        """The letter the copies go with: the one selected, else the refund request."""
        letter = self._selected_letter()
        return kind_of(letter.kind) if letter is not None else "refund"

    def _print_started(self) -> None:
        self._printing = True
        self._update_actions()

    def _print_ended(self, text: str = "") -> None:
        self._printing = False
        self._update_actions()
        if text:
            self._show_notice(text)

    def _print_failed(self, error: BaseException) -> None:
        self._print_ended()
        self._failed(error)

    def _print_letter(self) -> None:
        letter = self._selected_letter()
        if letter is None or letter.sha256 is None or self._printing:
            return
        dossier = self.dossier

        def done(printed: bool) -> None:
            self._print_ended(self.tr("The letter was sent to the printer.") if printed else "")
            if printed and letter.status is LetterStatus.DRAFT:
                self._write(lambda: dossier.update_letter(letter.id, status=LetterStatus.PRINTED))

        self._print_started()
        printing.print_later(
            printing.blob_work(dossier, letter.sha256),
            self,
            title=letter.title,
            done=done,
            failed=self._print_failed,
        )

    def _save_letter(self) -> None:
        letter = self._selected_letter()
        if letter is None or letter.sha256 is None or self._printing:
            return

        def done(path: Path | None) -> None:
            self._print_ended(self.tr("Saved in {path}.").format(path=str(path)) if path else "")

        self._print_started()
        printing.save_later(
            printing.blob_work(self.dossier, letter.sha256),
            self,
            printing.file_name(letter.title),
            done=done,
            failed=self._print_failed,
        )

    def _print_copies(self) -> None:
        if self.shown is None or self._printing:
            return
        work = printing.copies_work(self.dossier, self.shown.case_file.case.id, kind=self._copies_kind())

        def done(printed: bool) -> None:
            self._print_ended(
                self.tr("The bill copies were sent to the printer: put them in the envelope with the letter.")
                if printed
                else ""
            )

        self._print_started()
        title = self.tr("Bill copies")
        printing.print_later(work, self, title=title, done=done, failed=self._print_failed)

    def _save_copies(self) -> None:
        if self.shown is None or self._printing:
            return
        work = printing.copies_work(self.dossier, self.shown.case_file.case.id, kind=self._copies_kind())

        def done(path: Path | None) -> None:
            self._print_ended(self.tr("Saved in {path}.").format(path=str(path)) if path else "")

        self._print_started()
        printing.save_later(work, self, printing.copies_file_name(), done=done, failed=self._print_failed)

    # --- looking at stored files ------------------------------------------------------------------------

    def _show_blob(self, sha256: str, title: str, filename: str, media_type: str | None) -> None:
        dossier = self.dossier

        def show(data: object) -> None:
            assert isinstance(data, bytes)
            viewer = DocumentViewer(data, title, filename=filename, media_type=media_type, parent=self)
            viewer.show()

        self._run(lambda: dossier.blob(sha256), show)

    def _open_letter(self, letter: Letter | None = None) -> None:
        letter = letter or self._selected_letter()
        if letter is not None and letter.sha256:
            name = "".join("-" if c in '/\\:*?"<>|' else c for c in letter.title).strip() or "courrier"
            self._show_blob(letter.sha256, letter.title, f"{name}.pdf", "application/pdf")

    def _open_evidence(self, evidence: Evidence | None = None) -> None:
        evidence = evidence or self._selected_evidence()
        if evidence is not None and evidence.sha256:
            name = evidence.filename or evidence.title
            self._show_blob(evidence.sha256, evidence.title, name, evidence.media_type)

    def _timeline_activated(self, index: QModelIndex) -> None:
        event = self.timeline_model.event_at(index.row())
        if event is None:
            return
        item = event.item
        if isinstance(item, Letter):
            self._open_letter(item)
        elif isinstance(item, Evidence):
            self._open_evidence(item)
        elif isinstance(item, Entry) and item.attachment_sha256:
            name = item.attachment_name or self.tr("Attached file")
            self._show_blob(item.attachment_sha256, name, name, mimetypes.guess_type(name)[0])

    # --- events -----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.casePanel and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            assert isinstance(event, QDropEvent)  # drag enter and move events are drop events too
            paths = self._dropped_paths(event)
            if not paths or self.shown is None or self._writing:
                event.ignore()
                return True
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.add_files(paths)
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _dropped_paths(event: QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._sized and event.size().width() > 0:
            self._sized = True
            # the cases list gets about a quarter of the width (260-330 px), the case's timeline the rest
            width = event.size().width()
            left = max(260, min(330, width // 4))
            self.ui.splitter.setSizes([left, max(1, width - left)])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._tasks:
            self.refresh()  # the wizard may have added a case or a letter meanwhile
