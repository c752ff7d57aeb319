"""Bills with no text layer (scanned PDFs, phone photos, screenshots) read by OCR through the same engine."""

from __future__ import annotations

import shutil
import struct
import zlib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from kkoguard.bills.reader import read_bill
from kkoguard.detection.summary import analyse
from kkoguard.errors import BillError, ErrorCode
from kkoguard.isolation import read_bills
from kkoguard.ocr.document import scanned_pdf
from kkoguard.ocr.engine import OcrPage
from tests.conftest import Run
from tests.helpers import BAD, FIXTURES, load_json, validate_scan

SCANS = FIXTURES / "scans"
PHOTO = [SCANS / "2025-10-p1.jpg", SCANS / "2025-10-p2.jpg"]  # B&You, 2 pages, photographed
SCREENSHOT = [SCANS / "2025-11-p1.png", SCANS / "2025-11-p2.png"]  # the next month, screenshots
Cli = Callable[..., Run]


def truth(name: str) -> dict[str, object]:
    data: dict[str, object] = load_json(SCANS / name)
    return data


def suspicious_amounts(charges: list[dict[str, object]]) -> list[Decimal]:
    return sorted(Decimal(str(c["amount"])) for c in charges if c["suspicious"])


def test_a_scanned_pdf_is_read_by_ocr_with_its_fields_and_charges() -> None:
    bill = read_bill(str(SCANS / "scanned-red.pdf"))

    assert bill.source == "ocr" and bill.confidence is not None and 0.7 < bill.confidence <= 1
    assert (bill.operator, bill.invoice_number, bill.line_numbers) == ("red", "RD213604983", ["0700532609"])
    assert bill.total == Decimal("12.99")
    assert [c.amount for c in bill.charges] == [Decimal("12.99"), Decimal("10.00"), Decimal("-10.00")]
    assert all(c.confidence is not None and 0 < c.confidence <= 1 for c in bill.charges)
    assert not bill.images  # a PDF shows itself; its boxes are in its own page points
    x0, top, x1, bottom = bill.charges[0].bbox
    assert 0 < x0 < x1 < 595 and 0 < top < bottom < 842


def test_photos_of_one_bill_become_one_bill_named_by_the_first() -> None:
    pages: list[tuple[int, int, int]] = []
    outcomes = read_bills([str(p) for p in PHOTO], on_progress=lambda *call: pages.append(call))

    first, second = outcomes
    assert first.bill is not None and first.error is None and first.part_of is None
    assert (second.bill, second.error, second.part_of) == (None, None, str(PHOTO[0]))
    bill, expected = first.bill, truth("2025-10.truth.json")
    assert bill.path == str(PHOTO[0]) and bill.pages == 2 and bill.source == "ocr"
    assert [p.file for p in bill.images] == [str(p) for p in PHOTO]
    for name in ("operator", "invoice_number", "account_number"):
        assert getattr(bill, name) == expected[name], name
    assert str(bill.invoice_date) == expected["invoice_date"] and str(bill.total) == expected["total"]
    analyse([bill])
    found = [{"amount": c.amount, "suspicious": c.suspicious} for c in bill.charges]
    assert suspicious_amounts(found) == suspicious_amounts(expected["charges"])  # type: ignore[arg-type]
    assert {c.page for c in bill.charges} == {1, 2}
    assert sorted(pages) == [(0, 1, 1), (1, 1, 1)]  # each image reports its page as OCR starts


def test_a_bill_of_photos_becomes_a_pdf_whose_pages_carry_the_charges_boxes(tmp_path: Path) -> None:
    [outcome, _] = read_bills([str(p) for p in PHOTO])
    assert outcome.bill is not None
    data = scanned_pdf(outcome.bill.images)

    assert data.startswith(b"%PDF-") and data == scanned_pdf(outcome.bill.images)  # same bytes: kept once
    document = tmp_path / "bill.pdf"
    document.write_bytes(data)
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(document))
    sizes = [pdf[i].get_size() for i in range(len(pdf))]
    pdf.close()
    assert len(sizes) == 2
    for charge in outcome.bill.charges:
        width, height = sizes[charge.page - 1]
        x0, top, x1, bottom = charge.bbox
        assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height


