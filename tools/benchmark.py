"""How fast KKO Guard reads bills, next to pdftotext, pdfplumber and its own PDFium text layer, on the corpus.

Run from the repository root:

    .venv/bin/python tools/benchmark.py                       # the table (about 2 minutes)
    .venv/bin/python tools/benchmark.py --skip-long           # without the 300-page bill
    .venv/bin/python tools/benchmark.py --profile             # cProfile of read_bill, top 25 cumulative

Everything runs on the same files in the same run, so the rows can be compared: poppler's pdftotext (a C
baseline, process start-up included; `-bbox` gives words with their boxes, like the engine's text layer),
pdfplumber's `extract_words` (the tests' reference), the engine's PDFium text layer (`bills/pdftext.py`),
its whole `read_bill` in this process, the worker pool (`kkoguard.isolation.read_bills`) and the CLI as a
user starts it (`--version`, one bill, twelve bills). Parts whose code is missing are skipped with a
message.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "bills"
LONG_BILL = Path("_bad") / "long-300-pages.pdf"
sys.path.insert(0, str(REPO))  # `kkoguard` from this checkout, installed or not


@dataclass
class Row:
    what: str
    files: int
    pages: int
    seconds: float
    median_ms: float | None = None  # per page
    mean_ms: float | None = None  # per page
    note: str = ""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus's bills/ folder")
    parser.add_argument("--skip-long", action="store_true", help="do not read the 300-page bill")
    parser.add_argument("--profile", action="store_true", help="profile read_bill instead of the table")
    parser.add_argument("--profile-files", type=int, default=6, metavar="N", help="bills to profile")
    parser.add_argument("--peak-run", nargs="+", help=argparse.SUPPRESS)  # internal: see peak_run()
    args = parser.parse_args(argv)
    if args.peak_run:
        return peak_run(args.peak_run)

    corpus: Path = args.corpus.resolve()
    bills = sorted(corpus.glob("c*/*.pdf"))
    if not bills:
        print(f"No bills in {corpus}: pass --corpus path/to/corpus/bills", file=sys.stderr)
        return 2
    if args.profile:
        return profile(bills, args.profile_files)

    rows: list[Row] = []
    notes: list[str] = []
    print(f"corpus {corpus}: {len(bills)} bills; cpus {os.cpu_count()}; python {sys.version.split()[0]}\n")

    pages, plumber_files = bench_pdfplumber(bills, rows)
    bench_pdftotext(bills, pages, rows, notes)
    bench_text_layer(bills, pages, rows)
    bench_engine(bills, pages, plumber_files, rows, notes)
    bench_pool(corpus, bills, pages, rows, notes, skip_long=args.skip_long)
    bench_cli(corpus, pages, rows, notes)

    print_table(rows)
    for note in notes:
        print(f"- {note}")
    return 0


# --- the measurements -------------------------------------------------------------------------------------


def bench_pdfplumber(bills: list[Path], rows: list[Row]) -> tuple[dict[Path, int], list[float]]:
    """extract_words on every page; returns each file's page count and its total time (open included)."""
    import pdfplumber

    with pdfplumber.open(bills[0]) as pdf:  # warm-up: imports, font caches
        pdf.pages[0].extract_words()
    pages: dict[Path, int] = {}
    page_times: list[float] = []
    file_times: list[float] = []
    for path in bills:
        started = time.perf_counter()
        with pdfplumber.open(path) as pdf:
            pages[path] = len(pdf.pages)
            for page in pdf.pages:
                t0 = time.perf_counter()
                page.extract_words()
                page_times.append(time.perf_counter() - t0)
                page.close()
        file_times.append(time.perf_counter() - started)
    total_pages = sum(pages.values())
    rows.append(
        Row("pdfplumber extract_words, per page", len(bills), total_pages, sum(page_times),
            _ms(statistics.median(page_times)), _ms(statistics.mean(page_times)), "open excluded")
    )  # fmt: skip
    per_page = [t / pages[p] for p, t in zip(bills, file_times, strict=True)]
    rows.append(
        Row("pdfplumber open + extract_words, per file", len(bills), total_pages, sum(file_times),
            _ms(statistics.median(per_page)), _ms(sum(file_times) / total_pages), "file time / its pages")
    )  # fmt: skip
    return pages, file_times


def bench_pdftotext(bills: list[Path], pages: dict[Path, int], rows: list[Row], notes: list[str]) -> None:
    exe = shutil.which("pdftotext")
    if exe is None:
        notes.append("pdftotext skipped: not installed (Debian: apt-get install poppler-utils)")
        return
    for option in ("-layout", "-bbox"):
        subprocess.run([exe, option, str(bills[0]), "-"], capture_output=True, check=False)  # warm-up
        times = []
        for path in bills:
            started = time.perf_counter()
            subprocess.run([exe, option, str(path), "-"], capture_output=True, check=False)
            times.append(time.perf_counter() - started)
        per_page = [t / pages[p] for p, t in zip(bills, times, strict=True)]
        total_pages = sum(pages.values())
        rows.append(
            Row(f"pdftotext {option} (poppler), per file", len(bills), total_pages, sum(times),
                _ms(statistics.median(per_page)), _ms(sum(times) / total_pages), "process start included")
        )  # fmt: skip


