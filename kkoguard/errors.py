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


class Reason(enum.StrEnum):
    """Why a file could not be read, when the contract's code alone would tell the person the wrong thing.

    The contract (scan-output.schema.json) has no code for these; the closest code is kept and the
    sentence says what really happened.
    """

    PERMISSION = "permission"
    """The system refused to open the file (its rights, or its folder's): the file itself may be fine."""


_PHOTO_TIPS_FR = (
    "Pour une photo : posez la facture à plat, bien éclairée, sans ombre ni reflet, prenez-la de face avec "
    "toute la page dans le cadre et vérifiez qu'elle est nette ; un scan à 300 ppp est encore mieux. Le plus "
    "sûr reste la facture PDF téléchargée depuis votre espace client."
)
_PHOTO_TIPS_EN = (
    "For a photo: lay the bill flat in good light, with no shadow or glare, take it from straight above with "
    "the whole page in the frame, and check that it is sharp; a 300 dpi scan is even better. The surest is "
    "the PDF bill downloaded from your customer area."
)

_MESSAGES: dict[ErrorCode, dict[str, str]] = {
    ErrorCode.NOT_FOUND: {
        "fr": "Le fichier « {name} » est introuvable. Vérifiez qu'il n'a pas été déplacé ou renommé, "
        "puis ajoutez-le à nouveau.",
        "en": "The file “{name}” cannot be found. Check that it was not moved or renamed, then add it again.",
    },
    ErrorCode.NOT_A_PDF: {
        "fr": "« {name} » n'est ni un PDF ni une image lisible (photo JPEG ou HEIC, capture PNG, scan TIFF). "
        "Téléchargez la facture au format PDF depuis votre espace client.",
        "en": "“{name}” is neither a PDF nor a readable image (JPEG or HEIC photo, PNG screenshot, "
        "TIFF scan). "
        "Download the bill as a PDF from your customer area.",
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
        "fr": "Aucun texte n'a pu être lu dans « {name} ». " + _PHOTO_TIPS_FR,
        "en": "No text could be read in “{name}”. " + _PHOTO_TIPS_EN,
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


_PHOTO_NOT_A_BILL = {
    "fr": "« {name} » a été lu, mais il n'y a pas été trouvé de facture de téléphone ou d'internet. Si c'est "
    "bien une facture, la photo n'est pas assez lisible. " + _PHOTO_TIPS_FR,
    "en": "“{name}” was read, but no phone or internet bill was found in it. If it is a bill, the picture is "
    "not legible enough. " + _PHOTO_TIPS_EN,
}


_REASON_MESSAGES: dict[Reason, dict[str, str]] = {
    Reason.PERMISSION: {
        "fr": "« {name} » ne peut pas être ouvert : KKO Guard n'a pas le droit d'ouvrir ce fichier. Vérifiez "
        "ses droits ou copiez-le dans vos Documents, puis ajoutez cette copie.",
        "en": "“{name}” cannot be opened: KKO Guard is not allowed to open this file. Check its permissions "
        "or copy it into your Documents, then add that copy.",
    },
}


def message_for(
    code: ErrorCode, path: str, lang: str | None = None, photo: bool = False, reason: Reason | None = None
) -> str:
    """The sentence shown to a person for this failure on this file; `photo` when it was read by OCR,
    `reason` when the code alone would mislead (a file refused by its permissions is not damaged)."""
    if reason is not None:
        table = _REASON_MESSAGES[reason]
    elif photo and code is ErrorCode.NOT_A_BILL:
        table = _PHOTO_NOT_A_BILL
    else:
        table = _MESSAGES[code]
    return table.get(lang or user_language(), table["en"]).format(name=Path(path).name or path)


class BillError(Exception):
    """A file that could not be read as a bill; carries the contract's error code."""

    def __init__(
        self, code: ErrorCode, path: str, detail: str = "", photo: bool = False, reason: Reason | None = None
    ) -> None:
        super().__init__(f"{code}: {detail}" if detail else str(code))
        self.code = code
        self.path = path
        self.detail = detail
        self.photo = photo
        self.reason = reason

    def message(self, lang: str | None = None) -> str:
        return message_for(self.code, self.path, lang, self.photo, self.reason)

    def __reduce__(self) -> tuple[type[BillError], tuple[ErrorCode, str, str, bool, Reason | None]]:
        return (BillError, (self.code, self.path, self.detail, self.photo, self.reason))


def permission_denied(path: str, detail: str = "permission denied") -> BillError:
    """The error for a file the system will not let KKO Guard open. Its code stays the contract's
    `corrupt` (no code means "not allowed"), its sentence says the truth and what to do."""
    return BillError(ErrorCode.CORRUPT, path, detail, reason=Reason.PERMISSION)
