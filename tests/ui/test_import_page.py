"""The import page as a person uses it: drop bills (or a folder), watch each file's status, stop, go on."""

from __future__ import annotations

import shutil
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from kkoguard.dossier.store import Dossier
from kkoguard.errors import ErrorCode, message_for
from kkoguard.ui import settings
from kkoguard.ui.models import FileStatus, StatusRole
from kkoguard.ui.wizard.import_page import ImportPage
from kkoguard.ui.wizard.state import WizardState

READ_TIMEOUT = 30_000  # ms; four small bills take well under a second


@pytest.fixture
def page(qtbot: QtBot, dossier: Dossier) -> ImportPage:
    widget = ImportPage(WizardState(dossier=dossier, lang="en"))
    qtbot.addWidget(widget)
    return widget


def drop(page: ImportPage, paths: Sequence[Path]) -> bool:
    """What the window system does when files are dragged from a file manager onto the page."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(
        QPointF(page.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(page.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, event)
    return event.isAccepted()


def settled(page: ImportPage) -> bool:
    files = page.files
    return (
        not page.reading
        and not page.listing
        and bool(files.rows)
        and files.count(FileStatus.WAITING, FileStatus.READING) == 0
    )


def statuses(page: ImportPage) -> list[FileStatus]:
    return [page.files.index(row, 0).data(StatusRole) for row in range(page.files.rowCount())]


def result_text(page: ImportPage, row: int) -> str:
    text = page.files.index(row, page.files.RESULT).data()
    assert isinstance(text, str)
    return text


def test_dropped_bills_are_all_read(qtbot: QtBot, page: ImportPage, bill_files: list[Path]) -> None:
    seen: set[FileStatus] = set()
    page.files.dataChanged.connect(lambda *_: seen.update(statuses(page)))
    assert not page.isComplete()
    assert drop(page, bill_files)
    assert not page.isComplete()  # nothing read yet
    qtbot.waitUntil(lambda: settled(page), timeout=READ_TIMEOUT)
    assert FileStatus.READING in seen  # each file showed "Reading…" before its result
    assert statuses(page) == [FileStatus.DONE] * 4
    assert [page.files.index(r, 0).data() for r in range(4)] == [p.name for p in bill_files]
    assert [result_text(page, r) for r in range(4)] == [
        "1 charge, none suspicious",
        "6 charges, 4 suspicious",
        "7 charges, 5 suspicious",
        "3 charges, 2 suspicious",
    ]
    assert page.ui.progressBar.format() == "4 of 4 bills read"
    assert page.ui.progressBar.value() == page.ui.progressBar.maximum() == 4
    assert "11 suspicious charges found" in page.ui.statusLabel.text()
    assert page.isComplete()


def test_a_broken_file_says_why_and_the_others_are_read(
    qtbot: QtBot, page: ImportPage, bill_files: list[Path], broken_file: Path
) -> None:
    page.add_paths([str(bill_files[0]), str(broken_file), *map(str, bill_files[1:])])
    qtbot.waitUntil(lambda: settled(page), timeout=READ_TIMEOUT)
    assert statuses(page) == [FileStatus.DONE, FileStatus.FAILED] + [FileStatus.DONE] * 3
    assert result_text(page, 1) == message_for(ErrorCode.CORRUPT, str(broken_file), "en")
    assert broken_file.name in result_text(page, 1)
    assert "1 file could not be read" in page.ui.statusLabel.text()
    assert page.isComplete()

    assert page.validatePage()
    state = page.state
    assert [o.path for o in state.outcomes] == [row.path for row in page.files.rows]
    assert [o.bill is None for o in state.outcomes] == [False, True, False, False, False]
    assert state.summary is not None and state.summary.merchants[0].count == 11
    assert len(state.disputed) == 11


def test_cancel_stops_promptly(
    qtbot: QtBot, page: ImportPage, bill_files: list[Path], tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    copies = []
    for n in range(40):
        source = bill_files[n % len(bill_files)]
        copies.append(folder / f"{n:02d}-{source.name}")
        shutil.copy(source, copies[-1])
    stopped_at: list[float] = []
    complete_while_stopping: list[bool] = []

    def stop_after_first() -> None:
        if not stopped_at and page.files.count(FileStatus.DONE) >= 1:
            stopped_at.append(time.monotonic())
            page.cancel()
            complete_while_stopping.append(page.isComplete())

    page.files.dataChanged.connect(stop_after_first)
    page.add_paths([str(p) for p in copies])
    qtbot.waitUntil(lambda: bool(stopped_at), timeout=READ_TIMEOUT)
    qtbot.waitUntil(lambda: not page.reading, timeout=5_000)
    assert time.monotonic() - stopped_at[0] < 3.0
    found = statuses(page)
    assert FileStatus.WAITING not in found and FileStatus.READING not in found
    cancelled = [row for row, status in enumerate(found) if status == FileStatus.CANCELLED]
    assert cancelled, "every file was read before the cancel was noticed"
    assert result_text(page, cancelled[0]) == "Not read (cancelled)"
    read = len(copies) - len(cancelled)
    assert page.ui.progressBar.value() == page.ui.progressBar.maximum() == read
    assert page.ui.progressBar.format() == (
        f"{read} of {read} bills read" if read > 1 else "1 of 1 bill read"
    )
    assert complete_while_stopping == [False]
    assert page.isComplete()  # the bills read are kept

    # given again, a cancelled file is read this time; the others are not read twice
    before = [row.outcome for row in page.files.rows]
    done = found.index(FileStatus.DONE)  # the workers run side by side: not always the first file
    page.add_paths([str(copies[cancelled[0]]), str(copies[done])])
    qtbot.waitUntil(lambda: page.files.rows[cancelled[0]].status == FileStatus.DONE, timeout=READ_TIMEOUT)
    assert len(page.files.rows) == len(copies)
    assert before[done] is not None and page.files.rows[done].outcome is before[done]


def test_more_files_later_reads_only_the_new_ones(
    qtbot: QtBot, page: ImportPage, bill_files: list[Path]
) -> None:
    assert drop(page, bill_files[:2])
    qtbot.waitUntil(lambda: settled(page), timeout=READ_TIMEOUT)
    first = [row.outcome for row in page.files.rows]
    assert drop(page, bill_files)  # two already there, two new
    qtbot.waitUntil(lambda: settled(page) and len(page.files.rows) == 4, timeout=READ_TIMEOUT)
    assert statuses(page) == [FileStatus.DONE] * 4
    assert [row.outcome for row in page.files.rows[:2]] == first
    assert page.files.rows[0].outcome is first[0]


def test_dropped_folder_is_expanded_to_its_pdfs(
    qtbot: QtBot, page: ImportPage, bill_files: list[Path]
) -> None:
    folder = bill_files[0].parent
    (folder / "sub").mkdir()
    shutil.copy(bill_files[0], folder / "sub" / "again.PDF")
    (folder / "readme.txt").write_text("not a bill")  # inside a folder: not listed, like `kkoguard scan`
    assert drop(page, [folder])
    qtbot.waitUntil(lambda: settled(page), timeout=READ_TIMEOUT)
    names = [Path(row.path).name for row in page.files.rows]
    assert names == [p.name for p in bill_files] + ["again.PDF"]
    assert statuses(page) == [FileStatus.DONE] * 5


def test_empty_folder_is_reported(qtbot: QtBot, page: ImportPage, tmp_path: Path) -> None:
    empty = tmp_path / "vide"
    empty.mkdir()
    page.add_paths([str(empty)])
    qtbot.waitUntil(lambda: not page.listing, timeout=READ_TIMEOUT)
    assert page.files.rowCount() == 0
    assert "The folder “vide” has no PDF or image file in it." in page.ui.statusLabel.text()


def test_a_dropped_non_pdf_is_listed_with_an_error(
    qtbot: QtBot, page: ImportPage, bill_files: list[Path], tmp_path: Path
) -> None:
    document = tmp_path / "facture.docx"  # a photo is read (tests/ui/test_ocr_import.py); a Word file is not
    document.write_bytes(b"PK\x03\x04")
    assert drop(page, [document])
    qtbot.waitUntil(lambda: page.files.rowCount() == 1 and not page.listing, timeout=READ_TIMEOUT)
    assert statuses(page) == [FileStatus.FAILED]
    assert result_text(page, 0) == message_for(ErrorCode.NOT_A_PDF, str(document), "en")
    assert not page.isComplete()  # no bill read
    assert drop(page, [bill_files[0]])
    qtbot.waitUntil(lambda: settled(page) and len(page.files.rows) == 2, timeout=READ_TIMEOUT)
    assert page.isComplete()
    page.validatePage()
    assert [o.error is not None for o in page.state.outcomes] == [True, False]


def test_a_pdf_with_an_odd_name_is_read_by_what_it_holds(
    qtbot: QtBot, page: ImportPage, bill_files: list[Path], tmp_path: Path
) -> None:
    odd = tmp_path / "facture.PDF.download"  # as some browsers leave a download
    odd.write_bytes(bill_files[0].read_bytes())
    assert drop(page, [odd])
    qtbot.waitUntil(lambda: settled(page) and page.files.rowCount() == 1, timeout=READ_TIMEOUT)
    assert statuses(page) == [FileStatus.DONE]


def test_a_drag_without_files_is_refused(qtbot: QtBot, page: ImportPage) -> None:
    mime = QMimeData()
    mime.setText("some text")
    enter = QDragEnterEvent(
        QPointF(page.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()


def test_complete_toggles_with_reading_and_removing(
    qtbot: QtBot, page: ImportPage, bill_files: list[Path]
) -> None:
    changes: list[bool] = []
    page.completeChanged.connect(lambda: changes.append(page.isComplete()))
    page.add_paths([str(bill_files[0])])
    qtbot.waitUntil(lambda: settled(page), timeout=READ_TIMEOUT)
    assert changes[-1] is True and False in changes
    assert page.ui.removeButton.isVisible() or not page.isVisible()
    page.ui.fileList.selectAll()
    page.remove_selected()
    assert page.files.rowCount() == 0
    assert not page.isComplete()
    assert changes[-1] is False


def test_choose_files_remembers_the_folder(
    qtbot: QtBot, page: ImportPage, bill_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake_dialog(parent: object, caption: str, folder: str, filters: str) -> tuple[list[str], str]:
        asked.append(folder)
        return [str(bill_files[1])], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    page.ui.chooseFilesButton.click()
    qtbot.waitUntil(lambda: settled(page), timeout=READ_TIMEOUT)
    assert [row.path for row in page.files.rows] == [str(bill_files[1])]
    assert settings.last_folder() == str(bill_files[1].parent)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: "")  # the person cancels
    page.ui.chooseFolderButton.click()
    page.ui.chooseFilesButton.click()
    assert asked[-1] == str(bill_files[1].parent)
    qtbot.waitUntil(lambda: settled(page), timeout=READ_TIMEOUT)
    assert len(page.files.rows) == 1  # the same file again is listed once
