"""Where the dossier, the settings and the log live (one folder name on Linux), and the one-time move of the
folders earlier versions used ("KKO Guard") to the `kkoguard` ones: nothing lost, nothing replaced, never
in the way of the start.

Each test has its own home folder (HOME and XDG_* under tmp_path), so none touches the person's real files.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from kkoguard import paths
from kkoguard.ui import errors, settings

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the folders of Linux")

OLD_LOG = "2024-05-01 10:00:00 INFO kkoguard: an old line\n"


@dataclass
class Home:
    root: Path
    config: Path  # what XDG_CONFIG_HOME means
    state: Path
    data: Path

    @property
    def old_settings(self) -> Path:
        return self.config / "KKO Guard" / "KKO Guard.conf"

    @property
    def new_settings(self) -> Path:
        return self.config / "kkoguard" / "kkoguard.conf"

    @property
    def old_logs(self) -> Path:
        return self.state / "KKO Guard" / "log"

    @property
    def new_logs(self) -> Path:
        return self.state / "kkoguard" / "log"


def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: bool) -> Home:
    root = tmp_path / "home" / "jeanne.dupont"  # a name that must never reach the log
    root.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(root))
    for var in ("KKOGUARD_DATA_DIR", "KKOGUARD_LOG_DIR"):
        monkeypatch.delenv(var, raising=False)
    found = {}
    for var, default in (("XDG_CONFIG_HOME", ".config"), ("XDG_STATE_HOME", ".local/state")):
        if xdg:
            found[var] = tmp_path / "xdg" / var.lower()
            monkeypatch.setenv(var, str(found[var]))
        else:
            found[var] = root / default
            monkeypatch.delenv(var, raising=False)
    if xdg:
        data = tmp_path / "xdg" / "data"
        monkeypatch.setenv("XDG_DATA_HOME", str(data))
    else:
        data = root / ".local" / "share"
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return Home(root, found["XDG_CONFIG_HOME"], found["XDG_STATE_HOME"], data)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Home:
    """A Linux home of its own, with the default XDG folders (~/.config, ~/.local/state, ~/.local/share)."""
    return _home(tmp_path, monkeypatch, xdg=False)


@pytest.fixture
def qt_config(home: Home) -> Iterator[None]:
    """Qt's own default settings folder pointed at the test's XDG config folder (Qt reads it only once per
    process), then put back."""
    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    before = Path(QSettings(native, user, "x", "y").fileName()).parent.parent
    QSettings.setPath(native, user, str(home.config))
    yield
    QSettings.setPath(native, user, str(before))


def _write_old_settings(folder: Path) -> None:
    """What an earlier version left: QSettings("KKO Guard", "KKO Guard") in Qt's native format."""
    old = QSettings(settings.ORGANISATION, settings.APPLICATION)
    old.setValue("files/last_folder", str(folder))
    old.setValue("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb geometry"))
    old.sync()
    assert old.status() == QSettings.Status.NoError


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _tree(root: Path) -> dict[str, tuple[int, str]]:
    """Every file and folder under `root`: its mode and, for a file, its text."""
    found = {}
    for path in sorted(root.rglob("*")):
        text = path.read_text(encoding="utf-8") if path.is_file() else "<folder>"
        found[str(path.relative_to(root))] = (stat.S_IMODE(path.lstat().st_mode), text)
    return found


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- where things are --------------------------------------------------------------------------------------


@pytest.mark.parametrize("xdg", [False, True], ids=["default folders", "XDG variables"])
def test_the_dossier_the_settings_and_the_log_share_one_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: bool
) -> None:
    home = _home(tmp_path, monkeypatch, xdg)
    assert paths.data_dir() == home.data / "kkoguard"
    assert paths.settings_file() == home.new_settings
    assert paths.log_dir() == home.new_logs
    assert settings.store().fileName() == str(home.new_settings)  # what the window really uses
    assert errors.log_dir() == home.new_logs
    if not xdg:
        assert str(paths.settings_file()).endswith("/.config/kkoguard/kkoguard.conf")
        assert str(paths.log_dir()).endswith("/.local/state/kkoguard/log")


