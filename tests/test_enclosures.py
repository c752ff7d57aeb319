"""The bill copies a letter lists: each page with a disputed line, outlined and numbered as in the letter."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2
import pytest

from kkoguard.bills.model import Bill, ScannedPage
from kkoguard.bills.reader import read_bill
from kkoguard.detection.summary import analyse
from kkoguard.dossier.importing import save_bills
from kkoguard.dossier.model import CaseFile
from kkoguard.dossier.store import Dossier
from kkoguard.letters import compose, render_text
from kkoguard.letters.drafting import numbered_charges, numbers_text
from kkoguard.letters.enclosures import bill_copies, boxes_from_bills, has_copies, render_copies

FIXTURES = Path(__file__).parent / "fixtures"
RED = (0.78, 0.11, 0.11)


@pytest.fixture
def dossier() -> Any:
    opened, _ = Dossier.create()
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def sosh_bills() -> list[Bill]:
    bills = [read_bill(str(p)) for p in sorted((FIXTURES / "c04").glob("*.pdf"))]
    analyse(bills, "fr")
    return bills


def stored_case(dossier: Dossier, bills: list[Bill]) -> CaseFile:
    [(case_id, _), *_] = save_bills(dossier, bills)
    case_file = dossier.case_file(case_id)
    assert numbered_charges(case_file), "the fixture bills have suspicious charges"
    return case_file


def outlines(page: Any) -> list[dict[str, Any]]:
    """The red rectangles drawn on a copy's page (the outlines of disputed lines)."""
    return [
        r
        for r in page.rects
        if r.get("stroking_color") is not None and tuple(round(c, 2) for c in r["stroking_color"]) == RED
    ]


