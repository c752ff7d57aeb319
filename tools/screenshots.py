"""Screenshots of every screen of the window, in French or English, for docs/screenshots/ and the README.

Run from the repository root, in a real X server (Xvfb), once per language:

    for lang in fr en; do   # --size 1366x768 or 1024x768 for the small screens, --text-size 2 for 200 %
        xvfb-run -a -s "-screen 0 1366x850x24" \
            .venv/bin/python tools/screenshots.py --lang $lang --out docs/screenshots
    done

It never touches the user's dossier, keyring or settings: KKOGUARD_DATA_DIR is a new temporary folder, the
keyring is the tests' in-memory one (tests.keyrings.MemoryKeyring), and LANG is set from --lang before the
QApplication exists. Then it drives the real screens as a person would (buttons clicked, files added to the
import page, pages turned with Next) and saves each window, as the X server shows it
(QScreen.grabWindow), as `<nn>-<name>-<lang>.png`:

    01 welcome            first launch: what the app does
    02 recovery-key       the dossier created with the keyring, its recovery key shown once
    03 unlock             a passphrase dossier (another temporary folder) asking for its secret
    04 home               two cases (corpus customers c01 and c02), a letter posted on the first
    05 import             12 bills of customer c03 and one broken file, just read
    06 review             a suspicious charge selected, outlined on the bill page
    06b review-incomplete a bill missing one of its lines: how much is not accounted for
    06c add-line          the line read from a box drawn round it on the page, to confirm
    07 steps              the operator's steps
    08 letters            the refund request with its preview
    09 done               what was saved and the next step
    10 dossier            the first case with its timeline (bills, a call, the letter posted and received)
    11 add-entry          the "add to the timeline" dialog
    12 error              the unexpected-error box (an exception raised in a slot)

Bills come from ../shared/corpus/bills (c01, c02, c03) and tests/fixtures/bad/truncated.pdf. Every wait is
on a condition (with a time limit), plus one short pause for the last paint before each grab.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "bills"
BROKEN = REPO / "tests" / "fixtures" / "bad" / "truncated.pdf"
sys.path.insert(0, str(REPO))  # `kkoguard` and `tests.keyrings` from this checkout

WIDTH, HEIGHT = 1280, 800
TIMEOUT_S = 90.0
PAINT_MS = 150  # after the condition holds: time for the last repaint to reach the X server
LOCALES = {"fr": "fr_FR.UTF-8", "en": "en_GB.UTF-8"}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lang", choices=sorted(LOCALES), default="fr")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--only", help="comma-separated numbers to save (e.g. 04,06); all by default")
    parser.add_argument(
        "--size",
        default=f"{WIDTH}x{HEIGHT}",
        help=f"the window's size, WIDTHxHEIGHT (default {WIDTH}x{HEIGHT}; 1366x768 and 1024x768 are the "
        "small screens to check); the X screen must be at least as large",
    )
    parser.add_argument(
        "--text-size",
        type=float,
        default=1.0,
        help="the text size the person chose (View › A+), as a factor: 2 is 200 %% (default 1)",
    )
    args = parser.parse_args()
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size: WIDTHxHEIGHT expected, not {args.size!r}")
    args.window = (width, height)
    return args


def isolate(lang: str) -> Path:
    """A temporary world: data folder, settings, log, keyring, language. Call before any Qt import."""
    world = Path(tempfile.mkdtemp(prefix="kkoguard-screenshots-"))
    os.environ["KKOGUARD_DATA_DIR"] = str(world / "data")
    os.environ["KKOGUARD_LOG_DIR"] = str(world / "log")
    for name in ("KKOGUARD_PASSPHRASE", "KKOGUARD_RECOVERY_KEY", "LANGUAGE", "QT_SCALE_FACTOR"):
        os.environ.pop(name, None)
    os.environ["LANG"] = os.environ["LC_ALL"] = LOCALES[lang]
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    import keyring

    from tests.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    return world


def main() -> int:
    args = parse_args()
    lang: str = args.lang
    world = isolate(lang)
    try:
        shooter = Shooter(lang, args.out, world, args.only)
        shooter.window_size = args.window
        if args.text_size != 1.0:
            from kkoguard.ui.look import apply_text_size

            apply_text_size(args.text_size)
        return shooter.run()
    finally:
        shutil.rmtree(world, ignore_errors=True)


class Shooter:
    def __init__(self, lang: str, out: Path, world: Path, only: str | None) -> None:
        from PySide6.QtCore import QLocale

        from kkoguard.ui.app import application
        from kkoguard.ui.errors import install_excepthook
        from kkoguard.ui.i18n import install_translations

        QLocale.setDefault(QLocale(LOCALES[lang].split(".")[0]))
        self.app = application(["kkoguard"])
        self.lang = install_translations(lang)
        self.reporter = install_excepthook()
        self.out = out
        self.world = world
        self.only = set(only.split(",")) if only else None
        self.window_size: tuple[int, int] = (WIDTH, HEIGHT)
        self.saved: list[Path] = []
        out.mkdir(parents=True, exist_ok=True)

    # --- helpers --------------------------------------------------------------------------------------

    def wait(self, condition: Callable[[], Any], what: str, timeout: float = TIMEOUT_S) -> None:
        """Let Qt run until `condition()` is true (checked every 20 ms); fail after `timeout` seconds."""
        from PySide6.QtCore import QEventLoop, QTimer

        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"still waiting for {what}")
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    def pause(self, ms: int = PAINT_MS) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def show(self, window: Any) -> None:
        from PySide6.QtTest import QTest

        window.show()
        window.raise_()
        window.activateWindow()
        if not QTest.qWaitForWindowExposed(window, 10_000):
            raise TimeoutError("the window was never shown")

    def shoot(self, number: str, name: str, window: Any) -> None:
        """Save what the X server shows of `window` (a top-level widget) once it is painted."""
        window = window.window()
        self.wait(window.isVisible, f"{name} to be visible")
        self.pause()
        self.app.processEvents()
        path = self.out / f"{number}-{name}-{self.lang}.png"
        if self.only is not None and number not in self.only:
            return
        pixmap = window.screen().grabWindow(window.winId())
        if pixmap.isNull() or not pixmap.save(str(path), "PNG", 0):  # quality 0: the smallest PNG
            raise RuntimeError(f"could not save {path}")
        self.saved.append(path)
        print(f"{path}  {pixmap.width()}x{pixmap.height()}  {path.stat().st_size // 1024} KB", flush=True)

    def missed_line(self, review: Any, window: Any) -> None:
        """06b/06c: a bill as a reader that missed one of its lines leaves it (the line taken out of the
        reading), the notice saying how much is missing, then the line added back by drawing round it."""
        from PySide6.QtCore import QRectF

        from kkoguard.detection.sweep import recount
        from kkoguard.ui.pdf_page import bbox_rect

        state = review.state
        bill = next(b for b in state.bills() if any(c.suspicious for c in b.charges))
        charge = next(c for c in bill.charges if c.suspicious)
        bill.charges.remove(charge)
        review.model.reload()  # the table must not ask for the line taken out behind its back
        bill.set_aside = []
        recount(bill, state.lang)
        state.analyse()
        review.initializePage()
        view = review.page_view
        self.wait(lambda: view.canvas.image is not None, "the bill that does not add up")
        self.shoot("06b", "review-incomplete", window)
        review.add_line_button.click()
        view.go_to_page(charge.page)
        self.wait(lambda: not view.page_rect().isEmpty(), "the page to draw on")
        rect = bbox_rect(charge.bbox, view.page_size_points(), view.page_rect().size())
        view.draw(QRectF(0, rect.top() - 2, view.page_rect().width(), rect.height() + 4))
        self.wait(lambda: review.line_dialog is not None, "the words of the box read")
        dialog = review.line_dialog
        self.shoot("06c", "add-line", dialog)
        dialog.accept()
        self.wait(lambda: review.line_dialog is None, "the line added")

    # --- the screens ----------------------------------------------------------------------------------

    def run(self) -> int:
        dossier = self.welcome()
        self.unlock()
        first_case = self.fill(dossier)
        window = self.home(dossier)
        self.wizard(window)
        self.dossier_view(window, first_case)
        self.error(window)
        window.close()
        print(f"{len(self.saved)} screenshots in {self.out}")
        return 0

    def welcome(self) -> Any:
        from kkoguard.ui.unlock import WelcomeDialog

        dialog = WelcomeDialog(self.lang)
        self.show(dialog)
        self.shoot("01", "welcome", dialog)
        dialog.ui.createButton.click()  # keyring mode: the in-memory keyring works
        self.wait(lambda: dialog.ui.pages.currentWidget() is dialog.ui.recoveryPage, "the recovery key")
        self.shoot("02", "recovery-key", dialog)
        dialog.ui.confirmCheck.setChecked(True)
        dialog.ui.continueButton.click()
        assert dialog.dossier is not None
        dossier = dialog.dossier
        dialog.deleteLater()
        return dossier

    def unlock(self) -> None:
        from kkoguard.dossier.errors import DossierError
        from kkoguard.dossier.store import Dossier
        from kkoguard.ui.unlock import UnlockDialog

        folder = self.world / "passphrase-dossier"
        other, _ = Dossier.create(folder, passphrase="quatre mots dont je me souviens")
        other.close()
        try:
            Dossier.open(folder).close()
            raise RuntimeError("a passphrase dossier opened without its passphrase")
        except DossierError as error:
            problem = error
        dialog = UnlockDialog(problem, self.lang, folder)
        self.show(dialog)
        self.shoot("03", "unlock", dialog)
        dialog.close()
        dialog.deleteLater()

    def fill(self, dossier: Any) -> int:
        """Cases for c01 and c02 (bills added 20 days ago); on c01's, a call, then a refund request posted
        14 days ago and received 12 days ago, so its next step is "wait for the answer until…"."""
        from kkoguard.detection.summary import analyse
        from kkoguard.dossier.importing import save_bills
        from kkoguard.dossier.model import Channel, Direction, Party
        from kkoguard.isolation import read_bills
        from kkoguard.letters import compose, render_pdf

        today = date.today()
        added = today - timedelta(days=20)
        add_bill = dossier.add_bill

        def add_bill_earlier(*args: Any, **kwargs: Any) -> Any:  # the bills were added a while ago
            return add_bill(*args, **{"added_on": added, **kwargs})

        dossier.add_bill = add_bill_earlier
        cases: list[int] = []
        try:
            for customer in ("c01", "c02"):
                outcomes = read_bills([str(p) for p in sorted((CORPUS / customer).glob("*.pdf"))])
                bills = [o.bill for o in outcomes if o.bill is not None]
                analyse(bills, self.lang)
                cases.append(save_bills(dossier, bills)[0][0])
        finally:
            del dossier.add_bill
        first = cases[0]
        posted = today - timedelta(days=14)
        french = self.lang == "fr"
        dossier.add_entry(
            first,
            on=posted - timedelta(days=2),
            channel=Channel.PHONE,
            direction=Direction.OUTGOING,
            party=Party.CUSTOMER_SERVICE,
            who="Conseiller au 3900",
            summary="On m'a dit d'écrire pour être remboursée."
            if french
            else "They told me to write to get my money back.",
        )
        draft = compose("refund", dossier.case_file(first), today=posted)
        letter = dossier.add_letter(
            first,
            kind=draft.letter_kind,
            recipient=draft.party,
            title=draft.title,
            pdf=render_pdf(draft),
            created_on=posted,
        )
        dossier.update_letter(letter.id, tracking_number="1A 234 567 8901 2", sent_on=posted)
        dossier.update_letter(letter.id, received_on=posted + timedelta(days=2))
        return first

    def home(self, dossier: Any) -> Any:
        from kkoguard.ui.main_window import MainWindow

        window = MainWindow(dossier, self.lang)
        window.resize(*self.window_size)
        window.move(0, 0)
        self.show(window)
        count = len(dossier.cases())
        self.wait(lambda: len(window.home.rows) == count and window.home.rows[0].isVisible(), "the cases")
        self.shoot("04", "home", window)
        return window

    def wizard(self, window: Any) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtWidgets import QWizard

        from kkoguard.ui.wizard.wizard import Page

        window.start_wizard()
        wizard = window.wizard
        assert wizard is not None
        folder = self.world / "Factures"
        folder.mkdir()
        for path in sorted((CORPUS / "c03").glob("*.pdf")):
            shutil.copy(path, folder / f"Facture {path.stem}.pdf")
        shutil.copy(BROKEN, folder / "Facture 2025-06 (copie).pdf")
        importing = wizard.page(Page.IMPORT)
        importing.add_paths([str(folder)])
        self.wait(importing.isComplete, "the bills to be read")
        self.shoot("05", "import", window)

        wizard.next()
        review = wizard.page(Page.REVIEW)
        self.wait(
            lambda: (
                review.page_view.selected_charge() is not None and review.page_view.canvas.image is not None
            ),
            "the bill page with the charge outlined",
        )
        self.shoot("06", "review", window)
        self.missed_line(review, window)

        wizard.next()  # saves the case, then moves on by itself
        self.wait(lambda: wizard.currentId() == Page.STEPS, "the steps page")
        self.shoot("07", "steps", window)

        wizard.next()
        letters = wizard.page(Page.LETTERS)
        self.wait(
            lambda: (
                letters.document.status() == QPdfDocument.Status.Ready and letters.ui.printButton.isEnabled()
            ),
            "the letter preview",
        )
        self.shoot("08", "letters", window)
        letters.ui.keepButton.click()
        self.wait(
            lambda: bool(wizard.state.letter_ids) and letters.ui.keepButton.isEnabled(), "the letter kept"
        )

        wizard.next()
        self.wait(lambda: wizard.currentId() == Page.DONE, "the last page")
        self.shoot("09", "done", window)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        self.wait(lambda: window.wizard is None, "the wizard to close")

    def dossier_view(self, window: Any, case_id: int) -> None:
        from kkoguard.dossier.model import Channel
        from kkoguard.ui.dossier_dialogs import EntryDialog

        window.open_case(case_id)
        view = window.dossier_view
        assert view is not None
        self.wait(
            lambda: view.shown is not None and view.shown.case_file.case.id == case_id and not view.busy(),
            "the case",
        )
        view.ui.tabs.setCurrentWidget(view.ui.timelineTab)
        self.shoot("10", "dossier", window)

        view.ui.addEntryButton.click()
        self.wait(lambda: view.findChild(EntryDialog) is not None, "the add-entry dialog")
        dialog = view.findChild(EntryDialog)
        self.wait(dialog.isVisible, "the add-entry dialog to be shown")
        dialog.ui.channelCombo.setCurrentIndex(dialog.ui.channelCombo.findData(Channel.EMAIL.value))
        dialog.ui.incomingRadio.setChecked(True)
        dialog.ui.whoEdit.setText("Mme Martin")
        dialog.ui.summaryEdit.setPlainText(
            "Réponse à mon courrier : ils remboursent 231,71 € sur la prochaine facture."
            if self.lang == "fr"
            else "Answer to my letter: they will refund €231.71 on the next bill."
        )
        self.shoot("11", "add-entry", dialog)
        dialog.reject()

    def error(self, window: Any) -> None:
        """An exception raised in a slot reaches sys.excepthook; its box is shown without blocking."""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QMessageBox

        from kkoguard.ui.errors import ErrorReporter

        boxes: list[QMessageBox] = []
        make = ErrorReporter.dialog

        def dialog(reporter: ErrorReporter, parent: Any) -> QMessageBox:
            box = make(reporter, parent)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.exec = box.show  # type: ignore[method-assign]  # shown, not run: the script goes on
            boxes.append(box)
            return box

        ErrorReporter.dialog = dialog  # type: ignore[method-assign]

        def slot() -> None:
            raise RuntimeError("screenshot of the error box")

        window.activateWindow()
        QTimer.singleShot(0, slot)
        self.wait(lambda: bool(boxes) and boxes[0].isVisible(), "the error box")
        self.shoot("12", "error", boxes[0])
        boxes[0].close()
        ErrorReporter.dialog = make  # type: ignore[method-assign]


if __name__ == "__main__":
    raise SystemExit(main())
