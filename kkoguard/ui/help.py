"""The Help menu's screens: the guide (resources/help/help_<lang>.html, read offline in a QTextBrowser) and
"Where is my dossier?" (the folder, with a button that opens it in the file manager).

The guide's text is a resource, not code: people who write French or English can change it without touching
Python. Links inside it only move within the guide; nothing is fetched from the internet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kkoguard.paths import data_dir, resources_dir
from kkoguard.ui.look import pixmap, scale_font


def guide_file(lang: str) -> Path:
    """The guide in `lang` ("fr" or "en"), the English one for any other language."""
    folder = resources_dir() / "help"
    chosen = folder / f"help_{lang}.html"
    return chosen if chosen.is_file() else folder / "help_en.html"


class HelpDialog(QDialog):
    """The guide: what the app does, the five steps, the registered letter, the operator's answer, backups."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Guide to KKO Guard"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # the guide links only to its own sections
        self.browser.setAccessibleName(self.tr("Guide to KKO Guard"))
        scale_font(self.browser, 1.15)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file(lang))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 620)


class WhereDialog(QDialog):
    """Where the dossier is kept, so the person (or someone helping) can find it and copy it."""

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whereDialog")
        self.folder = folder or data_dir()
        self.setWindowTitle(self.tr("Where is my dossier?"))
        title = QLabel(self.tr("Your dossier is in this folder:"), self)
        scale_font(title, 1.2, bold=True)
        path = QLabel(str(self.folder), self)
        path.setObjectName("folderLabel")
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path.setWordWrap(True)
        scale_font(path, 1.1)
        lock = QLabel(self)
        lock.setPixmap(pixmap("lock", 24))
        lock.setAccessibleName(self.tr("Encrypted"))
        note = QLabel(
            self.tr(
                "The files in it are encrypted: they can only be read with KKO Guard. Do not move or change "
                "them. To keep a copy, use File > Back up the dossier… instead."
            ),
            self,
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(note, 1)
        self.open_button = QPushButton(self.tr("&Open this folder"), self)
        self.open_button.setObjectName("openFolderButton")
        self.open_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(path)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_folder(self) -> bool:
        """Show the folder in the system's file manager (only when the person asks)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
