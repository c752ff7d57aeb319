"""What the app writes about the person is readable by its owner only: every file it creates is 0600 and
every folder it creates is 0700, on every path that writes one (issue 17, item 5), whatever the umask.

Each test runs under the common umask 022, with which a plain `open()` or `mkdir()` gives 0644 and 0755.
Folders the person chose (where a backup or an export goes) are theirs and keep their mode.
"""

from __future__ import annotations

import logging
import os
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kkoguard import paths
from kkoguard.dossier import schema
from kkoguard.dossier.agenda import write_ics
from kkoguard.dossier.export import export_case
from kkoguard.dossier.store import Dossier
from tests.conftest import Run
from tests.test_cli_dossier import bills_folder

pytestmark = pytest.mark.skipif(os.name != "posix", reason="owner-only mode bits are POSIX's")

Cli = Callable[..., Run]


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def assert_private(*roots: Path, chosen: Iterable[Path] = ()) -> None:
    """Every file under `roots` is 0600 and every folder 0700 (the roots too), except the `chosen` ones."""
    skip = set(chosen)
    wrong = {}
    for root in roots:
        for path in [root, *sorted(root.rglob("*"))]:
            if path in skip:
                continue
            want = 0o700 if path.is_dir() else 0o600
            if _mode(path) != want:
                wrong[str(path)] = oct(_mode(path))
    assert not wrong, f"open to others: {wrong}"


def _chosen_folder(path: Path) -> Path:
    """A folder the person made (a USB key, Documents), with the usual 0755."""
    path.mkdir(parents=True)
    assert _mode(path) == 0o755
    return path


# --- through the command line ---------------------------------------------------------------------------


