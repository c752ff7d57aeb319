"""Read untrusted bills in separate processes, with hard limits on size, time and memory.

A PDF comes from outside: a crafted or broken file can make the parser loop, eat all memory or crash. So the
parent process never parses. It checks what it can without parsing the file (does it exist, is it too big,
may we open it, do its first bytes say PDF or image), then hands paths to a small pool of long-lived worker
processes and waits for their answers over pipes:

- each file gets a budget of wall time, all its page ranges together when it is split: `timeout` seconds,
  plus more for each page once its page count is known and for each page read by OCR, never more than
  `max_timeout` (see `Budget`); past that its worker is killed, the file is reported as `timeout`, and a
  new worker takes over the files still waiting;
- each worker's address space is capped at `memory_limit` bytes, so a runaway allocation raises
  `MemoryError` in the worker (reported as `too_large`) instead of swapping the user's machine; native code
  that aborts when an allocation fails is told apart from other crashes by how much memory the file took;
- a worker that dies (crash, signal) costs only the file it was reading; the others go on;
- whatever goes wrong inside the reader becomes a `BillError` with the contract's code, never a traceback.

Workers ignore Ctrl-C (the parent handles it and stops them) and exit on their own when the parent dies.

Start method: "forkserver" on Linux, "spawn" elsewhere. The fork server is a fresh interpreter started once
per parent process; it imports the reader's modules (PDFium's bindings, Tesseract) once and forks each worker
from that clean, single-threaded state. That is safe in a Qt GUI with threads, where a plain fork is not, and
starting a worker then costs milliseconds instead of a new interpreter and its imports:

| `read_bills`, 1 trivial file per worker, reader importing pdfplumber (then), 2 CPUs | 2 workers | 1 worker |
|---|---|---|
| forkserver, first call in the process (starts the server, which imports pdfplumber) | ~145 ms | |
| forkserver, later calls | ~30 ms | ~16 ms |
| spawn, every call (each worker is a new interpreter importing pdfplumber) | ~265 ms | ~120 ms |

This isolates the user's machine from a misbehaving parser; it is not a sandbox against a compromised one
(no seccomp, no container). As one cheap step in that direction, the parent unpickles a worker's answer
with an allowlist: only bill and error classes, `Decimal` and `date` can come back.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import io
import os
import pickle
import re
import signal
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any, Literal

from kkoguard.bills.model import Bill
from kkoguard.errors import BillError, ErrorCode, permission_denied
from kkoguard.ocr.images import read_head, sniff_kind

if TYPE_CHECKING:
    from kkoguard.bills.reader import PageRange

DEFAULT_READER = "kkoguard.bills.reader:read_bill"
"""The reader workers call, as "module:function"; the function takes a path and returns a `Bill`."""

DEFAULT_TIMEOUT = 120.0
"""Seconds of wall time a file may take before anything is known of its length: all of a short file's
budget, the base of a long one's. A bill of a few pages takes a second or two; a file of few pages that
hangs is killed after this."""

PAGE_TIMEOUT = 1.0
"""Seconds more per page, once a file's page count is known (a file longer than SPLIT_PAGES says it before
its pages are read). The 300-page corpus bill takes about 36 s on an idle 2-CPU machine, but took 116 s on
a loaded one, failing a fixed 120 s budget; at 1 s a page it gets 420 s, over three times that."""

OCR_PAGE_TIMEOUT = 30.0
"""Seconds more per page read by OCR, added as each starts (the reader says so). Tesseract takes 1-2 s on
a phone photo on an idle machine, up to four times that on a sideways page (every quarter turn is tried),
and a loaded machine can triple it."""

MAX_TIMEOUT = 1200.0
"""The most any file may take (20 minutes), whatever its pages: a hostile file claiming many pages and then
hanging still ends. MAX_PAGES of the reader (2000) refuses longer files before this matters; a real
2000-page bill at the loaded machine's 0.4 s a page needs about 800 s."""

DEFAULT_MEMORY_LIMIT = 1 << 30
"""Bytes of address space per worker (1 GiB). Address space, not resident memory: it also counts mapped
libraries, thread stacks and reserved malloc arenas. A worker starts at about 190 MB of address space
(35 MB resident) and the 300-page test bill peaks at 260 MB (160 MB resident), so this leaves room for
real bills and stops decompression bombs and runaway parses."""

MAX_FILE_BYTES = 100 * 1024 * 1024
"""Files above this size (100 MB) are refused before any worker sees them; monthly bills weigh < 1 MB."""

MAX_REPLY_BYTES = 64 * 1024 * 1024
"""A worker's pickled answer above this size is refused (`too_large`), so it cannot flood the parent."""

CANCEL_LATENCY = 0.05
"""Seconds within which a set `cancel` event is noticed. A `threading.Event` cannot be waited on together
with pipes, so when one is given the wait for workers is cut into slices of this length."""

