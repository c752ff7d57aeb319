"""The encrypted dossier: one SQLCipher database with every case, piece of evidence, letter and reply.

Writes are transactions in WAL mode with full fsync, so a crash or a kill at any moment leaves the
dossier as it was after the last completed operation. Every public method is safe to call from a worker
thread (one connection, guarded by a lock); the GUI never calls them on its own thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
import tempfile
import threading
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlite

from kkoguard import paths as app_paths
from kkoguard.bills.model import Bill, Charge
from kkoguard.dossier import keys as keymod
from kkoguard.dossier import schema
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.keys import KeyFile, KeyMode, KeySet
from kkoguard.dossier.lock import DossierLock
from kkoguard.dossier.model import (
    Case,
    CaseFile,
    CaseStatus,
    Channel,
    ChargeRecord,
    Direction,
    Entry,
    Evidence,
    EvidenceKind,
    Letter,
    LetterKind,
    LetterStatus,
    Party,
    Refund,
    StepProgress,
)
from kkoguard.paths import copy_private, data_dir, new_private_file, open_private

MAX_FILE_BYTES = 50 * 1024 * 1024
SQLCIPHER_COMPATIBILITY = 4
"""The SQLCipher major version whose file format every dossier, backup and migration copy uses."""
BACKUP_FORMAT = "kkoguard-backup/1"
_BACKUP_MEMBERS = ("manifest.json", "dossier.db", "dossier.keys")


@dataclass(frozen=True)
class DossierPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / "dossier.db"

    @property
    def keys(self) -> Path:
        return self.folder / "dossier.keys"

    @property
    def lock(self) -> Path:
        return self.folder / "dossier.lock"

    @property
    def backups(self) -> Path:
        """Automatic copies (before a migration, before a restore)."""
        return self.folder / "backups"


def ensure_private_folder(folder: Path) -> None:
    """Create the folder readable by its owner only (POSIX); tighten it if it already exists."""
    try:
        app_paths.ensure_private_folder(folder)
    except OSError as error:
        raise DossierError(DossierErrorCode.WRITE_FAILED, str(folder), type(error).__name__) from None


def exists(folder: Path | None = None) -> bool:
    return DossierPaths(folder or data_dir()).db.exists()


def protection(folder: Path | None = None) -> KeyMode:
    """How the dossier is unlocked, read without any secret (the UI asks for a passphrase only if needed)."""
    return KeyFile.read(DossierPaths(folder or data_dir()).keys).current.mode


# --- connections --------------------------------------------------------------------------------------


def _connect(path: Path, key: bytes | None, *, create: bool = False) -> sqlite.Connection:
    """A connection with the key applied and the file format pinned; key=None gives plain SQLite (only
    for the encryption benchmark).

    Every encrypted connection goes through here: the dossier itself, a new dossier, the backup copy, the
    copy before a migration, a backup being restored. `PRAGMA rekey` keeps the connection's settings.
    """
    mode = "rwc" if create else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print key failures on stderr
    if key is not None:
        conn.execute(keymod.sqlcipher_key_pragma(key))
        # The file format is SQLCipher 4's whatever the bundled library's defaults are (a SQLCipher 5
        # wheel, or a process that changed cipher_default_compatibility): 4096-byte pages, HMAC-SHA512,
        # PBKDF2-HMAC-SHA512 for the page-HMAC key. Per connection, after the key and before the first
        # read, when SQLCipher derives its keys; the process-wide cipher_default_compatibility is left
        # alone. tests/test_dossier_format.py checks both directions.
        conn.execute(f"PRAGMA cipher_compatibility = {SQLCIPHER_COMPATIBILITY}")
    return conn


def _opens(path: Path, key: bytes) -> sqlite.Connection | None:
    """A connection if the key decrypts the file's first page; nothing is written either way."""
    try:
        conn = _connect(path, key)
    except sqlite.Error:
        return None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite.Error:
        conn.close()
        return None
    return conn


