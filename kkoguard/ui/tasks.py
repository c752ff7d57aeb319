"""Run engine work off the GUI thread and get the result back on it.

    run_task(lambda: dossier.add_bill(...), on_done=self._added, on_error=self._failed)

The callable runs in Qt's global thread pool; `on_done(result)` / `on_error(exception)` are called on the
GUI thread (queued signal). The returned `Task` can be kept to know whether it is still running. Errors are
delivered, never swallowed: an engine error (DossierError, BillError, LetterError…) carries a sentence for
the user; anything else goes to the unexpected-error dialog through `on_error` or, if none, sys.excepthook.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Task object outlives run(): its signals are still connected
        self.signals = _Signals()
        self._work = work
        self.running = True

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to the GUI thread, which decides what to show
            self.running = False
            self._emit(self.signals.failed, error)
            return
        self.running = False
        self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the app is closing and took the signals with it
            signal.emit(value)


_alive: set[Task] = set()  # keeps Python wrappers alive until their signals have been delivered


def run_task(
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
) -> Task:
    """With `owner` (the widget the callbacks update), a result that arrives after the owner was deleted
    (its page or dialog closed meanwhile) is dropped instead of touching dead widgets."""
    task = Task(work)
    _alive.add(task)

    def gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    def finished(result: object) -> None:
        _alive.discard(task)
        if on_done is not None and not gone():
            on_done(result)

    def failed(error: object) -> None:
        _alive.discard(task)
        assert isinstance(error, BaseException)
        if gone():
            return
        if on_error is not None:
            on_error(error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    task.signals.done.connect(finished)
    task.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(task)
    return task
