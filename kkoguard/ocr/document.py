"""A bill given as photos or screenshots, made into one PDF: what the review page shows with the charges
outlined, and what the dossier keeps as the bill.

Each page is the image at the size its charges' boxes assume (one point is `pixels_per_point` pixels), so
the boxes found by OCR fall on the right words with no other conversion.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from kkoguard.bills.model import ScannedPage
from kkoguard.ocr.images import upright_image

JPEG_QUALITY = 85


def scanned_pdf(pages: Sequence[ScannedPage]) -> bytes:
    """The pages as one PDF (the same bytes for the same images, so a bill imported twice is kept once)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, invariant=True, pageCompression=True)
    for page in pages:
        image = upright_image(page.file, page.frame)
        width, height = image.width / page.pixels_per_point, image.height / page.pixels_per_point
        canvas.setPageSize((width, height))
        canvas.drawImage(ImageReader(_jpeg(page, image)), 0, 0, width, height)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _jpeg(page: ScannedPage, image: object) -> io.BytesIO:
    """The photo's own JPEG bytes when it needs no turning (no loss, no time); else the image re-encoded."""
    from PIL import Image

    data = Path(page.file).read_bytes()
    if data[:3] == b"\xff\xd8\xff" and page.frame == 0:
        with Image.open(io.BytesIO(data)) as original:
            if original.getexif().get(0x0112, 1) == 1:  # EXIF orientation: already upright
                return io.BytesIO(data)
    assert isinstance(image, Image.Image)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY)
    buffer.seek(0)
    return buffer
