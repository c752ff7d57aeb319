"""About KKO Guard: what it is, its version, that it never uses the internet, its licence (the GPL, in full)
and the other free software it is built on (resources/licenses/THIRD-PARTY-NOTICES.md), both read-only.

The texts are read from the resources folder, where they are in a checkout, an installed wheel and the
frozen bundle alike. A web link in them opens in the browser only when it is clicked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kkoguard import __version__
from kkoguard.paths import resources_dir
from kkoguard.ui.forms_generated.ui_about import Ui_AboutDialog
from kkoguard.ui.look import pixmap, scale_font

LICENCE_FILE = Path("licenses") / "GPL-3.0.txt"
NOTICES_FILE = Path("licenses") / "THIRD-PARTY-NOTICES.md"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
ICON_SIZE = 64


class AboutDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic code carries no annotations
        ui = self.ui
        ui.iconLabel.setPixmap(pixmap("app", ICON_SIZE))
        scale_font(ui.nameLabel, 1.6, bold=True)
        ui.versionLabel.setText(self.tr("Version {version}").format(version=__version__))
        ui.languageLabel.setVisible(lang != "en")  # the licence texts exist only in English
        licence = _read(LICENCE_FILE)
        if licence is None:
            licence = self.tr(
                "The text of the licence is missing from this installation. You can read it at {url}"
            ).format(url=LICENCE_URL)
        # The GPL's plain text centres its headings with spaces: it reads as written in a fixed-width font.
        scale_font(ui.licenceText, 1.0, fixed=True)
        ui.licenceText.setPlainText(licence)
        notices = _read(NOTICES_FILE)
        if notices is None:
            ui.noticesText.setPlainText(
                self.tr("The list of the other software is missing from this installation.")
            )
        else:
            ui.noticesText.setMarkdown(notices)
        ui.buttonBox.rejected.connect(self.reject)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()


def _read(relative: Path) -> str | None:
    """A text from the resources folder; None when a broken install lost it."""
    try:
        return (resources_dir() / relative).read_text(encoding="utf-8")
    except OSError:
        return None
