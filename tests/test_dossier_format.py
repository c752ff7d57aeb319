"""The dossier's files as users have them on disk: a dossier written by an earlier KKO Guard still opens,
reads back exactly, and new files keep SQLCipher 4's format whatever the bundled library's defaults.

tests/fixtures/dossier/v2/ was written once by tools/make_dossier_fixture.py (kkoguard 0.1.0, schema 2,
SQLCipher 4.19.0) and is never regenerated; a new on-disk format gets a new folder and its own test here.
The committed files are only ever opened from a copy, since opening may migrate or re-key them.
"""

from __future__ import annotations

import hashlib
import shutil
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlcipher3 import dbapi2 as sqlite

from kkoguard.dossier.deadlines import deadlines
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.keys import KeyFile, KeyMode, unlock_with_secret
from kkoguard.dossier.model import (
    Case,
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
from kkoguard.dossier.store import Dossier
from tests.conftest import Run

V2 = Path(__file__).parent / "fixtures" / "dossier" / "v2"
PASSPHRASE = "phrase secrète du dossier témoin"  # as in tools/make_dossier_fixture.py
RECOVERY_KEY = "42YPN-6PGNB-8FKVS-6JK0H-50XQV-N0JRE-PENPD-PPJN2"  # printed when the fixture was made
DOSSIER_ID = "98ccab6b7a554a75904822eddd670208"
BILL_SHA256 = "083f7daee91671ce536c96010b8dcd2fedd77394f0af3dbfba070e36d9445f67"  # golden/free_mobile.pdf
SCREENSHOT_SHA256 = "af7348865aab9df812cbe69ed8d1195fb0657894aef520793d6a53b125ae4160"
LETTER_SHA256 = "e7a4349ff22ec0a48794e715a4bb8b1c35f95d1b5f4da9d3b4ba79f28933e337"
REPLY_SHA256 = "6d7ffd471654dabef36cfb45eb65392d282cadcfb79cc7b119ddcd42a08093ac"
SMS_PLUS_REASONS = [
    "Achat SMS+ au numéro court 81234 : service payant commandé par SMS, facturé en plus de votre forfait.",
    "Listé dans la rubrique « Achats SMS+ », réservée aux achats auprès d'autres sociétés.",
]
# SQLCipher 4's settings, as `PRAGMA cipher_settings` lists them. The dossier's key is raw (no PBKDF2
# at open): the iterations apply to passphrase keys, the KDF algorithm to the page-HMAC key.
SQLCIPHER_4 = {
    "kdf_iter": "256000",
    "cipher_page_size": "4096",
    "cipher_use_hmac": "1",
    "cipher_plaintext_header_size": "0",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
}
Cli = Callable[..., Run]


def copy_of(fixture: Path, folder: Path) -> Path:
    shutil.copytree(fixture, folder)
    return folder


def data_folder(tmp_path: Path) -> Path:
    return tmp_path / "data"  # KKOGUARD_DATA_DIR in every test (conftest)


def raw_key(folder: Path, secret: str) -> bytes:
    [(key, _)] = unlock_with_secret(KeyFile.read(folder / "dossier.keys"), secret)
    return key


def raw_open(db: Path, key: bytes, compatibility: int) -> sqlite.Connection:
    """SQLCipher without the store: key, then the compatibility asked, then a first read."""
    conn = sqlite.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA cipher_compatibility = {compatibility}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite.DatabaseError:
        conn.close()
        raise
    return conn


def assert_sqlcipher_4_file(db: Path, key: bytes) -> None:
    """Opens as SQLCipher 4 (4096-byte pages, HMAC-SHA512) and not as SQLCipher 3."""
    header = db.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"  # encrypted from the first byte: the header is the salt
    assert db.stat().st_size % 4096 == 0
    conn = raw_open(db, key, 4)
    try:
        settings = dict(
            row[0].removeprefix("PRAGMA ").rstrip(";").split(" = ")
            for row in conn.execute("PRAGMA cipher_settings").fetchall()
        )
        assert settings == SQLCIPHER_4
        assert int(conn.execute("PRAGMA page_size").fetchone()[0]) == 4096
    finally:
        conn.close()
    with pytest.raises(sqlite.DatabaseError, match="not a database"):
        raw_open(db, key, 3)


@pytest.fixture
def library_defaults_of_sqlcipher_3() -> Iterator[None]:
    """The bundled SQLCipher's defaults changed under the app (as a SQLCipher 5 wheel would), for this
    process, then put back as they were."""
    conn = sqlite.connect(":memory:")
    saved = [row[0] for row in conn.execute("PRAGMA cipher_default_settings").fetchall()]
    conn.execute("PRAGMA cipher_default_compatibility = 3")
    assert ("PRAGMA cipher_default_page_size = 1024;",) in conn.execute(
        "PRAGMA cipher_default_settings"
    ).fetchall()
    try:
        yield
    finally:
        for statement in saved:
            conn.execute(statement)
        restored = [row[0] for row in conn.execute("PRAGMA cipher_default_settings").fetchall()]
        conn.close()
    assert restored == saved


# --- the committed v2 dossier ------------------------------------------------------------------------


def expected_v2_evidence() -> list[Evidence]:
    def charge(
        id: int,
        label: str,
        amount: str,
        charged_on: date | None,
        kind: str | None = None,
        merchant: str | None = None,
        suspicious: bool = False,
        disputed: bool = False,
    ) -> ChargeRecord:
        reasons = SMS_PLUS_REASONS if suspicious else []
        return ChargeRecord(
            id, 1, label, Decimal(amount), charged_on, 1, kind, merchant, suspicious, reasons, disputed
        )

    bill = Evidence(
        id=1,
        case_id=1,
        kind=EvidenceKind.BILL,
        title="Facture Free Mobile du 8 octobre 2025",
        added_on=date(2025, 10, 12),
        filename="free_mobile.pdf",
        sha256=BILL_SHA256,
        size=45543,
        media_type="application/pdf",
        invoice_date=date(2025, 10, 8),
        period_start=date(2025, 9, 5),
        period_end=date(2025, 10, 4),
        total=Decimal("20.22"),
        charges=[
            charge(1, "Forfait Free 5G 350 Go", "19.99", None),
            charge(2, "Appels vers les DOM", "1.74", date(2025, 9, 9)),
            charge(3, "Remise multi-lignes", "-4.00", None),
            charge(
                4,
                "APPLE.COM/BILL - Abonnement iCloud+ 50 Go",
                "0.99",
                date(2025, 9, 10),
                "app_store",
                "Apple",
                disputed=True,  # the user's choice, not the engine's
            ),
            charge(5, "SMS+ 81234 JEUXPRO", "1.50", date(2025, 9, 29), "sms_plus", "Jeuxpro", True, True),
        ],
    )
    screenshot = Evidence(
        id=2,
        case_id=1,
        kind=EvidenceKind.SCREENSHOT,
        title="Capture de l'espace abonné",
        added_on=date(2025, 10, 13),
        filename="capture-espace-abonne.png",
        sha256=SCREENSHOT_SHA256,
        size=71,
        media_type="image/png",
        note="Option SMS+ activée sans mon accord.",
    )
    note = Evidence(
        id=3,
        case_id=1,
        kind=EvidenceKind.NOTE,
        title="Appel au 3244",
        added_on=date(2025, 10, 13),
        note="Attente 12 min ; aucun numéro de dossier donné.",
    )
    return [bill, screenshot, note]


EXPECTED_V2_CASE = Case(
    id=1,
    title="Free Mobile 0708441938",
    operator="free_mobile",
    line_number="0708441938",
    account_number="89477909",
    merchants=["Jeuxpro"],
    status=CaseStatus.WAITING,
    opened_on=date(2025, 10, 12),
    holder_name="YVES DANIEL LE CHAUVEAU",
    holder_address="72, rue Juliette Gay\n23273 JULIEN",
    closed_on=None,
    notes="",
    claimed=Decimal("2.49"),
    refunded=Decimal("1.50"),
)
EXPECTED_V2_LETTER = Letter(
    id=1,
    case_id=1,
    kind=LetterKind.REFUND,
    recipient=Party.CUSTOMER_SERVICE,
    title="Réclamation au service clients",
    status=LetterStatus.SENT,
    created_on=date(2025, 10, 14),
    sha256=LETTER_SHA256,
    tracking_number="1A 234 567 8901 2",
    sent_on=date(2025, 10, 15),
    received_on=date(2025, 10, 17),
)
EXPECTED_V2_ENTRIES = [
    Entry(
        1,
        1,
        date(2025, 10, 13),
        Channel.PHONE,
        Direction.OUTGOING,
        Party.CUSTOMER_SERVICE,
        who="Conseiller au 3244",
        summary="On m'a dit d'écrire pour être remboursé du SMS+.",
        written=False,
    ),
    Entry(
        2,
        1,
        date(2025, 10, 15),
        Channel.LETTER,
        Direction.OUTGOING,
        Party.CUSTOMER_SERVICE,
        summary="Réclamation au service clients",
        letter_id=1,
        written=True,
    ),
    Entry(
        3,
        1,
        date(2025, 10, 24),
        Channel.EMAIL,
        Direction.INCOMING,
        Party.CUSTOMER_SERVICE,
        who="Service clients Free",
        summary="Geste commercial : 1,50 € sur la prochaine facture.",
        attachment_sha256=REPLY_SHA256,
        attachment_name="reponse-service-clients.txt",
        written=True,
    ),
]


def test_the_v2_dossier_reads_back_exactly(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())  # a passphrase dossier opens without any keyring
    folder = copy_of(V2, data_folder(tmp_path))
    with Dossier.open(folder, secret=PASSPHRASE) as dossier:
        assert dossier.dossier_id == DOSSIER_ID and dossier.mode is KeyMode.PASSPHRASE
        assert dossier.cases() == [EXPECTED_V2_CASE]
        case_file = dossier.case_file(1)
        blobs = {
            sha: dossier.blob(sha) for sha in (BILL_SHA256, SCREENSHOT_SHA256, LETTER_SHA256, REPLY_SHA256)
        }
        preferences = [dossier.preference(n) for n in ("sender_name", "sender_address", "sender_place")]
        assert dossier.check()
    assert case_file.case == EXPECTED_V2_CASE
    assert case_file.evidence == expected_v2_evidence()
    assert case_file.letters == [EXPECTED_V2_LETTER]
    assert case_file.entries == EXPECTED_V2_ENTRIES
    assert case_file.refunds == [Refund(1, 1, date(2025, 11, 8), Decimal("1.50"), "avoir sur facture")]
    assert case_file.steps == [
        StepProgress("_common", "keep-bills", date(2025, 10, 12)),
        StepProgress("free_mobile", "see-bills", date(2025, 10, 12)),
    ]
    assert preferences == ["Yves Le Chauveau", "72, rue Juliette Gay\n23273 JULIEN", "Julien"]

    # Equality alone would let Decimal("1.5") == 1.5 or a str date through: the types, and the digits
    # as stored, are part of the format.
    [bill, *_] = case_file.evidence
    amounts = [c.amount for c in bill.charges] + [case_file.case.claimed, case_file.refunds[0].amount]
    assert all(type(a) is Decimal for a in [*amounts, bill.total])
    assert [str(a) for a in amounts] == ["19.99", "1.74", "-4.00", "0.99", "1.50", "2.49", "1.50"]
    days = [bill.invoice_date, bill.period_start, EXPECTED_V2_LETTER.sent_on, case_file.entries[2].on]
    assert all(type(d) is date for d in [*days, *(c.charged_on for c in bill.charges if c.charged_on)])

    assert {sha: hashlib.sha256(data).hexdigest() for sha, data in blobs.items()} == {s: s for s in blobs}
    assert [len(blobs[s]) for s in (BILL_SHA256, SCREENSHOT_SHA256)] == [45543, 71]
    assert blobs[BILL_SHA256].startswith(b"%PDF-") and blobs[LETTER_SHA256].startswith(b"%PDF-")
    assert blobs[SCREENSHOT_SHA256].startswith(b"\x89PNG\r\n\x1a\n")
    assert blobs[REPLY_SHA256].decode("utf-8").startswith("Bonjour,\nNous vous remboursons 1,50 €")

    # Deadlines are not stored: they follow from the dates above (posting, receipt, disputed payments).
    starts = {d.start for d in deadlines(case_file, "fr")}
    assert {date(2025, 10, 15), date(2025, 10, 17), date(2025, 9, 10), date(2025, 9, 29)} <= starts


def test_the_v2_dossier_opens_with_its_recovery_key_and_the_passphrase_as_typed(tmp_path: Path) -> None:
    folder = copy_of(V2, data_folder(tmp_path))
    typed = RECOVERY_KEY.lower().replace("-", " ")
    nfd = unicodedata.normalize("NFD", PASSPHRASE)  # "è" as "e" + accent, as some keyboards send it
    assert nfd != PASSPHRASE
    for secret in (typed, nfd):
        with Dossier.open(folder, secret=secret) as dossier:
            assert [case.title for case in dossier.cases()] == ["Free Mobile 0708441938"], secret


def test_a_wrong_passphrase_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    folder = copy_of(V2, data_folder(tmp_path))
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    for wrong in ("phrase secrete du dossier temoin", "Phrase secrète du dossier témoin", RECOVERY_KEY[:-1]):
        with pytest.raises(DossierError) as refused:
            Dossier.open(folder, secret=wrong)
        assert refused.value.code is DossierErrorCode.WRONG_SECRET, wrong
    with pytest.raises(DossierError) as no_secret:
        Dossier.open(folder)
    assert no_secret.value.code is DossierErrorCode.NEEDS_SECRET
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "dossier.lock"}
    assert after == before


