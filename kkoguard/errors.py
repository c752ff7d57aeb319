"""Why a file could not be read: one code per failure, each with a sentence a person can act on.

The codes are the scan contract's; the sentences name the file and say what to do next.
"""

from __future__ import annotations

import enum
import os
from pathlib import Path


class ErrorCode(enum.StrEnum):
    NOT_FOUND = "not_found"
    NOT_A_PDF = "not_a_pdf"
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    NO_TEXT = "no_text"
    TOO_LARGE = "too_large"
    TIMEOUT = "timeout"
    NOT_A_BILL = "not_a_bill"


_MESSAGES: dict[ErrorCode, dict[str, str]] = {
    ErrorCode.NOT_FOUND: {
        "fr": "Le fichier « {name} » est introuvable. Vérifiez qu'il n'a pas été déplacé ou renommé, "
        "puis ajoutez-le à nouveau.",
        "en": "The file “{name}” cannot be found. Check that it was not moved or renamed, then add it again.",
    },
    ErrorCode.NOT_A_PDF: {
        "fr": "« {name} » n'est pas un PDF. Téléchargez la facture au format PDF depuis votre espace client.",
        "en": "“{name}” is not a PDF. Download the bill as a PDF from your customer area.",
    },
    ErrorCode.CORRUPT: {
        "fr": "« {name} » est endommagé ou incomplet. Téléchargez-le à nouveau depuis votre espace client.",
        "en": "“{name}” is damaged or incomplete. Download it again from your customer area.",
    },
    ErrorCode.ENCRYPTED: {
        "fr": "« {name} » est protégé par un mot de passe. Ouvrez-le avec votre lecteur PDF et "
        "enregistrez une copie sans mot de passe, puis ajoutez cette copie.",
        "en": "“{name}” is protected by a password. Open it in your PDF reader, save a copy without a "
        "password, then add that copy.",
    },
    ErrorCode.NO_TEXT: {
        "fr": "« {name} » ne contient que des images (facture scannée ou photo) : son texte ne peut pas "
        "être lu. Téléchargez la facture PDF d'origine depuis votre espace client.",
        "en": "“{name}” only contains images (a scanned or photographed bill), so its text cannot be read. "
        "Download the original PDF bill from your customer area.",
    },
    ErrorCode.TOO_LARGE: {
        "fr": "« {name} » est trop volumineux pour être analysé. Téléchargez la facture d'un seul mois, "
        "sans le détail des communications si votre opérateur le propose.",
        "en": "“{name}” is too large to be analysed. Download a single month's bill, without the call "
        "detail if your operator offers that.",
    },
    ErrorCode.TIMEOUT: {
        "fr": "L'analyse de « {name} » a pris trop de temps et a été arrêtée. Réessayez avec la facture "
        "d'origine téléchargée depuis votre espace client.",
        "en": "Reading “{name}” took too long and was stopped. Try again with the original bill downloaded "
        "from your customer area.",
    },
    ErrorCode.NOT_A_BILL: {
        "fr": "« {name} » ne ressemble pas à une facture de téléphone ou d'internet. Vérifiez que vous "
        "avez choisi le bon fichier.",
        "en": "“{name}” does not look like a phone or internet bill. Check that you picked the right file.",
    },
}


def user_language() -> str:
    """'fr' when the system locale is French, else 'en' (the CLI's only locale input)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def message_for(code: ErrorCode, path: str, lang: str | None = None) -> str:
    """The sentence shown to a person for this failure on this file."""
    table = _MESSAGES[code]
    return table.get(lang or user_language(), table["en"]).format(name=Path(path).name or path)


class BillError(Exception):
    """A file that could not be read as a bill; carries the contract's error code."""

    def __init__(self, code: ErrorCode, path: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else str(code))
        self.code = code
        self.path = path
        self.detail = detail

    def message(self, lang: str | None = None) -> str:
        return message_for(self.code, self.path, lang)

    def __reduce__(self) -> tuple[type[BillError], tuple[ErrorCode, str, str]]:
        return (BillError, (self.code, self.path, self.detail))