def _configure(conn: sqlite.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


def _looks_truncated(conn: sqlite.Connection, db: Path) -> bool:
    """Cheap check at open: after a clean close the file holds every page the header counts."""
    wal = db.with_name(db.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False  # pages may legitimately live in the WAL until the next checkpoint
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    return bool(db.stat().st_size < page_size * page_count)


def integrity_ok(conn: sqlite.Connection) -> bool:
    """SQLCipher's page authentication check, then SQLite's structural check (reads every page)."""
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            return False
        return [tuple(row) for row in conn.execute("PRAGMA integrity_check").fetchall()] == [("ok",)]
    except sqlite.Error:
        return False


# --- value conversions --------------------------------------------------------------------------------


def storable(text: str) -> str:
    """Text SQLite can keep: the bytes of a file name that are not UTF-8 (handed over by Python as lone
    surrogates) become "\ufffd" instead of failing the whole import."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _money(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Dossier:
    """An open, unlocked dossier. Open with `Dossier.open` or `Dossier.create`; close when done."""

    def __init__(
        self, paths: DossierPaths, lock: DossierLock, conn: sqlite.Connection, keys: KeyFile, key: bytes
    ):
        self.paths = paths
        self._lock = lock
        self._conn = conn
        self._keys = keys
        self._key = key
        self._mutex = threading.RLock()

    # --- opening and creating -------------------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path | None = None, *, passphrase: str | None = None, today: date | None = None
    ) -> tuple[Dossier, str]:
        """A new empty dossier and its recovery key (to show once and print).

        Without a passphrase the key goes to the OS keyring; KEYRING_UNAVAILABLE then means "ask the
        user for a passphrase and call again".
        """
        paths = DossierPaths(folder or data_dir())
        ensure_private_folder(paths.folder)
        if paths.db.exists():
            raise DossierError(DossierErrorCode.EXISTS, str(paths.db))
        if passphrase is not None:
            check_passphrase(passphrase)
        lock = DossierLock(paths.lock)
        lock.acquire()
        try:
            key = keymod.new_key()
            dossier_id = uuid.uuid4().hex
            recovery = keymod.new_recovery_key()
            recovery_salt = secrets.token_bytes(16)
            recovery_bytes = keymod.parse_recovery_key(recovery)
            assert recovery_bytes is not None
            kek = keymod.recovery_kek(recovery_bytes, recovery_salt)
            keys = KeyFile(dossier_id, KeySet(KeyMode.KEYRING, keymod.key_check(key)))
            keys.current.slots["recovery"] = keymod.wrap_with_kek(key, kek, recovery_salt, keys.aad())
            if passphrase is None:
                keymod.keyring_store(_keyring_name(keys, keys.current), key)
            else:
                keys.current.mode = KeyMode.PASSPHRASE
                keys.current.slots["passphrase"] = keymod.wrap_with_passphrase(key, passphrase, keys.aad())
            creating = paths.db.with_name("dossier.db.creating")
            for leftover in (creating, creating.with_name(creating.name + "-wal")):
                leftover.unlink(missing_ok=True)
            new_private_file(creating)
            conn = _connect(creating, key, create=True)
            try:
                _configure(conn)
                _migrate_schema(conn, 0)
                with _transaction(conn):
                    conn.executemany(
                        "INSERT INTO meta(key, value) VALUES (?, ?)",
                        [("dossier_id", dossier_id), ("created_on", (today or date.today()).isoformat())],
                    )
                    conn.executemany(
                        "INSERT INTO secrets(name, value) VALUES (?, ?)",
                        [("recovery_kek", kek), ("recovery_salt", recovery_salt)],
                    )
            finally:
                conn.close()
            keys.write(paths.keys)
            os.replace(creating, paths.db)
            keymod.fsync_dir(paths.folder)
            conn = _opens(paths.db, key)
            if conn is None:
                raise DossierError(DossierErrorCode.DAMAGED, str(paths.db), "new dossier does not open")
            _configure(conn)
            return cls(paths, lock, conn, keys, key), recovery
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, folder: Path | None = None, *, secret: str | None = None) -> Dossier:
        """Unlock with the keyring, or with `secret` (passphrase or recovery key) when given.

        Raises DossierError: NOT_FOUND, IN_USE, KEYRING_UNAVAILABLE, KEY_NOT_IN_KEYRING, NEEDS_SECRET,
        WRONG_SECRET, DAMAGED, TOO_NEW. On any of them the files on disk are left as they were.
        """
        paths = DossierPaths(folder or data_dir())
        if not paths.db.exists():
            raise DossierError(DossierErrorCode.NOT_FOUND, str(paths.folder))
        lock = DossierLock(paths.lock)
        lock.acquire()
        for private in (paths.folder, paths.db, paths.keys):  # left open to others by earlier versions
            with contextlib.suppress(OSError):
                app_paths.tighten(private)
        try:
            return cls._open_locked(paths, lock, secret=secret)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, paths: DossierPaths, lock: DossierLock, *, secret: str | None) -> Dossier:
        keys = KeyFile.read(paths.keys)
        key, key_set, conn = _unlock(paths.db, keys, secret)
        try:
            if _looks_truncated(conn, paths.db):
                raise DossierError(DossierErrorCode.DAMAGED, str(paths.db), "truncated")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > schema.latest():
                raise DossierError(DossierErrorCode.TOO_NEW, str(paths.db))
            _configure(conn)
            if version < schema.latest():
                _copy_before_migration(conn, paths, key, version)
                _migrate_schema(conn, version)
        except sqlite.DatabaseError as error:
            conn.close()
            raise _translate(error, paths.db) from None
        except BaseException:
            conn.close()
            raise
        dossier = cls(paths, lock, conn, keys, key)
        dossier._settle_keys(key_set, opened_with_secret=secret is not None)
        return dossier

    def _settle_keys(self, key_set: KeySet, *, opened_with_secret: bool) -> None:
        """Finish or undo an interrupted re-key, and put the key back in a keyring that lost it."""
        if self._keys.pending is not None:
            stale = self._keys.current if key_set is self._keys.pending else self._keys.pending
            self._keys = KeyFile(self._keys.dossier_id, key_set)
            self._keys.write(self.paths.keys)
            if stale.mode is KeyMode.KEYRING and stale.check != key_set.check:
                keymod.keyring_forget(_keyring_name(self._keys, stale))
        if opened_with_secret and self._keys.current.mode is KeyMode.KEYRING:
            with contextlib.suppress(DossierError):
                keymod.keyring_store(_keyring_name(self._keys, self._keys.current), self._key)

    def close(self) -> None:
        with self._mutex:
            try:
                self._conn.close()
            finally:
                self._lock.release()

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- what it is and how it is protected --------------------------------------------------------------

    @property
    def dossier_id(self) -> str:
        return self._keys.dossier_id

    @property
    def mode(self) -> KeyMode:
        return self._keys.current.mode

    def preference(self, name: str) -> str | None:
        """A remembered choice that is personal data (the sender's name and address for letters): kept in
        the encrypted dossier, not in the plain settings file."""
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (f"pref.{name}",))
        return str(rows[0][0]) if rows else None

    def set_preference(self, name: str, value: str | None) -> None:
        with self._write() as conn:
            if value is None:
                conn.execute("DELETE FROM meta WHERE key = ?", (f"pref.{name}",))
            else:
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (f"pref.{name}", value))

    def check(self) -> bool:
        """Full integrity check (reads every page: seconds on a large dossier)."""
        with self._mutex:
            try:  # pages still in the WAL are checked after they reach the main file
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite.Error:
                return False
            return integrity_ok(self._conn)

    def change_passphrase(self, passphrase: str) -> None:
        """Protect with this passphrase (from keyring or an older passphrase); re-keys the database."""
        check_passphrase(passphrase)
        self._rekey(KeyMode.PASSPHRASE, passphrase)

    def use_keyring(self) -> None:
        """Protect with the OS keyring instead of a passphrase; re-keys the database."""
        self._rekey(KeyMode.KEYRING, None)

    def _rekey(self, mode: KeyMode, passphrase: str | None) -> None:
        with self._mutex:
            new_key = keymod.new_key()
            kek, salt = self._recovery_secrets()
            pending = KeySet(mode, keymod.key_check(new_key))
            pending.slots["recovery"] = keymod.wrap_with_kek(new_key, kek, salt, self._keys.aad())
            if passphrase is not None:
                pending.slots["passphrase"] = keymod.wrap_with_passphrase(
                    new_key, passphrase, self._keys.aad()
                )
            if mode is KeyMode.KEYRING:
                keymod.keyring_store(_keyring_name(self._keys, pending), new_key)
            self._keys.pending = pending
            self._keys.write(self.paths.keys)
            try:
                self._conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite.Error as error:
                self._keys.pending = None
                self._keys.write(self.paths.keys)
                raise DossierError(
                    DossierErrorCode.WRITE_FAILED, str(self.paths.db), type(error).__name__
                ) from None
            old = self._keys.current
            self._key = new_key
            self._keys = KeyFile(self._keys.dossier_id, pending)
            self._keys.write(self.paths.keys)
            if old.mode is KeyMode.KEYRING:
                keymod.keyring_forget(_keyring_name(self._keys, old))

    def _recovery_secrets(self) -> tuple[bytes, bytes]:
        rows = dict(self._conn.execute("SELECT name, value FROM secrets").fetchall())
        return bytes(rows["recovery_kek"]), bytes(rows["recovery_salt"])

    # --- plumbing -------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite.Connection]:
        with self._mutex, _errors(self.paths.db), _transaction(self._conn):
            yield self._conn

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._mutex, _errors(self.paths.db):
            return list(self._conn.execute(sql, params).fetchall())

    def _store_blob(self, conn: sqlite.Connection, data: bytes, name: str) -> str:
        if len(data) > MAX_FILE_BYTES:
            raise DossierError(DossierErrorCode.TOO_LARGE, name)
        digest = _sha256(data)
        conn.execute(
            "INSERT OR IGNORE INTO blobs(sha256, size, data) VALUES (?, ?, ?)", (digest, len(data), data)
        )
        return digest

    def _collect_garbage(self, conn: sqlite.Connection) -> None:
        conn.execute(
            "DELETE FROM blobs WHERE sha256 NOT IN ("
            " SELECT sha256 FROM evidence WHERE sha256 IS NOT NULL"
            " UNION SELECT sha256 FROM letters WHERE sha256 IS NOT NULL"
            " UNION SELECT attachment_sha256 FROM entries WHERE attachment_sha256 IS NOT NULL)"
        )

    def _delete(self, table: str, row_id: int, what: str) -> None:
        """Delete one row (its dependents cascade) and the stored files nothing refers to any more."""
        with self._write() as conn:
            if not conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,)).rowcount:
                raise DossierError(DossierErrorCode.NO_SUCH_ITEM, what)
            self._collect_garbage(conn)

    def blob(self, sha256: str) -> bytes:
        rows = self._rows("SELECT data FROM blobs WHERE sha256 = ?", (sha256,))
        if not rows:
            raise DossierError(DossierErrorCode.NO_SUCH_ITEM, f"file {sha256[:12]}")
        return bytes(rows[0][0])

    # --- cases ----------------------------------------------------------------------------------------

    def create_case(
        self,
        title: str,
        *,
        operator: str | None = None,
        line_number: str | None = None,
        account_number: str | None = None,
        merchants: Sequence[str] = (),
        opened_on: date | None = None,
        holder_name: str | None = None,
        holder_address: str | None = None,
    ) -> Case:
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO cases(title, operator, line_number, account_number, merchants, status,"
                " opened_on, holder_name, holder_address) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)",
                (
                    title,
                    operator,
                    line_number,
                    account_number,
                    json.dumps(list(merchants)),
                    _d(opened_on or date.today()),
                    holder_name,
                    holder_address,
                ),
            )
            case_id = int(cursor.lastrowid or 0)
        return self.case(case_id)

    _CASE_FIELDS = frozenset(
        {
            "title",
            "operator",
            "line_number",
            "account_number",
            "merchants",
            "holder_name",
            "holder_address",
            "notes",
        }
    )

    def update_case(self, case_id: int, **fields: Any) -> Case:
        """Change descriptive fields (title, operator, numbers, merchants, holder, notes)."""
        unknown = set(fields) - self._CASE_FIELDS
        if unknown:
            raise TypeError(f"not a case field: {sorted(unknown)}")
        self.case(case_id)
        if fields:
            values = {k: json.dumps(list(v)) if k == "merchants" else v for k, v in fields.items()}
            assignments = ", ".join(f"{name} = ?" for name in values)
            with self._write() as conn:
                conn.execute(f"UPDATE cases SET {assignments} WHERE id = ?", (*values.values(), case_id))
        return self.case(case_id)

    def set_status(self, case_id: int, status: CaseStatus, *, on: date | None = None) -> Case:
        closed = _d(on or date.today()) if status in (CaseStatus.REFUNDED, CaseStatus.CLOSED) else None
        with self._write() as conn:
            if not conn.execute(
                "UPDATE cases SET status = ?, closed_on = ? WHERE id = ?", (status, closed, case_id)
            ).rowcount:
                raise DossierError(DossierErrorCode.NO_SUCH_ITEM, f"case {case_id}")
        return self.case(case_id)

    def delete_case(self, case_id: int) -> None:
        self._delete("cases", case_id, f"case {case_id}")

    def cases(self) -> list[Case]:
        """Every case, newest first, with claimed and refunded totals (no file content is read)."""
        with self._mutex, _errors(self.paths.db):
            rows = self._conn.execute(
                f"SELECT {_CASE_COLUMNS} FROM cases ORDER BY opened_on DESC, id DESC"
            ).fetchall()
            claimed = _sums(
                self._conn.execute(
                    "SELECT e.case_id, c.amount FROM charges c JOIN evidence e ON e.id = c.evidence_id"
                    " WHERE c.disputed = 1"
                )
            )
            refunded = _sums(self._conn.execute("SELECT case_id, amount FROM refunds"))
        return [_case(row, claimed.get(row[0]), refunded.get(row[0])) for row in rows]

    def case(self, case_id: int) -> Case:
        with self._mutex, _errors(self.paths.db):
            row = self._conn.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
            if row is None:
                raise DossierError(DossierErrorCode.NO_SUCH_ITEM, f"case {case_id}")
            claimed = _sums(
                self._conn.execute(
                    "SELECT e.case_id, c.amount FROM charges c JOIN evidence e ON e.id = c.evidence_id"
                    " WHERE c.disputed = 1 AND e.case_id = ?",
                    (case_id,),
                )
            )
            refunded = _sums(
                self._conn.execute("SELECT case_id, amount FROM refunds WHERE case_id = ?", (case_id,))
            )
        return _case(row, claimed.get(case_id), refunded.get(case_id))

    def case_file(self, case_id: int) -> CaseFile:
        """Everything about one case, read in one consistent snapshot."""
        with self._mutex, _errors(self.paths.db), _transaction(self._conn, "BEGIN"):
            case = self.case(case_id)
            evidence = self.evidence(case_id)
            letters = [
                _letter(r)
                for r in self._conn.execute(
                    f"SELECT {_LETTER_COLUMNS} FROM letters WHERE case_id = ? ORDER BY created_on, id",
                    (case_id,),
                )
            ]
            entries = [
                _entry(r)
                for r in self._conn.execute(
                    f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE case_id = ? ORDER BY on_date, id", (case_id,)
                )
            ]
            refunds = [
                Refund(r[0], r[1], date.fromisoformat(r[2]), Decimal(r[3]), r[4])
                for r in self._conn.execute(
                    "SELECT id, case_id, on_date, amount, how FROM refunds"
                    " WHERE case_id = ? ORDER BY on_date, id",
                    (case_id,),
                )
            ]
            steps = [
                StepProgress(r[0], r[1], date.fromisoformat(r[2]))
                for r in self._conn.execute(
                    "SELECT guide, step, done_on FROM steps WHERE case_id = ? ORDER BY done_on, guide, step",
                    (case_id,),
                )
            ]
        return CaseFile(case, evidence, letters, entries, refunds, steps)

    # --- evidence -------------------------------------------------------------------------------------

    def add_bill(
        self,
        case_id: int,
        data: bytes,
        *,
        filename: str,
        bill: Bill | None = None,
        title: str | None = None,
        dispute_suspicious: bool = True,
        added_on: date | None = None,
    ) -> tuple[Evidence, bool]:
        """Store a bill PDF and the charges read on it; (evidence, False) if this case already has it.

        With dispute_suspicious, charges the engine found suspicious start out marked as disputed; the
        user can change each one with `set_disputed`.
        """
        self.case(case_id)
        filename = storable(filename)
        title = storable(title) if title is not None else None
        with self._write() as conn:
            digest = self._store_blob(conn, data, filename)
            row = conn.execute(
                "SELECT id FROM evidence WHERE case_id = ? AND sha256 = ?", (case_id, digest)
            ).fetchone()
            if row is not None:
                new, evidence_id = False, int(row[0])
            else:
                new = True
                cursor = conn.execute(
                    "INSERT INTO evidence(case_id, kind, title, added_on, filename, sha256, size,"
                    " media_type, invoice_date, period_start, period_end, total, printed_contacts,"
                    " invoice_number, reading)"
                    " VALUES (?, 'bill', ?, ?, ?, ?, ?, 'application/pdf', ?, ?, ?, ?, ?, ?, ?)",
                    (
                        case_id,
                        title or _bill_title(bill, filename),
                        _d(added_on or date.today()),
                        filename,
                        digest,
                        len(data),
                        _d(bill.invoice_date) if bill else None,
                        _d(bill.period_start) if bill else None,
                        _d(bill.period_end) if bill else None,
                        str(bill.total) if bill and bill.total is not None else None,
                        json.dumps(bill.contacts if bill else {}, ensure_ascii=False),
                        bill.invoice_number if bill else None,
                        _reading_json(bill),
                    ),
                )
                evidence_id = int(cursor.lastrowid or 0)
                charges = bill.charges if bill else []
                chosen = [dispute_suspicious and c.suspicious for c in charges]
                conn.executemany(_INSERT_CHARGE, _charge_rows(evidence_id, charges, chosen))
                if bill:
                    _merge_merchants(
                        conn, case_id, [c.merchant for c in bill.charges if c.suspicious and c.merchant]
                    )
                    if bill.holder:  # the sender block of the letters, unless the user already set it
                        conn.execute(
                            "UPDATE cases SET holder_name = ?, holder_address = ? WHERE id = ?"
                            " AND holder_name IS NULL AND holder_address IS NULL",
                            (bill.holder[0], "\n".join(bill.holder[1:]) or None, case_id),
                        )
        return self.evidence_item(evidence_id), new

    def add_file(
        self,
        case_id: int,
        data: bytes,
        *,
        filename: str,
        kind: EvidenceKind = EvidenceKind.DOCUMENT,
        title: str | None = None,
        note: str = "",
        media_type: str | None = None,
        added_on: date | None = None,
    ) -> tuple[Evidence, bool]:
        """Store a screenshot, photo or document; (evidence, False) if this case already has that file."""
        self.case(case_id)
        filename = storable(filename)
        title = storable(title) if title is not None else None
        with self._write() as conn:
            digest = self._store_blob(conn, data, filename)
            row = conn.execute(
                "SELECT id FROM evidence WHERE case_id = ? AND sha256 = ?", (case_id, digest)
            ).fetchone()
            if row is not None:
                return self.evidence_item(int(row[0])), False
            cursor = conn.execute(
                "INSERT INTO evidence(case_id, kind, title, added_on, filename, sha256, size, media_type,"
                " note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    kind,
                    title or filename,
                    _d(added_on or date.today()),
                    filename,
                    digest,
                    len(data),
                    media_type,
                    note,
                ),
            )
            evidence_id = int(cursor.lastrowid or 0)
        return self.evidence_item(evidence_id), True

    def add_note(self, case_id: int, title: str, text: str, *, added_on: date | None = None) -> Evidence:
        self.case(case_id)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO evidence(case_id, kind, title, added_on, note) VALUES (?, 'note', ?, ?, ?)",
                (case_id, title, _d(added_on or date.today()), text),
            )
            evidence_id = int(cursor.lastrowid or 0)
        return self.evidence_item(evidence_id)

    def remove_evidence(self, evidence_id: int) -> None:
        self._delete("evidence", evidence_id, f"evidence {evidence_id}")

    def replace_charges(self, evidence_id: int, bill: Bill, disputed: Sequence[bool]) -> Evidence:
        """The charges of a stored bill as the person checked them again (lines typed, corrected or set
        apart), each disputed or not, and the reading's balance with them."""
        item = self.evidence_item(evidence_id)
        if item.kind is not EvidenceKind.BILL:
            raise DossierError(DossierErrorCode.NO_SUCH_ITEM, f"evidence {evidence_id} is not a bill")
        with self._write() as conn:
            conn.execute("DELETE FROM charges WHERE evidence_id = ?", (evidence_id,))
            conn.executemany(_INSERT_CHARGE, _charge_rows(evidence_id, bill.charges, disputed))
            conn.execute("UPDATE evidence SET reading = ? WHERE id = ?", (_reading_json(bill), evidence_id))
            _merge_merchants(
                conn,
                item.case_id,
                [c.merchant for c, yes in zip(bill.charges, disputed, strict=True) if yes and c.merchant],
            )
        return self.evidence_item(evidence_id)

    def set_disputed(self, charge_ids: Sequence[int], disputed: bool) -> None:
        with self._write() as conn:
            conn.executemany(
                "UPDATE charges SET disputed = ? WHERE id = ? AND origin != 'not_charge'",
                [(int(disputed), i) for i in charge_ids],
            )

    def evidence(self, case_id: int) -> list[Evidence]:
        with self._mutex, _errors(self.paths.db):
            rows = self._conn.execute(
                f"SELECT {_EVIDENCE_COLUMNS} FROM evidence WHERE case_id = ? ORDER BY added_on, id",
                (case_id,),
            ).fetchall()
            charges = self._charges("e.case_id = ?", (case_id,))
        return [_evidence(row, charges.get(row[0], [])) for row in rows]

    def evidence_item(self, evidence_id: int) -> Evidence:
        with self._mutex, _errors(self.paths.db):
            row = self._conn.execute(
                f"SELECT {_EVIDENCE_COLUMNS} FROM evidence WHERE id = ?", (evidence_id,)
            ).fetchone()
            if row is None:
                raise DossierError(DossierErrorCode.NO_SUCH_ITEM, f"evidence {evidence_id}")
            charges = self._charges("e.id = ?", (evidence_id,))
        return _evidence(row, charges.get(evidence_id, []))

    def _charges(self, where: str, params: Sequence[Any]) -> dict[int, list[ChargeRecord]]:
        result: dict[int, list[ChargeRecord]] = {}
        for r in self._conn.execute(
            "SELECT c.id, c.evidence_id, c.label, c.amount, c.charged_on, c.page, c.kind, c.merchant,"
            " c.suspicious, c.reasons, c.disputed, c.bbox, c.origin FROM charges c"
            " JOIN evidence e ON e.id = c.evidence_id"
            f" WHERE {where}"
            " ORDER BY c.evidence_id, c.position",
            params,
        ):
            result.setdefault(r[1], []).append(
                ChargeRecord(
                    id=r[0],
                    evidence_id=r[1],
                    label=r[2],
                    amount=Decimal(r[3]),
                    charged_on=_date(r[4]),
                    page=r[5],
                    kind=r[6],
                    merchant=r[7],
                    suspicious=bool(r[8]),
                    reasons=list(json.loads(r[9])),
                    disputed=bool(r[10]),
                    bbox=tuple(json.loads(r[11])) if r[11] else None,
                    origin=r[12],
                )
            )
        return result

    # --- letters --------------------------------------------------------------------------------------

    def add_letter(
        self,
        case_id: int,
        *,
        kind: LetterKind,
        recipient: Party,
        title: str,
        pdf: bytes | None = None,
        created_on: date | None = None,
    ) -> Letter:
        self.case(case_id)
        with self._write() as conn:
            digest = self._store_blob(conn, pdf, title) if pdf is not None else None
            cursor = conn.execute(
                "INSERT INTO letters(case_id, kind, recipient, title, status, created_on, sha256)"
                " VALUES (?, ?, ?, ?, 'draft', ?, ?)",
                (case_id, kind, recipient, title, _d(created_on or date.today()), digest),
            )
            letter_id = int(cursor.lastrowid or 0)
        return self.letter(letter_id)

    def letter(self, letter_id: int) -> Letter:
        rows = self._rows(f"SELECT {_LETTER_COLUMNS} FROM letters WHERE id = ?", (letter_id,))
        if not rows:
            raise DossierError(DossierErrorCode.NO_SUCH_ITEM, f"letter {letter_id}")
        return _letter(rows[0])

    def update_letter(
        self,
        letter_id: int,
        *,
        status: LetterStatus | None = None,
        tracking_number: str | None = None,
        sent_on: date | None = None,
        received_on: date | None = None,
        pdf: bytes | None = None,
    ) -> Letter:
        """Record printing, posting (tracking number, date) and the acknowledgement of receipt.

        Marking a letter sent also writes it in the correspondence log and moves an open case to
        "waiting for a reply" (or "mediator" for a referral), as the user would do by hand.
        """
        letter = self.letter(letter_id)
        if sent_on is not None and status is None and letter.status is not LetterStatus.SENT:
            status = LetterStatus.SENT
        with self._write() as conn:
            if pdf is not None:
                conn.execute(
                    "UPDATE letters SET sha256 = ? WHERE id = ?",
                    (self._store_blob(conn, pdf, letter.title), letter_id),
                )
                self._collect_garbage(conn)
            if status is not None:
                conn.execute("UPDATE letters SET status = ? WHERE id = ?", (status, letter_id))
            if tracking_number is not None:
                conn.execute(
                    "UPDATE letters SET tracking_number = ? WHERE id = ?",
                    (tracking_number.strip() or None, letter_id),
                )
            if sent_on is not None:
                conn.execute("UPDATE letters SET sent_on = ? WHERE id = ?", (_d(sent_on), letter_id))
            if received_on is not None:
                conn.execute("UPDATE letters SET received_on = ? WHERE id = ?", (_d(received_on), letter_id))
            if status is LetterStatus.SENT and letter.status is not LetterStatus.SENT:
                day = sent_on or letter.sent_on or date.today()
                conn.execute("UPDATE letters SET sent_on = ? WHERE id = ?", (_d(day), letter_id))
                conn.execute(
                    "INSERT INTO entries(case_id, on_date, channel, direction, party, who, summary,"
                    " letter_id, written) VALUES (?, ?, 'letter', 'outgoing', ?, '', ?, ?, 1)",
                    (letter.case_id, _d(day), letter.recipient, letter.title, letter_id),
                )
                new_status = CaseStatus.MEDIATOR if letter.recipient is Party.MEDIATOR else CaseStatus.WAITING
                conn.execute(
                    "UPDATE cases SET status = ? WHERE id = ? AND status IN ('open', 'waiting')",
                    (new_status, letter.case_id),
                )
            elif sent_on is not None:
                conn.execute("UPDATE entries SET on_date = ? WHERE letter_id = ?", (_d(sent_on), letter_id))
        return self.letter(letter_id)

    def delete_letter(self, letter_id: int) -> None:
        self._delete("letters", letter_id, f"letter {letter_id}")

    # --- correspondence log, refunds, guide steps -------------------------------------------------------

    def add_entry(
        self,
        case_id: int,
        *,
        on: date,
        channel: Channel,
        direction: Direction,
        party: Party,
        who: str = "",
        summary: str = "",
        written: bool | None = None,
        attachment: tuple[str, bytes] | None = None,
    ) -> Entry:
        """Log a call, email, chat, letter or reply. `written` defaults to True for anything but a call."""
        self.case(case_id)
        if written is None:
            written = channel not in (Channel.PHONE, Channel.IN_PERSON)
        with self._write() as conn:
            digest = self._store_blob(conn, attachment[1], attachment[0]) if attachment else None
            cursor = conn.execute(
                "INSERT INTO entries(case_id, on_date, channel, direction, party, who, summary,"
                " attachment_sha256, attachment_name, written) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    _d(on),
                    channel,
                    direction,
                    party,
                    who,
                    summary,
                    digest,
                    attachment[0] if attachment else None,
                    int(written),
                ),
            )
            entry_id = int(cursor.lastrowid or 0)
        return self.entry(entry_id)

    def entry(self, entry_id: int) -> Entry:
        rows = self._rows(f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,))
        if not rows:
            raise DossierError(DossierErrorCode.NO_SUCH_ITEM, f"log entry {entry_id}")
        return _entry(rows[0])

    def delete_entry(self, entry_id: int) -> None:
        self._delete("entries", entry_id, f"log entry {entry_id}")

    def add_refund(self, case_id: int, *, on: date, amount: Decimal, how: str = "") -> Refund:
        self.case(case_id)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO refunds(case_id, on_date, amount, how) VALUES (?, ?, ?, ?)",
                (case_id, _d(on), str(amount), how),
            )
            refund_id = int(cursor.lastrowid or 0)
        return Refund(refund_id, case_id, on, amount, how)

    def set_step(self, case_id: int, guide: str, step: str, done: bool, *, on: date | None = None) -> None:
        """Tick or untick a step of an operator guide, so the user can stop and resume."""
        self.case(case_id)
        with self._write() as conn:
            if done:
                conn.execute(
                    "INSERT OR IGNORE INTO steps(case_id, guide, step, done_on) VALUES (?, ?, ?, ?)",
                    (case_id, guide, step, _d(on or date.today())),
                )
            else:
                conn.execute(
                    "DELETE FROM steps WHERE case_id = ? AND guide = ? AND step = ?", (case_id, guide, step)
                )

    # --- backup and restore -----------------------------------------------------------------------------

    def backup(self, destination: Path, *, today: date | None = None) -> Path:
        """Write a backup file (still encrypted: the database copy and the wrapped keys, in one zip).

        The zip itself is plain; its `dossier.db` is a SQLCipher copy under the same key, made through
        `_connect` and so in the same pinned SQLCipher 4 format; `dossier.keys` holds only wrapped keys.
        It opens with the same keyring entry, passphrase or recovery key as the dossier at backup time.
        """
        destination = Path(destination)
        if destination.is_dir():
            destination = (
                destination / f"KKO Guard - sauvegarde {(today or date.today()).isoformat()}.kkoguard-backup"
            )
        work = destination.with_name(destination.name + ".partial")
        copy = work.with_name(work.name + ".db")
        try:
            with self._mutex:
                new_private_file(copy)
                target = _connect(copy, self._key, create=True)
                try:
                    self._conn.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")
                    if not integrity_ok(target):
                        raise DossierError(
                            DossierErrorCode.DAMAGED, str(self.paths.db), "backup copy check failed"
                        )
                finally:
                    target.close()
                manifest = {
                    "format": BACKUP_FORMAT,
                    "dossier_id": self.dossier_id,
                    "schema": schema.latest(),
                    "created": datetime.now().astimezone().isoformat(timespec="seconds"),
                }
                with (
                    open_private(work, "wb") as handle,
                    zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive,
                ):
                    archive.writestr("manifest.json", json.dumps(manifest, indent=2))
                    archive.write(copy, "dossier.db")
                    archive.writestr("dossier.keys", self._keys.dumps())
                    archive.close()
                    handle.flush()
                    os.fsync(handle.fileno())
            os.replace(work, destination)
        except OSError as error:
            work.unlink(missing_ok=True)
            raise DossierError(
                DossierErrorCode.WRITE_FAILED, str(destination), type(error).__name__
            ) from None
        finally:
            copy.unlink(missing_ok=True)
        return destination

    @classmethod
    def restore(cls, backup_file: Path, folder: Path | None = None, *, secret: str | None = None) -> Dossier:
        """Replace the dossier by a backup, after checking that the backup opens and is whole.

        The dossier it replaces is not deleted: it is moved to `backups/replaced-<time>/`.
        """
        backup_file = Path(backup_file)
        paths = DossierPaths(folder or data_dir())
        ensure_private_folder(paths.folder)
        lock = DossierLock(paths.lock)
        lock.acquire()
        staging = paths.folder / "restoring"
        try:
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir(mode=0o700)
            _extract_backup(backup_file, staging)
            try:
                keys = KeyFile.read(staging / "dossier.keys")
                _, _, conn = _unlock(staging / "dossier.db", keys, secret)
            except DossierError as error:
                if error.code is DossierErrorCode.DAMAGED:
                    raise DossierError(DossierErrorCode.BAD_BACKUP, str(backup_file), error.detail) from None
                raise
            try:
                whole = integrity_ok(conn)
                version = conn.execute("PRAGMA user_version").fetchone()[0]
            finally:
                conn.close()
            if not whole:
                raise DossierError(DossierErrorCode.BAD_BACKUP, str(backup_file), "integrity check failed")
            if version > schema.latest():
                raise DossierError(DossierErrorCode.TOO_NEW, str(backup_file))
            if paths.db.exists():
                app_paths.ensure_private_folder(paths.backups)
                aside = Path(
                    tempfile.mkdtemp(prefix=f"replaced-{datetime.now():%Y%m%d-%H%M%S}-", dir=paths.backups)
                )
                for name in ("dossier.db", "dossier.db-wal", "dossier.keys"):
                    if (paths.folder / name).exists():
                        os.replace(paths.folder / name, aside / name)
            (paths.folder / "dossier.db-shm").unlink(missing_ok=True)
            os.replace(staging / "dossier.keys", paths.keys)
            os.replace(staging / "dossier.db", paths.db)
            keymod.fsync_dir(paths.folder)
            return cls._open_locked(paths, lock, secret=secret)
        except OSError as error:
            lock.release()
            raise DossierError(
                DossierErrorCode.WRITE_FAILED, str(paths.folder), type(error).__name__
            ) from None
        except BaseException:
            lock.release()
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)