def bench_text_layer(bills: list[Path], pages: dict[Path, int], rows: list[Row]) -> None:
    """The engine's words (PDFium): open, then every page's words with their boxes and weight."""
    from kkoguard.bills.pdftext import PdfText

    def read(path: Path) -> None:
        with PdfText(str(path)) as pdf:
            for number in range(1, pdf.page_count + 1):
                pdf.page(number)

    read(bills[0])  # warm-up
    times = []
    for path in bills:
        started = time.perf_counter()
        read(path)
        times.append(time.perf_counter() - started)
    per_page = [t / pages[p] for p, t in zip(bills, times, strict=True)]
    total_pages = sum(pages.values())
    rows.append(
        Row("engine text layer (PDFium words), per file", len(bills), total_pages, sum(times),
            _ms(statistics.median(per_page)), _ms(sum(times) / total_pages))
    )  # fmt: skip


def bench_engine(
    bills: list[Path], pages: dict[Path, int], plumber_times: list[float], rows: list[Row], notes: list[str]
) -> None:
    read_bill = _load_reader(notes, "engine in-process")
    if read_bill is None:
        return
    _read_quietly(read_bill, bills[0])  # warm-up: imports, operator templates, rules
    times = []
    failures = 0
    for path in bills:
        started = time.perf_counter()
        failures += not _read_quietly(read_bill, path)
        times.append(time.perf_counter() - started)
    per_page = [t / pages[p] for p, t in zip(bills, times, strict=True)]
    plumber_per_page = [t / pages[p] for p, t in zip(bills, plumber_times, strict=True)]
    total_pages = sum(pages.values())
    rows.append(
        Row("engine read_bill in-process, per file", len(bills), total_pages, sum(times),
            _ms(statistics.median(per_page)), _ms(sum(times) / total_pages),
            f"{failures} BillError" if failures else "")
    )  # fmt: skip
    notes.append(
        "engine / pdfplumber (open + extract_words): "
        f"{statistics.median(per_page) / statistics.median(plumber_per_page):.2f}x per page (medians), "
        f"{sum(times) / sum(plumber_times):.2f}x in total"
    )


def bench_pool(
    corpus: Path,
    bills: list[Path],
    pages: dict[Path, int],
    rows: list[Row],
    notes: list[str],
    *,
    skip_long: bool,
) -> None:
    if _load_reader(notes, "worker pool") is None:
        return
    from kkoguard.isolation import read_bills

    c01 = [path for path in bills if path.parent.name == "c01"]
    runs = [
        ("pool read_bills, c01, first call (server start)", c01),
        ("pool read_bills, c01, again", c01),
        ("pool read_bills, whole corpus", bills),
    ]
    for what, files in runs:
        started = time.perf_counter()
        outcomes = read_bills([str(path) for path in files])
        seconds = time.perf_counter() - started
        count = sum(pages[path] for path in files)
        errors = sum(outcome.error is not None for outcome in outcomes)
        rows.append(
            Row(
                what,
                len(files),
                count,
                seconds,
                None,
                _ms(seconds / count),
                f"{errors} errors" if errors else "",
            )
        )
    if skip_long:
        return
    long_bill = corpus / LONG_BILL
    if not long_bill.exists():
        notes.append(f"300-page bill skipped: {long_bill} is missing")
        return
    # In a fresh process, so that the peak memory is this bill's alone.
    run = subprocess.run(
        [sys.executable, __file__, "--peak-run", str(long_bill)], capture_output=True, text=True, check=False
    )
    if run.returncode != 0:
        notes.append(f"300-page bill: the measuring process failed: {run.stderr.strip()[-300:]}")
        return
    peak = json.loads(run.stdout)
    count = peak["pages"] or 300  # None when it was not read
    note = (
        f"{peak['outcome']}; peak RSS: worker {peak['worker_mb']:.0f} MB, parent {peak['parent_mb']:.0f} MB"
    )
    rows.append(
        Row(
            f"pool read_bills, {LONG_BILL}",
            1,
            count,
            peak["seconds"],
            None,
            _ms(peak["seconds"] / count),
            note,
        )
    )


def peak_run(files: list[str]) -> int:
    """Internal mode: read files in a pool and print the wall time and peak memory as JSON."""
    from kkoguard.isolation import read_bills

    started = time.perf_counter()
    outcomes = read_bills(files)
    seconds = time.perf_counter() - started
    # The workers are children of the fork server, which reaps them; once the server itself is reaped
    # here, RUSAGE_CHILDREN covers them. _stop() is private (CPython's tests use it), hence the guard.
    forkserver = importlib.import_module("multiprocessing.forkserver")
    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    outcome = outcomes[0]
    result = {
        "seconds": seconds,
        "pages": outcome.bill.pages if outcome.bill else None,
        "outcome": f"{len(outcome.bill.charges)} charges" if outcome.bill else f"error {outcome.error}",
        "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 2**20,
        "parent_mb": _own_peak_mb(),
    }
    print(json.dumps(result))
    return 0


