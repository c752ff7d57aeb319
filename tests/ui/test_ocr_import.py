"""Bills with no text layer, as a person gives them: photos of a paper bill's pages dropped on the import page
become one bill, read by OCR with its progress shown, then under review the photos themselves are shown with
the charges outlined on them, and the page says to check the amounts on the paper bill.

Only tests/fixtures/scans: a two-page B&You bill photographed (2025-10-p1.jpg, 2025-10-p2.jpg) and the
screenshot of another month (2025-11-p1.png). OCR takes about a second a page.
"""

from __future__ import annotations

import html
import json
import shutil
import time
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kkoguard.bills.model import Bill, Charge, ScannedPage
from kkoguard.detection.checks import to_check
from kkoguard.dossier.store import Dossier
from kkoguard.isolation import Outcome, read_bills
from kkoguard.ui.models import (
    CHECK_MARK,
    Column,
    FileStatus,
    ImportFilesModel,
    SuspiciousRole,
    ToCheckRole,
)
from kkoguard.ui.pdf_page import BillPageView
from kkoguard.ui.wizard.import_page import ImportPage
from kkoguard.ui.wizard.review_page import ReviewPage
from kkoguard.ui.wizard.state import WizardState
from kkoguard.ui.wizard.wizard import AnalysisWizard, Page
from tests.ui.test_import_page import drop, result_text, settled, statuses

SCANS = Path(__file__).resolve().parent.parent / "fixtures" / "scans"
TRUTH = json.loads((SCANS / "2025-10.truth.json").read_text(encoding="utf-8"))
READ_TIMEOUT = 90_000  # ms; OCR of a page takes about a second, more on a busy machine
SHOW_TIMEOUT = 30_000


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    """The two photos of the bill's pages, in a folder of their own (images are joined per folder)."""
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in TRUTH["pages"]:
        shutil.copy(SCANS / name, folder / name)
    return [folder / name for name in TRUTH["pages"]]


@pytest.fixture
def page(qtbot: QtBot, dossier: Dossier) -> ImportPage:
    widget = ImportPage(WizardState(dossier=dossier, lang="en"))
    qtbot.addWidget(widget)
    return widget


def watch_results(page: ImportPage) -> list[str]:
    """Every text the list's "Result" column showed, as it changed."""
    seen: list[str] = []

    def changed(*_: object) -> None:
        seen.extend(result_text(page, row) for row in range(page.files.rowCount()))

    page.files.dataChanged.connect(changed)
    return seen


def points_size(image: Path, pixels_per_point: float) -> tuple[float, float]:
    with Image.open(image) as opened:
        return opened.width / pixels_per_point, opened.height / pixels_per_point


def test_photos_of_a_bill_become_one_bill_shown_on_the_photos_under_review(
    qtbot: QtBot, dossier: Dossier, photos: list[Path]
) -> None:
    wizard = AnalysisWizard(dossier, "en")
    qtbot.addWidget(wizard)
    wizard.resize(1200, 800)
    wizard.show()
    importing = wizard.page(Page.IMPORT)
    assert isinstance(importing, ImportPage)
    seen = watch_results(importing)
    status_texts: list[str] = []
    importing.files.dataChanged.connect(lambda *_: status_texts.append(importing.ui.statusLabel.text()))

    assert drop(importing, photos)
    qtbot.waitUntil(lambda: settled(importing) and importing.isComplete(), timeout=READ_TIMEOUT)

    assert "Reading the photo…" in seen  # the list said a photo was being read by OCR
    assert any("A photo or a scan takes a few seconds a page" in text for text in status_texts)
    assert statuses(importing) == [FileStatus.DONE, FileStatus.PAGE]
    assert result_text(importing, 1) == f"Page 2 of the bill “{photos[0].name}”"
    bill = importing.files.rows[0].outcome.bill if importing.files.rows[0].outcome else None
    assert bill is not None
    assert bill.source == "ocr" and bill.pages == 2
    assert [page.file for page in bill.images] == [str(p) for p in photos]
    assert bill.operator == TRUTH["operator"]
    suspicious = sum(1 for c in bill.charges if c.suspicious)
    assert suspicious > 0
    assert result_text(importing, 0) == f"{len(bill.charges)} charges, {suspicious} suspicious"
    # the page image is neither a second bill nor a failure
    assert importing.ui.progressBar.format() == "1 of 1 bill read"
    status = importing.ui.statusLabel.text()
    assert f"{suspicious} suspicious charges found" in status and "could not be read" not in status

    wizard.next()
    review = wizard.page(Page.REVIEW)
    assert isinstance(review, ReviewPage) and wizard.currentId() == Page.REVIEW
    view = review.page_view
    qtbot.waitUntil(lambda: view.page_count == 2, timeout=SHOW_TIMEOUT)  # the JPEG itself is no PDF
    assert not view.loading and view.scroll_area.isVisible() and not view.message.isVisible()
    assert view.page_label.text() == f"Page {view.page} of 2"

    # the pages are the photos, at the size the charges' boxes assume
    shown = view.page_size_points()
    width, height = points_size(photos[view.page - 1], bill.images[view.page - 1].pixels_per_point)
    assert shown.width() == pytest.approx(width, abs=1) and shown.height() == pytest.approx(height, abs=1)

    selected = view.selected_charge()
    assert selected is not None and selected.suspicious  # the first row: a suspicious charge
    marks = view.visible_marks()
    assert marks and all(charge.suspicious or charge is selected for _, charge, _ in marks)
    page_rect = view.page_rect()
    for _, charge, rect in marks:
        assert QRectF(0, 0, page_rect.width(), page_rect.height()).contains(rect), charge.label
    outline = view.charge_rect(selected)
    assert not outline.isEmpty() and page_rect.contains(outline)
    words_top = selected.bbox[1] / shown.height()
    assert (outline.top() - page_rect.top()) / page_rect.height() == pytest.approx(words_top, abs=0.01)

    # every suspicious charge is outlined on its own page, page 2 included
    for number in (1, 2):
        view.go_to_page(number)
        expected = {id(c) for c in bill.charges if c.page == number and c.suspicious}
        assert {id(charge) for _, charge, _ in view.visible_marks() if charge.suspicious} == expected

    assert review.ui.ocrNotice.isVisible()
    assert review.ui.ocrLabel.text() == review.ocr_notice()
    assert review.ocr_notice().startswith("Read from a photo or a scan:")
    model = review.model
    for row in range(model.rowCount()):
        marked = model.index(row, Column.AMOUNT).data().startswith(CHECK_MARK)
        assert marked == to_check(model.bill(row), model.charge(row))

    wizard.next()  # the bill goes into the dossier, then the wizard moves on
    qtbot.waitUntil(lambda: wizard.currentId() == Page.STEPS, timeout=SHOW_TIMEOUT)
    case_id = review.state.case_id
    assert case_id is not None
    assert len(dossier.case_file(case_id).evidence) == 1  # one bill, not one per photo