# --- module helpers -------------------------------------------------------------------------------------


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < keymod.MIN_PASSPHRASE:
        raise DossierError(DossierErrorCode.WEAK_PASSPHRASE)


def _keyring_name(keys: KeyFile, key_set: KeySet) -> str:
    """One keyring entry per key generation, so a re-key interrupted half-way keeps the old key."""
    return f"{keys.dossier_id}-{key_set.check[:12]}"


def _unlock(db: Path, keys: KeyFile, secret: str | None) -> tuple[bytes, KeySet, sqlite.Connection]:
    """The key that opens the database, its key set, and the open connection.

    During an interrupted re-key the secret may unwrap two keys: the database decides which is right.
    A key that passes its check value but does not open the file means the file is damaged.
    """
    candidates = _candidates(keys, secret)
    for key, key_set in candidates:
        conn = _opens(db, key)
        if conn is not None:
            return key, key_set, conn
    if keys.pending is not None and len({key_set.check for _, key_set in candidates}) < 2:
        # an interrupted re-key: the database is on the other key, which this secret does not open
        raise DossierError(
            DossierErrorCode.WRONG_SECRET if secret is not None else DossierErrorCode.NEEDS_SECRET
        )
    raise DossierError(DossierErrorCode.DAMAGED, str(db), "right key, unreadable file")


