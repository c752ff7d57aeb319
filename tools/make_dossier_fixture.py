"""Write a small, representative dossier for tests/test_dossier_format.py, through the public API only.

Run once per on-disk format, from the repository root, into a folder that does not exist yet:

    .venv/bin/python tools/make_dossier_fixture.py tests/fixtures/dossier/v<schema>

The committed output must never be regenerated: it stands for the files users already have. When the
format changes (a schema migration, another SQLCipher format, a new key file version), run this script
(as the code then is) into a new v<N> folder, commit it with its own expectations in
tests/test_dossier_format.py, and keep the old folders and their tests: every one must still open.

What it holds, with fixed dates (a second run would still differ: keys, salts, dossier id, the letter
PDF's own metadata): a passphrase-protected dossier (no keyring is touched) with one Free Mobile case;
the bill tests/fixtures/golden/free_mobile.pdf read and analysed the way `kkoguard dossier import` does,
with its five charges (the suspicious SMS+ one disputed by the engine, an iCloud+ one by the user); a
screenshot, a note; a refund letter rendered by the letter engine, printed, posted by registered mail and
received; a phone call and an email reply with an attachment in the log; a partial refund; two guide
steps ticked; the letters' sender preferences. Deadlines are not stored: they follow from these dates.
It prints the recovery key and what the README line needs.
"""

from __future__ import annotations

import argparse
import struct
import sys
import zlib
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # `kkoguard` from this checkout

PASSPHRASE = "phrase secrète du dossier témoin"  # tests/test_dossier_format.py holds the same one
BILL = REPO / "tests" / "fixtures" / "golden" / "free_mobile.pdf"
CREATED = date(2025, 10, 12)
CALLED = date(2025, 10, 13)
LETTER_WRITTEN = date(2025, 10, 14)
POSTED = date(2025, 10, 15)
RECEIVED = date(2025, 10, 17)
ANSWERED = date(2025, 10, 24)
REFUNDED = date(2025, 11, 8)
TRACKING_NUMBER = "1A 234 567 8901 2"
REPLY = (
    "reponse-service-clients.txt",
    "Bonjour,\nNous vous remboursons 1,50 € sur votre prochaine facture.\nLe service clients Free\n".encode(),
)