def test_a_bill_that_does_not_add_up_marks_every_amount_to_check(
    qtbot: QtBot, dossier: Dossier, photos: list[Path]
) -> None:
    [first, later] = read_bills([str(p) for p in photos])
    assert later.part_of == first.path and first.bill is not None
    bill = first.bill
    assert bill.total is not None
    bill.total += Decimal("1.00")  # as when OCR misreads one digit of a line
    state = WizardState(dossier=dossier, lang="en", outcomes=[first, later])
    state.analyse()
    review = ReviewPage(state)
    qtbot.addWidget(review)
    review.resize(1100, 700)
    review.show()
    review.initializePage()
    review.ui.filterCombo.setCurrentIndex(1)  # all charges

    assert review.ui.ocrNotice.isVisible()
    assert review.ui.ocrLabel.text() == (
        "Read from a photo or a scan: check the amounts marked ⚠ on your paper bill before you claim them."
    )
    model = review.model
    assert model.rowCount() == len(bill.charges) > 0
    for row in range(model.rowCount()):
        amount = model.index(row, Column.AMOUNT)
        assert amount.data().startswith(f"{CHECK_MARK} ")
        assert amount.data(ToCheckRole) is True
        assert "check this amount on your paper bill" in amount.data(Qt.ItemDataRole.ToolTipRole)
        assert "check this amount on your paper bill" in amount.data(Qt.ItemDataRole.AccessibleTextRole)

    proxy = review.proxy
    normal = [r for r in range(proxy.rowCount()) if not proxy.index(r, 0).data(SuspiciousRole)]
    assert normal, "the bill has lines that are not suspicious"
    review.select_row(normal[0])
    charge = model.charge(proxy.mapToSource(proxy.index(normal[0], 0)).row())
    details = review.ui.detailsLabel.text()
    assert "Nothing suspicious about this line." in details
    assert charge.reasons and all(html.escape(reason) in details for reason in charge.reasons)


def test_only_the_unsure_amounts_are_marked(qtbot: QtBot, dossier: Dossier) -> None:
    image = str(SCANS / "2025-11-p1.png")
    sure = Charge("Forfait B&You 100 Go", Decimal("11.99"), None, 1, (60, 390, 560, 410), confidence=0.97)
    unsure = Charge("SMS+ ASTRODESTIN (71010)", Decimal("4.50"), None, 1, (60, 620, 560, 640), confidence=0.6)
    bill = Bill(image, 1, operator="b_and_you", total=Decimal("16.49"), charges=[sure, unsure], source="ocr")
    bill.images = [ScannedPage(image, 0, 1.5316)]
    state = WizardState(dossier=dossier, lang="en", outcomes=[Outcome(image, bill, None)])
    state.analyse()
    review = ReviewPage(state)
    qtbot.addWidget(review)
    review.initializePage()
    review.ui.filterCombo.setCurrentIndex(1)

    model = review.model
    assert model.rowCount() == 2
    amounts = {model.charge(row).label: model.index(row, Column.AMOUNT).data() for row in range(2)}
    assert amounts == {"Forfait B&You 100 Go": "€11.99", "SMS+ ASTRODESTIN (71010)": f"{CHECK_MARK} €4.50"}
    assert "marked ⚠" in review.ocr_notice()


