"""Long bills: read in page ranges by several worker processes, then joined into one bill.

`read_bills` reads a file of more than SPLIT_PAGES pages in ranges of CHUNK_PAGES pages (1–32, 33–64, …),
each range in whichever worker is free, and a worker then joins the ranges. Whatever the split, the bill
must be the one `read_bill` reads in a single pass: same fields, same charges in the same order, each on
its own page.

The long bill is drawn here with reportlab: a month of call detail over 66 pages (three ranges), with
Internet+ lines on page 1, in a table whose header ends page 32 and whose first row (a label wrapped over
two lines) starts page 33, on page 45 and on the last page. Drawing it takes a tenth of a second, reading
it a few seconds: hence 25 call lines a page rather than a real bill's 60 (the pages, not their density,
make the ranges), and a session fixture that reads it once in this process and once with the pool.

No test sleeps. The timeout test uses a reader (defined below, imported by the workers) that never answers
for one range, so the only wait is the timeout itself.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kkoguard import isolation
from kkoguard.bills import reader
from kkoguard.bills.model import Bill, Kind
from kkoguard.bills.reader import PageRange, read_bill
from kkoguard.detection.summary import Interval, analyse
from kkoguard.errors import BillError, ErrorCode
from kkoguard.isolation import Outcome, read_bills
from tests.helpers import BAD, GOLDEN, codes, within

PAGES = 66
"""Three ranges with CHUNK_PAGES = 32: 1–32, 33–64 and 65–66."""
CALLS_PER_PAGE = 25
WIDTH, HEIGHT = A4
MERCHANT = "FUNKYPLAY"
INTERNET_PLUS = f"Abonnement {MERCHANT} (Internet+)"
WRAPPED = (f"Abonnement {MERCHANT} jeux et vidéos", "illimités (Internet+)")
LEGAL = "Lumen Télécom SAS - 8 quai des Brumes 33000 Bordeaux - RCS Bordeaux 923 456 781"

EXPECTED_CHARGES = [  # label, amount, date, page
    ("Forfait Lumen 100 Go", Decimal("19.99"), date(2026, 3, 1), 1),
    (INTERNET_PLUS, Decimal("4.99"), date(2026, 3, 2), 1),
    (INTERNET_PLUS, Decimal("4.99"), date(2026, 3, 9), 1),
    (" ".join(WRAPPED), Decimal("4.99"), date(2026, 3, 16), 33),
    (INTERNET_PLUS, Decimal("4.99"), date(2026, 3, 23), 45),
    (INTERNET_PLUS, Decimal("4.99"), date(2026, 3, 30), PAGES),
]


# ---------------------------------------------------------------------------------------------- drawing


class _Page:
    """One page being drawn, top to bottom."""

    def __init__(self, c: canvas.Canvas) -> None:
        self.c = c
        self.y = HEIGHT - 50

    def text(self, x: float, text: str, size: float = 9, bold: bool = False, step: float = 13) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, self.y, text)
        self.y -= step

    def heading(self, title: str) -> None:
        self.y -= 8
        self.text(40, title, size=11, bold=True, step=16)

    def charges_header(self) -> None:
        self.c.setFont("Helvetica-Bold", 8)
        self.c.drawString(44, self.y, "Désignation")
        self.c.drawString(380, self.y, "Date")
        self.c.drawRightString(WIDTH - 44, self.y, "Montant TTC")
        self.y -= 14

    def charge(self, labels: Sequence[str], when: str, amount: str) -> None:
        self.c.setFont("Helvetica", 9)
        self.c.drawString(44, self.y, labels[0])
        self.c.drawString(380, self.y, when)
        self.c.drawRightString(WIDTH - 44, self.y, amount)
        for extra in labels[1:]:
            self.y -= 10.5
            self.c.drawString(44, self.y, extra)
        self.y -= 14

    def calls(self, page: int, count: int) -> None:
        self.heading("Détail de vos communications" + (" (suite)" if page > 2 else ""))
        self.c.setFont("Helvetica-Bold", 8)
        for x, title in [(44, "Date"), (110, "Heure"), (160, "Type"), (210, "Correspondant"), (330, "Durée")]:
            self.c.drawString(x, self.y, title)
        self.c.drawRightString(WIDTH - 44, self.y, "Facturation")
        self.y -= 12
        self.c.setFont("Helvetica", 8)
        for n in range(count):
            day = 1 + (page * CALLS_PER_PAGE + n) * 30 // (PAGES * CALLS_PER_PAGE)
            sms = n % 5 == 4
            cells = [
                (44, f"{day:02}/03/2026"),
                (110, f"{8 + n % 12}h{(7 * n) % 60:02}"),
                (160, "SMS" if sms else "Appel"),
                (210, f"06 {11 + page % 80:02} {20 + n:02} 56 {page % 100:02}"),
                (330, "-" if sms else f"{n % 9:02}min {(13 * n) % 60:02}s"),
            ]
            for x, text in cells:
                self.c.drawString(x, self.y, text)
            self.c.drawRightString(WIDTH - 44, self.y, "Inclus")
            self.y -= 12

    def end(self) -> None:
        self.c.setFont("Helvetica", 7)
        self.c.drawString(40, 30, LEGAL)
        self.c.showPage()


def draw_long_bill(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number in range(1, PAGES + 1):
        page = _Page(c)
        if number == 1:
            page.text(40, "LUMEN TÉLÉCOM", size=18, bold=True, step=30)
            for field in (
                "Facture n° : LT-2026-0388412",
                "Date de facture : 04/04/2026",
                "Période : du 01/03/2026 au 31/03/2026",
                "N° client : 77120435",
                "Ligne : 06 12 34 56 78",
            ):
                page.text(40, field)
            page.y -= 10
            page.c.setFont("Helvetica-Bold", 12)
            page.c.drawString(40, page.y, "Montant total à payer")
            page.c.drawRightString(WIDTH - 44, page.y, "44,94 €")
            page.y -= 30
            page.heading("Votre forfait")
            page.charges_header()
            page.charge(["Forfait Lumen 100 Go"], "01/03/2026", "19,99 €")
            page.heading("Achats Internet+")
            page.charges_header()
            page.charge([INTERNET_PLUS], "02/03/2026", "4,99 €")
            page.charge([INTERNET_PLUS], "09/03/2026", "4,99 €")
        elif number == 32:  # the table starts at the foot of range 1 ...
            page.calls(number, CALLS_PER_PAGE - 2)
            page.heading("Achats Internet+ (suite)")
            page.charges_header()
        elif number == 33:  # ... and its first row, wrapped, opens range 2
            page.charge(WRAPPED, "16/03/2026", "4,99 €")
            page.calls(number, CALLS_PER_PAGE - 3)
        elif number == 45:
            page.calls(number, CALLS_PER_PAGE // 2)
            page.heading("Achats Internet+")
            page.charges_header()
            page.charge([INTERNET_PLUS], "23/03/2026", "4,99 €")
            page.calls(number, CALLS_PER_PAGE // 2 - 4)
        elif number == PAGES:
            page.calls(number, CALLS_PER_PAGE // 2)
            page.heading("Achats Internet+")
            page.charges_header()
            page.charge([INTERNET_PLUS], "30/03/2026", "4,99 €")
            page.charge(["Total des achats Internet+"], "", "24,95 €")  # a total, not a charge
        else:
            page.calls(number, CALLS_PER_PAGE)
        page.end()
    c.save()


def draw_blank_pages(path: Path, count: int, text: bool = True) -> None:
    """`count` tiny pages holding one letter each (or nothing): quick to draw and to read."""
    c = canvas.Canvas(str(path), pagesize=(100, 100), invariant=1)
    for _ in range(count):
        if text:
            c.drawString(10, 50, "x")
        c.showPage()
    c.save()


SHORT = [str(GOLDEN / name) for name in ("orange.pdf", "free.pdf", "sfr.pdf")]
BROKEN = str(BAD / "truncated.pdf")


@dataclass
class LongBill:
    path: str
    alone: Bill
    """Read in this process by `read_bill`, in a single pass: the reference."""
    paths: list[str]
    """A short bill, the long one, a broken file, two short bills."""
    outcomes: list[Outcome]
    """`read_bills(paths)` with the default settings: the long bill is read in ranges by the pool."""
    calls: list[tuple[int, Outcome]]
    """What `on_outcome` was called with."""

    @property
    def pooled(self) -> Outcome:
        return self.outcomes[1]


@pytest.fixture(scope="session")
def long_bill(tmp_path_factory: pytest.TempPathFactory) -> LongBill:
    """Read once per session: the long bill costs a few seconds each time."""
    path = tmp_path_factory.mktemp("long") / "lumen-2026-03.pdf"
    draw_long_bill(path)
    paths = [SHORT[0], str(path), BROKEN, SHORT[1], SHORT[2]]
    calls: list[tuple[int, Outcome]] = []
    outcomes = read_bills(paths, on_outcome=lambda *call: calls.append(call))
    return LongBill(str(path), read_bill(str(path)), paths, outcomes, calls)


# ------------------------------------------------------------------------------------ a reader that tells

# Workers import this module as the reader "tests.test_long_bills:read_bill_logged". Because it defines
# `read_pages` and `finish_bill`, the pool splits long files with it exactly as with the real reader. Each
# call goes to the real reader and, when the test created "<pdf>.log", is appended to it as
# "<pid> <what> <first> <last>"; the test reads the log once `read_bills` is done. A file whose name
# contains "hang" never answers for the range that starts on page 33.

LOGGED = "tests.test_long_bills:read_bill_logged"
HANG_FROM = 33


def _log(path: str, what: str, first: int = 0, last: int = 0) -> None:
    log = Path(path + ".log")
    if log.exists():  # only files the test asked about: never write next to the fixtures
        with log.open("a", encoding="utf-8") as file:
            file.write(f"{os.getpid()} {what} {first} {last}\n")


def start_log(path: str | Path) -> None:
    Path(f"{path}.log").touch()


def read_pages(
    path: str, first: int = 1, stop: int | None = None, split_above: int | None = None
) -> PageRange:
    if "hang" in Path(path).name and first == HANG_FROM:
        _log(path, "hang", first)
        threading.Event().wait()
    part = reader.read_pages(path, first, stop, split_above)
    _log(path, "pages" if part.pages else "count", first, first + len(part.pages) - 1)
    return part


def finish_bill(path: str, ranges: Sequence[PageRange]) -> Bill:
    _log(path, "finish", min(r.first for r in ranges), sum(len(r.pages) for r in ranges))
    return reader.finish_bill(path, ranges)


def read_bill_logged(path: str) -> Bill:  # what a worker calls for a reader without ranges; unused here
    return finish_bill(path, [read_pages(path)])


def read_log(path: str) -> list[tuple[int, str, int, int]]:
    lines = Path(path + ".log").read_text(encoding="utf-8").splitlines()
    return [(int(pid), what, int(first), int(last)) for pid, what, first, last in map(str.split, lines)]


# ---------------------------------------------------------------------------------------------- tests


def test_the_drawn_bill_reads_as_intended_in_one_pass(long_bill: LongBill) -> None:
    """The reference itself: without it, "same as read_bill" would also accept a wrong bill."""
    assert isolation.SPLIT_PAGES < PAGES and isolation.CHUNK_PAGES == 32, (
        "drawn for ranges 1–32, 33–64, 65–66"
    )
    bill = long_bill.alone
    assert bill.pages == PAGES
    assert bill.invoice_number == "LT-2026-0388412"
    assert bill.invoice_date == date(2026, 4, 4)
    assert (bill.period_start, bill.period_end) == (date(2026, 3, 1), date(2026, 3, 31))
    assert bill.account_number == "77120435"
    assert bill.line_numbers == ["0612345678"]
    assert bill.total == Decimal("44.94")
    assert [(c.label, c.amount, c.date, c.page) for c in bill.charges] == EXPECTED_CHARGES


def test_a_long_bill_read_in_ranges_is_the_bill_read_in_one_pass(long_bill: LongBill) -> None:
    """`read_bills` with its defaults (every core; read among other files, see the fixture)."""
    outcome = long_bill.pooled
    assert outcome.error is None and outcome.bill is not None
    assert outcome.path == long_bill.path
    bill = outcome.bill

    # every field, then every charge (label, amount, date, page, bbox, section ...), then both at once
    assert vars(bill) | {"charges": None} == vars(long_bill.alone) | {"charges": None}
    assert [vars(c) for c in bill.charges] == [vars(c) for c in long_bill.alone.charges]
    assert bill == long_bill.alone
    # in reading order, each on its own page, across the three ranges
    assert [(c.label, c.amount, c.date, c.page) for c in bill.charges] == EXPECTED_CHARGES
    # the row that opens range 2 is at the top of page 33, in the table whose header ends range 1
    wrapped = bill.charges[3]
    assert wrapped.bbox[1] < 100 and wrapped.bbox[3] - wrapped.bbox[1] > 15, "two lines, top of the page"
    assert wrapped.section == "Achats Internet+ (suite)"
    assert [c.section for c in bill.charges[4:]] == ["Achats Internet+"] * 2


def test_two_workers_share_the_ranges_and_one_joins_them(long_bill: LongBill, tmp_path: Path) -> None:
    path = str(tmp_path / "lumen.pdf")
    Path(path).write_bytes(Path(long_bill.path).read_bytes())
    start_log(path)

    [outcome] = read_bills([path], workers=2, reader=LOGGED)

    assert outcome.error is None and outcome.bill is not None
    assert outcome.bill == replace(long_bill.alone, path=path)
    log = read_log(path)
    count, *ranges, finish = log
    assert count[1:] == ("count", 1, 0), "the first worker only counts the pages"
    assert sorted(r[1:] for r in ranges) == [("pages", 1, 32), ("pages", 33, 64), ("pages", 65, PAGES)]
    assert finish[1:] == ("finish", 1, PAGES)
    pids = {r[0] for r in ranges}
    assert len(pids) == 2, "both workers read ranges"
    assert finish[0] in pids
    assert os.getpid() not in {entry[0] for entry in log}, "the parent never parses"


def test_long_short_and_broken_files_together(long_bill: LongBill) -> None:
    outcomes, paths = long_bill.outcomes, long_bill.paths

    assert [outcome.path for outcome in outcomes] == paths
    assert codes(outcomes) == ["ok", "ok", "corrupt", "ok", "ok"]
    assert outcomes[1].bill == long_bill.alone
    for index in (0, 3, 4):
        assert outcomes[index].bill == read_bill(paths[index])
    error = outcomes[2].error
    assert error is not None and error.path == BROKEN
    calls = long_bill.calls
    assert sorted(index for index, _ in calls) == list(range(len(paths))), "one call per file"
    assert all(outcome is outcomes[index] for index, outcome in calls)


def test_internet_plus_lines_are_flagged_on_every_page_and_recur_weekly(long_bill: LongBill) -> None:
    assert long_bill.pooled.bill is not None
    bill = deepcopy(long_bill.pooled.bill)  # analyse fills in the charges; the fixture is shared

    summary = analyse([bill], "fr")

    plan, *bought = bill.charges
    assert not plan.suspicious and not plan.third_party and plan.kind is None
    assert [c.page for c in bought] == [1, 1, 33, 45, PAGES]
    assert all(c.suspicious and c.third_party and c.kind is Kind.INTERNET_PLUS for c in bought)
    assert {c.merchant for c in bought} == {"Funkyplay"}
    assert all(any("chaque semaine depuis le 2 mars 2026" in r for r in c.reasons) for c in bought)
    [merchant] = summary.merchants
    assert (merchant.merchant, merchant.total, merchant.count) == ("Funkyplay", Decimal("24.95"), 5)
    assert merchant.interval is Interval.WEEKLY
    assert (merchant.first_date, merchant.last_date) == (date(2026, 3, 2), date(2026, 3, 30))
    assert summary.suspicious_total == Decimal("24.95")


def test_a_file_above_max_pages_is_too_large_and_the_message_names_it(tmp_path: Path) -> None:
    path = tmp_path / "annual-detail.pdf"
    draw_blank_pages(path, reader.MAX_PAGES + 1)

    [outcome] = read_bills([str(path)])

    error = outcome.error
    assert outcome.bill is None and error is not None
    assert (error.code, error.path, error.detail) == (
        ErrorCode.TOO_LARGE,
        str(path),
        f"{reader.MAX_PAGES + 1} pages",
    )
    assert "annual-detail.pdf" in error.message("fr") and "annual-detail.pdf" in error.message("en")


def test_max_pages_is_the_last_page_count_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_PAGES", 5)
    at_limit, above = tmp_path / "five.pdf", tmp_path / "six.pdf"
    draw_blank_pages(at_limit, 5)
    draw_blank_pages(above, 6)

    assert len(reader.read_pages(str(at_limit)).pages) == 5
    with pytest.raises(BillError) as raised:
        reader.read_pages(str(above))
    assert (raised.value.code, raised.value.path) == (ErrorCode.TOO_LARGE, str(above))


@pytest.mark.parametrize(("text", "code"), [(True, "not_a_bill"), (False, "no_text")])
def test_a_long_file_that_is_no_bill_fails_when_joined_as_in_one_pass(
    tmp_path: Path, text: bool, code: str
) -> None:
    path = tmp_path / "long.pdf"
    draw_blank_pages(path, 40, text=text)  # two ranges; the verdict comes from joining them
    with pytest.raises(BillError) as raised:
        read_bill(str(path))

    [outcome] = read_bills([str(path)])

    assert raised.value.code == code
    assert outcome.error is not None and (outcome.error.code, outcome.error.path) == (code, str(path))


def test_a_range_that_times_out_ends_its_file_and_the_others_are_read(tmp_path: Path) -> None:
    hang = tmp_path / "hang.pdf"
    draw_blank_pages(hang, 70)  # ranges 1–32, 33–64 (never answers), 65–70
    start_log(hang)
    paths = [str(GOLDEN / "free.pdf"), str(hang), str(GOLDEN / "red.pdf")]
    calls: list[int] = []

    outcomes = within(
        60,
        lambda: read_bills(
            paths, workers=1, timeout=2, reader=LOGGED, on_outcome=lambda i, _: calls.append(i)
        ),
    )

    assert codes(outcomes) == ["ok", "timeout", "ok"]
    assert outcomes[1].error is not None and outcomes[1].error.path == str(hang)
    assert outcomes[0].bill == read_bill(paths[0]) and outcomes[2].bill == read_bill(paths[2])
    assert calls == [0, 1, 2]
    log = [entry[1:] for entry in read_log(str(hang))]
    assert log == [("count", 1, 0), ("pages", 1, 32), ("hang", HANG_FROM, 0)], "range 3 is dropped, no join"


def test_a_medium_file_is_cut_into_one_range_per_worker(tmp_path: Path) -> None:
    """Twenty pages (a bill with a month of call detail) use both workers, not one range after another."""
    path = tmp_path / "medium.pdf"
    draw_blank_pages(path, 20)
    start_log(path)

    [outcome] = read_bills([str(path)], workers=2, reader=LOGGED)

    assert outcome.error is not None and outcome.error.code == "not_a_bill"  # joined, then judged
    ranges = sorted(entry[1:] for entry in read_log(str(path)) if entry[1] == "pages")
    assert ranges == [("pages", 1, 10), ("pages", 11, 20)]