def _own_peak_mb() -> float:
    """This process's peak resident memory. On Linux, from /proc: ru_maxrss would also count the memory of
    the process that forked this one before it exec'd (Linux folds the old image's peak into it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def bench_cli(corpus: Path, pages: dict[Path, int], rows: list[Row], notes: list[str]) -> None:
    try:
        importlib.import_module("kkoguard.cli")
    except ImportError as exc:
        notes.append(f"CLI skipped: kkoguard.cli cannot be imported ({exc})")
        return
    script = Path(sys.executable).parent / "kkoguard"  # the console script, as installed by pip
    if script.exists():
        command = [str(script)]
    else:
        command = [sys.executable, "-c", "import sys; from kkoguard.cli import main; sys.exit(main())"]
    best = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([*command, "--version"], capture_output=True, check=False)
        best.append(time.perf_counter() - started)
    rows.append(Row("CLI kkoguard --version (best of 5)", 0, 0, min(best), note="process start included"))
    c01 = sorted((corpus / "c01").glob("*.pdf"))
    for what, files in (("one bill", c01[:1]), (f"{len(c01)} bills of c01", c01)):
        seconds, note = _best_scan(command, files)
        count = sum(pages.get(path, 0) for path in files)
        rows.append(Row(f"CLI kkoguard scan --json, {what} (best of 3)", len(files), count, seconds, None,
                        _ms(seconds / count), note))  # fmt: skip


def _best_scan(command: list[str], files: list[Path]) -> tuple[float, str]:
    """The shortest of three runs of `scan --json` on these files, start-up included, and how it ended."""
    timings = []
    note = ""
    for _ in range(3):
        started = time.perf_counter()
        run = subprocess.run([*command, "scan", "--json", *map(str, files)], capture_output=True, check=False)
        timings.append(time.perf_counter() - started)
        try:
            json.loads(run.stdout)
            note = f"exit status {run.returncode}, JSON ok"
        except ValueError:
            stderr = run.stderr.decode(errors="replace").strip()[-120:]
            note = f"exit status {run.returncode}, no JSON: {stderr}"
    return min(timings), note


# --- profile ----------------------------------------------------------------------------------------------


def profile(bills: list[Path], count: int) -> int:
    notes: list[str] = []
    read_bill = _load_reader(notes, "profile")
    if read_bill is None:
        print(notes[0])
        return 1
    step = max(1, len(bills) // count)
    chosen = bills[::step][:count]
    _read_quietly(read_bill, bills[-1])  # warm-up outside the profile: imports, templates
    profiler = cProfile.Profile()
    profiler.enable()
    for path in chosen:
        _read_quietly(read_bill, path)
    profiler.disable()
    print(f"read_bill on {len(chosen)} bills: {', '.join(f'{p.parent.name}/{p.name}' for p in chosen)}\n")
    pstats.Stats(profiler).strip_dirs().sort_stats("cumulative").print_stats(25)
    return 0


# --- helpers ----------------------------------------------------------------------------------------------


def _load_reader(notes: list[str], part: str) -> Callable[[str], Any] | None:
    try:
        module = importlib.import_module("kkoguard.bills.reader")
        reader: Callable[[str], Any] = module.read_bill
    except (ImportError, AttributeError) as exc:
        notes.append(f"{part} skipped: kkoguard.bills.reader.read_bill is not available yet ({exc})")
        return None
    return reader


def _read_quietly(read_bill: Callable[[str], Any], path: Path) -> bool:
    """True when the bill was read; a BillError counts as a failure, not as a crash of the benchmark."""
    from kkoguard.errors import BillError

    try:
        read_bill(str(path))
    except BillError:
        return False
    return True


def _ms(seconds: float) -> float:
    return seconds * 1000


def print_table(rows: list[Row]) -> None:
    header = ("measurement", "files", "pages", "wall s", "ms/page median", "ms/page mean", "note")
    cells = [
        (
            row.what,
            str(row.files),
            str(row.pages),
            f"{row.seconds:.2f}",
            "" if row.median_ms is None else f"{row.median_ms:.1f}",
            "" if row.mean_ms is None else f"{row.mean_ms:.1f}",
            row.note,
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *cells]) for i in range(len(header))]
    right = {1, 2, 3, 4, 5}

    def fmt(line: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(line, widths, strict=True))
        )

    print(fmt(header).rstrip())
    print("  ".join("-" * w for w in widths))
    for line in cells:
        print(fmt(line).rstrip())
    print()


if __name__ == "__main__":
    sys.exit(main())
