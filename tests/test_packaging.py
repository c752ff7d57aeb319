"""The installers' metadata agrees with the app: one application id everywhere, "Open with" for the files the
app reads, the release in the AppStream file matching the version, a sandbox without network or home
access, icons made for every system, the entry points, and the licence and third-party notices shipped
with every package that is shipped. The bundle itself is checked by packaging/smoke_test.sh."""

from __future__ import annotations

import configparser
import contextlib
import importlib
import inspect
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from PIL import Image

import kkoguard
from kkoguard.paths import resources_dir
from kkoguard.ui.app import application

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "fr.kkoguard.KKOGuard"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
READ_TYPES = {"application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif", "image/tiff"}
NOTICES = ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.md"
# What the bundle carries besides Python packages: each must be in the notices with its licence.
NOT_FROM_PIP = (
    "Qt 6",
    "SQLCipher",
    "SQLite",
    "OpenSSL",
    "Tesseract",
    "Leptonica",
    "PDFium",
    "libheif",
    "libde265",
    "x265",
    "DejaVu",
    "Python Software Foundation",
    "PyInstaller",
)


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


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
    for shot in root.iter("screenshot"):  # software centres download them: absolute https, made in the repo
        image = shot.findtext("image") or ""
        assert image.startswith("https://") and shot.findtext("caption")
        assert (ROOT / "docs" / "screenshots" / image.rsplit("/", 1)[-1]).is_file()
    assert len(list(root.iter("screenshot"))) >= 3


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


@pytest.mark.parametrize(("table", "name"), [("scripts", "kkoguard"), ("gui-scripts", "kkoguard-gui")])
def test_the_entry_points_resolve_to_callables(table: str, name: str) -> None:
    project = pyproject()["project"]
    module, _, attribute = project[table][name].partition(":")
    target = getattr(importlib.import_module(module), attribute)
    assert callable(target)
    inspect.signature(target).bind()  # pip's launchers call it with no arguments
    # Without a console (Windows), the same program: the window, opening the files it is given.
    assert project["gui-scripts"]["kkoguard-gui"] == project["scripts"]["kkoguard"]


def test_the_licence_and_the_notices_go_with_every_package() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.lstrip().startswith("GNU GENERAL PUBLIC LICENSE") and "Version 3, 29 June 2007" in licence
    assert "END OF TERMS AND CONDITIONS" in licence
    project = pyproject()
    assert project["project"]["license"] == "GPL-3.0-or-later"
    for pattern in project["project"]["license-files"]:  # the wheel's dist-info/licenses
        assert list(ROOT.glob(pattern)), pattern
    # Help > About reads them where every resource is (checkout, wheel, bundle); the wheel packs the folder.
    assert "licenses/*" in project["tool"]["setuptools"]["package-data"]["kkoguard.resources"]
    assert (resources_dir() / "licenses" / "GPL-3.0.txt").read_text(encoding="utf-8") == licence
    assert (resources_dir() / "licenses" / "THIRD-PARTY-NOTICES.md").is_file()
    # The installers put them beside the program.
    iss = (PACKAGING / "windows" / "kkoguard.iss").read_text(encoding="utf-8-sig")
    assert '{#SourceRoot}\\LICENSE"' in iss and "THIRD-PARTY-NOTICES.md" in iss
    dmg = (PACKAGING / "macos" / "make-dmg.sh").read_text(encoding="utf-8")
    assert 'LICENSE.txt"' in dmg and "THIRD-PARTY-NOTICES" in dmg
    linux = (PACKAGING / "build-linux").read_text(encoding="utf-8")
    assert "cp LICENSE resources/licenses/THIRD-PARTY-NOTICES.md" in linux


def shipped_distributions() -> set[str]:
    """kkoguard's run-time requirements on this system, followed through the installed packages (what
    packaging/kkoguard.spec bundles too), by canonical name."""
    found: set[str] = set()
    todo = [Requirement(text) for text in pyproject()["project"]["dependencies"]]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in found or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        found.add(name)
        with contextlib.suppress(PackageNotFoundError):  # not installed here: its own name is still checked
            todo += [Requirement(text) for text in distribution(name).requires or []]
    return found


def test_the_notices_name_every_component_shipped() -> None:
    text = NOTICES.read_text(encoding="utf-8")
    words = text.lower().replace("_", "-").replace(".", "-")
    # PySide6's packages (Essentials, Addons, Pdf...) are Qt, under one licence: naming PySide6 covers them.
    missing = [
        name
        for name in sorted(shipped_distributions())
        if name not in words and not (name.startswith(("pyside6", "shiboken6")) and "pyside6" in words)
    ]
    assert not missing, f"add to {NOTICES.name}, with the licence: {missing}"
    assert [name for name in NOT_FROM_PIP if name not in text] == []
