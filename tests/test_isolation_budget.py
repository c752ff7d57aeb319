"""A file's time budget grows with its pages, and with its pages read by OCR, up to a hard cap.

The reader below is a stand-in that worker processes import from this module (READER): a file holds a line
such as "pages=40 sleep=0.05", and reading each page sleeps that long; "hang" makes the first page read never
end, "ocr" makes each page announce its OCR as the real reader does. It defines `read_pages` and
`finish_bill`, so long files are split into page ranges as real ones are. Budgets are set small through
`read_bills`' arguments, so the tests take seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from kkoguard.bills.model import Bill
from kkoguard.bills.reader import MAX_PAGES, PageRange
from kkoguard.isolation import (
    DEFAULT_TIMEOUT,
    MAX_TIMEOUT,
    SPLIT_PAGES,
    Budget,
    Outcome,
    read_bills,
)
from tests.helpers import within

READER = "tests.test_isolation_budget:read_bill"

# --- the stand-in reader, run in the workers ---------------------------------------------------------------

_progress: Callable[[int, int], None] | None = None


def set_progress(callback: Callable[[int, int], None] | None) -> None:
    global _progress
    _progress = callback


def _spec(path: str) -> dict[str, str]:
    words = Path(path).read_text(encoding="ascii").split()
    return dict(word.partition("=")[::2] for word in words)


def read_pages(
    path: str, first: int = 1, stop: int | None = None, split_above: int | None = None
) -> PageRange:
    spec = _spec(path)
    count = int(spec["pages"])
    if split_above is not None and count > split_above:
        return PageRange(path, count, first, [])  # only the page count: the parent plans the ranges
    last = count if stop is None else min(stop - 1, count)
    result = PageRange(path, count, first, [])
    for number in range(first, last + 1):
        if "ocr" in spec and _progress is not None:
            _progress(number, count)
        if "hang" in spec:
            threading.Event().wait()
        time.sleep(float(spec.get("sleep", "0")))
        result.pages.append([])
    return result


def finish_bill(path: str, ranges: Sequence[PageRange]) -> Bill:
    return Bill(path=path, pages=ranges[0].page_count, operator="stand_in")


def read_bill(path: str) -> Bill:
    return finish_bill(path, [read_pages(path)])


# --- the tests ---------------------------------------------------------------------------------------------


def bill_file(folder: Path, name: str, spec: str) -> str:
    path = folder / name
    path.write_text(spec, encoding="ascii")
    return str(path)


def codes(outcomes: list[Outcome]) -> list[str]:
    return [o.error.code.value if o.error else "ok" for o in outcomes]


def timed(
    paths: list[str],
    *,
    timeout: float,
    page_timeout: float | None = None,
    ocr_page_timeout: float | None = None,
    max_timeout: float | None = None,
) -> tuple[list[Outcome], dict[str, float]]:
    """Read the files one after the other in one worker; how long each took, from its start to its end."""
    ended: dict[str, float] = {}
    last = [time.monotonic()]

    def on_outcome(index: int, outcome: Outcome) -> None:
        now = time.monotonic()
        ended[outcome.path] = now - last[0]
        last[0] = now

    outcomes = within(
        90,
        lambda: read_bills(
            paths,
            reader=READER,
            workers=1,
            timeout=timeout,
            page_timeout=page_timeout,
            ocr_page_timeout=ocr_page_timeout,
            max_timeout=max_timeout,
            on_outcome=on_outcome,
        ),
    )
    return outcomes, ended


def test_a_long_bill_gets_more_time_than_a_short_one_for_the_same_work(tmp_path: Path) -> None:
    # Both take about 2.4 s of reading; the base budget is 1 s. The 40-page one has 0.2 s more per page (9 s
    # in all) once its page count is known; the 4-page one is read in one go and keeps the base budget.
    long = bill_file(tmp_path, "long.pdf", "pages=40 sleep=0.06")
    short = bill_file(tmp_path, "short.pdf", "pages=4 sleep=0.6")
    assert 4 <= SPLIT_PAGES < 40

    outcomes, _ = timed([long, short], timeout=1, page_timeout=0.2)

    assert codes(outcomes) == ["ok", "timeout"]
    assert outcomes[0].bill is not None and outcomes[0].bill.pages == 40
    assert outcomes[1].error is not None and "no answer in 1 s" in outcomes[1].error.detail


def test_a_short_file_that_hangs_is_still_killed_at_the_base_budget(tmp_path: Path) -> None:
    hang = bill_file(tmp_path, "hang.pdf", "pages=3 hang")
    after = bill_file(tmp_path, "after.pdf", "pages=2")

    outcomes, took = timed([hang, after], timeout=1, page_timeout=100, ocr_page_timeout=100)

    assert codes(outcomes) == ["timeout", "ok"]
    assert 1 <= took[hang] < 6  # the base, plus killing the worker; not 300 s for its pages


def test_a_long_file_that_hangs_is_killed_at_the_cap(tmp_path: Path) -> None:
    claims = bill_file(tmp_path, "claims.pdf", f"pages={MAX_PAGES} hang")

    outcomes, took = timed([claims], timeout=1, page_timeout=1, max_timeout=2.5)

    assert codes(outcomes) == ["timeout"]
    assert outcomes[0].error is not None and "no answer in 2.5 s" in outcomes[0].error.detail
    assert 2.5 <= took[claims] < 8  # not the 2001 s its pages would earn


def test_pages_read_by_ocr_earn_more_time_as_each_starts(tmp_path: Path) -> None:
    # 3 pages "OCR'd" in 0.8 s each: 2.4 s, in one go (too short to be split). With 1.5 s per OCR page the
    # budget reaches 5.5 s; without, it stays at the 1 s base.
    scan = bill_file(tmp_path, "scan.pdf", "pages=3 sleep=0.8 ocr")
    progress: list[tuple[int, int, int]] = []

    with_ocr = within(
        60,
        lambda: read_bills(
            [scan], reader=READER, timeout=1, ocr_page_timeout=1.5, on_progress=lambda *p: progress.append(p)
        ),
    )
    without = within(60, lambda: read_bills([scan], reader=READER, timeout=1, ocr_page_timeout=0))

    assert codes(with_ocr) == ["ok"] and codes(without) == ["timeout"]
    assert progress == [(0, 1, 3), (0, 2, 3), (0, 3, 3)]  # still passed on to the caller


def test_the_default_budget_fits_the_long_corpus_bill_and_stays_bounded() -> None:
    budget = Budget()
    assert budget.seconds() == DEFAULT_TIMEOUT  # nothing known of its length: the base
    assert budget.seconds(pages=300) >= 3 * 116  # what the 300-page bill took on a loaded 2-CPU machine
    assert budget.seconds(pages=MAX_PAGES) == budget.seconds(pages=300, ocr_pages=300) == MAX_TIMEOUT
    assert DEFAULT_TIMEOUT < MAX_TIMEOUT
    assert Budget(base=5, cap=2).seconds(pages=10) == 5  # a cap never cuts below the base


def test_a_smaller_timeout_scales_every_allowance() -> None:
    """`read_bills(timeout=2)` (as tests and impatient callers use it) keeps its meaning: the page and OCR
    allowances and the cap shrink with it."""
    assert Budget.scaled(DEFAULT_TIMEOUT) == Budget()
    tenth = Budget.scaled(DEFAULT_TIMEOUT / 10)
    assert tenth.seconds(pages=300) == pytest.approx(Budget().seconds(pages=300) / 10)
    assert tenth.seconds(ocr_pages=3) == pytest.approx(Budget().seconds(ocr_pages=3) / 10)
    assert tenth.seconds(pages=MAX_PAGES) == pytest.approx(MAX_TIMEOUT / 10)


def test_budget_arguments_are_checked(tmp_path: Path) -> None:
    path = bill_file(tmp_path, "ok.pdf", "pages=1")
    with pytest.raises(ValueError, match="page_timeout"):
        read_bills([path], reader=READER, page_timeout=-1)
