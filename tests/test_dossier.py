"""The dossier as a user meets it: created once, unlocked by keyring, passphrase or recovery key, and
holding cases, bills with their charges, letters, the correspondence log, refunds and guide steps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from kkoguard.bills.reader import read_bill
from kkoguard.detection.summary import analyse
from kkoguard.dossier import keys as dossier_keys
from kkoguard.dossier.errors import DossierError, DossierErrorCode
from kkoguard.dossier.keys import KeyMode, parse_recovery_key
from kkoguard.dossier.model import (
    CaseStatus,
    Channel,
    Direction,
    EvidenceKind,
    LetterKind,
    LetterStatus,
    Party,
)
from kkoguard.dossier.store import Dossier, exists, protection
from tests.keyrings import MemoryKeyring

FIXTURES = Path(__file__).parent / "fixtures"
PASSPHRASE = "quatre mots bien choisis"


def data_folder() -> Path:
    import os

    return Path(os.environ["KKOGUARD_DATA_DIR"])


def code_of(call: object) -> DossierErrorCode:
    assert callable(call)
    with pytest.raises(DossierError) as caught:
        call()
    return caught.value.code


def blob_count(dossier: Dossier) -> int:
    return int(dossier._rows("SELECT count(*) FROM blobs")[0][0])


# --- creating and unlocking -----------------------------------------------------------------------------


def test_new_dossier_uses_the_keyring_and_reopens_without_asking(
    isolated_dossier_world: MemoryKeyring,
) -> None:
    assert not exists()
    dossier, recovery = Dossier.create()
    dossier.close()
    assert exists() and protection() is KeyMode.KEYRING
    assert len(isolated_dossier_world.entries) == 1
    assert parse_recovery_key(recovery) is not None and len(recovery.split("-")) == 8
    with Dossier.open() as again:
        assert again.cases() == []


def test_without_a_keyring_the_user_sets_a_passphrase() -> None:
    keyring.set_keyring(fail.Keyring())
    assert code_of(Dossier.create) is DossierErrorCode.KEYRING_UNAVAILABLE
    assert not exists()
    assert code_of(lambda: Dossier.create(passphrase="court")) is DossierErrorCode.WEAK_PASSPHRASE
    dossier, recovery = Dossier.create(passphrase=PASSPHRASE)
    dossier.close()
    assert protection() is KeyMode.PASSPHRASE
    assert code_of(Dossier.open) is DossierErrorCode.NEEDS_SECRET
    assert code_of(lambda: Dossier.open(secret="quatre mots mal choisis")) is DossierErrorCode.WRONG_SECRET
    Dossier.open(secret=PASSPHRASE).close()
    typed = recovery.lower().replace("-", " ").replace("0", "o")  # as a person may type it
    Dossier.open(secret=typed).close()


def test_the_key_is_never_in_a_plain_file(isolated_dossier_world: MemoryKeyring) -> None:
    dossier, _ = Dossier.create()
    key_hex = dossier._key.hex()
    dossier.close()
    for path in data_folder().rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert key_hex.encode() not in content and bytes.fromhex(key_hex) not in content, path


def test_changing_the_passphrase_rekeys_and_the_recovery_key_keeps_working(
    isolated_dossier_world: MemoryKeyring,
) -> None:
    dossier, recovery = Dossier.create()
    case = dossier.create_case("Orange 06")
    old_key = dossier._key
    dossier.change_passphrase(PASSPHRASE)
    assert dossier.mode is KeyMode.PASSPHRASE and dossier._key != old_key
    assert isolated_dossier_world.entries == {}  # the keyring no longer holds a key
    dossier.close()
    assert code_of(Dossier.open) is DossierErrorCode.NEEDS_SECRET
    with Dossier.open(secret=PASSPHRASE) as reopened:
        assert reopened.case(case.id).title == "Orange 06"
        reopened.change_passphrase("une autre phrase secrète")
    assert code_of(lambda: Dossier.open(secret=PASSPHRASE)) is DossierErrorCode.WRONG_SECRET
    with Dossier.open(secret=recovery) as by_recovery:
        by_recovery.use_keyring()
    with Dossier.open() as by_keyring:
        assert by_keyring.mode is KeyMode.KEYRING
        assert by_keyring.case(case.id).title == "Orange 06"


def test_a_lost_keyring_is_repaired_by_the_recovery_key() -> None:
    dossier, recovery = Dossier.create()
    dossier.close()
    keyring.set_keyring(MemoryKeyring())  # new computer, or keyring reset
    assert code_of(Dossier.open) is DossierErrorCode.KEY_NOT_IN_KEYRING
    Dossier.open(secret=recovery).close()
    Dossier.open().close()  # the key is back in the keyring


def test_errors_speak_to_the_user_in_their_language() -> None:
    keyring_error = DossierError(DossierErrorCode.KEYRING_UNAVAILABLE)
    wrong = DossierError(DossierErrorCode.WRONG_SECRET)
    damaged = DossierError(DossierErrorCode.DAMAGED, "/x/dossier.db")
    assert "coffre à mots de passe" in keyring_error.message("fr")
    assert "keyring" in keyring_error.message("en")
    assert "incorrecte" in wrong.message("fr") and "Wrong" in wrong.message("en")
    assert "endommagé" in damaged.message("fr") and "/x/dossier.db" in damaged.message("en")


def test_creating_over_an_existing_dossier_is_refused() -> None:
    Dossier.create()[0].close()
    assert code_of(Dossier.create) is DossierErrorCode.EXISTS


# --- what it holds --------------------------------------------------------------------------------------


@pytest.fixture
def dossier() -> Iterator[Dossier]:
    opened, _ = Dossier.create()
    yield opened
    opened.close()


def c04_bills() -> list[Path]:
    return sorted((FIXTURES / "c04").glob("*.pdf"))


def test_a_bill_is_stored_with_its_charges_and_suspicious_ones_disputed(dossier: Dossier) -> None:
    path = c04_bills()[2]  # July 2025: five charges by third parties among the usual ones
    bill = read_bill(str(path))
    analyse([bill], "fr")
    case = dossier.create_case("Litige", operator=bill.operator)
    evidence, new = dossier.add_bill(case.id, path.read_bytes(), filename=path.name, bill=bill)
    assert new and evidence.kind is EvidenceKind.BILL
    assert [c.label for c in evidence.charges] == [c.label for c in bill.charges]
    assert [c.amount for c in evidence.charges] == [c.amount for c in bill.charges]
    suspicious = [c for c in evidence.charges if c.suspicious]
    assert suspicious and all(c.disputed for c in suspicious)
    assert not any(c.disputed for c in evidence.charges if not c.suspicious)
    claimed = sum((c.amount for c in suspicious), Decimal("0.00"))
    refreshed = dossier.case(case.id)
    assert refreshed.claimed == claimed
    assert refreshed.merchants == sorted({c.merchant for c in suspicious if c.merchant})
    assert dossier.blob(evidence.sha256 or "") == path.read_bytes()

    dossier.set_disputed([suspicious[0].id], False)
    assert dossier.case(case.id).claimed == claimed - suspicious[0].amount


def test_the_same_bill_twice_is_stored_once(dossier: Dossier) -> None:
    path = c04_bills()[0]
    first = dossier.create_case("Un")
    second = dossier.create_case("Deux")
    _, new = dossier.add_bill(first.id, path.read_bytes(), filename=path.name)
    evidence, again = dossier.add_bill(first.id, path.read_bytes(), filename="copie.pdf")
    assert new and not again and evidence.filename == path.name
    dossier.add_bill(second.id, path.read_bytes(), filename=path.name)
    assert len(dossier.evidence(first.id)) == 1 and len(dossier.evidence(second.id)) == 1
    assert blob_count(dossier) == 1
    dossier.delete_case(first.id)
    assert blob_count(dossier) == 1  # still used by the second case
    dossier.delete_case(second.id)
    assert blob_count(dossier) == 0


def test_screenshots_notes_and_size_limit(dossier: Dossier, monkeypatch: pytest.MonkeyPatch) -> None:
    case = dossier.create_case("Litige")
    shot, _ = dossier.add_file(case.id, b"\x89PNG fake", filename="sms.png", kind=EvidenceKind.SCREENSHOT)
    note = dossier.add_note(case.id, "Appel", "Conseiller : remboursement promis sous 10 jours")
    kinds = [(e.kind, e.title) for e in dossier.evidence(case.id)]
    assert kinds == [(EvidenceKind.SCREENSHOT, "sms.png"), (EvidenceKind.NOTE, "Appel")]
    assert note.sha256 is None and shot.size == len(b"\x89PNG fake")
    monkeypatch.setattr("kkoguard.dossier.store.MAX_FILE_BYTES", 10)
    assert (
        code_of(lambda: dossier.add_file(case.id, b"x" * 11, filename="big.jpg"))
        is DossierErrorCode.TOO_LARGE
    )
    dossier.remove_evidence(shot.id)
    assert [e.title for e in dossier.evidence(case.id)] == ["Appel"]


def test_a_letter_sent_goes_into_the_log_and_the_case_waits(dossier: Dossier) -> None:
    case = dossier.create_case("Litige")
    letter = dossier.add_letter(
        case.id,
        kind=LetterKind.REFUND,
        recipient=Party.CUSTOMER_SERVICE,
        title="Réclamation",
        pdf=b"%PDF-1.4",
    )
    assert letter.status is LetterStatus.DRAFT and dossier.case(case.id).status is CaseStatus.OPEN
    dossier.update_letter(letter.id, status=LetterStatus.PRINTED)
    sent = dossier.update_letter(letter.id, tracking_number="1A 123 456 7890 1", sent_on=date(2026, 3, 2))
    assert sent.status is LetterStatus.SENT and sent.sent_on == date(2026, 3, 2)
    received = dossier.update_letter(letter.id, received_on=date(2026, 3, 4))
    assert received.received_on == date(2026, 3, 4) and received.tracking_number == "1A 123 456 7890 1"
    case_file = dossier.case_file(case.id)
    assert case_file.case.status is CaseStatus.WAITING
    [entry] = case_file.entries
    assert (entry.channel, entry.direction, entry.party, entry.on, entry.letter_id, entry.written) == (
        Channel.LETTER,
        Direction.OUTGOING,
        Party.CUSTOMER_SERVICE,
        date(2026, 3, 2),
        letter.id,
        True,
    )

    referral = dossier.add_letter(
        case.id, kind=LetterKind.MEDIATOR, recipient=Party.MEDIATOR, title="Saisine"
    )
    dossier.update_letter(referral.id, status=LetterStatus.SENT, sent_on=date(2026, 5, 10))
    assert dossier.case(case.id).status is CaseStatus.MEDIATOR


def test_log_refunds_steps_and_status(dossier: Dossier) -> None:
    case = dossier.create_case("Litige")
    call = dossier.add_entry(
        case.id, on=date(2026, 3, 1), channel=Channel.PHONE, direction=Direction.OUTGOING,
        party=Party.CUSTOMER_SERVICE, who="Conseiller Paul", summary="Demande de remboursement",
    )  # fmt: skip
    mail = dossier.add_entry(
        case.id, on=date(2026, 3, 20), channel=Channel.EMAIL, direction=Direction.INCOMING,
        party=Party.CUSTOMER_SERVICE, summary="Refus", attachment=("reponse.eml", b"From: x"),
    )  # fmt: skip
    assert not call.written and mail.written and mail.attachment_name == "reponse.eml"
    assert dossier.blob(mail.attachment_sha256 or "") == b"From: x"
    dossier.add_refund(case.id, on=date(2026, 4, 2), amount=Decimal("15.98"), how="avoir sur facture")
    dossier.add_refund(case.id, on=date(2026, 4, 9), amount=Decimal("7.99"))
    dossier.set_step(case.id, "orange", "block-internet-plus", True, on=date(2026, 3, 1))
    dossier.set_step(case.id, "orange", "unsubscribe", True, on=date(2026, 3, 1))
    dossier.set_step(case.id, "orange", "unsubscribe", False)
    case_file = dossier.case_file(case.id)
    assert case_file.case.refunded == Decimal("23.97")
    assert [(s.guide, s.step) for s in case_file.steps] == [("orange", "block-internet-plus")]
    assert [e.summary for e in case_file.entries] == ["Demande de remboursement", "Refus"]
    closed = dossier.set_status(case.id, CaseStatus.REFUNDED, on=date(2026, 4, 10))
    assert closed.closed_on == date(2026, 4, 10)
    dossier.delete_entry(mail.id)
    assert blob_count(dossier) == 0


def test_case_fields_and_missing_items(dossier: Dossier) -> None:
    case = dossier.create_case("Litige", line_number="06 12 34 56 78", opened_on=date(2026, 1, 5))
    updated = dossier.update_case(
        case.id, holder_name="Mme Martin", merchants=["KKO Store"], notes="Appel le 3"
    )
    assert (updated.holder_name, updated.merchants, updated.notes) == (
        "Mme Martin",
        ["KKO Store"],
        "Appel le 3",
    )
    assert updated.opened_on == date(2026, 1, 5)
    with pytest.raises(TypeError):
        dossier.update_case(case.id, status="closed")
    assert code_of(lambda: dossier.case(999)) is DossierErrorCode.NO_SUCH_ITEM
    assert code_of(lambda: dossier.add_note(999, "x", "y")) is DossierErrorCode.NO_SUCH_ITEM
    newer = dossier.create_case("Plus récent", opened_on=date(2026, 2, 1))
    assert [c.id for c in dossier.cases()] == [newer.id, case.id]


def test_backup_restores_the_dossier_as_it_was(tmp_path: Path) -> None:
    dossier, _ = Dossier.create()
    case = dossier.create_case("Avant la sauvegarde")
    backup = dossier.backup(tmp_path / "sauvegarde.kkoguard-backup")
    dossier.create_case("Après la sauvegarde")
    dossier.close()
    with Dossier.restore(backup) as restored:
        assert [c.title for c in restored.cases()] == ["Avant la sauvegarde"]
        assert restored.case(case.id).title == "Avant la sauvegarde"
        assert restored.check()
    kept = list((data_folder() / "backups").glob("replaced-*/dossier.db"))
    assert len(kept) == 1


def test_scrypt_parameters_from_a_tampered_key_file_are_refused() -> None:
    slot = dossier_keys.wrap_with_passphrase(b"k" * 32, PASSPHRASE, b"aad")
    slot.n = 2**30  # would need 1 TiB of memory
    assert dossier_keys.unwrap(slot, PASSPHRASE.encode(), b"aad") is None


def test_an_imported_bill_gives_the_letters_their_sender_and_recipient(
    dossier: Dossier, tmp_path: Path
) -> None:
    from tests.test_addresses import draw_bill

    path = tmp_path / "zephyr.pdf"
    draw_bill(path, contacts=True)
    case = dossier.create_case("Zéphyr")
    dossier.add_bill(case.id, path.read_bytes(), filename=path.name, bill=read_bill(str(path)))
    holder = dossier.case(case.id)
    assert holder.holder_name == "Mme ÉLISE DU PONT-LÉVÊQUE"
    assert holder.holder_address == "Résidence Les Tilleuls, bât. B\n12 allée des Lilas\n69003 LYON"
    assert dossier.case_file(case.id).printed_address("consumer_service") == (
        "Zéphyr Service Consommateurs",
        "CS 30 120",
        "75371 PARIS CEDEX 08",
    )
    other = dossier.create_case("Sans adresse imprimée")
    assert dossier.case_file(other.id).printed_address("customer_service") is None


def test_a_version_1_dossier_is_upgraded_with_its_content(monkeypatch: pytest.MonkeyPatch) -> None:
    from kkoguard.dossier import schema

    with monkeypatch.context() as old_app:
        old_app.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        dossier, _ = Dossier.create()
        with dossier:
            case = dossier.create_case("Avant la mise à jour")
            dossier._conn.execute(  # as version 1 wrote it: this code's add_note reads version 2 columns
                "INSERT INTO evidence(case_id, kind, title, added_on, note)"
                " VALUES (?, 'note', 'Appel', '2026-01-02', 'Promesse de remboursement')",
                (case.id,),
            )
    with Dossier.open() as upgraded:
        [evidence] = upgraded.evidence(case.id)
        assert evidence.note == "Promesse de remboursement" and evidence.printed_contacts == {}
    assert len(list((data_folder() / "backups").glob(f"dossier-v1-before-v{schema.latest()}-*.db"))) == 1


def test_a_version_2_dossier_keeps_its_charges_as_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Charges stored before the person could correct them come back as read, with no place on the page."""
    from kkoguard.dossier import schema

    with monkeypatch.context() as old_app:
        old_app.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
        dossier, _ = Dossier.create()
        with dossier:
            case = dossier.create_case("Version 2")
            cursor = dossier._conn.execute(
                "INSERT INTO evidence(case_id, kind, title, added_on)"
                " VALUES (?, 'bill', 'Mars', '2026-03-02')",
                (case.id,),
            )
            dossier._conn.execute(
                "INSERT INTO charges(evidence_id, position, label, amount, page, disputed)"
                " VALUES (?, 0, 'Internet+ KKO', '4.99', 1, 1)",
                (cursor.lastrowid,),
            )
    with Dossier.open() as upgraded:
        [evidence] = upgraded.evidence(case.id)
        [charge] = evidence.charges
        assert (charge.origin, charge.bbox, charge.disputed) == ("read", None, True)
        assert evidence.reading is None and evidence.invoice_number is None
        assert upgraded.case(case.id).claimed == Decimal("4.99")


def test_preferences_are_kept_encrypted_across_openings(dossier: Dossier) -> None:
    assert dossier.preference("sender_name") is None
    dossier.set_preference("sender_name", "Mme Martin")
    dossier.set_preference("sender_name", "Mme Françoise Martin")
    dossier.close()
    with Dossier.open() as again:
        assert again.preference("sender_name") == "Mme Françoise Martin"
        again.set_preference("sender_name", None)
        assert again.preference("sender_name") is None


def test_a_file_name_that_is_not_utf8_is_stored_readably(dossier: Dossier) -> None:
    """A name from an old system reaches Python with lone surrogates: stored with "\ufffd", never refused."""
    import os

    case = dossier.create_case("Noms")
    name = os.fsdecode(b"capture-\xff.png")
    evidence, new = dossier.add_file(case.id, b"\x89PNG data", filename=name, title=name)
    assert new and evidence.filename == "capture-\ufffd.png" and evidence.title == "capture-\ufffd.png"
