"""Long jobs of the window that report progress and can be stopped, Dangerzone style: a QObject on the GUI
thread with signals, a thread that does the work and only ever emits signals.

    worker = ImportWorker(paths, lang="fr")
    worker.file_progress.connect(...)   # (index, page, pages) as each page of a photo or scan is OCR'd
    worker.file_done.connect(...)       # (index in paths, Outcome) as each file finishes
    worker.finished.connect(...)        # every Outcome, in input order
    worker.start()
    worker.cancel()                     # the reader processes are killed within ~50 ms

Every public signal is emitted on the GUI thread (the thread relays through queued connections to slots of
the worker object), so a receiver may be any callable, even a lambda, and may touch widgets.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from kkoguard.detection.examine import examine
from kkoguard.isolation import DEFAULT_READER, Outcome, read_bills

_running: set[_ReadThread] = set()
"""Threads still running, kept alive even when their ImportWorker is gone (a QThread destroyed while it
runs aborts the process). A thread leaves the set when it has finished."""


_quit_hooked = False


def stop_all(milliseconds: int = 5000) -> None:
    """Cancel every reading still under way and wait for its thread (the app is quitting: a QThread
    destroyed while it runs would abort the process). The reader processes are killed by read_bills."""
    threads = list(_running)
    for thread in threads:
        thread.cancel_event.set()
    for thread in threads:
        thread.wait(milliseconds)


class _ReadThread(QThread):
    """Calls read_bills; its signals are emitted from the reading thread and delivered queued."""

    started_file = Signal(int)
    progress = Signal(int, int, int)
    outcome = Signal(int, object)
    all_read = Signal(list)
    stopped = Signal()
    crashed = Signal(object)

    def __init__(self, paths: list[str], lang: str, workers: int, reader: str) -> None:
        super().__init__()
        self.paths = paths
        self.lang = lang
        self.workers = workers
        self.reader = reader
        self.cancel_event = threading.Event()

    def run(self) -> None:
        # read_bills does not say when a reader process takes a file; it hands them out in input order, one
        # per process, so "started" is announced the same way: the first `workers` files, then one more
        # each time a file finishes.
        announced = 0  # files 0..announced-1 have been announced (or were done before their turn)
        in_flight = 0
        done: set[int] = set()

        def announce() -> None:
            nonlocal announced, in_flight
            while announced < len(self.paths) and in_flight < self.workers:
                if announced not in done:
                    self.started_file.emit(announced)
                    in_flight += 1
                announced += 1

        def on_outcome(index: int, outcome: Outcome) -> None:
            nonlocal in_flight
            if outcome.bill is not None:  # understood here, in the reading thread, once (not again later)
                examine(outcome.bill, self.lang)
            if index < announced:
                in_flight -= 1
            done.add(index)
            self.outcome.emit(index, outcome)
            if not self.cancel_event.is_set():
                announce()

        try:
            announce()
            outcomes = read_bills(
                self.paths,
                workers=self.workers,
                reader=self.reader,
                cancel=self.cancel_event,
                on_outcome=on_outcome,
                on_progress=lambda index, page, pages: self.progress.emit(index, page, pages),
            )
        except BaseException as error:  # an installation problem (RuntimeError), never a file's fault
            self.crashed.emit(error)
            return
        if self.cancel_event.is_set():
            self.stopped.emit()
        else:
            self.all_read.emit(outcomes)


class ImportWorker(QObject):
    """Reads bills (PDFs, and photos or scans by OCR) in the isolated reader processes on a background thread.

    Signals (all on the GUI thread): `file_started(index)` when a file is handed to a reader (estimated:
    read_bills hands files out in order, one per reader process), `file_progress(index, page, pages)` when
    OCR starts on a page of a file (a photo or a scan takes seconds a page; a file being OCR'd is surely
    being read), `file_done(index, Outcome)` as each file finishes (bill, BillError, or for a later page
    image of a bill `part_of` its first image; charges already classified so `charge.suspicious` is set,
    and amounts to check on the paper bill flagged),
    `finished(list[Outcome])` in input order once all are read, `cancelled()` after `cancel()` (files that
    had finished were reported by `file_done`, the others get nothing), and `failed(exception)` when the
    reader cannot run at all (an installation problem).
    """

    file_started = Signal(int)
    file_progress = Signal(int, int, int)
    file_done = Signal(int, object)
    finished = Signal(list)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(
        self,
        paths: Sequence[str],
        *,
        lang: str = "fr",
        workers: int | None = None,
        reader: str = DEFAULT_READER,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = list(paths)
        self._thread = _ReadThread(self.paths, lang, workers or os.cpu_count() or 1, reader)
        self._thread.started_file.connect(self._started_file)
        self._thread.progress.connect(self._progress)
        self._thread.outcome.connect(self._outcome)
        self._thread.all_read.connect(self._all_read)
        self._thread.stopped.connect(self._stopped)
        self._thread.crashed.connect(self._crashed)
        self._thread.finished.connect(self._thread_ended)
        self._cancel_requested = False

        # Deleting the worker (its page closed) stops the reading; the lambda holds the event, not self.
        cancel_event = self._thread.cancel_event
        self.destroyed.connect(lambda *_: cancel_event.set())

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def start(self) -> None:
        global _quit_hooked
        app = QCoreApplication.instance()
        if app is not None and not _quit_hooked:
            app.aboutToQuit.connect(stop_all)
            _quit_hooked = True
        _running.add(self._thread)
        self._thread.start()

    def cancel(self) -> None:
        """Stop reading: the reader processes are killed within read_bills' CANCEL_LATENCY; `cancelled`
        follows once they are gone. Never blocks."""
        self._cancel_requested = True
        self._thread.cancel_event.set()

    def wait(self, milliseconds: int) -> bool:
        """For tests and shutdown only: wait for the thread to end (blocks the caller)."""
        return self._thread.wait(milliseconds)

    @Slot(int)
    def _started_file(self, index: int) -> None:
        if not self._cancel_requested:
            self.file_started.emit(index)

    @Slot(int, int, int)
    def _progress(self, index: int, page: int, pages: int) -> None:
        if not self._cancel_requested:
            self.file_progress.emit(index, page, pages)

    @Slot(int, object)
    def _outcome(self, index: int, outcome: object) -> None:
        self.file_done.emit(index, outcome)

    @Slot(list)
    def _all_read(self, outcomes: list[Outcome]) -> None:
        self.finished.emit(outcomes)

    @Slot()
    def _stopped(self) -> None:
        self.cancelled.emit()

    @Slot(object)
    def _crashed(self, error: object) -> None:
        self.failed.emit(error)

    @Slot()
    def _thread_ended(self) -> None:
        _running.discard(self._thread)
