"""What encryption costs the dossier: SQLCipher next to plain SQLite, on a dossier of about 500 MB.

Run from the repository root:

    .venv/bin/python tools/benchmark_dossier.py                 # 50 cases, 250 bills of 2 MB (~500 MB)
    .venv/bin/python tools/benchmark_dossier.py --files 25      # a quick run (~50 MB)

It builds, in a temporary folder that is deleted at the end, the same dossier twice: once through the real
store (SQLCipher, key from a test keyring file, never the user's keyring) and once as plain SQLite (the
store's `_connect(path, None)`, same schema, and the same `Dossier` methods running on that connection, so
both sides run the same SQL). Then it measures, on each:

  * open -> case list: a fresh `Dossier.open()` then `cases()`, median of several runs (OS file cache warm);
  * the same in a fresh Python process, imports included (reported separately);
  * add_bill of a 2 MB PDF with 20 charges read on it, median of 10.

Targets: open -> case list <= 300 ms, add a 2 MB bill <= 150 ms.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # `kkoguard` and `tests.keyrings` from this checkout

import keyring  # noqa: E402

from kkoguard.bills.model import Bill, Charge, Kind  # noqa: E402
from kkoguard.dossier import schema, store  # noqa: E402
from kkoguard.dossier.keys import KeyFile, KeyMode, KeySet  # noqa: E402
from kkoguard.dossier.lock import DossierLock  # noqa: E402
from kkoguard.dossier.model import Channel, Direction, LetterKind, Party  # noqa: E402
from kkoguard.dossier.store import Dossier, DossierPaths  # noqa: E402

CASES = 50
FILES = 250
FILE_BYTES = 2 * 1024 * 1024
CHARGES_PER_BILL = 20
OPEN_TARGET_MS = 300.0
ADD_TARGET_MS = 150.0

# Runs in a fresh interpreter: imports, open, case list; prints the in-process time in ms. Both sides
# import only the store; the plain side repeats `open_plain` below.
CHILD = """
import time
start = time.perf_counter()
import sys
sys.path.insert(0, {repo!r})
from pathlib import Path
from kkoguard.dossier import schema, store
folder = Path(sys.argv[1])
if sys.argv[2] == "plain":
    from kkoguard.dossier.keys import KeyFile, KeyMode, KeySet
    from kkoguard.dossier.lock import DossierLock
    paths = store.DossierPaths(folder)
    lock = DossierLock(paths.lock)
    lock.acquire()
    conn = store._connect(paths.db, None)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert not store._looks_truncated(conn, paths.db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest()
    store._configure(conn)
    dossier = store.Dossier(paths, lock, conn, KeyFile("plain", KeySet(KeyMode.KEYRING, "")), b"")
else:
    dossier = store.Dossier.open(folder)
cases = dossier.cases()
elapsed = (time.perf_counter() - start) * 1000
dossier.close()
print(len(cases), elapsed)
"""


def pdf_like(size: int, label: str) -> bytes:
    """Random bytes framed like a PDF: what a scanned bill looks like to the store (incompressible)."""
    head = f"%PDF-1.4\n% {label}\n".encode()
    tail = b"\n%%EOF\n"
    return head + os.urandom(size - len(head) - len(tail)) + tail


def bill_for(number: int, day: date) -> Bill:
    charges = [
        Charge(
            label=f"KKO STORE - Abonnement Jeux Premium {number}-{position}",
            amount=Decimal("4.99") + position,
            date=day,
            page=1 + position // 10,
            bbox=(10.0, 20.0 * position, 400.0, 20.0 * position + 12),
            third_party=position % 2 == 0,
            suspicious=position % 3 == 0,
            kind=Kind.INTERNET_PLUS if position % 3 == 0 else None,
            merchant="KKO STORE" if position % 3 == 0 else None,
            reasons=["unknown merchant"] if position % 3 == 0 else [],
        )
        for position in range(CHARGES_PER_BILL)
    ]
    total = sum((c.amount for c in charges), Decimal(0))
    return Bill(
        path=f"bill-{number}.pdf",
        pages=2,
        operator="orange",
        invoice_date=day,
        period_start=day - timedelta(days=30),
        period_end=day,
        total=total,
        charges=charges,
    )


def fill(dossier: Dossier, files: int, progress: str) -> list[int]:
    """50 cases with bills, log entries, letters and refunds; returns the case ids."""
    day = date(2025, 1, 1)
    case_ids = []
    for number in range(CASES):
        case = dossier.create_case(
            f"Litige {number} - Jeux Premium", operator="orange", line_number=f"06{number:08}", opened_on=day
        )
        case_ids.append(case.id)
        dossier.add_entry(
            case.id, on=day, channel=Channel.PHONE, direction=Direction.OUTGOING, party=Party.CUSTOMER_SERVICE
        )
        letter = dossier.add_letter(
            case.id, kind=LetterKind.REFUND, recipient=Party.CUSTOMER_SERVICE, title="Réclamation", pdf=None
        )
        dossier.update_letter(letter.id, sent_on=day)
        dossier.add_refund(case.id, on=day, amount=Decimal("4.99"), how="avoir")
    for number in range(files):
        case_id = case_ids[number % CASES]
        day = date(2025, 1, 1) + timedelta(days=number)
        dossier.add_bill(
            case_id,
            pdf_like(FILE_BYTES, f"bill {number}"),
            filename=f"bill-{number}.pdf",
            bill=bill_for(number, day),
        )
        if number % 25 == 24:
            print(f"  {progress}: {number + 1}/{files} bills", file=sys.stderr, flush=True)
    return case_ids


# --- plain SQLite, through the same Dossier code ---------------------------------------------------------


def create_plain(folder: Path) -> Dossier:
    """An unencrypted dossier: the store's schema and a Dossier object over a plain connection."""
    paths = DossierPaths(folder)
    store.ensure_private_folder(folder)
    lock = DossierLock(paths.lock)
    lock.acquire()
    conn = store._connect(paths.db, None, create=True)
    store._configure(conn)
    store._migrate_schema(conn, 0)
    return Dossier(paths, lock, conn, KeyFile("plain", KeySet(KeyMode.KEYRING, "")), b"")


def open_plain(folder: Path) -> Dossier:
    """What Dossier.open does, minus the key: lock, connect, first read, truncation and version checks."""
    paths = DossierPaths(folder)
    lock = DossierLock(paths.lock)
    lock.acquire()
    conn = store._connect(paths.db, None)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    if store._looks_truncated(conn, paths.db):
        raise RuntimeError("truncated")
    if conn.execute("PRAGMA user_version").fetchone()[0] != schema.latest():
        raise RuntimeError("wrong version")
    store._configure(conn)
    return Dossier(paths, lock, conn, KeyFile("plain", KeySet(KeyMode.KEYRING, "")), b"")


# --- measuring -------------------------------------------------------------------------------------------


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def open_and_list(opener: Callable[[], Dossier]) -> Callable[[], object]:
    def run() -> object:
        dossier = opener()
        try:
            return dossier.cases()
        finally:
            dossier.close()

    return run


def in_fresh_process(folder: Path, plain: bool, env: dict[str, str]) -> tuple[float, float]:
    """(ms inside the child from its first line to the case list, ms of the whole process as launched)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(repo=str(REPO)), str(folder), "plain" if plain else "sqlcipher"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = (time.perf_counter() - start) * 1000
    count, inside = done.stdout.split()
    assert int(count) == CASES, done.stdout
    return float(inside), wall


def add_bills_ms(dossier: Dossier, case_id: int, runs: int) -> float:
    payloads = [pdf_like(FILE_BYTES, f"timed {n} {time.time_ns()}") for n in range(runs)]
    bills = [bill_for(10_000 + n, date(2026, 1, 1)) for n in range(runs)]
    times = []
    for number, (data, bill) in enumerate(zip(payloads, bills, strict=True)):
        start = time.perf_counter()
        dossier.add_bill(case_id, data, filename=f"timed-{number}.pdf", bill=bill)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=FILES, help="2 MB bills to store (default 250)")
    parser.add_argument("--runs", type=int, default=9, help="fresh opens to take the median of")
    parser.add_argument("--keep", action="store_true", help="leave the temporary folder in place")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="kkoguard-bench-"))
    keyring_file = work / "keyring.json"
    os.environ["KKOGUARD_TEST_KEYRING_FILE"] = str(keyring_file)
    keyring.set_keyring(importlib.import_module("tests.keyrings").FileKeyring())  # never the user's
    child_env = dict(
        os.environ,
        PYTHON_KEYRING_BACKEND="tests.keyrings.FileKeyring",
        KKOGUARD_DATA_DIR=str(work / "unused"),
    )
    encrypted, plain = work / "sqlcipher", work / "plain"
    try:
        print(f"building in {work} ({args.files} bills of 2 MB over {CASES} cases, twice)", file=sys.stderr)
        dossier, _ = Dossier.create(encrypted)
        with dossier:
            case_ids = fill(dossier, args.files, "sqlcipher")
        with create_plain(plain) as plain_dossier:
            fill(plain_dossier, args.files, "plain")
        sizes = (folder_mb(encrypted), folder_mb(plain))

        rows: list[tuple[str, float, float, float | None]] = []
        open_encrypted = open_and_list(lambda: Dossier.open(encrypted))
        open_unencrypted = open_and_list(lambda: open_plain(plain))
        open_encrypted(), open_unencrypted()  # first run pays for Python's lazy imports, not the dossier
        rows.append(
            (
                "open -> case list",
                median_ms(open_encrypted, args.runs),
                median_ms(open_unencrypted, args.runs),
                OPEN_TARGET_MS,
            )
        )
        child_encrypted = in_fresh_process(encrypted, False, child_env)
        child_plain = in_fresh_process(plain, True, child_env)
        rows.append(("  new process: imports+open+list", child_encrypted[0], child_plain[0], None))
        rows.append(("  new process: whole run (wall)", child_encrypted[1], child_plain[1], None))
        with Dossier.open(encrypted) as dossier:
            add_encrypted = add_bills_ms(dossier, case_ids[0], 10)
        with open_plain(plain) as plain_dossier:
            add_unencrypted = add_bills_ms(plain_dossier, plain_dossier.cases()[-1].id, 10)
        rows.append(("add_bill 2 MB (20 charges)", add_encrypted, add_unencrypted, ADD_TARGET_MS))

        print(f"\ndossier size: SQLCipher {sizes[0]:.0f} MB, plain SQLite {sizes[1]:.0f} MB, {CASES} cases")
        print(f"{'operation':34} {'SQLCipher ms':>12} {'SQLite ms':>10} {'ratio':>6}  target")
        failed = False
        for name, cipher_ms, plain_ms, target in rows:
            verdict = ""
            if target is not None:
                verdict = f"<= {target:.0f} ms " + ("ok" if cipher_ms <= target else "MISSED")
                failed |= cipher_ms > target
            ratio = cipher_ms / plain_ms if plain_ms else float("nan")
            print(f"{name:34} {cipher_ms:12.1f} {plain_ms:10.1f} {ratio:6.2f}  {verdict}")
        return 1 if failed else 0
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