def test_a_data_dir_override_holds_the_settings_and_the_log(
    tmp_path: Path, home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KKOGUARD_DATA_DIR", str(tmp_path / "portable"))
    assert paths.settings_file() == tmp_path / "portable" / "settings.ini"
    assert settings.store().fileName() == str(tmp_path / "portable" / "settings.ini")
    assert errors.log_dir() == tmp_path / "portable" / "logs"
    monkeypatch.setenv("KKOGUARD_LOG_DIR", str(tmp_path / "elsewhere"))
    assert errors.log_dir() == tmp_path / "elsewhere"


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_windows_and_macos_keep_their_folders_and_move_nothing(
    home: Home, monkeypatch: pytest.MonkeyPatch, qt_config: None, system: str
) -> None:
    _write_old_settings(home.root)
    _write(home.old_logs / "kkoguard.log", OLD_LOG)
    before = _tree(home.root)
    monkeypatch.setattr(sys, "platform", system)
    assert paths.folder_name() == "KKO Guard"
    assert paths.data_dir().name == "KKO Guard"
    assert "KKO Guard" in paths.log_dir().parts
    assert paths.settings_file() is None  # the system's own store, as QSettings("KKO Guard", "KKO Guard")
    paths.move_legacy_folders()
    assert _tree(home.root) == before


# --- the move from the earlier folders ---------------------------------------------------------------------


def test_qt_wrote_the_old_settings_where_the_move_looks(home: Home, qt_config: None) -> None:
    _write_old_settings(home.root)
    assert paths.legacy_settings_file() == home.old_settings
    assert home.old_settings.is_file()
    assert paths.legacy_log_dir() == home.old_logs


def test_old_settings_and_logs_are_moved_and_read_back(home: Home, qt_config: None) -> None:
    folder = home.root / "Factures SFR"
    folder.mkdir()
    _write_old_settings(folder)
    _write(home.old_logs / "kkoguard.log", OLD_LOG)
    _write(home.old_logs / "kkoguard.log.1", "older\n")

    paths.move_legacy_folders()

    assert settings.last_folder() == str(folder)  # through the window's settings store
    geometry = settings.store().value("window/geometry")
    assert isinstance(geometry, QByteArray) and bytes(geometry.data()) == b"\x01\xd9\xd0\xcb geometry"
    assert errors.log_path().read_text(encoding="utf-8") == OLD_LOG
    assert (home.new_logs / "kkoguard.log.1").read_text(encoding="utf-8") == "older\n"
    # the old folders are gone, the new ones the move created are the owner's only
    assert not (home.config / "KKO Guard").exists()
    assert not (home.state / "KKO Guard").exists()
    for created in (home.config / "kkoguard", home.state / "kkoguard", home.new_logs):
        assert _mode(created) == 0o700


def test_a_second_run_changes_nothing(home: Home, qt_config: None) -> None:
    _write_old_settings(home.root)
    _write(home.old_logs / "kkoguard.log", OLD_LOG)
    _write(home.new_logs / "kkoguard.log", "new\n")  # keeps the old one in its old folder
    paths.move_legacy_folders()
    after_first = _tree(home.root)
    assert "kkoguard.log" in {Path(p).name for p in after_first if "KKO Guard" in p}

    paths.move_legacy_folders()
    assert _tree(home.root) == after_first


def test_an_existing_new_file_is_never_replaced(home: Home, qt_config: None) -> None:
    _write_old_settings(home.root)
    _write(home.new_settings, "[files]\nlast_folder=/tmp\n")
    _write(home.old_logs / "kkoguard.log", OLD_LOG)
    _write(home.old_logs / "kkoguard.log.1", "older\n")
    _write(home.new_logs / "kkoguard.log", "new\n")
    old_settings = home.old_settings.read_text(encoding="utf-8")

    paths.move_legacy_folders()

    assert home.new_settings.read_text(encoding="utf-8") == "[files]\nlast_folder=/tmp\n"
    assert home.old_settings.read_text(encoding="utf-8") == old_settings  # left where it was
    assert (home.new_logs / "kkoguard.log").read_text(encoding="utf-8") == "new\n"
    assert (home.old_logs / "kkoguard.log").read_text(encoding="utf-8") == OLD_LOG
    assert (home.new_logs / "kkoguard.log.1").read_text(encoding="utf-8") == "older\n"  # its name was free
    assert not (home.old_logs / "kkoguard.log.1").exists()


def test_an_empty_settings_file_made_ready_before_the_move_is_not_in_its_way(
    home: Home, qt_config: None
) -> None:
    folder = home.root / "Factures SFR"
    folder.mkdir()
    _write_old_settings(folder)
    paths.prepare_private_file(home.new_settings)  # what the settings store does before Qt writes
    assert home.new_settings.read_bytes() == b"" and _mode(home.new_settings) == 0o600

    paths.move_legacy_folders()

    assert settings.last_folder() == str(folder)
    assert not home.old_settings.exists()
    assert _mode(home.new_settings.parent) == 0o700


def _like_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's permission checks also for root (who runs the tests in some containers): renaming or
    deleting in a folder without write permission fails."""

    def checked(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            for path in args[:2]:
                if (
                    isinstance(path, (str, os.PathLike))
                    and not os.stat(Path(path).parent).st_mode & stat.S_IWUSR
                ):
                    raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(*args, **kwargs)

        return call

    for name in ("rename", "unlink", "rmdir"):
        monkeypatch.setattr(os, name, checked(getattr(os, name)))


def test_a_read_only_old_folder_does_not_stop_the_start(
    home: Home, qt_config: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _write_old_settings(home.root)
    _write(home.old_logs / "kkoguard.log", OLD_LOG)
    old_settings = home.old_settings.read_text(encoding="utf-8")
    _like_a_person(monkeypatch)
    for folder in (home.old_settings.parent, home.old_logs):
        folder.chmod(0o500)
    try:
        with caplog.at_level(logging.INFO, logger="kkoguard"):
            paths.move_legacy_folders()
    finally:
        for folder in (home.old_settings.parent, home.old_logs):
            folder.chmod(0o700)

    assert home.old_settings.read_text(encoding="utf-8") == old_settings
    assert (home.old_logs / "kkoguard.log").read_text(encoding="utf-8") == OLD_LOG
    assert not home.new_settings.exists()
    assert not (home.new_logs / "kkoguard.log").exists()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("settings" in w and "PermissionError" in w for w in warnings), warnings
    assert any("log file" in w and "PermissionError" in w for w in warnings), warnings
    assert not any("jeanne" in r.getMessage() or str(home.root) in r.getMessage() for r in caplog.records)


def test_across_file_systems_the_copy_is_checked_before_the_original_goes(
    home: Home, qt_config: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_old_settings(home.root)
    old_settings = home.old_settings.read_text(encoding="utf-8")
    _write(home.old_logs / "kkoguard.log", OLD_LOG)

    def no_rename(source: Any, target: Any) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "rename", no_rename)
    paths.move_legacy_folders()

    assert home.new_settings.read_text(encoding="utf-8") == old_settings
    assert (home.new_logs / "kkoguard.log").read_text(encoding="utf-8") == OLD_LOG
    assert _mode(home.new_settings) == 0o600
    assert not home.old_settings.exists()
    assert not (home.state / "KKO Guard").exists()


def test_a_copy_that_differs_keeps_the_original(
    home: Home, qt_config: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _write(home.old_logs / "kkoguard.log", OLD_LOG)

    def no_rename(source: Any, target: Any) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    def lossy_copy(source: Any, target: Any) -> None:
        target.write(source.read()[:-1])  # a disk that drops the last byte

    monkeypatch.setattr(os, "rename", no_rename)
    monkeypatch.setattr(shutil, "copyfileobj", lossy_copy)
    with caplog.at_level(logging.WARNING, logger="kkoguard"):
        paths.move_legacy_folders()

    assert (home.old_logs / "kkoguard.log").read_text(encoding="utf-8") == OLD_LOG
    assert not (home.new_logs / "kkoguard.log").exists()  # no half copy under the real name
    assert any("log file" in r.getMessage() for r in caplog.records)


def test_a_folder_override_moves_nothing(
    tmp_path: Path, home: Home, qt_config: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_old_settings(home.root)
    _write(home.old_logs / "kkoguard.log", OLD_LOG)
    before = _tree(home.root)
    monkeypatch.setenv("KKOGUARD_DATA_DIR", str(tmp_path / "portable"))
    paths.move_legacy_folders()
    assert _tree(home.root) == before
    assert not (tmp_path / "portable").exists()


# --- where it is called ------------------------------------------------------------------------------------


def test_the_command_line_moves_the_old_folders(home: Home, qt_config: None, cli: Callable[..., Any]) -> None:
    _write_old_settings(home.root)
    assert cli("--version").status == 0  # --version and --help touch no file
    assert home.old_settings.is_file() and not home.new_settings.exists()
    assert cli("guide", "orange").status == 0
    assert home.new_settings.is_file()
    assert not home.old_settings.exists()


def test_the_window_moves_them_before_it_logs(
    qtbot: QtBot, home: Home, qt_config: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kkoguard.ui import app as app_module

    for module in (sys, threading):  # main() installs the error hooks: put them back afterwards
        monkeypatch.setattr(module, "excepthook", module.excepthook)
    monkeypatch.setattr(app_module, "open_or_create", lambda lang: app_module.EXIT_OK)
    _write_old_settings(home.root)
    _write(home.old_logs / "kkoguard.log", OLD_LOG)

    assert app_module.main([]) == app_module.EXIT_OK

    assert home.new_settings.is_file() and not home.old_settings.exists()
    logged = (home.new_logs / "kkoguard.log").read_text(encoding="utf-8")
    assert logged.startswith(OLD_LOG)  # the old log goes on in its new place
    assert "log file(s) moved" in logged and "starting" in logged
    assert not (home.state / "KKO Guard").exists()
