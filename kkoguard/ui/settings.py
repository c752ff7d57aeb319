"""What the window remembers between runs that is not personal data: its size and position, and the last
folder bills were taken from. Everything personal (names, addresses, amounts) lives in the encrypted dossier
(`Dossier.preference`), never here: this file is plain text.

Where: `kkoguard.paths.settings_file()`: ~/.config/kkoguard/kkoguard.conf on Linux, `settings.ini` in
KKOGUARD_DATA_DIR when that is set (tests, portable use, so a test never touches the user's real settings);
on Windows and macOS the system's own store (registry, plist) for organisation and application "KKO Guard".

    from kkoguard.ui import settings
    settings.restore_window(window)          # in the window's __init__
    settings.save_window(window)             # in its closeEvent
    start = settings.last_folder()           # for a file dialog
    settings.remember_folder(chosen_path)    # a file or a folder; its folder is kept
    settings.text_size()                     # the text size chosen with A+ / A- (1.0: normal)
    settings.set_text_size(1.3)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from kkoguard.paths import prepare_private_file, settings_file

ORGANISATION = "KKO Guard"
APPLICATION = "KKO Guard"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_LAST_FOLDER = "files/last_folder"
_TEXT_SIZE = "view/text_size"


def store() -> QSettings:
    """The settings store (see the module docstring for where it is)."""
    file = settings_file()
    if file is None:  # Windows and macOS: the system's store, found by these names
        return QSettings(ORGANISATION, APPLICATION)
    prepare_private_file(file)  # Qt keeps the mode of the file it replaces: owner-only
    return QSettings(str(file), QSettings.Format.IniFormat)  # on Unix Qt's native format is this INI format


def save_window(window: QMainWindow) -> None:
    values = store()
    values.setValue(_GEOMETRY, window.saveGeometry())
    values.setValue(_STATE, window.saveState())
    values.sync()


def restore_window(window: QMainWindow) -> bool:
    """Put the window back where it was; False (and nothing changed) on the first run."""
    values = store()
    geometry = values.value(_GEOMETRY)
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        return False
    restored = window.restoreGeometry(geometry)
    state = values.value(_STATE)
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    return bool(restored)


def last_folder() -> str:
    """The folder bills or files were last taken from or saved to, if it still exists; else the home
    folder."""
    value = store().value(_LAST_FOLDER)
    if isinstance(value, str) and value and Path(value).is_dir():
        return value
    return str(Path.home())


def remember_folder(path: str | Path) -> None:
    """Remember `path` (a folder) or the folder holding it (a file)."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    values = store()
    values.setValue(_LAST_FOLDER, str(folder))
    values.sync()


def text_size() -> float:
    """The text size the person chose (a factor of the normal size); 1.0 when never chosen or unreadable."""
    value = store().value(_TEXT_SIZE)
    try:
        factor = float(value) if value is not None else 1.0
    except (TypeError, ValueError):
        return 1.0
    return factor if 0.5 <= factor <= 3.0 else 1.0


def set_text_size(factor: float) -> None:
    values = store()
    values.setValue(_TEXT_SIZE, f"{factor:.2f}")
    values.sync()
