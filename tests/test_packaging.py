"""The installers' metadata agrees with the app: one application id everywhere, "Open with" for the files the
app reads, the release in the AppStream file matching the version, a sandbox without network or home
access, and icons made for every system. The bundle itself is checked by packaging/smoke_test.sh."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

import kkoguard
from kkoguard.ui.app import application

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "fr.kkoguard.KKOGuard"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
READ_TYPES = {"application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif", "image/tiff"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_opens_bills_and_is_the_running_apps(qtbot: object) -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "kkoguard %F"  # files, as `kkoguard FILE...` opens them in the window
    assert set(filter(None, entry["MimeType"].split(";"))) == READ_TYPES
    assert entry["Icon"] == APP_ID and entry["Terminal"] == "false"
    assert "Comment[fr]" in entry and "GenericName[fr]" in entry
    # Wayland and the task bars match the window to this entry by the name Qt is given.
    assert application().desktopFileName() == APP_ID


def test_the_appstream_file_describes_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == kkoguard.__version__, "add this version to <releases>"
    languages = {el.get("{http://www.w3.org/XML/1998/namespace}lang") for el in root.iter("summary")}
    assert languages == {None, "fr"}


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed (CI has it)")
def test_the_appstream_file_is_valid() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_flatpak_has_portals_but_no_network_and_no_home() -> None:
    text = (PACKAGING / "linux" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    args = [line.strip()[2:] for line in text.splitlines() if line.strip().startswith("- --")]
    assert f"app-id: {APP_ID}" in text
    assert "--socket=cups" in args and "--talk-name=org.freedesktop.secrets" in args
    assert not [a for a in args if a.startswith(("--share=network", "--filesystem"))]


def test_the_windows_installer_offers_open_with_without_taking_pdfs() -> None:
    raw = (PACKAGING / "windows" / "kkoguard.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup needs the BOM to read the French accents"
    text = raw.decode("utf-8-sig")
    for suffix in (".pdf", ".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff"):
        assert f"Software\\Classes\\{suffix}\\OpenWithProgids" in text
    assert 'Software\\Classes\\.pdf"; ValueType' not in text  # the default PDF program is left alone
    assert "[UninstallDelete]" not in text.replace("No [UninstallDelete]", "")  # the dossier is kept
    assert '"%1"' in text and "kkoguard-gui.exe" in text


def test_icons_are_made_for_every_system(tmp_path: Path) -> None:
    tool = ROOT / "tools" / "make_icons.py"
    subprocess.run([sys.executable, str(tool), str(tmp_path)], check=True, timeout=120)
    with Image.open(tmp_path / "kkoguard.ico") as ico:
        assert {(256, 256), (16, 16)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "kkoguard.icns") as icns:
        assert icns.size == (1024, 1024)
    for size in (16, 48, 256, 512):
        with Image.open(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((0, 0))[3] == 0  # transparent around the shield
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