def test_screenshots_of_two_bills_in_one_folder_become_two_bills(tmp_path: Path) -> None:
    for path in [*PHOTO, *SCREENSHOT]:
        shutil.copy(path, tmp_path / path.name)
    given = sorted(str(p) for p in tmp_path.iterdir())

    outcomes = read_bills(list(reversed(given)))  # file-name order decides, not the order given

    bills = {o.path: o.bill for o in outcomes if o.bill is not None}
    assert sorted(bills) == [given[0], given[2]]
    assert [o.part_of for o in outcomes if o.part_of] == [given[2], given[0]]
    assert bills[given[0]].invoice_number == truth("2025-10.truth.json")["invoice_number"]  # type: ignore[union-attr]
    assert bills[given[2]].invoice_number == truth("2025-11.truth.json")["invoice_number"]  # type: ignore[union-attr]


def test_scan_json_lists_an_image_bill_once_with_its_source_and_pages(cli: Cli) -> None:
    run = cli("scan", "--json", *map(str, SCREENSHOT))

    document = validate_scan(run.out)
    [bill] = document["bills"]
    assert run.status == 0 and bill["file"] == str(SCREENSHOT[0]) and bill["status"] == "ok"
    assert bill["source"] == "ocr" and 0 < bill["confidence"] <= 1
    assert bill["pages_files"] == [str(p) for p in SCREENSHOT]
    assert all(c["source"] == "ocr" and 0 < c["confidence"] <= 1 for c in bill["charges"])
    expected = truth("2025-11.truth.json")
    assert suspicious_amounts(bill["charges"]) == suspicious_amounts(expected["charges"])  # type: ignore[arg-type]


def test_a_text_pdf_says_nothing_about_ocr(cli: Cli) -> None:
    run = cli("scan", "--json", str(FIXTURES / "golden" / "red.pdf"))
    [bill] = validate_scan(run.out)["bills"]
    assert "source" not in bill and all("confidence" not in c for c in bill["charges"])


@pytest.mark.parametrize("turn", [Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_90])
def test_a_page_upside_down_or_sideways_is_turned_before_reading(
    tmp_path: Path, turn: Image.Transpose
) -> None:
    path = tmp_path / "turned.png"
    with Image.open(SCREENSHOT[0]) as image:
        image.transpose(turn).save(path)

    bill = read_bill(str(path))

    assert bill.invoice_number == truth("2025-11.truth.json")["invoice_number"]
    assert bill.total == Decimal(str(truth("2025-11.truth.json")["total"]))


def test_a_tilted_photo_is_straightened(tmp_path: Path) -> None:
    path = tmp_path / "tilted.jpg"
    with Image.open(PHOTO[0]) as image:
        image.rotate(2.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(90, 60, 50)).save(path)

    bill = read_bill(str(path))

    expected = truth("2025-10.truth.json")
    assert bill.invoice_number == expected["invoice_number"] and str(bill.total) == expected["total"]
    amounts = {c.amount for c in bill.charges}
    assert {Decimal("11.99"), Decimal("3.00"), Decimal("1.74"), Decimal("-4.00")} <= amounts