def test_the_v2_file_is_sqlcipher_4_with_schema_2(tmp_path: Path) -> None:
    folder = copy_of(V2, data_folder(tmp_path))
    key = raw_key(folder, RECOVERY_KEY)
    assert_sqlcipher_4_file(folder / "dossier.db", key)
    conn = raw_open(folder / "dossier.db", key, 4)
    try:
        assert int(conn.execute("PRAGMA user_version").fetchone()[0]) == 2
        assert dict(conn.execute("SELECT key, value FROM meta WHERE key NOT LIKE 'pref.%'").fetchall()) == {
            "dossier_id": DOSSIER_ID,
            "created_on": "2025-10-12",
        }
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_the_v2_dossier_opens_when_the_library_defaults_change(
    tmp_path: Path, library_defaults_of_sqlcipher_3: None
) -> None:
    folder = copy_of(V2, data_folder(tmp_path))
    with Dossier.open(folder, secret=PASSPHRASE) as dossier:
        assert dossier.cases() == [EXPECTED_V2_CASE]
        dossier.add_note(1, "Relance", "Toujours rien reçu.", added_on=date(2025, 12, 1))
    assert_sqlcipher_4_file(folder / "dossier.db", raw_key(folder, RECOVERY_KEY))


# --- new files keep the format -------------------------------------------------------------------------


