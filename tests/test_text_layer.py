"""The text layer on PDFium: the words it gives, checked against pdfplumber (the reference), and the pages
that are not plain left-to-right text: rotated, Type3 fonts, bold fonts with meaningless names, empty pages,
pages PDFium cannot parse, and a crash inside PDFium."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from kkoguard.bills.layout import Word
from kkoguard.bills.pdftext import PdfText, PdfTextError
from kkoguard.bills.reader import read_bill, read_pages
from kkoguard.errors import BillError, ErrorCode
from kkoguard.isolation import read_bills
from tests import pdf_factory
from tests.helpers import FIXTURES, assert_no_traceback

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FIXTURE_PDFS = sorted(p for p in FIXTURES.rglob("*.pdf") if "bad" not in p.parts and "scans" not in p.parts)


def plumber_words(path: Path | io.BytesIO) -> list[list[Word]]:
    """Every page's words as the reader used to take them from pdfplumber."""
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            raw = page.extract_words(
                keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname"], x_tolerance_ratio=0.25
            )
            pages.append(
                [
                    Word(
                        w["text"],
                        w["x0"],
                        w["x1"],
                        w["top"],
                        w["bottom"],
                        bool(_BOLD_NAME.search(w["fontname"])),
                    )
                    for w in raw
                ]
            )
    return pages


def pdfium_words(path: Path | str) -> list[list[Word]]:
    with PdfText(str(path)) as pdf:
        return [pdf.page(number).words for number in range(1, pdf.page_count + 1)]


def _reading_order(words: list[Word]) -> list[Word]:
    return sorted(words, key=lambda w: (round(w.top), w.x0))


def assert_same_words(reference: list[Word], ours: list[Word], where: str) -> None:
    """Same words, boxes within 0.5 pt. Along a line PDFium places each glyph with its width rounded to a
    whole thousandth of an em, pdfminer with the file's exact width: the gap grows by about 0.1 % of the
    distance from the line's start, so x gets that much more. A glyph pdfminer's metrics lack is 0 wide
    there (a "€" in a standard font) and has its real width here: only its left edge is compared."""
    expected, got = _reading_order(reference), _reading_order(ours)
    assert [w.text for w in got] == [w.text for w in expected], where
    for a, b in zip(expected, got, strict=True):
        context = f"{where}: {a.text!r} {a} vs {b}"
        assert abs(a.top - b.top) <= 0.5 and abs(a.bottom - b.bottom) <= 0.5, context
        assert abs(a.x0 - b.x0) <= 0.5 + 0.0015 * a.x0, context
        if a.x1 > a.x0:
            assert abs(a.x1 - b.x1) <= 0.5 + 0.0015 * a.x1, context
        assert b.bold or not a.bold, context  # a font named bold is bold; its weight may say so as well


