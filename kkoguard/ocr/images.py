"""Page images from untrusted files: photos, screenshots, scans (JPEG, PNG, HEIC, TIFF) and image-only PDF
pages, ready for OCR.

Pillow decodes every format (HEIC through the pillow-heif plugin); a file is recognised by its first bytes,
never by its name alone. Sizes are checked before decoding so that a "decompression bomb" is refused, not
decoded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from kkoguard.errors import BillError, ErrorCode

if TYPE_CHECKING:
    from PIL import Image

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff"})
"""The image files a person can give: phone photos (JPEG, HEIC), screenshots (PNG), scanners (TIFF)."""

MAX_PIXELS = 80_000_000
"""Above this many pixels (a 10 000 × 8 000 photo) an image is refused before it is decoded."""

MAX_IMAGE_PAGES = 50
"""A multi-page TIFF longer than this is refused: a bill has a few pages."""

OCR_DPI = 300
"""Resolution at which image-only PDF pages are rendered, and the one OCR works best at."""

A4_WIDTH_INCHES = 8.27


def is_image_path(path: str) -> bool:
    """Whether the file's name says it is a picture (the parent process decides grouping on names only)."""
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


HEAD_BYTES = 1024
"""How much of a file's start `sniff_kind` looks at: a PDF's "%PDF-" may follow some junk (readers allow
up to 1024 bytes of it)."""


def sniff_kind(head: bytes) -> Literal["pdf", "image"] | None:
    """What a file is by its first HEAD_BYTES bytes, whatever its name says: a PDF, an image (JPEG, PNG,
    TIFF, HEIC), or neither (None). Grouping photos into bills and choosing a reader both go by this."""
    if b"%PDF-" in head[:HEAD_BYTES]:
        return "pdf"
    if sniff_image(head):
        return "image"
    return None


def read_head(path: str) -> bytes:
    """The first HEAD_BYTES bytes of a file, for `sniff_kind`. Raises OSError (PermissionError...)."""
    with open(path, "rb") as file:
        return file.read(HEAD_BYTES)


def sniff_image(head: bytes) -> bool:
    """Whether the first bytes of a file are those of a JPEG, PNG, TIFF or HEIC image."""
    return head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")) or (
        head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc", b"heim")
    )


@dataclass
class PageImage:
    """One page as a grayscale image, how many pixels one PDF point is on it, and where the paper is."""

    image: Image.Image
    pixels_per_point: float
    box: tuple[int, int, int, int]
    count: int = 1
    """How many pages the file holds (frames of a TIFF), for progress."""


def _pillow() -> None:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # pragma: no cover - a dependency; without it HEIC files say "not an image"
        return
    register_heif_opener()


def image_pages(path: str) -> Iterator[PageImage]:
    """The pages of an image file, upright as the camera recorded them (EXIF orientation applied)."""
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    _pillow()
    try:
        with Image.open(path) as opened:
            frames = getattr(opened, "n_frames", 1)
            if frames > MAX_IMAGE_PAGES:
                raise BillError(ErrorCode.TOO_LARGE, path, f"{frames} images")
            for frame in ImageSequence.Iterator(opened):
                if frame.width * frame.height > MAX_PIXELS:
                    raise BillError(ErrorCode.TOO_LARGE, path, f"{frame.width}x{frame.height} pixels")
                upright = ImageOps.exif_transpose(frame) or frame
                gray = upright.convert("L")
                box = page_box(gray)
                dpi = max(36.0, (box[2] - box[0]) / A4_WIDTH_INCHES)
                yield PageImage(gray, dpi / 72, box, frames)
    except BillError:
        raise
    except (Image.DecompressionBombError, MemoryError) as exc:
        raise BillError(ErrorCode.TOO_LARGE, path, type(exc).__name__) from exc
    except UnidentifiedImageError as exc:
        raise BillError(ErrorCode.NOT_A_PDF, path, "not an image Pillow can read") from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:  # truncated or broken data
        raise BillError(ErrorCode.CORRUPT, path, type(exc).__name__) from exc