def _candidates(keys: KeyFile, secret: str | None) -> list[tuple[bytes, KeySet]]:
    if secret is not None:
        found = keymod.unlock_with_secret(keys, secret)
        if not found:
            raise DossierError(DossierErrorCode.WRONG_SECRET)
        return found
    keyring_sets = [s for s in keys.key_sets() if s.mode is KeyMode.KEYRING]
    if not keyring_sets:
        raise DossierError(DossierErrorCode.NEEDS_SECRET)
    found = []
    error: DossierError | None = None
    for key_set in keyring_sets:
        try:
            key = keymod.keyring_load(_keyring_name(keys, key_set))
        except DossierError as problem:
            error = error if error and error.code is DossierErrorCode.KEYRING_UNAVAILABLE else problem
            continue
        if keymod.key_check(key) == key_set.check:
            found.append((key, key_set))
        elif error is None:
            error = DossierError(DossierErrorCode.KEY_NOT_IN_KEYRING, detail="stale keyring entry")
    if found:
        return found
    assert error is not None
    raise error


@contextlib.contextmanager
def _transaction(conn: sqlite.Connection, begin: str = "BEGIN IMMEDIATE") -> Iterator[None]:
    if conn.in_transaction:  # nested call (e.g. case() inside case_file()): the outer one commits
        yield
        return
    conn.execute(begin)
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextlib.contextmanager
def _errors(db: Path) -> Iterator[None]:
    """SQLite failures in the middle of work become the dossier's own errors."""
    try:
        yield
    except sqlite.DatabaseError as error:
        raise _translate(error, db) from None


