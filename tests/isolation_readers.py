"""Stand-in bill readers for tests/test_isolation.py, imported by worker processes.

`by_content` does what the file says: a file containing b"hang" hangs, b"ok" gives a bill, and so on. One
call to `read_bills` can then mix well-behaved and hostile files, as a real folder of downloads would.
"""

from __future__ import annotations

import os
import pathlib
import signal
import sys
import threading
from collections.abc import Callable
from decimal import Decimal

from kkoguard.bills.model import Bill, Charge
from kkoguard.errors import BillError, ErrorCode


def _bill(path: str, **fields: object) -> Bill:
    """A bill whose operator is the worker's pid, so tests can see which process read what."""
    return Bill(path=path, pages=1, operator=str(os.getpid()), **fields)  # type: ignore[arg-type]


def by_content(path: str) -> Bill:
    with open(path, "rb") as file:
        what = file.read().strip()
    if what == b"ok":
        return _bill(path)
    if what == b"hang":
        threading.Event().wait()
    if what == b"hog":  # keeps allocating until the address-space limit says no
        hoard = []
        while True:
            hoard.append(bytearray(16 << 20))
    if what in (b"abort", b"hog_abort"):  # native code failing an allocation aborts, after a hog or not
        import resource  # POSIX only

        limit, _ = resource.getrlimit(resource.RLIMIT_AS)
        start = _address_space()
        hoard = []
        while what == b"hog_abort" and _address_space() < start + (limit - start) * 0.7:
            hoard.append(bytearray(16 << 20))  # the limit is not reached: no MemoryError
        os.abort()
    if what == b"exit":
        os._exit(3)
    if what == b"sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    if what == b"sigsegv":
        os.kill(os.getpid(), signal.SIGSEGV)
    if what == b"raise":
        raise ValueError("secret details of /home/someone/bill.pdf")
    if what == b"not_a_bill":
        raise BillError(ErrorCode.NOT_A_BILL, path, "no operator found")
    if what == b"sigint":  # what Ctrl-C in the terminal does to every process of the group
        signal.raise_signal(signal.SIGINT)
        return _bill(path)
    if what == b"print":
        print("noise from a library")
        return _bill(path)
    if what == b"limits":
        import resource  # POSIX only

        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
        return _bill(path, account_number=str(soft))
    if what == b"huge":
        return _bill(path, charges=[Charge("x" * 2_000_000, Decimal("1.00"), None, 1, (0, 0, 0, 0))])
    if what == b"path":  # a result the parent must refuse to unpickle
        return pathlib.Path(path)  # type: ignore[return-value]
    raise AssertionError(f"unknown test content {what!r}")


def _address_space() -> int:
    with open("/proc/self/statm", "rb") as file:
        return int(file.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def announce_and_hang(path: str) -> Bill:
    """Print this worker's pid on stderr, then hang: lets a test find the worker and watch it."""
    print(f"worker {os.getpid()}", file=sys.stderr, flush=True)
    threading.Event().wait()
    raise AssertionError("unreachable")


def pdfium_crash_on_crash_pdf(path: str) -> Bill:
    """The real reader, except that in a file named crash.pdf PDFium is handed a bad text page and crashes
    (SIGSEGV inside the C++ library, as a hostile file could make it)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    from kkoguard.bills.reader import read_bill

    if os.path.basename(path) == "crash.pdf":
        pdfium_c.FPDFText_CountChars(ctypes.cast(ctypes.c_void_p(64), pdfium_c.FPDF_TEXTPAGE))
    return read_bill(path)


_progress: Callable[[int, int], None] | None = None


def set_progress(callback: Callable[[int, int], None] | None) -> None:
    """As kkoguard.bills.reader's: the worker hands over the function that sends "page n of m" upstream."""
    global _progress
    _progress = callback


def announce_and_report(path: str) -> Bill:
    """Print this worker's pid on stderr, then say "page n" to the parent without end, as a long OCR does:
    the worker is writing to its parent when the parent dies."""
    print(f"worker {os.getpid()}", file=sys.stderr, flush=True)
    assert _progress is not None
    page = 0
    while True:
        page += 1
        _progress(page, 0)