def test_a_screenshot_upside_down_is_still_read(qtbot: QtBot, page: ImportPage, tmp_path: Path) -> None:
    (tmp_path / "upside-down").mkdir()
    turned = tmp_path / "upside-down" / "capture.png"
    with Image.open(SCANS / "2025-11-p1.png") as image:
        image.transpose(Image.Transpose.ROTATE_180).save(turned)
        size = image.size

    page.add_paths([str(turned)])
    qtbot.waitUntil(lambda: settled(page), timeout=READ_TIMEOUT)
    assert statuses(page) == [FileStatus.DONE]
    outcome = page.files.rows[0].outcome
    assert outcome is not None and outcome.bill is not None
    bill = outcome.bill
    [upright] = read_bills([str(SCANS / "2025-11-p1.png")])
    assert upright.bill is not None
    assert bill.source == "ocr" and bill.operator == upright.bill.operator == "b_and_you"
    assert [c.amount for c in bill.charges] == [c.amount for c in upright.bill.charges]
    assert any(c.suspicious for c in bill.charges)

    # the outlines land on the picture as given: the upright boxes turned half a turn
    width, height = size[0] / bill.images[0].pixels_per_point, size[1] / bill.images[0].pixels_per_point
    for charge, straight in zip(bill.charges, upright.bill.charges, strict=True):
        x0, top, x1, bottom = straight.bbox
        assert charge.bbox == pytest.approx((width - x1, height - bottom, width - x0, height - top), abs=4)

    view = BillPageView()
    qtbot.addWidget(view)
    view.resize(600, 800)
    view.show()
    charge = next(c for c in bill.charges if c.suspicious)
    view.show_charge(bill, charge)
    qtbot.waitUntil(lambda: view.page_count == 1, timeout=SHOW_TIMEOUT)
    outline = view.charge_rect(charge)
    assert not outline.isEmpty() and view.page_rect().contains(outline)
    assert (
        outline.center().y() < view.page_rect().center().y()
    )  # the purchases, at the bottom, are now on top


def test_cancel_stops_reading_photos_promptly(qtbot: QtBot, page: ImportPage, photos: list[Path]) -> None:
    asked: list[float] = []

    def stop_once_reading(*_: object) -> None:
        if not asked and any(row.progress is not None for row in page.files.rows):
            asked.append(time.monotonic())
            page.cancel()

    page.files.dataChanged.connect(stop_once_reading)
    page.add_paths([str(p) for p in photos])
    qtbot.waitUntil(lambda: bool(asked), timeout=READ_TIMEOUT)
    qtbot.waitUntil(lambda: not page.reading, timeout=5_000)
    assert time.monotonic() - asked[0] < 3.0
    assert statuses(page) == [FileStatus.CANCELLED] * 2
    assert [result_text(page, row) for row in range(2)] == ["Not read (cancelled)"] * 2
    assert not page.isComplete()


def test_the_file_dialog_offers_photos_and_scans(
    qtbot: QtBot, page: ImportPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def fake_dialog(parent: object, caption: str, folder: str, filters: str) -> tuple[list[str], str]:
        offered.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    page.ui.chooseFilesButton.click()
    bills, pdfs, images, everything = offered[0].split(";;")
    for suffix in ("pdf", "jpg", "jpeg", "png", "heic", "heif", "tif", "tiff"):
        assert f"*.{suffix}" in bills and f"*.{suffix.upper()}" in bills  # phones write IMG_0042.JPG
    assert pdfs == "PDF files (*.pdf *.PDF)"
    assert images.startswith("Photos and scans (") and "*.pdf" not in images and "*.heic" in images
    assert everything == "All files (*)"


def removed_names(model: ImportFilesModel, rows: Sequence[int]) -> list[str]:
    model.remove_with_pages(set(rows))
    return [Path(row.path).name for row in model.rows]


def test_a_bill_made_of_photos_is_removed_with_all_its_pages(qtbot: QtBot) -> None:
    def listed() -> ImportFilesModel:
        model = ImportFilesModel("en")
        bill = Bill("/b/p1.jpg", 2, source="ocr")
        bill.images = [ScannedPage("/b/p1.jpg", 0, 2.0), ScannedPage("/b/p2.jpg", 0, 2.0)]
        model.add("/a/other.pdf", Outcome("/a/other.pdf", Bill("/a/other.pdf", 1), None))
        model.add("/b/p1.jpg", Outcome("/b/p1.jpg", bill, None))
        model.add("/b/p2.jpg", Outcome("/b/p2.jpg", None, None, part_of="/b/p1.jpg"))
        return model

    model = listed()
    assert [row.status for row in model.rows] == [FileStatus.DONE, FileStatus.DONE, FileStatus.PAGE]
    assert model.status_text(model.rows[2]) == "Page 2 of the bill “p1.jpg”"
    assert removed_names(listed(), [2]) == ["other.pdf"]  # a page cannot go alone
    assert removed_names(listed(), [1]) == ["other.pdf"]
    assert removed_names(listed(), [0]) == ["p1.jpg", "p2.jpg"]
