"""A child process for tests/test_dossier_reliability.py: it writes to a dossier until it is killed.

    python -m tests.dossier_writer DATA_DIR [--seed N]             write forever (the kill -9 test)
    python -m tests.dossier_writer DATA_DIR --probe                try to open, say how it went, close
    python -m tests.dossier_writer DATA_DIR --rekey-crash before|after --passphrase P
                                                                   die in the middle of change_passphrase

Run from the repository root with PYTHON_KEYRING_BACKEND=tests.keyrings.FileKeyring and
KKOGUARD_TEST_KEYRING_FILE, so the dossier opens from the keyring file the test shares with it.

Each write prints `begin <kind>` before the call and, once the call has returned (so the transaction is
committed), `committed <kind> <id> <case_id> <marker>`; every line is flushed at once, so a line the
parent has read is a promise that this item is in the dossier.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kkoguard.dossier.errors import DossierError
from kkoguard.dossier.model import Channel, Direction, LetterKind, Party
from kkoguard.dossier.store import Dossier

FILE_BYTES = 200 * 1024
OPS_PER_CASE = 7
CYCLE = ("file", "entry", "letter", "sent", "refund", "file")

REKEY_EXIT_BEFORE = 17  # died before the database was re-keyed
REKEY_EXIT_AFTER = 18  # died after the database was re-keyed, before dossier.keys was finished


def say(*words: object) -> None:
    print(*words, flush=True)


def open_dossier(folder: Path) -> Dossier:
    try:
        return Dossier.open(folder)
    except DossierError as error:
        say("error", error.code)
        sys.exit(2)


def write_forever(folder: Path, seed: int) -> None:
    rng = random.Random(seed)
    dossier = open_dossier(folder)
    say("opened")
    case_id = 0
    letter_id = 0
    step = 0
    day = date(2025, 1, 1)
    while True:
        marker = f"{rng.getrandbits(64):016x}"
        if step % OPS_PER_CASE == 0 or not case_id:
            kind = "case"
        else:
            kind = CYCLE[(step % OPS_PER_CASE - 1) % len(CYCLE)]
            if kind == "sent" and not letter_id:
                kind = "entry"
        step += 1
        say("begin", kind)
        if kind == "case":
            case = dossier.create_case(f"case-{marker}", operator="orange", line_number=f"06{marker[:8]}")
            case_id, letter_id, item_id = case.id, 0, case.id
        elif kind == "file":
            data = rng.randbytes(FILE_BYTES)
            evidence, _ = dossier.add_file(case_id, data, filename=f"capture-{marker}.png")
            item_id, marker = evidence.id, str(evidence.sha256)
        elif kind == "entry":
            entry = dossier.add_entry(
                case_id,
                on=day,
                channel=Channel.EMAIL,
                direction=Direction.INCOMING,
                party=Party.CUSTOMER_SERVICE,
                summary=f"entry-{marker}",
            )
            item_id = entry.id
        elif kind == "letter":
            pdf = b"%PDF-1.4\n% letter " + marker.encode() + b"\n%%EOF\n"
            letter = dossier.add_letter(
                case_id,
                kind=LetterKind.REFUND,
                recipient=Party.CUSTOMER_SERVICE,
                title=f"letter-{marker}",
                pdf=pdf,
            )
            letter_id = item_id = letter.id
        elif kind == "sent":
            dossier.update_letter(letter_id, sent_on=day, tracking_number=f"1A{marker[:11]}")
            item_id, letter_id = letter_id, 0
        else:
            amount = Decimal(rng.randint(1, 99999)) / 100
            refund = dossier.add_refund(case_id, on=day, amount=amount, how=f"refund-{marker}")
            item_id = refund.id
        say("committed", kind, item_id, case_id, marker)


def probe(folder: Path) -> None:
    try:
        dossier = Dossier.open(folder)
    except DossierError as error:
        say("error", error.code)
        return
    say("opened", len(dossier.cases()))
    dossier.close()


class _DieAtRekey:
    """Stands in for the connection and ends the process, without closing anything, at the re-key."""

    def __init__(self, conn: Any, when: str) -> None:
        self._conn = conn
        self._when = when

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("PRAGMA rekey"):
            if self._when == "before":
                os._exit(REKEY_EXIT_BEFORE)
            self._conn.execute(sql, *args)
            os._exit(REKEY_EXIT_AFTER)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def rekey_crash(folder: Path, when: str, passphrase: str) -> None:
    dossier = open_dossier(folder)
    dossier._conn = _DieAtRekey(dossier._conn, when)  # type: ignore[assignment]
    say("rekeying")
    dossier.change_passphrase(passphrase)
    say("rekeyed")  # not reached: the process ends inside change_passphrase


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--probe", action="store_true")
    parser.add_argument("--rekey-crash", choices=("before", "after"))
    parser.add_argument("--passphrase", default="")
    args = parser.parse_args(argv)
    if args.probe:
        probe(args.folder)
    elif args.rekey_crash:
        rekey_crash(args.folder, args.rekey_crash, args.passphrase)
    else:
        write_forever(args.folder, args.seed)


if __name__ == "__main__":
    main()
