"""Where KKO Guard finds its bundled data (in a checkout, an installed wheel or a frozen bundle), and where it
keeps the person's files: the dossier, the window's settings and the log.

One folder name per system, through platformdirs (so the XDG_* variables are honoured on Linux):

    Linux            ~/.local/share/kkoguard   ~/.config/kkoguard/kkoguard.conf   ~/.local/state/kkoguard/log
    Windows, macOS   the system's folders for "KKO Guard" (settings: the registry, a plist), as always

KKOGUARD_DATA_DIR puts all three in that folder (settings.ini, logs/) for tests and portable use;
KKOGUARD_LOG_DIR moves the log alone. The UI asks this module; nothing here imports Qt.

Everything the app writes about the person (the dossier, its keys, backups, exports, saved letters, the
calendar, the log) is readable by its owner only: files 0600, the folders the app creates 0700, whatever
the umask. `open_private`, `write_private`, `copy_private`, `ensure_private_folder` and
`PrivateRotatingFileHandler` below are the one way to do it; on Windows the mode bits mean little and the
user's folders are already the user's, so there they only create the files.

Earlier versions kept the settings and the log on Linux under "KKO Guard" (~/.config/KKO Guard/KKO Guard.conf,
Qt's name for organisation and application "KKO Guard", and ~/.local/state/KKO Guard/log).
`move_legacy_folders()` moves them, once, at start-up (kkoguard/ui/app.py main for the window, kkoguard/cli.py
main for the command line).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import logging
import logging.handlers
import os
import shutil
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import IO, Any

APP_NAME = "KKO Guard"
LINUX_NAME = "kkoguard"
LEGACY_LINUX_NAME = APP_NAME
"""The settings' and the log's folder name on Linux before they took LINUX_NAME."""

log = logging.getLogger("kkoguard.paths")


@cache
def resources_dir() -> Path:
    """The `resources/` folder: operator templates, detection rules, guides, letters."""
    override = os.environ.get("KKOGUARD_RESOURCES")
    candidates = [Path(override)] if override else []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "rules").is_dir():
            return candidate
    raise FileNotFoundError("KKO Guard's resources folder is missing; reinstall the application.")


def _on_linux() -> bool:
    return sys.platform.startswith("linux")


def folder_name() -> str:
    """The name of the app's folders on this system."""
    return LINUX_NAME if _on_linux() else APP_NAME


