"""The dossier key: random, kept in the OS keyring or wrapped by a passphrase, recoverable on paper.

The database is encrypted with a random 256-bit key K (SQLCipher raw key, no key derivation at open, so
opening is fast). K is never written in clear to disk. It lives
  * in the OS keyring (mode "keyring"), or
  * wrapped with AES-256-GCM under a key derived from the user's passphrase by scrypt (mode "passphrase");
and, in both modes, wrapped under the recovery key, a 200-bit random code printed once for the user.
The wrapped copies and a key check value sit in `dossier.keys` next to the database (as a LUKS header
does), so a wrong secret is told apart from a damaged database: a secret that does not unwrap is wrong;
a key that unwraps but does not open the database means the file is damaged.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.paths import open_private

KEY_BYTES = 32
RECOVERY_BYTES = 25  # 200 bits, 40 characters of base32
MIN_PASSPHRASE = 10
KEYRING_SERVICE = "KKO Guard"
# scrypt cost: about 0.3 s and 128 MiB on a 2020 laptop (OWASP's 2023 minimum is N=2**17, r=8, p=1).
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
_CHECK_LABEL = b"kkoguard key check v1"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class KeyMode(enum.StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check(key: bytes) -> str:
    """A value that tells whether a key is the dossier's without revealing it."""
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def sqlcipher_key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


# --- recovery key -------------------------------------------------------------------------------------


