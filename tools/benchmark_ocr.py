"""How fast bills with no text layer are read (OCR), on the corpus' scans and photos.

Run from the repository root (the corpus is ../shared/corpus/scans):

    .venv/bin/python tools/benchmark_ocr.py

Prints: seconds per page for a 300-dpi scanned page read in this process (median of its pages), the
wall time of the worker pool on photographed or screenshot bills (30 page images, 2 workers), and how long
a cancel takes while OCR is running.
"""

from __future__ import annotations

import json
import statistics
import threading
import time
from pathlib import Path

from kkoguard.bills.reader import read_pages
from kkoguard.isolation import read_bills

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scans"


def scan_pages() -> list[float]:
    """Seconds per page of the scanned PDFs (rendered at 300 dpi, then OCR'd), in this process."""
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    times = []
    for bill in [b for b in manifest["bills"] if b["form"] == "scan"][:8]:
        path = CORPUS / bill["files"][0]
        start = time.perf_counter()
        part = read_pages(str(path))
        times.append((time.perf_counter() - start) / max(1, len(part.pages)))
    return times


def image_bills(pages: int = 30) -> list[str]:
    """Photographed and screenshot bills, the longest first, until there are `pages` page images."""
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    chosen = sorted((b for b in manifest["bills"] if b["form"] != "scan"), key=lambda b: -b["pages"])
    files: list[str] = []
    for bill in chosen:
        if len(files) >= pages:
            break
        files += [str(CORPUS / f) for f in bill["files"]]
    return files


def main() -> None:
    per_page = scan_pages()
    print(
        f"scanned page at 300 dpi, this process: median {statistics.median(per_page):.2f} s/page "
        f"(max {max(per_page):.2f}, {len(per_page)} pages)"
    )

    paths = image_bills()
    start = time.perf_counter()
    outcomes = read_bills(paths, workers=2)
    wall = time.perf_counter() - start
    bills = sum(1 for o in outcomes if o.bill is not None)
    print(
        f"{bills} image bills, {len(paths)} page images, 2 workers: {wall:.1f} s wall "
        f"({wall / len(paths):.2f} s/page)"
    )

    cancel = threading.Event()
    pages: list[float] = []
    done = threading.Event()

    def run() -> None:
        read_bills(paths, workers=2, cancel=cancel, on_progress=lambda *_: pages.append(time.perf_counter()))
        done.set()

    thread = threading.Thread(target=run)
    thread.start()
    while len(pages) < 3:
        time.sleep(0.01)
    time.sleep(0.3)  # in the middle of a page
    asked = time.perf_counter()
    cancel.set()
    done.wait()
    print(f"cancel during OCR: returned after {1000 * (time.perf_counter() - asked):.0f} ms")
    thread.join()


if __name__ == "__main__":
    main()