def data_dir() -> Path:
    """Where the dossier lives: the platform's user data folder, or KKOGUARD_DATA_DIR (tests, portable use).

    Not created here: the dossier creates it with owner-only permissions when it first writes.
    """
    override = os.environ.get("KKOGUARD_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(folder_name(), appauthor=False, roaming=False)


def settings_file() -> Path | None:
    """The window's settings file (an INI file): `settings.ini` in KKOGUARD_DATA_DIR when that is set, else
    on Linux ~/.config/kkoguard/kkoguard.conf. None on Windows and macOS: there the settings stay in the
    system's own store for organisation and application APP_NAME, which Qt finds by those names."""
    if os.environ.get("KKOGUARD_DATA_DIR"):
        return data_dir() / "settings.ini"
    if not _on_linux():
        return None
    from platformdirs import user_config_path

    return user_config_path(LINUX_NAME, appauthor=False, roaming=False) / f"{LINUX_NAME}.conf"


def log_dir() -> Path:
    """Where the log file goes: KKOGUARD_LOG_DIR, else `logs/` in KKOGUARD_DATA_DIR when that is set, else
    the platform's user log folder. Not created here."""
    override = os.environ.get("KKOGUARD_LOG_DIR")
    if override:
        return Path(override)
    if os.environ.get("KKOGUARD_DATA_DIR"):
        return data_dir() / "logs"
    from platformdirs import user_log_path

    return user_log_path(folder_name(), appauthor=False)


def legacy_settings_file() -> Path:
    """Where Linux kept the settings before: QSettings("KKO Guard", "KKO Guard") in Qt's native format is
    $XDG_CONFIG_HOME/<organisation>/<application>.conf."""
    from platformdirs import user_config_path

    return user_config_path(LEGACY_LINUX_NAME, appauthor=False, roaming=False) / f"{LEGACY_LINUX_NAME}.conf"


def legacy_log_dir() -> Path:
    """Where Linux kept the log before."""
    from platformdirs import user_log_path

    return user_log_path(LEGACY_LINUX_NAME, appauthor=False)


# --- moving the folders of earlier versions ----------------------------------------------------------------


def move_legacy_folders() -> None:
    """On Linux, move the settings file and the log files of earlier versions to the folders above; call it
    at start-up, before the settings are read or anything is logged to the log file.

    Nothing to do on Windows and macOS, nor when KKOGUARD_DATA_DIR (or, for the log, KKOGUARD_LOG_DIR)
    chooses the folders. A file is moved only where its new name is free: nothing is ever replaced or
    deleted. The old folders are removed once empty and left otherwise. A failure is logged (what failed
    and the error's kind, never a path: paths name the person) and the app carries on.
    """
    if not _on_linux() or os.environ.get("KKOGUARD_DATA_DIR"):
        return
    try:
        if not os.environ.get("KKOGUARD_LOG_DIR"):
            _move_legacy_logs()  # first: a note logged before would start a new log file in their way
        _move_legacy_settings()
    except Exception as error:  # start-up goes on whatever happens here
        log.warning("moving the old settings and log folders stopped: %s", _kind(error))


def _move_legacy_settings() -> None:
    old, new = legacy_settings_file(), settings_file()
    assert new is not None  # on Linux without KKOGUARD_DATA_DIR
    if os.path.lexists(old):
        if _empty_file(new):  # made ready by prepare_private_file before anything was written in it
            with contextlib.suppress(OSError):
                new.unlink()
        if os.path.lexists(new):
            log.info("old settings file left in place: the new one exists")
        else:
            try:
                make_private_folders(new.parent)
                _move_file(old, new)
                log.info("settings moved to the %s folder", LINUX_NAME)
            except OSError as error:
                log.warning("old settings file left in place, not moved: %s", _kind(error))
    _remove_if_empty(old.parent)


def _empty_file(path: Path) -> bool:
    try:
        return path.is_file() and not path.is_symlink() and path.stat().st_size == 0
    except OSError:
        return False


def _move_legacy_logs() -> None:
    old, new = legacy_log_dir(), log_dir()
    if old.is_dir() and not old.is_symlink():
        moved = kept = 0
        failures: list[str] = []  # logged after the loop: a note logged earlier would open a log file here
        entries: list[os.DirEntry[str]] = []
        try:
            make_private_folders(new)
            with os.scandir(old) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            log.warning("old log files left in place, not moved: %s", _kind(error))
        for entry in entries:
            if not entry.is_file(follow_symlinks=False):
                continue  # only the log files; anything else stays where it is
            target = new / entry.name
            if os.path.lexists(target):
                kept += 1
                continue
            try:
                _move_file(Path(entry.path), target)
                moved += 1
            except OSError as error:
                failures.append(_kind(error))
        if moved:
            log.info("%d log file(s) moved to the %s folder", moved, LINUX_NAME)
        if kept:
            log.info(
                "%d old log file(s) left in the old folder: the new folder has files by those names", kept
            )
        if failures:
            log.warning(
                "%d old log file(s) left in the old folder, not moved: %s",
                len(failures),
                ", ".join(sorted(set(failures))),
            )
    _remove_if_empty(old)
    _remove_if_empty(old.parent)


def _move_file(source: Path, target: Path) -> None:
    """Move one file to a free name: an atomic rename on one file system, else a copy that is checked
    before the original is deleted. FileExistsError when `target` exists (nothing is ever replaced)."""
    if os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, "exists")
    try:
        os.rename(source, target)
        return
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
    if source.is_symlink():  # a link is moved by a rename only; across file systems it stays
        raise OSError(errno.EXDEV, "a link across file systems")
    _copy_then_delete(source, target)


def _copy_then_delete(source: Path, target: Path) -> None:
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never replaces a file
    try:
        with os.fdopen(descriptor, "wb") as writing, open(source, "rb") as reading:
            shutil.copyfileobj(reading, writing)
            writing.flush()
            os.fsync(writing.fileno())
        if _digest(source) != _digest(target):
            raise OSError(errno.EIO, "the copy differs from the original")
    except BaseException:
        os.unlink(target)  # only the incomplete copy made just above; the original is untouched
        raise
    os.unlink(source)


def _digest(path: Path) -> bytes:
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").digest()