def pages_of(
    pdf: bytes,
) -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]]:
    """Per page: its text, its outlines, its images and its words."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        for page in opened.pages:
            out.append((page.extract_text() or "", outlines(page), page.images, page.extract_words()))
    return out


def header_numbers(text: str) -> list[int]:
    head = text.replace("\u00a0", " ").splitlines()[0]
    match = re.search(r"lignes? contestées? (.+)$", head)
    assert match, head
    spoken = match.group(1)
    if " à " in spoken:
        first, last = (int(n) for n in spoken.split(" à "))
        return list(range(first, last + 1))
    return [int(n) for n in re.findall(r"\d+", spoken)]


def test_each_disputed_line_is_outlined_on_its_page_and_numbered_as_in_the_letter(
    dossier: Dossier, sosh_bills: list[Bill]
) -> None:
    case_file = stored_case(dossier, sosh_bills)
    numbered = numbered_charges(case_file)
    boxes = boxes_from_bills(case_file, sosh_bills)
    assert set(boxes) >= {charge.id for _, charge, _ in numbered}
    copies = bill_copies(case_file, dossier.blob, boxes=boxes)
    pdf = render_copies(copies)
    pages = pages_of(pdf)
    # one sheet per bill page holding a disputed line, bills in date order
    expected_pages = sorted({(ev.invoice_date, charge.page) for _, charge, ev in numbered})
    assert len(pages) == len(expected_pages)

    letter_rows = compose("refund", case_file, today=date(2026, 3, 3)).charges
    assert letter_rows is not None
    by_number = {number: (charge, ev) for number, charge, ev in numbered}
    assert [(c.label.strip(), c.amount) for c, _ in by_number.values()] == [
        (r.label, r.amount) for r in letter_rows.rows
    ]

    seen: list[int] = []
    for (text, rects, images, words), (day, page_number) in zip(pages, expected_pages, strict=True):
        assert f"— page {page_number} —" in text.replace("\u00a0", " ")
        numbers = header_numbers(text)
        assert all(
            by_number[n][1].invoice_date == day and by_number[n][0].page == page_number for n in numbers
        )
        assert len(rects) == len(numbers)  # every line of the page outlined, nothing else
        [picture] = images
        # each outline sits where the reader found its line, in the picture's proportions
        for rect, number in zip(sorted(rects, key=lambda r: r["top"]), numbers, strict=True):
            charge, _ = by_number[number]
            _, top, _, bottom = boxes[charge.id]
            height = picture["bottom"] - picture["top"]
            scale = height / picture["srcsize"][1] * (150 / 72)
            assert rect["top"] <= picture["top"] + top * scale <= rect["bottom"]
            assert rect["top"] <= picture["top"] + bottom * scale <= rect["bottom"] + 1
            marker = [w for w in words if w["text"] == str(number) and w["x1"] <= rect["x0"] + 1]
            assert any(rect["top"] - 4 <= (w["top"] + w["bottom"]) / 2 <= rect["bottom"] + 4 for w in marker)
        seen += numbers
    assert sorted(seen) == list(range(1, len(numbered) + 1))


def test_without_the_reader_s_boxes_the_lines_are_found_on_the_page_text(
    dossier: Dossier, sosh_bills: list[Bill]
) -> None:
    case_file = stored_case(dossier, sosh_bills)
    for ev in case_file.evidence:  # as a bill stored before the dossier kept the boxes
        ev.charges = [replace(c, bbox=None) for c in ev.charges]
    pages = pages_of(render_copies(bill_copies(case_file, dossier.blob)))
    assert sum(len(rects) for _, rects, _, _ in pages) == len(numbered_charges(case_file))
    assert not any("à repérer" in text for text, *_ in pages)


def test_a_bill_given_as_a_photo_is_copied_with_its_lines_outlined(
    dossier: Dossier, sosh_bills: list[Bill], tmp_path: Path
) -> None:
    source = next(b for b in sosh_bills if any(c.suspicious for c in b.charges))
    pdf = pypdfium2.PdfDocument(source.path)
    photos = []
    for index in range(len(pdf)):
        path = tmp_path / f"photo-{index + 1}.png"
        pdf[index].render(scale=2).to_pil().save(path)
        photos.append(ScannedPage(str(path), 0, 2.0))
    pdf.close()
    photo = Bill(
        path=photos[0].file,
        pages=source.pages,
        operator=source.operator,
        invoice_date=source.invoice_date,
        total=source.total,
        line_numbers=source.line_numbers,
        charges=source.charges,
        source="ocr",
        images=photos,
    )
    case_file = stored_case(dossier, [photo])
    pages = pages_of(render_copies(bill_copies(case_file, dossier.blob)))
    disputed = [c for c in source.charges if c.suspicious]
    assert sum(len(rects) for _, rects, _, _ in pages) == len(disputed)
    assert all(len(images) == 1 for _, _, images, _ in pages)

    # a photo stored without its boxes has no text to find them in: the lines are listed for the person
    for ev in case_file.evidence:
        ev.charges = [replace(c, bbox=None) for c in ev.charges]
    unlocated = pages_of(render_copies(bill_copies(case_file, dossier.blob)))
    again = pages_of(
        render_copies(bill_copies(case_file, dossier.blob, boxes=boxes_from_bills(case_file, [photo])))
    )
    assert sum(len(rects) for _, rects, _, _ in again) == len(disputed)  # the boxes of the bill just read
    assert sum(len(rects) for _, rects, _, _ in unlocated) == 0
    listed = " ".join(text for text, *_ in unlocated).replace("\u00a0", " ")
    assert listed.count("non encadrée, à repérer sur cette page") == len(disputed)


def test_an_unreadable_bill_gives_a_page_saying_so_and_the_others_still_print(
    dossier: Dossier, sosh_bills: list[Bill]
) -> None:
    case_file = stored_case(dossier, sosh_bills)
    first = bill_copies(case_file, dossier.blob)[0].evidence_id
    broken = {ev.sha256 for ev in case_file.evidence if ev.id == first}

    def blob(sha256: str) -> bytes:
        return b"%PDF-1.4 not a pdf" if sha256 in broken else dossier.blob(sha256)

    pages = pages_of(render_copies(bill_copies(case_file, blob)))
    said = [text.replace("\u00a0", " ") for text, *_ in pages if "n'a pas pu être reproduite" in text]
    assert said and all("photocopie de la page" in text for text in said)
    assert any(rects for _, rects, _, _ in pages)  # the other bills are outlined as usual


def test_the_letter_lists_the_copies_with_their_numbers(dossier: Dossier, sosh_bills: list[Bill]) -> None:
    case_file = stored_case(dossier, sosh_bills)
    text = " ".join(render_text(compose("refund", case_file, today=date(2026, 3, 3))).split())
    copies = bill_copies(case_file, dossier.blob)
    assert has_copies(case_file, "refund") and not has_copies(case_file, "signalconso")
    for copy in copies:
        numbers = numbers_text([m.number for m in copy.marks]).replace(" ", " ")
        assert f"numérotés comme dans ce courrier (n° {numbers})" in text.replace("\u00a0", " ")


def test_numbers_are_said_as_a_reader_says_them() -> None:
    assert numbers_text([3]) == "3"
    assert numbers_text([4, 3]) == "3 et 4"
    assert numbers_text([3, 4, 5]) == "3 à 5"
    assert numbers_text([1, 3, 4]) == "1, 3 et 4"