def _translate(error: sqlite.DatabaseError, db: Path) -> DossierError:
    text = str(error).lower()
    if isinstance(error, sqlite.OperationalError):
        if "full" in text or "i/o" in text or "readonly" in text or "read-only" in text:
            return DossierError(DossierErrorCode.WRITE_FAILED, str(db), type(error).__name__)
        if "locked" in text or "busy" in text:
            return DossierError(DossierErrorCode.IN_USE, str(db))
    return DossierError(DossierErrorCode.DAMAGED, str(db), str(error))


def _migrate_schema(conn: sqlite.Connection, version: int) -> None:
    for target, script in enumerate(schema.MIGRATIONS[version:], start=version + 1):
        statements = [s.strip() for s in script.split(";") if s.strip()]
        with _transaction(conn):
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target}")


def _copy_before_migration(conn: sqlite.Connection, paths: DossierPaths, key: bytes, version: int) -> Path:
    """A whole, still-encrypted copy of the file as it was, before any migration touches it."""
    app_paths.ensure_private_folder(paths.backups)
    copy = paths.backups / f"dossier-v{version}-before-v{schema.latest()}-{datetime.now():%Y%m%d-%H%M%S}.db"
    new_private_file(copy)
    target = _connect(copy, key, create=True)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    copy_private(paths.keys, copy.with_suffix(".keys"))
    return copy