def test_a_dossier_its_backups_and_a_restore_are_the_owners_only(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli("dossier", "create").status == 0
    assert cli("dossier", "import", str(bills_folder(tmp_path))).status == 0
    assert_private(data)

    usb = _chosen_folder(tmp_path / "clé usb")
    backup = usb / "sauvegarde.kkoguard-backup"
    backup.write_bytes(b"an older backup by that name")  # written over: 0644 before
    assert cli("dossier", "backup", str(backup)).status == 0
    assert cli("dossier", "backup", str(usb)).status == 0  # a folder: a dated name in it
    assert_private(*usb.iterdir())
    assert len(list(usb.iterdir())) == 2 and _mode(usb) == 0o755

    restored = cli("dossier", "restore", str(backup))
    assert restored.status == 0, restored.err
    assert list((data / "backups").glob("replaced-*/dossier.db"))  # the dossier it replaced, kept aside
    assert_private(data)
    assert cli("dossier", "list").status == 0
    assert_private(data)  # and as the restored dossier is used (its -wal and -shm files)


def test_a_restore_on_a_new_computer_is_the_owners_only(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("dossier", "create").status == 0
    backup = _chosen_folder(tmp_path / "usb") / "sauvegarde.kkoguard-backup"
    assert cli("dossier", "backup", str(backup)).status == 0
    new_home = tmp_path / "new computer" / "data"
    monkeypatch.setenv("KKOGUARD_DATA_DIR", str(new_home))
    restored = cli("dossier", "restore", str(backup))
    assert restored.status == 0, restored.err
    assert_private(new_home)


def test_an_export_folder_and_zip_are_the_owners_only(cli: Cli, tmp_path: Path) -> None:
    assert cli("dossier", "create").status == 0
    assert cli("dossier", "import", str(bills_folder(tmp_path))).status == 0
    out = _chosen_folder(tmp_path / "pour le médiateur")
    assert cli("dossier", "export", "1", "--out", str(out)).status == 0
    assert cli("dossier", "export", "1", "--out", str(out), "--zip").status == 0
    [folder] = [p for p in out.iterdir() if p.is_dir()]
    [archive] = out.glob("*.zip")
    assert len(list(folder.iterdir())) == 5 and len(zipfile.ZipFile(archive).namelist()) == 5
    assert_private(folder, archive)
    assert _mode(out) == 0o755


def test_the_recovery_sheet_of_a_new_dossier_is_the_owners_only(cli: Cli, tmp_path: Path) -> None:
    sheet = _chosen_folder(tmp_path / "papiers") / "clé de secours.pdf"
    assert cli("dossier", "create", "--recovery-pdf", str(sheet)).status == 0
    assert_private(sheet)


def test_an_export_folder_the_command_makes_is_the_owners_only(cli: Cli, tmp_path: Path) -> None:
    assert cli("dossier", "create").status == 0
    assert cli("dossier", "import", str(bills_folder(tmp_path))).status == 0
    out = tmp_path / "exports" / "médiateur"
    assert cli("dossier", "export", "1", "--out", str(out)).status == 0
    assert_private(tmp_path / "exports")


# --- through the engine -----------------------------------------------------------------------------------


def test_an_export_folder_the_engine_makes_is_the_owners_only(tmp_path: Path) -> None:
    dossier, _ = Dossier.create()
    with dossier:
        case = dossier.create_case("Facture SFR")
        out = tmp_path / "exports" / "médiateur"
        export_case(dossier, case.id, out, today=date(2026, 3, 4))
        export_case(dossier, case.id, out, today=date(2026, 3, 4), as_zip=True)
    assert len(list(out.iterdir())) == 2
    assert_private(tmp_path / "exports")


def test_the_copy_before_a_migration_is_the_owners_only(monkeypatch: pytest.MonkeyPatch) -> None:
    data = paths.data_dir()
    with monkeypatch.context() as old_app:
        old_app.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        dossier, _ = Dossier.create()
        dossier.close()
    with Dossier.open():
        pass
    assert len(list((data / "backups").glob("dossier-v1-before-*.keys"))) == 1
    assert_private(data)


def test_files_an_earlier_version_left_open_are_closed_when_the_dossier_opens() -> None:
    data = paths.data_dir()
    Dossier.create()[0].close()
    for path in (data, data / "dossier.db", data / "dossier.keys", data / "dossier.lock"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    with Dossier.open():
        assert_private(data)


def test_the_calendar_file_is_the_owners_only(tmp_path: Path) -> None:
    agenda = _chosen_folder(tmp_path / "agenda") / "KKO Guard.ics"
    write_ics(agenda, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert_private(agenda)
    agenda.chmod(0o644)
    write_ics(agenda, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert_private(agenda)
    assert [p.name for p in agenda.parent.iterdir()] == ["KKO Guard.ics"]


def test_the_private_writers_tighten_a_file_they_write_over(tmp_path: Path) -> None:
    folder = _chosen_folder(tmp_path / "documents")
    for write in (
        lambda path: paths.write_private(path, b"new"),
        lambda path: paths.open_private(path, "wb").close(),
        lambda path: paths.open_private(path, "ab").close(),
        lambda path: paths.copy_private(folder / "source", path),
    ):
        (folder / "source").write_bytes(b"source")
        target = folder / "lettre.pdf"
        target.write_bytes(b"old")
        assert _mode(target) == 0o644
        write(target)
        assert_private(target)
        target.unlink()
    assert sorted(p.name for p in folder.iterdir()) == ["source"]  # no scratch file left


def test_a_failed_private_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _chosen_folder(tmp_path / "documents") / "lettre.pdf"
    target.write_bytes(b"old")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        paths.write_private(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["lettre.pdf"]


# --- the window's files -----------------------------------------------------------------------------------


def test_a_letter_saved_as_pdf_is_the_owners_only(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kkoguard.ui import printing

    target = _chosen_folder(tmp_path / "Documents") / "Lettre SFR.pdf"
    target.write_bytes(b"an older letter")  # written over: 0644 before
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert printing.save_pdf(b"%PDF-1.4 a letter", None, "Lettre SFR.pdf") == target
    assert target.read_bytes() == b"%PDF-1.4 a letter"
    assert_private(target)


def test_the_log_file_rotates_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "state" / "kkoguard" / "log"
    handler = paths.PrivateRotatingFileHandler(
        folder / "kkoguard.log", maxBytes=200, backupCount=2, encoding="utf-8", delay=True
    )
    logger = logging.getLogger("kkoguard.test_private_files")
    logger.addHandler(handler)
    try:
        for n in range(20):
            logger.warning("line %d of the log, long enough to rotate the file a few times", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in folder.iterdir()) == ["kkoguard.log", "kkoguard.log.1", "kkoguard.log.2"]
    assert_private(tmp_path / "state")


def test_the_apps_log_and_its_folders_are_the_owners_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kkoguard.ui import errors

    monkeypatch.setenv("KKOGUARD_LOG_DIR", str(tmp_path / "state" / "kkoguard" / "log"))
    errors.setup_logging()
    errors.log.warning("something the app logs")
    assert "something the app logs" in errors.log_path().read_text(encoding="utf-8")
    assert_private(tmp_path / "state")


def test_the_settings_file_and_its_folder_are_the_owners_only(tmp_path: Path) -> None:
    from kkoguard.ui import settings

    settings.remember_folder(tmp_path)
    assert settings.last_folder() == str(tmp_path)
    assert_private(paths.data_dir())