_PRELOAD = ["kkoguard.bills.pdftext", "pypdfium2", "PIL.Image", "tesserocr", "kkoguard.ocr.engine"]
"""Modules the fork server imports once for all workers, besides the reader's own module (tesserocr loads
libtesseract; each worker still loads the trained data itself, on its first image)."""

SPLIT_PAGES = 12
"""A file longer than this is read in page ranges by several workers at once, so that a long bill (a year of
call detail) uses every core; a worker then joins the ranges into the bill."""

CHUNK_PAGES = 32
"""The longest range; a shorter file is cut into one range per worker (of at least MIN_CHUNK_PAGES)."""

MIN_CHUNK_PAGES = 4

NEAR_MEMORY_LIMIT = 0.3
"""A worker that crashes (abort, segfault) after its file took more than this share of the address space it
had left ran out of memory: native code (PDFium, Tesseract) aborts when an allocation fails instead of
raising MemoryError. The share is low because the failed request is not seen: a buffer that doubles fails
asking for twice what it holds, at a third of what was left. Real bills stay far below it: the 300-page one
grows a worker by 70 MB of the 830 MB a 1 GiB worker has left; a page of 200,000 words takes 250 MB more."""

MEMORY_SAMPLE = 0.01
"""Seconds between two looks of a worker at its own address space (a read of /proc/self/statm, ~20 µs)."""

_KILL_GRACE = 2.0
"""Seconds a worker gets to exit after SIGTERM (or after being asked to stop) before it is killed."""


@dataclass(frozen=True)
class Budget:
    """Seconds of wall time one file may take: `base`, plus `per_page` for each of its pages once their count
    is known, plus `per_ocr_page` for each page whose OCR has started; never more than `cap` (nor less than
    `base`)."""

    base: float = DEFAULT_TIMEOUT
    per_page: float = PAGE_TIMEOUT
    per_ocr_page: float = OCR_PAGE_TIMEOUT
    cap: float = MAX_TIMEOUT

    @classmethod
    def scaled(cls, base: float) -> Budget:
        """The default allowances and cap, each scaled as `base` is to DEFAULT_TIMEOUT: a caller asking for
        a tenth of the default time gets a tenth of each (a test's 2 s gives a 70-page file about 3 s)."""
        ratio = base / DEFAULT_TIMEOUT
        return cls(base, PAGE_TIMEOUT * ratio, OCR_PAGE_TIMEOUT * ratio, MAX_TIMEOUT * ratio)

    def seconds(self, pages: int = 0, ocr_pages: int = 0) -> float:
        grown = self.base + self.per_page * pages + self.per_ocr_page * ocr_pages
        return min(grown, max(self.cap, self.base))


@dataclass
class Outcome:
    """What became of one input file: a bill, or the reason there is none."""

    path: str
    bill: Bill | None
    error: BillError | None
    part_of: str | None = None
    """For an image that is a later page of a bill given as several images: the first image's path, whose
    outcome holds the bill. Such an outcome has neither a bill nor an error of its own."""