def _extract_backup(backup_file: Path, staging: Path) -> None:
    where = str(backup_file)
    try:
        with zipfile.ZipFile(backup_file) as archive:
            names = set(archive.namelist())
            if not set(_BACKUP_MEMBERS) <= names:
                raise DossierError(DossierErrorCode.BAD_BACKUP, where, "members missing")
            manifest = json.loads(archive.read("manifest.json")[:65536].decode("utf-8"))
            if manifest.get("format") != BACKUP_FORMAT:
                raise DossierError(DossierErrorCode.BAD_BACKUP, where, "format")
            for name in ("dossier.db", "dossier.keys"):
                with archive.open(name) as source, open_private(staging / name, "wb") as target:
                    shutil.copyfileobj(source, target, 1024 * 1024)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, KeyError, OSError, EOFError) as error:
        raise DossierError(DossierErrorCode.BAD_BACKUP, where, type(error).__name__) from None


def _sums(rows: Any) -> dict[int, Decimal]:
    totals: dict[int, Decimal] = {}
    for case_id, amount in rows:
        totals[case_id] = totals.get(case_id, Decimal("0.00")) + Decimal(amount)
    return totals


def _merge_merchants(conn: sqlite.Connection, case_id: int, names: Sequence[str]) -> None:
    (current,) = conn.execute("SELECT merchants FROM cases WHERE id = ?", (case_id,)).fetchone()
    merchants = list(json.loads(current))
    for name in names:
        if name not in merchants:
            merchants.append(name)
    conn.execute("UPDATE cases SET merchants = ? WHERE id = ?", (json.dumps(merchants), case_id))