def test_a_new_dossier_and_its_backup_are_sqlcipher_4_whatever_the_library_defaults(
    tmp_path: Path, library_defaults_of_sqlcipher_3: None
) -> None:
    folder = data_folder(tmp_path)
    dossier, _ = Dossier.create(folder, passphrase=PASSPHRASE)
    with dossier:
        case = dossier.create_case("Free Mobile 0708441938", operator="free_mobile")
        backup = dossier.backup(tmp_path / "sauvegarde.kkoguard-backup")
    key = raw_key(folder, PASSPHRASE)
    assert_sqlcipher_4_file(folder / "dossier.db", key)

    # A backup is a zip (not encrypted itself) of a SQLCipher copy made with the same key and settings,
    # the wrapped keys (dossier.keys, AES-256-GCM slots) and a manifest.
    with zipfile.ZipFile(backup) as archive:
        assert sorted(archive.namelist()) == ["dossier.db", "dossier.keys", "manifest.json"]
        copy = tmp_path / "copie.db"
        copy.write_bytes(archive.read("dossier.db"))
    assert_sqlcipher_4_file(copy, key)

    with Dossier.restore(backup, tmp_path / "restored", secret=PASSPHRASE) as restored:
        assert restored.case(case.id).title == "Free Mobile 0708441938"
    assert_sqlcipher_4_file(tmp_path / "restored" / "dossier.db", key)