def read_bills(
    paths: Sequence[str],
    *,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    page_timeout: float | None = None,
    ocr_page_timeout: float | None = None,
    max_timeout: float | None = None,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    reader: str | Callable[[str], Bill] = DEFAULT_READER,
    cancel: threading.Event | None = None,
    on_outcome: Callable[[int, Outcome], None] | None = None,
    on_progress: Callable[[int, int, int], None] | None = None,
) -> list[Outcome]:
    """Read every file in worker processes; one `Outcome` per file, in input order.

    `workers` defaults to the number of CPUs; workers start only when there is work for them. `on_outcome`
    is called with the file's index in `paths` as each file finishes (in the order they finish), from the
    calling thread; an exception it raises stops the workers and propagates.

    A file may take `timeout` seconds, plus `page_timeout` per page once its page count is known (a file
    read in ranges) and `ocr_page_timeout` per page as its OCR starts, up to `max_timeout` in all; then it
    is reported as `timeout`. Those three default to PAGE_TIMEOUT, OCR_PAGE_TIMEOUT and MAX_TIMEOUT scaled
    as `timeout` is to DEFAULT_TIMEOUT (see `Budget`).

    When `cancel` is set, the workers are killed within `CANCEL_LATENCY` seconds and the call returns
    the outcomes of the files already finished, still in input order; the others are dropped (they get no
    outcome and no `on_outcome` call, since none of the contract's error codes means "not read"). Use the
    indexes passed to `on_outcome` to tell which files were read.

    Images (photos, screenshots, scans) are read by OCR, each in its own worker; the images of one folder
    that belong to one bill (the same invoice number, or later pages printing no bill header) then become
    one bill, pages in file-name order, whose outcome is the first image's; the others' outcomes say
    `part_of` it. `on_progress(index, page, pages)` is called as each page of a file starts being OCR'd.

    `reader` is the function the workers call on each path, or its "module:function" name. A function
    must be a module's own (the workers import it by name; a lambda or a nested function cannot travel).

    Raises `ValueError` for bad arguments and `RuntimeError` when the reader cannot be loaded in a worker
    (an installation problem, not a problem with the files).
    """
    if callable(reader):
        reader = _reader_name(reader)
    module_name, _, function_name = reader.partition(":")
    if not module_name or not function_name:
        raise ValueError(f"reader must be 'module:function', not {reader!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if timeout <= 0:
        raise ValueError(f"timeout must be positive, not {timeout}")
    budget = Budget.scaled(timeout)
    budget = Budget(
        timeout,
        budget.per_page if page_timeout is None else page_timeout,
        budget.per_ocr_page if ocr_page_timeout is None else ocr_page_timeout,
        budget.cap if max_timeout is None else max_timeout,
    )
    if min(budget.per_page, budget.per_ocr_page) < 0:
        raise ValueError("page_timeout and ocr_page_timeout must not be negative")

    outcomes: list[Outcome | None] = [None] * len(paths)

    def finish(index: int, bill: Bill | None, error: BillError | None, part_of: str | None = None) -> None:
        outcome = outcomes[index] = Outcome(paths[index], bill, error, part_of)
        if on_outcome is not None:
            on_outcome(index, outcome)

    waiting: deque[_Job] = deque()
    images: dict[str, list[int]] = {}
    for index, path in enumerate(paths):
        kind = _check_before_reading(path)
        if isinstance(kind, BillError):
            finish(index, None, kind)
        elif kind == "image":
            waiting.append(_Job(index, ("image", path)))
            images.setdefault(os.path.dirname(os.path.abspath(path)), []).append(index)
        else:
            waiting.append(_Job(index, ("file", path)))

    if waiting:
        size = workers or os.cpu_count() or 1
        pool = _Pool(reader, memory_limit, size, budget)  # workers start on demand
        for folder in images.values():
            run = _ImageRun(sorted(folder, key=lambda i: _natural(os.path.basename(paths[i]))))
            for index in run.indexes:
                pool.image_runs[index] = run
        pool.on_progress = on_progress
        try:
            pool.run(paths, waiting, cancel, finish)
        finally:
            pool.close()
    return [outcome for outcome in outcomes if outcome is not None]


def _natural(name: str) -> list[Any]:
    """File-name order as people count: "p2" before "p10"."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", name)]


def _same_number(header: str | None) -> str | None:
    """An invoice number as compared between pages: OCR may read a 0 as O, a 1 as I on one of them."""
    if header is None:
        return None
    return header.upper().translate(str.maketrans("OQDILSZB", "00011528"))


def _reader_name(function: Callable[[str], Bill]) -> str:
    """Where the workers find `function`: "module:name", checked to lead back to the same function."""
    module, name = getattr(function, "__module__", None), getattr(function, "__qualname__", "")
    if not module or "<" in name or "." in name:
        raise ValueError(f"the reader must be a module-level function, not {function!r}")
    if getattr(importlib.import_module(module), name, None) is not function:
        raise ValueError(f"{module}:{name} is not the function given as reader")
    return f"{module}:{name}"


def _close_numbers(a: str, b: str | None) -> bool:
    """Two invoice numbers OCR read from pages of one bill: the same, one inside the other (a stray mark
    read as a letter), or two characters apart. Different bills of one operator differ by more."""
    if not b:
        return False
    a, b = re.sub(r"[^0-9A-Z]", "", a), re.sub(r"[^0-9A-Z]", "", b)
    if a == b or (min(len(a), len(b)) >= 6 and (a in b or b in a)):
        return True
    if min(len(a), len(b)) < 8 or abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1] <= 2


def _check_before_reading(path: str) -> BillError | Literal["pdf", "image"] | None:
    """What the parent can tell without parsing the file: it must exist, be a file, not be huge, and be
    open to us; then what its first bytes say it is ("pdf", "image" or None), whatever its name says.

    Only files whose bytes are an image's are grouped into bills of several pages: a PDF named ".jpg" is
    a document of its own, never a later page of a photo beside it.
    """
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return BillError(ErrorCode.NOT_FOUND, path, "no such file")
    except PermissionError:  # a folder on the way that we may not enter
        return permission_denied(path, "permission denied on its folder")
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        return BillError(ErrorCode.NOT_FOUND, path, f"cannot stat the file ({type(exc).__name__})")
    if stat.S_ISDIR(info.st_mode):
        return BillError(ErrorCode.NOT_FOUND, path, "this is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):  # a pipe or a device would hang or never end
        return BillError(ErrorCode.NOT_A_PDF, path, "not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        return BillError(ErrorCode.TOO_LARGE, path, f"{info.st_size} bytes, limit {MAX_FILE_BYTES}")
    try:
        head = read_head(path)  # reading a few bytes parses nothing
    except PermissionError:
        return permission_denied(path)
    except OSError as exc:
        return BillError(ErrorCode.CORRUPT, path, f"cannot be opened ({type(exc).__name__})")
    return sniff_kind(head)


# --- parent side ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    """One piece of work for a worker: a whole file, a range of its pages, or joining its ranges."""

    index: int
    message: tuple[Any, ...]  # ("file", path) | ("pages", path, first, stop) | ("finish", path, blobs)


@dataclass
class _Split:
    """A long file being read in ranges: what came back, and how many ranges are still out."""

    ranges: list[bytes]
    outstanding: int


@dataclass(frozen=True)
class _Part:
    """A range of pages as the parent sees it: where it is, and its lines still pickled. The parent only
    passes the bytes on to the worker that joins the ranges; it never unpickles a page's content."""

    first: int
    page_count: int
    pages: int
    blob: bytes
    header: str | None = None
    """For an image: the invoice number it prints ("" for a header without one), None for no header."""


@dataclass
class _Clock:
    """A file's time: when it started, and what its budget has grown with so far."""

    start: float
    pages: int = 0
    """The file's page count, once a worker has said it (a file read in ranges); 0 until then."""
    ocr_pages: int = 0
    """Pages whose OCR has started, in all the file's ranges."""


@dataclass
class _ImageRun:
    """The images of one folder, in file-name order, until each is read and they can be put into bills."""

    indexes: list[int]
    parts: dict[int, _Part | None] = field(default_factory=dict)  # None: the image could not be read


def _context(reader_module: str) -> BaseContext:
    """forkserver on Linux (with the reader preloaded in the server), spawn elsewhere.

    macOS also has forkserver, but its system frameworks are not fork-safe and it has not been measured
    there; Windows only has spawn.
    """
    if sys.platform != "linux":
        return get_context("spawn")
    context = get_context("forkserver")
    # Only has an effect before the server starts, i.e. on the first pool of this process. "__main__" is
    # multiprocessing's default: workers forked from the server then need not re-import it. The reader
    # imports its PDF and OCR libraries lazily (so that `kkoguard --help` and the GUI start fast); preloading
    # them here saves every worker, and every replacement, their import. A module that is missing is skipped.
    context.set_forkserver_preload(["__main__", reader_module, *_PRELOAD])
    return context


class _Worker:
    """One worker process, the parent's ends of its pipes, and the file it is reading."""

    def __init__(self, context: BaseContext, reader: str, memory_limit: int | None) -> None:
        self.conn, child_conn = context.Pipe()
        lifeline_read, self.lifeline = context.Pipe(duplex=False)
        self.memory_limit = memory_limit
        # the worker's address space when it started its file, and the most it has seen since
        self.memory: Any = context.RawArray("q", 2)
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_worker_main,
            args=(child_conn, lifeline_read, reader, memory_limit, self.memory),
            name="kkoguard-reader",
            daemon=True,
        )
        self.process.start()
        child_conn.close()
        lifeline_read.close()
        self.started = False  # True once it has loaded the reader and said "ready"
        self.job: _Job | None = None
        self.fresh_budget = False  # this job opened the file's budget: it starts when the worker is ready
        self.exitcode: int | None = None  # once joined

    def give(self, job: _Job) -> bool:
        """Send one job; False if the worker is gone."""
        try:
            self.conn.send(job.message)
        except OSError:
            return False
        self.job = job
        return True

    def stop(self) -> None:
        """Ask an idle worker to exit; `join` then waits for it."""
        with contextlib.suppress(OSError):
            self.conn.send(None)

    def join(self) -> None:
        """Wait for the worker to end (killing it if it does not) and release its pipes and handles."""
        self.process.join(_KILL_GRACE)
        if self.process.exitcode is None:
            self.kill()
        self.exitcode = self.process.exitcode
        if self.exitcode is not None:
            self.process.close()
        self.conn.close()
        self.lifeline.close()

    def kill(self) -> None:
        """SIGTERM, then SIGKILL if it does not go."""
        self.process.terminate()
        self.process.join(_KILL_GRACE)
        if self.process.exitcode is None:
            self.process.kill()
            self.process.join(_KILL_GRACE)


