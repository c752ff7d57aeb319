"""A file is what its bytes say, not what its name says: a PDF named ".jpg" beside a photo is a bill of its
own, never a later page of the photo's bill (issue 17, item 2)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kkoguard import isolation
from kkoguard.isolation import read_bills
from kkoguard.ocr.images import read_head, sniff_kind
from tests.conftest import Run
from tests.helpers import FIXTURES, GOLDEN, load_json, validate_scan, within

Cli = Callable[..., Run]
SCANS = FIXTURES / "scans"
PHOTO_TRUTH = load_json(SCANS / "2025-10.truth.json")
SFR_TRUTH = load_json(GOLDEN / "sfr.truth.json")


@pytest.fixture
def photo_and_pdf_named_jpg(tmp_path: Path) -> tuple[str, str]:
    """The first page of a photographed B&You bill, and an SFR PDF bill named as if it were its page 2."""
    photo = tmp_path / "2025-10-p1.jpg"
    shutil.copy(SCANS / "2025-10-p1.jpg", photo)
    pdf = tmp_path / "2025-10-p2.jpg"
    shutil.copy(GOLDEN / "sfr.pdf", pdf)
    return str(photo), str(pdf)


def test_scan_json_reads_a_pdf_named_jpg_as_its_own_bill(
    cli: Cli, photo_and_pdf_named_jpg: tuple[str, str]
) -> None:
    photo, pdf = photo_and_pdf_named_jpg

    run = cli("scan", "--json", "--lang", "en", photo, pdf)

    bills = validate_scan(run.out)["bills"]
    assert [b["file"] for b in bills] == [photo, pdf], "the PDF vanished from the output"
    assert [b["status"] for b in bills] == ["ok", "ok"]
    assert [b["operator"] for b in bills] == [PHOTO_TRUTH["operator"], "sfr"]
    photo_bill, pdf_bill = bills
    assert pdf_bill["total"] == SFR_TRUTH["total"]
    assert len(pdf_bill["charges"]) == len(SFR_TRUTH["charges"])
    sfr_labels = {c["label"] for c in SFR_TRUTH["charges"]}
    assert not sfr_labels & {c["label"] for c in photo_bill["charges"]}, (
        "SFR charges added to the photo's bill"
    )
    assert {c["page"] for c in photo_bill["charges"]} == {1}, "the photo's bill has one page only"


def test_read_bills_keeps_a_pdf_named_jpg_out_of_the_photos_bill(
    photo_and_pdf_named_jpg: tuple[str, str],
) -> None:
    photo, pdf = photo_and_pdf_named_jpg

    outcomes = within(300, lambda: read_bills([photo, pdf]))

    assert [o.part_of for o in outcomes] == [None, None]
    assert [o.error for o in outcomes] == [None, None]
    assert outcomes[0].bill is not None and outcomes[1].bill is not None
    assert outcomes[0].bill.operator == PHOTO_TRUTH["operator"]
    assert outcomes[1].bill.operator == "sfr"
    assert outcomes[1].bill.source != "ocr", "the PDF was read from its text, as a PDF"


def test_a_pdf_that_became_a_pdf_after_the_parent_looked_is_still_not_a_page(
    photo_and_pdf_named_jpg: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker checks the bytes again: a file swapped between the parent's look and the reading (here the
    parent is made to believe every file is an image) is read as a document, and the photos still finish."""
    photo, pdf = photo_and_pdf_named_jpg
    monkeypatch.setattr(isolation, "sniff_kind", lambda head: "image")

    outcomes = within(300, lambda: read_bills([photo, pdf], workers=1))

    assert [o.part_of for o in outcomes] == [None, None]
    assert [o.bill.operator if o.bill else None for o in outcomes] == [PHOTO_TRUTH["operator"], "sfr"]


def test_the_photos_of_one_bill_are_still_joined(tmp_path: Path) -> None:
    pages = []
    for name in ("2025-10-p1.jpg", "2025-10-p2.jpg"):
        shutil.copy(SCANS / name, tmp_path / name)
        pages.append(str(tmp_path / name))

    outcomes = within(300, lambda: read_bills(pages))

    assert [o.part_of for o in outcomes] == [None, pages[0]]
    assert outcomes[0].bill is not None and outcomes[0].bill.total is not None
    assert str(outcomes[0].bill.total) == PHOTO_TRUTH["total"]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"\x00junk before the header %PDF-1.4", "pdf"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"),
        (b"\x89PNG\r\n\x1a\n\x00", "image"),
        (b"II*\x00\x08\x00", "image"),
        (b"MM\x00*\x00\x08", "image"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00", "image"),
        (b"", None),
        (b"ok", None),
        (b"<html>%PD", None),
    ],
)
def test_a_files_kind_comes_from_its_first_bytes(tmp_path: Path, head: bytes, kind: str | None) -> None:
    for name in ("file.jpg", "file.pdf", "file"):
        (tmp_path / name).write_bytes(head)
        assert sniff_kind(read_head(str(tmp_path / name))) == kind, name