def _bill_title(bill: Bill | None, filename: str) -> str:
    """ "Facture Sosh du 5 juin 2025": the dossier's evidence is read by people (and letters are French)."""
    from kkoguard.formatting import format_date
    from kkoguard.report import operator_name

    if bill and bill.invoice_date:
        name = operator_name(bill.operator) if bill.operator else None
        return " ".join(filter(None, ["Facture", name, "du", format_date(bill.invoice_date, "fr")]))
    return filename


_CASE_COLUMNS = (
    "id, title, operator, line_number, account_number, merchants, status, opened_on, holder_name,"
    " holder_address, closed_on, notes"
)
_EVIDENCE_COLUMNS = (
    "id, case_id, kind, title, added_on, filename, sha256, size, media_type, note, invoice_date,"
    " period_start, period_end, total, printed_contacts, invoice_number, reading"
)
_LETTER_COLUMNS = (
    "id, case_id, kind, recipient, title, status, created_on, sha256, tracking_number, sent_on, received_on"
)
_ENTRY_COLUMNS = (
    "id, case_id, on_date, channel, direction, party, who, summary, letter_id, attachment_sha256,"
    " attachment_name, written"
)


def _case(row: Any, claimed: Decimal | None, refunded: Decimal | None) -> Case:
    return Case(
        id=row[0],
        title=row[1],
        operator=row[2],
        line_number=row[3],
        account_number=row[4],
        merchants=list(json.loads(row[5])),
        status=CaseStatus(row[6]),
        opened_on=date.fromisoformat(row[7]),
        holder_name=row[8],
        holder_address=row[9],
        closed_on=_date(row[10]),
        notes=row[11],
        claimed=claimed if claimed is not None else Decimal("0.00"),
        refunded=refunded if refunded is not None else Decimal("0.00"),
    )