def new_recovery_key() -> str:
    """Forty characters in groups of five, from an alphabet without I, L, O or U."""
    raw = int.from_bytes(secrets.token_bytes(RECOVERY_BYTES), "big")
    chars = [_CROCKFORD[(raw >> (5 * i)) & 31] for i in range(RECOVERY_BYTES * 8 // 5)]
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def parse_recovery_key(text: str) -> bytes | None:
    """The key's bytes from what the user typed (any case, spaces or dashes, O for 0, I/L for 1)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != RECOVERY_BYTES * 8 // 5 or any(ch not in _CROCKFORD for ch in cleaned):
        return None
    value = 0
    for ch in cleaned:
        value = value * 32 + _CROCKFORD.index(ch)
    return value.to_bytes(RECOVERY_BYTES, "big")


def looks_like_recovery_key(text: str) -> bool:
    return parse_recovery_key(text) is not None


# --- wrapping -----------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _passphrase_bytes(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def recovery_kek(recovery: bytes, salt: bytes) -> bytes:
    """The recovery key is already random: HKDF is enough, no stretching."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"kkoguard recovery").derive(
        recovery
    )


@dataclass
class Slot:
    """One wrapped copy of the key: which secret opens it and how the wrapping key is derived."""

    kdf: str  # "scrypt" (passphrase) or "hkdf" (recovery key)
    salt: bytes
    nonce: bytes
    wrapped: bytes
    n: int = 0
    r: int = 0
    p: int = 0

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kdf": self.kdf,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.kdf == "scrypt":
            data.update(n=self.n, r=self.r, p=self.p)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        kdf = data["kdf"]
        if kdf not in ("scrypt", "hkdf"):
            raise ValueError(f"unknown kdf {kdf!r}")
        return cls(
            kdf=kdf,
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
            n=int(data.get("n", 0)),
            r=int(data.get("r", 0)),
            p=int(data.get("p", 0)),
        )


def _derive(slot: Slot, secret: bytes) -> bytes:
    if slot.kdf == "scrypt":
        if not (2**10 <= slot.n <= 2**22 and 1 <= slot.r <= 32 and 1 <= slot.p <= 16):
            raise ValueError("scrypt parameters out of range")  # a tampered file must not hang the app
        return hashlib.scrypt(
            secret,
            salt=slot.salt,
            n=slot.n,
            r=slot.r,
            p=slot.p,
            maxmem=256 * slot.n * slot.r + 2**20,
            dklen=32,
        )
    return recovery_kek(secret, slot.salt)


def wrap_with_passphrase(key: bytes, passphrase: str, aad: bytes) -> Slot:
    salt = secrets.token_bytes(16)
    slot = Slot("scrypt", salt, secrets.token_bytes(12), b"", SCRYPT_N, SCRYPT_R, SCRYPT_P)
    slot.wrapped = AESGCM(_derive(slot, _passphrase_bytes(passphrase))).encrypt(slot.nonce, key, aad)
    return slot


def wrap_with_kek(key: bytes, kek: bytes, salt: bytes, aad: bytes) -> Slot:
    nonce = secrets.token_bytes(12)
    return Slot("hkdf", salt, nonce, AESGCM(kek).encrypt(nonce, key, aad))


def unwrap(slot: Slot, secret: bytes, aad: bytes) -> bytes | None:
    """The key, or None when this secret does not open this slot."""
    try:
        key = AESGCM(_derive(slot, secret)).decrypt(slot.nonce, slot.wrapped, aad)
    except (InvalidTag, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


# --- the key file -------------------------------------------------------------------------------------


@dataclass
class KeySet:
    """How one key generation is protected: mode, check value, wrapped copies."""

    mode: KeyMode
    check: str
    slots: dict[str, Slot] = field(default_factory=dict)  # "passphrase", "recovery"

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": str(self.mode),
            "check": self.check,
            "slots": {name: slot.to_json() for name, slot in self.slots.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySet:
        return cls(
            mode=KeyMode(data["mode"]),
            check=str(data["check"]),
            slots={str(name): Slot.from_json(slot) for name, slot in data["slots"].items()},
        )


@dataclass
class KeyFile:
    """`dossier.keys`: no secret in clear. `pending` exists only while the database is being re-keyed,
    so a crash in the middle leaves a key that opens whichever key the database ended up with."""

    dossier_id: str
    current: KeySet
    pending: KeySet | None = None
    version: int = 1

    def aad(self) -> bytes:
        return f"kkoguard dossier {self.dossier_id}".encode()

    def dumps(self) -> bytes:
        data: dict[str, Any] = {
            "format": "kkoguard-keys",
            "version": self.version,
            "dossier_id": self.dossier_id,
            "current": self.current.to_json(),
        }
        if self.pending is not None:
            data["pending"] = self.pending.to_json()
        return json.dumps(data, indent=2).encode("utf-8")

    @classmethod
    def loads(cls, raw: bytes) -> KeyFile:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != "kkoguard-keys" or data.get("version") != 1:
            raise ValueError("not a KKO Guard key file")
        pending = data.get("pending")
        return cls(
            dossier_id=str(data["dossier_id"]),
            current=KeySet.from_json(data["current"]),
            pending=KeySet.from_json(pending) if pending else None,
        )

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise DossierError(DossierErrorCode.DAMAGED, str(path), "key file missing") from None
        except OSError as error:
            raise DossierError(DossierErrorCode.DAMAGED, str(path), type(error).__name__) from None
        try:
            if len(raw) > 64 * 1024:
                raise ValueError("key file too large")
            return cls.loads(raw)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise DossierError(DossierErrorCode.DAMAGED, str(path), type(error).__name__) from None

    def write(self, path: Path) -> None:
        """Atomic: the old file stays whole until the new one is complete on disk."""
        write_atomic(path, self.dumps())

    def key_sets(self) -> list[KeySet]:
        return [self.current] + ([self.pending] if self.pending else [])


def write_atomic(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    try:
        with open_private(temporary, "wb") as handle:  # 0600 even over a leftover .tmp an old umask left
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise DossierError(DossierErrorCode.WRITE_FAILED, str(path), type(error).__name__) from None
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def unlock_with_secret(keys: KeyFile, secret: str) -> list[tuple[bytes, KeySet]]:
    """Every key generation this typed secret opens, as recovery key or as passphrase (two during an
    interrupted re-key: the caller keeps the one the database accepts)."""
    recovery = parse_recovery_key(secret)
    found: list[tuple[bytes, KeySet]] = []
    for key_set in keys.key_sets():
        attempts = []
        if recovery is not None and "recovery" in key_set.slots:
            attempts.append((key_set.slots["recovery"], recovery))
        if "passphrase" in key_set.slots:
            attempts.append((key_set.slots["passphrase"], _passphrase_bytes(secret)))
        for slot, material in attempts:
            key = unwrap(slot, material, keys.aad())
            if key is not None and key_check(key) == key_set.check:
                found.append((key, key_set))
                break
    return found


# --- the OS keyring -----------------------------------------------------------------------------------


def _keyring_user(dossier_id: str) -> str:
    return f"dossier-{dossier_id}"


def keyring_usable() -> bool:
    """True when a real keyring backend is configured (not the 'fail' or 'null' placeholders)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken backend plugin must not stop the app: it just means "no keyring"
        return False
    if isinstance(backend, fail.Keyring) or type(backend).__module__.startswith("keyring.backends.null"):
        return False
    return not (hasattr(backend, "backends") and not backend.backends)


def keyring_store(dossier_id: str, key: bytes) -> None:
    """Raises KEYRING_UNAVAILABLE when the keyring refuses (locked, missing, broken)."""
    import keyring

    if not keyring_usable():
        raise DossierError(DossierErrorCode.KEYRING_UNAVAILABLE, detail="no keyring backend")
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(dossier_id), key.hex())
        if keyring.get_password(KEYRING_SERVICE, _keyring_user(dossier_id)) != key.hex():
            raise DossierError(DossierErrorCode.KEYRING_UNAVAILABLE, detail="keyring did not keep the key")
    except DossierError:
        raise
    except Exception as error:  # keyring backends raise their own types (dbus, Windows, macOS errors)
        raise DossierError(DossierErrorCode.KEYRING_UNAVAILABLE, detail=type(error).__name__) from None


def keyring_load(dossier_id: str) -> bytes:
    import keyring

    if not keyring_usable():
        raise DossierError(DossierErrorCode.KEYRING_UNAVAILABLE, detail="no keyring backend")
    try:
        value = keyring.get_password(KEYRING_SERVICE, _keyring_user(dossier_id))
    except Exception as error:
        raise DossierError(DossierErrorCode.KEYRING_UNAVAILABLE, detail=type(error).__name__) from None
    if value is None:
        raise DossierError(DossierErrorCode.KEY_NOT_IN_KEYRING)
    try:
        key = bytes.fromhex(value)
    except ValueError:
        raise DossierError(DossierErrorCode.KEY_NOT_IN_KEYRING, detail="unreadable entry") from None
    if len(key) != KEY_BYTES:
        raise DossierError(DossierErrorCode.KEY_NOT_IN_KEYRING, detail="unreadable entry")
    return key


def keyring_forget(dossier_id: str) -> None:
    """Best effort: used when leaving keyring mode."""
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, _keyring_user(dossier_id))
    except Exception:
        return
