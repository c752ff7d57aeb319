"""One writer at a time: an OS file lock next to the dossier, released by the OS if the process dies.

SQLite's own locking already prevents corruption; this lock gives a second KKO Guard a clear message
instead of "database is locked" in the middle of a task.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.paths import tighten_descriptor


class DossierLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise DossierError(DossierErrorCode.IN_USE, str(self.path)) from None
        with contextlib.suppress(OSError):  # an empty file: a lock an earlier version left 0644 still locks
            tighten_descriptor(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