def _evidence(row: Any, charges: list[ChargeRecord]) -> Evidence:
    return Evidence(
        id=row[0],
        case_id=row[1],
        kind=EvidenceKind(row[2]),
        title=row[3],
        added_on=date.fromisoformat(row[4]),
        filename=row[5],
        sha256=row[6],
        size=row[7],
        media_type=row[8],
        note=row[9],
        invoice_date=_date(row[10]),
        period_start=_date(row[11]),
        period_end=_date(row[12]),
        total=_money(row[13]),
        charges=charges,
        printed_contacts={str(k): list(v) for k, v in json.loads(row[14]).items()},
        invoice_number=row[15],
        **_reading(row[16]),
    )


def _reading_json(bill: Bill | None) -> str | None:
    rec = bill.reconciliation if bill is not None else None
    if rec is None:
        return None
    missing = None if rec.balanced or rec.difference is None else str(rec.difference)
    return json.dumps({"status": str(rec.status), "missing": missing})


def _reading(text: str | None) -> dict[str, Any]:
    if not text:
        return {"reading": None, "missing": None}
    data = json.loads(text)
    return {"reading": data.get("status"), "missing": _money(data.get("missing"))}


def _charge_rows(
    evidence_id: int, charges: Sequence[Charge], disputed: Sequence[bool]
) -> list[tuple[Any, ...]]:
    return [
        (
            evidence_id,
            position,
            charge.label,
            str(charge.amount),
            _d(charge.date),
            charge.page,
            str(charge.kind) if charge.kind else None,
            charge.merchant,
            int(charge.suspicious),
            json.dumps(charge.reasons, ensure_ascii=False),
            int(chosen and charge.counted),
            json.dumps(list(charge.bbox)),
            str(charge.origin),
        )
        for position, (charge, chosen) in enumerate(zip(charges, disputed, strict=True))
    ]


_INSERT_CHARGE = (
    "INSERT INTO charges(evidence_id, position, label, amount, charged_on, page, kind, merchant, suspicious,"
    " reasons, disputed, bbox, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _letter(row: Any) -> Letter:
    return Letter(
        id=row[0],
        case_id=row[1],
        kind=LetterKind(row[2]),
        recipient=Party(row[3]),
        title=row[4],
        status=LetterStatus(row[5]),
        created_on=date.fromisoformat(row[6]),
        sha256=row[7],
        tracking_number=row[8],
        sent_on=_date(row[9]),
        received_on=_date(row[10]),
    )


def _entry(row: Any) -> Entry:
    return Entry(
        id=row[0],
        case_id=row[1],
        on=date.fromisoformat(row[2]),
        channel=Channel(row[3]),
        direction=Direction(row[4]),
        party=Party(row[5]),
        who=row[6],
        summary=row[7],
        letter_id=row[8],
        attachment_sha256=row[9],
        attachment_name=row[10],
        written=bool(row[11]),
    )