def tiny_png() -> bytes:
    """A 2×2 grey PNG: a screenshot stand-in of a few dozen bytes, the same on every run."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)  # 2×2, 8-bit greyscale
    pixels = zlib.compress(b"\x00\x80\x80\x00\x80\x80", 9)  # filter byte + two pixels, per row
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def make(folder: Path) -> str:
    """Create the dossier in `folder`; return its recovery key."""
    import keyring
    from keyring.backends import fail

    from kkoguard.detection.summary import analyse
    from kkoguard.dossier.importing import bill_document
    from kkoguard.dossier.model import Channel, Direction, EvidenceKind, LetterStatus, Party
    from kkoguard.dossier.store import Dossier
    from kkoguard.isolation import read_bills
    from kkoguard.letters import compose, render_pdf
    from kkoguard.report import operator_name

    keyring.set_keyring(fail.Keyring())  # a passphrase dossier never needs it; make sure of it
    [outcome] = read_bills([str(BILL)])
    if outcome.bill is None:
        raise SystemExit(f"{BILL.name} did not read: {outcome.error}")
    bill = outcome.bill
    analyse([bill], "fr")  # as `kkoguard dossier import`: the stored reasons are in French

    dossier, recovery = Dossier.create(folder, passphrase=PASSPHRASE, today=CREATED)
    with dossier:
        dossier.set_preference("sender_name", "Yves Le Chauveau")
        dossier.set_preference("sender_address", "72, rue Juliette Gay\n23273 JULIEN")
        dossier.set_preference("sender_place", "Julien")
        line = bill.line_numbers[0]
        case = dossier.create_case(  # named as importing.case_for names it, with a fixed opening date
            f"{operator_name(bill.operator)} {line}",
            operator=bill.operator,
            line_number=line,
            account_number=bill.account_number,
            opened_on=CREATED,
        )
        data, filename = bill_document(bill)
        evidence, _ = dossier.add_bill(case.id, data, filename=filename, bill=bill, added_on=CREATED)
        # The user also disputes the iCloud+ line the engine left alone: a choice unlike the engine's.
        dossier.set_disputed([c.id for c in evidence.charges if c.merchant == "Apple"], True)
        dossier.set_step(case.id, "_common", "keep-bills", True, on=CREATED)
        dossier.set_step(case.id, "free_mobile", "see-bills", True, on=CREATED)
        dossier.add_entry(
            case.id,
            on=CALLED,
            channel=Channel.PHONE,
            direction=Direction.OUTGOING,
            party=Party.CUSTOMER_SERVICE,
            who="Conseiller au 3244",
            summary="On m'a dit d'écrire pour être remboursé du SMS+.",
        )
        dossier.add_file(
            case.id,
            tiny_png(),
            filename="capture-espace-abonne.png",
            kind=EvidenceKind.SCREENSHOT,
            title="Capture de l'espace abonné",
            note="Option SMS+ activée sans mon accord.",
            media_type="image/png",
            added_on=CALLED,
        )
        dossier.add_note(
            case.id, "Appel au 3244", "Attente 12 min ; aucun numéro de dossier donné.", added_on=CALLED
        )
        draft = compose("refund", dossier.case_file(case.id), today=LETTER_WRITTEN, place="Julien")
        letter = dossier.add_letter(
            case.id,
            kind=draft.letter_kind,
            recipient=draft.party,
            title=draft.title,
            pdf=render_pdf(draft),
            created_on=LETTER_WRITTEN,
        )
        dossier.update_letter(letter.id, status=LetterStatus.PRINTED)
        dossier.update_letter(letter.id, tracking_number=TRACKING_NUMBER, sent_on=POSTED)
        dossier.update_letter(letter.id, received_on=RECEIVED)
        dossier.add_entry(
            case.id,
            on=ANSWERED,
            channel=Channel.EMAIL,
            direction=Direction.INCOMING,
            party=Party.CUSTOMER_SERVICE,
            who="Service clients Free",
            summary="Geste commercial : 1,50 € sur la prochaine facture.",
            attachment=REPLY,
        )
        dossier.add_refund(case.id, on=REFUNDED, amount=Decimal("1.50"), how="avoir sur facture")
    (folder / "dossier.lock").unlink(missing_ok=True)  # the lock file is not part of the dossier
    return recovery


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="a folder that does not exist yet")
    args = parser.parse_args()
    folder: Path = args.folder
    if folder.exists():
        parser.error(f"{folder} exists: a committed fixture is never regenerated, make a new v<N> folder")
    import sqlcipher3

    from kkoguard import __version__
    from kkoguard.dossier import schema
    from kkoguard.dossier.store import SQLCIPHER_COMPATIBILITY

    recovery = make(folder)
    leftovers = sorted(p.name for p in folder.iterdir() if p.name not in ("dossier.db", "dossier.keys"))
    if leftovers:
        raise SystemExit(f"unexpected files next to the dossier: {', '.join(leftovers)}")
    connection = sqlcipher3.connect(":memory:")
    [(cipher_version,)] = connection.execute("PRAGMA cipher_version").fetchall()
    connection.close()
    sizes = ", ".join(f"{p.name} {p.stat().st_size} B" for p in sorted(folder.iterdir()))
    print(f"written: {folder} ({sizes})")
    print(f"kkoguard {__version__}, schema {schema.latest()}, SQLCipher {cipher_version}")
    print(f"file format: cipher_compatibility = {SQLCIPHER_COMPATIBILITY}")
    print(f"passphrase: {PASSPHRASE}")
    print(f"recovery key: {recovery}")
    return 0


if __name__ == "__main__":  # the bill is read in a worker process (forkserver/spawn re-imports this file)
    sys.exit(main())