@pytest.mark.parametrize("path", _FIXTURE_PDFS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_words_are_pdfplumbers_words(path: Path) -> None:
    reference, ours = plumber_words(path), pdfium_words(path)
    assert len(ours) == len(reference)
    for number, (expected, got) in enumerate(zip(reference, ours, strict=True), start=1):
        assert_same_words(expected, got, f"{path.name} p{number}")


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not next to this checkout")
def test_corpus_words_are_pdfplumbers_words() -> None:
    """Every text PDF of the shared corpus (both sets), through both layers."""
    files = [
        p
        for folder in (CORPUS / "bills", CORPUS / "more" / "bills")
        for p in sorted(folder.rglob("*.pdf"))
        if "_bad" not in p.parts
    ]
    assert len(files) > 150
    for path in files:
        reference, ours = plumber_words(path), pdfium_words(path)
        assert len(ours) == len(reference), path
        for number, (expected, got) in enumerate(zip(reference, ours, strict=True), start=1):
            assert_same_words(expected, got, f"{path} p{number}")


# --------------------------------------------------------------------------------------------- pages as shown

_LINES = [
    ("Facture n° FA2026-0042 du 02/03/2026", 9, False),
    ("Forfait Mobile 100 Go", 9, False),
    ("Achat Internet+ KKO Store", 9, False),
    ("Total à payer", 11, True),
]
_AMOUNTS = ["", "19,99 €", "4,99 €", "24,98 €"]


def _draw_bill(pdf: canvas.Canvas, width: float, height: float) -> None:
    for row, ((text, size, bold), amount) in enumerate(zip(_LINES, _AMOUNTS, strict=True)):
        y = height - 80 - row * 22
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        pdf.drawString(60, y, text)
        if amount:
            pdf.drawRightString(width - 60, y, amount)


def landscape_bill(rotation: int) -> bytes:
    """A landscape bill as shown on screen. Rotation 0: a landscape page. 90, 180, 270: the page is stored
    turned and /Rotate turns it back, the drawing undoing the turn, as some generators and scanners do."""
    import pypdfium2

    width, height = landscape(A4)
    out = io.BytesIO()
    stored = (height, width) if rotation in (90, 270) else (width, height)
    pdf = canvas.Canvas(out, pagesize=stored, invariant=True)
    undo = {  # the page as shown (x right, y up) -> the page as stored
        0: (1, 0, 0, 1, 0, 0),
        90: (0, 1, -1, 0, stored[0], 0),
        180: (-1, 0, 0, -1, stored[0], stored[1]),
        270: (0, -1, 1, 0, 0, stored[1]),
    }[rotation]
    pdf.transform(*undo)
    _draw_bill(pdf, width, height)
    pdf.showPage()
    pdf.save()
    document = pypdfium2.PdfDocument(out.getvalue())
    document[0].set_rotation(rotation)
    turned = io.BytesIO()
    document.save(turned)
    document.close()
    return turned.getvalue()


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_page_reads_as_shown(tmp_path: Path, rotation: int) -> None:
    """A page stored turned reads as it is displayed: same words and boxes as the upright landscape page."""
    upright, turned = tmp_path / "upright.pdf", tmp_path / "turned.pdf"
    upright.write_bytes(landscape_bill(0))
    turned.write_bytes(landscape_bill(rotation))
    [expected], [got] = pdfium_words(upright), pdfium_words(turned)
    assert "Internet+" in [w.text for w in got]
    assert_same_words(expected, got, f"/Rotate {rotation}")
    bill = read_bill(str(turned))
    assert bill.total == Decimal("24.98")
    assert [c.amount for c in bill.charges] == [Decimal("19.99"), Decimal("4.99")]


def test_sideways_text_is_left_out(tmp_path: Path) -> None:
    """A margin note printed sideways is not a line of the bill; the upright text around it is read."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=True)
    _draw_bill(pdf, *A4)
    pdf.saveState()
    pdf.translate(20, 300)
    pdf.rotate(90)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(0, 0, "Document à conserver 12,00 €")
    pdf.restoreState()
    pdf.save()
    path = tmp_path / "sideways.pdf"
    path.write_bytes(out.getvalue())
    [words] = pdfium_words(path)
    texts = [w.text for w in words]
    assert "Internet+" in texts and "conserver" not in texts


# ---------------------------------------------------------------------------------------------- fonts


def test_type3_font_with_unicode_map_is_read(tmp_path: Path) -> None:
    path = tmp_path / "type3.pdf"
    path.write_bytes(pdf_factory.type3_bill(to_unicode=True))
    [words] = pdfium_words(path)
    assert [w.text for w in words] == ["Total", "12,50"]
    assert_same_words(plumber_words(path)[0], words, "type3")


def test_type3_font_without_unicode_map_is_read_from_the_picture(tmp_path: Path) -> None:
    """PDFium cannot tell the letters of a Type3 font that has no map (its codes are not letters): such words
    are left out and the page goes to OCR, like a scan, instead of reading "ABCDE" as text."""
    path = tmp_path / "type3.pdf"
    path.write_bytes(pdf_factory.type3_bill(to_unicode=False))
    with PdfText(str(path)) as pdf:
        page = pdf.page(1)
    assert page.words == [] and page.unmapped == page.chars == 10
    read = read_pages(str(path))
    assert 1 in read.ocr  # read from the rendered page
    assert not any("ABCDE" in line.text for line in read.pages[0])


def test_bold_comes_from_the_font_not_only_its_name(tmp_path: Path) -> None:
    """A font named "F2" whose descriptor says bold (ForceBold, heavy stem) is bold: section titles and totals
    are told apart by it."""
    path = tmp_path / "f2.pdf"
    path.write_bytes(pdf_factory.bold_named_f2())
    [words] = pdfium_words(path)
    assert [(w.text, w.bold) for w in words] == [("Total", True), ("12,50", False)]


def test_narrow_and_no_break_spaces_keep_an_amount_whole(tmp_path: Path) -> None:
    """U+202F between thousands and U+00A0 before "€" (how French software prints amounts): the words stay
    together in one cell, so "1 029,00 €" is one amount, not 1 and 29."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=True)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from kkoguard.paths import resources_dir

    font = next((resources_dir() / "fonts").glob("DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu", str(font)))
    pdf.setFont("DejaVu", 10)
    pdf.drawString(60, 760, "Facture n° FA-77 du 02/03/2026")
    pdf.drawString(60, 740, "Téléphone XL")
    pdf.drawRightString(535, 740, "1\u202f029,00\u00a0€")
    pdf.drawString(60, 720, "Total à payer")
    pdf.drawRightString(535, 720, "1\u202f029,00\u00a0€")
    pdf.save()
    path = tmp_path / "spaces.pdf"
    path.write_bytes(out.getvalue())
    [words] = pdfium_words(path)
    assert_same_words(plumber_words(path)[0], words, "spaces")
    bill = read_bill(str(path))
    assert bill.total == Decimal("1029.00")
    assert [c.amount for c in bill.charges] == [Decimal("1029.00")]


# ---------------------------------------------------------------------------------------------- broken pages


def test_empty_pages_have_no_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(pdf_factory.empty_pages(2))
    with PdfText(str(path)) as pdf:
        pages = [pdf.page(1), pdf.page(2)]
    assert [(p.words, p.chars, p.images) for p in pages] == [([], 0, 0)] * 2
    with pytest.raises(BillError) as raised:
        read_bill(str(path))
    assert raised.value.code is ErrorCode.NO_TEXT


def test_a_page_pdfium_cannot_parse_is_a_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "broken-page.pdf"
    path.write_bytes(pdf_factory.page_tree_to_nowhere())
    with PdfText(str(path)) as pdf, pytest.raises(PdfTextError):
        pdf.page(2)
    with pytest.raises(BillError) as raised:
        read_bill(str(path))
    assert raised.value.code is ErrorCode.CORRUPT
    run = subprocess.run(
        [sys.executable, "-m", "kkoguard", "scan", "--json", "--lang", "en", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    assert_no_traceback(run.stderr)
    [bill] = json.loads(run.stdout)["bills"]
    assert bill["status"] == "error" and bill["error"]["code"] == "corrupt"


def test_encrypted_file_is_told_apart(tmp_path: Path) -> None:
    with pytest.raises(BillError) as raised:
        read_bill(str(FIXTURES / "bad" / "encrypted.pdf"))
    assert raised.value.code is ErrorCode.ENCRYPTED


def test_a_crash_inside_pdfium_is_a_typed_error(tmp_path: Path) -> None:
    """PDFium is C++: a crash in it kills the worker process, never the app; the file is reported as one
    that could not be read and the next file is read."""
    crash, good = tmp_path / "crash.pdf", tmp_path / "good.pdf"
    crash.write_bytes((FIXTURES / "golden" / "red.pdf").read_bytes())
    good.write_bytes((FIXTURES / "golden" / "red.pdf").read_bytes())
    outcomes = read_bills([str(crash), str(good)], reader="tests.isolation_readers:pdfium_crash_on_crash_pdf")
    assert outcomes[0].error is not None and outcomes[0].error.code is ErrorCode.CORRUPT
    assert "SIGSEGV" in (outcomes[0].error.detail or "")
    assert outcomes[1].bill is not None and outcomes[1].bill.total is not None