class _Pool:
    def __init__(self, reader: str, memory_limit: int | None, size: int, budget: Budget) -> None:
        self.reader = reader
        self.budget = budget
        self.memory_limit = memory_limit
        self.size = size
        self.context = _context(reader.partition(":")[0])
        self.idle: list[_Worker] = []
        self.busy: list[_Worker] = []
        self.splits: dict[int, _Split] = {}
        self.clocks: dict[int, _Clock] = {}  # a file read in ranges shares one budget across its jobs
        self.done: set[int] = set()
        self.image_runs: dict[int, _ImageRun] = {}
        self.on_progress: Callable[[int, int, int], None] | None = None

    def run(
        self,
        paths: Sequence[str],
        waiting: deque[_Job],
        cancel: threading.Event | None,
        finish: Callable[[int, Bill | None, BillError | None], None],
    ) -> None:
        def settle(index: int, bill: Bill | None, error: BillError | None) -> None:
            if index in self.done:
                return
            self.done.add(index)
            self.splits.pop(index, None)
            if error is not None:  # the file's other ranges are not worth reading any more
                for job in [job for job in waiting if job.index == index]:
                    waiting.remove(job)
            run = self.image_runs.pop(index, None)
            if run is not None:  # not a page after all (changed under us): it stands alone, the run goes on
                self._image_read(run, index, error or bill, paths, waiting, finish)
                return
            finish(index, bill, error)

        while waiting or self.busy:
            if cancel is not None and cancel.is_set():
                return
            self._dispatch(waiting)
            deadline = min(self._deadline(worker) for worker in self.busy)
            slice_ = max(0.0, deadline - time.monotonic())
            if cancel is not None:
                slice_ = min(slice_, CANCEL_LATENCY)
            handles: list[Any] = [worker.conn for worker in self.busy]
            handles += [worker.process.sentinel for worker in self.busy]
            ready = set(wait(handles, slice_))
            for worker in list(self.busy):
                job = worker.job
                assert job is not None
                path = paths[job.index]
                if worker.conn in ready or worker.process.sentinel in ready:
                    answer = self._collect(worker, path)
                    if answer is None:
                        continue
                    if isinstance(answer, _Part) and job.index in self.image_runs:
                        run = self.image_runs.pop(job.index)
                        self._image_read(run, job.index, answer, paths, waiting, finish)
                    elif isinstance(answer, _Part):
                        self._add_range(job, answer, waiting)
                    else:
                        settle(job.index, *answer)
                elif time.monotonic() >= self._deadline(worker):
                    self._discard(worker, kill=True)
                    seconds = self._seconds(job.index)
                    settle(job.index, None, BillError(ErrorCode.TIMEOUT, path, f"no answer in {seconds:g} s"))

    def _seconds(self, index: int) -> float:
        """The budget of file `index` as it stands."""
        clock = self.clocks.get(index)
        return self.budget.seconds(clock.pages, clock.ocr_pages) if clock else self.budget.base

    def _deadline(self, worker: _Worker) -> float:
        """When the file a busy worker is reading runs out of time."""
        assert worker.job is not None
        clock = self.clocks[worker.job.index]
        return clock.start + self._seconds(worker.job.index)

    def _image_read(
        self,
        run: _ImageRun,
        index: int,
        part: _Part | BillError | Bill | None,
        paths: Sequence[str],
        waiting: deque[_Job],
        finish: Callable[..., None],
    ) -> None:
        """Keep an image's reading; once the folder's images are all read, put them into bills.

        An image printing a bill header starts a bill, unless it prints the same invoice number as the bill
        being put together; an image with no header is that bill's next page. An image that could not be
        read is reported on its own (its error is given here) and does not break a bill in two, nor does a
        file that turned out to be a document, not an image (its bill is given here).
        """
        if isinstance(part, _Part):
            run.parts[index] = part
        else:
            run.parts[index] = None
            if isinstance(part, BillError):
                finish(index, None, part)
            else:
                finish(index, part, None)
        if len(run.parts) < len(run.indexes):
            return
        groups: list[tuple[list[int], str | None]] = []
        for i in run.indexes:
            got = run.parts[i]
            if got is None:
                continue
            key = _same_number(got.header)
            if groups and (key is None or (key and _close_numbers(key, groups[-1][1]))):
                groups[-1][0].append(i)
            else:
                groups.append(([i], key))
        for members, _ in reversed(groups):
            first = members[0]
            blobs = tuple(got.blob for i in members if (got := run.parts[i]) is not None)
            waiting.appendleft(_Job(first, ("finish", paths[first], blobs)))
            for later in members[1:]:
                self.done.add(later)
                finish(later, None, None, paths[first])
            self.clocks.pop(first, None)  # joining the pages gets its own time

    def _add_range(self, job: _Job, part: _Part, waiting: deque[_Job]) -> None:
        """Plan the rest of a long file when its first range comes back; join the ranges once all are in."""
        if job.index in self.done:
            return
        path = job.message[1]
        split = self.splits.get(job.index)
        if split is None:
            size = min(CHUNK_PAGES, max(MIN_CHUNK_PAGES, -(-part.page_count // self.size)))
            stops = range(part.first + part.pages, part.page_count + 1, size)
            chunks = [_Job(job.index, ("pages", path, a, a + size)) for a in stops]
            split = self.splits[job.index] = _Split([part.blob] if part.pages else [], len(chunks))
            if job.index in self.clocks:  # now that the length is known, so is the time it deserves
                self.clocks[job.index].pages = part.page_count
            waiting.extendleft(reversed(chunks))  # finish this file before starting the next
        else:
            split.ranges.append(part.blob)
            split.outstanding -= 1
        if split.outstanding == 0:
            waiting.appendleft(_Job(job.index, ("finish", path, tuple(split.ranges))))

    def _dispatch(self, waiting: deque[_Job]) -> None:
        """Give waiting jobs to idle workers, starting workers (or replacements) up to the pool size."""
        while waiting and (self.idle or len(self.busy) < self.size):
            fresh = not self.idle
            worker = _Worker(self.context, self.reader, self.memory_limit) if fresh else self.idle.pop()
            job = waiting.popleft()
            worker.fresh_budget = job.index not in self.clocks
            self.clocks.setdefault(job.index, _Clock(time.monotonic()))
            if worker.give(job):
                self.busy.append(worker)
                continue
            waiting.appendleft(job)  # the worker is gone: not this file's fault
            worker.kill()
            worker.join()
            if fresh:  # a new worker that cannot take a single path: the installation is broken
                raise RuntimeError(f"a bill reader process died on start ({_how(worker.exitcode)})")

    def _collect(self, worker: _Worker, path: str) -> tuple[Bill | None, BillError | None] | _Part | None:
        """The answer of a worker whose pipe or process became ready, or None if it is still reading."""
        while True:
            try:
                data = worker.conn.recv_bytes(MAX_REPLY_BYTES) if worker.conn.poll() else None
            except (EOFError, ConnectionError):  # reset: it died without reading what it was sent
                data = None
            except OSError:  # "bad message length": the answer is bigger than MAX_REPLY_BYTES
                self._discard(worker, kill=True)
                return None, BillError(ErrorCode.TOO_LARGE, path, f"answer above {MAX_REPLY_BYTES} bytes")
            if data is None:  # it died
                self._discard(worker, kill=False)
                if not worker.started:  # before loading the reader: not the file's fault
                    raise RuntimeError(f"a bill reader process died on start ({_how(worker.exitcode)})")
                return None, _death_error(path, worker.exitcode, tuple(worker.memory), worker.memory_limit)
            try:
                kind, value = _RestrictedUnpickler(io.BytesIO(data)).load()
            except Exception as exc:
                self._discard(worker, kill=True)
                return None, BillError(ErrorCode.CORRUPT, path, f"unreadable answer from the worker ({exc})")
            if kind == "broken":
                self._discard(worker, kill=False)
                raise RuntimeError(f"the bill reader {self.reader!r} cannot be loaded: {value}")
            if kind == "progress":
                self._progress(worker, value)
                if not worker.conn.poll():
                    return None
                continue
            if kind != "ready":
                break
            worker.started = True  # the file's time starts now, not when the worker was started
            if worker.fresh_budget and worker.job is not None:
                self.clocks[worker.job.index].start = time.monotonic()
            if not worker.conn.poll():
                return None
        self.busy.remove(worker)
        worker.job = None
        if worker.process.is_alive():
            self.idle.append(worker)
        else:  # it answered, then died: do not give it another file
            self._discard(worker, kill=False)
        if kind == "bill" and isinstance(value, Bill):
            return value, None
        if kind == "error" and isinstance(value, BillError):
            value.path = value.path or path  # an error before the worker knew which file it was
            return None, value
        if kind == "part" and isinstance(value, tuple) and len(value) == 5:
            first, page_count, pages, blob, header = value
            numbers = all(isinstance(n, int) for n in (first, page_count, pages))
            if numbers and isinstance(blob, bytes) and (header is None or isinstance(header, str)):
                return _Part(first, page_count, pages, blob, header)
        return None, BillError(ErrorCode.CORRUPT, path, f"unexpected answer from the reader: {kind!r}")

    def _progress(self, worker: _Worker, value: object) -> None:
        """A worker starts the OCR of a page ("page n of m"): the file gets more time; the caller is told."""
        if worker.job is None or not isinstance(value, tuple) or len(value) != 2:
            return
        page, pages = value
        if not (isinstance(page, int) and isinstance(pages, int)):
            return
        clock = self.clocks.get(worker.job.index)
        if clock is not None:
            clock.ocr_pages += 1
        if self.on_progress is not None:
            self.on_progress(worker.job.index, page, pages)

    def _discard(self, worker: _Worker, *, kill: bool) -> None:
        """Forget a worker that timed out, died or misbehaved; a new one starts when a file needs it."""
        if worker in self.busy:
            self.busy.remove(worker)
        if kill:
            worker.kill()
        worker.join()

    def close(self) -> None:
        """Stop every worker: idle ones are asked to exit, busy ones (cancel, error) are killed."""
        for worker in self.busy:
            worker.kill()
        for worker in self.idle:
            worker.stop()
        for worker in self.busy + self.idle:
            worker.join()
        self.busy.clear()
        self.idle.clear()


def _death_error(
    path: str, exitcode: int | None, memory: tuple[int, int] = (0, 0), memory_limit: int | None = None
) -> BillError:
    """Why a worker died without answering, as far as its exit code and its memory use tell.

    With the address-space limit, running out of memory in Python raises MemoryError and the worker
    answers. Native code (PDFium on a page of 200,000 words) aborts instead when an allocation fails, so a
    crash after the file took much of the address space that was left (`memory`: the worker's address space
    when it started the file and the most seen since; NEAR_MEMORY_LIMIT) counts as too large. So does a
    SIGKILL we did not send, which is what the kernel's out-of-memory killer does (and where RLIMIT_AS is
    not enforced, as on macOS, memory pressure ends that way too). Any other death (segfault, abort, exit)
    is blamed on the file.
    """
    sigkill = getattr(signal, "SIGKILL", None)
    if sigkill is not None and exitcode == -sigkill:
        return BillError(ErrorCode.TOO_LARGE, path, "the reader was killed, probably out of memory")
    start, peak = memory
    crashed = exitcode is not None and exitcode < 0
    if crashed and memory_limit and 0 < start < memory_limit <= start + (peak - start) / NEAR_MEMORY_LIMIT:
        return BillError(ErrorCode.TOO_LARGE, path, f"the reader ran out of memory ({_how(exitcode)})")
    return BillError(ErrorCode.CORRUPT, path, f"the reader crashed ({_how(exitcode)})")


def _how(exitcode: int | None) -> str:
    """A process's end in words: "signal SIGSEGV", "exit status 3"."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit status {exitcode}"


_REPLY_MODULES = {"kkoguard.bills.model", "kkoguard.errors"}
_REPLY_CLASSES = {("decimal", "Decimal"), ("datetime", "date")}


class _RestrictedUnpickler(pickle.Unpickler):
    """Unpickles only what a reply may hold: a worker's answer must not be able to run code here."""

    def find_class(self, module: str, name: str) -> Any:
        if module in _REPLY_MODULES or (module, name) in _REPLY_CLASSES:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a reply")


# --- worker side ------------------------------------------------------------------------------------------

_Reply = (
    tuple[Literal["bill"], Bill]
    | tuple[Literal["part"], tuple[int, int, int, bytes, str | None]]
    | tuple[Literal["progress"], tuple[int, int]]
    | tuple[Literal["error"], BillError]
    | tuple[Literal["ready", "broken"], str]
)


@dataclass(frozen=True)
class _Reader:
    """The reader a worker runs. A reader module that also defines `read_pages(path, first, stop)` and
    `finish_bill(path, ranges)` (as kkoguard.bills.reader does) lets long files be split across workers."""

    read: Callable[[str], Bill]
    read_pages: Callable[[str, int, int | None, int | None], PageRange] | None
    finish: Callable[[str, Sequence[PageRange]], Bill] | None

    def run(self, message: tuple[Any, ...]) -> _Reply:
        kind, path = message[0], message[1]
        if kind == "image" and not _is_image(path):
            kind = "file"  # replaced since the parent looked: a document is never a page of another's bill
        if kind == "image" and self.read_pages is not None:
            return ("part", _pack(self.read_pages(path, 1, None, None)))
        if kind == "pages" and self.read_pages is not None:
            return ("part", _pack(self.read_pages(path, message[2], message[3], None)))
        if kind == "finish" and self.finish is not None:
            return ("bill", self.finish(path, [pickle.loads(blob) for blob in message[2]]))
        if self.read_pages is None or self.finish is None:
            return ("bill", self.read(path))
        whole = self.read_pages(path, 1, None, SPLIT_PAGES)
        if whole.pages:
            return ("bill", self.finish(path, [whole]))
        return ("part", _pack(whole))  # only the page count: the parent plans the ranges


def _is_image(path: str) -> bool:
    """Whether the file's bytes, now, are an image's (an unreadable file is left to the reader to say)."""
    try:
        return sniff_kind(read_head(path)) == "image"
    except OSError:
        return True


def _pack(part: PageRange) -> tuple[int, int, int, bytes, str | None]:
    blob = pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL)
    return part.first, part.page_count, len(part.pages), blob, part.header


def _worker_main(
    conn: Connection, lifeline: Connection, reader_spec: str, memory_limit: int | None, memory: Any = None
) -> None:
    """A worker's life: read one path, answer with pickled bytes, until told to stop or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the parent acts
    _protect_stdout()
    _quiet_pdf_library()
    address_space = _AddressSpace()
    if memory_limit is None:
        memory = None
    _exit_with_parent(lifeline, memory, address_space)
    _limit_memory(memory_limit)
    try:
        module_name, _, function_name = reader_spec.partition(":")
        module = importlib.import_module(module_name)
        reader = _Reader(
            getattr(module, function_name),
            getattr(module, "read_pages", None),
            getattr(module, "finish_bill", None),
        )
    except Exception as exc:
        _send(conn, pickle.dumps(("broken", f"{type(exc).__name__}: {exc}")))
        return
    set_progress = getattr(module, "set_progress", None)
    if callable(set_progress):
        set_progress(lambda page, pages: _send(conn, pickle.dumps(("progress", (page, pages)))))
    _send(conn, pickle.dumps(("ready", "")))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        except MemoryError:  # the pages of a long file, too many to hold at once
            gc.collect()
            _send(conn, pickle.dumps(("error", BillError(ErrorCode.TOO_LARGE, "", "memory limit reached"))))
            continue
        if message is None:
            return
        if memory is not None:  # each file is judged on the memory it takes, not on an earlier one's
            memory[0] = memory[1] = address_space()
        _send(conn, _read_one(reader, message))


def _send(conn: Connection, data: bytes) -> None:
    """Answer the parent; if it has died meanwhile, end quietly, as the lifeline would a moment later.

    A parent killed while its worker writes leaves a broken pipe: that is no error of the worker's, and a
    traceback would land on the terminal the killed command was run from.
    """
    try:
        conn.send_bytes(data)
    except OSError:  # BrokenPipeError, ConnectionResetError
        os._exit(0)


def _read_one(reader: _Reader, message: tuple[Any, ...]) -> bytes:
    """Run the reader on one job and pickle its answer; every failure becomes a BillError."""
    path = message[1]
    out_of_memory = False
    reply: _Reply
    try:
        reply = reader.run(message)
    except BillError as exc:
        reply = ("error", exc)
    except MemoryError:
        out_of_memory = True  # the answer is built below, once the traceback no longer holds the memory
    except Exception as exc:
        detail = f"unexpected {type(exc).__name__} in the reader"
        reply = ("error", BillError(ErrorCode.CORRUPT, path, detail))
    if out_of_memory:
        gc.collect()
        reply = ("error", BillError(ErrorCode.TOO_LARGE, path, "memory limit reached"))
    try:
        return pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        gc.collect()
        error = BillError(ErrorCode.TOO_LARGE, path, "memory limit reached while sending the result")
    except Exception as exc:
        error = BillError(ErrorCode.CORRUPT, path, f"the result cannot be sent ({type(exc).__name__})")
    return pickle.dumps(("error", error), protocol=pickle.HIGHEST_PROTOCOL)


def _protect_stdout() -> None:
    """Send what a library prints on stdout to stderr instead: `kkoguard scan --json` owns stdout."""
    with contextlib.suppress(AttributeError, OSError, ValueError):  # no stdout at all (pythonw): fine
        sys.stdout.flush()
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())


def _quiet_pdf_library() -> None:
    """PDF libraries warn about every oddity of a broken file; the error code already says what matters, and
    their messages may quote the document's content, which must not reach logs."""
    import logging

    for name in ("pypdfium2", "pypdfium2_raw"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _exit_with_parent(
    lifeline: Connection, memory: Any = None, address_space: _AddressSpace | None = None
) -> None:
    """Exit as soon as the parent is gone, even in the middle of a file; meanwhile keep in `memory[1]`
    (shared with the parent) the most address space this worker uses, so that the parent can tell a crash
    for want of memory from any other when native code aborts (see `_death_error`).

    The parent never writes to `lifeline`; it closes when the parent exits or dies, and this thread then
    ends the process. (Waiting for end-of-file on the job pipe alone would leave a worker stuck in a
    runaway file alive.)
    """
    sample = memory is not None and address_space is not None and address_space() > 0

    def watch() -> None:
        with contextlib.suppress(EOFError, OSError):
            while sample and not lifeline.poll(MEMORY_SAMPLE):
                assert memory is not None and address_space is not None
                size = address_space()
                if size > memory[1]:
                    memory[1] = size
            lifeline.recv_bytes()
        os._exit(0)

    threading.Thread(target=watch, name="kkoguard-lifeline", daemon=True).start()


class _AddressSpace:
    """This process's address space in bytes (what RLIMIT_AS caps), read from /proc/self/statm; 0 where
    /proc does not say. The file stays open and is read with os.pread into a small bytes object: a buffered
    `open()` would make the reading thread take its own malloc arena, 64 MB more address space."""

    def __init__(self) -> None:
        try:
            self.fd: int | None = os.open("/proc/self/statm", os.O_RDONLY)
        except OSError:
            self.fd = None
        self.page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    def __call__(self) -> int:
        if self.fd is None:
            return 0
        try:
            return int(os.pread(self.fd, 64, 0).split()[0]) * self.page
        except (OSError, ValueError, IndexError):
            return 0


def _limit_memory(limit: int | None) -> None:
    """Cap this process's address space so that a runaway allocation raises MemoryError."""
    if limit is None or sys.platform == "win32":
        # Windows has no setrlimit; a Job Object with JOB_OBJECT_LIMIT_PROCESS_MEMORY would do it.
        return
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    # macOS may refuse RLIMIT_AS; the SIGKILL rule in _death_error then still applies.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