def pdf_page_image(pdf: object, index: int) -> PageImage:
    """Render page `index` (0-based) of a pypdfium2 document at OCR_DPI, in grayscale."""
    page = pdf[index]  # type: ignore[index]
    try:
        bitmap = page.render(scale=OCR_DPI / 72, grayscale=True)
        image = bitmap.to_pil().convert("L")
    finally:
        page.close()
    return PageImage(image, OCR_DPI / 72, (0, 0, image.width, image.height))


def even_lighting(gray: Image.Image) -> Image.Image:
    """Divide the image by its own blurred background: a photo's shadow, gradient or vignette becomes
    white paper again, so that one threshold separates ink from paper everywhere on the page."""
    from PIL import Image, ImageFilter, ImageMath

    background = gray.reduce(8).filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(4))
    background = background.resize(gray.size, Image.Resampling.BILINEAR)
    evened = ImageMath.lambda_eval(lambda a: a["ink"] * 255 / (a["paper"] + 1), ink=gray, paper=background)
    result: Image.Image = evened.convert("L")
    return result


def page_box(gray: Image.Image) -> tuple[int, int, int, int]:
    """Where the paper is on a photo or a screenshot: the bright area, as (left, top, right, bottom).

    A page is mostly white paper; a table, a dark scanner edge or a viewer's grey background is not. Rows and
    columns where most pixels are paper-bright bound the page. When nothing stands out, the whole image.
    """
    small = gray.copy()
    small.thumbnail((400, 400))
    histogram = small.histogram()
    threshold = _otsu(histogram)
    width, height = small.size
    data = small.tobytes()
    rows = [sum(1 for v in data[y * width : (y + 1) * width] if v > threshold) / width for y in range(height)]
    cols = [sum(1 for v in data[x::width] if v > threshold) / height for x in range(width)]
    top, bottom = _span(rows)
    left, right = _span(cols)
    if right - left < width * 0.3 or bottom - top < height * 0.3:
        return 0, 0, gray.width, gray.height
    sx, sy = gray.width / width, gray.height / height
    return (
        int(left * sx),
        int(top * sy),
        min(gray.width, int(right * sx) + 1),
        min(gray.height, int(bottom * sy) + 1),
    )


def _span(fractions: list[float]) -> tuple[int, int]:
    inside = [i for i, f in enumerate(fractions) if f > 0.5]
    if not inside:
        return 0, len(fractions)
    return inside[0], inside[-1] + 1


def _otsu(histogram: list[int]) -> int:
    total = sum(histogram)
    weighted = sum(i * n for i, n in enumerate(histogram))
    best, best_t, seen, seen_w = -1.0, 128, 0, 0
    for t, n in enumerate(histogram):
        seen += n
        seen_w += t * n
        if seen == 0 or seen == total:
            continue
        m0 = seen_w / seen
        m1 = (weighted - seen_w) / (total - seen)
        between = seen * (total - seen) * (m0 - m1) ** 2
        if between > best:
            best, best_t = between, t
    return best_t


def upright_image(path: str, frame: int = 0) -> Image.Image:
    """One image of a file in colour, upright as the camera recorded it: what is shown to the person."""
    from PIL import Image, ImageOps, ImageSequence

    _pillow()
    with Image.open(path) as opened:
        for index, current in enumerate(ImageSequence.Iterator(opened)):
            if index == frame:
                if current.width * current.height > MAX_PIXELS:
                    raise BillError(ErrorCode.TOO_LARGE, path, f"{current.width}x{current.height} pixels")
                upright = ImageOps.exif_transpose(current) or current
                colour: Image.Image = upright.convert("RGB")
                return colour
    raise BillError(ErrorCode.CORRUPT, path, f"no image {frame}")