def test_heic_and_multi_page_tiff_are_read(tmp_path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    heic, tiff = tmp_path / "photo.heic", tmp_path / "scan.tiff"
    with Image.open(SCREENSHOT[0]) as one, Image.open(SCREENSHOT[1]) as two:
        one.convert("RGB").save(heic, quality=90)
        one.convert("L").save(tiff, save_all=True, append_images=[two.convert("L")])

    from_heic, from_tiff = read_bill(str(heic)), read_bill(str(tiff))

    number = truth("2025-11.truth.json")["invoice_number"]
    assert from_heic.invoice_number == number and from_heic.images[0].file == str(heic)
    assert from_tiff.invoice_number == number and from_tiff.pages == 2
    assert [p.frame for p in from_tiff.images] == [0, 1]


def test_a_picture_of_no_bill_says_how_to_take_a_better_photo(tmp_path: Path) -> None:
    import pypdfium2

    recipe, blank = tmp_path / "recipe.png", tmp_path / "blank.jpg"
    pdf = pypdfium2.PdfDocument(str(BAD / "recipe-not-a-bill.pdf"))
    pdf[0].render(scale=2).to_pil().save(recipe)
    pdf.close()
    Image.new("L", (1200, 1700), 235).save(blank)

    for path, code in ((recipe, ErrorCode.NOT_A_BILL), (blank, ErrorCode.NO_TEXT)):
        with pytest.raises(BillError) as raised:
            read_bill(str(path))
        assert raised.value.code == code
        assert "à plat" in raised.value.message("fr") and path.name in raised.value.message("fr")
        assert "flat" in raised.value.message("en")


def _png_header_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def test_hostile_and_broken_images_get_a_code_not_a_traceback(tmp_path: Path) -> None:
    bomb, truncated, noise = tmp_path / "bomb.png", tmp_path / "cut.jpg", tmp_path / "noise.jpg"
    bomb.write_bytes(_png_header_claiming(60000, 60000))
    truncated.write_bytes(PHOTO[0].read_bytes()[:5000])
    noise.write_bytes(b"\x01\x02 not an image" * 100)

    outcomes = read_bills([str(bomb), str(truncated), str(noise)], timeout=60)

    codes = {Path(o.path).name: o.error.code if o.error else None for o in outcomes}
    assert codes == {"bomb.png": "too_large", "cut.jpg": "corrupt", "noise.jpg": "not_a_pdf"}


def test_amounts_that_do_not_add_up_are_to_be_checked_on_the_bill() -> None:
    bill = read_bill(str(SCANS / "scanned-red.pdf"))
    analyse([bill], "fr")
    assert not any("à vérifier" in r for c in bill.charges for r in c.reasons)  # it adds up: nothing to say

    bill.total = Decimal("22.99")  # as if a line had been missed
    analyse([bill], "fr")
    assert all(any("montant à vérifier sur la facture" in r for r in c.reasons) for c in bill.charges)

    text = read_bill(str(FIXTURES / "golden" / "red.pdf"))
    text.total = Decimal("1.00")
    analyse([text], "fr")
    assert not any("vérifier" in r for c in text.charges for r in c.reasons)  # a text PDF's digits are sure


def test_an_unsure_amount_is_to_be_checked() -> None:
    bill = read_bill(str(SCANS / "scanned-red.pdf"))
    bill.charges[1].confidence = 0.4
    analyse([bill], "en")
    assert [any("check it on the bill" in r for r in c.reasons) for c in bill.charges] == [False, True, False]


def test_boxes_go_back_to_the_image_as_given() -> None:
    page = OcrPage([], 90.0, turns=2, skew=0.0, size=(100.0, 200.0), offset=(5.0, 7.0))
    assert page.to_image((10, 20, 30, 40)) == pytest.approx((75, 167, 95, 187))

    sideways = OcrPage([], 90.0, turns=1, skew=0.0, size=(200.0, 100.0), offset=(0.0, 0.0))
    assert sideways.to_image((10, 20, 30, 40)) == pytest.approx((20, 170, 40, 190))

    tilted = OcrPage([], 90.0, turns=0, skew=90.0, size=(100.0, 100.0), offset=(0.0, 0.0))
    assert tilted.to_image((60, 45, 80, 55)) == pytest.approx((40, 65, 60, 75))