def test_a_new_passphrase_keeps_the_format(tmp_path: Path, library_defaults_of_sqlcipher_3: None) -> None:
    folder = copy_of(V2, data_folder(tmp_path))
    with Dossier.open(folder, secret=PASSPHRASE) as dossier:
        dossier.change_passphrase("une toute nouvelle phrase")
    assert_sqlcipher_4_file(folder / "dossier.db", raw_key(folder, "une toute nouvelle phrase"))


# --- through the CLI -----------------------------------------------------------------------------------


def test_the_cli_lists_and_shows_the_v2_dossier(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_of(V2, data_folder(tmp_path))
    monkeypatch.setenv("KKOGUARD_PASSPHRASE", PASSPHRASE)
    listing = cli("dossier", "list", "--lang", "fr")
    assert listing.status == 0, listing.err
    assert "protégé par votre phrase secrète" in listing.out
    assert "12 octobre 2025" in listing.out and "Free Mobile 0708441938" in listing.out
    assert "réclamé 2,49\u00a0€ · remboursé 1,50\u00a0€" in listing.out

    shown = cli("dossier", "show", "1", "--lang", "fr")
    assert shown.status == 0, shown.err
    for expected in (
        "Affaire 1 — Free Mobile 0708441938",
        "Compte client  89477909",
        "1,50\u00a0€  SMS+ 81234 JEUXPRO",
        "0,99\u00a0€  APPLE.COM/BILL - Abonnement iCloud+ 50 Go",
        "Facture Free Mobile du 8 octobre 2025",
        "Réclamation au service clients · envoyé · n° 1A 234 567 8901 2 · envoyé le 15 octobre 2025"
        " · AR du 17 octobre 2025",
        "← service clients (Service clients Free) : Geste commercial : 1,50 € sur la prochaine facture.",
    ):
        assert expected in shown.out, expected
    assert cli("dossier", "check").status == 0

    monkeypatch.setenv("KKOGUARD_PASSPHRASE", "pas la bonne phrase")
    wrong = cli("dossier", "list", "--lang", "fr")
    assert wrong.status == 1 and "incorrecte" in wrong.err and wrong.out == ""
