"""Why the dossier could not be opened or changed: one code per failure, each with a sentence to act on.

"Keyring locked or unavailable", "wrong passphrase or recovery key" and "file damaged" are different
problems with different remedies, so they are different codes; none of them is ever shown for another.
"""

from __future__ import annotations

import enum

from kkoguard.errors import user_language


class DossierErrorCode(enum.StrEnum):
    NOT_FOUND = "not_found"
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    KEY_NOT_IN_KEYRING = "key_not_in_keyring"
    NEEDS_SECRET = "needs_secret"
    WRONG_SECRET = "wrong_secret"
    DAMAGED = "damaged"
    IN_USE = "in_use"
    TOO_NEW = "too_new"
    EXISTS = "exists"
    TOO_LARGE = "too_large"
    WEAK_PASSPHRASE = "weak_passphrase"
    NO_SUCH_ITEM = "no_such_item"
    BAD_BACKUP = "bad_backup"
    WRITE_FAILED = "write_failed"


_MESSAGES: dict[DossierErrorCode, dict[str, str]] = {
    DossierErrorCode.NOT_FOUND: {
        "fr": "Aucun dossier KKO Guard n'a encore été créé sur cet ordinateur ({where}).",
        "en": "No KKO Guard dossier has been created on this computer yet ({where}).",
    },
    DossierErrorCode.KEYRING_UNAVAILABLE: {
        "fr": "Le coffre à mots de passe de votre ordinateur est verrouillé ou indisponible : la clé du "
        "dossier ne peut pas y être lue. Ouvrez votre session normalement (le coffre s'ouvre avec elle) "
        "puis réessayez, ou ouvrez le dossier avec votre clé de secours.",
        "en": "Your computer's keyring is locked or unavailable, so the dossier's key cannot be read from "
        "it. Log in to your session normally (this unlocks the keyring) and try again, or open the dossier "
        "with your recovery key.",
    },
    DossierErrorCode.KEY_NOT_IN_KEYRING: {
        "fr": "La clé du dossier n'est plus dans le coffre à mots de passe de cet ordinateur (nouvel "
        "ordinateur ou coffre réinitialisé). Ouvrez le dossier avec la clé de secours imprimée à sa "
        "création.",
        "en": "The dossier's key is no longer in this computer's keyring (new computer or keyring reset). "
        "Open the dossier with the recovery key printed when it was created.",
    },
    DossierErrorCode.NEEDS_SECRET: {
        "fr": "Ce dossier est protégé par une phrase secrète : saisissez-la (ou votre clé de secours).",
        "en": "This dossier is protected by a passphrase: enter it (or your recovery key).",
    },
    DossierErrorCode.WRONG_SECRET: {
        "fr": "Phrase secrète ou clé de secours incorrecte. Vérifiez les majuscules et la disposition du "
        "clavier, puis réessayez. Le dossier n'a pas été modifié.",
        "en": "Wrong passphrase or recovery key. Check Caps Lock and the keyboard layout, then try again. "
        "The dossier was not changed.",
    },
    DossierErrorCode.DAMAGED: {
        "fr": "Le fichier du dossier est endommagé ({where}) : il n'a pas été modifié. Restaurez votre "
        "dernière sauvegarde, ou gardez ce fichier et demandez de l'aide avant d'en créer un nouveau.",
        "en": "The dossier file is damaged ({where}); it was not changed. Restore your latest backup, or "
        "keep this file and ask for help before creating a new one.",
    },
    DossierErrorCode.IN_USE: {
        "fr": "Le dossier est déjà ouvert par KKO Guard dans une autre fenêtre ou un autre programme. "
        "Fermez-le là-bas, puis réessayez.",
        "en": "The dossier is already open in another KKO Guard window or program. Close it there, then "
        "try again.",
    },
    DossierErrorCode.TOO_NEW: {
        "fr": "Ce dossier a été enregistré par une version plus récente de KKO Guard. Installez la "
        "dernière version pour l'ouvrir ; il n'a pas été modifié.",
        "en": "This dossier was saved by a newer version of KKO Guard. Install the latest version to open "
        "it; it was not changed.",
    },
    DossierErrorCode.EXISTS: {
        "fr": "Un dossier existe déjà ici ({where}) : il n'a pas été remplacé.",
        "en": "A dossier already exists here ({where}); it was not replaced.",
    },
    DossierErrorCode.TOO_LARGE: {
        "fr": "« {where} » est trop volumineux pour être ajouté au dossier (50 Mo au plus).",
        "en": "“{where}” is too large to be added to the dossier (50 MB at most).",
    },
    DossierErrorCode.WEAK_PASSPHRASE: {
        "fr": "Cette phrase secrète est trop courte : utilisez au moins 10 caractères, par exemple "
        "quatre mots que vous retiendrez.",
        "en": "This passphrase is too short: use at least 10 characters, for example four words you "
        "will remember.",
    },
    DossierErrorCode.NO_SUCH_ITEM: {
        "fr": "Élément introuvable dans le dossier : {where}.",
        "en": "Not found in the dossier: {where}.",
    },
    DossierErrorCode.BAD_BACKUP: {
        "fr": "« {where} » n'est pas une sauvegarde KKO Guard lisible. Votre dossier actuel n'a pas été "
        "modifié.",
        "en": "“{where}” is not a readable KKO Guard backup. Your current dossier was not changed.",
    },
    DossierErrorCode.WRITE_FAILED: {
        "fr": "Impossible d'écrire dans « {where} » (disque plein ou dossier protégé). Ce qui était déjà "
        "enregistré est intact.",
        "en": "Cannot write to “{where}” (disk full or protected folder). What was already saved is intact.",
    },
}


class DossierError(Exception):
    """A dossier operation that failed for a reason a person can act on."""

    def __init__(self, code: DossierErrorCode, where: str = "", detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else str(code))
        self.code = code
        self.where = where
        self.detail = detail

    def message(self, lang: str | None = None) -> str:
        table = _MESSAGES[self.code]
        return table.get(lang or user_language(), table["en"]).format(where=self.where)
