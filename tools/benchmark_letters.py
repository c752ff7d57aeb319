"""How long a letter takes: compose + render_pdf of a refund letter with 120 disputed charges.

Run from the repository root:

    .venv/bin/python tools/benchmark_letters.py            # 10 timed runs after one warm-up
    .venv/bin/python tools/benchmark_letters.py --runs 30 --charges 300

Measures, on the fixed case of the tests (tests/fixtures/letters/cases.py: charges with labels of varied
lengths, so that the table wraps and splits over several pages):

  * the first call in a fresh Python process, which also reads the templates and registers the bundled
    TTF fonts (imports reported apart);
  * the median (and min / max) of the next calls in this process, after one warm-up.

The guide lookup is the real one (kkoguard.guides). Target: median <= 1 s. Exit status 1 when missed.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # `kkoguard` and `tests.fixtures.letters.cases` from this checkout

TARGET_MS = 1000.0
TODAY = date(2026, 3, 3)

CHILD = """
import sys, time
sys.path.insert(0, {repo!r})
start = time.perf_counter()
from datetime import date
from kkoguard.letters import compose, render_pdf
from tests.fixtures.letters.cases import many_charges
imported = time.perf_counter()
case_file = many_charges({charges})
built = time.perf_counter()
data = render_pdf(compose("refund", case_file, today=date(2026, 3, 3)))
done = time.perf_counter()
print(f"{{(imported - start) * 1000:.1f}} {{(done - built) * 1000:.1f}} {{len(data)}}")
"""


def first_call(charges: int) -> tuple[float, float, int]:
    """(imports ms, first compose+render ms, PDF bytes) in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(repo=str(REPO), charges=charges)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    imports, first, size = result.stdout.split()
    return float(imports), float(first), int(size)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=10, help="timed runs after the warm-up (default 10)")
    parser.add_argument("--charges", type=int, default=120, help="disputed charges (default 120)")
    args = parser.parse_args()

    import pdfplumber

    from kkoguard.letters import compose, render_pdf
    from tests.fixtures.letters.cases import many_charges

    imports, first, _ = first_call(args.charges)
    case_file = many_charges(args.charges)
    data = render_pdf(compose("refund", case_file, today=TODAY))  # warm-up
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        data = render_pdf(compose("refund", case_file, today=TODAY))
        times.append((time.perf_counter() - start) * 1000)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = len(pdf.pages)
    median = statistics.median(times)
    print(f"refund letter, {args.charges} disputed charges: {pages} pages, {len(data) / 1024:.0f} KiB")
    print(
        f"  fresh process: imports {imports:.0f} ms, first compose+render (fonts, templates) {first:.0f} ms"
    )
    print(
        f"  compose+render_pdf, {args.runs} runs after a warm-up: median {median:.0f} ms "
        f"(min {min(times):.0f}, max {max(times):.0f})"
    )
    ok = median <= TARGET_MS
    print(f"  target <= {TARGET_MS:.0f} ms: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