def _remove_if_empty(folder: Path) -> None:
    try:
        os.rmdir(folder)  # only an empty folder is removed
    except FileNotFoundError:
        pass
    except OSError as error:
        if error.errno not in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOTDIR):
            log.warning("an empty old folder was not removed: %s", _kind(error))


def _kind(error: BaseException) -> str:
    """The error's class and number: never its message, which names the file and so the person."""
    number = getattr(error, "errno", None)
    return f"{type(error).__name__} (errno {number})" if number is not None else type(error).__name__


# --- files readable by their owner only ---------------------------------------------------------------------

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_OPEN_FLAGS = {"w": os.O_CREAT | os.O_TRUNC, "x": os.O_CREAT | os.O_EXCL, "a": os.O_CREAT | os.O_APPEND}


def _posix() -> bool:
    return os.name == "posix"


def make_private_folders(folder: Path) -> None:
    """Create `folder` and its missing parents, each readable by its owner only (0700, as the XDG base
    directory specification asks); folders that exist are left as they are."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)


def ensure_private_folder(folder: Path) -> None:
    """Create `folder` like make_private_folders, and take the group's and others' rights off it if it
    exists already (a folder an earlier version or an old umask left open)."""
    make_private_folders(folder)
    tighten(folder)


def tighten(path: Path) -> None:
    """Take the group's and others' rights off an existing file or folder (POSIX; nothing on Windows)."""
    if not _posix():
        return
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if mode & 0o077:
        path.chmod(mode & 0o7700)


def tighten_descriptor(descriptor: int) -> None:
    """Take the group's and others' rights off the open file `descriptor` (POSIX; nothing on Windows)."""
    if _posix():
        mode = os.fstat(descriptor).st_mode
        if mode & 0o077:
            os.fchmod(descriptor, mode & 0o7700)


def open_private(
    path: Path, mode: str = "wb", *, encoding: str | None = None, errors: str | None = None
) -> IO[Any]:
    """`open(path, mode)` for a "w", "x" or "a" mode, the file readable by its owner only: created 0600
    whatever the umask, and an existing file written over or added to loses the group's and others'
    rights first."""
    flags = _OPEN_FLAGS[mode[0]] | (os.O_RDWR if "+" in mode else os.O_WRONLY) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, PRIVATE_FILE)
    try:
        tighten_descriptor(descriptor)
        return os.fdopen(descriptor, mode.replace("x", "w"), encoding=encoding, errors=errors)
    except BaseException:
        os.close(descriptor)
        raise


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all, readable by its owner only: a hidden scratch file
    (0600) in the same folder, synced, then renamed over `path`. OSError when it cannot, and nothing
    half-written stays."""
    descriptor, scratch = tempfile.mkstemp(prefix=".kkoguard-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def copy_private(source: Path, target: Path) -> None:
    """Copy the bytes of `source` to `target`, which is readable by its owner only (shutil.copyfile gives
    the umask's 0644)."""
    with open(source, "rb") as reading, open_private(target, "wb") as writing:
        shutil.copyfileobj(reading, writing, 1024 * 1024)


def new_private_file(path: Path) -> None:
    """An empty file at `path` (emptied if it exists), readable by its owner only, for a library that
    fills it and keeps its mode: SQLite takes an empty file for a new database and gives its journal
    files the database's mode."""
    open_private(path, "wb").close()


def prepare_private_file(path: Path) -> None:
    """Before another library (Qt's settings) writes `path`: its missing folders are created owner-only
    and the file is created empty or tightened to 0600 (Qt keeps the mode of the file it replaces).
    A failure is left for that library to meet and report."""
    try:
        make_private_folders(path.parent)
        open_private(path, "ab").close()
    except OSError as error:
        log.warning("the settings' folder could not be made private: %s", _kind(error))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The rotating log file, readable by its owner only, in a folder created (or tightened) to 0700.

    The log holds no personal data by rule, but it tells when the person used the app and what failed.
    A rotated file keeps its mode: rotation renames it. OSError from the constructor when the folder
    cannot be made.
    """

    def __init__(self, filename: str | os.PathLike[str], *args: Any, **kwargs: Any) -> None:
        ensure_private_folder(Path(filename).absolute().parent)
        super().__init__(filename, *args, **kwargs)

    def _open(self) -> io.TextIOWrapper:
        stream = open_private(Path(self.baseFilename), self.mode, encoding=self.encoding, errors=self.errors)
        assert isinstance(stream, io.TextIOWrapper)  # a text mode: logging opens "a"
        return stream
