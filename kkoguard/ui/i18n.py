"""The window's language: French when the system is French, else English (letters are always French).

French needs two catalogues: ours (resources/i18n/kkoguard_fr.qm, compiled from kkoguard_fr.ts) and Qt's own
(qtbase_fr.qm, shipped with PySide6 in PySide6/Qt/translations) for the file and print dialogs and the
standard buttons. The .qm is a build product: started from a checkout (`python -m kkoguard`) where it was
never built or is older than the .ts, it is compiled at start with pyside6-lrelease. When it is missing and
cannot be made, the window says so (missing_catalogue_box) rather than quietly speaking English.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from kkoguard.paths import resources_dir

log = logging.getLogger("kkoguard.ui.i18n")

CATALOGUE = "kkoguard_fr"
LRELEASE_TIMEOUT_S = 60

_translators: list[QTranslator] = []
_missing: Path | None = None  # the catalogue French needed and did not find, at the last install


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def current_language() -> str:
    """The language the UI was started in (after install_translations), else the system's."""
    app = QCoreApplication.instance()
    value = app.property("kkoguard_lang") if app is not None else None
    return value if value in ("fr", "en") else system_language()


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return str(here)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ensure_catalogue(folder: Path | None = None) -> Path | None:
    """The compiled French catalogue in `folder` (resources/i18n), compiled first from its .ts when it is
    missing or older (a checkout) and pyside6-lrelease is there; None when there is none to load."""
    folder = folder or resources_dir() / "i18n"
    qm, ts = folder / f"{CATALOGUE}.qm", folder / f"{CATALOGUE}.ts"
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    tool = _lrelease()
    if ts.is_file() and tool is not None:
        try:
            handle, scratch = tempfile.mkstemp(suffix=".qm", dir=folder)  # then renamed: never half a file
            os.close(handle)
            try:
                subprocess.run(
                    [tool, "-silent", str(ts), "-qm", scratch],
                    check=True,
                    capture_output=True,
                    timeout=LRELEASE_TIMEOUT_S,
                )
                os.replace(scratch, qm)
            finally:
                Path(scratch).unlink(missing_ok=True)
            log.info("French catalogue compiled from %s", ts.name)
        except (OSError, subprocess.SubprocessError) as error:
            log.warning("French catalogue not compiled: %s", type(error).__name__)
    return qm if qm.is_file() else None


def install_translations(lang: str | None = None, folder: Path | None = None) -> str:
    """Load the compiled French catalogue (resources/i18n/kkoguard_fr.qm, or `folder`'s) and Qt's own, when
    French. A missing catalogue of ours is kept for catalogue_missing() / missing_catalogue_box()."""
    from PySide6.QtCore import QLibraryInfo

    global _missing
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    lang = lang or system_language()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    _missing = None
    if lang == "fr":
        ours = QTranslator()
        qm = ensure_catalogue(folder)
        if qm is not None and ours.load(str(qm)):
            _translators.append(ours)
        else:
            _missing = qm or (folder or resources_dir() / "i18n") / f"{CATALOGUE}.qm"
            log.warning("French catalogue missing: the window will be in English")
        qt = QTranslator()  # standard buttons and dialogs (OK, Cancel, file dialogs)
        if qt.load(
            QLocale(QLocale.Language.French),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            _translators.append(qt)
        else:
            log.warning("Qt's French catalogue (qtbase_fr.qm) missing")
        for translator in _translators:
            app.installTranslator(translator)
    app.setProperty("kkoguard_lang", lang)
    return lang


def catalogue_missing() -> bool:
    """True when the last install_translations wanted French and found no catalogue of ours."""
    return _missing is not None


def missing_catalogue_box(parent: QWidget | None = None) -> QMessageBox | None:
    """A message saying the French catalogue is missing (in French: it cannot come from that catalogue),
    or None when nothing is missing."""
    if _missing is None:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "KKO Guard",
        "La traduction française de KKO Guard est introuvable : les fenêtres s'afficheront en anglais.",
        parent=parent,
    )
    box.setInformativeText(
        "Réinstallez KKO Guard pour la retrouver. Si vous lancez KKO Guard depuis ses sources, compilez-la "
        f"avec : python tools/build_forms.py --translations\n\nFichier attendu : {_missing}"
    )
    return box
